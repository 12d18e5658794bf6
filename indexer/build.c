/*
 * build.c: the indexing mode of govindex.
 *
 * Pipeline: reader threads take whole files in name order and parse them
 * into records; builder threads turn records into Xapian documents (term
 * generation is the CPU work that parallelises); the calling thread is the
 * one writer, since a Xapian database has a single writer.  The writer
 * stores records in input order (file, then position in the file), so two
 * runs on the same input give the same document ids and the same ties in
 * ranking.  Queues are bounded and readers of later files wait while too
 * many records are outstanding, so memory stays bounded however large the
 * input or however slow one file is.
 */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "build.h"
#include "index.h"
#include "reader.h"
#include "record.h"
#include "util.h"

/* Records handed to builders and not yet written, before later files wait. */
#define MAX_OUTSTANDING	512
/* Capacity of each queue. */
#define QUEUE_CAP	128
/* Seconds between two progress lines. */
#define PROGRESS_EVERY	0.5
/* Rejected pieces reported one by one before the rest are only counted. */
#define MAX_REJECT_MSGS	20
/* More threads than this only add contention for the one writer. */
#define MAX_JOBS	64
/* Directories deeper than this are not followed (symbolic link loops). */
#define MAX_DEPTH	64

static volatile sig_atomic_t got_signal;

static void
on_signal(int sig)
{
	got_signal = sig;
}

/* ==== A bounded blocking queue of pointers ==== */

struct queue {
	void **v;		/* owned ring of cap slots */
	size_t cap, head, n;
	int closed;		/* no more pushes: pop gives NULL */
	pthread_mutex_t mu;
	pthread_cond_t nonempty, nonfull;
};

static void
queue_init(struct queue *q, size_t cap)
{
	memset(q, 0, sizeof *q);
	q->v = xreallocarray(NULL, cap, sizeof *q->v);
	q->cap = cap;
	pthread_mutex_init(&q->mu, NULL);
	pthread_cond_init(&q->nonempty, NULL);
	pthread_cond_init(&q->nonfull, NULL);
}

static void
queue_destroy(struct queue *q)
{
	free(q->v);
	pthread_mutex_destroy(&q->mu);
	pthread_cond_destroy(&q->nonempty);
	pthread_cond_destroy(&q->nonfull);
}

static void
queue_push(struct queue *q, void *p)
{
	pthread_mutex_lock(&q->mu);
	while (q->n == q->cap)
		pthread_cond_wait(&q->nonfull, &q->mu);
	q->v[(q->head + q->n) % q->cap] = p;
	q->n++;
	pthread_cond_signal(&q->nonempty);
	pthread_mutex_unlock(&q->mu);
}

/* The next pointer, or NULL once the queue is closed and empty. */
static void *
queue_pop(struct queue *q)
{
	void *p = NULL;

	pthread_mutex_lock(&q->mu);
	while (q->n == 0 && !q->closed)
		pthread_cond_wait(&q->nonempty, &q->mu);
	if (q->n > 0) {
		p = q->v[q->head];
		q->head = (q->head + 1) % q->cap;
		q->n--;
		pthread_cond_signal(&q->nonfull);
	}
	pthread_mutex_unlock(&q->mu);
	return p;
}

static void
queue_close(struct queue *q)
{
	pthread_mutex_lock(&q->mu);
	q->closed = 1;
	pthread_cond_broadcast(&q->nonempty);
	pthread_mutex_unlock(&q->mu);
}

/* ==== Inputs ==== */

struct bfile {
	char *path;		/* owned: absolute, or "-" */
	unsigned long long size;
	size_t id_root;		/* bytes of path before what ids name */
};

struct flist {
	struct bfile *v;	/* owned */
	size_t n;
	unsigned long long bytes;
	int errors;		/* paths that could not be read */
};

