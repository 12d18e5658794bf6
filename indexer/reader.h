/*
 * reader.h: turns minutes (ModernGov item pages as text or HTML,
 * whole-meeting minutes documents, JSON Lines) into records.
 */
#ifndef GOV_READER_H
#define GOV_READER_H

#include <stddef.h>

struct record;

enum reader_format {
	READER_AUTO = 0,	/* by content and extension */
	READER_TEXT,		/* ModernGov agenda-item page as text */
	READER_HTML,		/* ModernGov agenda-item page as HTML */
	READER_MINUTES,		/* whole-meeting minutes document (text/Markdown) */
	READER_JSONL		/* JSON Lines, optionally gzip'd */
};

struct reader_opts {
	int format;		/* enum reader_format */
	const char *council;	/* metadata the text does not carry; may be NULL */
	const char *committee;
	const char *date;
	const char *url;
	/* JSON Lines field map "id=...,text=...,speaker=...,date=..." or NULL */
	const char *field_map;
	/*
	 * Bytes of the path before the part ids are made of, for a file
	 * found in a directory given: 0 makes ids of the file's base name
	 * ("a.txt#3"); the length of "dir/" in "dir/north/a.txt" makes
	 * them of "north/a.txt", so two directories' files of one name
	 * keep ids of their own.
	 */
	size_t id_root;
};

/*
 * Called for each record read.  The callback takes ownership of rec.
 * Returning nonzero stops reading (reader_read returns that value).
 */
typedef int (*reader_record_cb)(void *ctx, struct record *rec);

/*
 * Called for each piece of input rejected: where is the file path, line
 * (0 if not known) and byte offset; msg says why.  Reading goes on.
 */
typedef void (*reader_reject_cb)(void *ctx, const char *path,
    unsigned long line, unsigned long long offset, const char *msg);

/*
 * Sets up the libraries the readers use (libxml2).  Call it once from the
 * main thread before reading on several threads; reading is then
 * thread-safe (each call has its own state).
 */
void reader_init(void);

/*
 * Checks a --field map ("id=number,text=body,..."): 0, or -1 and *errmsg
 * (malloc'd) saying what is wrong.
 */
int reader_check_field_map(const char *map, char **errmsg);

/* 1 if s is a date the readers understand ("2015-10-19", "19 October 2015"). */
int reader_date_valid(const char *s);

/* The format named by name ("text", "html", "minutes", "jsonl"), or -1. */
int reader_format_from_name(const char *name);
const char *reader_format_name(int format);

/*
 * Reads one file, or standard input if path is "-", calling cb for every
 * record and reject for every rejected piece.  Returns 0, the nonzero
 * value cb returned, or -1 when the file cannot be read at all (*errmsg,
 * malloc'd, says why; reject is not called for that).  *nrejected counts
 * the rejected pieces.
 */
int reader_read(const char *path, const struct reader_opts *opts,
    reader_record_cb cb, reader_reject_cb reject, void *ctx,
    unsigned long *nrejected, char **errmsg);

/*
 * The same on a buffer already in memory (fuzz targets and tests); path
 * names it in messages and record ids.
 */
int reader_read_buffer(const char *path, const char *data, size_t len,
    const struct reader_opts *opts, reader_record_cb cb,
    reader_reject_cb reject, void *ctx, unsigned long *nrejected,
    char **errmsg);

#endif /* GOV_READER_H */
