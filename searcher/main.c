/*
 * main.c: govsearch, the command line.  One query from the arguments, or
 * many with --batch; `govsearch serve ...` runs the HTTP service, a
 * program of its own (serve_main.c) so that a one-shot search does not
 * load libmicrohttpd and GnuTLS.
 */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "alerts.h"
#include "batch.h"
#include "decisions.h"
#include "eval.h"
#include "like.h"
#include "mapread.h"
#include "output.h"
#include "search.h"
#include "smooth.h"
#include "util.h"

#define MAX_DBS		64
#define SERVE_PROGRAM	"govsearch-serve"

enum {
	OPT_OFFSET = 256, OPT_SORT, OPT_PASSAGES, OPT_FACETS, OPT_COUNCIL,
	OPT_COMMITTEE, OPT_SPEAKER, OPT_TYPE, OPT_OUTCOME, OPT_FROM, OPT_TO,
	OPT_YEAR, OPT_LENIENT, OPT_EXPLAIN, OPT_JSON, OPT_JSONL, OPT_TSV,
	OPT_TREC, OPT_QID, OPT_BATCH, OPT_STOPWORDS, OPT_TIME_LIMIT,
	OPT_MAX_WILDCARD, OPT_COLOR, OPT_FORMAT, OPT_TIMEOUT, OPT_SNIPPET,
	OPT_ALLOW_PARTIAL, OPT_DECISIONS, OPT_LIKE, OPT_RECENT, OPT_SMOOTH,
	OPT_NO_SMOOTH
};

