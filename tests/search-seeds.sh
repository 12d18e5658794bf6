#!/bin/sh
# search-seeds.sh: govsearch's acceptance queries on the five seed agenda
# items (../shared/corpus/seeds), each indexed with its own meeting date so
# the date and year filters can be checked; every output format is parsed
# back (JSON with cJSON through test_search_jget, TSV and TREC by columns).
. "$top_srcdir/tests/setup"
need_corpus seeds

JGET=$top_builddir/tests/test_search_jget
SEEDS=$SHARED_CORPUS/seeds
DB=$TMP/seeds.db
I000=000_f5bf4f836343cd9e
I001=001_332e4fd231e007d5
I002=002_c14958353dc241e0
I003=003_b32bae846b5f86cd
I004=004_23d3dcd02ff4df22

# Dates: 000 2016, 001 and 003 2017, 002 2018, 004 2023.
for pair in $I000:2016-05-10 $I001:2017-01-20 $I002:2018-07-02 \
    $I003:2017-03-15 $I004:2023-05-11; do
	id=${pair%%:*}
	date=${pair#*:}
	if ! "$GOVINDEX" --db "$DB" --date "$date" "$SEEDS/$id.txt" \
	    >>"$TMP/index.log" 2>&1; then
		cat "$TMP/index.log" | sed 's/^/# /'
		skip_all "govindex cannot index the seeds yet"
	fi
done

gs() { "$GOVSEARCH" --db "$DB" "$@"; }
# noext: item ids are the seed file's base name; docs/record-format.md
# keeps its ".txt", the issue names the seeds without it: accept both.
TAB=$(printf '\t')
noext() { sed "s/\\.txt\\([ $TAB#]\\)/\\1/g; s/\\.txt\$//"; }
# ids ARGS...: the ids of the hits, space-separated, in rank order.
ids() { gs --json "$@" | "$JGET" '.hits[].id' | noext; }
# sorted_ids ARGS...: the same, sorted.
sorted_ids() { ids "$@" | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ $//'; }
first() { ids "$@" | cut -d' ' -f1; }

# has NAME WORD LIST: passes when WORD is one of the words of LIST.
has() {
	case " $3 " in
	*" $2 "*) check "$1" 0 ;;
	*) check "$1" 1; diag "$2 not in: $3" ;;
	esac
}

is "speaker:gunn recruitment ranks 004 first" \
    "$I004" "$(first 'speaker:gunn recruitment')"

out=$(gs --json --passages 'speaker:gunn recruitment')
set -- $(printf '%s' "$out" | "$JGET" '.hits[0].type' '.hits[0].item_id' | noext)
is "passages: the first hit is a question of item 004" \
    "question $I004" "$*"
spk=$(printf '%s' "$out" | "$JGET" '.hits[0].speaker')
is "passages: the question is A Gunn's" "Mrs A Gunn" "$spk"
snip=$(printf '%s' "$out" | "$JGET" '.hits[0].snippet')
case $snip in
*"recruitment of social workers"*) check "passages: about the recruitment of social workers" 0 ;;
*) check "passages: about the recruitment of social workers" 1; diag "$snip" ;;
esac

has "CSE finds 000" "$I000" "$(ids CSE)"
has "\"child sexual exploitation\" finds 000" "$I000" \
    "$(ids '"child sexual exploitation"')"

is "resolution:noted finds the items resolved as noted" \
    "$I000 $I003 $I004" "$(sorted_ids resolution:noted)"
is "resolved: is resolution:" \
    "$I000 $I003 $I004" "$(sorted_ids resolved:noted)"
has "noted without a field also finds discussion text" "$I002" \
    "$(ids noted)"
is "title:ofsted finds only the Ofsted title" "$I001" \
    "$(sorted_ids title:ofsted)"
has "ofsted without a field finds more" "$I003" "$(ids ofsted)"

sugg=$(gs --json recruitmnet | "$JGET" .suggestion)
is "recruitmnet suggests recruitment" "recruitment" "$sugg"
gs recruitmnet >"$TMP/text.out" 2>&1
grep -q 'Did you mean: recruitment' "$TMP/text.out"
check "the text output says Did you mean" $?

is "year:2017" "$I001 $I003" "$(sorted_ids 'children year:2017')"
is "--year 2017" "$I001 $I003" "$(sorted_ids --year 2017 children)"
is "date range includes both ends" "$I001 $I003" \
    "$(sorted_ids 'children date:2017-01-20..2017-03-15')"
is "date range excludes outside" "$I003" \
    "$(sorted_ids 'children date:2017-01-21..2017-12-31')"
is "open range after" "$I002 $I004" "$(sorted_ids 'children date:2018-01-01..')"
is "open range before" "$I000" "$(sorted_ids 'children date:..2016-12-31')"
is "--from/--to" "$I000 $I001 $I003" \
    "$(sorted_ids --from 2016 --to 2017-12 children)"
is "a filter alone lists its items" "$I002" "$(sorted_ids year:2018)"
is "sort -date puts the newest first" "$I004" "$(first --sort -date children)"
is "sort date puts the oldest first" "$I000" "$(first --sort date children)"

# Filters do not change the ranking.
score_of() { "$JGET" '.hits[].id' '.hits[].score' | noext | awk -F'\t' \
    -v id="$1" '{ n = split($1, a, " "); split($2, b, " ");
	for (i = 1; i <= n; i++) if (a[i] == id) print b[i] }'; }
