/*
 * eval.c: `govsearch eval`.  Reads the queries (TSV or batch JSON
 * lines), runs each through one search engine, scores the rankings
 * against TREC qrels (metrics.c) and prints a table per query and
 * overall, or JSON.  --save keeps the run, --compare sets it beside an
 * earlier one, --run scores a run file made by anything else.
 */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "eval.h"
#include "metrics.h"
#include "search.h"
#include "smooth.h"
#include "util.h"

#define PROG		"govsearch: eval"
#define MAX_DBS		64
#define DEFAULT_LIMIT	100
#define QUERY_COLUMN	48	/* bytes of query text in the table */
#define SAME_EPS	1e-9	/* changes smaller than this are none */

enum {
	OPT_QUERIES = 256, OPT_QRELS, OPT_METRICS, OPT_JSON, OPT_COMPARE,
	OPT_SAVE, OPT_PASSAGES, OPT_RUN, OPT_RUN_NAME, OPT_BY, OPT_SUMMARY,
	OPT_COMPLETE, OPT_STOPWORDS, OPT_SMOOTH
};

static const struct option longopts[] = {
	{ "db", required_argument, NULL, 'd' },
	{ "queries", required_argument, NULL, OPT_QUERIES },
	{ "qrels", required_argument, NULL, OPT_QRELS },
	{ "metrics", required_argument, NULL, OPT_METRICS },
	{ "limit", required_argument, NULL, 'n' },
	{ "passages", no_argument, NULL, OPT_PASSAGES },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "summary", no_argument, NULL, OPT_SUMMARY },
	{ "save", required_argument, NULL, OPT_SAVE },
	{ "compare", required_argument, NULL, OPT_COMPARE },
	{ "by", required_argument, NULL, OPT_BY },
	{ "run", required_argument, NULL, OPT_RUN },
	{ "run-name", required_argument, NULL, OPT_RUN_NAME },
	{ "complete", no_argument, NULL, OPT_COMPLETE },
	{ "stopwords", required_argument, NULL, OPT_STOPWORDS },
	{ "smooth", required_argument, NULL, OPT_SMOOTH },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(FILE *f)
{
	fprintf(f,
"usage: govsearch eval --db DIR --queries FILE --qrels FILE [OPTION]...\n"
"       govsearch eval --run RUNFILE --qrels FILE [OPTION]...\n"
"\n"
"Runs the queries and scores the rankings against TREC relevance\n"
"judgments, per query and overall, as trec_eval computes them\n"
"(docs/eval.md).\n"
"\n"
"  -d, --db DIR          index to search (repeatable; $GOVSEARCH_DB)\n"
"      --queries FILE    one query per line: QID<TAB>text, or a batch JSON\n"
"                        object {\"id\":..., \"q\":..., \"filters\":...}\n"
"      --qrels FILE      judgments, \"QID 0 DOCID REL\" per line\n"
"      --metrics LIST    measures (default " METRICS_DEFAULT ");\n"
"                        also mrr, ndcg, p@K, recall@K, ndcg@K, mrr@K\n"
"  -n, --limit N         results per query (default 100)\n"
"      --passages        rank passages, not items (the ids judged must\n"
"                        be passage ids)\n"
"      --json            one JSON object instead of the table\n"
"      --summary         the overall line only\n"
"      --save FILE       keep this run: TREC run lines, or JSON when FILE\n"
"                        ends in .json\n"
"      --compare FILE    a run kept with --save: which queries got better\n"
"                        or worse\n"
"      --by MEASURE      what --compare sorts on (default ndcg@10 if\n"
"                        measured, else the first measure)\n"
"      --run FILE        score this TREC run instead of searching (ties\n"
"                        broken as trec_eval does)\n"
"      --run-name NAME   the run's name in saved TREC lines (govsearch)\n"
"      --complete        with --run: judged queries the run lacks count\n"
"                        as zero (trec_eval -c)\n"
"      --stopwords FILE  stopword list(s) instead of the index's\n"
"      --smooth ALPHA    weight of neighbouring turns (default 0.3; 0: off)\n"
"  -h, --help            show this help\n"
"  -V, --version         show the version\n"
"\n"
"Exit status: 0 done, 1 no query has judgments, 2 usage error or bad\n"
"input, 3 database or output error.\n");
}

/* One line of the queries file. */
struct equery {
	char *qid;		/* owned */
	char *text;		/* owned: the query as written, or NULL */
	cJSON *obj;		/* owned: the JSON line, or NULL */
	char *error;		/* owned: why the search failed, or NULL */
	double took_ms;		/* time in the engine */
};

