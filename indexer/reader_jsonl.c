/*
 * reader_jsonl.c: JSON Lines, one record per line.  A line is either a
 * record as record_to_json() writes it (sections and all), or a plain
 * object with id, title, text, council, committee, date, url ... whose
 * text is split into sections here.  --field maps other names onto ours:
 * "id=number,text=body,date=issue_date,speaker=sponsor".  A "seq" (a
 * turn number) makes the record one turn of its meeting's conversation.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "reader_int.h"
#include "record.h"
#include "text.h"

static const char *const targets[] = {
	"id", "title", "purpose", "text", "council", "committee", "date",
	"url", "item", "speaker", "role", "source", "sections",
	"resolutions", "questions", "seq", "mover", "seconder", "action",
	"result",
};

#define NTARGETS (sizeof targets / sizeof targets[0])

struct fmap {
	char *from[NTARGETS];	/* source field for each target, or NULL */
};

static int
target_index(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < NTARGETS; i++)
		if (strlen(targets[i]) == n && memcmp(targets[i], name, n) == 0)
			return (int)i;
	return -1;
}

static void
fmap_free(struct fmap *m)
{
	size_t i;

	for (i = 0; i < NTARGETS; i++)
		free(m->from[i]);
}

static int
fmap_parse(const char *map, struct fmap *m, char **errmsg)
{
	const char *p = map;

	memset(m, 0, sizeof *m);
	if (map == NULL)
		return 0;
	while (*p != '\0') {
		const char *comma = strchr(p, ','), *eq;
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		int ti;

		eq = memchr(p, '=', len);
		if (eq == NULL || eq == p || eq + 1 == p + len) {
			if (errmsg != NULL)
				*errmsg = xasprintf("bad field map entry "
				    "\"%.*s\" (want ours=theirs)", (int)len,
				    p);
			goto fail;
		}
		ti = target_index(p, (size_t)(eq - p));
		if (ti < 0) {
			if (errmsg != NULL)
				*errmsg = xasprintf("unknown field \"%.*s\" in "
				    "field map (known: id, title, purpose, "
				    "text, council, committee, date, url, "
				    "item, speaker, role, source, sections, "
				    "resolutions, questions, seq, mover, "
				    "seconder, action, result)",
				    (int)(eq - p), p);
			goto fail;
		}
		free(m->from[ti]);
		m->from[ti] = xstrndup(eq + 1, len - (size_t)(eq + 1 - p));
		p += len;
		if (*p == ',')
			p++;
	}
	return 0;
fail:
	fmap_free(m);
	return -1;
}

int
reader_field_map_check(const char *map, char **errmsg)
{
	struct fmap m;

	if (errmsg != NULL)
		*errmsg = NULL;
	if (fmap_parse(map, &m, errmsg) < 0)
		return -1;
	fmap_free(&m);
	return 0;
}

/*
 * The value of field name in o; a dotted name ("meeting.date") walks
 * into objects when o has no field of that name itself.
 */
static const cJSON *
member(const cJSON *o, const char *name)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
	const char *dot;
	char *head;

	if (v != NULL || (dot = strchr(name, '.')) == NULL || dot == name)
		return v;
	head = xstrndup(name, (size_t)(dot - name));
	v = cJSON_GetObjectItemCaseSensitive(o, head);
	free(head);
	return cJSON_IsObject(v) ? member(v, dot + 1) : NULL;
}

/*
 * Names other exports give a field, tried when a record has none of the
 * name itself and no --field maps it: committee-management systems'
 * "minutes", "decision", "meeting_date", "organisation".
 */
static const struct {
	const char *target, *name;
} aliases[] = {
	{ "text", "minutes" }, { "text", "content" },
	{ "text", "minutes_text" },
	{ "resolutions", "decision" }, { "resolutions", "decisions" },
	{ "resolutions", "resolution" },
	{ "committee", "body" }, { "committee", "committee_name" },
	{ "committee", "meeting_body" },
	{ "council", "organisation" }, { "council", "organization" },
	{ "council", "authority" },
	{ "date", "meeting_date" }, { "date", "meetingDate" },
	{ "date", "date_of_meeting" },
	{ "item", "item_number" }, { "item", "itemNumber" },
	{ "item", "agenda_item" },
	{ "id", "item_id" }, { "id", "ItemId" }, { "id", "itemId" },
};

