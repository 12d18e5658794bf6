/*
 * index.c: records to Xapian documents, and the single writer that stores
 * them.  docs/index-schema.md is the contract with the searcher; every
 * prefix, slot and key comes from schema.h.
 */
#include <config.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "index.h"
#include "record.h"
#include "schema.h"
#include "stop.h"
#include "text.h"
#include "util.h"
#include "xap.h"

/* A sharded database: DIR/XAPIANDB lists DIR/shard0, DIR/shard1, ... */
#define SHARD_STUB	"XAPIANDB"
#define SHARD_PREFIX	"shard"
/* Beside DIR: DIR.compacting, the compacted copy before it is swapped in. */
#define COMPACT_SUFFIX	".compacting"
/* Term positions left between two sections, so phrases do not span them. */
#define SECTION_GAP	100
/* Longest word put in the spelling dictionary, in bytes. */
#define SPELL_MAX	32
/*
 * Bumped when the documents a record gives change for the same input (the
 * content hash covers it, so a new govindex re-indexes everything).
 */
#define BUILD_VERSION	"4"
/*
 * Bounds on one document's text (docs/index-schema.md, "Long items"), so
 * that the indexer's memory and the searcher's work per hit stay bounded
 * however long a record is: the item document holds the first
 * ITEM_TEXT_MAX bytes of the record's text (title, purpose, then the
 * sections in order) and part documents hold the rest, PART_TEXT_MAX bytes
 * or less each; a question or resolution passage keeps the first
 * PASSAGE_TEXT_MAX bytes of each of its texts (all of which is in the item
 * or a part too).
 */
#define ITEM_TEXT_MAX		(256 * 1024)
#define PART_TEXT_MAX		(64 * 1024)
#define PASSAGE_TEXT_MAX	(64 * 1024)
/* The title a passage or part stores for display, at most. */
#define SHOWN_TITLE_MAX		1024
/*
 * A record with more text than this is built by the writer as it stores
 * it, one document at a time, so that its documents are never all in
 * memory at once.
 */
#define DEFER_BYTES		(1024 * 1024)
/* Pieces of a record's text, in order: title, purpose, then sections. */
#define PIECE_SECTION		2

static const char *const field_names[IDX_NFIELDS] = {
	"title", "purpose", "resolution", "question", "answer", "discussion"
};

static const char *const field_prefixes[IDX_NFIELDS] = {
	PFX_TITLE, PFX_PURPOSE, PFX_RESOLUTION, PFX_QUESTION, PFX_ANSWER,
	PFX_DISCUSSION
};

/* ==== Hashing ==== */

#define FNV_OFFSET	0xcbf29ce484222325ULL
#define FNV_PRIME	0x100000001b3ULL

static uint64_t
fnv_feed(uint64_t h, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= p[i];
		h *= FNV_PRIME;
	}
	return h;
}

/*
 * Feeds a string with its length, so ("ab", "c") and ("a", "bc") differ;
 * NULL feeds a marker distinct from "".
 */
static uint64_t
fnv_str(uint64_t h, const char *s)
{
	uint64_t n;

	if (s == NULL)
		return fnv_feed(h, "\xff\xff", 2);
	n = strlen(s);
	h = fnv_feed(h, &n, sizeof n);
	return fnv_feed(h, s, (size_t)n);
}

static uint64_t
fnv_int(uint64_t h, long long v)
{
	return fnv_feed(h, &v, sizeof v);
}

static void
hex16(uint64_t v, char out[17])
{
	snprintf(out, 17, "%016llx", (unsigned long long)v);
}

/* ==== A string -> count map (spelling words, sources seen) ==== */

struct smap_ent {
	char *key;		/* owned; NULL: empty slot */
	size_t len;
	uint64_t hash;
	unsigned long count;
};

struct smap {
	struct smap_ent *ents;	/* owned */
	size_t cap;		/* a power of two, or 0 */
	size_t n;
};

static void
smap_free(struct smap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->ents[i].key);
	free(m->ents);
	memset(m, 0, sizeof *m);
}

/* Empties the map but keeps its table when it is not too big. */
static void
smap_clear(struct smap *m)
{
	size_t i;

	if (m->cap > 4096) {
		smap_free(m);
		return;
	}
	for (i = 0; i < m->cap; i++) {
		free(m->ents[i].key);
		m->ents[i].key = NULL;
	}
	m->n = 0;
}

static struct smap_ent *
smap_slot(struct smap_ent *ents, size_t cap, const char *key, size_t len,
    uint64_t h)
{
	size_t i = (size_t)h & (cap - 1);

	while (ents[i].key != NULL && (ents[i].hash != h ||
	    ents[i].len != len || memcmp(ents[i].key, key, len) != 0))
		i = (i + 1) & (cap - 1);
	return &ents[i];
}

static void
smap_grow(struct smap *m)
{
	struct smap_ent *old = m->ents, *e;
	size_t oldcap = m->cap, i;

	m->cap = oldcap ? oldcap * 2 : 64;
	m->ents = xcalloc(m->cap, sizeof *m->ents);
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		e = smap_slot(m->ents, m->cap, old[i].key, old[i].len,
		    old[i].hash);
		*e = old[i];
	}
	free(old);
}

/* Adds inc to key's count (the key is copied when new). */
static void
smap_add(struct smap *m, const char *key, size_t len, unsigned long inc)
{
	struct smap_ent *e;
	uint64_t h = fnv_feed(FNV_OFFSET, key, len);

	if ((m->n + 1) * 4 > m->cap * 3)
		smap_grow(m);
	e = smap_slot(m->ents, m->cap, key, len, h);
	if (e->key == NULL) {
		e->key = xstrndup(key, len);
		e->len = len;
		e->hash = h;
		e->count = 0;
		m->n++;
	}
	e->count += inc;
}

static int
smap_has(const struct smap *m, const char *key, size_t len)
{
	uint64_t h;

	if (m->cap == 0)
		return 0;
	h = fnv_feed(FNV_OFFSET, key, len);
	return smap_slot(m->ents, m->cap, key, len, h)->key != NULL;
}

/* ==== Weights ==== */

void
index_weights_default(struct index_weights *w)
{
	w->w[IDX_TITLE] = 5;
	w->w[IDX_PURPOSE] = 3;
	w->w[IDX_RESOLUTION] = 3;
	w->w[IDX_QUESTION] = 2;
	w->w[IDX_ANSWER] = 2;
	w->w[IDX_DISCUSSION] = 1;
}

int
index_weights_parse(const char *spec, struct index_weights *w,
    char **errmsg)
{
	struct index_weights nw = *w;
	const char *p = spec, *eq, *end;
	char *num_end;
	unsigned long v;
	size_t i, n;

	while (*p != '\0') {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		eq = memchr(p, '=', (size_t)(end - p));
		if (eq == NULL || eq == p)
			goto bad;
		n = (size_t)(eq - p);
		for (i = 0; i < IDX_NFIELDS; i++)
			if (strlen(field_names[i]) == n &&
			    memcmp(field_names[i], p, n) == 0)
				break;
		if (i == IDX_NFIELDS)
			goto bad;
		if (eq[1] < '0' || eq[1] > '9')
			goto bad;
		errno = 0;
		v = strtoul(eq + 1, &num_end, 10);
		if (errno != 0 || num_end != end || v > 100)
			goto bad;
		nw.w[i] = (unsigned)v;
		p = *end == ',' ? end + 1 : end;
	}
	*w = nw;
	return 0;
bad:
	end = strchr(p, ',');
	if (errmsg != NULL)
		*errmsg = xasprintf("bad weight \"%.*s\": expected FIELD=N "
		    "with FIELD one of title, purpose, resolution, question, "
		    "answer, discussion and N from 0 to 100",
		    end ? (int)(end - p) : (int)strlen(p), p);
	return -1;
}

char *
index_weights_format(const struct index_weights *w)
{
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; i < IDX_NFIELDS; i++)
		buf_printf(&b, "%s%s=%u", i ? "," : "", field_names[i],
		    w->w[i]);
	return buf_steal(&b);
}

/* ==== Terms ==== */

void
index_bool_term(struct buf *out, const char *prefix, const char *val,
    size_t len)
{
	size_t plen = strlen(prefix);
	char hex[17];

	buf_reset(out);
	buf_append(out, prefix, plen);
	if (plen + len <= SCHEMA_MAX_TERM) {
		buf_append(out, val, len);
		return;
	}
	/* Too long for Xapian: keep a recognisable head, make it unique. */
	buf_append(out, val, SCHEMA_MAX_TERM - 17 - plen);
	hex16(util_hash64(val, len), hex);
	buf_putc(out, '#');
	buf_append(out, hex, 16);
}

/* 1 if term was shortened by index_bool_term(); *hex gets its hash. */
static int
term_is_hashed(const char *term, size_t len, const char **hex)
{
	size_t i;

	if (len != SCHEMA_MAX_TERM || term[len - 17] != '#')
		return 0;
	for (i = len - 16; i < len; i++)
		if (!((term[i] >= '0' && term[i] <= '9') ||
		    (term[i] >= 'a' && term[i] <= 'f')))
			return 0;
	*hex = term + len - 16;
	return 1;
}

/* ==== Words ==== */

struct tok {
	size_t off, len;	/* in the lower-cased text */
};

struct toks {
	struct tok *v;		/* owned */
	size_t n, cap;
};

static int
is_wordbyte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/*
 * Splits lower-cased text into words the way Xapian's term generator and
 * query parser see them closely enough for acronym and spelling work:
 * letters, digits and any non-ASCII character, with a single apostrophe
 * inside a word kept ("children's").
 */
static void
tokenize(const char *s, size_t n, struct toks *t)
{
	size_t i = 0, start;

	t->n = 0;
	while (i < n) {
		while (i < n && !is_wordbyte((unsigned char)s[i]))
			i++;
		if (i >= n)
			break;
		start = i;
		for (;;) {
			while (i < n && is_wordbyte((unsigned char)s[i]))
				i++;
			if (i + 1 < n && s[i] == '\'' &&
			    is_wordbyte((unsigned char)s[i + 1])) {
				i++;
				continue;
			}
			break;
		}
		if (t->n == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 256;
			t->v = xreallocarray(t->v, t->cap, sizeof *t->v);
		}
		t->v[t->n].off = start;
		t->v[t->n].len = i - start;
		t->n++;
	}
}

/* A word worth offering as a spelling correction: letters only. */
static int
spell_word(const char *w, size_t len)
{
	size_t i;

	if (len < 3 || len > SPELL_MAX)
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)w[i];

		if (c == '\'' || c >= 0x80 || (c >= 'a' && c <= 'z'))
			continue;
		return 0;
	}
	return 1;
}

/* ==== Vocabulary: acronyms and their expansions ==== */

struct vocab_ent {
	char *key;		/* expansion words, one space apart */
	size_t *woff, *wlen;	/* each word of key */
	size_t nwords;
	char *abbr;		/* lower-cased abbreviation (the term) */
	char *stem;		/* its stem */
	int next;		/* next entry, same first-word bucket; -1 */
};

struct vocab {
	struct vocab_ent *ents;	/* owned */
	size_t n;
	int *heads;		/* first entry per first-word bucket */
	size_t nbuckets;	/* a power of two */
	uint64_t hash;		/* of the file, for META_VOCAB */
};

static void
vocab_ent_clear(struct vocab_ent *e)
{
	free(e->key);
	free(e->woff);
	free(e->wlen);
	free(e->abbr);
	free(e->stem);
}

static void
vocab_free(struct vocab *v)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		vocab_ent_clear(&v->ents[i]);
	free(v->ents);
	free(v->heads);
	memset(v, 0, sizeof *v);
}

/*
 * Fills e from an abbreviation and its expansion (both normalised).
 * Returns 0, or -1 when either has no usable word (e is then clear).
 */