struct eval {
	const char *dbs[MAX_DBS];
	size_t ndbs;
	const char *queries_path, *qrels_path, *metrics_list, *save_path;
	const char *compare_path, *run_path, *run_name, *by, *stopwords;
	unsigned limit;
	int passages, json, summary, complete;
	double smooth;		/* search_request.smooth */

	struct metric m[METRICS_MAX];
	size_t nm;
	size_t by_index;	/* measure --compare sorts on */
	struct equery *q;	/* owned */
	size_t nq;
	struct qrels *qrels;	/* owned */
	struct run *run;	/* owned: this run */
	struct run *saved;	/* owned: the --compare run */
	struct metrics_eval *ev;	/* owned */
	struct metrics_eval *saved_ev;	/* owned */
	double elapsed;		/* seconds spent searching */
};

static void
eval_free(struct eval *e)
{
	size_t i;

	for (i = 0; i < e->nq; i++) {
		free(e->q[i].qid);
		free(e->q[i].text);
		free(e->q[i].error);
		cJSON_Delete(e->q[i].obj);
	}
	free(e->q);
	qrels_free(e->qrels);
	run_free(e->run);
	run_free(e->saved);
	metrics_eval_free(e->ev);
	metrics_eval_free(e->saved_ev);
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* 1 if s ends with suffix. */
static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* A JSON id as text: strings as they are, whole numbers without ".0". */
static char *
id_text(const cJSON *id)
{
	char *s, *c;

	if (cJSON_IsString(id))
		return xstrdup(id->valuestring);
	if (cJSON_IsNumber(id) && fabs(id->valuedouble) < 1e15 &&
	    id->valuedouble == (double)(long long)id->valuedouble)
		return xasprintf("%lld", (long long)id->valuedouble);
	s = cJSON_PrintUnformatted(id);
	c = xstrdup(s ? s : "?");
	cJSON_free(s);
	return c;
}

/* ---- Reading the queries ---- */

/*
 * Parses one line of the queries file into q.  Returns 0, or -1 with a
 * message printed.
 */
static int
query_line(struct equery *q, char *line, unsigned long lineno,
    const char *path)
{
	const char *end = NULL;
	const cJSON *id, *text;
	char *tab;

	if (line[0] == '{') {
		q->obj = cJSON_ParseWithOpts(line, &end, 1);
		if (q->obj == NULL || !cJSON_IsObject(q->obj)) {
			fprintf(stderr, "%s: %s:%lu: bad JSON at byte %zu\n",
			    PROG, path, lineno, end ? (size_t)(end - line) + 1
			    : (size_t)1);
			return -1;
		}
		id = cJSON_GetObjectItemCaseSensitive(q->obj, "id");
		q->qid = id && !cJSON_IsNull(id) ? id_text(id) :
		    xasprintf("%lu", lineno);
		text = cJSON_GetObjectItemCaseSensitive(q->obj, "q");
		if (cJSON_IsString(text))
			q->text = xstrdup(text->valuestring);
		return 0;
	}
	tab = strchr(line, '\t');
	if (tab != NULL) {
		*tab = '\0';
		q->qid = xstrdup(line);
		q->text = xstrdup(tab + 1);
	} else {
		q->qid = xasprintf("%lu", lineno);
		q->text = xstrdup(line);
	}
	return 0;
}

/* Reads the queries file; -1 (said) on failure. */
static int
read_queries(struct eval *e)
{
	char *data = NULL, *p, *nl, *line;
	size_t len = 0, cap = 0, i, n;
	unsigned long lineno = 0;
	int rc;

	rc = util_read_file(e->queries_path, &data, &len);
	if (rc != 0) {
		fprintf(stderr, "%s: %s: %s\n", PROG, e->queries_path,
		    strerror(-rc));
		return -1;
	}
	rc = 0;
	for (p = data; p < data + len; p = nl ? nl + 1 : data + len) {
		nl = memchr(p, '\n', (size_t)(data + len - p));
		n = nl ? (size_t)(nl - p) : (size_t)(data + len - p);
		lineno++;
		while (n > 0 && p[n - 1] == '\r')
			n--;
		line = xstrndup(p, n);
		if (strspn(line, " \t") == strlen(line)) {
			free(line);
			continue;
		}
		if (e->nq == cap) {
			cap = cap ? 2 * cap : 64;
			e->q = xreallocarray(e->q, cap, sizeof(*e->q));
		}
		memset(&e->q[e->nq], 0, sizeof(e->q[e->nq]));
		rc = query_line(&e->q[e->nq], line, lineno, e->queries_path);
		e->nq++;
		free(line);
		if (rc != 0)
			goto out;
		for (i = 0; i + 1 < e->nq; i++) {
			if (strcmp(e->q[i].qid, e->q[e->nq - 1].qid) == 0) {
				fprintf(stderr, "%s: %s:%lu: query id %s is "
				    "used twice\n", PROG, e->queries_path,
				    lineno, e->q[i].qid);
				rc = -1;
				goto out;
			}
		}
	}
	if (e->nq == 0) {
		fprintf(stderr, "%s: %s: no queries\n", PROG, e->queries_path);
		rc = -1;
	}
out:
	free(data);
	return rc;
}

/* ---- Searching ---- */

/*
 * Runs every query and fills e->run.  Returns 0, or the exit status (3)
 * after a database error (said).
 */
static int
run_queries(struct eval *e)
{
	struct search_engine_opts eo;
	struct search_engine *eng;
	struct search_request req;
	const cJSON *hits, *hit, *id, *score, *took;
	cJSON *res;
	char *msg = NULL;
	size_t i;
	long rank;
	double t0;
	int rc;

	memset(&eo, 0, sizeof(eo));
	eo.dbs = e->dbs;
	eo.ndbs = e->ndbs;
	eo.stopwords = e->stopwords;
	eng = search_engine_open(&eo, &rc, &msg);
	if (eng == NULL) {
		fprintf(stderr, "%s: %s\n", PROG, msg ? msg :
		    "cannot open the database");
		free(msg);
		return rc == SEARCH_EQUERY ? 2 : 3;
	}
	e->run = run_new();
	t0 = now();
	for (i = 0; i < e->nq; i++) {
		struct equery *q = &e->q[i];

		run_add_query(e->run, q->qid);
		search_request_init(&req);
		req.limit = e->limit;
		req.passages = e->passages;
		req.smooth = e->smooth;
		/* Natural phrasing must not fail on a stray operator. */
		req.lenient = 1;
		/* A run is ids and scores. */
		req.ids_only = 1;
		req.query = q->text;
		if (q->obj != NULL) {
			rc = search_request_from_json(&req, q->obj, &msg);
			if (rc != 0) {
				q->error = msg ? msg : xstrdup("bad request");
				msg = NULL;
				continue;
			}
		}
		res = NULL;
		rc = search_run(eng, &req, &res, &msg);
		if (rc == SEARCH_EQUERY) {
			q->error = msg ? msg : xstrdup("bad query");
			msg = NULL;
			continue;
		}
		if (rc != 0) {
			fprintf(stderr, "%s: query %s: %s\n", PROG, q->qid,
			    msg ? msg : "search failed");
			free(msg);
			search_engine_free(eng);
			return 3;
		}
		took = cJSON_GetObjectItemCaseSensitive(res, "took_ms");
		if (cJSON_IsNumber(took))
			q->took_ms = took->valuedouble;
		hits = cJSON_GetObjectItemCaseSensitive(res, "hits");
		rank = 0;
		cJSON_ArrayForEach(hit, hits) {
			id = cJSON_GetObjectItemCaseSensitive(hit, "id");
			score = cJSON_GetObjectItemCaseSensitive(hit, "score");
			if (!cJSON_IsString(id))
				continue;
			run_add(e->run, q->qid, id->valuestring,
			    cJSON_IsNumber(score) ? score->valuedouble : 0.0,
			    ++rank);
		}
		cJSON_Delete(res);
	}
	e->elapsed = now() - t0;
	search_engine_free(eng);
	for (i = 0; i < e->nq; i++)
		if (e->q[i].error != NULL)
			fprintf(stderr, "%s: query %s: %s (scored as no "
			    "results)\n", PROG, e->q[i].qid, e->q[i].error);
	return 0;
}

/* ---- Saved runs ---- */

/* Writes e->run to e->save_path; -1 (said) on failure. */
static int
save_run(struct eval *e)
{
	cJSON *root, *qs, *qo, *hits, *h;
	FILE *f;
	char *s;
	size_t i, j, k, n;
	int rc = 0;

	f = fopen(e->save_path, "w");
	if (f == NULL) {
		fprintf(stderr, "%s: %s: %s\n", PROG, e->save_path,
		    strerror(errno));
		return -1;
	}
	if (!ends_with(e->save_path, ".json")) {
		if (run_write_trec(f, e->run, e->run_name) != 0)
			rc = -1;
	} else {
		root = cJSON_CreateObject();
		cJSON_AddStringToObject(root, "format", "govsearch-run");
		cJSON_AddNumberToObject(root, "version", 1);
		cJSON_AddStringToObject(root, "run", e->run_name);
		cJSON_AddBoolToObject(root, "passages", e->passages);
		cJSON_AddNumberToObject(root, "limit", e->limit);
		qs = cJSON_AddArrayToObject(root, "queries");
		n = run_nqueries(e->run);
		for (i = 0; i < n; i++) {
			qo = cJSON_CreateObject();
			cJSON_AddStringToObject(qo, "qid", run_qid(e->run, i));
			for (k = 0; k < e->nq; k++)
				if (strcmp(e->q[k].qid, run_qid(e->run, i)) ==
				    0 && e->q[k].text != NULL)
					cJSON_AddStringToObject(qo, "query",
					    e->q[k].text);
			hits = cJSON_AddArrayToObject(qo, "hits");
			for (j = 0; j < run_ndocs(e->run, i); j++) {
				h = cJSON_CreateObject();
				cJSON_AddStringToObject(h, "id",
				    run_docno(e->run, i, j));
				cJSON_AddNumberToObject(h, "score",
				    run_score(e->run, i, j));
				cJSON_AddItemToArray(hits, h);
			}
			cJSON_AddItemToArray(qs, qo);
		}
		s = cJSON_Print(root);
		cJSON_Delete(root);
		if (s == NULL || fputs(s, f) == EOF || putc('\n', f) == EOF)
			rc = -1;
		cJSON_free(s);
	}
	if (fclose(f) != 0)
		rc = -1;
	if (rc != 0)
		fprintf(stderr, "%s: writing %s: %s\n", PROG, e->save_path,
		    strerror(errno ? errno : EIO));
	return rc;
}

/* Reads a run saved as JSON into *out; -1 (said) if it is not one. */
static int
load_json_run(const char *path, const char *data, struct run **out)
{
	const cJSON *qs, *qo, *qid, *hits, *h, *id, *score;
	const char *end = NULL;
	cJSON *root;
	long rank;

	root = cJSON_ParseWithOpts(data, &end, 1);
	qs = cJSON_GetObjectItemCaseSensitive(root, "queries");
	if (root == NULL || !cJSON_IsArray(qs)) {
		fprintf(stderr, "%s: %s: not a run saved by govsearch eval "
		    "(JSON with \"queries\")\n", PROG, path);
		cJSON_Delete(root);
		return -1;
	}
	*out = run_new();
	cJSON_ArrayForEach(qo, qs) {
		qid = cJSON_GetObjectItemCaseSensitive(qo, "qid");
		if (!cJSON_IsString(qid))
			continue;
		run_add_query(*out, qid->valuestring);
		hits = cJSON_GetObjectItemCaseSensitive(qo, "hits");
		rank = 0;
		cJSON_ArrayForEach(h, hits) {
			id = cJSON_GetObjectItemCaseSensitive(h, "id");
			score = cJSON_GetObjectItemCaseSensitive(h, "score");
			if (cJSON_IsString(id))
				run_add(*out, qid->valuestring, id->valuestring,
				    cJSON_IsNumber(score) ?
				    score->valuedouble : 0.0, ++rank);
		}
	}
	cJSON_Delete(root);
	return 0;
}

/*
 * Loads a run file, JSON (saved by --save) or TREC lines.  order is how
 * TREC lines are ranked.  Returns 0 or the exit status (said).
 */
static int
load_run(const char *path, int order, struct run **out)
{
	char *data = NULL, *msg = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	rc = util_read_file(path, &data, &len);
	if (rc != 0) {
		fprintf(stderr, "%s: %s: %s\n", PROG, path, strerror(-rc));
		return 2;
	}
	if (data[strspn(data, " \t\r\n")] == '{') {
		rc = load_json_run(path, data, out) == 0 ? 0 : 2;
	} else {
		rc = run_parse(data, len, out, &msg);
		if (rc != 0) {
			fprintf(stderr, "%s: %s: %s\n", PROG, path, msg);
			free(msg);
			rc = 2;
		} else {
			run_sort(*out, order);
		}
	}
	free(data);
	return rc;
}

/* ---- Output ---- */

static const char *
query_text(const struct eval *e, const char *qid)
{
	size_t i;

	for (i = 0; i < e->nq; i++)
		if (strcmp(e->q[i].qid, qid) == 0)
			return e->q[i].text;
	return NULL;
}

/* Prints at most max bytes of s, cut at a UTF-8 character boundary. */
static void
put_cut(FILE *f, const char *s, size_t max)
{
	size_t n = strlen(s);

	if (n <= max) {
		fputs(s, f);
		return;
	}
	n = max - 3;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	fprintf(f, "%.*s...", (int)n, s);
}

static size_t
col_width(const struct metric *m)
{
	size_t w = strlen(m->name);

	return w < 6 ? 6 : w;
}

static void
print_table(const struct eval *e, FILE *f)
{
	const struct metrics_eval *ev = e->ev;
	const struct metrics_row *row;
	const char *text;
	size_t w = 3, i, k;

	for (i = 0; i < ev->nrows; i++)
		if (strlen(ev->rows[i].qid) > w)
			w = strlen(ev->rows[i].qid);
	fprintf(f, "%-*s", (int)w, "qid");
	for (k = 0; k < e->nm; k++)
		fprintf(f, "  %*s", (int)col_width(&e->m[k]), e->m[k].name);
	fprintf(f, "  %5s  %5s%s\n", "rel", "ret", e->nq > 0 ? "  query" :
	    "");
	for (i = 0; i < ev->nrows && !e->summary; i++) {
		row = &ev->rows[i];
		fprintf(f, "%-*s", (int)w, row->qid);
		for (k = 0; k < e->nm; k++)
			fprintf(f, "  %*.4f", (int)col_width(&e->m[k]),
			    row->v[k]);
		fprintf(f, "  %5zu  %5zu", row->num_rel, row->num_ret);
		text = query_text(e, row->qid);
		if (text != NULL) {
			fputs("  ", f);
			put_cut(f, text, QUERY_COLUMN);
		}
		putc('\n', f);
	}
	fprintf(f, "%-*s", (int)w, "all");
	for (k = 0; k < e->nm; k++)
		fprintf(f, "  %*.4f", (int)col_width(&e->m[k]), ev->mean[k]);
	fprintf(f, "  %5s  %5s  %zu queries", "", "", ev->nrows);
	if (ev->nskipped > 0)
		fprintf(f, " (%zu without judgments left out)", ev->nskipped);
	putc('\n', f);
}

/* One query's change under --compare. */
struct change {
	const char *qid;	/* borrowed */
	double now, saved;
};

static int
cmp_change(const void *a, const void *b)
{
	const struct change *x = a, *y = b;
	double dx = fabs(x->now - x->saved), dy = fabs(y->now - y->saved);

	if (dx != dy)
		return dx > dy ? -1 : 1;
	return strcmp(x->qid, y->qid);
}

/*
 * The queries scored in both runs, split into better (now > saved) and
 * worse, each sorted by the size of the change.  Returns how many
 * unchanged.
 */
static size_t
changes(const struct eval *e, struct change **better, size_t *nbetter,
    struct change **worse, size_t *nworse)
{
	const struct metrics_row *r, *s;
	size_t i, same = 0;

	*better = xcalloc(e->ev->nrows + 1, sizeof(**better));
	*worse = xcalloc(e->ev->nrows + 1, sizeof(**worse));
	*nbetter = *nworse = 0;
	for (i = 0; i < e->ev->nrows; i++) {
		r = &e->ev->rows[i];
		s = metrics_eval_find(e->saved_ev, r->qid);
		if (s == NULL)
			continue;
		if (fabs(r->v[e->by_index] - s->v[e->by_index]) < SAME_EPS) {
			same++;
			continue;
		}
		if (r->v[e->by_index] > s->v[e->by_index])
			(*better)[(*nbetter)++] = (struct change){ r->qid,
			    r->v[e->by_index], s->v[e->by_index] };
		else
			(*worse)[(*nworse)++] = (struct change){ r->qid,
			    r->v[e->by_index], s->v[e->by_index] };
	}
	qsort(*better, *nbetter, sizeof(**better), cmp_change);
	qsort(*worse, *nworse, sizeof(**worse), cmp_change);
	return same;
}

static void
print_changes(const struct eval *e, FILE *f, const char *title,
    const struct change *c, size_t n)
{
	const char *text;
	size_t i, w = 3;

	fprintf(f, "%s (%zu):\n", title, n);
	for (i = 0; i < n; i++)
		if (strlen(c[i].qid) > w)
			w = strlen(c[i].qid);
	for (i = 0; i < n; i++) {
		fprintf(f, "  %-*s  %.4f -> %.4f  %+.4f  ", (int)w, c[i].qid,
		    c[i].saved, c[i].now, c[i].now - c[i].saved);
		text = query_text(e, c[i].qid);
		if (text != NULL)
			put_cut(f, text, QUERY_COLUMN);
		putc('\n', f);
	}
}

static void
print_compare(const struct eval *e, FILE *f)
{
	struct change *better, *worse;
	size_t nb, nw, same, k;

	same = changes(e, &better, &nb, &worse, &nw);
	fprintf(f, "\ncompared with %s, by %s:\n", e->compare_path,
	    e->m[e->by_index].name);
	fprintf(f, "  %-12s  %8s  %8s  %8s\n", "", "saved", "this", "change");
	for (k = 0; k < e->nm; k++)
		fprintf(f, "  %-12s  %8.4f  %8.4f  %+8.4f\n", e->m[k].name,
		    e->saved_ev->mean[k], e->ev->mean[k],
		    e->ev->mean[k] - e->saved_ev->mean[k]);
	print_changes(e, f, "better", better, nb);
	print_changes(e, f, "worse", worse, nw);
	fprintf(f, "unchanged: %zu\n", same);
	free(better);
	free(worse);
}

static cJSON *
changes_json(const struct change *c, size_t n)
{
	cJSON *a = cJSON_CreateArray(), *o;
	size_t i;

	for (i = 0; i < n; i++) {
		o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "qid", c[i].qid);
		cJSON_AddNumberToObject(o, "saved", c[i].saved);
		cJSON_AddNumberToObject(o, "this", c[i].now);
		cJSON_AddNumberToObject(o, "change", c[i].now - c[i].saved);
		cJSON_AddItemToArray(a, o);
	}
	return a;
}

