/*
 * reader_text.c: a ModernGov agenda-item page as text: an optional
 * breadcrumb, "Agenda item", the item's title, an optional purpose,
 * "Minutes:" and the body, and a "Supporting documents:" trailer.  The
 * HTML reader turns pages into the same text and comes here too.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "reader_int.h"
#include "record.h"

struct line {
	size_t a, b;		/* trimmed, in the clean text */
	size_t a0;		/* where the line starts, before a label's
				 * other language */
};

/* The non-blank lines of t[0..n). */
static void
bilingual(const char *t, size_t *a, size_t b)
{
	static const char *const labels[] = {
		"Agenda item", "Meeting:", "Minutes", "Supporting documents",
		"Decision", "Purpose", "Additional documents", "Attachments",
	};
	size_t k = rd_find(t + *a, b - *a < 40 ? b - *a : 40, " / "), i;

	if (k == (size_t)-1 || memchr(t + *a, ':', k) != NULL)
		return;
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (rd_prefix(t + *a + k + 3, b - *a - k - 3, labels[i])) {
			*a += k + 3;
			return;
		}
}

static size_t
text_lines(const char *t, size_t n, struct line **out)
{
	struct line *l = NULL;
	size_t nl = 0, cap = 0, i = 0;

	while (i < n) {
		const char *e = memchr(t + i, '\n', n - i);
		size_t eol = e ? (size_t)(e - t) : n, a = i, b = eol;

		while (a < b && rd_isspace((unsigned char)t[a]))
			a++;
		while (b > a && rd_isspace((unsigned char)t[b - 1]))
			b--;
		size_t a0 = a;

		/* "Cofnodion / Minutes:": a label in two languages is
		 * read by its second */
		bilingual(t, &a, b);
		if (a < b) {
			if (nl == cap) {
				cap = cap ? cap * 2 : 64;
				l = xreallocarray(l, cap, sizeof *l);
			}
			l[nl].a0 = a0;
			l[nl].a = a;
			l[nl].b = b;
			nl++;
		}
		i = eol + 1;
	}
	*out = l;
	return nl;
}

/* Does the line say word, alone or followed by a colon?  Bytes used. */
static size_t
line_is(const char *t, const struct line *l, const char *word)
{
	size_t n = l->b - l->a, k = rd_prefix(t + l->a, n, word);

	if (k == 0)
		return 0;
	if (k == n)
		return k;
	if (t[l->a + k] == ':')
		return k + 1;
	return 0;
}

/* "Minutes:", "Decision:": where the body starts (bytes of the marker). */
static size_t
body_marker(const char *t, const struct line *l)
{
	static const char *const marks[] = {
		"Minutes", "Minute", "Decision", "Decisions",
		"Record of decision", "Record of decisions",
	};
	size_t i, k;

	for (i = 0; i < sizeof marks / sizeof marks[0]; i++) {
		if ((k = line_is(t, l, marks[i])) != 0)
			return k;
		/* "Minutes: The Committee considered ..." */
		k = rd_prefix(t + l->a, l->b - l->a, marks[i]);
		if (k > 0 && l->a + k < l->b && t[l->a + k] == ':' &&
		    strlen(marks[i]) > 6)
			return k + 1;
		if (k > 0 && strcmp(marks[i], "Minutes") == 0 &&
		    l->a + k < l->b && t[l->a + k] == ':')
			return k + 1;
	}
	return 0;
}

static int
body_end(const char *t, const struct line *l)
{
	size_t n = l->b - l->a;

	/* the site's footer, copied with the page */
	static const char *const footer[] = {
		"Contact us", "Accessibility statement", "Privacy notice",
		"Privacy policy", "Cookie policy", "Cookies",
		"Terms and conditions", "Site map", "Sitemap", "Back to top",
	};
	size_t i;

	for (i = 0; i < sizeof footer / sizeof footer[0]; i++)
		if (line_is(t, l, footer[i]))
			return 1;
	return rd_prefix(t + l->a, n, "Supporting documents") ||
	    rd_footer_links(t + l->a, n) ||
	    line_is(t, l, "Attachments") || line_is(t, l, "Documents") ||
	    line_is(t, l, "Additional documents") ||
	    line_is(t, l, "Background papers") ||
	    rd_prefix(t + l->a, n, "\xc2\xa9 ") ||
	    rd_prefix(t + l->a, n, "Copyright \xc2\xa9");
}

/* "5 Budget Monitoring": the title again, numbered, as a page may set
 * it over the purpose. */