/* 1 if v is a body's name, not the text a "body" field also holds. */
static int
short_name(const cJSON *v)
{
	return cJSON_IsString(v) && strlen(v->valuestring) < 100 &&
	    strpbrk(v->valuestring, "<\n") == NULL;
}

/*
 * 1 if v, found under another export's name, is of the kind target
 * holds: an export's "minutes" that is a link object is no text, and
 * is left alone rather than failing the record.
 */
static int
alias_fits(const char *target, const char *name, const cJSON *v)
{
	if (strcmp(name, "body") == 0)
		return short_name(v);
	if (strcmp(target, "text") == 0)
		return cJSON_IsString(v) || cJSON_IsArray(v);
	if (strcmp(target, "resolutions") == 0)
		return cJSON_IsString(v) || cJSON_IsArray(v) ||
		    cJSON_IsObject(v);
	return cJSON_IsString(v) || cJSON_IsNumber(v);
}

/* 1 if --field maps some field from name. */
static int
mapped_from(const struct fmap *m, const char *name)
{
	size_t i;

	for (i = 0; i < NTARGETS; i++)
		if (m->from[i] != NULL && strcmp(m->from[i], name) == 0)
			return 1;
	return 0;
}

static const cJSON *
field(const cJSON *o, const struct fmap *m, const char *target)
{
	int ti = target_index(target, strlen(target));
	const cJSON *v;
	size_t i;

	v = member(o, ti >= 0 && m->from[ti] ? m->from[ti] : target);
	for (i = 0; v == NULL && (ti < 0 || m->from[ti] == NULL) &&
	    i < sizeof aliases / sizeof aliases[0]; i++) {
		if (strcmp(aliases[i].target, target) != 0 ||
		    mapped_from(m, aliases[i].name))
			continue;
		v = cJSON_GetObjectItemCaseSensitive(o, aliases[i].name);
		if (v != NULL && !alias_fits(target, aliases[i].name, v))
			v = NULL;
	}
	return cJSON_IsNull(v) ? NULL : v;
}

/* A string field, normalised; numbers are written out.  -1: wrong type. */
static int
str_field(const cJSON *o, const struct fmap *m, const char *target,
    char **dst)
{
	const cJSON *v = field(o, m, target);
	struct buf b = BUF_INIT;

	if (v == NULL)
		return 0;
	if (cJSON_IsString(v)) {
		text_normalize(v->valuestring, strlen(v->valuestring), &b,
		    NULL);
	} else if (cJSON_IsNumber(v)) {
		double d = v->valuedouble;

		/* whole numbers as such; the cast is only safe in range */
		if (d > -1e15 && d < 1e15 && d == (double)(long long)d)
			buf_printf(&b, "%lld", (long long)d);
		else
			buf_printf(&b, "%.17g", d);
	} else
		return -1;
	free(*dst);
	*dst = buf_steal(&b);
	if (text_squeeze(*dst) == 0) {
		free(*dst);
		*dst = NULL;
	}
	return 0;
}

/*
 * The text field: a string, or an array of strings (paragraphs, joined by
 * blank lines).  Section spans are offsets in this text.
 */
