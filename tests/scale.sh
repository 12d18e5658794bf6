#!/bin/sh
# scale.sh: the Limerick minutes in 3 shards behind 3 xapian-tcpsrv on
# loopback.  For 50 queries the remote shards (given one by one, or in a
# stub file) and the local shards answer as one local unsharded index
# (the shards merged by govindex --compact): the same ranked ids (equal
# scores in any order), scores, totals and facets.  With one server
# stopped the answer is an error naming it, or with --allow-partial the
# results of the others marked partial; the service does the same and
# takes the server back when it returns.
. "$top_srcdir/tests/setup"
need_corpus limerick
command -v xapian-tcpsrv >/dev/null 2>&1 ||
    skip_all "xapian-tcpsrv is not installed (Debian xapian-tools)"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"

IN=$SHARED_CORPUS/limerick
SRV_PIDS=
SPID=

# stop_server PID: the server and the children it forked per connection.
stop_server() {
	kill -TERM -- "-$1" 2>/dev/null || kill -TERM "$1" 2>/dev/null
	wait "$1" 2>/dev/null
}

cleanup() {
	for p in $SRV_PIDS; do
		stop_server "$p"
	done
	if [ -n "$SPID" ]; then
		kill "$SPID" 2>/dev/null
		wait "$SPID" 2>/dev/null
	fi
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' HUP INT PIPE TERM

# free_ports N: N loopback ports nothing listens on now.
free_ports() {
	python3 -c '
import socket, sys
ss = []
for _ in range(int(sys.argv[1])):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    ss.append(s)
print(" ".join(str(s.getsockname()[1]) for s in ss))
' "$1"
}

# listening PORT: 0 once something accepts connections on PORT (5 s).
listening() {
	python3 -c '
import socket, sys, time
for _ in range(100):
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()
        sys.exit(0)
    except OSError:
        time.sleep(0.05)
sys.exit(1)
' "$1"
}

# start_server PORT DIR: xapian-tcpsrv for DIR in its own process group
# (so stopping it also stops its per-connection children); sets SERVER.
start_server() {
	if command -v setsid >/dev/null 2>&1; then
		setsid xapian-tcpsrv --quiet --interface 127.0.0.1 \
		    --port "$1" "$2" >>"$TMP/tcpsrv.log" 2>&1 &
	else
		xapian-tcpsrv --quiet --interface 127.0.0.1 --port "$1" "$2" \
		    >>"$TMP/tcpsrv.log" 2>&1 &
	fi
	SERVER=$!
	SRV_PIDS="$SRV_PIDS $SERVER"
	listening "$1"
}

# ---- Index once: 3 shards, and one compact copy ----

if ! "$GOVINDEX" --db "$TMP/sh" --shards 3 --json-summary --quiet "$IN" \
    >"$TMP/index.json" 2>"$TMP/index.err"; then
	sed 's/^/# /' "$TMP/index.err"
fi
check "govindex --shards 3 indexes the Limerick minutes" \
    $([ -f "$TMP/sh/XAPIANDB" ] && [ -d "$TMP/sh/shard2" ]; echo $?)
ok "govindex --compact merges the shards into one database" \
    "$GOVINDEX" --compact "$TMP/one" --db "$TMP/sh" --json-summary
docs=$(sed -n 's/.*"documents":\([0-9]*\).*/\1/p' "$TMP/ok.out")
ok "govindex --compact refuses to overwrite a database" \
    sh -c '! "$1" --compact "$2" --db "$3" 2>/dev/null' sh \
    "$GOVINDEX" "$TMP/one" "$TMP/sh"
[ -d "$TMP/one" ] || { done_testing; exit; }
diag "$docs documents"

# ---- 3 shard servers ----

PORTS=$(free_ports 3)
set -- $PORTS
P0=$1 P1=$2 P2=$3
k=0
started=0
for p in $PORTS; do
	start_server "$p" "$TMP/sh/shard$k" && started=$((started + 1))
	[ $k -eq 1 ] && SRV1=$SERVER
	k=$((k + 1))
done
check "3 xapian-tcpsrv listen on loopback ports $PORTS" \
    $([ $started -eq 3 ]; echo $?)
REMOTE="--db tcp://127.0.0.1:$P0 --db tcp://127.0.0.1:$P1 --db tcp://127.0.0.1:$P2"
printf '# three shard servers, searched as one\nremote 127.0.0.1:%s\nremote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' \
    "$P0" "$P1" "$P2" >"$TMP/remote.stub"

# ---- 50 queries ----

# Words and phrases the minutes of any council use, with paging, sorting,
# passages, filters and facets varied over them.
python3 - >"$TMP/queries" <<'EOF'
import json
words = ["planning", "housing", "road safety", "water", "footpath",
         "public lighting", "library", "funding", "traffic calming",
         "\"planning permission\"", "estate", "grant", "school",
         "playground", "community", "flooding", "parking", "derelict",
         "budget", "tourism", "broadband", "cemetery", "litter",
         "speed limit", "greenway"]
sorts = ["relevance", "relevance", "-date", "date"]
for i in range(50):
    q = {"id": i, "q": words[i % len(words)], "limit": 10 + 5 * (i % 3)}
    if i >= 25:
        q["offset"] = 10
    q["sort"] = sorts[i % 4]
    if i % 5 == 4:
        q["passages"] = True
    if i % 10 != 9:
        q["facets"] = "council,committee,year,type,speaker,outcome"
    if i % 7 == 6:
        q["filters"] = {"year": 2019}
    print(json.dumps(q))
EOF

cat >"$TMP/compare.py" <<'EOF'
import json, sys

def load(path):
    with open(path) as f:
        return [json.loads(l) for l in f if l.strip()]

def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))