static void
flist_add(struct flist *l, char *path, unsigned long long size,
    size_t id_root)
{
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	l->v[l->n].path = path;
	l->v[l->n].size = size;
	l->v[l->n].id_root = id_root;
	l->n++;
	l->bytes += size;
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/*
 * Adds path, or every file under it in name order.  Hidden files and the
 * reader's NAME.meta.json sidecars are skipped inside directories (a
 * sidecar describes its neighbour; it is not a record).
 */
static void
walk(const char *prog, const char *path, int depth, int top,
    const char *root, struct flist *l)
{
	struct stat st;
	struct dirent *de;
	char **names = NULL, *full, *abs, *own_root = NULL;
	size_t n = 0, i, id_root = 0, rl;
	DIR *d;

	if (stat(path, &st) != 0) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		l->errors++;
		return;
	}
	if (S_ISREG(st.st_mode)) {
		/* Absolute, so --delete-missing works from any directory. */
		abs = realpath(path, NULL);
		/* ids name the file from the directory given down */
		if (abs != NULL && root != NULL && (rl = strlen(root)) > 0 &&
		    strncmp(abs, root, rl) == 0 && abs[rl] == '/')
			id_root = rl + 1;
		flist_add(l, abs != NULL ? abs : xstrdup(path),
		    (unsigned long long)st.st_size, id_root);
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		if (top) {
			fprintf(stderr, "%s: %s: not a file or directory\n",
			    prog, path);
			l->errors++;
		}
		return;
	}
	if (depth > MAX_DEPTH) {
		fprintf(stderr, "%s: %s: too deep, not followed\n", prog, path);
		l->errors++;
		return;
	}
	d = opendir(path);
	if (d == NULL) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		l->errors++;
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || ends_with(de->d_name, ".meta.json"))
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_names);
	if (root == NULL)
		root = own_root = realpath(path, NULL);
	for (i = 0; i < n; i++) {
		full = xasprintf("%s%s%s", path,
		    ends_with(path, "/") ? "" : "/", names[i]);
		walk(prog, full, depth + 1, 0, root, l);
		free(full);
		free(names[i]);
	}
	free(names);
	free(own_root);
}

/* ==== The pipeline ==== */

enum { JOB_RECORD = 0, JOB_END };

struct job {
	int kind;
	size_t file;		/* index in the file list */
	unsigned long seq;	/* record: position in its file; end: count */
	struct record *rec;	/* owned until built (written, if borrowed) */
	struct index_out *out;	/* owned until written */
	unsigned long rejected;	/* end: pieces the reader rejected */
	int failed;		/* end: the file could not be read */
};

struct run {
	const struct build_opts *o;
	struct index *ix;
	struct flist files;
	struct queue recq, docq;

	pthread_mutex_t mu;	/* guards the fields below */
	pthread_cond_t moved;	/* the writer moved on a file or record */
	size_t next_file;	/* the next file a reader takes */
	size_t writer_file;	/* the file the writer is storing */
	unsigned long outstanding; /* records read and not yet written */
	unsigned readers_left, builders_left;
	atomic_int fatal;	/* a writer failed: stop reading */
	unsigned long rejects_shown;
};

struct reader_ctx {
	struct run *run;
	size_t file;
	unsigned long seq;
};

static int
stopping(struct run *r)
{
	return got_signal != 0 || r->fatal;
}

static int
on_record(void *ctx, struct record *rec)
{
	struct reader_ctx *c = ctx;
	struct run *r = c->run;
	struct job *j;

	pthread_mutex_lock(&r->mu);
	/* The file the writer waits for is never held back. */
	while (!stopping(r) && c->file != r->writer_file &&
	    r->outstanding >= MAX_OUTSTANDING)
		pthread_cond_wait(&r->moved, &r->mu);
	if (stopping(r)) {
		pthread_mutex_unlock(&r->mu);
		record_free(rec);
		return 1;
	}
	r->outstanding++;
	pthread_mutex_unlock(&r->mu);

	j = xcalloc(1, sizeof *j);
	j->kind = JOB_RECORD;
	j->file = c->file;
	j->seq = c->seq++;
	j->rec = rec;
	queue_push(&r->recq, j);
	return 0;
}

static void
on_reject(void *ctx, const char *path, unsigned long line,
    unsigned long long offset, const char *msg)
{
	struct reader_ctx *c = ctx;
	struct run *r = c->run;
	unsigned long n;

	pthread_mutex_lock(&r->mu);
	n = ++r->rejects_shown;
	pthread_mutex_unlock(&r->mu);
	if (r->o->quiet || n > MAX_REJECT_MSGS)
		return;
	if (line > 0)
		fprintf(stderr, "%s: %s:%lu: rejected: %s\n", r->o->progname,
		    path, line, msg);
	else
		fprintf(stderr, "%s: %s: byte %llu: rejected: %s\n",
		    r->o->progname, path, offset, msg);
	if (n == MAX_REJECT_MSGS)
		fprintf(stderr, "%s: further rejected input is only "
		    "counted\n", r->o->progname);
}

