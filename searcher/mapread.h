/*
 * mapread.h: the index's table files read through a shared read-only
 * memory map instead of one pread(2) system call per B-tree block.
 *
 * libxapian 1.4 reads every block of a glass table with pread(2) and
 * keeps no block cache of its own: a search makes tens of calls, a page
 * of results with snippets hundreds, and on a virtual machine a system
 * call costs more than copying the 8 KB it returns.  This module defines
 * pread(), close(), dup2() and dup3() in the program; the dynamic linker
 * binds libxapian's calls to them before libc's.
 *
 * A descriptor is mapped at its first pread() when it is a regular file
 * opened read-only whose name ends in ".glass"; every other descriptor,
 * and every read past the end the file had when it was mapped (a table a
 * newer commit has grown), goes to the real pread().  close(), dup2() and
 * dup3() drop the map of the descriptor they end, so a number reused for
 * another file is never read through an old map.  A map whose file has
 * shrunk under it (SIGBUS) is dropped and the read passed on, so the
 * caller sees the short read pread() would have given.
 *
 * Maps pay a page fault the first time each page is touched: they are a
 * gain for a process that searches many times (batch, serve, eval), not
 * for one query.  Nothing is mapped until mapread_enable().
 */
#ifndef GOV_MAPREAD_H
#define GOV_MAPREAD_H

/*
 * Maps table files from now on and installs the SIGBUS handler the maps
 * need, unless the environment has GOVSEARCH_MMAP=0.  Returns 1 when maps
 * are in use, 0 when not.  Call from one thread, before the searches.
 */
int mapread_enable(void);

struct mapread_stats {
	unsigned long maps;		/* descriptors mapped so far */
	unsigned long mapped_reads;	/* pread() calls served from a map */
	unsigned long passed_reads;	/* pread() calls passed to libc */
};

void mapread_get_stats(struct mapread_stats *);

#endif /* GOV_MAPREAD_H */
