/*
 * metrics.h: relevance judgments (TREC qrels), ranked runs, and the
 * measures trec_eval computes from them.  No search code: the module
 * reads text and does arithmetic, so tests/test_metrics.c checks it on
 * hand-made judgments (docs/eval.md says how each measure is defined).
 *
 * Definitions, as trec_eval 9 (relevance level 1: a judgment of 1 or
 * more is relevant):
 *   recip_rank   1 / rank of the first relevant document; 0 if none.  It
 *                has no cutoff.  "mrr@K" is the cut variant: 0 when the
 *                first relevant document is below rank K.
 *   ndcg@K       trec_eval's ndcg_cut.K: gain = the judgment level,
 *                discount log2(rank + 1), divided by the ideal DCG@K of
 *                all the judged documents of the query, best level first
 *                (unretrieved ones included).
 *   p@K          relevant documents in the top K / K (K even when fewer
 *                were retrieved).
 *   recall@K     relevant documents in the top K / all relevant ones.
 *   map          average precision: the precision at the rank of each
 *                relevant document retrieved, summed, / all relevant ones
 *                (a relevant document not retrieved adds 0).
 * A query with judgments but no relevant document scores 0 everywhere
 * and is averaged in, as trec_eval does; a query without any judgment is
 * left out of the averages and listed as skipped.
 *
 * Conventions: functions that can fail return 0 or a negative enum
 * metrics_err and set *errmsg (malloc'd, the caller frees it; errmsg may
 * be NULL).  Out of memory exits (common/util.h).
 */
#ifndef GOV_METRICS_H
#define GOV_METRICS_H

#include <stddef.h>
#include <stdio.h>

enum metrics_err {
	METRICS_EINPUT = -1,	/* a malformed line or metric name */
	METRICS_EIO = -2,	/* a file cannot be read (errno) */
	METRICS_EDUP = -3	/* a document judged or retrieved twice for
				 * one query (trec_eval refuses both) */
};

/* ---- Measures ---- */

enum metric_kind {
	METRIC_RR = 0,		/* reciprocal rank; cutoff 0: recip_rank */
	METRIC_NDCG,		/* cutoff 0: the whole ranking (ndcg) */
	METRIC_P,
	METRIC_RECALL,
	METRIC_MAP
};

#define METRICS_MAX		32	/* measures in one list */
#define METRICS_DEFAULT		"mrr@10,ndcg@10,p@10,recall@100,map"

struct metric {
	int kind;		/* enum metric_kind */
	unsigned cutoff;	/* K; 0: no cutoff (rr, ndcg and map) */
	char name[24];		/* ours: "ndcg@10", "mrr@10", "map" */
	char trec[24];		/* trec_eval's: "ndcg_cut_10", "map";
				 * "recip_rank@10" for mrr@10, which
				 * trec_eval does not have */
};

/*
 * Parses a comma-separated list of measures into out[0..*n): mrr@K, mrr
 * or recip_rank (no cutoff), ndcg@K, ndcg (no cutoff), p@K, recall@K,
 * map; trec_eval's spellings (ndcg_cut_10, ndcg_cut.10, P_10, P.10,
 * recall_100, recall.100) are accepted, in any case.  K is 1 to
 * 100000.  A measure given twice is kept once.  Returns 0, or
 * METRICS_EINPUT naming the bad entry.
 */
int metrics_parse(const char *list, struct metric *out, size_t max,
    size_t *n /* OUT */, char **errmsg);

/*
 * Computes measures m[0..nm) for one query into out[0..nm).
 *   rels[0..nret): the judgment of the document at each rank, from 1; a
 *     negative value for a document without a judgment (unjudged
 *     documents count as not relevant, as in trec_eval).
 *   ideal[0..nideal): the levels of every relevant (level >= 1) judged
 *     document of the query, in descending order; nideal is therefore
 *     the number of relevant documents.
 */
void metrics_compute(const int *rels, size_t nret, const int *ideal,
    size_t nideal, const struct metric *m, size_t nm, double *out);

/* ---- Judgments ---- */

struct qrels;

/*
 * Parses TREC qrels text[0..len): one judgment per line, "QID ITER DOCNO
 * REL" separated by blanks (ITER is ignored; REL an integer, negative for
 * "in the pool but unjudged"); blank lines and lines starting with '#'
 * are skipped.  A document judged twice for one query is an error
 * (METRICS_EDUP), as in trec_eval.  On success *out is a new set (free
 * with qrels_free).
 */
