/*
 * Unit tests for indexer/index.c and indexer/build.c: constructed records
 * indexed into scratch databases and searched through the wrapper.
 */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "build.h"
#include "index.h"
#include "record.h"
#include "schema.h"
#include "tap.h"
#include "util.h"
#include "xap.h"

static char *tmpdir;

/* A fresh database path under the scratch directory. */
static char *
db_path(const char *name)
{
	char *p = xasprintf("%s/%s", tmpdir, name);
	char *cmd = xasprintf("rm -rf '%s'", p);

	if (system(cmd) != 0)
		printf("# could not clear %s\n", p);
	free(cmd);
	return p;
}

static struct index *
open_ix(const char *path, const char *weights)
{
	struct index_opts o;
	char *err = NULL;
	struct index *ix;
	int rc;

	memset(&o, 0, sizeof o);
	o.db = path;
	o.weights = weights;
	ix = index_open(&o, &rc, &err);
	if (ix == NULL)
		printf("# index_open %s: %s\n", path, err ? err : "?");
	free(err);
	return ix;
}

static void
add(struct index *ix, const struct record *r)
{
	char *err = NULL;

	if (index_add_record(ix, r, &err) != 0)
		printf("# index_add_record %s: %s\n", r->id, err ? err : "?");
	free(err);
}

static void
commit(struct index *ix)
{
	char *err = NULL;

	if (index_commit(ix, NULL, &err) != 0)
		printf("# commit: %s\n", err ? err : "?");
	free(err);
}

static struct record *
rec(const char *id, const char *title, const char *discussion)
{
	struct record *r = record_new();
	struct rec_section *s;

	r->id = xstrdup(id);
	r->title = xstrdup(title);
	r->council = xstrdup("Durham County Council");
	r->committee = xstrdup("Children and Young People's Overview and "
	    "Scrutiny Committee");
	r->date = xstrdup("2016-03-15");
	r->source = xasprintf("/nonexistent/%s.txt", id);
	r->item = xstrdup("5");
	if (discussion != NULL) {
		s = record_add_section(r, SEC_DISCUSSION);
		s->text = xstrdup(discussion);
	}
	return r;
}

static struct rec_section *
section(struct record *r, enum rec_section_type t, const char *text,
    const char *speaker, const char *key)
{
	struct rec_section *s = record_add_section(r, t);

	s->text = xstrdup(text);
	if (speaker != NULL)
		s->speaker = xstrdup(speaker);
	if (key != NULL)
		s->speaker_key = xstrdup(key);
	return s;
}

static struct xap_db *
open_db(const char *path)
{
	struct xap_db *db;
	char *err = NULL;
	int rc;

	db = xap_db_open(&path, 1, 0, &rc, &err);
	if (db == NULL)
		printf("# xap_db_open %s: %s\n", path, err ? err : "?");
	free(err);
	return db;
}

static int search_hits(struct xap_db *, const char *, unsigned,
    struct buf *, int);

/*
 * Runs query (the searcher's field names) and writes the VAL_ITEM of each
 * hit, best first and one per item, into out as "id,id,".
 */
static int
search_items(struct xap_db *db, const char *query, unsigned flags,
    struct buf *out)
{
	return search_hits(db, query, flags, out, 0);
}

/* The same with the hits' source files (by_source) instead of ids. */
static int
search_hits(struct xap_db *db, const char *query, unsigned flags,
    struct buf *out, int by_source)
{
	cJSON *j;
	struct xap_qparser *qp;
	struct xap_query *q = NULL;
	struct xap_hits *h = NULL;
	struct xap_search s;
	char *err = NULL, *v;
	size_t i, len;
	int rc;

