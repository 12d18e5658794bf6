/*
 * enospc.c: a full disk, for tests (LD_PRELOAD).  Writes to files under
 * $ENOSPC_DIR succeed until $ENOSPC_BYTES bytes have been written there
 * in all, then fail with ENOSPC, as on a file system that has filled up.
 * Other writes (the terminal, logs, pipes) pass through.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long long budget = -1;	/* bytes left; -2: no limit */
static const char *dir;

/* 1 if fd is a file under $ENOSPC_DIR and the budget is spent by len. */
static int
full(int fd, size_t len)
{
	char link[64], path[PATH_MAX];
	ssize_t n;

	if (budget == -1) {
		const char *b = getenv("ENOSPC_BYTES");

		dir = getenv("ENOSPC_DIR");
		budget = b != NULL && dir != NULL ? atoll(b) : -2;
	}
	if (budget == -2 || len == 0)
		return 0;
	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, path, sizeof(path) - 1);
	if (n <= 0)
		return 0;
	path[n] = '\0';
	if (strncmp(path, dir, strlen(dir)) != 0)
		return 0;
	if ((long long)len > budget) {
		budget = 0;
		return 1;
	}
	budget -= (long long)len;
	return 0;
}

#define REAL(name) \
	static __typeof__(name) *real; \
	if (real == NULL) \
		real = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

ssize_t
write(int fd, const void *buf, size_t len)
{
	REAL(write);
	if (full(fd, len)) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, buf, len);
}

ssize_t
pwrite(int fd, const void *buf, size_t len, off_t off)
{
	REAL(pwrite);
	if (full(fd, len)) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, buf, len, off);
}

ssize_t
pwrite64(int fd, const void *buf, size_t len, off_t off)
{
	REAL(pwrite64);
	if (full(fd, len)) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, buf, len, off);
}

ssize_t
writev(int fd, const struct iovec *iov, int n)
{
	size_t len = 0;
	int i;

	REAL(writev);
	for (i = 0; i < n; i++)
		len += iov[i].iov_len;
	if (full(fd, len)) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, iov, n);
}

int
fallocate(int fd, int mode, off_t off, off_t len)
{
	REAL(fallocate);
	if (full(fd, (size_t)len)) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, mode, off, len);
}
