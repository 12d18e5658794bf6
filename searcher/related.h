/*
 * related.h: threads between meetings.  An item that cites a reference
 * number (a planning application, an ordinance, "Minute 45/2023") is
 * related to the other items citing it, so an issue can be followed from
 * meeting to meeting.
 */
#ifndef GOV_RELATED_H
#define GOV_RELATED_H

#include <cjson/cJSON.h>

struct xap_db;

#define RELATED_HITS	20	/* hits of a page that get "related" */
#define RELATED_MAX	5	/* related items listed per hit */

/*
 * Adds "related" to each item hit of result (docs/json.md): an array of
 * at most RELATED_MAX {"id", "title", "date", "refs"} of other items
 * sharing a reference number with it, newest first ([] when none, and
 * for hits past the first RELATED_HITS).  Best effort: what cannot be
 * read is left empty.  result is modified in place.
 */
void related_add(struct xap_db *, cJSON *result);

#endif /* GOV_RELATED_H */
