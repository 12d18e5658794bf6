/*
 * reader.c: the readers' front door.  Reads the input, checks it is text
 * at all, picks the format, loads the sidecar metadata and hands each
 * record on with what it lacks filled in.
 */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <strings.h>
#include <unistd.h>
#include <zlib.h>

#include <cjson/cJSON.h>

#include "reader.h"
#include "reader_int.h"
#include "record.h"
#include "text.h"
#include "util.h"

/* Larger HTML than this is not an agenda-item page. */
#define READER_MAX_HTML		(64 * 1024 * 1024)

static const char *const format_names[] = {
	"auto", "text", "html", "minutes", "jsonl"
};

int
reader_format_from_name(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
		if (strcmp(name, format_names[i]) == 0)
			return (int)i;
	return -1;
}

const char *
reader_format_name(int format)
{
	if (format < 0 || (size_t)format >= sizeof format_names /
	    sizeof format_names[0])
		return "unknown";
	return format_names[format];
}

int
reader_check_field_map(const char *map, char **errmsg)
{
	return reader_field_map_check(map, errmsg);
}

/* ---- Messages ---- */

unsigned long
rd_line_of(const struct rctx *c, size_t off)
{
	unsigned long line = 1;
	const char *p, *end;

	if (c->src == NULL)
		return 0;
	if (off > c->srclen)
		off = c->srclen;
	end = c->src + off;
	for (p = c->src; (p = memchr(p, '\n', (size_t)(end - p))) != NULL;
	    p++)
		line++;
	return line;
}

static void
vreject(struct rctx *c, unsigned long line, size_t off, const char *fmt,
    va_list ap)
{
	char *msg;

	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	c->nrejected++;
	if (c->reject != NULL)
		c->reject(c->ctx, c->path, line, c->off0 + off,
		    msg ? msg : fmt);
	free(msg);
}

void
rd_reject(struct rctx *c, size_t off, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreject(c, c->line0 + rd_line_of(c, off), off, fmt, ap);
	va_end(ap);
}

void
rd_reject_line(struct rctx *c, unsigned long line, size_t off,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreject(c, line, off, fmt, ap);
	va_end(ap);
}

/* ---- Records ---- */

static void
fill(char **dst, const char *a, const char *b)
{
	if (*dst != NULL)
		return;
	if (a != NULL)
		*dst = xstrdup(a);
	else if (b != NULL)
		*dst = xstrdup(b);
}

/* The ISO date of a time since 1970 in seconds (10 digits) or
 * milliseconds (13), bare or as .NET writes it, "/Date(...)/"; or NULL. */
static char *
epoch_date(const char *s)
{
	size_t n;
	long long v = 0;
	time_t t;
	struct tm tm;
	char iso[16];

	if (strncmp(s, "/Date(", 6) == 0)
		s += 6;
	n = strspn(s, "0123456789");
	if ((n != 10 && n != 13) || (s[n] != '\0' && s[n] != ')' &&
	    s[n] != '+' && s[n] != '-'))
		return NULL;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	if (n == 13)
		v /= 1000;
	t = (time_t)v;
	if (gmtime_r(&t, &tm) == NULL || strftime(iso, sizeof iso,
	    "%Y-%m-%d", &tm) == 0)
		return NULL;
	return xstrdup(iso);
}

/* An ISO date from whatever a sidecar, flag or JSON field said. */
static char *
iso_date(const char *s)
{
	size_t used;
	char *d;

	if (s == NULL)
		return NULL;
	/* "20240213", as some exports write a date */
	if (strlen(s) == 8 && strspn(s, "0123456789") == 8) {
		char iso[11];

		memcpy(iso, s, 4);
		iso[4] = '-';
		memcpy(iso + 5, s + 4, 2);
		iso[7] = '-';
		memcpy(iso + 8, s + 6, 2);
		iso[10] = '\0';
		return rd_parse_date(iso, 10, &used);
	}
	/* 1709575200000, "/Date(1709575200000)/": the time since 1970,
	 * in seconds or milliseconds, as JSON exports give a date */
	if ((d = epoch_date(s)) != NULL)
		return d;
	d = rd_parse_date(s, strlen(s), &used);
	if (d == NULL) {
		/* "04-Mar-2024" */
		char *spaced = xstrdup(s), *p;

		for (p = spaced; *p != '\0'; p++)
			if (*p == '-')
				*p = ' ';
		d = rd_parse_date(spaced, strlen(spaced), &used);
		free(spaced);
	}
	if (d == NULL)
		d = rd_find_date(s, strlen(s));
	return d;
}

