/*
 * test_mapread.c: searcher/mapread.c serves pread() from maps only for
 * read-only ".glass" files, never through a map a descriptor number no
 * longer names, and always with the bytes pread(2) would return; and
 * libxapian's reads of a real database go through it.
 */
#include <config.h>

#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mapread.h"
#include "tap.h"
#include "xap.h"

#define PAGE	4096

static char root[PATH_MAX];

static const char *
path(const char *name)
{
	static char buf[4][PATH_MAX];
	static int next;
	char *p = buf[next++ % 4];

	if (snprintf(p, PATH_MAX, "%s/%s", root, name) >= PATH_MAX)
		abort();
	return p;
}

/* Writes pages pages of name, page k filled with the byte fill + k. */
static void
make_file(const char *name, int pages, int fill)
{
	char page[PAGE];
	int fd = open(path(name), O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0)
		abort();
	for (int k = 0; k < pages; k++) {
		memset(page, fill + k, sizeof(page));
		if (write(fd, page, sizeof(page)) != (ssize_t)sizeof(page))
			abort();
	}
	close(fd);
}

/* 1 when n bytes at off of fd read as the byte want, with one pread. */
static int
reads_as(int fd, off_t off, size_t n, int want)
{
	char buf[2 * PAGE];

	if (n > sizeof(buf) || pread(fd, buf, n, off) != (ssize_t)n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (buf[i] != (char)want)
			return 0;
	return 1;
}

static struct mapread_stats
stats(void)
{
	struct mapread_stats s;

	mapread_get_stats(&s);
	return s;
}

static void
test_table_files_are_mapped(void)
{
	struct mapread_stats a, b;
	int fd;

	make_file("a.glass", 3, 'a');
	fd = open(path("a.glass"), O_RDONLY);
	a = stats();
	ok(reads_as(fd, PAGE, PAGE, 'a' + 1) &&
	    reads_as(fd, 2 * PAGE - 10, 20, 'a' + 1) == 0 &&
	    reads_as(fd, 2 * PAGE, PAGE, 'a' + 2),
	    "mapread_should_return_the_bytes_of_a_table_file");
	b = stats();
	ok(b.maps == a.maps + 1 && b.mapped_reads == a.mapped_reads + 3 &&
	    b.passed_reads == a.passed_reads,
	    "mapread_should_read_a_read_only_table_file_through_one_map "
	    "(maps %lu, mapped %lu, passed %lu)", b.maps - a.maps,
	    b.mapped_reads - a.mapped_reads, b.passed_reads - a.passed_reads);
	close(fd);
}

static void
test_other_files_are_not_mapped(void)
{
	struct mapread_stats a, b;
	int fd, rw;

	make_file("b.dat", 2, 'b');
	make_file("c.glass", 2, 'c');
	fd = open(path("b.dat"), O_RDONLY);
	rw = open(path("c.glass"), O_RDWR);
	a = stats();
	ok(reads_as(fd, PAGE, PAGE, 'b' + 1) && reads_as(rw, 0, PAGE, 'c'),
	    "mapread_should_return_the_bytes_of_other_files");
	b = stats();
	ok(b.maps == a.maps && b.mapped_reads == a.mapped_reads &&
	    b.passed_reads == a.passed_reads + 2,
	    "mapread_should_pass_other_files_and_writable_tables_to_pread");
	close(fd);
	close(rw);
}

static void
test_reused_descriptor_reads_the_new_file(void)
{
	int fd, again;

	make_file("d.glass", 2, 'd');
	make_file("e.glass", 2, 'p');
	fd = open(path("d.glass"), O_RDONLY);
	ok(reads_as(fd, 0, PAGE, 'd'), "mapread_should_read_d");
	close(fd);
	again = open(path("e.glass"), O_RDONLY);
	ok(again == fd, "the_kernel_should_reuse_the_closed_descriptor");
	ok(reads_as(again, 0, PAGE, 'p') && reads_as(again, PAGE, PAGE,
	    'p' + 1), "mapread_should_not_read_a_reused_descriptor_through_"
	    "the_closed_file's_map");
	close(again);
}

static void
test_dup2_replaces_the_map(void)
{
	int fd, other;

	make_file("f.glass", 1, 'f');
	make_file("g.glass", 1, 'g');
	fd = open(path("f.glass"), O_RDONLY);
	other = open(path("g.glass"), O_RDONLY);
	ok(reads_as(fd, 0, PAGE, 'f'), "mapread_should_read_f");
	ok(dup2(other, fd) == fd && reads_as(fd, 0, PAGE, 'g'),
	    "mapread_should_read_the_file_dup2_put_in_place");
	close(other);
	close(fd);
}

static void
test_growth_and_change_are_seen(void)
{
	char page[PAGE];
	int fd, w;

	make_file("h.glass", 1, 'h');
	fd = open(path("h.glass"), O_RDONLY);
	ok(reads_as(fd, 0, PAGE, 'h'), "mapread_should_read_h");
	w = open(path("h.glass"), O_WRONLY | O_APPEND);
	memset(page, 'z', sizeof(page));
	if (write(w, page, sizeof(page)) != (ssize_t)sizeof(page))
		abort();
	ok(reads_as(fd, PAGE, PAGE, 'z'),
	    "mapread_should_read_what_was_appended_after_the_map");
	close(w);
	/* Not O_APPEND, which would put pwrite's bytes at the end. */
	w = open(path("h.glass"), O_WRONLY);
	memset(page, 'y', sizeof(page));
	if (pwrite(w, page, sizeof(page), 0) != (ssize_t)sizeof(page))
		abort();
	ok(reads_as(fd, 0, PAGE, 'y'),
	    "mapread_should_read_what_was_rewritten_in_place");
	close(w);
	close(fd);
}

static void
test_shrunk_file_reads_short(void)
{
	struct mapread_stats a, b;
	char buf[PAGE];
	int fd;

	make_file("i.glass", 3, 'i');
	fd = open(path("i.glass"), O_RDONLY);
	ok(reads_as(fd, 2 * PAGE, PAGE, 'i' + 2), "mapread_should_read_i");
	if (truncate(path("i.glass"), PAGE) != 0)
		abort();
	a = stats();
	ok(pread(fd, buf, sizeof(buf), 2 * PAGE) == 0,
	    "mapread_should_give_pread's_end_of_file_past_a_shrunk_file's_"
	    "end, not SIGBUS");
	ok(reads_as(fd, 0, PAGE, 'i'), "mapread_should_read_what_is_left");
	b = stats();
	ok(b.passed_reads == a.passed_reads + 2,
	    "mapread_should_read_a_shrunk_file_with_pread_from_then_on");
	close(fd);
}

static void
test_xapian_reads_through_maps(void)
{
	struct mapread_stats a, b;
	struct xap_wdb *w;
	struct xap_doc *d;
	struct xap_db *db;
	const char *p = path("db");
	unsigned freq = 0;
	char *val = NULL;
	size_t len = 0;
	int rc;

	w = xap_wdb_open(p, XAP_CREATE_OR_OVERWRITE, 0, &rc, NULL);
	d = xap_doc_new(&rc, NULL);
	rc = w != NULL && d != NULL ? 0 : -1;
	if (rc == 0)
		rc = xap_doc_add_boolean_term(d, "Qone", 4, NULL);
	if (rc == 0)
		rc = xap_doc_set_value(d, 3, "value three", 11, NULL);
	if (rc == 0)
		rc = xap_wdb_replace_by_term(w, "Qone", 4, d, NULL);
	if (rc == 0)
		rc = xap_wdb_commit(w, NULL);
	xap_doc_free(d);
	xap_wdb_free(w);
	ok(rc == 0, "a_database_should_be_written");
	a = stats();
	db = xap_db_open(&p, 1, 0, &rc, NULL);
	ok(db != NULL && xap_db_termfreq(db, "Qone", 4, &freq, NULL) == 0 &&
	    freq == 1 && xap_db_doc_value(db, 1, 3, &val, &len, NULL) == 0 &&
	    len == 11 && memcmp(val, "value three", 11) == 0,
	    "xapian_should_read_the_database_through_mapread");
	b = stats();
	ok(b.maps > a.maps && b.mapped_reads > a.mapped_reads,
	    "libxapian's_preads_should_bind_to_mapread's (maps %lu, "
	    "mapped %lu, passed %lu)", b.maps - a.maps,
	    b.mapped_reads - a.mapped_reads, b.passed_reads - a.passed_reads);
	free(val);
	xap_db_free(db);
}

static int
rm_one(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(p);
}

int
main(void)
{
	const char *tmp = getenv("TMPDIR");

	if (tmp == NULL || *tmp == '\0')
		tmp = "/tmp";
	snprintf(root, sizeof root, "%s/test_mapread.XXXXXX", tmp);
	if (mkdtemp(root) == NULL) {
		perror(root);
		return 99;
	}
	unsetenv("GOVSEARCH_MMAP");
	ok(mapread_enable() == 1, "mapread_enable_should_turn_maps_on");
	test_table_files_are_mapped();
	test_other_files_are_not_mapped();
	test_reused_descriptor_reads_the_new_file();
	test_dup2_replaces_the_map();
	test_growth_and_change_are_seen();
	test_shrunk_file_reads_short();
	test_xapian_reads_through_maps();
	nftw(root, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	return tap_done();
}