static int
vocab_ent_init(struct vocab_ent *e, const char *lang, const char *abbr,
    const char *expansion, struct toks *t)
{
	struct buf low = BUF_INIT, key = BUF_INIT;
	size_t i;
	int rc;

	memset(e, 0, sizeof *e);
	e->next = -1;
	text_lower(abbr, strlen(abbr), &low);
	tokenize(low.data ? low.data : "", low.len, t);
	/* An abbreviation is one word: "S106", "CiC". */
	if (t->n != 1 || t->v[0].len != low.len)
		goto fail;
	e->abbr = xstrndup(low.data, low.len);
	e->stem = xap_stem_word(lang, e->abbr, strlen(e->abbr), &rc, NULL);
	if (e->stem == NULL)
		e->stem = xstrdup(e->abbr);

	buf_reset(&low);
	text_lower(expansion, strlen(expansion), &low);
	tokenize(low.data ? low.data : "", low.len, t);
	/* One-word "expansions" are spellings, not acronyms. */
	if (t->n < 2)
		goto fail;
	e->nwords = t->n;
	e->woff = xreallocarray(NULL, t->n, sizeof *e->woff);
	e->wlen = xreallocarray(NULL, t->n, sizeof *e->wlen);
	for (i = 0; i < t->n; i++) {
		if (i > 0)
			buf_putc(&key, ' ');
		e->woff[i] = key.len;
		e->wlen[i] = t->v[i].len;
		buf_append(&key, low.data + t->v[i].off, t->v[i].len);
	}
	e->key = buf_steal(&key);
	buf_free(&low);
	return 0;
fail:
	buf_free(&low);
	buf_free(&key);
	vocab_ent_clear(e);
	memset(e, 0, sizeof *e);
	return -1;
}

static size_t
vocab_bucket(const struct vocab *v, const char *w, size_t len)
{
	return (size_t)fnv_feed(FNV_OFFSET, w, len) & (v->nbuckets - 1);
}

/*
 * Loads an acronym file ("ABBR<TAB>expansion" lines, '#' comments).  A
 * missing default file is not an error: the index simply has no shipped
 * vocabulary.  0, or -1 with *errmsg.
 */
static int
vocab_load(struct vocab *v, const char *path, int required,
    const char *lang, char **errmsg)
{
	struct buf norm = BUF_INIT;
	struct toks t = { NULL, 0, 0 };
	char *data = NULL, *line, *next, *tab, *hash;
	struct vocab_ent e;
	size_t len, i, b;
	int rc;

	memset(v, 0, sizeof *v);
	rc = util_read_file(path, &data, &len);
	if (rc != 0) {
		if (!required && rc == -ENOENT)
			return 0;
		if (errmsg != NULL)
			*errmsg = xasprintf("%s: %s", path, strerror(-rc));
		return -1;
	}
	v->hash = util_hash64(data, len);
	text_normalize(data, len, &norm, NULL);
	free(data);
	for (line = norm.data; line != NULL && *line != '\0'; line = next) {
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		else
			next = line + strlen(line);
		hash = strchr(line, '#');
		if (hash != NULL)
			*hash = '\0';
		tab = strchr(line, '\t');
		if (tab == NULL)
			continue;
		*tab++ = '\0';
		text_squeeze(line);
		text_squeeze(tab);
		if (vocab_ent_init(&e, lang, line, tab, &t) != 0)
			continue;
		v->ents = xreallocarray(v->ents, v->n + 1, sizeof *v->ents);
		v->ents[v->n++] = e;
	}
	buf_free(&norm);
	free(t.v);

	for (v->nbuckets = 16; v->nbuckets < v->n * 2; v->nbuckets *= 2)
		;
	v->heads = xreallocarray(NULL, v->nbuckets, sizeof *v->heads);
	for (i = 0; i < v->nbuckets; i++)
		v->heads[i] = -1;
	for (i = v->n; i-- > 0;) {
		b = vocab_bucket(v, v->ents[i].key, v->ents[i].wlen[0]);
		v->ents[i].next = v->heads[b];
		v->heads[b] = (int)i;
	}
	return 0;
}

/* 1 if e's expansion starts at word i of the tokens of low. */
static int
vocab_match(const struct vocab_ent *e, const char *low, const struct toks *t,
    size_t i)
{
	size_t k;

	if (t->n - i < e->nwords)
		return 0;
	for (k = 0; k < e->nwords; k++) {
		const struct tok *w = &t->v[i + k];

		if (w->len != e->wlen[k] ||
		    memcmp(low + w->off, e->key + e->woff[k], w->len) != 0)
			return 0;
	}
	return 1;
}

/* ==== The index ==== */

/*
 * One database of the index.  Everything here belongs to the one thread
 * writing that shard, but the stats, which index_get_stats() reads from
 * another thread under index.mu.
 */
struct shard {
	char *path;			/* owned */
	struct xap_wdb *wdb;		/* owned */
	struct index_stats stats;
	unsigned long pending;		/* records not yet committed */
	int dirty;			/* something to commit */
	struct smap spell;		/* this batch's spelling words */
	struct smap seen;		/* "source\001id" read in this run */
	struct smap written;		/* ids written in this run */
	struct buf term, val;		/* scratch */
};

struct index {
	char *path;			/* owned: the database directory */
	struct shard *shards;		/* owned */
	unsigned nshards;
	pthread_mutex_t mu;		/* guards the shards' stats */
	char *lang;			/* owned */
	char *stopwords;		/* owned: "" for the default lists */
	struct xap_stopper *stopper;	/* owned, shared read-only */
	struct index_weights weights;
	char *weights_str;		/* owned */
	struct vocab vocab;		/* shared read-only */
	uint64_t config_hash;		/* settings that shape documents */
	int track_sources;
	int fresh;			/* the database was empty at open */
	struct smap sources;		/* sources read in full in this run */
	unsigned long rejected;		/* by the reader (index_count_rejected) */
	struct index_builder *own;	/* for index_add_record */
};

static char *
iso_now(void)
{
	char s[32];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(s, sizeof s, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return xstrdup(s);
}

static int
set_meta(struct shard *sh, const char *key, const char *val, char **errmsg)
{
	char *old = NULL;
	size_t oldlen = 0;
	int rc;

	rc = xap_wdb_get_metadata(sh->wdb, key, &old, &oldlen, errmsg);
	if (rc != 0)
		return rc;
	if (oldlen == strlen(val) && memcmp(old, val, oldlen) == 0) {
		free(old);
		return 0;
	}
	free(old);
	rc = xap_wdb_set_metadata(sh->wdb, key, val, strlen(val), errmsg);
	if (rc == 0)
		sh->dirty = 1;
	return rc;
}

/* The same key in every shard: a reader of any of them finds it. */
static int
set_meta_all(struct index *ix, const char *key, const char *val,
    char **errmsg)
{
	unsigned k;
	int rc;

	for (k = 0; k < ix->nshards; k++)
		if ((rc = set_meta(&ix->shards[k], key, val, errmsg)) != 0)
			return rc;
	return 0;
}

static char *
get_meta(struct index *ix, const char *key, int *rc, char **errmsg)
{
	char *val = NULL;
	size_t len;

	*rc = xap_wdb_get_metadata(ix->shards[0].wdb, key, &val, &len, errmsg);
	if (*rc != 0)
		return NULL;
	return val;
}

/* Maps a wrapper error to ours, with a message a user can act on. */
static int
db_error(const struct index *ix, int xrc, char **errmsg)
{
	char *detail;

	if (xrc == XAP_ELOCK) {
		if (errmsg != NULL) {
			free(*errmsg);
			*errmsg = xasprintf("database %s is locked by another "
			    "indexer", ix->path);
		}
		return IDX_ELOCK;
	}
	if (errmsg != NULL) {
		detail = *errmsg;
		*errmsg = xasprintf("database %s: %s", ix->path,
		    detail ? detail : xap_strerror(xrc));
		free(detail);
	}
	return IDX_EDB;
}

/*
 * A sharded index is a directory holding one database per shard and a
 * Xapian stub file listing them, so readers open the directory as one
 * database.  Returns how many shards the stub at path lists, or 0 if it
 * is not one govindex wrote.
 */
static unsigned
stub_shards(const char *path)
{
	char line[256], want[64];
	unsigned n = 0;
	FILE *f;

	f = fopen(path, "r");
	if (f == NULL)
		return 0;
	while (fgets(line, sizeof line, f) != NULL) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		snprintf(want, sizeof want, "auto %s%u\n", SHARD_PREFIX, n);
		if (strcmp(line, want) != 0) {
			n = 0;
			break;
		}
		n++;
	}
	fclose(f);
	return n;
}

/* 1 if name is SHARD_PREFIX and a number. */
static int
is_shard_name(const char *name)
{
	size_t n = strlen(SHARD_PREFIX);

	if (strncmp(name, SHARD_PREFIX, n) != 0 || name[n] == '\0')
		return 0;
	return strspn(name + n, "0123456789") == strlen(name + n);
}

int
index_db_is_new(const char *path)
{
	struct dirent *de;
	int fresh = 1;
	DIR *d;

	d = opendir(path);
	if (d == NULL)
		return errno == ENOENT;
	while (fresh && (de = readdir(d)) != NULL)
		fresh = strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0 ||
		    strcmp(de->d_name, SHARD_STUB ".tmp") == 0 ||
		    is_shard_name(de->d_name);
	closedir(d);
	return fresh;
}

/* Writes the stub listing n shards, atomically. */
static int
write_stub(const char *dir, unsigned n, char **errmsg)
{
	char *path = xasprintf("%s/%s", dir, SHARD_STUB);
	char *tmp = xasprintf("%s.tmp", path);
	FILE *f;
	unsigned k;
	int rc = -1;

	if (mkdir(dir, 0777) != 0 && errno != EEXIST)
		goto out;
	f = fopen(tmp, "w");
	if (f == NULL)
		goto out;
	fprintf(f, "# govindex: %u shards, searched as one database\n", n);
	for (k = 0; k < n; k++)
		fprintf(f, "auto %s%u\n", SHARD_PREFIX, k);
	if (fflush(f) != 0 || fsync(fileno(f)) != 0) {
		fclose(f);
		goto out;
	}
	if (fclose(f) != 0 || rename(tmp, path) != 0)
		goto out;
	rc = 0;
out:
	if (rc != 0 && errmsg != NULL)
		*errmsg = xasprintf("%s: %s", path, strerror(errno));
	free(tmp);
	free(path);
	return rc;
}

/* Opens (or makes) the shards the database at o->db has or o asks for. */
static int
open_shards(struct index *ix, const struct index_opts *o, int *rc,
    char **errmsg)
{
	struct stat st;
	char *stub = xasprintf("%s/%s", o->db, SHARD_STUB);
	char *glass = xasprintf("%s/iamglass", o->db);
	unsigned n = o->shards ? o->shards : 1, k;
	int xrc, ret = -1, need_stub = 0;

	*rc = IDX_EINVAL;
	if (stat(stub, &st) == 0) {
		k = stub_shards(stub);
		if (k == 0) {
			if (errmsg != NULL)
				*errmsg = xasprintf("%s is not a stub govindex "
				    "wrote", stub);
			goto out;
		}
		if (o->shards != 0 && o->shards != k) {
			if (errmsg != NULL)
				*errmsg = xasprintf("database %s has %u "
				    "shards, not %u: index into a new database "
				    "to change that", o->db, k, o->shards);
			goto out;
		}
		n = k;
	} else if (stat(glass, &st) == 0) {
		if (n > 1) {
			if (errmsg != NULL)
				*errmsg = xasprintf("database %s is not "
				    "sharded: index into a new database to "
				    "shard it", o->db);
			goto out;
		}
	} else if (n > 1) {
		/*
		 * The stub goes in after the shards exist, so readers never
		 * find it naming a shard that is not there yet; a run cut
		 * short before it leaves shards that index_db_is_new() sees
		 * through.
		 */
		if (mkdir(o->db, 0777) != 0 && errno != EEXIST) {
			if (errmsg != NULL)
				*errmsg = xasprintf("%s: %s", o->db,
				    strerror(errno));
			*rc = IDX_EIO;
			goto out;
		}
		need_stub = 1;
	}
	ix->nshards = n;
	ix->shards = xcalloc(n, sizeof *ix->shards);
	for (k = 0; k < n; k++) {
		ix->shards[k].path = n == 1 ? xstrdup(o->db) :
		    xasprintf("%s/%s%u", o->db, SHARD_PREFIX, k);
		ix->shards[k].wdb = xap_wdb_open(ix->shards[k].path,
		    XAP_CREATE_OR_OPEN, o->flush_threshold, &xrc, errmsg);
		if (ix->shards[k].wdb == NULL) {
			*rc = db_error(ix, xrc, errmsg);
			goto out;
		}
	}
	if (need_stub && write_stub(o->db, n, errmsg) != 0) {
		*rc = IDX_EIO;
		goto out;
	}
	*rc = IDX_OK;
	ret = 0;
out:
	free(stub);
	free(glass);
	return ret;
}

