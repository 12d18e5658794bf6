# tests for xap: the C wrapper around libxapian
check_PROGRAMS += tests/test_xap
TESTS += tests/test_xap
tests_test_xap_SOURCES = tests/test_xap.c tests/tap.h
tests_test_xap_LDADD = $(TEST_LIBS)
# Links libxap.a, which is C++: have automake link with the C++ driver.
nodist_EXTRA_tests_test_xap_SOURCES = dummy.cxx