/* The ids of one file: an open-addressing hash set. */
static int
id_seen(const struct rctx *c, const char *id)
{
	size_t i;

	if (c->idcap == 0)
		return 0;
	i = (size_t)util_hash64(id, strlen(id)) & (c->idcap - 1);
	while (c->idtab[i] != NULL) {
		if (strcmp(c->idtab[i], id) == 0)
			return 1;
		i = (i + 1) & (c->idcap - 1);
	}
	return 0;
}

static void
id_add(struct rctx *c, const char *id)
{
	size_t i, j, oldcap = c->idcap;
	char **old = c->idtab;

	if ((c->nids + 1) * 2 > c->idcap) {
		c->idcap = oldcap ? oldcap * 2 : 64;
		c->idtab = xcalloc(c->idcap, sizeof *c->idtab);
		c->nids = 0;
		for (j = 0; j < oldcap; j++)
			if (old[j] != NULL) {
				i = (size_t)util_hash64(old[j],
				    strlen(old[j])) & (c->idcap - 1);
				while (c->idtab[i] != NULL)
					i = (i + 1) & (c->idcap - 1);
				c->idtab[i] = old[j];
				c->nids++;
			}
		free(old);
	}
	i = (size_t)util_hash64(id, strlen(id)) & (c->idcap - 1);
	while (c->idtab[i] != NULL)
		i = (i + 1) & (c->idcap - 1);
	c->idtab[i] = xstrdup(id);
	c->nids++;
}

int
rd_emit(struct rctx *c, struct record *rec)
{
	char *id, *d;
	int rc, dup = 1;

	if (rec->source == NULL)
		rec->source = xstrdup(c->path);
	fill(&rec->council, c->side.council, c->opts->council);
	fill(&rec->committee, c->side.committee, c->opts->committee);
	fill(&rec->url, c->side.url, c->opts->url);
	fill(&rec->title, c->side.title, NULL);
	if (rec->date == NULL) {
		rec->date = iso_date(c->side.date);
		if (rec->date == NULL)
			rec->date = iso_date(c->opts->date);
	} else if ((d = iso_date(rec->date)) != NULL) {
		free(rec->date);
		rec->date = d;
	} else {
		/* not a date we can read: better none than a wrong one */
		free(rec->date);
		rec->date = NULL;
	}
	if (!rec->routine)
		rec->routine = rd_is_routine(rec->title);
	/* A title may be the reference itself ("Ord. No. 29-96"). */
	if (rec->title != NULL)
		rd_find_refs(rec, rec->title, strlen(rec->title));
	if (rec->id == NULL)
		rec->id = rec->item ? xasprintf("%s#%s", c->base, rec->item) :
		    xstrdup(c->base);
	/* Two items numbered alike in one file still get two ids. */
	id = xstrdup(rec->id);
	while (id_seen(c, id)) {
		free(id);
		id = xasprintf("%s-%d", rec->id, ++dup);
	}
	free(rec->id);
	rec->id = id;
	id_add(c, id);
	c->nrecords++;
	rc = c->cb != NULL ? c->cb(c->ctx, rec) : (record_free(rec), 0);
	if (rc != 0)
		c->stop = rc;
	return rc;
}

int
reader_date_valid(const char *s)
{
	size_t used;
	char *d = rd_parse_date(s, strlen(s), &used);
	int ok = d != NULL && used == strlen(s);

	free(d);
	return ok;
}

/* ---- Sidecar metadata ---- */

static void
meta_clear(struct rd_meta *m)
{
	free(m->council);
	free(m->committee);
	free(m->date);
	free(m->url);
	free(m->title);
	memset(m, 0, sizeof *m);
}

