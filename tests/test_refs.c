/* Unit tests for common/refs.c: bare planning numbers and statute sections. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "refs.h"
#include "tap.h"
#include "util.h"

/* 1 if the token tok, written inside text, is a bare number. */
static int
number_in(const char *text, const char *tok)
{
	const char *p = strstr(text, tok);

	if (p == NULL)
		return -1;
	return refs_is_number(text, strlen(text),
	    (size_t)(p - text), (size_t)(p - text) + strlen(tok));
}

static int
number(const char *tok)
{
	return number_in(tok, tok);
}

static void
collect(void *arg, const char *term)
{
	struct buf *b = arg;

	if (b->len > 0)
		buf_putc(b, '|');
	buf_puts(b, term);
}

/*
 * The terms refs_statute reads at the start of s, '|'-separated ("" for
 * none); *len receives the bytes read.
 */
static char *
statute(const char *s, int flags, size_t *len)
{
	struct buf b = BUF_INIT;

	*len = refs_statute(s, strlen(s), flags, collect, &b);
	if (b.data == NULL)
		buf_puts(&b, "");
	return buf_steal(&b);
}

static int
statute_is(const char *s, int flags, const char *want)
{
	size_t len;
	char *got = statute(s, flags, &len);
	int same = strcmp(got, want) == 0 && (*want == '\0') == (len == 0);

	if (!same)
		printf("#   \"%s\": got \"%s\" (%zu bytes), want \"%s\"\n", s,
		    got, len, want);
	free(got);
	return same;
}

static void
test_numbers(void)
{
	static const char *const yes[] = {
		"17/00062", "23-00094", "05/953", "18/8014", "00/2987",
		"2019/0123", "2019-0123", "86-7446", "94-02335", "16/345",
		"06/3641",
	};
	static const char *const no[] = {
		/* dates, months, years and year ranges */
		"2016-01-01", "12/05/2016", "01/02/16", "08/2015", "07-2020",
		"2016-17", "2016/17", "2016-2017", "2010/2016", "13/2019",
		/* not a year first, or a serial too short or too long */
		"1786-1788", "061-556000", "01-6787000", "1000-1200",
		"8400-8900", "123/45", "5/953", "17/62",
		/* hundredths, ranges */
		"00/100", "50/100", "50-100", "2004-2110", "10-250",
		/* not only digits */
		"17/00062a", "17//00062", "17/000-62",
	};
	size_t i;

	for (i = 0; i < sizeof yes / sizeof yes[0]; i++)
		ok(number(yes[i]) == 1,
		    "refs_is_number_should_take_%s", yes[i]);
	for (i = 0; i < sizeof no / sizeof no[0]; i++)
		ok(number(no[i]) == 0,
		    "refs_is_number_should_not_take_%s", no[i]);
	ok(number_in("planning ref: 18/8014 granted", "18/8014") == 1,
	    "refs_is_number_should_take_a_number_in_a_sentence");
	ok(number_in("costs of \xc2\xa3" "10-5000 a year", "10-5000") == 0 &&
	    number_in("costs of \xe2\x82\xac 20/500", "20/500") == 0 &&
	    number_in("costs of $20-5000", "20-5000") == 0,
	    "refs_is_number_should_not_take_amounts");
	ok(number_in("between 10-5000 houses", "10-5000") == 0 &&
	    number_in("see pp. 12-1500", "12-1500") == 0 &&
	    number_in("see pages 20-0100", "20-0100") == 0,
	    "refs_is_number_should_not_take_ranges");
	ok(number_in("rose 20-5000% in", "20-5000") == 0,
	    "refs_is_number_should_not_take_percentages");
}

