/*
 * output.c: the formats govsearch prints a result in.  Every format is
 * made from the JSON object search_run() returns, so the command line,
 * batch mode and the HTTP service cannot drift apart.
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "util.h"

#define C_BOLD		"\033[1m"
#define C_DIM		"\033[2m"
#define C_HI		"\033[1;33m"
#define C_OFF		"\033[0m"

static const char *const tsv_fields[] = {
	"rank", "score", "id", "type", "date", "council", "committee",
	"section", "speaker", "title", "url", "snippet", NULL
};

int
output_format_from_name(const char *name)
{
	static const char *const names[] = {
		"text", "json", "jsonl", "tsv", "trec", NULL
	};
	int i;

	for (i = 0; names[i] != NULL; i++) {
		if (strcmp(names[i], name) == 0)
			return i;
	}
	return -1;
}

static const char *
str(const cJSON *obj, const char *key)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsString(it) && it->valuestring ? it->valuestring : NULL;
}

static double
num(const cJSON *obj, const char *key)
{
	const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsNumber(it) ? it->valuedouble : 0;
}

/* Columns a UTF-8 string takes (one per code point). */
static size_t
columns(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	}
	return n;
}

/* A field as one TSV cell: tabs and line breaks become spaces. */
static void
put_cell(struct buf *b, const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		buf_putc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

/* ---- Text ---- */

struct wrap {
	struct buf *out;
	size_t indent;		/* columns at the start of each line */
	size_t width;		/* wrap at */
	size_t col;		/* current column */
	int color;
	struct buf word;	/* pending word, with colour codes */
	size_t wcols;		/* its visible columns */
	int hi;			/* inside a highlight */
};

static void
wrap_flush(struct wrap *w)
{
	if (w->word.len == 0)
		return;
	if (w->col > w->indent && w->col + 1 + w->wcols > w->width) {
		buf_putc(w->out, '\n');
		buf_printf(w->out, "%*s", (int)w->indent, "");
		w->col = w->indent;
	} else if (w->col > w->indent) {
		buf_putc(w->out, ' ');
		w->col++;
	}
	buf_append(w->out, w->word.data, w->word.len);
	w->col += w->wcols;
	buf_reset(&w->word);
	w->wcols = 0;
}

static void
wrap_char(struct wrap *w, char c)
{
	if (c == ' ' || c == '\n' || c == '\t') {
		if (w->hi && w->color)
			buf_puts(&w->word, C_OFF);
		wrap_flush(w);
		if (w->hi && w->color)
			buf_puts(&w->word, C_HI);
		return;
	}
	buf_putc(&w->word, c);
	if (((unsigned char)c & 0xc0) != 0x80)
		w->wcols++;
}

/*
 * Appends text wrapped at width, continuing lines at indent.  With html
 * set, text is a snippet_html: <mark> becomes a colour (or nothing) and
 * entities are unescaped.
 */
static void
put_wrapped(struct buf *out, const char *text, int html, size_t indent,
    size_t width, int color)
{
	static const struct {
		const char *ent;
		char c;
	} ents[] = {
		{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
		{ "&quot;", '"' }, { "&#39;", '\'' }, { "&apos;", '\'' },
	};
	struct wrap w;
	const char *p;
	size_t i, n;

	memset(&w, 0, sizeof(w));
	w.out = out;
	w.indent = indent;
	w.width = width;
	w.col = indent;
	w.color = color;
	for (p = text; *p != '\0';) {
		if (html && strncmp(p, "<mark>", 6) == 0) {
			if (color)
				buf_puts(&w.word, C_HI);
			w.hi = 1;
			p += 6;
			continue;
		}
		if (html && strncmp(p, "</mark>", 7) == 0) {
			if (color)
				buf_puts(&w.word, C_OFF);
			w.hi = 0;
			p += 7;
			continue;
		}
		if (html && *p == '&') {
			for (i = 0; i < sizeof(ents) / sizeof(ents[0]); i++) {
				n = strlen(ents[i].ent);
				if (strncmp(p, ents[i].ent, n) == 0)
					break;
			}
			if (i < sizeof(ents) / sizeof(ents[0])) {
				wrap_char(&w, ents[i].c);
				p += strlen(ents[i].ent);
				continue;
			}
		}
		wrap_char(&w, *p++);
	}
	if (w.hi && color)
		buf_puts(&w.word, C_OFF);
	wrap_flush(&w);
	buf_free(&w.word);
}

static void
text_explain(struct buf *b, const cJSON *ex, size_t indent)
{
	const cJSON *t, *secs, *s;
	const char *f;
	int first = 1;

	buf_printf(b, "%*sscore %.3f = sum of term weights %.3f:", (int)indent,
	    "", num(ex, "score"), num(ex, "terms_sum"));
	cJSON_ArrayForEach(t, cJSON_GetObjectItemCaseSensitive(ex, "terms")) {
		f = str(t, "field");
		buf_printf(b, "\n%*s  %-20s %8.3f  %s%s, in %g documents",
		    (int)indent, "", str(t, "word") ? str(t, "word") : "?",
		    num(t, "weight"), f == NULL || strcmp(f, "text") == 0 ?
		    "all sections" : f, f == NULL || strcmp(f, "text") == 0 ?
		    "" : " only", num(t, "termfreq"));
	}
	secs = cJSON_GetObjectItemCaseSensitive(ex, "sections");
	if (cJSON_GetArraySize(secs) > 0) {
		buf_printf(b, "\n%*sthe query on one section alone:",
		    (int)indent, "");
		cJSON_ArrayForEach(s, secs) {
			buf_printf(b, "%s %s %.3f", first ? "" : ",", s->string,
			    s->valuedouble);
			first = 0;
		}
	}
	buf_putc(b, '\n');
}

static void
text_hit(struct buf *b, const cJSON *hit, size_t rankw, size_t width,
    int color)
{
	const cJSON *m, *res, *r, *ex;
	const char *title, *date, *s, *sec, *spk;
	size_t indent = rankw + 2, tcols, dcols;
	struct buf line = BUF_INIT;

	title = str(hit, "title") ? str(hit, "title") : "(untitled)";
	date = str(hit, "date") ? str(hit, "date") : "";
	buf_printf(b, "%*d. ", (int)rankw, (int)num(hit, "rank"));
	/* Title left, date right-aligned when it fits on the line. */
	tcols = columns(title, strlen(title));
	dcols = columns(date, strlen(date));
	if (color)
		buf_puts(b, C_BOLD);
	if (indent + tcols + 2 + dcols <= width) {
		buf_puts(b, title);
		if (color)
			buf_puts(b, C_OFF);
		buf_printf(b, "%*s%s\n", (int)(width - indent - tcols - dcols),
		    "", date);
	} else {
		put_wrapped(b, title, 0, indent, width, 0);
		if (color)
			buf_puts(b, C_OFF);
		buf_putc(b, '\n');
		if (*date)
			buf_printf(b, "%*s%s\n", (int)indent, "", date);
	}
	s = str(hit, "council");
	if (s != NULL)
		buf_puts(&line, s);
	s = str(hit, "committee");
	if (s != NULL)
		buf_printf(&line, "%s%s", line.len ? " / " : "", s);
	if (color)
		buf_puts(b, C_DIM);
	if (line.len > 0) {
		buf_printf(b, "%*s", (int)indent, "");
		put_wrapped(b, line.data, 0, indent, width, 0);
		buf_putc(b, '\n');
	}
	buf_reset(&line);
	buf_printf(&line, "%s  score %.3f", str(hit, "id") ?
	    str(hit, "id") : "?", num(hit, "score"));
	m = cJSON_GetObjectItemCaseSensitive(hit, "match");
	sec = str(m, "section");
	spk = str(m, "speaker");
	if (sec != NULL || spk != NULL) {
		buf_printf(&line, "  matched %s%s%s%s", sec ? sec : "",
		    spk ? " (" : "", spk ? spk : "", spk ? ")" : "");
	}
	if (num(m, "others") > 0)
		buf_printf(&line, " (+%g more)", num(m, "others"));
	buf_printf(b, "%*s", (int)indent, "");
	put_wrapped(b, line.data, 0, indent + 2, width, 0);
	buf_reset(&line);
	if (color)
		buf_puts(b, C_OFF);
	buf_putc(b, '\n');
	s = str(hit, "snippet_html");
	if (s != NULL && *s != '\0') {
		buf_printf(b, "%*s", (int)indent, "");
		put_wrapped(b, s, 1, indent, width, color);
		buf_putc(b, '\n');
	}
	res = cJSON_GetObjectItemCaseSensitive(hit, "resolutions");
	cJSON_ArrayForEach(r, res) {
		buf_printf(b, "%*s", (int)indent, "");
		buf_printf(&line, "Resolved: %s", str(r, "text") ?
		    str(r, "text") : "");
		if (str(r, "outcome") != NULL)
			buf_printf(&line, " [%s]", str(r, "outcome"));
		put_wrapped(b, line.data, 0, indent + 2, width, 0);
		buf_reset(&line);
		buf_putc(b, '\n');
	}
	s = str(hit, "url");
	if (s != NULL)
		buf_printf(b, "%*s%s\n", (int)indent, "", s);
	ex = cJSON_GetObjectItemCaseSensitive(hit, "explain");
	if (ex != NULL)
		text_explain(b, ex, indent);
	buf_free(&line);
}

static void
text_facets(struct buf *b, const cJSON *facets, size_t width)
{
	const cJSON *f, *v;
	struct buf line = BUF_INIT;
	size_t namew = 0, n;
	int first;

	cJSON_ArrayForEach(f, facets) {
		n = strlen(f->string);
		if (n > namew)
			namew = n;
	}
	buf_puts(b, "\nFacets:\n");
	cJSON_ArrayForEach(f, facets) {
		buf_printf(b, "  %-*s  ", (int)namew, f->string);
		first = 1;
		cJSON_ArrayForEach(v, f) {
			buf_printf(&line, "%s%s (%g)", first ? "" : ", ",
			    str(v, "value") ? str(v, "value") : "",
			    num(v, "count"));
			first = 0;
		}
		put_wrapped(b, line.data ? line.data : "-", 0, namew + 4,
		    width, 0);
		buf_reset(&line);
		buf_putc(b, '\n');
	}
	buf_free(&line);
}

static void
format_text(struct buf *b, const cJSON *res, const struct output_opts *o)
{
	const cJSON *hits, *hit, *facets, *ign, *w;
	size_t width = o->width ? o->width : 80, rankw = 1;
	int maxrank = 0, n, total;
	const char *s;

	hits = cJSON_GetObjectItemCaseSensitive(res, "hits");
	n = cJSON_GetArraySize(hits);
	total = (int)num(res, "total");
	cJSON_ArrayForEach(hit, hits) {
		if ((int)num(hit, "rank") > maxrank)
			maxrank = (int)num(hit, "rank");
	}
	while (maxrank >= 10) {
		rankw++;
		maxrank /= 10;
	}
	w = cJSON_GetObjectItemCaseSensitive(res, "warning");
	if (cJSON_IsString(w))
		buf_printf(b, "Note: %s\n", w->valuestring);
	s = str(res, "suggestion");
	if (s != NULL)
		buf_printf(b, "Did you mean: %s\n", s);
	ign = cJSON_GetObjectItemCaseSensitive(res, "ignored");
	if (cJSON_GetArraySize(ign) > 0) {
		const cJSON *x;
		int first = 1;

		buf_puts(b, "Ignored common words:");
		cJSON_ArrayForEach(x, ign) {
			buf_printf(b, "%s %s", first ? "" : ",",
			    x->valuestring);
			first = 0;
		}
		buf_putc(b, '\n');
	}
	if (n == 0) {
		buf_printf(b, "No %s matched (%.1f ms).\n",
		    strcmp(str(res, "mode") ? str(res, "mode") : "", "passages")
		    == 0 ? "passages" : "items", num(res, "took_ms"));
	} else {
		buf_printf(b, "%d-%d of %s%d %s (%.1f ms)\n\n",
		    (int)num(res, "offset") + 1, (int)num(res, "offset") + n,
		    cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(res,
		    "total_exact")) ? "" : "about ", total,
		    strcmp(str(res, "mode") ? str(res, "mode") : "", "passages")
		    == 0 ? "passages" : "items", num(res, "took_ms"));
	}
	cJSON_ArrayForEach(hit, hits) {
		text_hit(b, hit, rankw, width, o->color);
		if (hit->next != NULL)
			buf_putc(b, '\n');
	}
	facets = cJSON_GetObjectItemCaseSensitive(res, "facets");
	if (facets != NULL)
		text_facets(b, facets, width);
	s = str(res, "parsed");
	if (s != NULL)
		buf_printf(b, "\nQuery: %s\n", s);
}

/* ---- TSV, TREC, JSON ---- */

char *
output_tsv_header(void)
{
	struct buf b = BUF_INIT;
	size_t i;

	for (i = 0; tsv_fields[i] != NULL; i++)
		buf_printf(&b, "%s%s", i ? "\t" : "", tsv_fields[i]);
	return buf_steal(&b);
}

char *
output_tsv_hit(const cJSON *hit)
{
	const cJSON *m = cJSON_GetObjectItemCaseSensitive(hit, "match");
	struct buf b = BUF_INIT;
	size_t i;
	const char *k;

	for (i = 0; tsv_fields[i] != NULL; i++) {
		k = tsv_fields[i];
		if (i > 0)
			buf_putc(&b, '\t');
		if (strcmp(k, "rank") == 0)
			buf_printf(&b, "%d", (int)num(hit, k));
		else if (strcmp(k, "score") == 0)
			buf_printf(&b, "%.6f", num(hit, k));
		else if (strcmp(k, "section") == 0 || strcmp(k, "speaker") == 0)
			put_cell(&b, str(m, k));
		else
			put_cell(&b, str(hit, k));
	}
	if (b.data == NULL)
		buf_puts(&b, "");
	return buf_steal(&b);
}

/* A TREC field: no white space allowed inside. */
static void
put_trec_token(struct buf *b, const char *s)
{
	size_t n;

	if (s == NULL || *s == '\0') {
		buf_putc(b, '-');
		return;
	}
	while (*s != '\0') {
		n = strcspn(s, " \t\n");
		buf_append(b, s, n);
		s += n;
		if (*s != '\0') {
			buf_putc(b, '_');
			s++;
		}
	}
}

static void
format_trec(struct buf *b, const cJSON *res, const char *qid, const char *run)
{
	const cJSON *hit;

	cJSON_ArrayForEach(hit, cJSON_GetObjectItemCaseSensitive(res, "hits")) {
		put_trec_token(b, qid ? qid : "1");
		buf_puts(b, " Q0 ");
		put_trec_token(b, str(hit, "id"));
		buf_printf(b, " %d %.6f ", (int)num(hit, "rank"),
		    num(hit, "score"));
		put_trec_token(b, run ? run : "govsearch");
		buf_putc(b, '\n');
	}
}

static int
write_buf(FILE *f, const struct buf *b)
{
	if (b->len > 0 && fwrite(b->data, 1, b->len, f) != b->len)
		return -1;
	return ferror(f) ? -1 : 0;
}

int
output_trec(FILE *f, const cJSON *result, const char *qid, const char *run)
{
	struct buf b = BUF_INIT;
	int rc;

	format_trec(&b, result, qid, run);
	rc = write_buf(f, &b);
	buf_free(&b);
	return rc;
}

int
output_result(FILE *f, const cJSON *res, const struct output_opts *o)
{
	struct buf b = BUF_INIT;
	const cJSON *hit;
	char *s;
	int rc;

	switch (o->format) {
	case OUTPUT_JSON:
		s = cJSON_Print(res);
		if (s == NULL) {
			errno = ENOMEM;
			return -1;
		}
		buf_puts(&b, s);
		buf_putc(&b, '\n');
		cJSON_free(s);
		break;
	case OUTPUT_JSONL:
		cJSON_ArrayForEach(hit, cJSON_GetObjectItemCaseSensitive(res,
		    "hits")) {
			s = cJSON_PrintUnformatted(hit);
			if (s == NULL) {
				buf_free(&b);
				errno = ENOMEM;
				return -1;
			}
			buf_puts(&b, s);
			buf_putc(&b, '\n');
			cJSON_free(s);
		}
		break;
	case OUTPUT_TSV:
		s = output_tsv_header();
		buf_puts(&b, s);
		buf_putc(&b, '\n');
		free(s);
		cJSON_ArrayForEach(hit, cJSON_GetObjectItemCaseSensitive(res,
		    "hits")) {
			s = output_tsv_hit(hit);
			buf_puts(&b, s);
			buf_putc(&b, '\n');
			free(s);
		}
		break;
	case OUTPUT_TREC:
		format_trec(&b, res, o->qid, o->run);
		break;
	default:
		format_text(&b, res, o);
		break;
	}
	rc = write_buf(f, &b);
	buf_free(&b);
	return rc;
}

char *
output_batch_line(const cJSON *id, cJSON *result, const char *msg,
    const char *error_type)
{
	cJSON *line = cJSON_CreateObject(), *it;
	char *s;

	if (id != NULL)
		cJSON_AddItemToObject(line, "id", cJSON_Duplicate(id, 1));
	else
		cJSON_AddNullToObject(line, "id");
	if (msg != NULL) {
		cJSON_AddStringToObject(line, "error", msg);
		if (error_type != NULL)
			cJSON_AddStringToObject(line, "error_type", error_type);
	} else if (result != NULL) {
		while (result->child != NULL) {
			it = cJSON_DetachItemViaPointer(result, result->child);
			if (strcmp(it->string, "id") == 0) {
				cJSON_Delete(it);
				continue;
			}
			cJSON_AddItemToObject(line, it->string, it);
		}
	}
	cJSON_Delete(result);
	s = cJSON_PrintUnformatted(line);
	cJSON_Delete(line);
	if (s == NULL) {
		fprintf(stderr, "govsearch: out of memory\n");
		exit(3);
	}
	return s;
}
