/*
 * index.h: the indexing engine.  Turns records into Xapian documents (one
 * per agenda item, one per question with its answers, one per resolution)
 * and writes them, replacing changed items and skipping unchanged ones.
 * docs/index-schema.md describes what the documents hold.
 *
 * Threads: a struct index owns the writable database, one or several
 * shards (each its own Xapian database; a record goes to the shard its id
 * hashes to).  Each shard is written by one thread at a time: with one
 * shard, everything below "Writing" is for one thread; with several,
 * index_write() and index_commit_shard() may run at once for different
 * shards, and the rest belongs to one thread while no shard is written.
 * Any number of builders, one per thread, turn records into struct
 * index_out objects for the writers; the configuration they share through
 * the index is read-only once open.
 */
#ifndef GOV_INDEX_H
#define GOV_INDEX_H

#include <stddef.h>

struct record;

/* The sections that carry a weight, in the order --weights names them. */
enum index_field {
	IDX_TITLE = 0,
	IDX_PURPOSE,
	IDX_RESOLUTION,
	IDX_QUESTION,
	IDX_ANSWER,
	IDX_DISCUSSION,
	IDX_NFIELDS
};

struct index_weights {
	unsigned w[IDX_NFIELDS];	/* wdf per occurrence, unprefixed */
};

/* The defaults: title 5, purpose 3, resolution 3, question 2, answer 2,
 * discussion 1 (schema.h WEIGHTS_DEFAULT). */
void index_weights_default(struct index_weights *);
/*
 * Applies "title=6,resolution=4,..." over *w (fields not named keep their
 * value).  Weights are whole numbers from 0 to 100.  0, or -1 with
 * *errmsg (malloc'd) naming the bad part.
 */
int index_weights_parse(const char *spec, struct index_weights *w,
    char **errmsg);
/* All weights as "title=5,purpose=3,..."; malloc'd, the caller frees. */
char *index_weights_format(const struct index_weights *);

enum index_err {
	IDX_OK = 0,
	IDX_EINVAL = -1,	/* bad option (language, weights, stopwords) */
	IDX_ELOCK = -2,		/* another indexer has the database */
	IDX_EDB = -3,		/* any other database error */
	IDX_EIO = -4		/* a file could not be read */
};

struct index_opts {
	const char *db;		/* database directory (created) */
	const char *language;	/* NULL: the database's, else "english" */
	const char *weights;	/* NULL: the database's or the defaults */
	const char *stopwords;	/* files, comma-separated, or NULL */
	const char *vocab;	/* acronym file; NULL: DATADIR/vocab/... */
	unsigned flush_threshold; /* documents Xapian buffers per shard; 0:
				     its default */
	unsigned shards;	/* a new database: its shards; 0: as it is */
	int track_sources;	/* 1: note ids per source */
};

struct index_stats {
	unsigned long added;		/* items new to the database */
	unsigned long replaced;		/* items whose content changed */
	unsigned long unchanged;	/* items skipped by their hash */
	unsigned long deleted;		/* items removed */
	unsigned long rejected;		/* records not indexable */
	unsigned long docs;		/* documents written */
	unsigned long long bytes;	/* text bytes of the records seen */
	unsigned long commits;
};

struct index;

/*
 * Opens (creating if need be) the database and loads the stopwords and
 * the acronym list.  Returns the index or NULL with *rc (enum index_err)
 * and *errmsg (malloc'd) set.  Nothing is written until index_commit().
 */
struct index *index_open(const struct index_opts *, int *rc, char **errmsg);
/* Frees without committing: what was not committed is lost. */
void index_free(struct index *);

/* The language, weights and stopword setting in use (borrowed). */
const char *index_language(const struct index *);
const struct index_weights *index_weights(const struct index *);

/* ---- Building (any thread, one builder per thread) ---- */

struct index_builder;
struct index_out;

/*
 * A builder for ix (borrowed: it must outlive the builder).  It opens its
 * own read-only handle on the database to skip unchanged records early.
 * NULL with *rc and *errmsg on failure.
 */
struct index_builder *index_builder_new(struct index *ix, int *rc,
    char **errmsg);
void index_builder_free(struct index_builder *);

