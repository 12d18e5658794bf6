noinst_LIBRARIES += %D%/libsearch.a

# The query engine shared by the command line, batch mode and the service.
%C%_libsearch_a_SOURCES = \
	%D%/search.c %D%/search.h

bin_PROGRAMS += %D%/govsearch
%C%_govsearch_SOURCES = \
	%D%/main.c
%C%_govsearch_LDADD = %D%/libsearch.a $(GOV_LIBS) $(MHD_LIBS)
nodist_EXTRA_%C%_govsearch_SOURCES = dummy.cxx
