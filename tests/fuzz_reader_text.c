/* fuzz_reader_text.c: fuzz target for the text reader. */
#include <config.h>

#include "fuzz_reader.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_read(READER_TEXT, "item.txt", data, size);
}
