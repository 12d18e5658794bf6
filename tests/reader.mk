# tests for reader

check_PROGRAMS += tests/test_reader
TESTS += tests/test_reader
tests_test_reader_SOURCES = tests/test_reader.c tests/tap.h
tests_test_reader_LDADD = indexer/libreader.a $(TEST_LIBS)
nodist_EXTRA_tests_test_reader_SOURCES = dummy.cxx

# govindex --dump: golden output, bad input, the command line.
TESTS += tests/reader_dump.sh tests/reader_bad.sh tests/fuzz_reader.sh
dist_noinst_SCRIPTS += tests/reader_dump.sh tests/reader_bad.sh \
	tests/fuzz_reader.sh
EXTRA_DIST += %D%/fuzz

# One fuzz target per reader.  make check runs each over its seed corpus
# and a bounded number of mutations, through tests/fuzz_main.c; with
# --enable-fuzzing they link with libFuzzer instead (make fuzz runs long).
FUZZ_TARGETS = tests/fuzz_reader_text tests/fuzz_reader_html \
	tests/fuzz_reader_minutes tests/fuzz_reader_jsonl
check_PROGRAMS += $(FUZZ_TARGETS)
if ENABLE_FUZZING
FUZZ_DRIVER =
FUZZ_FLAGS = -fsanitize=fuzzer
else
FUZZ_DRIVER = tests/fuzz_main.c
FUZZ_FLAGS =
endif
FUZZ_LIBS = indexer/libreader.a $(TEST_LIBS)

tests_fuzz_reader_text_SOURCES = tests/fuzz_reader_text.c tests/fuzz_reader.h \
	$(FUZZ_DRIVER)
tests_fuzz_reader_text_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_reader_text_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_FLAGS)
tests_fuzz_reader_text_LDADD = $(FUZZ_LIBS)
nodist_EXTRA_tests_fuzz_reader_text_SOURCES = dummy.cxx

tests_fuzz_reader_html_SOURCES = tests/fuzz_reader_html.c tests/fuzz_reader.h \
	$(FUZZ_DRIVER)
tests_fuzz_reader_html_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_reader_html_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_FLAGS)
tests_fuzz_reader_html_LDADD = $(FUZZ_LIBS)
nodist_EXTRA_tests_fuzz_reader_html_SOURCES = dummy.cxx

tests_fuzz_reader_minutes_SOURCES = tests/fuzz_reader_minutes.c \
	tests/fuzz_reader.h $(FUZZ_DRIVER)
tests_fuzz_reader_minutes_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_reader_minutes_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_FLAGS)
tests_fuzz_reader_minutes_LDADD = $(FUZZ_LIBS)
nodist_EXTRA_tests_fuzz_reader_minutes_SOURCES = dummy.cxx

tests_fuzz_reader_jsonl_SOURCES = tests/fuzz_reader_jsonl.c \
	tests/fuzz_reader.h $(FUZZ_DRIVER)
tests_fuzz_reader_jsonl_CFLAGS = $(AM_CFLAGS) $(FUZZ_FLAGS)
tests_fuzz_reader_jsonl_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_FLAGS)
tests_fuzz_reader_jsonl_LDADD = $(FUZZ_LIBS)
nodist_EXTRA_tests_fuzz_reader_jsonl_SOURCES = dummy.cxx

# make fuzz: long runs.  FUZZ_SECONDS per target with libFuzzer;
# FUZZ_RUNS mutations per target with the standalone driver.
FUZZ_SECONDS = 600
FUZZ_RUNS = 200000
.PHONY: fuzz
if ENABLE_FUZZING
fuzz: $(FUZZ_TARGETS)
	@for t in text html minutes jsonl; do \
	  mkdir -p tests/tmp/fuzz-$$t && \
	  echo "fuzzing the $$t reader for $(FUZZ_SECONDS)s" && \
	  ./tests/fuzz_reader_$$t -max_total_time=$(FUZZ_SECONDS) \
	    tests/tmp/fuzz-$$t $(srcdir)/tests/fuzz/corpus/$$t || exit 1; \
	done
else
fuzz: $(FUZZ_TARGETS)
	@echo "configure --enable-fuzzing (with CC=clang) for libFuzzer;" \
	  "running the standalone driver"
	@for t in text html minutes jsonl; do \
	  echo "fuzzing the $$t reader with $(FUZZ_RUNS) mutations" && \
	  ./tests/fuzz_reader_$$t -runs=$(FUZZ_RUNS) \
	    $(srcdir)/tests/fuzz/corpus/$$t || exit 1; \
	done
endif
EXTRA_DIST += tests/fuzz_main.c
