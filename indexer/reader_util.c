/*
 * reader_util.c: small text helpers the readers share: dates, title case,
 * routine items, resolution outcomes, acronyms and reference numbers.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reader_int.h"
#include "record.h"
#include "refs.h"
#include "text.h"

/* ---- Characters (ASCII only: the C library's are locale-dependent) ---- */

int
rd_isupper(int c)
{
	return c >= 'A' && c <= 'Z';
}

int
rd_islower(int c)
{
	return c >= 'a' && c <= 'z';
}

int
rd_isalpha(int c)
{
	return rd_isupper(c) || rd_islower(c);
}

int
rd_isdigit(int c)
{
	return c >= '0' && c <= '9';
}

int
rd_isspace(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

int
rd_presiding_role(const char *role)
{
	static const char *const words[] = {
		"chair", "mayor", "president", "convener", "convenor",
		"provost", "cathaoirleach", "warden", "reeve", "presiding",
		"speaker",
	};
	size_t i, n;

	if (role == NULL || rd_chairs_other_body(role))
		return 0;
	n = strlen(role);
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (rd_find(role, n, words[i]) != (size_t)-1)
			return 1;
	return 0;
}

int
rd_group_role(const char *role)
{
	size_t n;

	if (role == NULL)
		return 0;
	n = strlen(role);
	return rd_find(role, n, "opposition") != (size_t)-1 ||
	    rd_prefix(role, n, "shadow ") ||
	    (rd_find(role, n, "leader") != (size_t)-1 && rd_find(role, n,
	    " group") != (size_t)-1);
}

int
rd_executive_role(const char *role)
{
	size_t n;

	/* a group's leader asks, the Council's answers */
	if (role == NULL || rd_group_role(role))
		return 0;
	n = strlen(role);
	return rd_find(role, n, "cabinet") != (size_t)-1 ||
	    rd_find(role, n, "portfolio") != (size_t)-1 ||
	    rd_find(role, n, "leader") != (size_t)-1 ||
	    rd_find(role, n, "executive member") != (size_t)-1 ||
	    rd_find(role, n, "lead member") != (size_t)-1 ||
	    rd_find(role, n, "minister") != (size_t)-1;
}

int
rd_all_caps(const char *s, size_t n)
{
	size_t i, up = 0;

	for (i = 0; i < n; i++) {
		/* "COUNCILLOR McROBBIE", "MacDONALD": a name's prefix */
		if (s[i] == 'M' && (i == 0 || s[i - 1] == ' ')) {
			size_t k = i + 1 < n && s[i + 1] == 'a' ? i + 2 : i + 1;

			if (k + 1 < n && s[k] == 'c' &&
			    rd_isupper((unsigned char)s[k + 1]))
				i = k + 1;
		}
		/* "10th OCTOBER 2024": an ordinal's letters */
		if (i > 0 && rd_isdigit((unsigned char)s[i - 1]) && i + 1 < n &&
		    (rd_prefix(s + i, 2, "th") == 2 || rd_prefix(s + i, 2,
		    "st") == 2 || rd_prefix(s + i, 2, "nd") == 2 ||
		    rd_prefix(s + i, 2, "rd") == 2) && (i + 2 == n ||
		    !rd_isalpha((unsigned char)s[i + 2]))) {
			i++;
			continue;
		}
		if (rd_islower((unsigned char)s[i]))
			return 0;
		up += rd_isupper((unsigned char)s[i]);
	}
	return up > 0;
}

size_t
rd_wordchar(const char *s, size_t n)
{
	unsigned cp;
	size_t len;

	if (n == 0)
		return 0;
	if ((unsigned char)s[0] < 0x80)
		return rd_isalpha((unsigned char)s[0]) ? 1 : 0;
	len = text_utf8_decode(s, n, &cp);
	if (len == 0)
		return 0;
	/* Latin letters with accents: Ó, É, á, ...; not punctuation. */
	if ((cp >= 0xc0 && cp <= 0x24f && cp != 0xd7 && cp != 0xf7) ||
	    (cp >= 0x370 && cp <= 0x52f))
		return len;
	return 0;
}

static int
lower(int c)
{
	return rd_isupper(c) ? c + 32 : c;
}

size_t
rd_prefix(const char *s, size_t n, const char *prefix)
{
	size_t i;

	/* a space matches a line's end: "seconded" / "by Councillor Y",
	 * as a PDF wraps a paragraph */
	for (i = 0; prefix[i] != '\0'; i++)
		if (i >= n || (lower((unsigned char)s[i]) !=
		    lower((unsigned char)prefix[i]) && !(prefix[i] == ' ' &&
		    s[i] == '\n')))
			return 0;
	return i;
}

size_t
rd_find(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	const char *end, *next_a, *next_b;
	int a, b;

	if (m == 0)
		return 0;
	if (m > n)
		return (size_t)-1;
	/* Candidates are found by memchr, once for each case of the first
	 * letter: the readers search long paragraphs many times. */
	a = lower((unsigned char)needle[0]);
	b = rd_islower(a) ? a - 32 : a;
	end = s + (n - m) + 1;
	next_a = memchr(s, a, (size_t)(end - s));
	next_b = b == a ? NULL : memchr(s, b, (size_t)(end - s));
	while (next_a != NULL || next_b != NULL) {
		const char *p = next_b == NULL ||
		    (next_a != NULL && next_a < next_b) ? next_a : next_b;

		if (rd_prefix(p, n - (size_t)(p - s), needle))
			return (size_t)(p - s);
		if (p == next_a)
			next_a = p + 1 < end ?
			    memchr(p + 1, a, (size_t)(end - p - 1)) : NULL;
		else
			next_b = p + 1 < end ?
			    memchr(p + 1, b, (size_t)(end - p - 1)) : NULL;
	}
	return (size_t)-1;
}

int
rd_in_list(const char *const *list, size_t count, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < count; i++)
		if ((n == 0 || list[i][0] == s[0]) && strlen(list[i]) == n &&
		    memcmp(list[i], s, n) == 0)
			return 1;
	return 0;
}

int
rd_footer_links(const char *s, size_t n)
{
	static const char *const words[] = {
		"accessibility", "privacy", "cookies", "cookie policy",
		"site map", "sitemap", "terms and conditions", "terms of use",
		"disclaimer", "contact us", "copyright",
	};
	size_t i, hits = 0;

	if (rd_prefix(s, n, "copyright ") || rd_prefix(s, n, "\xc2\xa9"))
		return 1;
	if (n > 240)
		return 0;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		hits += rd_find(s, n, words[i]) != (size_t)-1;
	/* links in a row: "Accessibility | Privacy | Cookies", parted by
	 * bars, dots or wide spaces */
	return hits >= 2 && (memchr(s, '|', n) != NULL ||
	    rd_find(s, n, "\xc2\xb7") != (size_t)-1 ||
	    rd_find(s, n, "   ") != (size_t)-1 || n <= 60);
}

/* 1 if s[i..] opens a British postcode, "BF1 2QT", "KT4 6RR". */
static int
postcode_at(const char *s, size_t n, size_t i)
{
	size_t k = i, a;

	for (a = k; k < n && k - a < 2 && rd_isupper((unsigned char)s[k]); k++)
		;
	if (k == a || k >= n || !rd_isdigit((unsigned char)s[k]))
		return 0;
	k++;
	if (k < n && (rd_isdigit((unsigned char)s[k]) ||
	    rd_isupper((unsigned char)s[k])))
		k++;
	return k + 4 <= n && s[k] == ' ' &&
	    rd_isdigit((unsigned char)s[k + 1]) &&
	    rd_isupper((unsigned char)s[k + 2]) &&
	    rd_isupper((unsigned char)s[k + 3]) &&
	    (k + 4 == n || !rd_isalpha((unsigned char)s[k + 4]));
}

int
rd_address_line(const char *s, size_t n)
{
	size_t i;

	if (n > 200 || rd_find(s, n, ". ") != (size_t)-1)
		return 0;
	if (rd_prefix(s, n, "tel:") || rd_prefix(s, n, "tel "))
		return 1;
	for (i = 0; i + 6 <= n; i++)
		if ((i == 0 || s[i - 1] == ' ') && postcode_at(s, n, i))
			return 1;
	return 0;
}

size_t
rd_without_file_size(const char *s, size_t n)
{
	static const char *const kinds[] = {
		"pdf", "doc", "docx", "xls", "xlsx", "odt", "ppt", "pptx",
	};
	size_t e, w, k;

	/* "Local Transport Strategy pdf icon PDF 865 KB": the icon's
	 * words go too; "... pdf icon PDF 1" / "MB": the unit wrapped */
	if ((k = rd_find(s, n, " pdf icon")) != (size_t)-1) {
		for (e = k + 14; e < n && (rd_isdigit((unsigned char)s[e]) ||
		    s[e] == '.'); e++)
			;
		if (k + 9 == n || rd_without_file_size(s + k + 9, n - k - 9)
		    == 0 || (rd_prefix(s + k + 9, n - k - 9, " pdf ") &&
		    e == n && n > k + 14))
			return k;
	}
	if (n < 6 || (!rd_prefix(s + n - 3, 3, " kb") &&
	    !rd_prefix(s + n - 3, 3, " mb")))
		return n;
	e = n - 3;
	while (e > 0 && (rd_isdigit((unsigned char)s[e - 1]) ||
	    s[e - 1] == '.'))
		e--;
	if (e == n - 3 || e < 4 || s[e - 1] != ' ')
		return n;
	e--;
	for (w = e; w > 0 && s[w - 1] != ' '; w--)
		;
	for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		if (strlen(kinds[k]) == e - w &&
		    rd_prefix(s + w, e - w, kinds[k]))
			break;
	if (k == sizeof kinds / sizeof kinds[0])
		return n;
	while (w > 0 && s[w - 1] == ' ')
		w--;
	return w;
}

