#!/bin/sh
# smooth.sh: neighbouring-turn smoothing.  Two hand-made meetings of
# numbered turns: in the first, three turns running talk about the depot;
# in the second, one turn names it more often than any of them, with
# neighbours about other things.  Alone, that turn ranks first; smoothed,
# the middle turn of the run does, and a turn of the other meeting with
# the next number is no neighbour.  Without turn numbers nothing changes.
. "$top_srcdir/tests/setup"

JGET=$top_builddir/tests/test_search_jget
cat >"$TMP/turns.jsonl" <<'EOF'
{"id":"m1-0","meeting":"Works committee","turn":0,"speaker":"Chair","text":"Welcome everyone to this meeting of the works committee."}
{"id":"m1-1","meeting":"Works committee","turn":1,"speaker":"Mr Hale","text":"The bus depot needs a new roof before the winter storms arrive."}
{"id":"m1-2","meeting":"Works committee","turn":2,"speaker":"Ms Ward","text":"The quote for the depot roof came in far higher than we budgeted."}
{"id":"m1-3","meeting":"Works committee","turn":3,"speaker":"Mr Hale","text":"Then we should approve the depot works and find the money later."}
{"id":"m1-4","meeting":"Works committee","turn":4,"speaker":"Chair","text":"Agreed. Next we turn to the allotments and their water supply."}
{"id":"m2-0","meeting":"Parking committee","turn":0,"speaker":"Chair","text":"We start with parking charges in the town centre this evening."}
{"id":"m2-1","meeting":"Parking committee","turn":1,"speaker":"Mr Cole","text":"Depot parking, depot parking: the depot car park is always full."}
{"id":"m2-2","meeting":"Parking committee","turn":2,"speaker":"Ms Ward","text":"On fines, the pay machines keep swallowing coins without a ticket."}
EOF
DB=$TMP/turns.db
PLAIN=$TMP/plain.db
if ! "$GOVINDEX" --db "$DB" --quiet --format jsonl \
    --field committee=meeting,seq=turn "$TMP/turns.jsonl" \
    >"$TMP/index.log" 2>&1; then
	sed 's/^/# /' "$TMP/index.log"
	skip_all "govindex cannot index the turns"
fi
# The same records without their turn numbers.
ok "index_without_turn_numbers" "$GOVINDEX" --db "$PLAIN" --quiet \
    --format jsonl --field committee=meeting "$TMP/turns.jsonl"

ids() { "$GOVSEARCH" --json "$@" | "$JGET" '.hits[].id'; }

# The turn number is part of the record.
"$GOVINDEX" --dump --format jsonl --field committee=meeting,seq=turn \
    "$TMP/turns.jsonl" | "$JGET" .id .seq >"$TMP/dump"
check "dump_should_carry_the_turn_number" \
    "$(grep -qx 'm1-2	2' "$TMP/dump"; echo $?)"
printf '%s\n' '{"id":"x","turn":"third","text":"A turn with a bad number."}' \
    >"$TMP/bad.jsonl"
"$GOVINDEX" --dump --format jsonl --field seq=turn "$TMP/bad.jsonl" \
    >"$TMP/bad.out" 2>"$TMP/bad.err"
check "a_turn_number_that_is_not_a_number_should_be_rejected" \
    "$([ ! -s "$TMP/bad.out" ] && grep -q '"seq"' "$TMP/bad.err"; echo $?)"

# Alone, the turn that names the depot three times ranks first.
off=$(ids --db "$DB" --no-smooth depot)
check "unsmoothed_the_isolated_turn_should_rank_first" \
    "$(case $off in "m2-1 m1-"?" m1-"?" m1-"?) true ;; *) false ;; esac
    echo $?)"
diag "--no-smooth: $off"

# Smoothed, the middle of the run ranks first and the isolated turn last.
on=$(ids --db "$DB" depot)
check "smoothed_the_middle_of_a_run_of_turns_should_rank_first" \
    "$(case $on in "m1-2 m1-"[13]" m1-"[13]" m2-1") true ;; *) false ;; esac
    echo $?)"
