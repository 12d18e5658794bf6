/* fuzz_reader_html.c: fuzz target for the html reader. */
#include <config.h>

#include "fuzz_reader.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_read(READER_HTML, "item.html", data, size);
}
