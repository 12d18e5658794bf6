/*
 * reader_html.c: ModernGov agenda-item pages saved as HTML (mgAi.aspx).
 * libxml2's HTML parser builds the tree (it copes with tag soup); the
 * page's navigation, scripts and forms are dropped and the item's text is
 * laid out as the text reader expects it, one block per line.
 *
 * Spans: libxml2 keeps line numbers, not byte offsets, so each text node
 * is found again in the source from the start of its line.  A section's
 * span runs from the start of its first text node to the end of its last.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "reader_int.h"
#include "record.h"
#include "text.h"

void
reader_init(void)
{
	/* libxml2 initialises itself on first use, but not thread-safely */
	xmlInitParser();
}

int
reader_html_sniff(const char *data, size_t n)
{
	size_t i = 0, lim = n < 2048 ? n : 2048;

	if (lim >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < lim && rd_isspace((unsigned char)data[i]))
		i++;
	if (i >= lim || data[i] != '<')
		return 0;
	return rd_find(data + i, lim - i, "<!doctype html") != (size_t)-1 ||
	    rd_find(data + i, lim - i, "<html") != (size_t)-1 ||
	    rd_find(data + i, lim - i, "<head") != (size_t)-1 ||
	    rd_find(data + i, lim - i, "<body") != (size_t)-1 ||
	    rd_prefix(data + i, lim - i, "<div") ||
	    rd_prefix(data + i, lim - i, "<p>") ||
	    rd_prefix(data + i, lim - i, "<h1");
}

struct walk {
	struct tmap *tm;
	const char *src;
	size_t len;
	size_t *lines;		/* offset where each line starts */
	size_t nlines;
	size_t cursor;		/* source offset of the last text found */
	int pre;		/* inside <pre> */
	int pending;		/* line breaks owed before the next text */
	int bullet;		/* a list item's first text is next */
	long ordinal;		/* its number, when its list numbers it */
	int cell;		/* a new cell of a row: part it from the last */
	int flat;		/* inside a cell of one paragraph: no breaks */
	int space;		/* a break left out: a space before the text */
	struct buf norm;
};

static int
name_is(const xmlNode *n, const char *name)
{
	return n->name != NULL && strcasecmp((const char *)n->name, name) == 0;
}

static int
name_in(const xmlNode *n, const char *const *names, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (name_is(n, names[i]))
			return 1;
	return 0;
}

static int
attr_has(const xmlNode *n, const char *attr, const char *word)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	int hit;

	if (v == NULL)
		return 0;
	hit = rd_find((const char *)v, strlen((const char *)v), word) !=
	    (size_t)-1;
	xmlFree(v);
	return hit;
}

/* Links (<a href>) under n, counted to most + 1. */
static int
links_in(const xmlNode *n, int most)
{
	int c = 0;

	for (n = n->children; n != NULL && c <= most; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, "a") && xmlHasProp(n, (const xmlChar *)"href"))
			c++;
		else
			c += links_in(n, most - c);
	}
	return c;
}

/*
 * 1 if a page's header n holds the minutes' own heading ("VILLAGE OF
 * MILLBRANCH / REGULAR MEETING MINUTES / Monday, March 4, 2024") rather
 * than the site's: the word "minutes" (or "meeting of") and a date, few
 * links.
 */
static int
minutes_heading(const xmlNode *n)
{
	xmlChar *text;
	char *date = NULL;
	size_t len, i;
	int hit = 0;

	if (links_in(n, 2) > 2 || (text = xmlNodeGetContent(n)) == NULL)
		return 0;
	len = strlen((const char *)text);
	/* "February&nbsp;13, 2024": a space to read the date by */
	for (i = 0; i + 1 < len; i++)
		if (text[i] == 0xc2 && text[i + 1] == 0xa0) {
			text[i] = ' ';
			memmove(text + i + 1, text + i + 2, len - i - 1);
			len--;
		}
	/* "Minutes", or "Regular Meeting of the Board of Education" (a
	 * meeting of a body), and the date */
	if (len < 2000 && (rd_find((const char *)text, len, "minutes") !=
	    (size_t)-1 || rd_find((const char *)text, len, "meeting of ") !=
	    (size_t)-1) && (date = rd_find_date((const char *)text, len)) !=
	    NULL)
		hit = 1;
	free(date);
	xmlFree(text);
	return hit;
}