/* Adds the shipped vocabulary to the synonym table if it changed. */
static int
add_vocab_synonyms(struct index *ix, char **errmsg)
{
	char hex[17], *old;
	size_t i;
	int rc;

	if (ix->vocab.n == 0)
		return 0;
	hex16(ix->vocab.hash, hex);
	old = get_meta(ix, META_VOCAB, &rc, errmsg);
	if (old == NULL)
		return rc;
	rc = strcmp(old, hex) == 0;
	free(old);
	if (rc)
		return 0;
	for (i = 0; i < ix->vocab.n; i++) {
		/* Readers merge the synonyms of all shards. */
		rc = xap_wdb_add_synonym(ix->shards[0].wdb,
		    ix->vocab.ents[i].key, ix->vocab.ents[i].abbr, errmsg);
		if (rc != 0)
			return rc;
	}
	return set_meta(&ix->shards[0], META_VOCAB, hex, errmsg);
}

struct index *
index_open(const struct index_opts *o, int *rc, char **errmsg)
{
	struct index *ix;
	char *meta = NULL, *vocab_path = NULL, hex[17];
	unsigned count;
	int xrc;
	uint64_t h;

	if (errmsg != NULL)
		*errmsg = NULL;
	ix = xcalloc(1, sizeof *ix);
	ix->path = xstrdup(o->db);
	ix->track_sources = o->track_sources;
	pthread_mutex_init(&ix->mu, NULL);
	if (open_shards(ix, o, rc, errmsg) != 0)
		goto fail;

	meta = get_meta(ix, META_SCHEMA, &xrc, errmsg);
	if (meta == NULL)
		goto dbfail;
	if (*meta != '\0' && strcmp(meta, SCHEMA_VERSION) != 0) {
		*rc = IDX_EINVAL;
		if (errmsg != NULL)
			*errmsg = xasprintf("database %s has schema %s, this "
			    "govindex writes %s: index into a new database",
			    o->db, meta, SCHEMA_VERSION);
		goto fail;
	}
	free(meta);

	/* The language cannot change: stems of two languages do not mix. */
	meta = get_meta(ix, META_LANGUAGE, &xrc, errmsg);
	if (meta == NULL)
		goto dbfail;
	if (*meta != '\0' && o->language != NULL &&
	    strcmp(meta, o->language) != 0) {
		*rc = IDX_EINVAL;
		if (errmsg != NULL)
			*errmsg = xasprintf("database %s is in %s, not %s: "
			    "index into a new database to change language",
			    o->db, meta, o->language);
		goto fail;
	}
	ix->lang = xstrdup(*meta != '\0' ? meta :
	    o->language != NULL ? o->language : "english");
	free(meta);
	meta = NULL;
	if (!xap_stem_language_ok(ix->lang)) {
		*rc = IDX_EINVAL;
		if (errmsg != NULL)
			*errmsg = xasprintf("unknown language \"%s\"",
			    ix->lang);
		goto fail;
	}

	/* Weights: the defaults, then the database's, then the option's. */
	index_weights_default(&ix->weights);
	if (o->weights == NULL) {
		meta = get_meta(ix, META_WEIGHTS, &xrc, errmsg);
		if (meta == NULL)
			goto dbfail;
		if (*meta != '\0' &&
		    index_weights_parse(meta, &ix->weights, errmsg) != 0) {
			*rc = IDX_EDB;
			goto fail;
		}
		free(meta);
		meta = NULL;
	} else if (index_weights_parse(o->weights, &ix->weights,
	    errmsg) != 0) {
		*rc = IDX_EINVAL;
		goto fail;
	}
	ix->weights_str = index_weights_format(&ix->weights);

	/* Stopwords: the option's, else what the database was built with. */
	if (o->stopwords != NULL) {
		ix->stopwords = xstrdup(o->stopwords);
	} else {
		meta = get_meta(ix, META_STOPWORDS, &xrc, errmsg);
		if (meta == NULL)
			goto dbfail;
		ix->stopwords = meta;
		meta = NULL;
	}
	ix->stopper = stop_load(ix->lang,
	    *ix->stopwords != '\0' ? ix->stopwords : NULL, errmsg);
	if (ix->stopper == NULL) {
		*rc = IDX_EINVAL;
		goto fail;
	}

	if (o->vocab != NULL)
		vocab_path = xstrdup(o->vocab);
	else
		vocab_path = xasprintf("%s/vocab/acronyms.txt", stop_datadir());
	if (vocab_load(&ix->vocab, vocab_path, o->vocab != NULL, ix->lang,
	    errmsg) != 0) {
		*rc = IDX_EIO;
		goto fail;
	}
	free(vocab_path);
	vocab_path = NULL;

	h = fnv_str(FNV_OFFSET, BUILD_VERSION);
	h = fnv_str(h, SCHEMA_VERSION);
	h = fnv_str(h, ix->lang);
	h = fnv_str(h, ix->weights_str);
	h = fnv_str(h, ix->stopwords);
	hex16(ix->vocab.hash, hex);
	ix->config_hash = fnv_str(h, hex);

	if ((xrc = set_meta_all(ix, META_SCHEMA, SCHEMA_VERSION,
	    errmsg)) != 0 ||
	    (xrc = set_meta_all(ix, META_LANGUAGE, ix->lang, errmsg)) != 0 ||
	    (xrc = set_meta_all(ix, META_WEIGHTS, ix->weights_str,
	    errmsg)) != 0 ||
	    (xrc = set_meta_all(ix, META_STOPWORDS, ix->stopwords,
	    errmsg)) != 0 ||
	    (xrc = add_vocab_synonyms(ix, errmsg)) != 0)
		goto dbfail;
	if ((*rc = index_doccount(ix, &count, errmsg)) != 0)
		goto fail;
	ix->fresh = count == 0;
	*rc = IDX_OK;
	return ix;
dbfail:
	*rc = db_error(ix, xrc, errmsg);
fail:
	free(meta);
	free(vocab_path);
	index_free(ix);
	return NULL;
}

void
index_free(struct index *ix)
{
	struct shard *sh;
	unsigned k;

	if (ix == NULL)
		return;
	index_builder_free(ix->own);
	for (k = 0; k < ix->nshards; k++) {
		sh = &ix->shards[k];
		xap_wdb_free(sh->wdb);
		smap_free(&sh->spell);
		smap_free(&sh->seen);
		smap_free(&sh->written);
		buf_free(&sh->term);
		buf_free(&sh->val);
		free(sh->path);
	}
	free(ix->shards);
	pthread_mutex_destroy(&ix->mu);
	xap_stopper_free(ix->stopper);
	vocab_free(&ix->vocab);
	smap_free(&ix->sources);
	free(ix->path);
	free(ix->lang);
	free(ix->stopwords);
	free(ix->weights_str);
	free(ix);
}

const char *
index_language(const struct index *ix)
{
	return ix->lang;
}

const struct index_weights *
index_weights(const struct index *ix)
{
	return &ix->weights;
}

/* ==== Building ==== */

/* One document of a record's output. */
struct out_doc {
	char *uid;		/* its unique id term; owned */
	size_t uidlen;
	struct xap_doc *doc;	/* owned */
};

/*
 * What a builder found in the database as it was before this run (its
 * read-only handle); the writer trusts it for ids it has not written in
 * this run, which saves a lookup per record on the one busy thread.
 */
enum out_status {
	OUT_UNKNOWN = 0,	/* no committed database to look in */
	OUT_NEW,		/* the id is not there */
	OUT_CHANGED,		/* the id is there with other content */
	OUT_UNCHANGED,		/* the same content is there */
	OUT_REJECTED
};

/* A long record, built by the writer as it stores it (DEFER_BYTES). */
struct deferred {
	const struct record *rec;	/* borrowed from the caller */
	char *error;			/* why its building failed; owned */
	size_t ndocs;			/* documents stored */
};

struct index_out {
	int status;		/* enum out_status */
	char *error;		/* why rejected; owned */
	char *id;		/* owned */
	char *source;		/* owned, may be NULL */
	char hash[17];		/* content hash, hex */
	struct out_doc *docs;	/* owned; docs[0] is the item */
	size_t ndocs;
	char *spell;		/* "word\0word\0..." owned */
	unsigned long *spellcount; /* owned, one per word */
	size_t nspell;
	char **synkeys, **synvals; /* record-defined acronyms; owned */
	size_t nsyn;
	size_t bytes;
	struct deferred *defer;	/* owned; NULL: built by index_build() */
};

struct index_builder {
	struct index *ix;		/* borrowed */
	struct xap_termgen *tg;		/* owned */
	struct xap_db *db;		/* owned, read-only; may be NULL */
	struct buf norm, low, term, tmp;
	struct toks toks;
	struct smap words;		/* this record's spelling words */
	struct vocab recvocab;		/* this record's own acronyms */
	char **ntext;			/* normalised section texts */
	size_t ntextcap;
	char indexed[32];		/* VAL_INDEXED of this record */
	const char *title;		/* normalised title of the record */
	int spelling;			/* collect spelling words */
	/* Sticky error of the document being built (FTS5's pRc). */
	int rc;
	char *err;
	struct xap_doc *doc;		/* the document being built */
	/* The record being built, from build_begin() to build_finish(). */
	char *rtitle, *rpurpose;	/* normalised title, purpose; owned */
	char *stitle;			/* the title passages store; owned */
	int agenda_only;		/* agenda sections are indexed */
	size_t *plen;			/* length of each piece; owned */
	size_t npieces, plencap;
	size_t icut, ioff;		/* item: pieces < icut, ioff of icut */
	size_t pk, poff;		/* where the next part starts */
	unsigned nparts, npart, nq, nr;
	size_t next_sec;		/* next section to look at */
	int item_done;
	struct buf slice;		/* a piece of text cut out */
};

struct index_builder *
index_builder_new(struct index *ix, int *rc, char **errmsg)
{
	struct index_builder *b;
	const char *path = ix->path;
	int xrc;

	b = xcalloc(1, sizeof *b);
	b->ix = ix;
	b->tg = xap_termgen_new(ix->lang, ix->stopper, &xrc, errmsg);
	if (b->tg == NULL) {
		*rc = IDX_EDB;
		free(b);
		return NULL;
	}
	/*
	 * A reader of the last commit lets builders skip unchanged records
	 * without the writer; if it cannot open (a database created by this
	 * run and not yet committed), the writer still checks every record.
	 */
	b->db = xap_db_open(&path, 1, 0, &xrc, NULL);
	*rc = IDX_OK;
	return b;
}

void
index_builder_free(struct index_builder *b)
{
	size_t i;

	if (b == NULL)
		return;
	xap_termgen_free(b->tg);
	xap_db_free(b->db);
	buf_free(&b->norm);
	buf_free(&b->low);
	buf_free(&b->term);
	buf_free(&b->tmp);
	free(b->toks.v);
	smap_free(&b->words);
	vocab_free(&b->recvocab);
	for (i = 0; i < b->ntextcap; i++)
		free(b->ntext[i]);
	free(b->ntext);
	free(b->err);
	free(b->rtitle);
	free(b->rpurpose);
	free(b->stitle);
	free(b->plen);
	buf_free(&b->slice);
	free(b);
}

