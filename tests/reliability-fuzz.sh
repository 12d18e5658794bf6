#!/bin/sh
# reliability-fuzz.sh: the query path and the service's parameter
# handling, fuzzed on an index of the sample minutes: each seed in
# tests/fuzz/corpus/{query,http}, then 2000 deterministic mutations
# (libFuzzer's -runs when built with --enable-fuzzing).  `make fuzz` runs
# them long.
. "$top_srcdir/tests/setup"

DB=$TMP/sample.db
"$GOVINDEX" --quiet --db "$DB" "$top_srcdir/sample" >"$TMP/index.log" 2>&1 ||
    { sed 's/^/# /' "$TMP/index.log"; skip_all "cannot index the sample"; }
GOV_FUZZ_DB=$DB
export GOV_FUZZ_DB

for t in query http; do
	mkdir -p "$TMP/new-$t"
	ok "fuzz target for the $t path survives 2000 runs" \
	    "$top_builddir/tests/fuzz_$t" -runs=2000 "$TMP/new-$t" \
	    "$top_srcdir/tests/fuzz/corpus/$t"
done

done_testing
