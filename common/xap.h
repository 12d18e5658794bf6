/*
 * xap.h: the C interface to libxapian.  The only C++ in the tree lives in
 * xap.cc behind this header; no C++ type or exception crosses it.
 *
 * Conventions (as LevelDB's c.h):
 *  - Handles are opaque.  Each x_new/x_open pairs with x_free; x_free(NULL)
 *    is a no-op.
 *  - A function that can fail returns an int: XAP_OK (0) or a negative
 *    enum xap_err value, and sets *errmsg to a malloc'd message the caller
 *    frees (errmsg may be NULL; on XAP_ENOMEM no message is built).
 *    Functions returning a pointer return NULL on failure and set *rc too.
 *  - Text is UTF-8, passed as pointer + length.
 *  - Strings returned through out-parameters are malloc'd and owned by
 *    the caller unless the comment says "borrowed".
 *  - A handle is used by one thread at a time; open one per thread.
 */
#ifndef GOV_XAP_H
#define GOV_XAP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum xap_err {
	XAP_OK = 0,
	XAP_ELOCK = -1,		/* another writer holds the database lock */
	XAP_EMODIFIED = -2,	/* database changed under a reader: reopen, retry */
	XAP_ENOTFOUND = -3,	/* no database at that path */
	XAP_ECORRUPT = -4,	/* database files are damaged */
	XAP_EOPEN = -5,		/* could not open for another reason */
	XAP_EQUERY = -6,	/* query syntax error */
	XAP_EINVAL = -7,	/* bad argument (also an unknown stem language) */
	XAP_ENOMEM = -8,	/* out of memory */
	XAP_ENETWORK = -9,	/* remote database unreachable or timed out */
	XAP_EXAPIAN = -10,	/* any other Xapian error */
	XAP_EINTERNAL = -11,	/* any other exception */
	XAP_ENODOC = -12	/* no such document */
};

/* A short constant name for an error code ("lock", "not found", ...). */
const char *xap_strerror(int rc);

/* ---- Stemming (libstemmer through Xapian::StemImplementation) ---- */

/*
 * 1 if libstemmer knows the language (e.g. "english", "french"), else 0.
 * "none" is accepted and turns stemming off, as in Xapian.
 */
int xap_stem_language_ok(const char *lang);

/*
 * Stems one word, lower-cased first, with the same stemmer indexing and
 * queries use.
 * Returns a malloc'd stem, or NULL with *rc set.
 */
char *xap_stem_word(const char *lang, const char *word, size_t len,
    int *rc, char **errmsg);

/* ---- Stopper ---- */

struct xap_stopper;

/* A new empty stop list.  NULL only on out of memory. */
struct xap_stopper *xap_stopper_new(void);
void xap_stopper_free(struct xap_stopper *);
/* Adds one lower-case word (copied). */
int xap_stopper_add(struct xap_stopper *, const char *word, size_t len,
    char **errmsg);
/* 1 if word is in the list. */
int xap_stopper_has(const struct xap_stopper *, const char *word, size_t len);

/* ---- Documents ---- */

struct xap_doc;

struct xap_doc *xap_doc_new(int *rc, char **errmsg);
void xap_doc_free(struct xap_doc *);
int xap_doc_add_term(struct xap_doc *, const char *term, size_t len,
    unsigned wdf, char **errmsg);
int xap_doc_add_posting(struct xap_doc *, const char *term, size_t len,
    unsigned pos, unsigned wdf, char **errmsg);
/* A term with wdf 0 and no positions: a filter that does not rank. */
int xap_doc_add_boolean_term(struct xap_doc *, const char *term, size_t len,
    char **errmsg);
int xap_doc_set_value(struct xap_doc *, unsigned slot, const char *val,
    size_t len, char **errmsg);
int xap_doc_set_data(struct xap_doc *, const char *data, size_t len,
    char **errmsg);

/* ---- Term generation (Xapian::TermGenerator with our stemmer) ---- */

struct xap_termgen;

enum xap_stem_strategy {
	XAP_STEM_SOME = 0,	/* stem terms get a Z prefix, unstemmed keep positions */
	XAP_STEM_NONE = 1,
	XAP_STEM_ALL = 2,
	XAP_STEM_ALL_Z = 3
};

/*
 * A term generator stemming in lang.  stopper may be NULL; it is borrowed
 * and must outlive the generator.  Stopwords are not indexed as stemmed
 * terms but keep their positions (Xapian's STOP_STEMMED).
 */
