/*
 * record.c: the record model and its JSON form.  docs/record-format.md is
 * the contract; keep the two in step.
 */
#include <config.h>

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "util.h"

static const char *const section_names[] = {
	"agenda", "question", "answer", "resolution", "discussion"
};

struct record *
record_new(void)
{
	return xcalloc(1, sizeof(struct record));
}

static void
section_clear(struct rec_section *s)
{
	free(s->text);
	free(s->speaker);
	free(s->speaker_key);
	free(s->role);
	free(s->proposer);
	free(s->seconder);
	free(s->outcome);
}

void
record_free(struct record *r)
{
	size_t i;

	if (r == NULL)
		return;
	free(r->id);
	free(r->title);
	free(r->purpose);
	free(r->council);
	free(r->committee);
	free(r->date);
	free(r->url);
	free(r->source);
	free(r->item);
	for (i = 0; i < r->nrefs; i++)
		free(r->refs[i]);
	free(r->refs);
	for (i = 0; i < r->nsections; i++)
		section_clear(&r->sections[i]);
	free(r->sections);
	for (i = 0; i < r->nspeakers; i++) {
		free(r->speakers[i].name);
		free(r->speakers[i].title);
		free(r->speakers[i].key);
		free(r->speakers[i].role);
	}
	free(r->speakers);
	for (i = 0; i < r->nacronyms; i++) {
		free(r->acronyms[i].abbr);
		free(r->acronyms[i].expansion);
	}
	free(r->acronyms);
	free(r);
}

struct rec_section *
record_add_section(struct record *r, enum rec_section_type type)
{
	struct rec_section *s;

	r->sections = xreallocarray(r->sections, r->nsections + 1,
	    sizeof *r->sections);
	s = &r->sections[r->nsections++];
	memset(s, 0, sizeof *s);
	s->type = type;
	s->answers = -1;
	return s;
}

static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

static int
same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

size_t
record_add_speaker(struct record *r, const char *name, const char *title,
    const char *key, const char *role)
{
	struct rec_speaker *sp;
	size_t i;

	for (i = 0; i < r->nspeakers; i++) {
		sp = &r->speakers[i];
		if (!same(sp->key, key))
			continue;
		/* The first mention may have lacked what a later one says. */
		if (sp->role == NULL && role != NULL)
			sp->role = xstrdup(role);
		if (sp->title == NULL && title != NULL)
			sp->title = xstrdup(title);
		if (sp->name == NULL && name != NULL)
			sp->name = xstrdup(name);
		return i;
	}
	r->speakers = xreallocarray(r->speakers, r->nspeakers + 1,
	    sizeof *r->speakers);
	sp = &r->speakers[r->nspeakers];
	sp->name = dup_or_null(name);
	sp->title = dup_or_null(title);
	sp->key = dup_or_null(key);
	sp->role = dup_or_null(role);
	return r->nspeakers++;
}

void
record_add_acronym(struct record *r, const char *abbr, const char *expansion)
{
	size_t i;

	for (i = 0; i < r->nacronyms; i++)
		if (strcmp(r->acronyms[i].abbr, abbr) == 0)
			return;
	r->acronyms = xreallocarray(r->acronyms, r->nacronyms + 1,
	    sizeof *r->acronyms);
	r->acronyms[r->nacronyms].abbr = xstrdup(abbr);
	r->acronyms[r->nacronyms].expansion = dup_or_null(expansion);
	r->nacronyms++;
}

void
record_add_ref(struct record *r, const char *ref)
{
	size_t i;

	for (i = 0; i < r->nrefs; i++)
		if (strcmp(r->refs[i], ref) == 0)
			return;
	r->refs = xreallocarray(r->refs, r->nrefs + 1, sizeof *r->refs);
	r->refs[r->nrefs++] = xstrdup(ref);
}

const char *
record_section_name(enum rec_section_type type)
{
	if ((unsigned)type >= sizeof section_names / sizeof section_names[0])
		return "discussion";
	return section_names[type];
}

