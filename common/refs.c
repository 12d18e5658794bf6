/*
 * refs.c: bare planning numbers and statute sections (refs.h).  ASCII
 * only: both shapes are written in digits and Latin letters.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "refs.h"

#define MAX_SECTIONS	8	/* sections of one citation */
#define MAX_NUM		8	/* a section's "85a", with its NUL */
#define MAX_WORDS	12	/* words of an Act's title, "Act" aside */
#define MAX_TITLE	160	/* bytes of a title; longer is not one */

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_alnum(int c)
{
	return is_alpha(c) || is_digit(c);
}

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c;
}

/* 1 if s[0..n) is a 19xx or 20xx year. */
static int
yearlike(const char *s, size_t n)
{
	return n == 4 && ((s[0] == '1' && s[1] == '9') ||
	    (s[0] == '2' && s[1] == '0'));
}

/* ---- Bare numbers ---- */

/* 1 if the word ending at s[e] (exclusive) is w, any case. */
static int
word_before(const char *s, size_t e, const char *w)
{
	size_t n = strlen(w), i;

	if (e < n || (e > n && is_alnum((unsigned char)s[e - n - 1])))
		return 0;
	for (i = 0; i < n; i++)
		if (lower((unsigned char)s[e - n + i]) != w[i])
			return 0;
	return 1;
}

/*
 * 1 if the token at s[a] follows a currency sign or a word that opens a
 * range or an amount ("between 50-100", "pages 12-150", "£10-500").
 */
static int
amount_or_range(const char *s, size_t a)
{
	static const char *const words[] = {
		"between", "from", "page", "pages", "pp", "p", "para", "paras",
		"paragraphs", "lines", "items", "aged", "ages", "approx",
		"approximately", "circa", "c", "eur", "euro", "euros", "gbp",
		"usd"
	};
	size_t e = a, i;

	while (e > 0 && is_space((unsigned char)s[e - 1]))
		e--;
	if (e > 0 && s[e - 1] == '$')
		return 1;
	/* U+00A3 pound, U+20AC euro */
	if (e >= 2 && memcmp(s + e - 2, "\xc2\xa3", 2) == 0)
		return 1;
	if (e >= 3 && memcmp(s + e - 3, "\xe2\x82\xac", 3) == 0)
		return 1;
	if (e > 0 && s[e - 1] == '.')
		e--;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (word_before(s, e, words[i]))
			return 1;
	return 0;
}

int
refs_is_number(const char *s, size_t n, size_t a, size_t b)
{
	size_t i = a, y, sep, k;

	while (i < b && is_digit((unsigned char)s[i]))
		i++;
	y = i - a;
	if ((y != 2 && y != 4) || (y == 4 && !yearlike(s + a, 4)) ||
	    i >= b || (s[i] != '/' && s[i] != '-'))
		return 0;
	sep = i++;
	for (k = i; k < b; k++)
		if (!is_digit((unsigned char)s[k]))
			return 0;
	k = b - i;
	if (k < 3 || k > 6)
		return 0;
	/* "08/2015", "13/2019", "2016-2017": a date or years. */
	if (yearlike(s + i, k))
		return 0;
	/* "00/100 dollars", "50/100 feet": hundredths, thousandths. */
	if (s[sep] == '/' && (strncmp(s + i, "100", k) == 0 ||
	    strncmp(s + i, "1000", k) == 0))
		return 0;
	if (b < n && s[b] == '%')
		return 0;
	/*
	 * A hyphen also writes ranges ("50-100", "2004-2110"): the serial
	 * must be zero-padded ("23-00094"), or long after a 2-digit year
	 * ("86-7446").
	 */
	if (s[sep] == '-' && s[i] != '0' && !(y == 2 && k >= 4))
		return 0;
	return !amount_or_range(s, a);
}

/* ---- Statute sections ---- */

/*
 * Length of the word w (lower case) at s[0..n), any case, when the word
 * ends there; else 0.
 */
static size_t
word_at(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; w[i] != '\0'; i++)
		if (i >= n || lower((unsigned char)s[i]) != w[i])
			return 0;
	if (i < n && is_alnum((unsigned char)s[i]))
		return 0;
	return i;
}

/* Spaces, and Markdown's emphasis ("of the* *Local Government Act"). */
static size_t
skip_space(const char *s, size_t n, size_t i)
{
	while (i < n && (is_space((unsigned char)s[i]) || s[i] == '*'))
		i++;
	return i;
}