static int
repeats_title(const char *title, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && i < 3 && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i == 0 || i == n || (s[i] != ' ' && s[i] != '.'))
		return 0;
	while (i < n && (s[i] == ' ' || s[i] == '.'))
		i++;
	return title != NULL && strlen(title) == n - i &&
	    strncmp(title, s + i, n - i) == 0;
}

/* The site's chrome above a page: its breadcrumb, its name, a skip
 * link. */
static int
chrome_line(const char *t, const struct line *l)
{
	size_t n = l->b - l->a;
	char *name;

	if (rd_find(t + l->a, n, " > ") != (size_t)-1 ||
	    line_is(t, l, "Skip to main content") ||
	    line_is(t, l, "Skip to content"))
		return 1;
	if ((name = rd_title_council(t + l->a, n)) == NULL)
		return 0;
	free(name);
	return 1;
}

/* "Additional documents:": a list of the report's files follows. */
static int
links_label(const char *t, const struct line *l)
{
	return line_is(t, l, "Additional documents") ||
	    line_is(t, l, "Attachments") || line_is(t, l, "Documents");
}

/*
 * After the body, also the fields of a ModernGov decision page that are
 * no minute: "Publication date:", "Effective from:", ...
 */
static int
trailer_line(const char *t, const struct line *l)
{
	static const char *const fields[] = {
		"Report author", "Publication date", "Date of decision",
		"Decided at meeting", "Effective from",
		"Accompanying Documents", "Call-in deadline",
		"Date of publication",
	};
	size_t i;

	if (body_end(t, l))
		return 1;
	for (i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (line_is(t, l, fields[i]))
			return 1;
	return 0;
}

/* "31    EMERGENCY EVACUATION", "5. Budget": a numbered item's heading. */
static int
numbered_heading(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && i < 3 && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i == 0 || i == n || rd_isdigit((unsigned char)s[i]))
		return 0;
	if (s[i] == '.')
		i++;
	if (i == n || (s[i] != ' ' && s[i] != '\t'))
		return 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i < n && rd_isupper((unsigned char)s[i]);
}

/*
 * 1 if s is "Item 4" alone or before a title, as a meeting's page in a
 * phone's layout heads each item ("▾ Item 4", a glyph first).
 */
static int
item_heading(const char *s, size_t n)
{
	size_t i = 0, k;

	if (n > 0 && (unsigned char)s[0] >= 0xe2) {
		for (i = 1; i < n && i < 4 && ((unsigned char)s[i] & 0xc0) ==
		    0x80; i++)
			;
		while (i < n && s[i] == ' ')
			i++;
	}
	if ((k = rd_prefix(s + i, n - i, "item ")) == 0)
		return 0;
	i += k;
	for (k = i; i < n && i - k < 3 && rd_isdigit((unsigned char)s[i]); i++)
		;
	return i > k && (i == n || s[i] == ' ' || s[i] == '.' ||
	    s[i] == ':');
}

/* 1 if s is a minute's number alone, "83", as tables of minutes set it. */
static int
bare_number(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && i < 3 && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i < n && s[i] == '.')
		i++;
	return i > 0 && i == n && s[0] != '0';
}

int
reader_text_sniff(const char *t, size_t n)
{
	struct line *l;
	size_t nl, i, headings = 0, marked = 0;
	int hit = 0;

	if (n > 65536)
		n = 65536;
	nl = text_lines(t, n, &l);
	/*
	 * The markers stand alone ("Decision: granted" is a minute's), and
	 * come before any run of numbered headings: a whole meeting's
	 * minutes may head one item's decision "Decision:" too.  A marker
	 * under each of several numbered headings is a meeting's page
	 * ("Agenda and minutes"), not an item's.
	 */
	for (i = 0; i < nl && (i < 80 || hit); i++) {
		int marker = (line_is(t, &l[i], "Minutes") == 8 &&
		    l[i].b - l[i].a == 8) ||
		    (line_is(t, &l[i], "Decision") == 9 &&
		    l[i].b - l[i].a == 9);

		if (line_is(t, &l[i], "Agenda item") ||
		    line_is(t, &l[i], "Decision details")) {
			hit = 1;
			break;
		}
		if (marker && headings > marked) {
			if (hit && marked > 0) {
				hit = 0;
				break;
			}
			if (headings < 2)
				hit = 1;
			marked = headings;
		} else if (numbered_heading(t + l[i].a, l[i].b - l[i].a) ||
		    item_heading(t + l[i].a, l[i].b - l[i].a) ||
		    (bare_number(t + l[i].a, l[i].b - l[i].a) && i + 1 < nl &&
		    (rd_isupper((unsigned char)t[l[i + 1].a]) ||
		    rd_isdigit((unsigned char)t[l[i + 1].a]))))
			headings++;
	}
	free(l);
	return hit;
}