int
record_section_type(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof section_names / sizeof section_names[0]; i++)
		if (strcmp(name, section_names[i]) == 0)
			return (int)i;
	return -1;
}

/* ---- To JSON ---- */

/* Adds s under name unless it is NULL: absent means "not known". */
static void
add_str(cJSON *obj, const char *name, const char *s)
{
	if (s != NULL)
		cJSON_AddItemToObject(obj, name, cJSON_CreateString(s));
}

static cJSON *
section_to_json(const struct rec_section *s)
{
	cJSON *o = cJSON_CreateObject();

	add_str(o, "type", record_section_name(s->type));
	add_str(o, "text", s->text != NULL ? s->text : "");
	cJSON_AddItemToObject(o, "start", cJSON_CreateNumber((double)s->start));
	cJSON_AddItemToObject(o, "end", cJSON_CreateNumber((double)s->end));
	add_str(o, "speaker", s->speaker);
	add_str(o, "speaker_key", s->speaker_key);
	add_str(o, "role", s->role);
	if (s->answers >= 0)
		cJSON_AddItemToObject(o, "answers",
		    cJSON_CreateNumber(s->answers));
	add_str(o, "proposer", s->proposer);
	add_str(o, "seconder", s->seconder);
	add_str(o, "outcome", s->outcome);
	return o;
}

cJSON *
record_to_json(const struct record *r)
{
	cJSON *o, *a, *e;
	size_t i;

	o = cJSON_CreateObject();
	add_str(o, "id", r->id);
	add_str(o, "source", r->source);
	add_str(o, "item", r->item);
	add_str(o, "title", r->title);
	add_str(o, "purpose", r->purpose);
	add_str(o, "council", r->council);
	add_str(o, "committee", r->committee);
	add_str(o, "date", r->date);
	add_str(o, "url", r->url);
	cJSON_AddItemToObject(o, "routine", cJSON_CreateBool(r->routine));
	if (r->has_seq)
		cJSON_AddNumberToObject(o, "seq", (double)r->seq);

	a = cJSON_AddArrayToObject(o, "refs");
	for (i = 0; i < r->nrefs; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(r->refs[i]));

	a = cJSON_AddArrayToObject(o, "speakers");
	for (i = 0; i < r->nspeakers; i++) {
		e = cJSON_CreateObject();
		add_str(e, "name", r->speakers[i].name);
		add_str(e, "title", r->speakers[i].title);
		add_str(e, "key", r->speakers[i].key);
		add_str(e, "role", r->speakers[i].role);
		cJSON_AddItemToArray(a, e);
	}

	a = cJSON_AddArrayToObject(o, "acronyms");
	for (i = 0; i < r->nacronyms; i++) {
		e = cJSON_CreateObject();
		add_str(e, "abbr", r->acronyms[i].abbr);
		add_str(e, "expansion", r->acronyms[i].expansion);
		cJSON_AddItemToArray(a, e);
	}

	a = cJSON_AddArrayToObject(o, "sections");
	for (i = 0; i < r->nsections; i++)
		cJSON_AddItemToArray(a, section_to_json(&r->sections[i]));
	return o;
}

/* ---- From JSON ---- */

/*
 * Copies the string member name of obj into *dst.  A missing or null
 * member leaves *dst alone; any other type is an error.
 */
static int
get_str(const cJSON *obj, const char *name, char **dst, char **errmsg)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);

	if (v == NULL || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsString(v) || v->valuestring == NULL) {
		if (errmsg != NULL)
			*errmsg = xasprintf("field \"%s\" is not a string",
			    name);
		return -1;
	}
	free(*dst);
	*dst = xstrdup(v->valuestring);
	return 0;
}

/* A non-negative integer member, or def when absent. */
static int
get_size(const cJSON *obj, const char *name, double max, double *dst,
    char **errmsg)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);

	if (v == NULL || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0) ||
	    v->valuedouble > max || v->valuedouble != floor(v->valuedouble)) {
		if (errmsg != NULL)
			*errmsg = xasprintf("field \"%s\" is not a whole "
			    "number in range", name);
		return -1;
	}
	*dst = v->valuedouble;
	return 0;
}