static int
text_field(const cJSON *o, const struct fmap *m, struct tmap *tm)
{
	const cJSON *v = field(o, m, "text"), *e;
	struct buf joined = BUF_INIT;

	if (v == NULL)
		return 0;
	if (cJSON_IsString(v)) {
		char *plain = reader_html_text(v->valuestring,
		    strlen(v->valuestring));

		/* "<p>The Committee received ...</p>": its words */
		if (plain != NULL)
			tm_add_norm(tm, plain, 0, strlen(plain));
		else
			tm_add_norm(tm, v->valuestring, 0,
			    strlen(v->valuestring));
		free(plain);
		return 1;
	}
	if (!cJSON_IsArray(v))
		return -1;
	cJSON_ArrayForEach(e, v) {
		if (!cJSON_IsString(e)) {
			buf_free(&joined);
			return -1;
		}
		if (joined.len > 0)
			buf_puts(&joined, "\n\n");
		buf_puts(&joined, e->valuestring);
	}
	if (joined.len > 0) {
		char *plain = reader_html_text(joined.data, joined.len);

		if (plain != NULL)
			tm_add_norm(tm, plain, 0, strlen(plain));
		else
			tm_add_norm(tm, joined.data, 0, joined.len);
		free(plain);
	}
	buf_free(&joined);
	return 1;
}

static struct rec_section *
add_text_section(struct record *rec, enum rec_section_type type,
    const char *text)
{
	struct rec_section *s;
	char *t = NULL;

	if (text != NULL)
		t = rd_squeeze(text, strlen(text));
	if (t == NULL)
		return NULL;
	s = record_add_section(rec, type);
	s->text = t;
	return s;
}

static void
set_person(struct record *rec, struct rec_section *s, const char *label)
{
	struct rd_person p;

	if (label == NULL || *label == '\0')
		return;
	rd_person_from_label(label, &p);
	free(s->speaker);
	free(s->speaker_key);
	s->speaker = p.name ? xstrdup(p.name) : NULL;
	s->speaker_key = p.key ? xstrdup(p.key) : NULL;
	if (p.role != NULL && s->role == NULL)
		s->role = xstrdup(p.role);
	if (p.named || p.role != NULL)
		record_add_speaker(rec, p.name, p.title, p.key, p.role);
	rd_person_clear(&p);
}

static const char *
obj_str(const cJSON *o, const char *name)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

/*
 * The first of names (a NULL-ended list) that o holds as a string: the
 * names other exports give a field ("mover" for "proposer").
 */
static const char *
obj_str_any(const cJSON *o, const char *const *names)
{
	const char *str;

	for (; *names != NULL; names++)
		if ((str = obj_str(o, *names)) != NULL)
			return str;
	return NULL;
}

static const char *const res_text[] = {
	"text", "description", "motion", "resolution", "decision", NULL,
};
static const char *const res_proposer[] = {
	"proposer", "mover", "moved_by", "proposed_by", "movedBy", NULL,
};
static const char *const res_seconder[] = {
	"seconder", "seconded_by", "secondedBy", NULL,
};
static const char *const q_text[] = { "text", "question", NULL };
static const char *const q_asker[] = {
	"speaker", "asker", "asked_by", "askedBy", NULL,
};
static const char *const q_answer[] = {
	"answer", "response", "reply", NULL,
};
static const char *const q_answerer[] = {
	"answerer", "answered_by", "responder", "answeredBy", NULL,
};

/* A vote's result as a platform records it: "Pass", "Failed". */
static const char *
vote_outcome(const char *result)
{
	static const char *const lost[] = {
		"fail", "lost", "defeat",
	};
	static const char *const refused[] = {
		"reject", "refus", "den",
	};
	static const char *const won[] = {
		"pass", "carried", "adopt", "approv", "agreed",
	};
	static const char *const put_off[] = {
		"tabled", "continued", "deferred", "postponed", "laid over",
	};
	size_t i, n = strlen(result);

	for (i = 0; i < sizeof lost / sizeof lost[0]; i++)
		if (rd_prefix(result, n, lost[i]))
			return "lost";
	for (i = 0; i < sizeof refused / sizeof refused[0]; i++)
		if (rd_prefix(result, n, refused[i]))
			return "refused";
	for (i = 0; i < sizeof put_off / sizeof put_off[0]; i++)
		if (rd_prefix(result, n, put_off[i]))
			return "deferred";
	for (i = 0; i < sizeof won / sizeof won[0]; i++)
		if (rd_prefix(result, n, won[i]))
			return "agreed";
	return rd_outcome(result, 0);
}