/* 1 if n's text names a meeting and the item: "Meeting of Cabinet,
 * Tuesday, 12th March, 2024 7.00 pm (Item 45.)". */
static int
meeting_line(const xmlNode *n)
{
	xmlChar *text = xmlNodeGetContent(n);
	size_t len;
	int yes;

	if (text == NULL)
		return 0;
	len = strlen((const char *)text);
	/* "Meeting of Cabinet, Tuesday, ... (Item 45.)", or as older
	 * pages have it, "Meeting: 05/03/2024 - Cabinet (Item 42.)" */
	yes = (rd_find((const char *)text, len, "meeting of ") !=
	    (size_t)-1 || rd_find((const char *)text, len, "meeting: ") !=
	    (size_t)-1) && rd_find((const char *)text, len, "(item ") !=
	    (size_t)-1;
	xmlFree(text);
	return yes;
}

/* Elements that are page furniture, not the item. */
static int
furniture(const xmlNode *n, int outside_item)
{
	static const char *const tags[] = {
		"script", "style", "noscript", "nav", "form", "iframe",
		"button", "select", "template", "svg", "object", "embed",
		"input", "textarea", "head",
	};
	static const char *const outer_tags[] = {
		"header", "footer", "aside",
	};
	static const char *const words[] = {
		"breadcrumb", "nav", "menu", "footer", "header", "skip",
		"cookie", "sidebar", "search", "banner", "social", "share",
		"masthead", "toolbar",
	};
	size_t i;

	if (name_in(n, tags, sizeof tags / sizeof tags[0]))
		return 1;
	/* ModernGov's links under an item's title: "Meeting of Cabinet,
	 * ... (Item 45.)", "View the background to item 45." */
	/* ... but "Meeting of Council, Thursday, 25th January, 2024 9.30
	 * am (Item 4.)" among them names the meeting and the item */
	if (attr_has(n, "class", "mgActionList") && !meeting_line(n))
		return 1;
	if (name_is(n, "li") && n->parent != NULL &&
	    attr_has(n->parent, "class", "mgActionList") && !meeting_line(n))
		return 1;
	if (attr_has(n, "class", "breadcrumb") ||
	    attr_has(n, "id", "breadcrumb") || attr_has(n, "role",
	    "navigation") || attr_has(n, "aria-hidden", "true") ||
	    (name_is(n, "a") &&
	    attr_has(n, "href", "mgIssueHistoryHome") &&
	    !attr_has(n, "class", "mgAiTitleLnk") && (n->parent == NULL ||
	    !attr_has(n->parent, "class", "mgAiTitleTxt"))))
		return 1;
	/* what a browser does not show, and Word's table of contents */
	if (xmlHasProp(n, (const xmlChar *)"hidden") != NULL ||
	    attr_has(n, "style", "display:none") ||
	    attr_has(n, "style", "display: none") ||
	    attr_has(n, "class", "MsoToc"))
		return 1;
	if (!outside_item)
		return 0;
	if (name_in(n, outer_tags, sizeof outer_tags / sizeof outer_tags[0]))
		return !minutes_heading(n);
	/* an item's own header ("item-header", "AgendaItemHeader") is
	 * the item's */
	if (attr_has(n, "class", "item") || attr_has(n, "class", "motion"))
		return 0;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (attr_has(n, "class", words[i]) ||
		    attr_has(n, "id", words[i]))
			return !minutes_heading(n);
	return 0;
}

