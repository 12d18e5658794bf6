#!/bin/sh
# govindex --dump: golden output for the seeds, the HTML fixtures and a
# minutes document, plus the command line (usage, stdin, gzip, walking).
. "$top_srcdir/tests/setup"

G=$top_srcdir/tests/fixtures/golden
F=$top_srcdir/tests/fixtures

# dump DIR FILE: the records of FILE, read from inside DIR so that the
# "source" field does not depend on where the checkout is.
dump() {
	(cd "$1" && "$GOVINDEX" --dump "$2")
}

# golden NAME DIR FILE GOLDEN
golden() {
	dump "$2" "$3" >"$TMP/out.jsonl" 2>"$TMP/err"
	status=$?
	ok "$1" diff -u "$4" "$TMP/out.jsonl"
	check "$1 exits 0 and says nothing" \
	    $([ $status -eq 0 ] && [ ! -s "$TMP/err" ]; echo $?)
}

# Golden files: the seeds (when the shared corpus is there).
if [ -d "$SHARED_CORPUS/seeds" ]; then
	for f in "$SHARED_CORPUS"/seeds/*.txt; do
		b=$(basename "$f")
		golden "seeds $b matches its golden dump" "$SHARED_CORPUS/seeds" \
		    "$b" "$G/seeds/$b.jsonl"
	done
else
	diag "seeds corpus not found at $SHARED_CORPUS/seeds: skipped"
fi

for f in "$F"/html/*.html "$F"/html/*.txt; do
	b=$(basename "$f")
	golden "html fixture $b matches its golden dump" "$F/html" "$b" \
	    "$G/html/$b.jsonl"
done
for f in "$F"/minutes/*.md; do
	b=$(basename "$f")
	golden "minutes fixture $b matches its golden dump" "$F/minutes" "$b" \
	    "$G/minutes/$b.jsonl"
done

# Every golden line is one JSON object.
bad=$(cat "$G"/*/*.jsonl | grep -cv '^{.*}$')
check "golden files hold one JSON object per line" $([ "$bad" -eq 0 ]; echo $?)

# The command line.
"$GOVINDEX" --help >"$TMP/help" 2>"$TMP/err"
check "--help exits 0" $?
check "--help prints usage on stdout" \
    $(grep -q '^usage: govindex' "$TMP/help" && [ ! -s "$TMP/err" ]; echo $?)
"$GOVINDEX" --version >"$TMP/version"
check "--version exits 0 and names the program" \
    $([ $? -eq 0 ] && grep -q '^govindex' "$TMP/version"; echo $?)
for args in "--bogus" "--dump --format word x" "--dump" \
    "--dump --field nonsense x" "--dump --date someday x" "--jobs 0"; do
	# shellcheck disable=SC2086
	"$GOVINDEX" $args >"$TMP/out" 2>"$TMP/err"
	status=$?
	check "govindex $args is a usage error (exit 2)" \
	    $([ $status -eq 2 ] && grep -q '^govindex: ' "$TMP/err" && \
	    [ ! -s "$TMP/out" ]; echo $?)
done

# Directories are walked in name order; sidecars are not inputs.
"$GOVINDEX" --dump "$F/html" >"$TMP/dir.jsonl" 2>"$TMP/err"
check "a directory dumps with exit 0" $([ $? -eq 0 ] && [ ! -s "$TMP/err" ]; echo $?)
sed 's/^{"id":"\([^"]*\)".*/\1/' "$TMP/dir.jsonl" >"$TMP/ids"
printf '%s\n' brackenbury-libraries.html#12 brackenbury-libraries.txt#12 \
    fellside-school-transport.html#5 fellside-school-transport.txt#5 \
    marshton-flood-grants.html#7 marshton-flood-grants.txt#7 >"$TMP/want"
ok "a directory is read in name order, without its sidecars" \
    diff -u "$TMP/want" "$TMP/ids"