static void
meta_str(const cJSON *o, const char *name, char **dst)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);

	if (cJSON_IsString(v) && v->valuestring[0] != '\0')
		*dst = xstrdup(v->valuestring);
}

/* NAME.meta.json next to NAME.txt, or NAME.txt.meta.json. */
static void
load_sidecar(struct rctx *c)
{
	char *cand[2], *data = NULL, *dot, *slash;
	const char *end = NULL;
	cJSON *o;
	size_t len, i;

	cand[0] = xasprintf("%s.meta.json", c->path);
	cand[1] = xstrdup(c->path);
	if ((len = strlen(cand[1])) > 3 && strcmp(cand[1] + len - 3,
	    ".gz") == 0)
		cand[1][len - 3] = '\0';
	dot = strrchr(cand[1], '.');
	slash = strrchr(cand[1], '/');
	if (dot != NULL && (slash == NULL || dot > slash)) {
		*dot = '\0';
		dot = cand[1];
		cand[1] = xasprintf("%s.meta.json", dot);
		free(dot);
	} else {
		free(cand[1]);
		cand[1] = NULL;
	}
	for (i = 0; i < 2; i++) {
		if (cand[i] == NULL || access(cand[i], R_OK) != 0)
			continue;
		if (util_read_file(cand[i], &data, &len) < 0)
			continue;
		o = cJSON_ParseWithOpts(data, &end, 1);
		if (!cJSON_IsObject(o)) {
			c->nrejected++;
			if (c->reject != NULL)
				c->reject(c->ctx, cand[i], 1, end && o == NULL ?
				    (unsigned long long)(end - data) : 0,
				    "sidecar is not a JSON object; ignored");
		} else {
			meta_str(o, "council", &c->side.council);
			meta_str(o, "committee", &c->side.committee);
			meta_str(o, "date", &c->side.date);
			meta_str(o, "url", &c->side.url);
			meta_str(o, "title", &c->side.title);
		}
		cJSON_Delete(o);
		free(data);
		break;
	}
	free(cand[0]);
	free(cand[1]);
}

/* ---- Formats ---- */

static const char *
extension(const char *path, char *buf, size_t bufsize)
{
	const char *slash = strrchr(path, '/'), *dot;
	size_t len;

	snprintf(buf, bufsize, "%s", slash ? slash + 1 : path);
	len = strlen(buf);
	if (len > 3 && strcmp(buf + len - 3, ".gz") == 0)
		buf[len - 3] = '\0';
	dot = strrchr(buf, '.');
	return dot ? dot + 1 : "";
}

static int
sniff(const char *path, const char *data, size_t len)
{
	char buf[256];
	const char *ext = extension(path, buf, sizeof buf);
	size_t i;

	if (strcasecmp(ext, "jsonl") == 0 || strcasecmp(ext, "ndjson") == 0 ||
	    strcasecmp(ext, "json") == 0)
		return READER_JSONL;
	if (strcasecmp(ext, "html") == 0 || strcasecmp(ext, "htm") == 0 ||
	    strcasecmp(ext, "xhtml") == 0 || strcasecmp(ext, "aspx") == 0)
		return READER_HTML;
	for (i = 0; i < len && rd_isspace((unsigned char)data[i]); i++)
		;
	if (i + 3 <= len && memcmp(data + i, "\xef\xbb\xbf", 3) == 0)
		i += 3;
	if (i < len && data[i] == '{')
		return READER_JSONL;
	if (reader_html_sniff(data, len))
		return READER_HTML;
	if (strcasecmp(ext, "md") == 0 || strcasecmp(ext, "markdown") == 0)
		return READER_MINUTES;
	return reader_text_sniff(data, len) ? READER_TEXT : READER_MINUTES;
}

