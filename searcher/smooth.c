/*
 * smooth.c: neighbouring-turn smoothing (smooth.h).  The neighbours are
 * found by sorting the hits' VAL_TURN values (meeting, then turn number)
 * and searching that order, so a page costs O(n log n) in the hits
 * matched and one value read per hit.
 */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "schema.h"
#include "search.h"
#include "smooth.h"
#include "util.h"
#include "xap.h"

/* One hit of the deep match. */
struct scored {
	unsigned long long meeting;
	long seq;		/* -1: not a turn */
	double own;		/* Xapian's score */
	double prev, next;	/* the neighbours' scores, 0 if not matched */
	double score;		/* smoothed */
	size_t idx;		/* in the hits */
};

struct smooth {
	int active;		/* 1: the match was widened for smoothing */
	double alpha;
	unsigned offset, limit;	/* the page asked for */
	struct scored *h;		/* owned: hits, sorted for the page */
	size_t nh;
	size_t first, n;	/* the page: h[first .. first + n) */
};

/* 1 if some document holds a turn: a statistic, also known remotely. */
static int
has_turns(struct xap_db *db)
{
	unsigned n = 0;

	return xap_db_value_freq(db, VAL_TURN, &n, NULL) == 0 && n > 0;
}

struct smooth *
smooth_plan(struct xap_db *db, const struct search_request *req,
    struct xap_search *s)
{
	struct smooth *sm = xcalloc(1, sizeof(*sm));
	unsigned depth;

	sm->offset = req->offset;
	sm->limit = req->limit;
	sm->alpha = req->smooth;
	if (!(req->smooth > 0) || req->sort != SEARCH_SORT_RELEVANCE ||
	    req->limit == 0 || !has_turns(db))
		return sm;
	sm->active = 1;
	/* offset and limit are capped (search.h), so the sum fits. */
	depth = req->offset + req->limit;
	if (depth < SMOOTH_DEPTH)
		depth = SMOOTH_DEPTH;
	s->offset = 0;
	s->limit = depth;
	return sm;
}

void
smooth_free(struct smooth *sm)
{
	if (sm == NULL)
		return;
	free(sm->h);
	free(sm);
}