int
rd_find_any(const char *s, size_t n, const char *const *needles,
    size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (rd_find(s, n, needles[i]) != (size_t)-1)
			return 1;
	return 0;
}

char *
rd_squeeze(const char *s, size_t n)
{
	char *p;
	size_t k = n, need;

	/* A cut at a length may split a character: drop its first bytes. */
	while (k > 0 && ((unsigned char)s[k - 1] & 0xc0) == 0x80 && n - k < 3)
		k--;
	if (k > 0 && (unsigned char)s[k - 1] >= 0xc0) {
		unsigned char c = (unsigned char)s[k - 1];

		need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
		if (n - (k - 1) < need)
			n = k - 1;
	}
	p = xstrndup(s, n);

	if (text_squeeze(p) == 0) {
		free(p);
		return NULL;
	}
	return p;
}

/* ---- Dates ---- */

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

/* Month named at s: 1..12 and *len, or 0.  Takes "Oct", "Sept.", ... */
static int
month_at(const char *s, size_t n, size_t *len)
{
	size_t i, k;
	int m;

	for (k = 0; k < n && rd_isalpha((unsigned char)s[k]); k++)
		;
	if (k < 3)
		return 0;
	for (m = 0; m < 12; m++) {
		if (k > strlen(months[m]))
			continue;
		for (i = 0; i < k; i++)
			if (lower((unsigned char)s[i]) != months[m][i])
				break;
		if (i < k)
			continue;
		/* Whole name, or a 3 or 4 letter abbreviation ("Sept"). */
		if (k != strlen(months[m]) && k > 4)
			continue;
		*len = k;
		if (k < n && s[k] == '.')
			(*len)++;
		return m + 1;
	}
	return 0;
}

static int
number_at(const char *s, size_t n, size_t max, size_t *len)
{
	size_t i;
	int v = 0;

	for (i = 0; i < n && i < max && rd_isdigit((unsigned char)s[i]); i++)
		v = v * 10 + (s[i] - '0');
	if (i == 0 || (i < n && rd_isdigit((unsigned char)s[i])))
		return -1;
	*len = i;
	return v;
}

static char *
make_date(int y, int m, int d)
{
	static const int mdays[] = {
		31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1])
		return NULL;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) ||
	    y % 400 == 0))
		return NULL;
	return xasprintf("%04d-%02d-%02d", y, m, d);
}

size_t
rd_skip_spaces(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
		i++;
	return i;
}

/* A year of four digits (or two after a slash) at s[i]; sets *end. */
static int
year_at(const char *s, size_t n, size_t i, size_t *end)
{
	size_t k;
	int y = number_at(s + i, n - i, 4, &k);

	if (y < 0 || k != 4)
		return -1;
	*end = i + k;
	return y;
}

char *
rd_parse_date(const char *s, size_t n, size_t *used)
{
	size_t i = 0, k;
	int d, m, y;
	char *iso;

	if (n == 0)
		return NULL;
	/* "Monday, 19th October, 2015": the day's name tells nothing */
	for (k = 0; k < 7; k++) {
		static const char *const days[] = {
			"monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday"
		};
		size_t m2 = rd_prefix(s, n, days[k]);

		if (m2 == 0)
			continue;
		while (m2 < n && (s[m2] == ',' || s[m2] == ' '))
			m2++;
		iso = rd_parse_date(s + m2, n - m2, used);
		if (iso != NULL)
			*used += m2;
		return iso;
	}
	if (rd_isdigit((unsigned char)s[0])) {
		d = number_at(s, n, 4, &k);
		if (d < 0)
			return NULL;
		/* 2015-10-19, 2015/10/19 */
		if (k == 4 && k + 1 < n && (s[k] == '-' || s[k] == '/') &&
		    rd_isdigit((unsigned char)s[k + 1])) {
			size_t k2, k3;
			int mm = number_at(s + k + 1, n - k - 1, 2, &k2);

			if (mm > 0 && k + 1 + k2 < n &&
			    s[k + 1 + k2] == s[k]) {
				int dd = number_at(s + k + 2 + k2,
				    n - k - 2 - k2, 2, &k3);

				if (dd > 0 && (iso = make_date(d, mm, dd))) {
					*used = k + 2 + k2 + k3;
					return iso;
				}
			}
			return NULL;
		}
		if (k > 2)
			return NULL;
		i = k;
		/* 19/10/2015, 19.10.2015, 19-10-15: day first. */
		if (i + 1 < n && (s[i] == '/' || s[i] == '.' || s[i] == '-') &&
		    rd_isdigit((unsigned char)s[i + 1])) {
			char sep = s[i];
			size_t k2, k3;

			m = number_at(s + i + 1, n - i - 1, 2, &k2);
			if (m < 1 || i + 1 + k2 >= n || s[i + 1 + k2] != sep)
				return NULL;
			y = number_at(s + i + 2 + k2, n - i - 2 - k2, 4, &k3);
			if (y < 0 || (k3 != 4 && k3 != 2))
				return NULL;
			if (k3 == 2)
				y += y < 70 ? 2000 : 1900;
			/* "3/19/2024": month first, as America writes it,
			 * when the second number cannot be a month */
			if (m > 12 && d <= 12) {
				int t = m;

				m = d;
				d = t;
			}
			if ((iso = make_date(y, m, d)) == NULL)
				return NULL;
			*used = i + 2 + k2 + k3;
			return iso;
		}
		/* 19th, 19 th, and OCR debris like 11™ or 2" */
		if (i + 1 < n && (rd_prefix(s + i, n - i, "st") ||
		    rd_prefix(s + i, n - i, "nd") ||
		    rd_prefix(s + i, n - i, "rd") ||
		    rd_prefix(s + i, n - i, "th")) &&
		    !rd_isalpha((unsigned char)(i + 2 < n ? s[i + 2] : ' ')))
			i += 2;
		else {
			for (k = 0; k < 4 && i + k < n &&
			    !rd_isspace((unsigned char)s[i + k]) &&
			    !rd_isalpha((unsigned char)s[i + k]) &&
			    !rd_isdigit((unsigned char)s[i + k]) &&
			    s[i + k] != ','; k++)
				;
			if (k < 4 && i + k < n && rd_isspace((unsigned char)
			    s[i + k]))
				i += k;
		}
		i = rd_skip_spaces(s, n, i);
		/* "the 6th day of June 2023" */
		if (rd_prefix(s + i, n - i, "day of "))
			i = rd_skip_spaces(s, n, i + 7);
		else if (rd_prefix(s + i, n - i, "of "))
			i = rd_skip_spaces(s, n, i + 3);
		if ((m = month_at(s + i, n - i, &k)) == 0)
			return NULL;
		i += k;
		if (i < n && s[i] == ',')
			i++;
		i = rd_skip_spaces(s, n, i);
		if ((y = year_at(s, n, i, &i)) < 0)
			return NULL;
		if ((iso = make_date(y, m, d)) == NULL)
			return NULL;
		*used = i;
		return iso;
	}
	/* October 19, 2015 and October 19th 2015 */
	if ((m = month_at(s, n, &k)) == 0)
		return NULL;
	i = rd_skip_spaces(s, n, k);
	d = number_at(s + i, n - i, 2, &k);
	if (d < 1)
		return NULL;
	i += k;
	if (rd_prefix(s + i, n - i, "st") || rd_prefix(s + i, n - i, "nd") ||
	    rd_prefix(s + i, n - i, "rd") || rd_prefix(s + i, n - i, "th"))
		i += 2;
	if (i < n && s[i] == ',')
		i++;
	i = rd_skip_spaces(s, n, i);
	if ((y = year_at(s, n, i, &i)) < 0)
		return NULL;
	if ((iso = make_date(y, m, d)) == NULL)
		return NULL;
	*used = i;
	return iso;
}

char *
rd_find_date(const char *s, size_t n)
{
	size_t i, used;
	char *iso;

	for (i = 0; i < n; i++) {
		if (i > 0 && (rd_isalpha((unsigned char)s[i - 1]) ||
		    rd_isdigit((unsigned char)s[i - 1])))
			continue;
		if (!rd_isalpha((unsigned char)s[i]) &&
		    !rd_isdigit((unsigned char)s[i]))
			continue;
		iso = rd_parse_date(s + i, n - i, &used);
		if (iso != NULL)
			return iso;
	}
	return NULL;
}

int
rd_minute_cell(const char *s, size_t n, int spaced)
{
	size_t i;
	int digit = 0;

	if (n == 0 || n > 16 || (!rd_isalpha((unsigned char)s[0]) &&
	    !rd_isdigit((unsigned char)s[0])))
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (rd_isdigit(c))
			digit = 1;
		else if (!rd_isalpha(c) && c != '.' && c != '/' && c != '-' &&
		    !(spaced && c == ' '))
			return 0;
	}
	return digit;
}

/* ---- Title case ---- */

/* 1 if s[0..n) is one of list's words, in any case. */
static int
word_in(const char *const *list, size_t count, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (strlen(list[i]) == n && rd_prefix(s, n, list[i]) == n)
			return 1;
	return 0;
}

static int
upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - 32 : c;
}

/* 1 if the word before [a, b) or the one after is in small letters. */
static int
lower_nearby(const char *t, size_t n, size_t a, size_t b)
{
	size_t k = a;

	while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '('))
		k--;
	if (k > 0 && k < a && rd_islower((unsigned char)t[k - 1]))
		return 1;
	k = b;
	while (k < n && (t[k] == ' ' || t[k] == ')'))
		k++;
	return k > b && k < n && rd_islower((unsigned char)t[k]);
}

