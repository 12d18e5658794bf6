#!/bin/sh
# search-speakers.sh: speaker: filters find a member however the query
# writes the name: a surname's particles joined or apart, a title or not.
. "$top_srcdir/tests/setup"

JGET=$top_builddir/tests/test_search_jget
cat >"$TMP/audit.txt" <<'EOF'
FELLSIDE COUNCIL

Minutes of the Audit Committee held on 6 June 2024

Present: Councillor Grant (Chair)

1. AUDIT

Councillor Van der Berg asked about the audit fees. The Director of
Finance replied that the fees had risen.

Councillor A. Le Sueur asked about the staffing of the audit team.

2. CLOSE

None.
EOF

if ! "$GOVINDEX" --db "$TMP/db" -q "$TMP/audit.txt" >"$TMP/index.log" 2>&1
then
	sed 's/^/# /' "$TMP/index.log"
	skip_all "govindex cannot index yet"
fi

for q in 'speaker:"van der berg"' 'speaker:vanderberg' \
    'speaker:"Councillor Van der Berg"'; do
	n=$("$GOVSEARCH" --db "$TMP/db" --passages --json "$q fees" |
	    "$JGET" '#.hits')
	check "$q finds the question" $([ "$n" = 1 ]; echo $?)
done
n=$("$GOVSEARCH" --db "$TMP/db" --passages --json \
    'speaker:"a le sueur" staffing' | "$JGET" '#.hits')
check "speaker:\"a le sueur\" finds the question" $([ "$n" = 1 ]; echo $?)
n=$("$GOVSEARCH" --db "$TMP/db" --passages --json \
    'speaker:"van der berg" staffing' | "$JGET" '#.hits')
check "and another member's words are not his" $([ "$n" = 0 ]; echo $?)

done_testing