/* "16 hex digits:turn number" (schema.h); 0 if val is not that. */
static int
parse_turn(const char *val, size_t len, unsigned long long *meeting,
    long *seq)
{
	unsigned long long m = 0, n = 0;
	size_t i;
	int c;

	if (len != TURN_VALUE_LEN || val[16] != ':')
		return 0;
	for (i = 0; i < 16; i++) {
		c = (unsigned char)val[i];
		if (c >= '0' && c <= '9')
			m = m << 4 | (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			m = m << 4 | (unsigned)(c - 'a' + 10);
		else
			return 0;
	}
	for (i = 17; i < len; i++) {
		if (val[i] < '0' || val[i] > '9')
			return 0;
		n = n * 10 + (unsigned)(val[i] - '0');
	}
	if (n > (unsigned long long)RECORD_SEQ_MAX)
		return 0;
	*meeting = m;
	*seq = (long)n;
	return 1;
}

static int
cmp_turn(const void *a, const void *b)
{
	const struct scored *x = *(const struct scored *const *)a;
	const struct scored *y = *(const struct scored *const *)b;

	if (x->meeting != y->meeting)
		return x->meeting < y->meeting ? -1 : 1;
	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
	return 0;
}

/* Best score of the turn (meeting, seq) among the hits; 0 if none. */
static double
turn_score(struct scored *const *by, size_t n, unsigned long long meeting,
    long seq)
{
	struct scored key, *kp = &key, *const *p;
	double best = 0;
	size_t i;

	if (seq < 0)
		return 0;
	key.meeting = meeting;
	key.seq = seq;
	p = bsearch(&kp, by, n, sizeof(*by), cmp_turn);
	if (p == NULL)
		return 0;
	/* Passages of one turn share its number: take the best. */
	while (p > by && cmp_turn(p - 1, &kp) == 0)
		p--;
	for (i = (size_t)(p - by); i < n && cmp_turn(&by[i], &kp) == 0; i++)
		if (by[i]->own > best)
			best = by[i]->own;
	return best;
}

static int
cmp_score(const void *a, const void *b)
{
	const struct scored *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	/* Ties keep the match's order. */
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

int
smooth_apply(struct smooth *sm, const struct xap_hits *hits, char **errmsg)
{
	struct scored **by = NULL;
	size_t n = xap_hits_size(hits), i, nt = 0, len;
	char *val = NULL;
	int rc = 0;

	free(sm->h);
	sm->h = n > 0 ? xreallocarray(NULL, n, sizeof(*sm->h)) : NULL;
	sm->nh = n;
	sm->first = 0;
	sm->n = n;
	for (i = 0; i < n; i++) {
		memset(&sm->h[i], 0, sizeof(sm->h[i]));
		sm->h[i].idx = i;
		sm->h[i].seq = -1;
		sm->h[i].own = sm->h[i].score = xap_hits_weight(hits, i);
	}
	if (!sm->active || n == 0)
		return 0;
	/* Remote shards: one round trip, not one per hit. */
	rc = xap_hits_fetch(hits, errmsg);
	if (rc != 0)
		return rc;
	by = xreallocarray(NULL, n, sizeof(*by));
	for (i = 0; i < n; i++) {
		rc = xap_hits_value(hits, i, VAL_TURN, &val, &len, errmsg);
		if (rc != 0)
			goto fail;
		if (parse_turn(val, len, &sm->h[i].meeting, &sm->h[i].seq))
			by[nt++] = &sm->h[i];
		free(val);
		val = NULL;
	}
	if (nt > 0)
		qsort(by, nt, sizeof(*by), cmp_turn);
	for (i = 0; i < nt; i++) {
		struct scored *t = by[i];

		t->prev = turn_score(by, nt, t->meeting, t->seq - 1);
		t->next = t->seq < RECORD_SEQ_MAX ?
		    turn_score(by, nt, t->meeting, t->seq + 1) : 0;
		t->score = t->own + sm->alpha * (t->prev + t->next);
	}
	qsort(sm->h, n, sizeof(*sm->h), cmp_score);
	sm->first = sm->offset < n ? sm->offset : n;
	sm->n = n - sm->first < sm->limit ? n - sm->first : sm->limit;
fail:
	free(by);
	return rc;
}

int
smooth_alpha_parse(const char *s, double *alpha)
{
	char *end;
	double v;

	if (s == NULL || *s == '\0')
		return -1;
	v = strtod(s, &end);
	if (*end != '\0' || !isfinite(v) || v < 0 || v > SMOOTH_ALPHA_MAX)
		return -1;
	*alpha = v;
	return 0;
}

size_t
smooth_count(const struct smooth *sm)
{
	return sm->n;
}

size_t
smooth_index(const struct smooth *sm, size_t k)
{
	return sm->h[sm->first + k].idx;
}

static void
set_number(cJSON *o, const char *name, double v)
{
	if (cJSON_GetObjectItemCaseSensitive(o, name) != NULL)
		cJSON_ReplaceItemInObjectCaseSensitive(o, name,
		    cJSON_CreateNumber(v));
	else
		cJSON_AddNumberToObject(o, name, v);
}

void
smooth_annotate(const struct smooth *sm, size_t k, cJSON *hit)
{
	const struct scored *h;
	cJSON *ex, *t;

	if (!sm->active)
		return;
	h = &sm->h[sm->first + k];
	set_number(hit, "rank", (double)sm->offset + (double)k + 1);
	set_number(hit, "score", h->score);
	ex = cJSON_GetObjectItemCaseSensitive(hit, "explain");
	if (!cJSON_IsObject(ex) || h->seq < 0)
		return;
	t = cJSON_AddObjectToObject(ex, "turns");
	cJSON_AddNumberToObject(t, "seq", (double)h->seq);
	cJSON_AddNumberToObject(t, "own", h->own);
	cJSON_AddNumberToObject(t, "previous", h->prev);
	cJSON_AddNumberToObject(t, "next", h->next);
	cJSON_AddNumberToObject(t, "alpha", sm->alpha);
}