diag "smoothed: $on"

# The score shown is own + alpha x (previous + next); the second
# meeting's turn 1 gets nothing from the first meeting's turns 0 and 2.
"$GOVSEARCH" --db "$DB" --json --explain --smooth 0.5 depot |
    "$JGET" '.hits[].score' '.hits[].explain.turns.own' \
    '.hits[].explain.turns.previous' '.hits[].explain.turns.next' \
    '.hits[].id' >"$TMP/explain"
st=$(awk -F'\t' '{
	split($1, s, " "); split($2, o, " "); split($3, p, " ");
	split($4, n, " ")
	for (i = 1; i <= 4; i++) {
		d = s[i] - (o[i] + 0.5 * (p[i] + n[i]))
		if (d > 1e-9 || d < -1e-9)
			exit 1
		if (i > 1 && s[i] > s[i - 1])
			exit 1
	}
	split($5, id, " ")
	if (id[4] != "m2-1" || p[4] != 0 || n[4] != 0 || p[1] == 0 || n[1] == 0)
		exit 1
    }' "$TMP/explain"; echo $?)
check "the_smoothed_score_should_add_alpha_times_the_neighbours" "$st"
[ "$st" -eq 0 ] || sed 's/^/# /' "$TMP/explain"

# Off in every way it can be asked for: the match's own order.
check "smooth_0_should_be_the_same_as_no_smooth" \
    "$([ "$(ids --db "$DB" --smooth 0 depot)" = "$off" ]; echo $?)"
printf '%s\n' '{"id":1,"q":"depot","smooth":0}' '{"id":2,"q":"depot"}' |
    "$GOVSEARCH" --db "$DB" --batch - | "$JGET" '.hits[].id' >"$TMP/batch"
check "batch_smooth_0_should_turn_it_off_and_the_default_on" \
    "$(printf '%s\n%s\n' "$off" "$on" | cmp -s - "$TMP/batch"; echo $?)"
"$GOVSEARCH" --db "$DB" --smooth -1 depot >/dev/null 2>&1
check "a_negative_alpha_should_be_a_usage_error" "$([ $? -eq 2 ]; echo $?)"

# Pages are cut from the smoothed order.
"$GOVSEARCH" --db "$DB" --json --offset 1 -n 2 depot |
    "$JGET" '.hits[].id' '.hits[].rank' .returned .total >"$TMP/page"
check "a_page_should_be_cut_from_the_smoothed_order" \
    "$(echo "$on" | awk '{ printf "%s %s\t2 3\t2\t4\n", $2, $3 }' |
    cmp -s - "$TMP/page"; echo $?)"

# Nothing matching, or a page past the end: nothing, and no error.
"$GOVSEARCH" --db "$DB" --json zeppelin | "$JGET" .returned .total \
    >"$TMP/none"
"$GOVSEARCH" --db "$DB" --json --offset 10 depot | "$JGET" .returned \
    '#.hits' >>"$TMP/none"
check "no_match_and_a_page_past_the_end_should_be_empty" \
    "$(printf '0\t0\n0\t0\n' | cmp -s - "$TMP/none"; echo $?)"

# Records that are not turns are ranked on their own words.
plain=$(ids --db "$PLAIN" depot)
check "records_without_turn_numbers_should_not_be_smoothed" \
    "$([ "$plain" = "$(ids --db "$PLAIN" --no-smooth depot)" ] &&
    [ "$plain" = "$off" ]; echo $?)"

# Sorted by date, scores are the match's.
"$GOVSEARCH" --db "$DB" --json --explain --sort date depot |
    "$JGET" '#.hits' '.hits[].explain.turns' >"$TMP/date"
check "date_order_should_not_be_smoothed" \
    "$(printf '4\t- - - -\n' | cmp -s - "$TMP/date"; echo $?)"

done_testing
