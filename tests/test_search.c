/*
 * test_search.c: the query engine on a small index written here through
 * the xap API the way schema.h lays it out (items, question and
 * resolution passages, synonyms, spelling, metadata), so the engine is
 * tested without the indexer.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "output.h"
#include "schema.h"
#include "search.h"
#include "util.h"
#include "xap.h"

#include "tap.h"

struct tsec {
	const char *type;	/* question, answer, resolution, discussion */
	const char *speaker;	/* display name or NULL */
	const char *key;	/* speaker key ("a gunn") or NULL */
	const char *text;
	const char *outcome;
};

struct titem {
	const char *id;
	const char *title;
	const char *council;
	const char *committee;
	const char *date;	/* YYYY-MM-DD */
	struct tsec secs[6];
};

static const struct titem items[] = {
	{ "it1", "Recruitment of social workers", "Durham County Council",
	    "Children and Young People's Overview and Scrutiny Committee",
	    "2016-03-10", {
		{ "discussion", NULL, NULL, "The committee considered the "
		    "workforce report on social workers for children and "
		    "agency staff.",
		    NULL },
		{ "question", "Mrs A Gunn", "a gunn", "Mrs A Gunn asked for "
		    "an update on the recruitment of social workers.", NULL },
		{ "answer", "Corporate Director", NULL, "The Director said "
		    "recruiting experienced social workers was hard.", NULL },
		{ "resolution", NULL, NULL, "That the report be noted.",
		    "noted" },
		{ NULL, NULL, NULL, NULL, NULL } } },
	{ "it2", "Ofsted inspection update", "Durham County Council",
	    "Children and Young People's Overview and Scrutiny Committee",
	    "2017-06-01", {
		{ "discussion", NULL, NULL, "Members discussed child sexual "
		    "exploitation of children and the Ofsted improvement "
		    "plan.", NULL },
		{ "question", "Councillor O Gunn", "o gunn",
		    "Councillor O Gunn asked about training on child sexual "
		    "exploitation.",
		    NULL },
		{ "resolution", NULL, NULL, "That the improvement plan be "
		    "agreed.", "agreed" },
		{ NULL, NULL, NULL, NULL, NULL } } },
	{ "it3", "Children in care placements", "Blackpool Council",
	    "Scrutiny Committee", "2019-11-20", {
		{ "discussion", NULL, NULL, "The number of children in care "
		    "rose; recruitment of foster carers continued and the "
		    "report was noted by members.", NULL },
		{ "question", "Councillor Hunt", "hunt", "Councillor Hunt "
		    "asked about kinship carers.", NULL },
		{ "resolution", NULL, NULL, "That the matter be deferred.",
		    "deferred" },
		{ NULL, NULL, NULL, NULL, NULL } } },
};
#define NITEMS (sizeof(items) / sizeof(items[0]))

static const char *
sec_prefix(const char *type)
{
	if (strcmp(type, "question") == 0)
		return PFX_QUESTION;
	if (strcmp(type, "answer") == 0)
		return PFX_ANSWER;
	if (strcmp(type, "resolution") == 0)
		return PFX_RESOLUTION;
	return PFX_DISCUSSION;
}

static void
bterm(struct xap_doc *d, const char *prefix, const char *val)
{
	struct buf b = BUF_INIT;
	char *t;

	t = xasprintf("%s%s", prefix, val);
	for (char *p = t + strlen(prefix); *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p += 'a' - 'A';
	xap_doc_add_boolean_term(d, t, strlen(t), NULL);
	free(t);
	buf_free(&b);
}

static void
value(struct xap_doc *d, unsigned slot, const char *v)
{
	xap_doc_set_value(d, slot, v, strlen(v), NULL);
}

/* The terms and values every document of an item carries. */
static void
common_terms(struct xap_doc *d, const struct titem *it, const char *type)
{
	char ymd[9], year[5];

	memcpy(year, it->date, 4);
	year[4] = '\0';
	snprintf(ymd, sizeof(ymd), "%.4s%.2s%.2s", it->date, it->date + 5,
	    it->date + 8);
	bterm(d, PFX_ITEM, it->id);
	bterm(d, PFX_TYPE, type);
	bterm(d, PFX_COUNCIL, it->council);
	bterm(d, PFX_COMMITTEE, it->committee);
	bterm(d, PFX_YEAR, year);
	bterm(d, PFX_DATE, ymd);
	value(d, VAL_DATE, ymd);
	value(d, VAL_YEAR, year);
	value(d, VAL_COUNCIL, it->council);
	value(d, VAL_COMMITTEE, it->committee);
	value(d, VAL_TYPE, type);
	value(d, VAL_ITEM, it->id);
}

static void
speaker_terms(struct xap_doc *d, const struct tsec *s)
{
	const char *sp;

	if (s->key == NULL)
		return;
	bterm(d, PFX_SPEAKER, s->key);
	sp = strrchr(s->key, ' ');
	if (sp != NULL)
		bterm(d, PFX_SPEAKER, sp + 1);
}

static void
text(struct xap_termgen *tg, const char *t, unsigned w, const char *prefix)
{
	xap_termgen_index_text(tg, t, strlen(t), w, NULL, NULL);
	xap_termgen_index_text(tg, t, strlen(t), 1, prefix, NULL);
	xap_termgen_increase_termpos(tg, 100, NULL);
}

static void
add_doc(struct xap_wdb *db, struct xap_doc *d, const char *id, cJSON *data)
{
	char *s = cJSON_PrintUnformatted(data), *q;

	bterm(d, PFX_ID, id);
	xap_doc_set_data(d, s, strlen(s), NULL);
	q = xasprintf("%s%s", PFX_ID, id);
	if (xap_wdb_replace_by_term(db, q, strlen(q), d, NULL) != 0)
		fprintf(stderr, "replace failed\n");
	free(q);
	cJSON_free(s);
	cJSON_Delete(data);
}

static cJSON *
base_json(const struct titem *it, const char *id, const char *type)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "id", id);
	cJSON_AddStringToObject(o, "type", type);
	cJSON_AddStringToObject(o, "title", it->title);
	cJSON_AddStringToObject(o, "council", it->council);
	cJSON_AddStringToObject(o, "committee", it->committee);
	cJSON_AddStringToObject(o, "date", it->date);
	cJSON_AddStringToObject(o, "url", "https://example.org/");
	cJSON_AddStringToObject(o, "source", "test");
	cJSON_AddStringToObject(o, "item", it->id);
	return o;
}