static cJSON *
compare_json(const struct eval *e)
{
	struct change *better, *worse;
	cJSON *c, *mean, *o;
	size_t nb, nw, same, k;

	same = changes(e, &better, &nb, &worse, &nw);
	c = cJSON_CreateObject();
	cJSON_AddStringToObject(c, "run", e->compare_path);
	cJSON_AddStringToObject(c, "by", e->m[e->by_index].name);
	mean = cJSON_AddObjectToObject(c, "mean");
	for (k = 0; k < e->nm; k++) {
		o = cJSON_AddObjectToObject(mean, e->m[k].name);
		cJSON_AddNumberToObject(o, "saved", e->saved_ev->mean[k]);
		cJSON_AddNumberToObject(o, "this", e->ev->mean[k]);
		cJSON_AddNumberToObject(o, "change",
		    e->ev->mean[k] - e->saved_ev->mean[k]);
	}
	cJSON_AddItemToObject(c, "better", changes_json(better, nb));
	cJSON_AddItemToObject(c, "worse", changes_json(worse, nw));
	cJSON_AddNumberToObject(c, "unchanged", (double)same);
	free(better);
	free(worse);
	return c;
}

/* Writes the JSON report; -1 when writing fails. */
static int
print_json(const struct eval *e, FILE *f)
{
	const struct metrics_eval *ev = e->ev;
	const struct metrics_row *row;
	cJSON *root, *a, *o, *mean;
	const char *text;
	char *s;
	size_t i, k;
	int rc = 0;

	root = cJSON_CreateObject();
	a = cJSON_AddArrayToObject(root, "metrics");
	for (k = 0; k < e->nm; k++) {
		o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "name", e->m[k].name);
		cJSON_AddStringToObject(o, "trec_eval", e->m[k].trec);
		cJSON_AddItemToArray(a, o);
	}
	cJSON_AddNumberToObject(root, "queries", (double)ev->nrows);
	mean = cJSON_AddObjectToObject(root, "mean");
	for (k = 0; k < e->nm; k++)
		cJSON_AddNumberToObject(mean, e->m[k].name, ev->mean[k]);
	a = cJSON_AddArrayToObject(root, "per_query");
	for (i = 0; i < ev->nrows; i++) {
		row = &ev->rows[i];
		o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "qid", row->qid);
		text = query_text(e, row->qid);
		if (text != NULL)
			cJSON_AddStringToObject(o, "query", text);
		else
			cJSON_AddNullToObject(o, "query");
		cJSON_AddNumberToObject(o, "num_rel", (double)row->num_rel);
		cJSON_AddNumberToObject(o, "num_ret", (double)row->num_ret);
		cJSON_AddNumberToObject(o, "num_rel_ret",
		    (double)row->num_rel_ret);
		for (k = 0; k < e->nm; k++)
			cJSON_AddNumberToObject(o, e->m[k].name, row->v[k]);
		cJSON_AddItemToArray(a, o);
	}
	a = cJSON_AddArrayToObject(root, "skipped");
	for (i = 0; i < ev->nskipped; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(ev->skipped[i]));
	a = cJSON_AddArrayToObject(root, "failed");
	for (i = 0; i < e->nq; i++) {
		if (e->q[i].error == NULL)
			continue;
		o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "qid", e->q[i].qid);
		cJSON_AddStringToObject(o, "error", e->q[i].error);
		cJSON_AddItemToArray(a, o);
	}
	o = cJSON_AddObjectToObject(root, "run");
	if (e->run_path != NULL) {
		cJSON_AddStringToObject(o, "file", e->run_path);
	} else {
		cJSON_AddNumberToObject(o, "limit", e->limit);
		cJSON_AddBoolToObject(o, "passages", e->passages);
		cJSON_AddNumberToObject(o, "seconds", e->elapsed);
		cJSON_AddNumberToObject(o, "queries_per_second",
		    e->elapsed > 0 ? (double)e->nq / e->elapsed : 0.0);
	}
	if (e->saved_ev != NULL)
		cJSON_AddItemToObject(root, "compare", compare_json(e));
	s = cJSON_Print(root);
	cJSON_Delete(root);
	if (s == NULL || fputs(s, f) == EOF || putc('\n', f) == EOF)
		rc = -1;
	cJSON_free(s);
	return rc;
}