void
index_out_free(struct index_out *o)
{
	size_t i;

	if (o == NULL)
		return;
	for (i = 0; i < o->ndocs; i++) {
		free(o->docs[i].uid);
		xap_doc_free(o->docs[i].doc);
	}
	free(o->docs);
	for (i = 0; i < o->nsyn; i++) {
		free(o->synkeys[i]);
		free(o->synvals[i]);
	}
	free(o->synkeys);
	free(o->synvals);
	free(o->spell);
	free(o->spellcount);
	free(o->error);
	if (o->defer != NULL)
		free(o->defer->error);
	free(o->defer);
	free(o->id);
	free(o->source);
	free(o);
}

size_t
index_out_bytes(const struct index_out *o)
{
	return o->bytes;
}

const char *
index_out_error(const struct index_out *o)
{
	if (o->error == NULL && o->defer != NULL)
		return o->defer->error;
	return o->error;
}

const char *
index_out_id(const struct index_out *o)
{
	return o->id;
}

/* -- Sticky document operations: after the first error they do nothing. */

static void
d_fail(struct index_builder *b, int rc, char *msg)
{
	if (b->rc == 0) {
		b->rc = rc;
		b->err = msg;
	} else {
		free(msg);
	}
}

static void
d_bool(struct index_builder *b, const char *prefix, const char *val,
    size_t len)
{
	char *msg = NULL;
	int rc;

	if (b->rc != 0 || len == 0)
		return;
	index_bool_term(&b->term, prefix, val, len);
	rc = xap_doc_add_boolean_term(b->doc, b->term.data, b->term.len,
	    &msg);
	if (rc != 0)
		d_fail(b, rc, msg);
}

/* A boolean term of a display value: lower-cased, spaces squeezed. */
static void
d_bool_lower(struct index_builder *b, const char *prefix, const char *val)
{
	if (val == NULL)
		return;
	buf_reset(&b->tmp);
	text_lower(val, strlen(val), &b->tmp);
	if (b->tmp.data == NULL)
		return;
	b->tmp.len = text_squeeze(b->tmp.data);
	d_bool(b, prefix, b->tmp.data, b->tmp.len);
}

static void
d_term(struct index_builder *b, const char *term, size_t len, unsigned wdf)
{
	char *msg = NULL;
	int rc;

	if (b->rc != 0 || wdf == 0)
		return;
	rc = xap_doc_add_term(b->doc, term, len, wdf, &msg);
	if (rc != 0)
		d_fail(b, rc, msg);
}

static void
d_value(struct index_builder *b, unsigned slot, const char *val)
{
	char *msg = NULL;
	int rc;

	if (b->rc != 0 || val == NULL || *val == '\0')
		return;
	rc = xap_doc_set_value(b->doc, slot, val, strlen(val), &msg);
	if (rc != 0)
		d_fail(b, rc, msg);
}

static void
d_text(struct index_builder *b, const char *text, unsigned wdf,
    const char *prefix)
{
	char *msg = NULL;
	int rc;

	if (b->rc != 0)
		return;
	rc = xap_termgen_index_text(b->tg, text, strlen(text), wdf, prefix,
	    &msg);
	if (rc == 0)
		rc = xap_termgen_increase_termpos(b->tg, SECTION_GAP, &msg);
	if (rc != 0)
		d_fail(b, rc, msg);
}

static void
d_positions(struct index_builder *b, int on)
{
	char *msg = NULL;
	int rc;

	if (b->rc != 0)
		return;
	rc = xap_termgen_set_positions(b->tg, on, &msg);
	if (rc != 0)
		d_fail(b, rc, msg);
}

/* Starts a new document; the term generator writes into it. */
static void
d_begin(struct index_builder *b)
{
	char *msg = NULL;
	int rc;

	if (b->rc != 0)
		return;
	b->doc = xap_doc_new(&rc, &msg);
	if (b->doc == NULL) {
		d_fail(b, rc, msg);
		return;
	}
	rc = xap_termgen_set_document(b->tg, b->doc, &msg);
	if (rc != 0)
		d_fail(b, rc, msg);
}

/* Moves the document being built into out under uid. */
static void
d_end(struct index_builder *b, struct index_out *o, const char *uid_prefix,
    const char *uid, size_t uidlen, cJSON *data)
{
	char *json, *msg = NULL;
	int rc;

	if (b->doc == NULL)
		return;
	/* Replacing by a term needs the document to carry it. */
	d_bool(b, uid_prefix, uid, uidlen);
	if (b->rc == 0) {
		json = cJSON_PrintUnformatted(data);
		if (json == NULL)
			d_fail(b, XAP_ENOMEM, NULL);
		else {
			rc = xap_doc_set_data(b->doc, json, strlen(json), &msg);
			if (rc != 0)
				d_fail(b, rc, msg);
			cJSON_free(json);
		}
	}
	if (b->rc != 0) {
		xap_doc_free(b->doc);
		b->doc = NULL;
		return;
	}
	o->docs = xreallocarray(o->docs, o->ndocs + 1, sizeof *o->docs);
	index_bool_term(&b->term, uid_prefix, uid, uidlen);
	o->docs[o->ndocs].uidlen = b->term.len;
	o->docs[o->ndocs].uid = buf_steal(&b->term);
	o->docs[o->ndocs].doc = b->doc;
	o->ndocs++;
	b->doc = NULL;
}

/*
 * Adds the terms of abbreviation hits in text (lower-cased in low with
 * tokens t): where an expansion occurs, the abbreviation's plain and
 * stemmed terms, unprefixed with weight wdf and under prefix with 1.
 */
static void
add_abbr(struct index_builder *b, const struct vocab_ent *e, unsigned wdf,
    const char *prefix)
{
	buf_reset(&b->tmp);
	buf_puts(&b->tmp, e->abbr);
	d_term(b, b->tmp.data, b->tmp.len, wdf);
	buf_reset(&b->tmp);
	buf_printf(&b->tmp, "Z%s", e->stem);
	d_term(b, b->tmp.data, b->tmp.len, wdf);
	buf_reset(&b->tmp);
	buf_printf(&b->tmp, "%s%s", prefix, e->abbr);
	d_term(b, b->tmp.data, b->tmp.len, 1);
	buf_reset(&b->tmp);
	buf_printf(&b->tmp, "Z%s%s", prefix, e->stem);
	d_term(b, b->tmp.data, b->tmp.len, 1);
}

static void
scan_vocab(struct index_builder *b, const char *low, const struct toks *t,
    unsigned wdf, const char *prefix)
{
	const struct vocab *v = &b->ix->vocab, *rv = &b->recvocab;
	const struct vocab_ent *e;
	size_t i, k;
	int j;

	for (i = 0; i < t->n; i++) {
		if (v->n > 0) {
			j = v->heads[vocab_bucket(v, low + t->v[i].off,
			    t->v[i].len)];
			for (; j >= 0; j = v->ents[j].next) {
				e = &v->ents[j];
				if (vocab_match(e, low, t, i))
					add_abbr(b, e, wdf, prefix);
			}
		}
		for (k = 0; k < rv->n; k++)
			if (vocab_match(&rv->ents[k], low, t, i))
				add_abbr(b, &rv->ents[k], wdf, prefix);
	}
}

/*
 * Indexes one section's normalised text: unprefixed with the field's
 * weight, then under the field's prefix with weight 1; adds acronym terms
 * and collects spelling words.
 */
static void
index_field(struct index_builder *b, const char *text, int field)
{
	unsigned w = b->ix->weights.w[field];
	const char *prefix = field_prefixes[field];
	size_t i;

	if (text == NULL || *text == '\0')
		return;
	if (w > 0)
		d_text(b, text, w, NULL);
	if (field == IDX_DISCUSSION) {
		/*
		 * Discussion is most of the text, and its positions under the
		 * prefix were a quarter of the writer's time and a third of
		 * the index: phrases are searched in the unprefixed copy.
		 */
		d_positions(b, 0);
		d_text(b, text, 1, prefix);
		d_positions(b, 1);
	} else {
		d_text(b, text, 1, prefix);
	}

	buf_reset(&b->low);
	text_lower(text, strlen(text), &b->low);
	if (b->low.data == NULL)
		return;
	tokenize(b->low.data, b->low.len, &b->toks);
	scan_vocab(b, b->low.data, &b->toks, w, prefix);
	/* Passages repeat the item's text: its words are counted once. */
	for (i = 0; b->spelling && i < b->toks.n; i++) {
		const char *wd = b->low.data + b->toks.v[i].off;

		if (spell_word(wd, b->toks.v[i].len))
			smap_add(&b->words, wd, b->toks.v[i].len, 1);
	}
}

/* A name's key as the reader makes them: lower-case, titles dropped. */
static char *
name_key(const char *name)
{
	static const char *const titles[] = {
		"councillor", "cllr", "mr", "mrs", "ms", "miss", "dr", "hon",
		"the", "alderman", "mayor", "sir", "dame", "lord", "lady",
		"professor", "prof", NULL
	};
	struct buf low = BUF_INIT, key = BUF_INIT;
	struct toks t = { NULL, 0, 0 };
	size_t i, k;
	int skip = 1;

	text_lower(name, strlen(name), &low);
	if (low.data == NULL)
		return NULL;
	tokenize(low.data, low.len, &t);
	for (i = 0; i < t.n; i++) {
		const char *w = low.data + t.v[i].off;
		size_t n = t.v[i].len;

		if (skip) {
			for (k = 0; titles[k] != NULL; k++)
				if (strlen(titles[k]) == n &&
				    memcmp(titles[k], w, n) == 0)
					break;
			if (titles[k] != NULL)
				continue;
			skip = 0;
		}
		if (key.len > 0)
			buf_putc(&key, ' ');
		for (k = 0; k < n; k++)
			if (w[k] != '\'')
				buf_putc(&key, w[k]);
	}
	free(t.v);
	buf_free(&low);
	return key.len > 0 ? buf_steal(&key) : (buf_free(&key), NULL);
}

/* Speaker terms: the normalised key and its last word, the surname. */
static void
d_speaker(struct index_builder *b, const char *key)
{
	const char *sp;

	if (key == NULL || *key == '\0')
		return;
	d_bool_lower(b, PFX_SPEAKER, key);
	sp = strrchr(key, ' ');
	if (sp != NULL)
		d_bool_lower(b, PFX_SPEAKER, sp + 1);
}

/* The speaker key of a display name, by the record's speakers first. */
static void
d_speaker_name(struct index_builder *b, const struct record *r,
    const char *name)
{
	char *key;
	size_t i;

	if (name == NULL)
		return;
	for (i = 0; i < r->nspeakers; i++)
		if (r->speakers[i].name != NULL && r->speakers[i].key != NULL &&
		    strcmp(r->speakers[i].name, name) == 0) {
			d_speaker(b, r->speakers[i].key);
			return;
		}
	key = name_key(name);
	d_speaker(b, key);
	free(key);
}

/* "YYYY-MM-DD" -> "YYYYMMDD", or 0 if date is not that. */
static int
compact_date(const char *date, char out[9])
{
	static const char pat[] = "dddd-dd-dd";
	size_t i, k = 0;

	if (date == NULL || strlen(date) < 10)
		return 0;
	for (i = 0; i < 10; i++) {
		if (pat[i] == 'd') {
			if (date[i] < '0' || date[i] > '9')
				return 0;
			out[k++] = date[i];
		} else if (date[i] != '-')
			return 0;
	}
	out[8] = '\0';
	return 1;
}

/*
 * VAL_TURN of a record that is one turn of a conversation: its meeting is
 * the records sharing source, council, committee and date.
 */
static void
d_turn(struct index_builder *b, const struct record *r)
{
	struct buf key = BUF_INIT;
	char hex[17], val[TURN_VALUE_LEN + 1];

	buf_printf(&key, "%s\x1f%s\x1f%s\x1f%s", r->source ? r->source : "",
	    r->council ? r->council : "", r->committee ? r->committee : "",
	    r->date ? r->date : "");
	hex16(util_hash64(key.data, key.len), hex);
	buf_free(&key);
	snprintf(val, sizeof(val), "%s:%010ld", hex, r->seq);
	d_value(b, VAL_TURN, val);
}

