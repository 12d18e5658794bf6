/*
 * test_metrics.c: the arithmetic of searcher/metrics.c on hand-made
 * judgments and runs, each expected value worked out in a comment as
 * trec_eval 9 defines it.
 */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "metrics.h"
#include "tap.h"

#define EPS	1e-9

static int
near(double a, double b)
{
	return fabs(a - b) < EPS;
}

/*
 * The judgments used by most cases.
 *   q1: graded: d1 level 2; d2 and d4 level 1; d3 judged not relevant.
 *   q2: one relevant document, a.
 *   q3: judged, but nothing relevant.
 *   q4 is not judged at all.
 */
static const char QRELS[] =
    "# a comment line\n"
    "q1 0 d1 2\n"
    "q1 0 d2 1\n"
    "q1 0 d3 0\n"
    "q1 0 d4 1\n"
    "\n"
    "q2 0 a 1\n"
    "q3\t0\tx\t0\n";

/*
 * The run: q1 retrieves d3 d1 d9 d2 d5 (d9 and d5 unjudged), q2 nothing,
 * q3 x and y, q4 z.
 */
static struct run *
make_run(void)
{
	struct run *r = run_new();

	run_add(r, "q1", "d3", 9.0, 1);
	run_add(r, "q1", "d1", 8.0, 2);
	run_add(r, "q1", "d9", 7.0, 3);
	run_add(r, "q1", "d2", 6.0, 4);
	run_add(r, "q1", "d5", 5.0, 5);
	run_add_query(r, "q2");
	run_add(r, "q3", "x", 2.0, 1);
	run_add(r, "q3", "y", 1.0, 2);
	run_add(r, "q4", "z", 1.0, 1);
	return r;
}

static struct qrels *
make_qrels(void)
{
	struct qrels *qr = NULL;
	char *msg = NULL;

	if (qrels_parse(QRELS, strlen(QRELS), &qr, &msg) != 0) {
		printf("# qrels: %s\n", msg);
		free(msg);
		exit(1);
	}
	return qr;
}

static void
test_metrics_parse(void)
{
	struct metric m[METRICS_MAX];
	size_t n = 0;
	char *msg = NULL;
	int rc;

	rc = metrics_parse(METRICS_DEFAULT, m, METRICS_MAX, &n, NULL);
	ok(rc == 0 && n == 5 && strcmp(m[0].name, "mrr@10") == 0 &&
	    strcmp(m[1].name, "ndcg@10") == 0 &&
	    strcmp(m[2].name, "p@10") == 0 &&
	    strcmp(m[3].name, "recall@100") == 0 &&
	    strcmp(m[4].name, "map") == 0,
	    "metrics_parse_should_read_the_default_list");
	ok(strcmp(m[1].trec, "ndcg_cut_10") == 0 &&
	    strcmp(m[2].trec, "P_10") == 0 &&
	    strcmp(m[3].trec, "recall_100") == 0,
	    "metrics_parse_should_give_trec_eval_names");

	rc = metrics_parse("NDCG_CUT_5, P.3,recall_20,recip_rank,ndcg@5", m,
	    METRICS_MAX, &n, NULL);
	ok(rc == 0 && n == 4 && strcmp(m[0].name, "ndcg@5") == 0 &&
	    strcmp(m[1].name, "p@3") == 0 && m[1].cutoff == 3 &&
	    strcmp(m[2].name, "recall@20") == 0 &&
	    strcmp(m[3].name, "mrr") == 0 && m[3].cutoff == 0,
	    "metrics_parse_should_accept_trec_spellings_and_drop_repeats");

	rc = metrics_parse("ndcg@10,bleu", m, METRICS_MAX, &n, &msg);
	ok(rc == METRICS_EINPUT && msg != NULL && strstr(msg, "bleu"),
	    "metrics_parse_should_name_an_unknown_measure");
	free(msg);
	msg = NULL;
	ok(metrics_parse("p@0", m, METRICS_MAX, &n, NULL) == METRICS_EINPUT &&
	    metrics_parse("p", m, METRICS_MAX, &n, NULL) == METRICS_EINPUT &&
	    metrics_parse("map@10", m, METRICS_MAX, &n, NULL) ==
	    METRICS_EINPUT && metrics_parse("", m, METRICS_MAX, &n, NULL) ==
	    METRICS_EINPUT,
	    "metrics_parse_should_refuse_bad_cutoffs_and_empty_lists");
}