static int
small_word(const char *w, size_t n)
{
	static const char *const small[] = {
		"a", "an", "and", "as", "at", "by", "for", "in", "of", "on",
		"or", "the", "to", "with"
	};

	return word_in(small, sizeof small / sizeof small[0], w, n);
}

/* The run of non-spaces around s[i], [*a, *b). */
static void
run_around(const char *s, size_t n, size_t i, size_t *a, size_t *b)
{
	for (*a = i; *a > 0 && s[*a - 1] != ' '; (*a)--)
		;
	for (*b = i; *b < n && s[*b] != ' '; (*b)++)
		;
}

/* 1 if the run of non-spaces around s[i] holds a digit: a reference,
 * "WK/PREM/24/0113", not "CONFERENCES/TRAINING". */
static int
reference_chunk(const char *s, size_t n, size_t i)
{
	size_t a, b;

	run_around(s, n, i, &a, &b);
	for (; a < b; a++)
		if (rd_isdigit((unsigned char)s[a]))
			return 1;
	return 0;
}

/* 1 if s[0..n) is a person's title with no vowel: "CR", "CLLR", "MR". */
static int
title_abbrev(const char *s, size_t n)
{
	static const char *const t[] = {
		"cr", "cllr", "clr", "mr", "mrs", "ms", "dr", "st",
	};

	return word_in(t, sizeof t / sizeof t[0], s, n);
}

/*
 * 1 if the letters w[0..n) after a number are its suffix, set in small
 * letters in a title: "3RD", "2PM".
 */
static int
number_suffix(const char *w, size_t n)
{
	static const char *const t[] = {
		"st", "nd", "rd", "th", "am", "pm", "a.m.", "p.m.",
	};

	return word_in(t, sizeof t / sizeof t[0], w, n);
}

/* 1 if the run of non-spaces around s[i] holds a slash: the "C" of an
 * application's "23/2861C" keeps its capital, the "MPH" of "20MPH" not */
static int
slashed(const char *s, size_t n, size_t i)
{
	size_t a, b;

	run_around(s, n, i, &a, &b);
	return memchr(s + a, '/', b - a) != NULL;
}

/* 1 if the two capitals at s are an initialism a title keeps: "UK". */
static int
known_pair(const char *s)
{
	static const char *const pairs[] = {
		"UK", "EU", "NI", "GP", "HR", "AI", "EV", "UN",
	};

	return word_in(pairs, sizeof pairs / sizeof pairs[0], s, 2);
}

/* 1 if the two capitals at s are a common word or part of a name: "UP",
 * "NO", "IT", the "DE" of "ASHBY DE LA ZOUCH". */
static int
common_pair(const char *s)
{
	static const char *const words[] = {
		"UP", "GO", "NO", "IS", "BE", "WE", "US", "MY", "SO", "DO",
		"ME", "HE", "AM", "IT", "IF", "OF", "TO", "IN", "ON", "AT",
		"BY", "AN", "AS", "OR", "OK", "AD", "EX", "OH", "HA", "HI",
		/* of names: "ASHBY DE LA ZOUCH" */
		"DE", "LA", "LE", "DU", "EL", "DA", "DI", "LO", "YE", "MC",
	};

	return word_in(words, sizeof words / sizeof words[0], s, 2);
}

/* 1 if minutes set the word in capitals for emphasis: "the MOTION was
 * CARRIED", "it was RESOLVED". */
static int
emphasis_word(const char *w, size_t n)
{
	static const char *const words[] = {
		"motion", "amendment", "resolved", "agreed", "carried", "lost",
		"noted", "approved", "refused", "deferred", "granted",
		"withdrawn", "received", "endorsed", "adopted", "decision",
		"recommended", "not", "and", "the", "all", "none", "nil",
		"note", "vote", "for", "against",
	};

	return word_in(words, sizeof words / sizeof words[0], w, n);
}

void
rd_keep_acronyms(char *title, const char *text, size_t n)
{
	size_t i = 0, w, j, at, from;

	while (title[i] != '\0') {
		if (!rd_isupper((unsigned char)title[i]) || (i > 0 &&
		    rd_isalpha((unsigned char)title[i - 1]))) {
			i++;
			continue;
		}
		for (w = i + 1; rd_islower((unsigned char)title[w]); w++)
			;
		if (w - i < 2 || w - i > 8 || rd_isalpha((unsigned char)
		    title[w]) || (unsigned char)title[w] >= 0x80 ||
		    emphasis_word(title + i, w - i)) {
			i = w;
			continue;
		}
		/* the word in capitals in running text, next to a word in
		 * small letters: "the SEND service", "SEND provision" */
		for (from = 0; from < n; from = at + 1) {
			const char *hit;
			size_t k;

			hit = NULL;
			for (at = from; at + (w - i) <= n; at++) {
				for (k = 0; k < w - i && text[at + k] ==
				    upper((unsigned char)title[i + k]); k++)
					;
				if (k == w - i) {
					hit = text + at;
					break;
				}
			}
			if (hit == NULL)
				break;
			if ((at > 0 && rd_isalpha((unsigned char)
			    text[at - 1])) || (at + (w - i) < n &&
			    rd_isalpha((unsigned char)text[at + (w - i)])))
				continue;
			if (lower_nearby(text, n, at, at + (w - i))) {
				for (j = i; j < w; j++)
					title[j] = (char)upper((unsigned char)
					    title[j]);
				break;
			}
		}
		i = w;
	}
}

/*
 * 1 if the letters at s[i] end a postcode's inward part, after a digit
 * and its outward part: the "HF" of "NW3 3HF", not the "RD" of "3RD".
 */
static int
postcode_inward(const char *s, size_t n, size_t i)
{
	size_t d = i, o;

	while (d > 0 && rd_isdigit((unsigned char)s[d - 1]))
		d--;
	if (i - d != 1 || d < 3 || s[d - 1] != ' ' || i + 2 > n ||
	    !rd_isupper((unsigned char)s[i]) ||
	    !rd_isupper((unsigned char)s[i + 1]) ||
	    (i + 2 < n && (rd_isalpha((unsigned char)s[i + 2]) ||
	    rd_isdigit((unsigned char)s[i + 2]))))
		return 0;
	/* the outward part: one or two letters, a digit, and perhaps a
	 * digit or a letter ("NW3", "M1", "EC1A", "SW11") */
	for (o = d - 1; o > 0 && (rd_isalpha((unsigned char)s[o - 1]) ||
	    rd_isdigit((unsigned char)s[o - 1])); o--)
		;
	return d - 1 - o >= 2 && d - 1 - o <= 4 &&
	    rd_isupper((unsigned char)s[o]) &&
	    (rd_isdigit((unsigned char)s[o + 1]) || (rd_isupper(
	    (unsigned char)s[o + 1]) && rd_isdigit((unsigned char)s[o + 2])));
}

char *
rd_titlecase(const char *s)
{
	struct buf b = BUF_INIT;
	size_t i, n = strlen(s), w;
	int first = 1;

	if (!rd_all_caps(s, n)) {
		/* "... LONDON N11 1GN - 23/4412/RMA (Coppetts)": capitals,
		 * then a ward in brackets as it is written */
		size_t o = n;
		char *head, *out;

		if (n > 4 && s[n - 1] == ')')
			for (o = n - 1; o > 0 && s[o] != '('; o--)
				;
		if (o == n || o < 2 || s[o - 1] != ' ' || !rd_all_caps(s,
		    o - 1))
			return xstrdup(s);
		head = xstrndup(s, o);
		out = rd_titlecase(head);
		free(head);
		buf_append(&b, out, strlen(out));
		buf_append(&b, s + o, n - o);
		free(out);
		return buf_steal(&b);
	}
	for (i = 0; i < n; i = w) {
		size_t k, vowels = 0;

		if (!rd_isalpha((unsigned char)s[i]) &&
		    rd_wordchar(s + i, n - i) == 0) {
			buf_putc(&b, s[i]);
			w = i + 1;
			continue;
		}
		for (w = i; w < n; ) {
			k = rd_wordchar(s + w, n - w);
			if (k == 0)
				break;
			if (strchr("AEIOUY", s[w]) != NULL || k > 1)
				vowels++;
			w += k;
		}
		/* "A29", a road, and "CLLR. A. FITZGERALD", an initial, are
		 * no articles */
		for (k = i; k > 0 && rd_isdigit((unsigned char)s[k - 1]); k--)
			;
		if (k < i && (postcode_inward(s, n, i) || (k > 0 &&
		    rd_isupper((unsigned char)s[k - 1])))) {
			/* "LONDON NW3 3HF", "EC1A": a postcode or a code
			 * keeps its capitals (not "3RD") */
			buf_append(&b, s + i, w - i);
		} else if ((!first && small_word(s + i, w - i) && (w >= n ?
		    w - i > 1 : !rd_isdigit((unsigned char)s[w]) &&
		    !(w - i == 1 && (s[w] == '.' || s[w] == ',')))) ||
		    (i > 0 && rd_isdigit((unsigned char)s[i - 1]) &&
		    (number_suffix(s + i, w - i) || !slashed(s, n, i))) ||
		    (i > 1 && s[i - 1] == ' ' &&
		    rd_isdigit((unsigned char)s[i - 2]) && w - i == 2 &&
		    (s[i] == 'A' || s[i] == 'P') && s[i + 1] == 'M') ||
		    (i > 1 && s[i - 1] == '\'' && w - i <= 2 &&
		    rd_isalpha((unsigned char)s[i - 2])) ||
		    (i > 1 && s[i - 1] == '(' && w - i == 1 && w < n &&
		    s[w] == ')' && rd_isalpha((unsigned char)s[i - 2]))) {
			/* "of", "the"; "3RD", "2PM"; "MAYOR'S", "WON'T";
			 * "MEETING(S)" */
			text_lower(s + i, w - i, &b);
		} else if ((vowels == 0 && w - i <= 5 &&
		    !title_abbrev(s + i, w - i)) || (w - i == 2 &&
		    known_pair(s + i) && (w >= n || s[w] == ' ' ||
		    s[w] == ',')) || (((i > 0 &&
		    s[i - 1] == '/') || (w < n && s[w] == '/')) &&
		    reference_chunk(s, n, i)) || (w < n &&
		    rd_isdigit((unsigned char)s[w])) || (w - i == 2 &&
		    w + 1 < n && s[w] == ' ' && rd_isdigit((unsigned char)
		    s[w + 1]) && !common_pair(s + i))) {
			/* SPC, JPC, "FY 2024": acronyms keep their capitals,
			 * and so do the parts of a reference: 22/01234/FUL,
			 * WK/PREM/24/0113, DA2023/0418. */
			buf_append(&b, s + i, w - i);
		} else {
			k = rd_wordchar(s + i, w - i);
			/* "McROBBIE" -> McRobbie */
			if (w - i > 3 && s[i] == 'M' && s[i + 1] == 'c')
				k = 3;
			buf_append(&b, s + i, k);
			text_lower(s + i + k, w - i - k, &b);
		}
		/* O'BRIEN -> O'Brien */
		if (w - i == 1 && w + 1 < n && s[w] == '\'' &&
		    rd_isalpha((unsigned char)s[w + 1])) {
			buf_putc(&b, '\'');
			buf_putc(&b, s[w + 1]);
			w += 2;
			while (w < n && rd_isalpha((unsigned char)s[w])) {
				buf_putc(&b, lower((unsigned char)s[w]));
				w++;
			}
		}
		first = 0;
	}
	return buf_steal(&b);
}

