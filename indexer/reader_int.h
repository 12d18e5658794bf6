/*
 * reader_int.h: what the readers share among themselves (not the indexer).
 *
 * Every format ends up as a "text map": clean, normalised text plus a
 * table saying where each piece of it came from in the source, so that a
 * section found in the clean text can report its byte span in the file.
 */
#ifndef GOV_READER_INT_H
#define GOV_READER_INT_H

#include <stddef.h>

#include "reader.h"
#include "util.h"

struct record;
struct rec_section;

/* Longest line the text formats accept; longer ones are rejected. */
#define READER_MAX_LINE		(1024 * 1024)
/* Longest JSON line; the cleveland corpus peaks at 27 KB. */
#define READER_MAX_JSON_LINE	(16 * 1024 * 1024)

/* ==== Interface to code in reader.c ==== */

/* Metadata from the options and the sidecar, filled into every record. */
struct rd_meta {
	char *council;
	char *committee;
	char *date;
	char *url;
	char *title;
};

struct rctx {
	const char *path;	/* as given, for messages and record.source */
	char *base;		/* basename, for ids */
	const struct reader_opts *opts;
	struct rd_meta side;	/* from NAME.meta.json */
	const char *src;	/* the raw input, for line numbers */
	size_t srclen;
	/* JSON Lines read in pieces: lines and bytes before src. */
	unsigned long line0;
	unsigned long long off0;
	reader_record_cb cb;
	reader_reject_cb reject;
	void *ctx;
	unsigned long nrejected;
	int stop;		/* nonzero once cb asked to stop */
	unsigned long nrecords;	/* records handed to cb */
	char **idtab;		/* hash set of the ids used so far */
	size_t idcap, nids;
};