	buf_reset(out);
	buf_puts(out, "");
	qp = xap_qparser_new(db, "english", NULL, &rc, &err);
	if (qp == NULL)
		goto fail;
	if (xap_qparser_add_prefix(qp, "title", PFX_TITLE, &err) != 0 ||
	    xap_qparser_add_prefix(qp, "resolution", PFX_RESOLUTION,
	    &err) != 0 ||
	    xap_qparser_add_prefix(qp, "question", PFX_QUESTION, &err) != 0 ||
	    xap_qparser_add_boolean_prefix(qp, "type", PFX_TYPE, NULL,
	    &err) != 0 ||
	    xap_qparser_add_boolean_prefix(qp, "speaker", PFX_SPEAKER, NULL,
	    &err) != 0)
		goto fail;
	q = xap_qparser_parse(qp, query, strlen(query), flags, NULL, &rc,
	    &err);
	if (q == NULL)
		goto fail;
	memset(&s, 0, sizeof s);
	s.query = q;
	s.limit = 100;
	s.collapse = 1;
	s.collapse_slot = VAL_ITEM;
	h = xap_search_run(db, &s, &rc, &err);
	if (h == NULL)
		goto fail;
	for (i = 0; i < xap_hits_size(h); i++) {
		if (by_source) {
			if (xap_hits_data(h, i, &v, &len, &err) != 0)
				goto fail;
			j = cJSON_ParseWithLength(v, len);
			free(v);
			v = cJSON_GetStringValue(cJSON_GetObjectItem(j,
			    "source"));
			buf_puts(out, v ? strrchr(v, '/') ? strrchr(v, '/') + 1
			    : v : "(none)");
			cJSON_Delete(j);
			buf_putc(out, ',');
			continue;
		}
		if (xap_hits_value(h, i, VAL_ITEM, &v, &len, &err) != 0)
			goto fail;
		buf_append(out, v, len);
		buf_putc(out, ',');
		free(v);
	}
	xap_hits_free(h);
	xap_query_free(q);
	xap_qparser_free(qp);
	return 0;
fail:
	printf("# search \"%s\": %s\n", query, err ? err : "?");
	free(err);
	xap_hits_free(h);
	xap_query_free(q);
	xap_qparser_free(qp);
	return -1;
}

static int
items_are(struct xap_db *db, const char *query, const char *want)
{
	struct buf b = BUF_INIT;
	int same;

	if (search_items(db, query, XAP_QP_BOOLEAN | XAP_QP_PHRASE |
	    XAP_QP_LOVEHATE | XAP_QP_AUTO_SYNONYMS |
	    XAP_QP_AUTO_MULTIWORD_SYNONYMS, &b) != 0) {
		buf_free(&b);
		return 0;
	}
	same = strcmp(b.data, want) == 0;
	if (!same)
		printf("#   \"%s\": got \"%s\", want \"%s\"\n", query, b.data,
		    want);
	buf_free(&b);
	return same;
}

static unsigned
doccount(struct xap_db *db)
{
	unsigned n = 0;

	xap_db_reopen(db, NULL, NULL);
	xap_db_doccount(db, &n, NULL);
	return n;
}

static int
has_term(struct xap_db *db, const char *term)
{
	unsigned freq = 0;

	xap_db_termfreq(db, term, strlen(term), &freq, NULL);
	return freq > 0;
}

static char *
meta(struct xap_db *db, const char *key)
{
	char *v = NULL;
	size_t len;

	if (xap_db_get_metadata(db, key, &v, &len, NULL) != 0)
		return xstrdup("(error)");
	return v;
}

/* ---- Cases ---- */

static void
weights_should_parse_and_format(void)
{
	struct index_weights w;
	char *err = NULL, *s;

	index_weights_default(&w);
	s = index_weights_format(&w);
	ok(strcmp(s, WEIGHTS_DEFAULT) == 0,
	    "weights_default_should_match_schema %s", s);
	free(s);
	ok(index_weights_parse("title=6,resolution=4", &w, &err) == 0,
	    "weights_parse_should_accept_overrides");
	s = index_weights_format(&w);
	ok(strcmp(s, "title=6,purpose=3,resolution=4,question=2,answer=2,"
	    "discussion=1") == 0, "weights_parse_should_override_named %s", s);
	free(s);
	ok(index_weights_parse("titel=6", &w, &err) == -1 && err != NULL,
	    "weights_parse_should_reject_unknown_field");
	free(err);
	err = NULL;
	ok(index_weights_parse("title=x", &w, &err) == -1,
	    "weights_parse_should_reject_non_numbers");
	free(err);
	err = NULL;
	ok(index_weights_parse("title=1000", &w, &err) == -1,
	    "weights_parse_should_reject_huge");
	free(err);
}