/* Past a time of day at s[i], "6.30 pm", "10:00 a.m.", if one is. */
static size_t
past_time(const char *s, size_t n, size_t i)
{
	size_t j = i, k;

	while (j < n && rd_isdigit((unsigned char)s[j]))
		j++;
	if (j == i || j - i > 2 || j + 3 > n || (s[j] != '.' &&
	    s[j] != ':') || !rd_isdigit((unsigned char)s[j + 1]) ||
	    !rd_isdigit((unsigned char)s[j + 2]))
		return i;
	j += 3;
	k = j < n && s[j] == ' ' ? j + 1 : j;
	if (rd_prefix(s + k, n - k, "am") || rd_prefix(s + k, n - k, "pm"))
		return k + 2;
	if (rd_prefix(s + k, n - k, "a.m.") || rd_prefix(s + k, n - k, "p.m."))
		return k + 4;
	return j;
}

static int meeting_of(struct record *rec, const char *s, size_t n);

/* Where the item's number starting s[a] ends: at the bracket that closes
 * "(Item 7(2))", past the bracket of its own. */
static size_t
item_end(const char *s, size_t n, size_t a)
{
	size_t b;
	int depth = 0;

	for (b = a; b < n && (s[b] != ')' || depth > 0); b++)
		depth += s[b] == '(' ? 1 : s[b] == ')' ? -1 : 0;
	return b;
}

/*
 * "Meeting: 19/10/2015 - Children and Young People's Overview and
 * Scrutiny Committee (Item 5)", as ModernGov heads its item pages, or
 * "Meeting: Council, Wednesday, 17th January, 2024 7.30 pm (Item 58.)"
 * as its newer pages do.
 */
static void
meeting_line(struct record *rec, const char *s, size_t n)
{
	size_t used = 0, i;
	char *d;

	/* (" | 05/09/2024 - Cabinet": the label's cell of a table) */
	while (n > 0 && (s[0] == ' ' || s[0] == '|')) {
		s++;
		n--;
	}
	d = rd_parse_date(s, n, &used);
	if (d == NULL && meeting_of(rec, s, n))
		return;
	if (d != NULL && rec->date == NULL)
		rec->date = d;
	else
		free(d);
	i = used;
	while (i < n && (s[i] == ' ' || s[i] == '-'))
		i++;
	i = past_time(s, n, i);
	while (i < n && (s[i] == ' ' || s[i] == '-' || s[i] == ','))
		i++;
	if (i < n) {
		size_t end = n, k = rd_find(s + i, n - i, "(item "), a = 6;

		/* "(Eitem / Item 8.)" */
		if (k == (size_t)-1 && (k = rd_find(s + i, n - i,
		    "(eitem / item ")) != (size_t)-1)
			a = 14;
		if (k != (size_t)-1) {
			size_t b;

			a += i + k;
			b = item_end(s, n, a);
			/* "(Item 97.)" */
			while (b > a && (s[b - 1] == '.' || s[b - 1] == ' '))
				b--;
			if (rec->item == NULL && b > a && b - a < 16)
				rec->item = rd_squeeze(s + a, b - a);
			end = i + k;
		}
		/* "Is-Bwyllgor Trwyddedu / Licensing Sub-Committee" */
		i += rd_english_half(s + i, end - i);
		if (rec->committee == NULL)
			rec->committee = rd_squeeze(s + i, end - i);
	}
}

/* The meeting's date d (taken, or freed when the record has one) and
 * its committee, s[0..n). */
static void
meeting_found(struct record *rec, char *d, const char *s, size_t n)
{
	size_t c = rd_find(s, n, ", ");

	/* "Pwyllgor X / X Committee, Dydd Mercher, 17eg Ionawr, 2024
	 * 6.00 pm / Wednesday": the name and the date in two languages */
	if (c != (size_t)-1 && rd_find(s + c, n - c, " / ") != (size_t)-1)
		n = c;
	c = rd_english_half(s, n);
	s += c;
	n -= c;
	if (rec->date == NULL)
		rec->date = d;
	else
		free(d);
	if (rec->committee == NULL)
		rec->committee = rd_squeeze(s, n);
}

/*
 * "Cabinet, Tuesday, 12th March, 2024 7.00 pm (Item 45.)": the
 * committee before the comma that starts the date, the date, the item.
 * Returns 1 if the date was found.
 */
