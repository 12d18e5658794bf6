#!/bin/sh
# index-incremental.sh: govindex on a copy of the seeds, run again and again.
# Unchanged input changes nothing; an edited file replaces one item; a
# vanished file is deleted by --delete-missing; --delete removes by id; and
# each time the database holds as many documents as a fresh build of the
# same files.
. "$top_srcdir/tests/setup"
need_corpus seeds

IN=$TMP/in
DB=$TMP/db
mkdir -p "$IN"
cp "$SHARED_CORPUS"/seeds/*.txt "$IN"/

# num FIELD: the number FIELD of the JSON summary on standard input.
num() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p"; }
run() { "$GOVINDEX" --db "$DB" --json-summary --quiet "$@" >"$TMP/sum" \
    2>"$TMP/err"; }
field() { num "$1" <"$TMP/sum"; }
# fresh: documents of a new database built from $IN.
fresh() {
	rm -rf "$TMP/fresh"
	"$GOVINDEX" --db "$TMP/fresh" --json-summary --quiet "$IN" | num documents
}

if ! run "$IN"; then
	if grep -q "not built" "$TMP/err"; then
		skip_all "govindex cannot index yet"
	fi
	sed 's/^/# /' "$TMP/err"
fi
check "first run adds the five seeds" $([ "$(field added)" = 5 ]; echo $?)
docs=$(field documents)
check "first run makes items and passages ($docs)" \
    $([ "$docs" -gt 5 ]; echo $?)
check "count matches a fresh build" $([ "$docs" = "$(fresh)" ]; echo $?)
# A new index is written in shards (one per core) and merged at the end.
check "a new index ends as one database" $([ -f "$DB/iamglass" ] &&
    [ ! -e "$DB/XAPIANDB" ] && [ ! -e "$DB.compacting" ]; echo $?)

# The lock file is touched by every opening; the tables must not be.
tables() { ls -l --time-style=full-iso "$DB" | grep -v flintlock; }
tables >"$TMP/before"
run "$IN"
check "re-run adds nothing" $([ "$(field added)" = 0 ]; echo $?)
check "re-run finds all unchanged" $([ "$(field unchanged)" = 5 ]; echo $?)
check "re-run says nothing changed" \
    $(grep -q '"changed":false' "$TMP/sum"; echo $?)
check "re-run keeps the count" $([ "$(field documents)" = "$docs" ]; echo $?)
tables >"$TMP/after"
check "re-run does not write the database" \
    $(cmp -s "$TMP/before" "$TMP/after"; echo $?)
"$GOVINDEX" --db "$DB" "$IN" >/dev/null 2>"$TMP/err"
check "summary line says nothing changed" \
    $(grep -q "nothing changed" "$TMP/err"; echo $?)

# One more sentence in one item's discussion.
f=$IN/002_c14958353dc241e0.txt
sed 's/^Members considered the total number/Members also discussed zebrafish. &/' \
    "$f" >"$TMP/edit" && mv "$TMP/edit" "$f"
run "$IN"
check "editing one file replaces one item" \
    $([ "$(field replaced)" = 1 ] && [ "$(field unchanged)" = 4 ] &&
    [ "$(field added)" = 0 ]; echo $?)
check "count after the edit matches a fresh build" \
    $([ "$(field documents)" = "$(fresh)" ]; echo $?)

rm "$f"
run --delete-missing "$IN"
check "--delete-missing deletes the vanished file's item" \
    $([ "$(field deleted)" = 1 ] && [ "$(field unchanged)" = 4 ]; echo $?)
check "count after deleting matches a fresh build" \
    $([ "$(field documents)" = "$(fresh)" ]; echo $?)
run --delete-missing "$IN"
check "a second --delete-missing deletes nothing" \
    $([ "$(field deleted)" = 0 ]; echo $?)

# The reader says what the item's id is.
id=$("$GOVINDEX" --dump "$IN/000_f5bf4f836343cd9e.txt" |
    sed -n 's/^{"id":"\([^"]*\)".*/\1/p' | head -1)
diag "item id: $id"
run --delete "$id"
check "--delete removes one item" $([ "$(field deleted)" = 1 ]; echo $?)
rm "$IN/000_f5bf4f836343cd9e.txt"
check "count after --delete matches a fresh build" \
    $([ "$(field documents)" = "$(fresh)" ]; echo $?)

