/*
 * fuzz_query.c: fuzz target for the query path.  The first byte of an
 * input picks the request's options, the rest is the query text; it is
 * parsed and run on the index named by $GOV_FUZZ_DB (a small one:
 * tests/reliability-fuzz.sh indexes the sample minutes).  A query may be
 * refused as bad, never crash, hang or report a database error.
 */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "search.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const filters[][2] = {
	{ NULL, NULL }, { "year", "2016" }, { "from", "2015-01" },
	{ "type", "question" }, { "speaker", "gunn" }, { "council", "durham" },
	{ "to", "2020" }, { "outcome", "noted" }
};

/* The engine lives as long as the process: one open for every input. */
static struct search_engine *
engine(void)
{
	static struct search_engine *eng;
	struct search_engine_opts o = { 0 };
	const char *db = getenv("GOV_FUZZ_DB");
	char *msg = NULL;
	int rc;

	if (eng != NULL)
		return eng;
	if (db == NULL) {
		fprintf(stderr, "fuzz_query: set GOV_FUZZ_DB to an index\n");
		abort();
	}
	o.dbs = &db;
	o.ndbs = 1;
	eng = search_engine_open(&o, &rc, &msg);
	if (eng == NULL) {
		fprintf(stderr, "fuzz_query: %s: %s\n", db, msg);
		abort();
	}
	return eng;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct search_request req;
	cJSON *res = NULL;
	char *q, *msg = NULL, *s;
	unsigned opt;
	size_t f;
	int rc;

	if (size == 0)
		return 0;
	opt = data[0];
	q = xstrndup((const char *)data + 1, size - 1);
	search_request_init(&req);
	req.query = q;
	req.lenient = opt & 1;
	req.passages = (opt >> 1) & 1;
	req.sort = (opt >> 2) % 3;
	req.facets = (opt & 0x20) ? 0x3f : 0;
	req.limit = (opt & 0x40) ? 100 : 10;
	req.time_limit = 2.0;
	req.max_wildcard = 1000;
	f = (opt >> 5) % (sizeof filters / sizeof filters[0]);
	if (filters[f][0] != NULL &&
	    search_request_set_filter(&req, filters[f][0], filters[f][1],
	    &msg) != 0)
		abort();
	rc = search_run(engine(), &req, &res, &msg);
	if (rc == 0) {
		/* An answer is a JSON object that prints. */
		if (!cJSON_IsObject(res))
			abort();
		s = cJSON_PrintUnformatted(res);
		if (s == NULL)
			abort();
		cJSON_free(s);
	} else if (rc != SEARCH_EQUERY || res != NULL || msg == NULL ||
	    *msg == '\0') {
		fprintf(stderr, "fuzz_query: rc %d: %s\n", rc,
		    msg ? msg : "(no message)");
		abort();
	}
	cJSON_Delete(res);
	free(msg);
	free(q);
	return 0;
}
