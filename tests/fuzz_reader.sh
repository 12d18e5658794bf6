#!/bin/sh
# Each reader's fuzz target over its seed corpus and 2000 deterministic
# mutations (libFuzzer's -runs when built with --enable-fuzzing).
. "$top_srcdir/tests/setup"

for t in text html minutes jsonl; do
	mkdir -p "$TMP/new-$t"
	ok "fuzz target for the $t reader survives 2000 runs" \
	    "$top_builddir/tests/fuzz_reader_$t" -runs=2000 "$TMP/new-$t" \
	    "$top_srcdir/tests/fuzz/corpus/$t"
done

done_testing