def groups(res):
    """Hits as runs of equal sort keys: ids in a run may come in any
    order; only runs cut by the page's ends may hold different ids.
    Sorted by date, Xapian 1.4's remote backend weighs the relevance
    that orders one date's items differently, so there the date alone
    is the key."""
    runs = []
    by_date = res.get("sort") != "relevance"
    for h in res.get("hits", []):
        key = (h.get("date"), 0.0) if by_date else (None, h["score"])
        if runs and runs[-1][0][0] == key[0] and close(runs[-1][0][1], key[1]):
            runs[-1][1].append(h["id"])
        else:
            runs.append((key, [h["id"]]))
    return runs

want, got = load(sys.argv[1]), load(sys.argv[2])
bad = estimated = 0
if len(want) != len(got):
    print("# %d answers, want %d" % (len(got), len(want)))
    sys.exit(1)
for w, g in zip(want, got):
    why = []
    if "error" in w or "error" in g:
        why.append("error: %s / %s" % (w.get("error"), g.get("error")))
    # Where either side only estimates, the estimates may differ.
    if w.get("total_exact") and g.get("total_exact"):
        if w.get("total") != g.get("total"):
            why.append("total %s, want %s" % (g.get("total"), w.get("total")))
    else:
        estimated += 1
    if w.get("facets") != g.get("facets"):
        why.append("facets differ")
    if g.get("partial"):
        why.append("marked partial")
    rw, rg = groups(w), groups(g)
    if len(w.get("hits", [])) != len(g.get("hits", [])):
        why.append("%d hits, want %d" % (len(g.get("hits", [])),
                                         len(w.get("hits", []))))
    elif len(rw) != len(rg):
        why.append("scores differ")
    else:
        for i, ((kw, iw), (kg, ig)) in enumerate(zip(rw, rg)):
            if kw[0] != kg[0] or not close(kw[1], kg[1]) or \
                    len(iw) != len(ig):
                why.append("rank group %d: %s, want %s" % (i, kg, kw))
                break
            cut = i == len(rw) - 1 or (i == 0 and w.get("offset"))
            if sorted(iw) != sorted(ig) and not cut:
                why.append("rank group %d ids differ" % i)
                break
    if why:
        bad += 1
        print("# query %s (%s): %s" % (w.get("id"), w.get("query"),
                                       "; ".join(why)))
print("# %d of %d queries agree (%d totals estimated)" %
      (len(want) - bad, len(want), estimated))
sys.exit(1 if bad else 0)
EOF

