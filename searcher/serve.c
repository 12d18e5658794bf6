/*
 * serve.c: govsearch serve, the HTTP service behind an intranet search
 * box.  libmicrohttpd parses HTTP and runs a pool of worker threads; each
 * worker keeps its own search engine and database handle (opened on its
 * first request), moves them to the indexer's latest commit before every
 * request, and answers:
 *
 *   GET /api/search     the JSON of govsearch --json (search_run)
 *   GET /api/suggest    completions of the last word from the vocabulary
 *   GET /api/item/ID    one stored item with all its sections
 *   GET /healthz        liveness and the document count
 *   GET /metrics        Prometheus text: requests, latency, index state
 *   GET /, /app.js ...  the search page, compiled into the binary
 *
 * Errors are JSON {"error": ..., "status": N}.  Nothing here writes, and
 * no path taken from a URL is ever opened: the page's files are looked up
 * by exact name in a table (docs/http-api.md).
 */
#include <config.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>
#include <microhttpd.h>

#include "decisions.h"
#include "like.h"
#include "schema.h"
#include "search.h"
#include "serve.h"
#include "text.h"
#include "util.h"
#include "xap.h"

#define PROG			"govsearch: serve"
#define MAX_DBS			64
#define DEFAULT_LISTEN		"127.0.0.1:8080"
#define DEFAULT_MAX_LIMIT	100
#define DEFAULT_MAX_OFFSET	10000
#define DEFAULT_TIME_LIMIT	2.0
#define DEFAULT_MAX_CONN	256
#define DEFAULT_MAX_BODY	4096
#define DEFAULT_MAX_URL		16384	/* a --max-query query, %-encoded */
#define DEFAULT_TIMEOUT		15
#define DEFAULT_MAX_WILDCARD	1000
#define DEFAULT_CACHE		1024	/* search answers kept */
#define CACHE_MAX_BYTES		(64UL << 20)
#define MAX_THREADS		256
#define LOG_URI_MAX		2048	/* bytes of request target logged */
#define MIN_CONN_MEMORY		((1UL << 20) + 64 * 1024)
#define MAX_ITEM_ID		512
#define SUGGEST_MAX		10	/* completions returned */
#define SUGGEST_SCAN		50000	/* vocabulary terms looked at */
#define SUGGEST_PREFIX_MAX	64
#define SHUTDOWN_GRACE_MS	2000	/* for requests in flight */

/* ---- Metrics ---- */

enum endpoint {
	EP_SEARCH, EP_SUGGEST, EP_ITEM, EP_HEALTHZ, EP_METRICS, EP_PAGE,
	EP_OTHER, NENDPOINTS
};

static const char *const endpoint_names[NENDPOINTS] = {
	"search", "suggest", "item", "healthz", "metrics", "page", "other"
};

/* The statuses counted one by one; the rest count as "other". */
static const unsigned status_codes[] = {
	200, 204, 304, 400, 404, 405, 413, 500, 503
};
#define NSTATUS	(sizeof(status_codes) / sizeof(status_codes[0]) + 1)

/* Latency histogram bounds, seconds. */
static const double latency_bounds[] = {
	0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5,
	1, 2.5, 5, 10
};
#define NBUCKETS (sizeof(latency_bounds) / sizeof(latency_bounds[0]))

struct metrics {
	atomic_ulong requests[NENDPOINTS][NSTATUS]; /* by endpoint, status */
	atomic_ulong buckets[NENDPOINTS][NBUCKETS]; /* latency <= bound */
	atomic_ulong count[NENDPOINTS];		/* requests timed */
	atomic_ullong sum_us[NENDPOINTS];	/* their total, microseconds */
	atomic_ulong rejected;			/* refused before the handler */
	atomic_ulong reopens;			/* workers moved to a commit */
	atomic_ulong reopen_failures;		/* kept the old snapshot */
	atomic_ulong cache_hits;
	atomic_ulong cache_misses;
};

/* ---- Server state ---- */

struct serve_conf {
	const char *dbs[MAX_DBS];	/* borrowed from argv */
	size_t ndbs;
	const char *listen;		/* HOST:PORT */
	unsigned threads;		/* worker threads */
	const char *cors;		/* Access-Control-Allow-Origin, or NULL */
	size_t max_query;		/* bytes of q */
	unsigned max_limit;		/* largest limit= */
	unsigned max_offset;		/* largest offset= */
	double time_limit;		/* seconds per match, 0: none */
	unsigned max_connections;
	size_t max_body;		/* bytes of request body accepted */
	size_t max_url;			/* bytes of request target */
	unsigned timeout;		/* seconds a connection may idle */
	unsigned max_wildcard;		/* terms a wildcard may expand to */
	unsigned cache;			/* search answers kept, 0: none */
	const char *assets;		/* directory overriding the page, or NULL */
	int quiet;			/* 1: no access log */
	int allow_partial;		/* 1: answer from the shards that are up */
};

/*
 * Answers of /api/search, most recently used first, for repeated queries
 * (a popular search, Back, a facet clicked off again).  Each answer is
 * tagged with the index generation it was computed at; any worker that
 * sees the index move bumps the generation, which retires every answer.
 */
struct cache_ent {
	char *key;			/* owned: the request, canonical */
	size_t keylen;
	unsigned long long hash;
	char *body;			/* owned: the JSON answer */
	size_t len;
	unsigned long gen;		/* generation it was computed at */
	struct cache_ent *prev, *next;	/* recency list */
	struct cache_ent *chain;	/* hash bucket */
};

struct cache {
	pthread_mutex_t lock;		/* guards everything below */
	struct cache_ent **tab;		/* owned: buckets */
	size_t nbuckets;		/* a power of two */
	struct cache_ent *head, *tail;	/* most and least recent */
	size_t n, max;			/* entries, and the most kept */
	size_t bytes;			/* of keys and bodies */
};

/* What one worker thread owns; freed after the daemon stops. */
struct worker {
	struct search_engine *eng;	/* owned; NULL until opened */
	struct xap_db *db;		/* owned; NULL until opened */
	int eng_failing;		/* 1: eng's last reopen failed */
	int db_failing;			/* 1: db's last reopen failed */
	struct worker *next;		/* the server's list */
};

struct server {
	struct serve_conf conf;
	struct search_engine_opts eo;	/* dbs borrowed from conf */
	struct metrics m;
	struct cache cache;
	atomic_ulong gen;		/* bumped when a worker sees a commit */
	pthread_key_t key;		/* this thread's struct worker */
	pthread_mutex_t lock;		/* guards workers */
	struct worker *workers;		/* owned */
	unsigned long long *etags;	/* owned: hash of each page_assets[] */
	struct MHD_Daemon *daemon;
	atomic_int stopping;		/* 1: answer with Connection: close */
	time_t started;
};

/* One request; created by uri_cb, freed by completed_cb. */
struct req {
	double t0;			/* monotonic seconds at the request line */
	time_t wall;			/* when, for the log */
	char addr[INET6_ADDRSTRLEN];	/* the client */
	char *uri;			/* owned: target as sent, maybe cut */
	size_t urilen;			/* its full length */
	char method[16];
	char version[16];
	int nul;			/* 1: the path holds %00 */
	int started;			/* 1: the handler has seen it */
	unsigned status;		/* status queued, 0: none yet */
	size_t bytes;			/* body bytes of the response */
	size_t body;			/* request body bytes seen */
	int endpoint;			/* enum endpoint */
};

static const struct option longopts[] = {
	{ "db", required_argument, NULL, 'd' },
	{ "listen", required_argument, NULL, 'l' },
	{ "threads", required_argument, NULL, 't' },
	{ "cors", required_argument, NULL, 'C' },
	{ "max-query", required_argument, NULL, 'Q' },
	{ "max-limit", required_argument, NULL, 'L' },
	{ "max-offset", required_argument, NULL, 'O' },
	{ "time-limit", required_argument, NULL, 'T' },
	{ "max-connections", required_argument, NULL, 'c' },
	{ "max-body", required_argument, NULL, 'B' },
	{ "max-url", required_argument, NULL, 'U' },
	{ "timeout", required_argument, NULL, 'I' },
	{ "max-wildcard", required_argument, NULL, 'W' },
	{ "cache", required_argument, NULL, 'K' },
	{ "assets", required_argument, NULL, 'A' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "allow-partial", no_argument, NULL, 'P' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(FILE *f)
{
	fprintf(f,
"usage: govsearch serve --db DIR [OPTION]...\n"
"\n"
"Serves the index over HTTP: a JSON API (/api/search, /api/suggest,\n"
"/api/item/ID), /healthz, /metrics and a search page at /.  The API is\n"
"described in docs/http-api.md.\n"
"\n"
"  -d, --db DIR             database to search (repeat for shards)\n"
"  -l, --listen HOST:PORT   address to listen on (default %s;\n"
"                           0.0.0.0:PORT listens on every interface,\n"
"                           port 0 picks a free one)\n"
"  -t, --threads N          worker threads (default: twice the CPUs)\n"
"      --cors ORIGIN        allow browsers on ORIGIN (or *) to use the API\n"
"      --max-query BYTES    longest query text (default %d)\n"
"      --max-limit N        largest limit= (default %d)\n"
"      --max-offset N       largest offset= (default %d)\n"
"      --time-limit SECS    time a match may take, 0 for none (default %g)\n"
"      --max-wildcard N     terms a wildcard may expand to (default %d)\n"
"      --cache N            search answers kept for repeated queries,\n"
"                           0 for none (default %d)\n"
"      --max-connections N  connections served at once (default %d)\n"
"      --max-body BYTES     largest request body accepted (default %d)\n"
"      --max-url BYTES      longest request target (default %d)\n"
"      --timeout SECS       close connections idle this long (default %d)\n"
"      --assets DIR         serve the page's files from DIR instead of\n"
"                           the copies built in (for page development)\n"
"      --allow-partial      when a shard is down, answer from the others,\n"
"                           marked \"partial\" (default: 503)\n"
"  -q, --quiet              no access log\n"
"  -h, --help               show this help\n"
"  -V, --version            show the version\n"
"\n"
"SIGTERM or SIGINT stops the service after the requests in flight.\n",
	    DEFAULT_LISTEN, SEARCH_MAX_QUERY, DEFAULT_MAX_LIMIT,
	    DEFAULT_MAX_OFFSET, DEFAULT_TIME_LIMIT, DEFAULT_MAX_WILDCARD,
	    DEFAULT_CACHE, DEFAULT_MAX_CONN, DEFAULT_MAX_BODY, DEFAULT_MAX_URL,
	    DEFAULT_TIMEOUT);
}

/* ---- Small helpers ---- */

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Parses a decimal number in [lo, hi] from s (digits only, no sign).
 * Returns 0, or -1 when s is not such a number.
 */
static int
parse_ulong(const char *s, unsigned long lo, unsigned long hi,
    unsigned long *out)
{
	unsigned long v = 0;
	size_t i;

	if (s == NULL || *s == '\0')
		return -1;
	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] < '0' || s[i] > '9' || i >= 10)
			return -1;
		v = v * 10 + (unsigned long)(s[i] - '0');
	}
	if (v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* A non-negative number of seconds (fractions allowed) up to hi. */
static int
parse_seconds(const char *s, double hi, double *out)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno != 0 || end == s || *end != '\0' || !(v >= 0) || v > hi)
		return -1;
	*out = v;
	return 0;
}

