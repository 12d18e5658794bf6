/*
 * serve_main.c: govsearch-serve, the program `govsearch serve` runs: the
 * HTTP service of serve.c.  It is kept apart from govsearch so that a
 * one-shot search does not load libmicrohttpd and GnuTLS (a third of its
 * start-up).
 */
#include <config.h>

#include "mapread.h"
#include "serve.h"

int
main(int argc, char **argv)
{
	/* A long-lived process: the index is read through maps. */
	mapread_enable();
	return serve_main(argc, argv);
}
