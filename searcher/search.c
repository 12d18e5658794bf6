/*
 * search.c: the query engine.  Parses a query with Xapian's QueryParser
 * (stemming in the index's language, its synonyms and spelling table),
 * adds the request's filters, runs the match collapsed to one result per
 * agenda item (or over passages), and builds the JSON of docs/json.md:
 * snippets, the section that matched, the item's resolutions, facets and,
 * on request, how each score is made up.
 */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "like.h"
#include "rank.h"
#include "refs.h"
#include "related.h"
#include "schema.h"
#include "search.h"
#include "smooth.h"
#include "stop.h"
#include "text.h"
#include "util.h"
#include "xap.h"

#define DEFAULT_LANGUAGE	"english"
#define DEFAULT_SNIPPET		200
#define RESOLUTION_SHORT	160
#define MAX_RESOLUTIONS		10	/* listed per item, at most */
#define MAX_RETRIES		3
#define SPEAKER_BOOST		2.0	/* x idf, for a speaker named */
#define EXACT_COUNT_MAX		1000	/* matches counted exactly */
/* Internal: the indexer committed under us; reopen and retry. */
#define E_RETRY			(-100)
#define HI_START		"<mark>"
#define HI_END			"</mark>"
#define ELLIPSIS		"\xe2\x80\xa6"

/* Every query feature; spelling is added when a word is not indexed. */
#define QP_FLAGS	(XAP_QP_BOOLEAN | XAP_QP_PHRASE | XAP_QP_LOVEHATE | \
	XAP_QP_WILDCARD | XAP_QP_AUTO_SYNONYMS | \
	XAP_QP_AUTO_MULTIWORD_SYNONYMS | XAP_QP_PURE_NOT)
/* --lenient's retry: the words alone. */
#define QP_PLAIN	(XAP_QP_AUTO_SYNONYMS | XAP_QP_SPELLING)

/*
 * Words that instruct rather than describe what is sought ("Summarize
 * the discussion about X", "What did Y think of Z?").  Dropped, like
 * stopwords, from queries written in plain English without operators;
 * a query made of nothing else still searches for them.
 */
static const char *const instruction_words[] = {
	"summarize", "summarise", "summarized", "summarised", "summarizing",
	"summarising", "summary", "summaries", "overview",
	"discuss", "discussed", "discusses", "discussing", "discussion",
	"discussions",
	"talk", "talked", "talks", "talking", "say", "says", "saying",
	"said", "think", "thinks", "thinking", "thought", "thoughts",
	"opinion", "opinions", "view", "views", "stance", "attitude",
	"feel", "felt", "elaborate", "elaborated", "elaborating",
	"respond", "responded", "responding", "response", "react",
	"reacted", "reaction", "comment", "commented", "comments",
	"mention", "mentioned", "mentions", "explain", "explained",
	"explanation", "describe", "described", "tell", "told", "show",
	"find", "list", "give", "search", "look", "know", "want",
	"please", "anything", "something", "everything", "regarding",
	"concerning", "happened", "happen", "happens", "info",
	"information", "details", "detail",
	/* Nouns and links that frame a subject without naming it: "issues
	 * related to X", "concerns about X", "aspects of X". */
	"related", "relating", "issue", "issues", "concern", "concerns",
	"matter", "matters", "aspect", "aspects", "topic", "topics",
	NULL
};

/* Free-text fields and the prefixes they search. */
static const struct {
	const char *field;
	const char *prefix;
} text_fields[] = {
	{ "title", PFX_TITLE },
	{ "agenda", PFX_TITLE },
	{ "agenda", PFX_PURPOSE },
	{ "purpose", PFX_PURPOSE },
	{ "question", PFX_QUESTION },
	{ "answer", PFX_ANSWER },
	{ "resolution", PFX_RESOLUTION },
	{ "resolved", PFX_RESOLUTION },
	{ "discussion", PFX_DISCUSSION },
};

/* Boolean fields: filters that restrict without ranking. */
enum bool_field {
	BF_SPEAKER, BF_COUNCIL, BF_COMMITTEE, BF_TYPE, BF_YEAR, BF_OUTCOME,
	BF_REF, BF_ID, BF_ITEM, BF_COUNT
};

static const struct {
	const char *field;
	const char *prefix;
} bool_fields[BF_COUNT] = {
	[BF_SPEAKER] = { "speaker", PFX_SPEAKER },
	[BF_COUNCIL] = { "council", PFX_COUNCIL },
	[BF_COMMITTEE] = { "committee", PFX_COMMITTEE },
	[BF_TYPE] = { "type", PFX_TYPE },
	[BF_YEAR] = { "year", PFX_YEAR },
	[BF_OUTCOME] = { "outcome", PFX_OUTCOME },
	[BF_REF] = { "ref", PFX_REF },
	[BF_ID] = { "id", PFX_ID },
	[BF_ITEM] = { "item", PFX_ITEM },
};

/* Sections of an item, for the per-section part of --explain. */
static const struct {
	const char *name;
	const char *prefix;
} section_prefixes[] = {
	{ "title", PFX_TITLE },
	{ "purpose", PFX_PURPOSE },
	{ "question", PFX_QUESTION },
	{ "answer", PFX_ANSWER },
	{ "resolution", PFX_RESOLUTION },
	{ "discussion", PFX_DISCUSSION },
};

static const char *const doc_types[] = {
	TYPE_ITEM, TYPE_QUESTION, TYPE_ANSWER, TYPE_RESOLUTION, TYPE_ROUTINE,
	NULL
};

/* Facets: name, value slot, and whether they count items or passages. */
static const struct {
	unsigned bit;
	const char *name;
	unsigned slot;
	int per_item;	/* 1: in item mode, count each item once */
} facet_defs[] = {
	{ SEARCH_FACET_COUNCIL, "council", VAL_COUNCIL, 1 },
	{ SEARCH_FACET_COMMITTEE, "committee", VAL_COMMITTEE, 1 },
	{ SEARCH_FACET_YEAR, "year", VAL_YEAR, 1 },
	{ SEARCH_FACET_SPEAKER, "speaker", VAL_SPEAKER, 0 },
	{ SEARCH_FACET_TYPE, "type", VAL_TYPE, 0 },
	{ SEARCH_FACET_OUTCOME, "outcome", VAL_OUTCOME, 0 },
};
#define NFACETS	(sizeof(facet_defs) / sizeof(facet_defs[0]))

struct search_engine {
	struct xap_db *db;		/* owned: the index, read-only */
	char *lang;			/* owned: stemming language */
	char *stopfiles;		/* owned: --stopwords, or NULL */
	char *meta_stop;		/* owned: META_STOPWORDS as last read */
	struct xap_stopper *stop;	/* owned: query stopwords */
	struct xap_stopper *nlstop;	/* owned: stop + instruction words,
					 * made on first use (or NULL) */
	struct xap_qparser *qp;		/* owned: parses with stop */
	struct xap_qparser *nlqp;	/* owned: parses with nlstop (or
					 * NULL until first use) */
	cJSON *weights;			/* owned: META_WEIGHTS or NULL */
	/* Item of each docid (item_map_build), for counting items without
	 * reading a value per matching document; made once enough
	 * documents were decided on by value (decided) to pay for it. */
	unsigned *item_of;		/* owned: docid -> item number + 1,
					 * 0: no item value; or NULL */
	size_t nitem_of;		/* docids item_of covers */
	unsigned *item_seen;		/* owned: per item number + 1, the
					 * count that last saw it */
	size_t nitems;
	unsigned item_gen;		/* the count running */
	unsigned long long decided;
	/* Routine documents, a bit per docid (routine_map), for the match
	 * to rank them down; made at first use, dropped with item_of. */
	unsigned char *routine;		/* owned, or NULL */
	size_t nroutine;		/* docids it covers */
	size_t routine_docs;		/* how many are routine */
	int routine_failed;
};

/* Lower-case stems of the query's words, less their last letter. */
struct stems {
	char **s;	/* owned */
	size_t n;
};

/* What one run works with; freed by run_free. */
struct run {
	struct search_engine *eng;	/* borrowed */
	const struct search_request *req; /* borrowed */
	char *text;			/* owned: the query, preprocessed */
	int natural;			/* 1: plain words (no operators) */
	int lenient_used;		/* 1: parsed again as plain words */
	unsigned flags;			/* the parse flags used */
	struct xap_qparser *qp;		/* borrowed: the parser used */
	struct xap_query *parsed;	/* owned: the parsed query */
	struct xap_query *filter;	/* owned: request filters, or NULL */
	struct xap_query *query;	/* owned: what is run */
	struct xap_query *boost;	/* owned: speakers named, or NULL */
	const char *demote;		/* routine items' term, ranked down by
					 * the match (rank.h), or NULL */
	char *corrected;		/* owned: spelling suggestion or NULL */
	cJSON *ignored;			/* owned: stopwords dropped */
	char *qperror;			/* owned: the parser's message */
	char **speakers;		/* owned: speaker keys filtered on */
	size_t nspeakers;
	struct stems stems;		/* owned: for choosing snippets */
	int stems_ready;
};

/* ---- Small helpers ---- */

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Maps a wrapper error to a search error. */
static int
map_xap(int rc)
{
	switch (rc) {
	case XAP_OK:
		return SEARCH_OK;
	case XAP_EQUERY:
	case XAP_EINVAL:
		return SEARCH_EQUERY;
	case XAP_ENOMEM:
		return SEARCH_ENOMEM;
	case XAP_EMODIFIED:
		return E_RETRY;
	default:
		return SEARCH_EDB;
	}
}

/* Sets *errmsg to "what: detail" and frees detail. */
static void
set_err(char **errmsg, const char *what, char *detail)
{
	if (errmsg != NULL) {
		free(*errmsg);
		if (detail != NULL)
			*errmsg = xasprintf("%s: %s", what, detail);
		else
			*errmsg = xstrdup(what);
	}
	free(detail);
}

/* A lower-cased, malloc'd copy of s[0..len). */
static char *
lower_dup(const char *s, size_t len)
{
	struct buf b = BUF_INIT;

	text_lower(s, len, &b);
	if (b.data == NULL)
		return xstrdup("");
	return buf_steal(&b);
}

static int
is_word_char(int c)
{
	return isalnum((unsigned char)c) || (c & 0x80);
}

/* The end of the word starting at p; "Owen's" is one word. */
static const char *
word_end(const char *p)
{
	while (is_word_char(*p) || (*p == '\'' && is_word_char(p[1])))
		p++;
	return p;
}

/*
 * The boolean term prefix+value as the index writes it: longer than
 * SCHEMA_MAX_TERM bytes, it is cut and ends with '#' and the hash of the
 * value (schema.h).  Returns a malloc'd term.
 */
static char *
bool_term_text(const char *prefix, const char *value)
{
	size_t plen = strlen(prefix), vlen = strlen(value);

	if (plen + vlen <= SCHEMA_MAX_TERM)
		return xasprintf("%s%s", prefix, value);
	return xasprintf("%s%.*s#%016llx", prefix,
	    (int)(SCHEMA_MAX_TERM - 17 - plen), value,
	    util_hash64(value, vlen));
}

/* Adds key: s, or null when s is NULL or empty. */
static void
add_str_or_null(cJSON *obj, const char *key, const char *s)
{
	if (s != NULL && *s != '\0')
		cJSON_AddStringToObject(obj, key, s);
	else
		cJSON_AddNullToObject(obj, key);
}

/* ---- A set of strings, for counting each item once ---- */

struct strset {
	char **slot;	/* owned strings, NULL when empty */
	size_t cap;	/* a power of two */
	size_t n;
};

static void
strset_free(struct strset *s)
{
	size_t i;

	for (i = 0; i < s->cap; i++)
		free(s->slot[i]);
	free(s->slot);
	s->slot = NULL;
	s->cap = s->n = 0;
}

/* Adds s[0..len); returns 1 if it was new, 0 if already there. */
static int
strset_add(struct strset *s, const char *str, size_t len)
{
	size_t i, mask, k;
	char **old;
	size_t oldcap;

	if (s->n * 2 >= s->cap) {
		old = s->slot;
		oldcap = s->cap;
		s->cap = oldcap ? oldcap * 2 : 64;
		s->slot = xcalloc(s->cap, sizeof(*s->slot));
		s->n = 0;
		for (k = 0; k < oldcap; k++) {
			if (old[k] == NULL)
				continue;
			mask = s->cap - 1;
			i = util_hash64(old[k], strlen(old[k])) & mask;
			while (s->slot[i] != NULL)
				i = (i + 1) & mask;
			s->slot[i] = old[k];
			s->n++;
		}
		free(old);
	}
	mask = s->cap - 1;
	i = util_hash64(str, len) & mask;
	while (s->slot[i] != NULL) {
		if (strlen(s->slot[i]) == len &&
		    memcmp(s->slot[i], str, len) == 0)
			return 0;
		i = (i + 1) & mask;
	}
	s->slot[i] = xstrndup(str, len);
	s->n++;
	return 1;
}

/* Match decider: accepts the first document seen of each item. */
static int
first_of_item(void *ctx, const char *val, size_t len)
{
	return strset_add(ctx, val, len);
}

/* ---- The item of each document ---- */

static void
item_map_drop(struct search_engine *eng)
{
	free(eng->item_of);
	free(eng->item_seen);
	eng->item_of = eng->item_seen = NULL;
	eng->nitem_of = eng->nitems = 0;
	eng->item_gen = 0;
	eng->decided = 0;
	free(eng->routine);
	eng->routine = NULL;
	eng->nroutine = 0;
	eng->routine_docs = 0;
	eng->routine_failed = 0;
}

/* Item values seen while building the map: value -> item number. */
struct item_build {
	struct search_engine *eng;
	char **keys;		/* owned, open addressing */
	size_t *lens;
	unsigned *nums;		/* item number of keys[i], from 1 */
	size_t cap, n;
	const char *last;	/* borrowed from keys: the previous value */
	size_t lastlen;
	unsigned lastnum;
};

static size_t
item_slot(const struct item_build *b, const char *val, size_t len)
{
	size_t mask = b->cap - 1, i;

	i = (size_t)util_hash64(val, len) & mask;
	while (b->keys[i] != NULL && (b->lens[i] != len ||
	    memcmp(b->keys[i], val, len) != 0))
		i = (i + 1) & mask;
	return i;
}

static int
item_build_cb(void *ctx, unsigned docid, const char *val, size_t len)
{
	struct item_build *b = ctx;
	struct search_engine *eng = b->eng;
	struct item_build old;
	size_t i, k, n;

	/* A passage mostly follows its item: skip the lookup then. */
	if (b->last == NULL || len != b->lastlen ||
	    memcmp(val, b->last, len) != 0) {
		if (b->n * 2 >= b->cap) {
			old = *b;
			b->cap = old.cap ? old.cap * 2 : 1024;
			b->keys = xcalloc(b->cap, sizeof(*b->keys));
			b->lens = xcalloc(b->cap, sizeof(*b->lens));
			b->nums = xcalloc(b->cap, sizeof(*b->nums));
			for (k = 0; k < old.cap; k++) {
				if (old.keys[k] == NULL)
					continue;
				i = item_slot(b, old.keys[k], old.lens[k]);
				b->keys[i] = old.keys[k];
				b->lens[i] = old.lens[k];
				b->nums[i] = old.nums[k];
			}
			free(old.keys);
			free(old.lens);
			free(old.nums);
		}
		i = item_slot(b, val, len);
		if (b->keys[i] == NULL) {
			b->keys[i] = xstrndup(val, len);
			b->lens[i] = len;
			b->nums[i] = (unsigned)++b->n;
		}
		b->last = b->keys[i];
		b->lastlen = len;
		b->lastnum = b->nums[i];
	}
	if (docid >= eng->nitem_of) {
		n = eng->nitem_of ? eng->nitem_of * 2 : 4096;
		if (n <= docid)
			n = (size_t)docid + 1;
		eng->item_of = xreallocarray(eng->item_of, n,
		    sizeof(*eng->item_of));
		memset(eng->item_of + eng->nitem_of, 0,
		    (n - eng->nitem_of) * sizeof(*eng->item_of));
		eng->nitem_of = n;
	}
	eng->item_of[docid] = b->lastnum;
	return 0;
}

/*
 * Reads the item value of every document once into eng->item_of.  Only
 * for one local database: a remote one runs no local decider, and the
 * docids the decider sees must be those of the value stream.  On failure
 * the map stays unmade and items are told apart by value.
 */