static int
block(const xmlNode *n)
{
	static const char *const tags[] = {
		"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
		"table", "section", "article", "blockquote", "pre", "hr",
		"dl", "main", "body", "address", "figure", "header", "footer",
		"form", "fieldset", "tr",
	};

	return name_in(n, tags, sizeof tags / sizeof tags[0]);
}

static int
line_break(const xmlNode *n)
{
	static const char *const tags[] = {
		"br", "li", "dt", "dd", "caption",
	};

	return name_in(n, tags, sizeof tags / sizeof tags[0]);
}

/* Where in the source does this text node start? */
static size_t
locate(struct walk *w, const xmlNode *n, const char *text, size_t tlen)
{
	long line = xmlGetLineNo(n);
	size_t from = w->cursor, k, want, i;

	/* libxml2 gives the line a text node ends on */
	for (i = 0; i < tlen && line > 1; i++)
		if (text[i] == '\n')
			line--;

	if (line > 0 && (size_t)line <= w->nlines &&
	    w->lines[line - 1] > from)
		from = w->lines[line - 1];
	if (from >= w->len)
		return w->len;
	/* Look for the node's first characters that are plain in HTML. */
	for (i = 0; i < tlen && rd_isspace((unsigned char)text[i]); i++)
		;
	for (want = 0; i + want < tlen && want < 12; want++) {
		char ch = text[i + want];

		if (ch == '&' || ch == '<' || ch == '\n' ||
		    (unsigned char)ch >= 0x80)
			break;
	}
	if (want >= 3) {
		size_t lim = w->len - from < 65536 ? w->len - from : 65536;

		for (k = 0; k + want <= lim; k++)
			if (memcmp(w->src + from + k, text + i, want) == 0) {
				w->cursor = from + k;
				return from + k;
			}
	}
	return from;
}

static void
owe(struct walk *w, int breaks)
{
	if (w->flat > 0)
		w->space = 1;
	else if (w->pending < breaks)
		w->pending = breaks;
}

/* The blocks, line breaks and cells inside n, counted to most + 1. */
static int
blocks_in(const xmlNode *n, int most)
{
	const xmlNode *c;
	int blocks = 0;

	for (c = n->children; c != NULL && blocks <= most; c = c->next)
		if (c->type == XML_ELEMENT_NODE) {
			if (block(c) || name_is(c, "br") || name_is(c, "td"))
				blocks++;
			blocks += blocks_in(c, most - blocks);
		}
	return blocks;
}

/*
 * 1 if cell n holds one paragraph at most ("<td><p>Approved</p></td>", as
 * Word writes every cell): it reads as a cell of its row, not as lines.
 */
static int
one_paragraph(const xmlNode *n)
{
	return blocks_in(n, 1) <= 1;
}

/* 1 if a list item's text starts with a label: "1.", "(a)", "b)", "-". */
static int
own_label(const char *s, size_t n)
{
	size_t i = 0;

	if (n == 0)
		return 0;
	if (s[0] == '(' || s[0] == '-' || s[0] == '*' ||
	    (unsigned char)s[0] == 0xe2)
		return 1;
	while (i < n && i < 4 && (rd_isdigit((unsigned char)s[i]) ||
	    rd_isalpha((unsigned char)s[i])))
		i++;
	return i > 0 && i < n && (s[i] == '.' || s[i] == ')') &&
	    (rd_isdigit((unsigned char)s[0]) || i <= 3);
}

/*
 * 1 if the text's last line is a minute's number or reference alone:
 * "61", "61.", "ICB/24/061", "FA/31".
 */
static int
minute_cell(const struct buf *text)
{
	size_t e = text->len, a;

	while (e > 0 && text->data[e - 1] == ' ')
		e--;
	for (a = e; a > 0 && text->data[a - 1] != '\n'; a--)
		;
	return rd_minute_cell(text->data + a, e - a, 0);
}

