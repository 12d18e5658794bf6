#!/bin/sh
# reliability-hostile.sh: hostile requests against govsearch serve on
# loopback (tests/reliability-hostile.py sends them): 1 MB query strings,
# deep nesting, 10,000 OR terms, one-letter wildcards, invalid UTF-8 and
# percent encoding, bad limit/offset, path traversal, slow clients, 200
# concurrent connections.  Each gets a 4xx or a bounded answer, as JSON,
# and the service stays up and answers others.
. "$top_srcdir/tests/setup"

command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"
DB=$TMP/sample.db
SPID=
cleanup() {
	[ -n "$SPID" ] && kill "$SPID" 2>/dev/null && wait "$SPID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' HUP INT PIPE TERM

"$GOVINDEX" --quiet --db "$DB" "$top_srcdir/sample" >"$TMP/index.log" 2>&1 ||
    { sed 's/^/# /' "$TMP/index.log"; skip_all "cannot index the sample"; }

# A short idle timeout and a connection limit the test goes past.
"$GOVSEARCH" serve --db "$DB" --listen 127.0.0.1:0 --threads 2 \
    --timeout 2 --max-connections 64 --quiet >/dev/null 2>"$TMP/serve.err" &
SPID=$!
i=0
while [ $i -lt 100 ] && ! grep -q 'listening on' "$TMP/serve.err"; do
	kill -0 "$SPID" 2>/dev/null || break
	sleep 0.1
	i=$((i + 1))
done
PORT=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\)\/.*/\1/p' \
    "$TMP/serve.err")
if [ -z "$PORT" ]; then
	sed 's/^/# /' "$TMP/serve.err"
	check "the service starts" 1
	done_testing
	exit 1
fi

python3 "$top_srcdir/tests/reliability-hostile.py" 127.0.0.1 "$PORT" \
    >"$TMP/results" 2>"$TMP/py.err"
rc=$?
while IFS='	' read -r status name detail; do
	check "$name" "$status"
	[ "$status" = 0 ] || diag "$detail"
done <"$TMP/results"
check "the client ran to the end" $rc
[ $rc = 0 ] || sed 's/^/# /' "$TMP/py.err"
kill -0 "$SPID" 2>/dev/null
check "the service is still running" $?
# It stops cleanly: no leak or sanitizer report at exit.
kill -TERM "$SPID" 2>/dev/null
wait "$SPID"
rc=$?
SPID=
check "and stops cleanly on SIGTERM" $rc
[ $rc = 0 ] || sed 's/^/# /' "$TMP/serve.err" | head -30

done_testing