static void
item_map_build(struct search_engine *eng)
{
	struct item_build b;
	const char *name;
	size_t k;
	int rc;

	name = xap_db_nshards(eng->db) == 1 ? xap_db_shard_name(eng->db, 0) :
	    NULL;
	if (name == NULL || strncmp(name, "tcp://", 6) == 0) {
		eng->decided = ULLONG_MAX;	/* never */
		return;
	}
	memset(&b, 0, sizeof(b));
	b.eng = eng;
	rc = xap_db_values(eng->db, VAL_ITEM, item_build_cb, &b, NULL);
	for (k = 0; k < b.cap; k++)
		free(b.keys[k]);
	free(b.keys);
	free(b.lens);
	free(b.nums);
	if (rc != 0) {
		item_map_drop(eng);
		return;
	}
	eng->nitems = b.n;
	eng->item_seen = xcalloc(b.n + 1, sizeof(*eng->item_seen));
}

static int
routine_add(void *ctx, unsigned docid)
{
	struct search_engine *eng = ctx;
	size_t n;

	if (docid >= eng->nroutine) {
		n = eng->nroutine ? eng->nroutine * 2 : 4096;
		while (n <= docid)
			n *= 2;
		eng->routine = xreallocarray(eng->routine, n / 8, 1);
		memset(eng->routine + eng->nroutine / 8, 0,
		    (n - eng->nroutine) / 8);
		eng->nroutine = n;
	}
	eng->routine[docid / 8] |= (unsigned char)(1u << (docid % 8));
	eng->routine_docs++;
	return 0;
}

/* xap_search.demoted: 1 if docid is a routine document. */
static int
routine_has(void *ctx, unsigned docid)
{
	const struct search_engine *eng = ctx;

	return docid < eng->nroutine &&
	    (eng->routine[docid / 8] >> (docid % 8) & 1);
}

/*
 * 1 if eng->routine is made (at the first call).  Only for local
 * databases, whose docids are those of the posting list; otherwise, or
 * when it cannot be read, the match reads the posting list itself.
 */
static int
routine_map(struct search_engine *eng)
{
	static const char term[] = PFX_TYPE TYPE_ROUTINE;

	if (eng->routine != NULL || eng->routine_failed)
		return eng->routine != NULL;
	if (xap_db_remote(eng->db) || xap_db_postings(eng->db, term,
	    sizeof(term) - 1, routine_add, eng, NULL) != 0) {
		free(eng->routine);
		eng->routine = NULL;
		eng->nroutine = 0;
		eng->routine_failed = 1;
		return 0;
	}
	if (eng->routine == NULL) {
		/* No routine documents: an empty map. */
		eng->routine = xcalloc(1, 1);
		eng->nroutine = 8;
	}
	return 1;
}

/* Counting the items of a match: the map when made, else the values. */
struct item_count {
	struct search_engine *eng;	/* borrowed */
	struct strset seen;		/* owned: values, without the map */
	size_t n;			/* items seen */
};

/* Docid decider: accepts the first document seen of each item. */
static int
item_first_seen(void *ctx, unsigned docid)
{
	struct item_count *c = ctx;
	struct search_engine *eng = c->eng;
	unsigned k = docid < eng->nitem_of ? eng->item_of[docid] : 0;

	if (eng->item_seen[k] == eng->item_gen)
		return 0;
	eng->item_seen[k] = eng->item_gen;
	c->n++;
	return 1;
}

/*
 * Sets s to keep the first matching document of each item.  expect is
 * how many documents the match may decide on: the map is made once the
 * documents decided on by value add up to a quarter of the index, past
 * which reading every item value once costs less.
 */
static void
item_count_start(struct search_engine *eng, struct xap_search *s,
    struct item_count *c, unsigned expect)
{
	unsigned doccount = 0;

	memset(c, 0, sizeof(*c));
	c->eng = eng;
	if (eng->item_of == NULL && eng->decided != ULLONG_MAX) {
		eng->decided += expect;
		if (xap_db_doccount(eng->db, &doccount, NULL) == 0 &&
		    eng->decided >= doccount / 4)
			item_map_build(eng);
	}
	if (eng->item_of != NULL) {
		if (++eng->item_gen == 0) {
			memset(eng->item_seen, 0, (eng->nitems + 1) *
			    sizeof(*eng->item_seen));
			eng->item_gen = 1;
		}
		s->docid_decider = item_first_seen;
		s->docid_decider_ctx = c;
	} else {
		s->decider = first_of_item;
		s->decider_ctx = &c->seen;
		s->decider_slot = VAL_ITEM;
	}
}

static size_t
item_count_done(struct item_count *c)
{
	size_t n = c->n + c->seen.n;

	strset_free(&c->seen);
	c->n = 0;
	return n;
}

/* ---- Request helpers ---- */

void
search_request_init(struct search_request *req)
{
	memset(req, 0, sizeof(*req));
	req->limit = SEARCH_DEFAULT_LIMIT;
	req->sort = SEARCH_SORT_RELEVANCE;
	req->facet_limit = 20;
	req->smooth = SMOOTH_ALPHA;
}

int
search_sort_from_name(const char *name)
{
	if (name == NULL || strcmp(name, "relevance") == 0)
		return SEARCH_SORT_RELEVANCE;
	if (strcmp(name, "date") == 0 || strcmp(name, "+date") == 0)
		return SEARCH_SORT_DATE;
	if (strcmp(name, "-date") == 0)
		return SEARCH_SORT_DATE_DESC;
	return -1;
}

const char *
search_sort_name(int sort)
{
	switch (sort) {
	case SEARCH_SORT_DATE:
		return "date";
	case SEARCH_SORT_DATE_DESC:
		return "-date";
	default:
		return "relevance";
	}
}

int
search_facets_parse(const char *list, unsigned *bits, char **errmsg)
{
	const char *p = list, *e;
	size_t i, len;

	*bits = 0;
	while (p != NULL && *p != '\0') {
		e = strchr(p, ',');
		len = e ? (size_t)(e - p) : strlen(p);
		while (len > 0 && p[0] == ' ') {
			p++;
			len--;
		}
		while (len > 0 && p[len - 1] == ' ')
			len--;
		if (len > 0) {
			for (i = 0; i < NFACETS; i++) {
				if (strlen(facet_defs[i].name) == len &&
				    memcmp(facet_defs[i].name, p, len) == 0)
					break;
			}
			if (i == NFACETS) {
				set_err(errmsg, "unknown facet", xasprintf(
				    "'%.*s' (known: council, committee, year, "
				    "speaker, type, outcome)", (int)len, p));
				return SEARCH_EQUERY;
			}
			*bits |= facet_defs[i].bit;
		}
		p = e ? e + 1 : NULL;
	}
	return SEARCH_OK;
}

/* 1 if s is YYYY, YYYY-MM or YYYY-MM-DD (also without dashes). */
static int
date_ok(const char *s)
{
	size_t i, nd = 0;

	for (i = 0; s[i] != '\0'; i++) {
		if (isdigit((unsigned char)s[i]))
			nd++;
		else if (s[i] != '-')
			return 0;
	}
	return nd == 4 || nd == 6 || nd == 8;
}

/* YYYYMMDD from a date_ok date; missing parts from fill ("0101"/"1231"). */
static void
date_key(const char *s, const char *fill, char out[9])
{
	size_t i, n = 0;

	for (i = 0; s[i] != '\0' && n < 8; i++) {
		if (isdigit((unsigned char)s[i]))
			out[n++] = s[i];
	}
	if (n == 4) {
		memcpy(out + 4, fill, 4);
	} else if (n == 6) {
		memcpy(out + 6, fill + 2, 2);
	}
	out[8] = '\0';
}

static int
type_ok(const char *s)
{
	size_t i;

	for (i = 0; doc_types[i] != NULL; i++) {
		if (strcasecmp(doc_types[i], s) == 0)
			return 1;
	}
	return 0;
}

int
search_request_set_filter(struct search_request *req, const char *name,
    const char *value, char **errmsg)
{
	char *end;
	long y;

	if (value != NULL && *value == '\0')
		value = NULL;
	if (strcmp(name, "council") == 0) {
		req->council = value;
	} else if (strcmp(name, "committee") == 0) {
		req->committee = value;
	} else if (strcmp(name, "speaker") == 0) {
		req->speaker = value;
	} else if (strcmp(name, "outcome") == 0) {
		req->outcome = value;
	} else if (strcmp(name, "type") == 0) {
		if (value != NULL && !type_ok(value)) {
			set_err(errmsg, "bad type filter", xasprintf("'%s' "
			    "(item, question, answer, resolution or routine)",
			    value));
			return SEARCH_EQUERY;
		}
		req->type = value;
	} else if (strcmp(name, "from") == 0 || strcmp(name, "to") == 0) {
		if (value != NULL && !date_ok(value)) {
			set_err(errmsg, "bad date", xasprintf("%s '%s' (want "
			    "YYYY-MM-DD, YYYY-MM or YYYY)", name, value));
			return SEARCH_EQUERY;
		}
		if (name[0] == 'f')
			req->from = value;
		else
			req->to = value;
	} else if (strcmp(name, "year") == 0) {
		if (value == NULL) {
			req->year = 0;
			return SEARCH_OK;
		}
		errno = 0;
		y = strtol(value, &end, 10);
		if (errno != 0 || *end != '\0' || y < 1000 || y > 9999) {
			set_err(errmsg, "bad year", xasprintf("'%s'", value));
			return SEARCH_EQUERY;
		}
		req->year = (unsigned)y;
	} else {
		set_err(errmsg, "unknown filter", xasprintf("'%s' (known: "
		    "council, committee, speaker, type, outcome, from, to, "
		    "year)", name));
		return SEARCH_EQUERY;
	}
	return SEARCH_OK;
}

/* Reads a non-negative integer field into *out. */
static int
json_uint(const cJSON *obj, const char *key, unsigned max, unsigned *out,
    char **errmsg)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);

	if (it == NULL || cJSON_IsNull(it))
		return SEARCH_OK;
	if (!cJSON_IsNumber(it) || it->valuedouble < 0 ||
	    it->valuedouble > max ||
	    it->valuedouble != (double)(unsigned)it->valuedouble) {
		set_err(errmsg, "bad field", xasprintf("\"%s\" must be an "
		    "integer from 0 to %u", key, max));
		return SEARCH_EQUERY;
	}
	*out = (unsigned)it->valuedouble;
	return SEARCH_OK;
}

/* Reads a boolean field into *out. */
static int
json_bool(const cJSON *obj, const char *key, int *out, char **errmsg)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);

	if (it == NULL || cJSON_IsNull(it))
		return SEARCH_OK;
	if (!cJSON_IsBool(it)) {
		set_err(errmsg, "bad field", xasprintf("\"%s\" must be true "
		    "or false", key));
		return SEARCH_EQUERY;
	}
	*out = cJSON_IsTrue(it);
	return SEARCH_OK;
}

int
search_request_from_json(struct search_request *req, const cJSON *obj,
    char **errmsg)
{
	const cJSON *it, *f;
	char num[32];
	int rc, s;
	unsigned bits, one;

	if (!cJSON_IsObject(obj)) {
		set_err(errmsg, "a request must be a JSON object", NULL);
		return SEARCH_EQUERY;
	}
	it = cJSON_GetObjectItemCaseSensitive(obj, "q");
	if (it != NULL && !cJSON_IsNull(it)) {
		if (!cJSON_IsString(it)) {
			set_err(errmsg, "bad field", xstrdup("\"q\" must be a "
			    "string"));
			return SEARCH_EQUERY;
		}
		req->query = it->valuestring;
	}
	rc = json_uint(obj, "limit", SEARCH_MAX_LIMIT, &req->limit, errmsg);
	if (rc == 0)
		rc = json_uint(obj, "offset", 1000000000u, &req->offset,
		    errmsg);
	if (rc != 0)
		return rc;
	it = cJSON_GetObjectItemCaseSensitive(obj, "sort");
	if (it != NULL && !cJSON_IsNull(it)) {
		s = cJSON_IsString(it) ? search_sort_from_name(it->valuestring)
		    : -1;
		if (s < 0) {
			set_err(errmsg, "bad field", xstrdup("\"sort\" must be "
			    "\"relevance\", \"date\" or \"-date\""));
			return SEARCH_EQUERY;
		}
		req->sort = s;
	}
	it = cJSON_GetObjectItemCaseSensitive(obj, "smooth");
	if (it != NULL && !cJSON_IsNull(it)) {
		if (!cJSON_IsNumber(it) || !(it->valuedouble >= 0 &&
		    it->valuedouble <= SMOOTH_ALPHA_MAX)) {
			set_err(errmsg, "bad field", xasprintf("\"smooth\" must "
			    "be a number from 0 to %g", SMOOTH_ALPHA_MAX));
			return SEARCH_EQUERY;
		}
		req->smooth = it->valuedouble;
	}
	rc = json_bool(obj, "passages", &req->passages, errmsg);
	if (rc == 0)
		rc = json_bool(obj, "lenient", &req->lenient, errmsg);
	if (rc == 0)
		rc = json_bool(obj, "explain", &req->explain, errmsg);
	if (rc == 0)
		rc = json_bool(obj, "recent", &req->recent, errmsg);
	if (rc != 0)
		return rc;
	it = cJSON_GetObjectItemCaseSensitive(obj, "like");
	if (it != NULL && !cJSON_IsNull(it)) {
		if (!cJSON_IsString(it) || it->valuestring[0] == '\0') {
			set_err(errmsg, "bad field", xstrdup("\"like\" must be "
			    "an item or passage id"));
			return SEARCH_EQUERY;
		}
		req->like = it->valuestring;
		/* A question is like other questions (as --like). */
		if (like_is_passage(req->like))
			req->passages = 1;
	}
	it = cJSON_GetObjectItemCaseSensitive(obj, "facets");
	if (cJSON_IsString(it)) {
		rc = search_facets_parse(it->valuestring, &bits, errmsg);
		if (rc != 0)
			return rc;
		req->facets = bits;
	} else if (cJSON_IsArray(it)) {
		bits = 0;
		cJSON_ArrayForEach(f, it) {
			if (!cJSON_IsString(f)) {
				set_err(errmsg, "bad field",
				    xstrdup("\"facets\" must hold names"));
				return SEARCH_EQUERY;
			}
			rc = search_facets_parse(f->valuestring, &one, errmsg);
			if (rc != 0)
				return rc;
			bits |= one;
		}
		req->facets = bits;
	} else if (it != NULL && !cJSON_IsNull(it)) {
		set_err(errmsg, "bad field", xstrdup("\"facets\" must be a "
		    "string or an array"));
		return SEARCH_EQUERY;
	}
	it = cJSON_GetObjectItemCaseSensitive(obj, "filters");
	if (it != NULL && !cJSON_IsNull(it)) {
		if (!cJSON_IsObject(it)) {
			set_err(errmsg, "bad field", xstrdup("\"filters\" must "
			    "be an object"));
			return SEARCH_EQUERY;
		}
		cJSON_ArrayForEach(f, it) {
			if (strcmp(f->string, "year") == 0 &&
			    cJSON_IsNumber(f)) {
				if (f->valuedouble < 1000 ||
				    f->valuedouble > 9999) {
					set_err(errmsg, "bad year", NULL);
					return SEARCH_EQUERY;
				}
				snprintf(num, sizeof(num), "%d",
				    (int)f->valuedouble);
				rc = search_request_set_filter(req, "year", num,
				    errmsg);
			} else if (cJSON_IsString(f)) {
				rc = search_request_set_filter(req, f->string,
				    f->valuestring, errmsg);
			} else if (cJSON_IsNull(f)) {
				rc = search_request_set_filter(req, f->string,
				    NULL, errmsg);
			} else {
				set_err(errmsg, "bad filter", xasprintf(
				    "\"%s\" must be a string", f->string));
				return SEARCH_EQUERY;
			}
			if (rc != 0)
				return rc;
		}
	}
	return SEARCH_OK;
}

int
search_exit_status(int rc)
{
	return rc == SEARCH_EQUERY ? 2 : 3;
}

/* ---- Engine ---- */

/*
 * The section weights of META_WEIGHTS ("title=5,purpose=3,...") as a JSON
 * object {"title":5,...}, or NULL if there are none.
 */
static cJSON *
parse_weights(const char *spec)
{
	cJSON *o = cJSON_CreateObject();
	char *copy = xstrdup(spec), *part, *save = NULL, *eq, *end;
	double w;

	for (part = strtok_r(copy, ",", &save); part != NULL;
	    part = strtok_r(NULL, ",", &save)) {
		eq = strchr(part, '=');
		if (eq == NULL)
			continue;
		*eq = '\0';
		text_squeeze(part);
		w = strtod(eq + 1, &end);
		if (end != eq + 1 && *part != '\0')
			cJSON_AddNumberToObject(o, part, w);
	}
	free(copy);
	if (o->child == NULL) {
		cJSON_Delete(o);
		return NULL;
	}
	return o;
}