/* ---- Main ---- */

static int
parse_limit(const char *s, unsigned *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || s[0] == '-' || v < 1 ||
	    v > SEARCH_MAX_LIMIT) {
		fprintf(stderr, "%s: --limit: '%s' is not a number from 1 to "
		    "%u\n", PROG, s, SEARCH_MAX_LIMIT);
		return -1;
	}
	*out = (unsigned)v;
	return 0;
}

/*
 * Parses the command line into e.  Returns -1 to go on, or the exit
 * status.
 */
static int
parse_args(struct eval *e, int argc, char **argv)
{
	const char *env;
	char *msg = NULL;
	size_t k;
	int c;

	e->limit = DEFAULT_LIMIT;
	e->smooth = SMOOTH_ALPHA;
	e->metrics_list = METRICS_DEFAULT;
	e->run_name = "govsearch";
	optind = 1;
	for (;;) {
		c = getopt_long(argc, argv, "d:n:hV", longopts, NULL);
		if (c == -1)
			break;
		switch (c) {
		case 'd':
			if (e->ndbs == MAX_DBS) {
				fprintf(stderr, "%s: too many --db\n", PROG);
				return 2;
			}
			e->dbs[e->ndbs++] = optarg;
			break;
		case 'n':
			if (parse_limit(optarg, &e->limit) != 0)
				return 2;
			break;
		case OPT_QUERIES:
			e->queries_path = optarg;
			break;
		case OPT_QRELS:
			e->qrels_path = optarg;
			break;
		case OPT_METRICS:
			e->metrics_list = optarg;
			break;
		case OPT_PASSAGES:
			e->passages = 1;
			break;
		case OPT_JSON:
			e->json = 1;
			break;
		case OPT_SUMMARY:
			e->summary = 1;
			break;
		case OPT_SAVE:
			e->save_path = optarg;
			break;
		case OPT_COMPARE:
			e->compare_path = optarg;
			break;
		case OPT_BY:
			e->by = optarg;
			break;
		case OPT_RUN:
			e->run_path = optarg;
			break;
		case OPT_RUN_NAME:
			if (optarg[0] == '\0' || strpbrk(optarg, " \t\n")) {
				fprintf(stderr, "%s: --run-name: one word, "
				    "please\n", PROG);
				return 2;
			}
			e->run_name = optarg;
			break;
		case OPT_COMPLETE:
			e->complete = 1;
			break;
		case OPT_STOPWORDS:
			e->stopwords = optarg;
			break;
		case OPT_SMOOTH:
			if (smooth_alpha_parse(optarg, &e->smooth) != 0) {
				fprintf(stderr, "%s: --smooth: '%s' is not a "
				    "number from 0 to %g\n", PROG, optarg,
				    SMOOTH_ALPHA_MAX);
				return 2;
			}
			break;
		case 'h':
			usage(stdout);
			return fflush(stdout) == 0 ? 0 : 3;
		case 'V':
			printf("govsearch %s\n", PACKAGE_VERSION);
			return fflush(stdout) == 0 ? 0 : 3;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "%s: unexpected argument '%s'\n", PROG,
		    argv[optind]);
		usage(stderr);
		return 2;
	}
	if (e->qrels_path == NULL) {
		fprintf(stderr, "%s: give the judgments with --qrels FILE\n",
		    PROG);
		return 2;
	}
	if (e->run_path == NULL) {
		if (e->queries_path == NULL) {
			fprintf(stderr, "%s: give the queries with --queries "
			    "FILE (or a run to score with --run)\n", PROG);
			return 2;
		}
		if (e->ndbs == 0) {
			env = getenv("GOVSEARCH_DB");
			if (env != NULL && *env != '\0')
				e->dbs[e->ndbs++] = env;
		}
		if (e->ndbs == 0) {
			fprintf(stderr, "%s: no database: give --db DIR (or "
			    "set GOVSEARCH_DB)\n", PROG);
			return 2;
		}
	} else if (e->ndbs > 0) {
		fprintf(stderr, "%s: --run scores a run file; --db is not "
		    "used with it\n", PROG);
		return 2;
	}
	if (e->complete && e->run_path == NULL) {
		fprintf(stderr, "%s: --complete goes with --run (a query "
		    "run here always counts)\n", PROG);
		return 2;
	}
	if (metrics_parse(e->metrics_list, e->m, METRICS_MAX, &e->nm,
	    &msg) != 0) {
		fprintf(stderr, "%s: --metrics: %s\n", PROG, msg);
		free(msg);
		return 2;
	}
	e->by_index = 0;
	for (k = 0; k < e->nm; k++)
		if (strcmp(e->m[k].name, "ndcg@10") == 0)
			e->by_index = k;
	if (e->by != NULL) {
		struct metric one[METRICS_MAX];
		size_t n = 0;

		if (metrics_parse(e->by, one, METRICS_MAX, &n, &msg) != 0 ||
		    n != 1) {
			fprintf(stderr, "%s: --by: %s\n", PROG, msg ? msg :
			    "one measure, please");
			free(msg);
			return 2;
		}
		for (k = 0; k < e->nm; k++)
			if (strcmp(e->m[k].name, one[0].name) == 0)
				break;
		if (k == e->nm) {
			fprintf(stderr, "%s: --by: %s is not among the "
			    "measures (--metrics)\n", PROG, one[0].name);
			return 2;
		}
		e->by_index = k;
	}
	return -1;
}

