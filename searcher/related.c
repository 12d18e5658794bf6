/*
 * related.c: items sharing a reference number (XK terms, listed in the
 * item document's VAL_REFS by the indexer).  One small search per hit: the
 * OR of the hit's XK terms, items only, the hit itself left out, newest
 * first; what a link shows comes from values, not the stored data.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "refs.h"
#include "related.h"
#include "schema.h"
#include "util.h"
#include "xap.h"

#define MAX_REFS	8	/* reference terms of one item used */
#define RELATED_SCAN	64	/* postings read one by one, not searched */

/* A reference term of the hit and the documents it indexes. */
struct ref {
	char *term;		/* owned */
	unsigned *docs;		/* owned, in docid order */
	size_t n;
};

struct refs {
	struct ref r[MAX_REFS];
	size_t n;
};

static int
posting_cb(void *ctx, unsigned docid)
{
	struct ref *r = ctx;

	r->docs = xreallocarray(r->docs, r->n + 1, sizeof(*r->docs));
	r->docs[r->n++] = docid;
	return 0;
}

static void
refs_free(struct refs *rs)
{
	size_t i;

	for (i = 0; i < rs->n; i++) {
		free(rs->r[i].term);
		free(rs->r[i].docs);
	}
	rs->n = 0;
}

/* Keeps the reference terms (of VAL_REFS) another document shares. */
static void
refs_read(struct xap_db *db, const char *list, struct refs *rs)
{
	const char *p = list, *e;
	size_t pl = strlen(PFX_REF);
	struct ref *r;

	while (*p != '\0' && rs->n < MAX_REFS) {
		e = strchr(p, '\n');
		if (e == NULL)
			e = p + strlen(p);
		r = &rs->r[rs->n];
		memset(r, 0, sizeof(*r));
		/*
		 * A reference no other document has links nothing; a
		 * section of an Act is cited by unrelated business (every
		 * land disposal cites the same one) and links nothing.
		 */
		if ((size_t)(e - p) > pl && !refs_is_statute_term(p + pl,
		    (size_t)(e - p) - pl) && xap_db_postings(db, p,
		    (size_t)(e - p), posting_cb, r, NULL) == 0 && r->n > 1) {
			r->term = xstrndup(p, (size_t)(e - p));
			rs->n++;
		} else
			free(r->docs);
		p = *e == '\n' ? e + 1 : e;
	}
}

static int
has_doc(const struct ref *r, unsigned docid)
{
	size_t lo = 0, hi = r->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (r->docs[mid] < docid)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < r->n && r->docs[lo] == docid;
}