static int
build_index(const char *path, const char *lang)
{
	struct xap_wdb *db;
	struct xap_termgen *tg;
	struct xap_doc *d;
	const struct titem *it;
	const struct tsec *s;
	cJSON *data, *secs, *so;
	char *pid;
	size_t i;
	unsigned nq, nr;
	int rc;
	static const char *const words[] = {
		"recruitment", "social", "workers", "ofsted", "inspection",
		"children", "care", "exploitation", "carers", "report", NULL
	};

	db = xap_wdb_open(path, XAP_CREATE_OR_OVERWRITE, 0, &rc, NULL);
	if (db == NULL)
		return -1;
	tg = xap_termgen_new(lang, NULL, &rc, NULL);
	if (tg == NULL)
		return -1;
	for (i = 0; i < NITEMS; i++) {
		it = &items[i];
		/* The item: every section, weighted. */
		d = xap_doc_new(&rc, NULL);
		xap_termgen_set_document(tg, d, NULL);
		common_terms(d, it, TYPE_ITEM);
		text(tg, it->title, 5, PFX_TITLE);
		data = base_json(it, it->id, TYPE_ITEM);
		secs = cJSON_AddArrayToObject(data, "sections");
		for (s = it->secs; s->type != NULL; s++) {
			text(tg, s->text, strcmp(s->type, "resolution") == 0 ?
			    3 : 1, sec_prefix(s->type));
			speaker_terms(d, s);
			so = cJSON_CreateObject();
			cJSON_AddStringToObject(so, "type", s->type);
			cJSON_AddStringToObject(so, "text", s->text);
			if (s->speaker)
				cJSON_AddStringToObject(so, "speaker",
				    s->speaker);
			if (s->outcome)
				cJSON_AddStringToObject(so, "outcome",
				    s->outcome);
			cJSON_AddItemToArray(secs, so);
		}
		add_doc(db, d, it->id, data);
		xap_doc_free(d);
		/* Its passages: questions and resolutions, numbered as
		 * schema.h says. */
		nq = nr = 0;
		for (s = it->secs; s->type != NULL; s++) {
			if (strcmp(s->type, "question") != 0 &&
			    strcmp(s->type, "resolution") != 0)
				continue;
			d = xap_doc_new(&rc, NULL);
			xap_termgen_set_document(tg, d, NULL);
			common_terms(d, it, s->type);
			text(tg, s->text, 1, sec_prefix(s->type));
			speaker_terms(d, s);
			if (s->speaker)
				value(d, VAL_SPEAKER, s->speaker);
			if (s->outcome) {
				bterm(d, PFX_OUTCOME, s->outcome);
				value(d, VAL_OUTCOME, s->outcome);
			}
			if (strcmp(s->type, "question") == 0)
				pid = xasprintf("%s%s%u", it->id,
				    PASSAGE_QUESTION, ++nq);
			else
				pid = xasprintf("%s%s%u", it->id,
				    PASSAGE_RESOLUTION, ++nr);
			data = base_json(it, pid, s->type);
			cJSON_AddStringToObject(data, "text", s->text);
			if (s->speaker)
				cJSON_AddStringToObject(data, "speaker",
				    s->speaker);
			add_doc(db, d, pid, data);
			free(pid);
			xap_doc_free(d);
		}
	}
	/* CSE: the acronym as written and as the parser stems it. */
	xap_wdb_add_synonym(db, "cse", "Zexploit", NULL);
	xap_wdb_add_synonym(db, "Zcse", "Zexploit", NULL);
	for (i = 0; words[i] != NULL; i++)
		xap_wdb_add_spelling(db, words[i], strlen(words[i]), 1, NULL);
	xap_wdb_set_metadata(db, META_LANGUAGE, lang, strlen(lang), NULL);
	rc = xap_wdb_commit(db, NULL);
	xap_termgen_free(tg);
	xap_wdb_free(db);
	return rc;
}

/* ---- Helpers ---- */