/* 1 for "1", "true", "yes", "on"; 0 for "", "0", "false", "no", "off". */
static int
parse_bool(const char *s)
{
	static const char *const yes[] = { "1", "true", "yes", "on", NULL };
	static const char *const no[] = { "", "0", "false", "no", "off",
	    NULL };
	size_t i;

	for (i = 0; yes[i] != NULL; i++) {
		if (strcmp(s, yes[i]) == 0)
			return 1;
	}
	for (i = 0; no[i] != NULL; i++) {
		if (strcmp(s, no[i]) == 0)
			return 0;
	}
	return -1;
}

/* Appends s to b with bytes a log line must not hold as \xHH. */
static void
log_escape(struct buf *b, const char *s, size_t len)
{
	size_t i;
	unsigned char c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\')
			buf_printf(b, "\\x%02x", c);
		else
			buf_putc(b, c);
	}
}

/* ---- Workers ---- */

/* This thread's worker, created on its first request. */
static struct worker *
worker_get(struct server *sv)
{
	struct worker *w = pthread_getspecific(sv->key);

	if (w != NULL)
		return w;
	w = xcalloc(1, sizeof(*w));
	pthread_mutex_lock(&sv->lock);
	w->next = sv->workers;
	sv->workers = w;
	pthread_mutex_unlock(&sv->lock);
	pthread_setspecific(sv->key, w);
	return w;
}

static void
workers_free(struct server *sv)
{
	struct worker *w, *next;

	for (w = sv->workers; w != NULL; w = next) {
		next = w->next;
		search_engine_free(w->eng);
		xap_db_free(w->db);
		free(w);
	}
	sv->workers = NULL;
}

/*
 * Notes the outcome of a reopen in the metrics and *failing; says so on
 * stderr once when it starts failing.  A move bumps the generation.
 */
static void
note_reopen(struct server *sv, int *failing, int rc, int changed,
    const char *msg)
{
	if (rc != 0) {
		atomic_fetch_add_explicit(&sv->m.reopen_failures, 1,
		    memory_order_relaxed);
		if (!*failing)
			fprintf(stderr, "%s: cannot move to the latest index, "
			    "serving the one open: %s\n", PROG,
			    msg ? msg : "unknown error");
		*failing = 1;
		return;
	}
	if (changed) {
		atomic_fetch_add_explicit(&sv->m.reopens, 1,
		    memory_order_relaxed);
		atomic_fetch_add(&sv->gen, 1);
	}
	*failing = 0;
}

/*
 * The worker's search engine at the latest commit (the revision it had
 * when the commit cannot be opened).  Returns NULL with *errmsg when the
 * database cannot be opened at all.
 */
static struct search_engine *
worker_engine(struct server *sv, struct worker *w, char **errmsg)
{
	char *msg = NULL;
	int rc, changed = 0;

	if (w->eng == NULL) {
		w->eng = search_engine_open(&sv->eo, &rc, errmsg);
		/* It may be newer than what the cached answers were made at. */
		if (w->eng != NULL)
			atomic_fetch_add(&sv->gen, 1);
		return w->eng;
	}
	rc = search_engine_reopen(w->eng, &changed, &msg);
	note_reopen(sv, &w->eng_failing, rc, changed, msg);
	free(msg);
	return w->eng;
}

/* The worker's raw database handle, as worker_engine. */
static struct xap_db *
worker_db(struct server *sv, struct worker *w, char **errmsg)
{
	char *msg = NULL;
	int rc, changed = 0;

	if (w->db == NULL) {
		w->db = xap_db_open_flags(sv->eo.dbs, sv->eo.ndbs, 0,
		    sv->eo.allow_partial ? XAP_DB_PARTIAL : 0, &rc, errmsg);
		return w->db;
	}
	rc = xap_db_reopen(w->db, &changed, &msg);
	note_reopen(sv, &w->db_failing, rc, changed, msg);
	free(msg);
	return w->db;
}

/* ---- Responses ---- */

/* The headers every answer carries; api adds no-store and CORS. */
static void
add_headers(struct server *sv, struct MHD_Response *r, const char *type,
    int api)
{
	MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, type);
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	if (api) {
		MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL,
		    "no-store");
		if (sv->conf.cors != NULL) {
			MHD_add_response_header(r,
			    MHD_HTTP_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN,
			    sv->conf.cors);
			MHD_add_response_header(r, MHD_HTTP_HEADER_VARY,
			    "Origin");
		}
	}
	if (atomic_load(&sv->stopping))
		MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION,
		    "close");
}

/*
 * Queues body (len bytes) with status.  freefn frees body once sent
 * (NULL: body is static).  Returns MHD's answer.
 */
static enum MHD_Result
respond(struct server *sv, struct MHD_Connection *con, struct req *rq,
    unsigned status, void *body, size_t len, void (*freefn)(void *),
    const char *type, int api, const char *allow)
{
	struct MHD_Response *r;
	enum MHD_Result ret;

	if (freefn != NULL)
		r = MHD_create_response_from_buffer_with_free_callback(len,
		    body, freefn);
	else
		r = MHD_create_response_from_buffer(len, body,
		    MHD_RESPMEM_PERSISTENT);
	if (r == NULL) {
		if (freefn != NULL)
			freefn(body);
		return MHD_NO;
	}
	add_headers(sv, r, type, api);
	if (allow != NULL)
		MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, allow);
	ret = MHD_queue_response(con, status, r);
	MHD_destroy_response(r);
	rq->status = status;
	rq->bytes = len;
	return ret;
}

/* Queues obj (borrowed) as JSON with status. */
static enum MHD_Result
respond_json(struct server *sv, struct MHD_Connection *con, struct req *rq,
    unsigned status, const cJSON *obj)
{
	char *s = cJSON_PrintUnformatted(obj);

	if (s == NULL) {
		fprintf(stderr, "%s: out of memory\n", PROG);
		return MHD_NO;
	}
	return respond(sv, con, rq, status, s, strlen(s), cJSON_free,
	    "application/json", 1, NULL);
}

/* {"error": msg, "status": status}; allow names methods for 405. */
static enum MHD_Result
respond_error(struct server *sv, struct MHD_Connection *con,
    struct req *rq, unsigned status, const char *msg, const char *allow)
{
	cJSON *o = cJSON_CreateObject();
	char *s;

	cJSON_AddStringToObject(o, "error", msg);
	cJSON_AddNumberToObject(o, "status", status);
	s = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	if (s == NULL)
		return MHD_NO;
	return respond(sv, con, rq, status, s, strlen(s), cJSON_free,
	    "application/json", 1, allow);
}

/* ---- Parameters ---- */

enum param {
	P_Q, P_LIMIT, P_OFFSET, P_SORT, P_PASSAGES, P_FACETS, P_FACET_LIMIT,
	P_LENIENT, P_LIKE, P_DECISIONS, P_RECENT, P_COUNCIL, P_COMMITTEE,
	P_SPEAKER, P_TYPE, P_OUTCOME, P_FROM, P_TO, P_YEAR, NPARAMS
};

static const char *const param_names[NPARAMS] = {
	"q", "limit", "offset", "sort", "passages", "facets", "facet_limit",
	"lenient", "like", "decisions", "recent", "council", "committee",
	"speaker", "type", "outcome", "from", "to", "year"
};
/* P_COUNCIL.. are search_request_set_filter names. */
#define P_FIRST_FILTER	P_COUNCIL

struct params {
	const char *val[NPARAMS];	/* borrowed from MHD; NULL: absent */
	size_t len[NPARAMS];
	const char *bad;		/* a parameter holding NUL or bad UTF-8 */
};

