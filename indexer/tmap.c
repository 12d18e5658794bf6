/*
 * tmap.c: clean text with a map back to source offsets.
 *
 * The map is a sorted list of checkpoints.  Between two checkpoints the
 * clean text is either a verbatim copy of the source (linear) or stands
 * for a replaced run of source bytes (a curly quote, a CR LF, an HTML
 * text node).  Most text is ASCII, so the list stays short.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "reader_int.h"
#include "text.h"
#include "util.h"

void
tm_init(struct tmap *tm)
{
	memset(tm, 0, sizeof *tm);
	buf_append(&tm->text, "", 0);
}

void
tm_free(struct tmap *tm)
{
	buf_free(&tm->text);
	free(tm->cp);
	memset(tm, 0, sizeof *tm);
}

static void
tm_push(struct tmap *tm, size_t s, size_t slen, int linear)
{
	struct tm_cp *cp;

	if (tm->ncp > 0 && tm->cp[tm->ncp - 1].c == tm->text.len)
		tm->ncp--;	/* nothing was appended since: overwrite */
	if (tm->ncp == tm->cpcap) {
		tm->cpcap = tm->cpcap ? tm->cpcap * 2 : 64;
		tm->cp = xreallocarray(tm->cp, tm->cpcap, sizeof *tm->cp);
	}
	cp = &tm->cp[tm->ncp++];
	cp->c = tm->text.len;
	cp->s = s;
	cp->slen = slen;
	cp->linear = linear;
}

void
tm_copy(struct tmap *tm, size_t s, const char *p, size_t n)
{
	const struct tm_cp *last;

	if (n == 0)
		return;
	last = tm->ncp ? &tm->cp[tm->ncp - 1] : NULL;
	if (last == NULL || !last->linear ||
	    last->s + (tm->text.len - last->c) != s)
		tm_push(tm, s, 0, 1);
	buf_append(&tm->text, p, n);
	tm->send = s + n;
}

void
tm_repl(struct tmap *tm, size_t s, size_t slen, const char *out, size_t n)
{
	if (n == 0)
		return;
	tm_push(tm, s, slen, 0);
	buf_append(&tm->text, out, n);
	tm->send = s + slen;
}

size_t
tm_add_norm(struct tmap *tm, const char *src, size_t s0, size_t s1)
{
	struct buf one = BUF_INIT;
	size_t i = s0, j, n, bad = 0;
	unsigned cp;

	while (i < s1) {
		unsigned char c = (unsigned char)src[i];

		/* Runs of printable ASCII need no normalising. */
		for (j = i; j < s1; j++) {
			c = (unsigned char)src[j];
			if (c >= 0x80 || c == 0x7f || (c < 0x20 && c != '\n'))
				break;
		}
		if (j > i) {
			tm_copy(tm, i, src + i, j - i);
			i = j;
			continue;
		}
		/* A tab parts words as a space does: "Minute 12/24<TAB>..." */
		if (c == '\t') {
			tm_repl(tm, i, 1, " ", 1);
			i++;
			continue;
		}
		if (c == '\r')
			n = (i + 1 < s1 && src[i + 1] == '\n') ? 2 : 1;
		else if (c >= 0x80) {
			n = text_utf8_decode(src + i, s1 - i, &cp);
			if (n == 0) {
				/* no UTF-8: a Windows-1252 byte, "\x93" for
				 * a curly quote, "\xa3" for £ */
				struct buf w = BUF_INIT;

				text_utf8_encode(&w, text_cp1252(c));
				buf_reset(&one);
				(void)text_normalize(w.data, w.len, &one, NULL);
				tm_repl(tm, i, 1, one.data, one.len);
				buf_free(&w);
				bad++;
				i++;
				continue;
			}
		} else
			n = 1;
		buf_reset(&one);
		bad += text_normalize(src + i, n, &one, NULL);
		tm_repl(tm, i, n, one.data, one.len);
		if (one.len == 0)
			tm->send = i + n;
		i += n;
	}
	buf_free(&one);
	return bad;
}

/* Index of the last checkpoint at or before clean offset c. */
static size_t
tm_find(const struct tmap *tm, size_t c)
{
	size_t lo = 0, hi = tm->ncp;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (tm->cp[mid].c <= c)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

size_t
tm_src(const struct tmap *tm, size_t c)
{
	const struct tm_cp *cp;

	if (tm->ncp == 0)
		return c;
	if (c >= tm->text.len)
		return tm->send;
	cp = &tm->cp[tm_find(tm, c)];
	return cp->linear ? cp->s + (c - cp->c) : cp->s;
}

size_t
tm_src_end(const struct tmap *tm, size_t c)
{
	const struct tm_cp *cp;

	if (tm->ncp == 0)
		return c;
	if (c == 0)
		return tm_src(tm, 0);
	if (c > tm->text.len)
		c = tm->text.len;
	cp = &tm->cp[tm_find(tm, c - 1)];
	return cp->linear ? cp->s + (c - cp->c) : cp->s + cp->slen;
}

/* ---- Plain text and Markdown ---- */

static int
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

/* Trims ASCII white space from both ends of [*a, *b). */
static void
trim(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && (s[*a] == ' ' || s[*a] == '\t' || s[*a] == '\r'))
		(*a)++;
	while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\t' ||
	    s[*b - 1] == '\r'))
		(*b)--;
}

/* A Markdown rule or a page separator: "---", "***", "___", "* * *". */
static int
is_rule(const char *s, size_t a, size_t b)
{
	size_t i, n = 0;
	char ch = 0;

	for (i = a; i < b; i++) {
		if (s[i] == ' ')
			continue;
		if (s[i] != '-' && s[i] != '*' && s[i] != '_' && s[i] != '=')
			return 0;
		if (ch && s[i] != ch)
			return 0;
		ch = s[i];
		n++;
	}
	return n >= 3;
}

/* 1 if s[a, e) is a minute's number or reference, bold or not: "61",
 * "**BoD 24/150**", "ICB/24/061". */