/* VAL_LINK: what a link to the item shows. */
static void
d_link(struct index_builder *b, const struct record *r, const char *title)
{
	const char *parts[3] = { r->id, r->date, title };
	size_t i, k, start;

	buf_reset(&b->tmp);
	for (i = 0; i < 3; i++) {
		if (i > 0)
			buf_putc(&b->tmp, '\t');
		start = b->tmp.len;
		if (parts[i] != NULL)
			buf_puts(&b->tmp, parts[i]);
		for (k = start; k < b->tmp.len; k++)
			if (b->tmp.data[k] == '\t' || b->tmp.data[k] == '\n')
				b->tmp.data[k] = ' ';
	}
	d_value(b, VAL_LINK, b->tmp.data);
}

/* The filters every document of a record carries. */
static void
d_common(struct index_builder *b, const struct record *r, const char *type)
{
	char date[9], year[5];

	d_bool(b, PFX_TYPE, type, strlen(type));
	d_value(b, VAL_TYPE, type);
	if (r->routine) {
		d_bool(b, PFX_TYPE, TYPE_ROUTINE, strlen(TYPE_ROUTINE));
		d_value(b, VAL_ROUTINE, "1");
	}
	d_bool(b, PFX_ITEM, r->id, strlen(r->id));
	d_value(b, VAL_ITEM, r->id);
	if (r->source != NULL)
		d_bool(b, PFX_SOURCE, r->source, strlen(r->source));
	d_bool_lower(b, PFX_COUNCIL, r->council);
	d_value(b, VAL_COUNCIL, r->council);
	d_bool_lower(b, PFX_COMMITTEE, r->committee);
	d_value(b, VAL_COMMITTEE, r->committee);
	if (compact_date(r->date, date)) {
		memcpy(year, date, 4);
		year[4] = '\0';
		d_bool(b, PFX_DATE, date, 8);
		d_bool(b, PFX_YEAR, year, 4);
		d_value(b, VAL_DATE, date);
		d_value(b, VAL_YEAR, year);
	}
	d_value(b, VAL_INDEXED, b->indexed);
	if (r->has_seq)
		d_turn(b, r);
}

static void
j_str(cJSON *o, const char *name, const char *s)
{
	if (s != NULL)
		cJSON_AddItemToObject(o, name, cJSON_CreateString(s));
}

/* What every document's stored data shows of its record. */
static cJSON *
j_common(const struct record *r, const char *id, const char *type,
    const char *title)
{
	cJSON *o = cJSON_CreateObject();

	j_str(o, "id", id);
	j_str(o, "type", type);
	j_str(o, "title", title);
	j_str(o, "council", r->council);
	j_str(o, "committee", r->committee);
	j_str(o, "date", r->date);
	j_str(o, "url", r->url);
	j_str(o, "source", r->source);
	j_str(o, "item", r->item);
	if (strcmp(type, TYPE_ITEM) != 0)
		j_str(o, "item_id", r->id);
	if (r->routine)
		cJSON_AddItemToObject(o, "routine", cJSON_CreateTrue());
	return o;
}

static uint64_t
record_hash(const struct index *ix, const struct record *r)
{
	uint64_t h = ix->config_hash;
	const struct rec_section *s;
	size_t i;

	h = fnv_str(h, r->id);
	h = fnv_str(h, r->title);
	h = fnv_str(h, r->purpose);
	h = fnv_str(h, r->council);
	h = fnv_str(h, r->committee);
	h = fnv_str(h, r->date);
	h = fnv_str(h, r->url);
	h = fnv_str(h, r->source);
	h = fnv_str(h, r->item);
	h = fnv_int(h, r->routine);
	if (r->has_seq)
		h = fnv_int(h, r->seq);
	h = fnv_int(h, (long long)r->nrefs);
	for (i = 0; i < r->nrefs; i++)
		h = fnv_str(h, r->refs[i]);
	h = fnv_int(h, (long long)r->nspeakers);
	for (i = 0; i < r->nspeakers; i++) {
		h = fnv_str(h, r->speakers[i].name);
		h = fnv_str(h, r->speakers[i].title);
		h = fnv_str(h, r->speakers[i].key);
		h = fnv_str(h, r->speakers[i].role);
	}
	h = fnv_int(h, (long long)r->nacronyms);
	for (i = 0; i < r->nacronyms; i++) {
		h = fnv_str(h, r->acronyms[i].abbr);
		h = fnv_str(h, r->acronyms[i].expansion);
	}
	h = fnv_int(h, (long long)r->nsections);
	for (i = 0; i < r->nsections; i++) {
		s = &r->sections[i];
		h = fnv_int(h, s->type);
		h = fnv_str(h, s->text);
		h = fnv_str(h, s->speaker);
		h = fnv_str(h, s->speaker_key);
		h = fnv_str(h, s->role);
		h = fnv_int(h, s->answers);
		h = fnv_str(h, s->proposer);
		h = fnv_str(h, s->seconder);
		h = fnv_str(h, s->outcome);
	}
	return h;
}

/* Normalises s (may be NULL) into a new string, NULL for NULL. */
static char *
norm_copy(struct index_builder *b, const char *s)
{
	if (s == NULL)
		return NULL;
	buf_reset(&b->norm);
	text_normalize(s, strlen(s), &b->norm, NULL);
	if (b->norm.data == NULL)
		return xstrdup("");
	/* A long text is handed over, not kept twice. */
	if (b->norm.len > PART_TEXT_MAX)
		return buf_steal(&b->norm);
	return xstrndup(b->norm.data, b->norm.len);
}

static int
section_field(enum rec_section_type t)
{
	switch (t) {
	case SEC_AGENDA:
		return IDX_PURPOSE;
	case SEC_QUESTION:
		return IDX_QUESTION;
	case SEC_ANSWER:
		return IDX_ANSWER;
	case SEC_RESOLUTION:
		return IDX_RESOLUTION;
	default:
		return IDX_DISCUSSION;
	}
}

static cJSON *
j_section(const struct rec_section *s, const char *text)
{
	cJSON *o = cJSON_CreateObject();

	j_str(o, "type", record_section_name(s->type));
	j_str(o, "text", text);
	j_str(o, "speaker", s->speaker);
	j_str(o, "role", s->role);
	if (s->answers >= 0)
		cJSON_AddItemToObject(o, "answers",
		    cJSON_CreateNumber(s->answers));
	j_str(o, "proposer", s->proposer);
	j_str(o, "seconder", s->seconder);
	j_str(o, "outcome", s->outcome);
	return o;
}

/* ---- Long records: pieces of text, cut to bounded documents ---- */

/*
 * How many bytes of s[0..n) fit in max: all of them, else up to a space or
 * newline in the last half of max, else max less a split UTF-8 sequence.
 */
static size_t
cut_len(const char *s, size_t n, size_t max)
{
	size_t k;

	if (n <= max)
		return n;
	for (k = max; k > max / 2; k--)
		if (s[k] == ' ' || s[k] == '\n')
			return k;
	k = max;
	while (k > 0 && ((unsigned char)s[k] & 0xc0) == 0x80)
		k--;
	return k > 0 ? k : max;
}

static const char *
piece_text(const struct index_builder *b, size_t k)
{
	if (k == 0)
		return b->rtitle;
	if (k == 1)
		return b->rpurpose;
	return b->ntext[k - PIECE_SECTION];
}

/*
 * The field piece k is indexed as, or -1 for an agenda section: it
 * repeats title and purpose, which are indexed with their own weights,
 * and is only indexed when they are absent.
 */
static int
piece_field(const struct index_builder *b, const struct record *r, size_t k)
{
	const struct rec_section *s;

	if (k == 0)
		return IDX_TITLE;
	if (k == 1)
		return IDX_PURPOSE;
	s = &r->sections[k - PIECE_SECTION];
	if (s->type == SEC_AGENDA && !b->agenda_only)
		return -1;
	return section_field(s->type);
}

/* s[off .. off + n) as a string, in the builder's slice buffer. */
static const char *
slice_of(struct index_builder *b, const char *s, size_t off, size_t n)
{
	buf_reset(&b->slice);
	buf_append(&b->slice, s + off, n);
	return b->slice.data;
}

/* What the item document holds of piece k: all of it, its head, or NULL. */
static const char *
item_head(struct index_builder *b, size_t k)
{
	const char *s = piece_text(b, k);

	if (s == NULL || k > b->icut)
		return NULL;
	if (k < b->icut)
		return s;
	return b->ioff > 0 ? slice_of(b, s, 0, b->ioff) : NULL;
}

/* Section i's text as a passage holds it: its first PASSAGE_TEXT_MAX bytes. */
static const char *
sec_head(struct index_builder *b, size_t i)
{
	const char *s = b->ntext[i];
	size_t n = b->plen[PIECE_SECTION + i];

	if (n <= PASSAGE_TEXT_MAX)
		return s;
	return slice_of(b, s, 0, cut_len(s, n, PASSAGE_TEXT_MAX));
}

/*
 * Moves (*k, *off), a place in the pieces, to the end of the run of at
 * most max bytes of text that starts there.  0 if no text is left.
 */
static int
next_run(const struct index_builder *b, size_t *k, size_t *off, size_t max)
{
	size_t left = max, rem;
	int any = 0;

	while (*k < b->npieces) {
		rem = b->plen[*k] - *off;
		if (rem == 0) {
			(*k)++;
			*off = 0;
			continue;
		}
		if (rem <= left) {
			left -= rem;
			(*k)++;
			*off = 0;
			any = 1;
			continue;
		}
		/* A long piece starts a run rather than fill a small rest. */
		if (any && left < max / 4)
			break;
		*off += cut_len(piece_text(b, *k) + *off, rem, left);
		any = 1;
		break;
	}
	return any;
}

/* Part n: the record's text from (b->pk, b->poff), PART_TEXT_MAX at most. */
static void
build_part(struct index_builder *b, const struct record *r,
    struct index_out *o, unsigned n)
{
	const struct rec_section *s;
	size_t k = b->pk, off = b->poff, ek = k, eoff = off, end;
	cJSON *data, *secs, *so;
	const char *text;
	char *pid;
	int field;

	next_run(b, &ek, &eoff, PART_TEXT_MAX);
	d_begin(b);
	pid = xasprintf("%s%s%u", r->id, PASSAGE_PART, n);
	data = j_common(r, pid, TYPE_PART, b->title);
	secs = cJSON_AddArrayToObject(data, "sections");
	for (; k <= ek && k < b->npieces; k++, off = 0) {
		end = k == ek ? eoff : b->plen[k];
		if (end <= off)
			continue;
		text = slice_of(b, piece_text(b, k), off, end - off);
		field = piece_field(b, r, k);
		if (field >= 0)
			index_field(b, text, field);
		if (k < PIECE_SECTION) {
			so = cJSON_CreateObject();
			j_str(so, "type", k == 0 ? "title" : "purpose");
			j_str(so, "text", text);
		} else {
			s = &r->sections[k - PIECE_SECTION];
			so = j_section(s, text);
			d_speaker(b, s->speaker_key);
		}
		cJSON_AddItemToArray(secs, so);
	}
	/* The item's text: filters, facets and collapsing see the item. */
	d_common(b, r, TYPE_ITEM);
	d_end(b, o, PFX_ID, pid, strlen(pid), data);
	cJSON_Delete(data);
	free(pid);
	b->pk = ek;
	b->poff = eoff;
}

/* 1 if the lower-cased title holds ref[0..n) as a whole token. */
static int
in_title(const struct buf *title, const char *ref, size_t n)
{
	const char *t = title->data, *at;

	if (t == NULL || n == 0)
		return 0;
	for (at = strstr(t, ref); at != NULL; at = strstr(at + 1, ref)) {
		unsigned char before = at > t ? (unsigned char)at[-1] : ' ';
		unsigned char after = (unsigned char)at[n];

		if (!isalnum(before) && before != '/' && before != '-' &&
		    !isalnum(after) && after != '/' && after != '-')
			return 1;
	}
	return 0;
}

