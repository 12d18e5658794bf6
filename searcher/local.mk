noinst_LIBRARIES += %D%/libsearch.a

# The query engine shared by the command line, batch mode and the service.
%C%_libsearch_a_SOURCES = \
	%D%/search.c %D%/search.h \
	%D%/output.c %D%/output.h \
	%D%/batch.c %D%/batch.h \
	%D%/eval.c %D%/eval.h %D%/metrics.c %D%/metrics.h \
	%D%/rank.c %D%/rank.h %D%/like.c %D%/like.h \
	%D%/mapread.c %D%/mapread.h \
	%D%/related.c %D%/related.h %D%/smooth.c %D%/smooth.h \
	%D%/decisions.c %D%/decisions.h %D%/alerts.c %D%/alerts.h

bin_PROGRAMS += %D%/govsearch
%C%_govsearch_SOURCES = %D%/main.c
%C%_govsearch_CPPFLAGS = $(AM_CPPFLAGS) \
	-DGOV_PKGLIBEXECDIR='"$(pkglibexecdir)"'
%C%_govsearch_LDADD = %D%/libsearch.a $(GOV_LIBS)
nodist_EXTRA_%C%_govsearch_SOURCES = dummy.cxx

# The HTTP service, which `govsearch serve` runs (main.c): found beside
# govsearch in the build tree, in $(pkglibexecdir) once installed.
pkglibexec_PROGRAMS = %D%/govsearch-serve
%C%_govsearch_serve_SOURCES = \
	%D%/serve_main.c %D%/serve.c %D%/serve.h
nodist_%C%_govsearch_serve_SOURCES = %D%/page_assets.c
%C%_govsearch_serve_LDADD = %D%/libsearch.a $(GOV_LIBS) $(MHD_LIBS)
nodist_EXTRA_%C%_govsearch_serve_SOURCES = dummy.cxx

# The search page (searcher/page/) is compiled into govsearch-serve, so the
# service never opens a file named by a URL.
PAGE_FILES = %D%/page/index.html %D%/page/app.js %D%/page/style.css
EXTRA_DIST += $(PAGE_FILES) %D%/embed.sh
CLEANFILES += %D%/page_assets.c
%D%/page_assets.c: %D%/embed.sh $(PAGE_FILES)
	$(AM_V_GEN)$(MKDIR_P) %D% && \
	$(SHELL) $(srcdir)/%D%/embed.sh $(srcdir) $(PAGE_FILES) >$@.tmp && \
	mv -f $@.tmp $@