/* A number attribute's value, or 0 when there is none or it is no number. */
static long
number_attr(const xmlNode *n, const char *attr)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
	char *end;
	long num = 0;

	if (v == NULL)
		return 0;
	num = strtol((const char *)v, &end, 10);
	if (end == (char *)v || *end != '\0' || num < 0 || num > 99999)
		num = 0;
	xmlFree(v);
	return num;
}

/*
 * The number a browser shows for list item n, when its list says where
 * its numbers run from: Google Docs and Word write each item's heading as
 * a list of its own, "<ol start="4"><li>Title</li></ol>", so the number is
 * the item's.  0 for a list that leaves the count to the reader.
 */
static long
list_number(const xmlNode *n)
{
	const xmlNode *p;
	long start, count = 0;

	if ((start = number_attr(n, "value")) > 0)
		return start;
	if (!name_is(n->parent, "ol") ||
	    (start = number_attr(n->parent, "start")) <= 0)
		return 0;
	for (p = n->prev; p != NULL; p = p->prev)
		if (p->type == XML_ELEMENT_NODE && name_is(p, "li"))
			count++;
	return start + count;
}

static void
emit_text(struct walk *w, const xmlNode *n)
{
	const char *raw = (const char *)n->content;
	size_t rlen, s, i, a;
	struct buf *b = &w->norm;
	int spaced = 0;		/* white space was read */

	if (raw == NULL)
		return;
	rlen = strlen(raw);
	buf_reset(b);
	text_normalize(raw, rlen, b, NULL);
	if (!w->pre) {
		/* HTML white space: runs become one space */
		size_t o = 0;
		int sp = 0;

		for (i = 0; i < b->len; i++) {
			if (rd_isspace((unsigned char)b->data[i])) {
				sp = spaced = 1;
				continue;
			}
			if (sp && (o > 0 || w->tm->text.len > 0))
				b->data[o++] = ' ';
			sp = 0;
			b->data[o++] = b->data[i];
		}
		if (sp && o > 0)
			b->data[o++] = ' ';
		b->len = o;
		b->data[o] = '\0';
	}
	for (a = 0; a < b->len && b->data[a] == ' '; a++)
		;
	if (a == b->len) {
		/* white space only ("1.<span>&nbsp; </span>To approve"):
		 * at most a space between words */
		if (w->pending == 0 && (b->len > 0 || spaced) &&
		    w->tm->text.len > 0 &&
		    w->tm->text.data[w->tm->text.len - 1] != ' ' &&
		    w->tm->text.data[w->tm->text.len - 1] != '\n')
			tm_repl(w->tm, w->cursor, 0, " ", 1);
		return;
	}
	s = locate(w, n, raw, rlen);
	if (w->cell && w->pending == 0 && w->tm->text.len > 0) {
		/* "61 | Welcome and apologies": the minute's number and its
		 * title, read as the heading "61 Welcome and apologies" */
		if (minute_cell(&w->tm->text) &&
		    rd_isupper((unsigned char)b->data[a]))
			tm_repl(w->tm, s, 0, " ", 1);
		else
			tm_repl(w->tm, s, 0, " | ", 3);
	}
	w->cell = 0;
	if (w->space && w->pending == 0 && w->tm->text.len > 0 &&
	    w->tm->text.data[w->tm->text.len - 1] != ' ' &&
	    w->tm->text.data[w->tm->text.len - 1] != '\n')
		tm_repl(w->tm, s, 0, " ", 1);
	w->space = 0;
	if (w->pending > 0 && w->tm->text.len > 0) {
		tm_repl(w->tm, s, 0, w->pending > 1 ? "\n\n" : "\n",
		    (size_t)(w->pending > 1 ? 2 : 1));
		a = a < b->len ? a : 0;
	} else
		a = 0;
	w->pending = 0;
	/* "- ": the list's points stay apart, as the text's do, unless
	 * they carry labels of their own ("1. That ...") */
	if (w->bullet && !own_label(b->data + a, b->len - a)) {
		char label[24];

		if (w->ordinal > 0)
			snprintf(label, sizeof label, "%ld. ", w->ordinal);
		else
			strcpy(label, "- ");
		tm_repl(w->tm, s, 0, label, strlen(label));
	}
	w->bullet = 0;
	tm_repl(w->tm, s, rlen, b->data + a, b->len - a);
}