/* Frees what depends on the metadata: stoppers and parsers. */
static void
engine_clear(struct search_engine *eng)
{
	xap_qparser_free(eng->qp);
	xap_qparser_free(eng->nlqp);
	xap_stopper_free(eng->stop);
	xap_stopper_free(eng->nlstop);
	cJSON_Delete(eng->weights);
	free(eng->lang);
	free(eng->meta_stop);
	eng->qp = eng->nlqp = NULL;
	eng->stop = eng->nlstop = NULL;
	eng->weights = NULL;
	eng->lang = eng->meta_stop = NULL;
}

static int
setup_parser(struct search_engine *eng, struct xap_qparser *qp,
    char **errmsg)
{
	size_t i;
	int rc;

	for (i = 0; i < sizeof(text_fields) / sizeof(text_fields[0]); i++) {
		rc = xap_qparser_add_prefix(qp, text_fields[i].field,
		    text_fields[i].prefix, errmsg);
		if (rc != 0)
			return rc;
	}
	for (i = 0; i < BF_COUNT; i++) {
		rc = xap_qparser_add_boolean_prefix(qp, bool_fields[i].field,
		    bool_fields[i].prefix, NULL, errmsg);
		if (rc != 0)
			return rc;
	}
	rc = xap_qparser_add_range(qp, VAL_DATE, "date", 1, errmsg);
	if (rc == 0)
		rc = xap_qparser_add_range(qp, VAL_YEAR, "year", 0, errmsg);
	if (rc != 0)
		return rc;
	(void)eng;
	return XAP_OK;
}

/*
 * A stopper for eng: --stopwords, else the files the index was built
 * with (META_STOPWORDS), else the default lists; with instructions set,
 * plus the instruction words (English only).  Stopwords only decide which
 * query words may be dropped, so index files that are not on this
 * machine fall back to the defaults.  Returns 0 or a search_err.
 */
static int
load_stopper(struct search_engine *eng, int instructions,
    struct xap_stopper **out, char **errmsg)
{
	struct xap_stopper *st;
	const char *files;
	char *msg = NULL;
	size_t i;
	int rc;

	files = eng->stopfiles != NULL ? eng->stopfiles :
	    eng->meta_stop[0] != '\0' ? eng->meta_stop : NULL;
	st = stop_load(eng->lang, files, &msg);
	if (st == NULL && files != NULL && eng->stopfiles == NULL) {
		free(msg);
		msg = NULL;
		st = stop_load(eng->lang, NULL, &msg);
	}
	if (st == NULL) {
		set_err(errmsg, "stopwords", msg);
		return eng->stopfiles ? SEARCH_EQUERY : SEARCH_EDB;
	}
	if (instructions && strcmp(eng->lang, "english") == 0) {
		for (i = 0; instruction_words[i] != NULL; i++) {
			rc = xap_stopper_add(st, instruction_words[i],
			    strlen(instruction_words[i]), errmsg);
			if (rc != 0) {
				xap_stopper_free(st);
				return map_xap(rc);
			}
		}
	}
	*out = st;
	return SEARCH_OK;
}

/* (Re)reads language, stopwords and weights and builds the parser. */
static int
engine_load(struct search_engine *eng, char **errmsg)
{
	char *val = NULL;
	size_t len;
	int rc;

	rc = xap_db_get_metadata(eng->db, META_LANGUAGE, &val, &len, errmsg);
	if (rc != 0)
		return map_xap(rc);
	eng->lang = len > 0 ? val : xstrdup(DEFAULT_LANGUAGE);
	if (len == 0)
		free(val);
	if (!xap_stem_language_ok(eng->lang)) {
		set_err(errmsg, "index metadata names an unknown language",
		    xstrdup(eng->lang));
		return SEARCH_EDB;
	}
	rc = xap_db_get_metadata(eng->db, META_STOPWORDS, &eng->meta_stop,
	    &len, errmsg);
	if (rc != 0)
		return map_xap(rc);
	val = NULL;
	rc = xap_db_get_metadata(eng->db, META_WEIGHTS, &val, &len, errmsg);
	if (rc != 0)
		return map_xap(rc);
	if (len > 0)
		eng->weights = parse_weights(val);
	free(val);

	rc = load_stopper(eng, 0, &eng->stop, errmsg);
	if (rc != 0)
		return rc;
	eng->qp = xap_qparser_new(eng->db, eng->lang, eng->stop, &rc, errmsg);
	if (eng->qp == NULL)
		return map_xap(rc);
	return map_xap(setup_parser(eng, eng->qp, errmsg));
}

/*
 * The parser for queries in plain words, made on first use: its stopper
 * adds the instruction words to the stopwords.  Returns 0 or a
 * search_err.
 */
static int
engine_natural(struct search_engine *eng, char **errmsg)
{
	int rc;

	if (eng->nlqp != NULL)
		return SEARCH_OK;
	if (eng->nlstop == NULL) {
		rc = load_stopper(eng, 1, &eng->nlstop, errmsg);
		if (rc != 0)
			return rc;
	}
	eng->nlqp = xap_qparser_new(eng->db, eng->lang, eng->nlstop, &rc,
	    errmsg);
	if (eng->nlqp == NULL)
		return map_xap(rc);
	rc = setup_parser(eng, eng->nlqp, errmsg);
	if (rc != 0) {
		xap_qparser_free(eng->nlqp);
		eng->nlqp = NULL;
		return map_xap(rc);
	}
	return SEARCH_OK;
}

struct search_engine *
search_engine_open(const struct search_engine_opts *opts, int *rc,
    char **errmsg)
{
	struct search_engine *eng;
	int xrc;

	eng = xcalloc(1, sizeof(*eng));
	if (opts->stopwords != NULL)
		eng->stopfiles = xstrdup(opts->stopwords);
	if (opts->ndbs == 0) {
		set_err(errmsg, "no database given", NULL);
		*rc = SEARCH_EQUERY;
		goto fail;
	}
	eng->db = xap_db_open_flags(opts->dbs, opts->ndbs, opts->timeout_ms,
	    opts->allow_partial ? XAP_DB_PARTIAL : 0, &xrc, errmsg);
	if (eng->db == NULL) {
		/* XAP_EINVAL: a malformed tcp://HOST:PORT, a usage error. */
		*rc = xrc == XAP_ENOMEM ? SEARCH_ENOMEM : xrc == XAP_EINVAL ?
		    SEARCH_EQUERY : SEARCH_EDB;
		goto fail;
	}
	*rc = engine_load(eng, errmsg);
	if (*rc != 0)
		goto fail;
	return eng;
fail:
	search_engine_free(eng);
	return NULL;
}

void
search_engine_free(struct search_engine *eng)
{
	if (eng == NULL)
		return;
	engine_clear(eng);
	item_map_drop(eng);
	xap_db_free(eng->db);
	free(eng->stopfiles);
	free(eng);
}

int
search_engine_reopen(struct search_engine *eng, int *changed,
    char **errmsg)
{
	struct search_engine fresh;
	char *lang = NULL, *stop = NULL;
	size_t len;
	int rc, moved = 0;

	if (changed != NULL)
		*changed = 0;
	rc = xap_db_reopen(eng->db, &moved, errmsg);
	if (rc != 0)
		return map_xap(rc);
	if (!moved)
		return SEARCH_OK;
	item_map_drop(eng);	/* docids may have moved */
	if (changed != NULL)
		*changed = 1;
	/* Rebuild the parsers only if the language or stopwords changed. */
	rc = xap_db_get_metadata(eng->db, META_LANGUAGE, &lang, &len, errmsg);
	if (rc == 0)
		rc = xap_db_get_metadata(eng->db, META_STOPWORDS, &stop, &len,
		    errmsg);
	if (rc != 0) {
		free(lang);
		free(stop);
		return map_xap(rc);
	}
	if ((lang[0] == '\0' ? strcmp(eng->lang, DEFAULT_LANGUAGE) == 0 :
	    strcmp(lang, eng->lang) == 0) &&
	    strcmp(stop, eng->meta_stop) == 0) {
		free(lang);
		free(stop);
		return SEARCH_OK;
	}
	free(lang);
	free(stop);
	/* Build the new set beside the old one; keep the old on failure. */
	memset(&fresh, 0, sizeof(fresh));
	fresh.db = eng->db;
	fresh.stopfiles = eng->stopfiles;
	rc = engine_load(&fresh, errmsg);
	if (rc != 0) {
		engine_clear(&fresh);
		return rc;
	}
	engine_clear(eng);
	eng->lang = fresh.lang;
	eng->meta_stop = fresh.meta_stop;
	eng->stop = fresh.stop;
	eng->nlstop = fresh.nlstop;
	eng->qp = fresh.qp;
	eng->nlqp = fresh.nlqp;
	eng->weights = fresh.weights;
	return SEARCH_OK;
}

const char *
search_engine_language(const struct search_engine *eng)
{
	return eng->lang;
}

int
search_engine_doccount(struct search_engine *eng, unsigned *count,
    char **errmsg)
{
	return map_xap(xap_db_doccount(eng->db, count, errmsg));
}

/* ---- Query preprocessing ---- */

/* 1 if the query uses no operator syntax: plain words, maybe a '?'. */
static int
is_natural(const char *q)
{
	const char *p, *s;
	size_t n;

	for (p = q; *p != '\0'; p++) {
		if (*p == '"' || *p == '(' || *p == ')' || *p == '*' ||
		    *p == ':')
			return 0;
		if ((*p == '+' || *p == '-') && (p == q || p[-1] == ' '))
			return 0;
	}
	for (p = q; *p != '\0';) {
		while (*p == ' ')
			p++;
		s = p;
		while (*p != '\0' && *p != ' ')
			p++;
		n = (size_t)(p - s);
		if ((n == 2 && memcmp(s, "OR", 2) == 0) ||
		    (n == 3 && (memcmp(s, "AND", 3) == 0 ||
		    memcmp(s, "NOT", 3) == 0 || memcmp(s, "XOR", 3) == 0 ||
		    memcmp(s, "ADJ", 3) == 0)) ||
		    (n == 4 && memcmp(s, "NEAR", 4) == 0))
			return 0;
	}
	return 1;
}

static const char *const titles[] = {
	"councillor", "cllr", "mr", "mrs", "ms", "miss", "dr", "the", "hon",
	"sir", "dame", "lord", "lady", "professor", "prof", "rev", NULL
};

/*
 * The words of s (lower case, single spaces) with a surname's particles
 * joined to what follows, as the index keys them: "j van der berg" ->
 * "j vanderberg", "de souza" -> "desouza".  The caller frees it.
 */
static char *
join_particles(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;
	const char *w = s, *e;
	size_t n;

	while (*w != '\0') {
		for (e = w; *e != '\0' && *e != ' '; e++)
			;
		n = (size_t)(e - w);
		memcpy(o, w, n);
		o += n;
		if (*e == '\0')
			break;
		/* a particle joins the next word, unless it is the last */
		if (!text_surname_particle(w, n))
			*o++ = ' ';
		w = e + 1;
	}
	*o = '\0';
	return out;
}

/*
 * Normalises a speaker as the index keys them: lower case, no dots,
 * single spaces, leading titles dropped, particles joined ("Cllr O.
 * Gunn" -> "o gunn", "Councillor Van der Berg" -> "vanderberg").
 */
static char *
speaker_key(const char *s, size_t len)
{
	char *low = lower_dup(s, len), *p, *out, *w;
	size_t i, n;
	int dropped;

	for (p = low; *p != '\0'; p++) {
		if (*p == '.' || *p == ',' || *p == '\t')
			*p = ' ';
	}
	text_squeeze(low);
	out = low;
	do {
		dropped = 0;
		for (i = 0; titles[i] != NULL; i++) {
			n = strlen(titles[i]);
			if (strncmp(out, titles[i], n) == 0 && out[n] == ' ') {
				out += n + 1;
				dropped = 1;
				break;
			}
		}
	} while (dropped);
	w = join_particles(out);
	free(low);
	return w;
}

/* Appends field:v, quoting v ("" for a quote) when it needs it. */
static void
put_bool_value(struct buf *b, const char *field, const char *v)
{
	const char *p;

	buf_printf(b, "%s:", field);
	if (strpbrk(v, " ()\"") == NULL) {
		buf_puts(b, v);
		return;
	}
	buf_putc(b, '"');
	for (p = v; *p != '\0'; p++) {
		if (*p == '"')
			buf_putc(b, '"');
		buf_putc(b, *p);
	}
	buf_putc(b, '"');
}

struct expand_ctx {
	const char *want;	/* lower-case words wanted */
	size_t plen;		/* length of the prefix on each term */
	char **vals;		/* owned: matching values */
	size_t n;
};

/* 1 if every word of want starts a word of val. */
static int
words_in(const char *want, const char *val, size_t vlen)
{
	const char *w = want, *we, *v, *ve = val + vlen;
	size_t wl;
	int found;

	while (*w != '\0') {
		while (*w == ' ')
			w++;
		we = w;
		while (*we != '\0' && *we != ' ')
			we++;
		wl = (size_t)(we - w);
		if (wl == 0)
			break;
		found = 0;
		for (v = val; v + wl <= ve; v++) {
			if ((v == val || !is_word_char(v[-1])) &&
			    memcmp(v, w, wl) == 0) {
				found = 1;
				break;
			}
		}
		if (!found)
			return 0;
		w = we;
	}
	return 1;
}

static int
expand_cb(void *ctx, const char *term, size_t len, unsigned freq)
{
	struct expand_ctx *x = ctx;

	(void)freq;
	if (x->n >= 50)
		return 1;
	if (words_in(x->want, term + x->plen, len - x->plen)) {
		x->vals = xreallocarray(x->vals, x->n + 1, sizeof(*x->vals));
		x->vals[x->n++] = xstrndup(term + x->plen, len - x->plen);
	}
	return 0;
}

/*
 * The council or committee values a user's words stand for: the value
 * itself when the index has it, else every value that contains each of
 * the words ("durham" -> "durham county council").  Returns the count;
 * *vals (malloc'd strings in a malloc'd array) for the caller to free.
 */
static size_t
expand_value(struct search_engine *eng, const char *prefix, const char *v,
    char ***vals)
{
	struct expand_ctx x;
	char *term;
	unsigned freq = 0;

	term = bool_term_text(prefix, v);
	if (xap_db_termfreq(eng->db, term, strlen(term), &freq, NULL) != 0)
		freq = 0;
	free(term);
	x.want = v;
	x.plen = strlen(prefix);
	x.vals = NULL;
	x.n = 0;
	if (freq > 0 || *v == '\0' || xap_db_allterms(eng->db, prefix,
	    expand_cb, &x, NULL) != 0 || x.n == 0) {
		while (x.n > 0)
			free(x.vals[--x.n]);
		x.vals = xmalloc(sizeof(*x.vals));
		x.vals[0] = xstrdup(v);
		x.n = 1;
	}
	*vals = x.vals;
	return x.n;
}

/* Notes a speaker key the query filters on (for choosing the snippet). */
static void
add_speaker(struct run *r, const char *key)
{
	r->speakers = xreallocarray(r->speakers, r->nspeakers + 1,
	    sizeof(*r->speakers));
	r->speakers[r->nspeakers++] = xstrdup(key);
}

struct strv {
	char **v;		/* owned strings */
	size_t n;
};

static void
strv_add(void *arg, const char *s)
{
	struct strv *sv = arg;

	sv->v = xreallocarray(sv->v, sv->n + 1, sizeof(*sv->v));
	sv->v[sv->n++] = xstrdup(s);
}

/*
 * The ref: terms of a statute citation as people type it ("Section 183
 * of the Local Government Act 2001"): *vals (each and the array malloc'd)
 * and how many; 0 when v is not one.
 */
static size_t
statute_values(const char *v, char ***vals)
{
	struct strv sv = { NULL, 0 };
	size_t len = strlen(v);

	if (refs_statute(v, len, REFS_ANYCASE, strv_add, &sv) != len) {
		while (sv.n > 0)
			free(sv.v[--sv.n]);
		free(sv.v);
		return 0;
	}
	*vals = sv.v;
	return sv.n;
}

/*
 * Rewrites the values of boolean fields the way the index holds them:
 * lower case; speakers without titles; councils and committees widened
 * to the full names that contain the words given; a ref: citation of
 * an Act's section as its normal form.  type: values are checked.
 * Returns 0 or SEARCH_EQUERY.
 */