static struct search_engine *
open_engine(const char *path)
{
	struct search_engine_opts o;
	const char *dbs[1] = { path };
	char *msg = NULL;
	int rc;
	struct search_engine *e;

	memset(&o, 0, sizeof(o));
	o.dbs = dbs;
	o.ndbs = 1;
	e = search_engine_open(&o, &rc, &msg);
	if (e == NULL)
		printf("# open: %s\n", msg ? msg : "?");
	free(msg);
	return e;
}

static cJSON *
run(struct search_engine *e, struct search_request *req, int *rc,
    char **msg)
{
	cJSON *res = NULL;

	*msg = NULL;
	*rc = search_run(e, req, &res, msg);
	return res;
}

static cJSON *
q(struct search_engine *e, const char *query)
{
	struct search_request req;
	char *msg;
	int rc;
	cJSON *res;

	search_request_init(&req);
	req.query = query;
	res = run(e, &req, &rc, &msg);
	if (rc != 0)
		printf("# %s: %s\n", query, msg ? msg : "?");
	free(msg);
	return res;
}

static const cJSON *
hit(const cJSON *res, int i)
{
	return cJSON_GetArrayItem(cJSON_GetObjectItem(res, "hits"), i);
}

static int
nhits(const cJSON *res)
{
	return cJSON_GetArraySize(cJSON_GetObjectItem(res, "hits"));
}

static const char *
hstr(const cJSON *h, const char *k)
{
	const cJSON *it = cJSON_GetObjectItem(h, k);

	return cJSON_IsString(it) ? it->valuestring : "";
}

/* 1 if some hit has id. */
static int
has_id(const cJSON *res, const char *id)
{
	int i;

	for (i = 0; i < nhits(res); i++) {
		if (strcmp(hstr(hit(res, i), "id"), id) == 0)
			return 1;
	}
	return 0;
}

static double
score_of(const cJSON *res, const char *id)
{
	int i;

	for (i = 0; i < nhits(res); i++) {
		if (strcmp(hstr(hit(res, i), "id"), id) == 0)
			return cJSON_GetObjectItem(hit(res, i),
			    "score")->valuedouble;
	}
	return -1;
}

/* ---- Tests ---- */

static void
test_items(struct search_engine *e)
{
	cJSON *r;
	const cJSON *m;
	int i, ok1 = 1;

	r = q(e, "recruitment");
	ok(r && nhits(r) == 2, "search_run_should_collapse_passages_into_items "
	    "(%d hits)", r ? nhits(r) : -1);
	for (i = 0; r && i < nhits(r); i++) {
		if (strcmp(hstr(hit(r, i), "type"), "item") != 0)
			ok1 = 0;
	}
	ok(ok1, "search_run_should_return_items_by_default");
	ok(r && strcmp(hstr(hit(r, 0), "id"), "it1") == 0,
	    "search_run_should_rank_title_match_first");
	ok(r && strstr(hstr(hit(r, 0), "snippet_html"), "<mark>") != NULL,
	    "search_run_should_highlight_snippet (%s)",
	    r ? hstr(hit(r, 0), "snippet_html") : "");
	ok(r && cJSON_GetArraySize(cJSON_GetObjectItem(hit(r, 0),
	    "resolutions")) == 1, "search_run_should_list_item_resolutions");
	cJSON_Delete(r);

	r = q(e, "speaker:gunn recruitment");
	ok(r && nhits(r) == 1 && strcmp(hstr(hit(r, 0), "id"), "it1") == 0,
	    "speaker_filter_should_restrict_to_items_with_that_speaker");
	m = r ? cJSON_GetObjectItem(hit(r, 0), "match") : NULL;
	ok(m && strcmp(hstr(m, "section"), "question") == 0 &&
	    strcmp(hstr(m, "speaker"), "Mrs A Gunn") == 0,
	    "search_run_should_report_matching_passage (%s, %s)",
	    m ? hstr(m, "type") : "", m ? hstr(m, "speaker") : "");
	cJSON_Delete(r);

	r = q(e, "speaker:\"Mrs A. Gunn\" recruitment");
	ok(r && nhits(r) == 1, "speaker_filter_should_accept_titles_and_dots");
	cJSON_Delete(r);
}

static void
test_passages(struct search_engine *e)
{
	struct search_request req;
	cJSON *r;
	char *msg;
	int rc;

	search_request_init(&req);
	req.query = "speaker:gunn recruitment";
	req.passages = 1;
	r = run(e, &req, &rc, &msg);
	ok(r && nhits(r) >= 1 && strcmp(hstr(hit(r, 0), "type"),
	    "question") == 0 && strcmp(hstr(hit(r, 0), "speaker"),
	    "Mrs A Gunn") == 0 &&
	    strcmp(hstr(hit(r, 0), "item_id"), "it1") == 0,
	    "passages_should_return_the_question_first");
	cJSON_Delete(r);
	free(msg);

	req.query = "noted";
	r = run(e, &req, &rc, &msg);
	ok(r && !has_id(r, "it1") && !has_id(r, "it3"),
	    "passages_should_never_return_items");
	cJSON_Delete(r);
	free(msg);
}