/* An array member (absent is fine: *dst = NULL). */
static int
get_array(const cJSON *obj, const char *name, const cJSON **dst,
    char **errmsg)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);

	*dst = NULL;
	if (v == NULL || cJSON_IsNull(v))
		return 0;
	if (!cJSON_IsArray(v)) {
		if (errmsg != NULL)
			*errmsg = xasprintf("field \"%s\" is not an array",
			    name);
		return -1;
	}
	*dst = v;
	return 0;
}

static int
section_from_json(struct record *r, const cJSON *o, char **errmsg)
{
	struct rec_section *s;
	const cJSON *t;
	double start = 0, end = 0, answers = -1;
	int type;

	if (!cJSON_IsObject(o)) {
		if (errmsg != NULL)
			*errmsg = xstrdup("a section is not an object");
		return -1;
	}
	t = cJSON_GetObjectItemCaseSensitive(o, "type");
	if (t == NULL)
		type = SEC_DISCUSSION;
	else if (!cJSON_IsString(t) ||
	    (type = record_section_type(t->valuestring)) < 0) {
		if (errmsg != NULL)
			*errmsg = xstrdup("a section has an unknown \"type\"");
		return -1;
	}
	s = record_add_section(r, (enum rec_section_type)type);
	if (get_str(o, "text", &s->text, errmsg) < 0 ||
	    get_str(o, "speaker", &s->speaker, errmsg) < 0 ||
	    get_str(o, "speaker_key", &s->speaker_key, errmsg) < 0 ||
	    get_str(o, "role", &s->role, errmsg) < 0 ||
	    get_str(o, "proposer", &s->proposer, errmsg) < 0 ||
	    get_str(o, "seconder", &s->seconder, errmsg) < 0 ||
	    get_str(o, "outcome", &s->outcome, errmsg) < 0 ||
	    get_size(o, "start", (double)SIZE_MAX, &start, errmsg) < 0 ||
	    get_size(o, "end", (double)SIZE_MAX, &end, errmsg) < 0)
		return -1;
	t = cJSON_GetObjectItemCaseSensitive(o, "answers");
	if (t != NULL && !cJSON_IsNull(t)) {
		if (!cJSON_IsNumber(t) || t->valuedouble < -1 ||
		    t->valuedouble >= (double)r->nsections - 1 ||
		    t->valuedouble != floor(t->valuedouble)) {
			if (errmsg != NULL)
				*errmsg = xstrdup("\"answers\" does not name "
				    "an earlier section");
			return -1;
		}
		answers = t->valuedouble;
	}
	if (s->text == NULL)
		s->text = xstrdup("");
	s->start = (size_t)start;
	s->end = (size_t)end;
	if (s->end < s->start)
		s->end = s->start;
	s->answers = (int)answers;
	return 0;
}

int
record_seq_from_json(const cJSON *v, long *seq)
{
	const char *p;
	long n = 0;

	if (cJSON_IsNumber(v)) {
		if (!(v->valuedouble >= 0 &&
		    v->valuedouble <= (double)RECORD_SEQ_MAX) ||
		    v->valuedouble != floor(v->valuedouble))
			return -1;
		*seq = (long)v->valuedouble;
		return 0;
	}
	if (!cJSON_IsString(v))
		return -1;
	p = v->valuestring;
	while (*p == ' ')
		p++;
	if (*p < '0' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		n = n * 10 + (*p - '0');
		if (n > RECORD_SEQ_MAX)
			return -1;
	}
	while (*p == ' ')
		p++;
	if (*p != '\0')
		return -1;
	*seq = n;
	return 0;
}