static int
preprocess(struct run *r, const char *in, struct buf *out, char **errmsg)
{
	struct search_engine *eng = r->eng;
	const char *p = in, *f, *vs, *ve;
	size_t i, n, k, flen;
	char *v, *key, **vals;
	int quoted;

	while (*p != '\0') {
		/* A field starts a token. */
		if (p != in && is_word_char(p[-1])) {
			buf_putc(out, *p++);
			continue;
		}
		for (i = 0; i < BF_COUNT; i++) {
			f = bool_fields[i].field;
			flen = strlen(f);
			if (strncmp(p, f, flen) == 0 && p[flen] == ':' &&
			    p[flen + 1] != '\0' && p[flen + 1] != ' ')
				break;
		}
		if (i == BF_COUNT) {
			buf_putc(out, *p++);
			continue;
		}
		vs = p + flen + 1;
		quoted = *vs == '"';
		if (quoted) {
			vs++;
			ve = strchr(vs, '"');
			if (ve == NULL)
				ve = vs + strlen(vs);
		} else {
			ve = vs;
			while (*ve != '\0' && *ve != ' ' && *ve != ')')
				ve++;
		}
		if (i == BF_SPEAKER)
			v = speaker_key(vs, (size_t)(ve - vs));
		else if (i == BF_ID || i == BF_ITEM)
			v = xstrndup(vs, (size_t)(ve - vs)); /* keep case */
		else
			v = lower_dup(vs, (size_t)(ve - vs));
		text_squeeze(v);
		if (i == BF_TYPE && !type_ok(v)) {
			set_err(errmsg, "bad query", xasprintf("type:%s is not "
			    "a type (item, question, answer, resolution or "
			    "routine)", v));
			free(v);
			return SEARCH_EQUERY;
		}
		n = 0;
		if (i == BF_COUNCIL || i == BF_COMMITTEE)
			n = expand_value(eng, bool_fields[i].prefix, v, &vals);
		else if (i == BF_REF)
			n = statute_values(v, &vals);
		if (n > 0) {
			/* "-council:durham" must exclude every council the
			 * words stand for: repeat the sign. */
			for (k = 0; k < n; k++) {
				if (k > 0)
					buf_putc(out, ' ');
				if (k > 0 && p != in && (p[-1] == '-' ||
				    p[-1] == '+'))
					buf_putc(out, p[-1]);
				put_bool_value(out, bool_fields[i].field,
				    vals[k]);
				free(vals[k]);
			}
			free(vals);
		} else {
			key = v;
			put_bool_value(out, bool_fields[i].field, key);
		}
		if (i == BF_SPEAKER)
			add_speaker(r, v);
		free(v);
		p = ve;
		if (quoted && *p == '"')
			p++;
	}
	if (out->data == NULL)
		buf_puts(out, "");
	return SEARCH_OK;
}

/* ---- Building the query ---- */

static void
stems_free(struct stems *st)
{
	while (st->n > 0)
		free(st->s[--st->n]);
	free(st->s);
	st->s = NULL;
}

static void
run_free(struct run *r)
{
	stems_free(&r->stems);
	free(r->text);
	xap_query_free(r->parsed);
	xap_query_free(r->filter);
	xap_query_free(r->query);
	xap_query_free(r->boost);
	free(r->corrected);
	cJSON_Delete(r->ignored);
	free(r->qperror);
	while (r->nspeakers > 0)
		free(r->speakers[--r->nspeakers]);
	free(r->speakers);
}

/* Appends q to the list qs (taking it). */
static void
push_query(struct xap_query ***qs, size_t *n, struct xap_query *q)
{
	*qs = xreallocarray(*qs, *n + 1, sizeof(**qs));
	(*qs)[(*n)++] = q;
}

/* A boolean term query prefix+value, or NULL with *rc. */
static struct xap_query *
bool_term(const char *prefix, const char *value, int *rc, char **errmsg)
{
	struct xap_query *q;
	char *t = bool_term_text(prefix, value);

	q = xap_query_term(t, strlen(t), 1, rc, errmsg);
	free(t);
	return q;
}

/* An OR of the expanded council/committee values. */
static struct xap_query *
value_filter(struct search_engine *eng, const char *prefix, const char *v,
    int *rc, char **errmsg)
{
	struct xap_query **qs = NULL, *q = NULL, *t;
	char **vals, *low;
	size_t i, n, nq = 0;

	low = lower_dup(v, strlen(v));
	text_squeeze(low);
	n = expand_value(eng, prefix, low, &vals);
	free(low);
	for (i = 0; i < n; i++) {
		t = bool_term(prefix, vals[i], rc, errmsg);
		if (t == NULL)
			goto out;
		push_query(&qs, &nq, t);
	}
	q = xap_query_combine(XAP_OP_OR, qs, nq, rc, errmsg);
out:
	for (i = 0; i < nq; i++)
		xap_query_free(qs[i]);
	for (i = 0; i < n; i++)
		free(vals[i]);
	free(vals);
	free(qs);
	return q;
}

/* The request's filters as one query, or NULL (no filter, *rc 0). */
static struct xap_query *
build_filter(struct search_engine *eng, const struct search_request *req,
    int *rc, char **errmsg)
{
	struct xap_query **qs = NULL, *q = NULL, *t;
	char lo[9], hi[9], year[16], *v;
	size_t i, nq = 0;

	*rc = 0;
	if (req->council != NULL) {
		t = value_filter(eng, PFX_COUNCIL, req->council, rc, errmsg);
		if (t == NULL)
			goto out;
		push_query(&qs, &nq, t);
	}
	if (req->committee != NULL) {
		t = value_filter(eng, PFX_COMMITTEE, req->committee, rc,
		    errmsg);
		if (t == NULL)
			goto out;
		push_query(&qs, &nq, t);
	}
	if (req->speaker != NULL) {
		v = speaker_key(req->speaker, strlen(req->speaker));
		t = bool_term(PFX_SPEAKER, v, rc, errmsg);
		free(v);
		if (t == NULL)
			goto out;
		push_query(&qs, &nq, t);
	}
	if (req->type != NULL || req->outcome != NULL) {
		for (i = 0; i < 2; i++) {
			const char *s = i == 0 ? req->type : req->outcome;

			if (s == NULL)
				continue;
			v = lower_dup(s, strlen(s));
			t = bool_term(i == 0 ? PFX_TYPE : PFX_OUTCOME, v, rc,
			    errmsg);
			free(v);
			if (t == NULL)
				goto out;
			push_query(&qs, &nq, t);
		}
	}
	if (req->year != 0) {
		snprintf(year, sizeof(year), "%u", req->year);
		t = bool_term(PFX_YEAR, year, rc, errmsg);
		if (t == NULL)
			goto out;
		push_query(&qs, &nq, t);
	}
	if (req->from != NULL || req->to != NULL) {
		if (req->from != NULL)
			date_key(req->from, "0101", lo);
		if (req->to != NULL)
			date_key(req->to, "1231", hi);
		t = xap_query_value_range(VAL_DATE,
		    req->from ? lo : NULL, req->to ? hi : NULL, rc, errmsg);
		if (t == NULL)
			goto out;
		push_query(&qs, &nq, t);
	}
	if (req->since != NULL) {
		/* VAL_INDEXED is UTC ISO 8601 text: it sorts as time. */
		t = xap_query_value_range(VAL_INDEXED, req->since, NULL, rc,
		    errmsg);
		if (t == NULL)
			goto out;
		push_query(&qs, &nq, t);
	}
	if (nq == 0)
		goto out;
	if (nq == 1) {
		q = qs[0];
		nq = 0;
	} else {
		q = xap_query_combine(XAP_OP_AND, qs, nq, rc, errmsg);
	}
out:
	for (i = 0; i < nq; i++)
		xap_query_free(qs[i]);
	free(qs);
	return q;
}

static int
stop_cb(void *ctx, const char *term, size_t len, unsigned freq)
{
	cJSON *arr = ctx;
	char *s = xstrndup(term, len);

	(void)freq;
	cJSON_AddItemToArray(arr, cJSON_CreateString(s));
	free(s);
	return 0;
}

/* Combines a and b with op into a new query; a and b stay the caller's. */
static struct xap_query *
combine2(int op, struct xap_query *a, struct xap_query *b, int *rc,
    char **errmsg)
{
	struct xap_query *qs[2];

	qs[0] = a;
	qs[1] = b;
	return xap_query_combine(op, qs, 2, rc, errmsg);
}

/*
 * The query to run: parsed (borrowed; empty means every document) with
 * the request's filters, and without items when passages are asked for.
 * With late 1 the factor of routine items may be left to the match: it
 * is then named in r->demote.  Returns a new query or NULL with *rc (a
 * wrapper error).
 */
static struct xap_query *
compose(struct run *r, struct xap_query *parsed, int late, int *rc,
    char **errmsg)
{
	struct xap_query *cur, *next, *t;

	if (xap_query_empty(parsed))
		cur = xap_query_match_all(rc, errmsg);
	else
		cur = xap_query_combine(XAP_OP_AND, &parsed, 1, rc, errmsg);
	if (cur == NULL)
		return NULL;
	if (r->boost != NULL && !xap_query_empty(parsed)) {
		next = combine2(XAP_OP_AND_MAYBE, cur, r->boost, rc, errmsg);
		xap_query_free(cur);
		if (next == NULL)
			return NULL;
		cur = next;
	}
	if (!xap_query_empty(parsed)) {
		/*
		 * References, routine items, recency: searcher/rank.h.  The
		 * match scales the whole score, so not with a recency bonus.
		 */
		late = late && !r->req->recent;
		if (late)
			r->demote = rank_routine_term(r->text, r->req->type);
		next = rank_adjust(cur, r->text, r->req->type, !late, rc,
		    errmsg);
		if (next != cur)
			xap_query_free(cur);
		if (next == NULL)
			return NULL;
		cur = next;
		/* Remote shards: re-ranked after the match (recent_page). */
		if (r->req->recent && !xap_db_remote(r->eng->db)) {
			next = rank_recent(cur, NULL, rc, errmsg);
			xap_query_free(cur);
			if (next == NULL)
				return NULL;
			cur = next;
		}
	}
	if (r->filter != NULL) {
		next = combine2(XAP_OP_FILTER, cur, r->filter, rc, errmsg);
		xap_query_free(cur);
		if (next == NULL)
			return NULL;
		cur = next;
	}
	if (r->req->passages) {
		t = bool_term(PFX_TYPE, TYPE_ITEM, rc, errmsg);
		if (t == NULL) {
			xap_query_free(cur);
			return NULL;
		}
		next = combine2(XAP_OP_AND_NOT, cur, t, rc, errmsg);
		xap_query_free(t);
		xap_query_free(cur);
		cur = next;
	}
	return cur;
}

/* 1 if w[0..n) is an upper-case query operator. */
static int
is_operator(const char *w, size_t n)
{
	static const char *const ops[] = {
		"AND", "OR", "NOT", "XOR", "NEAR", "ADJ", NULL
	};
	size_t i;

	for (i = 0; ops[i] != NULL; i++) {
		if (strlen(ops[i]) == n && memcmp(ops[i], w, n) == 0)
			return 1;
	}
	return 0;
}

/* 1 if the word (any case) is a term of the index as written. */
static int
word_indexed(struct search_engine *eng, const char *w, size_t n)
{
	char *low = lower_dup(w, n);
	unsigned freq = 0;

	if (xap_db_termfreq(eng->db, low, strlen(low), &freq, NULL) != 0)
		freq = 0;
	free(low);
	return freq > 0;
}

/* 1 if w[0..n) (any case, trailing punctuation aside) is a stopword. */
static int
is_stopword(const struct xap_stopper *stop, const char *w, size_t n)
{
	char *low;
	size_t k;
	int hit;

	if (stop == NULL)
		return 0;
	while (n > 0 && !is_word_char(w[n - 1]))
		n--;
	low = lower_dup(w, n);
	k = strlen(low);
	hit = k > 0 && xap_stopper_has(stop, low, k);
	free(low);
	return hit;
}

/*
 * The spelling table may lack words the index holds: a correction of a
 * word that is in the index, or of a stopword (left out of the search
 * anyway), is undone, word by word.  *corrected is replaced (malloc'd).
 */
static void
keep_indexed_words(struct search_engine *eng,
    const struct xap_stopper *stop, const char *text, char **corrected)
{
	struct buf out = BUF_INIT;
	const char *a = text, *b = *corrected, *ae, *be;

	while (*a != '\0' && *b != '\0') {
		ae = a + strcspn(a, " ");
		be = b + strcspn(b, " ");
		if ((size_t)(ae - a) != (size_t)(be - b) ||
		    memcmp(a, b, (size_t)(ae - a)) != 0) {
			if (is_stopword(stop, a, (size_t)(ae - a)) ||
			    word_indexed(eng, a, (size_t)(ae - a)))
				buf_append(&out, a, (size_t)(ae - a));
			else
				buf_append(&out, b, (size_t)(be - b));
		} else {
			buf_append(&out, a, (size_t)(ae - a));
		}
		a = ae + strspn(ae, " ");
		b = be + strspn(be, " ");
		if (*a != '\0' && *b != '\0')
			buf_putc(&out, ' ');
	}
	if (*a != '\0' || *b != '\0') {
		/* The words do not line up: keep the parser's suggestion. */
		buf_free(&out);
		return;
	}
	free(*corrected);
	*corrected = out.data ? buf_steal(&out) : xstrdup("");
}

/*
 * 1 if every plain word of the query (not a field, filter value or
 * operator) is a term of the index, so no spelling suggestion can come.
 */
static int
words_all_indexed(const struct run *r)
{
	const char *p = r->text, *w;
	size_t n;

	while (*p != '\0') {
		if (!is_word_char(*p)) {
			p++;
			continue;
		}
		w = p;
		while (is_word_char(*p))
			p++;
		n = (size_t)(p - w);
		if (*p == ':')
			continue;	/* a field name */
		if (w > r->text && w[-1] == ':')
			continue;	/* a field's value */
		if (is_operator(w, n))
			continue;
		if (!is_stopword(r->natural ? r->eng->nlstop : r->eng->stop,
		    w, n) && !word_indexed(r->eng, w, n))
			return 0;
	}
	return 1;
}

/* The parser's message without the exception's name (malloc'd). */
static char *
parser_message(const char *msg)
{
	static const char pfx[] = "QueryParserError: ";

	if (msg == NULL)
		return xstrdup("syntax error");
	if (strncmp(msg, pfx, sizeof(pfx) - 1) == 0)
		msg += sizeof(pfx) - 1;
	return xstrdup(msg);
}

/*
 * --like: the query becomes the likeness to req->like (searcher/like.h),
 * AND the words typed, if any.
 */
static int
like_into(struct run *r, char **errmsg)
{
	struct xap_query *lq, *both;
	int xrc;

	lq = like_query(r->eng->db, r->req->like, &xrc, errmsg);
	if (lq == NULL) {
		if (xrc == XAP_ENODOC)
			return SEARCH_EQUERY;
		return map_xap(xrc);
	}
	if (xap_query_empty(r->parsed)) {
		xap_query_free(r->parsed);
		r->parsed = lq;
		return SEARCH_OK;
	}
	both = combine2(XAP_OP_AND, lq, r->parsed, &xrc, errmsg);
	xap_query_free(lq);
	if (both == NULL)
		return map_xap(xrc);
	xap_query_free(r->parsed);
	r->parsed = both;
	return SEARCH_OK;
}

/*
 * A query's first word written "Actions" (a capital, then lower case) is
 * lowered: a sentence starts so, and the parser would not stem it.
 */
static void
sentence_case(char *q)
{
	char *p = q + 1;

	if (!isupper((unsigned char)*q))
		return;
	while (islower((unsigned char)*p))
		p++;
	if (p > q + 1 && !is_word_char(*p) && *p != ':')
		*q = (char)tolower((unsigned char)*q);
}

/*
 * "What did Councillor Gunn say about ...": a capitalised word, not the
 * first, that is the surname of an indexed speaker earns the passages
 * that speaker spoke SPEAKER_BOOST times the surname's idf, what a query
 * word found at BM25's saturation scores.  The word is still searched
 * in the text too.  Sets r->boost, or leaves it NULL.  Returns 0 or a
 * wrapper error.
 */