struct xap_termgen *xap_termgen_new(const char *lang,
    const struct xap_stopper *stopper, int *rc, char **errmsg);
void xap_termgen_free(struct xap_termgen *);
int xap_termgen_set_stem_strategy(struct xap_termgen *, int strategy,
    char **errmsg);
/* Following index_text calls add terms to doc (borrowed until changed). */
int xap_termgen_set_document(struct xap_termgen *, struct xap_doc *,
    char **errmsg);
/* 1: index without positions (smaller, no phrase search on that text). */
int xap_termgen_set_positions(struct xap_termgen *, int on, char **errmsg);
/*
 * Indexes text: each term gets wdf_inc per occurrence and, when prefix is
 * non-empty, the prefix.  prefix may be NULL.
 */
int xap_termgen_index_text(struct xap_termgen *, const char *text,
    size_t len, unsigned wdf_inc, const char *prefix, char **errmsg);
/* Leaves a gap so phrases do not match across two fields. */
int xap_termgen_increase_termpos(struct xap_termgen *, unsigned delta,
    char **errmsg);

/* ---- Writable database ---- */

struct xap_wdb;

enum xap_open_mode {
	XAP_CREATE_OR_OPEN = 0,
	XAP_CREATE = 1,		/* fails if it exists */
	XAP_OPEN = 2,		/* fails if it does not exist */
	XAP_CREATE_OR_OVERWRITE = 3
};

/*
 * Opens a writable database at path.  A second writer gets XAP_ELOCK.
 * flush_threshold > 0 sets how many changed documents Xapian buffers
 * before writing (0: Xapian's default).
 */
struct xap_wdb *xap_wdb_open(const char *path, int mode,
    unsigned flush_threshold, int *rc, char **errmsg);
/* Frees without committing: uncommitted changes are lost. */
void xap_wdb_free(struct xap_wdb *);
int xap_wdb_commit(struct xap_wdb *, char **errmsg);
int xap_wdb_begin_transaction(struct xap_wdb *, int flushed, char **errmsg);
int xap_wdb_commit_transaction(struct xap_wdb *, char **errmsg);
int xap_wdb_cancel_transaction(struct xap_wdb *, char **errmsg);
/* Adds doc, or replaces every document indexed by unique_term. */
int xap_wdb_replace_by_term(struct xap_wdb *, const char *unique_term,
    size_t len, const struct xap_doc *doc, char **errmsg);
/* Deletes every document indexed by term; *ndeleted may be NULL. */
int xap_wdb_delete_by_term(struct xap_wdb *, const char *term, size_t len,
    unsigned *ndeleted, char **errmsg);
int xap_wdb_doccount(struct xap_wdb *, unsigned *count, char **errmsg);
/* *exists = 1 if some document is indexed by term. */
int xap_wdb_term_exists(struct xap_wdb *, const char *term, size_t len,
    int *exists, char **errmsg);
/*
 * The value in slot of the first document indexed by term; *val is
 * malloc'd (NULL, XAP_ENODOC when there is no such document).
 */
int xap_wdb_value_by_term(struct xap_wdb *, const char *term, size_t len,
    unsigned slot, char **val, size_t *vallen, char **errmsg);
/* Calls cb for each term starting with prefix, in order; cb != 0 stops. */
typedef int (*xap_term_cb)(void *ctx, const char *term, size_t len,
    unsigned termfreq);
int xap_wdb_allterms(struct xap_wdb *, const char *prefix, xap_term_cb cb,
    void *ctx, char **errmsg);
int xap_wdb_set_metadata(struct xap_wdb *, const char *key,
    const char *val, size_t len, char **errmsg);
/* *val malloc'd, "" when the key is unset. */
int xap_wdb_get_metadata(struct xap_wdb *, const char *key, char **val,
    size_t *vallen, char **errmsg);
int xap_wdb_add_synonym(struct xap_wdb *, const char *term,
    const char *synonym, char **errmsg);
int xap_wdb_clear_synonyms(struct xap_wdb *, const char *term,
    char **errmsg);
int xap_wdb_add_spelling(struct xap_wdb *, const char *word, size_t len,
    unsigned freqinc, char **errmsg);

/* ---- Read-only database (one or several shards) ---- */

struct xap_db;

