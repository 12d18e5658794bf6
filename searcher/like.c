/*
 * like.c: items like a given one, by Xapian relevance feedback
 * (xap_query_like: an RSet of the document, the ESet of its terms).
 * Only word stems ("Z" + a lower-case word) are used: they match every
 * form of a word, and prefixed copies or filter terms would only repeat
 * the words or pull in the same council and date.
 */
#include <config.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "like.h"
#include "schema.h"
#include "util.h"
#include "xap.h"

/* Length of the item id within a passage id ("ITEM#q2"), 0 for an item. */
static size_t
item_len(const char *id)
{
	const char *h = strrchr(id, '#');

	if (h == NULL || h == id)
		return 0;
	if (strncmp(h, PASSAGE_QUESTION, strlen(PASSAGE_QUESTION)) != 0 &&
	    strncmp(h, PASSAGE_RESOLUTION, strlen(PASSAGE_RESOLUTION)) != 0)
		return 0;
	if (h[2] == '\0' || strspn(h + 2, "0123456789") != strlen(h + 2))
		return 0;
	return (size_t)(h - id);
}

int
like_is_passage(const char *id)
{
	return id != NULL && item_len(id) > 0;
}

/* Keeps "Z" + a word of letters: a stem, not a number or a prefix. */
static int
keep_stem(void *ctx, const char *term, size_t len)
{
	(void)ctx;
	return len > 3 && term[0] == 'Z' && islower((unsigned char)term[1]) &&
	    islower((unsigned char)term[2]);
}

static struct xap_query *
term_query(const char *prefix, const char *v, size_t vlen, int *rc,
    char **errmsg)
{
	char *t = xasprintf("%s%.*s", prefix, (int)vlen, v);
	struct xap_query *q = xap_query_term(t, strlen(t), 1, rc, errmsg);

	free(t);
	return q;
}

struct xap_query *
like_query(struct xap_db *db, const char *id, int *rc, char **errmsg)
{
	struct xap_query *like = NULL, *ex[2] = { NULL, NULL }, *any = NULL;
	struct xap_query *qs[2], *out = NULL;
	size_t il = item_len(id);
	unsigned docid;
	char *t;

	t = xasprintf("%s%s", PFX_ID, id);
	*rc = xap_db_find_term(db, t, strlen(t), &docid, errmsg);
	free(t);
	if (*rc == XAP_ENODOC && errmsg != NULL) {
		free(*errmsg);
		*errmsg = xasprintf("like: no item or passage has the id '%s'",
		    id);
	}
	if (*rc != 0)
		return NULL;
	like = xap_query_like(db, &docid, 1, LIKE_TERMS, keep_stem, NULL, rc,
	    errmsg);
	if (like == NULL)
		return NULL;
	/* Leave out the document and what repeats it: an item's passages,
	 * a passage's item. */
	ex[0] = term_query(PFX_ID, id, strlen(id), rc, errmsg);
	if (ex[0] == NULL)
		goto out;
	if (il > 0)
		ex[1] = term_query(PFX_ID, id, il, rc, errmsg);
	else
		ex[1] = term_query(PFX_ITEM, id, strlen(id), rc, errmsg);
	if (ex[1] == NULL)
		goto out;
	any = xap_query_combine(XAP_OP_OR, ex, 2, rc, errmsg);
	if (any == NULL)
		goto out;
	qs[0] = like;
	qs[1] = any;
	out = xap_query_combine(XAP_OP_AND_NOT, qs, 2, rc, errmsg);
out:
	xap_query_free(like);
	xap_query_free(ex[0]);
	xap_query_free(ex[1]);
	xap_query_free(any);
	return out;
}
