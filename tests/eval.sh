#!/bin/sh
# eval.sh: govsearch eval end to end.  The sample minutes are indexed and
# the queries of tests/fixtures/eval/ scored against hand-written
# judgments; the figures are checked against an independent computation
# in awk from the saved run, and a hand-made run checks trec_eval's
# tie-breaking and -c through --run.
. "$top_srcdir/tests/setup"

JGET=$top_builddir/tests/test_search_jget
FIX=$top_srcdir/tests/fixtures/eval
DB=$TMP/sample.db
if ! "$GOVINDEX" --db "$DB" "$top_srcdir/sample" >"$TMP/index.log" 2>&1; then
	sed 's/^/# /' "$TMP/index.log"
	skip_all "govindex cannot index the sample yet"
fi

# The judged ids must be govindex's ids for the sample items.
"$GOVINDEX" --dump "$top_srcdir/sample" | "$JGET" .id >"$TMP/ids"
missing=$(awk '!/^#/ && NF == 4 { print $3 }' "$FIX/qrels.txt" | sort -u |
    while read -r id; do grep -qxF "$id" "$TMP/ids" || echo "$id"; done)
check "qrels_should_name_sample_items" "$([ -z "$missing" ]; echo $?)"
[ -z "$missing" ] || diag "not sample item ids: $missing"

ev() { "$GOVSEARCH" eval --db "$DB" --qrels "$FIX/qrels.txt" "$@"; }

ev --queries "$FIX/queries.tsv" --json --save "$TMP/run.trec" \
    >"$TMP/eval.json" 2>"$TMP/eval.err"
check "eval_should_succeed" $?
"$JGET" .queries '.skipped[]' '#.per_query' '#.failed' <"$TMP/eval.json" \
    >"$TMP/counts"
read -r nq skipped nrows nfailed <"$TMP/counts"
check "eval_should_score_the_judged_queries_and_skip_s9" \
    "$([ "$nq" = 12 ] && [ "$skipped" = s9 ] && [ "$nrows" = 12 ] &&
    [ "$nfailed" = 0 ]; echo $?)"
[ "$nq" = 12 ] || diag "queries=$nq skipped=$skipped rows=$nrows"

# s8 is judged, with nothing relevant: zero everywhere, still averaged.
"$JGET" '.per_query[7].qid' '.per_query[7].num_rel' \
    '.per_query[7].ndcg@10' '.per_query[7].map' <"$TMP/eval.json" \
    >"$TMP/s8"
check "eval_should_score_a_query_with_nothing_relevant_as_zero" \
    "$(printf 's8\t0\t0\t0\n' | cmp -s - "$TMP/s8"; echo $?)"

# Obvious queries find their item first.
"$JGET" '.per_query[0].mrr@10' '.per_query[1].mrr@10' \
    '.per_query[2].mrr@10' '.per_query[3].mrr@10' <"$TMP/eval.json" \
    >"$TMP/top"
check "eval_should_find_the_obvious_items_first" \
    "$(printf '1\t1\t1\t1\n' | cmp -s - "$TMP/top"; echo $?)"