struct record *
record_from_json(const cJSON *o, char **errmsg)
{
	struct record *r;
	const cJSON *a, *e, *v;

	if (errmsg != NULL)
		*errmsg = NULL;
	if (!cJSON_IsObject(o)) {
		if (errmsg != NULL)
			*errmsg = xstrdup("a record is not a JSON object");
		return NULL;
	}
	r = record_new();
	if (get_str(o, "id", &r->id, errmsg) < 0 ||
	    get_str(o, "source", &r->source, errmsg) < 0 ||
	    get_str(o, "item", &r->item, errmsg) < 0 ||
	    get_str(o, "title", &r->title, errmsg) < 0 ||
	    get_str(o, "purpose", &r->purpose, errmsg) < 0 ||
	    get_str(o, "council", &r->council, errmsg) < 0 ||
	    get_str(o, "committee", &r->committee, errmsg) < 0 ||
	    get_str(o, "date", &r->date, errmsg) < 0 ||
	    get_str(o, "url", &r->url, errmsg) < 0)
		goto fail;
	v = cJSON_GetObjectItemCaseSensitive(o, "routine");
	if (v != NULL && !cJSON_IsNull(v)) {
		if (cJSON_IsBool(v))
			r->routine = cJSON_IsTrue(v);
		else if (cJSON_IsNumber(v))
			r->routine = v->valuedouble != 0;
		else {
			if (errmsg != NULL)
				*errmsg = xstrdup("field \"routine\" is not "
				    "a boolean");
			goto fail;
		}
	}
	v = cJSON_GetObjectItemCaseSensitive(o, "seq");
	if (v != NULL && !cJSON_IsNull(v)) {
		if (record_seq_from_json(v, &r->seq) < 0) {
			if (errmsg != NULL)
				*errmsg = xstrdup("field \"seq\" is not a "
				    "whole number from 0");
			goto fail;
		}
		r->has_seq = 1;
	}

	if (get_array(o, "refs", &a, errmsg) < 0)
		goto fail;
	cJSON_ArrayForEach(e, a) {
		if (!cJSON_IsString(e)) {
			if (errmsg != NULL)
				*errmsg = xstrdup("a ref is not a string");
			goto fail;
		}
		record_add_ref(r, e->valuestring);
	}

	if (get_array(o, "speakers", &a, errmsg) < 0)
		goto fail;
	cJSON_ArrayForEach(e, a) {
		char *name = NULL, *title = NULL, *key = NULL, *role = NULL;
		int rc;

		rc = cJSON_IsObject(e) ? 0 : -1;
		if (rc < 0 && errmsg != NULL)
			*errmsg = xstrdup("a speaker is not an object");
		if (rc == 0)
			rc = get_str(e, "name", &name, errmsg);
		if (rc == 0)
			rc = get_str(e, "title", &title, errmsg);
		if (rc == 0)
			rc = get_str(e, "key", &key, errmsg);
		if (rc == 0)
			rc = get_str(e, "role", &role, errmsg);
		if (rc == 0)
			record_add_speaker(r, name, title, key, role);
		free(name);
		free(title);
		free(key);
		free(role);
		if (rc < 0)
			goto fail;
	}

	if (get_array(o, "acronyms", &a, errmsg) < 0)
		goto fail;
	cJSON_ArrayForEach(e, a) {
		char *abbr = NULL, *exp = NULL;
		int rc;

		rc = cJSON_IsObject(e) ? 0 : -1;
		if (rc == 0)
			rc = get_str(e, "abbr", &abbr, errmsg);
		if (rc == 0)
			rc = get_str(e, "expansion", &exp, errmsg);
		if (rc == 0 && abbr == NULL)
			rc = -1;
		if (rc < 0 && errmsg != NULL && *errmsg == NULL)
			*errmsg = xstrdup("an acronym lacks \"abbr\"");
		if (rc == 0)
			record_add_acronym(r, abbr, exp);
		free(abbr);
		free(exp);
		if (rc < 0)
			goto fail;
	}

	if (get_array(o, "sections", &a, errmsg) < 0)
		goto fail;
	cJSON_ArrayForEach(e, a)
		if (section_from_json(r, e, errmsg) < 0)
			goto fail;
	return r;

fail:
	record_free(r);
	return NULL;
}