static const struct option longopts[] = {
	{ "db", required_argument, NULL, 'd' },
	{ "limit", required_argument, NULL, 'n' },
	{ "offset", required_argument, NULL, OPT_OFFSET },
	{ "sort", required_argument, NULL, OPT_SORT },
	{ "passages", no_argument, NULL, OPT_PASSAGES },
	{ "facets", required_argument, NULL, OPT_FACETS },
	{ "council", required_argument, NULL, OPT_COUNCIL },
	{ "committee", required_argument, NULL, OPT_COMMITTEE },
	{ "speaker", required_argument, NULL, OPT_SPEAKER },
	{ "type", required_argument, NULL, OPT_TYPE },
	{ "outcome", required_argument, NULL, OPT_OUTCOME },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "to", required_argument, NULL, OPT_TO },
	{ "year", required_argument, NULL, OPT_YEAR },
	{ "lenient", no_argument, NULL, OPT_LENIENT },
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "jsonl", no_argument, NULL, OPT_JSONL },
	{ "tsv", no_argument, NULL, OPT_TSV },
	{ "trec", required_argument, NULL, OPT_TREC },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "qid", required_argument, NULL, OPT_QID },
	{ "batch", required_argument, NULL, OPT_BATCH },
	{ "jobs", required_argument, NULL, 'j' },
	{ "stopwords", required_argument, NULL, OPT_STOPWORDS },
	{ "time-limit", required_argument, NULL, OPT_TIME_LIMIT },
	{ "max-wildcard", required_argument, NULL, OPT_MAX_WILDCARD },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ "allow-partial", no_argument, NULL, OPT_ALLOW_PARTIAL },
	{ "snippet-length", required_argument, NULL, OPT_SNIPPET },
	{ "color", optional_argument, NULL, OPT_COLOR },
	{ "colour", optional_argument, NULL, OPT_COLOR },
	{ "decisions", no_argument, NULL, OPT_DECISIONS },
	{ "like", required_argument, NULL, OPT_LIKE },
	{ "recent", no_argument, NULL, OPT_RECENT },
	{ "smooth", required_argument, NULL, OPT_SMOOTH },
	{ "no-smooth", no_argument, NULL, OPT_NO_SMOOTH },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(FILE *f)
{
	fprintf(f,
"usage: govsearch --db DIR [OPTION]... QUERY...\n"
"       govsearch --db DIR --batch FILE|- [OPTION]...\n"
"       govsearch serve --db DIR [--listen ADDR:PORT] ...\n"
"       govsearch eval --db DIR --queries FILE --qrels FILE ...\n"
"       govsearch alerts --db DIR --file SAVED.jsonl --since TIME\n"
"\n"
"Ranked search of council minutes indexed by govindex.  The query language\n"
"(fields, phrases, AND/OR/NOT, date ranges) is in docs/query-syntax.md and\n"
"govsearch(1).  A reference number in a query counts double in the items\n"
"citing it; routine items (apologies, minutes, ...) rank below others\n"
"unless the query asks for them.\n"
"\n"
"  -d, --db DIR           index directory, stub file or tcp://HOST:PORT;\n"
"                         repeat to search several as one ($GOVSEARCH_DB)\n"
"  -n, --limit N          results to show (default 10)\n"
"      --offset N         results to skip first\n"
"      --sort KEY         relevance (default), date (oldest first) or -date\n"
"      --passages         list questions, answers and resolutions, not items\n"
"      --facets LIST      count matches by council,committee,year,speaker,\n"
"                         type,outcome\n"
"      --council NAME     filters: restrict without changing the ranking\n"
"      --committee NAME\n"
"      --speaker NAME\n"
"      --type TYPE        item, question, answer, resolution or routine\n"
"      --outcome OUTCOME  noted, agreed, deferred, ...\n"
"      --from DATE        YYYY-MM-DD, YYYY-MM or YYYY, inclusive\n"
"      --to DATE\n"
"      --year YYYY\n"
"      --lenient          search a query that does not parse as plain words\n"
"      --explain          show how each score is made up\n"
"      --json             the whole result as one JSON object (docs/json.md)\n"
"      --jsonl            one JSON object per result\n"
"      --tsv              tab-separated values with a header line\n"
"      --trec RUN         TREC run lines \"QID Q0 DOCNO RANK SCORE RUN\"\n"
"      --qid ID           the TREC query id of a single query (default 1)\n"
"      --batch FILE       one query per line (text, QID<TAB>text or JSON);\n"
"                         one JSON line (or TREC lines) per query, in order\n"
"  -j, --jobs N           batch threads (default: one per CPU)\n"
"      --stopwords FILE   stopword list(s), comma-separated, instead of the\n"
"                         index's\n"
"      --time-limit SECS  stop matching after SECS, keep the best so far\n"
"      --max-wildcard N   terms a wildcard may expand to (default 1000)\n"
"      --timeout MS       remote database timeout\n"
"      --allow-partial    when a shard is down, search the others and mark\n"
"                         the results partial (default: an error)\n"
"      --snippet-length N bytes of snippet (default 200)\n"
"      --decisions        a decision log: the matching resolutions, newest\n"
"                         first (date, council, committee, item, outcome)\n"
"      --like ID          items most like item ID (a question's or\n"
"                         resolution's id: passages like it)\n"
"      --recent           add a bonus to recent meetings' scores (2.0 on\n"
"                         the day, halving every 365 days)\n"
"      --smooth ALPHA     a transcript's turn gains ALPHA x the scores of\n"
"                         the turns before and after it (default 0.3)\n"
"      --no-smooth        rank turns on their own words (--smooth 0)\n"
"      --color[=WHEN]     highlight: auto (default), always or never;\n"
"                         NO_COLOR turns auto off\n"
"  -h, --help             show this help\n"
"  -V, --version          show the version\n"
"\n"
"Exit status: 0 results, 1 no results, 2 usage error or bad query,\n"
"3 database or I/O error.\n");
}

/* Parses a non-negative integer option into *out; -1 (said) when bad. */
static int
parse_uint(const char *opt, const char *s, unsigned max, unsigned *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || s[0] == '-' || v > max) {
		fprintf(stderr, "govsearch: %s: '%s' is not a number from 0 to "
		    "%u\n", opt, s, max);
		return -1;
	}
	*out = (unsigned)v;
	return 0;
}

/* Sets a filter option; -1 (said) when the value is bad. */
static int
filter(struct search_request *req, const char *name, const char *value)
{
	char *msg = NULL;

	if (search_request_set_filter(req, name, value, &msg) != 0) {
		fprintf(stderr, "govsearch: --%s: %s\n", name, msg);
		free(msg);
		return -1;
	}
	return 0;
}