/* ---- Routine items and outcomes ---- */

int
rd_is_routine(const char *title)
{
	/* Each entry: words that must all appear, in order. */
	static const char *const rules[][3] = {
		{ "apolog", NULL, NULL },
		{ "declaration", "interest", NULL },
		{ "disclosure", "interest", NULL },
		{ "declarations of", NULL, NULL },
		{ "interests", "declar", NULL },
		{ "pecuniary interest", NULL, NULL },
		{ "conflict", "interest", NULL },
		{ "register", "interest", NULL },
		{ "minute", "previous", NULL },
		{ "minute", "last meeting", NULL },
		{ "adoption of", "minutes", NULL },
		{ "confirm", "minutes", NULL },
		{ "approv", "minutes", NULL },
		{ "minutes of", "meeting held", NULL },
		{ "matters arising", NULL, NULL },
		{ "date", "next meeting", NULL },
		{ "dates", "future meeting", NULL },
		{ "time", "next meeting", NULL },
		{ "any other business", NULL, NULL },
		{ "other business", NULL, NULL },
		/* "Any Other Relevant Business", "Any Other Urgent Business" */
		{ "any other", "business", NULL },
		{ "exclusion of", "public", NULL },
		{ "exclusion of", "press", NULL },
		{ "exclude the public", NULL, NULL },
		{ "exclude the press", NULL, NULL },
		{ "close of meeting", NULL, NULL },
		{ "meeting close", NULL, NULL },
		{ "substitut", "member", NULL },
		/* "Absence of Members (If Any)", "Members' Interests" */
		{ "absence of members", NULL, NULL },
		{ "members' interests", NULL, NULL },
		{ "members\xe2\x80\x99 interests", NULL, NULL },
		/* "Reports Containing Confidential or Exempt Information":
		 * the resolution to exclude the public */
		{ "containing", "exempt information", NULL },
		{ "exempt minutes", NULL, NULL },
		/* the procedure of North American and Pacific meetings */
		{ "call to order", NULL, NULL },
		{ "roll call", NULL, NULL },
		{ "pledge of allegiance", NULL, NULL },
		{ "approv", "agenda", NULL },
		{ "adoption of", "agenda", NULL },
		{ "karakia", NULL, NULL },
		{ "invocation", NULL, NULL },
		{ "acknowledgement of country", NULL, NULL },
		{ "acknowledgement of traditional", NULL, NULL },
		{ "opening prayer", NULL, NULL },
		{ "opening of the meeting", NULL, NULL },
		{ "leave of absence", NULL, NULL },
		{ "any other matters", NULL, NULL },
		{ "closure of", "meeting", NULL },
		{ "declaration of opening", NULL, NULL },
		{ "opening declaration", NULL, NULL },
		{ "confirmation of", "agenda", NULL },
		{ "adjournment of", "meeting", NULL },
		/* the business taken in private */
		{ "confidential business", NULL, NULL },
		{ "confidential items", NULL, NULL },
		{ "restricted items", NULL, NULL },
		{ "private business", NULL, NULL },
	};
	size_t i, j, n, at, off;

	if (title == NULL)
		return 0;
	n = strlen(title);
	if (rd_prefix(title, n, "conclusion of meeting") ||
	    rd_prefix(title, n, "conclusion of the meeting") ||
	    /* "FUTURE MEETINGS", "Future meeting dates" */
	    rd_prefix(title, n, "future meeting"))
		return 1;
	/* "Cofnodion / Minutes": in two languages, by the second */
	if ((at = rd_english_half(title, n)) != 0)
		return rd_is_routine(title + at);
	/* Scotland: "MINUTE", "Minute of Meeting of the Planning Committee
	 * of 20 March 2024" */
	if ((rd_prefix(title, n, "minute") && n <= 7) ||
	    (rd_prefix(title, n, "minute of meeting") && n <= 120)) {
		char *d = n <= 7 ? NULL : rd_find_date(title, n);

		free(d);
		if (n <= 7 || d != NULL)
			return 1;
	}
	/* A bare "Minutes" item, or "Minutes of the meeting held on ...". */
	if (rd_prefix(title, n, "minutes") && (n <= 8 ||
	    rd_find(title, n, "held on") != (size_t)-1))
		return 1;
	/* ... or "Minutes of 6th February 2024" */
	if (rd_prefix(title, n, "minutes of ") && n <= 40) {
		char *d = rd_find_date(title, n);

		free(d);
		if (d != NULL)
			return 1;
	}
	/* "Minutes – Stirling Council 15 December 2022" */
	if (rd_prefix(title, n, "minutes ") && n <= 90 && (rd_find(title,
	    n, " - ") == 7 || rd_find(title, n, " \xe2\x80\x93 ") == 7)) {
		char *d = rd_find_date(title, n);

		free(d);
		if (d != NULL)
			return 1;
	}
	/* "Urgent Items", "Items of Urgent Business", "Late Items": the
	 * agenda's room for what came up, as any other business is */
	if (n <= 40 && (rd_find(title, n, "urgent business") != (size_t)-1 ||
	    rd_find(title, n, "urgent items") != (size_t)-1 ||
	    rd_find(title, n, "late items") != (size_t)-1))
		return 1;
	/* "Notification of Any Items of Business That the Chair Considers
	 * Urgent", "Urgent Matters as Agreed by the Chair", "Any Other
	 * Items": the same room, in more words */
	/* ... "Any Item(s) That the Chair Decides Are Urgent" */
	if (n <= 100 && (rd_find(title, n, "urgent") != (size_t)-1 &&
	    (rd_find(title, n, "chair") != (size_t)-1 ||
	    rd_find(title, n, "mayor") != (size_t)-1) &&
	    (rd_find(title, n, "business") != (size_t)-1 ||
	    rd_find(title, n, "item") != (size_t)-1 ||
	    rd_find(title, n, "matters") != (size_t)-1)))
		return 1;
	if (n <= 24 && rd_prefix(title, n, "any other items"))
		return 1;
	if ((rd_prefix(title, n, "aob") && n <= 4) ||
	    (rd_prefix(title, n, "aocb") && n <= 5) ||
	    (rd_prefix(title, n, "adjournment") && n <= 12) ||
	    (rd_prefix(title, n, "adjourn") && n <= 8) ||
	    (rd_prefix(title, n, "closure") && n <= 8) ||
	    /* "Prayer", "Prayers", "Attendance", "Attendance and
	     * Apologies" */
	    (rd_prefix(title, n, "prayer") && n <= 8) ||
	    (rd_prefix(title, n, "attendance") && n <= 11) ||
	    /* "Opening", "Welcome", "Close", "Opening and Welcome" */
	    ((rd_prefix(title, n, "opening") || rd_prefix(title, n,
	    "welcome") || rd_prefix(title, n, "close") || rd_prefix(title, n,
	    "closing")) && n <= 30 && rd_find(title, n, "report") ==
	    (size_t)-1 && (n <= 8 || rd_find(title, n, " and ") !=
	    (size_t)-1 || rd_find(title, n, "meeting") != (size_t)-1 ||
	    rd_find(title, n, "apolog") != (size_t)-1)))
		return 1;
	for (i = 0; i < sizeof rules / sizeof rules[0]; i++) {
		off = 0;
		for (j = 0; j < 3 && rules[i][j] != NULL; j++) {
			at = rd_find(title + off, n - off, rules[i][j]);
			if (at == (size_t)-1)
				break;
			off += at + strlen(rules[i][j]);
		}
		if (j == 3 || rules[i][j] == NULL)
			return 1;
	}
	return 0;
}

/* 1 if the word at text[i] comes after "not" or "not be". */
static int
negated(const char *text, size_t i)
{
	static const char *const before[] = { "not be ", "not " };
	size_t k, m;

	for (k = 0; k < 2; k++) {
		m = strlen(before[k]);
		if (i >= m && rd_prefix(text + i - m, m, before[k]) &&
		    (i == m || !rd_isalpha((unsigned char)text[i - m - 1])))
			return 1;
	}
	return 0;
}

