/*
 * decisions.h: the decision log.  `govsearch --decisions QUERY` searches
 * the resolutions alone, newest first, and lists each as a decision:
 * date, council, committee, the item's title, outcome and text.
 */
#ifndef GOV_DECISIONS_H
#define GOV_DECISIONS_H

#include <stdio.h>
#include <cjson/cJSON.h>

struct search_request;

/*
 * Makes req a decision-log request: resolutions only (passages, type
 * resolution unless a type is given), newest first unless a sort other
 * than relevance is given.
 */
void decisions_request(struct search_request *req);

/*
 * The decision log of a search result (docs/json.md "Decision log"): a
 * new object {"query", "total", "decisions": [...]} the caller frees
 * with cJSON_Delete.  result is borrowed.
 */
cJSON *decisions_log(const cJSON *result);

/*
 * Writes the log as text (one block per decision) or, json set, as one
 * JSON object.  Returns 0, or -1 on a write error (errno set).
 */
int decisions_print(FILE *, const cJSON *log, int json);

/* decisions_log of result, printed: 0, or -1 on a write error. */
int decisions_output(FILE *, const cJSON *result, int json);

#endif /* GOV_DECISIONS_H */
