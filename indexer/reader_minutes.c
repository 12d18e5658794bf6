/*
 * reader_minutes.c: whole-meeting minutes (text or Markdown, often from
 * PDFs): a heading naming the body and the date, attendance lists, then
 * numbered items.  Each item becomes a record carrying the meeting's
 * metadata.
 *
 * Numbers alone do not make items: lists inside items are numbered too,
 * page numbers float about, and OCR drops or garbles digits.  The items
 * are the longest run of numbered headings whose numbers climb one at a
 * time (allowing small gaps), with heading-like lines weighing more.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

#include "reader_int.h"
#include "record.h"
#include "text.h"

struct line {
	size_t a, b;		/* trimmed, clean text offsets */
	int blank_before;	/* a blank line comes before it */
};

static int attendance_line(const char *, size_t);
static int narrative(const char *, size_t);

/* An item's number packed: "10.1.2" is 10 * ITEM_TOP + 1 * ITEM_SUB + 2
 * (a sub-number or sub-letter and a third level each under ITEM_SUB). */
#define ITEM_SUB 32
#define ITEM_TOP (ITEM_SUB * ITEM_SUB)

struct cand {
	size_t li;		/* line of the number */
	size_t tl;		/* line of the title (li, or the next one) */
	size_t ta;		/* title start in the clean text */
	int num;		/* number, sub-number, third level packed */
	char item[16];		/* as written: "3", "3a" */
	double w;		/* how much it looks like a heading */
	int caps;		/* its title in capitals */
	unsigned style;		/* letters of "CA.1" packed, or 0 */
	double best;		/* best chain ending here */
	long prev;		/* previous candidate in that chain */
	size_t body;		/* where the body starts, if not after tl */
	int skip;		/* taken up again later: no record here */
	int resumed;		/* the list's entry is list_tl, list_ta */
	size_t list_tl, list_ta;
	size_t pre_a, pre_b;	/* what the list said of it */
	int fresh;		/* "1." under a heading of its own in
				 * capitals: numbering may start again */
	long restarts;		/* numbering started again in the chain */
};

static int caps_title(const char *, const struct line *, const struct cand *);

static size_t
minutes_lines(const char *t, size_t n, struct line **out)
{
	struct line *l = NULL;
	size_t nl = 0, cap = 0, i = 0;
	int blank = 1;

	while (i < n) {
		const char *e = memchr(t + i, '\n', n - i);
		size_t eol = e ? (size_t)(e - t) : n, a = i, b = eol;

		while (a < b && rd_isspace((unsigned char)t[a]))
			a++;
		while (b > a && rd_isspace((unsigned char)t[b - 1]))
			b--;
		if (a < b) {
			if (nl == cap) {
				cap = cap ? cap * 2 : 256;
				l = xreallocarray(l, cap, sizeof *l);
			}
			l[nl].a = a;
			l[nl].b = b;
			l[nl].blank_before = blank;
			nl++;
			blank = 0;
		} else
			blank = 1;
		i = eol + 1;
	}
	*out = l;
	return nl;
}

/* Attendance and apologies headings. */
static int
attendance_line(const char *s, size_t n)
{
	static const char *const heads[] = {
		"present in the chair", "in the chair", "members present",
		"present:", "present -", "officials in attendance",
		"officers in attendance", "in attendance", "also present",
		"also in attendance", "apologies", "absent", "attendance:",
		"spc members present", "officers present", "officials present",
		"members in attendance", "chair:", "chairperson:",
		"councillors present", "present", "attendees", "councillors:",
		"trustees present", "governors present", "directors present",
		"board members present", "commissioners present",
		"supervisors present", "staff present", "administration:",
		"staff:", "officers:", "regrets:", "regrets",
		/* Irish: "I LÁTHAIR", "OIFIGIGH I LÁTHAIR", "Comhairleoirí:" */
		"i lathair", "i l\xc3\xa1thair", "i l\xc3\x81thair",
		"oifigigh i lathair", "oifigigh i l\xc3\xa1thair",
		"oifigigh i l\xc3\x81thair",
		"comhairleoir\xc3\xad:", "comhairleoir\xc3\x8d:",
	};
	size_t i, k, slash;

	/* "Yn bresennol / Present:", a heading in two languages */
	slash = rd_find(s, n < 40 ? n : 40, " / ");
	if (slash != (size_t)-1 && attendance_line(s + slash + 3,
	    n - slash - 3))
		return 1;
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		k = rd_prefix(s, n, heads[i]);
		if (k == 0)
			continue;
		if (k == n || s[k] == ':' || s[k] == ' ' || s[k] == '-' ||
		    s[k - 1] == ':')
			return 1;
	}
	return 0;
}

/*
 * A line that starts with a short label: "Date: ...", "Venue:",
 * "Dyddiad / Date:" (up to four words of letters, the colon within 30
 * bytes).
 */
static int
label_line(const char *s, size_t n)
{
	size_t i, words = 1;

	for (i = 0; i < n && i < 30; i++) {
		if (s[i] == ':')
			return i > 1 && words <= 4;
		if (s[i] == ' ')
			words++;
		else if (!rd_isalpha((unsigned char)s[i]) && s[i] != '/' &&
		    (unsigned char)s[i] < 0x80)
			return 0;
	}
	return 0;
}

/* A line that reads as a sentence of narrative, not a list of names. */
static int
narrative(const char *s, size_t n)
{
	static const char *const words[] = {
		" was ", " were ", " had ", " stated", " welcomed", " advised",
		" said ", " that ", " thanked", " outlined", " informed",
		" referred", " noted ", " agreed", " will ", " would ",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (rd_find(s, n, words[i]) != (size_t)-1)
			return 1;
	return 0;
}

/*
 * A line of prose: five words or more, most of them in small letters
 * ("At the outset, the Mayor and Members extended congratulations to"),
 * where a list of names and offices is mostly capitals.
 */
static int
prose(const char *s, size_t n)
{
	size_t i, words = 0, small = 0;

	for (i = 0; i < n; i++) {
		if (!rd_isalpha((unsigned char)s[i]) || (i > 0 &&
		    s[i - 1] != ' ' && s[i - 1] != '('))
			continue;
		words++;
		if (rd_islower((unsigned char)s[i]))
			small++;
	}
	return words >= 5 && small * 2 > words;
}

/*
 * 1 if s starts with a file number and then words, as Legistar numbers
 * a matter: "24-0192  Resolution No. 2024-31".
 */
static int
file_number(const char *s, size_t n)
{
	size_t i = 0, d;

	while (i < n && i < 4 && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i < 2 || i >= n || s[i] != '-')
		return 0;
	d = ++i;
	while (i < n && i - d < 6 && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i - d < 3 || i >= n || s[i] != ' ')
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	return i < n && rd_isupper((unsigned char)s[i]);
}

/* 1 if s starts with a reference number's token: "22/00456/OUT". */
static int
ref_token(const char *s, size_t n)
{
	size_t i, digits = 0, slashes = 0;

	for (i = 0; i < n && s[i] != ' '; i++) {
		if (rd_isdigit((unsigned char)s[i]))
			digits++;
		else if (s[i] == '/')
			slashes++;
		else if (!rd_isalpha((unsigned char)s[i]) && s[i] != '-')
			return 0;
	}
	return rd_isdigit((unsigned char)s[0]) && slashes > 0 && digits >= 4;
}

/* 1 if s[0..n) is an item's plain number: "3.", "12", with spaces. */
static int
plain_number(const char *s, size_t n)
{
	size_t i = 0, d;

	while (i < n && rd_isdigit((unsigned char)s[i]))
		i++;
	d = i;
	if (i < n && s[i] == '.')
		i++;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return d > 0 && d <= 3 && i == n;
}

/* 1 if s[0..n) is a word that labels a decision alone: "Resolution". */
static int
decision_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"resolution", "resolutions", "resolved", "decision", "motion",
		"recommendation", "recommendations",
	};
	size_t i;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ':' ||
	    s[n - 1] == '*'))
		n--;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n && rd_prefix(s, n, words[i]))
			return 1;
	return 0;
}

/*
 * 1 if s, after white space, is a sub-item's title: a planning
 * application's reference first ("23/0987/OUT - Outline application for
 * ..."), or with words set as a heading.
 */
static int
ref_title(const char *s, size_t n, int heading)
{
	while (n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	return ref_token(s, n) || (heading && rd_heading_words(s, n));
}

static int heading_long(const char *s, size_t n);

/*
 * 1 if s[0..n) opens with what a decision or its movers are labelled by,
 * not a heading's words: "RESOLVED – That", "Resolved:", "Proposed:
 * Cllr X", "Seconded by", "Decision:"; not "Proposed Changes to ...",
 * nor "Proposed By-law ...".
 */
static int
decision_paragraph(const char *s, size_t n)
{
	static const char *const labels[] = {
		"resolved", "it was resolved", "agreed:", "agreed -",
		"agreed \xe2\x80\x93", "recommended:", "recommended -",
		"recommended \xe2\x80\x93", "recommended that",
		"recommended to",
		"proposed:", "proposed by", "seconded:", "seconded by",
		"moved:", "moved by", "decision:",
	};
	size_t i, k;

	/* (not "Proposed By-law A-500, Respecting ...") */
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if ((k = rd_prefix(s, n, labels[i])) != 0 && (k == n ||
		    (!rd_isalpha((unsigned char)s[k]) && s[k] != '-')))
			return 1;
	return 0;
}

/*
 * 1 if s is a site's address as a planning application's title: "14
 * HAWTHORN CRESCENT, WEST EASTMERE - 70034/APP/2023/3002", "1-7
 * Tollington Yard, London N9 2BE": a house's number, then words that read
 * as a heading.
 */
static int
house_title(const char *s, size_t n)
{
	size_t i = 0, k;

	while (i < n && i < 4 && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i == 0)
		return 0;
	/* "1-7", "14a" */
	if (i + 1 < n && s[i] == '-' && rd_isdigit((unsigned char)s[i + 1]))
		for (i++; i < n && rd_isdigit((unsigned char)s[i]); i++)
			;
	if (i < n && rd_isalpha((unsigned char)s[i]) && i + 1 < n &&
	    s[i + 1] == ' ')
		i++;
	if (i + 1 >= n || s[i] != ' ' || !rd_isupper((unsigned char)s[i + 1]))
		return 0;
	/* the street's name reads as a heading: "Tollington Yard, London
	 * N9 2BE (Tollington ward)" */
	for (k = i + 1; k < n && s[k] != ',' && s[k] != '(' && s[k] != '-';
	    k++)
		;
	return rd_all_caps(s, n) || rd_heading_words(s + i + 1, k - i - 1);
}

/* 1 if s opens with a year and then a capital: "2023-2024 Financial
 * Statements", "2025 Budget". */
static int
year_title(const char *s, size_t n)
{
	size_t i = 0;

	if (n < 7 || !rd_isdigit((unsigned char)s[0]) || (s[0] != '1' &&
	    s[0] != '2'))
		return 0;
	while (i < n && (rd_isdigit((unsigned char)s[i]) || s[i] == '-' ||
	    s[i] == '/') && i < 9)
		i++;
	if (i < 4 || i >= n || s[i] != ' ')
		return 0;
	return rd_isupper((unsigned char)s[i + 1]);
}

/* 1 if a group of a minute reference could be its year: "23", "2023". */
static int
year_group(int v, size_t digits)
{
	return (digits == 2 && v <= 40) || (digits == 4 && v >= 1990 &&
	    v <= 2040);
}

/* 1 if the capitals s[0..n) are a word of prose: "AT 10", "ON 5 MAY". */
static int
prose_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"AT", "ON", "IN", "NO", "OF", "TO", "BY", "OR", "AN", "AS",
		"IS", "IT", "UP", "AM", "PM", "PAGE", "ROOM", "MAY", "JUNE",
		"JULY", "MARCH", "APRIL", "AND", "THE", "FOR", "ITEM", "AGED",
		"UNIT", "WARD", "AREA", "ZONE", "PLOT", "LOT", "FLAT", "BLOCK",
		"PHASE", "STAGE", "LEVEL", "YEAR", "WEEK", "DAY", "TIER",
		/* a vote's result and tally: "LOST 2/4", "CARRIED 7/0" */
		"LOST", "CARRIED", "DEFEATED", "FAILED", "PASSED", "AYES",
		"NAYS", "NOES", "YEAS", "VOTE",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n && memcmp(words[i], s, n) == 0)
			return 1;
	return 0;
}

/* The letters of a reference's prefix s[0..n) ("CA" of "CA.1"), packed
 * to tell one series of minutes from another. */
static unsigned
prefix_style(const char *s, size_t n)
{
	unsigned style = 0;
	size_t j;

	for (j = 0; j < n; j++)
		if (s[j] != '&')
			style = style * 27 + (unsigned)(s[j] - 'A' + 1);
	return style;
}

/*
 * A minute reference opening s and followed by a space: "PL/23/45",
 * "45/23", "C.45/23", "CAB 12/23", "EX12/2023:", "FC23.141".  Returns
 * its length and the minute's number in *seq (the group that is not the
 * year), or 0.
 */
static size_t
minute_ref(const char *s, size_t n, int yy, int *seq, unsigned *style)
{
	size_t i = 0, d, ng = 0, len[3], j, pick = 0, plain = 0, letters;
	size_t prefix, k, amp;
	int g[3], small = 1, spaced = 0, dotted = 0, dashed = 0;

	/* "PL/", "JWC/", and "BoD 24/061" (capitals and small letters);
	 * "F&GP 24/25/061", a committee's initials with an ampersand */
	for (k = 0, amp = 0; i < n && i < 6 && (rd_isalpha((unsigned char)
	    s[i]) || (s[i] == '&' && i > 0 && i + 1 < n &&
	    rd_isupper((unsigned char)s[i + 1]))); i++) {
		k += rd_isupper((unsigned char)s[i]) != 0;
		amp += s[i] == '&';
	}
	/* (an ampersand's initials with a space after them: not "R&O.31/
	 * 2021", an order's number; a word's capital alone, as Manchester
	 * prints "Exe/24/58", with a slash straight after it) */
	if (i > 0 && (!rd_isupper((unsigned char)s[0]) || (k < i - amp &&
	    k < 2 && !(i <= 4 && amp == 0 && i < n && s[i] == '/')) ||
	    (amp > 0 && (i >= n || s[i] != ' '))))
		i = 0;
	prefix = i;
	/* letters joined to the digits: "FC23.141", not "AT 9.30" */
	letters = i < n && rd_isdigit((unsigned char)s[i]) ? i : 0;
	/* "C55-2024 Apologies": the minute, then the year in four digits
	 * (Powys) */
	if (letters > 0 && letters <= 3) {
		int v = 0, y = 0;

		for (d = i; d < n && d - i < 3 && rd_isdigit((unsigned char)
		    s[d]); d++)
			v = v * 10 + (s[d] - '0');
		if (d > i && d + 5 < n && s[d] == '-' && rd_isdigit(
		    (unsigned char)s[d + 1]) && rd_isdigit((unsigned char)
		    s[d + 4]) && !rd_isdigit((unsigned char)s[d + 5])) {
			for (j = d + 1; j < d + 5; j++)
				y = y * 10 + (s[j] - '0');
			if (v > 0 && year_group(y, 4) && (yy <= 0 ||
			    y % 100 == yy || y % 100 == yy - 1) &&
			    (s[d + 5] == ' ' || s[d + 5] == '.' ||
			    s[d + 5] == ':')) {
				*style = prefix_style(s, prefix);
				*seq = v;
				return d + 5 + (s[d + 5] != ' ');
			}
		}
	}
	if (i > 0 && i < n && (s[i] == '.' || s[i] == '/' || s[i] == ' ')) {
		spaced = s[i] == ' ';
		dotted = s[i] == '.';
		i++;
	} else if (i >= 2 && i + 1 < n && s[i] == '-' &&
	    rd_isdigit((unsigned char)s[i + 1])) {
		/* "MD-24-33": hyphens part the groups throughout */
		dashed = 1;
		i++;
	}
	for (;;) {
		d = i;
		g[ng] = 0;
		while (i < n && rd_isdigit((unsigned char)s[i]) && i - d < 4)
			g[ng] = g[ng] * 10 + (s[i++] - '0');
		if (i == d || (i < n && rd_isdigit((unsigned char)s[i])))
			return 0;
		len[ng] = i - d;
		if (g[ng] > 31)
			small = 0;
		/* "FC23.141": a dot parts the groups after letters; so
		 * after "FC." and the year, "FC.24.56", and after a year
		 * in four digits, "2024.61" */
		if (++ng == 3 || i + 1 >= n || !((dashed ? s[i] == '-' &&
		    rd_isdigit((unsigned char)s[i + 1]) : s[i] == '/') ||
		    (s[i] == '.' && (letters > 0 || (dotted && ng == 1 &&
		    year_group(g[0], len[0])) || (ng == 1 && prefix == 0 &&
		    len[0] == 4 && year_group(g[0], 4))) && rd_isdigit(
		    (unsigned char)s[i + 1]))))
			break;
		i++;
	}
	*style = 0;
	/* "MD-24-33" in 2024: the year, then the minute (not a site's
	 * reference in a list, "DS-116-17") */
	if (dashed && (ng != 2 || len[0] != 2 || (yy > 0 ? g[0] != yy :
	    !year_group(g[0], 2))))
		return 0;
	if (ng == 1 && !dashed && (prefix >= 2 || (prefix == 1 && s[0] != 'Q' &&
	    s[0] != 'A' && (s[1] == '/' || s[1] == '.'))) && len[0] <= 3 &&
	    g[0] > 0 && s[i - len[0]] != '0' &&
	    !(spaced && prose_word(s, prefix))) {
		/* "CA.1 Apologies", "AG18 Declarations", "CA/1", "CA 1";
		 * "C/58", "C.61" (not "Q.1", a question, nor "A.1") */
		if (i < n && (s[i] == '.' || s[i] == ':'))
			i++;
		/* the reference alone: the title is the next line */
		if (i < n && s[i] != ' ')
			return 0;
		*seq = g[0];
		*style = prefix_style(s, prefix);
		return i;
	}
	/* "12/07/23": a date (not "RMD 24/06/04" in 2024: a district's
	 * year, month and minute) */
	if (ng < 2 || (ng == 3 && small && !(prefix > 0 && len[0] == 2 &&
	    yy > 0 && g[0] == yy && len[1] == 2 && g[1] >= 1 && g[1] <= 12)))
		return 0;
	/* "LOST 2/4": a vote's tally */
	if (spaced && prose_word(s, prefix))
		return 0;
	/* "WPCA 24/25-61", "FGP 24/25 031": the municipal year, then the
	 * minute */
	if (ng == 2 && i + 1 < n && (s[i] == '-' || (s[i] == ' ' &&
	    prefix > 0)) && rd_isdigit((unsigned char)s[i + 1]) &&
	    year_group(g[0], len[0]) && g[1] == (g[0] + 1) % 100) {
		int v = 0;

		for (d = ++i; i < n && rd_isdigit((unsigned char)s[i]) &&
		    i - d < 4; i++)
			v = v * 10 + (s[i] - '0');
		if (i - d > 3 || v == 0)
			return 0;
		if (i < n && (s[i] == '.' || s[i] == ':'))
			i++;
		if (i < n && s[i] != ' ')
			return 0;
		*seq = v;
		return i;
	}
	if (i < n && (s[i] == '.' || s[i] == ':'))
		i++;
	if (i < n && s[i] != ' ')
		return 0;
	/* The group that cannot be a year; else the last of three, or the
	 * first of two ("45/23"), unless the first is the meeting's year
	 * ("JWC/24/19" in 2024). */
	for (j = 0; j < ng; j++)
		if (!year_group(g[j], len[j]) && len[j] <= 3) {
			pick = j;
			plain++;
		}
	/* "2024/31": a year in four digits is never the minute */
	/* "FRA/23/25" at a meeting of February 2024: the municipal year
	 * that began the year before, after letters; "C.23/24" is minute
	 * 23 of 2024 */
	if (plain != 1)
		pick = ng == 3 ? 2 : ng == 2 && ((len[0] == 2 && g[0] == yy &&
		    g[1] != yy) || (len[0] == 4 && len[1] <= 3) ||
		    (prefix > 0 && len[0] == 2 && yy > 0 && g[0] == yy - 1 &&
		    g[1] != yy)) ? 1 : 0;
	if (len[pick] > 3 || g[pick] == 0)
		return 0;
	*seq = g[pick];
	return i;
}

/*
 * 1 if a line stops mid-sentence, on a word that needs more after it
 * ("... asked that\nItem 6D be pulled"), on a comma, or (prose) in a long
 * line of prose ("... to approve\nItem 6D."): the next line goes on with
 * it.
 */
static int
stops_mid(const char *s, size_t n, int prose)
{
	static const char *const words[] = {
		"the", "to", "for", "of", "and", "that", "at", "on", "in",
		"with", "by", "be", "a", "an", "or", "from", "under", "as",
	};
	size_t i, w = n;

	if (n > 0 && s[n - 1] == ',')
		return 1;
	while (w > 0 && rd_isalpha((unsigned char)s[w - 1]))
		w--;
	if (w == n || (w > 0 && s[w - 1] != ' '))
		return 0;
	/* a long line of prose ending in a small word: wrapped */
	if (prose && n >= 60 && rd_islower((unsigned char)s[w]))
		return 1;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n - w && memcmp(words[i], s + w,
		    n - w) == 0)
			return 1;
	return 0;
}

static int
runs_on(const char *s, size_t n)
{
	return stops_mid(s, n, 1);
}

/*
 * 1 if s[0..n) reads as a heading: its words capitalised but for small
 * ones ("Adoption of the Long Term Plan", "Application LA05/2023/0456/F
 * - 3 Mill Road"), no full stop at the end.
 */
int
rd_heading_words(const char *s, size_t n)
{
	static const char *const small[] = {
		"of", "the", "and", "for", "to", "in", "on", "at", "a", "an",
		"with", "by", "from", "or", "into", "under", "upon", "per",
		"regarding", "re", "concerning", "about", "between", "vs",
	};
	size_t w, e, k, words = 0;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n == 0 || n > 100 || s[n - 1] == '.' || s[n - 1] == ',')
		return 0;
	for (w = 0; w < n; w = e + 1) {
		while (w < n && (s[w] == ' ' || s[w] == '\t'))
			w++;
		for (e = w; e < n && s[e] != ' ' && s[e] != '\t'; e++)
			;
		if (e == w || !rd_isalpha((unsigned char)s[w]))
			continue;
		words++;
		if (rd_isupper((unsigned char)s[w]))
			continue;
		for (k = 0; k < sizeof small / sizeof small[0]; k++)
			if (strlen(small[k]) == e - w &&
			    memcmp(small[k], s + w, e - w) == 0)
				break;
		if (k == sizeof small / sizeof small[0])
			return 0;
	}
	return words > 0;
}

/*
 * 1 if line li, s[0..n) of it, is a heading the PDF wrapped on to the
 * next line: "6.2  Rosalind Achebe, Chamber of Commerce, regarding the
 * Downtown" / "Patio Program", the next line short and a heading too,
 * with a blank line after it.
 */
static int
wrapped_heading(const char *t, const struct line *l, size_t nl, size_t li,
    const char *s, size_t n)
{
	size_t m;

	if (li + 1 >= nl || l[li + 1].blank_before || (li + 2 < nl &&
	    !l[li + 2].blank_before))
		return 0;
	m = l[li + 1].b - l[li + 1].a;
	/* two words at least, no label ("Minutes:"), no sentence, no
	 * report's link ("PDF 390 KB") */
	if (m > 60 || !rd_heading_words(t + l[li + 1].a, m) ||
	    memchr(t + l[li + 1].a, ' ', m) == NULL ||
	    memchr(t + l[li + 1].a, ':', m) != NULL ||
	    rd_find(t + l[li + 1].a, m, ". ") != (size_t)-1 ||
	    rd_without_file_size(t + l[li + 1].a, m) < m)
		return 0;
	/* cut at the width of the page (the whole line's, number and
	 * all), or mid-phrase */
	if (l[li].b - l[li].a < 60 && !runs_on(s, n))
		return 0;
	if (n > 0 && s[n - 1] == ',')
		n--;
	return rd_heading_words(s, n);
}

static int decision_line(const char *, size_t);

static int two_sentences(const char *, size_t);

/* 1 if s[0..n) is a year or a span of years alone: "2024-2029", "2025/26". */
static int
years_only(const char *s, size_t n)
{
	size_t i, digits = 0;

	if (n < 4 || n > 12 || !rd_isdigit((unsigned char)s[0]))
		return 0;
	for (i = 0; i < n; i++) {
		if (rd_isdigit((unsigned char)s[i]))
			digits++;
		else if (s[i] != '-' && s[i] != '/' && s[i] != ' ' &&
		    (unsigned char)s[i] < 0x80)
			return 0;
	}
	return digits >= 4;
}

/*
 * How long line li must be to have been cut at the page's width: most of
 * the longest of the lines under it, as PDFs are set narrow or wide, and
 * 75 characters where they run longer (text that keeps a paragraph to a
 * line).
 */
static size_t
wrap_width(const struct line *l, size_t nl, size_t li)
{
	size_t k, widest = 0;

	for (k = li + 1; k < nl && k <= li + 12; k++)
		if (l[k].b - l[k].a > widest)
			widest = l[k].b - l[k].a;
	widest = widest * 4 / 5;
	return widest < 40 ? 40 : widest > 75 ? 75 : widest;
}