/*
 * 1 if "withdrawn" at text[i] tells what befell something at another
 * time, not what the meeting did: "the Sunday service withdrawn in May
 * 2024", "no bus service will be withdrawn during 2025/26".
 */
static int
withdrawn_described(const char *text, size_t i, size_t n)
{
	static const char *const after[] = {
		" in ", " during ", " since ", " last ", " earlier ",
		" from service",
	};
	size_t k, a;

	for (k = 0; k < sizeof after / sizeof after[0]; k++)
		if (rd_prefix(text + i + 9, n - i - 9, after[k]))
			return 1;
	/* "the service withdrawn": a noun's, with no "was" or "be" */
	for (a = i; a > 0 && text[a - 1] == ' '; a--)
		;
	k = a;
	while (a > 0 && rd_isalpha((unsigned char)text[a - 1]))
		a--;
	/* ("service" and "route" take their plurals too) */
	return k > a && (rd_prefix(text + a, k - a, "service") ||
	    rd_prefix(text + a, k - a, "route") ||
	    rd_prefix(text + a, k - a, "funding")) && k - a <= 8;
}

/*
 * 1 if "withdraw" at text[i] is no withdrawal the meeting decided: the
 * public "asked to withdraw from the meeting", or "the proposal to
 * withdraw free transport", what a proposal would do.
 */
static int
withdraw_undecided(const char *text, size_t i, size_t n)
{
	static const char *const before[] = {
		"proposal to ", "proposals to ", "plan to ", "plans to ",
		"decision to ", "intention to ",
	};
	static const char *const place[] = {
		"the meeting", "the room", "the chamber", "the council chamber",
	};
	size_t k, m, at;

	for (k = 0; k < sizeof before / sizeof before[0]; k++) {
		m = strlen(before[k]);
		if (i >= m && rd_prefix(text + i - m, m, before[k]))
			return 1;
	}
	at = i + 8;
	if (at < n && text[at] == ' ')
		at++;
	if (!rd_prefix(text + at, n - at, "from "))
		return 0;
	at += 5;
	for (k = 0; k < sizeof place / sizeof place[0]; k++)
		if (rd_prefix(text + at, n - at, place[k]))
			return 1;
	return 0;
}

/*
 * 1 if "delegated" at text[i] names what was done under powers handed on
 * before: "the delegated Tree Preservation Order decisions ... be noted",
 * "in accordance with the delegated powers of the Committee".
 */
static int
delegated_already(const char *text, size_t i, size_t n)
{
	static const char *const before[] = { "the ", "under ", "its ",
	    "their ", "existing " };
	static const char *const after[] = { " decision", " power",
	    " approval", " function", " tree", " planning", " application" };
	size_t k, e;

	if (!rd_prefix(text + i, n - i, "delegated "))
		return 0;
	for (k = 0; k < sizeof before / sizeof before[0]; k++)
		if (i >= strlen(before[k]) && rd_prefix(text + i -
		    strlen(before[k]), strlen(before[k]), before[k]))
			break;
	if (k == sizeof before / sizeof before[0])
		return 0;
	/* the words after it, to the next stop or comma, name the thing */
	for (e = i + 9; e < n && e < i + 60 && text[e] != '.' &&
	    text[e] != ','; e++)
		;
	for (k = 0; k < sizeof after / sizeof after[0]; k++)
		if (rd_find(text + i + 9, e - i - 9, after[k]) != (size_t)-1)
			return 1;
	return 0;
}

/*
 * 1 if "delegation" at text[i] is people, not powers handed on: "meet a
 * cross-party delegation of this Council", "receive a delegation";
 * "delegation of authority to the Director" hands them on.
 */
static int
delegation_people(const char *text, size_t i, size_t n)
{
	static const char *const powers[] = {
		"power", "authority", "function", "decision", "responsib",
		"executive", "the power", "the authority", "the decision",
		"delegated", "officer",
	};
	size_t k, at;

	if (!rd_prefix(text + i, n - i, "delegation"))
		return 0;
	if (!rd_prefix(text + i, n - i, "delegation of "))
		return 1;
	at = i + 14;
	for (k = 0; k < sizeof powers / sizeof powers[0]; k++)
		if (rd_prefix(text + at, n - at, powers[k]))
			return 0;
	return 1;
}

/* 1 if the word ending before text[end] starts with a capital. */
static int
prev_capital(const char *text, size_t end)
{
	size_t a = end;

	while (a > 0 && text[a - 1] != ' ')
		a--;
	return a < end && rd_isupper((unsigned char)text[a]);
}

/* 1 if s opens "refuse" the noun: "refuse collection", "refuse vehicles". */
static int
refuse_noun(const char *s, size_t n)
{
	static const char *const nouns[] = {
		"collection", "vehicle", "lorr", "freighter", "truck", "service",
		"and recycling", "bin", "sack", "disposal", "round", "crew",
		"depot", "fleet", "contract",
	};
	size_t i;

	if (!rd_prefix(s, n, "refuse "))
		return 0;
	for (i = 0; i < sizeof nouns / sizeof nouns[0]; i++)
		if (rd_prefix(s + 7, n - 7, nouns[i]))
			return 1;
	return 0;
}

/* 1 if the refusal at s, i bytes into text, is one made before or a
 * thing's name: "the grounds of refusal", "Appeal against refusal",
 * "the previous refusal", "a refusals register"; "moved refusal" and
 * "recommended for refusal" decide. */
static int
refusal_named(const char *text, size_t i, size_t n)
{
	static const char *const before[] = {
		"of ", "against ", "previous ", "the ", "a ", "earlier ",
	};
	size_t j, len;

	if (!rd_prefix(text + i, n - i, "refusal"))
		return 0;
	for (j = 0; j < sizeof before / sizeof before[0]; j++) {
		len = strlen(before[j]);
		if (i >= len && strncasecmp(text + i - len, before[j],
		    len) == 0 && (i == len ||
		    !rd_isalpha((unsigned char)text[i - len - 1])))
			return 1;
	}
	return 0;
}

/*
 * Where a motion that opens by noting ("This Council notes that ...")
 * says what it does: after "resolves", "and asks", "calls on" and the
 * like; 0 if text is no such motion.
 */
static size_t
motion_acts(const char *text, size_t n)
{
	static const char *const bodies[] = {
		"council notes", "committee notes", "board notes",
		"panel notes", "authority notes",
	};
	static const char *const acts[] = {
		" resolves", " asks ", " requests ", " calls on ",
		" calls upon ", " commits ", " instructs ", " urges ",
		" agrees ",
	};
	size_t i, at, best = (size_t)-1;

	for (i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
		if ((at = rd_find(text, n < 80 ? n : 80, bodies[i])) !=
		    (size_t)-1)
			break;
	if (i == sizeof bodies / sizeof bodies[0])
		return 0;
	for (i = 0; i < sizeof acts / sizeof acts[0]; i++) {
		size_t k = rd_find(text + at, n - at, acts[i]);

		if (k != (size_t)-1 && at + k + strlen(acts[i]) < best)
			best = at + k + strlen(acts[i]);
	}
	return best == (size_t)-1 || best >= n ? 0 : best;
}

/* 1 if the "note" at text[i] is a noun: "a briefing note", "the note". */
static int
note_noun(const char *text, size_t i)
{
	static const char *const before[] = {
		"a ", "the ", "briefing ", "written ", "explanatory ",
		"short ", "further ",
	};
	size_t j, m;

	for (j = 0; j < sizeof before / sizeof before[0]; j++) {
		m = strlen(before[j]);
		if (i >= m && rd_prefix(text + i - m, m, before[j]) &&
		    (i == m || !rd_isalpha((unsigned char)text[i - m - 1])))
			return 1;
	}
	return 0;
}

/*
 * The outcome a word in capitals gives, the decision's emphasis: "prior
 * approval be REFUSED" is refused whatever came before; else NULL.
 */
static const char *
caps_outcome(const char *text, size_t n)
{
	static const struct {
		const char *word, *outcome;
	} words[] = {
		{ "REFUSED", "refused" },
		{ "REJECTED", "refused" }, { "DECLINED", "refused" },
		{ "DEFERRED", "deferred" }, { "GRANTED", "approved" },
		{ "APPROVED", "approved" }, { "WITHDRAWN", "withdrawn" },
	};
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		if (!rd_isupper((unsigned char)text[i]) || (i > 0 &&
		    rd_isalpha((unsigned char)text[i - 1])))
			continue;
		for (j = 0; j < sizeof words / sizeof words[0]; j++) {
			k = strlen(words[j].word);
			if (k > n - i || memcmp(text + i, words[j].word,
			    k) != 0 || (i + k < n &&
			    rd_isalpha((unsigned char)text[i + k])))
				continue;
			if (negated(text, i) && strcmp(words[j].outcome,
			    "approved") == 0)
				return "refused";
			return words[j].outcome;
		}
	}
	return NULL;
}