int
eval_main(int argc, char **argv)
{
	struct eval e;
	char *msg = NULL;
	size_t i;
	int rc, status;

	memset(&e, 0, sizeof(e));
	status = parse_args(&e, argc, argv);
	if (status >= 0)
		return status;
	status = 2;
	rc = qrels_load(e.qrels_path, &e.qrels, &msg);
	if (rc != 0) {
		fprintf(stderr, "%s: %s\n", PROG, msg);
		free(msg);
		goto out;
	}
	if (e.run_path != NULL) {
		/* Somebody else's run: rank it as trec_eval would. */
		status = load_run(e.run_path, RUN_ORDER_TREC, &e.run);
		if (status != 0)
			goto out;
	} else {
		if (read_queries(&e) != 0)
			goto out;
		status = run_queries(&e);
		if (status != 0)
			goto out;
	}
	status = 2;
	rc = metrics_evaluate(e.qrels, e.run, e.m, e.nm,
	    e.complete ? METRICS_COMPLETE : 0, &e.ev, &msg);
	if (rc != 0) {
		fprintf(stderr, "%s: %s\n", PROG, msg);
		free(msg);
		goto out;
	}
	if (e.compare_path != NULL) {
		/* Our own saved run: its ranks are the order it had. */
		status = load_run(e.compare_path, RUN_ORDER_RANK, &e.saved);
		if (status != 0)
			goto out;
		/*
		 * TREC lines cannot hold a query that found nothing: such a
		 * query, absent from the file, found nothing then too.
		 */
		for (i = 0; i < run_nqueries(e.run); i++)
			run_add_query(e.saved, run_qid(e.run, i));
		status = 2;
		rc = metrics_evaluate(e.qrels, e.saved, e.m, e.nm, 0,
		    &e.saved_ev, &msg);
		if (rc != 0) {
			fprintf(stderr, "%s: %s: %s\n", PROG, e.compare_path,
			    msg);
			free(msg);
			goto out;
		}
	}
	if (e.save_path != NULL && save_run(&e) != 0) {
		status = 3;
		goto out;
	}
	if (e.ev->nskipped > 0 && !e.json) {
		fprintf(stderr, "%s: %zu %s no judgments in %s, left out:",
		    PROG, e.ev->nskipped, e.ev->nskipped == 1 ?
		    "query has" : "queries have", e.qrels_path);
		for (i = 0; i < e.ev->nskipped && i < 10; i++)
			fprintf(stderr, " %s", e.ev->skipped[i]);
		fprintf(stderr, "%s\n", e.ev->nskipped > 10 ? " ..." : "");
	}
	if (e.json) {
		rc = print_json(&e, stdout);
	} else {
		print_table(&e, stdout);
		if (e.saved_ev != NULL)
			print_compare(&e, stdout);
		rc = 0;
	}
	if (rc != 0 || fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "%s: writing the report: %s\n", PROG,
		    strerror(errno ? errno : EIO));
		status = 3;
		goto out;
	}
	if (e.ev->nrows == 0) {
		fprintf(stderr, "%s: no query has judgments in %s\n", PROG,
		    e.qrels_path);
		status = 1;
		goto out;
	}
	status = 0;
out:
	eval_free(&e);
	return status;
}
