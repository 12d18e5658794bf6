# Decisions, reference numbers, routine items, --like, --recent and alerts
# on the shared corpora (skipped without them).
TESTS += tests/decisions.sh
EXTRA_DIST += tests/decisions.sh

# Bare planning numbers and statute sections (common/refs.c), unit and
# end to end.
check_PROGRAMS += tests/test_refs
TESTS += tests/test_refs tests/refs.sh
EXTRA_DIST += tests/refs.sh
tests_test_refs_SOURCES = tests/test_refs.c tests/tap.h
tests_test_refs_LDADD = $(TEST_LIBS)
nodist_EXTRA_tests_test_refs_SOURCES = dummy.cxx
