#!/bin/sh
# search-lang.sh: govsearch stems queries in the language the index was
# built with (govindex --language, kept in the index metadata), never in
# one of its own.
. "$top_srcdir/tests/setup"

JGET=$top_builddir/tests/test_search_jget
cat >"$TMP/conseil.txt" <<'EOF'
Agenda item

Les chevaux du parc municipal

Minutes:

Le conseil a examiné le rapport sur les chevaux et les écuries municipales.

Résolu: Que le rapport soit noté.
EOF

if ! "$GOVINDEX" --db "$TMP/fr.db" --language french -q "$TMP/conseil.txt" \
    >"$TMP/index.log" 2>&1 ||
    ! "$GOVINDEX" --db "$TMP/en.db" -q "$TMP/conseil.txt" \
    >>"$TMP/index.log" 2>&1; then
	sed 's/^/# /' "$TMP/index.log"
	skip_all "govindex cannot index yet"
fi

n=$("$GOVSEARCH" --db "$TMP/fr.db" --json cheval | "$JGET" '#.hits')
check "a French index finds chevaux for cheval (French stemming)" \
    $([ "$n" = 1 ]; echo $?)
n=$("$GOVSEARCH" --db "$TMP/fr.db" --json municipal | "$JGET" '#.hits')
check "and municipales for municipal" $([ "$n" = 1 ]; echo $?)
n=$("$GOVSEARCH" --db "$TMP/en.db" --json cheval | "$JGET" '#.hits')
check "an English index of the same text does not" $([ "$n" = 0 ]; echo $?)
n=$("$GOVSEARCH" --db "$TMP/fr.db" --json 'title:cheval' | "$JGET" '#.hits')
check "fields stem in French too (title:cheval)" $([ "$n" = 1 ]; echo $?)

done_testing
