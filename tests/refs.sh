#!/bin/sh
# refs.sh: bare planning numbers ("17/00062") and statute sections
# ("Section 183 of the Local Government Act, 2001") are indexed under ref:
# in one form, and a query that writes one finds the item citing it first,
# whatever the spelling; dates and year ranges are not references.
. "$top_srcdir/tests/setup"

JGET=$top_builddir/tests/test_search_jget
DB=$TMP/db

# Each decoy has the words of a query more often than the item citing
# the reference does, so only the reference puts that item first.
cat >"$TMP/recs.jsonl" <<'EOF'
{"id": "app", "title": "Dwelling at Main Street", "text": "The Committee considered planning application 17/00062 for a dwelling at Main Street. Permission was granted on 12/05/2016 for the period 2016-2017 (2016/17), reviewed 01/02/16 and 2016-01-01, at a cost of 50-100 euro a week between 10:30-11:00."}
{"id": "decoy-app", "title": "Planning applications 17", "text": "Item 17. Seventeen planning applications were received, and application 17/00063 was withdrawn. The list of 17 applications and the 00062 register were noted."}
{"id": "land", "title": "Disposal of land at Castle Street", "text": "Proposed by Councillor Ryan, seconded by Councillor Daly, and resolved: that the disposal of land at Castle Street under Section 183 of the Local Government Act, 2001 be approved."}
{"id": "decoy-land", "title": "Local Government Act 2001: the 183 sections briefing", "text": "The Local Government Act 2001 was discussed at length: the members of the Local Government Act 2001 briefing heard that its 183 sections, section by section, and the Local Government Act 2001 as a whole, apply."}
{"id": "other-act", "title": "Planning disposal", "text": "A disposal under s.183 of the Planning and Development Act 2000 was noted."}
EOF

# refs ID: the references the reader finds in record ID.
refs() {
	"$GOVINDEX" --dump "$TMP/recs.jsonl" 2>/dev/null |
	    grep "\"id\":\"$1\"" | "$JGET" '.refs[]'
}
is "a bare planning number is a reference; dates, years, amounts are not" \
    "17/00062" "$(refs app)"
is "a statute section is one normalised reference" \
    "local government act 2001 s183" "$(refs land)"
is "another Act's section is another reference" \
    "planning and development act 2000 s183" "$(refs other-act)"

"$GOVINDEX" -q --db "$DB" "$TMP/recs.jsonl" >"$TMP/index.log" 2>&1
check "the records index" $?

# hits QUERY: the ids of the hits, best first.
hits() {
	"$GOVSEARCH" --db "$DB" --json -n 10 "$1" | "$JGET" '.hits[].id'
}
first() { hits "$1" | cut -d' ' -f1; }

is "17/00062 finds its application" "app" "$(hits 17/00062)"
is "ref:17/00062 filters to its application" "app" "$(hits ref:17/00062)"
is "ref:17/00063 is another application" "decoy-app" \
    "$(hits ref:17/00063)"
for q in "section 183 of the local government act 2001" \
    "Section 183 of the Local Government Act, 2001" \
    "s.183 of the Local Government Act 2001" \
    "what was decided under s183 of the local government act, 2001?"; do
	is "'$q' finds the item citing it first" "land" "$(first "$q")"
done
is "ref: takes the normalised form" "land" \
    "$(hits 'ref:"local government act 2001 s183"')"
is "ref: takes the citation as written" "land" \
    "$(hits 'ref:"Section 183 of the Local Government Act, 2001"')"
is "ref: with another section's citation finds nothing" "" \
    "$(hits 'ref:"section 184 of the local government act 2001"')"
is "the same section of another Act is not the reference" "other-act" \
    "$(first "s.183 of the Planning and Development Act, 2000")"

# Related items follow shared numbers, not a section of an Act that
# unrelated business cites too.
cat >"$TMP/rel.jsonl" <<'EOF2'
{"id": "r1", "title": "Housing at Quay Road", "text": "Notice under Section 10 of the Housing Act 1988 and planning application 21/00456 for Quay Road."}
{"id": "r2", "title": "Tenancy review", "text": "A notice under Section 10 of the Housing Act 1988 was served on a tenant."}
{"id": "r3", "title": "Quay Road appeal", "text": "The appeal on planning application 21/00456 was heard."}
EOF2
"$GOVINDEX" -q --db "$TMP/rel.db" "$TMP/rel.jsonl" >"$TMP/rel.log" 2>&1
is "related follows a shared number, not a shared statute section" "r3" \
    "$("$GOVSEARCH" --db "$TMP/rel.db" --json -n 1 'title:housing' |
    "$JGET" '.hits[0].related[].id')"

done_testing