# Changing the weights re-indexes everything, and they are kept.
run --weights title=9 "$IN"
check "new weights replace every item" \
    $([ "$(field replaced)" = 3 ]; echo $?)
run "$IN"
check "the stored weights are used next time" \
    $([ "$(field unchanged)" = 3 ]; echo $?)

"$GOVINDEX" --db "$DB" --weights title=x "$IN" >/dev/null 2>&1
check "bad weights are a usage error" $([ $? = 2 ]; echo $?)
"$GOVINDEX" --db "$DB" --language french "$IN" >/dev/null 2>&1
check "another language is refused" $([ $? = 2 ]; echo $?)

# A minutes file loses its last item: --delete-missing removes that item.
M=$TMP/minutes
mkdir -p "$M"
cp "$top_srcdir/tests/fixtures/minutes/greystone.md" "$M/"
MDB=$TMP/minutes.db
"$GOVINDEX" --db "$MDB" --json-summary --quiet "$M" >"$TMP/sum"
items=$(field added)
sed '/^4\. Any Other Business/,$d' "$top_srcdir/tests/fixtures/minutes/greystone.md" \
    >"$M/greystone.md"
"$GOVINDEX" --db "$MDB" --delete-missing --json-summary --quiet "$M" \
    >"$TMP/sum"
check "an item gone from its file is deleted ($items items before)" \
    $([ "$(field deleted)" = 1 ] &&
    [ "$(field unchanged)" = $((items - 1)) ]; echo $?)
rm -rf "$TMP/fresh"
check "and the count matches a fresh build" \
    $([ "$(field documents)" = "$("$GOVINDEX" --db "$TMP/fresh" \
    --json-summary --quiet "$M" | num documents)" ]; echo $?)

# The same in two shards, searched as one database through the stub.
SH=$TMP/sharded
"$GOVINDEX" --db "$SH" --shards 2 --json-summary --quiet "$IN" >"$TMP/sum"
check "two shards hold as many documents as one database" \
    $([ "$(field documents)" = "$(fresh)" ]; echo $?)
check "and a stub lists them" \
    $(grep -q "auto shard1" "$SH/XAPIANDB"; echo $?)
"$GOVINDEX" --db "$SH" --json-summary --quiet "$IN" >"$TMP/sum"
check "a sharded re-run finds all unchanged" \
    $([ "$(field unchanged)" = 3 ] && [ "$(field added)" = 0 ]; echo $?)
rm "$IN/001_332e4fd231e007d5.txt"
"$GOVINDEX" --db "$SH" --delete-missing --json-summary --quiet "$IN" \
    >"$TMP/sum"
check "--delete-missing works across shards" \
    $([ "$(field deleted)" = 1 ] && [ "$(field documents)" = "$(fresh)" ];
    echo $?)
"$GOVINDEX" --db "$SH" --shards 3 "$IN" >/dev/null 2>&1
check "another shard count is refused" $([ $? = 2 ]; echo $?)
"$GOVINDEX" --db "$DB" --shards 2 "$IN" >/dev/null 2>&1
check "sharding a plain database is refused" $([ $? = 2 ]; echo $?)

# Two councils' directories may hold files of one name: each keeps its items.
TWO=$TMP/two
mkdir -p "$TWO/north" "$TWO/south"
cp "$SHARED_CORPUS"/seeds/000_*.txt "$TWO/north/item.txt"
cp "$SHARED_CORPUS"/seeds/000_*.txt "$TWO/south/item.txt"
"$GOVINDEX" --db "$TMP/twodb" --json-summary --quiet "$TWO" >"$TMP/sum"
check "files of one name in two directories are two items" \
    $([ "$(field added)" = 2 ] && [ "$(field replaced)" = 0 ]; echo $?)
"$GOVINDEX" --dump "$TWO" | sed 's/^{"id":"\([^"]*\)".*/\1/' >"$TMP/ids"
check "their ids name the directory below the one given" \
    $(grep -q '^north/item.txt' "$TMP/ids" && grep -q '^south/item.txt' \
    "$TMP/ids"; echo $?)

done_testing
