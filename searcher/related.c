/*
 * related.c: items sharing a reference number (XK terms, written on the
 * item document by the indexer).  One small search per hit: the OR of the
 * hit's XK terms, items only, the hit itself left out, newest first.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "related.h"
#include "schema.h"
#include "util.h"
#include "xap.h"

#define MAX_REFS	8	/* reference terms of one item used */

struct refs {
	char *t[MAX_REFS];	/* owned terms */
	size_t n;
};

static int
ref_cb(void *ctx, const char *term, size_t len, unsigned freq)
{
	struct refs *r = ctx;

	/* A reference no other document has links nothing. */
	if (freq > 1 && r->n < MAX_REFS)
		r->t[r->n++] = xstrndup(term, len);
	return r->n == MAX_REFS;
}

/* Adds a matching reference term, less its prefix, to the array. */
static int
shared_cb(void *ctx, const char *term, size_t len, unsigned freq)
{
	size_t pl = strlen(PFX_REF);
	char *v;

	(void)freq;
	if (len > pl && memcmp(term, PFX_REF, pl) == 0) {
		v = xstrndup(term + pl, len - pl);
		cJSON_AddItemToArray(ctx, cJSON_CreateString(v));
		free(v);
	}
	return 0;
}

static const char *
jstr(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The related items of the item id, as a new JSON array. */
static cJSON *
related_of(struct xap_db *db, const char *id)
{
	struct xap_query *qs[MAX_REFS], *any = NULL, *pair[2], *q = NULL;
	struct xap_query *item = NULL, *self = NULL, *t = NULL;
	struct xap_search s;
	struct xap_hits *h = NULL;
	struct refs r;
	cJSON *arr = cJSON_CreateArray(), *o, *data, *refs;
	char *term, *buf;
	size_t i, nq = 0, len;
	unsigned docid;
	int rc;

	memset(&r, 0, sizeof(r));
	term = xasprintf("%s%s", PFX_ID, id);
	rc = xap_db_find_term(db, term, strlen(term), &docid, NULL);
	free(term);
	if (rc != 0 || xap_db_doc_terms(db, docid, PFX_REF, ref_cb, &r,
	    NULL) != 0 || r.n == 0)
		goto out;
	for (i = 0; i < r.n; i++) {
		qs[nq] = xap_query_term(r.t[i], strlen(r.t[i]), 1, &rc, NULL);
		if (qs[nq] == NULL)
			goto out;
		nq++;
	}
	any = xap_query_combine(XAP_OP_OR, qs, nq, &rc, NULL);
	term = xasprintf("%s%s", PFX_TYPE, TYPE_ITEM);
	item = xap_query_term(term, strlen(term), 1, &rc, NULL);
	free(term);
	term = xasprintf("%s%s", PFX_ID, id);
	self = xap_query_term(term, strlen(term), 1, &rc, NULL);
	free(term);
	if (any == NULL || item == NULL || self == NULL)
		goto out;
	pair[0] = any;
	pair[1] = item;
	t = xap_query_combine(XAP_OP_FILTER, pair, 2, &rc, NULL);
	if (t == NULL)
		goto out;
	pair[0] = t;
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
		if (xap_hits_data(h, i, &buf, &len, NULL) != 0)
			continue;
		data = cJSON_ParseWithLength(buf, len);
		free(buf);
		if (data == NULL)
			continue;
		o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "id", jstr(data, "id") ?
		    jstr(data, "id") : "");
		if (jstr(data, "title") != NULL)
			cJSON_AddStringToObject(o, "title", jstr(data, "title"));
		else
			cJSON_AddNullToObject(o, "title");
		if (jstr(data, "date") != NULL)
			cJSON_AddStringToObject(o, "date", jstr(data, "date"));
		else
			cJSON_AddNullToObject(o, "date");
		/* The references shared: those of the hit this one has. */
		refs = cJSON_AddArrayToObject(o, "refs");
		xap_hits_matching_terms(h, i, shared_cb, refs, NULL);
		cJSON_Delete(data);
		cJSON_AddItemToArray(arr, o);
	}
out:
	xap_hits_free(h);
	for (i = 0; i < nq; i++)
		xap_query_free(qs[i]);
	xap_query_free(any);
	xap_query_free(item);
	xap_query_free(self);
	xap_query_free(t);
	xap_query_free(q);
	for (i = 0; i < r.n; i++)
		free(r.t[i]);
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