# The same measures computed independently from the saved run (ranks in
# file order) and the qrels, as trec_eval defines them.
SCORE='
BEGIN {
	while ((getline l < qrels) > 0) {
		if (l ~ /^#/ || split(l, f, " ") != 4)
			continue
		rel[f[1], f[3]] = f[4]
		if (f[4] >= 1) {
			nrel[f[1]]++
			lv[f[1], nrel[f[1]]] = f[4]
		}
	}
}
{
	n[$1]++
	r = (($1, $3) in rel) ? rel[$1, $3] : -1
	rk = n[$1]
	if (r >= 1) {
		found[$1]++
		if (!($1 in first))
			first[$1] = rk
		ap[$1] += found[$1] / rk
		if (rk <= 10) {
			p10[$1]++
			dcg[$1] += r / (log(rk + 1) / log(2))
		}
		if (rk <= 100)
			r100[$1]++
	}
}
END {
	while ((getline q < qids) > 0) {
		# Ideal: levels sorted descending (insertion sort, few).
		m = nrel[q] + 0
		for (i = 1; i <= m; i++)
			s[i] = lv[q, i]
		for (i = 2; i <= m; i++)
			for (j = i; j > 1 && s[j] > s[j - 1]; j--) {
				t = s[j]; s[j] = s[j - 1]; s[j - 1] = t
			}
		idcg = 0
		for (i = 1; i <= m && i <= 10; i++)
			idcg += s[i] / (log(i + 1) / log(2))
		mrr = (q in first && first[q] <= 10) ? 1 / first[q] : 0
		printf "%s %.6f %.6f %.6f %.6f %.6f\n", q, mrr,
		    (idcg > 0 ? dcg[q] / idcg : 0), p10[q] / 10,
		    (m ? r100[q] / m : 0), (m ? ap[q] / m : 0)
	}
}'
"$JGET" '.per_query[].qid' <"$TMP/eval.json" | tr ' ' '\n' >"$TMP/qids"
awk -v qrels="$FIX/qrels.txt" -v qids="$TMP/qids" "$SCORE" "$TMP/run.trec" \
    >"$TMP/awk.out"
for k in qid mrr@10 ndcg@10 p@10 recall@100 map; do
	"$JGET" ".per_query[].$k" <"$TMP/eval.json" | tr ' ' '\n' \
	    >"$TMP/col.$k"
done
paste -d ' ' "$TMP/col.qid" "$TMP/col.mrr@10" "$TMP/col.ndcg@10" \
    "$TMP/col.p@10" "$TMP/col.recall@100" "$TMP/col.map" >"$TMP/c.out"
awk 'NR == FNR { for (i = 2; i <= 6; i++) v[$1, i] = $i; n++; next }
    { m++; for (i = 2; i <= 6; i++) { d = v[$1, i] - $i; if (d < 0) d = -d
      if (!(($1, i) in v) || d > 1e-5) { print "differs: " $0; bad = 1 } } }
    END { if (n != 12 || m != 12) { print "rows: " n " and " m; bad = 1 }
    exit bad }' "$TMP/awk.out" "$TMP/c.out" >"$TMP/diff.out"
check "eval_measures_should_match_an_independent_computation" $?
sed 's/^/# /' "$TMP/diff.out"

# The means are the averages of the per-query values.
"$JGET" .mean.ndcg@10 <"$TMP/eval.json" >"$TMP/mean"
awk '{ s += $3; n++ } END { printf "%.6f\n", s / n }' "$TMP/awk.out" \
    >"$TMP/mean.awk"
check "eval_mean_should_average_the_queries" "$(awk 'NR == FNR { a = $1;
    next } { d = a - $1; exit (d < -1e-5 || d > 1e-5) }' "$TMP/mean" \
    "$TMP/mean.awk"; echo $?)"

# The table: a header with the measures and an "all" line.
ev --queries "$FIX/queries.tsv" >"$TMP/table" 2>"$TMP/table.err"
check "eval_table_should_show_measures_and_the_overall_line" \
    "$(head -1 "$TMP/table" | grep -q 'ndcg@10' &&
    grep -q '^all .* 12 queries' "$TMP/table" &&
    grep -q 's9' "$TMP/table.err"; echo $?)"

# --compare: the same run again is unchanged; a shorter one is worse.
ev --queries "$FIX/queries.tsv" --save "$TMP/saved.json" --json \
    >/dev/null 2>&1
ev --queries "$FIX/queries.tsv" --compare "$TMP/saved.json" --json \
    >"$TMP/same.json" 2>/dev/null
"$JGET" '#.compare.better' '#.compare.worse' .compare.unchanged \
    <"$TMP/same.json" >"$TMP/same"
check "compare_should_find_no_change_against_itself" \
    "$(printf '0\t0\t12\n' | cmp -s - "$TMP/same"; echo $?)"
ev --queries "$FIX/queries.tsv" --limit 1 --by p@10 \
    --compare "$TMP/saved.json" --json >"$TMP/short.json" 2>/dev/null
"$JGET" '.compare.worse[].qid' '#.compare.better' <"$TMP/short.json" \
    >"$TMP/short"
# s6 and s10 have two relevant items, s11 its only one second: one
# result finds fewer.
check "compare_should_list_the_queries_that_got_worse" \
    "$(printf 's10 s11 s6\t0\n' | cmp -s - "$TMP/short"; echo $?)"
ev --queries "$FIX/queries.tsv" --limit 1 --compare "$TMP/run.trec" \
    >"$TMP/short.txt" 2>/dev/null
check "compare_should_read_a_saved_trec_run_and_print_changes" \
    "$(grep -q '^compared with .*, by ndcg@10' "$TMP/short.txt" &&
    grep -q '^worse (' "$TMP/short.txt"; echo $?)"

# --passages: passage ids are what is judged.
ev --queries "$FIX/passage-queries.tsv" --passages --json \
    --qrels "$FIX/passage-qrels.txt" >"$TMP/pass.json" 2>&1