static int
speaker_boost(struct run *r, char **errmsg)
{
	const char *p = r->text, *w;
	struct xap_query **qs = NULL, *t, *f;
	struct strset seen = { 0 };
	unsigned ndocs = 0, df;
	char *key, *term, *k;
	size_t n, nq = 0;
	int rc = 0, first = 1;
	double idf;

	while (*p != '\0' && rc == 0) {
		if (!is_word_char(*p)) {
			p++;
			continue;
		}
		w = p;
		p = word_end(p);
		n = (size_t)(p - w);
		if (first || !isupper((unsigned char)*w)) {
			first = 0;
			continue;	/* the first word is capitalised anyway */
		}
		if (n > 2 && w[n - 2] == '\'' && (w[n - 1] == 's' ||
		    w[n - 1] == 'S'))
			n -= 2;		/* "Owen's" */
		key = lower_dup(w, n);
		for (k = key; (k = strchr(k, '\'')) != NULL;)
			memmove(k, k + 1, strlen(k));	/* keys have none */
		if (is_stopword(r->eng->nlstop, key, strlen(key)) ||
		    strset_add(&seen, key, strlen(key)) == 0) {
			free(key);
			continue;
		}
		term = bool_term_text(PFX_SPEAKER, key);
		free(key);
		df = 0;
		if (xap_db_termfreq(r->eng->db, term, strlen(term), &df,
		    NULL) != 0)
			df = 0;
		if (df > 0 && ndocs == 0 &&
		    xap_db_doccount(r->eng->db, &ndocs, NULL) != 0)
			df = 0;
		idf = df > 0 && ndocs >= df ?
		    log((ndocs - df + 0.5) / (df + 0.5)) : 0;
		if (df > 0 && idf > 0) {
			t = xap_query_term(term, strlen(term), 1, &rc, errmsg);
			f = t ? xap_query_fixed(t, SPEAKER_BOOST * idf, &rc,
			    errmsg) : NULL;
			xap_query_free(t);
			if (f != NULL)
				push_query(&qs, &nq, f);
		}
		free(term);
	}
	if (rc == 0 && nq > 0)
		r->boost = xap_query_combine(XAP_OP_OR, qs, nq, &rc, errmsg);
	while (nq > 0)
		xap_query_free(qs[--nq]);
	free(qs);
	strset_free(&seen);
	return rc;
}

/*
 * The words of a query that did not parse: "name:" before a word goes,
 * or the retry would search for the field's name (and suggest a
 * spelling of it).
 */
static void
drop_field_names(char *text)
{
	char *in = text, *out = text, *e;
	int at_start = 1;

	while (*in != '\0') {
		if (at_start && isalpha((unsigned char)*in)) {
			for (e = in; isalnum((unsigned char)*e) || *e == '_';
			    e++)
				;
			if (*e == ':') {
				*out++ = ' ';
				in = e + 1;
				continue;
			}
		}
		at_start = !isalnum((unsigned char)*in) && *in != '_';
		*out++ = *in++;
	}
	*out = '\0';
}

/* Parses the request's query; sets r->parsed, r->query and friends. */
static int
build_query(struct run *r, char **errmsg)
{
	const struct search_request *req = r->req;
	struct search_engine *eng = r->eng;
	struct buf norm = BUF_INIT, pre = BUF_INIT, low = BUF_INIT;
	const char *q = req->query ? req->query : "";
	char *msg = NULL;
	int rc, xrc;

	if (strlen(q) > SEARCH_MAX_QUERY) {
		set_err(errmsg, "query too long", xasprintf("%zu bytes, the "
		    "limit is %d", strlen(q), SEARCH_MAX_QUERY));
		return SEARCH_EQUERY;
	}
	text_normalize(q, strlen(q), &norm, NULL);
	if (norm.data != NULL) {
		/* Line breaks and tabs are spaces to the parser. */
		for (char *p = norm.data; *p != '\0'; p++) {
			if (*p == '\n' || *p == '\t')
				*p = ' ';
		}
		text_squeeze(norm.data);
	}
	rc = preprocess(r, norm.data ? norm.data : "", &pre, errmsg);
	buf_free(&norm);
	if (rc != 0) {
		buf_free(&pre);
		return rc;
	}
	r->text = buf_steal(&pre);
	if (req->speaker != NULL) {
		char *k = speaker_key(req->speaker, strlen(req->speaker));

		add_speaker(r, k);
		free(k);
	}
	r->filter = build_filter(eng, req, &xrc, errmsg);
	if (r->filter == NULL && xrc != 0)
		return map_xap(xrc);
	if (r->text[0] == '\0' && r->filter == NULL && req->like == NULL) {
		set_err(errmsg, "empty query", NULL);
		return SEARCH_EQUERY;
	}
	r->natural = is_natural(r->text);
	if (r->natural) {
		rc = engine_natural(eng, errmsg);
		if (rc != 0)
			return rc;
		xrc = speaker_boost(r, errmsg);
		if (xrc != 0)
			return map_xap(xrc);
		/* Plain words are written in sentence case: a capital says
		 * nothing of the word, and the parser would not stem it. */
		text_lower(r->text, strlen(r->text), &low);
		free(r->text);
		r->text = low.data ? buf_steal(&low) : xstrdup("");
	} else {
		sentence_case(r->text);
	}
	r->qp = r->natural ? eng->nlqp : eng->qp;
	r->flags = QP_FLAGS;
	/*
	 * Spelling suggestions are costly: ask only when a word is new, and
	 * not for ids and scores, which have no place to show one.
	 */
	if (!req->ids_only && !words_all_indexed(r))
		r->flags |= XAP_QP_SPELLING;
	/* No cap is the largest cap: libxapian keeps no terms for 0 when
	 * it keeps the most frequent ones. */
	xrc = xap_qparser_set_max_wildcard(r->qp, req->max_wildcard ?
	    req->max_wildcard : UINT_MAX, errmsg);
	if (xrc != 0)
		return map_xap(xrc);
	r->parsed = xap_qparser_parse(r->qp, r->text, strlen(r->text),
	    r->flags, NULL, &xrc, &msg);
	if (r->parsed == NULL && xrc == XAP_EQUERY) {
		r->qperror = parser_message(msg);
		free(msg);
		msg = NULL;
		if (!req->lenient) {
			set_err(errmsg, "bad query", xasprintf("%s%s",
			    r->qperror, strstr(r->qperror, "<expression>") ?
			    " (an operator needs words on both sides; write "
			    "words in lower case or quotes to search for them)"
			    : ""));
			return SEARCH_EQUERY;
		}
		r->lenient_used = 1;
		r->flags = QP_PLAIN;
		drop_field_names(r->text);
		r->parsed = xap_qparser_parse(r->qp, r->text, strlen(r->text),
		    r->flags, NULL, &xrc, &msg);
	}
	if (r->parsed == NULL) {
		set_err(errmsg, "bad query", msg);
		return map_xap(xrc);
	}
	if (req->like != NULL) {
		rc = like_into(r, errmsg);
		if (rc != 0)
			return rc;
	}
	r->corrected = xap_qparser_corrected(r->qp);
	if (r->corrected != NULL)
		keep_indexed_words(eng, r->natural ? eng->nlstop : eng->stop,
		    r->text, &r->corrected);
	if (r->corrected != NULL && (r->corrected[0] == '\0' ||
	    strcmp(r->corrected, r->text) == 0)) {
		free(r->corrected);
		r->corrected = NULL;
	}
	r->ignored = cJSON_CreateArray();
	xap_qparser_stoplist(r->qp, stop_cb, r->ignored);
	r->query = compose(r, r->parsed, 1, &xrc, errmsg);
	if (r->query == NULL)
		return map_xap(xrc);
	return SEARCH_OK;
}

/* ---- Stored documents ---- */

/*
 * The stored JSON of a document (docs/index-schema.md), read without
 * building a cJSON tree: a hit needs a few strings of it, and making and
 * freeing a node for every value cost more than the rest of the hit.
 * Strings are unescaped in place in the data and point into it.
 */
enum doc_field {
	DF_ID, DF_TYPE, DF_TITLE, DF_COUNCIL, DF_COMMITTEE, DF_DATE, DF_URL,
	DF_SOURCE, DF_ITEM, DF_SPEAKER, DF_QUESTION, DF_TEXT, DF_PURPOSE,
	DF_OUTCOME, DF_COUNT
};

static const char *const doc_fields[DF_COUNT] = {
	[DF_ID] = "id", [DF_TYPE] = "type", [DF_TITLE] = "title",
	[DF_COUNCIL] = "council", [DF_COMMITTEE] = "committee",
	[DF_DATE] = "date", [DF_URL] = "url", [DF_SOURCE] = "source",
	[DF_ITEM] = "item", [DF_SPEAKER] = "speaker",
	[DF_QUESTION] = "question", [DF_TEXT] = "text",
	[DF_PURPOSE] = "purpose", [DF_OUTCOME] = "outcome",
};

/* An element of "answers" or "sections": its strings, or NULL. */
struct doc_part {
	const char *type, *text, *speaker, *outcome;
};

struct doc {
	char *data;			/* owned: the stored JSON */
	const char *f[DF_COUNT];	/* top-level strings, or NULL */
	struct doc_part *answers;	/* owned */
	size_t nanswers;
	struct doc_part *sections;	/* owned */
	size_t nsections;
};

#define DOC_DEPTH	64	/* nesting read before giving up */

struct jread {
	char *p, *end;
};

static void
jr_space(struct jread *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' ||
	    *j->p == '\n' || *j->p == '\r'))
		j->p++;
}

static int
jr_hex4(const char *p, unsigned *u)
{
	int k, c;

	*u = 0;
	for (k = 0; k < 4; k++) {
		c = (unsigned char)p[k];
		*u <<= 4;
		if (c >= '0' && c <= '9')
			*u |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			*u |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			*u |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	return 0;
}

/*
 * The string at j->p, unescaped in place as cJSON does (\uXXXX and
 * surrogate pairs to UTF-8) and NUL-terminated over its closing quote.
 * NULL if it is not a well-formed string.
 */
static char *
jr_string(struct jread *j)
{
	char *s, *o, *q, *bs, *qt;
	unsigned u, lo;

	if (j->p >= j->end || *j->p != '"')
		return NULL;
	s = o = ++j->p;
	qt = j->p - 1;
	for (;;) {
		/* The next quote (kept while ahead), or a backslash first. */
		if (qt < j->p) {
			qt = memchr(j->p, '"', (size_t)(j->end - j->p));
			if (qt == NULL)
				qt = j->end;
		}
		q = qt;
		bs = memchr(j->p, '\\', (size_t)(q - j->p));
		if (bs != NULL)
			q = bs;
		if (o != j->p)
			memmove(o, j->p, (size_t)(q - j->p));
		o += q - j->p;
		j->p = q;
		if (q >= j->end)
			return NULL;
		if (*q == '"') {
			*o = '\0';
			j->p++;
			return s;
		}
		if (q + 1 >= j->end)
			return NULL;
		j->p = q + 2;
		switch (q[1]) {
		case '"': case '\\': case '/':
			*o++ = q[1];
			break;
		case 'b':
			*o++ = '\b';
			break;
		case 'f':
			*o++ = '\f';
			break;
		case 'n':
			*o++ = '\n';
			break;
		case 'r':
			*o++ = '\r';
			break;
		case 't':
			*o++ = '\t';
			break;
		case 'u':
			if (j->end - j->p < 4 || jr_hex4(j->p, &u) != 0)
				return NULL;
			j->p += 4;
			if (u >= 0xdc00 && u <= 0xdfff)
				return NULL;
			if (u >= 0xd800 && u <= 0xdbff) {
				if (j->end - j->p < 6 || j->p[0] != '\\' ||
				    j->p[1] != 'u' || jr_hex4(j->p + 2, &lo) != 0 ||
				    lo < 0xdc00 || lo > 0xdfff)
					return NULL;
				j->p += 6;
				u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
			}
			if (u < 0x80) {
				*o++ = (char)u;
			} else if (u < 0x800) {
				*o++ = (char)(0xc0 | (u >> 6));
				*o++ = (char)(0x80 | (u & 0x3f));
			} else if (u < 0x10000) {
				*o++ = (char)(0xe0 | (u >> 12));
				*o++ = (char)(0x80 | ((u >> 6) & 0x3f));
				*o++ = (char)(0x80 | (u & 0x3f));
			} else {
				*o++ = (char)(0xf0 | (u >> 18));
				*o++ = (char)(0x80 | ((u >> 12) & 0x3f));
				*o++ = (char)(0x80 | ((u >> 6) & 0x3f));
				*o++ = (char)(0x80 | (u & 0x3f));
			}
			break;
		default:
			return NULL;
		}
	}
}

/* After a member or element: 1 on ',', 0 past close, -1 otherwise. */
static int
jr_next(struct jread *j, char close)
{
	jr_space(j);
	if (j->p < j->end && (*j->p == ',' || *j->p == close))
		return *j->p++ == ',' ? 1 : 0;
	return -1;
}

/* Passes over one value; a string in it is unescaped.  0 or -1. */
static int
jr_skip(struct jread *j, int depth)
{
	char open;
	const char *from;
	int rc;

	jr_space(j);
	if (j->p >= j->end || depth > DOC_DEPTH)
		return -1;
	switch (*j->p) {
	case '"':
		return jr_string(j) != NULL ? 0 : -1;
	case '{':
	case '[':
		open = *j->p++;
		jr_space(j);
		if (j->p < j->end && *j->p == (open == '{' ? '}' : ']')) {
			j->p++;
			return 0;
		}
		for (;;) {
			if (open == '{') {
				jr_space(j);
				if (jr_string(j) == NULL)
					return -1;
				jr_space(j);
				if (j->p >= j->end || *j->p != ':')
					return -1;
				j->p++;
			}
			if (jr_skip(j, depth + 1) != 0)
				return -1;
			rc = jr_next(j, open == '{' ? '}' : ']');
			if (rc <= 0)
				return rc;
		}
	default:
		/* true, false, null or a number. */
		from = j->p;
		while (j->p < j->end && (isalnum((unsigned char)*j->p) ||
		    *j->p == '-' || *j->p == '+' || *j->p == '.'))
			j->p++;
		return j->p > from ? 0 : -1;
	}
}

/*
 * Reads one object with its members passed to member(ctx, key, j): the
 * callback reads the value (or returns 1 to have it passed over).
 */
static int
jr_object(struct jread *j, int depth,
    int (*member)(void *ctx, const char *key, struct jread *j, int depth),
    void *ctx)
{
	const char *key;
	int rc;

	jr_space(j);
	if (j->p >= j->end || *j->p != '{')
		return -1;
	j->p++;
	jr_space(j);
	if (j->p < j->end && *j->p == '}') {
		j->p++;
		return 0;
	}
	for (;;) {
		jr_space(j);
		key = jr_string(j);
		if (key == NULL)
			return -1;
		jr_space(j);
		if (j->p >= j->end || *j->p != ':')
			return -1;
		j->p++;
		jr_space(j);
		rc = member(ctx, key, j, depth);
		if (rc < 0 || (rc > 0 && jr_skip(j, depth + 1) != 0))
			return -1;
		rc = jr_next(j, '}');
		if (rc <= 0)
			return rc;
	}
}

/*
 * A string member: the first one of a key counts, as with cJSON; *seen
 * notes a key met even when its value is not a string.  Returns what a
 * member callback returns.
 */
static int
jr_field(struct jread *j, const char **out, unsigned *seen, unsigned bit)
{
	if (*seen & bit)
		return 1;
	*seen |= bit;
	if (j->p < j->end && *j->p == '"') {
		*out = jr_string(j);
		return *out != NULL ? 0 : -1;
	}
	return 1;
}

struct part_ctx {
	struct doc_part *part;
	unsigned seen;
};

static int
part_member(void *ctx, const char *key, struct jread *j, int depth)
{
	struct part_ctx *c = ctx;

	(void)depth;
	if (strcmp(key, "type") == 0)
		return jr_field(j, &c->part->type, &c->seen, 1);
	if (strcmp(key, "text") == 0)
		return jr_field(j, &c->part->text, &c->seen, 2);
	if (strcmp(key, "speaker") == 0)
		return jr_field(j, &c->part->speaker, &c->seen, 4);
	if (strcmp(key, "outcome") == 0)
		return jr_field(j, &c->part->outcome, &c->seen, 8);
	return 1;
}

/* An array of objects; other elements are passed over. */
static int
jr_parts(struct jread *j, int depth, struct doc_part **out, size_t *n)
{
	struct part_ctx c;
	size_t cap = 0;
	int rc;

	j->p++;		/* '[' */
	jr_space(j);
	if (j->p < j->end && *j->p == ']') {
		j->p++;
		return 0;
	}
	for (;;) {
		jr_space(j);
		if (j->p < j->end && *j->p == '{') {
			if (*n == cap) {
				cap = cap ? cap * 2 : 8;
				*out = xreallocarray(*out, cap, sizeof(**out));
			}
			memset(&(*out)[*n], 0, sizeof(**out));
			c.part = &(*out)[*n];
			c.seen = 0;
			if (jr_object(j, depth + 1, part_member, &c) != 0)
				return -1;
			(*n)++;
		} else if (jr_skip(j, depth + 1) != 0) {
			return -1;
		}
		rc = jr_next(j, ']');
		if (rc <= 0)
			return rc;
	}
}

struct doc_ctx {
	struct doc *d;
	unsigned seen;		/* bits: DF_*, then answers, sections */
};

static int
doc_member(void *ctx, const char *key, struct jread *j, int depth)
{
	struct doc_ctx *c = ctx;
	unsigned bit;
	size_t k;

	for (k = 0; k < DF_COUNT; k++) {
		if (strcmp(key, doc_fields[k]) == 0)
			return jr_field(j, &c->d->f[k], &c->seen, 1u << k);
	}
	if (strcmp(key, "answers") == 0)
		bit = 1u << DF_COUNT;
	else if (strcmp(key, "sections") == 0)
		bit = 1u << (DF_COUNT + 1);
	else
		return 1;
	if ((c->seen & bit) || j->p >= j->end || *j->p != '[') {
		c->seen |= bit;
		return 1;
	}
	c->seen |= bit;
	if (bit == 1u << DF_COUNT)
		return jr_parts(j, depth, &c->d->answers, &c->d->nanswers);
	return jr_parts(j, depth, &c->d->sections, &c->d->nsections);
}

static void
doc_free(struct doc *d)
{
	if (d == NULL)
		return;
	free(d->data);
	free(d->answers);
	free(d->sections);
	free(d);
}

/*
 * A document over data (malloc'd, len bytes, taken over; may be NULL for
 * a document with nothing in it).  NULL if the JSON is damaged.
 */
static struct doc *
doc_read(char *data, size_t len)
{
	struct doc *d = xcalloc(1, sizeof(*d));
	struct doc_ctx c;
	struct jread j;

	d->data = data;
	if (data == NULL)
		return d;
	j.p = data;
	j.end = data + len;
	c.d = d;
	c.seen = 0;
	if (jr_object(&j, 0, doc_member, &c) != 0) {
		doc_free(d);
		return NULL;
	}
	return d;
}

/* ---- Results ---- */

/* Unescapes Xapian's HTML snippet into plain text without the marks. */
static char *
snippet_plain(const char *html)
{
	static const struct {
		const char *ent;
		size_t len;
		char c;
	} ents[] = {
		{ "&amp;", 5, '&' }, { "&lt;", 4, '<' }, { "&gt;", 4, '>' },
		{ "&quot;", 6, '"' }, { "&#39;", 5, '\'' }, { "&apos;", 6, '\'' },
	};
	const size_t hs = strlen(HI_START), he = strlen(HI_END);
	size_t n = strlen(html), i = 0, j, k;
	char *out = xmalloc(n + 1), *o = out;

	/* Plain text is never longer: copy runs up to the next '<' or '&'. */
	while (i < n) {
		j = i + strcspn(html + i, "<&");
		memcpy(o, html + i, j - i);
		o += j - i;
		i = j;
		if (i == n)
			break;
		if (html[i] == '<') {
			if (strncmp(html + i, HI_START, hs) == 0) {
				i += hs;
				continue;
			}
			if (strncmp(html + i, HI_END, he) == 0) {
				i += he;
				continue;
			}
		} else {
			for (k = 0; k < sizeof(ents) / sizeof(ents[0]); k++) {
				if (strncmp(html + i, ents[k].ent,
				    ents[k].len) == 0)
					break;
			}
			if (k < sizeof(ents) / sizeof(ents[0])) {
				*o++ = ents[k].c;
				i += ents[k].len;
				continue;
			}
		}
		*o++ = html[i++];
	}
	*o = '\0';
	return out;
}

/* Appends s[0..n) HTML-escaped as Xapian escapes snippets. */
static void
put_escaped(struct buf *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '&')
			buf_puts(b, "&amp;");
		else if (s[i] == '<')
			buf_puts(b, "&lt;");
		else if (s[i] == '>')
			buf_puts(b, "&gt;");
		else
			buf_putc(b, s[i]);
	}
}