/* The item document: every section, weighted. */
static void
build_item(struct index_builder *b, const struct record *r,
    struct index_out *o, const char *title, const char *purpose)
{
	const struct rec_section *s;
	cJSON *data, *secs;
	const char *outcome = NULL;
	struct buf refs = BUF_INIT, low_title = BUF_INIT;
	size_t i;
	int agenda_only;

	d_begin(b);
	/*
	 * The agenda section repeats title and purpose, which are indexed
	 * with their own weights; it is only indexed when they are absent.
	 */
	agenda_only = title == NULL && purpose == NULL;
	if (title != NULL)
		index_field(b, item_head(b, 0), IDX_TITLE);
	if (purpose != NULL)
		index_field(b, item_head(b, 1), IDX_PURPOSE);
	for (i = 0; i < r->nsections; i++) {
		s = &r->sections[i];
		if (s->type == SEC_AGENDA && !agenda_only)
			continue;
		/* Past ITEM_TEXT_MAX the text is in parts; not the speakers. */
		index_field(b, item_head(b, PIECE_SECTION + i),
		    section_field(s->type));
		d_speaker(b, s->speaker_key);
		if (s->type == SEC_RESOLUTION) {
			d_speaker_name(b, r, s->proposer);
			d_speaker_name(b, r, s->seconder);
			d_bool_lower(b, PFX_OUTCOME, s->outcome);
			if (outcome == NULL)
				outcome = s->outcome;
		}
	}
	for (i = 0; i < r->nspeakers; i++)
		d_speaker(b, r->speakers[i].key);
	if (r->nrefs > 0 && r->title != NULL)
		text_lower(r->title, strlen(r->title), &low_title);
	for (i = 0; i < r->nrefs; i++) {
		/* "Ord. No. 29-96" and "ord. no. 29-96 " are one reference. */
		buf_reset(&b->tmp);
		text_lower(r->refs[i], strlen(r->refs[i]), &b->tmp);
		if (b->tmp.data != NULL) {
			b->tmp.len = text_squeeze(b->tmp.data);
			d_bool(b, PFX_REF, b->tmp.data, b->tmp.len);
			if (b->tmp.len == 0)
				continue;
			/* The item so numbered, not one citing it. */
			if (in_title(&low_title, b->tmp.data, b->tmp.len))
				d_bool(b, PFX_OWN_REF, b->tmp.data,
				    b->tmp.len);
			/* The terms themselves, for related items. */
			if (refs.len > 0)
				buf_append(&refs, "\n", 1);
			buf_append(&refs, b->term.data, b->term.len);
		}
	}
	if (refs.len > 0)
		d_value(b, VAL_REFS, refs.data);
	buf_free(&refs);
	buf_free(&low_title);
	d_link(b, r, title);
	d_common(b, r, TYPE_ITEM);
	d_bool(b, PFX_HASH, o->hash, 16);
	d_value(b, VAL_HASH, o->hash);
	d_value(b, VAL_OUTCOME, outcome);

	data = j_common(r, r->id, TYPE_ITEM, item_head(b, 0));
	j_str(data, "purpose", item_head(b, 1));
	secs = cJSON_AddArrayToObject(data, "sections");
	for (i = 0; i < r->nsections && PIECE_SECTION + i <= b->icut; i++) {
		if (item_head(b, PIECE_SECTION + i) == NULL)
			break;
		cJSON_AddItemToArray(secs, j_section(&r->sections[i],
		    item_head(b, PIECE_SECTION + i)));
	}
	if (b->nparts > 0)
		cJSON_AddItemToObject(data, "parts",
		    cJSON_CreateNumber(b->nparts));
	d_end(b, o, PFX_ID, r->id, strlen(r->id), data);
	cJSON_Delete(data);
}

/* One document per question, holding the answers given to it. */
static void
build_question(struct index_builder *b, const struct record *r,
    struct index_out *o, size_t qi, unsigned n)
{
	const struct rec_section *q = &r->sections[qi], *a;
	const struct rec_section *first = NULL;
	cJSON *data, *answers, *ao;
	char *pid;
	size_t i;

	d_begin(b);
	index_field(b, sec_head(b, qi), IDX_QUESTION);
	d_speaker(b, q->speaker_key);
	answers = cJSON_CreateArray();
	for (i = qi + 1; i < r->nsections; i++) {
		a = &r->sections[i];
		if (a->type != SEC_ANSWER || a->answers != (int)qi)
			continue;
		index_field(b, sec_head(b, i), IDX_ANSWER);
		d_speaker(b, a->speaker_key);
		if (first == NULL)
			first = a;
		ao = cJSON_CreateObject();
		j_str(ao, "text", sec_head(b, i));
		j_str(ao, "speaker", a->speaker);
		j_str(ao, "role", a->role);
		cJSON_AddItemToArray(answers, ao);
	}
	d_common(b, r, TYPE_QUESTION);
	/* So that type:answer finds the questions that were answered. */
	if (first != NULL)
		d_bool(b, PFX_TYPE, TYPE_ANSWER, strlen(TYPE_ANSWER));
	d_value(b, VAL_SPEAKER, q->speaker);

	pid = xasprintf("%s%s%u", r->id, PASSAGE_QUESTION, n);
	data = j_common(r, pid, TYPE_QUESTION, b->title);
	/* The question and the answers are the text: not stored twice. */
	j_str(data, "question", sec_head(b, qi));
	j_str(data, "speaker", q->speaker);
	j_str(data, "role", q->role);
	if (first != NULL) {
		j_str(data, "answerer", first->speaker);
		j_str(data, "answerer_role", first->role);
	}
	cJSON_AddItemToObject(data, "answers", answers);
	d_end(b, o, PFX_ID, pid, strlen(pid), data);
	cJSON_Delete(data);
	free(pid);
}

/* One document per resolved point. */
static void
build_resolution(struct index_builder *b, const struct record *r,
    struct index_out *o, size_t ri, unsigned n)
{
	const struct rec_section *s = &r->sections[ri];
	cJSON *data;
	char *pid;

	d_begin(b);
	index_field(b, sec_head(b, ri), IDX_RESOLUTION);
	d_speaker_name(b, r, s->proposer);
	d_speaker_name(b, r, s->seconder);
	d_speaker(b, s->speaker_key);
	d_bool_lower(b, PFX_OUTCOME, s->outcome);
	d_common(b, r, TYPE_RESOLUTION);
	d_value(b, VAL_OUTCOME, s->outcome);
	d_value(b, VAL_SPEAKER, s->proposer != NULL ? s->proposer : s->speaker);

	pid = xasprintf("%s%s%u", r->id, PASSAGE_RESOLUTION, n);
	data = j_common(r, pid, TYPE_RESOLUTION, b->title);
	j_str(data, "text", sec_head(b, ri));
	j_str(data, "speaker", s->proposer != NULL ? s->proposer : s->speaker);
	j_str(data, "proposer", s->proposer);
	j_str(data, "seconder", s->seconder);
	j_str(data, "outcome", s->outcome);
	d_end(b, o, PFX_ID, pid, strlen(pid), data);
	cJSON_Delete(data);
	free(pid);
}

/* Loads the record's own acronym definitions for index-time expansion. */
static void
load_record_vocab(struct index_builder *b, const struct record *r,
    struct index_out *o)
{
	struct vocab *v = &b->recvocab;
	struct vocab_ent e;
	char *abbr, *exp;
	size_t i;

	vocab_free(v);
	for (i = 0; i < r->nacronyms; i++) {
		if (r->acronyms[i].abbr == NULL ||
		    r->acronyms[i].expansion == NULL)
			continue;
		abbr = norm_copy(b, r->acronyms[i].abbr);
		exp = norm_copy(b, r->acronyms[i].expansion);
		if (vocab_ent_init(&e, b->ix->lang, abbr, exp,
		    &b->toks) == 0) {
			v->ents = xreallocarray(v->ents, v->n + 1,
			    sizeof *v->ents);
			v->ents[v->n++] = e;
			o->synkeys = xreallocarray(o->synkeys, o->nsyn + 1,
			    sizeof *o->synkeys);
			o->synvals = xreallocarray(o->synvals, o->nsyn + 1,
			    sizeof *o->synvals);
			o->synkeys[o->nsyn] = xstrdup(e.key);
			o->synvals[o->nsyn] = xstrdup(e.abbr);
			o->nsyn++;
		}
		free(abbr);
		free(exp);
	}
}

static void
take_spelling(struct index_builder *b, struct index_out *o)
{
	struct buf w = BUF_INIT;
	size_t i, k = 0;

	o->spellcount = xreallocarray(NULL, b->words.n ? b->words.n : 1,
	    sizeof *o->spellcount);
	for (i = 0; i < b->words.cap; i++) {
		if (b->words.ents[i].key == NULL)
			continue;
		buf_append(&w, b->words.ents[i].key, b->words.ents[i].len + 1);
		o->spellcount[k++] = b->words.ents[i].count;
	}
	o->nspell = k;
	o->spell = w.data;
	smap_clear(&b->words);
}

/* The frequency of term in the builder's view of the database. */
static int
pre_termfreq(struct index_builder *b, const char *term, size_t len,
    unsigned *freq)
{
	int rc, changed;

	rc = xap_db_termfreq(b->db, term, len, freq, NULL);
	if (rc == XAP_EMODIFIED) {
		/* The writer committed twice under us: catch up, retry once. */
		if (xap_db_reopen(b->db, &changed, NULL) != 0)
			return -1;
		rc = xap_db_termfreq(b->db, term, len, freq, NULL);
	}
	return rc;
}

/* Sets o->status from what the database held before this run. */
static void
precheck(struct index_builder *b, const struct record *r,
    struct index_out *o)
{
	unsigned freq = 0;

	o->status = OUT_UNKNOWN;
	if (b->ix->fresh) {
		o->status = OUT_NEW;
		return;
	}
	if (b->db == NULL)
		return;
	index_bool_term(&b->tmp, PFX_HASH, o->hash, 16);
	if (pre_termfreq(b, b->tmp.data, b->tmp.len, &freq) != 0)
		return;
	if (freq > 0) {
		o->status = OUT_UNCHANGED;
		return;
	}
	index_bool_term(&b->tmp, PFX_ID, r->id, strlen(r->id));
	if (pre_termfreq(b, b->tmp.data, b->tmp.len, &freq) != 0)
		return;
	o->status = freq > 0 ? OUT_CHANGED : OUT_NEW;
}

/*
 * Normalises r's text into b and plans its documents: the item, then its
 * passages in the order of their sections, then its parts.
 */
static void
build_begin(struct index_builder *b, const struct record *r,
    struct index_out *o)
{
	time_t now;
	struct tm tm;
	size_t i, k, off;

	now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(b->indexed, sizeof b->indexed, "%Y-%m-%dT%H:%M:%SZ", &tm);

	if (r->nsections > b->ntextcap) {
		b->ntext = xreallocarray(b->ntext, r->nsections,
		    sizeof *b->ntext);
		for (i = b->ntextcap; i < r->nsections; i++)
			b->ntext[i] = NULL;
		b->ntextcap = r->nsections;
	}
	for (i = 0; i < r->nsections; i++) {
		free(b->ntext[i]);
		b->ntext[i] = norm_copy(b, r->sections[i].text ?
		    r->sections[i].text : "");
	}
	b->rtitle = norm_copy(b, r->title);
	b->rpurpose = norm_copy(b, r->purpose);
	b->agenda_only = b->rtitle == NULL && b->rpurpose == NULL;
	b->stitle = NULL;
	if (b->rtitle != NULL)
		b->stitle = xstrndup(b->rtitle, cut_len(b->rtitle,
		    strlen(b->rtitle), SHOWN_TITLE_MAX));
	b->title = b->stitle;
	load_record_vocab(b, r, o);

