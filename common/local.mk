noinst_LIBRARIES += %D%/libgov.a %D%/libxap.a

%C%_libgov_a_SOURCES = \
	%D%/util.c %D%/util.h \
	%D%/text.c %D%/text.h \
	%D%/stop.c %D%/stop.h \
	%D%/record.c %D%/record.h \
	%D%/refs.c %D%/refs.h \
	%D%/schema.h

%C%_libxap_a_SOURCES = %D%/xap.cc %D%/xap.h