static void
bool_term_should_shorten_long_values(void)
{
	struct buf b = BUF_INIT;
	char longv[400];

	index_bool_term(&b, PFX_ID, "abc", 3);
	ok(strcmp(b.data, PFX_ID "abc") == 0, "bool_term_should_keep_short");
	memset(longv, 'x', sizeof longv);
	index_bool_term(&b, PFX_SOURCE, longv, sizeof longv);
	ok(b.len == SCHEMA_MAX_TERM && b.data[SCHEMA_MAX_TERM - 17] == '#',
	    "bool_term_should_shorten_to_max %zu", b.len);
	buf_free(&b);
}

static void
title_should_outrank_discussion(void)
{
	char *path = db_path("rank");
	struct index *ix = open_ix(path, NULL);
	struct record *a, *b;
	struct xap_db *db;

	if (ix == NULL)
		return;
	/* The same words; only where "zebrafish" stands differs. */
	a = rec("disc", "Quarterly update",
	    "Members discussed the quarterly update zebrafish.");
	b = rec("title", "Quarterly update zebrafish",
	    "Members discussed the quarterly update.");
	add(ix, a);
	add(ix, b);
	commit(ix);
	db = open_db(path);
	ok(db && items_are(db, "zebrafish", "title,disc,"),
	    "title_should_outrank_discussion");
	ok(db && items_are(db, "title:zebrafish", "title,"),
	    "title_prefix_should_search_titles_only");
	xap_db_free(db);
	record_free(a);
	record_free(b);
	index_free(ix);

	/* With the discussion weighted above the title the order flips. */
	ix = open_ix(path, "title=1,discussion=9");
	a = rec("disc", "Quarterly update",
	    "Members discussed the quarterly update zebrafish.");
	b = rec("title", "Quarterly update zebrafish",
	    "Members discussed the quarterly update.");
	add(ix, a);
	add(ix, b);
	commit(ix);
	db = open_db(path);
	ok(db && items_are(db, "zebrafish", "disc,title,"),
	    "weights_option_should_change_ranking");
	if (db != NULL) {
		char *w = meta(db, META_WEIGHTS);

		ok(strcmp(w, "title=1,purpose=3,resolution=3,question=2,"
		    "answer=2,discussion=9") == 0,
		    "weights_should_be_stored_in_metadata %s", w);
		free(w);
	}
	xap_db_free(db);
	record_free(a);
	record_free(b);
	index_free(ix);
	free(path);
}

/* A record with a question, its answer and two resolutions. */
static struct record *
rec_passages(const char *id, int nquestions)
{
	struct record *r = rec(id, "Social worker recruitment", NULL);
	struct rec_section *s;
	int i;

	record_add_speaker(r, "Councillor O Gunn", "Councillor", "o gunn",
	    NULL);
	section(r, SEC_DISCUSSION, "The Committee considered the report of "
	    "the Corporate Director on Child Sexual Exploitation (CSE).",
	    NULL, NULL);
	record_add_acronym(r, "CSE", "Child Sexual Exploitation");
	for (i = 0; i < nquestions; i++) {
		section(r, SEC_QUESTION, i == 0 ? "Councillor O Gunn asked "
		    "about the recruitment of experienced social workers." :
		    "Councillor Reed asked about agency staff.",
		    i == 0 ? "Councillor O Gunn" : "Councillor Reed",
		    i == 0 ? "o gunn" : "reed");
		s = section(r, SEC_ANSWER, "The Corporate Director responded "
		    "that vacancies had started to decrease.",
		    "The Corporate Director", "corporate director");
		s->answers = (int)r->nsections - 2;
	}
	s = section(r, SEC_RESOLUTION, "That the report be noted.", NULL,
	    NULL);
	s->outcome = xstrdup("noted");
	s->proposer = xstrdup("Councillor O Gunn");
	s = section(r, SEC_RESOLUTION, "That a further report be received "
	    "in six months.", NULL, NULL);
	s->outcome = xstrdup("agreed");
	return r;
}