/*
 * Xapian ends a snippet after the last word that matters, even when the
 * length allows more.  Widens the snippet html (found in text[0..tl), a
 * stretch of the section that starts it if at_start, ends it if at_end)
 * with the text after it, then before it, to about len bytes, cutting at
 * spaces.  Returns a malloc'd snippet (a copy of html if it cannot be
 * placed).
 */
static char *
widen_snippet(const char *html, const char *text, size_t tl, int at_start,
    int at_end, size_t len)
{
	struct buf b = BUF_INIT;
	const char *frag = html, *at, *end;
	size_t el = strlen(ELLIPSIS), fl, pl, budget, n;
	char *core, *plain;

	fl = strlen(frag);
	if (fl >= el && memcmp(frag, ELLIPSIS, el) == 0) {
		frag += el;
		fl -= el;
	}
	if (fl >= el && memcmp(frag + fl - el, ELLIPSIS, el) == 0)
		fl -= el;
	core = xstrndup(frag, fl);
	plain = snippet_plain(core);
	pl = strlen(plain);
	at = pl > 0 ? memmem(text, tl, plain, pl) : NULL;
	if (at == NULL) {
		free(core);
		free(plain);
		return xstrdup(html);
	}
	budget = pl < len ? len - pl : 0;
	/* After: up to the budget, ending at a space. */
	end = at + pl;
	n = (size_t)(text + tl - end);
	if (n > budget) {
		n = budget;
		while (n > 0 && end[n] != ' ' && end[n] != '\n')
			n--;
	}
	budget -= n;
	/* Before: what is left of the budget, starting after a space. */
	pl = (size_t)(at - text);
	if (pl > budget) {
		pl = budget;
		while (pl > 0 && at[-(long)pl - 1] != ' ' &&
		    at[-(long)pl - 1] != '\n')
			pl--;
	}
	if (at - pl > text || !at_start)
		buf_puts(&b, ELLIPSIS);
	put_escaped(&b, at - pl, pl);
	buf_puts(&b, core);
	put_escaped(&b, end, n);
	if (end + n < text + tl || !at_end)
		buf_puts(&b, ELLIPSIS);
	free(core);
	free(plain);
	return buf_steal(&b);
}

/* A section of stored text a snippet can come from. */
struct section {
	const char *type;	/* borrowed: "title", "question", ... */
	const char *text;	/* borrowed */
	const char *speaker;	/* borrowed, may be NULL */
};

/* Strips "Z" and a known prefix from a term; returns the word part. */
static const char *
term_word(const char *term, size_t len, size_t *wlen, const char **prefix)
{
	static const char *const pfx[] = {
		PFX_PURPOSE, PFX_QUESTION, PFX_ANSWER, PFX_RESOLUTION,
		PFX_DISCUSSION, PFX_TITLE, NULL
	};
	size_t i, n;

	*prefix = "";
	if (len > 0 && term[0] == 'Z') {
		term++;
		len--;
	}
	for (i = 0; pfx[i] != NULL; i++) {
		n = strlen(pfx[i]);
		if (len > n && memcmp(term, pfx[i], n) == 0 &&
		    !isupper((unsigned char)term[n])) {
			*prefix = pfx[i];
			term += n;
			len -= n;
			break;
		}
	}
	*wlen = len;
	return term;
}

/* Adds the scanning form of a stem: lower case, less its last letter. */
static void
stems_add(struct stems *st, const char *w, size_t wl)
{
	/* Stems may end differently from the words ("happi", "happy"). */
	if (wl > 3)
		wl--;
	st->s = xreallocarray(st->s, st->n + 1, sizeof(*st->s));
	st->s[st->n++] = lower_dup(w, wl);
}


/*
 * The stems of the query's words (not of filter values, operators or
 * stopwords), for choosing the section a snippet comes from.  Made once
 * per run from the query text: cheaper than asking Xapian which terms
 * each hit matches.
 */
static void
query_stems(struct run *r)
{
	const struct xap_stopper *stop;
	const char *p = r->text, *w, *colon;
	char *low, *stem;
	size_t n, i, f;
	int rc;

	r->stems_ready = 1;
	stop = r->natural ? r->eng->nlstop : r->eng->stop;
	while (*p != '\0') {
		/* Skip a filter and its value: "speaker:gunn". */
		for (f = 0; f < BF_COUNT; f++) {
			n = strlen(bool_fields[f].field);
			if ((p == r->text || !is_word_char(p[-1])) &&
			    strncmp(p, bool_fields[f].field, n) == 0 &&
			    p[n] == ':')
				break;
		}
		if (f < BF_COUNT) {
			p += strlen(bool_fields[f].field) + 1;
			if (*p == '"') {
				colon = strchr(p + 1, '"');
				p = colon ? colon + 1 : p + strlen(p);
			} else {
				while (*p != '\0' && *p != ' ' && *p != ')')
					p++;
			}
			continue;
		}
		if (!is_word_char(*p)) {
			p++;
			continue;
		}
		w = p;
		p = word_end(p);
		n = (size_t)(p - w);
		if (*p == ':')
			continue;	/* a field name: "title:" */
		if (is_operator(w, n))
			continue;
		low = lower_dup(w, n);
		if (stop != NULL && xap_stopper_has(stop, low, strlen(low))) {
			free(low);
			continue;
		}
		if (*p == '*') {
			stems_add(&r->stems, low, strlen(low) + 1);
		} else {
			stem = xap_stem_word(r->eng->lang, low, strlen(low),
			    &rc, NULL);
			if (stem != NULL && *stem != '\0')
				stems_add(&r->stems, stem, strlen(stem));
			free(stem);
		}
		free(low);
	}
	/* No duplicates: they would count twice. */
	for (i = 0; i < r->stems.n; i++) {
		for (f = i + 1; f < r->stems.n; f++) {
			if (strcmp(r->stems.s[i], r->stems.s[f]) == 0) {
				free(r->stems.s[f]);
				r->stems.s[f--] = r->stems.s[--r->stems.n];
			}
		}
	}
}

/* is_word_char as a table, for scanning whole sections. */
#define W1(c)	[c] = 1
#define W10(c)	W1(c), W1(c + 1), W1(c + 2), W1(c + 3), W1(c + 4), \
	W1(c + 5), W1(c + 6), W1(c + 7), W1(c + 8), W1(c + 9)
#define W64(c)	W10(c), W10(c + 10), W10(c + 20), W10(c + 30), \
	W10(c + 40), W10(c + 50), W1(c + 60), W1(c + 61), W1(c + 62), \
	W1(c + 63)
static const unsigned char word_byte[256] = {
	W10('0'), W10('A'), W10('K'), W1('U'), W1('V'), W1('W'), W1('X'),
	W1('Y'), W1('Z'), W10('a'), W10('k'), W1('u'), W1('v'), W1('w'),
	W1('x'), W1('y'), W1('z'),
	W64(0x80), W64(0xc0)
};
#undef W1
#undef W10
#undef W64

/* A word-initial occurrence of a stem in a section's text. */
struct occ {
	size_t pos;	/* byte offset */
	size_t stem;	/* index in struct stems */
};

#define MAX_OCC		1024	/* occurrences looked at per section */
#define MAX_STEMS	64	/* stems counted distinctly */
/*
 * Bytes of stored text scanned for a snippet, per hit: a document of an
 * index made before govindex bounded documents (docs/index-schema.md) can
 * hold hundreds of megabytes; past this the snippet comes from what was
 * scanned.
 */
#define SCAN_MAX	(512 * 1024)

/*
 * Scores a section by the stems of the matching terms its words start
 * with: *distinct stems found, *count occurrences, and *at, the start of
 * the stretch of win bytes holding most distinct stems.  A cheap stand-in
 * for running the snippet generator over every section.  Scans at most
 * *budget bytes and takes what it scanned off *budget.
 */
static void
scan_section(const char *text, const struct stems *st, size_t win,
    size_t *budget, size_t *distinct, size_t *count, size_t *at)
{
	struct occ *v = NULL;
	const char *p = text, *lim = text + strnlen(text, *budget);
	size_t n = 0, cap = 0, i, j, k, best = 0, d;
	size_t sl[MAX_STEMS];
	unsigned long long seen, all = 0;
	unsigned char first[256];
	int c;

	*distinct = *count = *at = 0;
	if (st->n == 0)
		return;
	*budget -= (size_t)(lim - text);
	/* The stems' first letters: most words are passed over at once. */
	memset(first, 0, sizeof(first));
	for (k = 0; k < st->n && k < MAX_STEMS; k++) {
		sl[k] = strlen(st->s[k]);
		first[(unsigned char)st->s[k][0]] = 1;
	}
	/* One pass over the words; a stem must start a word. */
	while (p < lim && n < MAX_OCC) {
		if (!word_byte[(unsigned char)*p]) {
			p++;
			continue;
		}
		c = tolower((unsigned char)*p);
		for (k = 0; first[c] && k < st->n && k < MAX_STEMS; k++) {
			if (sl[k] == 0 || c != (unsigned char)st->s[k][0] ||
			    strncasecmp(p, st->s[k], sl[k]) != 0)
				continue;
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				v = xreallocarray(v, cap, sizeof(*v));
			}
			v[n].pos = (size_t)(p - text);
			v[n].stem = k;
			n++;
			all |= 1ULL << k;
		}
		while (p < lim && word_byte[(unsigned char)*p])
			p++;
	}
	if (n == 0)
		return;
	/* Occurrences come in text order. */
	for (i = 0; i < n; i++) {
		seen = 0;
		for (j = i; j < n && v[j].pos < v[i].pos + win; j++)
			seen |= 1ULL << v[j].stem;
		d = (size_t)__builtin_popcountll(seen);
		if (d > best) {
			best = d;
			*at = v[i].pos;
		}
	}
	*distinct = (size_t)__builtin_popcountll(all);
	*count = n;
	free(v);
}

/* 1 if the section was spoken by a speaker the query filters on. */
static int
by_speaker(const struct run *r, const struct section *sec)
{
	char *key;
	size_t k;
	int hit = 0;

	if (r->nspeakers == 0 || sec->speaker == NULL)
		return 0;
	key = speaker_key(sec->speaker, strlen(sec->speaker));
	for (k = 0; k < r->nspeakers && !hit; k++)
		hit = words_in(r->speakers[k], key, strlen(key));
	free(key);
	return hit;
}

/*
 * The snippet of the section that matches best: one spoken by a speaker
 * the query filters on, else the one whose words start with most of the
 * query's stems (then most often), the earlier on a tie (the title comes
 * last: it is shown anyway).  Xapian's snippet generator then runs on a
 * window of that section around the densest stretch of matches, not on
 * the whole text: it looks every word up in the index.  *best is the
 * chosen index.  Returns the HTML snippet (malloc'd) or NULL with *rc (a
 * wrapper error).
 */
static char *
best_snippet(struct run *r, struct xap_hits *hits,
    const struct section *secs, size_t nsecs, size_t *best, int *rc,
    char **errmsg)
{
	const struct stems *st;
	const char *text;
	char *snip, *wide;
	size_t k, d, c, at, tl, ws, we, len, lo, hi, bestat = 0;
	size_t budget = SCAN_MAX;
	size_t score, topscore = 0, topc = 0;
	int found = 0;

	len = r->req->snippet_len ? r->req->snippet_len : DEFAULT_SNIPPET;
	*best = 0;
	if (!r->stems_ready)
		query_stems(r);
	st = &r->stems;
	for (k = 0; k < nsecs; k++) {
		if (secs[k].text == NULL || secs[k].text[0] == '\0')
			continue;
		scan_section(secs[k].text, st, len, &budget, &d, &c, &at);
		score = d;
		if (by_speaker(r, &secs[k]))
			score += d > 0 ? 100000 : 50000;
		if (!found || score > topscore ||
		    (score == topscore && c > topc)) {
			found = 1;
			topscore = score;
			topc = c;
			*best = k;
			bestat = at;
		}
	}
	if (!found)
		return xstrdup("");
	/* The window: from a little before the densest stretch, about len
	 * bytes, cut at spaces; widen_snippet fills up to len. */
	text = secs[*best].text;
	/* The stretch around the matches is all that is read of the text. */
	tl = strnlen(text, bestat + 3 * len + 1);
	ws = bestat > len / 8 ? bestat - len / 8 : 0;
	while (ws > 0 && ws < tl && text[ws - 1] != ' ' && text[ws - 1] != '\n')
		ws++;
	we = ws + len < tl ? ws + len : tl;
	while (we < tl && we > ws && text[we] != ' ' && text[we] != '\n')
		we--;
	if (we <= ws) {
		ws = 0;
		we = tl;
	}
	snip = xap_hits_snippet(hits, r->eng->lang, text + ws, we - ws, len,
	    HI_START, HI_END, ELLIPSIS, 1, rc, errmsg);
	if (snip == NULL)
		return NULL;
	*rc = 0;
	lo = ws > len ? ws - len : 0;
	hi = we + len < tl ? we + len : tl;
	wide = widen_snippet(snip, text + lo, hi - lo, lo == 0,
	    text[hi] == '\0', len);
	free(snip);
	return wide;
}

