/*
 * serve.h: govsearch serve, the HTTP service (searcher/serve.c), and the
 * search page built into the binary (page_assets.c, generated from
 * searcher/page/ by searcher/embed.sh).
 */
#ifndef GOV_SERVE_H
#define GOV_SERVE_H

#include <stddef.h>

/* ---- Interface to code in serve.c ---- */

/*
 * Runs the service; argv[0] is "serve".  Returns the exit status
 * (0 after a clean shutdown, 2 on a usage error, 3 when the database
 * cannot be opened or the address cannot be bound).
 */
int serve_main(int argc, char **argv);

/* ---- Interface to the generated page_assets.c ---- */

/* One file of the search page, embedded at build time. */
struct page_asset {
	const char *path;	/* URL path: "/index.html", "/app.js" */
	const char *data;	/* the file's bytes (static) */
	size_t len;		/* bytes in data */
};

/* Every embedded file; the list ends with an entry whose path is NULL. */
extern const struct page_asset page_assets[];

#endif /* GOV_SERVE_H */
