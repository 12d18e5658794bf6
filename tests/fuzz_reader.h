/*
 * fuzz_reader.h: what every reader fuzz target does with an input: read
 * it as one format, and push each record through its JSON form and back.
 */
#ifndef GOV_FUZZ_READER_H
#define GOV_FUZZ_READER_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cjson/cJSON.h>

#include "reader.h"
#include "record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
fuzz_record(void *ctx, struct record *rec)
{
	cJSON *j = record_to_json(rec), *j2;
	struct record *back;
	char *s;

	(void)ctx;
	s = cJSON_PrintUnformatted(j);
	back = record_from_json(j, NULL);
	j2 = back ? record_to_json(back) : NULL;
	/* what the dump writes must read back */
	if (back == NULL)
		abort();
	cJSON_free(s);
	cJSON_Delete(j);
	cJSON_Delete(j2);
	record_free(back);
	record_free(rec);
	return 0;
}

static void
fuzz_reject(void *ctx, const char *path, unsigned long line,
    unsigned long long offset, const char *msg)
{
	(void)ctx;
	(void)path;
	(void)line;
	(void)offset;
	if (msg == NULL || *msg == '\0')
		abort();
}

static int
fuzz_read(int format, const char *name, const uint8_t *data, size_t size)
{
	struct reader_opts o = { 0 };
	unsigned long nrejected;
	char *err = NULL;

	o.format = format;
	reader_read_buffer(name, (const char *)data, size, &o, fuzz_record,
	    fuzz_reject, NULL, &nrejected, &err);
	free(err);
	return 0;
}

#endif /* GOV_FUZZ_READER_H */