static enum MHD_Result
param_cb(void *ctx, enum MHD_ValueKind kind, const char *key,
    size_t keylen, const char *val, size_t vallen)
{
	struct params *p = ctx;
	size_t i;

	(void)kind;
	for (i = 0; i < NPARAMS; i++) {
		if (strlen(param_names[i]) == keylen &&
		    memcmp(param_names[i], key, keylen) == 0)
			break;
	}
	if (i == NPARAMS || p->val[i] != NULL)
		return MHD_YES;		/* unknown, or not the first */
	if (val == NULL) {
		val = "";
		vallen = 0;
	}
	if (strlen(val) != vallen || !text_utf8_valid(val, vallen, NULL)) {
		p->bad = param_names[i];
		return MHD_YES;
	}
	p->val[i] = val;
	p->len[i] = vallen;
	return MHD_YES;
}

/* The parameters as a cache key: each given one as name=value NUL. */
static void
params_key(const struct params *p, struct buf *key)
{
	size_t i;

	for (i = 0; i < NPARAMS; i++) {
		if (p->val[i] == NULL)
			continue;
		buf_puts(key, param_names[i]);
		buf_putc(key, '=');
		buf_append(key, p->val[i], p->len[i]);
		buf_putc(key, '\0');
	}
}

/* Collects the known query parameters of the request. */
static void
params_get(struct MHD_Connection *con, struct params *p)
{
	memset(p, 0, sizeof(*p));
	MHD_get_connection_values_n(con, MHD_GET_ARGUMENT_KIND, param_cb, p);
}

/* ---- Response cache ---- */

/* An empty cache keeping at most max answers (0: keeps nothing). */
static void
cache_init(struct cache *c, size_t max)
{
	memset(c, 0, sizeof(*c));
	pthread_mutex_init(&c->lock, NULL);
	c->max = max;
	for (c->nbuckets = 64; c->nbuckets < max * 2; c->nbuckets *= 2)
		;
	if (max > 0)
		c->tab = xcalloc(c->nbuckets, sizeof(*c->tab));
}

/* Takes e out of the cache and frees it (c->lock held). */
static void
cache_unlink(struct cache *c, struct cache_ent *e)
{
	struct cache_ent **pp;

	for (pp = &c->tab[e->hash & (c->nbuckets - 1)]; *pp != e;
	    pp = &(*pp)->chain)
		;
	*pp = e->chain;
	if (e->prev != NULL)
		e->prev->next = e->next;
	else
		c->head = e->next;
	if (e->next != NULL)
		e->next->prev = e->prev;
	else
		c->tail = e->prev;
	c->n--;
	c->bytes -= e->keylen + e->len;
	free(e->key);
	free(e->body);
	free(e);
}

/* Frees every entry; the cache is unusable afterwards. */
static void
cache_free(struct cache *c)
{
	while (c->head != NULL)
		cache_unlink(c, c->head);
	free(c->tab);
	pthread_mutex_destroy(&c->lock);
}

/* The entry for key, or NULL (c->lock held). */
static struct cache_ent *
cache_find(struct cache *c, const char *key, size_t len,
    unsigned long long h)
{
	struct cache_ent *e;

	for (e = c->tab[h & (c->nbuckets - 1)]; e != NULL; e = e->chain) {
		if (e->hash == h && e->keylen == len &&
		    memcmp(e->key, key, len) == 0)
			return e;
	}
	return NULL;
}

/*
 * A copy of the answer for key computed at generation gen (malloc'd,
 * *len bytes), or NULL.
 */
static char *
cache_get(struct cache *c, const char *key, size_t len, unsigned long gen,
    size_t *bodylen)
{
	unsigned long long h = util_hash64(key, len);
	struct cache_ent *e;
	char *copy = NULL;

	if (c->max == 0)
		return NULL;
	pthread_mutex_lock(&c->lock);
	e = cache_find(c, key, len, h);
	if (e != NULL && e->gen != gen) {
		cache_unlink(c, e);
		e = NULL;
	}
	if (e != NULL) {
		if (e != c->head) {
			/* Move to the front. */
			e->prev->next = e->next;
			if (e->next != NULL)
				e->next->prev = e->prev;
			else
				c->tail = e->prev;
			e->prev = NULL;
			e->next = c->head;
			c->head->prev = e;
			c->head = e;
		}
		copy = xmalloc(e->len + 1);
		memcpy(copy, e->body, e->len + 1);
		*bodylen = e->len;
	}
	pthread_mutex_unlock(&c->lock);
	return copy;
}

/* Keeps a copy of body as the answer for key at generation gen. */
static void
cache_put(struct cache *c, const char *key, size_t len, unsigned long gen,
    const char *body, size_t bodylen)
{
	unsigned long long h = util_hash64(key, len);
	struct cache_ent *e;

	if (c->max == 0 || len + bodylen > CACHE_MAX_BYTES / 16)
		return;
	e = xcalloc(1, sizeof(*e));
	e->key = xstrndup(key, len);
	e->keylen = len;
	e->hash = h;
	e->body = xstrndup(body, bodylen);
	e->len = bodylen;
	e->gen = gen;
	pthread_mutex_lock(&c->lock);
	if (cache_find(c, key, len, h) != NULL) {
		pthread_mutex_unlock(&c->lock);
		free(e->key);
		free(e->body);
		free(e);
		return;
	}
	while (c->tail != NULL && (c->n >= c->max ||
	    c->bytes + len + bodylen > CACHE_MAX_BYTES))
		cache_unlink(c, c->tail);
	e->chain = c->tab[h & (c->nbuckets - 1)];
	c->tab[h & (c->nbuckets - 1)] = e;
	e->next = c->head;
	if (c->head != NULL)
		c->head->prev = e;
	c->head = e;
	if (c->tail == NULL)
		c->tail = e;
	c->n++;
	c->bytes += len + bodylen;
	pthread_mutex_unlock(&c->lock);
}

/* ---- /api/search ---- */

/* Reads boolean parameter i into *out: 0, or -1 with *errmsg set. */
static int
bool_param(const struct params *p, int i, int *out, char **errmsg)
{
	int b;

	if (p->val[i] == NULL)
		return 0;
	b = parse_bool(p->val[i]);
	if (b < 0) {
		*errmsg = xasprintf("bad %s: want 0 or 1", param_names[i]);
		return -1;
	}
	*out = b;
	return 0;
}

/*
 * Fills req from the parameters (but decisions: api_search).  Returns 0,
 * or the HTTP status (400 or 413) with *errmsg set.
 */
static unsigned
search_params(struct server *sv, const struct params *p,
    struct search_request *req, char **errmsg)
{
	const struct serve_conf *c = &sv->conf;
	unsigned long n;
	unsigned bits;
	int i;

	if (p->bad != NULL) {
		*errmsg = xasprintf("parameter %s: not valid UTF-8 text",
		    p->bad);
		return MHD_HTTP_BAD_REQUEST;
	}
	if (p->val[P_Q] != NULL && p->len[P_Q] > c->max_query) {
		*errmsg = xasprintf("query too long: %zu bytes (the limit is "
		    "%zu)", p->len[P_Q], c->max_query);
		return MHD_HTTP_CONTENT_TOO_LARGE;
	}
	req->query = p->val[P_Q];
	if (p->val[P_LIMIT] != NULL) {
		if (parse_ulong(p->val[P_LIMIT], 0, c->max_limit, &n) != 0) {
			*errmsg = xasprintf("bad limit: want a number from 0 "
			    "to %u", c->max_limit);
			return MHD_HTTP_BAD_REQUEST;
		}
		req->limit = (unsigned)n;
	}
	if (p->val[P_OFFSET] != NULL) {
		if (parse_ulong(p->val[P_OFFSET], 0, c->max_offset, &n) != 0) {
			*errmsg = xasprintf("bad offset: want a number from 0 "
			    "to %u", c->max_offset);
			return MHD_HTTP_BAD_REQUEST;
		}
		req->offset = (unsigned)n;
	}
	if (p->val[P_SORT] != NULL && p->val[P_SORT][0] != '\0') {
		req->sort = search_sort_from_name(p->val[P_SORT]);
		if (req->sort < 0) {
			*errmsg = xstrdup("bad sort: want relevance, date or "
			    "-date");
			return MHD_HTTP_BAD_REQUEST;
		}
	}
	if (bool_param(p, P_PASSAGES, &req->passages, errmsg) != 0 ||
	    bool_param(p, P_LENIENT, &req->lenient, errmsg) != 0 ||
	    bool_param(p, P_RECENT, &req->recent, errmsg) != 0)
		return MHD_HTTP_BAD_REQUEST;
	if (p->val[P_LIKE] != NULL) {
		if (p->len[P_LIKE] == 0) {
			*errmsg = xstrdup("bad like: want an item or passage "
			    "id");
			return MHD_HTTP_BAD_REQUEST;
		}
		if (p->len[P_LIKE] > c->max_query) {
			*errmsg = xstrdup("like too long");
			return MHD_HTTP_CONTENT_TOO_LARGE;
		}
		req->like = p->val[P_LIKE];
		/* A question is like other questions (as --like). */
		if (like_is_passage(req->like))
			req->passages = 1;
	}
	if (p->val[P_FACETS] != NULL) {
		if (search_facets_parse(p->val[P_FACETS], &bits, errmsg) != 0)
			return MHD_HTTP_BAD_REQUEST;
		req->facets = bits;
	}
	if (p->val[P_FACET_LIMIT] != NULL) {
		if (parse_ulong(p->val[P_FACET_LIMIT], 0, 1000, &n) != 0) {
			*errmsg = xstrdup("bad facet_limit: want a number from "
			    "0 to 1000");
			return MHD_HTTP_BAD_REQUEST;
		}
		req->facet_limit = (unsigned)n;
	}
	for (i = P_FIRST_FILTER; i < NPARAMS; i++) {
		if (p->val[i] == NULL)
			continue;
		if (p->len[i] > c->max_query) {
			*errmsg = xasprintf("%s too long", param_names[i]);
			return MHD_HTTP_CONTENT_TOO_LARGE;
		}
		if (search_request_set_filter(req, param_names[i], p->val[i],
		    errmsg) != 0)
			return MHD_HTTP_BAD_REQUEST;
	}
	req->time_limit = c->time_limit;
	req->max_wildcard = c->max_wildcard;
	return 0;
}