# batch NAME DB-OPTION...: the 50 queries into $TMP/NAME.jsonl.
batch() {
	name=$1
	shift
	"$GOVSEARCH" "$@" --batch "$TMP/queries" --jobs 1 \
	    >"$TMP/$name.jsonl" 2>"$TMP/$name.err"
}

# agree NAME: the answers in $TMP/NAME.jsonl are those of the local index.
agree() {
	python3 "$TMP/compare.py" "$TMP/local.jsonl" "$TMP/$1.jsonl"
}

batch local --db "$TMP/one"
check "the unsharded index answers the 50 queries" \
    $([ "$(grep -c '"hits"' "$TMP/local.jsonl")" -eq 50 ] &&
    [ "$(grep -c '"total":[1-9]' "$TMP/local.jsonl")" -ge 40 ]; echo $?)

batch remote $REMOTE
ok "3 remote shards rank, count and facet as the unsharded index" \
    agree remote
python3 "$TMP/compare.py" "$TMP/local.jsonl" "$TMP/remote.jsonl" | tail -1
batch stub --db "$TMP/remote.stub"
ok "a stub file listing the 3 servers answers the same" agree stub
batch shards --db "$TMP/sh"
ok "the local sharded index answers the same" agree shards

# --recent over the servers, which cannot run its decay: their first 100
# by relevance re-ranked by relevance + 2.0 x 2^(-age / 365 days), as
# docs/query-syntax.md says, then paged.
cat >"$TMP/recent.py" <<'EOF'
import datetime, json, sys
plain, got = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
off, lim = int(sys.argv[3]), int(sys.argv[4])
today = datetime.datetime.now(datetime.timezone.utc).date()
def bonus(d):
    if not d:
        return 0.0
    age = max((today - datetime.date.fromisoformat(d)).days, 0)
    return 2.0 * 2 ** (-age / 365.0)
new = {h["id"]: h["score"] + bonus(h.get("date")) for h in plain["hits"]}
want = sorted(new.values(), reverse=True)[off:off + lim]
have = [(h["id"], h["score"]) for h in got["hits"]]
close = lambda a, b: abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
# Each hit with its re-ranked score, in the re-ranked order (equal scores
# in any order).
ok = len(have) == len(want) > 0 and all(
    i in new and close(new[i], sc) and close(w, sc)
    for (i, sc), w in zip(have, want))
if not ok:
    print("# want %s\n# have %s" % (want, have))
sys.exit(0 if ok else 1)
EOF
r=0
for q in housing "road safety" "planning permission"; do
	for page in "0 10" "5 5"; do
		set -- $page
		"$GOVSEARCH" $REMOTE --json -n 100 "$q" >"$TMP/plain.json"
		"$GOVSEARCH" $REMOTE --recent --json --offset "$1" -n "$2" "$q" \
		    >"$TMP/recent.json" 2>"$TMP/recent.err" &&
		    python3 "$TMP/recent.py" "$TMP/plain.json" \
		    "$TMP/recent.json" "$1" "$2" || { r=1; sed 's/^/# /' \
		    "$TMP/recent.err"; }
	done
done
check "--recent over the servers: the first 100 re-ranked by the decay" $r

# ---- One server down ----

stop_server "$SRV1"
"$GOVSEARCH" $REMOTE --json --facets year planning >"$TMP/down.out" \
    2>"$TMP/down.err"
st=$?
check "with a shard server down the default answer is an error (exit 3)" \
    $([ $st -eq 3 ]; echo $?)
check "the error names the shard that is down" \
    $(grep -q "tcp://127.0.0.1:$P1" "$TMP/down.err"; echo $?)
"$GOVSEARCH" --db "$TMP/remote.stub" --json planning >/dev/null \
    2>"$TMP/down.err"
st=$?
check "through a stub file too, naming the shard" \
    $([ $st -eq 3 ] && grep -q "tcp://127.0.0.1:$P1" "$TMP/down.err";
    echo $?)

