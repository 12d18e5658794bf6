#!/bin/sh
# serve.sh: govsearch serve on a free loopback port, queried with curl.
# The sample minutes (sample/, always present) are indexed in two steps:
# three files before the service starts, two more while it runs, and the
# next query must see them.  Checks the JSON of each endpoint against the
# command line's, every error status (400, 404, 405, 413) as JSON, path
# traversal, the page's files, the access log and a clean SIGTERM.
. "$top_srcdir/tests/setup"

command -v curl >/dev/null 2>&1 || skip_all "curl is not installed"
JGET=$top_builddir/tests/test_search_jget
[ -x "$JGET" ] || skip_all "tests/test_search_jget is not built"

SAMPLE=$top_srcdir/sample
DB=$TMP/sample.db
SPID=
CPID=

cleanup() {
	for p in $SPID $CPID; do
		kill "$p" 2>/dev/null
		wait "$p" 2>/dev/null
	done
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' HUP INT PIPE TERM

index() {
	"$GOVINDEX" --db "$DB" "$@" >>"$TMP/index.log" 2>&1
}

# get PATH [CURL-ARG...]: body in $TMP/body, headers in $TMP/headers,
# status in $STATUS (000 when the connection failed).
get() {
	path=$1
	shift
	STATUS=$(curl -s -g -o "$TMP/body" -D "$TMP/headers" \
	    -w '%{http_code}' --max-time 30 "$@" "$BASE$path") || STATUS=000
}

# jf PATH...: fields of the last body.
jf() {
	"$JGET" "$@" <"$TMP/body"
}

header() {
	grep -i "^$1:" "$TMP/headers" | head -1 | sed 's/^[^:]*: *//' |
	    tr -d '\r'
}

# is_error CODE: the last answer is status CODE with a JSON error body.
is_error() {
	[ "$STATUS" = "$1" ] && [ "$(jf .status)" = "$1" ] &&
	    [ "$(jf .error)" != - ] && [ -n "$(jf .error)" ] &&
	    header Content-Type | grep -q '^application/json'
}

# urlenc TEXT: TEXT as one URL path segment's worth (ids are plain).
urlenc() {
	printf '%s' "$1" | sed 's/%/%25/g; s/#/%23/g; s/ /%20/g; s/?/%3F/g;
	    s/&/%26/g; s/+/%2B/g'
}

show() {
	diag "status $STATUS: $(head -c 300 "$TMP/body")"
}

# ---- Start ----

if ! index "$SAMPLE/01-school-transport.txt" \
    "$SAMPLE/02-pothole-repairs.txt" \
    "$SAMPLE/03-social-worker-recruitment.txt"; then
	sed 's/^/# /' "$TMP/index.log"
	skip_all "govindex cannot index the sample minutes yet"
fi

# serve NAME DB [OPTION...]: starts the service in the background with its
# stderr in $TMP/NAME.err; sets SERVED (its pid) and BASE (empty if it did
# not start).
serve() {
	name=$1
	db=$2
	shift 2
	: >"$TMP/$name.err"
	"$GOVSEARCH" serve --db "$db" --listen 127.0.0.1:0 "$@" \
	    >/dev/null 2>"$TMP/$name.err" &
	SERVED=$!
	i=0
	while [ $i -lt 100 ] && ! grep -q 'listening on' "$TMP/$name.err"; do
		kill -0 "$SERVED" 2>/dev/null || break
		sleep 0.1
		i=$((i + 1))
	done
	BASE=$(sed -n 's/.*listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)\/.*/\1/p' \
	    "$TMP/$name.err")
}

serve serve "$DB" --threads 2 --cors https://intranet.example
SPID=$SERVED
if [ -z "$BASE" ]; then
	echo "not ok 1 - the service starts on a loopback port"
	sed 's/^/# /' "$TMP/serve.err"
	echo "1..1"
	exit 1
fi
check "the service starts on 127.0.0.1 and names its port" 0
diag "serving at $BASE"

# ---- Health and search ----

get /healthz
[ "$STATUS" = 200 ] && [ "$(jf .status)" = ok ] && [ "$(jf .documents)" -gt 0 ]
check "/healthz is 200 with the document count" $?
DOCS0=$(jf .documents)

get "/api/search?q=transport&facets=council,year"
[ "$STATUS" = 200 ] && [ "$(jf .total)" -ge 1 ] &&
    jf .hits[0].source | grep -q '01-school-transport\.txt$' &&
    [ "$(jf .hits[0].title)" != - ] &&
    jf .hits[0].snippet_html | grep -q '<mark>' &&
    [ "$(jf .facets.council[0].value)" = "Fellside District Council" ] &&
    [ "$(jf .facets.year[0].value)" = 2025 ] &&
    header Content-Type | grep -q '^application/json'
check "/api/search returns hits, highlighted snippets and facets" $?
[ "$(header Access-Control-Allow-Origin)" = https://intranet.example ]
check "--cors sends Access-Control-Allow-Origin" $?

# The same object as the command line's --json (one code path).
"$GOVSEARCH" --db "$DB" --json --limit 5 --sort=-date transport \
    >"$TMP/cli.json" 2>&1
get "/api/search?q=transport&limit=5&sort=-date"
a=$("$JGET" .total .sort '.hits[].id' '.hits[].snippet_html' <"$TMP/cli.json")
b=$(jf .total .sort '.hits[].id' '.hits[].snippet_html')
[ "$STATUS" = 200 ] && [ -n "$a" ] && [ "$a" = "$b" ]
check "/api/search gives what govsearch --json gives" $?

get "/api/search?q=transport&limit=1&offset=1"
[ "$STATUS" = 200 ] && [ "$(jf .returned)" = 1 ] && [ "$(jf .offset)" = 1 ] &&
    [ "$(jf .hits[0].rank)" = 2 ]
check "limit and offset page through the results" $?

get "/api/search?committee=cabinet&year=2025&limit=0"
[ "$STATUS" = 200 ] && [ "$(jf .total)" -ge 3 ] && [ "$(jf '#.hits')" = 0 ]
check "filters alone (no query) are a search" $?

get "/api/search?q=foo%20AND&lenient=1"
[ "$STATUS" = 200 ] && [ "$(jf .warning)" != - ]
check "lenient=1 searches the words of a bad query, with a warning" $?

# like, decisions and recent: the JSON of --like, --decisions, --recent.
WHAT='.total .mode .hits[].id .hits[].score .decisions[].id'
WHAT="$WHAT .decisions[].outcome .decisions[].text"
# same NAME PARAMS OPTION...: /api/search?PARAMS answers as the command
# line with OPTION... does.
same() {
	name=$1
	params=$2
	shift 2
	"$GOVSEARCH" --db "$DB" --json "$@" >"$TMP/cli.json" 2>&1
	get "/api/search?$params"
	a=$("$JGET" $WHAT <"$TMP/cli.json")
	b=$(jf $WHAT)
	[ "$STATUS" = 200 ] && [ -n "$a" ] && [ "$a" = "$b" ] &&
	    [ "$(jf '#.hits')" -gt 0 -o "$(jf '#.decisions')" -gt 0 ]
	check "$name" $?
	[ "$a" = "$b" ] || diag "api: $b; cli: $a"
}
get "/api/search?q=transport&limit=1"
ITEM=$(jf .hits[0].id)
get "/api/search?q=transport&passages=1&type=question&limit=1"
PASSAGE=$(jf .hits[0].id)
same "like=ID gives what --like ID gives" "like=$(urlenc "$ITEM")" \
    --like "$ITEM"
same "like=ID of a passage gives passages like it" \
    "like=$(urlenc "$PASSAGE")" --like "$PASSAGE"
same "decisions=1 gives the decision log of --decisions" \
    "decisions=1&q=transport" --decisions transport
same "decisions=1 with filters alone" "decisions=1&year=2025" \
    --decisions --year 2025
same "recent=1 gives the scores of --recent" "recent=1&q=transport" \
    --recent transport
a=$(jf '.hits[].score')
get "/api/search?q=transport"
[ "$(jf '.hits[].score')" != "$a" ]
check "recent=1 changes the scores" $?

# ---- Errors ----

get "/api/search?q=foo%20AND"
is_error 400
check "a query that does not parse is 400 with a JSON error" $?
[ "$STATUS" = 400 ] || show

for bad in limit=abc limit=-1 limit=99999999999 limit=101 offset=-5 \
    offset=1e3 sort=sideways passages=maybe facets=colour type=minutes \
    from=yesterday year=20x6 like= like=no-such-item decisions=maybe \
    recent=2; do
	get "/api/search?q=transport&$bad"
	is_error 400 || { show; break; }
done
is_error 400
check "bad limit, offset, sort, facets, filters, like, decisions: 400" $?

get "/api/search?q=%ff%fe"
is_error 400
check "a query that is not UTF-8 is 400" $?

get "/api/search"
is_error 400
check "a search without a query or filter is 400" $?

q=$(awk 'BEGIN { for (i = 0; i < 1100; i++) printf "word "; }')
q=$(printf '%s' "$q" | sed 's/ /+/g')
get "/api/search?q=$q"
is_error 413
check "a query longer than --max-query is 413" $?

q=$(awk 'BEGIN { for (i = 0; i < 20000; i++) printf "a"; }')
get "/api/search?q=x&pad=$q"
is_error 413
check "a request target longer than --max-url is 413" $?

awk 'BEGIN { printf "q="; for (i = 0; i < 200000; i++) printf "a"; }' \
    >"$TMP/big.q"
get /api/search -G -d @"$TMP/big.q"
case $STATUS in 4??) r=0 ;; *) r=1 ;; esac
check "a 200 KB request target is refused with a 4xx, not dropped" $r