static void
test_fields(struct search_engine *e)
{
	cJSON *r;

	r = q(e, "resolution:noted");
	ok(r && nhits(r) == 1 && has_id(r, "it1"),
	    "resolution_prefix_should_search_resolutions_only");
	cJSON_Delete(r);
	r = q(e, "resolved:noted");
	ok(r && nhits(r) == 1 && has_id(r, "it1"),
	    "resolved_should_be_an_alias_of_resolution");
	cJSON_Delete(r);
	r = q(e, "noted");
	ok(r && nhits(r) == 2, "unprefixed_word_should_search_every_section");
	cJSON_Delete(r);
	r = q(e, "title:ofsted");
	ok(r && nhits(r) == 1 && has_id(r, "it2"),
	    "title_prefix_should_search_titles");
	cJSON_Delete(r);
	r = q(e, "council:blackpool children");
	ok(r && nhits(r) == 1 && has_id(r, "it3"),
	    "council_should_match_words_of_the_name");
	cJSON_Delete(r);
	r = q(e, "year:2017");
	ok(r && nhits(r) == 1 && has_id(r, "it2"),
	    "year_alone_should_filter_everything");
	cJSON_Delete(r);
	r = q(e, "children date:2017-01-01..2019-12-31");
	ok(r && nhits(r) == 2 && !has_id(r, "it1"),
	    "date_range_should_include_and_exclude");
	cJSON_Delete(r);
	r = q(e, "children date:..2016-12-31");
	ok(r && nhits(r) == 1 && has_id(r, "it1"),
	    "open_date_range_should_work");
	cJSON_Delete(r);
	r = q(e, "children date:2019-01-01..");
	ok(r && nhits(r) == 1 && has_id(r, "it3"),
	    "open_ended_date_range_should_work");
	cJSON_Delete(r);
	r = q(e, "type:question kinship");
	ok(r && nhits(r) == 1 && has_id(r, "it3"),
	    "type_filter_should_match_passages");
	cJSON_Delete(r);
	r = q(e, "outcome:deferred");
	ok(r && nhits(r) == 1 && has_id(r, "it3"),
	    "outcome_filter_should_find_resolutions");
	cJSON_Delete(r);
	r = q(e, "\"social workers\" -recruitment");
	ok(r && nhits(r) == 0, "phrase_and_not_should_combine");
	cJSON_Delete(r);
	r = q(e, "recruit*");
	ok(r && nhits(r) == 2, "wildcard_should_expand");
	cJSON_Delete(r);
	r = q(e, "kinship NEAR carers");
	ok(r && nhits(r) == 1, "near_should_work");
	cJSON_Delete(r);
	r = q(e, "(ofsted OR kinship) AND children");
	ok(r && nhits(r) == 2, "brackets_and_boolean_should_work");
	cJSON_Delete(r);
	r = q(e, "CSE");
	ok(r && has_id(r, "it2"), "acronym_should_expand_from_synonyms");
	cJSON_Delete(r);
}

static void
test_filters(struct search_engine *e)
{
	struct search_request req;
	cJSON *r, *r2;
	char *msg = NULL;
	int rc;

	search_request_init(&req);
	req.query = "children";
	r = run(e, &req, &rc, &msg);
	free(msg);
	ok(search_request_set_filter(&req, "from", "2017", NULL) == 0 &&
	    search_request_set_filter(&req, "to", "2018-12", NULL) == 0,
	    "set_filter_should_accept_partial_dates");
	r2 = run(e, &req, &rc, &msg);
	free(msg);
	ok(r2 && nhits(r2) == 1 && has_id(r2, "it2"),
	    "from_to_filter_should_restrict");
	/* Filters must not change the ranking: scores stay the same. */
	ok(r && r2 && nhits(r2) == 1 && score_of(r2, "it2") ==
	    score_of(r, "it2"), "filters_should_not_change_scores");
	cJSON_Delete(r);
	cJSON_Delete(r2);
	ok(search_request_set_filter(&req, "year", "20x6", &msg) ==
	    SEARCH_EQUERY && msg != NULL, "set_filter_should_reject_bad_year");
	free(msg);
	msg = NULL;
	ok(search_request_set_filter(&req, "colour", "red", &msg) ==
	    SEARCH_EQUERY, "set_filter_should_reject_unknown_names");
	free(msg);
	search_request_init(&req);
	req.query = "children";
	search_request_set_filter(&req, "council", "durham", NULL);
	search_request_set_filter(&req, "speaker", "Cllr O Gunn", NULL);
	r = run(e, &req, &rc, &msg);
	free(msg);
	ok(r && nhits(r) == 1 && has_id(r, "it2"),
	    "council_and_speaker_filters_should_combine");
	cJSON_Delete(r);
}

