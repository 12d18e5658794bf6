/*
 * mapread.c: pread(2) on the index's tables served from a shared
 * read-only memory map; see mapread.h.
 */
#include <config.h>

#if defined(_FILE_OFFSET_BITS) && _FILE_OFFSET_BITS == 64
/* It defines pread and pread64 itself. */
#error "build mapread.c without _FILE_OFFSET_BITS=64"
#endif

#include <dlfcn.h>
#include <fcntl.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "mapread.h"

_Static_assert(sizeof(off_t) == 8, "pread and pread64 must be one function");

/* Descriptors above this are never mapped. */
#define MAX_FD		65536
#define TABLE_SUFFIX	".glass"

enum { FD_UNSEEN, FD_PLAIN, FD_MAPPED };

struct fdmap {
	atomic_int state;
	const char *base;	/* FD_MAPPED: the map, owned; else NULL */
	size_t size;		/* bytes mapped */
};

static struct fdmap fdmaps[MAX_FD];
/* Serialises mapping and unmapping; reads of a map take no lock. */
static pthread_mutex_t map_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_int maps_enabled;
static atomic_ulong stat_maps, stat_mapped_reads, stat_passed_reads;

static ssize_t (*real_pread)(int, void *, size_t, off_t);
static int (*real_close)(int);
static int (*real_dup2)(int, int);
static int (*real_dup3)(int, int, int);
static pthread_once_t resolve_once = PTHREAD_ONCE_INIT;

/* The copy under way on this thread, for the SIGBUS handler. */
static _Thread_local sigjmp_buf *volatile copy_jump;

/* Used only if the dynamic linker cannot name the next definition. */
static ssize_t
sys_pread(int fd, void *buf, size_t n, off_t off)
{
	return syscall(SYS_pread64, fd, buf, n, off);
}

static int
sys_close(int fd)
{
	return syscall(SYS_close, fd);
}

static int
sys_dup3(int old, int new, int flags)
{
	return syscall(SYS_dup3, old, new, flags);
}

static int
sys_dup2(int old, int new)
{
	/* dup3 refuses old == new, which dup2 allows. */
	if (old == new)
		return fcntl(old, F_GETFD) == -1 ? -1 : new;
	return sys_dup3(old, new, 0);
}

static void
resolve(void)
{
	/* POSIX's way to turn dlsym's void * into a function pointer. */
	*(void **)&real_pread = dlsym(RTLD_NEXT, "pread");
	*(void **)&real_close = dlsym(RTLD_NEXT, "close");
	*(void **)&real_dup2 = dlsym(RTLD_NEXT, "dup2");
	*(void **)&real_dup3 = dlsym(RTLD_NEXT, "dup3");
	if (real_pread == NULL)
		real_pread = sys_pread;
	if (real_close == NULL)
		real_close = sys_close;
	if (real_dup2 == NULL)
		real_dup2 = sys_dup2;
	if (real_dup3 == NULL)
		real_dup3 = sys_dup3;
}

static void
on_sigbus(int sig, siginfo_t *si, void *uctx)
{
	sigjmp_buf *j = copy_jump;

	(void)si;
	(void)uctx;
	if (j != NULL)
		siglongjmp(*j, 1);
	/* Not a map's fault: the default action when the access repeats. */
	signal(sig, SIG_DFL);
}

/* Copies n bytes of a map; 0 when the file no longer holds them. */
static int
copy_from_map(void *dst, const char *src, size_t n)
{
	sigjmp_buf j;
	volatile int copied = 0;

	/* The handler runs with SA_NODEFER: no signal mask to restore. */
	if (sigsetjmp(j, 0) == 0) {
		copy_jump = &j;
		atomic_signal_fence(memory_order_seq_cst);
		memcpy(dst, src, n);
		atomic_signal_fence(memory_order_seq_cst);
		copied = 1;
	}
	copy_jump = NULL;
	return copied;
}

static int
is_table_file(int fd, const struct stat *st)
{
	char link[64], path[4096];
	ssize_t n;
	size_t sl = strlen(TABLE_SUFFIX);
	int fl;

	if (!S_ISREG(st->st_mode) || st->st_size <= 0)
		return 0;
	fl = fcntl(fd, F_GETFL);
	if (fl == -1 || (fl & O_ACCMODE) != O_RDONLY)
		return 0;
	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, path, sizeof(path) - 1);
	if (n < 0 || (size_t)n <= sl)
		return 0;
	path[n] = '\0';
	return strcmp(path + n - sl, TABLE_SUFFIX) == 0;
}