static void
test_compute(void)
{
	struct metric m[METRICS_MAX];
	size_t n;
	double v[METRICS_MAX];
	/* Ranks 1..5: judged 0, level 2, unjudged, level 1, unjudged. */
	const int rels[] = { 0, 2, -1, 1, -1 };
	/* Every relevant judged document, best first: d1, d2, d4. */
	const int ideal[] = { 2, 1, 1 };

	metrics_parse("mrr@10,mrr@1,mrr,ndcg@10,ndcg@2,ndcg@1,p@10,p@2,p@5,"
	    "recall@100,recall@2,map,ndcg", m, METRICS_MAX, &n, NULL);
	metrics_compute(rels, 5, ideal, 3, m, n, v);
	/* The first relevant document is at rank 2: 1/2. */
	ok(near(v[0], 0.5), "rr_should_be_one_over_the_first_relevant_rank");
	/* ... which is below a cutoff of 1. */
	ok(near(v[1], 0.0), "mrr_at_k_should_be_zero_past_the_cutoff");
	ok(near(v[2], 0.5), "recip_rank_should_have_no_cutoff");
	/*
	 * DCG@10 = 2/log2(3) + 1/log2(5) = 1.2618595 + 0.4306766;
	 * IDCG@10 = 2/log2(2) + 1/log2(3) + 1/log2(4) = 2 + 0.6309298 + 0.5;
	 * 1.6925361 / 3.1309298 = 0.5405858.
	 */
	ok(near(v[3], (2 / log2(3) + 1 / log2(5)) /
	    (2 + 1 / log2(3) + 1 / log2(4))) && fabs(v[3] - 0.5405858) < 1e-7,
	    "ndcg_should_use_levels_as_gains_and_all_judged_docs_as_ideal");
	/* @2: 2/log2(3) / (2 + 1/log2(3)) = 1.2618595 / 2.6309298. */
	ok(fabs(v[4] - 0.4796249) < 1e-7,
	    "ndcg_at_2_should_cut_both_the_run_and_the_ideal");
	/* @1: the top document is judged 0. */
	ok(near(v[5], 0.0), "ndcg_at_1_should_be_zero_for_a_nonrelevant_top");
	/* Two relevant in the top 10, divided by 10 though 5 came back. */
	ok(near(v[6], 0.2), "p_at_10_should_divide_by_10_when_fewer_retrieved");
	ok(near(v[7], 0.5) && near(v[8], 0.4), "p_at_k_should_count_the_top_k");
	/* 2 of the 3 relevant retrieved; 1 of 3 in the top 2. */
	ok(near(v[9], 2.0 / 3) && near(v[10], 1.0 / 3),
	    "recall_should_divide_by_all_relevant");
	/*
	 * AP: relevant at ranks 2 (1/2) and 4 (2/4); d4 never retrieved adds
	 * 0: (0.5 + 0.5) / 3.
	 */
	ok(near(v[11], 1.0 / 3), "map_should_count_unretrieved_relevant_as_0");
	/* No cutoff: the same ranking, all ideal documents: as @10 here. */
	ok(near(v[12], v[3]), "ndcg_without_cutoff_should_use_everything");

	/* Nothing retrieved; nothing relevant. */
	metrics_compute(rels, 0, ideal, 3, m, n, v);
	ok(v[0] == 0 && v[3] == 0 && v[6] == 0 && v[9] == 0 && v[11] == 0,
	    "compute_should_give_zero_for_an_empty_ranking");
	metrics_compute(rels, 5, ideal, 0, m, n, v);
	ok(v[3] == 0 && v[9] == 0 && v[11] == 0,
	    "compute_should_give_zero_without_relevant_documents");
}

