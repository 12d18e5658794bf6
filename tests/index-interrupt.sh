#!/bin/sh
# index-interrupt.sh: govindex on the Limerick minutes, interrupted.  After
# SIGKILL mid-run the database opens and searches, and a re-run ends with
# the same document count as an uninterrupted run.  SIGTERM commits what
# was done and says so; a second indexer on the same database is told it
# is locked.
. "$top_srcdir/tests/setup"
need_corpus limerick

IN=$SHARED_CORPUS/limerick
num() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p"; }
# index DB ARGS...: index $IN into DB with a small batch, summary in $TMP/sum.
index() {
	db=$1; shift
	"$GOVINDEX" --db "$db" --batch-size 200 --json-summary --quiet "$@" \
	    "$IN" >"$TMP/sum" 2>"$TMP/err"
}
# wait_for_commit DB: until the indexer has made DB (at most 60 s): one
# database, or the stub joining the shards a new index is written in
# before they are merged.
wait_for_commit() {
	n=0
	while [ $n -lt 600 ]; do
		[ -f "$1/iamglass" ] || [ -f "$1/XAPIANDB" ] && return 0
		sleep 0.1
		n=$((n + 1))
	done
	return 1
}

start=$(date +%s)
if ! index "$TMP/full.db"; then
	grep -q "not built" "$TMP/err" && skip_all "govindex cannot index yet"
	sed 's/^/# /' "$TMP/err"
fi
full=$(num documents <"$TMP/sum")
secs=$(( $(date +%s) - start ))
diag "uninterrupted: $full documents in about $secs s"
check "an uninterrupted run indexes the corpus" $([ "${full:-0}" -gt 0 ]; echo $?)

# SIGKILL once the first batch is committed.
"$GOVINDEX" --db "$TMP/kill.db" --batch-size 200 --quiet "$IN" \
    >/dev/null 2>&1 &
pid=$!
wait_for_commit "$TMP/kill.db"
sleep 1
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
if [ -x "$GOVSEARCH" ]; then
	"$GOVSEARCH" --db "$TMP/kill.db" --json council >/dev/null 2>"$TMP/serr"
	rc=$?
	check "after SIGKILL the database opens and searches" \
	    $([ $rc = 0 ] || [ $rc = 1 ]; echo $?)
	[ $rc = 0 ] || [ $rc = 1 ] || sed 's/^/# /' "$TMP/serr"
fi
index "$TMP/kill.db"
check "a re-run after SIGKILL completes" $([ $? = 0 ]; echo $?)
check "and gives the same document count" \
    $([ "$(num documents <"$TMP/sum")" = "$full" ]; echo $?)

# A second indexer meets the lock; SIGTERM commits and exits 128 + 15.
"$GOVINDEX" --db "$TMP/term.db" --batch-size 200 "$IN" >/dev/null \
    2>"$TMP/term.err" &
pid=$!
wait_for_commit "$TMP/term.db"
"$GOVINDEX" --db "$TMP/term.db" "$IN" >/dev/null 2>"$TMP/lock.err"
rc=$?
check "a second indexer exits 3" $([ $rc = 3 ]; echo $?)
check "and is told the database is locked by another indexer" \
    $(grep -q "locked by another indexer" "$TMP/lock.err"; echo $?)
kill -TERM $pid 2>/dev/null
wait $pid
rc=$?
# 0 if the run ended before the signal arrived.
check "SIGTERM exits 143 after committing" $([ $rc = 143 ] || [ $rc = 0 ]; echo $?)
[ $rc = 143 ] && check "and says it was interrupted" \
    $(grep -q "interrupted" "$TMP/term.err"; echo $?)
index "$TMP/term.db"
check "a re-run after SIGTERM gives the same document count" \
    $([ "$(num documents <"$TMP/sum")" = "$full" ]; echo $?)
check "and adds only what was left" \
    $([ "$(num unchanged <"$TMP/sum")" -gt 0 ] ||
    [ "$(num added <"$TMP/sum")" = 0 ]; echo $?)

done_testing