static int
minute_cell(const char *s, size_t a, size_t e)
{
	while (a < e && (s[a] == '*' || s[a] == '_'))
		a++;
	while (e > a && (s[e - 1] == '*' || s[e - 1] == '_'))
		e--;
	return rd_minute_cell(s + a, e - a, 1);
}

/* A Markdown table's rule under its header: "|---|:---|". */
static int
table_rule(const char *s, size_t a, size_t b)
{
	size_t i, dashes = 0;

	if (a == b || s[a] != '|')
		return 0;
	for (i = a; i < b; i++) {
		if (s[i] == '-')
			dashes++;
		else if (s[i] != '|' && s[i] != ':' && s[i] != ' ')
			return 0;
	}
	return dashes >= 3;
}

static int page_foot(const char *s, size_t a, size_t b);

/*
 * Where s[a..b) ends without the page's number it closes with, "7" or "7
 * of 12" (*of set for the second); b if it closes with none.
 */
static size_t
page_number_end(const char *s, size_t a, size_t b, int *of)
{
	size_t e = b, d, last;

	*of = 0;
	while (e > a && rd_isdigit((unsigned char)s[e - 1]))
		e--;
	if (e == b || e - a <= 4 || !rd_prefix(s + e - 4, 4, " of "))
		return e;
	last = e;
	d = e - 4;
	while (d > a && s[d - 1] == ' ')
		d--;
	for (e = d; e > a && rd_isdigit((unsigned char)s[e - 1]); e--)
		;
	if (e == d)
		return last;	/* "... of 12": not "7 of 12" */
	*of = 1;
	return e;
}
static int contents_line(const char *s, size_t a, size_t b);
static int dashed_number(const char *s, size_t a, size_t b);

/* 1 if s[a..b) opens with a browser's stamp of printing time:
 * "20/06/2024, 11:42", "6/20/24, 11:42 AM", then wide spaces. */
static int
printed_header(const char *s, size_t a, size_t b)
{
	size_t i = a, parts = 0, d;

	for (;;) {
		for (d = i; i < b && rd_isdigit((unsigned char)s[i]); i++)
			;
		if (i == d || i - d > 4)
			return 0;
		if (++parts == 3)
			break;
		if (i >= b || s[i] != '/')
			return 0;
		i++;
	}
	if (i + 2 >= b || s[i] != ',' || s[i + 1] != ' ')
		return 0;
	for (i += 2, d = i; i < b && (rd_isdigit((unsigned char)s[i]) ||
	    s[i] == ':'); i++)
		;
	if (i - d < 4 || memchr(s + d, ':', i - d) == NULL)
		return 0;
	if (i + 3 <= b && (rd_prefix(s + i, b - i, " am") ||
	    rd_prefix(s + i, b - i, " pm")))
		i += 3;
	return i == b || rd_prefix(s + i, b - i, "   ");
}

/* 1 if s[a..b) is a browser's foot of a printed page: the address,
 * wide spaces, "1/4". */
static int
printed_footer(const char *s, size_t a, size_t b)
{
	size_t e = b, d;

	if (!rd_prefix(s + a, b - a, "http://") &&
	    !rd_prefix(s + a, b - a, "https://"))
		return 0;
	for (d = e; d > a && rd_isdigit((unsigned char)s[d - 1]); d--)
		;
	if (d == e || d == a || s[d - 1] != '/')
		return 0;
	for (e = --d; d > a && rd_isdigit((unsigned char)s[d - 1]); d--)
		;
	return d < e && d >= a + 3 && s[d - 1] == ' ' && s[d - 2] == ' ';
}

/*
 * Bytes of a glyph opening s[a..b) and the spaces after it: an arrow, a
 * triangle or a pictograph a web page sets before words ("▾ Item 1",
 * "📄 Report"); not a bullet, which marks a list's point.
 */
static size_t
lead_glyph(const char *s, size_t a, size_t b)
{
	unsigned cp;
	size_t k = text_utf8_decode(s + a, b - a, &cp);

	if (k < 3 || !((cp >= 0x2190 && cp <= 0x21ff) || (cp >= 0x25b2 &&
	    cp <= 0x25c5) || cp == 0x2630 || (cp >= 0x1f300 &&
	    cp <= 0x1faff)) || a + k >= b || s[a + k] != ' ')
		return 0;
	while (a + k < b && s[a + k] == ' ')
		k++;
	return a + k < b ? k : 0;
}

static int numbered_foot(const char *, size_t, size_t);

/* 1 if s[a..b) ends with "Page 3 of 3". */
static int
page_of_end(const char *s, size_t a, size_t b)
{
	int of;
	size_t e = page_number_end(s, a, b, &of);

	return of && e - a >= 5 && rd_prefix(s + e - 5, 5, "page ");
}

static int page_number(const char *s, size_t a, size_t b);

/* Bytes of a rule's mark opening s[0..n), a dot, "_", "…" or the space
 * between them; else 0. */
