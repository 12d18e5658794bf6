/*
 * refs.h: reference numbers as minutes write them and as people type
 * them, recognised and written one way, so that the indexer's ref: terms
 * and the searcher's boosted ones are the same (docs/index-schema.md).
 */
#ifndef GOV_REFS_H
#define GOV_REFS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Flags of refs_statute. */
#define REFS_ANYCASE	0x1	/* titles in any case (queries); else each
				 * word of an Act's title is capitalised */

/*
 * 1 if s[a..b), a whole token of the text s[0..n), is a bare planning or decision number:
 * a year (2 digits, or 4 from 1900 to 2099), '/' or '-', and a serial of 3
 * to 6 digits: "17/00062", "23-00094", "2019/0123", "05/953".  Not dates
 * and years ("08/2015", "2016-2017", "2016/17"), hundredths ("00/100"),
 * ranges ("50-100", "between 10-250", "2004-2110") or amounts ("£10-500").
 * The text around the token is read too.  Else 0.
 */
int refs_is_number(const char *s, size_t n, size_t a, size_t b);

/*
 * Reads a citation of a section of an Act at the start of s[0..n):
 * "Section 183 of the Local Government Act, 2001", "s.183 of the Planning
 * and Development Act 2000", "Sections 179 and 180 of the ... Act",
 * "Section 85A(2) of the 1993 Roads Act".  For each section it calls
 * add(arg, term) with its normal form, the Act's title and year then the
 * section, lower case, one space apart: "local government act 2001 s183"
 * (subsections, commas, brackets, "of the" and "Acts" left out; the term
 * is borrowed for the call).  Returns the bytes read, or 0 when s does not
 * start with one.
 */
size_t refs_statute(const char *s, size_t n, int flags,
    void (*add)(void *arg, const char *term), void *arg);

/*
 * 1 if v[0..n), a ref: value, is the normal form refs_statute writes
 * ("local government act 2001 s183", "roads act s11").
 */
int refs_is_statute_term(const char *v, size_t n);

#ifdef __cplusplus
}
#endif

#endif /* GOV_REFS_H */
