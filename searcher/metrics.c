/*
 * metrics.c: TREC qrels and runs, and trec_eval's measures on them.
 *
 * The arithmetic follows trec_eval 9 (m_recip_rank.c, m_ndcg_cut.c,
 * m_P.c, m_recall.c, m_map.c, form_res_rels.c) so that a run scored here
 * and by trec_eval gives the same figures.
 */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "metrics.h"
#include "util.h"

#define MAX_CUTOFF	100000

/* ---- Measures ---- */

/* Sets *errmsg (when wanted) and returns rc. */
static int
fail(char **errmsg, int rc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
fail(char **errmsg, int rc, const char *fmt, ...)
{
	va_list ap;
	char tmp[512];

	if (errmsg == NULL)
		return rc;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	*errmsg = xstrdup(tmp);
	return rc;
}

/* Parses the cutoff after a measure's stem; -1 if it is not 1..MAX. */
static long
parse_cutoff(const char *s)
{
	char *end;
	long v;

	if (!isdigit((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < 1 || v > MAX_CUTOFF)
		return -1;
	return v;
}

/*
 * One measure name, already cut out and lower-cased, into *m.  Returns 0
 * or -1.
 */
static int
parse_one(const char *s, struct metric *m)
{
	static const struct {
		const char *stem;	/* before the cutoff */
		int kind;
		int cut;		/* 1: needs a cutoff, 0: none, 2:
					 * optional */
	} names[] = {
		{ "mrr", METRIC_RR, 2 },
		{ "rr", METRIC_RR, 2 },
		{ "recip_rank", METRIC_RR, 2 },
		{ "ndcg_cut", METRIC_NDCG, 1 },
		{ "ndcg", METRIC_NDCG, 2 },
		{ "p", METRIC_P, 1 },
		{ "precision", METRIC_P, 1 },
		{ "recall", METRIC_RECALL, 1 },
		{ "map", METRIC_MAP, 0 },
		{ "ap", METRIC_MAP, 0 },
	};
	size_t i, n;
	long k = 0;
	unsigned u;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		n = strlen(names[i].stem);
		if (strncmp(s, names[i].stem, n) != 0)
			continue;
		if (s[n] == '\0') {
			if (names[i].cut == 1)
				continue;
			k = 0;
		} else if (s[n] == '@' || s[n] == '_' || s[n] == '.') {
			if (names[i].cut == 0)
				continue;
			k = parse_cutoff(s + n + 1);
			if (k < 0)
				return -1;
		} else {
			continue;
		}
		m->kind = names[i].kind;
		m->cutoff = (unsigned)k;
		break;
	}
	if (i == sizeof(names) / sizeof(names[0]))
		return -1;
	u = (unsigned)k;
	switch (m->kind) {
	case METRIC_RR:
		if (u == 0) {
			snprintf(m->name, sizeof(m->name), "mrr");
			snprintf(m->trec, sizeof(m->trec), "recip_rank");
		} else {
			snprintf(m->name, sizeof(m->name), "mrr@%u", u);
			snprintf(m->trec, sizeof(m->trec), "recip_rank@%u", u);
		}
		break;
	case METRIC_NDCG:
		if (u == 0) {
			snprintf(m->name, sizeof(m->name), "ndcg");
			snprintf(m->trec, sizeof(m->trec), "ndcg");
		} else {
			snprintf(m->name, sizeof(m->name), "ndcg@%u", u);
			snprintf(m->trec, sizeof(m->trec), "ndcg_cut_%u", u);
		}
		break;
	case METRIC_P:
		snprintf(m->name, sizeof(m->name), "p@%u", u);
		snprintf(m->trec, sizeof(m->trec), "P_%u", u);
		break;
	case METRIC_RECALL:
		snprintf(m->name, sizeof(m->name), "recall@%u", u);
		snprintf(m->trec, sizeof(m->trec), "recall_%u", u);
		break;
	default:
		snprintf(m->name, sizeof(m->name), "map");
		snprintf(m->trec, sizeof(m->trec), "map");
		break;
	}
	return 0;
}

int
metrics_parse(const char *list, struct metric *out, size_t max, size_t *n,
    char **errmsg)
{
	char word[64];
	const char *p = list, *e;
	size_t len, i, k;
	struct metric m;

	*n = 0;
	for (;;) {
		while (*p == ' ' || *p == ',')
			p++;
		if (*p == '\0')
			break;
		e = p + strcspn(p, ", ");
		len = (size_t)(e - p);
		if (len >= sizeof(word))
			return fail(errmsg, METRICS_EINPUT, "unknown measure "
			    "'%.*s'", (int)len, p);
		for (i = 0; i < len; i++)
			word[i] = (char)tolower((unsigned char)p[i]);
		word[len] = '\0';
		memset(&m, 0, sizeof(m));
		if (parse_one(word, &m) != 0)
			return fail(errmsg, METRICS_EINPUT, "unknown measure "
			    "'%.*s' (known: mrr@K, mrr, ndcg@K, ndcg, p@K, "
			    "recall@K, map)", (int)len, p);
		for (k = 0; k < *n; k++)
			if (strcmp(out[k].name, m.name) == 0)
				break;
		if (k == *n) {
			if (*n == max)
				return fail(errmsg, METRICS_EINPUT, "too many "
				    "measures (at most %zu)", max);
			out[(*n)++] = m;
		}
		p = e;
	}
	if (*n == 0)
		return fail(errmsg, METRICS_EINPUT, "no measure given");
	return 0;
}

/* Relevant documents in rels[0..min(k, nret)). */
static size_t
rel_in_top(const int *rels, size_t nret, size_t k)
{
	size_t i, c = 0;

	if (k > nret)
		k = nret;
	for (i = 0; i < k; i++)
		if (rels[i] >= 1)
			c++;
	return c;
}

void
metrics_compute(const int *rels, size_t nret, const int *ideal,
    size_t nideal, const struct metric *m, size_t nm, double *out)
{
	size_t j, i, k, found;
	double sum, idcg;

	for (j = 0; j < nm; j++) {
		k = m[j].cutoff;
		out[j] = 0.0;
		switch (m[j].kind) {
		case METRIC_RR:
			/* m_recip_rank.c: the first relevant document. */
			for (i = 0; i < nret && (k == 0 || i < k); i++) {
				if (rels[i] >= 1) {
					out[j] = 1.0 / (double)(i + 1);
					break;
				}
			}
			break;
		case METRIC_NDCG:
			/*
			 * m_ndcg_cut.c: gain is the level; the document at
			 * rank i + 1 is discounted by log2(i + 2).  The ideal
			 * list is every judged relevant document, highest
			 * level first.
			 */
			sum = 0.0;
			for (i = 0; i < nret && (k == 0 || i < k); i++)
				if (rels[i] > 0)
					sum += (double)rels[i] /
					    log2((double)(i + 2));
			idcg = 0.0;
			for (i = 0; i < nideal && (k == 0 || i < k); i++)
				idcg += (double)ideal[i] /
				    log2((double)(i + 2));
			if (idcg > 0.0)
				out[j] = sum / idcg;
			break;
		case METRIC_P:
			/* m_P.c: always divided by the cutoff. */
			out[j] = (double)rel_in_top(rels, nret, k) / (double)k;
			break;
		case METRIC_RECALL:
			if (nideal > 0)
				out[j] = (double)rel_in_top(rels, nret, k) /
				    (double)nideal;
			break;
		case METRIC_MAP:
			/* m_map.c: unretrieved relevant documents add 0. */
			sum = 0.0;
			found = 0;
			for (i = 0; i < nret; i++) {
				if (rels[i] >= 1) {
					found++;
					sum += (double)found / (double)(i + 1);
				}
			}
			if (nideal > 0)
				out[j] = sum / (double)nideal;
			break;
		}
	}
}

/* ---- Reading lines ---- */

/* Splits line[0..len) into at most max blank-separated fields. */
static size_t
split_fields(char *line, char **f, size_t max)
{
	size_t n = 0;
	char *p = line;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\v' ||
		    *p == '\f')
			p++;
		if (*p == '\0')
			break;
		if (n == max)
			return max + 1;
		f[n++] = p;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\r' &&
		    *p != '\v' && *p != '\f')
			p++;
		if (*p != '\0')
			*p++ = '\0';
	}
	return n;
}