static size_t
rule_mark(const char *s, size_t n)
{
	if (n > 0 && (s[0] == '.' || s[0] == '_' || s[0] == ' ' ||
	    s[0] == '\t'))
		return 1;
	if (n >= 3 && (unsigned char)s[0] == 0xe2 &&
	    (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xa6)
		return 3;
	return 0;
}

/*
 * A page's foot for the chair to initial: "Chairman's initials ……",
 * ".......... Chair's Initials".
 */
static int
initials_line(const char *s, size_t a, size_t b)
{
	size_t k, words = 0, i;

	while (a < b && (k = rule_mark(s + a, b - a)) != 0)
		a += k;
	for (;;) {
		for (k = 1; k <= 3 && b - a >= k; k++)
			if (rule_mark(s + b - k, k) == k)
				break;
		if (k > 3 || b - a < k)
			break;
		b -= k;
	}
	if (b - a < 10 || b - a > 40 || !rd_prefix(s + b - 8, 8, "initials"))
		return 0;
	for (i = a; i < b - 8; i++)
		words += s[i] == ' ';
	return words <= 2;
}

/*
 * A signature's form at the minutes' end: "Signed ……………… Chairman
 * Date ………", "CHAIR: ............ DATE: ........", "Llofnod / Signed
 * …… Maer / Mayor".  Words for who signs and when, and a rule to write
 * on.
 */
static int
signature_line(const char *s, size_t a, size_t b)
{
	static const char *const words[] = {
		"signed", "signature", "date", "chair", "chairman",
		"chairperson", "mayor", "cathaoirleach", "convener", "provost",
	};
	size_t i, k, run = 0, best = 0, w = 0, j;
	int named = 0;

	if (b - a > 160)
		return 0;
	for (i = a; i < b; ) {
		if ((k = rule_mark(s + i, b - i)) != 0 && s[i] != ' ' &&
		    s[i] != '\t') {
			run += k == 3 ? 3 : 1;
			if (run > best)
				best = run;
			i += k;
			continue;
		}
		run = 0;
		/* "The meeting closed at 9.12 pm   Chair ......": words
		 * of the minutes on the line too */
		if (rd_isdigit((unsigned char)s[i]))
			return 0;
		if (rd_isalpha((unsigned char)s[i]) && (i == a ||
		    !rd_isalpha((unsigned char)s[i - 1]))) {
			w++;
			for (j = 0; j < sizeof words / sizeof words[0]; j++)
				if ((k = rd_prefix(s + i, b - i, words[j])) !=
				    0 && (i + k >= b || !rd_isalpha(
				    (unsigned char)s[i + k])))
					named = 1;
		}
		i++;
	}
	return named && best >= 4 && w <= 6;
}

/* 1 if s[a..b) only names who signs: "Chairman", "MAYOR
 * (CATHAOIRLEACH)", "Presiding Member", "Chair / Date". */
static int
signer_only(const char *s, size_t a, size_t b)
{
	static const char *const words[] = {
		"chair", "chairman", "chairperson", "mayor", "town",
		"cathaoirleach", "presiding", "member", "convener", "provost",
		"date", "signed", "certified", "countersigned", "meetings",
		"administrator", "clerk", "leas",
	};
	size_t i = a, k, j, w = 0;

	while (i < b) {
		if (!rd_isalpha((unsigned char)s[i])) {
			if (s[i] != ' ' && s[i] != '(' && s[i] != ')' &&
			    s[i] != '/' && s[i] != ':' && s[i] != '-' &&
			    s[i] != '.' && s[i] != '_')
				return 0;
			i++;
			continue;
		}
		for (k = 0; i + k < b && rd_isalpha((unsigned char)s[i + k]);
		    k++)
			;
		for (j = 0; j < sizeof words / sizeof words[0]; j++)
			if (strlen(words[j]) == k && rd_prefix(s + i, k,
			    words[j]) == k)
				break;
		if (j == sizeof words / sizeof words[0])
			return 0;
		w++;
		i += k;
	}
	return w > 0 && w <= 4;
}

/*
 * Lines that carry no minutes at all: scanner notices, links back to the
 * original file, form feeds, "Page 3 of 9".
 */
static int
is_noise(const char *s, size_t a, size_t b)
{
	size_t n = b - a;

	if (initials_line(s, a, b) || signature_line(s, a, b))
		return 1;

	if (rd_find(s + a, n, "scanned page") != (size_t)-1 &&
	    rd_find(s + a, n, "may contain errors") != (size_t)-1)
		return 1;
	if (n > 2 && s[a] == '[' && rd_find(s + a, n, "](") != (size_t)-1 &&
	    s[b - 1] == ')' && rd_find(s + a, n, " ") == (size_t)-1)
		return 1;
	if (rd_prefix(s + a, n, "[original file]("))
		return 1;
	/* a page's own links: "Top of page", "Expand all ▾ | Collapse all" */
	if (rd_prefix(s + a, n, "top of page") == n ||
	    rd_prefix(s + a, n, "expand all ") != 0)
		return 1;
	/* a browser's print of a page: "20/06/2024, 11:42    Agenda for
	 * ..." atop each sheet, "https://democracy.../ieListDocuments.aspx?
	 * ...    1/4" at its foot (the date is the printing's, not the
	 * meeting's) */
	if (printed_header(s, a, b) || printed_footer(s, a, b))
		return 1;
	/* "This is Page 2 of the Minutes of the Ordinary Meeting of ...",
	 * as New South Wales foots each page */
	if (rd_prefix(s + a, n, "this is page ") && n < 220) {
		size_t i = a + 13;

		while (i < b && rd_isdigit((unsigned char)s[i]))
			i++;
		if (i > a + 13 && rd_prefix(s + i, b - i, " of the minutes"))
			return 1;
	}
	if (rd_prefix(s + a, n, "page ")) {
		size_t i = a + 5;

		while (i < b && rd_isdigit((unsigned char)s[i]))
			i++;
		if (i > a + 5 && (i == b || rd_prefix(s + i, b - i, " of ")))
			return 1;
	}
	return page_foot(s, a, b) || contents_line(s, a, b) ||
	    dashed_number(s, a, b) || numbered_foot(s, a, b);
}

/* 1 if s[a..b) is the dash before the number, "-"; else 0 or the
 * bytes of an en dash. */
static size_t
dash_at(const char *s, size_t a, size_t b)
{
	if (a < b && s[a] == '-')
		return 1;
	if (b - a >= 3 && (unsigned char)s[a] == 0xe2 &&
	    (unsigned char)s[a + 1] == 0x80 && (unsigned char)s[a + 2] == 0x93)
		return 3;
	return 0;
}

/* A page's number between dashes alone, as typed minutes print it:
 * "- 2 -", "– 14 –". */
static int
dashed_number(const char *s, size_t a, size_t b)
{
	size_t k = dash_at(s, a, b), d;

	if (k == 0)
		return 0;
	for (a += k; a < b && s[a] == ' '; a++)
		;
	for (d = a; a < b && rd_isdigit((unsigned char)s[a]); a++)
		;
	if (a == d || a - d > 3)
		return 0;
	while (a < b && s[a] == ' ')
		a++;
	k = dash_at(s, a, b);
	return k > 0 && a + k == b;
}

/* 1 if s[a..b) ends with a date in figures: "12.11.24", "12/11/2024". */
static int
figures_date(const char *s, size_t a, size_t b)
{
	size_t e = b, parts = 0, d;

	while (parts < 3) {
		for (d = e; d > a && rd_isdigit((unsigned char)s[d - 1]); d--)
			;
		if (d == e || e - d > 4)
			return 0;
		parts++;
		if (parts == 3)
			return d == a || s[d - 1] == ' ';
		if (d == a || (s[d - 1] != '.' && s[d - 1] != '/'))
			return 0;
		e = d - 1;
	}
	return 0;
}

/*
 * A page's foot of its number and the meeting, wide spaces between:
 * "1          Cabinet – 12.11.24", "- 2 -          Council – 17 July
 * 2024", "Cabinet – 12.11.24          1".
 */
static int
numbered_foot(const char *s, size_t a, size_t b)
{
	size_t i = a, e = b, k, words = 0;
	char *date;

	if ((k = dash_at(s, i, b)) != 0) {
		for (i += k; i < b && s[i] == ' '; i++)
			;
		while (i < b && rd_isdigit((unsigned char)s[i]))
			i++;
		while (i < b && s[i] == ' ')
			i++;
		if ((k = dash_at(s, i, b)) == 0)
			return 0;
		i += k;
	} else if (rd_isdigit((unsigned char)s[i])) {
		while (i < b && i - a < 3 && rd_isdigit((unsigned char)s[i]))
			i++;
	} else {
		while (e > a && rd_isdigit((unsigned char)s[e - 1]) &&
		    b - e < 3)
			e--;
		if (e == b || e < a + 4 || memcmp(s + e - 3, "   ", 3) != 0)
			return 0;
		i = e;
		e = a;
	}
	/* the number set apart by three spaces or more */
	if (e == b) {
		if (b - i < 8 || memcmp(s + i, "   ", 3) != 0)
			return 0;
		while (i < b && s[i] == ' ')
			i++;
		a = i;
	} else {
		b = i;
		while (b > a && s[b - 1] == ' ')
			b--;
	}
	if (a >= b || !rd_isupper((unsigned char)s[a]) || (rd_find(s + a,
	    b - a, " - ") == (size_t)-1 && rd_find(s + a, b - a,
	    " \xe2\x80\x93 ") == (size_t)-1))
		return 0;
	/* "82    MINUTES - 16TH JANUARY 2025": the item on the last
	 * meeting's minutes, not a meeting's name */
	if ((k = rd_prefix(s + a, b - a, "minutes ")) != 0 &&
	    dash_at(s, rd_skip_spaces(s + a, b - a, k) + a, b) != 0)
		return 0;
	for (k = a; k + 1 < b; k++)
		words += s[k] == ' ' && s[k + 1] != ' ';
	if (words > 10)
		return 0;
	if (figures_date(s, a, b))
		return 1;
	date = rd_find_date(s + a, b - a);
	free(date);
	return date != NULL && rd_isdigit((unsigned char)s[b - 1]);
}

/*
 * A table of contents' line: a title, a leader of dots, its page's
 * number ("5      Confirmation of Minutes ........ 4").
 */
static int
contents_line(const char *s, size_t a, size_t b)
{
	size_t e = b, dots = 0;

	while (e > a && rd_isdigit((unsigned char)s[e - 1]))
		e--;
	if (e == b || b - e > 3)
		return 0;
	while (e > a && s[e - 1] == ' ')
		e--;
	for (; e > a; e--) {
		if (s[e - 1] == '.')
			dots++;
		else if (e >= a + 3 && (unsigned char)s[e - 3] == 0xe2 &&
		    (unsigned char)s[e - 2] == 0x80 &&
		    (unsigned char)s[e - 1] == 0xa6) {
			dots += 3;	/* "…" */
			e -= 2;
		} else
			break;
	}
	return dots >= 4 && e > a;
}

/*
 * A page's foot that ends in its number: "..... Chair's initials   Page 1
 * of 3", "Cabinet 5 March 2024   Page 7 of 12"; a few words, no sentence.
 */
static int
page_foot(const char *s, size_t a, size_t b)
{
	size_t e, i, words = 0;
	int of, dated;

	if ((e = page_number_end(s, a, b, &of)) == b)
		return 0;
	if (e - a < 7 || !rd_prefix(s + e - 5, 5, "page ") || s[e - 6] != ' ')
		return 0;
	/* "Page 1 of 3", or set apart by spaces, or after a rule of dots:
	 * not a sentence's line that ends "... on page 3" */
	/* ... or after a date: "Ordinary Council Meeting 28 May 2024
	 * Page 4" */
	dated = rd_isdigit((unsigned char)s[e - 7]) && s[e - 5] == 'P';
	if (!of && s[e - 7] != ' ' && s[a] != '.' && s[a] != '_' &&
	    (unsigned char)s[a] != 0xe2 && !dated)
		return 0;
	for (i = a; i + 1 < e - 5; i++)
		words += s[i] == ' ' && s[i + 1] != ' ';
	/* a longer body's name when wide spaces set the number apart:
	 * "... NHS FT - Public Board - 31 January 2024   Page 1 of 4" */
	return (words < 12 || (words < 18 && (s[e - 7] == ' ' || dated))) &&
	    memchr(s + a, ':', e - a) == NULL;
}

/* The value of a line made of 1 to 3 digits, or -1. */
static int
page_number(const char *s, size_t a, size_t b)
{
	int v = 0;
	size_t i;

	if (b - a < 1 || b - a > 3)
		return -1;
	for (i = a; i < b; i++) {
		if (!rd_isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/*
 * The number of runs of tabs in line [a, b) with words on both sides:
 * two or more make the line a table's row, its cells set apart by tabs
 * (a Word table saved as text, a web page's table copied).
 */
static size_t
tab_gaps(const char *s, size_t a, size_t b)
{
	size_t i, gaps = 0;
	int words = 0;

	for (i = a; i < b; i++) {
		if (s[i] != '\t') {
			words |= s[i] != ' ';
			continue;
		}
		while (i + 1 < b && (s[i + 1] == '\t' || s[i + 1] == ' '))
			i++;
		gaps += words && i + 1 < b;
	}
	return gaps;
}

/*
 * Appends line [a, b) without Markdown emphasis markers ("**", "__"),
 * heading hashes, backslash escapes or HTML tags like <small>; a row of
 * cells set apart by tabs has its cells parted by " | ", as a table's
 * row read from HTML is.
 */
static void
add_line(struct tmap *tm, const char *s, size_t a, size_t b)
{
	size_t i, run, join = (size_t)-1, ital_a = (size_t)-1;
	size_t ital_c = (size_t)-1;
	int cells;

	while (a < b && s[a] == '#')
		a++;
	while (a < b && s[a] == ' ')
		a++;
	/* a Markdown table's row, "| **BoD 24/150** | **Welcome** |", reads
	 * as an HTML one does: "BoD 24/150 Welcome", a minute's heading;
	 * "| | text |" as its text */
	if (b - a >= 2 && s[a] == '|' && s[b - 1] == '|') {
		size_t k;

		a++;
		while (b > a && (s[b - 1] == '|' || s[b - 1] == ' '))
			b--;
		for (;;) {
			while (a < b && s[a] == ' ')
				a++;
			if (a < b && s[a] == '|')
				a++;
			else
				break;
		}
		k = rd_find(s + a, b - a, " | ");
		if (k != (size_t)-1 && minute_cell(s, a, a + k)) {
			size_t t = a + k + 3;

			while (t < b && (s[t] == '*' || s[t] == '_'))
				t++;
			if (t < b && rd_isupper((unsigned char)s[t]))
				join = a + k;
		}
	}
	/* a Markdown quote, "> "This Council notes ...", "> >" */
	while (a < b && s[a] == '>' && (a + 1 == b || s[a + 1] == ' ' ||
	    s[a + 1] == '>')) {
		a++;
		while (a < b && s[a] == ' ')
			a++;
	}
	/* a quoted motion in italics: *"This Council notes ..."*, *'This
	 * Council recognises ...'* */
	if (b - a >= 3 && (s[a] == '*' || s[a] == '_') && (s[a + 1] == '"' ||
	    rd_prefix(s + a + 1, b - a - 1, "\xe2\x80\x9c") ||
	    (s[a + 1] == '\'' && rd_isupper((unsigned char)s[a + 2])) ||
	    rd_prefix(s + a + 1, b - a - 1, "\xe2\x80\x98"))) {
		a++;
		if (s[b - 1] == s[a - 1] && s[b - 2] != s[a - 1] &&
		    s[b - 2] != ' ')
			b--;
	}
	/* "*Question 1 - Mrs Halloran*", "*Reply - Councillor X*": a
	 * question's or reply's label in italics (italic text otherwise
	 * keeps its stars: its numbered lines are no items) */
	if (b - a >= 3 && (s[a] == '*' || s[a] == '_') && s[b - 1] == s[a] &&
	    s[a + 1] != s[a] && s[a + 1] != ' ' && s[b - 2] != s[a] &&
	    s[b - 2] != ' ' && (rd_prefix(s + a + 1, b - a - 1, "question") ||
	    rd_prefix(s + a + 1, b - a - 1, "reply") ||
	    rd_prefix(s + a + 1, b - a - 1, "response") ||
	    rd_prefix(s + a + 1, b - a - 1, "answer") ||
	    rd_prefix(s + a + 1, b - a - 1, "supplementary"))) {
		a++;
		b--;
	}
	/* "*Cllr Siddiqui* asked ...", "*The Mayor replied* that ...":
	 * a name or a speaker's words in italics opening the line */
	if (b - a >= 4 && (s[a] == '*' || s[a] == '_') && s[a + 1] != s[a] &&
	    rd_isupper((unsigned char)s[a + 1])) {
		size_t c;

		for (c = a + 2; c < b && c < a + 80 && s[c] != s[a]; c++)
			;
		/* then the verb ("* asked"), or the line a sentence
		 * ("*Noted.*", "*The meeting closed at 8.41pm.*") */
		if (c < b && s[c] == s[a] && s[c - 1] != ' ' &&
		    ((c + 1 == b && s[c - 1] == '.') || (c + 2 < b &&
		    s[c + 1] == ' ' && rd_islower((unsigned char)
		    s[c + 2])))) {
			ital_a = a;
			ital_c = c;
		}
	}
	run = a;
	cells = tab_gaps(s, a, b) >= 2;
	for (i = a; i < b; i++) {
		size_t skip = 0;

		if (cells && s[i] == '\t' && i > a) {
			size_t e = i, w = i;

			while (e < b && (s[e] == '\t' || s[e] == ' '))
				e++;
			while (w > run && s[w - 1] == ' ')
				w--;
			if (e < b && w > a) {
				tm_add_norm(tm, s, run, w);
				tm_repl(tm, w, e - w, " | ", 3);
				run = e;
				i = e - 1;
				continue;
			}
		}
		if (i == join) {
			tm_add_norm(tm, s, run, i);
			tm_repl(tm, i, 3, " ", 1);
			run = i + 3;
			i += 2;
			continue;
		}
		if ((s[i] == '*' || s[i] == '_') && i + 1 < b &&
		    s[i + 1] == s[i])
			skip = 2;
		else if (i == ital_a || i == ital_c)
			skip = 1;
		else if (s[i] == '\\' && i + 1 < b &&
		    strchr("\\`*_{}[]()#+-.!|<>\"'", s[i + 1]) != NULL)
			skip = 1;
		/* pandoc's superscripts: "11^th^ July" */
		else if (s[i] == '^' && ((i + 3 < b && s[i + 3] == '^' &&
		    rd_isalpha((unsigned char)s[i + 1]) &&
		    rd_isalpha((unsigned char)s[i + 2])) || (i >= a + 3 &&
		    s[i - 3] == '^' && rd_isalpha((unsigned char)s[i - 1]) &&
		    rd_isalpha((unsigned char)s[i - 2]))))
			skip = 1;
		else if (s[i] == '<') {
			static const char *const tags[] = {
				"<small>", "</small>", "<br>", "<br/>",
				"<br />", "<u>", "</u>", "<b>", "</b>"
			};
			size_t t;

			for (t = 0; skip == 0 && t < sizeof tags /
			    sizeof tags[0]; t++)
				skip = rd_prefix(s + i, b - i, tags[t]);
		}
		if (skip == 0)
			continue;
		tm_add_norm(tm, s, run, i);
		i += skip - 1;
		run = i + 1;
	}
	tm_add_norm(tm, s, run, b);
}

/* A page's edge: a rule, "Page 3 of 9" (a form feed is stripped first). */
static int
page_edge(const char *s, size_t a, size_t b)
{
	return is_rule(s, a, b) || is_noise(s, a, b);
}

/*
 * 1 if the line at *a opens with form feeds, as pdftotext starts each
 * page: they are passed over, and the rest of the line is the page's
 * first line.
 */
static int
form_feed(const char *s, size_t *a, size_t b)
{
	if (*a >= b || s[*a] != '\f')
		return 0;
	while (*a < b && (s[*a] == '\f' || s[*a] == ' ' || s[*a] == '\t'))
		(*a)++;
	return 1;
}

/*
 * The line's hash without a page number at its end: a running header
 * ("Full Council - 12 March 2024", "Cabinet 5 March 2024   Page 7").  0
 * if the line cannot be one: long, a sentence, a label.
 */
static unsigned long long
header_hash(const char *s, size_t a, size_t b)
{
	size_t i, words = 1;
	int of;

	if (b - a > 100 || s[b - 1] == '.' || s[b - 1] == ':' ||
	    s[b - 1] == ',' || s[b - 1] == ';')
		return 0;
	/* "... Page 2 of 6": the page's number goes; a page's number alone:
	 * all such lines are one header */
	if ((b = page_number_end(s, a, b, &of)) == a)
		return 3;
	while (b > a && s[b - 1] == ' ')
		b--;
	if (b - a > 5 && rd_prefix(s + b - 5, 5, " page"))
		b -= 5;
	while (b > a && s[b - 1] == ' ')
		b--;
	for (i = a; i + 1 < b; i++)
		words += s[i] == ' ' && s[i + 1] != ' ';
	return words <= 12 && b > a ? util_hash64(s + a, b - a) | 1 : 0;
}

/* The lines at the pages' edges, in the order of the text. */
struct headers {
	unsigned long long *h;	/* header_hash of each */
	size_t *at;		/* where each starts */
	size_t n, cap;
	size_t next;		/* the first not yet passed */
	size_t edges;		/* page edges seen */
};

static void
headers_add(struct headers *hs, const char *s, size_t a, size_t b)
{
	unsigned long long h = header_hash(s, a, b);

	if (h == 0)
		return;
	if (hs->n == hs->cap) {
		hs->cap = hs->cap ? hs->cap * 2 : 16;
		hs->h = xreallocarray(hs->h, hs->cap, sizeof *hs->h);
		hs->at = xreallocarray(hs->at, hs->cap, sizeof *hs->at);
	}
	hs->h[hs->n] = h;
	hs->at[hs->n++] = a;
}

/* 1 if the line starting at a is at a page's edge and seen at another. */
static int
is_header(struct headers *hs, size_t a)
{
	size_t i, c = 0, k;

	while (hs->next < hs->n && hs->at[hs->next] < a)
		hs->next++;
	if (hs->next == hs->n || hs->at[hs->next] != a)
		return 0;
	k = hs->next;
	for (i = 0; i < hs->n; i++)
		c += hs->h[i] == hs->h[k];
	/* at a third of the edges at least: not two headings that met
	 * the top of a page by chance */
	return c >= 2 && c * 3 >= hs->edges;
}

/* A page's edge: the line before it, if any, is a footer. */
static void
edge_reached(struct headers *hs, const char *s, size_t la, size_t lb,
    int *edge, int *have_last)
{
	if (*have_last && !*edge)
		headers_add(hs, s, la, lb);
	if (!*edge)
		hs->edges++;
	*edge = 1;
	*have_last = 0;
}

/*
 * The lines printed at the top or foot of every page of a PDF, the
 * first text line after a page's edge or the last before one: those
 * seen at two edges or more are running headers, not minutes.
 */
static void
find_headers(const char *s, size_t len, struct headers *hs)
{
	size_t pos = 0, a, b, eol, la = 0, lb = 0;
	/* top: lines still to look at atop a page ("Fire Authority" /
	 * "16 February 2024" may head each page, a line each) */
	int edge = 0, have_last = 0, gap = 0, top = 0;

	while (pos < len) {
		const char *nl = memchr(s + pos, '\n', len - pos);

		eol = nl ? (size_t)(nl - s) : len;
		a = pos;
		b = eol;
		pos = eol + 1;
		trim(s, &a, &b);
		if (form_feed(s, &a, b)) {
			edge_reached(hs, s, la, lb, &edge, &have_last);
			top = 2;
		}
		if (a == b || blank(s + a, b - a) || b - a > READER_MAX_LINE) {
			gap = 1;
			continue;
		}
		if (page_edge(s, a, b)) {
			/* "Carried" / (blank) / "Minutes – 9 April 2024
			 * Page 3 of 6": the foot is that line alone; a line
			 * just over it may be the foot's too.  Over a rule
			 * ("---"), the page's foot is the line before. */
			if (gap && !is_rule(s, a, b))
				have_last = 0;
			edge_reached(hs, s, la, lb, &edge, &have_last);
			/* over a rule or a footer, the page's first line
			 * only: the second may be a table's cell */
			top = 1;
			continue;
		}
		if (top > 0) {
			headers_add(hs, s, a, b);
			top--;
		}
		edge = 0;
		gap = 0;
		la = a;
		lb = b;
		have_last = 1;
	}
	/* the end of the text is the last page's foot */
	if (have_last && hs->edges > 0)
		headers_add(hs, s, la, lb);
}

/*
 * 1 if the line s[pos..eol), a page's number alone ("81"), is set far to
 * the right or centred (30 columns in at least) between blank lines: the
 * page's number where the extraction kept no page break.
 */
static int
margin_number(const char *s, size_t len, size_t pos, size_t a, size_t b,
    size_t eol)
{
	size_t p, q;

	if (page_number(s, a, b) < 0 || a - pos < 30)
		return 0;
	if (pos > 0) {
		for (q = pos - 1; q > 0 && s[q - 1] != '\n'; q--)
			;
		if (!blank(s + q, pos - 1 - q))
			return 0;
	}
	if (eol < len) {
		for (p = q = eol + 1; q < len && s[q] != '\n'; q++)
			;
		if (!blank(s + p, q - p) && s[p] != '\f')
			return 0;
	}
	return 1;
}

/*
 * 1 if the line s[a..b) reads as a page's running header: a body's name
 * and a date ("Overview and Scrutiny Committee – 4 June 2024"), short, no
 * sentence, not numbered.
 */
static int
dated_header(const char *s, size_t a, size_t b)
{
	char *date;
	size_t i;

	if (b - a < 12 || b - a > 100 || header_hash(s, a, b) == 0 ||
	    rd_isdigit((unsigned char)s[a]) || !rd_isupper((unsigned char)
	    s[a]))
		return 0;
	/* "C154/24   Minutes of Health Committee held on 10 April 2024":
	 * a minute's reference opens a heading, not a header */
	for (i = a; i < b && s[i] != ' ' && s[i] != '\t'; i++)
		if (rd_isdigit((unsigned char)s[i]))
			return 0;
	/* "Cabinet – 12.11.24" */
	if (figures_date(s, a, b))
		return 1;
	if (memchr(s + a, '.', b - a) != NULL)
		return 0;
	/* the date ends it, or a dash sets it off: not a sentence's line
	 * that names a date */
	if (!rd_isdigit((unsigned char)s[b - 1]) && rd_find(s + a, b - a,
	    " - ") == (size_t)-1 && rd_find(s + a, b - a,
	    " \xe2\x80\x93 ") == (size_t)-1)
		return 0;
	date = rd_find_date(s + a, b - a);
	free(date);
	return date != NULL;
}

/*
 * 1 if the word w[0..n), in small letters, is written whole somewhere in
 * s[0..len) but at skip, in any case ("PARKING" in a heading).
 */
static int
word_written(const char *s, size_t len, const char *w, size_t n,
    size_t skip)
{
	size_t i;

	for (i = 0; i + n <= len; i++)
		if (i != skip && (s[i] | 0x20) == w[0] && (i == 0 ||
		    !rd_isalpha((unsigned char)s[i - 1])) &&
		    strncasecmp(s + i, w, n) == 0 && (i + n == len ||
		    !rd_isalpha((unsigned char)s[i + n])))
			return 1;
	return 0;
}

/* Endings that are no word of their own: "flood-" / "ing" is one word. */
static const char *const bound_endings[] = {
	"ing", "ings", "ed", "ment", "ments", "tion", "tions", "sion",
	"sions", "ly", "ness", "ity", "ities", "ance", "ances", "ence",
	"ences", "ally", "ous", "ive", "ives", "able", "ible", "ation",
	"ations", "ised", "ized", "ising", "izing", "ise", "ize", "ency",
	"ancy",
};

/* Endings of a longer piece that end a word broken inside its root:
 * "recom-" / "mendation", "require-" / "ments". */
static const char *const root_endings[] = {
	"tion", "tions", "sion", "sions", "ment", "ments", "ity", "ities",
	"ness", "ance", "ances", "ence", "ences",
};

/* Prefixes whose hyphen is the word's own: "co-" / "ordination",
 * "self-" / "assessment". */
static const char *const hyphened_prefixes[] = {
	"co", "non", "re", "pre", "post", "self", "anti", "multi", "sub",
	"inter", "cross", "over", "under", "semi", "mid", "ex", "pro",
	"counter", "socio", "cyber", "well", "long", "short", "full",
	"part", "high", "low", "cost", "mis", "de", "un",
};

/* Of those, the ones most words write solid: "re-" / "buttable",
 * "pro-" / "portionate", where "self-" / "assessment" keeps it. */
static const char *const solid_prefixes[] = {
	"re", "pro", "de", "un", "mis", "inter", "over", "under",
};

/* 1 if the piece p[0..n) (small letters) ends with one of endings. */
static int
ends_with_any(const char *p, size_t n, const char *const *endings,
    size_t count)
{
	size_t i, m;

	for (i = 0; i < count; i++) {
		m = strlen(endings[i]);
		if (n > m && memcmp(p + n - m, endings[i], m) == 0)
			return 1;
	}
	return 0;
}

/*
 * A word broken over two lines, "car park-" / "ing charges", as text
 * from a PDF carries it: 1 to drop the hyphen, 2 to keep it
 * ("decision-" / "making"), 0 if the line does not end in a broken word.
 * The hyphen goes when the whole word ("parking") is written elsewhere
 * in the text; else a prefix that takes a hyphen ("co-", "self-") keeps
 * it unless it is one most words write solid and the second piece is
 * long and no word the text writes ("pro-" / "portionate"); else it goes when the second piece is an
 * ending and no word ("ing", "ments"), or when the first piece is no
 * word the text writes and the second ends as a word's root does
 * ("mendation"), or the first is a syllable and the second no word the
 * text writes either ("con-" / "firm").
 * next is where the next line starts.
 */
static int
broken_word(const char *s, size_t len, size_t a, size_t b, size_t next,
    int *budget)
{
	static const char *const joins[] = { "and ", "or ", "to ", "nor " };
	char w[64];
	size_t i, k, wa, wn, head;
	int tail;

	if (b - a < 3 || s[b - 1] != '-' || !rd_islower((unsigned char)
	    s[b - 2]) || !rd_isalpha((unsigned char)s[b - 3]))
		return 0;
	while (next < len && (s[next] == ' ' || s[next] == '\t'))
		next++;
	if (next >= len || !rd_islower((unsigned char)s[next]))
		return 0;
	/* "short-" / "and long-term": the hyphen is the compound's */
	for (i = 0; i < sizeof joins / sizeof joins[0]; i++)
		if (rd_prefix(s + next, len - next, joins[i]))
			return 0;
	for (wa = b - 1; wa > a && rd_isalpha((unsigned char)s[wa - 1]); wa--)
		;
	for (k = next; k < len && rd_isalpha((unsigned char)s[k]); k++)
		;
	head = b - 1 - wa;
	wn = head + (k - next);
	if (wn >= sizeof w)
		return 2;
	memcpy(w, s + wa, head);
	memcpy(w + head, s + next, k - next);
	for (i = 0; i < wn; i++)
		if (w[i] >= 'A' && w[i] <= 'Z')
			w[i] = (char)(w[i] - 'A' + 'a');
	if (*budget > 0) {
		(*budget)--;
		if (word_written(s, len, w, wn, (size_t)-1))
			return 1;
	}
	/* the second piece as a word of its own elsewhere: "sub-" /
	 * "committee", "decision-" / "making" are compounds; "pro-" /
	 * "portionate" a word the line broke */
	tail = -1;
	if (*budget > 0 && wn - head >= 3) {
		(*budget)--;
		tail = word_written(s, len, w + head, wn - head, next);
	}
	if (rd_in_list(hyphened_prefixes, sizeof hyphened_prefixes /
	    sizeof hyphened_prefixes[0], w, head))
		return tail == 0 && wn - head >= 5 && rd_in_list(
		    solid_prefixes, sizeof solid_prefixes /
		    sizeof solid_prefixes[0], w, head) ? 1 : 2;
	if (rd_in_list(bound_endings, sizeof bound_endings /
	    sizeof bound_endings[0], w + head, wn - head))
		return 1;
	/* neither piece a word the text writes, the first a syllable:
	 * "con-" / "firm" ("in-" / "house", "twelve-" / "month" are
	 * compounds) */
	if (*budget > 0 && ((wn - head >= 5 && ends_with_any(w + head,
	    wn - head, root_endings, sizeof root_endings /
	    sizeof root_endings[0])) || (tail == 0 && head <= 4)) &&
	    !word_written(s, len, w, head, wa))
		return 1;
	return 2;
}

void
tm_build_clean(struct tmap *tm, const char *s, size_t len)
{
	size_t pos = 0, a, b, eol;
	int after_break = 1, pages = 1, pn, brk;
	/* words looked up over the whole text, at most */
	int budget = 64, after_foot = 0;
	struct headers hs = { NULL, NULL, 0, 0, 0, 0 };

	find_headers(s, len, &hs);

	while (pos < len) {
		const char *nl = memchr(s + pos, '\n', len - pos);

		eol = nl ? (size_t)(nl - s) : len;
		a = pos;
		b = eol;
		trim(s, &a, &b);
		if (b - a > READER_MAX_LINE) {
			/* Rejected by the caller; keep the line count. */
			a = b;
		}
		if (form_feed(s, &a, b)) {
			after_break = 1;
			pages++;
			/* "Cabinet – 4 June 2024" atop a page, seen once */
			if (dated_header(s, a, b))
				a = b;
		}
		if (a < b && a - pos >= 30 && margin_number(s, len, pos, a, b,
		    eol)) {
			/* the page's number, no break kept around it (and
			 * the next page's dated header after it) */
			a = b;
			after_break = 1;
			after_foot = 1;
			pages++;
		}
		if (a == b || blank(s + a, b - a) || table_rule(s, a, b)) {
			/* blank: keep it, it separates paragraphs (a table's
			 * "|---|---|" too) */
			a = b;
		} else if (is_rule(s, a, b)) {
			after_break = 1;
			pages++;
			a = b;
		} else if (is_noise(s, a, b)) {
			/* a page's foot; not a scanner's note atop the
			 * first page, over the minutes' own heading */
			after_foot = initials_line(s, a, b) ? 2 :
			    signature_line(s, a, b) ? 3 :
			    rd_prefix(s + a, b - a, "page ") ||
			    page_foot(s, a, b) || dashed_number(s, a, b) ||
			    numbered_foot(s, a, b);
			a = b;
		} else if (after_foot == 3 && signer_only(s, a, b)) {
			/* "Signed ……" / "Chairman": who signs */
			a = b;
		} else if (after_foot == 3 && (page_of_end(s, a, b) ||
		    page_number(s, a, b) >= 0)) {
			/* the page's foot or number under the signature */
			a = b;
			after_foot = 1;
		} else if (after_foot == 2 && page_number(s, a, b) >= 0) {
			/* "Chairman's initials ……" / "12": the page's
			 * number under it */
			a = b;
			after_foot = 1;
		} else if (after_foot && dated_header(s, a, b)) {
			/* "Page 2" / "Council – 16 May 2024": the next
			 * page's header, seen once */
			a = b;
			after_foot = 0;
		} else if (is_header(&hs, a)) {
			/* a running header or footer */
			a = b;
		} else if (after_break &&
		    (pn = page_number(s, a, b)) >= 0 &&
		    pn >= pages - 1 && pn <= pages + 1) {
			/* The page number printed at the top of a page. */
			after_break = 0;
			a = b;
		} else {
			after_break = 0;
			after_foot = 0;
			brk = nl != NULL ? broken_word(s, len, a, b, eol + 1,
			    &budget) : 0;
			if (brk != 0) {
				/* the word goes on on the next line */
				add_line(tm, s, a, brk == 1 ? b - 1 : b);
				pos = eol + 1;
				continue;
			}
			/* "▾ Item 1", "📄 Report PDF 320 KB": a page's
			 * glyph before the words */
			a += lead_glyph(s, a, b);
			add_line(tm, s, a, b);
		}
		if (nl != NULL)
			tm_copy(tm, eol, "\n", 1);
		else if (a < b)
			tm_repl(tm, len, 0, "\n", 1);
		pos = eol + 1;
	}
	free(hs.h);
	free(hs.at);
	tm->send = len;
}
