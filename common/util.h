/*
 * util.h: allocation that never returns NULL, and a growable byte buffer.
 * Out of memory is the one error handled below main(): it prints and exits.
 */
#ifndef GOV_UTIL_H
#define GOV_UTIL_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
/* Checks nmemb * size for overflow. */
void *xreallocarray(void *, size_t nmemb, size_t size);
char *xstrdup(const char *);
/* Copies len bytes and adds a NUL. */
char *xstrndup(const char *, size_t len);
/* A malloc'd formatted string. */
char *xasprintf(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* A growable buffer; data is always NUL-terminated once anything is added. */
struct buf {
	char *data;		/* owned; NULL until the first append */
	size_t len;
	size_t cap;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_append(struct buf *, const void *, size_t);
void buf_puts(struct buf *, const char *);
void buf_putc(struct buf *, int);
void buf_printf(struct buf *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_reset(struct buf *);
/* Hands data over to the caller (never NULL) and empties the buffer. */
char *buf_steal(struct buf *);
void buf_free(struct buf *);

/* Reads a whole file (gzip is decompressed); *data malloc'd. 0 or -errno. */
int util_read_file(const char *path, char **data, size_t *len);

/* 64-bit FNV-1a of data, for stable hashing (shards, content hashes). */
unsigned long long util_hash64(const void *data, size_t len);

#endif /* GOV_UTIL_H */
