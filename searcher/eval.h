/*
 * eval.h: `govsearch eval`, relevance evaluation.  Runs a file of
 * queries through the search engine (or reads a saved run) and scores
 * the rankings against TREC judgments with the measures of
 * searcher/metrics.h; docs/eval.md is the manual.
 */
#ifndef GOV_EVAL_H
#define GOV_EVAL_H

/*
 * The `govsearch eval` command: argv[0] is "eval", the rest its options.
 * Prints the table (or JSON) to stdout and diagnostics to stderr.
 * Returns the exit status: 0 done, 1 no query had judgments, 2 usage
 * error or unreadable/bad input file, 3 database or output error.
 */
int eval_main(int argc, char **argv);

#endif /* GOV_EVAL_H */