/* Parses a whole decimal integer; -1 if not one. */
static int
parse_long(const char *s, long *v)
{
	char *end;

	errno = 0;
	*v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0')
		return -1;
	return 0;
}

/*
 * Calls fn on each line of text[0..len) (a NUL-terminated copy, without
 * its newline), with its 1-based number.  Stops at the first nonzero
 * return and returns it.
 */
static int
each_line(const char *text, size_t len,
    int (*fn)(void *, char *, unsigned long, char **), void *arg,
    char **errmsg)
{
	const char *p = text, *end = text + len, *nl;
	char *line = NULL;
	size_t cap = 0, n;
	unsigned long lineno = 0;
	int rc = 0;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		lineno++;
		if (n + 1 > cap) {
			cap = n + 1;
			line = xreallocarray(line, cap, 1);
		}
		memcpy(line, p, n);
		line[n] = '\0';
		if (memchr(line, '\0', n) != NULL) {
			rc = fail(errmsg, METRICS_EINPUT, "line %lu: NUL byte",
			    lineno);
			break;
		}
		rc = fn(arg, line, lineno, errmsg);
		if (rc != 0)
			break;
		p += n + (nl ? 1 : 0);
	}
	free(line);
	return rc;
}

/* ---- Judgments ---- */

struct judgment {
	char *docno;		/* owned */
	int rel;
};

