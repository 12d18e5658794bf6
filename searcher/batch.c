/*
 * batch.c: many queries, one database opening per thread, answers in
 * input order.  Lines are read in chunks; the threads take the queries of
 * a chunk one by one and the main thread writes the chunk out in order
 * once all its queries are answered.
 */
#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "decisions.h"
#include "output.h"
#include "search.h"
#include "util.h"

#define CHUNK		1024	/* queries read, then answered */
#define MAX_JOBS	64

/* One input line and its answer. */
struct job {
	unsigned long lineno;
	char *line;		/* owned: the line, without its newline */
	cJSON *req_json;	/* owned: the parsed JSON line, or NULL */
	cJSON *id;		/* owned: the id to echo */
	char *qid;		/* owned: the id as TREC text */
	char *out;		/* owned: the answer, ready to write */
	int out_cjson;		/* 1: out is freed with cJSON_free */
	char *err;		/* owned: why the line has no answer */
	int bad;		/* 1 query error, 2 database error */
};

struct pool {
	const struct batch_opts *opts;
	struct search_engine **eng;	/* one per worker */
	struct job *jobs;
	size_t njobs;
	size_t next;			/* next job to take */
	pthread_mutex_t lock;
};

/* The id as TREC wants it: a string without blanks. */
static char *
id_text(const cJSON *id)
{
	char *s;

	if (cJSON_IsString(id))
		return xstrdup(id->valuestring);
	if (cJSON_IsNumber(id) &&
	    id->valuedouble == (double)(long)id->valuedouble)
		return xasprintf("%ld", (long)id->valuedouble);
	s = cJSON_PrintUnformatted(id);
	if (s == NULL)
		return xstrdup("?");
	return s;
}

static void
job_error(struct job *j, const char *msg, int bad)
{
	j->bad = bad;
	j->err = xstrdup(msg);
}

/*
 * The line's "decisions" (absent or null: the default).  -1 when it is
 * not a boolean.
 */
static int
line_decisions(const cJSON *obj, int dflt)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, "decisions");

	if (it == NULL || cJSON_IsNull(it))
		return dflt;
	return cJSON_IsBool(it) ? cJSON_IsTrue(it) : -1;
}

/* Answers one line with engine eng. */
static void
answer(struct search_engine *eng, const struct batch_opts *opts,
    struct job *j)
{
	struct search_request req;
	cJSON *res = NULL, *idj, *log;
	char *msg = NULL, *tab, *line = j->line;
	size_t end = 0;
	const char *parse_end = NULL;
	int rc, decisions = opts->decisions;

	req = *opts->defaults;
	req.query = NULL;
	j->id = cJSON_CreateNumber((double)j->lineno);
	if (line[0] == '{') {
		j->req_json = cJSON_ParseWithOpts(line, &parse_end, 1);
		if (j->req_json == NULL) {
			end = parse_end ? (size_t)(parse_end - line) : 0;
			msg = xasprintf("bad JSON at byte %zu", end + 1);
			job_error(j, msg, 1);
			free(msg);
			return;
		}
		idj = cJSON_GetObjectItemCaseSensitive(j->req_json, "id");
		if (idj != NULL) {
			cJSON_Delete(j->id);
			j->id = cJSON_Duplicate(idj, 1);
		}
		rc = search_request_from_json(&req, j->req_json, &msg);
		if (rc != 0) {
			job_error(j, msg ? msg : "bad request", 1);
			free(msg);
			return;
		}
		decisions = line_decisions(j->req_json, decisions);
		if (decisions < 0) {
			job_error(j, "bad field: \"decisions\" must be true or "
			    "false", 1);
			return;
		}
	} else if (strchr(line, '\t') != NULL) {
		tab = strchr(line, '\t');
		*tab = '\0';
		cJSON_Delete(j->id);
		j->id = cJSON_CreateString(line);
		req.query = tab + 1;
	} else {
		req.query = line;
	}
	j->qid = id_text(j->id);
	if (decisions)
		decisions_request(&req);
	else if (opts->trec)
		req.ids_only = 1;	/* a run line shows nothing else */
	rc = search_run(eng, &req, &res, &msg);
	if (rc != 0) {
		job_error(j, msg ? msg : "search failed",
		    rc == SEARCH_EQUERY ? 1 : 2);
		free(msg);
		return;
	}
	if (opts->trec) {
		/* TREC lines are made here, on the worker. */
		FILE *mem;
		char *data = NULL;
		size_t len = 0;

		mem = open_memstream(&data, &len);
		if (mem == NULL || output_trec(mem, res, j->qid, opts->run) != 0
		    || fclose(mem) != 0) {
			fprintf(stderr, "govsearch: out of memory\n");
			exit(3);
		}
		j->out = data;
		cJSON_Delete(res);
		return;
	}
	if (decisions) {
		/* The JSON of --decisions --json, as the CLI prints it. */
		log = decisions_log(res);
		cJSON_Delete(res);
		res = log;
	}
	j->out = output_batch_line(j->id, res, NULL, NULL);
	j->out_cjson = 1;
}