"$JGET" .queries '.per_query[0].mrr@10' <"$TMP/pass.json" >"$TMP/pass"
check "eval_passages_should_score_passage_ids" \
    "$(printf '2\t1\n' | cmp -s - "$TMP/pass"; echo $?)"

# --run on a hand-made run.  t1 ranks b (3.0), then the tie a/d (2.0),
# which trec_eval breaks by document id descending: d, a; then c.  So a
# (level 2) is 3rd and c (level 1) 4th:
#   mrr@10 1/3; ndcg@10 (2/log2(4) + 1/log2(5)) / (2 + 1/log2(3)) =
#   1.4306766 / 2.6309298 = 0.5437912; p@10 0.2; recall 1;
#   map (1/3 + 2/4) / 2 = 0.4166667.
# t2: the tie z/x puts x 2nd: mrr 0.5, ndcg 1/log2(3) = 0.6309298,
#   p@10 0.1, recall 1, map 0.5.
# t3 is judged but not in the run, t4 in the run but not judged.
# Means over t1, t2: mrr 0.4166667, ndcg 0.5873605, p@10 0.15, recall 1,
# map 0.4583333; with --complete (t3 counts 0) over 3: 0.2777778,
# 0.3915737, 0.1, 0.6666667, 0.3055556.
"$GOVSEARCH" eval --run "$FIX/tiny-run.trec" --qrels "$FIX/tiny-qrels.txt" \
    --json >"$TMP/tiny.json" 2>/dev/null
"$JGET" .queries .mean.mrr@10 .mean.ndcg@10 .mean.p@10 .mean.recall@100 \
    .mean.map '.skipped[]' <"$TMP/tiny.json" >"$TMP/tiny"
check "run_should_break_ties_and_average_as_trec_eval" "$(awk -F '\t' '
    { exit !($1 == 2 && $7 == "t4" && ($2 - 0.4166667)^2 < 1e-12 &&
    ($3 - 0.5873605)^2 < 1e-12 && ($4 - 0.15)^2 < 1e-12 &&
    ($5 - 1)^2 < 1e-12 && ($6 - 0.4583333)^2 < 1e-12) }' "$TMP/tiny";
    echo $?)"
"$GOVSEARCH" eval --run "$FIX/tiny-run.trec" --qrels "$FIX/tiny-qrels.txt" \
    --complete --json 2>/dev/null | "$JGET" .queries .mean.mrr@10 \
    .mean.ndcg@10 .mean.p@10 .mean.recall@100 .mean.map >"$TMP/tinyc"
check "run_complete_should_count_judged_queries_missing_from_the_run" \
    "$(awk -F '\t' '{ exit !($1 == 3 && ($2 - 0.2777778)^2 < 1e-12 &&
    ($3 - 0.3915737)^2 < 1e-12 && ($4 - 0.1)^2 < 1e-12 &&
    ($5 - 0.6666667)^2 < 1e-12 && ($6 - 0.3055556)^2 < 1e-12) }' \
    "$TMP/tinyc"; echo $?)"

# Usage errors exit 2, a missing database 3, no judged query 1.
"$GOVSEARCH" eval --db "$DB" --queries "$FIX/queries.tsv" >/dev/null 2>&1
check "eval_without_qrels_should_exit_2" "$([ $? -eq 2 ]; echo $?)"
ev --queries "$FIX/queries.tsv" --metrics ndcg@10,bleu >/dev/null 2>&1
check "eval_with_an_unknown_measure_should_exit_2" "$([ $? -eq 2 ]; echo $?)"
"$GOVSEARCH" eval --db "$TMP/nonexistent" --queries "$FIX/queries.tsv" \
    --qrels "$FIX/qrels.txt" >/dev/null 2>&1
check "eval_on_a_missing_database_should_exit_3" "$([ $? -eq 3 ]; echo $?)"
printf 'zz\tschool\n' >"$TMP/unjudged.tsv"
ev --queries "$TMP/unjudged.tsv" >/dev/null 2>&1
check "eval_with_no_judged_query_should_exit_1" "$([ $? -eq 1 ]; echo $?)"
printf 'a\tschool\na\tlibrary\n' >"$TMP/twice.tsv"
ev --queries "$TMP/twice.tsv" >/dev/null 2>"$TMP/twice.err"
check "eval_should_refuse_a_query_id_used_twice" \
    "$([ $? -eq 2 ] && grep -q 'used twice' "$TMP/twice.err"; echo $?)"

done_testing
