#!/bin/sh
# serve-browser.sh: the search page in headless Chromium, driven through
# the DevTools protocol by a small Python client (standard library only):
# types a query (suggestions appear, picked with the keyboard), sees
# highlighted results, clicks a facet and a bar of the year chart, sees
# the filtered list and the URL change, goes back, checks a phone-sized
# window and that text from the URL is never taken as HTML, and follows
# a related item (two records citing one reference number, added to the
# sample) by keyboard.  Screenshots are saved next to the test log
# (tests/serve-browser*.png).
. "$top_srcdir/tests/setup"

CHROMIUM=
for c in "${CHROMIUM_BIN:-}" chromium chromium-browser; do
	if [ -n "$c" ] && command -v "$c" >/dev/null 2>&1; then
		CHROMIUM=$(command -v "$c")
		break
	fi
done
[ -n "$CHROMIUM" ] || skip_all "chromium is not installed (quickstart check installs it)"
command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"

SAMPLE=$top_srcdir/sample
DB=$TMP/sample.db
SHOT=$top_builddir/tests/serve-browser
SPID=
CPID=

cleanup() {
	for p in $CPID $SPID; do
		kill "$p" 2>/dev/null
		wait "$p" 2>/dev/null
	done
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' HUP INT PIPE TERM

# Two meetings of one planning application: related by its number.
cat >"$TMP/thread.jsonl" <<'EOF'
{"id":"quarry-1","title":"Quarry extension at Hollin Edge","date":"2024-03-05","council":"Fellside District Council","committee":"Planning Committee","text":"The Committee considered planning application 24/0012/FUL for an extension of the quarry at Hollin Edge. RESOLVED: That the application be deferred for a noise survey."}
{"id":"quarry-2","title":"Hollin Edge: the deferred application","date":"2025-02-11","council":"Fellside District Council","committee":"Planning Committee","text":"The Committee considered application 24/0012/FUL for the quarry again, with the noise survey. RESOLVED: That the application be refused."}
EOF
if ! "$GOVINDEX" --db "$DB" "$SAMPLE" "$TMP/thread.jsonl" \
    >"$TMP/index.log" 2>&1; then
	sed 's/^/# /' "$TMP/index.log"
	skip_all "govindex cannot index the sample minutes yet"
fi

: >"$TMP/serve.err"
"$GOVSEARCH" serve --db "$DB" --listen 127.0.0.1:0 --threads 2 \
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
[ -n "$BASE" ] || { sed 's/^/# /' "$TMP/serve.err"; done_testing; exit; }

mkdir -p "$TMP/profile"
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-extensions \
    --disable-dev-shm-usage --mute-audio --window-size=1280,900 \
    --user-data-dir="$TMP/profile" --remote-debugging-port=0 \
    about:blank >"$TMP/chromium.log" 2>&1 &
CPID=$!
i=0
while [ $i -lt 300 ] && [ ! -s "$TMP/profile/DevToolsActivePort" ]; do
	kill -0 "$CPID" 2>/dev/null || break
	sleep 0.1
	i=$((i + 1))
done
DTPORT=$(head -1 "$TMP/profile/DevToolsActivePort" 2>/dev/null)
[ -n "$DTPORT" ]
check "headless chromium starts with the DevTools protocol" $?
if [ -z "$DTPORT" ]; then
	sed 's/^/# /' "$TMP/chromium.log" | tail -20
	done_testing
	exit
fi

cat >"$TMP/drive.py" <<'EOF'
# A minimal DevTools-protocol client over a hand-made WebSocket (RFC 6455).
import base64, json, os, socket, struct, sys, time, urllib.request

dtport, base, shot = sys.argv[1], sys.argv[2], sys.argv[3]


class WebSocket:
    def __init__(self, url):
        hostport, path = url[len('ws://'):].split('/', 1)
        host, port = hostport.rsplit(':', 1)
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(('GET /%s HTTP/1.1\r\nHost: %s\r\n'
                           'Upgrade: websocket\r\nConnection: Upgrade\r\n'
                           'Sec-WebSocket-Key: %s\r\n'
                           'Sec-WebSocket-Version: 13\r\n\r\n'
                           % (path, hostport, key)).encode())
        self.buf = bytearray()
        while b'\r\n\r\n' not in self.buf:
            self._fill()
        end = self.buf.index(b'\r\n\r\n')
        status = bytes(self.buf[:end]).split(b'\r\n')[0]
        del self.buf[:end + 4]
        if b' 101 ' not in status:
            raise IOError('WebSocket handshake: %r' % status)

    def _fill(self):
        chunk = self.sock.recv(1 << 16)
        if not chunk:
            raise IOError('the browser closed the connection')
        self.buf += chunk

    def _take(self, n):
        while len(self.buf) < n:
            self._fill()
        out = bytes(self.buf[:n])
        del self.buf[:n]
        return out

    def _frame(self, op, data):
        head = bytearray([0x80 | op])
        n = len(data)
        if n < 126:
            head.append(0x80 | n)
        elif n < 65536:
            head.append(0x80 | 126)
            head += struct.pack('>H', n)
        else:
            head.append(0x80 | 127)
            head += struct.pack('>Q', n)
        mask = os.urandom(4)
        body = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(bytes(head) + mask + body)

    def send(self, text):
        self._frame(1, text.encode())

    def recv(self):
        msg = bytearray()
        while True:
            b0, b1 = self._take(2)
            n = b1 & 0x7f
            if n == 126:
                n = struct.unpack('>H', self._take(2))[0]
            elif n == 127:
                n = struct.unpack('>Q', self._take(8))[0]
            mask = self._take(4) if b1 & 0x80 else None
            data = self._take(n)
            if mask:
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
            op = b0 & 0x0f
            if op == 8:
                raise IOError('the browser closed the WebSocket')
            if op == 9:
                self._frame(10, data)
                continue
            if op in (0, 1, 2):
                msg += data
                if b0 & 0x80:
                    return msg.decode()


class Page:
    def __init__(self, ws):
        self.ws = ws
        self.n = 0
        self.errors = []

    def call(self, method, **params):
        self.n += 1
        me = self.n
        self.ws.send(json.dumps({'id': me, 'method': method,
                                 'params': params}))
        while True:
            m = json.loads(self.ws.recv())
            if m.get('id') == me:
                if 'error' in m:
                    raise RuntimeError('%s: %s' % (method, m['error']))
                return m.get('result', {})
            self.event(m)

    def event(self, m):
        method = m.get('method')
        p = m.get('params', {})
        if method == 'Runtime.exceptionThrown':
            self.errors.append(json.dumps(p)[:400])
        elif method == 'Log.entryAdded' and p['entry']['level'] == 'error':
            self.errors.append(p['entry'].get('text', '')[:400])
        elif method == 'Runtime.consoleAPICalled' and p['type'] == 'error':
            self.errors.append(json.dumps(p['args'])[:400])

    def js(self, expr):
        r = self.call('Runtime.evaluate', expression=expr,
                      returnByValue=True, awaitPromise=True)
        if 'exceptionDetails' in r:
            raise RuntimeError('%s: %s' % (expr[:80],
                               json.dumps(r['exceptionDetails'])[:300]))
        return r['result'].get('value')

    def wait(self, expr, what, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            v = self.js(expr)
            if v:
                return v
            time.sleep(0.1)
        raise RuntimeError('timed out waiting for ' + what)

    def key(self, key, code, vk, text=None):
        args = dict(key=key, code=code, windowsVirtualKeyCode=vk,
                    nativeVirtualKeyCode=vk)
        if text is not None:
            args['text'] = text
            args['unmodifiedText'] = text
        self.call('Input.dispatchKeyEvent', type='keyDown', **args)
        self.call('Input.dispatchKeyEvent', type='keyUp', key=key,
                  code=code, windowsVirtualKeyCode=vk)

    def type(self, text):
        for ch in text:
            self.call('Input.dispatchKeyEvent', type='keyDown', key=ch,
                      text=ch, unmodifiedText=ch)
            self.call('Input.dispatchKeyEvent', type='keyUp', key=ch)

    def click(self, selector):
        """Scrolls the element into view and clicks its middle."""
        r = self.js('(() => { const e = document.querySelector(%s);'
                    ' if (!e) return null; e.scrollIntoView({block: "center"});'
                    ' const b = e.getBoundingClientRect();'
                    ' return [b.x + b.width / 2, b.y + b.height / 2]; })()'
                    % json.dumps(selector))
        if not r:
            raise RuntimeError('nothing to click at ' + selector)
        for t in ('mouseMoved', 'mousePressed', 'mouseReleased'):
            self.call('Input.dispatchMouseEvent', type=t, x=r[0], y=r[1],
                      button='left', clickCount=1)

    def goto(self, url):
        self.call('Page.navigate', url=url)
        self.wait('document.readyState === "complete" && '
                  '!!document.getElementById("q")', 'the page to load')

    def screenshot(self, path):
        r = self.call('Page.captureScreenshot', format='png')
        with open(path, 'wb') as f:
            f.write(base64.b64decode(r['data']))


def result(ok, name, detail=''):
    print('RESULT %s %s' % ('ok' if ok else 'fail', name))
    if detail and not ok:
        print('# ' + str(detail).replace('\n', ' ')[:500])
    sys.stdout.flush()


def step(name, fn):
    try:
        ok = fn()
        result(bool(ok), name, 'returned %r' % (ok,))
    except Exception as e:
        result(False, name, e)


targets = json.load(urllib.request.urlopen(
    'http://127.0.0.1:%s/json/list' % dtport, timeout=30))
page = [t for t in targets if t.get('type') == 'page'][0]
p = Page(WebSocket(page['webSocketDebuggerUrl']))
for d in ('Page', 'Runtime', 'Log'):
    p.call(d + '.enable')

HITS = 'document.querySelectorAll("#hits li.hit").length'


def load():
    p.goto(base + '/')
    status = p.wait('document.getElementById("status").textContent',
                    'the status line')
    return 'Type words' in status and \
        p.js('document.activeElement.id') == 'q'


def suggest():
    p.type('transp')
    p.wait('!document.getElementById("suggestions").hidden', 'suggestions')
    opts = p.js('[...document.querySelectorAll("#suggestions [role=option]")]'
                '.map(e => e.textContent)')
    return 'transport' in opts and \
        p.js('document.getElementById("q").getAttribute("aria-expanded")') \
        == 'true'


def pick_and_search():
    p.key('ArrowDown', 'ArrowDown', 40)
    sel = p.js('document.getElementById("q")'
               '.getAttribute("aria-activedescendant")')
    p.key('Enter', 'Enter', 13, '\r')
    p.wait('document.getElementById("q").value === "transport "',
           'the suggestion to fill the box')
    p.key('Enter', 'Enter', 13, '\r')
    p.wait(HITS + ' > 0', 'results')
    return bool(sel) and 'q=transport' in p.js('location.search')


def highlighted():
    marks = p.js('[...document.querySelectorAll("#hits mark")]'
                 '.map(e => e.textContent.toLowerCase())')
    status = p.js('document.getElementById("status").textContent')
    labels = p.js('document.querySelectorAll("#hits .match .label").length')
    res = p.js('document.querySelectorAll("#hits .resolutions li").length')
    return len(marks) > 0 and all('transport' in m for m in marks) and \
        'result' in status and labels > 0 and res > 0


facet = {}


def click_facet():
    before = p.js(HITS)
    url0 = p.js('location.href')
    # A facet value that narrows the list.
    b = p.js('(() => { const total = %s;'
             ' const b = [...document.querySelectorAll('
             '"#facets button[data-facet]")].find(b =>'
             ' +b.querySelector(".count").textContent < total);'
             ' if (!b) return null; b.id = "the-facet";'
             ' return [b.dataset.facet, b.dataset.value,'
             ' +b.querySelector(".count").textContent]; })()' % before)
    if not b:
        raise RuntimeError('no facet value narrows %d hits' % before)
    facet['name'], facet['value'], count = b
    p.click('#the-facet')
    p.wait('new URLSearchParams(location.search).get(%s) === %s'
           % (json.dumps(facet['name']), json.dumps(facet['value'])),
           'the facet in the URL')
    p.wait('%s > 0 && %s <= %d && %s < %d' % (HITS, HITS, count, HITS,
           before), 'the filtered list')
    pressed = p.wait('document.querySelector("#facets button[aria-pressed=true]")'
                     ' && document.querySelector("#facets button'
                     '[aria-pressed=true]").dataset.value', 'the facet shown on')
    chip = p.js('document.getElementById("active").textContent')
    return p.js('location.href') != url0 and pressed == facet['value'] and \
        facet['value'] in chip


def click_year():
    bars = p.js('document.querySelectorAll("#chart button").length')
    year = p.js('document.querySelector("#chart button").dataset.value')
    p.click('#chart button')
    p.wait('new URLSearchParams(location.search).get("year") === %s'
           % json.dumps(year), 'the year in the URL')
    p.wait('!!document.querySelector("#chart button[aria-pressed=true]")',
           'the bar shown on')
    return bars > 0 and p.js(HITS) > 0


def back():
    p.js('history.back()')
    p.wait('!new URLSearchParams(location.search).has("year")',
           'the URL before the year')
    p.wait('!document.querySelector("#chart button[aria-pressed=true]")',
           'the list before the year')
    return new_params().get(facet['name']) == facet['value']


def new_params():
    return dict(p.js('[...new URLSearchParams(location.search)]'))


def bookmark():
    url = p.js('location.href')
    p.goto(url)
    p.wait(HITS + ' > 0', 'results from a bookmarked URL')
    return p.js('document.getElementById("q").value') == 'transport' and \
        p.js('document.querySelector("#facets button[aria-pressed=true]")'
             ' !== null')


def save():
    p.screenshot(shot + '.png')
    return os.path.getsize(shot + '.png') > 1000


def phone():
    p.call('Emulation.setDeviceMetricsOverride', width=390, height=844,
           deviceScaleFactor=1, mobile=True)
    p.goto(base + '/?q=transport')
    p.wait(HITS + ' > 0', 'results on a phone')
    wide = p.js('document.documentElement.scrollWidth')
    p.screenshot(shot + '-phone.png')
    p.call('Emulation.clearDeviceMetricsOverride')
    return wide <= 391


def labels():
    return p.js('[...document.querySelectorAll("input, select")]'
                '.every(e => e.labels && e.labels.length > 0)') and \
        p.js('document.getElementById("status").getAttribute("aria-live")') \
        == 'polite'


def no_html():
    p.goto(base + '/?q=' + urllib.request.quote(
        '<img src=x onerror="window.pwned=1">transport'))
    p.wait('document.getElementById("status").textContent.includes("<img")',
           'the query shown as text')
    time.sleep(0.3)
    return p.js('document.querySelectorAll("main img, header img").length') \
        == 0 and not p.js('window.pwned')


def item():
    p.goto(base + '/?q=transport')
    p.wait(HITS + ' > 0', 'results')
    p.click('#hits li.hit button')
    p.wait('document.querySelectorAll("#hits .item h4").length > 0',
           'the whole item')
    return p.js('document.querySelector("#hits li.hit button")'
                '.getAttribute("aria-expanded")') == 'true'


def related():
    p.goto(base + '/?q=quarry')
    p.wait(HITS + ' > 1', 'two results')
    links = p.wait('(() => { const a = [...document.querySelectorAll('
                   '"#hits li.hit .related a[href]")]; return a.length &&'
                   ' a.map(e => [e.textContent, e.getAttribute("href"),'
                   ' e.tabIndex]); })()', 'related links')
    titles = p.js('[...document.querySelectorAll("#hits li.hit h3")]'
                  '.map(e => e.textContent)')
    # Each of the two lists the other, as a link the keyboard reaches.
    if sorted(l[0] for l in links) != sorted(titles) or \
            any(l[2] < 0 or 'ref' not in l[1] for l in links):
        raise RuntimeError('links %r, hits %r' % (links, titles))
    p.js('document.querySelector("#hits .related a").focus()')
    p.key('Enter', 'Enter', 13, '\r')
    p.wait('new URLSearchParams(location.search).get("q") === '
           '"ref:24/0012/ful"', 'the reference number searched')
    p.wait('[...document.querySelectorAll("#hits li.hit h3")].some('
           'h => h.textContent === %s)' % json.dumps(links[0][0]),
           'the related item among the results')
    return True


step('the page loads with the search box focused', load)
step('typing shows suggestions from /api/suggest', suggest)
step('a suggestion is picked with the keyboard and searched', pick_and_search)
step('results show highlighted snippets, sections and resolutions',
     highlighted)
step('clicking a facet filters the list and changes the URL', click_facet)
step('clicking a bar of the year chart filters by year', click_year)
step('Back returns to the previous filters', back)
step('the URL can be bookmarked: it restores the search', bookmark)
step('a screenshot is saved next to the test log', save)
step('every input has a label; the result count is announced', labels)
step('the whole item opens under a result', item)
step('readable on a phone: no sideways scrolling', phone)
step('text from the URL is shown as text, never as HTML', no_html)
step('related items are keyboard links that search their reference',
     related)
result(not p.errors, 'no script errors or content-security violations',
       ' | '.join(p.errors))
try:
    p.call('Browser.close')
except Exception:
    pass
EOF

timeout 180 python3 "$TMP/drive.py" "$DTPORT" "$BASE" "$SHOT" \
    >"$TMP/drive.out" 2>&1
while IFS= read -r line; do
	case $line in
	"RESULT ok "*) check "${line#RESULT ok }" 0 ;;
	"RESULT fail "*) check "${line#RESULT fail }" 1 ;;
	*) echo "# $line" ;;
	esac
done <"$TMP/drive.out"
grep -q '^RESULT' "$TMP/drive.out"
check "the browser driver ran" $?
[ -f "$SHOT.png" ] && diag "screenshots: $SHOT.png $SHOT-phone.png"

i=0
while [ $i -lt 50 ] && kill -0 "$CPID" 2>/dev/null; do
	sleep 0.1
	i=$((i + 1))
done
done_testing
