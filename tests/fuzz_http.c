/*
 * fuzz_http.c: fuzz target for the HTTP service's parameter handling.
 * The input is the query string of a request (after the '?'); it is
 * split and decoded as libmicrohttpd does, handed to the service's own
 * parameter callback and checks (serve.c is compiled in, so nothing is
 * exported for the test), run on the index named by $GOV_FUZZ_DB, and
 * the answer goes through the response cache and back.  A request may be
 * refused with 400 or 413 and a message, never crash or hang.
 */
#include "serve.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct server fsv;
static struct search_engine *feng;

/* The service's defaults, as `serve --db $GOV_FUZZ_DB` would have them. */
static void
fuzz_setup(void)
{
	char *argv[] = { "serve", "--db", getenv("GOV_FUZZ_DB"), NULL };
	char *msg = NULL;
	int rc;

	if (argv[2] == NULL) {
		fprintf(stderr, "fuzz_http: set GOV_FUZZ_DB to an index\n");
		abort();
	}
	if (parse_args(3, argv, &fsv.conf) != -1)
		abort();
	fsv.eo.dbs = fsv.conf.dbs;
	fsv.eo.ndbs = fsv.conf.ndbs;
	cache_init(&fsv.cache, 8);
	feng = search_engine_open(&fsv.eo, &rc, &msg);
	if (feng == NULL) {
		fprintf(stderr, "fuzz_http: %s\n", msg);
		abort();
	}
}

/* libmicrohttpd's argument decoding: '+' is a space, then %XX. */
static size_t
decode(char *s)
{
	char *p;

	for (p = s; *p != '\0'; p++) {
		if (*p == '+')
			*p = ' ';
	}
	return MHD_http_unescape(s);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct search_request req;
	struct params p;
	struct buf key = BUF_INIT;
	cJSON *res = NULL;
	char *qs, *arg, *next, *eq, *val, *msg = NULL, *body, *got;
	size_t klen, vlen, len, glen;
	static unsigned long gen;
	unsigned status;
	int rc;

	if (feng == NULL)
		fuzz_setup();
	qs = xstrndup((const char *)data, size);
	memset(&p, 0, sizeof(p));
	for (arg = qs; arg != NULL; arg = next) {
		next = strchr(arg, '&');
		if (next != NULL)
			*next++ = '\0';
		eq = strchr(arg, '=');
		val = NULL;
		vlen = 0;
		if (eq != NULL) {
			*eq = '\0';
			val = eq + 1;
			vlen = decode(val);
		}
		klen = decode(arg);
		param_cb(&p, MHD_GET_ARGUMENT_KIND, arg, klen, val, vlen);
	}
	search_request_init(&req);
	status = search_params(&fsv, &p, &req, &msg);
	if (status != 0) {
		if ((status != MHD_HTTP_BAD_REQUEST &&
		    status != MHD_HTTP_CONTENT_TOO_LARGE) || msg == NULL) {
			fprintf(stderr, "fuzz_http: status %u: %s\n", status,
			    msg ? msg : "(no message)");
			abort();
		}
		goto out;
	}
	rc = search_run(feng, &req, &res, &msg);
	if (rc != 0) {
		if (status_of(rc) != MHD_HTTP_BAD_REQUEST || msg == NULL) {
			fprintf(stderr, "fuzz_http: search rc %d: %s\n", rc,
			    msg ? msg : "(no message)");
			abort();
		}
		goto out;
	}
	body = cJSON_PrintUnformatted(res);
	if (body == NULL)
		abort();
	len = strlen(body);
	/*
	 * What the cache keeps for this request is what it gives back (a new
	 * generation each time: an answer holds its timing).
	 */
	params_key(&p, &key);
	gen++;
	cache_put(&fsv.cache, key.data, key.len, gen, body, len);
	got = cache_get(&fsv.cache, key.data, key.len, gen, &glen);
	if (got != NULL && (glen != len || memcmp(got, body, len) != 0)) {
		fprintf(stderr, "fuzz_http: the cache changed an answer\n");
		abort();
	}
	free(got);
	cJSON_free(body);
out:
	buf_free(&key);
	cJSON_Delete(res);
	free(msg);
	free(qs);
	return 0;
}
