/*
 * alerts.c: saved searches run against what was indexed since a time.
 * The indexer stamps every document with VAL_INDEXED, the UTC time the
 * record was added or last changed (an unchanged record keeps its stamp
 * across re-indexing), so "new since T" is a value range on that slot
 * (search_request.since), added to each saved query as a filter.
 */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "alerts.h"
#include "schema.h"
#include "search.h"
#include "util.h"

#define ALERTS_LIMIT	1000	/* matches per saved query, by default */

static void
usage(FILE *f)
{
	fprintf(f,
"usage: govsearch alerts --db DIR --file SAVED.jsonl --since TIME\n"
"Runs saved searches against the records indexed (added or changed) at or\n"
"after TIME and prints each match as a JSON line:\n"
"  {\"alert\": ID, \"q\": QUERY, \"hit\": {...}}\n"
"SAVED.jsonl holds one search per line, as --batch reads them:\n"
"  {\"id\": \"quarry\", \"q\": \"quarry\", \"filters\": {\"council\": "
"\"durham\"}}\n"
"  {\"id\": \"decisions\", \"q\": \"housing\", \"resolutions\": true}\n"
"(\"resolutions\": true searches the resolutions alone).\n\n"
"  -d, --db DIR       index directory ($GOVSEARCH_DB)\n"
"      --file FILE    the saved searches (- for standard input)\n"
"      --since TIME   YYYY-MM-DDTHH:MM:SSZ (UTC) or YYYY-MM-DD\n"
"  -n, --limit N      matches per saved search (default %d)\n"
"  -h, --help         show this help\n\n"
"Exit status: 0 new matches, 1 none, 2 usage error or bad saved search,\n"
"3 database or I/O error.  See docs/alerts.md.\n", ALERTS_LIMIT);
}

/*
 * TIME as VAL_INDEXED writes it into out (21 bytes): YYYY-MM-DD alone is
 * that day's midnight UTC.  Returns 0, -1 if it is not such a time.
 */
static int
since_key(const char *s, char *out)
{
	static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
	size_t i, n = strlen(s);

	if (n == 10) {
		snprintf(out, 21, "%.10sT00:00:00Z", s);
	} else if (n == 20 || (n == 19 && (s[10] == 'T' || s[10] == ' '))) {
		snprintf(out, 21, "%.10sT%.8sZ", s, s + 11);
	} else {
		return -1;
	}
	for (i = 0; i < 20; i++) {
		if (shape[i] == 'd' ? !isdigit((unsigned char)out[i]) :
		    out[i] != shape[i])
			return -1;
	}
	return 0;
}

/* Prints the hits of one saved search; returns how many, -1 on error. */
static long
print_hits(FILE *f, const cJSON *alert_id, const char *q, const cJSON *res)
{
	const cJSON *hit;
	cJSON *line;
	char *s;
	long n = 0;

	cJSON_ArrayForEach(hit, cJSON_GetObjectItemCaseSensitive(res,
	    "hits")) {
		line = cJSON_CreateObject();
		if (alert_id != NULL)
			cJSON_AddItemToObject(line, "alert",
			    cJSON_Duplicate(alert_id, 1));
		else
			cJSON_AddNullToObject(line, "alert");
		cJSON_AddStringToObject(line, "q", q);
		cJSON_AddItemToObject(line, "hit", cJSON_Duplicate(hit, 1));
		s = cJSON_PrintUnformatted(line);
		cJSON_Delete(line);
		if (s == NULL)
			return -1;
		fprintf(f, "%s\n", s);
		free(s);
		n++;
	}
	return n;
}