static void
walk_tree(struct walk *w, const xmlNode *n, int outside_item)
{
	int flat;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			emit_text(w, n);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (furniture(n, outside_item))
			continue;
		if (name_is(n, "br")) {
			owe(w, 1);
			continue;
		}
		if (block(n))
			owe(w, 2);
		else if (line_break(n))
			owe(w, 1);
		if (name_is(n, "li") && n->parent != NULL &&
		    (name_is(n->parent, "ol") || name_is(n->parent, "ul"))) {
			w->bullet = 1;
			w->ordinal = list_number(n);
		}
		else if (name_is(n, "td") || name_is(n, "th"))
			/* cells of a row stay apart: "Lynn Cawley | Chief
			 * Officer, Healthwatch" is a name, then an office;
			 * an empty cell adds nothing */
			w->cell = 1;
		if (name_is(n, "pre"))
			w->pre++;
		flat = (name_is(n, "td") || name_is(n, "th")) &&
		    one_paragraph(n);
		w->flat += flat;
		walk_tree(w, n->children, outside_item);
		w->flat -= flat;
		if (name_is(n, "pre"))
			w->pre--;
		if (block(n))
			owe(w, 2);
		else if (line_break(n))
			owe(w, 1);
	}
}

/* The element that holds the item: ModernGov's, else <main>, else body. */
static const xmlNode *
find_root(const xmlNode *n, int pass)
{
	const xmlNode *hit;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		switch (pass) {
		case 0:
			if (attr_has(n, "id", "modgov") ||
			    attr_has(n, "class", "mgContent"))
				return n;
			break;
		case 1:
			if (name_is(n, "main") || attr_has(n, "role", "main"))
				return n;
			break;
		case 2:
			if (attr_has(n, "id", "content") ||
			    attr_has(n, "class", "content"))
				return n;
			break;
		default:
			if (name_is(n, "body"))
				return n;
			break;
		}
		if ((hit = find_root(n->children, pass)) != NULL)
			return hit;
	}
	return NULL;
}

static char *
meta_content(const xmlNode *n, const char *attr, const char *value)
{
	char *hit;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, "meta")) {
			xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);

			if (v != NULL && strcasecmp((const char *)v, value) ==
			    0) {
				xmlChar *content = xmlGetProp(n,
				    (const xmlChar *)"content");

				xmlFree(v);
				if (content != NULL) {
					hit = rd_squeeze((const char *)content,
					    strlen((const char *)content));
					xmlFree(content);
					return hit;
				}
				continue;
			}
			xmlFree(v);
		}
		if ((hit = meta_content(n->children, attr, value)) != NULL)
			return hit;
	}
	return NULL;
}

/*
 * The council that ends the page's <title>, as ModernGov sets it:
 * "Agenda item - Local Plan Review - Tellbridge District Council".
 */
static char *
title_council(const xmlNode *n)
{
	xmlChar *text;
	char *hit = NULL, *t;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, "title")) {
			if ((text = xmlNodeGetContent(n)) == NULL)
				return NULL;
			t = rd_squeeze((const char *)text,
			    strlen((const char *)text));
			xmlFree(text);
			if (t == NULL)
				return NULL;
			hit = rd_title_council(t, strlen(t));
			free(t);
			return hit;
		}
		if ((hit = title_council(n->children)) != NULL)
			return hit;
		if (name_is(n, "head"))
			return NULL;
	}
	return NULL;
}

/*
 * The council named by the first element of a banner or footer with text
 * of its own, after any copyright's mark and year; NULL if none.
 */