static void
test_qrels(void)
{
	struct qrels *qr = make_qrels();
	char *msg = NULL;
	int rel = -99, rc;
	struct qrels *bad = NULL;

	ok(qrels_nqueries(qr) == 3, "qrels_parse_should_count_queries");
	ok(qrels_num_rel(qr, "q1") == 3 && qrels_num_rel(qr, "q3") == 0 &&
	    qrels_num_rel(qr, "q4") == 0,
	    "qrels_num_rel_should_count_levels_of_1_and_more");
	ok(qrels_judgment(qr, "q1", "d1", &rel) == 1 && rel == 2 &&
	    qrels_judgment(qr, "q1", "d3", &rel) == 1 && rel == 0 &&
	    qrels_judgment(qr, "q1", "d9", &rel) == 0 &&
	    qrels_judgment(qr, "q9", "d1", &rel) == 0,
	    "qrels_judgment_should_tell_judged_from_unjudged");
	ok(qrels_has_query(qr, "q3") && !qrels_has_query(qr, "q4"),
	    "qrels_has_query_should_know_judged_queries");
	qrels_free(qr);

	rc = qrels_parse("q1 0 a 1\nq1 0 b\n", 17, &bad, &msg);
	ok(rc == METRICS_EINPUT && bad == NULL && msg &&
	    strstr(msg, "line 2"), "qrels_parse_should_name_a_short_line");
	free(msg);
	msg = NULL;
	rc = qrels_parse("q1 0 a one\n", 11, &bad, &msg);
	ok(rc == METRICS_EINPUT && msg && strstr(msg, "one"),
	    "qrels_parse_should_refuse_a_relevance_that_is_not_a_number");
	free(msg);
	msg = NULL;
	rc = qrels_parse("q1 0 a 1\nq2 0 a 1\nq1 0 a 0\n", 27, &bad, &msg);
	ok(rc == METRICS_EDUP && msg && strstr(msg, "judged twice"),
	    "qrels_parse_should_refuse_a_document_judged_twice");
	free(msg);
	msg = NULL;
	rc = qrels_load("/nonexistent/qrels", &bad, &msg);
	ok(rc == METRICS_EIO && msg && strstr(msg, "/nonexistent/qrels"),
	    "qrels_load_should_report_an_unreadable_file");
	free(msg);
}

static void
test_evaluate(void)
{
	struct qrels *qr = make_qrels();
	struct run *r = make_run();
	struct metric m[METRICS_MAX];
	struct metrics_eval *ev = NULL;
	const struct metrics_row *row;
	size_t n;
	int rc;

	metrics_parse(METRICS_DEFAULT, m, METRICS_MAX, &n, NULL);
	rc = metrics_evaluate(qr, r, m, n, 0, &ev, NULL);
	ok(rc == 0 && ev->nrows == 3 && ev->nskipped == 1 &&
	    strcmp(ev->skipped[0], "q4") == 0,
	    "evaluate_should_skip_queries_without_judgments");
	row = metrics_eval_find(ev, "q1");
	ok(row && row->num_rel == 3 && row->num_ret == 5 &&
	    row->num_rel_ret == 2, "evaluate_should_count_rel_ret_and_rel_ret");
	row = metrics_eval_find(ev, "q2");
	ok(row && row->num_ret == 0 && row->v[1] == 0 && row->num_rel == 1,
	    "evaluate_should_score_a_query_that_retrieved_nothing_as_zero");
	row = metrics_eval_find(ev, "q3");
	ok(row && row->num_rel == 0 && row->v[4] == 0,
	    "evaluate_should_keep_a_judged_query_with_nothing_relevant");
	/*
	 * Means over q1, q2, q3 (q2 and q3 are 0 everywhere): q1's values
	 * / 3: rr 0.5/3, ndcg@10 0.5405858/3, p@10 0.2/3, recall 2/9, map
	 * 1/9.
	 */
	ok(near(ev->mean[0], 0.5 / 3) &&
	    fabs(ev->mean[1] - 0.5405858 / 3) < 1e-7 &&
	    near(ev->mean[2], 0.2 / 3) && near(ev->mean[3], 2.0 / 9) &&
	    near(ev->mean[4], 1.0 / 9),
	    "evaluate_should_average_over_the_judged_queries");
	metrics_eval_free(ev);
	ev = NULL;

	/* trec_eval -c: q2 is absent from this run but judged. */
	run_free(r);
	r = run_new();
	run_add(r, "q1", "d1", 1.0, 1);
	rc = metrics_evaluate(qr, r, m, n, 0, &ev, NULL);
	ok(rc == 0 && ev->nrows == 1 && near(ev->mean[0], 1.0),
	    "evaluate_should_ignore_judged_queries_missing_from_the_run");
	metrics_eval_free(ev);
	ev = NULL;
	rc = metrics_evaluate(qr, r, m, n, METRICS_COMPLETE, &ev, NULL);
	ok(rc == 0 && ev->nrows == 3 && near(ev->mean[0], 1.0 / 3) &&
	    metrics_eval_find(ev, "q2") != NULL,
	    "evaluate_complete_should_count_missing_judged_queries_as_zero");
	metrics_eval_free(ev);
	ev = NULL;

	run_add(r, "q1", "d1", 0.5, 2);
	rc = metrics_evaluate(qr, r, m, n, 0, &ev, NULL);
	ok(rc == METRICS_EDUP && ev == NULL,
	    "evaluate_should_refuse_a_document_retrieved_twice");
	run_free(r);
	qrels_free(qr);
}

