/*
 * like.h: "more like this" by relevance feedback.  The document of an
 * item or passage id is taken as the one relevant document (a Xapian
 * RSet); the best expand terms of it (an ESet of word stems) make the
 * query, and the document itself, with its item or passages, is left
 * out.
 */
#ifndef GOV_LIKE_H
#define GOV_LIKE_H

#include <stddef.h>

struct xap_db;
struct xap_query;

/* Expand terms the query is made of. */
#define LIKE_TERMS	25

/*
 * A query for the documents most like the one with id (an item id or a
 * passage id "ITEM#q2"): a new query for the caller to free, or NULL with
 * *rc (XAP_ENODOC when no document has that id, or another enum xap_err)
 * and *errmsg (malloc'd) set.
 */
struct xap_query *like_query(struct xap_db *, const char *id, int *rc,
    char **errmsg);

/* 1 if id names a passage (a question or resolution), 0 for an item. */
int like_is_passage(const char *id);

#endif /* GOV_LIKE_H */