/* Decides, once per descriptor, whether its reads come from a map. */
static int
classify(int fd)
{
	struct fdmap *m = &fdmaps[fd];
	struct stat st;
	void *p;
	int state;

	pthread_mutex_lock(&map_lock);
	state = atomic_load_explicit(&m->state, memory_order_relaxed);
	if (state != FD_UNSEEN)
		goto out;
	state = FD_PLAIN;
	if (fstat(fd, &st) == 0 && (uintmax_t)st.st_size <= SIZE_MAX &&
	    is_table_file(fd, &st)) {
		p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd,
		    0);
		if (p != MAP_FAILED) {
			m->base = p;
			m->size = (size_t)st.st_size;
			state = FD_MAPPED;
			atomic_fetch_add_explicit(&stat_maps, 1,
			    memory_order_relaxed);
		}
	}
	atomic_store_explicit(&m->state, state, memory_order_release);
out:
	pthread_mutex_unlock(&map_lock);
	return state;
}

/* Drops fd's map, if any, and leaves it in state. */
static void
unmap_fd(int fd, int state)
{
	struct fdmap *m = &fdmaps[fd];

	pthread_mutex_lock(&map_lock);
	if (m->base != NULL)
		munmap((void *)m->base, m->size);
	m->base = NULL;
	m->size = 0;
	atomic_store_explicit(&m->state, state, memory_order_release);
	pthread_mutex_unlock(&map_lock);
}

/* Drops what is known of fd: it is about to be closed or replaced. */
static void
forget(int fd)
{
	if (fd < 0 || fd >= MAX_FD || atomic_load_explicit(
	    &fdmaps[fd].state, memory_order_acquire) == FD_UNSEEN)
		return;
	unmap_fd(fd, FD_UNSEEN);
}

static ssize_t
mapped_pread(int fd, void *buf, size_t n, off_t off)
{
	struct fdmap *m;
	int state;

	pthread_once(&resolve_once, resolve);
	if (fd < 0 || fd >= MAX_FD || off < 0 ||
	    !atomic_load_explicit(&maps_enabled, memory_order_relaxed))
		goto pass;
	m = &fdmaps[fd];
	state = atomic_load_explicit(&m->state, memory_order_acquire);
	if (state == FD_UNSEEN)
		state = classify(fd);
	if (state != FD_MAPPED || (uintmax_t)off > m->size ||
	    n > m->size - (size_t)off)
		goto pass;
	if (copy_from_map(buf, m->base + off, n)) {
		atomic_fetch_add_explicit(&stat_mapped_reads, 1,
		    memory_order_relaxed);
		return (ssize_t)n;
	}
	/* The file shrank under the map: pread from now on. */
	unmap_fd(fd, FD_PLAIN);
pass:
	atomic_fetch_add_explicit(&stat_passed_reads, 1, memory_order_relaxed);
	return real_pread(fd, buf, n, off);
}

/* ---- The definitions libxapian's calls bind to ---- */

ssize_t
pread(int fd, void *buf, size_t n, off_t off)
{
	return mapped_pread(fd, buf, n, off);
}

ssize_t
pread64(int fd, void *buf, size_t n, off64_t off)
{
	return mapped_pread(fd, buf, n, off);
}

int
close(int fd)
{
	pthread_once(&resolve_once, resolve);
	forget(fd);
	return real_close(fd);
}

int
dup2(int old, int new)
{
	pthread_once(&resolve_once, resolve);
	if (old != new)
		forget(new);
	return real_dup2(old, new);
}

int
dup3(int old, int new, int flags)
{
	pthread_once(&resolve_once, resolve);
	if (old != new)
		forget(new);
	return real_dup3(old, new, flags);
}

/* ---- Public ---- */

int
mapread_enable(void)
{
	const char *env = getenv("GOVSEARCH_MMAP");
	struct sigaction sa;

	if (env != NULL && strcmp(env, "0") == 0)
		return 0;
	pthread_once(&resolve_once, resolve);
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_sigbus;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGBUS, &sa, NULL) != 0)
		return 0;
	atomic_store(&maps_enabled, 1);
	return 1;
}

void
mapread_get_stats(struct mapread_stats *s)
{
	s->maps = atomic_load(&stat_maps);
	s->mapped_reads = atomic_load(&stat_mapped_reads);
	s->passed_reads = atomic_load(&stat_passed_reads);
}
