LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
AM_TESTS_ENVIRONMENT = \
	GOVINDEX='$(abs_top_builddir)/indexer/govindex'; \
	GOVSEARCH='$(abs_top_builddir)/searcher/govsearch'; \
	GOVSEARCH_DATADIR='$(abs_top_srcdir)'; \
	top_srcdir='$(abs_top_srcdir)'; \
	top_builddir='$(abs_top_builddir)'; \
	SHARED_CORPUS='$(abs_top_srcdir)/../shared/corpus'; \
	LSAN_OPTIONS="$${LSAN_OPTIONS:+$$LSAN_OPTIONS:}suppressions=$(abs_top_srcdir)/tests/lsan.supp:print_suppressions=0"; \
	export GOVINDEX GOVSEARCH GOVSEARCH_DATADIR top_srcdir top_builddir SHARED_CORPUS LSAN_OPTIONS;

EXTRA_DIST += build-aux/tap-driver.sh %D%/setup %D%/tap.h %D%/fixtures \
	%D%/lsan.supp

# Unit tests link the libraries they test; every C test prints TAP.
TEST_LIBS = $(GOV_LIBS)

include %D%/common.mk
include %D%/xap.mk
include %D%/reader.mk
include %D%/index.mk
include %D%/search.mk
include %D%/eval.mk
include %D%/serve.mk
include %D%/decisions.mk
include %D%/reliability.mk
include %D%/scale.mk

clean-local:
	rm -rf tests/tmp
