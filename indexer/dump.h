/*
 * dump.h: govindex --dump: the records of the inputs as JSON Lines on
 * standard output (record_to_json, one object per line), no database.
 */
#ifndef GOV_DUMP_H
#define GOV_DUMP_H

#include <stddef.h>
#include <stdio.h>

#include "reader.h"

/*
 * Reads paths[0..npaths) (files; directories walked recursively in name
 * order, skipping dot files and NAME.meta.json sidecars; "-" for standard
 * input) and writes every record to out.  Problems go to stderr as
 * "PROGNAME: FILE:LINE: msg".  Returns the exit status: 0 all read, 1
 * some input rejected or unreadable, 3 writing out failed.
 */
int dump_run(const char *progname, const struct reader_opts *opts,
    char *const *paths, size_t npaths, FILE *out);

/*
 * Calls fn for every file under path as dump_run walks it (path itself
 * when it is a file or "-").  fn returning nonzero stops the walk and
 * becomes the return value.  Directories that cannot be read are passed
 * to err (with errno's message) and skipped.
 */
int dump_walk(const char *path, int (*fn)(void *ctx, const char *file),
    void (*err)(void *ctx, const char *path, const char *msg), void *ctx);

#endif /* GOV_DUMP_H */