/* 1 if s[0..n) stops on a comma or a dash: the title goes on. */
static int
open_end(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n > 2 && (s[n - 1] == ',' || (s[n - 1] == '-' &&
	    s[n - 2] == ' ') || (n > 4 && memcmp(s + n - 4, " \xe2\x80\x93",
	    4) == 0));
}

/*
 * 1 if the title t[ta..tb), on line li, goes on to the next line with no
 * blank line between: cut mid-phrase ("416. Report of the Chief
 * Executive: Proposed disposal of a plot of ground at" / "Bridgefoot
 * Street, Dublin 8, to the Iveagh Trust") or at the page's width, with
 * the body or a blank line after it ("12    Oral Questions ... on
 * Outside" / "      Bodies").  The next line reads as a heading, names
 * no one and decides nothing.
 */
static int
title_goes_on(const char *t, const struct line *l, size_t nl, size_t li,
    size_t ta, size_t tb)
{
	/* one word alone under a title is more often a label */
	static const char *const labels[] = {
		"Minutes", "Decision", "Resolved", "Agreed", "Present",
		"Apologies", "Purpose", "Recommendation", "Recommendations",
		"Report", "Noted", "Summary", "Background", "Introduction",
	};
	const char *s;
	size_t m;
	struct rd_person who;
	int named, blank_after;

	if (li + 1 >= nl)
		return 0;
	s = t + l[li + 1].a;
	m = l[li + 1].b - l[li + 1].a;
	/* "... Sufficiency Strategy" / "2024-2029": the years alone */
	if (!l[li + 1].blank_before && years_only(s, m) &&
	    (li + 2 >= nl || l[li + 2].blank_before))
		return 1;
	if (l[li + 1].blank_before || m > 80 || m == 0 ||
	    !rd_heading_words(s, m) || two_sentences(s, m) ||
	    s[m - 1] == ':' || decision_line(s, m) ||
	    rd_without_file_size(s, m) < m)
		return 0;
	/* (a name with its title: "Cllr. Sarah Reilly" over her question;
	 * not "Adjustment Factor (Report No. 301/2024)") */
	named = rd_person_at(s, m, &who) && who.title != NULL;
	rd_person_clear(&who);
	if (named)
		return 0;
	/* (or on a dash: "Part 8 ... (as amended) –" / "Proposed Active
	 * Travel Scheme at Clonroad, Ennis") */
	if (runs_on(t + ta, tb - ta) || open_end(t + ta, tb - ta))
		return 1;
	/* at the page's width: the line after is the body's, or blank;
	 * "... on Outside" / "Bodies" alone over a blank line */
	blank_after = li + 2 >= nl || l[li + 2].blank_before;
	if (memchr(s, ' ', m) == NULL && (!blank_after || rd_all_caps(s, m) ||
	    rd_in_list(labels, sizeof labels / sizeof labels[0], s, m)))
		return 0;
	return l[li].b - l[li].a >= wrap_width(l, nl, li) && (blank_after ||
	    !rd_heading_words(t + l[li + 2].a, l[li + 2].b - l[li + 2].a));
}

/*
 * 1 if s[0..n) reads as a heading however long, to 200 bytes: each
 * part of it, cut at a space, reads as one.
 */
static int
heading_long(const char *s, size_t n)
{
	size_t cut;

	while (n > 0 && (s[0] == ' ' || s[0] == '\t')) {
		s++;
		n--;
	}
	if (n <= 100)
		return rd_heading_words(s, n);
	if (n > 200)
		return 0;
	for (cut = 100; cut > 20 && (s[cut] != ' ' || s[cut - 1] == ',' ||
	    s[cut - 1] == '.' || s[cut - 1] == ' '); cut--)
		;
	if (cut <= 20 || !rd_heading_words(s, cut))
		return 0;
	/* the rest may be a reference alone: "(TDL/24/0331)" */
	for (s += cut + 1, n -= cut + 1, cut = 0; cut < n; cut++)
		if (rd_isalpha((unsigned char)s[cut]) && (cut == 0 ||
		    s[cut - 1] == ' '))
			return rd_heading_words(s, n);
	return s[n - 1] != '.';
}

/* 1 if s[0..n) has most words at most, none a sentence's verb. */
static int
sentence_words(const char *s, size_t n, size_t most)
{
	static const char *const verbs[] = {
		"is", "are", "was", "were", "has", "have", "had", "be", "will",
		"noted", "agreed", "resolved", "said", "asked", "reported",
		"confirmed", "explained", "advised", "welcomed", "received",
		"approved", "declared", "thanked", "presented", "stated",
		"voted", "there", "moved", "seconded", "proposed",
	};
	size_t w, e, words = 0;

	for (w = 0; w < n; w = e + 1) {
		while (w < n && s[w] == ' ')
			w++;
		for (e = w; e < n && s[e] != ' '; e++)
			;
		if (e == w)
			continue;
		if (++words > most || rd_in_list(verbs, sizeof verbs /
		    sizeof verbs[0], s + w, e - w))
			return 0;
	}
	return words > 0;
}

/*
 * 1 if s[0..n) reads as a heading in sentence case: "Budget monitoring
 * (Period 9)", "Minutes of the meeting on 26 June 2024"; a capital
 * first, twelve words at most, no stop at the end and no verb of a
 * sentence ("Members noted the report").
 */
static int
sentence_heading(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	while (n > 0 && (s[0] == ' ' || s[0] == '\t')) {
		s++;
		n--;
	}
	if (n < 3 || n > 80 || !rd_isupper((unsigned char)s[0]) ||
	    strchr(".,;:-", s[n - 1]) != NULL)
		return 0;
	return sentence_words(s, n, 12);
}

/*
 * 1 if the first word of line li + 1 would have fitted at the end of
 * line li, as wide as the widest line near: line li ends where its
 * words do, not at the page's width.
 */
static int
word_fits(const char *t, const struct line *l, size_t nl, size_t li)
{
	size_t k, widest = 0, w;

	for (k = li > 3 ? li - 3 : 0; k < nl && k <= li + 12; k++)
		if (l[k].b - l[k].a > widest)
			widest = l[k].b - l[k].a;
	for (w = l[li + 1].a; w < l[li + 1].b && t[w] != ' '; w++)
		;
	return l[li].b - l[li].a + 1 + (w - l[li + 1].a) <= widest;
}

/*
 * 1 if line li, a title s[0..n) in sentence case, is a line of its own
 * though no blank line follows it: not cut at the page's width nor
 * mid-phrase, and the next line opens with a capital ("7.2 Investments
 * Held as at 31 May 2024" / "It is resolved that ...").
 */
static int
heading_alone(const char *t, const struct line *l, size_t nl, size_t li,
    const char *s, size_t n)
{
	if (li + 1 >= nl || l[li + 1].blank_before)
		return li + 1 < nl;
	return !runs_on(s, n) && !open_end(s, n) &&
	    l[li].b - l[li].a < wrap_width(l, nl, li) &&
	    rd_isupper((unsigned char)t[l[li + 1].a]);
}

/*
 * 1 if line li, s[0..n) of it, is a title in sentence case the PDF
 * wrapped: "5.1 LA08/2022/1542/F – Erection of 14 No. dwellings with
 * associated site" / "works at lands 40m north of 22 Dromore Road,
 * Banbridge".  The line is cut at the page's width or mid-phrase, the
 * two read as one heading (no sentence's verb, no stop), and a blank
 * line or a capital follows them.  A reference alone may end it: "...
 * (Councillor Walcott)," / "EC2024-0031".
 */
static int
wrapped_sentence(const char *t, const struct line *l, size_t nl, size_t li,
    const char *s, size_t n)
{
	const char *x;
	size_t m, k;
	struct rd_person who;
	int named;

	if (li + 1 >= nl || l[li + 1].blank_before)
		return 0;
	x = t + l[li + 1].a;
	m = l[li + 1].b - l[li + 1].a;
	/* (and not on to a third line: "... Wastewater Treatment Plant
	 * Secondary Clarifier" / "Rehabilitation Project ...") */
	if (li + 2 < nl && !l[li + 2].blank_before &&
	    (!rd_isupper((unsigned char)t[l[li + 2].a]) ||
	    stops_mid(x, m, 0) || !word_fits(t, l, nl, li + 1)))
		return 0;
	/* cut at the width alone, the next line goes on in small letters
	 * or ends the heading over a blank line: not "... Southbank" /
	 * "Report from Director Planning" over "Moved: ..." */
	if (!runs_on(s, n) && !open_end(s, n) && (l[li].b - l[li].a <
	    wrap_width(l, nl, li) || (!rd_islower((unsigned char)x[0]) &&
	    li + 2 < nl && !l[li + 2].blank_before)))
		return 0;
	/* (its comma or dash left out) */
	for (;;) {
		while (n > 0 && (s[n - 1] == ',' || s[n - 1] == ' ' ||
		    s[n - 1] == '-'))
			n--;
		if (n < 3 || memcmp(s + n - 3, "\xe2\x80\x93", 3) != 0)
			break;
		n -= 3;
	}
	if (!sentence_heading(s, n) || m > 80 || strchr(".,;:-",
	    x[m - 1]) != NULL || !sentence_words(x, m, 12) ||
	    decision_line(x, m) || rd_without_file_size(x, m) < m)
		return 0;
	/* one word alone: a reference, or the end of a phrase ("... to
	 * the" / "Precinct"), not a label ("Minutes") */
	if (memchr(x, ' ', m) == NULL) {
		for (k = 0; k < m && !rd_isdigit((unsigned char)x[k]); k++)
			;
		if (k == m && !runs_on(t + l[li].a, l[li].b - l[li].a))
			return 0;
	}
	/* not a name over its words: "Councillor Ana Reyes" */
	named = rd_person_at(x, m, &who) && who.title != NULL;
	rd_person_clear(&who);
	return !named;
}

/*
 * Where a heading run in with its body ends: "Apologies for absence.
 * Apologies were received ..." after "Minute 101/24", as parish clerks
 * type an item on one line.  The heading is a few words that read as one
 * and a sentence follows; 0 if s is no such line.
 */
/*
 * The first full stop in s[0..lim) that ends a sentence, ". " after a
 * word of three letters or more that is no abbreviation ("St. Mary's",
 * "No. 5", "Cllr. Kelly" end none); (size_t)-1 if none.
 */
static size_t
sentence_stop(const char *s, size_t lim)
{
	static const char *const abbrevs[] = {
		"Cllr", "Cllrs", "Coun", "Cnllr", "Cmhlr", "Comh", "Cyng", "Mrs",
		"Supt", "Insp", "Dept", "Prof", "Capt", "Sgt", "Rev", "Hon",
		"Ald", "Ave", "Est", "approx", "Ltd", "Bros", "Inc", "Nos",
	};
	size_t cut = 0, k, w;

	for (;;) {
		if ((k = rd_find(s + cut, lim - cut, ". ")) == (size_t)-1)
			return (size_t)-1;
		cut += k;
		for (w = cut; w > 0 && rd_isalpha((unsigned char)s[w - 1]);
		    w--)
			;
		if (cut - w >= 3 && !rd_in_list(abbrevs, sizeof abbrevs /
		    sizeof abbrevs[0], s + w, cut - w))
			return cut;
		cut += 2;
	}
}

static size_t
run_in(const char *s, size_t n)
{
	size_t cut = sentence_stop(s, n < 90 ? n : 90), colon, j;

	/* "25/031 Apologies for absence: Apologies were received ...",
	 * a sentence after the colon ("Call-in: Cabinet Decision CAB/23/061
	 * - Garden Waste Charges" is one title) */
	colon = rd_find(s, n < 60 ? n : 60, ": ");
	if (colon != (size_t)-1 && (cut == (size_t)-1 || colon < cut) &&
	    s[n - 1] == '.')
		cut = colon;
	if (cut == (size_t)-1 || cut < 3)
		return 0;
	/* a sentence follows ("Apologies.  Cllr R. Tamblyn sent ...") */
	for (j = cut + 1; j < n && s[j] == ' '; j++)
		;
	if (n < cut + 12 || !rd_islower((unsigned char)s[cut - 1]) ||
	    j >= n || !(rd_isupper((unsigned char)s[j]) || s[j] == '('))
		return 0;
	return rd_heading_words(s, cut) || sentence_heading(s, cut) ? cut : 0;
}

/*
 * 1 if s[0..n) holds a full stop after a word of four letters or more,
 * then a capital: "training. Noted." ("St. John's", "No. 5" are not).
 */
static int
two_sentences(const char *s, size_t n)
{
	size_t i, w;

	for (i = 4; i + 2 < n; i++) {
		if (s[i] != '.' || s[i + 1] != ' ' ||
		    !rd_isupper((unsigned char)s[i + 2]))
			continue;
		for (w = i; w > 0 && rd_isalpha((unsigned char)s[w - 1]); w--)
			;
		if (i - w >= 4)
			return 1;
	}
	return 0;
}

/* 1 if line l opens with the capitals that open s, then a digit. */
static int
same_code(const char *t, const struct line *l, const char *s)
{
	const char *o = t + l->a;
	size_t n = l->b - l->a, i = 0;

	while (i < n && rd_isupper((unsigned char)s[i]) && o[i] == s[i])
		i++;
	return i > 0 && i < n && !rd_isupper((unsigned char)s[i]) &&
	    rd_isdigit((unsigned char)o[i]);
}

/*
 * "IV. CALL TO ORDER": a Roman number from I to XXX, a dot, a space and
 * a title in capitals.  Returns where the title starts, the number's
 * bytes in *len and its value in *num; else 0.
 */
static size_t
roman_item(const char *s, size_t n, int *num, size_t *len)
{
	static const char *const romans[] = {
		"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
		"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII",
		"XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI",
		"XXVII", "XXVIII", "XXIX", "XXX",
	};
	size_t k = 0, i, w;

	while (k < n && k < 6 && strchr("IVX", s[k]) != NULL)
		k++;
	*len = k;
	/* "IV*  CAPITAL PLAN", "IV  *CAPITAL PLAN": not delegated */
	if (k > 0 && k < n && s[k] == '*')
		k++;
	/* ... or no dot and a wide gap, as Dundee sets them: "IV      DECLARATION
	 * OF INTEREST" */
	if (*len == 0 || k + 2 >= n || (s[k] != '.' && s[k] != '\t' &&
	    !(s[k] == ' ' && s[k + 1] == ' ') && !(k > *len &&
	    s[k] == ' ')) || (s[k] == '.' && s[k + 1] != ' '))
		return 0;
	for (w = k + 1; w < n && (s[w] == ' ' || s[w] == '\t'); w++)
		;
	if (s[k] != '.' && w < n && s[w] == '*')
		w++;
	if (w + 1 >= n || !rd_isupper((unsigned char)s[w]) ||
	    !rd_isupper((unsigned char)s[w + 1]) || (s[k] != '.' &&
	    !rd_all_caps(s + w, n - w)))
		return 0;
	for (i = 0; i < sizeof romans / sizeof romans[0]; i++)
		if (strlen(romans[i]) == *len && memcmp(romans[i], s,
		    *len) == 0) {
			*num = (int)i + 1;
			return w;
		}
	return 0;
}

static size_t words_upto(const char *s, size_t n);

/*
 * 1 if s, a numbered line, opens an article as Glasgow's minutes do:
 * "3  There was submitted a report by ...", "There were submitted and
 * approved the minutes of ...".
 */
static int
submitted_article(const char *s, size_t n)
{
	static const char *const opens[] = {
		"there was submitted ", "there were submitted ",
		"there was circulated ", "there were circulated ",
	};
	size_t k = 0, i;

	while (k < n && k < 4 && rd_isdigit((unsigned char)s[k]))
		k++;
	if (k == 0 || k >= n || (s[k] != ' ' && s[k] != '\t'))
		return 0;
	k = rd_skip_spaces(s, n, k);
	for (i = 0; i < sizeof opens / sizeof opens[0]; i++)
		if (rd_prefix(s + k, n - k, opens[i]))
			return 1;
	return 0;
}

/*
 * 1 if line h is a heading in capitals over a numbered paragraph, a
 * paragraph of its own: "BUSINESS PLANNER" over "5.   The Committee had
 * before it ...", as Scottish councils head a minute's articles.
 */
static int
article_heading(const char *t, const struct line *l, size_t h)
{
	const char *s = t + l[h].a;
	size_t n = l[h].b - l[h].a;

	static const char *const outcomes[] = {
		"ADOPTED", "APPROVED", "DEFEATED", "LOST", "REFUSED",
		"DEFERRED", "WITHDRAWN", "UNANIMOUS",
	};
	size_t i;

	for (i = 0; i < sizeof outcomes / sizeof outcomes[0]; i++)
		if (rd_prefix(s, n, outcomes[i]))
			return 0;
	/* "Housing Revenue Account – Rent Setting – Report." right over
	 * "3 There was submitted ...", as Glasgow heads its minutes: a
	 * side heading ending in a stop, after a blank line */
	/* (a blank line between when the paragraph opens as Glasgow's
	 * do: "3  There was submitted a report by ...") */
	if (l[h].blank_before && (!l[h + 1].blank_before ||
	    submitted_article(t + l[h + 1].a, l[h + 1].b - l[h + 1].a)) &&
	    n >= 10 && n <= 120 && s[n - 1] == '.' &&
	    rd_isupper((unsigned char)s[0]) &&
	    !two_sentences(s, n) && words_upto(s, n) <= 14 &&
	    !attendance_line(s, n) && rd_isdigit((unsigned char)
	    t[l[h + 1].a]))
		return 1;
	return l[h].blank_before && l[h + 1].blank_before && n >= 3 &&
	    n <= 80 && rd_all_caps(s, n) && s[n - 1] != ':' &&
	    !decision_line(s, n) && !attendance_line(s, n);
}

/*
 * The line of the heading in capitals over the numbered paragraph at
 * line li, perhaps with a paragraph of one line between ("In accordance
 * with article 3 of this minute, Councillor Delgaty left ..."), or
 * (size_t)-1.
 */
static size_t
heading_over(const char *t, const struct line *l, size_t li)
{
	if (li > 1 && article_heading(t, l, li - 1))
		return li - 1;
	if (li > 2 && l[li].blank_before && prose(t + l[li - 1].a,
	    l[li - 1].b - l[li - 1].a) && article_heading(t, l, li - 2))
		return li - 2;
	return (size_t)-1;
}

/*
 * 1 if the words from a, on line li, open a paragraph and not a title:
 * "The Committee had before it ...", or a long line the paragraph goes
 * on from ("With reference to article 9 of the minute of its meeting of
 * 3 July 2024, the" / "Committee had before it ..."); not "Notice of
 * Motion submitted by Councillor L. Galvin (to be referred to the ...".
 */
static int
article_words(const char *t, const struct line *l, size_t nl, size_t li,
    size_t a)
{
	size_t n = l[li].b - a, k;

	if (n < 20 || rd_heading_words(t + a, n) || rd_find(t + a, n,
	    "submitted by") != (size_t)-1)
		return 0;
	if (narrative(t + a, n))
		return 1;
	for (k = li; k + 1 < nl && k < li + 2 && !l[k + 1].blank_before; k++)
		;
	return n > 60 && k > li && narrative(t + a, l[k].b - a);
}

/* The gaps of three spaces or a tab or more inside s[0..n). */
static size_t
column_gaps(const char *s, size_t n)
{
	size_t i = 0, run, gaps = 0;

	while (i < n) {
		for (run = 0; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
			run += s[i] == '\t' ? 3 : 1;
		if (run >= 3 && i < n)
			gaps++;
		while (i < n && s[i] != ' ' && s[i] != '\t')
			i++;
		if (i < n && s[i] == ' ' && i + 1 < n && s[i + 1] != ' ' &&
		    s[i + 1] != '\t')
			i++;
	}
	return gaps;
}

/*
 * 1 if s[0..n) is a row of cells, three at least, the last a short
 * label and its value: "ACTION      Amended      Ward: All".
 */
static int
status_row(const char *s, size_t n)
{
	size_t e = n, c, k;

	if (column_gaps(s, n) < 2)
		return 0;
	for (c = n; c > 2 && !(s[c - 1] == ' ' && s[c - 2] == ' ' &&
	    s[c - 3] == ' '); c--)
		;
	if (c <= 2 || (k = rd_find(s + c, e - c, ": ")) == (size_t)-1 ||
	    k == 0 || k > 20 || e - c - k > 24)
		return 0;
	for (; k > 0; k--)
		if (!rd_isalpha((unsigned char)s[c + k - 1]))
			return 0;
	return 1;
}

/*
 * 1 if s is the label of a written question or of its reply, over the
 * words: "Question from Councillor Fenton:", "Response:", "Reply from the
 * Commissioner:".
 */
static int
qa_label(const char *s, size_t n)
{
	static const char *const replies[] = {
		"response", "reply", "answer", "supplementary question",
	};
	size_t i, k;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n == 0 || s[n - 1] != ':' || n > 100)
		return 0;
	n--;
	for (i = 0; i < sizeof replies / sizeof replies[0]; i++)
		if ((k = rd_prefix(s, n, replies[i])) != 0 && (k == n ||
		    rd_prefix(s + k, n - k, " from ") ||
		    rd_prefix(s + k, n - k, " by ")))
			return 1;
	return (rd_prefix(s, n, "question from ") ||
	    rd_prefix(s, n, "question by ")) && memchr(s, '.', n) == NULL;
}

/*
 * The length of "No. " in "No. 4   PRESIDING MEMBER'S ANNOUNCEMENTS", as
 * some Welsh minute books number their items, or 0.  The title is in
 * capitals on the same line: "No. 1" alone over a line, and "No. 11 -
 * Compulsorily acquired", are a list's entries.
 */
static size_t
numbered_caps(const char *s, size_t n)
{
	size_t k = rd_prefix(s, n, "no. "), i = k;

	if (k == 0)
		return 0;
	while (i < n && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i == k || i + 2 >= n || s[i] != ' ' || s[i + 1] != ' ')
		return 0;
	i = rd_skip_spaces(s, n, i);
	return i < n && rd_isupper((unsigned char)s[i]) &&
	    rd_all_caps(s + i, n - i) ? k : 0;
}

/*
 * 1 if s[0..n) is in capitals up to a bracket that ends it, as a planning
 * application's heading goes on with its ward: "23/4412/RMA (Coppetts)",
 * "LONDON N20 0LW - 23/3390/FUL (Totteridge and Woodside)".
 */
static int
caps_then_ward(const char *s, size_t n)
{
	size_t o;

	if (n < 4 || s[n - 1] != ')')
		return 0;
	for (o = n - 1; o > 0 && s[o] != '('; o--)
		;
	if (o < 2 || s[o - 1] != ' ')
		return 0;
	return rd_all_caps(s, o - 1);
}

/* 1 if c ends a line that is complete: a stop, a colon, a bracket. */
static int
terminal_mark(char c)
{
	return c == '.' || c == ':' || c == ';' || c == ')' || c == '?';
}

/*
 * A numbered heading starting line li: "3. Title", "Item 3: Title", or
 * "3." alone with the title on the next line.
 */
