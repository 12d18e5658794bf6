/*
 * test_xap.c: unit tests for the Xapian wrapper (common/xap.h), error
 * paths included.  Databases live under a mkdtemp directory in $TMPDIR
 * (or /tmp) that is removed at the end.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include <dirent.h>

#include "xap.h"
#include "tap.h"

#define LANG	"english"

static char root[PATH_MAX];

/* ---- Helpers ---- */

static const char *
dbpath(const char *name)
{
	static char buf[4][PATH_MAX];
	static int next;
	char *p = buf[next++ % 4];

	if (snprintf(p, PATH_MAX, "%s/%s", root, name) >= PATH_MAX)
		abort();
	return p;
}

static int
rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void
rm_rf(const char *path)
{
	nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* True if s contains sub. */
static int
has(const char *s, const char *sub)
{
	return s != NULL && strstr(s, sub) != NULL;
}

/* Terms and counts gathered by a callback. */
struct coll {
	char buf[8192];		/* "term|term|..." */
	size_t n;		/* terms seen */
	unsigned counts[64];	/* the count given with each term */
	size_t stop_after;	/* nonzero: stop after this many */
};

static int
collect(void *ctx, const char *term, size_t len, unsigned count)
{
	struct coll *c = ctx;
	size_t used = strlen(c->buf);

	if (used + len + 2 < sizeof c->buf) {
		memcpy(c->buf + used, term, len);
		c->buf[used + len] = '|';
		c->buf[used + len + 1] = '\0';
	}
	if (c->n < 64)
		c->counts[c->n] = count;
	c->n++;
	return c->stop_after != 0 && c->n >= c->stop_after;
}

static void
coll_init(struct coll *c)
{
	memset(c, 0, sizeof *c);
}

static void
freemsg(char **msg)
{
	free(*msg);
	*msg = NULL;
}

/* A document: text indexed with tg, id as Q term, values and data. */
struct tdoc {
	const char *id;
	const char *text;
	const char *date;	/* slot 0 */
	const char *council;	/* slot 2 */
	const char *item;	/* slot 5 */
};

static int
add_tdoc(struct xap_wdb *w, struct xap_termgen *tg, const struct tdoc *t)
{
	struct xap_doc *d;
	char q[256];
	int rc;

	d = xap_doc_new(&rc, NULL);
	if (d == NULL)
		return rc;
	snprintf(q, sizeof q, "Q%s", t->id);
	rc = xap_termgen_set_document(tg, d, NULL);
	if (rc == 0)
		rc = xap_termgen_index_text(tg, t->text, strlen(t->text), 1,
		    NULL, NULL);
	if (rc == 0)
		rc = xap_doc_add_boolean_term(d, q, strlen(q), NULL);
	if (rc == 0 && t->date != NULL)
		rc = xap_doc_set_value(d, 0, t->date, strlen(t->date), NULL);
	if (rc == 0 && t->council != NULL)
		rc = xap_doc_set_value(d, 2, t->council, strlen(t->council),
		    NULL);
	if (rc == 0 && t->item != NULL)
		rc = xap_doc_set_value(d, 5, t->item, strlen(t->item), NULL);
	if (rc == 0)
		rc = xap_doc_set_data(d, t->id, strlen(t->id), NULL);
	if (rc == 0)
		rc = xap_wdb_replace_by_term(w, q, strlen(q), d, NULL);
	xap_doc_free(d);
	return rc;
}

/* Gives d the id term Q<id> and data <id>, stores it and frees it. */
static int
put_doc(struct xap_wdb *w, struct xap_doc *d, const char *id)
{
	char q[64];
	int rc;

	snprintf(q, sizeof q, "Q%s", id);
	rc = xap_doc_add_boolean_term(d, q, strlen(q), NULL);
	if (rc == 0)
		rc = xap_doc_set_data(d, id, strlen(id), NULL);
	if (rc == 0)
		rc = xap_wdb_replace_by_term(w, q, strlen(q), d, NULL);
	xap_doc_free(d);
	return rc;
}

/* Creates database name holding docs; 0 on success. */
static int
make_db(const char *name, const struct tdoc *docs, size_t n)
{
	struct xap_wdb *w;
	struct xap_termgen *tg;
	int rc;

	w = xap_wdb_open(dbpath(name), XAP_CREATE_OR_OVERWRITE, 0, &rc, NULL);
	if (w == NULL)
		return rc;
	tg = xap_termgen_new(LANG, NULL, &rc, NULL);
	for (size_t i = 0; tg != NULL && i < n && rc == 0; i++)
		rc = add_tdoc(w, tg, &docs[i]);
	if (rc == 0)
		rc = xap_wdb_commit(w, NULL);
	xap_termgen_free(tg);
	xap_wdb_free(w);
	return rc;
}

static struct xap_db *
open1(const char *name, int *rc, char **msg)
{
	const char *p = dbpath(name);

	return xap_db_open(&p, 1, 0, rc, msg);
}

/*
 * Parses text with flags and runs it over db; returns the hits (NULL on
 * error, with *rc).  docs receives "id|id|" of the hits in order.
 */
static struct xap_hits *
search(struct xap_db *db, struct xap_qparser *qp, const char *text,
    unsigned flags, struct xap_search *s, char *ids, size_t idsz, int *rc)
{
	struct xap_query *q;
	struct xap_hits *h;
	struct xap_search def;

	if (ids != NULL)
		ids[0] = '\0';
	q = xap_qparser_parse(qp, text, strlen(text), flags, NULL, rc, NULL);
	if (q == NULL)
		return NULL;
	if (s == NULL) {
		memset(&def, 0, sizeof def);
		def.limit = 100;
		s = &def;
	}
	s->query = q;
	h = xap_search_run(db, s, rc, NULL);
	s->query = NULL;
	xap_query_free(q);
	for (size_t i = 0; h != NULL && ids != NULL && i < xap_hits_size(h);
	    i++) {
		char *data;
		size_t len;

		if (xap_hits_data(h, i, &data, &len, NULL) == 0) {
			strncat(ids, data, idsz - strlen(ids) - 2);
			strncat(ids, "|", idsz - strlen(ids) - 1);
			free(data);
		}
	}
	return h;
}

/* Hits of text over db as "id|id|"; rc < 0 on error. */
static int
ids_of(struct xap_db *db, struct xap_qparser *qp, const char *text,
    unsigned flags, char *ids, size_t idsz)
{
	struct xap_hits *h;
	int rc;

	h = search(db, qp, text, flags, NULL, ids, idsz, &rc);
	xap_hits_free(h);
	return h != NULL ? 0 : rc;
}

static double
now(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return tv.tv_sec + tv.tv_usec / 1e6;
}

/* ---- Errors, stemming, stoppers ---- */

static void
test_strerror(void)
{
	int codes[] = { XAP_OK, XAP_ELOCK, XAP_EMODIFIED, XAP_ENOTFOUND,
	    XAP_ECORRUPT, XAP_EOPEN, XAP_EQUERY, XAP_EINVAL, XAP_ENOMEM,
	    XAP_ENETWORK, XAP_EXAPIAN, XAP_EINTERNAL, XAP_ENODOC };
	int distinct = 1;

	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
		for (size_t j = 0; j < i; j++)
			if (strcmp(xap_strerror(codes[i]),
			    xap_strerror(codes[j])) == 0)
				distinct = 0;
	ok(distinct, "xap_strerror_should_name_each_code_differently");
	ok(strcmp(xap_strerror(XAP_ELOCK), "locked") == 0 &&
	    strcmp(xap_strerror(-999), "unknown error") == 0,
	    "xap_strerror_should_name_lock_and_unknown_codes");
}

static void
test_stem(void)
{
	char *s, *msg = NULL;
	int rc;

	ok(xap_stem_language_ok("english") && xap_stem_language_ok("french")
	    && xap_stem_language_ok("none"),
	    "xap_stem_language_ok_should_accept_known_languages");
	ok(!xap_stem_language_ok("klingon") && !xap_stem_language_ok(NULL),
	    "xap_stem_language_ok_should_reject_unknown_languages");

	s = xap_stem_word(LANG, "recruitment", 11, &rc, &msg);
	ok(s != NULL && rc == 0 && strcmp(s, "recruit") == 0,
	    "xap_stem_word_should_stem_with_libstemmer");
	free(s);
	/* Snowball 2.x keeps "generously" apart from "general". */
	s = xap_stem_word(LANG, "generously", 10, &rc, &msg);
	ok(s != NULL && strcmp(s, "generous") == 0,
	    "xap_stem_word_should_use_snowball_2_rules");
	free(s);
	s = xap_stem_word(LANG, "Recruited", 9, &rc, &msg);
	ok(s != NULL && strcmp(s, "recruit") == 0,
	    "xap_stem_word_should_lower_case_like_indexing");
	free(s);
	s = xap_stem_word("none", "recruiting", 10, &rc, &msg);
	ok(s != NULL && strcmp(s, "recruiting") == 0,
	    "xap_stem_word_should_leave_words_alone_for_none");
	free(s);
	s = xap_stem_word("klingon", "word", 4, &rc, &msg);
	ok(s == NULL && rc == XAP_EINVAL && has(msg, "klingon"),
	    "xap_stem_word_should_fail_with_einval_naming_unknown_language");
	freemsg(&msg);
}

static void
test_stopper(void)
{
	struct xap_stopper *st = xap_stopper_new();
	char *msg = NULL;

	ok(st != NULL, "xap_stopper_new_should_return_a_list");
	ok(xap_stopper_add(st, "the", 3, &msg) == 0 &&
	    xap_stopper_add(st, "of", 2, &msg) == 0,
	    "xap_stopper_add_should_add_words");
	/* "ofx" with length 2 is "of": the length is honoured. */
	ok(xap_stopper_has(st, "the", 3) && xap_stopper_has(st, "ofx", 2) &&
	    !xap_stopper_has(st, "council", 7),
	    "xap_stopper_has_should_find_added_words_only");
	ok(!xap_stopper_has(NULL, "the", 3) &&
	    xap_stopper_add(NULL, "a", 1, &msg) == XAP_EINVAL && msg != NULL,
	    "xap_stopper_add_should_reject_null_list");
	freemsg(&msg);
	xap_stopper_free(st);
	xap_stopper_free(NULL);
}

/* ---- Documents and term generation ---- */

static void
test_doc(void)
{
	struct xap_wdb *w;
	struct xap_doc *d;
	struct xap_db *db;
	struct coll c;
	char *msg = NULL, *val;
	size_t len;
	int rc;

	d = xap_doc_new(&rc, &msg);
	ok(d != NULL && rc == 0, "xap_doc_new_should_make_a_document");
	ok(xap_doc_add_term(d, "alpha", 5, 3, &msg) == 0 &&
	    xap_doc_add_posting(d, "beta", 4, 7, 2, &msg) == 0 &&
	    xap_doc_add_boolean_term(d, "Qdoc1", 5, &msg) == 0 &&
	    xap_doc_set_value(d, 3, "v\0x", 3, &msg) == 0 &&
	    xap_doc_set_data(d, "{\"id\":1}", 8, &msg) == 0,
	    "xap_doc_setters_should_succeed");
	rc = xap_doc_add_term(d, "", 0, 1, &msg);
	ok(rc != 0 && msg != NULL, "xap_doc_add_term_should_reject_empty_term");
	freemsg(&msg);
	ok(xap_doc_set_data(NULL, "x", 1, &msg) == XAP_EINVAL && msg != NULL,
	    "xap_doc_set_data_should_reject_null_document");
	freemsg(&msg);

	w = xap_wdb_open(dbpath("doc"), XAP_CREATE, 0, &rc, &msg);
	ok(w != NULL && xap_wdb_replace_by_term(w, "Qdoc1", 5, d, &msg) == 0 &&
	    xap_wdb_commit(w, &msg) == 0,
	    "xap_wdb_replace_by_term_should_store_a_new_document");
	xap_wdb_free(w);
	xap_doc_free(d);
	xap_doc_free(NULL);

	db = open1("doc", &rc, &msg);
	coll_init(&c);
	ok(db != NULL && xap_db_doc_terms(db, 1, NULL, collect, &c, &msg) == 0
	    && strcmp(c.buf, "Qdoc1|alpha|beta|") == 0 &&
	    c.counts[0] == 1 && c.counts[1] == 1,
	    "xap_db_doc_terms_should_list_document_terms_in_order");
	ok(xap_db_get_data(db, 1, &val, &len, &msg) == 0 && len == 8 &&
	    strcmp(val, "{\"id\":1}") == 0,
	    "xap_db_get_data_should_return_document_data");
	free(val);
	coll_init(&c);
	ok(xap_db_doc_terms(db, 1, "Q", collect, &c, &msg) == 0 &&
	    strcmp(c.buf, "Qdoc1|") == 0,
	    "xap_db_doc_terms_should_filter_by_prefix");
	rc = xap_db_get_data(db, 99, &val, &len, &msg);
	ok(rc == XAP_ENODOC && msg != NULL,
	    "xap_db_get_data_should_fail_with_enodoc_for_missing_docid");
	freemsg(&msg);
	rc = xap_db_doc_terms(db, 99, NULL, collect, &c, &msg);
	ok(rc == XAP_ENODOC && msg != NULL,
	    "xap_db_doc_terms_should_fail_with_enodoc_for_missing_docid");
	freemsg(&msg);
	xap_db_free(db);
}

static void
test_termgen(void)
{
	struct xap_stopper *st = xap_stopper_new();
	struct xap_termgen *tg;
	struct xap_doc *d;
	struct xap_wdb *w;
	struct xap_db *db;
	struct xap_qparser *qp;
	struct coll c;
	char *msg = NULL, ids[256];
	const char *text = "The recruitment of staff";
	int rc;

	xap_stopper_add(st, "the", 3, NULL);
	xap_stopper_add(st, "of", 2, NULL);

	tg = xap_termgen_new("klingon", st, &rc, &msg);
	ok(tg == NULL && rc == XAP_EINVAL && has(msg, "klingon"),
	    "xap_termgen_new_should_fail_with_einval_for_unknown_language");
	freemsg(&msg);

	tg = xap_termgen_new(LANG, st, &rc, &msg);
	ok(tg != NULL && rc == 0, "xap_termgen_new_should_make_a_generator");
	w = xap_wdb_open(dbpath("tg"), XAP_CREATE, 0, &rc, &msg);

	/* 1: default STEM_SOME with stopper (STOP_STEMMED). */
	d = xap_doc_new(&rc, NULL);
	ok(xap_termgen_set_document(tg, d, &msg) == 0 &&
	    xap_termgen_index_text(tg, text, strlen(text), 1, NULL, &msg) == 0,
	    "xap_termgen_index_text_should_index");
	put_doc(w, d, "1");

	/* 2: STEM_NONE, with a prefix. */
	d = xap_doc_new(&rc, NULL);
	ok(xap_termgen_set_stem_strategy(tg, XAP_STEM_NONE, &msg) == 0,
	    "xap_termgen_set_stem_strategy_should_accept_none");
	xap_termgen_set_document(tg, d, NULL);
	xap_termgen_index_text(tg, "Recruiting", 10, 2, "S", NULL);
	put_doc(w, d, "2");
	rc = xap_termgen_set_stem_strategy(tg, 42, &msg);
	ok(rc == XAP_EINVAL && msg != NULL,
	    "xap_termgen_set_stem_strategy_should_reject_unknown_strategy");
	freemsg(&msg);
	xap_termgen_set_stem_strategy(tg, XAP_STEM_ALL_Z, NULL);
	xap_termgen_set_stem_strategy(tg, XAP_STEM_ALL, NULL);
	xap_termgen_set_stem_strategy(tg, XAP_STEM_SOME, NULL);

	/* 3: two fields with a gap. */
	d = xap_doc_new(&rc, NULL);
	xap_termgen_set_document(tg, d, NULL);
	xap_termgen_index_text(tg, "budget report", 13, 1, NULL, NULL);
	ok(xap_termgen_increase_termpos(tg, 100, &msg) == 0,
	    "xap_termgen_increase_termpos_should_succeed");
	xap_termgen_index_text(tg, "annual meeting", 14, 1, NULL, NULL);
	put_doc(w, d, "3");

	/* 4: the same, adjacent, without positions. */
	d = xap_doc_new(&rc, NULL);
	xap_termgen_set_document(tg, d, NULL);
	ok(xap_termgen_set_positions(tg, 0, &msg) == 0,
	    "xap_termgen_set_positions_should_turn_positions_off");
	xap_termgen_index_text(tg, "report annual", 13, 1, NULL, NULL);
	xap_termgen_set_positions(tg, 1, NULL);
	put_doc(w, d, "4");

	/* 5: adjacent, with positions. */
	d = xap_doc_new(&rc, NULL);
	xap_termgen_set_document(tg, d, NULL);
	xap_termgen_index_text(tg, "report annual", 13, 1, NULL, NULL);
	put_doc(w, d, "5");

	rc = xap_termgen_index_text(NULL, "x", 1, 1, NULL, &msg);
	ok(rc == XAP_EINVAL && msg != NULL,
	    "xap_termgen_index_text_should_reject_null_generator");
	freemsg(&msg);
	xap_wdb_commit(w, NULL);
	xap_wdb_free(w);
	xap_termgen_free(tg);
	xap_termgen_free(NULL);

	db = open1("tg", &rc, &msg);
	coll_init(&c);
	xap_db_doc_terms(db, 1, NULL, collect, &c, NULL);
	ok(has(c.buf, "|Zrecruit|") && has(c.buf, "|recruitment|") &&
	    has(c.buf, "|the|") && !has(c.buf, "Zthe") && !has(c.buf, "Zof"),
	    "xap_termgen_should_stem_with_z_and_skip_stemmed_stopwords");
	coll_init(&c);
	xap_db_doc_terms(db, 2, NULL, collect, &c, NULL);
	ok(strcmp(c.buf, "Q2|Srecruiting|") == 0,
	    "xap_termgen_should_apply_prefix_and_stem_none");

	qp = xap_qparser_new(db, LANG, st, &rc, NULL);
	ids_of(db, qp, "\"report annual\"", XAP_QP_PHRASE, ids, sizeof ids);
	ok(has(ids, "5|"), "xap_termgen_should_index_positions_by_default");
	ok(!has(ids, "3|"),
	    "xap_termgen_increase_termpos_should_keep_phrases_apart");
	ok(!has(ids, "4|"),
	    "xap_termgen_set_positions_should_index_without_positions");
	xap_qparser_free(qp);
	xap_db_free(db);
	xap_stopper_free(st);
}

/* ---- Writable database ---- */

static void
test_wdb_open(void)
{
	struct xap_wdb *w, *w2;
	char *msg = NULL;
	int rc;

	w = xap_wdb_open(dbpath("lock"), XAP_CREATE_OR_OPEN, 0, &rc, &msg);
	ok(w != NULL && rc == 0, "xap_wdb_open_should_create_a_database");
	w2 = xap_wdb_open(dbpath("lock"), XAP_CREATE_OR_OPEN, 0, &rc, &msg);
	ok(w2 == NULL && rc == XAP_ELOCK && has(msg, "lock"),
	    "xap_wdb_open_should_fail_with_elock_for_a_second_writer");
	if (msg != NULL)
		printf("# lock message: %s\n", msg);
	freemsg(&msg);
	xap_wdb_free(w);
	w2 = xap_wdb_open(dbpath("lock"), XAP_OPEN, 0, &rc, &msg);
	ok(w2 != NULL, "xap_wdb_free_should_release_the_lock");
	xap_wdb_free(w2);
	xap_wdb_free(NULL);

	w = xap_wdb_open(dbpath("missing"), XAP_OPEN, 0, &rc, &msg);
	ok(w == NULL && (rc == XAP_ENOTFOUND || rc == XAP_EOPEN) &&
	    msg != NULL,
	    "xap_wdb_open_should_fail_with_enotfound_for_missing_database");
	freemsg(&msg);
	w = xap_wdb_open(dbpath("lock"), XAP_CREATE, 0, &rc, &msg);
	ok(w == NULL && rc != 0 && msg != NULL,
	    "xap_wdb_open_should_fail_to_create_over_an_existing_database");
	freemsg(&msg);
	w = xap_wdb_open(dbpath("lock"), 17, 0, &rc, &msg);
	ok(w == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_wdb_open_should_reject_unknown_mode");
	freemsg(&msg);
	w = xap_wdb_open(dbpath("no/such/dir/db"), XAP_CREATE_OR_OPEN, 0,
	    &rc, &msg);
	ok(w == NULL && rc != 0 && msg != NULL,
	    "xap_wdb_open_should_fail_when_parent_directory_is_missing");
	freemsg(&msg);
}

static void
test_wdb_ops(void)
{
	struct xap_termgen *tg;
	struct xap_wdb *w;
	struct xap_db *db;
	struct coll c;
	char *msg = NULL, *val;
	size_t len;
	unsigned n, nd;
	int rc, exists;
	struct tdoc a = { "a", "first version", "20160101", "Leeds", "i1" };
	struct tdoc a2 = { "a", "second version", "20170101", "York", "i1" };
	struct tdoc b = { "b", "another document", NULL, NULL, NULL };

	w = xap_wdb_open(dbpath("ops"), XAP_CREATE, 0, &rc, &msg);
	tg = xap_termgen_new(LANG, NULL, &rc, &msg);
	add_tdoc(w, tg, &a);
	add_tdoc(w, tg, &a2);
	add_tdoc(w, tg, &b);
	ok(xap_wdb_doccount(w, &n, &msg) == 0 && n == 2,
	    "xap_wdb_replace_by_term_should_replace_not_duplicate");
	ok(xap_wdb_value_by_term(w, "Qa", 2, 2, &val, &len, &msg) == 0 &&
	    len == 4 && strcmp(val, "York") == 0,
	    "xap_wdb_value_by_term_should_see_the_replacement");
	free(val);
	ok(xap_wdb_value_by_term(w, "Qb", 2, 2, &val, &len, &msg) == 0 &&
	    len == 0 && strcmp(val, "") == 0,
	    "xap_wdb_value_by_term_should_give_empty_for_unset_slot");
	free(val);
	val = (char *)"x";
	rc = xap_wdb_value_by_term(w, "Qzz", 3, 2, &val, &len, &msg);
	ok(rc == XAP_ENODOC && val == NULL && msg != NULL,
	    "xap_wdb_value_by_term_should_fail_with_enodoc_for_missing_term");
	freemsg(&msg);
	ok(xap_wdb_term_exists(w, "Qb", 2, &exists, &msg) == 0 && exists,
	    "xap_wdb_term_exists_should_find_a_term");
	ok(xap_wdb_delete_by_term(w, "Qb", 2, &nd, &msg) == 0 && nd == 1,
	    "xap_wdb_delete_by_term_should_count_deleted_documents");
	ok(xap_wdb_term_exists(w, "Qb", 2, &exists, &msg) == 0 && !exists &&
	    xap_wdb_doccount(w, &n, &msg) == 0 && n == 1,
	    "xap_wdb_delete_by_term_should_remove_the_document");
	ok(xap_wdb_delete_by_term(w, "Qnone", 5, &nd, &msg) == 0 && nd == 0 &&
	    xap_wdb_delete_by_term(w, "Qnone", 5, NULL, &msg) == 0,
	    "xap_wdb_delete_by_term_should_accept_missing_term");

	ok(xap_wdb_set_metadata(w, "govsearch.schema", "1", 1, &msg) == 0 &&
	    xap_wdb_get_metadata(w, "govsearch.schema", &val, &len, &msg) ==
	    0 && len == 1 && strcmp(val, "1") == 0,
	    "xap_wdb_metadata_should_round_trip");
	free(val);
	ok(xap_wdb_get_metadata(w, "unset", &val, &len, &msg) == 0 &&
	    len == 0 && strcmp(val, "") == 0,
	    "xap_wdb_get_metadata_should_give_empty_for_unset_key");
	free(val);
	rc = xap_wdb_set_metadata(w, "", "x", 1, &msg);
	ok(rc == XAP_EINVAL && msg != NULL,
	    "xap_wdb_set_metadata_should_reject_empty_key");
	freemsg(&msg);

	coll_init(&c);
	ok(xap_wdb_allterms(w, "Z", collect, &c, &msg) == 0 &&
	    strcmp(c.buf, "Zsecond|Zversion|") == 0 && c.counts[0] == 1,
	    "xap_wdb_allterms_should_list_terms_with_prefix");
	coll_init(&c);
	c.stop_after = 1;
	ok(xap_wdb_allterms(w, NULL, collect, &c, &msg) == 0 && c.n == 1,
	    "xap_wdb_allterms_should_stop_when_callback_says_so");
	ok(xap_wdb_add_spelling(w, "recruitment", 11, 1, &msg) == 0,
	    "xap_wdb_add_spelling_should_succeed");
	ok(xap_wdb_commit(w, &msg) == 0, "xap_wdb_commit_should_succeed");

	/* Transactions. */
	ok(xap_wdb_begin_transaction(w, 1, &msg) == 0 &&
	    add_tdoc(w, tg, &b) == 0 &&
	    xap_wdb_cancel_transaction(w, &msg) == 0 &&
	    xap_wdb_doccount(w, &n, &msg) == 0 && n == 1,
	    "xap_wdb_cancel_transaction_should_drop_changes");
	ok(xap_wdb_begin_transaction(w, 0, &msg) == 0 &&
	    add_tdoc(w, tg, &b) == 0 &&
	    xap_wdb_commit_transaction(w, &msg) == 0 &&
	    xap_wdb_doccount(w, &n, &msg) == 0 && n == 2,
	    "xap_wdb_commit_transaction_should_keep_changes");
	rc = xap_wdb_commit_transaction(w, &msg);
	ok(rc != 0 && msg != NULL,
	    "xap_wdb_commit_transaction_should_fail_outside_a_transaction");
	freemsg(&msg);
	rc = xap_wdb_cancel_transaction(w, &msg);
	ok(rc != 0 && msg != NULL,
	    "xap_wdb_cancel_transaction_should_fail_outside_a_transaction");
	freemsg(&msg);
	xap_wdb_commit(w, NULL);

	/* Freeing with pending changes drops them. */
	xap_wdb_delete_by_term(w, "Qa", 2, NULL, NULL);
	xap_wdb_free(w);
	db = open1("ops", &rc, &msg);
	ok(db != NULL && xap_db_doccount(db, &n, &msg) == 0 && n == 2,
	    "xap_wdb_free_should_not_commit_pending_changes");
	xap_db_free(db);

	/* Freeing inside a transaction drops it too. */
	w = xap_wdb_open(dbpath("ops"), XAP_OPEN, 0, &rc, &msg);
	xap_wdb_begin_transaction(w, 1, NULL);
	xap_wdb_delete_by_term(w, "Qa", 2, NULL, NULL);
	xap_wdb_free(w);
	db = open1("ops", &rc, &msg);
	ok(db != NULL && xap_db_doccount(db, &n, &msg) == 0 && n == 2,
	    "xap_wdb_free_should_cancel_an_open_transaction");
	xap_db_free(db);

	ok(xap_wdb_commit(NULL, &msg) == XAP_EINVAL && msg != NULL,
	    "xap_wdb_commit_should_reject_null_database");
	freemsg(&msg);
	xap_termgen_free(tg);
}

static void
test_flush_threshold(void)
{
	struct xap_termgen *tg;
	struct xap_wdb *w;
	struct xap_db *db;
	unsigned n = 0;
	int rc;
	struct tdoc d[3] = {
		{ "f1", "one", NULL, NULL, NULL },
		{ "f2", "two", NULL, NULL, NULL },
		{ "f3", "three", NULL, NULL, NULL },
	};

	unsetenv("XAPIAN_FLUSH_THRESHOLD");
	w = xap_wdb_open(dbpath("flush"), XAP_CREATE, 2, &rc, NULL);
	ok(w != NULL && getenv("XAPIAN_FLUSH_THRESHOLD") == NULL,
	    "xap_wdb_open_should_restore_the_environment");
	tg = xap_termgen_new(LANG, NULL, &rc, NULL);
	for (int i = 0; i < 3; i++)
		add_tdoc(w, tg, &d[i]);
	/* Two changes reach the threshold: Xapian commits them itself. */
	db = open1("flush", &rc, NULL);
	ok(db != NULL && xap_db_doccount(db, &n, NULL) == 0 && n >= 2,
	    "xap_wdb_open_should_apply_flush_threshold");
	xap_db_free(db);
	xap_termgen_free(tg);
	xap_wdb_free(w);
}

/* ---- Read-only database ---- */

static const struct tdoc shard1[] = {
	{ "s1", "planning committee minutes", "20160310", "Leeds", "p1" },
	{ "s2", "planning application refused", "20170611", "Leeds", "p1" },
};
static const struct tdoc shard2[] = {
	{ "s3", "licensing committee minutes", "20180101", "York", "p2" },
};

static unsigned postings[8];
static size_t postings_n;

static int
posting(void *ctx, unsigned docid)
{
	(void)ctx;
	if (postings_n < 8)
		postings[postings_n++] = docid;
	return 0;
}

static void
test_db(void)
{
	const char *two[2];
	struct xap_db *db;
	struct xap_wdb *w;
	struct xap_termgen *tg;
	struct coll c;
	char *msg = NULL, *val;
	unsigned n, docid;
	size_t len;
	int rc, changed;
	FILE *f;
	struct tdoc extra = { "s9", "extra planning", NULL, NULL, NULL };

	make_db("shard1", shard1, 2);
	make_db("shard2", shard2, 1);

	db = open1("nothere", &rc, &msg);
	ok(db == NULL && (rc == XAP_ENOTFOUND || rc == XAP_EOPEN) &&
	    msg != NULL,
	    "xap_db_open_should_fail_with_enotfound_for_missing_database");
	if (msg != NULL)
		printf("# missing message: %s\n", msg);
	freemsg(&msg);
	db = xap_db_open(two, 0, 0, &rc, &msg);
	ok(db == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_db_open_should_reject_no_paths");
	freemsg(&msg);

	two[0] = dbpath("shard1");
	two[1] = dbpath("shard2");
	db = xap_db_open(two, 2, 0, &rc, &msg);
	ok(db != NULL && rc == 0 && xap_db_doccount(db, &n, &msg) == 0 &&
	    n == 3, "xap_db_open_should_join_shards");
	ok(xap_db_termfreq(db, "committe", 8, &n, &msg) == 0 && n == 0 &&
	    xap_db_termfreq(db, "committee", 9, &n, &msg) == 0 && n == 2,
	    "xap_db_termfreq_should_count_over_shards");
	coll_init(&c);
	ok(xap_db_allterms(db, "Q", collect, &c, &msg) == 0 &&
	    strcmp(c.buf, "Qs1|Qs2|Qs3|") == 0,
	    "xap_db_allterms_should_list_terms_over_shards");
	ok(xap_db_find_term(db, "Qs3", 3, &docid, &msg) == 0 &&
	    xap_db_get_data(db, docid, &val, &len, &msg) == 0 &&
	    strcmp(val, "s3") == 0,
	    "xap_db_find_term_should_find_a_document_in_any_shard");
	free(val);
	rc = xap_db_find_term(db, "Qnone", 5, &docid, &msg);
	ok(rc == XAP_ENODOC && msg != NULL,
	    "xap_db_find_term_should_fail_with_enodoc_for_missing_term");
	freemsg(&msg);
	ok(xap_db_find_term(db, "Qs3", 3, &docid, &msg) == 0 &&
	    xap_db_doc_value(db, docid, 2, &val, &len, &msg) == 0 &&
	    len == 4 && strcmp(val, "York") == 0,
	    "xap_db_doc_value_should_read_a_value_in_any_shard");
	free(val);
	ok(xap_db_doc_value(db, docid, 9, &val, &len, &msg) == 0 &&
	    len == 0, "xap_db_doc_value_should_give_empty_for_unset_slot");
	free(val);
	postings_n = 0;
	ok(xap_db_postings(db, "committee", 9, posting, NULL, &msg) == 0 &&
	    postings_n == 2 && postings[0] < postings[1] &&
	    xap_db_find_term(db, "Qs1", 3, &n, &msg) == 0 &&
	    postings[0] == n && postings[1] == docid,
	    "xap_db_postings_should_list_docids_over_shards_in_order");
	postings_n = 0;
	ok(xap_db_postings(db, "nothere", 7, posting, NULL, &msg) == 0 &&
	    postings_n == 0, "xap_db_postings_should_list_nothing_for_no_term");
	xap_db_free(db);
	xap_db_free(NULL);

	/* Metadata and reopen. */
	db = open1("shard1", &rc, &msg);
	ok(xap_db_get_metadata(db, "k", &val, &len, &msg) == 0 && len == 0,
	    "xap_db_get_metadata_should_give_empty_for_unset_key");
	free(val);
	ok(xap_db_reopen(db, &changed, &msg) == 0 && changed == 0,
	    "xap_db_reopen_should_report_no_change");
	w = xap_wdb_open(dbpath("shard1"), XAP_OPEN, 0, &rc, &msg);
	tg = xap_termgen_new(LANG, NULL, &rc, &msg);
	add_tdoc(w, tg, &extra);
	xap_wdb_set_metadata(w, "k", "v", 1, NULL);
	xap_wdb_commit(w, NULL);
	xap_termgen_free(tg);
	xap_wdb_free(w);
	ok(xap_db_doccount(db, &n, &msg) == 0 && n == 2,
	    "xap_db_should_keep_its_revision_until_reopened");
	ok(xap_db_reopen(db, &changed, &msg) == 0 && changed == 1 &&
	    xap_db_doccount(db, &n, &msg) == 0 && n == 3,
	    "xap_db_reopen_should_see_a_new_commit");
	ok(xap_db_get_metadata(db, "k", &val, &len, &msg) == 0 && len == 1 &&
	    strcmp(val, "v") == 0,
	    "xap_db_get_metadata_should_read_committed_metadata");
	free(val);
	xap_db_free(db);

	/* A stub database file naming both shards. */
	f = fopen(dbpath("stub"), "w");
	if (f != NULL) {
		fprintf(f, "auto shard1\nauto shard2\n");
		fclose(f);
	}
	db = open1("stub", &rc, &msg);
	ok(db != NULL && xap_db_doccount(db, &n, &msg) == 0 && n == 4,
	    "xap_db_open_should_read_stub_files");
	xap_db_free(db);
}

/* Shards that fail, stub files split into shards, groups counted. */
static void
test_shards(void)
{
	const char *paths[3];
	struct xap_query *t[2], *q;
	struct xap_db *db;
	struct coll c;
	char *msg = NULL;
	unsigned n;
	int rc;
	FILE *f;

	paths[0] = dbpath("shard1");
	paths[1] = dbpath("gone");
	db = xap_db_open(paths, 2, 0, &rc, &msg);
	ok(db == NULL && rc != 0 && has(msg, dbpath("gone")),
	    "xap_db_open_should_name_the_shard_that_fails");
	freemsg(&msg);
	db = xap_db_open_flags(paths, 2, 0, XAP_DB_PARTIAL, &rc, &msg);
	ok(db != NULL && xap_db_nshards(db) == 2 &&
	    xap_db_shard_down(db, 0) == NULL &&
	    xap_db_shard_down(db, 1) != NULL &&
	    strcmp(xap_db_shard_name(db, 1), dbpath("gone")) == 0,
	    "xap_db_open_flags_partial_should_leave_out_a_failing_shard");
	ok(db != NULL && xap_db_doccount(db, &n, &msg) == 0 && n == 3,
	    "xap_db_open_flags_partial_should_search_the_others");
	ok(db != NULL && xap_db_reopen(db, NULL, &msg) == 0 &&
	    xap_db_shard_down(db, 1) != NULL,
	    "xap_db_reopen_partial_should_keep_serving_without_the_shard");
	ok(xap_db_shard_name(db, 2) == NULL && xap_db_shard_down(db, 2) ==
	    NULL && !xap_db_remote(db),
	    "xap_db_shard_name_should_end_after_the_last_shard");
	xap_db_free(db);
	paths[0] = dbpath("gone");
	db = xap_db_open_flags(paths, 1, 0, XAP_DB_PARTIAL, &rc, &msg);
	ok(db == NULL && rc != 0 && has(msg, dbpath("gone")),
	    "xap_db_open_flags_partial_should_fail_when_every_shard_fails");
	freemsg(&msg);

	/* A stub with a local shard and a server that is not there. */
	f = fopen(dbpath("mixed"), "w");
	if (f != NULL) {
		fprintf(f, "# comment\n\nauto shard1\nremote 127.0.0.1:1\n");
		fclose(f);
	}
	paths[0] = dbpath("mixed");
	db = xap_db_open(paths, 1, 2000, &rc, &msg);
	ok(db == NULL && rc == XAP_ENETWORK &&
	    has(msg, "tcp://127.0.0.1:1"),
	    "xap_db_open_should_name_a_stub_files_remote_that_fails");
	freemsg(&msg);
	db = xap_db_open_flags(paths, 1, 2000, XAP_DB_PARTIAL, &rc, &msg);
	ok(db != NULL && xap_db_nshards(db) == 2 && xap_db_remote(db) &&
	    strcmp(xap_db_shard_name(db, 0), dbpath("shard1")) == 0 &&
	    xap_db_shard_down(db, 0) == NULL &&
	    has(xap_db_shard_down(db, 1), "NetworkError"),
	    "xap_db_open_flags_should_split_a_stub_file_into_shards");
	xap_db_free(db);

	/*
	 * s1, s2 (group p1, Leeds), s3 (p2, York) and s9 (no group, no
	 * council: a group of its own, as Xapian collapses).
	 */
	paths[0] = dbpath("shard1");
	paths[1] = dbpath("shard2");
	db = xap_db_open(paths, 2, 0, &rc, &msg);
	t[0] = xap_query_term("planning", 8, 1, &rc, NULL);
	t[1] = xap_query_term("licensing", 9, 1, &rc, NULL);
	q = xap_query_combine(XAP_OP_OR, t, 2, &rc, NULL);
	coll_init(&c);
	n = 0;
	ok(db != NULL && q != NULL && xap_count_groups(db, q, 5, 2, collect,
	    &c, &n, &msg) == 0 && n == 3 &&
	    strcmp(c.buf, "Leeds|York|") == 0 && c.counts[0] == 1 &&
	    c.counts[1] == 1,
	    "xap_count_groups_should_count_each_group_once_per_value");
	n = 0;
	ok(xap_count_groups(db, t[0], 5, -1, NULL, NULL, &n, &msg) == 0 &&
	    n == 2, "xap_count_groups_should_count_groups_without_a_slot");
	xap_query_free(t[0]);
	xap_query_free(t[1]);
	xap_query_free(q);
	xap_db_free(db);
}

static void
test_remote(void)
{
	const char *p;
	struct xap_db *db;
	char *msg = NULL;
	double t0;
	int rc;

	p = "tcp://127.0.0.1:1";
	t0 = now();
	db = xap_db_open(&p, 1, 2000, &rc, &msg);
	ok(db == NULL && (rc == XAP_ENETWORK || rc == XAP_EOPEN) &&
	    msg != NULL && now() - t0 < 5,
	    "xap_db_open_should_fail_with_enetwork_for_unreachable_remote");
	if (msg != NULL)
		printf("# remote message: %s\n", msg);
	freemsg(&msg);
	p = "tcp://localhost";
	db = xap_db_open(&p, 1, 0, &rc, &msg);
	ok(db == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_db_open_should_reject_remote_without_port");
	freemsg(&msg);
	p = "tcp://localhost:99999";
	db = xap_db_open(&p, 1, 0, &rc, &msg);
	ok(db == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_db_open_should_reject_bad_remote_port");
	freemsg(&msg);
}

/*
 * Overwrites the *.glass files in dir with garbage.  With only set, just
 * that file, and only blocks from a quarter to half way through it: the
 * root and the blocks opening reads survive, so the damage shows later.
 */
static void
trash_glass(const char *dir, const char *only)
{
	char path[PATH_MAX], junk[8192];
	struct dirent *e;
	struct stat st;
	DIR *d;
	int fd;

	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (char)(i * 7 + 13);
	d = opendir(dir);
	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		size_t l = strlen(e->d_name);

		if (l < 6 || strcmp(e->d_name + l - 6, ".glass") != 0)
			continue;
		if (only != NULL && strcmp(e->d_name, only) != 0)
			continue;
		if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >=
		    (int)sizeof path)
			continue;
		fd = open(path, only != NULL ? O_WRONLY : O_WRONLY | O_TRUNC);
		if (fd < 0)
			continue;
		if (only == NULL) {
			if (write(fd, junk, sizeof junk) < 0)
				perror(path);
		} else if (fstat(fd, &st) == 0) {
			off_t nb = st.st_size / (off_t)sizeof junk;

			for (off_t b = nb / 4; b < nb / 2; b++)
				if (pwrite(fd, junk, sizeof junk,
				    b * (off_t)sizeof junk) < 0)
					perror(path);
		}
		close(fd);
	}
	closedir(d);
}

/* A database big enough for its tables to span many blocks. */
static int
make_big_db(const char *name, unsigned ndocs)
{
	struct xap_termgen *tg;
	struct xap_wdb *w;
	struct xap_doc *d;
	char text[128], id[32];
	int rc = 0;

	w = xap_wdb_open(dbpath(name), XAP_CREATE_OR_OVERWRITE, 0, &rc, NULL);
	if (w == NULL)
		return rc;
	tg = xap_termgen_new(LANG, NULL, &rc, NULL);
	for (unsigned i = 0; tg != NULL && i < ndocs && rc == 0; i++) {
		d = xap_doc_new(&rc, NULL);
		if (d == NULL)
			break;
		snprintf(text, sizeof text,
		    "planning minutes word%u other%u number %u", i, i % 97, i);
		snprintf(id, sizeof id, "b%u", i);
		xap_termgen_set_document(tg, d, NULL);
		rc = xap_termgen_index_text(tg, text, strlen(text), 1, NULL,
		    NULL);
		if (rc == 0)
			rc = put_doc(w, d, id);
		else
			xap_doc_free(d);
	}
	if (rc == 0)
		rc = xap_wdb_commit(w, NULL);
	xap_termgen_free(tg);
	xap_wdb_free(w);
	return rc;
}

static void
test_corrupt(void)
{
	struct xap_db *db;
	struct xap_qparser *qp;
	struct xap_hits *h;
	char *msg = NULL, *data;
	size_t len;
	unsigned n;
	int rc;

	/* Every table trashed: opening notices. */
	make_db("corrupt", shard1, 2);
	trash_glass(dbpath("corrupt"), NULL);
	db = open1("corrupt", &rc, &msg);
	ok(db == NULL && rc == XAP_ECORRUPT && msg != NULL,
	    "xap_db_open_should_fail_with_ecorrupt_on_trashed_tables");
	printf("# open: %s: %s\n", xap_strerror(rc), msg);
	freemsg(&msg);
	xap_db_free(db);

	/* Postings damaged past the root: the search notices. */
	ok(make_big_db("corrupt_pl", 3000) == 0,
	    "make_big_db_should_build_a_large_database");
	trash_glass(dbpath("corrupt_pl"), "postlist.glass");
	db = open1("corrupt_pl", &rc, &msg);
	qp = xap_qparser_new(db, LANG, NULL, &rc, &msg);
	h = db != NULL ? search(db, qp, "planning", 0, NULL, NULL, 0, &rc) :
	    NULL;
	ok(db != NULL && h == NULL && rc == XAP_ECORRUPT,
	    "xap_search_run_should_fail_with_ecorrupt_on_damaged_postings");
	xap_hits_free(h);
	xap_qparser_free(qp);
	xap_db_free(db);

	/* Document data damaged: opening or some get_data call notices. */
	make_big_db("corrupt_dd", 3000);
	trash_glass(dbpath("corrupt_dd"), "docdata.glass");
	db = open1("corrupt_dd", &rc, &msg);
	rc = db != NULL ? 0 : rc;
	for (n = 1; db != NULL && n <= 3000 && rc == 0; n++) {
		rc = xap_db_get_data(db, n, &data, &len, &msg);
		if (rc == 0)
			free(data);
	}
	ok(rc == XAP_ECORRUPT && msg != NULL,
	    "xap_db_get_data_should_fail_with_ecorrupt_on_damaged_data");
	printf("# get_data: %s: %s\n", xap_strerror(rc), msg);
	freemsg(&msg);
	xap_db_free(db);
}

/* Rewrites every document of a make_big_db database, then commits. */
static int
rewrite_big_db(const char *name, unsigned ndocs, const char *word)
{
	struct xap_termgen *tg;
	struct xap_wdb *w;
	struct xap_doc *d;
	char text[128], id[32];
	int rc = 0;

	w = xap_wdb_open(dbpath(name), XAP_OPEN, 0, &rc, NULL);
	if (w == NULL)
		return rc;
	tg = xap_termgen_new(LANG, NULL, &rc, NULL);
	for (unsigned i = 0; tg != NULL && i < ndocs && rc == 0; i++) {
		d = xap_doc_new(&rc, NULL);
		if (d == NULL)
			break;
		snprintf(text, sizeof text, "%s planning %u", word, i);
		snprintf(id, sizeof id, "b%u", i);
		xap_termgen_set_document(tg, d, NULL);
		xap_termgen_index_text(tg, text, strlen(text), 1, NULL, NULL);
		rc = put_doc(w, d, id);
	}
	if (rc == 0)
		rc = xap_wdb_commit(w, NULL);
	xap_termgen_free(tg);
	xap_wdb_free(w);
	return rc;
}

static void
test_modified(void)
{
	struct xap_db *db;
	struct xap_qparser *qp;
	struct xap_hits *h;
	char *msg = NULL;
	int rc, changed;

	make_big_db("modified", 3000);
	db = open1("modified", &rc, &msg);
	/*
	 * After a few commits glass reuses the blocks of db's revision
	 * (only the last two revisions are kept).
	 */
	rewrite_big_db("modified", 3000, "first");
	rewrite_big_db("modified", 3000, "again");
	rewrite_big_db("modified", 3000, "more");
	rewrite_big_db("modified", 3000, "second");
	qp = xap_qparser_new(db, LANG, NULL, &rc, &msg);
	h = search(db, qp, "planning", 0, NULL, NULL, 0, &rc);
	ok(h == NULL && rc == XAP_EMODIFIED,
	    "xap_search_run_should_fail_with_emodified_after_two_commits");
	xap_hits_free(h);
	ok(xap_db_reopen(db, &changed, &msg) == 0 && changed == 1,
	    "xap_db_reopen_should_recover_from_emodified");
	h = search(db, qp, "second", 0, NULL, NULL, 0, &rc);
	ok(h != NULL && xap_hits_size(h) > 0,
	    "xap_search_run_should_work_after_reopen");
	xap_hits_free(h);
	xap_qparser_free(qp);
	xap_db_free(db);
}

/* ---- Queries ---- */

static void
test_query(void)
{
	struct xap_query *a, *b, *q, *qs[2];
	char *msg = NULL, *s;
	int rc;

	a = xap_query_term("alpha", 5, 1, &rc, &msg);
	b = xap_query_term("beta", 4, 2, &rc, &msg);
	ok(a != NULL && b != NULL && rc == 0 && !xap_query_empty(a),
	    "xap_query_term_should_make_a_query");
	s = xap_query_describe(a);
	ok(has(s, "alpha"), "xap_query_describe_should_name_terms");
	free(s);
	qs[0] = a;
	qs[1] = b;
	for (int op = XAP_OP_AND; op <= XAP_OP_SYNONYM; op++) {
		q = xap_query_combine(op, qs, 2, &rc, &msg);
		s = xap_query_describe(q);
		ok(q != NULL && has(s, "alpha") && has(s, "beta"),
		    "xap_query_combine_should_combine_with_op_%d", op);
		free(s);
		xap_query_free(q);
	}
	q = xap_query_combine(99, qs, 2, &rc, &msg);
	ok(q == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_query_combine_should_reject_unknown_op");
	freemsg(&msg);
	qs[1] = NULL;
	q = xap_query_combine(XAP_OP_OR, qs, 2, &rc, &msg);
	ok(q == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_query_combine_should_reject_null_subquery");
	freemsg(&msg);
	q = xap_query_combine(XAP_OP_OR, NULL, 0, &rc, &msg);
	ok(q != NULL && xap_query_empty(q),
	    "xap_query_combine_should_make_empty_query_from_nothing");
	xap_query_free(q);

	q = xap_query_scale(a, 2.5, &rc, &msg);
	s = xap_query_describe(q);
	ok(q != NULL && has(s, "2.5"), "xap_query_scale_should_scale");
	free(s);
	xap_query_free(q);
	q = xap_query_scale(a, -1, &rc, &msg);
	ok(q == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_query_scale_should_reject_negative_factor");
	freemsg(&msg);

	q = xap_query_match_all(&rc, &msg);
	ok(q != NULL && !xap_query_empty(q),
	    "xap_query_match_all_should_make_a_query");
	xap_query_free(q);
	ok(xap_query_empty(NULL), "xap_query_empty_should_treat_null_as_empty");
	q = xap_query_term(NULL, 0, 1, &rc, &msg);
	ok(q == NULL && rc == XAP_EINVAL,
	    "xap_query_term_should_reject_null_term");
	freemsg(&msg);
	xap_query_free(a);
	xap_query_free(b);
	xap_query_free(NULL);
}

/* ---- Query parser and search ---- */

static const struct tdoc corpus[] = {
	{ "r1", "Recruiting new social workers", "20160115", "Leeds", "i1" },
	{ "r2", "The recruitment of staff & <others>", "20170620", "York",
	    "i1" },
	{ "r3", "Staff recruited last year", "20181231", "Leeds", "i2" },
	{ "r4", "Budget for child sexual exploitation services", "20190301",
	    "Hull", "i3" },
	{ "r5", "Parking charges in the city", "20150505", "Leeds", "i4" },
};

static struct xap_db *
corpus_db(struct xap_stopper *st)
{
	struct xap_termgen *tg;
	struct xap_wdb *w;
	struct xap_doc *d;
	int rc;

	w = xap_wdb_open(dbpath("corpus"), XAP_CREATE, 0, &rc, NULL);
	tg = xap_termgen_new(LANG, st, &rc, NULL);
	for (size_t i = 0; i < sizeof corpus / sizeof corpus[0]; i++)
		add_tdoc(w, tg, &corpus[i]);
	/* A document with a numeric value and a boolean filter term. */
	d = xap_doc_new(&rc, NULL);
	{
		size_t len;
		char *v = xap_sortable_serialise(15, &len);

		xap_termgen_set_document(tg, d, NULL);
		xap_termgen_index_text(tg, "numeric item", 12, 1, NULL, NULL);
		xap_doc_set_value(d, 7, v, len, NULL);
		xap_doc_add_boolean_term(d, "Qn1", 3, NULL);
		xap_doc_add_boolean_term(d, "XCleeds", 7, NULL);
		xap_doc_set_data(d, "n1", 2, NULL);
		xap_wdb_replace_by_term(w, "Qn1", 3, d, NULL);
		free(v);
	}
	xap_doc_free(d);
	xap_wdb_add_synonym(w, "cse", "exploitation", NULL);
	xap_wdb_add_synonym(w, "Zcse", "Zexploit", NULL);
	xap_wdb_add_synonym(w, "looked after children", "lac", NULL);
	xap_wdb_add_spelling(w, "recruitment", 11, 3, NULL);
	xap_wdb_add_spelling(w, "parking", 7, 3, NULL);
	xap_wdb_commit(w, NULL);
	xap_termgen_free(tg);
	xap_wdb_free(w);
	return open1("corpus", &rc, NULL);
}

static void
test_qparser(struct xap_db *db, struct xap_stopper *st)
{
	static const char *words[] = { "recruiting", "recruitment",
	    "recruited" };
	struct xap_qparser *qp, *qp2;
	struct xap_query *q;
	struct coll c;
	char *msg = NULL, *s, ids[256];
	int rc;

	qp = xap_qparser_new(db, "klingon", st, &rc, &msg);
	ok(qp == NULL && rc == XAP_EINVAL && has(msg, "klingon"),
	    "xap_qparser_new_should_fail_with_einval_for_unknown_language");
	freemsg(&msg);
	qp = xap_qparser_new(db, LANG, st, &rc, &msg);
	ok(qp != NULL && rc == 0, "xap_qparser_new_should_make_a_parser");

	for (size_t i = 0; i < 3; i++) {
		ids_of(db, qp, words[i], 0, ids, sizeof ids);
		ok(has(ids, "r1|") && has(ids, "r2|") && has(ids, "r3|"),
		    "xap_qparser_parse_should_stem_%s_to_match_all_three",
		    words[i]);
	}
	ids_of(db, qp, "\"recruiting\"", XAP_QP_PHRASE, ids, sizeof ids);
	ok(strcmp(ids, "r1|") == 0,
	    "xap_qparser_parse_should_not_stem_quoted_words");

	q = xap_qparser_parse(qp, "foo AND", 7, XAP_QP_BOOLEAN, NULL, &rc,
	    &msg);
	ok(q == NULL && rc == XAP_EQUERY && msg != NULL,
	    "xap_qparser_parse_should_fail_with_equery_on_dangling_and");
	if (msg != NULL)
		printf("# query message: %s\n", msg);
	freemsg(&msg);
	xap_query_free(q);
	q = xap_qparser_parse(qp, "AND AND", 7, XAP_QP_BOOLEAN, NULL, &rc,
	    &msg);
	ok(q == NULL && rc == XAP_EQUERY && msg != NULL,
	    "xap_qparser_parse_should_fail_with_equery_on_and_and");
	freemsg(&msg);
	xap_query_free(q);

	/* Stopwords: dropped, listed, and a lone one still searches. */
	q = xap_qparser_parse(qp, "the parking", 11, 0, NULL, &rc, &msg);
	coll_init(&c);
	ok(q != NULL && xap_qparser_stoplist(qp, collect, &c) == 0 &&
	    strcmp(c.buf, "the|") == 0,
	    "xap_qparser_stoplist_should_list_dropped_stopwords");
	s = xap_query_describe(q);
	ok(!has(s, "the"), "xap_qparser_parse_should_drop_stopwords");
	free(s);
	xap_query_free(q);
	q = xap_qparser_parse(qp, "the", 3, 0, NULL, &rc, &msg);
	ok(q != NULL && !xap_query_empty(q),
	    "xap_qparser_parse_should_keep_a_lone_stopword");
	xap_query_free(q);
	q = xap_qparser_parse(qp, "", 0, 0, NULL, &rc, &msg);
	ok(q != NULL && xap_query_empty(q),
	    "xap_qparser_parse_should_give_empty_query_for_empty_text");
	xap_query_free(q);

	/* Synonyms. */
	ids_of(db, qp, "cse", XAP_QP_AUTO_SYNONYMS, ids, sizeof ids);
	ok(strcmp(ids, "r4|") == 0,
	    "xap_qparser_parse_should_expand_synonyms_from_the_table");
	ids_of(db, qp, "cse", 0, ids, sizeof ids);
	ok(strcmp(ids, "") == 0,
	    "xap_qparser_parse_should_not_expand_synonyms_unasked");
	ids_of(db, qp, "~cse", XAP_QP_SYNONYM, ids, sizeof ids);
	ok(strcmp(ids, "r4|") == 0,
	    "xap_qparser_parse_should_expand_explicit_synonyms");
	q = xap_qparser_parse(qp, "looked after children", 21,
	    XAP_QP_AUTO_MULTIWORD_SYNONYMS, NULL, &rc, &msg);
	s = xap_query_describe(q);
	ok(has(s, "lac"),
	    "xap_qparser_parse_should_expand_multiword_synonyms");
	free(s);
	xap_query_free(q);

	/* Spelling. */
	q = xap_qparser_parse(qp, "recruitmnet", 11, XAP_QP_SPELLING, NULL,
	    &rc, &msg);
	s = xap_qparser_corrected(qp);
	ok(s != NULL && strcmp(s, "recruitment") == 0,
	    "xap_qparser_corrected_should_suggest_a_spelling");
	free(s);
	xap_query_free(q);
	q = xap_qparser_parse(qp, "parking", 7, XAP_QP_SPELLING, NULL, &rc,
	    &msg);
	s = xap_qparser_corrected(qp);
	ok(s != NULL && strcmp(s, "") == 0,
	    "xap_qparser_corrected_should_be_empty_without_correction");
	free(s);
	xap_query_free(q);

	/* Operators and flags. */
	ids_of(db, qp, "staff NOT year", XAP_QP_BOOLEAN, ids, sizeof ids);
	ok(strcmp(ids, "r2|") == 0, "xap_qparser_parse_should_apply_boolean");
	ids_of(db, qp, "staff -year", XAP_QP_LOVEHATE, ids, sizeof ids);
	ok(strcmp(ids, "r2|") == 0, "xap_qparser_parse_should_apply_lovehate");
	ids_of(db, qp, "park*", XAP_QP_WILDCARD, ids, sizeof ids);
	ok(strcmp(ids, "r5|") == 0, "xap_qparser_parse_should_expand_wildcards");
	ids_of(db, qp, "parki", XAP_QP_PARTIAL, ids, sizeof ids);
	ok(strcmp(ids, "r5|") == 0,
	    "xap_qparser_parse_should_complete_partial_words");
	ids_of(db, qp, "staff or parking", XAP_QP_BOOLEAN_ANY_CASE |
	    XAP_QP_BOOLEAN, ids, sizeof ids);
	ok(has(ids, "r5|") && has(ids, "r2|"),
	    "xap_qparser_parse_should_accept_lower_case_operators");
	ids_of(db, qp, "NOT parking", XAP_QP_BOOLEAN | XAP_QP_PURE_NOT, ids,
	    sizeof ids);
	ok(!has(ids, "r5|") && has(ids, "r1|"),
	    "xap_qparser_parse_should_allow_pure_not");
	ok(xap_qparser_set_max_wildcard(qp, 1, &msg) == 0,
	    "xap_qparser_set_max_wildcard_should_succeed");
	ids_of(db, qp, "s*", XAP_QP_WILDCARD, ids, sizeof ids);
	ok(ids[0] != '\0' && strlen(ids) < 10,
	    "xap_qparser_set_max_wildcard_should_cap_expansion");
	xap_qparser_set_max_wildcard(qp, 0, NULL);

	ok(xap_qparser_set_default_and(qp, 1, &msg) == 0,
	    "xap_qparser_set_default_and_should_succeed");
	ids_of(db, qp, "staff year", 0, ids, sizeof ids);
	ok(strcmp(ids, "r3|") == 0,
	    "xap_qparser_set_default_and_should_require_every_word");
	xap_qparser_set_default_and(qp, 0, NULL);
	ids_of(db, qp, "staff recruited", 0, ids, sizeof ids);
	ok(has(ids, "r2|") && has(ids, "r3|") && has(ids, "r1|"),
	    "xap_qparser_set_default_and_should_go_back_to_or");

	/* Prefixes. */
	ok(xap_qparser_add_prefix(qp, "title", "", &msg) == 0 &&
	    xap_qparser_add_boolean_prefix(qp, "council", "XC", NULL, &msg) ==
	    0 && xap_qparser_add_boolean_prefix(qp, "borough", "XC",
	    "council", &msg) == 0,
	    "xap_qparser_add_prefixes_should_succeed");
	ids_of(db, qp, "item council:leeds", 0, ids, sizeof ids);
	ok(strcmp(ids, "n1|") == 0,
	    "xap_qparser_add_boolean_prefix_should_filter");
	ids_of(db, qp, "title:parking", 0, ids, sizeof ids);
	ok(strcmp(ids, "r5|") == 0, "xap_qparser_add_prefix_should_map_field");
	rc = xap_qparser_add_prefix(qp, "council", "XX", &msg);
	ok(rc != 0 && msg != NULL,
	    "xap_qparser_add_prefix_should_fail_on_a_boolean_field");
	freemsg(&msg);
	q = xap_qparser_parse(qp, "parking", 7, 0, "S", &rc, &msg);
	s = xap_query_describe(q);
	ok(has(s, "ZSpark"),
	    "xap_qparser_parse_should_apply_default_prefix");
	free(s);
	xap_query_free(q);

	/* Ranges. */
	ok(xap_qparser_add_range(qp, 0, "date", 1, &msg) == 0 &&
	    xap_qparser_add_range(qp, 7, "num", 2, &msg) == 0 &&
	    xap_qparser_add_range(qp, 2, "", 0, &msg) == 0,
	    "xap_qparser_add_range_should_accept_each_kind");
	rc = xap_qparser_add_range(qp, 0, "x", 9, &msg);
	ok(rc == XAP_EINVAL && msg != NULL,
	    "xap_qparser_add_range_should_reject_unknown_kind");
	freemsg(&msg);
	ids_of(db, qp, "date:2016-01-01..2017-12-31", 0, ids, sizeof ids);
	ok(strcmp(ids, "r1|r2|") == 0,
	    "xap_qparser_parse_should_handle_iso_date_ranges");
	ids_of(db, qp, "date:20160101..20171231", 0, ids, sizeof ids);
	ok(strcmp(ids, "r1|r2|") == 0,
	    "xap_qparser_parse_should_handle_yyyymmdd_date_ranges");
	ids_of(db, qp, "date:..2016-12-31", 0, ids, sizeof ids);
	ok(strcmp(ids, "r1|r5|") == 0,
	    "xap_qparser_parse_should_handle_open_start_date_ranges");
	ids_of(db, qp, "date:2018-01-01..", 0, ids, sizeof ids);
	ok(strcmp(ids, "r3|r4|") == 0,
	    "xap_qparser_parse_should_handle_open_end_date_ranges");
	ids_of(db, qp, "date:..", 0, ids, sizeof ids);
	ok(strcmp(ids, "r1|r2|r3|r4|r5|") == 0,
	    "xap_qparser_parse_should_take_open_date_range_as_any_date");
	ids_of(db, qp, "date:2017..2018", 0, ids, sizeof ids);
	ok(strcmp(ids, "r2|r3|") == 0,
	    "xap_qparser_parse_should_widen_years_to_whole_years");
	ids_of(db, qp, "date:2017-06..2017-06", 0, ids, sizeof ids);
	ok(strcmp(ids, "r2|") == 0,
	    "xap_qparser_parse_should_widen_months_to_whole_months");
	ids_of(db, qp, "staff date:2018..", 0, ids, sizeof ids);
	ok(strcmp(ids, "r3|") == 0,
	    "xap_qparser_parse_should_filter_words_by_date_range");
	/* Alone, so the catch-all string range cannot take it. */
	qp2 = xap_qparser_new(db, LANG, NULL, &rc, &msg);
	xap_qparser_add_range(qp2, 0, "date", 1, NULL);
	q = xap_qparser_parse(qp2, "date:2016-13-01..2017", 21, 0, NULL,
	    &rc, &msg);
	ok(q == NULL && rc == XAP_EQUERY && msg != NULL,
	    "xap_qparser_parse_should_fail_with_equery_on_bad_dates");
	freemsg(&msg);
	xap_query_free(q);
	xap_qparser_free(qp2);
	ids_of(db, qp, "num:10..20", 0, ids, sizeof ids);
	ok(strcmp(ids, "n1|") == 0,
	    "xap_qparser_parse_should_handle_number_ranges");
	ids_of(db, qp, "num:16..20", 0, ids, sizeof ids);
	ok(strcmp(ids, "") == 0,
	    "xap_qparser_parse_should_compare_numbers_as_numbers");
	ids_of(db, qp, "Leeds..Leeds", 0, ids, sizeof ids);
	ok(strcmp(ids, "r1|r3|r5|") == 0,
	    "xap_qparser_parse_should_handle_string_ranges");

	q = xap_qparser_parse(NULL, "x", 1, 0, NULL, &rc, &msg);
	ok(q == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_qparser_parse_should_reject_null_parser");
	freemsg(&msg);
	xap_qparser_free(qp);
	xap_qparser_free(NULL);

	/* Without a database there are no synonyms, but parsing works. */
	qp = xap_qparser_new(NULL, LANG, NULL, &rc, &msg);
	q = xap_qparser_parse(qp, "cse", 3, XAP_QP_AUTO_SYNONYMS, NULL, &rc,
	    &msg);
	ok(q != NULL, "xap_qparser_new_should_work_without_a_database");
	xap_query_free(q);
	xap_qparser_free(qp);
}

/* Hits of a built query over db as "id|id|". */
static void
ids_of_query(struct xap_db *db, struct xap_query *q, char *ids, size_t idsz)
{
	struct xap_search s;
	struct xap_hits *h;
	char *data;
	size_t len;
	int rc;

	ids[0] = '\0';
	memset(&s, 0, sizeof s);
	s.query = q;
	s.limit = 100;
	s.sort = XAP_SORT_VALUE_ASC;
	s.sort_slot = 0;
	h = xap_search_run(db, &s, &rc, NULL);
	for (size_t i = 0; h != NULL && i < xap_hits_size(h); i++) {
		if (xap_hits_data(h, i, &data, &len, NULL) == 0) {
			strncat(ids, data, idsz - strlen(ids) - 2);
			strncat(ids, "|", idsz - strlen(ids) - 1);
			free(data);
		}
	}
	xap_hits_free(h);
	xap_query_free(q);
}

static void
test_value_range(struct xap_db *db)
{
	struct xap_query *q, *qs[2];
	char ids[256];
	int rc;

	q = xap_query_value_range(0, "20160101", "20171231", &rc, NULL);
	ok(q != NULL && rc == 0, "xap_query_value_range_should_make_a_query");
	ids_of_query(db, q, ids, sizeof ids);
	ok(strcmp(ids, "r1|r2|") == 0,
	    "xap_query_value_range_should_match_values_in_range");
	ids_of_query(db, xap_query_value_range(0, "20180101", NULL, &rc,
	    NULL), ids, sizeof ids);
	ok(strcmp(ids, "r3|r4|") == 0,
	    "xap_query_value_range_should_allow_open_high_end");
	ids_of_query(db, xap_query_value_range(0, NULL, "20160115", &rc,
	    NULL), ids, sizeof ids);
	ok(strcmp(ids, "r5|r1|") == 0,
	    "xap_query_value_range_should_allow_open_low_end");
	ids_of_query(db, xap_query_value_range(0, NULL, NULL, &rc, NULL),
	    ids, sizeof ids);
	ok(strcmp(ids, "r5|r1|r2|r3|r4|") == 0,
	    "xap_query_value_range_should_match_any_value_when_open");

	/* FILTER: words rank, the range only restricts. */
	qs[0] = xap_query_term("Zstaff", 6, 1, &rc, NULL);
	qs[1] = xap_query_value_range(0, "20180101", NULL, &rc, NULL);
	q = xap_query_combine(XAP_OP_FILTER, qs, 2, &rc, NULL);
	xap_query_free(qs[0]);
	xap_query_free(qs[1]);
	ids_of_query(db, q, ids, sizeof ids);
	ok(strcmp(ids, "r3|") == 0,
	    "xap_query_combine_should_filter_by_a_value_range");
}

struct decider_ctx {
	const char *keep;
	unsigned calls;
};

static int
decider(void *ctx, const char *val, size_t len)
{
	struct decider_ctx *d = ctx;

	d->calls++;
	return len == strlen(d->keep) && memcmp(val, d->keep, len) == 0;
}

/* Keeps docid 2 only. */
static int
docid_decider(void *ctx, unsigned docid)
{
	struct decider_ctx *d = ctx;

	d->calls++;
	return docid == 2;
}

struct values_ctx {
	unsigned n, last, stop_at;
	int ordered;
	char buf[256];
};

static int
value_cb(void *ctx, unsigned docid, const char *val, size_t len)
{
	struct values_ctx *v = ctx;

	v->ordered = v->ordered && docid > v->last;
	v->last = docid;
	v->n++;
	snprintf(v->buf + strlen(v->buf), sizeof v->buf - strlen(v->buf),
	    "%u=%.*s|", docid, (int)len, val);
	return v->n == v->stop_at;
}

static void
test_values(struct xap_db *db)
{
	struct values_ctx v;
	char *msg = NULL;
	int rc;

	memset(&v, 0, sizeof v);
	v.ordered = 1;
	rc = xap_db_values(db, 5, value_cb, &v, &msg);
	ok(rc == 0 && v.n >= 3 && v.ordered && has(v.buf, "=i1|") &&
	    has(v.buf, "=i2|"),
	    "xap_db_values_should_give_a_slot_in_docid_order");
	memset(&v, 0, sizeof v);
	v.ordered = 1;
	v.stop_at = 1;
	ok(xap_db_values(db, 5, value_cb, &v, &msg) == 0 && v.n == 1,
	    "xap_db_values_should_stop_when_the_callback_says_so");
	memset(&v, 0, sizeof v);
	ok(xap_db_values(db, 42, value_cb, &v, &msg) == 0 && v.n == 0,
	    "xap_db_values_should_give_nothing_for_an_unused_slot");
	rc = xap_db_values(db, 5, NULL, NULL, &msg);
	ok(rc == XAP_EINVAL && msg != NULL,
	    "xap_db_values_should_reject_a_null_callback");
	freemsg(&msg);
	rc = xap_db_values(NULL, 5, value_cb, &v, &msg);
	ok(rc == XAP_EINVAL && msg != NULL,
	    "xap_db_values_should_reject_a_null_database");
	freemsg(&msg);
}

static void
test_search(struct xap_db *db, struct xap_stopper *st)
{
	struct xap_qparser *qp;
	struct xap_hits *h;
	struct xap_search s;
	struct xap_query *q;
	struct coll c;
	struct decider_ctx dc;
	unsigned facets[2] = { 2, 5 }, rset[1], est, lo, hi;
	char *msg = NULL, *val, ids[256];
	size_t len;
	int rc, allz;

	qp = xap_qparser_new(db, LANG, st, &rc, &msg);

	/* Accessors. */
	h = search(db, qp, "recruitment staff", 0, NULL, ids, sizeof ids,
	    &rc);
	ok(h != NULL && xap_hits_size(h) == 3,
	    "xap_search_run_should_find_matching_documents");
	xap_hits_total(h, &est, &lo, &hi);
	ok(est == 3 && lo == 3 && hi == 3,
	    "xap_hits_total_should_give_exact_totals");
	ok(strncmp(ids, "r2|", 3) == 0 && xap_hits_rank(h, 0) == 0 &&
	    xap_hits_rank(h, 2) == 2,
	    "xap_hits_rank_should_rank_best_first");
	ok(xap_hits_weight(h, 0) >= xap_hits_weight(h, 1) &&
	    xap_hits_weight(h, 1) > 0 && xap_hits_percent(h, 0) == 100 &&
	    xap_hits_percent(h, 2) > 0,
	    "xap_hits_weight_and_percent_should_be_ordered");
	ok(xap_hits_docid(h, 0) == 2 && xap_hits_docid(h, 99) == 0 &&
	    xap_hits_weight(h, 99) == 0 && xap_hits_collapse_count(h, 0) == 0,
	    "xap_hits_docid_should_give_docids_and_0_out_of_range");
	ok(xap_hits_value(h, 0, 2, &val, &len, &msg) == 0 &&
	    strcmp(val, "York") == 0,
	    "xap_hits_value_should_read_a_slot");
	free(val);
	coll_init(&c);
	ok(xap_hits_matching_terms(h, 0, collect, &c, &msg) == 0 &&
	    strcmp(c.buf, "Zrecruit|Zstaff|") == 0,
	    "xap_hits_matching_terms_should_list_query_terms");
	rc = xap_hits_data(h, 99, &val, &len, &msg);
	ok(rc == XAP_EINVAL && msg != NULL,
	    "xap_hits_data_should_reject_out_of_range_hit");
	freemsg(&msg);
	rc = xap_hits_facet(h, 0, collect, &c, &msg);
	ok(rc == XAP_EINVAL && msg != NULL,
	    "xap_hits_facet_should_reject_a_facet_not_asked_for");
	freemsg(&msg);
	coll_init(&c);
	ok(xap_hits_expand(h, 5, NULL, collect, &c, &msg) == 0 && c.n == 0,
	    "xap_hits_expand_should_give_nothing_without_rset");
	xap_hits_free(h);
	xap_hits_free(NULL);
	ok(xap_hits_size(NULL) == 0, "xap_hits_size_should_treat_null_as_empty");

	/* Paging. */
	memset(&s, 0, sizeof s);
	s.offset = 1;
	s.limit = 1;
	h = search(db, qp, "recruitment staff", 0, &s, ids, sizeof ids, &rc);
	xap_hits_total(h, &est, &lo, &hi);
	ok(h != NULL && xap_hits_size(h) == 1 && xap_hits_rank(h, 0) == 1 &&
	    lo <= 3 && hi >= 3 && est > 0,
	    "xap_search_run_should_page_with_offset_and_limit");
	xap_hits_free(h);

	/* Sorting. */
	memset(&s, 0, sizeof s);
	s.limit = 10;
	s.sort = XAP_SORT_VALUE_ASC;
	s.sort_slot = 0;
	xap_hits_free(search(db, qp, "recruitment staff", 0, &s, ids,
	    sizeof ids, &rc));
	ok(strcmp(ids, "r1|r2|r3|") == 0,
	    "xap_search_run_should_sort_by_value_ascending");
	s.sort = XAP_SORT_VALUE_DESC;
	xap_hits_free(search(db, qp, "recruitment staff", 0, &s, ids,
	    sizeof ids, &rc));
	ok(strcmp(ids, "r3|r2|r1|") == 0,
	    "xap_search_run_should_sort_by_value_descending");
	s.sort = XAP_SORT_RELEVANCE_VALUE;
	xap_hits_free(search(db, qp, "recruitment staff", 0, &s, ids,
	    sizeof ids, &rc));
	/* r2 and r3 weigh the same (same length); the later date wins. */
	ok(strcmp(ids, "r3|r2|r1|") == 0,
	    "xap_search_run_should_break_relevance_ties_by_value");
	s.sort = 42;
	h = search(db, qp, "staff", 0, &s, ids, sizeof ids, &rc);
	ok(h == NULL && rc == XAP_EINVAL,
	    "xap_search_run_should_reject_unknown_sort");

	/* Collapse. */
	memset(&s, 0, sizeof s);
	s.limit = 10;
	s.check_at_least = 100;
	s.collapse = 1;
	s.collapse_slot = 5;
	s.sort = XAP_SORT_VALUE_ASC;
	h = search(db, qp, "recruitment staff", 0, &s, ids, sizeof ids, &rc);
	ok(h != NULL && strcmp(ids, "r1|r3|") == 0 &&
	    xap_hits_collapse_count(h, 0) == 1 &&
	    xap_hits_collapse_count(h, 1) == 0,
	    "xap_search_run_should_collapse_on_a_slot");
	allz = 1;
	for (size_t i = 0; h != NULL && i < xap_hits_size(h); i++) {
		char *key;
		size_t klen;

		if (xap_hits_collapse_key(h, i, &key, &klen, &msg) != 0 ||
		    xap_hits_value(h, i, 5, &val, &len, &msg) != 0) {
			allz = 0;
			break;
		}
		if (klen == 0 || klen != len || memcmp(key, val, len) != 0)
			allz = 0;
		free(key);
		free(val);
	}
	ok(allz, "xap_hits_collapse_key_should_be_the_collapse_slot_value");
	rc = xap_hits_collapse_key(h, 99, &val, &len, &msg);
	ok(rc == XAP_EINVAL && msg != NULL,
	    "xap_hits_collapse_key_should_reject_out_of_range_hit");
	freemsg(&msg);
	xap_hits_free(h);
	s.collapse = 0;
	h = search(db, qp, "recruitment staff", 0, &s, ids, sizeof ids, &rc);
	ok(h != NULL && xap_hits_collapse_key(h, 0, &val, &len, &msg) == 0 &&
	    len == 0 && val[0] == '\0',
	    "xap_hits_collapse_key_should_be_empty_without_collapse");
	free(val);
	xap_hits_free(h);

	/* Facets. */
	memset(&s, 0, sizeof s);
	s.limit = 1;
	s.check_at_least = 100;
	s.facet_slots = facets;
	s.nfacets = 2;
	s.time_limit = 10;
	h = search(db, qp, "recruitment staff", 0, &s, ids, sizeof ids, &rc);
	coll_init(&c);
	ok(h != NULL && xap_hits_facet(h, 0, collect, &c, &msg) == 0 &&
	    strcmp(c.buf, "Leeds|York|") == 0 && c.counts[0] == 2 &&
	    c.counts[1] == 1,
	    "xap_hits_facet_should_count_values_over_checked_documents");
	coll_init(&c);
	ok(xap_hits_facet(h, 1, collect, &c, &msg) == 0 &&
	    strcmp(c.buf, "i1|i2|") == 0 && c.counts[0] == 2,
	    "xap_hits_facet_should_count_a_second_slot");
	xap_hits_free(h);

	/* Decider. */
	memset(&s, 0, sizeof s);
	s.limit = 10;
	dc.keep = "Leeds";
	dc.calls = 0;
	s.decider = decider;
	s.decider_ctx = &dc;
	s.decider_slot = 2;
	xap_hits_free(search(db, qp, "recruitment staff", 0, &s, ids,
	    sizeof ids, &rc));
	ok(!has(ids, "r2|") && has(ids, "r1|") && has(ids, "r3|") &&
	    dc.calls >= 3, "xap_search_run_should_apply_the_decider");
	memset(&s, 0, sizeof s);
	s.limit = 10;
	dc.calls = 0;
	s.docid_decider = docid_decider;
	s.docid_decider_ctx = &dc;
	h = search(db, qp, "recruitment staff", 0, &s, ids, sizeof ids, &rc);
	ok(h != NULL && strcmp(ids, "r2|") == 0 && xap_hits_docid(h, 0) == 2 &&
	    dc.calls >= 3, "xap_search_run_should_apply_the_docid_decider");
	xap_hits_free(h);

	/* BM25 parameters. */
	memset(&s, 0, sizeof s);
	s.limit = 10;
	s.bm25_k1 = 1.2;
	s.bm25_b = 0.75;
	h = search(db, qp, "recruitment staff", 0, &s, ids, sizeof ids, &rc);
	ok(h != NULL && xap_hits_size(h) == 3 && xap_hits_weight(h, 0) > 0,
	    "xap_search_run_should_accept_bm25_parameters");
	xap_hits_free(h);

	/* Relevance feedback. */
	memset(&s, 0, sizeof s);
	s.limit = 10;
	rset[0] = 4;
	s.rset = rset;
	s.nrset = 1;
	h = search(db, qp, "budget", 0, &s, ids, sizeof ids, &rc);
	coll_init(&c);
	ok(h != NULL && xap_hits_expand(h, 5, "Z", collect, &c, &msg) == 0 &&
	    c.n > 0 && c.n <= 5,
	    "xap_hits_expand_should_suggest_terms_from_rset");
	allz = c.buf[0] == 'Z';
	for (char *p = strchr(c.buf, '|'); p != NULL && p[1] != '\0';
	    p = strchr(p + 1, '|'))
		if (p[1] != 'Z')
			allz = 0;
	ok(allz && has(c.buf, "Zexploit|") && c.counts[0] > 0,
	    "xap_hits_expand_should_filter_by_prefix");
	xap_hits_free(h);

	/* Errors. */
	memset(&s, 0, sizeof s);
	h = xap_search_run(db, &s, &rc, &msg);
	ok(h == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_search_run_should_reject_a_null_query");
	freemsg(&msg);
	q = xap_query_match_all(&rc, NULL);
	s.query = q;
	s.limit = 100;
	h = xap_search_run(db, &s, &rc, &msg);
	ok(h != NULL && xap_hits_size(h) == 6,
	    "xap_search_run_should_match_all_documents");
	xap_hits_free(h);
	xap_query_free(q);

	xap_qparser_free(qp);
}

static void
test_snippet(struct xap_db *db, struct xap_stopper *st)
{
	struct xap_qparser *qp;
	struct xap_hits *h;
	const char *text = "The recruitment of staff & <others> was "
	    "discussed at length.";
	char *msg = NULL, *s;
	int rc;

	qp = xap_qparser_new(db, LANG, st, &rc, &msg);
	h = search(db, qp, "recruiting", 0, NULL, NULL, 0, &rc);
	s = xap_hits_snippet(h, LANG, text, strlen(text), 200, "[", "]",
	    "...", 0, &rc, &msg);
	ok(s != NULL && has(s, "[recruitment]"),
	    "xap_hits_snippet_should_highlight_stemmed_matches");
	ok(has(s, "& <others>") && !has(s, "&amp;"),
	    "xap_hits_snippet_should_not_escape_when_not_asked");
	printf("# snippet: %s\n", s != NULL ? s : "(null)");
	free(s);
	s = xap_hits_snippet(h, LANG, text, strlen(text), 200, "<b>", "</b>",
	    "...", 1, &rc, &msg);
	ok(s != NULL && has(s, "<b>recruitment</b>") &&
	    has(s, "&amp; &lt;others&gt;"),
	    "xap_hits_snippet_should_escape_html_when_asked");
	free(s);
	s = xap_hits_snippet(h, LANG, text, strlen(text), 20, "&lt;", "&gt;",
	    "&hellip;", 0, &rc, &msg);
	ok(s != NULL && has(s, "&lt;recruitment&gt;") && has(s, "&hellip;"),
	    "xap_hits_snippet_should_keep_markers_and_shorten_text");
	printf("# short snippet: %s\n", s != NULL ? s : "(null)");
	free(s);
	s = xap_hits_snippet(h, LANG, "No match here.", 14, 200, "[", "]",
	    "...", 0, &rc, &msg);
	ok(s != NULL && strcmp(s, "No match here.") == 0,
	    "xap_hits_snippet_should_return_text_without_a_match");
	free(s);
	s = xap_hits_snippet(h, "klingon", text, strlen(text), 200, "[", "]",
	    "...", 0, &rc, &msg);
	ok(s == NULL && rc == XAP_EINVAL && has(msg, "klingon"),
	    "xap_hits_snippet_should_fail_with_einval_for_unknown_language");
	freemsg(&msg);
	xap_hits_free(h);
	xap_qparser_free(qp);
}

static void
test_synonym_clear(void)
{
	struct xap_wdb *w;
	struct xap_db *db;
	struct xap_qparser *qp;
	char *msg = NULL, ids[256];
	int rc;

	w = xap_wdb_open(dbpath("corpus"), XAP_OPEN, 0, &rc, &msg);
	ok(w != NULL && xap_wdb_clear_synonyms(w, "cse", &msg) == 0 &&
	    xap_wdb_clear_synonyms(w, "Zcse", &msg) == 0 &&
	    xap_wdb_commit(w, &msg) == 0,
	    "xap_wdb_clear_synonyms_should_succeed");
	xap_wdb_free(w);
	db = open1("corpus", &rc, &msg);
	qp = xap_qparser_new(db, LANG, NULL, &rc, &msg);
	ids_of(db, qp, "cse", XAP_QP_AUTO_SYNONYMS, ids, sizeof ids);
	ok(strcmp(ids, "") == 0, "xap_wdb_clear_synonyms_should_remove_them");
	xap_qparser_free(qp);
	xap_db_free(db);
}

/* ---- Maintenance ---- */

static void
test_compact(void)
{
	const char *src[2], *p;
	struct xap_db *db;
	char *msg = NULL;
	unsigned n;
	int rc;

	src[0] = dbpath("shard1");
	src[1] = dbpath("shard2");
	ok(xap_compact(src, 2, dbpath("compact"), &msg) == 0,
	    "xap_compact_should_succeed");
	p = dbpath("compact");
	db = xap_db_open(&p, 1, 0, &rc, &msg);
	ok(db != NULL && xap_db_doccount(db, &n, &msg) == 0 && n == 4,
	    "xap_compact_should_merge_two_databases");
	xap_db_free(db);
	src[0] = dbpath("nothere");
	rc = xap_compact(src, 1, dbpath("compact2"), &msg);
	ok(rc != 0 && msg != NULL,
	    "xap_compact_should_fail_for_a_missing_source");
	freemsg(&msg);
	rc = xap_compact(src, 0, dbpath("compact2"), &msg);
	ok(rc == XAP_EINVAL && msg != NULL,
	    "xap_compact_should_reject_no_sources");
	freemsg(&msg);
}

static void
test_sortable(void)
{
	char *a, *b;
	size_t la, lb;
	int less;

	a = xap_sortable_serialise(2, &la);
	b = xap_sortable_serialise(10, &lb);
	less = a != NULL && b != NULL &&
	    memcmp(a, b, la < lb ? la : lb) < 0;
	ok(less, "xap_sortable_serialise_should_sort_numbers_as_strings");
	ok(xap_sortable_unserialise(b, lb) == 10.0 &&
	    xap_sortable_unserialise(a, la) == 2.0,
	    "xap_sortable_unserialise_should_round_trip");
	free(a);
	free(b);
	a = xap_sortable_serialise(-1.5, NULL);
	ok(a != NULL, "xap_sortable_serialise_should_allow_null_len");
	free(a);
}

/* Keeps stemmed words ("Z" + lower case), as the searcher's --like does. */
static int
keep_stems(void *ctx, const char *term, size_t len)
{
	(void)ctx;
	return len > 1 && term[0] == 'Z';
}

/* The data of the hits of q in relevance order, "r4|r3|..." (q freed). */
static void
ranked_ids(struct xap_db *db, struct xap_query *q, char *ids, size_t idsz,
    double *w0)
{
	struct xap_search s;
	struct xap_hits *h;
	char *data;
	size_t len;
	int rc;

	ids[0] = '\0';
	*w0 = 0;
	memset(&s, 0, sizeof s);
	s.query = q;
	s.limit = 100;
	h = xap_search_run(db, &s, &rc, NULL);
	for (size_t i = 0; h != NULL && i < xap_hits_size(h); i++) {
		if (i == 0)
			*w0 = xap_hits_weight(h, 0);
		if (xap_hits_data(h, i, &data, &len, NULL) == 0) {
			strncat(ids, data, idsz - strlen(ids) - 2);
			strncat(ids, "|", idsz - strlen(ids) - 1);
			free(data);
		}
	}
	xap_hits_free(h);
	xap_query_free(q);
}

static void
test_like_and_decay(struct xap_db *db)
{
	unsigned one[1] = { 1 };
	struct xap_query *q;
	char *msg = NULL, ids[256];
	double w0;
	int rc;

	/* r1 "Recruiting new social workers": r2 and r3 recruit too. */
	q = xap_query_like(db, one, 1, 10, keep_stems, NULL, &rc, &msg);
	ok(q != NULL && rc == 0, "xap_query_like_should_make_a_query");
	ids_of_query(db, q, ids, sizeof ids);
	ok(strcmp(ids, "r1|r2|r3|") == 0,
	    "xap_query_like_should_find_documents_sharing_expand_terms");
	q = xap_query_like(db, one, 1, 10, NULL, NULL, &rc, &msg);
	ok(q != NULL, "xap_query_like_should_take_every_term_without_decider");
	xap_query_free(q);
	q = xap_query_like(db, one, 0, 10, NULL, NULL, &rc, &msg);
	ok(q == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_query_like_should_refuse_an_empty_rset");
	freemsg(&msg);

	/* Dates in slot 0: the newest weighs most, 2.0 on the day. */
	q = xap_query_date_decay(0, "20190301", 365, 2.0, &rc, &msg);
	ok(q != NULL, "xap_query_date_decay_should_make_a_query");
	ranked_ids(db, q, ids, sizeof ids, &w0);
	ok(strcmp(ids, "r4|r3|r2|r1|r5|") == 0 && w0 > 1.999 && w0 < 2.001,
	    "xap_query_date_decay_should_rank_newest_first_with_max_weight");
	q = xap_query_date_decay(0, "20200301", 366, 2.0, &rc, &msg);
	ranked_ids(db, q, ids, sizeof ids, &w0);
	ok(w0 > 0.999 && w0 < 1.001,
	    "xap_query_date_decay_should_halve_after_a_half_life");
	q = xap_query_date_decay(0, "yesterday", 365, 2.0, &rc, &msg);
	ok(q == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_query_date_decay_should_refuse_a_bad_date");
	freemsg(&msg);
}

static void
test_fixed(struct xap_db *db)
{
	struct xap_query *t, *r, *f, *q, *qs[2];
	char *msg = NULL, ids[256];
	double w0;
	int rc;

	t = xap_query_term("Qr3", 3, 1, &rc, NULL);
	f = xap_query_fixed(t, 3.5, &rc, &msg);
	ok(f != NULL && rc == 0, "xap_query_fixed_should_make_a_query");
	ranked_ids(db, f, ids, sizeof ids, &w0);
	ok(strcmp(ids, "r3|") == 0 && w0 > 3.499 && w0 < 3.501,
	    "xap_query_fixed_should_weigh_what_its_filter_matches_as_given");
	/* A bonus on top of BM25: r3 first, r1 and r2 still found. */
	r = xap_query_term("Zrecruit", 8, 1, &rc, NULL);
	qs[0] = r;
	qs[1] = f = xap_query_fixed(t, 100, &rc, NULL);
	q = xap_query_combine(XAP_OP_AND_MAYBE, qs, 2, &rc, NULL);
	ranked_ids(db, q, ids, sizeof ids, &w0);
	ok(strncmp(ids, "r3|", 3) == 0 && has(ids, "r1|") &&
	    has(ids, "r2|") && strlen(ids) == 9 && w0 > 100,
	    "xap_query_fixed_should_add_its_weight_to_a_match");
	xap_query_free(f);
	xap_query_free(r);
	f = xap_query_fixed(t, -1, &rc, &msg);
	ok(f == NULL && rc == XAP_EINVAL && msg != NULL,
	    "xap_query_fixed_should_refuse_a_negative_weight");
	freemsg(&msg);
	xap_query_free(t);
}

/* ---- Demotion after the match (xap_search.demote_term) ---- */

#define DEMOTE_DOCS	80

/*
 * Document i of item i / 2; a third of the items are marked with XTlow
 * on all their documents.  "gamma" weighs most in the marked ones.
 */
static int
make_demote_db(const char *name)
{
	struct xap_wdb *w;
	struct xap_termgen *tg;
	struct xap_doc *d;
	char text[512], id[16], item[16];
	int rc = 0, low;

	w = xap_wdb_open(dbpath(name), XAP_CREATE_OR_OVERWRITE, 0, &rc, NULL);
	if (w == NULL)
		return rc;
	tg = xap_termgen_new(LANG, NULL, &rc, NULL);
	for (int i = 0; tg != NULL && i < DEMOTE_DOCS && rc == 0; i++) {
		low = (i / 2) % 3 == 0;
		text[0] = '\0';
		for (int k = 0; k <= (i * 7) % 5; k++)
			strcat(text, "alpha ");
		for (int k = 0; k <= (i * 3) % 4; k++)
			strcat(text, "beta ");
		for (int k = 0; k < (low ? 6 : 1); k++)
			strcat(text, "gamma ");
		for (int k = 0; k < i % 6; k++)
			strcat(text, "delta ");
		d = xap_doc_new(&rc, NULL);
		if (d == NULL)
			break;
		rc = xap_termgen_set_document(tg, d, NULL);
		if (rc == 0)
			rc = xap_termgen_index_text(tg, text, strlen(text), 1,
			    NULL, NULL);
		if (rc == 0 && low)
			rc = xap_doc_add_boolean_term(d, "XTlow", 5, NULL);
		snprintf(item, sizeof item, "item%d", i / 2);
		if (rc == 0)
			rc = xap_doc_set_value(d, 5, item, strlen(item), NULL);
		snprintf(id, sizeof id, "d%d", i);
		if (rc == 0)
			rc = put_doc(w, d, id);
		else
			xap_doc_free(d);
	}
	if (rc == 0)
		rc = xap_wdb_commit(w, NULL);
	xap_termgen_free(tg);
	xap_wdb_free(w);
	return rc;
}

static unsigned char low_docs[DEMOTE_DOCS + 1];

static int
low_add(void *ctx, unsigned docid)
{
	(void)ctx;
	if (docid <= DEMOTE_DOCS)
		low_docs[docid] = 1;
	return 0;
}

static int
low_has(void *ctx, unsigned docid)
{
	(void)ctx;
	return docid <= DEMOTE_DOCS && low_docs[docid];
}

/*
 * 1 if the page (offset, limit) of q with demote_term is the page of the
 * demoted query run as it is: the same documents in the same order, the
 * same weights and percentages.
 */
static int
same_page(struct xap_db *db, struct xap_query *q, unsigned offset,
    unsigned limit, int collapse, int callback)
{
	struct xap_search s;
	struct xap_hits *a, *b;
	struct xap_query *dq;
	double wa, wb;
	int rc, same;

	dq = xap_query_demote(q, "XTlow", 0.2, &rc, NULL);
	memset(&s, 0, sizeof s);
	s.query = dq;
	s.offset = offset;
	s.limit = limit;
	s.collapse = collapse;
	s.collapse_slot = 5;
	b = xap_search_run(db, &s, &rc, NULL);
	s.query = q;
	s.demote_term = "XTlow";
	s.demote_factor = 0.2;
	if (callback)
		s.demoted = low_has;
	a = xap_search_run(db, &s, &rc, NULL);
	same = a != NULL && b != NULL && xap_hits_size(a) == xap_hits_size(b);
	for (size_t i = 0; same && i < xap_hits_size(a); i++) {
		wa = xap_hits_weight(a, i);
		wb = xap_hits_weight(b, i);
		/* Percentages follow the weights (the demoted query's
		 * own count each term twice). */
		same = xap_hits_docid(a, i) == xap_hits_docid(b, i) &&
		    wa - wb < 1e-9 * wb && wb - wa < 1e-9 * wb &&
		    xap_hits_rank(a, i) == xap_hits_rank(b, i) &&
		    xap_hits_percent(a, i) <= 100 && (i == 0 ||
		    xap_hits_percent(a, i) <= xap_hits_percent(a, i - 1));
		if (!same)
			printf("# hit %zu: docid %u/%u weight %.17g/%.17g "
			    "percent %d\n", i, xap_hits_docid(a, i),
			    xap_hits_docid(b, i), wa, wb,
			    xap_hits_percent(a, i));
	}
	xap_hits_free(a);
	xap_hits_free(b);
	xap_query_free(dq);
	return same;
}

static void
test_demote(void)
{
	static const char *const words[] = { "Zalpha", "Zbeta", "Zgamma" };
	struct xap_query *q[4], *t[2];
	struct xap_search s;
	struct xap_hits *h;
	struct xap_db *db;
	int rc, all = 1, low_first = 0;
	char *msg = NULL;

	ok(make_demote_db("demote") == 0, "demote_db_should_be_made");
	db = open1("demote", &rc, NULL);
	xap_db_postings(db, "XTlow", 5, low_add, NULL, NULL);
	for (int k = 0; k < 3; k++)
		q[k] = xap_query_term(words[k], strlen(words[k]), 1, &rc,
		    NULL);
	t[0] = q[0];
	t[1] = q[1];
	q[3] = xap_query_combine(XAP_OP_OR, t, 2, &rc, NULL);

	/* Without demotion, "gamma" ranks the marked items first. */
	memset(&s, 0, sizeof s);
	s.query = q[2];
	s.limit = 10;
	s.collapse = 1;
	s.collapse_slot = 5;
	h = xap_search_run(db, &s, &rc, NULL);
	for (size_t i = 0; h != NULL && i < xap_hits_size(h); i++)
		low_first += low_has(NULL, xap_hits_docid(h, i));
	xap_hits_free(h);
	ok(low_first == 10, "demote_gamma_should_rank_marked_items_first");

	/* Pages with few marked hits and with many, deep and shallow. */
	for (int k = 0; k < 4; k++) {
		for (unsigned off = 0; off <= 30; off += 7) {
			for (unsigned lim = 1; lim <= 25; lim += 6) {
				for (int m = 0; m < 4; m++) {
					if (!same_page(db, q[k], off, lim,
					    m & 1, m >> 1)) {
						printf("# query %d offset %u "
						    "limit %u mode %d\n", k,
						    off, lim, m);
						all = 0;
					}
				}
			}
		}
	}
	ok(all, "demote_after_the_match_should_equal_the_demoted_query");

	/* What the scaling must not be given. */
	memset(&s, 0, sizeof s);
	s.query = q[0];
	s.limit = 10;
	s.demote_term = "XTlow";
	s.demote_factor = 0.2;
	s.sort = XAP_SORT_VALUE_ASC;
	s.sort_slot = 5;
	h = xap_search_run(db, &s, &rc, NULL);
	{
		struct xap_query *dq = xap_query_demote(q[0], "XTlow", 0.2,
		    &rc, NULL);
		struct xap_hits *e;
		int same;

		s.query = dq;
		s.demote_term = NULL;
		e = xap_search_run(db, &s, &rc, NULL);
		same = h != NULL && e != NULL && xap_hits_size(h) == 10 &&
		    xap_hits_size(e) == 10;
		for (size_t i = 0; same && i < 10; i++)
			same = xap_hits_docid(h, i) == xap_hits_docid(e, i) &&
			    xap_hits_weight(h, i) == xap_hits_weight(e, i);
		ok(same, "demote_should_go_into_the_query_with_another_order");
		xap_hits_free(e);
		xap_query_free(dq);
	}
	xap_hits_free(h);
	ok(xap_query_demote(NULL, "XTlow", 0.2, &rc, &msg) == NULL &&
	    rc == XAP_EINVAL && msg != NULL,
	    "xap_query_demote_should_refuse_a_null_query");
	freemsg(&msg);
	for (int k = 0; k < 4; k++)
		xap_query_free(q[k]);
	xap_db_free(db);
}

int
main(void)
{
	const char *tmp = getenv("TMPDIR");
	struct xap_stopper *st;
	struct xap_db *db;

	if (tmp == NULL || *tmp == '\0')
		tmp = "/tmp";
	snprintf(root, sizeof root, "%s/test_xap.XXXXXX", tmp);
	if (mkdtemp(root) == NULL) {
		perror("mkdtemp");
		return 99;
	}

	test_strerror();
	test_stem();
	test_stopper();
	test_doc();
	test_termgen();
	test_wdb_open();
	test_wdb_ops();
	test_flush_threshold();
	test_db();
	test_shards();
	test_remote();
	test_corrupt();
	test_modified();
	test_query();

	st = xap_stopper_new();
	xap_stopper_add(st, "the", 3, NULL);
	xap_stopper_add(st, "of", 2, NULL);
	xap_stopper_add(st, "in", 2, NULL);
	db = corpus_db(st);
	ok(db != NULL, "corpus_should_open");
	test_qparser(db, st);
	test_value_range(db);
	test_search(db, st);
	test_values(db);
	test_snippet(db, st);
	test_like_and_decay(db);
	test_fixed(db);
	xap_db_free(db);
	xap_stopper_free(st);
	test_synonym_clear();

	test_compact();
	test_sortable();
	test_demote();

	rm_rf(root);
	return tap_done();
}