struct qrels_query {
	char *qid;		/* owned */
	struct judgment *j;	/* owned; sorted by docno after parsing */
	size_t n, cap;
	size_t num_rel;		/* judgments >= 1 */
};

struct qrels {
	struct qrels_query *q;	/* owned; sorted by qid after parsing */
	size_t n, cap;
	size_t last;		/* the query the previous line added to */
};

void
qrels_free(struct qrels *qr)
{
	size_t i, k;

	if (qr == NULL)
		return;
	for (i = 0; i < qr->n; i++) {
		for (k = 0; k < qr->q[i].n; k++)
			free(qr->q[i].j[k].docno);
		free(qr->q[i].j);
		free(qr->q[i].qid);
	}
	free(qr->q);
	free(qr);
}

static int
qrels_line(void *arg, char *line, unsigned long lineno, char **errmsg)
{
	struct qrels *qr = arg;
	struct qrels_query *q;
	char *f[4];
	size_t n, i;
	long rel;

	n = split_fields(line, f, 4);
	if (n == 0 || f[0][0] == '#')
		return 0;
	if (n != 4)
		return fail(errmsg, METRICS_EINPUT, "line %lu: want \"QID ITER "
		    "DOCNO REL\"", lineno);
	if (parse_long(f[3], &rel) != 0 || rel < -1000000 || rel > 1000000)
		return fail(errmsg, METRICS_EINPUT, "line %lu: relevance '%s' "
		    "is not an integer", lineno, f[3]);
	if (qr->n > 0 && strcmp(qr->q[qr->last].qid, f[0]) == 0) {
		i = qr->last;
	} else {
		for (i = 0; i < qr->n; i++)
			if (strcmp(qr->q[i].qid, f[0]) == 0)
				break;
		if (i == qr->n) {
			if (qr->n == qr->cap) {
				qr->cap = qr->cap ? 2 * qr->cap : 16;
				qr->q = xreallocarray(qr->q, qr->cap,
				    sizeof(*qr->q));
			}
			memset(&qr->q[i], 0, sizeof(qr->q[i]));
			qr->q[i].qid = xstrdup(f[0]);
			qr->n++;
		}
		qr->last = i;
	}
	q = &qr->q[i];
	if (q->n == q->cap) {
		q->cap = q->cap ? 2 * q->cap : 16;
		q->j = xreallocarray(q->j, q->cap, sizeof(*q->j));
	}
	q->j[q->n].docno = xstrdup(f[2]);
	q->j[q->n].rel = (int)rel;
	q->n++;
	if (rel >= 1)
		q->num_rel++;
	return 0;
}