static int
candidate(const char *t, const struct line *l, size_t nl, size_t li,
    int yy, struct cand *c)
{
	const char *s = t + l[li].a;
	size_t n = l[li].b - l[li].a, i = 0, k, d0;
	int prefixed = 0, num = 0, sub = 0, subsub = 0, sep = 0, bold_alone, headed;
	int status;
	double w = 1.0;

	memset(c, 0, sizeof *c);
	/* "28 November 2024" alone under the committee: a date */
	{
		char *d = rd_parse_date(s, n, &k);
		int date_only = d != NULL && rd_skip_spaces(s, n, k) == n;

		free(d);
		if (date_only)
			return 0;
	}
	if ((k = rd_prefix(s, n, "agenda item ")) != 0 ||
	    (k = rd_prefix(s, n, "item no. ")) != 0 ||
	    (k = rd_prefix(s, n, "item no ")) != 0 ||
	    (k = rd_prefix(s, n, "item ")) != 0 ||
	    (k = numbered_caps(s, n)) != 0 ||
	    (k = rd_prefix(s, n, "minute no. ")) != 0 ||
	    (k = rd_prefix(s, n, "minute ")) != 0 ||
	    (k = rd_prefix(s, n, "min. ")) != 0 ||
	    (k = rd_prefix(s, n, "min ")) != 0) {
		i = k;
		prefixed = 1;
	}
	d0 = i;
	/* "PL/23/45 Title": a minute reference numbers the item */
	if ((k = minute_ref(s + i, n - i, yy, &num, &c->style)) != 0) {
		/* (not "REPORT 2023/24" under "23. ... ANNUAL PROGRESS",
		 * a title in capitals that the page wrapped) */
		if (d0 == 0 && li > 0 && !l[li].blank_before &&
		    rd_all_caps(t + l[li - 1].a, l[li - 1].b - l[li - 1].a) &&
		    rd_all_caps(s, n) && !terminal_mark(t[l[li - 1].b - 1]))
			return 0;
		i += k;
		k = i;
		while (k > d0 && (s[k - 1] == ' ' || s[k - 1] == '.' ||
		    s[k - 1] == ':'))
			k--;
		/*
		 * "CA.1" weighs as "1.": letters may be a code ("TLC3");
		 * codes on lines running on ("FO3", "FO4") are a table
		 */
		if (c->style != 0 && d0 == 0 && ((li > 0 &&
		    !l[li].blank_before && same_code(t, &l[li - 1], s)) ||
		    (li + 1 < nl && !l[li + 1].blank_before &&
		    same_code(t, &l[li + 1], s))))
			return 0;
		prefixed = c->style == 0 || d0 > 0;
		sep = 1;
		goto title;
	}
	/* "IV. PUBLIC COMMENT", as American agendas number their items */
	if (d0 == 0 && (i = roman_item(s, n, &num, &k)) != 0) {
		sep = 1;
		goto title;
	}
	/* "1057 Apologies": four digits, when they are no year */
	while (i < n && i - d0 < 4 && rd_isdigit((unsigned char)s[i]))
		num = num * 10 + (s[i++] - '0');
	if (i == d0 || (i < n && rd_isdigit((unsigned char)s[i])) || num == 0 ||
	    (i - d0 == 4 && num >= 1900 && num <= 2100))
		return 0;
	/* "3a", "3(a)" */
	if (i < n && rd_islower((unsigned char)s[i]) && (i + 1 == n ||
	    !rd_isalpha((unsigned char)s[i + 1]))) {
		sub = s[i] - 'a' + 1;
		i++;
	} else if (i + 1 < n && rd_isupper((unsigned char)s[i]) &&
	    (s[i + 1] == '.' || s[i + 1] == ':')) {
		/* "Item 6D:", as consent calendars letter their items */
		sub = s[i] - 'A' + 1;
		i++;
	} else if (i + 2 < n && s[i] == '(' && rd_islower((unsigned char)
	    s[i + 1]) && s[i + 2] == ')') {
		sub = s[i + 1] - 'a' + 1;
		i += 3;
	} else if (i + 3 < n && s[i] == '(' && rd_isdigit((unsigned char)
	    s[i + 1])) {
		/* "7(1)   100 AVENUE ROAD, LONDON NW3 3HF (2023/4512/P)",
		 * applications under "7. PLANNING APPLICATIONS": a heading
		 * after it, not "7(1) The Committee considered ..." */
		size_t e = i + 1, h;
		int part = 0;

		while (e < n && e - i <= 2 && rd_isdigit((unsigned char)s[e]))
			part = part * 10 + (s[e++] - '0');
		for (h = e + 1; h < n && (s[h] == ' ' || s[h] == '\t'); h++)
			;
		if (e < n && s[e] == ')' && part > 0 && part < ITEM_SUB &&
		    h > e + 1 && h < n && (heading_long(s + h, n - h) ||
		    ref_title(s + h, n - h, 0))) {
			sub = part;
			i = e + 1;
			sep = 1;	/* (as "7.1": a house's number may
					 * open the title) */
		}
	}
	k = i;
	if (i < n && (s[i] == '.' || s[i] == ':' || s[i] == ')')) {
		sep = 1;
		i++;
	} else if (i + 2 < n && s[i] == ' ' && s[i + 1] == ':' &&
	    (s[i + 2] == ' ' || s[i + 2] == '\t')) {
		/* "44 :    APOLOGIES FOR ABSENCE", a space before the colon */
		sep = 1;
		i += 2;
	}
	/* "6.c Resolution No. 2024-31 - Street Reconstruction" */
	if (sub == 0 && sep && s[i - 1] == '.' && i + 2 < n &&
	    rd_islower((unsigned char)s[i]) && s[i + 1] == ' ' &&
	    rd_isupper((unsigned char)s[i + 2]) &&
	    rd_heading_words(s + i + 2, n - i - 2)) {
		sub = s[i] - 'a' + 1;
		k = ++i;
	}
	/* "7.A  Approval of Minutes - Regular Meeting of March 5, 2024",
	 * as consent calendars letter their items */
	if (sub == 0 && sep && s[i - 1] == '.' && i + 2 < n &&
	    rd_isupper((unsigned char)s[i]) && (s[i + 1] == ' ' ||
	    s[i + 1] == '\t') && ref_title(s + i + 1, n - i - 1, 1)) {
		sub = s[i] - 'A' + 1;
		k = ++i;
	}
	/* "6.A. 24-0192 Resolution No. 2024-31", as Legistar letters an
	 * item's matters */
	if (sub == 0 && sep && s[i - 1] == '.' && i + 3 < n &&
	    rd_isupper((unsigned char)s[i]) && s[i + 1] == '.' &&
	    s[i + 2] == ' ') {
		sub = s[i] - 'A' + 1;
		i += 2;
		k = i - 1;
	}
	/*
	 * "9.1 Adoption of the Long Term Plan": a sub-item, when its title
	 * reads as a heading; "1.5 million", "2.1" and numbered paragraphs
	 * ("30.2 The Committee considered ...") are not headings.
	 */
	if (i < n && rd_isdigit((unsigned char)s[i])) {
		int part = 0;
		size_t d = i, e, digits;

		if (sub != 0 || s[i - 1] != '.')
			return 0;
		while (i < n && i - d < 2 && rd_isdigit((unsigned char)s[i]))
			part = part * 10 + (s[i++] - '0');
		digits = i - d;
		/* "10.1.1 Monthly Financial Report": a third level */
		if (i + 1 < n && s[i] == '.' && rd_isdigit((unsigned char)
		    s[i + 1]) && part > 0) {
			size_t d2 = ++i;

			while (i < n && i - d2 < 2 &&
			    rd_isdigit((unsigned char)s[i]))
				subsub = subsub * 10 + (s[i++] - '0');
			if (subsub == 0 || subsub >= ITEM_SUB || (i < n &&
			    rd_isdigit((unsigned char)s[i])))
				return 0;
		}
		e = i;
		/* "1.1. Apologies" */
		if (i + 1 < n && s[i] == '.' && (s[i + 1] == ' ' ||
		    s[i + 1] == '\t'))
			i++;
		/* "1.0 CALL TO ORDER": the item itself, as western Canada
		 * numbers them; "5.1 Budget monitoring (Period 9)", in
		 * sentence case, only as a line of its own */
		if ((part == 0 && digits != 1) || part >= ITEM_SUB || i >= n ||
		    (s[i] != ' ' && s[i] != '\t') ||
		    (!heading_long(s + i, n - i) &&
		    !ref_title(s + i, n - i, 0) && !(sentence_heading(s + i,
		    n - i) && heading_alone(t, l, nl, li, s + i, n - i)) &&
		    !wrapped_heading(t, l, nl, li, s + i, n - i) &&
		    !wrapped_sentence(t, l, nl, li, s + i, n - i)))
			return 0;
		/* "2.30 P.M.": a time */
		for (d = i; d < n && s[d] == ' '; d++)
			;
		/* "4.6 RESOLVED – That the Board:", "3.2 Proposed: Cllr
		 * X": a numbered paragraph of the item's decision */
		if (decision_paragraph(s + d, n - d))
			return 0;
		/* "7.1 Cllr. Tom Hughes:" over a notice of motion: the
		 * member's label, no sub-item */
		if (rd_member_alone(s + d, n - d))
			return 0;
		/* "7.1  Question from Councillor Fenton:" over the question
		 * and "7.2  Response:" over its reply: numbered paragraphs */
		if (qa_label(s + d, n - d))
			return 0;
		if (rd_prefix(s + d, n - d, "p.m") || rd_prefix(s + d, n - d,
		    "a.m") || rd_prefix(s + d, n - d, "pm") ||
		    rd_prefix(s + d, n - d, "am ") || rd_prefix(s + d, n - d,
		    "noon"))
			return 0;
		sub = part;
		k = e;
	}
title:
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '-'))
		i++;
	snprintf(c->item, sizeof c->item, "%.*s", (int)(k - d0), s + d0);
	c->num = num * ITEM_TOP + sub * ITEM_SUB + subsub;
	c->li = li;
	bold_alone = 0;
	/* "PH11.1      ACTION      Amended      Ward: All": the item's
	 * status in cells, its title on the next line */
	status = i < n && li + 1 < nl && status_row(s + i, n - i);
	if (status)
		i = n;
	if (i == n) {
		/* the number alone: the title is the next line */
		if (li + 1 >= nl)
			return 0;
		c->tl = li + 1;
		c->ta = l[li + 1].a;
		s = t + l[li + 1].a;
		n = l[li + 1].b - l[li + 1].a;
		i = 0;
		/* "Minute 1" over "Tuesday, 8 October 2024", a page's
		 * running header over the meeting's date: no item */
		{
			char *d = rd_parse_date(s, n, &k);
			int date_only = d != NULL && rd_skip_spaces(s, n, k) ==
			    n;

			free(d);
			if (date_only)
				return 0;
		}
		if (!sep && !prefixed) {
			/* a bare "2": a page number unless it looks right */
			w -= 0.3;
		} else
			bold_alone = 1;
	} else {
		/* "2  Datgelu buddiannau ... / Disclosures of ...": a title
		 * in two languages is twice as long */
		/* ... and a long title that reads as one, "2    Civic
		 * Government (Scotland) Act 1982 - Application for the Grant
		 * of a Taxi Driver's Licence - Mr D M (TDL/24/0331)" */
		if (!sep && !prefixed && ((s[i - 1] != ' ' &&
		    s[i - 1] != '\t') || (n > (rd_find(s, n, " / ") !=
		    (size_t)-1 ? 200 : 100) && !heading_long(s + i, n - i))))
			return 0;
		/* "6      Adult Skills Fund plan approved      S Vivian
		 * 5 February 2025": a table's row, its cells spaced */
		if (!sep && !prefixed && column_gaps(s + i, n - i) >= 2)
			return 0;
		c->tl = li;
		c->ta = l[li].a + i;
		if (!sep && !prefixed)
			w -= 0.4;
	}
	/*
	 * The title starts with a capital letter or a quote, or (after
	 * "Item 3 -" or "3.") with a reference: "22/00456/OUT Land north
	 * of ...".
	 */
	/* "1.   24-0741    Report of the Board ...": a Legistar matter's
	 * file number, then its title */
	/* ... or under the number alone on its line ("62" / "23/01877/FUL
	 * - Land North of Brookfield Lane", as a meeting's page sets a
	 * planning application) */
	/* "ECC1/24 Resolution": a decision's number over it, no item;
	 * but "3.  MOTION", an item's plain number over its title */
	if (i < n && decision_word(s + i, n - i) &&
	    !(plain_number(s, i) && rd_prefix(s + i, n - i, "motion")))
		return 0;
	/* ... or a wide gap: "63     23/02977/FUL – LAND NORTH OF ..." */
	/* (a status row over it: "1 Bloor Street West - Zoning By-law
	 * Amendment", the title a house's number first) */
	if (i >= n || (!rd_isupper((unsigned char)s[i]) && s[i] != '"' &&
	    !(status && rd_isdigit((unsigned char)s[i])) &&
	    (unsigned char)s[i] < 0x80 && !((prefixed || sep || sub ||
	    c->tl != li || (i >= k + 3 && s[i - 1] == ' ' &&
	    s[i - 2] == ' ' && s[i - 3] == ' ') || (i > k &&
	    s[i - 1] == '\t') || (c->tl == li && n <= 100 &&
	    l[li].blank_before && year_title(s + i, n - i))) &&
	    (ref_token(s + i, n - i) ||
	    year_title(s + i, n - i) || file_number(s + i, n - i) ||
	    ((((prefixed || sep) && c->tl == li) || (c->tl != li &&
	    memchr(s + i, ',', n - i) != NULL)) && house_title(s + i,
	    n - i))))))
		return 0;
	n -= i;
	s += i;
	/* "Minute 101/24 Apologies for absence. Apologies were ...": the
	 * heading weighs, not the body run in with it */
	if (prefixed && c->tl == li && (k = run_in(s, n)) != 0)
		n = k;
	if (bold_alone)
		w += 0.3;
	if (prefixed)
		w += 0.8;
	if (l[li].blank_before)
		w += 0.2;
	else if (li > 0 && runs_on(t + l[li - 1].a, l[li - 1].b - l[li - 1].a))
		w -= 1.5;
	headed = c->tl == li && article_words(t, l, nl, li, (size_t)(s -
	    t)) && heading_over(t, l, li) != (size_t)-1;
	if (n <= 80)
		w += 0.3;
	else if (n > 160 && !headed)
		w -= 0.8;
	if (s[n - 1] == ':')
		w += 0.3;
	else if ((s[n - 1] == ';' || s[n - 1] == ',') && !headed &&
	    (c->tl != li || (!wrapped_heading(t, l, nl, li, s, n) &&
	    !wrapped_sentence(t, l, nl, li, s, n))))
		w -= 1.5;
	else if (s[n - 1] == '.' && n > 60)
		w -= 0.5;
	/* "2.  The Branch permits local governments to provide" / "input
	 * on licence applications;": a list's point, wrapped */
	else if (c->tl == li && !headed && li + 1 < nl &&
	    !l[li + 1].blank_before && (li + 2 >= nl ||
	    l[li + 2].blank_before) && t[l[li + 1].b - 1] == ';')
		w -= 1.5;
	/* "... the proceedings of this meeting, namely" / "Item 12 -
	 * Property Acquisition, on the grounds ...": a sentence's words
	 * wrapped, no heading (not under another numbered line, as a
	 * list of consent items sets them) */
	if (li > 0 && !l[li].blank_before && l[li - 1].b - l[li - 1].a > 50 &&
	    !rd_isdigit((unsigned char)t[l[li - 1].a]) &&
	    (rd_islower((unsigned char)t[l[li - 1].b - 1]) ||
	    t[l[li - 1].b - 1] == ','))
		w -= 1.5;
	if (rd_find(s, n, "submitted by") != (size_t)-1)
		w += 0.4;
	/* "1. One Voice Wales - training. Noted.": two sentences are a
	 * point of a list, not a heading */
	/* ... unless a heading in capitals is over it: the paragraph
	 * is the article the number opens */
	if (two_sentences(s, n) && !headed)
		w -= 0.8;
	if (narrative(s, n) && !headed)
		w -= 0.6;
	c->w = w;
	c->caps = caps_title(t, l, c);
	return 1;
}

/*
 * 1 if line s leads in to numbered points: "RESOLVED: That permission be
 * GRANTED subject to the following conditions:", "The Committee AGREED:".
 */
static int
points_lead_in(const char *s, size_t n)
{
	static const char *const words[] = {
		"resolved", "agreed", "recommend", "decision", "decided",
		"following", "conditions", "reasons", "that",
	};
	size_t i, m = n;

	while (m > 0 && (s[m - 1] == ' ' || s[m - 1] == '-'))
		m--;
	if (m == 0 || s[m - 1] != ':' || attendance_line(s, n))
		return 0;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (rd_find(s, n, words[i]) != (size_t)-1)
			return 1;
	return 0;
}

/* 1 if candidate c's title is in capitals: "INVESTMENT REPORT". */
static int
caps_title(const char *t, const struct line *l, const struct cand *c)
{
	return l[c->tl].b > c->ta && rd_all_caps(t + c->ta, l[c->tl].b -
	    c->ta);
}

/*
 * Points numbered from 1 under a decision inside an item ("subject to
 * the following conditions: 1. ... 6. ...") are not items, however many
 * they are: the candidates of such a run weigh much less.
 */
static void
list_points(const char *t, const struct line *l, struct cand *c, size_t nc)
{
	size_t i, j;

	for (i = 1; i < nc; i++) {
		if (c[i].num != ITEM_TOP || c[i].li == 0 || !points_lead_in(t +
		    l[c[i].li - 1].a, l[c[i].li - 1].b - l[c[i].li - 1].a))
			continue;
		c[i].w -= 3.0;
		/* "1. Endorse the plan." / "2. Receive a report." / "3.
		 * INVESTMENT REPORT": a title in capitals after points that
		 * are not is the next item */
		for (j = i + 1; j < nc && c[j].num == c[j - 1].num + ITEM_TOP &&
		    c[j].li - c[j - 1].li <= 8 && !(caps_title(t, l, &c[j]) &&
		    !caps_title(t, l, &c[i])); j++)
			c[j].w -= 3.0;
		i = j - 1;
	}
}

/*
 * The title's start in s after a letter that heads a matter under an
 * item ("A. Approval of Minutes", "b) Award of Contract"): the letter is
 * want, and the title is in title case, or a planning application's
 * after a label in brackets; else 0.
 */
static size_t
letter_heading(const char *s, size_t n, char want)
{
	size_t i = 0;

	/* "(a)  23/03351/FUL – Unit 4, ...", "(1)  23/0771/FUL – ...":
	 * in brackets, a planning application's reference first */
	if (n > 5 && s[0] == '(' && s[1] == want && s[2] == ')' &&
	    (s[3] == ' ' || s[3] == '\t')) {
		for (i = 3; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
			;
		return ref_token(s + i, n - i) ? i : 0;
	}
	if (n < 5 || s[0] != want || (s[1] != '.' && s[1] != ')') ||
	    s[2] != ' ')
		return 0;
	for (i = 2; i < n && (s[i] == ' ' || s[i] == '\t'); i++)
		;
	if (i >= n || !rd_isupper((unsigned char)s[i]) ||
	    rd_prefix(s + i, n - i, "that ") ||
	    rd_prefix(s + i, n - i, "to ") || !rd_heading_words(s + i, n - i))
		return 0;
	return i;
}

/* 1 if one of the lettered titles is a paper or a deputation. */
static int
papers(const char *t, const struct line *l, const struct cand *c, size_t n)
{
	static const char *const words[] = {
		"deputation", "report by", "report of", "report from",
		"presentation", "petition", "letter from",
	};
	size_t i, k;

	for (i = 0; i < n; i++)
		for (k = 0; k < sizeof words / sizeof words[0]; k++)
			if (rd_prefix(t + c[i].ta, l[c[i].tl].b - c[i].ta,
			    words[k]))
				return 1;
	return 0;
}

/*
 * Matters lettered under an item, "3. CONSENT CALENDAR" / "A. Approval of
 * Minutes" / "B. Award of Contract", as American agendas set them: a run
 * from A, each on a line of its own, in title case; not the points of a
 * decision (no line before them leads in with a colon).  Adds them to
 * *items (n of them) as sub-items "3.A", "3.B"; returns the new count.
 */
static size_t
letter_items(const char *t, const struct line *l, size_t nl,
    struct cand **items, size_t n)
{
	struct cand *out = NULL;
	size_t i, j, li, end, k, m = 0, cap = 0;
	int first = 'A';

	for (i = 0; i < n; i++) {
		if (m == cap) {
			cap = cap ? cap * 2 : n + 8;
			out = xreallocarray(out, cap, sizeof *out);
		}
		out[m++] = (*items)[i];
		if ((*items)[i].num % ITEM_TOP != 0)
			continue;
		end = i + 1 < n ? (*items)[i + 1].li : nl;
		for (li = (*items)[i].tl + 1, j = 0; li < end && j < 26; li++) {
			const char *s = t + l[li].a;
			size_t len = l[li].b - l[li].a;

			/* "A.", "a." or "(1)", as the first label set them */
			if (j == 0)
				first = len > 1 && (s[0] == 'a' || (s[0] ==
				    '(' && s[1] == 'a')) ? 'a' : len > 1 &&
				    s[0] == '(' && s[1] == '1' ? '1' : 'A';
			if (first == '1' && j >= 9)
				break;
			if ((k = letter_heading(s, len, (char)(first + j))) ==
			    0)
				continue;
			/* "The Committee agreed:" / "A. Approve the ..." */
			if (j == 0 && l[li - 1].b > l[li - 1].a &&
			    t[l[li - 1].b - 1] == ':')
				break;
			if (m == cap) {
				cap *= 2;
				out = xreallocarray(out, cap, sizeof *out);
			}
			memset(&out[m], 0, sizeof out[m]);
			out[m].li = out[m].tl = li;
			out[m].ta = l[li].a + k;
			out[m].num = (*items)[i].num + ((int)j + 1) * ITEM_SUB;
			out[m].w = 1.0;
			snprintf(out[m].item, sizeof out[m].item, "%.13s.%c",
			    (*items)[i].item, first + (int)j);
			m++;
			j++;
		}
		/* a lone "A." is a list's point, not a matter; nor are
		 * lines that follow each other with nothing under them, a
		 * consent calendar's list decided as one; nor the papers of
		 * one matter, "a) Deputation - ...", "b) Report by ..." */
		if (j == 1 || (j > 1 && (out[m - 1].li - out[m - j].li ==
		    j - 1 || papers(t, l, out + m - j, j))))
			m -= j;
	}
	free(*items);
	*items = out;
	return m;
}

/*
 * The best chain of item headings, its numbers climbing, or, if again
 * is set, starting again from "1." under a heading in capitals; sets
 * c[].best and c[].prev and returns the chain's last candidate, or -1.
 */
static long
item_chain(struct cand *c, size_t nc, int again)
{
	size_t i, j;
	long best = -1;
	double top = 0.3;

	for (i = 0; i < nc; i++) {
		int first = c[i].num / ITEM_TOP;

		/* a chain may start anywhere: minutes number on */
		c[i].best = c[i].w - (first > 1 ? (first > 5 ? 1.0 : 0.2 *
		    (first - 1)) : 0);
		c[i].prev = -1;
		c[i].restarts = 0;
		/* a chain rarely skips hundreds of numbered lines */
		for (j = i > 400 ? i - 400 : 0; j < i; j++) {
			int dn = c[i].num / ITEM_TOP - c[j].num / ITEM_TOP;
			int restart = again && c[i].fresh && c[i].w >= 1.0 &&
			    c[j].w >= 1.0 && dn <= 0;
			double v;

			if (c[j].tl >= c[i].li)
				continue;
			if (!restart && (dn < 0 || dn > 10 || (dn == 0 &&
			    c[i].num <= c[j].num)))
				continue;
			/* wider gaps, dearer: items left out of the minutes
			 * ("Nil" items of a template, a consent agenda's
			 * items numbered one by one), between two headings in
			 * capitals */
			if (!restart && dn > 3 && (c[i].w < 1.0 ||
			    c[j].w < 1.0 || !c[i].caps || !c[j].caps))
				continue;
			v = c[j].best + c[i].w - (restart ? 0.3 : dn > 3 ?
			    1.2 + 0.5 * (dn - 3) : dn > 1 ? 0.6 * (dn - 1) :
			    0);
			/* items are numbered alike: "CA.1", "CA.2" */
			if (c[i].style != c[j].style)
				v -= 1.0;
			if (v > c[i].best) {
				c[i].best = v;
				c[i].prev = (long)j;
				c[i].restarts = c[j].restarts + restart;
			}
		}
		if (c[i].best > top) {
			top = c[i].best;
			best = (long)i;
		}
	}
	return best;
}

/* Finds the chain of item headings; returns them in order. */
static size_t
choose_items(struct cand *c, size_t nc, struct cand **out)
{
	size_t i, n = 0, m = 0;
	long k, best;
	char *in;

	if (nc == 0)
		return 0;
	/*
	 * "REPORTS" / "1. ..." / "2. ...", then "BY-LAWS" / "1. ...": the
	 * numbers start again under each heading in capitals.  Such a
	 * chain is taken when it starts again twice at least and keeps
	 * every heading the climbing chain has, so a list numbered from 1
	 * under "CONDITIONS" makes no items of its points.
	 */
	in = xcalloc(nc, 1);
	best = item_chain(c, nc, 0);
	for (k = best; k >= 0; k = c[k].prev)
		in[k] = 1, n++;
	k = item_chain(c, nc, 1);
	if (k >= 0 && c[k].restarts >= 2) {
		for (; k >= 0; k = c[k].prev)
			m += in[k] == 1, in[k] = 2;
		if (m == n) {
			for (n = 0, i = 0; i < nc; i++)
				n += in[i] == 2;
			*out = xreallocarray(NULL, n, sizeof **out);
			for (m = 0, i = 0; i < nc; i++)
				if (in[i] == 2)
					(*out)[m++] = c[i];
			free(in);
			return n;
		}
	}
	free(in);
	best = item_chain(c, nc, 0);
	if (best < 0)
		return 0;
	for (n = 0, k = best; k >= 0; k = c[k].prev)
		n++;
	*out = xreallocarray(NULL, n, sizeof **out);
	i = n;
	for (k = best; k >= 0; k = c[k].prev)
		(*out)[--i] = c[k];
	return n;
}

/*
 * An unnumbered heading: a line wholly in bold in the Markdown, or in
 * capitals ("ADJOURNMENT OF MEETING:").  Runs of such lines are one
 * heading (PDF extraction often puts one word on each line).
 */
/* 1 if s[0..n) is the heading "Apologies" or "Apologies for absence"
 * alone on its line (not the label "APOLOGIES:" of a list). */
static int
apologies_heading(const char *s, size_t n)
{
	size_t k;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	k = rd_prefix(s, n, "apologies");
	return k != 0 && (k == n || rd_prefix(s + k, n - k, " for absence") ==
	    n - k || rd_prefix(s + k, n - k, " received") == n - k);
}

/*
 * 1 if src[s0..s1) is the whole text of an HTML heading element, <h2> to
 * <h6>, perhaps inside an inline element of its own ("<h3><strong>...").
 */
static int
html_heading(const char *src, size_t len, size_t s0, size_t s1)
{
	size_t a = s0, b = s1, k;
	int hops;

	for (hops = 0; hops < 3; hops++) {
		while (a > 0 && rd_isspace((unsigned char)src[a - 1]))
			a--;
		if (a == 0 || src[a - 1] != '>')
			return 0;
		for (k = a - 1; k > 0 && src[k] != '<' && a - k < 200; k--)
			;
		if (src[k] != '<')
			return 0;
		if ((src[k + 1] | 0x20) == 'h' && src[k + 2] >= '2' &&
		    src[k + 2] <= '6' && (src[k + 3] == '>' ||
		    src[k + 3] == ' '))
			break;
		/* an inline element around the words: look past it */
		if (rd_prefix(src + k, a - k, "<strong") == 0 &&
		    rd_prefix(src + k, a - k, "<b>") == 0 &&
		    rd_prefix(src + k, a - k, "<span") == 0 &&
		    rd_prefix(src + k, a - k, "<a ") == 0)
			return 0;
		a = k;
	}
	if (hops == 3)
		return 0;
	for (hops = 0; hops < 3; hops++) {
		while (b < len && rd_isspace((unsigned char)src[b]))
			b++;
		if (b + 4 > len || src[b] != '<' || src[b + 1] != '/')
			return 0;
		if ((src[b + 2] | 0x20) == 'h' && rd_isdigit(
		    (unsigned char)src[b + 3]))
			return 1;
		while (b < len && src[b] != '>')
			b++;
		b++;
	}
	return 0;
}

/*
 * 1 if s[0..n) is a label over a reply, a question or a decision alone
 * on its line, "REPLY:", "RESPONSE:", "RESOLVED:", "**Response**": no
 * item's heading.
 */
static int
qa_decision_label(const char *s, size_t n)
{
	static const char *const labels[] = {
		"reply", "response", "answer", "question", "resolved",
		"decision", "agreed", "proposed", "seconded", "order",
		"supplementary question", "supplementary",
	};
	size_t i;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '-'))
		n--;
	if (n > 0 && s[n - 1] == ':')
		n--;
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strlen(labels[i]) == n && rd_prefix(s, n, labels[i]) == n)
			return 1;
	return 0;
}