/* Runs one saved search (a JSON line); returns 0 or a search_err. */
static int
run_line(struct search_engine *eng, const char *line, unsigned lineno,
    const char *since, unsigned limit, long *found, char **errmsg)
{
	struct search_request req;
	cJSON *obj, *res = NULL;
	const cJSON *res_only, *id;
	char *msg = NULL;
	long n;
	int rc;

	obj = cJSON_Parse(line);
	if (!cJSON_IsObject(obj)) {
		*errmsg = xasprintf("line %u: not a JSON object", lineno);
		cJSON_Delete(obj);
		return SEARCH_EQUERY;
	}
	search_request_init(&req);
	req.limit = limit;
	rc = search_request_from_json(&req, obj, &msg);
	if (rc != 0) {
		*errmsg = xasprintf("line %u: %s", lineno, msg);
		goto out;
	}
	res_only = cJSON_GetObjectItemCaseSensitive(obj, "resolutions");
	if (cJSON_IsTrue(res_only)) {
		req.passages = 1;
		req.type = TYPE_RESOLUTION;
	}
	req.since = since;
	rc = search_run(eng, &req, &res, &msg);
	if (rc != 0) {
		*errmsg = xasprintf("line %u: %s", lineno, msg);
		goto out;
	}
	id = cJSON_GetObjectItemCaseSensitive(obj, "id");
	n = print_hits(stdout, id, req.query ? req.query : "", res);
	if (n < 0) {
		*errmsg = xstrdup("out of memory");
		rc = SEARCH_ENOMEM;
		goto out;
	}
	*found += n;
out:
	free(msg);
	cJSON_Delete(res);
	cJSON_Delete(obj);
	return rc;
}

static const struct option alert_opts[] = {
	{ "db", required_argument, NULL, 'd' },
	{ "file", required_argument, NULL, 'f' },
	{ "since", required_argument, NULL, 's' },
	{ "limit", required_argument, NULL, 'n' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

int
alerts_main(int argc, char **argv)
{
	struct search_engine_opts eo;
	struct search_engine *eng = NULL;
	const char *db = NULL, *file = NULL, *since = NULL;
	char key[21], *line = NULL, *msg = NULL, *end;
	size_t cap = 0;
	ssize_t len;
	unsigned limit = ALERTS_LIMIT, lineno = 0;
	unsigned long v;
	long found = 0;
	FILE *in = NULL;
	int c, rc, status = 0;

	optind = 1;
	while ((c = getopt_long(argc, argv, "d:f:s:n:h", alert_opts,
	    NULL)) != -1) {
		switch (c) {
		case 'd':
			db = optarg;
			break;
		case 'f':
			file = optarg;
			break;
		case 's':
			since = optarg;
			break;
		case 'n':
			errno = 0;
			v = strtoul(optarg, &end, 10);
			if (errno != 0 || *end != '\0' || optarg[0] == '-' ||
			    v == 0 || v > SEARCH_MAX_LIMIT) {
				fprintf(stderr, "govsearch: alerts: --limit: "
				    "'%s' is not a number from 1 to %d\n",
				    optarg, SEARCH_MAX_LIMIT);
				return 2;
			}
			limit = (unsigned)v;
			break;
		case 'h':
			usage(stdout);
			return fflush(stdout) == 0 ? 0 : 3;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (db == NULL)
		db = getenv("GOVSEARCH_DB");
	if (db == NULL || *db == '\0' || file == NULL || since == NULL ||
	    optind < argc) {
		usage(stderr);
		return 2;
	}
	if (since_key(since, key) != 0) {
		fprintf(stderr, "govsearch: alerts: --since: '%s' is not "
		    "YYYY-MM-DDTHH:MM:SSZ or YYYY-MM-DD\n", since);
		return 2;
	}
	in = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");
	if (in == NULL) {
		fprintf(stderr, "govsearch: alerts: %s: %s\n", file,
		    strerror(errno));
		return 2;
	}
	memset(&eo, 0, sizeof(eo));
	eo.dbs = &db;
	eo.ndbs = 1;
	eng = search_engine_open(&eo, &rc, &msg);
	if (eng == NULL) {
		fprintf(stderr, "govsearch: alerts: %s\n", msg ? msg :
		    "cannot open");
		status = search_exit_status(rc);
		goto out;
	}
	while ((len = getline(&line, &cap, in)) >= 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' ||
		    line[len - 1] == '\r' || line[len - 1] == ' '))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		rc = run_line(eng, line, lineno, key, limit, &found, &msg);
		if (rc != 0) {
			fprintf(stderr, "govsearch: alerts: %s\n", msg);
			free(msg);
			msg = NULL;
			/* A bad saved search is reported; the others run. */
			if (rc != SEARCH_EQUERY) {
				status = search_exit_status(rc);
				goto out;
			}
			status = 2;
		}
	}
	if (status == 0 && found == 0)
		status = 1;
out:
	if (fflush(stdout) != 0 || ferror(stdout))
		status = 3;
	free(msg);
	free(line);
	if (in != NULL && in != stdin)
		fclose(in);
	search_engine_free(eng);
	return status;
}
