/*
 * rank.c: reference numbers, routine items and recency in the ranking.
 * Each adjustment is made of plain Xapian operators over the parsed
 * query, so BM25 is left as it is and a filter still never changes a
 * score:
 *   refs:    Q OR SCALE_WEIGHT(Q FILTER (XKref ...), RANK_REF_BOOST)
 *                OR SCALE_WEIGHT(Q FILTER (XNref ...), RANK_REF_BOOST)
 *   routine: (Q AND_NOT XTroutine) OR
 *            SCALE_WEIGHT(Q FILTER XTroutine, RANK_ROUTINE_FACTOR)
 *   recent:  Q AND_MAYBE decay(VAL_DATE)
 */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "rank.h"
#include "refs.h"
#include "schema.h"
#include "text.h"
#include "util.h"
#include "xap.h"

static int
idchar(int c)
{
	return isalnum(c) || c == '/' || c == '-';
}

void
rank_refs_free(char **refs, size_t n)
{
	while (n > 0)
		free(refs[--n]);
	free(refs);
}

struct query_refs {
	char ***refs;
	size_t n;
};

static void
add_query_ref(void *arg, const char *term)
{
	struct query_refs *qr = arg;

	if (strlen(term) > SCHEMA_MAX_TERM - 2)
		return;
	*qr->refs = xreallocarray(*qr->refs, qr->n + 1, sizeof(**qr->refs));
	(*qr->refs)[qr->n++] = xstrdup(term);
}

size_t
rank_query_refs(const char *text, char ***refs)
{
	struct query_refs qr = { refs, 0 };
	const char *p = text, *w;
	size_t n = 0, len, i, digits, seps, k;
	char *ref;

	*refs = NULL;
	while (p != NULL && *p != '\0') {
		if (!idchar((unsigned char)*p)) {
			p++;
			continue;
		}
		w = p;
		/* "section 183 of the local government act 2001", as indexed */
		if (w == text || w[-1] != ':') {
			qr.n = n;
			k = refs_statute(p, strlen(p), REFS_ANYCASE,
			    add_query_ref, &qr);
			n = qr.n;
			if (k > 0) {
				p += k;
				continue;
			}
		}
		while (idchar((unsigned char)*p) || (*p == '.' && p[1] != '.'
		    && idchar((unsigned char)p[1])))
			p++;
		len = (size_t)(p - w);
		/* A field's value ("ref:", "date:") is the field's. */
		if ((w > text && w[-1] == ':') || *p == ':' ||
		    (p[0] == '.' && p[1] == '.'))
			continue;
		while (len > 0 && (w[len - 1] == '-' || w[len - 1] == '/'))
			len--;
		digits = seps = 0;
		for (i = 0; i < len; i++) {
			digits += isdigit((unsigned char)w[i]) != 0;
			if ((w[i] == '/' || w[i] == '-') && i > 0 &&
			    i + 1 < len && isalnum((unsigned char)w[i - 1]) &&
			    isalnum((unsigned char)w[i + 1]))
				seps++;
		}
		if (digits < 3 || seps == 0 || len > SCHEMA_MAX_TERM - 2)
			continue;
		ref = xstrndup(w, len);
		for (k = 0; ref[k] != '\0'; k++)
			ref[k] = (char)tolower((unsigned char)ref[k]);
		*refs = xreallocarray(*refs, n + 1, sizeof(**refs));
		(*refs)[n++] = ref;
	}
	return n;
}

/* 1 if the lower-cased text has a word starting with stem. */
static int
has_word(const char *low, const char *stem)
{
	const char *p = low;
	size_t n = strlen(stem);

	while ((p = strstr(p, stem)) != NULL) {
		if (p == low || !isalnum((unsigned char)p[-1]))
			return 1;
		p += n;
	}
	return 0;
}

/*
 * Blanks the values of fields ("id:\"...minutes...\"", "council:x") in
 * the lower-cased query s: they are not words of the query.  A field
 * "type:routine" is kept.
 */
static void
blank_values(char *s)
{
	char *p = s, *v, *e;

	while ((p = strchr(p, ':')) != NULL) {
		v = p + 1;
		if (p - s >= 4 && strncmp(p - 4, "type", 4) == 0 &&
		    strncmp(v, TYPE_ROUTINE, strlen(TYPE_ROUTINE)) == 0) {
			p = v;
			continue;
		}
		if (*v == '"') {
			e = strchr(v + 1, '"');
			e = e != NULL ? e + 1 : v + strlen(v);
		} else {
			e = v;
			while (*e != '\0' && *e != ' ' && *e != ')')
				e++;
		}
		memset(v, ' ', (size_t)(e - v));
		p = e;
	}
}