# partial FILE: the answer in FILE is marked partial, names the stopped
# server, and holds some but not all of the unsharded index's matches.
partial() {
	python3 - "$1" "$TMP/full.json" "tcp://127.0.0.1:$P1" <<'EOF'
import json, sys
g = json.load(open(sys.argv[1]))
w = json.load(open(sys.argv[2]))
failed = [f.get("db") for f in g.get("failed_shards", [])]
sys.exit(0 if g.get("partial") is True and failed == [sys.argv[3]] and
         0 < g["total"] < w["total"] and g["hits"] else 1)
EOF
}
"$GOVSEARCH" --db "$TMP/one" --json --facets year planning >"$TMP/full.json"
"$GOVSEARCH" $REMOTE --allow-partial --json --facets year planning \
    >"$TMP/part.json" 2>"$TMP/part.err"
check "--allow-partial returns the other shards' results marked partial" \
    $(partial "$TMP/part.json"; echo $?)
"$GOVSEARCH" --db "$TMP/remote.stub" --allow-partial --json --facets year \
    planning >"$TMP/part.json" 2>"$TMP/part.err"
check "--allow-partial through a stub file" \
    $(partial "$TMP/part.json"; echo $?)

# ---- The service: a server that stops and comes back ----

command -v curl >/dev/null 2>&1 || { done_testing; exit; }
start_server "$P1" "$TMP/sh/shard1"
SRV1=$SERVER
# serve NAME OPTION...: sets SPID and BASE (empty if it did not start).
serve() {
	name=$1
	shift
	: >"$TMP/$name.err"
	"$GOVSEARCH" serve $REMOTE --listen 127.0.0.1:0 --threads 1 \
	    --cache 0 "$@" >/dev/null 2>"$TMP/$name.err" &
	SPID=$!
	i=0
	while [ $i -lt 100 ] && ! grep -q 'listening on' "$TMP/$name.err"; do
		kill -0 "$SPID" 2>/dev/null || break
		sleep 0.1
		i=$((i + 1))
	done
	BASE=$(sed -n 's/.*listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)\/.*/\1/p' \
	    "$TMP/$name.err")
}
# get PATH: body in $TMP/body, status in $STATUS.
get() {
	STATUS=$(curl -s -g -o "$TMP/body" -w '%{http_code}' --max-time 30 \
	    "$BASE$1") || STATUS=000
}
stop_serve() {
	kill "$SPID" 2>/dev/null
	wait "$SPID" 2>/dev/null
	SPID=
}
Q="/api/search?q=planning&facets=year"

serve strict
get "$Q"
check "the service answers over the 3 shard servers" \
    $([ "$STATUS" = 200 ] && ! grep -q '"partial"' "$TMP/body"; echo $?)
get "/api/search?q=planning&recent=1"
check "the service answers recent=1 over the shard servers" \
    $([ "$STATUS" = 200 ] && grep -q '"hits":\[{' "$TMP/body"; echo $?)
stop_server "$SRV1"
get "$Q"
check "a shard server stopping under the service gives 503 naming it" \
    $([ "$STATUS" = 503 ] && grep -q "127.0.0.1:$P1" "$TMP/body"; echo $?)
stop_serve

start_server "$P1" "$TMP/sh/shard1"
SRV1=$SERVER
serve partial --allow-partial
get "$Q"
check "serve --allow-partial answers in full while every shard is up" \
    $([ "$STATUS" = 200 ] && ! grep -q '"partial"' "$TMP/body"; echo $?)
stop_server "$SRV1"
get "$Q"
cp "$TMP/body" "$TMP/part.json"
check "serve --allow-partial answers from the other shards, marked partial" \
    $([ "$STATUS" = 200 ] && partial "$TMP/part.json"; echo $?)
start_server "$P1" "$TMP/sh/shard1"
SRV1=$SERVER
# The service tries a shard that is down again every 2 seconds.
i=0
while [ $i -lt 20 ]; do
	get "$Q"
	[ "$STATUS" = 200 ] && ! grep -q '"partial"' "$TMP/body" && break
	sleep 0.5
	i=$((i + 1))
done
check "the service takes the shard back when its server returns" \
    $([ "$STATUS" = 200 ] && ! grep -q '"partial"' "$TMP/body"; echo $?)
stop_serve

done_testing
