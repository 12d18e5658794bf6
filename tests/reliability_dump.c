/*
 * reliability_dump.c: prints every document of an index as one line,
 * "ID<TAB>HASH<TAB>BYTES" (its unique term and a hash of its stored
 * data), in term order, then the metadata the searcher reads.  Two
 * indexes hold the same documents when their dumps are equal; a
 * document a crash damaged shows as a line the uninterrupted run lacks.
 *
 *   reliability_dump DB
 *
 * Exit status 0, or 3 when the index cannot be opened or read.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schema.h"
#include "util.h"
#include "xap.h"

struct dump {
	struct xap_db *db;
	int failed;
};

static int
doc_cb(void *ctx, const char *term, size_t len, unsigned freq)
{
	struct dump *d = ctx;
	unsigned docid;
	char *data = NULL, *msg = NULL;
	size_t dlen = 0;

	if (freq != 1 ||
	    xap_db_find_term(d->db, term, len, &docid, &msg) != 0 ||
	    xap_db_get_data(d->db, docid, &data, &dlen, &msg) != 0) {
		fprintf(stderr, "reliability_dump: %.*s: %s\n", (int)len,
		    term, msg ? msg : "not exactly one document");
		d->failed = 1;
	} else {
		printf("%.*s\t%016llx\t%zu\n", (int)len, term,
		    util_hash64(data, dlen), dlen);
	}
	free(data);
	free(msg);
	return 0;
}

int
main(int argc, char **argv)
{
	static const char *const keys[] = { META_SCHEMA, META_LANGUAGE,
	    META_WEIGHTS, META_STOPWORDS };
	struct dump d = { NULL, 0 };
	const char *path;
	char *msg = NULL, *val;
	size_t i, len;
	int rc;

	if (argc != 2) {
		fprintf(stderr, "usage: reliability_dump DB\n");
		return 2;
	}
	path = argv[1];
	d.db = xap_db_open(&path, 1, 0, &rc, &msg);
	if (d.db == NULL) {
		fprintf(stderr, "reliability_dump: %s\n", msg);
		free(msg);
		return 3;
	}
	if (xap_db_allterms(d.db, PFX_ID, doc_cb, &d, &msg) != 0) {
		fprintf(stderr, "reliability_dump: %s\n", msg);
		d.failed = 1;
	}
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		if (xap_db_get_metadata(d.db, keys[i], &val, &len, &msg) != 0) {
			fprintf(stderr, "reliability_dump: %s\n", msg);
			d.failed = 1;
			continue;
		}
		printf("meta %s\t%s\n", keys[i], val);
		free(val);
	}
	free(msg);
	xap_db_free(d.db);
	return d.failed ? 3 : 0;
}
