/* fuzz_reader_jsonl.c: fuzz target for the jsonl reader. */
#include <config.h>

#include "fuzz_reader.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_read(READER_JSONL, "records.jsonl", data, size);
}
