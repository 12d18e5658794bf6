#!/bin/sh
# reliability-kill.sh: govindex killed with SIGKILL at 20 random moments
# across an indexing run of Limerick minutes.  The corpus is cut to every
# 20th file (35 of 683 documents, about 300 items) so the test takes
# seconds; the kills land anywhere in the run: while reading, adding or
# committing.  After each kill the database passes xapian-check, opens and
# searches, and every document in it is one an uninterrupted run writes,
# byte for byte (reliability_dump).  A final run ends with the same
# documents and the same search results as the uninterrupted run.
# RELIABILITY_SEED=N repeats a run's kill moments.
. "$top_srcdir/tests/setup"
need_corpus limerick

DUMP=$top_builddir/tests/reliability_dump
JGET=$top_builddir/tests/test_search_jget
[ -x "$JGET" ] || skip_all "tests/test_search_jget is not built"
IN=$TMP/in
mkdir -p "$IN"
ls "$SHARED_CORPUS/limerick" | awk 'NR % 20 == 1' | while IFS= read -r f; do
	ln -s "$SHARED_CORPUS/limerick/$f" "$IN/$f"
done
KILLS=20
SEED=${RELIABILITY_SEED:-$$}
diag "kill moments from seed $SEED (RELIABILITY_SEED=$SEED repeats them)"

index() {
	"$GOVINDEX" --db "$1" --batch-size 20 --quiet "$IN" >/dev/null 2>"$TMP/err"
}
QUERIES='council
housing estate
"planning permission"
title:minutes OR resolution:agreed
road* AND safety'
# results DB: each query's total, then its hits as "score id", best
# first (equal scores in id order: ties fall in docid order, which
# differs between a resumed run and an uninterrupted one).  A run killed
# before its shards were merged leaves them as shards, where libxapian
# estimates a wildcard's statistics differently: for wildcards the hits
# are compared without scores.
results() {
	echo "$QUERIES" | while IFS= read -r q; do
		"$GOVSEARCH" --db "$1" --json --limit 200 "$q" \
		    >"$TMP/res.json" 2>&1
		"$JGET" .total <"$TMP/res.json"
		"$JGET" '.hits[].score' <"$TMP/res.json" | tr ' ' '\n' |
		    awk '{ printf "%.9g\n", $1 }' >"$TMP/scores"
		case $q in
		*\**) : >"$TMP/scores" ;;
		esac
		"$JGET" '.hits[].id' <"$TMP/res.json" | tr ' ' '\n' |
		    paste "$TMP/scores" - | sort -k1,1gr -k2
	done
}

t0=$(date +%s.%N)
index "$TMP/full.db"
check "an uninterrupted run indexes the corpus" $?
secs=$(echo "$t0 $(date +%s.%N)" | awk '{ printf "%.2f", $2 - $1 }')
"$DUMP" "$TMP/full.db" >"$TMP/full.dump"
sort "$TMP/full.dump" >"$TMP/full.sorted"
results "$TMP/full.db" >"$TMP/full.results"
diag "uninterrupted: $(grep -vc '^meta ' "$TMP/full.dump") documents in $secs s"

# Moments up to a fifth of a whole run after each start: with the runs
# resuming, the 20 kills spread across the indexing.
awk -v n=$KILLS -v s="$SEED" -v t="$secs" 'BEGIN { srand(s);
    for (i = 0; i < n; i++) printf "%.2f\n", 0.05 + rand() * t / 5 }' \
    >"$TMP/moments"