/*
 * Opens paths[0..n-1] as one database.  Each path is a local database
 * directory, a stub database file, or "tcp://HOST:PORT" for a remote
 * xapian-tcpsrv.  timeout_ms bounds remote operations (0: Xapian's
 * default).  The databases a stub file lists (or a directory holding
 * one as XAPIANDB) are shards of their own, named by their path or
 * address.  An error that comes from one shard names it.
 */
struct xap_db *xap_db_open(const char *const *paths, size_t n,
    unsigned timeout_ms, int *rc, char **errmsg);

enum xap_db_flag {
	/*
	 * A shard that cannot be opened is left out instead of failing
	 * the open; one that stops answering during a search is left out
	 * and the search returns XAP_EMODIFIED (reopen and retry, as after
	 * a commit: the documents are numbered anew).  xap_db_reopen()
	 * tries shards that are out again, at most every 2 seconds.  Only
	 * every shard down is an error.  xap_db_shard_down() tells which
	 * are out.
	 */
	XAP_DB_PARTIAL = 1 << 0
};

/* xap_db_open() with enum xap_db_flag flags. */
struct xap_db *xap_db_open_flags(const char *const *paths, size_t n,
    unsigned timeout_ms, unsigned flags, int *rc, char **errmsg);
void xap_db_free(struct xap_db *);
/* How many shards the database has, stub files expanded. */
size_t xap_db_nshards(const struct xap_db *);
/* Shard i's path or address (borrowed, valid until d is freed). */
const char *xap_db_shard_name(const struct xap_db *, size_t i);
/*
 * NULL if shard i is searched, else why it is left out (borrowed, valid
 * until the next call on d).
 */
const char *xap_db_shard_down(const struct xap_db *, size_t i);
/*
 * Moves to the latest committed revision and reconnects shards that are
 * down.  *changed = 1 if it moved or the shards searched changed.  A
 * shard whose new commit does not open keeps its revision and the call
 * fails with that error; otherwise it fails naming the shards that are
 * down (unless XAP_DB_PARTIAL and some are up).  Either way the shards
 * that are up stay usable.
 */
int xap_db_reopen(struct xap_db *, int *changed, char **errmsg);
int xap_db_doccount(struct xap_db *, unsigned *count, char **errmsg);
int xap_db_termfreq(struct xap_db *, const char *term, size_t len,
    unsigned *freq, char **errmsg);
int xap_db_allterms(struct xap_db *, const char *prefix, xap_term_cb cb,
    void *ctx, char **errmsg);
/* Metadata of the first shard; *val malloc'd, "" when unset. */
int xap_db_get_metadata(struct xap_db *, const char *key, char **val,
    size_t *vallen, char **errmsg);
/* Document data by docid; *data malloc'd. */
int xap_db_get_data(struct xap_db *, unsigned docid, char **data,
    size_t *len, char **errmsg);
/*
 * Calls cb for each document with a value in slot, in docid order, with
 * the value (borrowed for the call); cb != 0 stops.
 */
int xap_db_values(struct xap_db *, unsigned slot,
    int (*cb)(void *ctx, unsigned docid, const char *val, size_t len),
    void *ctx, char **errmsg);
/* The first docid indexed by term, XAP_ENODOC if none. */
int xap_db_find_term(struct xap_db *, const char *term, size_t len,
    unsigned *docid, char **errmsg);
/* Terms of one document with a prefix, for relevance feedback and display. */
int xap_db_doc_terms(struct xap_db *, unsigned docid, const char *prefix,
    xap_term_cb cb, void *ctx, char **errmsg);
/* Value in slot of one document: *val malloc'd ("" if unset). */
int xap_db_doc_value(struct xap_db *, unsigned docid, unsigned slot,
    char **val, size_t *len, char **errmsg);
/* How many documents have a value in slot (a statistic: works remotely). */
int xap_db_value_freq(struct xap_db *, unsigned slot, unsigned *freq,
    char **errmsg);
/* Calls cb for each document indexed by term, in docid order; cb != 0
 * stops. */
int xap_db_postings(struct xap_db *, const char *term, size_t len,
    int (*cb)(void *ctx, unsigned docid), void *ctx, char **errmsg);

/* ---- Queries ---- */

struct xap_query;

enum xap_op {
	XAP_OP_AND = 0,
	XAP_OP_OR = 1,
	XAP_OP_AND_NOT = 2,
	XAP_OP_FILTER = 3,	/* left ranks, right only restricts */
	XAP_OP_AND_MAYBE = 4,
	XAP_OP_SYNONYM = 5
};