static char *
first_line_council(const xmlNode *n)
{
	char *hit = NULL, *t;
	xmlChar *v;
	size_t k, len;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE ||
		    (v = xmlNodeGetContent(n)) == NULL)
			continue;
		t = rd_squeeze((const char *)v, strlen((const char *)v));
		xmlFree(v);
		if (t == NULL || t[0] == '\0') {
			free(t);
			continue;
		}
		k = 0;
		if ((len = rd_prefix(t, strlen(t), "\xc2\xa9 ")) != 0) {
			k = len;
			while (rd_isdigit((unsigned char)t[k]))
				k++;
			while (t[k] == ' ')
				k++;
		}
		len = strcspn(t + k, ",|.");
		hit = rd_title_council(t + k, len);
		free(t);
		return hit;
	}
	return NULL;
}

/*
 * The council the page's own furniture names: a logo's text ("Southmere
 * Metropolitan Borough Council logo"), or the first words of a banner,
 * header or footer ("Southmere Metropolitan Borough Council · Town Hall").
 */
static char *
chrome_council(const xmlNode *n)
{
	static const char *const words[] = {
		"banner", "header", "footer", "masthead", "logo",
	};
	char *hit = NULL, *t;
	xmlChar *v;
	size_t i, len;

	for (; n != NULL && hit == NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (name_is(n, "img") && (v = xmlGetProp(n,
		    (const xmlChar *)"alt")) != NULL) {
			len = strlen((const char *)v);
			if (len > 5 && strcasecmp((const char *)v + len - 5,
			    " logo") == 0)
				len -= 5;
			hit = rd_title_council((const char *)v, len);
			xmlFree(v);
			continue;
		}
		for (i = 0; i < sizeof words / sizeof words[0]; i++)
			if (attr_has(n, "class", words[i]) ||
			    attr_has(n, "id", words[i]) || (i < 3 &&
			    name_is(n, words[i])))
				break;
		if (i < sizeof words / sizeof words[0] &&
		    (v = xmlNodeGetContent(n)) != NULL) {
			t = rd_squeeze((const char *)v, strlen((const char *)v));
			xmlFree(v);
			if (t != NULL) {
				len = strcspn(t, ",|\n");
				if (rd_find(t, len, " \xc2\xb7 ") != (size_t)-1)
					len = rd_find(t, len, " \xc2\xb7 ");
				hit = rd_title_council(t, len);
				free(t);
			}
			/* "<p>Eastbridge Council</p><p><a>Search</a> ...":
			 * the banner's first line; "© 2024 Eastbridge
			 * Council. All rights reserved." */
			if (hit == NULL)
				hit = first_line_council(n->children);
			if (hit != NULL)
				break;
		}
		hit = chrome_council(n->children);
	}
	return hit;
}

static int
has_closing_tag(const char *data, size_t len)
{
	size_t from = len > 65536 ? len - 65536 : 0;

	return rd_find(data + from, len - from, "</html") != (size_t)-1 ||
	    rd_find(data + from, len - from, "</body") != (size_t)-1;
}

/* The charset a page declares in its first 4 KB, lower case, or "". */
static void
declared_charset(const char *data, size_t len, char *cs, size_t size)
{
	size_t at = rd_find(data, len < 4096 ? len : 4096, "charset="), i = 0;

	cs[0] = '\0';
	if (at == (size_t)-1)
		return;
	at += 8;
	while (at < len && (data[at] == '"' || data[at] == '\''))
		at++;
	for (; at < len && i + 1 < size; at++) {
		unsigned char ch = (unsigned char)data[at];

		if (!rd_isalpha(ch) && !rd_isdigit(ch) && ch != '-' &&
		    ch != '_')
			break;
		cs[i++] = (char)(rd_isupper(ch) ? ch + 32 : ch);
	}
	cs[i] = '\0';
}

