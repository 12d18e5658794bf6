/*
 * schema.h: the index schema shared by govindex and govsearch.  Every term
 * prefix, value slot and metadata key is named here once; docs/index-schema.md
 * describes them for people.
 */
#ifndef GOV_SCHEMA_H
#define GOV_SCHEMA_H

/* Bumped when documents written by an older govindex cannot be read. */
#define SCHEMA_VERSION		"1"

/* ---- Free-text prefixes (each section is also indexed unprefixed) ---- */
#define PFX_TITLE		"S"
#define PFX_PURPOSE		"XP"
#define PFX_QUESTION		"XQ"
#define PFX_ANSWER		"XA"
#define PFX_RESOLUTION		"XR"
#define PFX_DISCUSSION		"XD"

/* ---- Boolean (filter) prefixes: values are lower-cased ---- */
#define PFX_ID			"Q"	/* unique document id */
#define PFX_ITEM		"XI"	/* the item id a passage belongs to */
#define PFX_SOURCE		"XF"	/* source path, for --delete-missing */
#define PFX_COUNCIL		"XC"
#define PFX_COMMITTEE		"XM"
#define PFX_YEAR		"Y"
#define PFX_DATE		"D"	/* YYYYMMDD */
#define PFX_TYPE		"XT"	/* item, question, answer, resolution, routine */
#define PFX_SPEAKER		"XS"	/* normalised key ("o gunn") and surname */
#define PFX_OUTCOME		"XO"
#define PFX_REF			"XK"	/* reference numbers, normalised */
#define PFX_OWN_REF		"XN"	/* those of them in the item's title */
#define PFX_HASH		"XH"	/* content hash of an item (16 hex digits) */

/*
 * Xapian refuses terms longer than 245 bytes.  A boolean term (prefix and
 * value) longer than SCHEMA_MAX_TERM bytes keeps its first
 * SCHEMA_MAX_TERM - 17 bytes (a byte cut, not a character cut) and ends
 * with '#' and the 16 lower-case hex digits of util_hash64() of the whole
 * value (prefix excluded), so it is exactly SCHEMA_MAX_TERM bytes long.  Long
 * PFX_SOURCE terms are mapped back to their path by the metadata key
 * META_SOURCE_MAP followed by that 16-digit hash.
 */
#define SCHEMA_MAX_TERM		240

/* Passage ids: the item id followed by one of these and a 1-based number. */
#define PASSAGE_QUESTION	"#q"
#define PASSAGE_RESOLUTION	"#r"
#define PASSAGE_PART		"#p"	/* a long item's text past 256 KiB */

/* Document types (values of PFX_TYPE and VAL_TYPE). */
#define TYPE_ITEM		"item"
#define TYPE_QUESTION		"question"
#define TYPE_ANSWER		"answer"
#define TYPE_RESOLUTION		"resolution"
#define TYPE_ROUTINE		"routine"
#define TYPE_PART		"part"	/* stored type only; its terms say item */

/* ---- Value slots ---- */
enum schema_slot {
	VAL_DATE = 0,		/* YYYYMMDD, sorts and ranges */
	VAL_YEAR = 1,		/* YYYY */
	VAL_COUNCIL = 2,	/* display form, for facets */
	VAL_COMMITTEE = 3,
	VAL_TYPE = 4,		/* one of TYPE_* */
	VAL_ITEM = 5,		/* item id: the collapse key */
	VAL_SPEAKER = 6,	/* display name of the passage's speaker */
	VAL_HASH = 7,		/* content hash of the item's record */
	VAL_OUTCOME = 8,
	VAL_INDEXED = 9,	/* when the record was added or changed, sortable */
	VAL_ROUTINE = 10,	/* "1" for routine items */
	VAL_TURN = 11,		/* a transcript's turn: TURN_VALUE_LEN */
	/* Items only, for "related" links without reading stored data: */
	VAL_LINK = 12,		/* "id<TAB>date<TAB>title" (tabs in them: spaces) */
	VAL_REFS = 13		/* the item's PFX_REF terms, '\n'-separated */
};

/*
 * VAL_TURN: 16 lower-case hex digits of util_hash64() of the meeting
 * (source, council, committee and date, joined by 0x1f), ':', and the
 * record's turn number (record.seq) in 10 decimal digits.  Sorted, the
 * turns of a meeting stand together and in order.
 */
#define TURN_VALUE_LEN		27

/* ---- Database metadata keys ---- */
#define META_SCHEMA		"govsearch.schema"
#define META_LANGUAGE		"govsearch.language"
#define META_WEIGHTS		"govsearch.weights"
#define META_STOPWORDS		"govsearch.stopwords"
#define META_LAST_COMMIT	"govsearch.last_commit"
#define META_VOCAB		"govsearch.vocab"	/* hash of the vocabulary added */
#define META_SOURCE_MAP		"govsearch.source#"	/* + hash: a long source path */

/* Section names used by --weights and META_WEIGHTS ("title=5,purpose=3,..."). */
#define WEIGHTS_DEFAULT \
	"title=5,purpose=3,resolution=3,question=2,answer=2,discussion=1"

/*
 * Stored data: a JSON object (see docs/index-schema.md) with id, type,
 * title, council, committee, date, url, source, item, speaker and, for
 * items, the sections; for passages, the passage text.
 */

#endif /* GOV_SCHEMA_H */
