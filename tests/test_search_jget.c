/*
 * test_search_jget.c: a small JSON reader for the shell tests, so they
 * parse govsearch's output with cJSON rather than with sed.
 *
 *   jget PATH... < input
 *
 * Reads every JSON value on standard input (one document or JSON Lines)
 * and, for each, prints the PATHs separated by tabs on one line.  A PATH
 * is ".key", "[N]" and "[]" steps (".hits[0].id", ".hits[].id"; "[]"
 * prints one value per element, joined by spaces) or "#" followed by a
 * path for the length of an array or object ("#.hits").  Strings print
 * raw, absent values as "-".  Exits 2 on input that is not JSON.
 */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "util.h"

static void
print_value(struct buf *b, const cJSON *v)
{
	char *s;

	if (v == NULL) {
		buf_putc(b, '-');
	} else if (cJSON_IsString(v)) {
		buf_puts(b, v->valuestring);
	} else if (cJSON_IsNumber(v)) {
		buf_printf(b, "%.17g", v->valuedouble);
	} else {
		s = cJSON_PrintUnformatted(v);
		buf_puts(b, s ? s : "?");
		cJSON_free(s);
	}
}

/* Walks path p from v, printing into b. */
static void
walk(struct buf *b, const cJSON *v, const char *p, int count)
{
	const cJSON *e;
	char key[256];
	size_t n;
	int first = 1;

	while (*p != '\0' && v != NULL) {
		if (*p == '.') {
			p++;
			n = strcspn(p, ".[");
			if (n >= sizeof(key))
				n = sizeof(key) - 1;
			memcpy(key, p, n);
			key[n] = '\0';
			p += n;
			v = cJSON_GetObjectItemCaseSensitive(v, key);
		} else if (p[0] == '[' && p[1] == ']') {
			p += 2;
			cJSON_ArrayForEach(e, v) {
				if (!first)
					buf_putc(b, ' ');
				walk(b, e, p, count);
				first = 0;
			}
			return;
		} else if (*p == '[') {
			v = cJSON_GetArrayItem(v, atoi(p + 1));
			p = strchr(p, ']');
			if (p == NULL)
				return;
			p++;
		} else {
			return;
		}
	}
	if (count)
		buf_printf(b, "%d", v ? cJSON_GetArraySize(v) : 0);
	else
		print_value(b, v);
}

int
main(int argc, char **argv)
{
	struct buf in = BUF_INIT, out = BUF_INIT;
	const char *p, *end = NULL;
	cJSON *v;
	char chunk[65536];
	size_t n;
	int i;

	for (;;) {
		n = fread(chunk, 1, sizeof(chunk), stdin);
		if (n == 0)
			break;
		buf_append(&in, chunk, n);
	}
	p = in.data ? in.data : "";
	for (;;) {
		while (isspace((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		v = cJSON_ParseWithOpts(p, &end, 0);
		if (v == NULL) {
			fprintf(stderr, "jget: not JSON at byte %zu\n",
			    (size_t)(p - in.data));
			return 2;
		}
		buf_reset(&out);
		for (i = 1; i < argc; i++) {
			if (i > 1)
				buf_putc(&out, '\t');
			if (argv[i][0] == '#')
				walk(&out, v, argv[i] + 1, 1);
			else
				walk(&out, v, argv[i], 0);
		}
		buf_putc(&out, '\n');
		fputs(out.data, stdout);
		cJSON_Delete(v);
		p = end;
	}
	buf_free(&in);
	buf_free(&out);
	return fflush(stdout) == 0 ? 0 : 2;
}