/* Short form of a resolution: up to RESOLUTION_SHORT bytes, whole words. */
static char *
shorten(const char *s)
{
	size_t n = strlen(s), cut;

	if (n <= RESOLUTION_SHORT)
		return xstrdup(s);
	cut = RESOLUTION_SHORT;
	while (cut > 0 && s[cut] != ' ')
		cut--;
	if (cut == 0)
		cut = RESOLUTION_SHORT;
	/* Never cut inside a UTF-8 sequence. */
	while (cut > 0 && ((unsigned char)s[cut] & 0xc0) == 0x80)
		cut--;
	return xasprintf("%.*s" ELLIPSIS, (int)cut, s);
}

static void
push_section(struct section **v, size_t *n, const char *type,
    const char *text, const char *speaker)
{
	if (text == NULL || *text == '\0')
		return;
	*v = xreallocarray(*v, *n + 1, sizeof(**v));
	(*v)[*n].type = type;
	(*v)[*n].text = text;
	(*v)[*n].speaker = speaker;
	(*n)++;
}

/*
 * The sections of a stored document (docs/index-schema.md): an item's
 * sections, a question with each of its answers, or a passage's text.
 * The agenda, purpose and title come last: a result shows its title
 * anyway, so they are the snippet only when nothing else matches.
 */
static size_t
doc_sections(const struct doc *d, struct section **out)
{
	struct section *v = NULL;
	size_t n = 0, k;
	const char *type;

	if (d->f[DF_QUESTION] != NULL) {
		push_section(&v, &n, TYPE_QUESTION, d->f[DF_QUESTION],
		    d->f[DF_SPEAKER]);
		for (k = 0; k < d->nanswers; k++)
			push_section(&v, &n, TYPE_ANSWER, d->answers[k].text,
			    d->answers[k].speaker);
	} else {
		type = d->f[DF_TYPE];
		push_section(&v, &n, type ? type : "text", d->f[DF_TEXT],
		    d->f[DF_SPEAKER]);
	}
	for (k = 0; k < d->nsections; k++) {
		type = d->sections[k].type;
		if (type != NULL && strcmp(type, "agenda") == 0)
			continue;
		push_section(&v, &n, type ? type : "discussion",
		    d->sections[k].text, d->sections[k].speaker);
	}
	for (k = 0; k < d->nsections; k++) {
		type = d->sections[k].type;
		if (type != NULL && strcmp(type, "agenda") == 0)
			push_section(&v, &n, type, d->sections[k].text, NULL);
	}
	push_section(&v, &n, "purpose", d->f[DF_PURPOSE], NULL);
	push_section(&v, &n, "title", d->f[DF_TITLE], NULL);
	*out = v;
	return n;
}

/* The item's resolutions in short: [{"text":..., "outcome":...}]. */
static cJSON *
resolutions(const struct doc *item)
{
	cJSON *arr = cJSON_CreateArray(), *o;
	const char *t;
	char *sh;
	size_t k;
	int n = 0;

	for (k = 0; k < item->nsections && n < MAX_RESOLUTIONS; k++) {
		t = item->sections[k].type;
		if (t == NULL || strcmp(t, TYPE_RESOLUTION) != 0)
			continue;
		t = item->sections[k].text;
		if (t == NULL)
			continue;
		o = cJSON_CreateObject();
		sh = shorten(t);
		cJSON_AddStringToObject(o, "text", sh);
		free(sh);
		add_str_or_null(o, "outcome", item->sections[k].outcome);
		cJSON_AddItemToArray(arr, o);
		n++;
	}
	return arr;
}

/* The stored document with unique id id, or NULL. */
static struct doc *
fetch_doc(struct search_engine *eng, const char *id, int *rc,
    char **errmsg)
{
	char *term, *data = NULL;
	unsigned docid;
	size_t len;

	term = bool_term_text(PFX_ID, id);
	*rc = xap_db_find_term(eng->db, term, strlen(term), &docid, errmsg);
	free(term);
	if (*rc == XAP_ENODOC) {
		*rc = 0;
		if (errmsg != NULL) {
			free(*errmsg);
			*errmsg = NULL;
		}
		return NULL;
	}
	if (*rc != 0)
		return NULL;
	*rc = xap_db_get_data(eng->db, docid, &data, &len, errmsg);
	if (*rc != 0)
		return NULL;
	return doc_read(data, len);
}

/*
 * The resolutions of item iid from its resolution passages (iid#r1,
 * iid#r2, ...: schema.h PASSAGE_RESOLUTION), in short, into *out (a new
 * array).  Returns 0 or a wrapper error.
 */
static int
resolution_passages(struct search_engine *eng, const char *iid, cJSON **out,
    char **errmsg)
{
	cJSON *arr = cJSON_CreateArray(), *o;
	struct doc *d;
	const char *t;
	char *id, *sh;
	unsigned n;
	int rc = 0;

	for (n = 1; n <= MAX_RESOLUTIONS; n++) {
		id = xasprintf("%s%s%u", iid, PASSAGE_RESOLUTION, n);
		d = fetch_doc(eng, id, &rc, errmsg);
		free(id);
		if (d == NULL)
			break;
		t = d->f[DF_TEXT];
		if (t != NULL) {
			o = cJSON_CreateObject();
			sh = shorten(t);
			cJSON_AddStringToObject(o, "text", sh);
			free(sh);
			add_str_or_null(o, "outcome", d->f[DF_OUTCOME]);
			cJSON_AddItemToArray(arr, o);
		}
		doc_free(d);
	}
	if (rc != 0) {
		cJSON_Delete(arr);
		return rc;
	}
	*out = arr;
	return 0;
}

/* Copies the fields every result carries from stored data. */
static void
copy_common(cJSON *hit, const struct doc *d)
{
	static const enum doc_field keys[] = {
		DF_TITLE, DF_COUNCIL, DF_COMMITTEE, DF_DATE, DF_URL, DF_SOURCE,
		DF_ITEM
	};
	size_t k;

	for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++)
		add_str_or_null(hit, doc_fields[keys[k]], d->f[keys[k]]);
}

/* ---- --explain ---- */

/*
 * The query as it ranks: with routine items ranked down in it when the
 * match does that (malloc'd, or NULL).
 */
static char *
describe_ranking(const struct run *r)
{
	struct xap_query *q;
	char *t;
	int rc;

	if (r->demote == NULL)
		return xap_query_describe(r->query);
	q = xap_query_demote(r->query, r->demote, RANK_ROUTINE_FACTOR, &rc,
	    NULL);
	t = q != NULL ? xap_query_describe(q) : NULL;
	xap_query_free(q);
	return t;
}

/* The weight q gets on the document with unique term idterm. */
static int
weight_on(struct search_engine *eng, struct xap_query *q,
    struct xap_query *idq, double *w, char **errmsg)
{
	struct xap_search s;
	struct xap_query *f;
	struct xap_hits *h;
	int rc;

	*w = 0;
	f = combine2(XAP_OP_FILTER, q, idq, &rc, errmsg);
	if (f == NULL)
		return rc;
	memset(&s, 0, sizeof(s));
	s.query = f;
	s.limit = 1;
	h = xap_search_run(eng->db, &s, &rc, errmsg);
	xap_query_free(f);
	if (h == NULL)
		return rc;
	if (xap_hits_size(h) > 0)
		*w = xap_hits_weight(h, 0);
	xap_hits_free(h);
	return 0;
}

struct explain_ctx {
	struct run *r;
	struct xap_query *idq;	/* borrowed */
	cJSON *terms;		/* borrowed */
	double sum;
	int rc;
	char **errmsg;
};

static int
explain_term_cb(void *ctx, const char *term, size_t len, unsigned freq)
{
	struct explain_ctx *x = ctx;
	struct xap_query *tq;
	const char *w, *pfx;
	size_t wl, k;
	unsigned tf = 0;
	double wt = 0;
	cJSON *o;
	char *s;

	(void)freq;
	w = term_word(term, len, &wl, &pfx);
	if (wl > 0 && isupper((unsigned char)w[0]))
		return 0;	/* filter terms add nothing to the score */
	tq = xap_query_term(term, len, 1, &x->rc, x->errmsg);
	if (tq == NULL)
		return 1;
	x->rc = weight_on(x->r->eng, tq, x->idq, &wt, x->errmsg);
	xap_query_free(tq);
	if (x->rc != 0)
		return 1;
	x->rc = xap_db_termfreq(x->r->eng->db, term, len, &tf, x->errmsg);
	if (x->rc != 0)
		return 1;
	o = cJSON_CreateObject();
	s = xstrndup(term, len);
	cJSON_AddStringToObject(o, "term", s);
	free(s);
	s = xstrndup(w, wl);
	cJSON_AddStringToObject(o, "word", s);
	free(s);
	for (k = 0; k < sizeof(section_prefixes) /
	    sizeof(section_prefixes[0]); k++) {
		if (strcmp(section_prefixes[k].prefix, pfx) == 0)
			break;
	}
	cJSON_AddStringToObject(o, "field", *pfx == '\0' ? "text" :
	    k < sizeof(section_prefixes) / sizeof(section_prefixes[0]) ?
	    section_prefixes[k].name : pfx);
	cJSON_AddBoolToObject(o, "stemmed", term[0] == 'Z');
	cJSON_AddNumberToObject(o, "termfreq", tf);
	cJSON_AddNumberToObject(o, "weight", wt);
	cJSON_AddItemToArray(x->terms, o);
	x->sum += wt;
	return 0;
}

/*
 * How the score of the document with unique id docid is made up: the
 * weight each matching term gives alone (BM25 sums them), and the score
 * the query gets when its words search one section only.
 */
static cJSON *
explain(struct run *r, struct xap_hits *hits, size_t i, const char *docid,
    int *rc, char **errmsg)
{
	struct explain_ctx x;
	struct xap_query *idq = NULL, *pq = NULL, *cq = NULL;
	cJSON *ex = NULL, *secs;
	char *t;
	double w;
	size_t k;

	idq = bool_term(PFX_ID, docid, rc, errmsg);
	if (idq == NULL)
		return NULL;
	ex = cJSON_CreateObject();
	cJSON_AddStringToObject(ex, "doc", docid);
	cJSON_AddNumberToObject(ex, "score", xap_hits_weight(hits, i));
	x.r = r;
	x.idq = idq;
	x.terms = cJSON_AddArrayToObject(ex, "terms");
	x.sum = 0;
	x.rc = 0;
	x.errmsg = errmsg;
	*rc = xap_hits_matching_terms(hits, i, explain_term_cb, &x, errmsg);
	if (*rc == 0)
		*rc = x.rc;
	if (*rc != 0)
		goto fail;
	cJSON_AddNumberToObject(ex, "terms_sum", x.sum);
	secs = cJSON_AddObjectToObject(ex, "sections");
	for (k = 0; k < sizeof(section_prefixes) /
	    sizeof(section_prefixes[0]); k++) {
		pq = xap_qparser_parse(r->qp, r->text, strlen(r->text),
		    r->flags, section_prefixes[k].prefix, rc, errmsg);
		if (pq == NULL)
			goto fail;
		if (xap_query_empty(pq)) {
			xap_query_free(pq);
			pq = NULL;
			continue;
		}
		cq = compose(r, pq, 0, rc, errmsg);
		xap_query_free(pq);
		pq = NULL;
		if (cq == NULL)
			goto fail;
		*rc = weight_on(r->eng, cq, idq, &w, errmsg);
		xap_query_free(cq);
		cq = NULL;
		if (*rc != 0)
			goto fail;
		if (w > 0)
			cJSON_AddNumberToObject(secs, section_prefixes[k].name,
			    w);
	}
	if (r->eng->weights != NULL)
		cJSON_AddItemToObject(ex, "section_weights",
		    cJSON_Duplicate(r->eng->weights, 1));
	t = describe_ranking(r);
	if (t != NULL) {
		cJSON_AddStringToObject(ex, "query", t);
		free(t);
	}
	xap_query_free(idq);
	return ex;
fail:
	xap_query_free(idq);
	cJSON_Delete(ex);
	return NULL;
}

/* ---- One result ---- */

/* The stored data of hit i, read (damaged data: an empty document). */
static int
hit_doc(struct xap_hits *hits, size_t i, struct doc **doc, char **errmsg)
{
	char *data = NULL;
	size_t len;
	int rc;

	*doc = NULL;
	rc = xap_hits_data(hits, i, &data, &len, errmsg);
	if (rc != 0)
		return rc;
	*doc = doc_read(data, len);	/* takes data */
	if (*doc == NULL)
		*doc = doc_read(NULL, 0); /* damaged: show the rest */
	return 0;
}

static int
build_hit(struct run *r, struct xap_hits *hits, size_t i, cJSON **out,
    char **errmsg)
{
	const struct search_request *req = r->req;
	char *itemid = NULL, *snip = NULL, *plain;
	cJSON *res = NULL, *hit = NULL, *m, *ex;
	struct doc *doc = NULL;
	struct section *secs = NULL;
	const char *docid, *dtype, *iid;
	size_t len, nsecs, best;
	int rc;

	*out = NULL;
	rc = hit_doc(hits, i, &doc, errmsg);
	if (rc != 0)
		goto fail;
	/* Collapsed on the item: the key is the item, with no read. */
	if (req->passages)
		rc = xap_hits_value(hits, i, VAL_ITEM, &itemid, &len, errmsg);
	else
		rc = xap_hits_collapse_key(hits, i, &itemid, &len, errmsg);
	if (rc != 0)
		goto fail;
	docid = doc->f[DF_ID];
	dtype = doc->f[DF_TYPE];
	if (dtype == NULL)
		dtype = TYPE_ITEM;
	iid = itemid[0] != '\0' ? itemid : docid;

	hit = cJSON_CreateObject();
	cJSON_AddNumberToObject(hit, "rank", req->offset + i + 1);
	cJSON_AddNumberToObject(hit, "score", xap_hits_weight(hits, i));
	cJSON_AddNumberToObject(hit, "percent", xap_hits_percent(hits, i));
	if (req->passages) {
		add_str_or_null(hit, "id", docid);
		add_str_or_null(hit, "type", dtype);
		add_str_or_null(hit, "item_id", iid);
	} else {
		add_str_or_null(hit, "id", iid);
		cJSON_AddStringToObject(hit, "type", TYPE_ITEM);
	}
	copy_common(hit, doc);

	/*
	 * The item's resolutions: from its own document when that matched,
	 * else from its resolution passages (small documents, cheaper to
	 * read than the item with all its text).
	 */
	if (!req->passages) {
		if (strcmp(dtype, TYPE_ITEM) == 0 || iid == NULL ||
		    (docid != NULL && strcmp(iid, docid) == 0)) {
			res = resolutions(doc);
		} else {
			rc = resolution_passages(r->eng, iid, &res, errmsg);
			if (rc != 0)
				goto fail;
		}
	}

	nsecs = doc_sections(doc, &secs);
	snip = best_snippet(r, hits, secs, nsecs, &best, &rc, errmsg);
	if (snip == NULL)
		goto fail;
	m = cJSON_AddObjectToObject(hit, "match");
	add_str_or_null(m, "id", docid);
	add_str_or_null(m, "type", dtype);
	if (nsecs > 0) {
		add_str_or_null(m, "section", secs[best].type);
		add_str_or_null(m, "speaker", secs[best].speaker ?
		    secs[best].speaker : doc->f[DF_SPEAKER]);
	} else {
		cJSON_AddNullToObject(m, "section");
		add_str_or_null(m, "speaker", doc->f[DF_SPEAKER]);
	}
	if (!req->passages)
		cJSON_AddNumberToObject(m, "others",
		    xap_hits_collapse_count(hits, i));
	plain = snippet_plain(snip);
	cJSON_AddStringToObject(hit, "snippet", plain);
	free(plain);
	cJSON_AddStringToObject(hit, "snippet_html", snip);
	if (!req->passages) {
		cJSON_AddItemToObject(hit, "resolutions", res);
		res = NULL;
	} else {
		add_str_or_null(hit, "speaker", doc->f[DF_SPEAKER]);
		/* A resolution is short: its whole text (the decision log). */
		add_str_or_null(hit, "outcome", doc->f[DF_OUTCOME]);
		add_str_or_null(hit, "text", strcmp(dtype,
		    TYPE_RESOLUTION) == 0 ? doc->f[DF_TEXT] : NULL);
	}
	if (req->explain && docid != NULL) {
		ex = explain(r, hits, i, docid, &rc, errmsg);
		if (ex == NULL)
			goto fail;
		cJSON_AddItemToObject(hit, "explain", ex);
	}
	*out = hit;
	hit = NULL;
	rc = 0;
fail:
	free(secs);
	free(snip);
	free(itemid);
	doc_free(doc);
	cJSON_Delete(res);
	cJSON_Delete(hit);
	return rc;
}

/*
 * A hit of an ids_only request.  An item's id is its collapse key; a
 * passage's comes from its stored data (small for a passage).
 */