get /api/item/no-such-item
is_error 404
check "an unknown item is 404" $?

get /api/nothing-here
is_error 404
check "an unknown API path is 404" $?

for m in POST PUT DELETE PATCH; do
	get "/api/search?q=transport" -X "$m" -d 'x=1'
	is_error 405 || break
	header Allow | grep -q GET || break
done
is_error 405
check "POST, PUT, DELETE and PATCH are 405 with Allow" $?

get "/api/search?q=transport" -H 'Content-Length: 100000' -X GET -d ''
is_error 413
check "a request body over --max-body is 413" $?

get "/api/search?q=transport" -H 'Transfer-Encoding: chunked' -d 'x=1'
is_error 413
check "a chunked request body is 413" $?

# ---- Nothing outside the page ----

r=0
for p in /../../etc/passwd /..%2f..%2fetc%2fpasswd /%2e%2e/%2e%2e/etc/passwd \
    //etc/passwd /api/../../etc/passwd /page/../../etc/passwd \
    '/index.html/../../../etc/passwd' /app.js%00.html /searcher/serve.c \
    /.. /%2e%2e; do
	get "$p" --path-as-is
	if [ "$STATUS" != 404 ] || grep -q 'root:' "$TMP/body"; then
		diag "$p: $STATUS"
		r=1
	fi
