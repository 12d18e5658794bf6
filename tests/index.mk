# tests for index: the engine on constructed records and the seeds, and
# govindex end to end (incremental runs, interruption, locking).
check_PROGRAMS += tests/test_index
TESTS += tests/test_index
# The engine is compiled in: it lives in govindex's sources, not a library.
tests_test_index_SOURCES = tests/test_index.c tests/tap.h \
	indexer/index.c indexer/index.h indexer/build.c indexer/build.h
tests_test_index_LDADD = indexer/libreader.a $(TEST_LIBS)
nodist_EXTRA_tests_test_index_SOURCES = dummy.cxx

TESTS += tests/index-incremental.sh tests/index-interrupt.sh \
	tests/index-jsonl.sh
EXTRA_DIST += tests/index-incremental.sh tests/index-interrupt.sh \
	tests/index-jsonl.sh