int qrels_parse(const char *text, size_t len, struct qrels **out,
    char **errmsg);
/* Reads and parses a qrels file (gzip allowed).  METRICS_EIO if it
 * cannot be read. */
int qrels_load(const char *path, struct qrels **out, char **errmsg);
void qrels_free(struct qrels *);

/* Number of queries with at least one judgment. */
size_t qrels_nqueries(const struct qrels *);
/* 1 if qid has at least one judgment, else 0. */
int qrels_has_query(const struct qrels *, const char *qid);
/* Relevant (level >= 1) documents of qid; 0 for an unknown query. */
size_t qrels_num_rel(const struct qrels *, const char *qid);
/*
 * The judgment of docno for qid: 1 with *rel set if judged, 0 if not.
 */
int qrels_judgment(const struct qrels *, const char *qid,
    const char *docno, int *rel /* OUT */);

/* ---- Runs ---- */

struct run;

enum run_order {
	RUN_ORDER_ADDED = 0,	/* as added or read (ties keep input order) */
	RUN_ORDER_RANK,		/* by the rank column, then input order */
	RUN_ORDER_TREC		/* as trec_eval: score descending, ties by
				 * document id descending (strcmp) */
};

/* A new, empty run (free with run_free).  Never NULL. */
struct run *run_new(void);
void run_free(struct run *);

/*
 * Adds query qid with no documents, if it is not there yet: a query that
 * retrieved nothing still counts (and scores 0).  Strings are copied.
 */
void run_add_query(struct run *, const char *qid);
/*
 * Appends docno, retrieved for qid with score and rank, after the
 * documents qid already has (the query is added if new).
 */
void run_add(struct run *, const char *qid, const char *docno,
    double score, long rank);

/*
 * Parses TREC run text[0..len): "QID ITER DOCNO RANK SCORE [TAG]" per
 * line, blank lines skipped.  Documents keep the order of the lines;
 * call run_sort() for another.  *out: a new run.
 */
int run_parse(const char *text, size_t len, struct run **out,
    char **errmsg);
/* Reads and parses a run file (gzip allowed). */
int run_load(const char *path, struct run **out, char **errmsg);

/* Reorders every query's documents (enum run_order). */
void run_sort(struct run *, int order);

/* Queries in the order they were first added or read. */
size_t run_nqueries(const struct run *);
/* Borrowed; valid until the run changes.  NULL if i is out of range. */
const char *run_qid(const struct run *, size_t i);
size_t run_ndocs(const struct run *, size_t i);
/* The j-th document of the i-th query: its id (borrowed) and score. */
const char *run_docno(const struct run *, size_t i, size_t j);
double run_score(const struct run *, size_t i, size_t j);
/* Index of qid, or -1. */
long run_find(const struct run *, const char *qid);

/*
 * Writes the run as TREC lines "QID Q0 DOCNO RANK SCORE TAG", ranks
 * counted from 1 in the current order.  Returns 0 or -1 (errno).
 */
int run_write_trec(FILE *, const struct run *, const char *tag);

/* ---- Evaluation ---- */

struct metrics_row {
	char *qid;		/* owned */
	size_t num_rel;		/* relevant documents judged */
	size_t num_ret;		/* documents retrieved */
	size_t num_rel_ret;	/* relevant documents retrieved */
	double *v;		/* owned: one value per measure */
};

struct metrics_eval {
	size_t nm;		/* measures */
	size_t nrows;
	struct metrics_row *rows;	/* owned: the queries evaluated, in
					 * the run's order */
	double *mean;		/* owned: nm means over rows (0 when
				 * nrows is 0) */
	size_t nskipped;
	char **skipped;		/* owned: queries of the run without any
				 * judgment, left out */
};

/* Flags of metrics_evaluate. */
#define METRICS_COMPLETE	0x1	/* judged queries missing from the run
					 * count, as having retrieved nothing
					 * (trec_eval -c) */

/*
 * Scores every query of run against qrels, the documents taken in the
 * run's current order.  On success *out is a new table (free with
 * metrics_eval_free).  METRICS_EDUP when a query retrieved a document
 * twice.
 */
int metrics_evaluate(const struct qrels *, const struct run *,
    const struct metric *m, size_t nm, int flags,
    struct metrics_eval **out, char **errmsg);
void metrics_eval_free(struct metrics_eval *);

/* The row of qid in ev, or NULL. */
const struct metrics_row *metrics_eval_find(const struct metrics_eval *ev,
    const char *qid);

#endif /* GOV_METRICS_H */
