/*
 * xap.cc: the C interface to libxapian (see xap.h).
 *
 * Every extern "C" function catches everything and turns it into an
 * enum xap_err through xap_translate(): no C++ exception may unwind into
 * C frames.  Stemming goes through libstemmer_c only, plugged into Xapian
 * as a StemImplementation, so indexing, parsing and snippets agree.
 */
#include <config.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include <sys/stat.h>

#include <xapian.h>

#include <libstemmer.h>

#include "xap.h"

/* ---- Errors ---- */

/* Sets *errmsg to a malloc'd "a: b (c)"; never throws. */
static void
set_msg(char **errmsg, const char *a, const char *b, const char *c)
{
	size_t la, lb, lc, n;
	char *p;

	if (errmsg == NULL)
		return;
	*errmsg = NULL;
	la = a != NULL ? strlen(a) : 0;
	lb = b != NULL ? strlen(b) : 0;
	lc = c != NULL ? strlen(c) : 0;
	n = la + lb + lc + 6;
	p = static_cast<char *>(malloc(n));
	if (p == NULL)
		return;
	p[0] = '\0';
	if (la > 0)
		strcat(p, a);
	if (la > 0 && lb > 0)
		strcat(p, ": ");
	if (lb > 0)
		strcat(p, b);
	if (lc > 0) {
		strcat(p, " (");
		strcat(p, c);
		strcat(p, ")");
	}
	*errmsg = p;
}

static int
xerror(char **errmsg, int rc, const Xapian::Error &e)
{
	const char *es = NULL;

	/* get_error_string() builds a string lazily and so may throw. */
	try {
		es = e.get_error_string();
	} catch (...) {
		es = NULL;
	}
	set_msg(errmsg, e.get_type(), e.get_msg().c_str(), es);
	return rc;
}

/*
 * Maps the exception being handled to an error code and message.  Only
 * call it from a catch block.  Most-derived classes come first.
 */
static int
xap_translate(char **errmsg)
{
	try {
		throw;
	} catch (const Xapian::DatabaseLockError &e) {
		return xerror(errmsg, XAP_ELOCK, e);
	} catch (const Xapian::DatabaseModifiedError &e) {
		return xerror(errmsg, XAP_EMODIFIED, e);
	} catch (const Xapian::DatabaseNotFoundError &e) {
		return xerror(errmsg, XAP_ENOTFOUND, e);
	} catch (const Xapian::DatabaseCorruptError &e) {
		return xerror(errmsg, XAP_ECORRUPT, e);
	} catch (const Xapian::DatabaseOpeningError &e) {
		return xerror(errmsg, XAP_EOPEN, e);
	} catch (const Xapian::DatabaseCreateError &e) {
		/* XAP_CREATE on an existing database, or no permission. */
		return xerror(errmsg, XAP_EOPEN, e);
	} catch (const Xapian::QueryParserError &e) {
		return xerror(errmsg, XAP_EQUERY, e);
	} catch (const Xapian::InvalidArgumentError &e) {
		return xerror(errmsg, XAP_EINVAL, e);
	} catch (const Xapian::NetworkError &e) {
		/* Also NetworkTimeoutError, which derives from it. */
		return xerror(errmsg, XAP_ENETWORK, e);
	} catch (const Xapian::DocNotFoundError &e) {
		return xerror(errmsg, XAP_ENODOC, e);
	} catch (const Xapian::Error &e) {
		return xerror(errmsg, XAP_EXAPIAN, e);
	} catch (const std::bad_alloc &) {
		if (errmsg != NULL)
			*errmsg = NULL;
		return XAP_ENOMEM;
	} catch (const std::exception &e) {
		set_msg(errmsg, "internal error", e.what(), NULL);
		return XAP_EINTERNAL;
	} catch (...) {
		set_msg(errmsg, "internal error", "unknown exception", NULL);
		return XAP_EINTERNAL;
	}
}

static void
set_rc(int *rc, int v)
{
	if (rc != NULL)
		*rc = v;
}

/* Throws InvalidArgumentError when a required argument is NULL. */
static void
need(const void *p, const char *what)
{
	if (p == NULL)
		throw Xapian::InvalidArgumentError(std::string(what) +
		    " is NULL");
}

/* A std::string from pointer + length; NULL is the empty string. */
static std::string
str(const char *p, size_t len)
{
	return p != NULL ? std::string(p, len) : std::string();
}

static void
need_cb(xap_term_cb cb)
{
	if (cb == NULL)
		throw Xapian::InvalidArgumentError("callback is NULL");
}

static std::string
cstr(const char *p)
{
	return p != NULL ? std::string(p) : std::string();
}

/* A malloc'd, NUL-terminated copy of s (which may hold NULs). */
static char *
dup_out(const std::string &s)
{
	char *p;

	p = static_cast<char *>(malloc(s.size() + 1));
	if (p == NULL)
		throw std::bad_alloc();
	memcpy(p, s.data(), s.size());
	p[s.size()] = '\0';
	return p;
}

static void
copy_out(const std::string &s, char **out, size_t *len)
{
	need(out, "output pointer");
	*out = dup_out(s);
	if (len != NULL)
		*len = s.size();
}

extern "C" const char *
xap_strerror(int rc)
{
	switch (rc) {
	case XAP_OK:
		return "ok";
	case XAP_ELOCK:
		return "locked";
	case XAP_EMODIFIED:
		return "modified";
	case XAP_ENOTFOUND:
		return "not found";
	case XAP_ECORRUPT:
		return "corrupt";
	case XAP_EOPEN:
		return "cannot open";
	case XAP_EQUERY:
		return "query syntax";
	case XAP_EINVAL:
		return "invalid argument";
	case XAP_ENOMEM:
		return "out of memory";
	case XAP_ENETWORK:
		return "network";
	case XAP_EXAPIAN:
		return "xapian";
	case XAP_EINTERNAL:
		return "internal";
	case XAP_ENODOC:
		return "no such document";
	}
	return "unknown error";
}

/* ---- Stemming ---- */

/*
 * libstemmer as a Xapian stemmer.  One sb_stemmer per object; Xapian
 * shares it between copies of a Stem, which stay in one thread since
 * every handle does.
 */
class LibStemmerImpl : public Xapian::StemImplementation {
	struct sb_stemmer *sb;
	std::string lang;

  public:
	explicit LibStemmerImpl(const std::string &l)
	    : sb(NULL), lang(l)
	{
		sb = sb_stemmer_new(l.c_str(), "UTF_8");
		/* NULL also means out of memory; the name is the likely cause. */
		if (sb == NULL)
			throw Xapian::InvalidArgumentError(
			    "unknown stemming language '" + l + "'");
	}

	~LibStemmerImpl()
	{
		sb_stemmer_delete(sb);
	}

	std::string
	operator()(const std::string &word)
	{
		const sb_symbol *s;

		if (word.size() > INT_MAX)
			return word;
		s = sb_stemmer_stem(sb,
		    reinterpret_cast<const sb_symbol *>(word.data()),
		    static_cast<int>(word.size()));
		if (s == NULL)
			throw std::bad_alloc();
		/* Copied now: the buffer belongs to sb until the next call. */
		return std::string(reinterpret_cast<const char *>(s),
		    static_cast<size_t>(sb_stemmer_length(sb)));
	}

	std::string
	get_description() const
	{
		return "LibStemmerImpl(" + lang + ")";
	}
};

/* "none" (as in Xapian) turns stemming off. */
static bool
lang_is_none(const char *lang)
{
	return strcmp(lang, "none") == 0;
}

static Xapian::Stem
make_stem(const char *lang)
{
	need(lang, "language");
	if (lang_is_none(lang))
		return Xapian::Stem();
	return Xapian::Stem(new LibStemmerImpl(lang));
}

#define STEM_MEMO_MAX	20000	/* words remembered per thread */

/*
 * A stemmer that remembers the words it stemmed, per thread: snippets
 * stem every word of the text they are cut from, and the same words come
 * back hit after hit and query after query.
 */
class MemoStemImpl : public Xapian::StemImplementation {
	Xapian::Stem inner;
	std::string lang;

  public:
	explicit MemoStemImpl(const char *l) : inner(make_stem(l)), lang(l)
	{
	}

	std::string
	operator()(const std::string &word)
	{
		static thread_local std::unordered_map<std::string,
		    std::string> memo;
		static thread_local std::string memo_lang;

		if (memo_lang != lang) {
			memo.clear();
			memo_lang = lang;
		}
		auto it = memo.find(word);
		if (it != memo.end())
			return it->second;
		std::string s = inner(word);
		if (memo.size() >= STEM_MEMO_MAX)
			memo.clear();
		memo.emplace(word, s);
		return s;
	}

	std::string
	get_description() const
	{
		return "MemoStemImpl(" + lang + ")";
	}
};

extern "C" int
xap_stem_language_ok(const char *lang)
{
	struct sb_stemmer *sb;

	if (lang == NULL)
		return 0;
	if (lang_is_none(lang))
		return 1;
	sb = sb_stemmer_new(lang, "UTF_8");
	if (sb == NULL)
		return 0;
	sb_stemmer_delete(sb);
	return 1;
}