/* 4 if s[i..n) starts with a year, 1800 to 2099, as a whole token. */
static size_t
year_at(const char *s, size_t n, size_t i)
{
	size_t k;

	if (i + 4 > n)
		return 0;
	for (k = 0; k < 4; k++)
		if (!is_digit((unsigned char)s[i + k]))
			return 0;
	if (!(s[i] == '1' && s[i + 1] >= '8') &&
	    !(s[i] == '2' && s[i + 1] == '0'))
		return 0;
	if (i + 4 < n && is_alnum((unsigned char)s[i + 4]))
		return 0;
	return 4;
}

/*
 * A section number at s[i..n): 1 to 4 digits, maybe a letter ("85A"),
 * maybe subsections ("(2)(a)", left out).  Its digits and letter, lower
 * case, go to num; returns the index after it, or i when there is none.
 */
static size_t
section_at(const char *s, size_t n, size_t i, char *num /* OUT */)
{
	size_t j = i, k = 0, m, l;

	while (j < n && is_digit((unsigned char)s[j]) && k < 4)
		num[k++] = s[j++];
	if (k == 0 || (j < n && is_digit((unsigned char)s[j])))
		return i;
	if (j < n && is_alpha((unsigned char)s[j]) &&
	    !(j + 1 < n && is_alnum((unsigned char)s[j + 1])))
		num[k++] = (char)lower((unsigned char)s[j++]);
	num[k] = '\0';
	for (;;) {
		m = skip_space(s, n, j);
		if (m >= n || s[m] != '(')
			break;
		for (l = 0, m++; m < n && is_alnum((unsigned char)s[m]) &&
		    l < 4; m++)
			l++;
		if (l == 0 || m >= n || s[m] != ')')
			break;
		j = m + 1;
	}
	return j;
}

/* The length of the word that names a section, when s[0..n) starts so. */
static size_t
kind_at(const char *s, size_t n)
{
	static const char *const kinds[] = {
		"sections", "section", "sect.", "sec.", "ss.", "s."
	};
	size_t i, k, j;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		for (k = 0; kinds[i][k] != '\0'; k++)
			if (k >= n || lower((unsigned char)s[k]) != kinds[i][k])
				break;
		if (kinds[i][k] != '\0')
			continue;
		if (k < n && is_alpha((unsigned char)s[k]))
			continue;
		j = skip_space(s, n, k);
		if (j < n && is_digit((unsigned char)s[j]))
			return k;
	}
	/* "s183" */
	if (n > 1 && lower((unsigned char)s[0]) == 's' &&
	    is_digit((unsigned char)s[1]))
		return 1;
	return 0;
}

static int
connector(const char *w, size_t n)
{
	static const char *const words[] = {
		"of", "and", "the", "for", "at", "in", "on", "to", "a", "an"
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n && strncmp(w, words[i], n) == 0)
			return 1;
	return 0;
}

/*
 * An Act's title at s[i..n), after "of the": words up to "Act" or "Acts",
 * brackets and commas between them, maybe a year before ("the 1993 Roads
 * Act") or after ("Act, 2001", "Act of 1990").  The title, lower case and
 * one space apart, goes to title ("roads act"), the year to year (""
 * when none).  Returns the index after the citation, or 0.
 */