/*
 * libxml2 gives up on the rest of a page at a byte its charset cannot
 * decode (or decodes all that follows as Latin-1).  Such bytes become '?'
 * in a copy, which keeps every offset, and are reported.  NULL when the
 * page needs no copy.
 */
static char *
mend_encoding(struct rctx *c, const char *data, size_t len)
{
	char cs[32], *copy = NULL;
	size_t i, n, bad = 0, first = 0;
	unsigned cp;

	declared_charset(data, len, cs, sizeof cs);
	if (strcmp(cs, "windows-1252") == 0 || strcmp(cs, "cp1252") == 0) {
		for (i = 0; i < len; i++) {
			unsigned char ch = (unsigned char)data[i];

			if (ch != 0x81 && ch != 0x8d && ch != 0x8f &&
			    ch != 0x90 && ch != 0x9d)
				continue;
			if (copy == NULL) {
				copy = xstrndup(data, len);
				first = i;
			}
			copy[i] = '?';
			bad++;
		}
		if (bad > 0)
			rd_reject(c, first, "byte undefined in windows-1252 at "
			    "offset %zu; replaced by '?'", first);
		return copy;
	}
	if (cs[0] != '\0' && strcmp(cs, "utf-8") != 0 &&
	    strcmp(cs, "utf8") != 0)
		return NULL;	/* libxml2 decodes the others */
	for (i = 0; i < len; i += n) {
		if ((unsigned char)data[i] < 0x80) {
			n = 1;
			continue;
		}
		n = text_utf8_decode(data + i, len - i, &cp);
		if (n > 0)
			continue;
		if (copy == NULL) {
			copy = xstrndup(data, len);
			first = i;
		}
		copy[i] = '?';
		n = 1;
	}
	if (copy != NULL)
		rd_reject(c, first, "invalid UTF-8 at offset %zu; replaced by "
		    "'?'", first);
	return copy;
}

/*
 * Word's downlevel conditionals, "<![if !supportLists]>a)<![endif]>",
 * which libxml2 keeps as text: blanked in place (the label between them
 * stays), so offsets and lines hold.  Returns copy, or a new copy of data
 * when copy is NULL and there is something to blank.
 */
static char *
mend_conditionals(char *copy, const char *data, size_t len)
{
	const char *from = copy != NULL ? copy : data;
	size_t i, e;

	for (i = 0; i + 4 < len; i++) {
		if (from[i] != '<' || from[i + 1] != '!' || from[i + 2] != '[')
			continue;
		if (!rd_prefix(from + i + 3, len - i - 3, "if ") &&
		    !rd_prefix(from + i + 3, len - i - 3, "endif]"))
			continue;
		for (e = i; e < len && e - i < 200 && from[e] != '>'; e++)
			;
		if (e == len || from[e] != '>' || from[e - 1] != ']')
			continue;
		if (copy == NULL) {
			copy = xstrndup(data, len);
			from = copy;
		}
		memset(copy + i, ' ', e + 1 - i);
		i = e;
	}
	return copy;
}

/* libxml2 reports some encoding problems on stderr whatever the flags. */
static void
quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void
fragment_text(const xmlNode *n, struct buf *out)
{
	for (; n != NULL; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type ==
		    XML_CDATA_SECTION_NODE) {
			if (n->content != NULL)
				buf_puts(out, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE || furniture(n, 0))
			continue;
		if (block(n))
			buf_puts(out, "\n\n");
		else if (name_is(n, "li"))
			buf_puts(out, "\n- ");
		else if (line_break(n))
			buf_puts(out, "\n");
		fragment_text(n->children, out);
		if (block(n))
			buf_puts(out, "\n\n");
	}
}