extern "C" char *
xap_stem_word(const char *lang, const char *word, size_t len, int *rc,
    char **errmsg)
{
	try {
		Xapian::Stem stem = make_stem(lang);
		/* Lower-cased first, as indexing and parsing do. */
		char *p = dup_out(stem(Xapian::Unicode::tolower(str(word,
		    len))));

		set_rc(rc, XAP_OK);
		return p;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

/* ---- Stopper ---- */

class GovStopper : public Xapian::Stopper {
  public:
	std::set<std::string> words;

	bool
	operator()(const std::string &term) const
	{
		return words.find(term) != words.end();
	}

	std::string
	get_description() const
	{
		return "GovStopper";
	}
};

struct xap_stopper {
	GovStopper st;		/* borrowed by termgens and parsers */
};

extern "C" struct xap_stopper *
xap_stopper_new(void)
{
	try {
		return new xap_stopper;
	} catch (...) {
		return NULL;
	}
}

extern "C" void
xap_stopper_free(struct xap_stopper *s)
{
	delete s;
}

extern "C" int
xap_stopper_add(struct xap_stopper *s, const char *word, size_t len,
    char **errmsg)
{
	try {
		need(s, "stopper");
		s->st.words.insert(str(word, len));
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_stopper_has(const struct xap_stopper *s, const char *word, size_t len)
{
	try {
		if (s == NULL)
			return 0;
		return s->st(str(word, len)) ? 1 : 0;
	} catch (...) {
		return 0;
	}
}

/* ---- Documents ---- */

struct xap_doc {
	Xapian::Document doc;
};

extern "C" struct xap_doc *
xap_doc_new(int *rc, char **errmsg)
{
	try {
		struct xap_doc *d = new xap_doc;

		set_rc(rc, XAP_OK);
		return d;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" void
xap_doc_free(struct xap_doc *d)
{
	try {
		delete d;
	} catch (...) {
	}
}

extern "C" int
xap_doc_add_term(struct xap_doc *d, const char *term, size_t len,
    unsigned wdf, char **errmsg)
{
	try {
		need(d, "document");
		d->doc.add_term(str(term, len), wdf);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_doc_add_posting(struct xap_doc *d, const char *term, size_t len,
    unsigned pos, unsigned wdf, char **errmsg)
{
	try {
		need(d, "document");
		d->doc.add_posting(str(term, len), pos, wdf);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_doc_add_boolean_term(struct xap_doc *d, const char *term, size_t len,
    char **errmsg)
{
	try {
		need(d, "document");
		d->doc.add_boolean_term(str(term, len));
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_doc_set_value(struct xap_doc *d, unsigned slot, const char *val,
    size_t len, char **errmsg)
{
	try {
		need(d, "document");
		d->doc.add_value(slot, str(val, len));
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_doc_set_data(struct xap_doc *d, const char *data, size_t len,
    char **errmsg)
{
	try {
		need(d, "document");
		d->doc.set_data(str(data, len));
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

/* ---- Term generation ---- */

struct xap_termgen {
	Xapian::TermGenerator tg;
	bool positions;		/* false: index_text_without_positions */
};

extern "C" struct xap_termgen *
xap_termgen_new(const char *lang, const struct xap_stopper *stopper,
    int *rc, char **errmsg)
{
	struct xap_termgen *t = NULL;

	try {
		t = new xap_termgen;
		t->positions = true;
		t->tg.set_stemmer(make_stem(lang));
		t->tg.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
		if (stopper != NULL) {
			t->tg.set_stopper(&stopper->st);
			t->tg.set_stopper_strategy(
			    Xapian::TermGenerator::STOP_STEMMED);
		}
		set_rc(rc, XAP_OK);
		return t;
	} catch (...) {
		delete t;
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" void
xap_termgen_free(struct xap_termgen *t)
{
	try {
		delete t;
	} catch (...) {
	}
}

extern "C" int
xap_termgen_set_stem_strategy(struct xap_termgen *t, int strategy,
    char **errmsg)
{
	try {
		Xapian::TermGenerator::stem_strategy s;

		need(t, "term generator");
		switch (strategy) {
		case XAP_STEM_SOME:
			s = Xapian::TermGenerator::STEM_SOME;
			break;
		case XAP_STEM_NONE:
			s = Xapian::TermGenerator::STEM_NONE;
			break;
		case XAP_STEM_ALL:
			s = Xapian::TermGenerator::STEM_ALL;
			break;
		case XAP_STEM_ALL_Z:
			s = Xapian::TermGenerator::STEM_ALL_Z;
			break;
		default:
			throw Xapian::InvalidArgumentError(
			    "unknown stem strategy " +
			    std::to_string(strategy));
		}
		t->tg.set_stemming_strategy(s);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_termgen_set_document(struct xap_termgen *t, struct xap_doc *d,
    char **errmsg)
{
	try {
		need(t, "term generator");
		need(d, "document");
		/* Document is a handle: terms land in d's shared internals. */
		t->tg.set_document(d->doc);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_termgen_set_positions(struct xap_termgen *t, int on, char **errmsg)
{
	try {
		need(t, "term generator");
		t->positions = on != 0;
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_termgen_index_text(struct xap_termgen *t, const char *text, size_t len,
    unsigned wdf_inc, const char *prefix, char **errmsg)
{
	try {
		need(t, "term generator");
		if (t->positions)
			t->tg.index_text(str(text, len), wdf_inc, cstr(prefix));
		else
			t->tg.index_text_without_positions(str(text, len),
			    wdf_inc, cstr(prefix));
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_termgen_increase_termpos(struct xap_termgen *t, unsigned delta,
    char **errmsg)
{
	try {
		need(t, "term generator");
		t->tg.increase_termpos(delta);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

/* ---- Writable database ---- */

struct xap_wdb {
	Xapian::WritableDatabase db;
	bool in_txn;		/* a transaction is open */
};

/*
 * Glass reads its flush threshold from the environment when the database
 * opens; there is no API for it in 1.4.  The lock keeps two of our opens
 * from mixing their settings.
 */
static std::mutex flush_env_lock;

static Xapian::WritableDatabase
open_writable(const std::string &path, int action, unsigned threshold)
{
	std::string old;
	const char *p;
	bool had;

	if (threshold == 0)
		return Xapian::WritableDatabase(path, action);

	std::lock_guard<std::mutex> guard(flush_env_lock);
	p = getenv("XAPIAN_FLUSH_THRESHOLD");
	had = p != NULL;
	if (had)
		old = p;
	if (setenv("XAPIAN_FLUSH_THRESHOLD",
	    std::to_string(threshold).c_str(), 1) != 0)
		throw std::bad_alloc();
	try {
		Xapian::WritableDatabase db(path, action);

		if (had)
			setenv("XAPIAN_FLUSH_THRESHOLD", old.c_str(), 1);
		else
			unsetenv("XAPIAN_FLUSH_THRESHOLD");
		return db;
	} catch (...) {
		if (had)
			setenv("XAPIAN_FLUSH_THRESHOLD", old.c_str(), 1);
		else
			unsetenv("XAPIAN_FLUSH_THRESHOLD");
		throw;
	}
}

extern "C" struct xap_wdb *
xap_wdb_open(const char *path, int mode, unsigned flush_threshold, int *rc,
    char **errmsg)
{
	struct xap_wdb *w = NULL;

	try {
		int action;

		need(path, "path");
		switch (mode) {
		case XAP_CREATE_OR_OPEN:
			action = Xapian::DB_CREATE_OR_OPEN;
			break;
		case XAP_CREATE:
			action = Xapian::DB_CREATE;
			break;
		case XAP_OPEN:
			action = Xapian::DB_OPEN;
			break;
		case XAP_CREATE_OR_OVERWRITE:
			action = Xapian::DB_CREATE_OR_OVERWRITE;
			break;
		default:
			throw Xapian::InvalidArgumentError("unknown open mode " +
			    std::to_string(mode));
		}
		w = new xap_wdb;
		w->in_txn = false;
		w->db = open_writable(path, action, flush_threshold);
		set_rc(rc, XAP_OK);
		return w;
	} catch (...) {
		delete w;
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" void
xap_wdb_free(struct xap_wdb *w)
{
	if (w == NULL)
		return;
	try {
		/*
		 * ~WritableDatabase commits pending changes unless a
		 * transaction is open, and cancelling an unflushed one drops
		 * everything since the last commit: so open one to discard.
		 */
		if (!w->in_txn)
			w->db.begin_transaction(false);
		w->db.cancel_transaction();
	} catch (...) {
	}
	try {
		delete w;
	} catch (...) {
	}
}

extern "C" int
xap_wdb_commit(struct xap_wdb *w, char **errmsg)
{
	try {
		need(w, "database");
		w->db.commit();
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_begin_transaction(struct xap_wdb *w, int flushed, char **errmsg)
{
	try {
		need(w, "database");
		w->db.begin_transaction(flushed != 0);
		w->in_txn = true;
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_commit_transaction(struct xap_wdb *w, char **errmsg)
{
	try {
		need(w, "database");
		/* Xapian ends the transaction even when the commit fails. */
		w->in_txn = false;
		w->db.commit_transaction();
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_cancel_transaction(struct xap_wdb *w, char **errmsg)
{
	try {
		need(w, "database");
		w->in_txn = false;
		w->db.cancel_transaction();
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_replace_by_term(struct xap_wdb *w, const char *unique_term,
    size_t len, const struct xap_doc *d, char **errmsg)
{
	try {
		need(w, "database");
		need(d, "document");
		need(unique_term, "unique term");
		w->db.replace_document(str(unique_term, len), d->doc);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_delete_by_term(struct xap_wdb *w, const char *term, size_t len,
    unsigned *ndeleted, char **errmsg)
{
	try {
		std::string t;
		unsigned n = 0;

		need(w, "database");
		need(term, "term");
		t = str(term, len);
		/* Count the postings: exact, pending changes included. */
		if (ndeleted != NULL) {
			for (Xapian::PostingIterator p = w->db.postlist_begin(t);
			    p != w->db.postlist_end(t); ++p)
				n++;
		}
		w->db.delete_document(t);
		if (ndeleted != NULL)
			*ndeleted = n;
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_doccount(struct xap_wdb *w, unsigned *count, char **errmsg)
{
	try {
		need(w, "database");
		need(count, "count");
		*count = w->db.get_doccount();
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_term_exists(struct xap_wdb *w, const char *term, size_t len,
    int *exists, char **errmsg)
{
	try {
		need(w, "database");
		need(exists, "exists");
		*exists = w->db.term_exists(str(term, len)) ? 1 : 0;
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_value_by_term(struct xap_wdb *w, const char *term, size_t len,
    unsigned slot, char **val, size_t *vallen, char **errmsg)
{
	try {
		std::string t;

		need(w, "database");
		need(val, "val");
		*val = NULL;
		t = str(term, len);
		Xapian::PostingIterator p = w->db.postlist_begin(t);
		if (p == w->db.postlist_end(t))
			throw Xapian::DocNotFoundError(
			    "no document indexed by term '" + t + "'");
		copy_out(w->db.get_document(*p).get_value(slot), val, vallen);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

/* Shared by the writable and read-only allterms. */
static void
each_term(const Xapian::Database &db, const char *prefix, xap_term_cb cb,
    void *ctx)
{
	std::string pfx = cstr(prefix);

	need_cb(cb);
	for (Xapian::TermIterator t = db.allterms_begin(pfx);
	    t != db.allterms_end(pfx); ++t) {
		const std::string term = *t;

		if (cb(ctx, term.data(), term.size(), t.get_termfreq()) != 0)
			break;
	}
}

extern "C" int
xap_wdb_allterms(struct xap_wdb *w, const char *prefix, xap_term_cb cb,
    void *ctx, char **errmsg)
{
	try {
		need(w, "database");
		each_term(w->db, prefix, cb, ctx);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_set_metadata(struct xap_wdb *w, const char *key, const char *val,
    size_t len, char **errmsg)
{
	try {
		need(w, "database");
		need(key, "key");
		w->db.set_metadata(key, str(val, len));
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_get_metadata(struct xap_wdb *w, const char *key, char **val,
    size_t *vallen, char **errmsg)
{
	try {
		need(w, "database");
		need(key, "key");
		copy_out(w->db.get_metadata(key), val, vallen);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_add_synonym(struct xap_wdb *w, const char *term, const char *synonym,
    char **errmsg)
{
	try {
		need(w, "database");
		need(term, "term");
		need(synonym, "synonym");
		w->db.add_synonym(term, synonym);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_clear_synonyms(struct xap_wdb *w, const char *term, char **errmsg)
{
	try {
		need(w, "database");
		need(term, "term");
		w->db.clear_synonyms(term);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_wdb_add_spelling(struct xap_wdb *w, const char *word, size_t len,
    unsigned freqinc, char **errmsg)
{
	try {
		need(w, "database");
		w->db.add_spelling(str(word, len), freqinc);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

/* ---- Read-only database ---- */

/*
 * One database given to xap_db_open(), or one line of a stub file: a
 * local database or a remote server.  A shard that fails is left out of
 * the combined database (with XAP_DB_PARTIAL) or named in the error.
 */
struct xap_shard {
	std::string name;	/* path or "tcp://HOST:PORT" */
	Xapian::Database db;	/* valid while up */
	bool up;
	int rc;			/* enum xap_err that took it down */
	std::string why;	/* and its message */
	std::chrono::steady_clock::time_point retry;	/* next reconnect */
};

struct xap_db {
	/*
	 * The shards that are up, as one database.  Query parsers share
	 * it, so they follow when a shard drops out or comes back.
	 */
	std::shared_ptr<Xapian::Database> live;
	Xapian::Database &db;
	std::vector<xap_shard> shards;
	unsigned timeout_ms;
	bool partial;		/* XAP_DB_PARTIAL */

	xap_db() : live(std::make_shared<Xapian::Database>()), db(*live),
	    timeout_ms(0), partial(false)
	{
	}
};

/* How long a shard that is down is left alone before a reconnect. */
#define SHARD_RETRY_MS	2000
/* Stub files may list stub files, this deep. */
#define STUB_DEPTH	8

/*
 * Splits "tcp://HOST:PORT" (HOST may be a bracketed IPv6 address);
 * throws InvalidArgumentError when it is not one.
 */
static unsigned
remote_check(const std::string &url, std::string *hostp = NULL)
{
	std::string rest = url.substr(6), host, port;
	size_t colon;
	unsigned long n;
	char *end;

	colon = rest.rfind(':');
	if (colon == std::string::npos || colon == 0 ||
	    colon + 1 == rest.size())
		throw Xapian::InvalidArgumentError("bad remote address '" +
		    url + "': want tcp://HOST:PORT");
	host = rest.substr(0, colon);
	port = rest.substr(colon + 1);
	if (host.size() > 2 && host[0] == '[' && host[host.size() - 1] == ']')
		host = host.substr(1, host.size() - 2);
	errno = 0;
	n = strtoul(port.c_str(), &end, 10);
	if (*end != '\0' || errno != 0 || n == 0 || n > 65535 ||
	    port[0] < '0' || port[0] > '9')
		throw Xapian::InvalidArgumentError("bad port in '" + url + "'");
	if (hostp != NULL)
		*hostp = host;
	return static_cast<unsigned>(n);
}

/* Opens "tcp://HOST:PORT". */
static Xapian::Database
open_remote(const std::string &url, unsigned timeout_ms)
{
	std::string host;
	unsigned port = remote_check(url, &host);

	/* Xapian's timeouts are in milliseconds despite the type. */
	if (timeout_ms == 0)
		timeout_ms = 10000;
	return Xapian::Remote::open(host, port, timeout_ms, timeout_ms);
}

static Xapian::Database
open_shard(const std::string &name, unsigned timeout_ms)
{
	if (name.compare(0, 6, "tcp://") == 0)
		return open_remote(name, timeout_ms);
	return Xapian::Database(name);
}

/* The text of a stub file, or false if path is not one (binary, big). */
static bool
read_stub(const std::string &path, std::string &text)
{
	char buf[4096];
	size_t n;
	FILE *f = fopen(path.c_str(), "r");

	if (f == NULL)
		return false;
	text.clear();
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		text.append(buf, n);
		if (text.size() > 1 << 20)
			break;
	}
	fclose(f);
	return text.size() <= 1 << 20 &&
	    text.find('\0') == std::string::npos;
}

/*
 * Appends the shards path stands for to out: the databases a Xapian stub
 * file (or a directory holding one as XAPIANDB, as govindex --shards
 * writes) lists, each on its own, so that one that fails can be named
 * and left out.  Anything this does not split (a stub with "remote
 * :PROGRAM" or "inmemory" lines) is one shard that Xapian opens whole.
 */
static void
expand_shards(const std::string &path, int depth,
    std::vector<std::string> &out)
{
	std::vector<std::string> mine;
	std::string stub = path, dir, text, line, type, rest;
	struct stat st;
	size_t pos = 0, nl, sp;

	if (path.compare(0, 6, "tcp://") == 0 || depth > STUB_DEPTH ||
	    stat(path.c_str(), &st) != 0)
		goto whole;
	if (S_ISDIR(st.st_mode)) {
		stub = path + "/XAPIANDB";
		if (stat(stub.c_str(), &st) != 0)
			goto whole;
	}
	if (!S_ISREG(st.st_mode) || !read_stub(stub, text))
		goto whole;
	sp = stub.rfind('/');
	dir = sp == std::string::npos ? std::string(".") : stub.substr(0, sp);
	while (pos < text.size()) {
		nl = text.find('\n', pos);
		if (nl == std::string::npos)
			nl = text.size();
		line = text.substr(pos, nl - pos);
		pos = nl + 1;
		while (!line.empty() && isspace((unsigned char)line.back()))
			line.pop_back();
		sp = line.find_first_not_of(" \t");
		if (sp == std::string::npos || line[sp] == '#')
			continue;
		line = line.substr(sp);
		sp = line.find_first_of(" \t");
		if (sp == std::string::npos)
			goto whole;
		type = line.substr(0, sp);
		rest = line.substr(line.find_first_not_of(" \t", sp));
		if (type == "auto" || type == "glass" || type == "chert" ||
		    type == "honey")
			expand_shards(rest[0] == '/' ? rest : dir + "/" + rest,
			    depth + 1, mine);
		else if (type == "remote" && rest[0] != ':' &&
		    rest.find_first_of(" \t") == std::string::npos)
			mine.push_back("tcp://" + rest);
		else
			goto whole;
	}
	if (mine.empty())
		goto whole;
	out.insert(out.end(), mine.begin(), mine.end());
	return;
whole:
	out.push_back(path);
}

/* From a catch block: marks s down with the error being handled. */
static void
shard_down(xap_shard &s)
{
	char *m = NULL;

	s.rc = xap_translate(&m);
	s.why = m != NULL ? m : xap_strerror(s.rc);
	free(m);
	s.up = false;
	s.db = Xapian::Database();
	s.retry = std::chrono::steady_clock::now() +
	    std::chrono::milliseconds(SHARD_RETRY_MS);
}

/* Connects s again; false (s down) if it does not answer. */
static bool
shard_connect(struct xap_db *d, xap_shard &s)
{
	try {
		s.db = open_shard(s.name, d->timeout_ms);
		s.up = true;
		s.why.clear();
		return true;
	} catch (...) {
		shard_down(s);
		return false;
	}
}

/* Makes the combined database of the shards that are up. */
static void
shards_join(struct xap_db *d)
{
	Xapian::Database all;

	for (const xap_shard &s : d->shards)
		if (s.up)
			all.add_database(s.db);
	*d->live = all;
}

static size_t
shards_down(const struct xap_db *d)
{
	size_t n = 0;

	for (const xap_shard &s : d->shards)
		n += s.up ? 0 : 1;
	return n;
}

/*
 * The error for shards that are down: its code and "shard NAME is down
 * (why)" for each.  Returns XAP_OK if every shard is up (or, with
 * XAP_DB_PARTIAL, if at least one is).
 */
static int
shards_error(const struct xap_db *d, char **errmsg)
{
	std::string msg;
	int rc = XAP_OK;
	size_t ndown = shards_down(d);

	if (ndown == 0 || (d->partial && ndown < d->shards.size()))
		return XAP_OK;
	for (const xap_shard &s : d->shards) {
		if (s.up)
			continue;
		if (rc == XAP_OK)
			rc = s.rc;
		if (!msg.empty())
			msg += "; ";
		if (d->shards.size() == 1)
			msg += s.name + ": " + s.why;
		else
			msg += "shard " + s.name + " is down (" + s.why + ")";
	}
	set_msg(errmsg, msg.c_str(), NULL, NULL);
	return rc;
}

/* Throws the shards_error() of d, if any, as a NetworkError. */
static void
shards_need(const struct xap_db *d)
{
	char *msg = NULL;
	std::string m;

	if (shards_error(d, &msg) == XAP_OK)
		return;
	m = msg != NULL ? msg : "shard down";
	free(msg);
	throw Xapian::NetworkError(m);
}

enum shards_change {
	SHARDS_SAME = 0,	/* every shard answered */
	SHARDS_RECONNECTED = 1,	/* same shards, some connected again */
	SHARDS_LOST = 2		/* some shard stopped answering */
};

/*
 * After a network error: finds the shards that no longer answer (a
 * server may also have closed an idle connection, so each gets one
 * reconnect) and leaves them out.  Returns an enum shards_change.
 */
static int
shards_check(struct xap_db *d)
{
	int change = SHARDS_SAME;

	for (xap_shard &s : d->shards) {
		if (!s.up)
			continue;
		try {
			s.db.reopen();
		} catch (const Xapian::NetworkError &) {
			if (shard_connect(d, s)) {
				if (change == SHARDS_SAME)
					change = SHARDS_RECONNECTED;
			} else
				change = SHARDS_LOST;
		} catch (...) {
			/* Not the network: keep the revision it has. */
		}
	}
	if (change != SHARDS_SAME)
		shards_join(d);
	return change;
}

extern "C" struct xap_db *
xap_db_open_flags(const char *const *paths, size_t n, unsigned timeout_ms,
    unsigned flags, int *rc, char **errmsg)
{
	struct xap_db *d = NULL;
	std::vector<std::string> names;
	int err;

	try {
		need(paths, "paths");
		if (n == 0)
			throw Xapian::InvalidArgumentError("no database to open");
		for (size_t i = 0; i < n; i++) {
			need(paths[i], "path");
			expand_shards(paths[i], 0, names);
		}
		d = new xap_db;
		d->timeout_ms = timeout_ms;
		d->partial = (flags & XAP_DB_PARTIAL) != 0;
		d->shards.resize(names.size());
		for (size_t i = 0; i < names.size(); i++) {
			d->shards[i].name = names[i];
			/* A bad address is a usage error, never partial. */
			if (names[i].compare(0, 6, "tcp://") == 0)
				(void)remote_check(names[i]);
			if (!shard_connect(d, d->shards[i]) && !d->partial) {
				d->shards.resize(i + 1);
				break;
			}
		}
		err = shards_error(d, errmsg);
		if (err != XAP_OK) {
			delete d;
			set_rc(rc, err);
			return NULL;
		}
		shards_join(d);
		set_rc(rc, XAP_OK);
		return d;
	} catch (...) {
		delete d;
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" struct xap_db *
xap_db_open(const char *const *paths, size_t n, unsigned timeout_ms,
    int *rc, char **errmsg)
{
	return xap_db_open_flags(paths, n, timeout_ms, 0, rc, errmsg);
}

extern "C" void
xap_db_free(struct xap_db *d)
{
	try {
		delete d;
	} catch (...) {
	}
}

extern "C" int
xap_db_reopen(struct xap_db *d, int *changed, char **errmsg)
{
	try {
		bool moved = false, members = false;
		auto now = std::chrono::steady_clock::now();
		int err = XAP_OK;

		need(d, "database");
		for (xap_shard &s : d->shards) {
			if (!s.up) {
				if (now >= s.retry)
					members = shard_connect(d, s) ||
					    members;
				continue;
			}
			try {
				moved = s.db.reopen() || moved;
			} catch (const Xapian::NetworkError &) {
				/* Gone, or an idle connection closed. */
				shard_connect(d, s);
				members = true;
			} catch (...) {
				/* A commit that does not open: keep the
				 * revision it has and say so. */
				if (err == XAP_OK)
					err = xap_translate(errmsg);
			}
		}
		if (members)
			shards_join(d);
		if (changed != NULL)
			*changed = moved || members ? 1 : 0;
		if (err != XAP_OK)
			return err;
		return shards_error(d, errmsg);
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" size_t
xap_db_nshards(const struct xap_db *d)
{
	return d != NULL ? d->shards.size() : 0;
}

extern "C" const char *
xap_db_shard_name(const struct xap_db *d, size_t i)
{
	return d != NULL && i < d->shards.size() ?
	    d->shards[i].name.c_str() : NULL;
}

extern "C" const char *
xap_db_shard_down(const struct xap_db *d, size_t i)
{
	if (d == NULL || i >= d->shards.size() || d->shards[i].up)
		return NULL;
	return d->shards[i].why.c_str();
}

extern "C" int
xap_db_doccount(struct xap_db *d, unsigned *count, char **errmsg)
{
	try {
		need(d, "database");
		need(count, "count");
		*count = d->db.get_doccount();
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_db_termfreq(struct xap_db *d, const char *term, size_t len,
    unsigned *freq, char **errmsg)
{
	try {
		need(d, "database");
		need(freq, "freq");
		*freq = d->db.get_termfreq(str(term, len));
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_db_allterms(struct xap_db *d, const char *prefix, xap_term_cb cb,
    void *ctx, char **errmsg)
{
	try {
		need(d, "database");
		each_term(d->db, prefix, cb, ctx);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_db_get_metadata(struct xap_db *d, const char *key, char **val,
    size_t *vallen, char **errmsg)
{
	try {
		need(d, "database");
		need(key, "key");
		/* On several shards Xapian answers from the first one. */
		copy_out(d->db.get_metadata(key), val, vallen);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_db_get_data(struct xap_db *d, unsigned docid, char **data, size_t *len,
    char **errmsg)
{
	try {
		need(d, "database");
		copy_out(d->db.get_document(docid).get_data(), data, len);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_db_values(struct xap_db *d, unsigned slot,
    int (*cb)(void *ctx, unsigned docid, const char *val, size_t len),
    void *ctx, char **errmsg)
{
	try {
		need(d, "database");
		if (cb == NULL)
			throw Xapian::InvalidArgumentError("callback is NULL");
		for (Xapian::ValueIterator v = d->db.valuestream_begin(slot);
		    v != d->db.valuestream_end(slot); ++v) {
			const std::string val = *v;

			if (cb(ctx, v.get_docid(), val.data(), val.size()) != 0)
				break;
		}
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_db_find_term(struct xap_db *d, const char *term, size_t len,
    unsigned *docid, char **errmsg)
{
	try {
		std::string t;

		need(d, "database");
		need(docid, "docid");
		t = str(term, len);
		Xapian::PostingIterator p = d->db.postlist_begin(t);
		if (p == d->db.postlist_end(t)) {
			/* Not thrown: looking for what may not be there is
			 * common (an item's next resolution passage). */
			set_msg(errmsg, "DocNotFoundError",
			    ("no document indexed by term '" + t + "'").c_str(),
			    NULL);
			return XAP_ENODOC;
		}
		*docid = *p;
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_db_doc_terms(struct xap_db *d, unsigned docid, const char *prefix,
    xap_term_cb cb, void *ctx, char **errmsg)
{
	try {
		std::string pfx = cstr(prefix);

		need(d, "database");
		need_cb(cb);
		Xapian::TermIterator t = d->db.termlist_begin(docid);
		Xapian::TermIterator end = d->db.termlist_end(docid);
		if (!pfx.empty())
			t.skip_to(pfx);
		for (; t != end; ++t) {
			const std::string term = *t;

			if (term.compare(0, pfx.size(), pfx) != 0)
				break;
			if (cb(ctx, term.data(), term.size(),
			    t.get_termfreq()) != 0)
				break;
		}
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_db_doc_value(struct xap_db *d, unsigned docid, unsigned slot,
    char **val, size_t *len, char **errmsg)
{
	try {
		need(d, "database");
		copy_out(d->db.get_document(docid,
		    Xapian::DOC_ASSUME_VALID).get_value(slot), val, len);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_db_value_freq(struct xap_db *d, unsigned slot, unsigned *freq,
    char **errmsg)
{
	try {
		need(d, "database");
		need(freq, "freq");
		*freq = d->db.get_value_freq(slot);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_db_postings(struct xap_db *d, const char *term, size_t len,
    int (*cb)(void *ctx, unsigned docid), void *ctx, char **errmsg)
{
	try {
		std::string t;

		need(d, "database");
		if (cb == NULL)
			throw Xapian::InvalidArgumentError("callback is NULL");
		t = str(term, len);
		for (Xapian::PostingIterator p = d->db.postlist_begin(t);
		    p != d->db.postlist_end(t); ++p) {
			if (cb(ctx, *p) != 0)
				break;
		}
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

/* ---- Queries ---- */

struct xap_query {
	Xapian::Query q;
};

/*
 * The least non-empty value.  VALUE_GE "" is Xapian's MatchAll, which
 * would take in documents with no value in the slot.
 */
static std::string
any_value()
{
	return std::string(1, '\0');
}

static struct xap_query *
new_query(const Xapian::Query &q)
{
	struct xap_query *r = new xap_query;

	r->q = q;
	return r;
}

extern "C" void
xap_query_free(struct xap_query *q)
{
	try {
		delete q;
	} catch (...) {
	}
}

extern "C" struct xap_query *
xap_query_term(const char *term, size_t len, unsigned wqf, int *rc,
    char **errmsg)
{
	try {
		struct xap_query *q;

		need(term, "term");
		q = new_query(Xapian::Query(str(term, len), wqf));
		set_rc(rc, XAP_OK);
		return q;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" struct xap_query *
xap_query_combine(int op, struct xap_query *const *qs, size_t n, int *rc,
    char **errmsg)
{
	try {
		Xapian::Query::op xop;
		std::vector<Xapian::Query> subs;
		struct xap_query *q;

		switch (op) {
		case XAP_OP_AND:
			xop = Xapian::Query::OP_AND;
			break;
		case XAP_OP_OR:
			xop = Xapian::Query::OP_OR;
			break;
		case XAP_OP_AND_NOT:
			xop = Xapian::Query::OP_AND_NOT;
			break;
		case XAP_OP_FILTER:
			xop = Xapian::Query::OP_FILTER;
			break;
		case XAP_OP_AND_MAYBE:
			xop = Xapian::Query::OP_AND_MAYBE;
			break;
		case XAP_OP_SYNONYM:
			xop = Xapian::Query::OP_SYNONYM;
			break;
		default:
			throw Xapian::InvalidArgumentError("unknown query op " +
			    std::to_string(op));
		}
		if (n > 0)
			need(qs, "queries");
		subs.reserve(n);
		for (size_t i = 0; i < n; i++) {
			need(qs[i], "query");
			subs.push_back(qs[i]->q);
		}
		q = new_query(Xapian::Query(xop, subs.begin(), subs.end()));
		set_rc(rc, XAP_OK);
		return q;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" struct xap_query *
xap_query_value_range(unsigned slot, const char *lo, const char *hi,
    int *rc, char **errmsg)
{
	try {
		struct xap_query *q;

		if (lo != NULL && hi != NULL)
			q = new_query(Xapian::Query(
			    Xapian::Query::OP_VALUE_RANGE, slot, lo, hi));
		else if (hi != NULL)
			q = new_query(Xapian::Query(
			    Xapian::Query::OP_VALUE_LE, slot, hi));
		else
			q = new_query(Xapian::Query(
			    Xapian::Query::OP_VALUE_GE, slot, lo != NULL &&
			    *lo != '\0' ? std::string(lo) : any_value()));
		set_rc(rc, XAP_OK);
		return q;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

/* (q AND_NOT T) OR SCALE_WEIGHT(q FILTER T, factor). */
static Xapian::Query
demoted_query(const Xapian::Query &q, const std::string &t, double factor)
{
	Xapian::Query tq(t);

	return Xapian::Query(Xapian::Query::OP_OR,
	    Xapian::Query(Xapian::Query::OP_AND_NOT, q, tq),
	    Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
	    Xapian::Query(Xapian::Query::OP_FILTER, q, tq), factor));
}

extern "C" struct xap_query *
xap_query_demote(const struct xap_query *q, const char *term, double factor,
    int *rc, char **errmsg)
{
	try {
		struct xap_query *r;

		need(q, "query");
		need(term, "term");
		r = new_query(demoted_query(q->q, term, factor));
		set_rc(rc, XAP_OK);
		return r;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" struct xap_query *
xap_query_scale(const struct xap_query *q, double factor, int *rc,
    char **errmsg)
{
	try {
		struct xap_query *r;

		need(q, "query");
		r = new_query(Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
		    q->q, factor));
		set_rc(rc, XAP_OK);
		return r;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" struct xap_query *
xap_query_fixed(const struct xap_query *q, double weight, int *rc,
    char **errmsg)
{
	try {
		struct xap_query *r;

		need(q, "query");
		if (!(weight >= 0))
			throw Xapian::InvalidArgumentError("weight must be >= 0");
		Xapian::Query src((new Xapian::FixedWeightPostingSource(
		    weight))->release());
		r = new_query(Xapian::Query(Xapian::Query::OP_FILTER, src,
		    q->q));
		set_rc(rc, XAP_OK);
		return r;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" struct xap_query *
xap_query_match_all(int *rc, char **errmsg)
{
	try {
		struct xap_query *q = new_query(Xapian::Query::MatchAll);

		set_rc(rc, XAP_OK);
		return q;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" int
xap_query_empty(const struct xap_query *q)
{
	return q == NULL || q->q.empty() ? 1 : 0;
}

extern "C" char *
xap_query_describe(const struct xap_query *q)
{
	try {
		need(q, "query");
		return dup_out(q->q.get_description());
	} catch (...) {
		return NULL;
	}
}

/* ---- Query parser ---- */

/*
 * Dates "YYYY", "YYYY-MM", "YYYY-MM-DD" (or the digits run together) to
 * YYYYMMDD.  A missing month or day widens to the whole span: the low
 * end takes the first day, the high end the last (31 compares right for
 * every month since values are YYYYMMDD strings).
 */
static bool
norm_date(const std::string &s, bool upper, std::string &out)
{
	std::vector<std::string> parts;
	std::string cur;
	unsigned y, m, d;

	for (size_t i = 0; i < s.size(); i++) {
		char c = s[i];

		if (c >= '0' && c <= '9')
			cur += c;
		else if (c == '-' || c == '/' || c == '.') {
			if (cur.empty())
				return false;
			parts.push_back(cur);
			cur.clear();
		} else
			return false;
	}
	if (cur.empty())
		return false;
	parts.push_back(cur);

	if (parts.size() == 1) {
		std::string p = parts[0];

		parts.clear();
		if (p.size() != 4 && p.size() != 6 && p.size() != 8)
			return false;
		for (size_t i = 0; i < p.size(); i += (i == 0 ? 4 : 2))
			parts.push_back(p.substr(i, i == 0 ? 4 : 2));
	}
	if (parts.size() > 3 || parts[0].size() != 4)
		return false;
	y = static_cast<unsigned>(std::stoul(parts[0]));
	m = upper ? 12 : 1;
	d = upper ? 31 : 1;
	if (parts.size() > 1) {
		if (parts[1].size() > 2)
			return false;
		m = static_cast<unsigned>(std::stoul(parts[1]));
		if (m < 1 || m > 12)
			return false;
	}
	if (parts.size() > 2) {
		if (parts[2].size() > 2)
			return false;
		d = static_cast<unsigned>(std::stoul(parts[2]));
		if (d < 1 || d > 31)
			return false;
	}
	char buf[16];
	snprintf(buf, sizeof buf, "%04u%02u%02u", y, m, d);
	out = buf;
	return true;
}

/* Date ranges over YYYYMMDD values; either end may be open. */
class GovDateRangeProcessor : public Xapian::RangeProcessor {
  public:
	GovDateRangeProcessor(Xapian::valueno slot_, const std::string &str_)
	    : Xapian::RangeProcessor(slot_, str_)
	{
	}

	Xapian::Query
	operator()(const std::string &b, const std::string &e)
	{
		std::string lo, hi;

		if (!b.empty() && !norm_date(b, false, lo))
			return Xapian::Query(Xapian::Query::OP_INVALID);
		if (!e.empty() && !norm_date(e, true, hi))
			return Xapian::Query(Xapian::Query::OP_INVALID);
		if (b.empty() && e.empty())
			return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot,
			    any_value());
		if (b.empty())
			return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot,
			    hi);
		if (e.empty())
			return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot,
			    lo);
		return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, lo,
		    hi);
	}
};

struct xap_qparser {
	Xapian::QueryParser qp;
	std::string corrected;	/* of the last parse */
	std::shared_ptr<Xapian::Database> live;	/* the xap_db's shards */
};

extern "C" struct xap_qparser *
xap_qparser_new(struct xap_db *db, const char *lang,
    const struct xap_stopper *stopper, int *rc, char **errmsg)
{
	struct xap_qparser *p = NULL;

	try {
		p = new xap_qparser;
		p->qp.set_stemmer(make_stem(lang));
		p->qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
		if (db != NULL)
			p->live = db->live;
		if (stopper != NULL)
			p->qp.set_stopper(&stopper->st);
		set_rc(rc, XAP_OK);
		return p;
	} catch (...) {
		delete p;
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" void
xap_qparser_free(struct xap_qparser *p)
{
	try {
		delete p;
	} catch (...) {
	}
}

extern "C" int
xap_qparser_add_prefix(struct xap_qparser *p, const char *field,
    const char *prefix, char **errmsg)
{
	try {
		need(p, "query parser");
		need(field, "field");
		p->qp.add_prefix(field, cstr(prefix));
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_qparser_add_boolean_prefix(struct xap_qparser *p, const char *field,
    const char *prefix, const char *group, char **errmsg)
{
	try {
		need(p, "query parser");
		need(field, "field");
		if (group != NULL) {
			std::string g = group;

			p->qp.add_boolean_prefix(field, cstr(prefix), &g);
		} else
			p->qp.add_boolean_prefix(field, cstr(prefix));
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_qparser_add_range(struct xap_qparser *p, unsigned slot,
    const char *field, int kind, char **errmsg)
{
	try {
		std::string s;
		Xapian::RangeProcessor *rp;

		need(p, "query parser");
		if (field != NULL && *field != '\0')
			s = std::string(field) + ":";
		switch (kind) {
		case 0:
			rp = new Xapian::RangeProcessor(slot, s);
			break;
		case 1:
			rp = new GovDateRangeProcessor(slot, s);
			break;
		case 2:
			rp = new Xapian::NumberRangeProcessor(slot, s);
			break;
		default:
			throw Xapian::InvalidArgumentError(
			    "unknown range kind " + std::to_string(kind));
		}
		/* release(): the parser owns it from here. */
		p->qp.add_rangeprocessor(rp->release());
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_qparser_set_default_and(struct xap_qparser *p, int and_op,
    char **errmsg)
{
	try {
		need(p, "query parser");
		p->qp.set_default_op(and_op ? Xapian::Query::OP_AND :
		    Xapian::Query::OP_OR);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_qparser_set_max_wildcard(struct xap_qparser *p, unsigned max,
    char **errmsg)
{
	try {
		need(p, "query parser");
		/*
		 * Keep the most frequent terms rather than failing the search;
		 * 0 means no cap, which only the ERROR mode reads that way.
		 */
		if (max == 0)
			p->qp.set_max_expansion(0,
			    Xapian::Query::WILDCARD_LIMIT_ERROR,
			    Xapian::QueryParser::FLAG_WILDCARD);
		else
			p->qp.set_max_expansion(max,
			    Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
			    Xapian::QueryParser::FLAG_WILDCARD);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

static unsigned
qp_flags(unsigned flags)
{
	static const struct {
		unsigned ours, xapian;
	} map[] = {
		{ XAP_QP_BOOLEAN, Xapian::QueryParser::FLAG_BOOLEAN },
		{ XAP_QP_PHRASE, Xapian::QueryParser::FLAG_PHRASE },
		{ XAP_QP_LOVEHATE, Xapian::QueryParser::FLAG_LOVEHATE },
		{ XAP_QP_WILDCARD, Xapian::QueryParser::FLAG_WILDCARD },
		{ XAP_QP_SYNONYM, Xapian::QueryParser::FLAG_SYNONYM },
		{ XAP_QP_AUTO_SYNONYMS,
		    Xapian::QueryParser::FLAG_AUTO_SYNONYMS },
		{ XAP_QP_AUTO_MULTIWORD_SYNONYMS,
		    Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS },
		{ XAP_QP_SPELLING,
		    Xapian::QueryParser::FLAG_SPELLING_CORRECTION },
		{ XAP_QP_PURE_NOT, Xapian::QueryParser::FLAG_PURE_NOT },
		{ XAP_QP_BOOLEAN_ANY_CASE,
		    Xapian::QueryParser::FLAG_BOOLEAN_ANY_CASE },
		{ XAP_QP_PARTIAL, Xapian::QueryParser::FLAG_PARTIAL },
	};
	unsigned x = 0;

	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (flags & map[i].ours)
			x |= map[i].xapian;
	return x;
}

/*
 * text with the window of each NEAR/N and ADJ/N blanked out ("NEAR  "),
 * or "" if it has none.  libxapian 1.4 leaks the window when a syntax
 * error is found at such an operator; without its window the operator
 * parses the same way, so the copy is parsed first to find the error.
 */
static std::string
without_windows(const char *text, size_t len, bool any_case)
{
	std::string out;
	size_t i, j, k;

	for (i = 0; i < len; i++) {
		if (text[i] != '/' || i + 1 >= len ||
		    !isdigit((unsigned char)text[i + 1]))
			continue;
		for (k = i; k > 0 && isalpha((unsigned char)text[k - 1]); k--)
			;
		std::string op(text + k, i - k);
		if (any_case)
			for (char &c : op)
				c = (char)toupper((unsigned char)c);
		if (op != "NEAR" && op != "ADJ")
			continue;
		for (j = i + 1; j < len && isdigit((unsigned char)text[j]); j++)
			;
		if (out.empty())
			out.assign(text, len);
		out.replace(i, j - i, j - i, ' ');
		i = j - 1;
	}
	return out;
}

extern "C" struct xap_query *
xap_qparser_parse(struct xap_qparser *p, const char *text, size_t len,
    unsigned flags, const char *default_prefix, int *rc, char **errmsg)
{
	try {
		struct xap_query *q;

		need(p, "query parser");
		p->corrected.clear();
		if (flags & XAP_QP_BOOLEAN) {
			std::string plain = without_windows(text, len,
			    (flags & XAP_QP_BOOLEAN_ANY_CASE) != 0);

			if (!plain.empty())	/* throws on a syntax error */
				(void)p->qp.parse_query(plain, qp_flags(flags),
				    cstr(default_prefix));
		}
		if (p->live)
			p->qp.set_database(*p->live);
		Xapian::Query xq = p->qp.parse_query(str(text, len),
		    qp_flags(flags), cstr(default_prefix));
		p->corrected = p->qp.get_corrected_query_string();
		q = new_query(xq);
		set_rc(rc, XAP_OK);
		return q;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" char *
xap_qparser_corrected(struct xap_qparser *p)
{
	try {
		return dup_out(p != NULL ? p->corrected : std::string());
	} catch (...) {
		return NULL;
	}
}

extern "C" int
xap_qparser_stoplist(struct xap_qparser *p, xap_term_cb cb, void *ctx)
{
	try {
		need(p, "query parser");
		need_cb(cb);
		for (Xapian::TermIterator t = p->qp.stoplist_begin();
		    t != p->qp.stoplist_end(); ++t) {
			const std::string w = *t;

			if (cb(ctx, w.data(), w.size(), 0) != 0)
				break;
		}
		return XAP_OK;
	} catch (...) {
		return xap_translate(NULL);
	}
}

/* ---- Searching ---- */

/* Calls the C decider on one value slot. */
class CMatchDecider : public Xapian::MatchDecider {
	int (*fn)(void *, const char *, size_t);
	void *ctx;
	Xapian::valueno slot;

  public:
	CMatchDecider(int (*fn_)(void *, const char *, size_t), void *ctx_,
	    Xapian::valueno slot_)
	    : fn(fn_), ctx(ctx_), slot(slot_)
	{
	}

	bool
	operator()(const Xapian::Document &doc) const
	{
		const std::string v = doc.get_value(slot);

		return fn(ctx, v.data(), v.size()) != 0;
	}
};

/* Calls the C decider on the docid alone: no value is read. */
class CDocidDecider : public Xapian::MatchDecider {
	int (*fn)(void *, unsigned);
	void *ctx;

  public:
	CDocidDecider(int (*fn_)(void *, unsigned), void *ctx_)
	    : fn(fn_), ctx(ctx_)
	{
	}

	bool
	operator()(const Xapian::Document &doc) const
	{
		return fn(ctx, doc.get_docid()) != 0;
	}
};

/*
 * Holds everything the MSet refers to: the spies are declared before the
 * Enquire so they outlive it, and the Enquire stays for matching terms,
 * snippets and expansion.
 */
struct xap_hits {
	Xapian::Database db;
	std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy> > spies;
	Xapian::Enquire enq;
	Xapian::RSet rset;
	Xapian::MSet mset;
	/* Re-ranked by recency here (xap_search.decay_weight): hit i is
	 * mset[order[i]], weighing weights[i], ranked first_rank + i. */
	bool reranked;
	std::vector<Xapian::doccount> order;
	std::vector<double> weights;
	Xapian::doccount first_rank;
	bool snip_ready;	/* snip_stem is made */
	std::string snip_lang;	/* language snip_stem was made for */
	Xapian::Stem snip_stem;

	explicit xap_hits(const Xapian::Database &d)
	    : db(d), enq(d), reranked(false), first_rank(0), snip_ready(false)
	{
	}
};

static void decay_rerank(struct xap_hits *, const struct xap_search *);
static bool demote_rerank(struct xap_hits *, const struct xap_search *,
    Xapian::doccount depth);

/* One search on d's shards as they are; throws. */
static struct xap_hits *
search_once(struct xap_db *d, const struct xap_search *s)
{
	std::unique_ptr<xap_hits> h;

	need(d, "database");
	need(s, "search");
	need(s->query, "query");
	shards_need(d);
	h.reset(new xap_hits(d->db));
	bool rerank = s->decay_weight > 0 && s->sort == XAP_SORT_RELEVANCE;
	bool demote = s->demote_term != NULL;
	bool late = demote && s->sort == XAP_SORT_RELEVANCE && !rerank &&
	    s->nfacets == 0 && s->decider == NULL &&
	    s->docid_decider == NULL && s->nrset == 0;
	if (demote && !late)
		h->enq.set_query(demoted_query(s->query->q, s->demote_term,
		    s->demote_factor));
	else
		h->enq.set_query(s->query->q);
	switch (s->sort) {
	case XAP_SORT_RELEVANCE:
		h->enq.set_sort_by_relevance();
		break;
	case XAP_SORT_VALUE_ASC:
		h->enq.set_sort_by_value_then_relevance(s->sort_slot,
		    false);
		break;
	case XAP_SORT_VALUE_DESC:
		h->enq.set_sort_by_value_then_relevance(s->sort_slot,
		    true);
		break;
	case XAP_SORT_RELEVANCE_VALUE:
		h->enq.set_sort_by_relevance_then_value(s->sort_slot,
		    true);
		break;
	default:
		throw Xapian::InvalidArgumentError("unknown sort " +
		    std::to_string(s->sort));
	}
	if (s->collapse)
		h->enq.set_collapse_key(s->collapse_slot);
	if (s->time_limit > 0)
		h->enq.set_time_limit(s->time_limit);
	if (s->bm25_k1 != 0 || s->bm25_b != 0)
		h->enq.set_weighting_scheme(Xapian::BM25Weight(
		    s->bm25_k1, 0, 1, s->bm25_b, 0.5));
	if (s->nfacets > 0)
		need(s->facet_slots, "facet slots");
	for (size_t i = 0; i < s->nfacets; i++) {
		h->spies.emplace_back(new Xapian::ValueCountMatchSpy(
		    s->facet_slots[i]));
		h->enq.add_matchspy(h->spies.back().get());
	}
	if (s->nrset > 0)
		need(s->rset, "rset");
	for (size_t i = 0; i < s->nrset; i++)
		h->rset.add_document(s->rset[i]);
	Xapian::doccount first = s->offset, max = s->limit;
	Xapian::doccount check = s->check_at_least;
	if (rerank) {
		/* The first max(offset + limit, depth) by relevance. */
		first = 0;
		max = std::max<Xapian::doccount>(s->decay_depth,
		    s->offset + s->limit);
		check = std::max(check, max);
	}
	if (late) {
		/*
		 * A little deeper than the page: most pages hold few hits
		 * with the term, and a deeper match costs more than running
		 * the query above for the few that hold many (measured).
		 */
		Xapian::doccount want = s->offset + s->limit;
		Xapian::doccount depth = want + want / 8 + 2;

		h->mset = h->enq.get_mset(0, depth, std::max(check, depth));
		if (demote_rerank(h.get(), s, depth))
			return h.release();
		/* Too few hits without the term: the match decides. */
		h->enq.set_query(demoted_query(s->query->q, s->demote_term,
		    s->demote_factor));
	}
	if (s->decider != NULL) {
		CMatchDecider md(s->decider, s->decider_ctx,
		    s->decider_slot);

		h->mset = h->enq.get_mset(first, max, check, &h->rset, &md);
	} else if (s->docid_decider != NULL) {
		CDocidDecider md(s->docid_decider, s->docid_decider_ctx);

		h->mset = h->enq.get_mset(first, max, check, &h->rset, &md);
	} else
		h->mset = h->enq.get_mset(first, max, check, &h->rset);
	if (rerank)
		decay_rerank(h.get(), s);
	return h.release();
}

/*
 * Runs f on d's shards; after a network error, once more if the shards
 * had only closed idle connections.  A shard that stopped answering is
 * named in the error, or with XAP_DB_PARTIAL left out and XAP_EMODIFIED
 * returned, since the documents of the others are numbered anew.
 */
template <typename F>
static int
on_shards(struct xap_db *d, char **errmsg, F f)
{
	int err, change;

	for (int tries = 0;; tries++) {
		try {
			f();
			return XAP_OK;
		} catch (const Xapian::NetworkError &) {
			change = tries == 0 && d != NULL ? shards_check(d) :
			    SHARDS_SAME;
			if (change == SHARDS_RECONNECTED ||
			    (change == SHARDS_LOST && !d->partial))
				continue;
			err = xap_translate(errmsg);
			/*
			 * Searching on without a shard renumbers the
			 * documents: the caller reopens and starts over.
			 */
			if (change == SHARDS_LOST && shards_error(d, NULL) ==
			    XAP_OK) {
				if (errmsg != NULL) {
					free(*errmsg);
					*errmsg = NULL;
				}
				set_msg(errmsg, "a shard stopped answering; "
				    "reopen and search the others", NULL, NULL);
				return XAP_EMODIFIED;
			}
			if (d != NULL && shards_down(d) > 0) {
				if (errmsg != NULL) {
					free(*errmsg);
					*errmsg = NULL;
				}
				err = shards_error(d, errmsg);
				if (err == XAP_OK)
					err = XAP_ENETWORK;
			}
			return err;
		} catch (...) {
			return xap_translate(errmsg);
		}
	}
}

extern "C" struct xap_hits *
xap_search_run(struct xap_db *d, const struct xap_search *s, int *rc,
    char **errmsg)
{
	struct xap_hits *h = NULL;
	int err;

	err = on_shards(d, errmsg, [&] { h = search_once(d, s); });
	set_rc(rc, err);
	return err == XAP_OK ? h : NULL;
}

extern "C" int
xap_db_remote(const struct xap_db *d)
{
	if (d == NULL)
		return 0;
	for (const xap_shard &s : d->shards)
		if (s.name.compare(0, 6, "tcp://") == 0)
			return 1;
	return 0;
}

extern "C" int
xap_count_groups(struct xap_db *d, const struct xap_query *q,
    unsigned group_slot, int slot, xap_term_cb cb, void *ctx,
    unsigned *ngroups, char **errmsg)
{
	return on_shards(d, errmsg, [&] {
		std::map<std::string, unsigned> counts;

		need(d, "database");
		need(q, "query");
		shards_need(d);
		Xapian::Enquire enq(d->db);
		Xapian::doccount all = d->db.get_doccount();

		enq.set_query(q->q);
		enq.set_collapse_key(group_slot);
		/* Only the groups matter: no weights, or sorted by slot so
		 * that each hit carries its value as the sort key. */
		enq.set_weighting_scheme(Xapian::BoolWeight());
		if (slot >= 0)
			enq.set_sort_by_value(static_cast<unsigned>(slot),
			    false);
		Xapian::MSet m = enq.get_mset(0, all, all);
		if (ngroups != NULL)
			*ngroups = m.size();
		if (slot < 0 || cb == NULL)
			return;
		for (Xapian::MSetIterator i = m.begin(); i != m.end(); ++i) {
			std::string v = i.get_sort_key();

			if (!v.empty())
				counts[v]++;
		}
		for (const auto &c : counts)
			if (cb(ctx, c.first.data(), c.first.size(),
			    c.second) != 0)
				break;
	});
}

extern "C" void
xap_hits_free(struct xap_hits *h)
{
	try {
		delete h;
	} catch (...) {
	}
}

extern "C" size_t
xap_hits_size(const struct xap_hits *h)
{
	if (h == NULL)
		return 0;
	return h->reranked ? h->order.size() : h->mset.size();
}

extern "C" void
xap_hits_total(const struct xap_hits *h, unsigned *estimated,
    unsigned *lower, unsigned *upper)
{
	bool ok = h != NULL;

	if (estimated != NULL)
		*estimated = ok ? h->mset.get_matches_estimated() : 0;
	if (lower != NULL)
		*lower = ok ? h->mset.get_matches_lower_bound() : 0;
	if (upper != NULL)
		*upper = ok ? h->mset.get_matches_upper_bound() : 0;
}

static bool
hit_ok(const struct xap_hits *h, size_t i)
{
	return h != NULL && i < xap_hits_size(h);
}

/* Throws unless hit i exists. */
static Xapian::MSetIterator
hit(const struct xap_hits *h, size_t i)
{
	need(h, "hits");
	if (i >= xap_hits_size(h))
		throw Xapian::InvalidArgumentError("hit " + std::to_string(i) +
		    " out of range");
	return h->mset[h->reranked ? h->order[i] :
	    static_cast<Xapian::doccount>(i)];
}

extern "C" int
xap_hits_fetch(const struct xap_hits *h, char **errmsg)
{
	try {
		need(h, "hits");
		h->mset.fetch();
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" unsigned
xap_hits_docid(const struct xap_hits *h, size_t i)
{
	try {
		return hit_ok(h, i) ? *hit(h, i) : 0;
	} catch (...) {
		return 0;
	}
}

extern "C" unsigned
xap_hits_rank(const struct xap_hits *h, size_t i)
{
	try {
		if (hit_ok(h, i) && h->reranked)
			return h->first_rank + static_cast<unsigned>(i);
		return hit_ok(h, i) ? hit(h, i).get_rank() : 0;
	} catch (...) {
		return 0;
	}
}

extern "C" double
xap_hits_weight(const struct xap_hits *h, size_t i)
{
	try {
		if (hit_ok(h, i) && h->reranked)
			return h->weights[i];
		return hit_ok(h, i) ? hit(h, i).get_weight() : 0.0;
	} catch (...) {
		return 0.0;
	}
}

extern "C" int
xap_hits_percent(const struct xap_hits *h, size_t i)
{
	try {
		/* The match's scale, applied to the weight the hit got. */
		if (hit_ok(h, i) && h->reranked)
			return h->mset.convert_to_percent(h->weights[i]);
		return hit_ok(h, i) ? hit(h, i).get_percent() : 0;
	} catch (...) {
		return 0;
	}
}

extern "C" unsigned
xap_hits_collapse_count(const struct xap_hits *h, size_t i)
{
	try {
		return hit_ok(h, i) ? hit(h, i).get_collapse_count() : 0;
	} catch (...) {
		return 0;
	}
}

extern "C" int
xap_hits_data(const struct xap_hits *h, size_t i, char **data, size_t *len,
    char **errmsg)
{
	try {
		Xapian::MSetIterator it = hit(h, i);

		copy_out(it.get_document().get_data(), data, len);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_hits_collapse_key(const struct xap_hits *h, size_t i, char **val,
    size_t *len, char **errmsg)
{
	try {
		Xapian::MSetIterator it = hit(h, i);

		copy_out(it.get_collapse_key(), val, len);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_hits_value(const struct xap_hits *h, size_t i, unsigned slot,
    char **val, size_t *len, char **errmsg)
{
	try {
		Xapian::MSetIterator it = hit(h, i);

		copy_out(it.get_document().get_value(slot), val, len);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_hits_matching_terms(const struct xap_hits *h, size_t i, xap_term_cb cb,
    void *ctx, char **errmsg)
{
	try {
		Xapian::MSetIterator it = hit(h, i);

		need_cb(cb);
		for (Xapian::TermIterator t = h->enq.get_matching_terms_begin(it);
		    t != h->enq.get_matching_terms_end(it); ++t) {
			const std::string term = *t;

			if (cb(ctx, term.data(), term.size(), 0) != 0)
				break;
		}
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

/*
 * Undoes the HTML escaping MSet::snippet always applies in 1.4, leaving
 * the highlight and omit markers (inserted raw by Xapian) untouched.
 */
static std::string
unescape_snippet(const std::string &s, const std::string &m1,
    const std::string &m2, const std::string &m3)
{
	static const struct {
		const char *ent;
		char c;
	} ents[] = {
		{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
		{ "&quot;", '"' }, { "&#39;", '\'' }, { "&#x27;", '\'' },
		{ "&apos;", '\'' },
	};
	const std::string *marks[] = { &m1, &m2, &m3 };
	std::string out;
	size_t i = 0;

	out.reserve(s.size());
	while (i < s.size()) {
		bool done = false;

		for (size_t k = 0; k < 3 && !done; k++) {
			const std::string &m = *marks[k];

			if (!m.empty() && s.compare(i, m.size(), m) == 0) {
				out += m;
				i += m.size();
				done = true;
			}
		}
		if (done)
			continue;
		if (s[i] == '&') {
			for (size_t k = 0; k < sizeof ents / sizeof ents[0];
			    k++) {
				size_t n = strlen(ents[k].ent);

				if (s.compare(i, n, ents[k].ent) == 0) {
					out += ents[k].c;
					i += n;
					done = true;
					break;
				}
			}
			if (done)
				continue;
		}
		out += s[i++];
	}
	return out;
}

extern "C" char *
xap_hits_snippet(const struct xap_hits *ch, const char *lang,
    const char *text, size_t len, size_t length, const char *hi_start,
    const char *hi_end, const char *omit, int escape, int *rc,
    char **errmsg)
{
	try {
		/* Only the cached stemmer changes; the results do not. */
		struct xap_hits *h = const_cast<struct xap_hits *>(ch);
		std::string hs = cstr(hi_start), he = cstr(hi_end);
		std::string om = cstr(omit), out;
		char *p;

		need(h, "hits");
		need(lang, "language");
		if (!h->snip_ready || h->snip_lang != lang) {
			h->snip_ready = false;
			h->snip_stem = lang_is_none(lang) ? make_stem(lang) :
			    Xapian::Stem(new MemoStemImpl(lang));
			h->snip_lang = lang;
			h->snip_ready = true;
		}
		/*
		 * No background model: it looks up a term frequency for every
		 * word of the text, a quarter of a query's time, for little
		 * gain on the short sections snippets are cut from.
		 */
		out = h->mset.snippet(str(text, len), length, h->snip_stem,
		    Xapian::MSet::SNIPPET_EXHAUSTIVE, hs, he, om);
		if (!escape)
			out = unescape_snippet(out, hs, he, om);
		p = dup_out(out);
		set_rc(rc, XAP_OK);
		return p;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

extern "C" int
xap_hits_facet(const struct xap_hits *h, size_t k, xap_term_cb cb,
    void *ctx, char **errmsg)
{
	try {
		need(h, "hits");
		need_cb(cb);
		if (k >= h->spies.size())
			throw Xapian::InvalidArgumentError("facet " +
			    std::to_string(k) + " out of range");
		const Xapian::ValueCountMatchSpy &spy = *h->spies[k];
		for (Xapian::TermIterator t = spy.values_begin();
		    t != spy.values_end(); ++t) {
			const std::string v = *t;

			if (cb(ctx, v.data(), v.size(), t.get_termfreq()) != 0)
				break;
		}
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" int
xap_hits_expand(const struct xap_hits *h, size_t n, const char *prefix,
    xap_term_cb cb, void *ctx, char **errmsg)
{
	try {
		std::unique_ptr<Xapian::ExpandDeciderFilterPrefix> ed;
		Xapian::ESet eset;

		need(h, "hits");
		need_cb(cb);
		if (h->rset.empty() || n == 0)
			return XAP_OK;
		if (prefix != NULL && *prefix != '\0')
			ed.reset(new Xapian::ExpandDeciderFilterPrefix(prefix));
		eset = h->enq.get_eset(static_cast<Xapian::termcount>(n),
		    h->rset, 0, ed.get());
		for (Xapian::ESetIterator t = eset.begin(); t != eset.end();
		    ++t) {
			const std::string term = *t;

			if (cb(ctx, term.data(), term.size(),
			    h->db.get_termfreq(term)) != 0)
				break;
		}
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

/* ---- Maintenance ---- */

extern "C" int
xap_compact(const char *const *src, size_t n, const char *dest,
    char **errmsg)
{
	try {
		Xapian::Database db;

		need(src, "sources");
		need(dest, "destination");
		if (n == 0)
			throw Xapian::InvalidArgumentError(
			    "nothing to compact");
		for (size_t i = 0; i < n; i++) {
			need(src[i], "source");
			db.add_database(Xapian::Database(src[i]));
		}
		db.compact(dest, Xapian::DBCOMPACT_MULTIPASS);
		return XAP_OK;
	} catch (...) {
		return xap_translate(errmsg);
	}
}

extern "C" char *
xap_sortable_serialise(double v, size_t *len)
{
	try {
		std::string s = Xapian::sortable_serialise(v);

		if (len != NULL)
			*len = s.size();
		return dup_out(s);
	} catch (...) {
		return NULL;
	}
}

extern "C" double
xap_sortable_unserialise(const char *val, size_t len)
{
	try {
		return Xapian::sortable_unserialise(str(val, len));
	} catch (...) {
		return 0.0;
	}
}

/* ---- Minutes: recency and relevance feedback ---- */

/* Days since 0000-03-01 of a proleptic Gregorian date (civil calendar). */
static long
civil_days(long y, unsigned m, unsigned d)
{
	long era;
	unsigned yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe;
}

/* YYYYMMDD (at least 8 digits) to civil_days; -1 if it is not one. */
static long
ymd_days(const std::string &v)
{
	long y;
	unsigned m, d;

	if (v.size() < 8)
		return -1;
	for (size_t i = 0; i < 8; i++)
		if (!isdigit((unsigned char)v[i]))
			return -1;
	y = std::atol(v.substr(0, 4).c_str());
	m = (unsigned)std::atoi(v.substr(4, 2).c_str());
	d = (unsigned)std::atoi(v.substr(6, 2).c_str());
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	return civil_days(y, m, d);
}

/* max_weight * 2^(-age / half_life), age in days of the date v; 0 if none. */
static double
decay(const std::string &v, long today, double half_life, double max_weight)
{
	long days = ymd_days(v);
	double age;

	if (days < 0)
		return 0.0;
	age = today > days ? (double)(today - days) : 0.0;
	return max_weight * std::exp2(-age / half_life);
}

/*
 * Weight max * 2^(-age / half_life) for the documents with a YYYYMMDD
 * value in the slot, age in days before today (a future date counts as
 * today).  Kept in this file: no exception leaves the wrapper.
 */
class DateDecaySource : public Xapian::ValuePostingSource {
	long today;
	double half_life, max_weight;

public:
	DateDecaySource(Xapian::valueno slot_, long today_, double half_,
	    double max_)
	    : Xapian::ValuePostingSource(slot_), today(today_),
	    half_life(half_), max_weight(max_) {}

	DateDecaySource *clone() const override
	{
		return new DateDecaySource(get_slot(), today, half_life,
		    max_weight);
	}

	void init(const Xapian::Database &db_) override
	{
		Xapian::ValuePostingSource::init(db_);
		set_maxweight(max_weight);
	}

	double get_weight() const override
	{
		return decay(get_value(), today, half_life, max_weight);
	}
};

extern "C" struct xap_query *
xap_query_date_decay(unsigned slot, const char *today, double half_life,
    double max_weight, int *rc, char **errmsg)
{
	try {
		long t;

		need(today, "today");
		t = ymd_days(std::string(today));
		if (t < 0 || !(half_life > 0) || !(max_weight >= 0))
			throw Xapian::InvalidArgumentError(
			    "date decay needs today as YYYYMMDD, a half-life "
			    "above 0 and a weight of 0 or more");
		DateDecaySource *src = new DateDecaySource(slot, t, half_life,
		    max_weight);
		struct xap_query *q = new_query(Xapian::Query(src->release()));

		set_rc(rc, XAP_OK);
		return q;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}

/*
 * The hits of a relevance match re-ranked by weight + decay of their date
 * (xap_search.decay_weight), then cut to the page asked for.  The values
 * are read after one fetch of the documents: a remote shard sends them
 * together.  Throws.
 */
static void
decay_rerank(struct xap_hits *h, const struct xap_search *s)
{
	std::vector<std::pair<double, Xapian::doccount> > by;
	Xapian::doccount n = h->mset.size(), i, end;
	long today;

	need(s->decay_today, "today");
	today = ymd_days(std::string(s->decay_today));
	if (today < 0 || !(s->decay_half_life > 0))
		throw Xapian::InvalidArgumentError("date decay needs today as "
		    "YYYYMMDD and a half-life above 0");
	h->mset.fetch();
	by.reserve(n);
	for (i = 0; i < n; i++) {
		Xapian::MSetIterator it = h->mset[i];

		by.emplace_back(it.get_weight() + decay(
		    it.get_document().get_value(s->decay_slot), today,
		    s->decay_half_life, s->decay_weight), i);
	}
	/* Equal scores keep the match's order. */
	std::stable_sort(by.begin(), by.end(),
	    [](const std::pair<double, Xapian::doccount> &a,
	    const std::pair<double, Xapian::doccount> &b) {
		return a.first > b.first;
	});
	end = std::min<Xapian::doccount>(n, s->offset + s->limit);
	for (i = s->offset; i < end; i++) {
		h->weights.push_back(by[i].first);
		h->order.push_back(by[i].second);
	}
	h->first_rank = s->offset;
	h->reranked = true;
}

/*
 * The hits of the query alone (xap_search.demote_term), the first depth
 * by relevance, with the weight of those indexed by the term scaled and
 * sorted again (equal weights by docid, as the match orders them), then
 * cut to the page.  A hit left out of them weighs no more than the last
 * one, so the page is certain once offset + limit of them are not
 * scaled, or when the match has no more.  Returns false otherwise,
 * leaving h as it was.  Throws.
 */
static bool
demote_rerank(struct xap_hits *h, const struct xap_search *s,
    Xapian::doccount depth)
{
	struct scored {
		double weight;
		Xapian::docid did;
		Xapian::doccount i;
	};
	Xapian::doccount n = h->mset.size(), want = s->offset + s->limit;
	Xapian::doccount kept = 0, i, end;
	std::vector<scored> by;

	by.reserve(n);
	for (i = 0; i < n; i++) {
		Xapian::MSetIterator it = h->mset[i];

		by.push_back({ it.get_weight(), *it, i });
	}
	if (s->demoted != NULL) {
		for (scored &x : by) {
			if (s->demoted(s->demoted_ctx, x.did))
				x.weight *= s->demote_factor;
			else
				kept++;
		}
	} else {
		std::sort(by.begin(), by.end(),
		    [](const scored &a, const scored &b) {
			return a.did < b.did;
		});
		Xapian::PostingIterator p = h->db.postlist_begin(
		    s->demote_term);
		Xapian::PostingIterator pend = h->db.postlist_end(
		    s->demote_term);
		for (scored &x : by) {
			if (p != pend)
				p.skip_to(x.did);
			if (p != pend && *p == x.did)
				x.weight *= s->demote_factor;
			else
				kept++;
		}
	}
	if (n >= depth && kept < want)
		return false;
	std::sort(by.begin(), by.end(), [](const scored &a, const scored &b) {
		return a.weight != b.weight ? a.weight > b.weight :
		    a.did < b.did;
	});
	end = std::min<Xapian::doccount>(n, want);
	for (i = s->offset; i < end; i++) {
		h->weights.push_back(by[i].weight);
		h->order.push_back(by[i].i);
	}
	h->first_rank = s->offset;
	h->reranked = true;
	return true;
}

/* Keeps the expand terms the caller's callback accepts. */
class CallbackExpandDecider : public Xapian::ExpandDecider {
	int (*keep)(void *, const char *, size_t);
	void *ctx;

public:
	CallbackExpandDecider(int (*keep_)(void *, const char *, size_t),
	    void *ctx_) : keep(keep_), ctx(ctx_) {}

	bool operator()(const std::string &term) const override
	{
		return keep == NULL || keep(ctx, term.data(), term.size()) != 0;
	}
};

extern "C" struct xap_query *
xap_query_like(struct xap_db *d, const unsigned *docids, size_t n,
    size_t nterms, int (*keep)(void *ctx, const char *term, size_t len),
    void *ctx, int *rc, char **errmsg)
{
	try {
		Xapian::RSet rset;
		std::vector<Xapian::Query> subs;

		need(d, "database");
		need(docids, "docids");
		if (n == 0 || nterms == 0)
			throw Xapian::InvalidArgumentError(
			    "relevance feedback needs documents and terms");
		for (size_t i = 0; i < n; i++)
			rset.add_document(docids[i]);
		Xapian::Enquire enq(d->db);
		CallbackExpandDecider dec(keep, ctx);
		Xapian::ESet eset = enq.get_eset(
		    static_cast<Xapian::termcount>(nterms), rset, &dec);
		for (Xapian::ESetIterator t = eset.begin(); t != eset.end();
		    ++t)
			subs.push_back(Xapian::Query(*t));
		/* OP_ELITE_SET would drop terms; the ESet is small already. */
		struct xap_query *q = new_query(Xapian::Query(
		    Xapian::Query::OP_OR, subs.begin(), subs.end()));

		set_rc(rc, XAP_OK);
		return q;
	} catch (...) {
		set_rc(rc, xap_translate(errmsg));
		return NULL;
	}
}