/*
 * One decision, a string or an object: {"text", "proposer", "seconder",
 * "outcome"}, or as other exports name them {"description", "mover",
 * "seconded_by", "result"}.
 */
static void
resolution_one(const cJSON *e, struct record *rec)
{
	struct rec_section *s;
	const char *str, *o;

	if (cJSON_IsString(e)) {
		s = add_text_section(rec, SEC_RESOLUTION, e->valuestring);
		if (s != NULL)
			s->outcome = xstrdup(rd_outcome(s->text, 1));
		return;
	}
	s = add_text_section(rec, SEC_RESOLUTION, obj_str_any(e, res_text));
	if (s == NULL)
		return;
	if ((str = obj_str_any(e, res_proposer)) != NULL)
		s->proposer = rd_squeeze(str, strlen(str));
	if ((str = obj_str_any(e, res_seconder)) != NULL)
		s->seconder = rd_squeeze(str, strlen(str));
	if ((str = obj_str(e, "outcome")) != NULL) {
		s->outcome = xstrdup(str);
		return;
	}
	/* "result": "Pass", "Carried", "Failed" */
	o = (str = obj_str_any(e, (const char *const[]){ "result",
	    "status", NULL })) != NULL ? vote_outcome(str) : "unknown";
	if (strcmp(o, "unknown") == 0)
		o = rd_outcome(s->text, 1);
	s->outcome = xstrdup(o);
}

/* "resolutions": ["That ...", {"text", "proposer", "seconder", ...}] */
static int
resolutions_field(const cJSON *o, const struct fmap *m, struct record *rec)
{
	const cJSON *v = field(o, m, "resolutions"), *e;

	if (v == NULL)
		return 0;
	/* one decision, not a list: "decision": {"text", "mover", ...} */
	if (cJSON_IsObject(v) || cJSON_IsString(v)) {
		resolution_one(v, rec);
		return 0;
	}
	if (!cJSON_IsArray(v))
		return -1;
	cJSON_ArrayForEach(e, v)
		if (!cJSON_IsObject(e) && !cJSON_IsString(e))
			return -1;
	cJSON_ArrayForEach(e, v)
		resolution_one(e, rec);
	return 0;
}

/*
 * A decision a record carries as fields of its own, as vote exports do:
 * "action": "Approved", "vote_result": "Pass", "moved_by": "Council Member
 * Stahl", "seconded_by": ... ("mover", "seconder", "action", "result" by
 * --field).  The movers and outcome go to the last resolution the text
 * made without any, else to a resolution of the action's words (or the
 * title's).  -1 when a field is not a string.
 */
