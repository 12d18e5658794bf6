/*
 * record.h: one agenda item as the reader understands it, and its JSON
 * form (the `govindex --dump` contract, docs/record-format.md).
 *
 * A record owns every string and array it points to; record_free() frees
 * them all.  Strings are NUL-terminated UTF-8; NULL means "not known".
 */
#ifndef GOV_RECORD_H
#define GOV_RECORD_H

#include <stddef.h>
#include <cjson/cJSON.h>

enum rec_section_type {
	SEC_AGENDA = 0,		/* title and purpose */
	SEC_QUESTION,		/* a member's question or comment */
	SEC_ANSWER,		/* an officer's or cabinet member's reply */
	SEC_RESOLUTION,		/* one resolved point */
	SEC_DISCUSSION		/* everything else of the body */
};

struct rec_section {
	enum rec_section_type type;
	char *text;		/* normalised text of the section */
	size_t start, end;	/* byte span in the source, [start, end) */
	char *speaker;		/* display name: "Councillor O Gunn" */
	char *speaker_key;	/* normalised: "o gunn"; surname alone: "gunn" */
	char *role;		/* officer role: "Head of Children's Services" */
	int answers;		/* for an answer: index of its question, else -1 */
	char *proposer;		/* resolutions: proposer and seconder if stated */
	char *seconder;
	char *outcome;		/* resolutions: noted, agreed, deferred, ... */
};

struct rec_speaker {
	char *name;		/* as written, with title: "Mrs A Gunn" */
	char *title;		/* "Councillor", "Mrs", "Mr", ... or NULL */
	char *key;		/* normalised key: "a gunn" */
	char *role;		/* officer role, or NULL */
};

struct rec_acronym {
	char *abbr;		/* "CSE" */
	char *expansion;	/* "Child Sexual Exploitation" */
};

struct record {
	char *id;		/* stable id */
	char *title;
	char *purpose;
	char *council;
	char *committee;
	char *date;		/* ISO 8601 YYYY-MM-DD */
	char *url;
	char *source;		/* source path ("-" for standard input) */
	char *item;		/* item number as written: "5", "3a" */
	int routine;		/* 1: apologies, minutes of last meeting, ... */
	int has_seq;		/* 1: the record is one turn of a meeting's
				 * conversation (a transcript), at seq */
	long seq;		/* its position there, 0 to RECORD_SEQ_MAX */
	char **refs;		/* reference numbers found in the text */
	size_t nrefs;
	struct rec_section *sections;
	size_t nsections;
	struct rec_speaker *speakers;
	size_t nspeakers;
	struct rec_acronym *acronyms;
	size_t nacronyms;
};

/* Largest turn number a record may carry. */
#define RECORD_SEQ_MAX	2147483647L

/* A new zeroed record; exits on out of memory (xmalloc). */
struct record *record_new(void);
void record_free(struct record *);

/* Appends a zeroed section of type (answers = -1); returns it (borrowed). */
struct rec_section *record_add_section(struct record *, enum rec_section_type);
/* Adds a speaker unless one with the same key is there; returns its index. */
size_t record_add_speaker(struct record *, const char *name,
    const char *title, const char *key, const char *role);
/* Adds an acronym unless already there. */
void record_add_acronym(struct record *, const char *abbr,
    const char *expansion);
void record_add_ref(struct record *, const char *ref);

/* "agenda", "question", ... */
const char *record_section_name(enum rec_section_type);
/* The type named by name, or -1. */
int record_section_type(const char *name);

/*
 * A turn number from JSON: a whole number or a string of digits, 0 to
 * RECORD_SEQ_MAX.  Returns 0 with *seq set, or -1 when v is neither.
 */
int record_seq_from_json(const cJSON *v, long *seq);

/* The record as a JSON object (caller frees with cJSON_Delete). */
cJSON *record_to_json(const struct record *);
/*
 * A record from its JSON form (as record_to_json writes it).  Returns NULL
 * and sets *errmsg (malloc'd) when a field has the wrong type.
 */
struct record *record_from_json(const cJSON *, char **errmsg);

#endif /* GOV_RECORD_H */
