/* Unit tests for common/text.c and common/stop.c. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stop.h"
#include "tap.h"
#include "text.h"
#include "util.h"
#include "xap.h"

static char *
norm(const char *s, size_t *nbad, size_t *off)
{
	struct buf b = BUF_INIT;

	*nbad = text_normalize(s, strlen(s), &b, off);
	return buf_steal(&b);
}

static int
norm_is(const char *in, const char *want)
{
	size_t nbad, off;
	char *got = norm(in, &nbad, &off);
	int same = strcmp(got, want) == 0;

	if (!same)
		printf("#   got \"%s\", want \"%s\"\n", got, want);
	free(got);
	return same;
}

/*
 * Indexes text normalised as govindex does, as document docid in wdb.
 */
static void
index_normalised(struct xap_wdb *wdb, struct xap_termgen *tg, const char *id,
    const char *text)
{
	struct buf b = BUF_INIT;
	struct xap_doc *doc;
	char *term;
	int rc;

	text_normalize(text, strlen(text), &b, NULL);
	doc = xap_doc_new(&rc, NULL);
	xap_termgen_set_document(tg, doc, NULL);
	xap_termgen_index_text(tg, b.data, b.len, 1, NULL, NULL);
	term = xasprintf("Q%s", id);
	xap_doc_add_boolean_term(doc, term, strlen(term), NULL);
	xap_wdb_replace_by_term(wdb, term, strlen(term), doc, NULL);
	free(term);
	xap_doc_free(doc);
	buf_free(&b);
}

/* How many documents a query, normalised as govsearch does, matches. */
static int
count_matches(struct xap_db *db, const char *query)
{
	struct buf b = BUF_INIT;
	struct xap_qparser *qp;
	struct xap_query *q;
	struct xap_search s;
	struct xap_hits *hits;
	unsigned total = 0, lower, upper;
	int rc;

	text_normalize(query, strlen(query), &b, NULL);
	qp = xap_qparser_new(db, "english", NULL, &rc, NULL);
	q = xap_qparser_parse(qp, b.data, b.len, XAP_QP_PHRASE, NULL, &rc,
	    NULL);
	memset(&s, 0, sizeof s);
	s.query = q;
	s.limit = 10;
	hits = q ? xap_search_run(db, &s, &rc, NULL) : NULL;
	if (hits)
		xap_hits_total(hits, &total, &lower, &upper);
	xap_hits_free(hits);
	xap_query_free(q);
	xap_qparser_free(qp);
	buf_free(&b);
	return (int)total;
}

static int
collect_term(void *ctx, const char *term, size_t len, unsigned freq)
{
	(void)freq;
	buf_append(ctx, term, len);
	buf_putc(ctx, ' ');
	return 0;
}