/* Closes stdout, reporting a write error; returns the exit status. */
static int
finish(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "govsearch: writing results: %s\n",
		    strerror(errno ? errno : EIO));
		return 3;
	}
	return status;
}

/* 1 if the environment variable is set and not empty. */
static int
env_set(const char *name)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0';
}

static unsigned
term_width(void)
{
	struct winsize ws;
	const char *c = getenv("COLUMNS");
	long n;

	n = c != NULL ? strtol(c, NULL, 10) : 0;
	if (n >= 40 && n <= 1000)
		return (unsigned)n;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ,
	    &ws) == 0 && ws.ws_col >= 40)
		return ws.ws_col;
	return 80;
}

/*
 * Replaces this process with govsearch-serve: the one beside this
 * program (a build tree), else the installed one.  Returns only on error.
 */
static int
run_serve(char **argv)
{
	static char name[] = "govsearch serve";
	char self[PATH_MAX], *dir, *path = NULL;
	ssize_t n;
	int err;

	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n > 0) {
		self[n] = '\0';
		dir = strrchr(self, '/');
		if (dir != NULL) {
			*dir = '\0';
			path = xasprintf("%s/%s", self, SERVE_PROGRAM);
			if (access(path, X_OK) != 0) {
				free(path);
				path = NULL;
			}
		}
	}
	if (path == NULL)
		path = xasprintf("%s/%s", GOV_PKGLIBEXECDIR, SERVE_PROGRAM);
	/* Its messages then begin "govsearch serve:". */
	argv[0] = name;
	execv(path, argv);
	err = errno;
	fprintf(stderr, "govsearch: serve: cannot run %s: %s\n", path,
	    strerror(err));
	free(path);
	return 3;
}