s1=$(gs --json children | score_of "$I003")
s2=$(gs --json --year 2017 children | score_of "$I003")
is "a filter keeps the scores" "$s1" "$s2"

# Natural phrasing finds what its content words find.
is "Summarize the discussion about ... is the content words" \
    "$(ids kinship carers)" "$(ids 'Summarize the discussion about kinship carers')"
is "issues related to ... is the content words" \
    "$(ids kinship carers)" "$(ids 'Issues related to kinship carers')"
q='What did Gunn think of the recruitment of social workers?'
is "What did ... think of ...? finds what the content words find" \
    "$(sorted_ids gunn recruitment social workers)" "$(sorted_ids "$q")"
# ... and the speaker it names ranks the items where Gunn spoke first.
is "What did Gunn ...? ranks the items Gunn spoke in first" \
    "$(sorted_ids speaker:gunn recruitment social workers)" \
    "$(ids "$q" | tr ' ' '\n' | head -2 | sort | tr '\n' ' ' | sed 's/ $//')"
# A capital that starts a query is sentence case: the word is stemmed.
is "a capital at the start changes nothing" \
    "$(ids recruiting social workers)" "$(ids Recruiting social workers)"
is "... with operators too" \
    "$(ids recruiting AND social)" "$(ids Recruiting AND social)"

# Facets count the whole match set.
f=$(gs --json --facets year,type children | "$JGET" '#.facets.year' '.total')
is "facets: one year per indexed year, exact total" "4	5" "$f"

# Errors and exit status.
gs 'foo AND' >"$TMP/o" 2>"$TMP/e"
is "a malformed query exits 2" 2 $?
test ! -s "$TMP/o" && grep -q '^govsearch: bad query' "$TMP/e"
check "it prints nothing and says what is wrong" $?
gs 'AND AND' >/dev/null 2>&1
is "AND AND exits 2" 2 $?
w=$(gs --lenient --json 'foo AND' | "$JGET" .warning)
case $w in
"-"|"") check "--lenient searches the words and warns" 1 ;;
*) check "--lenient searches the words and warns" 0 ;;
esac
# A broken field query is searched as its words, not the field's name.
t=$(gs --lenient --json --explain 'title:(transport AND' |
    "$JGET" .parsed .suggestion)
case $t in
*Ztransport*titl*|*titl*Ztransport*|*[!-]) t="bad: $t" ;;
*Ztransport*) t=ok ;;
esac
is "--lenient drops field names: the words alone are searched" ok "$t"
gs zzyzzyva >/dev/null 2>&1
is "no hits exits 1" 1 $?
gs children >/dev/null 2>&1
is "hits exit 0" 0 $?
"$GOVSEARCH" --db "$TMP/nonexistent" children >/dev/null 2>&1
is "a missing database exits 3" 3 $?
gs --sort sideways children >/dev/null 2>&1
is "a usage error exits 2" 2 $?
gs --help >"$TMP/help" 2>&1
is "--help exits 0" 0 $?
grep -q -- '--batch' "$TMP/help"
check "--help lists the options" $?
gs --version | grep -q '^govsearch '
check "--version" $?

# Output formats, parsed back.
n=$(gs --json -n 3 children | "$JGET" '#.hits')
is "--json is one object with the hits" 3 "$n"
gs --jsonl -n 3 children >"$TMP/jsonl"
is "--jsonl has one line per hit" 3 "$(wc -l <"$TMP/jsonl" | tr -d ' ')"
is "--jsonl lines are hits" "$(ids -n 3 children | tr ' ' '\n')" \
    "$("$JGET" .id <"$TMP/jsonl" | noext)"
gs --tsv -n 3 children >"$TMP/tsv"
cols=$(awk -F'\t' '{print NF}' "$TMP/tsv" | sort -u)
is "--tsv: 12 columns on every line" 12 "$cols"
is "--tsv: a header, then the hits in order" \
    "id $(ids -n 3 children)" \
    "$(cut -f3 "$TMP/tsv" | tr '\n' ' ' | sed 's/ $//' | noext)"
gs --trec myrun --qid 7 -n 3 children >"$TMP/trec"
awk 'NF != 6 || $1 != "7" || $2 != "Q0" || $4 != NR || $6 != "myrun" {
	bad = 1 } END { exit bad }' "$TMP/trec"
check "--trec: QID Q0 DOCNO RANK SCORE RUN" $?
is "--trec: the hits in order" "$(ids -n 3 children)" \
    "$(cut -d' ' -f3 "$TMP/trec" | tr '\n' ' ' | sed 's/ $//' | noext)"
gs -n 2 --color=always children >"$TMP/color"
grep -q "$(printf '\033')" "$TMP/color"
check "--color=always highlights" $?
NO_COLOR=1 gs -n 2 children >"$TMP/plain"
grep -q "$(printf '\033')" "$TMP/plain"
is "no colour when not a terminal" 1 $?
gs --explain -n 1 --json 'recruitment social' | \
    "$JGET" '.hits[0].explain.score' '.hits[0].explain.terms_sum' >"$TMP/ex"
awk -F'\t' '{ d = $1 - $2; if (d < 0) d = -d; exit !($1 > 0 && d < 1e-6 * $1) }' "$TMP/ex"
check "--explain: term weights add up to the score" $?

done_testing