int
main(void)
{
	size_t nbad, off = 99;
	char *s, *errmsg = NULL;
	char tmpl[] = "/tmp/govstopXXXXXX";
	struct xap_stopper *st;
	struct buf b = BUF_INIT;
	FILE *f;
	int fd;

	ok(norm_is("Children\xe2\x80\x99s", "Children's"),
	    "text_normalize_should_map_right_single_quote_to_apostrophe");
	ok(norm_is("\xe2\x80\x98quoted\xe2\x80\x99 \xe2\x80\x9c" "double\xe2\x80\x9d",
	    "'quoted' \"double\""),
	    "text_normalize_should_straighten_curly_quotes");
	ok(norm_is("a\xc2\xa0" "b\xe2\x80\xaf" "c", "a b c"),
	    "text_normalize_should_turn_no_break_spaces_into_spaces");
	ok(norm_is("2014\xe2\x80\x93" "15 \xe2\x80\x94 done", "2014-15 - done"),
	    "text_normalize_should_map_dashes_to_hyphen");
	ok(norm_is("\xef\xac\x81nance o\xef\xac\x83" "ce", "finance office"),
	    "text_normalize_should_expand_pdf_ligatures");
	ok(norm_is("line\r\nnext\rlast", "line\nnext\nlast"),
	    "text_normalize_should_turn_cr_lf_into_lf");
	ok(norm_is("soft\xc2\xadhy\xe2\x80\x8bphen", "softhyphen"),
	    "text_normalize_should_drop_soft_hyphens_and_zero_width");
	ok(norm_is("caf\xc3\xa9 \xc3\x93 Ceallaigh", "caf\xc3\xa9 \xc3\x93 Ceallaigh"),
	    "text_normalize_should_keep_other_letters");

	s = norm("ok\xff\xfe then \xc3", &nbad, &off);
	ok(nbad == 3 && off == 2,
	    "text_normalize_should_count_invalid_bytes_and_first_offset");
	ok(strcmp(s, "ok\xef\xbf\xbd\xef\xbf\xbd then \xef\xbf\xbd") == 0,
	    "text_normalize_should_replace_invalid_bytes_with_fffd");
	free(s);
	ok(norm_is("\xe0\x80\xaf", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"),
	    "text_normalize_should_reject_overlong_forms");
	ok(norm_is("\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"),
	    "text_normalize_should_reject_surrogates");
	ok(!text_utf8_valid("ab\xc3", 3, &off) && off == 2,
	    "text_utf8_valid_should_report_truncated_sequence");
	ok(text_utf8_valid("\xf0\x9f\x98\x80", 4, NULL),
	    "text_utf8_valid_should_accept_four_byte_characters");

	text_lower("\xc3\x93 CEALLAIGH Council", 20, &b);
	ok(strcmp(b.data, "\xc3\xb3 ceallaigh council") == 0,
	    "text_lower_should_lower_ascii_and_latin1");
	buf_free(&b);

	/* "ŁÓDŹ", "MAINCHĺN": capitals of Latin Extended-A lowered, small
	 * letters left as they are */
	text_lower("\xc5\x81\xc3\x93" "D\xc5\xb9 MAINCH\xc4\xba" "N \xc5\x82",
	    20, &b);
	ok(strcmp(b.data, "\xc5\x82\xc3\xb3" "d\xc5\xba mainch\xc4\xba" "n "
	    "\xc5\x82") == 0, "text_lower_should_lower_latin_extended_a");
	buf_free(&b);

	s = xstrdup("  many \t spaces\n here  ");
	ok(text_squeeze(s) == 16 && strcmp(s, "many spaces here") == 0,
	    "text_squeeze_should_collapse_and_trim");
	free(s);

	/* Stopword lists: comments, blank lines, case and curly apostrophes. */
	fd = mkstemp(tmpl);
	f = fdopen(fd, "w");
	fputs("# comment\nThe\n\n  Of  \nit\xe2\x80\x99s # trailing\n", f);
	fclose(f);
	st = xap_stopper_new();
	ok(stop_load_file(st, tmpl, &errmsg) == 0,
	    "stop_load_file_should_read_a_list");
	ok(xap_stopper_has(st, "the", 3) && xap_stopper_has(st, "of", 2) &&
	    xap_stopper_has(st, "it's", 4),
	    "stop_load_file_should_lower_and_normalise_words");
	ok(!xap_stopper_has(st, "comment", 7) && !xap_stopper_has(st, "", 0),
	    "stop_load_file_should_skip_comments_and_blank_lines");
	xap_stopper_free(st);
	unlink(tmpl);

	st = xap_stopper_new();
	ok(stop_load_file(st, "/nonexistent/list.txt", &errmsg) == -1 &&
	    errmsg && strstr(errmsg, "/nonexistent/list.txt"),
	    "stop_load_file_should_name_a_missing_file");
	free(errmsg);
	errmsg = NULL;
	xap_stopper_free(st);

	/* The shipped lists: "noted" and "resolved" must stay searchable. */
	st = stop_load("english", NULL, &errmsg);
	ok(st && xap_stopper_has(st, "the", 3) &&
	    xap_stopper_has(st, "councillor", 10),
	    "stop_load_should_load_english_and_governance_lists");
	ok(st && !xap_stopper_has(st, "noted", 5) &&
	    !xap_stopper_has(st, "resolved", 8) &&
	    !xap_stopper_has(st, "report", 6),
	    "stop_load_should_keep_decision_words_searchable");
	xap_stopper_free(st);

	st = stop_load("english", "/nonexistent/a.txt", &errmsg);
	ok(st == NULL && errmsg != NULL,
	    "stop_load_should_fail_on_a_missing_override");
	free(errmsg);

	/* Children’s (U+2019) and children's are one term, indexed and queried. */
	{
		char dir[] = "/tmp/govtermsXXXXXX";
		const char *paths[1];
		struct xap_termgen *tg;
		struct xap_wdb *wdb;
		struct xap_db *db;
		struct buf t1 = BUF_INIT, t2 = BUF_INIT;
		unsigned id1 = 0, id2 = 0;
		char *cmd;
		int rc;

		ok(mkdtemp(dir) != NULL, "mkdtemp_should_make_a_scratch_dir");
		wdb = xap_wdb_open(dir, XAP_CREATE_OR_OVERWRITE, 0, &rc, NULL);
		tg = xap_termgen_new("english", NULL, &rc, NULL);
		index_normalised(wdb, tg, "curly",
		    "Children\xe2\x80\x99s Services");
		index_normalised(wdb, tg, "straight", "children's services");
		ok(xap_wdb_commit(wdb, NULL) == 0, "index_should_commit");
		xap_termgen_free(tg);
		xap_wdb_free(wdb);

		paths[0] = dir;
		db = xap_db_open(paths, 1, 0, &rc, NULL);
		xap_db_find_term(db, "Qcurly", 6, &id1, NULL);
		xap_db_find_term(db, "Qstraight", 9, &id2, NULL);
		xap_db_doc_terms(db, id1, "", collect_term, &t1, NULL);
		xap_db_doc_terms(db, id2, "", collect_term, &t2, NULL);
		ok(t1.data && t2.data && strstr(t1.data, "children's ") &&
		    strcmp(strstr(t1.data, "Z"), strstr(t2.data, "Z")) == 0,
		    "curly_and_straight_apostrophes_should_index_the_same_terms");
		ok(count_matches(db, "Children\xe2\x80\x99s") == 2 &&
		    count_matches(db, "children's") == 2 &&
		    count_matches(db, "\"children\xe2\x80\x99s services\"") == 2,
		    "curly_and_straight_apostrophes_should_query_the_same");
		buf_free(&t1);
		buf_free(&t2);
		xap_db_free(db);
		cmd = xasprintf("rm -rf '%s'", dir);
		ok(system(cmd) == 0, "scratch_dir_should_be_removed");
		free(cmd);
	}

	return tap_done();
}