void xap_query_free(struct xap_query *);
/* A query for one term; wqf is its within-query frequency. */
struct xap_query *xap_query_term(const char *term, size_t len,
    unsigned wqf, int *rc, char **errmsg);
/* Combines n queries (borrowed; they stay the caller's) with op. */
struct xap_query *xap_query_combine(int op, struct xap_query *const *qs,
    size_t n, int *rc, char **errmsg);
/*
 * Documents whose value in slot lies in [lo, hi]; NULL lo or hi: open.
 * Documents with no value in slot never match, even when both are open.
 */
struct xap_query *xap_query_value_range(unsigned slot, const char *lo,
    const char *hi, int *rc, char **errmsg);
/*
 * (q AND_NOT term) OR SCALE_WEIGHT(q FILTER term, factor): documents
 * indexed by term weigh factor x what q gives them (see also
 * xap_search.demote_term).
 */
struct xap_query *xap_query_demote(const struct xap_query *q,
    const char *term, double factor, int *rc, char **errmsg);
/* Multiplies the weight q contributes by factor (>= 0). */
struct xap_query *xap_query_scale(const struct xap_query *q, double factor,
    int *rc, char **errmsg);
/*
 * The documents q matches, each weighted weight (>= 0) whatever q's own
 * weight: for "Q AND_MAYBE fixed(boolean term)", a bonus for a filter.
 */
struct xap_query *xap_query_fixed(const struct xap_query *q, double weight,
    int *rc, char **errmsg);
/* Matches every document. */
struct xap_query *xap_query_match_all(int *rc, char **errmsg);
/* 1 if the query is empty (e.g. all stopwords removed). */
int xap_query_empty(const struct xap_query *);
/* A human-readable form of the query (malloc'd), for --explain. */
char *xap_query_describe(const struct xap_query *);
/*
 * Weights every document with a YYYYMMDD value in slot by
 * max_weight * 2^(-age / half_life), age in days before today (YYYYMMDD;
 * a later date counts as today); documents without one do not match.
 * For "Q AND_MAYBE decay": recency blended into relevance.  Local
 * databases only (a remote server cannot rebuild the weight: there,
 * xap_search.decay_weight re-ranks the first hits instead).
 */
struct xap_query *xap_query_date_decay(unsigned slot, const char *today,
    double half_life, double max_weight, int *rc, char **errmsg);
/*
 * Relevance feedback: the OR of the nterms best expand terms (Xapian's
 * ESet) of the documents docids[0..n) taken as relevant (an RSet), of
 * those keep accepts (keep may be NULL: all).  n and nterms must be > 0.
 */
struct xap_query *xap_query_like(struct xap_db *, const unsigned *docids,
    size_t n, size_t nterms, int (*keep)(void *ctx, const char *term,
    size_t len), void *ctx, int *rc, char **errmsg);

/* ---- Query parser ---- */

struct xap_qparser;

enum xap_qp_flag {
	XAP_QP_BOOLEAN = 1 << 0,	/* AND OR NOT and brackets */
	XAP_QP_PHRASE = 1 << 1,		/* "quoted phrases" */
	XAP_QP_LOVEHATE = 1 << 2,	/* +must -not */
	XAP_QP_WILDCARD = 1 << 3,	/* trailing * */
	XAP_QP_SYNONYM = 1 << 4,	/* ~term explicit synonyms */
	XAP_QP_AUTO_SYNONYMS = 1 << 5,	/* expand terms from the synonym table */
	XAP_QP_AUTO_MULTIWORD_SYNONYMS = 1 << 6,
	XAP_QP_SPELLING = 1 << 7,	/* compute a corrected query */
	XAP_QP_PURE_NOT = 1 << 8,
	XAP_QP_BOOLEAN_ANY_CASE = 1 << 9,
	XAP_QP_PARTIAL = 1 << 10	/* last word is a prefix (search as you type) */
};

/*
 * A parser stemming in lang.  db (may be NULL) supplies synonyms,
 * spelling and wildcard expansion; the parser follows db's shards as
 * they drop out and come back, and may outlive db.  stopper is borrowed
 * and may be NULL; stopwords are dropped the Xapian way (a lone stopword
 * query still works).
 */
struct xap_qparser *xap_qparser_new(struct xap_db *db, const char *lang,
    const struct xap_stopper *stopper, int *rc, char **errmsg);