static const char *
jstr(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* Field k (0-based) of the tab-separated link and its length in *n. */
static const char *
link_field(const char *link, int k, size_t *n)
{
	const char *p = link != NULL ? link : "";

	while (k-- > 0 && p != NULL)
		p = (p = strchr(p, '\t')) != NULL ? p + 1 : NULL;
	if (p == NULL)
		p = "";
	*n = strcspn(p, "\t");
	return p;
}

/* Adds field k of the link, or null when empty. */
static void
add_part(cJSON *o, const char *key, const char *link, int k)
{
	size_t n;
	const char *p = link_field(link, k, &n);
	char *v;

	if (n == 0) {
		cJSON_AddNullToObject(o, key);
		return;
	}
	v = xstrndup(p, n);
	cJSON_AddStringToObject(o, key, v);
	free(v);
}

/* One related item: its link value and the references of rs it shares. */
static cJSON *
related_item(unsigned docid, const char *link, const struct refs *rs)
{
	cJSON *o = cJSON_CreateObject(), *arr;
	size_t k, pl = strlen(PFX_REF);

	add_part(o, "id", link, 0);
	add_part(o, "title", link, 2);
	add_part(o, "date", link, 1);
	arr = cJSON_AddArrayToObject(o, "refs");
	for (k = 0; k < rs->n; k++)
		if (has_doc(&rs->r[k], docid) && strlen(rs->r[k].term) > pl)
			cJSON_AddItemToArray(arr,
			    cJSON_CreateString(rs->r[k].term + pl));
	return o;
}

/* A candidate: another item sharing a reference, and its link value. */
struct cand {
	unsigned docid;
	char *link;		/* owned; NULL until read */
};

static int
by_docid(const void *a, const void *b)
{
	unsigned x = ((const struct cand *)a)->docid;
	unsigned y = ((const struct cand *)b)->docid;

	return x < y ? -1 : x > y;
}

/* Newest first (YYYY-MM-DD compares as text), then as Xapian ties. */
static int
by_date_desc(const void *a, const void *b)
{
	size_t xn, yn;
	const char *x = link_field(((const struct cand *)a)->link, 1, &xn);
	const char *y = link_field(((const struct cand *)b)->link, 1, &yn);
	int c = strncmp(y, x, xn < yn ? xn : yn);

	if (c == 0)
		c = (yn > xn) - (yn < xn);
	return c != 0 ? c : by_docid(a, b);
}

/*
 * The items the references of rs index, but self, newest first: read
 * from the posting lists already in rs and one link value each.
 */
static void
related_from_postings(struct xap_db *db, unsigned self,
    const struct refs *rs, cJSON *arr)
{
	struct cand *c = NULL;
	size_t n = 0, k, i, j;
	size_t len;

	for (k = 0; k < rs->n; k++)
		for (i = 0; i < rs->r[k].n; i++) {
			if (rs->r[k].docs[i] == self)
				continue;
			c = xreallocarray(c, n + 1, sizeof(*c));
			c[n].docid = rs->r[k].docs[i];
			c[n++].link = NULL;
		}
	if (n == 0)
		return;
	qsort(c, n, sizeof(*c), by_docid);
	for (i = j = 1; i < n; i++)
		if (c[i].docid != c[j - 1].docid)
			c[j++] = c[i];
	n = j;
	for (i = 0; i < n; i++)
		if (xap_db_doc_value(db, c[i].docid, VAL_LINK, &c[i].link,
		    &len, NULL) != 0)
			c[i].link = NULL;
	qsort(c, n, sizeof(*c), by_date_desc);
	for (i = 0; i < n && i < RELATED_MAX; i++)
		cJSON_AddItemToArray(arr, related_item(c[i].docid,
		    c[i].link, rs));
	for (i = 0; i < n; i++)
		free(c[i].link);
	free(c);
}

/* The same by a search sorted by date, when there are many to read. */
static void
related_by_search(struct xap_db *db, const char *id, const struct refs *rs,
    cJSON *arr)
{
	struct xap_query *qs[MAX_REFS], *any = NULL, *pair[2], *q = NULL;
	struct xap_query *self = NULL;
	struct xap_search s;
	struct xap_hits *h = NULL;
	char *term, *link;
	size_t i, nq = 0, len;
	int rc;

	for (i = 0; i < rs->n; i++) {
		qs[nq] = xap_query_term(rs->r[i].term, strlen(rs->r[i].term),
		    1, &rc, NULL);
		if (qs[nq] == NULL)
			goto out;
		nq++;
	}
	/* Only item documents carry references. */
	any = xap_query_combine(XAP_OP_OR, qs, nq, &rc, NULL);
	term = xasprintf("%s%s", PFX_ID, id);
	self = xap_query_term(term, strlen(term), 1, &rc, NULL);
	free(term);
	if (any == NULL || self == NULL)
		goto out;
	pair[0] = any;
	pair[1] = self;
	q = xap_query_combine(XAP_OP_AND_NOT, pair, 2, &rc, NULL);
	if (q == NULL)
		goto out;
	memset(&s, 0, sizeof(s));
	s.query = q;
	s.limit = RELATED_MAX;
	s.sort = XAP_SORT_VALUE_DESC;
	s.sort_slot = VAL_DATE;
	h = xap_search_run(db, &s, &rc, NULL);
	for (i = 0; h != NULL && i < xap_hits_size(h); i++) {
		if (xap_hits_value(h, i, VAL_LINK, &link, &len, NULL) != 0)
			link = NULL;
		cJSON_AddItemToArray(arr, related_item(xap_hits_docid(h, i),
		    link, rs));
		free(link);
	}
out:
	xap_hits_free(h);
	for (i = 0; i < nq; i++)
		xap_query_free(qs[i]);
	xap_query_free(any);
	xap_query_free(self);
	xap_query_free(q);
}

/* The related items of the item id, as a new JSON array. */
static cJSON *
related_of(struct xap_db *db, const char *id)
{
	struct refs r;
	cJSON *arr = cJSON_CreateArray();
	char *term, *list = NULL;
	size_t i, len, n = 0;
	unsigned docid;
	int rc;

	memset(&r, 0, sizeof(r));
	term = xasprintf("%s%s", PFX_ID, id);
	rc = xap_db_find_term(db, term, strlen(term), &docid, NULL);
	free(term);
	if (rc != 0 || xap_db_doc_value(db, docid, VAL_REFS, &list, &len,
	    NULL) != 0)
		goto out;
	refs_read(db, list, &r);
	for (i = 0; i < r.n; i++)
		n += r.r[i].n;
	/* Reading each one's link beats a sorted search for a few. */
	if (n <= RELATED_SCAN)
		related_from_postings(db, docid, &r, arr);
	else
		related_by_search(db, id, &r, arr);
out:
	free(list);
	refs_free(&r);
	return arr;
}

void
related_add(struct xap_db *db, cJSON *result)
{
	cJSON *hit;
	const char *id;
	int n = 0;

	cJSON_ArrayForEach(hit, cJSON_GetObjectItemCaseSensitive(result,
	    "hits")) {
		id = jstr(hit, "id");
		if (n++ < RELATED_HITS && id != NULL)
			cJSON_AddItemToObject(hit, "related",
			    related_of(db, id));
		else
			cJSON_AddItemToObject(hit, "related",
			    cJSON_CreateArray());
	}
}
