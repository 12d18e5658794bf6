/* fuzz_reader_minutes.c: fuzz target for the minutes reader. */
#include <config.h>

#include "fuzz_reader.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_read(READER_MINUTES, "minutes.md", data, size);
}