static int
record_decision(const cJSON *o, const struct fmap *m, struct record *rec)
{
	static const char *const action_names[] = {
		"action", "action_taken", "actionName", "EventItemActionName",
		NULL,
	};
	static const char *const result_names[] = {
		"result", "vote_result", "voteResult", "passed",
		"EventItemPassedFlagName", NULL,
	};
	static const char *const mover_names[] = {
		"mover", "moved_by", "movedBy", "EventItemMover", NULL,
	};
	static const char *const seconder_names[] = {
		"seconder", "seconded_by", "secondedBy", "EventItemSeconder",
		NULL,
	};
	const char *const *names[4] = {
		mover_names, seconder_names, action_names, result_names,
	};
	const char *const tnames[4] = { "mover", "seconder", "action",
	    "result" };
	const char *v[4], *res;
	struct rec_section *s = NULL;
	size_t i;

	for (i = 0; i < 4; i++) {
		const cJSON *f = m->from[target_index(tnames[i],
		    strlen(tnames[i]))] != NULL ? field(o, m, tnames[i]) : NULL;

		if (f != NULL && !cJSON_IsString(f))
			return -1;
		v[i] = f != NULL ? f->valuestring : obj_str_any(o, names[i]);
		if (v[i] != NULL && *v[i] == '\0')
			v[i] = NULL;
	}
	if (v[0] == NULL && v[1] == NULL && v[2] == NULL && v[3] == NULL)
		return 0;
	/* the decision the text recorded, when it did */
	for (i = rec->nsections; i-- > 0 && s == NULL; )
		if (rec->sections[i].type == SEC_RESOLUTION)
			s = &rec->sections[i];
	if (s == NULL) {
		s = add_text_section(rec, SEC_RESOLUTION, v[2] != NULL ? v[2] :
		    rec->title);
		if (s == NULL)
			return 0;
		s->outcome = xstrdup(rd_outcome(s->text, 1));
	}
	if (v[0] != NULL && s->proposer == NULL)
		s->proposer = rd_squeeze(v[0], strlen(v[0]));
	if (v[1] != NULL && s->seconder == NULL)
		s->seconder = rd_squeeze(v[1], strlen(v[1]));
	/* the recorded result decides; else the action's words */
	res = v[3] != NULL ? vote_outcome(v[3]) : v[2] != NULL ?
	    vote_outcome(v[2]) : "unknown";
	/* (a motion carried is as its words say: "to table" defers) */
	if (strcmp(res, "unknown") != 0 && (strcmp(res, "agreed") != 0 ||
	    s->outcome == NULL || strcmp(s->outcome, "unknown") == 0)) {
		free(s->outcome);
		s->outcome = xstrdup(res);
	}
	if (s->outcome == NULL)
		s->outcome = xstrdup(rd_outcome(s->text, 1));
	return 0;
}

/* One question, a string or an object, and its answer. */
static void
question_one(const cJSON *e, struct record *rec)
{
	struct rec_section *s;
	const char *str;
	int q;

	if (cJSON_IsString(e)) {
		add_text_section(rec, SEC_QUESTION, e->valuestring);
		return;
	}
	s = add_text_section(rec, SEC_QUESTION, obj_str_any(e, q_text));
	if (s == NULL)
		return;
	set_person(rec, s, obj_str_any(e, q_asker));
	q = (int)rec->nsections - 1;
	s = add_text_section(rec, SEC_ANSWER, obj_str_any(e, q_answer));
	if (s == NULL)
		return;
	s->answers = q;
	str = obj_str_any(e, q_answerer);
	if (str != NULL)
		set_person(rec, s, str);
	if ((str = obj_str(e, "role")) != NULL && s->role == NULL)
		s->role = xstrdup(str);
}

/*
 * "questions": ["...", {"text", "speaker", "answer", "answerer"}], or
 * one such question alone.
 */
static int
questions_field(const cJSON *o, const struct fmap *m, struct record *rec)
{
	const cJSON *v = field(o, m, "questions"), *e;

	if (v == NULL)
		return 0;
	if (cJSON_IsObject(v) || cJSON_IsString(v)) {
		question_one(v, rec);
		return 0;
	}
	if (!cJSON_IsArray(v))
		return -1;
	cJSON_ArrayForEach(e, v)
		if (!cJSON_IsObject(e) && !cJSON_IsString(e))
			return -1;
	cJSON_ArrayForEach(e, v)
		question_one(e, rec);
	return 0;
}

/* A title for a record that has none: its first sentence, shortened. */
static char *
title_from_text(const char *t, size_t n)
{
	char *flat = rd_squeeze(t, n < 400 ? n : 400), *title;
	size_t i, m;

	if (flat == NULL)
		return NULL;
	m = strlen(flat);
	for (i = 0; i < m && i < 100; i++)
		if ((flat[i] == '.' || flat[i] == '?' || flat[i] == '!') &&
		    i > 20 && (i + 1 == m || flat[i + 1] == ' '))
			break;
	if (i == 100 && i < m)
		while (i > 20 && flat[i] != ' ')
			i--;
	title = rd_squeeze(flat, i < m ? i : m);
	free(flat);
	return title;
}

