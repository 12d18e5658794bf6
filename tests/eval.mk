# tests for eval: the relevance measures on hand-made judgments,
# `govsearch eval` end to end on the sample minutes, and bench/run --smoke.
check_PROGRAMS += tests/test_metrics
TESTS += tests/test_metrics
tests_test_metrics_SOURCES = tests/test_metrics.c tests/tap.h
tests_test_metrics_LDADD = searcher/libsearch.a $(TEST_LIBS)
nodist_EXTRA_tests_test_metrics_SOURCES = dummy.cxx

TESTS += tests/eval.sh tests/bench-smoke.sh
EXTRA_DIST += tests/eval.sh tests/bench-smoke.sh

# Neighbouring-turn smoothing on hand-made transcripts.
TESTS += tests/smooth.sh
EXTRA_DIST += tests/smooth.sh