const char *
rd_outcome(const char *text, int resolved)
{
	/* Word stems and what they decide; the first in the text wins. */
	static const struct {
		const char *stem;
		const char *outcome;
		int weak;	/* told only when nothing stronger is */
	} words[] = {
		{ "not be approved", "refused", 0 },
		{ "not approved", "refused", 0 },
		{ "not be agreed", "refused", 0 },
		{ "not agreed", "refused", 0 },
		{ "not be supported", "refused", 0 },
		{ "not supported", "refused", 0 },
		/* a scrutiny recommendation: "does not accept
		 * recommendation 2", "recommendation 5 be not accepted" */
		{ "does not accept", "refused", 0 },
		{ "not be accepted", "refused", 0 },
		{ "be not accepted", "refused", 0 },
		{ "not accepted", "refused", 0 },
		/* a vote's result under "Decision:": "The motion was
		 * lost." */
		{ "motion was lost", "lost", 0 },
		{ "amendment was lost", "lost", 0 },
		{ "proposal was lost", "lost", 0 },
		{ "was declared lost", "lost", 0 },
		{ "was therefore lost", "lost", 0 },
		{ "motion was not carried", "lost", 0 },
		{ "motion fell", "lost", 0 },
		/* "withdrawn", "to withdraw the motion"; not "notes the
		 * withdrawal of bus routes" */
		{ "withdrawn", "withdrawn", 0 },
		{ "withdraw ", "withdrawn", 0 },
		{ "withdraw.", "withdrawn", 0 },
		{ "withdrew", "withdrawn", 0 },
		{ "defer", "deferred", 0 },
		/* Scotland: "To continue consideration to the next meeting" */
		{ "continue consideration", "deferred", 0 },
		{ "continue the item", "deferred", 0 },
		/* "to adjourn the meeting", "to adjourn.": the meeting
		 * ends, nothing is put off */
		{ "adjourn the meeting", "agreed", 0 },
		{ "meeting be adjourned", "agreed", 0 },
		{ "meeting adjourned", "agreed", 0 },
		{ "adjourn.", "agreed", 0 },
		/* "that Council adjourn at 7:23 p.m." */
		{ "adjourn at ", "agreed", 0 },
		{ "adjourned at ", "agreed", 0 },
		{ "adjourn", "deferred", 0 },
		{ "postpon", "deferred", 0 },
		/* "TABLED to the April 8 meeting", "lie on the table",
		 * "Laid Over", "Re-referred to the Plan Commission" */
		{ "tabled to ", "deferred", 0 },
		{ "motion to table", "deferred", 0 },
		{ "moved to table", "deferred", 0 },
		{ "voted to table", "deferred", 0 },
		{ "tabled until", "deferred", 0 },
		{ "on the table", "deferred", 0 },
		{ "laid over", "deferred", 0 },
		{ "re-referred", "deferred", 0 },
		/* a call-in: "the decision be not referred back to Cabinet
		 * and may be implemented" lets it stand */
		{ "not referred back", "agreed", 0 },
		{ "not be referred back", "agreed", 0 },
		{ "not to refer ", "agreed", 0 },
		{ "referred back", "deferred", 0 },
		/* "MINDED TO REFUSE ... and that the application be
		 * referred back": nothing is refused yet */
		{ "minded to ", "deferred", 0 },
		{ "refus", "refused", 0 },
		{ "reject", "refused", 0 },
		{ "declin", "refused", 0 },
		{ "defeated", "lost", 0 },
		{ "negatived", "lost", 0 },
		/* CivicClerk's "RESULT: DENIED [4 TO 1]" */
		{ "denied", "refused", 0 },
		/* "moved to deny RZ-24-018", "to deny the appeal" */
		{ "to deny ", "refused", 0 },
		{ "be awarded", "approved", 0 },
		{ "to grant", "approved", 0 },
		/* "That Council grant consent to Development Application
		 * DA2023/0418" */
		{ "grant consent", "approved", 0 },
		{ "grant planning permission", "approved", 0 },
		{ "granted", "approved", 0 },
		{ "delegat", "delegated", 0 },
		{ "endors", "endorsed", 0 },
		{ "recommend", "recommended", 0 },
		{ "approv", "approved", 0 },
		{ "adopt", "approved", 0 },
		{ "ratif", "approved", 0 },
		{ "homologat", "approved", 0 },
		{ "be granted", "approved", 0 },
		/* minutes "confirmed as a correct record" */
		{ "were confirmed", "approved", 0 },
		{ "was confirmed", "approved", 0 },
		{ "confirmed as a", "approved", 0 },
		{ "confirmed and signed", "approved", 0 },
		/* "Agreed as a correct record and signed", "read and signed
		 * as a correct record" */
		{ "correct record", "approved", 0 },
		/* "taken as read and signed as correct" */
		{ "signed as correct", "approved", 0 },
		{ "true record", "approved", 0 },
		{ "accurate record", "approved", 0 },
		{ "be made", "approved", 0 },
		{ "noted", "noted", 0 },
		{ "note", "noted", 0 },
		/* Weak: "agreed to defer" is a deferral. */
		{ "agree", "agreed", 1 },
		{ "accept", "agreed", 1 },
		{ "support", "agreed", 1 },
		/* "RECEIVED the report", "That the report be received" */
		{ "received the report", "noted", 1 },
		/* "That Council receives the report.", as New Zealand and
		 * Australian councils resolve */
		{ "receives the report", "noted", 1 },
		{ "receive the report", "noted", 1 },
		{ "receives the minutes", "noted", 1 },
		{ "receive the minutes", "noted", 1 },
		{ "received the update", "noted", 1 },
		{ "received the minutes", "noted", 1 },
		{ "report be received", "noted", 1 },
		{ "reports be received", "noted", 1 },
		{ "minutes be received", "noted", 1 },
		/* "That the Headteacher's Annual Report 2022/23 be
		 * received." */
		{ "be received.", "noted", 1 },
		{ "be received and", "noted", 1 },
		{ "be received;", "noted", 1 },
	};
	size_t i, j, n, best = (size_t)-1;
	const char *outcome = NULL, *weak = NULL, *caps;

	if (text == NULL)
		return resolved ? "agreed" : "unknown";
	n = strlen(text);
	/* "Order: Lost.", "Defeated.": the word alone */
	if (n >= 4 && (rd_prefix(text, n, "lost") >= (text[n - 1] == '.' ?
	    n - 1 : n) || rd_prefix(text, n, "fell.") == n))
		return "lost";
	/* A motion's preamble notes, then it decides: "This Council notes
	 * that bus routes have been withdrawn ... and asks the Leader to
	 * write ...": what it decides is after the preamble */
	if ((i = motion_acts(text, n)) != 0)
		return rd_outcome(text + i, 1);
	/* a planning decision in one word: "Grant, subject to ..." */
	if (rd_prefix(text, n, "grant,") ||
	    rd_prefix(text, n, "grant subject") ||
	    rd_prefix(text, n, "grant planning") ||
	    rd_prefix(text, n, "grant consent") ||
	    rd_prefix(text, n, "grant permission"))
		return "approved";
	for (i = 0; i < n; i++) {
		if (i > 0 && rd_isalpha((unsigned char)text[i - 1]))
			continue;
		for (j = 0; j < sizeof words / sizeof words[0]; j++) {
			size_t k = rd_prefix(text + i, n - i, words[j].stem);

			if (k == 0)
				continue;
			/* "note" must be the word, not "notes" or "notice";
			 * but "(a) notes the report" and "the Committee notes"
			 * decide */
			if (strcmp(words[j].stem, "note") == 0 && i + k < n &&
			    rd_isalpha((unsigned char)text[i + k]) &&
			    !(text[i + k] == 's' && i + k + 1 < n &&
			    text[i + k + 1] == ' ' && (i == 0 || (i > 1 &&
			    text[i - 1] == ' ' && prev_capital(text, i - 1)))))
				continue;
			/* "The notes were agreed as a correct record": the
			 * meeting's notes; "a briefing note be circulated":
			 * a noun */
			if (strcmp(words[j].stem, "note") == 0 &&
			    (rd_prefix(text + i + k, n - i - k, "s were ") ||
			    rd_prefix(text + i + k, n - i - k, "s of the ") ||
			    note_noun(text, i)))
				continue;
			/* A capital inside a sentence names something:
			 * "Refuse Collection", "Approved Housing Bodies";
			 * a word in capitals ("be REFUSED") is emphasis. */
			if (i > 2 && rd_isupper((unsigned char)text[i]) &&
			    !(i + 1 < n && rd_isupper((unsigned char)
			    text[i + 1])) &&
			    text[i - 2] != '.' && text[i - 2] != ':' &&
			    text[i - 2] != '|' &&
			    text[i - 1] != '"' && text[i - 1] != '\'')
				continue;
			if (strcmp(words[j].stem, "withdrawn") == 0 &&
			    withdrawn_described(text, i, n))
				continue;
			/* "refuse collection vehicles": the noun */
			if (strcmp(words[j].stem, "refus") == 0 &&
			    (refuse_noun(text + i, n - i) ||
			    refusal_named(text, i, n)))
				continue;
			/* "the recommendation was agreed": a noun; "the
			 * recommended awards be approved", "as recommended
			 * in the report": what another recommended */
			if (strcmp(words[j].stem, "recommend") == 0 &&
			    (rd_prefix(text + i, n - i, "recommendation") ||
			    /* "with the modifications recommended in the
			     * Chief Executive's report" */
			    rd_prefix(text + i, n - i, "recommended in ") ||
			    rd_prefix(text + i, n - i, "recommended by ") ||
			    (i >= 4 && (rd_prefix(text + i - 4, 4, "the ") ||
			    rd_prefix(text + i - 3, 3, "as ")))))
				continue;
			/* "that a deputation be received.": people heard;
			 * "the apology ... be received and accepted"; "to
			 * allow submissions to be received." */
			if (strncmp(words[j].stem, "be received", 11) == 0 &&
			    (rd_find(text, i, "deputation") != (size_t)-1 ||
			    rd_find(text, i, "delegation") != (size_t)-1 ||
			    rd_find(text, i, "petition") != (size_t)-1 ||
			    rd_find(text, i, "apolog") != (size_t)-1 ||
			    (i >= 3 && rd_prefix(text + i - 3, 3, "to "))))
				continue;
			/* A delegation is a group of people, unless it is
			 * "delegation of" powers. */
			if (strcmp(words[j].stem, "delegat") == 0 &&
			    (delegation_people(text, i, n) ||
			    delegated_already(text, i, n)))
				continue;
			/* "That the Regular Council Meeting of April 22,
			 * 2024 be adjourned.": the meeting ends */
			if (strcmp(words[j].stem, "adjourn") == 0 &&
			    rd_find(text + (i > 60 ? i - 60 : 0), i > 60 ? 60 :
			    i, "meeting") != (size_t)-1 && (rd_prefix(text + i,
			    n - i, "adjourned.") == 10 ||
			    rd_prefix(text + i, n - i, "adjourned") == n - i)) {
				best = i;
				outcome = "agreed";
				break;
			}
			if (strncmp(words[j].stem, "withdraw", 8) == 0 &&
			    words[j].stem[8] != 'n' &&
			    withdraw_undecided(text, i, n))
				continue;
			if (words[j].weak) {
				if (weak == NULL)
					weak = words[j].outcome;
				continue;
			}
			best = i;
			outcome = words[j].outcome;
			/* "not be made", "should not be approved". */
			if (negated(text, i) && strcmp(outcome, "deferred") &&
			    strcmp(outcome, "withdrawn") &&
			    strcmp(outcome, "refused"))
				outcome = "refused";
			break;
		}
		if (best != (size_t)-1)
			break;
	}
	/* A motion's preamble notes, then it decides: "This Council notes
	 * that ... This Council resolves to: ..." */
	if (outcome != NULL && strcmp(outcome, "noted") == 0 &&
	    (j = rd_find(text + best, n - best, " resolves")) != (size_t)-1)
		return rd_outcome(text + best + j + 9, 1);
	/* a word in capitals says what a telling word before it does not:
	 * "That prior approval be REFUSED" */
	if (outcome != NULL && strcmp(outcome, "noted") != 0 &&
	    strcmp(outcome, "lost") != 0 && (caps = caps_outcome(text, n)) !=
	    NULL)
		return caps;
	if (outcome != NULL)
		return outcome;
	if (weak != NULL)
		return weak;
	return resolved ? "agreed" : "unknown";
}

