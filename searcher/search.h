/*
 * search.h: the query engine shared by the govsearch command line, its
 * batch mode and the HTTP service.  One request in, one JSON object out
 * (docs/json.md); the same code path serves every front end.
 *
 * Conventions (as common/xap.h):
 *  - A function that can fail returns 0 or a negative enum search_err and
 *    sets *errmsg to a malloc'd message the caller frees (errmsg may be
 *    NULL).
 *  - An engine is used by one thread at a time: open one per thread.  The
 *    database is opened read-only; a running indexer is never blocked and
 *    never blocks a search.
 *  - Strings in a request are borrowed for the duration of the call.
 */
#ifndef GOV_SEARCH_H
#define GOV_SEARCH_H

#include <stddef.h>
#include <cjson/cJSON.h>

enum search_err {
	SEARCH_OK = 0,
	SEARCH_EQUERY = -1,	/* bad query or request: exit 2, HTTP 400 */
	SEARCH_EDB = -2,	/* database missing, unreadable or remote
				 * down: exit 3, HTTP 503 */
	SEARCH_ENOMEM = -3	/* out of memory inside libxapian */
};

/* ---- Engine ---- */

struct search_engine;

struct search_engine_opts {
	const char *const *dbs;	/* paths or "tcp://HOST:PORT", searched
				 * as one database (borrowed) */
	size_t ndbs;
	const char *stopwords;	/* comma-separated stopword files used
				 * instead of the index's list; NULL: the
				 * index's (META_STOPWORDS) or the defaults */
	unsigned timeout_ms;	/* remote databases; 0: Xapian's default */
	int allow_partial;	/* 1: search the shards that answer when
				 * some do not; results say "partial" */
};

/*
 * Opens the databases read-only and reads the stemming language and the
 * stopwords from the index metadata.  Returns a new engine (free with
 * search_engine_free) or NULL with *rc (SEARCH_EDB, SEARCH_EQUERY for a
 * bad stopword file) and *errmsg set.
 */
struct search_engine *search_engine_open(const struct search_engine_opts *,
    int *rc, char **errmsg);
void search_engine_free(struct search_engine *);

/*
 * Moves to the latest committed revision of the index (call it before a
 * request in a long-lived process).  *changed (may be NULL) is set to 1
 * when the index moved.  On failure the engine keeps serving the revision
 * it had and SEARCH_EDB is returned.
 */
int search_engine_reopen(struct search_engine *, int *changed,
    char **errmsg);

/* The stemming language the index was built with (borrowed). */
const char *search_engine_language(const struct search_engine *);

/* Number of documents (items and passages) in the index. */
int search_engine_doccount(struct search_engine *, unsigned *count,
    char **errmsg);

/* ---- Requests ---- */

enum search_sort {
	SEARCH_SORT_RELEVANCE = 0,
	SEARCH_SORT_DATE = 1,		/* oldest first */
	SEARCH_SORT_DATE_DESC = 2	/* newest first ("-date") */
};

/* Facets, as bits of search_request.facets. */
enum search_facet {
	SEARCH_FACET_COUNCIL = 1 << 0,
	SEARCH_FACET_COMMITTEE = 1 << 1,
	SEARCH_FACET_YEAR = 1 << 2,
	SEARCH_FACET_SPEAKER = 1 << 3,
	SEARCH_FACET_TYPE = 1 << 4,
	SEARCH_FACET_OUTCOME = 1 << 5
};

#define SEARCH_DEFAULT_LIMIT	10
#define SEARCH_MAX_LIMIT	10000	/* larger limits are an error */
#define SEARCH_MAX_QUERY	4096	/* bytes of query text */

