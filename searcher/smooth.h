/*
 * smooth.h: neighbouring-turn smoothing.  In a transcript a subject is
 * talked about over several consecutive turns, so a turn whose neighbours
 * match the query is more likely about it than one that matches alone.
 * For records that are turns of a meeting (a VAL_TURN value, set from the
 * record's seq), the score shown is
 *
 *   score + alpha x (score of the previous turn + score of the next turn)
 *
 * the neighbours' scores taken from the first SMOOTH_DEPTH hits of the
 * same match (a neighbour not among them counts 0), and the hits are
 * sorted again on it before the page is cut.  Agenda items of minutes
 * carry no turn number: next items are seldom about the same thing, so
 * they are left as they are.  Only relevance order is smoothed.
 *
 * A plan is made before the match (it may ask for a deeper match) and
 * applied to its hits; the caller owns the plan and frees it with
 * smooth_free.  Errors are enum xap_err codes with *errmsg malloc'd.
 */
#ifndef GOV_SMOOTH_H
#define GOV_SMOOTH_H

#include <stddef.h>
#include <cjson/cJSON.h>

struct search_request;
struct xap_db;
struct xap_hits;
struct xap_search;

/* The default alpha (search_request.smooth); 0 turns smoothing off. */
#define SMOOTH_ALPHA		0.3
/* Largest alpha a request may ask for. */
#define SMOOTH_ALPHA_MAX	10.0
/* Hits matched to find the neighbours' scores, at least. */
#define SMOOTH_DEPTH		100

struct smooth;

/*
 * A plan for req.  When req asks for relevance order with smoothing and
 * the index holds turns, s (the match about to run, set up for req's
 * page) is widened to the first max(SMOOTH_DEPTH, offset + limit) hits.
 * Never NULL.
 */
struct smooth *smooth_plan(struct xap_db *, const struct search_request *,
    struct xap_search *s);
void smooth_free(struct smooth *);

/*
 * Reads the hits of the match planned for and decides the page: without
 * smoothing, every hit in order.  Returns 0 or an enum xap_err.
 */
int smooth_apply(struct smooth *, const struct xap_hits *, char **errmsg);

/*
 * Parses a --smooth value: a number from 0 to SMOOTH_ALPHA_MAX.  Returns 0
 * with *alpha set, or -1.
 */
int smooth_alpha_parse(const char *s, double *alpha);

/* Hits on the page, and the index in the hits of the k-th of them. */
size_t smooth_count(const struct smooth *);
size_t smooth_index(const struct smooth *, size_t k);

/*
 * Puts the k-th hit's rank and smoothed score into its JSON (and, when it
 * has an "explain" object, the parts of the score); nothing when the page
 * was not smoothed.
 */
void smooth_annotate(const struct smooth *, size_t k, cJSON *hit);

#endif /* GOV_SMOOTH_H */