static void
test_run_order(void)
{
	/*
	 * Three documents with the same score: trec_eval ranks them by
	 * document id descending (c, b, a) whatever the rank column says;
	 * t2's rank column disagrees with its scores.
	 */
	static const char RUN[] =
	    "t1 Q0 b 1 1.0 run\n"
	    "t1 Q0 a 2 1.0 run\n"
	    "t1 Q0 c 3 1.0 run\n"
	    "\n"
	    "t2 Q0 a 1 0.5 run\n"
	    "t2 Q0 b 2 0.9 run\n";
	static const char QR[] = "t1 0 a 1\nt2 0 a 1\n";
	struct run *r = NULL;
	struct qrels *qr = NULL;
	struct metric m[1];
	struct metrics_eval *ev = NULL;
	size_t n;
	char *msg = NULL;
	int rc;

	metrics_parse("mrr", m, 1, &n, NULL);
	qrels_parse(QR, strlen(QR), &qr, NULL);
	rc = run_parse(RUN, strlen(RUN), &r, &msg);
	ok(rc == 0 && run_nqueries(r) == 2 && run_ndocs(r, 0) == 3 &&
	    strcmp(run_docno(r, 1, 1), "b") == 0,
	    "run_parse_should_read_trec_lines_in_order");
	/* As read: a is second in t1 (1/2) and first in t2 (1). */
	metrics_evaluate(qr, r, m, n, 0, &ev, NULL);
	ok(ev && near(ev->rows[0].v[0], 0.5) && near(ev->rows[1].v[0], 1.0),
	    "run_order_added_should_keep_the_file_order");
	metrics_eval_free(ev);
	ev = NULL;
	/* trec_eval: t1 is c b a (a third: 1/3); t2 is b a (1/2). */
	run_sort(r, RUN_ORDER_TREC);
	ok(strcmp(run_docno(r, 0, 0), "c") == 0 &&
	    strcmp(run_docno(r, 0, 2), "a") == 0,
	    "run_sort_trec_should_break_ties_by_docno_descending");
	metrics_evaluate(qr, r, m, n, 0, &ev, NULL);
	ok(ev && near(ev->rows[0].v[0], 1.0 / 3) &&
	    near(ev->rows[1].v[0], 0.5),
	    "run_sort_trec_should_rank_by_score_first");
	metrics_eval_free(ev);
	ev = NULL;
	run_sort(r, RUN_ORDER_RANK);
	ok(strcmp(run_docno(r, 0, 0), "b") == 0 &&
	    strcmp(run_docno(r, 1, 0), "a") == 0,
	    "run_sort_rank_should_follow_the_rank_column");
	run_free(r);
	r = NULL;

	rc = run_parse("t1 Q0 a 1 x run\n", 16, &r, &msg);
	ok(rc == METRICS_EINPUT && r == NULL && msg && strstr(msg, "line 1"),
	    "run_parse_should_refuse_a_score_that_is_not_a_number");
	free(msg);
	msg = NULL;
	rc = run_parse("t1 Q0 a 1\n", 10, &r, &msg);
	ok(rc == METRICS_EINPUT && msg != NULL,
	    "run_parse_should_refuse_a_short_line");
	free(msg);
	qrels_free(qr);
}

static void
test_write_trec(void)
{
	struct run *r = make_run(), *back = NULL;
	char *data = NULL;
	size_t len = 0;
	FILE *f;

	f = open_memstream(&data, &len);
	ok(f != NULL && run_write_trec(f, r, "x") == 0 && fclose(f) == 0 &&
	    strncmp(data, "q1 Q0 d3 1 9.000000 x\n", 22) == 0,
	    "run_write_trec_should_write_six_fields");
	ok(run_parse(data, len, &back, NULL) == 0 && run_nqueries(back) == 3 &&
	    run_ndocs(back, 0) == 5 && strcmp(run_docno(back, 1, 1), "y") == 0,
	    "run_write_trec_should_read_back_without_the_empty_query");
	free(data);
	run_free(back);
	run_free(r);
}

int
main(void)
{
	test_metrics_parse();
	test_compute();
	test_qrels();
	test_evaluate();
	test_run_order();
	test_write_trec();
	return tap_done();
}