done
check "path traversal never leaves the built-in page (404)" $r

get /
[ "$STATUS" = 200 ] && header Content-Type | grep -q '^text/html' &&
    grep -q '<form' "$TMP/body" && grep -q '/app.js' "$TMP/body" &&
    header Content-Security-Policy | grep -q "default-src 'none'"
check "/ is the search page, with a content security policy" $?
ETAG=$(header ETag)

get /app.js
[ "$STATUS" = 200 ] && header Content-Type | grep -q javascript &&
    grep -q '/api/search' "$TMP/body"
check "/app.js is served" $?

get / -H "If-None-Match: $ETAG"
[ "$STATUS" = 304 ] && [ -n "$ETAG" ]
check "the page revalidates with its ETag (304)" $?

# ---- Suggestions, items, metrics ----

get "/api/suggest?q=school+tra"
[ "$STATUS" = 200 ] && [ "$(jf '#.suggestions')" -ge 1 ] &&
    jf '.suggestions[].term' | tr ' ' '\n' | grep -qx transport &&
    jf '.suggestions[].text' | grep -q 'school transport'
check "/api/suggest completes the last word from the vocabulary" $?

get "/api/suggest?q=transport+"
[ "$STATUS" = 200 ] && [ "$(jf '#.suggestions')" = 0 ]
check "/api/suggest gives nothing after a space" $?

get "/api/search?q=transport&limit=1"
ID=$(jf .hits[0].id)
get "/api/item/$(urlenc "$ID")"
[ "$STATUS" = 200 ] && [ "$(jf .id)" = "$ID" ] &&
    [ "$(jf '#.sections')" -ge 2 ] &&
    jf '.sections[].type' | grep -q resolution
check "/api/item/ID returns the item with all its sections" $?

get "/api/search?q=transport&passages=1&type=question&limit=1"
PID=$(jf .hits[0].id)
get "/api/item/$(urlenc "$PID")"
[ "$STATUS" = 200 ] && [ "$(jf .type)" = question ] && [ "$(jf .id)" = "$PID" ]
check "/api/item/ID finds a passage by its id too" $?