static void *
worker(void *arg)
{
	struct pool *p = ((void **)arg)[0];
	struct search_engine *eng = ((void **)arg)[1];
	size_t k;

	for (;;) {
		pthread_mutex_lock(&p->lock);
		k = p->next++;
		pthread_mutex_unlock(&p->lock);
		if (k >= p->njobs)
			break;
		answer(eng, p->opts, &p->jobs[k]);
	}
	return NULL;
}

static void
job_free(struct job *j)
{
	free(j->line);
	cJSON_Delete(j->req_json);
	cJSON_Delete(j->id);
	free(j->qid);
	free(j->err);
	if (j->out_cjson)
		cJSON_free(j->out);
	else
		free(j->out);
	memset(j, 0, sizeof(*j));
}

/* Answers jobs[0..n) on the pool's engines. */
static void
answer_all(struct pool *p, unsigned nthreads)
{
	pthread_t tid[MAX_JOBS];
	void *args[MAX_JOBS][2];
	unsigned t, started = 0;

	p->next = 0;
	if (nthreads <= 1 || p->njobs <= 1) {
		args[0][0] = p;
		args[0][1] = p->eng[0];
		worker(args[0]);
		return;
	}
	for (t = 0; t < nthreads; t++) {
		args[t][0] = p;
		args[t][1] = p->eng[t];
		if (pthread_create(&tid[t], NULL, worker, args[t]) != 0)
			break;
		started++;
	}
	if (started == 0) {
		worker(args[0]);
		return;
	}
	for (t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
}

/* Writes the answers in order; diagnostics for TREC mode errors. */
static int
write_all(FILE *out, struct pool *p, struct batch_stats *st)
{
	struct job *j;
	size_t k;

	for (k = 0; k < p->njobs; k++) {
		j = &p->jobs[k];
		if (j->bad == 1)
			st->bad++;
		else if (j->bad == 2)
			st->dberr++;
		if (j->bad && p->opts->trec) {
			fprintf(stderr, "govsearch: line %lu: %s\n", j->lineno,
			    j->err);
			continue;
		}
		if (j->bad) {
			j->out = output_batch_line(j->id, NULL, j->err,
			    j->bad == 1 ? "query" : "database");
			j->out_cjson = 1;
		}
		if (j->out == NULL)
			continue;
		if (fputs(j->out, out) == EOF)
			return -1;
		if (!p->opts->trec && putc('\n', out) == EOF)
			return -1;
	}
	return fflush(out) == 0 ? 0 : -1;
}

static unsigned
default_jobs(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (unsigned)n;
}

int
batch_run(FILE *in, FILE *out, const struct batch_opts *opts,
    struct batch_stats *stats, char **errmsg)
{
	struct batch_stats st = { 0, 0, 0 };
	struct pool p;
	unsigned nthreads, t;
	unsigned long lineno = 0;
	char *line = NULL;
	size_t cap = 0, k;
	ssize_t n;
	int rc = 0, eof = 0;

	memset(&p, 0, sizeof(p));
	p.opts = opts;
	nthreads = opts->jobs ? opts->jobs : default_jobs();
	if (nthreads > MAX_JOBS)
		nthreads = MAX_JOBS;
	p.eng = xcalloc(nthreads, sizeof(*p.eng));
	for (t = 0; t < nthreads; t++) {
		p.eng[t] = search_engine_open(opts->engine, &rc, errmsg);
		if (p.eng[t] == NULL)
			goto out;
	}
	pthread_mutex_init(&p.lock, NULL);
	p.jobs = xcalloc(CHUNK, sizeof(*p.jobs));
	while (!eof) {
		p.njobs = 0;
		while (p.njobs < CHUNK) {
			errno = 0;
			n = getline(&line, &cap, in);
			if (n < 0) {
				if (ferror(in)) {
					if (errmsg != NULL)
						*errmsg = xasprintf("reading "
						    "queries: %s",
						    strerror(errno));
					rc = BATCH_EREAD;
					goto done;
				}
				eof = 1;
				break;
			}
			lineno++;
			while (n > 0 && (line[n - 1] == '\n' ||
			    line[n - 1] == '\r'))
				line[--n] = '\0';
			if (strspn(line, " \t") == (size_t)n)
				continue;
			p.jobs[p.njobs].lineno = lineno;
			p.jobs[p.njobs].line = xstrndup(line, (size_t)n);
			p.njobs++;
		}
		if (p.njobs == 0)
			break;
		st.lines += p.njobs;
		answer_all(&p, nthreads);
		if (write_all(out, &p, &st) != 0) {
			if (errmsg != NULL)
				*errmsg = xasprintf("writing results: %s",
				    strerror(errno));
			rc = BATCH_EWRITE;
			goto done;
		}
		for (k = 0; k < p.njobs; k++)
			job_free(&p.jobs[k]);
	}
	rc = 0;
done:
	for (k = 0; k < p.njobs; k++)
		job_free(&p.jobs[k]);
	free(p.jobs);
	pthread_mutex_destroy(&p.lock);
out:
	for (t = 0; t < nthreads; t++)
		search_engine_free(p.eng[t]);
	free(p.eng);
	free(line);
	if (stats != NULL)
		*stats = st;
	return rc;
}