void xap_qparser_free(struct xap_qparser *);
/* Free-text field: "field:" searches terms with prefix (may repeat). */
int xap_qparser_add_prefix(struct xap_qparser *, const char *field,
    const char *prefix, char **errmsg);
/* Boolean filter field; fields sharing a group OR together. */
int xap_qparser_add_boolean_prefix(struct xap_qparser *, const char *field,
    const char *prefix, const char *group, char **errmsg);
/*
 * Range "field:A..B" over a value slot.  kind 0 compares strings, kind 1
 * dates written YYYY-MM-DD or YYYYMMDD into YYYYMMDD values, kind 2
 * numbers (Xapian's sortable_serialise).  field may be "" for no prefix.
 */
int xap_qparser_add_range(struct xap_qparser *, unsigned slot,
    const char *field, int kind, char **errmsg);
/* 1: the default operator is AND, 0: OR (the default). */
int xap_qparser_set_default_and(struct xap_qparser *, int and_op,
    char **errmsg);
/* Caps how many terms one wildcard may expand to (0: no cap). */
int xap_qparser_set_max_wildcard(struct xap_qparser *, unsigned max,
    char **errmsg);
/*
 * Parses text with flags (enum xap_qp_flag); default_prefix (may be NULL)
 * applies to unprefixed words.  Returns the query or NULL with *rc set
 * (XAP_EQUERY with the parser's message on a syntax error).
 */
struct xap_query *xap_qparser_parse(struct xap_qparser *, const char *text,
    size_t len, unsigned flags, const char *default_prefix, int *rc,
    char **errmsg);
/* The spelling-corrected query of the last parse (malloc'd; "" if none). */
char *xap_qparser_corrected(struct xap_qparser *);
/* Calls cb for each stopword dropped by the last parse. */
int xap_qparser_stoplist(struct xap_qparser *, xap_term_cb cb, void *ctx);

/* ---- Searching ---- */

struct xap_hits;

enum xap_sort {
	XAP_SORT_RELEVANCE = 0,
	XAP_SORT_VALUE_ASC = 1,		/* by sort_slot ascending, then relevance */
	XAP_SORT_VALUE_DESC = 2,
	XAP_SORT_RELEVANCE_VALUE = 3	/* relevance, ties by sort_slot descending */
};

struct xap_search {
	const struct xap_query *query;	/* borrowed */
	unsigned offset;		/* first hit to return */
	unsigned limit;			/* how many hits */
	unsigned check_at_least;	/* for exact totals and facets; 0: limit */
	int sort;			/* enum xap_sort */
	unsigned sort_slot;
	int collapse;			/* 1: at most one hit per collapse_slot value */
	unsigned collapse_slot;
	double time_limit;		/* seconds, 0: none */
	const unsigned *facet_slots;	/* borrowed; counted over checked docs */
	size_t nfacets;
	double bm25_k1, bm25_b;		/* 0, 0: Xapian's defaults */
	/* Keeps only documents for which decider returns nonzero (NULL: all). */
	int (*decider)(void *ctx, const char *val, size_t len);
	void *decider_ctx;
	unsigned decider_slot;		/* the value given to decider */
	/* Keeps only documents for which docid_decider returns nonzero:
	 * like decider, without reading a value (NULL: all). */
	int (*docid_decider)(void *ctx, unsigned docid);
	void *docid_decider_ctx;
	const unsigned *rset;		/* docids known relevant (borrowed) */
	size_t nrset;
	/*
	 * Recency without a custom weight in the match, which a remote
	 * server cannot rebuild: with decay_weight > 0 and relevance order,
	 * the first max(offset + limit, decay_depth) hits get the weight of
	 * xap_query_date_decay (decay_slot, decay_today, decay_half_life)
	 * added here, are sorted again, and the page is cut from them.
	 */
	double decay_weight;
	double decay_half_life;
	unsigned decay_slot;
	const char *decay_today;	/* YYYYMMDD (borrowed) */
	unsigned decay_depth;
	/*
	 * Documents indexed by demote_term weigh demote_factor x what the
	 * query gives them: the answer of (query AND_NOT T) OR
	 * SCALE_WEIGHT(query FILTER T, factor) without running the query
	 * twice.  With relevance order, the query alone is matched deep
	 * enough to hold offset + limit documents without T (or every
	 * match); those hits are scaled and sorted again and the page is cut
	 * from them.  When the hits are not deep enough, or with another
	 * order, facets, deciders, an rset or decay_weight, the query above
	 * is run.  Every document of a collapse group must carry T or none.
	 */
	const char *demote_term;	/* borrowed; NULL: none */
	double demote_factor;
	/* 1 if docid carries demote_term, from a caller that knows (NULL:
	 * the term's posting list is read). */
	int (*demoted)(void *ctx, unsigned docid);
	void *demoted_ctx;
};