static void
test_errors(struct search_engine *e)
{
	struct search_request req;
	cJSON *r;
	char *msg = NULL;
	int rc;
	const char *bad[] = { "foo AND", "AND AND", "social OR", NULL };
	size_t i;

	search_request_init(&req);
	for (i = 0; bad[i] != NULL; i++) {
		req.query = bad[i];
		req.lenient = 0;
		r = run(e, &req, &rc, &msg);
		ok(r == NULL && rc == SEARCH_EQUERY && msg != NULL &&
		    strstr(msg, "bad query") != NULL,
		    "malformed_query_should_fail '%s' (%s)", bad[i],
		    msg ? msg : "");
		free(msg);
		req.lenient = 1;
		r = run(e, &req, &rc, &msg);
		ok(r != NULL && cJSON_IsString(cJSON_GetObjectItem(r,
		    "warning")), "lenient_should_retry_with_warning '%s'",
		    bad[i]);
		cJSON_Delete(r);
		free(msg);
	}
	req.lenient = 0;
	req.query = "";
	r = run(e, &req, &rc, &msg);
	ok(r == NULL && rc == SEARCH_EQUERY, "empty_query_should_fail");
	free(msg);
	req.query = "type:minutes";
	r = run(e, &req, &rc, &msg);
	ok(r == NULL && rc == SEARCH_EQUERY && msg && strstr(msg, "type"),
	    "unknown_type_should_fail");
	free(msg);
	req.query = "children";
	req.limit = SEARCH_MAX_LIMIT + 1;
	r = run(e, &req, &rc, &msg);
	ok(r == NULL && rc == SEARCH_EQUERY, "huge_limit_should_fail");
	free(msg);
}

static void
test_natural(struct search_engine *e)
{
	cJSON *r, *r2, *ign;
	int same;

	r = q(e, "Summarize the discussion about kinship carers");
	r2 = q(e, "kinship carers");
	same = r && r2 && nhits(r) == nhits(r2) && nhits(r) > 0 &&
	    strcmp(hstr(hit(r, 0), "id"), hstr(hit(r2, 0), "id")) == 0 &&
	    cJSON_GetObjectItem(hit(r, 0), "score")->valuedouble ==
	    cJSON_GetObjectItem(hit(r2, 0), "score")->valuedouble;
	ok(same, "instruction_words_should_not_count");
	ign = r ? cJSON_GetObjectItem(r, "ignored") : NULL;
	ok(cJSON_GetArraySize(ign) >= 3, "ignored_words_should_be_reported");
	cJSON_Delete(r);
	cJSON_Delete(r2);
	r = q(e, "What did Hunt think of kinship carers?");
	ok(r && nhits(r) == 1 && has_id(r, "it3"),
	    "question_phrasing_should_find_content");
	cJSON_Delete(r);
	r = q(e, "discussion");
	ok(r && nhits(r) == 1 && cJSON_GetObjectItem(r, "ignored") == NULL,
	    "a_lone_instruction_word_is_still_searched");
	cJSON_Delete(r);
}

static void
test_spelling(struct search_engine *e)
{
	cJSON *r;
	const cJSON *s;

	r = q(e, "recruitmnet");
	s = r ? cJSON_GetObjectItem(r, "suggestion") : NULL;
	ok(cJSON_IsString(s) && strcmp(s->valuestring, "recruitment") == 0,
	    "misspelling_should_suggest (%s)", cJSON_IsString(s) ?
	    s->valuestring : "none");
	cJSON_Delete(r);
	r = q(e, "recruitment");
	ok(r && cJSON_GetObjectItem(r, "suggestion") == NULL,
	    "correct_word_should_not_suggest");
	cJSON_Delete(r);
}

static int
facet_count(const cJSON *res, const char *facet, const char *val)
{
	const cJSON *f = cJSON_GetObjectItem(cJSON_GetObjectItem(res,
	    "facets"), facet), *v;

	cJSON_ArrayForEach(v, f) {
		if (strcmp(hstr(v, "value"), val) == 0)
			return (int)cJSON_GetObjectItem(v,
			    "count")->valuedouble;
	}
	return -1;
}

static void
test_facets_sort(struct search_engine *e)
{
	struct search_request req;
	cJSON *r;
	char *msg = NULL;
	int rc;

	search_request_init(&req);
	req.query = "children";
	ok(search_facets_parse("council, year,type,speaker", &req.facets,
	    NULL) == 0, "facets_parse_should_accept_names");
	ok(search_facets_parse("colour", &req.facets, &msg) == SEARCH_EQUERY,
	    "facets_parse_should_reject_unknown");
	free(msg);
	search_facets_parse("council,year,type,speaker", &req.facets, NULL);
	r = run(e, &req, &rc, &msg);
	free(msg);
	ok(r && facet_count(r, "council", "Durham County Council") == 2 &&
	    facet_count(r, "council", "Blackpool Council") == 1,
	    "council_facet_should_count_items");
	ok(r && facet_count(r, "year", "2019") == 1,
	    "year_facet_should_count_items");
	ok(r && cJSON_IsTrue(cJSON_GetObjectItem(r, "total_exact")) &&
	    cJSON_GetObjectItem(r, "total")->valuedouble == 3,
	    "facets_should_give_exact_total");
	cJSON_Delete(r);

	search_request_init(&req);
	req.query = "children";
	req.sort = SEARCH_SORT_DATE_DESC;
	r = run(e, &req, &rc, &msg);
	free(msg);
	ok(r && nhits(r) == 3 && strcmp(hstr(hit(r, 0), "id"), "it3") == 0 &&
	    strcmp(hstr(hit(r, 2), "id"), "it1") == 0,
	    "sort_date_desc_should_put_newest_first");
	cJSON_Delete(r);
	req.sort = SEARCH_SORT_DATE;
	req.limit = 1;
	req.offset = 1;
	r = run(e, &req, &rc, &msg);
	free(msg);
	ok(r && nhits(r) == 1 && strcmp(hstr(hit(r, 0), "id"), "it2") == 0 &&
	    cJSON_GetObjectItem(hit(r, 0), "rank")->valuedouble == 2,
	    "offset_and_limit_should_page");
	cJSON_Delete(r);
}