/*
 * Turns rec (borrowed) into its documents.  Always returns an output
 * (owned by the caller, free with index_out_free): a rejected record gives
 * an output that index_write() counts as rejected, with its reason in
 * index_out_error().  A very long record is only checked here and built by
 * index_write(), one document at a time: then index_out_borrows() is 1 and
 * rec must live until the output is written.
 */
struct index_out *index_build(struct index_builder *, const struct record *rec);
int index_out_borrows(const struct index_out *);
void index_out_free(struct index_out *);
/* Text bytes of the record, for MB/s. */
size_t index_out_bytes(const struct index_out *);
/* Why the record was rejected, or NULL (borrowed from out). */
const char *index_out_error(const struct index_out *);
/* The record's id and source (borrowed from out; may be NULL). */
const char *index_out_id(const struct index_out *);

/* ---- Writing (see the threads note above) ---- */

/* How many shards the index has (1: a plain database). */
unsigned index_nshards(const struct index *);
/* The shard out goes to, 0 .. index_nshards() - 1. */
unsigned index_shard_of(const struct index *, const struct index_out *out);
/*
 * Stores out in its shard: adds, replaces (deleting the item's old
 * passages first) or skips it when its content hash is unchanged; counts
 * it in the stats.  out stays the caller's.  0 or an enum index_err with
 * *errmsg.
 */
int index_write(struct index *, const struct index_out *out, char **errmsg);
/* Records written to shard since its last commit. */
unsigned long index_pending(const struct index *, unsigned shard);
/*
 * Commits shard if anything changed in it (documents, deletions,
 * synonyms, metadata): adds its batch's spelling words and sets
 * META_LAST_COMMIT first.
 */
int index_commit_shard(struct index *, unsigned shard, char **errmsg);
/* The same for every shard; *committed (may be NULL) = 1 if any did. */
int index_commit(struct index *, int *committed, char **errmsg);
/* Deletes the item id and its passages; *found = 1 if it was there. */
int index_delete_id(struct index *, const char *id, int *found,
    char **errmsg);
/*
 * Deletes the items whose source file no longer exists and, when the
 * index tracks sources, the items of a source read in full in this run
 * (index_source_read) that the run did not see.  Works on the committed
 * state: commit first.
 */
int index_delete_missing(struct index *, char **errmsg);
/* Notes that the file path was read in full in this run (track_sources). */
void index_source_read(struct index *, const char *path);
/*
 * Forgets the sources read in this run, so index_delete_missing() only
 * removes vanished files (after an interruption or a read error the ids
 * seen are not the whole of a source).
 */
void index_untrack_sources(struct index *);
int index_doccount(struct index *, unsigned *count, char **errmsg);
/*
 * 1 if path is no database yet: missing, empty, or holding only the
 * shards of a sharded database whose making was cut short before its
 * stub was written (they hold no commit).
 */
int index_db_is_new(const char *path);
/* 1 if the database held no document when it was opened. */
int index_was_empty(const struct index *);
/*
 * Rewrites the index as one compact database, as xapian-compact does: a
 * database built by many batches has its B-tree blocks about half full
 * (positions most of all), and compaction halves it in a few seconds; the
 * shards of a sharded index are merged, and the directory becomes a plain
 * database.  The copy is made beside the database (DIR.compacting) and
 * swapped in by one atomic rename, so readers, and a kill at any moment,
 * find either the last commit or its compacted copy.  Commit first; write
 * nothing after.  *done = 1 if it was swapped in (on a system without an
 * atomic exchange the index stays as it is).  0, or an enum index_err
 * with *errmsg.
 */
int index_compact(struct index *, int *done, char **errmsg);
/* Any thread: the counts so far, all shards together. */
void index_get_stats(struct index *, struct index_stats *);
/* Counts n records the reader rejected before they reached a builder. */
void index_count_rejected(struct index *, unsigned long n);

/*
 * One record, built and written on the calling thread (tests, small
 * inputs).  0 or an enum index_err with *errmsg.
 */
int index_add_record(struct index *, const struct record *rec,
    char **errmsg);

/*
 * The boolean term prefix + value, shortened by the rule in schema.h when
 * too long; written over out (reset first).
 */
struct buf;
void index_bool_term(struct buf *out, const char *prefix, const char *val,
    size_t len);

#endif /* GOV_INDEX_H */
