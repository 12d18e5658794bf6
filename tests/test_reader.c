/*
 * test_reader.c: the record readers, on the shared corpora (seeds,
 * limerick) when they are there, on the HTML fixtures, and on small inputs
 * written here.
 */
#include <config.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "reader.h"
#include "reader_int.h"
#include "record.h"
#include "text.h"
#include "tap.h"
#include "util.h"

/* ---- Collecting records and rejects ---- */

struct got {
	struct record **r;
	size_t n;
	char msgs[4096];	/* the rejects, one per line */
	unsigned long nrej;
	unsigned long lastline;
};

static int
collect(void *ctx, struct record *rec)
{
	struct got *g = ctx;

	g->r = xreallocarray(g->r, g->n + 1, sizeof *g->r);
	g->r[g->n++] = rec;
	return 0;
}

static void
rejected(void *ctx, const char *path, unsigned long line,
    unsigned long long off, const char *msg)
{
	struct got *g = ctx;
	size_t len = strlen(g->msgs);

	(void)path;
	(void)off;
	g->nrej++;
	g->lastline = line;
	snprintf(g->msgs + len, sizeof g->msgs - len, "%s\n", msg);
}

static void
got_free(struct got *g)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		record_free(g->r[i]);
	free(g->r);
	memset(g, 0, sizeof *g);
}

static int
read_file(const char *path, const struct reader_opts *o, struct got *g)
{
	unsigned long nrej = 0;
	char *err = NULL;
	int rc;

	memset(g, 0, sizeof *g);
	rc = reader_read(path, o, collect, rejected, g, &nrej, &err);
	if (rc < 0)
		printf("# %s: %s\n", path, err ? err : "?");
	free(err);
	return rc;
}

static int
read_buf(const char *name, const char *data, size_t len,
    const struct reader_opts *o, struct got *g)
{
	unsigned long nrej = 0;
	char *err = NULL;
	int rc;

	memset(g, 0, sizeof *g);
	rc = reader_read_buffer(name, data, len, o, collect, rejected, g,
	    &nrej, &err);
	free(err);
	return rc;
}

static size_t
count_type(const struct record *r, enum rec_section_type t)
{
	size_t i, n = 0;

	for (i = 0; i < r->nsections; i++)
		n += r->sections[i].type == t;
	return n;
}

/* The i-th section of type t, or NULL. */
static const struct rec_section *
nth(const struct record *r, enum rec_section_type t, size_t i)
{
	size_t k;

	for (k = 0; k < r->nsections; k++)
		if (r->sections[k].type == t && i-- == 0)
			return &r->sections[k];
	return NULL;
}

static int
streq(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/* 1 if r lists a speaker so named. */
static int
speaker_named(const struct record *r, const char *name)
{
	size_t i;

	for (i = 0; i < r->nspeakers; i++)
		if (streq(r->speakers[i].name, name))
			return 1;
	return 0;
}

/* The role of the speaker keyed key in r, or NULL. */
static const char *
role_of(const struct record *r, const char *key)
{
	size_t i;

	for (i = 0; i < r->nspeakers; i++)
		if (streq(r->speakers[i].key, key))
			return r->speakers[i].role;
	return NULL;
}

static int
contains(const char *s, const char *part)
{
	return s != NULL && strstr(s, part) != NULL;
}

static int
starts(const char *s, const char *prefix)
{
	return s != NULL && strncmp(s, prefix, strlen(prefix)) == 0;
}

/*
 * Every section's span, normalised and squeezed, must read as its text:
 * the spans point at the words in the file.
 */
static int
spans_match(const struct record *r, const char *src, size_t len)
{
	struct buf b = BUF_INIT;
	size_t i;
	int ok = 1;

	for (i = 0; i < r->nsections; i++) {
		const struct rec_section *s = &r->sections[i];

		if (s->type == SEC_AGENDA)
			continue;
		if (s->end > len || s->start > s->end) {
			ok = 0;
			break;
		}
		buf_reset(&b);
		text_normalize(src + s->start, s->end - s->start, &b, NULL);
		text_squeeze(b.data);
		if (strcmp(b.data, s->text) != 0) {
			printf("# span %zu [%zu,%zu) reads \"%.60s\"\n#  text "
			    "\"%.60s\"\n", i, s->start, s->end, b.data,
			    s->text);
			ok = 0;
		}
	}
	buf_free(&b);
	return ok;
}

static char *
path_join(const char *a, const char *b)
{
	return xasprintf("%s/%s", a, b);
}

static int
is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* ---- The seeds ---- */

static struct record *
seed(const char *dir, const char *name, struct got *g, char **src,
    size_t *len)
{
	char *p = path_join(dir, name);

	read_file(p, NULL, g);
	if (src != NULL && util_read_file(p, src, len) < 0)
		*src = NULL;
	free(p);
	return g->n == 1 ? g->r[0] : NULL;
}

static void
questions_are(const struct record *r, const char *const *keys, size_t n,
    const char *name)
{
	size_t i, nq = r ? count_type(r, SEC_QUESTION) : 0;
	int ok = nq == n;

	for (i = 0; ok && i < n; i++)
		ok = streq(nth(r, SEC_QUESTION, i)->speaker_key, keys[i]);
	ok(ok, "seeds_%s_should_have_the_questions_in_order (%zu found)",
	    name, nq);
	for (i = 0; r != NULL && i < nq && !ok; i++)
		printf("#   question %zu by %s\n", i,
		    nth(r, SEC_QUESTION, i)->speaker_key);
}

static void
test_seeds(const char *corpus)
{
	static const struct {
		const char *file, *title;
	} titles[] = {
		{ "000_f5bf4f836343cd9e.txt", "Children's Services Update" },
		{ "001_332e4fd231e007d5.txt", "Ofsted Update - Presentation "
		    "of Karen Robb, Strategic Manager, Looked After and "
		    "Permanence" },
		{ "002_c14958353dc241e0.txt",
		    "CHILDREN'S SERVICES OVERVIEW REPORT" },
		{ "003_b32bae846b5f86cd.txt", "Children's Services Update - "
		    "Quality Improvement Board (QIB) One Year On - Report of "
		    "Corporate Director of Children and Young People's "
		    "Services" },
		{ "004_23d3dcd02ff4df22.txt",
		    "Response to The Children's Social Care Review" },
	};
	/* Councillor Gunn only congratulated: no question */
	static const char *const q000[] = {
		"hart", "chair", "swift", "nicholls"
	};
	static const char *const q004[] = {
		"c martin", "a gunn", "o gunn", "a gunn", "o gunn", "c hunt"
	};
	const char *director = "Corporate Director of Children and Young "
	    "People's Services";
	char *dir = path_join(corpus, "seeds"), *src;
	const struct rec_section *s;
	struct record *r;
	struct got g;
	size_t i, len, k;
	int ok;

	if (!is_dir(dir)) {
		printf("ok %d # SKIP seeds corpus not found at %s\n",
		    ++tap_count, dir);
		free(dir);
		return;
	}
	for (i = 0; i < sizeof titles / sizeof titles[0]; i++) {
		src = NULL;
		r = seed(dir, titles[i].file, &g, &src, &len);
		ok(r != NULL && g.nrej == 0, "seeds_%s_should_give_one_record",
		    titles[i].file);
		ok(r != NULL && streq(r->title, titles[i].title),
		    "seeds_%s_should_have_its_title (%s)", titles[i].file,
		    r && r->title ? r->title : "none");
		ok(r != NULL && src != NULL && spans_match(r, src, len),
		    "seeds_%s_spans_should_point_at_the_text",
		    titles[i].file);
		ok(r != NULL && streq(r->source, g.r[0]->source) &&
		    starts(r->id, titles[i].file) && r->nsections > 0 &&
		    r->sections[0].type == SEC_AGENDA,
		    "seeds_%s_should_start_with_its_agenda_section",
		    titles[i].file);
		free(src);
		got_free(&g);
	}

	/* 002: the purpose and the three points the Committee agreed */
	r = seed(dir, "002_c14958353dc241e0.txt", &g, NULL, NULL);
	ok(r != NULL && streq(r->purpose, "To inform Scrutiny Committee of the "
	    "work undertaken by Children's Services on a day to day basis and "
	    "to update on the progress and implementation of developments "
	    "within the areas."), "seeds_002_should_have_its_purpose");
	ok(r != NULL && count_type(r, SEC_RESOLUTION) == 3,
	    "seeds_002_should_have_three_resolutions");
	ok(r != NULL && (s = nth(r, SEC_RESOLUTION, 0)) != NULL &&
	    streq(s->text, "To receive information regarding the changes to "
	    "the Multi Agency Safeguarding Hub at the next meeting of the "
	    "Committee.") && streq(s->outcome, "agreed"),
	    "seeds_002_resolution_1_should_be_the_first_point");
	ok(r != NULL && (s = nth(r, SEC_RESOLUTION, 1)) != NULL &&
	    streq(s->text, "To include data on staffing in the dashboard "
	    "agreed with Item 6."), "seeds_002_resolution_2_should_be_the_"
	    "second_point");
	ok(r != NULL && (s = nth(r, SEC_RESOLUTION, 2)) != NULL &&
	    streq(s->text, "To undertake a piece of work on the support "
	    "provided to members of staff within Children's Social Care."),
	    "seeds_002_resolution_3_should_be_the_third_point");
	ok(r != NULL && r->sections[r->nsections - 1].type == SEC_RESOLUTION,
	    "seeds_002_should_end_with_the_resolutions");
	got_free(&g);

	/* 000: (i) and (ii), and who asked */
	r = seed(dir, "000_f5bf4f836343cd9e.txt", &g, NULL, NULL);
	ok(r != NULL && count_type(r, SEC_RESOLUTION) == 2 &&
	    streq(nth(r, SEC_RESOLUTION, 0)->text,
	    "That the report be noted.") &&
	    streq(nth(r, SEC_RESOLUTION, 0)->outcome, "noted") &&
	    starts(nth(r, SEC_RESOLUTION, 1)->text, "That the Children and "
	    "Young People's Overview and Scrutiny Committee receive further "
	    "updates"), "seeds_000_should_have_resolutions_i_and_ii");
	questions_are(r, q000, 4, "000");
	ok(r != NULL && nth(r, SEC_QUESTION, 0) != NULL &&
	    streq(nth(r, SEC_QUESTION, 0)->speaker, "Councillor Hart"),
	    "seeds_000_should_name_councillor_hart");
	ok(r != NULL && nth(r, SEC_QUESTION, 1) != NULL &&
	    starts(nth(r, SEC_QUESTION, 1)->text, "In response to a question "
	    "from the Chair") && (s = nth(r, SEC_ANSWER, 1)) != NULL &&
	    starts(s->text, "the Head of Children's Services agreed"),
	    "seeds_000_should_split_the_chairs_question_from_its_answer");
	ok(r != NULL && r->nacronyms == 1 && streq(r->acronyms[0].abbr,
	    "CSE") && streq(r->acronyms[0].expansion,
	    "Child Sexual Exploitation"), "seeds_000_should_define_cse");
	/* every answer follows its question */
	ok = r != NULL;
	for (i = 0; ok && i < r->nsections; i++)
		if (r->sections[i].type == SEC_ANSWER)
			ok = r->sections[i].answers >= 0 &&
			    (size_t)r->sections[i].answers < i &&
			    r->sections[r->sections[i].answers].type ==
			    SEC_QUESTION;
	ok(ok, "seeds_000_answers_should_link_to_earlier_questions");
	got_free(&g);

	/* 004: six questions, each answered by the Corporate Director */
	r = seed(dir, "004_23d3dcd02ff4df22.txt", &g, NULL, NULL);
	questions_are(r, q004, 6, "004");
	ok = r != NULL;
	for (k = 0; ok && k < r->nsections; k++) {
		int answered = 0;

		if (r->sections[k].type != SEC_QUESTION)
			continue;
		for (i = k + 1; i < r->nsections; i++)
			if (r->sections[i].type == SEC_ANSWER &&
			    r->sections[i].answers == (int)k &&
			    streq(r->sections[i].role, director))
				answered = 1;
		ok = answered;
	}
	ok(ok, "seeds_004_each_question_should_have_the_directors_answer");
	ok(r != NULL && count_type(r, SEC_ANSWER) == 6,
	    "seeds_004_should_have_six_answers");
	{
		int a = 0, o = 0;

		for (i = 0; r != NULL && i < r->nspeakers; i++) {
			a += streq(r->speakers[i].key, "a gunn") &&
			    streq(r->speakers[i].title, "Mrs");
			o += streq(r->speakers[i].key, "o gunn") &&
			    streq(r->speakers[i].title, "Councillor");
		}
		ok(a == 1 && o == 1,
		    "seeds_004_should_keep_mrs_a_gunn_and_cllr_o_gunn_apart");
	}
	got_free(&g);

	/* 003: one resolution */
	r = seed(dir, "003_b32bae846b5f86cd.txt", &g, NULL, NULL);
	ok(r != NULL && count_type(r, SEC_RESOLUTION) == 1 &&
	    streq(nth(r, SEC_RESOLUTION, 0)->text, "That the report be noted")
	    && streq(nth(r, SEC_RESOLUTION, 0)->outcome, "noted"),
	    "seeds_003_should_have_the_single_resolution");
	got_free(&g);

	/* 001: "Cllr Reed" is Councillor Reed (a remark no one answered:
	 * discussion) */
	r = seed(dir, "001_332e4fd231e007d5.txt", &g, NULL, NULL);
	ok(r != NULL && nth(r, SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(r, SEC_DISCUSSION, 1)->speaker_key, "reed") &&
	    streq(nth(r, SEC_DISCUSSION, 1)->speaker, "Councillor Reed"),
	    "seeds_001_cllr_should_be_councillor");
	got_free(&g);
	free(dir);
}

/* ---- Limerick: whole-meeting minutes ---- */

struct tally {
	unsigned long files, items, questions, resolutions, noitem;
	unsigned long qitems, qitems_ok, props, props_ok, answers, linked;
	unsigned long rejects;
	int galvin;		/* the known proposal in the first file */
};

static void
tally_file(struct tally *t, const char *path)
{
	struct got g;
	char *src = NULL;
	size_t len = 0, i, k;
	int items = 0;

	read_file(path, NULL, &g);
	util_read_file(path, &src, &len);
	t->files++;
	t->rejects += g.nrej;
	for (i = 0; i < g.n; i++) {
		struct record *r = g.r[i];
		int has_reply = 0, ok = 0;

		if (r->item != NULL && strcmp(r->item, "0") != 0) {
			items = 1;
			t->items++;
		}
		t->questions += count_type(r, SEC_QUESTION);
		t->resolutions += count_type(r, SEC_RESOLUTION);
		for (k = 0; k < r->nsections; k++)
			if (r->sections[k].type == SEC_ANSWER) {
				t->answers++;
				t->linked += r->sections[k].answers >= 0;
			}
		/* "Question submitted by ..." with a "REPLY" */
		if (r->title != NULL && rd_prefix(r->title, strlen(r->title),
		    "question submitted by") && r->nsections > 0) {
			size_t a = r->sections[0].start, b =
			    r->sections[r->nsections - 1].end;

			has_reply = b <= len && rd_find(src + a, b - a,
			    "REPLY") != (size_t)-1;
		}
		if (has_reply) {
			const struct rec_section *q = nth(r, SEC_QUESTION, 0);

			t->qitems++;
			for (k = 0; q != NULL && k < r->nsections; k++)
				if (r->sections[k].type == SEC_ANSWER &&
				    r->sections[k].answers >= 0 &&
				    &r->sections[r->sections[k].answers] == q &&
				    q->speaker != NULL)
					ok = 1;
			t->qitems_ok += ok;
		}
		/* "Proposed by ...; Seconded by ...; And Resolved" */
		if (r->nsections > 1) {
			size_t a = r->sections[1].start,
			    b = r->sections[r->nsections - 1].end;
			int stated = b <= len && a < b &&
			    rd_find(src + a, b - a, "proposed by") !=
			    (size_t)-1 && rd_find(src + a, b - a,
			    "seconded by") != (size_t)-1 && rd_find(src + a,
			    b - a, "and resolved") != (size_t)-1;

			if (stated) {
				int found = 0;

				t->props++;
				for (k = 0; k < r->nsections; k++)
					if (r->sections[k].type ==
					    SEC_RESOLUTION &&
					    r->sections[k].proposer != NULL &&
					    r->sections[k].seconder != NULL)
						found = 1;
				t->props_ok += found;
			}
		}
		if (strstr(path, "0000_2014_07_02") != NULL && r->title &&
		    strcmp(r->title, "Election of Cathaoirleach of the "
		    "Municipal District") == 0) {
			const struct rec_section *s = nth(r, SEC_RESOLUTION, 0);

			t->galvin = s != NULL && streq(s->proposer,
			    "Councillor Galvin") && streq(s->seconder,
			    "Councillor Sheahan") && starts(s->text,
			    "That, Councillor Jerome Scanlan be appointed");
		}
	}
	t->noitem += !items;
	free(src);
	got_free(&g);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
test_limerick(const char *corpus)
{
	char *dir = path_join(corpus, "limerick"), **names = NULL, *p;
	struct tally t;
	struct dirent *de;
	size_t n = 0, i;
	DIR *d;

	if (!is_dir(dir) || (d = opendir(dir)) == NULL) {
		printf("ok %d # SKIP limerick corpus not found at %s\n",
		    ++tap_count, dir);
		free(dir);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_str);
	memset(&t, 0, sizeof t);
	for (i = 0; i < n; i++) {
		p = path_join(dir, names[i]);
		tally_file(&t, p);
		free(p);
		free(names[i]);
	}
	free(names);
	printf("# limerick: %lu files, %lu items, %lu questions, %lu answers "
	    "(%lu linked), %lu resolutions, %lu files with no item, %lu "
	    "rejects\n", t.files, t.items, t.questions, t.answers, t.linked,
	    t.resolutions, t.noitem, t.rejects);
	printf("# limerick: %lu/%lu \"Question submitted by\" items with a "
	    "REPLY have an asked and answered question\n", t.qitems_ok,
	    t.qitems);
	printf("# limerick: %lu/%lu items with \"Proposed by ... Seconded by "
	    "... And Resolved\" have a resolution with both\n", t.props_ok,
	    t.props);
	ok(t.files > 0 && (t.files - t.noitem) * 100 >= t.files * 95,
	    "limerick_should_split_95_percent_of_files_into_items "
	    "(%lu of %lu)", t.files - t.noitem, t.files);
	ok(t.qitems > 0 && t.qitems_ok * 100 >= t.qitems * 95,
	    "limerick_submitted_questions_should_have_asker_and_reply");
	ok(t.props > 0 && t.props_ok * 100 >= t.props * 90,
	    "limerick_proposals_should_give_proposer_and_seconder");
	ok(t.galvin, "limerick_first_file_should_have_galvin_and_sheahan");
	ok(t.rejects == 0, "limerick_should_reject_nothing");
	free(dir);
}

/* ---- HTML against its text twin ---- */

static int
same_str(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || streq(a, b);
}

static int
same_record(const struct record *a, const struct record *b)
{
	size_t i;

	if (!same_str(a->title, b->title) || !same_str(a->purpose,
	    b->purpose) || !same_str(a->item, b->item) ||
	    !same_str(a->committee, b->committee) || !same_str(a->date,
	    b->date) || !same_str(a->council, b->council) ||
	    a->nsections != b->nsections || a->nspeakers != b->nspeakers ||
	    a->nacronyms != b->nacronyms)
		return 0;
	for (i = 0; i < a->nsections; i++) {
		const struct rec_section *x = &a->sections[i],
		    *y = &b->sections[i];

		if (x->type != y->type || !same_str(x->text, y->text) ||
		    !same_str(x->speaker, y->speaker) ||
		    !same_str(x->speaker_key, y->speaker_key) ||
		    !same_str(x->role, y->role) || x->answers != y->answers ||
		    !same_str(x->proposer, y->proposer) ||
		    !same_str(x->seconder, y->seconder) ||
		    !same_str(x->outcome, y->outcome)) {
			printf("#   section %zu differs: %s \"%.50s\" vs %s "
			    "\"%.50s\"\n", i, record_section_name(x->type),
			    x->text, record_section_name(y->type), y->text);
			return 0;
		}
	}
	return 1;
}

static void
test_html(const char *srcdir)
{
	static const char *const names[] = {
		"fellside-school-transport", "brackenbury-libraries",
		"marshton-flood-grants",
	};
	struct got gh, gt;
	char *ph, *pt, *src;
	size_t i, len;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		ph = xasprintf("%s/tests/fixtures/html/%s.html", srcdir,
		    names[i]);
		pt = xasprintf("%s/tests/fixtures/html/%s.txt", srcdir,
		    names[i]);
		read_file(ph, NULL, &gh);
		read_file(pt, NULL, &gt);
		ok(gh.n == 1 && gt.n == 1 && gh.nrej == 0 && gt.nrej == 0,
		    "html_%s_should_give_one_record_each", names[i]);
		ok(gh.n == 1 && gt.n == 1 && same_record(gh.r[0], gt.r[0]),
		    "html_%s_should_match_its_text_twin", names[i]);
		ok(gh.n == 1 && count_type(gh.r[0], SEC_QUESTION) >= 2 &&
		    count_type(gh.r[0], SEC_RESOLUTION) >= 2,
		    "html_%s_should_have_questions_and_resolutions",
		    names[i]);
		/* spans of the HTML fall inside the page, in order */
		src = NULL;
		util_read_file(ph, &src, &len);
		if (gh.n == 1) {
			const struct record *r = gh.r[0];
			size_t k;
			int ok = src != NULL;

			for (k = 0; ok && k < r->nsections; k++)
				ok = r->sections[k].start <
				    r->sections[k].end &&
				    r->sections[k].end <= len &&
				    (k == 0 || r->sections[k].start >=
				    r->sections[k - 1].start);
			ok(ok, "html_%s_spans_should_lie_in_the_page",
			    names[i]);
		}
		free(src);
		got_free(&gh);
		got_free(&gt);
		free(ph);
		free(pt);
	}
	/* the navigation and scripts are gone */
	ph = xasprintf("%s/tests/fixtures/html/fellside-school-transport.html",
	    srcdir);
	read_file(ph, NULL, &gh);
	{
		int clean = gh.n == 1;
		size_t k;

		for (k = 0; clean && k < gh.r[0]->nsections; k++) {
			const char *t = gh.r[0]->sections[k].text;

			clean = strstr(t, "Bins") == NULL &&
			    strstr(t, "nothing") == NULL &&
			    strstr(t, "Privacy") == NULL;
		}
		ok(clean, "html_should_drop_navigation_scripts_and_footer");
		ok(gh.n == 1 && streq(gh.r[0]->council,
		    "Fellside District Council") && streq(gh.r[0]->committee,
		    "Cabinet") && streq(gh.r[0]->date, "2025-04-01") &&
		    streq(gh.r[0]->item, "5"),
		    "html_should_read_the_meeting_line_and_site_name");
	}
	got_free(&gh);
	free(ph);
}

/* ---- Small inputs ---- */

static const char page[] =
    "Agenda item\n\nApologies for Absence\n\nMinutes:\n\n"
    "Apologies for absence were received from Councillor T Harper.\n";

static void
test_small(void)
{
	struct reader_opts o;
	struct got g;
	char *d;
	size_t used;
	const char *txt;

	/* dates */
	d = rd_parse_date("Monday, 19th October, 2015", 26, &used);
	ok(streq(d, "2015-10-19"), "parse_date_should_read_weekday_form");
	free(d);
	d = rd_parse_date("19 October 2015", 15, &used);
	ok(streq(d, "2015-10-19") && used == 15,
	    "parse_date_should_read_day_month_year");
	free(d);
	d = rd_parse_date("2015-10-19", 10, &used);
	ok(streq(d, "2015-10-19"), "parse_date_should_read_iso");
	free(d);
	d = rd_parse_date("19/10/2015", 10, &used);
	ok(streq(d, "2015-10-19"), "parse_date_should_read_day_first");
	free(d);
	d = rd_parse_date("3/19/2024", 9, &used);
	ok(streq(d, "2024-03-19"),
	    "parse_date_should_read_month_first_when_the_day_says_so");
	free(d);
	d = rd_find_date("ON WEDNESDAY 11\xe2\x84\xa2 JUNE, 2014, AT 10", 34);
	ok(streq(d, "2014-06-11"), "find_date_should_survive_ocr_debris");
	free(d);
	d = rd_find_date("held on the 6th day of June 2023", 32);
	ok(streq(d, "2023-06-06"), "find_date_should_read_the_day_of_form");
	free(d);
	/* any case, a line's end for a space, the last place it fits,
	 * never past the length given */
	ok(rd_find("It was Resolved", 15, "resolved") == 7 &&
	    rd_find("moved, SECONDED", 15, "seconded") == 7 &&
	    rd_find("seconded\nby Cllr X", 18, "seconded by") == 0 &&
	    rd_find("xxa", 3, "a") == 2 && rd_find("ab", 2, "abc") ==
	    (size_t)-1 && rd_find("resolved", 7, "resolved") ==
	    (size_t)-1 && rd_find("Aa", 2, "a") == 0 &&
	    rd_find("x\ny", 3, " y") == (size_t)-1 &&
	    rd_find("abc", 3, "") == 0, "find_should_match_any_case_in_bounds");
	d = rd_parse_date("31 February 2015", 16, &used);
	ok(d == NULL, "parse_date_should_refuse_impossible_dates");
	free(d);
	ok(reader_date_valid("October 19, 2015") &&
	    !reader_date_valid("soon"), "date_valid_should_check_dates");

	/* keys */
	d = rd_name_key("O Gunn", 6);
	ok(streq(d, "o gunn"), "name_key_should_keep_initials");
	free(d);
	d = rd_name_key("Jerome Scanlan", 14);
	ok(streq(d, "j scanlan"), "name_key_should_shorten_given_names");
	free(d);
	d = rd_name_key("Derek Atkinson (Woldside)", 25);
	ok(streq(d, "d atkinson"),
	    "name_key_should_not_take_a_ward_for_a_given_name");
	free(d);
	{
		struct record *lr = record_new();
		const char *ls = "(Councillors L. Galvin (Proposer), M. "
		    "Collins, F. Foley)";
		size_t k, seen = 0;

		rd_find_people(lr, ls, strlen(ls));
		for (k = 0; k < lr->nspeakers; k++)
			seen += streq(lr->speakers[k].key, "l galvin") ||
			    streq(lr->speakers[k].key, "m collins") ||
			    streq(lr->speakers[k].key, "f foley");
		ok(seen == 3, "find_people_should_read_past_a_bracket_in_a_list");
		record_free(lr);
	}
	{
		struct record *vr = record_new();
		const char *vs = "Against this background, Councillor Shah "
		    "spoke.\nFor the alternative motion: Cr Flint, Cr Oduya\n"
		    "Abstaining (1): Councillor Mrs Sowter.\n";
		size_t k, shah = 0, voters = 0;

		rd_find_people(vr, vs, strlen(vs));
		for (k = 0; k < vr->nspeakers; k++) {
			shah += contains(vr->speakers[k].key, "shah");
			voters += contains(vr->speakers[k].key, "flint") ||
			    contains(vr->speakers[k].key, "sowter");
		}
		ok(shah == 1 && voters == 0,
		    "find_people_should_tell_vote_lists_from_prose");
		record_free(vr);
	}
	{
		struct record *cr = record_new();
		const char *cs = "Councillor Mackay declared an interest "
		    "under the Councillors Code of Conduct; the Councillors' "
		    "Allowances Scheme was noted.";

		rd_find_people(cr, cs, strlen(cs));
		ok(cr->nspeakers == 1 && streq(cr->speakers[0].key, "mackay"),
		    "find_people_should_not_take_a_code_for_a_councillor");
		record_free(cr);
	}
	{
		struct record *ar = record_new();
		const char *as = "Councillor Rhys ab Owain presented it.";

		rd_find_people(ar, as, strlen(as));
		ok(ar->nspeakers == 1 && streq(ar->speakers[0].name,
		    "Councillor Rhys ab Owain"),
		    "find_people_should_read_the_welsh_ab");
		record_free(ar);
	}
	d = rd_name_key("W. O' Donnell", 13);
	ok(streq(d, "w odonnell"), "name_key_should_join_ocr_apostrophes");
	free(d);
	d = rd_name_key("Sheahan (J)", 11);
	ok(streq(d, "j sheahan"), "name_key_should_read_bracketed_initial");
	free(d);

	/* routine items, outcomes */
	ok(rd_is_routine("Apologies for Absence") &&
	    rd_is_routine("Declarations of Interest") &&
	    rd_is_routine("Minutes of the previous meeting") &&
	    rd_is_routine("Adoption of Minutes") &&
	    rd_is_routine("Date of Next Meeting") &&
	    rd_is_routine("Any Other Business") &&
	    rd_is_routine("Exclusion of the Press and Public") &&
	    !rd_is_routine("Children's Services Update"),
	    "is_routine_should_know_routine_items");
	ok(rd_is_routine("Resolution to Exclude the Public") &&
	    rd_is_routine("Opening") && rd_is_routine("Welcome") &&
	    rd_is_routine("Opening and Welcome") &&
	    rd_is_routine("Close of Meeting") &&
	    !rd_is_routine("Opening Hours at Libraries") &&
	    !rd_is_routine("Welcome Centre Funding") &&
	    !rd_is_routine("Closure of Branch Libraries"),
	    "is_routine_should_know_a_meetings_opening_and_close");
	ok(rd_is_routine("Applications for Leave of Absence") &&
	    rd_is_routine("Invocation and Pledges") &&
	    rd_is_routine("Prayers") && rd_is_routine("Attendance") &&
	    rd_is_routine("Closure of Meeting") &&
	    rd_is_routine("Declaration of Opening") &&
	    rd_is_routine("Any Other Matters") && rd_is_routine("Adjourn") &&
	    rd_is_routine("Any Other Relevant Business") &&
	    rd_is_routine("Any Other Urgent Business") &&
	    rd_is_routine("Urgent Items") && rd_is_routine("Late Items") &&
	    rd_is_routine("Opening Declaration") &&
	    rd_is_routine("Confirmation of Agenda \xe2\x80\x93 Whakatau "
	    "raarangi take") &&
	    rd_is_routine("Items of Urgent Business") &&
	    rd_is_routine("Minutes \xe2\x80\x93 Stirling Council 15 December "
	    "2022") && !rd_is_routine("Minutes \xe2\x80\x93 a review of how "
	    "minutes are taken") &&
	    !rd_is_routine("Prayer Room Refurbishment") &&
	    !rd_is_routine("School Attendance Strategy") &&
	    !rd_is_routine("To consider Notice of Motion referred from "
	    "adjourned Council meeting"),
	    "is_routine_should_know_prayers_attendance_and_leave");
	ok(rd_is_routine("Cofnodion / Minutes") &&
	    rd_is_routine("Confidential Items") &&
	    rd_is_routine("Private Business") && rd_is_routine("MINUTE") &&
	    rd_is_routine("Minute of Meeting of the Planning Committee of 20 "
	    "March 2024") && rd_is_routine("Conclusion of Meeting") &&
	    !rd_is_routine("Minute Book Review Working Group") &&
	    !rd_is_routine("Prior to the conclusion of the Meeting, a vote of "
	    "congratulations"),
	    "is_routine_should_know_private_business_and_two_languages");
	ok(rd_is_routine("FUTURE MEETINGS") &&
	    rd_is_routine("Future meeting dates") &&
	    !rd_is_routine("Future of the Market Hall"),
	    "is_routine_should_know_future_meetings");
	ok(streq(rd_outcome("That the minutes were confirmed as a correct "
	    "record", 1), "approved") && streq(rd_outcome("To continue "
	    "consideration of the motion", 1), "deferred") &&
	    streq(rd_outcome("That the date be confirmed later", 1),
	    "agreed") && streq(rd_outcome("The minutes of the meeting of 17th "
	    "February were taken as read and signed as correct.", 1),
	    "approved"),
	    "outcome_should_read_confirmed_minutes_and_continued_items");
	/* a service withdrawn at another time is no motion withdrawn; a
	 * delegation of Members is people */
	ok(streq(rd_outcome("That Council calls on Northline Rail to restore "
	    "the Sunday service withdrawn in May 2024.", 1), "agreed") &&
	    streq(rd_outcome("Delete 'no bus service will be withdrawn during "
	    "2025/26' and insert 'protect services'", 1), "agreed") &&
	    streq(rd_outcome("That the motion be withdrawn.", 1),
	    "withdrawn") && streq(rd_outcome("It was agreed that this motion "
	    "would be withdrawn.", 1), "withdrawn") &&
	    streq(rd_outcome("That this Council writes to the Minister to "
	    "request a meeting with a delegation of Members.", 1), "agreed"),
	    "outcome_should_tell_a_motion_withdrawn_from_a_service");
	/* people asked to leave, a proposal that would withdraw, a
	 * delegation met, consent granted */
	ok(streq(rd_outcome("That Members of the public be asked to "
	    "withdraw from the meeting whilst Council considers items C010/24 "
	    "to C014/24.", 1), "agreed") &&
	    streq(rd_outcome("That the proposal to withdraw free transport "
	    "be not approved.", 1), "refused") &&
	    streq(rd_outcome("That this Council agrees to invite the Minister "
	    "to meet with a cross-party delegation of this Council.", 1),
	    "agreed") &&
	    streq(rd_outcome("That delegation of authority to the Director "
	    "be given.", 1), "delegated") &&
	    streq(rd_outcome("That Council grant consent to Development "
	    "Application DA2023/0418.", 1), "approved") &&
	    streq(rd_outcome("That the applicant be asked to withdraw the "
	    "application.", 1), "withdrawn") &&
	    streq(rd_outcome("THAT: the Regular Council Meeting of April 22, "
	    "2024 be adjourned.", 1), "agreed") &&
	    streq(rd_outcome("That the item be adjourned.", 1), "deferred"),
	    "outcome_should_tell_people_withdrawing_from_a_decision");
	ok(streq(rd_outcome("Council RECEIVED the report.", 1), "noted") &&
	    streq(rd_outcome("That the report be received.", 1), "noted") &&
	    streq(rd_outcome("To receive a deputation at the next meeting.",
	    1), "agreed") && streq(rd_outcome("That the Board receives the "
	    "report.", 1), "noted"),
	    "outcome_should_take_a_report_received_as_noted");
	ok(streq(rd_outcome("That the award of the contract for 14 refuse "
	    "collection vehicles be approved.", 1), "approved") &&
	    streq(rd_outcome("That the application be refused.", 1),
	    "refused") && streq(rd_outcome("That grants be awarded as set "
	    "out above, and that the application from Fenwick FC be "
	    "deferred.", 1), "approved") && streq(rd_outcome("Trustee Fenn "
	    "moved to table the item until June.", 0), "deferred"),
	    "outcome_should_read_refuse_the_noun_awards_and_tabling");
	ok(streq(rd_outcome("That the grounds of refusal existed but the "
	    "appeal be upheld.", 1), "agreed") && streq(rd_outcome("That the "
	    "licence be suspended; the holder had agreed to keep a refusals "
	    "register.", 1), "agreed") && streq(rd_outcome("Councillor Iqbal "
	    "moved refusal on the grounds of overdevelopment.", 0),
	    "refused") && streq(rd_outcome("The Committee voted for refusal "
	    "of the application.", 0), "refused"),
	    "outcome_should_tell_a_refusal_made_before_from_one_moved");
	ok(streq(rd_outcome("That the minutes be confirmed and signed as a "
	    "correct record.", 1), "approved") && streq(rd_outcome("That the "
	    "Headteacher's Annual Report 2022/23 be received.", 1), "noted") &&
	    streq(rd_outcome("That a deputation be received.", 1), "agreed") &&
	    streq(rd_outcome("Grant, subject to the conditions in the "
	    "report.", 1), "approved") && streq(rd_outcome("That the scheme "
	    "proceed with the modifications recommended in the Chief "
	    "Executive's report.", 1), "agreed"),
	    "outcome_should_read_confirmed_and_signed_received_and_grant");
	ok(streq(rd_outcome("That the decision of Cabinet be not referred "
	    "back to Cabinet and may be implemented immediately.", 1),
	    "agreed") && streq(rd_outcome("That the decision not be "
	    "referred back.", 1), "agreed") && streq(rd_outcome("That the "
	    "decision be referred back to Cabinet for reconsideration.", 1),
	    "deferred"),
	    "outcome_should_let_a_call_in_not_referred_back_stand");
	ok(streq(rd_outcome("That the report be noted", 1), "noted") &&
	    streq(rd_outcome("That the item be deferred", 1), "deferred") &&
	    streq(rd_outcome("That the application be refused", 1),
	    "refused") && streq(rd_outcome("That the plan be approved", 1),
	    "approved") && streq(rd_outcome("That the motion be withdrawn",
	    1), "withdrawn") && streq(rd_outcome("To delegate authority to "
	    "the Director", 1), "delegated") && streq(rd_outcome("That "
	    "Cabinet endorse the strategy", 1), "endorsed") &&
	    streq(rd_outcome("To recommend to Council", 1), "recommended") &&
	    streq(rd_outcome("That X be appointed", 1), "agreed") &&
	    streq(rd_outcome("Something", 0), "unknown") &&
	    streq(rd_outcome("RESULT: DENIED [4 TO 1]", 1), "refused"),
	    "outcome_should_read_the_wording");
	ok(streq(rd_outcome("the following resolution was TABLED to the "
	    "April 8 meeting", 1), "deferred") && streq(rd_outcome("That "
	    "the item lie on the table", 1), "deferred") &&
	    streq(rd_outcome("that this resolution be laid over to the "
	    "September 3 meeting", 1), "deferred") &&
	    streq(rd_outcome("Re-referred to the Plan Commission", 1),
	    "deferred"),
	    "outcome_should_read_a_matter_tabled_or_laid_over_as_deferred");
	/* a motion's preamble notes; what it asks for is the decision */
	ok(streq(rd_outcome("This Council notes that 40 bus routes have been "
	    "withdrawn since 2019, and asks the Leader to write to the "
	    "operators.", 1), "agreed") && streq(rd_outcome("That this "
	    "Council notes with concern the closure of the branch; calls on "
	    "the bank to reconsider.", 1), "agreed") &&
	    streq(rd_outcome("This Council notes the report.", 1), "noted"),
	    "outcome_of_a_motion_should_be_what_it_asks_not_what_it_notes");
	ok(streq(rd_outcome("That a briefing note on opening hours be "
	    "circulated to members.", 1), "agreed") &&
	    streq(rd_outcome("the Board be given a note of the meeting.", 1),
	    "agreed") && streq(rd_outcome("That the report be noted.", 1),
	    "noted") && streq(rd_outcome("The Committee agreed to note the "
	    "update.", 1), "noted"),
	    "outcome_should_not_take_a_note_for_noted");

	/* a routine item, and metadata from the options */
	memset(&o, 0, sizeof o);
	o.council = "Fellside District Council";
	o.date = "19 October 2015";
	read_buf("apologies.txt", page, sizeof page - 1, &o, &g);
	ok(g.n == 1 && g.r[0]->routine && streq(g.r[0]->council,
	    "Fellside District Council") && streq(g.r[0]->date, "2015-10-19")
	    && streq(g.r[0]->id, "apologies.txt") && g.nrej == 0,
	    "text_should_take_metadata_from_options_and_mark_routine");
	got_free(&g);

	/* minutes: heading, items, meeting metadata on each */
	txt = "MINUTES OF MEETING OF THE PLANNING COMMITTEE OF GREYSTONE "
	    "COUNCIL HELD ON MONDAY, 3RD JUNE, 2024\n\n"
	    "PRESENT: Councillors Ames, Byrne and Cole.\n\n"
	    "1. Apologies\n\nApologies were received from Councillor Dunn.\n\n"
	    "2. Planning application 24/0012/FUL, Mill Lane\n\n"
	    "Councillor Ames asked about traffic. The Planning Manager "
	    "replied that the highway authority had no objection.\n\n"
	    "Proposed by Councillor Byrne; Seconded by Councillor Cole; "
	    "And Resolved: \"That permission be granted.\"\n";
	memset(&o, 0, sizeof o);
	read_buf("greystone.md", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->item, "1") && streq(g.r[1]->item, "2")
	    && g.r[0]->routine && !g.r[1]->routine,
	    "minutes_should_split_numbered_items");
	ok(g.n == 2 && streq(g.r[1]->date, "2024-06-03") &&
	    streq(g.r[1]->committee, "Planning Committee") &&
	    streq(g.r[1]->council, "Greystone Council") &&
	    streq(g.r[1]->id, "greystone.md#2"),
	    "minutes_should_give_each_item_the_meetings_metadata");
	ok(g.n == 2 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->text,
	    "That permission be granted.") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Byrne") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Cole") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_proposer_seconder_and_resolution");
	ok(g.n == 2 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers >= 0 &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role, "Planning Manager"),
	    "minutes_should_link_the_answer");
	ok(g.n == 2 && g.r[1]->nrefs == 1 && streq(g.r[1]->refs[0],
	    "24/0012/FUL"), "minutes_should_collect_reference_numbers");
	got_free(&g);

	/* the council's name alone on the first line; a heading's reference */
	txt = "NORTH MIDSHIRE DISTRICT COUNCIL\n\n"
	    "MINUTES of a meeting of the CABINET held on Tuesday, 14 March "
	    "2023 at 6.00 pm\n\n"
	    "PRESENT: Councillor J Bloggs (Chair), Councillors A Patel and "
	    "R Hughes\n\n"
	    "45. APOLOGIES FOR ABSENCE\n\nApologies were received from "
	    "Councillor M Green.\n\n"
	    "46. PLANNING APPLICATION 22/01234/FUL - LAND AT MILL LANE\n\n"
	    "RESOLVED that the application be deferred for a site visit.\n\n"
	    "The meeting closed at 7.45 pm.\n\nChair\n";
	read_buf("cabinet.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->council,
	    "North Midshire District Council") &&
	    streq(g.r[1]->committee, "Cabinet") &&
	    streq(g.r[1]->date, "2023-03-14"),
	    "minutes_should_take_the_council_from_a_line_of_its_own");
	ok(g.n == 2 && streq(g.r[1]->title,
	    "Planning Application 22/01234/FUL - Land at Mill Lane"),
	    "minutes_title_case_should_keep_a_reference_whole");
	ok(g.n == 2 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "deferred"),
	    "minutes_should_read_a_deferral");
	ok(g.n == 2 && g.r[1]->nsections > 0 && strstr(g.r[1]->sections[
	    g.r[1]->nsections - 1].text, "closed") == NULL,
	    "minutes_should_leave_the_closing_of_the_meeting_out");
	got_free(&g);
	/* the last item ends before the meeting's length, its times, the
	 * footer of who wrote the minutes and a signature */
	{
		static const struct {
			const char *item, *close, *stray, *name;
		} ends[] = {
			{ "2. Urgent Items\n\nThere were no urgent items.",
			    "(Duration of meeting: 10.30 am - 1.25 pm)\n\nThe "
			    "Officer who has produced these minutes is Kieran "
			    "Elliott of Democratic Services, direct line 01225 "
			    "718504, e-mail kieran.elliott@example.gov.uk\n\n"
			    "Press enquiries to Communications, direct line "
			    "01225 713114 or email communications@example.gov."
			    "uk", "Officer",
			    "minutes_should_leave_the_meetings_length_and_footer_"
			    "out" },
			{ "2. Premium\n\nRESOLVED to retain the premium.",
			    "The meeting commenced at 1.00 pm and concluded at "
			    "3.35 pm.\n\nCHAIR", "commenced",
			    "minutes_should_leave_when_the_meeting_began_and_"
			    "ended_out" },
			{ "2. Karakia Whakamutunga\n\nGiven by Councillor "
			    "Johal.", "Meeting concluded at 11.47am.\n\n"
			    "CONFIRMED THIS 9TH DAY OF MAY 2024\n\nMAYOR GRAEME "
			    "TULLETT\nCHAIRPERSON", "concluded",
			    "minutes_should_end_at_meeting_concluded" },
		};
		size_t e;

		for (e = 0; e < sizeof ends / sizeof ends[0]; e++) {
			char *doc = xasprintf("Minutes of the meeting of the "
			    "Council held on 24 January 2024\n\nPresent: "
			    "Councillor A Abiodun\n\n1. Apologies\n\nNone."
			    "\n\n%s\n\n%s\n", ends[e].item, ends[e].close);

			read_buf("end.txt", doc, strlen(doc), &o, &g);
			ok(g.n == 2 && g.r[1]->nsections == 2 &&
			    !contains(g.r[1]->sections[1].text,
			    ends[e].stray), "%s", ends[e].name);
			got_free(&g);
			free(doc);
		}
	}
	/* "Item 3 - 22/00456/OUT ...", the committee on a line of its own,
	 * and a "DECISION:" line that is no ModernGov page's marker */
	txt = "Fellside Borough Council\nPlanning Committee\n"
	    "Minutes - Wednesday 2 November 2022\n\n"
	    "Present: Cllr Mrs P. Ahmed (Chair), Cllr D. Carter\n\n"
	    "Item 1 - Apologies\nAn apology was received from Cllr G. "
	    "Fraser.\n\n"
	    "Item 2 - 22/00456/OUT Land north of Station Road\n"
	    "Cllr Evans asked about the capacity of the school. The "
	    "Principal Planning Officer advised that a contribution had "
	    "been requested.\n"
	    "DECISION: Planning permission GRANTED subject to conditions.\n";
	read_buf("planning.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->item, "2") && streq(g.r[1]->title,
	    "22/00456/OUT Land north of Station Road"),
	    "minutes_should_take_an_item_titled_by_its_reference");
	ok(g.n == 2 && streq(g.r[1]->council, "Fellside Borough Council") &&
	    streq(g.r[1]->committee, "Planning Committee") &&
	    streq(g.r[1]->date, "2022-11-02"),
	    "minutes_should_take_the_committee_from_a_line_of_its_own");
	ok(g.n == 2 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL,
	    "minutes_with_a_decision_line_should_not_read_as_an_item_page");
	got_free(&g);
	/* a whole meeting's minutes as a web page: one record per item */
	txt = "<html><head><title>Minutes</title></head><body><main>"
	    "<h1>Westvale City Council</h1>"
	    "<h2>Children&rsquo;s Services Scrutiny Panel</h2>"
	    "<p>Minutes of the meeting held on Thursday&nbsp;18&nbsp;January"
	    "&nbsp;2024</p>"
	    "<p><strong>Present:</strong> Councillor R. Okafor (Chair)</p>"
	    "<h3>12.&nbsp;Declarations of Interest</h3><p>None.</p>"
	    "<h3>13.&nbsp;Social Worker Recruitment</h3>"
	    "<p>Councillor Singh asked what was being done to keep newly "
	    "qualified social workers.</p>"
	    "<p><strong>RESOLVED:</strong></p><ol><li>That the report be "
	    "noted.</li></ol></main></body></html>";
	read_buf("panel.html", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->item, "13") &&
	    streq(g.r[1]->title, "Social Worker Recruitment") &&
	    streq(g.r[1]->council, "Westvale City Council") &&
	    streq(g.r[1]->committee, "Children's Services Scrutiny Panel") &&
	    streq(g.r[1]->date, "2024-01-18") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL,
	    "html_minutes_of_a_whole_meeting_should_split_into_items");
	got_free(&g);
	/* questions set out as a table: a row each, asked and answered */
	txt = "<html><body><h1>Questions from Members of the Public</h1>"
	    "<p>The following questions were put:</p><table><tr><th>No."
	    "</th><th>Questioner</th><th>Question</th><th>Respondent</th>"
	    "<th>Response of the Cabinet Member</th></tr><tr><td>1</td><td>"
	    "Mr Peter Yates</td><td>When will the library reopen?</td><td>"
	    "Councillor Helen Pruitt</td><td>It would reopen in May.</td>"
	    "</tr><tr><td>2</td><td>Ms Ruth Adeyemi</td><td>Will the verges "
	    "be left uncut?</td><td>Councillor Tom Greatorex</td><td>Not "
	    "reached.</td></tr></table><p>RESOLVED: That the responses be "
	    "noted.</p></body></html>";
	read_buf("qtable.html", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_QUESTION) >= 2 &&
	    count_type(g.r[0], SEC_ANSWER) == 1 &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker,
	    "Councillor Helen Pruitt") &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->text, "It would reopen in May.") &&
	    streq(g.r[0]->sections[nth(g.r[0], SEC_ANSWER, 0)->answers].speaker,
	    "Mr Peter Yates") &&
	    streq(g.r[0]->sections[nth(g.r[0], SEC_ANSWER, 0)->answers].text,
	    "When will the library reopen?") &&
	    streq(nth(g.r[0], SEC_QUESTION, count_type(g.r[0], SEC_QUESTION) -
	    1)->speaker, "Ms Ruth Adeyemi"),
	    "html_should_read_a_table_of_questions_row_by_row");
	got_free(&g);
	/* an item's page with numbered resolutions stays one item */
	txt = "<html><body><h1>Library Opening Hours</h1><p>The Panel "
	    "considered a report on branch libraries.</p><p>RESOLVED:</p>"
	    "<ol><li>That the report be noted.</li><li>That Sunday opening "
	    "continue.</li></ol></body></html>";
	read_buf("hours.html", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->title, "Library Opening Hours") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL,
	    "html_item_page_with_numbered_resolutions_should_stay_one_item");
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->text,
	    "That the report be noted.") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->text,
	    "That Sunday opening continue."),
	    "html_list_items_after_resolved_should_be_one_resolution_each");
	got_free(&g);
	/* members' questions to the cabinet, as county councils print them */
	txt = "EASTBRIDGE COUNTY COUNCIL\n\n"
	    "MINUTES OF THE MEETING OF THE COUNTY COUNCIL held on Thursday "
	    "20 July 2023\n\n"
	    "PRESENT: Councillor F. Moore (Chairman)\n\n"
	    "23. QUESTIONS FROM MEMBERS\n\n"
	    "(a) Question from Councillor A. Brown to the Cabinet Member for "
	    "Environment\n\n"
	    "\"How many fly-tipping incidents were recorded last year?\"\n\n"
	    "Response from Councillor C. Davis:\n\n"
	    "\"There were 1,234 incidents.\"\n\n"
	    "Supplementary question: Councillor Brown asked whether more "
	    "cameras would be deployed. Councillor Davis replied that six "
	    "would be installed.\n\n"
	    "(b) Question from Cllr. Mrs E. Grant to the Leader\n\n"
	    "\"What is being done about the A4075?\"\n\n"
	    "24. NOTICE OF MOTION\n\nDECIDED: That the Council declares a "
	    "climate emergency.\n";
	read_buf("county.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->council, "Eastbridge County Council"),
	    "minutes_should_prefer_the_councils_own_line_to_its_kind");
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker,
	    "Councillor A. Brown") && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker, "Councillor C. Davis"),
	    "minutes_should_read_question_from_and_response_from_labels");
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker, "Councillor Davis") &&
	    nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker, "Councillor Brown"),
	    "minutes_member_who_replied_to_another_should_answer");
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 2) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker,
	    "Councillor Mrs E. Grant") &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker_key, "e grant"),
	    "speakers_should_read_councillor_mrs");
	got_free(&g);
	/* a line of the heading that is a sentence names no council */
	txt = "BUDGETARY PLAN MEETING HELD IN THE COUNCIL\n\n"
	    "Minutes of the Budget Meeting held on 3 June 2024\n\n"
	    "PRESENT: Councillors Ames and Byrne.\n\n"
	    "1. Apologies\n\nNone.\n\n2. Budget\n\nThe budget was "
	    "adopted.\n";
	read_buf("budget.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && g.r[1]->council == NULL,
	    "minutes_should_not_take_a_sentence_for_the_council");
	got_free(&g);

	/* a report noted is the item's decision; a fact noted is not */
	txt = "AUDIT COMMITTEE\n\nMinutes of the meeting held on 14 March "
	    "2023\n\n"
	    "1. Internal Audit Progress\n\nThe Head of Audit presented the "
	    "report. Members noted that three audits had been completed.\n\n"
	    "The Committee noted the report.\n\n"
	    "2. Correspondence\n\nThe letters from the Minister, as "
	    "circulated, were noted by Members. Councillor Ames asked when a "
	    "reply would be sent.\n\n"
	    "3. Budget Monitoring\n\nMembers noted the contents of the "
	    "report and raised the following:\n\n(a) the cost of agency "
	    "staff.\n\nNoted.\n\n"
	    "4. Minutes\n\nThe minutes of the meeting held on 3 May were "
	    "noted and RESOLVED that they be signed.\n";
	read_buf("noted.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->text,
	    "The Committee noted the report.") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    nth(g.r[0], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_the_committee_noted_the_report_as_a_"
	    "resolution");
	ok(g.n == 4 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    strstr(nth(g.r[0], SEC_DISCUSSION, 0)->text,
	    "three audits") != NULL,
	    "minutes_should_leave_members_noted_that_in_the_discussion");
	ok(g.n == 4 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    strstr(nth(g.r[1], SEC_RESOLUTION, 0)->text, "Ames") == NULL &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Councillor Ames"),
	    "minutes_should_end_a_were_noted_resolution_at_its_sentence");
	ok(g.n == 4 && nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->text, "Noted.") &&
	    nth(g.r[2], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_noted_alone_but_not_a_lead_in_to_a_list");
	ok(g.n == 4 && (nth(g.r[3], SEC_RESOLUTION, 0) == NULL ||
	    !streq(nth(g.r[3], SEC_RESOLUTION, 0)->outcome, "noted")),
	    "minutes_should_not_read_a_sentence_that_resolves_as_noted");
	got_free(&g);

	/* public speakers, and an asker followed by the answerer */
	txt = "CABINET\n\nMinutes of the meeting held on 6 June 2023\n\n"
	    "16. PUBLIC QUESTIONS\n\nMr J. Smith asked why the car park "
	    "charges had increased.\n\nCllr Lee (Cabinet Member for "
	    "Transport) responded that maintenance costs had risen.\n\n"
	    "Mrs K. Patel spoke in objection to the closure of the day "
	    "centre.\n\n"
	    "17. SCHOOL PLACES\n\nThe Director introduced the report.\n\n"
	    "In response to a question from Cllr Moore, the Director "
	    "confirmed that the expansion would be funded.\n";
	read_buf("public.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker, "Mr J. Smith") &&
	    nth(g.r[0], SEC_QUESTION, 1) == NULL &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker, "Mrs K. Patel"),
	    "minutes_should_read_a_public_speaker's_objection_as_discussion");
	ok(g.n == 2 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Councillor Moore") &&
	    strstr(nth(g.r[1], SEC_QUESTION, 0)->text, "confirmed") == NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Director") &&
	    strstr(nth(g.r[1], SEC_ANSWER, 0)->text, "funded") != NULL,
	    "minutes_should_end_the_asker_at_the_comma_before_the_answerer");
	got_free(&g);

	/* Scottish shapes: "The Committee:-" with points, verbs in capitals */
	txt = "Education Committee\n\nMinutes of Meeting held on Thursday "
	    "18 May 2023.\n\n"
	    "3. Revenue Budget Monitoring\n\nThere had been circulated "
	    "Report No EDU/12/23.\n\nThe Committee:-\n\ni. NOTED the "
	    "revenue budget position; and\nii. AGREED the virements set out "
	    "in the report.\n\n"
	    "4. Gaelic Medium Education\n\nFollowing discussion, the "
	    "Committee AGREED to defer consideration of the report.\n\n"
	    "5. Play Parks\n\nIt was agreed that the survey be published. It "
	    "was proposed by Councillor Ames, seconded by Councillor Byrne, "
	    "and agreed that a report be brought to the next meeting.\n";
	read_buf("scot.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    strstr(nth(g.r[0], SEC_RESOLUTION, 0)->text, "budget position") !=
	    NULL && streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "agreed") &&
	    strstr(nth(g.r[0], SEC_RESOLUTION, 1)->text, "virements") != NULL,
	    "minutes_should_read_the_committee_colon_dash_and_its_points");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "deferred"),
	    "minutes_should_read_a_decision_after_following_discussion");
	ok(g.n == 3 && nth(g.r[2], SEC_RESOLUTION, 1) != NULL &&
	    strstr(nth(g.r[2], SEC_RESOLUTION, 0)->text, "proposed") ==
	    NULL && streq(nth(g.r[2], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Ames") &&
	    strstr(nth(g.r[2], SEC_RESOLUTION, 1)->text, "next meeting") !=
	    NULL, "minutes_should_end_a_decision_where_a_motion_begins");
	got_free(&g);

	/* items numbered by minute references; numbered reasons inside */
	txt = "PLANNING COMMITTEE\n\nMinutes of a meeting held on Wednesday, "
	    "12 July 2023.\n\n"
	    "PL/23/45 MINUTES\n\nThe minutes were confirmed.\n\n"
	    "PL/23/46 22/01234/FUL - LAND AT MILL LANE\n\nThe Planning "
	    "Officer presented the application.\n\nOn being put to the "
	    "vote, it was RESOLVED that planning permission be REFUSED for "
	    "the following reasons:\n\n1. The development would harm the "
	    "countryside.\n2. The access would be unsafe.\n\n"
	    "PL/23/47 APPEALS\n\nRESOLVED - That the report be noted.\n\n"
	    "12/07/23 Note of the next meeting date.\n";
	read_buf("plan.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "PL/23/45") &&
	    streq(g.r[1]->item, "PL/23/46") &&
	    streq(g.r[2]->item, "PL/23/47") &&
	    streq(g.r[1]->title, "22/01234/FUL - Land at Mill Lane"),
	    "minutes_should_number_items_by_their_minute_references");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 2) != NULL &&
	    strstr(nth(g.r[1], SEC_RESOLUTION, 2)->text, "access") != NULL,
	    "minutes_should_keep_numbered_reasons_inside_their_item");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "refused"),
	    "minutes_should_read_an_outcome_in_capitals_mid_sentence");
	got_free(&g);

	/* honours after a name are not the surname */
	txt = "CABINET\n\nMinutes of the meeting held on 6 June 2023\n\n"
	    "1. BUDGET\n\nCllr Smith MBE asked whether the budget was "
	    "balanced.\n\nCllr A. O'Neill JP asked about reserves.\n\n"
	    "Clir Leddin asked about the CPO legislation.\n";
	read_buf("honours.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 2) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker, "Councillor Leddin"),
	    "speakers_should_read_a_scanned_clir_as_councillor");
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "smith") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "a oneill") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker,
	    "Councillor A. O'Neill JP"),
	    "speakers_should_keep_post_nominals_out_of_the_key");
	got_free(&g);

	/* a question's label alone, then the question, then the reply */
	txt = "FULL COUNCIL\n\nMinutes of the meeting held on 20 February "
	    "2024\n\n7. QUESTIONS FROM MEMBERS\n\nQuestion 1 from "
	    "Councillor H. Wright to the Leader of the Council:\n\n"
	    "\"What progress has been made on the leisure centre?\"\n\n"
	    "Reply from the Leader of the Council, Councillor G. Hall:\n\n"
	    "\"Construction will start in May.\"\n";
	read_buf("label.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->committee, "Full Council"),
	    "minutes_should_take_full_council_for_the_body_that_met");
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    strstr(nth(g.r[0], SEC_QUESTION, 0)->text, "leisure centre") !=
	    NULL && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker, "Councillor G. Hall") &&
	    nth(g.r[0], SEC_ANSWER, 1) == NULL,
	    "minutes_should_read_the_question_after_its_label_alone");
	got_free(&g);

	/* the chair by name; a motion seconded and agreed */
	txt = "CABINET\n\nMinutes of the meeting held on 6 June 2023\n\n"
	    "1. BUDGET\n\nThe report was presented.\n\nThe Chairman, "
	    "Councillor Smith, welcomed the report.\n\nCouncillor Jones "
	    "(Chair) asked whether the budget was balanced.\n\n"
	    "Councillor Ames proposed that the budget be approved. This was "
	    "seconded by Councillor Byrne and agreed.\n";
	read_buf("chair.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 1)->speaker,
	    "Councillor Smith") && streq(nth(g.r[0], SEC_DISCUSSION,
	    1)->speaker_key, "smith"),
	    "speakers_should_name_the_chair_from_the_apposition");
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "jones"),
	    "speakers_should_read_a_bracketed_chair");
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    strstr(nth(g.r[0], SEC_RESOLUTION, 0)->text, "Byrne") != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Byrne"),
	    "minutes_should_keep_the_words_of_a_motion_seconded_and_agreed");
	got_free(&g);

	/* an item number and its title separated by a tab */
	txt = "LICENSING SUB-COMMITTEE\n\nMinutes of the meeting held on 3 "
	    "March 2024\n\n1\tAPPOINTMENT OF CHAIR\n\nCouncillor Reed was "
	    "appointed Chair.\n\n2\tPREMISES LICENCE - THE RED LION\n\n"
	    "RESOLVED - That the licence be granted.\n\n3\tEXCLUSION OF "
	    "THE PUBLIC\n\nRESOLVED that the public be excluded.\n";
	read_buf("tabs.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "1") &&
	    streq(g.r[0]->title, "Appointment of Chair") &&
	    streq(g.r[1]->item, "2"),
	    "minutes_should_read_a_tab_after_the_item_number");
	got_free(&g);

	/* officers listed by name and office, without a title */
	txt = "AUDIT COMMITTEE\n\nMinutes of the meeting held on 24 January "
	    "2024\n\nPresent: Councillors P. Quinn (Chair) and R. Stone\n"
	    "Officers: J. Smith (Head of Finance), K. Jones (Democratic "
	    "Services Officer)\n\n5. TREASURY MANAGEMENT\n\nCouncillor "
	    "Stone asked whether the borrowing limit was sufficient.\n\n"
	    "Mr Smith said that it was.\n\n6. WORK PROGRAMME\n\nThe "
	    "Committee noted the work programme.\n";
	read_buf("officers.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role, "Head of Finance"),
	    "minutes_should_know_an_untitled_officer_from_the_attendance");
	ok(g.n == 2 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted"),
	    "minutes_should_read_a_work_programme_noted_as_a_resolution");
	got_free(&g);

	/* a council named in two languages; a recommendation's addressee */
	txt = "CYNGOR SIR YNYS M\xc3\x94N / ISLE OF ANGLESEY COUNTY "
	    "COUNCIL\n\nMinutes of the meeting of the Executive held on 18 "
	    "March 2024\n\n3 HOUSING REVENUE ACCOUNT\n\nThe report was "
	    "presented.\n\nRECOMMENDED to Council:\n\n(i) that the "
	    "Business Plan be approved;\n(ii) that rents rise by 6.7%.\n";
	read_buf("welsh.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->council,
	    "Isle of Anglesey County Council"),
	    "minutes_should_take_the_council_from_a_line_in_two_languages");
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    strstr(nth(g.r[0], SEC_RESOLUTION, 0)->text, "Business Plan") !=
	    NULL && nth(g.r[0], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_not_make_a_resolution_of_to_council");
	got_free(&g);
	txt = "LONDON BOROUGH OF CAMDEN\n\nCABINET\n\nMinutes of the "
	    "meeting held on 18 March 2024\n\n1. Budget\n\nRESOLVED that "
	    "the budget be approved.\n";
	read_buf("camden.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->council, "London Borough of Camden"),
	    "minutes_should_name_a_london_borough");
	got_free(&g);

	/* planning items titled by their reference; outcomes alone */
	txt = "PLANNING COMMITTEE\n\nMinutes of the meeting held on 3 May "
	    "2024\n\n4. 23/00999/FUL - 12 High Street\n\nRESOLVED: That "
	    "planning permission be GRANTED.\n\n5. 23/01010/HOU - 4 Mill "
	    "Road\n\nDEFERRED for a site visit.\n\n6. Enforcement\n\n"
	    "Resolved:\n\nThat the report be noted.\n\nThat a further "
	    "report be brought in April.\n";
	read_buf("planning.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "4") &&
	    streq(g.r[0]->title, "23/00999/FUL - 12 High Street"),
	    "minutes_should_read_a_numbered_item_titled_by_its_reference");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "deferred"),
	    "minutes_should_read_an_outcome_in_capitals_alone_as_a_decision");
	ok(g.n == 3 && nth(g.r[2], SEC_RESOLUTION, 1) != NULL &&
	    strstr(nth(g.r[2], SEC_RESOLUTION, 1)->text, "April") != NULL,
	    "minutes_should_read_each_that_paragraph_after_resolved");
	got_free(&g);

	/* "RESOLVED that:" before points; offices with a part or a name */
	txt = "WESTBURY DISTRICT COUNCIL\n\nCABINET\n\nMinutes of a meeting "
	    "held on 14 March 2024\n\n91. Local Plan Review\n\nCouncillor "
	    "Cotton asked whether the housing numbers could be revisited. "
	    "The Executive Director - Place explained that the numbers were "
	    "set by the standard method.\n\nCouncillor Bell asked about the "
	    "timetable.\n\nThe Head of Planning (Mrs K Jones) advised that "
	    "it was on track.\n\nCouncillor Gaines asked about the costs. The "
	    "Service Director - Finance (Mr J Sheehan) was unable to attend "
	    "the meeting.\n\nRESOLVED that:\n\n(1) the Local Plan Review be "
	    "submitted for examination;\n\n(2) the Executive Director be "
	    "authorised to make minor modifications.\n";
	read_buf("westbury.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    strstr(nth(g.r[0], SEC_RESOLUTION, 0)->text, "submitted") !=
	    NULL && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_not_make_a_resolution_of_resolved_that_colon");
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role,
	    "Executive Director - Place"),
	    "minutes_should_read_an_office_with_a_part_after_a_dash");
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker, "Mrs K Jones") &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->role, "Head of Planning"),
	    "minutes_should_name_an_office_holder_in_brackets");
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 2) == NULL,
	    "minutes_should_not_answer_with_an_officer_unable_to_attend");
	got_free(&g);

	/* numbered paragraphs; "Resolved:-" alone; "That Cabinet:" */
	txt = "WESTSHIRE COUNCIL\n\nMinutes of the Finance Committee held "
	    "on 3 March 2024\n\n1. Fees and Charges\n\n30.1 The Committee "
	    "considered the report.\n\n30.2 Councillor Eburne asked whether "
	    "fees covered costs. The Director replied that they did.\n\n"
	    "30.3 It was RESOLVED that the report be noted.\n\n2. Budget\n\n"
	    "The Committee resolved:-\n\n(i) to increase the budget by 2%;"
	    "\n\n(ii) that the reserves be reviewed.\n\n3. Capital\n\n"
	    "RESOLVED - That Cabinet:\n1. approves the programme;\n2. notes "
	    "the risks.\n";
	read_buf("numbered.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "eburne") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "noted"),
	    "minutes_should_read_paragraphs_numbered_30_2");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    strstr(nth(g.r[1], SEC_RESOLUTION, 1)->text, "reserves") !=
	    NULL, "minutes_should_read_points_after_resolved_colon_dash");
	ok(g.n == 3 && nth(g.r[2], SEC_RESOLUTION, 1) != NULL &&
	    strstr(nth(g.r[2], SEC_RESOLUTION, 0)->text, "programme") !=
	    NULL && strstr(nth(g.r[2], SEC_RESOLUTION, 0)->text,
	    "Cabinet") == NULL && strstr(nth(g.r[2], SEC_RESOLUTION,
	    1)->text, "risks") != NULL && nth(g.r[2], SEC_RESOLUTION, 2) ==
	    NULL,
	    "minutes_should_not_make_a_resolution_of_that_cabinet_colon");
	got_free(&g);

	/* cabinet members answer, by the attendance list or by office */
	txt = "WESTSHIRE COUNCIL\n\nCABINET\n\nMinutes of the meeting held "
	    "on 3 March 2024\n\nPresent: Councillor A Smith (Leader), "
	    "Councillor R Adilypour (Cabinet Member for Housing), Councillor "
	    "T Cameron\n\n1. Housing Update\n\nCouncillor Cameron asked "
	    "about the waiting list. Councillor Adilypour confirmed that it "
	    "had fallen by 10%.\n\nCouncillor Cameron asked about voids. "
	    "Councillor Adilypour, Cabinet Member for Housing, stated that "
	    "voids were down.\n";
	read_buf("cabinet.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role,
	    "Cabinet Member for Housing"),
	    "minutes_should_know_a_cabinet_member_from_the_attendance");
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    nth(g.r[0], SEC_QUESTION, 2) == NULL,
	    "minutes_should_take_what_a_cabinet_member_stated_as_an_answer");
	got_free(&g);

	/* "In reply," inside a paragraph; decisions taken unanimously */
	txt = "WESTSHIRE COUNCIL\n\nMinutes of the Police and Crime Panel "
	    "held on 3 March 2024\n\n1. Budget\n\nCouncillor Hart asked "
	    "about the precept. In reply, the Commissioner said that it "
	    "would rise by 3%.\n\nIn reply to queries from Members he "
	    "stated that the reserves were adequate.\n\nUNANIMOUSLY "
	    "RESOLVED to note the report.\n\n2. Plan\n\nUnanimously "
	    "resolved that the plan be approved.\n";
	read_buf("panel.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker, "Commissioner") &&
	    strstr(nth(g.r[0], SEC_QUESTION, 0)->text, "reply") == NULL,
	    "minutes_should_split_an_answer_in_reply_from_its_question");
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    nth(g.r[0], SEC_QUESTION, 1) == NULL,
	    "minutes_should_read_in_reply_to_queries_he_stated_as_an_answer");
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_unanimously_resolved");
	got_free(&g);

	/* votes on motions; proposers without "by" */
	txt = "WESTSHIRE TOWN COUNCIL\n\nMinutes of the Full Council "
	    "meeting held on 3 March 2024\n\n1. Planning\n\nProposed by "
	    "Councillor Gordon\nSeconded by Councillor McCarthy that the "
	    "application be approved.\n\nOn a recorded vote 3 Members "
	    "voted in favour and 6 against. The proposal therefore FELL.\n\n"
	    "2. Grants\n\nIt was proposed by Councillor Roberts, seconded "
	    "by Councillor Kemp that a grant of 500 pounds be made to the "
	    "Scouts. The motion was LOST.\n\n3. Precept\n\nProposed Cllr "
	    "Roberts, seconded Cllr Kemp, that the precept be set at 38,500 "
	    "pounds. Resolved.\n";
	read_buf("votes.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_record_a_motion_that_fell_or_was_lost_as_lost");
	ok(g.n == 3 && nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Roberts") &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Kemp") &&
	    strstr(nth(g.r[2], SEC_RESOLUTION, 0)->text, "precept") !=
	    NULL && nth(g.r[2], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_proposed_cllr_x_seconded_cllr_y");
	got_free(&g);

	/* item titles in two languages, longer than one */
	txt = "CYNGOR SIR CEREDIGION COUNTY COUNCIL\n\nCABINET\n\nMinutes of "
	    "the meeting held on 4 June 2024\n\n1  Ymddiheuriadau / "
	    "Apologies\n\nNone.\n\n2  Datgelu buddiannau personol a "
	    "buddiannau sy'n rhagfarnu / Disclosures of personal and "
	    "prejudicial interest\n\nNone.\n\n3  Ystyried adroddiad ar "
	    "Strategaeth Ddigartrefedd 2024-2028 / To consider the report on "
	    "the Homelessness Strategy 2024-2028\n\nRESOLVED - That the "
	    "Strategy be approved.\n";
	read_buf("welsh2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[2]->item, "3") &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL,
	    "minutes_should_read_long_item_titles_in_two_languages");
	got_free(&g);

	/* co-opted members ask; an officer's office may hold a comma */
	txt = "WESTSHIRE POLICE AND CRIME PANEL\n\nMinutes of the meeting "
	    "held on 3 March 2024\n\nPresent: Councillor J Hart (Chair), Mr "
	    "D Kerr-Wilson (Independent Member)\n\nAlso present: Mr R Stone "
	    "(Police and Crime Commissioner), Ms K Patel (Chief Executive, "
	    "OPCC)\n\n1. Precept\n\nMr Kerr-Wilson asked whether the "
	    "precept would rise. Ms Patel said that it would rise by 3%.\n";
	read_buf("panel2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker, "Mr Kerr-Wilson"),
	    "minutes_should_let_a_co_opted_member_ask");
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role, "Chief Executive, OPCC"),
	    "minutes_should_know_an_officer_whose_office_holds_a_comma");
	got_free(&g);

	/* questions and answers labelled Q: and A: */
	txt = "WESTSHIRE COUNCIL\n\nMinutes of the Scrutiny Committee held "
	    "on 3 March 2024\n\n1. Highways\n\nQ: Councillor Bryant asked "
	    "when the potholes would be repaired.\n\nA: The Director said "
	    "that they would be repaired in May.\n\nQ2. Councillor Hart "
	    "asked about gritting.\n\nA: Gritting routes were reviewed.\n";
	read_buf("qa.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "bryant") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "hart"),
	    "minutes_should_read_questions_labelled_q");
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker, "Director") &&
	    strstr(nth(g.r[0], SEC_ANSWER, 1)->text, "Gritting") != NULL,
	    "minutes_should_read_answers_labelled_a");
	got_free(&g);

	/* minutes numbered "FC23.141"; a town named with "de la" */
	txt = "Ashby de la Zouch Town Council\n\nMinutes of the meeting of "
	    "the Full Council held on Monday 15th April 2024 at 7.00pm\n\n"
	    "Present: Cllr R Bayliss (Town Mayor), Cllr A Barker\n\n"
	    "FC23.141 To receive apologies for absence\n\nNone.\n\n"
	    "FC23.142 Heritage trail signage\n\nIt was RESOLVED that the "
	    "signs be ordered.\n\nFC23.143 Date of next meeting\n\n"
	    "13 May 2024.\n";
	read_buf("ashby.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "FC23.142") &&
	    streq(g.r[1]->title, "Heritage trail signage"),
	    "minutes_should_read_minute_numbers_like_fc23_141");
	ok(g.n == 3 && streq(g.r[0]->council,
	    "Ashby de la Zouch Town Council"),
	    "minutes_should_name_a_council_with_de_la");
	got_free(&g);

	/* attendance headed in Irish, with a long list of members */
	txt =
	    "COMHAIRLE CONTAE CHORCA\xc3\x8d\nCORK COUNTY COUNCIL\n\nMi"
	    "nutes of Proceedings at Ordinary Meeting of Cork County Co"
	    "uncil held in the Council Chamber, County Hall, Cork on Mo"
	    "nday 11th March 2024\n\nI LATHAIR\nCathaoirleach: Comhairl"
	    "eoir F. O'Flynn.\nComhairleoir\xc3\xad: \xc3\x93 Conch\xc3"
	    "\xbair, Mac C\xc3\xa1rthaigh, \xc3\x93 S\xc3\xbailleabh"
	    "\xc3\xa1in (M), N\xc3\xad Mhurch\xc3\xba, de Barra, \xc3"
	    "\x93 Riain, \xc3\x93 h\xc3\x81inle, N\xc3\xad Laoire, Line"
	    "han Foley, Hegarty, Jeffers, Lombard, Murphy (G), McGrath,"
	    " Rasmussen.\n\nOIFIGIGH I LATHAIR\nMr. T. Lucey, Chief Exe"
	    "cutive; Mr. L. Cashman, Director of Services, Roads & Tran"
	    "sportation; Ms. L. Kelly, Head of Finance; Ms. M. Fitzgera"
	    "ld, Meetings Administrator.\n\n1. VOTES OF SYMPATHY\n\nA v"
	    "ote of sympathy was extended to the family of the late Mr."
	    " Dan Foley, former member of the Council.\n\n\n2. CONFIRMA"
	    "TION OF MINUTES\n\nThe minutes were confirmed.\n";
	read_buf("cork.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->item, "1"),
	    "minutes_should_read_attendance_headed_in_irish");
	got_free(&g);

	/* a motion and an amendment, as Scottish minutes move them */
	txt = "ABERDEEN CITY COUNCIL\n\nMinute of Meeting of the FINANCE AND "
	    "RESOURCES COMMITTEE held on 14 May 2024\n\nPresent:- "
	    "Councillor Yuill, Convener; and Councillors Boulton and "
	    "McLellan.\n\n1. COMMON GOOD BUDGET\n\nCouncillor Yuill, "
	    "seconded by Councillor Malik, moved:- that the Committee "
	    "approve the report.\n\nCouncillor McLellan, seconded by "
	    "Councillor Boulton, moved as an amendment:- that the Committee "
	    "approve the report and call for a grant scheme.\n\nOn a "
	    "division, there voted:- for the motion (6); for the amendment "
	    "(4).\n";
	read_buf("motion.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Yuill") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Malik") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->proposer,
	    "Councillor McLellan") &&
	    strstr(nth(g.r[0], SEC_RESOLUTION, 1)->text, "grant") != NULL,
	    "minutes_should_read_x_seconded_by_y_moved_and_its_amendment");
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    strcmp(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost") != 0,
	    "minutes_should_lose_the_amendment_that_lost_the_division");
	got_free(&g);

	/* a member's motion, then its seconder and the vote */
	txt = "WESTSHIRE COUNCIL\n\nMinutes of the Planning Committee held "
	    "on 3 March 2024\n\n1. 23/00456/FUL Land at Mill Lane\n\n"
	    "Councillor Stringer proposed that the application be refused "
	    "on highway grounds. This was seconded by Councillor Field.\n\n"
	    "On being put to the vote the motion was carried.\n\n2. "
	    "23/00500/HOU 4 High Street\n\nCouncillor Field moved the "
	    "officer recommendation, which was seconded by Councillor Ash "
	    "and carried unanimously.\n";
	read_buf("moved.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Stringer") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Field") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "refused"),
	    "minutes_should_read_a_members_motion_and_its_seconder");
	ok(g.n == 2 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Ash") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "agreed"),
	    "minutes_should_read_moved_seconded_and_carried_in_one_sentence");
	got_free(&g);

	/* declarations of interest are no questions */
	txt = "WESTSHIRE COUNCIL\n\nMinutes of the Finance Committee held "
	    "on 3 March 2024\n\n1. Declarations of Interest\n\nCouncillor "
	    "Grant advised that he had a connection in relation to item 2 as "
	    "a trustee of the Village Trust.\n\n2. Budget\n\nCouncillor "
	    "Grant asked whether the trust had an interest in the land.\n";
	read_buf("interests.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) == NULL &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL,
	    "minutes_should_not_take_a_declaration_of_interest_as_a_question");
	got_free(&g);

	/* a scrutiny committee's recommendations, one each */
	txt = "WESTSHIRE COUNCIL\n\nMinutes of the Overview and Scrutiny "
	    "Committee held on 3 March 2024\n\n5. Libraries Review\n\nThe "
	    "Committee made the following recommendations to Cabinet:\n\n"
	    "1. That opening hours be kept at Mill Road library.\n\n2. That "
	    "a volunteer scheme be explored.\n\n6. Parks\n\nThe report was "
	    "noted.\n\n7. Other Business\n\nNone.\n";
	read_buf("scrutiny.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "recommended") &&
	    strstr(nth(g.r[0], SEC_RESOLUTION, 1)->text, "volunteer") != NULL,
	    "minutes_should_read_the_following_recommendations_as_decisions");
	got_free(&g);

	/* the minutes approved, a schedule approved; history is not */
	txt = "WESTSHIRE COUNCIL\n\nMinutes of the Finance Committee held "
	    "on 3 March 2024\n\n3. Minutes\n\nThe minutes of the meeting "
	    "held on 5 February 2024 were approved as a correct record and "
	    "signed by the Chair.\n\n4. Payments\n\nThe schedule of "
	    "payments was approved.\n\n5. Local Plan\n\nThe Local Plan "
	    "for Kilmallock was adopted in 2019, after consultation.\n";
	read_buf("approved.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL,
	    "minutes_should_read_the_minutes_approved_as_a_decision");
	ok(g.n == 3 && nth(g.r[2], SEC_RESOLUTION, 0) == NULL,
	    "minutes_should_not_read_a_plan_adopted_years_ago_as_a_decision");
	got_free(&g);

	/* a web page of minutes whose items are headed without numbers */
	txt = "<html><head><title>Minutes</title><meta property=\"og:"
	    "site_name\" content=\"Aberdeen City Council\"></head><body>"
	    "<main><h1>Finance and Resources Committee</h1><p>ABERDEEN, 14 "
	    "May 2024. Minute of Meeting of the FINANCE AND RESOURCES "
	    "COMMITTEE. Present:- Councillor Yuill, Convener; and "
	    "Councillors Boulton and Grant.</p><h2>DETERMINATION OF EXEMPT "
	    "BUSINESS</h2><p>1. The Convener proposed that the Committee "
	    "consider item 12.1 (Sale of Land at Greenferns) with the press "
	    "and public excluded.</p><p>The Committee resolved:-</p><p>to "
	    "consider item 12.1 in private.</p><h2>COMMON GOOD BUDGET</h2>"
	    "<p>2. The Committee had before it a report by the Director of "
	    "Resources which presented the Common Good budget for 2024/25 "
	    "for approval.</p><p>The Committee resolved:-</p><p>to approve "
	    "the budget.</p></main></body></html>\n";
	read_buf("aberdeen.html", txt, strlen(txt), &o, &g);
	ok(g.n >= 2 && streq(g.r[g.n - 1]->title, "Common Good Budget") &&
	    streq(g.r[g.n - 1]->committee,
	    "Finance and Resources Committee") &&
	    nth(g.r[g.n - 1], SEC_RESOLUTION, 0) != NULL,
	    "html_minute_of_meeting_with_unnumbered_headings_is_minutes");
	got_free(&g);

	/* "Decision:" under a numbered item is whole minutes' */
	txt = "FELLSIDE COUNCIL\n\nCABINET\n\nMinutes of the meeting held "
	    "on 5 September 2024\n\n31    APOLOGIES FOR ABSENCE\n\nThere "
	    "were none.\n\n32    DECLARATIONS OF INTEREST\n\nThere were "
	    "none.\n\n33    BUDGET MONITORING\n\nDecision:\n\n(1) To note "
	    "the position;\n\n(2) To approve the virements.\n";
	read_buf("decision.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[2]->item, "33") &&
	    streq(g.r[2]->committee, "Cabinet") &&
	    nth(g.r[2], SEC_RESOLUTION, 1) != NULL,
	    "text_with_a_decision_label_under_numbered_items_is_minutes");
	got_free(&g);

	/* a labelled question and response, each label a line alone */
	txt = "SURREY COUNTY COUNCIL\n\nCABINET\n\nMinutes of the meeting "
	    "held on 12 March 2024\n\nPresent: Councillor Tim Oliver "
	    "(Chair)\n\n12/24 MEMBERS' QUESTIONS\n\nQuestion from "
	    "Councillor Jonathan Essex\nWill the Cabinet Member set out how "
	    "many potholes were repaired last winter?\n\nResponse by the "
	    "Cabinet Member for Highways\nSome 45,000 potholes were "
	    "repaired.\n\nJonathan Essex asked a supplementary question "
	    "about gullies. The Cabinet Member said that gully cleaning would "
	    "be reviewed.\n\n13/24 BUDGET\n\nRESOLVED: That the report be "
	    "noted.\n";
	read_buf("labels.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "j essex"),
	    "minutes_should_end_a_name_at_a_line_that_opens_a_question");
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role,
	    "Cabinet Member for Highways") &&
	    strncmp(nth(g.r[0], SEC_ANSWER, 0)->text, "Some 45,000", 11) == 0,
	    "minutes_should_read_a_response_label_without_a_colon");
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "j essex") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL,
	    "minutes_should_know_an_untitled_member_named_before");
	got_free(&g);

	/* a sub-heading; written questions printed after the close */
	txt = "KENT COUNTY COUNCIL\n\nMinutes of the Growth Cabinet "
	    "Committee held on 4 July 2023\n\nPresent: Mr D Beaney "
	    "(Chairman), Mr M Hood\n\n5. Minerals Plan\n\nThe Head of "
	    "Planning introduced the report.\n\nQuestions from Committee "
	    "members\n\nMr Hood asked whether the extensions had been "
	    "consulted on. The Head of Planning said that they had.\n\n"
	    "RESOLVED that the plan be endorsed.\n\n6. Any Other Business"
	    "\n\nNone.\n\nThe meeting closed at 11.45 am.\n\nChairman\n\n"
	    "Written questions received before the meeting\n\nQuestion "
	    "from Mrs Parfitt-Reid: How many households have been consulted "
	    "about the plan?\nAnswer: All 640,000 households were sent a "
	    "leaflet.\n";
	read_buf("annex.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "m hood") &&
	    nth(g.r[0], SEC_QUESTION, 1) == NULL,
	    "minutes_should_not_take_a_questions_sub_heading_as_a_question");
	ok(g.n == 3 && streq(g.r[2]->item, "annex") &&
	    streq(g.r[2]->title,
	    "Written questions received before the meeting") &&
	    nth(g.r[2], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[2], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_QUESTION, 0) == NULL,
	    "minutes_should_keep_questions_after_the_close_apart");
	got_free(&g);

	/* "The meeting finished at", the signature block "Approved as a
	 * true and correct record" / "CHAIR" / "DATE", then "APPENDIX A" */
	txt = "MINUTES OF THE MEETING OF THE COUNCIL HELD ON 4 JULY 2023\n\n"
	    "5. Minerals Plan\n\nThe Head of Planning introduced the report."
	    "\n\nRESOLVED that the plan be endorsed.\n\n6. Update on "
	    "Motions\n\nMembers noted the update.\n\nThe meeting finished at "
	    "9.41 pm\n\n          Approved as a true and correct record\n\n"
	    "          CHAIR\n\n          DATE\n\n  Any queries regarding "
	    "these Minutes, please contact\n  Democratic Services\n\n"
	    "APPENDIX A\n\nQuestion from Mrs Parfitt-Reid: How many "
	    "households have been consulted about the plan?\nAnswer: All "
	    "640,000 households were sent a leaflet.\n";
	read_buf("annex-finished.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[2]->item, "annex") &&
	    streq(g.r[2]->title, "Appendix A") &&
	    nth(g.r[2], SEC_QUESTION, 0) != NULL &&
	    count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    nth(g.r[1], SEC_QUESTION, 0) == NULL,
	    "minutes_should_close_at_finished_and_its_signature_block");
	got_free(&g);

	/* a motion, an amendment seconded across a line break, the vote */
	txt = "LIMERICK CITY AND COUNTY COUNCIL\n\nMinutes of Meeting of "
	    "Metropolitan District of Limerick held on 15th September 2014"
	    "\n\nPresent: Councillors Hourigan, Collins, Prendiville.\n\n"
	    "2. CORPORATE SERVICES\n\nCouncillor Hourigan proposed that "
	    "meetings commence at 9.45 a.m. This was seconded by Councillor "
	    "Collins.\n\nCouncillor Prendiville proposed an amendment that "
	    "meetings commence at 4.00 p.m. This was seconded by\n\n"
	    "Councillor Quinlivan.\n\nThe Mayor declared the Amendment "
	    "defeated and, therefore, the original Motion carried.\n\n"
	    "3. ROADS\n\nThe report was noted.\n";
	read_buf("amendment.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Prendiville") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Quinlivan"),
	    "minutes_should_read_an_amendment_seconded_across_a_line_break");
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "agreed"),
	    "minutes_should_lose_a_defeated_amendment_and_carry_the_motion");
	got_free(&g);

	/* conditions numbered from 1 under a decision are not items */
	txt = "Broadmere Borough Council\nMinutes of the meeting of the "
	    "Planning Committee held on 9 September 2024\n\nPresent: "
	    "Councillor A Smith (Chair)\n\n23. Apologies\nNone.\n\n24. "
	    "Declarations of Interest\nNone.\n\n25. 24/00123/FUL - Land at "
	    "Mill Lane\nThe Senior Planner presented the report.\n\n"
	    "RESOLVED: That planning permission be GRANTED subject to the "
	    "following conditions:\n\n1. The development shall begin within "
	    "three years.\n2. The materials shall match.\n3. Samples shall "
	    "be submitted.\n4. A landscaping scheme shall be submitted.\n5. "
	    "No works shall take place at night.\n6. The parking spaces "
	    "shall be laid out.\n\n26. 24/00456/FUL - 3 High Street\nThe "
	    "Planner presented the report.\n\nRESOLVED: That the "
	    "application be REFUSED for the following reasons:\n\n1. The "
	    "extension would harm the conservation area.\n\n2. The access "
	    "is unsafe.\n\n27. Appeals\nAfter a short discussion it was "
	    "RESOLVED to note the appeal decisions.\n";
	read_buf("conditions.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && streq(g.r[0]->item, "23") &&
	    streq(g.r[2]->item, "25") && streq(g.r[4]->item, "27") &&
	    nth(g.r[2], SEC_RESOLUTION, 6) != NULL,
	    "minutes_should_not_take_conditions_under_a_decision_for_items");
	ok(g.n == 5 && nth(g.r[3], SEC_RESOLUTION, 2) != NULL &&
	    streq(nth(g.r[3], SEC_RESOLUTION, 0)->outcome, "refused") &&
	    streq(nth(g.r[3], SEC_RESOLUTION, 1)->outcome, "refused") &&
	    strstr(nth(g.r[3], SEC_RESOLUTION, 0)->text, "REFUSED") != NULL,
	    "minutes_should_keep_a_refusal_and_give_its_reasons_its_outcome");
	ok(g.n == 5 && nth(g.r[4], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[4], SEC_RESOLUTION, 0)->outcome, "noted"),
	    "minutes_should_read_a_decision_after_a_lead_in_without_comma");
	got_free(&g);

	/* minutes numbered "CA.1", "CA.2" */
	txt = "NORTH VALE COMBINED AUTHORITY\n\nMinutes of the Combined "
	    "Authority Board held on 5 April 2024\n\nPresent: Mayor Jo "
	    "Banks (Chair), Councillor M Shabbir\n\nCA.1    Apologies for "
	    "Absence\n\nApologies were received from Councillor Ahmed.\n\n"
	    "CA.2    Bus Reform\n\nThe Director of Transport presented the "
	    "report.\n\nRESOLVED: That franchising be introduced.\n\nCA.3 "
	    "   Date of Next Meeting\n\nThe next meeting will be on 7 June "
	    "2024.\n";
	read_buf("ca.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "CA.2") &&
	    streq(g.r[1]->title, "Bus Reform") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL,
	    "minutes_should_read_minute_numbers_with_letters_and_no_year");
	got_free(&g);

	/* budget codes in a table are not minute numbers */
	txt = "LIMERICK CITY AND COUNTY COUNCIL\n\nMinutes of Meeting of "
	    "the Municipal District held on 9th October 2014\n\nPresent: "
	    "Councillor Collins\n\n1. General Municipal Allocation\n\nThe "
	    "Head of Finance presented the allocation:\n\nFO3 Parks, "
	    "Pitches, Playgrounds\nFO4 Community Initiatives\n\nThe "
	    "allocation was agreed.\n";
	read_buf("codes.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->item, "1"),
	    "minutes_should_not_take_codes_in_a_table_for_items");
	got_free(&g);

	/* "Item 12 - ..." wrapped inside a sentence, the item itself held
	 * in private and left out */
	txt = "MINUTES OF THE ORDINARY MEETING OF THE COUNCIL HELD ON 26 "
	    "MARCH 2024\n\n10        SPEED LIMITS\n\nThe report was noted."
	    "\n\n11        PUBLIC EXCLUDED\n\nThat the public be excluded "
	    "from the following parts of the proceedings of this meeting, "
	    "namely\nItem 12 - Property Acquisition - Quay Street, on the "
	    "grounds set out in section 48(1)(a) of the Act.\n\n13        "
	    "KARAKIA\n\nThe meeting closed with a karakia.\n";
	read_buf("item-wrapped.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "11") &&
	    streq(g.r[2]->item, "13"),
	    "minutes_should_not_take_an_item_named_inside_a_sentence_for_one");
	got_free(&g);

	/* questions and answers labelled Q and A, no one named */
	txt = "Little Parish Council\nMinutes of the meeting held on 9 "
	    "September 2024\n\nPresent: Cllr A Smith\n\n1. Apologies\n"
	    "None.\n\n2. Questions\nQ: When will the toilets reopen?\n\n"
	    "A: In April.\n\nQ2. When will the bus run?\nA: In May.\n\n"
	    "3. Next\nNone.\n";
	read_buf("qa.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 1) != NULL &&
	    strcmp(nth(g.r[1], SEC_QUESTION, 1)->text,
	    "When will the bus run?") == 0 &&
	    nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    strcmp(nth(g.r[1], SEC_ANSWER, 0)->text, "In April.") == 0,
	    "minutes_should_read_q_and_a_labels_without_names");
	got_free(&g);

	/* "Q (who):" and "A (who):" lines, one under the other */
	txt = "Minutes of the meeting of the Scrutiny Committee held on 4 "
	    "March 2024\n\nPresent: Councillor A Jones (Chair), Councillor "
	    "B Smith\n\nAlso present: Sarah Hill (Director of Children's "
	    "Services)\n\n1.    SCHOOL TRANSPORT\n\nThe Director introduced"
	    " the report.\n\nQ (Councillor Jones): When will the review "
	    "end?\nA (Director): In June.\n\n2.    CLOSE\n\nThe meeting "
	    "closed.\n";
	read_buf("qa2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->text,
	    "When will the review end?") &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker, "Councillor Jones") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->text, "In June.") &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker, "Sarah Hill"),
	    "minutes_should_read_q_and_a_labels_with_who_in_brackets");
	got_free(&g);

	/* surnames that are words elsewhere ("Ward", "May"), and the
	 * American "Councilor" */
	txt = "Minutes of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Councillor A Jones (Chair), Councillor Helen Ward, "
	    "Councillor P May\n\n1.    SCHOOL TRANSPORT\n\nCouncillor Helen"
	    " Ward asked about costs. The Director said 240.\n\nCouncillor "
	    "May asked about buses in May 2024.\n\nCouncilor McCall asked if"
	    " the contractor was local.\n\n2.    CLOSE\n\nThe meeting "
	    "closed.\n";
	read_buf("surnames.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 2) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "h ward") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "p may") &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker_key, "mccall"),
	    "minutes_should_read_surnames_that_are_words_and_councilor");
	got_free(&g);

	/* officers not named answer: "the auditor responded", "the
	 * officer confirmed", "The officer said" */
	txt = "Minutes of the meeting of the Audit Committee held on 4 March "
	    "2024\n\nPresent: Councillor A Jones (Chair), Councillor B Smith"
	    "\n\n1.    ACCOUNTS\n\nMembers asked how the misstatement had "
	    "arisen; the auditor responded that the valuer had erred.\n\n"
	    "Councillor Smith asked about fees. The officer said that fees "
	    "had fallen.\n\n2.    CLOSE\n\nThe meeting closed.\n";
	read_buf("unnamed.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "auditor") &&
	    starts(nth(g.r[0], SEC_ANSWER, 0)->text, "the auditor responded") &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "officer") &&
	    nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->text,
	    "Councillor Smith asked about fees."),
	    "minutes_should_read_answers_by_officers_not_named");
	got_free(&g);

	/* a written question "submitted by" a resident, quoted below */
	txt = "Minutes of the meeting of the Cabinet held on 23 January 2024"
	    "\n\nPresent: Councillor L Aldred (Leader), Councillor P Beckwith"
	    "\n\n1.    PUBLIC QUESTIONS\n\nThe following question had been "
	    "submitted by Mrs Dorothy Kaye of Hexley:\n\n\"How will "
	    "residents reach the hospital?\"\n\nCouncillor Beckwith, Cabinet"
	    " Member for Highways, responded that the Council was working "
	    "with operators.\n\n2.    CLOSE\n\nThe meeting closed.\n";
	read_buf("submitted.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "d kaye") &&
	    contains(nth(g.r[0], SEC_QUESTION, 0)->text, "reach the") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "p beckwith"),
	    "minutes_should_read_a_question_submitted_by_a_resident");
	got_free(&g);
	txt = "Minutes of the meeting of the Cabinet held on 23 January 2024"
	    "\n\nPresent: Councillor L Aldred (Leader)\n\n1.    PUBLIC "
	    "QUESTIONS\n\nOne question had been received from a member of "
	    "the public.\n\n2.    CLOSE\n\nThe meeting closed.\n";
	read_buf("public-q.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "public"),
	    "minutes_should_key_a_question_from_the_public_as_public");
	got_free(&g);

	/* a line naming the asker alone over the question */
	txt = "Minutes of the meeting of the Council held on 24 January 2024"
	    "\n\nPresent: Councillor A Abiodun\n\n1. Questions\n\n**Question: "
	    "Councillor T. Byrne**\n\n\"To ask the Chief Executive when the "
	    "footpath will be repaired.\"\n\n**Reply:**\n\nIn May.\n\n"
	    "**Submitted by Councillor M. Kelly**\n\nTo ask the Chief "
	    "Executive for an update on the library.\n\nREPLY: In June.\n\n"
	    "2. Close\n\nThe meeting closed.\n";
	read_buf("asker-alone.md", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "t byrne") &&
	    contains(nth(g.r[0], SEC_QUESTION, 0)->text, "footpath") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "m kelly") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->text, "In June."),
	    "minutes_should_read_a_line_naming_the_asker_alone");
	got_free(&g);

	/* "X asked the Cabinet Member:" over the question in quotes */
	txt = "Minutes of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Councillor A Lomax, Councillor B Smith\n\n1.    "
	    "QUESTIONS\n\n(a) Councillor A Lomax asked the Cabinet Member:"
	    "\n\n\"How many children are waiting for a placement?\"\n\nThe "
	    "Cabinet Member replied that 14 were.\n\n2.    CLOSE\n\nThe "
	    "meeting closed.\n";
	read_buf("asked-colon.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_QUESTION, 0)->text, "How many children") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_read_the_question_below_asked_and_a_colon");
	got_free(&g);

	/* members of the public with an address or what they are */
	txt = "Minutes of the meeting of the Select Board held on 4 March "
	    "2024\n\nPresent: Mr. Okafor (Chair), Ms. Yeaton\n\n1. PUBLIC "
	    "COMMENT\n\nMs. Arlene Tobin of 44 Pleasant St. asked the Board "
	    "when the sidewalk would be repaired.\n\nRay Gutierrez, a "
	    "ratepayer in Division 3, asked why rates had risen.\n\n2. CLOSE"
	    "\n\nThe meeting closed.\n";
	read_buf("public-who.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "a tobin") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "r gutierrez"),
	    "minutes_should_read_the_public_with_an_address_or_a_description");
	got_free(&g);

	/* an office, then its holder's name between commas; a department
	 * or a report after an office names no one */
	txt = "Minutes of the meeting of the Cabinet held on 4 March 2024\n\n"
	    "Present: Councillor A Jones (Chair)\n\n1.    HOUSING\n\nThe "
	    "Director of Housing Needs, Marcia Okonkwo, outlined the scheme."
	    "\n\nThe Licensing Officer, Gareth Bell, summarised the report."
	    "\n\nThe Senior Executive Officer, Economic Development, outlined"
	    " the plan.\n\nThe Chief Executive's Report set out the options."
	    "\n\n2.    CLOSE\n\nThe meeting closed.\n";
	read_buf("holders.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 3) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "m okonkwo") &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->role,
	    "Director of Housing Needs") &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 1)->speaker_key, "g bell") &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 2)->speaker_key,
	    "senior executive officer, economic development") &&
	    nth(g.r[0], SEC_DISCUSSION, 3)->speaker == NULL,
	    "minutes_should_read_an_offices_holder_named_after_it");
	got_free(&g);
	/* ... and the office alone later is that holder */
	txt = "Agenda item\n\nPremises Licence\n\nMinutes:\n\nThe Licensing"
	    " Officer, Gareth Bell, summarised the report.\n\nCouncillor Dobbs"
	    " asked about noise. The Licensing Officer said that none had "
	    "been reported.\n";
	read_buf("holder-later.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "g bell"),
	    "minutes_should_give_an_office_to_its_holder_named_before");
	got_free(&g);

	/* officers listed by office, the name after it in brackets or
	 * after a dash */
	txt = "Minutes of the meeting of the Cabinet held on 4 March 2024\n\n"
	    "Present: Councillor A Jones (Chair), Councillor B Smith\n\n"
	    "Officers: Head of Finance (Rachel Osei), Director of Place - Tom"
	    " Birch\n\n1.    BUDGET\n\nCouncillor Smith asked about reserves."
	    " The Head of Finance advised that reserves were adequate.\n\nThe"
	    " Director of Place said the road plan was on track.\n\n2.    "
	    "CLOSE\n\nThe meeting closed.\n";
	read_buf("office-first.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "r osei") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "t birch"),
	    "minutes_should_read_officers_listed_office_first");
	got_free(&g);

	/* speakers a line each, with no blank line between */
	txt = "Minutes of the meeting of the City Council held on 4 June 2024"
	    "\n\nPresent: Councilmember Tanabe, Mayor Ortega-Blythe\n\n1. "
	    "COUNCIL REPORTS\n\nCouncilmember Tanabe reported on the library"
	    " board.\nMayor Ortega-Blythe announced the concert series.\n\n2."
	    " ADJOURNMENT\n\nThe meeting adjourned.\n";
	read_buf("line-speakers.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "tanabe") &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 1)->speaker_key,
	    "ortega-blythe"),
	    "minutes_should_start_a_speaker_on_a_line_after_a_sentence");
	got_free(&g);

	/* asking people to do something is no question */
	txt = "Minutes of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Councillor A Jones (Chair)\n\n1.    SAFETY\n\n"
	    "Councillor Jones asked residents to report suspicious vehicles."
	    "\n\nCouncillor Jones asked the Director to explain the delay. "
	    "The Director said that staff were ill.\n\n2.    CLOSE\n\nThe "
	    "meeting closed.\n";
	read_buf("requests.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    starts(nth(g.r[0], SEC_QUESTION, 0)->text,
	    "Councillor Jones asked the Director") &&
	    nth(g.r[0], SEC_QUESTION, 1) == NULL &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    starts(nth(g.r[0], SEC_DISCUSSION, 0)->text,
	    "Councillor Jones asked residents"),
	    "minutes_should_not_take_asking_people_to_act_for_a_question");
	got_free(&g);

	/* ... nor a member's remark that ends bidding officers to act */
	txt = "Minutes of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Councillor A Jones (Chair)\n\n1.    PETITIONS\n\n"
	    "Councillor Jones said that the library had been closed after "
	    "a flood. She would ask officers to write to the petitioner with "
	    "a date.\n\n2.    CLOSE\n\nThe meeting closed.\n";
	read_buf("bids.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) == NULL &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "ask officers"),
	    "minutes_should_not_take_a_remark_bidding_officers_for_a_question");
	got_free(&g);

	/* a transcript's lines: who, a colon, their words; a list's
	 * entries are not */
	txt = "Minutes of the work session of the City Council held on 29 "
	    "January 2024\n\nPresent: Council Member Ruiz, Mayor Lunde\n\n1."
	    " POLICE STAFFING\n\nChief Haines presented the report.\n\n"
	    "Council Member Ruiz: How many officers are on patrol at night?\n"
	    "Chief Haines: Four officers on most nights, and two on call.\n\n"
	    "Grants were made to:\nCouncillor Ruiz: Tidy Towns Project.\n\n"
	    "2. ADJOURNMENT\n\nThe work session ended.\n";
	read_buf("dialogue.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->text,
	    "How many officers are on patrol at night?") &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "ruiz") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "haines") &&
	    starts(nth(g.r[0], SEC_ANSWER, 0)->text, "Four officers") &&
	    nth(g.r[0], SEC_QUESTION, 1) == NULL,
	    "minutes_should_read_a_transcripts_lines");
	got_free(&g);

	/* New Zealand: "Cr", "Moved:", "Seconded:", CARRIED and LOST */
	txt = "RUAPEHU DISTRICT COUNCIL\nMinutes of the Ordinary Meeting of "
	    "Council held on 27 February 2024\n\nPresent: Cr Neeson, Cr Pue"
	    "\n\n9. Dog Control Bylaw\n\nCr Hotter asked whether the areas "
	    "had been mapped. The Manager Regulatory Services replied that "
	    "they had.\n\nMoved: Cr Neeson\nSeconded: Cr Pue\n\nThat "
	    "Council adopts the Dog Control Bylaw 2024.\n\nCARRIED\n\nMoved "
	    "Cr Hotter\nSeconded Cr Pue\n\nThat the dog exercise area at "
	    "Rangataua be retained.\n\nLOST\n\n10. MAYOR'S REPORT\n\nThe "
	    "report was noted.\n";
	read_buf("nz.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "hotter") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL,
	    "minutes_should_read_cr_as_a_councillor");
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Neeson") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Hotter") &&
	    !streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_read_moved_seconded_and_lost");
	ok(g.n == 2 && streq(g.r[1]->title, "Mayor's Report"),
	    "minutes_should_title_case_an_apostrophe_s");
	got_free(&g);

	/* an American city council: consent items, motions and tallies */
	txt = "CITY OF MAPLE GROVE HEIGHTS\nMINUTES OF THE REGULAR MEETING OF "
	    "THE CITY COUNCIL\nOctober 8, 2024\n\n1. CALL TO ORDER\n\nMayor "
	    "Whitfield called the meeting to order at 7:02 p.m.\n\n2. ROLL "
	    "CALL\n\nPresent: Council Members Nguyen, Haskins and Brooks."
	    "\n\n3. CONSENT CALENDAR\n\n   A. Approval of Minutes\n   B. "
	    "Award of Contract for Snow Removal\n\nMotion by Council Member "
	    "Haskins, seconded by Council Member Brooks, to approve Item 3A."
	    "\n\nItem 3B: Council Member Haskins asked why the contract was "
	    "not awarded to the lowest bidder.\n\nMotion by Council Member "
	    "Haskins, seconded by Council Member Nguyen, to approve the award "
	    "of the contract to\nItem 3B. Motion carried 5-0.\n\n4. "
	    "ADJOURNMENT\n\nThe meeting adjourned at 9:14 p.m.\n";
	read_buf("us.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && streq(g.r[2]->item, "3") &&
	    streq(g.r[2]->title, "Consent Calendar") &&
	    streq(g.r[3]->item, "3B") && streq(g.r[4]->item, "4") &&
	    streq(g.r[0]->council, "City of Maple Grove Heights"),
	    "minutes_should_read_lettered_items_and_not_a_wrapped_line");
	ok(g.n == 5 && nth(g.r[3], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[3], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[3], SEC_RESOLUTION, 0)->proposer,
	    "Council Member Haskins") &&
	    streq(nth(g.r[3], SEC_RESOLUTION, 0)->seconder,
	    "Council Member Nguyen") &&
	    strstr(nth(g.r[3], SEC_RESOLUTION, 0)->text, "carried 5-0") !=
	    NULL, "minutes_should_read_a_motion_by_and_its_tally");
	got_free(&g);

	/* numbers that start again under each heading in capitals */
	txt = "REGULAR COUNCIL MEETING MINUTES\nCity of Larchmere, March 5, "
	    "2024\n\nADOPTION OF MINUTES\n\n1.      Regular Council - "
	    "February 20, 2024\n\nTHAT the Minutes be approved.\n\n"
	    "REPORTS\n\n1.      Harbourfront Seawall Repairs\n\nCouncillor "
	    "Odell asked about the cost.\n\n2.      Library Branch Hours"
	    "\n\nTHAT Council extend the hours.\n\nMOTIONS ON NOTICE\n\n"
	    "1.      Protecting Corner Stores\n\nWHEREAS\n\n1.      Corner "
	    "stores in older neighbourhoods have closed at a rising rate;"
	    "\n\n2.      The Province lets municipalities waive fees for small"
	    "\n        retailers on residential streets;\n\nTHEREFORE BE IT "
	    "RESOLVED THAT Council direct staff to report back.\n\n2.      "
	    "Street Tree Canopy Targets\n\nTHAT Council adopt the targets."
	    "\n\nENQUIRIES AND OTHER MATTERS\n\n1.      Snow Clearing on "
	    "Bike Lanes\n\nCouncillor Pryce asked when crews start.\n";
	read_buf("restart.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 6 && streq(g.r[1]->title, "Harbourfront Seawall Repairs") &&
	    streq(g.r[2]->item, "2") &&
	    streq(g.r[4]->title, "Street Tree Canopy Targets") &&
	    streq(g.r[5]->item, "1") &&
	    streq(g.r[5]->title, "Snow Clearing on Bike Lanes"),
	    "minutes_should_number_items_again_under_each_heading");
	got_free(&g);

	/* an item's status in cells on its number's line, its title under */
	txt = "Parks and Recreation Committee\nMinutes\n\nMeeting Date    "
	    "Tuesday, April 9, 2024\n\nPR12.1          ACTION          Adopted"
	    "                    Ward: All\n\n\nTree Canopy Strategy - Annual "
	    "Update\n\nThe Committee adopted the item.\n\nPR12.2          "
	    "ACTION          Deferred                   Ward: 12\n\n\n40 Quarry "
	    "Road - Park Expansion\n\nThe Committee deferred the item.\n";
	read_buf("status.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->item, "PR12.1") &&
	    streq(g.r[0]->title, "Tree Canopy Strategy - Annual Update") &&
	    streq(g.r[1]->title, "40 Quarry Road - Park Expansion"),
	    "minutes_should_title_an_item_under_its_status_row");
	got_free(&g);

	/* an authority's name; a hearing of a sub-committee */
	txt = "Peakland National Park Authority\n\nMINUTES of a hearing of "
	    "the Licensing Sub-Committee held on 5 November 2024\n\nPresent: "
	    "Councillor A Patel (Chair)\n\n1. Application for a Premises "
	    "Licence\n\nThe Licensing Officer presented the report.\n\n"
	    "RESOLVED: That the licence be granted.\n\n2. Any Other Business"
	    "\n\nNone.\n";
	read_buf("authority.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->council,
	    "Peakland National Park Authority") &&
	    streq(g.r[0]->committee, "Licensing Sub-Committee"),
	    "minutes_should_read_an_authority_and_a_hearing_of_a_committee");
	got_free(&g);

	/* motions, hearings, put-offs and bulleted questions */
	txt = "SEVERNSIDE FIRE AND RESCUE AUTHORITY\nMinutes of the meeting of "
	    "the Authority held on 18 September 2024\n\nPresent: Councillor "
	    "Grove (Chair), Councillors Clayton and Wragg\n\n5. MINUTES\n\n"
	    "The minutes of the last meeting of the Planning Committee held "
	    "on 7 June 2024 were approved as a correct record.\n\n6. FLEET "
	    "STRATEGY\n\nCouncillor Grove moved, and Councillor Clayton "
	    "seconded, that the recommendations be approved.\n\nCllr McCloy "
	    "proposed approval; seconded by Mr Chaplin.\n\n7. PREMISES "
	    "LICENCE\n\nMrs Gregory, objector, addressed the Committee about "
	    "noise.\n\nMr Payne addressed the Committee for the applicant. "
	    "Mr J Payne said that the hours would be limited.\n\nThe "
	    "Sub-Committee decided to GRANT the application in part.\n\n8. "
	    "TRAINING CENTRE\n\nThis item was deferred to the next meeting."
	    "\n\n9. SCRUTINY\n\nCouncillor Wragg, attending under Procedure "
	    "Rule 22, asked about the fees.\n\n\xe2\x80\xa2 Councillor Croft "
	    "asked about the audit fees.\n\xe2\x80\xa2 The Treasurer replied "
	    "that the fees had risen.\n\n10. CLOSE\n\nNone.\n";
	read_buf("fire.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 6 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_minutes_approved_after_a_long_subject");
	ok(g.n == 6 && nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Grove") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Clayton") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor McCloy") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->seconder, "Mr Chaplin"),
	    "minutes_should_read_x_moved_and_y_seconded_and_proposed_approval");
	ok(g.n == 6 && nth(g.r[2], SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(g.r[2], SEC_DISCUSSION, 0)->speaker_key, "gregory") &&
	    streq(nth(g.r[2], SEC_DISCUSSION, 1)->speaker_key, "j payne") &&
	    g.r[2]->nspeakers == 2,
	    "minutes_should_read_a_speaker_past_a_clause_and_merge_surnames");
	ok(g.n == 6 && nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    nth(g.r[3], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[3], SEC_RESOLUTION, 0)->outcome, "deferred"),
	    "minutes_should_read_a_grant_and_an_item_deferred");
	ok(g.n == 6 && nth(g.r[4], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[4], SEC_QUESTION, 0)->speaker_key, "wragg") &&
	    streq(nth(g.r[4], SEC_QUESTION, 1)->speaker_key, "croft") &&
	    nth(g.r[4], SEC_ANSWER, 0) != NULL,
	    "minutes_should_read_questions_in_bullets_and_after_a_clause");
	got_free(&g);

	/* council questions in their labelled forms */
	txt = "BROADMERE BOROUGH COUNCIL\nMinutes of the meeting of the "
	    "Council held on 27 February 2025\n\nPresent: The Mayor, "
	    "Councillors Barker and Green\n\n71.     QUESTIONS FROM THE "
	    "PUBLIC\n\n(a)     Question from Mrs Linda Thorpe to the Leader "
	    "of the Council\n\n\"When will work start on the play area?\""
	    "\n\nThe Leader of the Council, Councillor Barker, replied that "
	    "work would start in April.\n\n72.     QUESTIONS FROM MEMBERS\n\n"
	    "Question 1 - Councillor Quayle to the Cabinet Member for Housing"
	    "\n\n\"How many households are in temporary accommodation?\"\n\n"
	    "Reply from Councillor Green, Cabinet Member for Housing:\n\nThere "
	    "were 312 households.\n\nSupplementary Question\n\nCouncillor "
	    "Quayle asked what the cost had been.\n\nQuestion 2 - Councillor "
	    "Yates to the Leader of the Council\n\n\"Will the Leader condemn "
	    "the closure?\"\n\nReply: The Leader said that he shared the "
	    "concerns of residents.\n\n73.     CLOSE\n\nNone.\n";
	read_buf("council.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "l thorpe") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "quayle") &&
	    nth(g.r[1], SEC_QUESTION, 2) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 2)->speaker_key, "yates"),
	    "minutes_should_read_question_labels_with_a_dash_or_wide_column");
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker_key, "green") &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role,
	    "Cabinet Member for Housing") &&
	    strstr(nth(g.r[1], SEC_ANSWER, 0)->text, "Supplementary") ==
	    NULL && streq(nth(g.r[1], SEC_ANSWER, 1)->speaker_key, "leader"),
	    "minutes_should_name_who_replies_and_end_at_a_sub_heading");
	got_free(&g);

	/* sub-items, "9.1 Title"; numbered paragraphs and times are not */
	txt = "TARARUA DISTRICT COUNCIL\nMinutes of the Ordinary Meeting of "
	    "Council held on 28 February 2024\n\nPresent: Cr Neeson, Cr Pue"
	    "\n\n7. Vote of Sympathy\n\nThe meeting resumed at\n\n7.30 P.M. "
	    "To Pass a Vote of Sympathy\n\n8. Confirmation of "
	    "Minutes\n\n8.1 The minutes were confirmed as a true record.\n\n"
	    "9. Reports\n\n9.1 Adoption of the Long Term Plan 2024-2034\n\n"
	    "The Chief Executive presented the plan.\n\n9.2 Dog Control "
	    "Bylaw Review\n\nThe Manager presented the review.\n\n10. "
	    "Closing Karakia\n\nThe meeting closed with a karakia.\n";
	read_buf("subitems.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 6 && streq(g.r[0]->item, "7") &&
	    streq(g.r[1]->item, "8") && streq(g.r[3]->item, "9.1") &&
	    streq(g.r[3]->title, "Adoption of the Long Term Plan 2024-2034") &&
	    streq(g.r[4]->item, "9.2") && streq(g.r[5]->item, "10"),
	    "minutes_should_read_sub_items_but_not_numbered_paragraphs");
	got_free(&g);

	/* a third level, "10.1.1 Title", as Australian councils number */
	txt = "SHIRE OF KARRALUP\nMinutes of the Ordinary Council Meeting "
	    "held on 20 March 2024\n\nPresent: Cr A Jones, Cr B Smith\n\n10."
	    " REPORTS OF OFFICERS\n\n10.1 CORPORATE SERVICES\n\n10.1.1 "
	    "Monthly Financial Report\n\nThe Manager presented it.\n\n10.1.2"
	    " Accounts for Payment\n\nThe accounts were noted.\n\n10.2 "
	    "TECHNICAL SERVICES\n\n10.2.1 Road Program\n\nThe report was "
	    "noted.\n\n11. CLOSURE\n\nThe meeting closed.\n";
	read_buf("level3.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 7 && streq(g.r[2]->item, "10.1.1") &&
	    streq(g.r[2]->title, "Monthly Financial Report") &&
	    streq(g.r[3]->item, "10.1.2") && streq(g.r[5]->item, "10.2.1") &&
	    streq(g.r[6]->item, "11"),
	    "minutes_should_read_items_numbered_to_a_third_level");
	got_free(&g);

	/* Legistar's text: the number, the matter's file number, its title */
	txt = "City of Fairhaven Falls\nCommon Council\nMinutes - August 6, "
	    "2024\n\nPresent: Alder Kowalczyk, Alder Beasley\n\n1.   24-0741"
	    "    Report of the Board of Public Works recommending award of "
	    "the\n                Sidewalk Replacement Program.\n\n2.   24-0752"
	    "    Resolution authorizing a lease with the Rowing Club.\n\n3.   "
	    "24-0783    AN ORDINANCE to amend Section 28-114.\n";
	read_buf("legistar.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "1") &&
	    starts(g.r[0]->title, "24-0741 Report of the Board") &&
	    streq(g.r[2]->item, "3"),
	    "minutes_should_read_legistar_matters_with_their_file_numbers");
	got_free(&g);

	/* a title in capitals, then a decision's line in capitals */
	txt = "Minutes of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Cr A Jones, Cr B Smith\n\n5 CONFIRMATION OF MINUTES\n"
	    "RESOLUTION 2024/04/101\nMoved: Cr Jones Seconded: Cr Smith\n"
	    "That the minutes be confirmed.\nCARRIED 6/0\n\n6 CLOSE\n\nThe "
	    "meeting closed.\n";
	read_buf("caps-title.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->title, "Confirmation of Minutes") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer, "Councillor Jones"),
	    "minutes_should_end_a_title_in_capitals_before_a_decision");
	got_free(&g);

	/* a title in capitals broken after a comma, a blank line between */
	txt = "Minutes of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Cllr A Jones, Cllr B Smith\n\nITEM 3: PART 8 ACTIVE "
	    "TRAVEL SCHEME,\n\nCLONROAD TO CLARECASTLE\n\nMr. Meade gave a "
	    "presentation.\n\nITEM 4: CLOSE\n\nThe meeting closed.\n";
	read_buf("caps-wrap.md", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->title,
	    "Part 8 Active Travel Scheme, Clonroad to Clarecastle"),
	    "minutes_should_join_a_title_in_capitals_broken_after_a_comma");
	got_free(&g);

	/* minutes in a table, as CMIS and Word set them */
	txt = "<html><head><title>CMIS &gt; Meetings &gt; Cabinet</title>"
	    "</head><body><h2>Cabinet</h2><div class=\"WordSection1\"><p>"
	    "<b>SOUTHMOOR COUNTY COUNCIL</b></p><p><b>CABINET</b></p><p>"
	    "Minutes of a meeting of the Cabinet held on Thursday 16 January "
	    "2025.</p><table><tr><td><p><b>Present:</b></p></td><td><p>"
	    "Councillor L Taylor (Chairman)</p></td></tr><tr><td><p><b>83</b>"
	    "</p></td><td><p><b>Apologies for Absence</b></p><p>There were "
	    "none.</p></td></tr><tr><td><p><b>84</b></p></td><td><p><b>Town "
	    "Deal</b></p><p>DECISION:</p><p>1.<span>&nbsp;&nbsp;&nbsp; </span>"
	    "To approve the business cases.</p><p>2.<span>&nbsp;&nbsp;&nbsp; "
	    "</span>To delegate authority to the Director.</p></td></tr><tr>"
	    "<td><p><b>85</b></p></td><td><p><b>Urgent Business</b></p><p>"
	    "There was none.</p></td></tr></table></div></body></html>\n";
	read_buf("cmis.html", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "84") &&
	    streq(g.r[1]->title, "Town Deal") &&
	    streq(g.r[1]->council, "Southmoor County Council") &&
	    streq(g.r[1]->date, "2025-01-16"),
	    "html_minutes_in_a_table_with_numbers_in_cells_are_minutes");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    strcmp(nth(g.r[1], SEC_RESOLUTION, 0)->text,
	    "To approve the business cases.") == 0,
	    "html_a_space_made_of_nbsp_parts_a_number_from_its_words");
	got_free(&g);

	/* a board's members present in a table, untitled, then asking */
	txt = "<html><body><main><h1>Health and Wellbeing Board: minutes - "
	    "23 January 2025</h1><p>Wrekinshire Council</p><h2>Present</h2>"
	    "<table><tr><th>Name</th><th>Representing</th></tr><tr><td>"
	    "Councillor K Hurst-Knight</td><td>Chair</td></tr><tr><td>Lynn "
	    "Cawley</td><td>Chief Officer, Healthwatch Wrekinshire</td></tr>"
	    "</table><h2>1. Apologies</h2><p>There were none.</p><h2>2. "
	    "Strategy Update</h2><p>The Director of Public Health presented "
	    "the "
	    "update.</p><p>Lynn Cawley asked how the views of residents had "
	    "been used. The Director of Public Health said that the surveys "
	    "had "
	    "informed the priorities.</p><h2>3. Close</h2><p>None.</p></main>"
	    "</body></html>\n";
	read_buf("hwb.html", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->committee, "Health and Wellbeing Board"),
	    "html_minutes_should_read_the_committee_before_colon_minutes");
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "l cawley") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_take_an_untitled_member_present_as_asking");
	got_free(&g);

	/* a ModernGov item page: "(Item 97.)", "Decision maker:" alone */
	txt = "<html><body><div id=\"modgov\"><h1>Agenda item</h1><h2>Housing "
	    "Business Plan</h2><p>Meeting: 11/02/2025 - Cabinet (Item 97.)</p>"
	    "<h2>Decision maker:&nbsp;</h2><p>Cabinet</p><p>To consider the "
	    "plan.</p><h2>Minutes:</h2><p>Question from Mr Smith: When will "
	    "the works start?</p><p>Response from the Mayor: In June.</p><p>"
	    "RESOLVED: That the plan be approved.</p></div></body></html>\n";
	read_buf("mgai.html", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->item, "97") &&
	    streq(g.r[0]->committee, "Cabinet") &&
	    streq(g.r[0]->purpose, "To consider the plan."),
	    "html_item_page_should_read_item_97_and_a_label_alone");
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "mayor"),
	    "html_item_page_should_read_a_response_from_the_mayor");
	got_free(&g);

	/* a cabinet's page: "Decision:" over an HTML list, the meeting's
	 * line in a table */
	txt = "<html><body><div id=\"modgov\"><h1>Agenda item</h1><h2>Bus "
	    "Service Plan</h2><table><tr><th>Meeting:</th><td>05/09/2024 - "
	    "Cabinet (Item 7.)</td></tr></table><h3>Decision:</h3><div><p>"
	    "Cabinet:</p><ol><li>Approved the programme of schemes.</li><li>"
	    "Noted that a further report would follow.</li></ol></div><h3>"
	    "Minutes:</h3><div><p>Councillor Swarbrick presented the report."
	    "</p></div></div></body></html>\n";
	read_buf("mgdec.html", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->committee, "Cabinet") &&
	    streq(g.r[0]->date, "2024-09-05") && streq(g.r[0]->item, "7"),
	    "html_item_page_should_read_the_meeting_from_a_table_row");
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 2) == NULL &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 0)->text, "Approved the") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "noted"),
	    "html_item_page_should_read_a_decision_list_point_by_point");
	got_free(&g);

	/* "Decision:" over "That the Executive recommends to the County
	 * Council:" and its list: the points are recommended */
	txt = "<html><body><div id=\"modgov\"><h1>Agenda item</h1><h2>Council "
	    "Budget</h2><p>Meeting: 04/02/2025 - Executive (Item 66.)</p><h3>"
	    "Decision:</h3><div><p>That the Executive recommends to the County "
	    "Council:</p><ol><li>the revenue budget for 2025/26;</li><li>the "
	    "capital programme.</li></ol></div><h3>Minutes:</h3><div><p>The "
	    "Leader presented the report.</p></div></div></body></html>\n";
	read_buf("mgrec.html", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "recommended") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "recommended"),
	    "html_item_page_should_recommend_the_points_a_lead_recommends");
	got_free(&g);

	/* interests declared by other names are routine */
	txt = "FELLSIDE COUNCIL\nMinutes of the Cabinet held on 5 March 2025"
	    "\n\nPresent: Councillor A Barker\n\n12. Disclosable Pecuniary "
	    "Interests\n\nNone.\n\n13. Conflict of Interest Declarations\n\n"
	    "None.\n\n14. Budget\n\nThe budget was approved.\n";
	read_buf("routine.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && g.r[0]->routine && g.r[1]->routine && !g.r[2]->routine,
	    "minutes_should_find_interests_items_routine_by_other_names");
	got_free(&g);

	/* "negatived", "resolved by a majority to:", "Further RESOLVED
	 * that:-", "noted its work plan" */
	txt = "WESTBRIDGE CITY COUNCIL\n\nMinutes of the Meeting of the "
	    "Council held on 6 March 2024\n\nPresent: Councillor Shaw, "
	    "Councillor Baker\n\n8. NOTICE OF MOTION\n\nIt was moved by "
	    "Councillor Richard Shaw, seconded by Councillor Penny Baker, that "
	    "this Council resolves to freeze all allowances.\n\nThe Motion "
	    "was put to the vote and was negatived.\n\n9. SCHOOL TRANSPORT\n"
	    "\nIt was resolved by a majority to:\n\na)    approve the "
	    "transport policy; and\n\nb)    approve a post-16 charge.\n\n"
	    "Further RESOLVED that:-\n\n(e)  the comments of the Committee be "
	    "noted; and\n\n(f)  authority be delegated to the Director.\n\n"
	    "10. WORK PLAN\n\nThe committee noted its work plan. Members "
	    "requested that an item be added.\n";
	read_buf("negatived.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "a_motion_negatived_should_be_lost");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 3) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "delegated") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "resolved_by_a_majority_and_further_resolved_should_decide");
	ok(g.n == 3 && nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->outcome, "noted"),
	    "noting_its_work_plan_should_decide");
	got_free(&g);

	/* "County" / "Councillor X" across a line's end; the
	 * recommendation's movers over the vote and "Resolved that" */
	txt = "WESTSHIRE COUNTY COUNCIL\n\nMinutes of the meeting of County "
	    "Council held on 24 October 2024\n\nPresent: County Councillor "
	    "L. Dymock\n\n7. TREASURY MANAGEMENT\n\nThe recommendation was "
	    "proposed by County Councillor Ben Callard and seconded by County\n"
	    "Councillor Mary Ann Brocklesby.\n\nUpon being put to the vote, "
	    "the motion was carried unanimously.\n\nResolved that Council "
	    "accepts the Treasury Management Report.\n";
	read_buf("county-wrap.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Ben Callard") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Mary Ann Brocklesby") &&
	    contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "accepts"),
	    "the_recommendations_movers_should_move_the_decision_under_them");
	got_free(&g);

	/* Ontario's eSCRIBE: "(Pauls/Osei)" alone over "That ...", and
	 * "Result: MOTION, CARRIED by a vote of 15 to 0, as follows:" */
	txt = "CITY OF BRANTLEY\n\nCity Council MINUTES 24-004\nWednesday, "
	    "February 28, 2024\n\nPresent: Mayor A. Whitlock\n\n4.1 Minutes"
	    "\n\n(Pauls/Osei)\n\nThat the Minutes of the February 14, 2024 "
	    "meeting be approved.\n\nResult: MOTION, CARRIED by a vote of 15 "
	    "to 0, as follows:\n\n4.2 Winter Response\n\n(Osei/Pauls)\n\n"
	    "That the strategy be extended.\n\nResult: MOTION, DEFEATED by a "
	    "vote of 3 to 12, as follows:\n";
	read_buf("escribe.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && count_type(g.r[0], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer, "Pauls") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder, "Osei") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL &&
	    count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "surnames_over_a_motion_and_its_result_should_move_and_decide_it");
	got_free(&g);

	/* Saskatchewan: "X moved, seconded by Y, AND IT WAS RESOLVED,
	 * that ...", "X moved, in amendment, seconded by Y, that ..." */
	txt = "AT REGINA, SASKATCHEWAN, WEDNESDAY, JANUARY 24, 2024\nAT A "
	    "MEETING OF CITY COUNCIL\n\nPresent: Mayor S. Marchand\n\n1. "
	    "Confirmation of Agenda\n\nCouncillor Jason Hnatiuk moved, seconded "
	    "by Councillor Rachel Wiebe, AND IT WAS RESOLVED, that the agenda be "
	    "approved.\n\n2. Patio Program\n\nCouncillor Dan Fiorentino moved, "
	    "in amendment, seconded by Councillor Terina Lafontaine, that "
	    "recommendation #1 be amended.\n\nThe amendment was put and "
	    "declared LOST.\n";
	read_buf("regina.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Jason Hnatiuk") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Rachel Wiebe") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Dan Fiorentino") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "a_mover_before_moved_and_a_comma_should_move");
	got_free(&g);

	/* New South Wales: "RESOLVED on the motion of X, seconded Y
	 * that:" over its points; the minute's number at the margin and
	 * "COUNCIL'S RESOLUTION –" before it */
	txt = "KELLYVILLE CITY COUNCIL\n\nMinutes of the Ordinary Meeting held "
	    "on 12 June 2024\n\nPresent: Councillor Diaz\n\n7.1 DEVELOPMENT "
	    "APPLICATION\n\nRESOLVED on the motion of Councillor Quilkey, "
	    "seconded Councillor Diaz that:\n\n1.     Development Application "
	    "DA-23-01876 be approved.\n2.     Objectors be advised of Council's "
	    "decision.\n\n7.2 CALL OF THE AGENDA\n\n        33       "
	    "COUNCIL\xe2\x80\x99S RESOLUTION \xe2\x80\x93 RESOLVED on the "
	    "motion of Councillor Tregear seconded\n                 "
	    "Councillor Aylward that all speakers be thanked.\n";
	read_buf("nsw-resolved.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Quilkey") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Diaz") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "resolved_on_the_motion_of_should_lead_in_to_its_points");
	ok(g.n == 2 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Tregear") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "a_councils_resolution_at_the_margin_should_be_decided");
	got_free(&g);

	/* Northern Ireland: "Proposed by X" / "Seconded by Y" / "-    that
	 * ..." */
	txt = "GLENSHANE BOROUGH COUNCIL\n\nMinutes of the Environmental "
	    "Services Committee held on Tuesday 11 February 2025\n\nPresent: "
	    "Councillor Wallace\n\n3. MINUTES\n\nProposed by Councillor "
	    "Wallace\nSeconded by Alderman Kane\n-    that the minutes of the "
	    "meeting held Tuesday 14\n     January 2025 are confirmed as a "
	    "correct record.\n\nThe Chair put the motion to the Committee to "
	    "vote.\n";
	read_buf("ni-dash.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 0)->text, "that the minutes") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Wallace") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "a_dash_before_that_under_movers_lines_should_be_the_motion");
	got_free(&g);

	/* Scotland: the quoted motion under "The Committee considered the
	 * following motion submitted by X:-" or "(i) Motion from X and Y",
	 * then "X, seconded by Y, moved the motion." */
	txt = "KINGSFORTH COUNCIL\n\nPolicy Committee\n\n14 November 2024\n\n"
	    "Present: Councillor Gary Guichan\n\n135.   NOTICE OF MOTION\n\n"
	    "       The Committee considered the following motion submitted by "
	    "Councillor Gary Guichan:-\n\n       \"The Committee agrees that the "
	    "Convener should write to the Cabinet Secretary.\"\n\n       "
	    "Councillor Gary Guichan, seconded by Councillor Jonny Tepp, moved "
	    "the motion.\n\n136.   MOTIONS\n\n(i)   Motion from Ms T Collier "
	    "and Mr M Reiss\n\n\"The Council agrees that the Leader writes to "
	    "the Cabinet Secretary.\"\n\nMs T Collier, seconded by Mr M Reiss, "
	    "moved the motion.\n";
	read_buf("scot-moved.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && count_type(g.r[0], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 0)->text, "The Committee") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Jonny Tepp") &&
	    count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "The Council") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Ms T Collier"),
	    "a_quoted_motion_under_its_lead_should_be_moved_from_below");
	got_free(&g);

	/* ... its lead-in wrapped at the member's name */
	txt = "KINGSFORTH COUNCIL\n\nPolicy Committee\n\n14 November 2024\n\n"
	    "Present: Councillor Gary Guichan\n\n135.   NOTICE OF MOTION\n\n"
	    "       The Committee considered the following motion submitted by "
	    "Councillor\n       Gary Guichan:-\n\n       \"The Committee agrees "
	    "that the Convener should write to the Cabinet Secretary.\"\n\n"
	    "       Councillor Gary Guichan, seconded by Councillor Jonny Tepp, "
	    "moved the motion.\n";
	read_buf("scot-wrapped.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 0)->text, "The Committee agrees") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Jonny Tepp"),
	    "a_quoted_motion_under_a_wrapped_lead_should_be_moved_from_below");
	got_free(&g);

	/* "(C)" and "(R)" by the names: in the chamber or remote, no
	 * initials; an office with "+" in it answers */
	txt = "GLENSHANE BOROUGH COUNCIL\n\nMINUTES OF THE PROCEEDINGS OF THE "
	    "ENVIRONMENTAL SERVICES COMMITTEE HELD ON TUESDAY 11 FEBRUARY 2025"
	    "\n\nCommittee Members    Aldermen Fielding (C), Kane (C), Millar "
	    "(R)\nPresent:             Councillors Archibald (C), Wallace (R)"
	    "\n\n1. PITCH\n\nAlderman Kane asked about the cost. The Director "
	    "Infrastructure + Works advised that it was within budget.\n";
	read_buf("presence.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "kane") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role,
	    "Director Infrastructure + Works"),
	    "presence_marks_should_be_no_initials_and_plus_an_office_word");
	got_free(&g);

	/* Wales: "From County Councillor X to County Councillor Y, Cabinet
	 * Member for Z" over the quoted question and the reply; a
	 * question deferred is a note */
	txt = "WESTSHIRE COUNTY COUNCIL\n\nMinutes of the meeting of County "
	    "Council held on 24 October 2024\n\nPresent: County Councillor "
	    "L. Dymock\n\n11.1. From County Councillor Tony Kear to County "
	    "Councillor Angela Sandles, Cabinet\n      Member for Equalities\n"
	    "\n\"Can the Cabinet Member provide an update on digital "
	    "services?\"\n\nCounty Councillor Sandles responded that 61% of "
	    "requests were made online.\n\n11.2. From County Councillor "
	    "Jackie Strong to County Councillor Martyn Groucutt, Cabinet Member "
	    "for Education\n\nThis question was deferred to the next meeting "
	    "of Council.\n";
	read_buf("from-to.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "t kear") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "a sandles") &&
	    nth(g.r[1], SEC_QUESTION, 0) == NULL,
	    "a_heading_from_one_member_to_another_should_label_the_question");
	got_free(&g);

	/* a motion moved and seconded by no one named, then its vote: "...
	 * this was not agreed by the majority present."; a deferral
	 * proposed and not seconded */
	txt = "PENRHOS COUNTY BOROUGH COUNCIL\n\nMinutes of the Planning "
	    "Committee held on 4 December 2024\n\nPresent: Councillor Kent\n"
	    "\n6. APPLICATION 24/0123/FULL\n\nIt was moved and seconded that "
	    "the application be refused.\n\nBy way of Microsoft Forms and "
	    "verbal confirmation (and in noting there were 5 For, 7\nAgainst "
	    "and 0 Abstentions) this was not agreed by the majority present.\n"
	    "\n7. SITE\n\nCllr Steward proposed deferral to allow a site "
	    "visit. This was not seconded.\n";
	read_buf("not-agreed.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Steward"),
	    "a_motion_not_agreed_by_the_majority_should_be_lost");
	got_free(&g);

	/* an office with a comma at a line's end answers; "Approved this
	 * 17th day of October, 2024." signs the minutes */
	txt = "HOLLINS COUNCIL\n\nMinutes of the Cabinet held on 25 March "
	    "2024\n\nPresent: Mayor Woodley\n\n8.2 BUDGET\n\nCllr Smith "
	    "asked about reserves. The Group Director,\nFinance and Corporate "
	    "Resources explained that reserves were adequate.\n\nApproved "
	    "this 17th day of October, 2024.\n";
	read_buf("office-wrap.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role,
	    "Group Director, Finance and Corporate Resources") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) == NULL,
	    "an_office_wrapped_at_its_comma_should_answer_and_signing_decide_nothing");
	got_free(&g);

	/* an office's bracket at the next line's start */
	txt = "KINCARDINE COUNCIL\n\nMinute of Meeting of the Infrastructure "
	    "Services Committee held on 5 September 2024\n\nPresent: "
	    "Councillor Ewenson\n\n5. ROADS\n\nIn response to a question from "
	    "Councillor Ewenson on the cost of bitumen, the Head of Service\n"
	    "(Roads and Infrastructure) advised that prices had stabilised.\n";
	read_buf("office-bracket.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role,
	    "Head of Service (Roads and Infrastructure)"),
	    "an_office_whose_bracket_opens_the_next_line_should_answer");
	got_free(&g);

	/* "## C56-2024 QUESTIONS": the minute and its year; "**Response**"
	 * alone a label, no heading */
	txt = "# Minutes of the County Council held on 24 October 2024\n\n"
	    "Present: County Councillor J Charlton\n\n## C55-2024 APOLOGIES\n"
	    "\nNone.\n\n## C56-2024 QUESTIONS FROM MEMBERS OF THE PUBLIC\n\n"
	    "### Question from Mr Hywel Morgan, Llanidloes, to the Cabinet "
	    "Member for a Greener Powys\n\n> \"Will the Cabinet Member explain "
	    "the plastics collection?\"\n\n**Response**\n\n> \"The results "
	    "are being evaluated.\"\n";
	read_buf("powys.md", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->item, "C55-2024") && g.r[0]->routine &&
	    streq(g.r[1]->item, "C56-2024") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "a_minute_with_its_year_and_a_bold_response_label");
	got_free(&g);

	/* an office with its portfolio in brackets, in an apposition */
	txt = "Minutes of the meeting of the Council held on 3 June 2024\n\n"
	    "Present: Councillor E Cutts\n\n67. QUESTIONS\n\nMr Daniel Oyelaran "
	    "asked the following question: \"How much has the Council spent "
	    "on agency staff?\"\n\nCouncillor Ella Cutts, Deputy City Mayor "
	    "(Social Care and Anti-Poverty), responded that it was 6.2m.\n";
	read_buf("bracket-portfolio.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "e cutts") &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role,
	    "Deputy City Mayor (Social Care and Anti-Poverty)"),
	    "an_office_with_its_portfolio_in_brackets_should_answer");
	got_free(&g);

	/* the chair of a committee whose name is a list, commas in it */
	txt = "Minutes of the meeting of the Council held on 3 June 2024\n\n"
	    "5. PUBLIC QUESTIONS\n\nPeter Aldous asked how much the parking "
	    "charges had raised.\n\nCouncillor Nadia Ferris, Chair of the "
	    "Streets, Waste and Climate Policy Committee, replied that they "
	    "had raised 2m.\n";
	read_buf("comma-committee.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_QUESTION) == 1 &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "n ferris") &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role, "Chair of the Streets, "
	    "Waste and Climate Policy Committee"),
	    "a_chair_of_a_committee_named_by_a_list_should_answer");
	got_free(&g);

	/* the member who "stated" something after a question asked
	 * outright answers it, as one who "said" */
	txt = "Minutes of the meeting of the Council held on 3 June 2024\n\n"
	    "5. PUBLIC QUESTIONS\n\nPeter Aldous asked how much the parking "
	    "charges had raised.\n\nCouncillor Nadia Ferris stated that they "
	    "had raised 2m.\n";
	read_buf("stated.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "n ferris") &&
	    nth(g.r[0], SEC_ANSWER, 0)->answers == 1,
	    "a_member_who_stated_after_a_question_should_answer");
	got_free(&g);

	/* a political group's leader, named so after a question answered,
	 * asks in turn */
	txt = "Minutes of the Cabinet held on 3 June 2024\n\nPresent: Mr P "
	    "Oakwood (Cabinet Member for Finance)\n\n61. BUDGET\n\nMr Hollis, "
	    "Leader of the Liberal Democrat Group, asked what level of reserves "
	    "was planned. Mr Oakwood explained that it was 3.5%.\n\nMr Lennox, "
	    "Leader of the Green and Independent Group, said that the savings "
	    "were short-sighted and asked the Cabinet to reconsider them. Mr "
	    "Oakwood responded that the proposals had been revised.\n";
	read_buf("group-leader.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_QUESTION) == 2 &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "lennox") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "p oakwood"),
	    "a_groups_leader_by_apposition_should_ask_not_answer");
	got_free(&g);

	/* "A number of questions were asked by Mr X ...", and the cabinet
	 * member who responded */
	txt = "Minutes of the Cabinet held on 3 June 2024\n\nPresent: "
	    "Councillor R Davies-Lloyd\n\n92. PUBLIC QUESTION TIME\n\nA "
	    "number of questions were asked by Mr Tom Preece relating to "
	    "Minute 95.\n\nCouncillor R Davies-Lloyd, Cabinet Member for "
	    "Investment, responded.\n";
	read_buf("asked-by.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "t preece") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "r davies-lloyd"),
	    "questions_asked_by_in_the_passive_should_name_the_asker");
	got_free(&g);

	/* "\u2022   In response to a question from X about ..., the committee
	 * was informed that ...": a list's point asks and answers */
	txt = "Minutes of the meeting of the Health Scrutiny Committee held on "
	    "3 June 2024\n\nPresent: County Councillor M Salter\n\n4. WINTER "
	    "PLAN\n\n\xe2\x80\xa2   In response to a question from County "
	    "Councillor Salter about the role of community\n      pharmacies, "
	    "the committee was informed that the scheme had delivered 4,000 "
	    "consultations.\n";
	read_buf("bullet-response.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "m salter") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL,
	    "a_bulleted_in_response_to_a_question_should_ask_and_answer");
	got_free(&g);

	/* "The Lord Mayor, Councillors A, B": the others present, not the
	 * Lord Mayor's name */
	txt = "Minutes of the meeting of the Council held on 3 June 2024\n\n"
	    "Present: The Lord Mayor, Councillors Adamson, Baptiste and Chen."
	    "\n\n7. ROADS\n\nCouncillor Adamson asked about potholes.\n\n"
	    "The Lord Mayor replied that repairs were planned.\n";
	read_buf("mayor-list.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "mayor") &&
	    role_of(g.r[0], "adamson") == NULL,
	    "an_office_before_a_plural_title_should_not_take_the_first_name");
	got_free(&g);

	/* "44 :    TITLE": a space before the item number's colon; the
	 * numbered points of a motion under it are no items */
	txt = "WESTMERE COUNCIL\n\nMinutes of the meeting of the County "
	    "Council held on 21 November 2024\n\nPresent: Councillor A Jones"
	    "\n\n44 :    APOLOGIES FOR ABSENCE\n\nApologies were received "
	    "from Councillor Smith.\n\n45 :    MOTION 1\n\nThis Council "
	    "notes:\n\n1.   That reports of anti-social behaviour in parks "
	    "rose by a quarter.\n\n2.   That officer numbers have fallen."
	    "\n\n46 :    URGENT BUSINESS\n\nThere was none.\n";
	read_buf("space-colon.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "44") && streq(g.r[0]->title,
	    "Apologies for Absence") && streq(g.r[1]->item, "45") &&
	    streq(g.r[1]->title, "Motion 1") && streq(g.r[2]->item, "46"),
	    "an_item_number_with_a_space_before_its_colon_should_head_items");
	got_free(&g);

	/* titles wrapped: four lines in capitals, the years alone on the
	 * next line, and title case cut at a narrow page's width */
	txt = "EASTBRIDGE COUNCIL\n\nMinutes of the Strategic Planning Board "
	    "held on 24 April 2024\n\nPresent: Councillor A Jones\n\n71     "
	    "23/2861C - OUTLINE APPLICATION FOR THE ERECTION OF UP TO 190\n"
	    "       DWELLINGS, PUBLIC OPEN SPACE, LANDSCAPING AND ASSOCIATED\n"
	    "       INFRASTRUCTURE WITH ALL MATTERS RESERVED EXCEPT FOR ACCESS,"
	    "\n       LAND OFF OLD MILL ROAD, SANDBACH FOR BLOOR HOMES\n\nThe "
	    "Board considered the report.\n\n72     TREASURY MANAGEMENT "
	    "STRATEGY STATEMENT\n       2025/26\n\nThe strategy was noted.\n"
	    "\n73       Outcome of Statutory Notice on a Proposal to Expand "
	    "Primary\n         Provision at Beechwood Primary School\n"
	    "         The Director of Children and Families submitted a\n"
	    "         report which presented the outcome of a statutory\n"
	    "         notice on a proposal to expand the provision.\n";
	read_buf("wrapped-titles.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title, "23/2861C - Outline Application "
	    "for the Erection of Up to 190 Dwellings, Public Open Space, "
	    "Landscaping and Associated Infrastructure with All Matters "
	    "Reserved Except for Access, Land Off Old Mill Road, Sandbach "
	    "for Bloor Homes") && streq(g.r[1]->title,
	    "Treasury Management Strategy Statement 2025/26") &&
	    streq(g.r[2]->title, "Outcome of Statutory Notice on a Proposal "
	    "to Expand Primary Provision at Beechwood Primary School") &&
	    nth(g.r[2], SEC_DISCUSSION, 0) != NULL &&
	    starts(nth(g.r[2], SEC_DISCUSSION, 0)->text, "The Director"),
	    "titles_wrapped_over_lines_should_be_read_whole");
	got_free(&g);

	/* a running header naming the next meeting's date over the
	 * heading: the meeting's own date is the heading's */
	txt = "                    Draft minutes to be approved at the meeting\n"
	    "                    to be held on Wednesday, 18th September, 2024"
	    "\n\n                 EXECUTIVE BOARD\n\n          WEDNESDAY, "
	    "17TH JULY, 2024\n\nPRESENT:   Councillor J Lewis in the Chair\n"
	    "\n18       Late Items\n         There were no late items.\n\n"
	    "19       Declarations of Interest\n         There were no "
	    "interests declared at the meeting.\n\n20       Minutes\n"
	    "         RESOLVED - That the minutes be approved.\n";
	read_buf("next-meeting.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->date, "2024-07-17"),
	    "a_heading_should_not_date_the_meeting_by_the_next_one");
	got_free(&g);

	/* "REPORT 2023/24" on the line under a title in capitals is the
	 * title's end, no minute's reference */
	txt = "EASTBRIDGE COUNCIL\n\nMinutes of the Executive held on 16 July "
	    "2024\n\nPresent: Councillor A Jones\n\n23. CUMBERLAND PLAN - "
	    "ANNUAL PROGRESS\nREPORT 2023/24\n\nCllr Fryer introduced the "
	    "report.\n\n24. CARLISLE SOUTHERN LINK ROAD\n\nThe Executive "
	    "noted the report.\n";
	read_buf("wrapped-year.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->item, "23") && streq(g.r[0]->title,
	    "Cumberland Plan - Annual Progress Report 2023/24") &&
	    streq(g.r[1]->item, "24"),
	    "a_title_wrapped_before_its_year_is_no_minute_reference");
	got_free(&g);

	/* an application's heading in capitals that runs on, after a
	 * dash, to its reference and its ward in brackets */
	txt = "EASTBRIDGE COUNCIL\n\nMinutes of the Planning Committee held on "
	    "21 February 2024\n\nPresent: Councillor A Jones\n\n6.      "
	    "NORTH LONDON BUSINESS PARK, OAKLEIGH ROAD SOUTH, LONDON N11 1GN -"
	    "\n        23/4412/RMA (Coppetts)\n\n        The officer presented "
	    "the report.\n\n7.      FLAT A, 48 ROCHESTER PLACE\n\n        The "
	    "application was refused.\n";
	read_buf("ward.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->title, "North London Business Park, "
	    "Oakleigh Road South, London N11 1GN - 23/4412/RMA (Coppetts)") &&
	    streq(g.r[1]->title, "Flat A, 48 Rochester Place"),
	    "an_applications_heading_should_run_on_to_its_ward");
	got_free(&g);

	/* "The Chairman declared the meeting closed at ..." and "The
	 * meeting rose at ..." end the last item: an appendix after them
	 * is an annex */
	txt = "EASTBRIDGE COUNCIL\n\nMinutes of the County Council held on 16 "
	    "May 2024\n\nPresent: Councillor A Jones\n\n9. MOTIONS\n\nThe "
	    "motion was carried.\n\n10. QUESTIONS\n\nNo questions were "
	    "received.\n\nThe Chairman declared the meeting closed at 2.47 pm."
	    "\n\n\nCHAIRMAN\n\n\nAPPENDIX A - WRITTEN QUESTIONS\n\n"
	    "Question to the Cabinet Member for Transport from Councillor "
	    "Smith\n\nWhen will the road be repaired?\n";
	read_buf("declared-closed.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[2]->item, "annex") &&
	    !contains(g.r[1]->sections[g.r[1]->nsections - 1].text,
	    "repaired"),
	    "the_chair_declaring_the_meeting_closed_should_end_the_last_item");
	got_free(&g);

	/* "No. 2   APOLOGIES" numbers items under a report's form whose
	 * "SUBJECT:" names the meeting; "No. 1" alone over a line, and
	 * "No. 11 - Sold", are a list's entries */
	txt = "COUNTY BOROUGH OF NANT GWYN\n\nREPORT TO:        THE "
	    "MEMBERS OF THE COUNCIL\n\nSUBJECT:          COUNCIL \xe2\x80\x93 "
	    "23RD JANUARY, 2025\n\nPRESENT:          COUNCILLOR J. HILL\n\n"
	    "ITEM    SUBJECT\n\nNo. 1   APOLOGIES\n\n        Apologies were "
	    "received from Councillor M. Day.\n\nNo. 2   COUNCIL TAX BASE "
	    "2025/2026\n\n        The report was noted. The items were:\n\n"
	    "No. 1\n        Minutes.\n\nNo. 11 \xe2\x80\x93 Sold to a private "
	    "buyer.\n\nNo. 3   EXCLUSION OF PRESS AND PUBLIC\n\n        "
	    "RESOLVED that the public be excluded.\n";
	read_buf("no-items.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "1") && g.r[0]->routine &&
	    streq(g.r[1]->title, "Council Tax Base 2025/2026") &&
	    streq(g.r[2]->item, "3") && streq(g.r[2]->committee, "Council") &&
	    g.r[2]->council != NULL && strstr(g.r[2]->council, "Nant Gwyn") &&
	    streq(g.r[2]->date, "2025-01-23"),
	    "items_numbered_no_and_a_subject_label_naming_the_meeting");
	got_free(&g);

	/* New Zealand: "On the motion of Councillors A and B it was
	 * resolved that the Council:" over points; "It was moved
	 * (Councillors C/D):" over the motion */
	txt = "TARAWERA DISTRICT COUNCIL\n\nMinutes of an ordinary meeting held "
	    "on 29 February 2024\n\nPresent: Councillor Ainsworth\n\n4. PLAN"
	    "\n\nOn the motion of Councillors Ainsworth and Gorman it was "
	    "resolved that the Council:\n\n1.   Note the contents of this "
	    "report; and\n\n2.   Approve the plan.\n\n5. LEASE\n\nIt was "
	    "moved (Councillors McAllister/Bellamy):\n\nThat the Council "
	    "approve the lease.\n\nThe motion was put and CARRIED.\n";
	read_buf("nz-motion.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Gorman") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor McAllister") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Bellamy"),
	    "councillors_a_and_b_should_move_and_second");
	got_free(&g);

	/* "On a motion from X, seconded by Y, it was" / "RESOLVED ...";
	 * "The Committee approved and adopted the minutes ..."; Legistar's
	 * "A motion offered by X, duly seconded by Y, that ..., failed by
	 * the following vote:" */
	txt = "AVONMEAD COUNCIL\n\nMinutes of the Council held on 13 February "
	    "2025\n\nPresent: Councillor Kevin Guy\n\n81. BUDGET\n\nOn a "
	    "motion from Councillor Kevin Guy, seconded by Councillor Sarah "
	    "Warren, it was\n\nRESOLVED that the budget be approved.\n\n82. "
	    "MINUTES\n\nThe Committee approved and adopted the minutes of the "
	    "meeting of 10 January.\n\n83. LICENCE\n\nA motion offered by "
	    "Council Member Flynn, duly seconded by Council Member Sawyer, that "
	    "Council Bill 24-0221 be amended, failed by the following vote:\n"
	    "\nAye: Flynn, Sawyer (2)\nNay: Torres, Hinds (2)\n";
	read_buf("motion-from.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Kevin Guy") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->proposer,
	    "Council Member Flynn") &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "a_motion_from_or_offered_by_should_move_and_adopted_decide");
	got_free(&g);

	/* officials listed "Name, Office, Name, Office": each office the
	 * name's before it, not the one after */
	txt = "CLONARD COUNTY COUNCIL\n\nMinutes of the meeting of Clonard "
	    "County Council held on 4 November 2024\n\nPresent: Cllr. Keenan"
	    "\n\nIn attendance: Mr. R. Cullinan, Chief Executive, Mr. P. "
	    "Clifford, Director of Services, Ms. A. Byrne, Head of Finance.\n\n"
	    "4. REPORT\n\nCllr. Keenan asked about the roads. The Chief "
	    "Executive replied that work was under way.\n";
	read_buf("officials-list.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "r cullinan"),
	    "an_office_in_a_list_should_be_the_name_before_its");
	got_free(&g);

	/* Queensland: "RESOLUTION" / "Moved by Cr X" / "Seconded by Cr Y" /
	 * "CARRIED 13/0" over the motion's words */
	txt = "# BRAMBLE BAY CITY COUNCIL\n\nGENERAL MEETING MINUTES Wednesday "
	    "22 May 2024\n\nPresent: Cr Sandra Ruck\n\n## 5 CONFIRMATION OF "
	    "MINUTES\n\n**RESOLUTION**\n\nMoved by Cr Sandra Ruck\nSeconded "
	    "by Cr Darren Grimwade\n\n**CARRIED 13/0**\n\nThat the minutes be "
	    "confirmed.\n\n## 6 PETITIONS\n\n**RESOLUTION**\n\nMoved by Cr "
	    "Mark Booth\nSeconded by Cr Jodie Shipway\n\n**LOST 3/10**\n\n"
	    "That the petition be received.\n";
	read_buf("qld-result.md", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && count_type(g.r[0], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 0)->text, "That the minutes") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Sandra Ruck") &&
	    count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "a_result_before_the_motions_words_should_decide_them");
	got_free(&g);

	/* "Reply" alone on its line, a blank line, then the written reply
	 * under the question */
	txt = "STAFFORD VALE COUNCIL\n\nMinutes of the meeting of the County "
	    "Council held on 13 February 2025\n\nPresent: Councillor Woodward"
	    "\n\n67. QUESTIONS\n\nCouncillor Susan Woodward asked the "
	    "following question:-\n\n\"How many defects were outstanding?\"\n"
	    "\nReply\n\n\"On 31 January 2025 there were 1,912.\"\n";
	read_buf("reply-alone.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->text, "1,912") &&
	    !contains(nth(g.r[0], SEC_ANSWER, 0)->text, "Reply"),
	    "reply_alone_over_a_blank_line_should_label_the_answer");
	got_free(&g);

	/* a Markdown motion in italics and single quotes, *'...'*: the
	 * quotation, no stars */
	txt = "# Minutes of the County Council held on 20 March 2024\n\n"
	    "Present: Councillor C Kay\n\n## 9 Motions on Notice\n\n"
	    "Councillor C Kay has given notice of the following motion:\n\n"
	    "*'This Council recognises the value of local bus services.'*\n\n"
	    "Moved by Councillor C Kay, **Seconded** by Councillor T Smith."
	    "\n\nThe motion was lost.\n";
	read_buf("md-italic-motion.md", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 0)->text, "'This Council") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor T Smith") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "an_italic_single_quoted_motion_should_be_the_motion");
	got_free(&g);

	/* a reply that names a place; an officer objecting */
	txt = "LIMERICK CITY AND COUNTY COUNCIL\n\nMinutes of Meeting of the "
	    "Metropolitan District held on 18th April 2016\n\nPresent: "
	    "Councillor Collins\n\n7. Question submitted by Councillor "
	    "Collins\n\nI will ask when Carragh Avenue will be resurfaced."
	    "\n\nREPLY: A section of Carragh Avenue was resurfaced in October "
	    "2015.\n\nCarragh Ave is not on the resurfacing programme.\n\n8. "
	    "Licence Review\n\nCouncillor Byrne asked about noise. The "
	    "Licensing Officer replied that there had been two complaints.\n\n"
	    "PC Lomas, for the Police, objected to the extension of hours.\n";
	read_buf("place.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[0], SEC_ANSWER, 1) == NULL &&
	    strstr(nth(g.r[0], SEC_ANSWER, 0)->text, "Carragh Ave is") != NULL
	    && g.r[0]->nspeakers == 1,
	    "minutes_should_not_take_a_place_that_is_for_a_speaker");
	ok(g.n == 2 && nth(g.r[1], SEC_ANSWER, 1) == NULL &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_DISCUSSION, 0)->speaker_key, "lomas"),
	    "minutes_should_not_take_an_officer_objecting_for_an_answer");
	got_free(&g);

	/* a title in capitals running on to a second line */
	txt = "HACKNEY COUNCIL\nMinutes of the Licensing Sub-Committee held on "
	    "5 November 2024\n\nPresent: Councillor Smyth (Chair)\n\n4       "
	    "APPLICATION FOR A NEW PREMISES LICENCE - ANATOLIA\n        "
	    "KITCHEN,"
	    " 112 DALSTON LANE\n\nThe Chair introduced the hearing.\n\n5       "
	    "ANY OTHER BUSINESS\n\nNone.\n";
	read_buf("wrap.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->title, "Application for a New Premises "
	    "Licence - Anatolia Kitchen, 112 Dalston Lane") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    strncmp(nth(g.r[0], SEC_DISCUSSION, 0)->text, "The Chair", 9) ==
	    0, "minutes_should_read_a_title_in_capitals_over_two_lines");
	got_free(&g);

	/* adjourning the meeting puts nothing off; adjourning an item does */
	txt = "FELLSIDE COUNCIL\nMinutes of the Council held on 5 March 2025"
	    "\n\nPresent: Councillor A Barker\n\n1. Vote of Sympathy\n\nIt "
	    "was agreed to adjourn the meeting for fifteen minutes as a mark "
	    "of respect.\n\n2. Planning Appeal\n\nIt was agreed that the item "
	    "be adjourned to the next meeting.\n";
	read_buf("adjourn.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "deferred"),
	    "minutes_should_tell_adjourning_the_meeting_from_an_item");
	got_free(&g);

	/* a heading cut at its length limit inside a character */
	txt = "PARISH OF ST. AUBIN-DU-VAL\n\nASSEMBL\xc3\x89" "E PAROISSIALE / "
	    "PARISH ASSEMBLY\n\nMinutes of the Parish Assembly convened by the "
	    "Conn\xc3\xa9table and held at the Parish Hall on Wednesday 20th "
	    "March 2024 at 7.30 p.m.\n\nPr\xc3\xa9sid\xc3\xa9" "e par / "
	    "Presided "
	    "over by: Conn\xc3\xa9table Richard Le Brocq\n\nPresent: Deputy "
	    "Sarah Falle\n\nThe Conn\xc3\xa9table opened the Assembly and the "
	    "Parish Secretary read the notice convening the meeting, which had "
	    "been published in the Jersey Evening Post.\n\n1. "
	    "MINUTES OF THE PREVIOUS ASSEMBLY\n\n2. ACCOUNTS\n\nThe Accounts "
	    "were adopted.\n";
	read_buf("utf8cut.txt", txt, strlen(txt), &o, &g);
	{
		int valid = g.n > 0;
		size_t r;

		for (r = 0; r < g.n; r++)
			valid &= g.r[r]->title == NULL ||
			    text_utf8_valid(g.r[r]->title,
			    strlen(g.r[r]->title), NULL);
		ok(valid, "minutes_should_not_cut_a_title_inside_a_character");
	}
	got_free(&g);

	/* minute references with the year first, and in small letters */
	txt = "JOINT WASTE COMMITTEE\n\nMinutes of the meeting held on 12 "
	    "September 2024\n\nPresent: Councillor A Patel (Chair)\n\n"
	    "JWC/24/19  APOLOGIES\n\nNone.\n\nJWC/24/20  FLEET REPLACEMENT\n\n"
	    "RESOLVED: That the programme be approved.\n\nJWC/24/21  DATE OF "
	    "NEXT MEETING\n\n5 December 2024.\n";
	read_buf("jwc.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "JWC/24/20") &&
	    streq(g.r[1]->title, "Fleet Replacement"),
	    "minutes_should_read_a_reference_with_its_year_first");
	got_free(&g);
	/* numbered paragraphs labelling a written question and its reply
	 * are no sub-items */
	txt = "POLICE AND CRIME PANEL\n\nMinutes of the meeting held on 19 "
	    "June 2024\n\nPresent: Councillor A Patel (Chair)\n\n"
	    "6.  APOLOGIES\n\n6.1  None.\n\n7.  QUESTIONS TO THE "
	    "COMMISSIONER\n\n7.1  Question from Councillor Fenton:\n\xe2\x80"
	    "\x9cHow many burglaries were attended?\xe2\x80\x9d\n7.2  Response:"
	    "\n\xe2\x80\x9c" "All of them were attended.\xe2\x80\x9d\n\n8.  "
	    "PERFORMANCE\n\n8.1  The Panel noted the report.\n";
	read_buf("pcp.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "7") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    contains(nth(g.r[1], SEC_ANSWER, 0)->text, "All of them"),
	    "minutes_should_keep_numbered_question_and_reply_labels_in_the_item");
	got_free(&g);
	/* an item whose title starts with a year, "3 2024-25 Budget" */
	txt = "SCRUTINY COMMITTEE\n\nMinutes of the meeting held on 8 January"
	    " 2024\n\nPresent: Councillor A Patel (Chair)\n\n1 Declarations of"
	    " Interest\n\nNone.\n\n2 Minutes of the Previous Meeting\n\nThe "
	    "minutes were approved.\n\n3 2024-25 Budget Proposals\n\nThe "
	    "Committee noted the budget proposals.\n\n4 Forward Work "
	    "Programme\n\nThe Committee agreed the programme.\n";
	read_buf("newport.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && streq(g.r[2]->item, "3") &&
	    streq(g.r[2]->title, "2024-25 Budget Proposals"),
	    "minutes_should_read_a_title_that_starts_with_a_year");
	got_free(&g);
	/* February 2024, in the municipal year 2023/24 */
	txt = "FIRE AND RESCUE AUTHORITY\n\nMinutes of the meeting held on 19 "
	    "February 2024\n\nPresent: Councillor A Patel (Chair)\n\n"
	    "FRA/23/24  Minutes\n\nThe minutes were approved.\n\nFRA/23/25  "
	    "Urgent Items\n\nNone.\n\nFRA/23/26  Revenue Budget\n\nRESOLVED:"
	    " That the budget be approved.\n\nFRA/23/27  Pay Policy\n\n"
	    "RESOLVED: That the statement be approved.\n";
	read_buf("fra.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && streq(g.r[2]->item, "FRA/23/26") &&
	    streq(g.r[3]->title, "Pay Policy"),
	    "minutes_should_read_a_reference_of_last_years_municipal_year");
	got_free(&g);
	txt = "LLANGYNFELYN COMMUNITY COUNCIL\n\nMinutes of the meeting held "
	    "on 9 October 2024\n\nPresent: Cllr Hughes (Chair)\n\nMin 41/24 "
	    "Apologies for absence\n\nApologies were received from Cllr "
	    "Jenkins.\n\nMin 42/24 Finance\n\nThe accounts were approved.\n\n"
	    "Min 43/24 Correspondence\n\n1. One Voice Wales - training. "
	    "Noted.\n\n2. Ceredigion County Council - road closure. Noted.\n\n"
	    "3. Police - newsletter. Noted.\n\n4. Post Office - hours. Noted."
	    "\n";
	read_buf("min.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title, "Apologies for absence") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(g.r[2]->title, "Correspondence"),
	    "minutes_should_read_min_41_24_headings");
	got_free(&g);
	txt = "NORTHFOLD HOSPITALS NHS TRUST\n\nMinutes of the Board of "
	    "Directors held on 6 June 2024\n\nPresent: Dr A Shah (Chair)\n\n"
	    "BoD 24/061  Welcome and Apologies\n\nNone.\n\nBoD 24/062  "
	    "Chief Executive's Report\n\nThe Board noted the report.\n\nBoD "
	    "24/063  Any Other Business\n\nNone.\n";
	read_buf("bod.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "BoD 24/062"),
	    "minutes_should_read_a_prefix_in_capitals_and_small_letters");
	got_free(&g);
	/* a word's capital alone with the slash after it (Manchester);
	 * "Decision" and "The Executive:-" under it are no headings */
	txt = "Manchester City Council\n\nMinutes of the Executive held on 17 "
	    "July 2024\n\nExe/24/58     Minutes\n\nDecision\n\nThe Executive "
	    "approved as a correct record the minutes of the meeting held on "
	    "19 June 2024.\n\nExe/24/59     Ardwick Green Park Improvements\n\n"
	    "Decision\n\nThe Executive:-\n\n(1)   Approve a capital budget "
	    "increase of \xc2\xa3" "1.2m.\n(2)   Note the programme.\n\n"
	    "Exe/24/60     Exclusion of the Press and Public\n\nDecision\n\nTo "
	    "exclude the public.\n";
	read_buf("exe.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "Exe/24/59") &&
	    streq(g.r[1]->title, "Ardwick Green Park Improvements") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_a_prefix_capitalised_before_its_slash");
	got_free(&g);

	/* Australian resolution blocks */
	txt = "SHIRE OF KOOLUNGA RIDGE\n\nMinutes of the Ordinary Meeting of "
	    "Council held on 21 August 2024\n\nPresent: Cr Mullane (Shire "
	    "President), Cr Harcourt, Cr Ngo\n\n4. CONFIRMATION OF MINUTES\n\n"
	    "COUNCIL RESOLUTION 2024/118\nMOVED Cr Harcourt SECONDED Cr Ngo\n"
	    "THAT the Minutes of the Ordinary Meeting held on 17 July 2024 be "
	    "confirmed.\nCARRIED 7/0\n\n5. GOLF CLUB GRANT\n\nCr O'Sullivan "
	    "moved an alternative motion.\n\nCOUNCIL RESOLUTION 2024/120\n"
	    "MOVED Cr O'Sullivan SECONDED Cr Ngo\nTHAT Council contribute "
	    "$20,000 to the Golf Club.\nLOST 3/4\n\n6. CLOSURE\n\nThe meeting "
	    "closed at 4.10pm.\n";
	read_buf("au.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->council, "Shire of Koolunga Ridge") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Harcourt") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Ngo") &&
	    strncmp(nth(g.r[0], SEC_RESOLUTION, 0)->text, "THAT the Minutes",
	    16) == 0, "minutes_should_read_moved_seconded_blocks_in_capitals");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_read_lost_with_a_tally_and_no_motion_announced");
	got_free(&g);

	/* a party or council in brackets; a given name in brackets */
	txt = "JOINT WASTE COMMITTEE\n\nMinutes of the meeting held on 12 "
	    "September 2024\n\nPresent: Councillor A Patel (Chair)\n\n1. "
	    "FLEET\n\nCllr Sandhu (Northfold BC) asked about the cost. The "
	    "Director replied that it was two million.\n\nCouncillor Grewal "
	    "(Lab) moved an amendment that the fleet be electric. The "
	    "amendment was put to the vote and was lost.\n\nCouncillor Ryan "
	    "(Eddie) thanked the staff. Councillor Ryan (Martin) thanked the "
	    "Director.\n\n2. CLOSE\n\nNone.\n";
	read_buf("aff.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "sandhu") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Grewal") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_pass_over_a_party_in_brackets");
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "e ryan") &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 1)->speaker_key, "m ryan"),
	    "minutes_should_tell_two_ryans_by_given_names_in_brackets");
	got_free(&g);

	/* boards' and governors' decisions in capitals; deciding not to */
	txt = "NORTHFOLD NHS TRUST\n\nMinutes of the Board of Directors held "
	    "on 6 June 2024\n\nPresent: Dr A Shah (Chair)\n\n1. REPORTS\n\n"
	    "The Board RECEIVED the Chief Executive's report.\n\nGovernors "
	    "NOTED the Headteacher's report.\n\nThe Committee ENDORSED the "
	    "strategy.\n\nThe Committee decided not to refer the decision "
	    "back.\n\n2. CLOSE\n\nNone.\n";
	read_buf("caps.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 3) != NULL &&
	    strcmp(nth(g.r[0], SEC_RESOLUTION, 0)->text,
	    "The Board RECEIVED the Chief Executive's report.") == 0 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "noted") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 2)->outcome, "endorsed") &&
	    strstr(nth(g.r[0], SEC_RESOLUTION, 3)->text, "not to refer") !=
	    NULL, "minutes_should_read_more_decisions_in_capitals_and_not_to");
	got_free(&g);

	/* decisions in a table's rows, the last cell deciding */
	txt = "<html><body><h1>Foo District Council</h1><p>Minutes of the "
	    "meeting of the Planning Committee held on 11 June 2024</p><p>"
	    "Present: Councillor Ames (Chair)</p><h3>1. Apologies</h3><p>None."
	    "</p><h3>2. Applications</h3><table><tr><th>Application</th><th>"
	    "Recommendation</th><th>Decision</th></tr><tr><td>24/0001/FUL"
	    "</td><td>Approve</td><td>REFUSED (5 for, 3 against)</td></tr><tr>"
	    "<td>24/0002/FUL</td><td>Refuse</td><td>Withdrawn by the applicant"
	    "</td></tr></table><p>The Committee noted the appeal decisions.</p>"
	    "<h3>3. Close</h3><p>Closed.</p></body></html>\n";
	read_buf("table.html", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 2) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "refused") &&
	    strstr(nth(g.r[1], SEC_RESOLUTION, 0)->text, "0002") == NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "withdrawn") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "noted"),
	    "html_table_rows_should_be_decisions_by_their_last_cell");
	got_free(&g);

	/* surnames with particles; an asker is not the answerer's office */
	txt = "FELLSIDE COUNCIL\n\nMinutes of the Audit Committee held on 6 "
	    "June 2024\n\nPresent: Councillor Grant (Chair)\n\n1. AUDIT\n\n"
	    "In response to a question from Councillor Hartigan, the Director "
	    "of Finance confirmed that the audit was complete.\n\nCouncillor "
	    "Van der Berg asked about fees. Councillor Le Sueur asked about "
	    "dates. Councillor A. Le Sueur asked about staff.\n\n2. CLOSE\n\n"
	    "None.\n";
	read_buf("part.txt", txt, strlen(txt), &o, &g);
	{
		const struct rec_speaker *h = NULL;
		size_t z;

		for (z = 0; g.n > 0 && z < g.r[0]->nspeakers; z++)
			if (streq(g.r[0]->speakers[z].key, "hartigan"))
				h = &g.r[0]->speakers[z];
		ok(h != NULL && h->role == NULL,
		    "minutes_should_not_give_an_asker_the_answerers_office");
	}
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 3) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "vanderberg") &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker_key, "a lesueur") &&
	    streq(nth(g.r[0], SEC_QUESTION, 3)->speaker_key, "a lesueur"),
	    "minutes_should_keep_a_surnames_particles_with_it");
	got_free(&g);

	/* informal minutes headed in title case, nothing numbered */
	txt = "Auchterlony & District Community Council\n\nMinutes of meeting "
	    "held Tuesday 5th March 2024, 7.30pm, Auchterlony Village Hall\n\n"
	    "Present: Morag Strachan (Chair), Callum Urquhart (Treasurer)\n"
	    "Apologies: Jim Cowie\n\nWelcome\nMS welcomed everyone, in "
	    "particular two new residents from the Burnside development.\n\n"
	    "Police Report\nPC Grant gave the report for February: 14 calls in "
	    "the area and 6 speeding tickets issued.\n\nTreasurer's Report\n"
	    "CU reported the balance at the end of February as 3,412 pounds.\n"
	    "The report was accepted.\n\nProposed by\nCouncillor Smith and "
	    "seconded by Councillor Jones, the report was adopted.\n\nAOCB\n"
	    "The hall heating is to be checked before the next meeting.\n";
	read_buf("informal.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && streq(g.r[0]->title, "Welcome") &&
	    streq(g.r[1]->title, "Police Report") &&
	    streq(g.r[2]->title, "Treasurer's Report") &&
	    strstr(g.r[2]->sections[g.r[2]->nsections - 1].text,
	    "adopted") != NULL && !g.r[1]->routine,
	    "minutes_should_split_informal_minutes_at_title_case_headings");
	got_free(&g);

	/* an ACTION line is a note of its own, not more of the answer */
	txt = "NORTHFOLD ACADEMY TRUST\n\nMinutes of the Local Governing Body "
	    "held on 6 June 2024\n\nPresent: Mrs A Shah (Chair)\n\n1. "
	    "HEADTEACHER REPORT\n\nMrs Kerr asked about attendance. The "
	    "Headteacher replied that it was 94 per cent.\nACTION: Headteacher "
	    "to circulate the attendance data.\n\n2. CLOSE\n\nIt was agreed "
	    "that the meeting be adjourned at 7.48 pm.\n";
	read_buf("action.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    strstr(nth(g.r[0], SEC_ANSWER, 0)->text, "ACTION") == NULL &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    strncmp(nth(g.r[0], SEC_DISCUSSION, 0)->text, "ACTION:", 7) == 0,
	    "minutes_should_keep_an_action_line_apart");
	ok(g.n == 2 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "agreed"),
	    "minutes_should_agree_that_the_meeting_be_adjourned");
	got_free(&g);

	/* a recorded vote between a motion and its result */
	txt = "CITY OF BRANDON\n\nMinutes of the Regular Council Meeting held "
	    "on 4 November 2024\n\nPresent: Mayor Thibodeau, Councillors "
	    "MacInnis and Lindqvist\n\n6. REPORTS\n\nMoved by: Councillor "
	    "MacInnis\nSeconded by: Councillor Lindqvist\nThat the Riverside "
	    "Rink be closed.\nYeas (2): Councillor MacInnis, and Councillor "
	    "Lindqvist\nNays (4): Mayor Thibodeau, Councillor Okafor, "
	    "Councillor Berube, and Councillor Chen\nDefeated (2 to 4)\n\n7. "
	    "ADJOURNMENT\n\nNone.\n";
	read_buf("ca.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->council, "City of Brandon") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_lose_a_motion_defeated_after_a_recorded_vote");
	{
		size_t z;
		int run_on = 0;

		for (z = 0; g.n > 0 && z < g.r[0]->nspeakers; z++)
			run_on |= strstr(g.r[0]->speakers[z].name,
			    "Defeated") != NULL;
		ok(g.n == 2 && !run_on,
		    "minutes_should_end_a_name_before_the_next_lines_result");
	}
	got_free(&g);

	/* who proposed a decision, written after it; all in favour */
	txt = "LLANGYNFELYN COMMUNITY COUNCIL\n\nMinutes of the meeting held "
	    "on 9 October 2024\n\nPresent: Cllr Hughes (Chair), Cllr Owen\n\n"
	    "Min 48/24 Correspondence\n\nIt was agreed that the Clerk would "
	    "respond to the consultation.\nProposed: Cllr Hughes  Seconded: "
	    "Cllr Owen\n\nMin 49/24 Playground\n\nCllr Owen proposed that the "
	    "playground fence be repaired.\nSeconded by Cllr Hughes.\nAll in "
	    "favour.\n\nMin 50/24 Close\n\nNone.\n";
	read_buf("welsh.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 1) == NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Hughes") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder, "Councillor Owen"),
	    "minutes_should_give_a_decision_the_proposal_written_after_it");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    strstr(nth(g.r[1], SEC_RESOLUTION, 0)->text, "All in favour") !=
	    NULL, "minutes_should_read_all_in_favour_as_carried");
	got_free(&g);

	/* a member's motion after a lead-in clause */
	txt = "FELLSIDE COUNCIL\n\nMinutes of the Council held on 5 March "
	    "2025\n\nPresent: Councillor Yates (Chair), Councillor Dwyer\n\n"
	    "36. HOUSING RENTS\n\nFollowing discussion, Councillor Yates moved "
	    "that rents be frozen for 2025/26. This was seconded by Councillor "
	    "Dwyer.\n\n37. CLOSE\n\nNone.\n";
	read_buf("leadin.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 1) == NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Yates") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Dwyer"),
	    "minutes_should_read_a_motion_after_a_lead_in_clause");
	got_free(&g);

	/* no item at all */
	txt = "Shopping list\n\neggs\nmilk\n";
	read_buf("list.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 0 && g.nrej == 1 && strstr(g.msgs, "no recognisable") !=
	    NULL, "minutes_should_reject_text_with_no_item");
	got_free(&g);
}

/* ---- Headings, numbers and tables of other councils ---- */

static void
test_layouts(void)
{
	struct reader_opts o;
	struct got g;
	const char *txt;

	memset(&o, 0, sizeof o);

	/* procedure is routine; a road's number is no article */
	ok(rd_is_routine("MINUTE OF PREVIOUS MEETING") &&
	    rd_is_routine("Call to Order") && rd_is_routine("Roll Call") &&
	    rd_is_routine("Approval of the Agenda") &&
	    rd_is_routine("Adjournment") && !rd_is_routine("Road Closures") &&
	    !rd_is_routine("Agenda for Change pay award") &&
	    rd_is_routine("Notification of Any Items of Business That the "
	    "Chair Considers Urgent") && rd_is_routine("Any Other Items") &&
	    !rd_is_routine("Urgent Repairs to the Chair Lift") &&
	    rd_is_routine("Absence of Members (If Any)") &&
	    rd_is_routine("Any Item(s) That the Chair Decides Are Urgent") &&
	    rd_is_routine("Members' Interests") &&
	    rd_is_routine("Reports Containing Confidential or Exempt "
	    "Information") && rd_is_routine("Exempt Minutes of the 13 June "
	    "2024 Meeting of Cabinet") &&
	    !rd_is_routine("Absence Management Policy"),
	    "is_routine_should_know_a_meetings_procedure");
	{
		char *t = rd_titlecase("WIDENING OF THE A29 AT BURY");

		ok(streq(t, "Widening of the A29 at Bury"),
		    "titlecase_should_keep_a_roads_number");
		free(t);
		t = rd_titlecase("100 AVENUE ROAD, LONDON NW3 3HF, ON THE 3RD "
		    "FLOOR, EC1A 1BB");
		ok(streq(t, "100 Avenue Road, London NW3 3HF, on the 3rd "
		    "Floor, EC1A 1BB"),
		    "titlecase_should_keep_a_postcodes_capitals");
		free(t);
		t = rd_titlecase("23/2861C - VARIATION ON APPLICATION 21/5590C "
		    "FOR THE UK CITY OF CULTURE, 20MPH ZONE, CALL TO ORDER - "
		    "9:31 AM");
		ok(streq(t, "23/2861C - Variation on Application 21/5590C for "
		    "the UK City of Culture, 20mph Zone, Call to Order - "
		    "9:31 am"),
		    "titlecase_should_keep_a_references_letter_and_the_uk");
		free(t);
	}

	/* applications numbered "7(1)" under the item, a house's number
	 * opening the title; "7(2) The Committee ..." no heading */
	txt = "Minutes of the Planning Committee held on 6 June 2024\n\n6.     "
	    "MINUTES\n\nApproved.\n\n7.     PLANNING APPLICATIONS\n\n7(1)   "
	    "100 AVENUE ROAD, LONDON NW3 3HF (2023/4512/P)\n\nRESOLVED: THAT "
	    "planning permission be granted.\n\n7(2)   The Committee noted "
	    "the objections.\n\n7(3)   FLAT A, 48 ROCHESTER PLACE "
	    "(2024/1120/P)\n\nRESOLVED: THAT planning permission be refused."
	    "\n\n8.     ANY OTHER BUSINESS\n\nNone.\n";
	read_buf("bracketed.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && streq(g.r[2]->item, "7(1)") &&
	    streq(g.r[2]->title, "100 Avenue Road, London NW3 3HF "
	    "(2023/4512/P)") && streq(g.r[3]->item, "7(3)") &&
	    contains(g.r[2]->sections[g.r[2]->nsections - 1].text,
	    "The Committee noted") &&
	    streq(nth(g.r[3], SEC_RESOLUTION, 0)->outcome, "refused"),
	    "minutes_should_read_applications_numbered_in_brackets");
	got_free(&g);

	/* a committee's name with a bracket */
	txt = "NORFOLK COUNTY COUNCIL\n\nPlanning (Regulatory) Committee\n\n"
	    "Minutes of the meeting held on 5 March 2024\n\nPresent: "
	    "Councillor A Jones\n\n1. Apologies\n\nNone.\n\n2. Quarry\n\nThe "
	    "report was noted.\n";
	read_buf("bracket.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->committee,
	    "Planning (Regulatory) Committee"),
	    "minutes_heading_should_read_a_committee_name_with_a_bracket");
	got_free(&g);

	/* a committee's name with a comma; "Penderfynwyd / Resolved:" */
	txt = "STRATHEARN COUNCIL\n\nMINUTE of MEETING of the EDUCATION, "
	    "CHILDREN AND FAMILIES COMMITTEE held on 5 March 2024\n\nPresent: "
	    "Councillor A Jones\n\n1. Schools\n\nPENDERFYNWYD / RESOLVED: That "
	    "the report be noted.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("comma.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->committee,
	    "Education, Children and Families Committee"),
	    "minutes_heading_should_keep_a_committee_name_with_a_comma");
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->text,
	    "That the report be noted."),
	    "minutes_should_read_a_marker_in_two_languages");
	got_free(&g);

	/* a labelled line under the heading is not the committee's name */
	txt = "Northshire County Council\n\nMinutes of the meeting of the "
	    "Planning Committee\nDate: Thursday, 25 April 2024\nVenue: County "
	    "Hall\n\nPresent: Councillor A Jones (Chair)\n\n1. Apologies\n\n"
	    "None.\n\n2. Minutes\n\nApproved.\n";
	read_buf("label.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->committee, "Planning Committee") &&
	    streq(g.r[0]->date, "2024-04-25"),
	    "minutes_heading_should_stop_at_a_labelled_line");
	got_free(&g);

	/* attendance headed in two languages; a tab after the number */
	txt = "LOWER DYFI COUNTY COUNCIL\n\nMinutes of the meeting of the "
	    "Cabinet held on 25 April 2024\n\nYn bresennol / Present: "
	    "Councillor A Pugh (Chair), Councillor B Lloyd\n\nSwyddogion / "
	    "Officers: Mr Huw Bevan (Corporate Director - Place)\n\n"
	    "1.\tYmddiheuriadau / Apologies\n\nNone.\n\n2.\tRoad Safety\n\n"
	    "Councillor Lloyd asked when the scheme would start. Mr Bevan "
	    "replied that it would start in June.\n";
	read_buf("cymru.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->title, "Road Safety") &&
	    streq(g.r[1]->item, "2"),
	    "minutes_should_read_a_tab_after_the_number");
	ok(g.n == 2 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role,
	    "Corporate Director - Place"),
	    "minutes_should_read_officers_listed_under_a_heading_in_two_"
	    "languages");
	got_free(&g);

	/* a minute reference with a tab; sentence-case titles */
	txt = "Minutes of the Board meeting held on 7 November 2024\n\n"
	    "Present: Dr A Fielding\n\nBoD 24/01\tWelcome and apologies\n\n"
	    "The Chair welcomed members.\n\nBoD 24/02\tChief Executive report"
	    "\n\nThe report was noted.\n\nBoD 24/03\tFinance report\n\nThe "
	    "report was noted.\n";
	read_buf("bod.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "BoD 24/02") &&
	    streq(g.r[1]->title, "Chief Executive report"),
	    "minutes_should_read_a_tab_after_a_minute_reference");
	got_free(&g);

	/* Ontario: "THE CORPORATION OF THE TOWN OF ..." */
	txt = "THE CORPORATION OF THE TOWN OF HALDIMAR SHORES\n\nREGULAR "
	    "COUNCIL MEETING MINUTES\n\nTuesday, March 5, 2024\n\nPresent: "
	    "Mayor D Kowalczyk\n\n1. Call to Order\n\nThe Mayor called the "
	    "meeting to order.\n\n2. Delegations\n\nNone.\n";
	read_buf("ontario.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->council, "Town of Haldimar Shores") &&
	    streq(g.r[0]->committee, "Council") &&
	    streq(g.r[0]->date, "2024-03-05"),
	    "minutes_should_read_a_corporation_of_a_town_and_its_council");
	got_free(&g);

	/* ... also in small letters */
	txt = "The Corporation of the Town of Millbrook\n\nRegular Council "
	    "Meeting Minutes\n\nTuesday, February 13, 2024\n\nPresent: Mayor "
	    "D. Thibodeau\n\n1. Call to Order\n\nThe Mayor called the meeting "
	    "to order.\n\n2. Delegations\n\nNone.\n";
	read_buf("ontario2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->council, "Town of Millbrook"),
	    "minutes_should_read_a_corporation_of_a_town_in_small_letters");
	got_free(&g);

	/* the result on a line of its own, with a note in brackets; the
	 * vote's label under the seconder's name */
	txt = "MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON 9 JULY 2024"
	    "\n\n6.      CONFIRMATION OF MINUTES\n\nMoved Cr Featherstone, "
	    "Seconded Cr Nguyen that the Minutes of 17 June 2024 be "
	    "confirmed.\n\n                           CARRIED (Unanimously)\n\n"
	    "7.      BYLAW 2024-09\n\nCouncillor Fehr requested a recorded "
	    "vote.\n\nMOVED by Councillor Haldorson that Bylaw 2024-09 be "
	    "given third reading.\n                              DEFEATED\n"
	    "(Unanimous consent not obtained.)\n\n8.      BUDGET TRANSFERS\n\n"
	    "MOTION: To approve the budget transfers as presented.\n"
	    "Moved by: Ms. Okafor         Seconded by: Mr. Keough\n"
	    "VOTE: Unanimous (6-0)\n";
	read_buf("result.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "Unanimously") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    nth(g.r[1], SEC_QUESTION, 0) == NULL &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->seconder, "Mr Keough"),
	    "minutes_should_read_a_result_on_its_own_line");
	got_free(&g);

	/* a parish's items kept to a line; votes given as counts */
	txt = "LITTLE HOLCOMBE PARISH COUNCIL\n\nMinutes of the Parish Council "
	    "Meeting held on Tuesday 5th March 2024\n\n24/026  Declarations "
	    "of interest: None.\n24/027  Minutes of 6th February 2024: Approved"
	    " and signed as a true record. Proposed: Cllr Tindall, Seconded: "
	    "Cllr Moss, all in favour.\n24/030  Finance: Payments approved - "
	    "Clerk salary \xc2\xa3" "298.40; HMRC \xc2\xa3" "74.60. Proposed: Cllr "
	    "Fanshawe, Seconded: Cllr Ainsworth, all in favour.\n24/031  "
	    "Planning: Land rear of The Forge, 1 dwelling. Object - access. "
	    "Proposed: Cllr Moss, Seconded: Cllr Pargeter. 4 for, 1 "
	    "abstention.\n24/033  Dog bin by the pond: Agreed to ask the "
	    "District Council for a second bin.\n24/034  Speed limit: Cllr "
	    "Moss proposed that a 20mph limit be sought; seconded Cllr "
	    "Fanshawe.\nFor 2\nAgainst 4\n";
	read_buf("parish.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 6 && streq(g.r[0]->title, "Declarations of interest") &&
	    streq(g.r[1]->title, "Minutes of 6th February 2024") &&
	    g.r[1]->routine && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "Approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Tindall") &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[2], SEC_RESOLUTION, 0)->text, "Payments") &&
	    nth(g.r[3], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[3], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    streq(g.r[4]->title, "Dog bin by the pond") &&
	    nth(g.r[4], SEC_RESOLUTION, 0) != NULL &&
	    nth(g.r[5], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[5], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "parish_items_on_a_line_and_votes_as_counts");
	got_free(&g);

	/* decisions without "Resolved": a "Decision" heading, a body in
	 * small letters, a motion's result with no motion written */
	txt = "Minutes of the Licensing Committee of Foo District Council "
	    "held on 3 March 2024\n\n1. Licensing Policy Review\nDecision\nTo "
	    "note the report.\n\n2. Fees\nThe motion was put to the vote and "
	    "was LOST.\n\n3. Taxi Policy\nAfter consideration, the committee "
	    "approved the policy.\n\n4. Allocation Scheme\nThe draft scheme was"
	    " discussed at length. The draft scheme was proposed by Cllr "
	    "Gilligan and seconded by Cllr Leddin.\n";
	read_buf("decide.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->text, "To note the report.") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    nth(g.r[3], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[3], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Gilligan"),
	    "decisions_without_resolved_should_be_resolutions");
	got_free(&g);

	/* sub-item headings the PDF wrapped on to a second line; titles
	 * of American boards */
	txt = "CITY OF PORT ALDER\n\nCOUNCIL MINUTES\n\nJune 11, 2024\n\n"
	    "6.      Delegations\n\n6.1     Wendell Pryce, Resident, regarding "
	    "Traffic Calming on Birchmount Crescent\n\nMr Pryce addressed "
	    "Council.\n\n6.2     Rosalind Achebe, Port Alder Chamber of Commerce,"
	    " regarding the Downtown\n        Patio Program\n\nMs Achebe "
	    "addressed Council.\n\n9.      Reports\n\n9.1     Report "
	    "PLN-2024-019, Zoning By-law Amendment Application Z-03-24,\n"
	    "        1455 Harbourview Road\n\nSelectman Donnelly asked whether "
	    "the height was consistent with the Official Plan. Ald. Quint "
	    "asked about parking.\n";
	read_buf("wrapped.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && streq(g.r[2]->item, "6.2") &&
	    streq(g.r[2]->title, "Rosalind Achebe, Port Alder Chamber of "
	    "Commerce, regarding the Downtown Patio Program") &&
	    streq(g.r[4]->item, "9.1") &&
	    contains(g.r[4]->title, "1455 Harbourview Road") &&
	    nth(g.r[4], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[4], SEC_QUESTION, 0)->speaker,
	    "Selectman Donnelly") &&
	    streq(nth(g.r[4], SEC_QUESTION, 1)->speaker, "Alderman Quint"),
	    "minutes_should_join_a_wrapped_sub_item_heading");
	got_free(&g);

	/* titles wrapped with the body straight under them: cut after a
	 * small word, on a dash, at the page's width over the body, or over
	 * one word and a blank line; not over a member's name */
	txt = "Minutes of the Monthly Meeting of the Council held on 4 November"
	    " 2024\n\n416. Report of the Chief Executive: Proposed disposal of "
	    "a plot of ground at\nBridgefoot Street, Dublin 8, to the Iveagh "
	    "Trust\nCouncillor Doolan proposed and Councillor Conroy seconded "
	    "the report.\n\n417. Report of the Chief Executive: Draft Revenue "
	    "Budget 2025 - Local Property Tax\nAdjustment Factor (Report No. "
	    "301/2024)\nThe report was noted.\n\n418. Part 8 Planning and "
	    "Development Regulations 2001 (as amended) -\nProposed Active "
	    "Travel Scheme at Clonroad, Ennis\nThe report was circulated.\n\n"
	    "419. Oral Questions of the Chairmen of Committees and "
	    "Representatives on Outside\nBodies\n\nThere were none.\n\n420. "
	    "Questions from Members under Standing Order 12 of the Council's "
	    "Rules\nCllr. Sarah Reilly\nTo ask when the lights will be "
	    "repaired.\n";
	read_buf("wrapped-body.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && streq(g.r[0]->title, "Report of the Chief Executive: "
	    "Proposed disposal of a plot of ground at Bridgefoot Street, "
	    "Dublin 8, to the Iveagh Trust") &&
	    contains(g.r[1]->title, "Adjustment Factor (Report No. 301/2024)")
	    && contains(g.r[2]->title, "Proposed Active Travel Scheme") &&
	    contains(g.r[3]->title, "Outside Bodies") &&
	    !contains(g.r[4]->title, "Reilly"),
	    "minutes_should_join_a_title_wrapped_over_its_body");
	got_free(&g);

	/* who sent apologies or was absent did not speak */
	txt = "Agenda item\n\nPerformance Report\n\nMinutes:\n\nApologies were "
	    "received from Councillors Gail Mercer and Neville Tunstall. "
	    "Councillor Ravi Sood attended as a substitute. An apology was "
	    "received from Mr John Field, Chair of the Audit Committee.\n\n"
	    "Councillor Jacqueline Horne asked about sickness absence. Mr "
	    "Rennie replied that it had fallen.\n";
	read_buf("absent.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && !speaker_named(g.r[0], "Councillor Gail Mercer") &&
	    !speaker_named(g.r[0], "Councillor Neville Tunstall") &&
	    !speaker_named(g.r[0], "Mr John Field") &&
	    speaker_named(g.r[0], "Councillor Ravi Sood") &&
	    speaker_named(g.r[0], "Councillor Jacqueline Horne"),
	    "apologies_should_name_no_speakers");
	got_free(&g);

	/* a meeting page's item: "Decision:" over "Minutes:" */
	txt = "Pennock Hills Council\n\nAgenda and minutes\n\nCabinet - "
	    "Tuesday, 11th March, 2025 6.00 pm\n\n76.\t\n\nMinutes PDF 188 KB"
	    "\n\nMinutes:\n\nThe minutes were agreed as a correct record.\n\n"
	    "77.\t\n\nHousing Revenue Account Business Plan PDF 722 KB\n\n"
	    "Key decision: KD2025/004\n\nDecision:\n\nCabinet:\n(1) approved "
	    "the HRA Business Plan;\n(2) approved a rent increase of 2.7%.\n\n"
	    "Minutes:\n\nThe Cabinet Member introduced the report.\n";
	read_buf("mgdecision.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->title,
	    "Housing Revenue Account Business Plan") &&
	    g.r[1]->purpose == NULL && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 1)->text, "rent increase") &&
	    !contains(nth(g.r[1], SEC_AGENDA, 0)->text, "KB") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL,
	    "meeting_page_should_read_a_decision_over_the_minutes");
	got_free(&g);

	/* ... under the item's purpose, labelled "Purpose:", and the link
	 * to the decision */
	txt = "Pennock Hills Council\n\nAgenda and minutes\n\nCabinet - "
	    "Tuesday, 11th March, 2025 6.00 pm\n\n76.\t\n\nMinutes PDF 188 KB"
	    "\n\nMinutes:\n\nThe minutes were agreed as a correct record.\n\n"
	    "77.\t\n\nMedium Term Financial Strategy PDF 488 KB\n\n- View the "
	    "decision for item 77.\n\nPurpose:     To provide an update on the "
	    "budget.\n\nDecision:\n\n(a) That the budget requirement be "
	    "noted;\n(b) That the solutions be referred to scrutiny.\n\n"
	    "Minutes:\n\nThe Cabinet Member introduced the report.\n";
	read_buf("mgpurpose.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->purpose, "To provide an update on the "
	    "budget.") && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted"),
	    "meeting_page_should_read_a_decision_under_a_purpose");
	got_free(&g);

	/* a law cited inside a motion ends no sentence */
	txt = "Agenda item\n\nExecutive Session\n\nMinutes:\n\nMOTION: To enter "
	    "executive session under M.G.L. c. 30A, s. 21(a)(2) to discuss "
	    "strategy.\nMoved by: Mr. Tran         Seconded by: Ms. Okafor\n"
	    "Roll call vote: all in favour.\n";
	read_buf("statute.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "30A") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer, "Mr Tran") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder, "Ms Okafor") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL,
	    "a_law_cited_should_not_end_the_motion");
	got_free(&g);

	/* a motion's words in quotes under "X proposed:", its seconder and
	 * its vote in sentences after it */
	txt = "Agenda item\n\nHousing Repairs\n\nMinutes:\n\nIn accordance with "
	    "notice on the agenda, Councillor Agnew proposed:\n\n\"That this "
	    "Council writes to the Minister about the repairs backlog.\"\n\n"
	    "The motion was seconded by Councillor Quigley.\n\nAfter "
	    "discussion, the motion was put to the meeting and passed.\n";
	read_buf("ni.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 1) == NULL &&
	    contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "repairs backlog") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Agnew") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Quigley") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    !contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "seconded") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    starts(nth(g.r[0], SEC_DISCUSSION, 0)->text, "The motion was "
	    "seconded"),
	    "a_motion_in_quotes_should_take_its_seconder_and_vote");
	got_free(&g);

	/* answers by an office's initials, after "A -", and "In response
	 * to Councillor X, the ... confirmed" */
	txt = "Agenda item\n\nFinance Update\n\nMinutes:\n\nCllr Unsworth "
	    "queried the overspend. The RFO responded that the contractor had "
	    "invoiced twice.\n\nQ - Mr Okafor asked how many posts were vacant."
	    " A - The Director of Children's Services explained that four "
	    "were.\n\nIn response to Councillor Drinkwater, the Cabinet Member "
	    "confirmed that the scheme would continue.\n";
	read_buf("abbrev.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 2) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker, "RFO") &&
	    starts(nth(g.r[0], SEC_ANSWER, 1)->text, "The Director") &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker,
	    "Councillor Drinkwater") &&
	    nth(g.r[0], SEC_ANSWER, 2)->answers >= 0,
	    "answers_should_be_read_by_initials_labels_and_whom_they_answer");
	got_free(&g);

	/* officers listed office first, the holder's initial in brackets */
	txt = "MINUTES of the ENVIRONMENT COMMITTEE held on 4 March 2024\n\n"
	    "Present: Councillor A Brown (Chair), Councillors C Dee and E Fox."
	    "\n\nOfficers: Head of Waste (R. Pugh), Highways Manager (E. "
	    "Gwilliam).\n\n1. WINTER GRITTING\n\nThe Highways Manager reported "
	    "on the gritting season. Councillor Dee asked about salt stocks. "
	    "Ms Gwilliam replied that stocks were adequate.\n";
	read_buf("offinit.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "e gwilliam") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "e gwilliam"),
	    "an_office_with_its_holders_initial_should_key_the_holder");
	got_free(&g);

	/* typed minutes' page numbers between dashes; a page's header
	 * after its foot, seen once */
	txt = "MINUTES of the HOUSING COMMITTEE held on 14th June 1994\n\n"
	    "6.   ESTATE REPAIRS\n\n     The Committee considered the repairs"
	    " programme for the\n     estates.\n\n"
	    "                                   - 2 -\n\n     The programme "
	    "was approved.\n\n                                   Page 2\n"
	    "HOUSING COMMITTEE \xe2\x80\x93 14 JUNE 1994\n\n7.   ALLOCATIONS\n\n"
	    "     The Committee noted the allocations report.\n";
	read_buf("dashes.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    !contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "- 2 -") &&
	    (nth(g.r[0], SEC_RESOLUTION, 0) == NULL ||
	    !contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "- 2 -")) &&
	    (nth(g.r[0], SEC_DISCUSSION, 1) == NULL ||
	    !contains(nth(g.r[0], SEC_DISCUSSION, 1)->text, "JUNE 1994")) &&
	    (nth(g.r[0], SEC_RESOLUTION, 0) == NULL ||
	    !contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "JUNE 1994")),
	    "page_numbers_between_dashes_and_a_header_after_a_foot_should_go");
	got_free(&g);

	/* a seconded motion's numbered points under its lead-in; not a
	 * notice of motion's terms set out */
	txt = "MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON 9 JULY 2024"
	    "\n\n8.      ROAD SAFETY STRATEGY\n\nMoved Cr Whitford, Seconded Cr "
	    "Nguyen that Council:\n\n1.   Adopts the Road Safety Strategy;\n\n"
	    "2.   Writes to the Minister for Roads seeking funding.\n\n"
	    "                                   CARRIED\n\n9.      NOTICE OF "
	    "MOTION\n\nThe Committee had before it a notice of motion by "
	    "Councillor Nicol in the following terms:-\n\n(1) notes the fees;"
	    "\n(2) instructs the Chief Officer to report back.\n\nThe Committee"
	    " resolved to refer the motion to the Finance Committee.\n";
	read_buf("points.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 0)->text, "Adopts") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Nguyen") && nth(g.r[0], SEC_DISCUSSION, 0) == NULL &&
	    (nth(g.r[1], SEC_RESOLUTION, 0) == NULL ||
	    !starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "notes the fees")),
	    "a_seconded_motions_points_should_be_its_resolutions");
	got_free(&g);

	/* newer item pages: "Meeting of X, date (Item N.)", the number
	 * alone over the title */
	txt = "Agenda item\n\nMeeting of Adults, Health and Wellbeing Scrutiny "
	    "Board, Wednesday, 6th March, 2024 2.00 pm (Item 67.)\n\n67.\nMental"
	    " Health Crisis Services  PDF 486 KB\n\nTo receive a report.\n\n"
	    "Minutes:\n\nThe Board noted the report.\n";
	read_buf("mgof.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->title, "Mental Health Crisis Services") &&
	    streq(g.r[0]->item, "67") &&
	    streq(g.r[0]->committee,
	    "Adults, Health and Wellbeing Scrutiny Board") &&
	    streq(g.r[0]->date, "2024-03-06") &&
	    streq(g.r[0]->purpose, "To receive a report."),
	    "item_page_should_read_meeting_of_and_a_number_alone");
	got_free(&g);
	txt = "Agenda item\n\nMeeting: Council, Wednesday, 17th January, 2024 "
	    "7.30 pm (Item 58.)\n\n58.\nMembers' Questions\n\nMinutes:\n\n"
	    "The questions and answers were noted.\n";
	read_buf("mgcolon.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->item, "58") &&
	    streq(g.r[0]->committee, "Council") &&
	    streq(g.r[0]->date, "2024-01-17"),
	    "item_page_should_read_meeting_colon_then_the_body_and_date");
	got_free(&g);
	txt = "Agenda item\n\nMeeting: Cabinet - Tuesday, 11th February, 2025 "
	    "2.00 pm (Item 96.)\n\n96.\nBudget\n\nMinutes:\n\nThe report was "
	    "noted.\n";
	read_buf("mgdash.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->item, "96") &&
	    streq(g.r[0]->committee, "Cabinet") &&
	    streq(g.r[0]->date, "2025-02-11"),
	    "item_page_should_read_meeting_colon_the_body_a_dash_and_date");
	got_free(&g);
	/* the page's "Decision:" points take the movers its minutes give,
	 * which only move the recommendations and point back */
	txt = "Agenda item\n\nMeeting: Cabinet - Tuesday, 11th February, 2025 "
	    "2.00 pm (Item 96.)\n\n96.\nBudget\n\nDecision:\n\nThat "
	    "Cabinet:\n\n(a) notes the report;\n\n(b) approves the "
	    "savings.\n\nMinutes:\n\nCouncillor Shah asked about reserves. The "
	    "Director replied that they were adequate.\n\nThe Leader, "
	    "Councillor Martin Greaves, moved the recommendations, which were "
	    "seconded by Councillor "
	    "Okonjo.\n\nRESOLVED: As set out in the decision above.\n";
	read_buf("mgmovers.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Martin Greaves") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Okonjo") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "approved"),
	    "item_page_should_give_the_decision_its_movers_from_the_minutes");
	got_free(&g);
	txt = "Agenda item\n\nMeeting: Cabinet - Tuesday, 11th February, 2025 "
	    "2.00 pm (Item 97.)\n\n97.\nLibraries\n\nDecision:\n\n1. To adopt "
	    "the strategy.\n\n2. To close the mobile library.\n\nMinutes:\n\n"
	    "Councillor Shah asked about the mobile library. The Director "
	    "replied that it would close in May.\n\nProposed by Councillor "
	    "Elen Prys\n"
	    "Seconded by Councillor Sioned Hughes\n\nUpon a vote being taken, "
	    "the recommendations were CARRIED (8 for, 0 against).\n";
	read_buf("mgmovers2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Elen Prys") &&
	    contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "To adopt") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Sioned Hughes"),
	    "item_page_should_give_the_decision_the_movers_of_its_vote");
	got_free(&g);

	/* "RECOMMENDED to Council that:" over its points, then the
	 * Cabinet's own decisions */
	txt = "Agenda item\n\nMeeting: Cabinet - Tuesday, 11th February, 2025 "
	    "2.00 pm (Item 98.)\n\n98.\nLeisure Centres\n\nDecision:\n\n"
	    "RECOMMENDED to Council that:\n\n1. the capital programme be "
	    "increased by \xc2\xa3" "1.2 million;\n\n2. the Council acts as "
	    "guarantor.\n\nRESOLVED \xe2\x80\x93 That Cabinet:\n\n(a) notes "
	    "the appraisal;\n\n(b) approves the transfer.\n\nMinutes:\n\n"
	    "Councillor Thame introduced the report.\n";
	read_buf("mgrecommend.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 4 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "recommended") &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 1)->text, "the Council acts") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 3)->outcome, "approved"),
	    "item_page_should_read_a_decision_opening_with_a_recommendation");
	got_free(&g);

	/* under a title of public questions, a note of those received asks
	 * nothing */
	txt = "Agenda item\n\nQuestions from Members of the Public\n\n"
	    "Minutes:\n\nTwo questions had been received from members of the "
	    "public in accordance with Procedure Rule 10.\n\nMrs Ann Tate "
	    "asked when the toilets would reopen. The Head of Service replied "
	    "that they would reopen in May.\n";
	read_buf("received.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_QUESTION) == 1 &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker, "Mrs Ann Tate") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL,
	    "item_page_should_not_take_a_note_of_questions_received_for_one");
	got_free(&g);

	/* a decision's page: "Decision:" and no "Minutes:" */
	txt = "Decision details\n\nParking Contract\n\nDecision Maker:\nCabinet"
	    "\n\nDecision:\n\nThat the contract be awarded to Kerb Ltd.\n\n"
	    "Reasons for the decision:\n\nIt was the best bid.\n";
	read_buf("dd1.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->text,
	    "That the contract be awarded to Kerb Ltd.") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "best bid"),
	    "decision_page_should_read_the_decision_without_minutes");
	got_free(&g);
	txt = "Agenda item\n\nParking Contract\n\nDecision:\n\n1.\tTo award the "
	    "contract to Kerb Ltd.\n\n2.\tTo authorise the Director to sign "
	    "it.\n\nReasons for the decision:\n\nIt was the best bid.\n";
	read_buf("dd2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->text,
	    "To authorise the Director to sign it."),
	    "decision_page_should_read_each_point_of_the_decision");
	got_free(&g);
	txt = "Decision details\n\nSchool Transport Contracts\n\nDecision Maker:"
	    "\nCabinet Member for Children\n\nDecision\n\nThe Cabinet Member "
	    "for Children, Councillor Nasreen Akhtar, has decided:\n\n1.\tTo "
	    "award the contracts for Lots 1 to 4.\n\n2.\tNot to award Lot 6."
	    "\n\nReasons for the decision\n\nOnly one bid was received.\n";
	read_buf("dd3.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 1)->text, "Not to award"),
	    "decision_page_should_read_points_under_has_decided");
	got_free(&g);
	txt = "Decision details\n\nCar Park Tariffs\n\nDecision:\n\nThe Portfolio "
	    "Holder, Councillor Tariq Mahmood, having considered the responses "
	    "set out in Appendix B:\n\n(a)  APPROVED the Order as advertised;"
	    "\n\n(b)  DEFERRED a decision on Sunday charging.\n\nReasons for "
	    "the decision:\n\nThe tariffs were last raised in 2019.\n";
	read_buf("dd4.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "deferred") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "having considered"),
	    "decision_page_should_read_points_under_any_lead_in");
	got_free(&g);

	/* a meeting page's items: their documents' lists and the site's
	 * footer are no minutes */
	txt = "Agenda and minutes\n\nCabinet - Tuesday, 11th March, 2025 6.00 pm"
	    "\n\n76.\t\n\nParks Strategy\n\nMinutes:\n\nThe Cabinet approved the "
	    "strategy.\n\nSupporting documents:\n\n- Parks strategy PDF 1 MB\n"
	    "- Appendix A PDF 200 KB\n\n77.\t\n\nDate of next meeting\n\n"
	    "Minutes:\n\nThe next meeting would be held on 8 April 2025.\n\n"
	    "Print this page\nRSS feed\nBack to top\n";
	read_buf("mgfurn.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 0) == NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    !contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "PDF") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    !contains(nth(g.r[1], SEC_DISCUSSION, 0)->text, "Print"),
	    "meeting_page_should_leave_out_documents_lists_and_the_footer");
	got_free(&g);

	/* ... also when an "Additional documents:" list comes before the
	 * minutes; a paragraph's number before "RESOLVED" is no text */
	txt = "Agenda and minutes\n\nCabinet - Tuesday, 11th March, 2025 6.00 pm"
	    "\n\n76.\t\n\nParks Strategy\n\nAdditional documents:\n\n- "
	    "Appendix A PDF 200 KB\n\nMinutes:\n\n4.   Mr Gough said there "
	    "was no room for complacency.\n\n5.   RESOLVED that Cabinet:\n\n"
	    "(a) note the report;\n\n(b) agree the strategy.\n\nSupporting "
	    "documents:\n\n- Parks strategy PDF 1 MB\n- Appendix A PDF 200 "
	    "KB\n\n77.\t\n\nDate of next meeting\n\nMinutes:\n\nThe next "
	    "meeting would be held on 8 April 2025.\n";
	read_buf("mgadd.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 1) == NULL &&
	    count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    !contains(nth(g.r[0], SEC_RESOLUTION, 1)->text, "PDF"),
	    "meeting_page_should_leave_out_documents_after_additional_ones");
	got_free(&g);

	/* a planning application's reference as the title under the
	 * item's number alone */
	txt = "<html><body><div id=\"modgov\"><div class=\"mgContent\"><h1>"
	    "Agenda and minutes</h1><h2>Planning Committee - Wednesday, 7th "
	    "February, 2024 6.30 pm"
	    "</h2><table class=\"mgItemTable\"><tr><td class=\"mgItemNumberCell\">"
	    "<p class=\"mgAiTitleTxt\">61</p></td><td><p class=\"mgAiTitleTxt\">"
	    "<a href=\"a\">Update Sheet</a></p><p>Minutes:</p><div><p>The update"
	    " sheet was noted.</p></div></td></tr><tr><td class=\""
	    "mgItemNumberCell\"><p class=\"mgAiTitleTxt\">62</p></td><td><p "
	    "class=\"mgAiTitleTxt\"><a href=\"b\">23/01877/FUL &ndash; Land "
	    "North of Brookfield Lane</a></p><p>Minutes:</p><div><p><b>RESOLVED"
	    ":</b> That permission be refused.</p></div></td></tr></table></div>"
	    "</div></body></html>\n";
	read_buf("mgplan.html", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->item, "62") &&
	    starts(g.r[1]->title, "23/01877/FUL") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "refused"),
	    "meeting_page_should_take_a_reference_as_a_title");
	got_free(&g);

	/* who chairs, named in a list under one title; people only
	 * mentioned are no speakers */
	txt = "MINUTES of the meeting of the FIRE AUTHORITY held on 4 March "
	    "2024\n\nPresent: Councillors Corrigan (Chair), Dovey, Ellis "
	    "(Vice-Chair) and Fenn.\n\n1. BUDGET\n\nThe Chair paid tribute to "
	    "former Councillor Arthur Penrose. Councillor Dovey asked about the "
	    "precept. The Treasurer replied that it would rise by 2.99%.\n";
	read_buf("listchair.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "corrigan") &&
	    !speaker_named(g.r[0], "Councillor Arthur Penrose"),
	    "the_chair_in_a_list_should_key_its_holder");
	got_free(&g);

	/* an officer listed with an office that has a comma inside its
	 * brackets, who speaks later untitled */
	txt = "Minutes of the meeting of the Scrutiny Committee held on 24 "
	    "January 2024\n\nPresent: Councillor A Abiodun (Chair)\n\n"
	    "Officers: Imran Hafeez (Assistant Director, Education and "
	    "Inclusion), Gemma Tovey (Head of Inclusion)\n\n1. Attendance\n\n"
	    "The report was considered.\n\nImran Hafeez presented the report "
	    "on school attendance.\n";
	read_buf("comma-office.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 1)->speaker_key, "i hafeez"),
	    "an_officer_with_a_comma_in_the_office_should_be_known");
	got_free(&g);

	/* offices with a comma: answering, listed a line each with their
	 * holders, and named with the holder after them */
	txt = "KELLAND CITY COUNCIL\nMinutes of the Ordinary Council Meeting "
	    "held on 16 April 2024\n\nPresent: Cr Kerr, Cr Bentley\n\n"
	    "Officers:\nMark Schultz - Director, City Development\nSylvia "
	    "Hinchliffe, Director Planning, Development and Environment\n"
	    "Head of Finance, Motor Tax and ICT (Mr. T. Gilligan)\n\n9.1 "
	    "Planning Application\n\nCr Kerr asked how many car spaces would "
	    "be provided. The Director, City Development responded that one "
	    "visitor space is provided.\n\nCr Kerr asked about the lane. The "
	    "Director Planning, Development and Environment advised that a "
	    "slip lane is required.\n\nThe Head of Finance indicated that the "
	    "budget was agreed.\n\nThe Director, Service Operations, Kieran "
	    "Lehane introduced his team.\n";
	read_buf("comma-office2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "m schultz") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "s hinchliffe"),
	    "an_office_with_a_comma_should_answer_and_be_known_by_its_holder");
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 2) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 2)->speaker_key, "t gilligan") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "k lehane"),
	    "an_office_should_name_its_holder_after_it_without_a_comma");
	got_free(&g);

	/* members a line each with their wards ("Kevin Flynn, District
	 * 2"): a ward's number no office going on to the next line's
	 * member */
	txt =
	    "                                                            "
	    "         City & County Building\n                   City and"
	    " County of Dunmore                         1 Market Stree"
	    "t\n                                                         "
	    "             Dunmore, CO 80202\n\n                          "
	    "         Meeting Minutes\n\n                                "
	    "     City Council\n                 Council President Jamie "
	    "Torres, District 3\n                 Council President Pro T"
	    "em Amanda P. Sandoval, District 1\n                 Council "
	    "Member Kevin Flynn, District 2\n                 Council Mem"
	    "ber Diana Romero Campbell, District 4\n                 Coun"
	    "cil Member Amanda Sawyer, District 5\n                 Counc"
	    "il Member Paul Kashmann, District 6\n                 Counci"
	    "l Member Flor Alvidrez, District 7\n                 Council"
	    " Member Shontel M. Lewis, District 8\n                 Counc"
	    "il Member Darrell Watson, District 9\n                 Counc"
	    "il Member Chris Hinds, District 10\n                 Council"
	    " Member Stacie Gilmore, District 11\n                 Counci"
	    "l Member Sarah Parady, At-Large\n                 Council Me"
	    "mber Serena Gonzales-Gutierrez, At-Large\n\nMonday, April 15"
	    ", 2024                        3:30 PM               City & C"
	    "ounty Building, Room 451\n\nCall to Order\n\n      Council P"
	    "resident Torres called the meeting to order at 3:31 p.m.\n\n"
	    "Bills\n\n      Council Member Kashmann asked about the fee. "
	    "Council Member Sawyer said it was fair.\n";
	read_buf("wards.txt", txt, strlen(txt), &o, &g);
	ok(g.n >= 1 && speaker_named(g.r[g.n - 1], "Council Member Amanda "
	    "Sawyer"),
	    "a_wards_number_should_not_run_an_office_into_the_next_member");
	got_free(&g);

	/* the chair in a plural list: "Cllrs D Venables (Chairman), ..." */
	txt = "Hollowmere Town Council\n\nMinutes of the meeting of the Town "
	    "Council held on 20 May 2024\n\nPresent: Cllrs D Venables "
	    "(Chairman), A Tolley, B Sandhu\n\n45. BUDGET\n\nThe Chairman "
	    "advised that the budget was on track.\n\n46. CLOSE\n\nDone.\n";
	read_buf("plural-chair.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "d venables"),
	    "the_chair_should_be_read_in_a_plural_list");
	got_free(&g);

	/* who is in the chair, an office of their own in brackets first;
	 * the Leader in the chair is still the Leader */
	txt = "MINUTES of the meeting of the CABINET held on 12 March 2025\n\n"
	    "PRESENT:\n\nCouncillor J. Mallinson (Leader of the Council) (in "
	    "the Chair)\n\nCouncillors A Abbott, B Brown\n\n45. BUDGET\n\n"
	    "The Chair advised that the item was urgent.\n\nThe Leader "
	    "presented the report.\n";
	read_buf("leader-chair.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key,
	    "j mallinson") && streq(nth(g.r[0], SEC_DISCUSSION,
	    1)->speaker_key, "j mallinson"),
	    "the_chair_should_be_read_after_an_office_in_brackets");
	got_free(&g);
	txt = "MINUTES of the meeting of the CABINET held on 12 March 2025\n\n"
	    "PRESENT:\n\nCouncillor Rosalind Tebbutt \xe2\x80\x93 Chair\n\n"
	    "Councillors A Abbott, B Brown\n\n45. BUDGET\n\nThe Chair "
	    "advised that the item was urgent.\n";
	read_buf("dash-chair.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "r tebbutt"),
	    "the_chair_should_be_read_after_a_dash");
	got_free(&g);

	/* the office, then who holds it in brackets; the council's
	 * formal name, and the full council met */
	txt = "MINUTES OF THE MEETING OF THE COUNCIL OF THE BOROUGH OF "
	    "WENLOW\nheld at the Town Hall on Wednesday 12 March 2025\n\n"
	    "PRESENT: The Mayor of Wenlow (Councillor Mrs J. Patel) in the "
	    "Chair\nCouncillors Adams, Bright and Carter.\n\n45. MAYOR'S "
	    "ANNOUNCEMENTS\n\nThe Mayor thanked those who had attended the "
	    "civic service.\n\n46. BUDGET\n\nThe Deputy Mayor asked about "
	    "reserves.\n";
	read_buf("mayor-chair.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "j patel") &&
	    streq(g.r[0]->council, "Council of the Borough of Wenlow") &&
	    streq(g.r[0]->committee, "Council") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    !streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "j patel"),
	    "the_chair_should_be_read_after_an_office_holding_it");
	got_free(&g);

	/* "the Council of X Council": X's full council met; a committee
	 * of X stays the committee; heading lines naming both ("Dunlarig
	 * Council Education Committee"; "THE X COUNCIL - X COUNCIL - TOWN
	 * - BLENDED MEETING", its full council) */
	{
		static const char *const heads[][3] = {
			{ "MINUTES OF THE MEETING OF THE COUNCIL OF WESTSHIRE "
			  "DISTRICT COUNCIL HELD ON THURSDAY 12 SEPTEMBER 2024",
			  "Westshire District Council", "Council" },
			{ "Minutes of a meeting of the Full Council of the "
			  "Northshire County Council held on 12 September 2024",
			  "Northshire County Council", "Full Council" },
			{ "MINUTES OF THE MEETING OF THE PLANNING COMMITTEE OF "
			  "WESTSHIRE DISTRICT COUNCIL HELD ON 12 SEPTEMBER 2024",
			  "Westshire District Council", "Planning Committee" },
			{ "Minutes of the Planning Committee Meeting of Wester "
			  "Ross District Council held on 12 September 2024",
			  "Wester Ross District Council", "Planning Committee" },
			{ "Minutes of the meeting of the Planning Committee of "
			  "Carrow, Moyle and Dunree Borough Council held on 12 "
			  "September 2024", "Carrow, Moyle and Dunree Borough "
			  "Council", "Planning Committee" },
			{ "Dunlarig Council Education Committee\n\nMinute of "
			  "Meeting\n\nTuesday 28 May 2024", "Dunlarig Council",
			  "Education Committee" },
			{ "THE STRATHLEVEN COUNCIL \xe2\x80\x93 STRATHLEVEN "
			  "COUNCIL \xe2\x80\x93 KIRKALLAN \xe2\x80\x93 "
			  "BLENDED MEETING\n\n21st November 2024",
			  "Strathleven Council", "Strathleven Council" },
			{ "Minutes of Full Council Meeting of Northshire "
			  "District Council held on Monday 27th May 2024.",
			  "Northshire District Council", "Full Council" },
			{ "Minutes of Plenary Council Meeting of Carrowmore "
			  "County Council held on Monday 27th May 2024.",
			  "Carrowmore County Council", "Council" },
			{ "MINUTE of MEETING of the COUNCIL EXECUTIVE of EAST "
			  "GLENMORE COUNCIL held within COUNCIL CHAMBERS on 18 "
			  "JUNE 2024.", "East Glenmore Council",
			  "Council Executive" },
			{ "MINUTE of MEETING of the AUDIT COMMITTEE of EAST "
			  "GLENMORE COUNCIL held on 18 JUNE 2024.",
			  "East Glenmore Council", "Audit Committee" },
		};
		size_t h;
		int good = 1;

		for (h = 0; h < sizeof heads / sizeof heads[0]; h++) {
			char *t = xasprintf("%s\n\nPresent: Councillors "
			    "Brown and Smith.\n\n1. HOUSING\n\nRESOLVED that "
			    "the report be noted.\n", heads[h][0]);

			read_buf("council-of.txt", t, strlen(t), &o, &g);
			if (g.n != 1 || !streq(g.r[0]->council, heads[h][1]) ||
			    !streq(g.r[0]->committee, heads[h][2]))
				good = 0;
			got_free(&g);
			free(t);
		}
		ok(good, "headings_should_name_the_council_and_its_committee");
	}
	/* "RMD 24/06/04 Title" in 2024: a district's year, month and
	 * minute head items; the district's line under the council's */
	txt = "KILBRACK COUNTY COUNCIL\nROSSBRACK MUNICIPAL DISTRICT\n\n"
	    "MINUTES OF THE MONTHLY MEETING HELD ON TUESDAY 11 JUNE 2024\n\n"
	    "Present: Cllr. Margaret Hogan, Cllr. James Dooley\n\nRMD "
	    "24/06/01 Confirmation of Minutes\nThe minutes were confirmed.\n"
	    "\nRMD 24/06/02 Community Grants Scheme 2024\nThe grants were "
	    "approved.\n\nRMD 24/06/03 Section 183 \xe2\x80\x93 Disposal of "
	    "Lands at Killea\nMembers considered the disposal.\n";
	read_buf("rmd-refs.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[2]->item, "RMD 24/06/03") &&
	    streq(g.r[1]->title, "Community Grants Scheme 2024") &&
	    streq(g.r[0]->council, "Kilbrack County Council") &&
	    streq(g.r[0]->committee, "Rossbrack Municipal District"),
	    "minutes_should_read_a_districts_dated_minute_references");
	got_free(&g);

	/* "Apologies" heading an item after the lists, in capitals or in
	 * title case after a first item; "APOLOGIES:" is still a list */
	txt = "LICENSING SUB-COMMITTEE\n\nMinutes of the hearing held on 13 "
	    "February 2025\n\nMembers:      Councillor Farah Qureshi (Chair)\n"
	    "              Councillor Declan Mulhern\n\nAPOLOGIES FOR "
	    "ABSENCE\n\nNone.\n\nDECLARATIONS OF INTEREST\n\nNone.\n\nREVIEW "
	    "OF PREMISES LICENCE\n\nThe Sub-Committee heard from the "
	    "applicant and the police.\n";
	read_buf("apol-caps.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title, "Apologies for Absence") &&
	    streq(g.r[1]->title, "Declarations of Interest"),
	    "apologies_in_capitals_after_the_lists_should_be_an_item");
	got_free(&g);
	txt = "Little Strettington Parish Council\n\nMinutes of the Annual "
	    "Parish Meeting held on Thursday 25th April 2024\n\nPresent: Cllr "
	    "Brian Mellor (Chairman), Cllrs Wendy Cope and Ian Platt.\n\n"
	    "Welcome\nThe Chairman welcomed everyone and explained what the "
	    "meeting was for.\n\nApologies\nCllr Dawn Yates; Mr and Mrs R "
	    "Clegg (Top Farm).\n\nPolice Report\nPC Akhtar reported that crime "
	    "in the parish had fallen.\n";
	read_buf("apol-title.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title, "Welcome") &&
	    streq(g.r[1]->title, "Apologies") &&
	    contains(g.r[1]->sections[g.r[1]->nsections - 1].text, "Yates"),
	    "apologies_in_title_case_after_the_welcome_should_be_an_item");
	got_free(&g);

	/* numbered paragraphs of a decision and its movers are no
	 * sub-items; a table of decisions after the close is no chain of
	 * items */
	txt = "WEST VALE COMBINED AUTHORITY\n\nMINUTES OF THE MEETING OF THE "
	    "COMBINED AUTHORITY BOARD held on 24 January 2025\n\nPresent: "
	    "Mayor N Trevithick, Councillors Nance and Pascoe\n\n1.  MINUTES\n"
	    "\n1.1 The minutes were submitted for approval.\n\n1.2 Proposed: "
	    "Cllr Gwyn Morgan   Seconded: Cllr Sian Tudor\n\n1.3 RESOLVED to "
	    "approve the minutes as a true record.\n\n2.  BUDGET 2025/26\n\n"
	    "2.1 The Mayor introduced her draft budget.\n\n2.2 RESOLVED "
	    "\xe2\x80\x93 That the Board:\n\n(1) approves the budget for "
	    "2025/26;\n\n(2) notes the statement on reserves.\n\n3.  BUS "
	    "FARES\n\n3.1 Councillor Moyle presented the report.\n\n3.2 "
	    "RESOLVED \xe2\x80\x93 That the fare cap be extended.\n\nThe "
	    "meeting closed at 12.50 pm.\n\nMAYOR\n\nDECISION SUMMARY\n\n"
	    "Item   Decision                    Lead officer    Call-in\n"
	    "2      Budget 2025/26 approved     D Chenoweth     N/A\n"
	    "3      Fare cap extended           L Tonkin        5 February "
	    "2025\n";
	read_buf("paragraphs.txt", txt, strlen(txt), &o, &g);
	ok(g.n >= 3 && streq(g.r[0]->item, "1") && streq(g.r[1]->item, "2") &&
	    streq(g.r[2]->item, "3") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Gwyn Morgan") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "approves the "
	    "budget") && !contains(g.r[2]->sections[g.r[2]->nsections -
	    1].text, "Chenoweth") && (g.n == 3 || !streq(g.r[3]->item, "2")),
	    "numbered_decision_paragraphs_and_decision_tables_are_no_items");
	got_free(&g);

	/* a committee's initials with an ampersand in the minute's
	 * reference */
	txt = "HOLTBY TOWN COUNCIL\n\nMinutes of the Finance & General Purposes "
	    "Committee held on 14th January 2025\n\nPresent: Cllr A Halloran "
	    "(Chair), Cllr B Wyatt\n\nF&GP 24/25/061  To receive apologies for "
	    "absence\n\nNone.\n\nF&GP 24/25/062  To consider quotations for "
	    "the roof repairs\n\nRESOLVED to accept the quotation from Holt "
	    "Roofing.\n";
	read_buf("fgp.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->item, "F&GP 24/25/062") &&
	    starts(g.r[1]->title, "To consider quotations") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL,
	    "minute_references_should_take_initials_with_an_ampersand");
	got_free(&g);

	/* "MINUTES OF THE PROCEEDINGS OF THE COUNCIL" names the body */
	txt = "SALTMOOR METROPOLITAN BOROUGH COUNCIL\n\nMINUTES OF THE "
	    "PROCEEDINGS OF THE COUNCIL\nheld on Wednesday 29 January 2025 at "
	    "6.30 pm\n\n101. APOLOGIES\n\nNone.\n\n102. GRANTS\n\nThe "
	    "report was noted.\n";
	read_buf("proceedings.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->council,
	    "Saltmoor Metropolitan Borough Council") &&
	    streq(g.r[1]->committee, "Council"),
	    "minutes_should_read_the_body_after_proceedings_of");
	got_free(&g);

	/* a council whose name holds commas */
	txt = "Minutes of the Monthly Meeting of Drumlough, Ardglass and Mourne "
	    "District Council held in the\nCouncil Chamber on Monday 5 February "
	    "2024 at 7.00 pm\n\nPresent: Councillor A Smith (Chair), "
	    "Councillors Byrne and Cole\n\n1. APOLOGIES\n\nNone.\n\n2. "
	    "BUDGET\n\nThe budget was noted.\n";
	read_buf("drum.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->committee,
	    "Drumlough, Ardglass and Mourne District Council"),
	    "minutes_should_keep_the_commas_of_a_councils_name");
	got_free(&g);

	/* the council's name alone over the meeting: the council met */
	txt = "Minutes\n\nThe City of Arnmouth Council\n\nArnmouth, Thursday 22 "
	    "August 2024\n\nPresent: Lord Provost Reid, Councillors Ahmed and "
	    "Baird\n\n1. APOLOGIES\n\nNone.\n\n2. BUDGET\n\nThe budget was "
	    "noted.\n";
	read_buf("arnmouth.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->council, "The City of Arnmouth Council") &&
	    streq(g.r[1]->committee, "The City of Arnmouth Council"),
	    "minutes_headed_by_the_council_alone_should_be_the_councils");
	got_free(&g);

	/* the council and its committee on one line */
	txt = "THE LOMOND COUNCIL - CABINET COMMITTEE \xe2\x80\x93 BLENDED "
	    "MEETING\n\nMinutes of the meeting held on 3 June 2024\n\nPresent: "
	    "Councillor A Smith (Chair), Councillor B Jones\n\n1. APOLOGIES\n\n"
	    "None.\n\n2. BUDGET\n\nThe budget was noted.\n";
	read_buf("lomond.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->council, "Lomond Council") &&
	    streq(g.r[1]->committee, "Cabinet Committee"),
	    "minutes_should_read_a_council_and_its_committee_on_one_line");
	got_free(&g);

	/* a venue line under "Minutes of the Cabinet" is no part of the
	 * body's name */
	txt = "Minutes of the Cabinet\n\nCouncil Chamber, Civic Offices, "
	    "Penrhos / Hybrid Meeting\n\nThursday, 14 November 2024 at 10.00 "
	    "am\n\nPresent: Councillor D Ellis (Chair)\n\n1. APOLOGIES\n\n"
	    "None.\n\n2. BUDGET\n\nThe budget was noted.\n";
	read_buf("venue.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->committee, "Cabinet") &&
	    g.r[1]->council == NULL && streq(g.r[1]->date, "2024-11-14"),
	    "minutes_should_end_the_body_with_its_line_before_a_venue");
	got_free(&g);

	/* "City and County of X" alone on its line names the council */
	txt = "City and County of Abermawr\n\nMinutes of the Cabinet\n\n"
	    "Thursday, 14 November 2024 at 10.00 am\n\nPresent: Councillor D "
	    "Ellis (Chair)\n\n1. APOLOGIES\n\nNone.\n\n2. BUDGET\n\nThe "
	    "budget was noted.\n";
	read_buf("cityco.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->council, "City and County of Abermawr") &&
	    streq(g.r[1]->committee, "Cabinet"),
	    "minutes_should_take_a_city_and_county_as_the_council");
	got_free(&g);

	/* a committee with its remit after a dash, one of several */
	txt = "Minutes\n\nCommunities Scrutiny Committee - Housing and "
	    "Environment\n\nDate: 7 October 2024\n\nTime: 5.00 pm\n\n"
	    "Present: Councillor D Ellis (Chair)\n\n1. APOLOGIES\n\nNone."
	    "\n\n2. BUDGET\n\nThe budget was noted.\n";
	read_buf("remit.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->committee, "Communities Scrutiny "
	    "Committee - Housing and Environment"),
	    "minutes_should_keep_a_committees_remit_after_a_dash");
	got_free(&g);

	/* "Minute 1" over the meeting's date, a page's running header, is
	 * no item */
	txt = "                                        Minute 1\n\n"
	    "                              Monday, 14 October 2024\n\n"
	    "Minutes of the meeting of the Cabinet, held in the Council "
	    "Chamber, Shire Hall, on Monday, 14 October 2024\n\nPresent: "
	    "Councillor D Ellis (Chair)\n\n1. Apologies for Absence\n\n"
	    "None.\n\n2. Budget\n\nThe budget was noted.\n";
	read_buf("minute1.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->item, "1") &&
	    streq(g.r[0]->title, "Apologies for Absence") &&
	    streq(g.r[0]->committee, "Cabinet") &&
	    streq(g.r[0]->date, "2024-10-14"),
	    "a_minute_number_over_the_date_should_be_no_item");
	got_free(&g);

	/* "Council" or "Full Council" names no council, but the body that
	 * met; so does "the Council" after a part of its meeting */
	{
		static const char *const heads[] = {
			"MINUTES\n\nSPECIAL MEETING OF COUNCIL\n\nMarch 5, "
			"2024, 9:30 AM",
			"MINUTES OF AN OPEN PORTION OF THE COUNCIL MEETING\n"
			"HELD AT 5:00 PM ON MONDAY, 4 MARCH 2024\n\nThis meeting "
			"of the Council is held in accordance with a Notice.",
			"Minutes of the meeting of the Full Council, held in the "
			"Council Chamber on Tuesday, 5 March 2024",
		};
		static const char *const bodies[] = {
			"Council", "Council", "Full Council",
		};
		size_t h;
		int good = 1;

		for (h = 0; h < sizeof heads / sizeof heads[0]; h++) {
			char *t = xasprintf("%s\n\nPresent: Councillors "
			    "Brown and Smith.\n\n1. HOUSING\n\nRESOLVED that "
			    "the report be noted.\n", heads[h]);

			read_buf("generic.txt", t, strlen(t), &o, &g);
			if (g.n != 1 || g.r[0]->council != NULL ||
			    !streq(g.r[0]->committee, bodies[h]))
				good = 0;
			got_free(&g);
			free(t);
		}
		ok(good, "a_kind_of_council_should_be_no_councils_name");
	}

	/* the first sentence names the council formally */
	txt = "REGULAR COUNCIL MEETING MINUTES\n\nMARCH 5, 2024\n\nA Regular "
	    "Meeting of the Council of the City of Port Alder was held on "
	    "Tuesday, March 5,\n2024, at 9:30 am, in the Council Chamber.\n\n"
	    "PRESENT:        Mayor Jo Reid\n                Councillor Amy "
	    "Lowe\n\n1. HOUSING\n\nRESOLVED that the report be noted.\n\n"
	    "2. BUDGET\n\nThe budget was noted.\n";
	read_buf("first-sentence.txt", txt, strlen(txt), &o, &g);
	ok(g.n >= 2 && streq(g.r[g.n - 1]->council,
	    "Council of the City of Port Alder") &&
	    streq(g.r[g.n - 1]->committee, "Council"),
	    "minutes_should_read_the_council_from_the_first_sentence");
	got_free(&g);

	/* Dundee's Roman numbers with no dot, a star for "not delegated" */
	txt = "TAYMOUTH CITY COUNCIL\n\nAt a MEETING of the NEIGHBOURHOOD "
	    "SERVICES COMMITTEE held on 11th March, 2024.\n\nPresent: "
	    "Councillors Allan and Brodie\n\nI       DECLARATION OF INTEREST\n"
	    "\nNo declarations were made.\n\nII      TENDERS RECEIVED\n\nThe "
	    "Committee agreed to accept the lowest tender.\n\nIII*    CAPITAL "
	    "PLAN\n\nThe Committee noted the report.\n";
	read_buf("dundee-roman.txt", txt, strlen(txt), &o, &g);
	ok(g.n >= 3 && streq(g.r[g.n - 3]->item, "I") &&
	    streq(g.r[g.n - 1]->item, "III") &&
	    streq(g.r[g.n - 1]->title, "Capital Plan"),
	    "minutes_should_read_roman_numbers_without_a_dot");
	got_free(&g);

	/* a district named for two places a dash joins */
	txt = "MINUTES OF ANNUAL MEETING OF THE MUNICIPAL DISTRICT OF DRUMKEEL "
	    "\xe2\x80\x93 LISNAGRY HELD\nIN THE CIVIC OFFICES ON MONDAY 3 JUNE "
	    "2024\n\nPresent: Cllr A Smith, Cllr B Jones\n\n1. APOLOGIES\n\n"
	    "None.\n\n2. BUDGET\n\nThe budget was noted.\n";
	read_buf("drumkeel.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->committee,
	    "Municipal District of Drumkeel - Lisnagry"),
	    "minutes_should_keep_a_district_of_two_places");
	got_free(&g);

	/* a meeting page's sub-title naming the council itself, or the
	 * kind of meeting first */
	txt = "Agenda and minutes\n\nSaltmarsh County Council - Thursday 21 "
	    "September 2023 10.00 am\n\n34.\t\n\nApologies\n\nMinutes:\n\n"
	    "None.\n\n35.\t\n\nBudget\n\nMinutes:\n\nThe budget was noted.\n";
	read_buf("salt.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->council, "Saltmarsh County Council") &&
	    streq(g.r[1]->committee, "Saltmarsh County Council"),
	    "meeting_page_should_read_the_council_meeting_in_its_sub_title");
	got_free(&g);
	txt = "Agenda and minutes\n\nExtraordinary Meeting, County Council - "
	    "Monday, 8th January, 2024 2.00 pm\n\n34.\t\n\nApologies\n\n"
	    "Minutes:\n\nNone.\n\n35.\t\n\nBudget\n\nMinutes:\n\nThe budget "
	    "was noted.\n";
	read_buf("salt2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->committee, "County Council"),
	    "meeting_page_should_read_the_body_after_the_kind_of_meeting");
	got_free(&g);

	/* an NHS body heading its board's minutes is the "council" */
	txt = "Harrowmere Teaching Hospitals NHS Foundation Trust\n\nMINUTES "
	    "OF THE BOARD OF DIRECTORS MEETING HELD IN PUBLIC\nThursday 28 "
	    "November 2024\n\nPresent: Mrs Gillian Rathbone (Chair), Mr "
	    "Stephen Oduya\n\nBoD 24/150  Apologies\n\nNone.\n\nBoD 24/151  "
	    "Chief Executive's Report\n\nThe Board noted the report.\n";
	read_buf("nhs.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->council,
	    "Harrowmere Teaching Hospitals NHS Foundation Trust") &&
	    streq(g.r[1]->committee, "Board of Directors"),
	    "an_nhs_trust_heading_its_minutes_should_be_their_body");
	got_free(&g);

	/* Glasgow's side headings: the heading ends in a stop and the
	 * minute's number opens the line under it */
	txt = "Glenmuir, 5th March 2024.\n\nNeighbourhoods City Policy "
	    "Committee.\n\nPresent: Councillor Fiona McAskill (Chair), "
	    "Councillors Baird and Cowie.\n\nMinutes of previous meeting "
	    "approved.\n1 The minutes of 23rd January 2024 were submitted and "
	    "approved.\n\nHousing Revenue Account \xe2\x80\x93 Rent Setting "
	    "\xe2\x80\x93 Report.\n2 There was submitted a report by the "
	    "Executive Director of Neighbourhoods,\nHousing and Public Realm "
	    "seeking approval of a rent increase.\n\nAfter consideration, the "
	    "committee approved the recommendations.\n\nFly-tipping "
	    "Enforcement \xe2\x80\x93 Update.\n3 There was submitted a report "
	    "by the Executive Director of Neighbourhoods,\nHousing and Public "
	    "Realm on enforcement.\n\nAfter consideration, the committee noted "
	    "the report.\n";
	read_buf("glasgow.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title,
	    "Minutes of previous meeting approved") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(g.r[1]->title, "Housing Revenue Account - Rent Setting - "
	    "Report") && streq(g.r[2]->item, "3") &&
	    streq(g.r[2]->title, "Fly-tipping Enforcement - Update"),
	    "minutes_should_read_side_headings_over_numbered_minutes");
	got_free(&g);

	/* "FC.24.56": the letters, a dot, the year, a dot, the minute */
	txt = "Little Brayford Town Council\n\nMinutes of the meeting of the "
	    "Full Council held on 17 January 2024\n\n**FC.24.56 PUBLIC "
	    "PARTICIPATION**\n\nNo members of the public were present.\n\n"
	    "**FC.24.57 MINUTES**\n\nThe minutes were approved.\n";
	read_buf("fc-dots.md", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->item, "FC.24.56") &&
	    streq(g.r[1]->item, "FC.24.57") &&
	    streq(g.r[0]->title, "Public Participation"),
	    "minute_references_should_read_dots_between_year_and_minute");
	got_free(&g);

	/* "2024.61": the year in four digits, a dot, the minute */
	txt = "BRYNGWENITH COMMUNITY COUNCIL\n\nMinutes of the Monthly Meeting "
	    "held on 15 April 2024\n\nPresent: Cllr Carys Morgan (Chair), Cllr "
	    "Dafydd Lewis\n\n2024.61  Welcome and apologies\nThe Chair welcomed "
	    "everyone.\n\n2024.62  Declarations of interest\nNone.\n\n"
	    "2024.63  Minutes\nRESOLVED: To confirm the minutes of 18 March "
	    "2024.\n";
	read_buf("year-dot.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "2024.61") &&
	    streq(g.r[2]->title, "Minutes") &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL,
	    "minute_references_should_read_a_year_a_dot_and_the_minute");
	got_free(&g);

	/* "the Committee was informed that:" and its points: an answer */
	txt = "Agenda item\n\nBudget\n\nMinutes:\n\nIn response to questions from "
	    "members, the Committee was informed that:\n\n(i) the overspend "
	    "would be met from reserves;\n(ii) fees would rise.\n\nRESOLVED: "
	    "That the report be noted.\n";
	read_buf("informed.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->text, "fees would rise") &&
	    nth(g.r[0], SEC_QUESTION, 0) == NULL &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL,
	    "informed_that_and_its_points_should_be_an_answer");
	got_free(&g);

	/* a heading wrapped at the page's width, the reference before it */
	txt = "MINUTES of the meeting of the PLANNING COMMITTEE held on 6 March "
	    "2025\n\nNPA 15/25  Chief Executive's Report\n\nThe report was "
	    "noted.\n\nNPA 16/25  Full Application - Conversion of Field Barn "
	    "to Holiday Let\n           Accommodation, Low Birks Barn\n\nThe "
	    "application was approved.\n";
	read_buf("npa.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->title, "Full Application - Conversion of "
	    "Field Barn to Holiday Let Accommodation, Low Birks Barn"),
	    "minutes_should_join_a_heading_wrapped_at_the_pages_width");
	got_free(&g);

	/* asking that something be done is a request */
	txt = "Agenda item\n\nFlooding\n\nMinutes:\n\nCouncillor Whitby asked "
	    "that a condition be added on drainage.\n\nCouncillor Dovey asked "
	    "whether the culvert would be cleared. The Engineer replied that "
	    "it would.\n";
	read_buf("request.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker, "Councillor Dovey") &&
	    nth(g.r[0], SEC_QUESTION, 1) == NULL,
	    "asking_that_something_be_done_should_be_no_question");
	got_free(&g);

	/* movers in a table's cells, label and name */
	txt = "<html><body><h1>Minutes</h1><p>Regular Council Meeting, Tuesday,"
	    " February 13, 2024</p><p>Present: Mayor D. Thibodeau</p><h2>1. "
	    "Adoption of Agenda</h2><table><tr><td>Moved By:</td><td>Councillor"
	    " Pemberton</td></tr><tr><td>Seconded By:</td><td>Councillor "
	    "Lachance</td></tr></table><p>That the agenda be adopted.</p><p><b>"
	    "Carried</b></p><h2>2. Delegations</h2><p>None.</p></body></html>\n";
	read_buf("cells.html", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Pemberton") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Lachance"),
	    "movers_in_table_cells_should_be_read_without_the_cells_bar");
	got_free(&g);

	/* a vote under a label, a tally in square brackets */
	txt = "MINUTES OF THE PLANNING COMMISSION MEETING OF MARCH 5, 2024\n\n"
	    "4. VARIANCE 24-03\n\nMOTION: Commissioner Lee moved to approve the "
	    "variance; Commissioner Ortiz seconded.\n\nVote: 5 for, 1 against, "
	    "1 abstention.\n\n5. SIGN PERMIT 24-07\n\nMOTION: Commissioner Ortiz"
	    " moved to deny the permit; Commissioner Lee seconded.\n\nRESULT: "
	    "DEFEATED [2 TO 5]\n";
	read_buf("votelabel.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "a_vote_under_a_label_should_decide_its_motion");
	got_free(&g);

	/* a name or an office ends before the next line's label */
	txt = "Agenda item\n\nPremises Licence Review\n\nMinutes:\n\nPremises "
	    "licence holder: Mr Arjun Pathmanathan\nApplicant for review: PC "
	    "Dawn Ellis, Licensing Officer, Westshire Police\nResponsible "
	    "authorities: Ms Carol Ruddock\n\nPC Ellis said that there had been"
	    " 14 incidents.\n";
	read_buf("labels.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && speaker_named(g.r[0], "Mr Arjun Pathmanathan") &&
	    !speaker_named(g.r[0], "Mr Arjun Pathmanathan Applicant"),
	    "a_name_should_end_before_the_next_lines_label");
	got_free(&g);

	/* "the Leader" is not the Leader of the Opposition */
	txt = "Agenda item\n\nBudget\n\nMinutes:\n\nCouncillor Tracey "
	    "Hebblethwaite, Leader of the Opposition, asked about reserves. The"
	    " Leader replied that reserves were adequate.\n";
	read_buf("leader.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    !streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "t hebblethwaite"),
	    "the_leader_should_not_be_the_leader_of_the_opposition");
	got_free(&g);

	/* more offices: the fund's actuary, the chief nurse */
	txt = "Agenda item\n\nValuation\n\nMinutes:\n\nIn response to a question"
	    " from Councillor Spargo, the Actuary said that the funding level "
	    "was 112%. The Chief Nurse added that staffing was stable.\n";
	read_buf("actuary.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "actuary") &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "chief nurse"),
	    "an_actuary_and_a_nurse_should_be_offices");
	got_free(&g);

	/* the recommendations moved and seconded, an amendment lost, then
	 * the decision: the movers' */
	txt = "MINUTES of the meeting of the COUNCIL held on 12 March 2025\n\n"
	    "45. BUDGET 2025/26\n\nCouncillor Isherwood moved and Councillor "
	    "Hadley seconded the recommendations.\n\nCouncillor Quayle moved and"
	    " Councillor Rudd seconded the following amendment:\n\n\"To reduce "
	    "the reserve by 150,000 pounds.\"\n\nOn being put to the vote the "
	    "amendment was LOST.\n\nRESOLVED:\n\n(1) That the revenue budget be "
	    "approved.\n\n(2) That the council tax be increased by 2.99%.\n";
	read_buf("recs.txt", txt, strlen(txt), &o, &g);
	/* (the moving sentence is discussion: how the decision came) */
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 1)->text,
	    "That the revenue budget") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Isherwood") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Hadley") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    starts(nth(g.r[0], SEC_DISCUSSION, 0)->text,
	    "Councillor Isherwood moved"),
	    "a_decision_should_take_the_movers_of_the_recommendations");
	got_free(&g);

	/* American action minutes: "ACTION:" over the motion, "Vote:" over
	 * its counts */
	txt = "CITY OF RIDGEMONT\n\nPLANNING COMMISSION ACTION MINUTES\n\nMarch 5,"
	    " 2024\n\n4. CONDITIONAL USE PERMIT PLN-2024-0077\n\nStaff presented"
	    " the report.\n\nACTION: Commissioner Ashworth moved, Vice Chair "
	    "Ramirez seconded, to adopt Resolution PC 2024-19 approving the "
	    "permit.\n\nVOTE: 1-4\n";
	read_buf("action.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Commissioner Ashworth") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "an_action_line_should_be_read_as_its_motion");
	got_free(&g);

	/* a meeting labelled in a table: "Committee: | ..." */
	txt = "Meeting Details\nCommittee: | Children's Services Scrutiny Board\n"
	    "Date: | Wednesday, 7 February 2024\n\nPresent: Councillor S "
	    "Akhtar (Chair)\n\n1. Apologies for Absence\n\nNone.\n\n2. Work "
	    "Programme\n\nThe work programme was agreed.\n";
	read_buf("cmis.txt", txt, strlen(txt), &o, &g);
	ok(g.n >= 2 && streq(g.r[g.n - 1]->committee,
	    "Children's Services Scrutiny Board") &&
	    streq(g.r[g.n - 1]->date, "2024-02-07"),
	    "a_committee_labelled_in_a_table_should_be_read");
	got_free(&g);

	/* a minute's numbered decisions: "23/045.1  That ..." */
	txt = "MINUTES of the CABINET held on 5 March 2024\n\nMinute 23/045 - "
	    "Customer Access Strategy\n\nThe Cabinet considered the report.\n\n"
	    "RESOLVED:\n\n23/045.1  That Cabinet be RECOMMENDED to approve the "
	    "strategy.\n\n23/045.2  That opening hours be reduced.\n\nMinute "
	    "23/046 - Work Programme\n\nNoted.\n";
	read_buf("subdec.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 1)->text, "That opening hours") &&
	    nth(g.r[0], SEC_DISCUSSION, 1) == NULL,
	    "a_minutes_numbered_decisions_should_each_be_one");
	got_free(&g);

	/* a motion's deciding lead-in on its own line keeps its words; an
	 * agenda adopted "as follows:" is no list of decisions */
	txt = "MINUTES OF THE COUNCIL MEETING HELD ON 11 JUNE 2024\n\nMIN. "
	    "12/2024: CAPITAL GRANT\n\nMOTION:  Moved by Councillor MacLellan, "
	    "seconded by "
	    "Councillor Boutilier\nthat Council approve a capital grant of up "
	    "to $250,000, conditional upon:\na)  confirmation of the remaining "
	    "funding; and\nb)  a funding agreement.\nMOTION CARRIED.\n\nMIN. "
	    "13/2024: ADOPTION OF THE AGENDA\n\nThe agenda was adopted having been "
	    "proposed by Hon. Abdi Noor and seconded by Hon. Peter Ouma, as "
	    "follows:\n1. Preliminaries\n2. Adjournment\n";
	read_buf("leadkept.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "capital grant") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "a_deciding_lead_in_should_stay_and_an_agenda_list_be_no_points");
	got_free(&g);

	/* a meeting system's header block, its date with a no-break space:
	 * the minutes' heading, not the site's */
	txt = "<html><body><div class=\"MinutesHeader\"><p>The Corporation of the"
	    " Town of Millbrook</p><p>Regular Council Meeting</p><p>Minutes</p>"
	    "<table><tr><td>Date:</td><td>Tuesday, February&nbsp;13, 2024</td>"
	    "</tr></table><table><tr><td>Present:</td><td>Mayor D. Thibodeau"
	    "</td></tr></table></div><div><div><span>1.</span>&nbsp;<span>Call"
	    " to Order</span></div><p>The Mayor called the meeting to order."
	    "</p></div><div><div><span>2.</span>&nbsp;<span>Delegations</span>"
	    "</div><p>None.</p></div></body></html>\n";
	read_buf("escribe.html", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->title, "Delegations") &&
	    streq(g.r[1]->council, "Town of Millbrook") &&
	    streq(g.r[1]->date, "2024-02-13"),
	    "a_header_block_with_a_no_break_space_in_its_date_should_be_read");
	got_free(&g);

	/* an item's own header block is the item's, not the site's */
	txt = "<html><body><div class=\"portal-header\"><a href=\"/e\">Events</a>"
	    "</div><div class=\"doc-header\"><p><b>CITY OF PALMETTO BLUFF</b></p>"
	    "<p><b>CITY COMMISSION REGULAR MEETING</b></p><p><b>MINUTES</b></p>"
	    "<p>Tuesday, April 16, 2024</p></div><div class=\"item\"><div class="
	    "\"item-header\"><span>1.</span>&nbsp;<span>CALL TO ORDER</span>"
	    "</div><p>The Mayor called the meeting to order.</p></div><div "
	    "class=\"item\"><div class=\"item-header\"><span>2.</span>&nbsp;"
	    "<span>PUBLIC COMMENT</span></div><p>None.</p></div></body></html>"
	    "\n";
	read_buf("civic.html", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->title, "Public Comment") &&
	    streq(g.r[1]->committee, "City Commission"),
	    "an_items_header_block_should_be_the_items");
	got_free(&g);

	/* California's action minutes: "ACTION: Motion to ...", then
	 * "M/S Lee/Ortiz. Vote 2-3." */
	txt = "CITY OF RIDGEMONT\n\nCITY COUNCIL ACTION MINUTES\n\nMarch 5, 2024"
	    "\n\n5. CONSENT CALENDAR\n\nACTION: Motion to approve the consent "
	    "calendar.\nM/S Lee/Ortiz. Vote 5-0.\n\n6. BUDGET\n\nACTION: Motion "
	    "to adopt the budget of Sunridge Builders, Inc.\nM/S Ortiz/Lee. Vote"
	    " 2-3.\n";
	read_buf("ms.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer, "Lee") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder, "Ortiz") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Ortiz") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "an_action_motion_should_take_its_m_s_movers_and_vote");
	got_free(&g);

	/* a reference alone on its line, the title under it */
	txt = "HAVERSHIRE FIRE AND RESCUE AUTHORITY\n\nMinutes of the meeting "
	    "of the Fire Authority held on 19 March 2024\n\nPresent: "
	    "Councillor A Marsh (Chair)\n\nFA/31\n\nAPOLOGIES FOR ABSENCE\n\n"
	    "Apologies were received from Councillor Liam Hext.\n\nFA/32\n\n"
	    "DECLARATIONS OF INTEREST\n\nNone were declared.\n\nFA/33\n\nPAY "
	    "POLICY\n\nThe Authority approved the statement.\n";
	read_buf("fa.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "FA/31") &&
	    streq(g.r[0]->title, "Apologies for Absence") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "Hext"),
	    "minutes_should_read_a_reference_alone_above_its_title");
	got_free(&g);

	/* ModernGov's "Meeting:" line with a time */
	txt = "Agenda item\n\nRoad Safety\n\nMeeting: Tuesday, 5th March, 2024"
	    " 6.30 pm, Planning Committee (Item 97.)\n\nMinutes:\n\nThe report"
	    " was noted.\n";
	read_buf("mgtime.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->committee, "Planning Committee") &&
	    streq(g.r[0]->date, "2024-03-05") && streq(g.r[0]->item, "97"),
	    "item_page_should_skip_the_time_on_the_meeting_line");
	got_free(&g);

	/* a text copy: the report's link under the title, the site's
	 * footer after the minutes */
	txt = "Agenda item\n\nBudget Monitoring Q3 PDF 214 KB\nPDF 1 MB\n"
	    "To report the forecast.\n\nMinutes:\n\nThe report was noted.\n"
	    "Contact us\nAccessibility statement\n\xc2\xa9 Eastvale County "
	    "Council 2024\n";
	read_buf("mgpdf.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->title, "Budget Monitoring Q3") &&
	    streq(g.r[0]->purpose, "To report the forecast.") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    !contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "Contact") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL,
	    "item_page_should_leave_out_the_reports_link_and_the_footer");
	got_free(&g);

	/* several pages' text copies pasted into one file */
	txt = "Home > Meetings > Agenda item\nAgenda item\n\nBudget Monitoring"
	    "\n\nMeeting: 05/03/2024 - Cabinet (Item 7)\n\nMinutes:\n\nThe "
	    "report was noted.\n\nSupporting documents:\nReport, item 7 PDF 1 "
	    "MB\n\nHome > Meetings > Agenda item\nAgenda item\n\nLibrary "
	    "Opening Hours\n\nMeeting: 05/03/2024 - Cabinet (Item 8)\n\n"
	    "Minutes:\n\nCouncillor Platt asked whether Sunday opening would "
	    "end. The Head of Libraries replied that it would not.\n\n"
	    "RESOLVED: That the hours be agreed.\n\nAgenda item\n\nRoad "
	    "Safety\n\nMinutes:\n\nThe Cabinet agreed the plan.\n";
	read_buf("pasted.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title, "Budget Monitoring") &&
	    streq(g.r[1]->title, "Library Opening Hours") &&
	    streq(g.r[1]->item, "8") && streq(g.r[2]->title, "Road Safety") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    !contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "Library") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[2], SEC_RESOLUTION, 0)->text, "plan"),
	    "item_pages_pasted_into_one_file_should_each_be_a_record");
	got_free(&g);

	/* a lead-in and its points: members' and officers' lists */
	txt = "Agenda item\n\nBudget Monitoring\n\nMinutes:\n\nMembers raised "
	    "the following points:\n\n\xe2\x80\xa2 Whether the overspend would "
	    "be met from reserves.\n\xe2\x80\xa2 The realism of the savings "
	    "target.\n\nOfficers responded:\n\n\xe2\x80\xa2 Any overspend would "
	    "be met from the general fund.\n\xe2\x80\xa2 The savings plans had "
	    "been reviewed.\n\nIn response to further questions, officers "
	    "advised:\n\n- the fall in performance was due to vacancies;\n\n"
	    "- sickness absence was highest in the depots.\n\nMembers asked "
	    "about:\n\xe2\x80\xa2 Verges \xe2\x80\x93 Ms Morgan confirmed that "
	    "signs would go up.\n\nRESOLVED: That the report be noted.\n";
	read_buf("points.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_QUESTION, 0)->text, "savings target") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->text, "general fund") &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->text, "plans had been") &&
	    nth(g.r[0], SEC_ANSWER, 0)->answers >= 0 &&
	    g.r[0]->sections[nth(g.r[0], SEC_ANSWER, 0)->answers].type ==
	    SEC_QUESTION &&
	    contains(nth(g.r[0], SEC_ANSWER, 1)->text, "depots") &&
	    nth(g.r[0], SEC_ANSWER, 2) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 2)->speaker, "Ms Morgan") &&
	    !contains(nth(g.r[0], SEC_QUESTION, 0)->text, "Verges"),
	    "points_under_a_lead_in_should_be_its_speakers_words");
	got_free(&g);

	/* the quoted question and the quoted reply under their lead-ins */
	txt = "Agenda item\n\nPublic Question Time\n\nMinutes:\n\n1.\tQuestion "
	    "from Mr Gordon Blythe, Tarnside Cycle Forum\n\n\"When will the "
	    "riverside route be completed?\"\n\nThe Leader, Councillor Frances "
	    "Nkemelu, responded as follows:\n\n\"It will be completed in June."
	    "\"\n\n2.\tQuestion from Ms Joanna Fielding\n\n\"How many families "
	    "are in bed and breakfast?\"\n\nThe Cabinet Member for Housing, "
	    "Councillor Neil Brandt, read out the following written response:"
	    "\n\n\"As at 30 June there were 37.\"\n";
	read_buf("quoted.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker, "Mr Gordon Blythe") &&
	    contains(nth(g.r[0], SEC_QUESTION, 0)->text, "riverside route") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker,
	    "Ms Joanna Fielding") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->text, "June") &&
	    contains(nth(g.r[0], SEC_ANSWER, 1)->text, "were 37") &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker,
	    "Councillor Neil Brandt") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL,
	    "quoted_question_and_reply_should_follow_their_lead_ins");
	got_free(&g);

	/* the reply is from whom the question was put to */
	txt = "Agenda item\n\nQuestions from Members\n\nMinutes:\n\nQuestion 1 "
	    "from Councillor Nadia Farouk to the Cabinet Member for Climate "
	    "Change, Councillor Bill Harker\n\n\"Why has the tree target been "
	    "reduced?\"\n\nAnswer:\n\n\"The funding did not come.\"\n\n"
	    "Councillor Pat O'Rourke asked the Cabinet Member for Children's "
	    "Services, Councillor Mary-Jane Cole, about the number of children "
	    "placed outside the county.\n\nCouncillor Cole said that there "
	    "were 47.\n\nAs a supplementary question, Councillor O'Rourke "
	    "asked how many were more than 50 miles away.\n\nCouncillor Cole "
	    "undertook to provide a written answer.\n\nCouncillor Mistry "
	    "asked about potholes on the representations to the Minister for "
	    "Roads.\n\nReply:\n\nThey were being filled.\n";
	read_buf("addressee.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 3) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker,
	    "Councillor Bill Harker") &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker, "Councillor Cole") &&
	    streq(nth(g.r[0], SEC_ANSWER, 2)->speaker, "Councillor Cole") &&
	    contains(nth(g.r[0], SEC_ANSWER, 2)->text, "written answer") &&
	    nth(g.r[0], SEC_ANSWER, 3)->speaker == NULL,
	    "reply_should_come_from_whom_the_question_was_put_to");
	got_free(&g);

	/* ModernGov's "Agenda and minutes" page: a meeting, not an item */
	txt = "<html><head><meta property=\"og:site_name\" content=\""
	    "Harrowfield Borough Council\"></head><body><div id=\"modgov\">"
	    "<div class=\"mgContent\"><h1>Agenda and minutes</h1><h2>Audit "
	    "and Governance Committee - Thursday, 18th January, 2024 2.00 pm"
	    "</h2><p>Present: Councillor M Ellery (Chair)</p><table class=\""
	    "mgItemTable\"><tr><td><p>36.</p></td><td><p><a href=\"a\">"
	    "Apologies for Absence</a></p><p>Minutes:</p><div><p>None.</p>"
	    "</div></td></tr><tr><td><p>37.</p></td><td><p><a href=\"b\">"
	    "External Audit Report</a> <span class=\"mgPdf\">PDF 214 KB</span>"
	    "</p><p>Minutes:</p><div><p>Councillor Adeyemi asked why the "
	    "audit was late. Ms Carr replied that the market lacked auditors."
	    "</p><p><b>RESOLVED:</b> That the report be noted.</p></div></td>"
	    "</tr><tr><td><p>38.</p></td><td><p><a href=\"c\">Work Programme"
	    "</a></p><p>Minutes:</p><div><p><b>RESOLVED:</b> That the work "
	    "programme be agreed.</p></div></td></tr></table></div></div>"
	    "</body></html>\n";
	read_buf("ieListDocuments.html", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "37") &&
	    streq(g.r[1]->title, "External Audit Report") &&
	    streq(g.r[1]->committee, "Audit and Governance Committee") &&
	    streq(g.r[1]->date, "2024-01-18"),
	    "html_meeting_page_should_give_one_record_per_item");
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "html_meeting_page_should_drop_the_minutes_label");
	got_free(&g);

	/* a Word table: each cell one paragraph, each row a line */
	txt = "<html><body><main><h1>Agenda item</h1><h2>Planning Schedule</h2>"
	    "<h2>Minutes:</h2><p>The Committee considered the applications."
	    "</p><table><tr><td><p>Application</p></td><td><p>Recommendation"
	    "</p></td><td><p>Decision</p></td></tr><tr><td><p>Land at Mill "
	    "Lane</p></td><td><p>Approve</p></td><td><p>REFUSED</p></td></tr>"
	    "<tr><td><p>Rose Cottage</p></td><td><p>Approve</p></td><td><p>"
	    "Deferred for a site visit</p></td></tr></table></main></body>"
	    "</html>\n";
	read_buf("word-table.html", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 0)->text, "Land at Mill Lane") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "refused") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "deferred"),
	    "html_should_read_a_word_tables_cells_as_a_row");
	got_free(&g);

	/* more lead-ins over points; the minute approved; "withdrawal" */
	txt = "Agenda item\n\nHighways\n\nMinutes:\n\nThe Board agreed to:\n\n"
	    "- note the update;\n- request a further report in June.\n\n"
	    "RESOLVED - That\n\n(1) the Committee notes the report;\n(2) "
	    "Cabinet be recommended to approve the strategy.\n\nResolved "
	    "unanimously:\n\nThat Council approves the Annual Report.\n\nWith 8"
	    " votes for, 2 against and 1 abstention, the Committee RESOLVED to:"
	    "\n\n(a) authorise the Director to grant permission;\n(b) discharge"
	    " the condition.\n\nThe minute of meeting of the Climate Committee "
	    "of 12 June 2024 was submitted and approved as a correct "
	    "record.\n\n"
	    "Resolved: That this Council notes the withdrawal of 11 bus routes."
	    "\n";
	read_buf("leadins.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 8) != NULL &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->text, "note the update;") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 2)->text,
	    "the Committee notes the report;") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 4)->text,
	    "That Council approves the Annual Report.") &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 5)->text, "authorise") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 7)->outcome, "approved") &&
	    strcmp(nth(g.r[0], SEC_RESOLUTION, 8)->outcome, "withdrawn") != 0,
	    "minutes_should_read_more_lead_ins_over_points");
	got_free(&g);

	/* items numbered in Roman numerals */
	txt = "CEDAR RIDGE UNIFIED SCHOOL DISTRICT\n\nMinutes of the Regular "
	    "Meeting of the Board of Education held on March 5, 2024\n\n"
	    "Present: Trustee A Batiste\n\nI. CALL TO ORDER\n\nThe President "
	    "called the meeting to order.\n\nII. ROLL CALL\n\nAll present.\n\n"
	    "III. ACTION ITEMS\n\nThe budget was adopted.\n";
	read_buf("roman.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[2]->item, "III") &&
	    streq(g.r[2]->title, "Action Items") && g.r[0]->routine,
	    "minutes_should_read_items_numbered_in_roman_numerals");
	got_free(&g);

	/* a full council's meeting page: the items' purposes */
	txt = "<html><body><div id=\"modgov\"><div class=\"mgContent\"><h1>"
	    "Agenda and minutes</h1><h2>Council - Wednesday, 26th February, "
	    "2025 7.00 pm</h2><p>Present: Councillor M Ellery (Mayor)</p>"
	    "<table class=\"mgItemTable\"><tr><td><p>72.</p></td><td><p><a "
	    "href=\"a\">Declarations of Interest</a></p><p>To receive any "
	    "declarations of interest.</p><p>Minutes:</p><p>None were "
	    "declared.</p></td></tr><tr><td><p>73.</p></td><td><p><a href=\"b"
	    "\">Budget 2025/26</a></p><p>To set the budget.</p><p>Additional "
	    "documents:</p><ul><li>Budget book PDF 1 MB</li></ul><p>Minutes:"
	    "</p><p>RESOLVED: That the budget be approved.</p></td></tr><tr>"
	    "<td><p>74.</p></td><td><p><a href=\"c\">Close</a></p><p>Minutes:"
	    "</p><p>The meeting closed.</p></td></tr></table></div></div>"
	    "</body></html>\n";
	read_buf("council.html", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->committee, "Council") &&
	    streq(g.r[1]->purpose, "To set the budget.") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL,
	    "html_meeting_page_should_read_each_items_purpose");
	got_free(&g);

	/* a table whose number cells hold the number alone, no <p> */
	txt = "<html><body><main><h1>NHS Fenland Integrated Care Board</h1>"
	    "<h2>Minutes of the Integrated Care Board meeting held on 16 July "
	    "2024</h2><p>Present: Dame Helen Arkwright (Chair)</p><table>"
	    "<tr><td>ICB/24/061</td><td><strong>Welcome and apologies"
	    "</strong></td><td></td></tr><tr><td></td><td><p>The Chair "
	    "welcomed everyone.</p></td><td></td></tr><tr><td>ICB/24/062</td>"
	    "<td><strong>Finance Report</strong></td><td></td></tr><tr><td>"
	    "</td><td><p>The Board NOTED the report.</p></td><td></td></tr>"
	    "<tr><td>7</td><td>3</td><td>1</td></tr></table></main></body>"
	    "</html>\n";
	read_buf("icb.html", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->item, "ICB/24/062") &&
	    streq(g.r[1]->title, "Finance Report") &&
	    streq(g.r[1]->date, "2024-07-16"),
	    "html_table_should_read_a_reference_in_a_cell_of_its_own");
	ok(g.n == 2 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    strstr(g.r[1]->sections[g.r[1]->nsections - 1].text,
	    "7 | 3 | 1") != NULL,
	    "html_table_should_keep_cells_of_numbers_apart");
	got_free(&g);

	/* minutes set as a Markdown table, minute references first */
	txt = "# Calder Hospitals NHS Foundation Trust\n\n## Board of Directors"
	    "\n\nMinutes of the meeting held on Thursday 5 December 2024\n\n"
	    "| Present | |\n|---|---|\n| Dame Jacqueline Ashurst | Chair |\n\n"
	    "| Minute | |\n|---|---|\n| **BoD 24/150** | **Welcome and "
	    "apologies** |\n| | The Chair welcomed members. |\n| **BoD "
	    "24/151** "
	    "| **Financial position** |\n| | The Board NOTED the financial "
	    "position. |\n";
	read_buf("md-table.md", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->item, "BoD 24/150") &&
	    streq(g.r[1]->title, "Financial position") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted"),
	    "minutes_should_read_a_markdown_table_of_minutes");
	got_free(&g);

	/* "WPCA 24/25-61": the municipal year, then the minute */
	txt = "WEST PENNINE COMBINED AUTHORITY\n\nMinutes of the meeting held "
	    "on 28 March 2025\n\nPresent: Mayor J Smith\n\nWPCA 24/25-61  "
	    "Apologies\n\nNone.\n\nWPCA 24/25-62  Local Transport Plan\n\n"
	    "RESOLVED:\n\n1. That the plan be adopted.\n\n2. That the Director "
	    "report back.\n\nWPCA 24/25-63  Close\n\nThe meeting closed.\n";
	read_buf("wpca.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "WPCA 24/25-62") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL,
	    "minutes_should_read_a_minute_reference_with_a_municipal_year");
	got_free(&g);

	/* "TRUSTEES PRESENT:" is attendance; a sub-item's title may open
	 * with a year */
	txt = "LAKEHEAD DISTRICT SCHOOL BOARD\nREGULAR MEETING OF THE BOARD\n"
	    "Tuesday, October 22, 2024\n\nTRUSTEES PRESENT:\nEllen Mayhew, "
	    "Robert Sinclair\n\nADMINISTRATION:\nDirector of Education Sean "
	    "Tait\n\n7. REPORTS\n\n7.1 Director's Report\n\nThe Director "
	    "reported on enrolment.\n\n7.2 2023-2024 Financial Statements\n\n"
	    "Be it resolved that the Board approve the statements.\n";
	read_buf("trustees.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "7") &&
	    streq(g.r[2]->item, "7.2") &&
	    streq(g.r[2]->title, "2023-2024 Financial Statements") &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL,
	    "minutes_should_read_trustees_present_and_a_year_in_a_title");
	got_free(&g);

	/* "6.c Title": a lettered sub-item */
	txt = "Minutes of the meeting of the City Council held on 16 April 2024"
	    "\n\nPresent: Mayor Kowalski\n\n6. CONSENT AGENDA\n\nThe consent "
	    "agenda was approved.\n\n6.c Resolution No. 2024-31 - Street "
	    "Reconstruction Project\n\nCouncil Member Whitcomb asked why the "
	    "item was pulled.\n\n7. ADJOURNMENT\n\nThe meeting adjourned.\n";
	read_buf("six-c.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "6.c") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL,
	    "minutes_should_read_a_lettered_sub_item_after_a_dot");
	got_free(&g);

	/* American headings: the body on a line of its own */
	txt = "CITY OF CEDAR FALLS HEIGHTS\nCITY COUNCIL\nREGULAR MEETING "
	    "MINUTES\nTuesday, April 16, 2024\n\n1. CALL TO ORDER\n\nMayor "
	    "Diane Kowalski called the meeting to order.\n\n2. BUDGET\n\nThe "
	    "report was noted.\n";
	read_buf("us-city.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->committee, "City Council") &&
	    streq(g.r[1]->council, "City of Cedar Falls Heights") &&
	    streq(g.r[1]->date, "2024-04-16"),
	    "minutes_should_read_a_council_line_under_the_city_as_the_body");
	got_free(&g);
	/* the body and the meeting's kind on one line */
	{
		static const char *const heads[][2] = {
			{ "CITY COUNCIL REGULAR MEETING MINUTES",
			    "City Council" },
			{ "Select Board Meeting Minutes", "Select Board" },
			{ "CITY COUNCIL WORK SESSION MINUTES",
			    "City Council" },
			{ "Regular City Commission Meeting",
			    "City Commission" },
		};
		size_t h;
		char *doc;

		for (h = 0; h < sizeof heads / sizeof heads[0]; h++) {
			doc = xasprintf("CITY OF DUNMORE\n%s\nApril 2, 2024\n\n"
			    "1. CALL TO ORDER\n\nThe meeting was called to "
			    "order.\n\n2. BUDGET\n\nThe report was noted.\n",
			    heads[h][0]);
			read_buf("us-kind.txt", doc, strlen(doc), &o, &g);
			ok(g.n == 2 && streq(g.r[1]->committee, heads[h][1]) &&
			    streq(g.r[1]->council, "City of Dunmore"),
			    "minutes_should_leave_the_meetings_kind_out_of_the_"
			    "body: %s", heads[h][0]);
			got_free(&g);
			free(doc);
		}
	}
	txt = "BOARD OF SUPERVISORS\nCOUNTY OF SAN MIGUEL VALLEY\nMINUTES OF "
	    "THE REGULAR MEETING\nTUESDAY, OCTOBER 8, 2024\n\n1. CALL TO ORDER"
	    "\n\nThe Chair called the meeting to order.\n\n2. BUDGET\n\nThe "
	    "report was noted.\n";
	read_buf("us-county.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->committee, "Board of Supervisors") &&
	    streq(g.r[1]->date, "2024-10-08"),
	    "minutes_should_take_no_kind_of_meeting_for_the_body");
	got_free(&g);

	/* headings in capitals: acronyms the text prints in capitals keep
	 * them, and so do references and "FY 2024" */
	txt = "Minutes of the meeting of the Scrutiny Committee held on 5 "
	    "March 2024\n\nPresent: Councillor A Jones\n\n1. SEND SUFFICIENCY "
	    "UPDATE\n\nThe Committee received an update on SEND provision.\n\n"
	    "2. PLANNING APPLICATION DA2023/0418 - WK/PREM/24/0113\n\nThe "
	    "application was noted.\n\n3. FY 2024-25 BUDGET\n\nA send-off was "
	    "held.\n";
	read_buf("caps.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title, "SEND Sufficiency Update") &&
	    streq(g.r[1]->title,
	    "Planning Application DA2023/0418 - WK/PREM/24/0113") &&
	    streq(g.r[2]->title, "FY 2024-25 Budget"),
	    "minutes_should_keep_acronyms_and_references_in_capitals");
	got_free(&g);
	txt = "Minutes of the meeting of the Council held on 5 March 2024\n\n"
	    "Present: Councillor A Jones\n\n1. Notices of Motion\n\nThe MOTION "
	    "was CARRIED.\n\n2. NOTICE OF MOTION - ROADS\n\nThe MOTION was "
	    "LOST.\n\n3. CONFERENCES/TRAINING\n\nNoted.\n";
	read_buf("caps2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title, "Notices of Motion") &&
	    streq(g.r[1]->title, "Notice of Motion - Roads") &&
	    streq(g.r[2]->title, "Conferences/Training"),
	    "minutes_should_title_case_emphasis_and_words_joined_by_a_slash");
	got_free(&g);

	/* a PDF's running header at the top of each page */
	txt = "EASTBRIDGE COUNTY COUNCIL\n\nMinutes of the meeting of the "
	    "Cabinet held on 12 March 2024\n\nPresent: Councillor A Jones\n\n"
	    "1. Apologies\n\nNone.\n\n2. Housing\n\nCouncillor Jones asked "
	    "how many homes were\n\f                 Page 2\nCabinet - 12 March"
	    " 2024\n\nbuilt. The Director replied that 40 had been built.\n\n"
	    "3. Roads\n\nThe report\n\f                 Page 3\nCabinet - 12 "
	    "March 2024\n\nwas noted.\n\n4. Cabinet - 12 March 2024\n\nThe "
	    "date was noted.\n";
	read_buf("headers.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    !contains(nth(g.r[1], SEC_QUESTION, 0)->text, "March") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[2], SEC_DISCUSSION, 0) != NULL &&
	    !contains(nth(g.r[2], SEC_DISCUSSION, 0)->text, "March") &&
	    streq(g.r[3]->title, "Cabinet - 12 March 2024"),
	    "minutes_should_drop_a_running_header_at_the_pages_tops");
	got_free(&g);

	/* a footer with its page's number, padded; the last page's foot
	 * at the end of the text; a page's number alone */
	txt = "EASTBRIDGE COUNTY COUNCIL\n\nMinutes of the meeting of the "
	    "Cabinet held on 12 March 2024\n\nPresent: Councillor A Jones\n\n"
	    "1. Apologies\n\nNone.\n\n2. Housing\n\nThe report was noted.\n\n"
	    "Eastbridge County Council - 12 March 2024 Members and officers "
	    "present      Page 1 of 3\n\f\n3. Roads\n\nThe report was noted.\n"
	    "\n                          2\n\f\n4. Parks\n\nThe report was "
	    "noted.\n\n                          3\n\f\n5. Close\n\nThe "
	    "meeting closed.\n\nEastbridge County Council - 12 March 2024 "
	    "Members and officers present      Page 3 of 3\n";
	read_buf("footers.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->text,
	    "The report was noted.") &&
	    nth(g.r[4], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[4], SEC_DISCUSSION, 0)->text,
	    "The meeting closed."),
	    "minutes_should_drop_a_footer_that_numbers_its_page");
	ok(g.n == 5 && nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->text,
	    "The report was noted.") && nth(g.r[3], SEC_RESOLUTION, 0) &&
	    streq(nth(g.r[3], SEC_RESOLUTION, 0)->text,
	    "The report was noted.") && g.r[2]->nsections == 2 &&
	    g.r[3]->nsections == 2,
	    "minutes_should_drop_a_pages_number_at_its_foot");
	got_free(&g);

	/* a page's number alone at the right margin, no page break kept,
	 * and the next page's dated header after it */
	txt = "EASTBRIDGE COUNCIL\n\nMinutes of the Executive held on 12 March "
	    "2024\n\nPresent: Councillor A Jones\n\nEX113. Housing\n\n"
	    "         The Executive noted the strategy.\n\n"
	    "                                                            81\n"
	    "\nExecutive - 12 March 2024\n\nEX114. Roads\n\n         The "
	    "Executive noted the report.\n\n                  Table\n\n"
	    "Cost   2024\n";
	read_buf("margin-number.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && g.r[0]->nsections == 2 &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    !contains(g.r[0]->sections[g.r[0]->nsections - 1].text, "81") &&
	    count_type(g.r[0], SEC_DISCUSSION) == 0,
	    "a_pages_number_alone_at_the_margin_is_no_text");
	got_free(&g);

	/* "12   Cabinet - 12 March 2024" at a page's foot goes, but
	 * "82    MINUTES - 16TH JANUARY 2025" is the item on the last
	 * meeting's minutes */
	txt = "EASTBRIDGE COUNTY COUNCIL\n\nMinutes of the Council meeting "
	    "held on 20 February 2025\n\nPresent: Councillor A Jones\n\n81"
	    "    URGENT BUSINESS\n\nThere was no urgent business.\n\n12    "
	    "Council - 20 February 2025\n\f\n82    MINUTES - 16TH JANUARY "
	    "2025\n\nRESOLVED that the minutes be approved.\n\n83    "
	    "ANNOUNCEMENTS\n\nThe Chair announced the exhibition.\n";
	read_buf("minutes-item.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "82") && streq(g.r[1]->title,
	    "Minutes - 16th January 2025") && g.r[0]->nsections == 2 &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL,
	    "a_numbered_heading_on_dated_minutes_is_no_pages_foot");
	got_free(&g);

	/* a short welcome after the attendance list is kept */
	txt = "Minutes of the meeting of the Health Scrutiny Committee held "
	    "on 24 January 2024\n\nPresent: Councillor A Abiodun (Chair), "
	    "Councillor B Iqbal\n\nThe Chair welcomed everyone.\n\n1. "
	    "Apologies\n\nNone.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("welcome.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "0") && g.r[0]->routine &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->text,
	    "The Chair welcomed everyone."),
	    "minutes_should_keep_a_short_welcome_after_the_attendance");
	got_free(&g);

	/* pdftotext: a form feed before a page's first line, which is an
	 * item's heading; words broken over two lines */
	txt = "Minutes of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Councillor A Jones\n\n1.    BUDGET\n\nThe decision-\n"
	    "making was slow.\n\n                    Page 1 of 2\n\f2.    CAR "
	    "PARKING\n\nThe car park-\ning charges were raised.\n\n3.    CLOSE"
	    "\n\nThe meeting closed.\n";
	read_buf("ff.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->title, "Car Parking") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_DISCUSSION, 0)->text,
	    "The car parking charges were raised.") &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->text,
	    "The decision-making was slow."),
	    "minutes_should_read_a_page_after_a_form_feed_and_broken_words");
	got_free(&g);

	/* a broken word's second piece an ending, or a root's end; a
	 * prefix that takes a hyphen keeps it */
	txt = "Minutes of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Councillor A Jones\n\n1.    FLOODS\n\nThe flood-\n"
	    "ing on Mill Lane needed amend-\n    ments and a recom-\n"
	    "mendation on co-\nordination and self-\nassessment.\n\n"
	    "2.    CLOSE\n\nThe meeting closed.\n";
	read_buf("hy.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->text,
	    "The flooding on Mill Lane needed amendments and a "
	    "recommendation on co-ordination and self-assessment."),
	    "minutes_should_join_a_word_broken_inside_it");
	got_free(&g);

	/* pieces the text never writes as words of their own join; a
	 * compound of words keeps its hyphen */
	txt = "Minutes of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Councillor A Jones\n\n1.    FLOODS\n\nThe response was "
	    "pro-\nportionate and officers would con-\nfirm the in-\nhouse "
	    "costs in full.\n\n2.    CLOSE\n\nThe meeting closed.\n";
	read_buf("hy2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->text,
	    "The response was proportionate and officers would confirm the "
	    "in-house costs in full."),
	    "minutes_should_join_the_pieces_of_a_word_written_nowhere_else");
	got_free(&g);

	/* a line left to sign on ends the minutes, with what follows it */
	txt = "Minutes of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Councillor A Jones\n\n1.    FLOODS\n\nThe report was "
	    "discussed.\n\n2.    CLOSE\n\nThere was no other business.\n"
	    "Chairman \xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6   "
	    "Date ........\n\n(Town Mayor)\n";
	read_buf("sig.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_DISCUSSION, 0)->text,
	    "There was no other business.") &&
	    nth(g.r[1], SEC_DISCUSSION, 1) == NULL,
	    "minutes_should_leave_out_the_lines_left_to_sign_on");
	got_free(&g);

	/* the clerk's signature under American minutes */
	txt = "Minutes of the meeting of the Town Board held on 4 March 2024"
	    "\n\nPresent: Supervisor A Jones\n\n1. BUDGET\n\nThe report was"
	    " noted.\n\n2. ADJOURNMENT\n\nThe meeting was adjourned at 8:33 "
	    "P.M.\n\nRespectfully submitted,\n\nMargaret Kline\nTown Clerk\n";
	read_buf("submitted.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_DISCUSSION, 0)->text,
	    "The meeting was adjourned at 8:33 P.M.") &&
	    nth(g.r[1], SEC_DISCUSSION, 1) == NULL,
	    "minutes_should_leave_out_the_clerks_signature");
	got_free(&g);
	txt = "Minutes of the meeting of the Board held on 4 March 2024\n\n"
	    "Present: Supervisor A Jones\n\n1. BUDGET\n\nThe report was "
	    "noted.\n\n2. ADJOURNMENT\n\nThe meeting adjourned at 11:48 a.m."
	    "\n\nATTEST:\nAMY CHENG, CLERK OF THE BOARD\n";
	read_buf("attest.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[1], SEC_DISCUSSION, 1) == NULL &&
	    !contains(nth(g.r[1], SEC_DISCUSSION, 0)->text, "CHENG"),
	    "minutes_should_leave_out_an_attest_block");
	got_free(&g);

	/* ModernGov's meeting heading: the committee, a comma, the date */
	txt = "Kingsmere Borough Council\n\nStrategic Planning Committee, "
	    "Tuesday, 21st January, 2025 7.00 pm\n\nPresent: Councillor A "
	    "Jones (Chair)\n\n56. Declarations of Interest\n\nNone.\n\n57. "
	    "Land East of Fenny Drove\n\nRESOLVED: That permission be "
	    "granted.\n";
	read_buf("mg.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->committee,
	    "Strategic Planning Committee") &&
	    streq(g.r[1]->date, "2025-01-21"),
	    "minutes_should_read_a_committee_before_a_comma_and_its_date");
	got_free(&g);

	/* "1.0 CALL TO ORDER" over "2.1 ...", and a county numbered
	 * "No. 44", as western Canada writes them */
	txt = "COUNTY OF BRACKENRIDGE NO. 44\nREGULAR COUNCIL MEETING MINUTES"
	    "\nTuesday, March 12, 2024\n\nPRESENT: Reeve Hnatiuk\n\n1.0 CALL "
	    "TO ORDER\nReeve Hnatiuk called the meeting to order.\n\n2.0 "
	    "AGENDA\n2.1 Adoption of Agenda\nMoved by Councillor Tennant that "
	    "the agenda be adopted.\nCARRIED\n\n3.0 ADJOURNMENT\nThe meeting "
	    "adjourned.\n";
	read_buf("ab.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && streq(g.r[0]->item, "1.0") &&
	    streq(g.r[0]->title, "Call to Order") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    streq(g.r[2]->item, "2.1") && streq(g.r[3]->item, "3.0") &&
	    streq(g.r[0]->council, "County of Brackenridge No. 44"),
	    "minutes_should_read_items_numbered_1_0");
	got_free(&g);

	/* matters lettered under an item, each with its own words; a
	 * consent calendar's list with nothing under each stays whole;
	 * Legistar's "6.A.  24-0192  Resolution ..." */
	txt = "CITY OF MAPLE GROVE\nMINUTES OF THE REGULAR MEETING OF THE "
	    "CITY COUNCIL\nOctober 8, 2024\n\n1. CONSENT CALENDAR\n\n   A. "
	    "Approval of Minutes\n   B. Award of Contract for Snow Removal\n\n"
	    "Motion by Council Member Haskins, seconded by Council Member "
	    "Brooks, to approve the Consent Calendar. Motion carried 5-0.\n\n"
	    "2. PUBLIC HEARINGS\n\nA. Ordinance 24-412 Rezoning of Elm Street"
	    "\n\nThe Planning Director presented the report.\n\nB. Resolution "
	    "2024-88 Sewer Rates\n\nThe Finance Director presented the rates."
	    "\n\n3. ACTION ITEMS\n\n3.A.  24-0192  Resolution No. 2024-31 - "
	    "Snow Removal Agreement\n\nThis Resolution was adopted.\n\n4. "
	    "ADJOURNMENT\n\nThe meeting adjourned.\n";
	read_buf("letters.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 7 && streq(g.r[0]->item, "1") &&
	    streq(g.r[2]->item, "2.A") &&
	    streq(g.r[2]->title, "Ordinance 24-412 Rezoning of Elm Street") &&
	    streq(g.r[3]->item, "2.B") && streq(g.r[5]->item, "3.A") &&
	    starts(g.r[5]->title, "24-0192 Resolution No. 2024-31") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL,
	    "minutes_should_split_matters_lettered_under_an_item");
	got_free(&g);

	/* a running header atop a page after a form feed, seen once; the
	 * papers of one item lettered under it stay with it */
	txt = "Minutes of the meeting of the Council held on 4 June 2024\n\n"
	    "Present: Councillor A Jones\n\n1.    LOW EMISSION ZONE\n\na) "
	    "Deputation - Taxi Association\n\nThe Committee heard the "
	    "deputation and the\n\fCouncil - 4 June 2024\nreport of the "
	    "Director.\n\nb) Report by the Director of Place\n\nRESOLVED: To "
	    "note the report.\n\n2.    CLOSE\n\nThe meeting closed.\n";
	read_buf("header.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->item, "1") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "and the report") &&
	    !contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "4 June"),
	    "minutes_should_drop_a_pages_header_and_keep_an_items_papers");
	got_free(&g);

	/* a minute's heading atop a page, dated, is no running header */
	txt = "Minutes of the meeting of the Council held on 2 May 2024\n\n"
	    "Present: Alderman B Quigley\n\nK41/24     Apologies\n\nNone.\n\n"
	    "                         1\n\fK42/24     Minutes of Leisure "
	    "Committee held on 9 April 2024\n\nAlderman Quigley asked about "
	    "the pool.\n\nK43/24     Close\n\nThe meeting closed.\n";
	read_buf("refhead.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "K42/24") &&
	    streq(g.r[1]->title, "Minutes of Leisure Committee held on 9 "
	    "April 2024"),
	    "minutes_should_keep_a_dated_minute_heading_atop_a_page");
	got_free(&g);

	/* a page's foot ending in its number, after a rule of dots */
	txt = "Minutes of the meeting of the Council held on 4 June 2024\n\n"
	    "Present: Councillor A Jones\n\n1.    BUDGET\n\nCouncillor Jones "
	    "asked about the reserves and the\n\xe2\x80\xa6\xe2\x80\xa6\xe2\x80"
	    "\xa6 Chair\xe2\x80\x99s initials      Page 1 of 3\n\fcapital "
	    "programme, as set out on page 3\nof the report.\n\n2.    CLOSE\n"
	    "\nThe meeting closed.\n";
	read_buf("foot.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->text, "Councillor Jones asked "
	    "about the reserves and the capital programme, as set out on "
	    "page 3 of the report."),
	    "minutes_should_drop_a_pages_foot_ending_in_its_number");
	got_free(&g);

	/* a minute's reference of one letter, "C/58" alone over its title,
	 * "C.61 CLOSE" */
	txt = "WESTHOPE DISTRICT COUNCIL\n\nMinutes of the meeting of the "
	    "Council held on 4 March 2024\n\nPresent: Councillor A Jones\n\n"
	    "C/58\nAPOLOGIES FOR ABSENCE\n\nApologies were received from "
	    "Councillor Brown.\n\nC/59\nBUDGET\n\nCouncillor Jones asked about "
	    "the reserves.\n\nC.60 CLOSE\n\nThe meeting closed.\n";
	read_buf("c58.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "C/58") &&
	    streq(g.r[0]->title, "Apologies for Absence") && g.r[0]->routine &&
	    streq(g.r[2]->item, "C.60") && streq(g.r[2]->title, "Close"),
	    "minutes_should_read_a_one_letter_minute_reference");
	got_free(&g);

	/* "City of Alder Springs" in title case atop American minutes */
	txt = "City of Alder Springs\nCity Council\nMeeting Minutes\nMarch 12, "
	    "2024\n\n1. CALL TO ORDER\n\nMayor Delgado called the meeting to "
	    "order.\n\n2. ADJOURNMENT\n\nThe meeting adjourned.\n";
	read_buf("tc.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->council, "City of Alder Springs") &&
	    streq(g.r[0]->committee, "City Council"),
	    "minutes_should_read_a_city_named_in_title_case");
	got_free(&g);

	/* a table of contents before the meeting's heading; a council
	 * with a macron; "Scheduled" is a kind of meeting; "Te" in a name */
	txt = "\xc5\x8cTARAUA DISTRICT COUNCIL\nMINUTES OF THE SCHEDULED "
	    "COUNCIL MEETING\n20 March 2024\n\nOrder Of Business\n\n1      "
	    "Opening of Meeting ........................ 3\n2      "
	    "Acknowledgement of Country ................ 3\n\nPresent: Cr "
	    "Aroha Te Awe\n\n1 OPENING OF MEETING\n\nThe Mayor opened the "
	    "meeting.\n\n2 ACKNOWLEDGEMENT OF COUNTRY\n\nThe Mayor gave the "
	    "acknowledgement.\n\n3 ROADS\n\nCr Te Awe asked about potholes."
	    "\n";
	read_buf("toc.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->council, "\xc5\x8ctaraua District "
	    "Council") && streq(g.r[0]->committee, "Council") &&
	    streq(g.r[0]->title, "Opening of Meeting") && g.r[1]->routine &&
	    nth(g.r[2], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_QUESTION, 0)->speaker_key, "a teawe"),
	    "minutes_should_pass_over_a_table_of_contents");
	got_free(&g);

	/* Word's table of contents and what a browser does not show */
	o.format = READER_HTML;
	txt = "<html><body><p class=MsoTitle>Yarrowee Regional Council</p>"
	    "<p>Minutes of the Ordinary Council Meeting held on 20 March 2024"
	    "</p><p class=MsoToc1>1 Opening Prayer<span style='display:none'>."
	    " </span>3</p><p class=MsoToc1>2 Apologies ........ 3</p><p>"
	    "Present: Cr K Wendt</p><h2>1 OPENING PRAYER</h2><p>The Mayor "
	    "opened the meeting.</p><h2>2 APOLOGIES</h2><p>None.</p><h2>3 "
	    "ROADS</h2><p>Cr Wendt asked about lights.</p></body></html>";
	read_buf("toc.html", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title, "Opening Prayer") &&
	    streq(g.r[0]->council, "Yarrowee Regional Council") &&
	    g.r[0]->routine,
	    "html_should_pass_over_words_tables_of_contents");
	o.format = 0;
	got_free(&g);

	/* pandoc's superscripts in a date: "11^th^ JULY 2024" */
	txt = "MINUTES OF THE MEETING OF ASHBY FOLD PARISH COUNCIL HELD ON "
	    "THURSDAY 11^th^ JULY 2024\n\nPresent: Cllr A Tranter\n\n1. "
	    "Apologies\n\nNone.\n\n2. Grants\n\nThe 3^rd^ grant was paid.\n";
	read_buf("sup.md", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->date, "2024-07-11") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_DISCUSSION, 0)->text,
	    "The 3rd grant was paid."),
	    "minutes_should_read_pandocs_superscripts");
	got_free(&g);

	/* sub-items in sentence case, and "1.1." with a stop */
	{
		struct reader_opts so;
		struct got sg;
		const char *st = "Minutes of the meeting of the Finance "
		    "Committee held on 5 March 2024\n\nPresent: Councillor A "
		    "Jones (Chair), Councillor B Smith\n\n1.1. Apologies\n\n"
		    "None.\n\n2. Finance\n\n2.1 Budget monitoring (period 9)"
		    "\n\nThe Committee noted the budget.\n\n2.2 Members noted "
		    "the capital programme\n\n3. Close\n\nThe meeting closed."
		    "\n";

		memset(&so, 0, sizeof so);
		read_buf("sub.txt", st, strlen(st), &so, &sg);
		ok(sg.n == 4 && streq(sg.r[0]->item, "1.1") &&
		    streq(sg.r[2]->item, "2.1") &&
		    streq(sg.r[2]->title, "Budget monitoring (period 9)") &&
		    contains(sg.r[2]->sections[sg.r[2]->nsections - 1].text,
		    "Members noted"),
		    "minutes_should_read_sub_items_in_sentence_case");
		got_free(&sg);
	}

	/* a sub-item in sentence case with its body straight under it: "7.2
	 * Rates held as at 30 April 2024" / "It is resolved ..." */
	{
		struct reader_opts so;
		struct got sg;
		const char *st = "Minutes of the Ordinary Meeting of Kestrel "
		    "Downs Council held on 8 May 2024\n\nPresent: Mayor P "
		    "Okafor, Councillor D Lindgren\n\n7. Reports\n\n7.1 "
		    "Disclosures of Interest\nNo Councillor declared an "
		    "interest.\n7.2 Rates held as at 30 April 2024\nIt is "
		    "resolved that the rates report be received and noted.\n"
		    "7.3 Items not on the Agenda\nThere were none.\n\n8. "
		    "Close\n\nThe meeting closed at 7.40pm.\n";

		memset(&so, 0, sizeof so);
		read_buf("subalone.txt", st, strlen(st), &so, &sg);
		ok(sg.n == 5 && streq(sg.r[2]->item, "7.2") &&
		    streq(sg.r[2]->title, "Rates held as at 30 April 2024") &&
		    nth(sg.r[2], SEC_RESOLUTION, 0) != NULL &&
		    streq(sg.r[3]->title, "Items not on the Agenda") &&
		    nth(sg.r[1], SEC_RESOLUTION, 0) == NULL,
		    "minutes_should_read_sentence_case_sub_items_over_body");
		got_free(&sg);
	}

	/* a sub-item's title in sentence case the page wrapped: "5.1
	 * LA07/2023/0815/F – Erection of 6 No. dwellings with associated" /
	 * "site works at lands east of 4 Quarry Lane, Ballyhale"; and one cut
	 * after a comma, "... (Councillor Brandt)," / "PL2024-0117" */
	{
		struct reader_opts so;
		struct got sg;
		const char *st = "Minutes of the Planning Committee meeting "
		    "held on 3 April 2024\n\nPresent: Councillor R Devlin "
		    "(Chair), Councillor M Ferris\n\n5.  PLANNING APPLICATIONS"
		    "\n\n5.1   LA07/2023/0815/F \xe2\x80\x93 Erection of 6 No. "
		    "dwellings with associated\n      site works at lands east "
		    "of 4 Quarry Lane, Ballyhale\n\n      The Senior Planning "
		    "Officer presented the application, which was\n      "
		    "recommended for approval.\n\n      Proposed by Councillor "
		    "Ferris, seconded by Councillor Devlin and\n\n      AND "
		    "RESOLVED: That the application be approved.\n\n5.2   "
		    "Reviewing the Kerbside Parking Permit Scheme (Councillor "
		    "Brandt),\n      PL2024-0117\n      Moved by Councillor "
		    "Ferris, seconded by Councillor Devlin, that the report be "
		    "noted.\n\n6.  ANY OTHER BUSINESS\n\n      None.\n";

		memset(&so, 0, sizeof so);
		read_buf("subwrap.txt", st, strlen(st), &so, &sg);
		ok(sg.n == 4 && streq(sg.r[1]->item, "5.1") &&
		    streq(sg.r[1]->title, "LA07/2023/0815/F - Erection of 6 No. "
		    "dwellings with associated site works at lands east of 4 "
		    "Quarry Lane, Ballyhale") &&
		    nth(sg.r[1], SEC_RESOLUTION, 0) != NULL &&
		    streq(sg.r[2]->item, "5.2") && streq(sg.r[2]->title,
		    "Reviewing the Kerbside Parking Permit Scheme (Councillor "
		    "Brandt), PL2024-0117"),
		    "minutes_should_read_wrapped_sentence_case_sub_items");
		got_free(&sg);
	}

	/* items headed in capitals, one of them holding a numbered list:
	 * the list's points are no items */
	{
		struct reader_opts so;
		struct got sg;
		const char *st = "MINUTES OF THE 812 MEETING OF\nTHE "
		    "WATTLEBANK CITY COUNCIL\nHELD ON TUESDAY 9 APRIL 2024\n\n"
		    "PRESENT:\nCouncillor Mara QUINTAL (Chair)\n\nOPENING OF "
		    "MEETING:\nThe Chair opened the meeting with prayer.\n\n"
		    "MINUTES:\nThe Minutes of the 811 meeting were confirmed "
		    "on the motion of Councillor Joel ABARA, seconded by "
		    "Councillor Ines VOSS.\n\nCOMMITTEE REPORTS:\nCouncillor "
		    "Ines VOSS moved, seconded by Councillor Joel ABARA, that "
		    "the report be adopted.\n1.    The Chief Executive Officer "
		    "provided the information below.\n2.    Council needs part "
		    "of 9 Gum Street for a footpath.\n3.    The Chief Executive "
		    "Officer recommends that the Committee\n      recommend as "
		    "follows.\n\nGENERAL BUSINESS:\nCouncillor ABARA "
		    "raised the state of the Gum Street footpath.\n\nCLOSURE:"
		    "\nThe Chair declared the meeting closed at 4.10pm.\n";

		memset(&so, 0, sizeof so);
		read_buf("capslist.txt", st, strlen(st), &so, &sg);
		ok(sg.n >= 5 && streq(sg.r[0]->title, "Opening of Meeting") &&
		    streq(sg.r[2]->title, "Committee Reports") &&
		    contains(sg.r[2]->sections[sg.r[2]->nsections - 1].text,
		    "recommend as follows") &&
		    streq(sg.r[3]->title, "General Business"),
		    "minutes_should_keep_a_list_in_an_item_headed_in_capitals");
		got_free(&sg);
	}

	/* "9.1 Proposed By-law T-200, ...": a title, not "Proposed by X" */
	{
		struct reader_opts so;
		struct got sg;
		const char *st = "Minutes of the Regional Council meeting held "
		    "on 19 March 2024\n\nPresent: Mayor J Lindell, Councillor "
		    "P Oduya\n\n9. Bylaws\n\n9.1     Proposed By-law T-200, "
		    "Respecting Street Trading\n\nMOVED by Councillor Oduya, "
		    "seconded by Mayor Lindell THAT the by-law be adopted.\n\n"
		    "MOTION PUT AND PASSED.\n\n10. Adjournment\n\nThe "
		    "meeting adjourned at 9.00 p.m.\n";

		memset(&so, 0, sizeof so);
		read_buf("bylaw.txt", st, strlen(st), &so, &sg);
		ok(sg.n == 3 && streq(sg.r[1]->item, "9.1") &&
		    streq(sg.r[1]->title, "Proposed By-law T-200, Respecting "
		    "Street Trading"),
		    "minutes_should_read_a_proposed_by_law_as_a_title");
		got_free(&sg);
	}

	/* a vote's word over each page's foot is the minutes', not a foot */
	{
		struct reader_opts fo;
		struct got fg;
		const char *ft = "Minutes of the Regular Council Meeting held "
		    "on 9 April 2024\n\nPresent: Mayor A Jones, Councillor B "
		    "Smith\n\n1. Budget\n\nMoved by: Councillor Smith\nSeconded"
		    " by: Mayor Jones\n\nThat the budget be approved.\n\n"
		    "Carried\n\nCouncil Minutes \xe2\x80\x93 9 April 2024      "
		    "      Page 1 of 3\n\n2. Fees\n\nMoved by: Councillor Smith"
		    "\nSeconded by: Mayor Jones\n\nThat the fees be approved."
		    "\n\nCarried\n\nCouncil Minutes \xe2\x80\x93 9 April 2024 "
		    "           Page 2 of 3\n\n3. Grants\n\nMoved by: "
		    "Councillor Smith\nSeconded by: Mayor Jones\n\nThat the "
		    "grants be approved.\n\nCarried\n\nCouncil Minutes "
		    "\xe2\x80\x93 9 April 2024            Page 3 of 3\n";
		size_t k, carried = 0;

		memset(&fo, 0, sizeof fo);
		read_buf("foot.txt", ft, strlen(ft), &fo, &fg);
		for (k = 0; k < fg.n; k++)
			carried += nth(fg.r[k], SEC_RESOLUTION, 0) != NULL &&
			    contains(nth(fg.r[k], SEC_RESOLUTION, 0)->text,
			    "Carried");
		ok(fg.n == 3 && carried == 3,
		    "minutes_should_keep_the_line_over_a_page_foot");
		got_free(&fg);
	}

	/* the minutes' heading in a page's "header" block; the council at
	 * the end of the page's title */
	{
		struct reader_opts ho;
		struct got hg;
		const char *h1 = "<html><head><title>Minutes</title></head>"
		    "<body><div class=\"headerCenter\"><p><strong>VILLAGE OF "
		    "MILLBRANCH</strong></p><p><strong>BOARD OF COMMISSIONERS"
		    "</strong></p><p><strong>REGULAR MEETING MINUTES</strong>"
		    "</p><p>Monday, March 4, 2024</p></div><div>"
		    "<p>1. CALL TO ORDER</p><p>The meeting was called to "
		    "order at 7 pm.</p><p>2. ROLL CALL</p><p>All present.</p>"
		    "<p>3. ADJOURNMENT</p><p>The meeting adjourned.</p>"
		    "</div></body></html>";
		const char *h2 = "<html><head><title>Agenda item - Local Plan "
		    "- Tellbridge District Council</title></head><body><div "
		    "id=\"modgov\"><h1>Agenda item</h1><h2>Local Plan</h2><p>"
		    "Meeting: 10/07/2024 - Cabinet (Item 34.)</p><h2>Minutes:"
		    "</h2><p>RESOLVED that the plan be approved.</p></div>"
		    "</body></html>";

		memset(&ho, 0, sizeof ho);
		read_buf("header.html", h1, strlen(h1), &ho, &hg);
		ok(hg.n == 3 && streq(hg.r[0]->council,
		    "Village of Millbranch") && streq(hg.r[0]->date,
		    "2024-03-04"),
		    "html_should_keep_the_minutes_heading_in_a_header_block");
		got_free(&hg);
		/* BoardDocs: the district, the meeting of a body and its
		 * date in the header, "Minutes" below it */
		h1 = "<html><body><div id=\"header\"><div>Riverside Valley "
		    "Unified School District</div><div>Regular Meeting of the "
		    "Board of Education</div><div>Tuesday, May 14, 2024</div>"
		    "</div><div>Minutes</div><div><p>1. OPENING</p><p>The "
		    "meeting was called to order.</p><p>2. BUDGET</p><p>The "
		    "budget was adopted.</p></div></body></html>";
		read_buf("boarddocs.html", h1, strlen(h1), &ho, &hg);
		ok(hg.n == 2 && streq(hg.r[0]->council,
		    "Riverside Valley Unified School District") &&
		    streq(hg.r[0]->committee, "Board of Education") &&
		    streq(hg.r[0]->date, "2024-05-14"),
		    "html_should_keep_a_meeting_heading_in_a_header_block");
		got_free(&hg);
		read_buf("title.html", h2, strlen(h2), &ho, &hg);
		ok(hg.n == 1 && streq(hg.r[0]->council,
		    "Tellbridge District Council"),
		    "html_should_take_the_council_from_the_page_title");
		got_free(&hg);
	}

	/* four-digit minute numbers; a council named by the page's chrome */
	{
		struct reader_opts co;
		struct got cg;
		const char *c1 = "Minutes of the meeting of the Dunmoor "
		    "National Park Authority held on 5 July 2024\n\nPresent: "
		    "Mr A Jones (Chair), Mrs B Smith\n\n1057 Apologies for "
		    "absence\n\nNone.\n\n1058 Declarations of interest\n\n"
		    "None.\n\n1059 Close\n\nThe meeting closed.\n";
		const char *c2 = "Agenda item - Tree Strategy | Ashby Marsh "
		    "Borough Council\n\nAgenda item\n\nTree Strategy\n\n"
		    "Minutes:\n\nThe Committee noted the strategy.\n";
		const char *c3 = "<html><head><title>Agenda item - Trees"
		    "</title></head><body><div id=\"masthead\"><img src=\"l.gif\" "
		    "alt=\"Southmere Metropolitan Borough Council logo\"></div>"
		    "<div id=\"modgov\"><h1>Agenda item</h1><h2>Trees</h2><p>"
		    "Meeting: 10/07/2024 - Cabinet (Item 4.)</p><h2>Minutes:"
		    "</h2><p>RESOLVED that the plan be approved.</p></div>"
		    "</body></html>";

		memset(&co, 0, sizeof co);
		{
			/* the municipal year, then the minute, a space
			 * between; an ordinal in a heading in capitals */
			const char *c0 = "KELBROOK TOWN COUNCIL\nFinance and "
			    "General Purposes Committee\n\nMINUTES OF THE "
			    "MEETING HELD ON MONDAY 21 OCTOBER 2024\n\n"
			    "PRESENT: Councillors T. Ashworth (Chair), F. "
			    "Bellamy\n\nFGP 24/25 031  APOLOGIES FOR ABSENCE\n"
			    "Apologies were received from Councillor E. "
			    "Moorhouse.\n\nFGP 24/25 032  MINUTES OF THE MEETING "
			    "HELD ON 16th SEPTEMBER 2024\nRESOLVED: That the "
			    "minutes be approved.\n\nFGP 24/25 033  BUDGET\nThe "
			    "RFO presented the report.\n";

			read_buf("fgp.txt", c0, strlen(c0), &co, &cg);
			ok(cg.n == 3 && streq(cg.r[0]->item, "FGP 24/25 031") &&
			    streq(cg.r[1]->title, "Minutes of the Meeting Held "
			    "on 16th September 2024") && streq(cg.r[2]->title,
			    "Budget"),
			    "minutes_should_read_a_minute_after_the_municipal_year");
			got_free(&cg);
		}
		read_buf("npa.txt", c1, strlen(c1), &co, &cg);
		ok(cg.n == 3 && streq(cg.r[0]->item, "1057") &&
		    streq(cg.r[2]->item, "1059"),
		    "minutes_should_read_four_digit_minute_numbers");
		got_free(&cg);
		read_buf("copy.txt", c2, strlen(c2), &co, &cg);
		ok(cg.n == 1 && streq(cg.r[0]->council,
		    "Ashby Marsh Borough Council"),
		    "text_should_take_the_council_from_the_page_title_line");
		got_free(&cg);
		{
			/* the site's name first; a menu's body no council */
			const char *c8 = "Wessex Vale Fire and Rescue Authority"
			    " - Agenda item\n\nMenu\nHome\nFire Authority\n\n"
			    "Agenda item\n\nTree Strategy\n\nMinutes:\n\nThe "
			    "Authority noted the strategy.\n";

			read_buf("first.txt", c8, strlen(c8), &co, &cg);
			ok(cg.n == 1 && streq(cg.r[0]->council, "Wessex Vale "
			    "Fire and Rescue Authority"),
			    "text_should_take_the_council_first_in_the_title");
			got_free(&cg);
		}
		{
			/* the meeting and its movers in two languages */
			const char *c9 = "Agenda item\n\nPolicing Update\n\n"
			    "Cyfarfod / Meeting: Pwyllgor Ardal Teifi / Teifi "
			    "Area Committee, Dydd Mercher, 17eg Ionawr, 2024 "
			    "6.00 pm / Wednesday, 17th January, 2024 6.00 pm "
			    "(Eitem / Item 6.)\n\nMinutes:\n\nCynigiwyd / "
			    "Proposed: Cynghorydd / Councillor Si\xc3\xa2n "
			    "Morgan\nEiliwyd / Seconded: Cynghorydd / "
			    "Councillor Emyr Lewis\n\nPENDERFYNWYD / RESOLVED: "
			    "To note the update.\n";

			read_buf("cy.txt", c9, strlen(c9), &co, &cg);
			ok(cg.n == 1 && streq(cg.r[0]->committee, "Teifi Area "
			    "Committee") && streq(cg.r[0]->item, "6") &&
			    streq(cg.r[0]->date, "2024-01-17") &&
			    nth(cg.r[0], SEC_RESOLUTION, 0) != NULL &&
			    streq(nth(cg.r[0], SEC_RESOLUTION, 0)->proposer,
			    "Councillor Si\xc3\xa2n Morgan") &&
			    streq(nth(cg.r[0], SEC_RESOLUTION, 0)->seconder,
			    "Councillor Emyr Lewis"),
			    "text_should_read_a_meeting_and_movers_in_two_"
			    "languages");
			got_free(&cg);
		}
		{
			/* the item's number before the title, three ways */
			static const char *const pages[] = {
				"Agenda item\n\n45  Residual Waste\n\n"
				"Meeting: 01/02/2024 - Cabinet (Item 45)\n\n",
				"Agenda item\n\nItem 7: Residual Waste\n\n"
				"Meeting: 01/02/2024 - Cabinet (Item 7)\n\n",
				"Agenda item\n\nPCP/23/14 Residual Waste\n\n"
				"Meeting: Cabinet, Monday, 5th February, 2024 "
				"10.30 am (Item PCP/23/14)\n\n",
			};
			size_t pi;
			int good = 1;

			for (pi = 0; pi < 3; pi++) {
				char *txt = xasprintf("%sMinutes:\n\nThe "
				    "report was noted.\n", pages[pi]);

				read_buf("num.txt", txt, strlen(txt), &co,
				    &cg);
				good = good && cg.n == 1 &&
				    streq(cg.r[0]->title, "Residual Waste") &&
				    streq(cg.r[0]->sections[0].text,
				    "Residual Waste");
				got_free(&cg);
				free(txt);
			}
			ok(good, "text_should_take_the_number_off_the_title");
		}
		{
			/* a house's number opening the title is no item's:
			 * the meeting's line numbers it, brackets and all */
			const char *c8 = "Agenda item\n\n14 Orchard Row, "
			    "Fenwick\n\nMeeting: 06/03/2024 - Planning "
			    "Committee (Item 6(3))\n\nMinutes:\n\nThe "
			    "application was refused.\n";

			read_buf("house.txt", c8, strlen(c8), &co, &cg);
			ok(cg.n == 1 && streq(cg.r[0]->item, "6(3)") &&
			    streq(cg.r[0]->title, "14 Orchard Row, Fenwick"),
			    "text_should_keep_a_house_number_in_the_title");
			got_free(&cg);
		}
		read_buf("logo.html", c3, strlen(c3), &co, &cg);
		ok(cg.n == 1 && streq(cg.r[0]->council,
		    "Southmere Metropolitan Borough Council"),
		    "html_should_take_the_council_from_the_logo");
		got_free(&cg);
		{
			/* the banner's first line; the footer's copyright */
			const char *c6 = "<html><head><title>Agenda item - "
			    "Trees</title></head><body><div class=\"banner\">"
			    "<p>Eastbridge Council</p><p><a href=\"/s\">Search"
			    "</a> <a href=\"/l\">Sign in</a></p></div><div "
			    "id=\"modgov\"><h1>Agenda item</h1><h2>Trees</h2>"
			    "<h2>Minutes:</h2><p>RESOLVED that the plan be "
			    "approved.</p></div></body></html>";
			const char *c7 = "<html><head><title>Agenda item - "
			    "Trees</title></head><body><div id=\"modgov\"><h1>"
			    "Agenda item</h1><h2>Trees</h2><h2>Minutes:</h2>"
			    "<p>RESOLVED that the plan be approved.</p></div>"
			    "<footer><p>\xc2\xa9 2024 Westbridge Borough "
			    "Council. All rights reserved.</p></footer>"
			    "</body></html>";

			read_buf("banner.html", c6, strlen(c6), &co, &cg);
			ok(cg.n == 1 && streq(cg.r[0]->council,
			    "Eastbridge Council"),
			    "html_should_take_the_council_from_a_banner");
			got_free(&cg);
			read_buf("footer.html", c7, strlen(c7), &co, &cg);
			ok(cg.n == 1 && streq(cg.r[0]->council,
			    "Westbridge Borough Council"),
			    "html_should_take_the_council_from_the_footer");
			got_free(&cg);
		}
		{
			/* the logo's words over the page, a breadcrumb a
			 * link to a line, the copyright in the footer */
			const char *c4 = "Skip to main content\nWrexford County "
			    "Council logo\nMenu\n\nAgenda item\nBudget "
			    "Monitoring\n\nMinutes:\n\nThe report was "
			    "noted.\n";
			const char *c5 = "Home\nYour Council\nAgendas, reports "
			    "and minutes\nAgenda item\nNorthdown County "
			    "Council\n\nAgenda item\n\nMeeting: 29/01/2025 - "
			    "Audit Committee (Item 45)\n\n45 Internal Audit "
			    "Progress\n\nMinutes:\n\nThe report was noted.\n";
			const char *c6 = "Hallamvale Fire & Rescue Service\n\n"
			    "Agenda item\n\nFleet Strategy\n\nMinutes:\n\n"
			    "The strategy was noted.\n\nSupporting documents:"
			    "\n\n    Fleet Strategy PDF 688 KB\n\nAccessibility "
			    "statement   Privacy   \xc2\xa9 Hallamvale Fire and "
			    "Rescue Authority 2025\n";

			read_buf("logo.txt", c4, strlen(c4), &co, &cg);
			ok(cg.n == 1 && streq(cg.r[0]->council,
			    "Wrexford County Council") &&
			    streq(cg.r[0]->title, "Budget Monitoring"),
			    "text_should_take_the_council_from_the_logo");
			got_free(&cg);
			read_buf("crumbs.txt", c5, strlen(c5), &co, &cg);
			ok(cg.n == 1 && streq(cg.r[0]->council,
			    "Northdown County Council") &&
			    streq(cg.r[0]->title, "Internal Audit Progress"),
			    "text_should_read_a_breadcrumb_a_link_to_a_line");
			got_free(&cg);
			read_buf("footer.txt", c6, strlen(c6), &co, &cg);
			ok(cg.n == 1 && streq(cg.r[0]->council,
			    "Hallamvale Fire and Rescue Authority"),
			    "text_should_take_the_council_from_the_copyright");
			got_free(&cg);
		}
	}

	/* a running header of two lines atop each page */
	{
		struct reader_opts ro;
		struct got rg;
		const char *rt = "Minutes of the meeting of the Fire Authority "
		    "held on 16 February 2024\n\nPresent: Councillor A Jones"
		    "\n\n1. Budget\n\nThe Chief Fire Officer stated that it\n"
		    "\f                    Fire Authority\n                "
		    "16 February 2024\n\nwas not needed.\n\n2. Fleet\n\nThe "
		    "fleet was noted.\n\f                    Fire Authority\n"
		    "                16 February 2024\n\n3. Close\n\nThe "
		    "meeting closed.\n";
		size_t k, dated = 0;

		memset(&ro, 0, sizeof ro);
		read_buf("heads.txt", rt, strlen(rt), &ro, &rg);
		for (k = 0; k < rg.n; k++)
			dated += nth(rg.r[k], SEC_DISCUSSION, 0) != NULL &&
			    contains(nth(rg.r[k], SEC_DISCUSSION, 0)->text,
			    "16 February");
		ok(rg.n == 3 && dated == 0,
		    "minutes_should_drop_a_running_header_of_two_lines");
		got_free(&rg);

		/* a foot of the page's number and the meeting, wide spaces
		 * between, and the meeting again atop the next page */
		rt = "Minutes of the meeting of the Cabinet held on 12 November "
		    "2024\n\nPresent: Councillor A Jones\n\n1. Budget\n\nThe "
		    "Leader said that it\n\n                    1              "
		    "         Cabinet \xe2\x80\x93 12.11.24\n Cabinet \xe2\x80\x93 "
		    "12.11.24\n\nwas balanced.\n\n2. Fleet\n\nThe fleet was "
		    "noted.\n\n- 2 -                         Council \xe2\x80\x93 17 "
		    "July 2024\n\n3. Close\n\nThe meeting closed.\n";
		read_buf("feet.txt", rt, strlen(rt), &ro, &rg);
		for (k = 0, dated = 0; k < rg.n; k++) {
			size_t j;

			for (j = 0; j < rg.r[k]->nsections; j++)
				dated += contains(rg.r[k]->sections[j].text,
				    "12.11.24") || contains(rg.r[k]->
				    sections[j].text, "July 2024");
		}
		ok(rg.n == 3 && dated == 0,
		    "minutes_should_drop_a_foot_of_number_and_meeting");
		got_free(&rg);
	}

	/* headings in capitals over numbered articles, as Scottish
	 * councils write a minute */
	{
		struct reader_opts ao;
		struct got ag;
		const char *at = "ABERLOCH, 5 March 2024.  Minute of Meeting "
		    "of the FINANCE COMMITTEE.  Present:- Councillor Yeaman, "
		    "Convener; and Councillors Ali and Nicol.\n\nANNOUNCEMENT"
		    "\n\n4.   The Convener advised that item 10.3 had been "
		    "withdrawn.\n\nThe Committee resolved:-\nto note the "
		    "withdrawal.\n\nBUSINESS PLANNER\n\n5.   The Committee "
		    "had before it the planner.\n\nThe Committee resolved:-\n"
		    "to note the planner.\n\nCOMMON GOOD FUND\n\n7.   The "
		    "Committee had before it a report on the fund.\n\nThe "
		    "Committee resolved:-\nto approve the budget.\n";

		memset(&ao, 0, sizeof ao);
		read_buf("articles.txt", at, strlen(at), &ao, &ag);
		ok(ag.n == 3 && streq(ag.r[0]->item, "4") &&
		    streq(ag.r[2]->item, "7") &&
		    streq(ag.r[2]->title, "Common Good Fund") &&
		    count_type(ag.r[0], SEC_DISCUSSION) == 1 &&
		    streq(nth(ag.r[0], SEC_DISCUSSION, 0)->speaker,
		    "Councillor Yeaman") && !contains(nth(ag.r[1], SEC_DISCUSSION,
		    0)->text, "5."),
		    "minutes_should_number_headed_items_by_their_articles");
		got_free(&ag);

		/* the same, its articles long and wrapped as a PDF gives
		 * them; a heading over an item's title is a group's */
		at = "ABERLOCH, 5 March 2024.  Minute of Meeting of the "
		    "FINANCE COMMITTEE.  Present:- Councillor Yeaman, "
		    "Convener; and Councillors Ali and Nicol.\n\nPlease note "
		    "that this minute may be amended.\n\nDECLARATIONS OF "
		    "INTEREST\n\n1.   Councillor Ali advised that she had a "
		    "connection in relation to item 10.2 (Common Good Budget) "
		    "as a trustee of the Torry Heritage Trust, but did not "
		    "consider that she had an interest.\n\nMINUTE OF "
		    "PREVIOUS MEETING OF 7 FEBRUARY 2024\n\n2.   The "
		    "Committee had before it the minute of its previous "
		    "meeting of 7 February,\nfor approval.\n\nThe Committee "
		    "resolved:-\nto approve the minute.\n\nNOTICE OF MOTION "
		    "BY COUNCILLOR McROBBIE\n\nIn accordance with article 1 of "
		    "this minute, Councillor Ali left the meeting.\n\n3.   "
		    "The Committee had before it a notice of motion by "
		    "Councillor McRobbie.\n\nThe Committee resolved:-\nto "
		    "approve the motion.\n\nNOTICES OF MOTION\n\n4. Notice "
		    "of Motion submitted by Councillor L. Galvin\nI will move "
		    "that the Council repair the Convent of Mercy.\n";
		read_buf("wrapped.txt", at, strlen(at), &ao, &ag);
		ok(ag.n == 4 && streq(ag.r[0]->item, "1") &&
		    streq(ag.r[0]->title, "Declarations of Interest") &&
		    streq(ag.r[1]->title,
		    "Minute of Previous Meeting of 7 February 2024") &&
		    streq(ag.r[2]->title,
		    "Notice of Motion by Councillor McRobbie") &&
		    contains(nth(ag.r[2], SEC_DISCUSSION, 0)->text,
		    "left the meeting") && starts(ag.r[3]->title,
		    "Notice of Motion submitted by"),
		    "minutes_should_read_long_articles_under_headings");
		got_free(&ag);
	}

	/* a consent item pulled from the list and taken up after it */
	{
		struct reader_opts po;
		struct got pg;
		const struct record *r = NULL;
		size_t k, n44 = 0;
		const char *pt = "CITY OF SANTA LUCERNA\nCITY COUNCIL MINUTES\n"
		    "June 4, 2024\n\n4. CONSENT CALENDAR\n4.1 Approval of "
		    "Minutes of May 21, 2024\n4.2 Warrant Register for May "
		    "2024\n4.3 Award of Contract to Pacific Striping Inc. for "
		    "Pavement Marking\n4.4 Resolution No. 2024-061 Approving "
		    "the Police MOU\nMOTION: Councilmember Tanabe / SECOND: "
		    "Councilmember Raman to approve Items 4.1, 4.2 and 4.4. "
		    "VOTE: 5-0\n\n4.3 Award of Contract to Pacific Striping "
		    "Inc. (pulled)\nCouncilmember Crane asked why the low "
		    "bidder was deemed non-responsive.\nPublic Works Director "
		    "Luis Carranza explained that the bidder failed to submit "
		    "the required documentation.\nMOTION: Councilmember Crane "
		    "/ SECOND: Councilmember Raman to approve Item 4.3. VOTE: "
		    "5-0\n\n5. PUBLIC HEARINGS\n5.1 Appeal of CUP 23-014\n"
		    "Mayor Ortega opened the public hearing at 6:41 p.m.\n";

		memset(&po, 0, sizeof po);
		read_buf("consent.txt", pt, strlen(pt), &po, &pg);
		for (k = 0; k < pg.n; k++)
			if (streq(pg.r[k]->item, "4.3")) {
				r = pg.r[k];
				n44++;
			}
		ok(n44 == 1 && r != NULL && contains(r->title,
		    "Pavement Marking") && count_type(r, SEC_QUESTION) == 1 &&
		    nth(r, SEC_RESOLUTION, 0) != NULL &&
		    contains(nth(r, SEC_RESOLUTION, 0)->proposer, "Crane"),
		    "minutes_should_read_a_pulled_item_where_it_is_taken_up");
		got_free(&pg);
	}
}

/* ---- Questions, replies and names of other councils ---- */

static void
test_questions(void)
{
	struct reader_opts o;
	struct got g;
	const struct rec_section *sec;
	const char *txt;

	memset(&o, 0, sizeof o);

	/* "Q3 Councillor X to the Leader:", the question under it */
	txt = "LONDON BOROUGH OF BRENTMERE\nMINUTES OF THE MEETING OF THE "
	    "COUNCIL HELD ON WEDNESDAY, 24 JANUARY 2024\n\nPRESENT: "
	    "Councillors Barrett, Fitzgerald\n\n1. APOLOGIES\n\nNone.\n\n2. "
	    "QUESTIONS FROM COUNCILLORS\n\nQ3 Councillor Barrett to the "
	    "Leader:\n\nCan the Leader explain the overspend?\n\nReply:\n\n"
	    "The overspend is driven by homelessness.\n";
	read_buf("q3.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[1], SEC_QUESTION, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "barrett") &&
	    contains(sec->text, "overspend?") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1,
	    "minutes_should_read_a_numbered_q_label_with_an_addressee");
	got_free(&g);

	/* a label without a colon, wrapped; then the question; then the
	 * reply's label alone, a member's words under it */
	txt = "Minutes of the meeting of the Council held on 5 March 2024\n\n"
	    "Present: Councillor A Jones (Chair), Councillor D Green, "
	    "Councillor F Farooq\n\n1. Apologies\n\nNone.\n\n2. Questions\n\n"
	    "(a) Question from Councillor Green to the Cabinet Member for\n"
	    "Housing and Communities\n\n\xe2\x80\x9cHow many homes were built?"
	    "\xe2\x80\x9d\n\nReply:\n\nCouncillor Farooq confirmed that 40 "
	    "homes had been built.\n\nSupplementary question:\n\nCouncillor "
	    "Green asked whether more would follow.\n\nSupplementary answer:"
	    "\n\nCouncillor Farooq said that the figures would be published."
	    "\n";
	read_buf("wq.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[1], SEC_QUESTION, 0) : NULL;
	ok(sec != NULL && contains(sec->speaker_key, "green") &&
	    contains(sec->text, "How many homes"),
	    "minutes_should_take_the_paragraph_after_an_addressee_as_the_"
	    "question");
	sec = g.n == 2 ? nth(g.r[1], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && contains(sec->speaker_key, "farooq") &&
	    sec->answers == 1 && nth(g.r[1], SEC_QUESTION, 1) != NULL &&
	    nth(g.r[1], SEC_QUESTION, 2) == NULL,
	    "minutes_should_take_the_member_under_a_reply_label_as_replying");
	sec = g.n == 2 ? nth(g.r[1], SEC_ANSWER, 1) : NULL;
	ok(sec != NULL && contains(sec->speaker_key, "farooq") &&
	    contains(sec->text, "published"),
	    "minutes_should_read_a_supplementary_answer_label");
	got_free(&g);

	/* particles: Irish, Welsh, Portuguese, and after an initial */
	txt = "Minutes of the meeting of the Council held on 8 April 2024\n\n"
	    "Present: Councillor A Jones\n\n1. Housing\n\nCllr. N\xc3\xad "
	    "Bhriain asked about voids. Cllr. \xc3\x93 S\xc3\xbailleabh\xc3\xa1"
	    "in asked about rents. Councillor Rhys ap Gwilym asked about "
	    "schools. Councillor M. de Souza asked about parks.\n\n2. Close\n\n"
	    "The meeting closed.\n";
	read_buf("names.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 3) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key,
	    "n\xc3\xad" "bhriain") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key,
	    "\xc3\xb3s\xc3\xbailleabh\xc3\xa1in") &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker_key, "r apgwilym") &&
	    streq(nth(g.r[0], SEC_QUESTION, 3)->speaker_key, "m desouza"),
	    "speakers_should_join_particles_of_other_languages");
	got_free(&g);

	/* askers after a lead-in or with an address; an office before a
	 * name; courtesies are not questions */
	txt = "Minutes of the meeting of the Council held on 5 March 2024\n\n"
	    "Present: Councillor A Quinn\n\n1. Housing\n\nArising from the "
	    "minutes, Councillor Quinn asked when the report would be "
	    "published. The Director of Housing replied that it would be "
	    "published in May.\n\nMr A. Smith of Mill Road asked about "
	    "parking. City Manager Whitcomb responded that a study was under "
	    "way.\n\nCouncillor Quinn thanked the officers for the report.\n\n"
	    "2. Close\n\nThe meeting closed.\n";
	read_buf("askers.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    nth(g.r[0], SEC_QUESTION, 2) == NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "a quinn") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "a smith"),
	    "minutes_should_find_askers_after_a_lead_in_or_with_an_address");
	sec = g.n == 2 ? nth(g.r[0], SEC_ANSWER, 1) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "whitcomb") &&
	    streq(sec->role, "City Manager") && sec->answers == 3,
	    "minutes_should_part_an_office_from_the_name_after_it");
	got_free(&g);

	/* a question and its reply in one sentence, parted by ';' */
	txt = "Minutes of the meeting of the Senate held on 5 March 2024\n\n"
	    "Present: Professor A Quinn\n\n1. Programmes\n\nMembers asked "
	    "whether the programme would be taught out; the Provost replied "
	    "that all students would complete their degrees.\n\n2. Close\n\n"
	    "The meeting closed.\n";
	read_buf("semicolon.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && starts(sec->text, "the Provost replied") &&
	    nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    !contains(nth(g.r[0], SEC_QUESTION, 0)->text, "Provost"),
	    "minutes_should_part_a_reply_after_a_semicolon");
	got_free(&g);

	/* officers listed with a dash before their office */
	txt = "Minutes of the meeting of the Police and Crime Panel held on 5 "
	    "March 2024\n\nPresent: Councillor A Jones (Chair)\n\nIn "
	    "attendance: Ms Claire Winterton - Chief Executive, OPCC; Mr Tom "
	    "Frost - Chief Finance Officer, OPCC\n\n1. Budget\n\nCouncillor "
	    "Jones asked about reserves. Mr Frost replied that they were "
	    "adequate.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("dash.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "t frost") &&
	    streq(sec->role, "Chief Finance Officer, OPCC"),
	    "minutes_should_read_an_office_after_a_dash_in_attendance");
	got_free(&g);

	/* brackets after an office or a name */
	txt = "Agenda item\n\nHome Care\n\nMinutes:\n\nCouncillor Kettering "
	    "asked about the reserves. In reply, the Director of Finance "
	    "(Section 151 Officer) confirmed that they were adequate.\n\nDr "
	    "Patricia Nwosu (independent co-opted member) queried the level "
	    "of reserves. Ms Redmond advised that the level was prudent.\n\n"
	    "RESOLVED: That the report be noted.\n";
	read_buf("brackets.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 1 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->role, "Director of Finance (Section "
	    "151 Officer)") && sec->answers == 1,
	    "item_should_read_an_office_with_a_bracket_as_answering");
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "p nwosu") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    nth(g.r[0], SEC_ANSWER, 1)->answers == 3,
	    "item_should_read_a_name_with_a_bracket_in_small_letters");
	got_free(&g);

	/* a label alone, the question under it; italic labels; "Reply -
	 * Name"; a party in capitals is no initials */
	txt = "LEITRIM COUNTY COUNCIL\n\nMinutes of Meeting of the Ballinamore "
	    "Municipal District held on Tuesday, 14th May 2024\n\nPRESENT: "
	    "Cllr. A. Byrne\n\n1. Questions\n\nQuestion submitted by Cllr. "
	    "Sean Daly\n\n\"To ask the Director of Services for an update on "
	    "the footpath.\"\n\nReply:\n\n\"The Council has secured funding."
	    "\"\n\n*Question 2 - Mrs Gwen Halloran to the Cabinet Member*\n\n"
	    "\"When will the bins be collected?\"\n\n*Reply - Councillor "
	    "McAlinden*\n\n\"Next week.\"\n\nCouncillor Botha (DA) asked about "
	    "the budget.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("labels.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_QUESTION, 0)->text, "To ask the "
	    "Director") && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->text, "secured"),
	    "minutes_should_take_the_paragraph_under_a_label_alone_as_the_"
	    "question");
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "g halloran") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "mcalinden") &&
	    contains(nth(g.r[0], SEC_ANSWER, 1)->text, "Next week"),
	    "minutes_should_read_labels_in_italics_and_reply_dash_name");
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 2) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker_key, "botha"),
	    "speakers_should_pass_over_a_party_in_capitals");
	got_free(&g);

	/* an officer named after their office, later by name alone */
	txt = "Agenda item\n\nFood Waste\n\nMinutes:\n\nThe Waste and Fleet "
	    "Services Manager, Mr Callum Orrell, introduced the report.\n\n"
	    "Councillor Adams asked about the costs. Mr Orrell said that a "
	    "survey was under way.\n\nRESOLVED: That the report be noted.\n";
	read_buf("office-first.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 1 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "c orrell") &&
	    nth(g.r[0], SEC_QUESTION, 1) == NULL,
	    "item_should_remember_an_office_named_before_the_officer");
	got_free(&g);

	/* a board's members by their initials; an acronym is no one */
	txt = "Minutes of the meeting of the Board held on 5 March 2025\n\n"
	    "Present: Ms Priya Lakhani-Shaw (Director of Finance), Mr Owen "
	    "Rhys-Davies (Director of Assets)\n\n1. Repairs\n\nHP queried "
	    "whether the repairs backlog would be cleared. ORD responded that "
	    "it would be cleared by June.\n\nAB asked about claims. PLS advised"
	    " that 38 claims were open.\n\nHAP is the largest support "
	    "programme.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("initials.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "o rhys-davies") &&
	    streq(sec->role, "Director of Assets") && sec->answers == 1 &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "hp"),
	    "minutes_should_read_speakers_by_their_initials");
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "p lakhani-shaw") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    nth(g.r[0], SEC_DISCUSSION, 0)->speaker == NULL,
	    "minutes_should_take_no_acronym_for_initials");
	got_free(&g);

	/* "Q1." and "OQ2." over a member's question on its line; "A
	 * question had been received from"; "Supplementary question:
	 * None."; a lead-in to supplementaries */
	txt = "Minutes of the meeting of the Council held on 24 January 2024"
	    "\n\nPresent: Councillor A Mensah, Councillor C Reyes\n\n1. "
	    "Questions\n\nQ1. Councillor Abena Mensah to the Cabinet Member "
	    "for Environment: \"How many trees were planted?\"\n\nThe Cabinet "
	    "Member for Environment replied that 4,000 had been.\n\nOQ2. "
	    "Councillor Reyes to the Leader: \"Will the Leader meet the bus "
	    "operators?\"\n\nSupplementary question: None.\n\nA question had "
	    "been received from Mr Alan Greatorex of Much Wenlock: \"When will "
	    "the bridge reopen?\"\n\nMembers asked the following "
	    "supplementary questions.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("oq.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_QUESTION, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "a mensah") &&
	    nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "c reyes"),
	    "minutes_should_read_the_asker_after_a_q_label");
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 2) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker_key, "a greatorex") &&
	    nth(g.r[0], SEC_QUESTION, 3) == NULL,
	    "minutes_should_read_a_question_received_from_and_no_none");
	got_free(&g);

	/* a possessive, a vote's word in capitals after a name, an office
	 * before a given name and surname */
	txt = "Agenda item\n\nLibraries\n\nMinutes:\n\nThe Committee noted the"
	    " correction of Councillor Hollis's name.\n\nCouncillor Adams "
	    "asked when the road would open.\n\nPublic Works Director Sam "
	    "Fitch said it would open in May.\n\nCouncillor Whitford "
	    "AGAINST the motion, Councillor Gough FOR it.\n";
	read_buf("names.txt", txt, strlen(txt), &o, &g);
	{
		size_t j;
		int hollis = 0, whitford = 0;

		for (j = 0; g.n == 1 && j < g.r[0]->nspeakers; j++) {
			hollis += streq(g.r[0]->speakers[j].key, "hollis");
			whitford += streq(g.r[0]->speakers[j].name,
			    "Councillor Whitford");
		}
		ok(hollis == 1 && whitford == 1,
		    "speakers_should_leave_possessives_and_votes_out_of_names");
	}
	sec = g.n == 1 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker, "Sam Fitch") &&
	    streq(sec->speaker_key, "s fitch") &&
	    streq(sec->role, "Public Works Director"),
	    "speakers_should_read_an_office_before_a_full_name");
	got_free(&g);

	/* an office with a number, held jointly; the chair of the
	 * attendance list */
	txt = "Minutes of the meeting of the Council held on 24 January 2024"
	    "\n\nPresent: Councillor Shabana Rafiq (Mayor) in the Chair; "
	    "Councillors Jarvis and Quayle.\n\nOfficers: Mr G Haworth "
	    "(Director of Resources and Section 151 Officer)\n\n1. Budget\n\n"
	    "Councillor Jarvis asked about reserves. The Section 151 Officer "
	    "responded that reserves stood at 12 million pounds.\n\nThe Mayor"
	    " thanked members for their contributions.\n\n2. Close\n\nThe "
	    "meeting closed.\n";
	read_buf("s151.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "g haworth") &&
	    streq(sec->role, "Section 151 Officer"),
	    "speakers_should_read_an_office_with_a_number_held_jointly");
	sec = g.n == 2 ? nth(g.r[0], SEC_DISCUSSION, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "s rafiq"),
	    "speakers_should_name_the_chair_from_the_attendance_list");
	got_free(&g);

	/* a reply's label over two lines; the meeting's note on the other
	 * questions ends the reply */
	txt = "Minutes of the meeting of the Council held on 24 January 2024"
	    "\n\nPresent: Councillor A Kynaston, Councillor B Iqbal\n\n1. "
	    "Questions\n\nQuestion from Councillor Iqbal to the Portfolio "
	    "Holder:\n\n\"When will the school open?\"\n\nReply from "
	    "Councillor Kynaston, Portfolio Holder for Children and\nEducation:"
	    "\n\n\"In September.\"\n\nIn the absence of Councillor Hocking, "
	    "Question 4 was withdrawn.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("wrap.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "a kynaston") &&
	    contains(sec->text, "September") && !contains(sec->text, "Hocking"),
	    "minutes_should_read_a_reply_label_over_two_lines");
	got_free(&g);

	/* every member of a list under a plural title; an office in
	 * brackets is no given name */
	txt = "Minutes of the meeting of the Fire Authority held on 5 March "
	    "2024\n\nPresent: Councillors D. Baptiste, C. Fenwick and J. Lomax"
	    "; Aldermen J Gilmore, R Houston; Councillor Arthur (Convener)\n\n"
	    "1. Budget\n\nCouncillor Lomax asked about borrowing. Alderman "
	    "Houston asked about fees. Councillor Arthur asked about parks.\n\n"
	    "2. Close\n\nThe meeting closed.\n";
	read_buf("plural.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 2) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "j lomax") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "r houston") &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker_key, "arthur"),
	    "speakers_should_key_every_member_of_a_plural_list");
	got_free(&g);

	/* one not known as a member answers in the question's paragraph */
	txt = "Agenda item\n\nSalary Schedule\n\nMinutes:\n\nTrustee Vanderhoek"
	    " asked about the ongoing cost. Ms. Esposito said the cost was "
	    "$1.12 million a year.\n\nMs. Esposito said the schedule would be "
	    "published.\n";
	read_buf("same-para.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 1 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "esposito") &&
	    contains(sec->text, "million") && nth(g.r[0], SEC_ANSWER, 1) ==
	    NULL,
	    "minutes_should_take_a_reply_in_the_questions_paragraph");
	got_free(&g);

	/* a member of another tier; the Chair replying; the asker after
	 * "Q1." with an address, or in brackets */
	txt = "Minutes of the meeting of Ashcombe Parish Council held on 5 "
	    "March 2024\n\nPresent: Cllr A Okafor (Chair)\n\nAlso present: "
	    "County Cllr R Mirza\n\n24/031 Public Questions\n\nMr Ashworth "
	    "asked when the footpath would be repaired. The Chair replied "
	    "that the County Council had been asked.\n\nMrs Kendrick asked "
	    "about parking. County Cllr Mirza responded that enforcement would"
	    " increase.\n\nQ1. Mr K Sandoval, Ebrington Road: Why is the bus "
	    "late?\n\nQ2 (Mr Harold Pennock, Halifax): What is the waiting "
	    "time?\n\n24/032 Close\n\nThe meeting closed.\n";
	read_buf("parish.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "a okafor") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "r mirza"),
	    "minutes_should_read_the_chair_and_a_county_cllr_replying");
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 3) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker_key, "k sandoval") &&
	    streq(nth(g.r[0], SEC_QUESTION, 3)->speaker_key, "h pennock"),
	    "minutes_should_read_askers_with_an_address_after_a_q_label");
	got_free(&g);

	/* members titled Mr and Professor in the list; a councillor and an
	 * officer of one surname */
	txt = "Minutes of the meeting of the Planning Committee held on 5 "
	    "March 2024\n\nPresent: Mr J Gatenby, Professor E Dyer, Councillor "
	    "G Daly\n\nOfficers: Mr P Daly (Planning Manager)\n\n1. Land at "
	    "Mill Lane\n\nMr Gatenby asked about the access. Councillor Daly "
	    "asked about the trees. Professor Dyer asked about drainage.\n\n"
	    "2. Close\n\nThe meeting closed.\n";
	read_buf("mr-members.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 2) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "j gatenby") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "g daly") &&
	    streq(nth(g.r[0], SEC_QUESTION, 2)->speaker_key, "e dyer"),
	    "speakers_should_key_members_titled_mr_from_the_list_by_title");
	got_free(&g);

	/* initials two people share: the one with an office answers; one
	 * not a member who "spoke about" something answers nothing; a
	 * vote's word after a name is none of it */
	txt = "Minutes of the meeting of the Board held on 5 March 2025\n\n"
	    "Present: Cllr Judith Sears, Mr Peter Lowe, Ms Joanna Swift (Head "
	    "of Primary Care)\n\n1. Access\n\nPL queried the variation. JS "
	    "advised that support was being offered.\n\nMs Rachel Dunleavy "
	    "asked why the program was cut. The Director responded that it was"
	    " not.\n\nMr Tom Ybarra, CSEA President, spoke about vacancies.\n\n"
	    "Ayes: Cllr Sears, Mr Lowe. Opposed: none.\n\n2. Close\n\nThe "
	    "meeting closed.\n";
	read_buf("initials2.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "j swift") &&
	    nth(g.r[0], SEC_ANSWER, 2) == NULL,
	    "speakers_should_give_shared_initials_to_the_officer_answering");
	got_free(&g);

	/* "wished to know" asks; "Staff responded"; an office after "In
	 * reply," is its holder */
	txt = "Minutes of the meeting of the Scrutiny Committee held on 5 "
	    "March 2024\n\nPresent: Councillor K Whitlock\n\nOfficers: Mrs A "
	    "Lindqvist (Director of Place)\n\n1. Housing\n\nCouncillor "
	    "Whitlock wished to know how many homes were empty. In reply, the "
	    "Director of Place advised that there were 40.\n\nCouncillor "
	    "Whitlock asked about the costs. Staff responded that they were "
	    "within budget.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("wished.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "a lindqvist") &&
	    sec->answers == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_QUESTION, 0)->text, "wished to know"),
	    "minutes_should_read_wished_to_know_and_an_office_in_reply");
	sec = g.n == 2 ? nth(g.r[0], SEC_ANSWER, 1) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "staff"),
	    "minutes_should_read_staff_responding");
	got_free(&g);

	/* a member's courtesy, then "He queried ...": a question */
	txt = "Agenda item\n\nRoads\n\nMinutes:\n\nCouncillor Ryan welcomed "
	    "the "
	    "programme and thanked the staff. He queried the timeline for the "
	    "footpath works.\n\nMr Moriarty advised that the works would "
	    "start in June.\n";
	read_buf("he-queried.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 1 ? nth(g.r[0], SEC_QUESTION, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "ryan") &&
	    starts(sec->text, "He queried") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "moriarty"),
	    "minutes_should_read_a_pronoun_asking_after_a_remark");
	got_free(&g);

	/* a remark no one answers is no question; one answered is */
	txt = "Agenda item\n\nLibraries\n\nMinutes:\n\nCouncillor Adams said "
	    "that the new opening hours were welcome.\n\nCouncillor Baird "
	    "commented that the mobile library was overdue.\n\nThe Head of "
	    "Libraries replied that a new vehicle had been ordered.\n\n"
	    "Councillor Cole felt that the branch should open on Sundays.\n\n"
	    "RESOLVED: That the report be noted.\n";
	read_buf("remarks.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 1 ? nth(g.r[0], SEC_DISCUSSION, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "adams") &&
	    nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 1)->speaker_key, "cole"),
	    "minutes_should_take_an_unanswered_remark_as_discussion");
	sec = g.n == 1 ? nth(g.r[0], SEC_QUESTION, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "baird") &&
	    nth(g.r[0], SEC_QUESTION, 1) == NULL &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[0], SEC_ANSWER, 0)->answers == 2,
	    "minutes_should_keep_a_remark_that_was_answered_a_question");
	got_free(&g);

	/* members of the public named with where they live or whom they
	 * speak for; "the Regular City Council Meeting" */
	txt = "CITY OF ALDER RIDGE\nMINUTES OF THE REGULAR CITY COUNCIL "
	    "MEETING\nApril 9, 2024\n\n1. CALL TO ORDER\n\nMayor Grant "
	    "called the meeting to order.\n\n2. PUBLIC COMMENT\n\nDale "
	    "Pruitt, 77 Cypress Court, asked why the streetlights had not "
	    "been repaired. City Manager Laura Chen responded that the parts "
	    "were on order.\nMaria Gonzalez of 1412 Elm Street spoke in "
	    "support of the skate park.\nTom Becker, representing the "
	    "Business Association, asked whether parking fees would rise. "
	    "Finance Director Ray Holt replied that no increase was planned."
	    "\n\n3. ADJOURNMENT\n\nThe meeting adjourned.\n";
	read_buf("public.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->council, "City of Alder Ridge") &&
	    streq(g.r[1]->committee, "City Council") &&
	    nth(g.r[1], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "d pruitt") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "t becker") &&
	    nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker_key, "l chen") &&
	    streq(nth(g.r[1], SEC_ANSWER, 1)->speaker_key, "r holt") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_DISCUSSION, 0)->speaker_key, "m gonzalez"),
	    "minutes_should_read_the_public_named_with_their_address");
	got_free(&g);

	/* "A. The Planning Manager said" under "Q3."; answers in the
	 * passive */
	txt = "Minutes of the meeting of the Council held on 24 January 2024"
	    "\n\nPresent: Councillor A Abiodun, Councillor B Iqbal\n\n1. "
	    "Apologies\n\nNone.\n\n2. Questions\n\nQ3. Councillor Iqbal "
	    "asked when the footpath would be repaired.\n\nA. The Planning "
	    "Manager said that the works were due in April.\n\nCouncillor "
	    "Abiodun asked about the overspend. She was told by Ms Ratcliffe,"
	    " Director of Finance, that demand had risen.\n\nMembers were "
	    "informed by the Head of Highways that gritting was on track."
	    "\n\n3. Close\n\nThe meeting closed.\n";
	read_buf("passive.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role, "Planning Manager") &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "The Planning") &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1 &&
	    streq(nth(g.r[1], SEC_ANSWER, 1)->speaker_key, "ratcliffe") &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers == 3 &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_DISCUSSION, 0)->role, "Head of Highways"),
	    "minutes_should_read_lettered_and_passive_answers");
	got_free(&g);

	/* "Chair X" and "Vice Chair Y" named; a member of the public who
	 * asked goes on without answering themself */
	txt = "COUNTY OF TOLANA\nBOARD OF SUPERVISORS\nMINUTES\nMay 7, 2024"
	    "\n\n1. CALL TO ORDER\n\nChair Amaral called the meeting to order "
	    "at 9:00 a.m.\n\n2. PUBLIC HEARING\n\nChair Amaral opened the "
	    "hearing at 9:47 a.m. Bill Henshaw, on behalf of the Lions Club, "
	    "asked whether the fee could be waived. Mr. Henshaw added that "
	    "the club had insurance. Vice Chair Kessler asked how the bond "
	    "would be secured. Mr. Hollings responded that a bond of $2.1 "
	    "million was required.\n\n3. ADJOURNMENT\n\nThe meeting "
	    "adjourned.\n";
	read_buf("chair.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "b henshaw") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker, "Vice Chair Kessler")
	    && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 1) == NULL &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers ==
	    (int)(nth(g.r[1], SEC_QUESTION, 1) - g.r[1]->sections) &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker, "Chair Amaral"),
	    "minutes_should_read_a_named_chair_and_no_self_answers");
	got_free(&g);

	/* "Q.1   Cllr X", "Question 2: Cllr Y" over the question; "A3."
	 * before an answer */
	txt = "Minutes of the meeting of the Council held on 24 January 2024"
	    "\n\nPresent: Councillor O McGettigan, Councillor R Quigley\n\n1. "
	    "Questions\n\nQ.1   Cllr Orla McGettigan\nTo ask when the footpath"
	    " will be repaired.\nReply: The works are due in April.\n\n"
	    "Question 2: Cllr Rory Quigley\nTo ask how many houses are vacant."
	    "\nReply: There are 42.\n\nQ3. When will the library reopen?\n"
	    "A3. The Director of Services replied that it would reopen in "
	    "May.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("qlabels.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 2) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "o mcgettigan") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "r quigley") &&
	    nth(g.r[0], SEC_ANSWER, 2) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 2)->role, "Director of Services") &&
	    starts(nth(g.r[0], SEC_ANSWER, 2)->text, "The Director") &&
	    !contains(nth(g.r[0], SEC_QUESTION, 2)->text, "A3"),
	    "minutes_should_read_numbered_question_and_answer_labels");
	got_free(&g);

	/* "Q1.  Mr X, PPN" alone over the question, "A.   Inspector Y:"
	 * in a label column; "Question (Cllr. X): ..." / "Response
	 * (District Engineer): ..." pairs */
	txt = "Minutes of the meeting of the Joint Policing Committee held on "
	    "26 February 2024\n\nPresent: Cllr. Ann Conboy, Cllr. Tom Daly\n"
	    "\n1. Questions\n\nQ1.  Cllr. Ann Conboy\n     What is being done "
	    "about the bus station?\nA.   Superintendent Keegan: Patrols are in"
	    " place.\n\nQ2.  Mr. Gerry Tansey, PPN\n     How many alert groups "
	    "are there?\nA.   Inspector Tighe: There are 41.\n\n2. Roads\n\n"
	    "Question (Cllr. Daly): When will the R445 be resurfaced?\n"
	    "Response (District Engineer): By the end of August.\n\nQuestion "
	    "(Cllr. Conboy): Will a crossing be installed?\nResponse (Senior "
	    "Executive Officer): A survey will be carried out.\n";
	read_buf("qcolumns.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "a conboy") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "g tansey") &&
	    !contains(nth(g.r[0], SEC_QUESTION, 1)->text, "Tighe") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    contains(nth(g.r[0], SEC_ANSWER, 1)->speaker, "Tighe") &&
	    nth(g.r[1], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "t daly") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "a conboy") &&
	    !contains(nth(g.r[1], SEC_ANSWER, 0)->text, "crossing") &&
	    nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 1)->role, "Senior Executive Officer"),
	    "minutes_should_read_askers_in_label_columns_and_brackets");
	got_free(&g);

	/* "Q1 – Councillor X to Councillor Y (office)" over its question,
	 * "Will the Leader ...?" no office speaking; the time for questions
	 * expiring is a note */
	txt = "Minutes of the meeting of the Council held on 29 January 2025\n"
	    "\nPresent: Councillors Whitlock, Fernandes, Salter and "
	    "Lindqvist.\n\n6. QUESTIONS FROM MEMBERS\n\nQ1 \xe2\x80\x93 "
	    "Councillor Whitlock to Councillor Fernandes (Leader of the "
	    "Council)\n\nWill the Leader set out the spend on agency staff?\n"
	    "\nResponse: Councillor Fernandes said that it was 14.6m.\n\nQ2 "
	    "\xe2\x80\x93 Councillor Salter to Councillor Lindqvist (Cabinet "
	    "Member for Housing)\n\nHow many Council homes are void?\n\nAt "
	    "this point the time allowed for questions expired.\n";
	read_buf("q-to-member.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "whitlock") &&
	    contains(nth(g.r[0], SEC_QUESTION, 0)->text, "agency staff") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "fernandes") &&
	    nth(g.r[0], SEC_ANSWER, 1) == NULL &&
	    contains(nth(g.r[0], SEC_QUESTION, 1)->text, "homes are void") &&
	    !contains(nth(g.r[0], SEC_QUESTION, 1)->text, "expired"),
	    "minutes_should_read_a_question_under_its_label_to_a_member");
	got_free(&g);

	/* Irish questions set single spaced: "Q. 1  Cllr. X" and "Q.2
	 * Cllr. Y:" over "A." answers signed by their officers; "6.2 Cllr.
	 * Z asked ..." under a reply starts a question */
	txt = "Minutes of the meeting of the Municipal District held on 20 "
	    "May 2024\n\nPresent: Cllr. Ann Nolan, Cllr. Pat Farrelly, Cllr. "
	    "Marie Byrne.\n\n6. QUESTIONS\n\nQ. 1  Cllr. Nolan\nWill the "
	    "Chief Executive state the number of bollards replaced?\nA.  In "
	    "2023, 1,412 bollards were replaced.\n(Mr. C. Foley, Senior "
	    "Engineer)\n\nQ.2 Cllr. Farrelly: When will the N55 go to "
	    "construction?\nA. The scheme is at Phase 4. - Owen Tansey, Senior"
	    " Engineer\n6.2 Cllr. Marie Byrne asked when the road markings "
	    "would be\nrenewed.\nReply: The markings will be renewed in "
	    "June.\n";
	read_buf("q-a-signed.txt", txt, strlen(txt), &o, &g);
	{
		const struct rec_section *q0 = NULL, *q2 = NULL, *a0 = NULL,
		    *a1 = NULL, *a2 = NULL;

		if (g.n == 1) {
			q0 = nth(g.r[0], SEC_QUESTION, 0);
			q2 = nth(g.r[0], SEC_QUESTION, 2);
			a0 = nth(g.r[0], SEC_ANSWER, 0);
			a1 = nth(g.r[0], SEC_ANSWER, 1);
			a2 = nth(g.r[0], SEC_ANSWER, 2);
		}
		ok(q2 != NULL && a2 != NULL && streq(q0->speaker_key,
		    "a nolan") && !contains(q0->text, "bollards were") &&
		    streq(a0->speaker_key, "c foley") &&
		    streq(a0->role, "Senior Engineer") &&
		    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key,
		    "p farrelly") && streq(a1->speaker_key, "o tansey") &&
		    !contains(a1->text, "road markings") &&
		    streq(q2->speaker_key, "m byrne") &&
		    contains(a2->text, "renewed in June"),
		    "minutes_should_read_q_and_a_lines_and_signed_replies");
	}
	got_free(&g);

	/* "This was seconded by Y and carried by 2 votes to 1, with 1
	 * abstention.": the motion's words are the decision */
	txt = "Minutes of the meeting of the Licensing Sub-Committee held on 3"
	    " March 2025\n\nPresent: Councillors Pickles, Bibi and Ward.\n\n"
	    "12. DRIVER LICENCE REVIEW\n\nCouncillor Pickles then moved that "
	    "the licence be suspended for eight weeks. This was seconded by "
	    "Councillor Ayesha Bibi and carried by 2 votes to 1, with 1 "
	    "abstention.\n";
	read_buf("carried-by.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 1) == NULL &&
	    contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "suspended") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Pickles") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "agreed"),
	    "minutes_should_keep_a_motion_carried_by_votes");
	got_free(&g);

	/* "RESOLVED accordingly." decides the proposal above; "The annual
	 * report was received." notes it, "Comments on the report were
	 * received at the end of December." does not */
	txt = "Minutes of the meeting of the Council held on 18 July 2024\n\n"
	    "Present: Councillors Milburn, Scott, Thompson.\n\n1. "
	    "APPOINTMENTS\n\nCllr. Milburn proposed, and Cllr. Scott "
	    "seconded, that Cllr. Thompson be appointed to the Board.\n\n"
	    "RESOLVED accordingly.\n\n2. ANNUAL REPORT\n\nThe annual report "
	    "was received.\n\n3. ROADS\n\nComments on the report were "
	    "received at the end of December 2020.\n";
	read_buf("accordingly.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    nth(g.r[0], SEC_RESOLUTION, 1) == NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    nth(g.r[2], SEC_RESOLUTION, 0) == NULL,
	    "minutes_should_read_resolved_accordingly_and_a_report_received");
	got_free(&g);

	/* Irish notices of motion under their members' names: "7.1  Cllr.
	 * Tom Hughes:" over the quoted motion is no sub-item, and names
	 * its mover */
	txt = "Minutes of the meeting of the Municipal District of Glenbride "
	    "held on 20 May 2024\n\nPresent: Cllr. Tom Hughes, Cllr. Joe "
	    "Murphy, Cllr. Pat Doyle.\n\n7.\tNOTICES OF MOTION\n\n7.1\tCllr. "
	    "Tom Hughes:\n\"That the Council provides a public toilet in "
	    "Glenbride.\"\nSeconded by Cllr. Doyle.\nReply: A site is being "
	    "sought.\n\n7.2  Cllr. Joe Murphy\n\"That the speed limit on the "
	    "R702 be reduced.\"\nReply: The limit is under review.\nCllr. "
	    "Murphy proposed the motion, seconded by Cllr. Hughes. The motion "
	    "was carried.\n\n8.\tANY OTHER BUSINESS\n\nThere was no other "
	    "business.\n";
	read_buf("nom-labels.txt", txt, strlen(txt), &o, &g);
	{
		const struct rec_section *r0 = NULL, *r1 = NULL;

		if (g.n == 2) {
			r0 = nth(g.r[0], SEC_RESOLUTION, 0);
			r1 = nth(g.r[0], SEC_RESOLUTION, 1);
		}
		ok(r1 != NULL && streq(r0->proposer, "Councillor Tom Hughes") &&
		    streq(r0->seconder, "Councillor Doyle") &&
		    contains(r0->text, "public toilet") &&
		    contains(r1->text, "speed limit") &&
		    !contains(r1->text, "Joe Murphy") &&
		    streq(r1->seconder, "Councillor Hughes"),
		    "minutes_should_read_motions_under_members_names");
	}
	got_free(&g);

	/* a reply set single spaced ends with the officer who signed it:
	 * "Cllr. X spoke against the motion" on the next line is his own */
	txt = "Minutes of the Ordinary Meeting of Kilmeaden County Council "
	    "held on 12 February 2024\n\nPresent: Cllr. B. Whelan, Cllr. K. "
	    "Hallinan, Cllr. T. Mulcahy.\n\n6.  NOTICES OF MOTION\nMotion "
	    "2/2024\n\"That this Council rescinds its decision to introduce "
	    "pay parking.\"\nProposed by Cllr. B. Whelan, seconded by Cllr. K."
	    " Hallinan.\nReply: The decision was made following public "
	    "consultation. (Mr. T. Keating,\nDirector of Services)\nCllr. T. "
	    "Mulcahy spoke against the motion, stating that the income was "
	    "essential.\n";
	read_buf("signed-reply.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "t keating") &&
	    !contains(nth(g.r[0], SEC_ANSWER, 0)->text, "Mulcahy") &&
	    nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 1)->speaker_key, "t mulcahy"),
	    "minutes_should_end_a_signed_reply_at_its_signature");
	got_free(&g);

	/* "She proposed that ..." after the member's own words: she moved
	 * it */
	txt = "Minutes of the meeting of the Audit Committee held on 3 March "
	    "2025\n\nPresent: Councillors Beckett, Oyelaran and Hale.\n\n32. "
	    "EXTERNAL AUDIT FINDINGS REPORT\n\nCouncillor Beckett said that "
	    "the governance actions had slipped again. She proposed that the "
	    "Committee write to the Leader. This was seconded by Councillor "
	    "Oyelaran and agreed.\n";
	read_buf("pronoun-mover.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Beckett") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Oyelaran") &&
	    contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "write to the "
	    "Leader") && nth(g.r[0], SEC_QUESTION, 0) == NULL,
	    "minutes_should_read_a_mover_named_by_a_pronoun");
	got_free(&g);

	/* "(b) Councillor X moved and Councillor Y seconded the following
	 * motion:" under its letter; "not seconded and accordingly fell",
	 * "There being no seconder" lose the motion */
	txt = "Minutes of the meeting of the Council held on 16 October 2024"
	    "\n\nPresent: Councillors Thirtle, Foulger, Rix and Yeadon.\n\n"
	    "C.45 NOTICES OF MOTION\n\n(a) Councillor Thirtle moved the "
	    "following motion:\n\n\"That this Council introduces free parking"
	    " in December.\"\n\nThe motion was not seconded and accordingly "
	    "fell.\n\n(b) Councillor Mrs Foulger moved and Councillor Rix "
	    "seconded the following motion:\n\n\"That this Council supports "
	    "the Armed Forces Covenant.\"\n\nThe motion was declared CARRIED "
	    "unanimously.\n\n(c) Councillor Yeadon moved an amendment to "
	    "introduce a parking levy. There being no seconder, the amendment "
	    "was not debated.\n";
	read_buf("lettered-motions.txt", txt, strlen(txt), &o, &g);
	{
		const struct rec_section *r0 = NULL, *r1 = NULL, *r2 = NULL;

		if (g.n == 1) {
			r0 = nth(g.r[0], SEC_RESOLUTION, 0);
			r1 = nth(g.r[0], SEC_RESOLUTION, 1);
			r2 = nth(g.r[0], SEC_RESOLUTION, 2);
		}
		ok(r2 != NULL && streq(r0->proposer, "Councillor Thirtle") &&
		    streq(r0->outcome, "lost") &&
		    contains(r0->text, "free parking") &&
		    streq(r1->proposer, "Councillor Mrs Foulger") &&
		    streq(r1->seconder, "Councillor Rix") &&
		    streq(r1->outcome, "agreed") &&
		    contains(r1->text, "Armed Forces") &&
		    streq(r2->proposer, "Councillor Yeadon") &&
		    streq(r2->outcome, "lost"),
		    "minutes_should_read_lettered_motions_and_no_seconder");
	}
	got_free(&g);

	/* Scottish council questions: "QUESTION NO 1  By X for answer by
	 * the Convener of Y" over "Question (1)" / "Answer (1)" in a label
	 * column, "Supplementary" / "Question" a line each, the chair
	 * addressed, "Supplementary Question  None." */
	txt = "Minutes of the meeting of the Council held on 22 August 2024\n"
	    "\nPresent: Councillors Quigley and Cairney.\n\n5. Questions\n\n"
	    "QUESTION NO 1          By Councillor Quigley for answer by the\n"
	    "                       Convener of the Transport and Environment\n"
	    "                       Committee at a meeting of the Council on\n"
	    "                       22 August 2024\n\n"
	    "Question      (1)      How many bus stops lack a shelter?\n"
	    "Answer        (1)      There are 37 such stops.\n"
	    "Question      (2)      When will the shelters be installed?\n"
	    "Answer        (2)      Eight are programmed for December.\n"
	    "Supplementary    Thank you, Lord Provost. Given the delay, will\n"
	    "Question         the Convener publish the list?\n"
	    "Supplementary    Yes. The list will be published, and\n"
	    "Answer           officers will share it.\n\n"
	    "QUESTION NO 2          By Councillor Cairney for answer by the\n"
	    "                       Leader of the Council\n\n"
	    "Question               What did agency staff cost?\n\n"
	    "Answer                 The total spend was 3.86m.\n\n"
	    "Supplementary    Lord Provost, will the Leader cut it?\n"
	    "Question\n\n"
	    "Supplementary Answer     Yes.\n\n"
	    "Supplementary Question   None.\n";
	read_buf("edinburgh-q.txt", txt, strlen(txt), &o, &g);
	{
		const struct rec_section *q0, *q1, *q2, *q3, *q4, *a0, *a2,
		    *a4;
		int good = g.n == 1;

		q0 = good ? nth(g.r[0], SEC_QUESTION, 0) : NULL;
		q1 = good ? nth(g.r[0], SEC_QUESTION, 1) : NULL;
		q2 = good ? nth(g.r[0], SEC_QUESTION, 2) : NULL;
		q3 = good ? nth(g.r[0], SEC_QUESTION, 3) : NULL;
		q4 = good ? nth(g.r[0], SEC_QUESTION, 4) : NULL;
		a0 = good ? nth(g.r[0], SEC_ANSWER, 0) : NULL;
		a2 = good ? nth(g.r[0], SEC_ANSWER, 2) : NULL;
		a4 = good ? nth(g.r[0], SEC_ANSWER, 4) : NULL;
		ok(good && q4 != NULL && nth(g.r[0], SEC_QUESTION, 5) == NULL &&
		    streq(q0->speaker_key, "quigley") &&
		    contains(q0->text, "bus stops") &&
		    streq(q1->speaker_key, "quigley") &&
		    streq(q2->speaker_key, "quigley") &&
		    contains(q2->text, "publish the list") &&
		    streq(q3->speaker_key, "cairney") &&
		    streq(q4->speaker_key, "cairney") &&
		    a0 != NULL && streq(a0->role, "Convener of the Transport "
		    "and Environment Committee") &&
		    !contains(a0->text, "shelters be installed") &&
		    a2 != NULL && contains(a2->text, "officers will share") &&
		    streq(a2->role, a0->role) && a4 != NULL &&
		    streq(a4->role, "Leader of the Council") &&
		    !contains(a4->text, "None"),
		    "minutes_should_read_questions_set_in_a_label_column");
	}
	got_free(&g);

	/* a surname alone, of one the attendance names; "City Attorney
	 * X"; a school board's "Member X"; "Clir." as scanners read it */
	txt = "CITY OF BELDEN\nCITY COUNCIL MINUTES\nJanuary 8, 2024\n\n"
	    "PRESENT: Mayor Ochs, Council Members Duffy and Ortiz. STAFF: "
	    "Public Works Director Ebert\n\n1. STREETS\nCouncil Member Duffy "
	    "asked when the potholes would be filled. Ebert said crews would "
	    "begin next week. Member Ruelas asked whether the city could be "
	    "sued. City Attorney Strickland advised that the risk was low. "
	    "Clir. Ortiz referred to the lights.\n\n2. MINUTES\nThe Minutes "
	    "of the meeting held on 4 December were proposed by Council Member"
	    " Duffy, seconded by Council Member Ortiz and adopted.\n\n3. "
	    "ADJOURNMENT\nThe meeting adjourned.\n";
	read_buf("surname.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "ebert") &&
	    nth(g.r[0], SEC_ANSWER, 0)->answers == 1 &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "ruelas") &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->role, "City Attorney") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    starts(nth(g.r[0], SEC_DISCUSSION, 0)->text, "Clir. Ortiz") &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "ortiz") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Council Member Ortiz"),
	    "minutes_should_read_a_surname_alone_and_american_offices");
	got_free(&g);

	/* what follows a vote is no more of the motion; a roll call after
	 * the movers joins it; a chairman of an organisation is no chair */
	txt = "COUNTY OF HARLAN\nBOARD OF COMMISSIONERS\nMINUTES\nMay 6, 2024"
	    "\n\n1. WIND ENERGY\n\nChairman Manor Fields Adare to the meeting "
	    "was welcomed. Commissioner Stroh moved to approve the grader. "
	    "Chair Dockendorf seconded. Motion carried 2-1.\nCommissioner "
	    "Sampson returned to the Chambers at 7:01 p.m.\n\nMOVER: "
	    "Commissioner Stroh\nSECONDER: Commissioner Pfannenstiel\nTHAT the "
	    "regulations be returned to the Planning Commission.\nCARRIED\n"
	    "AYES: Stroh, Pfannenstiel\nABSENT: Dockendorf\n\n2. ADJOURNMENT\n"
	    "\nThe meeting adjourned.\n";
	read_buf("after-vote.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_RESOLUTION, 0) : NULL;
	ok(sec != NULL && streq(sec->outcome, "approved") &&
	    streq(sec->seconder, "Chair Dockendorf") &&
	    !contains(sec->text, "returned to the Chambers") &&
	    nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    contains(nth(g.r[0], SEC_RESOLUTION, 1)->text, "ABSENT: "
	    "Dockendorf") && streq(nth(g.r[0], SEC_RESOLUTION, 1)->proposer,
	    "Commissioner Stroh") &&
	    !speaker_named(g.r[0], "Chair Manor Fields Adare"),
	    "minutes_should_end_a_motion_at_its_vote_and_roll_call");
	got_free(&g);

	/* Hong Kong names: the surname in capitals, first */
	txt = "Minutes of the Meeting of the Traffic Committee held on 14 "
	    "March 2024\n\nPresent: Mr CHAN Siu Ming (Chairman), Dr LO "
	    "Wai-kwok\n\n1. Bus Route 85K\n\nDr LO Wai-kwok asked whether "
	    "the frequency would increase.\n\nMr CHAN Siu Ming said that the "
	    "Department would review it.\n\n2. Close\n\nThe meeting closed."
	    "\n";
	read_buf("hk.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "w lo") &&
	    g.r[0]->nspeakers == 2 &&
	    (streq(g.r[0]->speakers[0].key, "s chan") ||
	    streq(g.r[0]->speakers[1].key, "s chan")),
	    "speakers_should_key_a_surname_in_capitals_before_the_given_name");
	got_free(&g);

	/* labels over written questions and their responses */
	txt = "Minutes of the meeting of the Police and Crime Panel held on 5 "
	    "March 2024\n\nPresent: Councillor A Tranter (Chair), Councillor "
	    "B Needham\n\n1. Questions\n\nQ1 \xe2\x80\x93 Councillor Tranter\n"
	    "Will the Commissioner reopen the front counter?\n\nResponse\nI "
	    "have no plans to reopen it.\n\nSupplementary question\n"
	    "Councillor Tranter asked whether the trial would be evaluated."
	    "\n\nResponse\nThe Commissioner confirmed that it would.\n\n2. "
	    "Public questions\n\nQuestion 1 (Mrs Dorothy Allen, Stanmouth "
	    "Forum): When will the centre open?\n\nResponse (Director of "
	    "Estates): The centre will open in May.\n\nQ2 from Mr Barry "
	    "Neale: \"Why was the clinic closed?\"\n\nResponse from the "
	    "Director of Estates: Because of staffing.\n\n3. Close\n\nThe "
	    "meeting closed.\n";
	read_buf("labels.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "a tranter") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "a tranter") &&
	    contains(nth(g.r[0], SEC_QUESTION, 1)->text, "evaluated") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    !contains(nth(g.r[0], SEC_ANSWER, 0)->text, "evaluated"),
	    "minutes_should_read_q1_dash_and_response_alone");
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 1) != NULL &&
	    contains(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "allen") &&
	    contains(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "neale") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "The centre") &&
	    contains(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Estates") &&
	    !contains(nth(g.r[1], SEC_ANSWER, 0)->text, "Neale"),
	    "minutes_should_read_askers_and_answerers_in_brackets");
	got_free(&g);

	/* offices in the attendance list, before or after the name; "the
	 * Commissioner" and "the Mayor" are who holds them */
	txt = "Minutes of the meeting of the Police and Crime Panel held on 5 "
	    "March 2024\n\nPresent: Mayor Helen Ashworth (Chair), Councillor "
	    "B Needham\n\nIn attendance: Ms Claire Holroyd \xe2\x80\x93 Police "
	    "and Crime Commissioner; Mr Anthony Marsh \xe2\x80\x93 Chief "
	    "Executive, Office of the Police and Crime Commissioner; "
	    "Treasurer \xe2\x80\x93 Mrs Fiona Lomax\n\n1. Budget\n\nThe Mayor "
	    "welcomed everyone. Councillor Needham asked about reserves. The "
	    "Commissioner replied that reserves were adequate. The Treasurer "
	    "said that the budget balanced.\n\n2. Close\n\nThe meeting "
	    "closed.\n";
	read_buf("offices.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "c holroyd") &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "f lomax") &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "h ashworth"),
	    "speakers_should_find_who_holds_an_office_in_any_order");
	got_free(&g);

	/* the public unnamed ask; the late are no speakers; an initial in
	 * a title in capitals keeps its capital */
	txt = "Minutes of the meeting of the Parish Council held on 5 March "
	    "2024\n\nPresent: Councillor A Jones (Chair), Councillor B "
	    "Smith\n\n1. NOTICE OF MOTION - CLLR. A. JONES\n\nThe Council "
	    "sent its sympathy to the family of the late Mr. Tadhg Keane. A "
	    "resident of Mill Row asked whether the Council would support a "
	    "20mph limit. The Chair replied that it would write to the "
	    "County Council.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("public.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "public") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(g.r[0]->title, "Notice of Motion - Cllr. A. Jones"),
	    "minutes_should_read_an_unnamed_resident_asking");
	{
		size_t k, late = 0;

		for (k = 0; g.n == 2 && k < g.r[0]->nspeakers; k++)
			late += contains(g.r[0]->speakers[k].key, "keane");
		ok(g.n == 2 && late == 0,
		    "speakers_should_leave_out_the_late");
	}
	got_free(&g);

	/* ModernGov's "Decision:" over the decision, "Minutes:" after it */
	txt = "Agenda item\n\nLocal Plan Review\n\nDecision:\n\nThat the draft "
	    "plan be approved for consultation.\n\nReasons for the decision:"
	    "\n\nTo progress the plan.\n\nMinutes:\n\nCouncillor "
	    "Dunstan introduced the report.\n\nRESOLVED - That the draft "
	    "plan be approved for consultation for eight weeks.\n";
	read_buf("decision.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->text,
	    "That the draft plan be approved for consultation.") &&
	    nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
	    contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "progress") &&
	    !contains(nth(g.r[0], SEC_DISCUSSION, 1)->text, "Minutes"),
	    "text_should_read_a_decision_over_its_minutes");
	got_free(&g);

	/* "Response" alone, then who gave it */
	txt = "Minutes of the meeting of the Council held on 5 March 2024\n\n"
	    "Present: Councillor A Siddiqui, Councillor B Pemberton\n\n1. "
	    "Questions\n\nQ1 \xe2\x80\x93 Councillor Siddiqui\nHow many fines "
	    "were issued?\n\nResponse\nCouncillor Pemberton said that 38 "
	    "fines were issued.\n\n2. Close\n\nThe meeting closed.\n";
	read_buf("resp.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "b pemberton"),
	    "minutes_should_read_who_answers_under_response");
	got_free(&g);

	/* a senior grade is another office; a rank's letters are no
	 * surname; who moved, before "there voted", stays a speaker */
	txt = "Minutes of the meeting of the Council held on 5 March 2024\n\n"
	    "Present: Councillor A Fairclough, Councillor B Chaudhry\n\n"
	    "In attendance: Senior Executive Engineer (Mr G. O'Connor), "
	    "Executive Engineer (Mr S. Nash)\n\n1. Roads\n\nThe Executive "
	    "Engineer said that the road would open. DCC Howarth said that "
	    "patrols would rise.\n\nIt was moved by Councillor Fairclough and "
	    "seconded by Councillor Chaudhry that the report be noted. Upon "
	    "being put to the vote there voted 7 for, 1 against.\n\n2. Close"
	    "\n\nThe meeting closed.\n";
	read_buf("grades.txt", txt, strlen(txt), &o, &g);
	{
		size_t k, movers = 0;

		for (k = 0; g.n == 2 && k < g.r[0]->nspeakers; k++)
			movers += contains(g.r[0]->speakers[k].key,
			    "fairclough") || contains(g.r[0]->speakers[k].key,
			    "chaudhry");
		ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
		    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key,
		    "s nash") && !streq(nth(g.r[0], SEC_DISCUSSION,
		    1)->speaker_key, "h dcc") && movers == 2,
		    "speakers_should_keep_grades_ranks_and_movers_apart");
	}
	got_free(&g);

	/* "A. Dr Okafor said ...": a witness answers under "A." */
	txt = "Minutes of the meeting of the Health Scrutiny Committee held "
	    "on 5 March 2024\n\nPresent: Councillor A Ashcroft\n\n1. Winter "
	    "pressures\n\nQ. Councillor Ashcroft asked why corridor care was "
	    "still used.\n\nA. Dr Okafor said that it had been reduced.\n\n"
	    "2. Close\n\nThe meeting closed.\n";
	read_buf("qa-dr.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "okafor"),
	    "minutes_should_read_a_witness_answering_after_a");
	got_free(&g);

	/* "a question from Councillor X, the Director of Finance (Mr Y)
	 * confirmed": the office is Mr Y's, not the councillor's */
	txt = "Agenda item\n\nBudget\n\nMinutes:\n\nThe Director presented the "
	    "report.\n\nIn response to a question from Councillor Iveson, "
	    "the Director of Finance (Mr Callum Ormerod) confirmed that "
	    "reserves were adequate.\n";
	read_buf("office-bracket.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    !contains(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "iveson") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "c ormerod"),
	    "speakers_should_give_an_office_to_the_name_in_brackets");
	got_free(&g);

	/* the holder in brackets untitled; a bracket that is the office's;
	 * a titled person after the asker, no office of the asker's */
	txt = "Agenda item\n\nHousing\n\nMinutes:\n\nIn response to a question "
	    "from Councillor Nwachukwu, the Head of Housing (Carla Mendes) "
	    "explained that voids had fallen.\n\nFollowing questions from "
	    "Councillor Buchanan, the Head of Education (Lifelong Learning) "
	    "confirmed that places were available.\n\nIn answer to Cllr. Hext, "
	    "Inspector Rowe said that patrols had doubled.\n";
	read_buf("bracket2.txt", txt, strlen(txt), &o, &g);
	{
		size_t k, asker_roles = 0;

		for (k = 0; g.n == 1 && k < g.r[0]->nspeakers; k++)
			asker_roles += streq(g.r[0]->speakers[k].title,
			    "Councillor") && g.r[0]->speakers[k].role != NULL;
		ok(g.n == 1 && asker_roles == 0 && count_type(g.r[0],
		    SEC_QUESTION) == 3 && streq(nth(g.r[0], SEC_ANSWER, 0)->
		    speaker_key, "c mendes") && !streq(nth(g.r[0],
		    SEC_ANSWER, 1)->speaker_key, "l learning") &&
		    streq(nth(g.r[0], SEC_ANSWER, 2)->speaker_key, "rowe"),
		    "speakers_should_not_give_the_asker_the_answerers_office");
	}
	got_free(&g);

	/* "Item 7.2: Councilmember Ortiz asked ...": the reference is no
	 * part of the asker's words */
	txt = "Minutes of the Regular Meeting of the City Council held on "
	    "March 19, 2024\n\nPresent: Mayor Alvarez, Councilmember Ortiz\n\n"
	    "7. CONSENT CALENDAR\n\nItem 7.2: Councilmember Ortiz asked how "
	    "the contractor was selected.\n\nPublic Works Director Kevin Tran "
	    "responded that three proposals were received.\n\nItem 7.3: "
	    "Councilmember Ortiz declared an interest.\n\n8. ADJOURNMENT\n\n"
	    "The meeting adjourned.\n";
	read_buf("itemref.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "ortiz") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    starts(nth(g.r[0], SEC_DISCUSSION, 0)->text, "Item 7.3:"),
	    "minutes_should_read_a_question_after_an_item_reference");
	got_free(&g);

	/* the title says whom the question was put to; the written
	 * response under it names no one */
	txt = "Minutes of the meeting of the County Council held on 25 April "
	    "2024\n\nPresent: Councillor A Jones (Chair)\n\n5. Questions from "
	    "Members\n\n5.1  Question from Councillor Mark Strange to the "
	    "Cabinet Member for Highways, Councillor Dafydd Lloyd\n\n\xe2\x80"
	    "\x9c" "Can the Cabinet Member tell me how many potholes were "
	    "reported on the B4337?\xe2\x80\x9d\n\nWritten response:\n\n"
	    "Between April and March, 214 defects were reported on the "
	    "B4337.\n\n6. Close\n\nThe meeting closed.\n";
	read_buf("written.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker_key, "d lloyd") &&
	    contains(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "strange"),
	    "questions_should_take_whom_a_question_was_put_to_from_the_title");
	got_free(&g);

	/* a written reply signed under its words */
	txt = "Minutes of the Ordinary Meeting of Carrigmore County Council "
	    "held on Monday, 10th June, 2019\n\nPresent: Councillor L. "
	    "O'Gorman\n\n9. Questions\n\nQuestion submitted by Councillor "
	    "L. O'Gorman: \xe2\x80\x9cTo ask the Chief Executive the amount "
	    "collected in commercial rates.\xe2\x80\x9d\n\nReply:\n\n\xe2\x80"
	    "\x9c" "The amount collected in 2018 was \xe2\x82\xac" "4,112,560."
	    "\xe2\x80\x9d\nMr. S. Galvin, Head of Finance\n\n10. Close\n\n"
	    "The meeting closed.\n";
	read_buf("signed-reply.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "s galvin") &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->role, "Head of Finance"),
	    "questions_should_take_the_name_signed_under_a_written_reply");
	got_free(&g);

	/* a reply that opens with thanks for the question */
	txt = "Agenda item\n\nPublic Questions\n\nMinutes:\n\nMr Kieran "
	    "Doolan asked why the traffic counts had not been published."
	    "\n\nCouncillor Mensah thanked Mr Doolan for his question and "
	    "confirmed that the data would be published in May.\n\nThe "
	    "Chair thanked the members of the public for their questions."
	    "\n";
	read_buf("thanks.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "mensah") &&
	    nth(g.r[0], SEC_ANSWER, 0)->answers >= 0 &&
	    nth(g.r[0], SEC_ANSWER, 1) == NULL,
	    "questions_should_read_a_reply_that_thanks_the_asker");
	got_free(&g);

	/* a resident's question, a councillor who "said" in its paragraph
	 * answers it; a councillor's own remark after another's does not */
	txt = "Agenda item\n\nPublic Session\n\nMinutes:\n\nMs Fiona Galbraith "
	    "asked if the tennis nets could be replaced. Cllr Merriweather "
	    "said that new nets had been ordered.\n\nCllr Jones asked about "
	    "the budget. Cllr Smith said that it was a difficult year.\n";
	read_buf("public-said.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_ANSWER) == 1 &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "merriweather"),
	    "questions_should_read_a_councillor_answering_the_public");
	got_free(&g);

	/* a question after a long line with no stop, a blank line between;
	 * a reply's label in italics */
	txt = "Agenda item\n\nAppeals\n\nMinutes:\n\nEN/23/0058  Field Farm, Hob "
	    "Lane  Enforcement notice upheld with variation  -\n\nCouncillor "
	    "Quilliam asked when the notice would be complied with.\n\n*Reply:*"
	    " Councillor Dimitriou said that it would be by May.\n";
	read_buf("swallow.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "quilliam") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "dimitriou"),
	    "questions_should_start_after_a_line_with_no_stop");
	got_free(&g);

	/* an office and its holder named in the middle of a sentence;
	 * not an office that closes an opening phrase */
	txt = "Agenda item\n\nAudit\n\nMinutes:\n\nThe Committee received the "
	    "report of the Head of Internal Audit, Mr Owen Lathbury, which "
	    "summarised the work.\n\nCouncillor Ross asked about the "
	    "backlog.\n\nThe Head of Internal Audit responded that it was "
	    "falling.\n\nWith the permission of the Chair, Councillor Kaye "
	    "queried the audit fee.\n\nThe Chair said that it was fixed.\n";
	read_buf("mid-holder.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "o lathbury") &&
	    !contains(nth(g.r[0], SEC_ANSWER, 1) != NULL ?
	    nth(g.r[0], SEC_ANSWER, 1)->speaker_key : "", "kaye"),
	    "speakers_should_read_an_office_and_its_holder_mid_sentence");
	got_free(&g);

	/* a paragraph a PDF wrapped between an office and its verb, and
	 * between "The" and the office */
	txt = "Agenda item\n\nStandards\n\nMinutes:\n\nIn response to a "
	    "question from Mr Oyinlola, the Monitoring Officer\nconfirmed "
	    "that the complaint had been closed.\n\nThe Economic "
	    "Development Manager, Ms L Hurst, introduced the report. "
	    "Councillor Bray asked about the markets. The\nEconomic "
	    "Development Manager explained that traders had been "
	    "consulted.\n";
	read_buf("wrapped-office.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    !contains(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "oyinlola") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "l hurst"),
	    "speakers_should_read_offices_across_a_line_break");
	got_free(&g);

	/* who chairs, as a label, a bracket or "presided" says */
	{
		static const char *const heads[] = {
			"Present:- Councillor C McConville, Convener; "
			    "Councillor Gillanders, Vice Convener",
			"In the Chair: Councillor C McConville",
			"Cathaoirleach, Councillor P. Loingsigh, presided.",
			"**PRESENT IN THE CHAIR:**\n\nCouncillor A. Teskey, An "
			    "Cathaoirleach.",
			"Councillor Caoimhe Dwyer (in the chair)",
		};
		static const char *const keys[] = {
			"c mcconville", "c mcconville", "p loingsigh", "a teskey",
			"c dwyer",
		};
		size_t k, right = 0;

		for (k = 0; k < 5; k++) {
			char *m = xasprintf("Minutes of the meeting of the "
			    "Environment Committee held on 9 September 2024"
			    "\n\n%s\n\nPresent: Councillor A Jones, Councillor "
			    "B Smith\n\n1. Roads\n\nCouncillor Jones asked "
			    "about potholes.\n\nThe %s thanked him for the "
			    "question.\n\n2. Close\n\nThe meeting closed.\n",
			    heads[k], k == 2 || k == 3 ? "Cathaoirleach" :
			    k == 0 ? "Convener" : "Chair");

			read_buf("chair.txt", m, strlen(m), &o, &g);
			right += g.n == 2 && nth(g.r[0], SEC_ANSWER, 0) !=
			    NULL && streq(nth(g.r[0], SEC_ANSWER, 0)->
			    speaker_key, keys[k]);
			got_free(&g);
			free(m);
		}
		ok(right == 5, "speakers_should_know_who_chairs_the_meeting");
	}

	/* another committee's chair, named */
	txt = "Agenda item\n\nClimate\n\nMinutes:\n\nCouncillor Ross asked "
	    "whether the target would be met.\n\nThe Chair of the Climate "
	    "Change Committee, Ms F MacLeod, confirmed that it would.\n";
	read_buf("other-chair.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && g.r[0]->nsections == 3 && streq(g.r[0]->sections[2].
	    speaker_key, "f macleod"),
	    "speakers_should_name_another_committees_chair");
	got_free(&g);

	/* concerns Members raised: a question if an officer answers it */
	txt = "Agenda item\n\nBudget Monitoring\n\nMinutes:\n\nMembers raised "
	    "concerns about the cost of external placements.\n\nThe "
	    "Executive Director, Mr Graham Orde, advised that numbers had "
	    "risen from 41 to 47.\n\nMembers expressed concern about the "
	    "pace of recruitment.\n\nThe report was noted.\n";
	read_buf("concerns.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_QUESTION) == 1 &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "g orde") &&
	    starts(nth(g.r[0], SEC_QUESTION, 0)->text, "Members raised"),
	    "questions_should_read_concerns_an_officer_answers");
	got_free(&g);

	/* "Members were advised that:" and its points, no one named; an
	 * officer's points that go on the officer's sentence */
	txt = "Agenda item\n\nHousing Repairs\n\nMinutes:\n\nIn response to "
	    "questions, Members were advised that:\n\n\xe2\x80\xa2 the backlog "
	    "was estimated at \xc2\xa3" "41m;\n\xe2\x80\xa2 damp cases were "
	    "prioritised.\n\nIn response to questions from Members, the "
	    "Principal Planning Officer advised that:\n\n\xc2\xb7 the land "
	    "supply stood at 4.2 years;\n\xc2\xb7 the Lead Local Flood "
	    "Authority had raised no objection.\n";
	read_buf("advised.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_ANSWER) == 2 &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->text, "damp cases") &&
	    contains(nth(g.r[0], SEC_ANSWER, 1)->text, "Flood Authority") &&
	    count_type(g.r[0], SEC_DISCUSSION) == 0,
	    "questions_should_read_points_officers_were_advised_of");
	got_free(&g);

	/* "..., the following information was provided:" and its points */
	txt = "Agenda item\n\nWinter Plan\n\nMinutes:\n\nThe Director "
	    "presented the plan.\n\nIn response to comments and queries from "
	    "the committee, the following information was provided:\n\n"
	    "\xe2\x80\xa2 412 people were waiting for an assessment;\n"
	    "\xe2\x80\xa2 two agencies had been engaged.\n";
	read_buf("info-provided.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_ANSWER) == 1 &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->text, "two agencies"),
	    "questions_should_read_information_provided_in_response");
	got_free(&g);

	/* "Q1" with no stop before the question's label; "Reply" and
	 * "Supplementary" alone are labels, no words of their own */
	txt = "Minutes of the meeting of the Council held on 16 October 2024"
	    "\n\nPresent: Councillor A Jones (Chair)\n\n5. Members' Questions"
	    "\n\nQuestion 1\n\nQ1   Question from Councillor Deborah Fenwick "
	    "to Councillor "
	    "Salma Ahmed, Cabinet Member for Children\n\n\xe2\x80\x9cHow many "
	    "children are waiting for a plan?\xe2\x80\x9d\n\nReply\n\n"
	    "Councillor Ahmed said that 214 children were waiting.\n\n"
	    "Supplementary\n\nCouncillor Fenwick asked what capacity had "
	    "been commissioned.\n\nReply\n\nCouncillor Ahmed said that two "
	    "posts had been filled.\n\n6. Close\n\nThe meeting closed.\n";
	read_buf("q-nodot.txt", txt, strlen(txt), &o, &g);
	{
		size_t k, labels = 0;

		for (k = 0; g.n == 2 && k < g.r[0]->nsections; k++)
			labels += streq(g.r[0]->sections[k].text, "Reply") ||
			    streq(g.r[0]->sections[k].text, "Supplementary") ||
			    streq(g.r[0]->sections[k].text, "Question 1");
		ok(g.n == 2 && count_type(g.r[0], SEC_QUESTION) == 2 &&
		    count_type(g.r[0], SEC_ANSWER) == 2 && labels == 0 &&
		    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key,
		    "d fenwick"),
		    "questions_should_read_a_numbered_question_label");
	}
	got_free(&g);
}

/* ---- Motions and votes of other councils ---- */

/* The minutes of a meeting whose item 2 is body, item 1 apologies. */
static void
read_item2(const char *name, const char *body, struct got *g)
{
	struct reader_opts o;
	char *txt;

	memset(&o, 0, sizeof o);
	txt = xasprintf("Minutes of the meeting of the Council held on 24 "
	    "January 2024\n\nPresent: Councillor A Abiodun, Councillor B "
	    "Iqbal\n\n1. Apologies\n\nNone.\n\n2. Business\n\n%s\n\n3. Close"
	    "\n\nThe meeting closed.\n", body);
	read_buf(name, txt, strlen(txt), &o, g);
	free(txt);
}

static void
test_motions(void)
{
	struct reader_opts o;
	struct got g;
	const struct rec_section *r;
	const char *txt;

	/* "It was moved ..., and" / "RESOLVED" / "That ..." */
	read_item2("and-resolved.txt", "It was moved by the Mayor, seconded "
	    "by Councillor Abiodun, and\n\nRESOLVED\n\nThat Councillor Iqbal "
	    "replace Councillor Ward on the Scrutiny Committee.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "That Councillor Iqbal replace") &&
	    streq(r->seconder, "Councillor Abiodun") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_read_the_decision_after_and_resolved_alone");
	got_free(&g);

	/* the sentence that moved the decision says more than who moved:
	 * kept, beside the decision that takes its movers */
	read_item2("moved-more.txt", "Councillor Abiodun then moved the "
	    "officer recommendation, with an additional condition as "
	    "requested by the ward Member, and this was seconded by "
	    "Councillor Iqbal.\n\nRESOLVED:\n\nThat planning permission be "
	    "granted.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    contains(nth(g.r[1], SEC_DISCUSSION, 0)->text,
	    "additional condition"),
	    "minutes_should_keep_a_moving_sentence_that_says_more");
	got_free(&g);

	/* a table's rows end their lines: the result under a recorded
	 * vote is read as one */
	read_item2("vote-rows.txt", "Councillor Abiodun proposed, and "
	    "Councillor Iqbal seconded, that the Panel recommend that the "
	    "appointment be not confirmed.\nFor (2) | Councillors Abiodun "
	    "and Iqbal\nAgainst (4) | Councillors Bell, Cole, Dunn and Eyre"
	    "\nThe proposal was therefore lost.\nRESOLVED that the Panel "
	    "recommends that Mr Pascoe be appointed.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "recommended"),
	    "minutes_should_end_a_line_at_a_table_row");
	got_free(&g);

	/* "That the Board" (no colon) and "agreed to -" lead in to the
	 * points below, each a decision */
	read_item2("lead-no-colon.txt", "RESOLVED: That the Board\n\n(a)  "
	    "notes the outcome of the consultation;\n\n(b)  approves the "
	    "strategy; and\n\n(c)  delegates authority to the Director.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "delegated"),
	    "minutes_should_read_points_under_that_the_board_with_no_colon");
	got_free(&g);
	read_item2("lead-dash.txt", "The Council agreed to \xe2\x80\x93\n\n"
	    "1.  note the content of the report; and\n\n2.  delegate "
	    "authority to the Executive Director.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted"),
	    "minutes_should_read_points_under_agreed_to_a_dash");
	got_free(&g);

	/* "RESOLVED (unanimously) to approve" over points that have no
	 * verb: each is approved, and the lead-in is no decision */
	read_item2("lead-to-verb.txt", "RESOLVED (unanimously) to approve\n\n"
	    "1. The actions proposed within the Treasury Strategy;\n2. The "
	    "Investment Strategy as detailed in Appendix 2;\n3. The "
	    "Minimum Revenue Provision Policy at Appendix 5.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "approved") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "Treasury"),
	    "minutes_should_read_points_under_resolved_to_approve");
	got_free(&g);

	/* Cork's "Comh." is a councillor's title, its stop no sentence's */
	read_item2("comh.txt", "On the proposal of Comh. T. Tynan, seconded by "
	    "Comh. K. O'Flynn, An Chomhairle approved the disposal of the "
	    "property.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor T. Tynan") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor K. O'Flynn") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_comh_as_a_councillors_title");
	got_free(&g);

	/* "On the roll being called, the following members voted for the
	 * amendment: Councillors ..." lists voters, not speakers */
	read_item2("roll-members.txt", "Councillor Shaw, seconded by "
	    "Councillor Steel, moved that the report be approved.\n\nOn the "
	    "roll being called, the following members voted for the "
	    "amendment: Councillors Neill Graham, Innes and Mack.\n\nThe "
	    "following members voted for the motion: Councillors Adam, "
	    "Davidson and Gilmour.", &g);
	ok(g.n == 3 && speaker_named(g.r[1], "Councillor Shaw") &&
	    !speaker_named(g.r[1], "Councillor Innes") &&
	    !speaker_named(g.r[1], "Councillor Davidson"),
	    "minutes_should_not_count_the_rolls_voters_as_speakers");
	got_free(&g);

	/* "... after a show of hands the Chairman declared it was lost." */
	read_item2("declared-it-lost.txt", "Councillor Foale moved that the "
	    "Council reinstate the grants. Councillor Gowland seconded the "
	    "motion.\n\nThe motion was put to the meeting and after a show "
	    "of hands the Chairman declared it was lost.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_lose_a_motion_the_chair_declared_lost");
	got_free(&g);

	/* "The recommendations were proposed by X and seconded by Y.", the
	 * vote and its counts, then the decision they carried */
	read_item2("recs-passive.txt", "The recommendations were proposed by "
	    "Councillor Abiodun and seconded by Councillor Hendry.\n\nThe "
	    "Chair called for a vote on the recommendations which were "
	    "CARRIED.\n\nFor: 52\nAgainst: 0\nAbstain: 3\n\nRESOLVED - That"
	    "\n\n1.     the tax base for the year be approved;\n2.     the "
	    "amount be set at 150,000.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Abiodun") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 1)->seconder, "Hendry"),
	    "minutes_should_give_recommendations_moved_in_the_passive_their_"
	    "decision");
	got_free(&g);

	/* York: "Resolved:" over "(i) ..." / "Reason: ..." / "(ii) ...", a
	 * reason under each point, the labels set apart by a gap */
	read_item2("reasons.txt", "Resolved:\n\n(i)      Approved the "
	    "transport strategy at Annex A.\n\nReason:     To provide a "
	    "policy framework.\n\n(ii)     Agreed to delegate authority to the "
	    "Director of Place to make minor changes.\n\nReason:     To allow "
	    "factual updates.\n\n(iii)    Noted that the programme will come "
	    "to a future meeting.\n\nReason:     To keep Members informed.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "Agreed to delegate") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "noted") &&
	    count_type(g.r[1], SEC_DISCUSSION) == 3,
	    "minutes_should_read_each_point_under_a_reason");
	got_free(&g);

	/* "The Council considered and approved the report ...", then "On
	 * the proposal of X, seconded by Y." under it */
	read_item2("considered-approved.txt", "The Council considered and "
	    "approved the report of the Chief Executive dated 2nd April 2024 "
	    "on the disposal of 14 Mill Street.\n\nOn the proposal of "
	    "Councillor Abiodun, seconded by Councillor Hendry.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Abiodun") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->seconder, "Hendry"),
	    "minutes_should_read_considered_and_approved_and_its_proposal_"
	    "under_it");
	got_free(&g);

	/* "Following debate" with no comma before the mover */
	read_item2("following-debate.txt", "Following debate Councillor "
	    "Abiodun moved the officer recommendation which was seconded by\n"
	    "Councillor Hendry and\n\nRESOLVED - That the application be "
	    "REFUSED for the reasons set out in the report.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Abiodun") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->seconder, "Hendry") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "refused"),
	    "minutes_should_read_a_mover_after_a_lead_in_without_its_comma");
	got_free(&g);

	/* movers' lines alone over a motion set out plain, no "That" */
	read_item2("movers-plain.txt", "Proposed by Councillor Abiodun\n"
	    "Seconded by Councillor Hendry\n\nThis Council calls on the "
	    "Cabinet to halt the new speed limits on the ring road and to\n"
	    "consult again.\n\nThe vote on the motion was: For: 12 Against: "
	    "41. The motion was LOST.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "This Council calls") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Abiodun") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_read_a_plain_motion_under_its_movers_lines");
	got_free(&g);

	/* a name the line broke after its initial, or before a surname in
	 * capitals */
	read_item2("name-wrapped.txt", "During discussion, Mr A\nCrichton "
	    "asked what the cost would be. In response, the Head of Finance "
	    "advised that it was two million.\n\nAs an amendment, Councillor "
	    "Ruth TAVISH, seconded by Councillor Lynne\nSHORTT, moved that "
	    "the Committee notes the report.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "a crichton") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->seconder, "SHORTT"),
	    "minutes_should_read_names_wrapped_after_an_initial_or_before_"
	    "capitals");
	got_free(&g);

	/* clauses on how the vote was taken before the result */
	read_item2("vote-leads.txt", "Councillor Hendry proposed, seconded "
	    "by Councillor Lyle, that the application be approved.\n\nUpon "
	    "a vote being taken, with 6 votes in favour and 9 against, the "
	    "motion was lost.\n\nCouncillor Moss moved and Councillor Lyle "
	    "seconded that the item be deferred.\n\nUpon being submitted to "
	    "the Chamber, the motion was declared lost on the voices.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_read_a_result_after_clauses_on_the_vote");
	got_free(&g);

	/* "declared to be lost" after a recorded vote; a motion about
	 * postponing postpones nothing when it is lost */
	read_item2("declared-to-be-lost.txt", "Councillor Hendry moved and "
	    "Councillor Lyle seconded the following motion:\n\n\"This "
	    "Council calls on the Leader not to ask Government to postpone "
	    "the elections.\"\n\nA recorded vote having been requested, the "
	    "votes were cast as follows:\n\nFor (11): Councillors Abiodun "
	    "and Hendry\n\nAgainst (41): Councillors Lyle and Moss\n\nThe "
	    "motion was therefore declared to be lost.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "This Council"),
	    "minutes_should_lose_a_motion_declared_to_be_lost");
	got_free(&g);

	/* the result ending the vote's sentence, after a question and
	 * its answer; a motion introduced and "moved it as follows:" */
	read_item2("vote-tail.txt", "Councillor Ashdown introduced her "
	    "motion and moved it as follows:\n\n\"This Council asks the "
	    "Cabinet to keep the library open on Sundays.\"\n\nCouncillor "
	    "Pryce seconded the motion.\n\nCouncillor Fell asked what it "
	    "would cost. Councillor Ames responded that it would cost "
	    "forty thousand pounds.\n\nFollowing debate, a vote was taken "
	    "(12 voted in favour, 30 voted against) and the motion was "
	    "DEFEATED.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Ashdown") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor Pryce") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "This Council"),
	    "minutes_should_read_a_result_ending_the_vote_sentence");
	got_free(&g);
	read_item2("vote-which.txt", "Councillor Ashdown moved the "
	    "following motion, which was seconded by Councillor Pryce:\n\n"
	    "\"This Council resolves to set up a working group.\"\n\nThe "
	    "Chairman took Members to a vote on the motion, which was lost "
	    "with 11 in favour, 26\nagainst and 1 abstention.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_read_a_vote_on_the_motion_which_was_lost");
	got_free(&g);

	/* "RESOLVED" / "(unanimously)" under the movers' sentence */
	read_item2("resolved-bracket-below.txt", "It was moved by Councillor "
	    "Ibbot, seconded by Councillor Drake and\n\nRESOLVED\n"
	    "(unanimously)\n\nThat the report be noted.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Ibbot") && starts(nth(g.r[1], SEC_RESOLUTION,
	    0)->text, "That the report"),
	    "minutes_should_read_resolved_over_its_vote_in_brackets");
	got_free(&g);

	/* "Decision:" over the vote's result: what became of the motion */
	read_item2("decision-lost.txt", "The motion on bus services was "
	    "debated.\n\nDecision:\n\nThe motion was lost.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_lose_a_motion_under_a_decision_label");
	got_free(&g);

	/* "RESOLVED /-" over its points */
	read_item2("resolved-slash.txt", "The Treasurer introduced the "
	    "report.\n\nRESOLVED /-\n\n1.   That the report be noted.\n\n"
	    "2.   That the budget be approved.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved"),
	    "minutes_should_read_resolved_slash_dash");
	got_free(&g);

	/* "Moved – X / Seconded – Y" over the quoted motion */
	read_item2("moved-dash.txt", "Moved \xe2\x80\x93 Councillor Tamsin "
	    "/ Seconded \xe2\x80\x93 Councillor Oduya\n\n\xe2\x80\x98That "
	    "Council adopts the meeting schedule for 2025.\xe2\x80\x99\n\n"
	    "CARRIED", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Tamsin") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor Oduya") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "That Council"),
	    "minutes_should_read_movers_after_a_dash");
	got_free(&g);

	/* a planning decision in the past tense, its movers before the
	 * vote; an application's history is no decision */
	read_item2("planning-past.txt", "The application had been refused "
	    "in 2019 and allowed on appeal.\n\nThe officer recommendation "
	    "to refuse was proposed by Councillor Ibbot and seconded by "
	    "Councillor Drake.\n\nThe application was therefore refused.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "refused") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "The application") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Ibbot"), "minutes_should_read_a_planning_decision_"
	    "in_the_past_tense");
	got_free(&g);
	read_item2("planning-granted.txt", "Members debated the scheme.\n\n"
	    "Planning permission was granted subject to conditions.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_planning_permission_granted");
	got_free(&g);

	/* "X moved and Y seconded that ...", members' questions, then
	 * "Resolved - That ...": the decision takes the movers */
	read_item2("moved-then-resolved.txt", "Councillor Peel moved and "
	    "Councillor Morris seconded that the minutes of the Cabinet be "
	    "received.\n\nCouncillor Hayes asked why the tariffs had been "
	    "increased.\n\nCouncillor Peel explained that the review had "
	    "been considered in October.\n\nResolved - That the minutes of "
	    "the Cabinet be received and adopted.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Peel") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor Morris") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "adopted"),
	    "minutes_should_give_the_movers_to_the_decision_after_debate");
	got_free(&g);

	/* "On the PROPOSAL of Cllr. X" / "SECONDED by Cllr. Y" over the
	 * decision's sentence: its movers */
	read_item2("proposal-of-over.txt", "On the PROPOSAL of Cllr. L. "
	    "McDaniel\nSECONDED by Cllr. A. O'Rourke\n\nThe minutes of the "
	    "Plenary Meeting held on 29th January 2024 were ADOPTED.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor L. McDaniel") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor A. O'Rourke") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_give_the_proposal_of_lines_to_the_decision_below");
	got_free(&g);

	/* "Having heard the Portfolio Holder for Finance, Human Resources
	 * and ICT, the Cabinet" over "Decided:" and its points */
	read_item2("having-heard.txt", "Having heard the Portfolio Holder for "
	    "Finance, Human Resources and ICT, the Cabinet\n\nDecided:\n\n(a) "
	    "to note the financial performance for the year; and\n\n(b) to "
	    "approve the earmarked balances of 14.8m.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved"),
	    "minutes_should_read_decided_under_a_long_lead_in");
	got_free(&g);

	/* "Moved Cr Greening/Cr Butler" over the resolution's number and
	 * the motion (New Zealand): mover and seconder, no "Butler CN" */
	read_item2("nz-moved-slash.txt", "Moved Cr Greening/Cr Butler\n"
	    "CN24-06-4\n\nThat the Council amend the Annual Plan.\n\n"
	    "CARRIED", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Greening") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor Butler") &&
	    !speaker_named(g.r[1], "Councillor Butler CN"),
	    "minutes_should_read_moved_with_a_slash_between_the_movers");
	got_free(&g);

	/* New Zealand: "Recommendation" / "That ..." / "Cr X/Cr Y
	 * Carried" on the next line: carried, with those movers */
	read_item2("nz-recommendation.txt", "Recommendation\nThat the minutes "
	    "of the Council meeting held on 27 February 2024 be taken as a "
	    "true and correct record.\nCr Bedford/Cr Haque                  "
	    "                    Carried", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Bedford") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor Haque") &&
	    strcmp(nth(g.r[1], SEC_RESOLUTION, 0)->outcome,
	    "recommended") != 0 && strcmp(nth(g.r[1], SEC_RESOLUTION,
	    0)->outcome, "lost") != 0,
	    "minutes_should_carry_a_recommendation_under_its_movers_line");
	got_free(&g);

	/* "The motion was put to the vote and lost." */
	read_item2("vote-and-lost.txt", "Councillor Oakley moved that the "
	    "Council calls on the Government to fund the roads. Councillor "
	    "Baxter seconded the motion.\n\nThe motion was put to the vote "
	    "and lost.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_lose_a_motion_put_to_the_vote_and_lost");
	got_free(&g);

	/* the seconder's surname wrapped to a line of its own with the
	 * colon that introduces the motion */
	read_item2("name-wrapped.txt", "Moved by Councillor Sharon Peel and "
	    "seconded by Councillor Wilson\nNkurunziza:\n\n\"This Council "
	    "calls for a ceasefire.\"\n\nThe motion was carried.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Wilson Nkurunziza") && strstr(nth(g.r[1],
	    SEC_RESOLUTION, 0)->text, "ceasefire") != NULL,
	    "minutes_should_join_a_seconder_surname_wrapped_before_a_colon");
	got_free(&g);

	/* a member surnamed Lord: the honorific with no name after it is
	 * the surname */
	read_item2("cllr-lord.txt", "Cllr Lord asked the Cabinet Member for "
	    "Highways when the realignment would be complete.\n\nCllr "
	    "Urquhart replied that it would be complete by the autumn.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 1 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Councillor Lord") &&
	    count_type(g.r[1], SEC_ANSWER) == 1,
	    "minutes_should_read_a_member_surnamed_lord_as_asking");
	got_free(&g);

	/* Ontario's "Regional Councillor" and Madison's "Alder" ask; "Alder
	 * Carr Wetland" is a place */
	read_item2("regional-alder.txt", "Regional Councillor Kaur Brar asked "
	    "when the sidewalk gap would be closed.\n\nMarlon Dunn, "
	    "Commissioner, replied that it would be done in the summer.\n\n"
	    "Alder Abernathy asked whether there was data on injuries.\n\n"
	    "The Traffic Engineer responded that there was none.\n\nThe "
	    "report on Alder Carr Wetland was noted.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Kaur Brar") && streq(nth(g.r[1], SEC_QUESTION,
	    1)->speaker, "Alder Abernathy") && !speaker_named(g.r[1],
	    "Alder Carr Wetland") && !speaker_named(g.r[1], "Alder Carr"),
	    "minutes_should_read_regional_councillors_and_alders_asking");
	got_free(&g);

	/* "Chair of the ... Committee" wrapped over a line is the
	 * answerer's office; "The Team Leader, Major Developments," is
	 * an office, no one's name; a member of the public asks */
	read_item2("chair-of-body.txt", "Martin Lister asked why the bins had "
	    "been missed.\n\nCouncillor Ellie King, Chair of the\nCommunities "
	    "and Public Health Committee, replied that the vehicles had broken "
	    "down.\n\nCouncillor Bauer asked about the park. The Team Leader, "
	    "Major Developments, replied that it had been assessed.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Martin Lister") &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role,
	    "Chair of the Communities and Public Health Committee") &&
	    !speaker_named(g.r[1], "Major Developments"),
	    "minutes_should_read_a_committee_chairs_office_and_a_service");
	got_free(&g);

	/* the chair of another committee does not make "the Chair"
	 * ambiguous; "Officer and Mr X" ends the office at the name */
	txt = "Minutes of the meeting of the Council held on 24 January 2024\n"
	    "\nPRESENT: County Councillor Meirion Howells (Chair)\n\n1. "
	    "Audit Report\n\nCounty Councillor Tony Kear, Chair of the "
	    "Governance and Audit Committee, presented the report.\n\nThe "
	    "Chair thanked him for the report.\n\nMs Anne Goggin, Senior "
	    "Engineer and Mr Nick Ross attended the meeting.\n\n2. Close\n"
	    "\nThe meeting closed.\n";
	memset(&o, 0, sizeof o);
	read_buf("other-chair.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && speaker_named(g.r[0], "Councillor Meirion Howells") &&
	    !speaker_named(g.r[0], "the Chair") && g.r[0]->nspeakers > 0 &&
	    role_of(g.r[0], "a goggin") != NULL &&
	    streq(role_of(g.r[0], "a goggin"), "Senior Engineer"),
	    "minutes_should_keep_the_chair_apart_from_another_bodys_chair");
	got_free(&g);

	/* a motion, a lost amendment, then "Resolved - That ..." in the
	 * motion's words: one decision, the movers' */
	read_item2("motion-then-resolved.txt", "Moved by Councillor Hornby and "
	    "seconded by Councillor Darvesh:\n\n\"This Council welcomes the "
	    "introduction of the franchised bus services in the borough.\"\n\n"
	    "An amendment was moved by Councillor Hayes and seconded by "
	    "Councillor Wright:\n\n\"Delete the second paragraph.\"\n\nThe "
	    "amendment was put to the vote and lost.\n\nResolved - That this "
	    "Council welcomes the introduction of the franchised bus services in "
	    "the borough and asks the Leader to write to the Mayor.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Hornby") && strstr(nth(g.r[1], SEC_RESOLUTION,
	    1)->text, "asks the Leader") != NULL,
	    "minutes_should_give_a_motion_movers_to_the_decision_in_its_words");
	got_free(&g);

	/* two decisions that open alike, each under its own "And
	 * Resolved:", stay two */
	read_item2("resolved-alike.txt", "Proposed by Councillor Gleeson;\n"
	    "Seconded by Councillor Teefy;\nAnd Resolved:\n\n\"That, in "
	    "accordance with Sections 54 and 55 of the Act, approval is given to "
	    "the deletion of one structure.\"\n\nThe Cathaoirleach moved on."
	    "\n\nAnd Resolved:\n\n\"That, in accordance with Sections 54 and "
	    "55 of the Act, approval is given to the addition of one "
	    "structure.\"", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Gleeson") && strstr(nth(g.r[1], SEC_RESOLUTION,
	    0)->text, "deletion") != NULL,
	    "minutes_should_keep_two_resolved_decisions_that_open_alike");
	got_free(&g);

	/* "enquired about ..., and the Chief Officer advised that ...";
	 * the Leader who "queried" something asks */
	read_item2("enquired-queried.txt", "Councillor Lennox enquired about "
	    "the community benefits, and the Chief Officer advised that these "
	    "included apprenticeships.\n\nThe Leader queried the level of "
	    "sickness absence. The Deputy Chief Executive explained that it "
	    "had fallen.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Chief Officer") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker, "Leader"),
	    "minutes_should_read_enquired_and_queried_as_asking");
	got_free(&g);

	/* "Members asked questions of the speakers and officers.", a
	 * summary no one answers, is no question */
	read_item2("asked-questions-of.txt", "Members asked questions of the "
	    "speakers and officers.\n\nCouncillor Bauer asked whether the "
	    "park would open in winter. The Team Leader replied that it "
	    "would.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 1 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Councillor Bauer") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_not_ask_by_members_asked_questions_of_speakers");
	got_free(&g);

	/* "The Minutes (copies of which had been circulated) of the
	 * meeting ... were approved as a correct record": the aside is no
	 * more of the subject */
	read_item2("minutes-aside.txt", "The Minutes (copies of which had been "
	    "circulated) of the meeting held on 23 July 2024 were\napproved as "
	    "a correct record and signed by the Chair.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_approve_minutes_with_an_aside_in_brackets");
	got_free(&g);

	/* a division's sides a paragraph each, "For the motion:- ... (13)."
	 * and "For the amendment:- ... (7).", then "The motion was declared
	 * carried and accordingly the Council agreed to approve ..." */
	read_item2("division-paragraphs.txt", "Councillor Lindsay, seconded by "
	    "Councillor Fairlie, moved the recommendations contained in the "
	    "Report.\n\nCouncillor Stewart, seconded by Councillor Hendry, "
	    "moved as an amendment, that the Council reinstates the funding."
	    "\n\nOn a division, there voted:-\n\nFor the motion:- Councillors "
	    "Anderson, Boyd, Craik and Watt (4).\n\nFor the amendment:- "
	    "Councillors Duncan and Young (2).\n\nThe motion was declared "
	    "carried and accordingly the Council agreed to approve the capital "
	    "programme.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "approved") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 2)->text, "capital "
	    "programme"),
	    "minutes_should_read_a_division_a_paragraph_a_side_and_its_decision");
	got_free(&g);

	/* "Resolved that (1) ... be noted;" / "(2) ... be approved; and"
	 * on lines of their own: a decision each */
	read_item2("that-point-one.txt", "Resolved that (1) the forecast "
	    "position be noted;\n(2) the receipt of new grants be approved; "
	    "and\n(3) the variations be approved.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved"),
	    "minutes_should_split_points_opening_after_resolved_that");
	got_free(&g);

	/* a member of the public with no title who "asked the Portfolio
	 * Holder ..., the following:" asks */
	read_item2("public-following.txt", "Stephen Dale of Hoo St Werburgh "
	    "asked the Portfolio Holder for Housing, Councillor Louwella "
	    "Prenter, the following:\n\n\"What assurance can the Council "
	    "give that infrastructure will come first?\"\n\nCouncillor "
	    "Louwella Prenter thanked Mr Dale for his question and responded "
	    "that the plan included it.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Stephen Dale") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_read_the_public_asking_the_following");
	got_free(&g);

	/* "It is Moved Councillor Dunn Seconded Councillor Gilholme:" over
	 * the motion (New South Wales) */
	read_item2("it-is-moved.txt", "It is Moved Councillor Dunn Seconded "
	    "Councillor Gilholme:\n\nThat the minutes of the meeting held 13 "
	    "February 2024 be taken as read and confirmed.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Dunn") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor Gilholme"),
	    "minutes_should_read_it_is_moved_over_a_motion");
	got_free(&g);

	/* "Proposed by X" / "Seconded by Y", a show of hands, "declared the
	 * proposal carried and it was" / "RESOLVED:" / the words: one
	 * decision with those movers */
	read_item2("show-of-hands.txt", "Proposed by Councillor T. Fox\n"
	    "Seconded by Councillor G. O'Boyle\n\nA vote was called for and "
	    "taken by show of hands as follows:\n\nFOR: 14\nAGAINST: 3\n\n"
	    "The Cathaoirleach declared the proposal carried and it was\n\n"
	    "RESOLVED:\n\n\"That the Council approves the raising of a loan "
	    "of 4,200,000 euro.\"", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor T. Fox") && contains(nth(g.r[1], SEC_RESOLUTION,
	    0)->text, "loan"),
	    "minutes_should_give_movers_over_a_vote_to_the_decision_after_it");
	got_free(&g);

	/* "... was declared carried and, accordingly, the Council agreed:-"
	 * over its points; "There being no amendment, the Council agreed
	 * to ..." */
	read_item2("accordingly-comma.txt", "The motion, having received the "
	    "majority of votes, was declared carried and, accordingly, the "
	    "Council agreed:-\n\n(a) to note the report; and\n\n(b) to approve "
	    "the budget.\n\nThere being no amendment, the Council agreed to "
	    "award the contract to Brakes Scotland Ltd.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 2)->text, "award"),
	    "minutes_should_decide_after_accordingly_and_there_being_no");
	got_free(&g);

	/* "The substantive recommendations were proposed by X and seconded
	 * by Y.", a recorded vote, "It was RESOLVED that:" over points: each
	 * point theirs; "submitted by X, seconded by Y:-" moves by X */
	read_item2("substantive-moved.txt", "The substantive recommendations "
	    "were proposed by Councillor P Jordan and seconded by Councillor A "
	    "Hunt.\n\nA recorded vote was held: For 29, Against 11.\n\nIt "
	    "was RESOLVED that:\n\n(a) the budget be approved;\n\n(b) the "
	    "council tax be set.\n\nThe following Notice of Motion had been "
	    "submitted by Councillor Moran, seconded by Councillor Pearce:-\n"
	    "\n\"That the Council funds free school meals.\"\n\nThe motion "
	    "was agreed.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor P Jordan") && streq(nth(g.r[1], SEC_RESOLUTION,
	    2)->proposer, "Councillor Moran"),
	    "minutes_should_move_points_by_substantive_and_submitted_movers");
	got_free(&g);

	/* "Councillor X, on behalf of the Independent Group, moved an
	 * amendment that ..." */
	read_item2("behalf-of-group.txt", "Councillor N Yeowell, on behalf of "
	    "the Independent Group, moved an amendment that the increase be "
	    "limited to 6.95 per cent. The amendment was seconded by Councillor "
	    "L Jones.\n\nOn being put to the vote, the amendment was lost.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor N Yeowell") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->outcome, "lost"),
	    "minutes_should_read_a_mover_speaking_for_a_group");
	got_free(&g);

	/* "Supplementary question 1: Councillor Eddy asked ..." names the
	 * asker, its number no words of the question; "Cabinet RESOLVED,
	 * having considered the exempt appendix:" only leads in to points */
	read_item2("numbered-supplementary.txt", "Supplementary question 1: "
	    "Councillor Eddy asked whether the Chair would meet residents.\n\n"
	    "Reply: Councillor Plowden confirmed that he would.\n\nCabinet "
	    "RESOLVED, having considered the information in the exempt "
	    "appendix:\n\n(a) to approve the disposal of the site; and\n\n(b) "
	    "to delegate the terms to the Director.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Councillor Eddy") &&
	    starts(nth(g.r[1], SEC_QUESTION, 0)->text, "Councillor Eddy") &&
	    count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_numbered_supplementaries_and_having_leads");
	got_free(&g);

	/* "The Executive Member for Finance and the Director of Finance
	 * submitted a report": two offices, not one speaker holding both */
	read_item2("two-offices.txt", "The Executive Member for Finance and "
	    "the Director of Finance submitted a report.\n\nCouncillor Smith "
	    "asked about the reserves. The Director of Finance advised that "
	    "they were adequate.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    !speaker_named(g.r[1], "Executive Member for Finance and the "
	    "Director of Finance"),
	    "minutes_should_not_join_two_offices_into_one_speaker");
	got_free(&g);

	/* "The Director of Children's and Adults' Services explained": a
	 * plural's apostrophe inside the office */
	read_item2("plural-apostrophe.txt", "Councillor Smith asked about "
	    "placements. The Director of Children\xe2\x80\x99s and "
	    "Adults\xe2\x80\x99 Services explained that costs had risen.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role,
	    "Director of Children's and Adults' Services"),
	    "minutes_should_read_an_office_with_a_plurals_apostrophe");
	got_free(&g);

	/* "Response - Director City Operations: ..." names who answers */
	read_item2("response-dash.txt", "Question: \"When will the signals at "
	    "Leakes Road begin?\"\n\nResponse \xe2\x80\x93 Director City "
	    "Operations: \"Construction is expected to start in 2025.\"", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role,
	    "Director City Operations") && starts(nth(g.r[1], SEC_ANSWER,
	    0)->text, "\"Construction"),
	    "minutes_should_read_the_office_after_a_response_dash");
	got_free(&g);

	/* an item titled "Question from Ms Dina Farouk, Truganina": she
	 * asks its question */
	memset(&o, 0, sizeof o);
	txt = "Minutes of the meeting of the Council held on 24 January 2024\n"
	    "\n5.1  Question from Ms Dina Farouk, Truganina\n\nQuestion: \"When "
	    "will the signals begin?\"\n\nResponse: \"In 2025.\"\n\n6.  Close\n"
	    "\nThe meeting closed.\n";
	read_buf("question-from-title.txt", txt, strlen(txt), &o, &g);
	ok(g.n >= 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker, "Ms Dina Farouk"),
	    "minutes_should_take_the_asker_from_a_question_from_title");
	got_free(&g);

	/* "ORDERED" over the decision's points (Middlesbrough); "Ordered
	 * copies" in a sentence decides nothing */
	read_item2("ordered.txt", "Ordered copies of the plan were "
	    "circulated.\n\nORDERED\n\n(a) That the outturn be noted.\n"
	    "(b) That the virements be approved.\n\nREASON\n\nTo manage "
	    "the budget.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved"),
	    "minutes_should_read_ordered_in_capitals_as_a_decision");
	got_free(&g);

	/* "Resolved - That Council be recommended to:" over its points,
	 * the movers' sentence above: each point recommended, with them */
	read_item2("recommended-to.txt", "On a motion by Councillor Hale, "
	    "seconded by Councillor Jean Robinson, it was -\n\nResolved "
	    "(10:5) - That Council be recommended to:\n\n(a) approve the "
	    "budget; and\n\n(b) note the statement of the Director.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "recommended") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "recommended") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Hale") && streq(nth(g.r[1], SEC_RESOLUTION,
	    1)->seconder, "Councillor Jean Robinson"),
	    "minutes_should_recommend_each_point_under_be_recommended_to");
	got_free(&g);

	/* "X, seconded by Y, moved the following amendment:" over its
	 * words set out plain: those words, not the movers' sentence */
	read_item2("amendment-plain.txt", "Councillor Richard Eddy, seconded "
	    "by Councillor Henry Michallat, moved the following amendment:\n\n"
	    "To delete resolution (b) and insert: \"(b) Ask the Mayor to "
	    "include electrification in the plan.\"\n\nOn being put to the "
	    "vote, the amendment was LOST.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "To delete") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "electrification") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Richard Eddy"),
	    "minutes_should_read_a_plain_amendment_under_moved_the_following");
	got_free(&g);

	/* "(a) Motion in the name of Cllr. X" over the quoted motion, then
	 * "Cllr. X proposed the motion and Cllr. Y seconded the motion.";
	 * "The motion was proposed by Cllr. X and seconded by Cllr. Y."
	 * with the stops of "Cllr." in it */
	read_item2("proposed-the-motion.txt", "(a) Motion in the name of "
	    "Cllr. M. Farrell\n\n\"That the Council calls on the Minister to "
	    "raise the thresholds.\"\n\nCllr. Farrell proposed the motion and "
	    "Cllr. D. Hynes seconded the motion.\n\nThe motion was agreed."
	    "\n\n(b) Motion in the name of Cllr. Carthy\n\n\"That the "
	    "Council introduces free parking.\"\n\nThe motion was proposed "
	    "by Cllr. G. Carthy and seconded by Cllr. J. Fleming.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "thresholds") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor D. Hynes") && contains(nth(g.r[1], SEC_RESOLUTION,
	    1)->text, "free parking") && streq(nth(g.r[1], SEC_RESOLUTION,
	    1)->proposer, "Councillor G. Carthy"),
	    "minutes_should_take_the_motion_above_who_proposed_the_motion");
	got_free(&g);

	/* results that lose a motion: "LOST 3/8" after a member's word and
	 * the vote lines; "Defeated" alone beside the motion; "The
	 * amendment was     Lost" at the margin */
	read_item2("lost-shapes.txt", "Moved: Cr Robinson\nSeconded: Cr "
	    "Phillips\n\nThat the application be refused for the following "
	    "reasons:\n(a) The proposal harms amenity.\n\nCr Mooney spoke "
	    "against the motion.\n\nFor: Cr Robinson, Cr Phillips\nAgainst: "
	    "Cr Thompson, Cr Greaney, Cr Price\n\nLOST 2/3\n\nMoved: Cr "
	    "Elford\nSeconded: Cr Hundial\n\nThat Council defer the report "
	    "to the September meeting.\n                              "
	    "Defeated\n\nMoved: Cr Yovich\nSeconded: Cr Holmes\n\nThat "
	    "clause 2 be amended to add funding from the deferral of renewals."
	    "\n\nThe amendment was                              Lost", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 4 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "lost"),
	    "minutes_should_lose_motions_by_results_apart_from_them");
	got_free(&g);

	/* New Zealand: "Mayor X/Councillor Y" alone over "A) That ...";
	 * an amendment's division in "For the Amendment (5):" and "Against
	 * the Amendment (8):" paragraphs, then "declared LOST" */
	read_item2("nz-pair-points.txt", "Mayor Hazlehurst/Councillor Nixon\n"
	    "\nA) That Council receives the report.\n\nB) That Council "
	    "directs officers to prepare the plan.\n\nCARRIED\n\nCouncillor "
	    "Dixon/Councillor Schollum\n\nThat an amendment be made to add a "
	    "new clause C) bringing the redevelopment forward.\n\nFor the "
	    "Amendment (5): Councillors Dixon, Harvey, Schollum, Simpson and "
	    "Mr Cranswick\n\nAgainst the Amendment (8): Mayor Hazlehurst, "
	    "Councillors Corban, Fowler, Kerr, Lawson, Nixon and Watkins\n\n"
	    "The amendment was declared LOST.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Mayor Hazlehurst") && streq(nth(g.r[1], SEC_RESOLUTION,
	    1)->seconder, "Councillor Nixon") && strcmp(nth(g.r[1],
	    SEC_RESOLUTION, 1)->outcome, "lost") != 0 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "lost"),
	    "minutes_should_read_nz_pairs_over_points_and_a_divided_amendment");
	got_free(&g);

	/* "The amendment was seconded by X." under the quoted amendment
	 * seconds it; the sentence is not more of its words */
	read_item2("amendment-seconded.txt", "Councillor Lind moved the "
	    "following amendment:\n\n\"Delete all after This Council and "
	    "replace with welcomes the settlement.\"\n\nThe amendment was "
	    "seconded by Councillor Carr.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Lind") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor Carr") &&
	    !contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "seconded"),
	    "minutes_should_second_a_quoted_amendment_below_it");
	got_free(&g);

	/* "considered and noted a report", "Members noted previously
	 * circulated report", "Members noted minutes of ...",
	 * "considered and approved the Minute" */
	read_item2("noted-forms.txt", "Considered and noted a report by the "
	    "Director of Finance on the budget.\n\nMembers noted previously "
	    "circulated report on the roads programme.\n\nMembers noted "
	    "minutes of the Audit Committee held on 4 March 2024.\n\nThe "
	    "Council considered and approved the Minute of the meeting held "
	    "on 8 May 2024.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 4 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "approved"),
	    "minutes_should_read_considered_and_noted_as_decisions");
	got_free(&g);

	/* "The County Council noted the report ..." decides */
	read_item2("county-noted.txt", "The County Council noted the report "
	    "of urgent action taken by the Chief Executive.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted"),
	    "minutes_should_read_the_county_council_noted_as_a_decision");
	got_free(&g);

	/* "RESOLVED" and "RECOMMENDED to Council" alone on their lines
	 * over their words in small letters */
	read_item2("marker-alone.txt", "The Executive considered the fees."
	    "\n\nRESOLVED\n\nthat the fees for 2024/25 be approved.\n\n"
	    "RECOMMENDED to Council\n\nthat the programme be approved.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "recommended") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "that the fees"),
	    "minutes_should_read_a_marker_alone_over_words_in_small_letters");
	got_free(&g);

	/* a division's rows, "For:   Crs ..." / "Against:   Crs ...",
	 * end their paragraph: the amendment's result after them is read */
	read_item2("form-rows.txt", "MOTION\n\nMoved Cr Moller\nSeconded Cr "
	    "Coghlan\n\nThat Council adopts the Rating Policy.\n\n"
	    "AMENDMENT\n\nMoved Cr Pyne\nSeconded Cr Zeiger\n\nThat the "
	    "motion be amended to defer the Rating Policy.\n\nA division "
	    "was called for by Cr Pyne.\n\nFor:            Crs Pyne, Zeiger "
	    "and Vallely\nAgainst:        Crs Eden, Moller, Coghlan, Olds, "
	    "Tim, Middleton and Tickner\n\nThe amendment was lost 3/7.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_end_a_paragraph_at_a_forms_row");
	got_free(&g);

	/* an amendment moved before the motion it amends, then the
	 * roll's counts; a tally's lines with the movers in brackets */
	read_item2("amendment-first.txt", "Councillor Wallace, seconded by "
	    "Councillor Edlin, moved as an amendment that consideration of "
	    "the report be continued.\n\nCouncillor O'Donnell, seconded by "
	    "Councillor Buchanan, moved that the recommendations in the "
	    "report be approved.\n\nOn a vote being taken by calling the "
	    "roll, 6 Members voted for the amendment and 10 Members voted "
	    "for the motion.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    strcmp(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") != 0,
	    "minutes_should_lose_an_amendment_moved_before_its_motion");
	got_free(&g);
	read_item2("tally-movers.txt", "Mr Coutts moved that the Council "
	    "approve the recommendations. Mr Thomson seconded.\n\nMs "
	    "Macdonald moved as an amendment that the Council also write to "
	    "the Cabinet Secretary. Mr Robinson seconded.\n\nFollowing "
	    "summing up, voting took place by a show of hands, and the "
	    "result was as follows:\n\nAmendment (Ms Macdonald)      7\n"
	    "Motion (Mr Coutts)            12", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    strcmp(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") != 0,
	    "minutes_should_read_a_tally_with_the_movers_named");
	got_free(&g);

	/* a division decides every point of the amendment it defeats */
	read_item2("division-points.txt", "Councillor Abiodun, seconded by "
	    "Councillor Iqbal, moved that the Council\n\n(1) welcomes the "
	    "payments; and\n\n(2) agrees to continue them in 2025.\n\n"
	    "Councillor Stott, seconded by Councillor Ward, moved as an "
	    "amendment that the Council\n\n(a) welcomes the payments; and\n\n"
	    "(b) agrees to increase them from April.\n\nOn a vote being "
	    "taken, 39 voted for the motion and 34 for the amendment.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 4 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "lost") &&
	    strcmp(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") != 0,
	    "minutes_should_lose_every_point_of_the_amendment_divided_on");
	got_free(&g);

	/* "(i)  Councillor X to the Cabinet Member for Y:" over the
	 * question quoted: a question's label */
	read_item2("put-to.txt", "(i)    Councillor Abiodun to the Cabinet "
	    "Member for Education:\n\n\"How many schools have a deficit?\""
	    "\n\nThe Cabinet Member for Education, Councillor Iqbal, replied "
	    "that 11 schools did.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "a abiodun") &&
	    contains(nth(g.r[1], SEC_QUESTION, 0)->text, "deficit") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker_key, "b iqbal"),
	    "minutes_should_read_a_member_to_an_office_as_a_question_label");
	got_free(&g);

	/* a committee whose name has a comma, on a line of its own */
	memset(&o, 0, sizeof o);
	txt = "Westmoor Police, Fire and Crime Panel\n\nMinutes of the "
	    "meeting held on Thursday 19 September 2024\n\n1.  Apologies\n\n"
	    "None.\n\n2.  Plan\n\nThe report was noted.\n";
	read_buf("comma-committee.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->committee,
	    "Westmoor Police, Fire and Crime Panel"),
	    "minutes_should_read_a_committee_named_with_a_comma");
	got_free(&g);

	/* movers of the recommendations, a question between, then the
	 * decision's points: the points are theirs, the moving sentence
	 * how they came */
	read_item2("movers-before.txt", "Councillor Abiodun moved and "
	    "Councillor Iqbal seconded the recommendations of the Cabinet "
	    "meeting held on 2 July 2024 (Minute CAB.19/24).\n\nCouncillor "
	    "Stott asked whether the works would slip. The Director "
	    "responded that they would not.\n\nRESOLVED - That\n\n(1)   the "
	    "outturn be noted; and\n\n(2)   the slippage be carried "
	    "forward.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abiodun") && streq(nth(g.r[1], SEC_RESOLUTION,
	    1)->seconder, "Councillor Iqbal") &&
	    contains(nth(g.r[1], SEC_DISCUSSION, 0)->text, "moved"),
	    "minutes_should_give_the_points_the_movers_of_recommendations");
	got_free(&g);

	/* the same with the vote declared between: still the points' */
	read_item2("movers-vote.txt", "Councillor Abiodun moved and "
	    "Councillor Iqbal seconded the recommendations set out in the "
	    "report.\n\nA recorded vote was taken:\n\nFor (4): Councillors "
	    "Abiodun, Iqbal, Stott and Ward.\nAgainst (1): Councillor "
	    "Quayle.\n\nThe motion was declared carried.\n\nRESOLVED - That "
	    "the budget be approved.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abiodun") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor Iqbal") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "budget"),
	    "minutes_should_give_the_decision_its_movers_across_a_vote");
	got_free(&g);

	/* the motion's fate after its written reply, signed; the meeting's
	 * end after an answer */
	read_item2("reply-ends.txt", "6.1 Cllr. Danielle Twomey\n\n\"That "
	    "the Council calls on the Minister to fund the rail line.\"\n\n"
	    "Seconded by Cllr. Michael Hegarty.\n\nReply:\nThe Council will "
	    "continue to engage with the NTA.\nP\xc3\xa1" "draig Barrett, "
	    "Director of Services, Planning\n\nFollowing discussion, the "
	    "motion was "
	    "agreed.\n\nQ.2 Cllr. Gillian Coughlan\nTo ask the Chief "
	    "Executive for the number of grants.\n\nA. 1,126 grants have "
	    "been approved.\nMaurice Manning, Senior Executive Officer\n\nThis "
	    "concluded the business of the meeting.", &g);
	ok(g.n == 3 && streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome,
	    "agreed") && count_type(g.r[1], SEC_ANSWER) == 2 &&
	    !contains(nth(g.r[1], SEC_ANSWER, 0)->text, "Following") &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "P\xc3\xa1" "draig "
	    "Barrett") && !contains(nth(g.r[1], SEC_ANSWER, 1)->text,
	    "concluded") && streq(nth(g.r[1], SEC_ANSWER, 1)->speaker,
	    "Maurice Manning"),
	    "minutes_should_end_a_written_reply_at_the_motions_fate");
	got_free(&g);

	/* "RESOLVED 2025/011" alone over the decision */
	read_item2("resolved-number.txt", "The officer introduced the work "
	    "programme.\n\nRESOLVED 2025/011\n\nThat the work programme be "
	    "agreed.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "That the work"),
	    "minutes_should_read_resolved_and_its_number_over_the_decision");
	got_free(&g);

	/* "THAT:" opening the motion's words, under its movers' lines */
	read_item2("that-colon.txt", "0148-2024  Moved: Councillor Abiodun\n"
	    "Seconded: Councillor Iqbal\nTHAT: the Regular Council Meeting "
	    "Minutes of April 8, 2024 be adopted as circulated.\nCARRIED "
	    "UNANIMOUSLY", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "THAT: the") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_that_with_a_colon_as_the_motions_words");
	got_free(&g);

	/* a resolution's number and its movers on one line */
	read_item2("resolution-pair.txt", "RESOLUTION 24/204   (Cr Abela/Cr "
	    "Lau)\n\nThat Council grant consent to Development Application "
	    "DA2023/0418.\n\nCARRIED", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abela") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor Lau") && starts(nth(g.r[1],
	    SEC_RESOLUTION, 0)->text, "That Council"),
	    "minutes_should_read_a_resolution_number_and_its_movers_on_a_line");
	got_free(&g);

	/* "Question" and "Response (Officer)" alone on their lines */
	txt = "CITY OF LAKEMOOR COUNCIL\n\nMinutes of the Ordinary Meeting of "
	    "Council held on Tuesday 24 September 2024\n\n5       REPORTS\n\n"
	    "The reports were noted.\n\n6       QUESTION WITH NOTICE - CR "
	    "WHITFIELD - ROADS\n\nQuestion\nHow many kilometres of road will "
	    "be resurfaced?\n\nResponse (Director City Infrastructure)\n42.6 "
	    "kilometres are scheduled.\n\n7       CLOSURE\n\nThe meeting "
	    "closed.\n";
	read_buf("labels-alone.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 1 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Whitfield") && starts(nth(g.r[1], SEC_QUESTION,
	    0)->text, "How many") && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker,
	    "Director City Infrastructure") &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "42.6"),
	    "minutes_should_read_question_and_response_labels_alone");
	got_free(&g);

	/* "X asked the following questions:" over "Q1." / "A1." */
	read_item2("following-questions.txt", "Mr Gary Pentland, Lot 44 "
	    "Kalgan Road, asked the following questions:\n\nQ1. When will "
	    "the floodway be repaired?\n\nA1. The Director advised that "
	    "repairs are scheduled for October.\n\nQ2. Will the road be "
	    "graded?\n\nA2. The Director advised that it would.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Mr Gary Pentland") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "g pentland") &&
	    starts(nth(g.r[1], SEC_QUESTION, 0)->text, "When will"),
	    "minutes_should_give_the_questions_their_asker_above");
	got_free(&g);

	/* "Motion" / "Amendment" over movers' sentences; the vote after a
	 * lead-in */
	read_item2("motion-labels.txt", "Motion\n\nCouncillor Abiodun, "
	    "seconded by Councillor Iqbal, moved that the Committee approve "
	    "the report.\n\nAmendment\n\nCouncillor Stott, seconded by "
	    "Councillor Ward, moved as an amendment that the Committee approve "
	    "a rent increase of 4.5%.\n\nRoll Call\n\nFor the Motion - 9 "
	    "votes\n\nFor the Amendment - 5 votes\n\nHaving received a "
	    "majority of votes, the motion was carried.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abiodun") && streq(nth(g.r[1], SEC_RESOLUTION,
	    1)->seconder, "Councillor Ward") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    strcmp(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") != 0,
	    "minutes_should_read_movers_under_motion_and_amendment_labels");
	got_free(&g);

	/* each count with its names in a paragraph under it, and only the
	 * amendment named in the result: the motion lost on the counts */
	read_item2("roll-names.txt", "Motion\n\nCouncillor Abiodun, "
	    "seconded by Councillor Iqbal, moved that the Committee approve "
	    "the report.\n\nAmendment\n\nCouncillor Stott, seconded by "
	    "Councillor Ward, moved as an amendment that the Committee defer "
	    "the report.\n\nRoll Call\n\nFor the Motion - 4 votes\n\n"
	    "Councillors Abiodun, Iqbal, Ferrier and\nGlynn.\n\nFor the "
	    "Amendment - 7 votes\n\nCouncillors Stott, Ward, Haig, Imrie, "
	    "Lyle, Moffat\nand Nairn.\n\nHaving received a majority of "
	    "votes, the amendment was carried.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    strcmp(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") != 0,
	    "minutes_should_read_roll_call_counts_parted_by_their_names");
	got_free(&g);

	/* "In response to a question from X, he confirmed ...": the one
	 * who presented answers */
	read_item2("pronoun-answer.txt", "Councillor Iqbal presented his "
	    "report. In response to a question from\nCouncillor Abiodun, he "
	    "confirmed that 86 homes would be completed.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 1 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Abiodun") && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Councillor Iqbal"),
	    "minutes_should_give_a_pronouns_answer_to_who_presented");
	got_free(&g);

	/* "During discussion," before the members' question */
	read_item2("during-discussion.txt", "During discussion, Members "
	    "raised concerns about the projected overspend. The Head of "
	    "Finance advised that recovery actions had been identified.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 1 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "members") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1,
	    "minutes_should_read_a_question_after_during_discussion");
	got_free(&g);

	/* "Responding, the Director ..." and "In response, X thanked the
	 * speakers and said ..." answer; "One question had been received
	 * ... in accordance with ..." is a note */
	txt = "EASTBRIDGE COUNCIL\n\nMinutes of the Cabinet held on 17 July "
	    "2024\n\nPresent: Councillor A Jones\n\n4. QUESTIONS FROM "
	    "MEMBERS OF THE PUBLIC\n\nOne question had been received from "
	    "a member of the public in accordance with Council Procedure "
	    "Rule 10.\n\nMr Alan Tindall asked why the plan no longer "
	    "included the bypass.\n\nIn response, the Cabinet Member for "
	    "Highways, Cllr Mike Rouse, thanked the speakers and said that "
	    "the bypass would be reviewed.\n\n5. CHILDREN'S SERVICES\n\n"
	    "Councillor Lennox asked how the service would respond to the "
	    "rise in assessments.\n\nResponding, the Director of Children "
	    "and Families advised that a joint action plan had been agreed."
	    "\n";
	read_buf("responding.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && count_type(g.r[0], SEC_QUESTION) == 1 &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker, "Mr Alan Tindall") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker,
	    "Councillor Mike Rouse") && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker,
	    "Director of Children and Families"),
	    "minutes_should_read_responding_and_thanks_as_answers");
	got_free(&g);

	/* replies in the question's paragraph: "The City Mayor replied",
	 * "The Planning Lawyer replied", ", and the Assistant Director
	 * advised that ..." */
	read_item2("same-para.txt", "Councillor Lewis asked the City Mayor to "
	    "confirm the cost. The City Mayor replied that it was 2 million "
	    "pounds.\n\nCouncillor Ali asked whether the condition could be "
	    "enforced. The Planning Lawyer replied that it could.\n\n"
	    "Councillor Kilpatrick asked about the timescale for the works, "
	    "and the Assistant Director advised that they would start in "
	    "May.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 3 &&
	    count_type(g.r[1], SEC_ANSWER) == 3 &&
	    streq(nth(g.r[1], SEC_ANSWER, 1)->speaker, "Planning Lawyer") &&
	    streq(nth(g.r[1], SEC_ANSWER, 2)->speaker, "Assistant Director") &&
	    nth(g.r[1], SEC_ANSWER, 0)->speaker_key != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker_key, "city mayor"),
	    "minutes_should_answer_in_the_questions_paragraph");
	got_free(&g);

	/* "A report was received from the Housing Department stating
	 * that ..." answers the question above it (Ireland) */
	read_item2("report-received.txt", "Councillor Cantwell asked the Chief "
	    "Executive how many applicants had been waiting for more than "
	    "five years.\nA report was received from the Housing Department "
	    "stating that 1,034 applicants had been on the list for more "
	    "than five years.\nThe report was noted.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1 &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "A report was received"),
	    "minutes_should_answer_with_a_report_received");
	got_free(&g);

	/* a reply's label wrapped after a comma in its office */
	read_item2("reply-wrapped.txt", "Question from Councillor Smith to the "
	    "Cabinet Member:\n\n\"Will the scheme start this year?\"\n\n"
	    "Response by Councillor Kabir Ahmed, Cabinet Member for "
	    "Regeneration,\nInclusive Development and Housing:\n\n\"The "
	    "scheme will start in May.\"", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role, "Cabinet Member for "
	    "Regeneration, Inclusive Development and Housing") &&
	    !contains(nth(g.r[1], SEC_ANSWER, 0)->text, "Inclusive"),
	    "minutes_should_read_a_reply_label_wrapped_after_a_comma");
	got_free(&g);

	/* a courtesy, then a concern raised: the concern is answered */
	read_item2("welcomed-but.txt", "Councillor Andrew Barry welcomed the "
	    "inclusion of the trail link, but expressed concern that the "
	    "route to the hospital remained unfunded.\n\nThe Head of "
	    "Engineering explained that funding would be sought.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Andrew Barry") && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1,
	    "minutes_should_answer_a_concern_after_a_courtesy");
	got_free(&g);

	/* another tier's councillor answers a question put outright */
	read_item2("tier-answer.txt", "Cllr Abiodun asked whether the "
	    "housing allocation had changed. District Cllr Gaskell said it "
	    "had not.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_ANSWER) == 1 &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Councillor Gaskell") &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1,
	    "minutes_should_read_a_member_saying_back_as_the_answer");
	got_free(&g);

	/* a parish's decision wrapped at a line's end, its movers after */
	read_item2("wrapped-decision.txt", "Apologies were received and "
	    "accepted from Cllr Whitfield (work) and Cllr\nYoung (illness). "
	    "Proposed Cllr Abiodun, seconded Cllr Iqbal, all in favour.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "Apologies") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abiodun"),
	    "minutes_should_read_a_wrapped_decision_before_its_movers");
	got_free(&g);

	/* "Motion in the name of Cllr. X" over the motion, the reply, then
	 * who moved it: the motion's words are the decision */
	read_item2("motion-name.txt", "24.02.04(a)  Motion in the name of "
	    "Cllr. Michael Cahill\n\n\"That the Council calls on TII to "
	    "fund the N86 realignment.\"\n\nReply:\nThe scheme has been "
	    "submitted for funding.\n\nThe Motion was proposed by Cllr. M. "
	    "Cahill, seconded by Cllr. J. Cronin and agreed.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "N86") &&
	    !contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "name of") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor J. Cronin"),
	    "minutes_should_read_a_motion_under_in_the_name_of");
	got_free(&g);

	/* ... and "Notice of Motion submitted by Cllr. X" over it, the
	 * member speaking to it, then "The motion was seconded by Cllr.
	 * Y." and the vote */
	read_item2("motion-seconded.txt", "258.24 (a)     Notice of Motion "
	    "submitted by Cllr. Tony Ward\n\n\"That the Council calls on the "
	    "Minister to restore services.\"\n\nCllr. Ward spoke to the "
	    "motion.\n\nThe motion was seconded by Cllr. Dineen.\n\nThe "
	    "Cathaoirleach declared the motion defeated.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "restore") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Tony Ward") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Dineen") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "a_motion_submitted_then_seconded_should_be_its_words");
	got_free(&g);

	/* points numbered "2.<TAB>" under a lead-in: the numbers are no
	 * sentences */
	read_item2("numbered-points.txt", "Key points raised:\n\n1.\tThe "
	    "Director introduced the report.\n\n2.\tA Member asked about "
	    "the delay. The Director explained that valuations had taken "
	    "longer.", &g);
	ok(g.n == 3 && g.r[1]->nsections == 5 &&
	    !contains(g.r[1]->sections[1].text, "1.") &&
	    count_type(g.r[1], SEC_QUESTION) == 1 &&
	    starts(nth(g.r[1], SEC_QUESTION, 0)->text, "A Member"),
	    "minutes_should_read_points_numbered_before_their_speakers");
	got_free(&g);

	/* the Chairman is not the Vice-Chairman who spoke before */
	read_item2("vice.txt", "The Vice-Chairman asked what lessons had "
	    "been learnt. The Director of Finance advised that a review was "
	    "under way.\n\nThe Chairman asked whether the auditors had any "
	    "concerns. The Director of Finance advised that they had none.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "vice chair") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "chair"),
	    "minutes_should_tell_the_chairman_from_the_vice_chairman");
	got_free(&g);

	/* a motion put to the vote, then the decision that records it */
	read_item2("restated.txt", "It was proposed by Councillor Abiodun "
	    "and seconded by Councillor Iqbal that the application be "
	    "approved with a condition on hours of work.\n\nOn "
	    "being put to the vote, the motion was CARRIED (8 for, 2 "
	    "against).\n\nRESOLVED: That planning permission be GRANTED "
	    "subject to conditions.\n\nPayments were approved. Prop Cllr "
	    "Stott, 2nd Cllr Ward. Carried.\n\nRESOLVED to accept the "
	    "quotation.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "That planning") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abiodun") && streq(nth(g.r[1], SEC_RESOLUTION,
	    0)->seconder, "Councillor Iqbal") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "Payments") &&
	    nth(g.r[1], SEC_RESOLUTION, 2)->proposer == NULL,
	    "minutes_should_give_a_decision_the_movers_of_the_motion_voted");
	got_free(&g);

	/* ... but an amendment carried becomes the motion: it keeps its
	 * movers and stays a decision */
	read_item2("amended.txt", "Councillor Abiodun moved the Motion, "
	    "which was seconded by Councillor Iqbal.\n\nCouncillor Stott "
	    "moved an amendment, seconded by Councillor Ward, that the words "
	    "\"by April\" be deleted.\n\nThe amendment was CARRIED and became "
	    "the substantive motion.\n\nIt was therefore RESOLVED that the "
	    "Cabinet review the premium.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Stott") && contains(nth(g.r[1], SEC_RESOLUTION,
	    1)->text, "amendment") && (r = nth(g.r[1], SEC_RESOLUTION,
	    count_type(g.r[1], SEC_RESOLUTION) - 1)) != NULL &&
	    contains(r->text, "review the premium") &&
	    (r->proposer == NULL || strcmp(r->proposer, "Councillor Stott")),
	    "minutes_should_keep_a_carried_amendment_and_its_movers");
	got_free(&g);

	/* a quoted motion of many points stays whole to its closing quote */
	read_item2("long-quote.txt", "Councillor Abiodun moved and "
	    "Councillor Iqbal seconded the following motion:\n\n\"This "
	    "Council notes:\n\n(a) that pavement parking is a hazard;\n\n(b) "
	    "that there is no general ban.\n\nThis Council resolves to:\n\n"
	    "(i) write to the Secretary of State;\n\n(ii) ask the Cabinet "
	    "Member to bring forward a pilot by April 2025.\"\n\nThe motion "
	    "was carried.", &g);
	ok(g.n == 3 && !contains(nth(g.r[1], SEC_DISCUSSION, 0) != NULL ?
	    nth(g.r[1], SEC_DISCUSSION, 0)->text : "", "pilot") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "pilot"),
	    "minutes_should_keep_a_quoted_motions_points_in_it");
	got_free(&g);

	/* an amendment moved before the motion was seconded is its own */
	read_item2("early-amendment.txt", "Councillor Abiodun proposed that "
	    "the development proceed.\n\nCouncillor Stott proposed an "
	    "amendment that the development be deferred, seconded by "
	    "Councillor Ward.\n\nThe Cathaoirleach declared the amendment "
	    "lost.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Stott") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    strcmp(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") != 0,
	    "minutes_should_read_an_amendment_before_a_seconder");
	got_free(&g);

	/* the Leader moves, after presenting the report */
	read_item2("leader-moves.txt", "The Leader presented the report and "
	    "moved that the Corporate Plan be adopted. This was seconded by "
	    "Councillor Iqbal.\n\nRESOLVED that the Corporate Plan be "
	    "adopted.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Leader") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Iqbal"),
	    "minutes_should_read_the_leader_moving_after_presenting");
	got_free(&g);

	/* "Prop Cllr X, 2nd Cllr Y" and "Prop: ... 2nd: ..." under the
	 * decision they moved */
	read_item2("prop-2nd.txt", "Payments totalling 9,871 pounds were "
	    "approved. Prop Cllr Abiodun, 2nd Cllr Iqbal. Carried.\n\n"
	    "RESOLVED to accept the quotation from Holt Roofing.\n\nProp: "
	    "Cllr Iqbal     2nd: Cllr Abiodun     All in favour", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abiodun") && starts(nth(g.r[1], SEC_RESOLUTION,
	    0)->text, "Payments") && streq(nth(g.r[1], SEC_RESOLUTION,
	    1)->seconder, "Councillor Abiodun"),
	    "minutes_should_read_prop_and_2nd_under_a_decision");
	got_free(&g);

	/* the movers' line under a decision ends there, in one language
	 * or two: the paragraph after it is not the decision's */
	read_item2("movers-line.txt", "RESOLVED: To approve the payments.\n\n"
	    "Cynigiwyd / Proposed: Cyng. Emyr Jenkins   Eiliwyd / Seconded: "
	    "Cyng. Rhian Wyn Davies\n\nThe Clerk reported on the bank "
	    "balance.\n\nDECISION: The budget was approved.\nProposed: Cllr "
	    "Rowlands  Seconded: Cllr Kerr-Thomas  Carried (5 for, 0 "
	    "against)\nCllr Bowen queried the grants line.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Emyr Jenkins") &&
	    !contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "bank balance") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Rowlands") &&
	    !contains(nth(g.r[1], SEC_RESOLUTION, 1)->text, "Bowen") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL,
	    "minutes_should_end_a_decision_at_its_movers_line");
	got_free(&g);

	/* the parish's one line: "X proposed, Y seconded, all in favour" */
	read_item2("all-in-favour.txt", "Cllr Cartwright proposed, Cllr Ives "
	    "seconded, all in favour that the payments be approved.\n\nCllr "
	    "Bracegirdle proposed the grant be paid, Cllr Wells seconded, all "
	    "in favour.\n\nRESOLVED to approve the quotation. Cllr Catchpole "
	    "proposed, Cllr Juby seconded, all in favour.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Ives") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Wells") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->proposer,
	    "Councillor Catchpole") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->text,
	    "to approve the quotation."),
	    "minutes_should_read_proposed_seconded_all_in_favour");
	got_free(&g);

	/* the amendment lost: by "members" counted, either order, a line
	 * broken; or "put to the vote and LOST" */
	read_item2("amend-lost.txt", "Councillor Adams, seconded by "
	    "Councillor Brown, moved that the rent rise by 5%.\n\nCouncillor "
	    "Clark, seconded by Councillor Dale, moved as an amendment that "
	    "the rent rise by 3%.\n\nOn a division, 4 members voted for the "
	    "amendment and 7 for\nthe motion, which was declared carried.\n\n"
	    "Councillor Adams, seconded by Councillor Brown, moved that the "
	    "charges be frozen.\n\nCouncillor Clark, seconded by Councillor "
	    "Dale, moved as an amendment that the charges rise by 2%.\n\nThe "
	    "amendment was put to the vote and LOST.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 4 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    !streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "lost") &&
	    !streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "lost"),
	    "minutes_should_lose_the_amendment_members_voted_down");
	got_free(&g);

	/* replies: an interest expressed is no declaration; the Leader
	 * agreeing to do something is no decision */
	read_item2("replies.txt", "Councillor Hopkins asked how many "
	    "businesses had joined the scheme.\n\nThe Head of Neighbourhood "
	    "Services advised that 27 businesses had expressed an interest."
	    "\n\nCouncillor Jones asked whether the Leader would write to the "
	    "Minister.\n\nThe Leader agreed to do so.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_ANSWER) == 2 &&
	    nth(g.r[1], SEC_RESOLUTION, 0) == NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 1)->text,
	    "The Leader agreed to do so."),
	    "minutes_should_read_replies_that_agree_or_speak_of_interest");
	got_free(&g);

	/* sentences that decide: a programme agreed, minutes agreed or
	 * signed as a correct record, a request deferred; not a plan
	 * agreed years before */
	read_item2("sentences.txt", "The Committee agreed its work programme, "
	    "with the addition of a review.\n\nThe work programme was agreed, "
	    "subject to the payroll report.\n\nAgreed as a correct record and "
	    "signed by the Chair.\n\nThe minutes of the meeting held on 27th "
	    "April 2023 were read and signed as a correct record.\n\nA request "
	    "from the Young Farmers for 150 pounds was deferred until the "
	    "group provides its accounts.\n\nThe plan was agreed in 2019 by "
	    "the previous council.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 5 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 4)->outcome, "deferred") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    starts(nth(g.r[1], SEC_DISCUSSION, 0)->text, "The plan"),
	    "minutes_should_read_programmes_and_records_agreed_as_decisions");
	got_free(&g);
	read_item2("therefore.txt", "The Chairman reported that the applicant "
	    "had asked that the item be\nwithdrawn. The item was therefore "
	    "WITHDRAWN.\n\nThe work programme was agreed as amended.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "withdrawn"),
	    "minutes_should_read_an_item_therefore_withdrawn");
	got_free(&g);

	/* Dublin's "Order:" closing an item; "An Chomhairle" deciding */
	read_item2("order.txt", "Ms Conlon presented the report.\n\nOrder: "
	    "Noted.\n\nA vote was taken: For (5) Against (14).\n\nOrder: "
	    "Lost.\n\nAn Chomhairle noted the correspondence.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "noted"),
	    "minutes_should_read_orders_and_an_chomhairle");
	got_free(&g);

	/* who speaks in italics, as Word's exports to Markdown set them;
	 * "*Signed:*" keeps its stars */
	read_item2("italics.txt", "*Mr Julian Ashby (Marsh Road)* asked when "
	    "the shelter would be repaired.\n\n*The Mayor replied* that a "
	    "survey had been ordered.\n\n*Noted.*", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "j ashby") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL,
	    "minutes_should_read_speakers_in_italics");
	got_free(&g);

	/* an integration joint board decides; a calendar approved, a
	 * survey noted, a report received; a month as a given name */
	read_item2("ijb.txt", "The Integration Joint Board agreed:-\n\n(i) to "
	    "note the financial position;\n\n(ii) to approve the recovery "
	    "plan.\n\nThe calendar of meetings for 2024/25 was approved.\n\n"
	    "The tree survey by Arbworks was noted.\n\nThe report was "
	    "received.\n\nMrs June Hardcastle asked when the contract would be "
	    "let.\n\nThe Town Clerk replied that it would be advertised in "
	    "July.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 5 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 4)->outcome, "noted") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "j hardcastle"),
	    "minutes_should_read_joint_boards_calendars_and_june");
	got_free(&g);

	/* Belfast's house formula, and a committee that granted or
	 * deferred in a sentence */
	read_item2("belfast.txt", "After discussion, the Committee noted the "
	    "update and agreed that the contract be extended for twelve "
	    "months.\n\nThe Committee granted approval for the use of Glenside "
	    "Park, subject to conditions.\n\nThe Committee deferred "
	    "consideration of the request from Glenbrae Harps GAC.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "deferred"),
	    "minutes_should_read_noted_and_agreed_granted_and_deferred");
	got_free(&g);

	/* "Proposed by X" / "Seconded by Y" / "–  That ...": the words
	 * after a dash; an amendment "declared fallen" */
	read_item2("ni-dash.txt", "Proposed by Councillor Peacock\nSeconded by "
	    "Councillor McGurk\n\n\xe2\x80\x93  That the Committee approve the "
	    "Dog Control Orders.\n\nAMENDMENT\n\nProposed by Councillor "
	    "Nicholl\nSeconded by Councillor Archibald\n\n\xe2\x80\x93  That "
	    "the exclusion apply in summer only.\n\nThe Chair declared the "
	    "amendment fallen.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "That the Committee") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Peacock") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_read_a_motion_after_a_dash_under_its_movers");
	got_free(&g);

	/* the minutes' approval written as a resolution with no marker */
	read_item2("that-minutes.txt", "That the minutes of the meeting held on "
	    "13 July 2023 be confirmed and signed by the Chairman as a correct "
	    "record.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_that_the_minutes_be_confirmed");
	got_free(&g);

	/* "Q1. Councillor X to ... (Councillor Z)" and "Q2. Councillor Y
	 * (Body)" alone: the paragraph below is the question */
	read_item2("q-labels.txt", "Q1. Councillor Precious Adeyemi to the "
	    "Cabinet Member for Housing (Councillor Tom Ruddock)\n\n\"How many "
	    "households were in temporary accommodation?\"\n\nResponse:\n\n"
	    "Councillor Ruddock said that 412 households were.\n\nQ2. "
	    "Councillor Amanda Fishwick (Hollinshire County Council)\n\nHow "
	    "many calls were not answered within ten seconds?\n\nA. The "
	    "Commissioner said that 83% were answered.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    contains(nth(g.r[1], SEC_QUESTION, 0)->text, "households") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "a fishwick") &&
	    contains(nth(g.r[1], SEC_QUESTION, 1)->text, "ten seconds"),
	    "minutes_should_read_a_numbered_question_label_over_its_words");
	got_free(&g);

	/* "After consideration, the committee" over its points, with or
	 * without a colon, as Glasgow records a decision */
	read_item2("after-consideration.txt", "There was submitted a report "
	    "by the Executive Director.\n\nAfter consideration, the committee"
	    "\n\n(1) approved the Tenant Participation Strategy; and\n\n(2) "
	    "instructed the Executive Director to report annually.\n\nAfter "
	    "consideration, the committee:\n\n(a) noted the report; and\n\n"
	    "(b) requested a further update.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 4 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "noted"),
	    "minutes_should_read_the_points_after_consideration_the_committee");
	got_free(&g);

	/* "Question No. 1 in the name of Councillor X:" over the words */
	read_item2("in-the-name.txt", "Question No. 1 in the name of "
	    "Councillor Hurley:\n\n\"To ask the District Manager for an update "
	    "on the footpath.\"\n\nReply:\n\n\"Planning was approved in "
	    "March.\"\n\nQuestion No. 2 in the name of Councillor Twomey:\n\n"
	    "\"To ask the Area Engineer if the road will be resurfaced.\"\n\n"
	    "Reply:\n\n\"The road is in the 2025 programme.\"", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "twomey") &&
	    contains(nth(g.r[1], SEC_QUESTION, 1)->text, "resurfaced") &&
	    !contains(nth(g.r[1], SEC_ANSWER, 0)->text, "Twomey"),
	    "minutes_should_read_a_question_in_the_name_of_a_member");
	got_free(&g);

	/* a member's request that the Council act, then agreed */
	read_item2("request.txt", "Cllr. Hennessy asked that the Council write "
	    "to Uisce Eireann regarding the water outages\nin Johnstown. This "
	    "was agreed.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Hennessy"),
	    "minutes_should_read_a_request_that_the_council_act_as_agreed");
	got_free(&g);

	/* a motion's fate in a sentence of its own, after a lead-in */
	read_item2("fates.txt", "In the absence of Cllr. O'Brien, the motion "
	    "was deferred to the February meeting.\n\nFollowing discussion, "
	    "Cllr. Howard agreed to defer the motion until the plan is "
	    "published.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "deferred") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "deferred"),
	    "minutes_should_read_a_motion_deferred_after_a_lead_in");
	got_free(&g);

	/* a long list of what was weighed before who decided */
	read_item2("weighed.txt", "Having considered the report, the "
	    "representations of the parties, the Statement of Licensing Policy "
	    "and the Guidance, the Sub-Committee decided to:\n\n1. suspend the "
	    "licence for four weeks;\n\n2. reduce the hours to 23:00.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "suspend"),
	    "minutes_should_read_a_decision_after_what_was_weighed");
	got_free(&g);

	/* "... seconded the following amendment:" over its words */
	read_item2("amend-words.txt", "Mr O Pennington moved and Mr G Quayle "
	    "seconded the following amendment:\n\nIn paragraph (a), delete "
	    "\"2030\" and insert \"2028\".\n\nThe amendment was put to the "
	    "vote and was lost.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "delete") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_read_an_amendments_words_under_its_movers");
	got_free(&g);

	/* a paragraph's number in brackets before "In response to ..." */
	read_item2("paren-response.txt", "The Director presented the report."
	    "\n\n(4)  In response to questions from Councillor Wynne, the "
	    "Director of Education, Mr Gareth Pritchard, confirmed that the "
	    "assessment had been carried out.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "wynne") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    !contains(nth(g.r[1], SEC_ANSWER, 0)->text, "(4)"),
	    "minutes_should_read_a_response_after_a_paragraph_number");
	got_free(&g);

	/* a group's leader responding to the Leader's statement asks; the
	 * Leader answers */
	read_item2("group-leader.txt", "The Leader, Councillor Whitworth, gave "
	    "his statement.\n\nCouncillor Prowse asked about the budget.\n\n"
	    "Councillor Varley, Leader of the Independent Group, referred to "
	    "missed bin collections and asked whether the new contract would "
	    "include penalties.\n\nIn reply, the Leader said that it would.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "varley") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_read_a_group_leaders_question");
	got_free(&g);
	read_item2("during.txt", "During the debate Councillor Harrop asked how "
	    "many families had used the centre.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "harrop"),
	    "minutes_should_read_a_question_after_during_the_debate");
	got_free(&g);
	read_item2("during-on.txt", "Councillor Abiodun advised that she did "
	    "not accept the amendment.\n\nDuring the debate on the amendment "
	    "Councillor Huw Gravell asked what the cost would be. The Chief "
	    "Finance Officer advised that it would be 40,000.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "h gravell") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 2,
	    "minutes_should_read_a_question_after_during_the_debate_on_x");
	got_free(&g);
	read_item2("by-way.txt", "Councillor Abiodun moved, and Councillor "
	    "Iqbal seconded, that the limit be kept.\n\nBy way of amendment, "
	    "Councillor Harcombe moved, and Councillor Talbot seconded, that "
	    "resolution 1 be replaced with:\n\n\"1. review restricted roads;\""
	    "\n\nThe amendment was CARRIED.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Harcombe") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "agreed"),
	    "minutes_should_read_an_amendment_by_way_of_amendment");
	got_free(&g);
	/* movers titled in two languages, with the article */
	read_item2("y-cynghorydd.txt", "Cynigiwyd gan / Proposed by: Y "
	    "Cynghorydd / Councillor Gareth Lewis-Rees\nEiliwyd gan / Seconded "
	    "by: Y Cynghorydd / Councillor Nia Prosser\n\n\"That this Council "
	    "reviews the limit.\"\n\nThe motion was CARRIED.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Gareth Lewis-Rees") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Nia Prosser"),
	    "minutes_should_read_y_cynghorydd_as_a_title");
	got_free(&g);
	/* a question's label in capitals */
	read_item2("q-caps.txt", "QUESTION NO. 1 \xe2\x80\x93 Cllr. S. "
	    "Lalor\n\n"
	    "To ask the Engineer if the footpath will be repaired.\nREPLY:\n"
	    "It is in the programme.\n\nQUESTION NO. 2 \xe2\x80\x93 Cllr. T. "
	    "Murphy\n\nTo ask the Director about the site.\nREPLY:\nTalks go "
	    "on.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "t murphy") &&
	    nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers == 3,
	    "minutes_should_read_question_labels_in_capitals");
	got_free(&g);
	/* "He replied that ..." after a question put to someone named */
	read_item2("he-replied.txt", "Cllr. Abiodun asked Mr Doyle whether he "
	    "had been drinking at work. He answered that he had not.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "He answered") &&
	    contains(nth(g.r[1], SEC_ANSWER, 0)->speaker_key, "doyle") &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1,
	    "minutes_should_read_a_pronoun_reply_as_the_answer");
	got_free(&g);
	/* ... and when who was asked is not known, with no one named */
	read_item2("he-replied2.txt", "The Chair asked Mr Hendra whether a "
	    "noise plan would help. He replied that it might.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1,
	    "minutes_should_read_a_pronoun_reply_to_the_chairs_question");
	got_free(&g);
	/* a hearing's party named by its part answers */
	read_item2("driver.txt", "Councillor Abiodun asked the driver why he "
	    "had not stopped. The driver said that it was a bus lane.\n\n"
	    "Councillor Iqbal asked about the hours. The applicant was not "
	    "present.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_ANSWER) == 1 &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker_key, "driver") &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1,
	    "minutes_should_read_a_party_named_by_its_part_answering");
	got_free(&g);
	/* a consultee's objection; a community council deciding in its own
	 * words */
	read_item2("objects.txt", "The Council OBJECTS to this application: "
	    "the site lies outside the settlement.\nProposed Cllr Abiodun, "
	    "seconded Cllr Iqbal; 4 in favour, 1 abstention.\n\nThe community "
	    "council homologated both awards.\n\nThe community council agreed "
	    "to submit a comment.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text,
	    "The Council OBJECTS") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abiodun") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved"),
	    "minutes_should_read_objections_and_community_council_decisions");
	got_free(&g);
	/* bodies named with "and"; the seconder's own sentence; a motion
	 * declared fallen; an objector addressing Council */
	read_item2("and-bodies.txt", "The Health and Wellbeing Board "
	    "RESOLVED to:\n\na) NOTE the progress made;\n\nb) ENDORSE the "
	    "alignment.\n\nThe Audit and Governance Committee:\n\n1. Noted the "
	    "audit plan.\n\n2. Approved the charter.\n\nMr Frank Russo "
	    "(objector) addressed Council.\n\nCouncillor Abiodun proposed the "
	    "following motion:\n\n\"That this Council reviews its policy on "
	    "flags.\"\n\nCouncillor Iqbal seconded the motion.\n\nFor 12\n"
	    "Against 18\n\nThe Chair declared the motion fallen.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 5 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "endorsed") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 2)->text, "Noted") &&
	    count_type(g.r[1], SEC_QUESTION) == 0 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 4)->seconder,
	    "Councillor Iqbal") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 4)->outcome, "lost") &&
	    !contains(nth(g.r[1], SEC_RESOLUTION, 4)->text, "seconded"),
	    "minutes_should_read_bodies_named_with_and_and_fallen_motions");
	got_free(&g);
	/* a decision's words wrapped at a line's end */
	read_item2("wrapped-marker.txt", "The Clerk presented the draft "
	    "budget. After\ndiscussion it was agreed that the draft be revised."
	    "\n\nThe gap under the swing was noted. Council\nagreed that the "
	    "Clerk would arrange repairs.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "that the draft") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "that the Clerk"),
	    "minutes_should_read_a_decision_wrapped_at_a_lines_end");
	got_free(&g);
	/* a withdrawal after another motion was agreed is its own */
	read_item2("withdrew-own.txt", "*Motion No. 14 - Councillor Abiodun*"
	    "\n\n'That the Council reopens the unit.'\n\nThe motion was "
	    "proposed by Councillor Abiodun and seconded by Councillor Iqbal "
	    "and was agreed unanimously.\n\n*Motion No. 15 - Councillor "
	    "Redmond*\n\n'That this Council waives the charges.'\n\n"
	    "Councillor Redmond, having heard the reply, withdrew the motion.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "withdrawn"),
	    "minutes_should_not_withdraw_a_motion_already_agreed");
	got_free(&g);
	/* "asked for an assurance that ...", by a member a county council
	 * titles "Mr" */
	read_item2("assurance.txt", "The Leader, Mr Thurlow, made a "
	    "statement.\n\nMr Rix, Leader of the Liberal Democrat Group, asked "
	    "for an assurance that the grant would not be cut.\n\nThe Leader "
	    "responded that he could give no commitment.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "rix") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_read_asking_for_an_assurance_as_a_question");
	got_free(&g);
	/* the recommendations carried, with the count; all voting in
	 * favour */
	read_item2("recs-carried.txt", "Councillor Abiodun moved that the "
	    "scheme be adopted, which was seconded by Councillor Iqbal.\n\nOn "
	    "being put to the vote the recommendations were CARRIED (5 votes "
	    "for, 2 against).", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "CARRIED") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_the_recommendations_carried");
	got_free(&g);
	read_item2("all-favour.txt", "Councillor Abiodun moved that the "
	    "scheme be adopted, which was seconded by Councillor Iqbal. All "
	    "Cabinet Members voted in favour.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "voted in favour"),
	    "minutes_should_read_all_members_voting_in_favour");
	got_free(&g);
	/* a refusal in capitals after the body that decided */
	read_item2("refused.txt", "The Sub-Committee REFUSED the "
	    "application.\n\nThe Sub-Committee REJECTED the objection.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "refused") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "refused"),
	    "minutes_should_read_a_body_that_refused_in_capitals");
	got_free(&g);
	/* "On returning," before the mover; "seconded by Y and agreed
	 * unanimously": the motion's words decide */
	read_item2("returning.txt", "On returning, Cllr. Abiodun moved that "
	    "the licence be granted. This was seconded by Cllr. Iqbal and "
	    "agreed unanimously.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    streq(r->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_a_motion_on_returning_agreed_unanimously");
	got_free(&g);
	/* the outcome in capitals says what "approval" before it does not */
	read_item2("prior.txt", "RESOLVED: That prior approval be REFUSED "
	    "for the reason set out above.\n\nRESOLVED: That approval of "
	    "reserved matters be GRANTED.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "refused") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved"),
	    "minutes_should_read_prior_approval_refused");
	got_free(&g);
	/* the assent with a tally or "by those present" after it: the
	 * motion's words are the decision */
	read_item2("tally-after.txt", "Councillor Abiodun then moved that the "
	    "application be refused on the grounds of inadequate parking. This "
	    "was seconded by\nCouncillor Iqbal and CARRIED (5 for, 4 against, "
	    "1 abstention).\n\nCllr Iqbal proposed that the charter be "
	    "strengthened. This was seconded by Cllr Abiodun and agreed by "
	    "those present.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text,
	    "Councillor Abiodun") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "refused") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "Cllr Iqbal proposed"),
	    "minutes_should_keep_a_motions_words_before_a_tally");
	got_free(&g);
	/* "removed by" moves nothing */
	read_item2("removed.txt", "Mr Redmayne asked why the bus shelter had "
	    "been removed.\n\nResponse:\nThe shelter had been removed by the "
	    "Passenger Transport Executive because it was unsafe.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) == NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_not_read_removed_by_as_a_mover");
	got_free(&g);
	/* answers in the passive, no one named */
	read_item2("passive.txt", "Councillor Abiodun asked whether the front "
	    "door was working. She was told that contacts had risen by 17%.\n\n"
	    "Another Member queried the remedy payment. In reply, it was "
	    "explained that it had been made.\n\nCouncillor Iqbal said the "
	    "report was clear. It was noted that the report was late.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_ANSWER) == 2 &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "She was told") &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1 &&
	    starts(nth(g.r[1], SEC_ANSWER, 1)->text, "In reply, it was") &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers == 3,
	    "minutes_should_read_answers_in_the_passive");
	got_free(&g);
	/* advice on interests answers; a declaration does not */
	read_item2("advice.txt", "Councillor Abiodun asked whether members "
	    "of the Housing Board could take part.\n\nMs Gwen Atherton, Legal "
	    "Adviser, explained that membership of the Board was not in itself "
	    "an interest requiring Members to withdraw.\n\nCouncillor Iqbal "
	    "advised that he had a pecuniary interest in item 6.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_ANSWER) == 1 &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1 &&
	    count_type(g.r[1], SEC_QUESTION) == 1,
	    "minutes_should_read_advice_on_interests_as_an_answer");
	got_free(&g);
	/* the vote and "and it was RESOLVED that Council:" over points,
	 * which take the movers of the recommendations */
	read_item2("carried-resolved.txt", "The Leader, Councillor Abiodun, "
	    "moved the recommendations of the Executive, seconded by "
	    "Councillor Iqbal.\n\nCouncillor Shah moved an amendment to cut "
	    "the grant, seconded by Councillor Bell. The amendment was "
	    "LOST.\n\nThe substantive motion was CARRIED and it was RESOLVED "
	    "that Council:\n\n(a) approves the revenue budget;\n(b) sets the "
	    "Council "
	    "Tax for Band D at 1,823.45.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 1)->text, "revenue budget") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Abiodun") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 2)->text, "Band D"),
	    "minutes_should_read_points_resolved_after_a_vote");
	got_free(&g);
	/* a motion in single quotes over paragraphs; its vote after the
	 * debate, a question and a recorded vote */
	read_item2("single-quoted.txt", "Cllr Abiodun moved the following "
	    "motion, which was seconded by Cllr Iqbal:\n\n\xe2\x80\x98This "
	    "Council notes the residents' concerns.\n\nThis Council resolves "
	    "to express no confidence in the Leader.\xe2\x80\x99\n\nCllr Shah "
	    "asked whether the Cabinet would remain. The Monitoring Officer "
	    "advised that it would not.\n\nCllr Bell spoke against the "
	    "motion.\n\nA recorded vote was taken.\n\nFor: 5  Against: 9\n\n"
	    "The motion was LOST.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "This Council notes") &&
	    contains(r->text, "express no confidence") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->outcome, "lost") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_a_motion_in_single_quotes_and_its_vote");
	got_free(&g);
	/* "RESOLVED (For: 6   Against: 4   Abstentions: 1)" alone over the
	 * decision */
	read_item2("resolved-tally.txt", "Councillor Abiodun then proposed, "
	    "and Councillor Iqbal seconded,\nthat the officer recommendation "
	    "be approved.\n\nRESOLVED (For: 6   Against: 4   Abstentions: "
	    "1)\n\n"
	    "That planning permission be GRANTED subject to the conditions.",
	    &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "That planning permission") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->outcome, "approved"),
	    "minutes_should_read_a_decision_under_a_tally_with_colons");
	got_free(&g);
	/* the record approved in other words */
	read_item2("record.txt", "The notes were agreed as a correct "
	    "record.\n\nThe minutes were received as a true and accurate "
	    "record, subject to one correction.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved"),
	    "minutes_should_read_notes_and_minutes_received_as_a_record");
	got_free(&g);
	/* a question and its reply parted by "; in reply," */
	read_item2("in-reply.txt", "Cllr. Iqbal queried the delay in the "
	    "sewerage scheme; in reply, the Chief Executive stated that the "
	    "tender would issue in May.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "in reply, the Chief") &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role, "Chief Executive"),
	    "minutes_should_split_a_reply_after_a_semicolon_and_in_reply");
	got_free(&g);
	/* "Q1" and "A" labels with a wide gap and no stop */
	read_item2("q-gap.txt", "Q1  Little Sowerby Parish Council: \"When "
	    "will the verges be cut?\"\n\nA   Karen Loxley said that they "
	    "would be cut in July.\n\nQ2  Coldwell Parish Council: \"Can we "
	    "comment later?\"\n\nA   Simon Ruddock replied that comments were "
	    "accepted.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    starts(nth(g.r[1], SEC_QUESTION, 0)->text, "Little Sowerby") &&
	    streq(nth(g.r[1], SEC_ANSWER, 1)->speaker_key, "s ruddock") &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers == 3,
	    "minutes_should_read_q_and_a_labels_with_a_wide_gap");
	got_free(&g);
	/* who is to speak, then what they asked */
	read_item2("to-speak.txt", "Councillor Emma White, local member for "
	    "Ashby, had asked to speak. She asked how many groups had come "
	    "forward.\n\nThe Director, Mr Kieran Walsh, said that eight "
	    "had.\n\nCouncillor Fiona Black had given notice that she wished "
	    "to speak. She welcomed the plan but asked why the award could not "
	    "remain."
	    "\n\nCouncillor Rasul replied that it would cost too much.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "e white") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "f black") &&
	    count_type(g.r[1], SEC_ANSWER) == 2,
	    "minutes_should_read_a_question_after_asking_to_speak");
	got_free(&g);
	/* group leaders responding to the Leader's statement ask, though a
	 * question is pending; the chair asking for a proposer asks
	 * nothing */
	read_item2("responders.txt", "The Leader, Councillor Abiodun, made a "
	    "statement.\n\nCouncillor Rigby, Leader of the Opposition, "
	    "responded. He criticised the delay and asked whether a review "
	    "would be held.\n\nCouncillor Prowse, Leader of the Liberal "
	    "Democrat Group, responded and asked the Leader to publish the "
	    "report.\n\nThe Leader replied that he would.\n\nThe Chair said "
	    "that this concluded the item. He then asked for a proposer for "
	    "the budget.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "prowse") &&
	    count_type(g.r[1], SEC_ANSWER) == 1,
	    "minutes_should_read_group_leaders_responding_as_askers");
	got_free(&g);
	/* a surname that is a word elsewhere */
	read_item2("town.txt", "(i) Councillor Town to the Leader of the "
	    "Council, Councillor Abiodun:\n\n\"What has the stadium cost?\"\n\n"
	    "Reply - Councillor Abiodun\n\nIt has cost 11 million.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "town"),
	    "minutes_should_read_councillor_town_as_a_person");
	got_free(&g);
	/* a cabinet spokesperson answers; an opposition spokesperson asks,
	 * and asking that an opposition be recorded asks nothing */
	read_item2("spokes.txt", "Councillor Abiodun asked the Cabinet "
	    "Spokesperson for Highways, Councillor Bell, when the road would "
	    "be resurfaced.\n\nCouncillor Bell stated that the works would be "
	    "done by May.\n\nMr Gordon Blythe, Opposition Spokesperson for "
	    "Education, asked why the budget was the default.\n\nThe Director "
	    "replied that it was cheaper.\n\nMr Blythe asked a further "
	    "question about the savings.\n\nMr Blythe asked that his "
	    "opposition to "
	    "recommendation (c) be recorded.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 3 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker_key, "bell") &&
	    contains(nth(g.r[1], SEC_QUESTION, 2)->speaker_key, "blythe") &&
	    count_type(g.r[1], SEC_DISCUSSION) == 1,
	    "minutes_should_read_cabinet_and_opposition_spokespeople");
	got_free(&g);
	/* "Response by the Mayor" and a joint office alone over the reply */
	read_item2("response-by.txt", "Question from Councillor Iqbal\n\nWill "
	    "the shop stay open?\n\nResponse by the Mayor\n\nThe Mayor "
	    "confirmed that it would.\n\nQuestion from Councillor Abiodun\n\n"
	    "When will the estate be baited?\n\nResponse by the Deputy Mayor "
	    "and Cabinet Member for Housing\n\nCouncillor Ashdown stated that "
	    "it had been baited twice.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_ANSWER) == 2 &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "The Mayor confirmed") &&
	    starts(nth(g.r[1], SEC_ANSWER, 1)->text, "Councillor Ashdown") &&
	    count_type(g.r[1], SEC_DISCUSSION) == 0,
	    "minutes_should_read_responses_by_the_mayor_and_a_joint_office");
	got_free(&g);
	/* a cabinet member known from the answer's label says the
	 * supplementary reply */
	read_item2("said-after-label.txt", "Q1. Councillor Iqbal to the "
	    "Cabinet Member for Housing: \"How many homes?\"\n\nA1. Councillor "
	    "Bell (Cabinet Member for Housing): 412 homes.\n\nSupplementary: "
	    "Councillor Iqbal asked whether the target would be met.\n\n"
	    "Councillor Bell said it would be met by 2027.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_ANSWER) == 2 &&
	    starts(nth(g.r[1], SEC_ANSWER, 1)->text, "Councillor Bell said") &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers == 3,
	    "minutes_should_read_a_supplementary_reply_by_a_labelled_member");
	got_free(&g);
	/* "Question 1 - Supplementary" on its line over the question */
	read_item2("q-supp.txt", "Question 1 \xe2\x80\x93 Supplementary\n"
	    "Councillor Iqbal asked how many families were in B&B.\n"
	    "Councillor Abiodun replied that there were 23.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    starts(nth(g.r[1], SEC_QUESTION, 0)->text, "Councillor Iqbal") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_read_a_numbered_supplementary_label");
	got_free(&g);
	read_item2("declared.txt", "A recorded vote was called for: FOR (15), "
	    "AGAINST (3).\n\nThe Cathaoirleach declared the disposal "
	    "approved.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_a_disposal_the_chair_declared_approved");
	got_free(&g);
	/* a labelled reply given by someone standing in for the one the
	 * question was put to */
	read_item2("absence.txt", "Question 2 from Councillor Ogden to the "
	    "Cabinet Member for Adult Social Care\n\n\"What is the spend on "
	    "agency staff?\"\n\nResponse: In the absence of Councillor "
	    "Patel, the Deputy Leader, Councillor Janet Whiteoak, responded. "
	    "She said that spend was \xc2\xa3" "1.46m.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker,
	    "Councillor Janet Whiteoak") &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1,
	    "minutes_should_give_a_reply_to_who_stood_in_for_the_absent");
	got_free(&g);
	/* ... also unlabelled, the absent one named by office and name */
	read_item2("absence2.txt", "Councillor Gruffydd asked about school "
	    "transport.\n\nIn the absence of the Cabinet Member for "
	    "Education, Councillor Alwen Rhys, the Deputy Leader, Councillor "
	    "Ifor Prydderch, responded that transport would be provided.",
	    &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker,
	    "Councillor Ifor Prydderch") &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role, "Deputy Leader"),
	    "minutes_should_give_a_reply_to_who_stood_in_after_two_names");
	got_free(&g);
	/* Welsh first: "Cwestiwn ... / Question from ...", "Ymateb /
	 * Response:"; a note under the label before the question */
	read_item2("cy.txt", "7.1  Cwestiwn gan y Cynghorydd Elin Roberts "
	    "i\xe2\x80\x99r Aelod Cabinet dros Briffyrdd / Question from "
	    "Councillor Elin Roberts to the Cabinet Member for Highways\n\n"
	    "(The question was asked in Welsh)\n\n\"How many roads remain "
	    "closed?\"\n\nYmateb / Response:\n\nCouncillor Dylan Morgan "
	    "responded that three roads remained closed.\n\nCwestiwn atodol "
	    "/ Supplementary question:\n\nCouncillor Roberts asked when they "
	    "would reopen.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 1 &&
	    strstr(nth(g.r[1], SEC_QUESTION, 0)->text, "How many") != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Elin Roberts") &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "Councillor Dylan") &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1,
	    "minutes_should_read_question_labels_in_two_languages");
	got_free(&g);
	/* a bare "Q" and a wide gap; a note after the asker's name */
	read_item2("bare-q.txt", "Q  Councillor Helen Marchbank asked what "
	    "was being done.\n\nA  Ms Obi said that the Director had "
	    "written.\n\nQ - Councillor Tennant (supplementary): Were the "
	    "devices secure?\n\nA - Mr Lutterworth said that they were.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Helen Marchbank") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker,
	    "Councillor Tennant") &&
	    nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers == 3,
	    "minutes_should_read_bare_and_annotated_q_labels");
	got_free(&g);
	/* ... but an office in the brackets is the answerer's */
	read_item2("office-label.txt", "Q - Cllr. Ward (Leader of the "
	    "Opposition): Will the pool reopen?\n\nA - Cllr. Greenwood "
	    "(Leader of the Council): It will reopen in May.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role, "Leader of the Council"),
	    "minutes_should_keep_an_office_in_a_labels_brackets");
	got_free(&g);
	read_item2("a-first-name.txt", "Q  Councillor Pryce asked Connor "
	    "whether his adviser had helped.\n\nA  Connor replied that she "
	    "had.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Connor"),
	    "minutes_should_read_a_first_name_under_an_answer_label");
	got_free(&g);
	/* a Markdown table of questions; an answer's cell names who */
	read_item2("md-table.txt", "| No. | Member | Question | Response |\n"
	    "|---|---|---|---|\n| 1 | Cllr Fairweather | How many households "
	    "are housed outside the borough? | 1,284. |\n| 2 | Cllr Egan | "
	    "When will the review be published? | Mrs Gatiss: In March. |",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker, "Councillor Egan") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->text,
	    "When will the review be published?") &&
	    streq(nth(g.r[1], SEC_ANSWER, 1)->speaker, "Mrs Gatiss") &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers ==
	    (int)(nth(g.r[1], SEC_QUESTION, 0) - g.r[1]->sections),
	    "minutes_should_read_a_markdown_table_of_questions");
	got_free(&g);
	/* a Word table saved as text: cells parted by tabs, a row a line */
	read_item2("tabs.txt", "The questions were put as follows:\nNo.\t"
	    "Member\tTo\tQuestion\tResponse\n1\tCouncillor P Rosser\t"
	    "Cabinet Member for Communities\tWhat steps are being taken?\t"
	    "Councillor Llewellyn responded that a notice had been served.\n"
	    "2\tCouncillor E Owen\tLeader\tWill the Leader update us?\tNot "
	    "reached.\n\nDecisions are summarised below.\nPractice\tScheme"
	    "\tOutcome\nWyle Green Surgery\tReception redesign\tApproved\n"
	    "Stanwick Lane Surgery\tFeasibility study\tDeferred\nProf. Ibe "
	    "asked why.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 3 &&
	    count_type(g.r[1], SEC_ANSWER) == 1 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor P Rosser") &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->text,
	    "What steps are being taken?") &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker,
	    "Councillor Llewellyn") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker, "Councillor E Owen") &&
	    count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "deferred") &&
	    streq(nth(g.r[1], SEC_QUESTION, 2)->text, "Prof. Ibe asked why."),
	    "minutes_should_read_rows_of_cells_parted_by_tabs");
	got_free(&g);
	/* single-spaced text: a table's row from a PDF, then a blank line,
	 * ends its paragraph */
	read_item2("pdf-row.txt", "The Committee considered the applications "
	    "to the fund, which had\nbeen assessed against the criteria "
	    "agreed in March. The Area\nManager summarised each one and "
	    "answered points of detail. Members\nwelcomed the range of "
	    "groups applying this year.\nApplicant                     "
	    "Purpose           Amount\nBorgie Riding Group           Horse "
	    "box         \xc2\xa3 6,000\nStrathy Hall Community Centre "
	    "Committee   Replacement boiler   \xc2\xa3 2,500\n\nMr A Gunn, "
	    "seconded by Mr "
	    "D Mackay, moved that both awards be\napproved. This was agreed "
	    "unanimously.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Mr A Gunn") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_end_a_table_row_at_a_blank_line_when_single_spaced");
	got_free(&g);
	/* one who "said" after a question and a ';' answers it */
	read_item2("semi-said.txt", "Councillor Dow asked whether there had "
	    "been any complaints; Mr Crombie stated that there had been one.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 1 &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Mr Crombie"),
	    "minutes_should_read_a_said_reply_after_a_semicolon");
	got_free(&g);
	/* a heading's line with its sentence on the next line */
	read_item2("head-line.txt", "Application 5 \xe2\x80\x93 Haddon Vale "
	    "Community Larder\nIt was moved by Councillor Hollings, seconded "
	    "by Councillor Barnard, and RESOLVED that a grant of \xc2\xa3"
	    "8,000 be awarded.\n\nRemaining applications\nCouncillor Tully "
	    "asked why the bid was late. The Officer explained that the "
	    "form had been lost.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Hollings") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Councillor Tully"),
	    "minutes_should_read_a_sentence_on_the_line_under_a_heading");
	got_free(&g);
	/* points lettered in capitals, a word in small letters after */
	read_item2("caps-points.txt", "RESOLVED that:\n\nA.\tgrants be "
	    "awarded to applications 1 and 4;\n\nB.\tapplications 3 and 8 "
	    "be refused;\n\nC.\tpayment be conditional on match funding.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "refused") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "grants be"),
	    "minutes_should_read_points_lettered_in_capitals");
	got_free(&g);
	/* a body named with its kind and its area */
	read_item2("local-cttee.txt", "The Local Committee (Tenbridge) AGREED "
	    "to note the petition.\n\nThe Area Committee (North):\n\n(i)  "
	    "NOTED the progress made;\n\n(ii)  AGREED to vire \xc2\xa3"
	    "15,000 to the footway scheme.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "NOTED the") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_read_a_body_named_with_its_kind_and_area");
	got_free(&g);
	/* "RESOLVED TO RECOMMEND TO COUNCIL (tally):" leads in */
	read_item2("to-recommend.txt", "It was proposed by Councillor Hall, "
	    "seconded by Councillor Mrs Beecroft, and\n\nRESOLVED TO "
	    "RECOMMEND TO COUNCIL (6 votes for, 2 against):\n\nThat the "
	    "Members' Allowances Scheme be approved.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "That the Members") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "recommended") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Councillor Hall"),
	    "minutes_should_read_resolved_to_recommend_as_a_lead_in");
	got_free(&g);
	/* minute references with hyphens, "MD-24-33", head the items (not
	 * a site's "DS-116-17" in a list) */
	{
		const char *md = "**ARDCARNE COUNTY COUNCIL**\n\n**Minutes of "
		    "the Monthly Meeting of the Municipal District of Ballyduff "
		    "held on Tuesday 14 May 2024**\n\n**Present:** Cllr. Dunphy"
		    "\n\n**MD-24-33  Adoption of Minutes**\n\nThe minutes were "
		    "adopted.\n\n**MD-24-34  Derelict Sites**\n\nThe following "
		    "sites were added:\n\nDS-116-17 Main Street, Oola.\n\n"
		    "DS-042-17 Church Street, Doon.\n\n**Reply:**\n\nThe "
		    "register is published.\n\n**MD-24-35  Any Other Business**"
		    "\n\nNone.\n";

		read_buf("md-refs.md", md, strlen(md), &o, &g);
		ok(g.n == 3 && streq(g.r[0]->item, "MD-24-33") &&
		    streq(g.r[1]->title, "Derelict Sites") &&
		    streq(g.r[2]->title, "Any Other Business"),
		    "minutes_should_read_minute_references_with_hyphens");
		got_free(&g);
	}
	/* a note under a question's label: who stands in, a question
	 * withdrawn; an officer is no body; a sentence's last words are no
	 * heading */
	read_item2("label-notes.txt", "(c)  Question from Councillor Samir "
	    "Chaudhry to the Cabinet Member for Finance and Assets\n\nIn "
	    "the absence of Councillor Noreen Baxendale, the Deputy Leader, "
	    "Councillor Philip Aske, responded.\n\n\"What is the occupancy "
	    "rate of the units?\"\n\nResponse:\n\nCouncillor Aske said "
	    "that 14 of the 17 units were let.\n\n(d)  Question from "
	    "Councillor Wendy Lamb to the Cabinet Member for Leisure and "
	    "Culture\n\nIn the absence of Councillor Lamb, the question was "
	    "withdrawn.\n\nThe Chief Executive recommended that the scheme "
	    "proceed subject to the following modifications:\n\n1. The "
	    "provision of fencing.\n\nCouncillor Banerjee asked what weight "
	    "could be given to the emerging\nLocal Plan, which did not "
	    "allocate the site. The Development\nManager (Mrs Joanna Fleet) "
	    "advised that it carried limited weight.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 3 &&
	    strstr(nth(g.r[1], SEC_QUESTION, 0)->text, "occupancy") != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Councillor Aske") &&
	    count_type(g.r[1], SEC_RESOLUTION) == 0 &&
	    nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    starts(nth(g.r[1], SEC_ANSWER, 1)->text, "The Development"),
	    "minutes_should_read_notes_under_a_questions_label");
	got_free(&g);
	/* a member who "said that" after another's outright question
	 * answers it */
	read_item2("member-said.txt", "Councillor Ravel introduced the "
	    "report.\n\nCouncillor Heseltine asked what the cost of the "
	    "repairs was.\n\nCouncillor Ravel said that the survey had put "
	    "it at \xc2\xa3" "1.4 million.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Councillor Ravel"),
	    "minutes_should_read_a_member_answering_with_said");
	got_free(&g);
	/* the public, "from the floor" */
	read_item2("floor.txt", "A resident from the floor asked whether the "
	    "bus shelter would be replaced. Mr Dunn, Area Manager, replied "
	    "that it would.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "public") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_read_a_resident_asking_from_the_floor");
	got_free(&g);
	/* a clause after the asker's name that opens with "also" */
	read_item2("also-clause.txt", "Councillor Gemma Ruddock, also not a "
	    "member of the Cabinet, sought an assurance that staff would be "
	    "consulted. Councillor Thame gave that assurance.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Gemma Ruddock") && nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_read_an_asker_with_a_clause_opening_also");
	got_free(&g);
	/* a reply that gives a figure: "estimated" */
	read_item2("estimated.txt", "Councillor Derek Armitage asked what the "
	    "additional cost to a trader would be. Mr Farrant estimated "
	    "between \xc2\xa3" "150 and \xc2\xa3" "400 per event.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Mr Farrant"),
	    "minutes_should_read_a_reply_that_estimates");
	got_free(&g);
	/* the office after an absent member's name is who stood in's */
	read_item2("stood-office.txt", "Question from Councillor Lisa Hebble "
	    "to the Cabinet Member for Education\n\n\"How many children "
	    "travel to school?\"\n\nIn the absence of Councillor Noreen "
	    "Baxendale, the Deputy Leader, Councillor Sandra Whitlow, "
	    "responded that 214 children did.", &g);
	{
		size_t i;
		const char *bax = NULL, *whit = NULL;

		for (i = 0; g.n == 3 && i < g.r[1]->nspeakers; i++) {
			if (streq(g.r[1]->speakers[i].name,
			    "Councillor Noreen Baxendale"))
				bax = g.r[1]->speakers[i].role != NULL ?
				    g.r[1]->speakers[i].role : "";
			if (streq(g.r[1]->speakers[i].name,
			    "Councillor Sandra Whitlow"))
				whit = g.r[1]->speakers[i].role;
		}
		ok(g.n == 3 && bax != NULL && *bax == '\0' &&
		    streq(whit, "Deputy Leader") &&
		    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
		    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker,
		    "Councillor Sandra Whitlow"),
		    "minutes_should_give_an_office_to_who_stood_in");
	}
	got_free(&g);
	/* a body that AUTHORISED an officer decides */
	read_item2("authorised.txt", "The Board AUTHORISED the Director to "
	    "sign the contract.\n\nThe Board considered the lease.\n\n"
	    "AUTHORISED the Director to agree the rent.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "AUTHORISED"),
	    "minutes_should_read_a_body_that_authorised");
	got_free(&g);
	/* a questioner's block of labelled lines over the question */
	read_item2("questioner.txt", "Question 1\nQuestioner: Mr Gareth "
	    "Hulme, Eastgate Residents\xe2\x80\x99 Association\nTo: "
	    "Councillor C Pargeter, Cabinet Member for Environment\n\n"
	    "Question:\n\"Will the Cabinet Member reinstate fortnightly "
	    "collections?\"\n\nAnswer:\nA return to fortnightly "
	    "collections was not proposed.\n\nQuestion 2\n**Questioner:** Ms "
	    "Priya Anand\nPortfolio holder: Councillor A Ferris\n\n"
	    "Question: How much was spent on consultants?\n\nResponse: "
	    "Councillor Ferris said that \xc2\xa3"
	    "186,400 had been spent.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Mr Gareth Hulme") &&
	    strstr(nth(g.r[1], SEC_QUESTION, 0)->text, "reinstate") != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker,
	    "Councillor C Pargeter") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker, "Ms Priya Anand") &&
	    strstr(nth(g.r[1], SEC_QUESTION, 1)->text, "consultants") !=
	    NULL && nth(g.r[1], SEC_ANSWER, 1)->answers ==
	    (int)(nth(g.r[1], SEC_QUESTION, 1) - g.r[1]->sections),
	    "minutes_should_read_a_questioners_block_of_labels");
	got_free(&g);
	/* "From:" and "To:" as paragraphs, set apart by tabs */
	read_item2("from-to.txt", "QUESTION 1\n\nFrom:\t\tCouncillor "
	    "Bernadette Ojo\n\nTo:\t\tCouncillor Kwame Asante, Cabinet "
	    "Member for Housing\n\n\"How many tenants reported damp?\"\n\n"
	    "REPLY:\n\nThere were 3,412 cases.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 1 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Bernadette Ojo") &&
	    strstr(nth(g.r[1], SEC_QUESTION, 0)->text, "damp") != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker,
	    "Councillor Kwame Asante"),
	    "minutes_should_read_from_and_to_paragraphs_over_a_question");
	got_free(&g);
	/* "... the following question was put by X to the office, Y." over
	 * "Question – “...”" / "Response – “...”"; "questions were put" over
	 * numbered ones */
	read_item2("put-by.txt", "Under Council Procedure Rule 12, the "
	    "following question was put by Councillor Nadia Brennan to the "
	    "Cabinet Member for Parks, Leisure and Culture, Councillor Owen "
	    "Thackeray.\n\nQuestion \xe2\x80\x93 \xe2\x80\x9cWhen will the "
	    "lido reopen?\xe2\x80\x9d\n\nResponse \xe2\x80\x93 \xe2\x80\x9cThe lido "
	    "will reopen in June.\xe2\x80\x9d\n\nThe following questions were "
	    "put by Councillor Farrow to the Leader.\n\nQuestion 1 \xe2\x80\x93 "
	    "\xe2\x80\x9cHow many buses were cut?\xe2\x80\x9d\n\nResponse \xe2\x80\x93 "
	    "\xe2\x80\x9cNine routes.\xe2\x80\x9d\n\nQuestion 2 \xe2\x80\x93 "
	    "\xe2\x80\x9cWill any return?\xe2\x80\x9d\n\nResponse \xe2\x80\x93 "
	    "\xe2\x80\x9cTwo will.\xe2\x80\x9d", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 3 &&
	    count_type(g.r[1], SEC_ANSWER) == 3 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Nadia Brennan") &&
	    contains(nth(g.r[1], SEC_QUESTION, 0)->text, "lido reopen") &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker,
	    "Councillor Owen Thackeray") &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "\"The lido") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker, "Councillor Farrow") &&
	    contains(nth(g.r[1], SEC_QUESTION, 1)->text, "buses") &&
	    streq(nth(g.r[1], SEC_QUESTION, 2)->speaker, "Councillor Farrow") &&
	    contains(nth(g.r[1], SEC_QUESTION, 2)->text, "return") &&
	    nth(g.r[1], SEC_ANSWER, 2)->answers ==
	    (int)(nth(g.r[1], SEC_QUESTION, 2) - g.r[1]->sections),
	    "minutes_should_read_a_question_put_by_over_dashed_labels");
	got_free(&g);
	/* "(i) Councillor X" alone over a quoted question: X asks it */
	read_item2("member-label.txt", "The following questions had been "
	    "received:-\n\n(i) Councillor Ashworth\n\n\"Can the Cabinet "
	    "Member say how many gullies were cleared?\"\n\nIn response, "
	    "Councillor Pike, Cabinet Member for Roads, stated that 4,100 "
	    "had been cleared.\n\n(ii) Councillor Dunmore\n\n\"When will "
	    "the depot reopen?\"\n\nCouncillor Pike replied that it would "
	    "reopen in May.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Ashworth") &&
	    contains(nth(g.r[1], SEC_QUESTION, 0)->text, "gullies") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers ==
	    (int)(nth(g.r[1], SEC_QUESTION, 0) - g.r[1]->sections) &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker,
	    "Councillor Dunmore"),
	    "minutes_should_read_a_member_alone_over_a_quoted_question");
	got_free(&g);
	/* ... also under a number alone on its line: "1." / "Councillor X" */
	txt = "Minutes of the meeting of the Council held on 24 January "
	    "2024\n\n44. Apologies\n\nNone.\n\n45. Questions by Members"
	    "\n\n1.\nCouncillor Ashworth\n\n\"How many gullies were "
	    "cleared?\"\n\nCouncillor Pike replied that 4,100 had been "
	    "cleared.\n\n46. Close\n\nThe meeting closed.\n";
	memset(&o, 0, sizeof o);
	read_buf("number-label.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 1 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Ashworth") &&
	    contains(nth(g.r[1], SEC_QUESTION, 0)->text, "gullies"),
	    "minutes_should_read_a_member_under_a_number_over_a_question");
	got_free(&g);
	/* a member who "explained" or "confirmed" after another's question
	 * asked outright answers it */
	read_item2("explained.txt", "Councillor Ivers asked how many bins "
	    "had been replaced in 2023.\n\nCouncillor Okoro explained that "
	    "2,300 bins had been replaced.\n\nIn a supplementary question, "
	    "Councillor Ivers asked whether the figures would be published."
	    "\n\nCouncillor Okoro confirmed that they would be published.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Councillor Okoro") &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers ==
	    (int)(nth(g.r[1], SEC_QUESTION, 1) - g.r[1]->sections),
	    "minutes_should_read_explained_and_confirmed_as_answers");
	got_free(&g);
	/* whom a question was put to, their office and name parted by a
	 * line's end, answers the supplementary */
	read_item2("put-to-wrapped.txt", "Ms Dana Roy of Elmfield asked the "
	    "Portfolio Holder for Parks,\nCouncillor Quill, the following: "
	    "\"When will the pavilion reopen?\"\n\nCouncillor Quill thanked "
	    "Ms Roy for her question and responded that it would reopen in "
	    "May.\n\nMs Roy asked a supplementary question as to whether "
	    "the cafe would reopen too.\n\nCouncillor Quill said that she "
	    "would ask officers to look at it.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_ANSWER, 1)->speaker, "Councillor Quill") &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers ==
	    (int)(nth(g.r[1], SEC_QUESTION, 1) - g.r[1]->sections),
	    "minutes_should_find_whom_a_question_was_put_to_over_a_line_end");
	got_free(&g);
	/* a decision's numbered points run on in one paragraph; "That,"
	 * over lettered points */
	read_item2("inline.txt", "RESOLVED \xe2\x80\x93 (1) That the report "
	    "be noted; (2) That the Director be\nauthorised to agree the "
	    "terms; and (3) That a further report be brought in April.\n\n"
	    "Resolved: That,\n\n(i) the application be accepted;\n\n(ii) an "
	    "Order be made.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 5 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "That the Director") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 2)->text, "That a further") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 3)->text, "the application"),
	    "minutes_should_split_points_run_on_and_read_that_comma");
	got_free(&g);
	/* a body over its points with a dash; requests agreed */
	read_item2("dash-lead.txt", "Decision\n\nThe Mid Kilbrannan Area "
	    "Committee \xe2\x80\x94\n\n1.  noted the scorecard; and\n\n2.  "
	    "requested a response by 30 June.\n\nThe Independent Chair, Mrs "
	    "Margaret Devlin, asked that the Board receive a list of late "
	    "employers. This was agreed.\n\nCounty Councillor Shaw requested "
	    "that an item on dentistry be added; this was agreed.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 5 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "noted the") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->proposer,
	    "Mrs Margaret Devlin") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 4)->proposer,
	    "Councillor Shaw"),
	    "minutes_should_read_a_dash_lead_in_and_requests_agreed");
	got_free(&g);
	/* a question's topic with no one named asking it */
	read_item2("topic.txt", "Councillor Bishop asked about staffing.\n\n"
	    "The Director said there were four officers.\n\nIn answer to a "
	    "question about how many children had a plan, the Head of "
	    "Inclusion advised that 83 did.\n\nIn response to Ms. Drake's "
	    "question on the bus route, Mr. Clements advised that it was "
	    "agreed.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 3 &&
	    streq(nth(g.r[1], SEC_QUESTION, 2)->speaker, "Ms Drake") &&
	    streq(nth(g.r[1], SEC_ANSWER, 2)->speaker, "Mr Clements") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->text, "In answer to a question "
	    "about how many children had a plan") &&
	    nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers == 3,
	    "minutes_should_read_a_question_asked_by_no_one_named");
	got_free(&g);
	/* time ran out: a written reply to follow answers nothing */
	read_item2("no-time.txt", "Question 3 from Councillor Stott to the "
	    "Cabinet Member for Finance, Councillor Jessop\n\n\"How much "
	    "was spent on consultants?\"\n\nAs the thirty minutes allowed "
	    "for questions had expired, the Chairman advised that a written "
	    "reply would be sent to Councillor Stott.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 1 &&
	    count_type(g.r[1], SEC_ANSWER) == 0,
	    "minutes_should_not_take_a_reply_to_follow_for_an_answer");
	got_free(&g);
	/* a guest answers a member's question in a paragraph of their
	 * own; a labelled question whose '?' comes a sentence later */
	read_item2("guest.txt", "Councillor Steven Battye asked why ward "
	    "councillors had not been consulted.\n\nMs Lall accepted that "
	    "the engagement had been late and said that plans would be "
	    "shared.\n\nQ4  Councillor Jonathan Keel: \"Residents never see "
	    "an officer. What will you do about it?\"\n\nMs Lall said that "
	    "she would review the rural team.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Ms Lall") &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers == 3,
	    "minutes_should_take_a_guest_reply_and_a_labelled_question");
	got_free(&g);
	/* a decision under a bullet, and under an application's heading
	 * with no blank line between */
	read_item2("bullets.txt", "The Clerk presented the accounts.\n\n- "
	    "Payments were noted.\n- RESOLVED: to adopt the Financial "
	    "Regulations.\n\n24/0112/FUL - Land adjacent to Mill Lane\nThe "
	    "Council SUPPORTED the application.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "to adopt") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "The Council "
	    "SUPPORTED"),
	    "minutes_should_read_a_bulleted_decision_and_one_under_a_heading");
	got_free(&g);
	/* an answerer's office on the line after the name */
	read_item2("wrapped.txt", "Mrs Coldwell asked whether the budget "
	    "could sustain a cut. Mr Ormesher,\n        Cabinet Member for "
	    "Finance, replied that it could.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Mr Ormesher") &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role,
	    "Cabinet Member for Finance"),
	    "minutes_should_read_an_apposition_over_a_line_break");
	got_free(&g);
	read_item2("petition.txt", "Councillor Quinlan, speaking as ward "
	    "councillor, presented a petition of 3,214 signatures and asked "
	    "the Executive whether a trust could take it over. Councillor "
	    "Mawdsley responded that he would welcome a proposal.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Councillor Mawdsley"),
	    "minutes_should_read_a_question_after_a_petition_presented");
	got_free(&g);
	read_item2("attended.txt", "Councillor Dewi Probert, Chair of the "
	    "Scrutiny Committee, attended the meeting and, with the "
	    "permission of the Chair, asked whether transport would be cut. "
	    "Councillor Parri responded that it would not.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_read_a_member_who_attended_and_asked");
	got_free(&g);
	read_item2("assurance.txt", "Councillor Mrs Vickers, the local "
	    "member, asked for an assurance that the flood risk would be "
	    "assessed. Councillor Eastwood gave that assurance.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Councillor Eastwood"),
	    "minutes_should_read_an_assurance_given_as_an_answer");
	got_free(&g);
	read_item2("declared-lost.txt", "Councillor Rix moved as an "
	    "amendment, seconded by Councillor Thirtle, that 150,000 pounds "
	    "be added.\n\nOn the amendment being put to the vote there voted "
	    "For 5, Against 8, and it was\ndeclared lost.\n\nRECOMMENDED - "
	    "That the Capital Programme be approved.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "recommended"),
	    "minutes_should_lose_an_amendment_declared_lost_before_decision");
	got_free(&g);
	/* New Zealand's and South Australia's ways: movers "Cr X / Cr Y"
	 * on a line, a result with the minute's number at the margin;
	 * New South Wales's "Clr" */
	read_item2("nz.txt", "Resolution EC/2024/001\nCr Aperahama / Cr "
	    "Dobbie\nThat the report be received.\nCarried\n\nMoved Cr Rowe, "
	    "seconded Cr Menz that the levy be increased.\n\nLOST"
	    "                                   C24/209\n\nClr Proudfoot "
	    "asked whether the shed met the building line. Mr Latimer "
	    "advised that it did.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Aperahama") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Dobbie") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker,
	    "Councillor Proudfoot"),
	    "minutes_should_read_nz_movers_a_margin_number_and_clr");
	got_free(&g);
	/* North American ways: a resolution's number on the mover's line;
	 * "DEFEATED" over who opposed; a motion to deny */
	read_item2("na.txt", "RES. 2024-411   Councillor Haugen moved that "
	    "the agenda be adopted.\n\nCARRIED\n\nMOVED by Councillor Bhatt, "
	    "SECONDED by Councillor Delorme\nTHAT Council approve the "
	    "variance permit.\nDEFEATED\nOpposed: Mayor Fairweather, "
	    "Councillors Ng "
	    "and Naismith\n\nCommissioner Yablonski moved to deny RZ-24-018, "
	    "seconded by Commissioner Okonkwo.\n\nMotion carried 3-2.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Haugen") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "refused"),
	    "minutes_should_read_a_number_on_the_movers_line_and_defeated");
	got_free(&g);
	/* partners named with an office and their body ask, or raise a
	 * concern after the question before was answered */
	read_item2("partners.txt", "Ms Lynne Okafor, Chief Executive, "
	    "Healthwatch Dunstow, asked why admissions had risen. Ms Varma "
	    "said that the service had only been staffed from November.\n\n"
	    "Councillor Trelawney asked about the underspend.\n\nThe "
	    "Assistant Director responded that contractors had been short."
	    "\n\nDr Iain MacRae, GP Lead for the Network, expressed concern "
	    "that practices had not been consulted.\n\nMr Penhaligon, "
	    "Assistant Director, acknowledged the point and said that they "
	    "would be.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 3 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Ms Lynne Okafor") &&
	    streq(nth(g.r[1], SEC_QUESTION, 2)->speaker, "Dr Iain MacRae") &&
	    nth(g.r[1], SEC_ANSWER, 2) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 2)->answers == 5,
	    "minutes_should_read_partners_asking_and_raising_concerns");
	got_free(&g);
	/* no one else speaks inside a written reply in quotes */
	read_item2("quoted.txt", "Question 1 from Councillor Pryce to the "
	    "Cabinet Member for Highways\n\n\xe2\x80\x9cHow many requests "
	    "were made?\xe2\x80\x9d\n\nResponse from Councillor Heledd "
	    "Morgan, Cabinet Member for Highways:\n\n\xe2\x80\x9c" "412 "
	    "were made. Officers are assessing each one. The Chief Executive "
	    "has agreed to report in March.\xe2\x80\x9d", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_ANSWER) == 1 &&
	    strstr(nth(g.r[1], SEC_ANSWER, 0)->text, "report in March") !=
	    NULL,
	    "minutes_should_keep_a_quoted_reply_whole");
	got_free(&g);
	/* another body's chair: who she is, and no chair of the meeting */
	read_item2("other-chair.txt", "Dr Rhiannon Beaumont (Chair, Quenby "
	    "Primary Care Network) asked that minute 27 be amended. This was "
	    "agreed.\n\nThe Chair reported that funding was ring-fenced.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Dr Rhiannon Beaumont") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    !streq(nth(g.r[1], SEC_DISCUSSION, 0)->speaker,
	    "Dr Rhiannon Beaumont"),
	    "minutes_should_read_another_bodys_chair");
	got_free(&g);
	read_item2("proposed-to.txt", "Councillor Tinnelly proposed to issue "
	    "an approval, contrary to the officer recommendation. Councillor "
	    "Hanna seconded the proposal.\n\nThe proposal was put to a vote: "
	    "FOR 5, AGAINST 8.\n\nThe proposal was declared lost.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Tinnelly") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Hanna") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_read_a_member_who_proposed_to_do_something");
	got_free(&g);
	/* the motion's words, the vote leading into the decision */
	read_item2("and-it-was.txt", "It was then moved by Councillor Mistry "
	    "and seconded by Councillor Loame that the Panel support the "
	    "precept.\n\nOn a show of hands there voted 9 in favour and 2 "
	    "against, and it was\n\nRESOLVED that the Panel supports the "
	    "precept of 284.41 pounds.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Mistry") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "that the Panel "
	    "supports"),
	    "minutes_should_give_the_movers_to_the_decision_after_the_vote");
	got_free(&g);
	read_item2("agreed-before.txt", "The Chair proposed that the "
	    "Committee write to the Trust, and this was agreed.\n\nRESOLVED "
	    "(unanimously):\n\n1. That the report be noted.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    nth(g.r[1], SEC_RESOLUTION, 0)->proposer != NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 1)->proposer == NULL,
	    "minutes_should_keep_a_proposal_agreed_apart_from_the_decision");
	got_free(&g);
	/* members' points answered "In response, officers advised that:",
	 * a point of two sentences */
	read_item2("points.txt", "Members raised the following points:\n"
	    "\xc2\xb7 whether the revaluation indicated a wider problem;\n"
	    "\xc2\xb7 the fee had risen by 11%. Was that fair?\n\nIn response, "
	    "officers advised that:\n\xc2\xb7 the valuer had reviewed all five "
	    "assets;\n\xc2\xb7 the fee followed the PSAA scale.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Members") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0)->answers == 1,
	    "minutes_should_read_members_points_answered_in_response");
	got_free(&g);
	/* Scotland: the motion's words quoted under its heading, its
	 * movers on the line below */
	read_item2("quoted-motion.txt", "The Council considered the undernoted "
	    "motion submitted in terms of Standing Order 14:-\n\nMotion\n\n"
	    "\xe2\x80\x9c" "Council notes the proposal to reduce cleaning by "
	    "15%.\n\nCouncil believes that clean schools are essential.\n\n"
	    "Council therefore agrees that school cleaning hours will not be "
	    "cut.\xe2\x80\x9d\n\nMoved by "
	    "Councillor Kirsten Douglas, seconded by Councillor Paul "
	    "Strachan.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    strstr(nth(g.r[1], SEC_RESOLUTION, 0)->text, "cleaning hours") !=
	    NULL && streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Kirsten Douglas") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    strstr(nth(g.r[1], SEC_DISCUSSION, 0)->text, "cleaning") == NULL,
	    "minutes_should_read_a_quoted_motion_over_its_movers");
	got_free(&g);
	read_item2("reference.txt", "The Council noted the report.\n\n"
	    "(Reference: Motion by Councillor Douglas dated 14 March 2024, "
	    "submitted)", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    nth(g.r[1], SEC_RESOLUTION, 0)->proposer == NULL,
	    "minutes_should_not_take_a_reference_for_a_motion");
	got_free(&g);
	read_item2("ohara.txt", "Councillor D\xc3\xb3nal \xc3\x93 hE\xc3\xa1ra "
	    "asked whether the road would be fixed. The Director replied that "
	    "it would.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Councillor "
	    "D\xc3\xb3nal \xc3\x93 hE\xc3\xa1ra"),
	    "minutes_should_read_an_irish_surname_with_its_h");
	got_free(&g);
	/* Dublin's "Order:" line after a debate and a roll call decides
	 * the motion, not a decision of its own */
	read_item2("order-lost.txt", "\"That this Council opposes paid "
	    "parking at the Marina.\"\n\nCouncillor Twomey moved the motion "
	    "and Councillor Ruddle seconded it.\n\nCouncillor Lenihan said "
	    "that commuters used the car park all day.\n\nA roll call vote "
	    "was requested.\n\nFor: Councillors Ruddle, Twomey (2)\n\n"
	    "Against: Councillors Dwyer, Gleeson, Lenihan (3)\n\n"
	    "Order: Motion lost.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Twomey"),
	    "minutes_should_read_an_order_line_as_the_motions_fate");
	got_free(&g);

	/* a decision Cabinet recommends to Council, then a second lead-in
	 * ("And that Cabinet:") over points of its own */
	read_item2("and-that.txt", "RESOLVED - That Cabinet RECOMMENDS to "
	    "Council that:\n\n1. the budget be approved;\n\n2. the council tax "
	    "be set.\n\nAnd that Cabinet:\n\n3. notes the statement of the "
	    "Section 151 Officer;\n\n4. delegates authority to the Director "
	    "of Resources.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 4 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "recommended") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "delegated"),
	    "minutes_should_read_a_recommendation_and_a_second_lead_in");
	got_free(&g);

	/* "X, seconded by Y, moved:-" over its points, the amendment the
	 * same; the content of a report noted */
	read_item2("moved-points.txt", "Councillor Kerr, seconded by "
	    "Councillor McKenzie, moved:-\n\n(i)   that the revenue budget be "
	    "approved;\n\n(ii)  that the council tax be frozen.\n\nCouncillor "
	    "Gault, seconded by Councillor Docherty, moved as an amendment:-"
	    "\n\n(i)   that the council tax be increased by 3 per cent.\n\nOn "
	    "a division, 12 members voted for the motion and 6 for the "
	    "amendment, and the motion was declared carried.\n\nThe Committee "
	    "noted the content of the report.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 4 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Kerr") && streq(nth(g.r[1], SEC_RESOLUTION,
	    2)->outcome, "lost") && streq(nth(g.r[1], SEC_RESOLUTION,
	    3)->outcome, "noted"),
	    "minutes_should_read_the_points_a_member_moved");
	got_free(&g);

	/* a division counted after the names, as Dundee records it */
	read_item2("dundee.txt", "Councillor Kerr, seconded by Councillor "
	    "McKenzie, moved that the report be approved.\n\nCouncillor Gault, "
	    "seconded by Councillor Docherty, moved as an amendment that the "
	    "report be continued.\n\nOn a division, there voted for the motion "
	    "\xe2\x80\x93 Bailies Wishart, Laing and Smith (12); and for the "
	    "amendment \xe2\x80\x93 Councillors McHugh and Tolland (4) "
	    "\xe2\x80\x93 whereupon the motion was declared carried.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    !streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_count_a_division_after_the_names");
	got_free(&g);

	/* "The motion was declared carried" after the roll call: the
	 * amendment fell */
	read_item2("roll-carried.txt", "Councillor Speed, seconded by "
	    "Councillor Cheape, moved:-\n\n(i) that the scheme be approved.\n\n"
	    "Councillor Durno, seconded by Councillor Clark, moved as an "
	    "amendment:-\n\n(i) that the scheme be deferred.\n\nFor the "
	    "motion:-\nCouncillors Speed, Cheape and Nicol (3).\n\nFor the "
	    "amendment:-\nCouncillors Clark and Durno (2).\n\nThe motion was "
	    "declared carried and the Committee resolved accordingly.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    !streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_lose_the_amendment_when_the_motion_is_carried");
	got_free(&g);

	/* a parish's proposal with its seconder, and its tally in words */
	read_item2("parish-tally.txt", "Cllr Abiodun proposed Option B, "
	    "seconded by Cllr Iqbal.\n\nCarried by 3 votes to 1.\n\nCllr "
	    "Stott proposed a grant of 300 pounds, seconded by Cllr Ward.\n\n"
	    "Lost 2 \xe2\x80\x93 4.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abiodun") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_read_a_parish_proposal_and_its_tally_in_words");
	got_free(&g);

	/* "An Méara", as Irish minutes name the Mayor */
	read_item2("an-meara.txt", "An M\xc3\xa9" "ara welcomed the "
	    "delegation.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_DISCUSSION, 0)->speaker_key, "mayor"),
	    "minutes_should_read_an_meara_as_the_mayor");
	got_free(&g);

	/* one appointed to chair is a decision */
	read_item2("appointed-chair.txt", "Councillor Abiodun was appointed "
	    "Chair for the meeting.\n\nCouncillor Iqbal was appointed to the "
	    "Scrutiny Panel.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 1 &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "Abiodun"),
	    "minutes_should_read_one_appointed_chair_as_decided");
	got_free(&g);

	/* motions no one seconded fell; an amendment proposed after a
	 * seconded motion is a proposal of its own */
	read_item2("not-seconded.txt", "Mr Stott moved the motion, which was "
	    "not seconded, and it therefore fell.\n\nIt was proposed by "
	    "Councillor Abiodun and seconded by Councillor Iqbal that the "
	    "precept be set at 142,500. An amendment was proposed by "
	    "Councillor Ward that the precept be set at 138,000. The "
	    "amendment was not seconded.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Abiodun") &&
	    strcmp(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") != 0 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->proposer,
	    "Councillor Ward") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "lost"),
	    "minutes_should_read_motions_not_seconded_as_lost");
	got_free(&g);
	memset(&o, 0, sizeof o);
	txt = "Minutes of the meeting of the Council held on 24 January 2024"
	    "\n\n1.  Apologies\n\nNone.\n\n2.  MOTION\n\n\"That this "
	    "Council supports the scheme.\"\n\nThe motion was not seconded "
	    "and therefore fell.\n\n3.  Close\n\nThe meeting closed.\n";
	read_buf("motion-item.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->title, "Motion") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_read_motion_alone_as_an_items_title");
	got_free(&g);

	/* the page's foot for the chair's initials, and its number */
	read_item2("initials.txt", "The report was presented.\n\nChairman's "
	    "initials \xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6\n\n12\n\n"
	    "Members discussed the plan.\n\n.......... Chair's Initials", &g);
	ok(g.n == 3 && !contains(g.r[1]->sections[g.r[1]->nsections - 1].text,
	    "nitials") && !contains(nth(g.r[1], SEC_DISCUSSION, 0)->text,
	    "12") && contains(nth(g.r[1], SEC_DISCUSSION, 0)->text,
	    "discussed"),
	    "minutes_should_drop_the_chairs_initials_and_page_number");
	got_free(&g);
	read_item2("signature.txt", "The report was noted.\n\nLlofnod / "
	    "Signed \xe2\x80\xa6\xe2\x80\xa6\xe2\x80\xa6 Maer / Mayor "
	    "Dyddiad / Date ..........\n\nCHAIRMAN\n\nThe meeting closed at "
	    "9.12 pm   Chair ..........", &g);
	ok(g.n == 3 && g.r[1]->nspeakers == 0 &&
	    !contains(g.r[1]->sections[g.r[1]->nsections - 1].text,
	    "Signed") && !contains(g.r[1]->sections[g.r[1]->nsections -
	    1].text, "CHAIRMAN") && contains(g.r[1]->sections[
	    g.r[1]->nsections - 1].text, "9.12"),
	    "minutes_should_drop_a_signature_form_and_who_signs");
	got_free(&g);
	read_item2("signature-foot.txt", "The report was noted.\n\nSigned: "
	    "..........  Chair\t\tDate: ..........\n\n\fNHS Severn ICB "
	    "\xe2\x80\x93 Board \xe2\x80\x93 12.09.24 \xe2\x80\x93 Approved"
	    "\t\tPage 3 of 3\n\nSIGNED: ..........\n             "
	    "(CHAIRPERSON)\n\n                    2\n", &g);
	ok(g.n == 3 && !contains(g.r[1]->sections[g.r[1]->nsections - 1].text,
	    "Page 3") && !contains(g.r[1]->sections[g.r[1]->nsections -
	    1].text, "CHAIRPERSON") && !contains(g.r[1]->sections[
	    g.r[1]->nsections - 1].text, " 2"),
	    "minutes_should_drop_the_page_foot_under_a_signature");
	got_free(&g);

	/* appointments noted are a decision, as a report noted is */
	read_item2("noted-appointments.txt", "The Council noted the "
	    "appointments.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted"),
	    "minutes_should_read_appointments_noted_as_decided");
	got_free(&g);

	/* a long lead before "it was RESOLVED"; a subject in it that does
	 * not decide ("in which Members welcomed") is no subject */
	read_item2("long-lead.txt", "After a discussion in which Members "
	    "welcomed the commitment to deliver 1,200 affordable homes, it "
	    "was RESOLVED that the Housing Strategy be approved.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    contains(nth(g.r[1], SEC_DISCUSSION, 0)->text, "welcomed"),
	    "minutes_should_read_a_decision_after_a_long_lead");
	got_free(&g);

	/* "After consideration, the committee noted the report." decides */
	read_item2("noted-after.txt", "After consideration, the committee "
	    "noted the report.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted"),
	    "minutes_should_read_a_report_noted_after_a_lead_as_decided");
	got_free(&g);

	/* a board's partner or an officer who asks puts a question; one
	 * who reports another's enquiry, or asks leave to speak, does not */
	read_item2("partner-asks.txt", "Councillor Abiodun asked about "
	    "waiting times.\n\nMr Strang replied that they had fallen.\n\n"
	    "Inspector Moat referred to the survey and asked whether schools "
	    "had been consulted.\n\nThe Director replied that they had.\n\n"
	    "The Director indicated that the Arts Officer had enquired about "
	    "funding.\n\nSuperintendent Kilbane asked if he could give an "
	    "update.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "moat") &&
	    nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers >= 0 &&
	    streq(g.r[1]->sections[nth(g.r[1], SEC_ANSWER, 1)->answers].
	    speaker_key, "moat"),
	    "minutes_should_read_an_officer_asking_as_a_question");
	got_free(&g);

	/* "Q.  Mrs X asked ..." / "A.  The Chairman said ...": two spaces
	 * after the label, as Word types them */
	read_item2("qa-two-spaces.txt", "Q.  Mrs. E. Prothero asked about the "
	    "footpath.\n\nA.  The Chairman said it would be repaired.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "The Chairman"),
	    "minutes_should_read_an_answer_label_with_two_spaces");
	got_free(&g);

	/* a question's label naming where the asker lives, over the
	 * question quoted */
	read_item2("label-of.txt", "(a)   Question from Mr Colin Faraday of "
	    "Bramley Road, Wenlow, to the\n      Portfolio Holder for "
	    "Environment\n\n\"When will the bins come?\"\n\nResponse from "
	    "Councillor Iqbal\n\n\"In March.\"", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_ANSWER) == 1 &&
	    contains(nth(g.r[1], SEC_QUESTION, 0)->text, "bins"),
	    "minutes_should_read_the_question_under_a_label_with_an_address");
	got_free(&g);

	/* members who respond to a statement ask nothing */
	read_item2("responded.txt", "The Leader, Councillor Abiodun, made a "
	    "statement on the budget.\n\nCouncillor E. Tindall, Leader of the "
	    "Conservative Group, responded, welcoming the investment in "
	    "roads.\n\nCouncillor Mrs C. Jarvis, Leader of the Liberal "
	    "Democrat Group, also responded.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 0 &&
	    count_type(g.r[1], SEC_ANSWER) == 0,
	    "minutes_should_read_responses_to_a_statement_as_discussion");
	got_free(&g);

	/* a note that no question was asked is neither a question nor
	 * part of the answer before it */
	read_item2("no-supplementary.txt", "(a) Question from Councillor "
	    "Abiodun to the Leader, Councillor Iqbal\n\n\"How many homes "
	    "were built?\"\n\nResponse:\n\n\"Forty-one homes.\"\n\n"
	    "Councillor Abiodun did not ask a supplementary question.\n\n"
	    "No questions had been received from the public.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    !contains(nth(g.r[1], SEC_ANSWER, 0)->text, "supplementary") &&
	    count_type(g.r[1], SEC_QUESTION) == 1 &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    contains(nth(g.r[1], SEC_DISCUSSION, 0)->text,
	    "did not ask a supplementary"),
	    "minutes_should_read_no_question_asked_as_a_note");
	got_free(&g);

	/* a motion seconded in a sentence of its own, then an amendment
	 * moved with its seconder inside: two proposals, neither lost */
	read_item2("motion-amendment.txt", "Mr Abiodun moved that the "
	    "Committee approve the recommendations contained\nin the "
	    "report.  Mr Iqbal seconded.\n\nMr Stott, seconded by Mr Ward, "
	    "moved as an amendment that the Committee\ndefer consideration "
	    "of the case.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "approve the recommendations") &&
	    streq(r->proposer, "Mr Abiodun") && streq(r->seconder,
	    "Mr Iqbal") && nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer, "Mr Stott") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->seconder, "Mr Ward"),
	    "minutes_should_keep_a_motion_before_an_amendment_moved_so");
	got_free(&g);

	/* New South Wales: "(Cr X/Cr Y)" under the resolution's number */
	read_item2("nsw.txt", "RESOLUTION 23/24\n(Cr Abiodun/Cr Iqbal)\nThat "
	    "the apology of Cr Stott be accepted.\n                     "
	    "CARRIED", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "That the apology of Cr Stott") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal"),
	    "minutes_should_read_movers_in_brackets_with_a_slash");
	got_free(&g);

	/* New England: the seconder after a semicolon, "So voted, 5-0." */
	read_item2("so-voted.txt", "Councillor Abiodun moved to close the "
	    "hall; Councillor Iqbal seconded. So voted, 5-0.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    streq(r->outcome, "agreed") && contains(r->text, "So voted") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_read_a_seconder_after_a_semicolon_and_so_voted");
	got_free(&g);

	/* the chair declares the amendment lost after advice and a roll
	 * call */
	read_item2("declared-lost.txt", "Councillor Abiodun proposed and "
	    "Councillor Iqbal seconded the following amendment:\n\n\"That "
	    "500,000 be moved to housing.\"\n\nThe Chief Executive advised "
	    "that this could not be done.\n\nA roll call vote was taken with "
	    "the following result:\n\nFor (3): Cllrs. Abiodun, Iqbal, Byrne\n"
	    "\nAgainst (6): Cllrs. A, B, C, D, E, F\n\nThe Cathaoirleach "
	    "declared the amendment lost.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    streq(r->proposer, "Councillor Abiodun"),
	    "minutes_should_read_an_amendment_declared_lost_after_a_roll_call");
	got_free(&g);

	/* a notice of motion's words, a reply, then who moved it: the
	 * words are the decision */
	read_item2("notice.txt", "I will move at the next meeting that the "
	    "Council repair the pier.\n\nReply: The pier is in the works "
	    "programme.\n\nThe Motion was proposed by Councillor Abiodun, "
	    "seconded by Councillor Iqbal and agreed.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "I will move at the next meeting") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    streq(r->outcome, "agreed") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_take_a_notice_of_motions_words_for_the_decision");
	got_free(&g);

	/* American action minutes: "MOTION: X / SECOND: Y to ..." */
	read_item2("motion-label.txt", "MOTION: Councilmember Tanabe / SECOND:"
	    " Mayor Pro Tem Villalobos to approve the minutes.\n\nMOTION: "
	    "Stahl SECOND: Reyes-Morgan to award the contract.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Council Member Tanabe") &&
	    streq(r->seconder, "Mayor Pro Tem Villalobos") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer, "Stahl") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->seconder, "Reyes-Morgan"),
	    "minutes_should_read_motion_and_second_labels");
	got_free(&g);

	/* "ACTION: Approved ..." and its movers in brackets after it */
	read_item2("action.txt", "Supervisor Abiodun asked for a change."
	    "\nACTION: Approved the agenda as amended. (Motion: Ahern; "
	    "Second: Vo; Vote: 5-0)\n\nACTION: Clerk to write to the "
	    "club.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "ACTION: Approved the agenda") &&
	    streq(r->proposer, "Ahern") && streq(r->seconder, "Vo") &&
	    streq(r->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_an_action_taken_and_its_movers");
	got_free(&g);

	/* a tally in brackets after "RESOLVED", and the movers in
	 * brackets under the points */
	read_item2("tally.txt", "RESOLVED (10 for, 3 against, 1 abstention):"
	    "\n\n(a) That the precept be supported.\n(b) That the report be "
	    "sent.\n\n(Proposed by Councillor Abiodun; seconded by Councillor"
	    " Iqbal. Carried unanimously.)", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->text, "That the precept be supported.") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Iqbal") && nth(g.r[1], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_read_a_tally_and_movers_in_brackets");
	got_free(&g);

	/* "The Panel noted the findings and agreed to:" over its points */
	read_item2("noted-agreed.txt", "The Council noted the survey findings "
	    "and agreed to:\n\n1. thank the young people;\n2. ask officers "
	    "to report back.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "thank the young people") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "ask officers"),
	    "minutes_should_read_points_after_noted_and_agreed_to");
	got_free(&g);

	/* text with no blank lines: the vote, then who voted how */
	read_item2("raw-lost.txt", "RESOLUTION 2024/04/107\nMoved: Cr Abiodun "
	    "Seconded: Cr Iqbal\nThat Council hold a free green waste "
	    "weekend.\nLOST 2/4\nFor: Cr Abiodun, Cr Iqbal\nAgainst: Mayor "
	    "Fitz, Cr Brennan", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    !contains(r->text, "Against"),
	    "minutes_should_read_a_vote_and_its_lists_without_blank_lines");
	got_free(&g);

	/* a result at the margin, then in brackets who opposed it */
	read_item2("lost-opposed.txt", "MOVED by Councillor Abiodun\nSECONDED "
	    "by Councillor Iqbal\n\nTHAT Council close the depot on Sundays."
	    "\n\n                                                   LOST\n"
	    "(Councillors Marsh, Oduya, Pelletier and Mayor Quint\nopposed)",
	    &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    streq(r->proposer, "Councillor Abiodun"),
	    "minutes_should_read_a_result_over_who_opposed_it");
	got_free(&g);

	/* a roll call's names wrapping over long lines with no full stop,
	 * then the result at the margin after a blank line */
	read_item2("long-roll.txt", "Moved by Councillor Abiodun\nSeconded "
	    "by Councillor Iqbal\n\nThat Council extend library opening "
	    "hours on Saturdays.\n\nFor: (2): Councillor Abiodun and "
	    "Councillor Iqbal\nAgainst: (11): Mayor Tolland, Councillor "
	    "Marsh, Councillor Oduya, Councillor Pell,\nCouncillor Quint, "
	    "Councillor Ruddick, Councillor Sarno, Councillor Teague,\n"
	    "Councillor Umber, Councillor Vasko, and Councillor Whitcombe"
	    "\n\n                                              MOTION "
	    "DEFEATED", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    !contains(r->text, "DEFEATED") && (g.n != 3 ||
	    !speaker_named(g.r[1], "MOTION DEFEATED")),
	    "minutes_should_read_a_result_after_a_long_roll_call");
	got_free(&g);

	/* "MOTION PUT AND DEFEATED." after a question and its answer: the
	 * motion still undecided above them */
	read_item2("put-defeated.txt", "MOVED by Councillor Abiodun, seconded "
	    "by Councillor Iqbal\n\nTHAT Council request a staff report on a "
	    "winter shelter grant.\n\nCouncillor Marsh asked whether the "
	    "grant could be funded from reserves. Director Pell advised that "
	    "it could not.\n\nMOTION PUT AND DEFEATED.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    streq(r->proposer, "Councillor Abiodun") && (g.n != 3 ||
	    !speaker_named(g.r[1], "MOTION PUT AND")),
	    "minutes_should_read_motion_put_and_defeated_over_questions");
	got_free(&g);

	/* the result in brackets ending the line that names the mover,
	 * over the motion (Toronto) */
	read_item2("head-lost.txt", "Motions\n1 - Motion to Amend Item moved "
	    "by Councillor Abiodun (Lost)\nThat the Committee recommend that "
	    "City Council close the depot on Sundays.\n\n2 - Motion to Adopt "
	    "Item moved by Councillor Iqbal (Carried)", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "agreed"),
	    "minutes_should_read_a_result_ending_the_movers_line");
	got_free(&g);

	/* "Lost" on its line under a division's names, one a line, and a
	 * note on the next line, no blank lines (New Zealand) */
	read_item2("div-lost.txt", "Moved Councillor Abiodun, seconded "
	    "Councillor Iqbal, the following amendment:\nThat the Committee:"
	    "\n4.   Agree to close the depot on Sundays.\nA division was "
	    "called for, voting on which was as follows:\nFor:\nCouncillor "
	    "Abiodun\nCouncillor Iqbal\nAgainst:\nMayor Tolland\nCouncillor "
	    "Marsh\nCouncillor Oduya\nLost\nSecretarial note: Officers "
	    "answered questions on the depot's staffing.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    streq(r->proposer, "Councillor Abiodun"),
	    "minutes_should_read_lost_under_a_division_a_name_a_line");
	got_free(&g);

	/* "AMENDMENT LOST" and its voting record, then "MOTION CARRIED":
	 * the motion the amendment was moved to */
	read_item2("amend-then-motion.txt", "MOTION\nThat:\n1.    The Council "
	    "adopt the draft budget.\n2.    The Council note the rate rise of "
	    "5 per cent.\n\nMoved:        Councillor Abiodun\nSeconded:     "
	    "Councillor Iqbal\n\nAMENDMENT\nThat clause 2 be amended by "
	    "replacing 5 per cent with 3 per cent.\n\nMoved:        Councillor "
	    "Marsh\nSeconded:     Councillor Oduya\n\nAMENDMENT LOST\n\n"
	    "VOTING RECORD\nAYES                     NOES\nCouncillor Marsh    "
	    "     Councillor Abiodun\nCouncillor Oduya         Councillor "
	    "Iqbal\n                         Councillor Pell\n\nMOTION "
	    "CARRIED", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "agreed") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_carry_the_motion_after_its_amendment_lost");
	got_free(&g);

	/* a quoted decision never closed ends at the next heading */
	read_item2("open-quote.txt", "Proposed by Councillor Abiodun and "
	    "seconded by Councillor Iqbal, and resolved;\n\n\xe2\x80\x9cThat "
	    "the Local Area Plan be made in accordance with the\n\nChief "
	    "Executive's recommendations.\n\n(b)\n\nRoads\n\nMembers welcomed "
	    "the taking in charge of the roads.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "Chief Executive's") &&
	    !contains(r->text, "welcomed") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL,
	    "minutes_should_end_an_open_quote_at_a_heading");
	got_free(&g);

	/* an amendment carried becomes the motion: the one it amended was
	 * never decided, unless the words say it fell */
	read_item2("became.txt", "MOTION\n\nMOVED: Cr Gough\nSECONDED: Cr "
	    "Calder\n\nThat Council writes to the Minister seeking a lower "
	    "speed limit.\n\nAMENDMENT\n\nMOVED: Cr Brereton\nSECONDED: Cr "
	    "Natarajan\n\nThat Council asks for a review of the speed limit."
	    "\n\nThe AMENDMENT was put and CARRIED and became the MOTION.\n\n"
	    "The MOTION was put and CARRIED.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Brereton") &&
	    streq(r->outcome, "agreed") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "unknown"),
	    "minutes_should_leave_a_motion_an_amendment_replaced_undecided");
	got_free(&g);
	read_item2("defeated.txt", "It was proposed by Councillor Abiodun and "
	    "seconded by Councillor Iqbal that the strategy be approved.\n\n"
	    "It was proposed by Councillor Iqbal and seconded by Councillor "
	    "Abiodun that the motion be amended to defer the strategy.\n\n"
	    "The Mayor declared the amendment carried and therefore the "
	    "original motion defeated.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    !streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    !streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "unknown"),
	    "minutes_should_lose_the_original_motion_when_the_words_say");
	got_free(&g);

	/* "Resolution" over the movers; "Resolution number X" over a
	 * decision no one moved */
	read_item2("vic.txt", "Resolution\n\nMOVED Cr Tapinos\nSECONDED Cr "
	    "Riley\n\nThat the minutes of the meeting held on 10 July 2024 be "
	    "confirmed.\n\nCARRIED UNANIMOUSLY\n\nResolution number "
	    "CO/2024/074\n\nThat Council:\n\na) Receives the report.\n\nb) "
	    "Adopts the Long Term Plan.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "That the minutes") &&
	    streq(r->proposer, "Councillor Tapinos") &&
	    streq(r->seconder, "Councillor Riley"),
	    "minutes_should_read_the_movers_under_a_resolution_label");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 2) : NULL;
	ok(r != NULL && starts(r->text, "Adopts the Long Term Plan") &&
	    streq(r->outcome, "approved") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "Receives"),
	    "minutes_should_read_a_decision_under_its_resolution_number");
	got_free(&g);

	/* Northern Ireland: "AGREED - on the proposal of X, seconded by Y,
	 * that:" and its points */
	read_item2("ni.txt", "AGREED - on the proposal of Alderman Blair, "
	    "seconded by Councillor Iqbal, that:\n\n1. the PSNI update be "
	    "noted; and\n\n2. a letter be sent to the Chief Constable.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && starts(r->text, "a letter be sent") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Alderman Blair")
	    && streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Iqbal") && nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_read_agreed_on_the_proposal_of_over_points");
	got_free(&g);

	/* movers take their keys from the attendance list, and speakers
	 * keep their titles */
	read_item2("keys.txt", "Councillor Abiodun asked about the budget. "
	    "The Director replied that it was balanced.\n\nIt was proposed "
	    "by Councillor Abiodun and seconded by Councillor Iqbal that the "
	    "report be noted.", &g);
	{
		const struct rec_speaker *sp = NULL;
		size_t j;
		int iqbal = 0;

		for (j = 0; g.n == 3 && j < g.r[1]->nspeakers; j++) {
			if (streq(g.r[1]->speakers[j].key, "a abiodun"))
				sp = &g.r[1]->speakers[j];
			if (streq(g.r[1]->speakers[j].key, "b iqbal"))
				iqbal = 1;
			if (streq(g.r[1]->speakers[j].key, "iqbal"))
				iqbal = -1;
		}
		ok(sp != NULL && streq(sp->title, "Councillor"),
		    "speakers_should_keep_their_title_when_keyed_from_a_list");
		ok(iqbal == 1, "speakers_should_key_a_seconder_from_the_list");
	}
	got_free(&g);

	/* "All agreed that ..." after a question */
	read_item2("all-agreed.txt", "Councillor Iqbal asked about the hall. "
	    "All agreed that this should be on the next agenda.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "next agenda") &&
	    !contains(nth(g.r[1], SEC_QUESTION, 0)->text, "next agenda"),
	    "minutes_should_read_all_agreed_as_a_decision");
	got_free(&g);

	/* "Approved unanimously."; a body in small letters with its verb
	 * in capitals */
	read_item2("small-body.txt", "The budget was presented.\n\nApproved "
	    "unanimously.\n\nFollowing discussion, governors APPROVED the quote"
	    " for the roof.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->text, "Approved unanimously.") &&
	    streq(r->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 1)->text, "quote for the "
	    "roof"),
	    "minutes_should_read_approved_unanimously_and_small_bodies");
	got_free(&g);

	/* "It was RESOLVED" on the line under a sub-heading */
	read_item2("sub-heading.txt", "(c) Internal auditor\nIt was RESOLVED "
	    "to appoint Mrs J Corbett as internal auditor.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "appoint Mrs J Corbett"),
	    "minutes_should_read_a_decision_under_a_sub_heading_line");
	got_free(&g);

	/* decisions in few words, as other councils record them */
	read_item2("few.txt", "The report of the Audit Committee was received "
	    "and noted.\n\nReceived and filed.\n\nThe deputation from the "
	    "Friends of the Park was withdrawn.\n\nCouncillor Iqbal withdrew "
	    "his notice of motion.\n\nThere had been circulated and was "
	    "APPROVED the Minute of the Meeting of 5 May 2024.\n\nThe minutes "
	    "of the meeting held on 5 May were confirmed as a correct "
	    "record.\n\nDecision\n\nTo continue consideration of the motion to "
	    "the meeting on 24 April 2025.", &g);
	{
		static const char *const want[] = {
			"noted", "noted", "withdrawn", "withdrawn", "approved",
			"approved",
		};
		size_t j;
		int good = g.n == 3;

		for (j = 0; good && j < sizeof want / sizeof want[0]; j++)
			good = nth(g.r[1], SEC_RESOLUTION, j) != NULL &&
			    streq(nth(g.r[1], SEC_RESOLUTION, j)->outcome,
			    want[j]);
		ok(good, "minutes_should_read_decisions_in_few_words");
	}
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 6) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 6)->outcome, "deferred"),
	    "minutes_should_read_continue_consideration_as_deferred");
	got_free(&g);

	/* a motion seconded and agreed in the next sentence: its words are
	 * the decision; a motion that died; a tally with who voted how; a
	 * motion answers no question */
	read_item2("seconded-agreed.txt", "Councillor Iqbal asked about the "
	    "costs.\n\nCouncillor Abiodun moved that consideration of the item "
	    "be deferred to the next meeting. This was seconded by Councillor "
	    "Iqbal and AGREED.\n\nCouncillor Iqbal moved to table the item. "
	    "The "
	    "motion died for lack of a second.\n\nMotion by Councillor Abiodun,"
	    " seconded by Councillor Iqbal, to adopt the policy.\n\nMotion "
	    "carried 3-2 (Ayes: Abiodun, Iqbal, Lee; Noes: Grey, Hart).\n\nThe "
	    "Director said that the policy would be published.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "consideration of the item") &&
	    streq(r->outcome, "deferred") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal"),
	    "minutes_should_keep_a_motions_words_when_agreed_on_seconding");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 2) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "approved") &&
	    nth(g.r[1], SEC_ANSWER, 0) == NULL,
	    "minutes_should_read_a_motion_that_died_and_a_tally_with_names");
	got_free(&g);

	/* an amendment moved "as an amendment", lost; then "the
	 * substantive motion" carried is the motion before it */
	read_item2("substantive.txt", "Councillor Abiodun moved, and "
	    "Councillor Iqbal seconded, that the Council submit the plan. "
	    "Councillor Iqbal moved as an amendment that submission be "
	    "delayed. The amendment was put and was LOST (2 for, 6 against). "
	    "The substantive motion was then put and CARRIED (7 for, 1 "
	    "against).\n\nAs an amendment, Councillor Iqbal moved and "
	    "Councillor Abiodun seconded that the plan be deferred.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->outcome, "agreed") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Iqbal") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_carry_the_substantive_motion_after_a_lost_"
	    "amendment");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 2) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->proposer, "Councillor Iqbal")
	    && streq(nth(g.r[1], SEC_RESOLUTION, 2)->seconder,
	    "Councillor Abiodun"),
	    "minutes_should_read_as_an_amendment_x_moved_and_y_seconded");
	got_free(&g);

	/* a motion, its amendment carried, then "Resolved: That the above
	 * motion, as amended, be approved.": the motion carried, the
	 * decision moved by its movers */
	read_item2("adopted.txt", "Councillor Abiodun moved, and Councillor "
	    "Iqbal seconded, the following motion:\n\n\"Council resolves to "
	    "ask officers to survey the condition of the town's footbridges."
	    "\"\n\nCouncillor Iqbal then moved, and Councillor Abiodun "
	    "seconded, an amendment to the above motion, as follows:\n\n"
	    "\"After 'footbridges', insert 'and culverts'.\"\n\nOn being put "
	    "to the vote, the amendment was declared CARRIED.\n\nThe motion, "
	    "as amended, was then put to the vote and was declared CARRIED, "
	    "and it was\n\nResolved: That the above motion, as amended, be "
	    "approved.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    contains(r->text, "footbridges") && streq(r->outcome, "agreed"),
	    "minutes_should_carry_a_motion_the_decision_adopts");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 2) : NULL;
	ok(r != NULL && starts(r->text, "That the above motion") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal"),
	    "minutes_should_give_the_motions_movers_to_the_decision_adopting_it");
	got_free(&g);

	/* a body alone after a lead-in, over its points in capitals; a
	 * lead-in whose decision is a word in capitals before its colon */
	read_item2("caps-points.txt", "Following discussion, Council:\n\n(a) "
	    "APPROVED the estates strategy;\n\n(b) DEFERRED the car park "
	    "scheme.\n\nThe following policies were reviewed and ADOPTED:\n\n- "
	    "Data Protection Policy\n- Safeguarding Policy\n\nThe following "
	    "items were NOTED:\n\n(i) the risk register;\n\n(ii) the health "
	    "and safety report.", &g);
	{
		static const char *const want[] = {
			"approved", "deferred", "approved", "approved",
			"noted", "noted",
		};
		size_t j;
		int good = g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 6) == NULL;

		for (j = 0; good && j < sizeof want / sizeof want[0]; j++)
			good = nth(g.r[1], SEC_RESOLUTION, j) != NULL &&
			    streq(nth(g.r[1], SEC_RESOLUTION, j)->outcome,
			    want[j]);
		ok(good,
		    "minutes_should_read_points_under_lead_ins_in_capitals");
	}
	got_free(&g);

	/* a decision recorded, then its movers; "agreed unanimously that" */
	read_item2("then-movers.txt", "Apologies were received and accepted "
	    "from Mrs Day. Proposed Cllr Abiodun, seconded Cllr Iqbal, all in "
	    "favour.\n\nThe Treasurer's report was accepted. Proposed by "
	    "Councillor Iqbal, seconded by Councillor Abiodun.\n\nIt was "
	    "proposed by Councillor Abiodun, seconded by Councillor Iqbal and "
	    "agreed unanimously that the grant be paid.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && starts(r->text, "The Treasurer's report was accepted")
	    && streq(r->proposer, "Councillor Iqbal") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "Apologies were") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Iqbal"),
	    "minutes_should_give_movers_after_a_decision_to_it");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 2) : NULL;
	ok(r != NULL && starts(r->text, "that the grant be paid"),
	    "minutes_should_leave_unanimously_out_of_the_decision");
	got_free(&g);

	/* a request agreed; a motion no one seconded */
	read_item2("request.txt", "Councillor Abiodun asked that the motion be"
	    " deferred to the April meeting. This was agreed.\n\nCouncillor "
	    "Iqbal proposed that the matter be referred to Council. This was "
	    "not seconded.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "deferred") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    nth(g.r[1], SEC_QUESTION, 0) == NULL,
	    "minutes_should_take_a_request_agreed_for_a_decision");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    streq(r->proposer, "Councillor Iqbal"),
	    "minutes_should_lose_a_motion_no_one_seconded");
	got_free(&g);

	/* Scotland: "Motion" and "Amendment" over their points, the movers
	 * after them, the vote by counts */
	read_item2("scot.txt", "Motion\n\n1) To note the report.\n2) To agree "
	    "that no extension be given.\n\n- moved by Councillor Abiodun, "
	    "seconded by Councillor Iqbal\n\nAmendment\n\n1) To note the "
	    "report.\n2) To request a further report on an extension.\n\n- "
	    "moved by Councillor Iqbal, seconded by Councillor Abiodun\n\n"
	    "Voting\n\nFor the motion - 7 votes\nFor the amendment - 4 votes"
	    "\n\nDecision\n\nTo approve the motion by Councillor Abiodun.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abiodun") && !streq(r->outcome, "refused") &&
	    !streq(r->outcome, "unknown"),
	    "minutes_should_read_a_motion_with_its_movers_after_it");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 3) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Iqbal") &&
	    streq(r->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "lost") &&
	    nth(g.r[1], SEC_RESOLUTION, 4) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 4)->outcome, "approved"),
	    "minutes_should_lose_every_point_of_the_amendment_that_lost");
	got_free(&g);

	/* West Lothian: "Motion" / its words / "- Moved by X and seconded
	 * by Y" on one long line / "Amendment" / words ending ":-" over a
	 * quote / movers / "Following a vote, the motion was successful by
	 * 6 votes to 3 ..." */
	read_item2("wlothian.txt", "Motion\n\nTo approve the terms of the "
	    "report.\n\n- Moved by Councillor Brendan Abiodun and seconded by "
	    "Councillor Morag Iqbal\n\nAmendment\n\nTo approve the terms of "
	    "the report subject to replacing recommendation 2 with the "
	    "following:-\n\n\"Agrees that the depot remains open until March "
	    "2026.\"\n\n- Moved by Councillor Callum Lee and seconded by "
	    "Councillor Fiona Moss\n\nDecision\n\nFollowing a vote, the motion"
	    " was successful by 6 votes to 3 and it was agreed accordingly.",
	    &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Callum Lee") &&
	    streq(r->outcome, "lost") && contains(r->text, "depot remains") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Brendan Abiodun") &&
	    !streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_lose_the_amendment_when_the_motion_was_successful");
	got_free(&g);

	/* Ireland: two proposals, each stating its own decision */
	read_item2("cork.txt", "On the proposal of Cllr. K. Abiodun, seconded "
	    "by Cllr. G. Iqbal, the Minutes of the Ordinary Meeting held on 27th"
	    " February 2023 were confirmed and signed by the Mayor.\n\nOn the "
	    "proposal of Cllr. A. Lee, seconded by Cllr. M. Moss, the Minutes "
	    "of the Special Meeting held on 6th March 2023 were confirmed.",
	    &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor K. Abiodun") &&
	    !contains(r->text, "Special Meeting") &&
	    streq(r->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor A. Lee"),
	    "minutes_should_keep_two_stated_proposals_apart");
	got_free(&g);

	/* New Zealand: "Moved (X/Y):" over "That the Council:" and one
	 * unlettered paragraph */
	read_item2("dud.txt", "Moved (Mayor Jules Abiodun/Cr Sophie Iqbal):\n"
	    "\nThat the Council:\n\nAccepts the apology from Cr Steve Lee for "
	    "lateness.\n\nMotion carried (CNL/2024/045)", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "Accepts the apology") &&
	    streq(r->proposer, "Mayor Jules Abiodun") &&
	    streq(r->seconder, "Councillor Sophie Iqbal") &&
	    streq(r->outcome, "agreed") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_movers_in_brackets_over_one_paragraph");
	got_free(&g);

	/* Northern Ireland's "The Committee adopted the recommendations";
	 * Moray's "The minute of the meeting ... was submitted and
	 * approved." */
	read_item2("adopted.txt", "The Committee adopted the recommendations "
	    "contained within the report.\n\nThe minute of the meeting of the "
	    "Planning and Regulatory Services Committee dated 7 February 2023 "
	    "was submitted and approved.\n\nA minute\xe2\x80\x99s silence was "
	    "held.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "The Committee adopted") &&
	    streq(r->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_read_recommendations_adopted_and_a_minute_approved");
	got_free(&g);

	/* Sydney: "It is resolved that:" under its movers; not "It is
	 * recommended that", an officer's advice */
	read_item2("sydney.txt", "Moved by the Chair (the Lord Mayor), seconded"
	    " by Councillor Iqbal \xe2\x80\x93\n\nIt is resolved that:\n\n(A) "
	    "Council note the passing of Margaret Donnelly; and\n\n(B) Council"
	    " extend its condolences to her family.\n\nCarried unanimously.\n"
	    "\nIt is recommended that Council adopt the policy.\n\nIt is "
	    "resolved that the Investment Report be received and noted.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "Council note the passing") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    streq(r->outcome, "noted") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 2) != NULL &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 2)->text,
	    "Investment Report") &&
	    !contains(nth(g.r[1], SEC_RESOLUTION, 2)->text, "recommended") &&
	    nth(g.r[1], SEC_RESOLUTION, 3) == NULL,
	    "minutes_should_read_it_is_resolved");
	got_free(&g);

	/* a question's label over the member asking it: one question */
	read_item2("qlabel.txt", "Question 1 \xe2\x80\x93 Councillor Ben Iqbal"
	    "\n\nCouncillor Ben Iqbal asked the following question:\n\n"
	    "\xe2\x80\x9cHow many households are in temporary accommodation?"
	    "\xe2\x80\x9d\n\nThe Portfolio Holder for Housing responded that "
	    "there were 198.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_QUESTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "households") &&
	    nth(g.r[1], SEC_QUESTION, 1) == NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_count_a_labelled_question_once");
	got_free(&g);

	/* a label over a note asks nothing; over "Supplementary question"
	 * alone and the member's own question, one question */
	read_item2("qlabel-note.txt", "Question 7 \xe2\x80\x93 Councillor Ben "
	    "Iqbal\n\nCouncillor Iqbal was not present at the meeting and a "
	    "written response would be sent.\n\nQuestion 8 \xe2\x80\x93 "
	    "Councillor Ada Abiodun\n\nSupplementary question\n\nCouncillor "
	    "Abiodun asked whether the depot would reopen.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_QUESTION) == 1 &&
	    contains(nth(g.r[1], SEC_QUESTION, 0)->text, "depot"),
	    "minutes_should_ask_nothing_by_a_label_over_a_note");
	got_free(&g);

	/* "Decision: The Committee:" over lettered points */
	read_item2("dec-body.txt", "Decision: The Committee:\n\na) noted the "
	    "Audit Results Report 2023/24; and\n\nb) agreed that the Chairman "
	    "sign the Letter of Representation.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "noted the Audit") &&
	    streq(r->outcome, "noted") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_read_a_body_alone_after_decision_as_a_lead_in");
	got_free(&g);

	/* an election: the nomination leads in to the marker over it */
	read_item2("elect.txt", "Councillor A. Lee was proposed by Councillor "
	    "Abiodun, seconded by Councillor Iqbal, and there being no other "
	    "nominations it was:\n\nRESOLVED:\n\nThat Councillor A. Lee be "
	    "appointed Chairman of the Panel for 2024/25.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "That Councillor A. Lee be appointed")
	    && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_give_a_nomination_over_resolved_to_the_decision");
	got_free(&g);

	/* New Zealand: who dissented from a decision, no speaker's words */
	read_item2("dissent.txt", "Resolved: (Cr Abiodun/Cr Iqbal)\nThat the "
	    "report is received.\n\nCrs Lee and Taylor Dissenting.", &g);
	{
		int bad = 0;
		size_t k;

		for (k = 0; g.n == 3 && k < g.r[1]->nspeakers; k++)
			bad += contains(g.r[1]->speakers[k].name, "Dissent");
		ok(g.n == 3 && bad == 0,
		    "minutes_should_not_name_a_dissenting_member_dissenting");
	}
	got_free(&g);

	/* a supplementary question's lead with no comma */
	read_item2("supp.txt", "By way of a supplementary question Councillor "
	    "Iqbal asked what was being done to reduce appeals.\n\nThe "
	    "Portfolio Holder replied that a new team was in place.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_QUESTION, 0) : NULL;
	ok(r != NULL && streq(r->speaker, "Councillor Iqbal") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_read_a_supplementary_question_lead_without_comma");
	got_free(&g);

	/* a mover after "At the start of the debate," */
	read_item2("wilts.txt", "At the start of the debate, Cllr Richard "
	    "Abiodun moved that the application be refused on the grounds "
	    "that the harm would outweigh the benefits. This was seconded by "
	    "Cllr Ben Iqbal.\n\nThe motion was therefore LOST.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Richard Abiodun") &&
	    streq(r->seconder, "Councillor Ben Iqbal") &&
	    streq(r->outcome, "lost") && contains(r->text, "be refused"),
	    "minutes_should_read_a_mover_after_a_lead_in_on_the_debate");
	got_free(&g);

	/* Leeds: a Member's enquiry answered in the passive; "Responding to
	 * a further enquiry, the Director confirmed" */
	read_item2("leeds.txt", "In response to a Member\xe2\x80\x99s enquiry "
	    "regarding the benefits of growth in all wards, the Board was "
	    "advised that the indicators were now reported by ward.\n\n"
	    "Responding to a further enquiry, the Director of City Development"
	    " confirmed that a skills offer would follow.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_QUESTION, 0) : NULL;
	ok(r != NULL && streq(r->speaker, "A Member") &&
	    contains(r->text, "in all wards") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    starts(nth(g.r[1], SEC_ANSWER, 0)->text, "the Board was advised")
	    && nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 1)->speaker,
	    "Director of City Development"),
	    "minutes_should_read_an_enquiry_answered_in_the_passive");
	got_free(&g);

	/* Victoria: the resolution's number under "Council Resolution" */
	read_item2("bal.txt", "Council Resolution\n(R112/24)\n\nMoved Cr Belinda"
	    " Abiodun\nSeconded Cr Ben Iqbal\n\nThat Council receive the "
	    "Mayoral Report.\n\nCARRIED", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "That Council receive") &&
	    streq(r->proposer, "Councillor Belinda Abiodun") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_pass_over_a_resolutions_number_under_its_marker");
	got_free(&g);

	/* Welsh "Sir" is a county: "Cynghorydd Sir", "Cyngor Sir Powys" */
	read_item2("sir.txt", "Cynghorydd Sir Rhys Parry asked about the bus "
	    "shelter. The Clerk replied that it had been ordered from Cyngor Sir"
	    " Powys.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_QUESTION, 0) : NULL;
	{
		int knights = 0;
		size_t k;

		for (k = 0; g.n == 3 && k < g.r[1]->nspeakers; k++)
			knights += contains(g.r[1]->speakers[k].name, "Sir");
		ok(r != NULL && streq(r->speaker, "Councillor Rhys Parry") &&
		    knights == 0,
		    "minutes_should_read_welsh_sir_as_a_county");
	}
	got_free(&g);

	/* Scotland's "Executive" is a body, not an officer */
	read_item2("exec.txt", "The Executive considered a report by the "
	    "Director of Place Services seeking approval of the strategy.\n\n"
	    "Councillor Lee asked about the cost. The Director of Place "
	    "Services advised that it was within budget.", &g);
	ok(g.n == 3 && g.r[1]->nsections > 1 &&
	    g.r[1]->sections[1].type == SEC_DISCUSSION &&
	    g.r[1]->sections[1].speaker == NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL,
	    "minutes_should_not_take_the_executive_for_a_speaker");
	got_free(&g);

	/* Falkirk: "By way of an amendment, ..."; the division's counts in
	 * its sentence, over the names; every point of the motion lost */
	read_item2("falkirk.txt", "Thereafter, Councillor Abiodun, seconded by"
	    " Councillor Iqbal, moved that the Executive:-\n\n(1) approves the"
	    " strategy; and\n\n(2) instructs the Director to report by "
	    "September.\n\nBy way of an amendment, Councillor Lee, seconded by"
	    " Councillor Moss, moved that the Executive:-\n\n(1) continues "
	    "consideration of the report to June.\n\nOn a division, 3 members "
	    "voted for the motion and 7 voted for the amendment, viz.:-\n\nFor"
	    " the motion (3) \xe2\x80\x93 Councillors Abiodun, Iqbal and Frame."
	    "\n\nFor the amendment (7) \xe2\x80\x93 Councillors Lee, Moss, "
	    "Hart, Gunn, Swift, Reed and Wragg.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 2) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Lee") &&
	    streq(r->seconder, "Councillor Moss") &&
	    !streq(r->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Abiodun") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_read_a_division_sentence_over_its_names");
	got_free(&g);

	/* Brighton: a member of the public, untitled, asks "the following
	 * question"; the member "provided the following reply" */
	read_item2("brighton.txt", "Chris Hoskinson asked the following "
	    "question:\n\n\xe2\x80\x9cWhen will the restoration be completed?"
	    "\xe2\x80\x9d\n\nCouncillor Iqbal provided the following reply:"
	    "\n\n\xe2\x80\x9cThe first phase is due in spring 2025.\xe2\x80"
	    "\x9d", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_QUESTION, 0) : NULL;
	ok(r != NULL && streq(r->speaker, "Chris Hoskinson") &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker, "Councillor Iqbal") &&
	    nth(g.r[1], SEC_QUESTION, 1) == NULL,
	    "minutes_should_read_the_following_question_and_reply");
	got_free(&g);

	/* "formally seconded the amendment" in a paragraph of its own */
	read_item2("formally.txt", "Councillor Abiodun moved an amendment to "
	    "add a new recommendation on capping rent increases.\n\n"
	    "Councillor Iqbal formally seconded the amendment.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal"),
	    "minutes_should_read_formally_seconded");
	got_free(&g);

	/* Ottawa: "Lost on a division of 3 yeas to 8 nays" */
	read_item2("ottawa.txt", "Moved by Councillor S. Abiodun\n\nThat "
	    "consideration of the report be deferred to the February meeting."
	    "\n\nLost on a division of 3 yeas to 8 nays, as follows:\n\nYeas "
	    "(3): Councillors S. Abiodun, A. Troster and J. Leiper", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor S. Abiodun") &&
	    streq(r->outcome, "lost"),
	    "minutes_should_read_lost_on_a_division");
	got_free(&g);

	/* Ontario: "WHEREAS ..." recitals between the movers and "NOW,
	 * THEREFORE, BE IT RESOLVED that ...", then the division lost */
	read_item2("whereas.txt", "Moved by Councillor P. Okafor\nSeconded by "
	    "Councillor L. Brandt\n\nWHEREAS the library branch at Elm Road "
	    "is closed for repairs; and\n\nWHEREAS residents have asked for a"
	    " mobile service;\n\nNOW, THEREFORE, BE IT RESOLVED that staff "
	    "provide a mobile library service at Elm Road until the branch "
	    "reopens.\n\nLost on a division of 6 yeas to 11 nays", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor P. Okafor") &&
	    streq(r->seconder, "Councillor L. Brandt") &&
	    streq(r->outcome, "lost") && contains(r->text, "mobile library") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_whereas_recitals_before_a_lost_motion");
	got_free(&g);

	/* London: "the motion in the name of X was not agreed (N votes
	 * cast in favour ...)" loses it */
	read_item2("inname.txt", "Councillor Ferrante moved and Councillor "
	    "Oduya seconded the following motion:\n\n\"This Council calls on"
	    " the Mayor to restore the night bus routes.\"\n\nUpon being put "
	    "to the vote, the motion in the name of Councillor Ferrante was "
	    "not agreed (7 votes cast in favour and 14 votes cast against).",
	    &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Ferrante") &&
	    streq(r->outcome, "lost"),
	    "minutes_should_read_the_motion_in_the_name_of_x_not_agreed");
	got_free(&g);

	/* New Zealand: "moved by way of amendment:" names its mover */
	read_item2("chch.txt", "Councillor Peake moved by way of amendment:\n\n"
	    "That the Council:\n\n(a) Retains the land for recreation.\n\n(b) "
	    "Requests a report.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Peake") &&
	    starts(r->text, "Retains"),
	    "minutes_should_read_moved_by_way_of_amendment");
	got_free(&g);

	/* Renfrewshire: "N members having voted for the amendment and M
	 * members having voted for the motion" */
	read_item2("renfrew.txt", "Councillor Abiodun, seconded by Councillor "
	    "Iqbal, moved that the programme be approved.\n\nCouncillor Lee, "
	    "seconded by Councillor Moss, moved as an amendment that the "
	    "programme be continued to the next meeting.\n\nOn the roll being "
	    "called, 4 members having voted for the amendment and 9 members "
	    "having voted for the motion, the motion was accordingly declared "
	    "carried.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Lee") &&
	    streq(r->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_members_having_voted_for_the_amendment");
	got_free(&g);

	/* Perth and Kinross: the movers in brackets after the label, a roll
	 * call, then "Resolved: In accordance with the Motion." */
	read_item2("pkc.txt", "Motion (Councillors J Abiodun and B Iqbal)\n\n"
	    "(i) Approve the traffic measures in Appendix 1.\n(ii) Instruct "
	    "the Director to report in six months.\n\nAmendment (Councillors"
	    " C Lee and K Harvey)\n\n(i) Defer consideration of the report."
	    "\n\nIn terms of Standing Order 21.5, a roll call vote was taken."
	    "\n\n4 members voted for the Motion as follows:\nCouncillors J "
	    "Abiodun, B Iqbal, A Moss and M Frame.\n\n2 members voted for the"
	    " Amendment as follows:\nCouncillors C Lee and K Harvey.\n\n"
	    "Resolved:\nIn accordance with the Motion.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && starts(r->text, "Instruct") &&
	    streq(r->proposer, "Councillor J Abiodun") &&
	    streq(r->seconder, "Councillor B Iqbal") &&
	    streq(r->outcome, "agreed") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_give_a_motion_the_movers_in_its_labels_brackets");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 2) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor C Lee") &&
	    streq(r->seconder, "Councillor K Harvey") &&
	    streq(r->outcome, "lost") &&
	    nth(g.r[1], SEC_RESOLUTION, 3) == NULL,
	    "minutes_should_carry_the_motion_named_in_accordance_with");
	got_free(&g);

	/* "Amendment 1" over a mover's sentence; "declared LOST" refuses
	 * it though nothing it amended was recorded; the vote joins it */
	read_item2("amendment1.txt", "Amendment 1\n\nCouncillor Iqbal moved, "
	    "and Councillor Abiodun seconded, an amendment to reduce the "
	    "increase to 2.99%.\n\nCouncillor Lee asked whether this was "
	    "sustainable. The Director replied that it was not.\n\nThe "
	    "amendment was declared LOST.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Iqbal") &&
	    streq(r->seconder, "Councillor Abiodun") &&
	    streq(r->outcome, "lost"),
	    "minutes_should_read_a_numbered_amendment_heading_and_its_vote");
	got_free(&g);

	/* a motion's reasons under its movers; a motion seconded in its own
	 * sentence, then an amendment moved with its seconder: two */
	read_item2("reasons.txt", "COUNCIL RESOLUTION 2025/004\nMOVED Cr "
	    "Abiodun SECONDED Cr Iqbal\nThat Council refuses development "
	    "application DA 2024/31 for the following reasons:\n(a) The tower "
	    "would harm the town entry.\n(b) No co-location was investigated."
	    "\nCARRIED 4/2\n\nCouncillor Iqbal proposed that the underspend be"
	    " held in reserve. This was seconded by Councillor Abiodun.\n\nAs "
	    "an amendment, Councillor Abiodun, seconded by Councillor Iqbal, "
	    "moved that £1m be allocated to roads.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "That Council refuses") &&
	    streq(r->outcome, "refused") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "refused"),
	    "minutes_should_keep_a_motion_that_leads_in_to_its_reasons");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 3) : NULL;
	ok(r != NULL && contains(r->text, "held in reserve") &&
	    streq(r->proposer, "Councillor Iqbal") &&
	    streq(r->seconder, "Councillor Abiodun") &&
	    nth(g.r[1], SEC_RESOLUTION, 4) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 4)->proposer,
	    "Councillor Abiodun"),
	    "minutes_should_keep_a_seconded_motion_before_an_amendment");
	got_free(&g);

	/* a mover's line under a list; a roll call, then the result */
	read_item2("us-list.txt", "A. Minutes of the last meeting\nB. "
	    "Purchase of two trucks\nVice Mayor Ferreira moved to approve the "
	    "consent agenda. Councillor Iqbal seconded. Motion passed 5-0.\n\n"
	    "Councillor Abiodun made a motion to deny the ordinance. "
	    "Councillor Iqbal seconded.\nRoll call vote:\nCouncillor Abiodun - "
	    "Yes\nCouncillor Iqbal - No\nMotion failed 2-3.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Vice Mayor Ferreira") &&
	    streq(r->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_read_a_movers_line_and_a_roll_call_result");
	got_free(&g);

	/* "the original\nMotion carried" is one sentence; "That the
	 * following be added as clause d):" only leads in */
	read_item2("wrapped-vote.txt", "Councillor Abiodun MOVED and "
	    "Councillor Iqbal SECONDED the motion as set out.\n\nCouncillor "
	    "Iqbal MOVED and Councillor Abiodun SECONDED an amendment to delete"
	    " the third paragraph.\n\nThe Mayor declared the Amendment defeated"
	    " and, therefore, the original\nMotion carried.\n\nMoved: Cr "
	    "Abiodun\nSeconded: Cr Iqbal\n\nThat the following be added as "
	    "clause d):\n\nd) Requests a report by September.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "agreed") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_read_a_vote_sentence_over_a_line_break");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 2) : NULL;
	ok(r != NULL && starts(r->text, "Requests a report") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    nth(g.r[1], SEC_RESOLUTION, 3) == NULL,
	    "minutes_should_leave_a_lead_in_that_decides_nothing_out");
	got_free(&g);

	/* members titled Mr and Mrs, as county councils print them */
	read_item2("mrs.txt", "Mr Mottram moved the recommendations of the "
	    "Cabinet set out in the report, seconded by Mrs Holroyd.\n\nOn "
	    "being put to the vote the motion was CARRIED.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Mr Mottram") &&
	    streq(r->seconder, "Mrs Holroyd") && streq(r->outcome, "agreed"),
	    "minutes_should_read_movers_titled_mr_and_mrs");
	got_free(&g);

	/* "X moved to deny ...", "Y seconded.", "The motion failed" */
	read_item2("us.txt", "Supervisor Ng moved to deny the General Plan "
	    "Amendment.\n\nSupervisor Carranza seconded. The motion failed "
	    "by the following vote:\n\nAYES: Supervisors Ng, Carranza\n\nNOES:"
	    " Supervisors Altman, Sorensen, Whitfield\n\nOn motion of "
	    "Supervisor Sorensen, seconded by Supervisor Altman, the Board "
	    "approved the consent agenda.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Supervisor Ng") &&
	    streq(r->seconder, "Supervisor Carranza") &&
	    streq(r->outcome, "lost"),
	    "minutes_should_read_a_motion_to_and_a_bare_seconded");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && streq(r->proposer, "Supervisor Sorensen") &&
	    streq(r->seconder, "Supervisor Altman") &&
	    streq(r->outcome, "approved"),
	    "minutes_should_read_on_motion_of");
	got_free(&g);

	/* "X moved adoption of ...", "X moved passage of ...": motions */
	read_item2("adoption.txt", "Councillor Abiodun moved adoption of the "
	    "noise ordinance. Councillor Iqbal seconded.\n\nMotion failed "
	    "2-5.\n\nCouncillor Iqbal moved passage of the fees ordinance as "
	    "amended; Councillor Abiodun seconded. Motion passed 6-1.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    streq(r->outcome, "lost") && nth(g.r[1], SEC_RESOLUTION, 1) !=
	    NULL && streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Iqbal") && streq(nth(g.r[1], SEC_RESOLUTION,
	    1)->outcome, "agreed"),
	    "minutes_should_read_moved_adoption_and_moved_passage");
	got_free(&g);

	/* "X moved to amend ..." after an unseconded "On motion of Y, the
	 * rules were suspended.": a motion of its own, which the failure
	 * loses, not the one before it */
	read_item2("amend.txt", "On motion of Councilor Pryce, the rules were "
	    "suspended.\n\nCouncilor Okafor moved to amend the resolution by "
	    "striking the second\nclause. Motion failed; yeas 3, nays 10.",
	    &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && !streq(r->outcome, "lost"),
	    "minutes_should_not_lose_a_motion_by_its_amendments_failure");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Okafor") &&
	    streq(r->outcome, "lost") && contains(r->text, "second clause"),
	    "minutes_should_read_moved_to_amend_after_an_unseconded_motion");
	got_free(&g);

	/* one not known as a member who "proposed that" suggests */
	read_item2("suggest.txt", "Ms Aoife Duke proposed that the Council "
	    "could look at the current process.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) == NULL,
	    "minutes_should_take_a_suggestion_for_no_motion");
	got_free(&g);

	/* a quoted motion of several paragraphs: notes, then resolves */
	read_item2("climate.txt", "Proposed by Councillor Abiodun and "
	    "seconded by Councillor Iqbal:\n\n\"This Council notes that the "
	    "UK has committed to net zero by 2050.\n\nThis Council believes "
	    "that local action is essential.\n\nThis Council resolves to:\n"
	    "(a) declare a climate emergency;\n(b) ask the Chief Executive "
	    "to report within six months.\"", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "net zero") &&
	    contains(r->text, "declare a climate emergency") &&
	    contains(r->text, "six months") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_keep_every_paragraph_of_a_quoted_motion");
	ok(r != NULL && streq(r->outcome, "agreed") &&
	    streq(r->proposer, "Councillor Abiodun"),
	    "minutes_should_take_a_motions_outcome_from_what_it_resolves");
	got_free(&g);

	/* a quoted motion as a Markdown quote, and one in italics */
	read_item2("md-quote.md", "Councillor Abiodun moved and Councillor "
	    "Iqbal seconded the following motion:\n\n> \"This Council notes "
	    "the closure of branch libraries.\n>\n> This Council resolves to:\n"
	    "> (a) review the closures;\n> (b) report back in six months.\"\n\n"
	    "The motion was carried.\n\nCouncillor Iqbal moved and Councillor "
	    "Abiodun seconded the following motion:\n\n*\"This Council resolves"
	    " to invest in its parks.\"*\n\nThe motion was carried.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "This Council notes") &&
	    contains(r->text, "six months") && !contains(r->text, ">") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->outcome, "agreed"),
	    "minutes_should_read_a_motion_in_a_markdown_quote");
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && starts(r->text, "This Council resolves") &&
	    !contains(r->text, "*") && streq(r->proposer, "Councillor Iqbal"),
	    "minutes_should_read_a_quoted_motion_in_italics");
	got_free(&g);

	/* Ontario: "Moved by: X   Seconded by: Y" / "Be it resolved that" */
	read_item2("be-it.txt", "Resolution #2024-58\nMoved by: Councillor "
	    "Paquette   Seconded by: Deputy Reeve Anstruther\nBe it resolved "
	    "that By-law 2024-12 be read a third time and passed.\nCarried.",
	    &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "that By-law 2024-12") &&
	    streq(r->proposer, "Councillor Paquette") &&
	    streq(r->seconder, "Deputy Reeve Anstruther") &&
	    streq(r->outcome, "agreed"),
	    "minutes_should_read_be_it_resolved_after_the_movers");
	got_free(&g);

	/* offices held by members, as titles before their names */
	read_item2("titles.txt", "Reeve Dubois asked when the road would "
	    "reopen. The Director of Public Works replied that it would reopen"
	    " in May.\n\nBailie Drummond sought clarification on the costs. "
	    "The Treasurer said that the costs were known.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker, "Reeve Dubois") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "drummond") &&
	    nth(g.r[1], SEC_ANSWER, 1) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 1)->answers == 3,
	    "minutes_should_read_reeves_and_bailies_as_members");
	got_free(&g);

	/* New Zealand: a line each, "That the Committee:" and its points */
	read_item2("nz.txt", "COMMITTEE RESOLUTION SO/2024/012\nMoved: Cr "
	    "Pomare\nSeconded: Cr Kaa\nThat the Committee:\na) receives the "
	    "report;\nb) approves the allocation of $450,000.\nCARRIED\n\n"
	    "Moved Cr Marsden / Seconded Cr Chalmers\nThat the Committee:\na) "
	    "receives the report;\nb) adopts the draft plan.\nLOST", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->text, "receives the report;") &&
	    streq(r->seconder, "Councillor Kaa") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "approves the "
	    "allocation"), "minutes_should_read_a_motions_points_line_by_line");
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 3) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->proposer,
	    "Councillor Marsden") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "lost"),
	    "minutes_should_lose_every_point_of_a_lost_motion");
	got_free(&g);

	/* a parish's movers after the decision; a lettered item after it */
	read_item2("parish.txt", "RESOLVED: to OBJECT to the application. "
	    "Proposed Cllr Osei, seconded Cllr Kaur, all in favour.\n\nb) "
	    "DC/24/02011 - 3 Orchard Close - Single storey rear extension.\n\n"
	    "RESOLVED: no objection.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Osei") &&
	    streq(r->seconder, "Councillor Kaur") &&
	    !contains(r->text, "Orchard") && nth(g.r[1], SEC_DISCUSSION, 0) !=
	    NULL && contains(nth(g.r[1], SEC_DISCUSSION, 0)->text, "Orchard"),
	    "minutes_should_read_the_movers_after_a_parish_decision");
	got_free(&g);

	/* results a few words on; "second by"; "X seconded the amendment" */
	read_item2("votes.txt", "Councillor Abiodun moved that the report be "
	    "approved. This was seconded by Councillor Iqbal.\n\nThe motion "
	    "was therefore LOST.\n\nCouncillor Abiodun moved, as an amendment,"
	    " that the item be deferred. Councillor Iqbal seconded the "
	    "amendment.\n\nThe amendment was put to the meeting and declared "
	    "carried (unanimous).\n\nMotion by Councilmember Okoro, second by "
	    "Councilmember Feeney, to approve the contract.\nRoll call vote:\n"
	    "Ayes: Okoro, Feeney\nNoes: Ashford, Delgado, Liang\nMotion failed "
	    "2-3.\n\nMoved by: Councillor Iqbal\nSeconded by: Councillor "
	    "Abiodun\nThat Council adjourn at 7:23 p.m.\nCarried.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 3) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Iqbal") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "deferred") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->seconder,
	    "Council Member Feeney") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "agreed"),
	    "minutes_should_read_more_ways_of_moving_and_voting");
	got_free(&g);

	/* "X moved, seconded by Y, that/to ..."; the Leader and the Chair
	 * moving; "This was agreed." */
	read_item2("moved-seconded.txt", "Councillor Yardley then moved, "
	    "seconded by Councillor Pennington, that no further action be "
	    "taken.\n\nFollowing the debate, Councillor Osei moved, seconded "
	    "by Councillor Malhotra, that the decision be referred back. On "
	    "being put to the vote the motion was LOST (For: 4, Against: 6)."
	    "\n\nThe Leader of the Council, Councillor Graham Tolley, moved "
	    "and Councillor Kwame Asante seconded the recommendations.\n\n"
	    "RESOLVED: That the budget be approved.\n\nSupervisor Haugland "
	    "moved, seconded by Supervisor Whitaker, to award the contract.\n\n"
	    "The Chairman moved and it was seconded by the Vice-Chairman that "
	    "the recommendation be approved.\n\nThe Chair proposed that the "
	    "item be taken next.\n\nThis was agreed.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 5) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Yardley") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Malhotra") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->proposer,
	    "Councillor Graham Tolley") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->text,
	    "That the budget be approved.") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->proposer,
	    "Supervisor Haugland") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 4)->proposer, "the Chairman") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 4)->seconder,
	    "the Vice-Chairman") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 5)->outcome, "agreed"),
	    "minutes_should_read_moved_seconded_by_and_the_chair_moving");
	got_free(&g);

	/* reasons take the refusal, whatever words they hold */
	read_item2("reasons.txt", "RESOLVED - That planning permission be "
	    "REFUSED for the following reasons:\n\n(1) The development is "
	    "contrary to Policy EN4 of the adopted Local Plan.\n\n(2) In the "
	    "absence of a completed Section 106 agreement, the development "
	    "fails to secure affordable housing.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 2) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "refused") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "refused"),
	    "minutes_should_refuse_every_reason_of_a_refusal");
	got_free(&g);

	/* an amendment whose mover's clause is long; a division refuses it */
	read_item2("long-mover.txt", "Councillor Ian Cochrane, seconded by "
	    "Councillor Ruth Gray, moved that the report be approved.\n\nAs an"
	    " amendment, Councillor I Massie-Grant, seconded by Councillor R "
	    "Watters-Boyd, moved that consultation be deferred until June.\n\n"
	    "On a division, there voted for the motion (8) and for the "
	    "amendment (4). The motion was accordingly carried.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor I Massie-Grant") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_read_an_amendment_with_a_long_movers_clause");
	got_free(&g);

	/* a notice of motion quoted, then its movers and "agreed" */
	read_item2("notice.txt", "\"That the District request TII to carry out"
	    " a road safety audit.\"\n\nProposed by Cllr. Barry, Seconded by "
	    "Cllr. Hurley, and agreed.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "road safety audit")
	    && streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Barry"),
	    "minutes_should_take_a_quoted_motion_agreed_as_the_decision");
	got_free(&g);

	/* "the proposed bye-laws" proposes nothing */
	read_item2("bye-law.txt", "The Council will consider this proposed "
	    "bye-law in the context of the submissions received.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) == NULL,
	    "minutes_should_take_no_mover_from_a_proposed_bye_law");
	got_free(&g);

	/* "Cyng." and "Cr." end no sentence */
	read_item2("cyng.txt", "Proposed: Cyng. Parry. Seconded: Cr. Evans."
	    "\n\nRESOLVED: That the grant be awarded.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Councillor Parry")
	    && streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Evans"), "minutes_should_read_short_titles_with_a_dot");
	got_free(&g);

	/* "COUNCIL RESOLUTION" heads a decision with no movers */
	memset(&o, 0, sizeof o);
	txt = "Minutes of the meeting of the Council held on 24 January 2024"
	    "\n\nPresent: Cr A Kaa\n\n10. Apologies\n\nNone.\n\n11. Draft Plan"
	    "\n\nCOUNCIL RESOLUTION 2025/015\nThat Council:\n1. Endorse the "
	    "draft plan for public exhibition.\n2. Hold a community drop-in "
	    "session.\nCARRIED\n\n12. Close\n\nThe meeting closed.\n";
	read_buf("au.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "Endorse the draft") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "Hold a community"),
	    "minutes_should_read_a_council_resolution_with_no_movers");
	got_free(&g);

	/* a quotation of many paragraphs, each opened with a quote mark */
	read_item2("quote-paras.txt", "Councillor Abiodun moved and "
	    "Councillor Iqbal seconded the following motion:\n\n\"That this "
	    "Council declares a climate emergency.\n\n\"That it aims for net "
	    "zero by 2040.\n\n\"That it asks for a report.\n\n\"That it writes "
	    "to the Minister.\n\n\"That it reports each year.\n\n\"That it "
	    "sets up a working group.\"\n\nThe motion was carried.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "net zero by 2040") &&
	    contains(r->text, "sets up a working group.") &&
	    streq(r->outcome, "agreed") &&
	    streq(r->seconder, "Councillor Iqbal"),
	    "minutes_should_read_a_quotation_of_many_paragraphs");
	got_free(&g);

	/* who dissented, after the tally */
	read_item2("voting-no.txt", "Motion by Councillor Abiodun, second "
	    "by Councillor Iqbal, to award the paving contract. Motion "
	    "carried 4-1, Councillor Ward voting no.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "agreed") &&
	    contains(r->text, "voting no.") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_read_a_tally_with_who_voted_no");
	got_free(&g);

	/* "RESOLVED" over lettered points after a motion was lost */
	read_item2("lost-then-resolved.txt", "Councillor Abiodun moved an "
	    "amendment to defer the budget. On being put to the vote the "
	    "motion was lost.\n\nRESOLVED\n\n(a) That the budget be approved."
	    "\n\n(b) That the Speaker be thanked.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    !contains(r->text, "RESOLVED") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->text,
	    "That the budget be approved.") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "approved"),
	    "minutes_should_read_resolved_points_after_a_lost_motion");
	got_free(&g);

	/* votes reported in a sentence of their own */
	{
		static const char *const votes[][2] = {
			{ "The Cathaoirleach declared the proposal defeated.",
			    "lost" },
			{ "The motion was put to the vote and was agreed "
			    "unanimously.", "agreed" },
			{ "The proposal was therefore not approved.",
			    "lost" },
			{ "Following discussion, Councillor Abiodun agreed to "
			    "withdraw the motion.", "withdrawn" },
			{ "The motion was withdrawn.", "withdrawn" },
			{ "Final Resolution: Motion Fails", "lost" },
		};
		size_t v;
		char *body;

		for (v = 0; v < sizeof votes / sizeof votes[0]; v++) {
			body = xasprintf("Councillor Abiodun proposed, "
			    "seconded by Councillor Iqbal, that the hall be "
			    "painted. %s", votes[v][0]);
			read_item2("vote.txt", body, &g);
			r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
			ok(r != NULL && streq(r->outcome, votes[v][1]) &&
			    streq(r->seconder, "Councillor Iqbal"),
			    "minutes_should_read_a_vote_in_a_sentence: %s",
			    votes[v][0]);
			got_free(&g);
			free(body);
		}
	}

	/* North American motions: a surname alone, Legistar's "A motion was
	 * made by" and its roll call, British Columbia's "Moved/Seconded" */
	txt = "CITY OF BELDEN\nREGULAR CITY COUNCIL MEETING MINUTES\nJanuary "
	    "8, 2024\n\n1. AGENDA\nMotion by Duffy, second by Ortiz to approve "
	    "the agenda as presented; motion carried 5-0.\n\n2. CONTRACT\nA "
	    "motion was made by Councilmember Osei, seconded by Councilmember "
	    "Brandt, that the contract be awarded. The motion carried by the "
	    "following vote:\nAye: 6 - Osei, Brandt, Lee, Park, Ruiz and Chen"
	    "\nNay: 1 - Mayor Whitlock\nA motion was made by Councilmember "
	    "Lee, seconded by Councilmember Park, that the report be filed. "
	    "The motion carried.\n\n3. MINUTES\nMoved/Seconded (Dhaliwal/"
	    "Fraser)\nTHAT the minutes be approved as circulated.\nCARRIED\n\n"
	    "4. ADJOURNMENT\nThe meeting adjourned at 8:15 p.m.\n";
	read_buf("na.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer, "Duffy") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder, "Ortiz") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Council Member Osei") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "Nay: 1") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Council Member Lee") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->proposer, "Dhaliwal") &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->seconder, "Fraser") &&
	    starts(nth(g.r[2], SEC_RESOLUTION, 0)->text, "THAT the minutes"),
	    "minutes_should_read_north_american_motions");
	got_free(&g);

	/* a minute's numbered paragraphs, as county councils write them */
	read_item2("paras.txt", "(1) Mr Abiodun moved, and Mr Iqbal "
	    "seconded, the recommendations in the report.\n\n(2) Following a "
	    "debate, the motion was put to the vote and was carried.\n\n(3) "
	    "RESOLVED that:\n\n(a) the revenue budget be approved;\n\n(b) the "
	    "council tax be set at \xc2\xa3" "1,601.", &g);
	/* (the moving sentence and its vote are how the points came: the
	 * points take its movers) */
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Mr Abiodun") &&
	    streq(r->seconder, "Mr Iqbal") &&
	    streq(r->text, "the revenue budget be approved;") &&
	    streq(r->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer, "Mr Abiodun") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_read_numbered_paragraphs_of_a_minute");
	got_free(&g);

	/* a body that "approved" something: the sentence decides */
	read_item2("approved.txt", "The District Council approved the "
	    "funding applications set out in Paper No. 45/2024.\n\nMembers "
	    "approved the recommendations.\n\nThe Council noted that the "
	    "Mayor approved of the scheme.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "The District") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "Members approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_read_a_body_that_approved_something");
	got_free(&g);

	/* "X proposed that ..., and Y seconded the proposal." */
	read_item2("and-seconded.txt", "Councillor Abiodun proposed that the "
	    "hall be repainted, and Councillor Iqbal seconded the proposal. "
	    "The proposal was agreed.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal"),
	    "minutes_should_read_a_seconder_after_and");
	got_free(&g);

	/* "Mdm" and "Shri" titles; a drawing's revision is no reverend */
	read_item2("mdm.txt", "Mdm Lim Soo Hwa asked about the lifts. Shri "
	    "Imran Qureshi asked about the roads. The works follow drawing "
	    "HCC/TR/2291 Rev B.\nReasons for the decision were given.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "l s hwa") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "i qureshi") &&
	    !speaker_named(g.r[1], "Reverend B. Reasons"),
	    "minutes_should_read_mdm_and_shri_and_no_revision");
	got_free(&g);

	/* a decision recorded, then its movers a line each */
	read_item2("movers-after.txt", "The minutes of the last meeting were "
	    "confirmed without amendments.\nProposed by: Councillor Abiodun\n"
	    "Seconded by: Councillor Iqbal", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && nth(g.r[1], SEC_RESOLUTION, 1) == NULL &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    starts(r->text, "The minutes of the last meeting"),
	    "minutes_should_give_movers_a_line_each_to_the_decision_before");
	got_free(&g);

	/* New South Wales' movers; "...; seconded Cllr Y."; a later
	 * meeting's confirmation is no decision of this one */
	read_item2("nsw.txt", "RESOLVED on the motion of Councillor Abiodun "
	    "and Councillor Iqbal that the grants be approved.\n\nCouncillor "
	    "Iqbal proposed that the bins be emptied weekly; seconded "
	    "Councillor Abiodun. Carried unanimously.\n\nThe minutes of this "
	    "meeting were confirmed at the Ordinary Council Meeting held on "
	    "17 April 2024.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Iqbal") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Abiodun") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_read_movers_of_new_south_wales_and_a_semicolon");
	got_free(&g);

	/* "RESOLVED on the MOTION of X seconded Y" / "That:" over points,
	 * the line broken before "That:" */
	read_item2("nsw-that-below.txt", "RESOLVED on the MOTION of "
	    "Councillor Ross Fowler seconded Councillor Jonathan Pullen\n"
	    "That:\n(a)  The information contained in the report be "
	    "received\n(b)  The draft Planning Agreement be publicly "
	    "exhibited for 28 days", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Ross Fowler") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 1)->text, "exhibited"),
	    "minutes_should_read_the_motion_of_over_that_on_the_next_line");
	got_free(&g);

	/* a vote's word after its roll call; a name parted from its title
	 * by a page's double spacing */
	read_item2("roll-then-vote.txt", "Moved by: Councillor Abiodun\n"
	    "Seconded by: Councillor Iqbal\nThat the rink be closed.\nYeas: "
	    "Councillor Abiodun\nNays: Councillor Iqbal, Councillor Ward\n"
	    "DEFEATED\n\nThe minutes of the last meeting were proposed by "
	    "Cllr.\n\nA. Abiodun and seconded by Cllr. B. Iqbal.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "lost") &&
	    contains(r->text, "DEFEATED") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor A. Abiodun"),
	    "minutes_should_join_a_vote_to_its_roll_call_and_a_title_to_names");
	got_free(&g);

	/* New Zealand: "Community Board Resolved WCBB/2024/00061", the
	 * words next, then "Member X/Member Y   Carried" */
	read_item2("nz.txt", "Community Board Resolved WCBB/2024/00061\n\n"
	    "That the Board:\n\n(a) Approves the footpath programme.\n\n(b) "
	    "Notes the budget.\n\nCouncillor Abiodun/Councillor Iqbal      "
	    "Carried", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "Approves the footpath") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Iqbal") && nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_read_new_zealands_resolutions_and_movers");
	got_free(&g);

	/* a long clause before "on the proposal of X, seconded by Y, it
	 * was agreed that ..." is kept */
	read_item2("lead.txt", "At the outset of the Meeting with the "
	    "permission of the Chair, on the proposal of Councillor Abiodun, "
	    "seconded by Councillor Iqbal, it was agreed that the Meeting "
	    "would be adjourned.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_DISCUSSION, 0)->text, "At the outset of "
	    "the Meeting with the permission of the Chair"),
	    "minutes_should_keep_the_clause_before_a_proposal");
	got_free(&g);

	/* an election: the nomination stays, the declaration decides */
	read_item2("elect.txt", "Councillor Abiodun was proposed by the "
	    "Mayor and seconded by Councillor Iqbal. There being no other "
	    "nominations, Councillor Abiodun was declared elected Chair.",
	    &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "declared elected") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    streq(r->outcome, "agreed") && nth(g.r[1], SEC_DISCUSSION, 0) !=
	    NULL && contains(nth(g.r[1], SEC_DISCUSSION, 0)->text,
	    "Abiodun was proposed"),
	    "minutes_should_decide_an_election_after_its_nomination");
	got_free(&g);

	/* "X proposed Y, seconded by Z": X proposes */
	read_item2("nominate.txt", "Councillor Iqbal proposed Councillor "
	    "Abiodun, seconded by Councillor Ward. The Chair declared "
	    "Councillor Abiodun elected as Vice-Chair.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Iqbal") &&
	    streq(r->seconder, "Councillor Ward") &&
	    contains(r->text, "declared"),
	    "minutes_should_read_the_proposer_of_a_nomination");
	got_free(&g);

	/* two nominations and a vote: whose movers won is not known */
	read_item2("contest.txt", "Councillor Iqbal was proposed by "
	    "Councillor Ward and seconded by Councillor Lee. Councillor "
	    "Abiodun was proposed by Councillor Kaur and seconded by "
	    "Councillor Shah. Following a vote, Councillor Iqbal was elected "
	    "Vice-Chair.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 2) : NULL;
	ok(r != NULL && contains(r->text, "Following a vote") &&
	    r->proposer == NULL && streq(r->outcome, "agreed"),
	    "minutes_should_not_give_an_election_by_vote_a_nomination");
	got_free(&g);

	/* "X moved, Y seconded, to ...", as American action minutes write */
	read_item2("us-moved.txt", "Councilmember Abiodun moved, "
	    "Councilmember Iqbal seconded, to approve the agreement. The "
	    "motion carried by the following vote:\n\nAYES: Councilmembers "
	    "Abiodun, Iqbal\nNOES: None\n\nAPPROVED: April 2, 2024", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->proposer, "Abiodun") &&
	    contains(r->seconder, "Iqbal") &&
	    contains(r->text, "to approve the agreement") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_moved_comma_seconded_comma_to");
	got_free(&g);

	/* who voted is not who spoke */
	read_item2("division.txt", "Councillor Abiodun moved that the report "
	    "be approved.\n\nOn a division, there voted:- for the motion (2) "
	    "- Councillors Ward and Lee; against (1) - Councillor Shah.\n\n"
	    "AYES: Councilmembers Kaur, Osei\n\nThe motion was carried.", &g);
	{
		size_t k, voters = 0;

		for (k = 0; g.n == 3 && k < g.r[1]->nspeakers; k++)
			voters += contains(g.r[1]->speakers[k].key, "shah") ||
			    contains(g.r[1]->speakers[k].key, "ward") ||
			    contains(g.r[1]->speakers[k].key, "kaur");
		ok(g.n == 3 && g.r[1]->nspeakers >= 1 && voters == 0,
		    "speakers_should_leave_out_who_only_voted");
	}
	got_free(&g);

	/* movers over a decision of numbered points move each point */
	read_item2("points.txt", "Moved Councillor Abiodun\nSeconded "
	    "Councillor Iqbal\n\nThat Council:\n1. Endorse the draft budget "
	    "for exhibition;\n2. Give public notice of it; and\n3. Consider "
	    "submissions in June.\n\nCARRIED", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 2) : NULL;
	ok(r != NULL && contains(r->text, "Consider submissions") &&
	    streq(r->proposer, "Councillor Abiodun") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->seconder,
	    "Councillor Iqbal"),
	    "minutes_should_give_each_moved_point_its_movers");
	got_free(&g);

	/* a moved lead-in that says the points' outcome, then "That
	 * Council:" over them: one lead-in, and each point moved */
	read_item2("lead-points.txt", "Moved by Councillor Abiodun\nSeconded "
	    "by Councillor Iqbal\n\nThat with respect to Report PL2024-0042, "
	    "the following be approved:\n\nThat Council:\n\n(a)  Adopt the "
	    "revised tree strategy; and\n\n(b)  Direct Administration to "
	    "report back by Q3 2024.\n\nMOTION CARRIED", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Abiodun") && streq(nth(g.r[1], SEC_RESOLUTION,
	    2)->seconder, "Councillor Iqbal") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 2)->text, "Direct"),
	    "minutes_should_give_the_points_under_a_moved_lead_in_its_movers");
	got_free(&g);

	/* "... the motion was put to the Members and agreed." decides */
	read_item2("put.txt", "Councillor Abiodun proposed that the Council "
	    "support the library, seconded by Councillor Iqbal.\n\nFollowing "
	    "discussion the motion was put to the Members and agreed.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->outcome, "agreed") &&
	    contains(r->text, "put to the Members") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_read_a_motion_put_to_the_members_and_agreed");
	got_free(&g);

	/* "..., thanked officers and proposed the recommendations, which
	 * were seconded by Y", then the decision; an option "rejected for
	 * the reasons ..." is no vote on it */
	read_item2("thanked.txt", "The Leader, Councillor Abiodun, thanked "
	    "officers for their work and proposed the recommendations, which "
	    "were seconded by Councillor Iqbal.\n\nRESOLVED - That the plan "
	    "be approved.\n\nAlternative options considered: Not to proceed. "
	    "This was rejected for the reasons set out in the report.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->seconder, "Councillor Iqbal") &&
	    streq(r->outcome, "approved"),
	    "minutes_should_read_a_proposal_after_another_verb");
	got_free(&g);

	/* "Seconded: Cllr. Bamford   Unanimous": the vote is no name */
	read_item2("unan.txt", "That the grant be approved.\nProposed: "
	    "Councillor Abiodun\nSeconded: Councillor Iqbal Unanimous", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->seconder, "Councillor Iqbal"),
	    "minutes_should_not_take_unanimous_for_a_name");
	got_free(&g);

	/* "The officer recommendation ... was moved by X and seconded by Y.
	 * On being put to the vote the motion was LOST."; a seconded motion
	 * lost whatever its words ("DEFERRED") */
	read_item2("lostrec.txt", "The officer recommendation of approval "
	    "was moved by Councillor Abiodun and seconded by Councillor "
	    "Iqbal. On being put to the vote the motion was LOST (3 for, 7 "
	    "against).\n\nCouncillor Iqbal moved that the application be "
	    "DEFERRED for a site visit. This was seconded by Councillor "
	    "Abiodun but on being put to the vote was LOST.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Abiodun") &&
	    streq(r->outcome, "lost") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_read_motions_moved_late_and_lost");
	got_free(&g);

	/* a notice of motion signed by its movers, in the last item, and
	 * a vote of motion against amendment by the votes each received */
	{
		const char *sig = "Minutes of the meeting of Loch Arrin Council "
		    "held on 13 March 2025\n\nPresent: Mr J Fraser, Mr A "
		    "Christie, Mr R Sutherland, Mrs M Ross\n\n1. Apologies\n\n"
		    "None.\n\n2. Notice of Motion\n\nThere had been circulated "
		    "the following Notice of Motion:\n\n\xe2\x80\x9cThe Council "
		    "agrees to write to the Scottish Government asking it to "
		    "restore the Islands Fund.\n\nSigned: Mr J Fraser, Mr A "
		    "Christie\xe2\x80\x9d\n\nMr Fraser, seconded by Mr Christie, "
		    "moved the motion.\n\nMr Sutherland, seconded by Mrs Ross, "
		    "moved as an amendment that the Council welcome the Islands "
		    "Fund and seek a multi-year settlement.\n\nOn a vote being "
		    "taken, the MOTION received 5 votes and the AMENDMENT "
		    "received 9 votes, and the AMENDMENT was therefore CARRIED."
		    "\n";
		const struct rec_section *mo, *am;

		read_buf("signed.txt", sig, strlen(sig), &o, &g);
		mo = g.n == 2 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
		am = g.n == 2 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
		ok(mo != NULL && am != NULL && streq(mo->outcome, "lost") &&
		    contains(am->proposer, "Sutherland") &&
		    !streq(am->outcome, "lost"),
		    "minutes_should_read_on_after_a_motion_signed_by_its_movers");
		got_free(&g);
	}

	/* the movers signed under the quotation, and their sentence short:
	 * the minutes go on */
	{
		const char *sig = "Minutes of the meeting of Loch Arrin Council "
		    "held on 13 March 2025\n\nPresent: Mr J Fraser, Mr A "
		    "Christie, Mr R Sutherland, Mrs M Ross\n\n1. Apologies\n\n"
		    "None.\n\n2. Notice of Motion\n\n\xe2\x80\x9cThe Council "
		    "agrees to review the charges for garden waste.\xe2\x80\x9d"
		    "\n\nSigned: Mr J Fraser      Mr A Christie\n\nMr Fraser, "
		    "seconded by Mr Christie, moved the motion.\nMr Sutherland, "
		    "seconded by Mrs Ross, moved as an\namendment that the "
		    "Council take no action.\n\nThe meeting ended at 4.10 pm.\n";
		size_t k, found = 0;

		read_buf("signed-under.txt", sig, strlen(sig), &o, &g);
		for (k = 0; g.n == 2 && k < g.r[1]->nsections; k++)
			found |= contains(g.r[1]->sections[k].text,
			    "take no action") &&
			    contains(g.r[1]->sections[k].proposer, "Sutherland");
		ok(found, "minutes_should_read_on_after_movers_signed_under_a_"
		    "quotation");
		got_free(&g);
	}

	/* "The Cathaoirleach declared the motion carried." */
	read_item2("declared.txt", "Councillor Brennan proposed that the "
	    "Council reduce parking charges.\n\nThis was seconded by "
	    "Councillor Cusack.\n\nFor: 9\nAgainst: 5\n\nThe Cathaoirleach "
	    "declared the motion carried.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->proposer, "Brennan") &&
	    streq(r->outcome, "agreed"),
	    "minutes_should_read_a_motion_declared_carried");
	got_free(&g);

	/* a casting vote decides; an application withdrawn is an
	 * outcome; "minded to refuse" refuses nothing yet */
	read_item2("casting.txt", "Councillor Abiodun moved, and Councillor "
	    "Iqbal seconded, that the charge be reduced.\n\nOn being put to "
	    "the vote there were 4 votes in favour and 4 votes against. The "
	    "Chairman exercised his casting vote against the motion, which "
	    "was therefore lost.\n\nThe Chair announced that the hotel "
	    "application had been withdrawn by the applicant.\n\nRESOLVED: "
	    "That the Committee is MINDED TO REFUSE permission for the "
	    "recommended scheme and that the application be referred back.",
	    &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "withdrawn") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "deferred"),
	    "minutes_should_read_casting_votes_and_withdrawn_applications");
	got_free(&g);

	/* an election is a decision, whoever declares it */
	read_item2("elected.txt", "Councillor Pickersgill was elected Chair "
	    "for the hearing.\n\nThe Cathaoirleach declared Councillor "
	    "Crowley elected as Leas-Chathaoirleach.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2,
	    "minutes_should_read_an_election_as_a_decision");
	got_free(&g);

	/* Word's paragraphs, no blank line between: a decision ends at
	 * the next lettered request or who speaks next */
	read_item2("word-lines.txt", "a) Bowls Club - request for \xc2\xa3" "400."
	    "\nRESOLVED to award \xc2\xa3" "250 to the Bowls Club (5 for, 1 "
	    "abstention).\nb) Scouts - request for \xc2\xa3" "300 towards "
	    "camping equipment.\nRESOLVED to award \xc2\xa3" "300 to the "
	    "Scouts. Proposed Cllr Abiodun, seconded Cllr Iqbal, all in "
	    "favour.\nIt was agreed that the Clerk would obtain a quote.\n"
	    "Cllr Iqbal asked if the Council could apply for a grant.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 3 &&
	    !contains(nth(g.r[1], SEC_RESOLUTION, 0)->text, "Scouts") &&
	    nth(g.r[1], SEC_RESOLUTION, 0)->proposer == NULL &&
	    !contains(nth(g.r[1], SEC_RESOLUTION, 2)->text, "Iqbal asked"),
	    "minutes_should_end_a_decision_at_the_next_line_of_its_own");
	got_free(&g);

	/* a tally of three ("Carried 4-0-1."); movers in a clause of
	 * their own after a dash, no colons */
	read_item2("parish-movers.txt", "Object - overdevelopment of the site."
	    "\nProposed Cllr Abiodun, seconded Cllr Iqbal. Carried 4-0-1.\n\n"
	    "Payments list approved \xe2\x80\x93 Proposed Cllr Iqbal, Seconded "
	    "Cllr Abiodun, all in favour.", &g);
	ok(g.n == 3 && count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 1)->proposer, "Iqbal") &&
	    contains(nth(g.r[1], SEC_RESOLUTION, 1)->seconder, "Abiodun"),
	    "minutes_should_read_parish_tallies_and_movers");
	got_free(&g);

	/* "X, seconded by Y, moved:-" over the words, the amendment the
	 * same; a division's counts as the votes each side had */
	read_item2("scot-moved.txt", "The Convener, seconded by Councillor "
	    "Thain, moved:-\n\nThat the Committee approve the recommendations."
	    "\n\nCouncillor Duthie, seconded by Councillor Massie, moved as an "
	    "amendment:-\n\nThat the Committee defer consideration.\n\nOn a "
	    "vote being taken by electronic means, 39 voted for the motion and "
	    "34 for the amendment, and the motion was declared carried.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "the Convener") && starts(nth(g.r[1], SEC_RESOLUTION, 0)->text,
	    "That the Committee approve") && contains(r->proposer, "Duthie") &&
	    streq(r->outcome, "lost") && starts(r->text, "That the Committee "
	    "defer"),
	    "minutes_should_read_movers_over_the_motions_words");
	got_free(&g);

	/* "seconded" / "by Councillor Y" across a line's or a paragraph's
	 * break; "The proposed" / "variation ..." moves nothing */
	read_item2("wrapped-movers.txt", "A five minute adjournment was "
	    "proposed by Councillor Collins, seconded\n\nby Councillor "
	    "Sheahan, and agreed.\n\nThe proposed\nvariation would not in "
	    "itself provide for any additional floorspace.\n\nOn the proposal "
	    "of Councillor Collins, seconded by Councillor Sheahan,\n\n"
	    "Councillor Donegan was re-appointed to the Board.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Collins") &&
	    streq(r->seconder, "Councillor Sheahan") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL && contains(nth(g.r[1],
	    SEC_RESOLUTION, 1)->text, "re-appointed") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_read_movers_across_a_line_break");
	got_free(&g);

	/* a recorded vote in columns, a table's, or a list wrapped over
	 * lines: who voted, not who spoke */
	read_item2("vote-columns.txt", "Councillor Ahmed moved the budget."
	    "\n\nFOR (2)      AGAINST (2)      ABSTAIN (1)\nCouncillor Barlow"
	    "   Councillor Quill    Councillor Tolland\nCouncillor Redfern   "
	    "Councillor Marsh\n\n| For (1) | Against (1) |\n|---|---|\n| Mr "
	    "Cole | Mrs Frome |\n\nFor (3): Mr Allsop, Mrs Anstey,\nMr Beech."
	    "\n\nThe budget was carried.", &g);
	{
		size_t k, voters = 0;

		for (k = 0; g.n == 3 && k < g.r[1]->nspeakers; k++)
			voters += !contains(g.r[1]->speakers[k].key, "ahmed");
		ok(g.n == 3 && voters == 0 && contains(
		    g.r[1]->speakers[0].key, "ahmed"),
		    "speakers_should_leave_out_who_voted_in_columns");
	}
	got_free(&g);

	/* a vote list under its label alone, or opened by a bracket and
	 * wrapped; the chair who declares the result keeps the words */
	read_item2("vote-labels.txt", "Councillor Ahmed moved the budget.\n\n"
	    "FOR: 2\nCouncillors Barlow, Quill,\nTolland and Redfern.\n\nFor "
	    "the Motion:\nMr D Abernethy, Mr A Christie\n\n(For the motion: "
	    "Lord Provost, Councillors Aitchison, Beveridge,\nCairncross and "
	    "Young.)\n\nThe Chair declared the motion carried.", &g);
	{
		size_t k, voters = 0;

		for (k = 0; g.n == 3 && k < g.r[1]->nspeakers; k++)
			voters += !contains(g.r[1]->speakers[k].key,
			    "ahmed") && !contains(g.r[1]->speakers[k].key,
			    "chair");
		ok(g.n == 3 && voters == 0 && nth(g.r[1], SEC_DISCUSSION,
		    0) != NULL && streq(g.r[1]->sections[g.r[1]->nsections -
		    1].speaker_key, "chair"),
		    "speakers_should_leave_out_who_voted_under_a_label");
	}
	got_free(&g);

	/* motions from the floor, each under its movers and a blank line
	 * (a page of double spacing): one heading with no colon keeps its
	 * quoted words */
	read_item2("floor-motions.txt", "The following Motions were put "
	    "forward from the floor:\n\nMotion 1 \xe2\x80\x93 Proposed by "
	    "Councillor Abiodun and seconded by Councillor Iqbal:\n\n"
	    "\xe2\x80\x9cThat each District be provided with a twinning "
	    "budget.\xe2\x80\x9d\n\nMotion 2 \xe2\x80\x93 Proposed by "
	    "Councillor Gilligan and seconded by Councillor Quinlivan\n\n"
	    "\xe2\x80\x9cThat all monies to be spent on travel outside the "
	    "State come before the Full Council.\xe2\x80\x9d\n\nMotion 3 "
	    "\xe2\x80\x93 Proposed by Councillor Butler and seconded by "
	    "Councillor Sheahan:\n\n\xe2\x80\x9cI call on the Council to "
	    "re-establish the twinning committee.\xe2\x80\x9d", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && starts(r->text, "That all monies") &&
	    streq(r->proposer, "Councillor Gilligan") &&
	    streq(r->seconder, "Councillor Quinlivan") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->proposer,
	    "Councillor Butler"),
	    "minutes_should_keep_a_quoted_motion_under_movers_without_colon");
	got_free(&g);

	/* Scotland: the motion set out, then moved in a sentence of its
	 * own, then an amendment and a division the amendment wins */
	read_item2("undernoted.txt", "There was submitted the undernoted "
	    "motion by Councillor Lynn:-\n\n\"Committee notes the pressure "
	    "on household budgets and agrees to bring forward a report on "
	    "extending the Fuel Support Fund.\"\n\nCouncillor Lynn, seconded "
	    "by Councillor Scott, moved the motion.\n\nAs an amendment, "
	    "Councillor Short, seconded by Councillor Rome, moved that the "
	    "Committee notes the motion and agrees that the matter be "
	    "considered as part of the Action Plan.\n\nOn a division, there "
	    "voted for the motion - Councillors Lynn, Scott and Coates (3); "
	    "and for the amendment - Councillors Short, Rome, Flynn and "
	    "Keenan (4) - whereupon the amendment was declared carried.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "Committee notes the pressure") &&
	    streq(r->proposer, "Councillor Lynn") &&
	    streq(r->seconder, "Councillor Scott") &&
	    streq(r->outcome, "lost") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Short") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_give_a_motion_set_out_the_movers_who_moved_it");
	got_free(&g);

	/* a proposal with its words, and then another: two decisions,
	 * each with its own movers */
	read_item2("also-proposed.txt", "Following discussion, it was "
	    "proposed by Councillor Collins and seconded by Councillor "
	    "Sheahan that the town become a Fairtrade town.\n\nIt was also "
	    "proposed by Councillor Galvin and seconded by Councillor Scanlan"
	    " that all villages be included in the promotion.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Collins") &&
	    contains(r->text, "Fairtrade town") &&
	    !contains(r->text, "villages") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->proposer,
	    "Councillor Galvin"),
	    "minutes_should_keep_a_proposal_before_the_next_ones_movers");
	got_free(&g);

	/* results at the end of a vote's sentence, a division's, and the
	 * members agreeing a proposal (not members supporting it in debate)
	 */
	read_item2("results.txt", "Alderman Cummings proposed an amendment, "
	    "seconded by Councillor Harbinson, that the words be deleted.\n\n"
	    "Upon the amendment being put to the meeting, with 12 voting FOR,"
	    " 25 voting AGAINST and 1 ABSTAINING, it was declared LOST.\n\n"
	    "Moved: Cr Smith\nSeconded: Cr Jones\n\nThat the Council adopt "
	    "the policy.\n\nThe division was declared LOST by 7 votes to 13."
	    "\n\nCouncillor Blake proposed that the Council write to the "
	    "Minister. This was seconded by Councillor Gallagher.\n\n"
	    "Members unanimously agreed the proposal.\n\nCouncillor Teefy "
	    "proposed that more staff be appointed. This was seconded by "
	    "Councillor Gleeson.\n\nCllrs Collins and Benson also supported "
	    "the motion.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 3) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "agreed") &&
	    !contains(nth(g.r[1], SEC_RESOLUTION, 3)->text, "Benson"),
	    "minutes_should_read_results_ending_a_votes_sentence");
	got_free(&g);

	/* Scotland: the division's names in sentences of their own; the
	 * tally a line each */
	read_item2("names-division.txt", "Councillor Yuill moved, seconded by "
	    "Councillor Bonsell:-\nThat the Council approve the report.\n\n"
	    "Councillor Watson moved as an amendment, seconded by Councillor "
	    "Hardie:-\nThat the Council defer the report.\n\nOn a division, "
	    "there voted:- For the motion (4) - Councillors Allard, Alphonse, "
	    "Bonsell and\nYuill. For the amendment (2) - Councillors Watson "
	    "and Hardie.\n\nCouncillor Green, seconded by Councillor Ross, "
	    "moved that the Committee approve the plan.\n\nCouncillor Kelly, "
	    "seconded by Councillor Forrest, moved as an amendment that the "
	    "Committee defer the plan.\n\nOn a vote being taken, the votes "
	    "were cast as follows:-\n\nMotion - 8 votes\nAmendment - 18 votes"
	    "\n\nThe Amendment was accordingly carried.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 3) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    !streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "lost") &&
	    !streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "lost"),
	    "minutes_should_read_a_division_in_sentences_and_tally_lines");
	got_free(&g);

	/* "X, seconded by Y, moved the following Motion:" over its words */
	read_item2("following-motion.txt", "Councillor Earl, seconded by "
	    "Councillor Dillon, moved the following Motion:\n\n\xe2\x80\x9c"
	    "Stirling Council recognises the role played by firefighters."
	    "\xe2\x80\x9d\n\nThe Council agreed the Motion.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "Stirling Council recognises") &&
	    streq(r->proposer, "Councillor Earl") &&
	    streq(r->outcome, "agreed"),
	    "minutes_should_take_the_quoted_words_after_the_following_motion");
	got_free(&g);

	/* decisions taken under powers delegated before hand nothing on;
	 * "which had been circulated" says how a thing came; a letter's
	 * long subject */
	read_item2("delegated.txt", "RESOLVED \xe2\x80\x93 THAT the delegated"
	    " Tree Preservation Order decisions as listed in the report be "
	    "noted.\n\nRESOLVED \xe2\x80\x93 THAT in accordance with the "
	    "delegated powers of the Committee, the applications be "
	    "determined as indicated.\n\nRESOLVED \xe2\x80\x93 THAT delegated"
	    " authority be given to the Director to approve the final terms."
	    "\n\nThe correspondence, which had been circulated, was NOTED.\n\n"
	    "The Report, which had been circulated, was AGREED.\n\n"
	    "Correspondence from the Department of Agriculture dated 16 "
	    "September 2024 regarding the Environmental Improvement Plan was "
	    "noted.", &g);
	ok(g.n == 3 && nth(g.r[1], SEC_RESOLUTION, 5) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "agreed") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "delegated") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "noted") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 4)->outcome, "agreed") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 5)->outcome, "noted"),
	    "minutes_should_read_delegated_powers_and_circulated_papers");
	got_free(&g);

	/* the asker alone on the line over "To ask ..." and its "Reply:"
	 * (Ireland); a reply by a chairman named with his office between
	 * commas */
	read_item2("to-ask.txt", "2.1\tCllr. Sarah Reilly\nTo ask the "
	    "Municipal District Manager when the public lighting will be "
	    "upgraded.\nReply:\nThe project will upgrade all lights by "
	    "2025.\n\n2.2\tCllr. Eugene Cassidy\nTo ask the Engineer if a "
	    "speed survey will be done.\nReply:\nA survey will be carried out"
	    " in September.\n\nCouncillor D Harris asked the Chairman of the "
	    "Pension Fund Board whether the Fund held shares in coal. "
	    "Councillor S Barker, Chairman, responded that the Fund had sold "
	    "them all.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_ANSWER, 1) : NULL;
	ok(r != NULL && nth(g.r[1], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "s reilly") &&
	    streq(nth(g.r[1], SEC_QUESTION, 1)->speaker_key, "e cassidy") &&
	    starts(r->text, "A survey") &&
	    g.r[1]->sections[r->answers].speaker_key != NULL &&
	    streq(g.r[1]->sections[r->answers].speaker_key, "e cassidy") &&
	    nth(g.r[1], SEC_ANSWER, 2) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 2)->speaker_key, "s barker") &&
	    nth(g.r[1], SEC_QUESTION, 3) == NULL,
	    "minutes_should_read_to_ask_under_the_askers_name");
	got_free(&g);

	/* a notice of motion quoted, "Proposed by" and "Seconded by" a
	 * line each under it, the reply, then the vote (Ireland) */
	read_item2("nom-lines.txt", "\xe2\x80\x9cI am calling on the Council"
	    " to write to the Minister for Health about the Minor Injuries "
	    "Unit.\xe2\x80\x9d\nProposed by Cllr. A. Norton\nSeconded by "
	    "Cllr. Y. Meaney\nThe following reply was furnished by Leonard "
	    "Cleary, Director of Service:\n\xe2\x80\x9cThe provision of "
	    "hospital services is a matter for the HSE.\xe2\x80\x9d\n"
	    "Following discussion, the motion was agreed.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "I am calling on the Council") &&
	    !contains(r->text, "Proposed by") &&
	    streq(r->proposer, "Councillor A. Norton") &&
	    streq(r->seconder, "Councillor Y. Meaney") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_give_a_quoted_motion_the_movers_lines_under_it");
	got_free(&g);

	/* "The motion was accordingly carried and the Committee agreed:-"
	 * over its points (Scotland) */
	read_item2("carried-agreed.txt", "Councillor Speed, seconded by "
	    "Councillor Meechan, moved approval of the recommendations.\n\n"
	    "Councillor Wann, seconded by Councillor Fotheringham, moved as "
	    "an amendment that the consultation be deferred.\n\nOn a "
	    "division, there voted for the motion (9) and for the amendment "
	    "(4).\n\nThe motion was accordingly carried and the Committee "
	    "agreed:-\n\n(i) to approve a public consultation on a second "
	    "homes premium; and\n\n(ii) to note that the outcome would be "
	    "reported in December.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 3) : NULL;
	ok(r != NULL && starts(r->text, "to note that") &&
	    streq(r->outcome, "noted") &&
	    streq(r->proposer, "Councillor Speed") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "approved") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "lost"),
	    "minutes_should_read_the_points_the_carried_motion_agreed");
	got_free(&g);

	/* a notice of motion quoted, "The motion was proposed by X and
	 * seconded by Y." under it, then "... put to the vote and it was"
	 * / "UNANIMOUSLY RESOLVED that the motion be supported." */
	read_item2("proposed-under.txt", "Council was informed that the "
	    "following Notice of Motion had been submitted:\n\n\xe2\x80\x9c"
	    "This Council recognises the work of teaching assistants and "
	    "resolves to write to the Welsh Government.\xe2\x80\x9d\n\nThe "
	    "motion was proposed by Councillor Michelle James and seconded by"
	    " Councillor Hefin Jones. In moving the motion Councillor James "
	    "outlined the reasons for it.\n\nFollowing a debate, the motion "
	    "was put to the vote and it was\n\nUNANIMOUSLY RESOLVED that the "
	    "motion be supported.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "This Council recognises") &&
	    !contains(r->text, "proposed by") &&
	    streq(r->proposer, "Councillor Michelle James") &&
	    streq(r->seconder, "Councillor Hefin Jones") &&
	    !streq(r->outcome, "unknown") && !streq(r->outcome, "lost"),
	    "minutes_should_give_a_quoted_motion_the_movers_sentence_under_it");
	got_free(&g);

	/* New South Wales: the minute's number at the margin, the marker
	 * and the movers in columns, the decision or its points indented
	 * under them */
	read_item2("nsw-columns.txt", "3714     RESOLVED             "
	    "(Humphries/Green)\n\n                              That Council "
	    "receive and note the Investment Report.\n\n3715     RESOLVED    "
	    "         (Davis/Bradley)\n\n                              (a)    "
	    "That Council accept the tender from Hansen Yuncken.\n\n         "
	    "                     (b)    That the Chief Executive Officer be "
	    "delegated authority to execute the contract.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 2) : NULL;
	ok(r != NULL && starts(r->text, "That the Chief Executive") &&
	    streq(r->proposer, "Davis") && streq(r->seconder, "Bradley") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer, "Humphries") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "That Council accept")
	    && nth(g.r[1], SEC_RESOLUTION, 3) == NULL,
	    "minutes_should_read_a_numbered_resolved_and_its_movers_columns");
	got_free(&g);

	/* Scotland: movers of the recommendations over "The Committee
	 * agreed:-" and its points; a motion's seconder named as its mover
	 * speaks to it */
	read_item2("moved-approval.txt", "Councillor Stewart, seconded by "
	    "Councillor Braes, moved approval of the recommendations.\n\nThe"
	    " Committee agreed:-\n\n(i) to approve the funding agreement; and"
	    "\n\n(ii) to request an annual performance report.\n\nThere had "
	    "been circulated copies of a Motion by Councillor Robson in the "
	    "following terms:-\n\n\xe2\x80\x9cThat the Council reinstates "
	    "the public toilet provision.\xe2\x80\x9d\n\nCouncillor Robson "
	    "spoke in support of his Motion, which was seconded by Councillor"
	    " Small.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && starts(r->text, "to request") &&
	    streq(r->proposer, "Councillor Stewart") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Braes") && nth(g.r[1], SEC_RESOLUTION, 2) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->seconder,
	    "Councillor Small") && nth(g.r[1], SEC_RESOLUTION, 3) == NULL,
	    "minutes_should_give_points_the_movers_of_the_recommendations");
	got_free(&g);

	/* Ireland: the motion under its member's name, the written reply,
	 * then "On the proposal of X, seconded by Y, the motion was" /
	 * "adopted."; the next motion keeps none of those movers */
	read_item2("md-motions.txt", "2.1\tCllr. Michael Gallagher\n"
	    "\xe2\x80\x9cThat the Council provides a pedestrian crossing at "
	    "the National School.\xe2\x80\x9d\nReply:\nThe District will "
	    "carry out a pedestrian count in September.\nOn the proposal of "
	    "Cllr. Michael Gallagher, seconded by Cllr. Sarah Reilly, the "
	    "motion was\nadopted.\n\n2.2\tCllr. Eugene Cassidy\n\xe2\x80\x9c"
	    "That the District allocates funds to the Community Council for "
	    "the town park.\xe2\x80\x9d\nReply:\nThe allocation for 2024 is "
	    "fully committed.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && contains(r->text, "pedestrian crossing") &&
	    streq(r->proposer, "Councillor Michael Gallagher") &&
	    streq(r->seconder, "Councillor Sarah Reilly") &&
	    streq(r->outcome, "agreed") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_decide_the_motion_above_its_reply");
	got_free(&g);

	/* Scotland, single-spaced: a motion over its points, unseconded;
	 * its amendment; the vote on its own line, the amendment's count
	 * first */
	read_item2("on-a-vote.txt", "Councillor McCabe moved that the "
	    "Committee:\n(1) approve the resurfacing programme; and\n(2) "
	    "delegate authority to the Head of Physical Assets to make "
	    "changes.\nAs an amendment, Councillor Brooks moved that the "
	    "Committee continue consideration of the programme to the next "
	    "meeting.\nOn a vote, 4 Members voted for the amendment and 9 "
	    "Members for the motion,\nwhich was declared carried.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 2) : NULL;
	ok(r != NULL && streq(r->proposer, "Councillor Brooks") &&
	    streq(r->outcome, "lost") && !contains(r->text, "On a vote") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->proposer,
	    "Councillor McCabe") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 1)->text, "delegate"),
	    "minutes_should_read_a_vote_line_under_an_unseconded_motion");
	got_free(&g);

	/* New Zealand: the movers in brackets and the minute's number at
	 * the margin, the quoted decision a paragraph below */
	read_item2("minute-no.txt", "RESOLVED: (Mayor Barry/Cr Dyer)          "
	    "                    Minute No. C 24201\n\n\xe2\x80\x9cThat Council "
	    "accepts the apology from Cr Rasheed for absence.\xe2\x80\x9d", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "That Council accepts") &&
	    streq(r->proposer, "Mayor Barry") &&
	    streq(r->seconder, "Councillor Dyer") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_movers_before_a_minute_number");
	got_free(&g);

	/* Edmonton: the movers by initial and surname, untitled */
	read_item2("initials.txt", "Moved K. Tang - Seconded A. Paquette:\n\n"
	    "That the April 23, 2024, City Council meeting minutes be adopted."
	    "\n\nIn Favour (12): A. Sohi, T. Cartmell, A. Knack, and S. "
	    "Hamilton\n\nCarried (12 to 0)\n\nMoved Tang said the report was "
	    "late.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 0) : NULL;
	ok(r != NULL && starts(r->text, "That the April 23") &&
	    streq(r->proposer, "K. Tang") &&
	    streq(r->seconder, "A. Paquette") &&
	    streq(r->outcome, "approved") &&
	    nth(g.r[1], SEC_RESOLUTION, 1) == NULL,
	    "minutes_should_read_movers_named_by_initials");
	got_free(&g);

	/* headings in capitals and nothing numbered: "REPLY:" is a label,
	 * no item; "Q-1   QUESTION: Councillor X" asks (South Dublin) */
	{
		struct reader_opts qo;

		memset(&qo, 0, sizeof qo);
		txt = "SOUTH DUBLIN COUNTY COUNCIL\n\nMinutes of the Monthly "
		    "Meeting held on 9 September 2024\n\nCORRESPONDENCE\n\n"
		    "The correspondence was noted.\n\nQUESTIONS\n\nQ-1        "
		    "QUESTION: Councillor E. Murphy\n\n           \"To ask the "
		    "Chief Executive for an update on the North Stand?\"\n\n     "
		    "      REPLY:\n\n           The works will finish in 2025."
		    "\n\nQ-2        QUESTION: Councillor L. O'Toole\n\n          "
		    " \"To ask the Chief Executive how many homes are vacant?\"\n"
		    "\n           REPLY:\n\n           There are 23 vacant homes."
		    "\n\nMOTIONS\n\nThere were no motions.\n";
		read_buf("reply-caps.txt", txt, strlen(txt), &qo, &g);
		ok(g.n >= 2 && streq(g.r[g.n - 2]->title, "Questions") &&
		    nth(g.r[g.n - 2], SEC_QUESTION, 1) != NULL &&
		    streq(nth(g.r[g.n - 2], SEC_QUESTION, 1)->speaker_key,
		    "l otoole") && nth(g.r[g.n - 2], SEC_ANSWER, 1) != NULL &&
		    streq(g.r[g.n - 1]->title, "Motions"),
		    "minutes_should_read_reply_labels_under_capital_headings");
		got_free(&g);
	}

	/* Queensland: the movers on one line over points numbered "1   That
	 * ...", each a decision with them; "LOST" decides them all */
	read_item2("numbered-that.txt", "Moved Cr Tate                     "
	    "          Seconded Cr Vorster\n\n1   That Council notes the "
	    "response to the Games Venue Review.\n\n2   That the Mayor write "
	    "to the Premier about funding.\n\nMoved Cr O'Neill               "
	    "            Seconded Cr Marshall\n\n1   That the Chief Executive "
	    "commission a review of lifeguard services.\n\n2   That the "
	    "outcome be reported by February 2025.\n\nThe motion was LOST.",
	    &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && starts(r->text, "That the Mayor write") &&
	    streq(r->proposer, "Councillor Tate") &&
	    streq(r->seconder, "Councillor Vorster") &&
	    nth(g.r[1], SEC_RESOLUTION, 3) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->proposer,
	    "Councillor O'Neill") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 2)->outcome, "lost") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 3)->outcome, "lost") &&
	    !streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "minutes_should_read_numbered_points_under_a_movers_line");
	got_free(&g);

	/* "Moved by X, seconded by Y and carried:" over "RESOLVED:" and
	 * its points: the points take the movers, no empty decision */
	read_item2("and-carried.txt", "Moved by Councillor Dempster, seconded"
	    " by Councillor Singh Johal and carried:\n\nRESOLVED:\n      1) "
	    "that the mid-year position of the Housing Revenue Account be "
	    "noted;\n      2) that the changes to the capital programme be "
	    "approved.", &g);
	r = g.n == 3 ? nth(g.r[1], SEC_RESOLUTION, 1) : NULL;
	ok(r != NULL && starts(r->text, "that the changes") &&
	    streq(r->proposer, "Councillor Dempster") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Singh Johal") &&
	    starts(nth(g.r[1], SEC_RESOLUTION, 0)->text, "that the mid-year") &&
	    nth(g.r[1], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_give_the_points_under_resolved_the_carried_movers");
	got_free(&g);
}

/* ---- Cabinet decisions as ModernGov prints them ---- */

static void
test_decision_page(void)
{
	struct reader_opts o;
	struct got g;
	const struct rec_section *sec;
	const char *txt;

	memset(&o, 0, sizeof o);
	/* points under a point; the decision page's trailing fields */
	txt = "Agenda item\n\nLeisure Investment Phase 2\n\nDecision:\n\n"
	    "RESOLVED:\n\n1. That Phase 2 be approved.\n\n2. That the Director "
	    "of Place be authorised to:\n\na) award the main works "
	    "contract;\n\n"
	    "b) submit a bid to the Decarbonisation Scheme.\n\n3. That Council "
	    "be RECOMMENDED to amend the Capital Programme.\n\nReasons for "
	    "decision: The pool has reached the end of its life.\n\n"
	    "Publication date: 20/02/2025\n\nDate of decision: 18/02/2025\n\n"
	    "Effective from: 28/02/2025\n\nAccompanying Documents:\n\nCabinet "
	    "report PDF 654 KB\n";
	read_buf("decision.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 4) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 2)->text,
	    "award the main works contract;") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 4)->outcome, "recommended"),
	    "item_should_read_points_under_a_point");
	ok(g.n == 1 && g.r[0]->nsections > 0 &&
	    contains(g.r[0]->sections[g.r[0]->nsections - 1].text,
	    "end of its life") &&
	    !contains(g.r[0]->sections[g.r[0]->nsections - 1].text,
	    "Publication"),
	    "item_should_drop_a_decision_pages_trailing_fields");
	got_free(&g);

	/* a decision over the item's minutes: its points each a decision;
	 * to whom a recommendation goes is no decision */
	txt = "Agenda item\n\nHRA Business Plan\n\nDecision:\n\nRESOLVED - "
	    "That Cabinet:\n\n1.  Approves the HRA Business Plan.\n\n2.  "
	    "Notes that the plan will be reviewed annually.\n\nRECOMMENDED to "
	    "Council that:\n\n(a) the budget be set at \xc2\xa3" "12m.\n\n"
	    "Minutes:\n\nThe Cabinet Member introduced the report.\n";
	{
		struct got dg;
		size_t k, bare = 0;

		read_buf("decision-minutes.txt", txt, strlen(txt), &o, &dg);
		for (k = 0; dg.n == 1 && k < dg.r[0]->nsections; k++)
			bare += dg.r[0]->sections[k].type == SEC_RESOLUTION &&
			    (starts(dg.r[0]->sections[k].text, "RESOLVED") ||
			    starts(dg.r[0]->sections[k].text, "to Council"));
		ok(dg.n == 1 && count_type(dg.r[0], SEC_RESOLUTION) == 3 &&
		    bare == 0 && streq(nth(dg.r[0], SEC_RESOLUTION, 1)->outcome,
		    "noted") && streq(nth(dg.r[0], SEC_RESOLUTION, 2)->outcome,
		    "recommended"),
		    "item_should_read_each_decision_over_the_minutes");
		got_free(&dg);
	}

	/* a meeting page's "Decision:" under the documents' list and over
	 * the minute: each point a decision, the reasons kept */
	txt = "Minutes of the meeting of the Cabinet held on Tuesday, 5th "
	    "November, 2024\n\nPresent: Councillor A Abiodun (Chair)\n\n64."
	    "\n\nGarden Waste Charging PDF 188 KB\n\nTo consider the "
	    "recommendations of the Scrutiny Committee.\n\nAdditional "
	    "documents:Appendix A PDF 402 KB\n\nDecision:\n\nThat Cabinet:"
	    "\n\n(1)   accepts recommendation 1;\n\n(2)   does not accept "
	    "recommendation 2.\n\nReasons for decision: To respond within "
	    "two months.\n\nMinutes:\n\nCouncillor Abiodun presented the "
	    "recommendations.\n";
	read_buf("meeting-decision.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "refused") &&
	    contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "two months") &&
	    contains(g.r[0]->purpose, "Scrutiny Committee"),
	    "minutes_should_read_a_decision_under_the_documents_list");
	got_free(&g);

	/* a decision after a long opening clause */
	txt = "Agenda item\n\nSchool Organisation\n\nDecision:\n\nHaving "
	    "considered the objection report and the responses received "
	    "during the statutory notice period, RESOLVED that the proposal "
	    "be approved without modification.\n";
	read_buf("long-lead.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 0)->text, "that the proposal") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "item_should_read_a_decision_after_a_long_opening_clause");
	got_free(&g);

	/* a ModernGov page in two languages */
	txt = "Eitem agenda / Agenda item\n\nStrategaeth Priffyrdd / Highway "
	    "Strategy\n\nCyfarfod / Meeting: 05/03/2024 - Y Cabinet / Cabinet "
	    "(Eitem / Item 8.)\n\nCofnodion / Minutes:\n\nCouncillor Jones "
	    "asked about rural roads.\n\nPENDERFYNWYD / RESOLVED: To approve "
	    "the strategy.\n\nDogfennau ategol / Supporting documents:\n\n"
	    "Report PDF 120 KB\n";
	read_buf("cy.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->title,
	    "Strategaeth Priffyrdd / Highway Strategy") &&
	    streq(g.r[0]->item, "8") && streq(g.r[0]->date, "2024-03-05") &&
	    nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    !contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "PDF"),
	    "text_should_read_labels_in_two_languages");
	got_free(&g);

	/* the council and committee by their English names, the title in
	 * both; the trailer's label whole */
	txt = "Cyngor Sir Dyffryn / Dyffryn County Council\n\nEitem agenda / "
	    "Agenda item\n\nCynnig i gau Ysgol Erch / Proposal to close Erch "
	    "School\n\nCyfarfod / Meeting: 04/03/2024 - Is-Bwyllgor "
	    "Trwyddedu / Licensing Sub-Committee (Eitem / Item 5.)\n\n"
	    "Cofnodion / Minutes:\n\nThe Cabinet Member for Education, "
	    "Cynghorydd / Councillor Eirlys Prydderch, presented the report."
	    "\n\nDogfennau ategol / Supporting documents:\n\nReport PDF 120 "
	    "KB\n";
	read_buf("cy2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->council, "Dyffryn County Council") &&
	    streq(g.r[0]->committee, "Licensing Sub-Committee") &&
	    streq(g.r[0]->title, "Cynnig i gau Ysgol Erch / Proposal to close "
	    "Erch School") && g.r[0]->nsections > 1 &&
	    !contains(g.r[0]->sections[g.r[0]->nsections - 1].text,
	    "Dogfennau") && streq(g.r[0]->sections[g.r[0]->nsections -
	    1].speaker_key, "e prydderch"),
	    "text_should_name_council_and_committee_in_english");
	got_free(&g);
	txt = "<html><head><meta property=\"og:site_name\" content=\"Cyngor "
	    "Sir Dyffryn / Dyffryn County Council\"></head><body><h1>Agenda "
	    "item</h1><h2>Erch School</h2><p>Meeting: 04/03/2024 - Cabinet "
	    "(Item 5.)</p><h2>Minutes:</h2><p>The report was noted.</p>"
	    "</body></html>";
	read_buf("cy3.html", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->council, "Dyffryn County Council"),
	    "html_should_name_the_council_in_english");
	got_free(&g);

	/* the page's links under the title, in HTML and copied as text */
	txt = "<html><body><h1>Agenda item</h1><h2>Land at Mill Lane</h2><div "
	    "class=\"mgLinks\"><ul class=\"mgActionList\"><li><a href=\"x\">"
	    "Meeting of Planning Committee, Tuesday, 12th March, 2024 7.00 pm "
	    "(Item 45.)</a></li><li><a href=\"y\">View the background to item"
	    " 45.</a></li></ul></div><p>Meeting: 12/03/2024 - Planning "
	    "Committee (Item 45.)</p><p>Erection of 24 dwellings.</p><h2>"
	    "Minutes:</h2><p>The report was noted.</p></body></html>";
	read_buf("links.html", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->purpose, "Erection of 24 dwellings."),
	    "html_should_leave_an_item_pages_links_out_of_its_purpose");
	got_free(&g);
	txt = "Agenda item\n\nLand at Mill Lane\n\nMeeting of Planning "
	    "Committee, Tuesday, 12th March, 2024 7.00 pm (Item 45.)\n\nView "
	    "the background to item 45.\n\nMeeting: 12/03/2024 - Planning "
	    "Committee (Item 45.)\n\nErection of 24 dwellings.\n\nMinutes:\n\n"
	    "The report was noted.\n";
	read_buf("links.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->purpose, "Erection of 24 dwellings."),
	    "text_should_leave_an_item_pages_links_out_of_its_purpose");
	got_free(&g);
	/* a page copied from a browser: the PDF icon's words, its size
	 * wrapped, the links as a list's points */
	txt = "Agenda item\n\n31   Cycle Network Plan pdf icon PDF 412 KB\n\n"
	    "  * View the background to item 31.\n  * View the decision for "
	    "item 31.\n\nMeeting: 04/06/2024 - Executive (Item 31.)\n\nTo "
	    "approve the plan.\n\nMinutes:\n\nThe plan was approved.\n";
	read_buf("icon.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->title, "Cycle Network Plan") &&
	    streq(g.r[0]->purpose, "To approve the plan."),
	    "text_should_leave_a_pdf_icon_and_links_out_of_a_copied_page");
	got_free(&g);
	txt = "Agenda item\n\nLAND AT 12 MILL ROAD pdf icon PDF 1\nMB\n\n"
	    "Meeting: 04/06/2024 - Planning Panel (Item 8.)\n\nReport of the "
	    "Head of Planning.\n\nMinutes:\n\nThe report was noted.\n";
	read_buf("icon2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->title, "LAND AT 12 MILL ROAD") &&
	    streq(g.r[0]->purpose, "Report of the Head of Planning."),
	    "text_should_leave_a_wrapped_file_size_out_of_a_copied_page");
	got_free(&g);
	/* the older page's "Meeting: date - body (Item N.)" in its list of
	 * links */
	o.format = READER_HTML;
	txt = "<html><body><h1>Agenda item</h1><h2>Temporary Accommodation"
	    "</h2><ul class=\"mgActionList\"><li><a href=\"x\" title=\"Link "
	    "to meeting\">Meeting: 05/03/2024 - Overview and Scrutiny "
	    "Committee (Item 42.)</a></li></ul><h2>Minutes:</h2><p>The report "
	    "was noted.</p></body></html>";
	read_buf("oldlink.html", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->item, "42") &&
	    streq(g.r[0]->committee, "Overview and Scrutiny Committee") &&
	    streq(g.r[0]->date, "2024-03-05"),
	    "html_should_read_the_older_meeting_line_in_the_links");
	got_free(&g);
	o.format = READER_AUTO;

	/* a ModernGov decision page ("Decision details") */
	txt = "Decision details\n\nLocal Transport Plan 2025/26\n\nDecision "
	    "Maker: Cabinet\n\nDecision status: Recommendations Approved\n\n"
	    "Is Key decision?: Yes\n\nPurpose:\n\nTo approve the programme."
	    "\n\nDecision:\n\nRESOLVED - That Cabinet:\n\n(1) approves the "
	    "programme;\n\n(2) notes the allocation.\n\nReasons for the "
	    "decision:\n\nThe Council has a duty to maintain the network.\n\n"
	    "Publication date: 14/03/2025\n\nDate of decision: 13/03/2025\n";
	read_buf("decision-page.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->title, "Local Transport Plan 2025/26") &&
	    streq(g.r[0]->committee, "Cabinet") &&
	    streq(g.r[0]->date, "2025-03-13") &&
	    streq(g.r[0]->purpose, "To approve the programme.") &&
	    nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "noted"),
	    "text_should_read_a_decision_details_page");
	got_free(&g);

	/* "The Board, having considered ..., decided not to ..." */
	txt = "Agenda item\n\nCall-in: Westfield Recycling Centre\n\nMinutes:"
	    "\n\nThe Board, having considered the call-in, the evidence of the "
	    "Cabinet Member and the representations, decided not to refer the "
	    "decision back to Cabinet.\n";
	read_buf("clause.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_RESOLUTION, 0)->text, "not to refer"),
	    "minutes_should_read_a_body_deciding_after_a_clause");
	got_free(&g);

	/* a decision that first says what it weighed */
	txt = "Agenda item\n\nPremises Licence - The Crown\n\nMinutes:\n\nThe "
	    "Licensing Officer introduced the report.\n\nDecision:\n\nThe "
	    "Sub-Committee has carefully considered the application, the "
	    "representations and the statutory guidance.\n\nThe Sub-Committee "
	    "has decided to grant the licence subject to the following "
	    "conditions:\n\n1. The premises shall close at 23:00.\n\n2. CCTV "
	    "shall be installed.\n";
	read_buf("licence.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 1 ? nth(g.r[0], SEC_RESOLUTION, 0) : NULL;
	ok(sec != NULL && starts(sec->text, "The Sub-Committee has decided") &&
	    streq(sec->outcome, "approved") &&
	    nth(g.r[0], SEC_RESOLUTION, 2) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 2)->outcome, "approved") &&
	    nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
	    contains(nth(g.r[0], SEC_DISCUSSION, 1)->text,
	    "carefully considered"),
	    "item_should_leave_what_a_decision_weighed_out_of_it");
	got_free(&g);

	/* a motion's words before the decision are kept */
	txt = "Agenda item\n\nHome Care\n\nMinutes:\n\nCllr. Pemberton moved, "
	    "and Cllr. Oyelaran seconded, that the recommendations be "
	    "supported with a further recommendation (c).\n\nRESOLVED:\n\n(a) "
	    "the report be noted;\n\n(b) a further report be brought in June."
	    "\n";
	read_buf("motion-words.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "further "
	    "recommendation (c)") && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor Pemberton"),
	    "item_should_keep_a_motions_words_before_its_decision");
	got_free(&g);

	/* an asker after a minute's number and a dash; a recommendation
	 * to a cabinet member, its points under it */
	txt = "Agenda item\n\nMatters Arising\n\nMinutes:\n\nMinute 37 (Audit "
	    "Findings) - Mr Kieran Lusk, independent member, asked whether the"
	    " fee had been agreed. The Chief Finance Officer confirmed that it "
	    "had.\n\nRECOMMENDED to the Cabinet Member for Public Protection:"
	    "\n\n(a) that the policy be adopted.\n";
	read_buf("matters.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "k lusk") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL,
	    "item_should_find_an_asker_after_a_dash");
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 1) == NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->text,
	    "that the policy be adopted."),
	    "item_should_read_a_recommendation_to_a_cabinet_member");
	got_free(&g);

	/* officers answering, in small letters mid-sentence */
	txt = "Agenda item\n\nHousing\n\nMinutes:\n\nCouncillor D'Souza "
	    "queried the waiting list; officers advised that 63 people were "
	    "waiting.\n\nA Member queried the cost. In response, officers "
	    "confirmed that it was within budget.\n";
	read_buf("officers.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "officers") &&
	    nth(g.r[0], SEC_ANSWER, 1)->answers == 3,
	    "item_should_read_officers_answering_in_small_letters");
	got_free(&g);

	/* an office's later words are its named holder's */
	txt = "Agenda item\n\nBudget\n\nMinutes:\n\nThe Director of Finance, "
	    "Ms Rosalind Kettle, introduced the report.\n\nCouncillor Adams "
	    "asked about reserves. The Director of Finance stated that they "
	    "were adequate.\n\nThe Cabinet Member for Resources, Councillor "
	    "Rhodri Pugh, presented the plan. Councillor Adams asked about "
	    "costs. The Cabinet Member responded that they were known.\n";
	read_buf("holder.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "r kettle") &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->speaker_key, "r pugh"),
	    "item_should_give_an_offices_words_to_its_named_holder");
	got_free(&g);

	/* a member with an office or a seat asks; a bracket after an office;
	 * "to which officers responded"; a chief constable; a middle initial */
	txt = "Agenda item\n\nBudget\n\nMinutes:\n\nThe Leader, Councillor "
	    "Sarah Quinn, asked how the risk had been assessed. The "
	    "Director of "
	    "Finance explained that it had been modelled.\n\nMr Khalid "
	    "Mahmood, Independent Co-opted Member, queried the reserves. Mr "
	    "Simon Okafor, Director of Adult Social Services (DASS), replied "
	    "that they were prudent.\n\nA Member queried whether parents were "
	    "informed, to which officers responded that a letter was sent.\n\n"
	    "Councillor Jeff M Evans asked about patrols. Chief Constable "
	    "Catherine Roper said that patrols had increased.\n";
	read_buf("seats.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 3) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "s quinn") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "k mahmood") &&
	    streq(nth(g.r[0], SEC_QUESTION, 3)->speaker_key, "j m evans"),
	    "item_should_read_members_with_offices_or_seats_asking");
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 3) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 1)->role,
	    "Director of Adult Social Services (DASS)") &&
	    streq(nth(g.r[0], SEC_ANSWER, 2)->speaker_key, "officers") &&
	    streq(nth(g.r[0], SEC_ANSWER, 3)->speaker_key, "c roper"),
	    "item_should_read_more_answerers");
	got_free(&g);

	/* a title in two languages */
	txt = "Agenda item\n\nPolicing\n\nMinutes:\n\nCynghorydd / Councillor "
	    "Elin Harries asked about patrols. The Commissioner replied that "
	    "patrols had increased.\n";
	read_buf("cynghorydd.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "e harries") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL,
	    "item_should_read_a_title_in_two_languages");
	got_free(&g);

	/* "Q." and "A." with a dot */
	txt = "Agenda item\n\nPublic Questions\n\nMinutes:\n\nQ. Mr Smith "
	    "asked when the road would reopen.\n\nA. The Chairman replied that "
	    "the Town Council had objected.\n";
	read_buf("qdot.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "chair") &&
	    nth(g.r[0], SEC_ANSWER, 0)->answers == 1,
	    "item_should_read_an_answer_labelled_a_dot");
	got_free(&g);

	/* two clauses between the name and "asked"; "Rule 14.2" */
	txt = "Agenda item\n\nCall-in\n\nMinutes:\n\nCouncillor Peter Holt, "
	    "Leader of the Opposition, attending under Procedure Rule 26, "
	    "asked "
	    "whether the decision would be reviewed. Councillor Rahman, "
	    "Cabinet Member for Housing, responded that it would.\n\nCllr Moira"
	    " Kettering, attending under Procedure Rule 14.2, asked why costs "
	    "had risen.\n";
	read_buf("clauses.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "p holt") &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "m kettering") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL,
	    "item_should_read_askers_past_two_clauses");
	got_free(&g);

	/* a marker under a marker; a lead-in under "RESOLVED" alone */
	txt = "Agenda item\n\nLeisure\n\nDecision:\n\nRESOLVED - That Cabinet:"
	    "\n\n(a) approves the scheme;\n(b) notes the risks.\n\nRESOLVED\n\n"
	    "That the Committee:\n\n(a) receives the report;\n(b) approves the "
	    "plan.\n";
	read_buf("markers.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 3) != NULL &&
	    nth(g.r[0], SEC_RESOLUTION, 4) == NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->text, "approves the scheme;")
	    && streq(nth(g.r[0], SEC_RESOLUTION, 2)->text,
	    "receives the report;"),
	    "item_should_leave_lead_ins_out_under_a_marker");
	got_free(&g);

	/* "Response by the Cabinet Member ..." as a paragraph of its own */
	txt = "Agenda item\n\nQuestions\n\nMinutes:\n\nQuestion from "
	    "Councillor Adams to the Cabinet Member for Highways:\n\n\"When "
	    "will the road be fixed?\"\n\nResponse by the Cabinet Member for "
	    "Highways\n\n\"In June.\"\n";
	read_buf("response-by.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker,
	    "Cabinet Member for Highways") &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->text, "In June"),
	    "item_should_read_a_response_by_label_as_a_paragraph");
	got_free(&g);

	/* "notes" as a point's verb; points "subject to:" a grant */
	txt = "Agenda item\n\nPlan\n\nMinutes:\n\nRESOLVED: That the "
	    "Committee:\n\n(a) notes the report;\n(b) approves the plan.\n\n"
	    "RESOLVED: That planning permission be GRANTED subject "
	    "to:\n\n(a) a "
	    "Section 106 agreement;\n(b) the conditions in the report.\n";
	read_buf("notes.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_RESOLUTION, 4) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "noted") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 3)->outcome, "approved") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 4)->outcome, "approved"),
	    "item_should_read_notes_and_points_subject_to_a_grant");
	got_free(&g);

	/* a panel's members asking */
	txt = "Agenda item\n\nPrecept\n\nMinutes:\n\nPanel Members asked about "
	    "the reserves. The Commissioner said that they were prudent.\n\nA "
	    "Panel Member questioned the overtime budget. The Chief Finance "
	    "Officer explained that it was capped.\n";
	read_buf("panel.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "member") &&
	    nth(g.r[0], SEC_ANSWER, 1) != NULL &&
	    nth(g.r[0], SEC_ANSWER, 1)->answers == 3,
	    "item_should_read_a_panels_members_asking");
	got_free(&g);

	/* an untitled answerer after the question's clause */
	txt = "Agenda item\n\nDischarges\n\nMinutes:\n\nIn response to a "
	    "question from Councillor Penny Carr-Ellison about delayed "
	    "discharges, Joanne Pettifer advised that the figures had improved."
	    "\n";
	read_buf("untitled.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "j pettifer") &&
	    nth(g.r[0], SEC_ANSWER, 0)->answers == 1,
	    "item_should_read_an_untitled_answerer_after_the_question");
	got_free(&g);

	/* a question on notice: the asker above "Question:", the office in
	 * brackets after "Response:" */
	txt = "Minutes of the Ordinary Council Meeting held on 19 February "
	    "2025\n\nPresent: Cr A Tupou\n\n5. Apologies\n\nNil.\n\n6. "
	    "Questions on Notice\n\nCr Raelene Tupou - Footpath renewal\n\n"
	    "Question: When is the footpath renewal scheduled?\n\nResponse: "
	    "(Director Infrastructure) The section is in the 2025/26 program."
	    "\n\n7. Close\n\nThe meeting closed.\n";
	read_buf("qon.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 3 ? nth(g.r[1], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->role, "Director Infrastructure") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    contains(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "tupou") &&
	    starts(nth(g.r[1], SEC_QUESTION, 0)->text, "When is"),
	    "minutes_should_read_a_question_on_notice");
	got_free(&g);

	/* a lettered application under a numbered item */
	txt = "KELSFORD DISTRICT COUNCIL\n\nMinutes of the meeting of the "
	    "Planning Committee held on 5 March 2024\n\nPresent: Councillor A "
	    "Jones\n\n4. Apologies\n\nNone.\n\n5. Planning Applications\n\n5a  "
	    "   24/01873/FUL - LAND NORTH OF MILL LANE\n\nRESOLVED: That "
	    "permission be REFUSED.\n\n5b     24/02011/HOU - 7 THE PADDOCKS\n\n"
	    "RESOLVED: That permission be GRANTED.\n\n6. Close\n\nThe meeting "
	    "closed.\n";
	read_buf("5a.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && streq(g.r[2]->item, "5a") &&
	    starts(g.r[2]->title, "24/01873/FUL") &&
	    streq(g.r[3]->item, "5b"),
	    "minutes_should_split_lettered_applications");
	got_free(&g);

	/* applications lettered or numbered in brackets under an item,
	 * a title wrapped on to a second line */
	txt = "Minutes of the meeting of the Planning Committee held on 18 "
	    "December 2023\n\nPresent: Councillor A Jones\n\nPC.47/23  MINUTES"
	    "\n\nThe minutes were approved.\n\nPC.48/23  PLANNING APPLICATIONS"
	    "\n\n(a)  23/0771/FUL \xe2\x80\x93 Erection of a dwelling \xe2\x80"
	    "\x93 Land adjacent to\n     Honeysuckle Cottage, Wash Lane \xe2"
	    "\x80\x93 Mr G. Lomax\n\nThe officer presented the report.\n\n"
	    "RESOLVED: That permission be REFUSED.\n\n(b)  23/0804/FUL "
	    "\xe2\x80\x93 Change of use to a paddock\n\nRESOLVED: That "
	    "permission be GRANTED.\n\nPC.49/23  CLOSE\n\nThe meeting closed."
	    "\n";
	read_buf("pa.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && streq(g.r[2]->item, "PC.48/23.a") &&
	    contains(g.r[2]->title, "Honeysuckle Cottage, Wash Lane") &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->outcome, "refused") &&
	    streq(g.r[3]->item, "PC.48/23.b") &&
	    nth(g.r[3], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[3], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "minutes_should_split_applications_lettered_in_brackets");
	got_free(&g);
	txt = "Minutes of the meeting of the Planning Committee held on 18 "
	    "December 2023\n\nPresent: Councillor A Jones\n\n1. Apologies\n\n"
	    "None.\n\n2. Planning Applications\n\n(1)  23/0771/FUL - Land at "
	    "Wash Lane\n\nRESOLVED: That permission be REFUSED.\n\n(2)  "
	    "23/0804/FUL - Field OS 4432\n\nRESOLVED: That permission be "
	    "GRANTED.\n\n3. Close\n\nThe meeting closed.\n";
	read_buf("pn.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && streq(g.r[2]->item, "2.1") &&
	    starts(g.r[2]->title, "23/0771/FUL") &&
	    streq(g.r[3]->item, "2.2"),
	    "minutes_should_split_applications_numbered_in_brackets");
	got_free(&g);
	/* an application's title cut mid-phrase, going on to a stop on the
	 * next line, its comment after it */
	txt = "Minutes of the meeting of the Community Council held on 4 "
	    "September 2024\n\nPresent: Ms A Jones\n\n6. "
	    "Minutes\n\nApproved.\n\n7. Planning\n(a) 24/01533/PP - Erection "
	    "of 4 lodges, land north east of\nTighnacraig, Glenaray.\nMembers "
	    "discussed the application.\n(b) 24/01602/PP - Replacement "
	    "dwellinghouse, Ardchonnel Cottage."
	    "\nNo objection.\n\n8. Close\n\nThe meeting closed.\n";
	read_buf("cc-apps.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && streq(g.r[2]->item, "7.a") &&
	    streq(g.r[2]->title, "24/01533/PP - Erection of 4 lodges, land "
	    "north east of Tighnacraig, Glenaray") &&
	    nth(g.r[2], SEC_DISCUSSION, 0) != NULL &&
	    starts(nth(g.r[2], SEC_DISCUSSION, 0)->text, "Members discussed"),
	    "minutes_should_join_an_applications_title_cut_mid_phrase");
	got_free(&g);
	/* a minute's number, a wide gap, an application's reference; its
	 * title on two lines in capitals */
	txt = "Minutes of the meeting of the Area Planning Committee held on "
	    "5 March 2024\n\nPresent: Councillor A Jones\n\n60     "
	    "APOLOGIES\n\nNone.\n\n62     MINUTES\n\nThe minutes were "
	    "approved.\n\n63     23/02977/FUL - LAND NORTH OF WHINFELL ROAD - "
	    "ERECTION OF 38 DWELLINGS\n       WITH ASSOCIATED ACCESS\n\nThe "
	    "officer presented the report.\n\nRESOLVED: That permission be "
	    "REFUSED.\n\n64     "
	    "APPEAL DECISIONS\n\nThe appeals were noted.\n";
	read_buf("gap.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && streq(g.r[2]->item, "63") &&
	    starts(g.r[2]->title, "23/02977/FUL") &&
	    nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(g.r[3]->item, "64"),
	    "minutes_should_read_a_reference_after_a_wide_gap_as_a_title");
	got_free(&g);
	/* Glasgow: the side heading, a blank line, then "3  There was
	 * submitted ..."; the minutes "submitted and approved" */
	txt = "GLASGOW CITY COUNCIL\n\nCity Administration Committee\n\n"
	    "Minutes of meeting held on Thursday, 15th February 2024.\n\n"
	    "Present: Councillor Susan Aitken (Chair).\n\nMinutes of previous "
	    "meeting approved.\n\n2  There were submitted and approved the "
	    "minutes of 1st February 2024.\n\nGlasgow Life - Service Level "
	    "Agreement - Report.\n\n3  There was submitted a report by the "
	    "Executive Director of Finance regarding the\nrevised agreement."
	    "\n\nAfter consideration, the committee approved the agreement."
	    "\n";
	read_buf("glasgow.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[1]->title, "Glasgow Life - Service Level "
	    "Agreement - Report") && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "approved") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL,
	    "minutes_should_read_side_headings_a_blank_line_over_articles");
	got_free(&g);
	/* items a template left out: 6, then 10 */
	txt = "SHIRE OF WANDERRIN\n\nMINUTES OF THE ORDINARY COUNCIL "
	    "MEETING HELD ON 21 AUGUST 2024\n\n1.  DECLARATION OF OPENING"
	    "\n\nThe President opened the meeting at 5.00 pm.\n\n2.  "
	    "RECORD OF ATTENDANCE\n\nCr J Moir, Cr P Lane.\n\n3.  PUBLIC "
	    "QUESTION TIME\n\nNil.\n\n4.  CONFIRMATION OF MINUTES\n\nThe "
	    "minutes were confirmed.\n\n5.  ANNOUNCEMENTS\n\nNil.\n\n6.  "
	    "DECLARATIONS OF INTEREST\n\nNil.\n\n10.  REPORTS OF OFFICERS"
	    "\n\nThe reports were received.\n\n11.  CLOSURE\n\nThe meeting "
	    "closed at 6.10 pm.\n";
	read_buf("wide-gap.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 8 && streq(g.r[0]->item, "1") && streq(g.r[5]->item, "6") &&
	    streq(g.r[6]->item, "10") &&
	    starts(g.r[6]->title, "Reports of Officers"),
	    "minutes_should_read_items_a_template_left_out");
	got_free(&g);
	/* the date alone on its line under the committee */
	txt = "HAVERLEIGH METROPOLITAN BOROUGH COUNCIL\nAUDIT AND RISK "
	    "COMMITTEE\n28\xc2\xa0November\xc2\xa0" "2024\n\nPresent: "
	    "Councillor A Jones\n\n29\nApologies\n\nNone.\n\n30\nWork "
	    "Programme\n\nThe work programme was noted.\n";
	read_buf("dateline.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->item, "29") &&
	    streq(g.r[0]->date, "2024-11-28") &&
	    streq(g.r[1]->committee, "Audit and Risk Committee"),
	    "minutes_should_read_a_date_alone_as_the_date_not_an_item");
	got_free(&g);
	/* a district named for two places, in title case, after "Minutes
	 * of ..." */
	txt = "TULLAGH COUNTY COUNCIL\n\nMinutes of Monthly Meeting of the "
	    "Municipal District of Cloonfad \xe2\x80\x93 Ardnagreve\nheld in "
	    "the Civic Offices on Monday 12th February 2024 at 3.00 "
	    "p.m.\n\nPresent: Councillor A Jones\n\n1. Minutes\n\nThe minutes "
	    "were "
	    "approved.\n\n2. Roads\n\nThe report was noted.\n";
	read_buf("md-dash.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->committee,
	    "Municipal District of Cloonfad - Ardnagreve"),
	    "minutes_should_keep_a_district_of_two_places_in_title_case");
	got_free(&g);
	/* "21.7 RECOMMENDED to Council:": a numbered paragraph of the
	 * minute, no sub-item */
	txt = "Minutes of the meeting of the Standards Committee held on 17 "
	    "April 2024\n\nPresent: Councillor A Jones\n\n20. Minutes\n\nThe "
	    "minutes were approved.\n\n21. Code of Conduct\n\n21.1 The "
	    "Monitoring Officer presented the report.\n\n21.7 RECOMMENDED to "
	    "Council:\n\n(a) That the revised Code be adopted.\n\n(b) That the "
	    "threshold be \xc2\xa3" "50.\n\n22. Close\n\nThe meeting closed.\n";
	read_buf("recpara.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "21") &&
	    count_type(g.r[1], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 1)->outcome, "recommended"),
	    "minutes_should_read_a_numbered_recommendation_as_no_sub_item");
	got_free(&g);
	/* a cabinet member's office in the attendance list's next column */
	txt = "MINUTES of the meeting of the Council held on Wednesday 28 "
	    "February 2024\n\nPresent:\n\nCouncillor Paul Adair\nCouncillor "
	    "Shirin Begum           (Cabinet Member for Children and "
	    "Education)\n\n1    Apologies\n\nNone.\n\n2    Questions\n\n"
	    "Councillor Adair asked if residents would be consulted.\n\n"
	    "Councillor Begum confirmed there would be a consultation.\n";
	read_buf("column-office.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->role,
	    "Cabinet Member for Children and Education"),
	    "minutes_should_read_a_cabinet_office_in_a_column");
	got_free(&g);
}

/* ---- JSON Lines ---- */

/* Lists after a decision, as Word and web pages write them. */
static void
test_lists(void)
{
	struct reader_opts o;
	struct got g;
	const struct rec_section *sec;
	const char *txt;

	memset(&o, 0, sizeof o);

	/* Word's list labels inside downlevel conditionals */
	txt = "<html><body><h1>Minutes of the meeting of the Council held on "
	    "15 January 2024</h1><h2>5. Budget</h2><p><b>RESOLVED:</b></p>"
	    "<p class=MsoListParagraph><![if !supportLists]><span style='mso-"
	    "list:Ignore'>a)<span>&nbsp;&nbsp; </span></span><![endif]>That "
	    "the budget be adopted.</p><p class=MsoListParagraph><![if "
	    "!supportLists]><span style='mso-list:Ignore'>b)<span>&nbsp; "
	    "</span></span><![endif]>That a precept be requested.</p>"
	    "<p>Proposed: Cllr Dunn  Seconded: Cllr Fenwick  Carried 5-2</p>"
	    "<h2>6. Close</h2><p>The meeting closed.</p></body></html>";
	read_buf("word.htm", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_RESOLUTION, 1) : NULL;
	ok(sec != NULL && starts(nth(g.r[0], SEC_RESOLUTION, 0)->text,
	    "That the budget") && starts(sec->text, "That a precept") &&
	    !contains(sec->text, "supportLists"),
	    "html_should_drop_words_downlevel_conditionals");
	ok(sec != NULL && streq(sec->proposer, "Councillor Dunn") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor Fenwick") && nth(g.r[0], SEC_RESOLUTION, 2) == NULL,
	    "minutes_should_give_movers_and_vote_under_points_to_them_all");
	got_free(&g);

	/* an HTML list under a decision ending in a colon */
	txt = "<html><body><h1>Minutes of the meeting of the Planning "
	    "Committee held on 3 March 2025</h1><h3>6. Land at Mill Lane</h3>"
	    "<p>RESOLVED - That the application be refused for the following "
	    "reasons:</p><ol><li>The site is safeguarded land.</li><li>Harm "
	    "to the character of the area.</li></ol><h3>7. Close</h3><p>The "
	    "meeting closed.</p></body></html>";
	read_buf("ol.html", txt, strlen(txt), &o, &g);
	sec = g.n == 2 ? nth(g.r[0], SEC_RESOLUTION, 2) : NULL;
	ok(sec != NULL && starts(sec->text, "Harm to the character") &&
	    streq(sec->outcome, "refused") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL,
	    "html_should_read_a_list_under_a_decision_as_its_points");
	got_free(&g);

	/* Google Docs: each heading a list of its own, numbered by start */
	txt = "<html><body><p><span>VILLAGE OF NORTH ALDER</span></p><p>"
	    "<span>BOARD OF TRUSTEES - REGULAR MEETING MINUTES</span></p><p>"
	    "<span>Monday, June 10, 2024</span></p><ol start=\"1\"><li><span>"
	    "Call to Order</span></li></ol><p>The President called the "
	    "meeting to order at 7:01 p.m.</p><ol start=\"2\"><li><span>"
	    "Public Comment</span></li></ol><p>Resident Ada Mensah spoke in "
	    "favor of extending pool hours.</p><ol start=\"3\"><li>Adjournment"
	    "</li></ol><p>The meeting adjourned at 8:40 p.m.</p></body></html>";
	read_buf("gdocs.html", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[1]->item, "2") &&
	    streq(g.r[1]->title, "Public Comment") &&
	    streq(g.r[2]->title, "Adjournment"),
	    "html_should_number_list_items_from_their_lists_start");
	ok(g.n == 3 && streq(g.r[1]->committee, "Board of Trustees"),
	    "minutes_should_read_the_body_before_a_dash_and_meeting_words");
	got_free(&g);

	/* ModernGov: a title linked to the issue's history is the title;
	 * the issue's link under it is no text */
	txt = "<html><body><div id=\"modgov\"><h1>Minutes</h1><p>Cabinet - "
	    "Tuesday, 12th March, 2024 7.00 pm</p><p>Present: Councillor A "
	    "Smith</p><table><tr><td class=\"mgItemNumberCell\"><p class=\""
	    "mgAiTitleTxt\">CAB.104</p></td><td><p class=\"mgAiTitleTxt\"><a "
	    "class=\"mgAiTitleLnk\" href=\"mgIssueHistoryHome.aspx?IId=5\">"
	    "Housing Revenue Account Business Plan</a> <span class=\""
	    "mgFileSize\">PDF 510 KB</span></p><p class=\"mgSubItemTitleTxt\""
	    ">Minutes:</p><p>Cabinet noted the plan.</p><p><a href=\""
	    "mgIssueHistoryHome.aspx?IId=5\">Issue details</a></p></td></tr>"
	    "<tr><td class=\"mgItemNumberCell\"><p class=\"mgAiTitleTxt\">"
	    "CAB.105</p></td><td><p class=\"mgAiTitleTxt\">Close</p><p class="
	    "\"mgSubItemTitleTxt\">Minutes:</p><p>The meeting closed.</p></td>"
	    "</tr></table></div></body></html>";
	read_buf("mgissue.html", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->title,
	    "Housing Revenue Account Business Plan") &&
	    !contains(g.r[0]->sections[g.r[0]->nsections - 1].text,
	    "Issue details"),
	    "html_should_keep_a_title_linked_to_its_issue");
	got_free(&g);

	/* minutes whose items are headings without numbers */
	txt = "<html><body><div id=\"modgov\"><h1>Minutes</h1><h2>Strategic "
	    "Policy Committee</h2><p>Friday, 21st June, 2024</p><p><strong>"
	    "MEETING OF THE STRATEGIC POLICY COMMITTEE</strong></p><table><tr>"
	    "<td>Members present:</td><td>Councillor Black (Chairperson)</td>"
	    "</tr></table><h3>Apologies</h3><p>Apologies were reported from "
	    "Councillor Smyth.</p><h3>Governance</h3><h4>Request for the use of"
	    " the City Hall</h4><p>The Committee approved the request.</p><h4>"
	    "Finance Update</h4><p>The Committee noted the update.</p></div>"
	    "</body></html>";
	read_buf("unnumbered.html", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title, "Apologies") &&
	    streq(g.r[1]->title, "Request for the use of the City Hall") &&
	    streq(g.r[2]->title, "Finance Update") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL,
	    "html_should_split_minutes_at_headings_without_numbers");
	got_free(&g);

	/* the meeting named among the item's links */
	txt = "<html><head><title>Agenda item - Questions - Strathkelvin "
	    "Council</title></head><body><div id=\"modgov\"><h1 class=\""
	    "mgMainTitleTxt\">Agenda item</h1><h2 class=\"mgSubTitleTxt\">"
	    "Questions by Elected Members</h2><ul class=\"mgActionList\"><li>"
	    "Meeting of <a href=\"ieListDocuments.aspx?MId=4402\">Council, "
	    "Thursday, 25th January, 2024 9.30 am</a> (Item 4.)</li><li><a "
	    "href=\"mgIssueHistoryHome.aspx?IId=5\">View the background to "
	    "item 4.</a></li></ul><h2>Minutes:</h2><p>Councillor Bryce asked "
	    "about the budget gap.</p></div></body></html>";
	read_buf("meetingof.html", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->item, "4") &&
	    streq(g.r[0]->committee, "Council") &&
	    streq(g.r[0]->date, "2024-01-25") &&
	    !contains(g.r[0]->sections[0].text, "background"),
	    "html_should_read_the_meeting_among_the_items_links");
	got_free(&g);

	/* a minute book: one meeting's minutes after another's */
	txt = "Harrowfield Borough Council\n\nCabinet\n\nMinutes of a "
	    "meeting of the Cabinet held on Monday, 4 March 2024.\n\n"
	    "Present: Councillor Okafor (Chair)\n\n1. Forward Plan\n\nThe "
	    "Cabinet noted that the plan was current.\n\nThe meeting ended "
	    "at 7.05 pm.\n\nCHAIR\n\nHarrowfield Borough Council\n\n"
	    "Audit Committee\n\nMinutes of a meeting of the Audit Committee "
	    "held on Wednesday, 10 April 2024.\n\nPresent: Councillor "
	    "Mowbray (Chair)\n\n1. Apologies\n\nNone.\n\n2. Audit Plan\n\n"
	    "Resolved: That the plan be noted.\n";
	read_buf("book.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->date, "2024-03-04") &&
	    streq(g.r[1]->committee, "Audit Committee") &&
	    streq(g.r[2]->date, "2024-04-10") &&
	    streq(g.r[2]->title, "Audit Plan") &&
	    !contains(g.r[0]->sections[g.r[0]->nsections - 1].text,
	    "Mowbray"),
	    "minutes_should_read_each_meeting_of_a_minute_book");
	got_free(&g);

	/* the roll taken in an item tells who is who */
	txt = "CITY OF MIRAVALLE\nCITY COUNCIL REGULAR MEETING\nMINUTES\n"
	    "Tuesday, March 19, 2024\n\n1. CALL TO ORDER\nMayor Delgado "
	    "called the meeting to order at 6:02 p.m.\n\n2. ROLL CALL\n"
	    "Present: Mayor Teresa Delgado, Councilmembers Linda Marsh and "
	    "Raymond Whitcomb\nStaff Present: City Manager Gordon Fairley\n\n"
	    "3. BUDGET\nCouncilmember Marsh asked whether fees would rise. "
	    "City Manager Fairley stated that they would not.\n";
	read_buf("rollcall.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 3 ? nth(g.r[2], SEC_ANSWER, 0) : NULL;
	ok(sec != NULL && streq(sec->speaker_key, "g fairley") &&
	    streq(nth(g.r[2], SEC_QUESTION, 0)->speaker_key, "l marsh") &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "t delgado"),
	    "minutes_should_know_members_from_the_roll_call_item");
	got_free(&g);

	/* "Leask", "task": no asking in them */
	txt = "MINUTES of the meeting of Glen Community Council held on 4 "
	    "March 2024\n\nPresent: Cllr A Leask, Cllr B Task\n\n1. Reports"
	    "\n\nCllr Leask reported on the budget.\n\nCllr Task reported "
	    "on the significant task ahead.\n";
	read_buf("ask.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_QUESTION) == 0 &&
	    count_type(g.r[0], SEC_DISCUSSION) == 2,
	    "sections_should_find_asking_at_a_words_start_only");
	got_free(&g);

	/* "2024/31": the year in four digits, then the minute */
	txt = "LLANFAIR TOWN COUNCIL\n\nMinutes of the meeting of the Town "
	    "Council held on 4 March 2024\n\nPresent: Cllr A Jones (Chair)\n"
	    "\n2024/31  APOLOGIES\n\nApologies were received from Cllr Price."
	    "\n\n2024/32  CORRESPONDENCE\n\n1. Letter from the police.\n2. "
	    "Letter from the county.\n\n2024/33  FINANCE\n\nPayments were "
	    "approved.\n";
	read_buf("y4.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->item, "2024/31") &&
	    streq(g.r[1]->title, "Correspondence") &&
	    streq(g.r[2]->item, "2024/33"),
	    "minutes_should_read_minutes_numbered_after_a_four_digit_year");
	got_free(&g);

	/* sub-items: an application's reference, a consent item's letter */
	txt = "MINUTES of the meeting of the Planning Committee held on 4 "
	    "March 2024\n\nPresent: Cllr A Jones (Chair)\n\n5.  PLANNING "
	    "APPLICATIONS\n\n5.1  23/0987/OUT - Outline application for up to "
	    "45 dwellings, Land at Pen y Bryn\n\nRESOLVED: That permission be "
	    "granted.\n\n5.2  23/1144/FUL - Change of use of barn, Ty Newydd"
	    "\n\nCllr Evans asked about access. The Planning Officer said that "
	    "access was adequate.\n\n6.  CONSENT ITEMS\n\n6.A  Approval of "
	    "Minutes - Regular Meeting of March 5, 2024\n     Approved as "
	    "submitted.\n6.B  Warrant Register for February 2024\n     "
	    "Received and filed.\n\n7.  CLOSE\n\nThe meeting closed.\n";
	read_buf("subs.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 7 && streq(g.r[1]->item, "5.1") &&
	    starts(g.r[2]->title, "23/1144/FUL") &&
	    nth(g.r[2], SEC_QUESTION, 0) != NULL &&
	    streq(g.r[4]->item, "6.A") && streq(g.r[5]->title,
	    "Warrant Register for February 2024"),
	    "minutes_should_split_application_and_lettered_sub_items");
	ok(g.n == 7 && nth(g.r[4], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[4], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "sections_should_read_a_consent_items_action_line");
	got_free(&g);

	/* points under "That Council:", then the next item in capitals */
	txt = "Warrangi Shire Council\nMinutes of the Ordinary Meeting of "
	    "Council held on 23 April 2024\n\n1. APOLOGIES\n\nNil.\n\n2. "
	    "DRAFT OPERATIONAL PLAN\n\nRESOLVED\n\nThat Council:\n\n1. "
	    "Endorse the draft plan for public exhibition.\n\n2. Receive a "
	    "further report.\n\n3. INVESTMENT REPORT\n\nThe report was "
	    "noted.\n\n4. CLOSE\n\nClosed.\n";
	read_buf("points.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && streq(g.r[2]->title, "Investment Report") &&
	    count_type(g.r[1], SEC_RESOLUTION) == 2,
	    "minutes_should_end_points_at_a_title_in_capitals");
	got_free(&g);

	/* movers as New South Wales and New Zealand print them */
	txt = "Warrangi Shire Council\nMinutes of the Ordinary Meeting of "
	    "Council held on 23 April 2024\n\n1. MINUTES\n\nRESOLVED "
	    "(Benning/Whitely)\n\nThat the minutes be confirmed.\n\n2. "
	    "DONATION\n\nMotion: (Raman/Osei)\n\nThat Council donate $500."
	    "\n\nCARRIED\n\n3. REPORT\n\nECC3/24 Resolution\n\nThat the "
	    "Committee receives the report.\n\n*Aranui/Hunt*\nCARRIED\n\n"
	    "4. BOARD\n\nCommunity Board Resolved WOCB/2024/00011\n\nThat the "
	    "apology be accepted.\n";
	read_buf("nsw.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Benning") && streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder,
	    "Osei") && nth(g.r[2], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 0)->proposer, "Aranui") &&
	    nth(g.r[3], SEC_RESOLUTION, 0) != NULL,
	    "sections_should_read_movers_and_numbers_as_nsw_and_nz_print_them");
	got_free(&g);

	/* a motion and its amendment, each with movers in brackets; the
	 * amendment lost and the motion carried */
	txt = "Warrangi Shire Council\nMinutes of the Ordinary Meeting of "
	    "Council held on 23 April 2024\n\n8. DEVELOPMENT\n\nMOTION "
	    "(Thorncroft/O'Dea)\n\nThat Council approve the application.\n\n"
	    "AMENDMENT (Leggatt/Pillai)\n\nThat consideration be deferred.\n\n"
	    "The amendment was put and declared LOST.\n\nThe motion was put "
	    "and declared CARRIED.\n\n9. CLOSE\n\nSeconded: Councillor "
	    "Dunmore   (Unanimous)\n";
	read_buf("nswamend.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    !streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->proposer, "Leggatt") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->outcome, "lost") &&
	    !speaker_named(g.r[1], "Councillor Dunmore (Unanimous)"),
	    "sections_should_read_an_amendments_movers_in_brackets");
	got_free(&g);

	/* a member or the chair replying in the question's paragraph */
	txt = "MINUTES of the meeting of Glen Town Council held on 4 March "
	    "2024\n\nPresent: Cllr A Purslow (Chair), Cllr B Wrenfield\n\n"
	    "1. Public questions\n\nMr Thornhill asked whether the hall had "
	    "step-free access. Councillor Purslow confirmed that it would.\n\n"
	    "Cr Wrenfield asked when the library would reopen. The Mayor "
	    "advised that it would reopen in May.\n\nA resident asked about "
	    "the footpath. The Chairman said this would be considered under "
	    "item 5.\n\nCouncillor Wrenfield asked about the budget. "
	    "Councillor Purslow added that she supported the motion.\n";
	read_buf("replies.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_ANSWER) == 3 &&
	    nth(g.r[0], SEC_ANSWER, 1)->answers >= 0 &&
	    nth(g.r[0], SEC_DISCUSSION, 0) != NULL &&
	    contains(nth(g.r[0], SEC_DISCUSSION, 0)->text, "supported"),
	    "sections_should_take_a_reply_in_the_questions_paragraph");
	got_free(&g);

	/* numbered paragraphs a line each, no blank line between */
	txt = "MINUTES of the meeting of the Board held on 4 March 2024\n\n"
	    "Present: Mr A Smith (Chair), Ms C Jones\n\n48. Budget\n\n48.1   "
	    "The Director of Finance presented the report.\n48.2   Ms Jones "
	    "asked how the savings would be made. The Director of Finance said"
	    " that a plan was in place.\n48.3   The Committee RESOLVED to:\n"
	    "(a) note the report;\n(b) approve the plan.\n\n49. Close\n\nThe "
	    "meeting closed.\n";
	read_buf("paras.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    starts(nth(g.r[0], SEC_QUESTION, 0)->text, "Ms Jones asked") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    count_type(g.r[0], SEC_RESOLUTION) == 2,
	    "sections_should_start_a_numbered_paragraph_at_its_line");
	got_free(&g);
	/* a numbered topic and who reports on it, a line each */
	txt = "MINUTES of the meeting of the Board held on 4 March 2024\n\n"
	    "Staff Present: Dr. Yusuf Adeyemi, General Manager; Francine Lowe,"
	    " Finance Manager\n\n7.  INFORMATION ITEMS\n7.1  General Manager's"
	    " Report - Dr. Adeyemi reported that demand was 11% below the "
	    "baseline.\n7.2  Finance Manager's Report - Ms. Lowe reported that "
	    "earnings were $1.92 million.\n\n8.  CLOSE\nClosed.\n";
	read_buf("topics.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 1)->speaker_key, "f lowe"),
	    "sections_should_keep_a_numbered_topics_reporter");
	got_free(&g);

	/* a member named in full in one item is known in the next */
	txt = "MINUTES of the meeting of the Cabinet held on 4 March 2024\n\n"
	    "Present: Councillors A Smith and B Jones\n\n1. Libraries\n\n"
	    "Councillor Graham Pettifer asked about opening hours.\n\n"
	    "2. Roads\n\nCouncillor Pettifer asked about potholes.\n\n"
	    "3. Events\n\nThe Directly Elected Mayor Implementation Advisory "
	    "Group met.\n\nThe Mayor welcomed everyone.\n";
	read_buf("known.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key,
	    "g pettifer") && nth(g.r[2], SEC_DISCUSSION, 1) != NULL &&
	    streq(nth(g.r[2], SEC_DISCUSSION, 1)->speaker_key, "mayor"),
	    "minutes_should_know_a_member_named_in_full_in_another_item");
	got_free(&g);

	/* the site's footer and the council's address under a page copied
	 * as text */
	txt = "MINUTES of the meeting of the Standards Committee held on 4 "
	    "March 2024\n\nPresent: Councillor A Smith\n\n1. Apologies\n\n"
	    "None.\n\n2. Dispensation\n\nRESOLVED: That the dispensation be "
	    "granted.\n\nBlackmere Council, Blackmere House, Quay Street, "
	    "Blackmere BK1 3EA\nAccessibility | Privacy | Cookies | Site map\n";
	read_buf("footer.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && !contains(g.r[1]->sections[g.r[1]->nsections - 1].text,
	    "Quay Street") && !contains(g.r[1]->sections[g.r[1]->nsections -
	    1].text, "Privacy"),
	    "minutes_should_drop_the_sites_footer_and_address");
	got_free(&g);
	txt = "Agenda item\n\nWork Programme\n\nMinutes:\n\nRESOLVED: That "
	    "the work programme be agreed.\nBrackenfield Council, Town Hall, "
	    "Chapel Street, Brackenfield BF1 2QT\nTel: 01632 965000 | "
	    "Accessibility | Privacy notice\n";
	read_buf("footer-item.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && !contains(g.r[0]->sections[g.r[0]->nsections - 1].text,
	    "Chapel Street") && !contains(g.r[0]->sections[g.r[0]->nsections -
	    1].text, "Privacy"),
	    "text_should_drop_the_sites_footer_and_address");
	got_free(&g);

	/* a page's foot that names the body, and New South Wales' "This is
	 * Page 2 of the Minutes of ..." */
	txt = "MINUTES of the meeting of the Board held on 4 March 2024\n\n"
	    "Present: Mr A Smith (Chair)\n\n1. Budget\n\nThe Director "
	    "presented the report.\n\nHarrowmere and Dunsford Hospitals NHS FT"
	    " - Public Board - 31 January 2024   Page 1 of 4\n\nThe Board "
	    "NOTED the report.\n\n2. Risk\n\nThe register was reviewed.\n\n"
	    "This is Page 2 of the Minutes of the Ordinary Meeting of Warrangi "
	    "Shire Council held on 23 April 2024\n\nShire of Murrinup - Minutes"
	    " - Ordinary Council Meeting 28 May 2024 Page 4\n\nMembers "
	    "discussed the risks.\n";
	read_buf("feet.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    !contains(g.r[1]->sections[g.r[1]->nsections - 1].text, "Page") &&
	    contains(g.r[1]->sections[g.r[1]->nsections - 1].text,
	    "discussed"),
	    "clean_should_drop_page_feet_that_name_the_body");
	got_free(&g);

	/* a roll call between the motion and its result */
	txt = "CITY OF MIRAVALLE\nCITY COUNCIL REGULAR MEETING\nMINUTES\n"
	    "Tuesday, March 19, 2024\n\n1. ORDINANCE\nMotion by Councilmember "
	    "Natarajan, second by Mayor Pro Tem Okafor, to introduce Ordinance "
	    "No. 2024-15 for first reading.\nRoll call vote: Ayes: Okafor, "
	    "Marsh, Natarajan\n               Nays: Whitcomb\n               "
	    "Absent: None\nMotion carried 3-1.\n\n2. REPORT\nMotion by "
	    "Councilmember Marsh, second by Councilmember Whitcomb, to rezone "
	    "the site. Ayes: Marsh. Nays: Whitcomb, Okafor. Motion failed 1-2."
	    "\n\n3. ADJOURNMENT\nThe meeting adjourned.\n";
	read_buf("rollvote.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && count_type(g.r[0], SEC_RESOLUTION) == 1 &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "agreed") &&
	    nth(g.r[0], SEC_DISCUSSION, 0) == NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL,
	    "sections_should_keep_a_roll_call_with_its_motion_and_result");
	got_free(&g);

	/* roll calls written with dashes or "Yes:", a motion "supported by"
	 * its seconder, as Michigan boards write it */
	txt = "CITY OF BELDEN\nCITY COUNCIL REGULAR MEETING\nMINUTES\n"
	    "January 8, 2024\n\n1. ORDINANCE\nMotion by Kleinschmidt, second "
	    "by Duffy to approve the first reading. Roll call vote: Ayes - "
	    "Harms, Duffy, Ortiz. Nays - none. Motion carried 3-0.\n\n2. "
	    "PURCHASE\nMotion by Tate, supported by Harlan, to approve the "
	    "purchase.\nRoll Call Vote:\nYes: Tate, Harlan\nNo: Fenn\nMotion "
	    "carried 2-1.\n\n3. ADJOURNMENT\nThe meeting adjourned.\n";
	read_buf("rollvote2.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && nth(g.r[0], SEC_DISCUSSION, 0) == NULL &&
	    nth(g.r[1], SEC_DISCUSSION, 0) == NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->seconder, "Harlan") &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "sections_should_keep_dashed_and_yes_roll_calls_with_the_motion");
	got_free(&g);

	/* Windows-1252 bytes: curly quotes, a pound sign, a dash */
	txt = "MINUTES of the meeting of the Council held on 4 March 2024\n\n"
	    "Present: Councillor A Smith\n\n1. MOTION ON NOTICE \x96 LIBRARY\n"
	    "\nThe motion \x93Save the Library\x94 asked for \xa3" "500.\n";
	read_buf("cp1252.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->title, "Motion on Notice - Library") &&
	    contains(g.r[0]->sections[1].text, "\"Save the Library\"") &&
	    contains(g.r[0]->sections[1].text, "\xc2\xa3" "500"),
	    "clean_should_read_bytes_that_are_no_utf8_as_windows_1252");
	got_free(&g);

	/* a heading run in with its body, as parish clerks type them */
	txt = "BRAMFORD PARISH COUNCIL\nMinutes of the Ordinary Meeting of the "
	    "Parish Council held on Tuesday 16th April 2024.\nPresent: Cllr H "
	    "Stallard (Chair), Cllr K Naylor.\nMinute 101/24 Apologies for "
	    "absence. Apologies were received from Cllr J Fortescue.\nMinute "
	    "102/24 Public forum. A resident asked about the speed limit. The "
	    "Chair replied that it was in the programme.\nMinute 103/24 Notice"
	    " of Motion - Cllr. Naylor. The motion on verges was noted.\n"
	    "Minute 104/24 Date of next meeting. Tuesday 21st May 2024.\n";
	read_buf("runin.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && streq(g.r[0]->title, "Apologies for absence") &&
	    streq(g.r[1]->title, "Public forum") &&
	    nth(g.r[1], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(g.r[2]->title, "Notice of Motion - Cllr. Naylor"),
	    "minutes_should_read_a_heading_run_in_with_its_body");
	got_free(&g);

	/* minutes taken as read and signed; a bank reconciliation approved */
	txt = "MINUTES of the meeting of Glen Parish Council held on 4 March "
	    "2024\n\nPresent: Cllr A Smith (Chair)\n\n1. Minutes\n\nThe "
	    "minutes of the meeting held on 10th June 2024, having been "
	    "circulated, were taken as read and signed by the Chairman as a "
	    "correct record.\n\n2. Bank\n\nThe bank reconciliation for March "
	    "was approved and signed by the Chair.\n";
	read_buf("signed.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "approved"),
	    "sections_should_take_minutes_read_and_signed_as_decided");
	got_free(&g);

	/* offices in a column of their own, or as labels */
	txt = "MINUTES of the meeting of the Board held on 4 March 2024\n\n"
	    "Present:\nSir Anthony Blakeley        Chair\nProfessor Gail Innes "
	    "       Non-Executive Director\nMr Simon Oduya              "
	    "Director of Finance\nClerk:           Mrs D Penrose\n\n1. Budget"
	    "\n\nProf Innes asked about the deficit. The Director of Finance "
	    "explained that savings were planned.\n\nThe Clerk read the "
	    "correspondence.\n";
	read_buf("columns.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "g innes") &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "s oduya") &&
	    streq(nth(g.r[0], SEC_DISCUSSION, 0)->speaker_key, "d penrose"),
	    "minutes_should_read_offices_in_columns_and_labels");
	got_free(&g);

	/* the asker named in the item's title, the question under a label */
	txt = "Shire of Murrinup\nMinutes of the Ordinary Council Meeting held "
	    "on 28 May 2024\n\nPresent: Cr A Smith (Shire President)\n\n"
	    "11. REPORTS\n\nNoted.\n\n12. QUESTIONS ON NOTICE\n\n12.1 "
	    "Question on Notice - Cr Arkwright - Water Main Breaks\n\n"
	    "Question:\nHow many breaks were recorded in 2023?\n\nResponse:\n"
	    "The Director Infrastructure advised that 14 were recorded.\n\n"
	    "12.2 Mr Trevor Baird, 14 Jarrah Street, Murrinup\n\nQ1. When "
	    "will the footpath be fixed?\n\nThe Chief Executive Officer "
	    "advised that the works are scheduled for July.\n\n13. CLOSE\n\n"
	    "The meeting closed.\n";
	read_buf("askers.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 5 && nth(g.r[2], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[2], SEC_QUESTION, 0)->speaker,
	    "Councillor Arkwright") && nth(g.r[3], SEC_QUESTION, 0) != NULL &&
	    streq(nth(g.r[3], SEC_QUESTION, 0)->speaker_key, "t baird"),
	    "sections_should_take_the_asker_from_the_items_title");
	got_free(&g);

	/* records of decisions, one after another */
	txt = "Ravensmoor City Council\n\nRECORD OF DECISION\n\nDecision "
	    "reference:   ED/2024/041\n\nTitle:   Proposed 20mph Zone\n\n"
	    "Decision maker:   Cabinet Member for Highways\n\nDecision date: "
	    "  12 June 2024\n\nDecision:\n(1) To approve the 20mph zone.\n"
	    "(2) To authorise the City Solicitor to make the Order.\n\nReasons"
	    " for the decision:\nCollisions were high.\n\nRECORD OF DECISION"
	    "\n\nDecision reference:   ED/2024/042\n\nTitle:   School Catering"
	    " Contract\n\nDecision maker:   Director of Children's Services\n"
	    "\nDecision date:   13 June 2024\n\nDecision:\nTo award the "
	    "contract to Brightplate Ltd.\n";
	read_buf("decisions.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->title, "Proposed 20mph Zone") &&
	    count_type(g.r[0], SEC_RESOLUTION) == 2 &&
	    streq(g.r[1]->title, "School Catering Contract") &&
	    streq(g.r[1]->date, "2024-06-13") &&
	    streq(g.r[1]->council, "Ravensmoor City Council") &&
	    nth(g.r[1], SEC_RESOLUTION, 0) != NULL,
	    "minutes_should_read_records_of_decisions");
	got_free(&g);

	/* a title of over a hundred characters after a bare number; a
	 * long title cut at no abbreviation; a heading run in after a colon */
	txt = "Inverclyth Council\n\nLicensing Sub-Committee\n\nMinute of "
	    "meeting held on Thursday 6 June 2024\n\nSederunt\n\nCouncillors "
	    "Iain McInnes (Chair) and Tom Weir\n\n1    Declarations of Interest"
	    "\n\nThere were none.\n\n2    Civic Government (Scotland) Act 1982"
	    " - Application for the Grant of a Taxi Driver's Licence - Mr D M "
	    "(TDL/24/0331)\n\nThe Sub-Committee agreed to refuse the "
	    "application.\n\n3.   Application No. 23/0937/13 - Outline "
	    "application for a car wash and valeting facility at the former "
	    "Petrol Filling Station, Mill Road, Glantaf, with access from the "
	    "A4054 and parking for staff\n\nThe Committee agreed to refuse it."
	    "\n\n"
	    "4    Exclusion of Press and Public\n\nAgreed.\n";
	read_buf("longtitle.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && starts(g.r[1]->title, "Civic Government (Scotland)") &&
	    starts(g.r[2]->title, "Application No. 23/0937/13") &&
	    streq(g.r[3]->title, "Exclusion of Press and Public"),
	    "minutes_should_read_long_titles_and_stop_at_no_abbreviation");
	got_free(&g);
	txt = "SHEPTON PARISH COUNCIL\nMinutes of the Parish Council meeting "
	    "held on 6 March 2025.\nPresent: Cllr A Smith (Chair)\n25/031 "
	    "Apologies for absence: Apologies were received from Cllr Ruth "
	    "Kenward and were accepted.\n25/032 Call-in: Cabinet Decision "
	    "CAB/23/061 - Garden Waste Charges\nMembers discussed the charges."
	    "\n25/033 Finance: The payments were approved.\n";
	read_buf("colon.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->title, "Apologies for absence") &&
	    starts(g.r[1]->title, "Call-in: Cabinet Decision") &&
	    streq(g.r[2]->title, "Finance"),
	    "minutes_should_read_a_heading_run_in_after_a_colon");
	got_free(&g);

	/* members' questions answered by points no one is named making */
	txt = "Agenda item\n\nLicensing Policy\n\nMinutes:\n\nIn answer to "
	    "questions from Members, the following points were made:\n\n- the"
	    " service had recruited two officers;\n- waiting times had fallen."
	    "\n\nRESOLVED: That the report be noted.\n";
	read_buf("points-answer.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_QUESTION, 0) != NULL &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    contains(nth(g.r[0], SEC_ANSWER, 0)->text, "recruited") &&
	    !contains(nth(g.r[0], SEC_QUESTION, 0)->text, "recruited"),
	    "sections_should_read_points_made_in_answer_as_the_answer");
	got_free(&g);

	/* an office named with its holder in one item, alone in the next */
	txt = "MINUTES of the meeting of the Audit Committee held on 20 May "
	    "2024\n\nPresent: Councillor A Smith (Chair)\n\n4. Accounts\n\n"
	    "Anjali Mehra, Chief Finance Officer, presented the accounts.\n\n"
	    "5. Treasury\n\nCouncillor Smith asked about borrowing. The Chief "
	    "Finance Officer explained that none was planned.\n\n6. Leader\n\n"
	    "The Leader of the Council, Councillor Amanda Greaves, welcomed "
	    "the report.\n\n7. Budget\n\nMr Jones asked about the budget. The"
	    " Leader replied that it was balanced.\n";
	read_buf("holders.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 4 && nth(g.r[1], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker_key, "a mehra") &&
	    nth(g.r[3], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[3], SEC_ANSWER, 0)->speaker_key, "a greaves"),
	    "minutes_should_know_an_offices_holder_from_an_earlier_item");
	got_free(&g);

	/* Scottish movers over the motion's words, and a division whose
	 * words a line break parts */
	txt = "MINUTES of the meeting of the Finance Committee held on 11 "
	    "September 2024\n\nPresent: Councillor A Smith (Convener)\n\n1. "
	    "Budget\n\nThe Convener moved, seconded by the Vice Convener:-\n"
	    "        That the Committee approve the recommendations.\n\n"
	    "Councillor Birnie moved as an amendment, seconded by Councillor "
	    "Strachan:-\n        That the Committee instruct the Chief Officer "
	    "to report.\n\nOn a division, there voted:- for the motion (7) - "
	    "the Convener and Councillors Ahmed and Yuill; for\nthe amendment "
	    "(4) - Councillors Birnie and Strachan.\n";
	read_buf("division.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 1 ? nth(g.r[0], SEC_RESOLUTION, 1) : NULL;
	ok(sec != NULL && streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "the Convener") && streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "the Vice Convener") && streq(sec->proposer, "Councillor Birnie") &&
	    streq(sec->outcome, "lost") &&
	    !streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost"),
	    "sections_should_read_scottish_movers_and_a_wrapped_division");
	got_free(&g);

	/* another committee's convener answers, not this meeting's chair */
	txt = "MINUTES of the meeting of the Council held on 11 September 2024"
	    "\n\nPresent: Provost F MacLachlan (Chair), Councillor R Dewar\n\n"
	    "7. Questions\n\nQuestion by Councillor Smith to the Convener of "
	    "the Environment Committee\n\n\"When will the road reopen?\"\n\n"
	    "Response by Councillor Dewar, Convener of the Environment "
	    "Committee\n\n\"It will reopen in May.\"\n";
	read_buf("convener.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "r dewar"),
	    "sections_should_credit_another_committees_convener");
	got_free(&g);

	/* an application titled by its site's address; questions and
	 * answers labelled with who asks and who answers */
	txt = "MINUTES of the meeting of the Planning Committee held on 4 "
	    "March 2024\n\nPresent: Cllr A Smith (Chair), Cllr B Yeo\n\n48. "
	    "APOLOGIES\n\nNone.\n\n49.       14 HAWTHORN CRESCENT, WEST "
	    "EASTMERE - 70034/APP/2023/3002\n\nQ - Cllr Yeo: Can a refuse "
	    "vehicle turn within the site?\nA - Highways Officer (Mr Toby "
	    "Marsh): Yes, a tracking plan was provided.\n\nQ. Councillor Cragg"
	    " - Would the access be widened?\nA. Highways Manager (Mr Stuart "
	    "Pinkney) - No, it meets the standard.\n\nA. Ordinance No. 3 "
	    "(Second Reading) - Rezoning of the site.\n\n50. CLOSE\n\nClosed."
	    "\n";
	read_buf("qalabels.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && starts(g.r[1]->title, "14 Hawthorn Crescent") &&
	    count_type(g.r[1], SEC_QUESTION) == 2 &&
	    count_type(g.r[1], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[1], SEC_QUESTION, 0)->speaker_key, "b yeo") &&
	    streq(nth(g.r[1], SEC_ANSWER, 0)->speaker_key, "t marsh") &&
	    starts(nth(g.r[1], SEC_ANSWER, 1)->text, "No, it meets"),
	    "minutes_should_read_address_titles_and_labelled_askers");
	got_free(&g);
	/* the address under the number alone, as a meeting's page sets
	 * it; a table's "8" over "2 James Street" is no item */
	txt = "MINUTES of the meeting of the Planning Committee held on 4 "
	    "March 2024\n\nPresent: Cllr A Smith (Chair)\n\n123\n\nMinutes "
	    "of Previous Meeting\n\nAgreed.\n\n124\n\n1-7 Tollington Yard, "
	    "London N9 2BE (Tollington ward)\n\nRESOLVED: That permission be "
	    "granted.\n\n8\n\n2 James Street\n\nDS130\n\n125\n\nClose\n\n"
	    "Closed.\n";
	read_buf("address.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 3 && starts(g.r[1]->title, "1-7 Tollington Yard") &&
	    streq(g.r[2]->item, "125"),
	    "minutes_should_read_an_address_under_the_number_alone");
	got_free(&g);

	/* a page printed from a browser: its stamp and address are no
	 * minutes, and the printing's date is not the meeting's */
	txt = "20/06/2024, 11:42                    Agenda for Audit Committee "
	    "on Monday, 20th May, 2024 - East Marlow District Council\n\n"
	    "Minutes of the meeting of the Audit Committee held on Monday, "
	    "20th May, 2024\n\nPresent: Councillor A Smith (Chair)\n\n1. "
	    "Apologies\n\nNone.\n\nhttps://democracy.eastmarlow.gov.uk/"
	    "ieListDocuments.aspx?CId=140&MId=2231                1/4\n\n2. "
	    "Accounts\n\nThe accounts were noted.\n";
	read_buf("printed.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 2 && streq(g.r[0]->date, "2024-05-20") &&
	    !contains(g.r[0]->sections[g.r[0]->nsections - 1].text, "https"),
	    "clean_should_drop_a_browsers_print_stamp_and_address");
	got_free(&g);

	/* lettered decisions a line each, and a topic run in before one */
	txt = "MINUTES of the meeting of Glen Parish Council held on 4 March "
	    "2024\n\nPresent: Cllr A Smith (Chair)\n\n24/055 Finance\n\na) "
	    "The bank reconciliation was noted.\nb) RESOLVED to approve the "
	    "following payments.\nc) RESOLVED to renew the insurance with "
	    "Zurich.\n\n(a) Ashcombe Scouts - RESOLVED to award a grant of "
	    "300 pounds.\n";
	read_buf("lettered.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_RESOLUTION) == 3 &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 1)->text, "to renew") &&
	    starts(nth(g.r[0], SEC_RESOLUTION, 2)->text, "Ashcombe Scouts"),
	    "sections_should_read_lettered_and_topic_led_decisions");
	got_free(&g);

	/* "Question 1 - from X" over the question, "Reply" over the answer,
	 * a line each with no blank line between */
	txt = "MINUTES of the meeting of the Council held on 6 March 2024\n\n"
	    "Present: Councillor A Smith (Mayor)\n\n5. Public Questions\n\n"
	    "Question 1 - from Mrs Jane Threlfall\n\"How were the results "
	    "analysed?\"\nReply\nCouncillor Gallagher said that a firm had "
	    "analysed them.\nQuestion 2 - from Mr Neil Ormandy\n\"Will the "
	    "Council publish the data?\"\nReply\nCouncillor Gallagher said "
	    "that it would.\n";
	read_buf("qreply.txt", txt, strlen(txt), &o, &g);
	ok(g.n == 1 && count_type(g.r[0], SEC_QUESTION) == 2 &&
	    count_type(g.r[0], SEC_ANSWER) == 2 &&
	    streq(nth(g.r[0], SEC_QUESTION, 1)->speaker_key, "n ormandy") &&
	    starts(nth(g.r[0], SEC_ANSWER, 0)->text, "Councillor Gallagher"),
	    "sections_should_read_question_from_and_reply_lines");
	got_free(&g);

	/* "3." after "2. ... authorised to:" and its a), b) is no point of
	 * 2. and keeps its own outcome */
	txt = "Agenda item\n\nLand at Mill Lane\n\nMinutes:\n\nRESOLVED:\n\n"
	    "1. That the application be approved subject to the following "
	    "conditions:\n\n(a) time limit;\n\n(b) materials.\n\n2. That "
	    "authority be delegated to the Head of Planning.\n\n3. That the "
	    "Chief Finance Officer circulate the graph.\n";
	read_buf("siblings.txt", txt, strlen(txt), &o, &g);
	sec = g.n == 1 ? nth(g.r[0], SEC_RESOLUTION, 3) : NULL;
	ok(sec != NULL && streq(nth(g.r[0], SEC_RESOLUTION, 2)->outcome,
	    "approved") && streq(sec->outcome, "delegated") &&
	    nth(g.r[0], SEC_RESOLUTION, 4) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 4)->outcome, "agreed"),
	    "minutes_should_give_a_points_outcome_only_to_its_own_points");
	got_free(&g);
}

static void
test_jsonl(void)
{
	struct reader_opts o;
	struct got g, g2;
	cJSON *j;
	char *s1, *s2, *err = NULL;
	const char *in;

	memset(&o, 0, sizeof o);
	in = "{\"id\":\"a1\",\"title\":\"Libraries\",\"council\":\"X\","
	    "\"date\":\"5 March 2024\",\"text\":\"Councillor Hart asked "
	    "about hours. The Head of Libraries responded that they would "
	    "not change.\\n\\nResolved: That the report be noted.\"}\n"
	    "\n"
	    "{\"id\": 7, \"text\": [\"One.\", \"Two.\"]}\n"
	    "{\"id\":\"bad\",\"text\":\n"
	    "[1,2]\n"
	    "{\"id\":\"r\",\"resolutions\":[\"That it be approved\","
	    "{\"text\":\"That it be deferred\",\"proposer\":\"Cllr A\"}],"
	    "\"questions\":[{\"text\":\"Why?\",\"speaker\":\"Councillor B "
	    "Smith\",\"answer\":\"Because.\",\"answerer\":\"The Head of "
	    "Service\"}]}\n";
	read_buf("in.jsonl", in, strlen(in), &o, &g);
	ok(g.n == 3 && g.nrej == 2, "jsonl_should_read_good_lines_and_reject_"
	    "bad_ones (%zu records, %lu rejects)", g.n, g.nrej);
	ok(contains(g.msgs, "malformed JSON") &&
	    contains(g.msgs, "not a JSON object"),
	    "jsonl_should_say_why_lines_were_rejected");
	ok(g.n >= 1 && streq(g.r[0]->date, "2024-03-05") &&
	    count_type(g.r[0], SEC_QUESTION) == 1 &&
	    count_type(g.r[0], SEC_ANSWER) == 1 &&
	    count_type(g.r[0], SEC_RESOLUTION) == 1,
	    "jsonl_text_should_be_split_into_sections");
	ok(g.n >= 2 && streq(g.r[1]->id, "7"),
	    "jsonl_numbers_should_become_ids");
	ok(g.n >= 3 && count_type(g.r[2], SEC_RESOLUTION) == 2 &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 1)->outcome, "deferred") &&
	    streq(nth(g.r[2], SEC_RESOLUTION, 1)->proposer, "Cllr A") &&
	    nth(g.r[2], SEC_ANSWER, 0) != NULL &&
	    nth(g.r[2], SEC_ANSWER, 0)->answers >= 0 &&
	    streq(nth(g.r[2], SEC_QUESTION, 0)->speaker_key, "b smith"),
	    "jsonl_should_take_resolutions_and_questions_fields");

	/* the dump's own output reads back as the same record */
	if (g.n >= 1) {
		j = record_to_json(g.r[0]);
		s1 = cJSON_PrintUnformatted(j);
		cJSON_Delete(j);
		read_buf("again.jsonl", s1, strlen(s1), &o, &g2);
		j = g2.n == 1 ? record_to_json(g2.r[0]) : NULL;
		s2 = j ? cJSON_PrintUnformatted(j) : NULL;
		ok(s2 != NULL && strcmp(s1, s2) == 0,
		    "jsonl_should_read_back_what_the_dump_writes");
		cJSON_Delete(j);
		cJSON_free(s1);
		cJSON_free(s2);
		got_free(&g2);
	}
	got_free(&g);

	/* field map */
	o.field_map = "id=number,text=body,date=issue_date,speaker=sponsor";
	in = "{\"number\":\"Ord. No. 29-96\",\"issue_date\":\"1996-01-10\","
	    "\"sponsor\":\"Councilman Johnson\",\"body\":\"An ordinance?\"}\n";
	read_buf("map.jsonl", in, strlen(in), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->id, "Ord. No. 29-96") &&
	    streq(g.r[0]->date, "1996-01-10") && g.r[0]->nsections >= 1 &&
	    streq(g.r[0]->sections[g.r[0]->nsections - 1].speaker,
	    "Councilman Johnson") && g.r[0]->committee == NULL,
	    "jsonl_field_map_should_rename_fields");
	got_free(&g);
	o.field_map = NULL;

	/* the names committee-management exports give the fields */
	in = "{\"ItemId\":40149,\"organisation\":\"London Borough of "
	    "Kelsborough\",\"body\":\"Cabinet\",\"meeting_date\":"
	    "\"2024-01-16T19:00:00\",\"item_number\":\"7\",\"title\":"
	    "\"Parks\",\"minutes\":[\"Councillor Ali asked about the cafe."
	    "\"],\"decision\":\"That the tender be approved.\",\"questions"
	    "\":{\"question\":\"When will it open?\",\"asker\":\"Ms Lucy "
	    "Frain\",\"reply\":\"In May.\"}}\n";
	read_buf("aliases.jsonl", in, strlen(in), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->id, "40149") &&
	    streq(g.r[0]->committee, "Cabinet") &&
	    streq(g.r[0]->council, "London Borough of Kelsborough") &&
	    streq(g.r[0]->date, "2024-01-16") && streq(g.r[0]->item, "7") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    count_type(g.r[0], SEC_QUESTION) == 2 &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL,
	    "jsonl_should_read_the_names_other_exports_give_fields");
	got_free(&g);
	/* ... but not a value of another kind under such a name */
	in = "{\"id\":\"a1\",\"title\":\"Parks\",\"minutes\":{\"url\":"
	    "\"https://example.org/m.pdf\"},\"body\":\"<p>The Cabinet "
	    "met.</p>\"}\n";
	read_buf("alias-kinds.jsonl", in, strlen(in), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->title, "Parks") &&
	    g.r[0]->committee == NULL,
	    "jsonl_should_leave_other_exports_names_of_another_kind");
	got_free(&g);

	/* a path into nested objects; one decision as an object, and the
	 * names other exports give its fields and a question's */
	o.field_map = "date=meeting.date,committee=meeting.committee,"
	    "resolutions=decision";
	in = "{\"id\":\"d1\",\"title\":\"Budget\",\"meeting\":{\"date\":"
	    "\"2024-03-07\",\"committee\":\"Finance Committee\"},"
	    "\"decision\":{\"description\":\"To approve the budget.\","
	    "\"mover\":\"Councillor A Jones\",\"seconded_by\":\"Councillor "
	    "B Smith\",\"result\":\"Failed\"},\"questions\":[{\"question\":"
	    "\"Why?\",\"asked_by\":\"Councillor C Brown\",\"response\":"
	    "\"Because.\",\"answered_by\":\"Mrs D Green\"}]}\n";
	read_buf("nested.jsonl", in, strlen(in), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->date, "2024-03-07") &&
	    streq(g.r[0]->committee, "Finance Committee") &&
	    nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Councillor A Jones") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->seconder,
	    "Councillor B Smith") &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->outcome, "lost") &&
	    nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "d green") &&
	    streq(nth(g.r[0], SEC_QUESTION, 0)->speaker_key, "c brown"),
	    "jsonl_should_read_nested_fields_and_other_exports_names");
	got_free(&g);

	/* a vote export: the decision in fields of the record's own */
	memset(&o, 0, sizeof o);
	o.field_map = "title=item_title";
	in = "{\"id\":\"v2\",\"item_title\":\"Approval of the agenda\","
	    "\"action\":\"Approved\",\"vote_result\":\"Pass\",\"moved_by\""
	    ":\"Council Member Ahern\",\"seconded_by\":\"Council Member Vo\","
	    "\"minutes_text\":\"\"}\n{\"id\":\"v3\",\"title\":\"Appointment"
	    "\",\"text\":\"Council Member Haskins moved to table the "
	    "appointment; Council Member Reyes seconded.\",\"result\":\"Pass"
	    "\"}\n";
	read_buf("votes.jsonl", in, strlen(in), &o, &g);
	ok(g.n == 2 && nth(g.r[0], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 0)->proposer,
	    "Council Member Ahern") && streq(nth(g.r[0], SEC_RESOLUTION,
	    0)->outcome, "approved") && nth(g.r[1], SEC_RESOLUTION, 0) != NULL &&
	    streq(nth(g.r[1], SEC_RESOLUTION, 0)->outcome, "deferred") &&
	    count_type(g.r[1], SEC_RESOLUTION) == 1,
	    "jsonl_should_read_a_records_own_decision_fields");
	got_free(&g);
	ok(reader_check_field_map("id=number,bogus=x", &err) < 0 && err !=
	    NULL && contains(err, "bogus"),
	    "field_map_should_refuse_unknown_fields");
	free(err);
	err = NULL;
	ok(reader_check_field_map("id", &err) < 0,
	    "field_map_should_refuse_entries_without_equals");
	free(err);

	/* a line over the limit is rejected, the next one read */
	{
		size_t big = READER_MAX_JSON_LINE + 16;
		char *b = xmalloc(big + 64);

		memset(b, ' ', big);
		memcpy(b, "{\"text\":\"", 9);
		memcpy(b + big - 3, "\"}\n", 3);
		strcpy(b + big, "{\"id\":\"next\",\"text\":\"Agreed.\"}\n");
		memset(&o, 0, sizeof o);
		read_buf("big.jsonl", b, strlen(b), &o, &g);
		ok(g.n == 1 && g.nrej == 1 && g.lastline == 1 &&
		    contains(g.msgs, "longer than"),
		    "jsonl_should_reject_overlong_lines_and_go_on");
		got_free(&g);
		free(b);
	}

	/* HTML in a CMS export's text field; a date written "20240213" */
	in = "{\"id\":\"h\",\"title\":\"Fly-tipping\",\"date\":\"20240213\","
	    "\"text\":\"<p>Councillor Hollis asked about fly-tipping.</p><p>"
	    "Mr&nbsp;Kieran Walsh replied that fines had doubled.</p><p>The "
	    "Committee agreed:</p><ol><li>to note the update;</li><li>to ask "
	    "for a further report.</li></ol>\"}\n";
	read_buf("cms.jsonl", in, strlen(in), &o, &g);
	ok(g.n == 1 && streq(g.r[0]->date, "2024-02-13"),
	    "jsonl_should_read_a_date_written_without_dashes");
	ok(g.n == 1 && nth(g.r[0], SEC_ANSWER, 0) != NULL &&
	    streq(nth(g.r[0], SEC_ANSWER, 0)->speaker_key, "k walsh") &&
	    nth(g.r[0], SEC_RESOLUTION, 1) != NULL &&
	    streq(nth(g.r[0], SEC_RESOLUTION, 1)->text,
	    "to ask for a further report.") &&
	    !contains(nth(g.r[0], SEC_QUESTION, 0)->text, "<p>"),
	    "jsonl_should_read_html_in_a_text_field");
	got_free(&g);

	/* dates as exports write them: milliseconds since 1970, .NET's,
	 * "04-Mar-2024" */
	in = "{\"id\":\"a\",\"date\":1709575200000,\"text\":\"Noted.\"}\n"
	    "{\"id\":\"b\",\"date\":\"/Date(1709575200000)/\",\"text\":"
	    "\"Noted.\"}\n{\"id\":\"c\",\"date\":\"04-Mar-2024\",\"text\":"
	    "\"Noted.\"}\n";
	read_buf("dates.jsonl", in, strlen(in), &o, &g);
	ok(g.n == 3 && streq(g.r[0]->date, "2024-03-04") &&
	    streq(g.r[1]->date, "2024-03-04") &&
	    streq(g.r[2]->date, "2024-03-04"),
	    "jsonl_should_read_dates_as_exports_write_them");
	got_free(&g);
}

/* ---- Bad input ---- */

static void
test_bad(void)
{
	static const char truncated[] = "<html><body><div id=\"modgov\">"
	    "<h1>Agenda item</h1><h2>Bus Lanes</h2><p>Minutes:</p>"
	    "<p>Councillor Vale asked about bus lanes.</p><p>Resolved: That "
	    "the report be noted.</p><p>More te";
	struct reader_opts o;
	struct got g;
	char bin[64], *bad;

	memset(&o, 0, sizeof o);
	read_buf("empty.txt", "", 0, &o, &g);
	ok(g.n == 0 && g.nrej == 1 && contains(g.msgs, "empty"),
	    "bad_input_empty_file_should_be_rejected");
	got_free(&g);
	read_buf("blank.txt", " \n\n\t\n", 5, &o, &g);
	ok(g.n == 0 && g.nrej == 1 && contains(g.msgs, "empty"),
	    "bad_input_blank_file_should_be_rejected");
	got_free(&g);

	memset(bin, 'x', sizeof bin);
	bin[10] = '\0';
	read_buf("binary.txt", bin, sizeof bin, &o, &g);
	ok(g.n == 0 && g.nrej == 1 && contains(g.msgs, "binary") &&
	    contains(g.msgs, "offset 10"),
	    "bad_input_binary_file_should_be_rejected_with_offset");
	got_free(&g);

	bad = xasprintf("Agenda item\n\nBudget \xff\xfe Report\n\nMinutes:\n\n"
	    "Resolved: That the budget be approved.\n");
	read_buf("latin1.txt", bad, strlen(bad), &o, &g);
	ok(g.n == 1 && g.nrej == 1 && strstr(g.msgs, "invalid UTF-8 at "
	    "offset 20") != NULL && strstr(g.r[0]->title, "\xc3\xbf\xc3\xbe")
	    != NULL && count_type(g.r[0], SEC_RESOLUTION) == 1,
	    "bad_input_invalid_utf8_should_be_reported_and_read");
	got_free(&g);
	free(bad);

	o.format = READER_HTML;
	read_buf("cut.html", truncated, sizeof truncated - 1, &o, &g);
	ok(g.n == 1 && g.nrej == 1 && strstr(g.msgs, "truncated HTML") !=
	    NULL && streq(g.r[0]->title, "Bus Lanes") &&
	    count_type(g.r[0], SEC_QUESTION) == 1,
	    "bad_input_truncated_html_should_be_reported_and_read");
	got_free(&g);

	/* libxml2 would give up at the bad byte: the rest must be read */
	bad = xasprintf("<html><body><h1>Agenda item</h1><h2>Bus \xff Lanes"
	    "</h2><p>Minutes:</p><p>Resolved: That it be noted.</p></body>"
	    "</html>");
	read_buf("bad.html", bad, strlen(bad), &o, &g);
	ok(g.n == 1 && g.nrej == 1 && strstr(g.msgs, "invalid UTF-8 at "
	    "offset 40") != NULL && streq(g.r[0]->title, "Bus ? Lanes") &&
	    count_type(g.r[0], SEC_RESOLUTION) == 1,
	    "bad_input_invalid_utf8_in_html_should_not_lose_the_rest");
	got_free(&g);
	free(bad);

	o.format = READER_AUTO;
	read_buf("notes.md", "# Notes\n\nNothing here.\n", 23, &o, &g);
	ok(g.n == 0 && g.nrej == 1 && strstr(g.msgs, "no recognisable") !=
	    NULL, "bad_input_no_item_should_be_rejected");
	got_free(&g);

	ok(reader_read("/nonexistent/file.txt", &o, collect, rejected, &g,
	    NULL, &bad) < 0 && bad != NULL,
	    "bad_input_missing_file_should_fail_with_a_message");
	free(bad);
}

int
main(void)
{
	const char *corpus = getenv("SHARED_CORPUS");
	const char *srcdir = getenv("top_srcdir");
	int rc;

	test_small();
	test_layouts();
	test_questions();
	test_motions();
	test_decision_page();
	test_lists();
	test_jsonl();
	test_bad();
	test_html(srcdir ? srcdir : "..");
	if (corpus != NULL) {
		test_seeds(corpus);
		test_limerick(corpus);
	} else
		printf("ok %d # SKIP SHARED_CORPUS not set\n", ++tap_count);
	rc = tap_done();
	fflush(stdout);
	return rc;
}