/* The HTTP status for a search_err. */
static unsigned
status_of(int rc)
{
	switch (rc) {
	case SEARCH_EQUERY:
		return MHD_HTTP_BAD_REQUEST;
	case SEARCH_EDB:
		return MHD_HTTP_SERVICE_UNAVAILABLE;
	default:
		return MHD_HTTP_INTERNAL_SERVER_ERROR;
	}
}

/*
 * GET /api/search: search_run's JSON, from the cache when the same
 * request was answered at the current index generation.
 */
static enum MHD_Result
api_search(struct server *sv, struct MHD_Connection *con, struct req *rq)
{
	struct search_request req;
	struct search_engine *eng;
	struct worker *w;
	struct params p;
	struct buf key = BUF_INIT;
	enum MHD_Result ret;
	cJSON *res = NULL, *log;
	char *msg = NULL, *body, today[16];
	unsigned long gen;
	unsigned status;
	size_t len;
	int rc, decisions = 0;
	time_t now;
	struct tm tm;

	params_get(con, &p);
	search_request_init(&req);
	status = search_params(sv, &p, &req, &msg);
	if (status == 0 && bool_param(&p, P_DECISIONS, &decisions, &msg) != 0)
		status = MHD_HTTP_BAD_REQUEST;
	if (status != 0)
		goto fail;
	/* After the filters and sort, as --decisions. */
	if (decisions)
		decisions_request(&req);
	/*
	 * The generation is read before this worker moves to the latest
	 * commit: an answer computed here is never tagged newer than the
	 * revision it comes from.
	 */
	gen = atomic_load(&sv->gen);
	w = worker_get(sv);
	eng = worker_engine(sv, w, &msg);
	if (eng == NULL) {
		status = MHD_HTTP_SERVICE_UNAVAILABLE;
		goto fail;
	}
	params_key(&p, &key);
	if (req.recent) {
		/* The bonus depends on the day: so does the answer. */
		now = time(NULL);
		gmtime_r(&now, &tm);
		strftime(today, sizeof(today), "%Y%m%d", &tm);
		buf_puts(&key, today);
	}
	body = cache_get(&sv->cache, key.data, key.len,
	    atomic_load(&sv->gen), &len);
	if (body != NULL) {
		atomic_fetch_add_explicit(&sv->m.cache_hits, 1,
		    memory_order_relaxed);
		buf_free(&key);
		return respond(sv, con, rq, MHD_HTTP_OK, body, len, free,
		    "application/json", 1, NULL);
	}
	atomic_fetch_add_explicit(&sv->m.cache_misses, 1,
	    memory_order_relaxed);
	rc = search_run(eng, &req, &res, &msg);
	if (rc != 0) {
		status = status_of(rc);
		goto fail;
	}
	if (decisions) {
		/* The JSON of govsearch --decisions --json. */
		log = decisions_log(res);
		cJSON_Delete(res);
		res = log;
	}
	body = cJSON_PrintUnformatted(res);
	cJSON_Delete(res);
	if (body == NULL) {
		buf_free(&key);
		fprintf(stderr, "%s: out of memory\n", PROG);
		return MHD_NO;
	}
	len = strlen(body);
	if (!w->eng_failing)
		cache_put(&sv->cache, key.data, key.len, gen, body, len);
	buf_free(&key);
	free(msg);
	return respond(sv, con, rq, MHD_HTTP_OK, body, len, cJSON_free,
	    "application/json", 1, NULL);
fail:
	buf_free(&key);
	if (status == MHD_HTTP_SERVICE_UNAVAILABLE)
		fprintf(stderr, "%s: %s\n", PROG, msg ? msg : "database error");
	ret = respond_error(sv, con, rq, status, msg ? msg : "error", NULL);
	free(msg);
	return ret;
}

/* ---- /api/suggest ---- */

struct suggestion {
	char *term;		/* owned */
	unsigned freq;
};

struct suggest_ctx {
	struct suggestion top[SUGGEST_MAX];	/* most frequent first */
	size_t n;
	unsigned long scanned;
	int truncated;				/* 1: stopped at SUGGEST_SCAN */
};

/* Keeps the SUGGEST_MAX most frequent terms; ties go to the first seen. */
static int
suggest_cb(void *ctx, const char *term, size_t len, unsigned freq)
{
	struct suggest_ctx *s = ctx;
	size_t i;

	if (++s->scanned > SUGGEST_SCAN) {
		s->truncated = 1;
		return 1;
	}
	if (s->n == SUGGEST_MAX && freq <= s->top[SUGGEST_MAX - 1].freq)
		return 0;
	if (s->n == SUGGEST_MAX)
		free(s->top[--s->n].term);
	for (i = s->n; i > 0 && s->top[i - 1].freq < freq; i--)
		s->top[i] = s->top[i - 1];
	s->top[i].term = xstrndup(term, len);
	s->top[i].freq = freq;
	s->n++;
	return 0;
}

/* Bytes that make up a word for suggestions (any non-ASCII byte too). */
static int
is_word_byte(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* GET /api/suggest: completions of q's last word, most frequent first. */
static enum MHD_Result
api_suggest(struct server *sv, struct MHD_Connection *con, struct req *rq)
{
	struct suggest_ctx s;
	struct params p;
	struct buf low = BUF_INIT, text = BUF_INIT;
	struct xap_db *db;
	enum MHD_Result ret;
	const char *q;
	cJSON *res = NULL, *arr, *o;
	char *msg = NULL;
	unsigned status;
	size_t qlen, start, i;
	int rc;

	memset(&s, 0, sizeof(s));
	params_get(con, &p);
	if (p.bad != NULL) {
		status = MHD_HTTP_BAD_REQUEST;
		msg = xasprintf("parameter %s: not valid UTF-8 text", p.bad);
		goto fail;
	}
	q = p.val[P_Q] ? p.val[P_Q] : "";
	qlen = p.val[P_Q] ? p.len[P_Q] : 0;
	if (qlen > sv->conf.max_query) {
		status = MHD_HTTP_CONTENT_TOO_LARGE;
		msg = xasprintf("query too long: %zu bytes (the limit is %zu)",
		    qlen, sv->conf.max_query);
		goto fail;
	}
	/* The last word, if the text ends inside one. */
	for (start = qlen; start > 0 && is_word_byte(q[start - 1]); start--)
		;
	if (qlen - start > 0 && qlen - start <= SUGGEST_PREFIX_MAX)
		text_lower(q + start, qlen - start, &low);
	if (low.data != NULL) {
		db = worker_db(sv, worker_get(sv), &msg);
		if (db == NULL) {
			status = MHD_HTTP_SERVICE_UNAVAILABLE;
			goto fail;
		}
		rc = xap_db_allterms(db, low.data, suggest_cb, &s, &msg);
		if (rc != 0) {
			status = rc == XAP_ENOMEM ?
			    MHD_HTTP_INTERNAL_SERVER_ERROR :
			    MHD_HTTP_SERVICE_UNAVAILABLE;
			goto fail;
		}
	}
	res = cJSON_CreateObject();
	cJSON_AddStringToObject(res, "query", q);
	cJSON_AddStringToObject(res, "prefix", low.data ? low.data : "");
	arr = cJSON_AddArrayToObject(res, "suggestions");
	for (i = 0; i < s.n; i++) {
		buf_reset(&text);
		buf_append(&text, q, start);
		buf_puts(&text, s.top[i].term);
		o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "text", text.data);
		cJSON_AddStringToObject(o, "term", s.top[i].term);
		cJSON_AddNumberToObject(o, "count", s.top[i].freq);
		cJSON_AddItemToArray(arr, o);
	}
	if (s.truncated)
		cJSON_AddBoolToObject(res, "truncated", 1);
	ret = respond_json(sv, con, rq, MHD_HTTP_OK, res);
	goto out;
fail:
	ret = respond_error(sv, con, rq, status, msg ? msg : "error", NULL);
out:
	for (i = 0; i < s.n; i++)
		free(s.top[i].term);
	cJSON_Delete(res);
	buf_free(&low);
	buf_free(&text);
	free(msg);
	return ret;
}

/* ---- /api/item/ID ---- */

/*
 * The unique term of document id, shortened as schema.h says when too
 * long (the indexer's index_bool_term), over out.
 */
static void
id_term(struct buf *out, const char *id, size_t len)
{
	size_t plen = strlen(PFX_ID);

	buf_reset(out);
	buf_puts(out, PFX_ID);
	if (plen + len <= SCHEMA_MAX_TERM) {
		buf_append(out, id, len);
		return;
	}
	buf_append(out, id, SCHEMA_MAX_TERM - 17 - plen);
	buf_printf(out, "#%016llx", util_hash64(id, len));
}