static int
heading_line(const struct rctx *c, const struct tmap *tm,
    const struct line *l)
{
	const char *t = tm->text.data + l->a;
	size_t n = l->b - l->a, i, letters = 0, s0, s1;

	if (n < 3 || n > 150)
		return 0;
	for (i = 0; i < n; i++)
		if (rd_isalpha((unsigned char)t[i]))
			letters++;
	if (letters < 3)
		return 0;
	s0 = tm_src(tm, l->a);
	s1 = tm_src_end(tm, l->b);
	/* "<h3>Apologies</h3>": a page's heading, even of attendance */
	if (c->srclen > 0 && html_heading(c->src, c->srclen, s0, s1) &&
	    t[n - 1] != ',' && !narrative(t, n))
		return 2;
	if (attendance_line(t, n) && !apologies_heading(t, n))
		return 0;
	if (rd_all_caps(t, n) && !narrative(t, n) && !qa_decision_label(t, n))
		return 1;
	/* "**Title**" in the source */
	if (s0 >= 2 && s1 + 2 <= c->srclen && memcmp(c->src + s0 - 2, "**",
	    2) == 0 && memcmp(c->src + s1, "**", 2) == 0 &&
	    t[n - 1] != ',' && !narrative(t, n) && !qa_decision_label(t, n))
		return 1;
	return 0;
}

/* ---- The meeting ---- */

struct meeting {
	char *council;
	char *committee;
	char *date;
	char *heading;		/* the heading, for a title */
	char *url;
	struct record *officers;	/* named in attendance, with office */
};

static void
meeting_free(struct meeting *m)
{
	free(m->council);
	free(m->committee);
	free(m->date);
	free(m->heading);
	free(m->url);
	record_free(m->officers);
}

/* 1 if s[0..n) is a short line of a label and its value: "Key
 * decision: KD2025/004", "Wards affected: All" (not "Purpose:"). */
static int
meta_label(const char *s, size_t n)
{
	const char *colon = memchr(s, ':', n);
	size_t i, words = 1;

	if (n > 60 || colon == NULL || colon - s > 24 || n == 0 ||
	    !rd_isupper((unsigned char)s[0]) || rd_prefix(s, n, "purpose"))
		return 0;
	for (i = 0; s + i < colon; i++) {
		if (rd_isdigit((unsigned char)s[i]))
			return 0;
		words += s[i] == ' ';
	}
	return words <= 3;
}

static char *
purpose_text(const char *t, size_t a, size_t b)
{
	struct buf out = BUF_INIT;
	size_t i, e, k;
	char *p;

	for (i = a; i < b; i = e + 1) {
		for (e = i; e < b && t[e] != '\n'; e++)
			;
		k = rd_skip_spaces(t, e, i);
		/* the page's link to the decision; a label and its value
		 * ("Key decision: KD2025/004") */
		if (rd_prefix(t + k, e - k, "- view the decision") ||
		    rd_prefix(t + k, e - k, "view the decision") ||
		    meta_label(t + k, e - k))
			continue;
		if (out.len > 0)
			buf_putc(&out, ' ');
		buf_append(&out, t + k, e - k);
	}
	if (out.len == 0) {
		buf_free(&out);
		return NULL;
	}
	/* "Purpose:     To provide an update ...": the label is ours */
	k = rd_prefix(out.data, out.len, "purpose:");
	p = rd_squeeze(out.data + k, out.len - k);
	buf_free(&out);
	return p;
}

/* 1 if t[i..e) is "Decision:" alone on its line. */
static int
decision_label(const char *t, size_t i, size_t e)
{
	size_t k = rd_skip_spaces(t, e, i);

	while (e > k && t[e - 1] == ' ')
		e--;
	return (e - k == 9 && rd_prefix(t + k, 9, "decision:")) ||
	    (e - k == 10 && rd_prefix(t + k, 10, "decisions:"));
}

/*
 * A meeting page's item: its purpose, perhaps its documents, then
 * "Minutes:" on a line of its own (the label ModernGov puts over each
 * item's minute) and the minute.  Sets rec->purpose from what comes
 * before the label, or adds it as a resolution when it is labelled
 * "Decision:", and returns where the minute starts; a if there is no
 * such label.
 */
static size_t
item_purpose(struct record *rec, const struct tmap *tm, size_t a, size_t b)
{
	const char *t = tm->text.data;
	size_t i, e = b, m = (size_t)-1, stop, k, z;

	for (i = a; i < b; i = e + 1) {
		for (e = i; e < b && t[e] != '\n'; e++)
			;
		for (k = i; k < e && t[k] == ' '; k++)
			;
		for (z = e; z > k && t[z - 1] == ' '; z--)
			;
		if (z > k && t[z - 1] == ':')
			z--;
		if (z - k == 7 && rd_prefix(t + k, 7, "minutes")) {
			m = i;
			break;
		}
	}
	if (m == (size_t)-1)
		return a;
	stop = m;
	k = rd_find(t + a, m - a, "additional documents");
	if (k == (size_t)-1)
		k = rd_find(t + a, m - a, "supporting documents");
	if (k != (size_t)-1) {
		/* the documents' list, then "Decision:" under it */
		for (z = a + k; z < m; z++)
			if (t[z - 1] == '\n' && (rd_prefix(t + z, m - z,
			    "decision:") || rd_prefix(t + z, m - z,
			    "decisions:")))
				break;
		if (z < m) {
			if (rec->purpose == NULL)
				rec->purpose = rd_squeeze(t + a, k);
			a = z;
		} else
			stop = a + k;
	}
	/* "Decision:" alone on its line under the item's purpose */
	for (i = a; i < stop; i = z + 1) {
		for (z = i; z < stop && t[z] != '\n'; z++)
			;
		if (i > a && decision_label(t, i, z)) {
			if (rec->purpose == NULL)
				rec->purpose = purpose_text(t, a, i);
			a = i;
			break;
		}
	}
	/* "Decision:" over a cabinet item's decision, then "Minutes:", as
	 * ModernGov prints a meeting: the decision, not a purpose */
	/* ... perhaps under "Key decision: KD2024/118" */
	for (k = rd_skip_spaces(t, stop, a); k < stop; k = rd_skip_spaces(t,
	    stop, z)) {
		if (rd_prefix(t + k, stop - k, "decision:") ||
		    rd_prefix(t + k, stop - k, "decisions:"))
			break;
		for (z = k; z < stop && t[z] != '\n'; z++)
			;
		if (z - k > 60 || memchr(t + k, ':', z - k) == NULL) {
			k = stop;
			break;
		}
	}
	if (k < stop && ((z = rd_prefix(t + k, stop - k, "decision:")) != 0 ||
	    (z = rd_prefix(t + k, stop - k, "decisions:")) != 0)) {
		k = rd_skip_spaces(t, stop, k + z);
		for (i = k; i < stop; i++)
			if ((i == k || t[i - 1] == '\n') &&
			    (rd_prefix(t + i, stop - i, "reasons for") ||
			    rd_prefix(t + i, stop - i, "reason for") ||
			    rd_prefix(t + i, stop - i, "alternative options")))
				break;
		rd_decision_section(rec, tm, k, i);
		/* the reasons and the options set aside: why, as said */
		if (i < stop)
			sections_parse(rec, tm, i, stop, NULL);
	} else if (rec->purpose == NULL && stop > a)
		rec->purpose = purpose_text(t, a, stop);
	return e < b ? e + 1 : b;
}

static char *
trimmed_title(const char *s, size_t n)
{
	char *raw, *tc;

	n = rd_without_file_size(s, n);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ',' ||
	    s[n - 1] == '-' || s[n - 1] == '.' || s[n - 1] == ':'))
		n--;
	while (n > 0 && (*s == ' ' || *s == ',' || *s == '-')) {
		s++;
		n--;
	}
	raw = rd_squeeze(s, n);
	if (raw == NULL)
		return NULL;
	tc = rd_titlecase(raw);
	free(raw);
	return tc;
}

/* Does s[0..n) name a committee rather than a place? */
static int
committee_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"committee", "panel", "board", "cabinet", "forum", "group",
		"commission", "executive", "spc", "sub-committee",
		"subcommittee", "partnership", "assembly", "working party",
		"full council", "municipal district",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (rd_find(s, n, words[i]) != (size_t)-1)
			return 1;
	return 0;
}

static int date_at(const char *s, size_t n);
static size_t meeting_kind(const char *s, size_t n);
static int generic_council(const char *s, size_t n);

/* 1 if the words s[0..n) end with "Council", a comma-free name's end. */
static int
council_last(const char *s, size_t n)
{
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n > 8 && rd_prefix(s + n - 8, 8, " council") == 8 &&
	    memchr(s + 1, ',', n - 1) == NULL;
}

/*
 * 1 if s[0..n) goes on from "Council" to a place, as a formal name does:
 * " of the Borough of Wenlow", " of the City of X", " of the Isles of
 * Scilly"; not a body's, " of Governors".
 */
static int
borough_of(const char *s, size_t n)
{
	static const char *const places[] = {
		"borough of ", "royal borough of ", "london borough of ",
		"metropolitan borough of ", "city of ", "city and county of ",
		"county of ", "county borough of ", "district of ",
		"town of ", "isles of ", "isle of ",
	};
	size_t k, i;

	if ((k = rd_prefix(s, n, " of the ")) == 0)
		return 0;
	for (i = 0; i < sizeof places / sizeof places[0]; i++) {
		size_t w = rd_prefix(s + k, n - k, places[i]);

		if (w != 0 && k + w < n && rd_isupper((unsigned char)
		    s[k + w]))
			return 1;
	}
	return 0;
}

/* 1 if the words s[0..n) end with a body's word: "... Cabinet", "...
 * Planning Committee", "... Council" (a "Meeting" after it passed over). */
static int
body_last(const char *s, size_t n)
{
	static const char *const words[] = {
		"committee", "sub-committee", "subcommittee", "panel", "board",
		"cabinet", "forum", "commission", "executive", "partnership",
		"assembly", "council", "authority",
	};
	size_t i, w, k;
	int meeting = 0;

	for (;;) {
		while (n > 0 && s[n - 1] == ' ')
			n--;
		for (w = n; w > 0 && s[w - 1] != ' '; w--)
			;
		if (meeting || n - w != 7 || !rd_prefix(s + w, 7, "meeting"))
			break;
		meeting = 1;
		n = w;
	}
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		k = strlen(words[i]);
		if (n - w == k && rd_prefix(s + w, k, words[i]) == k)
			return 1;
	}
	return 0;
}

/*
 * 1 if the word h[w, e) is "of" or "the" between words in capitals, as
 * West Lothian writes "the COUNCIL EXECUTIVE of WEST LOTHIAN COUNCIL";
 * b ends the name.
 */
static int
small_between_caps(const char *h, size_t w, size_t e, size_t b)
{
	size_t f;

	if (!((e - w == 2 && memcmp(h + w, "of", 2) == 0) ||
	    (e - w == 3 && memcmp(h + w, "the", 3) == 0)) || e + 1 >= b)
		return 0;
	for (f = e + 1; f < b && h[f] != ' '; f++)
		;
	return f - e - 1 >= 2 && rd_all_caps(h + e + 1, f - e - 1) &&
	    rd_isalpha((unsigned char)h[e + 1]);
}

/*
 * The body that met, from "MINUTES OF ... MEETING OF THE MUNICIPAL
 * DISTRICT OF NEWCASTLE WEST HELD IN ... ON WEDNESDAY 11TH JUNE, 2014":
 * the words after "meeting of" up to "held", "on", a comma or a change
 * from capitals to small letters, or at cut, where a labelled line
 * ("Date: ...") began.  brk[0..nbrk) are where the heading's lines
 * start in h.
 */
static void
parse_heading(struct meeting *m, const char *h, size_t n, size_t cut,
    const size_t *brk, size_t nbrk, int from_minutes)
{
	/* and a comma, below */
	static const char *const stops[] = {
		" held", " on ", " at ", " - ", " which ", " was ",
		" convened", " in the ", " (", ".", " by ", " minutes",
	};
	size_t at, a, b, i, k, w, lim;
	int caps;

	/* "Minutes of the Planning Committee Meeting of Mid Vale District
	 * Council", "MINUTES OF THE COUNCIL MEETING" over "This meeting of
	 * the Council is held ...": a body named before the first word
	 * "meeting" is the one that met (the later "meeting of" read if it
	 * names nothing); not "MINUTES OF PROCEEDINGS AT DRAFT BUDGETARY
	 * PLAN MEETING ... MEETING OF THE METROPOLITAN DISTRICT" */
	at = rd_find(h, n, "meeting of ");
	k = rd_find(h, n, "minutes of ");
	w = k != (size_t)-1 && at != (size_t)-1 && k < at ? k + rd_find(h + k,
	    at + 7 - k, "meeting") : 0;
	if (k != (size_t)-1 && (at == (size_t)-1 || (k < at &&
	    (committee_word(h + k, w - k) || rd_find(h + k, w - k,
	    "council") != (size_t)-1)))) {
		if (from_minutes)
			at = k;
		else {
			parse_heading(m, h, n, cut, brk, nbrk, 1);
			if (m->committee != NULL || m->council != NULL)
				return;
		}
	}
	if (at == (size_t)-1)
		return;
	a = at + 11;
	/* "Minutes of a hearing of the Licensing Sub-Committee" */
	for (i = 0; i < 2; i++) {
		static const char *const lead[] = {
			"the ", "a ", "an ", "hearing of ", "session of ",
			"sitting of ", "meeting of ", "proceedings of ",
			"proceedings at ",
		};

		for (k = 0; k < sizeof lead / sizeof lead[0]; k++)
			if ((w = rd_prefix(h + a, n - a, lead[k])) != 0) {
				a += w;
				break;
			}
	}
	if (rd_prefix(h + a, n - a, "the "))
		a += 4;
	/* "MINUTES OF THE REGULAR MEETING TUESDAY, OCTOBER 8": a kind of
	 * meeting, no body named */
	{
		size_t j = a + meeting_kind(h + a, n - a);

		w = 0;
		if (j > a && ((w = rd_prefix(h + j, n - j, "meeting")) != 0 ||
		    (w = rd_prefix(h + j, n - j, "session")) != 0) &&
		    (j + w == n || !rd_isalpha((unsigned char)h[j + w])) &&
		    !rd_prefix(h + j + w, n - j - w, " of "))
			return;
		/* "the Regular City Council Meeting": the body is the
		 * City Council */
		if (j > a && w == 0 && j < n && rd_isupper((unsigned char)h[j]))
			a = j;
	}
	lim = cut > a ? cut : n;
	/* "Minutes of the Cabinet" / "Council Chamber, Guildhall, ...": a
	 * name ending in its body's word ends with its line, unless the
	 * next goes on with "of ..." ("Planning Committee" / "of Drumlough
	 * District Council") */
	for (i = 0; i < nbrk; i++)
		if (brk[i] > a + 1 && brk[i] < lim &&
		    body_last(h + a, brk[i] - 1 - a) &&
		    !rd_prefix(h + brk[i], n - brk[i], "of ") &&
		    !rd_prefix(h + brk[i], n - brk[i], "for ") &&
		    !rd_prefix(h + brk[i], n - brk[i], "and ") &&
		    !rd_prefix(h + brk[i], n - brk[i], "& ")) {
			lim = brk[i] - 1;
			break;
		}
	b = lim;
	for (i = 0; i < sizeof stops / sizeof stops[0]; i++) {
		/* each stop over the whole heading: "Committee was held" */
		k = rd_find(h + a, lim - a, stops[i]);
		/* "MUNICIPAL DISTRICT OF DRUMKEEL - LISNAGRY HELD ...": two
		 * places a dash joins, in capitals, name one district */
		/* ... and so in title case: "Municipal District of Cloonfad
		 * - Ardnagreve held ..." */
		if (k != (size_t)-1 && strcmp(stops[i], " - ") == 0 &&
		    a + k + 4 < lim &&
		    rd_isupper((unsigned char)h[a + k + 3]) &&
		    ((rd_all_caps(h + a, k) &&
		    rd_isupper((unsigned char)h[a + k + 4])) ||
		    (rd_find(h + a, k, "district of ") != (size_t)-1 &&
		    rd_islower((unsigned char)h[a + k + 4]))) &&
		    !date_at(h + a + k + 3, lim - a - k - 3))
			k = rd_find(h + a + k + 3, lim - a - k - 3, " - ") !=
			    (size_t)-1 ? k + 3 + rd_find(h + a + k + 3,
			    lim - a - k - 3, " - ") : (size_t)-1;
		if (k != (size_t)-1 && a + k < b)
			b = a + k;
	}
	/* a comma ends the name, unless the name goes on to its committee
	 * word: "EDUCATION, CHILDREN AND FAMILIES COMMITTEE" */
	/* ... or to "Council": "Drumlough, Ardglass and Mourne District
	 * Council" */
	/* ... or a committee's name to its council's, "Planning Committee
	 * of Armagh, Banbridge and Lurgan District Council" */
	k = rd_find(h + a, b - a, ",");
	if (k != (size_t)-1) {
		size_t of = rd_find(h + a, k, " of ");
		int cof = of != (size_t)-1 && committee_word(h + a, of) &&
		    !committee_word(h + a + of, k - of);

		if ((committee_word(h + a, k) && !(cof && council_last(h + a +
		    k, b - a - k))) || (!committee_word(h + a + k, b - a - k) &&
		    !council_last(h + a + k, b - a - k)))
			b = a + k;
	}
	/* "COUNCIL MEETING 20 March 2024": a date ends the name */
	for (w = a; w < b; w++)
		if ((w == a || h[w - 1] == ' ') && (rd_isdigit((unsigned char)
		    h[w]) || rd_isupper((unsigned char)h[w])) &&
		    date_at(h + w, n - w)) {
			b = w;
			break;
		}
	/* capitals then small letters: the heading ended */
	caps = 0;
	for (w = a; w < b; ) {
		size_t e = w;

		while (e < b && h[e] != ' ')
			e++;
		if (w == a)
			caps = rd_all_caps(h + w, e - w);
		else if (caps && !rd_all_caps(h + w, e - w) &&
		    rd_isalpha((unsigned char)h[w]) &&
		    !small_between_caps(h, w, e, b)) {
			b = w;
			break;
		}
		w = e + 1;
	}
	/* "... Cabinet Meeting": the word meeting is not the body */
	while (b > a && h[b - 1] == ' ')
		b--;
	if (b - a > 8 && rd_prefix(h + b - 8, 8, " meeting"))
		b -= 8;
	if (b <= a || b - a > 150)
		return;
	/* "Minutes of the meeting held on ...": no body named */
	if ((b - a == 7 && rd_prefix(h + a, 7, "meeting")) ||
	    (b - a == 7 && rd_prefix(h + a, 7, "hearing")))
		return;
	/* "LIMERICK CITY AND COUNTY COUNCIL HOME AND SOCIAL DEVELOPMENT SPC" */
	k = rd_find(h + a, b - a, "council");
	/* "THE COUNCIL OF THE BOROUGH OF WENLOW": the council's formal
	 * name, and the full council met */
	if (k == 0 && borough_of(h + a + 7, b - a - 7)) {
		m->council = trimmed_title(h + a, b - a);
		m->committee = xstrdup("Council");
		return;
	}
	/* "THE COUNCIL OF WESTSHIRE DISTRICT COUNCIL", "FULL COUNCIL OF
	 * NORTHSHIRE COUNTY COUNCIL": that council's full council met */
	if (k != (size_t)-1 && k < 20 && a + k + 11 < b &&
	    (k == 0 || memchr(h + a, ' ', k) == h + a + k - 1) &&
	    rd_prefix(h + a + k + 7, b - a - k - 7, " of ") &&
	    council_last(h + a + k + 10, b - a - k - 10)) {
		size_t c = a + k + 11;

		if (rd_prefix(h + c, b - c, "the "))
			c += 4;
		m->committee = trimmed_title(h + a, k + 7);
		m->council = trimmed_title(h + c, b - c);
		return;
	}
	/* "COUNCIL EXECUTIVE of WEST LOTHIAN COUNCIL": a committee named
	 * with the word council first, then its council */
	if (k == 0 && (w = rd_find(h + a, b - a, " of ")) != (size_t)-1 &&
	    w > 8 && committee_word(h + a + 7, w - 7) && council_last(h + a +
	    w + 3, b - a - w - 3)) {
		size_t c = a + w + 4;

		if (rd_prefix(h + c, b - c, "the "))
			c += 4;
		m->committee = trimmed_title(h + a, w);
		m->council = trimmed_title(h + c, b - c);
		return;
	}
	if (k != (size_t)-1 && (a + k + 7 == b || h[a + k + 7] == ' ' ||
	    h[a + k + 7] == ',')) {
		/* "PLANNING COMMITTEE OF GREYSTONE DISTRICT COUNCIL" */
		size_t of = rd_find(h + a, k, " of ");

		if (of != (size_t)-1 && committee_word(h + a, of)) {
			/* "Planning Committee Meeting of ...": the word
			 * meeting is not the body */
			m->committee = trimmed_title(h + a, of > 8 &&
			    rd_prefix(h + a + of - 8, 8, " meeting") ? of - 8 :
			    of);
			a += of + 4;
			k -= of + 4;
			if (rd_prefix(h + a, b - a, "the ")) {
				a += 4;
				k -= 4;
			}
		} else if (of != (size_t)-1 && (w = rd_prefix(h + a + of + 4,
		    k - of - 4, "the ")) != 0 && generic_council(h + a + of +
		    4 + w, k - of - 4 - w + 7)) {
			/* "AN OPEN PORTION OF THE COUNCIL MEETING": a part
			 * of the council's own meeting */
			a += of + 4 + w;
			k -= of + 4 + w;
		}
		/* "REGULAR MEETING OF COUNCIL", "the Full Council, held
		 * ...": a kind of council names none, but the body that met */
		if (generic_council(h + a, k + 7)) {
			size_t r = a + k + 7, c;

			/* "Full Council Meeting of Northshire District
			 * Council": that council's full council met */
			if ((w = rd_prefix(h + r, b - r, " meeting of ")) != 0 &&
			    council_last(h + r + w - 1, b - r - w + 1)) {
				c = r + w;
				if (rd_prefix(h + c, b - c, "the "))
					c += 4;
				if (m->committee == NULL)
					m->committee = trimmed_title(h + a,
					    k + 7);
				m->council = trimmed_title(h + c, b - c);
				return;
			}
			if (m->committee == NULL)
				m->committee = a + k + 7 < b ? trimmed_title(h +
				    a + k + 7, b - a - k - 7) : trimmed_title(h +
				    a, k + 7);
			return;
		}
		m->council = trimmed_title(h + a, k + 7);
		if (a + k + 7 < b && m->committee == NULL)
			m->committee = trimmed_title(h + a + k + 7,
			    b - a - k - 7);
		if (m->committee == NULL && m->council != NULL)
			m->committee = xstrdup(m->council);
	} else
		m->committee = trimmed_title(h + a, b - a);
}

/*
 * Words of a name on a line of its own: each capitalised or one of small
 * (any case), none in reject (any case), none holding a digit or a byte
 * of bad.  Returns how many, or 0 if the line is no name.
 */
static size_t
name_words(const char *s, size_t n, const char *const *small,
    size_t nsmall, const char *const *reject, size_t nreject,
    const char *bad)
{
	size_t w, e, k, words = 0;
	int ok;

	for (w = 0; w < n; w = e + 1) {
		for (e = w; e < n && s[e] != ' '; e++)
			if (rd_isdigit((unsigned char)s[e]) ||
			    (s[e] != '\0' && strchr(bad, s[e]) != NULL))
				return 0;
		if (e == w)
			continue;
		/* "Planning (Regulatory) Committee", "Ōtaraua" */
		ok = rd_upper_at(s + w, e - w) != 0 || (s[w] == '(' &&
		    e > w + 1 && rd_isupper((unsigned char)s[w + 1]));
		for (k = 0; !ok && k < nsmall; k++)
			ok = e - w == strlen(small[k]) &&
			    rd_prefix(s + w, e - w, small[k]);
		for (k = 0; ok && k < nreject; k++)
			ok = !(e - w == strlen(reject[k]) &&
			    rd_prefix(s + w, e - w, reject[k]));
		if (!ok)
			return 0;
		words++;
	}
	return words;
}