/* Rejects lines too long for the text formats (they are then skipped). */
static void
check_lines(struct rctx *c, const char *data, size_t len)
{
	size_t pos = 0;
	unsigned long line = 1;

	while (pos < len) {
		const char *nl = memchr(data + pos, '\n', len - pos);
		size_t eol = nl ? (size_t)(nl - data) : len;

		if (eol - pos > READER_MAX_LINE)
			rd_reject_line(c, line, pos, "line of %zu bytes is "
			    "longer than %d; skipped", eol - pos,
			    READER_MAX_LINE);
		pos = eol + 1;
		line++;
	}
}

/*
 * What a file that is no text is, from its first bytes, and what to do
 * with it; NULL when they say nothing.  Minutes are often published as PDF
 * or Word files, and "binary file" alone does not say how to read them.
 */
static const char *
document_kind(const char *data, size_t len)
{
	static const struct {
		const char *magic;
		size_t n;
		const char *what;
	} kinds[] = {
		{ "%PDF-", 5, "a PDF document; give govindex its text "
		    "(pdftotext -layout FILE)" },
		{ "PK\3\4", 4, "a ZIP archive (a Word .docx or OpenDocument "
		    "file?); save it as text or HTML" },
		{ "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "an old Office "
		    "document (.doc?); save it as text or HTML" },
		{ "{\\rtf", 5, "an RTF document; save it as text or HTML" },
		{ "\xff\xfe", 2, "UTF-16 text; convert it to UTF-8 "
		    "(iconv -f UTF-16 -t UTF-8)" },
		{ "\xfe\xff", 2, "UTF-16 text; convert it to UTF-8 "
		    "(iconv -f UTF-16 -t UTF-8)" },
	};
	size_t k;

	for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
		if (len >= kinds[k].n &&
		    memcmp(data, kinds[k].magic, kinds[k].n) == 0)
			return kinds[k].what;
	return NULL;
}

static int
read_data(struct rctx *c, const char *data, size_t len)
{
	struct tmap tm;
	size_t i, bad;
	const char *nul, *kind;
	int format, rc = 0;

	c->src = data;
	c->srclen = len;
	for (i = 0; i < len && rd_isspace((unsigned char)data[i]); i++)
		;
	if (i == len) {
		rd_reject_line(c, 0, 0, "empty file");
		return 0;
	}
	kind = document_kind(data, len);
	if (kind != NULL) {
		rd_reject(c, 0, "not minutes as text: %s", kind);
		return 0;
	}
	nul = memchr(data, '\0', len);
	if (nul != NULL) {
		rd_reject(c, (size_t)(nul - data), "binary file (NUL byte at "
		    "offset %zu)", (size_t)(nul - data));
		return 0;
	}
	format = c->opts->format;
	if (format == READER_AUTO)
		format = sniff(c->path, data, len);
	/* The HTML reader reports its own bad bytes, which it reads as '?'. */
	if (format != READER_HTML && !text_utf8_valid(data, len, &bad))
		rd_reject(c, bad, "invalid UTF-8 at offset %zu; read as "
		    "Windows-1252", bad);
	switch (format) {
	case READER_JSONL:
		rc = reader_jsonl(c, data, len);
		break;
	case READER_HTML:
		if (len > READER_MAX_HTML) {
			rd_reject_line(c, 0, 0, "HTML file of %zu bytes is "
			    "too large", len);
			break;
		}
		rc = reader_html(c, data, len);
		break;
	case READER_TEXT:
	case READER_MINUTES:
	default:
		check_lines(c, data, len);
		tm_init(&tm);
		tm_build_clean(&tm, data, len);
		if (format == READER_TEXT)
			rc = reader_text_parse(c, &tm, NULL);
		else
			rc = reader_minutes(c, &tm, NULL);
		tm_free(&tm);
		break;
	}
	return rc;
}

static void
ctx_init(struct rctx *c, const char *path, const struct reader_opts *opts,
    reader_record_cb cb, reader_reject_cb reject, void *ctx)
{
	const char *slash = strrchr(path, '/');

	memset(c, 0, sizeof *c);
	c->path = path;
	if (opts->id_root > 0 && opts->id_root < strlen(path) &&
	    strcmp(path, "-") != 0)
		c->base = xstrdup(path + opts->id_root);
	else
		c->base = xstrdup(strcmp(path, "-") == 0 ? "stdin" :
		    slash ? slash + 1 : path);
	c->opts = opts;
	c->cb = cb;
	c->reject = reject;
	c->ctx = ctx;
}