/*
 * Finds document id: as written, then lower-cased.  Returns 0 with
 * *docid, XAP_ENODOC, or another xap_err with *errmsg.
 */
static int
find_doc(struct xap_db *db, const char *id, size_t len, unsigned *docid,
    char **errmsg)
{
	struct buf term = BUF_INIT, low = BUF_INIT;
	int rc;

	id_term(&term, id, len);
	rc = xap_db_find_term(db, term.data, term.len, docid, errmsg);
	if (rc == XAP_ENODOC) {
		text_lower(id, len, &low);
		if (low.data != NULL && memcmp(low.data, id, len) != 0) {
			free(*errmsg);
			*errmsg = NULL;
			id_term(&term, low.data, low.len);
			rc = xap_db_find_term(db, term.data, term.len, docid,
			    errmsg);
		}
	}
	buf_free(&term);
	buf_free(&low);
	return rc;
}

/* GET /api/item/ID: the stored JSON of document ID, or 404. */
static enum MHD_Result
api_item(struct server *sv, struct MHD_Connection *con, struct req *rq,
    const char *id)
{
	struct xap_db *db;
	enum MHD_Result ret;
	cJSON *doc = NULL;
	char *msg = NULL, *data = NULL;
	unsigned status, docid;
	size_t idlen = strlen(id), len;
	int rc;

	if (idlen == 0 || idlen > MAX_ITEM_ID ||
	    !text_utf8_valid(id, idlen, NULL)) {
		status = MHD_HTTP_NOT_FOUND;
		msg = xstrdup("no such item");
		goto fail;
	}
	db = worker_db(sv, worker_get(sv), &msg);
	if (db == NULL) {
		status = MHD_HTTP_SERVICE_UNAVAILABLE;
		goto fail;
	}
	rc = find_doc(db, id, idlen, &docid, &msg);
	if (rc == 0)
		rc = xap_db_get_data(db, docid, &data, &len, &msg);
	if (rc == XAP_ENODOC) {
		status = MHD_HTTP_NOT_FOUND;
		free(msg);
		msg = xstrdup("no such item");
		goto fail;
	}
	if (rc != 0) {
		status = rc == XAP_ENOMEM ? MHD_HTTP_INTERNAL_SERVER_ERROR :
		    MHD_HTTP_SERVICE_UNAVAILABLE;
		goto fail;
	}
	doc = cJSON_ParseWithLength(data, len);
	if (!cJSON_IsObject(doc)) {
		status = MHD_HTTP_INTERNAL_SERVER_ERROR;
		msg = xstrdup("the stored item is damaged");
		goto fail;
	}
	ret = respond_json(sv, con, rq, MHD_HTTP_OK, doc);
	goto out;
fail:
	ret = respond_error(sv, con, rq, status, msg ? msg : "error", NULL);
out:
	cJSON_Delete(doc);
	free(data);
	free(msg);
	return ret;
}

/* ---- /healthz and /metrics ---- */

/* GET /healthz: 200 with the document count, or 503. */
static enum MHD_Result
healthz(struct server *sv, struct MHD_Connection *con, struct req *rq)
{
	struct search_engine *eng;
	enum MHD_Result ret;
	unsigned docs = 0;
	char *msg = NULL;
	cJSON *o;

	eng = worker_engine(sv, worker_get(sv), &msg);
	if (eng == NULL || search_engine_doccount(eng, &docs, &msg) != 0) {
		ret = respond_error(sv, con, rq, MHD_HTTP_SERVICE_UNAVAILABLE,
		    msg ? msg : "database unavailable", NULL);
		free(msg);
		return ret;
	}
	o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "status", "ok");
	cJSON_AddNumberToObject(o, "documents", docs);
	ret = respond_json(sv, con, rq, MHD_HTTP_OK, o);
	cJSON_Delete(o);
	return ret;
}

/*
 * Seconds since the epoch for a META_LAST_COMMIT value: a number, or an
 * ISO 8601 UTC time "YYYY-MM-DDTHH:MM:SS[.fff]Z".  -1 if neither.
 */
static double
commit_time(const char *s)
{
	struct tm tm;
	char *end;
	double v;

	if (*s == '\0')
		return -1;
	v = strtod(s, &end);
	if (*end == '\0' && v >= 0)
		return v;
	memset(&tm, 0, sizeof(tm));
	end = strptime(s, "%Y-%m-%dT%H:%M:%S", &tm);
	if (end == NULL)
		return -1;
	return (double)timegm(&tm);
}