static int
build_id_hit(struct run *r, struct xap_hits *hits, size_t i, cJSON **out,
    char **errmsg)
{
	const struct search_request *req = r->req;
	char *itemid = NULL;
	struct doc *doc = NULL;
	const char *id = NULL, *type = TYPE_ITEM;
	size_t len;
	int rc;

	*out = NULL;
	if (!req->passages) {
		rc = xap_hits_collapse_key(hits, i, &itemid, &len, errmsg);
		if (rc != 0)
			goto fail;
		id = itemid;
	}
	if (id == NULL || *id == '\0') {
		rc = hit_doc(hits, i, &doc, errmsg);
		if (rc != 0)
			goto fail;
		id = doc->f[DF_ID];
		if (req->passages && doc->f[DF_TYPE] != NULL)
			type = doc->f[DF_TYPE];
	}
	*out = cJSON_CreateObject();
	cJSON_AddNumberToObject(*out, "rank", req->offset + i + 1);
	cJSON_AddNumberToObject(*out, "score", xap_hits_weight(hits, i));
	cJSON_AddNumberToObject(*out, "percent", xap_hits_percent(hits, i));
	add_str_or_null(*out, "id", id);
	cJSON_AddStringToObject(*out, "type", type);
	rc = 0;
fail:
	free(itemid);
	doc_free(doc);
	return rc;
}

/* ---- Facets ---- */

struct facet_ctx {
	cJSON *arr;
	size_t n;
};

static int
facet_cb(void *ctx, const char *val, size_t len, unsigned count)
{
	struct facet_ctx *f = ctx;
	cJSON *o = cJSON_CreateObject();
	char *s = xstrndup(val, len);

	cJSON_AddStringToObject(o, "value", s);
	cJSON_AddNumberToObject(o, "count", count);
	free(s);
	cJSON_AddItemToArray(f->arr, o);
	f->n++;
	return 0;
}

static int
cmp_facet(const void *a, const void *b)
{
	const cJSON *x = *(const cJSON *const *)a;
	const cJSON *y = *(const cJSON *const *)b;
	double cx = cJSON_GetObjectItem(x, "count")->valuedouble;
	double cy = cJSON_GetObjectItem(y, "count")->valuedouble;

	if (cx != cy)
		return cx > cy ? -1 : 1;
	return strcmp(cJSON_GetObjectItem(x, "value")->valuestring,
	    cJSON_GetObjectItem(y, "value")->valuestring);
}

/* Sorts a facet by count, most first, and keeps the first limit. */
static cJSON *
facet_sorted(cJSON *arr, unsigned limit)
{
	size_t n = (size_t)cJSON_GetArraySize(arr), k;
	cJSON **v, *out = cJSON_CreateArray();

	if (n == 0) {
		cJSON_Delete(arr);
		return out;
	}
	v = xreallocarray(NULL, n, sizeof(*v));
	for (k = 0; k < n; k++)
		v[k] = cJSON_DetachItemFromArray(arr, 0);
	qsort(v, n, sizeof(*v), cmp_facet);
	for (k = 0; k < n; k++) {
		if (limit == 0 || k < limit)
			cJSON_AddItemToArray(out, v[k]);
		else
			cJSON_Delete(v[k]);
	}
	free(v);
	cJSON_Delete(arr);
	return out;
}

/*
 * Per-item facets over remote shards, which run no local decider: each
 * facet counts items through Xapian's collapse on the item.  Sets *items
 * to the exact number of matching items.
 */
static int
remote_item_facets(struct run *r, const unsigned *slots, const size_t *idx,
    size_t n, cJSON *facets, unsigned *items, char **errmsg)
{
	struct facet_ctx fc;
	size_t k;
	int rc;

	rc = xap_count_groups(r->eng->db, r->query, VAL_ITEM, -1, NULL, NULL,
	    items, errmsg);
	for (k = 0; rc == 0 && k < n; k++) {
		fc.arr = cJSON_CreateArray();
		fc.n = 0;
		rc = xap_count_groups(r->eng->db, r->query, VAL_ITEM,
		    (int)slots[k], facet_cb, &fc, NULL, errmsg);
		if (rc != 0) {
			cJSON_Delete(fc.arr);
			break;
		}
		cJSON_AddItemToObject(facets, facet_defs[idx[k]].name,
		    facet_sorted(fc.arr, r->req->facet_limit));
	}
	return map_xap(rc);
}

/*
 * Counts facet values over the whole match set.  In item mode council,
 * committee and year count each item once; speaker, type and outcome
 * count the matching passages.  *items receives the exact number of
 * matching items when it was counted (else it is left alone).
 */
static int
run_facets(struct run *r, cJSON *facets, unsigned *items, int *exact,
    char **errmsg)
{
	const struct search_request *req = r->req;
	unsigned slots[NFACETS], doccount = 0;
	size_t idx[NFACETS], n, k, pass, seen;
	struct xap_search s;
	struct xap_hits *h;
	struct item_count ic;
	struct facet_ctx fc;
	int rc, decided;

	rc = xap_db_doccount(r->eng->db, &doccount, errmsg);
	if (rc != 0)
		return rc;
	for (pass = 0; pass < 2; pass++) {
		/* Pass 0: per-item facets; pass 1: per-passage facets. */
		n = 0;
		for (k = 0; k < NFACETS; k++) {
			if (!(req->facets & facet_defs[k].bit))
				continue;
			if (!req->passages &&
			    facet_defs[k].per_item != (pass == 0))
				continue;
			if (req->passages && pass == 1)
				continue;
			slots[n] = facet_defs[k].slot;
			idx[n++] = k;
		}
		if (n == 0)
			continue;
		memset(&s, 0, sizeof(s));
		s.query = r->query;
		s.limit = 0;
		s.check_at_least = doccount + 1;
		s.facet_slots = slots;
		s.nfacets = n;
		s.time_limit = req->time_limit;
		memset(&ic, 0, sizeof(ic));
		if (!req->passages && pass == 0 &&
		    xap_db_remote(r->eng->db)) {
			rc = remote_item_facets(r, slots, idx, n, facets, items,
			    errmsg);
			if (rc != 0)
				return rc;
			*exact = 1;
			continue;
		}
		if (!req->passages && pass == 0)
			item_count_start(r->eng, &s, &ic, *items);
		decided = s.decider != NULL || s.docid_decider != NULL;
		h = xap_search_run(r->eng->db, &s, &rc, errmsg);
		if (h == NULL && decided && rc != XAP_EMODIFIED &&
		    rc != XAP_ENOMEM) {
			/* A remote database runs no local decider: count
			 * documents rather than items. */
			item_count_done(&ic);
			s.decider = NULL;
			s.docid_decider = NULL;
			decided = 0;
			if (errmsg != NULL) {
				free(*errmsg);
				*errmsg = NULL;
			}
			h = xap_search_run(r->eng->db, &s, &rc, errmsg);
		}
		seen = item_count_done(&ic);
		if (h == NULL)
			return rc;
		for (k = 0; k < n; k++) {
			fc.arr = cJSON_CreateArray();
			fc.n = 0;
			rc = xap_hits_facet(h, k, facet_cb, &fc, errmsg);
			if (rc != 0) {
				cJSON_Delete(fc.arr);
				xap_hits_free(h);
				return rc;
			}
			cJSON_AddItemToObject(facets, facet_defs[idx[k]].name,
			    facet_sorted(fc.arr, req->facet_limit));
		}
		xap_hits_free(h);
		if (decided && req->time_limit == 0) {
			*items = (unsigned)seen;
			*exact = 1;
		}
	}
	return 0;
}

/* ---- Running ---- */

/*
 * The exact number of items matching, counted by looking at each of the
 * (at most max) matching documents once.  Returns 0 with *items set, or a
 * wrapper error.
 */
static int
count_items(struct run *r, unsigned max, unsigned *items, char **errmsg)
{
	struct item_count c;
	struct xap_search s;
	struct xap_hits *h;
	size_t n;
	int rc;

	/* Remote shards run no local decider: let Xapian collapse. */
	if (xap_db_remote(r->eng->db))
		return map_xap(xap_count_groups(r->eng->db, r->query, VAL_ITEM,
		    -1, NULL, NULL, items, errmsg));
	memset(&s, 0, sizeof(s));
	s.query = r->query;
	s.limit = 0;
	s.check_at_least = max + 1;
	item_count_start(r->eng, &s, &c, max);
	h = xap_search_run(r->eng->db, &s, &rc, errmsg);
	n = item_count_done(&c);
	if (h != NULL) {
		*items = (unsigned)n;
		xap_hits_free(h);
	}
	return h != NULL ? 0 : rc;
}

/*
 * With shards left out (search_engine_opts.allow_partial), marks the
 * result "partial" and names them in "failed_shards".
 */
static void
add_partial(cJSON *res, const struct xap_db *db)
{
	cJSON *arr = NULL, *o;
	const char *why;
	size_t i;

	for (i = 0; i < xap_db_nshards(db); i++) {
		why = xap_db_shard_down(db, i);
		if (why == NULL)
			continue;
		if (arr == NULL)
			arr = cJSON_CreateArray();
		o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "db", xap_db_shard_name(db, i));
		cJSON_AddStringToObject(o, "error", why);
		cJSON_AddItemToArray(arr, o);
	}
	if (arr == NULL)
		return;
	cJSON_AddBoolToObject(res, "partial", 1);
	cJSON_AddItemToObject(res, "failed_shards", arr);
}

/*
 * --recent over remote shards, which cannot run the decay of rank_recent
 * (a custom posting source): the first max(offset + limit, 100) hits by
 * relevance get the same bonus after the match (xap_search.decay_weight).
 */
static void
recent_page(const struct run *r, struct xap_search *s, char *today,
    size_t size)
{
	time_t now = time(NULL);
	struct tm tm;

	if (!r->req->recent || r->req->sort != SEARCH_SORT_RELEVANCE ||
	    !xap_db_remote(r->eng->db) || xap_query_empty(r->parsed))
		return;
	gmtime_r(&now, &tm);
	strftime(today, size, "%Y%m%d", &tm);
	s->decay_weight = RANK_RECENT_BONUS;
	s->decay_half_life = RANK_HALF_LIFE_DAYS;
	s->decay_slot = VAL_DATE;
	s->decay_today = today;
	s->decay_depth = 100;
}

/*
 * One attempt at a request.  Returns 0 or a search_err; E_RETRY when the
 * index changed under the match.
 */
static int
run_once(struct run *r, cJSON **result, char **errmsg)
{
	const struct search_request *req = r->req;
	struct xap_search s;
	struct xap_hits *hits = NULL;
	struct smooth *sm = NULL;
	cJSON *res = NULL, *arr = NULL, *hit, *facets = NULL;
	unsigned est, lo, hi, total;
	double t0 = now_ms();
	size_t i;
	int rc, exact;
	char *w, today[16];

	rc = build_query(r, errmsg);
	if (rc != 0)
		return rc;
	memset(&s, 0, sizeof(s));
	s.query = r->query;
	s.offset = req->offset;
	s.limit = req->limit;
	s.check_at_least = req->offset + req->limit;
	s.time_limit = req->time_limit;
	if (req->sort == SEARCH_SORT_DATE) {
		s.sort = XAP_SORT_VALUE_ASC;
		s.sort_slot = VAL_DATE;
	} else if (req->sort == SEARCH_SORT_DATE_DESC) {
		s.sort = XAP_SORT_VALUE_DESC;
		s.sort_slot = VAL_DATE;
	}
	if (!req->passages) {
		s.collapse = 1;
		s.collapse_slot = VAL_ITEM;
	}
	s.demote_term = r->demote;
	s.demote_factor = RANK_ROUTINE_FACTOR;
	if (r->demote != NULL && routine_map(r->eng)) {
		s.demoted = routine_has;
		s.demoted_ctx = r->eng;
		/* No routine documents: the query alone ranks them all. */
		if (r->eng->routine_docs == 0)
			s.demote_term = NULL;
	}
	recent_page(r, &s, today, sizeof(today));
	sm = smooth_plan(r->eng->db, req, &s);
	hits = xap_search_run(r->eng->db, &s, &rc, errmsg);
	if (hits == NULL)
		goto fail;
	xap_hits_total(hits, &est, &lo, &hi);
	total = est;
	exact = lo == hi;
	/* Collapsing leaves totals estimated; count small ones exactly. */
	if (!exact && !req->passages && req->facets == 0 &&
	    req->time_limit == 0 && !req->ids_only && hi <= EXACT_COUNT_MAX) {
		rc = count_items(r, hi, &total, errmsg);
		if (rc != 0)
			goto fail;
		exact = 1;
	}
	rc = smooth_apply(sm, hits, errmsg);
	if (rc != 0)
		goto fail;
	arr = cJSON_CreateArray();
	for (i = 0; i < smooth_count(sm); i++) {
		rc = (req->ids_only ? build_id_hit : build_hit)(r, hits,
		    smooth_index(sm, i), &hit, errmsg);
		if (rc != 0)
			goto fail;
		smooth_annotate(sm, i, hit);
		cJSON_AddItemToArray(arr, hit);
	}
	if (req->facets != 0) {
		facets = cJSON_CreateObject();
		rc = run_facets(r, facets, &total, &exact, errmsg);
		if (rc != 0)
			goto fail;
	}

	res = cJSON_CreateObject();
	cJSON_AddStringToObject(res, "query", req->query ? req->query : "");
	cJSON_AddStringToObject(res, "mode", req->passages ? "passages" :
	    "items");
	cJSON_AddStringToObject(res, "sort", search_sort_name(req->sort));
	cJSON_AddNumberToObject(res, "offset", req->offset);
	cJSON_AddNumberToObject(res, "limit", req->limit);
	cJSON_AddNumberToObject(res, "total", total);
	cJSON_AddBoolToObject(res, "total_exact", exact);
	cJSON_AddNumberToObject(res, "returned", smooth_count(sm));
	add_partial(res, r->eng->db);
	if (r->corrected != NULL)
		cJSON_AddStringToObject(res, "suggestion", r->corrected);
	if (r->lenient_used) {
		w = xasprintf("the query did not parse (%s); searched for its "
		    "words instead", r->qperror ? r->qperror : "syntax error");
		cJSON_AddStringToObject(res, "warning", w);
		free(w);
	}
	if (cJSON_GetArraySize(r->ignored) > 0) {
		cJSON_AddItemToObject(res, "ignored", r->ignored);
		r->ignored = NULL;
	}
	if (req->explain) {
		w = describe_ranking(r);
		if (w != NULL) {
			cJSON_AddStringToObject(res, "parsed", w);
			free(w);
		}
	}
	cJSON_AddItemToObject(res, "hits", arr);
	arr = NULL;
	if (facets != NULL) {
		cJSON_AddItemToObject(res, "facets", facets);
		facets = NULL;
	}
	cJSON_AddNumberToObject(res, "took_ms",
	    (double)(long)((now_ms() - t0) * 1000 + 0.5) / 1000);
	xap_hits_free(hits);
	smooth_free(sm);
	*result = res;
	return 0;
fail:
	xap_hits_free(hits);
	smooth_free(sm);
	cJSON_Delete(arr);
	cJSON_Delete(facets);
	return map_xap(rc);
}

int
search_run(struct search_engine *eng, const struct search_request *req,
    cJSON **result, char **errmsg)
{
	struct run r;
	int rc, tries;

	*result = NULL;
	if (req->limit > SEARCH_MAX_LIMIT) {
		set_err(errmsg, "limit too large", xasprintf("%u (the maximum "
		    "is %d)", req->limit, SEARCH_MAX_LIMIT));
		return SEARCH_EQUERY;
	}
	if (req->sort != SEARCH_SORT_RELEVANCE &&
	    req->sort != SEARCH_SORT_DATE &&
	    req->sort != SEARCH_SORT_DATE_DESC) {
		set_err(errmsg, "bad sort", NULL);
		return SEARCH_EQUERY;
	}
	for (tries = 0;; tries++) {
		memset(&r, 0, sizeof(r));
		r.eng = eng;
		r.req = req;
		if (errmsg != NULL) {
			free(*errmsg);
			*errmsg = NULL;
		}
		rc = run_once(&r, result, errmsg);
		run_free(&r);
		/* Threads between meetings: searcher/related.h. */
		if (rc == 0 && !req->passages && !req->ids_only)
			related_add(eng->db, *result);
		if (rc != E_RETRY)
			return rc;
		if (tries == MAX_RETRIES)
			break;
		/* The indexer committed under us: move on and retry. */
		item_map_drop(eng);
		if (xap_db_reopen(eng->db, NULL, NULL) != 0)
			break;
	}
	set_err(errmsg, "the index kept changing during the search", NULL);
	return SEARCH_EDB;
}