static void
test_explain(struct search_engine *e)
{
	struct search_request req;
	const cJSON *ex;
	cJSON *r;
	char *msg = NULL;
	int rc;
	double score, sum;

	search_request_init(&req);
	req.query = "recruitment workers";
	req.explain = 1;
	r = run(e, &req, &rc, &msg);
	free(msg);
	ex = r ? cJSON_GetObjectItem(hit(r, 0), "explain") : NULL;
	score = ex ? cJSON_GetObjectItem(ex, "score")->valuedouble : -1;
	sum = ex ? cJSON_GetObjectItem(ex, "terms_sum")->valuedouble : 0;
	ok(ex && cJSON_GetArraySize(cJSON_GetObjectItem(ex, "terms")) == 2 &&
	    score > 0 && sum > score * 0.999 && sum < score * 1.001,
	    "explain_terms_should_add_up_to_score (%g vs %g)", sum, score);
	ok(ex && cJSON_GetObjectItem(cJSON_GetObjectItem(ex, "sections"),
	    "title") != NULL, "explain_should_score_sections");
	cJSON_Delete(r);
}

static void
test_json_request(void)
{
	struct search_request req;
	cJSON *j;
	char *msg = NULL;

	search_request_init(&req);
	j = cJSON_Parse("{\"id\":7,\"q\":\"care\",\"limit\":3,\"offset\":2,"
	    "\"sort\":\"-date\",\"passages\":true,\"facets\":[\"year\"],"
	    "\"filters\":{\"year\":2016,\"council\":\"durham\"}}");
	ok(search_request_from_json(&req, j, &msg) == 0 && req.limit == 3 &&
	    req.offset == 2 && req.sort == SEARCH_SORT_DATE_DESC &&
	    req.passages && req.facets == SEARCH_FACET_YEAR &&
	    req.year == 2016 && strcmp(req.council, "durham") == 0 &&
	    strcmp(req.query, "care") == 0,
	    "request_from_json_should_read_all");
	cJSON_Delete(j);
	free(msg);
	msg = NULL;
	j = cJSON_Parse("{\"q\":\"care\",\"limit\":-1}");
	ok(search_request_from_json(&req, j, &msg) == SEARCH_EQUERY && msg,
	    "request_from_json_should_reject_negative_limit");
	cJSON_Delete(j);
	free(msg);
	msg = NULL;
	j = cJSON_Parse("{\"q\":\"care\",\"filters\":{\"planet\":\"x\"}}");
	ok(search_request_from_json(&req, j, &msg) == SEARCH_EQUERY && msg,
	    "request_from_json_should_reject_unknown_filter");
	cJSON_Delete(j);
	free(msg);
}

/* Every output format, parsed back. */
static void
test_output(struct search_engine *e)
{
	struct output_opts o;
	cJSON *r, *back;
	char *data = NULL, *line, *save = NULL, *f, *fsave;
	size_t len = 0;
	FILE *m;
	int n, cols, good;
	char qid[32], q0[8], doc[64], run[32];
	int rank;
	double score;

	r = q(e, "children");
	memset(&o, 0, sizeof(o));
	o.format = OUTPUT_JSON;
	m = open_memstream(&data, &len);
	ok(r && output_result(m, r, &o) == 0, "output_json_should_write");
	fclose(m);
	back = cJSON_Parse(data);
	ok(back && nhits(back) == 3 && strcmp(hstr(hit(back, 0), "id"),
	    hstr(hit(r, 0), "id")) == 0, "output_json_should_parse_back");
	cJSON_Delete(back);
	free(data);

	o.format = OUTPUT_JSONL;
	data = NULL;
	m = open_memstream(&data, &len);
	output_result(m, r, &o);
	fclose(m);
	n = 0;
	good = 1;
	for (line = strtok_r(data, "\n", &save); line;
	    line = strtok_r(NULL, "\n", &save)) {
		back = cJSON_Parse(line);
		if (back == NULL || strcmp(hstr(back, "id"),
		    hstr(hit(r, n), "id")) != 0)
			good = 0;
		cJSON_Delete(back);
		n++;
	}
	ok(good && n == 3, "output_jsonl_should_be_one_hit_per_line");
	free(data);

	o.format = OUTPUT_TSV;
	data = NULL;
	m = open_memstream(&data, &len);
	output_result(m, r, &o);
	fclose(m);
	n = 0;
	good = 1;
	save = NULL;
	for (line = strtok_r(data, "\n", &save); line;
	    line = strtok_r(NULL, "\n", &save)) {
		cols = 1;
		for (f = line; *f; f++)
			cols += *f == '\t';
		if (cols != 12)
			good = 0;
		if (n == 1) {
			fsave = NULL;
			strtok_r(line, "\t", &fsave);
			strtok_r(NULL, "\t", &fsave);
			f = strtok_r(NULL, "\t", &fsave);
			if (f == NULL || strcmp(f, hstr(hit(r, 0), "id")) != 0)
				good = 0;
		}
		n++;
	}
	ok(good && n == 4, "output_tsv_should_have_header_and_12_columns");
	free(data);

	o.format = OUTPUT_TREC;
	o.qid = "q7";
	o.run = "test run";
	data = NULL;
	m = open_memstream(&data, &len);
	output_result(m, r, &o);
	fclose(m);
	n = 0;
	good = 1;
	save = NULL;
	for (line = strtok_r(data, "\n", &save); line;
	    line = strtok_r(NULL, "\n", &save)) {
		if (sscanf(line, "%31s %7s %63s %d %lf %31s", qid, q0, doc,
		    &rank, &score, run) != 6 || strcmp(qid, "q7") != 0 ||
		    strcmp(q0, "Q0") != 0 || rank != n + 1 ||
		    strcmp(doc, hstr(hit(r, n), "id")) != 0 ||
		    strcmp(run, "test_run") != 0)
			good = 0;
		n++;
	}
	ok(good && n == 3, "output_trec_should_have_six_columns");
	free(data);

	o.format = OUTPUT_TEXT;
	o.color = 1;
	data = NULL;
	m = open_memstream(&data, &len);
	output_result(m, r, &o);
	fclose(m);
	ok(data && strstr(data, "\033[1;33m") != NULL &&
	    strstr(data, "1. ") != NULL, "output_text_should_colour_hits");
	free(data);
	o.color = 0;
	data = NULL;
	m = open_memstream(&data, &len);
	output_result(m, r, &o);
	fclose(m);
	ok(data && strchr(data, '\033') == NULL && strstr(data, "<mark>") ==
	    NULL, "output_text_without_colour_should_be_plain");
	free(data);

	line = output_batch_line(cJSON_GetObjectItem(r, "query"), r, NULL,
	    NULL);
	back = cJSON_Parse(line);
	ok(back && back->child && strcmp(back->child->string, "id") == 0 &&
	    nhits(back) == 3, "batch_line_should_put_id_first");
	cJSON_Delete(back);
	cJSON_free(line);
}