bad_open=0 bad_check=0 bad_docs=0 bad_records=0 committed=0
for delay in $(cat "$TMP/moments"); do
	"$GOVINDEX" --db "$TMP/kill.db" --batch-size 20 --quiet "$IN" \
	    >/dev/null 2>"$TMP/kill.err" &
	pid=$!
	sleep "$delay"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	# A run that failed by itself, not by the kill, says why.
	[ -s "$TMP/kill.err" ] &&
	    diag "the run killed at $delay s: $(head -c 300 "$TMP/kill.err")"
	[ -e "$TMP/kill.db" ] || continue
	"$DUMP" "$TMP/kill.db" >"$TMP/kill.dump" 2>"$TMP/dump.err"
	case $? in
	0) ;;
	# Killed before its first commit: no database yet, nothing lost
	# (at most the shards of one being made, not yet joined by a stub).
	*) grep -qi 'opening\|no such\|not contain\|detect type' \
	       "$TMP/dump.err" && ! [ -f "$TMP/kill.db/iamglass" ] &&
	       ! [ -f "$TMP/kill.db/XAPIANDB" ] && continue
	   bad_open=$((bad_open + 1))
	   diag "after a kill at $delay s: $(head -c 300 "$TMP/dump.err")"
	   continue ;;
	esac
	committed=$((committed + 1))
	intact "$TMP/kill.db" || bad_check=$((bad_check + 1))
	"$GOVSEARCH" --db "$TMP/kill.db" council >/dev/null 2>"$TMP/serr"
	rc=$?
	if [ $rc != 0 ] && [ $rc != 1 ]; then
		bad_open=$((bad_open + 1))
		diag "search after a kill at $delay s: $(head -c 300 "$TMP/serr")"
	fi
	# Every document there is one the uninterrupted run wrote.
	grep -v '^meta ' "$TMP/kill.dump" | sort | comm -23 - "$TMP/full.sorted" \
	    >"$TMP/extra"
	if [ -s "$TMP/extra" ]; then
		bad_docs=$((bad_docs + 1))
		diag "after a kill at $delay s, documents unlike the full run's:"
		head -5 "$TMP/extra" | sed 's/^/#   /'
	fi
	# A record is whole: an item there has all its passages (ID#q1...).
	awk -F'\t' 'NR == FNR { if ($1 !~ /^meta /) have[$1] = 1; next }
	    { id = $1; sub(/#[a-z]+[0-9]+$/, "", id) }
	    id != $1 && (id in have) && !($1 in have) { print $1 }' \
	    "$TMP/kill.dump" "$TMP/full.dump" >"$TMP/missing"
	if [ -s "$TMP/missing" ]; then
		bad_records=$((bad_records + 1))
		diag "after a kill at $delay s, items without their passages:"
		head -5 "$TMP/missing" | sed 's/^/#   /'
	fi
done
diag "$KILLS kills, $committed with a database to check"
check "after each SIGKILL the database opens and searches" $bad_open
check "after each SIGKILL the database passes xapian-check" $bad_check
check "after each SIGKILL every document is as the full run wrote it" $bad_docs
check "after each SIGKILL every item has all its passages" $bad_records

index "$TMP/kill.db"
rc=$?
check "a final run after $KILLS kills completes" $rc
[ $rc = 0 ] || { sed 's/^/# /' "$TMP/err" | head -5; ls -la "$TMP/kill.db" |
    sed 's/^/# /'; }
"$DUMP" "$TMP/kill.db" >"$TMP/kill.dump"
cmp -s "$TMP/kill.dump" "$TMP/full.dump"
check "and ends with the same documents as an uninterrupted run" $?
results "$TMP/kill.db" >"$TMP/kill.results"
cmp -s "$TMP/kill.results" "$TMP/full.results" &&
    [ "$(head -1 "$TMP/full.results")" -gt 0 ]
rc=$?
check "and the same search results" $rc
[ $rc = 0 ] || diff "$TMP/full.results" "$TMP/kill.results" | head -10 |
    sed 's/^/# /'

# Killed while making the shards of a new index, before the stub: the
# next run takes the directory for a new database, as it is.
mkdir -p "$TMP/cut.db/shard0" "$TMP/cut.db/shard1"
: >"$TMP/cut.db/shard0/flintlock"
index "$TMP/cut.db" && "$DUMP" "$TMP/cut.db" | cmp -s - "$TMP/full.dump"
check "a run after a kill while its shards were made completes" $?

done_testing
