#include <config.h>

#include <string.h>
#include <strings.h>

#include "text.h"
#include "util.h"

size_t
text_utf8_decode(const char *s, size_t n, unsigned *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned c;
	size_t len, i;

	if (n == 0)
		return 0;
	c = p[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		c &= 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		c &= 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		c &= 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (p[i] & 0x3f);
	}
	/* Reject overlong forms, surrogates and values past U+10FFFF. */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		return 0;
	*cp = c;
	return len;
}

unsigned
text_cp1252(unsigned char c)
{
	static const unsigned short high[32] = {
		0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
		0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
		0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
		0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
	};

	if (c < 0x80)
		return c;
	return c < 0xa0 ? high[c - 0x80] : c;
}

void
text_utf8_encode(struct buf *b, unsigned cp)
{
	char s[4];

	if (cp < 0x80) {
		s[0] = (char)cp;
		buf_append(b, s, 1);
	} else if (cp < 0x800) {
		s[0] = (char)(0xc0 | (cp >> 6));
		s[1] = (char)(0x80 | (cp & 0x3f));
		buf_append(b, s, 2);
	} else if (cp < 0x10000) {
		s[0] = (char)(0xe0 | (cp >> 12));
		s[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		s[2] = (char)(0x80 | (cp & 0x3f));
		buf_append(b, s, 3);
	} else {
		s[0] = (char)(0xf0 | (cp >> 18));
		s[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		s[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		s[3] = (char)(0x80 | (cp & 0x3f));
		buf_append(b, s, 4);
	}
}

int
text_utf8_valid(const char *in, size_t len, size_t *bad_offset)
{
	size_t i = 0, n;
	unsigned cp;

	while (i < len) {
		if ((unsigned char)in[i] < 0x80) {
			i++;
			continue;
		}
		n = text_utf8_decode(in + i, len - i, &cp);
		if (n == 0) {
			if (bad_offset)
				*bad_offset = i;
			return 0;
		}
		i += n;
	}
	return 1;
}

/* Ligatures PDF extraction leaves behind, U+FB00..U+FB06. */
static const char *const ligatures[] = {
	"ff", "fi", "fl", "ffi", "ffl", "st", "st"
};

size_t
text_normalize(const char *in, size_t len, struct buf *out,
    size_t *bad_offset)
{
	size_t i = 0, n, bad = 0;
	unsigned cp;

	while (i < len) {
		unsigned char c = (unsigned char)in[i];

		if (c < 0x80) {
			if (c == '\r') {
				buf_putc(out, '\n');
				i += (i + 1 < len && in[i + 1] == '\n') ? 2 : 1;
				continue;
			}
			if (c < 0x20 && c != '\n' && c != '\t')
				c = ' ';
			else if (c == 0x7f)
				c = ' ';
			buf_putc(out, c);
			i++;
			continue;
		}
		n = text_utf8_decode(in + i, len - i, &cp);
		if (n == 0) {
			if (bad == 0 && bad_offset)
				*bad_offset = i;
			bad++;
			text_utf8_encode(out, 0xfffd);
			i++;
			continue;
		}
		i += n;
		switch (cp) {
		case 0x2018: case 0x2019: case 0x201a: case 0x201b:
		case 0x02bc: case 0x2032: case 0xff07:
			buf_putc(out, '\'');
			continue;
		case 0x201c: case 0x201d: case 0x201e: case 0x201f:
		case 0x2033: case 0xff02:
			buf_putc(out, '"');
			continue;
		case 0x2010: case 0x2011: case 0x2012: case 0x2013:
		case 0x2014: case 0x2015: case 0x2212: case 0xfe58:
		case 0xfe63: case 0xff0d:
			buf_putc(out, '-');
			continue;
		case 0x00a0: case 0x1680: case 0x202f: case 0x205f:
		case 0x3000: case 0x2028: case 0x2029:
			buf_putc(out, cp >= 0x2028 && cp <= 0x2029 ? '\n' : ' ');
			continue;
		case 0x00ad: case 0x200b: case 0x200c: case 0x200d:
		case 0x2060: case 0xfeff:
			continue;
		case 0x0085:
			buf_putc(out, '\n');
			continue;
		case 0x2026:
			buf_puts(out, "...");
			continue;
		default:
			break;
		}
		if (cp >= 0x2000 && cp <= 0x200a) {
			buf_putc(out, ' ');
			continue;
		}
		if (cp >= 0xfb00 && cp <= 0xfb06) {
			buf_puts(out, ligatures[cp - 0xfb00]);
			continue;
		}
		if (cp >= 0x80 && cp < 0xa0) {
			/* C1 controls, often cp1252 bytes decoded as Latin-1. */
			buf_putc(out, ' ');
			continue;
		}
		buf_append(out, in + i - n, n);
	}
	if (out->data == NULL)
		buf_append(out, "", 0);
	return bad;
}

void
text_lower(const char *in, size_t len, struct buf *out)
{
	size_t i = 0, n;
	unsigned cp;

	while (i < len) {
		unsigned char c = (unsigned char)in[i];

		if (c < 0x80) {
			buf_putc(out, c >= 'A' && c <= 'Z' ? c + 32 : c);
			i++;
			continue;
		}
		n = text_utf8_decode(in + i, len - i, &cp);
		if (n == 0) {
			buf_putc(out, c);
			i++;
			continue;
		}
		/* Latin-1 and Latin Extended-A capitals (Ó, É, Ł ...): in
		 * Extended-A a capital and its small letter are pairs, the
		 * capital even, but odd from Ĺ to Ň and from Ź to Ž */
		if ((cp >= 0xc0 && cp <= 0xde && cp != 0xd7))
			cp += 0x20;
		else if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14a &&
		    cp <= 0x177)) && cp % 2 == 0 && cp != 0x130)
			cp += 1;
		else if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 &&
		    cp <= 0x17e)) && cp % 2 == 1)
			cp += 1;
		else if (cp == 0x178)
			cp = 0xff;
		text_utf8_encode(out, cp);
		i += n;
	}
	if (out->data == NULL)
		buf_append(out, "", 0);
}

size_t
text_squeeze(char *s)
{
	char *w = s, *r = s;
	int space = 0;

	while (*r == ' ' || *r == '\t' || *r == '\n')
		r++;
	for (; *r; r++) {
		if (*r == ' ' || *r == '\t' || *r == '\n') {
			space = 1;
			continue;
		}
		if (space && w != s)
			*w++ = ' ';
		space = 0;
		*w++ = *r;
	}
	*w = '\0';
	return (size_t)(w - s);
}

int
text_surname_particle(const char *s, size_t n)
{
	static const char *const parts[] = {
		"le", "la", "de", "du", "van", "von", "der", "den", "del",
		"da", "dos", "das", "ap", "mac", "nic", "ni",
		/* Maori: "Cr Aroha Te Awe" */
		"te",
		/* Irish, with the accent in either case: Ní, Ó, Uí */
		"n\xc3\xad", "n\xc3\x8d", "\xc3\xb3", "\xc3\x93",
		"u\xc3\xad", "u\xc3\x8d",
	};
	size_t i;

	for (i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (strlen(parts[i]) == n && strncasecmp(parts[i], s, n) == 0)
			return 1;
	return 0;
}