/* ---- Acronyms ---- */

struct word {
	size_t a, b;		/* byte span */
};

static int
connector(const char *s, const struct word *w)
{
	static const char *const conn[] = {
		"of", "and", "the", "for", "in", "on", "to", "&", "with", "a",
		"an", "at", "by"
	};
	size_t i;

	for (i = 0; i < sizeof conn / sizeof conn[0]; i++)
		if (strlen(conn[i]) == w->b - w->a &&
		    rd_prefix(s + w->a, w->b - w->a, conn[i]))
			return 1;
	return 0;
}

/*
 * Can words[0..wi] (read backwards) spell letters[0..li]?  Each word gives
 * its initial (hyphenated words may give one per part); connectors may be
 * skipped.  *first receives the first word used.
 */
static int
spell(const char *s, const struct word *words, int wi, const char *letters,
    int li, int depth, int *first)
{
	const struct word *w;
	int ok = 0;

	if (li < 0)
		return 1;
	if (wi < 0 || depth > 40)
		return 0;
	w = &words[wi];
	if (lower((unsigned char)s[w->a]) ==
	    lower((unsigned char)letters[li])) {
		/* A hyphenated word: "Multi-Agency" can give "MA". */
		const char *h = memchr(s + w->a, '-', w->b - w->a);

		if (h != NULL && li > 0 && (size_t)(h - s) + 1 < w->b &&
		    lower((unsigned char)h[1]) ==
		    lower((unsigned char)letters[li]) &&
		    lower((unsigned char)s[w->a]) ==
		    lower((unsigned char)letters[li - 1]) &&
		    spell(s, words, wi - 1, letters, li - 2, depth + 1,
		    first)) {
			if (li - 2 < 0)
				*first = wi;
			return 1;
		}
		ok = spell(s, words, wi - 1, letters, li - 1, depth + 1, first);
		if (ok && li == 0) {
			*first = wi;
			if (connector(s, w))
				ok = 0;
		}
		if (ok)
			return 1;
	}
	if (connector(s, w))
		return spell(s, words, wi - 1, letters, li, depth + 1, first);
	return 0;
}

static void
split_words(const char *s, size_t a, size_t b, struct word *w, int *nw,
    int max)
{
	size_t i = a;

	*nw = 0;
	while (i < b && *nw < max) {
		while (i < b && (rd_isspace((unsigned char)s[i]) ||
		    s[i] == ','))
			i++;
		if (i >= b)
			break;
		w[*nw].a = i;
		while (i < b && !rd_isspace((unsigned char)s[i]) && s[i] != ',')
			i++;
		w[*nw].b = i;
		(*nw)++;
	}
}

/* The letters of an abbreviation at s[a..b): "CSE", "MASPs" -> "MASP". */
static int
abbreviation(const char *s, size_t a, size_t b, char *letters, size_t max)
{
	size_t i, n = 0, upper = 0;

	if (b > a + 1 && s[b - 1] == 's' && rd_isupper((unsigned char)s[b - 2]))
		b--;
	if (b - a < 2 || b - a >= max || !rd_isupper((unsigned char)s[a]))
		return 0;
	for (i = a; i < b; i++) {
		if (rd_isupper((unsigned char)s[i])) {
			upper++;
			letters[n++] = s[i];
		} else if (rd_islower((unsigned char)s[i]) && i > a) {
			/* "DoE": a lower-case letter of the word itself */
			letters[n++] = s[i];
		} else if (s[i] != '&' && s[i] != '-' &&
		    !rd_isdigit((unsigned char)s[i]))
			return 0;
	}
	letters[n] = '\0';
	return upper >= 2 && upper * 2 > n;
}

void
rd_find_acronyms(struct record *rec, const char *s, size_t n)
{
	struct word w[100];
	char letters[16], *exp;
	size_t i, close, start;
	int nw, first;

	for (i = 0; i < n; i++) {
		if (s[i] != '(')
			continue;
		for (close = i + 1; close < n && close < i + 16 &&
		    s[close] != ')' && s[close] != '('; close++)
			;
		if (close >= n || s[close] != ')')
			continue;
		if (abbreviation(s, i + 1, close, letters, sizeof letters)) {
			/* "Child Sexual Exploitation (CSE)" */
			start = i > 160 ? i - 160 : 0;
			split_words(s, start, i, w, &nw, 100);
			if (nw > 0 && start > 0)
				memmove(w, w + 1, --nw * sizeof w[0]);
			if (nw == 0 || !spell(s, w, nw - 1, letters,
			    (int)strlen(letters) - 1, 0, &first))
				continue;
			if (nw - first > (int)strlen(letters) * 2 + 2)
				continue;
			exp = rd_squeeze(s + w[first].a,
			    w[nw - 1].b - w[first].a);
			if (exp != NULL) {
				char *abbr = xstrndup(s + i + 1, close - i - 1);

				record_add_acronym(rec, abbr, exp);
				free(abbr);
			}
			free(exp);
		} else if (i > 2 && s[i - 1] == ' ') {
			/* "CSE (Child Sexual Exploitation)" */
			size_t ab = i - 1, aa;

			for (close = i + 1; close < n && close < i + 200 &&
			    s[close] != ')' && s[close] != '('; close++)
				;
			if (close >= n || s[close] != ')')
				continue;
			aa = ab;
			while (aa > 0 && !rd_isspace((unsigned char)s[aa - 1]))
				aa--;
			if (!abbreviation(s, aa, ab, letters, sizeof letters))
				continue;
			split_words(s, i + 1, close, w, &nw, 100);
			if (nw == 0 || !spell(s, w, nw - 1, letters,
			    (int)strlen(letters) - 1, 0, &first) || first != 0)
				continue;
			exp = rd_squeeze(s + i + 1, close - i - 1);
			if (exp != NULL) {
				char *abbr = xstrndup(s + aa, ab - aa);

				record_add_acronym(rec, abbr, exp);
				free(abbr);
			}
			free(exp);
		}
	}
}

/* ---- Reference numbers ---- */

static int
refchar(int c)
{
	return rd_isalpha(c) || rd_isdigit(c) || c == '/' || c == '-' ||
	    c == '.';
}

static void
add_ref(void *rec, const char *ref)
{
	record_add_ref(rec, ref);
}