	b->npieces = PIECE_SECTION + r->nsections;
	if (b->npieces > b->plencap) {
		b->plen = xreallocarray(b->plen, b->npieces, sizeof *b->plen);
		b->plencap = b->npieces;
	}
	for (k = 0; k < b->npieces; k++)
		b->plen[k] = piece_text(b, k) ? strlen(piece_text(b, k)) : 0;
	k = off = 0;
	next_run(b, &k, &off, ITEM_TEXT_MAX);
	b->icut = k;
	b->ioff = off;
	b->pk = k;
	b->poff = off;
	b->nparts = 0;
	while (next_run(b, &k, &off, PART_TEXT_MAX))
		b->nparts++;
	b->npart = b->nq = b->nr = 0;
	b->next_sec = 0;
	b->item_done = 0;

	b->rc = 0;
	free(b->err);
	b->err = NULL;
}

/* Builds r's next document into o; 0 when none is left. */
static int
build_next(struct index_builder *b, const struct record *r,
    struct index_out *o)
{
	size_t i;

	if (b->rc != 0)
		return 0;
	if (!b->item_done) {
		b->item_done = 1;
		b->spelling = 1;
		build_item(b, r, o, b->rtitle, b->rpurpose);
		b->spelling = 0;
		return 1;
	}
	while (b->next_sec < r->nsections) {
		i = b->next_sec++;
		if (r->sections[i].type == SEC_QUESTION) {
			build_question(b, r, o, i, ++b->nq);
			return 1;
		}
		if (r->sections[i].type == SEC_RESOLUTION) {
			build_resolution(b, r, o, i, ++b->nr);
			return 1;
		}
	}
	if (b->npart < b->nparts) {
		/* Parts are not in the item: their words are counted. */
		b->spelling = 1;
		build_part(b, r, o, ++b->npart);
		b->spelling = 0;
		return 1;
	}
	return 0;
}

/* Takes the record's spelling words into o; o is rejected on an error. */
static void
build_finish(struct index_builder *b, const struct record *r,
    struct index_out *o)
{
	take_spelling(b, o);
	if (b->rc != 0) {
		o->status = OUT_REJECTED;
		o->error = xasprintf("%s: %s", r->id, b->err ? b->err :
		    xap_strerror(b->rc));
	}
	b->title = NULL;
	free(b->rtitle);
	free(b->rpurpose);
	free(b->stitle);
	b->rtitle = b->rpurpose = b->stitle = NULL;
}

struct index_out *
index_build(struct index_builder *b, const struct record *r)
{
	struct index_out *o;
	size_t i;

	o = xcalloc(1, sizeof *o);
	if (r->id != NULL)
		o->id = xstrdup(r->id);
	if (r->source != NULL)
		o->source = xstrdup(r->source);
	o->bytes = (r->title ? strlen(r->title) : 0) +
	    (r->purpose ? strlen(r->purpose) : 0);
	for (i = 0; i < r->nsections; i++)
		if (r->sections[i].text != NULL)
			o->bytes += strlen(r->sections[i].text);
	if (r->id == NULL || *r->id == '\0') {
		o->status = OUT_REJECTED;
		o->error = xstrdup("record has no id");
		return o;
	}
	hex16(record_hash(b->ix, r), o->hash);
	precheck(b, r, o);
	if (o->status == OUT_UNCHANGED)
		return o;
	if (o->bytes > DEFER_BYTES) {
		o->defer = xcalloc(1, sizeof *o->defer);
		o->defer->rec = r;
		return o;
	}
	build_begin(b, r, o);
	while (build_next(b, r, o))
		;
	build_finish(b, r, o);
	return o;
}

int
index_out_borrows(const struct index_out *o)
{
	return o->defer != NULL;
}

/* ==== Writing ==== */

unsigned
index_nshards(const struct index *ix)
{
	return ix->nshards;
}

static unsigned
shard_of_id(const struct index *ix, const char *id)
{
	if (ix->nshards == 1 || id == NULL)
		return 0;
	return (unsigned)(util_hash64(id, strlen(id)) % ix->nshards);
}

unsigned
index_shard_of(const struct index *ix, const struct index_out *o)
{
	return shard_of_id(ix, o->id);
}

/* The stored hash of item id in sh, or NULL if it is not there. */
static int
stored_hash(struct shard *sh, const char *id, char **hash, char **errmsg)
{
	size_t len;
	int rc;

	*hash = NULL;
	index_bool_term(&sh->term, PFX_ID, id, strlen(id));
	rc = xap_wdb_value_by_term(sh->wdb, sh->term.data, sh->term.len,
	    VAL_HASH, hash, &len, errmsg);
	if (rc == XAP_ENODOC) {
		if (errmsg != NULL) {
			free(*errmsg);
			*errmsg = NULL;
		}
		*hash = NULL;
		return 0;
	}
	return rc;
}

static void
saw(const struct index *ix, struct shard *sh, const struct index_out *o)
{
	if (!ix->track_sources || o->source == NULL || o->id == NULL)
		return;
	buf_reset(&sh->val);
	buf_printf(&sh->val, "%s\001%s", o->source, o->id);
	smap_add(&sh->seen, sh->val.data, sh->val.len, 1);
}

void
index_source_read(struct index *ix, const char *path)
{
	if (ix->track_sources)
		smap_add(&ix->sources, path, strlen(path), 1);
}

/* Remembers the path of a source whose term had to be shortened. */
static int
map_source(struct shard *sh, const char *source, char **errmsg)
{
	const char *hex;
	char *key;
	int rc;

	index_bool_term(&sh->term, PFX_SOURCE, source, strlen(source));
	if (!term_is_hashed(sh->term.data, sh->term.len, &hex))
		return 0;
	key = xasprintf("%s%.16s", META_SOURCE_MAP, hex);
	rc = set_meta(sh, key, source, errmsg);
	free(key);
	return rc;
}

enum { W_REJECTED, W_UNCHANGED, W_ADDED, W_REPLACED };

/*
 * Builds and stores the documents of a deferred record one at a time, in
 * the transaction write_out() opened; *t gets what else the building gave
 * (spelling words, acronyms, an error: then t->status is OUT_REJECTED).
 */
static int
write_deferred(struct index *ix, struct shard *sh, const struct index_out *o,
    struct index_out **t, char **errmsg)
{
	const struct record *r = o->defer->rec;
	struct index_builder *b;
	size_t i;
	int rc = 0;

	*t = NULL;
	b = index_builder_new(ix, &rc, errmsg);
	if (b == NULL)
		return rc;
	/* The writer knows better than a reader of the last commit. */
	xap_db_free(b->db);
	b->db = NULL;
	*t = xcalloc(1, sizeof **t);
	memcpy((*t)->hash, o->hash, sizeof o->hash);
	build_begin(b, r, *t);
	while (rc == 0 && build_next(b, r, *t)) {
		for (i = 0; i < (*t)->ndocs; i++) {
			if (rc == 0)
				rc = xap_wdb_replace_by_term(sh->wdb,
				    (*t)->docs[i].uid, (*t)->docs[i].uidlen,
				    (*t)->docs[i].doc, errmsg);
			free((*t)->docs[i].uid);
			xap_doc_free((*t)->docs[i].doc);
		}
		o->defer->ndocs += (*t)->ndocs;
		(*t)->ndocs = 0;
	}
	build_finish(b, r, *t);
	index_builder_free(b);
	return rc;
}

/* Stores o in sh; *what says what became of it. */
static int
write_out(struct index *ix, struct shard *sh,
    const struct index_out *o, int *what, char **errmsg)
{
	struct index_out *t = NULL;
	const struct index_out *built = o;	/* its spelling and acronyms */
	char *old = NULL;
	const char *w;
	size_t i;
	int rc, exists, again;

	if (o->status == OUT_REJECTED) {
		*what = W_REJECTED;
		return 0;
	}
	*what = W_UNCHANGED;
	saw(ix, sh, o);
	again = smap_has(&sh->written, o->id, strlen(o->id));
	if (o->status == OUT_UNCHANGED ||
	    (o->ndocs == 0 && o->defer == NULL)) {
		/*
		 * Skipped by a builder; if the id was written earlier in this
		 * run, with other content, that content stays.
		 */
		return 0;
	}
	exists = o->status == OUT_CHANGED;
	if (o->status == OUT_UNKNOWN || again) {
		/* The builder's view is older than this: look. */
		if ((rc = stored_hash(sh, o->id, &old, errmsg)) != 0)
			return rc;
		if (old != NULL && strcmp(old, o->hash) == 0) {
			free(old);
			return 0;
		}
		exists = old != NULL;
		free(old);
	}
	/*
	 * The item and its passages go in as one: past its flush threshold
	 * libxapian commits by itself, and a commit between an item and its
	 * passages, then a crash, would leave the item "unchanged" and its
	 * passages missing for good.  No such commit happens inside a
	 * transaction; an unflushed one joins the next commit.
	 */
	if ((rc = xap_wdb_begin_transaction(sh->wdb, 0, errmsg)) != 0)
		return rc;
	if (exists) {
		/* Its passages may be fewer now: drop them all, then add. */
		index_bool_term(&sh->term, PFX_ITEM, o->id, strlen(o->id));
		rc = xap_wdb_delete_by_term(sh->wdb, sh->term.data,
		    sh->term.len, NULL, errmsg);
		if (rc != 0)
			goto fail;
	}
	*what = exists ? W_REPLACED : W_ADDED;
	smap_add(&sh->written, o->id, strlen(o->id), 1);
	for (i = 0; i < o->ndocs; i++) {
		rc = xap_wdb_replace_by_term(sh->wdb, o->docs[i].uid,
		    o->docs[i].uidlen, o->docs[i].doc, errmsg);
		if (rc != 0)
			goto fail;
	}
	if (o->defer != NULL) {
		if ((rc = write_deferred(ix, sh, o, &t, errmsg)) != 0)
			goto fail;
		if (t->status == OUT_REJECTED) {
			/* As a record that failed in a builder: not stored. */
			o->defer->error = t->error;
			t->error = NULL;
			*what = W_REJECTED;
			index_out_free(t);
			xap_wdb_cancel_transaction(sh->wdb, NULL);
			return 0;
		}
		built = t;
	}
	if ((rc = xap_wdb_commit_transaction(sh->wdb, errmsg)) != 0)
		goto out;
	for (i = 0; i < built->nsyn; i++) {
		rc = xap_wdb_add_synonym(sh->wdb, built->synkeys[i],
		    built->synvals[i], errmsg);
		if (rc != 0)
			goto out;
	}
	if (o->source != NULL && (rc = map_source(sh, o->source,
	    errmsg)) != 0)
		goto out;
	for (i = 0, w = built->spell; i < built->nspell;
	    i++, w += strlen(w) + 1)
		smap_add(&sh->spell, w, strlen(w), built->spellcount[i]);
	sh->pending++;
	sh->dirty = 1;
	index_out_free(t);
	return 0;
fail:
	xap_wdb_cancel_transaction(sh->wdb, NULL);
out:
	index_out_free(t);
	return rc;
}

int
index_write(struct index *ix, const struct index_out *o, char **errmsg)
{
	struct shard *sh = &ix->shards[shard_of_id(ix, o->id)];
	int rc, what = W_REJECTED;

	if (errmsg != NULL)
		*errmsg = NULL;
	rc = write_out(ix, sh, o, &what, errmsg);
	pthread_mutex_lock(&ix->mu);
	sh->stats.bytes += o->bytes;
	if (rc == 0) {
		switch (what) {
		case W_REJECTED:
			sh->stats.rejected++;
			break;
		case W_UNCHANGED:
			sh->stats.unchanged++;
			break;
		case W_ADDED:
			sh->stats.added++;
			sh->stats.docs += o->defer ? o->defer->ndocs : o->ndocs;
			break;
		default:
			sh->stats.replaced++;
			sh->stats.docs += o->defer ? o->defer->ndocs : o->ndocs;
			break;
		}
	}
	pthread_mutex_unlock(&ix->mu);
	return rc != 0 ? db_error(ix, rc, errmsg) : 0;
}

unsigned long
index_pending(const struct index *ix, unsigned shard)
{
	return ix->shards[shard].pending;
}

