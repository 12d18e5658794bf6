/*
 * main.c: govindex, the indexer's command line.  Two modes share one
 * option table: --dump prints the records the readers make of the inputs
 * (dump.c); without it the inputs are indexed into --db.
 */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "build.h"
#include "dump.h"
#include "index.h"
#include "reader.h"
#include "util.h"
#include "xap.h"

static const char *progname = "govindex";

/* Everything the command line says, for either mode. */
struct opts {
	int dump;			/* --dump */
	struct reader_opts reader;	/* --format, --council, ... */

	/* indexing mode */
	const char *db;			/* --db DIR */
	const char *weights;		/* --weights SPEC */
	const char *language;		/* --language NAME */
	const char *stopwords;		/* --stopwords FILE[,FILE] */
	unsigned jobs;			/* --jobs N; 0: one per core */
	unsigned batch_size;		/* --batch-size N; 0: the default */
	unsigned shards;		/* --shards N; 0: one database */
	int delete_missing;		/* --delete-missing */
	char **delete_ids;		/* --delete ID, repeatable */
	size_t ndelete_ids;
	int json_summary;		/* --json-summary */
	int quiet;			/* --quiet */
	const char *compact;		/* --compact OUT */
};

enum {
	OPT_DUMP = 256,
	OPT_COUNCIL,
	OPT_COMMITTEE,
	OPT_DATE,
	OPT_URL,
	OPT_FIELD,
	OPT_WEIGHTS,
	OPT_BATCH_SIZE,
	OPT_DELETE_MISSING,
	OPT_DELETE,
	OPT_LANGUAGE,
	OPT_STOPWORDS,
	OPT_SHARDS,
	OPT_JSON_SUMMARY,
	OPT_COMPACT,
};

static const struct option longopts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "dump", no_argument, NULL, OPT_DUMP },
	{ "format", required_argument, NULL, 'f' },
	{ "council", required_argument, NULL, OPT_COUNCIL },
	{ "committee", required_argument, NULL, OPT_COMMITTEE },
	{ "date", required_argument, NULL, OPT_DATE },
	{ "url", required_argument, NULL, OPT_URL },
	{ "field", required_argument, NULL, OPT_FIELD },
	{ "db", required_argument, NULL, 'd' },
	{ "weights", required_argument, NULL, OPT_WEIGHTS },
	{ "jobs", required_argument, NULL, 'j' },
	{ "batch-size", required_argument, NULL, OPT_BATCH_SIZE },
	{ "delete-missing", no_argument, NULL, OPT_DELETE_MISSING },
	{ "delete", required_argument, NULL, OPT_DELETE },
	{ "language", required_argument, NULL, OPT_LANGUAGE },
	{ "stopwords", required_argument, NULL, OPT_STOPWORDS },
	{ "shards", required_argument, NULL, OPT_SHARDS },
	{ "json-summary", no_argument, NULL, OPT_JSON_SUMMARY },
	{ "compact", required_argument, NULL, OPT_COMPACT },
	{ "quiet", no_argument, NULL, 'q' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(int status)
{
	FILE *f = status == 0 ? stdout : stderr;

	fprintf(f,
"usage: %s --db DIR [options] PATH...\n"
"       %s --dump [options] PATH...\n"
"       %s --compact OUT [--db DIR] [DB...]\n"
"Reads council minutes (ModernGov agenda-item pages as text or HTML,\n"
"whole-meeting minutes documents, JSON Lines) from files, directories\n"
"(read recursively) or - (standard input), and indexes them or prints\n"
"the records.\n"
"\n"
"Modes:\n"
"  -d, --db DIR          index into the database DIR (created if absent)\n"
"      --dump            print the records as JSON Lines; no database\n"
"      --compact OUT     merge the index at --db (all its shards) and any\n"
"                        other databases given into one new compact\n"
"                        database OUT, for fast read-only serving\n"
"\n"
"Reading:\n"
"  -f, --format F        text, html, minutes or jsonl (default: detect)\n"
"      --council NAME    council, when the input does not say\n"
"      --committee NAME  committee, when the input does not say\n"
"      --date DATE       meeting date, when the input does not say\n"
"      --url URL         source address, when the input does not say\n"
"      --field MAP       JSON Lines field names: ours=theirs,...\n"
"                        e.g. id=number,text=body,date=issue_date;\n"
"                        theirs may be a path: date=meeting.date\n"
"\n"
"Indexing:\n"
"      --weights SPEC    field weights: title=5,purpose=3,...\n"
"      --language LANG   stemming language (default english)\n"
"      --stopwords FILES comma-separated stopword files\n"
"  -j, --jobs N          worker threads (default: the number of cores)\n"
"      --batch-size N    records per commit of each writer (default 250)\n"
"      --shards N        a new index in N shards, written in parallel\n"
"                        and kept (default: one per core, merged)\n"
"      --delete ID       remove item ID (repeatable)\n"
"      --delete-missing  remove items whose file is gone or no longer\n"
"                        holds them\n"
"      --json-summary    print the summary as JSON\n"
"  -q, --quiet           no progress or summary\n"
"\n"
"  -h, --help            show this help\n"
"  -V, --version         show the version\n"
"\n"
"Exit status: 0 success, 1 some input rejected, 2 usage error,\n"
"3 database or I/O error.\n",
	    progname, progname, progname);
	if (status == 0 && (fflush(stdout) == EOF || ferror(stdout)))
		status = 3;
	exit(status);
}

static void
bad_usage(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", progname);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry '%s --help' for more information.\n",
	    progname);
	exit(2);
}