struct search_request {
	const char *query;	/* query text (docs/query-syntax.md); may be
				 * NULL or "" when a filter is given */
	unsigned limit;		/* results per page (0: only counts) */
	unsigned offset;	/* results to skip */
	int sort;		/* enum search_sort */
	int passages;		/* 1: questions, answers and resolutions
				 * themselves instead of items */
	unsigned facets;	/* enum search_facet bits */
	unsigned facet_limit;	/* values per facet, most frequent first
				 * (0: all) */
	/* Filters: restrict the results without changing their ranking. */
	const char *council;	/* as shown in results, any case */
	const char *committee;
	const char *speaker;	/* "gunn" or "o gunn" */
	const char *type;	/* item, question (answer), resolution,
				 * routine */
	const char *outcome;	/* noted, agreed, deferred, ... */
	const char *from;	/* YYYY-MM-DD (or YYYY, YYYY-MM), inclusive */
	const char *to;
	unsigned year;		/* 0: any */
	int lenient;		/* 1: a query that does not parse is
				 * searched as plain words, with a warning */
	int explain;		/* 1: each result says how its score is
				 * made up */
	double time_limit;	/* seconds the match may take (0: none);
				 * past it the best found so far are kept */
	unsigned max_wildcard;	/* terms a wildcard may expand to (0: no
				 * cap) */
	unsigned snippet_len;	/* bytes of snippet (0: default, 200) */
	int recent;		/* 1: blend the meeting's age into the score
				 * (searcher/rank.h) */
	const char *like;	/* an item or passage id: search for what is
				 * most like it instead of (or with) query */
	const char *since;	/* only documents indexed at or after this
				 * UTC time, YYYY-MM-DDTHH:MM:SSZ (alerts) */
	double smooth;		/* a transcript's turn gains this x its
				 * neighbours' scores (searcher/smooth.h);
				 * 0: off */
	int ids_only;		/* 1: hits carry rank, score, percent, id
				 * and type alone, as a TREC run needs: no
				 * stored data, snippets or related items
				 * are read, and the total is Xapian's
				 * estimate */
};

/* Fills req with the defaults: relevance, limit 10, no filters. */
void search_request_init(struct search_request *);

/*
 * Sets one filter by name ("council", "committee", "speaker", "type",
 * "outcome", "from", "to", "year"), as the batch JSON "filters" object and
 * the HTTP parameters name them.  value is borrowed until the request is
 * run.  Returns 0, or SEARCH_EQUERY with *errmsg for an unknown name or a
 * bad value.
 */
int search_request_set_filter(struct search_request *, const char *name,
    const char *value, char **errmsg);

/*
 * Parses a comma-separated facet list ("council,year") into *bits.
 * Returns 0 or SEARCH_EQUERY with *errmsg naming the unknown facet.
 */
int search_facets_parse(const char *list, unsigned *bits, char **errmsg);

/* "relevance", "date" or "-date" to enum search_sort; -1 if unknown. */
int search_sort_from_name(const char *name);
const char *search_sort_name(int sort);

/*
 * Reads a request from a batch-mode JSON object:
 *   {"id":..., "q":"...", "limit":N, "offset":N, "sort":"...",
 *    "passages":bool, "facets":"council,year" or [...],
 *    "filters":{"council":"...", "year":2016, ...}}
 * Fields absent keep the values req already holds.  Strings are borrowed
 * from obj, which must outlive the request.  Returns 0 or SEARCH_EQUERY
 * with *errmsg.
 */
int search_request_from_json(struct search_request *, const cJSON *obj,
    char **errmsg);

/* ---- Running ---- */

/*
 * Runs one request.  On success returns 0 and sets *result to a new JSON
 * object (docs/json.md; the caller frees it with cJSON_Delete).  Fails
 * with SEARCH_EQUERY (the query does not parse and lenient is off, or the
 * request is invalid) or SEARCH_EDB, with *errmsg saying what is wrong;
 * *result is then NULL.  A database changed by the indexer during the
 * search is reopened and the search retried.
 */
int search_run(struct search_engine *, const struct search_request *,
    cJSON **result, char **errmsg);

/* Exit status for a search_err: 2 for SEARCH_EQUERY, 3 otherwise. */
int search_exit_status(int rc);

#endif /* GOV_SEARCH_H */