/* The HELP and TYPE lines of one metric. */
static void
metric_head(struct buf *b, const char *name, const char *type,
    const char *help)
{
	buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* GET /metrics: Prometheus text format (docs/http-api.md). */
static enum MHD_Result
metrics(struct server *sv, struct MHD_Connection *con, struct req *rq)
{
	struct metrics *m = &sv->m;
	struct buf b = BUF_INIT, lc = BUF_INIT;
	const union MHD_DaemonInfo *di;
	const union MHD_ConnectionInfo *ci;
	struct worker *w = worker_get(sv);
	struct search_engine *eng;
	struct xap_db *db;
	unsigned long n, cum;
	unsigned docs = 0;
	char *msg = NULL, *last = NULL;
	size_t e, k, len;
	double t;
	int up;

	metric_head(&b, "govsearch_http_requests_total", "counter",
	    "HTTP requests answered, by endpoint and status.");
	for (e = 0; e < NENDPOINTS; e++) {
		for (k = 0; k < NSTATUS; k++) {
			n = atomic_load_explicit(&m->requests[e][k],
			    memory_order_relaxed);
			if (n == 0)
				continue;
			buf_printf(&b, "govsearch_http_requests_total{endpoint="
			    "\"%s\",status=\"", endpoint_names[e]);
			if (k < NSTATUS - 1)
				buf_printf(&b, "%u", status_codes[k]);
			else
				buf_puts(&b, "other");
			buf_printf(&b, "\"} %lu\n", n);
		}
	}
	metric_head(&b, "govsearch_http_request_duration_seconds",
	    "histogram", "Time from the request line to the response sent.");
	for (e = 0; e < NENDPOINTS; e++) {
		n = atomic_load_explicit(&m->count[e], memory_order_relaxed);
		if (n == 0)
			continue;
		cum = 0;
		for (k = 0; k < NBUCKETS; k++) {
			cum = atomic_load_explicit(&m->buckets[e][k],
			    memory_order_relaxed);
			buf_printf(&b, "govsearch_http_request_duration_seconds"
			    "_bucket{endpoint=\"%s\",le=\"%g\"} %lu\n",
			    endpoint_names[e], latency_bounds[k], cum);
		}
		buf_printf(&b, "govsearch_http_request_duration_seconds_bucket"
		    "{endpoint=\"%s\",le=\"+Inf\"} %lu\n", endpoint_names[e],
		    n);
		buf_printf(&b, "govsearch_http_request_duration_seconds_sum"
		    "{endpoint=\"%s\"} %.6f\n", endpoint_names[e],
		    atomic_load_explicit(&m->sum_us[e], memory_order_relaxed) /
		    1e6);
		buf_printf(&b, "govsearch_http_request_duration_seconds_count"
		    "{endpoint=\"%s\"} %lu\n", endpoint_names[e], n);
	}
	metric_head(&b, "govsearch_http_rejected_total", "counter",
	    "Requests refused by the HTTP layer before a handler saw them.");
	buf_printf(&b, "govsearch_http_rejected_total %lu\n",
	    atomic_load(&m->rejected));
	/* Not sv->daemon: a request may come before it is stored. */
	ci = MHD_get_connection_info(con, MHD_CONNECTION_INFO_DAEMON);
	di = ci != NULL ? MHD_get_daemon_info(ci->daemon,
	    MHD_DAEMON_INFO_CURRENT_CONNECTIONS) : NULL;
	if (di != NULL) {
		metric_head(&b, "govsearch_http_connections", "gauge",
		    "Connections open now.");
		buf_printf(&b, "govsearch_http_connections %u\n",
		    di->num_connections);
	}
	metric_head(&b, "govsearch_search_cache_hits_total", "counter",
	    "Searches answered from the cache.");
	buf_printf(&b, "govsearch_search_cache_hits_total %lu\n",
	    atomic_load(&m->cache_hits));
	metric_head(&b, "govsearch_search_cache_misses_total", "counter",
	    "Searches run on the index.");
	buf_printf(&b, "govsearch_search_cache_misses_total %lu\n",
	    atomic_load(&m->cache_misses));
	pthread_mutex_lock(&sv->cache.lock);
	n = sv->cache.n;
	cum = sv->cache.bytes;
	pthread_mutex_unlock(&sv->cache.lock);
	metric_head(&b, "govsearch_search_cache_entries", "gauge",
	    "Answers in the cache.");
	buf_printf(&b, "govsearch_search_cache_entries %lu\n", n);
	metric_head(&b, "govsearch_search_cache_bytes", "gauge",
	    "Bytes the cached answers take.");
	buf_printf(&b, "govsearch_search_cache_bytes %lu\n", cum);
	metric_head(&b, "govsearch_index_reopens_total", "counter",
	    "Times a worker moved to a new commit of the index.");
	buf_printf(&b, "govsearch_index_reopens_total %lu\n",
	    atomic_load(&m->reopens));
	metric_head(&b, "govsearch_index_reopen_failures_total", "counter",
	    "Times a new commit could not be opened and the old was kept.");
	buf_printf(&b, "govsearch_index_reopen_failures_total %lu\n",
	    atomic_load(&m->reopen_failures));

	eng = worker_engine(sv, w, &msg);
	up = eng != NULL && search_engine_doccount(eng, &docs, &msg) == 0;
	free(msg);
	msg = NULL;
	metric_head(&b, "govsearch_index_up", "gauge",
	    "1 if the index can be searched.");
	buf_printf(&b, "govsearch_index_up %d\n", up);
	if (up) {
		metric_head(&b, "govsearch_documents", "gauge",
		    "Documents (items and passages) in the index.");
		buf_printf(&b, "govsearch_documents %u\n", docs);
	}
	db = worker_db(sv, w, &msg);
	if (db != NULL && xap_db_get_metadata(db, META_LAST_COMMIT, &last,
	    &len, &msg) == 0 && last[0] != '\0') {
		t = commit_time(last);
		if (t >= 0) {
			metric_head(&b,
			    "govsearch_index_last_commit_timestamp_seconds",
			    "gauge", "When the indexer last committed.");
			buf_printf(&b, "govsearch_index_last_commit_timestamp_"
			    "seconds %.3f\n", t);
		}
		/* A label value may hold anything but these escapes. */
		for (k = 0; k < len && k < 64; k++) {
			if (last[k] == '"' || last[k] == '\\')
				buf_putc(&lc, '\\');
			if (last[k] == '\n')
				buf_puts(&lc, "\\n");
			else
				buf_putc(&lc, last[k]);
		}
		metric_head(&b, "govsearch_index_info", "gauge",
		    "The index's last commit as the indexer wrote it.");
		buf_printf(&b, "govsearch_index_info{last_commit=\"%s\"} 1\n",
		    lc.data ? lc.data : "");
	}
	free(last);
	free(msg);
	buf_free(&lc);
	metric_head(&b, "govsearch_start_time_seconds", "gauge",
	    "When the service started.");
	buf_printf(&b, "govsearch_start_time_seconds %lld\n",
	    (long long)sv->started);
	len = b.len;
	return respond(sv, con, rq, MHD_HTTP_OK, buf_steal(&b), len, free,
	    "text/plain; version=0.0.4; charset=utf-8", 1, NULL);
}

/* ---- The page ---- */

/* The Content-Type of a page file, by its extension. */
static const char *
content_type(const char *path)
{
	const char *dot = strrchr(path, '.');

	if (dot == NULL)
		return "application/octet-stream";
	if (strcmp(dot, ".html") == 0)
		return "text/html; charset=utf-8";
	if (strcmp(dot, ".js") == 0)
		return "text/javascript; charset=utf-8";
	if (strcmp(dot, ".css") == 0)
		return "text/css; charset=utf-8";
	if (strcmp(dot, ".svg") == 0)
		return "image/svg+xml";
	if (strcmp(dot, ".png") == 0)
		return "image/png";
	return "application/octet-stream";
}

/* Index in page_assets of path (exact match), or -1. */
static int
asset_find(const char *path)
{
	int i;

	if (strcmp(path, "/") == 0)
		path = "/index.html";
	for (i = 0; page_assets[i].path != NULL; i++) {
		if (strcmp(page_assets[i].path, path) == 0)
			return i;
	}
	return -1;
}

/*
 * A file of the page: page_assets[i], or its copy in --assets DIR; 304
 * when If-None-Match names its ETag.
 */
static enum MHD_Result
page(struct server *sv, struct MHD_Connection *con, struct req *rq, int i)
{
	const struct page_asset *a = &page_assets[i];
	const char *inm;
	struct MHD_Response *r;
	enum MHD_Result ret;
	char etag[32], *path, *data = NULL;
	size_t len = 0;
	unsigned long long h = sv->etags[i];
	unsigned status = MHD_HTTP_OK;

	if (sv->conf.assets != NULL) {
		/* The name comes from the table, never from the URL. */
		path = xasprintf("%s%s", sv->conf.assets, a->path);
		if (util_read_file(path, &data, &len) == 0)
			h = util_hash64(data, len);
		else
			data = NULL;
		free(path);
	}
	snprintf(etag, sizeof(etag), "\"%016llx\"", h);
	inm = MHD_lookup_connection_value(con, MHD_HEADER_KIND,
	    MHD_HTTP_HEADER_IF_NONE_MATCH);
	if (inm != NULL && strcmp(inm, etag) == 0) {
		status = MHD_HTTP_NOT_MODIFIED;
		r = MHD_create_response_from_buffer(0, NULL,
		    MHD_RESPMEM_PERSISTENT);
		free(data);
		len = 0;
	} else if (data != NULL) {
		r = MHD_create_response_from_buffer_with_free_callback(len,
		    data, free);
	} else {
		len = a->len;
		r = MHD_create_response_from_buffer(len, (void *)a->data,
		    MHD_RESPMEM_PERSISTENT);
	}
	if (r == NULL)
		return MHD_NO;
	add_headers(sv, r, content_type(a->path), 0);
	MHD_add_response_header(r, MHD_HTTP_HEADER_ETAG, etag);
	MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
	MHD_add_response_header(r, "Content-Security-Policy",
	    "default-src 'none'; script-src 'self'; style-src 'self'; "
	    "connect-src 'self'; img-src 'self' data:; base-uri 'none'; "
	    "form-action 'self'; frame-ancestors 'none'");
	MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
	ret = MHD_queue_response(con, status, r);
	MHD_destroy_response(r);
	rq->status = status;
	rq->bytes = len;
	return ret;
}

/* ---- Dispatch ---- */

/* 1 if the request's method is want. */
static int
method_is(const char *m, const char *want)
{
	return strcmp(m, want) == 0;
}

/*
 * Answers a request whose headers and body have been read: picks the
 * endpoint from the decoded path url, checks the method and the size of
 * the request target, and runs it.
 */
static enum MHD_Result
dispatch(struct server *sv, struct MHD_Connection *con, struct req *rq,
    const char *url)
{
	const char *allow = sv->conf.cors ? "GET, HEAD, OPTIONS" : "GET, HEAD";
	struct MHD_Response *r;
	enum MHD_Result ret;
	int api = strncmp(url, "/api/", 5) == 0;
	int asset = api || rq->nul ? -1 : asset_find(url);

	if (rq->nul)
		rq->endpoint = EP_OTHER;
	else if (strcmp(url, "/api/search") == 0)
		rq->endpoint = EP_SEARCH;
	else if (strcmp(url, "/api/suggest") == 0)
		rq->endpoint = EP_SUGGEST;
	else if (strncmp(url, "/api/item/", 10) == 0)
		rq->endpoint = EP_ITEM;
	else if (strcmp(url, "/healthz") == 0)
		rq->endpoint = EP_HEALTHZ;
	else if (strcmp(url, "/metrics") == 0)
		rq->endpoint = EP_METRICS;
	else if (asset >= 0)
		rq->endpoint = EP_PAGE;
	else
		rq->endpoint = EP_OTHER;

	if (method_is(rq->method, "OPTIONS") && api && sv->conf.cors) {
		/* A CORS preflight. */
		r = MHD_create_response_from_buffer(0, NULL,
		    MHD_RESPMEM_PERSISTENT);
		if (r == NULL)
			return MHD_NO;
		add_headers(sv, r, "text/plain", 1);
		MHD_add_response_header(r,
		    MHD_HTTP_HEADER_ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD");
		MHD_add_response_header(r, "Access-Control-Max-Age", "86400");
		ret = MHD_queue_response(con, MHD_HTTP_NO_CONTENT, r);
		MHD_destroy_response(r);
		rq->status = MHD_HTTP_NO_CONTENT;
		return ret;
	}
	if (!method_is(rq->method, "GET") && !method_is(rq->method, "HEAD"))
		return respond_error(sv, con, rq, MHD_HTTP_METHOD_NOT_ALLOWED,
		    "method not allowed: the service is read-only", allow);
	if (rq->urilen > sv->conf.max_url)
		return respond_error(sv, con, rq, MHD_HTTP_CONTENT_TOO_LARGE,
		    "request target too long", NULL);

	switch (rq->endpoint) {
	case EP_SEARCH:
		return api_search(sv, con, rq);
	case EP_SUGGEST:
		return api_suggest(sv, con, rq);
	case EP_ITEM:
		return api_item(sv, con, rq, url + 10);
	case EP_HEALTHZ:
		return healthz(sv, con, rq);
	case EP_METRICS:
		return metrics(sv, con, rq);
	case EP_PAGE:
		return page(sv, con, rq, asset);
	default:
		return respond_error(sv, con, rq, MHD_HTTP_NOT_FOUND,
		    "not found", NULL);
	}
}

/* ---- libmicrohttpd callbacks ---- */

/* Called with the request line: starts the request's record. */
static void *
uri_cb(void *cls, const char *uri, struct MHD_Connection *con)
{
	const union MHD_ConnectionInfo *ci;
	const struct sockaddr *sa;
	struct req *rq = xcalloc(1, sizeof(*rq));
	size_t len = strlen(uri);
	const char *p;

	(void)cls;
	rq->t0 = now_s();
	rq->wall = time(NULL);
	rq->urilen = len;
	rq->uri = xstrndup(uri, len < LOG_URI_MAX ? len : LOG_URI_MAX);
	rq->endpoint = EP_OTHER;
	/* libmicrohttpd decodes the path into a C string: %00 would cut it. */
	for (p = uri; *p != '\0' && *p != '?'; p++) {
		if (p[0] == '%' && p[1] == '0' && p[2] == '0') {
			rq->nul = 1;
			break;
		}
	}
	strcpy(rq->addr, "-");
	ci = MHD_get_connection_info(con, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
	sa = ci != NULL ? ci->client_addr : NULL;
	if (sa != NULL && sa->sa_family == AF_INET)
		inet_ntop(AF_INET, &((const struct sockaddr_in *)
		    (const void *)sa)->sin_addr, rq->addr, sizeof(rq->addr));
	else if (sa != NULL && sa->sa_family == AF_INET6)
		inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)
		    (const void *)sa)->sin6_addr, rq->addr, sizeof(rq->addr));
	return rq;
}

