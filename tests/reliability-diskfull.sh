#!/bin/sh
# reliability-diskfull.sh: the disk fills while govindex writes.  A
# preloaded write() (tests/enospc.so) fails with ENOSPC once a byte
# budget is spent on files in the database directory, at budgets from
# nothing to most of a commit.  govindex exits 3 naming the cause, the
# database keeps its last commit (xapian-check, every document as an
# uninterrupted run writes it), and a run once space is back completes
# with the same documents as a run that never failed.
. "$top_srcdir/tests/setup"

SHIM=$top_builddir/tests/enospc.so
DUMP=$top_builddir/tests/reliability_dump
[ -f "$SHIM" ] || skip_all "tests/enospc.so is not built"
IN=$top_srcdir/sample
# The shim comes before the sanitizer runtime, which then must not
# insist on being first.
ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0
export ASAN_OPTIONS

# full DB BYTES ARGS...: govindex with BYTES of room left under DB.
full() {
	db=$1 bytes=$2
	shift 2
	ENOSPC_DIR=$db ENOSPC_BYTES=$bytes LD_PRELOAD=$SHIM \
	    "$GOVINDEX" --db "$db" --batch-size 2 --quiet "$@" \
	    >/dev/null 2>"$TMP/err"
}

"$GOVINDEX" --db "$TMP/ref.db" --quiet "$IN" >/dev/null 2>&1
check "an index of the sample without faults" $?
"$DUMP" "$TMP/ref.db" >"$TMP/ref.dump"
sort "$TMP/ref.dump" >"$TMP/ref.sorted"

# The shim works: with no room, not even a new database is made.
full "$TMP/none.db" 0 "$IN"
rc=$?
check "with no room govindex exits 3" $([ $rc = 3 ]; echo $?)
check "and says the disk is full" $(grep -q 'No space left on device' \
    "$TMP/err"; echo $?)
# A new index is made in shards (on more than one core) and the stub that
# joins them comes last: a stub naming a shard that is not there would
# make the directory unreadable rather than not yet a database.
bad=0
if [ -f "$TMP/none.db/XAPIANDB" ]; then
	for s in $(sed -n 's/^auto //p' "$TMP/none.db/XAPIANDB"); do
		[ -f "$TMP/none.db/$s/iamglass" ] || bad=1
	done
fi
check "and leaves no stub naming a shard it did not make" $bad
"$GOVINDEX" --db "$TMP/none.db" --quiet "$IN" >/dev/null 2>&1 &&
    "$DUMP" "$TMP/none.db" | cmp -s - "$TMP/ref.dump"
check "a run with room again completes with every document" $?

# An index of two files, then the rest with the disk filling up.
for bytes in 0 4096 8192 12288 16384 40000 50000 80000 160000; do
	db=$TMP/full-$bytes.db
	"$GOVINDEX" --db "$db" --quiet "$IN/01-school-transport.txt" \
	    "$IN/02-pothole-repairs.txt" >/dev/null 2>&1
	"$DUMP" "$db" | grep -v '^meta ' | sort >"$TMP/before.sorted"
	full "$db" $bytes "$IN"
	rc=$?
	if [ $rc = 0 ]; then
		# The budget was enough for this run: nothing to check.
		diag "$bytes bytes: the run fitted"
		continue
	fi
	check "$bytes bytes left: govindex exits 3" $([ $rc = 3 ]; echo $?)
	grep -q 'No space left on device' "$TMP/err"
	rc=$?
	check "$bytes bytes left: the error names the full disk" $rc
	[ $rc = 0 ] || sed 's/^/# /' "$TMP/err" | head -5
	intact "$db"
	check "$bytes bytes left: the database passes xapian-check" $?
	# Nothing but documents as the full run writes them, and at least
	# those of the earlier commit.
	"$DUMP" "$db" 2>"$TMP/dump.err" | grep -v '^meta ' | sort \
	    >"$TMP/got.sorted" &&
	    [ -z "$(comm -23 "$TMP/got.sorted" "$TMP/ref.sorted")" ] &&
	    [ -z "$(comm -13 "$TMP/got.sorted" "$TMP/before.sorted")" ]
	check "$bytes bytes left: the committed documents are intact" $?
	"$GOVINDEX" --db "$db" --quiet "$IN" >/dev/null 2>&1 &&
	    "$DUMP" "$db" | cmp -s - "$TMP/ref.dump"
	check "$bytes bytes left: with room again a run completes them" $?
done

done_testing
