noinst_LIBRARIES += %D%/libreader.a

# The record readers: linked by govindex, the tests and the fuzz targets.
%C%_libreader_a_SOURCES = \
	%D%/reader.c %D%/reader.h

bin_PROGRAMS += %D%/govindex
%C%_govindex_SOURCES = \
	%D%/main.c
%C%_govindex_LDADD = %D%/libreader.a $(GOV_LIBS)
# Automake picks the linker from _SOURCES; this makes it link libstdc++.
nodist_EXTRA_%C%_govindex_SOURCES = dummy.cxx
