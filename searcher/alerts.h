/*
 * alerts.h: saved searches.  `govsearch alerts --db DIR --file SAVED.jsonl
 * --since TIME` runs each saved query against the documents indexed (added
 * or changed) at or after TIME and prints each new match as a JSON line,
 * for cron to mail (docs/alerts.md).
 */
#ifndef GOV_ALERTS_H
#define GOV_ALERTS_H

/* The `alerts` subcommand: argv[0] is "alerts".  Returns the exit status
 * (0 matches, 1 none, 2 usage or a bad saved query, 3 database error). */
int alerts_main(int argc, char **argv);

#endif /* GOV_ALERTS_H */
