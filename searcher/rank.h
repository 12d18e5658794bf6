/*
 * rank.h: what the searcher knows about minutes when ranking.  Reference
 * numbers typed in a query count double in the items that cite them;
 * routine items (apologies, minutes of the last meeting, ...) are ranked
 * down unless the query asks for them; --recent adds a bonus that halves
 * with each half-life of a meeting's age.  docs/query-syntax.md gives the
 * factors.
 *
 * Queries are borrowed; a new query returned is the caller's to free with
 * xap_query_free.  A function that can fail returns NULL with *rc (an
 * enum xap_err) and *errmsg (malloc'd) set.
 */
#ifndef GOV_RANK_H
#define GOV_RANK_H

#include <stddef.h>

struct xap_query;

/* An item citing a reference number of the query scores (1 + this) x. */
#define RANK_REF_BOOST		1.0
/* A routine item scores this x, unless the query asks for routine items. */
#define RANK_ROUTINE_FACTOR	0.2
/* --recent: the bonus halves for every this many days of a meeting's age. */
#define RANK_HALF_LIFE_DAYS	365.0
/* --recent: a meeting held today gets this bonus added to its score. */
#define RANK_RECENT_BONUS	2.0

/*
 * The identifier-shaped words of a query ("1729-02", "16/503410/COUNTY",
 * "TM/15/1636"): digits and letters joined by '/' or '-', at least three
 * digits.  Words that are a field's value and date ranges are left out.
 * Returns the count; *refs (lower-cased, malloc'd strings in a malloc'd
 * array, NULL when none) is the caller's to free with rank_refs_free.
 */
size_t rank_query_refs(const char *text, char ***refs);
void rank_refs_free(char **refs, size_t n);

/*
 * 1 if the query asks for routine items: the type filter (may be NULL) or
 * a type: field names them, or the words are those of a routine item
 * ("apologies", "declarations of interest", "minutes of the previous
 * meeting", "any other business", ...).
 */
int rank_wants_routine(const char *text, const char *type);

/*
 * The term that marks routine items when the query ranks them down, for
 * the match to scale by RANK_ROUTINE_FACTOR (xap_search.demote_term);
 * NULL when the query asks for them.  A static string.
 */
const char *rank_routine_term(const char *text, const char *type);

/*
 * q with the query's reference numbers counting double and, with routine
 * 1, routine items ranked down (as above); q itself when neither applies
 * (*rc is then 0 and nothing new is made: compare the result with q).
 * With routine 0 the caller leaves that to the match (rank_routine_term):
 * the same scores, without running q twice.
 */
struct xap_query *rank_adjust(struct xap_query *q, const char *text,
    const char *type, int routine, int *rc, char **errmsg);

/*
 * q AND_MAYBE a bonus of RANK_RECENT_BONUS x 2^(-age / half-life), the
 * age in days of the meeting (VAL_DATE) before today (YYYYMMDD; NULL:
 * the current UTC date).
 */
struct xap_query *rank_recent(struct xap_query *q, const char *today,
    int *rc, char **errmsg);

#endif /* GOV_RANK_H */