/* One line's object into a record; NULL and *why when it cannot be. */
static struct record *
object_record(const cJSON *o, const struct fmap *m, const char **why,
    char **errmsg)
{
	static const char *const strs[] = {
		"id", "title", "purpose", "council", "committee", "date",
		"url", "item", "source",
	};
	struct record *rec;
	struct tmap tm;
	char **dst[9];
	char *speaker = NULL, *role = NULL;
	size_t i;
	int has_text;

	*why = NULL;
	if (field(o, m, "sections") != NULL &&
	    m->from[target_index("text", 4)] == NULL) {
		rec = record_from_json(o, errmsg);
		if (rec == NULL)
			return NULL;
		if (rec->nsections == 0 && rec->title == NULL) {
			*why = "record has no text";
			record_free(rec);
			return NULL;
		}
		return rec;
	}
	rec = record_new();
	dst[0] = &rec->id;
	dst[1] = &rec->title;
	dst[2] = &rec->purpose;
	dst[3] = &rec->council;
	dst[4] = &rec->committee;
	dst[5] = &rec->date;
	dst[6] = &rec->url;
	dst[7] = &rec->item;
	dst[8] = &rec->source;
	for (i = 0; i < sizeof strs / sizeof strs[0]; i++)
		if (str_field(o, m, strs[i], dst[i]) < 0) {
			*errmsg = xasprintf("field \"%s\" is not a string",
			    strs[i]);
			goto fail;
		}
	if (str_field(o, m, "speaker", &speaker) < 0 ||
	    str_field(o, m, "role", &role) < 0) {
		*errmsg = xstrdup("field \"speaker\" or \"role\" is not a "
		    "string");
		goto fail;
	}
	tm_init(&tm);
	has_text = text_field(o, m, &tm);
	if (has_text < 0) {
		tm_free(&tm);
		*errmsg = xstrdup("field \"text\" is not a string");
		goto fail;
	}
	if (rec->title != NULL) {
		struct rec_section *s = add_text_section(rec, SEC_AGENDA,
		    rec->title);

		if (s != NULL && rec->purpose != NULL) {
			char *both = xasprintf("%s %s", s->text, rec->purpose);

			free(s->text);
			s->text = both;
		}
	}
	if (has_text && speaker != NULL) {
		/* One speaker's turn: one section, theirs. */
		struct rec_section *s = add_text_section(rec,
		    memchr(tm.text.data, '?', tm.text.len) ? SEC_QUESTION :
		    SEC_DISCUSSION, tm.text.data);

		if (s != NULL) {
			s->end = tm.send;
			if (role != NULL)
				s->role = xstrdup(role);
			set_person(rec, s, speaker);
			rd_find_acronyms(rec, tm.text.data, tm.text.len);
			rd_find_refs(rec, tm.text.data, tm.text.len);
		}
	} else if (has_text)
		sections_parse(rec, &tm, 0, tm.text.len, NULL);
	if (rec->title == NULL && has_text)
		rec->title = title_from_text(tm.text.data, tm.text.len);
	tm_free(&tm);
	if (resolutions_field(o, m, rec) < 0 ||
	    questions_field(o, m, rec) < 0 || record_decision(o, m, rec) < 0) {
		*errmsg = xstrdup("\"resolutions\" or \"questions\" is not an "
		    "array of strings or objects");
		goto fail;
	}
	if (rec->nsections == 0) {
		*why = "record has no text";
		goto fail;
	}
	if (field(o, m, "seq") != NULL) {
		if (record_seq_from_json(field(o, m, "seq"), &rec->seq) < 0) {
			*errmsg = xstrdup("field \"seq\" is not a whole "
			    "number from 0");
			goto fail;
		}
		rec->has_seq = 1;
	}
	free(speaker);
	free(role);
	return rec;
fail:
	free(speaker);
	free(role);
	record_free(rec);
	return NULL;
}