static void
passages_should_be_documents(void)
{
	char *path = db_path("passages");
	struct index *ix = open_ix(path, NULL);
	struct record *r, *other;
	struct xap_db *db;
	struct index_stats st;
	char *data = NULL;
	unsigned docid = 0;
	size_t len;
	cJSON *j;

	if (ix == NULL)
		return;
	r = rec_passages("p1", 1);
	other = rec("other", "Library opening hours",
	    "The committee noted the new opening hours of libraries.");
	add(ix, r);
	add(ix, other);
	commit(ix);
	db = open_db(path);
	if (db == NULL)
		goto out;
	ok(doccount(db) == 5, "passages_should_add_question_and_resolution_"
	    "docs (%u)", doccount(db));
	ok(has_term(db, PFX_ID "p1") && has_term(db, PFX_ID "p1#q1") &&
	    has_term(db, PFX_ID "p1#r1") && has_term(db, PFX_ID "p1#r2"),
	    "passages_should_have_unique_id_terms");
	ok(has_term(db, PFX_SPEAKER "o gunn") && has_term(db, PFX_SPEAKER
	    "gunn"), "speaker_should_be_key_and_surname");
	ok(has_term(db, PFX_TYPE TYPE_QUESTION) && has_term(db,
	    PFX_TYPE TYPE_RESOLUTION), "passage_type_should_be_a_term");
	ok(has_term(db, PFX_OUTCOME "noted"), "outcome_should_be_a_term");
	ok(has_term(db, PFX_DATE "20160315") && has_term(db, PFX_YEAR "2016"),
	    "date_and_year_should_be_terms");
	ok(has_term(db, PFX_COUNCIL "durham county council"),
	    "council_should_be_lower_cased_term");
	ok(items_are(db, "resolution:noted", "p1,"),
	    "resolution_prefix_should_not_match_discussion");
	ok(items_are(db, "recruitment speaker:gunn type:question", "p1,"),
	    "question_should_be_found_by_speaker_and_type");

	if (xap_db_find_term(db, PFX_ID "p1#q1", strlen(PFX_ID "p1#q1"),
	    &docid, NULL) == 0 &&
	    xap_db_get_data(db, docid, &data, &len, NULL) == 0) {
		j = cJSON_ParseWithLength(data, len);
		/* The answer is stored once, in "answers". */
		ok(j && strstr(cJSON_GetStringValue(cJSON_GetObjectItem(
		    cJSON_GetArrayItem(cJSON_GetObjectItem(j, "answers"), 0),
		    "text")), "vacancies") != NULL &&
		    cJSON_GetObjectItem(j, "text") == NULL &&
		    strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(j,
		    "item_id")), "p1") == 0 &&
		    strcmp(cJSON_GetStringValue(cJSON_GetObjectItem(j,
		    "speaker")), "Councillor O Gunn") == 0,
		    "question_data_should_hold_its_answer_and_item");
		cJSON_Delete(j);
		free(data);
	} else {
		ok(0, "question_data_should_hold_its_answer_and_item");
	}

	/* Fewer questions now: the stale passage must go. */
	record_free(r);
	r = rec_passages("p1", 2);
	add(ix, r);
	commit(ix);
	ok(doccount(db) == 6, "replacing_should_rebuild_passages (%u)",
	    doccount(db));
	record_free(r);
	r = rec_passages("p1", 1);
	add(ix, r);
	commit(ix);
	ok(doccount(db) == 5 && !has_term(db, PFX_ID "p1#q2"),
	    "replacing_should_delete_stale_passages (%u)", doccount(db));
	index_get_stats(ix, &st);
	ok(st.added == 2 && st.replaced == 2,
	    "stats_should_count_added_and_replaced (%lu, %lu)", st.added,
	    st.replaced);
	add(ix, r);
	add(ix, other);
	commit(ix);
	index_get_stats(ix, &st);
	ok(st.unchanged == 2 && doccount(db) == 5,
	    "unchanged_records_should_be_skipped (%lu)", st.unchanged);