static size_t
title_at(const char *s, size_t n, size_t i, int flags, char *title /* OUT */,
    char *year /* OUT */)
{
	size_t tl = 0, words = 0, a, m, wl, k;
	char w[MAX_TITLE];

	year[0] = '\0';
	for (;;) {
		while (i < n && (is_space((unsigned char)s[i]) ||
		    s[i] == '(' || s[i] == ')' || s[i] == ',' || s[i] == '*'))
			i++;
		if (i >= n)
			return 0;
		if (words == 0 && year[0] == '\0' && year_at(s, n, i)) {
			memcpy(year, s + i, 4);
			year[4] = '\0';
			i += 4;
			continue;
		}
		a = i;
		if (s[i] == '&') {
			memcpy(w, "and", 4);
			wl = 3;
			i++;
		} else {
			/* "Síochána": other letters are kept as written. */
			while (i < n && (is_alpha((unsigned char)s[i]) ||
			    ((unsigned char)s[i] >= 0x80 && i > a) ||
			    ((s[i] == '-' || s[i] == '\'') && i > a &&
			    i + 1 < n && is_alpha((unsigned char)s[i + 1]))))
				i++;
			wl = i - a;
			if (wl == 0 || wl >= sizeof w ||
			    (i < n && is_digit((unsigned char)s[i])))
				return 0;
			for (k = 0; k < wl; k++)
				w[k] = (char)lower((unsigned char)s[a + k]);
			w[wl] = '\0';
		}
		if (strcmp(w, "act") == 0 || strcmp(w, "acts") == 0)
			break;
		if (connector(w, wl)) {
			if (words == 0)
				return 0;
		} else if (!(flags & REFS_ANYCASE) &&
		    !(s[a] >= 'A' && s[a] <= 'Z'))
			return 0;
		if (++words > MAX_WORDS || tl + wl + 6 >= MAX_TITLE)
			return 0;
		memcpy(title + tl, w, wl);
		tl += wl;
		title[tl++] = ' ';
	}
	if (words == 0)
		return 0;
	memcpy(title + tl, "act", 4);
	/* "Act, 2001", "Act 2001", "Act of 2001" */
	m = skip_space(s, n, i);
	if (m < n && s[m] == ',')
		m = skip_space(s, n, m + 1);
	k = word_at(s + m, n - m, "of");
	m = skip_space(s, n, m + k);
	if (year[0] == '\0' && year_at(s, n, m)) {
		memcpy(year, s + m, 4);
		year[4] = '\0';
		i = m + 4;
	}
	return i;
}

size_t
refs_statute(const char *s, size_t n, int flags,
    void (*add)(void *arg, const char *term), void *arg)
{
	char nums[MAX_SECTIONS][MAX_NUM], title[MAX_TITLE], year[5];
	/* sized for what the compiler cannot bound (nums[k] as all of nums) */
	char term[MAX_TITLE + 8 + MAX_SECTIONS * MAX_NUM];
	size_t i, j, m, k, nn = 0, end;
	int comma = 0;

	i = kind_at(s, n);
	if (i == 0)
		return 0;
	i = skip_space(s, n, i);
	j = section_at(s, n, i, nums[nn]);
	if (j == i)
		return 0;
	nn++;
	/* "Sections 179, 180 and 181" */
	while (nn < MAX_SECTIONS) {
		m = skip_space(s, n, j);
		if (m < n && s[m] == ',')
			m = skip_space(s, n, m + 1);
		k = word_at(s + m, n - m, "and");
		if (k == 0)
			k = word_at(s + m, n - m, "or");
		if (k == 0 && m < n && s[m] == '&')
			k = 1;
		m = skip_space(s, n, m + k);
		k = section_at(s, n, m, nums[nn]);
		if (k == m)
			break;
		nn++;
		j = k;
	}
	m = skip_space(s, n, j);
	if (m < n && s[m] == ',') {
		m = skip_space(s, n, m + 1);
		comma = 1;
	}
	k = word_at(s + m, n - m, "of");
	if (k != 0) {
		m = skip_space(s, n, m + k);
		m += word_at(s + m, n - m, "the");
	} else if (!comma)
		return 0;
	end = title_at(s, n, m, flags, title, year);
	if (end == 0)
		return 0;
	for (k = 0; k < nn; k++) {
		snprintf(term, sizeof term, "%s%s%s s%s", title,
		    year[0] != '\0' ? " " : "", year, nums[k]);
		add(arg, term);
	}
	return end;
}

/* The last word of v[0..*end): its length; *end becomes its start. */
static size_t
last_word(const char *v, size_t *end)
{
	size_t e = *end, b;

	while (e > 0 && v[e - 1] == ' ')
		e--;
	for (b = e; b > 0 && v[b - 1] != ' '; b--)
		;
	*end = b;
	return e - b;
}

int
refs_is_statute_term(const char *v, size_t n)
{
	size_t end = n, len;

	/* "... act[ YYYY] sNNN[a]" */
	len = last_word(v, &end);
	if (len < 2 || v[end] != 's' || !is_digit((unsigned char)v[end + 1]))
		return 0;
	len = last_word(v, &end);
	if (len == 4 && yearlike(v + end, 4))
		len = last_word(v, &end);
	return len == 3 && strncmp(v + end, "act", 3) == 0;
}
