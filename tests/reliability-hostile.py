"""Hostile requests against govsearch serve on loopback (reliability-hostile.sh).

usage: reliability-hostile.py HOST PORT

Prints one line per check: "0|1<TAB>name<TAB>detail" (0: passed).  Every
request is bounded: sockets time out, loops have fixed counts.
"""
import json
import socket
import sys
import threading
import time

HOST, PORT = sys.argv[1], int(sys.argv[2])
TIMEOUT = 30


def request(target, extra=b"", timeout=TIMEOUT):
    """Sends GET target; returns (status, headers dict, body bytes)."""
    s = socket.create_connection((HOST, PORT), timeout=timeout)
    try:
        req = b"GET " + target + b" HTTP/1.1\r\nHost: t\r\n" + extra + \
            b"Connection: close\r\n\r\n"
        try:
            s.sendall(req)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer before it has read everything
        data = b""
        while True:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    finally:
        s.close()
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1]) if lines and len(lines[0].split()) > 1 else 0
    headers = {}
    for ln in lines[1:]:
        k, _, v = ln.partition(b":")
        headers[k.strip().lower().decode("latin-1")] = v.strip().decode("latin-1")
    return status, headers, body


def json_error(status, headers, body, codes):
    """True if the answer is one of codes with a JSON error body."""
    if status not in codes:
        return False
    if not headers.get("content-type", "").startswith("application/json"):
        return False
    try:
        o = json.loads(body)
    except ValueError:
        return False
    return o.get("status") == status and bool(o.get("error"))


def json_ok(status, headers, body):
    try:
        o = json.loads(body)
    except ValueError:
        return False
    return status == 200 and isinstance(o, dict) and "hits" in o


results = []


def check(name, ok, detail=""):
    results.append((0 if ok else 1, name, detail))
    print("%d\t%s\t%s" % (0 if ok else 1, name, detail.replace("\n", " ")[:300]),
          flush=True)


def healthy():
    st, _, body = request(b"/healthz")
    return st == 200 and json.loads(body).get("status") == "ok"


def show(st, body):
    return "status %d: %r" % (st, body[:200])


# 1 MB query strings: a JSON 413, not libmicrohttpd's HTML.
for n in (1 << 20) - 64, 100000:
    st, h, b = request(b"/api/search?q=" + b"a" * n)
    check("a %d-byte query string gets a JSON 413" % n,
          json_error(st, h, b, (413,)), show(st, b))
st, h, b = request(b"/api/search?q=x", extra=b"X-Filler: " + b"y" * 200000 + b"\r\n")
check("a 200 kB header is answered", st == 200 or json_error(st, h, b, (413,)),
      show(st, b))

# Deeply nested parentheses (as deep as the query length allows).
for depth in 10, 200, 2000:
    q = b"%28" * depth + b"school" + b"%29" * depth
    st, h, b = request(b"/api/search?q=" + q)
    check("%d nested parentheses: 200 or a JSON 400/413" % depth,
          json_ok(st, h, b) or json_error(st, h, b, (400, 413)), show(st, b))
st, h, b = request(b"/api/search?lenient=1&q=" + b"%28" * 2000)
check("2000 unclosed parentheses with lenient=1 are answered",
      json_ok(st, h, b) or json_error(st, h, b, (400,)), show(st, b))