/* The words of s[0..n), separated by spaces. */
static size_t
words_upto(const char *s, size_t n)
{
	size_t i, w = n > 0;

	for (i = 0; i + 1 < n; i++)
		w += s[i] == ' ' && s[i + 1] != ' ';
	return w;
}

/* 1 if s[0..n) ends with the name of a kind of NHS body. */
static int
nhs_body(const char *s, size_t n)
{
	static const char *const kinds[] = {
		" integrated care board", " nhs foundation trust",
		" nhs trust", " university health board",
	};
	size_t i, k;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		k = strlen(kinds[i]);
		if (n > k && rd_prefix(s + n - k, k, kinds[i]) == k)
			return 1;
	}
	return 0;
}

/*
 * A heading line that is the council's name alone, as minutes often
 * begin: "NORTH MIDSHIRE DISTRICT COUNCIL", "Isle of Wight Council",
 * "London Borough of Camden".  Capitalised words (and "and", "of"), the
 * last of them "council" (or "authority", or an NHS body's kind) unless
 * it is a London borough; no digits.
 */
static int
council_line(const char *s, size_t n)
{
	/* "Ashby de la Zouch Town Council", "Newcastle upon Tyne ..." */
	static const char *const small[] = {
		"and", "&", "of", "upon", "de", "la", "le", "under",
	};
	/* "MEETING HELD IN THE COUNCIL": a sentence, not a name */
	static const char *const sentence[] = {
		"meeting", "held", "in", "the", "at", "on", "minutes", "by",
		"to"
	};
	size_t words, k, the = rd_prefix(s, n, "the ");
	int borough, corp;

	/* "The City of Edinburgh Council" */
	s += the;
	n -= the;
	/* "THE CORPORATION OF THE TOWN OF ...", as Ontario heads them */
	if ((k = rd_prefix(s, n, "corporation of the ")) != 0) {
		s += k;
		n -= k;
	}
	corp = k != 0;
	/* "CITY OF MAPLE GROVE HEIGHTS", as American cities print it */
	borough = rd_prefix(s, n, "london borough of ") ||
	    rd_prefix(s, n, "royal borough of ") ||
	    rd_prefix(s, n, "shire of ") ||
	    rd_prefix(s, n, "township of ") ||
	    rd_prefix(s, n, "municipality of ") ||
	    rd_prefix(s, n, "rural municipality of ") ||
	    rd_prefix(s, n, "county of ") ||
	    /* "City and County of Swansea", "City and County of Denver" */
	    rd_prefix(s, n, "city and county of ") ||
	    ((rd_all_caps(s, n) || corp) && (rd_prefix(s, n, "city of ") ||
	    rd_prefix(s, n, "town of ") || rd_prefix(s, n, "village of ")));
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	/* "CALDER COUNTY, COLORADO": a county and its state */
	if (!borough && (k = rd_find(s, n, " county, ")) != (size_t)-1 &&
	    k > 2 && k + 9 < n && memchr(s + k + 9, ',', n - k - 9) == NULL &&
	    rd_isupper((unsigned char)s[k + 9]) && words_upto(s + k + 9,
	    n - k - 9) <= 2)
		return 1;
	/* "COUNTY OF BRACKENRIDGE NO. 44", as the prairies number them */
	if (borough) {
		size_t e = n;

		while (e > 0 && rd_isdigit((unsigned char)s[e - 1]))
			e--;
		if (e < n && e > 5 && (rd_prefix(s + e - 5, 5, " no. ") ||
		    (e > 4 && rd_prefix(s + e - 4, 4, " no "))))
			n = e - (s[e - 2] == '.' ? 5 : 4);
	}
	if (n < 9 || n > 80 || rd_upper_at(s, n) == 0)
		return 0;
	/* "Peakland National Park Authority", "... Fire and Rescue
	 * Authority", "North Vale Mayoral Combined Authority"; "Riverside
	 * Valley Unified School District", "Silver Creek Water District" */
	/* ... and the NHS's bodies: "NHS Northvale Integrated Care
	 * Board", "Harrowmere Teaching Hospitals NHS Foundation Trust" */
	if (!borough && (s[n - 8] != ' ' ||
	    !rd_prefix(s + n - 7, 7, "council")) && (n < 11 ||
	    s[n - 10] != ' ' || !rd_prefix(s + n - 9, 9, "authority")) &&
	    (n < 17 || !rd_prefix(s + n - 16, 16, " school district")) &&
	    (n < 16 || !rd_prefix(s + n - 15, 15, " water district")) &&
	    !nhs_body(s, n))
		return 0;
	words = name_words(s, n, small, sizeof small / sizeof small[0],
	    sentence, sizeof sentence / sizeof sentence[0], "");
	return words >= 2 && words <= 8;
}

/*
 * "City of Alder Springs" in title case, as the first line of American
 * minutes names the city: "City of", "Town of", "Village of", "County
 * of", then one to four capitalised words and nothing more.
 */
static int
city_line(const char *s, size_t n)
{
	static const char *const small[] = { "of", "and", "the" };
	size_t words;

	if (!rd_prefix(s, n, "city of ") && !rd_prefix(s, n, "town of ") &&
	    !rd_prefix(s, n, "village of ") && !rd_prefix(s, n, "county of "))
		return 0;
	if (n > 50 || rd_islower((unsigned char)s[0]))
		return 0;
	words = name_words(s, n, small, sizeof small / sizeof small[0], NULL,
	    0, ",:.");
	return words >= 3 && words <= 6;
}

/*
 * A line in two languages, "CYNGOR SIR YNYS MÔN / ISLE OF ANGLESEY COUNTY
 * COUNCIL": narrows *s, *n to the side that names a council, if only
 * one does.
 */
static void
council_part(const char **s, size_t *n)
{
	size_t k;

	if (council_line(*s, *n))
		return;
	k = rd_find(*s, *n, " / ");
	if (k == (size_t)-1)
		return;
	if (council_line(*s + k + 3, *n - k - 3)) {
		*s += k + 3;
		*n -= k + 3;
	} else if (council_line(*s, k))
		*n = k;
}

/* The length of a kind of meeting at s: "Regular ", "Special ", or 0. */
static size_t
meeting_kind(const char *s, size_t n)
{
	static const char *const kinds[] = {
		"regular ", "special ", "ordinary ", "annual ",
		"extraordinary ", "adjourned ", "monthly ", "scheduled ",
		/* an Irish county council's "Plenary Council Meeting" */
		"plenary ",
	};
	size_t i, k;

	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if ((k = rd_prefix(s, n, kinds[i])) != 0)
			return k;
	return 0;
}

/*
 * 1 if s[0..n) is a kind of council, not one: "County Council", or a
 * meeting of one: "Regular City Council".
 */
static int
generic_council(const char *s, size_t n)
{
	static const char *const kinds[] = {
		"council", "county council", "city council", "borough council",
		"district council", "town council", "parish council",
		"full council", "the council", "city and county council",
		"local planning authority", "planning authority",
		"highway authority", "licensing authority", "local authority",
		"the authority", "combined authority",
		/* North America's */
		"municipal council", "common council", "village council",
		"township council", "city commission", "county commission",
	};
	size_t i, k = meeting_kind(s, n);

	/* "Regular City Council": a kind of meeting of one */
	s += k;
	n -= k;
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strlen(kinds[i]) == n && rd_prefix(s, n, kinds[i]))
			return 1;
	return 0;
}

/*
 * The council a line of a web page names: its name alone, ending the
 * browser's title ("Agenda item - ... | Ashby Marsh Borough Council"),
 * its logo's words ("Wrexford County Council logo"), its copyright ("©
 * Northdown County Council 2024. All rights reserved."), in one of two
 * languages ("Cyngor Sir Bryn Teg / Bryn Teg County Council").  Not a
 * link such as "Your Council".  NULL if none; the caller frees it.
 */
char *
rd_title_council(const char *s, size_t n)
{
	static const char *const tails[] = {
		" logo", " all rights reserved.", " all rights reserved",
	};
	size_t at, i, k;
	int cut;

	if ((k = rd_prefix(s, n, "\xc2\xa9")) != 0 || (k = rd_prefix(s, n,
	    "(c) ")) != 0 || (k = rd_prefix(s, n, "copyright ")) != 0) {
		s += k;
		n -= k;
		while (n > 0 && (*s == ' ' || rd_isdigit((unsigned char)*s)))
			s++, n--;
	}
	do {
		cut = 0;
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.' ||
		    s[n - 1] == ',' || rd_isdigit((unsigned char)s[n - 1])))
			n--;
		for (i = 0; i < sizeof tails / sizeof tails[0]; i++) {
			k = strlen(tails[i]);
			if (n > k && rd_prefix(s + n - k, k, tails[i])) {
				n -= k;
				cut = 1;
			}
		}
	} while (cut);
	council_part(&s, &n);
	/* "Cyngor Sir Dyffryn Llwyd / Dyffryn Llwyd County Council" */
	k = rd_english_half(s, n);
	s += k;
	n -= k;
	if (council_line(s, n))
		return generic_council(s, n) || rd_prefix(s, n, "your ") ||
		    rd_prefix(s, n, "our ") || rd_prefix(s, n, "my ") ? NULL :
		    rd_squeeze(s, n);
	for (at = n; at > 3 && memcmp(s + at - 3, " - ", 3) != 0 &&
	    memcmp(s + at - 3, " | ", 3) != 0; at--)
		;
	if (at > 3 && council_line(s + at, n - at))
		return rd_squeeze(s + at, n - at);
	/* "Ambersham County Council - Agenda item": the site's name
	 * first, as some browsers and themes order a title */
	for (at = 0; at + 3 < n && memcmp(s + at, " - ", 3) != 0 &&
	    memcmp(s + at, " | ", 3) != 0; at++)
		;
	return at + 3 < n && council_line(s, at) && !generic_council(s, at) ?
	    rd_squeeze(s, at) : NULL;
}

/*
 * A heading line that is a committee's name alone: "Planning Committee",
 * "CABINET": a name (as council_line reads one) with a committee word.
 */
static int
committee_line(const char *s, size_t n)
{
	static const char *const small[] = { "and", "of", "the", "&" };
	size_t words;

	const char *comma;

	if (n < 5 || n > 80 || !committee_word(s, n))
		return 0;
	/* "Westmoor Police, Fire and Crime Panel": one comma inside,
	 * the committee's word after it */
	comma = memchr(s, ',', n);
	if (comma != NULL && (memchr(comma + 1, ',', n - (size_t)(comma -
	    s) - 1) != NULL || !committee_word(comma, n - (size_t)(comma -
	    s)) || rd_find(s, n, "councillor") != (size_t)-1))
		return 0;
	words = name_words(s, n, small, sizeof small / sizeof small[0],
	    NULL, 0, ":");
	return words > 0 && words <= 8 && !rd_prefix(s, n, "minutes") &&
	    !rd_prefix(s, n, "meeting");
}

/*
 * A committee's name and, after a dash, the remit or area of this one
 * of several: "Performance Scrutiny Committee - Place and Corporate",
 * "Planning Committee - North"; not "Cabinet - Draft Minutes".
 */
static int
remit_line(const char *s, size_t n)
{
	static const char *const small[] = { "and", "of", "the", "&" };
	static const char *const reject[] = {
		"minutes", "minute", "agenda", "meeting", "draft", "public",
		"supplement", "decisions", "notice", "summons", "report",
	};
	size_t k = rd_find(s, n, " - "), words;

	if (k == (size_t)-1 || !committee_line(s, k) || !body_last(s, k))
		return 0;
	words = name_words(s + k + 3, n - k - 3, small,
	    sizeof small / sizeof small[0], reject,
	    sizeof reject / sizeof reject[0], ",:-/");
	return words >= 1 && words <= 4;
}

/* 1 if s[0..n) starts with a date. */
static int
date_at(const char *s, size_t n)
{
	size_t used;
	char *d = rd_parse_date(s, n, &used);

	free(d);
	return d != NULL;
}

/*
 * 1 if s[0..n) names an organisation alone, in capitals: "UNIVERSITY OF
 * NORTHBRIDGE", "RIVERSIDE VALE HOMES LIMITED"; not a meeting, a body
 * that meets, or a date.
 */
static int
organisation_line(const char *s, size_t n)
{
	static const char *const small[] = { "and", "of", "the", "&", "for" };

	if (n < 6 || n > 80 || !rd_all_caps(s, n) || committee_word(s, n) ||
	    generic_council(s, n) || rd_find(s, n, "minutes") != (size_t)-1 ||
	    rd_find(s, n, "meeting") != (size_t)-1 || date_at(s, n) ||
	    rd_find(s, n, "decision") != (size_t)-1 ||
	    memchr(s, ':', n) != NULL)
		return 0;
	return name_words(s, n, small, sizeof small / sizeof small[0], NULL,
	    0, ",") >= 2;
}

/*
 * The length of s[0..n) without the words for a meeting and its minutes
 * after a body's name: "Select Board Meeting Minutes", "CITY COUNCIL
 * REGULAR MEETING MINUTES", "City Council Work Session Minutes".
 */
static size_t
without_meeting_words(const char *s, size_t n)
{
	static const char *const words[] = {
		" minutes", " meeting", " work session", " workshop",
		" regular", " special", " ordinary", " annual",
		" extraordinary", " adjourned", " monthly", " study session",
		" action",
	};
	size_t i, k;
	int more = 1;

	while (more) {
		more = 0;
		for (i = 0; i < sizeof words / sizeof words[0]; i++) {
			k = strlen(words[i]);
			if (n > k + 2 && rd_prefix(s + n - k, k, words[i])) {
				n -= k;
				more = 1;
			}
		}
	}
	return n;
}

/* 1 if s[0..n) is words for a meeting alone: "Regular Meeting Minutes". */
static int
meeting_words_only(const char *s, size_t n)
{
	static const char *const words[] = {
		"minutes", "meeting", "regular", "special", "ordinary",
		"annual", "extraordinary", "adjourned", "monthly",
	};
	size_t i, k, at = 0;

	while (at < n) {
		for (i = 0; i < sizeof words / sizeof words[0]; i++) {
			k = strlen(words[i]);
			if (rd_prefix(s + at, n - at, words[i]) &&
			    (at + k == n || s[at + k] == ' '))
				break;
		}
		if (i == sizeof words / sizeof words[0])
			return 0;
		for (at += k; at < n && s[at] == ' '; at++)
			;
	}
	return n > 0;
}

/*
 * "REGULAR COUNCIL MEETING MINUTES", a line that names a meeting of the
 * whole council: the length of "REGULAR COUNCIL", or 0.
 */
static size_t
council_meeting(const char *s, size_t n)
{
	size_t m;

	if (n > 60)
		return 0;
	m = without_meeting_words(s, n);
	if (m == n)
		return 0;
	return generic_council(s, m) ? m : 0;
}

/* "[Original file](https://...)": the document's own address. */
static char *
source_url(const char *src, size_t len)
{
	size_t n = len < 4096 ? len : 4096, at = 0, b;

	while (at < n) {
		size_t k = rd_find(src + at, n - at, "](http");

		if (k == (size_t)-1)
			return NULL;
		at += k + 2;
		for (b = at; b < n && src[b] != ')' && src[b] != ' ' &&
		    src[b] != '\n'; b++)
			;
		if (b < n && src[b] == ')')
			return xstrndup(src + at, b - at);
	}
	return NULL;
}

/* 1 if a person named at s[i] (s[i - 1] a comma's space, or a line's
 * start) is there. */
static int
named_at(const char *s, size_t n, size_t i)
{
	struct rd_person next;
	int named = 0;

	if (i < n && rd_person_at(s + i, n - i, &next)) {
		named = next.named;
		rd_person_clear(&next);
	}
	return named;
}

/*
 * The office after a name and a dash at s[i]: " - Chief Executive, OPCC"
 * up to a ';', a '(', the line's end before another person or the next
 * person named; NULL if none.  *end is where it stopped.
 */
static char *
dash_role(const char *s, size_t n, size_t i, size_t *end)
{
	size_t j;

	if (i + 3 >= n || !rd_prefix(s + i, n - i, " - ") ||
	    !rd_isupper((unsigned char)s[i + 3]))
		return NULL;
	i += 3;
	for (j = i; j < n && j - i < 80 && s[j] != ';' && s[j] != '('; j++) {
		if (s[j] == '\n' && named_at(s, n, j + 1))
			break;
		if (s[j] != ',' || j + 2 >= n)
			continue;
		if (named_at(s, n, j + 2))
			break;
	}
	*end = j;
	return rd_squeeze(s + i, j - i);
}

/* 1 if the person named at s[k] stands alone on a line of a list, up to
 * end: an office there may hold a comma ("Mark Schultz - Director, City
 * Development", "Sylvia Hinchliffe, Director Planning, Development and
 * Environment"). */
static int
alone_on_line(const char *s, size_t n, size_t k, size_t end)
{
	if (k > 0 && s[k - 1] != '\n')
		return 0;
	while (end < n && (s[end] == ' ' || s[end] == '.'))
		end++;
	return end >= n || s[end] == '\n';
}

/*
 * 1 if s[0..n) names an office held by an officer or the chair, not a
 * seat on the body: "Director of Finance", "Clerk", "Chair"; not
 * "Non-Executive Director", "Co-opted", "County Councillors".
 */
static int
office_words(const char *s, size_t n)
{
	static const char *const offices[] = {
		"chair", "clerk", "secretary", "treasurer", "officer",
		"director", "manager", "head of", "executive", "adviser",
		"advisor", "solicitor", "engineer", "auditor", "mayor",
		"convener", "provost", "president", "accountant", "planner",
		"minute", "rfo", "controller", "superintendent", "inspector",
		"surveyor", "lead", "coordinator", "co-ordinator", "consultant",
		"counsel", "attorney", "analyst",
	};
	static const char *const seats[] = {
		"non-executive", "non executive", "governor", "member",
		"trustee", "councillor", "independent", "co-opted",
	};
	size_t i;

	for (i = 0; i < sizeof seats / sizeof seats[0]; i++)
		if (rd_find(s, n, seats[i]) != (size_t)-1)
			return 0;
	for (i = 0; i < sizeof offices / sizeof offices[0]; i++)
		if (rd_find(s, n, offices[i]) != (size_t)-1)
			return 1;
	return 0;
}

/*
 * The office in the next column after a name at s[i], parted from it by
 * three spaces or more: "Mr Simon Oduya        Director of Finance", up
 * to the next such gap; NULL if none, or if the column names a person.
 */
static char *
column_role(const char *s, size_t n, size_t i)
{
	struct rd_person next;
	size_t a = i, e;
	int named = 0;

	while (a < n && s[a] == ' ')
		a++;
	if (a - i < 3 || a >= n || !(rd_isupper((unsigned char)s[a]) ||
	    s[a] == '('))
		return NULL;
	if (rd_person_at(s + a, n - a, &next)) {
		named = next.named;
		rd_person_clear(&next);
	}
	if (named)
		return NULL;
	e = a + rd_find(s + a, n - a, "   ");
	if (e < a || e > n)
		e = n;
	/* "(Chair)" in its own column */
	if (s[a] == '(' && e - a > 2 && s[e - 1] == ')') {
		a++;
		e--;
	}
	if (e - a < 3 || e - a > 80)
		return NULL;
	if (office_words(s + a, e - a))
		return rd_squeeze(s + a, e - a);
	/* "Councillor Shirin Begum      (Cabinet Member for Children and
	 * Education)": a member's office for the executive */
	{
		char *role = rd_squeeze(s + a, e - a);

		if (role != NULL && rd_executive_role(role))
			return role;
		free(role);
	}
	return NULL;
}

/*
 * The office labelling the name at s[k] on its line: "Chair:      Mr
 * Robert Fallowfield", "Clerk: Mrs D Penrose"; not an attendance heading
 * ("Present:"); NULL if none.
 */
static char *
label_role(const char *s, size_t k)
{
	size_t e = k, a;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e < 4 || s[e - 1] != ':' || e - 1 > 40)
		return NULL;
	for (a = 0; a < e - 1; a++)
		if (!rd_isalpha((unsigned char)s[a]) && s[a] != ' ' &&
		    s[a] != '-' && s[a] != '\'')
			return NULL;
	if (!rd_isupper((unsigned char)s[0]) || attendance_line(s, e) ||
	    !office_words(s, e - 1))
		return NULL;
	return rd_squeeze(s, e - 1);
}

/*
 * "Councillors Corrigan (Chair), Dovey and Ellis (Vice-Chair)": who
 * chairs, a surname in a list under one title, for "the Chair said".
 */
static void
listed_chair(struct meeting *m, const char *s, size_t n)
{
	static const char *const chairs[] = {
		"(chair)", "(chairman)", "(chairperson)", "(chairwoman)",
		"(in the chair)", "(convener)", "(cathaoirleach)",
	};
	size_t i, at, a, e;
	struct buf key = BUF_INIT;
	char *name;

	if (rd_find(s, n, "councillors ") == (size_t)-1 &&
	    rd_find(s, n, "cllrs ") == (size_t)-1 &&
	    rd_find(s, n, "cllrs. ") == (size_t)-1)
		return;
	for (i = 0; i < sizeof chairs / sizeof chairs[0]; i++) {
		if ((at = rd_find(s, n, chairs[i])) == (size_t)-1 || at < 3)
			continue;
		for (e = at; e > 0 && s[e - 1] == ' '; e--)
			;
		for (a = e; a > 0 && s[a - 1] != ',' && s[a - 1] != ' '; a--)
			;
		/* one surname, capitalised, after a comma, "and" or the
		 * title: not "Councillor S Rafiq (Chair)", read whole */
		if (e - a < 2 || !rd_isupper((unsigned char)s[a]) ||
		    (a > 0 && s[a - 1] == ' ' && !(a >= 5 &&
		    rd_prefix(s + a - 5, 5, " and ")) && !(a >= 2 &&
		    s[a - 2] == ',') && !(a >= 12 && rd_prefix(s + a - 12, 12,
		    "councillors ")) && !(a >= 6 && rd_prefix(s + a - 6, 6,
		    "cllrs "))))
			continue;
		name = xasprintf("Councillor %.*s", (int)(e - a), s + a);
		text_lower(s + a, e - a, &key);
		if (m->officers == NULL)
			m->officers = record_new();
		record_add_speaker(m->officers, name, "Councillor", key.data,
		    "Chair");
		free(name);
		buf_free(&key);
		return;
	}
}

/*
 * 1 if s opens with the word of who chairs, alone to a stop: "Convener;
 * Councillor Gillanders, Vice Convener; ...", "Chair)".
 */
static int
chair_after(const char *s, size_t n)
{
	static const char *const words[] = {
		"convener", "convenor", "chair", "chairman", "chairperson",
		"chairwoman", "cathaoirleach", "an cathaoirleach",
		"presiding member",
	};
	size_t i, k;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if ((k = rd_prefix(s, n, words[i])) != 0 && (k == n ||
		    s[k] == ';' || s[k] == ',' || s[k] == '.' || s[k] == ')'))
			return 1;
	return 0;
}

/* Records who chairs the meeting, as "Chair" or the office they chair
 * as ("Mayor", "An Cathaoirleach"). */
static void
add_chair(struct meeting *m, const struct rd_person *p)
{
	const char *role;
	struct rec_speaker *sp;
	size_t i;

	if (!p->named || p->key == NULL || p->name == NULL)
		return;
	if (m->officers == NULL)
		m->officers = record_new();
	role = p->role != NULL && rd_presiding_role(p->role) ? p->role :
	    "Chair";
	i = record_add_speaker(m->officers, p->name, p->title, p->key, role);
	/* "Councillor J. Mallinson (Leader of the Council) (in the
	 * Chair)": in the chair, and still the Leader */
	sp = &m->officers->speakers[i];
	if (sp->role != NULL && !rd_presiding_role(sp->role)) {
		char *both = xasprintf("Chair and %s", sp->role);

		free(sp->role);
		sp->role = both;
	}
}

/*
 * The presiding office named in s[0..n), before a holder in brackets:
 * "Mayor" of "PRESENT: The Mayor of Wenlow ("; a new string, or NULL.
 */
static char *
office_before(const char *s, size_t n)
{
	static const char *const offices[][2] = {
		{ "lord mayor", "Lord Mayor" }, { "mayor", "Mayor" },
		{ "lord provost", "Lord Provost" }, { "provost", "Provost" },
		{ "chairman", "Chairman" }, { "chairwoman", "Chairwoman" },
		{ "chairperson", "Chairperson" }, { "chair", "Chair" },
		{ "convener", "Convener" }, { "president", "President" },
		{ "cathaoirleach", "Cathaoirleach" },
	};
	size_t i, at;

	for (i = 0; i < sizeof offices / sizeof offices[0]; i++) {
		at = rd_find(s, n, offices[i][0]);
		/* the office's last word, not a deputy's */
		if (at == (size_t)-1 || (at > 0 && rd_isalpha((unsigned
		    char)s[at - 1])) || rd_find(s, n, "deputy") != (size_t)-1 ||
		    rd_find(s, n, "vice") != (size_t)-1)
			continue;
		return xstrdup(offices[i][1]);
	}
	return NULL;
}

/*
 * Who chairs, as the heading or the attendance says it: "In the Chair:
 * Councillor C McConville", "Chairperson:  Cllr. Gerard McGarry",
 * "Cathaoirleach, Councillor P. O Loingsigh, presided.", "Councillor
 * Dwyer (in the chair)", "Presiding:  Cllr. Brendan Mulroy,
 * Cathaoirleach", "Members Present   Councillor S McPeake, Chair".
 * Lines [from, to).
 */
