#!/bin/sh
# reliability-bigrecord.sh: a record far longer than a document may hold
# (docs/index-schema.md, "Long items").  An agenda item of about 3 MB of
# paragraphs and questions, and a JSON Lines record whose text is one
# section of 3 MB, are indexed: every stored document stays within the
# item's bound, the text is all stored (in the item and its parts), a word
# that sits only at the end of each record is found with a snippet holding
# it, and so is a question near the end; a re-run changes nothing, and an
# edited record replaces all its parts.
. "$top_srcdir/tests/setup"

DUMP=$top_builddir/tests/reliability_dump
# The item's bound (ITEM_TEXT_MAX) and room for the JSON around the text.
ITEM_MAX=$((256 * 1024 + 16384))

# item WORD BYTES: an agenda item of BYTES of paragraphs, a question every
# seventh; the first paragraph says ballyhoura, the last WORD (a question).
item() {
	awk -v word="$1" -v target="$2" 'BEGIN {
		srand(7);
		n = split("council committee report member housing road " \
		    "safety budget planning permission school transport " \
		    "library hours funding resolved agreed noted proposal " \
		    "community service officer residents scheme works " \
		    "maintenance grant drainage flooding estate tenants", w, " ");
		print "Agenda item\n\nA very long item on roads\n";
		print "Purpose: To consider a long report.\n\nMinutes:\n";
		print "The Committee welcomed the Ballyhoura group.\n";
		for (size = 0; size < target; size += length(line) + 2) {
			line = "";
			k = 30 + int(rand() * 90);
			for (i = 0; i < k; i++)
				line = line " " w[1 + int(rand() * n)];
			if (p++ % 7 == 3)
				line = "Councillor A Reed asked about" line ".";
			else
				line = "The Committee noted that" line ".";
			print line "\n";
		}
		print "Councillor B Shaw asked about the " word " delegation.\n";
		print "Resolved: That the report be noted.";
	}'
}

item Kilmallock 3000000 >"$TMP/item.txt"
# One section of 1.7 MB: no paragraph to cut at.
awk 'BEGIN {
	printf "{\"id\": \"long\", \"title\": \"One long text\", \"text\": \"";
	for (i = 0; i < 150000; i++)
		printf "word%d text ", i % 97;
	printf "the end says tipperary\"}\n";
}' >"$TMP/long.jsonl"
mkdir "$TMP/in" && mv "$TMP/item.txt" "$TMP/long.jsonl" "$TMP/in/"
size=$(wc -c <"$TMP/in/item.txt")

ok "the long records are indexed" \
    "$GOVINDEX" --db "$TMP/db" --quiet "$TMP/in"
"$DUMP" "$TMP/db" | grep '^Q' >"$TMP/dump"
big=$(awk -F '\t' '$3 > m { m = $3 } END { print m + 0 }' "$TMP/dump")
check "no stored document is over the item's bound ($big bytes)" \
    $([ "$big" -le "$ITEM_MAX" ]; echo $?)
parts=$(grep -c '^Qitem\.txt#p' "$TMP/dump")
check "the agenda item is cut into parts ($parts)" \
    $([ "$parts" -ge $((size / 65536 - 4)) ]; echo $?)
stored=$(awk -F '\t' '$1 == "Qitem.txt" || $1 ~ /^Qitem\.txt#p/ {
	s += $3 } END { print s + 0 }' "$TMP/dump")
check "the item and its parts store all its text ($stored of $size bytes)" \
    $([ "$stored" -ge "$size" ]; echo $?)
check "the one-section record is cut into parts too" \
    $([ "$(grep -c '^Qlong#p' "$TMP/dump")" -ge 20 ]; echo $?)

"$GOVSEARCH" --db "$TMP/db" --json Kilmallock >"$TMP/end.json"
check "a word only at the end finds the item" \
    $(grep -q '"id":	"item.txt"' "$TMP/end.json"; echo $?)
check "with a snippet that holds it" \
    $(grep -q '"snippet":	".*Kilmallock' "$TMP/end.json"; echo $?)
"$GOVSEARCH" --db "$TMP/db" --json '"Kilmallock delegation"' >"$TMP/phrase.json"
check "a phrase at the end is found" \
    $(grep -q '"id":	"item.txt"' "$TMP/phrase.json"; echo $?)
"$GOVSEARCH" --db "$TMP/db" --json --passages speaker:shaw Kilmallock \
    >"$TMP/q.json"
check "a question at the end has its passage" \
    $(grep -q '"type":	"question"' "$TMP/q.json"; echo $?)
"$GOVSEARCH" --db "$TMP/db" --json Ballyhoura >"$TMP/start.json"
check "a word at the start is in the item itself" \
    $(grep -q '"id":	"item.txt",' "$TMP/start.json" &&
      grep -A2 '"match":' "$TMP/start.json" | grep -q '"type":	"item"'
      echo $?)
"$GOVSEARCH" --db "$TMP/db" --json tipperary >"$TMP/jsonl.json"
check "the end of the one-section record is found with its snippet" \
    $(grep -q '"snippet":	".*tipperary' "$TMP/jsonl.json"; echo $?)

"$GOVINDEX" --db "$TMP/db" "$TMP/in" >"$TMP/rerun.out" 2>&1
check "a re-run changes nothing" \
    $(grep -q 'nothing changed' "$TMP/rerun.out"; echo $?)

item Kilkenny 3000000 >"$TMP/in/item.txt"
ok "the edited item is indexed" \
    "$GOVINDEX" --db "$TMP/db" --quiet "$TMP/in"
"$DUMP" "$TMP/db" | grep '^Q' >"$TMP/dump2"
check "the edit leaves as many documents" \
    $([ "$(wc -l <"$TMP/dump2")" -eq "$(wc -l <"$TMP/dump")" ]; echo $?)
check "the old end is gone" \
    $("$GOVSEARCH" --db "$TMP/db" --json Kilmallock >/dev/null 2>&1
      [ $? -eq 1 ]; echo $?)
check "the new end is found" \
    $("$GOVSEARCH" --db "$TMP/db" --json Kilkenny >/dev/null 2>&1; echo $?)

done_testing
