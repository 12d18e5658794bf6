#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stop.h"
#include "text.h"
#include "util.h"
#include "xap.h"

const char *
stop_datadir(void)
{
	const char *dir = getenv("GOVSEARCH_DATADIR");

	return dir && *dir ? dir : GOV_DATADIR;
}

int
stop_load_file(struct xap_stopper *st, const char *path, char **errmsg)
{
	struct buf norm = BUF_INIT, low = BUF_INIT;
	char *data = NULL, *line, *next, *end;
	size_t len;
	int rc;

	rc = util_read_file(path, &data, &len);
	if (rc != 0) {
		if (errmsg)
			*errmsg = xasprintf("%s: %s", path, strerror(-rc));
		return -1;
	}
	text_normalize(data, len, &norm, NULL);
	for (line = norm.data; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		end = strchr(line, '#');
		if (end)
			*end = '\0';
		if (text_squeeze(line) == 0)
			continue;
		buf_reset(&low);
		text_lower(line, strlen(line), &low);
		if (xap_stopper_add(st, low.data, low.len, errmsg) != 0) {
			rc = -1;
			goto out;
		}
	}
	rc = 0;
out:
	buf_free(&norm);
	buf_free(&low);
	free(data);
	return rc;
}

struct xap_stopper *
stop_load(const char *lang, const char *files, char **errmsg)
{
	struct xap_stopper *st;
	char *list = NULL, *name, *save = NULL, *path;
	const char *defaults[2];
	size_t i;
	FILE *f;

	st = xap_stopper_new();
	if (st == NULL) {
		if (errmsg)
			*errmsg = xstrdup("out of memory");
		return NULL;
	}
	if (files != NULL) {
		list = xstrdup(files);
		for (name = strtok_r(list, ",", &save); name;
		    name = strtok_r(NULL, ",", &save)) {
			if (stop_load_file(st, name, errmsg) != 0)
				goto fail;
		}
		free(list);
		return st;
	}
	/* The defaults are optional: a language without a list stops nothing. */
	/* The governance list is English procedure; other languages skip it. */
	defaults[0] = lang;
	defaults[1] = strcmp(lang, "english") == 0 ? "governance" : NULL;
	for (i = 0; i < 2 && defaults[i] != NULL; i++) {
		path = xasprintf("%s/stopwords/%s.txt", stop_datadir(),
		    defaults[i]);
		f = fopen(path, "r");
		if (f == NULL) {
			free(path);
			continue;
		}
		fclose(f);
		if (stop_load_file(st, path, errmsg) != 0) {
			free(path);
			goto fail;
		}
		free(path);
	}
	return st;
fail:
	free(list);
	xap_stopper_free(st);
	return NULL;
}
