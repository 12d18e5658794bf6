# Decisions, reference numbers, routine items, --like, --recent and alerts
# on the shared corpora (skipped without them).
TESTS += tests/decisions.sh
EXTRA_DIST += tests/decisions.sh
