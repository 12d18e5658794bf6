/*
 * output.h: writes the JSON object search_run() returns (docs/json.md) in
 * the formats govsearch prints: aligned human text, JSON, JSON Lines, TSV
 * and TREC run lines.
 */
#ifndef GOV_OUTPUT_H
#define GOV_OUTPUT_H

#include <stdio.h>
#include <cjson/cJSON.h>

enum output_format {
	OUTPUT_TEXT = 0,	/* aligned, for people */
	OUTPUT_JSON,		/* the whole result as one JSON object */
	OUTPUT_JSONL,		/* one JSON object per hit and line */
	OUTPUT_TSV,		/* a header line, then one line per hit */
	OUTPUT_TREC		/* "QID Q0 DOCNO RANK SCORE RUN" per hit */
};

struct output_opts {
	int format;		/* enum output_format */
	int color;		/* text: 1 for ANSI colour highlights */
	unsigned width;		/* text: columns to wrap at (0: 80) */
	const char *run;	/* TREC run name (borrowed; NULL:
				 * "govsearch") */
	const char *qid;	/* TREC query id (borrowed; NULL: "1") */
};

/* The format named "text", "json", "jsonl", "tsv" or "trec"; -1 if not. */
int output_format_from_name(const char *name);

/*
 * Writes result (borrowed) to f in opts->format.  Returns 0, or -1 when
 * a write fails (errno says why).
 */
int output_result(FILE *f, const cJSON *result,
    const struct output_opts *opts);

/*
 * The TSV header line and one hit's TSV line (without newline), as
 * malloc'd strings: tabs and line breaks inside fields become spaces,
 * null fields are empty.
 */
char *output_tsv_header(void);
char *output_tsv_hit(const cJSON *hit);

/* Writes one TREC line per hit of result for qid.  0 or -1 (errno). */
int output_trec(FILE *f, const cJSON *result, const char *qid,
    const char *run);

/*
 * The batch-mode line for one query: result (taken, may be NULL) with
 * "id" put first, or {"id":..., "error":..., "error_type":...} when msg
 * is not NULL.  id is borrowed and copied; NULL writes "id": null.
 * Returns the compact JSON text, malloc'd (free with cJSON_free).
 */
char *output_batch_line(const cJSON *id, cJSON *result, const char *msg,
    const char *error_type);

#endif /* GOV_OUTPUT_H */