static int
meeting_of(struct record *rec, const char *s, size_t n)
{
	static const char *const seps[] = { ", ", " - ", " \xe2\x80\x93 " };
	size_t c, k, e, j, used;
	char *d;
	int found = 0;

	/* "Cabinet - Tuesday, 11th February, 2025 2.00 pm": the first
	 * separator with the date right after it */
	for (c = 0; c < n && !found; c++)
		for (j = 0; j < sizeof seps / sizeof seps[0] && !found; j++) {
			k = strlen(seps[j]);
			if (c + k >= n || memcmp(s + c, seps[j], k) != 0 ||
			    (d = rd_parse_date(s + c + k, n - c - k,
			    &used)) == NULL)
				continue;
			found = 1;
			meeting_found(rec, d, s, c);
		}
	/* ... or a date within a few words of a comma */
	for (c = 0; !found && (k = rd_find(s + c, n - c, ", ")) !=
	    (size_t)-1; c += k + 2) {
		d = rd_find_date(s + c + k + 2, n - c - k - 2 < 40 ?
		    n - c - k - 2 : 40);
		if (d == NULL)
			continue;
		found = 1;
		meeting_found(rec, d, s, c + k);
	}
	/* "(Item 45.)", "(Eitem / Item 6.)" */
	if (rec->item == NULL && ((k = rd_find(s, n, "(item ")) !=
	    (size_t)-1 || (k = rd_find(s, n, "/ item ")) != (size_t)-1)) {
		k += s[k] == '(' ? 6 : 7;
		e = item_end(s, n, k);
		while (e > k && (s[e - 1] == '.' || s[e - 1] == ' '))
			e--;
		if (e > k && e < n && e - k < 16)
			rec->item = rd_squeeze(s + k, e - k);
	}
	return found;
}

/*
 * Lines between the title and the body that are metadata, not purpose:
 * 1, or 2 when the line is a label whose value is the next line.
 */
static int
meta_line(struct record *rec, const char *t, const struct line *l)
{
	static const char *const skip[] = {
		"Wards affected", "Lead officer", "Decision status",
		"Is Key decision", "Is subject to call in", "Contact",
		"Reason Key", "Key decision", "Report author", "Decision type",
		"Decision date", "Portfolio",
	};
	size_t k, i, b, n = l->b - l->a;
	char *d;

	/* "PDF 1 MB": the link to the report, under its title */
	if (rd_without_file_size(t + l->a, n) == 0)
		return 1;
	/* (a list's point on the page: "- Meeting: 05/03/2024 - ...") */
	b = rd_prefix(t + l->a, n, "- ");
	if ((k = rd_prefix(t + l->a + b, n - b, "Meeting:")) != 0 ||
	    (k = rd_prefix(t + l->a + b, n - b, "Decided at meeting:")) !=
	    0) {
		meeting_line(rec, t + l->a + b + k, n - b - k);
		return 1;
	}
	if ((k = rd_prefix(t + l->a, n, "Decision maker:")) != 0) {
		while (k < n && rd_isspace((unsigned char)t[l->a + k]))
			k++;
		/* "Decision maker:" with its value on the next line */
		if (k == n)
			return 2;
		if (rec->committee == NULL)
			rec->committee = rd_squeeze(t + l->a + k, n - k);
		return 1;
	}
	if ((k = rd_prefix(t + l->a, n, "Date of decision:")) != 0 ||
	    (k = rd_prefix(t + l->a, n, "Date of meeting:")) != 0) {
		d = rd_find_date(t + l->a + k, n - k);
		if (d != NULL && rec->date == NULL)
			rec->date = d;
		else
			free(d);
		return 1;
	}
	for (i = 0; i < sizeof skip / sizeof skip[0]; i++)
		if (rd_prefix(t + l->a, n, skip[i]) &&
		    memchr(t + l->a, ':', n) != NULL)
			return 1;
	/* "Meeting of Cabinet, Tuesday, 12th March, 2024 7.00 pm (Item
	 * 45.)", as newer pages head an item: the meeting */
	/* (a list's point on the page: "- Meeting of ...") */
	b = rd_prefix(t + l->a, n, "- ");
	if ((k = rd_prefix(t + l->a + b, n - b, "Meeting of ")) != 0 &&
	    n > 8 + b && rd_find(t + l->a, n, "(item ") != (size_t)-1 &&
	    t[l->b - 1] == ')') {
		meeting_of(rec, t + l->a + b + k, n - b - k);
		return 1;
	}
	/* the page's links, copied: "View the background to item 45.",
	 * also as a list's points ("* View the decision for item 45.") */
	b = rd_prefix(t + l->a, n, "* ");
	if (rd_prefix(t + l->a + b, n - b, "View the background to item") ||
	    rd_prefix(t + l->a + b, n - b, "View the decision for item"))
		return 1;
	/* "... pdf icon PDF 1" / "MB": the size's unit, wrapped */
	if ((n == 2 && (rd_prefix(t + l->a, n, "MB") ||
	    rd_prefix(t + l->a, n, "KB"))) && l->a >= 9 &&
	    rd_find(t + l->a - 9, 9, "pdf") != (size_t)-1)
		return 1;
	return 0;
}