static void
ctx_free(struct rctx *c)
{
	size_t i;

	for (i = 0; i < c->idcap; i++)
		free(c->idtab[i]);
	free(c->idtab);
	free(c->base);
	meta_clear(&c->side);
}

int
reader_read_buffer(const char *path, const char *data, size_t len,
    const struct reader_opts *opts, reader_record_cb cb,
    reader_reject_cb reject, void *ctx, unsigned long *nrejected,
    char **errmsg)
{
	static const struct reader_opts defaults;
	struct rctx c;
	char *copy, *map_err = NULL;
	int rc;

	if (errmsg != NULL)
		*errmsg = NULL;
	if (nrejected != NULL)
		*nrejected = 0;
	if (opts == NULL)
		opts = &defaults;
	if (opts->field_map != NULL &&
	    reader_field_map_check(opts->field_map, &map_err) < 0) {
		if (errmsg != NULL)
			*errmsg = map_err;
		else
			free(map_err);
		return -1;
	}
	ctx_init(&c, path, opts, cb, reject, ctx);
	/* The parsers want a NUL after the data. */
	copy = xmalloc(len + 1);
	memcpy(copy, data, len);
	copy[len] = '\0';
	rc = read_data(&c, copy, len);
	free(copy);
	if (nrejected != NULL)
		*nrejected = c.nrejected;
	ctx_free(&c);
	return rc;
}

/* JSON Lines are read this many bytes at a time (whole lines). */
#define JSONL_PIECE	(4 * 1024 * 1024)

/* A piece of JSON Lines, NUL-terminated: what read_data checks, then read. */
static int
read_piece(struct rctx *c, const char *data, size_t len, int *seen,
    int *badutf)
{
	const char *nul;
	size_t i, bad;

	c->src = data;
	c->srclen = len;
	for (i = 0; !*seen && i < len; i++)
		*seen = !rd_isspace((unsigned char)data[i]);
	nul = memchr(data, '\0', len);
	if (nul != NULL) {
		rd_reject(c, (size_t)(nul - data), "binary file (NUL byte at "
		    "offset %llu)", c->off0 + (unsigned long long)(nul - data));
		return 1;
	}
	if (!*badutf && !text_utf8_valid(data, len, &bad)) {
		*badutf = 1;
		rd_reject(c, bad, "invalid UTF-8 at offset %llu; read as "
		    "Windows-1252", c->off0 + (unsigned long long)bad);
	}
	return reader_jsonl(c, data, len);
}

/*
 * Reads path a piece at a time when it holds JSON Lines (by the option, or
 * sniffed from its first piece), so memory does not grow with the file
 * (a corpus export can be hundreds of megabytes).  Returns 1 when it is
 * another format (for read_data), else the reader's value, or -1 with
 * *ioerr = -errno.
 */