/* Reports a rejected piece at byte off of the source (line worked out). */
void rd_reject(struct rctx *, size_t off, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The same when the line number is known. */
void rd_reject_line(struct rctx *, unsigned long line, size_t off,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/*
 * Fills what rec lacks from the sidecar and options, makes the id unique,
 * hands rec to the callback (which owns it from then on).  Returns the
 * callback's value; ctx->stop is set when it is nonzero.
 */
int rd_emit(struct rctx *, struct record *rec);
/* 1-based line number of byte off in the source. */
unsigned long rd_line_of(const struct rctx *, size_t off);

/* ==== Interface to code in tmap.c ==== */

struct tm_cp {
	size_t c;		/* offset in the clean text */
	size_t s;		/* source offset it stands for */
	size_t slen;		/* replacements: source bytes replaced */
	int linear;		/* 1: text from here on is a 1:1 copy */
};

struct tmap {
	struct buf text;	/* clean text, NUL-terminated */
	struct tm_cp *cp;
	size_t ncp, cpcap;
	size_t send;		/* source end of the last piece appended */
};

void tm_init(struct tmap *);
void tm_free(struct tmap *);
/* Appends n bytes that are a verbatim copy of the source from s. */
void tm_copy(struct tmap *, size_t s, const char *p, size_t n);
/* Appends out[0..n) standing for source bytes [s, s + slen). */
void tm_repl(struct tmap *, size_t s, size_t slen, const char *out, size_t n);
/*
 * Appends src[s0..s1) normalised by text_normalize, keeping the map exact.
 * Returns the number of invalid UTF-8 bytes replaced.
 */
size_t tm_add_norm(struct tmap *, const char *src, size_t s0, size_t s1);
/* Source offset of clean offset c (a start), and of an end offset c. */
size_t tm_src(const struct tmap *, size_t c);
size_t tm_src_end(const struct tmap *, size_t c);

/*
 * Builds the clean text of a plain text or Markdown source: normalised,
 * Markdown emphasis and escapes removed, page breaks, page numbers and
 * scanner notices dropped.  Lines are kept; one LF ends each.
 */
void tm_build_clean(struct tmap *, const char *src, size_t len);

/* ==== Interface to code in reader_util.c ==== */

/* ISO date "YYYY-MM-DD" found at the start of s[0..n), or NULL. */
char *rd_parse_date(const char *s, size_t n, size_t *used);
/* The first date anywhere in s[0..n) (needs a year), or NULL. */
char *rd_find_date(const char *s, size_t n);
/* A copy of s[0..n) with white space squeezed; NULL if empty. */
char *rd_squeeze(const char *s, size_t n);
/* A copy of an ALL CAPS string in Title Case; others are copied. */
/*
 * 1 if s[0..n) is a minute's number or reference alone, as a table's
 * first cell gives it: "61", "61.", "ICB/24/061", and with spaced set
 * "BoD 24/150".
 */
int rd_minute_cell(const char *s, size_t n, int spaced);
char *rd_titlecase(const char *s);
/*
 * A title-cased word of title that text[0..n) prints in capitals, next to
 * words in small letters ("the SEND service"), gets its capitals back.
 */
void rd_keep_acronyms(char *title, const char *text, size_t n);
/* 1 if the item title names a routine item. */
int rd_is_routine(const char *title);
/* The outcome of a resolution: "noted", "agreed", ..., or "unknown". */
const char *rd_outcome(const char *text, int resolved);
/* Adds the acronyms defined in text[0..n) to rec. */
void rd_find_acronyms(struct record *, const char *text, size_t n);
/* Adds the reference numbers in text[0..n) to rec. */
void rd_find_refs(struct record *, const char *text, size_t n);
/*
 * The council a line names alone, or after the last " - " or " | " of a
 * page's title ("Agenda item - X | Ashby Marsh Borough Council"), as a
 * new string; else NULL.
 */
char *rd_title_council(const char *s, size_t n);
/*
 * 1 if s[0..n) reads as a heading: its words capitalised but for small
 * ones ("Adoption of the Long Term Plan"), no full stop at the end.
 */
int rd_heading_words(const char *s, size_t n);
/* Case-insensitive ASCII prefix test, a space matching a line's end too:
 * returns strlen(prefix) or 0. */
size_t rd_prefix(const char *s, size_t n, const char *prefix);
/* Case-insensitive search of needle in s[0..n); offset or (size_t)-1. */
size_t rd_find(const char *s, size_t n, const char *needle);
/* 1 if s[0..n) is one of list[0..count), exactly. */
int rd_in_list(const char *const *list, size_t count, const char *s,
    size_t n);
/*
 * The length of s[0..n) without a document link's type and size after it
 * ("Budget Report PDF 214 KB" gives "Budget Report"; "PDF 1 MB" alone,
 * 0).
 */
/*
 * 1 if s[0..n) is a web site's footer copied with a page: links in a
 * row ("Accessibility | Privacy | Cookies"), or a copyright line.
 */
int rd_footer_links(const char *s, size_t n);
/* 1 if s[0..n) is a postal address with a postcode, or a phone line. */
int rd_address_line(const char *s, size_t n);
size_t rd_without_file_size(const char *s, size_t n);
/*
 * Where the English half of "Welsh / English" starts in s[0..n) ("Is-
 * Bwyllgor Trwyddedu / Licensing Sub-Committee"), or 0 when s is not
 * such a pair.
 */
size_t rd_english_half(const char *s, size_t n);
/*
 * Adds the words under a "Decision:" label, [a, b) of tm's clean text,
 * to rec as one resolution, its outcome as its words say.
 */
void rd_decision_section(struct record *rec, const struct tmap *tm,
    size_t a, size_t b);
/* The first byte at or after i in s[0..n) that is no space, tab or
 * line break. */
size_t rd_skip_spaces(const char *s, size_t n, size_t i);
/* 1 if any of needles[0..count) is in s[0..n), case-insensitively. */
int rd_find_any(const char *s, size_t n, const char *const *needles,
    size_t count);
/* 1 if c is an ASCII letter, digit ... */
int rd_isupper(int c);
/*
 * Bytes of the upper-case letter (ASCII or Latin, "Ō") at s[0..n), or 0.
 */
size_t rd_upper_at(const char *s, size_t n);
int rd_islower(int c);
int rd_isalpha(int c);
int rd_isdigit(int c);
int rd_isspace(int c);
/* Length of a word character at s (ASCII letter or any non-ASCII). */
size_t rd_wordchar(const char *s, size_t n);
/* 1 if s[0..n) has capitals and no small letters: "MINUTES", "AGREED". */
int rd_all_caps(const char *s, size_t n);
/* 1 if a member holding role answers for the executive (NULL: 0). */
int rd_executive_role(const char *role);
/* 1 if role is a party's, not the Council's: "Leader of the Liberal
 * Democrat Group", "Leader of the Opposition", "Opposition Spokesperson
 * for Education", "Shadow Cabinet Member" (NULL: 0). */
int rd_group_role(const char *role);
/* 1 if role is who presides: a chair, mayor, president (NULL: 0). */
int rd_presiding_role(const char *role);

/* ==== Interface to code in speakers.c ==== */

/* A person or role named at the start of a clause. */
struct rd_person {
	char *name;		/* "Councillor O Gunn", "the Chair" */
	char *title;		/* "Councillor", "Mrs", ... or NULL */
	char *key;		/* "o gunn", "gunn", "chair" */
	char *role;		/* "Head of Children's Services" or NULL */
	int kind;		/* RD_MEMBER, RD_OFFICER, RD_UNKNOWN */
	int named;		/* 1 for a named person (goes in speakers) */
	int chair;		/* 1: speaks from the chair, or as mayor */
	int resident;		/* 1: untitled, with where they live or whom
				 * they speak for: a member of the public */
	size_t len;		/* bytes of the text the mention took */
};

enum { RD_UNKNOWN = 0, RD_MEMBER, RD_OFFICER };

/*
 * Recognises a person at the very start of s[0..n): "Councillor O Gunn",
 * "Cllr Reed", "Mrs Diane Booth, Director of Children's Services", "The
 * Head of Children's Services", "the Chair", "A Member", "Members".
 * Returns 1 and fills *p (free with rd_person_clear), or 0.
 */
int rd_person_at(const char *s, size_t n, struct rd_person *p);
void rd_person_clear(struct rd_person *);
/* 1 if title (as rd_person_at fills it) is a member's: "Councillor". */
int rd_member_title(const char *title);
/*
 * 1 if s[0..n) is a member's title and name alone, perhaps with a colon:
 * "Cllr. Tom Hughes:", "Councillor Carey" (a label over their words).
 */
int rd_member_alone(const char *s, size_t n);
/* 1 if role chairs a body other than the meeting's: "Chair of the Audit
 * Committee", not "Chair of the Council" (NULL: 0). */
int rd_chairs_other_body(const char *role);
/* The normalised key of a name without title: "O'Dea (J)" -> "j odea". */
char *rd_name_key(const char *name, size_t n);
/*
 * Parses a free-form speaker label ("Hon. Anthony Rota (Nipissing, Lib.)",
 * "Lynne Neagle AM", "The Chair") as JSON sources give them.
 */
void rd_person_from_label(const char *label, struct rd_person *p);
/* Adds every titled name mentioned in text[0..n) to rec's speakers. */
void rd_find_people(struct record *, const char *text, size_t n);
/* Length of a reporting verb at s ("asked", "responded", ...), kind. */
size_t rd_verb_at(const char *s, size_t n, int *kind);
/* 1 if s, after "asked", bids people do something: " residents to
 * report ...". */
int rd_request(const char *s, size_t n);

enum { VERB_NONE = 0, VERB_ASK, VERB_ANSWER, VERB_SAY, VERB_PROCEDURAL };

/* ==== Interface to code in sections.c ==== */

/*
 * Splits the body text[start..end) of tm into sections of rec (question,
 * answer, resolution, discussion), with spans in the source, and collects
 * speakers, acronyms and references.  known (may be NULL) lists people
 * the meeting's attendance lists name with their office (they answer)
 * and the untitled names present (without one: they may ask).
 */
void sections_parse(struct record *, const struct tmap *, size_t start,
    size_t end, const struct record *known);
/* Adds the agenda section: title and purpose spanning [start, end). */
void sections_agenda(struct record *, const struct tmap *, size_t start,
    size_t end);

/* ==== Interface to code in reader_text.c ==== */

/* Reads a ModernGov agenda-item page from its clean text. */
int reader_text_parse(struct rctx *, const struct tmap *, struct record *seed);
/* 1 if the clean text looks like a ModernGov agenda-item page. */
int reader_text_sniff(const char *text, size_t n);

/* ==== Interface to code in reader_html.c ==== */

int reader_html(struct rctx *, const char *data, size_t len);
int reader_html_sniff(const char *data, size_t n);
/*
 * The words of an HTML fragment (a CMS export's "<p>...</p>" in a JSON
 * field): entities read, paragraphs apart by a blank line.  Malloc'd, or
 * NULL when the text holds no markup.  The caller frees it.
 */
char *reader_html_text(const char *s, size_t n);

/* ==== Interface to code in reader_minutes.c ==== */

/*
 * Reads whole-meeting minutes from their clean text, one record per item.
 * seed (may be NULL) gives the council and url the text does not.
 */
int reader_minutes(struct rctx *, const struct tmap *,
    const struct record *seed);
/* 1 if the clean text holds a chain of numbered items, as minutes do. */
int reader_minutes_sniff(const struct tmap *);

/* ==== Interface to code in reader_jsonl.c ==== */

int reader_jsonl(struct rctx *, const char *data, size_t len);
/* Checks a --field map; 0 or -1 with *errmsg. */
int reader_field_map_check(const char *map, char **errmsg);

#endif /* GOV_READER_INT_H */