static void
presiding_lines(struct meeting *m, const char *t, const struct line *l,
    size_t from, size_t to)
{
	static const char *const labels[] = {
		"present in the chair", "in the chair", "chair", "chairperson",
		"chairman",
		"chairwoman", "presiding", "presiding member", "cathaoirleach",
		"an cathaoirleach", "convener", "convenor",
	};
	struct rd_person p;
	size_t i, j, k, e;

	for (i = from; i < to; i++) {
		const char *s = t + l[i].a;
		size_t n = l[i].b - l[i].a;

		/* "**Cathaoirleach:** Cllr. Niall Ó Súilleabháin" */
		while (n > 0 && *s == '*') {
			s++;
			n--;
		}
		/* a label, then who */
		for (j = 0; j < sizeof labels / sizeof labels[0]; j++) {
			k = rd_prefix(s, n, labels[j]);
			if (k == 0 || k >= n || (s[k] != ':' && s[k] != '-' &&
			    !(s[k] == ' ' && k + 1 < n && s[k + 1] == ' ')))
				continue;
			while (k < n && (s[k] == ':' || s[k] == '-' ||
			    s[k] == ' ' || s[k] == '\t' || s[k] == '*'))
				k++;
			/* "PRESENT IN THE CHAIR:" / "Councillor M. Collins,
			 * Mayor." */
			if (k == n && i + 1 < to) {
				s = t + l[i + 1].a;
				n = l[i + 1].b - l[i + 1].a;
				k = 0;
			}
			if (k < n && rd_person_at(s + k, n - k, &p)) {
				if (p.title != NULL || p.role != NULL)
					add_chair(m, &p);
				rd_person_clear(&p);
			}
			break;
		}
		if (j < sizeof labels / sizeof labels[0])
			continue;
		/* who, then the chair */
		for (k = 0; k < n; k++) {
			if (!rd_isupper((unsigned char)s[k]) ||
			    (k > 0 && s[k - 1] != ' ' && s[k - 1] != '(' &&
			    s[k - 1] != '\t'))
				continue;
			if (!rd_person_at(s + k, n - k, &p))
				continue;
			e = k + p.len;
			while (e < n && (s[e] == ' ' || s[e] == ','))
				e++;
			/* "Cllrs D Venables (Chairman), A Tolley, ..." */
			if (e < n && s[e] == '(' && p.named &&
			    p.title != NULL && chair_after(s + e + 1,
			    n - e - 1)) {
				add_chair(m, &p);
				k += p.len > 0 ? p.len - 1 : 0;
				rd_person_clear(&p);
				continue;
			}
			/* "The Mayor of Wenlow (Councillor Mrs J. Patel) in
			 * the Chair": the office, then who holds it */
			if (e < n && s[e] == ')' && k > 0 && s[k - 1] == '(' &&
			    p.named && p.title != NULL && p.role == NULL) {
				p.role = office_before(s, k - 1);
				e++;
				while (e < n && s[e] == ' ')
					e++;
			}
			/* "Councillor J. Mallinson (Leader of the Council)
			 * (in the Chair)", "... (Leader) – Chair": an office
			 * in brackets first */
			if (e < n && s[e] == '(' && !rd_prefix(s + e, n - e,
			    "(in the chair")) {
				const char *c = memchr(s + e, ')', n - e);

				if (c != NULL)
					e = (size_t)(c - s) + 1;
			}
			/* "Councillor Rosalind Tebbutt – Chair" */
			while (e < n && (s[e] == ' ' || s[e] == '-' ||
			    s[e] == ','))
				e++;
			if (n - e >= 4 && memcmp(s + e, "\xe2\x80\x93 ", 4) ==
			    0)
				e += 4;
			if (p.named && (p.title != NULL || p.role != NULL) &&
			    (rd_prefix(s + e, n - e, "presided") ||
			    chair_after(s + e, n - e) ||
			    rd_prefix(s + e, n - e, "(in the chair") ||
			    rd_prefix(s + e, n - e, "in the chair") ||
			    (p.role != NULL && rd_presiding_role(p.role) &&
			    rd_find(p.role, strlen(p.role), "vice") ==
			    (size_t)-1 && rd_find(p.role, strlen(p.role),
			    "deputy") == (size_t)-1 && rd_find(p.role,
			    strlen(p.role), "depute") == (size_t)-1 &&
			    rd_find(p.role, strlen(p.role), "mayor") ==
			    (size_t)-1 && rd_find(p.role, strlen(p.role),
			    " of ") == (size_t)-1)))
				add_chair(m, &p);
			k += p.len > 0 ? p.len - 1 : 0;
			rd_person_clear(&p);
		}
	}
}

/*
 * Officers named in the attendance lists: "Senior Executive Engineer
 * (Mr. P. Vallely)" or "Ms. Aoife Duke, Director of Service".  Knowing
 * them tells an officer's answer from a member's question later on; so
 * does knowing the cabinet members listed.
 */
static void
attendance_officers(struct meeting *m, const char *t, const struct line *l,
    size_t from, size_t to)
{
	struct rd_person p;
	size_t i, k, j, a, role_end;

	for (i = from; i < to; i++) {
		const char *s = t + l[i].a;
		size_t n = l[i].b - l[i].a;
		struct record *listed = record_new();

		/* each member of "Councillors D. Baptiste, C. Fenwick and
		 * J. Lomax", with the title */
		rd_find_people(listed, s, n);
		for (k = 0; k < listed->nspeakers; k++) {
			const struct rec_speaker *sp = &listed->speakers[k];

			if (sp->key == NULL || strchr(sp->key, ' ') == NULL ||
			    !rd_member_title(sp->title))
				continue;
			if (m->officers == NULL)
				m->officers = record_new();
			/* a member's office when it is one: not "Commissioner
			 * Walter Tull" after "Commissioner Nadia Oduya," */
			record_add_speaker(m->officers, sp->name, sp->title,
			    sp->key, sp->role != NULL &&
			    (rd_executive_role(sp->role) ||
			    rd_presiding_role(sp->role)) ? sp->role : NULL);
		}
		record_free(listed);
		listed_chair(m, s, n);
		for (k = 0; k < n; k++) {
			if (!rd_isupper((unsigned char)s[k]) ||
			    (k > 0 && s[k - 1] != ' ' && s[k - 1] != '('))
				continue;
			if (!rd_person_at(s + k, n - k, &p))
				continue;
			/* "Ms Claire Winterton - Chief Executive, OPCC" */
			role_end = k + p.len;
			if (p.named && p.role == NULL)
				p.role = dash_role(s, n, k + p.len, &role_end);
			/* "Mr Simon Oduya        Director of Finance": the
			 * office in a column of its own; "Chair:      Mr
			 * Robert Fallowfield": the office as a label */
			if (p.named && p.role == NULL)
				p.role = column_role(s, n, k + p.len);
			if (p.named && p.role == NULL)
				p.role = label_role(s, k);
			/* "Treasurer - Mrs Fiona Lomax", "Director of Place
			 * - Tom Birch": the office first */
			if (p.named && p.role == NULL && k >= 4 &&
			    memcmp(s + k - 3, " - ", 3) == 0) {
				for (a = k - 3; a > 0 && s[a - 1] != ';' &&
				    s[a - 1] != ',' && s[a - 1] != ':'; a--)
					;
				while (a < k - 3 && s[a] == ' ')
					a++;
				if (k - 3 > a && rd_isupper((unsigned char)s[a]))
					p.role = rd_squeeze(s + a, k - 3 - a);
			}
			/*
			 * "Mr J Smith, Head of Finance"; an untitled name
			 * only with one office: "J. Smith (Head of Finance)";
			 * a member who answers for the executive: "Councillor
			 * R Adilypour (Cabinet Member for Housing)".
			 */
			/* ... and who chairs: "Councillor S Rafiq (Chair)",
			 * "The Mayor (Councillor S Rafiq)" */
			if (p.named && (p.title != NULL ?
			    !rd_member_title(p.title) || p.chair ||
			    rd_executive_role(p.role) :
			    p.role != NULL && (strchr(p.role, ',') == NULL ||
			    alone_on_line(s, n, k, role_end) ||
			    /* "Imran Hafeez (Assistant Director, Education
			     * and Inclusion)": the comma inside the office */
			    (p.len > 0 && s[k + p.len - 1] == ')')))) {
				if (p.role == NULL && k > 0 &&
				    s[k - 1] == '(') {
					/* the office before the bracket */
					j = k - 1;
					a = j;
					while (a > 0 && s[a - 1] != ')' &&
					    !(s[a - 1] == ',' && a >= 2 &&
					    s[a - 2] == ')'))
						a--;
					while (a < j && (s[a] == ' ' ||
					    s[a] == ','))
						a++;
					if (j > a)
						p.role = rd_squeeze(s + a,
						    j - a);
				}
				/* "Mr D Kerr-Wilson (Independent Member)":
				 * a co-opted member, no officer */
				if (p.role != NULL && rd_find(p.role,
				    strlen(p.role), "member") != (size_t)-1 &&
				    !rd_executive_role(p.role)) {
					free(p.role);
					p.role = NULL;
				}
				/* "Mr J Gatenby", a member titled Mr: known by
				 * name, for his later "Mr Gatenby" */
				if (p.role != NULL || (p.key != NULL &&
				    strchr(p.key, ' ') != NULL)) {
					if (m->officers == NULL)
						m->officers = record_new();
					record_add_speaker(m->officers, p.name,
					    p.title, p.key, p.role);
				}
			} else if (p.named && p.key != NULL &&
			    strchr(p.key, ' ') != NULL) {
				/* "Lynn Cawley | Chief Officer, Healthwatch":
				 * present, untitled; "Lynn Cawley asked" is
				 * then a question */
				if (m->officers == NULL)
					m->officers = record_new();
				record_add_speaker(m->officers, p.name, NULL,
				    p.key, NULL);
			}
			k += p.len > 0 ? p.len - 1 : 0;
			rd_person_clear(&p);
		}
	}
}

/* 1 if a name holds a word of a body: "Mayor Implementation Advisory". */
static int
body_words(const char *name)
{
	static const char *const words[] = {
		" Advisory", " Group", " Committee", " Board", " Forum",
		" Implementation", " Council", " Office", " Fund", " Award",
		" Scheme", " Programme", " Program", " Day", " Association",
		" Trust", " Panel", " Cup", " Ball",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strstr(name, words[i]) != NULL)
			return 1;
	return 0;
}

/* 1 if title is none or a courtesy one: "Mr", "Dr"; not an office. */
static int
courtesy_title(const char *title)
{
	static const char *const titles[] = {
		"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor",
		"Sir", "Dame",
	};

	return title == NULL || rd_in_list(titles, sizeof titles /
	    sizeof titles[0], title, strlen(title));
}

/*
 * Members named in full with a member's title anywhere in t[a..b)
 * ("Councillor Graham Pettifer") join the meeting's known people, so an
 * item that names them by surname alone knows whom it means.
 */
static void
known_members(struct meeting *m, const char *t, size_t a, size_t b)
{
	struct record *seen = record_new();
	size_t k;

	rd_find_people(seen, t + a, b - a);
	for (k = 0; k < seen->nspeakers; k++) {
		const struct rec_speaker *sp = &seen->speakers[k];

		/* members, and officers named with their office ("Anjali
		 * Mehra, Chief Finance Officer, presented ...") */
		if (sp->key == NULL || strchr(sp->key, ' ') == NULL ||
		    (!rd_member_title(sp->title) && (sp->role == NULL ||
		    !courtesy_title(sp->title) ||
		    !office_words(sp->role, strlen(sp->role)))) ||
		    sp->name == NULL || body_words(sp->name))
			continue;
		if (m->officers == NULL)
			m->officers = record_new();
		/* a member's office only when it answers for the executive:
		 * "Commissioner Walter Tull" after "Commissioner Nadia
		 * Oduya," in a list is no office of hers */
		record_add_speaker(m->officers, sp->name, sp->title, sp->key,
		    !rd_member_title(sp->title) || rd_executive_role(sp->role) ||
		    rd_presiding_role(sp->role) ? sp->role : NULL);
	}
	record_free(seen);
}

/*
 * People an item named with their office ("Anjali Mehra, Chief Finance
 * Officer, presented ...", "The Leader of the Council, Councillor Amanda
 * Greaves, ..."): the items after it know who holds it.
 */
static void
learn_holders(struct meeting *m, const struct record *rec)
{
	size_t k, j;

	for (k = 0; k < rec->nspeakers; k++) {
		const struct rec_speaker *sp = &rec->speakers[k];

		/* an officer's office, or a member's on the executive; not
		 * who presides ("Board President Whitlock" asks as a
		 * member), nor a deputy's ("Assistant Superintendent") */
		if (sp->role == NULL || sp->key == NULL || sp->name == NULL ||
		    strchr(sp->key, ' ') == NULL ||
		    strcmp(sp->name, sp->role) == 0 ||
		    rd_presiding_role(sp->role) || rd_prefix(sp->role,
		    strlen(sp->role), "assistant ") || rd_prefix(sp->role,
		    strlen(sp->role), "deputy ") || (rd_member_title(sp->title) ?
		    !rd_executive_role(sp->role) : !office_words(sp->role,
		    strlen(sp->role))))
			continue;
		if (m->officers == NULL)
			m->officers = record_new();
		/* the office already held by another known: no telling */
		for (j = 0; j < m->officers->nspeakers; j++) {
			const struct rec_speaker *o = &m->officers->speakers[j];

			if (o->role != NULL && o->key != NULL &&
			    strcasecmp(o->role, sp->role) == 0 &&
			    strcmp(o->key, sp->key) != 0)
				break;
		}
		if (j < m->officers->nspeakers)
			continue;
		record_add_speaker(m->officers, sp->name, sp->title, sp->key,
		    sp->role);
	}
}

/* ---- Records ---- */

/*
 * 1 if line i says when the meeting closed and only a signature (a few
 * short lines) follows it up to to.
 */
static int
closing_words(const char *s, size_t n)
{
	static const char *const closing[] = {
		"the meeting closed at", "the meeting ended at",
		"the meeting concluded at", "the meeting terminated at",
		"meeting closed at", "meeting ended at",
		"meeting concluded at", "the meeting finished at",
		"meeting finished at",
		/* "(Duration of meeting: 10.30 am - 1.25 pm)" */
		"(duration of meeting", "duration of meeting",
		/* "The meeting rose at 4.15 pm.", "The Council rose at" */
		"the meeting rose at", "the council rose at",
		"the committee rose at", "the cabinet rose at",
		"the board rose at",
	};
	size_t k;

	for (k = 0; k < sizeof closing / sizeof closing[0]; k++)
		if (rd_prefix(s, n, closing[k]))
			return 1;
	/* "The Chairman declared the meeting closed at 2.47 pm." */
	if (n <= 100 && rd_prefix(s, n, "the ") && ((k = rd_find(s, n,
	    " declared the meeting closed")) != (size_t)-1) && k < 40)
		return 1;
	/* "The meeting commenced at 1.00 pm and concluded at 3.35 pm." */
	return n <= 90 && rd_prefix(s, n, "the meeting commenced at") &&
	    (rd_find(s, n, " concluded at") != (size_t)-1 ||
	    rd_find(s, n, " closed at") != (size_t)-1 ||
	    rd_find(s, n, " ended at") != (size_t)-1);
}

/* 1 if s is a line of the minutes' own footer: who wrote them, where
 * the press may ask. */
static int
minutes_footer(const char *s, size_t n)
{
	return rd_prefix(s, n, "the officer who has produced these minutes") ||
	    rd_prefix(s, n, "press enquiries");
}

/* 1 if no more than a few short lines follow line i up to to. */
static int
closing_tail(const struct line *l, size_t i, size_t to)
{
	size_t k;

	if (to - i > 4)
		return 0;
	for (k = i + 1; k < to; k++)
		if (l[k].b - l[k].a > 60)
			return 0;
	return 1;
}

static int
closing_line(const char *t, const struct line *l, size_t i, size_t to)
{
	size_t k;

	if (!closing_words(t + l[i].a, l[i].b - l[i].a))
		return 0;
	if (closing_tail(l, i, to))
		return 1;
	/* ... or the minutes' footer after it */
	if (to - i > 8)
		return 0;
	for (k = i + 1; k < to; k++)
		if (l[k].b - l[k].a > 60 && !minutes_footer(t + l[k].a,
		    l[k].b - l[k].a))
			return 0;
	return 1;
}

/*
 * A line left for a signature: "Signed ………… (Chairman)   Date ……",
 * "Chair ____", "Confirmed ....... Mayor": words of signing alone, and
 * a leader of dots or a rule to sign on.
 */
static int
signature_line(const char *s, size_t b)
{
	static const char *const words[] = {
		"signed", "signature", "chair", "chairman", "chairperson",
		"chairwoman", "chair's", "chairman's", "cathaoirleach",
		"convener", "convenor", "provost", "mayor", "town", "deputy",
		"vice", "presiding", "officer", "president", "date", "dated",
		"initials", "clerk", "secretary", "confirmed", "approved",
		"by", "as", "a", "correct", "record", "attest", "attested",
		"witness", "cadeirydd", "dyddiad",
	};
	char w[16];
	size_t i = 0, k, leader = 0, run = 0, longest = 0, nw = 0;

	while (i < b) {
		unsigned char c = (unsigned char)s[i];

		if (c == '.' || c == '_') {
			leader++;
			if (++run > longest)
				longest = run;
			i++;
		} else if (c == 0xe2 && i + 2 < b && (unsigned char)s[i + 1] ==
		    0x80 && (unsigned char)s[i + 2] == 0xa6) {
			leader += 3;	/* "…" */
			run += 3;
			if (run > longest)
				longest = run;
			i += 3;
		} else if (c == ' ' || c == '\t' || c == '(' || c == ')' ||
		    c == ':' || c == '/' || c == '-') {
			run = 0;
			i++;
		} else if (rd_isalpha(c)) {
			run = 0;
			for (k = i; k < b && (rd_isalpha((unsigned char)s[k]) ||
			    s[k] == '\''); k++)
				;
			if (k - i >= sizeof w)
				return 0;
			memcpy(w, s + i, k - i);
			for (nw = 0; nw < k - i; nw++)
				w[nw] = (char)(w[nw] | 0x20);
			if (!rd_in_list(words, sizeof words / sizeof words[0],
			    w, k - i))
				return 0;
			i = k;
		} else
			return 0;
	}
	return longest >= 4 && leader >= 4;
}

/*
 * 1 if s opens a clerk's signature: "Respectfully submitted,",
 * "ATTEST:", "Minutes recorded by ...", "Jennifer Ochoa, City Clerk".
 */
static int
signature_lead(const char *s, size_t n)
{
	static const char *const leads[] = {
		"respectfully submitted", "attest:", "attest", "attested:",
		"minutes recorded by", "minutes taken by",
		"minutes prepared by", "recorded by:", "submitted by:",
	};
	static const char *const clerks[] = {
		" clerk", " secretary", " clerk of the board",
	};
	size_t i, k;

	for (i = 0; i < sizeof leads / sizeof leads[0]; i++)
		if ((k = rd_prefix(s, n, leads[i])) != 0 && (k == n ||
		    s[k] == ',' || s[k] == ':' || s[k] == ' '))
			return 1;
	/* "Jennifer Ochoa, City Clerk" */
	if (n > 60 || rd_find(s, n, ", ") == (size_t)-1 ||
	    memchr(s, '.', n) != NULL)
		return 0;
	for (i = 0; i < sizeof clerks / sizeof clerks[0]; i++) {
		k = strlen(clerks[i]);
		if (n > k && rd_prefix(s + n - k, k, clerks[i]))
			return 1;
	}
	return 0;
}

/* 1 if s is a rule alone: "______________________" (as the clean text
 * keeps it, perhaps one "_"). */
static int
rule_line(const char *s, size_t n)
{
	size_t i;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++)
		if (s[i] != '_')
			return 0;
	return 1;
}

/* Where the signature or the closing of the meeting begins, or to. */
/* 1 if s opens a web page's footer: "Print this page", "Back to top". */
static int
site_footer(const char *s, size_t n)
{
	static const char *const words[] = {
		"print this page", "rss feed", "share this page", "back to top",
		"site map", "sitemap", "page last updated", "accessibility "
		"statement", "cookie policy", "privacy notice", "contact us",
		"follow us on",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (rd_prefix(s, n, words[i]) && (n == strlen(words[i]) ||
		    !rd_isalpha((unsigned char)s[strlen(words[i])])))
			return 1;
	return 0;
}

/* 1 if s[0..n) ends with a closing quotation mark. */
static int
ends_quote(const char *s, size_t n)
{
	return n > 0 && (s[n - 1] == '"' || (n >= 3 &&
	    memcmp(s + n - 3, "\xe2\x80\x9d", 3) == 0));
}

/*
 * 1 if "Signed: ..." at line i signs what the meeting had before it, not
 * the minutes: a notice of motion's movers inside its quotation
 * ("Signed: Mr J Fraser, Mr A Christie\u201d"), or a line the meeting's
 * narrative goes on after ("Mr Fraser, seconded by Mr Christie, moved
 * the motion.").
 */
static int
signed_motion(const char *t, const struct line *l, size_t i, size_t to)
{
	const char *s = t + l[i].a;
	size_t n = l[i].b - l[i].a, k;

	if (ends_quote(s, n))
		return 1;
	/* under the quotation, naming its movers ("... garden waste.\u201d"
	 * / "Signed: Mr M Reiss      Ms S Fanet"; not "Signed:" left to
	 * sign on under the last decision's quoted words) */
	if (i > 0 && ends_quote(t + l[i - 1].a, l[i - 1].b - l[i - 1].a)) {
		struct rd_person q;
		int movers = 0;

		for (k = 6; k < n && (s[k] == ':' || s[k] == ' '); k++)
			;
		if (k < n && rd_person_at(s + k, n - k, &q)) {
			movers = q.named && q.title != NULL;
			rd_person_clear(&q);
		}
		if (movers)
			return 1;
	}
	for (k = i + 1; k < to && k <= i + 3; k++)
		if (l[k].b - l[k].a > 40 && narrative(t + l[k].a,
		    l[k].b - l[k].a) && prose(t + l[k].a, l[k].b - l[k].a))
			return 1;
	return 0;
}

static size_t
trailer(const char *t, const struct line *l, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++) {
		const char *s = t + l[i].a;
		size_t n = l[i].b - l[i].a;

		if (((rd_prefix(s, n, "signed") && (n == 6 || s[6] == ':' ||
		    s[6] == ' ')) || rd_prefix(s, n, "dated:")) &&
		    !signed_motion(t, l, i, to))
			return i;
		/* "Respectfully submitted," / "Margaret Kline" / "Town
		 * Clerk"; "ATTEST:"; a rule to sign on over the clerk's
		 * name: the clerk's signature */
		if ((signature_lead(s, n) || rule_line(s, n)) &&
		    closing_tail(l, i, to))
			return i;
		/* "Chairman ………… Date ……", with a few short lines after
		 * it at most */
		if (signature_line(s, n) && closing_tail(l, i, to))
			return i;
		/* Not when it is all the last item says ("Close of
		 * Meeting"). */
		if (i > from && closing_line(t, l, i, to))
			return i;
		/* the site's footer, copied with the page, and the
		 * council's address over it */
		if (i > from && (site_footer(s, n) || (rd_footer_links(s, n) &&
		    closing_tail(l, i, to)))) {
			while (i - 1 > from && rd_address_line(t + l[i - 1].a,
			    l[i - 1].b - l[i - 1].a))
				i--;
			return i;
		}
	}
	return to;
}

/*
 * 1 if s is a line of the signature block under the close: "Approved as
 * a true and correct record", "Any queries regarding these Minutes,
 * please contact" and the line under it, "Page 2".
 */
static int
signed_as_record(const char *s, size_t n)
{
	static const char *const opens[] = {
		"approved as a ", "confirmed as a ", "agreed as a ",
		"any queries regarding", "any enquiries regarding",
		"democratic services", "page ",
	};
	size_t k;

	for (k = 0; k < sizeof opens / sizeof opens[0]; k++)
		if (rd_prefix(s, n, opens[k]))
			return n < 80;
	return 0;
}

/*
 * Written questions and the like printed after the close of the meeting
 * and its signature: the line that heads them, or (size_t)-1.  The
 * close is searched for in [from, to).
 */
static size_t
annex_heading(const char *t, const struct line *l, size_t from, size_t to,
    size_t *close)
{
	size_t i, j, k, body = 0;

	for (i = from; i < to; i++)
		if (closing_words(t + l[i].a, l[i].b - l[i].a))
			break;
	if (i >= to)
		return (size_t)-1;
	/* the signature: a few short lines ("Chairman", "Date ..."; also
	 * "Approved as a true and correct record" over "CHAIR" / "DATE",
	 * and whom to ask about the minutes) */
	for (j = i + 1; j < to && j < i + 9; j++) {
		const char *s = t + l[j].a;
		size_t n = l[j].b - l[j].a;

		if (n >= 15 && n <= 150 && !narrative(s, n) &&
		    s[n - 1] != '.' && !rd_prefix(s, n, "signed") &&
		    !rd_prefix(s, n, "date") && !signed_as_record(s, n))
			break;
		/* "APPENDIX A", however short */
		if (n < 40 && (rd_prefix(s, n, "appendix") ||
		    rd_prefix(s, n, "annex")))
			break;
		if (n > 60)
			return (size_t)-1;
	}
	if (j >= to || j >= i + 9)
		return (size_t)-1;
	for (k = j + 1; k < to; k++)
		body += l[k].b - l[k].a;
	if (body < 60)
		return (size_t)-1;
	*close = i;
	return j;
}

/*
 * 1 if a line in capitals under a title opens the body: "RESOLUTION
 * 2024/04/101", "RESOLVED", "MOVED CR X", "OFFICER RECOMMENDATION".
 */