# 10,000 OR terms: over the query limit; the most that fit is answered.
q = b"+OR+".join(b"w%d" % i for i in range(10000))
st, h, b = request(b"/api/search?q=" + q)
check("10,000 OR terms get a JSON 413", json_error(st, h, b, (413,)), show(st, b))
q = b"+OR+".join(b"w%d" % i for i in range(450))
st, h, b = request(b"/api/search?q=" + q)
check("450 OR terms (under the limit) are answered", json_ok(st, h, b), show(st, b))
q = b"+".join(b"%c%c*" % (97 + i % 26, 97 + i // 26 % 26) for i in range(600))
st, h, b = request(b"/api/search?q=" + q)
check("600 wildcards in one query are answered or refused as JSON",
      json_ok(st, h, b) or json_error(st, h, b, (400,)), show(st, b))

# A wildcard on one letter, and on none.
for q in b"a*", b"s*+OR+t*+OR+c*", b"*", b"title%3Aa*":
    st, h, b = request(b"/api/search?q=" + q + b"&facets=council,year")
    check("wildcard %s is answered or refused as JSON" % q.decode(),
          json_ok(st, h, b) or json_error(st, h, b, (400,)), show(st, b))

# Invalid UTF-8 and percent encoding.
for q in b"%ff%fe", b"caf%c3", b"%c0%af", b"%ed%a0%80", b"a%00b":
    st, h, b = request(b"/api/search?q=" + q)
    check("q=%s gets a JSON 400" % q.decode(), json_error(st, h, b, (400,)),
          show(st, b))
for q in b"%zz", b"%4", b"%", b"%%%", b"a%2", b"%u0041":
    st, h, b = request(b"/api/search?q=" + q)
    check("bad percent encoding q=%s is answered or refused as JSON" % q.decode(),
          json_ok(st, h, b) or json_error(st, h, b, (400,)), show(st, b))
st, h, b = request(b"/api/search?q=school&council=%ff")
check("a filter with invalid UTF-8 gets a JSON 400", json_error(st, h, b, (400,)),
      show(st, b))
st, h, b = request(b"/api/item/%ff%fe")
check("an item id with invalid UTF-8 gets a JSON 404",
      json_error(st, h, b, (400, 404)), show(st, b))

# Negative and huge limit and offset.
for p in (b"limit=-1", b"limit=99999999999999999999", b"limit=1e9",
          b"limit=4294967297", b"offset=-5", b"offset=18446744073709551617",
          b"offset=%2B1", b"limit=0x10", b"facet_limit=-1", b"limit=",
          b"limit=10&limit=-1"):
    st, h, b = request(b"/api/search?q=school&" + p)
    if p == b"limit=10&limit=-1":
        ok = json_ok(st, h, b)  # the first value counts
    else:
        ok = json_error(st, h, b, (400,))
    check("%s gets a JSON 400" % p.decode() if p != b"limit=10&limit=-1"
          else "a repeated parameter: the first counts", ok, show(st, b))
st, h, b = request(b"/api/search?q=school&limit=100&offset=10000")
check("the largest limit and offset are answered", json_ok(st, h, b), show(st, b))

# Path traversal in asset URLs: never a file from disk.
for path in (b"/../../../../etc/passwd", b"/%2e%2e/%2e%2e/etc/passwd",
             b"/app.js/../../etc/passwd", b"//etc/passwd", b"/..%2f..%2fetc%2fpasswd",
             b"/index.html%00.js", b"/%00", b"/.%2e/app.js", b"/etc/passwd",
             b"/api/item/..%2f..%2fetc%2fpasswd", b"/app.js%2f..%2f..%2fREADME.md"):
    st, h, b = request(path)
    ok = b"root:" not in b and (json_error(st, h, b, (400, 404)) or st == 400)
    check("traversal %s gets a 4xx and no file" % path.decode(), ok, show(st, b))

# Slow clients hold connections; others are still answered.
slow = []
for i in range(20):
    s = socket.create_connection((HOST, PORT), timeout=TIMEOUT)
    s.sendall(b"GET /api/search?q=sch")
    slow.append(s)
st, h, b = request(b"/api/search?q=school")
check("with 20 slow clients holding connections, a search is answered",
      json_ok(st, h, b), show(st, b))
# The service drops them once idle past --timeout (2 s in the test).
closed = 0
for s in slow:
    try:
        while s.recv(4096):
            pass
        closed += 1
    except ConnectionResetError:
        closed += 1
    except socket.timeout:
        pass
    s.close()
check("idle slow clients are disconnected (%d of 20)" % closed, closed == 20)
# A client trickling a byte a second is dropped too, at the latest after
# the request has dragged on for the idle timeout.
s = socket.create_connection((HOST, PORT), timeout=TIMEOUT)
for c in b"GET /api/search?q=school HTTP/1.1\r\n":
    try:
        s.sendall(bytes([c]))
    except (BrokenPipeError, ConnectionResetError):
        break
    time.sleep(0.3)
s.close()
check("a trickling client is served or dropped, the service lives", healthy())

# Many concurrent connections: more than --max-connections (64 here).
outcomes = []
lock = threading.Lock()


def client(i):
    try:
        st, h, b = request(b"/api/search?q=school+%d" % i, timeout=TIMEOUT)
        r = "ok" if json_ok(st, h, b) else "status %d" % st
    except OSError:
        r = "refused"  # over the connection limit
    with lock:
        outcomes.append(r)


threads = [threading.Thread(target=client, args=(i,)) for i in range(200)]
for t in threads:
    t.start()
for t in threads:
    t.join(TIMEOUT * 2)
ok = sum(1 for r in outcomes if r == "ok")
# Over the limit a connection is refused or closed unanswered (status 0).
bad = [r for r in outcomes if r not in ("ok", "refused", "status 0")]
check("200 concurrent clients: each answered or turned away (%d answered)" % ok,
      len(outcomes) == 200 and ok > 0 and not bad, ", ".join(bad[:5]))

# Still up, still answering.
check("afterwards /healthz is 200", healthy())
st, h, b = request(b"/api/search?q=school")
check("afterwards a search is answered", json_ok(st, h, b), show(st, b))
sys.exit(0)