out:
	xap_db_free(db);
	record_free(r);
	record_free(other);
	index_free(ix);
	free(path);
}

static void
acronyms_should_find_both_forms(void)
{
	char *path = db_path("acronyms");
	struct index *ix = open_ix(path, NULL);
	struct record *a, *b, *c, *d;
	struct xap_db *db;
	struct buf out = BUF_INIT;

	if (ix == NULL)
		return;
	/* "CSE" is in the shipped list; "QIB" only defined in record d. */
	a = rec("long", "Safeguarding", "Training on child sexual "
	    "exploitation was given to all members.");
	b = rec("short", "Safeguarding", "CSE training was given.");
	c = rec("none", "Safeguarding", "Training on fire safety was given.");
	d = rec("defined", "Update", "The Quality Improvement Board (QIB) "
	    "met twice.");
	record_add_acronym(d, "QIB", "Quality Improvement Board");
	add(ix, a);
	add(ix, b);
	add(ix, c);
	add(ix, d);
	commit(ix);
	db = open_db(path);
	if (db != NULL) {
		search_items(db, "CSE", XAP_QP_AUTO_SYNONYMS |
		    XAP_QP_AUTO_MULTIWORD_SYNONYMS, &out);
		ok(strstr(out.data, "long,") && strstr(out.data, "short,") &&
		    !strstr(out.data, "none,"),
		    "abbreviation_should_find_expansion \"%s\"", out.data);
		search_items(db, "child sexual exploitation",
		    XAP_QP_AUTO_SYNONYMS | XAP_QP_AUTO_MULTIWORD_SYNONYMS,
		    &out);
		ok(strstr(out.data, "long,") && strstr(out.data, "short,") &&
		    !strstr(out.data, "none,"),
		    "expansion_should_find_abbreviation \"%s\"", out.data);
		search_items(db, "cse", XAP_QP_AUTO_SYNONYMS, &out);
		ok(strstr(out.data, "long,") && strstr(out.data, "short,"),
		    "lower_case_abbreviation_should_find_both \"%s\"",
		    out.data);
		search_items(db, "quality improvement board",
		    XAP_QP_AUTO_MULTIWORD_SYNONYMS, &out);
		ok(strstr(out.data, "defined,") != NULL,
		    "record_acronym_should_be_a_synonym \"%s\"", out.data);
	}
	buf_free(&out);
	xap_db_free(db);
	record_free(a);
	record_free(b);
	record_free(c);
	record_free(d);
	index_free(ix);
	free(path);
}

static void
spelling_should_suggest_indexed_words(void)
{
	char *path = db_path("spelling");
	struct index *ix = open_ix(path, NULL);
	struct xap_qparser *qp;
	struct xap_query *q;
	struct xap_db *db;
	struct record *r;
	char *corr;
	int rc;

	if (ix == NULL)
		return;
	r = rec("sp", "Safeguarding", "The safeguarding partnership met.");
	add(ix, r);
	commit(ix);
	db = open_db(path);
	qp = db ? xap_qparser_new(db, "english", NULL, &rc, NULL) : NULL;
	q = qp ? xap_qparser_parse(qp, "safegaurding", 12, XAP_QP_SPELLING,
	    NULL, &rc, NULL) : NULL;
	corr = qp ? xap_qparser_corrected(qp) : NULL;
	ok(corr != NULL && strcmp(corr, "safeguarding") == 0,
	    "spelling_should_correct \"%s\"", corr ? corr : "(null)");
	free(corr);
	xap_query_free(q);
	xap_qparser_free(qp);
	xap_db_free(db);
	record_free(r);
	index_free(ix);
	free(path);
}

