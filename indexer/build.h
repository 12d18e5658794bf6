/*
 * build.h: govindex's indexing mode.  Walks the inputs, reads records on
 * several threads, builds documents on several more, and writes them
 * from one, in input order, committing in batches.
 */
#ifndef GOV_BUILD_H
#define GOV_BUILD_H

#include <stddef.h>

#include "reader.h"

/*
 * Records per commit of each writer (each shard) when --batch-size is not
 * given.  Measured on Limerick (6,473 records, one writer, CPU seconds of
 * the whole run, two runs where given): 50 took 23.6, 100 26.7, 250 21.5
 * and 23.3, 500 24.0, 1000 30.0 and 26.9 (peak RSS 53, 54, 64, 82 and
 * 112 MB): above a few hundred records Xapian's buffered changes outgrow
 * the caches and cost more than they save; below, each commit rewrites
 * the same B-tree blocks again (and syncs).  It bounds what Xapian
 * buffers, so the memory.
 */
#define BUILD_BATCH_DEFAULT	250
/* Most shards a new database is written in by default (one per core). */
#define BUILD_SHARDS_MAX	4

struct build_opts {
	const char *progname;	/* for messages: "govindex" */
	const char *db;		/* database directory (required) */
	const char *weights;	/* --weights spec or NULL */
	const char *language;	/* --language or NULL */
	const char *stopwords;	/* --stopwords files or NULL */
	const char *vocab;	/* acronym file or NULL for the shipped one */
	unsigned jobs;		/* worker threads; 0: one per core */
	unsigned batch_size;	/* records per commit; 0: the default */
	unsigned flush_threshold; /* Xapian's; 0: derived from batch_size */
	unsigned shards;	/* a new database: shards written in parallel */
	int delete_missing;	/* remove items whose source is gone */
	char *const *delete_ids; /* --delete: item ids to remove (borrowed) */
	size_t ndelete_ids;
	int json_summary;	/* print the summary as JSON on stdout */
	int quiet;		/* no progress and no summary line */
	struct reader_opts reader; /* format, metadata, field map */
};

/*
 * Runs the indexing mode on paths[0..npaths-1] (files, directories read
 * recursively in name order, "-" for standard input); npaths may be 0
 * for --delete or --delete-missing alone.  Prints progress (when stderr
 * is a terminal), errors and the summary itself, as main's delegate.
 * Returns the exit status: 0 success, 1 some input rejected, 2 bad
 * option value, 3 database or I/O error, 128 + signal when interrupted
 * (what was read before the signal is committed).
 */
int build_run(const struct build_opts *, char *const *paths, size_t npaths);

#endif /* GOV_BUILD_H */
