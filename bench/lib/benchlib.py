"""benchlib: the engines, corpora and queries shared by bench/run and
bench/qmsum-relevance.

Every engine is fed the same text: the records `govindex --dump` reads
from the corpus, split into the six sections govindex weights (title,
purpose, question, answer, resolution, discussion), with the same
per-section weights:

  govsearch   govindex --weights (the index's own BM25 with section wdf)
  fts5        SQLite FTS5, one column per section, bm25() column weights
              set as the table's rank function
  postgres    PostgreSQL 15, setweight A/B/C/D per section (title A,
              purpose and resolution B, question and answer C, discussion
              D), GIN index, ts_rank_cd (or ts_rank) with weights
              {D,C,B,A} = {0.2,0.4,0.6,1.0}, the ratios of 1:2:3:5
  omega       Xapian omega's scriptindex with bench/omega.idx (weight=N
              per section), queried with quest

A peer that is not installed is reported as missing and skipped.
Python 3 standard library only.
"""

import atexit
import csv
import gzip
import json
import multiprocessing
import os
import platform
import random
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOP = os.path.dirname(BENCH)
SECTIONS = ["title", "purpose", "question", "answer", "resolution",
            "discussion"]
WEIGHTS = {"title": 5, "purpose": 3, "resolution": 3, "question": 2,
           "answer": 2, "discussion": 1}
WEIGHTS_SPEC = ",".join("%s=%d" % (s, WEIGHTS[s]) for s in
                        ["title", "purpose", "resolution", "question",
                         "answer", "discussion"])
PG_LABEL = {"title": "A", "purpose": "B", "resolution": "B",
            "question": "C", "answer": "C", "discussion": "D"}
# ts_rank weights are given as {D, C, B, A}: the 1:2:3:5 ratios of the
# section weights, the largest scaled to 1.
PG_WEIGHTS = "{0.2,0.4,0.6,1.0}"
CLASSES = ["single", "multi", "phrase", "field", "filtered"]
PG_BIN = os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin")
WORD = re.compile(r"[a-z]{4,}")

# Run from the source tree, govindex and govsearch find their stopword
# lists and vocabulary here, not in an installed data directory (without
# them they would run with no stopwords at all).
if os.path.isdir(os.path.join(TOP, "stopwords")):
    os.environ.setdefault("GOVSEARCH_DATADIR", TOP)
QWORD = re.compile(r"[^\W_]+", re.UNICODE)


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def die(msg, status=2):
    print("bench: " + msg, file=sys.stderr)
    sys.exit(status)


def shared_corpus():
    return os.environ.get("SHARED_CORPUS") or os.path.join(
        TOP, "..", "shared", "corpus")


def find_prog(name, env, rel):
    """A govsearch program: $ENV, a build tree inside the checkout, or
    PATH."""
    p = os.environ.get(env)
    if p:
        return p
    for d in ("build", ".", "build/release"):
        c = os.path.join(TOP, d, rel)
        if os.access(c, os.X_OK):
            return c
    return shutil.which(name)


def pct(v, p):
    """Percentile p of v by linear interpolation (numpy's default)."""
    if not v:
        return None
    v = sorted(v)
    k = (len(v) - 1) * p / 100.0
    f = int(k)
    c = min(f + 1, len(v) - 1)
    return v[f] + (v[c] - v[f]) * (k - f)


def summary(v):
    v = [x for x in v if x is not None]
    return {"p50": pct(v, 50), "p95": pct(v, 95), "p99": pct(v, 99),
            "n": len(v)}


def median_of(dicts, key):
    xs = [d[key] for d in dicts if d and d.get(key) is not None]
    return statistics.median(xs) if xs else None


def du(path):
    """Bytes used by a file or a directory tree."""
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total


def timed(cmd, stdin=None, stdout=subprocess.DEVNULL, env=None, cwd=None):
    """Runs cmd; returns (seconds, peak RSS in KiB or None, result)."""
    tf = None
    rss = None
    run = cmd
    if os.access("/usr/bin/time", os.X_OK):
        fd, tf = tempfile.mkstemp(prefix="bench-time-")
        os.close(fd)
        run = ["/usr/bin/time", "-f", "%M", "-o", tf] + cmd
    t = time.perf_counter()
    r = subprocess.run(run, stdin=stdin, stdout=stdout,
                       stderr=subprocess.PIPE, env=env, cwd=cwd)
    dt = time.perf_counter() - t
    if tf:
        try:
            with open(tf) as f:
                lines = [x for x in f.read().split() if x.isdigit()]
                rss = int(lines[-1]) if lines else None
        finally:
            os.remove(tf)
    return dt, rss, r