/* 1 if line l heads what follows a decision: its reasons, the options
 * rejected, interests declared. */
static int
decision_trailer(const char *t, const struct line *l)
{
	size_t n = l->b - l->a;

	return rd_prefix(t + l->a, n, "Reasons for the decision") ||
	    rd_prefix(t + l->a, n, "Reasons for decision") ||
	    rd_prefix(t + l->a, n, "Reason for decision") ||
	    rd_prefix(t + l->a, n, "Reason for the decision") ||
	    rd_prefix(t + l->a, n, "Alternative options") ||
	    rd_prefix(t + l->a, n, "Declarations of interest") ||
	    rd_prefix(t + l->a, n, "Interests declared");
}

/*
 * 1 if the words under "Decision:", t[a..b), are the decision alone,
 * not minutes of a debate ("RESOLVED" after what was asked).
 */
static int
decision_only(const char *t, size_t a, size_t b)
{
	size_t p = a, e;

	while (p < b && rd_isspace((unsigned char)t[p]))
		p++;
	for (e = p; e + 1 < b && !(t[e] == '\n' && t[e + 1] == '\n'); e++)
		;
	while (e > p && rd_isspace((unsigned char)t[e - 1]))
		e--;
	return b - a < 1500 && p < e && rd_find(t + a,
	    b - a, "resolved") == (size_t)-1 && rd_find(t + a, b - a,
	    " asked ") == (size_t)-1;
}

/* 1 if a decision's words point back to the page's "Decision:": "As
 * set out in the decision above.", "As set out under "Decision" above." */
static int
points_back(const char *text)
{
	size_t n = strlen(text);

	return n < 100 && rd_find(text, n, "set out ") != (size_t)-1 &&
	    rd_find(text, n, " above") != (size_t)-1;
}

/* 1 if a motion's words say only who moved it and what: "Councillor X
 * moved the recommendations, seconded by Y.", "Proposed by X Seconded
 * by Y". */
static int
moves_only(const char *text)
{
	size_t n = strlen(text), at = rd_find(text, n, "recommendation"), e;

	/* not "Recommendations 1, 2 and 4 were moved by X ...": some */
	if (at != (size_t)-1) {
		for (e = at; e < n && rd_isalpha((unsigned char)text[e]); e++)
			;
		if (e + 1 < n && text[e] == ' ' &&
		    rd_isdigit((unsigned char)text[e + 1]))
			return 0;
	}
	return n < 300 && (at != (size_t)-1 ||
	    ((rd_prefix(text, n, "proposed") || rd_prefix(text, n, "moved")) &&
	    rd_find(text, n, " that ") == (size_t)-1 &&
	    rd_find(text, n, " to ") == (size_t)-1));
}

/*
 * The page's "Decision:" points, sections [d0, d1), take the movers its
 * minutes (sections from m0) give, when those only move the
 * recommendations ("Councillor X moved the recommendations, seconded by
 * Y", "Proposed by X" / "Seconded by Y") and perhaps point back
 * ("RESOLVED: As set out above."): they are how the decision came.
 */
static void
decision_movers(struct record *rec, size_t d0, size_t d1, size_t m0)
{
	const struct rec_section *movers = NULL;
	struct rec_section *s;
	size_t i;

	for (i = d0; i < d1; i++)
		if (rec->sections[i].type == SEC_RESOLUTION &&
		    rec->sections[i].proposer != NULL)
			return;
	for (i = m0; i < rec->nsections; i++) {
		s = &rec->sections[i];
		if (s->type != SEC_RESOLUTION)
			continue;
		if (points_back(s->text)) {
			if (s->proposer != NULL)
				movers = s;
			continue;
		}
		if (s->proposer == NULL || !moves_only(s->text) ||
		    (s->outcome != NULL && strcmp(s->outcome, "lost") == 0))
			return;
		movers = s;
	}
	if (movers == NULL)
		return;
	for (i = d0; i < d1; i++) {
		s = &rec->sections[i];
		if (s->type != SEC_RESOLUTION)
			continue;
		s->proposer = xstrdup(movers->proposer);
		if (movers->seconder != NULL)
			s->seconder = xstrdup(movers->seconder);
	}
	for (i = m0; i < rec->nsections; i++) {
		s = &rec->sections[i];
		if (s->type != SEC_RESOLUTION)
			continue;
		s->type = SEC_DISCUSSION;
		free(s->outcome);
		free(s->proposer);
		free(s->seconder);
		s->outcome = s->proposer = s->seconder = NULL;
	}
}

