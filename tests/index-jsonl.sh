#!/bin/sh
# index-jsonl.sh: a JSON Lines file larger than the piece the reader takes
# at a time (4 MB) reads as one: the same records as when read whole (from
# standard input), line numbers that count from the top of the file in
# messages and in the ids of records without one, gzipped or not.
. "$top_srcdir/tests/setup"

# 6000 records of about 1 KB: one malformed line, ids only on even lines.
awk 'BEGIN {
	pad = "the committee considered the report on school places and";
	for (i = 0; i < 4; i++) pad = pad " " pad;
	for (i = 1; i <= 6000; i++) {
		if (i == 5900) { print "{not json"; continue; }
		id = i % 2 ? "" : sprintf("\"id\": \"r%d\", ", i);
		printf "{%s\"title\": \"Item %d\", \"text\": \"%s %d\"}\n", \
		    id, i, pad, i;
	}
}' >"$TMP/big.jsonl"
size=$(wc -c <"$TMP/big.jsonl")
check "the input is larger than one piece ($size bytes)" \
    $([ "$size" -gt 4194304 ]; echo $?)
gzip -c "$TMP/big.jsonl" >"$TMP/big.jsonl.gz"

# dump FILE: govindex --dump, the source field dropped.
dump() { "$GOVINDEX" --dump "$1" 2>"$TMP/err" | sed 's/"source":"[^"]*",*//'; }
dump "$TMP/big.jsonl" >"$TMP/file"
cp "$TMP/err" "$TMP/file.err"
"$GOVINDEX" --dump - <"$TMP/big.jsonl" 2>"$TMP/stdin.err" |
    sed 's/"source":"[^"]*",*//; s/"id":"stdin#/"id":"big.jsonl#/' \
    >"$TMP/stdin"
check "all records but the malformed one" \
    $([ "$(wc -l <"$TMP/file")" = 5999 ]; echo $?)
check "the same records as read whole" \
    $(cmp -s "$TMP/file" "$TMP/stdin"; echo $?)
check "a record without an id is named by its line" \
    $(grep -q '"id":"big.jsonl#5901"' "$TMP/file"; echo $?)
check "the malformed line is reported by its number" \
    $(grep -q 'big.jsonl:5900: ' "$TMP/file.err"; echo $?)
dump "$TMP/big.jsonl.gz" | sed 's/"id":"big.jsonl.gz#/"id":"big.jsonl#/' \
    >"$TMP/gz"
check "gzipped, the same records" $(cmp -s "$TMP/file" "$TMP/gz"; echo $?)

done_testing