/* Copies a method or version for the log, printable ASCII only. */
static void
copy_token(char *dst, size_t size, const char *src)
{
	size_t i;

	for (i = 0; src != NULL && src[i] != '\0' && i + 1 < size; i++)
		dst[i] = (src[i] > 0x20 && src[i] < 0x7f) ? src[i] : '?';
	dst[i] = '\0';
}

/*
 * libmicrohttpd's access handler: called once when the headers are in,
 * once per piece of body, and once more at the end, when dispatch()
 * answers.  Oversized bodies are refused as soon as they are announced.
 */
static enum MHD_Result
handler(void *cls, struct MHD_Connection *con, const char *url,
    const char *method, const char *version, const char *upload_data,
    size_t *upload_data_size, void **con_cls)
{
	struct server *sv = cls;
	struct req *rq = *con_cls;
	const char *cl;
	unsigned long n;

	(void)upload_data;
	if (rq == NULL) {
		rq = uri_cb(NULL, url, con);
		*con_cls = rq;
	}
	if (!rq->started) {
		rq->started = 1;
		copy_token(rq->method, sizeof(rq->method), method);
		copy_token(rq->version, sizeof(rq->version), version);
		cl = MHD_lookup_connection_value(con, MHD_HEADER_KIND,
		    MHD_HTTP_HEADER_CONTENT_LENGTH);
		/* A chunked body has no size to check: refuse it now. */
		if (MHD_lookup_connection_value(con, MHD_HEADER_KIND,
		    MHD_HTTP_HEADER_TRANSFER_ENCODING) != NULL ||
		    (cl != NULL && (parse_ulong(cl, 0, ULONG_MAX, &n) != 0 ||
		    n > sv->conf.max_body)))
			return respond_error(sv, con, rq,
			    MHD_HTTP_CONTENT_TOO_LARGE,
			    "request body too large", NULL);
		/*
		 * Answer on the next call, once any body is read (and
		 * ignored): a response queued now would close the
		 * connection instead of keeping it alive.
		 */
		return MHD_YES;
	}
	if (*upload_data_size != 0) {
		rq->body += *upload_data_size;
		*upload_data_size = 0;
		if (rq->body > sv->conf.max_body && rq->status == 0)
			return respond_error(sv, con, rq,
			    MHD_HTTP_CONTENT_TOO_LARGE,
			    "request body too large", NULL);
		return MHD_YES;
	}
	if (rq->status != 0)
		return MHD_YES;
	return dispatch(sv, con, rq, url);
}

/* Counts the request, writes its access log line and frees it. */
static void
completed_cb(void *cls, struct MHD_Connection *con, void **con_cls,
    enum MHD_RequestTerminationCode toe)
{
	struct server *sv = cls;
	struct req *rq = *con_cls;
	struct metrics *m = &sv->m;
	struct buf b = BUF_INIT;
	struct tm tm;
	char when[64];
	double dt;
	size_t k;

	(void)con;
	(void)toe;
	if (rq == NULL)
		return;
	*con_cls = NULL;
	if (rq->status == 0) {
		/* libmicrohttpd answered (a malformed request) or gave up. */
		atomic_fetch_add_explicit(&m->rejected, 1,
		    memory_order_relaxed);
	} else {
		dt = now_s() - rq->t0;
		for (k = 0; k < NSTATUS - 1; k++) {
			if (status_codes[k] == rq->status)
				break;
		}
		atomic_fetch_add_explicit(&m->requests[rq->endpoint][k], 1,
		    memory_order_relaxed);
		for (k = 0; k < NBUCKETS; k++) {
			if (dt <= latency_bounds[k])
				atomic_fetch_add_explicit(
				    &m->buckets[rq->endpoint][k], 1,
				    memory_order_relaxed);
		}
		atomic_fetch_add_explicit(&m->count[rq->endpoint], 1,
		    memory_order_relaxed);
		atomic_fetch_add_explicit(&m->sum_us[rq->endpoint],
		    (unsigned long long)(dt * 1e6), memory_order_relaxed);
	}
	if (!sv->conf.quiet) {
		/* Common log format. */
		localtime_r(&rq->wall, &tm);
		strftime(when, sizeof(when), "%d/%b/%Y:%H:%M:%S %z", &tm);
		buf_printf(&b, "%s - - [%s] \"%s ", rq->addr, when,
		    rq->method[0] ? rq->method : "-");
		log_escape(&b, rq->uri, strlen(rq->uri));
		if (rq->urilen > LOG_URI_MAX)
			buf_puts(&b, "...");
		if (rq->status != 0)
			buf_printf(&b, " %s\" %u %zu\n", rq->version,
			    rq->status, rq->bytes);
		else
			buf_printf(&b, " %s\" - -\n", rq->version[0] ?
			    rq->version : "-");
		fwrite(b.data, 1, b.len, stderr);
		buf_free(&b);
	}
	free(rq->uri);
	free(rq);
}

/* libmicrohttpd's own messages. */
static void
mhd_log(void *cls, const char *fmt, va_list ap)
{
	struct buf b = BUF_INIT;
	char line[512];
	size_t n;

	(void)cls;
	vsnprintf(line, sizeof(line), fmt, ap);
	n = strlen(line);
	while (n > 0 && line[n - 1] == '\n')
		line[--n] = '\0';
	buf_printf(&b, "%s: http: %s\n", PROG, line);
	fwrite(b.data, 1, b.len, stderr);
	buf_free(&b);
}

/* ---- Start-up ---- */

/*
 * Binds a listening socket to spec ("HOST:PORT", "[V6]:PORT" or "PORT"
 * for 127.0.0.1).  Returns the socket, or -1 (cannot bind) or -2 (not
 * an address) with *errmsg; *url gets the address clients use
 * (malloc'd).
 */
static int
listen_on(const char *spec, char **url, char **errmsg)
{
	struct addrinfo hints, *res = NULL, *ai;
	struct sockaddr_storage ss;
	socklen_t sl = sizeof(ss);
	char *host = NULL, hostbuf[INET6_ADDRSTRLEN];
	const char *port, *colon;
	unsigned short pnum;
	int fd = -1, one = 1, rc, err = 0;

	if (strchr(spec, ':') == NULL) {
		host = xstrdup("127.0.0.1");
		port = spec;
	} else if (spec[0] == '[') {
		colon = strstr(spec, "]:");
		if (colon == NULL)
			goto bad;
		host = xstrndup(spec + 1, (size_t)(colon - spec - 1));
		port = colon + 2;
	} else {
		colon = strrchr(spec, ':');
		host = xstrndup(spec, (size_t)(colon - spec));
		port = colon + 1;
	}
	if (host[0] == '\0' || port[0] == '\0' ||
	    strspn(port, "0123456789") != strlen(port) || strlen(port) > 5 ||
	    atoi(port) > 65535)
		goto bad;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
	rc = getaddrinfo(host, port, &hints, &res);
	if (rc != 0) {
		*errmsg = xasprintf("cannot listen on %s: %s", spec,
		    gai_strerror(rc));
		goto fail;
	}
	for (ai = res; ai != NULL; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC,
		    ai->ai_protocol);
		if (fd < 0) {
			err = errno;
			continue;
		}
		setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		if (ai->ai_family == AF_INET6)
			setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one,
			    sizeof(one));
		if (bind(fd, ai->ai_addr, ai->ai_addrlen) == 0 &&
		    listen(fd, 511) == 0 &&
		    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == 0)
			break;
		err = errno;
		close(fd);
		fd = -1;
	}
	if (fd < 0) {
		*errmsg = xasprintf("cannot listen on %s: %s", spec,
		    strerror(err));
		goto fail;
	}
	if (getsockname(fd, (struct sockaddr *)&ss, &sl) != 0) {
		*errmsg = xasprintf("cannot listen on %s: %s", spec,
		    strerror(errno));
		close(fd);
		fd = -1;
		goto fail;
	}
	if (ss.ss_family == AF_INET6) {
		struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;

		inet_ntop(AF_INET6, &s6->sin6_addr, hostbuf, sizeof(hostbuf));
		pnum = ntohs(s6->sin6_port);
		*url = xasprintf("http://[%s]:%u/", hostbuf, pnum);
	} else {
		struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;

		inet_ntop(AF_INET, &s4->sin_addr, hostbuf, sizeof(hostbuf));
		pnum = ntohs(s4->sin_port);
		*url = xasprintf("http://%s:%u/", hostbuf, pnum);
	}
	goto out;
bad:
	*errmsg = xasprintf("bad --listen '%s': want HOST:PORT", spec);
	fd = -2;
	goto out;
fail:
	fd = -1;
out:
	if (res != NULL)
		freeaddrinfo(res);
	free(host);
	return fd;
}

