# tests for search
check_PROGRAMS += tests/test_search
TESTS += tests/test_search
tests_test_search_SOURCES = tests/test_search.c tests/tap.h
tests_test_search_LDADD = searcher/libsearch.a $(TEST_LIBS)
nodist_EXTRA_tests_test_search_SOURCES = dummy.cxx

# A JSON path reader the shell tests parse govsearch's output with.
check_PROGRAMS += tests/test_search_jget
tests_test_search_jget_SOURCES = tests/test_search_jget.c
tests_test_search_jget_LDADD = common/libgov.a $(CJSON_LIBS) $(ZLIB_LIBS)

TESTS += tests/search-seeds.sh tests/search-batch.sh tests/search-lang.sh \
    tests/search-speakers.sh
EXTRA_DIST += tests/search-seeds.sh tests/search-batch.sh tests/search-lang.sh \
    tests/search-speakers.sh

# The index's tables read through maps (searcher/mapread.c).
check_PROGRAMS += tests/test_mapread
TESTS += tests/test_mapread
tests_test_mapread_SOURCES = tests/test_mapread.c tests/tap.h
tests_test_mapread_LDADD = searcher/libsearch.a $(TEST_LIBS)
nodist_EXTRA_tests_test_mapread_SOURCES = dummy.cxx