get /metrics
[ "$STATUS" = 200 ] && header Content-Type | grep -q '^text/plain' &&
    grep -q '^govsearch_http_requests_total{endpoint="search",status="200"} [1-9]' "$TMP/body" &&
    grep -q '^govsearch_http_requests_total{endpoint="search",status="400"} [1-9]' "$TMP/body" &&
    grep -q '^govsearch_http_request_duration_seconds_bucket{endpoint="search",le="+Inf"} [1-9]' "$TMP/body" &&
    grep -q "^govsearch_documents $DOCS0\$" "$TMP/body" &&
    grep -q '^govsearch_index_up 1$' "$TMP/body"
check "/metrics counts requests, latency and documents" $?
grep -q '^govsearch_index_last_commit_timestamp_seconds [0-9]' "$TMP/body" ||
    grep -q '^govsearch_index_info{last_commit=' "$TMP/body"
check "/metrics shows the last index commit" $?

# ---- A re-index while serving ----

get "/api/search?q=library"
[ "$STATUS" = 200 ] && [ "$(jf .total)" = 0 ]
check "a word not yet indexed finds nothing" $?

index "$SAMPLE/04-apologies.txt" "$SAMPLE/05-library-hours.txt"
check "govindex adds to the database while the service runs" $?

get "/api/search?q=library"
[ "$STATUS" = 200 ] && [ "$(jf .total)" -ge 1 ] &&
    jf .hits[0].source | grep -q '05-library-hours\.txt$'
check "the next query sees the new commit without a restart" $?

get /healthz
[ "$STATUS" = 200 ] && [ "$(jf .documents)" -gt "$DOCS0" ]
check "/healthz counts the new documents" $?

# ---- A commit that cannot be opened ----

cp -r "$DB" "$TMP/copy.db"
MAIN=$BASE
serve copy "$TMP/copy.db" --threads 1 --cache 0
CPID=$SERVED
get "/api/search?q=library"
[ "$STATUS" = 200 ] && [ "$(jf .total)" -ge 1 ]
r=$?
if [ -f "$TMP/copy.db/iamglass" ]; then
	printf 'damaged' >"$TMP/copy.db/iamglass"
	get "/api/search?q=library"
	[ $r -eq 0 ] && [ "$STATUS" = 200 ] && [ "$(jf .total)" -ge 1 ]
	r=$?
	get /metrics
	grep -q '^govsearch_index_reopen_failures_total [1-9]' "$TMP/body" &&
	    grep -q 'serving the one open' "$TMP/copy.err"
	check "a commit that cannot be opened: the old snapshot is served" \
	    $(( r + $? ))
else
	check "a commit that cannot be opened (not a glass database) # SKIP" 0
fi
kill "$CPID"
wait "$CPID"
CPID=
BASE=$MAIN

# ---- The access log and shutdown ----

grep -Eq '^127\.0\.0\.1 - - \[[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:[0-9:]{8} [-+][0-9]{4}\] "GET /api/search\?q=transport&facets=council,year HTTP/1\.1" 200 [0-9]+$' \
    "$TMP/serve.err"
check "requests are logged to stderr in common log format" $?

kill -TERM "$SPID"
i=0
while [ $i -lt 100 ] && kill -0 "$SPID" 2>/dev/null; do
	sleep 0.1
	i=$((i + 1))
done
wait "$SPID"
r=$?
SPID=
[ $r -eq 0 ] && grep -q 'shutting down' "$TMP/serve.err"
check "SIGTERM stops the service cleanly (exit 0)" $?
if grep -qi 'sanitizer\|runtime error' "$TMP/serve.err"; then
	sed 's/^/# /' "$TMP/serve.err" | grep -v '"GET' | head -40
	check "no sanitizer reports" 1
fi

# ---- Usage ----

"$GOVSEARCH" serve >/dev/null 2>&1
[ $? -eq 2 ]
check "serve without --db is a usage error (2)" $?
"$GOVSEARCH" serve --db "$DB" --threads 0 >/dev/null 2>&1
[ $? -eq 2 ]
check "a bad option value is a usage error (2)" $?
"$GOVSEARCH" serve --db "$TMP/no-such.db" --listen 127.0.0.1:0 \
    >/dev/null 2>&1
[ $? -eq 3 ]
check "a database that does not open is exit 3" $?
"$GOVSEARCH" serve --help | grep -q -- '--listen'
check "serve --help describes the options" $?

done_testing