/* 1 if some shard of the database is a remote server. */
int xap_db_remote(const struct xap_db *);

/*
 * Counts the groups (distinct values of group_slot) among the documents
 * matching q into *ngroups (may be NULL), and with slot >= 0 calls cb
 * (value, groups) for each value of slot, in value order, counting each
 * group once.  It is Xapian's collapse, so it also works over remote
 * shards, which run no local decider; every document of a group should
 * hold the same value in slot.
 */
int xap_count_groups(struct xap_db *, const struct xap_query *q,
    unsigned group_slot, int slot, xap_term_cb cb, void *ctx,
    unsigned *ngroups, char **errmsg);

/* Runs a search; returns hits or NULL with *rc set. */
struct xap_hits *xap_search_run(struct xap_db *, const struct xap_search *,
    int *rc, char **errmsg);
void xap_hits_free(struct xap_hits *);
/* How many hits this page holds. */
size_t xap_hits_size(const struct xap_hits *);
/* Estimated total matches, with bounds; exact when lower == upper. */
void xap_hits_total(const struct xap_hits *, unsigned *estimated,
    unsigned *lower, unsigned *upper);
/* Reads the hits' documents ahead in one go (one round trip to remote
 * shards instead of one per document read later). */
int xap_hits_fetch(const struct xap_hits *, char **errmsg);
unsigned xap_hits_docid(const struct xap_hits *, size_t i);
unsigned xap_hits_rank(const struct xap_hits *, size_t i);
double xap_hits_weight(const struct xap_hits *, size_t i);
int xap_hits_percent(const struct xap_hits *, size_t i);
/* How many other hits a collapsed hit stands for. */
unsigned xap_hits_collapse_count(const struct xap_hits *, size_t i);
/* Document data of hit i: *data malloc'd. */
int xap_hits_data(const struct xap_hits *, size_t i, char **data,
    size_t *len, char **errmsg);
/*
 * The collapse key of hit i (*val malloc'd; "" when the search did not
 * collapse): the collapse slot's value, known without reading it again.
 */
int xap_hits_collapse_key(const struct xap_hits *, size_t i, char **val,
    size_t *len, char **errmsg);
/* Value in slot of hit i: *val malloc'd ("" if unset). */
int xap_hits_value(const struct xap_hits *, size_t i, unsigned slot,
    char **val, size_t *len, char **errmsg);
/* Query terms that hit i matches, in query order. */
int xap_hits_matching_terms(const struct xap_hits *, size_t i,
    xap_term_cb cb, void *ctx, char **errmsg);
/*
 * A snippet of text around the words that match the query, stemmed in
 * lang, at most length bytes, matches wrapped in hi_start/hi_end (the
 * text is HTML-escaped only if escape is set).  Returns malloc'd text or
 * NULL with *rc set.
 */
char *xap_hits_snippet(const struct xap_hits *, const char *lang,
    const char *text, size_t len, size_t length, const char *hi_start,
    const char *hi_end, const char *omit, int escape, int *rc,
    char **errmsg);
/* Facet counts: cb(value, count) for facet k of the search, by value. */
int xap_hits_facet(const struct xap_hits *, size_t k, xap_term_cb cb,
    void *ctx, char **errmsg);
/* Expand terms: up to n best terms (with prefix filter, may be NULL)
 * from the search's rset, for relevance feedback. */
int xap_hits_expand(const struct xap_hits *, size_t n, const char *prefix,
    xap_term_cb cb, void *ctx, char **errmsg);

/* ---- Maintenance ---- */

/* Merges src[0..n-1] into a new compacted database at dest. */
int xap_compact(const char *const *src, size_t n, const char *dest,
    char **errmsg);

/* A value slot encoding of a number that sorts as strings (malloc'd). */
char *xap_sortable_serialise(double v, size_t *len);
double xap_sortable_unserialise(const char *val, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* GOV_XAP_H */