static int
cmp_judgment(const void *a, const void *b)
{
	return strcmp(((const struct judgment *)a)->docno,
	    ((const struct judgment *)b)->docno);
}

static int
cmp_qrels_query(const void *a, const void *b)
{
	return strcmp(((const struct qrels_query *)a)->qid,
	    ((const struct qrels_query *)b)->qid);
}

int
qrels_parse(const char *text, size_t len, struct qrels **out,
    char **errmsg)
{
	struct qrels *qr;
	struct qrels_query *q;
	size_t i, k;
	int rc;

	*out = NULL;
	qr = xcalloc(1, sizeof(*qr));
	rc = each_line(text, len, qrels_line, qr, errmsg);
	if (rc != 0)
		goto fail;
	qsort(qr->q, qr->n, sizeof(*qr->q), cmp_qrels_query);
	for (i = 0; i < qr->n; i++) {
		q = &qr->q[i];
		qsort(q->j, q->n, sizeof(*q->j), cmp_judgment);
		for (k = 1; k < q->n; k++) {
			if (strcmp(q->j[k - 1].docno, q->j[k].docno) == 0) {
				rc = fail(errmsg, METRICS_EDUP, "query %s: "
				    "document %s is judged twice", q->qid,
				    q->j[k].docno);
				goto fail;
			}
		}
	}
	*out = qr;
	return 0;
fail:
	qrels_free(qr);
	return rc;
}

/* Reads path whole; METRICS_EIO with the reason if it cannot. */
static int
read_input(const char *path, char **data, size_t *len, char **errmsg)
{
	int rc;

	rc = util_read_file(path, data, len);
	if (rc != 0)
		return fail(errmsg, METRICS_EIO, "%s: %s", path, strerror(-rc));
	return 0;
}

int
qrels_load(const char *path, struct qrels **out, char **errmsg)
{
	char *data = NULL, *msg = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	rc = read_input(path, &data, &len, errmsg);
	if (rc != 0)
		return rc;
	rc = qrels_parse(data, len, out, &msg);
	free(data);
	if (rc != 0) {
		rc = fail(errmsg, rc, "%s: %s", path, msg);
		free(msg);
	}
	return rc;
}