/*
 * One page: lines l[0..nl), text up to text_end.  Takes rec and emits
 * it, or rejects the page.  *site is the council named by an earlier
 * page's chrome, for a page that names none (the caller frees it).
 */
static int
parse_page(struct rctx *c, const struct tmap *tm, struct line *l, size_t nl,
    size_t text_end, struct record *rec, char **site)
{
	const char *t = tm->text.data;
	struct buf purpose = BUF_INIT;
	size_t i, first, ti, body = (size_t)-1, bend, k;
	size_t ag_a, ag_b, body_a, body_b, decision_b = 0, minutes_a = 0;
	size_t notes_a = 0, notes_b = 0, d0 = 0, d1 = 0, m0;
	int decided;

	/* Skip the breadcrumb and the "Agenda item" heading (a decision
	 * page's "Decision details"). */
	first = 0;
	for (i = 0; i < nl && i < 40; i++)
		if (line_is(t, &l[i], "Agenda item") ||
		    line_is(t, &l[i], "Decision details")) {
			first = i + 1;
			/* "... > Agenda item" / "Agenda item": the heading
			 * under the breadcrumb's last link */
			if (i + 1 < nl && line_is(t, &l[i + 1], "Agenda item"))
				first = i + 2;
			/* ... with the site's name between, as a breadcrumb
			 * copied a link to a line ends */
			else if (i + 2 < nl && chrome_line(t, &l[i + 1]) &&
			    line_is(t, &l[i + 2], "Agenda item"))
				first = i + 3;
			break;
		}
	if (i == nl || i == 40) {
		first = 0;
		if (nl > 0 && rd_find(t + l[0].a, l[0].b - l[0].a, " > ") !=
		    (size_t)-1)
			first = 1;
	}
	if (rec == NULL)
		rec = record_new();
	/* The council, from the page's chrome above the item: its name
	 * alone ("Wexmoor District Council"), or ending the browser's
	 * title ("Agenda item - ... | Ashby Marsh Borough Council") */
	for (i = 0; i < first && rec->council == NULL; i++)
		rec->council = rd_title_council(t + l[i].a, l[i].b - l[i].a);
	/* The title: the first line that is not metadata; after the
	 * item's number alone on its line ("67." / "Mental Health ...") */
	for (ti = first; ti < nl && meta_line(rec, t, &l[ti]); ti++)
		;
	if (ti + 1 < nl && bare_number(t + l[ti].a, l[ti].b - l[ti].a) &&
	    body_marker(t, &l[ti + 1]) == 0) {
		if (rec->item == NULL)
			rec->item = xstrndup(t + l[ti].a, strspn(t + l[ti].a,
			    "0123456789"));
		ti++;
	}
	if (ti >= nl || body_marker(t, &l[ti]) != 0) {
		rd_reject_line(c, 0, 0, "no recognisable agenda item (no "
		    "title)");
		record_free(rec);
		return 0;
	}
	/* "62 Belsize Park Gardens" over "Meeting: ... (Item 7.)": the
	 * meeting's line numbers the item, and a number opening the title
	 * that is not the item's is the title's own (a house's) */
	for (i = ti + 1; rec->item == NULL && i < nl && i < ti + 12 &&
	    body_marker(t, &l[i]) == 0; i++) {
		struct record *m = record_new();

		meta_line(m, t, &l[i]);
		rec->item = m->item;
		m->item = NULL;
		record_free(m);
	}
	{
		/* "5. Children's Services Update", "45 Children's ..." */
		const char *s = t + l[ti].a;
		size_t n = l[ti].b - l[ti].a, j = 0, e;

		while (j < n && j < 3 && rd_isdigit((unsigned char)s[j]))
			j++;
		k = j;
		if (j > 0 && j < n && rd_islower((unsigned char)s[j]))
			j++;
		if (j > 0 && j < n && (s[j] == '.' || s[j] == ')'))
			j++;
		/* (a gap of spaces, or no-break spaces, after it) */
		for (e = j; e < n && (s[e] == ' ' || (e + 1 < n &&
		    (unsigned char)s[e] == 0xc2 && (unsigned char)s[e + 1] ==
		    0xa0)); e += s[e] == ' ' ? 1 : 2)
			;
		if (j > k && rd_islower((unsigned char)s[k]))
			k++;
		if (j > 0 && e > j && e < n &&
		    rd_isupper((unsigned char)s[e]) && (rec->item == NULL ||
		    (strlen(rec->item) == k && memcmp(rec->item, s, k) ==
		    0))) {
			if (rec->item == NULL)
				rec->item = xstrndup(s, k);
			l[ti].a += e;
		}
		/* "Item 7 Community Risk ...", "Item 8: ...": the item's
		 * number again */
		s = t + l[ti].a;
		n = l[ti].b - l[ti].a;
		if ((e = rd_prefix(s, n, "item ")) != 0) {
			while (e < n && rd_isdigit((unsigned char)s[e]))
				e++;
			if (e < n && (s[e] == ':' || s[e] == '.'))
				e++;
			if (e + 1 < n && s[e] == ' ' && s[e - 1] != ' ') {
				while (e < n && s[e] == ' ')
					e++;
				if (rd_isupper((unsigned char)s[e]))
					l[ti].a += e;
			}
		}
	}
	free(rec->title);
	rec->title = rd_squeeze(t + l[ti].a, rd_without_file_size(t +
	    l[ti].a, l[ti].b - l[ti].a));
	ag_a = l[ti].a;
	ag_b = l[ti].b;

	/* The purpose: up to "Minutes:", past the report's links
	 * ("Additional documents:") that may come before it. */
	for (i = ti + 1; i < nl; i++) {
		if ((k = body_marker(t, &l[i])) != 0) {
			body = i;
			break;
		}
		if (body_end(t, &l[i]) && !links_label(t, &l[i]))
			break;
	}
	if (body != (size_t)-1) {
		for (i = ti + 1; i < body; i++) {
			size_t a = l[i].a, n = l[i].b - l[i].a;
			int meta = meta_line(rec, t, &l[i]);

			if (meta == 2 && i + 1 < body) {
				/* the label's value, on the next line */
				i++;
				if (rec->committee == NULL)
					rec->committee = rd_squeeze(t + l[i].a,
					    l[i].b - l[i].a);
				continue;
			}
			if (meta || links_label(t, &l[i]) ||
			    rd_without_file_size(t + a, n) < n ||
			    repeats_title(rec->title, t + a, n))
				continue;
			if ((k = rd_prefix(t + a, n, "Purpose:")) != 0 ||
			    (k = rd_prefix(t + a, n, "Purpose of report:"))
			    != 0)
				a += k;
			if (purpose.len)
				buf_putc(&purpose, ' ');
			buf_append(&purpose, t + a, l[i].b - a);
			ag_b = l[i].b;
		}
		body_a = l[body].a + body_marker(t, &l[body]);
	} else
		body_a = ag_b;
	/* "PCP/23/14 Police and Crime ...": the number the meeting's
	 * line gave, again before the title */
	if (rec->item != NULL && (k = strlen(rec->item)) + 1 <
	    strlen(rec->title) && memcmp(rec->title, rec->item, k) == 0 &&
	    rec->title[k] == ' ' && rd_isupper((unsigned char)
	    rec->title[k + 1])) {
		memmove(rec->title, rec->title + k + 1,
		    strlen(rec->title + k + 1) + 1);
		if (ag_a + k < ag_b && memcmp(t + ag_a, rec->item, k) == 0)
			ag_a = rd_skip_spaces(t, ag_b, ag_a + k);
	}
	/* "Decision:" over the decision, then "Minutes:" over how it was
	 * reached, as ModernGov sets a cabinet's item: the first is the
	 * resolution, the second the body */
	decided = body != (size_t)-1 && (line_is(t, &l[body], "Decision") ||
	    line_is(t, &l[body], "Decisions"));
	if (decided)
		for (i = body + 1; i < nl && !body_end(t, &l[i]); i++) {
			/* "Reasons for the decision:", "Alternative options
			 * ...", "Declarations of interest:" end the decision;
			 * they are the body's */
			if (decision_b == 0 && decision_trailer(t, &l[i]))
				decision_b = notes_a = l[i].a0;
			if (line_is(t, &l[i], "Minutes") == l[i].b - l[i].a) {
				if (decision_b == 0)
					decision_b = l[i].a0;
				notes_b = l[i].a0;
				minutes_a = l[i].b;
				break;
			}
		}
	bend = nl;
	for (i = body != (size_t)-1 ? body + 1 : ti + 1; i < nl; i++)
		if (trailer_line(t, &l[i])) {
			bend = i;
			break;
		}
	/* the council's address over the site's footer */
	while (bend < nl && bend > (body != (size_t)-1 ? body + 1 : ti + 1) &&
	    rd_footer_links(t + l[bend].a, l[bend].b - l[bend].a) &&
	    rd_address_line(t + l[bend - 1].a, l[bend - 1].b - l[bend - 1].a))
		bend--;
	body_b = bend < nl ? l[bend].a0 : text_end;
	/* a decision page's "Date of decision:", "Decided at meeting:" */
	for (i = bend; i < nl; i++)
		(void)meta_line(rec, t, &l[i]);
	if (purpose.len > 0) {
		free(rec->purpose);
		rec->purpose = rd_squeeze(purpose.data, purpose.len);
	}
	buf_free(&purpose);

	sections_agenda(rec, tm, ag_a, ag_b);
	if (rec->nsections > 0 && rec->title != NULL) {
		/* the span covers metadata lines too; the text is ours */
		struct rec_section *s = &rec->sections[rec->nsections - 1];

		free(s->text);
		s->text = rec->purpose ? xasprintf("%s %s", rec->title,
		    rec->purpose) : xstrdup(rec->title);
	}
	if (minutes_a != 0 && minutes_a < body_b) {
		d0 = rec->nsections;
		rd_decision_section(rec, tm, body_a, decision_b);
		d1 = rec->nsections;
		if (notes_a != 0 && notes_b > notes_a)
			sections_parse(rec, tm, notes_a, notes_b, NULL);
		body_a = minutes_a;
	} else if (decided && decision_only(t, body_a, decision_b != 0 &&
	    decision_b < body_b ? decision_b : body_b)) {
		/* a decision's page: "Decision:" over the decision and its
		 * reasons, no minutes */
		size_t db = decision_b != 0 && decision_b < body_b ?
		    decision_b : body_b;

		rd_decision_section(rec, tm, body_a, db);
		body_a = db;
	}
	if (body_b > body_a) {
		m0 = rec->nsections;
		sections_parse(rec, tm, body_a, body_b, NULL);
		if (d1 > d0)
			decision_movers(rec, d0, d1, m0);
	}
	/* or from the site's footer: "\xc2\xa9 Hallamvale Fire and Rescue
	 * Authority" */
	for (i = bend; i < nl && rec->council == NULL; i++)
		if ((k = rd_find(t + l[i].a, l[i].b - l[i].a, "\xc2\xa9")) !=
		    (size_t)-1 || (k = rd_find(t + l[i].a, l[i].b - l[i].a,
		    "copyright ")) != (size_t)-1)
			rec->council = rd_title_council(t + l[i].a + k,
			    l[i].b - l[i].a - k);
	if (rec->council == NULL && *site != NULL)
		rec->council = xstrdup(*site);
	else if (*site == NULL && rec->council != NULL)
		*site = xstrdup(rec->council);
	return rd_emit(c, rec);
}

