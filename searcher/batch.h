/*
 * batch.h: govsearch --batch.  Reads one query per line, answers them on
 * several threads (one search engine, so one database handle, per
 * thread) and writes the answers in input order.
 *
 * An input line is one of:
 *   plain query text                  id: the line number (from 1)
 *   QID<TAB>query text                id: QID (as a string)
 *   {"id":..., "q":"...", ...}        a search_request_from_json object;
 *                                     id: its "id", else the line number;
 *                                     "decisions":true answers with the
 *                                     decision log (decisions.h)
 * Blank lines are skipped.  A line that cannot be answered yields
 * {"id":..., "error":"...", "error_type":"query"|"database"} (or, in TREC
 * mode, a diagnostic on stderr) and the batch goes on.
 */
#ifndef GOV_BATCH_H
#define GOV_BATCH_H

#include <stdio.h>

struct search_engine_opts;
struct search_request;

enum batch_err {
	BATCH_EREAD = -10,	/* reading the input failed (errno) */
	BATCH_EWRITE = -11	/* writing the output failed (errno) */
};

struct batch_opts {
	const struct search_engine_opts *engine; /* borrowed */
	/* Borrowed: what each line starts from (limit, sort, filters,
	 * ...); its query is ignored. */
	const struct search_request *defaults;
	unsigned jobs;		/* threads; 0: one per online CPU */
	int trec;		/* 1: TREC run lines instead of JSON lines */
	int decisions;		/* 1: every line is a decision log, unless
				 * it says "decisions":false */
	const char *run;	/* TREC run name (NULL: "govsearch") */
};

struct batch_stats {
	unsigned long lines;	/* queries read */
	unsigned long bad;	/* lines answered with a query error */
	unsigned long dberr;	/* lines that met a database error */
};

/*
 * Runs the batch from in to out.  Returns 0 when every line was read and
 * answered (some perhaps with an error line; see *stats), a search_err
 * when the engines cannot be opened, or BATCH_EREAD/BATCH_EWRITE; *errmsg
 * (malloc'd) says why.  stats may be NULL.
 */
int batch_run(FILE *in, FILE *out, const struct batch_opts *opts,
    struct batch_stats *stats, char **errmsg);

#endif /* GOV_BATCH_H */