/* The long name of option ch, for messages. */
static const char *
opt_name(int ch)
{
	size_t i;

	for (i = 0; longopts[i].name != NULL; i++) {
		if (longopts[i].val == ch)
			return longopts[i].name;
	}
	return "?";
}

/* Reads the options into c.  Returns -1 to go on, else an exit status. */
static int
parse_args(int argc, char **argv, struct serve_conf *c)
{
	unsigned long n;
	int ch;

	memset(c, 0, sizeof(*c));
	c->listen = DEFAULT_LISTEN;
	c->max_query = SEARCH_MAX_QUERY;
	c->max_limit = DEFAULT_MAX_LIMIT;
	c->max_offset = DEFAULT_MAX_OFFSET;
	c->time_limit = DEFAULT_TIME_LIMIT;
	c->max_connections = DEFAULT_MAX_CONN;
	c->max_body = DEFAULT_MAX_BODY;
	c->max_url = DEFAULT_MAX_URL;
	c->timeout = DEFAULT_TIMEOUT;
	c->max_wildcard = DEFAULT_MAX_WILDCARD;
	c->cache = DEFAULT_CACHE;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "d:l:t:qhV", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'd':
			if (c->ndbs == MAX_DBS) {
				fprintf(stderr, "%s: at most %d databases\n",
				    PROG, MAX_DBS);
				return 2;
			}
			c->dbs[c->ndbs++] = optarg;
			break;
		case 'l':
			c->listen = optarg;
			break;
		case 't':
			if (parse_ulong(optarg, 1, MAX_THREADS, &n) != 0)
				goto bad;
			c->threads = (unsigned)n;
			break;
		case 'C':
			/* It becomes a header value: no control bytes. */
			for (n = 0; optarg[n] != '\0'; n++) {
				if ((unsigned char)optarg[n] < 0x20 ||
				    optarg[n] == 0x7f)
					goto bad;
			}
			if (n == 0)
				goto bad;
			c->cors = optarg;
			break;
		case 'Q':
			if (parse_ulong(optarg, 1, SEARCH_MAX_QUERY, &n) != 0)
				goto bad;
			c->max_query = n;
			break;
		case 'L':
			if (parse_ulong(optarg, 1, SEARCH_MAX_LIMIT, &n) != 0)
				goto bad;
			c->max_limit = (unsigned)n;
			break;
		case 'O':
			if (parse_ulong(optarg, 0, 1000000, &n) != 0)
				goto bad;
			c->max_offset = (unsigned)n;
			break;
		case 'T':
			if (parse_seconds(optarg, 3600, &c->time_limit) != 0)
				goto bad;
			break;
		case 'c':
			if (parse_ulong(optarg, 1, 100000, &n) != 0)
				goto bad;
			c->max_connections = (unsigned)n;
			break;
		case 'B':
			if (parse_ulong(optarg, 0, 1UL << 30, &n) != 0)
				goto bad;
			c->max_body = n;
			break;
		case 'U':
			if (parse_ulong(optarg, 256, 1UL << 20, &n) != 0)
				goto bad;
			c->max_url = n;
			break;
		case 'I':
			if (parse_ulong(optarg, 1, 86400, &n) != 0)
				goto bad;
			c->timeout = (unsigned)n;
			break;
		case 'W':
			if (parse_ulong(optarg, 0, 1000000, &n) != 0)
				goto bad;
			c->max_wildcard = (unsigned)n;
			break;
		case 'K':
			if (parse_ulong(optarg, 0, 1000000, &n) != 0)
				goto bad;
			c->cache = (unsigned)n;
			break;
		case 'A':
			c->assets = optarg;
			break;
		case 'q':
			c->quiet = 1;
			break;
		case 'P':
			c->allow_partial = 1;
			break;
		case 'h':
			usage(stdout);
			return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 3;
		case 'V':
			printf("govsearch %s\n", PACKAGE_VERSION);
			return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 3;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "%s: unexpected argument '%s'\n", PROG,
		    argv[optind]);
		return 2;
	}
	if (c->ndbs == 0) {
		fprintf(stderr, "%s: no database: give --db DIR\n", PROG);
		return 2;
	}
	if (c->threads == 0) {
		long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

		c->threads = ncpu > 0 && ncpu < MAX_THREADS / 2 ?
		    (unsigned)ncpu * 2 : 2;
	}
	return -1;
bad:
	fprintf(stderr, "%s: bad value for --%s: '%s'\n", PROG,
	    opt_name(ch), optarg);
	return 2;
}

/* ---- Main ---- */

/*
 * Waits for SIGTERM or SIGINT (blocked in every thread, so only this one
 * takes them), then stops: no new connections, the requests in flight
 * finish (up to SHUTDOWN_GRACE_MS), and the daemon's threads are joined.
 */
static void
run_until_signalled(struct server *sv, const sigset_t *sigs)
{
	const union MHD_DaemonInfo *di;
	MHD_socket qfd;
	double t0;
	int sig = 0;

	while (sigwait(sigs, &sig) != 0)
		;
	fprintf(stderr, "%s: %s, shutting down\n", PROG, strsignal(sig));
	atomic_store(&sv->stopping, 1);
	qfd = MHD_quiesce_daemon(sv->daemon);
	t0 = now_s();
	while ((now_s() - t0) * 1000 < SHUTDOWN_GRACE_MS) {
		di = MHD_get_daemon_info(sv->daemon,
		    MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
		if (di == NULL || di->num_connections == 0)
			break;
		usleep(20000);
	}
	MHD_stop_daemon(sv->daemon);
	sv->daemon = NULL;
	if (qfd != MHD_INVALID_SOCKET)
		close(qfd);
}

int
serve_main(int argc, char **argv)
{
	struct server *sv;
	struct search_engine *eng;
	sigset_t sigs, old;
	char *msg = NULL, *url = NULL;
	unsigned docs = 0;
	size_t i, n, memlimit;
	int fd = -1, rc, status = 3, keyed = 0;

	sv = xcalloc(1, sizeof(*sv));
	rc = parse_args(argc, argv, &sv->conf);
	if (rc >= 0) {
		free(sv);
		return rc;
	}
	sv->eo.dbs = sv->conf.dbs;
	sv->eo.ndbs = sv->conf.ndbs;
	sv->eo.allow_partial = sv->conf.allow_partial;
	sv->started = time(NULL);

	/* A database that does not open is a start-up error, not 503s. */
	eng = search_engine_open(&sv->eo, &rc, &msg);
	if (eng == NULL) {
		fprintf(stderr, "%s: %s\n", PROG, msg ? msg :
		    "cannot open the database");
		status = search_exit_status(rc);
		goto out;
	}
	search_engine_doccount(eng, &docs, NULL);
	search_engine_free(eng);

	for (n = 0; page_assets[n].path != NULL; n++)
		;
	sv->etags = xcalloc(n + 1, sizeof(*sv->etags));
	for (i = 0; i < n; i++)
		sv->etags[i] = util_hash64(page_assets[i].data,
		    page_assets[i].len);

	fd = listen_on(sv->conf.listen, &url, &msg);
	if (fd < 0) {
		fprintf(stderr, "%s: %s\n", PROG, msg);
		status = fd == -2 ? 2 : 3;
		goto out;
	}
	if (pthread_key_create(&sv->key, NULL) != 0) {
		fprintf(stderr, "%s: out of thread keys\n", PROG);
		goto out;
	}
	keyed = 1;
	pthread_mutex_init(&sv->lock, NULL);
	cache_init(&sv->cache, sv->conf.cache);

	/* The daemon's threads inherit this mask. */
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &sigs, &old);

	/*
	 * The request line and headers must fit the connection's memory, or
	 * libmicrohttpd answers with an HTML 414/431 of its own.  Room for
	 * MIN_CONN_MEMORY lets a target up to 1 MiB reach dispatch() and get
	 * a JSON 413; the pages are touched only by requests that big.
	 */
	memlimit = sv->conf.max_url * 2 + 16 * 1024;
	if (memlimit < MIN_CONN_MEMORY)
		memlimit = MIN_CONN_MEMORY;
	sv->daemon = MHD_start_daemon(MHD_USE_AUTO_INTERNAL_THREAD |
	    MHD_USE_ITC | MHD_USE_ERROR_LOG, 0, NULL, NULL, handler, sv,
	    MHD_OPTION_EXTERNAL_LOGGER, mhd_log, (void *)sv,
	    MHD_OPTION_LISTEN_SOCKET, (MHD_socket)fd,
	    MHD_OPTION_THREAD_POOL_SIZE, (unsigned)sv->conf.threads,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)sv->conf.max_connections,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)sv->conf.timeout,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, memlimit,
	    MHD_OPTION_URI_LOG_CALLBACK, uri_cb, (void *)sv,
	    MHD_OPTION_NOTIFY_COMPLETED, completed_cb, (void *)sv,
	    MHD_OPTION_END);
	if (sv->daemon == NULL) {
		fprintf(stderr, "%s: cannot start the HTTP service on %s\n",
		    PROG, url);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		close(fd);
		goto out;
	}
	fprintf(stderr, "%s: listening on %s (%u documents, %u threads)\n",
	    PROG, url, docs, sv->conf.threads);
	run_until_signalled(sv, &sigs);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	status = 0;
out:
	workers_free(sv);
	if (keyed) {
		pthread_key_delete(sv->key);
		pthread_mutex_destroy(&sv->lock);
		cache_free(&sv->cache);
	}
	free(sv->etags);
	free(url);
	free(msg);
	free(sv);
	return status;
}
