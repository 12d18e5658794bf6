/*
 * fuzz_main.c: runs a fuzz target without libFuzzer, so that make check
 * fuzzes every reader on any compiler: each seed input, then a fixed
 * number of mutations from a fixed random seed (the same inputs on every
 * run, so a failure can be reproduced).
 *
 *   fuzz_reader_text [-runs=N] [-seed=S] [-max_total_time=T] DIR|FILE...
 *
 * Flags libFuzzer takes that mean nothing here are ignored.
 */
#include <config.h>

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct input {
	char *data;
	size_t len;
};

static struct input *inputs;
static size_t ninputs;
static unsigned long long rng = 0x9e3779b97f4a7c15ULL;

static unsigned long long
next(void)
{
	/* xorshift64*: small, fast and the same everywhere */
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ULL;
}

static size_t
below(size_t n)
{
	return n ? (size_t)(next() % n) : 0;
}

static void
add_file(const char *path)
{
	char *data;
	size_t len;

	if (util_read_file(path, &data, &len) < 0) {
		fprintf(stderr, "fuzz: cannot read %s\n", path);
		exit(2);
	}
	inputs = xreallocarray(inputs, ninputs + 1, sizeof *inputs);
	inputs[ninputs].data = data;
	inputs[ninputs].len = len;
	ninputs++;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
add_path(const char *path)
{
	struct stat st;
	struct dirent *de;
	char **names = NULL, *p;
	size_t n = 0, i;
	DIR *d;

	if (stat(path, &st) != 0)
		return;	/* libFuzzer's output directory may not exist */
	if (!S_ISDIR(st.st_mode)) {
		add_file(path);
		return;
	}
	if ((d = opendir(path)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, cmp);
	for (i = 0; i < n; i++) {
		p = xasprintf("%s/%s", path, names[i]);
		add_path(p);
		free(p);
		free(names[i]);
	}
	free(names);
}

/* Words the readers look for; splicing them in reaches deeper code. */
static const char *const tokens[] = {
	"\nAgenda item\n", "\nMinutes:\n", "Resolved: ", "RESOLVED that ",
	"(i) ", "(ii) ", "1. ", "2. ", "a) ", "\n\n", "Councillor O Gunn ",
	"Cllr Reed asked ", "The Head of Service responded that ",
	"In response to a question from the Chair, ", "REPLY: ",
	"Question submitted by Councillor X\n", "Proposed by Councillor A; ",
	"Seconded by Councillor B; And Resolved: \"That ", "\"",
	"Supporting documents:", "<p>", "</p>", "<div id=\"modgov\">", "<",
	"&amp;", "&#8217;", "{\"id\":\"x\",\"text\":\"", "\"}\n", "{", "[",
	"\\u00e9", "\xe2\x80\x99", "\xc2\xa0", "\xff", "\xc3", "\0",
	"MINUTES OF MEETING OF THE COUNCIL HELD ON 1ST MAY, 2020\n",
	"PRESENT: ", "---\n2\n", "**", "Child Sexual Exploitation (CSE) ",
	"19th October, 2015", "DM/19/01234/FPA ",
};

static size_t
mutate(const struct input *in, char *out, size_t max)
{
	size_t len = in->len < max ? in->len : max, k, n, at;
	int rounds = 1 + (int)below(4);

	memcpy(out, in->data, len);
	while (rounds-- > 0) {
		switch (below(7)) {
		case 0:		/* flip a byte */
			if (len)
				out[below(len)] ^= (char)(1u << below(8));
			break;
		case 1:		/* a random byte */
			if (len)
				out[below(len)] = (char)below(256);
			break;
		case 2:		/* delete a run */
			if (len) {
				at = below(len);
				n = below(len - at) % 64 + 1;
				if (n > len - at)
					n = len - at;
				memmove(out + at, out + at + n, len - at - n);
				len -= n;
			}
			break;
		case 3:		/* splice a token */
			k = below(sizeof tokens / sizeof tokens[0]);
			n = strlen(tokens[k]);
			if (tokens[k][0] == '\0')
				n = 1;
			if (len + n <= max) {
				at = below(len + 1);
				memmove(out + at + n, out + at, len - at);
				memcpy(out + at, tokens[k], n);
				len += n;
			}
			break;
		case 4:		/* copy a run elsewhere */
			if (len > 1) {
				char run[128];
				size_t from = below(len);

				n = below(len - from) % sizeof run + 1;
				if (n > len - from)
					n = len - from;
				memcpy(run, out + from, n);
				at = below(len + 1);
				if (len + n <= max && at <= len) {
					memmove(out + at + n, out + at,
					    len - at);
					memcpy(out + at, run, n);
					len += n;
				}
			}
			break;
		case 5:		/* cut the end off */
			len = below(len + 1);
			break;
		default:	/* join with another input */
			if (ninputs > 1) {
				const struct input *o = &inputs[below(ninputs)];

				at = below(len + 1);
				n = o->len < max - at ? o->len : max - at;
				k = below(n + 1);
				memcpy(out + at, o->data + (o->len - k), k);
				len = at + k;
			}
			break;
		}
	}
	return len;
}

int
main(int argc, char **argv)
{
	unsigned long runs = 2000, i;
	double max_time = 0;
	time_t start = time(NULL);
	char *buf;
	size_t max = 0, len;
	int a;

	for (a = 1; a < argc; a++) {
		if (strncmp(argv[a], "-runs=", 6) == 0)
			runs = strtoul(argv[a] + 6, NULL, 10);
		else if (strncmp(argv[a], "-seed=", 6) == 0)
			rng = strtoull(argv[a] + 6, NULL, 10) | 1;
		else if (strncmp(argv[a], "-max_total_time=", 16) == 0)
			max_time = strtod(argv[a] + 16, NULL);
		else if (argv[a][0] == '-')
			continue;
		else
			add_path(argv[a]);
	}
	if (ninputs == 0)
		add_file("/dev/null");
	for (i = 0; i < ninputs; i++) {
		LLVMFuzzerTestOneInput((const uint8_t *)inputs[i].data,
		    inputs[i].len);
		if (inputs[i].len > max)
			max = inputs[i].len;
	}
	max = max * 2 + 4096;
	buf = xmalloc(max);
	for (i = 0; i < runs; i++) {
		if (max_time > 0 && difftime(time(NULL), start) > max_time)
			break;
		len = mutate(&inputs[below(ninputs)], buf, max);
		LLVMFuzzerTestOneInput((const uint8_t *)buf, len);
	}
	fprintf(stderr, "fuzz: %zu seeds, %lu mutations, no crash\n", ninputs,
	    i);
	free(buf);
	for (i = 0; i < ninputs; i++)
		free(inputs[i].data);
	free(inputs);
	return 0;
}