static void
test_french(const char *dir)
{
	struct xap_wdb *db;
	struct xap_termgen *tg;
	struct xap_doc *d;
	struct search_engine *e;
	char *path = xasprintf("%s/fr", dir);
	const char *t = "Les chevaux du conseil municipal.";
	cJSON *r, *data;
	int rc;

	db = xap_wdb_open(path, XAP_CREATE_OR_OVERWRITE, 0, &rc, NULL);
	tg = xap_termgen_new("french", NULL, &rc, NULL);
	d = xap_doc_new(&rc, NULL);
	xap_termgen_set_document(tg, d, NULL);
	xap_termgen_index_text(tg, t, strlen(t), 1, NULL, NULL);
	value(d, VAL_ITEM, "fr1");
	data = cJSON_CreateObject();
	cJSON_AddStringToObject(data, "id", "fr1");
	cJSON_AddStringToObject(data, "type", "item");
	cJSON_AddStringToObject(data, "title", t);
	add_doc(db, d, "fr1", data);
	xap_wdb_set_metadata(db, META_LANGUAGE, "french", 6, NULL);
	xap_wdb_commit(db, NULL);
	xap_doc_free(d);
	xap_termgen_free(tg);
	xap_wdb_free(db);

	e = open_engine(path);
	ok(e && strcmp(search_engine_language(e), "french") == 0,
	    "engine_should_read_language_from_metadata");
	r = e ? q(e, "cheval") : NULL;
	ok(r && nhits(r) == 1, "engine_should_stem_in_the_index_language");
	cJSON_Delete(r);
	search_engine_free(e);
	free(path);
}

/* A document of the index whose stored JSON is exactly data. */
static void
add_raw(struct xap_wdb *db, struct xap_termgen *tg, const char *id,
    const char *words, const char *data)
{
	struct xap_doc *d;
	char *q;
	int rc;

	d = xap_doc_new(&rc, NULL);
	xap_termgen_set_document(tg, d, NULL);
	xap_termgen_index_text(tg, words, strlen(words), 1, NULL, NULL);
	value(d, VAL_ITEM, id);
	bterm(d, PFX_ID, id);
	xap_doc_set_data(d, data, strlen(data), NULL);
	q = xasprintf("%s%s", PFX_ID, id);
	xap_wdb_replace_by_term(db, q, strlen(q), d, NULL);
	free(q);
	xap_doc_free(d);
}