/* 1 if data holds a JSON array, "[{...}, ...]", not lines of objects. */
static int
json_array(const char *data, size_t len)
{
	size_t i = len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

	while (i < len && rd_isspace((unsigned char)data[i]))
		i++;
	return i < len && data[i] == '[';
}

/*
 * The records of a JSON array: each element an object read as a line's
 * would be, its id by default NAME#N (N from 1).  data is NUL-terminated.
 */
static int
array_records(struct rctx *c, const struct fmap *m, const char *data,
    size_t len)
{
	const char *end = NULL, *why = NULL;
	const cJSON *e;
	cJSON *a;
	unsigned long k = 0;
	int rc = 0;

	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		data += 3;
	a = cJSON_ParseWithOpts(data, &end, 1);
	if (a == NULL || !cJSON_IsArray(a)) {
		size_t off = end != NULL && end >= data ? (size_t)(end - data) :
		    0;

		rd_reject(c, off, "malformed JSON array at offset %zu", off);
		cJSON_Delete(a);
		return 0;
	}
	cJSON_ArrayForEach(e, a) {
		struct record *rec;
		char *err = NULL;

		k++;
		if (rc != 0)
			break;
		if (!cJSON_IsObject(e)) {
			rd_reject_line(c, 0, 0, "element %lu of the array is "
			    "not a JSON object", k);
			continue;
		}
		rec = object_record(e, m, &why, &err);
		if (rec == NULL) {
			rd_reject_line(c, 0, 0, "element %lu of the array: %s",
			    k, err ? err : why ? why : "bad record");
			free(err);
			continue;
		}
		if (rec->id == NULL)
			rec->id = xasprintf("%s#%lu", c->base, k);
		rc = rd_emit(c, rec);
	}
	cJSON_Delete(a);
	return rc;
}

int
reader_jsonl(struct rctx *c, const char *data, size_t len)
{
	struct fmap m;
	struct buf line = BUF_INIT;
	size_t pos = 0;
	unsigned long lineno = c->line0;
	int rc = 0;

	if (fmap_parse(c->opts->field_map, &m, NULL) < 0)
		return -1;	/* checked by the caller already */
	if (json_array(data, len)) {
		rc = array_records(c, &m, data, len);
		fmap_free(&m);
		return rc;
	}
	while (pos < len && rc == 0) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		size_t eol = nl ? (size_t)(nl - data) : len, b = eol, a = pos;
		const char *end = NULL, *why = NULL;
		char *err = NULL;
		struct record *rec;
		cJSON *o;

		lineno++;
		pos = eol + 1;
		if (b > a && data[b - 1] == '\r')
			b--;
		while (a < b && rd_isspace((unsigned char)data[a]))
			a++;
		if (a == b)
			continue;
		if (b - a > READER_MAX_JSON_LINE) {
			rd_reject_line(c, lineno, a, "line of %zu bytes is "
			    "longer than %d; skipped", b - a,
			    READER_MAX_JSON_LINE);
			continue;
		}
		buf_reset(&line);
		buf_append(&line, data + a, b - a);
		o = cJSON_ParseWithOpts(line.data, &end, 1);
		if (o == NULL) {
			size_t col = end != NULL && end >= line.data ?
			    (size_t)(end - line.data) : 0;

			rd_reject_line(c, lineno, a + col, "malformed JSON at "
			    "column %zu", col + 1);
			continue;
		}
		if (!cJSON_IsObject(o)) {
			rd_reject_line(c, lineno, a, "not a JSON object");
			cJSON_Delete(o);
			continue;
		}
		rec = object_record(o, &m, &why, &err);
		cJSON_Delete(o);
		if (rec == NULL) {
			rd_reject_line(c, lineno, a, "%s", err ? err :
			    why ? why : "bad record");
			free(err);
			continue;
		}
		if (rec->id == NULL)
			rec->id = xasprintf("%s#%lu", c->base, lineno);
		rc = rd_emit(c, rec);
	}
	buf_free(&line);
	fmap_free(&m);
	return rc;
}