int
main(int argc, char **argv)
{
	struct search_engine_opts eo;
	struct search_request req;
	struct output_opts oo;
	struct batch_opts bo;
	struct batch_stats bs;
	struct search_engine *eng;
	const char *dbs[MAX_DBS], *batch = NULL, *color = "auto", *env;
	size_t ndbs = 0;
	struct buf query = BUF_INIT;
	cJSON *res = NULL;
	char *msg = NULL;
	unsigned jobs = 0;
	FILE *in;
	int c, i, rc, status, decisions = 0;

	/* Processes that search many times read the index through maps. */
	if (argc > 1 && strcmp(argv[1], "eval") == 0) {
		mapread_enable();
		return eval_main(argc - 1, argv + 1);
	}
	if (argc > 1 && strcmp(argv[1], "alerts") == 0)
		return alerts_main(argc - 1, argv + 1);
	if (argc > 1 && strcmp(argv[1], "serve") == 0)
		return run_serve(argv + 1);

	memset(&eo, 0, sizeof(eo));
	memset(&oo, 0, sizeof(oo));
	search_request_init(&req);
	req.max_wildcard = 1000;
	for (;;) {
		c = getopt_long(argc, argv, "d:n:j:hV", longopts, NULL);
		if (c == -1)
			break;
		switch (c) {
		case 'd':
			if (ndbs == MAX_DBS) {
				fprintf(stderr, "govsearch: too many --db (at "
				    "most %d)\n", MAX_DBS);
				return 2;
			}
			dbs[ndbs++] = optarg;
			break;
		case 'n':
			if (parse_uint("--limit", optarg, SEARCH_MAX_LIMIT,
			    &req.limit) != 0)
				return 2;
			break;
		case OPT_OFFSET:
			if (parse_uint("--offset", optarg, 1000000000u,
			    &req.offset) != 0)
				return 2;
			break;
		case OPT_SORT:
			rc = search_sort_from_name(optarg);
			if (rc < 0) {
				fprintf(stderr, "govsearch: --sort: '%s' is "
				    "not relevance, date or -date\n", optarg);
				return 2;
			}
			req.sort = rc;
			break;
		case OPT_PASSAGES:
			req.passages = 1;
			break;
		case OPT_FACETS:
			if (search_facets_parse(optarg, &req.facets,
			    &msg) != 0) {
				fprintf(stderr, "govsearch: --facets: %s\n",
				    msg);
				free(msg);
				return 2;
			}
			break;
		case OPT_COUNCIL:
			if (filter(&req, "council", optarg) != 0)
				return 2;
			break;
		case OPT_COMMITTEE:
			if (filter(&req, "committee", optarg) != 0)
				return 2;
			break;
		case OPT_SPEAKER:
			if (filter(&req, "speaker", optarg) != 0)
				return 2;
			break;
		case OPT_TYPE:
			if (filter(&req, "type", optarg) != 0)
				return 2;
			break;
		case OPT_OUTCOME:
			if (filter(&req, "outcome", optarg) != 0)
				return 2;
			break;
		case OPT_FROM:
			if (filter(&req, "from", optarg) != 0)
				return 2;
			break;
		case OPT_TO:
			if (filter(&req, "to", optarg) != 0)
				return 2;
			break;
		case OPT_YEAR:
			if (filter(&req, "year", optarg) != 0)
				return 2;
			break;
		case OPT_LENIENT:
			req.lenient = 1;
			break;
		case OPT_EXPLAIN:
			req.explain = 1;
			break;
		case OPT_JSON:
			oo.format = OUTPUT_JSON;
			break;
		case OPT_JSONL:
			oo.format = OUTPUT_JSONL;
			break;
		case OPT_TSV:
			oo.format = OUTPUT_TSV;
			break;
		case OPT_TREC:
			oo.format = OUTPUT_TREC;
			oo.run = optarg;
			break;
		case OPT_FORMAT:
			rc = output_format_from_name(optarg);
			if (rc < 0) {
				fprintf(stderr, "govsearch: --format: '%s' is "
				    "not text, json, jsonl, tsv or trec\n",
				    optarg);
				return 2;
			}
			oo.format = rc;
			break;
		case OPT_QID:
			oo.qid = optarg;
			break;
		case OPT_BATCH:
			batch = optarg;
			break;
		case 'j':
			if (parse_uint("--jobs", optarg, 64,
			    &jobs) != 0)
				return 2;
			break;
		case OPT_STOPWORDS:
			eo.stopwords = optarg;
			break;
		case OPT_TIME_LIMIT:
			req.time_limit = strtod(optarg, NULL);
			if (req.time_limit < 0) {
				fprintf(stderr, "govsearch: --time-limit: bad "
				    "value '%s'\n", optarg);
				return 2;
			}
			break;
		case OPT_MAX_WILDCARD:
			if (parse_uint("--max-wildcard", optarg, UINT_MAX,
			    &req.max_wildcard) != 0)
				return 2;
			break;
		case OPT_TIMEOUT:
			if (parse_uint("--timeout", optarg, UINT_MAX,
			    &eo.timeout_ms) != 0)
				return 2;
			break;
		case OPT_ALLOW_PARTIAL:
			eo.allow_partial = 1;
			break;
		case OPT_SNIPPET:
			if (parse_uint("--snippet-length", optarg, 100000,
			    &req.snippet_len) != 0)
				return 2;
			break;
		case OPT_COLOR:
			color = optarg ? optarg : "always";
			if (strcmp(color, "auto") != 0 &&
			    strcmp(color, "always") != 0 &&
			    strcmp(color, "never") != 0) {
				fprintf(stderr, "govsearch: --color: '%s' is "
				    "not auto, always or never\n", color);
				return 2;
			}
			break;
		case OPT_DECISIONS:
			decisions = 1;
			break;
		case OPT_LIKE:
			req.like = optarg;
			/* A question is like other questions. */
			if (like_is_passage(optarg))
				req.passages = 1;
			break;
		case OPT_RECENT:
			req.recent = 1;
			break;
		case OPT_SMOOTH:
			if (smooth_alpha_parse(optarg, &req.smooth) != 0) {
				fprintf(stderr, "govsearch: --smooth: '%s' is "
				    "not a number from 0 to %g\n", optarg,
				    SMOOTH_ALPHA_MAX);
				return 2;
			}
			break;
		case OPT_NO_SMOOTH:
			req.smooth = 0;
			break;
		case 'h':
			usage(stdout);
			return finish(0);
		case 'V':
			printf("govsearch %s\n", PACKAGE_VERSION);
			return finish(0);
		default:
			usage(stderr);
			return 2;
		}
	}
	if (ndbs == 0) {
		env = getenv("GOVSEARCH_DB");
		if (env != NULL && *env != '\0')
			dbs[ndbs++] = env;
	}
	if (ndbs == 0) {
		fprintf(stderr, "govsearch: no database: give --db DIR (or set "
		    "GOVSEARCH_DB)\n");
		return 2;
	}
	eo.dbs = dbs;
	eo.ndbs = ndbs;
	if (strcmp(color, "always") == 0)
		oo.color = 1;
	else if (strcmp(color, "auto") == 0)
		oo.color = isatty(STDOUT_FILENO) && !env_set("NO_COLOR") &&
		    !(env_set("TERM") && strcmp(getenv("TERM"), "dumb") == 0);
	oo.width = term_width();

	if (batch != NULL) {
		if (optind < argc) {
			fprintf(stderr, "govsearch: --batch takes its queries "
			    "from FILE, not the command line\n");
			return 2;
		}
		if (oo.format != OUTPUT_TREC && oo.format != OUTPUT_TEXT &&
		    oo.format != OUTPUT_JSONL && oo.format != OUTPUT_JSON) {
			fprintf(stderr, "govsearch: --batch writes JSON lines "
			    "or --trec\n");
			return 2;
		}
		if (strcmp(batch, "-") == 0) {
			in = stdin;
		} else {
			in = fopen(batch, "r");
			if (in == NULL) {
				fprintf(stderr, "govsearch: %s: %s\n", batch,
				    strerror(errno));
				return 2;
			}
		}
		memset(&bo, 0, sizeof(bo));
		bo.engine = &eo;
		bo.defaults = &req;
		bo.jobs = jobs;
		bo.trec = oo.format == OUTPUT_TREC;
		bo.run = oo.run;
		bo.decisions = decisions;
		mapread_enable();
		rc = batch_run(in, stdout, &bo, &bs, &msg);
		if (in != stdin)
			fclose(in);
		if (rc != 0) {
			fprintf(stderr, "govsearch: %s\n", msg ? msg : "error");
			free(msg);
			return rc == SEARCH_EQUERY ? 2 : 3;
		}
		if (bs.bad > 0 || bs.dberr > 0)
			fprintf(stderr, "govsearch: %lu of %lu queries "
			    "failed\n", bs.bad + bs.dberr, bs.lines);
		return finish(bs.dberr > 0 ? 3 : 0);
	}

	for (i = optind; i < argc; i++) {
		if (i > optind)
			buf_putc(&query, ' ');
		buf_puts(&query, argv[i]);
	}
	req.query = query.data ? query.data : "";
	if (query.data == NULL && req.council == NULL &&
	    req.committee == NULL && req.speaker == NULL && req.type == NULL &&
	    req.outcome == NULL && req.from == NULL && req.to == NULL &&
	    req.year == 0 && req.like == NULL) {
		usage(stderr);
		return 2;
	}
	eng = search_engine_open(&eo, &rc, &msg);
	if (eng == NULL) {
		fprintf(stderr, "govsearch: %s\n", msg ? msg : "cannot open");
		free(msg);
		buf_free(&query);
		return search_exit_status(rc);
	}
	if (decisions)
		decisions_request(&req);
	else if (oo.format == OUTPUT_TREC)
		req.ids_only = 1;	/* a run line shows nothing else */
	rc = search_run(eng, &req, &res, &msg);
	if (rc != 0) {
		fprintf(stderr, "govsearch: %s\n", msg ? msg : "search failed");
		free(msg);
		search_engine_free(eng);
		buf_free(&query);
		return search_exit_status(rc);
	}
	status = cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(res,
	    "hits")) > 0 ? 0 : 1;
	if (decisions ? decisions_output(stdout, res, oo.format ==
	    OUTPUT_JSON || oo.format == OUTPUT_JSONL) != 0 :
	    output_result(stdout, res, &oo) != 0) {
		fprintf(stderr, "govsearch: writing results: %s\n",
		    strerror(errno));
		status = 3;
	}
	cJSON_Delete(res);
	search_engine_free(eng);
	buf_free(&query);
	return finish(status);
}
