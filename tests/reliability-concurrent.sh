#!/bin/sh
# reliability-concurrent.sh: queries while govindex re-indexes.  Half of a
# Limerick subset (every 20th file) is indexed, then govindex indexes the
# whole subset in small commits while 4 clients query `govsearch serve`
# and one runs one-shot `govsearch`, without pause.  No query fails; each
# client sees the index only grow (an answer comes from one committed
# snapshot, never a half-written one); once the indexer is done the
# service and the command line give the same answers, from the final
# index.
. "$top_srcdir/tests/setup"
need_corpus limerick
command -v curl >/dev/null 2>&1 || skip_all "curl is not installed"
JGET=$top_builddir/tests/test_search_jget
DUMP=$top_builddir/tests/reliability_dump
[ -x "$JGET" ] || skip_all "tests/test_search_jget is not built"

IN=$TMP/in HALF=$TMP/half DB=$TMP/db
mkdir -p "$IN" "$HALF"
ls "$SHARED_CORPUS/limerick" | awk 'NR % 20 == 1' | while IFS= read -r f; do
	ln -s "$SHARED_CORPUS/limerick/$f" "$IN/$f"
done
ls "$IN" | awk 'NR % 2 == 1' | while IFS= read -r f; do
	ln -s "$SHARED_CORPUS/limerick/$f" "$HALF/$f"
done
SPID= PIDS=
cleanup() {
	touch "$TMP/stop"
	for p in $PIDS $SPID; do
		kill "$p" 2>/dev/null
		wait "$p" 2>/dev/null
	done
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' HUP INT PIPE TERM

"$GOVINDEX" --db "$DB" --quiet "$HALF" >/dev/null 2>"$TMP/index.err"
check "half the subset is indexed" $?

# No time limit: the service then counts matches exactly, as the command
# line does, and the final answers can be compared whole.
"$GOVSEARCH" serve --db "$DB" --listen 127.0.0.1:0 --quiet --time-limit 0 \
    >/dev/null 2>"$TMP/serve.err" &
SPID=$!
i=0
while [ $i -lt 100 ] && ! grep -q 'listening on' "$TMP/serve.err"; do
	sleep 0.1
	i=$((i + 1))
done
BASE=$(sed -n 's/.*listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)\/.*/\1/p' \
    "$TMP/serve.err")
[ -n "$BASE" ]
check "the service starts" $?
[ -n "$BASE" ] || { sed 's/^/# /' "$TMP/serve.err"; done_testing; exit 1; }

QUERIES='council
road+safety
%22planning+permission%22
housing*'
# client N: queries the service until $TMP/stop; one line per answer:
# "QUERY STATUS TOTAL".
client() {
	while [ ! -e "$TMP/stop" ]; do
		for q in $QUERIES; do
			st=$(curl -s -o "$TMP/c$1.json" -w '%{http_code}' \
			    --max-time 30 "$BASE/api/search?q=$q&limit=50") ||
			    st=000
			echo "$q $st $("$JGET" .total <"$TMP/c$1.json" 2>/dev/null)"
		done
	done >"$TMP/client$1.log"
}
# cli: one-shot govsearch until $TMP/stop: "QUERY EXIT-STATUS TOTAL".
cli() {
	while [ ! -e "$TMP/stop" ]; do
		for q in council road+safety; do
			"$GOVSEARCH" --db "$DB" --json --limit 50 \
			    "$(echo "$q" | tr '+' ' ')" \
			    >"$TMP/cli.json" 2>"$TMP/cli.err"
			rc=$?
			echo "$q $rc $("$JGET" .total <"$TMP/cli.json" 2>/dev/null)"
			[ $rc -le 1 ] || sed 's/^/# cli: /' "$TMP/cli.err" >&2
		done
	done >"$TMP/cli.log" 2>"$TMP/cli.diag"
}
for n in 1 2 3 4; do
	client $n &
	PIDS="$PIDS $!"
done
cli &
PIDS="$PIDS $!"

"$GOVINDEX" --db "$DB" --batch-size 10 --quiet "$IN" >/dev/null \
    2>"$TMP/index.err"
check "govindex re-indexes the subset while queried" $?
touch "$TMP/stop"
for p in $PIDS; do
	wait "$p"
done
PIDS=

cat "$TMP"/client*.log "$TMP/cli.log" >"$TMP/all.log"
diag "$(wc -l <"$TMP/all.log") queries answered while indexing"
# Served: 200 every time; one-shot: 0 (found) or 1 (nothing yet).
bad=$(awk '($2 != 200 && $2 != 0 && $2 != 1) || $3 == "" || $3 == "-"' \
    "$TMP/all.log")
[ -z "$bad" ] && [ "$(wc -l <"$TMP/all.log")" -ge 20 ]
check "no query failed" $?
[ -z "$bad" ] || { echo "$bad" | head -5 | sed 's/^/# /'; head -5 "$TMP/cli.diag"; }
# The index only grows here: a client never sees a total go down.
shrank=$(for f in "$TMP"/client*.log "$TMP/cli.log"; do
	awk '{ if ($1 in last && $3 + 0 < last[$1]) print FILENAME ": " $0
	    " after " last[$1]; last[$1] = $3 + 0 }' "$f"
done)
[ -z "$shrank" ]
check "no client saw the index go back" $?
[ -z "$shrank" ] || echo "$shrank" | head -5 | sed 's/^/# /'

# Final answers: the service's equal the command line's, on the final index.
docs=$(curl -s --max-time 30 "$BASE/healthz" | "$JGET" .documents)
[ "$docs" = "$("$DUMP" "$DB" | grep -vc '^meta ')" ]
check "the service counts the final index's documents" $?
same=0
for q in $QUERIES; do
	curl -s --max-time 30 "$BASE/api/search?q=$q&limit=50" |
	    "$JGET" .total '.hits[].id' >"$TMP/served"
	text=$(printf '%s' "$q" | sed 's/+/ /g; s/%22/"/g')
	"$GOVSEARCH" --db "$DB" --json --limit 50 "$text" |
	    "$JGET" .total '.hits[].id' >"$TMP/oneshot"
	cmp -s "$TMP/served" "$TMP/oneshot" && [ -s "$TMP/served" ] ||
	    { same=1; diag "differs: $q"; }
done
check "the final answers of serve and govsearch agree" $same

done_testing