static void
test_statutes(void)
{
	static const char *const lga[] = {
		"Section 183 of the Local Government Act, 2001",
		"section 183 of the Local Government Act 2001",
		"SECTION 183 OF THE LOCAL GOVERNMENT ACT 2001",
		"Section 183 of the Local  Government\nAct,\n2001, as amended",
		"s.183 of the Local Government Act 2001",
		"S. 183 of the Local Government Act 2001",
		"s183 of the Local Government Act 2001",
		"Sec. 183(1)(a) of the Local Government Act of 2001",
		"Section 183 (2) of the 2001 Local Government Act",
		"Section 183, Local Government Act, 2001",
	};
	size_t i;

	for (i = 0; i < sizeof lga / sizeof lga[0]; i++)
		ok(statute_is(lga[i], 0, "local government act 2001 s183"),
		    "refs_statute_should_normalise_spelling_%zu", i);
	ok(statute_is("section 183 of the local government act 2001",
	    REFS_ANYCASE, "local government act 2001 s183"),
	    "refs_statute_should_read_a_lower_case_query");
	ok(statute_is("section 183 of the local government act 2001", 0, ""),
	    "refs_statute_should_want_a_capitalised_title_in_text");
	ok(statute_is("s.183 of the Planning and Development Act 2000", 0,
	    "planning and development act 2000 s183"),
	    "refs_statute_should_keep_connectors_of_the_title");
	ok(statute_is("Section 5 of the Finance (Local Property Tax) Act, "
	    "2012", 0, "finance local property tax act 2012 s5"),
	    "refs_statute_should_drop_brackets_of_the_title");
	ok(statute_is("Sections 179 and 180 of the Planning and Development "
	    "Acts 2000-2019", 0, "planning and development act 2000 s179|"
	    "planning and development act 2000 s180"),
	    "refs_statute_should_give_each_section_of_a_list");
	ok(statute_is("Section 85A of the Roads Act", 0, "roads act s85a"),
	    "refs_statute_should_keep_a_section_letter_without_a_year");
	ok(statute_is("ss. 179, 180 & 181 of 2000 Planning and Development "
	    "Act", 0, "planning and development act 2000 s179|"
	    "planning and development act 2000 s180|"
	    "planning and development act 2000 s181"),
	    "refs_statute_should_read_a_year_before_the_title");
	ok(statute_is("Section 36 of the* *Garda S\xc3\xadoch\xc3\xa1na Act "
	    "2005", 0, "garda s\xc3\xadoch\xc3\xa1na act 2005 s36"),
	    "refs_statute_should_read_through_emphasis_and_accents");
	ok(statute_is("Section 25, Fire Services Act, 1981 & 2003", 0,
	    "fire services act 1981 s25"),
	    "refs_statute_should_take_a_comma_for_of");
	{
		const char *s = "Section 183 of the Local Government Act, "
		    "2001, as amended";
		size_t len;
		char *t = statute(s, 0, &len);

		ok(len == strlen("Section 183 of the Local Government Act, "
		    "2001"), "refs_statute_should_read_up_to_the_year");
		free(t);
	}
	ok(statute_is("Section 1. That the Director of Finance", 0, "") &&
	    statute_is("Section 4 of the Act", 0, "") &&
	    statute_is("Section 4 of the report which the Act", 0, "") &&
	    statute_is("section 4 of the act", REFS_ANYCASE, "") &&
	    statute_is("Section of the Roads Act", 0, "") &&
	    statute_is("Sections of the Local Government Act 2001", 0, "") &&
	    statute_is("sectional 4 of the Roads Act", 0, "") &&
	    statute_is("Section 181.101 of the Codified Ordinances", 0, "") &&
	    statute_is("s 183 of the Roads Act", 0, "") &&
	    statute_is("Section 12 of the Covid19 Act", 0, ""),
	    "refs_statute_should_not_take_what_is_not_a_citation");
}

static void
discard(void *arg, const char *term)
{
	(*(size_t *)arg)++;
	(void)term;
}

/* Every cut of a citation, in a buffer without a NUL (ASan sees overreads). */
static void
test_cuts(void)
{
	const char *s = "s.183 (1)(a), 184A and 185 of the 1993 Safety, Health "
	    "& Welfare (Work) Acts, 2000 17/00062";
	size_t n = strlen(s), i, terms = 0, read = 0;
	char *cut;

	for (i = 0; i <= n; i++) {
		cut = xmalloc(i > 0 ? i : 1);
		memcpy(cut, s, i);
		terms = 0;
		read = refs_statute(cut, i, 0, discard, &terms);
		if (i >= 8)
			(void)refs_is_number(cut, i, i - 8, i);
		free(cut);
	}
	ok(read == strlen("s.183 (1)(a), 184A and 185 of the 1993 Safety, "
	    "Health & Welfare (Work) Acts") && terms == 3,
	    "refs_statute_should_read_only_what_it_is_given");
}

/* The terms refs_statute writes are told apart from reference numbers. */
static void
test_statute_terms(void)
{
	const char *yes[] = { "local government act 2001 s183",
	    "roads act s11", "roads act 1993 s85a" };
	const char *no[] = { "17/00062", "1729-02", "minute 45",
	    "local government act 2001", "s183",
	    "the actor s12", "planning act 2001 183" };
	size_t i;
	int good = 1;

	for (i = 0; i < sizeof yes / sizeof yes[0]; i++)
		good &= refs_is_statute_term(yes[i], strlen(yes[i])) == 1;
	ok(good, "refs_is_statute_term_should_know_a_statute_term");
	good = 1;
	for (i = 0; i < sizeof no / sizeof no[0]; i++)
		good &= refs_is_statute_term(no[i], strlen(no[i])) == 0;
	ok(good, "refs_is_statute_term_should_not_take_other_references");
}

int
main(void)
{
	test_numbers();
	test_statutes();
	test_cuts();
	test_statute_terms();
	return tap_done();
}
