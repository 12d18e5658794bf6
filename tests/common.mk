check_PROGRAMS += tests/test_text
TESTS += tests/test_text
tests_test_text_SOURCES = tests/test_text.c tests/tap.h
tests_test_text_LDADD = $(TEST_LIBS)
nodist_EXTRA_tests_test_text_SOURCES = dummy.cxx