static void
metadata_and_delete_should_work(void)
{
	char *path = db_path("meta");
	struct index *ix = open_ix(path, NULL), *second;
	struct index_opts o;
	struct record *r;
	struct xap_db *db;
	char *v, *err = NULL;
	int rc, found;

	if (ix == NULL)
		return;
	r = rec_passages("gone", 1);
	add(ix, r);
	commit(ix);

	memset(&o, 0, sizeof o);
	o.db = path;
	second = index_open(&o, &rc, &err);
	ok(second == NULL && rc == IDX_ELOCK && err != NULL &&
	    strstr(err, "locked by another indexer") != NULL,
	    "second_writer_should_get_lock_error \"%s\"", err ? err : "");
	free(err);
	err = NULL;
	index_free(second);

	db = open_db(path);
	if (db != NULL) {
		v = meta(db, META_LANGUAGE);
		ok(strcmp(v, "english") == 0, "language_should_be_stored");
		free(v);
		v = meta(db, META_SCHEMA);
		ok(strcmp(v, SCHEMA_VERSION) == 0, "schema_should_be_stored");
		free(v);
		v = meta(db, META_LAST_COMMIT);
		ok(strlen(v) == 20 && v[10] == 'T',
		    "last_commit_should_be_iso \"%s\"", v);
		free(v);
	}
	ok(index_delete_id(ix, "gone", &found, &err) == 0 && found,
	    "delete_id_should_find_item");
	free(err);
	err = NULL;
	commit(ix);
	ok(db && doccount(db) == 0, "delete_id_should_remove_passages (%u)",
	    db ? doccount(db) : 0);
	ok(index_delete_id(ix, "gone", &found, &err) == 0 && !found,
	    "delete_id_should_report_missing");
	free(err);
	xap_db_free(db);
	record_free(r);
	index_free(ix);

	memset(&o, 0, sizeof o);
	o.db = path;
	o.language = "french";
	err = NULL;
	ix = index_open(&o, &rc, &err);
	ok(ix == NULL && rc == IDX_EINVAL,
	    "language_change_should_be_refused \"%s\"", err ? err : "");
	free(err);
	index_free(ix);
	free(path);

	path = db_path("klingon");
	o.db = path;
	o.language = "klingon";
	err = NULL;
	ix = index_open(&o, &rc, &err);
	ok(ix == NULL && rc == IDX_EINVAL,
	    "unknown_language_should_be_refused \"%s\"", err ? err : "");
	free(err);
	index_free(ix);
	free(path);
}

/* Indexes the seeds with build_run and checks the acceptance searches. */
static void
seeds_should_answer_prefixed_searches(void)
{
	const char *corpus = getenv("SHARED_CORPUS");
	struct build_opts o;
	struct xap_db *db;
	struct buf b = BUF_INIT, want = BUF_INIT;
	char *seeds, *path, *argv[1];
	struct stat st;
	int status;

	if (corpus == NULL)
		corpus = "../shared/corpus";
	seeds = xasprintf("%s/seeds", corpus);
	if (stat(seeds, &st) != 0) {
		printf("ok %d - # SKIP seeds not found at %s\n", ++tap_count,
		    seeds);
		free(seeds);
		return;
	}
	path = db_path("seeds");
	memset(&o, 0, sizeof o);
	o.progname = "test_index";
	o.db = path;
	o.quiet = 1;
	argv[0] = seeds;
	status = build_run(&o, argv, 1);
	ok(status == 0, "build_run_should_index_seeds (%d)", status);
	db = open_db(path);
	if (db != NULL) {
		/* Record ids are the reader's; find them by their source. */
		search_hits(db, "resolution:noted", XAP_QP_BOOLEAN, &b, 1);
		ok(b.data && strstr(b.data, "000_") && strstr(b.data, "003_") &&
		    strstr(b.data, "004_") && !strstr(b.data, "001_") &&
		    !strstr(b.data, "002_"),
		    "resolution_noted_should_find_exactly_three \"%s\"",
		    b.data);
		search_hits(db, "title:ofsted", XAP_QP_BOOLEAN, &want, 1);
		ok(want.data && strstr(want.data, "001_") &&
		    strchr(want.data, ',') == strrchr(want.data, ','),
		    "title_ofsted_should_find_one \"%s\"", want.data);
	}
	xap_db_free(db);
	buf_free(&b);
	buf_free(&want);
	free(seeds);
	free(path);
}

