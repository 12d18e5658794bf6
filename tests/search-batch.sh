#!/bin/sh
# search-batch.sh: govsearch --batch on the bundled sample minutes.  1,000
# queries in one file (plain text, QID<TAB>text and JSON lines, one bad
# line in the middle) must give, in order, the same results as 1,000
# one-shot runs, on several threads; --trec must work in batch mode.
. "$top_srcdir/tests/setup"

JGET=$top_builddir/tests/test_search_jget
DB=$TMP/sample.db
if ! "$GOVINDEX" --db "$DB" "$top_srcdir/sample" >"$TMP/index.log" 2>&1; then
	sed 's/^/# /' "$TMP/index.log"
	skip_all "govindex cannot index the sample yet"
fi

# Words from the sample minutes, to make queries of.
cat "$top_srcdir"/sample/*.txt | tr -cs 'A-Za-z' '\n' | \
    awk 'length($0) >= 5 { print tolower($0) }' | sort -u >"$TMP/words"
nwords=$(wc -l <"$TMP/words" | tr -d ' ')
[ "$nwords" -ge 50 ] || skip_all "too few words in sample/"

# The queries: for line k, a query and the command-line arguments that
# ask the same in a one-shot run (args file: one shell-quoted list).
awk -v n="$nwords" -v words="$TMP/words" -v q="$TMP/queries" \
    -v a="$TMP/args" '
BEGIN {
	while ((getline w < words) > 0)
		word[c++] = w
	srand(20240501)
	for (k = 1; k <= 1000; k++) {
		w1 = word[int(rand() * n)]
		w2 = word[int(rand() * n)]
		w3 = word[int(rand() * n)]
		m = k % 10
		if (k == 500) {
			print "foo AND" > q
			print "BAD" > a
		} else if (m == 0) {
			printf "{\"id\":\"j%d\",\"q\":\"%s %s\",\"limit\":3,\"offset\":1}\n", k, w1, w2 > q
			printf "-n 3 --offset 1 '\''%s %s'\''\n", w1, w2 > a
		} else if (m == 1) {
			printf "{\"id\":%d,\"q\":\"%s\",\"sort\":\"-date\",\"filters\":{\"year\":2025}}\n", k, w1 > q
			printf "--sort -date --year 2025 '\''%s'\''\n", w1 > a
		} else if (m == 2) {
			printf "q%d\t%s OR %s\n", k, w1, w2 > q
			printf "'\''%s OR %s'\''\n", w1, w2 > a
		} else if (m == 3) {
			printf "\"%s %s\"\n", w1, w2 > q
			printf "'\''\"%s %s\"'\''\n", w1, w2 > a
		} else if (m == 4) {
			printf "title:%s %s\n", w1, w2 > q
			printf "'\''title:%s %s'\''\n", w1, w2 > a
		} else if (m == 5) {
			printf "{\"q\":\"%s\",\"passages\":true}\n", w1 > q
			printf "--passages '\''%s'\''\n", w1 > a
		} else {
			printf "%s %s %s\n", w1, w2, w3 > q
			printf "'\''%s %s %s'\''\n", w1, w2, w3 > a
		}
	}
}'

# What one line's answer is, for comparing: id-less hit ids and scores.
"$GOVSEARCH" --db "$DB" --jobs 2 --batch "$TMP/queries" >"$TMP/batch.out" \
    2>"$TMP/batch.err"
check "the batch runs to the end (exit 0)" $?
lines=$(wc -l <"$TMP/batch.out" | tr -d ' ')
check "one output line per query ($lines)" $([ "$lines" -eq 1000 ]; echo $?)

"$JGET" .id .error '.hits[].id' '.hits[].score' <"$TMP/batch.out" \
    >"$TMP/batch.tsv"
bad=$(sed -n 500p "$TMP/batch.tsv" | cut -f2)
case $bad in
"bad query"*) check "the bad line is reported in place" 0 ;;
*) check "the bad line is reported in place" 1; diag "line 500: $bad" ;;
esac
others=$(awk -F'\t' 'NR != 500 && $2 != "-"' "$TMP/batch.tsv" | wc -l)
check "every other line is answered" $([ "$others" -eq 0 ]; echo $?)

# The ids: line number, the JSON "id", or the QID.
ids_ok=$(awk -F'\t' '{
	k = NR
	want = k
	if (k % 10 == 0 && k != 500) want = "j" k
	if (k % 10 == 2 && k != 500) want = "q" k
	if ($1 != want) { print "line " k ": id " $1 " want " want; exit 1 }
}' "$TMP/batch.tsv")
check "each answer carries its id, in input order" $?
[ -n "$ids_ok" ] && diag "$ids_ok"

# 1,000 one-shot runs.
k=0
: >"$TMP/single.tsv"
while IFS= read -r args; do
	k=$((k + 1))
	if [ "$args" = BAD ]; then
		printf -- '-\n' >>"$TMP/single.tsv"
		continue
	fi
	eval "set -- $args"
	"$GOVSEARCH" --db "$DB" --json "$@" 2>/dev/null | \
	    "$JGET" '.hits[].id' '.hits[].score' >>"$TMP/single.tsv"
done <"$TMP/args"
cut -f3- "$TMP/batch.tsv" | awk 'NR == 500 { print "-"; next } { print }' \
    >"$TMP/batch.cmp"
if cmp -s "$TMP/batch.cmp" "$TMP/single.tsv"; then
	check "batch answers equal one-shot answers, line by line" 0
else
	check "batch answers equal one-shot answers, line by line" 1
	diff "$TMP/batch.cmp" "$TMP/single.tsv" | head -10 | sed 's/^/# /'
fi
nonempty=$(awk -F'\t' '$1 != "" && $1 != "-"' "$TMP/single.tsv" | wc -l)
check "most queries find something ($nonempty)" \
    $([ "$nonempty" -ge 500 ]; echo $?)

# One thread gives the same as two.
"$GOVSEARCH" --db "$DB" --jobs 1 --batch - <"$TMP/queries" \
    >"$TMP/batch1.out" 2>/dev/null
"$JGET" .id .error '.hits[].id' '.hits[].score' <"$TMP/batch1.out" \
    >"$TMP/batch1.tsv"
cmp -s "$TMP/batch1.tsv" "$TMP/batch.tsv"
check "--jobs 1 and --jobs 2 agree (stdin input)" $?

# TREC in batch mode, from QID<TAB>query input.
printf 'a1\ttransport\nb2\tpothole repairs\nc3\tfoo AND\nd4\tlibrary\n' | \
    "$GOVSEARCH" --db "$DB" --batch - --trec run1 >"$TMP/trec" 2>"$TMP/trec.err"
check "batch --trec exits 0" $?
awk 'NF != 6 || $2 != "Q0" || $6 != "run1" { bad = 1 } END { exit bad }' \
    "$TMP/trec"
check "batch --trec: six columns" $?
qids=$(cut -d' ' -f1 "$TMP/trec" | uniq | tr '\n' ' ')
check "batch --trec: queries in order, bad one left out ($qids)" \
    $([ "$qids" = "a1 b2 d4 " ]; echo $?)
grep -q 'line 3: bad query' "$TMP/trec.err"
check "batch --trec: the bad line is reported on stderr" $?

# A TREC run reads no stored data, snippets or related items: its ids,
# ranks and scores are still those of the JSON answers to the same lines.
"$GOVSEARCH" --db "$DB" --batch "$TMP/queries" --trec r >"$TMP/all.trec" \
    2>/dev/null
"$JGET" .id '.hits[].id' '.hits[].rank' '.hits[].score' \
    <"$TMP/batch1.out" | awk -F'\t' '$2 != "-" {
	n = split($2, id, " "); split($3, rank, " "); split($4, score, " ")
	for (k = 1; k <= n; k++)
		printf "%s Q0 %s %d %.6f r\n", $1, id[k], rank[k], score[k]
}' >"$TMP/all.expected"
[ -s "$TMP/all.expected" ] && cmp -s "$TMP/all.trec" "$TMP/all.expected"
rc=$?
check "batch --trec ranks as the JSON answers do, items and passages" $rc
[ $rc = 0 ] || diff "$TMP/all.expected" "$TMP/all.trec" | head -5 |
    sed 's/^/# /'

# A line of bad JSON is an error line, not the end of the batch.
printf '{"q": "transport"\n{"q":"library","limit":"x"}\nlibrary\n' | \
    "$GOVSEARCH" --db "$DB" --batch - >"$TMP/badjson" 2>/dev/null
set -- $("$JGET" .id .error_type <"$TMP/badjson" | tr '\t' ':')
check "bad JSON lines give error lines and the batch goes on ($*)" \
    $([ "$*" = "1:query 2:query 3:-" ]; echo $?)

# "like", "decisions" and "recent" lines answer as --like, --decisions and
# --recent do on the command line: the same hits, decisions and scores.
ITEM=$("$GOVSEARCH" --db "$DB" --json -n 1 transport | "$JGET" '.hits[0].id')
PASSAGE=$("$GOVSEARCH" --db "$DB" --json --passages -n 1 transport |
    "$JGET" '.hits[0].id')
WHAT='.hits[].id .hits[].score .decisions[].id .decisions[].outcome'
WHAT="$WHAT .decisions[].date .mode .total"
# one OPTION...: the command line's answer, as compared, to one.tsv.
one() {
	"$GOVSEARCH" --db "$DB" --json "$@" 2>&1 | "$JGET" $WHAT >>"$TMP/one.tsv"
}
: >"$TMP/one.tsv"
one --like "$ITEM"
one --like "$PASSAGE"
one --like "$ITEM" library
one --decisions report
one --decisions --year 2025
one --recent transport
one --recent --passages -n 5 school
cat >"$TMP/features" <<EOF
{"id":"like","like":"$ITEM"}
{"id":"like-passage","like":"$PASSAGE"}
{"id":"like-words","like":"$ITEM","q":"library"}
{"id":"decisions","decisions":true,"q":"report"}
{"id":"decisions-year","decisions":true,"filters":{"year":2025}}
{"id":"recent","recent":true,"q":"transport"}
{"id":"recent-passages","recent":true,"passages":true,"limit":5,"q":"school"}
EOF
"$GOVSEARCH" --db "$DB" --batch "$TMP/features" >"$TMP/features.out" \
    2>"$TMP/features.err"
check "like, decisions and recent lines are answered (exit 0)" $?
"$JGET" $WHAT <"$TMP/features.out" >"$TMP/features.tsv"
if cmp -s "$TMP/one.tsv" "$TMP/features.tsv"; then
	check "they answer as --like, --decisions and --recent" 0
else
	check "they answer as --like, --decisions and --recent" 1
	diff "$TMP/one.tsv" "$TMP/features.tsv" | head -10 | sed 's/^/# /'
fi
found=$("$JGET" '#.hits' '#.decisions' .error <"$TMP/features.out" |
    awk -F'\t' '$3 == "-" && ($1 > 0 || $2 > 0) { n++ } END { print n + 0 }')
check "each of them finds something ($found of 7)" \
    $([ "$found" -eq 7 ]; echo $?)
plain=$("$GOVSEARCH" --db "$DB" --json transport | "$JGET" '.hits[].score')
recent=$(sed -n 6p "$TMP/features.tsv" | cut -f2)
check "recent changes the scores ($recent; without: $plain)" \
    $([ -n "$recent" ] && [ "$recent" != "$plain" ]; echo $?)
# --decisions with --batch makes every line a decision log.
printf '{"q":"report"}\n{"q":"report","decisions":false}\n' |
    "$GOVSEARCH" --db "$DB" --decisions --batch - >"$TMP/dall.out" 2>&1
set -- $("$JGET" '#.decisions' .mode <"$TMP/dall.out" | tr '\t' ':')
check "--decisions --batch: decision logs, unless a line says not ($*)" \
    $([ "${1%:*}" -gt 0 ] && [ "${1#*:}" = - ] && [ "$2" = 0:items ];
    echo $?)

# Bad values are error lines; the batch goes on.
cat >"$TMP/badfeat" <<'EOF'
{"id":1,"like":""}
{"id":2,"like":7}
{"id":3,"like":"no-such-item"}
{"id":4,"decisions":"yes","q":"report"}
{"id":5,"recent":1,"q":"transport"}
{"id":6,"recent":true,"q":"transport"}
EOF
"$GOVSEARCH" --db "$DB" --batch "$TMP/badfeat" >"$TMP/badfeat.out" 2>/dev/null
set -- $("$JGET" .id .error_type <"$TMP/badfeat.out" | tr '\t' ':')
check "bad like, decisions and recent values are query errors ($*)" \
    $([ "$*" = "1:query 2:query 3:query 4:query 5:query 6:-" ]; echo $?)
grep -q "no-such-item" "$TMP/badfeat.out"
check "an unknown like id is named in the error" $?

done_testing