int
index_commit_shard(struct index *ix, unsigned shard, char **errmsg)
{
	struct shard *sh = &ix->shards[shard];
	struct smap_ent *e;
	char *now;
	size_t i;
	int rc;

	if (errmsg != NULL)
		*errmsg = NULL;
	if (!sh->dirty)
		return 0;
	for (i = 0; i < sh->spell.cap; i++) {
		e = &sh->spell.ents[i];
		if (e->key == NULL)
			continue;
		rc = xap_wdb_add_spelling(sh->wdb, e->key, e->len,
		    (unsigned)e->count, errmsg);
		if (rc != 0)
			return db_error(ix, rc, errmsg);
	}
	smap_clear(&sh->spell);
	now = iso_now();
	rc = xap_wdb_set_metadata(sh->wdb, META_LAST_COMMIT, now, strlen(now),
	    errmsg);
	free(now);
	if (rc == 0)
		rc = xap_wdb_commit(sh->wdb, errmsg);
	if (rc != 0)
		return db_error(ix, rc, errmsg);
	sh->dirty = 0;
	sh->pending = 0;
	pthread_mutex_lock(&ix->mu);
	sh->stats.commits++;
	pthread_mutex_unlock(&ix->mu);
	return 0;
}

int
index_commit(struct index *ix, int *committed, char **errmsg)
{
	unsigned k;
	int rc;

	if (committed != NULL)
		*committed = 0;
	for (k = 0; k < ix->nshards; k++) {
		if (ix->shards[k].dirty && committed != NULL)
			*committed = 1;
		if ((rc = index_commit_shard(ix, k, errmsg)) != 0)
			return rc;
	}
	return 0;
}

static void
count_deleted(struct index *ix, struct shard *sh)
{
	pthread_mutex_lock(&ix->mu);
	sh->stats.deleted++;
	pthread_mutex_unlock(&ix->mu);
	sh->dirty = 1;
}

int
index_delete_id(struct index *ix, const char *id, int *found,
    char **errmsg)
{
	struct shard *sh = &ix->shards[shard_of_id(ix, id)];
	unsigned n = 0;
	int rc;

	if (errmsg != NULL)
		*errmsg = NULL;
	index_bool_term(&sh->term, PFX_ITEM, id, strlen(id));
	rc = xap_wdb_delete_by_term(sh->wdb, sh->term.data, sh->term.len, &n,
	    errmsg);
	if (rc != 0)
		return db_error(ix, rc, errmsg);
	*found = n > 0;
	if (n > 0)
		count_deleted(ix, sh);
	return 0;
}

struct termlist {
	char **terms;		/* owned */
	unsigned *freqs;
	size_t n;
};

static int
collect_term(void *ctx, const char *term, size_t len, unsigned freq)
{
	struct termlist *l = ctx;

	l->terms = xreallocarray(l->terms, l->n + 1, sizeof *l->terms);
	l->freqs = xreallocarray(l->freqs, l->n + 1, sizeof *l->freqs);
	l->terms[l->n] = xstrndup(term, len);
	l->freqs[l->n] = freq;
	l->n++;
	return 0;
}

/*
 * Deletes the items of sh indexed with source term st (at most freq
 * documents): all of them when the file is gone, else those this run did
 * not see.
 */
static int
delete_source_items(struct index *ix, struct shard *sh, struct xap_db *db,
    const char *st, unsigned freq, const char *path, int all, char **errmsg)
{
	struct xap_query *qs[2] = { NULL, NULL }, *q = NULL;
	struct xap_search s;
	struct xap_hits *hits = NULL;
	char *id = NULL;
	size_t i, len;
	unsigned n;
	int rc;

	qs[0] = xap_query_term(st, strlen(st), 1, &rc, errmsg);
	if (qs[0] == NULL)
		goto out;
	qs[1] = xap_query_term(PFX_TYPE TYPE_ITEM, strlen(PFX_TYPE TYPE_ITEM),
	    1, &rc, errmsg);
	if (qs[1] == NULL)
		goto out;
	q = xap_query_combine(XAP_OP_FILTER, qs, 2, &rc, errmsg);
	if (q == NULL)
		goto out;
	memset(&s, 0, sizeof s);
	s.query = q;
	s.limit = freq;
	s.check_at_least = freq;
	hits = xap_search_run(db, &s, &rc, errmsg);
	if (hits == NULL)
		goto out;
	for (i = 0; i < xap_hits_size(hits); i++) {
		rc = xap_hits_value(hits, i, VAL_ITEM, &id, &len, errmsg);
		if (rc != 0)
			goto out;
		if (!all) {
			buf_reset(&sh->val);
			buf_printf(&sh->val, "%s\001%s", path, id);
			if (smap_has(&sh->seen, sh->val.data, sh->val.len)) {
				free(id);
				id = NULL;
				continue;
			}
		}
		index_bool_term(&sh->term, PFX_ITEM, id, len);
		rc = xap_wdb_delete_by_term(sh->wdb, sh->term.data,
		    sh->term.len, &n, errmsg);
		if (rc != 0)
			goto out;
		if (n > 0)
			count_deleted(ix, sh);
		free(id);
		id = NULL;
	}
	if (all) {
		/* Whatever else carries the source term goes with it. */
		rc = xap_wdb_delete_by_term(sh->wdb, st, strlen(st), &n,
		    errmsg);
		if (rc == 0 && n > 0)
			sh->dirty = 1;
	}
out:
	free(id);
	xap_hits_free(hits);
	xap_query_free(q);
	xap_query_free(qs[0]);
	xap_query_free(qs[1]);
	return rc;
}

/* index_delete_missing() for one shard. */
static int
delete_missing_shard(struct index *ix, struct shard *sh, char **errmsg)
{
	struct termlist l = { NULL, NULL, 0 };
	struct xap_db *db = NULL;
	struct stat st;
	const char *path = sh->path, *hex;
	char *mapped = NULL, *key = NULL;
	size_t i, len, plen = strlen(PFX_SOURCE);
	int rc, missing;

	db = xap_db_open(&path, 1, 0, &rc, errmsg);
	if (db == NULL)
		goto out;
	rc = xap_db_allterms(db, PFX_SOURCE, collect_term, &l, errmsg);
	if (rc != 0)
		goto out;
	for (i = 0; i < l.n; i++) {
		free(mapped);
		free(key);
		mapped = key = NULL;
		len = strlen(l.terms[i]);
		path = l.terms[i] + plen;
		if (term_is_hashed(l.terms[i], len, &hex)) {
			key = xasprintf("%s%.16s", META_SOURCE_MAP, hex);
			rc = xap_db_get_metadata(db, key, &mapped, &len,
			    errmsg);
			if (rc != 0)
				goto out;
			if (*mapped == '\0')
				continue;	/* cannot tell: keep it */
			path = mapped;
		}
		if (strcmp(path, "-") == 0)
			continue;
		missing = stat(path, &st) != 0 &&
		    (errno == ENOENT || errno == ENOTDIR);
		if (!missing && !(ix->track_sources &&
		    smap_has(&ix->sources, path, strlen(path))))
			continue;
		rc = delete_source_items(ix, sh, db, l.terms[i], l.freqs[i],
		    path, missing, errmsg);
		if (rc != 0)
			goto out;
		if (missing && key != NULL &&
		    (rc = set_meta(sh, key, "", errmsg)) != 0)
			goto out;
	}
	rc = 0;
out:
	free(mapped);
	free(key);
	for (i = 0; i < l.n; i++)
		free(l.terms[i]);
	free(l.terms);
	free(l.freqs);
	xap_db_free(db);
	return rc;
}

int
index_delete_missing(struct index *ix, char **errmsg)
{
	unsigned k;
	int rc;

	if (errmsg != NULL)
		*errmsg = NULL;
	for (k = 0; k < ix->nshards; k++) {
		rc = delete_missing_shard(ix, &ix->shards[k], errmsg);
		if (rc != 0)
			return db_error(ix, rc, errmsg);
	}
	return 0;
}

int
index_doccount(struct index *ix, unsigned *count, char **errmsg)
{
	unsigned k, n;
	int rc;

	*count = 0;
	for (k = 0; k < ix->nshards; k++) {
		rc = xap_wdb_doccount(ix->shards[k].wdb, &n, errmsg);
		if (rc != 0)
			return db_error(ix, rc, errmsg);
		*count += n;
	}
	return 0;
}

void
index_get_stats(struct index *ix, struct index_stats *st)
{
	const struct index_stats *s;
	unsigned k;

	memset(st, 0, sizeof *st);
	pthread_mutex_lock(&ix->mu);
	for (k = 0; k < ix->nshards; k++) {
		s = &ix->shards[k].stats;
		st->added += s->added;
		st->replaced += s->replaced;
		st->unchanged += s->unchanged;
		st->deleted += s->deleted;
		st->rejected += s->rejected;
		st->docs += s->docs;
		st->bytes += s->bytes;
		st->commits += s->commits;
	}
	st->rejected += ix->rejected;
	pthread_mutex_unlock(&ix->mu);
}

void
index_untrack_sources(struct index *ix)
{
	unsigned k;

	ix->track_sources = 0;
	smap_free(&ix->sources);
	for (k = 0; k < ix->nshards; k++)
		smap_free(&ix->shards[k].seen);
}

int
index_was_empty(const struct index *ix)
{
	return ix->fresh;
}

/*
 * Removes a database directory: its files, and for a sharded index the
 * shard directories (depth levels at most).
 */
static void
remove_db_dir(const char *dir, int depth)
{
	struct dirent *de;
	char *p;
	DIR *d;

	d = opendir(dir);
	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		p = xasprintf("%s/%s", dir, de->d_name);
		if (unlink(p) != 0 && depth > 0)
			remove_db_dir(p, depth - 1);
		free(p);
	}
	closedir(d);
	rmdir(dir);
}

int
index_compact(struct index *ix, int *done, char **errmsg)
{
	const char **src;
	char *tmp;
	size_t n;
	unsigned k;
	int rc = 0;

	*done = 0;
	if (errmsg != NULL)
		*errmsg = NULL;
	src = xreallocarray(NULL, ix->nshards, sizeof *src);
	for (k = 0; k < ix->nshards; k++)
		src[k] = ix->shards[k].path;
	n = strlen(ix->path);
	while (n > 1 && ix->path[n - 1] == '/')
		n--;
	tmp = xasprintf("%.*s" COMPACT_SUFFIX, (int)n, ix->path);
	/* What a run killed while compacting left. */
	remove_db_dir(tmp, 1);
	rc = xap_compact(src, ix->nshards, tmp, errmsg);
	if (rc != 0) {
		rc = db_error(ix, rc, errmsg);
		goto out;
	}
#ifdef RENAME_EXCHANGE
	/* One atomic step: readers see the old files or the new ones. */
	if (renameat2(AT_FDCWD, tmp, AT_FDCWD, ix->path,
	    RENAME_EXCHANGE) == 0) {
		*done = 1;
		goto out;
	}
	if (errno != EINVAL && errno != ENOSYS) {
		if (errmsg != NULL)
			*errmsg = xasprintf("database %s: cannot swap in its "
			    "compacted copy: %s", ix->path, strerror(errno));
		rc = IDX_EIO;
	}
#endif
	/* Without an atomic exchange the database stays as written. */
out:
	remove_db_dir(tmp, 1);
	free(tmp);
	free(src);
	return rc;
}

void
index_count_rejected(struct index *ix, unsigned long n)
{
	pthread_mutex_lock(&ix->mu);
	ix->rejected += n;
	pthread_mutex_unlock(&ix->mu);
}

int
index_add_record(struct index *ix, const struct record *rec, char **errmsg)
{
	struct index_out *o;
	int rc;

	if (ix->own == NULL) {
		ix->own = index_builder_new(ix, &rc, errmsg);
		if (ix->own == NULL)
			return rc;
	} else if (ix->own->db != NULL) {
		/* Its early check must see what this index committed since. */
		(void)xap_db_reopen(ix->own->db, &rc, NULL);
	}
	o = index_build(ix->own, rec);
	rc = index_write(ix, o, errmsg);
	index_out_free(o);
	return rc;
}