char *
reader_html_text(const char *s, size_t n)
{
	static const char *const tags[] = {
		"<p>", "<p ", "</p>", "<br", "<div", "</div>", "<li>",
		"&nbsp;",
	};
	struct buf out = BUF_INIT;
	htmlDocPtr doc;
	size_t i;

	if (memchr(s, '<', n) == NULL && memchr(s, '&', n) == NULL)
		return NULL;
	for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
		if (rd_find(s, n, tags[i]) != (size_t)-1)
			break;
	if (i == sizeof tags / sizeof tags[0] || n > (size_t)0x7fffffff)
		return NULL;
	xmlSetGenericErrorFunc(NULL, quiet);
	doc = htmlReadMemory(s, (int)n, NULL, "UTF-8", HTML_PARSE_RECOVER |
	    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
	    HTML_PARSE_NOIMPLIED);
	if (doc == NULL)
		return NULL;
	fragment_text(doc->children, &out);
	xmlFreeDoc(doc);
	if (out.data == NULL)
		buf_puts(&out, "");
	return buf_steal(&out);
}


int
reader_html(struct rctx *c, const char *data, size_t len)
{
	struct walk w;
	struct tmap tm;
	struct record *seed;
	const xmlNode *root, *top;
	htmlDocPtr doc;
	char *mended;
	size_t i, k;
	int rc = 0, pass;

	if (!has_closing_tag(data, len))
		rd_reject(c, len, "truncated HTML (no closing </html> or "
		    "</body> tag); read what is there");
	if (len > (size_t)0x7fffffff) {
		rd_reject_line(c, 0, 0, "HTML file too large");
		return 0;
	}
	mended = mend_encoding(c, data, len);
	mended = mend_conditionals(mended, data, len);
	xmlSetGenericErrorFunc(NULL, quiet);
	doc = htmlReadMemory(mended ? mended : data, (int)len, NULL, NULL,
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET);
	free(mended);
	if (doc == NULL) {
		rd_reject_line(c, 0, 0, "not parseable as HTML");
		return 0;
	}
	top = xmlDocGetRootElement(doc);
	memset(&w, 0, sizeof w);
	tm_init(&tm);
	w.tm = &tm;
	w.src = data;
	w.len = len;
	w.nlines = 1;
	for (i = 0; i < len; i++)
		w.nlines += data[i] == '\n';
	w.lines = xreallocarray(NULL, w.nlines, sizeof *w.lines);
	w.lines[0] = 0;
	for (i = 0, k = 1; i < len; i++)
		if (data[i] == '\n')
			w.lines[k++] = i + 1;
	root = NULL;
	for (pass = 0; pass < 4; pass++)
		if ((root = find_root(top, pass)) != NULL)
			break;
	/* Without a known container, filter the page's furniture harder. */
	if (root != NULL)
		walk_tree(&w, root->children, pass == 3);
	tm.send = len;

	seed = record_new();
	seed->council = meta_content(top, "property", "og:site_name");
	if (seed->council == NULL)
		seed->council = meta_content(top, "name", "DC.publisher");
	/* "Cyngor Sir X / X County Council": the English name */
	if (seed->council != NULL && (k = rd_english_half(seed->council,
	    strlen(seed->council))) != 0)
		memmove(seed->council, seed->council + k,
		    strlen(seed->council + k) + 1);
	if (seed->council == NULL)
		seed->council = title_council(top);
	if (seed->council == NULL)
		seed->council = chrome_council(top);
	seed->url = meta_content(top, "property", "og:url");
	if (seed->url == NULL)
		seed->url = meta_content(top, "name", "url");
	if (tm.text.len == 0) {
		rd_reject_line(c, 0, 0, "no recognisable agenda item (no "
		    "text)");
		record_free(seed);
	} else if (!reader_text_sniff(tm.text.data, tm.text.len) &&
	    reader_minutes_sniff(&tm)) {
		/* A whole meeting's minutes as a web page. */
		rc = reader_minutes(c, &tm, seed);
		record_free(seed);
	} else
		rc = reader_text_parse(c, &tm, seed);
	tm_free(&tm);
	buf_free(&w.norm);
	free(w.lines);
	xmlFreeDoc(doc);
	return rc;
}
