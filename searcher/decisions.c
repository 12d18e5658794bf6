/*
 * decisions.c: the decision log, made from a passage-mode search of the
 * resolutions.  Each resolution passage carries its item's title, the
 * meeting's council, committee and date, and its outcome (docs/json.md),
 * so the log is a reshaping of the hits, newest first.
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decisions.h"
#include "schema.h"
#include "search.h"

void
decisions_request(struct search_request *req)
{
	req->passages = 1;
	if (req->type == NULL)
		req->type = TYPE_RESOLUTION;
	if (req->sort == SEARCH_SORT_RELEVANCE)
		req->sort = SEARCH_SORT_DATE_DESC;
}

static const cJSON *
get(const cJSON *o, const char *key)
{
	return cJSON_GetObjectItemCaseSensitive(o, key);
}

/* Copies o[key] into d[as] (null when absent). */
static void
copy(cJSON *d, const char *as, const cJSON *o, const char *key)
{
	const cJSON *v = get(o, key);

	if (v != NULL && !cJSON_IsNull(v))
		cJSON_AddItemToObject(d, as, cJSON_Duplicate(v, 1));
	else
		cJSON_AddNullToObject(d, as);
}

cJSON *
decisions_log(const cJSON *result)
{
	const cJSON *hit, *text;
	cJSON *log, *arr, *d;

	log = cJSON_CreateObject();
	copy(log, "query", result, "query");
	copy(log, "total", result, "total");
	copy(log, "total_exact", result, "total_exact");
	arr = cJSON_AddArrayToObject(log, "decisions");
	cJSON_ArrayForEach(hit, get(result, "hits")) {
		d = cJSON_CreateObject();
		copy(d, "date", hit, "date");
		copy(d, "council", hit, "council");
		copy(d, "committee", hit, "committee");
		copy(d, "title", hit, "title");
		copy(d, "outcome", hit, "outcome");
		/* The whole resolution when the hit has it, else its snippet. */
		text = get(hit, "text");
		copy(d, "text", hit, cJSON_IsString(text) ? "text" : "snippet");
		copy(d, "id", hit, "id");
		copy(d, "item_id", hit, "item_id");
		copy(d, "url", hit, "url");
		cJSON_AddItemToArray(arr, d);
	}
	return log;
}

static const char *
str(const cJSON *o, const char *key, const char *dflt)
{
	const cJSON *v = get(o, key);

	return cJSON_IsString(v) && v->valuestring != NULL ?
	    v->valuestring : dflt;
}

int
decisions_print(FILE *f, const cJSON *log, int json)
{
	const cJSON *d;
	char *s;
	int n = 0;

	if (json) {
		s = cJSON_Print(log);
		if (s == NULL) {
			errno = ENOMEM;
			return -1;
		}
		fprintf(f, "%s\n", s);
		free(s);
		return ferror(f) ? -1 : 0;
	}
	cJSON_ArrayForEach(d, get(log, "decisions")) {
		const char *council = str(d, "council", NULL);
		const char *committee = str(d, "committee", NULL);

		fprintf(f, "%s%s%s%s%s%s\n", n++ ? "\n" : "",
		    str(d, "date", "(no date)"),
		    council || committee ? "  " : "", council ? council : "",
		    council && committee ? ", " : "",
		    committee ? committee : "");
		fprintf(f, "  %s\n", str(d, "title", "(untitled)"));
		fprintf(f, "  [%s] %s\n", str(d, "outcome", "unknown"),
		    str(d, "text", ""));
		fprintf(f, "  %s\n", str(d, "id", ""));
	}
	if (n == 0)
		fprintf(f, "No decisions found.\n");
	return ferror(f) ? -1 : 0;
}

int
decisions_output(FILE *f, const cJSON *result, int json)
{
	cJSON *log = decisions_log(result);
	int rc = decisions_print(f, log, json);

	cJSON_Delete(log);
	return rc;
}
