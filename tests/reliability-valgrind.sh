#!/bin/sh
# reliability-valgrind.sh: govindex and one-shot govsearch under valgrind
# memcheck, on the seed pages (and the sample minutes): no invalid access,
# no use of uninitialised memory, no leak (definitely or indirectly lost).
# valgrind cannot run a sanitizer build, so when the programs under test
# carry ASan a plain copy is configured and built (-O0, incrementally) in
# tests/tmp/valgrind-build first.
. "$top_srcdir/tests/setup"
command -v valgrind >/dev/null 2>&1 || skip_all "valgrind is not installed"

IDX=$GOVINDEX SRCH=$GOVSEARCH
if grep -q __asan_init "$GOVINDEX" 2>/dev/null; then
	PLAIN=$top_builddir/tests/tmp/valgrind-build
	mkdir -p "$PLAIN"
	(
		cd "$PLAIN" &&
		    { [ -f Makefile ] || "$top_srcdir/configure" -q \
		    CFLAGS='-g -O0' CXXFLAGS='-g -O0'; } &&
		    make -s -j2 indexer/govindex searcher/govsearch
	) >"$TMP/build.log" 2>&1
	rc=$?
	check "a build without sanitizers for valgrind" $rc
	if [ $rc != 0 ]; then
		tail -20 "$TMP/build.log" | sed 's/^/# /'
		done_testing
		exit 1
	fi
	IDX=$PLAIN/indexer/govindex SRCH=$PLAIN/searcher/govsearch
fi

IN="$top_srcdir/sample"
[ -d "$SHARED_CORPUS/seeds" ] && IN="$IN $SHARED_CORPUS/seeds"
# vg NAME PROGRAM ARGS...: runs under memcheck, exit status in $VGRC
# (99: memcheck found an error or a leak), its report in $TMP/NAME.vg.
vg() {
	name=$1
	shift
	valgrind -q --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect \
	    --show-leak-kinds=definite,indirect \
	    --log-file="$TMP/$name.vg" "$@" >"$TMP/$name.out" 2>"$TMP/$name.err"
	VGRC=$?
}
report() {
	[ -s "$TMP/$1.vg" ] && head -40 "$TMP/$1.vg" | sed 's/^/# /'
}

# shellcheck disable=SC2086
vg index "$IDX" --db "$TMP/db" --jobs 2 --batch-size 3 $IN
check "govindex under memcheck: clean, exit 0" $VGRC
[ $VGRC = 0 ] || report index
# An incremental run (everything unchanged) and a delete.
# shellcheck disable=SC2086
vg reindex "$IDX" --db "$TMP/db" --delete-missing $IN
check "an incremental govindex run under memcheck: clean" $VGRC
[ $VGRC = 0 ] || report reindex

n=0
while IFS='|' read -r want args; do
	n=$((n + 1))
	# shellcheck disable=SC2086
	eval "set -- $args"
	vg search$n "$SRCH" --db "$TMP/db" "$@"
	check "govsearch $args: clean under memcheck, exit $want" \
	    $([ $VGRC = "$want" ]; echo $?)
	[ $VGRC = "$want" ] || { report search$n; head -5 "$TMP/search$n.err" |
	    sed 's/^/# /'; }
done <<'EOF2'
0|--json --facets council,committee,year,speaker,type,outcome 'social worker recruitment'
0|--passages --explain '"school transport" OR pothole*'
0|--tsv --sort -date --limit 3 --offset 1 council
1|--json 'zzyzx NEAR/3 qqq'
2|'a OR ADJ/3 b'
0|--lenient 'title:(transport AND'
0|--jsonl --from 2015 --to 2026 --type resolution noted
EOF2

done_testing
