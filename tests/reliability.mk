# Reliability and security (docs/reliability.md): fuzzing the query path
# and the service's parameters, leaks under valgrind, SIGKILL and a full
# disk while indexing, queries during re-indexing, hostile requests.

RELIABILITY_FUZZ = tests/fuzz_query tests/fuzz_http
check_PROGRAMS += $(RELIABILITY_FUZZ)

tests_fuzz_query_SOURCES = tests/fuzz_query.c $(FUZZ_DRIVER)
tests_fuzz_query_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_query_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_FLAGS)
tests_fuzz_query_LDADD = searcher/libsearch.a $(TEST_LIBS)
nodist_EXTRA_tests_fuzz_query_SOURCES = dummy.cxx

# serve.c is compiled into the target (its functions are static).
tests_fuzz_http_SOURCES = tests/fuzz_http.c $(FUZZ_DRIVER)
nodist_tests_fuzz_http_SOURCES = searcher/page_assets.c
tests_fuzz_http_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_http_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_FLAGS)
tests_fuzz_http_LDADD = searcher/libsearch.a $(TEST_LIBS) $(MHD_LIBS)
nodist_EXTRA_tests_fuzz_http_SOURCES = dummy.cxx

# A write() that fails with ENOSPC past a byte budget (LD_PRELOAD), built
# without sanitizers: the disk-full test.
check_DATA = tests/enospc.so
CLEANFILES += tests/enospc.so
EXTRA_DIST += tests/enospc.c tests/reliability-hostile.py
tests/enospc.so: tests/enospc.c
	$(AM_V_CC)$(MKDIR_P) tests && \
	$(CC) -shared -fPIC -O2 -Wall -o $@ $(srcdir)/tests/enospc.c -ldl

RELIABILITY_TESTS = tests/reliability-fuzz.sh tests/reliability-valgrind.sh \
	tests/reliability-kill.sh tests/reliability-diskfull.sh \
	tests/reliability-concurrent.sh tests/reliability-hostile.sh \
	tests/reliability-bigrecord.sh
TESTS += $(RELIABILITY_TESTS)
dist_noinst_SCRIPTS += $(RELIABILITY_TESTS)

# make fuzz: the query and service targets too, on the sample minutes.
# (Named through a variable: reader.mk has the rule that runs the readers.)
FUZZ_ALL = fuzz
.PHONY: fuzz-search
$(FUZZ_ALL): fuzz-search
fuzz-search: $(RELIABILITY_FUZZ) indexer/govindex
	@rm -rf tests/tmp/fuzz-search.db && mkdir -p tests/tmp && \
	GOVSEARCH_DATADIR='$(abs_top_srcdir)' ./indexer/govindex --quiet \
	  --db tests/tmp/fuzz-search.db $(srcdir)/sample && \
	for t in query http; do \
	  mkdir -p tests/tmp/fuzz-$$t && \
	  echo "fuzzing the $$t target" && \
	  GOV_FUZZ_DB=tests/tmp/fuzz-search.db \
	  GOVSEARCH_DATADIR='$(abs_top_srcdir)' \
	  ./tests/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -runs=$(FUZZ_RUNS) \
	    tests/tmp/fuzz-$$t $(srcdir)/tests/fuzz/corpus/$$t || exit 1; \
	done

# Every document of an index as ID, hash of its data: crash tests compare.
check_PROGRAMS += tests/reliability_dump
tests_reliability_dump_SOURCES = tests/reliability_dump.c
tests_reliability_dump_LDADD = $(TEST_LIBS)
nodist_EXTRA_tests_reliability_dump_SOURCES = dummy.cxx