/*
 * Does a second page start at line i: "Agenda item" alone, then within
 * a few lines a title and "Minutes:"?  Several pages copied into one
 * file, one after another, are read as the pages they are.
 */
static int
next_page(const char *t, const struct line *l, size_t nl, size_t i)
{
	size_t j;

	if (l[i].b - l[i].a != 11 || !line_is(t, &l[i], "Agenda item"))
		return 0;
	for (j = i + 2; j < nl && j < i + 12; j++)
		if (body_marker(t, &l[j]) != 0)
			return 1;
	return 0;
}

int
reader_text_parse(struct rctx *c, const struct tmap *tm, struct record *seed)
{
	const char *t = tm->text.data;
	struct line *l;
	struct record *rec = seed;
	char *site = NULL;
	size_t nl, start = 0, i, end;
	int rc = 0, in_body;

	nl = text_lines(t, tm->text.len, &l);
	/* at least once: a text with no lines is rejected as no page */
	do {
		/* where the next page starts: after this one's body */
		end = nl;
		in_body = 0;
		for (i = start; i < nl; i++) {
			if (body_marker(t, &l[i]) != 0)
				in_body = 1;
			else if (in_body && next_page(t, l, nl, i)) {
				/* with the chrome above it */
				for (end = i; end - 1 > start &&
				    chrome_line(t, &l[end - 1]); end--)
					if (site == NULL)
						site = rd_title_council(t +
						    l[end - 1].a, l[end - 1].b -
						    l[end - 1].a);
				break;
			}
		}
		if (rec == NULL)
			rec = record_new();
		rc = parse_page(c, tm, nl > 0 ? l + start : l, end - start,
		    end < nl ? l[end].a : tm->text.len, rec, &site);
		rec = NULL;
		start = end;
	} while (rc == 0 && start < nl);
	free(site);
	free(l);
	return rc;
}