# Standard input, plain and gzip'd; gzip'd files.
"$GOVINDEX" --dump - <"$F/html/marshton-flood-grants.txt" >"$TMP/stdin.jsonl"
check "- reads standard input" \
    $([ $? -eq 0 ] && grep -q '"id":"stdin#7","source":"-"' "$TMP/stdin.jsonl"; echo $?)
gzip -c "$top_srcdir/tests/fuzz/corpus/jsonl/records.jsonl" >"$TMP/r.jsonl.gz"
"$GOVINDEX" --dump - <"$TMP/r.jsonl.gz" >"$TMP/gz1.jsonl"
check "gzip'd JSON Lines on standard input" \
    $([ $? -eq 0 ] && [ "$(wc -l <"$TMP/gz1.jsonl")" -eq 5 ]; echo $?)
"$GOVINDEX" --dump "$TMP/r.jsonl.gz" >"$TMP/gz2.jsonl"
check "gzip'd JSON Lines files" \
    $([ $? -eq 0 ] && [ "$(wc -l <"$TMP/gz2.jsonl")" -eq 5 ]; echo $?)

# A JSON array of records, pretty-printed, as open-data portals export.
printf '[\n  {\n    "id": "a1",\n    "text": "Resolved: That the report be noted."\n  },\n  {\n    "id": "a2",\n    "text": "Councillor Hart asked about the budget."\n  }\n]\n' >"$TMP/array.json"
"$GOVINDEX" --dump "$TMP/array.json" >"$TMP/array.jsonl" 2>"$TMP/err"
check "a JSON array of records is read, each element a record" \
    $([ $? -eq 0 ] && [ ! -s "$TMP/err" ] && [ "$(wc -l <"$TMP/array.jsonl")" -eq 2 ] &&
    grep -q '"id":"a2"' "$TMP/array.jsonl"; echo $?)

# Metadata flags fill what the text lacks; the text wins.
"$GOVINDEX" --dump --council "Marshton County Council" --committee Other \
    --date 2020-01-01 --url https://example.org/x \
    "$F/html/marshton-flood-grants.txt" >"$TMP/meta.jsonl"
check "--council and --url fill gaps, the text's committee and date win" \
    $(grep -q '"council":"Marshton County Council","committee":"Environment and Highways Committee","date":"2023-11-14","url":"https://example.org/x"' "$TMP/meta.jsonl"; echo $?)

# A dump read back as JSON Lines gives the same dump.
"$GOVINDEX" --dump "$TMP/dir.jsonl" >"$TMP/again.jsonl"
sed 's/"source":"[^"]*",//' "$TMP/dir.jsonl" >"$TMP/a"
sed 's/"source":"[^"]*",//' "$TMP/again.jsonl" >"$TMP/b"
ok "the dump reads back as itself" diff -u "$TMP/a" "$TMP/b"

# Field maps on the shared JSON Lines corpora.
if [ -f "$SHARED_CORPUS/qmsum-committee/passages.jsonl" ]; then
	head -3 "$SHARED_CORPUS/qmsum-committee/passages.jsonl" | \
	    "$GOVINDEX" --dump --field committee=meeting,item=turn - \
	    >"$TMP/q.jsonl"
	check "qmsum passages map onto records with their speakers" \
	    $([ $? -eq 0 ] && [ "$(wc -l <"$TMP/q.jsonl")" -eq 3 ] && \
	    grep -q '"id":"covid_0#0".*"committee":"covid_0".*"speaker_key":"a rota"' "$TMP/q.jsonl"; echo $?)
fi
if [ -f "$SHARED_CORPUS/cleveland/records.jsonl.gz" ]; then
	gzip -dc "$SHARED_CORPUS/cleveland/records.jsonl.gz" | head -20 | \
	    "$GOVINDEX" --dump --field id=number,date=issue_date,speaker=sponsor - \
	    >"$TMP/c.jsonl"
	check "cleveland records map onto records" \
	    $([ $? -eq 0 ] && [ "$(wc -l <"$TMP/c.jsonl")" -eq 20 ] && \
	    grep -q '"id":"Ord. No. 29-96".*"date":"1996-01-10"' "$TMP/c.jsonl"; echo $?)
fi

done_testing