static unsigned
number(const char *arg, const char *option, unsigned min, unsigned max)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || arg[0] == '-' ||
	    v < min || v > max) {
		fprintf(stderr, "%s: %s wants a whole number from %u to %u, "
		    "not \"%s\"\n", progname, option, min, max, arg);
		exit(2);
	}
	return (unsigned)v;
}

static void
parse_options(int argc, char **argv, struct opts *o)
{
	char *errmsg = NULL;
	int ch, fmt;

	memset(o, 0, sizeof *o);
	opterr = 0;	/* our messages say "govindex:", not argv[0] */
	while ((ch = getopt_long(argc, argv, ":hVf:d:j:q", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'h':
			usage(0);
			break;
		case 'V':
			printf("govindex (%s) %s\n", PACKAGE_NAME,
			    PACKAGE_VERSION);
			exit(fflush(stdout) == EOF || ferror(stdout) ? 3 : 0);
		case OPT_DUMP:
			o->dump = 1;
			break;
		case 'f':
			fmt = reader_format_from_name(optarg);
			if (fmt < 0)
				bad_usage("unknown format \"%s\" (text, html, "
				    "minutes, jsonl or auto)", optarg);
			o->reader.format = fmt;
			break;
		case OPT_COUNCIL:
			o->reader.council = optarg;
			break;
		case OPT_COMMITTEE:
			o->reader.committee = optarg;
			break;
		case OPT_DATE:
			o->reader.date = optarg;
			break;
		case OPT_URL:
			o->reader.url = optarg;
			break;
		case OPT_FIELD:
			if (reader_check_field_map(optarg, &errmsg) < 0) {
				fprintf(stderr, "%s: --field: %s\n", progname,
				    errmsg);
				free(errmsg);
				exit(2);
			}
			o->reader.field_map = optarg;
			break;
		case 'd':
			o->db = optarg;
			break;
		case OPT_WEIGHTS:
			o->weights = optarg;
			break;
		case 'j':
			o->jobs = number(optarg, "--jobs", 1, 256);
			break;
		case OPT_BATCH_SIZE:
			o->batch_size = number(optarg, "--batch-size", 1,
			    10000000);
			break;
		case OPT_SHARDS:
			o->shards = number(optarg, "--shards", 1, 256);
			break;
		case OPT_DELETE_MISSING:
			o->delete_missing = 1;
			break;
		case OPT_DELETE:
			o->delete_ids = xreallocarray(o->delete_ids,
			    o->ndelete_ids + 1, sizeof *o->delete_ids);
			o->delete_ids[o->ndelete_ids++] = optarg;
			break;
		case OPT_LANGUAGE:
			o->language = optarg;
			break;
		case OPT_STOPWORDS:
			o->stopwords = optarg;
			break;
		case OPT_COMPACT:
			o->compact = optarg;
			break;
		case OPT_JSON_SUMMARY:
			o->json_summary = 1;
			break;
		case 'q':
			o->quiet = 1;
			break;
		case ':':
			bad_usage("%s needs an argument", argv[optind - 1]);
			break;
		default:
			bad_usage("unknown option %s", argv[optind - 1]);
		}
	}
	if (o->reader.date != NULL && !reader_date_valid(o->reader.date))
		bad_usage("--date wants a date such as 2015-10-19 or "
		    "\"19 October 2015\", not \"%s\"", o->reader.date);
}

/*
 * The indexing mode: checks what can be checked before opening the
 * database, so a mistyped option is a usage error (2), then indexes.
 */
static int
index_mode(const struct opts *o, char *const *paths, size_t npaths)
{
	struct build_opts b;
	struct index_weights w;
	char *errmsg = NULL;

	if (o->db == NULL)
		bad_usage("%s", "--db DIR says where to index (or --dump "
		    "prints the records)");
	if (npaths == 0 && o->ndelete_ids == 0 && !o->delete_missing)
		bad_usage("%s", "nothing to index: give files, directories "
		    "or - (standard input)");
	index_weights_default(&w);
	if (o->weights != NULL &&
	    index_weights_parse(o->weights, &w, &errmsg) != 0) {
		fprintf(stderr, "%s: --weights: %s\n", progname, errmsg);
		free(errmsg);
		return 2;
	}
	if (o->language != NULL && !xap_stem_language_ok(o->language))
		bad_usage("unknown --language \"%s\" (english, french, "
		    "german, ...)", o->language);

	memset(&b, 0, sizeof b);
	b.progname = progname;
	b.db = o->db;
	b.weights = o->weights;
	b.language = o->language;
	b.stopwords = o->stopwords;
	b.jobs = o->jobs;
	b.batch_size = o->batch_size;
	b.shards = o->shards;
	b.delete_missing = o->delete_missing;
	b.delete_ids = o->delete_ids;
	b.ndelete_ids = o->ndelete_ids;
	b.json_summary = o->json_summary;
	b.quiet = o->quiet;
	b.reader = o->reader;
	return build_run(&b, paths, npaths);
}

/*
 * The --compact mode: merges the shards of --db and the databases named
 * as arguments into one new database (Xapian's xapian-compact).
 */
static int
compact_mode(const struct opts *o, char *const *paths, size_t npaths)
{
	const char **src;
	struct xap_db *db;
	struct stat st;
	char *errmsg = NULL;
	unsigned docs = 0;
	size_t n = 0, i;
	int rc;

	if (o->dump || o->shards != 0 || o->ndelete_ids != 0 ||
	    o->delete_missing)
		bad_usage("%s", "--compact only merges databases: no --dump, "
		    "--shards or --delete");
	if (o->db == NULL && npaths == 0)
		bad_usage("%s", "--compact needs --db DIR or databases to "
		    "merge");
	if (stat(o->compact, &st) == 0)
		bad_usage("--compact: %s exists; give a new path", o->compact);
	src = xcalloc(npaths + 1, sizeof *src);
	if (o->db != NULL)
		src[n++] = o->db;
	for (i = 0; i < npaths; i++)
		src[n++] = paths[i];
	rc = xap_compact(src, n, o->compact, &errmsg);
	free(src);
	if (rc != 0) {
		fprintf(stderr, "%s: --compact %s: %s\n", progname, o->compact,
		    errmsg != NULL ? errmsg : xap_strerror(rc));
		free(errmsg);
		return 3;
	}
	db = xap_db_open(&o->compact, 1, 0, &rc, &errmsg);
	if (db == NULL || xap_db_doccount(db, &docs, &errmsg) != 0) {
		fprintf(stderr, "%s: %s: %s\n", progname, o->compact,
		    errmsg != NULL ? errmsg : "cannot open");
		free(errmsg);
		xap_db_free(db);
		return 3;
	}
	xap_db_free(db);
	if (o->json_summary)
		printf("{\"compacted\":%zu,\"documents\":%u}\n", n, docs);
	else if (!o->quiet)
		fprintf(stderr, "%s: merged %zu database%s (%u documents) into "
		    "%s\n", progname, n, n == 1 ? "" : "s", docs, o->compact);
	return 0;
}

int
main(int argc, char **argv)
{
	struct opts o;
	int status;

	parse_options(argc, argv, &o);
	if (o.dump && o.compact == NULL) {
		if (optind >= argc)
			bad_usage("%s", "--dump needs a file, a directory or "
			    "- (standard input)");
		status = dump_run(progname, &o.reader, argv + optind,
		    (size_t)(argc - optind), stdout);
		free(o.delete_ids);
		return status;
	}
	if (o.compact != NULL)
		status = compact_mode(&o, argv + optind,
		    (size_t)(argc - optind));
	else
		status = index_mode(&o, argv + optind,
		    (size_t)(argc - optind));
	free(o.delete_ids);
	/* The JSON summary went to standard output. */
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, "%s: standard output: %s\n", progname,
		    strerror(errno));
		status = 3;
	}
	return status;
}
