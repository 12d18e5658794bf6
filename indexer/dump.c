/*
 * dump.c: govindex --dump, the reader's output as JSON Lines.
 */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cjson/cJSON.h>

#include "dump.h"
#include "reader.h"
#include "record.h"
#include "util.h"

struct dump {
	const char *progname;
	const struct reader_opts *opts;
	FILE *out;
	int status;		/* exit status so far */
	int write_failed;
	const char *top;	/* the path given that is being read */
	size_t root;		/* bytes of top before what ids name, or 0 */
};

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
skip_name(const char *name)
{
	size_t n = strlen(name);

	/* dot files, and the sidecars read with the files they describe */
	return name[0] == '.' || (n > 10 && strcmp(name + n - 10,
	    ".meta.json") == 0);
}

int
dump_walk(const char *path, int (*fn)(void *, const char *),
    void (*err)(void *, const char *, const char *), void *ctx)
{
	struct stat st;
	struct dirent *de;
	DIR *d;
	char **names = NULL, *child;
	size_t n = 0, i;
	int rc = 0;

	if (strcmp(path, "-") == 0 || stat(path, &st) != 0 ||
	    !S_ISDIR(st.st_mode))
		return fn(ctx, path);	/* the reader says what is wrong */
	d = opendir(path);
	if (d == NULL) {
		err(ctx, path, strerror(errno));
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		if (skip_name(de->d_name))
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_names);
	for (i = 0; i < n; i++) {
		if (rc == 0) {
			size_t len = strlen(path);

			child = xasprintf("%s%s%s", path, len > 0 &&
			    path[len - 1] == '/' ? "" : "/", names[i]);
			rc = dump_walk(child, fn, err, ctx);
			free(child);
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

static int
on_record(void *ctx, struct record *rec)
{
	struct dump *d = ctx;
	cJSON *o = record_to_json(rec);
	char *s = cJSON_PrintUnformatted(o);

	if (s == NULL || fputs(s, d->out) == EOF || putc('\n', d->out) == EOF)
		d->write_failed = 1;
	cJSON_free(s);
	cJSON_Delete(o);
	record_free(rec);
	/* Stop reading when nobody is listening (a closed pipe). */
	return d->write_failed ? 1 : 0;
}

static void
on_reject(void *ctx, const char *path, unsigned long line,
    unsigned long long offset, const char *msg)
{
	struct dump *d = ctx;

	if (line > 0)
		fprintf(stderr, "%s: %s:%lu: %s\n", d->progname, path, line,
		    msg);
	else if (offset > 0)
		fprintf(stderr, "%s: %s: %s (offset %llu)\n", d->progname,
		    path, msg, offset);
	else
		fprintf(stderr, "%s: %s: %s\n", d->progname, path, msg);
}

static void
on_walk_error(void *ctx, const char *path, const char *msg)
{
	struct dump *d = ctx;

	fprintf(stderr, "%s: %s: %s\n", d->progname, path, msg);
	if (d->status == 0)
		d->status = 1;
}

static int
dump_file(void *ctx, const char *path)
{
	struct dump *d = ctx;
	struct reader_opts ro = *d->opts;
	unsigned long nrejected = 0;
	char *errmsg = NULL;
	int rc;

	/* ids name a file from the directory given down */
	ro.id_root = d->root > 0 && strlen(path) > d->root &&
	    strncmp(path, d->top, d->root - 1) == 0 ? d->root : 0;
	rc = reader_read(path, &ro, on_record, on_reject, d, &nrejected,
	    &errmsg);
	if (rc < 0) {
		fprintf(stderr, "%s: %s: %s\n", d->progname, path,
		    errmsg ? errmsg : "cannot read");
		free(errmsg);
		if (d->status == 0)
			d->status = 1;
		return 0;
	}
	if (nrejected > 0 && d->status == 0)
		d->status = 1;
	return d->write_failed ? 1 : 0;
}

int
dump_run(const char *progname, const struct reader_opts *opts,
    char *const *paths, size_t npaths, FILE *out)
{
	struct dump d;
	size_t i;

	reader_init();
	memset(&d, 0, sizeof d);
	d.progname = progname;
	d.opts = opts;
	d.out = out;
	for (i = 0; i < npaths && !d.write_failed; i++) {
		struct stat st;
		size_t len = strlen(paths[i]);

		/* "dir/" of "dir/north/a.txt", when a directory is given */
		d.top = paths[i];
		d.root = strcmp(paths[i], "-") != 0 && stat(paths[i], &st) ==
		    0 && S_ISDIR(st.st_mode) ? len + (len > 0 &&
		    paths[i][len - 1] == '/' ? 0 : 1) : 0;
		dump_walk(paths[i], dump_file, on_walk_error, &d);
	}
	if (fflush(out) == EOF || ferror(out))
		d.write_failed = 1;
	if (d.write_failed) {
		fprintf(stderr, "%s: writing the records failed: %s\n",
		    progname, strerror(errno));
		return 3;
	}
	return d.status;
}