static void *
reader_thread(void *arg)
{
	struct run *r = arg;
	struct reader_ctx c;
	struct job *j;
	struct reader_opts ro;
	unsigned long nrej;
	char *err;
	int rc;

	for (;;) {
		pthread_mutex_lock(&r->mu);
		if (stopping(r) || r->next_file >= r->files.n) {
			pthread_mutex_unlock(&r->mu);
			break;
		}
		c.file = r->next_file++;
		pthread_mutex_unlock(&r->mu);
		c.run = r;
		c.seq = 0;
		nrej = 0;
		err = NULL;
		ro = r->o->reader;
		ro.id_root = r->files.v[c.file].id_root;
		rc = reader_read(r->files.v[c.file].path, &ro,
		    on_record, on_reject, &c, &nrej, &err);
		if (rc < 0)
			fprintf(stderr, "%s: %s\n", r->o->progname,
			    err ? err : "cannot read");
		free(err);
		j = xcalloc(1, sizeof *j);
		j->kind = JOB_END;
		j->file = c.file;
		j->seq = c.seq;
		j->rejected = nrej;
		j->failed = rc < 0;
		queue_push(&r->recq, j);
	}
	pthread_mutex_lock(&r->mu);
	if (--r->readers_left == 0)
		queue_close(&r->recq);
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

static void *
builder_thread(void *arg)
{
	struct run *r = arg;
	struct index_builder *b;
	struct job *j;
	char *err = NULL;
	int rc;

	b = index_builder_new(r->ix, &rc, &err);
	if (b == NULL) {
		fprintf(stderr, "%s: %s\n", r->o->progname,
		    err ? err : "cannot start a builder");
		free(err);
		pthread_mutex_lock(&r->mu);
		r->fatal = 1;
		pthread_cond_broadcast(&r->moved);
		pthread_mutex_unlock(&r->mu);
	}
	while ((j = queue_pop(&r->recq)) != NULL) {
		if (j->kind == JOB_RECORD) {
			/* After a failure records are passed on unbuilt. */
			if (b != NULL && !r->fatal)
				j->out = index_build(b, j->rec);
			/* A very long record is built as it is written. */
			if (j->out == NULL || !index_out_borrows(j->out)) {
				record_free(j->rec);
				j->rec = NULL;
			}
		}
		queue_push(&r->docq, j);
	}
	index_builder_free(b);
	pthread_mutex_lock(&r->mu);
	if (--r->builders_left == 0)
		queue_close(&r->docq);
	pthread_mutex_unlock(&r->mu);
	return NULL;
}

/* ---- The writer's reordering: a min-heap on (file, seq) ---- */

struct heap {
	struct job **v;		/* owned pointers */
	size_t n, cap;
};

static int
job_before(const struct job *a, const struct job *b)
{
	if (a->file != b->file)
		return a->file < b->file;
	return a->seq < b->seq;
}

static void
heap_push(struct heap *h, struct job *j)
{
	size_t i, p;
	struct job *t;

	if (h->n == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 64;
		h->v = xreallocarray(h->v, h->cap, sizeof *h->v);
	}
	i = h->n++;
	h->v[i] = j;
	while (i > 0) {
		p = (i - 1) / 2;
		if (!job_before(h->v[i], h->v[p]))
			break;
		t = h->v[i];
		h->v[i] = h->v[p];
		h->v[p] = t;
		i = p;
	}
}

static struct job *
heap_pop(struct heap *h)
{
	struct job *top = h->v[0], *t;
	size_t i = 0, l, m;

	h->v[0] = h->v[--h->n];
	for (;;) {
		l = 2 * i + 1;
		m = i;
		if (l < h->n && job_before(h->v[l], h->v[m]))
			m = l;
		if (l + 1 < h->n && job_before(h->v[l + 1], h->v[m]))
			m = l + 1;
		if (m == i)
			break;
		t = h->v[i];
		h->v[i] = h->v[m];
		h->v[m] = t;
		i = m;
	}
	return top;
}

/* ---- Progress and summary ---- */

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static unsigned long
records_seen(const struct index_stats *s)
{
	return s->added + s->replaced + s->unchanged + s->rejected;
}

static void
progress(struct run *r, double start, unsigned long long done_bytes)
{
	struct index_stats s;
	double el = now_seconds() - start, frac;
	char eta[32] = "";

	index_get_stats(r->ix, &s);
	if (el <= 0)
		return;
	if (r->files.n > 1 && r->files.bytes > 0 && done_bytes > 0) {
		frac = (double)done_bytes / (double)r->files.bytes;
		snprintf(eta, sizeof eta, ", ETA %.0f s",
		    el * (1 - frac) / frac);
	}
	fprintf(stderr, "\r%s: %lu records, %.0f records/s, %.2f MB/s%s\033[K",
	    r->o->progname, records_seen(&s), records_seen(&s) / el,
	    s.bytes / el / 1e6, eta);
}

/* Commits one shard; 0, or -1 (said) after marking the run failed. */
static int
commit_shard(struct run *r, unsigned k)
{
	char *err = NULL;

	if (index_commit_shard(r->ix, k, &err) == 0)
		return 0;
	fprintf(stderr, "%s: commit: %s\n", r->o->progname,
	    err ? err : "failed");
	free(err);
	pthread_mutex_lock(&r->mu);
	r->fatal = 1;
	pthread_cond_broadcast(&r->moved);
	pthread_mutex_unlock(&r->mu);
	return -1;
}

/*
 * Stores one built record in its shard (on the shard's thread), commits
 * the shard every batch, and lets readers move on.  After a failure
 * records are only counted off.
 */
static void
store(struct run *r, struct job *j, unsigned shard, unsigned batch)
{
	char *err = NULL;
	int failed = r->fatal;

	if (!failed && j->out != NULL &&
	    index_write(r->ix, j->out, &err) != 0) {
		fprintf(stderr, "%s: %s\n", r->o->progname, err);
		free(err);
		failed = 1;
	}
	if (j->out != NULL && index_out_error(j->out) != NULL &&
	    !r->o->quiet)
		fprintf(stderr, "%s: rejected: %s\n", r->o->progname,
		    index_out_error(j->out));
	index_out_free(j->out);
	record_free(j->rec);
	free(j);
	if (!failed && index_pending(r->ix, shard) >= batch)
		failed = commit_shard(r, shard) != 0;
	pthread_mutex_lock(&r->mu);
	r->outstanding--;
	if (failed)
		r->fatal = 1;
	pthread_cond_broadcast(&r->moved);
	pthread_mutex_unlock(&r->mu);
}

struct shard_ctx {
	struct run *r;
	unsigned shard;
	unsigned batch;		/* records per commit of this shard */
	struct queue q;		/* jobs for this shard, in input order */
	pthread_t thread;
};

static void *
shard_thread(void *arg)
{
	struct shard_ctx *c = arg;
	struct job *j;

	while ((j = queue_pop(&c->q)) != NULL)
		store(c->r, j, c->shard, c->batch);
	if (!c->r->fatal)
		commit_shard(c->r, c->shard);
	return NULL;
}

/*
 * The writer: puts records back in input order and stores them, itself
 * with one shard, through one thread per shard with several (Xapian has
 * one writer per database, so shards are what writes in parallel).
 * Returns 0, or -1 after a database error (reading is stopped then, and
 * what is still queued is dropped).
 */
static int
write_all(struct run *r, double start, int show_progress, int *input_errors)
{
	struct heap h = { NULL, 0, 0 };
	struct shard_ctx *sc = NULL;
	unsigned long *ends, next_seq = 0;
	unsigned long long done_bytes = 0;
	unsigned batch = r->o->batch_size ? r->o->batch_size :
	    BUILD_BATCH_DEFAULT;
	unsigned nshards = index_nshards(r->ix), nthreads = 0, k;
	double last = start;
	struct job *j;
	size_t i;

	if (nshards > 1) {
		sc = xcalloc(nshards, sizeof *sc);
		for (k = 0; k < nshards; k++) {
			sc[k].r = r;
			sc[k].shard = k;
			sc[k].batch = batch;
			queue_init(&sc[k].q, QUEUE_CAP);
			if (pthread_create(&sc[k].thread, NULL, shard_thread,
			    &sc[k]) != 0) {
				fprintf(stderr, "%s: cannot start threads: "
				    "%s\n", r->o->progname, strerror(errno));
				queue_destroy(&sc[k].q);
				pthread_mutex_lock(&r->mu);
				r->fatal = 1;
				pthread_mutex_unlock(&r->mu);
				break;
			}
			nthreads++;
		}
	}
	ends = xreallocarray(NULL, r->files.n ? r->files.n : 1, sizeof *ends);
	for (i = 0; i < r->files.n; i++)
		ends[i] = ULONG_MAX;
	while ((j = queue_pop(&r->docq)) != NULL) {
		if (j->kind == JOB_END) {
			ends[j->file] = j->seq;
			index_count_rejected(r->ix, j->rejected);
			if (j->rejected > 0 || j->failed)
				*input_errors = 1;
			/* Read in full: its vanished items can be found. */
			if (!j->failed && got_signal == 0)
				index_source_read(r->ix,
				    r->files.v[j->file].path);
			free(j);
		} else {
			heap_push(&h, j);
		}
		for (;;) {
			if (h.n > 0 && h.v[0]->file == r->writer_file &&
			    h.v[0]->seq == next_seq) {
				j = heap_pop(&h);
				next_seq++;
				if (j->out != NULL &&
				    index_out_error(j->out) != NULL)
					*input_errors = 1;
				if (sc == NULL || nthreads < nshards ||
				    j->out == NULL)
					store(r, j, 0, batch);
				else
					queue_push(&sc[index_shard_of(r->ix,
					    j->out)].q, j);
				continue;
			}
			if (r->writer_file < r->files.n &&
			    ends[r->writer_file] == next_seq) {
				done_bytes += r->files.v[r->writer_file].size;
				pthread_mutex_lock(&r->mu);
				r->writer_file++;
				pthread_cond_broadcast(&r->moved);
				pthread_mutex_unlock(&r->mu);
				next_seq = 0;
				continue;
			}
			break;
		}
		if (show_progress && now_seconds() - last >= PROGRESS_EVERY) {
			last = now_seconds();
			progress(r, start, done_bytes);
		}
	}
	for (k = 0; k < nthreads; k++)
		queue_close(&sc[k].q);
	for (k = 0; k < nthreads; k++) {
		pthread_join(sc[k].thread, NULL);
		queue_destroy(&sc[k].q);
	}
	free(sc);
	/* Whatever a failure left out of order. */
	while (h.n > 0) {
		j = heap_pop(&h);
		index_out_free(j->out);
		record_free(j->rec);
		free(j);
	}
	free(h.v);
	free(ends);
	if (show_progress)
		fprintf(stderr, "\r\033[K");
	if (!r->fatal)
		for (k = 0; k < nshards; k++)
			commit_shard(r, k);
	return r->fatal ? -1 : 0;
}

static int
pipeline(struct run *r, unsigned jobs, double start, int show_progress,
    int *input_errors)
{
	pthread_t *readers, *builders;
	unsigned nreaders, nbuilders, started, i;
	int rc;

	nreaders = jobs;
	if (nreaders > r->files.n)
		nreaders = (unsigned)r->files.n;
	if (nreaders == 0)
		return 0;
	queue_init(&r->recq, QUEUE_CAP);
	queue_init(&r->docq, QUEUE_CAP);
	r->readers_left = nreaders;
	r->builders_left = jobs;
	readers = xreallocarray(NULL, nreaders, sizeof *readers);
	builders = xreallocarray(NULL, jobs, sizeof *builders);
	/* Run with the threads the system gives; none at all is an error. */
	for (i = 0; i < jobs; i++)
		if (pthread_create(&builders[i], NULL, builder_thread, r) != 0)
			break;
	nbuilders = i;
	pthread_mutex_lock(&r->mu);
	r->builders_left -= jobs - nbuilders;
	pthread_mutex_unlock(&r->mu);
	for (i = 0; nbuilders > 0 && i < nreaders; i++)
		if (pthread_create(&readers[i], NULL, reader_thread, r) != 0)
			break;
	started = i;
	pthread_mutex_lock(&r->mu);
	r->readers_left -= nreaders - started;
	if (r->readers_left == 0)
		queue_close(&r->recq);
	if (nbuilders == 0)
		queue_close(&r->docq);
	pthread_mutex_unlock(&r->mu);
	if (nbuilders == 0 || started == 0) {
		fprintf(stderr, "%s: cannot start threads: %s\n",
		    r->o->progname, strerror(errno));
		rc = -1;
		for (i = 0; i < nbuilders; i++)
			pthread_join(builders[i], NULL);
		nbuilders = 0;
		goto out;
	}
	rc = write_all(r, start, show_progress, input_errors);
	for (i = 0; i < started; i++)
		pthread_join(readers[i], NULL);
	for (i = 0; i < nbuilders; i++)
		pthread_join(builders[i], NULL);
out:
	free(readers);
	free(builders);
	queue_destroy(&r->recq);
	queue_destroy(&r->docq);
	return rc;
}

static void
summary(struct run *r, double seconds, int interrupted)
{
	const struct build_opts *o = r->o;
	struct index_stats s;
	unsigned count = 0;
	char *err = NULL, *json;
	cJSON *j;
	double mbs;
	int changed;

	index_get_stats(r->ix, &s);
	if (index_doccount(r->ix, &count, &err) != 0) {
		free(err);
		count = 0;
	}
	changed = s.added + s.replaced + s.deleted > 0;
	mbs = seconds > 0 ? s.bytes / seconds / 1e6 : 0;
	if (!o->quiet) {
		fprintf(stderr, "%s: %lu records in %.1f s (%.0f records/s, "
		    "%.2f MB/s): %lu added, %lu replaced, %lu unchanged, "
		    "%lu deleted, %lu rejected; %u documents%s%s\n",
		    o->progname, records_seen(&s), seconds,
		    seconds > 0 ? records_seen(&s) / seconds : 0.0, mbs,
		    s.added, s.replaced, s.unchanged, s.deleted, s.rejected,
		    count, changed ? "" : "; nothing changed",
		    interrupted ? "; interrupted, the rest is for the next run"
		    : "");
	}
	if (!o->json_summary)
		return;
	j = cJSON_CreateObject();
	cJSON_AddNumberToObject(j, "records", (double)records_seen(&s));
	cJSON_AddNumberToObject(j, "added", (double)s.added);
	cJSON_AddNumberToObject(j, "replaced", (double)s.replaced);
	cJSON_AddNumberToObject(j, "unchanged", (double)s.unchanged);
	cJSON_AddNumberToObject(j, "deleted", (double)s.deleted);
	cJSON_AddNumberToObject(j, "rejected", (double)s.rejected);
	cJSON_AddNumberToObject(j, "documents", count);
	cJSON_AddNumberToObject(j, "commits", (double)s.commits);
	cJSON_AddNumberToObject(j, "bytes", (double)s.bytes);
	cJSON_AddNumberToObject(j, "seconds", seconds);
	cJSON_AddNumberToObject(j, "records_per_second",
	    seconds > 0 ? records_seen(&s) / seconds : 0.0);
	cJSON_AddNumberToObject(j, "mb_per_second", mbs);
	cJSON_AddBoolToObject(j, "changed", changed);
	cJSON_AddBoolToObject(j, "interrupted", interrupted);
	json = cJSON_PrintUnformatted(j);
	if (json != NULL)
		printf("%s\n", json);
	cJSON_free(json);
	cJSON_Delete(j);
}

/* Shards a new database is built in: one writer per core, up to a cap. */
static unsigned
default_shards(void)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	if (ncpu < 2)
		return 0;
	return ncpu > BUILD_SHARDS_MAX ? BUILD_SHARDS_MAX : (unsigned)ncpu;
}

