#!/bin/sh
# bench-smoke.sh: bench/run --smoke on the seeds.  Every engine that is
# installed must build its index and answer the benchmark's queries; a
# missing peer is reported and skipped, never faked.  A few seconds.
. "$top_srcdir/tests/setup"

command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"
[ -d "$SHARED_CORPUS/seeds" ] || diag "no seeds at $SHARED_CORPUS: the" \
    "bundled sample minutes are used"

python3 "$top_srcdir/bench/run" --smoke --work "$TMP/work" \
    --out "$TMP/smoke.json" >"$TMP/out" 2>"$TMP/err"
status=$?
check "bench_run_smoke_should_succeed" "$status"
if [ "$status" -ne 0 ]; then
	sed 's/^/#   /' "$TMP/err" | tail -20
	done_testing
	exit
fi
sed 's/^/# /' "$TMP/out"

JGET=$top_builddir/tests/test_search_jget
"$JGET" .records .engines.govsearch.build.records_per_s \
    .engines.govsearch.latency.all.p50 .engines.govsearch.batch_qps \
    <"$TMP/smoke.json" >"$TMP/gov"
check "govsearch_should_be_built_and_timed" "$(awk -F '\t' '
    { exit !($1 > 0 && $2 > 0 && $3 > 0 && $4 > 0) }' "$TMP/gov"; echo $?)"

# Each peer either ran (an index, timings) or says why it was skipped.
for peer in fts5 postgres omega; do
	"$JGET" ".engines.$peer.missing" ".engines.$peer.build.size_bytes" \
	    <"$TMP/smoke.json" >"$TMP/peer"
	IFS='	' read -r why size <"$TMP/peer"
	if [ "$why" != "-" ]; then
		diag "$peer skipped: $why"
		check "${peer}_should_be_reported_as_skipped" \
		    "$(grep -q "^$peer: skipped" "$TMP/out"; echo $?)"
	else
		check "${peer}_should_build_an_index" \
		    "$([ "$size" != "-" ] && [ "$size" -gt 0 ]; echo $?)"
	fi
done

done_testing