static int
decision_line(const char *s, size_t n)
{
	static const char *const words[] = {
		"RESOLUTION", "RESOLVED", "DECISION", "MOVED", "MOTION",
		"COUNCIL RESOLUTION", "COMMITTEE RESOLUTION", "RECOMMENDATION",
		"OFFICER RECOMMENDATION", "OFFICER'S RECOMMENDATION",
		"OFFICERS' RECOMMENDATION", "CARRIED", "AGREED", "THAT",
		"NOTED",
	};
	size_t i, k;

	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		k = strlen(words[i]);
		if (k <= n && memcmp(s, words[i], k) == 0 && (k == n ||
		    !rd_isalpha((unsigned char)s[k])))
			return 1;
	}
	return 0;
}

/*
 * Where "Title: sentence." splits, the colon's offset, or 0: a short
 * title before it, and after it words with one in small letters, ending
 * in a full stop ("Declarations of interest: None." too).  Not "Public
 * Hearing: Ordinance No. 12, An Ordinance Amending Chapter 4.".
 */
static size_t
short_title_colon(const char *s, size_t n)
{
	size_t c = rd_find(s, n < 70 ? n : 70, ": "), i, words = 1;
	int small = 0;

	if (c == (size_t)-1 || c == 0 || n < 2 || s[n - 1] != '.' ||
	    rd_find(s, c, ". ") != (size_t)-1)
		return 0;
	for (i = 0; i < c; i++)
		words += s[i] == ' ';
	if (words > 8)
		return 0;
	for (i = c + 2; i < n; i++)
		if ((s[i - 1] == ' ' || s[i - 1] == '(' || i == c + 2) &&
		    rd_islower((unsigned char)s[i]))
			small = 1;
	if (!small && (n - c - 2 != 5 || !rd_prefix(s + c + 2, 5, "none.")))
		return 0;
	return c;
}

/*
 * Where an item's words end before its "Supporting documents:" and the
 * list of its files, as a meeting's page prints them; else b.  (An
 * "Additional documents:" list may come before the minutes too.)
 */
static size_t
without_documents(const char *t, size_t a, size_t b)
{
	size_t i, e, k, cut = b;

	for (i = a; i < b; i = e + 1) {
		for (e = i; e < b && t[e] != '\n'; e++)
			;
		k = rd_skip_spaces(t, e, i);
		if (k == e)
			continue;
		if (cut == b) {
			if (rd_prefix(t + k, e - k, "supporting documents") ||
			    rd_prefix(t + k, e - k, "additional documents"))
				cut = i;
			continue;
		}
		/* after the label, only the files' links */
		if (rd_without_file_size(t + k, e - k) == e - k)
			cut = b;
	}
	return cut;
}

static int
emit_item(struct rctx *c, const struct tmap *tm, struct meeting *m,
    const struct cand *it, size_t body_a, size_t body_b,
    const struct line *l, size_t nl)
{
	const char *t = tm->text.data;
	struct record *rec = record_new();
	struct cand listed;
	size_t ta, tb, cut, pre_a, k;
	int caps_lines = 0;

	/* an item taken up again: the list's title */
	if (it->resumed) {
		listed = *it;
		listed.li = listed.tl = it->list_tl;
		listed.ta = it->list_ta;
		it = &listed;
	}
	ta = it->ta;
	tb = l[it->tl].b;

	/*
	 * A title in capitals that runs on to the next line, in capitals
	 * too: "APPLICATION FOR A NEW PREMISES LICENCE - ANATOLIA\n
	 * KITCHEN, 112 DALSTON LANE (REF: 24/01872/LAPRN)".
	 */
	/* ... across a blank line when the title stops on a comma or a
	 * small word ("ACTIVE TRAVEL SCHEME," / "CLONROAD TO CLARECASTLE",
	 * as converters set a line each) */
	/* ... and on over three lines more, as a planning application's
	 * site and applicant follow its description */
	for (k = it->tl + 1; k < nl && k <= it->tl + 3 && l[k].a < body_b &&
	    (!l[k].blank_before || (k == it->tl + 1 && runs_on(t + ta,
	    tb - ta))) && rd_all_caps(t + ta, tb - ta) &&
	    (rd_all_caps(t + l[k].a, l[k].b - l[k].a) ||
	    years_only(t + l[k].a, l[k].b - l[k].a) ||
	    (k == it->tl + 1 && open_end(t + ta, tb - ta) &&
	    caps_then_ward(t + l[k].a, l[k].b - l[k].a))) &&
	    !decision_line(t + l[k].a, l[k].b - l[k].a) &&
	    l[k].b - l[k].a <= 100 && tb - ta <= (k == it->tl + 1 ? 150 :
	    300); k++) {
		tb = l[k].b;
		if (body_a < tb)
			body_a = tb;
		caps_lines++;
	}
	/* ... and a heading in title case the PDF wrapped (or in
	 * sentence case) */
	if (tb == l[it->tl].b && it->tl + 1 < nl && l[it->tl + 1].a < body_b &&
	    !rd_all_caps(t + ta, tb - ta) && (wrapped_heading(t, l, nl,
	    it->tl, t + ta, tb - ta) || wrapped_sentence(t, l, nl, it->tl,
	    t + ta, tb - ta))) {
		tb = l[it->tl + 1].b;
		if (body_a < tb)
			body_a = tb;
	}
	/* ... and a title cut mid-phrase or at the page's width, the body
	 * under it with no blank line */
	if (tb == l[it->tl].b && it->tl + 1 < nl && l[it->tl + 1].a < body_b &&
	    !rd_all_caps(t + ta, tb - ta) && !ref_token(t + ta, tb - ta) &&
	    title_goes_on(t, l, nl, it->tl, ta, tb)) {
		tb = l[it->tl + 1].b;
		if (body_a < tb)
			body_a = tb;
	}
	/* ... and an application's title the page wrapped: "(a)
	 * 23/03351/FUL – Unit 4, Tanyard Lane – Change of use to" / "a
	 * 24-hour gymnasium (Use Class E(d))", no sentence, a blank line
	 * after it */
	if (tb == l[it->tl].b && it->tl + 1 < nl && l[it->tl + 1].a < body_b &&
	    ref_token(t + ta, tb - ta) && !l[it->tl + 1].blank_before &&
	    (it->tl + 2 >= nl || l[it->tl + 2].blank_before) &&
	    l[it->tl + 1].b - l[it->tl + 1].a <= 100 &&
	    memchr(t + l[it->tl + 1].a, ':', l[it->tl + 1].b -
	    l[it->tl + 1].a) == NULL && t[l[it->tl + 1].b - 1] != '.') {
		tb = l[it->tl + 1].b;
		if (body_a < tb)
			body_a = tb;
	} else if (tb == l[it->tl].b && it->tl + 1 < nl &&
	    l[it->tl + 1].a < body_b && ref_token(t + ta, tb - ta) &&
	    !l[it->tl + 1].blank_before && runs_on(t + ta, tb - ta)) {
		/* ... or cut mid-phrase, its words going on to a stop:
		 * "(a) 24/01533/PP - Erection of 4 holiday lodges, land north
		 * east of" / "Tighnacraig, Glenaray. Members discussed ..." */
		size_t a2 = l[it->tl + 1].a, e2 = l[it->tl + 1].b, st;

		st = rd_find(t + a2, e2 - a2, ". ");
		if (st == (size_t)-1 && e2 > a2 && t[e2 - 1] == '.')
			st = e2 - a2 - 1;
		if (st != (size_t)-1 && st < 80) {
			tb = a2 + st + 1;
			if (body_a < tb + 1)
				body_a = tb + 1;
		}
	}
	/* A long first line is "Title: body ..." or "Title. Body ...". */
	/* ... so is a short one whose words after the colon are a
	 * sentence: "Dog bin by the pond: Agreed to ask for a second bin.",
	 * as parish minutes keep an item to its line */
	if (it->tl == it->li && rd_find(it->item, strlen(it->item), "/") !=
	    (size_t)-1 && (cut = run_in(t + ta, tb - ta)) != 0) {
		/* "Minute 101/24 Apologies for absence. Apologies ..." */
		body_a = ta + cut + 2;
		tb = ta + cut;
	} else if (tb - ta <= 150 && (cut = short_title_colon(t + ta,
	    tb - ta)) != 0) {
		body_a = ta + cut + 2;
		tb = ta + cut;
	} else if (tb - ta > (caps_lines > 1 ? 300 : 150)) {
		/* (a title of three lines or more in capitals is one) */
		cut = rd_find(t + ta, 150, ": ");
		if (cut == (size_t)-1)
			cut = sentence_stop(t + ta, 150);
		if (cut != (size_t)-1) {
			body_a = ta + cut + 2;
			tb = ta + cut;
		} else {
			body_a = ta;
			tb = ta + 120;
			while (tb > ta && t[tb] != ' ')
				tb--;
		}
	}
	{
		/* "Item 6D: Council Member Haskins asked ...": no title;
		 * the words are the item's */
		struct rd_person who;
		int verb;

		if (rd_person_at(t + ta, tb - ta, &who)) {
			if ((who.title != NULL || who.kind != RD_UNKNOWN ||
			    who.role != NULL) && rd_verb_at(t + ta + who.len,
			    tb - ta - who.len, &verb) > 0) {
				body_a = ta;
				tb = ta;
			}
			rd_person_clear(&who);
		}
	}
	rec->item = xstrdup(it->item);
	rec->title = tb > ta ? trimmed_title(t + ta, tb - ta) : NULL;
	/* a heading in capitals, title-cased: its acronyms back */
	if (rec->title != NULL && body_b > body_a && rd_all_caps(t + ta,
	    tb - ta))
		rd_keep_acronyms(rec->title, t + body_a, body_b - body_a);
	if (rec->title == NULL)
		rec->title = xasprintf("Item %s", it->item);
	if (m->council)
		rec->council = xstrdup(m->council);
	if (m->committee)
		rec->committee = xstrdup(m->committee);
	if (m->date)
		rec->date = xstrdup(m->date);
	if (m->url)
		rec->url = xstrdup(m->url);
	body_b = without_documents(t, body_a, body_b);
	/* not the report's link after the title ("PDF 722 KB") */
	cut = rd_without_file_size(t + ta, tb - ta);
	sections_agenda(rec, tm, ta, cut > 0 ? ta + cut : tb);
	pre_a = it->pre_a > tb ? it->pre_a : tb;
	if (it->pre_b > pre_a)
		sections_parse(rec, tm, pre_a, it->pre_b, m->officers);
	body_a = item_purpose(rec, tm, body_a, body_b);
	if (body_b > body_a)
		sections_parse(rec, tm, body_a, body_b, m->officers);
	learn_holders(m, rec);
	return rd_emit(c, rec);
}

/*
 * Where the meeting's own words start: the first sentence-like line after
 * the heading that is not in an attendance list.  (size_t)-1 if none.
 */
static size_t
narrative_start(const char *t, const struct line *l, size_t from, size_t to)
{
	size_t i, start = (size_t)-1;

	for (i = from; i < to; i++) {
		const char *s = t + l[i].a;
		size_t n = l[i].b - l[i].a;

		/* (the item "Apologies" after the prose began is no list of
		 * who attended) */
		if (attendance_line(s, n) && !(start != (size_t)-1 &&
		    apologies_heading(s, n))) {
			start = (size_t)-1;
			continue;
		}
		if (start != (size_t)-1)
			continue;
		if (narrative(s, n) && n > 40 && !rd_prefix(s, n, "apolog") &&
		    !rd_prefix(s, n, "an apolog"))
			start = i;
	}
	return start;
}

/*
 * A heading in title case on a line of its own, as informal minutes set
 * them: "Police Report", "Treasurer's Report", "Matters Arising", after
 * a blank line and before a line of prose (so not one name of a list
 * set a line each); not a titled name, nor an attendance list.
 */
static int
title_heading(const char *t, const struct line *l, size_t i, size_t to)
{
	const char *s = t + l[i].a;
	size_t n = l[i].b - l[i].a, k, words = 0;
	struct rd_person p;

	static const char *const votes[] = {
		"proposed", "seconded", "moved", "for ", "against", "abstain",
		"resolved", "agreed", "carried", "lost", "noted", "signed",
		"abstention",
	};

	if (n < 3 || n > 60 || !l[i].blank_before || i + 1 >= to ||
	    l[i + 1].b - l[i + 1].a < 30 || (attendance_line(s, n) &&
	    !apologies_heading(s, n)) ||
	    !rd_heading_words(s, n) || s[n - 1] == ':' ||
	    memchr(s, '.', n) != NULL || memchr(s, ';', n) != NULL ||
	    rd_islower((unsigned char)t[l[i + 1].a]))
		return 0;
	/* a motion's or a vote's lines: "Proposed by ...", "For ..." */
	for (k = 0; k < sizeof votes / sizeof votes[0]; k++)
		if (rd_prefix(s, n, votes[k]))
			return 0;
	for (k = 0; k < n; k++)
		if (s[k] == ' ' && k + 1 < n && s[k + 1] != ' ')
			words++;
	if (words >= 7)
		return 0;
	/* "Councillor Ewan Fotheringham" alone is a name, not a heading */
	if (rd_person_at(s, n, &p)) {
		k = p.len + 2 >= n && (p.title != NULL || p.role != NULL);
		rd_person_clear(&p);
		if (k)
			return 0;
	}
	return 1;
}

/*
 * Items from unnumbered headings, for minutes that number nothing: in
 * capitals or bold, or (loose) in title case.
 */
static size_t
heading_items(const struct rctx *c, const struct tmap *tm,
    const struct line *l, size_t from, size_t to, int loose,
    struct cand **out)
{
	struct cand *items = NULL;
	size_t i, n = 0, j;

	for (i = from; i < to; i++) {
		if (!heading_line(c, tm, &l[i]) && !(loose &&
		    title_heading(tm->text.data, l, i, to)))
			continue;
		/* "ATTEST:" / "AMY CHENG, CLERK OF THE BOARD": a signature */
		if (signature_lead(tm->text.data + l[i].a, l[i].b - l[i].a))
			break;
		/* a run of heading lines is one heading */
		for (j = i; j + 1 < to && heading_line(c, tm, &l[j + 1]) &&
		    j - i < 12; j++)
			;
		/* a heading with nothing under it is not an item */
		if (j + 1 >= to)
			break;
		/* "<h3>Governance</h3><h4>Request for the use of ...</h4>":
		 * the group's heading over the item's; the item's is its
		 * title */
		while (i < j && heading_line(c, tm, &l[i]) == 2 &&
		    heading_line(c, tm, &l[i + 1]) == 2)
			i++;
		items = xreallocarray(items, n + 1, sizeof *items);
		memset(&items[n], 0, sizeof items[n]);
		items[n].li = i;
		items[n].tl = j;
		items[n].ta = l[i].a;
		snprintf(items[n].item, sizeof items[n].item, "%zu", n + 1);
		n++;
		i = j;
	}
	*out = items;
	return n;
}

/*
 * "ANNOUNCEMENT" / "1.   The Convener advised ...": minutes that head
 * their items in capitals and number the paragraph under each, as
 * Scottish councils number a minute's articles, give each item that
 * number, when the numbers go up from item to item.
 */
static void
paragraph_numbers(const char *t, const struct line *l, size_t nl,
    struct cand *items, size_t ni)
{
	size_t i, pass, found = 0;
	int last = 0;

	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < ni; i++) {
			size_t li = items[i].tl + 1, k = 0, d;
			const char *s;
			size_t n;
			int num = 0;

			if (li >= nl || (i + 1 < ni && li >= items[i + 1].li))
				continue;
			s = t + l[li].a;
			n = l[li].b - l[li].a;
			while (k < n && k < 3 && rd_isdigit((unsigned char)s[k]))
				num = num * 10 + (s[k++] - '0');
			if (k == 0 || num == 0)
				continue;
			if (k < n && s[k] == '.')
				k++;
			for (d = k; d < n && (s[d] == ' ' || s[d] == '\t'); d++)
				;
			if (d == k || d >= n || !(rd_isupper((unsigned
			    char)s[d]) || s[d] == '"'))
				continue;
			if (pass == 0) {
				if (num <= last)
					return;
				last = num;
				found++;
				continue;
			}
			snprintf(items[i].item, sizeof items[i].item, "%d",
			    num);
			items[i].body = l[li].a + d;
		}
		if (found < 2 || found * 2 < ni)
			return;
	}
}

static struct record *meeting_record(const struct meeting *, const char *);

/*
 * 1 if the numbered items found are a list inside one item of minutes
 * whose items are headings in capitals (some before, one after at
 * least, none among them): "PETITIONS:", "CONSIDERATION OF
 * COMMITTEE REPORTS:", then "1.    The Chief Executive Officer provided
 * ..." / "2.    Council requires ..." / "3. ..." a line or two apart, and
 * more headings after them ("GENERAL BUSINESS:").
 */
static int
list_in_headings(const struct rctx *c, const struct tmap *tm,
    const struct line *l, size_t nl, const struct cand *items, size_t ni)
{
	struct cand *h = NULL;
	size_t nh, i, before = 0, after = 0, inside = 0, last = 0;

	/* (the same list again under the next heading is taken up as the
	 * first one's points, "resumed") */
	/* ... each a sentence, to its stop or on to the next line, not
	 * "1. Local P" / "2. Comme" cut from a table */
	for (i = 0; i < ni && !items[i].resumed; i++) {
		size_t e = l[items[i].tl].b;

		last = items[i].li;
		if (tm->text.data[e - 1] != '.' && (items[i].tl + 1 >= nl ||
		    l[items[i].tl + 1].blank_before || (i + 1 < ni &&
		    items[i + 1].li == items[i].tl + 1)))
			return 0;
	}
	if (i < 2 || i > 9 || last - items[0].li > 3 * (i - 1))
		return 0;
	nh = heading_items(c, tm, l, 0, nl, 0, &h);
	for (i = 0; i < nh; i++) {
		if (h[i].li == 0 || !rd_all_caps(tm->text.data + l[h[i].li].a,
		    l[h[i].li].b - l[h[i].li].a))
			continue;
		if (h[i].li < items[0].li)
			before++;
		else if (h[i].li > last)
			after++;
		else
			inside++;
	}
	free(h);
	return before >= 2 && after >= 1 && inside == 0;
}

/*
 * The meeting's words between its heading (lines [0, hl)) and line end,
 * leaving out the attendance lists: one record, numbered item (NULL for
 * a meeting that is all one item).  Nothing is made of attendance alone.
 */
static int
emit_preamble(struct rctx *c, const struct tmap *tm, const struct meeting *m,
    const struct line *l, size_t hl, size_t end, const char *item)
{
	const char *t = tm->text.data;
	struct record *rec;
	size_t i, run = (size_t)-1, total = 0, runs[64][2], nruns = 0;
	int in_att = 0, said = 0;

	for (i = hl; i <= end; i++) {
		const char *s = i < end ? t + l[i].a : NULL;
		size_t n = i < end ? l[i].b - l[i].a : 0;
		int keep = 0;

		if (i < end) {
			/* "The Chair welcomed everyone.": a short sentence
			 * of its own after the lists */
			/* not a list's lead-in, "Officers and others in
			 * attendance:", nor a label, "Public: 11 members" */
			int sentence = ((narrative(s, n) && (n > 40 ||
			    (l[i].blank_before && n > 15 && s[n - 1] ==
			    '.'))) || (l[i].blank_before && prose(s, n))) &&
			    (s[n - 1] != ':' || n > 60) && !label_line(s, n) &&
			    memchr(s, ':', n < 24 ? n : 24) == NULL;

			if (attendance_line(s, n))
				in_att = 1;
			else if (in_att && sentence &&
			    !rd_prefix(s, n, "apolog") &&
			    !rd_prefix(s, n, "an apolog"))
				in_att = 0;
			keep = !in_att;
			/* not a list's lead-in ("The following were in
			 * attendance: -"), nor the heading's last line */
			if (keep && sentence && i > hl &&
			    rd_isupper((unsigned char)s[0]) &&
			    s[n - 1] != ':' && s[n - 1] != '-')
				said = 1;
			/* a record of a decision, however short */
			if (keep && rd_prefix(s, n, "decision:") == n)
				said = 1;
		}
		if (keep && run == (size_t)-1)
			run = i;
		if (!keep && run != (size_t)-1) {
			if (nruns < 64) {
				runs[nruns][0] = l[run].a;
				runs[nruns][1] = l[i - 1].b;
				total += runs[nruns][1] - runs[nruns][0];
				nruns++;
			}
			run = (size_t)-1;
		}
	}
	if (total < 100 && !said)
		return 0;
	rec = meeting_record(m, NULL);
	if (item != NULL) {
		rec->item = xstrdup(item);
		rec->routine = 1;
	}
	if (hl > 0)
		sections_agenda(rec, tm, l[0].a, l[hl - 1].b);
	for (i = 0; i < nruns; i++)
		sections_parse(rec, tm, runs[i][0], runs[i][1], m->officers);
	return rd_emit(c, rec);
}

static struct record *
meeting_record(const struct meeting *m, const char *title)
{
	struct record *rec = record_new();

	rec->title = xstrdup(title != NULL ? title : m->heading != NULL ?
	    m->heading : "Minutes");
	if (m->council)
		rec->council = xstrdup(m->council);
	if (m->committee)
		rec->committee = xstrdup(m->committee);
	if (m->date)
		rec->date = xstrdup(m->date);
	if (m->url)
		rec->url = xstrdup(m->url);
	return rec;
}

/*
 * "BUSINESS PLANNER" / "5.   The Committee had before it ...": the
 * number opens the item's first paragraph and the heading in capitals
 * above it is the title, where the words after the number read as a
 * sentence.
 */
static void
headed_articles(const char *t, const struct line *l, size_t nl,
    struct cand *items, size_t ni)
{
	size_t i;

	for (i = 0; i < ni; i++) {
		struct cand *it = &items[i];
		size_t h, n, k;
		const char *s;

		if (it->tl != it->li || (h = heading_over(t, l, it->li)) ==
		    (size_t)-1 || (i > 0 && h <= items[i - 1].tl))
			continue;
		s = t + l[h].a;
		n = l[h].b - l[h].a;
		if (!article_words(t, l, nl, it->tl, it->ta))
			continue;
		/* not the meeting's own heading over its first item, as
		 * it is before the attendance and the meeting's words */
		for (k = 0; k < h && !attendance_line(t + l[k].a,
		    l[k].b - l[k].a) && !narrative(t + l[k].a,
		    l[k].b - l[k].a); k++)
			;
		if (i == 0 && k == h && (council_line(s, n) ||
		    committee_line(s, n) || rd_find(s, n, "MEETING") !=
		    (size_t)-1 || date_at(s, n)))
			continue;
		it->body = h + 1 < it->li ? l[h + 1].a : it->ta;
		it->li = it->tl = h;
		it->ta = l[h].a;
	}
}

/*
 * "4.4 Award of Contract ..." in a consent list, then "4.4 Award of
 * Contract ... (pulled)" after the list's last item: the item taken up
 * again.  It is read where it is taken up, under the list's title, and
 * the list's entry makes no record of its own.  Returns the new count.
 */
static size_t
resumed_items(const char *t, const struct line *l, const struct cand *c,
    size_t nc, struct cand **items, size_t ni)
{
	size_t i, j, k;

	for (i = 0; i < nc; i++) {
		struct cand *it = *items;

		for (j = 0; j < ni && it[j].li < c[i].li; j++)
			if (it[j].num == c[i].num)
				break;
		if (j >= ni || it[j].li >= c[i].li || it[j].skip ||
		    it[j].resumed || c[i].w < 0.5)
			continue;
		for (k = j + 1; k < ni && it[k].li < c[i].li; k++)
			;
		if (k == j + 1 || (k < ni && it[k].li == c[i].li) ||
		    l[it[j].tl].b - it[j].ta < 12 ||
		    l[c[i].tl].b - c[i].ta < 12 ||
		    strncasecmp(t + c[i].ta, t + it[j].ta, 12) != 0)
			continue;
		it = *items = xreallocarray(it, ni + 1, sizeof *it);
		memmove(it + k + 1, it + k, (ni - k) * sizeof *it);
		it[k] = c[i];
		it[k].resumed = 1;
		it[k].list_tl = it[j].tl;
		it[k].list_ta = it[j].ta;
		it[k].pre_a = l[it[j].tl].b;
		it[k].pre_b = l[it[j + 1].li].a;
		it[j].skip = 1;
		ni++;
	}
	return ni;
}

/*
 * 1 if candidate c is "1." under a heading in capitals of its own at the
 * left margin, "MOTIONS ON NOTICE" / "1. Protecting Heritage Pubs", not
 * a result ("CARRIED") or a label ("RESOLVED:").
 */
static int
section_start(const char *t, const struct line *l, const struct cand *c)
{
	size_t h = c->li, n;
	const char *s;

	if (c->num != ITEM_TOP || c->tl != h || h == 0 ||
	    !l[h].blank_before || (h > 1 && !l[h - 1].blank_before))
		return 0;
	s = t + l[h - 1].a;
	n = l[h - 1].b - l[h - 1].a;
	return (l[h - 1].a == 0 || t[l[h - 1].a - 1] == '\n') && n >= 4 &&
	    n <= 60 && !rd_isdigit((unsigned char)s[0]) &&
	    rd_all_caps(s, n) && !decision_line(s, n) &&
	    !qa_decision_label(s, n) && !attendance_line(s, n) &&
	    !narrative(s, n);
}