/*
 * A database this run built from empty is rewritten compactly, its
 * shards merged when it was sharded for speed (merge): the size halves
 * for a few seconds' work, and later runs write one database.  Later runs
 * change a part of it and leave it as Xapian writes it.  A failure only
 * costs the space: the shards stay, searched as one.
 */
static void
compact_new(struct run *r, int merge)
{
	struct index_stats s;
	char *err = NULL;
	int done;

	index_get_stats(r->ix, &s);
	if (!index_was_empty(r->ix) || s.added == 0 || got_signal != 0 ||
	    (!merge && index_nshards(r->ix) > 1))
		return;
	if (index_compact(r->ix, &done, &err) != 0) {
		fprintf(stderr, "%s: warning: %s; the index is left "
		    "uncompacted\n", r->o->progname, err ? err : "cannot "
		    "compact");
		free(err);
	}
}

int
build_run(const struct build_opts *o, char *const *paths, size_t npaths)
{
	struct index_opts io;
	struct sigaction sa, old_int, old_term;
	struct run r;
	char *err = NULL;
	double start = now_seconds();
	unsigned jobs = o->jobs;
	unsigned batch = o->batch_size ? o->batch_size : BUILD_BATCH_DEFAULT;
	int rc, status = 0, found, input_errors = 0, show_progress, merge;
	long ncpu;
	size_t i;

	memset(&r, 0, sizeof r);
	r.o = o;
	pthread_mutex_init(&r.mu, NULL);
	pthread_cond_init(&r.moved, NULL);
	for (i = 0; i < npaths; i++) {
		if (strcmp(paths[i], "-") == 0)
			flist_add(&r.files, xstrdup("-"), 0, 0);
		else
			walk(o->progname, paths[i], 0, 1, NULL, &r.files);
	}
	if (r.files.errors > 0)
		input_errors = 1;

	memset(&io, 0, sizeof io);
	io.db = o->db;
	io.language = o->language;
	io.weights = o->weights;
	io.stopwords = o->stopwords;
	io.vocab = o->vocab;
	/*
	 * Xapian writes when this many documents are buffered or at commit.
	 * A record makes one to three documents (Limerick: 2.3), so this
	 * leaves the writing to the commit and the batch bounds the memory.
	 */
	io.flush_threshold = o->flush_threshold ? o->flush_threshold :
	    batch * 4;
	io.track_sources = o->delete_missing;
	/*
	 * A new database is written in shards, one writer each (a Xapian
	 * database has one), and merged into one at the end; --shards N
	 * keeps N.
	 */
	merge = o->shards == 0 && npaths > 0 && index_db_is_new(o->db);
	io.shards = merge ? default_shards() : o->shards;
	merge = merge && io.shards > 1;
	r.ix = index_open(&io, &rc, &err);
	if (r.ix == NULL) {
		fprintf(stderr, "%s: %s\n", o->progname, err ? err : "cannot "
		    "open the database");
		free(err);
		status = rc == IDX_EINVAL ? 2 : 3;
		goto out;
	}

	/* Signals let the writer finish and commit what it has. */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* A second signal kills at once: the last commit stays readable. */
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);

	for (i = 0; i < o->ndelete_ids; i++) {
		if (index_delete_id(r.ix, o->delete_ids[i], &found,
		    &err) != 0) {
			fprintf(stderr, "%s: %s\n", o->progname, err);
			free(err);
			status = 3;
			goto restore;
		}
		if (!found && !o->quiet)
			fprintf(stderr, "%s: %s: no such item\n", o->progname,
			    o->delete_ids[i]);
	}

	if (jobs == 0) {
		ncpu = sysconf(_SC_NPROCESSORS_ONLN);
		jobs = ncpu > 0 ? (unsigned)ncpu : 1;
	}
	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	show_progress = !o->quiet && isatty(STDERR_FILENO);
	if (pipeline(&r, jobs, start, show_progress, &input_errors) != 0) {
		status = 3;
		goto restore;
	}
	if (o->delete_missing && got_signal == 0) {
		/*
		 * Items of a file read in full but no longer in it are stale
		 * too; after an interruption or a read error only vanished
		 * files are certain.
		 */
		if (input_errors)
			index_untrack_sources(r.ix);
		if (index_delete_missing(r.ix, &err) != 0) {
			fprintf(stderr, "%s: %s\n", o->progname, err);
			free(err);
			status = 3;
			goto restore;
		}
	}
	if (index_commit(r.ix, NULL, &err) != 0) {
		fprintf(stderr, "%s: commit: %s\n", o->progname, err);
		free(err);
		status = 3;
		goto restore;
	}
	compact_new(&r, merge);
	summary(&r, now_seconds() - start, got_signal != 0);
	if (got_signal != 0)
		status = 128 + got_signal;
	else if (input_errors)
		status = 1;
restore:
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
out:
	index_free(r.ix);
	for (i = 0; i < r.files.n; i++)
		free(r.files.v[i].path);
	free(r.files.v);
	pthread_mutex_destroy(&r.mu);
	pthread_cond_destroy(&r.moved);
	return status;
}