/* Bytes of the files in dir (a Xapian database has no subdirectory). */
static unsigned long long
dir_bytes(const char *dir)
{
	unsigned long long n = 0;
	struct dirent *de;
	struct stat st;
	char *p;
	DIR *d = opendir(dir);

	if (d == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		p = xasprintf("%s/%s", dir, de->d_name);
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
			n += (unsigned long long)st.st_size;
		free(p);
	}
	closedir(d);
	return n;
}

static void
compaction_should_shrink_and_keep_everything(void)
{
	char *path = db_path("compact"), *tmp, *err = NULL, id[32];
	struct index *ix = open_ix(path, NULL);
	unsigned long long before, after;
	struct record *r;
	struct xap_db *db;
	struct stat st;
	unsigned docs;
	int i, done = 0, rc;

	if (ix == NULL)
		return;
	ok(index_was_empty(ix), "new_database_should_be_empty");
	/* Many small commits leave the B-tree blocks part full. */
	for (i = 0; i < 300; i++) {
		snprintf(id, sizeof id, "c%d", i);
		r = rec(id, i == 7 ? "Inspection by Ofsted" : i % 2 ?
		    "Ofsted inspection" : "Budget monitoring",
		    "The committee discussed school places, transport and "
		    "the recruitment of social workers at some length.");
		add(ix, r);
		record_free(r);
		if (i % 10 == 9)
			commit(ix);
	}
	commit(ix);
	db = open_db(path);
	docs = db ? doccount(db) : 0;
	xap_db_free(db);
	before = dir_bytes(path);
	rc = index_compact(ix, &done, &err);
	ok(rc == 0 && done, "compaction_should_be_swapped_in (%s)",
	    err ? err : "ok");
	free(err);
	index_free(ix);
	after = dir_bytes(path);
	ok(after > 0 && after < before, "compaction_should_shrink (%llu -> "
	    "%llu bytes)", before, after);
	tmp = xasprintf("%s.compacting", path);
	ok(stat(tmp, &st) != 0, "compaction_should_leave_no_copy");
	free(tmp);
	db = open_db(path);
	ok(db != NULL && doccount(db) == docs && docs == 300,
	    "compaction_should_keep_documents (%u)", docs);
	ok(db != NULL && items_are(db, "title:\"inspection by ofsted\"",
	    "c7,") && items_are(db, "title:\"ofsted by inspection\"", ""),
	    "compaction_should_keep_positions");
	xap_db_free(db);
	/* The compacted database takes further runs. */
	ix = open_ix(path, NULL);
	ok(ix != NULL && !index_was_empty(ix),
	    "compacted_database_should_reopen_for_writing");
	if (ix != NULL) {
		r = rec("c300", "Ofsted inspection", "More.");
		add(ix, r);
		record_free(r);
		commit(ix);
		index_free(ix);
	}
	db = open_db(path);
	ok(db != NULL && doccount(db) == 301,
	    "compacted_database_should_take_new_records");
	xap_db_free(db);
	free(path);
}

int
main(void)
{
	const char *top = getenv("top_builddir");
	char *cmd;

	tmpdir = xasprintf("%s/tests/tmp/test_index.%ld", top ? top : ".",
	    (long)getpid());
	cmd = xasprintf("mkdir -p '%s'", tmpdir);
	if (system(cmd) != 0)
		return 99;
	free(cmd);

	weights_should_parse_and_format();
	bool_term_should_shorten_long_values();
	title_should_outrank_discussion();
	passages_should_be_documents();
	acronyms_should_find_both_forms();
	spelling_should_suggest_indexed_words();
	metadata_and_delete_should_work();
	seeds_should_answer_prefixed_searches();
	compaction_should_shrink_and_keep_everything();

	cmd = xasprintf("rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		printf("# could not remove %s\n", tmpdir);
	free(cmd);
	free(tmpdir);
	return tap_done();
}