def machine():
    m = {"nproc": len(os.sched_getaffinity(0)) if hasattr(
        os, "sched_getaffinity") else os.cpu_count(),
        "kernel": platform.release(), "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        # Other work on the machine skews every timing: kept with them.
        "loadavg_start": list(os.getloadavg())}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    m["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    m["mem_kb"] = int(line.split()[1])
                    break
    except OSError:
        pass
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    m["os"] = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return m


def version_of(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
        out = (r.stdout or r.stderr).strip().splitlines()
        return out[0] if out else None
    except (OSError, subprocess.SubprocessError):
        return None


# ---- Corpora ------------------------------------------------------------

class Corpus:
    """What to index and how: inputs, govindex arguments, judgments."""

    def __init__(self, name, inputs, args, input_bytes, judged=None):
        self.name = name
        self.inputs = inputs
        self.args = args
        self.input_bytes = input_bytes
        # {"queries": (queries.tsv, qrels), "topics": (...)} or None
        self.judged = judged


def corpus(name, work, fraction=1.0):
    sc = shared_corpus()
    if name == "seeds":
        d = os.path.join(sc, "seeds")
        if not os.path.isdir(d):
            # The bundled sample minutes stand in for the seeds.
            d = os.path.join(TOP, "sample")
        return Corpus("seeds", [d], [], du(d))
    if name == "sample":
        d = os.path.join(TOP, "sample")
        return Corpus("sample", [d], [], du(d))
    if name == "limerick":
        d = os.path.join(sc, "limerick")
        if not os.path.isdir(d):
            die("no corpus at " + d)
        return Corpus("limerick", [d], [], du(d))
    if name == "cleveland":
        src = os.path.join(sc, "cleveland", "records.jsonl.gz")
        if not os.path.exists(src):
            die("no corpus at " + src)
        n_all = 74247
        n = max(1, int(round(n_all * fraction)))
        out = os.path.join(work, "cleveland-%d.jsonl" % n)
        if not os.path.exists(out):
            tmp = out + ".tmp"
            with gzip.open(src, "rt", encoding="utf-8") as f, \
                    open(tmp, "w", encoding="utf-8") as o:
                for i, line in enumerate(f):
                    if i >= n:
                        break
                    o.write(line)
            os.rename(tmp, out)
        label = "cleveland" if fraction >= 1 else \
            "cleveland-%d%%" % int(round(fraction * 100))
        return Corpus(label, [out],
                      ["--format", "jsonl", "--field",
                       "id=id,text=text,date=issue_date,speaker=sponsor"],
                      os.path.getsize(out))
    if name == "qmsum":
        d = os.path.join(sc, "qmsum-committee")
        src = os.path.join(d, "passages.jsonl")
        if not os.path.exists(src):
            die("no corpus at " + src)
        judged = {"queries": (os.path.join(d, "dev-queries.tsv"),
                              os.path.join(d, "dev-qrels.txt")),
                  "topics": (os.path.join(d, "dev-topics.tsv"),
                             os.path.join(d, "dev-topics-qrels.txt"))}
        return Corpus("qmsum", [src],
                      ["--format", "jsonl", "--field",
                       "id=id,text=text,speaker=speaker,committee=meeting,"
                       "seq=turn"],
                      os.path.getsize(src), judged)
    if os.path.exists(name):
        return Corpus(os.path.basename(name.rstrip("/")), [name], [],
                      du(name))
    die("unknown corpus '%s' (seeds, limerick, cleveland, qmsum or a path)"
        % name)


def dump_records(govindex, c, work):
    """The records govindex reads, as rows of section text."""
    path = os.path.join(work, "records.jsonl")
    with open(path, "w", encoding="utf-8") as o:
        r = subprocess.run([govindex, "--dump"] + c.args + c.inputs,
                           stdout=o, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0, 1):
        die("govindex --dump failed: %s" % r.stderr.strip()[-500:])
    recs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            j = json.loads(line)
            cols = {s: [] for s in SECTIONS}
            if j.get("title"):
                cols["title"].append(j["title"])
            if j.get("purpose"):
                cols["purpose"].append(j["purpose"])
            for s in j.get("sections") or []:
                t = s.get("type")
                if t == "agenda":
                    # govindex indexes the agenda line only when the
                    # record has neither title nor purpose.
                    if not j.get("title") and not j.get("purpose"):
                        cols["purpose"].append(s.get("text") or "")
                    continue
                cols[t if t in cols else "discussion"].append(
                    s.get("text") or "")
            date = j.get("date") or ""
            recs.append({"id": j["id"], "year": date[:4],
                         "committee": (j.get("committee") or ""),
                         "cols": {k: "\n".join(v).replace("\x00", " ")
                                  for k, v in cols.items()}})
    if not recs:
        die("govindex --dump gave no records")
    return recs


def text_bytes(recs):
    return sum(len(v.encode("utf-8")) for r in recs
               for v in r["cols"].values())


# ---- Queries --------------------------------------------------------------

def load_stopwords():
    st = set()
    for n in ("english.txt", "governance.txt"):
        p = os.path.join(TOP, "stopwords", n)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                for line in f:
                    line = line.split("#")[0].strip()
                    if line:
                        st.add(line.lower())
    return st


def make_queries(recs, n, seed=1):
    """n queries per class from the corpus' own words.

    single    one word of middling document frequency
    multi     three such words (ranked OR)
    phrase    two neighbouring words of a record, as a phrase
    field     a title word, searched in titles only
    filtered  a word, restricted to one year (or one committee when the
              corpus has no dates)
    """
    rnd = random.Random(seed)
    stop = load_stopwords()
    df = {}
    for r in recs:
        for w in set(WORD.findall(" ".join(r["cols"].values()).lower())):
            df[w] = df.get(w, 0) + 1
    N = len(recs)
    lo, hi = max(2, N // 1000), max(3, N // 10)
    band = sorted(w for w, c in df.items() if lo <= c <= hi and
                  w not in stop)
    if len(band) < 20:
        band = sorted(w for w, c in df.items() if w not in stop)
    titlew = sorted({w for r in recs for w in
                     WORD.findall(r["cols"]["title"].lower())
                     if w not in stop and df.get(w, 0) >= 2})
    years = sorted({r["year"] for r in recs if r["year"]})
    comms = sorted({r["committee"] for r in recs if r["committee"]})
    texts = [r["cols"]["discussion"] or r["cols"]["question"] or
             r["cols"]["answer"] or r["cols"]["title"] for r in recs]
    qs = []
    for _ in range(n):
        w = rnd.choice(band)
        qs.append({"cls": "single", "words": [w]})
        qs.append({"cls": "multi", "words": [rnd.choice(band)
                                             for _ in range(3)]})
        a, b = w, rnd.choice(band)
        for _ in range(100):
            toks = WORD.findall(rnd.choice(texts).lower())
            if len(toks) < 2:
                continue
            k = rnd.randrange(len(toks) - 1)
            if toks[k] not in stop and toks[k + 1] not in stop:
                a, b = toks[k], toks[k + 1]
                break
        qs.append({"cls": "phrase", "words": [a, b], "phrase": True})
        tw = rnd.choice(titlew) if titlew else w
        qs.append({"cls": "field", "words": [tw], "field": "title"})
        w2 = rnd.choice(band)
        if years:
            qs.append({"cls": "filtered", "words": [w2],
                       "filter": ("year", rnd.choice(years))})
        elif comms:
            qs.append({"cls": "filtered", "words": [w2],
                       "filter": ("committee", rnd.choice(comms))})
        else:
            qs.append({"cls": "filtered", "words": [w2]})
    return qs


def read_topics(path):
    """(qid, text) pairs of a QID<TAB>text file."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if "\t" in line:
                qid, text = line.split("\t", 1)
                out.append((qid, text))
    return out


def plain_words(text):
    """The words of a natural-language query, lower-cased, for peers that
    take no natural language: every word becomes one OR'd term."""
    return [w.lower() for w in QWORD.findall(text)]


# ---- govsearch ----------------------------------------------------------------

class Gov:
    name = "govsearch"

    def __init__(self, work):
        self.work = work
        self.govindex = find_prog("govindex", "GOVINDEX", "indexer/govindex")
        self.govsearch = find_prog("govsearch", "GOVSEARCH",
                                   "searcher/govsearch")
        self.db = os.path.join(work, "gov.db")

    def missing(self):
        if not self.govindex or not os.access(self.govindex, os.X_OK):
            return "govindex not found (set GOVINDEX)"
        if not self.govsearch or not os.access(self.govsearch, os.X_OK):
            return "govsearch not found (set GOVSEARCH)"
        return None

    def version(self):
        return version_of([self.govsearch, "--version"])

    def build(self, c, recs):
        shutil.rmtree(self.db, ignore_errors=True)
        dt, rss, r = timed([self.govindex, "--db", self.db, "--quiet",
                            "--weights", WEIGHTS_SPEC] + c.args + c.inputs)
        if r.returncode not in (0, 1):
            raise RuntimeError("govindex failed: " +
                               r.stderr.decode(errors="replace")[-500:])
        return {"seconds": dt, "rss_kb": rss, "size_bytes": du(self.db)}

    @staticmethod
    def query_text(q):
        if q.get("phrase"):
            s = '"%s"' % " ".join(q["words"])
        else:
            s = " ".join(q["words"])
        if q.get("field"):
            s = "%s:%s" % (q["field"], s)
        return s

    def batch_line(self, i, q, limit=10):
        j = {"id": i, "q": self.query_text(q), "limit": limit}
        if q.get("filter"):
            j["filters"] = {q["filter"][0]: q["filter"][1]}
        return json.dumps(j)

    def batch(self, qs, jobs, limit=10):
        inp = "".join(self.batch_line(i, q, limit) + "\n"
                      for i, q in enumerate(qs))
        t = time.perf_counter()
        r = subprocess.run([self.govsearch, "--db", self.db, "--jobs",
                            str(jobs), "--batch", "-"], input=inp,
                           capture_output=True, text=True)
        dt = time.perf_counter() - t
        if r.returncode != 0:
            raise RuntimeError("govsearch --batch failed: " +
                               r.stderr[-300:])
        return dt, [json.loads(x) for x in r.stdout.splitlines() if x]

    def latency(self, qs):
        """Milliseconds inside the engine (took_ms) per query."""
        _, out = self.batch(qs, 1)
        ms = [None] * len(qs)
        errors = 0
        for j in out:
            if "error" in j:
                errors += 1
                continue
            ms[j["id"]] = j["took_ms"]
        return ms, errors

    def throughput(self, qs, jobs):
        dt, _ = self.batch(qs, jobs)
        return len(qs) / dt

    def oneshot_cmd(self, q):
        cmd = [self.govsearch, "--db", self.db, "--json", "-n", "10"]
        if q.get("filter"):
            cmd += ["--" + q["filter"][0], q["filter"][1]]
        return cmd + ["--", self.query_text(q)]

    def evaluate(self, topics, qrels, depth, save=None, extra=()):
        cmd = [self.govsearch, "eval", "--db", self.db, "--queries", topics,
               "--qrels", qrels, "--limit", str(depth), "--json",
               "--metrics", "ndcg@10,map,mrr@10,p@10,recall@100"] + \
            list(extra)
        if save:
            cmd += ["--save", save]
        r = subprocess.run(cmd, capture_output=True, text=True)
        if r.returncode not in (0, 1):
            raise RuntimeError("govsearch eval failed: " + r.stderr[-500:])
        return json.loads(r.stdout)

    def score_run(self, run, qrels):
        """Scores a peer's TREC run with the same code (trec_eval rules).
        --complete: a judged query the peer found nothing for counts as
        0, as it does for govsearch."""
        r = subprocess.run([self.govsearch, "eval", "--run", run, "--qrels",
                            qrels, "--complete", "--json", "--metrics",
                            "ndcg@10,map,mrr@10,p@10,recall@100"],
                           capture_output=True, text=True)
        if r.returncode not in (0, 1):
            raise RuntimeError("govsearch eval --run failed: " +
                               r.stderr[-500:])
        return json.loads(r.stdout)


# ---- SQLite FTS5 ----------------------------------------------------------

FTS_COLS = ["id", "year", "committee"] + SECTIONS
FTS_RANK = "bm25(%s)" % ", ".join(
    ["0.0"] * 3 + ["%.1f" % WEIGHTS[s] for s in SECTIONS])


def fts_quote(w):
    return '"%s"' % w.replace('"', '""')


def fts_sql(q, limit):
    """(SQL, parameters) for one benchmark query."""
    words = [fts_quote(w) for w in q["words"]]
    if q.get("phrase"):
        m = '"%s"' % " ".join(q["words"])
    else:
        m = " OR ".join(words)
    if q.get("field"):
        m = "%s : (%s)" % (q["field"], m)
    where = "t MATCH ?"
    args = [m]
    if q.get("filter"):
        where += " AND %s = ?" % q["filter"][0]
        args.append(q["filter"][1])
    return ("SELECT id, rank FROM t WHERE %s ORDER BY rank LIMIT %d" %
            (where, limit), args)


def _fts_worker(a):
    path, qs = a
    con = sqlite3.connect(path)
    for q in qs:
        sql, args = fts_sql(q, 10)
        try:
            con.execute(sql, args).fetchall()
        except sqlite3.Error:
            pass
    con.close()
    return len(qs)


class Fts5:
    name = "fts5"

    def __init__(self, work):
        self.work = work
        self.path = os.path.join(work, "fts5.sqlite")
        self.sqlite3 = shutil.which("sqlite3")

    def missing(self):
        if not self.sqlite3:
            return "sqlite3 not installed (Debian sqlite3)"
        try:
            con = sqlite3.connect(":memory:")
            con.execute("CREATE VIRTUAL TABLE x USING fts5(a)")
            con.close()
        except sqlite3.Error:
            return "SQLite has no FTS5"
        return None

    def version(self):
        return "SQLite " + sqlite3.sqlite_version

    def build(self, c, recs):
        if os.path.exists(self.path):
            os.remove(self.path)
        data = os.path.join(self.work, "fts5.csv")
        with open(data, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            for r in recs:
                w.writerow([r["id"], r["year"], r["committee"]] +
                           [r["cols"][s] for s in SECTIONS])
        script = os.path.join(self.work, "fts5.sql")
        with open(script, "w") as f:
            f.write("CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, "
                    "year UNINDEXED, committee UNINDEXED, %s, "
                    "tokenize='porter unicode61');\n" % ", ".join(SECTIONS))
            f.write("INSERT INTO t(t, rank) VALUES('rank', '%s');\n" %
                    FTS_RANK)
            f.write(".mode csv\n.import '%s' t\n" % data)
            f.write("INSERT INTO t(t) VALUES('optimize');\n")
        with open(script) as f:
            dt, rss, r = timed([self.sqlite3, "-bail", self.path], stdin=f)
        if r.returncode != 0:
            raise RuntimeError("sqlite3 failed: " +
                               r.stderr.decode(errors="replace")[-300:])
        os.remove(data)
        return {"seconds": dt, "rss_kb": rss, "size_bytes": du(self.path)}

    def latency(self, qs):
        con = sqlite3.connect(self.path)
        ms = []
        errors = 0
        for q in qs:
            sql, args = fts_sql(q, 10)
            t = time.perf_counter()
            try:
                con.execute(sql, args).fetchall()
                ms.append((time.perf_counter() - t) * 1000)
            except sqlite3.Error:
                ms.append(None)
                errors += 1
        con.close()
        return ms, errors

    def throughput(self, qs, jobs):
        parts = [qs[i::jobs] for i in range(jobs)]
        with multiprocessing.Pool(jobs) as pool:
            t = time.perf_counter()
            pool.map(_fts_worker, [(self.path, p) for p in parts])
            dt = time.perf_counter() - t
        return len(qs) / dt

    def ranked(self, topics, depth, out):
        """A TREC run of the natural-language topics, words OR'd."""
        con = sqlite3.connect(self.path)
        with open(out, "w") as f:
            for qid, text in topics:
                words = plain_words(text)
                if not words:
                    continue
                sql, args = fts_sql({"words": words}, depth)
                for rank, (docid, score) in enumerate(
                        con.execute(sql, args).fetchall(), 1):
                    # rank is bm25 negated (lower is better).
                    f.write("%s Q0 %s %d %.6f fts5\n" %
                            (qid, docid, rank, -score))
        con.close()


# ---- PostgreSQL -----------------------------------------------------------

def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def pg_tsquery(q):
    words = q["words"]
    if q.get("phrase"):
        return "phraseto_tsquery('english', $q$%s$q$)" % " ".join(words)
    if q.get("field"):
        # Title words carry weight label A only.
        return "to_tsquery('english', $q$%s$q$)" % " | ".join(
            "%s:%s" % (w, PG_LABEL[q["field"]]) for w in words)
    return "to_tsquery('english', $q$%s$q$)" % " | ".join(words)


def pg_sql(q, limit, rankfn="ts_rank_cd"):
    where = "tsv @@ q"
    if q.get("filter"):
        where += " AND %s = $v$%s$v$" % (q["filter"][0], q["filter"][1])
    return ("SELECT id, %s('%s', tsv, q) AS r FROM docs, %s q WHERE %s "
            "ORDER BY r DESC LIMIT %d;" % (rankfn, PG_WEIGHTS,
                                           pg_tsquery(q), where, limit))


class Pg:
    name = "postgres"

    def __init__(self, work):
        self.work = work
        self.dir = None
        self.port = None
        self.pid = None
        self.psql_bin = os.path.join(PG_BIN, "psql")
        if not os.access(self.psql_bin, os.X_OK):
            self.psql_bin = shutil.which("psql")

    def missing(self):
        for b in ("initdb", "pg_ctl", "postgres"):
            if not os.access(os.path.join(PG_BIN, b), os.X_OK):
                return "PostgreSQL not found in %s (Debian postgresql)" % \
                    PG_BIN
        if not self.psql_bin:
            return "psql not found"
        if os.geteuid() == 0:
            try:
                import pwd
                pwd.getpwnam("postgres")
            except KeyError:
                return "running as root and there is no postgres user"
        return None

    def version(self):
        return version_of([os.path.join(PG_BIN, "postgres"), "--version"])

    def _as_owner(self, cmd):
        # PostgreSQL refuses to run as root: run it as postgres.
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--"] + cmd
        return cmd

    def start(self):
        # The server runs as postgres: it must reach its directory.
        os.chmod(self.work, os.stat(self.work).st_mode | 0o011)
        self.dir = tempfile.mkdtemp(prefix="bench-pg-", dir=self.work)
        os.chmod(self.dir, 0o755)
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")
        data = os.path.join(self.dir, "data")
        r = subprocess.run(self._as_owner(
            [os.path.join(PG_BIN, "initdb"), "-N", "-D", data, "-A",
             "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"]),
            capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("initdb failed: " + r.stderr[-300:])
        self.port = free_port()
        opts = ("-c listen_addresses=127.0.0.1 -p %d -k %s -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off "
                "-c maintenance_work_mem=256MB" % (self.port, self.dir))
        r = subprocess.run(self._as_owner(
            [os.path.join(PG_BIN, "pg_ctl"), "-D", data, "-l",
             os.path.join(self.dir, "log"), "-w", "-o", opts, "start"]),
            capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("pg_ctl start failed: " + r.stderr[-300:])
        with open(os.path.join(data, "postmaster.pid")) as f:
            self.pid = int(f.readline())
        atexit.register(self.stop)
        self.psql(["-d", "postgres", "-c", "CREATE DATABASE bench"])

    def stop(self):
        """Immediate shutdown of our own postmaster, by its PID: the
        cluster is thrown away, so no checkpoint is needed."""
        if self.pid is None:
            return
        try:
            os.kill(self.pid, signal.SIGQUIT)
            for _ in range(100):
                os.kill(self.pid, 0)
                time.sleep(0.1)
        except ProcessLookupError:
            pass
        self.pid = None
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def psql_cmd(self, extra=None):
        return [self.psql_bin, "-h", "127.0.0.1", "-p", str(self.port),
                "-U", "postgres", "-X", "-q", "-At", "-v",
                "ON_ERROR_STOP=1"] + (extra or ["-d", "bench"])

    def psql(self, extra, inp=None):
        r = subprocess.run(self.psql_cmd(extra), input=inp,
                           capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("psql failed: " + r.stderr[-500:])
        return r.stdout

    def build(self, c, recs):
        if self.pid is None:
            self.start()
        data = os.path.join(self.work, "pg.csv")
        with open(data, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            for r in recs:
                w.writerow([r["id"], r["year"], r["committee"]] +
                           [r["cols"][s] for s in SECTIONS])
        parts = []
        for label in "ABCD":
            secs = [s for s in SECTIONS if PG_LABEL[s] == label]
            parts.append("setweight(to_tsvector('english', %s), '%s')" % (
                " || ' ' || ".join("coalesce(%s, '')" % s for s in secs),
                label))
        script = ("DROP TABLE IF EXISTS docs;\n"
                  "CREATE TABLE docs (id text PRIMARY KEY, year text, "
                  "committee text, %s, tsv tsvector GENERATED ALWAYS AS "
                  "(%s) STORED);\n" % (
                      ", ".join("%s text" % s for s in SECTIONS),
                      " || ".join(parts)) +
                  "\\copy docs (id, year, committee, %s) FROM '%s' "
                  "WITH (FORMAT csv)\n" % (", ".join(SECTIONS), data) +
                  "CREATE INDEX docs_tsv ON docs USING gin (tsv);\n"
                  "CREATE INDEX docs_year ON docs (year);\n"
                  "CREATE INDEX docs_committee ON docs (committee);\n"
                  "VACUUM ANALYZE docs;\n"
                  "SELECT pg_backend_pid() AS pid \\gset\n"
                  "\\setenv BENCH_PGPID :pid\n"
                  "\\! grep VmHWM /proc/$BENCH_PGPID/status\n")
        t = time.perf_counter()
        out = self.psql(["-d", "bench"], script)
        dt = time.perf_counter() - t
        os.remove(data)
        rss = None
        m = re.search(r"VmHWM:\s*(\d+)", out)
        if m:
            rss = int(m.group(1))
        size = int(self.psql(["-d", "bench", "-c",
                              "SELECT pg_total_relation_size('docs')"]))
        return {"seconds": dt, "rss_kb": rss, "size_bytes": size,
                "rss_note": "the backend that loaded and indexed"}

    def latency(self, qs, rankfn="ts_rank_cd"):
        """Per-query time measured by psql's \\timing in one session."""
        script = "\\timing on\n" + "".join(pg_sql(q, 10, rankfn) + "\n"
                                           for q in qs)
        r = subprocess.run(self.psql_cmd(["-d", "bench", "-o", "/dev/null",
                                          "-v", "ON_ERROR_STOP=0"]),
                           input=script, capture_output=True, text=True)
        times = [float(x) for x in re.findall(r"^Time: ([0-9.]+) ms",
                                              r.stdout, re.M)]
        errors = r.stderr.count("ERROR:")
        if len(times) != len(qs):
            # Cannot pair times with queries: report errors only.
            return [None] * len(qs), max(errors, 1)
        return times, errors

    def throughput(self, qs, jobs):
        parts = [qs[i::jobs] for i in range(jobs)]
        procs = []
        t = time.perf_counter()
        for p in parts:
            pr = subprocess.Popen(self.psql_cmd(["-d", "bench", "-o",
                                                 "/dev/null"]),
                                  stdin=subprocess.PIPE,
                                  stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, text=True)
            procs.append((pr, "".join(pg_sql(q, 10) + "\n" for q in p)))
        for pr, s in procs:
            pr.stdin.write(s)
            pr.stdin.close()
        for pr, _ in procs:
            pr.wait()
        return len(qs) / (time.perf_counter() - t)

    def ranked(self, topics, depth, out, rankfn="ts_rank"):
        lines = []
        order = []
        for qid, text in topics:
            words = plain_words(text)
            if not words:
                continue
            order.append(qid)
            lines.append("\\echo @@ %s\n%s\n" % (
                qid, pg_sql({"words": words}, depth, rankfn)))
        res = self.psql(["-d", "bench", "-v", "ON_ERROR_STOP=0"],
                        "".join(lines))
        with open(out, "w") as f:
            qid = None
            rank = 0
            for line in res.splitlines():
                if line.startswith("@@ "):
                    qid = line[3:]
                    rank = 0
                    continue
                if "|" not in line or qid is None:
                    continue
                docid, score = line.rsplit("|", 1)
                rank += 1
                f.write("%s Q0 %s %d %s postgres\n" % (qid, docid, rank,
                                                        score))


# ---- Xapian omega -----------------------------------------------------------

def omega_query(q):
    words = q["words"]
    s = '"%s"' % " ".join(words) if q.get("phrase") else " ".join(words)
    if q.get("field"):
        s = "%s:%s" % (q["field"], s if len(words) == 1 or q.get("phrase")
                       else "(%s)" % s)
    if q.get("filter"):
        k, v = q["filter"]
        v = v.lower()
        s += ' %s:%s' % (k, '"%s"' % v if not re.match(r"^\w+$", v) else v)
    return s


def parse_quest(out):
    """(id, score) pairs from quest's output."""
    res = []
    score = None
    for line in out.splitlines():
        m = re.match(r"^\d+: \[([-0-9.e+]+)\]", line)
        if m:
            score = float(m.group(1))
            continue
        if line.startswith("id=") and score is not None:
            res.append((line[3:], score))
            score = None
    return res


class Omega:
    name = "omega"

    def __init__(self, work):
        self.work = work
        self.db = os.path.join(work, "omega.db")
        self.script = os.path.join(BENCH, "omega.idx")
        self.scriptindex = shutil.which("scriptindex")
        self.quest = shutil.which("quest")

    def missing(self):
        if not self.scriptindex:
            return "scriptindex not installed (Debian xapian-omega)"
        if not self.quest:
            return "quest not installed (Debian xapian-tools)"
        return None

    def version(self):
        return version_of([self.quest, "--version"])

    def build(self, c, recs):
        shutil.rmtree(self.db, ignore_errors=True)
        dump = os.path.join(self.work, "omega.dump")
        with open(dump, "w", encoding="utf-8") as f:
            for r in recs:
                fields = [("id", r["id"]), ("year", r["year"]),
                          ("committee", r["committee"])] + \
                    [(s, r["cols"][s]) for s in SECTIONS]
                for k, v in fields:
                    if not v:
                        continue
                    lines = v.split("\n")
                    f.write("%s=%s\n" % (k, lines[0]))
                    for extra in lines[1:]:
                        f.write("=%s\n" % extra)
                f.write("\n")
        dt, rss, r = timed([self.scriptindex, self.db, self.script, dump])
        os.remove(dump)
        if r.returncode != 0:
            raise RuntimeError("scriptindex failed: " +
                               r.stderr.decode(errors="replace")[-300:])
        return {"seconds": dt, "rss_kb": rss, "size_bytes": du(self.db)}

    def cmd(self, query, limit=10):
        return [self.quest, "-d", self.db, "-m", str(limit), "-p",
                "title:S", "-b", "year:Y", "-b", "committee:XM", query]

    def oneshot_cmd(self, q):
        return self.cmd(omega_query(q))

    def ranked(self, topics, depth, out):
        with open(out, "w") as f:
            for qid, text in topics:
                words = plain_words(text)
                if not words:
                    continue
                r = subprocess.run(self.cmd(" ".join(words), depth),
                                   capture_output=True, text=True)
                for rank, (docid, score) in enumerate(
                        parse_quest(r.stdout), 1):
                    f.write("%s Q0 %s %d %.6f omega\n" %
                            (qid, docid, rank, score))


# ---- One process per query ------------------------------------------------

def proc_latency(cmds):
    out = []
    for cmd in cmds:
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        out.append((time.perf_counter() - t) * 1000)
    return out


def proc_throughput(cmds, jobs):
    t = time.perf_counter()
    running = []
    for c in cmds:
        while len(running) >= jobs:
            running.pop(0).wait()
        running.append(subprocess.Popen(c, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL))
    for p in running:
        p.wait()
    return len(cmds) / (time.perf_counter() - t)


def engines(work, only=None):
    """Every engine, the missing ones with their reason."""
    out = []
    for cls in (Gov, Fts5, Pg, Omega):
        if only and cls.name not in only:
            continue
        e = cls(work)
        out.append((e, e.missing()))
    return out


# ---- Relevance ----------------------------------------------------------------

def relevance(c, engs, work, depth=100, log_fn=log, pg_rank="ts_rank"):
    """nDCG@10, MAP and the rest for every engine on every judged query
    set of corpus c; all scored by `govsearch eval` (trec_eval's rules)."""
    gov = [e for e, why in engs if e.name == "govsearch" and not why][0]
    res = {}
    for kind, (tpath, qrels) in sorted(c.judged.items()):
        topics = read_topics(tpath)
        res[kind] = {}
        for e, why in engs:
            if why:
                continue
            t = time.perf_counter()
            run = os.path.join(work, "run-%s-%s.trec" % (e.name, kind))
            if e.name == "govsearch":
                j = e.evaluate(tpath, qrels, depth, save=run)
            else:
                if e.name == "postgres":
                    e.ranked(topics, depth, run, pg_rank)
                else:
                    e.ranked(topics, depth, run)
                j = gov.score_run(run, qrels)
            res[kind][e.name] = {"mean": j["mean"], "queries": j["queries"],
                                 "per_query": {p["qid"]: p["ndcg@10"]
                                               for p in j["per_query"]},
                                 "run": os.path.relpath(run, TOP)}
            log_fn("  %-9s %-7s nDCG@10 %.4f  MAP %.4f  (%d queries, %.1f s)"
                   % (e.name, kind, j["mean"]["ndcg@10"], j["mean"]["map"],
                      j["queries"], time.perf_counter() - t))
    return res