void
rd_find_refs(struct record *rec, const char *s, size_t n)
{
	/* Longer kinds first: "Ref. No." before "Ref.". */
	static const char *const kinds[] = {
		"Ord. No.", "Res. No.", "Ordinance No.", "Resolution No.",
		"Ordinance Number", "Resolution Number",
		"Minute No.", "Min. No.", "Minute Number", "Application No.",
		"Planning Ref", "Ref. No.", "Ref:", "Reference:",
		"Reference No.", "Ref.", "Application Ref", "Minute"
	};
	size_t i, j, k, a, b, slashes, letters, digits, seps;
	char *ref;

	for (i = 0; i < n; i++) {
		if (i > 0 && refchar((unsigned char)s[i - 1]))
			continue;
		/* "Section 183 of the Local Government Act, 2001" */
		k = refs_statute(s + i, n - i, 0, add_ref, rec);
		if (k > 0) {
			i += k - 1;
			continue;
		}
		/* "Ord. No. 29-96", "Minute No. 45" */
		for (j = 0; j < sizeof kinds / sizeof kinds[0]; j++) {
			k = rd_prefix(s + i, n - i, kinds[j]);
			if (k == 0)
				continue;
			a = i + k;
			while (a < n && s[a] == ' ')
				a++;
			for (b = a; b < n && refchar((unsigned char)s[b]); b++)
				;
			while (b > a && (s[b - 1] == '.' || s[b - 1] == '-'))
				b--;
			for (digits = letters = seps = 0, k = a; k < b; k++) {
				digits += rd_isdigit((unsigned char)s[k]);
				letters += rd_isalpha((unsigned char)s[k]);
				seps += s[k] == '/' || s[k] == '-';
			}
			if (digits == 0)
				continue;
			/*
			 * The number is the reference ("Ord. No. 29-96" and
			 * "Ordinance No. 29-96" are one); a bare count
			 * ("Minute 45") keeps its kind's first word.
			 */
			if (seps > 0 || letters > 0)
				ref = xstrndup(s + a, b - a);
			else
				ref = xasprintf("%.*s %.*s",
				    (int)strcspn(kinds[j], " .:"), kinds[j],
				    (int)(b - a), s + a);
			if (ref != NULL)
				record_add_ref(rec, ref);
			free(ref);
			i = b;
			break;
		}
		if (i >= n || !refchar((unsigned char)s[i]))
			continue;
		/* "DM/19/01234/FPA", "19/0123/FUL" */
		for (b = i; b < n && refchar((unsigned char)s[b]); b++)
			;
		while (b > i && (s[b - 1] == '.' || s[b - 1] == '-'))
			b--;
		slashes = letters = digits = 0;
		for (k = i; k < b; k++) {
			slashes += s[k] == '/';
			letters += rd_isalpha((unsigned char)s[k]);
			digits += rd_isdigit((unsigned char)s[k]);
		}
		/* ... and bare, "17/00062", "23-00094" */
		if ((b - i >= 6 && b - i <= 40 && digits >= 2 && letters > 0 &&
		    (slashes >= 2 || (slashes == 1 && digits >= 4)) &&
		    s[i] != '/' && s[b - 1] != '/') ||
		    (letters == 0 && refs_is_number(s, n, i, b))) {
			ref = xstrndup(s + i, b - i);
			record_add_ref(rec, ref);
			free(ref);
		}
		i = b;
	}
}

/* The label opening a point of a list at s: "1.", "2)", "(3)", "(a)",
 * "b)", or a bullet ("- ", as an HTML list's points are written, or
 * "•"), then a space or a tab; its bytes with the spaces, or 0. */
static size_t
point_label(const char *s, size_t n)
{
	size_t i = s[0] == '(' ? 1 : 0, d = i;

	if ((i = rd_prefix(s, n, "- ")) != 0 ||
	    (i = rd_prefix(s, n, "\xe2\x80\xa2 ")) != 0) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		return i < n ? i : 0;
	}
	i = d;
	while (i < n && i - d < 2 && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i == d && i < n && s[i] >= 'a' && s[i] <= 'z')
		i++;
	if (i == d || i >= n || (s[0] == '(' ? s[i] != ')' : s[i] != '.' &&
	    s[i] != ')'))
		return 0;
	i++;
	if (i >= n || (s[i] != ' ' && s[i] != '\t'))
		return 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

/* One decision of [a, b) of the clean text; its outcome as its words
 * say, or outcome when not NULL. */
static void
decision_add(struct record *rec, const struct tmap *tm, size_t a, size_t b,
    const char *outcome)
{
	struct rec_section *s;
	char *text;

	if (b <= a || (text = rd_squeeze(tm->text.data + a, b - a)) == NULL)
		return;
	s = record_add_section(rec, SEC_RESOLUTION);
	s->text = text;
	s->start = tm_src(tm, a);
	s->end = tm_src_end(tm, b);
	s->outcome = xstrdup(outcome != NULL ? outcome : rd_outcome(text, 1));
}

/*
 * Points of a list opening [a, b), each at the start of a line ("1.\tTo
 * award the contract ..." / "2.\tTo authorise ..."), as decisions, under
 * a lead-in ending in a colon perhaps ("The Portfolio Holder, having
 * considered the responses:"), kept as discussion; 0 if the words are no
 * such list.
 */
static int
decision_points(struct record *rec, const struct tmap *tm, size_t a,
    size_t b)
{
	const char *t = tm->text.data;
	const char *outcome = NULL;
	size_t p, e, w, k, from = (size_t)-1, lead = a, points = 0, lines = 0;

	for (p = a; p < b; p = e + 1) {
		for (e = p; e < b && t[e] != '\n'; e++)
			;
		for (w = p; w < e && (t[w] == ' ' || t[w] == '\t'); w++)
			;
		if (w == e)
			continue;
		k = point_label(t + w, e - w);
		/* the list starts the words, or follows its lead-in */
		if (points == 0 && k == 0) {
			if (lead != a || e - a > 600)
				return 0;
			while (e > w && (t[e - 1] == ' ' || t[e - 1] == '-'))
				e--;
			if (e > w && t[e - 1] == ':')
				lead = e;
			lines++;
			for (; e < b && t[e] != '\n'; e++)
				;
			continue;
		}
		if (points == 0 && lines > 0 && lead == a)
			return 0;
		points += k != 0;
	}
	if (points < 2)
		return 0;
	/* "That the Executive recommends to the County Council:": the
	 * points are recommended */
	if (lead > a && rd_find(t + a, lead - a, "recommend") != (size_t)-1)
		outcome = "recommended";
	/* a lead-in that says more than "Cabinet:" is kept */
	if (lead > a && memchr(t + a, ' ', lead - a) != NULL) {
		struct rec_section *s = record_add_section(rec,
		    SEC_DISCUSSION);

		s->text = rd_squeeze(t + a, lead - a);
		s->start = tm_src(tm, a);
		s->end = tm_src_end(tm, lead);
	}
	for (p = lead; p < b; p = e + 1) {
		for (e = p; e < b && t[e] != '\n'; e++)
			;
		for (w = p; w < e && (t[w] == ' ' || t[w] == '\t'); w++)
			;
		if (w < e && (k = point_label(t + w, e - w)) != 0) {
			if (from != (size_t)-1)
				decision_add(rec, tm, from, w, outcome);
			from = w + k;
		}
	}
	decision_add(rec, tm, from, b, outcome);
	return 1;
}

/*
 * The words under "Decision:", [a, b) of the clean text, as one decision,
 * or one per point when they are a list; or as the decisions they list
 * when they open "RESOLVED" ("RESOLVED - That Cabinet:" / "1. Approves
 * ..." / "2. Notes ...").
 */
void
rd_decision_section(struct record *rec, const struct tmap *tm, size_t a,
    size_t b)
{
	char *text;
	size_t at;

	if (b <= a || (text = rd_squeeze(tm->text.data + a, b - a)) == NULL)
		return;
	/* "RESOLVED - That Cabinet:", "That Cabinet:" over its points;
	 * "RECOMMENDED to Council that:" over its own, then the rest */
	if (((at = rd_find(text, strlen(text), "resolved")) != (size_t)-1 &&
	    at < 40) || ((at = rd_find(text, strlen(text), "recommended")) !=
	    (size_t)-1 && at < 40) || (rd_prefix(text, strlen(text), "that ") &&
	    (at = rd_find(text, strlen(text), ":")) != (size_t)-1 &&
	    at < 40)) {
		free(text);
		sections_parse(rec, tm, a, b, NULL);
		return;
	}
	free(text);
	if (!decision_points(rec, tm, a, b))
		decision_add(rec, tm, a, b, NULL);
	rd_find_people(rec, tm->text.data + a, b - a);
	rd_find_acronyms(rec, tm->text.data + a, b - a);
	rd_find_refs(rec, tm->text.data + a, b - a);
}

/* Words that mark the half of a name before " / " as Welsh: small ones
 * as written, the rest in any case. */
static const char *const welsh_small[] = {
	"y", "yr", "i", "ac", "ar", "am", "gan", "ym", "yn", "i'r", "a'r",
	"o'r", "ei", "eu", "gyda", "ag",
};
static const char *const welsh_words[] = {
	"cyngor", "pwyllgor", "is-bwyllgor", "cyfarfod", "cofnodion",
	"eitem", "adroddiad", "cais", "cyllideb", "cynllun", "datganiadau",
	"ymddiheuriadau", "cwestiynau", "penderfyniad", "diweddariad",
	"polisi", "strategaeth", "blynyddol", "sir", "bwrdeistref", "sirol",
	"dinas", "tref", "cymuned", "craffu", "trwyddedu", "cynllunio",
	"archwilio", "llywodraethu", "safonau", "addysg", "tai",
	"gwasanaethau", "cymdeithasol", "plant", "ysgol", "ysgolion",
	"cynnig", "rhybudd", "deiseb", "materion", "cyffredinol",
};

static int
in_words(const char *const *list, size_t nlist, const char *s, size_t w,
    int any_case)
{
	size_t j;

	for (j = 0; j < nlist; j++)
		if (strlen(list[j]) == w && (any_case ?
		    strncasecmp(s, list[j], w) : strncmp(s, list[j], w)) == 0)
			return 1;
	return 0;
}

size_t
rd_english_half(const char *s, size_t n)
{
	size_t at = rd_find(s, n, " / "), i = 0, w;
	int welsh = 0;

	if (at == (size_t)-1 || at == 0 || at + 3 >= n ||
	    rd_find(s + at + 3, n - at - 3, " / ") != (size_t)-1 ||
	    !rd_isupper((unsigned char)s[at + 3]))
		return 0;
	while (i < at && !welsh) {
		while (i < at && !rd_isalpha((unsigned char)s[i]))
			i++;
		for (w = 0; i + w < at && (rd_isalpha((unsigned char)s[i + w])
		    || s[i + w] == '-' || s[i + w] == '\''); w++)
			;
		welsh = in_words(welsh_small, sizeof welsh_small /
		    sizeof welsh_small[0], s + i, w, 0) ||
		    in_words(welsh_words, sizeof welsh_words /
		    sizeof welsh_words[0], s + i, w, 1);
		i += w > 0 ? w : 1;
	}
	return welsh ? at + 3 : 0;
}