/* Stored JSON as any JSON writer may leave it, and damaged. */
static void
test_stored_json(const char *dir)
{
	struct xap_wdb *db;
	struct xap_termgen *tg;
	struct search_engine *e;
	char *path = xasprintf("%s/json", dir);
	const cJSON *h;
	const char *snip;
	cJSON *r;
	int rc;

	db = xap_wdb_open(path, XAP_CREATE_OR_OVERWRITE, 0, &rc, NULL);
	tg = xap_termgen_new("english", NULL, &rc, NULL);
	add_raw(db, tg, "sj1", "arboretum planting plan",
	    "{ \"id\" : \"sj1\", \"type\":\"item\",\"title\":"
	    "\"Tree \\\"plan\\\" a\\\\b \\u00e9\\ud83d\\ude00\\t\","
	    "\"council\":\"C1\",\"extra\":{\"x\":[1,-2.5e3,true,null,{}]},"
	    "\"sections\":[7,{\"type\":\"discussion\",\"text\":"
	    "\"The arboretum \\\"planting\\\"\\nplan\",\"text\":\"no\"}],"
	    "\"council\":\"C2\"}");
	add_raw(db, tg, "sj2", "zzdamaged", "{\"id\":\"sj2\",\"title\":\"br");
	add_raw(db, tg, "sj3", "zzsurrogate",
	    "{\"id\":\"sj3\",\"title\":\"\\ud83d\"}");
	xap_wdb_set_metadata(db, META_LANGUAGE, "english", 7, NULL);
	xap_wdb_commit(db, NULL);
	xap_termgen_free(tg);
	xap_wdb_free(db);

	e = open_engine(path);
	r = e ? q(e, "arboretum") : NULL;
	h = r && nhits(r) == 1 ? hit(r, 0) : NULL;
	ok(h && strcmp(hstr(h, "title"),
	    "Tree \"plan\" a\\b \xc3\xa9\xf0\x9f\x98\x80\t") == 0,
	    "stored_json_escapes_should_be_decoded (%s)",
	    h ? hstr(h, "title") : "");
	ok(h && strcmp(hstr(h, "council"), "C1") == 0,
	    "stored_json_first_of_a_repeated_key_should_count");
	snip = h ? hstr(h, "snippet") : "";
	ok(h && strstr(snip, "The arboretum \"planting\"\nplan") != NULL,
	    "stored_json_sections_should_be_read_past_other_values (%s)",
	    snip);
	cJSON_Delete(r);
	r = e ? q(e, "zzdamaged") : NULL;
	h = r && nhits(r) == 1 ? hit(r, 0) : NULL;
	ok(h && strcmp(hstr(h, "id"), "sj2") == 0 &&
	    cJSON_IsNull(cJSON_GetObjectItem(h, "title")) &&
	    strcmp(hstr(h, "snippet"), "") == 0,
	    "damaged_stored_json_should_show_the_rest");
	cJSON_Delete(r);
	r = e ? q(e, "zzsurrogate") : NULL;
	h = r && nhits(r) == 1 ? hit(r, 0) : NULL;
	ok(h && cJSON_IsNull(cJSON_GetObjectItem(h, "title")),
	    "a_lone_surrogate_should_make_stored_json_damaged");
	cJSON_Delete(r);
	search_engine_free(e);
	free(path);
}

static void
test_reopen(const char *dir)
{
	char *path = xasprintf("%s/idx", dir);
	struct search_engine *e = open_engine(path);
	struct xap_wdb *db;
	struct xap_doc *d;
	cJSON *r, *data;
	int rc, changed = -1;

	db = xap_wdb_open(path, XAP_OPEN, 0, &rc, NULL);
	ok(db != NULL, "writer_should_open_while_engine_reads");
	d = xap_doc_new(&rc, NULL);
	xap_doc_add_term(d, "Zzebra", 6, 1, NULL);
	value(d, VAL_ITEM, "it9");
	data = cJSON_CreateObject();
	cJSON_AddStringToObject(data, "id", "it9");
	cJSON_AddStringToObject(data, "type", "item");
	add_doc(db, d, "it9", data);
	xap_doc_free(d);
	xap_wdb_commit(db, NULL);
	xap_wdb_free(db);
	r = q(e, "zebra");
	ok(r && nhits(r) == 0, "engine_should_keep_its_snapshot");
	cJSON_Delete(r);
	ok(search_engine_reopen(e, &changed, NULL) == 0 && changed == 1,
	    "reopen_should_notice_a_commit");
	r = q(e, "zebra");
	ok(r && nhits(r) == 1, "reopen_should_show_new_documents");
	cJSON_Delete(r);
	search_engine_free(e);
	free(path);
}

int
main(void)
{
	char tmpl[] = "/tmp/test_search.XXXXXX", *dir, *path, *cmd, *msg = NULL;
	struct search_engine *e;
	struct search_engine_opts o;
	const char *missing[1] = { "/nonexistent/db" };
	int rc;

	dir = mkdtemp(tmpl);
	if (dir == NULL)
		return 99;
	path = xasprintf("%s/idx", dir);
	ok(build_index(path, "english") == 0, "build_index");
	e = open_engine(path);
	ok(e != NULL, "engine_should_open");
	if (e != NULL) {
		test_items(e);
		test_passages(e);
		test_fields(e);
		test_filters(e);
		test_errors(e);
		test_natural(e);
		test_spelling(e);
		test_facets_sort(e);
		test_explain(e);
		test_output(e);
		search_engine_free(e);
	}
	test_json_request();
	test_french(dir);
	test_stored_json(dir);
	test_reopen(dir);

	memset(&o, 0, sizeof(o));
	o.dbs = missing;
	o.ndbs = 1;
	e = search_engine_open(&o, &rc, &msg);
	ok(e == NULL && rc == SEARCH_EDB && msg != NULL,
	    "missing_database_should_be_a_database_error");
	free(msg);

	cmd = xasprintf("rm -rf '%s'", dir);
	if (getenv("TEST_SEARCH_KEEP") != NULL)
		printf("# kept %s\n", dir);
	else if (system(cmd) != 0)
		printf("# could not remove %s\n", dir);
	free(cmd);
	free(path);
	return tap_done();
}