static int
read_jsonl_pieces(struct rctx *c, const char *path, int *ioerr)
{
	struct buf b = BUF_INIT;
	char chunk[65536], save;
	size_t want = JSONL_PIECE, cut;
	int n, err, eof = 0, first = 1, seen = 0, badutf = 0, rc = 0;
	unsigned long nl;
	gzFile gz;

	gz = gzopen(path, "rb");
	if (gz == NULL) {
		*ioerr = errno ? -errno : -ENOMEM;
		return -1;
	}
	gzbuffer(gz, 131072);
	for (;;) {
		while (!eof && b.len < want) {
			n = gzread(gz, chunk, sizeof chunk);
			if (n < 0) {
				gzerror(gz, &err);
				*ioerr = err == Z_ERRNO && errno ? -errno : -EIO;
				rc = -1;
				goto out;
			}
			if (n == 0)
				eof = 1;
			else
				buf_append(&b, chunk, (size_t)n);
		}
		if (first) {
			size_t k = 0;

			first = 0;
			if ((c->opts->format == READER_AUTO ? sniff(path,
			    b.data ? b.data : "", b.len) : c->opts->format) !=
			    READER_JSONL) {
				rc = 1;
				goto out;
			}
			/* a JSON array of records, as an open-data portal
			 * exports them: read whole */
			if (b.len >= 3 && memcmp(b.data, "\xef\xbb\xbf", 3) == 0)
				k = 3;
			while (k < b.len && rd_isspace((unsigned char)b.data[k]))
				k++;
			if (k < b.len && b.data[k] == '[') {
				rc = 1;
				goto out;
			}
		}
		/* Whole lines: the last, unfinished one waits for more. */
		cut = b.len;
		while (!eof && cut > 0 && b.data[cut - 1] != '\n')
			cut--;
		if (!eof && cut == 0) {
			want = b.len * 2;	/* a line longer than a piece */
			continue;
		}
		want = JSONL_PIECE;
		if (cut > 0) {
			save = b.data[cut];
			b.data[cut] = '\0';
			rc = read_piece(c, b.data, cut, &seen, &badutf);
			b.data[cut] = save;
			if (rc != 0) {
				if (rc > 0 && c->stop == 0)
					rc = 0;	/* the NUL byte: rejected */
				goto out;
			}
			for (nl = 0, n = 0; (size_t)n < cut; n++)
				nl += b.data[n] == '\n';
			c->line0 += nl;
			c->off0 += cut;
			memmove(b.data, b.data + cut, b.len - cut + 1);
			b.len -= cut;
		}
		if (eof && b.len == 0)
			break;
	}
	if (!seen)
		rd_reject_line(c, 0, 0, "empty file");
out:
	c->src = NULL;
	c->srclen = 0;
	gzclose(gz);
	buf_free(&b);
	return rc;
}

/* Standard input, gunzipped when it is gzip. */
static int
read_stdin(char **data, size_t *len)
{
	struct buf b = BUF_INIT;
	char chunk[65536];
	gzFile gz;
	int fd, n, err;

	*data = NULL;
	*len = 0;
	fd = dup(STDIN_FILENO);
	if (fd < 0)
		return -errno;
	gz = gzdopen(fd, "rb");
	if (gz == NULL) {
		close(fd);
		return -ENOMEM;
	}
	while ((n = gzread(gz, chunk, sizeof chunk)) > 0)
		buf_append(&b, chunk, (size_t)n);
	if (n < 0) {
		gzerror(gz, &err);
		gzclose(gz);
		buf_free(&b);
		return err == Z_ERRNO && errno ? -errno : -EIO;
	}
	gzclose(gz);
	*len = b.len;
	*data = buf_steal(&b);
	return 0;
}

int
reader_read(const char *path, const struct reader_opts *opts,
    reader_record_cb cb, reader_reject_cb reject, void *ctx,
    unsigned long *nrejected, char **errmsg)
{
	static const struct reader_opts defaults;
	struct rctx c;
	char *data = NULL, *map_err = NULL;
	size_t len = 0;
	int rc, err, stdin_ = strcmp(path, "-") == 0;

	if (errmsg != NULL)
		*errmsg = NULL;
	if (nrejected != NULL)
		*nrejected = 0;
	if (opts == NULL)
		opts = &defaults;
	if (opts->field_map != NULL &&
	    reader_field_map_check(opts->field_map, &map_err) < 0) {
		if (errmsg != NULL)
			*errmsg = map_err;
		else
			free(map_err);
		return -1;
	}
	ctx_init(&c, path, opts, cb, reject, ctx);
	if (!stdin_)
		load_sidecar(&c);
	err = 0;
	rc = stdin_ ? 1 : read_jsonl_pieces(&c, path, &err);
	if (rc == 1) {
		err = stdin_ ? read_stdin(&data, &len) :
		    util_read_file(path, &data, &len);
		rc = err < 0 ? -1 : read_data(&c, data, len);
	}
	if (err < 0 && errmsg != NULL)
		*errmsg = xstrdup(strerror(-err));
	if (nrejected != NULL)
		*nrejected = c.nrejected;
	ctx_free(&c);
	free(data);
	return rc;
}