/*
 * Splits the text into lines (*l) and finds the numbered headings that
 * may be items (*cands, *nc) and the chain chosen of them (*items).
 * Returns how many items; the caller frees the three arrays.
 */
static size_t
find_items(const char *t, size_t len, struct line **l, size_t *nl,
    struct cand **cands, size_t *nc, struct cand **items)
{
	size_t i, n;
	int yy = -1;
	char *d = rd_find_date(t, len < 4096 ? len : 4096);

	/* the meeting's year, two digits, tells "24/19" (in 2024) */
	if (d != NULL && strlen(d) >= 4)
		yy = (d[2] - '0') * 10 + (d[3] - '0');
	free(d);
	*nl = minutes_lines(t, len, l);
	*cands = xreallocarray(NULL, *nl ? *nl : 1, sizeof **cands);
	*nc = 0;
	for (i = 0; i < *nl; i++)
		if (candidate(t, *l, *nl, i, yy, &(*cands)[*nc]))
			(*nc)++;
	for (i = 0; i < *nc; i++)
		(*cands)[i].fresh = section_start(t, *l, &(*cands)[i]);
	list_points(t, *l, *cands, *nc);
	*items = NULL;
	n = choose_items(*cands, *nc, items);
	n = resumed_items(t, *l, *cands, *nc, items, n);
	headed_articles(t, *l, *nl, *items, n);
	return n;
}

int
reader_minutes_sniff(const struct tmap *tm)
{
	const char *t = tm->text.data;
	struct line *l = NULL;
	struct cand *cands, *items;
	size_t nl, nc, ni, i;

	ni = find_items(t, tm->text.len, &l, &nl, &cands, &nc, &items);
	/*
	 * Numbered points alone may be a resolution's: minutes also say who
	 * attended, or call themselves minutes, before the first item.
	 */
	for (i = 0, nc = 0; ni >= 2 && i < items[0].li && !nc; i++)
		nc = attendance_line(t + l[i].a, l[i].b - l[i].a) ||
		    rd_find(t + l[i].a, l[i].b - l[i].a, "minutes") !=
		    (size_t)-1;
	/*
	 * Or minutes that say so and who attended in their first lines,
	 * "Minute of Meeting of the ... COMMITTEE. Present:- ...", their
	 * items perhaps headed without numbers.
	 */
	if (!nc) {
		int minute = 0, present = 0;

		for (i = 0; i < nl && i < 12; i++) {
			const char *s = t + l[i].a;
			size_t n = l[i].b - l[i].a;

			/* ... or "Minutes" alone over "MEETING OF THE
			 * STRATEGIC POLICY AND RESOURCES COMMITTEE" */
			minute |= rd_find(s, n, "minute of meeting") !=
			    (size_t)-1 || rd_find(s, n, "minutes of the "
			    "meeting") != (size_t)-1 || (rd_prefix(s, n,
			    "minutes") == n && n > 0) || rd_prefix(s, n,
			    "meeting of the ");
			present |= attendance_line(s, n) ||
			    rd_find(s, n, "present:") != (size_t)-1;
		}
		nc = minute && present;
	}
	free(items);
	free(cands);
	free(l);
	return (ni >= 2 || ni == 0) && nc;
}


/*
 * 1 if line i opens the minutes of another meeting: "Minutes of a meeting
 * of the Cabinet held ... on Monday, 8 April 2024", dated on the line or
 * the next, with its attendance within a few lines.
 */
static int
meeting_opens(const char *t, const struct line *l, size_t nl, size_t i)
{
	const char *s = t + l[i].a;
	size_t n = l[i].b - l[i].a, k;
	int dated = 0;

	if (n > 300 || !rd_prefix(s, n, "minutes of "))
		return 0;
	for (k = i; k < nl && k <= i + 1 && !dated; k++) {
		char *d = rd_find_date(t + l[k].a, l[k].b - l[k].a);

		dated = d != NULL;
		free(d);
	}
	for (k = i + 1; dated && k < nl && k <= i + 6; k++)
		if (attendance_line(t + l[k].a, l[k].b - l[k].a))
			return 1;
	return 0;
}

/*
 * 1 if line i opens another record of a decision, as a file of them
 * prints one after another: "RECORD OF DECISION", "Decision reference:
 * ED/2024/042", with its "Decision:" within a few lines.
 */
static int
decision_opens(const char *t, const struct line *l, size_t nl, size_t i)
{
	static const char *const heads[] = {
		"record of decision", "record of executive decision",
		"record of decisions", "decision notice",
		"record of officer decision",
	};
	const char *s = t + l[i].a;
	size_t n = l[i].b - l[i].a, k;

	for (k = 0; k < sizeof heads / sizeof heads[0]; k++)
		if (rd_prefix(s, n, heads[k]) == n)
			break;
	if (k == sizeof heads / sizeof heads[0] &&
	    !rd_prefix(s, n, "decision reference:"))
		return 0;
	for (k = i + 1; k < nl && k <= i + 10; k++)
		if (rd_prefix(t + l[k].a, l[k].b - l[k].a, "decision:") ==
		    l[k].b - l[k].a)
			return 1;
	return 0;
}

/* 1 if the heading s[0..n) names a body other than a council. */
static int
names_a_body(const char *s, size_t n)
{
	static const char *const bodies[] = {
		"committee", "board", "panel", "cabinet", "executive",
		"forum", "group", "commission", "partnership", "hearing",
		"sub-committee", "district", "area", "assembly", "trust",
		"authority", "annual parish meeting", "annual town meeting",
	};
	size_t i;

	for (i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
		if (rd_find(s, n, bodies[i]) != (size_t)-1)
			return 1;
	return 0;
}

/* 1 if s names the body over a meeting's heading, or the pack it is in. */
static int
body_line(const char *s, size_t n)
{
	return council_line(s, n) || committee_line(s, n) ||
	    organisation_line(s, n) || rd_prefix(s, n, "public document pack");
}

/*
 * Where the meetings in one file start: a file may hold several, one
 * after another (a minute book, an agenda pack with the last minutes).
 * Each start is the clean-text offset of the lines naming the meeting.
 * Returns how many were found after the first; *out is owned by the
 * caller.
 */
static size_t
later_meetings(const char *t, size_t len, size_t **out)
{
	struct line *l = NULL;
	size_t nl = minutes_lines(t, len, &l), i, k, from = 0, n = 0;
	int met = 0;		/* the last meeting's attendance was read */
	int said = 0;		/* and prose after it */
	int decided = 0;	/* a record of a decision's "Decision:" */

	*out = NULL;
	for (i = 0; i < nl; i++) {
		const char *s = t + l[i].a;
		size_t ln = l[i].b - l[i].a;

		if ((said && meeting_opens(t, l, nl, i)) || (decided &&
		    decision_opens(t, l, nl, i))) {
			for (k = i; k > from + 1 && i - k < 4 &&
			    body_line(t + l[k - 1].a, l[k - 1].b - l[k - 1].a);
			    k--)
				;
			*out = xreallocarray(*out, n + 1, sizeof **out);
			(*out)[n++] = l[k].a;
			from = i;
			met = said = decided = 0;
		} else if (rd_prefix(s, ln, "decision:") == ln)
			decided = 1;
		else if (attendance_line(s, ln))
			met = 1;
		else if (met && narrative(s, ln))
			said = 1;
	}
	free(l);
	return n;
}

/* Spaces for every byte of t[0..len) outside [a, b) but line ends. */
static void
blank_outside(char *t, size_t len, size_t a, size_t b)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((i < a || i >= b) && t[i] != '\n')
			t[i] = ' ';
}

static int minutes_meeting(struct rctx *, const struct tmap *,
    const struct record *, char **);

int
reader_minutes(struct rctx *c, const struct tmap *tm,
    const struct record *seed)
{
	struct tmap part;
	struct buf masked = BUF_INIT;
	struct record *first = NULL;
	size_t *starts = NULL, n, i, a, b;
	char *council = NULL;
	int rc = 0;

	n = later_meetings(tm->text.data, tm->text.len, &starts);
	if (n == 0)
		return minutes_meeting(c, tm, seed, NULL);
	/* each meeting is read alone, from the same text with the others
	 * blanked out, so offsets still map to the source */
	buf_append(&masked, tm->text.data, tm->text.len);
	part = *tm;
	part.text = masked;
	for (i = 0; i <= n && rc == 0 && !c->stop; i++) {
		a = i == 0 ? 0 : starts[i - 1];
		b = i == n ? tm->text.len : starts[i];
		memcpy(masked.data, tm->text.data, tm->text.len);
		blank_outside(masked.data, tm->text.len, a, b);
		/* the council the first names, for those that do not */
		rc = minutes_meeting(c, &part, first != NULL ? first : seed,
		    i == 0 ? &council : NULL);
		if (i == 0 && council != NULL) {
			first = record_new();
			first->council = council;
			if (seed != NULL && seed->url != NULL)
				first->url = xstrdup(seed->url);
		}
	}
	if (first != NULL)
		record_free(first);
	buf_free(&masked);
	free(starts);
	return rc;
}

/*
 * Reads the minutes of one meeting.  When council is not NULL, it is set
 * to a copy of the council they name (the caller frees it), or NULL.
 */
/*
 * The meeting's date in its heading: the first date that is not another
 * meeting's ("Draft minutes to be approved at the meeting to be held on
 * Wednesday, 18th September, 2024", a running header over "EXECUTIVE
 * BOARD" / "WEDNESDAY, 17TH JULY, 2024"), or else the first.  NULL if
 * none; the caller frees it.
 */
static char *
heading_date(const char *s, size_t n)
{
	static const char *const later[] = {
		"to be held", "next meeting", "to be approved",
	};
	size_t i, used, from;
	char *iso, *first = NULL;

	for (i = 0; i < n; i++) {
		if (i > 0 && (rd_isalpha((unsigned char)s[i - 1]) ||
		    rd_isdigit((unsigned char)s[i - 1])))
			continue;
		if ((iso = rd_parse_date(s + i, n - i, &used)) == NULL)
			continue;
		from = i > 60 ? i - 60 : 0;
		if (!rd_find_any(s + from, i - from, later,
		    sizeof later / sizeof later[0])) {
			free(first);
			return iso;
		}
		if (first == NULL)
			first = iso;
		else
			free(iso);
		i += used;
	}
	return first;
}

static int
minutes_meeting(struct rctx *c, const struct tmap *tm,
    const struct record *seed, char **council)
{
	const char *t = tm->text.data;
	struct line *l = NULL;
	struct cand *cands = NULL, *items = NULL;
	struct meeting m;
	struct buf head = BUF_INIT;
	size_t nl, nc = 0, ni = 0, i, pre_end, end, hl, nar, annex, k;
	size_t label_at = 0, brk[14];
	char *labelled_title = NULL;
	int rc = 0, attendance = 0;

	memset(&m, 0, sizeof m);
	ni = find_items(t, tm->text.len, &l, &nl, &cands, &nc, &items);
	if (list_in_headings(c, tm, l, nl, items, ni)) {
		free(items);
		items = NULL;
		ni = 0;
	}

	/* The heading: the first lines, up to attendance or narrative. */
	pre_end = ni > 0 ? items[0].li : nl;
	for (hl = 0; hl < pre_end && hl < 14; hl++) {
		const char *s = t + l[hl].a;
		size_t n = l[hl].b - l[hl].a;

		if (attendance_line(s, n)) {
			attendance = 1;
			break;
		}
		if (hl > 0 && narrative(s, n) && head.len > 40 &&
		    rd_find(head.data, head.len, "meeting") != (size_t)-1)
			break;
		/* "Decision:" over a record of decision's words */
		if (hl > 0 && (rd_prefix(s, n, "decision:") == n ||
		    rd_prefix(s, n, "decisions:") == n))
			break;
		/* "Title:   Proposed 20mph Zone", as a record of a decision
		 * labels what it decided on */
		if (hl > 0 && (k = rd_prefix(s, n, "title:")) != 0 &&
		    k < n && labelled_title == NULL)
			labelled_title = trimmed_title(s + k, n - k);
		if (head.len)
			buf_putc(&head, ' ');
		brk[hl] = head.len;
		if (hl > 0 && label_at == 0 && label_line(s, n))
			label_at = head.len;
		buf_append(&head, s, n);
		if (head.len > 600)
			break;
	}
	for (i = hl; i < pre_end && !attendance; i++)
		if (attendance_line(t + l[i].a, l[i].b - l[i].a))
			attendance = 1;
	/* "A Regular Meeting of the Council of the City of Vancouver was
	 * held on ...": the first sentence, under the heading, names the
	 * council by its formal name */
	if (m.council == NULL && hl < pre_end && hl < nl &&
	    (k = rd_find(t + l[hl].a, l[hl].b - l[hl].a,
	    "meeting of the council of the ")) != (size_t)-1 &&
	    borough_of(t + l[hl].a + k + 22, l[hl].b - l[hl].a - k - 22)) {
		const char *s = t + l[hl].a + k + 15;
		size_t n = l[hl].b - l[hl].a - k - 15, e;

		for (e = 0; e < n && s[e] != ',' && s[e] != '.' &&
		    !rd_prefix(s + e, n - e, " was ") &&
		    !rd_prefix(s + e, n - e, " held"); e++)
			;
		m.council = trimmed_title(s, e);
	}
	if (head.len > 0) {
		parse_heading(&m, head.data, head.len, label_at, brk, hl, 0);
		m.date = heading_date(head.data, head.len);
		m.heading = labelled_title != NULL ? labelled_title :
		    trimmed_title(head.data, head.len < 200 ? head.len : 200);
		labelled_title = NULL;
	}
	for (i = 0; i < hl; i++) {
		const char *s = t + l[i].a, *cs = s;
		size_t n = l[i].b - l[i].a, cn = n, k;
		int dated;

		council_part(&cs, &cn);
		/* "Dunlarig Council Education Committee": the council's
		 * name runs into its committee's */
		if ((k = rd_find(s, n, " council ")) != (size_t)-1 &&
		    council_line(s, k + 8) && committee_line(s + k + 9,
		    n - k - 9) && !council_line(s, n)) {
			if (m.council == NULL || generic_council(m.council,
			    strlen(m.council))) {
				free(m.council);
				m.council = trimmed_title(s, k + 8);
			}
			if (m.committee == NULL)
				m.committee = trimmed_title(s + k + 9,
				    n - k - 9);
			continue;
		}
		/* "THE LOMOND COUNCIL - CABINET COMMITTEE - BLENDED MEETING":
		 * the council, then its committee, on one line; "THE
		 * STRATHLEVEN COUNCIL - STRATHLEVEN COUNCIL - KIRKALLAN -
		 * BLENDED MEETING": its full council */
		if ((k = rd_find(s, n, " - ")) != (size_t)-1 && k > 8 &&
		    council_line(s, k)) {
			size_t e = rd_find(s + k + 3, n - k - 3, " - ");

			e = e == (size_t)-1 ? n : k + 3 + e;
			if (committee_line(s + k + 3, e - k - 3) ||
			    council_line(s + k + 3, e - k - 3)) {
				if (m.council == NULL || generic_council(
				    m.council, strlen(m.council))) {
					size_t the = rd_prefix(s, k, "the ");

					free(m.council);
					m.council = trimmed_title(s + the,
					    k - the);
				}
				if (m.committee == NULL)
					m.committee = trimmed_title(s + k + 3,
					    e - k - 3);
				continue;
			}
		}
		/* "City of Fairhaven Falls          City Hall": the left of
		 * two columns */
		if ((k = rd_find(cs, cn, "   ")) != (size_t)-1 && k > 8)
			cn = k;
		/* "MEETING OF THE COUNTY COUNCIL" under "EASTBRIDGE COUNTY
		 * COUNCIL": the line names which. */
		if ((m.council == NULL || generic_council(m.council,
		    strlen(m.council))) && ((council_line(cs, cn) &&
		    !generic_council(cs, cn)) || (i < 2 && city_line(cs,
		    cn)))) {
			size_t k = rd_prefix(cs, cn, "the corporation of the ");

			free(m.council);
			m.council = trimmed_title(cs + k, cn - k);
		} else if (m.committee == NULL && ((k = rd_prefix(s, n,
		    "committee:")) != 0 || (k = rd_prefix(s, n,
		    "meeting of:")) != 0 || (k = rd_prefix(s, n,
		    "decision maker:")) != 0)) {
			/* "Committee: | Children's Services Scrutiny Board",
			 * as CMIS labels a meeting in a table */
			while (k < n && (s[k] == ' ' || s[k] == '|'))
				k++;
			if (k < n)
				m.committee = trimmed_title(s + k, n - k);
		} else if (m.committee == NULL) {
			size_t cut;

			/* "SUBJECT:   COUNCIL - 23RD JANUARY, 2025", as a
			 * report's form heads the minutes it carries */
			if ((k = rd_prefix(s, n, "subject:")) != 0 ||
			    (k = rd_prefix(s, n, "meeting:")) != 0) {
				while (k < n && (s[k] == ' ' || s[k] == '\t'))
					k++;
				s += k;
				n -= k;
			}
			/* "Health and Wellbeing Board: minutes - 23 January
			 * 2025", as a web page heads them */
			cut = rd_find(s, n, ": minutes");

			if (cut == (size_t)-1)
				cut = rd_find(s, n, " - minutes");
			/* "Audit Committee - Thursday, 18th January, 2024" */
			dated = 0;
			if (cut == (size_t)-1 && (cut = rd_find(s, n,
			    " - ")) != (size_t)-1) {
				dated = date_at(s + cut + 3, n - cut - 3);
				/* "BOARD OF TRUSTEES - REGULAR MEETING
				 * MINUTES" */
				if (!dated && !meeting_words_only(s + cut + 3,
				    n - cut - 3))
					cut = (size_t)-1;
				/* "Performance Scrutiny Committee - Place
				 * and Corporate", "Planning Committee -
				 * North": the remit or area is the name's */
				if (cut == (size_t)-1 && remit_line(s, n)) {
					m.committee = trimmed_title(s, n);
					continue;
				}
			}
			/* "Strategic Planning Committee, Tuesday, 21st
			 * January, 2025 7.00 pm", as ModernGov heads a
			 * meeting's page */
			if (cut == (size_t)-1 && (cut = rd_find(s, n,
			    ", ")) != (size_t)-1) {
				dated = date_at(s + cut + 2, n - cut - 2);
				if (!dated)
					cut = (size_t)-1;
			}
			if (cut != (size_t)-1)
				n = cut;
			/* "Extraordinary Meeting, County Council - Monday,
			 * ...": the kind of meeting, then the body */
			if (dated && (k = rd_find(s, n, "meeting, ")) !=
			    (size_t)-1 && k < 30) {
				s += k + 9;
				n -= k + 9;
			}
			/* "Council - Wednesday, 26th February, 2025": the
			 * full council met */
			/* "CITY COUNCIL" under "CITY OF CEDAR FALLS" */
			if (dated && council_line(s, n) &&
			    !generic_council(s, n)) {
				/* "Saltmarsh County Council - Thursday 21
				 * September 2023": the council itself met */
				if (m.council == NULL)
					m.council = trimmed_title(s, n);
				m.committee = trimmed_title(s, n);
			} else if (committee_line(s, n))
				m.committee = trimmed_title(s,
				    without_meeting_words(s, n));
			else if ((dated || m.council != NULL ||
			    (memchr(s, ' ', n) != NULL && !rd_prefix(s, n,
			    "the "))) && generic_council(s, n)) {
				k = meeting_kind(s, n);
				m.committee = trimmed_title(s + k, n - k);
			} else if ((cut = council_meeting(s, n)) != 0) {
				k = meeting_kind(s, cut);
				m.committee = trimmed_title(s + k, cut - k);
			}
		}
	}
	/* "Ordinary Council Meeting": a meeting of the Council; "Regular
	 * City Commission": of the City Commission */
	if (m.committee != NULL && (k = meeting_kind(m.committee,
	    strlen(m.committee))) != 0 && (generic_council(m.committee + k,
	    strlen(m.committee + k)) || committee_line(m.committee + k,
	    strlen(m.committee + k)))) {
		char *c = xstrdup(m.committee + k);

		free(m.committee);
		m.committee = c;
	}
	/* "UNIVERSITY OF NORTHBRIDGE" / "COUNCIL", "RIVERSIDE VALE HOMES
	 * LIMITED" / "MINUTES OF THE BOARD MEETING": the body's
	 * organisation, the first line in capitals that is a name */
	if (hl > 1 && (m.council == NULL || generic_council(m.council,
	    strlen(m.council))) && organisation_line(t + l[0].a,
	    l[0].b - l[0].a)) {
		free(m.council);
		m.council = trimmed_title(t + l[0].a, l[0].b - l[0].a);
	}
	if (m.date == NULL && pre_end > 0)
		m.date = rd_find_date(t + l[0].a, l[pre_end - 1].b - l[0].a);
	m.url = source_url(c->src, c->srclen);
	if (seed != NULL && m.url == NULL && seed->url != NULL)
		m.url = xstrdup(seed->url);
	if (seed != NULL && m.council == NULL && seed->council != NULL)
		m.council = xstrdup(seed->council);
	/* "Minutes" / "The City of Arnmouth Council" / "Arnmouth, Thursday
	 * 22 August 2024": the council's name alone heads a meeting of the
	 * council itself */
	if (m.committee == NULL && m.council != NULL && head.len > 0 &&
	    !names_a_body(head.data, head.len))
		m.committee = xstrdup(m.council);
	if (ni > 0 && items[0].num / ITEM_TOP == 2) {
		/*
		 * Item 1 is missing: OCR may have misread its number.  A
		 * heading that looks like one, after the meeting's heading,
		 * is it.
		 */
		for (i = nc; i-- > 0; ) {
			if (cands[i].li >= items[0].li || cands[i].li < hl)
				continue;
			if (cands[i].w < 1.5)
				continue;
			items = xreallocarray(items, ni + 1, sizeof *items);
			memmove(items + 1, items, ni * sizeof *items);
			items[0] = cands[i];
			ni++;
			pre_end = items[0].li;
			break;
		}
	}
	if (ni > 0)
		ni = letter_items(t, l, nl, &items, ni);
	nar = narrative_start(t, l, hl, pre_end);
	if (attendance)
		attendance_officers(&m, t, l, hl, nar != (size_t)-1 ? nar :
		    pre_end);
	presiding_lines(&m, t, l, 0, pre_end);

	if (ni == 0 && (attendance || m.committee != NULL)) {
		/* Nothing numbered: headings in bold or capitals, then. */
		ni = heading_items(c, tm, l, hl, nl, 0, &items);
		if (ni < 2 && nar != (size_t)-1) {
			/* in title case, after the attendance lists (the
			 * heading just before the first prose, too) */
			struct cand *loose = NULL;
			size_t from = nar > hl && title_heading(t, l, nar - 1,
			    nl) ? nar - 1 : nar;
			size_t nloose = heading_items(c, tm, l, from, nl, 1,
			    &loose);

			if (nloose >= 2) {
				free(items);
				items = loose;
				ni = nloose;
			} else
				free(loose);
		}
		if (ni > 0)
			pre_end = items[0].li;
		paragraph_numbers(t, l, nl, items, ni);
	}
	if (ni == 0) {
		/* The meeting is one record if it is a meeting at all. */
		if (nl == 0 || (!attendance && m.committee == NULL)) {
			rd_reject_line(c, 0, 0, "no recognisable agenda item");
			goto out;
		}
		end = trailer(t, l, hl, nl);
		rc = emit_preamble(c, tm, &m, l, hl, end, NULL);
		if (c->nrecords == 0)
			rd_reject_line(c, 0, 0, "no recognisable agenda item");
		goto out;
	}

	/* "2. ROLL CALL" / "Present: Mayor Teresa Delgado, ...": the
	 * attendance in one of the first items, as American minutes take
	 * the roll, tells who is who for the whole meeting */
	for (i = 0; i < ni && i < 4; i++) {
		size_t from = items[i].tl + 1;
		size_t to = i + 1 < ni ? items[i + 1].li : nl;

		if (from < to && attendance_line(t + l[from].a,
		    l[from].b - l[from].a))
			attendance_officers(&m, t, l, from,
			    to - from > 12 ? from + 12 : to);
	}

	/* "Councillor Graham Pettifer" in one item is "Councillor
	 * Pettifer" in the next */
	known_members(&m, t, l[hl < nl ? hl : 0].a, tm->text.len);

	/* What was said before the first item: welcomes, condolences. */
	rc = emit_preamble(c, tm, &m, l, hl, pre_end, "0");
	end = trailer(t, l, items[ni - 1].tl + 1, nl);
	annex = end == nl ? annex_heading(t, l, items[ni - 1].tl + 1, nl,
	    &end) : (size_t)-1;
	for (i = 0; i < ni && rc == 0; i++) {
		size_t body_a = items[i].body ? items[i].body :
		    l[items[i].tl].b, body_b;

		body_b = i + 1 < ni ? l[items[i + 1].li].a :
		    end < nl ? l[end].a : tm->text.len;
		if (!items[i].skip)
			rc = emit_item(c, tm, &m, &items[i], body_a, body_b,
			    l, nl);
	}
	if (annex != (size_t)-1 && rc == 0) {
		struct cand it;

		memset(&it, 0, sizeof it);
		it.li = it.tl = annex;
		it.ta = l[annex].a;
		snprintf(it.item, sizeof it.item, "annex");
		rc = emit_item(c, tm, &m, &it, l[annex].b, tm->text.len, l,
		    nl);
	}
out:
	if (council != NULL)
		*council = m.council != NULL ? xstrdup(m.council) : NULL;
	buf_free(&head);
	meeting_free(&m);
	free(items);
	free(cands);
	free(l);
	return rc;
}