static const struct qrels_query *
qrels_find(const struct qrels *qr, const char *qid)
{
	size_t lo = 0, hi = qr->n, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcmp(qid, qr->q[mid].qid);
		if (c == 0)
			return &qr->q[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

size_t
qrels_nqueries(const struct qrels *qr)
{
	return qr->n;
}

int
qrels_has_query(const struct qrels *qr, const char *qid)
{
	return qrels_find(qr, qid) != NULL;
}

size_t
qrels_num_rel(const struct qrels *qr, const char *qid)
{
	const struct qrels_query *q = qrels_find(qr, qid);

	return q ? q->num_rel : 0;
}

static const struct judgment *
judgment_find(const struct qrels_query *q, const char *docno)
{
	size_t lo = 0, hi = q->n, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcmp(docno, q->j[mid].docno);
		if (c == 0)
			return &q->j[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

int
qrels_judgment(const struct qrels *qr, const char *qid, const char *docno,
    int *rel)
{
	const struct qrels_query *q = qrels_find(qr, qid);
	const struct judgment *j;

	if (q == NULL)
		return 0;
	j = judgment_find(q, docno);
	if (j == NULL)
		return 0;
	*rel = j->rel;
	return 1;
}

/* ---- Runs ---- */

struct run_doc {
	char *docno;		/* owned */
	double score;
	long rank;
	size_t seq;		/* order of addition, for stable sorts */
};

struct run_query {
	char *qid;		/* owned */
	struct run_doc *d;	/* owned */
	size_t n, cap;
};

struct run {
	struct run_query *q;	/* owned, in order of first appearance */
	size_t n, cap;
	size_t last;		/* the query last added to */
};

struct run *
run_new(void)
{
	return xcalloc(1, sizeof(struct run));
}

void
run_free(struct run *r)
{
	size_t i, k;

	if (r == NULL)
		return;
	for (i = 0; i < r->n; i++) {
		for (k = 0; k < r->q[i].n; k++)
			free(r->q[i].d[k].docno);
		free(r->q[i].d);
		free(r->q[i].qid);
	}
	free(r->q);
	free(r);
}

long
run_find(const struct run *r, const char *qid)
{
	size_t i;

	if (r->n > 0 && strcmp(r->q[r->last].qid, qid) == 0)
		return (long)r->last;
	for (i = 0; i < r->n; i++)
		if (strcmp(r->q[i].qid, qid) == 0)
			return (long)i;
	return -1;
}

/* The index of qid, added if new. */
static size_t
run_query_index(struct run *r, const char *qid)
{
	long i = run_find(r, qid);

	if (i < 0) {
		if (r->n == r->cap) {
			r->cap = r->cap ? 2 * r->cap : 16;
			r->q = xreallocarray(r->q, r->cap, sizeof(*r->q));
		}
		memset(&r->q[r->n], 0, sizeof(r->q[r->n]));
		r->q[r->n].qid = xstrdup(qid);
		i = (long)r->n++;
	}
	r->last = (size_t)i;
	return (size_t)i;
}

void
run_add_query(struct run *r, const char *qid)
{
	(void)run_query_index(r, qid);
}

void
run_add(struct run *r, const char *qid, const char *docno, double score,
    long rank)
{
	size_t i = run_query_index(r, qid);
	struct run_query *q = &r->q[i];

	if (q->n == q->cap) {
		q->cap = q->cap ? 2 * q->cap : 16;
		q->d = xreallocarray(q->d, q->cap, sizeof(*q->d));
	}
	q->d[q->n].docno = xstrdup(docno);
	q->d[q->n].score = score;
	q->d[q->n].rank = rank;
	q->d[q->n].seq = q->n;
	q->n++;
}

static int
run_line(void *arg, char *line, unsigned long lineno, char **errmsg)
{
	struct run *r = arg;
	char *f[6], *end;
	size_t n;
	long rank;
	double score;

	n = split_fields(line, f, 6);
	if (n == 0)
		return 0;
	if (n < 5 || n > 6)
		return fail(errmsg, METRICS_EINPUT, "line %lu: want \"QID ITER "
		    "DOCNO RANK SCORE TAG\"", lineno);
	if (parse_long(f[3], &rank) != 0)
		return fail(errmsg, METRICS_EINPUT, "line %lu: rank '%s' is "
		    "not an integer", lineno, f[3]);
	errno = 0;
	score = strtod(f[4], &end);
	if (errno == ERANGE || end == f[4] || *end != '\0' || isnan(score))
		return fail(errmsg, METRICS_EINPUT, "line %lu: score '%s' is "
		    "not a number", lineno, f[4]);
	run_add(r, f[0], f[2], score, rank);
	return 0;
}

int
run_parse(const char *text, size_t len, struct run **out, char **errmsg)
{
	struct run *r = run_new();
	int rc;

	*out = NULL;
	rc = each_line(text, len, run_line, r, errmsg);
	if (rc != 0) {
		run_free(r);
		return rc;
	}
	*out = r;
	return 0;
}

int
run_load(const char *path, struct run **out, char **errmsg)
{
	char *data = NULL, *msg = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	rc = read_input(path, &data, &len, errmsg);
	if (rc != 0)
		return rc;
	rc = run_parse(data, len, out, &msg);
	free(data);
	if (rc != 0) {
		rc = fail(errmsg, rc, "%s: %s", path, msg);
		free(msg);
	}
	return rc;
}

static int
cmp_added(const void *a, const void *b)
{
	const struct run_doc *x = a, *y = b;

	return (x->seq > y->seq) - (x->seq < y->seq);
}

static int
cmp_rank(const void *a, const void *b)
{
	const struct run_doc *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* form_res_rels.c comp_sim_docno: score down, then docno down. */
static int
cmp_trec(const void *a, const void *b)
{
	const struct run_doc *x = a, *y = b;

	if (x->score > y->score)
		return -1;
	if (x->score < y->score)
		return 1;
	return strcmp(y->docno, x->docno);
}

void
run_sort(struct run *r, int order)
{
	int (*cmp)(const void *, const void *);
	size_t i;

	cmp = order == RUN_ORDER_TREC ? cmp_trec : order == RUN_ORDER_RANK ?
	    cmp_rank : cmp_added;
	for (i = 0; i < r->n; i++)
		qsort(r->q[i].d, r->q[i].n, sizeof(*r->q[i].d), cmp);
}

size_t
run_nqueries(const struct run *r)
{
	return r->n;
}

const char *
run_qid(const struct run *r, size_t i)
{
	return i < r->n ? r->q[i].qid : NULL;
}

size_t
run_ndocs(const struct run *r, size_t i)
{
	return i < r->n ? r->q[i].n : 0;
}

const char *
run_docno(const struct run *r, size_t i, size_t j)
{
	return i < r->n && j < r->q[i].n ? r->q[i].d[j].docno : NULL;
}

double
run_score(const struct run *r, size_t i, size_t j)
{
	return i < r->n && j < r->q[i].n ? r->q[i].d[j].score : 0.0;
}

int
run_write_trec(FILE *f, const struct run *r, const char *tag)
{
	size_t i, j;

	for (i = 0; i < r->n; i++)
		for (j = 0; j < r->q[i].n; j++)
			if (fprintf(f, "%s Q0 %s %zu %.6f %s\n", r->q[i].qid,
			    r->q[i].d[j].docno, j + 1, r->q[i].d[j].score,
			    tag) < 0)
				return -1;
	return 0;
}

/* ---- Evaluation ---- */

void
metrics_eval_free(struct metrics_eval *ev)
{
	size_t i;

	if (ev == NULL)
		return;
	for (i = 0; i < ev->nrows; i++) {
		free(ev->rows[i].qid);
		free(ev->rows[i].v);
	}
	free(ev->rows);
	for (i = 0; i < ev->nskipped; i++)
		free(ev->skipped[i]);
	free(ev->skipped);
	free(ev->mean);
	free(ev);
}

static int
cmp_int_desc(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x < y) - (x > y);
}

static int
cmp_str_ptr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The relevant levels of q, highest first, into a new array. */
static int *
ideal_levels(const struct qrels_query *q, size_t *n)
{
	int *lv = xcalloc(q->num_rel + 1, sizeof(*lv));
	size_t k, c = 0;

	for (k = 0; k < q->n; k++)
		if (q->j[k].rel >= 1)
			lv[c++] = q->j[k].rel;
	qsort(lv, c, sizeof(*lv), cmp_int_desc);
	*n = c;
	return lv;
}

/* Appends a row for qid scored on docs d[0..n) (n may be 0). */
static void
eval_row(struct metrics_eval *ev, const struct qrels_query *q,
    const struct run_doc *d, size_t n, const struct metric *m, size_t nm)
{
	struct metrics_row *row = &ev->rows[ev->nrows++];
	const struct judgment *j;
	int *rels, *ideal;
	size_t k, nideal;

	rels = xcalloc(n + 1, sizeof(*rels));
	row->qid = xstrdup(q->qid);
	row->num_ret = n;
	for (k = 0; k < n; k++) {
		j = judgment_find(q, d[k].docno);
		/* Not in the qrels: form_res_rels' RELVALUE_NONPOOL. */
		rels[k] = j ? j->rel : -1;
		if (rels[k] >= 1)
			row->num_rel_ret++;
	}
	ideal = ideal_levels(q, &nideal);
	row->num_rel = nideal;
	row->v = xcalloc(nm, sizeof(*row->v));
	metrics_compute(rels, n, ideal, nideal, m, nm, row->v);
	free(ideal);
	free(rels);
}

/* METRICS_EDUP if a document appears twice in rq. */
static int
check_dups(const struct run_query *rq, char **errmsg)
{
	char **ids;
	size_t k;
	int rc = 0;

	if (rq->n < 2)
		return 0;
	ids = xcalloc(rq->n, sizeof(*ids));
	for (k = 0; k < rq->n; k++)
		ids[k] = rq->d[k].docno;
	qsort(ids, rq->n, sizeof(*ids), cmp_str_ptr);
	for (k = 1; k < rq->n; k++) {
		if (strcmp(ids[k - 1], ids[k]) == 0) {
			rc = fail(errmsg, METRICS_EDUP, "query %s: document "
			    "%s is retrieved twice", rq->qid, ids[k]);
			break;
		}
	}
	free(ids);
	return rc;
}

int
metrics_evaluate(const struct qrels *qr, const struct run *r,
    const struct metric *m, size_t nm, int flags, struct metrics_eval **out,
    char **errmsg)
{
	struct metrics_eval *ev;
	const struct qrels_query *q;
	size_t i, k, maxrows;
	int rc;

	*out = NULL;
	ev = xcalloc(1, sizeof(*ev));
	ev->nm = nm;
	maxrows = r->n + ((flags & METRICS_COMPLETE) ? qr->n : 0);
	ev->rows = xcalloc(maxrows + 1, sizeof(*ev->rows));
	ev->skipped = xcalloc(r->n + 1, sizeof(*ev->skipped));
	ev->mean = xcalloc(nm + 1, sizeof(*ev->mean));
	for (i = 0; i < r->n; i++) {
		rc = check_dups(&r->q[i], errmsg);
		if (rc != 0)
			goto fail;
		q = qrels_find(qr, r->q[i].qid);
		if (q == NULL) {
			ev->skipped[ev->nskipped++] = xstrdup(r->q[i].qid);
			continue;
		}
		eval_row(ev, q, r->q[i].d, r->q[i].n, m, nm);
	}
	if (flags & METRICS_COMPLETE) {
		for (i = 0; i < qr->n; i++)
			if (run_find(r, qr->q[i].qid) < 0)
				eval_row(ev, &qr->q[i], NULL, 0, m, nm);
	}
	for (k = 0; k < nm && ev->nrows > 0; k++) {
		for (i = 0; i < ev->nrows; i++)
			ev->mean[k] += ev->rows[i].v[k];
		ev->mean[k] /= (double)ev->nrows;
	}
	*out = ev;
	return 0;
fail:
	metrics_eval_free(ev);
	return rc;
}

const struct metrics_row *
metrics_eval_find(const struct metrics_eval *ev, const char *qid)
{
	size_t i;

	for (i = 0; i < ev->nrows; i++)
		if (strcmp(ev->rows[i].qid, qid) == 0)
			return &ev->rows[i];
	return NULL;
}