int
rank_wants_routine(const char *text, const char *type)
{
	/* Words of routine items' titles (indexer/reader_util.c). */
	static const char *const words[] = {
		"apolog", "declaration", "declared", "disclos",
		"minutes", "matters arising", "any other business", "aob",
		"next meeting", "previous meeting", "last meeting",
		"exclusion of", "substitut", "call to order", "roll call",
		"pledge", "agenda", "karakia", "adjournment", "closure",
		"type:routine", NULL
	};
	struct buf b = BUF_INIT;
	size_t i;
	int want = 0;

	if (type != NULL && strcasecmp(type, TYPE_ROUTINE) == 0)
		return 1;
	if (text == NULL)
		return 0;
	text_lower(text, strlen(text), &b);
	if (b.data == NULL)
		return 0;
	blank_values(b.data);
	for (i = 0; words[i] != NULL && !want; i++)
		want = has_word(b.data, words[i]);
	buf_free(&b);
	return want;
}

/* SCALE_WEIGHT(q FILTER f, factor), or NULL with *rc. */
static struct xap_query *
scaled_part(struct xap_query *q, struct xap_query *f, double factor,
    int *rc, char **errmsg)
{
	struct xap_query *qs[2] = { q, f }, *t, *s;

	t = xap_query_combine(XAP_OP_FILTER, qs, 2, rc, errmsg);
	if (t == NULL)
		return NULL;
	s = xap_query_scale(t, factor, rc, errmsg);
	xap_query_free(t);
	return s;
}

/* SCALE_WEIGHT(Q FILTER (prefix ref OR ...), RANK_REF_BOOST), or NULL. */
static struct xap_query *
ref_part(struct xap_query *q, const char *prefix, char **refs, size_t n,
    int *rc, char **errmsg)
{
	struct xap_query **ts, *any = NULL, *part = NULL;
	size_t i, nt = 0;
	char *term;

	ts = xcalloc(n, sizeof(*ts));
	for (i = 0; i < n; i++) {
		term = xasprintf("%s%s", prefix, refs[i]);
		ts[nt] = xap_query_term(term, strlen(term), 1, rc, errmsg);
		free(term);
		if (ts[nt] == NULL)
			goto out;
		nt++;
	}
	any = xap_query_combine(XAP_OP_OR, ts, nt, rc, errmsg);
	if (any != NULL)
		part = scaled_part(q, any, RANK_REF_BOOST, rc, errmsg);
out:
	for (i = 0; i < nt; i++)
		xap_query_free(ts[i]);
	free(ts);
	xap_query_free(any);
	return part;
}

/*
 * Q OR SCALE_WEIGHT(Q FILTER (XKref OR ...), RANK_REF_BOOST)
 *   OR SCALE_WEIGHT(Q FILTER (XNref OR ...), RANK_REF_BOOST):
 * an item citing the number scores twice, the item so numbered thrice.
 */
static struct xap_query *
boost_refs(struct xap_query *q, char **refs, size_t n, int *rc,
    char **errmsg)
{
	struct xap_query *qs[3] = { q, NULL, NULL }, *out = NULL;

	qs[1] = ref_part(q, PFX_REF, refs, n, rc, errmsg);
	if (qs[1] != NULL)
		qs[2] = ref_part(q, PFX_OWN_REF, refs, n, rc, errmsg);
	if (qs[2] != NULL)
		out = xap_query_combine(XAP_OP_OR, qs, 3, rc, errmsg);
	xap_query_free(qs[1]);
	xap_query_free(qs[2]);
	return out;
}

const char *
rank_routine_term(const char *text, const char *type)
{
	return rank_wants_routine(text, type) ? NULL : PFX_TYPE TYPE_ROUTINE;
}

struct xap_query *
rank_adjust(struct xap_query *q, const char *text, const char *type,
    int routine, int *rc, char **errmsg)
{
	struct xap_query *cur = q, *next;
	char **refs;
	size_t n;

	*rc = 0;
	if (q == NULL || xap_query_empty(q))
		return q;
	n = rank_query_refs(text, &refs);
	if (n > 0) {
		next = boost_refs(cur, refs, n, rc, errmsg);
		rank_refs_free(refs, n);
		if (next == NULL)
			return NULL;
		cur = next;
	}
	if (routine && !rank_wants_routine(text, type)) {
		next = xap_query_demote(cur, PFX_TYPE TYPE_ROUTINE,
		    RANK_ROUTINE_FACTOR, rc, errmsg);
		if (cur != q)
			xap_query_free(cur);
		if (next == NULL)
			return NULL;
		cur = next;
	}
	return cur;
}

struct xap_query *
rank_recent(struct xap_query *q, const char *today, int *rc, char **errmsg)
{
	struct xap_query *decay, *qs[2], *out;

	char buf[16];
	struct tm tm;
	time_t now;

	if (today == NULL) {
		now = time(NULL);
		gmtime_r(&now, &tm);
		strftime(buf, sizeof(buf), "%Y%m%d", &tm);
		today = buf;
	}
	decay = xap_query_date_decay(VAL_DATE, today, RANK_HALF_LIFE_DAYS,
	    RANK_RECENT_BONUS, rc, errmsg);
	if (decay == NULL)
		return NULL;
	qs[0] = q;
	qs[1] = decay;
	out = xap_query_combine(XAP_OP_AND_MAYBE, qs, 2, rc, errmsg);
	xap_query_free(decay);
	return out;
}
