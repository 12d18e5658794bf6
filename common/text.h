/*
 * text.h: the normalisation real minutes need before tokenising, applied
 * the same way to indexed text and to queries.
 */
#ifndef GOV_TEXT_H
#define GOV_TEXT_H

#include <stddef.h>

struct buf;

/*
 * Appends a normalised copy of in[0..len) to out:
 *  - curly and modifier apostrophes (U+2018, U+2019, U+02BC, U+FF07) -> '
 *  - curly double quotes -> "
 *  - no-break, thin and other Unicode spaces -> ' '; soft hyphens, zero-width
 *    characters and the BOM are dropped
 *  - en/em dashes and minus signs -> '-'
 *  - PDF ligatures (U+FB00..U+FB06) -> their letters
 *  - CR LF and lone CR -> LF; other C0 controls but TAB/LF -> ' '
 *  - invalid UTF-8 bytes -> U+FFFD
 * Returns the number of invalid bytes replaced; if bad_offset is not NULL
 * it receives the offset in `in` of the first one.
 */
size_t text_normalize(const char *in, size_t len, struct buf *out,
    size_t *bad_offset);

/* 1 if in[0..len) is valid UTF-8; else 0 and *bad_offset (if not NULL). */
int text_utf8_valid(const char *in, size_t len, size_t *bad_offset);

/*
 * Decodes one UTF-8 character at s (n bytes available); returns its length
 * (1..4) and sets *cp, or returns 0 for an invalid sequence.
 */
size_t text_utf8_decode(const char *s, size_t n, unsigned *cp);

/* Appends code point cp as UTF-8. */
void text_utf8_encode(struct buf *, unsigned cp);

/*
 * The code point Windows-1252 gives byte c (0x80 to 0xff): what a byte
 * that is no UTF-8 most likely meant, in text saved by older Windows
 * programs (£, curly quotes, dashes).  U+FFFD for its five unused bytes.
 */
unsigned text_cp1252(unsigned char c);

/* Lower-cases ASCII letters and common Latin-1 letters into out. */
void text_lower(const char *in, size_t len, struct buf *out);

/* Collapses runs of white space to one space and trims both ends, in place. */
size_t text_squeeze(char *s);

/*
 * 1 if s[0..n) is a particle of a surname in either case ("Le", "van",
 * "der"): speaker keys join it to the word after ("vanderberg"), in the
 * index and in queries alike.  "Des" and "Di" are given names as often.
 */
int text_surname_particle(const char *s, size_t n);

#endif /* GOV_TEXT_H */
