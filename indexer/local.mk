noinst_LIBRARIES += %D%/libreader.a

# The record readers: linked by govindex, the tests and the fuzz targets.
%C%_libreader_a_SOURCES = \
	%D%/reader.c %D%/reader.h %D%/reader_int.h \
	%D%/reader_text.c %D%/reader_html.c %D%/reader_minutes.c \
	%D%/reader_jsonl.c %D%/sections.c %D%/speakers.c \
	%D%/reader_util.c %D%/tmap.c

bin_PROGRAMS += %D%/govindex
%C%_govindex_SOURCES = \
	%D%/main.c %D%/index.c %D%/index.h %D%/build.c %D%/build.h \
	%D%/dump.c %D%/dump.h
%C%_govindex_LDADD = %D%/libreader.a $(GOV_LIBS)
# Automake picks the linker from _SOURCES; this makes it link libstdc++.
nodist_EXTRA_%C%_govindex_SOURCES = dummy.cxx

# The shipped governance vocabulary (acronyms), found through stop_datadir().
vocabdir = $(pkgdatadir)/vocab
dist_vocab_DATA = vocab/acronyms.txt
