/*
 * sections.c: splits the body of an agenda item into questions, answers,
 * resolutions and discussion.
 *
 * Minutes are reported speech in a few stock shapes, whatever the
 * council.  A paragraph (or a sentence inside one) opens a new section
 * when it starts with a person and a reporting verb ("Councillor Hart
 * referred to", "The Head of Service responded"), with a label
 * ("Question submitted by ...", "REPLY:", "Proposed by ..."), with a
 * decision marker ("Resolved:", "The Committee agreed:") or with
 * "In response to a question from ...".  Members' words are questions,
 * officers' words after a question are its answers, decisions are
 * resolutions (one per numbered point), the rest is discussion.
 */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "reader_int.h"
#include "record.h"
#include "text.h"

/* A sentence or labelled line of the body, in clean text offsets. */
struct unit {
	size_t a, b;
	int para;		/* first unit of its paragraph */
	int line;		/* starts a line */
	int qlab;		/* was labelled "Q:", "Q2.": a question */
};

enum label_style {
	LAB_NONE = 0,
	LAB_PAREN,		/* (i) (a) (1) */
	LAB_CLOSE,		/* i) a) 1) */
	LAB_DOT,		/* i. a. 1. */
	LAB_BULLET		/* • - * */
};

enum label_kind { LK_NUM = 1, LK_ALPHA, LK_ROMAN, LK_BULLET };

struct label {
	int style, kind, value;
	size_t len;		/* bytes, with the space after it */
};

/* Sections the walk marks for finish(), by index. */
struct marks {
	int *v;
	size_t n, cap;
};

struct parse {
	struct record *rec;
	const struct tmap *tm;
	const char *t;		/* clean text */
	size_t end;		/* end of the body */
	size_t first;		/* the first section this parse adds: those
				 * before it hold offsets in the source */
	struct unit *u;
	size_t nu, cap;

	int cur;		/* open section, or -1 */
	int labelled;		/* open section spans paragraphs */
	int q_await;		/* a label alone: the question is next */
	int a_await;		/* a reply's label alone: the reply is next */
	int listing;		/* section a lead-in's list goes on, or -1 */
	int listed;		/* the one whose list just ended, or -1 */
	size_t res_header;	/* 2 + the unit of "COUNCIL RESOLUTION" */
	int pending_q;		/* question being answered, or -1 */
	int q_header;		/* a label naming who asks the questions
				 * set in a column under it, or -1 */
	int voted;		/* resolution its vote just closed, or -1 */
	size_t prop_at;		/* where proposal_at found it in its unit */

	int in_res;		/* in a block of resolutions */
	int res_style, res_kind;
	int sub_style, sub_kind;	/* points under a point ("to:"), or 0 */
	int res_await;		/* bare marker: words come next */
	int res_quote;		/* inside a quoted resolution: its closing
				 * mark, '"' or '\'' (0: not) */
	int res_quote_paras;
	const char *res_outcome;	/* forced by the marker, or NULL */

	char *proposer, *seconder;
	size_t prop_a, prop_b;	/* where the proposal was written */
	int have_prop;
	/* each motion's movers, where written, and the result in brackets
	 * ending their line (header_result) */
	struct head {
		size_t at;
		int result;
		char *proposer;
	} *heads;
	size_t nheads, heads_cap;
	/* "Motion (Councillors A and B)": the movers of the points under
	 * the label, until the next block of decisions; owned */
	char *label_proposer, *label_seconder;

	/* A member who "said", "commented" or "felt" something has asked
	 * only if someone answers or the words ask: finish() decides. */
	struct marks said;
	struct marks raised;	/* "Members raised concerns": asked only
				 * if answered */
	struct marks superseded; /* motions an amendment replaced */
	struct marks decided;	/* resolutions a marker just before decided
				 * ("And Resolved:"), marked by finish() */

	struct rd_person asker;	/* "Question submitted by" title's */
	int title_question;
	const struct record *known;	/* officers from attendance lists */
	struct record *holders;	/* holders the item names; owned */
};

/* A result in brackets ending the movers' line (header_result) */
enum { HEAD_NONE = 0, HEAD_LOST, HEAD_CARRIED, HEAD_WITHDRAWN };

static void
mark(struct marks *m, int i)
{
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 8;
		m->v = xreallocarray(m->v, m->cap, sizeof *m->v);
	}
	m->v[m->n++] = i;
}

static int
marked(const struct marks *m, size_t i)
{
	size_t k;

	for (k = 0; k < m->n; k++)
		if (m->v[k] == (int)i)
			return 1;
	return 0;
}

/* ---- Units ---- */

static void
add_unit(struct parse *p, size_t a, size_t b, int para, int line)
{
	while (a < b && rd_isspace((unsigned char)p->t[a]))
		a++;
	while (b > a && rd_isspace((unsigned char)p->t[b - 1]))
		b--;
	if (a == b)
		return;
	if (p->nu == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->u = xreallocarray(p->u, p->cap, sizeof *p->u);
	}
	p->u[p->nu].a = a;
	p->u[p->nu].b = b;
	p->u[p->nu].para = para;
	p->u[p->nu].line = line;
	p->u[p->nu].qlab = 0;
	p->nu++;
}

/* add_unit, marking the unit as a labelled question if *qlab (reset). */
static void
unit_q(struct parse *p, size_t a, size_t b, int para, int line, int *qlab)
{
	size_t nu = p->nu;

	add_unit(p, a, b, para, line);
	if (p->nu > nu) {
		p->u[nu].qlab = *qlab;
		*qlab = 0;
	}
}

/* 1 if t[a..b) ends with a person's title: "... by Cllr.", "by Councillor" */
static int
title_last(const char *t, size_t a, size_t b)
{
	static const char *const titles[] = {
		"Mr", "Mrs", "Ms", "Dr", "Cllr", "Clir", "Cr", "Prof", "Rev",
		"Mdm", "Smt", "Supt", "Insp", "Sgt", "Cmhlr", "Coun", "Cyng",
		"Councillor", "Councillors", "Councilor", "Alderman", "Comh",
	};
	size_t w, e = b;

	if (b - a < 4)
		return 0;
	if (t[e - 1] == '.')
		e--;
	for (w = e; w > a && rd_isalpha((unsigned char)t[w - 1]); w--)
		;
	if (w == e || (w > a && t[w - 1] != ' '))
		return 0;
	return rd_in_list(titles, sizeof titles / sizeof titles[0], t + w,
	    e - w);
}

static int
abbrev_before(const char *t, size_t start, size_t dot)
{
	static const char *const abbr[] = {
		"Mr", "Mrs", "Ms", "Dr", "Cllr", "Cllrs", "No", "Nos", "Co",
		"NO", "NOS",
		"St", "Rd", "vs", "etc", "approx", "Ltd", "Inc", "Ref", "Cmhlr",
		"Prof", "Rev", "Supt", "Insp", "Sgt", "Det", "Ord", "Res",
		"Sec", "Cyng", "Cr", "Crs", "Coun", "Adv", "Prop",
		"para", "pp", "p", "fig", "Jan", "Feb", "Mar", "Apr", "Jun",
		"Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Hon", "Dept",
		"e.g", "i.e", "eg", "ie", "Mt", "Ave", "Govt", "Cttee", "cf",
		"incl", "est", "Fr", "Min", "Mins", "Cnr", "Ald", "RES", "Clr",
		"Clrs", "Comh",
		"Esq", "Gov", "Lt", "Col", "Capt", "Sr", "Jr",
		/* "Cllr" as scanners read it */
		"Clir", "Clirs", "Cilr", "CIlr", "Mdm", "Smt",
		/* laws cited: "s. 100A", "M.G.L. c. 30A", "Wis. Stat. §
		 * 19.85", "Sch. 12A", "O. Reg. 191/11" */
		"ch", "Stat", "Stats", "Wis", "Sch", "Pt",
		"Reg", "Regs", "Art", "Arts", "cl", "Cl", "subd", "Subd",
		"Cal", "Mass", "Fla", "Tex", "Ill", "Mich", "Minn", "Conn",
		"Va", "Wash", "Ore", "Ariz", "Colo", "Vol",
	};
	size_t w = dot, i;

	while (w > start && !rd_isspace((unsigned char)t[w - 1]) &&
	    t[w - 1] != '(')
		w--;
	if (dot - w == 1 && rd_isupper((unsigned char)t[w]))
		return 1;	/* an initial: "Mrs A. Gunn" */
	/* initials: "Cllr. L.M. Sheehy" */
	for (i = w; i + 1 < dot && rd_isupper((unsigned char)t[i]) &&
	    t[i + 1] == '.'; i += 2)
		;
	if (i > w && i + 1 == dot && rd_isupper((unsigned char)t[i]))
		return 1;
	/* an answer's label, "A3. The Director replied ..." */
	if (dot - w >= 2 && dot - w <= 3 && t[w] == 'A' &&
	    rd_isdigit((unsigned char)t[w + 1]) &&
	    rd_isdigit((unsigned char)t[dot - 1]))
		return 1;
	return rd_in_list(abbr, sizeof abbr / sizeof abbr[0], t + w, dot - w);
}

static int roll_call(const char *s, size_t n);

/*
 * 1 if the text before a line break ends a phrase: not on a word in small
 * letters or a comma ("... the original" / "Motion carried."), unless a
 * roll call's "- No", "Yes", "Aye".
 */
static int
phrase_ended(const char *t, size_t n)
{
	static const char *const votes[] = {
		"no", "yes", "aye", "nay", "absent", "abstain", "abstained",
	};
	size_t w = n, i, ls;

	while (n > 0 && t[n - 1] == ' ')
		n--;
	if (n == 0 || (!rd_islower((unsigned char)t[n - 1]) &&
	    t[n - 1] != ','))
		return 1;
	/* a line of the roll call: "Nays: Whitcomb", "Absent: None" */
	for (ls = n; ls > 0 && t[ls - 1] != '\n'; ls--)
		;
	while (ls < n && (t[ls] == ' ' || t[ls] == '\t'))
		ls++;
	if (roll_call(t + ls, n - ls))
		return 1;
	for (w = n; w > 0 && rd_isalpha((unsigned char)t[w - 1]); w--)
		;
	for (i = 0; i < sizeof votes / sizeof votes[0]; i++)
		if (strlen(votes[i]) == n - w && rd_prefix(t + w, n - w,
		    votes[i]) == n - w)
			return 1;
	return 0;
}

/* 1 if the text before a line break ends a sentence: ". ", "?", "!". */
static int
sentence_ended(const char *t, size_t n)
{
	while (n > 0 && t[n - 1] == ' ')
		n--;
	return n > 0 && (t[n - 1] == '.' || t[n - 1] == '?' ||
	    t[n - 1] == '!');
}

static size_t letter_label(const char *s, size_t n);
static size_t topic_lead(const char *s, size_t n);
static int open_ended(const char *s, size_t n);
static size_t titled_at(const char *s, size_t n);

/*
 * Bytes of a label's first language, one word, and the " / " before its
 * second ("Cynigiwyd / Proposed:", "PENDERFYNWYD / RESOLVED:"); 0 if s
 * opens with no such label.
 */
static size_t
second_language(const char *s, size_t n)
{
	size_t k = rd_find(s, n < 24 ? n : 24, " / ");

	return k != (size_t)-1 && k > 0 && memchr(s, ' ', k) == NULL ?
	    k + 3 : 0;
}

/*
 * 1 if the line s[0..n) only names who moved and seconded, perhaps with
 * the vote: "Proposed: Cllr X   Seconded: Cllr Y", "Cynigiwyd / Proposed:
 * ...", "Prop Cllr X, 2nd Cllr Y"; not a motion's words ("Proposed by X,
 * seconded by Y, that the").
 */
static int
movers_alone(const char *s, size_t n)
{
	static const char *const heads[] = {
		"proposed", "proposer", "prop", "moved", "seconded",
	};
	/* the small words such a line has, besides names and labels */
	static const char *const small[] = {
		"by", "and", "seconded", "proposed", "moved", "carried",
		"for", "against", "abstained", "abstentions", "abstention",
		"unanimously", "all", "in", "favour", "nem", "con", "votes",
		"to",
	};
	size_t i, w, e, k = second_language(s, n);

	/* the label in two languages */
	s += k;
	n -= k;
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		if (rd_prefix(s, n, heads[i]))
			break;
	if (i == sizeof heads / sizeof heads[0] || n > 160 ||
	    (rd_find(s, n, "second") == (size_t)-1 &&
	    rd_find(s, n, "2nd") == (size_t)-1) || open_ended(s, n))
		return 0;
	for (w = 0; w < n; w = e + 1) {
		for (e = w; e < n && s[e] != ' '; e++)
			;
		if (e == w || !rd_islower((unsigned char)s[w]))
			continue;
		for (i = 0; i < sizeof small / sizeof small[0]; i++)
			if (rd_prefix(s + w, e - w, small[i]) ==
			    strlen(small[i]) && (strlen(small[i]) == e - w ||
			    !rd_isalpha((unsigned char)s[w + strlen(small[i])])))
				break;
		if (i == sizeof small / sizeof small[0])
			return 0;
	}
	return 1;
}

/* 1 if the line opening s[0..n) is a short sentence that decides:
 * "Minutes adopted.", "Carried unanimously." */
static int
short_decision(const char *s, size_t n)
{
	const char *nl = memchr(s, '\n', n);
	size_t e = nl != NULL ? (size_t)(nl - s) : n;
	char *line;
	int yes;

	if (e == 0 || e > 60 || s[e - 1] != '.' || (line = rd_squeeze(s,
	    e)) == NULL)
		return 0;
	yes = strcmp(rd_outcome(line, 0), "unknown") != 0;
	free(line);
	return yes;
}

static int terminal(int c);
static int titled_speaks(const char *s, size_t n);
static int question_label(const char *s, size_t n, struct rd_person *who,
    size_t *len);
static int label_alone(const char *s, size_t n);

/*
 * 1 if the line opening s is "Cr Bedford/Cr Haque      Carried": two
 * movers about a slash, a wide gap, a result.
 */
static int
slash_vote_line(const char *s, size_t n)
{
	static const char *const results[] = {
		"carried", "lost", "defeated", "carried unanimously",
	};
	size_t e, g, slash, i;

	for (e = 0; e < n && s[e] != '\n'; e++)
		;
	for (slash = 0; slash < e && slash < 40 && s[slash] != '/'; slash++)
		;
	if (slash >= e || slash >= 40 || slash < 3)
		return 0;
	g = rd_find(s + slash, e - slash, "   ");
	if (g == (size_t)-1)
		return 0;
	g = rd_skip_spaces(s, e, slash + g);
	for (i = 0; i < sizeof results / sizeof results[0]; i++)
		if (rd_prefix(s + g, e - g, results[i]) == e - g)
			return 1;
	return 0;
}

/*
 * 1 if the line opening s[0..n) is a name's last word or two and a colon,
 * alone: "Moved by Councillor X and seconded by Councillor Wilson" /
 * "Nkurunziza:", the seconder's name wrapped by the page.
 */
static int
name_tail_alone(const char *s, size_t n)
{
	size_t i = 0, words = 0;

	while (i < n && words < 2) {
		size_t w = i;

		if (rd_upper_at(s + i, n - i) == 0)
			return 0;
		while (i < n && s[i] != ' ' && s[i] != ':' && s[i] != '\n')
			i++;
		if (i - w < 2 || rd_all_caps(s + w, i - w))
			return 0;
		words++;
		if (i < n && s[i] == ':')
			break;
		if (i < n && s[i] == ' ')
			i++;
	}
	if (i >= n || s[i] != ':')
		return 0;
	for (i++; i < n && s[i] == ' '; i++)
		;
	return i == n || s[i] == '\n';
}

/* Labels and words that start a unit of their own at a line start, after
 * the text before[0..nb). */
static int
forced_break(const char *s, size_t n, const char *before, size_t nb)
{
	static const char *const starts[] = {
		"Proposed", "Seconded", "Moved by", "And Resolved",
		"AND RESOLVED", "Resolved", "RESOLVED", "REPLY", "Reply:",
		"Response:", "RESPONSE", "Answer:", "ANSWER", "Question ",
		"QUESTION", "Agreed", "AGREED", "Decision", "DECISION",
		/* Australian motion blocks, a line each */
		"MOVED", "Moved ", "Moved:", "SECONDED", "THAT ", "That ",
		"CARRIED", "LOST", "COUNCIL RESOLUTION", "Council Resolution",
		"RESOLUTION ",
		"COMMITTEE RESOLUTION", "Committee Resolution", "ACTION",
		"Action:", "Be it resolved", "BE IT RESOLVED",
		/* under a sub-heading on the line before: "(c) Internal
		 * auditor" / "It was RESOLVED to appoint ..." */
		"It was RESOLVED", "It was resolved", "It was AGREED",
		"It was agreed", "IT WAS RESOLVED", "IT WAS AGREED",
		/* recorded votes, a line each */
		"Yeas", "Nays", "Ayes", "Noes", "Carried", "Defeated",
		"YEAS", "NAYS", "AYES", "NOES", "Aye:", "Nay:", "Abstain:",
		"Absent:", "Recused:", "Excused:", "For:", "Against:",
		"FOR:", "AGAINST:",
		/* Legistar's motions, after a roll call; California's
		 * "M/S Lee/Ortiz. Vote 5-0." */
		"A motion was made by", "M/S ", "Vote ", "VOTE",
		/* labels over a question or its answer */
		"Supplementary question", "Supplementary Question",
		"SUPPLEMENTARY QUESTION", "Response (", "Answer (",
		"Response\n", "Reply\n", "Answer\n", "Response from ",
		"Q1 ", "Q2 ", "Q3 ", "Q4 ",
		"Q5 ", "Q6 ", "Q7 ", "Q8 ", "Q9 ", "Q: ", "A: ",
	};
	/* after a line that ends no phrase ("... the original" / "Motion
	 * carried."), these go on with it */
	static const char *const votes[] = {
		/* American motions: "Motion failed 2-3.", "Roll call vote:" */
		"Motion carried", "Motion failed", "Motion passed",
		"Motion lost", "Motion defeated", "Motion died", "Motion by ",
		"MOTION CARRIED", "MOTION FAILED", "MOTION PASSED",
		"MOTION LOST", "Roll call", "Roll Call", "ROLL CALL",
		/* "... Kilmacolm Road, Greenock." / "On a vote, 4 Members
		 * voted for the amendment and 9 for the motion, ...": the
		 * vote is no more of the amendment's words */
		"On a vote,", "On a division,", "On a show of hands,",
		"On a roll call", "On being put to the vote",
		"Upon being put to the vote", "On the roll being called",
	};
	struct rd_person who;
	size_t i, k;
	int mover;
	const char *last;

	for (i = 0; i < sizeof starts / sizeof starts[0]; i++) {
		k = strlen(starts[i]);
		if (k <= n && memcmp(s, starts[i], k) == 0)
			return 1;
	}
	/* "Cr Bedford/Cr Haque          Carried" under the decision's
	 * words (New Zealand): a line of its own */
	if (slash_vote_line(s, n))
		return 1;
	/* "Lost" alone on its line under a division's names, one a line
	 * (not "Lost property ...") */
	for (k = 0; k < n && s[k] != '\n'; k++)
		;
	if (n >= 4 && memcmp(s, "Lost", 4) == 0 && (k == 4 || (k == 5 &&
	    s[4] == '.')))
		return 1;
	/* a table's row ends its line: "For (2) | Councillors X and Y" /
	 * "The proposal was therefore lost." */
	for (last = before + nb; last > before && last[-1] != '\n'; last--)
		;
	if (rd_find(last, (size_t)(before + nb - last), " | ") != (size_t)-1)
		return 1;
	/* "Proposed: Cllr X   Seconded: Cllr Y   Carried 4-2" on a line of
	 * its own: what follows is not the movers' words */
	if (!rd_islower((unsigned char)s[0]) && !rd_prefix(s, n, "and ") &&
	    movers_alone(last, (size_t)(before + nb - last)) &&
	    !short_decision(s, n) && !name_tail_alone(s, n))
		return 1;
	/* "(Cr Hollis/Cr Whitfield)" over a motion (New South Wales) */
	if (n > 6 && s[0] == '(' && rd_isupper((unsigned char)s[1])) {
		for (k = 1; k < n && k < 60 && s[k] != '\n' && s[k] != ')';
		    k++)
			;
		if (k < n && s[k] == ')' && (k + 1 == n || s[k + 1] == '\n' ||
		    s[k + 1] == ' ') && memchr(s, '/', k) != NULL)
			return 1;
	}
	/* "Cr Aperahama / Cr Dobbie" alone on its line (New Zealand) */
	for (k = 0; k < n && k < 80 && s[k] != '\n'; k++)
		;
	if (k < 80 && (i = rd_find(s, k, " / ")) != (size_t)-1 &&
	    titled_at(s, i) != 0 && titled_at(s + i + 3, k - i - 3) != 0 &&
	    memchr(s, '.', k) == NULL)
		return 1;
	/* "Q (Councillor Jones): ...", "A (Director): ..." */
	if (n > 6 && (s[0] == 'Q' || s[0] == 'A') && s[1] == ' ' &&
	    s[2] == '(' && rd_isupper((unsigned char)s[3]) &&
	    rd_find(s, n < 80 ? n : 80, "): ") != (size_t)-1)
		return 1;
	if (phrase_ended(before, nb))
		for (i = 0; i < sizeof votes / sizeof votes[0]; i++) {
			k = strlen(votes[i]);
			if (k <= n && memcmp(s, votes[i], k) == 0)
				return 1;
		}
	/* "a) The reconciliation was noted." / "b) RESOLVED to ...": a
	 * lettered point on its line after a sentence's end */
	if (sentence_ended(before, nb) && (letter_label(s, n) != 0 ||
	    topic_lead(s, n) != 0))
		return 1;
	/* "Application 5 - Haddon Vale Larder" / "It was moved by X,
	 * ...": a heading's line over its sentence (not a sentence's last
	 * words, "... the site. The Development" / "Manager (Mrs Fleet)
	 * advised"; a question's label, "Question 1 - Mrs Ingleby", goes on
	 * with its words) */
	if (nb > 0 && (size_t)(before + nb - last) < 70 && rd_find(last,
	    (size_t)(before + nb - last), ". ") == (size_t)-1 &&
	    rd_isupper((unsigned char)last[0]) && !terminal((unsigned char)
	    before[nb - 1]) && !rd_prefix(last, (size_t)(before + nb - last),
	    "question") && (rd_prefix(s, n, "it was moved ") ||
	    rd_prefix(s, n, "it was proposed ") || titled_speaks(s, n)))
		return 1;
	/* "Vice Mayor Ferreira moved to approve ..." under a list */
	if (!rd_person_at(s, n, &who))
		return 0;
	/* "Chief Haines: Four officers on most nights." */
	if (who.named && (who.title != NULL || who.role != NULL) &&
	    who.len + 2 < n &&
	    s[who.len] == ':' && s[who.len + 1] == ' ') {
		rd_person_clear(&who);
		return 1;
	}
	mover = who.named && who.title != NULL && (rd_prefix(s + who.len,
	    n - who.len, " moved ") || rd_prefix(s + who.len, n - who.len,
	    " made a motion"));
	/* "Mayor Ortega-Blythe announced ..." on the line after another's
	 * sentence, with no blank line between: a new speaker */
	if (!mover && who.named && (who.title != NULL || who.role != NULL) &&
	    sentence_ended(before, nb)) {
		int verb;

		mover = rd_verb_at(s + who.len, n - who.len, &verb) > 0 &&
		    verb != VERB_PROCEDURAL;
	}
	rd_person_clear(&who);
	return mover;
}

static int label_at(const char *s, size_t n, int style_hint, int kind_hint,
    struct label *lab);

enum { MARK_NONE = 0, MARK_RESOLVED, MARK_RECOMMEND };

static int marker_at(const char *s, size_t n, size_t *len);

/* 1 if s[0..n) signs the minutes, no decision: "Approved this 17th day
 * of October, 2024.", "APPROVED BY:". */
static int
minutes_signed(const char *s, size_t n)
{
	return (rd_prefix(s, n, "approved this ") && rd_find(s, n < 60 ? n :
	    60, " day of ") != (size_t)-1) || rd_prefix(s, n,
	    "approved by:");
}

/*
 * The length of a numbered paragraph's label, "(5) RESOLVED that:",
 * "(1) Mr Marwood moved, ...", "(3) Following a debate, ...", as county
 * councils number a minute's paragraphs; 0 before a decision's point
 * ("(1) That the budget be approved"), which keeps its label.
 */
static size_t list_label(const char *s, size_t n);

/*
 * Bytes of a lettered label before a decision: "b) RESOLVED to approve
 * ..."; else 0 (a point of a list keeps its label).
 */
static size_t
letter_label(const char *s, size_t n)
{
	size_t k = list_label(s, n), m;

	if (k == 0 || rd_isdigit((unsigned char)s[s[0] == '(']))
		return 0;
	/* "(b) Councillor X moved and Councillor Y seconded the following
	 * motion:": a motion's mover under its letter */
	m = n - k < 120 ? n - k : 120;
	if (titled_at(s + k, n - k) != 0 && (rd_find(s + k, m, " moved ") !=
	    (size_t)-1 || rd_find(s + k, m, " proposed ") != (size_t)-1))
		return k;
	return marker_at(s + k, n - k, &m) != MARK_NONE ? k : 0;
}

static size_t
paren_number(const char *s, size_t n)
{
	static const char *const leads[] = {
		"Following ", "After ", "On being put", "Upon being put",
		"The substantive motion", "The amendment", "The motion",
		"The original motion", "The recommendation",
		/* "(4)  In response to questions from Councillor Wynne,
		 * the Director ... confirmed" */
		"In response", "In reply", "In answer", "Responding",
		"Members ", "A Member ", "The Leader", "The Cabinet Member",
	};
	size_t i = 1, k;

	if (n < 5 || s[0] != '(')
		return 0;
	while (i < n && i < 4 && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i == 1 || i + 2 >= n || s[i] != ')' || s[i + 1] != ' ')
		return 0;
	i += 2;
	while (i < n && s[i] == ' ')
		i++;
	if (marker_at(s + i, n - i, &k) != MARK_NONE ||
	    titled_at(s + i, n - i) != 0)
		return i;
	for (k = 0; k < sizeof leads / sizeof leads[0]; k++)
		if (strncmp(s + i, leads[k], strlen(leads[k])) == 0)
			return i;
	return 0;
}

/*
 * Bytes of an item reference opening a paragraph, "Item 7.2: " or "Item
 * 5(d): ", before someone named with a title asking ("Item 7.2:
 * Councilmember Ortiz asked ..."); else 0.
 */
static size_t
item_ref(const char *s, size_t n)
{
	size_t i = rd_prefix(s, n, "item "), a = i, t;
	int verb = VERB_NONE;

	if (i == 0)
		return 0;
	while (i < n && i - a < 10 && (rd_isdigit((unsigned char)s[i]) ||
	    s[i] == '.' || s[i] == '(' || s[i] == ')' ||
	    rd_islower((unsigned char)s[i]) || rd_isupper((unsigned char)
	    s[i])) && s[i] != ':')
		i++;
	if (i == a || !rd_isdigit((unsigned char)s[a]) || i + 2 >= n ||
	    s[i] != ':' || s[i + 1] != ' ' || (t = titled_at(s + i + 2,
	    n - i - 2)) == 0)
		return 0;
	/* only before a question: the reference stays in other words
	 * ("Item 6: Cllr Holroyd declared an interest") */
	(void)rd_verb_at(s + i + 2 + t, n - i - 2 - t, &verb);
	return verb == VERB_ASK ? i + 2 : 0;
}

/*
 * The length of a paragraph's number before its words ("30.2 The
 * Committee ...", "5.4.1 RESOLVED"), or 0: the words are read without it.
 */
static size_t
para_number(const char *s, size_t n)
{
	size_t i = 0, d, parts = 0;
	int slash = 0, dot = 0;

	for (;;) {
		for (d = 0; i < n && rd_isdigit((unsigned char)s[i]) && d < 4;
		    d++)
			i++;
		if (d == 0 || d > 3)
			return 0;
		parts++;
		/* "12.3", and a minute's point "23/045.1" (not a date:
		 * a dot must come last) */
		if (i + 1 < n && (s[i] == '.' || (s[i] == '/' && !dot)) &&
		    rd_isdigit((unsigned char)s[i + 1])) {
			slash |= s[i] == '/';
			dot |= s[i] == '.';
			i++;
			continue;
		}
		break;
	}
	if (slash && !dot)
		return 0;
	if (i < n && s[i] == '.')
		i++;
	if (parts < 2 || i >= n || s[i] != ' ')
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	return i < n && (rd_isupper((unsigned char)s[i]) || s[i] == '"') ?
	    i : 0;
}

/*
 * The length of a question's label before its words ("Q: Councillor X
 * asked ...", "Q1.", "(Q3)"), or 0: the words say who asks.
 */
static size_t labelled_speaker(const char *s, size_t n, char letter,
    struct rd_person *who);

static size_t line_length(const char *s, size_t n);
static int numbered_speaker(const char *s, size_t n);
static int motion_words_open(const char *s, size_t n);
static int signed_close(const char *s, size_t n);

/*
 * 1 if s opens with a member's name alone on its line, the words below:
 * "Cllr Patel" / "Will the Leader ...?" after "Q1.", read as the
 * asker's label.
 */
static int
asker_alone(const char *s, size_t n)
{
	size_t k = titled_at(s, n);

	if (k == 0)
		return 0;
	/* "Mr. Gerry Tansey, PPN": whom they speak for */
	if (k < n && s[k] == ',') {
		size_t e = k + line_length(s + k, n - k), w = e;

		while (w > k && (s[w - 1] == ' ' || s[w - 1] == ':'))
			w--;
		/* (not "Mr X, Towneley Road: Why has ...", the words on
		 * the line) */
		if (w - k > 60 || memchr(s + k, '?', w - k) != NULL ||
		    memchr(s + k, '.', w - k) != NULL ||
		    memchr(s + k, ':', w - k) != NULL)
			return 0;
		k = e;
	}
	while (k < n && (s[k] == ' ' || s[k] == ':'))
		k++;
	return k < n && s[k] == '\n';
}

/* 1 if s opens with a gap between columns: a tab or two spaces. */
static int
gap_at(const char *s, size_t n)
{
	return n > 0 && (s[0] == '\t' || (n > 1 && s[0] == ' ' &&
	    (s[1] == ' ' || s[1] == '\t')));
}

/*
 * The length of a label set in a column before its words, "Question
 * (1)   How many ...?", "Supplementary Answer<TAB>Yes, ...", when it is one
 * of a question's (ask) or an answer's labels; or 0.
 */
static size_t
column_label(const char *s, size_t n, int ask)
{
	/* ("Comment": the member's remark after an answer) */
	static const char *const asks[] = {
		"supplementary question", "question", "comment",
	};
	static const char *const answers[] = {
		"supplementary answer", "supplementary response",
		"supplementary reply", "answer", "response", "reply",
	};
	const char *const *words = ask ? asks : answers;
	size_t count = ask ? sizeof asks / sizeof asks[0] :
	    sizeof answers / sizeof answers[0], i, k = 0, g, w;
	int two;

	if (n == 0 || !rd_isupper((unsigned char)s[0]))
		return 0;
	for (i = 0; i < count && k == 0; i++)
		k = rd_prefix(s, n, words[i]);
	/* "Supplementary    Thank you ..." over "Question    Can the
	 * ...": the label's two words a line each */
	if (k == 0 && (k = rd_prefix(s, n, "supplementary")) != 0) {
		size_t e = k + line_length(s + k, n - k) + 1;

		/* (the words below may go on in small letters, or the
		 * label's word stand alone on its line) */
		if (e >= n || !gap_at(s + k, n - k) ||
		    (w = rd_prefix(s + e, n - e, ask ? "question" :
		    "answer")) == 0 || !(gap_at(s + e + w, n - e - w) ||
		    e + w == n || s[e + w] == '\n'))
			return 0;
	}
	if (k == 0)
		return 0;
	for (g = k; g < n && (s[g] == ' ' || s[g] == '\t'); g++)
		;
	/* "Supplementary Question<TAB>Thank you ...": a tab is a space by
	 * now; a label of two words needs no wider gap */
	two = memchr(s, ' ', k) != NULL && g == k + 1;
	/* "Supplementary question 1: Councillor Eddy asked ...": its
	 * number and a colon */
	if (g == k + 1 && g + 2 < n && rd_isdigit((unsigned char)s[g])) {
		for (i = g; i < n && i - g < 3 && rd_isdigit((unsigned char)
		    s[i]); i++)
			;
		if (i + 1 < n && s[i] == ':' && s[i + 1] == ' ')
			return rd_skip_spaces(s, n, i + 1);
	}
	/* "(1)", "(2)": the number of a member's question, its answer's */
	if (g > k && g + 2 < n && s[g] == '(' && rd_isdigit((unsigned char)
	    s[g + 1])) {
		for (i = g + 1; i < n && i - g < 4 && rd_isdigit((unsigned char)
		    s[i]); i++)
			;
		if (i >= n || s[i] != ')')
			return 0;
		k = i + 1;
		for (g = k; g < n && (s[g] == ' ' || s[g] == '\t'); g++)
			;
		if (g == k)
			return 0;
	} else if (!gap_at(s + k, n - k) && !two)
		return 0;
	/* (not "Question (1)   By Councillor X answered by ...", who
	 * asks the questions below) */
	if (ask && rd_prefix(s + g, n - g, "by ") && titled_at(s + g + 3,
	    n - g - 3) != 0)
		return 0;
	return g < n && (rd_isupper((unsigned char)s[g]) || rd_isdigit(
	    (unsigned char)s[g]) || s[g] == '"' || (unsigned char)s[g] >=
	    0x80) ? g : 0;
}

static size_t
q_label(const char *s, size_t n)
{
	struct rd_person who;
	size_t i = 0, open = 0, k;

	/* "Question (1)   How many ...?", "Question<TAB>What ..." */
	if ((i = column_label(s, n, 1)) != 0)
		return i;

	/* "Q - Cllr Yeo: Can a ...?", "Q. Councillor Cragg - Would ...":
	 * the asker after the label, then the words */
	if (labelled_speaker(s, n, 'Q', &who) != 0) {
		rd_person_clear(&who);
		return s[1] == '.' ? 3 : 4;
	}
	if (n > 0 && s[0] == '(')
		open = i = 1;
	/* "OQ2." (oral), "SQ1." (supplementary), "PQ3." (public) */
	if (i + 1 < n && (s[i] == 'O' || s[i] == 'S' || s[i] == 'P') &&
	    s[i + 1] == 'Q')
		i++;
	if (i >= n || s[i] != 'Q')
		return 0;
	i++;
	/* "Q.2 Cllr. Farrelly: When ...?", "Q. 2  Cllr. X: ...": a dot
	 * after the letter, then the number */
	if (!open && i + 2 < n && s[i] == '.' && (rd_isdigit((unsigned char)
	    s[i + 1]) || (s[i + 1] == ' ' && rd_isdigit((unsigned char)
	    s[i + 2])))) {
		i += s[i + 1] == ' ' ? 2 : 1;
		while (i < n && rd_isdigit((unsigned char)s[i]))
			i++;
		if (i < n && (s[i] == '.' || s[i] == ':'))
			i++;
		if (i >= n || s[i] != ' ')
			return 0;
		while (i < n && s[i] == ' ')
			i++;
		/* (not "Q.7 Councillor X To ask the Chief Executive ...",
		 * the asker's label, read as "Q7") */
		k = titled_at(s + i, n - i);
		return i < n && rd_isupper((unsigned char)s[i]) &&
		    (k == 0 || (i + k < n && s[i + k] == ':')) ? i : 0;
	}
	while (i < n && rd_isdigit((unsigned char)s[i]))
		i++;
	/* "Q1  Little Sowerby Parish Council: ...": a wide gap only;
	 * "Q  Councillor Pryce asked ...", no number, before a member */
	if (!open && i + 2 < n && ((s[i] == ' ' && s[i + 1] == ' ') ||
	    s[i] == '\t')) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		return i < n && rd_isupper((unsigned char)s[i]) &&
		    (rd_isdigit((unsigned char)s[1]) || titled_at(s + i,
		    n - i) != 0) && !asker_alone(s + i, n - i) ? i : 0;
	}
	/* "Q1 (Mr Harold Pennock, Halifax): What is ...": the asker in
	 * brackets */
	if (!open && i + 2 < n && s[i] == ' ' && s[i + 1] == '(' &&
	    rd_isupper((unsigned char)s[i + 2]))
		return i + 1;
	if (open ? i >= n || s[i] != ')' : i >= n || (s[i] != ':' &&
	    s[i] != '.' && s[i] != ')'))
		return 0;
	i++;
	if (i >= n || s[i] != ' ')
		return 0;
	while (i < n && s[i] == ' ')
		i++;
	return i < n && rd_isupper((unsigned char)s[i]) &&
	    !asker_alone(s + i, n - i) ? i : 0;
}

/*
 * 1 if the line ending at t[nl] opens with "Supplementary" in a label
 * column and the next line goes on with the label's second word (b:
 * the paragraph's end).
 */
static int
split_column_label(const char *t, size_t nl, size_t b)
{
	size_t ls = nl;

	/* (from the line's start: the label may be behind the unit's) */
	while (ls > 0 && t[ls - 1] != '\n')
		ls--;
	if (!rd_prefix(t + ls, nl - ls, "supplementary") || !gap_at(t + ls +
	    13, nl - ls - 13))
		return 0;
	return column_label(t + ls, b - ls, 1) != 0 || column_label(t + ls,
	    b - ls, 0) != 0;
}

/* Splits paragraph [a, b) into sentences and labelled lines. */
/*
 * 1 if s is " the Director replied that ...", or " in reply, the Chief
 * Executive stated ...": a reply after a ';'; after a question asked
 * before the ';', " Mr Crombie stated that ..." too.
 */
static int
reply_after(const char *s, size_t n, int asked)
{
	struct rd_person who;
	int verb = VERB_NONE;
	size_t k;

	if (n < 2 || s[0] != ' ')
		return 0;
	if ((k = rd_prefix(s + 1, n - 1, "in reply, ")) == 0)
		k = rd_prefix(s + 1, n - 1, "in response, ");
	if (!rd_person_at(s + 1 + k, n - 1 - k, &who))
		return 0;
	(void)rd_verb_at(s + 1 + k + who.len, n - 1 - k - who.len, &verb);
	rd_person_clear(&who);
	return verb == VERB_ANSWER || ((k > 0 || asked) && verb == VERB_SAY);
}

static int sub_heading(const char *s, size_t n);

/*
 * 1 if the line s, under a line before[0..nb) that ends no sentence,
 * opens with a body deciding: "24/0112/FUL - Land at Mill Lane" / "The
 * Council SUPPORTED the application."
 */
static int
body_decides(const char *s, size_t n, const char *before, size_t nb)
{
	size_t k, words = 1;
	int caps = 0;

	while (nb > 0 && before[nb - 1] == ' ')
		nb--;
	if (nb == 0 || terminal(before[nb - 1]) || !rd_prefix(s, n, "the "))
		return 0;
	/* (not under a heading's one word, "Decision"; the body's verb in
	 * capitals, as such a line puts it) */
	for (k = 0; k < nb && words < 3; k++)
		words += before[k] == ' ';
	for (k = 4; k + 3 < n && k < 60 && s[k] != '\n' && !caps; k++)
		caps = s[k - 1] == ' ' && rd_isupper((unsigned char)s[k]) &&
		    rd_isupper((unsigned char)s[k + 1]) &&
		    rd_isupper((unsigned char)s[k + 2]);
	return words >= 3 && caps && marker_at(s, n, &k) != MARK_NONE;
}

/*
 * Bytes before the next point of a list run on after a ';': " (2) That
 * ...", " and (3) That ..." (up to the point's number); 0 if s opens no
 * such point.
 */
static size_t
inline_point(const char *s, size_t n)
{
	size_t k = 0, m;

	/* (on the same line: a point on a line of its own is a line's) */
	while (k < n && s[k] == ' ')
		k++;
	if (k + 4 < n && memcmp(s + k, "and ", 4) == 0)
		k += 4;
	if (k >= n || s[k] != '(')
		return 0;
	/* "(2)", "(b)", "(iii)" */
	for (m = k + 1; m < n && m - k < 5 && (rd_isdigit((unsigned char)
	    s[m]) || rd_islower((unsigned char)s[m])); m++)
		;
	if (m == k + 1 || m + 1 >= n || s[m] != ')' || s[m + 1] != ' ')
		return 0;
	m = rd_skip_spaces(s, n, m + 1);
	return rd_prefix(s + m, n - m, "that ") ? k : 0;
}

/*
 * The length of a paragraph's one-part number before someone speaking,
 * "2.<TAB>A Member asked ...", "3. The Chairman asked ...", or before a
 * decision's marker, "5.   RESOLVED that Cabinet:", or 0: the words are
 * theirs, the number no sentence of its own.
 */
static size_t
number_speaks(const char *s, size_t n)
{
	struct rd_person who;
	size_t i = 0, k, e, mark;
	int verb, yes = 0;

	while (i < n && i < 2 && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i == 0 || i + 2 >= n || s[i] != '.' || (s[i + 1] != ' ' &&
	    s[i + 1] != '\t'))
		return 0;
	for (k = i + 1; k < n && (s[k] == ' ' || s[k] == '\t'); k++)
		;
	if (k >= n || !rd_isupper((unsigned char)s[k]))
		return 0;
	if (rd_person_at(s + k, n - k, &who)) {
		yes = rd_verb_at(s + k + who.len, n - k - who.len, &verb) >
		    0 && verb != VERB_NONE;
		rd_person_clear(&who);
	}
	/* (in capitals: "2. Agreed to ..." may be a point of a list) */
	for (e = k; e < n && rd_isalpha((unsigned char)s[e]); e++)
		;
	if (!yes && e - k >= 4 && rd_all_caps(s + k, e - k))
		yes = marker_at(s + k, n - k, &mark) != MARK_NONE;
	return yes ? k : 0;
}

/*
 * Where "on the motion of" starts after "RESOLVED" (or "RESOLVED
 * UNANIMOUSLY") opening s[0..n); else 0.
 */
static size_t
resolved_on_at(const char *s, size_t n)
{
	size_t k = rd_prefix(s, n, "resolved ");

	if (k == 0 || s[0] != 'R')
		return 0;
	k += rd_prefix(s + k, n - k, "unanimously ");
	return rd_prefix(s + k, n - k, "on the motion of ") ||
	    rd_prefix(s + k, n - k, "on the proposal of ") ? k : 0;
}

/* Where " that" (or "that" opening the next line) is in s, or -1. */
static size_t
that_after(const char *s, size_t n)
{
	size_t a = rd_find(s, n, " that"), b = rd_find(s, n, "\nthat");

	return a < b ? a : b;
}

/*
 * The length of a dash before a motion's "that ..." in small letters
 * under its movers' lines: "Proposed by X" / "Seconded by Y" / "-
 * that the minutes ... are confirmed" (Northern Ireland); else 0.
 */
static size_t
dash_that(const char *s, size_t n)
{
	size_t k;

	if (n < 8 || (s[0] != '-' && !rd_prefix(s, n, "\xe2\x80\x93")))
		return 0;
	k = s[0] == '-' ? 1 : 3;
	if (k >= n || (s[k] != ' ' && s[k] != '\t'))
		return 0;
	k = rd_skip_spaces(s, n, k);
	return k < n && s[k] == 't' && rd_prefix(s + k, n - k, "that ") ? k :
	    0;
}

/*
 * The length of a minute's number at the margin and a label before
 * "RESOLVED" in capitals: "33       COUNCIL'S RESOLUTION – RESOLVED on
 * the motion of ...", as New South Wales sets its minutes; or 0.
 */
static size_t
margin_resolution(const char *s, size_t n)
{
	static const char *const labels[] = {
		"council's resolution", "council\xe2\x80\x99s resolution",
		"council resolution", "committee's resolution",
		"committee\xe2\x80\x99s resolution", "committee resolution",
	};
	size_t i = 0, k, j;

	while (i < n && i < 6 && rd_isdigit((unsigned char)s[i]))
		i++;
	if (i > 0) {
		if (i < 2 || i + 3 >= n || (s[i] != '\t' && (s[i] != ' ' ||
		    s[i + 1] != ' ')))
			return 0;
		i = rd_skip_spaces(s, n, i);
	}
	for (j = 0; j < sizeof labels / sizeof labels[0]; j++)
		if ((k = rd_prefix(s + i, n - i, labels[j])) != 0 &&
		    rd_isupper((unsigned char)s[i])) {
			i = rd_skip_spaces(s, n, i + k);
			if (i < n && s[i] == '-')
				i++;
			else if (i + 2 < n && memcmp(s + i, "\xe2\x80\x93", 3) ==
			    0)
				i += 3;
			else
				return 0;
			i = rd_skip_spaces(s, n, i);
			break;
		}
	return i > 0 && i + 8 <= n && memcmp(s + i, "RESOLVED", 8) == 0 ? i :
	    0;
}

/* The verbs that ask, "asked" first: the others ask whatever their
 * object ("queried the level of sickness absence"). */
static const char *const asking_verbs[] = {
	" asked ", " queried ", " enquired ", " inquired ",
};
#define NASKING_VERBS (sizeof asking_verbs / sizeof asking_verbs[0])

/* 1 if s[0..n) has a verb that asks: "asked", "enquired about",
 * "queried". */
static int
asked_in(const char *s, size_t n)
{
	return rd_find_any(s, n, asking_verbs, NASKING_VERBS);
}

static int vote_result(const char *s, size_t n, const char **outcome);

/*
 * 1 if the last line of s[0..n) is a result alone, "Lost", "Carried",
 * "MOTION DEFEATED": a sentence on the next line ("Secretarial note:
 * ...") is no more of it (but "(Councillor X opposed)", "AND BY THE
 * REQUIRED MAJORITY" are).
 */
static int
result_line(const char *s, size_t n)
{
	const char *outcome;
	size_t a;

	while (n > 0 && s[n - 1] == ' ')
		n--;
	for (a = n; a > 0 && s[a - 1] != '\n'; a--)
		;
	while (a < n && s[a] == ' ')
		a++;
	return n - a >= 4 && n - a < 30 && rd_isupper((unsigned char)s[a]) &&
	    vote_result(s + a, n - a, &outcome) && ((outcome != NULL &&
	    strcmp(outcome, "lost") == 0) || rd_prefix(s + a, n - a,
	    "carried"));
}

static void
split_paragraph(struct parse *p, size_t a, size_t b)
{
	const char *t = p->t;
	size_t i, start, nu0 = p->nu, k, k2, k3;
	int line = 1, qlab, decides;
	struct label lab;

	a += para_number(t + a, b - a);
	a += number_speaks(t + a, b - a);
	a += margin_resolution(t + a, b - a);
	/* "(Proposed by X; seconded by Y. Carried unanimously.)": who
	 * moved the decision above, in brackets */
	for (k = b; k > a && (t[k - 1] == ' ' || t[k - 1] == '\n'); k--)
		;
	if (k - a > 12 && t[a] == '(' && t[k - 1] == ')' &&
	    memchr(t + a + 1, '(', k - a - 1) == NULL &&
	    (rd_prefix(t + a + 1, k - a - 1, "proposed") ||
	    rd_prefix(t + a + 1, k - a - 1, "moved") ||
	    rd_prefix(t + a + 1, k - a - 1, "seconded"))) {
		a++;
		b = k - 1;
	}
	a += paren_number(t + a, b - a);
	a += letter_label(t + a, b - a);
	a += item_ref(t + a, b - a);
	k = q_label(t + a, b - a);
	qlab = k > 0;
	a += k;
	start = a;
	decides = marker_at(t + a, b - a, &k) != MARK_NONE;

	for (i = a; i < b; i++) {
		if (t[i] == '\n' && i + 1 < b) {
			size_t j = i + 1;

			while (j < b && (t[j] == ' ' || t[j] == '\t'))
				j++;
			/* "Supplementary    Thank you ..." / "Question    Can
			 * ...": one label, its words go on */
			if (split_column_label(t, i, b))
				continue;
			/* "Supplementary question" / "Councillor X asked
			 * ...": the heading is a line of its own */
			if (forced_break(t + j, b - j, t + a, i - a) ||
			    (result_line(t + start, i - start) && j + 1 < b &&
			    rd_isupper((unsigned char)t[j]) &&
			    rd_islower((unsigned char)t[j + 1])) ||
			    numbered_speaker(t + j, b - j) ||
			    /* "(Mr. T. Keating," / "Director of Services)" /
			     * "Cllr. T. Mulcahy spoke ..." */
			    (i > a && t[i - 1] == ')' && (titled_speaks(t + j,
			    b - j) || (rd_isupper((unsigned char)t[j]) &&
			    signed_close(t + start, i - start)))) ||
			    ((start == a || t[start - 1] == '\n') &&
			    motion_words_open(t + j, b - j) &&
			    rd_member_alone(t + start, i - start)) ||
			    label_at(t + j, b - j, 0, 0, &lab) ||
			    body_decides(t + j, b - j, t + start, i - start) ||
			    q_label(t + j, b - j) > 0 || sub_heading(t +
			    start, i - start)) {
				unit_q(p, start, i, p->nu == nu0, line, &qlab);
				k = q_label(t + j, b - j);
				qlab = k > 0;
				start = j + k;
				if (numbered_speaker(t + start, b - start))
					start += para_number(t + start,
					    b - start);
				start += paren_number(t + start, b - start);
				start += letter_label(t + start, b - start);
				line = 1;
				i = start - 1;
			}
			continue;
		}
		/* "..., to which officers responded that ..." */
		if (t[i] == ',' && i + 10 < b && memcmp(t + i, ", to which", 10)
		    == 0 && reply_after(t + i + 10, b - i - 10, 0)) {
			unit_q(p, start, i + 1, p->nu == nu0, line, &qlab);
			line = 0;
			start = i + 11;
			continue;
		}
		/* "X asked about the timescale, and the Assistant Director
		 * advised that ...": the reply after the question's clause
		 * (one who only "said" answers when asked) */
		if (t[i] == ',' && i + 9 < b && memcmp(t + i, ", and ", 6) == 0 &&
		    asked_in(t + start, i - start) &&
		    reply_after(t + i + 5, b - i - 5, 1)) {
			unit_q(p, start, i + 1, p->nu == nu0, line, &qlab);
			line = 0;
			start = i + 6;
			continue;
		}
		/* "The motion was declared carried and accordingly the
		 * Council agreed to approve ...": the vote, then the
		 * decision (Scotland) */
		if (t[i] == ' ' && ((k2 = rd_prefix(t + i, b - i,
		    " and accordingly ")) != 0 || (k2 = rd_prefix(t + i, b - i,
		    " and, accordingly, ")) != 0) && (rd_find(t + start,
		    i - start, "carried") != (size_t)-1 || rd_find(t + start,
		    i - start, "declared") != (size_t)-1) &&
		    marker_at(t + i + k2, b - i - k2, &k) != MARK_NONE) {
			unit_q(p, start, i, p->nu == nu0, line, &qlab);
			line = 0;
			start = i + k2;
			continue;
		}
		/* "... requested that an item be added; this was agreed." */
		if (t[i] == ';' && rd_prefix(t + i + 1, b - i - 1,
		    " this was agreed")) {
			unit_q(p, start, i + 1, p->nu == nu0, line, &qlab);
			line = 0;
			start = i + 2;
			continue;
		}
		/* (one who "said" after "X asked ...;" answers) */
		if (t[i] == ';' && reply_after(t + i + 1, b - i - 1,
		    rd_find(t + start, i - start, " asked ") != (size_t)-1)) {
			/* "Members asked whether ...; the Provost replied" */
			unit_q(p, start, i + 1, p->nu == nu0, line, &qlab);
			line = 0;
			start = i + 2;
			continue;
		}
		/* "RESOLVED - (1) That ...; (2) That ...; and (3) That
		 * ...": a decision's points run on in one paragraph */
		if (t[i] == ';' && (k = inline_point(t + i + 1, b - i - 1)) !=
		    0 && decides) {
			unit_q(p, start, i + 1, p->nu == nu0, line, &qlab);
			line = 1;
			start = i + 1 + k;
			continue;
		}
		if (t[i] != '.' && t[i] != '?' && t[i] != '!')
			continue;
		{
			size_t j = i + 1;

			while (j < b && (t[j] == '"' || t[j] == '\'' ||
			    t[j] == ')'))
				j++;
			if (j >= b || !rd_isspace((unsigned char)t[j]))
				continue;
			while (j < b && rd_isspace((unsigned char)t[j]))
				j++;
			if (j >= b)
				continue;
			if (!rd_isupper((unsigned char)t[j]) &&
			    !rd_isdigit((unsigned char)t[j]) &&
			    t[j] != '"' && t[j] != '(' &&
			    (unsigned char)t[j] < 0x80)
				continue;
			if (t[i] == '.' && abbrev_before(t, start, i))
				continue;
			/* "s. 100A", "c. 30A": a section of a law cited */
			if (t[i] == '.' && rd_isdigit((unsigned char)t[j]) &&
			    i >= start + 1 && (t[i - 1] == 's' ||
			    t[i - 1] == 'c') && (i - 1 == start ||
			    t[i - 2] == ' ' || (t[i - 2] == 's' && i - 2 >
			    start && t[i - 3] == ' ')))
				continue;
			/* "Q. 1  Cllr. X": a question's label, not a
			 * sentence */
			if (t[i] == '.' && i > start && t[i - 1] == 'Q' &&
			    (i - 1 == start || t[i - 2] == '\n') &&
			    rd_isdigit((unsigned char)t[j]))
				continue;
			/* "1.  Question from Mr X": the number heads it */
			if (t[i] == '.' && line && i > start && i - start <= 2 &&
			    rd_isdigit((unsigned char)t[start]) &&
			    rd_isdigit((unsigned char)t[i - 1]) &&
			    rd_prefix(t + j, b - j, "question "))
				continue;
			/* "Supplementary    Thank you for the answer." /
			 * "Question    Will ...?" */
			{
				const char *nl = memchr(t + i, '\n', j - i);

				if (nl != NULL && split_column_label(t,
				    (size_t)(nl - t), b))
					continue;
			}
			/* "Q1. Cllr Patel" / "Will the Leader ...?": the
			 * asker's label, whole */
			if (t[i] == '.' && i > start + 1 && i - start <= 3 &&
			    t[start] == 'Q' && rd_isdigit((unsigned char)
			    t[i - 1]) && asker_alone(t + j, b - j))
				continue;
			unit_q(p, start, j, p->nu == nu0, line, &qlab);
			line = t[j - 1] == '\n';
			/* "... reopen? Q2. When will ...": the label's dot
			 * ends no sentence */
			k = q_label(t + j, b - j);
			qlab = k > 0;
			start = j + k;
			/* "48.2   Ms Jones asked ...": a numbered paragraph
			 * on the next line, no blank line between */
			/* (not "7.2 Finance Manager's Report - Ms Lowe
			 * reported ...": a topic's heading and its words) */
			if (line && k == 0 && (k2 = para_number(t + start,
			    b - start)) != 0 && ((k3 = rd_find(t + start + k2,
			    b - start - k2 < 60 ? b - start - k2 : 60, " - ")) ==
			    (size_t)-1 || memchr(t + start + k2, '.', k3) !=
			    NULL))
				start += k2;
			if (line) {
				start += paren_number(t + start, b - start);
				start += letter_label(t + start, b - start);
			}
			i = start - 1;
		}
	}
	unit_q(p, start, b, p->nu == nu0, line, &qlab);
}

static int
terminal(int c)
{
	return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' ||
	    c == '"' || c == ')';
}

/* 1 if s opens with a titled person and a reporting verb: "Councillor
 * Quilliam asked when ...", "Mr Fairbrother explained ...". */
static int
titled_speaks(const char *s, size_t n)
{
	struct rd_person who;
	int verb, yes = 0;

	if (rd_person_at(s, n, &who)) {
		yes = who.named && who.title != NULL && rd_verb_at(s +
		    who.len, n - who.len, &verb) > 0 && verb != VERB_NONE &&
		    verb != VERB_PROCEDURAL;
		rd_person_clear(&who);
	}
	return yes;
}

/* 1 if s opens a motion's words: a quotation, or "That ...". */
static int
motion_words_open(const char *s, size_t n)
{
	return (n > 0 && s[0] == '"') || rd_prefix(s, n, "\xe2\x80\x9c") ||
	    (n > 5 && s[0] == 'T' && (rd_prefix(s, n, "that ") ||
	    rd_prefix(s, n, "that: ")));
}

/* 1 if s[0..n) is a list's number or letter alone: "1.", "(ii)", "b)". */
static int
number_alone(const char *s, size_t n)
{
	size_t k = n > 0 && s[0] == '(' ? 1 : 0, a = k;

	while (k < n && k - a < 4 && (rd_isdigit((unsigned char)s[k]) ||
	    rd_islower((unsigned char)s[k])))
		k++;
	return k > a && k + 1 == n && (s[k] == ')' || (a == 0 &&
	    s[k] == '.'));
}

/*
 * 1 if s[0..n) opens with a quotation that asks: "“Can the Leader tell
 * me how many ...?”" (not a motion's "“That this Council ...”").
 */
static int
quoted_question(const char *s, size_t n)
{
	size_t k = n > 0 && s[0] == '"' ? 1 : rd_prefix(s, n,
	    "\xe2\x80\x9c"), e;

	if (k == 0 || motion_words_open(s + k, n - k) || rd_prefix(s + k,
	    n - k, "this council"))
		return 0;
	/* the question mark inside the quotation */
	for (e = k; e < n && s[e] != '"' && !rd_prefix(s + e, n - e,
	    "\xe2\x80\x9d"); e++)
		if (s[e] == '?')
			return 1;
	return 0;
}

/*
 * 1 if line s opens with a paragraph's number and a member speaking:
 * "6.2<TAB>Cllr. Marie Byrne asked when ...", under a reply set single
 * spaced.
 */
static int
numbered_speaker(const char *s, size_t n)
{
	size_t k = para_number(s, n);

	return k != 0 && titled_speaks(s + k, n - k);
}

/* 1 if s[0..n) ends on a word that needs more after it: "... proposed
 * by", "... the", "... and", or on a comma. */
static int
open_ended(const char *s, size_t n)
{
	static const char *const words[] = {
		"by", "the", "of", "and", "to", "that", "with", "from", "for",
		"a", "an", "in", "on", "or", "at",
	};
	size_t a = n, i;

	/* "On the proposal of X, seconded by Y," */
	if (n > 0 && (s[n - 1] == ',' || s[n - 1] == ';'))
		return 1;
	while (a > 0 && rd_isalpha((unsigned char)s[a - 1]))
		a--;
	if (a > 0 && s[a - 1] != ' ')
		return 0;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n - a && rd_prefix(s + a, n - a,
		    words[i]))
			return 1;
	return 0;
}

/*
 * Paragraphs are runs of non-blank lines.  Text from PDFs is often double
 * spaced, so a "paragraph" that stops mid-sentence on a long line and a
 * next one that goes on in lower case are one paragraph.
 */
/*
 * 1 if the text s[0..n) is single-spaced: many of its lines run on to
 * the next with no blank line between, so a blank line parts
 * paragraphs, not the lines of one.
 */
static size_t
single_spaced(const char *s, size_t n)
{
	size_t i, from = 0, lines = 0, runs = 0, last_len = 0, hist[16];
	int filled = 0, last_filled = 0;

	memset(hist, 0, sizeof hist);
	for (i = 0; i <= n; i++) {
		if (i < n && s[i] != '\n') {
			filled |= !rd_isspace((unsigned char)s[i]);
			continue;
		}
		lines += filled;
		if (filled && last_filled) {
			runs++;
			hist[last_len / 10 < 15 ? last_len / 10 : 15]++;
		}
		last_filled = filled;
		last_len = i - from;
		from = i + 1;
		filled = 0;
	}
	if (lines < 8 || runs * 2 < lines)
		return 0;
	/* the width its lines wrap at: the median length of those that
	 * run on */
	for (i = 0, n = 0; i < 16 && n * 2 < runs; i++)
		n += hist[i];
	return i * 10;
}

/*
 * 1 if line s[0..n) sets words apart by wide gaps after its number, as
 * a table's row from a PDF does: "Borgie Riding for the Disabled    Horse
 * box   £ 6,000" (not "7.      (a)     Notice of Motion").
 */
static int
cells_apart(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (rd_isdigit((unsigned char)s[i]) || s[i] == '.' ||
	    s[i] == '(' || s[i] == ')' || s[i] == ' ' || (i + 1 < n &&
	    s[i + 1] == ')' && rd_isalpha((unsigned char)s[i]))))
		i++;
	return rd_find(s + i, n - i, "   ") != (size_t)-1;
}

/*
 * 1 if the paragraph s[0..n) is a question's label alone, "(c)  Question
 * from Councillor X to the Cabinet Member for Y": the question's words,
 * or a note, are a paragraph of their own after a blank line.
 */
static int
label_paragraph(const char *s, size_t n)
{
	struct rd_person who;
	size_t k;

	if (n > 200 || !question_label(s, n, &who, &k))
		return 0;
	rd_person_clear(&who);
	return label_alone(s + k, n - k);
}

static int ends_with_colon(const char *, size_t, size_t);

/*
 * 1 if line s[0..n), after a blank line, opens the quoted words that the
 * paragraph before[0..nb) leads into: "Motion 2 – Proposed by X and
 * seconded by Y" or "There was submitted the undernoted motion by X:-"
 * over "“That, all monies ...”".
 */
static int
quote_after_lead(const char *s, size_t n, const char *before, size_t nb)
{
	const char *last;

	if (nb == 0 || (s[0] != '"' && !rd_prefix(s, n, "\xe2\x80\x9c")))
		return 0;
	for (last = before + nb; last > before && last[-1] != '\n'; last--)
		;
	while (last < before + nb && (*last == ' ' || *last == '\t'))
		last++;
	/* ("RESOLVED: (Cr X/Cr Y)      Minute No. C 24201" over it) */
	return rd_find(last, (size_t)(before + nb - last), "seconded by") !=
	    (size_t)-1 || rd_find(last, (size_t)(before + nb - last),
	    "proposed by") != (size_t)-1 || ends_with_colon(before, 0, nb) ||
	    rd_prefix(last, (size_t)(before + nb - last), "resolved");
}

/* 1 if line s[0..n) is a table's row: "| a | b |", "a | b | c". */
static int
table_row(const char *s, size_t n)
{
	size_t at = 0, k, bars = 0;

	if (n > 2 && s[0] == '|' && s[n - 1] == '|')
		return 1;
	while (bars < 2 && at < n && (k = rd_find(s + at, n - at, " | ")) !=
	    (size_t)-1) {
		bars++;
		at += k + 3;
	}
	return bars >= 2;
}

/*
 * 1 if the line s[0..n) is a decision's marker and its colon alone,
 * "Decided:", "Resolved:": it starts a paragraph, whatever the lead-in
 * above it ("Having heard the Portfolio Holder ..., the Cabinet").
 */
static int
marker_alone(const char *s, size_t n)
{
	static const char *const words[] = {
		"decided", "resolved", "agreed", "decision", "recommended",
	};
	size_t i, k;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '-'))
		n--;
	if (n < 2 || n > 24 || s[n - 1] != ':' ||
	    !rd_isupper((unsigned char)s[0]))
		return 0;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (rd_prefix(s, n - 1, words[i]) == n - 1)
			return marker_at(s, n, &k) != MARK_NONE;
	return 0;
}

/*
 * 1 if the line s[0..n) is a row of a form, its label set apart from its
 * words: "Against:        Crs Eden, Moller and Tickner".  A row ends its
 * paragraph at a blank line, full stop or not.
 */
static int
form_row(const char *s, size_t n)
{
	size_t i, words = 1;

	for (i = 0; i < n && i < 30; i++) {
		if (s[i] == ':')
			return i > 1 && words <= 3 && i + 2 < n &&
			    ((s[i + 1] == ' ' && s[i + 2] == ' ') ||
			    s[i + 1] == '\t');
		if (s[i] == ' ')
			words++;
		else if (!rd_isalpha((unsigned char)s[i]))
			return 0;
	}
	return 0;
}

/*
 * 1 if s[0..n) lists one side of a vote: "For the Amendment (5):
 * Councillors Dixon, ...", "Against: Cr Price, ..." (its names end no
 * sentence, and what follows is not more of them).
 */
static int
vote_list_line(const char *s, size_t n)
{
	static const char *const sides[] = {
		"For", "Against", "Abstain", "Abstained", "Abstentions",
		"Ayes", "Noes", "Yeas", "Nays",
	};
	const char *colon = memchr(s, ':', n < 40 ? n : 40);
	size_t i, k;

	/* (names or a count: not "For example: ...") */
	if (colon == NULL || (rd_find(s, n, "councillor") == (size_t)-1 &&
	    rd_find(s, n, "cllr") == (size_t)-1 && rd_find(s, n, "cr ") ==
	    (size_t)-1 && rd_find(s, (size_t)(colon - s), "(") == (size_t)-1))
		return 0;
	for (i = 0; i < sizeof sides / sizeof sides[0]; i++) {
		k = strlen(sides[i]);
		if (k < n && memcmp(s, sides[i], k) == 0 && (s[k] == ' ' ||
		    s[k] == ':'))
			return 1;
	}
	return 0;
}

/*
 * 1 if s[0..n) is a result in capitals on a line of its own: "MOTION
 * DEFEATED", "CARRIED UNANIMOUSLY" (at the margin, after a roll call's
 * names that run on with no full stop).
 */
static int
result_alone(const char *s, size_t n)
{
	const char *outcome;

	return n < 40 && memchr(s, '\n', n) == NULL && rd_all_caps(s, n) &&
	    vote_result(s, n, &outcome);
}

static int motion_heading(const char *s, size_t n, char **prop, char **sec);

static void
split_units(struct parse *p, size_t start, size_t end)
{
	const char *t = p->t;
	size_t i = start, pa = (size_t)-1, pb = 0, last_line_len = 0;
	int saw_blank = 0, row = 0, last_row = 0;
	size_t wrap = single_spaced(t + start, end - start);
	struct label lab;

	while (i < end) {
		const char *nl = memchr(t + i, '\n', end - i);
		size_t eol = nl ? (size_t)(nl - t) : end, a = i, b = eol;

		i = eol + 1;
		while (a < b && rd_isspace((unsigned char)t[a]))
			a++;
		while (b > a && rd_isspace((unsigned char)t[b - 1]))
			b--;
		if (a == b) {
			saw_blank = 1;
			continue;
		}
		/* a table's row is a paragraph, as an HTML table's is (not
		 * OCR's "|" for "I": "School. | will also ask") */
		row = table_row(t + a, b - a);
		if (pa == (size_t)-1)
			pa = a;
		else if (row || last_row) {
			split_paragraph(p, pa, pb);
			pa = a;
		}
		/* "... seconded by Cllr." / "M. Sheahan.": a page of double
		 * spacing parted a name from its title */
		else if (saw_blank && !title_last(t, pa, pb) &&
		    (terminal((unsigned char)t[pb - 1]) ||
		    (wrap > 0 && !rd_islower((unsigned char)t[a]) &&
		    cells_apart(t + pb - last_line_len, last_line_len)) ||
		    label_paragraph(t + pa, pb - pa) ||
		    form_row(t + pb - last_line_len, last_line_len) ||
		    vote_list_line(t + pb - last_line_len, last_line_len) ||
		    marker_alone(t + a, b - a) ||
		    /* "- Moved by X and seconded by Y" / "Amendment": the
		     * next motion's label, however long the line above
		     * (not "... proposed the following" / "Motion:") */
		    (t[b - 1] != ':' && motion_heading(t + a, b - a, NULL,
		    NULL)) ||
		    label_at(t + a, b - a, 0, 0, &lab) ||
		    forced_break(t + a, b - a, t + pa, pb - pa) ||
		    quote_after_lead(t + a, b - a, t + pa, pb - pa) ||
		    result_alone(t + a, b - a) ||
		    (!rd_islower((unsigned char)t[a]) &&
		    (last_line_len < 60 || (titled_speaks(t + a, b - a) &&
		    !open_ended(t + pa, pb - pa)))))) {
			split_paragraph(p, pa, pb);
			pa = a;
		}
		pb = b;
		last_line_len = b - a;
		last_row = row;
		saw_blank = 0;
	}
	if (pa != (size_t)-1)
		split_paragraph(p, pa, pb);
}

/* ---- Labels ---- */

static int
roman_value(const char *s, size_t n)
{
	static const char *const r[] = {
		"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
		"xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii",
		"xix", "xx"
	};
	size_t i;

	for (i = 0; i < sizeof r / sizeof r[0]; i++)
		if (strlen(r[i]) == n && rd_prefix(s, n, r[i]) &&
		    (rd_islower((unsigned char)s[0]) ||
		    rd_isupper((unsigned char)s[n - 1])))
			return (int)i + 1;
	return 0;
}

/*
 * A list label at s: "(i)", "ii)", "1.", "a)", "(b)", "•".  style_hint
 * and kind_hint say what the list has used so far, which settles "(i)"
 * between roman one and the letter i.
 */
static int
label_at(const char *s, size_t n, int style_hint, int kind_hint,
    struct label *lab)
{
	size_t i = 0, a, b;
	int style, kind, value;

	memset(lab, 0, sizeof *lab);
	if (n == 0)
		return 0;
	/* bullets: "•" U+2022, "·" U+00B7, "▪" U+25AA, "●" U+25CF, "○"
	 * U+25CB, "Ø" as Word's symbol font leaves it, "-", "*", "o" */
	if (rd_prefix(s, n, "\xe2\x80\xa2") ||
	    rd_prefix(s, n, "\xe2\x96\xaa") ||
	    rd_prefix(s, n, "\xe2\x97\x8f") ||
	    rd_prefix(s, n, "\xe2\x97\x8b"))
		i = 3;
	else if (rd_prefix(s, n, "\xc2\xb7") || ((unsigned char)s[0] == 0xc3 &&
	    n > 2 && (unsigned char)s[1] == 0x98 && s[2] == ' '))
		i = 2;
	else if ((s[0] == '-' || s[0] == '*' || s[0] == 'o') && n > 1 &&
	    s[1] == ' ')
		i = 1;
	if (i > 0) {
		while (i < n && s[i] == ' ')
			i++;
		lab->style = LAB_BULLET;
		lab->kind = LK_BULLET;
		lab->len = i;
		return i < n;
	}
	if (s[0] == '(') {
		style = LAB_PAREN;
		i = 1;
	} else
		style = LAB_DOT;
	a = i;
	while (i < n && i - a < 5 && (rd_isalpha((unsigned char)s[i]) ||
	    rd_isdigit((unsigned char)s[i])))
		i++;
	b = i;
	if (b == a || i >= n)
		return 0;
	if (style == LAB_PAREN) {
		if (s[i] != ')')
			return 0;
	} else if (s[i] == ')')
		style = LAB_CLOSE;
	else if (s[i] != '.')
		return 0;
	i++;
	/* the label must be followed by a space (or end the unit) */
	if (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
		return 0;
	if (rd_isdigit((unsigned char)s[a])) {
		size_t k;

		value = 0;
		for (k = a; k < b; k++) {
			if (!rd_isdigit((unsigned char)s[k]))
				return 0;
			value = value * 10 + (s[k] - '0');
		}
		if (value == 0 || value > 99)
			return 0;
		kind = LK_NUM;
	} else if ((value = roman_value(s + a, b - a)) > 0 &&
	    !(kind_hint == LK_ALPHA && b - a == 1)) {
		kind = LK_ROMAN;
		/* a lone "v" or "x" starting a list is a letter */
		if (kind_hint == 0 && value != 1 && b - a == 1) {
			kind = LK_ALPHA;
			value = rd_islower((unsigned char)s[a]) ?
			    s[a] - 'a' + 1 : s[a] - 'A' + 1;
		}
	} else if (b - a == 1) {
		kind = LK_ALPHA;
		value = rd_islower((unsigned char)s[a]) ? s[a] - 'a' + 1 :
		    s[a] - 'A' + 1;
		/* "A." is more often an initial than a label, but not
		 * before a tab, a wide gap or a word in small letters:
		 * "A.<TAB>grants be awarded ..." */
		if (style == LAB_DOT && rd_isupper((unsigned char)s[a]) &&
		    !(i + 1 < n && (s[i] == '\t' || (s[i] == ' ' &&
		    (s[i + 1] == ' ' || rd_islower((unsigned char)
		    s[i + 1]))))))
			return 0;
	} else
		return 0;
	(void)style_hint;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
		i++;
	lab->style = style;
	lab->kind = kind;
	lab->value = value;
	lab->len = i;
	return 1;
}

/* ---- Sections ---- */

static int
sec_open(struct parse *p, enum rec_section_type type, size_t a, size_t b,
    const struct rd_person *who)
{
	struct rec_section *s = record_add_section(p->rec, type);

	s->start = a;
	s->end = b;
	if (who != NULL) {
		if (who->name != NULL)
			s->speaker = xstrdup(who->name);
		if (who->key != NULL)
			s->speaker_key = xstrdup(who->key);
		if (who->role != NULL)
			s->role = xstrdup(who->role);
	}
	p->cur = (int)p->rec->nsections - 1;
	p->labelled = 0;
	p->voted = -1;
	return p->cur;
}

static void
sec_extend(struct parse *p, size_t b)
{
	if (p->cur >= 0 && p->rec->sections[p->cur].end < b)
		p->rec->sections[p->cur].end = b;
}

/*
 * A surname alone ("Mrs Booth") is the person named in full earlier
 * ("Mrs Diane Booth") when only one such person is known.
 */
/* 1 if two titles may name one person: the same, one unknown, or two
 * a member holds ("Mayor Collins" is "Councillor J Collins"). */
static int
same_title(const char *a, const char *b)
{
	return a == NULL || b == NULL || strcmp(a, b) == 0 ||
	    (rd_member_title(a) && rd_member_title(b));
}

/*
 * The one speaker of r whose key ends in " surname", or -1; of two or
 * more, the one with title (when title is not NULL and one has it).
 */
static long
by_surname_titled(const struct record *r, const char *surname,
    const char *title)
{
	size_t i, n = strlen(surname), hits = 0, titled = 0;
	long hit = -1, thit = -1;

	for (i = 0; r != NULL && i < r->nspeakers; i++) {
		const char *k = r->speakers[i].key;
		size_t m = k ? strlen(k) : 0;

		/* ("vice chair" and "deputy mayor" are offices, not a
		 * chair's or a mayor's full names) */
		if (m > n + 1 && strcmp(k + m - n, surname) == 0 &&
		    k[m - n - 1] == ' ' && strcmp(k, "vice chair") != 0 &&
		    strcmp(k, "deputy mayor") != 0) {
			hit = (long)i;
			hits++;
			if (title != NULL && r->speakers[i].title != NULL &&
			    strcmp(r->speakers[i].title, title) == 0) {
				thit = (long)i;
				titled++;
			}
		}
	}
	if (hits == 1)
		return hit;
	/* "Councillor Daly" with "Councillor G Daly" and "Mr P Daly" */
	return titled == 1 ? thit : -1;
}

/* The one speaker of r whose key ends in " surname", or -1. */
static long
by_surname(const struct record *r, const char *surname)
{
	return by_surname_titled(r, surname, NULL);
}

/*
 * A surname alone ("Mrs Booth") is the person named in full earlier
 * ("Mrs Diane Booth") when only one such person is known.
 */
static void
resolve_key(struct parse *p, struct rd_person *who)
{
	const struct record *r = p->rec;
	long hit;

	if (who->key == NULL || strchr(who->key, ' ') != NULL || !who->named)
		return;
	if ((hit = by_surname_titled(r, who->key, who->title)) < 0) {
		r = p->known;
		if ((hit = by_surname_titled(r, who->key, who->title)) < 0)
			return;
	}
	/* "Councillor Daly" is not "Mr P Daly" */
	if (!same_title(who->title, r->speakers[hit].title))
		return;
	free(who->key);
	who->key = xstrdup(r->speakers[hit].key);
	if (who->role == NULL && r->speakers[hit].role != NULL)
		who->role = xstrdup(r->speakers[hit].role);
}

/* The speaker of r keyed key (one per key), or NULL. */
static const struct rec_speaker *
speaker_in(const struct record *r, const char *key)
{
	size_t i;

	for (i = 0; r != NULL && i < r->nspeakers; i++)
		if (r->speakers[i].key != NULL &&
		    strcmp(r->speakers[i].key, key) == 0)
			return &r->speakers[i];
	return NULL;
}

/* 1 if a member holding role (or none) speaks for themselves, not for
 * the executive: "Local Member for Ashby Fields", "Leader of the
 * Opposition", "Chair". */
static int
member_role(const char *role)
{
	static const char *const chairs[] = {
		"chair", "mayor", "cathaoirleach", "convener", "provost",
	};
	size_t i, n;

	if (role == NULL || rd_group_role(role))
		return 1;
	n = strlen(role);
	for (i = 0; i < sizeof chairs / sizeof chairs[0]; i++)
		if (rd_prefix(role, n, chairs[i]))
			return 1;
	return rd_find(role, n, "member") != (size_t)-1 &&
	    !rd_executive_role(role);
}

static int
officer_in(const struct record *r, const char *key)
{
	const struct rec_speaker *sp = speaker_in(r, key);

	/* "Mrs Hibbert (Independent Member)" sits on the committee, and
	 * so do "Mr Eze (Vice Chair)" and "Mr Gordon Blythe, Opposition
	 * Spokesperson for Education" */
	return sp != NULL && sp->role != NULL && !rd_member_title(sp->title) &&
	    !rd_group_role(sp->role) && (rd_find(sp->role, strlen(sp->role),
	    "member") == (size_t)-1 || rd_executive_role(sp->role)) &&
	    rd_find(sp->role, strlen(sp->role), "chair") == (size_t)-1;
}

/* 1 if r names the person keyed key with a member's title. */
static int
member_in(const struct record *r, const char *key)
{
	const struct rec_speaker *sp = speaker_in(r, key);

	return sp != NULL && rd_member_title(sp->title);
}

/* 1 if r names the person keyed key without an office, or with a
 * party's ("Independent Group Leader"). */
static int
present_in(const struct record *r, const char *key)
{
	const struct rec_speaker *sp = speaker_in(r, key);

	return sp != NULL && (sp->role == NULL || rd_group_role(sp->role));
}

/* The last word of a person's key, their surname: "bell" of "t bell". */
static const char *
surname_of(const char *key)
{
	const char *sp = strrchr(key, ' ');

	return sp != NULL ? sp + 1 : key;
}

/*
 * 1 if who answers for the executive, by the office named with them or
 * one the item gave them before ("A1. Councillor Bell (Cabinet Member for
 * Housing): ...", then "Councillor Bell said ...").
 */
static int
executive(const struct parse *p, const struct rd_person *who)
{
	const struct rec_speaker *sp;
	const struct record *rs[2] = { p->rec, p->known };
	size_t i, j;

	if (rd_executive_role(who->role))
		return 1;
	if (who->role != NULL || who->key == NULL)
		return 0;
	/* "bell" is "t bell" of the attendance list */
	for (j = 0; j < 2; j++)
		for (i = 0; rs[j] != NULL && i < rs[j]->nspeakers; i++) {
			sp = &rs[j]->speakers[i];
			if (sp->key != NULL && rd_executive_role(sp->role) &&
			    strcmp(surname_of(sp->key),
			    surname_of(who->key)) == 0)
				return 1;
		}
	return 0;
}

/* Is this person known, from earlier in the item, to be an officer? */
static int
known_officer(const struct parse *p, const struct rd_person *who)
{
	if (who->key == NULL)
		return 0;
	return officer_in(p->rec, who->key) || officer_in(p->known, who->key);
}

/*
 * "The Waste Services Manager, Mr Callum Orrell, introduced ...": the
 * office is remembered, so that "Mr Orrell said" later is an officer's.
 */
static void
note_office(struct parse *p, const struct rd_person *who)
{
	size_t i;

	/* members only with a cabinet's office: a member's role makes no
	 * officer of them (officer_in) */
	if (!who->named || who->role == NULL || who->key == NULL ||
	    who->chair || (who->title != NULL && rd_member_title(who->title) &&
	    !rd_executive_role(who->role)))
		return;
	for (i = 0; i < p->rec->nspeakers; i++) {
		struct rec_speaker *sp = &p->rec->speakers[i];

		if (sp->key != NULL && strcmp(sp->key, who->key) == 0 &&
		    sp->role == NULL) {
			sp->role = xstrdup(who->role);
			return;
		}
	}
}

/*
 * 1 if role[0..n) holds a grade that makes another office of one: a
 * "Senior Executive Engineer" is no "Executive Engineer".
 */
static int
grade_word(const char *role, size_t n)
{
	static const char *const grades[] = {
		"deputy", "assistant", "vice", "junior", "associate", "former",
		"senior", "principal", "chief", "executive",
	};

	return rd_find_any(role, n, grades, sizeof grades / sizeof grades[0]);
}

/* 1 if role begins with office[0..n) or names it after "and" or "&". */
/* 1 if what follows an office's word makes it another's: "... of the
 * Opposition", "... of the Labour Group". */
static int
other_side(const char *rest)
{
	size_t n = strcspn(rest, ",(");

	return rd_find(rest, n, "opposition") != (size_t)-1 ||
	    rd_find(rest, n, " group") != (size_t)-1;
}

static int
holds(const char *role, const char *office, size_t n)
{
	static const char *const joins[] = { " and ", " & " };
	const char *at = role, *next = NULL;
	size_t k;

	for (;;) {
		/* "the Leader" is no "Leader of the Opposition", nor of a
		 * party's group */
		if (strncasecmp(at, office, n) == 0 && (at[n] == '\0' ||
		    at[n] == ',' || (at[n] == ' ' && !other_side(at + n))))
			return 1;
		for (k = 0; k < 2; k++)
			if ((next = strstr(at, joins[k])) != NULL)
				break;
		if (next == NULL)
			return 0;
		at = next + strlen(joins[k]);
	}
}

/*
 * 1 if the office role, as a list gives it, is office[0..n) or begins
 * with it ("Director of Resources, Place"), or names it after "and" or
 * "&" ("Director of Resources and Section 151 Officer"), or ends with it
 * without a grade ("Police and Crime Commissioner", not "Chief Executive,
 * Office of the Police and Crime Commissioner").
 */
/*
 * 1 if role chairs another body than the meeting: "Chair, Quenby Primary
 * Care Network", "Chair, Health Scrutiny Committee"; not "Chair, in the
 * Chair" nor "Chair, Cabinet Member for Communities".
 */
static int
other_body_chair(const char *role)
{
	static const char *const bodies[] = {
		"Committee", "Board", "Network", "Forum", "Partnership",
		"Group", "Trust", "Association", "Panel", "Healthwatch",
		"Society", "Commission", "Council",
	};
	const char *comma = strchr(role, ',');
	size_t i, n;

	if (comma == NULL || strncasecmp(role, "chair", 5) != 0)
		return 0;
	n = strlen(comma);
	for (i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
		if (strstr(comma, bodies[i]) != NULL &&
		    rd_find(comma, n, "in the chair") == (size_t)-1 &&
		    rd_find(comma, n, "cabinet member") == (size_t)-1 &&
		    rd_find(comma, n, "leader") == (size_t)-1)
			return 1;
	return 0;
}

static int
holds_as(const char *role, const char *office, size_t n)
{
	size_t len = strcspn(role, ",(");

	if (rd_prefix(office, n, "chair") && (other_body_chair(role) ||
	    rd_chairs_other_body(role)))
		return 0;
	while (len > 0 && role[len - 1] == ' ')
		len--;
	if (len > n + 1 && role[len - n - 1] == ' ' &&
	    strncasecmp(role + len - n, office, n) == 0 &&
	    !grade_word(role, len - n - 1))
		return 1;
	return holds(role, office, n);
}


/* 1 if who, "the Cathaoirleach", "the Convener", is the one the
 * attendance names as holding role, "Chair", "An Cathaoirleach". */
static int
chaired(const struct rd_person *who, const char *role)
{
	size_t n = strlen(role);

	return who->chair && who->key != NULL && strcmp(who->key,
	    "chair") == 0 && (strcmp(role, "Chair") == 0 ||
	    /* "Chair and Leader of the Council" */
	    strncmp(role, "Chair and ", 10) == 0 ||
	    ((rd_find(role, n, "chair") != (size_t)-1 ||
	    rd_find(role, n, "cathaoirleach") != (size_t)-1 ||
	    rd_find(role, n, "conven") != (size_t)-1) &&
	    rd_find(role, n, "vice") == (size_t)-1 &&
	    rd_find(role, n, "deput") == (size_t)-1 && rd_find(role, n,
	    "leas") == (size_t)-1 && rd_find(role, n, " of ") ==
	    (size_t)-1 && !other_body_chair(role)));
}

/*
 * "The Director of Finance stated ..." after "The Director of Finance,
 * Ms Rosalind Kettle, introduced ...": the office's one holder named in
 * the item (or the attendance list) speaks, under their own key.
 */
static void
office_holder_of(const struct parse *p, struct rd_person *who)
{
	const struct record *rs[3] = { p->rec, p->known, p->holders };
	const struct rec_speaker *hit = NULL;
	const char *office;
	size_t i, j, n;
	int pass, own;

	/* the chair too: "Councillor Rafiq (Chair)" in the attendance
	 * list is who "the Chair" is; "the Commissioner", "the Mayor"
	 * (offices read as titles) are who holds them */
	if (who->named)
		return;
	office = who->role != NULL ? who->role : who->title;
	if (office == NULL || (who->role == NULL &&
	    rd_member_title(office)))
		return;
	n = strlen(office);
	/* the holder by office, in the item or the attendance list (or by
	 * title in the list: "Mayor Helen Ashworth"); else the one the item
	 * names with the office as a title ("Superintendent D. Smart"; not
	 * a mayor, whom items name as former ones).  Two holders: the one
	 * the item itself names, if only one; else no telling. */
	for (pass = 0; pass < 2 && hit == NULL; pass++) {
		if (pass == 1 && strcasecmp(office, "mayor") == 0)
			continue;
		for (own = 0; own < 2; own++) {
			int ambiguous = 0;

			hit = NULL;
			for (j = 0; j < (size_t)(pass == 1 ? 1 : 3); j++) {
				if (own && j == 1)
					continue;
				for (i = 0; rs[j] != NULL &&
				    i < rs[j]->nspeakers; i++) {
					const struct rec_speaker *sp =
					    &rs[j]->speakers[i];
					int by_title = sp->title != NULL &&
					    strcasecmp(sp->title, office) ==
					    0 && sp->key != NULL &&
					    strchr(sp->key, ' ') != NULL;

					/* "Cllr Gidley, the Head of Planning":
					 * a member holds no officer's post */
					if (rd_member_title(sp->title) &&
					    sp->role != NULL &&
					    !rd_executive_role(sp->role) &&
					    !rd_presiding_role(sp->role))
						continue;
					if (sp->key == NULL || strcmp(sp->key,
					    who->key) == 0 || !(pass == 1 ?
					    by_title : (sp->role != NULL &&
					    (holds_as(sp->role, office, n) ||
					    chaired(who, sp->role))) ||
					    (pass == 0 && j == 1 && by_title)))
						continue;
					if (hit != NULL && strcmp(hit->key,
					    sp->key) != 0)
						ambiguous = 1;
					hit = sp;
				}
			}
			if (!ambiguous)
				break;
			hit = NULL;
		}
	}
	if (hit == NULL)
		return;
	free(who->key);
	who->key = xstrdup(hit->key);
	free(who->name);
	who->name = xstrdup(hit->name);
	who->named = 1;
}

/* Keys who as the item knows them: by surname, office and holder. */
static void
name_speaker(struct parse *p, struct rd_person *who)
{
	resolve_key(p, who);
	note_office(p, who);
	office_holder_of(p, who);
	/* "The Licensing Officer, Gareth Bell, summarised ...": the
	 * office's holder, for "The Licensing Officer said" later */
	if (who->named && who->role != NULL && who->key != NULL &&
	    who->title == NULL && who->name != NULL &&
	    strstr(who->name, who->role) == NULL) {
		if (p->holders == NULL)
			p->holders = record_new();
		record_add_speaker(p->holders, who->name, NULL, who->key,
		    who->role);
	}
}

/* ---- Proposals and decisions ---- */

/* The person at s[i..n) as a display string ("Councillor Galvin"). */
static char *
person_name(const char *s, size_t n, size_t *used)
{
	struct rd_person who;
	char *name = NULL;
	size_t k, words;

	/* a line break may split "seconded by" from the name; a table's
	 * cell too ("Moved By: | Councillor Pemberton") */
	while (n > 0 && (*s == ':' || *s == ' ' || *s == '-' || *s == '\n' ||
	    *s == '|')) {
		s++;
		n--;
		if (used)
			(*used)++;
		/* "seconded" / "by Councillor Y" across a paragraph's
		 * break */
		if (s[-1] == '\n' && rd_prefix(s, n, "by ")) {
			s += 3;
			n -= 3;
			if (used)
				*used += 3;
		}
	}
	if (rd_person_at(s, n, &who)) {
		name = who.name;
		who.name = NULL;
		if (used)
			*used += who.len;
		rd_person_clear(&who);
		return name;
	}
	/* A surname alone, "Ortiz to approve the agenda": the words in
	 * capitals, three at most */
	for (k = 0, words = 0; k < n && words < 3 && rd_isupper(
	    (unsigned char)s[k]); words++) {
		while (k < n && (rd_isalpha((unsigned char)s[k]) ||
		    s[k] == '\'' || s[k] == '-'))
			k++;
		if (k + 1 < n && s[k] == ' ' && rd_isupper((unsigned char)
		    s[k + 1]))
			k++;
		else
			break;
	}
	if (k > 0 && (k == n || s[k] == ',' || s[k] == ';' || s[k] == '.' ||
	    s[k] == '\n' || rd_prefix(s + k, n - k, " to ") ||
	    rd_prefix(s + k, n - k, " that ") ||
	    rd_prefix(s + k, n - k, " and "))) {
		if (used)
			*used += k;
		return rd_squeeze(s, k);
	}
	/* Unknown shape: up to the punctuation. */
	for (k = 0; k < n && k < 80 && s[k] != ';' && s[k] != ',' &&
	    s[k] != '.' && s[k] != '\n'; k++)
		;
	if (used)
		*used += k;
	return rd_squeeze(s, k);
}

/*
 * Bytes of a named person with a title opening s ("Cllr Kemp",
 * "Councillor Gordon"), or 0.
 */
static size_t
titled_at(const char *s, size_t n)
{
	struct rd_person who;
	size_t len;

	if (!rd_person_at(s, n, &who))
		return 0;
	len = who.named && who.title != NULL ? who.len : 0;
	rd_person_clear(&who);
	return len;
}

/*
 * "Council Member Ruiz: How many officers ...?", "Chief Haines: Four.":
 * who speaks, a colon, then their words, as a transcript sets them.
 * Returns where the words start (who filled), or 0.  Not a list's label
 * ("Chair: Councillor Smith").
 */
static size_t
dialogue_label(const char *s, size_t n, struct rd_person *who)
{
	size_t k, j, e, words = 0, small = 0;

	if (!rd_person_at(s, n, who))
		return 0;
	k = who->len;
	if (!who->named || (who->title == NULL && who->role == NULL) ||
	    k + 2 >= n || s[k] != ':' || s[k + 1] != ' ')
		goto no;
	for (j = k + 2; j < n && s[j] == ' '; j++)
		;
	if (j >= n || !(rd_isupper((unsigned char)s[j]) || s[j] == '"') ||
	    titled_at(s + j, n - j) != 0)
		goto no;
	/* a sentence, said or asked: not a list's entry ("Councillor
	 * Donegan: Tidy Towns;") */
	for (e = n; e > j && (s[e - 1] == ' ' || s[e - 1] == '"'); e--)
		;
	for (k = j; k < e; k++)
		if (s[k] == ' ' && k + 1 < e && s[k + 1] != ' ') {
			words++;
			small += rd_islower((unsigned char)s[k + 1]) != 0;
		}
	if (e == j || (s[e - 1] != '.' && s[e - 1] != '?' &&
	    s[e - 1] != '!') || words < 3 || small == 0)
		goto no;
	return j;
no:
	rd_person_clear(who);
	return 0;
}

/*
 * Where the mover's name ends when s[0..n) is the mover and "moved",
 * perhaps "moved, in amendment" or "moved, as an amendment": "Councillor
 * X moved"; else 0.
 */
static size_t
moved_before(const char *s, size_t n)
{
	static const char *const tails[] = {
		" moved", " moved, in amendment", " moved, as an amendment",
		" moved, by way of amendment",
	};
	size_t i, k;

	for (i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		k = strlen(tails[i]);
		if (n > k && rd_prefix(s + n - k, k, tails[i]) == k)
			return n - k;
	}
	return 0;
}

/*
 * Where the mover's name starts when s[0..n) is only the mover, perhaps
 * after "As an amendment,": "Councillor X", "As an amendment, Mr A
 * Baxter".  (size_t)-1 if it is not.
 */
static size_t
mover_at(const char *s, size_t n)
{
	size_t k = 0;

	struct rd_person who;
	int whole;

	if (rd_prefix(s, n, "as an amendment, "))
		k = 17;
	else if (rd_prefix(s, n, "as a further amendment, "))
		k = 24;
	else if (rd_prefix(s, n, "by way of amendment, "))
		k = 21;
	else if (rd_prefix(s, n, "by way of an amendment, "))
		k = 24;
	/* "Thereafter, the Convener, seconded by ..., moved ..." */
	else if (rd_prefix(s, n, "thereafter, "))
		k = 12;
	if (k < n && titled_at(s + k, n - k) == n - k)
		return k;
	/* "The Convener, seconded by Councillor Thain, moved:-" */
	if (k >= n || !rd_person_at(s + k, n - k, &who))
		return (size_t)-1;
	whole = who.len == n - k && (who.chair || who.named);
	rd_person_clear(&who);
	return whole ? k : (size_t)-1;
}

static size_t words_in(const char *s, size_t n);

/*
 * The proposer, malloc'd, when s[0..n) before "seconded by" is a
 * nomination: "Councillor Foley proposed Councillor Ryan, ", "Cllr X
 * nominated Cllr Y and this was ".  NULL if not.
 */
static char *
nominated(const char *s, size_t n)
{
	static const char *const verbs[] = { " proposed ", " nominated " };
	static const char *const links[] = {
		", ", " and this was ", " and was ", ". this was ",
		"; this was ",
	};
	size_t k, len, i;

	if ((k = titled_at(s, n)) == 0)
		return NULL;
	for (i = 0; i < 2; i++)
		if ((len = rd_prefix(s + k, n - k, verbs[i])) != 0)
			break;
	if (i == 2 || (len = titled_at(s + k + len, n - k - len)) == 0)
		return NULL;
	len += k + strlen(verbs[i]);
	for (i = 0; i < sizeof links / sizeof links[0]; i++)
		if (strlen(links[i]) == n - len && rd_prefix(s + len, n - len,
		    links[i]))
			return person_name(s, k, NULL);
	return NULL;
}

/*
 * How much of s[0..n), after the label, may hold the name: after a
 * label with a colon, up to a slash, a semicolon, a bracket's close,
 * the next label or the line's end ("MOTION: Stahl / SECOND: Reyes-Morgan
 * / VOTE: 3-1", "(Motion: Ahern; Second: Vo; Vote: 5-0)", "MOTION:
 * Beaulieu SECOND: Stahl"); else all of it.
 */
static size_t
label_value(const char *label, const char *s, size_t n)
{
	struct rd_person who;
	size_t e;

	e = strlen(label);
	/* (also a dash's: "Moved – X / Seconded – Y") */
	if (label[e - 1] != ':' && label[e - 1] != '-' &&
	    (unsigned char)label[e - 1] != 0x93)
		return n;
	for (e = 0; e < n && s[e] != '/' && s[e] != ';' && s[e] != ')' &&
	    s[e] != '\n' && !rd_prefix(s + e, n - e, " second:") &&
	    !rd_prefix(s + e, n - e, " vote:"); e++)
		;
	/* "Cynghorydd / Councillor Siân Morgan": a title in two
	 * languages, no pair of movers */
	if (e < n && s[e] == '/') {
		size_t b = rd_skip_spaces(s, n, 0);

		if (rd_person_at(s + b, n - b, &who) && b + who.len > e)
			e = b + who.len;
		rd_person_clear(&who);
	}
	while (e > 0 && s[e - 1] == ' ')
		e--;
	return e;
}

/*
 * One side of a pair of movers: "Cr Hollis", or when surnames may stand
 * alone, "Benning", "Ramirez-Quint" (one capitalised word).  Returns the
 * name (owned by the caller) or NULL.
 */
static char *
mover_side(const char *s, size_t n, int surname)
{
	struct rd_person who;
	char *name = NULL;
	size_t i, words = 0;

	/* "*Aranui/Hunt*": Markdown's emphasis around them */
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '*' ||
	    s[n - 1] == '_'))
		n--;
	while (n > 0 && (*s == ' ' || *s == '*' || *s == '_')) {
		s++;
		n--;
	}
	if (n == 0 || n > 40)
		return NULL;
	if (rd_person_at(s, n, &who)) {
		if (who.named && who.len == n)
			name = xstrdup(who.name);
		rd_person_clear(&who);
		return name;
	}
	for (i = 0; i < n; i++) {
		if (i == 0 || s[i - 1] == ' ') {
			if (!rd_isupper((unsigned char)s[i]))
				return NULL;
			words++;
		} else if (!rd_isalpha((unsigned char)s[i]) && s[i] != '-' &&
		    s[i] != '\'' && s[i] != ' ' &&
		    (unsigned char)s[i] < 0x80)
			return NULL;
	}
	return surname && words == 1 ? rd_squeeze(s, n) : NULL;
}

/*
 * "(Cr Hollis/Cr Whitfield)", "RESOLVED (Benning/Whitely)", "Motion:
 * (Raman/Osei)": the mover and seconder of the motion under it, as New
 * South Wales records them.  Returns 1 when the unit is such a pair.
 */
static int resolution_number(const char *s, size_t n);

/* 1 if the text at s, past blank space, opens a motion's "That ...". */
static int
over_that(const struct parse *p, const char *s)
{
	size_t at, n = p->end;

	if (s < p->t || s > p->t + n)
		return 0;
	at = rd_skip_spaces(p->t, n, (size_t)(s - p->t));
	return at < n && p->t[at] == 'T' && rd_prefix(p->t + at, n - at,
	    "that ");
}

static int
pair_movers(struct parse *p, const char *s, size_t n)
{
	static const char *const leads[] = {
		"resolved ", "resolved:", "motion ", "motion:", "moved ",
		"amendment ", "amendment:",
	};
	size_t i, k = 0, e = n, slash;
	char *a, *b;
	int bare;

	for (i = 0; i < sizeof leads / sizeof leads[0] && k == 0; i++)
		k = rd_prefix(s, n, leads[i]);
	/* "3712     RESOLVED             (Bradley/Garrard)": the minute's
	 * number at the margin first */
	if (k == 0) {
		for (i = 0; i < n && i < 7 && rd_isdigit((unsigned char)s[i]);
		    i++)
			;
		if (i >= 2 && i < 7 && i + 3 < n && (s[i] == '\t' ||
		    (s[i] == ' ' && s[i + 1] == ' ' && s[i + 2] == ' ')) &&
		    (k = rd_prefix(s + rd_skip_spaces(s, n, i), n -
		    rd_skip_spaces(s, n, i), "resolved ")) != 0)
			k += rd_skip_spaces(s, n, i);
	}
	/* "RESOLUTION 24/204   (Cr Abela/Cr Lau)": the number first */
	if (k == 0 && n < 80 && (i = rd_find(s, n, " (")) != (size_t)-1 &&
	    resolution_number(s, i))
		k = i;
	k = rd_skip_spaces(s, n, k);
	while (e > k && s[e - 1] == ' ')
		e--;
	/* "Moved (Mayor Jules Radich/Cr Sophie Barker):" over the motion */
	if (k > 0 && e > k && s[e - 1] == ':')
		e--;
	/* "RESOLVED: (Cr Stallinger/Cr Briggs)      Minute No. C 24203":
	 * the minute's number at the margin after the movers */
	if (k > 0 && k < e && s[k] == '(') {
		size_t close = k, r;

		while (close < e && s[close] != ')' && s[close] != '\n')
			close++;
		r = close < e ? rd_skip_spaces(s, e, close + 1) : e;
		if (close < e && s[close] == ')' && r < e &&
		    (rd_prefix(s + r, e - r, "minute no") ||
		    rd_prefix(s + r, e - r, "resolution no") ||
		    rd_prefix(s + r, e - r, "min no")) &&
		    memchr(s + r, '\n', e - r) == NULL)
			e = close + 1;
	}
	/* New Zealand: "Cr Aperahama / Cr Dobbie" alone on its line, a
	 * title on each side */
	if (k == 0 && e > 8 && e < 80 && s[0] != '(' && memchr(s, '\n', e) ==
	    NULL && (slash = rd_find(s, e, "/")) != (size_t)-1 &&
	    memchr(s + slash + 1, '/', e - slash - 1) == NULL &&
	    titled_at(s, slash) != 0 && titled_at(s + rd_skip_spaces(s, e,
	    slash + 1), e - rd_skip_spaces(s, e, slash + 1)) != 0 &&
	    (a = mover_side(s, slash, 0)) != NULL) {
		size_t b0 = rd_skip_spaces(s, e, slash + 1);

		if ((b = mover_side(s + b0, e - b0, 0)) == NULL) {
			free(a);
			return 0;
		}
		free(p->proposer);
		free(p->seconder);
		p->proposer = a;
		p->seconder = b;
		return 1;
	}
	if (e - k < 5 || s[k] != '(' || s[e - 1] != ')' ||
	    memchr(s + k + 1, '(', e - k - 2) != NULL)
		return 0;
	for (slash = k + 1; slash < e - 1 && s[slash] != '/'; slash++)
		;
	if (slash == e - 1 || memchr(s + slash + 1, '/', e - slash - 2))
		return 0;
	/* surnames alone after "RESOLVED" or "Motion:", or alone on their
	 * line over the motion's "That ..." (Ontario: "(Pauls/Osei)") */
	bare = k > 0 || (k == 0 && e == n && over_that(p, s + n));
	if ((a = mover_side(s + k + 1, slash - k - 1, bare)) == NULL)
		return 0;
	if ((b = mover_side(s + slash + 1, e - slash - 2, bare)) == NULL) {
		free(a);
		return 0;
	}
	free(p->proposer);
	free(p->seconder);
	p->proposer = a;
	p->seconder = b;
	return 1;
}

/*
 * 1 if the word at s[at] opens a clause of its own, in capitals after a
 * dash, a full stop or a semicolon: "Payments approved - Proposed Cllr
 * X", "... be sought. Proposed Cllr X"; not "the proposed variation".
 */
static int
clause_opens(const char *s, size_t at)
{
	if (!rd_isupper((unsigned char)s[at]) || at < 2 || s[at - 1] != ' ')
		return 0;
	/* "It is Moved Councillor Hunt Seconded Councillor Oates:" (New
	 * South Wales) */
	if (at == 6 && rd_prefix(s, 6, "it is "))
		return 1;
	return s[at - 2] == '-' || s[at - 2] == '.' || s[at - 2] == ';' ||
	    (at >= 4 && (unsigned char)s[at - 4] == 0xe2 &&
	    (unsigned char)s[at - 3] == 0x80 && (unsigned char)s[at - 2] ==
	    0x93);
}

/* 1 if s ends in "it was:", a lead-in to the marker on the next line. */
static int
ends_it_was(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ':' ||
	    s[n - 1] == '-' || s[n - 1] == '\n'))
		n--;
	return n >= 7 && rd_prefix(s + n - 7, 7, " it was") == 7;
}

/*
 * Length of a name given by its initials and surname at s, untitled:
 * "K. Tang", "A. B. Paquette", "S. Hamilton-Smith"; else 0.
 */
static size_t
initial_name(const char *s, size_t n)
{
	size_t k = 0, initials = 0, e;

	while (k + 2 < n && rd_isupper((unsigned char)s[k]) && s[k + 1] == '.'
	    && s[k + 2] == ' ') {
		k += 3;
		initials++;
	}
	if (initials == 0 || k >= n || !rd_isupper((unsigned char)s[k]))
		return 0;
	for (e = k + 1; e < n && (rd_islower((unsigned char)s[e]) ||
	    (s[e] == '-' && e + 1 < n && rd_isupper((unsigned char)s[e + 1])) ||
	    rd_isupper((unsigned char)s[e])); e++)
		;
	return e - k >= 2 ? e : 0;
}

/* 1 if s[0..n) seconds by an untitled name: "... Seconded A. Paquette:" */
static int
initial_seconder(const char *s, size_t n)
{
	size_t at = rd_find(s, n < 120 ? n : 120, "seconded ");

	return at != (size_t)-1 && initial_name(s + at + 9, n - at - 9) != 0;
}

/* Where "(" opens after "It was moved (Councillors X/Y):"; else 0. */
static size_t
moved_pair(const char *s, size_t n)
{
	size_t k = rd_prefix(s, n, "it was moved (");

	return k != 0 && rd_find(s + k, n - k < 80 ? n - k : 80, "/") !=
	    (size_t)-1 ? k - 1 : 0;
}

/*
 * HEAD_LOST, HEAD_CARRIED or HEAD_WITHDRAWN if the line of s[0..n) naming
 * a motion's mover ends with its result in brackets: "2 - Motion to Amend
 * Item moved by Councillor Ames (Lost)", as Toronto heads each motion;
 * else HEAD_NONE.
 */
static int
header_result(const char *s, size_t n)
{
	static const struct {
		const char *word;
		int result;
	} words[] = {
		{ "lost", HEAD_LOST }, { "defeated", HEAD_LOST },
		{ "failed", HEAD_LOST }, { "carried", HEAD_CARRIED },
		{ "withdrawn", HEAD_WITHDRAWN },
	};
	size_t at = rd_find(s, n, "moved by "), e, o, i;

	if (at == (size_t)-1)
		return HEAD_NONE;
	for (e = at; e < n && s[e] != '\n'; e++)
		;
	while (e > at && s[e - 1] == ' ')
		e--;
	if (e - at < 4 || s[e - 1] != ')')
		return HEAD_NONE;
	for (o = e - 1; o > at && s[o] != '('; o--)
		;
	if (s[o] != '(')
		return HEAD_NONE;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i].word) == e - o - 2 &&
		    rd_prefix(s + o + 1, e - o - 2, words[i].word) == e - o - 2)
			return words[i].result;
	return HEAD_NONE;
}

/*
 * "Proposed by Councillor X", "Seconded: Cllr Y", "It was proposed by X,
 * seconded by Y and agreed that ...".  Returns 1 if the unit names a
 * proposer or seconder; *rest is where a decision in the same unit
 * starts (or 0).
 */
static int
proposal_at(struct parse *p, const char *s, size_t n, size_t *rest)
{
	/* "Proposed Cllr Kemp, seconded Cllr Whitbread": without "by" */
	static const char *const prop[] = {
		"proposed by", "moved by", "proposer:", "proposed:",
		"on the proposal of", "on the motion of", "on motion of",
		"upon motion of", "on a motion by", "on motion by",
		"upon the motion of", "upon the proposal of",
		"a motion was made by", "motion made by",
		/* "On a motion from Councillor X, seconded by ...", "A
		 * motion offered by Council Member X, duly seconded by
		 * ..." (Legistar) */
		"on a motion from", "upon a motion from", "a motion offered by",
		"motion offered by", "proposed ",
		"moved:", "mover:", "motion by", "moved ", "prop. ", "prop ",
		"prop:",
		/* "MOTION: Councilmember Tanabe / SECOND: ..." */
		"motion:",
		/* "Moved – Councillor Lemon / Seconded – Councillor Miller"
		 * (New Zealand) */
		"moved \xe2\x80\x93", "moved -",
	};
	/* "Motion by Tate, supported by Harlan", as Michigan boards
	 * second */
	static const char *const sec[] = {
		"seconded by", "seconder:", "seconded:", "seconded ", "2nd ",
		"2nd:",
		"second by", "second:", "supported by",
		"seconded \xe2\x80\x93", "seconded -",
	};
	size_t i, k, e, b, at, used, w, best = (size_t)-1;
	int found = 0, late = 0, late_ok;

	*rest = 0;
	/* "(Reference: Motion by Councillor Douglas, submitted)": what
	 * the item took, as Scottish minutes end one */
	if (rd_prefix(s, n, "(reference") || rd_prefix(s, n, "(references"))
		return 0;
	/* "M/S Lee/Ortiz.", as California's action minutes give the
	 * mover and seconder */
	if ((k = rd_prefix(s, n, "m/s ")) != 0 || (k = rd_prefix(s, n,
	    "m/s: ")) != 0) {
		size_t slash, e;

		k = rd_skip_spaces(s, n, k);
		for (e = k; e < n && s[e] != '.' && s[e] != ';' &&
		    s[e] != ',' && s[e] != '\n'; e++)
			;
		for (slash = k; slash < e && s[slash] != '/'; slash++)
			;
		if (slash > k && slash + 1 < e && rd_isupper((unsigned char)
		    s[k]) && rd_isupper((unsigned char)s[slash + 1])) {
			free(p->proposer);
			free(p->seconder);
			p->proposer = rd_squeeze(s + k, slash - k);
			p->seconder = rd_squeeze(s + slash + 1, e - slash - 1);
			return 1;
		}
	}
	/* "Moved Cr Greening/Cr Butler" over the motion (New Zealand) */
	if ((k = rd_prefix(s, n, "moved ")) != 0) {
		size_t slash, e;
		char *a, *b;

		for (e = k; e < n && s[e] != '\n'; e++)
			;
		for (slash = k; slash < e && slash - k < 50 && s[slash] != '/';
		    slash++)
			;
		if (slash < e && s[slash] == '/' && (a = mover_side(s + k,
		    slash - k, 1)) != NULL) {
			if ((b = mover_side(s + slash + 1, e - slash - 1, 1)) !=
			    NULL) {
				free(p->proposer);
				free(p->seconder);
				p->proposer = a;
				p->seconder = b;
				return 1;
			}
			free(a);
		}
	}
	/* New South Wales: "(Cr Hollis/Cr Whitfield)" alone over the
	 * motion, "RESOLVED (Benning/Whitely)", "Motion: (Raman/Osei)" */
	if (pair_movers(p, s, n))
		return 1;
	/* British Columbia: "Moved/Seconded (Dhaliwal/Fraser)", "It was
	 * Moved and Seconded", over the motion's "THAT ..." */
	/* ... "It was moved (Councillors McAllister/Bellamy):" (New
	 * Zealand) */
	if ((k = rd_prefix(s, n, "moved/seconded")) != 0 ||
	    (k = rd_prefix(s, n, "it was moved and seconded")) != 0 ||
	    (k = rd_prefix(s, n, "moved and seconded")) != 0 ||
	    (k = moved_pair(s, n)) != 0) {
		size_t slash, close;

		at = k;
		while (k < n && s[k] == ' ')
			k++;
		if (k < n && s[k] == '(' && (close = rd_find(s + k, n - k,
		    ")")) != (size_t)-1 && (slash = rd_find(s + k, close,
		    "/")) != (size_t)-1) {
			free(p->proposer);
			free(p->seconder);
			/* "(Councillors McAllister/Bellamy)": each one a
			 * Councillor */
			if ((w = rd_prefix(s + k + 1, slash - 1,
			    "councillors ")) != 0) {
				p->proposer = xasprintf("Councillor %.*s",
				    (int)(slash - 1 - w), s + k + 1 + w);
				p->seconder = xasprintf("Councillor %.*s",
				    (int)(close - slash - 1), s + k + slash +
				    1);
			} else {
				p->proposer = rd_squeeze(s + k + 1,
				    slash - 1);
				p->seconder = rd_squeeze(s + k + slash + 1,
				    close - slash - 1);
			}
			k += close + 1;
		}
		while (k < n && (s[k] == ' ' || s[k] == ','))
			k++;
		/* "It was moved and seconded that ...": from the last word
		 * before the motion's */
		if (rd_prefix(s + k, n - k, "that "))
			*rest = at - 8;
		return 1;
	}
	/* Only at the start of the unit or after "It was" and the like
	 * (so no further than 100 bytes in). */
	for (i = 0; i < sizeof prop / sizeof prop[0]; i++) {
		/* further in only for "were proposed by" (below) */
		late_ok = strcmp(prop[i], "proposed by") == 0 ||
		    strcmp(prop[i], "moved by") == 0;
		w = late_ok ? 200 : 100;
		at = rd_find(s, n < w + strlen(prop[i]) ? n : w +
		    strlen(prop[i]), prop[i]);
		/* a word of its own: not "had been removed by the
		 * Passenger Transport Executive" */
		if (at != (size_t)-1 && at > 0 &&
		    rd_isalpha((unsigned char)s[at - 1]))
			continue;
		/* "Councillor Peake moved by way of amendment:": no one
		 * named "way of amendment" */
		if (at != (size_t)-1 && rd_prefix(s + at, n - at,
		    "moved by way of"))
			continue;
		/* "It was also agreed, on the proposal of X, ..."; "The
		 * Minutes of ... were proposed by X, seconded by Y and
		 * adopted." */
		if (at == (size_t)-1 || (at > 40 && (at > 100 ||
		    s[at - 2] != ',' || !rd_prefix(prop[i], strlen(prop[i]),
		    "on the ")) && !(late_ok &&
		    ((at > 5 && memcmp(s + at - 5, "were", 4) == 0) ||
		    (at > 4 && memcmp(s + at - 4, "was", 3) == 0)) &&
		    rd_isspace((unsigned char)s[at - 1]))) ||
		    at >= best)
			continue;
		k = at + strlen(prop[i]);
		/* "MOTION: Stahl / SECOND: ...", "(Motion: Ahern; ...)"
		 * open the unit; not "For the motion: ...", nor "MOTION:
		 * Moved by X" (the mover's label follows) */
		if (strcmp(prop[i], "motion:") == 0) {
			size_t v = rd_skip_spaces(s, n, k);

			if ((at > 0 && (at > 1 || s[0] != '(')) ||
			    rd_prefix(s + v, n - v, "moved") ||
			    rd_prefix(s + v, n - v, "proposed"))
				continue;
		}
		/* "the proposed bye-laws", "proposed by-passes" */
		if (k < n && rd_isalpha((unsigned char)s[k - 1]) &&
		    (rd_isalpha((unsigned char)s[k]) || s[k] == '-'))
			continue;
		/* without "by", only opening the unit or a clause of its
		 * own ("Payments list approved - Proposed Cllr X, ..."), a
		 * title before the name, or its initial when a seconder's
		 * name follows so ("Moved K. Tang - Seconded A. Paquette:",
		 * as Edmonton writes them) */
		if (rd_isspace((unsigned char)s[k - 1]) && ((at > 0 &&
		    !clause_opens(s, at)) || (!titled_at(s + k, n - k) &&
		    !(at == 0 && initial_name(s + k, n - k) &&
		    initial_seconder(s, n)))))
			continue;
		/* accepted for "were proposed by" alone */
		late = at > 40 && late_ok && (at > 100 || s[at - 2] != ',');
		best = at;
		used = 0;
		free(p->proposer);
		p->proposer = person_name(s + k, label_value(prop[i], s + k,
		    n - k), &used);
		found = 1;
		/* "RESOLVED on the motion of Cr Lau and Cr Haddad that ...",
		 * as New South Wales records its movers */
		if (rd_prefix(s + k + used, n - k - used, " and ") &&
		    titled_at(s + k + used + 5, n - k - used - 5) != 0) {
			free(p->seconder);
			p->seconder = person_name(s + k + used + 5,
			    n - k - used - 5, NULL);
		} else if (rd_prefix(s + rd_skip_spaces(s, n, k), n -
		    rd_skip_spaces(s, n, k), "councillors ") &&
		    (b = rd_find(s + k, used, " and ")) != (size_t)-1 &&
		    rd_isupper((unsigned char)s[k + b + 5])) {
			/* "On the motion of Councillors Ainsworth and
			 * Rutherford the Council resolved ..." (New
			 * Zealand): the second the seconder */
			b += k + 5;
			for (e = b; e < k + used && (rd_isalpha((unsigned
			    char)s[e]) || s[e] == '-' || s[e] == '\''); e++)
				;
			free(p->seconder);
			p->seconder = xasprintf("Councillor %.*s",
			    (int)(e - b), s + b);
		}
		/* "... and Gorman it was resolved that the Council:": the
		 * decision after the pair */
		if (p->seconder != NULL && rd_prefix(prop[i], strlen(prop[i]),
		    "on ")) {
			e = rd_skip_spaces(s, n, k + used);
			if (e < n && s[e] == ',')
				e = rd_skip_spaces(s, n, e + 1);
			e += rd_prefix(s + e, n - e, "it was ");
			e += rd_prefix(s + e, n - e, "unanimously ");
			if (rd_prefix(s + e, n - e, "resolved") ||
			    rd_prefix(s + e, n - e, "agreed"))
				*rest = e;
		}
	}
	for (i = 0; i < sizeof sec / sizeof sec[0]; i++) {
		char *nominator = NULL;

		at = rd_find(s, n, sec[i]);
		/* "supported by" seconds only a motion just named ("Motion
		 * by Tate, supported by Harlan"): "this was supported by the
		 * Council" seconds nothing */
		if (at != (size_t)-1 && strcmp(sec[i], "supported by") == 0 &&
		    !found)
			at = (size_t)-1;
		/* "Councillor Foley nominated Councillor Ryan and this was
		 * seconded by ...": an election's proposer */
		if (at != (size_t)-1 && !found && !p->have_prop &&
		    (nominator = nominated(s, at)) != NULL) {
			free(p->proposer);
			p->proposer = nominator;
			found = 1;
		}
		/* "As an amendment, Councillor I Massie-Grant, seconded
		 * by ...": the mover's clause may be long */
		if (at == (size_t)-1 || (at > 40 && !found && (at > 100 ||
		    s[at - 2] != ',')))
			continue;
		k = at + strlen(sec[i]);
		/* "seconded" / "by Councillor Y" across a paragraph's
		 * break */
		if (s[k - 1] == '\n') {
			while (k < n && rd_isspace((unsigned char)s[k]))
				k++;
			if (rd_prefix(s + k, n - k, "by "))
				k += 3;
		}
		if (rd_isspace((unsigned char)s[k - 1]) && ((at > 0 &&
		    !found) || (!titled_at(s + k, n - k) &&
		    !(found && initial_name(s + k, n - k)))))
			continue;
		/* "Councillor X, seconded by Councillor Y, moved:-" */
		if (!found && at > 2 && s[at - 2] == ',' && (k = mover_at(s,
		    at - 2)) != (size_t)-1) {
			free(p->proposer);
			p->proposer = person_name(s + k, at - 2 - k, NULL);
		} else if (!found && at > 2 && s[at - 2] == ',' &&
		    (e = moved_before(s, at - 2)) != 0 &&
		    (k = mover_at(s, e)) != (size_t)-1) {
			/* "Councillor X moved, seconded by Councillor Y,
			 * AND IT WAS RESOLVED, that ...", "X moved, in
			 * amendment, seconded by Y, that ..." (Canada) */
			free(p->proposer);
			p->proposer = person_name(s + k, e - k, NULL);
		}
		k = at + strlen(sec[i]);
		used = 0;
		free(p->seconder);
		p->seconder = person_name(s + k, label_value(sec[i], s + k,
		    n - k), &used);
		found = 1;
		k += used;
		/* "..., moved:- that", "..., moved as an amendment:- that":
		 * rest at the last word before the motion's */
		while (k < n && (s[k] == ' ' || s[k] == ','))
			k++;
		if (rd_prefix(s + k, n - k, "moved as an amendment") ||
		    rd_prefix(s + k, n - k, "moved as a further amendment")) {
			*rest = k + rd_find(s + k, n - k, "amendment");
			break;
		}
		if (rd_prefix(s + k, n - k, "moved")) {
			*rest = k;
			break;
		}
		/* " and agreed that", " and resolved:", "; And Resolved" */
		while (k < n && (s[k] == ' ' || s[k] == ',' || s[k] == ';' ||
		    s[k] == '\n' || s[k] == '.'))
			k++;
		if (rd_prefix(s + k, n - k, "and "))
			k += 4;
		if (rd_prefix(s + k, n - k, "it was "))
			k += 7;
		if (rd_prefix(s + k, n - k, "unanimously "))
			k += 12;
		if (rd_prefix(s + k, n - k, "agreed") ||
		    rd_prefix(s + k, n - k, "resolved") ||
		    rd_prefix(s + k, n - k, "carried") ||
		    rd_prefix(s + k, n - k, "be it resolved") ||
		    rd_prefix(s + k, n - k, "now therefore be it resolved"))
			*rest = k;
		break;
	}
	/* "*I will move ...* The motion was proposed by X, seconded by Y
	 * and agreed that ...": the words before the proposal would be
	 * lost; they are left as they are */
	if (found && late && *rest != 0 && !rd_prefix(s, n, "the ") &&
	    !rd_prefix(s, n, "minutes")) {
		free(p->proposer);
		free(p->seconder);
		p->proposer = p->seconder = NULL;
		*rest = 0;
		return 0;
	}
	/* "The Plan ... was proposed by X, seconded by Y and resolved.":
	 * the sentence is the decision, not the one after it */
	if (found && late && *rest != 0 && words_in(s + *rest, n - *rest) <=
	    1)
		*rest = 0;
	/* "The following Notice of Motion had been submitted by Councillor
	 * Moran, seconded by Councillor Pearce:-": who submitted it moves
	 * it */
	if (found && p->proposer == NULL && p->seconder != NULL &&
	    (k = rd_find(s, n < 160 ? n : 160, "submitted by ")) !=
	    (size_t)-1 && rd_find(s, k, "seconded") == (size_t)-1)
		p->proposer = person_name(s + k + 13, n - k - 13, NULL);
	p->prop_at = best != (size_t)-1 ? best : 0;
	return found;
}


/*
 * 1 if s is a table's row whose last cell is a decision: "24/0002/FUL |
 * REFUSED", "Land at Mill Lane | Approved subject to conditions".
 */
static int
table_outcome(const char *s, size_t n)
{
	static const char *const words[] = {
		"approved", "refused", "granted", "deferred", "withdrawn",
		"agreed", "noted", "dismissed", "allowed", "permitted",
		"delegated",
	};
	size_t i, at = (size_t)-1, k;

	for (i = 0; i + 2 < n; i++)
		if (s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ')
			at = i + 3;
	if (at == (size_t)-1)
		return 0;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if ((k = rd_prefix(s + at, n - at, words[i])) != 0 &&
		    (at + k == n || !rd_isalpha((unsigned char)s[at + k])))
			return 1;
	return 0;
}

/* Who decides: "The Committee agreed", "the Board NOTED". */
static const char *const bodies[] = {
	"Committee", "Sub-Committee", "Sub Committee", "Board", "Cabinet",
	"Council", "Panel", "Members", "Meeting", "Executive", "Forum",
	"Commission", "Group", "Partnership", "Authority", "Assembly",
	"Scrutiny Committee", "Joint Committee", "Cabinet Member", "Leader",
	"District", "Municipal District", "Governors", "Governing Body",
	"Trust Board", "Board of Directors", "Directors", "Trustees",
	"Full Council", "Working Group", "All", "Community Board",
	"Local Board", "An Chomhairle", "An Coiste",
	"Integration Joint Board", "Joint Board", "IJB",
	"Community Council", "Parish Council", "Town Council",
	"Liaison Meeting", "County Council", "City Council",
	"Borough Council", "District Council",
};

/*
 * Bytes of a decision's outcome in capitals opening s, as planning
 * minutes print them: "DEFERRED", "REFUSED", "GRANTED"; else 0.
 */
static size_t
outcome_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"DEFERRED", "REFUSED", "GRANTED", "APPROVED", "WITHDRAWN",
		"NOTED", "ENDORSED", "AUTHORISED", "AUTHORIZED",
	};
	size_t j, k;

	for (j = 0; j < sizeof words / sizeof words[0]; j++) {
		k = strlen(words[j]);
		if (k <= n && memcmp(s, words[j], k) == 0 && (k == n ||
		    s[k] == ' ' || s[k] == '.' || s[k] == ',' ||
		    s[k] == ';' || s[k] == '\n'))
			return k;
	}
	return 0;
}

/*
 * Bytes of a topic run in before a decision: "(a) Ashcombe Scouts -
 * RESOLVED to award ...", "Archwiliad / Audit: RESOLVED that ...", as
 * parish minutes decide a list's points; else 0.
 */
static size_t
topic_lead(const char *s, size_t n)
{
	size_t k = list_label(s, n), e, lim = n < k + 70 ? n : k + 70, w = 0;

	for (e = k; e < lim; e++) {
		if (s[e] == '.' || s[e] == '\n')
			return 0;
		if (s[e] == ' ')
			w++;
		if (rd_prefix(s + e, n - e, " - ") || (s[e] == ':' &&
		    e + 1 < n && s[e + 1] == ' '))
			break;
	}
	if (e >= lim || e == k || w > 8)
		return 0;
	e += s[e] == ':' ? 2 : 3;
	return rd_prefix(s + e, n - e, "RESOLVED") == 8 ||
	    rd_prefix(s + e, n - e, "AGREED") == 6 ? e : 0;
}

/*
 * 1 if s is the action taken on a consent item, on a line of its own
 * under it: "Approved as submitted.", "Adopted Resolution No. 24-112.",
 * "Waived full reading and adopted Ordinance No. 2024-14.", "Denied."
 */
static int
action_line(const char *s, size_t n)
{
	static const char *const words[] = {
		"Approved", "Adopted", "Accepted", "Denied", "Ratified",
		"Tabled", "Waived",
	};
	size_t j, k, i, spaces = 0;

	if (n > 120)
		return 0;
	for (i = 0; i < n; i++)
		spaces += s[i] == ' ';
	for (j = 0; j < sizeof words / sizeof words[0]; j++) {
		k = strlen(words[j]);
		if (k <= n && memcmp(s, words[j], k) == 0 && (k == n ||
		    s[k] == ' ' || s[k] == '.' || s[k] == ',') &&
		    spaces < 12 && (k == n || s[k] != ' ' ||
		    !rd_isupper((unsigned char)s[k + 1]) ||
		    rd_prefix(s + k, n - k, " Resolution") ||
		    rd_prefix(s + k, n - k, " Ordinance")))
			return 1;
	}
	return 0;
}

/*
 * 1 if s declares someone elected: "X was declared elected Chair", "the
 * Director declared Councillor Ryan elected as ...", "X was duly elected",
 * "X was elected Mayor"; not "she was elected in 2019".
 */
static int
elected(const char *s, size_t n)
{
	static const char *const chairs[] = {
		"chair", "vice-chair", "vice chair", "vice-chairman",
		"vice chairman", "deputy chair", "cathaoirleach",
		"leas-chathaoirleach", "convener", "depute convener",
	};
	size_t at = rd_find(s, n < 300 ? n : 300, " elected"), k, i;

	/* "Councillor Gaughan was appointed Chair for the meeting." */
	if ((k = rd_find(s, n < 300 ? n : 300, " was appointed ")) !=
	    (size_t)-1 || (k = rd_find(s, n < 300 ? n : 300,
	    " were appointed ")) != (size_t)-1) {
		k = rd_find(s + k, n - k, "appointed ") + k + 10;
		k += rd_prefix(s + k, n - k, "as ");
		k += rd_prefix(s + k, n - k, "the ");
		for (i = 0; i < sizeof chairs / sizeof chairs[0]; i++)
			if ((at = rd_prefix(s + k, n - k, chairs[i])) != 0 &&
			    (k + at >= n || !rd_isalpha((unsigned char)
			    s[k + at])))
				return 1;
		at = rd_find(s, n < 300 ? n : 300, " elected");
	}
	if (at == (size_t)-1)
		return 0;
	k = at + 8;
	if (k < n && rd_isalpha((unsigned char)s[k]))
		return 0;
	if (rd_find(s, at, "declared") != (size_t)-1 ||
	    (at >= 5 && memcmp(s + at - 5, " duly", 5) == 0) ||
	    (at >= 12 && memcmp(s + at - 12, " unanimously", 12) == 0))
		return 1;
	if (at < 4 || memcmp(s + at - 4, " was", 4) != 0)
		return 0;
	while (k < n && s[k] == ' ')
		k++;
	if (rd_prefix(s + k, n - k, "as "))
		k += 3;
	return k < n && rd_isupper((unsigned char)s[k]);
}

/* 1 if s[0..n) is a date and nothing more: "April 2, 2024". */
static int
date_alone(const char *s, size_t n)
{
	char *date;
	size_t i, words = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
		n--;
	if (n == 0 || n > 30)
		return 0;
	for (i = 0; i < n; i++)
		words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
	if (words > 4 || (date = rd_find_date(s, n)) == NULL)
		return 0;
	free(date);
	return 1;
}

/*
 * Bytes of the words naming which of its kind a body is, before it:
 * "Local " of "Local Committee", "Area " of "Area Committee (North)"; 0
 * when s opens with no capitalised word or two before a body.
 */
static size_t
body_qualifier(const char *s, size_t n)
{
	static const char *const ranks[] = {
		"Chief", "Deputy", "Assistant", "Acting", "Interim", "Vice",
	};
	size_t at = 0, w, j;
	int words;

	/* (up to three words, "and" or "&" between two: "Health and
	 * Wellbeing Board", "Overview and Scrutiny Committee") */
	for (words = 0; words < 3; words++) {
		if (words > 0 && (rd_prefix(s + at, n - at, "and ") == 4 ||
		    rd_prefix(s + at, n - at, "& ") == 2) &&
		    s[at] != 'A')
			at += s[at] == '&' ? 2 : 4;
		if (at >= n || !rd_isupper((unsigned char)s[at]))
			return 0;
		for (w = at; w < n && rd_isalpha((unsigned char)s[w]); w++)
			;
		if (w >= n || s[w] != ' ' || w - at < 3)
			return 0;
		/* (not "The Council Committee": a body itself; not "The
		 * Chief Executive", an officer) */
		if (rd_in_list(bodies, sizeof bodies / sizeof bodies[0],
		    s + at, w - at) || rd_in_list(ranks, sizeof ranks /
		    sizeof ranks[0], s + at, w - at))
			return 0;
		at = w + 1;
		for (j = 0; j < sizeof bodies / sizeof bodies[0]; j++) {
			size_t m = strlen(bodies[j]);

			if (at + m < n && memcmp(s + at, bodies[j], m) == 0 &&
			    (s[at + m] == ' ' || s[at + m] == ':'))
				return at;
		}
	}
	return 0;
}

/* Bytes of an area in brackets after a body: " (Tenbridge)", or 0. */
static size_t
area_after(const char *s, size_t n)
{
	size_t k;

	if (n < 4 || s[0] != ' ' || s[1] != '(' ||
	    !rd_isupper((unsigned char)s[2]))
		return 0;
	for (k = 2; k < n && k < 40 && s[k] != ')' && s[k] != '\n'; k++)
		;
	return k < n && s[k] == ')' ? k + 1 : 0;
}

/* 1 if s is ":", ":-" or " :-" and nothing more. */
static int
body_colon(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i] == ' ')
		i++;
	if (i >= n || s[i] != ':')
		return 0;
	i++;
	if (i < n && s[i] == '-')
		i++;
	while (i < n && (s[i] == ' ' || s[i] == '\n'))
		i++;
	return i == n;
}

/* 1 if s opens with a word that decides: "RESOLVED", "agreed", "was". */
static int
deciding_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"resolved", "agreed", "decided", "approved", "noted",
		"recommended", "unanimously", "was ", "were ", "then ",
		"therefore ", "accordingly ", "determined", "endorsed",
		"received", "adopted", "accepted", "deferred",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (rd_prefix(s, n, words[i]))
			return 1;
	return 0;
}

/* Who decides, opening a decision after a lead-in. */
static const char *const deciding_subjects[] = {
	"it was ", "it is ", "the committee ", "the sub-committee ",
	"the council ", "the board ", "the panel ", "the cabinet ",
	"members ", "the members ", "council ", "committee ",
};
#define NDECIDING_SUBJECTS \
	(sizeof deciding_subjects / sizeof deciding_subjects[0])

/* 1 if s opens with who decides and a deciding word: "the
 * Sub-Committee decided", "it was agreed". */
static int
subject_decides(const char *s, size_t n)
{
	size_t j, k;

	for (j = 0; j < NDECIDING_SUBJECTS; j++)
		if ((k = rd_prefix(s, n, deciding_subjects[j])) != 0 &&
		    deciding_word(s + k, n - k))
			return 1;
	return 0;
}

/*
 * Bytes of a lead-in clause before a decision: "Following discussion, ",
 * "After consideration, ", "Thereafter ", "Having considered the report,
 * "; 0 if s has none.
 */
static size_t
decision_lead(const char *s, size_t n)
{
	static const char *const leads[] = {
		"following ", "after ", "having ", "thereafter", "accordingly",
		"on a vote", "upon ", "on being put to the vote",
		"as an amendment", "by way of amendment",
		"by way of an amendment", "during the debate",
		"at the start of the debate", "at the end of the debate",
		"at the close of the debate", "at this point", "at this stage",
		"in the course of the debate",
		"in accordance with ", "pursuant to ", "on resumption",
		"in the absence of ",
		/* "There being no amendment, the Council agreed to ..." */
		"there being no ",
	};
	size_t j, i, k, words = 0;

	/* "With 8 votes for, 2 against and 1 abstention, the Committee
	 * RESOLVED": a tally with commas of its own, then the subject */
	if (rd_prefix(s, n, "with ") || (rd_prefix(s, n, "by ") &&
	    !rd_prefix(s, n, "by way of amendment") &&
	    !rd_prefix(s, n, "by way of an amendment"))) {
		for (i = 0; i + 2 < n && i < 160; i++) {
			if (s[i] != ',' || s[i + 1] != ' ')
				continue;
			for (j = 0; j < NDECIDING_SUBJECTS; j++)
				if (rd_prefix(s + i + 2, n - i - 2,
				    deciding_subjects[j]))
					return i + 2;
		}
		return 0;
	}
	/* "The substantive motion was CARRIED and it was RESOLVED that
	 * Council:": the vote, then the decision */
	if ((k = rd_find(s, n < 160 ? n : 160, " and it was resolved")) !=
	    (size_t)-1 && (rd_find(s, k, " carried") != (size_t)-1 ||
	    rd_find(s, k, " put to the vote") != (size_t)-1))
		return k + 5;
	/* "On returning,", "On reconvening,", "On return,", as a
	 * sub-committee comes back from deliberating */
	if (rd_prefix(s, n, "on ")) {
		for (i = 3; i < n && rd_isalpha((unsigned char)s[i]); i++)
			;
		if (i < n && s[i] == ',' && i > 6 && (rd_prefix(s + i - 3, 3,
		    "ing") || rd_prefix(s + 3, i - 3, "return")))
			return rd_skip_spaces(s, n, i + 1);
	}
	for (j = 0; j < sizeof leads / sizeof leads[0]; j++)
		if (rd_prefix(s, n, leads[j]))
			break;
	if (j == sizeof leads / sizeof leads[0])
		return 0;

	for (i = 0; i < n && words < 8; i++) {
		/* (a line's end a space: "After" / "discussion it was
		 * agreed", as a PDF wraps it) */
		if (s[i] == ' ' || s[i] == '\n') {
			/* "After a lengthy discussion it was RESOLVED" */
			words++;
			if (words > 1 && subject_decides(s + i + 1, n - i - 1))
				return i + 1;
		} else if (s[i] == ',') {
			i++;
			while (i < n && s[i] == ' ')
				i++;
			/* "Having considered the report, the representations
			 * and the guidance, the Sub-Committee decided to:": a
			 * list of what was weighed, then who decided */
			if (rd_prefix(s, n, "having ") &&
			    !subject_decides(s + i, n - i))
				for (k = i; k + 2 < n && k < 300; k++) {
					if (s[k] == '.' || s[k] == ';' ||
					    s[k] == ':')
						break;
					if (s[k] == ',' && s[k + 1] == ' ' &&
					    subject_decides(s + k + 2,
					    n - k - 2))
						return k + 2;
				}
			return i < n ? i : 0;
		} else if ((s[i] == '.' && !abbrev_before(s, 0, i)) ||
		    s[i] == ';' ||
		    s[i] == ':')
			return 0;
	}
	/* a long clause: "Having considered the objection report and the
	 * responses received ..., RESOLVED that" */
	for (; i + 2 < n && i < 240; i++) {
		if (s[i] == '.' || s[i] == ';' || s[i] == ':')
			return 0;
		if (s[i] == ',' && s[i + 1] == ' ' && (rd_prefix(s + i + 2,
		    n - i - 2, "RESOLVED") == 8 || rd_prefix(s + i + 2,
		    n - i - 2, "AGREED") == 6) && rd_isupper((unsigned char)
		    s[i + 3]))
			return i + 2;
		/* "After a discussion in which Members welcomed ..., it
		 * was RESOLVED that" */
		if (s[i] == ',' && s[i + 1] == ' ')
			for (j = 0; j < NDECIDING_SUBJECTS; j++)
				if (rd_prefix(s + i + 2, n - i - 2,
				    deciding_subjects[j]))
					return i + 2;
	}
	return 0;
}

/* 1 if s[0..n) is "unanimously " or the like, with nothing else. */
static int
adverb_only(const char *s, size_t n)
{
	/* "Further RESOLVED that:-" */
	return (rd_prefix(s, n, "unanimously ") == n ||
	    rd_prefix(s, n, "accordingly ") == n ||
	    rd_prefix(s, n, "further ") == n) && n > 0;
}

/* 1 if s[0..n) is a number alone: "CNCL/2024/00012", "WCBB/2024/61". */
static int
reference_only(const char *s, size_t n)
{
	size_t i, digits = 0;

	while (n > 0 && rd_isspace((unsigned char)s[n - 1]))
		n--;
	if (n < 4)
		return 0;
	for (i = 0; i < n; i++) {
		if (rd_isdigit((unsigned char)s[i]))
			digits++;
		else if (!rd_isupper((unsigned char)s[i]) && s[i] != '/' &&
		    s[i] != '-' && s[i] != '.')
			return 0;
	}
	return digits >= 2 && memchr(s, '/', n) != NULL;
}

/* 1 if a body that verb-ed something decided it: "approved the plan". */
static int
approves(const char *verb)
{
	return strcmp(verb, "approved") == 0 || strcmp(verb, "granted") == 0 ||
	    strcmp(verb, "endorsed") == 0 ||
	    strcmp(verb, "adopted") == 0 || strcmp(verb, "ratified") == 0 ||
	    strcmp(verb, "accepted") == 0 ||
	    strcmp(verb, "homologated") == 0;
}

/*
 * The length of "to Council that", "TO COUNCIL", "to the Executive" at s,
 * after "RECOMMENDED": to whom, up to the recommendation's words; or 0.
 */
static size_t
recommended_to(const char *s, size_t n)
{
	size_t k = rd_prefix(s, n, "to "), words = 0, e;

	if (k == 0)
		return 0;
	if ((e = rd_prefix(s + k, n - k, "the ")) != 0 || (e = rd_prefix(s + k,
	    n - k, "full ")) != 0)
		k += e;
	while (k < n && words < 4 && rd_isupper((unsigned char)s[k])) {
		while (k < n && (rd_isalpha((unsigned char)s[k]) ||
		    s[k] == '-' || s[k] == '\''))
			k++;
		words++;
		if (k < n && s[k] == ' ' && k + 1 < n && rd_isupper(
		    (unsigned char)s[k + 1]))
			k++;
	}
	if (words == 0)
		return 0;
	while (k < n && s[k] == ' ')
		k++;
	if (k >= n || s[k] == ':' || s[k] == '-' || s[k] == '\n')
		return k;
	return rd_prefix(s + k, n - k, "that") ? k : 0;
}

/*
 * Where the words of a marker at the end of its line go on: "RESOLVED"
 * (or "RECOMMENDED to Council") alone over "that the fees be approved."
 * in small letters; k itself otherwise ("Decision" over "To note the
 * report." is a heading over the decision).
 */
static size_t
words_below(const char *s, size_t n, size_t k)
{
	size_t below = k;

	if (k >= n || s[k] != '\n')
		return k;
	while (below < n && rd_isspace((unsigned char)s[below]))
		below++;
	return below < n && s[below] == 't' && (rd_prefix(s + below,
	    n - below, "that ") || rd_prefix(s + below, n - below, "to ")) ?
	    below : k;
}

static size_t verb_index(const char *const *verbs, size_t count,
    const char *s, size_t n, size_t *len);

/*
 * 1 if s[0..n) is one short sentence recording what became of a
 * planning application: "The application was therefore refused.",
 * "Planning permission was granted subject to conditions.", "The
 * Committee refused planning permission."; not a history ("The
 * application was refused in 2019 and allowed on appeal").
 */
static int
planning_decided(const char *s, size_t n)
{
	static const char *const subjects[] = {
		"the application ", "this application ", "the planning "
		"application ", "planning permission ", "planning consent ",
		"listed building consent ", "the committee ", "the "
		"sub-committee ", "the panel ",
	};
	static const char *const verbs[] = {
		"was refused", "was granted", "was approved", "was deferred",
		"was therefore refused", "was therefore granted",
		"was therefore approved", "was accordingly refused",
		"was accordingly granted", "was unanimously refused",
		"was unanimously granted", "was unanimously approved",
		"refused planning permission", "granted planning permission",
		"refused the application", "granted the application",
		"refused permission", "granted permission",
	};
	size_t i, k, e, stop;

	if (n > 240)
		return 0;
	for (stop = 0; stop < n && s[stop] != '.' && s[stop] != ':'; stop++)
		;
	/* one sentence, perhaps over "for the following reasons:" */
	if (stop + 1 < n && s[stop] == '.')
		return 0;
	i = verb_index(subjects, sizeof subjects / sizeof subjects[0], s, n,
	    &k);
	/* "Planning application 23/01193/FUL was refused ...": its
	 * reference before the verb */
	if (i == sizeof subjects / sizeof subjects[0]) {
		if ((k = rd_prefix(s, n, "planning application ")) == 0 &&
		    (k = rd_prefix(s, n, "application ")) == 0)
			return 0;
		for (e = k; e < stop && s[e] != ' '; e++)
			;
		if (e == k || strcspn(s + k, "0123456789") >= e - k)
			return 0;
		k = e + 1;
	}
	if (k >= stop)
		return 0;
	i = verb_index(verbs, sizeof verbs / sizeof verbs[0], s + k, stop - k,
	    &e);
	if (i == sizeof verbs / sizeof verbs[0])
		return 0;
	/* "the Committee" only refuses or grants permission itself */
	if ((rd_prefix(s, n, "the committee ") || rd_prefix(s, n,
	    "the sub-committee ") || rd_prefix(s, n, "the panel ")) &&
	    strncmp(verbs[i], "was ", 4) == 0)
		return 0;
	e += k;
	return rd_find(s + e, stop - e, " in 1") == (size_t)-1 &&
	    rd_find(s + e, stop - e, " in 2") == (size_t)-1 &&
	    rd_find(s + e, stop - e, "appeal") == (size_t)-1 &&
	    rd_find(s + e, stop - e, "previous") == (size_t)-1;
}

/*
 * A decision marker at the start of s: "Resolved:", "RESOLVED that", "And
 * Resolved:", "The Committee agreed:", "It was agreed that", "Decision:".
 * Returns its kind and sets *len to where the decision's words start.
 */
static int
marker_at(const char *s, size_t n, size_t *len)
{
	static const struct {
		const char *verb;
		int kind;
		int strict;	/* needs ":" or "that" after it */
	} verbs[] = {
		{ "resolved", MARK_RESOLVED, 0 },
		/* Middlesbrough's and New England's "ORDERED" */
		{ "ordered", MARK_RESOLVED, 0 },
		{ "agreed", MARK_RESOLVED, 1 },
		{ "decided", MARK_RESOLVED, 1 },
		{ "determined", MARK_RESOLVED, 1 },
		{ "recommended", MARK_RECOMMEND, 1 },
		{ "approved", MARK_RESOLVED, 1 },
		{ "granted", MARK_RESOLVED, 1 },
		{ "decision", MARK_RESOLVED, 2 },
		{ "decisions", MARK_RESOLVED, 2 },
		{ "resolution", MARK_RESOLVED, 2 },
		{ "resolutions", MARK_RESOLVED, 2 },
		{ "recommendation", MARK_RECOMMEND, 2 },
		{ "recommendations", MARK_RECOMMEND, 2 },
		{ "noted", MARK_RESOLVED, 3 },
		{ "received", MARK_RESOLVED, 3 },
		{ "endorsed", MARK_RESOLVED, 3 },
		{ "ratified", MARK_RESOLVED, 3 },
		{ "deferred", MARK_RESOLVED, 3 },
		{ "supported", MARK_RESOLVED, 3 },
		{ "accepted", MARK_RESOLVED, 3 },
		{ "adopted", MARK_RESOLVED, 3 },
		{ "refused", MARK_RESOLVED, 3 },
		{ "rejected", MARK_RESOLVED, 3 },
		{ "revoked", MARK_RESOLVED, 3 },
		{ "declined", MARK_RESOLVED, 3 },
		{ "authorised", MARK_RESOLVED, 3 },
		{ "authorized", MARK_RESOLVED, 3 },
		/* a consultee's view: "The Council OBJECTS to this
		 * application:"; Scotland's "homologated" (ratified) */
		{ "objects", MARK_RESOLVED, 3 },
		{ "objected", MARK_RESOLVED, 3 },
		{ "homologated", MARK_RESOLVED, 3 },
	};
	size_t i = 0, k, j, m, verb_at;
	int prefixed = 0, caps, shout, office = 0;

	if (minutes_signed(s, n))
		return MARK_NONE;
	/* "The application was refused.", "Planning permission was
	 * granted subject to conditions.": the sentence is the decision */
	if (planning_decided(s, n)) {
		*len = 0;
		return MARK_RESOLVED;
	}
	/* "PENDERFYNWYD / RESOLVED:": the marker in two languages */
	if ((k = second_language(s, n)) != 0 && (j = (size_t)marker_at(s + k,
	    n - k, len)) != MARK_NONE) {
		*len += k;
		return (int)j;
	}
	/* "3712     RESOLVED             (Bradley/Garrard)": the minute's
	 * number at the margin, the marker in capitals after a wide gap
	 * (New South Wales) */
	for (k = 0; k < n && k < 7 && rd_isdigit((unsigned char)s[k]); k++)
		;
	if (k >= 2 && k < 7 && k + 4 < n && (s[k] == '\t' ||
	    (s[k] == ' ' && s[k + 1] == ' ' && s[k + 2] == ' '))) {
		for (j = k; j < n && (s[j] == ' ' || s[j] == '\t'); j++)
			;
		if (j < n && rd_isupper((unsigned char)s[j]) && j + 1 < n &&
		    rd_isupper((unsigned char)s[j + 1]) &&
		    (m = (size_t)marker_at(s + j, n - j, len)) != MARK_NONE) {
			*len += j;
			return (int)m;
		}
	}
	/* "Order: Noted.", "Order: Referred to the Naming Committee.", as
	 * Dublin's area committees close an item */
	if ((k = rd_prefix(s, n, "order:")) != 0 && s[0] == 'O' &&
	    rd_skip_spaces(s, n, k) < n) {
		*len = rd_skip_spaces(s, n, k);
		return MARK_RESOLVED;
	}
	if ((k = rd_prefix(s, n, "and ")) != 0)
		i = k;
	/* "Be it resolved that", "NOW THEREFORE BE IT RESOLVED THAT",
	 * "NOW, THEREFORE, BE IT RESOLVED that" */
	if ((k = rd_prefix(s + i, n - i, "now therefore ")) != 0 ||
	    (k = rd_prefix(s + i, n - i, "now, therefore, ")) != 0 ||
	    (k = rd_prefix(s + i, n - i, "therefore, ")) != 0 ||
	    (k = rd_prefix(s + i, n - i, "therefore ")) != 0)
		i += k;
	if ((k = rd_prefix(s + i, n - i, "be it resolved ")) != 0 ||
	    (k = rd_prefix(s + i, n - i, "be it further resolved ")) !=
	    0) {
		*len = i + k;
		return MARK_RESOLVED;
	}
	i = rd_prefix(s, n, "and ");
	/* "It is resolved that:", as the City of Sydney records a decision
	 * (not "It is recommended that", an officer's advice) */
	if ((k = rd_prefix(s + i, n - i, "it was ")) != 0 ||
	    (rd_prefix(s + i, n - i, "it is resolved") &&
	    (k = rd_prefix(s + i, n - i, "it is ")) != 0)) {
		i += k;
		prefixed = 1;
	} else if ((k = rd_prefix(s + i, n - i, "the ")) != 0 ||
	    rd_isupper((unsigned char)s[i]) || rd_islower((unsigned char)
	    s[i])) {
		size_t b = i + k;
		int small = k == 0 && rd_islower((unsigned char)s[i]);

		/* "The Local Committee", "The Area Committee (North)" */
		if (k != 0)
			b += body_qualifier(s + b, n - b);
		for (j = 0; j < sizeof bodies / sizeof bodies[0]; j++) {
			size_t m = strlen(bodies[j]), e, area;
			int hit;

			/* "governors APPROVED the quote": a body in small
			 * letters, only with its verb in capitals */
			if (small) {
				if (b + m >= n || rd_prefix(s + b, n - b,
				    bodies[j]) != m || s[b + m] != ' ')
					continue;
				for (e = b + m + 1; e < n && s[e] != ' '; e++)
					;
				if (e - (b + m + 1) < 4 || !rd_all_caps(s + b +
				    m + 1, e - (b + m + 1)))
					continue;
				i = b + m + 1;
				prefixed = 1;
				break;
			}
			/* "After consideration, the committee approved
			 * ...": after "the", in small letters too */
			hit = b + m <= n && (memcmp(s + b, bodies[j], m) ==
			    0 || (k != 0 && rd_prefix(s + b, n - b, bodies[j]) ==
			    m));
			/* "The Local Committee (Tenbridge) AGREED" */
			area = hit && k != 0 ? area_after(s + b + m, n - b - m) :
			    0;
			if (hit && b + m + area < n && (s[b + m + area] == ' ' ||
			    s[b + m + area] == '\n')) {
				m += area;
				i = b + m + 1;
				prefixed = 1;
				office = strcmp(bodies[j], "Leader") == 0 ||
				    strcmp(bodies[j], "Cabinet Member") == 0;
				/* "The District Council", "The Town Board" */
				if ((e = rd_prefix(s + i, n - i, "council ")) !=
				    0 || (e = rd_prefix(s + i, n - i,
				    "board ")) != 0 || (e = rd_prefix(s + i,
				    n - i, "committee ")) != 0)
					i += e;
				break;
			}
			/* "The Sub-Committee, having regard to the
			 * guidance, decided to ...": a clause between */
			if (k != 0 && b + m + 2 < n && memcmp(s + b, bodies[j],
			    m) == 0 && s[b + m] == ',' && s[b + m + 1] == ' ' &&
			    rd_prefix(s + b + m + 2, n - b - m - 2,
			    "having ")) {
				static const char *const then[] = {
					", decided ", ", agreed ",
					", resolved ", ", determined ",
				};
				size_t c, best = (size_t)-1, t;

				for (t = 0; t < sizeof then / sizeof then[0];
				    t++)
					if ((c = rd_find(s + b + m, n - b - m,
					    then[t])) < best)
						best = c;
				if (best != (size_t)-1 && best < 300) {
					i = b + m + best + 2;
					prefixed = 1;
					break;
				}
			}
			/* "The Committee:-" and then its decisions;
			 * "Following discussion, Council:"; "After
			 * consideration, the committee" over its points */
			if (hit)
				m += area;
			if (hit && (body_colon(s + b + m, n - b - m) ||
			    (k != 0 && rd_skip_spaces(s, n, b + m) == n))) {
				*len = n;
				return MARK_RESOLVED;
			}
		}
	}
	/* "The Cabinet Member for Housing, Councillor X, has decided:"
	 * over the points of a decision notice: whoever decided */
	if (n < 300 && ends_with_colon(s, 0, n)) {
		static const char *const ends[] = {
			" has decided:", " have decided:", " has decided to:",
			" has resolved:", " has agreed:",
			" decided as follows:", " resolved as follows:",
			" agreed as follows:",
		};
		size_t e = n;

		while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '-'))
			e--;
		for (j = 0; j < sizeof ends / sizeof ends[0]; j++) {
			size_t m = strlen(ends[j]);

			if (e >= m + 8 && rd_prefix(s + e - m, m, ends[j])) {
				*len = n;
				return MARK_RESOLVED;
			}
		}
	}
	/* "After discussion, the Committee noted the update and agreed that
	 * the contract be extended ...": the sentence is the decision */
	if (prefixed && i > 0 && rd_prefix(s + i, n - i, "noted ") &&
	    n - i < 400 && (rd_find(s + i, n - i, " and agreed that ") !=
	    (size_t)-1 || rd_find(s + i, n - i, " and agreed to ") !=
	    (size_t)-1) && !ends_with_colon(s, i, n)) {
		*len = 0;
		return MARK_RESOLVED;
	}
	/* "The Panel noted the findings and agreed to:" over its points */
	if (prefixed && n < 200 && ends_with_colon(s, i, n)) {
		static const char *const ends[] = {
			" and agreed to:", " and agreed:", " and resolved to:",
			" and resolved:", " and decided to:",
		};
		size_t e = n;

		while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '-'))
			e--;
		for (j = 0; j < sizeof ends / sizeof ends[0]; j++) {
			size_t m = strlen(ends[j]);

			if (e >= i + m && rd_prefix(s + e - m, m, ends[j])) {
				*len = n;
				return MARK_RESOLVED;
			}
		}
	}
	/* "The Committee made the following recommendations to Cabinet:" */
	if (prefixed && (k = rd_prefix(s + i, n - i, "made the following "
	    "recommendation")) != 0 && ends_with_colon(s, i, n)) {
		*len = n;
		return MARK_RECOMMEND;
	}
	for (;;) {
		/* "The Sub-Committee has decided to grant" */
		static const char *const adv[] = {
			"therefore ", "further ", "then ", "unanimously ",
			"accordingly ", "also ", "duly ", "formally ",
			"has ", "have ",
		};

		for (j = 0; j < sizeof adv / sizeof adv[0]; j++)
			if ((k = rd_prefix(s + i, n - i, adv[j])) != 0)
				break;
		if (j == sizeof adv / sizeof adv[0])
			break;
		i += k;
	}
	for (j = 0; j < sizeof verbs / sizeof verbs[0]; j++) {
		k = rd_prefix(s + i, n - i, verbs[j].verb);
		if (k == 0 || (i + k < n &&
		    rd_isalpha((unsigned char)s[i + k])))
			continue;
		/* "RESOLVED" and "Resolved" start a sentence; "resolved" not */
		caps = rd_isupper((unsigned char)s[i]) || (i > 0 &&
		    adverb_only(s, i) && rd_isupper((unsigned char)s[0]));
		if (!prefixed && !caps)
			continue;
		/* "ORDERED" in capitals or after "It was": "Ordered
		 * copies ..." is no decision */
		if (strcmp(verbs[j].verb, "ordered") == 0 && !prefixed &&
		    !rd_all_caps(s + i, k))
			continue;
		/* "UNANIMOUSLY RESOLVED": an adverb may come first */
		if (!prefixed && i > 0 && !rd_prefix(s, n, "and ") &&
		    !adverb_only(s, i))
			continue;
		/*
		 * "The Committee AGREED the virements", "the Board NOTED
		 * the report": a verb in capitals after the body is the
		 * decision whatever follows; its words are kept.
		 */
		shout = prefixed && rd_all_caps(s + i, k);
		if (verbs[j].strict == 3) {
			/* "The Committee deferred consideration of the
			 * request": the sentence is the decision */
			/* ... and "The community council homologated both
			 * awards", a word of decisions only */
			if (prefixed && ((strcmp(verbs[j].verb, "deferred") ==
			    0 && (rd_prefix(s + i + k, n - i - k,
			    " consideration") || rd_prefix(s + i + k,
			    n - i - k, " a decision") || rd_prefix(s + i + k,
			    n - i - k, " the "))) || strcmp(verbs[j].verb,
			    "homologated") == 0)) {
				*len = 0;
				return verbs[j].kind;
			}
			/* "The Committee adopted the recommendations
			 * contained within the report." (Northern Ireland) */
			if (prefixed && approves(verbs[j].verb) &&
			    (rd_prefix(s + i + k, n - i - k,
			    " the recommendation") || rd_prefix(s + i + k,
			    n - i - k, " the minutes") || rd_prefix(s + i + k,
			    n - i - k, " the report"))) {
				*len = 0;
				return verbs[j].kind;
			}
			if (!shout)
				continue;
			/* "The Board NOTED the report": the whole sentence */
			*len = 0;
			return verbs[j].kind;
		}
		verb_at = i;
		k += i;
		while (k < n && s[k] == ' ')
			k++;
		k = words_below(s, n, k);
		/* "RESOLVED" / "(unanimously)": the vote alone on the line
		 * under the marker, the decision's words after them */
		if (caps && !prefixed && i == 0 && k < n && s[k] == '\n') {
			size_t b = rd_skip_spaces(s, n, k), c;

			if (b < n && s[b] == '(' && (c = rd_find(s + b, n - b,
			    ")")) != (size_t)-1 && c < 60 && memchr(s + b, '\n',
			    c) == NULL && rd_skip_spaces(s, n, b + c + 1) >= n)
				k = n;
		}
		/* "Decision" alone on its line, the decision under it */
		if (verbs[j].strict == 2 && caps && !prefixed && k < n &&
		    s[k] == '\n' && i == 0) {
			*len = rd_skip_spaces(s, n, k);
			return verbs[j].kind;
		}
		/* "The Committee decided not to refer the decision back" */
		if (prefixed && strcmp(verbs[j].verb, "decided") == 0 &&
		    (rd_prefix(s + k, n - k, "to ") ||
		    rd_prefix(s + k, n - k, "not to "))) {
			*len = 0;
			return verbs[j].kind;
		}
		/* "(unanimously)", "(nem con)", "(10 for, 3 against, 1
		 * abstention)" */
		if (k + 1 < n && s[k] == '(' && (rd_isalpha((unsigned char)
		    s[k + 1]) || rd_isdigit((unsigned char)s[k + 1]))) {
			struct label lab;
			size_t c = k;

			while (c < n && s[c] != ')' && c - k < 60)
				c++;
			/* ("For: 6   Against: 4   Abstentions: 1") */
			if (c < n && c - k > 30 && rd_find(s + k, c - k,
			    " for") == (size_t)-1 && rd_find(s + k, c - k,
			    "vote") == (size_t)-1 && rd_find(s + k, c - k,
			    "against") == (size_t)-1)
				c = n;
			if (c < n && s[c] == ')' && !label_at(s + k, n - k, 0,
			    0, &lab))
				k = c + 1;
			while (k < n && s[k] == ' ')
				k++;
		}
		/* "RECOMMENDED to Council that:", "RECOMMENDS TO COUNCIL:":
		 * to whom, then the recommendations */
		if (verbs[j].kind == MARK_RECOMMEND)
			k = words_below(s, n, k + recommended_to(s + k, n - k));
		if (k < n && s[k] == '.') {
			/* "It was agreed.": the sentence is the decision */
			if (k + 1 < n)
				continue;
			*len = 0;
			return verbs[j].kind;
		}
		/* "Approved unanimously.": the sentence is the decision */
		if ((m = rd_prefix(s + k, n - k, "unanimously")) != 0 &&
		    k + m < n && s[k + m] == '.' && k + m + 1 >= n) {
			*len = 0;
			return verbs[j].kind;
		}
		/* "Resolved unanimously:", "It was resolved by a majority
		 * to:" */
		if (((m = rd_prefix(s + k, n - k, "unanimously")) != 0 ||
		    (m = rd_prefix(s + k, n - k, "by a majority")) != 0 ||
		    (m = rd_prefix(s + k, n - k, "by majority")) != 0) &&
		    k + m < n && (s[k + m] == ':' || s[k + m] == ' ' ||
		    s[k + m] == '-')) {
			k += m;
			while (k < n && s[k] == ' ')
				k++;
		}
		/* "RESOLVED /-", as Greater Manchester prints it */
		if (k + 1 < n && s[k] == '/' && s[k + 1] == '-')
			k++;
		if (k >= n || s[k] == ':' || s[k] == '-' || s[k] == ',' ||
		    s[k] == ';') {
			/* "Resolved -", "Resolved:" */
			if (k < n)
				k++;
		} else if (rd_prefix(s + k, n - k, "to:")) {
			/* "The Board agreed to:" and its points */
			k += 3;
		} else if (office && !shout && rd_prefix(s + k, n - k,
		    "to ") && !rd_prefix(s + k, n - k, "to the ") &&
		    !rd_prefix(s + k, n - k, "to approve")) {
			/* "The Leader agreed to do so.": a reply, one
			 * member's promise */
			continue;
		} else if (rd_prefix(s + k, n - k, "that") ||
		    rd_prefix(s + k, n - k, "to ") ||
		    rd_prefix(s + k, n - k, "unanimously") ||
		    s[k] == '"' || s[k] == '(') {
			/* keep the words: "that the report be noted" */
		} else if (shout) {
			*len = verb_at;
			return verbs[j].kind;
		} else if (prefixed && i > 0 && approves(verbs[j].verb) &&
		    (rd_prefix(s + k, n - k, "the ") ||
		    /* "The Committee approved and adopted the minutes" */
		    rd_prefix(s + k, n - k, "and adopted the ") ||
		    rd_prefix(s + k, n - k,
		    "a ") || rd_prefix(s + k, n - k, "an ") ||
		    rd_prefix(s + k, n - k, "all ") || rd_prefix(s + k, n - k,
		    "its ") || rd_prefix(s + k, n - k, "approval ") ||
		    rd_prefix(s + k, n - k, "permission ") ||
		    rd_prefix(s + k, n - k, "consent "))) {
			/* "The District Council approved the funding
			 * applications ...": the sentence is the decision */
			*len = 0;
			return verbs[j].kind;
		} else if (verbs[j].strict || !caps)
			continue;
		else if (verbs[j].strict == 0 && caps &&
		    !rd_isupper((unsigned char)s[k]))
			continue;
		if (verbs[j].strict == 2 && k < n && k > 0 &&
		    s[k - 1] != ':' && s[k - 1] != '-')
			continue;
		/* "Resolved:-" */
		while (k < n && (s[k] == ' ' || s[k] == '\n' || s[k] == ':' ||
		    (s[k] == '-' && s[k - 1] == ':')))
			k++;
		/* "Council Resolved CNCL/2024/00012": the resolution's
		 * number, and its words next */
		if (reference_only(s + k, n - k))
			k = n;
		*len = k;
		/* "RESOLVED – That Cabinet RECOMMENDS to Council that:":
		 * Council will decide */
		if (verbs[j].kind == MARK_RESOLVED && n - k < 100 &&
		    ends_with_colon(s, k, n) && (rd_find(s + k, n - k,
		    " recommends ") != (size_t)-1 || rd_find(s + k, n - k,
		    " recommend to ") != (size_t)-1))
			return MARK_RECOMMEND;
		return verbs[j].kind;
	}
	return MARK_NONE;
}

/* 1 if s starts with the word of something minutes note: a report. */
static int
noted_thing_at(const char *s, size_t n)
{
	static const char *const things[] = {
		"report", "update", "minute", "presentation", "information",
		"contents", "correspondence", "briefing", "statement", "letter",
		"response", "position", "recommendation", "summary",
		"overview", "progress", "programme", "plan", "log",
		"register", "schedule", "accounts", "payments", "decision",
		"appeal", "petition", "forecast", "return", "dashboard",
		"outturn", "action", "strategy", "review", "deputation",
		"motion", "application", "item", "reconciliation", "content",
		"appointment", "nomination", "membership", "arrangements",
		"dates", "timetable", "request", "quotation", "proposal",
		"calendar", "survey", "note",
	};
	size_t j, k;

	for (j = 0; j < sizeof things / sizeof things[0]; j++) {
		k = rd_prefix(s, n, things[j]);
		if (k == 0)
			continue;
		if (k < n && (s[k] == 's' || s[k] == 'S'))
			k++;	/* "reports", "letters" */
		if (k == n || !rd_isalpha((unsigned char)s[k]))
			return 1;
	}
	return 0;
}

/* The index of the word after the one at s[i]. */
static size_t
next_word(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] != ' ')
		i++;
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

/*
 * A sentence that records a report as noted, which minutes print as the
 * item's decision: "The report was noted by Members.", "The Committee
 * noted the update.", "The minutes of the meeting were noted.", "Noted."
 * (1); or as decided otherwise: "The minutes of the last meeting were
 * approved as a correct record." (2, the outcome as the words say).  A
 * fact noted ("Members noted that ...") is not one, nor a lead-in to a
 * list; a sentence that goes on to resolve something is left to the
 * markers.
 */
/*
 * 1 if s puts its item off, as a decision: "This item was deferred to
 * the next meeting.", "Deferred pending a site visit.", "The
 * application was withdrawn by the applicant."
 */
static int
put_off(const char *s, size_t n)
{
	static const char *const subjects[] = {
		"this item was ", "the item was ", "this matter was ",
		"the matter was ", "this application was ",
		"the application was ", "this report was ",
		"the report was ", "consideration of this item was ",
		"the deputation was ", "the petition was ",
		"the motion was ", "the notice of motion was ",
		"the question was ",
	};
	static const char *const verbs[] = {
		"deferred", "withdrawn", "adjourned", "postponed",
	};
	size_t i, j, k = 0, at;

	/* "Cllr Howard agreed to defer the motion until ..." */
	if ((at = rd_find(s, n < 90 ? n : 90, " agreed to defer ")) !=
	    (size_t)-1 && (rd_prefix(s + at + 17, n - at - 17, "the motion") ||
	    rd_prefix(s + at + 17, n - at - 17, "his motion") ||
	    rd_prefix(s + at + 17, n - at - 17, "her motion") ||
	    rd_prefix(s + at + 17, n - at - 17, "the notice of motion")))
		return 1;
	for (i = 0; i < sizeof subjects / sizeof subjects[0] && k == 0; i++)
		k = rd_prefix(s, n, subjects[i]);
	/* "The item was therefore WITHDRAWN." */
	if (k > 0 && ((j = rd_prefix(s + k, n - k, "therefore ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, "accordingly ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, "subsequently ")) != 0))
		k += j;
	for (j = 0; j < sizeof verbs / sizeof verbs[0]; j++) {
		size_t v = rd_prefix(s + k, n - k, verbs[j]);

		if (v == 0 || (k + v < n &&
		    rd_isalpha((unsigned char)s[k + v])))
			continue;
		/* alone, "Deferred" needs what it was put off to */
		return k > 0 || rd_prefix(s + v, n - v, " to ") ||
		    rd_prefix(s + v, n - v, " until ") ||
		    rd_prefix(s + v, n - v, " pending ") ||
		    rd_prefix(s + v, n - v, " for ") ||
		    rd_prefix(s + v, n - v, " by ");
	}
	return 0;
}

/* 1 if s is someone withdrawing a motion: "Cr Vercoe withdrew his notice
 * of motion.", "The applicant withdrew the application." */
static int
withdrew(const char *s, size_t n)
{
	static const char *const whose[] = {
		"his ", "her ", "their ", "the ",
	};
	static const char *const what[] = {
		"notice of motion", "motion", "amendment", "application",
		"question", "petition", "proposal",
	};
	size_t at = rd_find(s, n < 80 ? n : 80, " withdrew "), i, k;

	/* "Cllr Boyce agreed to withdraw the motion" */
	if (at == (size_t)-1 && (at = rd_find(s, n < 90 ? n : 90,
	    " agreed to withdraw ")) != (size_t)-1)
		at += 10;
	/* "... thanked the officer for the response and" / "withdrew the
	 * motion." */
	if (at == (size_t)-1 && (at = rd_find(s, n < 160 ? n : 160,
	    " and\nwithdrew ")) != (size_t)-1)
		at += 4;
	if (at == (size_t)-1)
		return 0;
	at += 10;
	for (i = 0; i < sizeof whose / sizeof whose[0]; i++)
		if ((k = rd_prefix(s + at, n - at, whose[i])) != 0)
			break;
	if (i == sizeof whose / sizeof whose[0])
		return 0;
	at += k;
	for (i = 0; i < sizeof what / sizeof what[0]; i++)
		if (rd_prefix(s + at, n - at, what[i]))
			return 1;
	return 0;
}

/*
 * 1 if s says the item before the meeting was withdrawn: "The Chair
 * announced that this application had been withdrawn by the applicant."
 * (Not a vote on the motion before it.)
 */
static int
withdrawn_item(const char *s, size_t n)
{
	static const char *const passive[] = {
		" had been withdrawn", " has been withdrawn", " was withdrawn",
	};
	size_t i, k;

	for (i = 0; i < sizeof passive / sizeof passive[0]; i++)
		if ((k = rd_find(s, n < 160 ? n : 160, passive[i])) !=
		    (size_t)-1 && k >= 11 && (rd_prefix(s + k - 11, 11,
		    "application") || rd_prefix(s + k - 4, 4, "item")))
			return 1;
	return 0;
}

static size_t words_in(const char *s, size_t n);

static int
noted_at(const char *s, size_t n)
{
	static const char *const decided[] = {
		"approved", "agreed", "confirmed", "adopted", "accepted",
		"endorsed", "signed",
	};
	size_t i = 0, k = 0, j, words;
	int thing = 0, own = 0, programme = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n'))
		n--;
	if (n == 0 || s[n - 1] == ':' ||
	    rd_find(s, n, "resolved") != (size_t)-1 ||
	    rd_find(s, n, "agreed that") != (size_t)-1)
		return 0;
	if ((n == 5 || (n == 6 && s[5] == '.')) && rd_prefix(s, n, "noted"))
		return 1;
	/* "After consideration, the committee noted the report." */
	if ((k = decision_lead(s, n)) != 0 && k < n)
		return noted_at(s + k, n - k);
	/* "Received and filed.", as American minutes note a report */
	if (n <= 20 && (rd_prefix(s, n, "received and filed") ||
	    rd_prefix(s, n, "received and noted")))
		return 1;
	if (put_off(s, n) || withdrew(s, n) || withdrawn_item(s, n) ||
	    elected(s, n))
		return 2;
	/* "The Cathaoirleach declared the disposal approved." after a
	 * recorded vote, no motion written */
	if ((k = rd_find(s, n < 60 ? n : 60, " declared the ")) !=
	    (size_t)-1 && rd_find(s, n, "motion") == (size_t)-1 &&
	    rd_find(s, n, "amendment") == (size_t)-1) {
		static const char *const results[] = {
			" approved", " carried", " adopted", " agreed",
		};

		size_t e = n > 0 && s[n - 1] == '.' ? n - 1 : n;

		for (j = 0; j < sizeof results / sizeof results[0]; j++) {
			size_t m = strlen(results[j]);

			if (e > m && rd_prefix(s + e - m, m, results[j]) == m &&
			    words_in(s + k, e - k) <= 6)
				return 2;
		}
	}
	/* "Agreed as a correct record and signed by the Chair." */
	if (rd_prefix(s, n, "agreed as a correct record") ||
	    rd_prefix(s, n, "approved as a correct record"))
		return 2;
	/* "That the minutes of the meeting held on 13 July 2023 be
	 * confirmed and signed by the Chairman as a correct record." */
	if ((rd_prefix(s, n, "that the minutes ") ||
	    rd_prefix(s, n, "that the minute of ")) && (rd_find(s, n,
	    " be confirmed") != (size_t)-1 || rd_find(s, n, " be approved") !=
	    (size_t)-1 || rd_find(s, n, " be signed") != (size_t)-1 ||
	    rd_find(s, n, " be agreed") != (size_t)-1))
		return 2;
	/* "There had been circulated and was APPROVED the Minute of ..." */
	/* ... and Glasgow's "There were submitted and approved the
	 * minutes of 1st February 2024." */
	if (rd_prefix(s, n, "there had been circulated and was ") ||
	    rd_prefix(s, n, "there was circulated and ") ||
	    rd_prefix(s, n, "there were circulated and ") ||
	    rd_prefix(s, n, "there were submitted and approved ") ||
	    rd_prefix(s, n, "there was submitted and approved "))
		return 2;
	/* "Considered and noted a report by the Director ...", as
	 * Scottish minutes leave the body out */
	if ((k = rd_prefix(s, n, "considered and noted ")) != 0) {
		k += rd_prefix(s + k, n - k, "a ") + rd_prefix(s + k, n - k,
		    "the ");
		return noted_thing_at(s + k, n - k);
	}
	if ((k = rd_prefix(s, n, "the ")) != 0)
		i = k;
	else if (!rd_isupper((unsigned char)s[0]))
		return 0;
	for (j = 0; j < sizeof bodies / sizeof bodies[0]; j++) {
		k = rd_prefix(s + i, n - i, bodies[j]);
		if (k != 0 && i + k < n && s[i + k] == ' ')
			break;
	}
	if (j < sizeof bodies / sizeof bodies[0]) {
		/* "The Committee noted the (Chief Executive's) report" */
		i += k + 1;
		if ((k = rd_prefix(s + i, n - i, "duly ")) != 0)
			i += k;
		/* "The Committee agreed its work programme, with ...",
		 * "The Panel agreed the work programme for 2025/26" */
		if ((k = rd_prefix(s + i, n - i, "agreed the ")) != 0 ||
		    (k = rd_prefix(s + i, n - i, "agreed its ")) != 0) {
			for (i += k, words = 0; i < n && words < 3; words++) {
				if (rd_prefix(s + i, n - i, "programme") ||
				    rd_prefix(s + i, n - i, "plan") ||
				    rd_prefix(s + i, n - i, "timetable") ||
				    rd_prefix(s + i, n - i, "dates") ||
				    rd_prefix(s + i, n - i, "schedule") ||
				    rd_prefix(s + i, n - i, "terms of "
				    "reference"))
					return 2;
				i = next_word(s, n, i);
			}
			return 0;
		}
		/* "The Council considered and noted a report by ...",
		 * "... considered and approved the Minute of ..." */
		/* (and "... considered and approved the report of the
		 * Chief Executive dated ...") */
		if ((k = rd_prefix(s + i, n - i, "considered and ")) != 0) {
			i += k;
			if (rd_prefix(s + i, n - i, "approved the minute"))
				return 2;
			if ((k = rd_prefix(s + i, n - i, "approved the ")) != 0 ||
			    (k = rd_prefix(s + i, n - i, "adopted the ")) != 0 ||
			    (k = rd_prefix(s + i, n - i, "agreed the ")) != 0) {
				size_t w = i + k;

				for (words = 0; w < n && words < 3; words++) {
					if (noted_thing_at(s + w, n - w))
						return 2;
					w = next_word(s, n, w);
				}
			}
		}
		/* "The committee noted its work plan."; "Members noted
		 * previously circulated report ...", "Members noted minutes
		 * of ...", as Northern Ireland writes them */
		if ((k = rd_prefix(s + i, n - i, "noted the ")) == 0 &&
		    (k = rd_prefix(s + i, n - i, "noted its ")) == 0 &&
		    (k = rd_prefix(s + i, n - i, "noted a ")) == 0 &&
		    (k = rd_prefix(s + i, n - i, "noted previously "
		    "circulated ")) == 0 && ((k = rd_prefix(s + i, n - i,
		    "noted ")) == 0 || !noted_thing_at(s + i + k, n - i - k)))
			return 0;
		for (i += k, words = 0; i < n && words < 4; words++) {
			if (noted_thing_at(s + i, n - i))
				return 1;
			/* "noted the level of response": a fact */
			if (rd_prefix(s + i, n - i, "of ") ||
			    rd_prefix(s + i, n - i, "and ") ||
			    rd_prefix(s + i, n - i, "that "))
				return 0;
			i = next_word(s, n, i);
		}
		return 0;
	}
	/*
	 * "The report was noted", "The minutes of ... were noted": the
	 * thing opens the sentence ("In response to the report, it was
	 * noted that ..." records a fact).
	 */
	if (rd_prefix(s, n, "in ") || rd_prefix(s, n, "he ") ||
	    rd_prefix(s, n, "she ") || rd_prefix(s, n, "it "))
		return 0;
	/* "The minutes of the last meeting of the Planning Committee held
	 * on 7 June 2024 were approved": a long subject */
	for (words = 0; i < n && words < (own ? 22 : 14); words++) {
		if (words < 7 && noted_thing_at(s + i, n - i)) {
			thing = 1;
			programme |= rd_prefix(s + i, n - i, "programme") ||
			    rd_prefix(s + i, n - i, "timetable") ||
			    rd_prefix(s + i, n - i, "calendar") ||
			    rd_prefix(s + i, n - i, "dates");
			own |= rd_prefix(s + i, n - i, "minutes") ||
			    rd_prefix(s + i, n - i, "minute ") ||
			    rd_prefix(s + i, n - i, "notes ") ||
			    rd_prefix(s + i, n - i, "schedule") ||
			    rd_prefix(s + i, n - i, "accounts") ||
			    rd_prefix(s + i, n - i, "payments") ||
			    rd_prefix(s + i, n - i, "reconciliation") ||
			    /* "Correspondence from the Department ...
			     * dated ... regarding ... was noted." */
			    rd_prefix(s + i, n - i, "correspondence") ||
			    rd_prefix(s + i, n - i, "letter");
		}
		if (!thing && words >= 7)
			return 0;
		/* "The correspondence, which had been circulated, was
		 * NOTED.": the clause says only how it came */
		if (thing && ((k = rd_prefix(s + i, n - i, "which had been "
		    "circulated, ")) != 0 || (k = rd_prefix(s + i, n - i,
		    "which was circulated, ")) != 0 || (k = rd_prefix(s + i,
		    n - i, "which were circulated, ")) != 0 || (k = rd_prefix(
		    s + i, n - i, "which had been previously circulated, ")) !=
		    0 || (k = rd_prefix(s + i, n - i, "having been circulated, "))
		    != 0)) {
			i += k;
			continue;
		}
		/* "The Minutes (copies of which had been circulated) of
		 * the meeting ...": an aside in brackets */
		if (thing && i < n && s[i] == '(') {
			const char *close = memchr(s + i, ')', n - i < 80 ?
			    n - i : 80);

			if (close != NULL && memchr(s + i, '.', (size_t)(close -
			    s) - i) == NULL) {
				i = rd_skip_spaces(s, n, (size_t)(close - s) + 1);
				continue;
			}
		}
		/* "a previous motion, which was withdrawn, ...": a clause
		 * of the sentence */
		if (i >= 6 && (rd_prefix(s + i - 6, 6, "which ") ||
		    rd_prefix(s + i - 5, 5, "that ")))
			return 0;
		if (thing && ((k = rd_prefix(s + i, n - i, "was ")) != 0 ||
		    (k = rd_prefix(s + i, n - i, "were ")) != 0)) {
			/* "The annual report was received.": the report
			 * names the subject's last word */
			int report = (i >= 7 && rd_prefix(s + i - 7, 7,
			    "report ")) || (i >= 8 && rd_prefix(s + i - 8, 8,
			    "reports ")) || (i >= 7 && rd_prefix(s + i - 7, 7,
			    "update "));

			i += k;
			if ((k = rd_prefix(s + i, n - i, "duly ")) != 0)
				i += k;
			/* "was received and noted"; "were taken as read and
			 * signed ... as a correct record" */
			if ((k = rd_prefix(s + i, n - i, "received and ")) !=
			    0 || (k = rd_prefix(s + i, n - i,
			    "taken as read and ")) != 0 || (k = rd_prefix(s +
			    i, n - i, "read and ")) != 0 || (k = rd_prefix(s +
			    i, n - i, "submitted and ")) != 0)
				i += k;
			k = rd_prefix(s + i, n - i, "noted");
			/* "The report was received." */
			if (k == 0 && (rd_prefix(s, n, "the report") ||
			    rd_prefix(s, n, "the update")))
				k = rd_prefix(s + i, n - i, "received");
			/* (the sentence's end: not "Comments on the report
			 * were received at the end of December") */
			if (k == 0 && report && (k = rd_prefix(s + i, n - i,
			    "received")) != 0 && i + k < n && s[i + k] != '.')
				k = 0;
			if (k != 0)
				return i + k == n || !rd_isalpha(
				    (unsigned char)s[i + k]);
			/* "The deputation from ... was withdrawn." */
			if (((k = rd_prefix(s + i, n - i, "withdrawn")) != 0 ||
			    (k = rd_prefix(s + i, n - i, "deferred")) != 0) &&
			    (i + k == n || !rd_isalpha((unsigned char)
			    s[i + k])))
				return 2;
			/*
			 * "The minutes ... were approved as a correct
			 * record": decided, as the words say; only of what
			 * a meeting decides itself (a plan "was adopted in
			 * 2019" is history).
			 */
			/* "The work programme was agreed, subject to ...":
			 * the meeting's own programme, agreed there */
			if (programme && ((k = rd_prefix(s + i, n - i,
			    "agreed")) != 0 || (k = rd_prefix(s + i, n - i,
			    "approved")) != 0) && (i + k == n || s[i + k] == ',' ||
			    s[i + k] == '.' || rd_prefix(s + i + k, n - i - k,
			    " subject") || rd_prefix(s + i + k, n - i - k,
			    " with") || rd_prefix(s + i + k, n - i - k,
			    " as amended") || rd_prefix(s + i + k, n - i - k,
			    " as presented") || rd_prefix(s + i + k, n - i - k,
			    " as circulated")))
				return 2;
			/* "The minutes were received as a true and
			 * accurate record" */
			if (own && rd_prefix(s + i, n - i, "received as a") &&
			    rd_find(s + i, n - i < 60 ? n - i : 60,
			    " record") != (size_t)-1)
				return 2;
			/* "The Report, which had been circulated, was
			 * AGREED.": the sentence ends with the decision */
			for (j = 0; !own && j < sizeof decided /
			    sizeof decided[0]; j++) {
				k = rd_prefix(s + i, n - i, decided[j]);
				if (k != 0 && rd_find(s, i, "report") !=
				    (size_t)-1 && (i + k == n || (s[i + k] ==
				    '.' && i + k + 1 == n)))
					return 2;
			}
			for (j = 0; own && j < sizeof decided /
			    sizeof decided[0]; j++) {
				k = rd_prefix(s + i, n - i, decided[j]);
				/* not "The minutes of this meeting were
				 * confirmed at the Ordinary Council Meeting
				 * held on ...", a later meeting's act */
				if (k != 0 && (i + k == n || !rd_isalpha(
				    (unsigned char)s[i + k])) &&
				    !rd_prefix(s + i + k, n - i - k, " at ") &&
				    rd_find(s, n, "of this meeting") ==
				    (size_t)-1)
					return 2;
			}
			return 0;
		}
		i = next_word(s, n, i);
	}
	return 0;
}

static void
attach_proposal(struct parse *p, struct rec_section *s)
{
	if (!p->have_prop)
		return;
	s->proposer = p->proposer;
	s->seconder = p->seconder;
	p->proposer = p->seconder = NULL;
	p->have_prop = 0;
}

/*
 * "Cllr Pemberton moved, and Cllr Oyelaran seconded, that the
 * recommendations be supported with a further recommendation (c)." and
 * then "RESOLVED:": the motion's words are kept, as discussion, before
 * the decision that takes its mover and seconder.
 */
static int proposal_states(const char *t, size_t n);

/* Case-insensitive search of the last needle in s[0..n); or -1. */
static size_t
find_last(const char *s, size_t n, const char *needle)
{
	size_t at = (size_t)-1, k, from = 0;

	while (from < n && (k = rd_find(s + from, n - from, needle)) !=
	    (size_t)-1) {
		at = from + k;
		from = at + 1;
	}
	return at;
}
static void flush_proposal(struct parse *, const char *);
static int decide_proposal(struct parse *);

/*
 * How many words of s[0..n) say more than who moved: lower-case words
 * other than the movers' own ("proposed", "seconded by", "and", "the
 * recommendations").  Names are capitalised.
 */
static size_t
motion_content_words(const char *s, size_t n)
{
	static const char *const movers_words[] = {
		"proposed", "seconded", "moved", "by", "and", "it", "was",
		"were", "this", "then", "the", "recommendation",
		"recommendations", "duly", "which", "resolved", "agreed",
		"unanimously", "councillor", "councillors", "cllr", "cr",
	};
	size_t i = 0, j, len, count = 0;

	while (i < n) {
		if (!rd_isalpha((unsigned char)s[i])) {
			i++;
			continue;
		}
		for (len = 0; i + len < n && rd_isalpha((unsigned char)
		    s[i + len]); len++)
			;
		if (!rd_isupper((unsigned char)s[i])) {
			for (j = 0; j < sizeof movers_words /
			    sizeof movers_words[0]; j++)
				if (strlen(movers_words[j]) == len &&
				    strncmp(s + i, movers_words[j], len) == 0)
					break;
			count += j == sizeof movers_words /
			    sizeof movers_words[0];
		}
		i += len;
	}
	return count;
}

static void
keep_motion(struct parse *p, const struct unit *u)
{
	const char *w = p->t + p->prop_a;
	size_t n = p->prop_b - p->prop_a, at;
	char *nominator;

	if (!p->have_prop || p->prop_b > u->a || p->prop_b <= p->prop_a)
		return;
	/* "On the proposal of X, seconded by Y, the date was re-fixed": a
	 * decision of its own, not the mover of the next (one proposal
	 * only: two run together keep the last's names) */
	/* (not "..., and there being no other nominations it was:" over
	 * the marker: the decision is the marker's) */
	if (proposal_states(w, n) && rd_find(w, n, "seconded") ==
	    find_last(w, n, "seconded") && !ends_it_was(w, n)) {
		flush_proposal(p, "unknown");
		return;
	}
	/* "The Chair proposed that the Committee write to the Trust, and
	 * this was agreed.": decided already, a decision of its own */
	if (rd_find(w, n, ", and this was agreed") != (size_t)-1 ||
	    rd_find(w, n, " and this was agreed") != (size_t)-1 ||
	    rd_find(w, n, ", which was agreed") != (size_t)-1) {
		decide_proposal(p);
		p->cur = -1;
		return;
	}
	/* the motion's words, or whom a nomination named */
	at = rd_find(w, n, "seconded");
	nominator = at != (size_t)-1 ? nominated(w, at) : NULL;
	if (rd_find(w, n, " that ") != (size_t)-1 ||
	    rd_find(w, n, " to ") != (size_t)-1 || nominator != NULL ||
	    motion_content_words(w, n) >= 3)
		sec_open(p, SEC_DISCUSSION, p->prop_a, p->prop_b, NULL);
	free(nominator);
}

/* "Motion in the name of Cllr. X", as Irish minutes head one */
static const char *const motion_labels[] = {
	"motion in the name of ", "notice of motion in the name of ",
	"notice of motion submitted by ", "motion submitted by ",
	"notice of motion from ", "motion from ", "notice of motion by ",
	"motion by ",
};
#define NMOTION_LABELS (sizeof motion_labels / sizeof motion_labels[0])

/* The member a motion's label t[a..b) names: "Notice of Motion
 * submitted by Cllr. Tony Ward" (the caller frees it), or NULL. */
static char *
label_member(const char *t, size_t a, size_t b)
{
	size_t i, k, m;

	for (i = 0; i < NMOTION_LABELS; i++)
		if ((k = rd_find(t + a, b - a, motion_labels[i])) !=
		    (size_t)-1) {
			m = strlen(motion_labels[i]);
			return person_name(t + a + k + m, b - a - k - m, NULL);
		}
	return NULL;
}

/*
 * Where a section's words start in t[a..b) after a member's name alone
 * on its line over them ("Cllr. Tomás Breen" / "“That ..."), or a.
 */
static size_t
after_member_label(const char *t, size_t a, size_t b)
{
	const char *nl = memchr(t + a, '\n', b - a);
	size_t e = nl != NULL ? (size_t)(nl - t) : b, k = 0, i, l = a;

	/* (its reference before it: "24.02.04(a)  Motion in the ...") */
	while (k < e - a && (rd_isdigit((unsigned char)t[a + k]) ||
	    (k > 0 && t[a + k] == '.')))
		k++;
	/* ("258.24 (a)     Notice of Motion submitted by ...") */
	if (k > 0 && k + 4 < e - a && t[a + k] == ' ' && t[a + k + 1] == '(')
		k++;
	/* (or only "(a)  Motion in the name of ...") */
	if (k + 3 < e - a && t[a + k] == '(' &&
	    (rd_isalpha((unsigned char)t[a + k + 1]) ||
	    rd_isdigit((unsigned char)t[a + k + 1])) && t[a + k + 2] == ')')
		k += 3;
	if (k > 0 && k < e - a && (t[a + k] == ' ' || t[a + k] == '\t'))
		l = rd_skip_spaces(t, e, a + k);
	k = 0;
	for (i = 0; i < NMOTION_LABELS && k == 0; i++)
		k = rd_prefix(t + l, e - l, motion_labels[i]);
	if (nl == NULL || (k == 0 && l > a) ||
	    !rd_member_alone(t + l + k, e - l - k))
		return a;
	return rd_skip_spaces(t, b, e);
}

/*
 * A notice of motion's words quoted, then "Proposed by X, Seconded by Y,
 * and agreed.": the quoted words, read as discussion, are the decision.
 * 1 if the last section was made so, with the pending proposal.
 */
static int
motion_above(struct parse *p, const struct unit *u)
{
	struct rec_section *s = NULL;
	const char *t;
	size_t j;

	if (!p->have_prop)
		return 0;
	/* the words, perhaps an officer's comment or the written reply
	 * after them */
	for (j = p->rec->nsections; j-- > 0 && j + 3 >= p->rec->nsections; ) {
		s = &p->rec->sections[j];
		if ((s->type != SEC_DISCUSSION && !(s->type == SEC_ANSWER &&
		    s->answers < 0)) || s->end > u->a)
			return 0;
		if (s->type == SEC_ANSWER) {
			s = NULL;
			continue;
		}
		t = p->t + after_member_label(p->t, s->start, s->end);
		while (*t == '*' || *t == ' ')
			t++;
		if (s->speaker == NULL && (*t == '"' ||
		    rd_prefix(t, 5, "that "))) {
			s->start = (size_t)(t - p->t);
			break;
		}
		s = NULL;
	}
	if (s == NULL)
		return 0;
	s->type = SEC_RESOLUTION;
	s->outcome = xstrdup("agreed");
	attach_proposal(p, s);
	p->cur = -1;
	p->in_res = 0;
	return 1;
}

static void section_free(struct rec_section *);

/*
 * Where the motion's words quoted at the end of discussion d begin, d
 * cut before them: "The Council considered the motion:- Motion
 * “Council notes ...”" over "Moved by X, seconded by Y."; else a.
 */
static size_t
quoted_above(struct parse *p, struct rec_section *d, size_t a)
{
	const char *t = p->t;
	size_t e = d->end, q;

	if (d->type != SEC_DISCUSSION || d->speaker != NULL || e > a)
		return a;
	while (e > d->start && rd_isspace((unsigned char)t[e - 1]))
		e--;
	if (e < d->start + 4 || !(t[e - 1] == '"' || (e >= 3 &&
	    (unsigned char)t[e - 3] == 0xe2 && (unsigned char)t[e - 2] ==
	    0x80 && (unsigned char)t[e - 1] == 0x9d)))
		return a;
	for (q = e - 3; q > d->start; q--)
		if ((t[e - 1] == '"' && t[q] == '"' && q < e - 1) ||
		    (q + 2 < e && (unsigned char)t[q] == 0xe2 &&
		    (unsigned char)t[q + 1] == 0x80 &&
		    (unsigned char)t[q + 2] == 0x9c))
			break;
	if (q < d->start || (q == d->start && t[q] != '"' &&
	    !(q + 2 < e && (unsigned char)t[q] == 0xe2 &&
	    (unsigned char)t[q + 1] == 0x80 &&
	    (unsigned char)t[q + 2] == 0x9c)))
		return a;
	/* the quoted words alone: the whole section is the motion's */
	if (q == d->start && d == &p->rec->sections[p->rec->nsections - 1]) {
		section_free(d);
		p->rec->nsections--;
		p->cur = -1;
		return q;
	}
	if (q == d->start)
		return a;
	for (e = q; e > d->start && rd_isspace((unsigned char)t[e - 1]); e--)
		;
	d->end = e;
	/* "7.1  Cllr. Tom Hughes:" over the quoted motion: who moved it */
	if (p->proposer == NULL && e > d->start + 1) {
		struct rd_person who;
		size_t s0 = e;

		/* (the label's line, its number aside) */
		while (s0 > d->start && t[s0 - 1] != '\n')
			s0--;
		s0 += para_number(t + s0, e - s0);
		if (rd_member_alone(t + s0, e - s0) && rd_person_at(t + s0,
		    e - s0, &who)) {
			p->proposer = xstrdup(who.name);
			rd_person_clear(&who);
		}
	}
	return q;
}

/*
 * 1 if decision s, opened by its marker, records motion r put to the
 * vote just before it: "It was proposed by X and seconded by Y that the
 * application be approved ..." / "On being put to the vote, the motion
 * was CARRIED (8 for, 2 against)." / "RESOLVED: That planning permission
 * be GRANTED ...".  The vote, in the motion's words or after them, and
 * the marker, with two sections at most between, say the decision is the
 * motion's, not another.
 */
static int
restated(const struct parse *p, const struct rec_section *r,
    const struct rec_section *s)
{
	static const char *const votes[] = {
		"carried", "put to the vote", "put to a vote", "voting",
		"votes", "voted", "in favour",
	};
	const char *t = p->t + r->start;
	size_t n, i, back;

	if (s->start <= r->start || s->start - r->start > 1500 ||
	    s->proposer != NULL || (r->outcome != NULL &&
	    strcmp(r->outcome, "withdrawn") == 0))
		return 0;
	/* the decision under its own marker: "RESOLVED: That ...", not
	 * "It was agreed to hold the next meeting ..." */
	back = s->start - r->start < 30 ? s->start - r->start : 30;
	if (rd_find(p->t + s->start - back, back, "resolved") == (size_t)-1)
		return 0;
	/* (not a decision of its own: "... and RESOLVED that ...") */
	n = r->end - r->start;
	if (rd_find(t, n, "resolved") != (size_t)-1)
		return 0;
	/* a motion's words, moving first: "X proposed that ...", "It was
	 * moved by X, seconded by Y, that ..."; not "Payments were
	 * approved. Prop Cllr X, 2nd Cllr Y.", a decision of its own */
	if (n > 200)
		n = 200;
	/* (nor an amendment: carried, it becomes the motion, whose
	 * movers were others) */
	if (((i = rd_find(t, n, "proposed")) == (size_t)-1 &&
	    (i = rd_find(t, n, "moved")) == (size_t)-1) || i > 100 ||
	    rd_find(t + i, n - i, " that ") == (size_t)-1 ||
	    memchr(t, '.', i) != NULL || rd_find(t, n, "amendment") !=
	    (size_t)-1)
		return 0;
	n = s->start - r->start;
	for (i = 0; i < sizeof votes / sizeof votes[0]; i++)
		if (rd_find(t, n, votes[i]) != (size_t)-1)
			return 1;
	return 0;
}

/* Opens one resolution whose words are [a, b); quotes are stripped. */
/*
 * "Councillor X moved and Councillor Y seconded the recommendations."
 * then (an amendment lost, perhaps) "RESOLVED: That ...": the decision
 * is the motion they moved, and takes its movers.
 */
static void
movers_of_recommendations(struct parse *p, struct rec_section *s)
{
	struct rec_section *r;
	const char *t;
	size_t j = p->rec->nsections - 1, n, at, tail;
	int talk = 0;

	while (j-- > 0) {
		r = &p->rec->sections[j];
		if (r->type != SEC_RESOLUTION) {
			talk |= r->type != SEC_DISCUSSION;
			continue;
		}
		if (r->proposer == NULL) {
			/* a decision between: it is not this one's */
			if (r->outcome == NULL || strcmp(r->outcome, "lost"))
				return;
			continue;
		}
		if (r->outcome != NULL && strcmp(r->outcome, "lost") == 0)
			continue;
		if (!talk && p->rec->nsections - j <= 4 && restated(p, r, s))
			goto take;
		/* undecided, or carried: "On being put to the vote the
		 * recommendations were agreed unanimously.", "The motion
		 * was declared carried." (its outcome still to be read) */
		if (r->outcome != NULL &&
		    strcmp(r->outcome, "unknown") != 0 &&
		    strcmp(r->outcome, "agreed") != 0)
			return;
		/* moved and seconded, the recommendations named at its
		 * end ("... seconded the recommendations in the report.") */
		t = p->t + r->start;
		n = r->end - r->start;
		/* ("... the recommendations of the Cabinet meeting held on
		 * 2 July 2024 (Minute CAB.19/24).": whose they were) */
		/* (the movers first: not "To approve the recommendations.
		 * - moved by X, seconded by Y", a motion's own words) */
		/* (or named first: "The recommendations were proposed by
		 * X and seconded by Y.") */
		if (n > 240 || (at = rd_find(t, n, "recommendation")) ==
		    (size_t)-1 || rd_find(t, n, "second") == (size_t)-1 ||
		    (rd_find(t, at, "moved") == (size_t)-1 &&
		    rd_find(t, at, "proposed") == (size_t)-1 &&
		    !(rd_prefix(t, n, "the recommendation") &&
		    (rd_find(t, n < 40 ? n : 40, " proposed by ") !=
		    (size_t)-1 || rd_find(t, n < 40 ? n : 40, " moved by ") !=
		    (size_t)-1))))
			return;
		/* to the end of its sentence: the vote may follow */
		if ((tail = rd_find(t + at, n - at, ". ")) == (size_t)-1)
			tail = n - at;
		if (tail > 40 && (tail > 120 || rd_find(t + at, tail,
		    " that ") != (size_t)-1 || rd_find(t + at, tail,
		    " to ") != (size_t)-1))
			return;
take:
		s->proposer = xstrdup(r->proposer);
		if (r->seconder != NULL)
			s->seconder = xstrdup(r->seconder);
		/* the moving sentence is how the decision came, not one */
		r->type = SEC_DISCUSSION;
		free(r->outcome);
		free(r->proposer);
		free(r->seconder);
		r->outcome = r->proposer = r->seconder = NULL;
		return;
	}
}

/*
 * Where the quotation closed by mark c ends in t[a, b), or b: the next
 * '"', or a '\'' after a sentence's stop or before one ("... in the
 * Leader.'"), not a possessive ("residents' concerns").
 */
static size_t
quote_close(const char *t, size_t a, size_t b, int c)
{
	size_t q;

	for (q = a; q < b; q++) {
		if (t[q] != c)
			continue;
		if (c == '"' || (q > a && strchr(".?!;", t[q - 1]) != NULL) ||
		    q + 1 == b || strchr(".,;)\n", t[q + 1]) != NULL)
			return q;
	}
	return b;
}

/* 1 if s opens a motion quoted in single marks: "'That this Council". */
static int
single_quoted(const char *s, size_t n)
{
	return n > 2 && s[0] == '\'' && rd_isupper((unsigned char)s[1]);
}

static void
res_open(struct parse *p, size_t a, size_t b)
{
	struct rec_section *s;
	size_t q;

	while (a < b && (p->t[a] == ' ' || p->t[a] == ':' || p->t[a] == '-'))
		a++;
	p->res_quote = 0;
	if (a < b && (p->t[a] == '"' || single_quoted(p->t + a, b - a))) {
		int c = p->t[a];

		a++;
		q = quote_close(p->t, a, b, c);
		if (q < b)
			b = q;
		else {
			p->res_quote = c;
			p->res_quote_paras = 0;
		}
	}
	sec_open(p, SEC_RESOLUTION, a, b, NULL);
	s = &p->rec->sections[p->cur];
	if (p->res_outcome != NULL)
		s->outcome = xstrdup(p->res_outcome);
	if (p->have_prop)
		attach_proposal(p, s);
	else if (p->label_proposer != NULL) {
		s->proposer = xstrdup(p->label_proposer);
		s->seconder = p->label_seconder != NULL ?
		    xstrdup(p->label_seconder) : NULL;
	} else
		movers_of_recommendations(p, s);
	p->pending_q = -1;
}

/*
 * 1 if s[0..n) opens a motion's words without "That": "This Council
 * notes ...", "Council confirm the minutes ...".
 */
static int
council_words(const char *s, size_t n)
{
	size_t k;

	if ((k = rd_prefix(s, n, "this council ")) == 0 &&
	    (k = rd_prefix(s, n, "this committee ")) == 0 &&
	    (k = rd_prefix(s, n, "council ")) == 0)
		return 0;
	/* a verb in small letters after it, not "Council Tax ..." */
	return k < n && rd_islower((unsigned char)s[k]);
}

/*
 * 1 if s[0..n) only names movers, a line each: "Proposed by: X" /
 * "Seconded by: Y", "Proposed Cllr X, seconded Cllr Y".
 */
static int
movers_only(const char *s, size_t n)
{
	size_t a = 0, e;

	while (a < n) {
		while (a < n && rd_isspace((unsigned char)s[a]))
			a++;
		if (a >= n)
			break;
		if (!rd_prefix(s + a, n - a, "proposed") &&
		    !rd_prefix(s + a, n - a, "seconded") &&
		    !rd_prefix(s + a, n - a, "proposer") &&
		    !rd_prefix(s + a, n - a, "seconder") &&
		    !rd_prefix(s + a, n - a, "moved"))
			return 0;
		for (e = a; e < n && s[e] != '\n'; e++)
			if (rd_prefix(s + e, n - e, " that ") ||
			    rd_prefix(s + e, n - e, " to "))
				return 0;
		a = e;
	}
	return 1;
}

/*
 * 1 if s[0..n) only names the movers, "On the PROPOSAL of Cllr. X" /
 * "SECONDED by Cllr. Y", as Irish minutes set them over the decision.
 */
static int
proposal_of_only(const char *s, size_t n)
{
	size_t k, used = 0;
	char *name;

	if (!rd_prefix(s, n, "on the proposal of ") ||
	    (k = rd_find(s, n, "seconded by ")) == (size_t)-1 ||
	    rd_find(s, n, " that ") != (size_t)-1)
		return 0;
	k += 12;
	if ((name = person_name(s + k, n - k, &used)) == NULL)
		return 0;
	free(name);
	for (k += used; k < n; k++)
		if (!rd_isspace((unsigned char)s[k]) && s[k] != '.' &&
		    s[k] != ',' && s[k] != ':')
			return 0;
	return 1;
}

/*
 * 1 if s[0..n) opens with a sentence that only says who moved the motion
 * set out above it: "The motion was proposed by Councillor X and
 * seconded by Councillor Y."
 */
static int
motion_moved_by(const char *s, size_t n)
{
	static const char *const heads[] = {
		"the motion was proposed by ", "the motion was moved by ",
		"this motion was proposed by ", "this motion was moved by ",
		"the notice of motion was proposed by ",
		"the notice of motion was moved by ",
	};
	/* what a sentence that decides, or moves words, says besides */
	static const char *const more[] = {
		" that ", "agreed", "carried", "adopted", "passed", "resolved",
		"lost", "defeated",
	};
	/* "Cllr. Farrell proposed the motion and Cllr. D. Hynes seconded
	 * the motion." */
	static const char *const verbs[] = {
		" proposed the motion", " moved the motion",
		" proposed the notice of motion", " moved the notice of motion",
	};
	struct rd_person who;
	size_t i, k = 0, e;
	const char *second = "seconded by";

	for (i = 0; i < sizeof heads / sizeof heads[0] && k == 0; i++)
		k = rd_prefix(s, n, heads[i]);
	if (k == 0 && rd_person_at(s, n, &who)) {
		if (who.named && who.title != NULL)
			for (i = 0; i < sizeof verbs / sizeof verbs[0] &&
			    k == 0; i++)
				if (rd_prefix(s + who.len, n - who.len,
				    verbs[i]) && (who.len + strlen(verbs[i]) ==
				    n || !rd_isalpha((unsigned char)s[who.len +
				    strlen(verbs[i])])))
					k = who.len + strlen(verbs[i]);
		rd_person_clear(&who);
		second = "seconded";
	}
	if (k == 0)
		return 0;
	/* the sentence's end: not the stop of "Cllr." or "D." */
	for (e = k; e < n; e++) {
		size_t w;

		if (s[e] != '.' || (e + 1 < n && !rd_isspace((unsigned char)
		    s[e + 1])))
			continue;
		for (w = e; w > k && rd_isalpha((unsigned char)s[w - 1]); w--)
			;
		if (!(e - w <= 4 && rd_isupper((unsigned char)s[w])))
			break;
	}
	/* (names and "and seconded by" alone, no result; "... and" /
	 * "agreed." a line apart) */
	return rd_find(s + k, e - k, second) != (size_t)-1 &&
	    !rd_find_any(s + k, e - k, more, sizeof more / sizeof more[0]);
}

static int vote_result(const char *s, size_t n, const char **outcome);

/*
 * 1 if s[0..n) only says who moved the report's recommendations: "The
 * recommendation was proposed by County Councillor X and seconded by
 * County Councillor Y."
 */
static int
recommendation_moved_by(const char *s, size_t n)
{
	static const char *const heads[] = {
		"the recommendation was proposed by ",
		"the recommendation was moved by ",
		"the recommendations were proposed by ",
		"the recommendations were moved by ",
		"the report's recommendations were proposed by ",
		"the report recommendations were proposed by ",
		"the substantive recommendations were proposed by ",
		"the substantive recommendation was proposed by ",
	};
	static const char *const more[] = {
		" that ", "agreed", "carried", "adopted", "passed", "resolved",
		"lost", "defeated", " subject ", " with ", " amend",
	};
	size_t i, k = 0;

	for (i = 0; i < sizeof heads / sizeof heads[0] && k == 0; i++)
		k = rd_prefix(s, n, heads[i]);
	return k != 0 && n < 300 && rd_find(s + k, n - k, "seconded by") !=
	    (size_t)-1 && !rd_find_any(s + k, n - k, more,
	    sizeof more / sizeof more[0]);
}

/*
 * 1 if section s only names who moved and the result, "Moved by Cr X
 * Seconded by Cr Y CARRIED 13/0", and d, with no movers, opens the
 * motion's words after it, "That the minutes ... be confirmed."
 * (Queensland sets the result before the words).
 */
static int
result_first(const struct rec_section *s, const struct rec_section *d)
{
	size_t n = strlen(s->text), e = n;

	if ((!rd_prefix(s->text, n, "moved by ") &&
	    !rd_prefix(s->text, n, "proposed by ")) ||
	    rd_find(s->text, n, "seconded by ") == (size_t)-1 ||
	    rd_find(s->text, n, " that ") != (size_t)-1 || n > 160 ||
	    d->text == NULL || d->proposer != NULL || d->seconder != NULL ||
	    (d->type != SEC_RESOLUTION && d->type != SEC_DISCUSSION) ||
	    d->text[0] != 'T' || !rd_prefix(d->text, strlen(d->text),
	    "that "))
		return 0;
	/* "... CARRIED 13/0", "... LOST 3/10" at the end */
	while (e > 0 && (rd_isdigit((unsigned char)s->text[e - 1]) ||
	    s->text[e - 1] == '/' || s->text[e - 1] == ' ' ||
	    s->text[e - 1] == '.'))
		e--;
	return (e >= 7 && memcmp(s->text + e - 7, "CARRIED", 7) == 0) ||
	    (e >= 4 && memcmp(s->text + e - 4, "LOST", 4) == 0);
}

/* Moves the movers of s, a motion's sentence, to the decision d; s
 * becomes discussion. */
static void
movers_to(struct rec_section *s, struct rec_section *d)
{
	d->proposer = s->proposer;
	d->seconder = s->seconder;
	s->proposer = s->seconder = NULL;
	free(s->outcome);
	s->outcome = NULL;
	s->type = SEC_DISCUSSION;
}

/* 1 if s opens "Councillor X moved and Councillor Y seconded that". */
static int
moved_and_seconded(const char *s, size_t n)
{
	size_t m = rd_find(s, n < 120 ? n : 120, " moved and ");

	return m != (size_t)-1 && rd_find(s + m, n - m < 100 ? n - m : 100,
	    " seconded that ") != (size_t)-1;
}

/* 1 if d is a decision no one is named moving, not lost: one a motion's
 * movers may be given. */
static int
open_decision(const struct rec_section *d)
{
	return d->type == SEC_RESOLUTION && d->proposer == NULL &&
	    d->seconder == NULL && (d->outcome == NULL ||
	    strcmp(d->outcome, "lost") != 0);
}

/*
 * 1 if a and b open with the same six words, past quotes and a "That":
 * a motion's words and the decision that took them ("This Council
 * welcomes ..." / "Resolved - That this Council welcomes ...").
 */
static int
same_opening(const char *a, const char *b)
{
	int words;

	for (words = 0; words < 7; words++) {
		while (*a != '\0' && !rd_isalpha((unsigned char)*a) &&
		    !rd_isdigit((unsigned char)*a))
			a++;
		while (*b != '\0' && !rd_isalpha((unsigned char)*b) &&
		    !rd_isdigit((unsigned char)*b))
			b++;
		if (words == 0) {
			if (rd_prefix(a, strlen(a), "that "))
				a += 5;
			if (rd_prefix(b, strlen(b), "that "))
				b += 5;
			continue;
		}
		if (*a == '\0' || *b == '\0')
			return 0;
		while (*a != '\0' && *a != ' ' && (*a | 0x20) == (*b | 0x20)) {
			a++;
			b++;
		}
		if ((*a != ' ' && *a != '\0') || (*b != ' ' && *b != '\0'))
			return 0;
	}
	return 1;
}

/* 1 if the text just before t[at] is a marker that decided it: "And
 * Resolved:" over the quoted "That ...". */
static int
resolved_just_before(const char *t, size_t at)
{
	size_t e = at, a;

	while (e > 0 && (rd_isspace((unsigned char)t[e - 1]) ||
	    t[e - 1] == ':' || t[e - 1] == '-' || t[e - 1] == '"' ||
	    t[e - 1] == '\'' || (unsigned char)t[e - 1] >= 0x80))
		e--;
	for (a = e; a > 0 && e - a < 10 && rd_isalpha((unsigned char)
	    t[a - 1]); a--)
		;
	return (e - a == 8 && rd_prefix(t + a, 8, "resolved")) ||
	    (e - a == 6 && rd_prefix(t + a, 6, "agreed"));
}

/*
 * 1 if s[0..n) adopts the motion before it, naming no words of its own:
 * "That the above motion, as amended, be approved.", "that the Motion be
 * adopted.", "THAT the motion as set out in the agenda be agreed,
 * namely:".
 */
static int
adopts_motion(const char *s, size_t n)
{
	static const char *const whose[] = {
		"above ", "substantive ", "original ", "said ", "foregoing ",
	};
	static const char *const verbs[] = {
		"approved", "agreed", "adopted", "carried", "supported",
		"endorsed", "accepted", "passed",
	};
	size_t k, j, be;

	k = rd_prefix(s, n, "that ");
	if ((j = rd_prefix(s + k, n - k, "the ")) == 0)
		return 0;
	k += j;
	(void)verb_index(whose, sizeof whose / sizeof whose[0], s + k, n - k,
	    &j);
	k += j;
	if ((j = rd_prefix(s + k, n - k, "motion")) == 0 || (k + j < n &&
	    rd_isalpha((unsigned char)s[k + j])))
		return 0;
	k += j;
	/* (", as amended,", " as set out in the agenda" between) */
	be = rd_find(s + k, n - k < 60 ? n - k : 60, " be ");
	if (be == (size_t)-1 || memchr(s + k, '.', be) != NULL)
		return 0;
	k += be + 4;
	return verb_index(verbs, sizeof verbs / sizeof verbs[0], s + k, n - k,
	    &j) < sizeof verbs / sizeof verbs[0];
}

/*
 * "Resolved: That the above motion, as amended, be approved." after the
 * motion, an amendment and the vote: the motion is carried (one an
 * amendment left undecided, as its words say) and the decision takes its
 * movers.  The motion is the nearest undecided one above, else the
 * nearest not lost, no other decision between.
 */
static void
motion_adopted(struct parse *p, size_t first)
{
	struct record *r = p->rec;
	struct rec_section *d, *m;
	const char *o;
	size_t i, j;
	int best;

	for (j = first; j < r->nsections; j++) {
		d = &r->sections[j];
		if (!open_decision(d) || d->text == NULL ||
		    !adopts_motion(d->text, strlen(d->text)))
			continue;
		best = -1;
		for (i = j; i > first && j - i < 30; i--) {
			m = &r->sections[i - 1];
			if (m->type == SEC_AGENDA || (m->type ==
			    SEC_RESOLUTION && m->proposer == NULL))
				break;
			if (m->type != SEC_RESOLUTION || m->outcome == NULL)
				continue;
			if (strcmp(m->outcome, "unknown") == 0) {
				best = (int)i - 1;
				break;
			}
			if (best < 0 && strcmp(m->outcome, "lost") != 0)
				best = (int)i - 1;
		}
		if (best < 0)
			continue;
		m = &r->sections[best];
		if (strcmp(m->outcome, "unknown") == 0) {
			o = m->text != NULL ? rd_outcome(m->text, 0) : "agreed";
			free(m->outcome);
			m->outcome = xstrdup(strcmp(o, "unknown") != 0 ? o :
			    "agreed");
		}
		d->proposer = xstrdup(m->proposer);
		d->seconder = m->seconder != NULL ? xstrdup(m->seconder) : NULL;
	}
}

/*
 * "The recommendation was proposed by X and seconded by Y." / "Upon
 * being put to the vote, the motion was carried unanimously." /
 * "Resolved that Council accepts the report.": the decision under it
 * takes its movers, and the movers' sentence is said, no decision.
 */
static void
movers_over_decision(struct parse *p, size_t first)
{
	struct record *r = p->rec;
	struct rec_section *s, *d;
	const char *won;
	size_t i, j;

	for (i = first; i < r->nsections; i++) {
		s = &r->sections[i];
		if (s->type == SEC_RESOLUTION && s->proposer != NULL &&
		    s->text != NULL && i + 1 < r->nsections &&
		    result_first(s, &r->sections[i + 1])) {
			d = &r->sections[i + 1];
			d->proposer = s->proposer;
			d->seconder = s->seconder;
			s->proposer = s->seconder = NULL;
			if (d->type != SEC_RESOLUTION || (s->outcome != NULL &&
			    strcmp(s->outcome, "lost") == 0)) {
				const char *o = rd_outcome(d->text, 0);

				free(d->outcome);
				d->outcome = xstrdup(s->outcome != NULL &&
				    strcmp(s->outcome, "lost") == 0 ? "lost" :
				    strcmp(o, "unknown") != 0 ? o : "agreed");
				d->type = SEC_RESOLUTION;
			}
			free(s->outcome);
			s->outcome = NULL;
			s->type = SEC_DISCUSSION;
			continue;
		}
		/* "Councillor Peel moved and Councillor Morris seconded that
		 * the minutes ... be received.", members' questions on them,
		 * then "Resolved - That the minutes ... be received and
		 * adopted.": the decision is what was moved */
		if (s->type == SEC_RESOLUTION && s->proposer != NULL &&
		    s->seconder != NULL && s->text != NULL &&
		    moved_and_seconded(s->text, strlen(s->text))) {
			for (j = i + 1; j < r->nsections && j < i + 12 &&
			    r->sections[j].type != SEC_RESOLUTION &&
			    r->sections[j].type != SEC_AGENDA; j++)
				;
			if (j > i + 1 && j < r->nsections &&
			    open_decision(&r->sections[j])) {
				movers_to(s, &r->sections[j]);
				continue;
			}
		}
		/* "Proposed by X" / "Seconded by Y" alone, a vote by show
		 * of hands, "The Cathaoirleach declared the proposal carried
		 * and it was" / "RESOLVED:" / the words: the movers are the
		 * decision's (Ireland) */
		if (s->type == SEC_RESOLUTION && s->proposer != NULL &&
		    s->text != NULL && (s->outcome == NULL ||
		    strcmp(s->outcome, "lost") != 0) && movers_only(s->text,
		    strlen(s->text))) {
			for (j = i + 1; j < r->nsections && j < i + 5 &&
			    r->sections[j].type == SEC_DISCUSSION; j++)
				;
			if (j > i + 1 && j < r->nsections && j < i + 5 &&
			    open_decision(&r->sections[j])) {
				movers_to(s, &r->sections[j]);
				continue;
			}
		}
		/* a motion's words, an amendment and the vote, then
		 * "Resolved - That ..." in the same words: the motion
		 * carried, the decision its movers' */
		if (s->type == SEC_RESOLUTION && s->proposer != NULL &&
		    s->text != NULL && (s->outcome == NULL ||
		    strcmp(s->outcome, "lost") != 0) &&
		    !marked(&p->decided, i)) {
			for (j = i + 1; j < r->nsections && j < i + 30 &&
			    r->sections[j].type != SEC_AGENDA; j++) {
				d = &r->sections[j];
				if (open_decision(d) && d->text != NULL &&
				    same_opening(s->text, d->text))
					break;
			}
			if (j < r->nsections && j < i + 30 &&
			    r->sections[j].type != SEC_AGENDA) {
				movers_to(s, &r->sections[j]);
				continue;
			}
		}
		if (s->type != SEC_RESOLUTION || s->proposer == NULL ||
		    s->text == NULL || !recommendation_moved_by(s->text,
		    strlen(s->text)))
			continue;
		/* the vote between ("A recorded vote was held: For 29,
		 * Against 11"), then the decision, each of its points */
		for (j = i + 1; j < r->nsections && j < i + 3 &&
		    r->sections[j].type == SEC_DISCUSSION &&
		    r->sections[j].text != NULL && ((vote_result(
		    r->sections[j].text, strlen(r->sections[j].text), &won) &&
		    won == NULL) || rd_prefix(r->sections[j].text, strlen(
		    r->sections[j].text), "a recorded vote was ")); j++)
			;
		if (j >= r->nsections)
			continue;
		d = &r->sections[j];
		if (!open_decision(d))
			continue;
		movers_to(s, d);
		for (j++; j < r->nsections && r->sections[j].type ==
		    SEC_RESOLUTION && r->sections[j].proposer == NULL &&
		    r->sections[j].seconder == NULL && d->start < r->sections[
		    j].start; j++) {
			r->sections[j].proposer = d->proposer != NULL ?
			    xstrdup(d->proposer) : NULL;
			r->sections[j].seconder = d->seconder != NULL ?
			    xstrdup(d->seconder) : NULL;
		}
	}
}

/* 1 if s[0..n) ends "the following amendment:" (or motion). */
static int
amendment_lead(const char *s, size_t n)
{
	static const char *const ends[] = {
		"following amendment", "following amendments",
		"following motion", "following alternative motion",
	};
	size_t i, m;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '-'))
		n--;
	if (n == 0 || s[n - 1] != ':')
		return 0;
	n--;
	for (i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		m = strlen(ends[i]);
		if (n >= m && rd_prefix(s + n - m, m, ends[i]))
			return 1;
	}
	return 0;
}

/*
 * Where the pending proposal's words start: past "X moved and Y seconded
 * the following amendment:" when its words follow on paragraphs of
 * their own.
 */
static size_t
movers_lead_end(const struct parse *p)
{
	size_t i;

	for (i = 0; i < p->nu; i++) {
		const struct unit *u = &p->u[i];

		if (u->a != p->prop_a)
			continue;
		if (i + 1 < p->nu && u->b < p->prop_b &&
		    p->u[i + 1].a < p->prop_b && p->u[i + 1].para &&
		    rd_find(p->t + u->a, u->b - u->a, "second") !=
		    (size_t)-1 && amendment_lead(p->t + u->a, u->b - u->a))
			return p->u[i + 1].a;
		break;
	}
	return p->prop_a;
}

/* A proposal not followed by a decision is recorded as one anyway. */
static void
flush_proposal(struct parse *p, const char *outcome)
{
	struct rec_section *s;
	size_t q;

	if (!p->have_prop)
		return;
	/* "The minutes were confirmed." / "Proposed by: X" / "Seconded by:
	 * Y", and nothing else: the movers of the decision before */
	if (p->rec->nsections > 0 && movers_only(p->t + p->prop_a,
	    p->prop_b - p->prop_a)) {
		s = &p->rec->sections[p->rec->nsections - 1];
		if (s->type == SEC_RESOLUTION && s->proposer == NULL &&
		    s->seconder == NULL && s->end <= p->prop_a) {
			attach_proposal(p, s);
			if (s->end < p->prop_b)
				s->end = p->prop_b;
			p->cur = -1;
			return;
		}
	}
	/* the quoted motion over "Proposed by X" / "Seconded by Y": its
	 * words, the movers in their fields */
	q = p->prop_b;
	if (p->t[p->prop_a] == '"' && (q = quote_close(p->t, p->prop_a + 1,
	    p->prop_b, '"')) < p->prop_b && (movers_only(p->t + q + 1,
	    p->prop_b - q - 1) || motion_moved_by(p->t + rd_skip_spaces(p->t,
	    p->prop_b, q + 1), p->prop_b - rd_skip_spaces(p->t, p->prop_b,
	    q + 1))))
		q++;
	else
		q = p->prop_b;
	sec_open(p, SEC_RESOLUTION, movers_lead_end(p), q, NULL);
	s = &p->rec->sections[p->cur];
	attach_proposal(p, s);
	s->outcome = xstrdup(outcome);
	p->cur = -1;
}

/*
 * The pending proposal as a resolution decided by the meeting, its
 * outcome to come from its words; it stays open.  Returns its index.
 */
static int
decide_proposal(struct parse *p)
{
	int q;

	flush_proposal(p, "unknown");
	q = (int)p->rec->nsections - 1;
	free(p->rec->sections[q].outcome);
	p->rec->sections[q].outcome = NULL;
	p->cur = q;
	return q;
}

static size_t words_in(const char *s, size_t n);

/*
 * The clause before a proposal found inside unit u, eight words or more,
 * as a discussion of its own (the decision's words start after it).
 */
static void
lead_clause(struct parse *p, const struct unit *u)
{
	const char *s = p->t + u->a;
	size_t e = p->prop_at;

	if (e <= 24 || e >= u->b - u->a)
		return;
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ','))
		e--;
	if (words_in(s, e) < 8)
		return;
	/* "At the outset of the Meeting, it was": not the "it was" */
	if (e > 7 && rd_prefix(s + e - 7, 7, " it was"))
		e -= 7;
	else if (e > 4 && rd_prefix(s + e - 4, 4, " and"))
		e -= 4;
	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ','))
		e--;
	sec_open(p, SEC_DISCUSSION, u->a, u->a + e, NULL);
	p->cur = -1;
}

/* Words in s[0..n) up to its first full stop. */
static size_t
words_in(const char *s, size_t n)
{
	size_t i, words = 0;
	int in = 0;

	for (i = 0; i < n && s[i] != '.'; i++) {
		if (rd_isspace((unsigned char)s[i]))
			in = 0;
		else if (!in) {
			in = 1;
			words++;
		}
	}
	return words;
}

/*
 * 1 if s is the assent to a motion and no words of its own: "agreed",
 * "agreed unanimously", "agreed by those present", "CARRIED (5 for, 4
 * against, 1 abstention)."
 */
static int
bare_assent(const char *s, size_t n)
{
	size_t k, e;

	if ((k = rd_prefix(s, n, "agreed")) == 0 &&
	    (k = rd_prefix(s, n, "carried")) == 0)
		return 0;
	k = rd_skip_spaces(s, n, k);
	for (e = n; e > k && (s[e - 1] == '.' || rd_isspace(
	    (unsigned char)s[e - 1])); e--)
		;
	if (k == e)
		return 1;
	if (s[k] == '(' && s[e - 1] == ')' && memchr(s + k, '\n', e - k) ==
	    NULL)
		return 1;
	return (rd_prefix(s + k, e - k, "unanimously") ||
	    rd_prefix(s + k, e - k, "by ") || rd_prefix(s + k, e - k,
	    "nem con")) && words_in(s + k, e - k) <= 4;
}

/* Which of verbs[0..count) opens s (its length in *len), or count. */
static size_t
verb_index(const char *const *verbs, size_t count, const char *s, size_t n,
    size_t *len)
{
	size_t i;

	for (i = 0; i < count; i++)
		if ((*len = rd_prefix(s, n, verbs[i])) != 0)
			return i;
	*len = 0;
	return count;
}

/*
 * 1 if s[0..n), "Councillor Lynn, seconded by Councillor Scott, moved
 * the motion.", moves words set out above it, not words of its own.
 */
static int
moves_above(const char *s, size_t n)
{
	static const char *const tails[] = {
		" moved the motion", " moved the notice of motion",
		" moved the terms of the motion",
	};
	size_t i, k, e;

	for (i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		if ((k = rd_find(s, n, tails[i])) == (size_t)-1)
			continue;
		k += strlen(tails[i]);
		/* "... the motion." / "... the motion as printed." */
		for (e = k; e < n && s[e] != '.'; e++)
			;
		return rd_skip_spaces(s, n, e < n ? e + 1 : e) == n &&
		    e - k < 40 && rd_find(s + k, e - k, " that") ==
		    (size_t)-1 && rd_find(s + k, e - k, " to ") == (size_t)-1;
	}
	return 0;
}

/*
 * Where a quoted motion starts in t[a..b), a paragraph of its own under
 * a lead-in that ends in a colon and names a motion ("The Committee
 * considered the following motion submitted by Councillor X:-") and
 * running to b; else 0.
 */
static size_t
quoted_motion_in(const char *t, size_t a, size_t b)
{
	size_t i, e, l;

	for (i = a + 1; i + 1 < b; i++) {
		if (t[i - 1] != '\n' || (t[i] != '"' && !rd_prefix(t + i,
		    b - i, "\xe2\x80\x9c")))
			continue;
		for (e = i - 1; e > a && rd_isspace((unsigned char)t[e - 1]);
		    e--)
			;
		/* ... or under a short line naming it: "(i)   Motion from
		 * Ms T Collier and Mr M Reiss" */
		for (l = e; l > a && t[l - 1] != '\n'; l--)
			;
		/* (the lead-in may wrap: "... submitted by Councillor" /
		 * "Smith:-") */
		return (ends_with_colon(t, a, e) && rd_find(t + a, e - a,
		    "motion") != (size_t)-1) || (e - l < 100 && e > l &&
		    t[e - 1] != '.' && rd_find(t + l, e - l, "motion") !=
		    (size_t)-1) ? i : 0;
	}
	return 0;
}

/*
 * 1 if unit u moves the motion set out as the section above it ("X,
 * seconded by Y, moved the motion."), whose mover, if known, is X and
 * seconder not known: the movers are set and its outcome left to come.
 */
static int
moved_above(struct parse *p, const struct unit *u)
{
	const char *s = p->t + u->a;
	size_t n = u->b - u->a, k, q;
	struct rec_section *above;
	char *mover, *second;

	if (p->rec->nsections == 0 || !moves_above(s, n) ||
	    (k = rd_find(s, n, ", seconded by ")) == (size_t)-1)
		return 0;
	above = &p->rec->sections[p->rec->nsections - 1];
	/* "The Committee considered the following motion submitted by
	 * Councillor X:-" over the quoted motion, read as one discussion:
	 * the quotation is the motion */
	if (above->type == SEC_DISCUSSION && p->rec->nsections > p->first &&
	    (q = quoted_motion_in(p->t, above->start, above->end)) != 0) {
		size_t end = above->end, e = q;

		while (e > above->start && rd_isspace((unsigned char)
		    p->t[e - 1]))
			e--;
		above->end = e;
		/* (its quotation marks left out, as a motion's are) */
		q += p->t[q] == '"' ? 1 : 3;
		while (end > q && rd_isspace((unsigned char)p->t[end - 1]))
			end--;
		if (end > q && p->t[end - 1] == '"')
			end--;
		else if (end >= q + 3 && memcmp(p->t + end - 3,
		    "\xe2\x80\x9d", 3) == 0)
			end -= 3;
		sec_open(p, SEC_RESOLUTION, q, end, NULL);
		above = &p->rec->sections[p->rec->nsections - 1];
	}
	if (above->type != SEC_RESOLUTION || above->seconder != NULL)
		return 0;
	mover = person_name(s, k, NULL);
	second = person_name(s + k + 14, n - k - 14, NULL);
	if (mover == NULL || second == NULL || (above->proposer != NULL &&
	    strcmp(above->proposer, mover) != 0)) {
		free(mover);
		free(second);
		return 0;
	}
	if (above->proposer == NULL)
		above->proposer = mover;
	else
		free(mover);
	above->seconder = second;
	free(above->outcome);
	above->outcome = NULL;
	p->in_res = 0;
	p->res_quote = 0;
	p->cur = -1;
	return 1;
}

/*
 * "Councillor X proposed that ...", "Councillor X moved the officer
 * recommendation ...", "... proposed an amendment that": a motion by a
 * member.  Returns the mover's name (the caller frees it), or NULL.
 */
static char *
motion_by(const char *s, size_t n, char **seconder)
{
	static const char *const verbs[] = {
		"proposed that ", "moved that ", "proposed the ", "moved the ",
		"proposed a ", "moved a ", "proposed an ", "moved an ",
		"proposed approval", "moved approval", "proposed refusal",
		"moved refusal", "proposed acceptance", "moved acceptance",
		"proposed deferral", "moved deferral",
		/* "Council Member Ito moved adoption of the resolution.",
		 * "... moved passage of the ordinance" (American) */
		"proposed adoption", "moved adoption", "moved passage",
		"moved, and ", "moved and ", "proposed, and ", "proposed and ",
		"moved, as an amendment, that ",
		"proposed, as an amendment, that ",
		"moved as an amendment that ", "moved as an amendment, that ",
		"proposed as an amendment that ",
		/* "Councillor Peake moved by way of amendment:" over the
		 * amendment's words (New Zealand) */
		"moved by way of amendment", "moved by way of an amendment",
		/* "Supervisor Ng moved to deny the appeal.", "Councillor
		 * Tinnelly proposed to issue an approval" */
		"moved to ", "made a motion to ", "made a motion that ",
		"proposed to ",
		/* "Councillor Agnew proposed:" over the motion's words */
		"proposed:", "moved:",
		/* "X introduced her motion and moved it as follows:" */
		"moved it as follows:", "moved as follows:",
		/* "Cllr Trewin proposed Option B, seconded by Cllr
		 * Whitmarsh.": with its seconder only */
		"proposed ",
	};
	const size_t nverbs = sizeof verbs / sizeof verbs[0];
	struct rd_person who, sec;
	size_t k, i, j, used;
	char *name;
	int mover;

	*seconder = NULL;
	if (!rd_person_at(s, n, &who))
		return NULL;
	k = who.len;
	while (k < n && s[k] == ' ')
		k++;
	/* "Councillor Yardley then moved ..." */
	if ((j = rd_prefix(s + k, n - k, "then ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, "formally ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, "subsequently ")) != 0)
		k += j;
	/* a member named, "The Leader, Councillor X," or the Chair; "Mr X"
	 * and "Mrs Y", as county councils name their members, who move */
	/* ... and "The Leader", "the Cabinet Member for Housing": an
	 * office members hold */
	mover = (who.named && (who.kind == RD_MEMBER || (who.title != NULL &&
	    who.kind != RD_OFFICER))) || who.chair || (who.role != NULL &&
	    rd_executive_role(who.role));
	/* "X moved, seconded by Y, that ...", "X moved, seconded by Y, to
	 * award ...", "X moved and it was seconded by Y that ..." */
	/* ... and "X moved as an amendment, seconded by Y:-" over the
	 * motion's words, as Scottish minutes set them */
	if (mover &&
	    ((j = rd_prefix(s + k, n - k, "moved, seconded by ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, "proposed, seconded by ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, "moved and it was seconded by ")) !=
	    0 || (j = rd_prefix(s + k, n - k,
	    "moved as an amendment, seconded by ")) != 0 ||
	    (j = rd_prefix(s + k, n - k,
	    "moved, as an amendment, seconded by ")) != 0)) {
		k += j;
		used = 0;
		*seconder = person_name(s + k, n - k, &used);
		k += used;
		while (k < n && (s[k] == ',' || s[k] == ' '))
			k++;
		if (*seconder == NULL || (!rd_prefix(s + k, n - k, "that ") &&
		    !rd_prefix(s + k, n - k, "to ") && s[k] != ':' &&
		    k < n)) {
			free(*seconder);
			*seconder = NULL;
			rd_person_clear(&who);
			return NULL;
		}
		name = who.name;
		who.name = NULL;
		rd_person_clear(&who);
		return name;
	}
	/* "The Convener, seconded by Councillor Thain, moved:-", "X,
	 * seconded by Y, moved as an amendment:-" over the words */
	if (mover && (j = rd_prefix(s + k, n - k, ", seconded by ")) != 0) {
		k += j;
		used = 0;
		*seconder = person_name(s + k, n - k, &used);
		k += used;
		while (k < n && (s[k] == ',' || s[k] == ' '))
			k++;
		if ((j = rd_prefix(s + k, n - k, "moved:")) == 0 &&
		    (j = rd_prefix(s + k, n - k, "moved as an amendment:")) ==
		    0)
			j = rd_prefix(s + k, n - k,
			    "moved as a further amendment:");
		/* the words on the lines below, not after the colon */
		for (k += j; j > 0 && k < n && (s[k] == '-' || s[k] == ' ' ||
		    s[k] == '\n'); k++)
			;
		if (*seconder != NULL && j > 0 && k >= n) {
			name = who.name;
			who.name = NULL;
			rd_person_clear(&who);
			return name;
		}
		free(*seconder);
		*seconder = NULL;
		rd_person_clear(&who);
		return NULL;
	}
	/* "Councilmember Chen moved, Councilmember Ortiz seconded, to
	 * approve ...", as American action minutes write it; "Cllr Oakes
	 * proposed, Cllr Venn seconded, all in favour that the apologies
	 * be accepted.", as parishes do */
	if (mover && ((j = rd_prefix(s + k, n - k, "moved, ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, "moved and ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, "proposed, ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, "proposed and ")) != 0) &&
	    rd_person_at(s + k + j, n - k - j, &sec)) {
		size_t e = k + j + sec.len, f = e;

		if (sec.named && ((used = rd_prefix(s + e, n - e,
		    " seconded, ")) != 0 || (used = rd_prefix(s + e, n - e,
		    " seconded ")) != 0 || (used = rd_prefix(s + e, n - e,
		    " seconded.")) != 0)) {
			f = e + used;
			if ((j = rd_prefix(s + f, n - f, "all in favour")) !=
			    0 || (j = rd_prefix(s + f, n - f,
			    "and all in favour")) != 0)
				f = rd_skip_spaces(s, n, f + j);
		}
		if (sec.named && used != 0 && (rd_prefix(s + f, n - f,
		    "to ") || rd_prefix(s + f, n - f, "that ") || (s[f -
		    1] == '.' && f >= n) || (f < n && s[f] == '.' &&
		    rd_skip_spaces(s, n, f + 1) >= n))) {
			*seconder = sec.name;
			sec.name = NULL;
			rd_person_clear(&sec);
			goto mover;
		}
		rd_person_clear(&sec);
	}
	i = verb_index(verbs, nverbs, s + k, n - k, &j);
	/* "The Leader, Councillor Groves, thanked officers and proposed
	 * the recommendations, which were seconded by ...": the verb
	 * after another in the same sentence */
	if (i == nverbs && mover) {
		size_t lim = n - k < 160 ? n - k : 160, at;

		if (((at = rd_find(s + k, lim, " and proposed the ")) !=
		    (size_t)-1 || (at = rd_find(s + k, lim,
		    " and moved the ")) != (size_t)-1 ||
		    (at = rd_find(s + k, lim, " and moved that ")) !=
		    (size_t)-1 || (at = rd_find(s + k, lim,
		    " and proposed that ")) != (size_t)-1 ||
		    (at = rd_find(s + k, lim, " and moved it as follows:")) !=
		    (size_t)-1) &&
		    memchr(s + k, '.', at) == NULL && (rd_find(s + k + at,
		    n - k - at, "seconded") != (size_t)-1 ||
		    rd_prefix(s + k + at, n - k - at,
		    " and moved it as follows:") ||
		    rd_prefix(s + k + at, n - k - at, " and moved that ") ||
		    rd_prefix(s + k + at, n - k - at,
		    " and proposed that "))) {
			k += at + 5;
			i = verb_index(verbs, nverbs, s + k, n - k, &j);
		}
	}
	if (i == nverbs || !mover ||
	    /* "Ms Duke proposed that LCCC could look at ...": one who is
	     * not known as a member suggests, unless moving or seconded */
	    (who.kind != RD_MEMBER && !who.chair && !(who.title != NULL &&
	    rd_member_title(who.title)) && strncmp(verbs[i], "moved", 5) != 0
	    && strstr(verbs[i], "motion") == NULL &&
	    rd_find(s, n, "seconded") == (size_t)-1) ||
	    (strcmp(verbs[i], "proposed ") == 0 && rd_find(s + k + j,
	    n - k - j, "seconded") == (size_t)-1) ||
	    /* "moved to the next item", "moved to a new site",
	     * "proposed to the Committee that" */
	    ((strcmp(verbs[i], "moved to ") == 0 || strcmp(verbs[i],
	    "proposed to ") == 0) && (rd_prefix(s + k + j,
	    n - k - j, "the ") || rd_prefix(s + k + j, n - k - j, "a "))) ||
	    (strlen(verbs[i]) > 3 &&
	    (strcmp(verbs[i] + strlen(verbs[i]) - 3, " a ") == 0 ||
	    strcmp(verbs[i] + strlen(verbs[i]) - 4, " an ") == 0) &&
	    words_in(s + k + j, n - k - j) < 4)) {
		/* "Cr O'Sullivan moved an alternative motion.": said
		 * before the motion, which follows */
		rd_person_clear(&who);
		return NULL;
	}
	/* "X moved, and Y seconded, that ...": Y must second */
	if (strstr(verbs[i], " and ") != NULL) {
		k += j;
		if (!rd_person_at(s + k, n - k, &sec) || !rd_prefix(s + k +
		    sec.len, n - k - sec.len, " seconded")) {
			rd_person_clear(&sec);
			rd_person_clear(&who);
			return NULL;
		}
		*seconder = sec.name;
		sec.name = NULL;
		rd_person_clear(&sec);
	}
mover:
	name = who.name;
	who.name = NULL;
	rd_person_clear(&who);
	return name;
}

/*
 * "X proposed that ..., and Y seconded the proposal", "X proposed the
 * payments be approved, Y seconded, all in favour.": Y as a malloc'd
 * name, else NULL.
 */
static char *
and_seconded(const char *s, size_t n)
{
	struct rd_person who;
	size_t at = 0, k, c;
	char *name = NULL;

	for (;;) {
		k = rd_find(s + at, n - at, " and ");
		c = rd_find(s + at, n - at, ", ");
		if (k == (size_t)-1 && c == (size_t)-1)
			break;
		if (c < k) {
			at += c + 2;
			at += rd_prefix(s + at, n - at, "and ");
		} else
			at += k + 5;
		if (!rd_person_at(s + at, n - at, &who))
			continue;
		if (who.named && rd_prefix(s + at + who.len, n - at - who.len,
		    " seconded")) {
			name = who.name;
			who.name = NULL;
		}
		rd_person_clear(&who);
		if (name != NULL)
			break;
	}
	return name;
}

static int vote_result(const char *s, size_t n, const char **outcome);

/*
 * "Member McMahon/Member Simons   Carried", "Cr Lau/Cr Haddad": the mover
 * and seconder of the decision just recorded, with its vote.  1 if s is
 * such a line and the last section, a resolution without movers, took
 * them.
 */
static int
slash_movers(struct parse *p, const char *s, size_t n)
{
	struct rec_section *last;
	const char *outcome = NULL;
	char *a = NULL, *b = NULL;
	size_t slash, e, k, i;

	if (p->rec->nsections == 0)
		return 0;
	last = &p->rec->sections[p->rec->nsections - 1];
	if (last->type != SEC_RESOLUTION || last->proposer != NULL ||
	    last->seconder != NULL)
		return 0;
	for (slash = 0; slash < n && slash < 40 && s[slash] != '/'; slash++)
		;
	if (slash >= n || slash >= 40)
		return 0;
	/* the second name ends at the vote, three spaces or the end:
	 * "Member McMahon/Member Simons   Carried", "Aranui/Hunt" */
	for (e = slash + 1; e < n && !(s[e - 1] == ' ' && vote_result(s + e,
	    n - e, &outcome)) && !rd_prefix(s + e, n - e, "   "); e++)
		;
	k = rd_skip_spaces(s, n, e);
	if ((k < n && !vote_result(s + k, n - k, &outcome)) ||
	    (a = mover_side(s, slash, 1)) == NULL ||
	    (b = mover_side(s + slash + 1, e - slash - 1, 1)) == NULL) {
		free(a);
		return 0;
	}
	/* each point of the decision they moved */
	i = p->rec->nsections;
	while (i > 0 && p->rec->sections[i - 1].type == SEC_RESOLUTION &&
	    p->rec->sections[i - 1].proposer == NULL &&
	    p->rec->sections[i - 1].seconder == NULL) {
		struct rec_section *r = &p->rec->sections[--i];

		r->proposer = xstrdup(a);
		r->seconder = xstrdup(b);
		if (outcome != NULL) {
			free(r->outcome);
			r->outcome = xstrdup(outcome);
		} else if (r->outcome != NULL &&
		    strcmp(r->outcome, "recommended") == 0) {
			/* "Recommendation" / "That ..." / "Cr X/Cr Y
			 * Carried": carried, as its words say */
			const char *o = rd_outcome(r->text != NULL ? r->text :
			    "", 0);

			free(r->outcome);
			r->outcome = xstrdup(strcmp(o, "unknown") != 0 &&
			    strcmp(o, "recommended") != 0 ? o : "agreed");
		}
	}
	if (last->end < (size_t)(s + n - p->t))
		last->end = (size_t)(s + n - p->t);
	free(a);
	free(b);
	return 1;
}

/*
 * The member who "seconded the motion" (or amendment, proposal) in a
 * sentence of its own, as a malloc'd name; else NULL.
 */
static char *
seconder_at(const char *s, size_t n)
{
	struct rd_person who;
	size_t k;
	char *name = NULL;

	if (!rd_person_at(s, n, &who))
		return NULL;
	k = who.len;
	/* "Councillor Meadowcroft formally seconded the amendment." */
	if (rd_prefix(s + k, n - k, " formally seconded "))
		k += 9;
	if (who.named && (who.kind == RD_MEMBER || (who.title != NULL &&
	    who.kind != RD_OFFICER)) && (rd_prefix(s + k, n - k,
	    " seconded the motion") || rd_prefix(s + k, n - k,
	    " seconded the amendment") || rd_prefix(s + k, n - k,
	    " seconded the proposal") || rd_prefix(s + k, n - k,
	    " seconded this") || rd_prefix(s + k, n - k, " seconded."))) {
		name = who.name;
		who.name = NULL;
	}
	rd_person_clear(&who);
	return name;
}

/*
 * The seconder in a clause or sentence after a motion's own: "; Ms. Y
 * seconded.", ".  Mr Smith seconded the motion."; a malloc'd name, or
 * NULL.
 */
static char *
seconded_later(const char *s, size_t n)
{
	size_t i, k;

	for (i = 1; i + 1 < n; i++) {
		if ((s[i] != ';' && s[i] != '.') || s[i + 1] != ' ')
			continue;
		k = rd_skip_spaces(s, n, i + 1);
		if (k < n && rd_isupper((unsigned char)s[k]) &&
		    rd_find(s + k, n - k, "seconded") != (size_t)-1)
			return seconder_at(s + k, n - k);
	}
	return NULL;
}

/* 1 if s holds a letter or digit: more than punctuation. */
static int
has_word(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (rd_isalpha((unsigned char)s[i]) ||
		    rd_isdigit((unsigned char)s[i]))
			return 1;
	return 0;
}

/* Longest "that ...:" taken for words leading in to points. */
#define LEAD_IN_MAX	60

/* 1 if t[a..b) ends with ":" or ":-". */
static int
ends_with_colon(const char *t, size_t a, size_t b)
{
	while (b > a && rd_isspace((unsigned char)t[b - 1]))
		b--;
	return b > a && (t[b - 1] == ':' || (t[b - 1] == '-' && b - 1 > a &&
	    t[b - 2] == ':'));
}

/* 1 if t[a..b) is a body over its points with a dash: "The Area
 * Committee -", as Scotland's em dash reads. */
static int
dash_lead(const char *t, size_t a, size_t b)
{
	while (b > a && rd_isspace((unsigned char)t[b - 1]))
		b--;
	return b - a > 6 && b - a < 100 && t[b - 1] == '-' &&
	    t[b - 2] == ' ' && rd_prefix(t + a, b - a, "the ") &&
	    memchr(t + a, '.', b - a) == NULL;
}

/*
 * 1 if s is only whom a decision goes to, before its points: "to
 * Council:", "to the Cabinet :-".
 */
static int
addressee_only(const char *s, size_t n)
{
	size_t i, words = 0;

	if (n > 80 || !ends_with_colon(s, 0, n) ||
	    (i = rd_prefix(s, n, "to ")) == 0)
		return 0;
	i += rd_prefix(s + i, n - i, "the ");
	for (; i < n && s[i] != ':'; i++) {
		if (s[i] == ' ')
			continue;
		/* "the Cabinet Member for Public Protection" */
		if (words > 0 && (rd_prefix(s + i, n - i, "for ") ||
		    rd_prefix(s + i, n - i, "of ") ||
		    rd_prefix(s + i, n - i, "and "))) {
			while (i + 1 < n && s[i + 1] != ' ')
				i++;
			continue;
		}
		if (!rd_isupper((unsigned char)s[i]))
			return 0;
		words++;
		while (i + 1 < n && s[i + 1] != ' ' && s[i + 1] != ':')
			i++;
	}
	return words > 0;
}

/*
 * 1 if s, after "RESOLVED", only leads in to a recommendation: "TO
 * RECOMMEND TO COUNCIL (6 votes for, 2 against):", "to recommend to
 * Council that:".
 */
static int
recommend_lead(const char *s, size_t n)
{
	return n < 120 && rd_prefix(s, n, "to recommend ") &&
	    ends_with_colon(s, 0, n) && memchr(s, '.', n) == NULL;
}

/*
 * 1 if s only leads in to points recommended to another body: "That the
 * Council be recommended to:", "That it be recommended to Council that:".
 */
static int
recommended_lead(const char *s, size_t n)
{
	return n < 100 && rd_prefix(s, n, "that ") &&
	    ends_with_colon(s, 0, n) && memchr(s, '.', n) == NULL &&
	    (rd_find(s, n, " be recommended") != (size_t)-1 ||
	    rd_find(s, n, " recommend to ") != (size_t)-1 ||
	    rd_find(s, n, " recommends to ") != (size_t)-1);
}

/*
 * 1 if s only leads in to the points: "RESOLVED that:", "RESOLVED - That
 * Cabinet:", "that the Cabinet agrees to:-".
 */
static int
that_only(const char *s, size_t n)
{
	size_t k;

	/* "And that Cabinet:", "and further that the Committee:": a
	 * second lead-in of the same decision */
	if ((k = rd_prefix(s, n, "and further ")) != 0 ||
	    (k = rd_prefix(s, n, "and ")) != 0) {
		s += k;
		n -= k;
	}
	k = rd_prefix(s, n, "that");

	/* "That the application be REFUSED for the following reasons:"
	 * decides, and its points are the reasons */
	if (rd_find(s, n, " be ") != (size_t)-1)
		return 0;
	return k > 0 && k < n && !rd_isalpha((unsigned char)s[k]) &&
	    n <= LEAD_IN_MAX && ends_with_colon(s, 0, n);
}

/* 1 if s[0..n) is "That" alone: "RESOLVED - That" (or "That,") over
 * its points. */
static int
that_alone(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' ||
	    s[n - 1] == ':' || s[n - 1] == '-' || s[n - 1] == ','))
		n--;
	return n == 4 && rd_prefix(s, n, "that");
}

/*
 * The outcome of "to approve" in "RESOLVED (unanimously) to approve" over
 * the points it approves: a verb alone after "to", or NULL.
 */
static const char *
to_verb_alone(const char *s, size_t n)
{
	static const char *const verbs[][2] = {
		{ "approve", "approved" }, { "agree", "agreed" },
		{ "note", "noted" }, { "adopt", "approved" },
		{ "endorse", "endorsed" }, { "recommend", "recommended" },
	};
	size_t k = rd_prefix(s, n, "to "), i;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' ||
	    s[n - 1] == ':' || s[n - 1] == '-'))
		n--;
	if (k == 0)
		return NULL;
	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (n - k == strlen(verbs[i][0]) &&
		    rd_prefix(s + k, n - k, verbs[i][0]))
			return verbs[i][1];
	return NULL;
}

/*
 * 1 if s[0..n), with no colon, only leads in to points below it: "That
 * the Board" over "(a) notes ...", "to -" after "The Council agreed",
 * "to approve".
 */
static int
lead_without_colon(const char *s, size_t n)
{
	size_t k, i, words = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' ||
	    s[n - 1] == '-' || s[n - 1] == ':'))
		n--;
	if (n >= 3 && (unsigned char)s[n - 1] == 0x93 &&
	    (unsigned char)s[n - 2] == 0x80 && (unsigned char)s[n - 3] == 0xe2)
		return lead_without_colon(s, n - 3);
	if ((n == 2 && rd_prefix(s, n, "to")) || to_verb_alone(s, n) != NULL)
		return 1;
	if ((k = rd_prefix(s, n, "that ")) == 0 || n > 40 ||
	    rd_find(s, n, " be ") != (size_t)-1)
		return 0;
	/* "That the Board", "That Cabinet": a body, named */
	for (i = k; i < n; i++)
		if (rd_isalpha((unsigned char)s[i]) && s[i - 1] == ' ') {
			words++;
			if (!rd_isupper((unsigned char)s[i]) &&
			    !rd_prefix(s + i, n - i, "the "))
				return 0;
		}
	return words >= 1 && words <= 4;
}

/* Starts the block of resolutions whose words begin at c (marker done). */
static void
res_begin(struct parse *p, const struct unit *u, size_t c, int kind)
{
	struct label lab;
	size_t k2;

	free(p->label_proposer);
	free(p->label_seconder);
	p->label_proposer = p->label_seconder = NULL;
	/* "Decision: The Committee:" over its points: a second marker
	 * alone, no words of its own */
	if (c < u->b && ends_with_colon(p->t, c, u->b) && marker_at(p->t + c,
	    u->b - c, &k2) != MARK_NONE && k2 >= u->b - c)
		c = u->b;
	p->in_res = 1;
	p->res_style = LAB_NONE;
	p->res_kind = 0;
	p->sub_style = p->sub_kind = 0;
	p->res_await = 0;
	p->res_outcome = kind == MARK_RECOMMEND ? "recommended" : NULL;
	/*
	 * "RECOMMENDED to Council:": who decides, then the points; so with
	 * "RESOLVED that:", and "RESOLVED that the Cabinet agrees to:" when
	 * points follow (else its words say what was decided).
	 */
	if (c < u->b && recommended_lead(p->t + c, u->b - c))
		p->res_outcome = "recommended";
	/* "Cabinet RESOLVED, having considered the information in the
	 * exempt appendix:" over its points: the clause said, no decision */
	if (c < u->b && rd_prefix(p->t + c, u->b - c, "having ") &&
	    u->b - c < 160 && ends_with_colon(p->t, c, u->b) &&
	    memchr(p->t + c, '.', u->b - c) == NULL && u + 1 < p->u + p->nu &&
	    label_at(p->t + u[1].a, u[1].b - u[1].a, 0, 0, &lab)) {
		sec_open(p, SEC_DISCUSSION, c, u->b, NULL);
		c = u->b;
	}
	if (c < u->b && (addressee_only(p->t + c, u->b - c) ||
	    recommend_lead(p->t + c, u->b - c) ||
	    recommended_lead(p->t + c, u->b - c) ||
	    that_alone(p->t + c, u->b - c) ||
	    (lead_without_colon(p->t + c, u->b - c) && u + 1 < p->u +
	    p->nu && label_at(p->t + u[1].a, u[1].b - u[1].a, 0, 0,
	    &lab)) ||
	    (that_only(p->t + c, u->b - c) && (!has_word(p->t + c + 4,
	    u->b - c - 4) || (u + 1 < p->u + p->nu && label_at(p->t +
	    u[1].a, u[1].b - u[1].a, 0, 0, &lab)))))) {
		const char *verb = to_verb_alone(p->t + c, u->b - c);

		if (verb != NULL && p->res_outcome == NULL)
			p->res_outcome = verb;
		c = u->b;
	}
	if (c >= u->b) {
		/* "On a motion by the Chair, seconded by X, it was -" /
		 * "Resolved - That Council be recommended to:" over its
		 * points: each point the movers' */
		if (p->have_prop && p->prop_b <= u->a &&
		    ends_with_colon(p->t, u->a, u->b) && u + 1 < p->u +
		    p->nu && label_at(p->t + u[1].a, u[1].b - u[1].a, 0, 0,
		    &lab)) {
			p->label_proposer = p->proposer;
			p->label_seconder = p->seconder;
			p->proposer = p->seconder = NULL;
			p->have_prop = 0;
		}
		p->res_await = 1;
		p->cur = -1;
		return;
	}
	/* "Resolved that (1) the forecast be noted;" / "(2) ...": the
	 * first point after "that" */
	if (rd_prefix(p->t + c, u->b - c, "that (") && label_at(p->t + c + 5,
	    u->b - c - 5, 0, 0, &lab) && lab.style == LAB_PAREN &&
	    lab.value == 1)
		c += 5;
	if (label_at(p->t + c, u->b - c, 0, 0, &lab)) {
		p->res_style = lab.style;
		p->res_kind = lab.kind;
		c += lab.len;
	}
	res_open(p, c, u->b);
}

/*
 * 1 if a quoted decision left open has ended all the same: its last
 * sentence is complete, and the new paragraph is a heading ("(b)",
 * "Taking in Charge of Estates").
 */
static int
quote_ended(const struct parse *p, const struct unit *u)
{
	const char *s = p->t + u->a;
	size_t n = u->b - u->a, e = p->rec->sections[p->cur].end;

	while (e > 0 && rd_isspace((unsigned char)p->t[e - 1]))
		e--;
	if (e == 0 || p->t[e - 1] != '.')
		return 0;
	/* "This Council resolves to:" leads in to the quote's points;
	 * "Adjournment of Meeting:" is a heading */
	if (n > 1 && s[n - 1] == ':') {
		size_t w = n - 1;

		while (w > 0 && s[w - 1] != ' ')
			w--;
		if (rd_islower((unsigned char)s[w]))
			return 0;
	}
	/* "(b)" alone or "(b) The Administrator advised ..." ends it;
	 * "(b) establish a working group" is the motion's next point */
	if (s[0] == '(') {
		const char *c = memchr(s, ')', n < 6 ? n : 6);
		size_t k = c != NULL ? (size_t)(c - s) + 1 : n;

		while (k < n && s[k] == ' ')
			k++;
		return k >= n || !rd_islower((unsigned char)s[k]);
	}
	return n <= 80 && memchr(s, '.', n) == NULL && memchr(s, '"', n) ==
	    NULL;
}

/* 1 if the sentence s starts a decision or motion of its own. */
static int
new_decision(const char *s, size_t n)
{
	size_t k;

	if (marker_at(s, n, &k) != MARK_NONE)
		return 1;
	/* "Proposed Cllr Osei, seconded Cllr Kaur, all in favour." */
	if ((k = rd_prefix(s, n, "proposed ")) != 0 && titled_at(s + k, n - k))
		return 1;
	/* "On resumption, on the proposal of X, ..." */
	if ((k = decision_lead(s, n)) != 0 && k < n &&
	    rd_prefix(s + k, n - k, "on the proposal of"))
		return 1;
	return rd_prefix(s, n, "it was proposed") ||
	    rd_prefix(s, n, "proposed by") || rd_prefix(s, n, "proposed:") ||
	    rd_prefix(s, n, "proposer:") || rd_prefix(s, n, "moved by") ||
	    rd_prefix(s, n, "moved:") || rd_prefix(s, n, "seconded by") ||
	    rd_prefix(s, n, "seconded:") ||
	    rd_prefix(s, n, "on the proposal of") ||
	    ((rd_prefix(s, n, "this motion") || rd_prefix(s, n, "the motion"))
	    && rd_find(s, n, "seconded") != (size_t)-1);
}

/*
 * 1 if s says what a decision weighed without deciding: "The
 * Sub-Committee has carefully considered the application ...", "Having
 * heard the representations ...".
 */
static int
preamble(const char *s, size_t n)
{
	static const char *const weighed[] = {
		"considered", "heard", "read", "had regard", "taken into",
		"listened", "reviewed",
	};
	size_t i, k, j;
	char *words;
	int undecided;

	if ((k = rd_prefix(s, n, "having ")) == 0) {
		k = rd_prefix(s, n, "the ");
		for (i = 0; i < sizeof bodies / sizeof bodies[0]; i++)
			if (rd_prefix(s + k, n - k, bodies[i]) != 0)
				break;
		if (i == sizeof bodies / sizeof bodies[0])
			return 0;
		k += strlen(bodies[i]);
		if ((j = rd_prefix(s + k, n - k, " has ")) == 0 &&
		    (j = rd_prefix(s + k, n - k, " have ")) == 0)
			return 0;
		k += j;
	}
	if ((j = rd_prefix(s + k, n - k, "carefully ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, "fully ")) != 0)
		k += j;
	for (i = 0; i < sizeof weighed / sizeof weighed[0]; i++)
		if (rd_prefix(s + k, n - k, weighed[i]) != 0)
			break;
	if (i == sizeof weighed / sizeof weighed[0])
		return 0;
	/* "Having considered the report, the Board agreed to ...": a
	 * decision after the lead-in */
	words = rd_squeeze(s, n);
	undecided = words != NULL && strcmp(rd_outcome(words, 0),
	    "unknown") == 0;
	free(words);
	return undecided;
}

/*
 * The outcome of a lead-in whose decision is a word in capitals before
 * its colon: "The following items were NOTED:", "... were reviewed and
 * ADOPTED:"; else NULL.
 */
static const char *
caps_lead(const char *s, size_t n)
{
	static const struct {
		const char *word, *outcome;
	} words[] = {
		{ "APPROVED", "approved" }, { "ADOPTED", "approved" },
		{ "RATIFIED", "approved" }, { "NOTED", "noted" },
		{ "RECEIVED", "noted" }, { "AGREED", "agreed" },
		{ "SUPPORTED", "agreed" }, { "ENDORSED", "endorsed" },
		{ "DEFERRED", "deferred" }, { "REFUSED", "refused" },
	};
	size_t e = n, w, i;

	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '-'))
		e--;
	if (e == 0 || s[e - 1] != ':' || n > 160)
		return NULL;
	e--;
	for (w = e; w > 0 && s[w - 1] != ' '; w--)
		;
	if (w < 5 || (!rd_prefix(s + w - 4, 4, "was ") &&
	    !rd_prefix(s + w - 5, 5, "were ") &&
	    !rd_prefix(s + w - 4, 4, "and ")))
		return NULL;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i].word) == e - w &&
		    memcmp(s + w, words[i].word, e - w) == 0)
			return words[i].outcome;
	return NULL;
}

/*
 * 1 if s opens with a member moving, seconded: "Councillor Hamilton,
 * seconded by Councillor Craik, moved that ...", as a "Motion" or
 * "Amendment" label's paragraph may (then the label heads nothing).
 */
static int
movers_open(const char *s, size_t n)
{
	struct rd_person who;
	size_t k;
	int yes = 0;

	if (!rd_person_at(s, n, &who))
		return 0;
	k = who.len;
	yes = who.named && rd_prefix(s + k, n - k, ", seconded by ") &&
	    rd_find(s + k, n - k < 160 ? n - k : 160, " moved") !=
	    (size_t)-1;
	rd_person_clear(&who);
	return yes;
}

/*
 * The movers in "(Councillors J Duff and B Brawn)" or "(Councillor A
 * Forbes and Bailie C Ahern)", s[0] the bracket and s[n - 1] its close:
 * 1 with *prop and *sec set (owned by the caller), else 0.
 */
static int
bracket_movers(const char *s, size_t n, char **prop, char **sec)
{
	struct rd_person a, b;
	size_t and, t = 0;
	char *one = NULL, *two = NULL;
	int ok = 0;

	*prop = *sec = NULL;
	if (n < 8 || s[0] != '(' || s[n - 1] != ')')
		return 0;
	s++;
	n -= 2;
	if ((and = rd_find(s, n, " and ")) == (size_t)-1)
		return 0;
	/* "Councillors A and B": each a Councillor */
	while (t < n && rd_isalpha((unsigned char)s[t]))
		t++;
	if (t > 2 && t < and && s[t] == ' ' && (s[t - 1] == 's' ||
	    s[t - 1] == 'S') && rd_isupper((unsigned char)s[0])) {
		one = xasprintf("%.*s%.*s", (int)(t - 1), s, (int)(and - t),
		    s + t);
		two = xasprintf("%.*s %.*s", (int)(t - 1), s,
		    (int)(n - and - 5), s + and + 5);
	} else {
		one = xasprintf("%.*s", (int)and, s);
		two = xasprintf("%.*s", (int)(n - and - 5), s + and + 5);
	}
	memset(&a, 0, sizeof a);
	memset(&b, 0, sizeof b);
	if (rd_person_at(one, strlen(one), &a) && a.named &&
	    a.len == strlen(one) && (rd_person_at(two, strlen(two), &b) ||
	    /* "Councillors Duff and Councillor Brawn" */
	    rd_person_at(s + and + 5, n - and - 5, &b)) && b.named &&
	    a.kind == RD_MEMBER && b.kind == RD_MEMBER) {
		*prop = a.name;
		*sec = b.name;
		a.name = b.name = NULL;
		ok = 1;
	}
	rd_person_clear(&a);
	rd_person_clear(&b);
	free(one);
	free(two);
	return ok;
}

/*
 * 1 if s is "Motion", "Amendment" or "Amendment 2" alone, or with its
 * movers in brackets, "Motion (Councillors J Duff and B Brawn)" (Perth
 * and Kinross), set in *prop and *sec when they are not NULL (owned by
 * the caller; NULL when none).
 */
static int
motion_heading(const char *s, size_t n, char **prop, char **sec)
{
	size_t k;
	char *a = NULL, *b = NULL;

	if (prop != NULL)
		*prop = *sec = NULL;
	while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' '))
		n--;
	if ((k = rd_prefix(s, n, "motion")) == 0 &&
	    (k = rd_prefix(s, n, "amendment")) != 0)
		while (k < n && (s[k] == ' ' ||
		    rd_isdigit((unsigned char)s[k])))
			k++;
	if (k == 0)
		return 0;
	if (k == n)
		return 1;
	while (k < n && s[k] == ' ')
		k++;
	if (n - k > 120 || !bracket_movers(s + k, n - k, &a, &b))
		return 0;
	if (prop != NULL) {
		*prop = a;
		*sec = b;
	} else {
		free(a);
		free(b);
	}
	return 1;
}

/* 1 if s is a decision's number alone in brackets: "(R112/24)". */
static int
resolution_ref(const char *s, size_t n)
{
	size_t i;
	int digit = 0, sep = 0;

	if (n < 5 || n > 24 || s[0] != '(' || s[n - 1] != ')')
		return 0;
	for (i = 1; i + 1 < n; i++) {
		if (rd_isdigit((unsigned char)s[i]))
			digit = 1;
		else if (s[i] == '/' || s[i] == '-' || s[i] == '.')
			sep = 1;
		else if (!rd_isalpha((unsigned char)s[i]))
			return 0;
	}
	return digit && sep;
}

/* 1 if s is a resolution's number alone: "Resolution number CO/2024/074",
 * "Resolution No. 24/118", "Resolution #2024-58". */
/* 1 if s[0..n) holds a byte of set. */
static int
strpbrk_n(const char *s, size_t n, const char *set)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr(set, s[i]) != NULL && s[i] != '\0')
			return 1;
	return 0;
}

/* 1 if s[0..n) is one token holding a digit and a '/' or '.'. */
static int
number_token(const char *s, size_t n)
{
	return n > 2 && memchr(s, ' ', n) == NULL &&
	    (memchr(s, '/', n) != NULL || memchr(s, '.', n) != NULL) &&
	    strpbrk_n(s, n, "0123456789");
}

static int
resolution_number(const char *s, size_t n)
{
	static const char *const before[] = {
		" resolved", " resolution", "committee recommendation",
	};
	size_t k = rd_prefix(s, n, "resolution "), sp, i, m;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ':'))
		n--;
	/* "ECC1/24 Resolution", "ECC5/24 Resolutions" (New Zealand) */
	if (k == 0 && (sp = rd_find(s, n, " ")) != (size_t)-1 &&
	    number_token(s, sp) && (rd_prefix(s + sp, n - sp,
	    " resolution") == n - sp || rd_prefix(s + sp, n - sp,
	    " resolutions") == n - sp))
		return 1;
	/* "Community Board Resolved WOCB/2024/00011", "COMMITTEE
	 * RECOMMENDATION EP24.0306.002": the number last */
	for (sp = n; k == 0 && sp > 0 && s[sp - 1] != ' '; sp--)
		;
	/* "RESOLVED 2025/009" alone over the decision (Nottinghamshire) */
	if (k == 0 && sp > 1 && number_token(s + sp, n - sp) &&
	    rd_prefix(s, sp - 1, "resolved") == sp - 1)
		return 1;
	if (k == 0 && sp > 1 && number_token(s + sp, n - sp))
		for (i = 0; i < sizeof before / sizeof before[0]; i++) {
			m = strlen(before[i]);
			if (sp - 1 >= m && rd_prefix(s + sp - 1 - m, m,
			    before[i]))
				return 1;
		}
	if (k == 0)
		return 0;
	if (rd_prefix(s + k, n - k, "number "))
		k += 7;
	else if (rd_prefix(s + k, n - k, "no. "))
		k += 4;
	else if (rd_prefix(s + k, n - k, "no "))
		k += 3;
	else if (k < n && s[k] == '#')
		k++;
	return k < n && memchr(s + k, ' ', n - k) == NULL &&
	    (rd_isdigit((unsigned char)s[k]) || rd_isupper(
	    (unsigned char)s[k]));
}

/* 1 if s names who moved or seconded: "MOVED Cr Tapinos", "Moved: X". */
static int
movers_line(const char *s, size_t n)
{
	size_t k;
	char *mover, *second;

	if (new_decision(s, n))
		return 1;
	/* "Councillor X moved, and Councillor Y seconded, an amendment" */
	if ((mover = motion_by(s, n, &second)) != NULL) {
		free(mover);
		free(second);
		return 1;
	}
	if ((k = rd_prefix(s, n, "moved ")) == 0)
		k = rd_prefix(s, n, "seconded ");
	return k > 0 && titled_at(s + k, n - k);
}

/* 1 if s opens with someone named and a reporting verb: "Cllr Kaur
 * asked if ...", "The Clerk reported ...". */
static int
speaks(const char *s, size_t n)
{
	struct rd_person who;
	int verb, yes = 0;

	if (rd_person_at(s, n, &who)) {
		yes = (who.named || who.title != NULL || who.role != NULL) &&
		    rd_verb_at(s + who.len, n - who.len, &verb) > 0 &&
		    verb != VERB_NONE;
		rd_person_clear(&who);
	}
	return yes;
}

static void movers_of_points(struct parse *p, const char *outcome);

/*
 * 1 if s is a sentence that only says who proposed and seconded: "Cllr X
 * proposed, Cllr Y seconded, all in favour."  Sets p's proposer and
 * seconder.
 */
static int
movers_sentence(struct parse *p, const char *s, size_t n)
{
	static const char *const tails[] = {
		"all in favour", "carried unanimously", "carried",
		"unanimously", "agreed",
	};
	struct rd_person a, b;
	size_t k, j, i;
	int ok = 0;

	if (!rd_person_at(s, n, &a))
		return 0;
	memset(&b, 0, sizeof b);
	k = a.len;
	if (a.named && ((j = rd_prefix(s + k, n - k, " proposed, ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, " proposed and ")) != 0 ||
	    (j = rd_prefix(s + k, n - k, " moved, ")) != 0) &&
	    rd_person_at(s + k + j, n - k - j, &b) && b.named &&
	    (i = rd_prefix(s + k + j + b.len, n - k - j - b.len,
	    " seconded")) != 0) {
		k += j + b.len + i;
		while (k < n && (s[k] == ',' || s[k] == ' '))
			k++;
		for (i = 0; i < sizeof tails / sizeof tails[0]; i++)
			if ((j = rd_prefix(s + k, n - k, tails[i])) != 0) {
				k += j;
				break;
			}
		ok = k < n && s[k] == '.' && rd_skip_spaces(s, n, k + 1) >= n;
	}
	if (ok) {
		free(p->proposer);
		free(p->seconder);
		p->proposer = a.name;
		p->seconder = b.name;
		a.name = b.name = NULL;
	}
	rd_person_clear(&a);
	rd_person_clear(&b);
	return ok;
}

/*
 * 1 if unit u is not the words a motion's lead-in announced ("... moved
 * the following amendment:"): a vote, someone speaking, a new motion,
 * a decision or a label.
 */
static int
words_follow(const struct parse *p, const struct unit *u)
{
	const char *s = p->t + u->a, *outcome;
	size_t n = u->b - u->a, k;
	struct label lab;

	return vote_result(s, n, &outcome) || speaks(s, n) ||
	    movers_line(s, n) || marker_at(s, n, &k) != MARK_NONE ||
	    label_at(s, n, 0, 0, &lab) || s[0] == '"' ||
	    rd_prefix(s, n, "\xe2\x80\x9c") || rd_prefix(s, n, "that ") ||
	    rd_prefix(s, n, "that: ") || rd_prefix(s, n, "the amendment") ||
	    rd_prefix(s, n, "the motion") || rd_prefix(s, n, "on being put") ||
	    rd_prefix(s, n, "upon being put") || rd_prefix(s, n, "following ");
}

/* 1 if s[0..n) opens with a decision's reason: "Reason:", "Reason for
 * decision:", "Reasons for the Decision -". */
static int
reason_label(const char *s, size_t n)
{
	static const char *const labels[] = {
		"reason:", "reasons:", "reason -", "reasons -",
		"reason for decision", "reasons for decision",
		"reason for the decision", "reasons for the decision",
	};
	size_t i;

	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (rd_prefix(s, n, labels[i]))
			return 1;
	return 0;
}

/*
 * The label of unit u, or of its line when the unit leaves it out
 * ("(ii)     Agreed to ..."): 1 and *lab (its len 0 in the second
 * case), or 0.
 */
static int
unit_label(const struct parse *p, const struct unit *u, int style, int kind,
    struct label *lab)
{
	size_t ls = u->a;

	if (label_at(p->t + u->a, u->b - u->a, style, kind, lab))
		return 1;
	if (!u->para && !u->line)
		return 0;
	while (ls > 0 && p->t[ls - 1] != '\n' && u->a - ls < 12)
		ls--;
	if (ls == u->a || !label_at(p->t + ls, u->b - ls, style, kind, lab) ||
	    ls + lab->len != u->a)
		return 0;
	lab->len = 0;
	return 1;
}

/* Does unit u go on with the block of resolutions?  1 if it was used. */
static int
res_continue(struct parse *p, const struct unit *u)
{
	const char *s = p->t + u->a;
	size_t n = u->b - u->a, q;
	struct label lab;
	int cont;

	/* "Cr Bedford/Cr Haque      Carried": the movers and the vote */
	if (slash_vote_line(s, n))
		return 0;

	if (p->res_await) {
		size_t m;

		/* "Decision:" / "RESOLVED - That Cabinet:": the marker
		 * below reads itself */
		if (marker_at(s, n, &m) != MARK_NONE) {
			p->res_await = 0;
			p->in_res = 0;
			return 0;
		}
		/* "RESOLVED" / "That the Committee:" / its points */
		if (that_only(s, n) || that_alone(s, n))
			return 1;
		/* "Resolution" / "MOVED Cr X" / "SECONDED Cr Y" / "That
		 * ...": the movers first, read as a proposal */
		if (movers_line(s, n)) {
			p->res_await = 0;
			p->in_res = 0;
			return 0;
		}
		/* "Decision:" / "The Sub-Committee has carefully considered
		 * ...": what it weighed; the decision is still to come */
		if (preamble(s, n)) {
			p->pending_q = -1;
			sec_open(p, SEC_DISCUSSION, u->a, u->b, NULL);
			return 1;
		}
		p->res_await = 0;
		if (label_at(s, n, 0, 0, &lab)) {
			p->res_style = lab.style;
			p->res_kind = lab.kind;
			res_open(p, u->a + lab.len, u->b);
			return 1;
		}
		res_open(p, u->a, u->b);
		return 1;
	}
	if (p->res_quote && p->cur >= 0) {
		/* a quotation of many paragraphs opens each with a quote
		 * mark and closes only the last */
		cont = u->para && u->a < u->b && p->t[u->a] == p->res_quote;
		/* (a motion's points, "(a)", "(ii)", are not counted) */
		if (u->para && !cont && ((!label_at(s, n, 0, 0, &lab) &&
		    ++p->res_quote_paras > 4) || quote_ended(p, u))) {
			p->res_quote = 0;
		} else {
			q = quote_close(p->t, u->a + cont, u->b, p->res_quote);
			sec_extend(p, q);
			if (q < u->b)
				p->res_quote = 0;
			return 1;
		}
	}
	/* "That with respect to Report X, the following be approved:" /
	 * "That Council:" / its points: the second lead-in is more of the
	 * first, no decision of its own */
	if (p->res_style == LAB_NONE && p->cur >= 0 && (u->para || u->line) &&
	    that_only(s, n) && (size_t)(u - p->u) + 1 < p->nu &&
	    label_at(p->t + u[1].a, u[1].b - u[1].a, 0, 0, &lab) &&
	    p->rec->sections[p->cur].type == SEC_RESOLUTION &&
	    p->rec->sections[p->cur].end > 0 && ends_with_colon(p->t,
	    p->rec->sections[p->cur].start, p->rec->sections[p->cur].end)) {
		sec_extend(p, u->b);
		return 1;
	}
	/* "... agreed that, subject to the following:" and then a list,
	 * numbered or bulleted (an HTML list's points) */
	if (p->res_style == LAB_NONE && p->cur >= 0 && (u->para || u->line) &&
	    label_at(s, n, 0, 0, &lab) &&
	    p->rec->sections[p->cur].end > 0 &&
	    (ends_with_colon(p->t, p->rec->sections[p->cur].start,
	    p->rec->sections[p->cur].end) || dash_lead(p->t,
	    p->rec->sections[p->cur].start, p->rec->sections[p->cur].end))) {
		p->res_style = lab.style;
		p->res_kind = lab.kind;
		res_open(p, u->a + lab.len, u->b);
		return 1;
	}
	/* "To approve the report subject to replacing recommendation 3
	 * with the following:-" / "“Agrees that ...”": the quoted words
	 * are more of the decision that leads in to them (not a report
	 * of many paragraphs "read into the Minutes as follows:") */
	if (p->res_style == LAB_NONE && p->cur >= 0 && u->para && n > 1 &&
	    s[0] == '"' && quote_close(p->t, u->a + 1, u->b, '"') < u->b &&
	    p->rec->sections[p->cur].type == SEC_RESOLUTION &&
	    ends_with_colon(p->t, p->rec->sections[p->cur].start,
	    p->rec->sections[p->cur].end)) {
		sec_extend(p, u->b);
		return 1;
	}
	/* "(i) Approved the strategy ..." / "Reason: To provide ..." /
	 * "(ii) ...": a reason under each point, and the points go on */
	if (p->res_style != LAB_NONE && p->cur >= 0 && (u->para || u->line) &&
	    reason_label(s, n) && (size_t)(u - p->u) + 1 < p->nu &&
	    unit_label(p, &u[1], p->res_style, p->res_kind, &lab) &&
	    lab.style == p->res_style) {
		sec_open(p, SEC_DISCUSSION, u->a, u->b, NULL);
		return 1;
	}
	if (p->res_style != LAB_NONE && unit_label(p, u, p->res_style,
	    p->res_kind, &lab) && lab.style == p->res_style &&
	    (lab.kind == p->res_kind || (p->res_kind == LK_ROMAN &&
	    lab.kind == LK_ALPHA) || (p->res_kind == LK_ALPHA &&
	    lab.kind == LK_ROMAN))) {
		p->sub_style = p->sub_kind = 0;
		res_open(p, u->a + lab.len, u->b);
		return 1;
	}
	/* "2. That the Director be authorised to:" and its "a) award
	 * ...", "b) submit ...": points of a point, then "3." goes on */
	if (p->res_style != LAB_NONE && p->cur >= 0 &&
	    label_at(s, n, 0, 0, &lab) && lab.style != LAB_BULLET &&
	    ((p->sub_style != 0 && lab.style == p->sub_style &&
	    lab.kind == p->sub_kind) || (p->sub_style == 0 &&
	    p->rec->sections[p->cur].type == SEC_RESOLUTION &&
	    ends_with_colon(p->t, p->rec->sections[p->cur].start,
	    p->rec->sections[p->cur].end)))) {
		p->sub_style = lab.style;
		p->sub_kind = lab.kind;
		res_open(p, u->a + lab.len, u->b);
		return 1;
	}
	if (p->cur < 0)
		return 0;
	/* "RESOLVED to approve the payments. Cllr X proposed, Cllr Y
	 * seconded, all in favour.": the decision's movers */
	if (p->rec->sections[p->cur].type == SEC_RESOLUTION &&
	    p->rec->sections[p->cur].proposer == NULL && !p->have_prop &&
	    movers_sentence(p, s, n)) {
		movers_of_points(p, NULL);
		p->cur = -1;
		p->in_res = 0;
		return 1;
	}
	/* "Resolved:" then "That ..." paragraphs: one resolution each */
	if (u->para && p->res_style == LAB_NONE && rd_prefix(s, n, "that ") &&
	    p->rec->sections[p->cur].type == SEC_RESOLUTION &&
	    rd_prefix(p->t + p->rec->sections[p->cur].start,
	    u->a - p->rec->sections[p->cur].start, "that ")) {
		res_open(p, u->a, u->b);
		return 1;
	}
	/* "... be sought. It was proposed by X, seconded by Y and agreed" */
	if (!u->para && new_decision(s, n))
		return 0;
	if (!u->para && !u->line) {
		sec_extend(p, u->b);
		return 1;
	}
	/* words going on from the last line, not "b) DC/24/02011 ..." */
	if (rd_islower((unsigned char)s[0]) && !((u->para || u->line) &&
	    label_at(s, n, 0, 0, &lab))) {
		sec_extend(p, u->b);
		return 1;
	}
	/* A new line inside a paragraph of the decision; not, after its
	 * sentence ended, a point of a list or someone speaking ("RESOLVED
	 * to award £250 to the Bowls Club." / "b) Scouts - request for
	 * £300", "Cllr Kaur asked if ..."), as Word's paragraphs come with
	 * no blank line between */
	if (!u->para && u->line && p->res_style == LAB_NONE) {
		const struct rec_section *r = &p->rec->sections[p->cur];
		size_t e = r->end, ls = u->a;

		while (e > r->start && (p->t[e - 1] == ' ' ||
		    p->t[e - 1] == '\n'))
			e--;
		/* the line's label, which the unit leaves out */
		while (ls > 0 && p->t[ls - 1] != '\n' && u->a - ls < 8)
			ls--;
		if (e > r->start && (p->t[e - 1] == '.' || (p->t[e - 1] ==
		    ')' && e > r->start + 1 && p->t[e - 2] == '.')) &&
		    (label_at(p->t + ls, u->b - ls, 0, 0, &lab) ||
		    speaks(s, n)))
			return 0;
		sec_extend(p, u->b);
		return 1;
	}
	return 0;
}

/* ---- Questions and answers ---- */

/* Bytes of a list label opening s: "(a) ", "b) ", "(ii) ", "1. ";
 * else 0. */
static size_t
list_label(const char *s, size_t n)
{
	size_t k = n > 0 && s[0] == '(' ? 1 : 0, a = k;

	while (k < n && k - a < 4 && (rd_isalpha((unsigned char)s[k]) ||
	    rd_isdigit((unsigned char)s[k])))
		k++;
	/* "1.\tQuestion from ...": a number with a dot */
	if (a == 0 && k > 0 && k <= 2 && k + 1 < n && s[k] == '.' &&
	    rd_isdigit((unsigned char)s[0]) && rd_isdigit((unsigned char)
	    s[k - 1]) && (s[k + 1] == ' ' || s[k + 1] == '\t')) {
		for (k++; k < n && (s[k] == ' ' || s[k] == '\t'); k++)
			;
		return k;
	}
	if (k == a || k + 1 >= n || s[k] != ')' || s[k + 1] != ' ')
		return 0;
	/* "(a)     Question from ...": the label's column */
	for (k += 2; k < n && (s[k] == ' ' || s[k] == '\t'); k++)
		;
	return k;
}

/* 1 if s is a heading alone: "Supplementary Question", "Questions:". */
static int
sub_heading(const char *s, size_t n)
{
	static const char *const heads[] = {
		"supplementary question", "supplementary questions",
		"supplementary", "questions", "questions and answers",
	};
	size_t i, k;

	while (n > 0 && (s[n - 1] == ':' || s[n - 1] == '.' ||
	    s[n - 1] == ' '))
		n--;
	/* "Question 1 - Supplementary", "Supplementary to Question 2" */
	if ((k = rd_prefix(s, n, "question ")) != 0 && k < n &&
	    rd_isdigit((unsigned char)s[k])) {
		while (k < n && (rd_isdigit((unsigned char)s[k]) ||
		    s[k] == '.'))
			k++;
		while (k < n && (s[k] == ' ' || s[k] == '-' || s[k] == ':' ||
		    s[k] == '(' || (unsigned char)s[k] >= 0x80))
			k++;
		/* ("Question 3 (Supplementary)") */
		if (n > k && s[n - 1] == ')')
			n--;
		return n - k == 13 && rd_prefix(s + k, n - k,
		    "supplementary") == 13;
	}
	if ((k = rd_prefix(s, n, "supplementary to question ")) != 0 ||
	    (k = rd_prefix(s, n, "supplementary question ")) != 0) {
		while (k < n && (rd_isdigit((unsigned char)s[k]) ||
		    s[k] == '.'))
			k++;
		return k == n;
	}
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		if (strlen(heads[i]) == n && rd_prefix(s, n, heads[i]) == n)
			return 1;
	return 0;
}

/*
 * 1 if s[0..n) opens with a line naming a titled person and to whom they
 * put something, and nothing else: "Councillor W. Saunders to the
 * Cabinet Member for Education:".
 */
static int
put_to_line(const char *s, size_t n)
{
	const char *nl = memchr(s, '\n', n);
	size_t e = nl != NULL ? (size_t)(nl - s) : n, k;

	while (e > 0 && s[e - 1] == ' ')
		e--;
	if (e == 0 || e > 160 || s[e - 1] != ':' ||
	    (k = titled_at(s, e)) == 0)
		return 0;
	return rd_prefix(s + k, e - k, " to the ") != 0 ||
	    (rd_prefix(s + k, e - k, " to ") != 0 && k + 4 < e &&
	    rd_isupper((unsigned char)s[k + 4]));
}

/* 1 if s opens with a titled person or an office with "the": whom a
 * question is put to. */
static int
titled_or_office(const char *s, size_t n)
{
	struct rd_person to;
	int yes;

	if (rd_prefix(s, n, "the "))
		return 1;
	if (!rd_person_at(s, n, &to))
		return 0;
	yes = to.named || to.role != NULL;
	rd_person_clear(&to);
	return yes;
}

/*
 * "Question submitted by Councillor X", "Question from Cllr Y:", "(a)
 * Question from Councillor Z to the Cabinet Member for ...",
 * "Supplementary question: Councillor X asked ...".
 */
static int
question_label(const char *s, size_t n, struct rd_person *who, size_t *len)
{
	static const char *const heads[] = {
		"question submitted by", "questions submitted by",
		"question asked by", "question tabled by", "question from",
		"questions from", "question by", "question in the name of",
		"question received from", "question put by",
		"supplementary question from", "supplementary question by",
		"supplementary question:", "supplementary question -",
		"supplementary:", "a question had been received from",
		"a question was received from",
		"the following question had been received from",
		"the following question was received from",
		"the following question had been submitted by",
		"the following question was submitted by",
		"one question had been received from",
		"one question was received from",
		"a question had been submitted by",
		"a question was submitted by",
		/* "A number of questions were asked by Mr X relating to
		 * ...", then who responded */
		"a question was asked by", "questions were asked by",
		"a number of questions were asked by",
		"a question was put by", "questions were put by",
		"the following question was put by",
		"the following questions were put by",
		"the following question had been put by",
		"the following question was asked by",
		"the following question was tabled by",
	};
	/* "Question: Councillor T. Ó Broin", "Submitted by Councillor M.
	 * Byrne": a line naming the asker alone, the question below */
	static const char *const alone[] = {
		"question:", "submitted by", "question -",
	};
	size_t i, k = 0, j, j2, e, lab = list_label(s, n);

	s += lab;
	n -= lab;
	/* "In accordance with Standing Order No. 8, the following question
	 * was put by Councillor X to ...": the rule it was put under first */
	if (rd_prefix(s, n, "in accordance with ") ||
	    rd_prefix(s, n, "pursuant to ") ||
	    rd_prefix(s, n, "under standing order") ||
	    rd_prefix(s, n, "under council procedure rule")) {
		for (j = 0; j < n && j < 120 && s[j] != ',' && s[j] != '\n' &&
		    (s[j] != '.' || abbrev_before(s, 0, j) ||
		    (j + 1 < n && rd_isdigit((unsigned char)s[j + 1]))); j++)
			;
		if (j < n && j < 120 && s[j] == ',') {
			j = rd_skip_spaces(s, n, j + 1);
			for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
				if (rd_prefix(s + j, n - j, heads[i]) != 0 &&
				    rd_islower((unsigned char)s[j]) &&
				    question_label(s + j, n - j, who, len)) {
					*len += lab + j;
					return 1;
				}
		}
		return 0;
	}
	/* "Q1   Question from Councillor X to ...": the number, then the
	 * label; "Q-1        QUESTION: Councillor E. Murphy" (South
	 * Dublin) */
	if (n > 4 && s[0] == 'Q' && (rd_isdigit((unsigned char)s[1]) ||
	    (s[1] == '-' && rd_isdigit((unsigned char)s[2])))) {
		for (j = s[1] == '-' ? 2 : 1; j < n &&
		    rd_isdigit((unsigned char)s[j]); j++)
			;
		if (j < n && (s[j] == '.' || s[j] == ':'))
			j++;
		if (j < n && (s[j] == ' ' || s[j] == '\t')) {
			while (j < n && (s[j] == ' ' || s[j] == '\t'))
				j++;
			for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
				if (rd_prefix(s + j, n - j, heads[i]) &&
				    question_label(s + j, n - j, who, len)) {
					*len += lab + j;
					return 1;
				}
			if (rd_prefix(s + j, n - j, "question:") &&
			    question_label(s + j, n - j, who, len)) {
				*len += lab + j;
				return 1;
			}
		}
	}
	for (i = 0; i < sizeof alone / sizeof alone[0]; i++)
		if ((k = rd_prefix(s, n, alone[i])) != 0) {
			for (j = k; j < n && s[j] == ' '; j++)
				;
			if (rd_person_at(s + j, n - j, who)) {
				size_t e = j + who->len;

				while (e < n && (s[e] == ' ' || s[e] == '*'))
					e++;
				if (who->named && rd_member_title(who->title) &&
				    (e >= n || s[e] == '\n')) {
					*len = lab + j + who->len;
					return 1;
				}
				rd_person_clear(who);
			}
		}
	/* "6.1<TAB>Cllr. Sarah Reilly" / "To ask the Municipal District
	 * Manager when ...": the asker alone on the line over an Irish
	 * written question */
	for (j = 0; j < n && (rd_isdigit((unsigned char)s[j]) ||
	    (j > 0 && s[j] == '.')); j++)
		;
	if (j > 0 && j < n && (s[j] == ' ' || s[j] == '\t'))
		while (j < n && (s[j] == ' ' || s[j] == '\t'))
			j++;
	else
		j = 0;
	if (j < n && rd_person_at(s + j, n - j, who)) {
		size_t e = j + who->len;

		while (e < n && (s[e] == ' ' || s[e] == ':'))
			e++;
		if (who->named && rd_member_title(who->title) && e < n &&
		    s[e] == '\n' && rd_prefix(s + e + 1, n - e - 1, "to ask ")) {
			*len = lab + e + 1;
			return 1;
		}
		rd_person_clear(who);
	}
	/* "From County Councillor Tony Kear to County Councillor Angela
	 * Sandles, Cabinet Member for ...": who asks whom, as a question's
	 * heading (Wales) */
	if ((k = rd_prefix(s, n, "from ")) != 0 && s[0] == 'F' &&
	    rd_person_at(s + k, n - k, who)) {
		j = k + who->len;
		if (who->named && rd_member_title(who->title) &&
		    rd_prefix(s + j, n - j, " to ") && titled_or_office(s + j +
		    4, n - j - 4)) {
			for (e = j; e < n && s[e] != '\n'; e++)
				;
			*len = lab + e;
			return 1;
		}
		rd_person_clear(who);
		k = 0;
	}
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		if ((k = rd_prefix(s, n, heads[i])) != 0)
			break;
	if (k == 0 && n > 4 && s[0] == 'Q' && (rd_isdigit((unsigned char)
	    s[1]) || (s[1] == '.' && rd_isdigit((unsigned char)s[2])) ||
	    (s[1] == '.' && s[2] == ' ' && rd_isdigit((unsigned char)
	    s[3])))) {
		/* "Q3 Councillor Barrett to the Leader:", "Q.1   Cllr Orla
		 * McGettigan", "Q. 1  Cllr. X" */
		for (k = s[1] != '.' ? 1 : s[2] == ' ' ? 3 : 2; k < n &&
		    rd_isdigit((unsigned char)s[k]); k++)
			;
		if (k < n && (s[k] == '.' || s[k] == ':'))
			k++;
		while (k + 1 < n && s[k] == ' ' && s[k + 1] == ' ')
			k++;
		/* "Q1 – Councillor Tranter", "Q2 from Mr Barry Neale:" */
		if ((j = rd_prefix(s + k, n - k, " - ")) != 0 ||
		    (j = rd_prefix(s + k, n - k, " \xe2\x80\x93 ")) != 0 ||
		    (j = rd_prefix(s + k, n - k, " from ")) != 0)
			k += j - 1;
		if (k >= n || s[k] != ' ' || titled_at(s + k + 1,
		    n - k - 1) == 0)
			return 0;
	} else if (k == 0 && lab > 0 && put_to_line(s, n)) {
		/* "(i)  Councillor W. Saunders to the Cabinet Member for
		 * Education:": the asker, from k = 0 */
	} else if (k == 0) {
		/* "Question 3 submitted by", "Question No. 3 from" */
		if ((k = rd_prefix(s, n, "question ")) == 0)
			return 0;
		/* ("QUESTION NO. 1 – Cllr. S. Lalor", in capitals) */
		while (k < n && (rd_isdigit((unsigned char)s[k]) ||
		    s[k] == '.' || s[k] == ' ' || s[k] == 'N' || s[k] == 'o' ||
		    s[k] == 'O'))
			k++;
		/* "Question (1)   By Councillor Shearer answered by ..." */
		if (k + 1 < n && s[k] == '(' && rd_isdigit((unsigned char)
		    s[k + 1])) {
			for (j = k + 1; j < n && rd_isdigit((unsigned char)
			    s[j]); j++)
				;
			j2 = j < n && s[j] == ')' ? rd_skip_spaces(s, n,
			    j + 1) : n;
			if (rd_prefix(s + j2, n - j2, "by "))
				k = j2;
		}
		/* "Question 1 (Mrs Dorothy Allen, Stanmouth Forum): When
		 * ...", "Question (Cllr. Byrne): Can ...": the asker in
		 * brackets */
		if (k >= 9 && k < n && s[k] == '(' && rd_person_at(s + k + 1,
		    n - k - 1, who)) {
			if (who->named && (j = rd_find(s + k, n - k < 120 ?
			    n - k : 120, "):")) != (size_t)-1) {
				for (j += k + 2; j < n && s[j] == ' '; j++)
					;
				*len = lab + j;
				return 1;
			}
			rd_person_clear(who);
			return 0;
		}
		j = k;
		/* "Question 2: Cllr Roisin Mac Aodha", "Question No. 1 in
		 * the name of Councillor Hurley:" */
		if ((i = rd_prefix(s + k, n - k, "submitted by")) == 0 &&
		    (i = rd_prefix(s + k, n - k, "from")) == 0 &&
		    (i = rd_prefix(s + k, n - k, "in the name of ")) == 0 &&
		    (i = rd_prefix(s + k, n - k, "- ")) == 0 &&
		    (i = rd_prefix(s + k, n - k, "\xe2\x80\x93 ")) == 0 &&
		    (k == 9 || (i = rd_prefix(s + k, n - k, ": ")) == 0) &&
		    (k == 9 || (i = rd_prefix(s + k, n - k, "by ")) == 0))
			return 0;
		/* "Question 1 - from Mrs Jane Threlfall" */
		if (s[k] != 's' && s[k] != 'S' && s[k] != 'f' && s[k] != 'F' &&
		    (j2 = rd_prefix(s + k + i, n - k - i, "from ")) != 0)
			i += j2;
		/* "Question 1 - Councillor Quayle to the Cabinet Member" */
		if (s[k] != 's' && s[k] != 'S' && s[k] != 'f' && s[k] != 'F' &&
		    titled_at(s + k + i, n - k - i) == 0)
			return 0;
		k = j + i;
	}
	while (k < n && (s[k] == ' ' || s[k] == ':'))
		k++;
	/* "One question had been received from a member of the public." */
	for (i = 0; i < 2; i++) {
		static const char *const public[] = {
			"a member of the public", "members of the public",
		};

		if ((j = rd_prefix(s + k, n - k, public[i])) != 0) {
			/* "... in accordance with Council Procedure Rule
			 * 10.": a note of what came, the question below it
			 * with its own asker */
			if (rd_prefix(s + k + j, n - k - j, " in accordance") ||
			    rd_prefix(s + k + j, n - k - j, " under ") ||
			    rd_prefix(s + k + j, n - k - j, " pursuant"))
				return 0;
			memset(who, 0, sizeof *who);
			who->name = xstrdup("Member of the public");
			who->key = xstrdup("public");
			who->kind = RD_MEMBER;
			who->len = j;
			*len = lab + k + j;
			return 1;
		}
	}
	if (rd_person_at(s + k, n - k, who)) {
		/* "Questions from Committee Members": a heading */
		if (!who->named && rd_prefix(s, n, "questions ")) {
			rd_person_clear(who);
			return 0;
		}
		*len = lab + k + who->len;
		return 1;
	}
	/* A name we cannot read (OCR): keep it as written. */
	for (j = k; j < n && j - k < 60 && s[j] != '\n' && s[j] != ':' &&
	    s[j] != '('; j++)
		;
	if (j == k || !rd_isupper((unsigned char)s[k]))
		return 0;
	/* "Supplementary question: None." */
	if (rd_prefix(s + k, j - k, "none") || rd_prefix(s + k, j - k, "nil") ||
	    rd_prefix(s + k, j - k, "n/a"))
		return 0;
	if (rd_prefix(s, n, "questions ") && rd_find(s + k, j - k,
	    "members") != (size_t)-1)
		return 0;
	memset(who, 0, sizeof *who);
	who->name = rd_squeeze(s + k, j - k);
	if (who->name == NULL)
		return 0;
	{
		struct buf b = BUF_INIT;

		text_lower(who->name, strlen(who->name), &b);
		who->key = buf_steal(&b);
	}
	who->kind = RD_MEMBER;
	who->len = j - k;
	*len = lab + j;
	return 1;
}

/* Bytes to the end of the line that starts at s (without its '\n'). */
static size_t
line_length(const char *s, size_t n)
{
	const char *nl = memchr(s, '\n', n);

	return nl != NULL ? (size_t)(nl - s) : n;
}

/*
 * The length of a line's label "Questioner:", "To:", "**Portfolio
 * holder:**" (with the spaces after it) when it is one of labels[0..nl),
 * or 0.
 */
static size_t
line_label(const char *s, size_t n, const char *const *labels, size_t nl)
{
	size_t i, k, o = 0;

	while (o < n && s[o] == '*')
		o++;
	for (i = 0; i < nl; i++) {
		if ((k = rd_prefix(s + o, n - o, labels[i])) == 0)
			continue;
		k += o;
		while (k < n && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k < n && s[k] == ':')
			k++;
		else if (k + 1 < n && s[k] == '-' && s[k + 1] == ' ')
			k++;
		else
			continue;
		while (k < n && (s[k] == '*' || s[k] == ' ' || s[k] == '\t'))
			k++;
		return k;
	}
	return 0;
}

/* Labels of the line naming who asks a question. */
static const char *const asker_labels[] = {
	"questioner", "asked by", "question by", "question from",
	"name of questioner", "from",
};

/* Labels of the line naming whom a question is put to. */
static const char *const to_labels[] = {
	"to", "portfolio holder", "cabinet member", "respondent",
	"directed to", "addressed to", "put to", "to be answered by",
	"answered by", "responding",
};

/*
 * 1 if s[0..n) is a question's block of labelled lines, "Questioner: Mr
 * X, Eastgate Residents' Association" over "To: Councillor Y, Cabinet
 * Member for Z", under "Question 1" or "2." on a line of its own; more
 * bytes of text follow s[0..n).  Fills *who (free with rd_person_clear)
 * and *len, the bytes to the end of the asker's line.
 */
static int
questioner_block(const char *s, size_t n, size_t more, struct rd_person *who,
    size_t *len)
{
	size_t at = 0, e = line_length(s, n), k, digits = 0;

	/* the question's number on a line of its own: "Question 1",
	 * "Question No. 2", "3." */
	for (k = 0; k < e && e <= 24; k++)
		digits += rd_isdigit((unsigned char)s[k]);
	if (e < n && e <= 24 && digits > 0 && (rd_prefix(s, e, "question") ||
	    rd_prefix(s, e, "**question") || rd_isdigit((unsigned char)s[0])))
		at = rd_skip_spaces(s, n, e);
	if ((k = line_label(s + at, n - at, asker_labels,
	    sizeof asker_labels / sizeof asker_labels[0])) == 0)
		return 0;
	e = at + line_length(s + at, n - at);
	/* "From:" is a label only over "To:", on its line or the next
	 * paragraph's */
	if (rd_prefix(s + at, n - at, "from") && (e >= n + more ||
	    line_label(s + rd_skip_spaces(s, n + more, e), n + more -
	    rd_skip_spaces(s, n + more, e), to_labels, 1) == 0))
		return 0;
	if (!rd_person_at(s + at + k, e - at - k, who))
		return 0;
	if (!who->named) {
		rd_person_clear(who);
		return 0;
	}
	*len = e;
	return 1;
}

/*
 * 1 if s[0..n), what follows a questioner's line, holds nothing but the
 * lines naming whom the question is put to: the question is next.
 */
static int
addressee_lines(const char *s, size_t n)
{
	size_t e;

	while (n > 0 && rd_isspace((unsigned char)s[0])) {
		s++;
		n--;
	}
	while (n > 0) {
		if (line_label(s, n, to_labels, sizeof to_labels /
		    sizeof to_labels[0]) == 0)
			return 0;
		e = line_length(s, n);
		s += e;
		n -= e;
		while (n > 0 && rd_isspace((unsigned char)s[0])) {
			s++;
			n--;
		}
	}
	return 1;
}

/* 1 if the verb read in s[0..n) is "is", "are", "was" or "were". */
static int
be_verb(const char *s, size_t n)
{
	static const char *const be[] = { " is", " are", " was", " were" };
	size_t i, k;

	for (i = 0; i < sizeof be / sizeof be[0]; i++) {
		k = strlen(be[i]);
		if (n >= k && memcmp(s + n - k, be[i], k) == 0)
			return 1;
	}
	return 0;
}

static int vote_result(const char *s, size_t n, const char **outcome);
static int names_motion(const char *s, size_t n);

/*
 * 1 if s ends a written reply: the vote on the motion the reply was to
 * ("Following discussion, the motion was agreed.", which decides the
 * motion still undecided above it), or the meeting's end ("This
 * concluded the business of the meeting.").
 */
static int
reply_ends(struct parse *p, const char *s, size_t n)
{
	const char *outcome = NULL;
	size_t k = 0, j;

	if (n > 160)
		return 0;
	if (rd_prefix(s, n, "this concluded the business") ||
	    rd_prefix(s, n, "this concluded the meeting"))
		return 1;
	/* "The meeting concluded at 4.10 pm."; not "The meeting concluded
	 * with a commitment that ..." */
	if (((k = rd_prefix(s, n, "the meeting concluded")) != 0 ||
	    (k = rd_prefix(s, n, "the meeting closed")) != 0) &&
	    (k == n || s[k] == '.' || rd_prefix(s + k, n - k, " at ")))
		return 1;
	if ((k = rd_prefix(s, n, "following discussion, ")) == 0)
		k = rd_prefix(s, n, "following discussion ");
	if (!names_motion(s + k, n - k) || !vote_result(s + k, n - k,
	    &outcome))
		return 0;
	for (j = p->rec->nsections; j-- > 0; ) {
		struct rec_section *r = &p->rec->sections[j];

		if (r->type != SEC_RESOLUTION)
			continue;
		if (r->outcome == NULL || strcmp(r->outcome, "unknown") == 0) {
			free(r->outcome);
			r->outcome = outcome != NULL ? xstrdup(outcome) : NULL;
		}
		break;
	}
	return 1;
}

/*
 * Where in s[0..n) a line ends the written reply (reply_ends), the
 * reply's signature perhaps on the lines before it; else (size_t)-1.
 */
static size_t
reply_end_at(struct parse *p, const char *s, size_t n)
{
	size_t a = 0, e;

	for (;;) {
		const char *nl;

		a = rd_skip_spaces(s, n, a);
		nl = memchr(s + a, '\n', n - a);
		e = nl != NULL ? (size_t)(nl - s) : n;
		/* (the last line: to the unit's end) */
		if (nl == NULL || rd_skip_spaces(s, n, e) >= n)
			e = n;
		if (reply_ends(p, s + a, e - a))
			return a;
		if (e >= n)
			return (size_t)-1;
		a = e + 1;
	}
}

/* 1 if s notes what became of numbered questions: "In the absence of
 * Councillor X, Question 4 was withdrawn.", "Questions 5 to 8 were not
 * reached". */
static int
question_note(const char *s, size_t n)
{
	size_t at = rd_find(s, n < 80 ? n : 80, "question");

	/* "This question was withdrawn." */
	if (rd_prefix(s, n, "this question was ") ||
	    rd_prefix(s, n, "the question was withdrawn"))
		return 1;
	if (at == (size_t)-1 || (at > 0 && s[at] != 'Q'))
		return 0;
	at += 8;
	if (at < n && s[at] == 's')
		at++;
	if (at + 1 >= n || s[at] != ' ' || !rd_isdigit((unsigned char)
	    s[at + 1]))
		return 0;
	return rd_find(s + at, n - at, " was ") != (size_t)-1 ||
	    rd_find(s + at, n - at, " were ") != (size_t)-1 ||
	    rd_find(s + at, n - at, " would ") != (size_t)-1;
}

/*
 * 1 if s only reports what questions came, "Two questions had been
 * received from members of the public in accordance with Procedure Rule
 * 10.", "One question had been received ... in accordance with ...": no
 * one's question.
 */
static int
questions_received(const char *s, size_t n)
{
	static const char *const came[] = {
		" received", " submitted", " had been put",
	};

	/* "One question had been received from a member of the public in
	 * accordance with Council Procedure Rule 10." */
	static const char *const rule[] = {
		" in accordance with", "procedure rule", "standing order",
	};

	return n < 250 && memchr(s, '?', n) == NULL &&
	    (rd_find(s, n < 60 ? n : 60, "questions ") != (size_t)-1 ||
	    ((rd_prefix(s, n, "one question ") || rd_prefix(s, n,
	    "a question ")) && rd_find_any(s, n, rule, sizeof rule /
	    sizeof rule[0]))) &&
	    rd_find_any(s, n, came, sizeof came / sizeof came[0]);
}

/*
 * 1 if s, a short sentence, says a question was withdrawn: "In the
 * absence of Councillor Lamb, the question was withdrawn.", "Councillor
 * Lloyd-Davies withdrew her question as it had been answered."
 */
static int
question_withdrawn(const char *s, size_t n)
{
	static const char *const withdrawn[] = {
		"question was withdrawn", "withdrew her question",
		"withdrew his question", "withdrew their question",
		"withdrew the question",
	};

	return n < 200 && rd_find_any(s, n, withdrawn, sizeof withdrawn /
	    sizeof withdrawn[0]);
}

/* 1 if s is "He replied that ...", "She answered that ...": a pronoun
 * replying. */
static int
pronoun_answers(const char *s, size_t n)
{
	static const char *const verbs[] = {
		"replied", "answered", "responded",
	};
	size_t k = rd_prefix(s, n, "he "), i;

	if (k == 0 && (k = rd_prefix(s, n, "she ")) == 0 &&
	    (k = rd_prefix(s, n, "they ")) == 0)
		return 0;
	if (!rd_isupper((unsigned char)s[0]))
		return 0;
	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (rd_prefix(s + k, n - k, verbs[i]))
			return 1;
	return 0;
}

/* 1 if s is "He queried ...", "She asked ...": a pronoun asking (a
 * member's: one with no office). */
static int
pronoun_asks(const char *s, size_t n)
{
	static const char *const then[] = {
		" but asked ", " and asked ", " but queried ", " and queried ",
	};
	size_t k = rd_prefix(s, n, "he "), i, m;
	int verb;

	if (k == 0 && (k = rd_prefix(s, n, "she ")) == 0)
		return 0;
	if (!rd_isupper((unsigned char)s[0]))
		return 0;
	if (rd_verb_at(s + k - 1, n - k + 1, &verb) == 0)
		verb = VERB_NONE;
	if (verb == VERB_ASK)
		return 1;
	/* "She welcomed the increase but asked why ...", "He criticised
	 * the delay and asked whether ..." */
	for (i = 0, m = n < 200 ? n : 200; (verb == VERB_SAY ||
	    verb == VERB_NONE) && i < sizeof then / sizeof then[0]; i++)
		if (rd_find(s, m, then[i]) != (size_t)-1)
			return 1;
	return 0;
}

/* 1 if the line at s ends with a colon, within a short line. */
static int
colon_ends_line(const char *s, size_t n)
{
	size_t e = 0;

	while (e < n && e < 60 && s[e] != '\n' && s[e] != ':')
		e++;
	return e < n && s[e] == ':' && (e + 1 == n || s[e + 1] == '\n' ||
	    s[e + 1] == ' ');
}

/*
 * "Q - Cllr Yeo: Can a ...?", "A. Highways Officer (Mr Toby Marsh) - Yes,
 * ...": a label's letter, a dash or a stop, who speaks (an office with
 * the holder in brackets, or a person), and a colon or a dash before
 * the words.  Returns the words' offset and fills who, else 0.
 */
static size_t
labelled_speaker(const char *s, size_t n, char letter,
    struct rd_person *who)
{
	size_t k, e, end, open;

	memset(who, 0, sizeof *who);
	if (n < 8 || s[0] != letter)
		return 0;
	if ((k = rd_prefix(s + 1, n - 1, " - ")) == 0 &&
	    (k = rd_prefix(s + 1, n - 1, ". ")) == 0)
		return 0;
	k += 1;
	/* "A.   Inspector Tighe:", the label in a column of its own */
	while (k < n && s[k] == ' ')
		k++;
	/* the speaker ends at ": " or " - " on the line */
	for (e = k; e < n && e - k < 90 && s[e] != '\n'; e++)
		if (s[e] == ':' || rd_prefix(s + e, n - e, " - "))
			break;
	if (e >= n || e - k < 2 || (s[e] != ':' && s[e] != ' '))
		return 0;
	end = s[e] == ':' ? e + 1 : e + 3;
	while (end < n && s[end] == ' ')
		end++;
	/* ("A – Highways Officer: 96 days.", "A. Mrs Mulholland: 212, of
	 * which ...": words may open with a number) */
	if (end >= n || !(rd_isupper((unsigned char)s[end]) ||
	    rd_isdigit((unsigned char)s[end]) || s[end] == '"' ||
	    (unsigned char)s[end] >= 0x80))
		return 0;
	/* "Highways Officer (Mr Toby Marsh)": the holder in brackets */
	for (open = k; open < e && s[open] != '('; open++)
		;
	if (open < e && s[e - 1] == ')' && rd_person_at(s + open + 1,
	    e - open - 2, who) && who->named && who->title != NULL) {
		if (who->role == NULL)
			who->role = rd_squeeze(s + k, open - k);
		return end;
	}
	rd_person_clear(who);
	memset(who, 0, sizeof *who);
	if (rd_person_at(s + k, e - k, who) && who->len == e - k &&
	    (who->title != NULL || who->role != NULL || who->chair))
		return end;
	rd_person_clear(who);
	memset(who, 0, sizeof *who);
	/* "Q - Councillor Tennant (supplementary):": a note after who */
	if (open < e && s[e - 1] == ')')
		for (e = open; e > k && s[e - 1] == ' '; e--)
			;
	if (rd_person_at(s + k, e - k, who) && who->len == e - k &&
	    (who->title != NULL || who->role != NULL || who->chair))
		return end;
	rd_person_clear(who);
	memset(who, 0, sizeof *who);
	return 0;
}

/*
 * "REPLY:", "Response:", "Response from Councillor C. Davis:" (who is
 * then filled, else left named NULL): bytes up to the reply's words.
 */
static size_t
reply_label_at(const char *s, size_t n, struct rd_person *who)
{
	static const char *const heads[] = {
		"reply:", "reply -", "reply", "response:", "answer:",
		"response -", "answer -", "supplementary answer:",
		"supplementary response:", "supplementary reply:",
		"written response:", "written answer:",
		"response \xe2\x80\x93", "reply \xe2\x80\x93",
		"answer \xe2\x80\x93",
	};
	/* "Reply - Councillor McAlinden" alone on its line */
	static const char *const dashed[] = {
		"reply - ", "response - ", "answer - ",
	};
	static const char *const from[] = {
		"response from ", "reply from ", "answer from ",
		"response by ", "reply by ", "answer by ",
		/* "Response - Director City Operations: ..." (Victoria) */
		"response - ", "reply - ", "answer - ",
		"response \xe2\x80\x93 ", "reply \xe2\x80\x93 ",
		"answer \xe2\x80\x93 ",
	};
	size_t i, k, e, k0;

	memset(who, 0, sizeof *who);
	/* "Answer (1)   Twelve ...", "Supplementary Answer   Yes, ..." */
	if ((k = column_label(s, n, 0)) != 0)
		return k;
	/* "A - Highways Officer (Mr Toby Marsh): Yes, ...", "A. Highways
	 * Development Manager (Mr Stuart Pinkney) - No, ...": who answers,
	 * then the words */
	if ((k = labelled_speaker(s, n, 'A', who)) != 0)
		return k;
	for (i = 0; i < sizeof dashed / sizeof dashed[0]; i++) {
		k = rd_prefix(s, n, dashed[i]);
		if (k == 0)
			continue;
		for (e = k; e < n && s[e] != '\n'; e++)
			;
		if (rd_person_at(s + k, e - k, who) && who->named &&
		    who->len + k >= e - 1)
			return e;
		rd_person_clear(who);
	}
	/* "A. The Chairman replied ...", "A. The Planning Manager said
	 * ...": with a dot, only before someone answering or an office
	 * speaking (else "A." may letter a list) */
	if (n > 3 && s[0] == 'A' && s[1] == '.' && s[2] == ' ') {
		int verb;
		/* ("A.  The Chairman said", two spaces as Word types) */
		size_t j = rd_skip_spaces(s, n, 2);

		/* ... or a witness named with a title: "A. Dr Okafor said
		 * ..." (a member, "A. Councillor X said", may be a list's) */
		if (j < n && rd_person_at(s + j, n - j, who) &&
		    rd_verb_at(s + j + who->len, n - j - who->len,
		    &verb) > 0 && (verb == VERB_ANSWER || (verb == VERB_SAY &&
		    (who->kind == RD_OFFICER || who->chair ||
		    who->role != NULL || (who->named && who->title !=
		    NULL && !rd_member_title(who->title))))))
			return j;
		rd_person_clear(who);
	}
	/* "A3. The works are due in April.", under "Q3. ..." */
	if (n > 4 && s[0] == 'A' && rd_isdigit((unsigned char)s[1])) {
		for (k = 1; k < n && k < 4 && rd_isdigit((unsigned char)s[k]);
		    k++)
			;
		if (k + 2 < n && (s[k] == '.' || s[k] == ':') &&
		    s[k + 1] == ' ') {
			int verb;

			for (k += 1; k < n && s[k] == ' '; k++)
				;
			if (k < n && rd_isupper((unsigned char)s[k])) {
				if (rd_person_at(s + k, n - k, who) &&
				    rd_verb_at(s + k + who->len, n - k -
				    who->len, &verb) == 0)
					rd_person_clear(who);
				return k;
			}
		}
	}
	/* "A - The Director explained ...", under "Q - X asked ...": only
	 * before someone answering */
	if (n > 4 && s[0] == 'A' && s[1] == ' ' && ((k = rd_prefix(s + 2,
	    n - 2, "- ")) != 0 || (k = rd_prefix(s + 2, n - 2,
	    "\xe2\x80\x93 ")) != 0)) {
		int verb;

		k += 2;
		if (rd_person_at(s + k, n - k, who) && rd_verb_at(s + k +
		    who->len, n - k - who->len, &verb) > 0 &&
		    verb != VERB_ASK && verb != VERB_PROCEDURAL)
			return k;
		rd_person_clear(who);
	}
	/* "A   Karen Loxley said that ...", under "Q1  ...": a wide gap,
	 * then someone answering */
	if (n > 4 && s[0] == 'A' && ((s[1] == ' ' && s[2] == ' ') ||
	    s[1] == '\t')) {
		int verb;

		k = rd_skip_spaces(s, n, 1);
		while (k < n && s[k] == '\t')
			k++;
		if (rd_person_at(s + k, n - k, who) && rd_verb_at(s + k +
		    who->len, n - k - who->len, &verb) > 0 &&
		    verb != VERB_ASK && verb != VERB_PROCEDURAL)
			return k;
		rd_person_clear(who);
		/* "A  Connor replied that ...": a first name alone */
		memset(who, 0, sizeof *who);
		for (e = k; e < n && rd_isalpha((unsigned char)s[e]); e++)
			;
		if (k < n && rd_isupper((unsigned char)s[k]) && e > k + 1 &&
		    e < n && s[e] == ' ' && rd_verb_at(s + e, n - e,
		    &verb) > 0 && verb == VERB_ANSWER) {
			struct buf key = BUF_INIT;

			who->name = xstrndup(s + k, e - k);
			text_lower(who->name, e - k, &key);
			who->key = buf_steal(&key);
			who->named = 1;
			return k;
		}
	}
	/* "A: The Director said ...", under "Q: ..." */
	if (n > 3 && s[0] == 'A' && s[1] == ':' && s[2] == ' ') {
		int verb;

		for (k = 2; k < n && s[k] == ' '; k++)
			;
		if (rd_person_at(s + k, n - k, who) && rd_verb_at(s + k +
		    who->len, n - k - who->len, &verb) == 0)
			rd_person_clear(who);
		return k;
	}
	for (i = 0; i < sizeof from / sizeof from[0]; i++) {
		size_t fl = strlen(from[i]);
		/* "Response – ...": words, not always a name, after the
		 * dash */
		int dash = from[i][fl - 2] == '-' ||
		    (unsigned char)from[i][fl - 2] == 0x93;

		k = rd_prefix(s, n, from[i]);
		if (k == 0)
			continue;
		/* the label ends at a colon on its line, or is the line;
		 * "... for Children and\nEducation:" wraps once, and so
		 * does "... for Regeneration,\nInclusive Development and
		 * Housing:" */
		for (e = k; e < n && e - k < 160 && s[e] != ':'; e++)
			if (s[e] == '\n' && (e == k || (!rd_isalpha(
			    (unsigned char)s[e - 1]) && s[e - 1] != ',') ||
			    !colon_ends_line(s + e + 1, n - e - 1)))
				break;
		/* ("Response – “There are ...”": the words after a dash,
		 * with no one named, as below) */
		if (e < n && s[e] != ':' && s[e] != '\n') {
			if (dash)
				continue;
			return 0;
		}
		/* the label alone on its line, or the whole unit */
		if (e >= n || s[e] == '\n') {
			/* "Response by the Cabinet Member for Highways" */
			size_t w = k, z = e;

			while (z > w && (s[z - 1] == ' ' || s[z - 1] == '.'))
				z--;
			/* ("the Mayor": the office with its article) */
			if (!rd_person_at(s + w, z - w, who) || (who->len !=
			    z - w && !rd_prefix(s + w + who->len,
			    z - w - who->len, " and "))) {
				rd_person_clear(who);
				if (rd_prefix(s + w, z - w, "the "))
					w += 4;
				if (!rd_person_at(s + w, z - w, who)) {
					if (dash)
						continue;
					return 0;
				}
			}
			/* "... by Councillor Dewar, Convener of the
			 * Environment Committee": a member and an office;
			 * "... by the Deputy Mayor and Cabinet Member for
			 * Housing": two offices held */
			if (who->len != z - w && !(who->named && w +
			    who->len < z && s[w + who->len] == ',') &&
			    !rd_prefix(s + w + who->len, z - w - who->len,
			    " and ")) {
				rd_person_clear(who);
				if (dash)
					continue;
				return 0;
			}
			rd_person_clear(who);
		}
		k0 = k;
		if (rd_prefix(s + k, e - k, "the "))
			k += 4;
		/* "the Leader, Councillor H. Price": the person named */
		for (i = e; i > k && s[i - 1] != ','; i--)
			;
		if (i > k)
			while (i < e && s[i] == ' ')
				i++;
		/* "Councillor Green, Cabinet Member for Housing": the
		 * member, with the office */
		if (!rd_person_at(s + k, e - k, who) || !who->named ||
		    who->title == NULL) {
			rd_person_clear(who);
			/* "Response from the Mayor:" */
			if (!rd_person_at(s + i, e - i, who) &&
			    !rd_person_at(s + k, e - k, who))
				(void)rd_person_at(s + k0, e - k0, who);
		}
		for (e += e < n; e < n && (s[e] == ' ' || s[e] == '\n'); e++)
			;
		return e;
	}
	/* "Response (JH): The centre ...", "Answer (Director
	 * Infrastructure):": who answers in brackets */
	for (i = 0; i < 4; i++) {
		static const char *const bracket[] = {
			"response (", "answer (", "reply (", "a (",
		};
		size_t lim, mark = 2;

		/* "A (Director): In June.", under "Q (Cllr X): ..." */
		if (i == 3 && s[0] != 'A')
			continue;
		if ((k = rd_prefix(s, n, bracket[i])) == 0)
			continue;
		lim = n - k < 80 ? n - k : 80;
		/* "Response (Director City Infrastructure)" alone on its
		 * line over the words */
		if ((e = rd_find(s + k, lim, "):")) == (size_t)-1 && i < 3 &&
		    (e = rd_find(s + k, lim, ")\n")) != (size_t)-1 &&
		    memchr(s + k, '\n', e) == NULL)
			mark = 1;
		if (e == (size_t)-1 || e == 0)
			continue;
		e += k;
		if (!rd_person_at(s + k, e - k, who) || who->len != e - k) {
			struct buf key = BUF_INIT;

			rd_person_clear(who);
			who->name = rd_squeeze(s + k, e - k);
			text_lower(who->name, strlen(who->name), &key);
			who->key = buf_steal(&key);
			who->kind = RD_OFFICER;
		}
		for (e += mark; e < n && (s[e] == ' ' || s[e] == '\n'); e++)
			;
		return e;
	}
	/* "Response" alone on its line over the answer, perhaps naming
	 * who gave it: "Councillor Pemberton said that ..." */
	/* ... and "Reply" or "Answer" over the words on the next line */
	if (((k = rd_prefix(s, n, "response")) != 0 || (k = rd_prefix(s,
	    n, "reply")) != 0 || (k = rd_prefix(s, n, "answer")) != 0) &&
	    (k == n || s[k] == '\n') && rd_isupper((unsigned char)s[0])) {
		int verb;

		while (k < n && rd_isspace((unsigned char)s[k]))
			k++;
		if (rd_person_at(s + k, n - k, who) && (!who->named ||
		    rd_verb_at(s + k + who->len, n - k - who->len,
		    &verb) == 0))
			rd_person_clear(who);
		return k;
	}
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		k = rd_prefix(s, n, heads[i]);
		if (k == 0)
			continue;
		/* bare "REPLY" must be in capitals and stand alone */
		if (strcmp(heads[i], "reply") == 0 &&
		    (memcmp(s, "REPLY", 5) != 0 || (k < n && s[k] != ' ' &&
		    s[k] != '\n')))
			continue;
		while (k < n && (s[k] == ' ' || s[k] == '\n'))
			k++;
		/* "Response: (Director Infrastructure) The section ..." */
		if (k < n && s[k] == '(') {
			for (e = k + 1; e < n && e - k < 60 && s[e] != ')' &&
			    s[e] != '('; e++)
				;
			if (e < n && s[e] == ')' && e > k + 1 &&
			    rd_isupper((unsigned char)s[k + 1])) {
				struct buf key = BUF_INIT;

				who->name = rd_squeeze(s + k + 1, e - k - 1);
				who->role = xstrdup(who->name);
				text_lower(who->name, strlen(who->name), &key);
				who->key = buf_steal(&key);
				who->kind = RD_OFFICER;
				for (e++; e < n && s[e] == ' '; e++)
					;
				return e;
			}
		}
		/* "Reply: The Leader said that ...": who replied (not
		 * "Limerick Twenty Thirty is managing ...") */
		if (rd_person_at(s + k, n - k, who)) {
			int verb;
			size_t v = rd_verb_at(s + k + who->len,
			    n - k - who->len, &verb);

			if (v == 0 || (who->title == NULL && who->role ==
			    NULL && who->kind == RD_UNKNOWN) ||
			    be_verb(s + k + who->len, v))
				rd_person_clear(who);
		}
		return k;
	}
	return 0;
}

/* The same, the label perhaps in italics or bold: "*Reply:* ...". */
static size_t
reply_label(const char *s, size_t n, struct rd_person *who)
{
	size_t o = 0, i, k;
	char *plain;

	while (o < n && o < 2 && (s[o] == '*' || s[o] == '_'))
		o++;
	if (o == 0)
		return reply_label_at(s, n, who);
	/* the label's marks as spaces, the words where they were */
	plain = xstrndup(s, n);
	for (i = 0; i < n && i < 40; i++)
		if (plain[i] == '*' || plain[i] == '_')
			plain[i] = ' ';
	k = reply_label_at(plain + o, n - o, who);
	free(plain);
	if (k == 0)
		return 0;
	k += o;
	while (k < n && (s[k] == '*' || s[k] == '_' || s[k] == ' '))
		k++;
	return k;
}

/* 1 if s[0..n) is a word naming a body: "Committee", "Board". */
static int
committee_word_at(const char *s, size_t n)
{
	static const char *const words[] = {
		"Committee", "Sub-Committee", "Board", "Panel", "Forum",
	};

	return rd_in_list(words, sizeof words / sizeof words[0], s, n);
}

/*
 * "the Convener of the Transport and Environment Committee": at a full
 * council, the member holding that office, who answers for it.  Fills
 * *who (an office, no name) and returns 1, or 0.
 */
static int
convener_of(const char *s, size_t n, struct rd_person *who)
{
	struct buf key = BUF_INIT;
	size_t k, e, last, nl;
	int comma;

	if ((k = rd_prefix(s, n, "the convener of the ")) == 0 &&
	    (k = rd_prefix(s, n, "the convenor of the ")) == 0)
		return 0;
	/* its words: capitalised, or "and" and "of" between them, over
	 * line breaks; past a comma only to a committee's word ("the
	 * Education, Children and Families Committee") */
	for (e = last = k, comma = 0; e < n; ) {
		size_t w = e;

		while (w < n && !rd_isspace((unsigned char)s[w]) &&
		    s[w] != ',' && s[w] != '.' && s[w] != ':')
			w++;
		if (!rd_isupper((unsigned char)s[e]) && !rd_prefix(s + e,
		    w - e, "and") && !rd_prefix(s + e, w - e, "of"))
			break;
		if (rd_isupper((unsigned char)s[e]) && (!comma ||
		    committee_word_at(s + e, w - e)))
			last = w;
		if (w < n && s[w] == ',') {
			comma = 1;
			w++;
		}
		if (w >= n || !rd_isspace((unsigned char)s[w]))
			break;
		e = rd_skip_spaces(s, n, w);
		/* (not over a blank line) */
		for (nl = 0; w < e; w++)
			nl += s[w] == '\n';
		if (nl > 1)
			break;
	}
	if (last == k)
		return 0;
	memset(who, 0, sizeof *who);
	who->role = rd_squeeze(s + 4, last - 4);
	who->name = xstrdup(who->role);
	text_lower(who->role, strlen(who->role), &key);
	who->key = buf_steal(&key);
	who->kind = RD_MEMBER;
	who->len = last;
	return 1;
}

/*
 * Whom a question is put to, after its asker's surname in s[0..n): "...
 * from Councillor X to the Cabinet Member for Y, Councillor Z", "... X
 * asked the Leader, Councillor Z, whether ...".  Fills *who and returns
 * 1, or 0.
 */
static int
addressee_after(const char *s, size_t n, const char *surname,
    struct rd_person *who)
{
	static const char *const to[] = {
		" to ", " asked ", " for answer by ", " answered by ",
	};
	size_t i, at, from, name_end;

	if (n > 300)
		n = 300;
	/* right after the asker's name, not in the question's words */
	if ((at = rd_find(s, n < 150 ? n : 150, surname)) == (size_t)-1)
		return 0;
	name_end = at + strlen(surname);
	for (i = 0; i < sizeof to / sizeof to[0]; i++)
		for (from = name_end; from < n && (at = rd_find(s + from,
		    n - from, to[i])) != (size_t)-1 && at <= 40; ) {
			char line[200];
			size_t m = n - (at + from + strlen(to[i])), c;

			at += from + strlen(to[i]);
			from = at;
			/* "... asked the Portfolio Holder for Education," /
			 * "Councillor Mahil, ...": one line of it */
			if (m > sizeof line)
				m = sizeof line;
			for (c = 0; c < m; c++)
				line[c] = s[at + c] == '\n' ? ' ' : s[at + c];
			if (!rd_person_at(line, m, who) &&
			    !convener_of(line, m, who))
				continue;
			/* titled, an office, or a convener: not "to
			 * Kilmallock Cross" */
			if ((who->named && who->title != NULL) ||
			    (who->role != NULL && who->kind != RD_UNKNOWN) ||
			    who->chair)
				return 1;
			rd_person_clear(who);
		}
	/* "Questioner: Mr X" over "To: Councillor Z, Cabinet Member for
	 * Y" */
	for (from = name_end; from < n && (at = rd_find(s + from, n - from,
	    "\n")) != (size_t)-1; from += at + 1) {
		/* (over blank lines) */
		at = rd_skip_spaces(s + from, n - from, at) - 1;
		i = line_label(s + from + at + 1, n - from - at - 1, to_labels,
		    sizeof to_labels / sizeof to_labels[0]);
		if (i == 0)
			break;
		if (rd_person_at(s + from + at + 1 + i, n - from - at - 1 - i,
		    who)) {
			if ((who->named && who->title != NULL) ||
			    (who->role != NULL && who->kind != RD_UNKNOWN))
				return 1;
			rd_person_clear(who);
		}
	}
	return 0;
}

/*
 * Whom question q is put to, when its words name them, or the item's
 * title does ("5.1 Question from Councillor X to the Cabinet Member for
 * Y, Councillor Z" over the question's words alone).  Fills *who (free
 * with rd_person_clear) and returns 1, or 0.
 */
static int
addressee(const struct parse *p, int q, struct rd_person *who)
{
	const struct rec_section *d;
	const char *surname;

	if (q < 0 || (d = &p->rec->sections[q])->type != SEC_QUESTION ||
	    d->speaker == NULL)
		return 0;
	surname = strrchr(d->speaker, ' ');
	surname = surname != NULL ? surname + 1 : d->speaker;
	if (addressee_after(p->t + d->start, d->end - d->start, surname,
	    who) || (p->rec->title != NULL && addressee_after(p->rec->title,
	    strlen(p->rec->title), surname, who)))
		return 1;
	/* a question under "QUESTION NO 1  By X for answer by Y": Y */
	if (p->q_header >= 0 && p->q_header < q && d->speaker_key != NULL &&
	    p->rec->sections[p->q_header].speaker_key != NULL &&
	    strcmp(p->rec->sections[p->q_header].speaker_key,
	    d->speaker_key) == 0)
		return addressee(p, p->q_header, who);
	return 0;
}

/* 1 if who is the one question q was put to. */
static int
addressed(const struct parse *p, int q, const struct rd_person *who)
{
	struct rd_person to;
	int same = 0;

	if (who->key == NULL || q < 0)
		return 0;
	if (!addressee(p, q, &to)) {
		/* a supplementary: put to whom the asker's first was */
		const char *asker = p->rec->sections[q].speaker_key;
		int j;

		if (asker == NULL)
			return 0;
		for (j = q - 1; j >= 0; j--) {
			const char *k = p->rec->sections[j].speaker_key;

			if (p->rec->sections[j].type == SEC_QUESTION &&
			    k != NULL && strcmp(surname_of(k),
			    surname_of(asker)) == 0)
				break;
		}
		if (j < 0 || !addressee(p, j, &to))
			return 0;
	}
	if (to.key != NULL) {
		/* "Councillor Cole" is "Councillor Mary-Jane Cole" */
		same = strcmp(surname_of(to.key), surname_of(who->key)) == 0;
	}
	rd_person_clear(&to);
	return same;
}

/*
 * 1 if s[0..n), a short sentence, says no question was asked: "There was
 * no supplementary question.", "Councillor X did not ask a supplementary
 * question.", "No questions had been received.", "At this point the time
 * allowed for questions expired."
 */
static int
no_question_asked(const char *s, size_t n)
{
	static const char *const says[] = {
		"did not ask a supplementary", "no supplementary question",
		"did not wish to ask a supplementary", "declined to ask a",
		"no questions had been received", "no questions were received",
		"no questions have been received", "no questions were asked",
		"no questions had been submitted",
		"no questions were submitted",
		"there were no questions",
		/* "At this point the time allowed for questions expired." */
		"time allowed for questions", "time allotted for questions",
		"time for questions had expired", "time for questions expired",
		/* "This question was deferred to the next meeting ...",
		 * "... the question was withdrawn." */
		"this question was deferred", "this question was withdrawn",
		"the question was deferred", "the question was withdrawn",
	};
	size_t i;

	if (n > 160 || words_in(s, n) > 24)
		return 0;
	/* "Ms Lewis was not present at the meeting." */
	if (words_in(s, n) <= 10 && rd_find(s, n, "was not present at the "
	    "meeting") != (size_t)-1)
		return 1;
	for (i = 0; i < sizeof says / sizeof says[0]; i++)
		if (rd_find(s, n, says[i]) != (size_t)-1)
			return 1;
	return 0;
}

/*
 * 1 if s says a question will have its answer in writing, as time ran
 * out or the asker was away: "As the thirty minutes allowed had expired,
 * the Chairman advised that a written reply would be sent", "A written
 * response will be sent to Ms Oyelaran, as she was not present."
 */
static int
reply_to_follow(const char *s, size_t n)
{
	static const char *const writing[] = {
		"written reply", "written answer", "written response",
		"reply in writing", "answer in writing", "response in writing",
		"written replies", "written answers", "written responses",
	};
	static const char *const why[] = {
		"expired", "no time remained", "ran out", "run out",
		"not reached", "was not present", "were not present",
		"in the absence of", "not in attendance", "time allowed",
		"time permitted", "insufficient time", "no further time",
	};

	return n < 400 && rd_find_any(s, n, writing, sizeof writing /
	    sizeof writing[0]) && rd_find_any(s, n, why, sizeof why /
	    sizeof why[0]);
}

/* ---- Questions set out as a table ---- */

enum { QT_MAXCELLS = 12 };

/* What a column of a table of questions holds. */
enum qt_col { QT_OTHER = 0, QT_NUMBER, QT_ASKER, QT_QUESTION, QT_TO,
    QT_ANSWER };

struct qt_row {
	size_t a[QT_MAXCELLS], b[QT_MAXCELLS];	/* cells, in the text */
	size_t n;
};

/*
 * Splits the line t[a..b) at its '|' into cells, each without its
 * spaces and Markdown's emphasis; a Markdown row's outer bars open and
 * close no cell.  Returns the number of cells (0 if the line has no '|').
 */
static size_t
qt_cells(const char *t, size_t a, size_t b, struct qt_row *row)
{
	size_t i, from;

	row->n = 0;
	while (a < b && (t[a] == ' ' || t[a] == '*'))
		a++;
	while (b > a && (t[b - 1] == ' ' || t[b - 1] == '*'))
		b--;
	if (memchr(t + a, '|', b - a) == NULL)
		return 0;
	if (t[a] == '|')
		a++;
	if (b > a && t[b - 1] == '|')
		b--;
	for (from = i = a; i <= b && row->n < QT_MAXCELLS; i++) {
		size_t x = from, y = i;

		if (i < b && t[i] != '|')
			continue;
		while (x < y && (t[x] == ' ' || t[x] == '*' || t[x] == '_'))
			x++;
		while (y > x && (t[y - 1] == ' ' || t[y - 1] == '*' ||
		    t[y - 1] == '_' || t[y - 1] == ':'))
			y--;
		row->a[row->n] = x;
		row->b[row->n] = y;
		row->n++;
		from = i + 1;
	}
	return row->n;
}

/* What a header's cell s[0..n) names: "Questioner", "Response", ... */
static enum qt_col
qt_column(const char *s, size_t n)
{
	static const struct {
		const char *name;
		enum qt_col col;
	} cols[] = {
		{ "no.", QT_NUMBER }, { "no", QT_NUMBER }, { "#", QT_NUMBER },
		{ "number", QT_NUMBER }, { "ref", QT_NUMBER },
		{ "ref.", QT_NUMBER }, { "q", QT_NUMBER },
		{ "member", QT_ASKER }, { "member asking", QT_ASKER },
		{ "councillor", QT_ASKER }, { "name", QT_ASKER },
		{ "submitted by", QT_ASKER },
		{ "question", QT_QUESTION }, { "questions", QT_QUESTION },
		{ "question asked", QT_QUESTION },
		{ "details of question", QT_QUESTION },
		{ "subject of question", QT_QUESTION },
		{ "response by", QT_TO }, { "responder", QT_TO },
		{ "responding member", QT_TO }, { "reply from", QT_TO },
		{ "response", QT_ANSWER }, { "answer", QT_ANSWER },
		{ "reply", QT_ANSWER }, { "responses", QT_ANSWER },
		{ "answers", QT_ANSWER }, { "answer given", QT_ANSWER },
		{ "response given", QT_ANSWER },
		{ "written response", QT_ANSWER },
		{ "written answer", QT_ANSWER },
		{ "question no.", QT_NUMBER }, { "question no", QT_NUMBER },
		{ "question number", QT_NUMBER },
	};
	size_t i;

	for (i = 0; i < sizeof cols / sizeof cols[0]; i++)
		if (strlen(cols[i].name) == n && rd_prefix(s, n, cols[i].name))
			return cols[i].col;
	/* the names of a question block's lines: "Questioner", "To" */
	for (i = 0; i < sizeof asker_labels / sizeof asker_labels[0]; i++)
		if (strlen(asker_labels[i]) == n &&
		    rd_prefix(s, n, asker_labels[i]))
			return QT_ASKER;
	for (i = 0; i < sizeof to_labels / sizeof to_labels[0]; i++)
		if (strlen(to_labels[i]) == n && rd_prefix(s, n, to_labels[i]))
			return QT_TO;
	/* "Response of the Cabinet Member", "Question (summary)" */
	if (rd_prefix(s, n, "response ") || rd_prefix(s, n, "answer ") ||
	    rd_prefix(s, n, "reply "))
		return QT_ANSWER;
	return rd_prefix(s, n, "question ") ? QT_QUESTION : QT_OTHER;
}

/* 1 if the cell s[0..n) tells of no answer: "Not reached", "-". */
static int
qt_no_answer(const char *s, size_t n)
{
	static const char *const none[] = {
		"not reached", "withdrawn", "n/a", "none", "no response",
		"question withdrawn", "not asked", "deferred", "nil",
	};
	size_t i;

	if (n < 3)
		return 1;
	for (i = 0; i < sizeof none / sizeof none[0]; i++)
		if (rd_prefix(s, n, none[i]))
			return 1;
	return reply_to_follow(s, n);
}

/*
 * The person a cell s[0..n) names, or who opens its words as the one
 * who answers ("Councillor Llewellyn responded that ..."): 1 and *who
 * filled (free with rd_person_clear), or 0.
 */
static int
qt_person(const char *s, size_t n, int speaking, struct rd_person *who)
{
	int verb = VERB_NONE;

	if (n == 0 || !rd_person_at(s, n, who))
		return 0;
	/* "Mrs Gatiss: Yes, on 14 June." */
	if (speaking && who->len < n && s[who->len] == ':' && who->named)
		return 1;
	if (speaking)
		(void)rd_verb_at(s + who->len, n - who->len, &verb);
	/* (a column of names: "Mr Peter Yates" is one) */
	if ((!speaking || verb == VERB_ANSWER || verb == VERB_SAY) &&
	    (who->named || who->role != NULL))
		return 1;
	rd_person_clear(who);
	return 0;
}

/*
 * Questions set out as a table whose header is unit i's line: "No. |
 * Questioner | Question | Respondent | Response", as an HTML table or a
 * Markdown one reads.  Each row is its asker's question and, when the
 * row has one, its answer, by the respondent named.  Returns the unit
 * after the table, or i if unit i heads no such table.
 */
static size_t
question_table(struct parse *p, size_t i)
{
	const char *t = p->t;
	struct qt_row row;
	enum qt_col col[QT_MAXCELLS];
	size_t a = p->u[i].a, e, k, ncol, questions = 0, line, next;
	int have_q = 0, have_who = 0;

	e = a + line_length(t + a, p->end - a);
	if ((ncol = qt_cells(t, a, e, &row)) < 2)
		return i;
	for (k = 0; k < ncol; k++) {
		col[k] = qt_column(t + row.a[k], row.b[k] - row.a[k]);
		have_q += col[k] == QT_QUESTION;
		have_who += col[k] == QT_ASKER;
	}
	if (have_q != 1 || have_who > 1)
		return i;
	flush_proposal(p, "unknown");
	for (line = e + 1; line < p->end; line = next + 1) {
		struct rd_person who;
		int q = -1, named;
		size_t off = 0, c, qa = 0, qb = 0, aa = 0, ab = 0;
		size_t asker = SIZE_MAX, to = SIZE_MAX;

		next = line + line_length(t + line, p->end - line);
		/* (an HTML table's rows are paragraphs) */
		if (strspn(t + line, " ") >= next - line)
			continue;
		if (qt_cells(t, line, next, &row) < 2)
			break;
		/* "|---|---|": Markdown's rule under the header */
		if (strspn(t + row.a[0], "-: ") >= row.b[0] - row.a[0] &&
		    row.b[0] > row.a[0])
			continue;
		/* "1 Councillor X | ...": the number cell run into the
		 * next */
		if (row.n + 1 == ncol && col[0] == QT_NUMBER)
			off = 1;
		for (c = 0; c < row.n && c + off < ncol; c++)
			switch (col[c + off]) {
			case QT_ASKER:
				asker = c;
				break;
			case QT_QUESTION:
				qa = row.a[c];
				qb = row.b[c];
				break;
			case QT_TO:
				to = c;
				break;
			case QT_ANSWER:
				aa = row.a[c];
				ab = row.b[c];
				break;
			default:
				break;
			}
		if (qb <= qa)
			continue;
		if (asker != SIZE_MAX) {
			size_t x = row.a[asker], y = row.b[asker];

			/* "1 Councillor X": the number before the asker */
			if (off)
				while (x < y && (rd_isdigit((unsigned char)
				    t[x]) || t[x] == '.' || t[x] == ' '))
					x++;
			named = qt_person(t + x, y - x, 0, &who);
		} else
			named = qt_person(t + qa, qb - qa, 0, &who) &&
			    who.named;
		if (named)
			name_speaker(p, &who);
		q = sec_open(p, SEC_QUESTION, qa, qb, named ? &who : NULL);
		if (named)
			rd_person_clear(&who);
		p->pending_q = q;
		questions++;
		if (ab <= aa || qt_no_answer(t + aa, ab - aa))
			continue;
		/* who opens the answer's words, else the one it was put to */
		named = qt_person(t + aa, ab - aa, 1, &who) || (to != SIZE_MAX &&
		    qt_person(t + row.a[to], row.b[to] - row.a[to], 0, &who));
		if (named)
			name_speaker(p, &who);
		sec_open(p, SEC_ANSWER, aa, ab, named ? &who : NULL);
		if (named)
			rd_person_clear(&who);
		p->rec->sections[p->cur].answers = q;
	}
	if (questions == 0) {
		/* a header that heads nothing: undo nothing, read on */
		return i;
	}
	p->labelled = 0;
	while (i < p->nu && p->u[i].a < line)
		i++;
	return i;
}

/*
 * Unit u, a note between questions (not a question's label), as a
 * discussion of whoever it opens with; the question before stays
 * unanswered.  Returns 0 if it took the unit.
 */
static int
note_speaker(struct parse *p, const struct unit *u)
{
	const char *s = p->t + u->a;
	size_t n = u->b - u->a, k;
	struct rd_person who;
	int named;

	memset(&who, 0, sizeof who);
	if (question_label(s, n, &who, &k)) {
		rd_person_clear(&who);
		return 1;
	}
	memset(&who, 0, sizeof who);
	named = rd_person_at(s, n, &who) && (who.named || who.chair ||
	    who.role != NULL);
	if (named)
		name_speaker(p, &who);
	sec_open(p, SEC_DISCUSSION, u->a, u->b, named ? &who : NULL);
	rd_person_clear(&who);
	p->pending_q = -1;
	p->labelled = 0;
	return 0;
}

/*
 * 1 if s opens "In the absence of X, ..." and names who stood in: the
 * person nearest the reporting verb, read from as early as it reaches
 * there, "In the absence of the Cabinet Member, Councillor Rhys, the
 * Deputy Leader, Councillor Prydderch, responded" (Councillor
 * Prydderch, the Deputy Leader).  *at is where that person starts.
 */
static int
stood_in(const char *s, size_t n, size_t *at, struct rd_person *who)
{
	size_t i, e, starts[8], ends[8], c = 0;
	struct rd_person p;
	int kind;

	memset(who, 0, sizeof *who);
	if (!rd_prefix(s, n, "in the absence of "))
		return 0;
	e = rd_find(s, n < 300 ? n : 300, ". ");
	e = e == (size_t)-1 ? (n < 300 ? n : 300) : e;
	for (i = 20; i < e && c < 8; i++) {
		if (s[i - 2] != ',' || s[i - 1] != ' ' ||
		    !rd_person_at(s + i, e - i, &p))
			continue;
		if (rd_verb_at(s + i + p.len, e - i - p.len, &kind) > 0 &&
		    kind != VERB_PROCEDURAL && kind != VERB_ASK) {
			starts[c] = i;
			ends[c++] = i + p.len;
		}
		rd_person_clear(&p);
	}
	if (c == 0)
		return 0;
	for (i = 0; i + 1 < c && ends[i] < ends[c - 1]; i++)
		;
	*at = starts[i];
	return rd_person_at(s + starts[i], e - starts[i], who);
}

/*
 * The paragraph after a reply's label alone ("Reply:", "Supplementary
 * answer:") is the reply, its first words perhaps naming who gave it:
 * "Councillor Farooq confirmed that ...".  0 if it is a label or a
 * decision of its own.
 */
static int
answer_next(struct parse *p, const struct unit *u)
{
	const char *s = p->t + u->a;
	size_t n = u->b - u->a, k;
	struct rec_section *sec;
	struct rd_person who;
	int verb, label;

	if (p->cur < 0 || p->rec->sections[p->cur].type != SEC_ANSWER ||
	    marker_at(s, n, &k) != MARK_NONE || rd_prefix(s, n, "proposed") ||
	    rd_prefix(s, n, "moved") || rd_prefix(s, n, "seconded"))
		return 0;
	label = reply_label(s, n, &who) != 0;
	rd_person_clear(&who);
	if (!label && (label = question_label(s, n, &who, &k)) != 0)
		rd_person_clear(&who);
	if (label)
		return 0;
	sec = &p->rec->sections[p->cur];
	if (sec->speaker == NULL && !rd_person_at(s, n, &who)) {
		/* "Reply" / "The scheme is funded ...": the one asked, or
		 * who stood in for them */
		if (stood_in(s, n, &k, &who) || addressee(p, sec->answers,
		    &who)) {
			name_speaker(p, &who);
			sec->speaker = xstrdup(who.name);
			if (who.key != NULL)
				sec->speaker_key = xstrdup(who.key);
			if (who.role != NULL)
				sec->role = xstrdup(who.role);
			rd_person_clear(&who);
		}
	} else if (sec->speaker == NULL) {
		k = rd_verb_at(s + who.len, n - who.len, &verb);
		/* "The District Engineer is liaising ...", not "Mill
		 * Road is ..." */
		if (k > 0 && who.name != NULL && (!be_verb(s + who.len, k) ||
		    who.title != NULL || who.role != NULL)) {
			name_speaker(p, &who);
			sec->speaker = xstrdup(who.name);
			if (who.key != NULL)
				sec->speaker_key = xstrdup(who.key);
			if (who.role != NULL)
				sec->role = xstrdup(who.role);
		}
		rd_person_clear(&who);
	}
	sec_extend(p, u->b);
	p->labelled = 1;
	return 1;
}

/*
 * The first place after from where an officer or named person starts a
 * clause with a reporting verb: the answer inside "In response to a
 * question from the Chair ..., the Head of Service agreed that ...".
 */
/*
 * 1 if s opens "thanked the speakers and said that ...", as a reply opens
 * with thanks: *kind is VERB_SAY.
 */
static int
thanked_and_said(const char *s, size_t n, int *kind)
{
	static const char *const said[] = {
		" and said", " and advised", " and explained", " and stated",
		" and confirmed", " and responded", " and replied",
	};
	size_t k = 0, i, lim;

	while (k < n && (s[k] == ' ' || s[k] == ','))
		k++;
	if (!rd_prefix(s + k, n - k, "thanked "))
		return 0;
	lim = n - k < 100 ? n - k : 100;
	for (i = 0; i < sizeof said / sizeof said[0]; i++)
		if (rd_find(s + k, lim, said[i]) != (size_t)-1) {
			*kind = VERB_SAY;
			return 1;
		}
	return 0;
}

static size_t
find_answerer(const char *s, size_t n, size_t from, struct rd_person *who)
{
	size_t i;
	int kind;

	memset(who, 0, sizeof *who);
	for (i = from; i < n; i++) {
		if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n')
			continue;
		if (!rd_isalpha((unsigned char)s[i]))
			continue;
		if (!rd_person_at(s + i, n - i, who))
			continue;
		if ((thanked_and_said(s + i + who->len, n - i - who->len,
		    &kind) || rd_verb_at(s + i + who->len, n - i - who->len,
		    &kind) > 0) && kind != VERB_PROCEDURAL && kind != VERB_ASK &&
		    (who->kind == RD_OFFICER || (who->named &&
		    who->title != NULL) || (who->named && i >= 2 &&
		    s[i - 2] == ',' && i + who->len < n &&
		    s[i + who->len] == ' ' && (kind == VERB_ANSWER ||
		    kind == VERB_SAY))))
			/* "..., Joanne Pettifer advised that": untitled,
			 * after the clause of the question */
			return i;
		rd_person_clear(who);
	}
	return (size_t)-1;
}

/*
 * "a question from Cllr Moore, the Director confirmed": the asker read
 * at s[a] may have taken the answerer as an office after a comma.  Cuts
 * the asker back to the comma when an answerer starts after it.
 */
static void
asker_before_answerer(const char *s, size_t n, size_t a,
    struct rd_person *asker, size_t *end)
{
	struct rd_person ans, shorter;
	size_t c, at;

	for (c = a; c < *end && s[c] != ','; c++)
		;
	if (c >= *end)
		return;
	at = find_answerer(s, n, c + 1, &ans);
	rd_person_clear(&ans);
	if (at == (size_t)-1 || at >= *end)
		return;
	if (!rd_person_at(s + a, c - a, &shorter))
		return;
	rd_person_clear(asker);
	*asker = shorter;
	*end = a + asker->len;
}

/* 1 if s (after a question's asker) goes on "he stated", "she said". */
static int
pronoun_reply(const char *s, size_t n)
{
	static const char *const pronouns[] = { "he ", "she ", "they " };
	static const char *const told[] = {
		" was informed", " were informed", " was advised",
		" were advised", " was told", " were told", "it was noted",
		"it was explained", "it was confirmed", "it was reported",
	};
	size_t i = 0, j, k;
	int verb;

	while (i < n && (s[i] == ' ' || s[i] == ','))
		i++;
	for (j = 0; j < sizeof pronouns / sizeof pronouns[0]; j++)
		if ((k = rd_prefix(s + i, n - i, pronouns[j])) != 0)
			return rd_verb_at(s + i + k, n - i - k, &verb) != 0 &&
			    (verb == VERB_SAY || verb == VERB_ANSWER);
	/* "..., the Committee was informed that:", "... it was noted
	 * that ...": told, by no one named */
	for (j = 0; j < sizeof told / sizeof told[0]; j++)
		if (rd_find(s + i, n - i < 60 ? n - i : 60, told[j]) !=
		    (size_t)-1)
			return 1;
	return 0;
}

/*
 * Where a reply no one is named giving starts after the asker, at s[k]:
 * ", the following points were made:", ", it was confirmed that ...";
 * else (size_t)-1.
 */
static size_t
unnamed_reply(const char *s, size_t n, size_t k)
{
	static const char *const replies[] = {
		"the following points were made", "the following points were",
		"the following responses", "the following was noted",
		"the following were noted",
		/* "In response to comments and queries from the committee,
		 * the following information was provided:" (Lancashire) */
		"the following information was", "it was confirmed",
		"it was explained", "it was advised", "it was reported",
		"it was stated", "it was clarified", "it was noted",
		"members were advised", "members were informed",
		"the committee was advised", "the committee was informed",
		"officers advised", "officers confirmed", "officers explained",
		"the board was advised", "the board was informed",
		"the panel was advised", "the cabinet was advised",
	};
	size_t i, e;

	/* "In response to a Member's enquiry regarding the extent to
	 * which ..., the Board was advised that ...": the comma after
	 * what was asked */
	if (k < n && s[k] != ',') {
		for (e = k; e < n && e < k + 300 && s[e] != ','; e++)
			;
		if (e < n && s[e] == ',') {
			size_t f = rd_skip_spaces(s, n, e + 1);

			for (i = 0; i < sizeof replies / sizeof replies[0];
			    i++)
				if (rd_prefix(s + f, n - f, replies[i]))
					return f;
		}
		return (size_t)-1;
	}
	if (k >= n || s[k] != ',')
		return (size_t)-1;
	k = rd_skip_spaces(s, n, k + 1);
	for (i = 0; i < sizeof replies / sizeof replies[0]; i++)
		if (rd_prefix(s + k, n - k, replies[i]))
			return k;
	return (size_t)-1;
}

/*
 * 1 if s answers with no one named: "She was told that ...", "Members
 * were advised that ...", "In reply, it was explained that ...".
 */
static int
passive_answer(const char *s, size_t n)
{
	static const char *const told[] = {
		"he was told that", "she was told that", "they were told that",
		"he was advised that", "she was advised that",
		"they were advised that", "members were advised that",
		"members were informed that", "members were told that",
		"the committee was advised that", "the committee was informed "
		"that", "the panel was advised that", "the board was advised "
		"that", "it was explained that", "it was confirmed that",
		"it was clarified that",
	};
	/* after "In reply,": what was said is the reply */
	static const char *const reply[] = {
		"it was advised that", "it was noted that", "it was reported "
		"that", "it was stated that", "it was indicated that",
	};
	size_t i, k;

	if ((k = rd_prefix(s, n, "in reply, ")) == 0)
		k = rd_prefix(s, n, "in response, ");
	for (i = 0; i < sizeof told / sizeof told[0]; i++)
		if (rd_prefix(s + k, n - k, told[i]))
			return 1;
	for (i = 0; k > 0 && i < sizeof reply / sizeof reply[0]; i++)
		if (rd_prefix(s + k, n - k, reply[i]))
			return 1;
	/* "A report was received from the Housing Department stating
	 * that ...", as Irish minutes give a written reply */
	if ((rd_prefix(s, n, "a report was received from ") ||
	    rd_prefix(s, n, "a reply was received from ") ||
	    rd_prefix(s, n, "a response was received from ")) &&
	    rd_find(s, n < 200 ? n : 200, " stating that ") != (size_t)-1)
		return 1;
	return 0;
}

/*
 * 1 if s[0..n), before a question's word, is whose it was: "Ms Drake's",
 * "Councillor Hart's" (who is filled); not "Members'", no one named.
 */
static int
possessive_asker(const char *s, size_t n, struct rd_person *who)
{
	size_t e;

	memset(who, 0, sizeof *who);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (!rd_person_at(s, n, who))
		return 0;
	e = who->len;
	if (e + 2 <= n && s[e] == '\'' && s[e + 1] == 's')
		e += 2;
	else if (e + 4 <= n && memcmp(s + e, "\xe2\x80\x99s", 4) == 0)
		e += 4;
	else if (e < n && s[e] == '\'')
		e++;
	else if (e + 3 <= n && memcmp(s + e, "\xe2\x80\x99", 3) == 0)
		e += 3;
	/* ... or "a Member's enquiry" */
	if (e == n && (who->named || (who->key != NULL &&
	    strcmp(who->key, "member") == 0)))
		return 1;
	rd_person_clear(who);
	return 0;
}

/* 1 if the one keyed key has answered a question of record r. */
static int
answered_before(const struct record *r, const char *key)
{
	size_t j;

	for (j = 0; j < r->nsections; j++)
		if (r->sections[j].type == SEC_ANSWER &&
		    r->sections[j].speaker_key != NULL &&
		    strcmp(r->sections[j].speaker_key, key) == 0)
			return 1;
	return 0;
}

/* 1 if question q is still to be answered: no answer points to it. */
static int
awaits_answer(const struct record *r, int q)
{
	size_t j;

	if (q < 0)
		return 0;
	for (j = (size_t)q + 1; j < r->nsections; j++)
		if (r->sections[j].type == SEC_ANSWER &&
		    r->sections[j].answers == q)
			return 0;
	return 1;
}

/*
 * 1 if s, after "a question" or "a query", says what it asked about:
 * " about how many ...", " on the backlog", " regarding ...".
 */
static int
topic_asked(const char *s, size_t n)
{
	static const char *const on[] = {
		" about ", " on ", " regarding ", " concerning ", " as to ",
		" whether ", " relating to ", " in relation to ",
	};
	size_t len;

	return n >= 12 && verb_index(on, sizeof on / sizeof on[0], s, n,
	    &len) < sizeof on / sizeof on[0];
}

static int members_points(const struct parse *p,
    const struct rec_section *d);

/*
 * "Members raised the following points:" and a list, then "Officers
 * responded:" (or "In response, officers advised that:") and theirs:
 * the points were asked.
 */
static void
points_asked(struct parse *p)
{
	struct rec_section *m;

	static const char *const marks[] = {
		"\xe2\x80\xa2", "\xc2\xb7", "\n- ", "\n* ", "\n(a)", "\na)",
	};

	if (p->pending_q >= 0 || p->cur < 0 ||
	    p->rec->sections[p->cur].type != SEC_DISCUSSION ||
	    !members_points(p, &p->rec->sections[p->cur]))
		return;
	m = &p->rec->sections[p->cur];
	/* (the list just read, or its points marked in the section) */
	if (p->listed != p->cur && !rd_find_any(p->t + m->start, m->end -
	    m->start, marks, sizeof marks / sizeof marks[0]))
		return;
	m->type = SEC_QUESTION;
	if (m->speaker == NULL) {
		m->speaker = xstrdup("Members");
		m->speaker_key = xstrdup("members");
	}
	p->pending_q = p->cur;
}

/*
 * The bullet that opens a list's point, with the spaces after it
 * ("\u2022   ", "- ", "* "), or 0.
 */
static size_t
point_bullet(const char *s, size_t n)
{
	size_t k = 0;

	if (rd_prefix(s, n, "\xe2\x80\xa2") || rd_prefix(s, n, "\xef\x82\xb7"))
		k = 3;
	else if (n > 0 && (s[0] == '-' || s[0] == '*'))
		k = 1;
	if (k == 0 || k >= n || (s[k] != ' ' && s[k] != '\t'))
		return 0;
	while (k < n && (s[k] == ' ' || s[k] == '\t'))
		k++;
	return k < n ? k : 0;
}

/*
 * "In response to a question from X, Y said ...", "In response, Y
 * advised ...", "On a query from the Members regarding ..., the
 * Superintendent confirmed ...".  Returns 1 if it handled the unit.
 */
static int
response_unit(struct parse *p, const struct unit *u)
{
	static const char *const heads[] = {
		"in response to ", "in reply to ", "in answer to ",
		"responding to ", "replying to ", "following ", "upon ",
		"on ", "after ", "answering ", "when asked ",
	};
	const char *s = p->t + u->a;
	size_t n = u->b - u->a, k = 0, i, qend, at;
	struct rd_person asker, ans, by;
	int has_asker = 0, direct = 0, q;

	memset(&asker, 0, sizeof asker);
	/* "\u2022   In response to a question from ...", a list's point */
	if ((k = point_bullet(s, n)) != 0) {
		struct unit v = *u;

		v.a += k;
		return response_unit(p, &v);
	}
	if ((k = rd_prefix(s, n, "in response,")) != 0 ||
	    (k = rd_prefix(s, n, "in reply,")) != 0 ||
	    (k = rd_prefix(s, n, "responding,")) != 0 ||
	    (k = rd_prefix(s, n, "replying,")) != 0 ||
	    (k = rd_prefix(s, n, "in response ")) != 0 ||
	    (k = rd_prefix(s, n, "in reply ")) != 0) {
		if (s[k - 1] == ',' || (k < n && !rd_prefix(s + k, n - k,
		    "to "))) {
			at = find_answerer(s, n, k, &ans);
			if (at == (size_t)-1 || at > k + 4) {
				rd_person_clear(&ans);
				return 0;
			}
			if (ends_with_colon(s, 0, n))
				points_asked(p);
			name_speaker(p, &ans);
			q = sec_open(p, SEC_ANSWER, u->a, u->b, &ans);
			p->rec->sections[q].answers = p->pending_q;
			rd_person_clear(&ans);
			return 1;
		}
	}
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		if ((k = rd_prefix(s, n, heads[i])) != 0)
			break;
	if (k == 0)
		return 0;
	/* the question word must come within a few words */
	qend = (size_t)-1;
	/* ... or the asker at once: "In response to Councillor
	 * Drinkwater, the Cabinet Member confirmed ..." */
	if (i < 5 && rd_person_at(s + k, n - k, &asker)) {
		if (asker.named && k + asker.len < n &&
		    s[k + asker.len] == ',') {
			has_asker = direct = 1;
			qend = k + asker.len;
		} else
			rd_person_clear(&asker);
	}
	if (qend == (size_t)-1) {
		static const char *const qw[] = {
			"question", "query", "queries", "comment", "request",
			"concern", "point", "enquir", "inquir",
		};
		size_t j, limit = k + 40 < n ? k + 40 : n;

		for (j = 0; j < sizeof qw / sizeof qw[0]; j++) {
			at = rd_find(s + k, limit - k, qw[j]);
			if (at != (size_t)-1 && (qend == (size_t)-1 ||
			    k + at < qend))
				qend = k + at;
		}
		if (qend == (size_t)-1 && strcmp(heads[i], "when asked ") != 0)
			return 0;
		if (qend == (size_t)-1)
			qend = k;
		/* "In response to Ms Drake's question ...": the asker
		 * before the word */
		else if (i < 5 && !has_asker && possessive_asker(s + k,
		    qend - k, &asker))
			has_asker = 1;
	}
	while (qend < n && rd_isalpha((unsigned char)s[qend]))
		qend++;
	/* "... from the Chair", "... by Councillor X", "... from Members" */
	for (i = qend; i < n && i < qend + 30 && s[i] != ','; i++) {
		size_t f = 0;

		if (rd_prefix(s + i, n - i, " from "))
			f = 6;
		else if (rd_prefix(s + i, n - i, " by "))
			f = 4;
		else if (rd_prefix(s + i, n - i, " of "))
			f = 4;
		if (f == 0)
			continue;
		if (rd_person_at(s + i + f, n - i - f, &by)) {
			rd_person_clear(&asker);
			asker = by;
			has_asker = 1;
			qend = i + f + asker.len;
			asker_before_answerer(s, n, i + f, &asker, &qend);
		}
		break;
	}
	at = find_answerer(s, n, qend, &ans);
	/* "In response to questions, Members were advised that:" and
	 * its points: an answer, no one named, to no question written */
	if (!has_asker && at == (size_t)-1 && unnamed_reply(s, n, qend) !=
	    (size_t)-1) {
		i = sec_open(p, SEC_ANSWER, u->a, u->b, NULL);
		p->rec->sections[i].answers = p->pending_q;
		return 1;
	}
	if ((!has_asker || direct) && at == (size_t)-1) {
		rd_person_clear(&asker);
		return 0;
	}
	if (has_asker && at == (size_t)-1 && pronoun_reply(s + qend,
	    n - qend)) {
		const struct rec_section *d = p->cur >= 0 ?
		    &p->rec->sections[p->cur] : NULL;

		/* "Councillor Rafiq presented his report. In response to a
		 * question from Councillor Thornton, he confirmed ...": the
		 * one who spoke just before answers */
		if (!u->para && asker.named && d != NULL &&
		    d->type == SEC_DISCUSSION && d->speaker != NULL &&
		    d->speaker_key != NULL && strcmp(d->speaker_key,
		    asker.key != NULL ? asker.key : "") != 0) {
			memset(&by, 0, sizeof by);
			by.name = xstrdup(d->speaker);
			by.key = xstrdup(d->speaker_key);
			by.role = d->role != NULL ? xstrdup(d->role) : NULL;
			name_speaker(p, &asker);
			q = sec_open(p, SEC_QUESTION, u->a, u->a + qend,
			    &asker);
			p->pending_q = q;
			rd_person_clear(&asker);
			for (at = qend; at < n && (s[at] == ',' ||
			    s[at] == ' '); at++)
				;
			i = sec_open(p, SEC_ANSWER, u->a + at, u->b, &by);
			p->rec->sections[i].answers = q;
			rd_person_clear(&by);
			return 1;
		}
		/* "In reply to queries from Members he stated ..." */
		rd_person_clear(&asker);
		i = sec_open(p, SEC_ANSWER, u->a, u->b, NULL);
		p->rec->sections[i].answers = p->pending_q;
		return 1;
	}
	/* "In answer to questions from Members, the following points were
	 * made:", "..., it was confirmed that ...": no one named answers */
	if (has_asker && at == (size_t)-1 && (at = unnamed_reply(s, n,
	    qend)) != (size_t)-1) {
		/* what was asked runs to the comma before the reply */
		while (at > qend && (s[at - 1] == ' ' || s[at - 1] == ','))
			at--;
		qend = at;
		at = rd_skip_spaces(s, n, at + 1);
		name_speaker(p, &asker);
		q = sec_open(p, SEC_QUESTION, u->a, u->a + qend, &asker);
		p->pending_q = q;
		rd_person_clear(&asker);
		i = sec_open(p, SEC_ANSWER, u->a + at, u->b, NULL);
		p->rec->sections[i].answers = q;
		return 1;
	}
	if (has_asker) {
		name_speaker(p, &asker);
		q = sec_open(p, SEC_QUESTION, u->a, at == (size_t)-1 ? u->b :
		    u->a + at, &asker);
		p->pending_q = q;
		rd_person_clear(&asker);
		if (at == (size_t)-1)
			return 1;
		/* the question part ends before ", the Head ..." */
		{
			struct rec_section *qs = &p->rec->sections[q];

			while (qs->end > qs->start && (p->t[qs->end - 1] ==
			    ' ' || p->t[qs->end - 1] == ','))
				qs->end--;
		}
	}
	/* "In answer to a question about how many children had a plan,
	 * the Head of Service advised ...": a question asked, its asker
	 * not named */
	if (!has_asker && topic_asked(s + qend, at - qend) &&
	    !awaits_answer(p->rec, p->pending_q)) {
		/* "..., the Meetings Administrator": the office whole */
		for (k = at; k > qend && s[k - 1] != ','; k--)
			if (rd_isalpha((unsigned char)s[k - 1]) &&
			    (k < 2 || s[k - 2] == ' ' || s[k - 2] == '\n') &&
			    !rd_isupper((unsigned char)s[k - 1]) &&
			    !rd_prefix(s + k - 1, n - k + 1, "the ") &&
			    !rd_prefix(s + k - 1, n - k + 1, "of ") &&
			    !rd_prefix(s + k - 1, n - k + 1, "and "))
				break;
		if (k > qend && s[k - 1] == ',')
			at = rd_skip_spaces(s, n, k);
		q = sec_open(p, SEC_QUESTION, u->a, u->a + at, NULL);
		p->pending_q = q;
		while (p->rec->sections[q].end > p->rec->sections[q].start &&
		    (p->t[p->rec->sections[q].end - 1] == ' ' ||
		    p->t[p->rec->sections[q].end - 1] == ','))
			p->rec->sections[q].end--;
		has_asker = 1;
	}
	name_speaker(p, &ans);
	i = sec_open(p, SEC_ANSWER, has_asker ? u->a + at : u->a, u->b, &ans);
	p->rec->sections[i].answers = p->pending_q;
	rd_person_clear(&ans);
	return 1;
}

/*
 * "I will ask at the next meeting ...", also as OCR reads it ("| will",
 * "! will", "*I will"), or a lettered part of the question.
 */
static int
first_person(const char *s, size_t n)
{
	struct label lab;
	size_t i = 0;

	if (label_at(s, n, 0, 0, &lab))
		return 1;
	if (rd_islower((unsigned char)s[0]))
		return 1;
	while (i < n && i < 3 && !rd_isalpha((unsigned char)s[i]) &&
	    s[i] != ' ')
		i++;
	if (i < n && s[i] == 'I' && i + 1 < n && s[i + 1] == ' ')
		return 1;
	while (i < n && s[i] == ' ')
		i++;
	return rd_prefix(s + i, n - i, "will ") != 0 ||
	    rd_prefix(s + i, n - i, "would ") != 0;
}

/* 1 if s is only a name of a body or a place, in capitals: "Tarnside
 * Cycle Forum", "Friends of Mill Park" (after an asker's name). */
static int
proper_words(const char *s, size_t n)
{
	size_t i, words = 1;

	if (n == 0 || n > 80 || memchr(s, '.', n) != NULL ||
	    memchr(s, '?', n) != NULL || memchr(s, '"', n) != NULL)
		return 0;
	for (i = 0; i + 1 < n; i++)
		words += s[i] == ' ' && s[i + 1] != ' ';
	return words <= 8 && rd_heading_words(s, n);
}

/* 1 if a word of s starts with one of the needles: "Leask" asks nothing. */
static int
word_starting(const char *s, size_t n, const char *const *needles,
    size_t count)
{
	size_t i, at, k;

	for (i = 0; i < count; i++)
		for (at = 0; at < n; at += k + 1) {
			k = rd_find(s + at, n - at, needles[i]);
			if (k == (size_t)-1)
				break;
			if (!rd_isalpha((unsigned char)needles[i][0]) ||
			    at + k == 0 ||
			    !rd_isalpha((unsigned char)s[at + k - 1]))
				return 1;
		}
	return 0;
}

/*
 * After a label's word and a dash, "Question – “How many ...?”",
 * "Response - The works ...": where the words start (a quote or a
 * capital), or 0.
 */
static size_t
dash_label(const char *s, size_t n, const char *word)
{
	size_t k = rd_prefix(s, n, word), d;

	if (k == 0 || !rd_isupper((unsigned char)s[0]))
		return 0;
	/* "Question 2 – “How ...”" */
	if (k + 1 < n && s[k] == ' ' && rd_isdigit((unsigned char)s[k + 1]))
		for (k++; k < n && k < 24 && rd_isdigit((unsigned char)s[k]);
		    k++)
			;
	if ((d = rd_prefix(s + k, n - k, " - ")) == 0 &&
	    (d = rd_prefix(s + k, n - k, " \xe2\x80\x93 ")) == 0)
		return 0;
	k = rd_skip_spaces(s, n, k + d);
	return k < n && (s[k] == '"' || rd_isupper((unsigned char)s[k]) ||
	    rd_prefix(s + k, n - k, "\xe2\x80\x9c")) ? k : 0;
}

/*
 * 1 if s[0..n) is an office and no more, perhaps with its holder after a
 * comma: "Leader of the Council", "Portfolio Holder for Climate,
 * Councillor Wright".
 */
static int
office_then_name(const char *s, size_t n)
{
	static const char *const small[] = { "for", "of", "and", "the" };
	size_t i = 0, e, words = 0;

	if (n > 150)
		return 0;
	while (i < n) {
		for (e = i; e < n && s[e] != ' ' && s[e] != ','; e++)
			;
		if (e == i)
			return 0;
		if (!rd_isupper((unsigned char)s[i]) && !(words > 0 &&
		    rd_in_list(small, sizeof small / sizeof small[0], s + i,
		    e - i)))
			return 0;
		words++;
		/* the holder, titled, to the end (or the office goes on:
		 * "for Climate, Ecology and Communities") */
		if (e < n && s[e] == ',') {
			i = rd_skip_spaces(s, n, e + 1);
			if (i < n && titled_at(s + i, n - i) == n - i)
				return 1;
			continue;
		}
		i = rd_skip_spaces(s, n, e);
	}
	return words > 0;
}

/*
 * 1 if what follows a question's label is no question yet: "to the
 * Leader of the Council:", ":", or an addressee alone, without the colon
 * ("to the Cabinet Member for Housing").
 */
static int
label_alone(const char *s, size_t n)
{
	static const char *const ask[] = { "ask" };
	size_t i = 0, k;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n'))
		n--;
	/* "... to the Leader." / "Question" on the line below: the label
	 * over the question's words, still to come */
	if (n > 9 && (memcmp(s + n - 9, "\nQuestion", 9) == 0 ||
	    memcmp(s + n - 9, "\nQUESTION", 9) == 0))
		for (n -= 9; n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n');
		    n--)
			;
	/* a note on a line of its own under the label, "(The question
	 * was asked in Welsh)", is no question */
	if (n > 0 && s[n - 1] == ')') {
		for (k = n - 1; k > 0 && n - k < 120 && s[k] != '(' &&
		    s[k] != '\n' && s[k] != '?'; k--)
			;
		if (k > 0 && s[k] == '(' && s[k - 1] == '\n')
			for (n = k; n > 0 && (s[n - 1] == ' ' ||
			    s[n - 1] == '\n'); n--)
				;
	}
	if (n > 0 && s[n - 1] == '-')
		n--;
	/* "Question submitted by Cllr. X" alone: the question is next */
	if (n == 0)
		return 1;
	if (memchr(s, '?', n) != NULL || word_starting(s, n, ask, 1))
		return 0;
	if (s[n - 1] == ':')
		return 1;
	while (i < n && (s[i] == ' ' || s[i] == ','))
		i++;
	/* "Q1. Councillor Amanda Fishwick (Hollinshire County Council)",
	 * "Q2. Councillor X to the Cabinet Member for Y (Councillor Z)":
	 * the asker named after the number */
	if (i == 0 && (k = titled_at(s, n)) != 0) {
		i = k;
		while (i < n && s[i] == ' ')
			i++;
		if (i == n || (s[i] == '(' && s[n - 1] == ')' &&
		    memchr(s + i, '.', n - i) == NULL && n - i <= 80))
			return 1;
	}
	if (i > 0 && s[0] == ',' && proper_words(s + i, n - i))
		return 1;
	/* "... from Mr Colin Faraday of Bramley Road, Wenlow, to the
	 * Portfolio Holder for Environment": where the asker lives first */
	if (rd_prefix(s + i, n - i, "of ") && rd_find(s + i, n - i,
	    " to the ") != (size_t)-1 && n - i <= 200 &&
	    memchr(s, '.', n) == NULL && memchr(s, '"', n) == NULL)
		return 1;
	/* "Q1 – Councillor Whitlock to Councillor Fernandes (Leader of the
	 * Council)": the member put to, and their office */
	if (rd_prefix(s + i, n - i, "to ") && (k = titled_at(s + i + 3,
	    n - i - 3)) != 0) {
		k += i + 3;
		while (k < n && s[k] == ' ')
			k++;
		if (k == n || (s[k] == '(' && s[n - 1] == ')' &&
		    memchr(s + k, '.', n - k) == NULL && n - k <= 80))
			return 1;
	}
	/* "QUESTION NO 1   By Councillor Booth for answer by the Convener
	 * of the Transport Committee at a meeting of the Council on 25
	 * April 2024" */
	if ((rd_prefix(s + i, n - i, "for answer by ") ||
	    rd_prefix(s + i, n - i, "answered by ")) && n - i <= 200 &&
	    memchr(s, '"', n) == NULL)
		return 1;
	/* "... put by Councillor X to the Portfolio Holder for Climate,
	 * Councillor Y.": whom it was put to, as a sentence */
	if (n - i > 8 && s[n - 1] == '.' && rd_prefix(s + i, n - i, "to the ") &&
	    (k = office_then_name(s + i + 7, n - i - 8)) != 0)
		return 1;
	return rd_prefix(s + i, n - i, "to the ") && n - i <= 150 &&
	    memchr(s, '.', n) == NULL && memchr(s, '"', n) == NULL;
}

/* Words that begin a paragraph going on with what the last one said. */
static int
continues(const char *s, size_t n)
{
	static const char *const words[] = {
		"He ", "She ", "They ", "His ", "Her ", "Their ", "It ",
		"In addition", "Also,", "Furthermore", "Additionally",
		"Moreover", "He/she", "This ",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (rd_prefix(s, n, words[i]) && s[0] == words[i][0])
			return 1;
	return 0;
}


/*
 * 1 if s opens with a verb of replying: " confirmed that it would", "
 * advised that ..."; " said" too from the chair.
 */
static int
reply_verb(const char *s, size_t n, int chair)
{
	static const char *const verbs[] = {
		"responded", "replied", "answered", "explained", "clarified",
		"assured", "reassured", "confirmed", "advised",
		"gave that assurance", "gave an assurance",
		"gave the assurance",
	};
	size_t i, k = rd_skip_spaces(s, n, 0);

	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (rd_prefix(s + k, n - k, verbs[i]))
			return 1;
	return chair && rd_prefix(s + k, n - k, "said ");
}

/*
 * 1 if question q was asked by a member of the public, titled but no
 * member ("Ms Fiona Galbraith asked ..."): a councillor who "said"
 * something after it in its paragraph answers it.
 */
static int
public_asker(const struct parse *p, int q)
{
	const struct rec_section *d;
	size_t i;

	if (q < 0 || (d = &p->rec->sections[q])->speaker_key == NULL)
		return 0;
	for (i = 0; i < p->rec->nspeakers; i++) {
		const struct rec_speaker *sp = &p->rec->speakers[i];

		if (sp->key != NULL && strcmp(sp->key, d->speaker_key) == 0)
			return sp->title != NULL && !rd_member_title(sp->title);
	}
	return 0;
}

/*
 * 1 if s[0..n), after an untitled name, asks at question time: " asked
 * the following question:", " asked the Portfolio Holder for Housing,
 * Councillor X, the following:", " of Hoo St Werburgh asked ... the
 * following:".
 */
static int
asked_the_following(const char *s, size_t n)
{
	size_t at = rd_find(s, n < 60 ? n : 60, " asked ");
	size_t lim;

	if (at == (size_t)-1 || (at > 0 && !rd_prefix(s, n, " of ")))
		return 0;
	lim = n - at < 200 ? n - at : 200;
	return rd_find(s + at, lim, " the following question") != (size_t)-1 ||
	    rd_find(s + at, lim, " the following supplementary question") !=
	    (size_t)-1 || (rd_find(s + at, lim, " the following:") !=
	    (size_t)-1 && memchr(s + at, '.', lim) == NULL);
}

/*
 * 1 if s, after a name, puts a question in its first sentence: "asked
 * whether the plan would fund ...", "referred to the survey and asked
 * what further engagement was planned", "asked for an assurance that
 * ..."; not "asked whether Members had any questions".
 */
static int
puts_question(const char *s, size_t n)
{
	static const char *const what[] = {
		"whether", "what", "how", "if", "why", "when", "where", "which",
		"who", "about",
	};
	/* "asked for an assurance that ...": not "asked for a site
	 * visit", a request */
	static const char *const sought[] = {
		"for an assurance", "for assurance", "for a commitment",
		"for confirmation", "for clarification", "for an explanation",
		"for details", "for more information",
		"for further information", "for an update", "for an indication",
	};
	const char *stop;
	size_t lim, i, j, at, k;

	/* ", Healthwatch Dunstow, asked why ...": the rest of an office
	 * between commas, its body named */
	k = n > 4 && s[0] == ',' && s[1] == ' ' ? 2 : n > 4 && s[0] == ' ' ?
	    1 : 0;
	if (k > 0 && rd_isupper((unsigned char)s[k])) {
		for (; k < n && k < 70 && s[k] != ',' && s[k] != '.' &&
		    (s[k] != ' ' || k + 1 >= n || rd_isupper((unsigned char)
		    s[k + 1]) || rd_prefix(s + k + 1, n - k - 1, "of ") ||
		    rd_prefix(s + k + 1, n - k - 1, "and ") ||
		    rd_prefix(s + k + 1, n - k - 1, "the ")); k++)
			;
		if (k < n && s[k] == ',') {
			s += k + 1;
			n -= k + 1;
		}
	}
	stop = memchr(s, '.', n);
	lim = stop != NULL ? (size_t)(stop - s) : n;
	if (lim > 240)
		lim = 240;
	for (i = 0; i < NASKING_VERBS; i++) {
		if ((at = rd_find(s, lim, asking_verbs[i])) == (size_t)-1)
			continue;
		/* the speaker's own verb, or one joined to it by "and":
		 * not "indicated that the Officer had enquired" */
		if (at > 0 && !(at >= 4 && rd_prefix(s + at - 4, 4, " and") &&
		    rd_find(s, at, " that ") == (size_t)-1))
			continue;
		k = at + strlen(asking_verbs[i]);
		/* "asked if he could give an update": leave to speak */
		if (rd_find(s + k, lim - k < 24 ? lim - k : 24, " could ") !=
		    (size_t)-1 || rd_find(s + k, lim - k < 24 ? lim - k : 24,
		    " may ") != (size_t)-1)
			return 0;
		for (j = 0; j < sizeof sought / sizeof sought[0]; j++)
			if (rd_prefix(s + k, n - k, sought[j]))
				return 1;
		/* "The Leader queried the level of sickness absence":
		 * the verbs after "asked" ask whatever their object */
		if (i > 0)
			return 1;
		for (j = 0; j < sizeof what / sizeof what[0]; j++)
			if (rd_prefix(s + k, n - k, what[j]) && k +
			    strlen(what[j]) < n &&
			    s[k + strlen(what[j])] == ' ')
				return rd_find(s + k, lim - k < 60 ? lim - k :
				    60, " any questions") == (size_t)-1 &&
				    rd_find(s + k, lim - k < 60 ? lim - k : 60,
				    " any comments") == (size_t)-1;
	}
	return 0;
}

/* 1 if the words of s ask something, or a reply follows in them. */
static int
asks(const char *s, size_t n)
{
	static const char *const asking[] = {
		"?", "ask", "enquir", "inquir", "queried", "query", "question",
		"sought", "seek", "whether", "wonder", "clarif", "in reply",
		"replied", "in response", "responded",
	};

	return word_starting(s, n, asking, sizeof asking / sizeof asking[0]);
}

/*
 * asks(), less the bids: "He would ask officers to write to the lead
 * petitioner" asks people to do something, no question.
 */
static int
asks_not_bidding(const char *s, size_t n)
{
	char *c = xstrndup(s, n);
	size_t at = 0, k, e;
	int yes;

	while ((k = rd_find(c + at, n - at, "ask")) != (size_t)-1) {
		at += k;
		for (e = at + 3; e < n && rd_isalpha((unsigned char)c[e]); e++)
			;
		if ((at == 0 || !rd_isalpha((unsigned char)c[at - 1])) &&
		    (e - at == 3 || (e - at == 4 && c[at + 3] == 's') ||
		    (e - at == 5 && c[at + 3] == 'e' && c[at + 4] == 'd')) &&
		    rd_request(c + e, n - e))
			memset(c + at, 'x', e - at);
		at = e;
	}
	yes = asks(c, n);
	free(c);
	return yes;
}

/*
 * 1 if s, after "Members", raises a concern an officer may answer:
 * "raised concerns about the cost of placements", "expressed concern
 * that ...".  A question only if someone answers it.
 */
static int
concern(const char *s, size_t n)
{
	static const char *const words[] = {
		" raised concerns", " raised concern", " expressed concern",
		" expressed concerns", " raised the issue", " raised issues",
		" voiced concern",
	};
	size_t i, k = 0;

	/* "Members also raised ..." */
	if (rd_prefix(s, n, " also"))
		k = 5;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (rd_prefix(s + k, n - k, words[i]))
			return 1;
	return 0;
}

/*
 * 1 if s, after a member's name, says something back: " said that ...",
 * " said it had not", " said he would find out"; " stated that ..." as
 * Sheffield writes it; " explained that ...", " confirmed that ...".
 */
static int
said_back(const char *s, size_t n)
{
	static const char *const next[] = {
		"that ", "it ", "he ", "she ", "they ", "there ", "this ",
	};
	static const char *const verbs[] = {
		" said ", " stated ", " explained ", " confirmed ",
		" clarified ",
	};
	size_t k = 0, i;

	for (i = 0; k == 0 && i < sizeof verbs / sizeof verbs[0]; i++)
		k = rd_prefix(s, n, verbs[i]);
	for (i = 0; k != 0 && i < sizeof next / sizeof next[0]; i++)
		if (rd_prefix(s + k, n - k, next[i]))
			return 1;
	return 0;
}

/*
 * 1 if question q asks outright, "Councillor X asked what the cost was"
 * (not "asked about the budget"), and was no remark that became a
 * question only when answered.
 */
static int
asked_outright(const struct parse *p, int q)
{
	static const char *const asked[] = {
		" asked what ", " asked whether ", " asked why ",
		" asked how ", " asked when ", " asked if ", " asked who ",
		" asked where ", " asked which ",
	};
	const struct rec_section *d = &p->rec->sections[q];
	size_t n = d->end - d->start;

	return d->type == SEC_QUESTION && !marked(&p->said, (size_t)q) &&
	    rd_find_any(p->t + d->start, n < 120 ? n : 120, asked,
	    sizeof asked / sizeof asked[0]);
}

/* Verbs that make "Members ..." a question rather than a request. */
static int
strong_ask(const char *s, size_t n)
{
	static const char *const verbs[] = {
		"asked", "enquired", "inquired", "queried", "questioned",
		"sought",
	};
	size_t i, k = 0;
	int kind;

	if (rd_verb_at(s, n, &kind) == 0 || kind != VERB_ASK)
		return 0;
	while (k < n && !rd_isalpha((unsigned char)s[k]))
		k++;
	/* the verb may follow an adverb: "Members also asked" */
	for (; k < n; k++) {
		if (k > 0 && rd_isalpha((unsigned char)s[k - 1]))
			continue;
		for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
			if (rd_prefix(s + k, n - k, verbs[i]))
				return 1;
		if (k > 24)
			break;
	}
	return 0;
}

/* 1 if s[0..at) ends with a verb of wanting, not of declaring: "27
 * businesses had expressed" an interest, "residents registered". */
static int
interest_shown(const char *s, size_t at)
{
	static const char *const verbs[] = {
		"expressed ", "registered ", "shown ", "showed ", "taken ",
		"take ", "express ", "register ",
	};
	size_t i, k;

	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
		k = strlen(verbs[i]);
		if (at >= k && rd_prefix(s + at - k, k, verbs[i]) == k)
			return 1;
	}
	return 0;
}

/*
 * 1 if the interest named at s[at] is the speaker's, declared: "declared
 * a pecuniary interest", "advised that he had an interest"; not advice
 * ("membership was not in itself an interest", "did not cover pecuniary
 * interests").
 */
static int
interest_declared(const char *s, size_t n, size_t at)
{
	static const char *const whose[] = {
		"had ", "has ", "held ", "holds ", "his ", "her ", "their ",
		"indicated ",
	};
	size_t i, from = at > 30 ? at - 30 : 0;

	if (rd_find(s, n, "declar") != (size_t)-1)
		return 1;
	for (i = 0; i < sizeof whose / sizeof whose[0]; i++)
		if (rd_find(s + from, at - from, whose[i]) != (size_t)-1)
			return 1;
	return 0;
}

/*
 * 1 if s (after the speaker's name) is an address to the meeting with
 * no question in it: "spoke in objection to ...", "addressed the
 * Committee", "made representations", or a declaration of an interest
 * ("advised that he had a connection ...").  A member who "spoke of" an issue
 * raises it for an answer; a member of the public (public) who spoke
 * only spoke.
 */
static int
statement_only(const char *s, size_t n, int public)
{
	static const char *const verbs[] = {
		"spoke in ", "spoke against ", "objected ", "addressed the ",
		/* "Mr Russo (objector) addressed Council." */
		"addressed council", "addressed cabinet", "addressed members",
		"addressed committee", "addressed councillors",
		"made representation", "made a representation",
		"made a statement",
		/* courtesies: "welcomed everyone", "paid tribute to ..." */
		"welcomed ", "thanked ", "congratulated ", "paid tribute",
		"paid a tribute", "wished him", "wished her", "wished them",
		"wished everyone", "wished all", "wished the",
		"wished to thank", "wished to congratulate", "wished to record",
		"wished to place", "wished to acknowledge", "wished to express",
		"expressed sympathy",
		"extended sympathy", "expressed condolences",
		"extended condolences", "joined in ",
		/* notices: "reminded residents that ...", "announced the
		 * summer concerts" */
		"reminded ", "announced ",
	};
	/* ("welcomed the link, but expressed concern that ...": a matter
	 * raised for an answer) */
	static const char *const asking[] = {
		"asked", "enquired", "inquired", "queried", "question",
		"sought", "?", "concern",
	};
	/* a declaration: "advised that he had a connection to item 5" */
	static const char *const interest[] = {
		"an interest", "pecuniary", "prejudicial", "registerable",
		"disclosable",
		/* (from here on, a declaration whatever else is said) */
		"connection in relation to item", "a connection to item",
		"a connection with item", "transparency statement",
	};
	size_t i, k = 0, j, c;

	while (k < n && (s[k] == ' ' || s[k] == ','))
		k++;
	/* "Mrs Gregory, objector, addressed ...": past the clause */
	if (n > 0 && s[0] == ',') {
		for (c = k; c < n && c - k < 80 && s[c] != ',' &&
		    s[c] != '.'; c++)
			;
		for (j = c + 1; j < n && s[j] == ' '; j++)
			;
		for (i = 0; c < n && s[c] == ',' &&
		    i < sizeof verbs / sizeof verbs[0]; i++)
			if (rd_prefix(s + j, n - j, verbs[i])) {
				k = j;
				break;
			}
	}
	for (j = 0; j < sizeof interest / sizeof interest[0]; j++)
		if ((c = rd_find(s + k, n - k, interest[j])) != (size_t)-1 &&
		    !interest_shown(s + k, c) && (j >= 4 ||
		    interest_declared(s + k, n - k, c)))
			break;
	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (rd_prefix(s + k, n - k, verbs[i]))
			break;
	if (i == sizeof verbs / sizeof verbs[0] &&
	    j == sizeof interest / sizeof interest[0] &&
	    !(public && rd_prefix(s + k, n - k, "spoke ")))
		return 0;
	for (i = 0; i < sizeof asking / sizeof asking[0]; i++)
		if (rd_find(s + k, n - k, asking[i]) != (size_t)-1)
			return 0;
	return 1;
}

static void discussion(struct parse *, const struct unit *);

/* 1 if s starts (after spaces) with a verb of replying itself. */
static int
replied(const char *s, size_t n)
{
	static const char *const verbs[] = {
		"replied", "responded", "answered", "in reply", "in response",
		/* "Councillor Stanmore provided the following reply:" */
		"provided the following reply", "gave the following reply",
		"provided the following response",
		"gave the following response",
	};
	size_t i, k = 0, e;

	while (k < n && s[k] == ' ')
		k++;
	/* ", Chairman, responded": past the office set between commas */
	if (k < n && s[k] == ',') {
		for (e = k + 1; e < n && e < k + 60 && s[e] != ','; e++)
			;
		if (e < n && s[e] == ',')
			for (k = e + 1; k < n && s[k] == ' '; k++)
				;
	}
	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (rd_prefix(s + k, n - k, verbs[i]))
			return 1;
	return 0;
}

/*
 * "He was advised by ", "Members were informed by ": the length up to
 * the one who told them, or 0.
 */
static size_t
passive_by(const char *s, size_t n, int *asker)
{
	static const char *const subjects[] = {
		"He ", "She ", "The Member ", "They ", "Members ",
		"The Committee ", "The Panel ", "The Board ", "The Council ",
		"The Cabinet ", "The meeting ", "Councillors ",
	};
	static const char *const verbs[] = {
		"told by ", "advised by ", "informed by ", "assured by ",
		"reassured by ", "reminded by ",
	};
	size_t i, k = 0, j;

	for (i = 0; i < sizeof subjects / sizeof subjects[0]; i++)
		if ((k = rd_prefix(s, n, subjects[i])) != 0 &&
		    s[0] == subjects[i][0])
			break;
	if (k == 0)
		return 0;
	/* "She was told": the one who asked; "Members were told": all */
	*asker = i < 3;
	if ((j = rd_prefix(s + k, n - k, "was ")) == 0 &&
	    (j = rd_prefix(s + k, n - k, "were ")) == 0)
		return 0;
	k += j;
	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if ((j = rd_prefix(s + k, n - k, verbs[i])) != 0)
			return k + j;
	return 0;
}

/* 1 if s[0..n) is one of words (NULL-terminated), as written. */
static int
in_words(const char *s, size_t n, const char *const *words)
{
	for (; *words != NULL; words++)
		if (strlen(*words) == n && memcmp(*words, s, n) == 0)
			return 1;
	return 0;
}

/*
 * 1 if s, after a member's name, moves or seconds what is debated:
 * "Councillor Pryor, in seconding, highlighted ...": debate, no reply.
 */
static int
moving(const char *s, size_t n)
{
	return rd_prefix(s, n, ", in seconding") ||
	    rd_prefix(s, n, ", in moving") ||
	    rd_prefix(s, n, ", seconding") ||
	    rd_prefix(s, n, ", in proposing") ||
	    rd_prefix(s, n, ", in summing up");
}

/*
 * "Ebert said crews would begin next week.": a surname alone and a
 * reporting verb, the surname of one person the item or the attendance
 * list names ("Public Works Director Ebert").  Fills *who as rd_person_at
 * would; 1 if found.
 */
static int
surname_speaker(const struct parse *p, const char *s, size_t n,
    struct rd_person *who)
{
	static const char *const not_surnames[] = {
		"The", "This", "That", "These", "Those", "There", "They",
		"She", "His", "Her", "Members", "Member", "Councillors",
		"Officers", "Staff", "Council", "Committee", "Board", "Mayor",
		"Chair", "All", "Everyone", "Some", "Others", "Both",
		NULL,
	};
	const struct record *lists[2];
	const struct rec_speaker *hit = NULL;
	char key[48];
	size_t w = 0, i, j, m;
	int verb, hits = 0;

	memset(who, 0, sizeof *who);
	while (w < n && w < sizeof key - 1 && (rd_isalpha((unsigned char)s[w])
	    || s[w] == '\'' || s[w] == '-'))
		w++;
	if (w < 3 || w >= n || s[w] != ' ' || !rd_isupper((unsigned char)
	    s[0]) || !rd_islower((unsigned char)s[1]) ||
	    in_words(s, w, not_surnames) ||
	    rd_verb_at(s + w, n - w, &verb) == 0 || (verb != VERB_SAY &&
	    verb != VERB_ANSWER && verb != VERB_ASK))
		return 0;
	for (i = 0; i < w; i++)
		key[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' :
		    s[i]);
	key[w] = '\0';
	lists[0] = p->rec;
	lists[1] = p->known;
	for (j = 0; j < 2 && hit == NULL; j++)
		for (i = 0; lists[j] != NULL && i < lists[j]->nspeakers; i++) {
			const char *k = lists[j]->speakers[i].key;

			m = k != NULL ? strlen(k) : 0;
			if (m < w || strcmp(k + m - w, key) != 0 ||
			    (m > w && k[m - w - 1] != ' ') ||
			    lists[j]->speakers[i].name == NULL)
				continue;
			hits++;
			hit = &lists[j]->speakers[i];
		}
	if (hit == NULL || hits > 1)
		return 0;
	who->name = xstrdup(hit->name);
	who->key = xstrdup(hit->key);
	if (hit->title != NULL)
		who->title = xstrdup(hit->title);
	if (hit->role != NULL)
		who->role = xstrdup(hit->role);
	who->kind = rd_member_title(hit->title) ? RD_MEMBER : hit->role !=
	    NULL ? RD_OFFICER : RD_UNKNOWN;
	who->named = 1;
	who->len = w;
	return 1;
}

/* 1 if who asked the pending question. */
static int
asked_it(const struct parse *p, const struct rd_person *who)
{
	const char *asker, *s;

	if (p->pending_q < 0 || who->key == NULL)
		return 0;
	asker = p->rec->sections[p->pending_q].speaker_key;
	if (asker == NULL)
		return 0;
	/* "Mr. Henshaw" after "Bill Henshaw": a surname alone */
	if (strchr(who->key, ' ') == NULL && (s = strrchr(asker, ' ')) != NULL)
		asker = s + 1;
	return strcmp(asker, who->key) == 0;
}

/* Unit u as the answer to the pending question (answers), or as who's
 * words in the discussion. */
static void
reply_or_say(struct parse *p, const struct unit *u,
    const struct rd_person *who, int answers)
{
	int q;

	if (answers) {
		q = sec_open(p, SEC_ANSWER, u->a, u->b, who);
		p->rec->sections[q].answers = p->pending_q;
	} else
		sec_open(p, SEC_DISCUSSION, u->a, u->b, who);
}

/* 1 if d is the members' points in a list: "Members raised the
 * following points:", "Councillors asked about:". */
static int
members_points(const struct parse *p, const struct rec_section *d)
{
	static const char *const who[] = {
		"members ", "councillors ", "the committee ", "the panel ",
		"the board ", "members' ", "in discussion, members ",
		"during discussion, members ",
	};
	const char *s = p->t + d->start;
	size_t n = d->end - d->start, i;

	if (d->type != SEC_DISCUSSION || (d->speaker_key != NULL &&
	    strcmp(d->speaker_key, "members") != 0))
		return 0;
	for (i = 0; i < sizeof who / sizeof who[0]; i++)
		if (rd_prefix(s, n, who[i]))
			return 1;
	return 0;
}

static int
person_unit(struct parse *p, const struct unit *u)
{
	const char *s = p->t + u->a;
	size_t n = u->b - u->a, off = 0, k;
	struct rd_person who;
	struct label lab;
	int verb, officer, member, q;

	/* "(a) Mr Watkins said ...": a lettered paragraph */
	if ((u->para || u->line) && label_at(s, n, 0, 0, &lab))
		off = lab.len;
	{
		static const char *const lead[] = {
			"Also, ", "However, ", "Finally, ", "Lastly, ",
			"Furthermore, ", "Additionally, ", "Separately, ",
			"Subsequently, ", "Then ", "Next, ", "Further, ",
			/* "During discussion, Members raised concerns
			 * about ...", as Scottish minutes open a point */
			"During discussion, ", "During the discussion, ",
			"In discussion, ", "In the discussion, ",
			"During the debate, ", "In debate, ",
		};
		size_t j;

		for (j = 0; j < sizeof lead / sizeof lead[0]; j++)
			if ((k = rd_prefix(s + off, n - off, lead[j])) != 0) {
				off += k;
				break;
			}
	}
	/* "She was told by Ms Ratcliffe that ...": the one who told
	 * answers the question before, or speaks */
	if ((k = passive_by(s + off, n - off, &q)) != 0 &&
	    rd_person_at(s + off + k, n - off - k, &who)) {
		name_speaker(p, &who);
		reply_or_say(p, u, &who, p->pending_q >= 0 && (q || !u->para));
		rd_person_clear(&who);
		return 1;
	}
	/* "Arising from the minutes, Councillor Quinn asked ...",
	 * "Minute 37 (Audit Findings) - Mr Kieran Lusk asked ...", "In
	 * the absence of X, the Leader responded ..." */
	if (stood_in(s + off, n - off, &k, &who))
		off += k;
	else if (!rd_person_at(s + off, n - off, &who) &&
	    !surname_speaker(p, s + off, n - off, &who)) {
		size_t m = n - off < 80 ? n - off : 80;
		size_t c = rd_find(s + off, m, ", "), d = rd_find(s + off, m,
		    " - ");
		size_t sq = rd_find(s + off, m, "supplementary question ");

		if (c != (size_t)-1 && titled_at(s + off + c + 2,
		    n - off - c - 2) != 0)
			off += c + 2;
		else if (d != (size_t)-1 && titled_at(s + off + d + 3,
		    n - off - d - 3) != 0)
			off += d + 3;
		/* "By way of a supplementary question Councillor X asked
		 * ...", no comma after the lead */
		else if (sq != (size_t)-1 && titled_at(s + off + sq + 23,
		    n - off - sq - 23) != 0)
			off += sq + 23;
		else
			return 0;
		if (!rd_person_at(s + off, n - off, &who))
			return 0;
	}
	k = rd_verb_at(s + off + who.len, n - off - who.len, &verb);
	/* "Mr A. Smith of Mill Road asked ...", "Ms. Tobin of 44 Pleasant
	 * St. asked ...": where they live */
	if (k == 0 && rd_prefix(s + off + who.len, n - off - who.len, " of ")) {
		size_t e = off + who.len + 4, words = 0;

		while (e < n && (rd_isupper((unsigned char)s[e]) ||
		    (words == 0 && rd_isdigit((unsigned char)s[e]))) &&
		    words < 5) {
			while (e < n && s[e] != ' ' && s[e] != ',')
				e++;
			if (e < n && s[e] == ',')
				e++;
			words++;
			if (e < n && s[e] == ' ' && rd_verb_at(s + e, n - e,
			    &verb) > 0) {
				k = rd_verb_at(s + e, n - e, &verb);
				who.len = e - off;
				break;
			}
			if (e < n && s[e] == ' ')
				e++;
		}
	}
	/* "Kilmurry Court is a ...", "Barry Transportation were
	 * appointed": no one speaking */
	if (k == 0 || (who.title == NULL && who.role == NULL &&
	    who.kind == RD_UNKNOWN && be_verb(s + off + who.len, k))) {
		rd_person_clear(&who);
		return 0;
	}
	name_speaker(p, &who);
	officer = who.kind == RD_OFFICER || (who.named && known_officer(p,
	    &who));
	member = who.kind == RD_MEMBER && !officer;
	if (who.kind == RD_UNKNOWN && !officer) {
		if (who.title == NULL && who.named && who.key != NULL &&
		    (member_in(p->rec, who.key) || (verb == VERB_ASK &&
		    present_in(p->known, who.key)))) {
			/* "Jonathan Essex asked", after "Councillor
			 * Jonathan Essex"; "Lynn Cawley asked", present */
			member = 1;
		} else if (who.resident && verb != VERB_ANSWER) {
			/* "Dale Pruitt, 77 Cypress Court, asked": the
			 * public ask as members do */
			member = 1;
		} else if (who.title == NULL && who.named && verb == VERB_ASK &&
		    (asked_the_following(s + off + who.len, n - off -
		    who.len) || (u->para && off == 0 &&
		    puts_question(s + who.len, n - who.len)))) {
			/* "Chris Hoskinson asked the following question:",
			 * "Martin Lister asked why ...": a member of the
			 * public at question time */
			member = 1;
		} else if (who.title == NULL) {
			/* an untitled name: only believed when answering */
			if (who.role == NULL && (p->pending_q < 0 ||
			    (verb != VERB_ANSWER && verb != VERB_SAY))) {
				rd_person_clear(&who);
				return 0;
			}
			officer = 1;
		} else if (verb == VERB_ANSWER || (verb == VERB_SAY &&
		    !u->para && p->pending_q >= 0 &&
		    p->rec->sections[p->pending_q].type == SEC_QUESTION &&
		    p->cur == p->pending_q)) {
			/* "X asked about the cost. Ms Esposito said it was
			 * $1.1m.": one not known as a member, in the same
			 * paragraph as the question, answers it */
			officer = 1;
		} else if (verb == VERB_SAY && p->pending_q >= 0 &&
		    !rd_member_title(who.title) &&
		    p->rec->sections[p->pending_q].type == SEC_QUESTION &&
		    p->rec->sections[p->pending_q].speaker_key != NULL &&
		    who.key != NULL && strcmp(who.key, p->rec->sections[
		    p->pending_q].speaker_key) != 0 &&
		    (member_in(p->rec,
		    p->rec->sections[p->pending_q].speaker_key) ||
		    answered_before(p->rec, who.key)) &&
		    !marked(&p->said, (size_t)p->pending_q) &&
		    awaits_answer(p->rec, p->pending_q)) {
			/* a guest ("Ms Lall said that ...") after a
			 * member's question (not a remark) still
			 * unanswered answers it; so does one who has
			 * answered the others */
			officer = 1;
		} else
			member = 1;
	}

	/* "Councillor Quinlan presented a petition ... and asked the
	 * Executive whether ...": a member who asks after presenting */
	/* ... or "attended the meeting and, with the permission of the
	 * Chair, asked whether ..." */
	if (verb == VERB_PROCEDURAL && member && (k = n - off - who.len) >
	    0 && (rd_find(s + off + who.len, k < 120 ? k : 120,
	    " presented ") != (size_t)-1 || rd_find(s + off + who.len,
	    k < 120 ? k : 120, " submitted ") != (size_t)-1 ||
	    rd_find(s + off + who.len, k < 120 ? k : 120, " attended ") !=
	    (size_t)-1) && (rd_find(s + off + who.len, k, " and asked ") !=
	    (size_t)-1 || rd_find(s + off + who.len, k, ", asked ") !=
	    (size_t)-1))
		verb = VERB_ASK;
	if (verb == VERB_PROCEDURAL) {
		sec_open(p, SEC_DISCUSSION, u->a, u->b, &who);
		p->pending_q = -1;
	} else if (member) {
		int generic = !who.named;
		int plural = who.key != NULL && strcmp(who.key, "members") == 0;
		int chair = !plural && (who.chair || (generic &&
		    who.role != NULL));

		const char *asker = p->pending_q >= 0 ?
		    p->rec->sections[p->pending_q].speaker_key : NULL;
		int other = who.key != NULL && asker != NULL &&
		    strcmp(who.key, asker) != 0;

		/*
		 * A cabinet member answers, whether they "replied" or
		 * "said" (not their own question); so does a member who
		 * "replied" to another's question (one who "advised" may be
		 * making a point of their own).
		 */
		/* ... and so does the Chair who "replied" */
		if (p->pending_q >= 0 && !moving(s + off + who.len, n - off -
		    who.len) && ((executive(p, &who) &&
		    (verb == VERB_ANSWER || (verb == VERB_SAY && other))) ||
		    (other && (verb == VERB_ANSWER || verb == VERB_SAY) &&
		    addressed(p, p->pending_q, &who)) ||
		    (verb == VERB_ANSWER && (who.named || chair) && other &&
		    !rd_group_role(who.role) &&
		    replied(s + off + who.len, n - off - who.len)) ||
		    /* "thanked Mr Doolan for his question and ..." */
		    (verb == VERB_ANSWER && other && rd_prefix(s + off +
		    who.len, n - off - who.len, " thanked ")) ||
		    /* "Councillor X asked what ..." / "Councillor Y said
		     * that ...": the member who speaks next answers */
		    (p->cur == p->pending_q && other &&
		    who.named && who.title != NULL && (verb == VERB_SAY ||
		    verb == VERB_ANSWER) &&
		    said_back(s + off + who.len, n - off - who.len) &&
		    !asks(s + off, n - off) &&
		    asked_outright(p, p->pending_q)) ||
		    /* "Mr X asked whether ... Councillor Y confirmed that
		     * it would.", "The Mayor advised that ...": the next
		     * sentence of the question's paragraph answers it */
		    (!u->para && p->cur == p->pending_q && (who.named ||
		    chair) && !marked(&p->said, (size_t)p->pending_q) &&
		    (other || (asker != NULL && chair)) && reply_verb(s +
		    off + who.len, n - off - who.len, chair ||
		    public_asker(p, p->pending_q))))) {
			q = sec_open(p, SEC_ANSWER, u->a, u->b, &who);
			p->rec->sections[q].answers = p->pending_q;
		} else if (plural && !concern(s + off + who.len, n - off -
		    who.len) && (!strong_ask(s + off + who.len,
		    n - off - who.len) || rd_find(s + off + who.len,
		    n - off - who.len, " following questions") !=
		    (size_t)-1 || rd_find(s + off + who.len, n - off -
		    who.len, " following supplementary questions") !=
		    (size_t)-1)) {
			/* "Members discussed ...": no one in particular */
			rd_person_clear(&who);
			if (!u->para || p->labelled)
				return 0;
			p->pending_q = -1;
			discussion(p, u);
			return 1;
		} else if ((chair && verb != VERB_ASK) || statement_only(s +
		    off + who.len, n - off - who.len, who.kind ==
		    RD_UNKNOWN) || (verb == VERB_SAY && rd_find(s + off +
		    who.len, n - off - who.len < 24 ? n - off - who.len : 24,
		    " asked ") != (size_t)-1) ||
		    (verb == VERB_ANSWER && p->pending_q < 0 &&
		    rd_prefix(s + off + who.len, n - off - who.len,
		    " reported") && !asks(s + off, n - off)) ||
		    /* "Councillor Tindall, Leader of the Conservative
		     * Group, responded, welcoming ...": to a statement,
		     * nothing asked */
		    (verb == VERB_ANSWER && p->pending_q < 0 &&
		    (rd_find(s + off + who.len, n - off - who.len < 60 ?
		    n - off - who.len : 60, " responded") != (size_t)-1 ||
		    rd_find(s + off + who.len, n - off - who.len < 60 ?
		    n - off - who.len : 60, " replied") != (size_t)-1) &&
		    rd_find(s + off + who.len, n - off - who.len,
		    " asked") == (size_t)-1 && memchr(s + off, '?',
		    n - off) == NULL)) {
			/* a member who "reported" when nothing was asked
			 * gives news: "District Cllr Gaskell reported on the
			 * district budget"; one who "asked residents to
			 * report ..." makes a request (rd_verb_at) */
			sec_open(p, SEC_DISCUSSION, u->a, u->b, &who);
			p->pending_q = -1;
		} else {
			q = sec_open(p, SEC_QUESTION, u->a, u->b, &who);
			p->pending_q = q;
			if (verb != VERB_ASK)
				mark(&p->said, q);
			/* ... and "Members asked questions of the speakers
			 * and officers.", a summary, unless answered */
			if (plural && (concern(s + off + who.len, n - off -
			    who.len) || (rd_prefix(s + off + who.len, n - off -
			    who.len, " asked questions ") && rd_find(s + off,
			    n - off, "respon") == (size_t)-1 && rd_find(s + off,
			    n - off, "answer") == (size_t)-1 && rd_find(s + off,
			    n - off, "replied") == (size_t)-1)))
				mark(&p->raised, q);
		}
	} else {
		const char *rest = s + off + who.len;
		size_t nrest = n - off - who.len;

		/*
		 * An officer answers a pending question, unless they object
		 * or address the meeting ("PC Lomas, for the Police,
		 * objected ...").
		 */
		/* "Members raised the following points:" and a list, then
		 * "Officers responded:" and theirs: the points were asked */
		if (verb == VERB_ANSWER && ends_with_colon(s, 0, n))
			points_asked(p);
		/* "Inspector Moat asked whether ...", "Ms Tuffin referred
		 * to the survey and asked what ...": a board's partner, or
		 * an officer, asking */
		/* ... or raising a concern after the question before was
		 * answered: "Dr MacRae, GP Lead, expressed concern that
		 * ..." */
		if (u->para && (puts_question(rest, nrest) || (concern(rest,
		    nrest) && p->pending_q >= 0 && !awaits_answer(p->rec,
		    p->pending_q)))) {
			q = sec_open(p, SEC_QUESTION, u->a, u->b, &who);
			p->pending_q = q;
			rd_person_clear(&who);
			return 1;
		}
		/* "Mr Ybarra, CSEA President, spoke about ...": one with no
		 * member's title who "spoke" addresses the meeting */
		/* ... and none answers their own question */
		reply_or_say(p, u, &who, verb != VERB_ASK &&
		    p->pending_q >= 0 && !statement_only(rest, nrest,
		    who.title != NULL && !rd_member_title(who.title)) &&
		    !asked_it(p, &who));
	}
	rd_person_clear(&who);
	return 1;
}

/*
 * The initials of a speaker's name without its title: "Dame Helen
 * Arkwright" gives "HA".  0 if they do not fit in out[4].
 */
static int
initials_of(const struct rec_speaker *sp, char out[4])
{
	const char *s = sp->name;
	size_t i = 0, n = 0;

	if (s == NULL)
		return 0;
	if (sp->title != NULL && strncmp(s, sp->title, strlen(sp->title)) ==
	    0)
		i = strlen(sp->title);
	for (; s[i] != '\0'; i++)
		if (rd_isupper((unsigned char)s[i]) && (i == 0 ||
		    s[i - 1] == ' ' || s[i - 1] == '-')) {
			if (n == 3)
				return 0;
			out[n++] = s[i];
		}
	out[n] = '\0';
	return n >= 2;
}

/*
 * The one speaker of r with these initials, or NULL (*many set when two
 * or more have them); of several, the one with an office when officed
 * is set (an answer is an officer's).
 */
static const struct rec_speaker *
by_initials(const struct record *r, const char *ini, int officed,
    int *many)
{
	const struct rec_speaker *hit = NULL, *office = NULL;
	char mine[4];
	size_t i, n = 0, offices = 0;

	for (i = 0; r != NULL && i < r->nspeakers; i++)
		if (initials_of(&r->speakers[i], mine) &&
		    strcmp(mine, ini) == 0) {
			if (hit == NULL || strcmp(hit->key, r->speakers[i].key))
				n++;
			hit = &r->speakers[i];
			/* an office, not a seat: "Partner Member" is none */
			if (r->speakers[i].role != NULL && rd_find(
			    r->speakers[i].role, strlen(r->speakers[i].role),
			    "member") == (size_t)-1) {
				office = hit;
				offices++;
			}
		}
	if (n > 1) {
		*many = 1;
		return officed && offices == 1 ? office : NULL;
	}
	return hit;
}

/*
 * "CW asked ...; JS responded that ...": a board's minutes name people by
 * their initials, the attendance list saying whose.  The initials open
 * the unit, then a reporting verb.
 */
static int
initials_unit(struct parse *p, const struct unit *u)
{
	const char *s = p->t + u->a;
	size_t n = u->b - u->a, k = 0;
	const struct rec_speaker *sp;
	struct rd_person who;
	char ini[4];
	int verb, many = 0;
	size_t v, i;

	while (k < n && k < 4 && rd_isupper((unsigned char)s[k]))
		k++;
	if (k < 2 || k > 3 || k >= n || s[k] != ' ' ||
	    (v = rd_verb_at(s + k, n - k, &verb)) == 0 ||
	    verb == VERB_PROCEDURAL || be_verb(s + k, v))
		return 0;
	memcpy(ini, s, k);
	ini[k] = '\0';
	/* "JS" when the list has Cllr Judith Sears and Ms Joanna Swift:
	 * the one who answers holds an office; else no one can tell, and
	 * the initials stand */
	if ((sp = by_initials(p->known, ini, verb == VERB_ANSWER ||
	    verb == VERB_SAY, &many)) == NULL && !many)
		sp = by_initials(p->rec, ini, 0, &many);
	/* initials no list gives: only asking or answering, and not an
	 * acronym ("TII replied to ...", "HAP is ...") */
	if (sp == NULL) {
		if (verb != VERB_ASK && (verb != VERB_ANSWER ||
		    p->pending_q < 0))
			return 0;
		for (i = 0; i < p->rec->nacronyms; i++)
			if (strcmp(p->rec->acronyms[i].abbr, ini) == 0)
				return 0;
	}
	memset(&who, 0, sizeof who);
	if (sp != NULL) {
		who.name = xstrdup(sp->name);
		who.key = xstrdup(sp->key);
		who.role = sp->role != NULL ? xstrdup(sp->role) : NULL;
	} else {
		struct buf b = BUF_INIT;

		who.name = xstrdup(ini);
		text_lower(ini, k, &b);
		who.key = buf_steal(&b);
	}
	who.named = 1;
	if (verb == VERB_ASK)
		p->pending_q = sec_open(p, SEC_QUESTION, u->a, u->b, &who);
	else
		reply_or_say(p, u, &who, p->pending_q >= 0 &&
		    (verb == VERB_ANSWER || verb == VERB_SAY));
	rd_person_clear(&who);
	return 1;
}

/* ---- The walk ---- */

static void
discussion(struct parse *p, const struct unit *u)
{
	const struct rec_section *c = p->cur >= 0 ?
	    &p->rec->sections[p->cur] : NULL;

	if (c != NULL && c->type == SEC_DISCUSSION && c->speaker == NULL)
		sec_extend(p, u->b);
	/* "Councillor Lomax asked the Cabinet Member:" / "How many ...?":
	 * the question, below what leads in to it */
	else if (c != NULL && c->type == SEC_QUESTION &&
	    ends_with_colon(p->t, c->start, c->end) &&
	    (rd_find(p->t + c->start, c->end - c->start, " asked ") !=
	    (size_t)-1 || rd_find(p->t + c->start, c->end - c->start,
	    "question") != (size_t)-1))
		sec_extend(p, u->b);
	else
		sec_open(p, SEC_DISCUSSION, u->a, u->b, NULL);
}

/*
 * 1 if section r is a motion moved by no one named: "It was moved and
 * seconded that the application be refused" (its words from "that").
 */
static int
moved_unnamed(const struct parse *p, const struct rec_section *r)
{
	size_t a = r->start > 40 ? r->start - 40 : 0;

	return (size_t)(r - p->rec->sections) >= p->first &&
	    r->start > a && rd_find(p->t + a, r->start - a,
	    "moved and seconded") != (size_t)-1;
}

/* 1 if s[0..n) is a result in capitals alone, perhaps with its tally:
 * "LOST 3/8", "CARRIED". */
static int
bare_result(const char *s, size_t n)
{
	return n >= 4 && n < 30 && (strncmp(s, "LOST", 4) == 0 ||
	    strncmp(s, "CARRIED", 7) == 0 || strncmp(s, "DEFEATED", 8) == 0);
}

/*
 * The last motion of the item (a resolution with a proposer or seconder,
 * perhaps followed by the rest of its points), if no more than after
 * other sections came after it; else -1.
 */
static int
last_motion_after(const struct parse *p, size_t after)
{
	const struct record *r = p->rec;
	size_t j = r->nsections;

	while (after-- > 0 && j > 0 && r->sections[j - 1].type !=
	    SEC_RESOLUTION)
		j--;
	while (j-- > 0 && r->sections[j].type == SEC_RESOLUTION &&
	    r->nsections - j <= 30)
		if (r->sections[j].proposer != NULL ||
		    r->sections[j].seconder != NULL ||
		    moved_unnamed(p, &r->sections[j]))
			return (int)j;
	return -1;
}

static int
last_motion(const struct parse *p)
{
	return last_motion_after(p, 1);
}

/* 1 if s records an amendment lost: "On the amendment being put to the
 * vote there voted For 5, Against 8, and it was declared lost." */
static int
amendment_lost(const char *s, size_t n)
{
	const char *outcome;
	size_t at = rd_find(s, n < 60 ? n : 60, "amendment");

	return at != (size_t)-1 && vote_result(s, n, &outcome) &&
	    outcome != NULL && strcmp(outcome, "lost") == 0;
}

/* Bytes of a result's label opening s, "VOTE:", "RESULT:", "Outcome:",
 * Dublin's "Order:"; else 0. */
static size_t
result_label(const char *s, size_t n)
{
	static const char *const labels[] = {
		"vote:", "result:", "outcome:", "order:",
	};
	size_t i, k;

	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if ((k = rd_prefix(s, n, labels[i])) != 0)
			return k;
	return 0;
}

/*
 * 1 if s[0..n) is a sentence whose subject is the motion without "the":
 * "MOTION PUT AND DEFEATED.", "Motion carried unanimously."
 */
static int
motion_result(const char *s, size_t n)
{
	const char *outcome;

	return n < 80 && (rd_prefix(s, n, "motion ") ||
	    rd_prefix(s, n, "amendment ")) && vote_result(s, n, &outcome);
}

/* 1 if s names what was voted on: "The motion was therefore LOST", "The
 * Cathaoirleach declared the amendment lost.", "Order: Motion lost." */
static int
names_motion(const char *s, size_t n)
{
	static const char *const what[] = {
		"the motion ", "the amendment ", "the proposal ",
	};
	size_t i, at;

	for (i = 0; i < sizeof what / sizeof what[0]; i++)
		if ((at = rd_find(s, n, what[i])) != (size_t)-1 && at <= 40)
			return 1;
	if ((at = result_label(s, n)) == 0)
		return 0;
	at = rd_skip_spaces(s, n, at);
	return rd_prefix(s + at, n - at, "motion ") ||
	    rd_prefix(s + at, n - at, "amendment ");
}

/*
 * A vote's result a few words on: "was therefore LOST", "was accordingly
 * carried", "was put to the meeting and declared carried": 1 carried, 2
 * lost, else 0.
 */
static int
declared(const char *s, size_t n)
{
	static const char *const adverbs[] = {
		"therefore ", "accordingly ", "then ", "duly ",
		"declared to be ", "declared ", "subsequently ", "unanimously ",
	};
	size_t at, k, i;

	for (at = 0; at < n && at <= 40; at++) {
		if ((k = rd_prefix(s + at, n - at, " was ")) == 0 &&
		    (k = rd_prefix(s + at, n - at, " declared to be ")) == 0 &&
		    (k = rd_prefix(s + at, n - at, " declared ")) == 0)
			continue;
		k += at;
		for (i = 0; i < sizeof adverbs / sizeof adverbs[0]; i++)
			if (rd_prefix(s + k, n - k, adverbs[i])) {
				k += strlen(adverbs[i]);
				i = (size_t)-1;
			}
		if (rd_prefix(s + k, n - k, "lost") ||
		    rd_prefix(s + k, n - k, "defeated") ||
		    rd_prefix(s + k, n - k, "negatived") ||
		    rd_prefix(s + k, n - k, "not carried"))
			return 2;
		if (rd_prefix(s + k, n - k, "carried") ||
		    rd_prefix(s + k, n - k, "passed"))
			return 1;
	}
	return 0;
}

/* 1 if s ends leading into the decision below: "..., and it was". */
static int
leads_into(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' ||
	    s[n - 1] == ':' || s[n - 1] == '-'))
		n--;
	return n > 11 && rd_prefix(s + n - 11, 11, " and it was") == 11;
}

/*
 * 1 if unit i is "RESOLVED" alone and the next begins the decision
 * ("That ..."): a marker, not the vote on a motion before it.
 */
static int
decision_next(const struct parse *p, size_t i)
{
	const struct unit *u = &p->u[i];
	const char *s = p->t + u->a;
	size_t n = u->b - u->a;
	struct label lab;

	while (n > 0 && (s[n - 1] == ':' || s[n - 1] == ' ' ||
	    s[n - 1] == '-'))
		n--;
	/* "RESOLVED (For: 6   Against: 4   Abstentions: 1)", also with
	 * the vote on a line of its own: "RESOLVED" / "(unanimously)" */
	if (n > 10 && s[n - 1] == ')' && rd_isspace((unsigned char)s[8])) {
		size_t b = rd_skip_spaces(s, n, 8);

		if (b < n && s[b] == '(' && memchr(s + b + 1, '(',
		    n - b - 1) == NULL)
			n = 8;
	}
	if (n != 8 || !rd_prefix(s, n, "resolved") || i + 1 >= p->nu)
		return 0;
	s = p->t + u[1].a;
	n = u[1].b - u[1].a;
	/* "(a) That the budget be approved.": its points */
	if ((u[1].para || u[1].line) && label_at(s, n, 0, 0, &lab) &&
	    lab.len < n)
		return 1;
	return rd_prefix(s, n, "that ") || s[0] == '"';
}

/*
 * 1 if the pending proposal moves "the recommendations" and the unit
 * after unit i is their decision ("RECOMMENDED to Cabinet that:"): the
 * vote at i is the decision's, which takes the movers.
 */
static int
recommendations_then_decision(const struct parse *p, size_t i)
{
	const char *s = p->t + p->prop_a;
	size_t n = p->prop_b - p->prop_a, at, len;

	if (!p->have_prop || i + 1 >= p->nu || (at = rd_find(s, n,
	    "the recommendation")) == (size_t)-1 || rd_find(s + at, n - at,
	    " that ") != (size_t)-1)
		return 0;
	return marker_at(p->t + p->u[i + 1].a, p->u[i + 1].b - p->u[i + 1].a,
	    &len) != 0;
}


/*
 * 1 if the last sentence of section d records something done: "... was
 * accepted.", "... were received and accepted from Mrs Day.", "... was
 * approved."
 */
static const char *const noted_done[] = {
	" approved", " accepted", " agreed", " adopted", " ratified",
	" endorsed",
};

static int
decided_before(const struct parse *p, const struct rec_section *d)
{
	static const char *const done[] = {
		" was accepted", " were accepted", " was approved",
		" were approved", " was adopted", " were adopted",
		" and accepted", " was agreed", " were agreed",
		" was confirmed", " were confirmed", " was endorsed",
		" were endorsed", " was ratified", " were ratified",
		" were taken as read", " was signed", " were signed",
	};
	const char *t = p->t + d->start;
	size_t n = d->end - d->start, a = n, i, k;

	while (a > 0 && (t[a - 1] == ' ' || t[a - 1] == '\n' ||
	    t[a - 1] == '.'))
		a--;
	/* back to the sentence's start: not the dot of "£298.40", nor a
	 * line's end that wraps the sentence ("... from Cllr" / "Young
	 * (illness).") */
	for (;;) {
		while (a > 0 && t[a - 1] != '\n' && (t[a - 1] != '.' ||
		    rd_isdigit((unsigned char)t[a])))
			a--;
		if (a < 2 || t[a - 1] != '\n' ||
		    !(rd_isalpha((unsigned char)t[a - 2]) || t[a - 2] == ','))
			break;
		a--;
	}
	for (i = 0; i < sizeof done / sizeof done[0]; i++)
		if (rd_find(t + a, n - a, done[i]) != (size_t)-1)
			return 1;
	/* "Payments approved - ...", "quote from Playsafe Ltd accepted.":
	 * a parish's short notes of what it decided */
	for (i = 0; i < sizeof noted_done / sizeof noted_done[0]; i++) {
		size_t at = rd_find(t + a, n - a, noted_done[i]), e;

		/* "Approved and signed as a true record." */
		e = rd_skip_spaces(t, n, a);
		if (at == (size_t)-1 && (k = rd_prefix(t + e, n - e,
		    noted_done[i] + 1)) != 0 && (e + k >= n ||
		    !rd_isalpha((unsigned char)t[e + k])))
			return 1;
		if (at == (size_t)-1)
			continue;
		e = a + at + strlen(noted_done[i]);
		if (e >= n || !rd_isalpha((unsigned char)t[e]))
			return 1;
	}
	/* "ACTION: Approved Items 3.a through 3.d." (American action
	 * minutes), the last line; not "ACTION: Clerk to write" */
	while (a > 0 && t[a - 1] != '\n')
		a--;
	a = rd_skip_spaces(t, n, a);
	if ((i = rd_prefix(t + a, n - a, "action:")) != 0) {
		size_t w;

		a = rd_skip_spaces(t, n, a + i);
		for (w = a; w < n && rd_isalpha((unsigned char)t[w]); w++)
			;
		return w - a > 4 && rd_prefix(t + w - 2, 2, "ed");
	}
	return 0;
}

/*
 * "Proposed: Cllr X  Seconded: Cllr Y" under a decision: the movers of
 * its points, the last ones no one moved, back to the last other
 * section; a vote's outcome (or NULL) decides them.
 */
static void
movers_of_points(struct parse *p, const char *outcome)
{
	struct record *r = p->rec;
	size_t j = r->nsections;

	while (j > 0 && r->sections[j - 1].type == SEC_RESOLUTION &&
	    r->sections[j - 1].proposer == NULL &&
	    r->sections[j - 1].seconder == NULL)
		j--;
	for (; j < r->nsections; j++) {
		struct rec_section *m = &r->sections[j];

		m->proposer = xstrdup(p->proposer);
		m->seconder = xstrdup(p->seconder);
		if (outcome != NULL) {
			free(m->outcome);
			m->outcome = xstrdup(outcome);
		}
	}
	free(p->proposer);
	free(p->seconder);
	p->proposer = p->seconder = NULL;
}

static const char *const moving_words[] = {
	"motion", "amendment", "propos", "moved", "resolution", "resolved",
	"recommend",
};

/*
 * 1 if the last section is quoted words that closed before offset a:
 * "... for councils."" / "The motion was seconded by ..." is a sentence
 * of its own, not more of the motion.
 */
static int
quoted_before(const struct parse *p, size_t a)
{
	const struct rec_section *r = &p->rec->sections[p->rec->nsections - 1];
	size_t e = r->end;

	if (e > a || e == 0)
		return 0;
	while (e < a && (p->t[e] == '"' || rd_isspace((unsigned char)p->t[e])))
		e++;
	return e == a && (p->t[r->end - 1] == '"' || (r->end < a &&
	    p->t[r->end] == '"'));
}

/*
 * 1 if s names the seconder of the last section, a motion whose mover
 * is known and seconder not: "The motion was seconded by Councillor
 * Quigley."  Sets it.  2 when s is the seconder's own sentence,
 * "Councillor Brown seconded the motion.", read on as what they said.
 */
static int
seconded_last(struct parse *p, const char *s, size_t n)
{
	static const char *const heads[] = {
		"the motion was seconded by ", "the proposal was seconded by ",
		"the amendment was seconded by ",
		"this was seconded by ",
		"it was seconded by ",
	};
	struct rec_section *r = &p->rec->sections[p->rec->nsections - 1];
	size_t i, k = 0, used = 0;
	char *name;

	if (r->type != SEC_RESOLUTION || r->proposer == NULL ||
	    r->seconder != NULL)
		return 0;
	for (i = 0; i < sizeof heads / sizeof heads[0] && k == 0; i++)
		k = rd_prefix(s, n, heads[i]);
	/* "Councillor Brown seconded the motion.": a sentence of its
	 * own, kept out of the motion's words */
	if (k == 0 && n < 80 && (name = seconder_at(s, n)) != NULL) {
		r->seconder = name;
		return 2;
	}
	/* "Councillor Robson spoke in support of his Motion, which was
	 * seconded by Councillor Small.": its mover's words, read on */
	if (k == 0 && n < 240 && (i = rd_find(s, n, ", which was seconded "
	    "by ")) != (size_t)-1 && (rd_find(s, i, " his motion") !=
	    (size_t)-1 || rd_find(s, i, " her motion") != (size_t)-1 ||
	    rd_find(s, i, " their motion") != (size_t)-1) &&
	    (name = person_name(s, i, NULL)) != NULL) {
		int same = strcmp(name, r->proposer) == 0;

		free(name);
		if (!same || (name = person_name(s + i + 24, n - i - 24,
		    NULL)) == NULL)
			return 0;
		r->seconder = name;
		return 2;
	}
	if (k == 0 || (name = person_name(s + k, n - k, &used)) == NULL)
		return 0;
	/* the sentence ends with the name */
	k = rd_skip_spaces(s, n, k + used);
	if (k < n && !(s[k] == '.' && rd_skip_spaces(s, n, k + 1) == n)) {
		free(name);
		return 0;
	}
	r->seconder = name;
	return 1;
}

/*
 * 1 if unit i goes on with the open section as the points or quoted
 * words its lead-in announced: "In response to questions, officers
 * advised:" over bullets, "The Leader responded as follows:" over the
 * reply in quotes.  Not a point that names who speaks in it.
 */
static int
list_goes_on(const struct parse *p, size_t i)
{
	const struct unit *u = &p->u[i];
	const char *s = p->t + u->a;
	size_t n = u->b - u->a, k;
	const struct rec_section *sec;
	struct label lab;
	struct rd_person who;
	int verb, named;

	if (p->cur < 0 || i == 0 || p->in_res || p->res_await ||
	    p->have_prop || (!u->line && !u->para))
		return 0;
	sec = &p->rec->sections[p->cur];
	if (sec->type == SEC_RESOLUTION || sec->type == SEC_AGENDA)
		return 0;
	if (p->listing != p->cur && (sec->end != u[-1].b ||
	    !ends_with_colon(p->t, u[-1].a, u[-1].b)))
		return 0;
	/* "... proposed the following amendment:": the motion's words
	 * are read as a motion */
	if (p->listing != p->cur && rd_find_any(p->t + u[-1].a,
	    u[-1].b - u[-1].a, moving_words, sizeof moving_words /
	    sizeof moving_words[0]))
		return 0;
	/* not the next question: "2. Question from Ms X" */
	if (question_label(s, n, &who, &k)) {
		rd_person_clear(&who);
		return 0;
	}
	/* bullets; numbered or lettered points under a reply's lead-in
	 * ("the Committee was informed that:" / "(i) ...") */
	if (label_at(s, n, 0, 0, &lab) && (lab.kind == LK_BULLET ||
	    sec->type == SEC_ANSWER)) {
		s += lab.len;
		n -= lab.len;
	} else if (!(u->para && (rd_prefix(s, n, "\"") ||
	    rd_prefix(s, n, "\xe2\x80\x9c"))))
		return 0;
	/* "advised that:" / "· the Lead Local Flood Authority had raised
	 * no objection": a point that goes on the reply's sentence */
	if (sec->type == SEC_ANSWER && n > 0 && rd_islower((unsigned char)
	    s[0]))
		return 1;
	/* "Councillor Sood asked ...", "Verges - Ms Morgan advised ...",
	 * "Q - Councillor Gill asked ..." */
	for (k = 0; k < n && k < 80; k++) {
		if ((k > 0 && s[k - 1] != ' ') || !rd_isalpha((unsigned char)
		    s[k]) || !rd_person_at(s + k, n - k, &who))
			continue;
		named = (who.named || who.kind != RD_UNKNOWN ||
		    who.title != NULL || who.role != NULL) &&
		    rd_verb_at(s + k + who.len, n - k - who.len, &verb) > 0 &&
		    verb != VERB_PROCEDURAL;
		rd_person_clear(&who);
		if (named)
			return 0;
	}
	return 1;
}

/*
 * 1 if s[0..n) is a vote given as counts alone: "4 for, 1 abstention",
 * "For 6, Against 2", "7 in favour and 3 against".  *outcome is "lost"
 * when the motion had no more votes for than against, else NULL.
 */
static int
tally(const char *s, size_t n, const char **outcome)
{
	static const struct {
		const char *word;
		int side;	/* 1 for, 2 against, 3 abstaining, 0 none */
	} words[] = {
		{ "in favour", 1 }, { "in favor", 1 }, { "for", 1 },
		{ "against", 2 }, { "abstentions", 3 }, { "abstention", 3 },
		{ "abstained", 3 }, { "abstaining", 3 }, { "and", 0 },
		{ "with", 0 }, { "votes", 0 }, { "vote", 0 },
	};
	long count[4] = { -1, -1, -1, -1 }, num = -1;
	size_t i = 0, j, k;
	int side, first_num = -1, pending = 0;

	while (i < n) {
		if (s[i] == ' ' || s[i] == ',' || s[i] == ';' ||
		    s[i] == '\n') {
			i++;
			continue;
		}
		if (rd_isdigit((unsigned char)s[i])) {
			for (num = 0; i < n && rd_isdigit((unsigned char)s[i]);
			    i++)
				num = num * 10 + (s[i] - '0');
			if (first_num < 0)
				first_num = 1;
			if (pending > 0) {
				/* "For 6" */
				count[pending] = num;
				pending = 0;
				num = -1;
			}
			continue;
		}
		for (j = 0; j < sizeof words / sizeof words[0]; j++) {
			k = rd_prefix(s + i, n - i, words[j].word);
			if (k > 0 && (i + k == n ||
			    !rd_isalpha((unsigned char)s[i + k])))
				break;
		}
		if (j == sizeof words / sizeof words[0])
			return 0;
		if (first_num < 0)
			first_num = 0;
		side = words[j].side;
		i += k;
		if (side == 0)
			continue;
		if (first_num == 1) {
			/* "4 for" */
			if (num < 0)
				return 0;
			count[side] = num;
			num = -1;
		} else
			pending = side;
	}
	if (count[1] < 0 || (count[2] < 0 && count[3] < 0) || pending ||
	    num >= 0)
		return 0;
	*outcome = count[1] > (count[2] < 0 ? 0 : count[2]) ? NULL : "lost";
	return 1;
}

/* 1 if s[0..n) ends with the words w, any case, a word of their own. */
static int
ends_in_words(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);

	return k <= n && rd_prefix(s + n - k, k, w) == k && (k == n ||
	    s[n - k - 1] == ' ');
}

static int vote_result_in(const char *s, size_t n, const char **outcome);

/*
 * Where the result starts after clauses that say how the vote was taken,
 * or 0: "Upon a vote being taken, with 6 votes in favour and 9 against,
 * the motion was lost.", "Upon being submitted to the Chamber, the
 * motion was declared lost on the voices."
 */
static size_t
vote_leads(const char *s, size_t n)
{
	static const char *const opens[] = {
		"upon ", "on ", "following ", "after ", "with ", "when ",
		"having ",
	};
	static const char *const about[] = {
		"vote", "put ", "put,", "submitted", "show of hands",
		"division", "in favour", "roll call", "poll",
	};
	size_t i, m = 0, c, k;

	for (i = 0; i < sizeof opens / sizeof opens[0]; i++)
		if (rd_prefix(s, n, opens[i]))
			break;
	if (i == sizeof opens / sizeof opens[0])
		return 0;
	for (k = 0; k < 3; k++) {
		const char *comma = memchr(s + m, ',', n - m < 120 ? n - m :
		    120);

		if (comma == NULL)
			break;
		c = (size_t)(comma - s);
		for (i = 0; i < sizeof about / sizeof about[0]; i++)
			if (rd_find(s + m, c - m, about[i]) != (size_t)-1)
				break;
		if (i == sizeof about / sizeof about[0])
			break;
		m = rd_skip_spaces(s, n, c + 1);
	}
	return m < n ? m : 0;
}

/*
 * Where a vote's sentence ends on its result, or 0: "Following debate, a
 * vote was taken (16 voted in favour, 30 voted against) and the motion
 * was DEFEATED." gives "the motion was DEFEATED."
 */
static size_t
vote_tail(const char *s, size_t n)
{
	static const char *const tails[] = {
		" and the motion was ", " and the amendment was ",
		" and the proposal was ", " and the recommendation was ",
		" and the recommendations were ", ", the motion was ",
		", the amendment was ", ", the proposal was ",
		/* "The Chairman took Members to a vote on the motion, which
		 * was lost with 11 in favour, 26 against ..." */
		" the motion, which was ", " the amendment, which was ",
	};
	size_t i, at, best = 0;

	if (n > 400 || (rd_find(s, n, "vote") == (size_t)-1 &&
	    rd_find(s, n, "put to") == (size_t)-1 &&
	    rd_find(s, n, "division") == (size_t)-1 &&
	    rd_find(s, n, "show of hands") == (size_t)-1))
		return 0;
	/* (a motion moved in the same sentence is read as a proposal) */
	if (rd_find(s, n, "moved") != (size_t)-1 || rd_find(s, n,
	    "seconded") != (size_t)-1 || rd_find(s, n, "proposed") !=
	    (size_t)-1)
		return 0;
	for (i = 0; i < sizeof tails / sizeof tails[0]; i++)
		if ((at = rd_find(s, n, tails[i])) != (size_t)-1 &&
		    at + 1 > best)
			best = at + 1;
	if (best == 0)
		return 0;
	/* past "and " or ", ": "the motion was ..." */
	while (best < n && s[best] != ' ')
		best++;
	best = rd_skip_spaces(s, n, best);
	/* the result and little else after it (a tally perhaps) */
	return n - best < 90 ? best : 0;
}

/*
 * 1 if the vote's sentence s ends on the motion's result: "Following
 * debate, a vote was taken (...) and the motion was DEFEATED."
 */
static int
tail_names_motion(const char *s, size_t n)
{
	size_t m = vote_tail(s, n);

	return m != 0 && names_motion(s + m, n - m);
}

/*
 * 1 if s reports the vote on a motion just recorded: "The motion was
 * LOST.", "The proposal therefore fell." (*outcome "lost"), "The
 * motion was carried.", or a bare "Resolved.", "Carried unanimously."
 * (*outcome NULL: as its words say).  A sentence a blank line parted
 * ("... put to the vote and it was" / "UNANIMOUSLY RESOLVED ...") is
 * read again as one line.
 */
static int
vote_result(const char *s, size_t n, const char **outcome)
{
	char flat[320];
	size_t i, m = 0;

	if (vote_result_in(s, n, outcome))
		return 1;
	/* (also "The amendment was          Lost", its result at the
	 * margin) */
	if (n >= sizeof flat || (memchr(s, '\n', n) == NULL && rd_find(s, n,
	    "   ") == (size_t)-1))
		return 0;
	for (i = 0; i < n; i++) {
		if (rd_isspace((unsigned char)s[i])) {
			if (m > 0 && flat[m - 1] != ' ')
				flat[m++] = ' ';
		} else
			flat[m++] = s[i];
	}
	/* (not who withdrew what: "Councillor O'Brien then withdrew his"
	 * / "proposal." speaks of his own) */
	if (vote_result_in(flat, m, outcome) && (*outcome == NULL ||
	    strcmp(*outcome, "withdrawn") != 0))
		return 1;
	*outcome = NULL;
	return 0;
}

static int
vote_result_in(const char *s, size_t n, const char **outcome)
{
	static const char *const bare[] = {
		"resolved", "resolved unanimously", "unanimously resolved",
		"adopted", "approved", "unanimous",
		"carried", "carried unanimously", "agreed",
		"agreed unanimously", "motion carried", "all in favour",
		"all agreed", "carried nem con", "agreed nem con",
		"motion passed", "motion adopted", "passed",
		"the motion carried", "the motion passed",
		"the motion carried unanimously", "the motion passed "
		"unanimously", "motion carried unanimously",
		"motion passed unanimously", "motion carries", "so voted",
		"final resolution: motion carries",
		"motion adopted unanimously",
		/* "RESOLVED accordingly." under a proposal */
		"resolved accordingly", "agreed accordingly",
	};
	static const char *const bare_lost[] = {
		"lost", "motion lost", "defeated", "not carried", "fell",
		"negatived", "motion negatived",
		"amendment lost", "amendment defeated", "motion failed",
		"motion defeated", "failed", "this was not seconded",
		"the motion was not seconded", "the proposal was not seconded",
		"there was no seconder", "there being no seconder, the motion "
		"fell", "the motion fell for want of a seconder",
		"the motion was not seconded and fell", "the motion failed",
		"the motion was not seconded and therefore fell",
		"the motion was not seconded and so fell",
		"the amendment was not seconded and fell",
		"the amendment was not seconded and therefore fell",
		"the proposal was not seconded and therefore fell",
		"the amendment was not seconded",
		"motion fails", "final resolution: motion fails",
	};
	static const char *const subjects[] = {
		"motion", "proposal", "amendment", "recommendation", "this",
		/* "The division was declared LOST by 7 votes to 13." */
		"division",
	};
	/* "Members unanimously agreed the proposal." */
	static const char *const agreed_it[] = {
		"agreed the proposal", "agreed the motion",
		"agreed the amendment", "supported the motion",
		"supported the proposal", "approved the proposal",
		"adopted the motion", "endorsed the proposal",
		"agreed to the proposal", "agreed to the motion",
	};
	static const char *const refused_it[] = {
		"rejected the motion", "rejected the proposal",
		"rejected the amendment", "did not support the motion",
		"did not agree the proposal", "did not support the proposal",
	};
	static const char *const lost[] = {
		"was lost", "was defeated", "was not carried", "was rejected",
		"were lost", "were defeated", "were not carried",
		/* "The motion was put to the vote and lost." */
		"vote and lost", "vote and defeated", "vote and rejected",
		"put and lost", "put and defeated",
		/* the House of Commons' word, and many councils' */
		"was negatived", "were negatived",
		"fell", "falls", "failed", "died",
		"failed by the following vote",
		/* "the amendment was unsuccessful by 3 votes to 6" */
		"was unsuccessful",
	};
	/* "declared the Motion defeated", "was therefore not approved";
	 * not "the proposal to defer the item defeated" */
	static const char *const lost_near[] = {
		"defeated", "not approved", "not agreed", "not adopted",
		"not passed", "lost", "fallen", "negatived",
	};
	static const char *const won[] = {
		"was carried", "was passed", "was agreed", "put and carried",
		"put and was carried", "put and agreed", "unanimously agreed",
		"unanimously carried", "unanimously adopted", "was adopted",
		"and was agreed", "and was carried", "and carried",
		"to the members and agreed", "to the meeting and agreed",
		/* Legistar: "The motion carried by the following vote:" */
		"carried by the following vote", "passed by the following vote",
		"was adopted by the following vote",
		"and passed", "and was passed", "and adopted",
		/* "the recommendations were CARRIED (5 votes for, 2
		 * against)" */
		"were carried", "were agreed", "were passed",
		/* "... put to the vote and it was" / "UNANIMOUSLY RESOLVED
		 * that the motion be supported." */
		"and it was unanimously resolved", "and it was resolved",
		"and it was unanimously agreed", "and it was agreed",
		/* "Following a vote, the motion was successful by 6 votes
		 * to 3 and it was agreed accordingly." (West Lothian) */
		"was successful",
	};
	/* "Having received a majority of votes, the motion was carried." */
	static const char *const leads[] = {
		"having received a majority of votes, ",
		"having received the majority of votes, ",
		"following a vote, ", "following the vote, ",
		"following a roll call vote, ", "following a recorded vote, ",
		"on a vote being taken, ", "after a vote, ",
	};
	size_t i, j, at = 0, m;
	int sep, put;

	*outcome = NULL;
	for (i = 0; i < sizeof leads / sizeof leads[0]; i++)
		if ((m = rd_prefix(s, n, leads[i])) != 0)
			return vote_result_in(s + m, n - m, outcome);
	if ((m = vote_leads(s, n)) != 0 &&
	    vote_result_in(s + m, n - m, outcome))
		return 1;
	if ((m = vote_tail(s, n)) != 0 &&
	    vote_result_in(s + m, n - m, outcome))
		return 1;
	*outcome = NULL;
	/* "By way of Microsoft Forms and verbal confirmation (and in
	 * noting there were 5 For, 7 Against and 0 Abstentions) this was
	 * not agreed by the majority present." (Caerphilly) */
	if (n < 300 && (at = rd_find(s, n, " agreed by the majority")) !=
	    (size_t)-1 && at + 23 + 10 >= n) {
		if (at >= 4 && rd_prefix(s + at - 4, 4, " not") == 4)
			*outcome = "lost";
		return 1;
	}
	/* "Lost on a division of 3 yeas to 8 nays, as follows:",
	 * "Carried on a division of 9 yeas to 2 nays", as Ottawa records
	 * a recorded vote */
	if (n < 200 && (rd_prefix(s, n, "lost on a division") ||
	    rd_prefix(s, n, "defeated on a division") ||
	    rd_prefix(s, n, "lost on division"))) {
		*outcome = "lost";
		return 1;
	}
	if (n < 200 && (rd_prefix(s, n, "carried on a division") ||
	    rd_prefix(s, n, "carried on division")))
		return 1;
	/* "CARRIED                     C24/201": the minute's number at
	 * the margin */
	for (m = n; m > 0 && s[m - 1] != ' '; m--)
		;
	if (m > 4 && m < n && n - m < 20 && memcmp(s + m - 3, "   ", 3) == 0 &&
	    strcspn(s + m, "0123456789") < n - m && rd_isupper((unsigned char)
	    s[m])) {
		for (n = m; n > 0 && s[n - 1] == ' '; n--)
			;
	}
	/* "The Chairman exercised his casting vote against the motion",
	 * "the Convener used her casting vote in favour of the motion" */
	if (n < 400 && (at = rd_find(s, n, "casting vote")) != (size_t)-1) {
		at += 12;
		if (rd_prefix(s + at, n - at, " against")) {
			*outcome = "lost";
			return 1;
		}
		if (rd_prefix(s + at, n - at, " in favour") ||
		    rd_prefix(s + at, n - at, " for "))
			return 1;
	}
	/* "VOTE: Motion carried 5-0.", "RESULT: | ADOPTED [3 TO 2]",
	 * Dublin's "Order: Motion lost." */
	if ((at = result_label(s, n)) == 0 &&
	    (at = rd_prefix(s, n, "vote ")) != 0 && (at >= n ||
	    !rd_isdigit((unsigned char)s[at])))
		at = 0;		/* "Vote 5-0", not "Vote taken ..." */
	if (at != 0) {
		while (at < n && (s[at] == ' ' || s[at] == '|'))
			at++;
		s += at;
		n -= at;
		/* eSCRIBE (Ontario): "Result: MOTION, CARRIED by a vote of
		 * 15 to 0, as follows:", "MOTION, DEFEATED by ...",
		 * "AMENDMENT, CARRIED ..." */
		for (i = 0; i < 2; i++) {
			static const char *const what[] = {
				"motion, ", "amendment, ",
			};

			if ((m = rd_prefix(s, n, what[i])) == 0)
				continue;
			if (rd_prefix(s + m, n - m, "carried"))
				return 1;
			if (rd_prefix(s + m, n - m, "defeated") ||
			    rd_prefix(s + m, n - m, "lost") ||
			    rd_prefix(s + m, n - m, "failed")) {
				*outcome = "lost";
				return 1;
			}
		}
	}
	m = n;
	while (m > 0 && (s[m - 1] == '.' || s[m - 1] == ' '))
		m--;
	/* "Vote: 5-0", "VOTE: 4-1-1": the counts alone, under the label */
	if (at > 0 && m > 0 && rd_isdigit((unsigned char)s[0])) {
		long v[2] = { 0, 0 };
		size_t c = 0;

		for (i = 0; i < m && c < 2; i++) {
			if (rd_isdigit((unsigned char)s[i]))
				v[c] = v[c] * 10 + (s[i] - '0');
			else if (s[i] == '-' || s[i] == '/')
				c++;
			else
				break;
		}
		if (c >= 1 && (i == m || s[i] == '-' || s[i] == '/' ||
		    rd_isdigit((unsigned char)s[i]))) {
			*outcome = v[0] > v[1] ? NULL : "lost";
			return 1;
		}
	}
	/* "ADOPTED [3 TO 2]" */
	if (m > 0 && s[m - 1] == ']') {
		at = m - 1;
		while (at > 0 && s[at] != '[')
			at--;
		if (s[at] == '[' && at > 0 && m - at < 16) {
			m = at;
			while (m > 0 && s[m - 1] == ' ')
				m--;
		}
	}
	/* "Motion carried 3-2 (Ayes: ...; Noes: ...)", "carried 5-0 (Cllr
	 * X did not vote)", "LOST" / "(Councillors Ames and Bell
	 * opposed)": who voted how, after the result */
	if (m > 0 && s[m - 1] == ')') {
		size_t o = m - 1;

		while (o > 0 && s[o] != '(')
			o--;
		if (s[o] == '(' && o > 0 && m - o > 6 && (rd_find(s + o, m - o,
		    "ayes") != (size_t)-1 || rd_find(s + o, m - o, "for") !=
		    (size_t)-1 || rd_find(s + o, m - o, "vote") != (size_t)-1 ||
		    rd_find(s + o, m - o, "abstain") != (size_t)-1 ||
		    rd_find(s + o, m - o, "unanim") != (size_t)-1 ||
		    ends_in_words(s + o, m - o - 1, "opposed") ||
		    ends_in_words(s + o, m - o - 1, "against"))) {
			m = o;
			while (m > 0 && (s[m - 1] == ' ' || s[m - 1] == '\n'))
				m--;
		}
	}
	/* "DEFEATED" / "Opposed: Mayor Fairweather, Councillors Ng ...":
	 * who voted how, on the lines under the result */
	{
		const char *nl = memchr(s, '\n', m);
		size_t b = nl != NULL ? (size_t)(nl - s) : m;

		/* (not "For 2" / "Against 4", the counts themselves) */
		if (b < m && b < 40 && strcspn(s, "0123456789") >= b &&
		    (rd_prefix(s + b + 1, m - b - 1, "opposed") ||
		    rd_prefix(s + b + 1, m - b - 1, "against") ||
		    rd_prefix(s + b + 1, m - b - 1, "in favour") ||
		    rd_prefix(s + b + 1, m - b - 1, "absent")))
			for (m = b; m > 0 && (s[m - 1] == ' ' ||
			    s[m - 1] == '.'); m--)
				;
	}
	/* "Motion carried 4-1, Councilmember Ortiz voting no": who
	 * dissented, after a comma ("carried by 2 votes to 1, with 1
	 * abstention") */
	for (j = 0; j < m && s[j] != ',' && s[j] != ';'; j++)
		;
	if (j < m && j < 40 && (rd_find(s + j, m - j, " voting ") !=
	    (size_t)-1 || rd_find(s + j, m - j, " opposed") != (size_t)-1 ||
	    rd_find(s + j, m - j, " dissent") != (size_t)-1 ||
	    rd_find(s + j, m - j, " abstain") != (size_t)-1 ||
	    (rd_find(s + j, m - j, " abstention") != (size_t)-1 &&
	    rd_find(s + j, m - j, " with ") != (size_t)-1) ||
	    rd_find(s + j, m - j, " absent") != (size_t)-1 ||
	    rd_find(s + j, m - j, " recused") != (size_t)-1))
		m = j;
	/* "Motion carried 5-0.", "LOST (3-4)", "CARRIED 7/0", "Defeated
	 * (2 to 4)": the tally */
	j = m;
	if (j > 0 && s[j - 1] == ')')
		j--;
	at = j;
	while (j > 0 && rd_isdigit((unsigned char)s[j - 1]))
		j--;
	sep = 0;
	/* "by 3 votes to 1", "3 to 1", "4 - 1", "4 – 1", "5:0" */
	if (j < at && j > 9 && rd_prefix(s + j - 10, 10, " votes to ") ==
	    10) {
		j -= 10;
		sep = 1;
	} else if (j < at && j > 3 && rd_prefix(s + j - 4, 4, " to ") == 4) {
		j -= 4;
		sep = 1;
	} else if (j < at && j > 4 && memcmp(s + j - 5, " \xe2\x80\x93 ",
	    5) == 0) {
		j -= 5;
		sep = 1;
	} else if (j < at && j > 2 && memcmp(s + j - 3, " - ", 3) == 0) {
		j -= 3;
		sep = 1;
	} else if (j < at && j > 0 && (s[j - 1] == '-' || s[j - 1] == '/' ||
	    s[j - 1] == ':')) {
		j--;
		sep = 1;
	}
	if (sep) {
		at = j;
		while (j > 0 && rd_isdigit((unsigned char)s[j - 1]))
			j--;
		/* "Carried 4-0-1": for, against, abstaining */
		if (j < at && j > 1 && s[j - 1] == '-' && rd_isdigit(
		    (unsigned char)s[j - 2]) && at - j <= 3) {
			at = --j;
			while (j > 0 && rd_isdigit((unsigned char)s[j - 1]))
				j--;
		}
		if (j < at) {
			if (j > 0 && s[j - 1] == '(')
				j--;
			/* "So voted, 5-0." */
			while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == ','))
				j--;
			/* "Carried by 3 votes to 1" */
			if (j > 3 && rd_prefix(s + j - 3, 3, " by") == 3)
				j -= 3;
			m = j;
		}
	}
	for (i = 0; i < sizeof bare / sizeof bare[0]; i++)
		if (strlen(bare[i]) == m && rd_prefix(s, m, bare[i]) == m)
			return 1;
	/* "All Cabinet Members voted in favour." */
	if (m < 60 && m > 20 && rd_prefix(s, m, "all ") &&
	    rd_prefix(s + m - 16, 16, " voted in favour") == 16)
		return 1;
	if (tally(s, m, outcome))
		return 1;
	/* "LOST" under a motion, as New Zealand minutes print it */
	for (i = 0; i < sizeof bare_lost / sizeof bare_lost[0]; i++)
		if (strlen(bare_lost[i]) == m &&
		    rd_prefix(s, m, bare_lost[i]) == m) {
			*outcome = "lost";
			return 1;
		}
	if (n > 200)
		return 0;
	if (withdrew(s, n)) {
		*outcome = "withdrawn";
		return 1;
	}
	/* "On being put to the vote there voted 5 in favour and 7 against
	 * and the motion was declared lost." */
	put = rd_prefix(s, n, "on being put to the vote") ||
	    rd_prefix(s, n, "upon being put to the vote") ||
	    rd_prefix(s, n, "when put to the vote") ||
	    rd_prefix(s, n, "on a vote being taken");
	if (n > 160 && !put)
		return 0;
	/* "On the amendment being put to the vote there voted For 5,
	 * Against 8, and it was declared lost." */
	if (rd_prefix(s, n, "on the amendment being put") ||
	    rd_prefix(s, n, "on the motion being put")) {
		if (rd_find(s, n, "declared lost") != (size_t)-1 ||
		    rd_find(s, n, "declared defeated") != (size_t)-1) {
			*outcome = "lost";
			return 1;
		}
		if (rd_find(s, n, "declared carried") != (size_t)-1)
			return 1;
	}
	/* "Upon the amendment being put to the meeting, with 12 voting
	 * FOR, 25 voting AGAINST, 1 ABSTAINING and 1 ABSENT, it was declared
	 * LOST.": the result ends the sentence */
	if ((rd_find(s, n, " put ") != (size_t)-1 || rd_find(s, n, "vot") !=
	    (size_t)-1) && (rd_find(s, n, "it was declared ") != (size_t)-1 ||
	    rd_find(s, n, "and was declared ") != (size_t)-1)) {
		if (ends_in_words(s, m, "declared lost") ||
		    ends_in_words(s, m, "declared defeated")) {
			*outcome = "lost";
			return 1;
		}
		if (ends_in_words(s, m, "declared carried") ||
		    ends_in_words(s, m, "declared passed"))
			return 1;
	}
	/* "Members unanimously agreed the proposal." (the members as
	 * one, not "Cllrs X and Y also supported the motion."; "The
	 * Council agreed the Amendment." under "Decision" is a decision
	 * of its own, read as one) */
	if (m < 80 && (rd_prefix(s, m, "members ") ||
	    rd_prefix(s, m, "all members ") ||
	    rd_prefix(s, m, "the members "))) {
		for (i = 0; i < sizeof agreed_it / sizeof agreed_it[0]; i++)
			if (ends_in_words(s, m, agreed_it[i]))
				return 1;
		for (i = 0; i < sizeof refused_it / sizeof refused_it[0]; i++)
			if (ends_in_words(s, m, refused_it[i])) {
				*outcome = "lost";
				return 1;
			}
	}
	/* "The motion was put to the meeting and after a show of hands
	 * the Chairman declared it was lost." */
	if (n < 300 && (rd_find(s, n, "motion") != (size_t)-1 ||
	    rd_find(s, n, "amendment") != (size_t)-1 ||
	    rd_find(s, n, "proposal") != (size_t)-1)) {
		static const char *const it_lost[] = {
			" declared it was lost", " declared it lost",
			" declared it to be lost", " declared it defeated",
			" declared it was defeated", " declared it not carried",
		};
		static const char *const it_won[] = {
			" declared it was carried", " declared it carried",
			" declared it to be carried", " declared it passed",
		};

		if (rd_find_any(s, n, it_lost, sizeof it_lost /
		    sizeof it_lost[0])) {
			*outcome = "lost";
			return 1;
		}
		if (rd_find_any(s, n, it_won, sizeof it_won / sizeof it_won[0]))
			return 1;
	}
	/* "There being no seconder, the amendment was not debated.",
	 * "There was no seconder and the motion fell." */
	if (rd_prefix(s, n, "there being no seconder") ||
	    rd_prefix(s, n, "there was no seconder")) {
		*outcome = "lost";
		return 1;
	}
	/* "This was seconded by X, and unanimously agreed.": a seconder
	 * as well, read as a proposal (not "The motion was not seconded
	 * and accordingly fell.") */
	if ((rd_find(s, n < 30 ? n : 30, "seconded") != (size_t)-1 &&
	    rd_find(s, n < 30 ? n : 30, "not seconded") == (size_t)-1) ||
	    rd_find(s, n < 30 ? n : 30, "proposal of") != (size_t)-1)
		return 0;
	for (i = 0; i < sizeof subjects / sizeof subjects[0]; i++) {
		at = rd_find(s, n, subjects[i]);
		/* "This was agreed." opens its sentence; "This was rejected
		 * for the reasons set out in ..." gives an option's fate */
		if (at == (size_t)-1 || at > (put ? 120 : 40) || (at > 0 &&
		    !put && strcmp(subjects[i], "this") == 0) ||
		    (strcmp(subjects[i], "this") == 0 && rd_find(s, n,
		    "reason") != (size_t)-1))
			continue;
		at += strlen(subjects[i]);
		/* "the motion in the name of Susan Ames AM was not agreed":
		 * the result comes after who moved it */
		if (rd_prefix(s + at, n - at, " in the name of ") &&
		    (m = rd_find(s + at, n - at < 80 ? n - at : 80, " was ")) !=
		    (size_t)-1)
			at += m;
		/* "The motion was withdrawn."; not "This application was
		 * WITHDRAWN from the agenda" */
		if (strcmp(subjects[i], "this") != 0 && strcmp(subjects[i],
		    "recommendation") != 0 && (rd_prefix(s + at, n - at,
		    " was withdrawn") || rd_prefix(s + at, n - at,
		    " was then withdrawn") || rd_prefix(s + at, n - at,
		    " was subsequently withdrawn"))) {
			*outcome = "withdrawn";
			return 1;
		}
		for (j = 0; j < sizeof lost / sizeof lost[0]; j++)
			if (rd_find(s + at, n - at, lost[j]) <= 40) {
				*outcome = "lost";
				return 1;
			}
		for (j = 0; j < sizeof lost_near / sizeof lost_near[0]; j++)
			if (rd_find(s + at, n - at, lost_near[j]) <= 16) {
				*outcome = "lost";
				return 1;
			}
		/* "was put to the vote and was agreed unanimously" */
		for (j = 0; j < sizeof won / sizeof won[0]; j++)
			if (rd_find(s + at, n - at, won[j]) <= 40)
				return 1;
		/* "was therefore LOST", "was put and declared carried" */
		if ((j = declared(s + at, n - at)) != 0) {
			*outcome = j == 2 ? "lost" : NULL;
			return 1;
		}
		/* "The Cathaoirleach declared the motion carried." */
		if (rd_find(s, at, "declared the ") != (size_t)-1 &&
		    (rd_prefix(s + at, n - at, " carried") ||
		    rd_prefix(s + at, n - at, " passed") ||
		    rd_prefix(s + at, n - at, " adopted")))
			return 1;
	}
	return 0;
}

/*
 * 1 if s[0..n) ends by leading into the points that decide: "... and the
 * Committee agreed:-", "... and it was resolved:".
 */
static int
agreed_over(const char *s, size_t n)
{
	static const char *const tails[] = {
		"agreed", "resolved", "decided", "agreed as follows",
		"resolved as follows",
	};
	size_t i, k;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '-'))
		n--;
	if (n == 0 || s[n - 1] != ':')
		return 0;
	n--;
	for (i = 0; i < sizeof tails / sizeof tails[0]; i++) {
		k = strlen(tails[i]);
		if (n > k && rd_prefix(s + n - k, k, tails[i]) == k &&
		    s[n - k - 1] == ' ')
			return 1;
	}
	return 0;
}

/* The last section when it is a motion not yet decided, or -1. */
static int
undecided_last(const struct parse *p)
{
	const struct rec_section *last;

	if (p->rec->nsections == 0)
		return -1;
	last = &p->rec->sections[p->rec->nsections - 1];
	return last->type == SEC_RESOLUTION && last->outcome != NULL &&
	    strcmp(last->outcome, "unknown") == 0 ?
	    (int)p->rec->nsections - 1 : -1;
}

/*
 * 1 if s opens a roll call's line: "Aye: 7 - ...", "Nays (2): ...",
 * "Abstain: Councilmember Lee", "Roll call vote: ...".
 */
static int
roll_call(const char *s, size_t n)
{
	static const char *const votes[] = {
		"aye", "ayes", "yea", "yeas", "nay", "nays", "no", "noes",
		"yes", "abstain", "abstained", "abstention", "abstentions",
		"absent", "excused", "recused",
	};
	static const char *const heads[] = {
		"roll call vote:", "roll call vote -", "roll call:",
		"roll-call vote:", "recorded vote:",
	};
	size_t i, k;

	/* "Roll call vote: Ayes: Okafor, Marsh; Nays: Whitcomb" */
	for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
		if (rd_prefix(s, n, heads[i]))
			return 1;
	for (i = 0; i < sizeof votes / sizeof votes[0]; i++) {
		k = rd_prefix(s, n, votes[i]);
		if (k == 0 || (k < n && rd_isalpha((unsigned char)s[k])))
			continue;
		while (k < n && s[k] == ' ')
			k++;
		/* "Nays (2):" */
		if (k < n && s[k] == '(') {
			while (k < n && s[k] != ')')
				k++;
			k++;
		}
		while (k < n && s[k] == ' ')
			k++;
		/* "Nays: None", "Nays - none" */
		return k < n && (s[k] == ':' || (s[k] == '-' && k + 1 < n &&
		    s[k + 1] == ' '));
	}
	return 0;
}

/* The count just before word in s: "39 voted for the motion", or -1. */
static long
count_before(const char *s, size_t n, const char *word)
{
	/* "4 members having voted for the amendment", as Scottish roll
	 * calls put it */
	static const char *const whom[] = {
		" members having", " councillors having", " members",
		" councillors", " elected members", " votes",
	};
	size_t at = rd_find(s, n, word), d, i, k;
	long v = 0;

	if (at == (size_t)-1)
		return -1;
	/* "7 members voted for the motion" */
	for (i = 0; i < sizeof whom / sizeof whom[0]; i++) {
		k = strlen(whom[i]);
		if (at >= k && rd_prefix(s + at - k, k, whom[i]) == k) {
			at -= k;
			break;
		}
	}
	for (d = at; d > 0 && at - d < 5 && rd_isdigit((unsigned char)
	    s[d - 1]); d--)
		;
	if (d == at || (d > 0 && s[d - 1] != ' '))
		return -1;
	for (; d < at; d++)
		v = v * 10 + (s[d] - '0');
	return v;
}

/* The count in "for the motion (6)" after word in s, or -1. */
static long
division_count(const char *s, size_t n, const char *word)
{
	size_t at = rd_find(s, n, word), k;
	long v = -1;

	/* "... for" / "the amendment (4)": a line may break the words */
	if (at == (size_t)-1 && memchr(s, '\n', n) != NULL) {
		char *flat = rd_squeeze(s, n);

		if (flat == NULL)
			return -1;
		v = division_count(flat, strlen(flat), word);
		free(flat);
		return v;
	}
	if (at == (size_t)-1)
		return -1;
	k = at + strlen(word);
	/* "for the motion (6)", "For the motion - 7 votes" */
	while (k < n && (s[k] == ' ' || s[k] == '-' || s[k] == ':'))
		k++;
	if (k < n && s[k] == '(')
		k++;
	for (; k < n && rd_isdigit((unsigned char)s[k]) && v < 100000; k++)
		v = (v < 0 ? 0 : v * 10) + (s[k] - '0');
	/* "there voted for the motion – Bailies Wishart, ... and Smith
	 * (12); and for the amendment – ... (4)": the count after the
	 * names */
	for (k = at + strlen(word); v < 0 && k + 2 < n &&
	    k < at + 600 && s[k] != ';'; k++) {
		size_t d = k + 1;

		if (s[k] != '(')
			continue;
		while (d < n && d - k <= 3 && rd_isdigit((unsigned char)s[d]))
			d++;
		if (d > k + 1 && d < n && s[d] == ')')
			for (v = 0, d = k + 1; s[d] != ')'; d++)
				v = v * 10 + (s[d] - '0');
	}
	return v;
}

static int
same_movers(const struct rec_section *a, const struct rec_section *b)
{
	return a->proposer != NULL && b->proposer != NULL &&
	    strcmp(a->proposer, b->proposer) == 0 && (a->seconder == NULL ?
	    b->seconder == NULL : b->seconder != NULL &&
	    strcmp(a->seconder, b->seconder) == 0);
}

/* Decides the motion whose first point is sections[at], every point
 * (outcome NULL: each as its words say). */
static void
decide_points(struct record *r, int at, const char *outcome)
{
	size_t j = (size_t)at;

	do {
		/* NULL: as the point's words say, unless already decided */
		if (outcome != NULL || (r->sections[j].outcome != NULL &&
		    strcmp(r->sections[j].outcome, "unknown") == 0)) {
			free(r->sections[j].outcome);
			r->sections[j].outcome = outcome != NULL ?
			    xstrdup(outcome) : NULL;
		}
		j++;
	} while (j < r->nsections && r->sections[j].type == SEC_RESOLUTION &&
	    (same_movers(&r->sections[j], &r->sections[at]) ||
	    /* its later points, not yet given its movers */
	    (r->sections[j].proposer == NULL &&
	    r->sections[j].seconder == NULL)));
}

/* The first points of the last two motions of r, each a resolution with
 * a proposer (-1 where none). */
static void
last_two_motions(const struct record *r, int *last, int *prev)
{
	size_t j;

	*last = *prev = -1;
	for (j = r->nsections; j-- > 0 && *prev < 0; ) {
		if (r->sections[j].type != SEC_RESOLUTION ||
		    r->sections[j].proposer == NULL)
			continue;
		/* the points of one motion share its movers: one motion */
		if (*last >= 0 && same_movers(&r->sections[j],
		    &r->sections[*last]) && (size_t)*last == j + 1) {
			*last = (int)j;
			continue;
		}
		if (*last < 0)
			*last = (int)j;
		else
			*prev = (int)j;
	}
	/* the first point of the earlier motion too */
	while (*prev > 0 && r->sections[*prev - 1].type == SEC_RESOLUTION &&
	    same_movers(&r->sections[*prev - 1], &r->sections[*prev]))
		(*prev)--;
}

/*
 * "Resolved: In accordance with the Motion." (or "... the Amendment")
 * after a motion and its amendment, each under a label with its movers
 * (Perth and Kinross): the one named is carried, as its words say, the
 * other lost, and the sentence only says how it was decided.
 */
static void
in_accordance(struct parse *p, size_t first)
{
	struct record *r = p->rec;
	size_t j, k, m;

	for (j = first; j < r->nsections; j++) {
		struct rec_section *s = &r->sections[j];
		const char *t = p->t + s->start;
		int last = -1, prev = -1, amendment, chosen;

		m = s->end - s->start;
		if (s->type != SEC_RESOLUTION || m > 80 ||
		    s->proposer != NULL)
			continue;
		if ((k = rd_prefix(t, m, "in accordance with the ")) == 0)
			continue;
		if (rd_prefix(t + k, m - k, "motion"))
			amendment = 0;
		else if (rd_prefix(t + k, m - k, "amendment"))
			amendment = 1;
		else
			continue;
		/* the motion and its amendment: the last two runs of
		 * undecided points before it, each with its movers */
		for (k = j; k-- > first && prev < 0; ) {
			struct rec_section *o = &r->sections[k];

			if (o->type != SEC_RESOLUTION)
				continue;
			if (o->proposer == NULL || o->outcome == NULL ||
			    strcmp(o->outcome, "unknown") != 0)
				break;
			if (last >= 0 && same_movers(o, &r->sections[last]) &&
			    (size_t)last == k + 1) {
				last = (int)k;
				continue;
			}
			if (last < 0)
				last = (int)k;
			else
				prev = (int)k;
		}
		if (last < 0 || (amendment && prev < 0))
			continue;
		chosen = amendment || prev < 0 ? last : prev;
		decide_points(r, chosen, NULL);
		if (prev >= 0)
			decide_points(r, chosen == last ? prev : last, "lost");
		s->type = SEC_DISCUSSION;
		free(s->outcome);
		s->outcome = NULL;
	}
}

/*
 * "The Mayor declared the Amendment defeated and, therefore, the
 * original Motion carried": the last motion, the amendment, is lost;
 * the one before it agreed when the words say so.  Returns 1 if s was
 * such a result.
 */
static int
amendment_vote(struct parse *p, const char *s, size_t n)
{
	static const char *const lost[] = {
		"defeated", "lost", "fell", "fallen", "not carried",
		"rejected",
	};
	static const char *const won[] = {
		"carried", "agreed", "passed", "adopted",
	};
	size_t at = rd_find(s, n, "amendment"), m, j;
	int last, prev, refused = 0, agreed = 0;

	if (at == (size_t)-1 || at > 60 || n > 200)
		return 0;
	at += 9;
	/* "The amendment was put to the vote and LOST." */
	for (j = 0; j < sizeof lost / sizeof lost[0] && !refused; j++)
		refused = (m = rd_find(s + at, n - at, lost[j])) <= 40 &&
		    rd_find(s + at, m, "motion") == (size_t)-1;
	if (!refused) {
		/* "The AMENDMENT was put and CARRIED and became the
		 * MOTION.": the motion it amended is undecided */
		const char *was = "unknown";

		/* "... was put to the vote and was CARRIED" */
		for (j = 0; j < sizeof won / sizeof won[0] && !agreed; j++)
			agreed = rd_find(s + at, n - at, won[j]) <= 40 &&
			    rd_find(s + at, rd_find(s + at, n - at, won[j]),
			    "motion") == (size_t)-1;
		if (!agreed)
			return 0;
		/* "... and therefore the original motion defeated" */
		if ((m = rd_find(s + at, n - at, "motion")) != (size_t)-1)
			for (j = 0; j < sizeof lost / sizeof lost[0]; j++)
				if (rd_find(s + at + m, n - at - m, lost[j]) <=
				    12)
					was = "lost";
		flush_proposal(p, "unknown");
		last_two_motions(p->rec, &last, &prev);
		if (last < 0 || prev < 0)
			return 0;
		/* carried: its words say what it decided */
		free(p->rec->sections[last].outcome);
		p->rec->sections[last].outcome = NULL;
		/* a motion already decided (an amendment lost before this
		 * one) stays as it is */
		for (j = (size_t)prev; j < (size_t)last; j++) {
			struct rec_section *o = &p->rec->sections[j];

			if (o->type != SEC_RESOLUTION || (o->outcome != NULL &&
			    strcmp(o->outcome, "unknown") != 0))
				continue;
			free(o->outcome);
			o->outcome = xstrdup(was);
			mark(&p->superseded, (int)j);
		}
		return 1;
	}
	if ((m = rd_find(s + at, n - at, "motion")) != (size_t)-1) {
		m += at + 6;
		/* "... and the original motion was then put and carried" */
		for (j = 0; j < sizeof won / sizeof won[0] && !agreed; j++)
			agreed = rd_find(s + m, n - m, won[j]) <= 30;
	}
	flush_proposal(p, "unknown");
	last_two_motions(p->rec, &last, &prev);
	/* the amendment must have been recorded (the last motion, or one
	 * that says it amends): else the last motion is the one it would
	 * have amended, and stands */
	if (last < 0 || (prev < 0 && (p->rec->sections[last].end <=
	    p->rec->sections[last].start || rd_find(p->t +
	    p->rec->sections[last].start, p->rec->sections[last].end -
	    p->rec->sections[last].start, "amend") == (size_t)-1)))
		return 0;
	decide_points(p->rec, last, "lost");
	if (agreed && prev >= 0)
		decide_points(p->rec, prev, "agreed");
	return 1;
}

/*
 * "On a division, there voted:- for the motion (6) ...; for the
 * amendment (4) ...", "the MOTION received 5 votes and the AMENDMENT
 * received 9 votes": the one of the last two motions (the motion, then
 * its amendment) with fewer votes is lost.  Returns 1 if s was one.
 */
/* 1 if s gives a division's counts for a motion and an amendment. */
static int
division_counts(const char *s, size_t n)
{
	return (division_count(s, n, "for the motion") >= 0 &&
	    division_count(s, n, "for the amendment") >= 0) ||
	    (division_count(s, n, "the motion received") >= 0 &&
	    division_count(s, n, "the amendment received") >= 0) ||
	    (count_before(s, n, " voted for the motion") >= 0 &&
	    count_before(s, n, " for the amendment") >= 0) ||
	    /* "4 Members voted for the amendment and 9 Members for the
	     * motion" */
	    (count_before(s, n, " voted for the amendment") >= 0 &&
	    count_before(s, n, " for the motion") >= 0);
}

/*
 * The count of a tally's line "Motion - 8 votes" or "Amendment: 18
 * votes" (Scottish Borders, Argyll and Bute) for word in s, or -1.
 */
static long
line_tally(const char *s, size_t n, const char *word)
{
	size_t at = 0, k, w = strlen(word);
	long v;

	for (;;) {
		if (rd_prefix(s + at, n - at, word) == w) {
			int named = 0;

			k = at + w;
			/* "Amendment (Ms Macdonald)      7": its mover */
			if (k + 1 < n && s[k] == ' ' && s[k + 1] == '(') {
				size_t c = k + 2;

				while (c < n && s[c] != ')' && s[c] != '\n' &&
				    c - k < 50)
					c++;
				if (c < n && s[c] == ')') {
					k = c + 1;
					named = 1;
				}
			}
			while (k < n && (s[k] == ' ' || s[k] == '\t' ||
			    s[k] == '-' || s[k] == ':'))
				k++;
			if (k + 3 <= n && memcmp(s + k, "\xe2\x80\x93", 3) == 0)
				for (k += 3; k < n && s[k] == ' '; k++)
					;
			for (v = -1; k < n && rd_isdigit((unsigned char)s[k]) &&
			    v < 100000; k++)
				v = (v < 0 ? 0 : v * 10) + (s[k] - '0');
			if (v >= 0 && (rd_prefix(s + k, n - k, " vote") ||
			    (named && (k == n || s[k] == '\n'))))
				return v;
		}
		while (at < n && s[at] != '\n')
			at++;
		if (at++ >= n)
			return -1;
	}
}

/*
 * 1 if resolution j was moved as an amendment: "Councillor Wallace,
 * seconded by Councillor Edlin, moved as an amendment that ..." in the
 * words before it (since the section before) or its opening.
 */
static int
moved_as_amendment(const struct parse *p, int j)
{
	const struct rec_section *s = &p->rec->sections[j];
	size_t from = j > 0 ? p->rec->sections[j - 1].end : 0, to;

	if (from > s->start || s->start - from > 300)
		from = s->start > 300 ? s->start - 300 : 0;
	to = s->end - s->start > 60 ? s->start + 60 : s->end;
	return rd_find(p->t + from, to - from, "amendment") != (size_t)-1;
}

static int
division(struct parse *p, const char *s, size_t n)
{
	long motion = division_count(s, n, "for the motion");
	long amendment = division_count(s, n, "for the amendment");
	struct record *r = p->rec;
	int last, prev, lost, paras;
	const char *para_end;

	/* "For the motion (24) - Lord Provost; ... and Yuill. For the
	 * amendment (19) - ...": the rest of the vote in its paragraph */
	if ((motion < 0) != (amendment < 0) && (para_end = strstr(s + n,
	    "\n\n")) != NULL && para_end - s < 3000) {
		motion = division_count(s, (size_t)(para_end - s),
		    "for the motion");
		amendment = division_count(s, (size_t)(para_end - s),
		    "for the amendment");
		/* ... or in the next paragraph: "For the motion:- ...
		 * (13)." / "For the amendment:- ... (7).", or the one
		 * after the names under the count ("For the Motion - 5
		 * votes" / "Councillors ..." / "For the Amendment - 9
		 * votes") */
		for (paras = 0; paras < 2 && (motion < 0) != (amendment < 0) &&
		    (para_end = strstr(para_end + 2, "\n\n")) != NULL &&
		    para_end - s < 3000; paras++) {
			motion = division_count(s, (size_t)(para_end - s),
			    "for the motion");
			amendment = division_count(s, (size_t)(para_end - s),
			    "for the amendment");
		}
	}
	/* "Motion - 8 votes" / "Amendment - 18 votes" */
	if (motion < 0 && amendment < 0) {
		motion = line_tally(s, n, "motion");
		amendment = line_tally(s, n, "amendment");
	}

	/* "6 members voted for the motion and 4 voted for the amendment,
	 * viz.:-" over "For the motion (6) - ...": the sentence's counts,
	 * not a count of the names below */
	if (rd_find(s, n, " voted for the ") != (size_t)-1 &&
	    count_before(s, n, " voted for the motion") >= 0 &&
	    (count_before(s, n, " voted for the amendment") >= 0 ||
	    count_before(s, n, " for the amendment") >= 0))
		motion = amendment = -1;
	/* "the MOTION received 5 votes and the AMENDMENT received 9" */
	if (motion < 0 && amendment < 0) {
		motion = division_count(s, n, "the motion received");
		amendment = division_count(s, n, "the amendment received");
	}
	/* "39 voted for the motion and 34 for the amendment", "3 members
	 * voted for the amendment and 6 for the motion", a line broken
	 * anywhere */
	if (motion < 0 && amendment < 0) {
		char *flat = rd_squeeze(s, n);
		size_t m = flat != NULL ? strlen(flat) : 0;

		if (flat != NULL && (rd_find(flat, m, " voted for the ") !=
		    (size_t)-1)) {
			motion = count_before(flat, m, " for the motion");
			amendment = count_before(flat, m,
			    " for the amendment");
			if (motion < 0)
				motion = count_before(flat, m,
				    " voted for the motion");
			if (amendment < 0)
				amendment = count_before(flat, m,
				    " voted for the amendment");
		}
		free(flat);
	}

	if (motion < 0 || amendment < 0 || motion == amendment)
		return 0;
	last_two_motions(r, &last, &prev);
	if (prev < 0)
		return 0;
	lost = motion > amendment ? last : prev;
	/* "X, seconded by Y, moved as an amendment ..." before the motion
	 * it amends */
	if (moved_as_amendment(p, prev) && !moved_as_amendment(p, last))
		lost = lost == last ? prev : last;
	decide_points(r, lost, "lost");
	/* the other carried: its words say what it decided */
	decide_points(r, lost == last ? prev : last, NULL);
	return 1;
}

/*
 * 1 if s, "This was agreed.", agrees the request the open section made:
 * a member who "asked that" or "requested that" something "be" done.
 */
static int
request_agreed(const struct parse *p, const char *s, size_t n)
{
	const struct rec_section *r = &p->rec->sections[p->cur];
	const char *t = p->t + r->start;
	size_t m = r->end - r->start, at;

	if ((r->type != SEC_QUESTION && r->type != SEC_DISCUSSION) ||
	    r->speaker == NULL)
		return 0;
	if (!(rd_prefix(s, n, "this was agreed") || rd_prefix(s, n,
	    "this was agreed by the members") || rd_prefix(s, n,
	    "this was unanimously agreed") || rd_prefix(s, n,
	    "members agreed.") || rd_prefix(s, n, "the committee agreed.")))
		return 0;
	if ((at = rd_find(t, m, " asked that ")) == (size_t)-1 &&
	    (at = rd_find(t, m, " requested that ")) == (size_t)-1 &&
	    (at = rd_find(t, m, " proposed that ")) == (size_t)-1 &&
	    (at = rd_find(t, m, " suggested that ")) == (size_t)-1)
		return 0;
	/* "... asked that the Council write to Uisce Éireann": the
	 * subjunctive of a body that acts */
	at = rd_find(t + at, m - at, "that ") + at + 5;
	return rd_find(t + at, m - at, " be ") != (size_t)-1 ||
	    rd_prefix(t + at, m - at, "the council ") ||
	    rd_prefix(t + at, m - at, "the clerk ") ||
	    rd_prefix(t + at, m - at, "the committee ") ||
	    rd_prefix(t + at, m - at, "the district ") ||
	    rd_prefix(t + at, m - at, "the members ") ||
	    rd_prefix(t + at, m - at, "the chair ") ||
	    rd_prefix(t + at, m - at, "the board ") ||
	    rd_prefix(t + at, m - at, "the panel ") ||
	    rd_prefix(t + at, m - at, "the forum ") ||
	    rd_prefix(t + at, m - at, "the cabinet ") ||
	    rd_prefix(t + at, m - at, "officers ");
}

/*
 * A transcript's line, who at its start and their words from k: a
 * question if it asks one or is labelled one, else the answer to a
 * question someone else put, else their words.
 */
static void
dialogue(struct parse *p, const struct unit *u, size_t k,
    struct rd_person *who)
{
	const char *s = p->t + u->a;
	size_t n = u->b - u->a;
	int q = p->pending_q;

	name_speaker(p, who);
	flush_proposal(p, "unknown");
	/* ("Q4  Councillor Keel: ..." asks, its '?' perhaps later) */
	if (u->qlab || memchr(s + k, '?', n - k) != NULL) {
		p->pending_q = sec_open(p, SEC_QUESTION, u->a + k, u->b, who);
	} else if (q >= 0 && p->rec->sections[q].speaker_key != NULL &&
	    who->key != NULL && strcmp(p->rec->sections[q].speaker_key,
	    who->key) != 0) {
		sec_open(p, SEC_ANSWER, u->a + k, u->b, who);
		p->rec->sections[p->cur].answers = q;
		p->pending_q = -1;
	} else {
		sec_open(p, SEC_DISCUSSION, u->a + k, u->b, who);
		p->pending_q = -1;
	}
}

/*
 * Bytes of a label's first language on a line that gives it in two:
 * "Ymateb / Response:", "Cwestiwn atodol / Supplementary question:",
 * "Cwestiwn gan y Cynghorydd X i'r Aelod Cabinet dros Y / Question from
 * Councillor X to ..."; 0 unless the second half is a reply's or a
 * question's label.
 */
static size_t
bilingual_label(const char *s, size_t n)
{
	struct rd_person who;
	size_t e, k, i, len, words = 1;
	int is_label;

	for (e = 0; e < n && e < 250 && s[e] != '\n'; e++)
		;
	if ((k = rd_find(s, e, " / ")) == (size_t)-1 || k == 0)
		return 0;
	for (i = 0; i < k; i++)
		words += s[i] == ' ';
	k += 3;
	/* a few words, or a question's label with its names */
	if ((words > 3 && !rd_prefix(s + k, n - k, "question ")) ||
	    !rd_isupper((unsigned char)s[k]))
		return 0;
	is_label = reply_label(s + k, n - k, &who) != 0;
	rd_person_clear(&who);
	if (!is_label) {
		is_label = question_label(s + k, n - k, &who, &len);
		if (is_label)
			rd_person_clear(&who);
	}
	return is_label ? k : 0;
}

/*
 * 1 if s[0..n), the words after "moved", only name the report's
 * recommendations: "approval of the recommendations.", "the
 * recommendations contained in the report."
 */
static int
moves_recommendations(const char *s, size_t n)
{
	static const char *const words[] = {
		"approval of the recommendations", "the recommendations",
		"approval of the recommendation", "the recommendation",
		"the officer recommendations", "the officer's recommendation",
		"the officers' recommendations", "acceptance of the "
		"recommendations", "adoption of the recommendations",
	};
	size_t i, k, e;

	for (e = n; e > 0 && (s[e - 1] == '.' || s[e - 1] == ' '); e--)
		;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if ((k = rd_prefix(s, e, words[i])) != 0 && (k == e ||
		    rd_prefix(s + k, e - k, " contained in the report") ==
		    e - k || rd_prefix(s + k, e - k, " in the report") ==
		    e - k || rd_prefix(s + k, e - k, " of the report") ==
		    e - k))
			return 1;
	return 0;
}

/*
 * 1 if s[0..n) is a mover and a seconder about a slash alone:
 * "Mayor Hazlehurst/Councillor Nixon", "Cr Bedford/Cr Haque".
 */
static int
slash_pair_alone(const char *s, size_t n)
{
	const char *slash;
	size_t a, b;

	while (n > 0 && rd_isspace((unsigned char)s[n - 1]))
		n--;
	if (n == 0 || n > 80 || memchr(s, '\n', n) != NULL ||
	    (slash = memchr(s, '/', n)) == NULL ||
	    memchr(slash + 1, '/', n - (size_t)(slash - s) - 1) != NULL)
		return 0;
	a = (size_t)(slash - s);
	b = a + 1;
	while (a > 0 && s[a - 1] == ' ')
		a--;
	while (b < n && s[b] == ' ')
		b++;
	return a > 0 && b < n && titled_at(s, a) == a &&
	    titled_at(s + b, n - b) == n - b;
}

/*
 * Where "That" starts after a point's bare number or label: "1   That
 * Council notes ...", "A) That ..."; else 0.
 */
static size_t
numbered_that(const char *s, size_t n)
{
	size_t k = 0, e;
	struct label lab;

	/* "A) That ...", "(b) That ..." */
	if (label_at(s, n, 0, 0, &lab) && lab.kind != LK_BULLET &&
	    lab.style != LAB_DOT && lab.len < n)
		return rd_prefix(s + lab.len, n - lab.len, "that ") ? lab.len :
		    0;
	while (k < n && k < 2 && rd_isdigit((unsigned char)s[k]))
		k++;
	if (k == 0 || k >= n || (s[k] != ' ' && s[k] != '\t'))
		return 0;
	for (e = k; e < n && (s[e] == ' ' || s[e] == '\t'); e++)
		;
	return e - k >= 2 || s[k] == '\t' ? (rd_prefix(s + e, n - e, "that ") ?
	    e : 0) : 0;
}

/*
 * 1 if s[0..n) only leads into words set out below it: "the following
 * Motion:", "the following amendment:-", "as follows:".
 */
static int
follows_lead(const char *s, size_t n)
{
	size_t i, words = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '-'))
		n--;
	if (n == 0 || s[n - 1] != ':' || (rd_find(s, n, "following") ==
	    (size_t)-1 && rd_find(s, n, "follows") == (size_t)-1))
		return 0;
	for (i = 0; i < n; i++)
		words += s[i] == ' ';
	return words < 6;
}

/* 1 if s[0..n) opens with a quotation it has not closed. */
static int
quote_open(const char *s, size_t n)
{
	size_t i, open = 0, close = 0, plain = 0;

	/* (only a reply that is all quotation: OCR drops quotes) */
	while (n > 0 && rd_isspace((unsigned char)*s))
		s++, n--;
	if (n == 0 || (s[0] != '"' && !rd_prefix(s, n, "\xe2\x80\x9c")))
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			plain++;
		else if (i + 2 < n && (unsigned char)s[i] == 0xe2 &&
		    (unsigned char)s[i + 1] == 0x80) {
			open += (unsigned char)s[i + 2] == 0x9c;
			close += (unsigned char)s[i + 2] == 0x9d;
		}
	}
	return open > close || plain % 2 == 1;
}

/*
 * Bytes at the start of unit s[0..n) before its words: the dash before
 * a motion's words under its movers ("Proposed by X" / "Seconded by Y"
 * / "–  That the Committee recommend ...", as Northern Ireland prints
 * them), a lead-in with no comma before who speaks ("During the
 * debate Councillor Harrop asked ..."), a label's first language; else
 * 0.
 */
static size_t
unit_opening(const struct parse *p, const char *s, size_t n)
{
	static const char *const leads[] = {
		"during the debate ", "during the discussion ",
		"during discussion ", "in the debate ", "in discussion ",
		"following debate ", "following the debate ",
		"following discussion ", "following a discussion ",
		"after debate ", "after discussion ", "after a discussion ",
	};
	size_t j, d;

	/* "Ymateb / Response:": the label's second language */
	if ((d = bilingual_label(s, n)) != 0)
		return d;
	/* "RES. 2024-411   Councillor Haugen moved that ...": the
	 * resolution's number in the margin of the mover's line */
	if ((d = rd_prefix(s, n, "res. ")) != 0 || (d = rd_prefix(s, n,
	    "resolution ")) != 0) {
		while (d < n && (rd_isdigit((unsigned char)s[d]) ||
		    s[d] == '-' || s[d] == '/' || s[d] == '.'))
			d++;
		if (d + 2 < n && s[d] == ' ' && s[d + 1] == ' ' &&
		    rd_isdigit((unsigned char)s[d - 1])) {
			d = rd_skip_spaces(s, n, d);
			if (titled_at(s + d, n - d) != 0)
				return d;
		}
	}
	/* "- RESOLVED: to adopt ...": a bullet before a decision */
	d = s[0] == '-' || s[0] == '*' ? 1 : rd_prefix(s, n,
	    "\xe2\x80\xa2") ? 3 : 0;
	if (d > 0 && d < n && s[d] == ' ') {
		d = rd_skip_spaces(s, n, d);
		if (d < n && marker_at(s + d, n - d, &j) != MARK_NONE)
			return d;
	}
	if (p->have_prop && n > 8 && s[0] == '-' && s[1] == ' ' &&
	    movers_only(p->t + p->prop_a, p->prop_b - p->prop_a)) {
		d = rd_skip_spaces(s, n, 1);
		return s[d] == 'T' && rd_prefix(s + d, n - d, "that ") ? d : 0;
	}
	for (j = 0; j < sizeof leads / sizeof leads[0]; j++) {
		size_t w;

		if ((d = rd_prefix(s, n, leads[j])) == 0)
			continue;
		/* "During the debate on the amendment Councillor X asked":
		 * a few words of what was debated first */
		for (w = 0; w < 4 && d < n; w++) {
			if (titled_at(s + d, n - d) != 0 && speaks(s + d,
			    n - d))
				return d;
			while (d < n && s[d] != ' ' && s[d] != ',' &&
			    s[d] != '.')
				d++;
			if (d >= n || s[d] != ' ')
				break;
			d++;
		}
	}
	return 0;
}

/*
 * "She proposed that ...", "He moved that ...": the member whose words
 * the sentence goes on from, as the open section names them.  Returns
 * the mover's name (the caller frees it), or NULL.
 */
static char *
pronoun_mover(const struct parse *p, const char *s, size_t n)
{
	static const char *const verbs[] = {
		"proposed that ", "moved that ", "proposed the ", "moved the ",
		"proposed an amendment", "moved an amendment",
	};
	const struct rec_section *c;
	size_t k, i;

	if ((k = rd_prefix(s, n, "She ")) == 0 &&
	    (k = rd_prefix(s, n, "He ")) == 0)
		return NULL;
	if (!rd_isupper((unsigned char)s[0]) || p->cur < 0)
		return NULL;
	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (rd_prefix(s + k, n - k, verbs[i]))
			break;
	c = &p->rec->sections[p->cur];
	if (i == sizeof verbs / sizeof verbs[0] || c->speaker == NULL ||
	    strncmp(c->speaker, "Councillor ", 11) != 0 ||
	    (c->type != SEC_DISCUSSION && c->type != SEC_QUESTION))
		return NULL;
	return xstrdup(c->speaker);
}

/*
 * 1 if who, opening s, is the chair addressed: "Lord Provost, will the
 * Leader ...", "Mr Mayor, I thank ...".
 */
static int
vocative(const char *s, size_t n, const struct rd_person *who)
{
	static const char *const chairs[] = {
		"provost", "mayor", "lord mayor", "lord provost",
	};
	size_t k = who->len + 2;

	if (!rd_prefix(s + who->len, n - who->len, ", ") || k >= n ||
	    !(who->chair || (who->key != NULL && rd_in_list(chairs,
	    sizeof chairs / sizeof chairs[0], who->key,
	    strlen(who->key)))))
		return 0;
	return rd_islower((unsigned char)s[k]) || rd_prefix(s + k, n - k,
	    "i ");
}

/*
 * The length of "A." or "A:" before an answer's words ("A. The L-5213
 * is included ...", "A.  In 2023, ...") when the open section is a
 * question that was labelled "Q." or "Q1."; else 0.
 */
static size_t
answer_letter(const struct parse *p, const char *s, size_t n)
{
	const struct rec_section *q;
	size_t k = 1, ls;

	if (p->cur < 0 || p->cur != p->pending_q || n < 4 || s[0] != 'A')
		return 0;
	q = &p->rec->sections[p->cur];
	if (q->type != SEC_QUESTION || q->start >= q->end)
		return 0;
	/* (the label may be behind the question's words) */
	for (ls = q->start; ls > 0 && p->t[ls - 1] != '\n'; ls--)
		;
	if (p->t[ls] != 'Q' || rd_isalpha((unsigned char)p->t[ls + 1]))
		return 0;
	while (k < n && k < 4 && rd_isdigit((unsigned char)s[k]))
		k++;
	if (s[k] != '.' && s[k] != ':')
		return 0;
	k++;
	if (k >= n || s[k] != ' ')
		return 0;
	k = rd_skip_spaces(s, n, k);
	return k < n && !rd_islower((unsigned char)s[k]) ? k : 0;
}

/* 1 if unit u's line opens with a question's label set in a column. */
static int
column_below(const struct parse *p, const struct unit *u)
{
	size_t ls = u->a;

	while (ls > 0 && p->t[ls - 1] != '\n')
		ls--;
	/* (to the body's end: the label's second word may be lines on) */
	return ls < u->a && column_label(p->t + ls, p->end - ls, 1) ==
	    u->a - ls;
}

static void
walk(struct parse *p)
{
	struct rd_person replier;
	struct label lab;
	size_t i, k, k0, m, rest, from;
	int kind, q, pending;
	const char *outcome;
	char *mover, *second, *name;

	for (i = 0; i < p->nu; i++) {
		const struct unit *u = &p->u[i];
		const char *s = p->t + u->a;
		size_t n = u->b - u->a, d;
		int await = p->q_await, a_wait = p->a_await;

		p->q_await = p->a_await = 0;
		/* "Council Resolution" / "(R112/24)": the decision's number
		 * alone, under the marker; the words are still to come */
		if (p->res_await && p->in_res && resolution_ref(s, n)) {
			p->in_res = 0;
			p->res_await = 0;
			p->res_header = i + 2;
			discussion(p, u);
			continue;
		}
		/* the unit's words start later: after a dash, after a
		 * lead-in with no comma */
		if ((d = unit_opening(p, s, n)) != 0) {
			p->u[i].a += d;
			u = &p->u[i];
			s += d;
			n -= d;
		}
		/* "In the absence of Councillor X, the Deputy Leader,
		 * Councillor Y, responded." under a label alone: a note, the
		 * question still to come */
		if (p->labelled && await && p->cur == p->pending_q && n < 300 &&
		    rd_prefix(s, n, "in the absence of ")) {
			struct rd_person who;

			if (stood_in(s, n, &m, &who)) {
				rd_person_clear(&who);
				sec_extend(p, u->b);
				p->q_await = 1;
				continue;
			}
		}
		/* "(i) Councillor Kitching" or "1. Councillor Kitching"
		 * alone over "“Can the Cabinet Spokesperson ...?”": who asks
		 * the written question below */
		/* (the number a unit of its own: "1." / "Councillor
		 * Kitching") */
		m = (u->line || u->para) && number_alone(s, n) && i + 2 <
		    p->nu && !p->u[i + 1].line && !p->u[i + 1].para ? i + 1 :
		    i;
		if ((u->line || u->para) && m + 1 < p->nu &&
		    (k = list_label(p->t + p->u[m].a, p->u[m].b - p->u[m].a),
		    rd_member_alone(p->t + p->u[m].a + k, p->u[m].b -
		    p->u[m].a - k)) &&
		    quoted_question(p->t + p->u[m + 1].a, p->u[m + 1].b -
		    p->u[m + 1].a)) {
			struct rd_person who;

			if (rd_person_at(p->t + p->u[m].a + k, p->u[m].b -
			    p->u[m].a - k, &who)) {
				name_speaker(p, &who);
				q = sec_open(p, SEC_QUESTION, u->a, p->u[m].b,
				    &who);
				rd_person_clear(&who);
				i = m;
				p->pending_q = q;
				p->labelled = 1;
				p->q_await = 1;
				p->q_header = -1;
				continue;
			}
		}
		/* "7.2  Cllr. Joe Murphy" over "“That ...”": a motion's
		 * label; the reply or question before it has ended */
		if ((u->line || u->para) && i + 1 < p->nu &&
		    motion_words_open(p->t + p->u[i + 1].a, p->u[i + 1].b -
		    p->u[i + 1].a) && rd_member_alone(s, n)) {
			sec_open(p, SEC_DISCUSSION, u->a, u->b, NULL);
			p->pending_q = -1;
			continue;
		}
		/* "Councillor Feeney did not ask a supplementary
		 * question.": a note between questions, neither */
		if (no_question_asked(s, n)) {
			struct rd_person who;
			/* ("The Chairman announced that the time allowed
			 * for questions had expired.": who said so) */
			int named = rd_person_at(s, n, &who) && (who.named ||
			    who.chair || who.role != NULL);

			if (named)
				name_speaker(p, &who);
			sec_open(p, SEC_DISCUSSION, u->a, u->b, named ? &who :
			    NULL);
			rd_person_clear(&who);
			p->pending_q = -1;
			continue;
		}
		/* "In the absence of Councillor Lamb, the question was
		 * withdrawn.": a note, no decision */
		if (p->labelled && question_withdrawn(s, n)) {
			p->labelled = 0;
			p->pending_q = -1;
			sec_open(p, SEC_DISCUSSION, u->a, u->b, NULL);
			continue;
		}
		/* "As time had expired, the Chair advised that a written
		 * reply would be sent": a note, the question unanswered */
		if (reply_to_follow(s, n) && !note_speaker(p, u))
			continue;
		if (a_wait && answer_next(p, u))
			continue;
		/* a written reply in quotes: no one else speaks inside it
		 * ("... Officers are assessing each request ...") */
		if (p->cur >= 0 && p->rec->sections[p->cur].type ==
		    SEC_ANSWER && !u->para && quote_open(p->t +
		    p->rec->sections[p->cur].start,
		    p->rec->sections[p->cur].end -
		    p->rec->sections[p->cur].start)) {
			sec_extend(p, u->b);
			continue;
		}
		/* "No. | Questioner | Question | Respondent | Response" */
		if (u->line && memchr(s, '|', n) != NULL &&
		    (k = question_table(p, i)) != i) {
			i = k - 1;
			continue;
		}
		p->listed = p->listing;
		if (list_goes_on(p, i)) {
			sec_extend(p, u->b);
			p->listing = p->cur;
			continue;
		}
		p->listing = -1;
		/* "X moved and Y seconded the following amendment:" over its
		 * words: "In paragraph (a), delete ..." */
		if (p->have_prop && p->prop_b <= u->a && u->para &&
		    ends_with_colon(p->t, p->prop_a, p->prop_b) &&
		    rd_find(p->t + p->prop_a, p->prop_b - p->prop_a,
		    "amendment") != (size_t)-1 && !words_follow(p, u)) {
			p->prop_b = u->b;
			/* the rest of its paragraph: "insert: "2. Ask the
			 * Mayor ..."" */
			while (i + 1 < p->nu && !p->u[i + 1].para &&
			    !words_follow(p, &p->u[i + 1])) {
				i++;
				p->prop_b = p->u[i].b;
			}
			continue;
		}
		/* a division decides the motion and its amendment, the
		 * amendment still a proposal */
		if (p->have_prop && division_counts(s, n))
			flush_proposal(p, "unknown");
		if (!p->have_prop && division(p, s, n)) {
			p->in_res = 0;
			p->res_quote = 0;
			discussion(p, u);
			continue;
		}
		if (amendment_vote(p, s, n)) {
			struct rd_person who;

			p->in_res = 0;
			p->res_quote = 0;
			/* the vote joins the amendment's words; else "The
			 * Mayor declared the amendment carried": the chair's
			 * words */
			memset(&who, 0, sizeof who);
			/* (in the amendment's paragraph: its words) */
			if (p->cur < 0 && !u->para && p->rec->nsections > 0 &&
			    p->rec->sections[p->rec->nsections - 1].type ==
			    SEC_RESOLUTION)
				p->cur = (int)p->rec->nsections - 1;
			if (p->cur >= 0 && p->rec->sections[p->cur].type ==
			    SEC_RESOLUTION)
				sec_extend(p, u->b);
			else if (rd_person_at(s, n, &who) && (who.named ||
			    who.chair))
				sec_open(p, SEC_DISCUSSION, u->a, u->b, &who);
			else
				discussion(p, u);
			rd_person_clear(&who);
			continue;
		}
		/* "Councillor X asked that the motion be deferred. This
		 * was agreed.": the request is the decision */
		/* (a request after a motion is nearer than the motion) */
		if (!p->have_prop && p->cur >= 0 && last_motion(p) < p->cur &&
		    request_agreed(p, s, n)) {
			struct rec_section *r = &p->rec->sections[p->cur];

			r->type = SEC_RESOLUTION;
			r->proposer = r->speaker;
			r->speaker = NULL;
			free(r->speaker_key);
			free(r->role);
			r->speaker_key = r->role = NULL;
			free(r->outcome);
			r->outcome = NULL;
			sec_extend(p, u->b);
			p->pending_q = -1;
			p->cur = -1;
			continue;
		}
		/* "On a show of hands there voted 9 in favour ..., and it
		 * was" / "RESOLVED that ...": the vote leads into the
		 * decision, which takes the pending movers */
		if (p->have_prop && p->prop_b <= u->a && i + 1 < p->nu &&
		    leads_into(s, n) && marker_at(p->t + p->u[i + 1].a,
		    p->u[i + 1].b - p->u[i + 1].a, &k) != MARK_NONE) {
			/* (the motion's words, then the vote, in order) */
			keep_motion(p, u);
			if (p->have_prop)
				p->prop_a = p->prop_b;
			sec_open(p, SEC_DISCUSSION, u->a, u->b, NULL);
			continue;
		}
		/* "Motion by X, second by Y, to ..." / "Roll call vote:
		 * Ayes: ..." / "Motion carried 4-1.": the roll call is the
		 * motion's, its result to come */
		if (roll_call(s, n) && p->have_prop && p->prop_b <= u->a) {
			p->prop_b = u->b;
			continue;
		}
		/* "Aye: 7 - Osei, Brandt, ..." under the motion's result, or
		 * under the resolution and its movers */
		if ((u->line || u->para) && roll_call(s, n) &&
		    (p->voted >= 0 || (p->cur >= 0 &&
		    p->rec->sections[p->cur].type == SEC_RESOLUTION) ||
		    undecided_last(p) >= 0)) {
			if (p->voted >= 0)
				p->cur = p->voted;
			else if (p->cur < 0)
				p->cur = undecided_last(p);
			sec_extend(p, u->b);
			p->voted = p->cur;
			p->cur = -1;
			continue;
		}
		/* "The motion was LOST.", "Resolved." after a motion; one
		 * naming the motion may come after a word of advice and the
		 * recorded vote */
		/* (so may "LOST 3/8" in capitals after a member's word and
		 * the "For:" / "Against:" lines) */
		q = p->have_prop ? -1 : last_motion_after(p,
		    names_motion(s, n) || bare_result(s, n) ||
		    motion_result(s, n) || tail_names_motion(s, n) ? 3 : 1);
		/* (the first point of that motion: a vote decides them
		 * all) */
		while (q > 0 && p->rec->sections[q - 1].type == SEC_RESOLUTION &&
		    p->rec->sections[q].proposer != NULL &&
		    same_movers(&p->rec->sections[q - 1], &p->rec->sections[q]))
			q--;
		/* "The motion was LOST." after the debate, its questions
		 * and a recorded vote: the motion still undecided */
		if (q < 0 && !p->have_prop && (names_motion(s, n) ||
		    motion_result(s, n) || tail_names_motion(s, n)) &&
		    (q = last_motion_after(p, 12)) >= 0 &&
		    p->rec->sections[q].outcome != NULL &&
		    strcmp(p->rec->sections[q].outcome, "unknown") != 0)
			q = -1;
		/* "Councillor Redmond, having heard the reply, withdrew the
		 * motion." after another motion agreed: his own motion's
		 * fate, no vote on that one */
		if (q >= 0 && !p->have_prop && withdrew(s, n) &&
		    ((p->rec->sections[q].outcome != NULL &&
		    strcmp(p->rec->sections[q].outcome, "unknown") != 0) ||
		    rd_find(p->t + p->rec->sections[q].start,
		    p->rec->sections[q].end - p->rec->sections[q].start,
		    " agreed") != (size_t)-1 || rd_find(p->t +
		    p->rec->sections[q].start, p->rec->sections[q].end -
		    p->rec->sections[q].start, " carried") != (size_t)-1))
			q = -1;
		/* (an amendment lost before the decision on the motion is
		 * the amendment's fate, not the decision's vote) */
		if ((p->have_prop || q >= 0) && ((!decision_next(p, i) &&
		    !recommendations_then_decision(p, i)) ||
		    amendment_lost(s, n)) &&
		    rd_find(s, n, " and it was resolved") == (size_t)-1 &&
		    vote_result(s, n, &outcome)) {
			p->in_res = 0;
			p->res_quote = 0;
			if (p->have_prop)
				q = decide_proposal(p);
			else if (rd_find(s, n, "substantive motion") !=
			    (size_t)-1 || rd_find(s, n, "original motion") !=
			    (size_t)-1) {
				/* the amendment lost, "The substantive motion
				 * was then put and CARRIED": the one before */
				int last, prev;

				last_two_motions(p->rec, &last, &prev);
				if (prev >= 0 && p->rec->sections[last].outcome
				    != NULL && strcmp(p->rec->sections[last].
				    outcome, "lost") == 0)
					q = prev;

			} else if (outcome == NULL && names_motion(s, n) &&
			    rd_find(s, n, "amendment") == (size_t)-1) {
				/* "The motion was accordingly carried." after
				 * a motion and its amendment: the amendment
				 * fell */
				int last, prev;
				struct rec_section *l, *f;

				last_two_motions(p->rec, &last, &prev);
				/* (not an amendment carried that became the
				 * motion) */
				if (prev >= 0 && last > prev &&
				    !marked(&p->superseded, prev)) {
					f = &p->rec->sections[last - 1];
					l = &p->rec->sections[last];
					if (f->end < l->start && rd_find(p->t +
					    f->end, l->start - f->end,
					    "amendment") != (size_t)-1) {
						decide_points(p->rec, last,
						    "lost");
						q = prev;
					}
				}
			} else if (motion_result(s, n) && rd_find(s, n,
			    "amendment") == (size_t)-1) {
				/* "AMENDMENT LOST" and its voting record, then
				 * "MOTION CARRIED": the motion the amendment
				 * was moved to, still undecided */
				int last, prev;
				const struct rec_section *l, *f;

				last_two_motions(p->rec, &last, &prev);
				if (prev >= 0 && last == q) {
					l = &p->rec->sections[last];
					f = &p->rec->sections[prev];
					if (l->outcome != NULL && strcmp(
					    l->outcome, "unknown") != 0 &&
					    f->outcome != NULL && strcmp(
					    f->outcome, "unknown") == 0 &&
					    !marked(&p->superseded, prev) &&
					    f->end < l->start && rd_find(p->t +
					    f->end, l->start - f->end,
					    "amendment") != (size_t)-1)
						q = prev;
				}
			}
			/* the motion and the rest of its points; carried,
			 * one left undecided is as its words say */
			for (k = (size_t)q; k < p->rec->nsections; k++) {
				struct rec_section *m = &p->rec->sections[k];

				if (m->type != SEC_RESOLUTION || (outcome ==
				    NULL && (m->outcome == NULL ||
				    strcmp(m->outcome, "unknown") != 0 ||
				    marked(&p->superseded, k))))
					continue;
				free(m->outcome);
				m->outcome = outcome != NULL ?
				    xstrdup(outcome) : NULL;
			}
			/* "Nays: ..." / "DEFEATED": the roll call closed it */
			if (p->cur < 0 && p->voted >= 0 && p->voted >= q)
				p->cur = p->voted;
			/* what follows the vote is no more of the motion */
			if (p->cur >= q && p->rec->sections[p->cur].type ==
			    SEC_RESOLUTION) {
				sec_extend(p, u->b);
				p->voted = p->cur;
				p->cur = -1;
			} else if (p->cur < 0 && q >= 0 &&
			    (size_t)q + 1 == p->rec->nsections) {
				/* the motion closed, its vote next */
				p->rec->sections[q].end = u->b;
				p->voted = q;
			} else {
				/* "The Chair declared the motion carried.": a
				 * paragraph of its own, who declared it */
				struct rd_person who;

				memset(&who, 0, sizeof who);
				if (u->para && rd_person_at(s, n, &who) &&
				    (who.named || who.chair)) {
					name_speaker(p, &who);
					sec_open(p, SEC_DISCUSSION, u->a, u->b,
					    &who);
					p->pending_q = -1;
				} else
					discussion(p, u);
				rd_person_clear(&who);
			}
			/* "The motion was accordingly carried and the
			 * Committee agreed:-" over its points: they are the
			 * decision, the motion's movers theirs */
			if (outcome == NULL && q >= 0 && i + 1 < p->nu &&
			    agreed_over(s, n) && label_at(p->t + u[1].a,
			    u[1].b - u[1].a, 0, 0, &lab)) {
				const struct rec_section *m =
				    &p->rec->sections[q];

				res_begin(p, u, u->b, MARK_RESOLVED);
				if (m->proposer != NULL) {
					free(p->label_proposer);
					free(p->label_seconder);
					p->label_proposer = xstrdup(m->proposer);
					p->label_seconder = m->seconder != NULL ?
					    xstrdup(m->seconder) : NULL;
				}
			}
			continue;
		}

		/* "The motion was put to the vote and was LOST." with no
		 * motion written before: the sentence is the decision */
		if (!p->have_prop && q < 0 && !p->in_res &&
		    (rd_prefix(s, n, "the motion ") ||
		    rd_prefix(s, n, "the amendment ") ||
		    rd_prefix(s, n, "the proposal ")) &&
		    rd_find(s, n, "propos") == (size_t)-1 &&
		    (rd_find(s, n, "second") == (size_t)-1 ||
		    rd_find(s, n, "not seconded") != (size_t)-1) &&
		    rd_find(s, n, "moved") == (size_t)-1 &&
		    vote_result(s, n, &outcome)) {
			sec_open(p, SEC_RESOLUTION, u->a, u->b, NULL);
			if (outcome != NULL)
				p->rec->sections[p->cur].outcome =
				    xstrdup(outcome);
			p->voted = p->cur;
			p->cur = -1;
			continue;
		}
		if (p->in_res) {
			if (res_continue(p, u))
				continue;
			p->in_res = 0;
			p->res_quote = 0;
			p->cur = -1;
		}

		/* "There was submitted the undernoted motion by Councillor
		 * Lynn:-" over its quoted words, then "Councillor Lynn,
		 * seconded by Councillor Scott, moved the motion.": those
		 * words are what was moved, and a vote to come decides them */
		if (!p->have_prop && moved_above(p, u))
			continue;
		/*
		 * "Councillor X proposed that ... This was seconded by Y";
		 * after a seconded motion, the next one (an amendment)
		 * leaves the first undecided.
		 */
		/* "Following discussion, Councillor Yates moved that ...";
		 * "ACTION: Commissioner X moved, Y seconded, to adopt ..." */
		k = decision_lead(s, n);
		if (k == 0 && (k = rd_prefix(s, n, "action:")) != 0)
			k = rd_skip_spaces(s, n, k);
		/* (an amendment moved after a motion no one seconded yet:
		 * "Cllr O'Connell proposed an amendment to ...", "Councilor
		 * Ames moved to amend the resolution by striking ..." after
		 * "On motion of Councilor Cole, the rules were suspended.") */
		if ((!p->have_prop || p->seconder != NULL ||
		    (p->prop_b <= u->a && (rd_find(s, n < 120 ? n : 120,
		    " an amendment") != (size_t)-1 || rd_find(s,
		    n < 120 ? n : 120, " moved to amend ") != (size_t)-1))) &&
		    ((mover = motion_by(s, n, &second)) != NULL ||
		    (k > 0 && (mover = motion_by(s + k, n - k, &second)) !=
		    NULL) || (mover = pronoun_mover(p, s, n)) != NULL)) {
			flush_proposal(p, "unknown");
			free(p->proposer);
			p->proposer = mover;
			free(p->seconder);
			p->seconder = second;
			p->have_prop = 1;
			p->pending_q = -1;	/* a motion answers nothing */
			p->prop_a = u->a;
			p->prop_b = u->b;
			p->cur = -1;
			/* "Councillor Kerr, seconded by Councillor McKenzie,
			 * moved:-" over "(i) that ..." points: the motion's;
			 * so under "Councillor McCabe moved that the
			 * Committee:", seconded or not */
			if ((second != NULL || rd_find(s, n,
			    " moved that the ") != (size_t)-1) &&
			    ends_with_colon(p->t, u->a,
			    u->b) && i + 1 < p->nu && label_at(p->t +
			    p->u[i + 1].a, p->u[i + 1].b - p->u[i + 1].a, 0,
			    0, &lab)) {
				res_begin(p, u, u->b, MARK_RESOLVED);
				continue;
			}
			/* "X moved the motion, which was not seconded, and
			 * it therefore fell." */
			if (second == NULL && (rd_find(s, n, "not seconded") !=
			    (size_t)-1 || rd_find(s, n, "no seconder") !=
			    (size_t)-1 || rd_find(s, n, "lack of a second") !=
			    (size_t)-1)) {
				flush_proposal(p, "lost");
				continue;
			}
			if (second == NULL &&
			    (k = rd_find(s, n, "seconded by")) != (size_t)-1) {
				size_t used = 0;

				k += 11;
				free(p->seconder);
				p->seconder = person_name(s + k, n - k, &used);
				k += used;
				/* "..., which was seconded by Y and carried" */
				if (rd_find(s + k, n - k, "carried") !=
				    (size_t)-1 || rd_find(s + k, n - k,
				    "agreed") != (size_t)-1)
					decide_proposal(p);
			} else if (second == NULL && ((k = rd_find(s, n,
			    "; seconded ")) != (size_t)-1 || (k = rd_find(s, n,
			    ", seconded ")) != (size_t)-1) &&
			    titled_at(s + k + 11, n - k - 11) != 0) {
				/* "X proposed that ...; seconded Cllr Y." */
				free(p->seconder);
				p->seconder = person_name(s + k + 11,
				    n - k - 11, NULL);
			} else if (second == NULL &&
			    (name = seconded_later(s, n)) != NULL) {
				/* "X moved to accept the gift; Ms. Y
				 * seconded.", "X moved that ... in the
				 * report.  Mr Smith seconded." */
				free(p->seconder);
				p->seconder = name;
			} else if (second == NULL)
				p->seconder = and_seconded(s, n);
			/* "X proposed the grant be paid, Y seconded, all in
			 * favour.": carried as it was moved */
			if (p->have_prop && p->seconder != NULL &&
			    rd_find(s, n, "all in favour") != (size_t)-1)
				decide_proposal(p);
			continue;
		}

		/* "The motion was seconded by Councillor Quigley." under
		 * the motion's words, its mover known */
		if (!p->have_prop && p->rec->nsections > 0 &&
		    (k = (size_t)seconded_last(p, s, n)) == 1) {
			/* (a sentence of its own after quoted words, not
			 * more of them) */
			if (u->para && quoted_before(p, u->a)) {
				discussion(p, u);
				p->cur = -1;
				continue;
			}
			p->rec->sections[p->rec->nsections - 1].end = u->b;
			p->cur = -1;
			continue;
		}
		/* "Councillor Iqbal seconded the amendment." */
		if (p->have_prop && p->seconder == NULL &&
		    (p->seconder = seconder_at(s, n)) != NULL) {
			p->prop_b = u->b;
			continue;
		}
		/* A second proposal, moved and seconded in one sentence,
		 * after one that was (an amendment): the first stays
		 * undecided, not run together with it */
		k = decision_lead(s, n);
		if (p->have_prop && p->proposer != NULL &&
		    p->seconder != NULL && p->prop_b <= u->a &&
		    (rd_prefix(s, n, "it was proposed by") ||
		    rd_prefix(s, n, "it was moved by") ||
		    rd_prefix(s, n, "motion:") ||
		    /* "As an amendment, Councillor X, seconded by Y, moved
		     * that ..." */
		    rd_prefix(s + k, n - k, "councillor ") ||
		    rd_prefix(s + k, n - k, "cllr ") ||
		    /* "Mr Leask, seconded by Mr Sandison, moved as an
		     * amendment that ..." */
		    (titled_at(s + k, n - k) != 0 && rd_find(s + k,
		    n - k < 120 ? n - k : 120, ", seconded by ") !=
		    (size_t)-1) ||
		    /* "..., the following Motion was proposed by X,
		     * seconded by Y" */
		    rd_find(s, n < 200 ? n : 200, " was proposed by") !=
		    (size_t)-1 || rd_find(s, n < 200 ? n : 200,
		    " were proposed by") != (size_t)-1) &&
		    (rd_find(s, n < 240 ? n : 240, "seconded") != (size_t)-1 ||
		    rd_find(s, n < 240 ? n : 240, "second:") != (size_t)-1))
			flush_proposal(p, "unknown");
		/* "An amendment was proposed by Cllr Griffith that ...",
		 * seconded or not */
		else if (p->have_prop && p->proposer != NULL &&
		    p->seconder != NULL && p->prop_b <= u->a &&
		    (rd_prefix(s, n, "an amendment was proposed by ") ||
		    rd_prefix(s, n, "an amendment was moved by ")))
			flush_proposal(p, "unknown");
		/* "AGREED - on the proposal of X, seconded by Y, that:" and
		 * its points */
		/* ... and "RESOLVED on the motion of X, seconded Y that:"
		 * (New South Wales) */
		if (!p->have_prop && ((k = resolved_on_at(s, n)) != 0 ?
		    (kind = MARK_RESOLVED) : (kind = marker_at(s, n, &k))) !=
		    MARK_NONE && k > 0 && k < n && (rd_prefix(s + k, n - k,
		    "on the proposal of") || rd_prefix(s + k, n - k,
		    "on the motion of")) && (rest = rd_find(s + k, n - k,
		    "seconded")) != (size_t)-1 && (m = that_after(s + k + rest,
		    n - k - rest)) != (size_t)-1) {
			m += k + rest + 1;
			if (proposal_at(p, s + k, m - k, &rest) &&
			    p->proposer != NULL) {
				p->have_prop = 1;
				p->prop_a = u->a;
				p->prop_b = u->b;
				res_begin(p, u, u->a + m, kind);
				continue;
			}
		}
		/* "Member McMahon/Member Simons   Carried" under the decision
		 * it moved, as New Zealand records movers */
		if (!p->have_prop && (u->line || u->para) &&
		    slash_movers(p, s, n)) {
			p->cur = -1;
			continue;
		}
		/* Proposed by ...; Seconded by ...; (And Resolved ...) */
		pending = p->have_prop && p->prop_b <= u->a;
		/* "On the proposal of A, seconded by B, the Minutes of ...
		 * were confirmed." and then another such paragraph: two
		 * decisions, each with its movers */
		if (pending && p->proposer != NULL && p->seconder != NULL &&
		    (rd_prefix(s, n, "on the proposal of ") ||
		    rd_prefix(s, n, "on the motion of ")) &&
		    (rd_prefix(p->t + p->prop_a, p->prop_b - p->prop_a,
		    "on the proposal of ") || rd_prefix(p->t + p->prop_a,
		    p->prop_b - p->prop_a, "on the motion of ")) &&
		    proposal_states(p->t + p->prop_a, p->prop_b - p->prop_a)) {
			flush_proposal(p, "unknown");
			pending = 0;
		}
		/* a motion moved and seconded, with its words, and then the
		 * next one's movers: the first stays a motion of its own,
		 * its words not lost under the next's names */
		if (pending && p->proposer != NULL && p->seconder != NULL &&
		    !movers_only(p->t + p->prop_a, p->prop_b - p->prop_a) &&
		    motion_content_words(p->t + p->prop_a,
		    p->prop_b - p->prop_a) >= 3 && (rd_find(s, n < 120 ? n :
		    120, "proposed by") != (size_t)-1 || rd_find(s, n < 120 ?
		    n : 120, "moved by") != (size_t)-1) &&
		    rd_find(s, n < 240 ? n : 240, "seconded") != (size_t)-1) {
			flush_proposal(p, "unknown");
			pending = 0;
		}
		if (proposal_at(p, s, n, &rest)) {
			struct rec_section *last = p->rec->nsections > 0 ?
			    &p->rec->sections[p->rec->nsections - 1] : NULL;

			/*
			 * "It was agreed that the Clerk would respond.
			 * Proposed: Cllr Hughes  Seconded: Cllr Owen": who
			 * moved the decision just recorded.
			 */
			/* "... Carried 5-2" after them: the vote too; "-
			 * moved by X, seconded by Y" under a motion's points
			 * and then under its amendment's (Scotland) */
			int after = rd_prefix(s, n, "- moved by ") ||
			    rd_prefix(s, n, "\xe2\x80\x93 moved by ");
			/* "Cynigiwyd / Proposed: ...": the label's English */
			const char *eng = s + second_language(s, n);
			size_t engn = n - (size_t)(eng - s);

			/* "Apologies were received and accepted. Proposed
			 * Cllr X, seconded Cllr Y, all in favour.": the
			 * sentence before was the decision */
			if (!p->have_prop && last != NULL && last->type ==
			    SEC_DISCUSSION && last->speaker == NULL &&
			    (rest == 0 || vote_result(s + rest, n - rest,
			    &outcome)) && (rd_prefix(s, n, "proposed") ||
			    rd_prefix(s, n, "moved") ||
			    rd_prefix(s, n, "prop") ||
			    rd_prefix(s, n, "(prop") ||
			    rd_prefix(s, n, "(motion:")) &&
			    p->proposer != NULL &&
			    p->seconder != NULL && decided_before(p, last)) {
				last->type = SEC_RESOLUTION;
				free(last->outcome);
				last->outcome = NULL;
				after = 1;
			}

			/* "The draft policy was proposed by X and seconded
			 * by Y." after the decision on it */
			if (!after && rd_prefix(s, n, "the ") &&
			    rd_find(s, n < 80 ? n : 80, " was proposed by ") !=
			    (size_t)-1)
				after = 1;
			if (!p->have_prop && last != NULL && (rest == 0 ||
			    vote_result(s + rest, n - rest, &outcome)) &&
			    (rd_prefix(eng, engn, "proposed") ||
			    rd_prefix(eng, engn, "proposer") ||
			    rd_prefix(eng, engn, "prop") ||
			    rd_prefix(eng, engn, "(prop") ||
			    rd_prefix(eng, engn, "moved") ||
			    rd_prefix(eng, engn, "(motion:") ||
			    rd_prefix(eng, engn, "m/s") ||
			    rd_prefix(eng, engn, "seconded") || after ||
			    /* "On the proposal of X, seconded by Y." under
			     * the decision, as Irish minutes close one */
			    proposal_of_only(eng, engn)) &&
			    last->type == SEC_RESOLUTION &&
			    last->proposer == NULL && last->seconder == NULL &&
			    p->proposer != NULL && p->seconder != NULL &&
			    (after || last_motion(p) < 0 ||
			    /* a decision of its own since the last motion */
			    (rd_prefix(s, n, "prop") && last_motion(p) <
			    (int)p->rec->nsections - 1))) {
				movers_of_points(p, rest > 0 ? outcome : NULL);
				if (last->end < u->b)
					last->end = u->b;
				p->cur = -1;
				continue;
			}
			/* "Motion" / "“Council notes ...”" / "Moved by X,
			 * seconded by Y.": the words quoted above are the
			 * motion's */
			/* ("Proposed by X" / "Seconded by Y", a line each,
			 * under the quoted motion; "The motion was proposed
			 * by X and seconded by Y." under it) */
			if (!p->have_prop)
				p->prop_a = last != NULL && (movers_alone(s, n) ||
				    motion_moved_by(s, n) ||
				    (i + 1 < p->nu && rd_prefix(s, n,
				    "proposed") && rd_prefix(p->t +
				    p->u[i + 1].a, p->u[i + 1].b -
				    p->u[i + 1].a, "seconded") &&
				    movers_alone(s, p->u[i + 1].b - u->a))) ?
				    quoted_above(p, last, u->a) : u->a;
			p->have_prop = 1;
			p->prop_b = u->b;
			p->cur = -1;
			p->pending_q = -1;
			if (p->proposer != NULL) {
				struct head *h;

				if (p->nheads == p->heads_cap) {
					p->heads_cap = p->heads_cap ?
					    p->heads_cap * 2 : 8;
					p->heads = xreallocarray(p->heads,
					    p->heads_cap, sizeof *p->heads);
				}
				h = &p->heads[p->nheads++];
				h->at = u->a;
				h->result = header_result(s, n);
				h->proposer = xstrdup(p->proposer);
			}
			/* "On the proposal of X, seconded by Y, the motion
			 * was" / "adopted." under the quoted motion and its
			 * reply (Ireland): the motion above, so decided */
			if (rest == 0 && (m = rd_find(s, n, ", the motion ")) !=
			    (size_t)-1 && vote_result(s + m + 2, n - m - 2,
			    &outcome)) {
				const char *was = outcome;

				if (motion_above(p, u)) {
					struct rec_section *d = &p->rec->sections[
					    p->rec->nsections - 1];

					free(d->outcome);
					d->outcome = was != NULL ? xstrdup(was) :
					    NULL;
					continue;
				}
			}
			/* "Moved Cr X, Seconded Cr Y that Council:" over its
			 * numbered points: they are the motion (seconded: not
			 * a notice of motion's terms set out; the movers
			 * first: not "The agenda was adopted, proposed by X
			 * ..., as follows:" over the agenda) */
			if (ends_with_colon(p->t, u->a, u->b) &&
			    rd_find(s, n, "second") != (size_t)-1 &&
			    (rd_prefix(s, n, "moved") ||
			    rd_prefix(s, n, "motion:") ||
			    rd_prefix(s, n, "proposed") ||
			    rd_prefix(s, n, "it was moved") ||
			    rd_prefix(s, n, "it was proposed") ||
			    rd_prefix(s, n, "on the proposal of") ||
			    rd_prefix(s, n, "on the motion of") ||
			    rd_prefix(s, n, "on being proposed") ||
			    rd_prefix(s, n, "on a motion") ||
			    titled_at(s, n) != 0) &&
			    i + 1 < p->nu && label_at(p->t + u[1].a,
			    u[1].b - u[1].a, 0, 0, &lab)) {
				/* "... and agreed that permission be granted
				 * subject to the conditions:" decides; "that
				 * Council:" only leads in */
				size_t th = rd_find(s, n, " that ");
				char *lead;

				if (th == (size_t)-1)
					th = rd_find(s, n, "\nthat ");
				lead = th != (size_t)-1 ?
				    rd_squeeze(s + th + 1, n - th - 1) : NULL;
				int decides = lead != NULL && strcmp(
				    rd_outcome(lead, 0), "unknown") != 0;

				free(lead);
				res_begin(p, u, decides ? u->a + th + 1 : u->b,
				    MARK_RESOLVED);
				continue;
			}
			/* "RESOLVED (Davis/Bradley)" (the minute's number
			 * before it, perhaps) over "(a) That ..." points:
			 * the points are the decision, its movers theirs */
			if (i + 1 < p->nu && marker_at(s, n, &k) != MARK_NONE &&
			    (rd_skip_spaces(s, n, k) == n ||
			    s[rd_skip_spaces(s, n, k)] == '(') &&
			    memchr(s, '(', n) != NULL && memchr(s, '/', n) !=
			    NULL && label_at(p->t + u[1].a, u[1].b - u[1].a, 0,
			    0, &lab)) {
				res_begin(p, u, u->b, MARK_RESOLVED);
				continue;
			}
			/* "At the outset of the Meeting with the permission
			 * of the Cathaoirleach, on the proposal of X, ... it
			 * was agreed that ...": the words before are kept */
			if (rest > 0)
				lead_clause(p, u);
			if (rest > 0 && (kind = marker_at(s + rest, n - rest,
			    &k)) != MARK_NONE) {
				/* "..., and agreed." under a quoted motion */
				if (k == 0 && words_in(s + rest,
				    n - rest) <= 1 && motion_above(p, u))
					continue;
				/* "X moved that ... be deferred. This was
				 * seconded by Y and AGREED.": the motion's
				 * words are the decision */
				if (pending && k == 0 && words_in(s + rest,
				    n - rest) <= 1) {
					(void)decide_proposal(p);
					p->cur = -1;
					continue;
				}
				res_begin(p, u, u->a + rest + k, kind);
			}
			else if (rest > 0 && pending && (bare_assent(s + rest,
			    n - rest) || (vote_result(s + rest, n - rest,
			    &outcome) && outcome == NULL))) {
				/* "X moved that the licence be granted. This
				 * was seconded by Y and agreed unanimously."
				 * (or "carried by 2 votes to 1."): the
				 * motion's words decide */
				(void)decide_proposal(p);
				p->cur = -1;
				continue;
			} else if (rest > 0) {
				/* "... and agreed" with no words after */
				k = rest;
				while (k < n && rd_isalpha((unsigned char)s[k]))
					k++;
				while (k < n && (s[k] == ' ' || s[k] == ':'))
					k++;
				/* "and agreed unanimously that ..." */
				if (rd_prefix(s + k, n - k, "unanimously"))
					k += 11;
				while (k < n && (s[k] == ' ' || s[k] == ':' ||
				    s[k] == ','))
					k++;
				/* "X, seconded by Y, moved the following
				 * Motion:" over its quoted words: they are
				 * the motion, its result to come */
				/* (also an amendment's words set out plain,
				 * "To delete resolution 2 and insert: ...") */
				if (follows_lead(s + k, n - k) && i + 1 < p->nu &&
				    (p->t[p->u[i + 1].a] == '"' || rd_prefix(
				    p->t + p->u[i + 1].a, p->u[i + 1].b -
				    p->u[i + 1].a, "\xe2\x80\x9c") ||
				    (rd_find(s + k, n - k, "amendment") !=
				    (size_t)-1 && p->u[i + 1].para &&
				    !words_follow(p, &p->u[i + 1])))) {
					p->have_prop = 1;
					p->prop_a = u->a;
					p->prop_b = u->b;
					p->cur = -1;
					p->pending_q = -1;
					continue;
				}
				/* "X, seconded by Y, moved approval of the
				 * recommendations." over "The Committee
				 * agreed:-" and its points, or "Moved by X,
				 * seconded by Y and carried:" over "RESOLVED:"
				 * (Leicester): the points are the decision,
				 * the movers theirs */
				if (i + 1 < p->nu && (moves_recommendations(s + k,
				    n - k) || (k >= n && ends_with_colon(p->t,
				    u->a, u->b))) && marker_at(p->t +
				    p->u[i + 1].a, p->u[i + 1].b -
				    p->u[i + 1].a, &m) != MARK_NONE) {
					p->have_prop = 1;
					p->prop_a = u->a;
					p->prop_b = u->b;
					p->cur = -1;
					p->pending_q = -1;
					continue;
				}
				if (rd_prefix(s + k, n - k, "that"))
					res_begin(p, u, u->a + k,
					    MARK_RESOLVED);
				else if (k < n && has_word(s + k, n - k))
					res_begin(p, u, u->a + k,
					    MARK_RESOLVED);
				else if (rd_prefix(s + rest, n - rest,
				    "resolved"))
					/* "..., and\n\nRESOLVED\n\nThat
					 * ...": the decision is next */
					res_begin(p, u, u->b, MARK_RESOLVED);
				else if (!motion_above(p, u)) {
					res_begin(p, u, u->b, MARK_RESOLVED);
					p->res_await = 0;
					flush_proposal(p, "agreed");
					p->in_res = 0;
				}
			}
			continue;
		}
		/* An election after its nomination decides it; the
		 * nomination ("X was proposed by Y ...") stays as said */
		if (p->have_prop && p->prop_b <= u->a && elected(s, n)) {
			/* "Following a vote (Mr Jessop 4, Mr Felstead 2)":
			 * which nomination won is not read */
			if (rd_find(s, n, "vote") != (size_t)-1 ||
			    rd_find(s, n, "ballot") != (size_t)-1)
				flush_proposal(p, "unknown");
			else if (!movers_only(p->t + p->prop_a, p->prop_b -
			    p->prop_a))
				sec_open(p, SEC_DISCUSSION, p->prop_a,
				    p->prop_b, NULL);
			res_begin(p, u, u->a, MARK_RESOLVED);
			continue;
		}
		/* "That Cabinet:" over lettered points, as a decision page
		 * prints them: each point a decision */
		/* (not under "Officer's Recommendation": proposed only) */
		if (!p->in_res && that_only(s, n) && i + 1 < p->nu &&
		    label_at(p->t + p->u[i + 1].a, p->u[i + 1].b -
		    p->u[i + 1].a, 0, 0, &lab) && (i == 0 ||
		    rd_find(p->t + p->u[i - 1].a, p->u[i - 1].b -
		    p->u[i - 1].a, "recommendation") == (size_t)-1)) {
			keep_motion(p, u);
			res_begin(p, u, u->b, MARK_RESOLVED);
			continue;
		}
		if (minutes_signed(s, n)) {
			discussion(p, u);
			continue;
		}
		/* "DEFERRED for a site visit.": an outcome alone decides */
		if (outcome_word(s, n) != 0 || table_outcome(s, n) ||
		    ((u->para || u->line) && action_line(s, n))) {
			kind = MARK_RESOLVED;
			k = 0;
		} else if ((k0 = topic_lead(s, n)) != 0 &&
		    (kind = marker_at(s + k0, n - k0, &k)) != MARK_NONE)
			k = list_label(s, n);	/* the topic is the words' */
		else
			kind = marker_at(s, n, &k);
		/* "APPROVED: April 2, 2024" under the clerk's signature:
		 * when the minutes were, not a decision */
		if (kind != MARK_NONE && date_alone(s + k, n - k)) {
			discussion(p, u);
			continue;
		}
		if (kind != MARK_NONE) {
			keep_motion(p, u);
			res_begin(p, u, u->a + k, kind);
			continue;
		}
		/* "The following policies were reviewed and ADOPTED:" and
		 * the points, each decided so */
		if (!p->have_prop && (outcome = caps_lead(s, n)) != NULL) {
			keep_motion(p, u);
			res_begin(p, u, u->b, MARK_RESOLVED);
			p->res_outcome = outcome;
			continue;
		}
		/* "Following discussion, the Committee AGREED to ..." */
		if ((rest = decision_lead(s, n)) != 0 && (kind = marker_at(s +
		    rest, n - rest, &k)) != MARK_NONE) {
			keep_motion(p, u);
			/* a lead that says something ("After a discussion in
			 * which Members welcomed ...,") is kept */
			if (words_in(s, rest) > 9)
				sec_open(p, SEC_DISCUSSION, u->a, u->a + rest,
				    NULL);
			res_begin(p, u, u->a + rest + k, kind);
			continue;
		}
		/* "The minute of meeting of ... was submitted and approved
		 * as a correct record." */
		if (!p->have_prop && rd_find(s, n, "as a correct record") !=
		    (size_t)-1 && (rd_prefix(s, n, "the minute") ||
		    rd_prefix(s, n, "minute")) && rd_find(s, n, "was ") !=
		    (size_t)-1) {
			res_begin(p, u, u->a, MARK_RESOLVED);
			p->in_res = 0;
			p->cur = -1;
			continue;
		}
		/* "On the PROPOSAL of Cllr. X" / "SECONDED by Cllr. Y" over
		 * "The minutes ... were ADOPTED.": that decision's movers */
		if (p->have_prop && p->prop_b <= u->a && proposal_of_only(p->t +
		    p->prop_a, p->prop_b - p->prop_a) &&
		    (kind = noted_at(s, n)) != 0) {
			struct rec_section *d;
			char *prop = p->proposer, *sec = p->seconder;
			size_t from = p->prop_a;

			p->proposer = p->seconder = NULL;
			p->have_prop = 0;
			res_begin(p, u, u->a, MARK_RESOLVED);
			if (p->cur >= 0) {
				d = &p->rec->sections[p->cur];
				if (kind == 1 && d->outcome == NULL)
					d->outcome = xstrdup("noted");
				free(d->proposer);
				free(d->seconder);
				d->proposer = prop;
				d->seconder = sec;
				prop = sec = NULL;
				if (d->start > from)
					d->start = from;
			}
			free(prop);
			free(sec);
			p->in_res = 0;
			p->cur = -1;
			continue;
		}
		if (!p->have_prop && (kind = noted_at(s, n)) != 0) {
			/* The sentence is the decision; what follows is not. */
			res_begin(p, u, u->a, MARK_RESOLVED);
			if (kind == 1 && p->cur >= 0 &&
			    p->rec->sections[p->cur].outcome == NULL)
				p->rec->sections[p->cur].outcome =
				    xstrdup("noted");
			p->in_res = 0;
			p->cur = -1;
			continue;
		}
		/* "Motion" / "Amendment" alone over points whose movers
		 * follow them (Scotland): undecided until the vote */
		if (!p->have_prop && u->para && motion_heading(s, n, NULL,
		    NULL) && !(i + 1 < p->nu && movers_open(p->t + u[1].a,
		    u[1].b - u[1].a))) {
			flush_proposal(p, "unknown");
			res_begin(p, u, u->b, MARK_RESOLVED);
			p->res_outcome = "unknown";
			(void)motion_heading(s, n, &p->label_proposer,
			    &p->label_seconder);
			continue;
		}
		/* "COUNCIL RESOLUTION 2025/015", "Resolution number
		 * CO/2024/074" head the decision below */
		if (n <= 60 && (rd_prefix(s, n, "council resolution") ||
		    rd_prefix(s, n, "committee resolution") ||
		    resolution_number(s, n))) {
			p->res_header = i + 2;
			discussion(p, u);
			continue;
		}
		/* "Moved Cr Tate     Seconded Cr Vorster" over "1   That
		 * Council notes ...", "2   That ...": each numbered point a
		 * decision with those movers (Queensland) */
		/* (or "Mayor Hazlehurst/Councillor Nixon" alone over "A)
		 * That ...", "B) That ..." (New Zealand)) */
		if (p->have_prop && p->prop_b <= u->a && (u->para || u->line) &&
		    (movers_alone(p->t + p->prop_a, p->prop_b - p->prop_a) ||
		    slash_pair_alone(p->t + p->prop_a, p->prop_b - p->prop_a)) &&
		    (k = numbered_that(s, n)) != 0) {
			char *prop = p->proposer != NULL ?
			    xstrdup(p->proposer) : NULL;
			char *sec = p->seconder != NULL ?
			    xstrdup(p->seconder) : NULL;

			free(p->label_proposer);
			free(p->label_seconder);
			p->label_proposer = prop;
			p->label_seconder = sec;
			free(p->proposer);
			free(p->seconder);
			p->proposer = p->seconder = NULL;
			p->have_prop = 0;
			for (;;) {
				p->res_outcome = NULL;
				res_open(p, p->u[i].a + k, p->u[i].b);
				p->in_res = 0;
				p->res_quote = 0;
				if (i + 1 >= p->nu || (k = numbered_that(p->t +
				    p->u[i + 1].a, p->u[i + 1].b -
				    p->u[i + 1].a)) == 0)
					break;
				i++;
			}
			free(p->label_proposer);
			free(p->label_seconder);
			p->label_proposer = p->label_seconder = NULL;
			p->cur = -1;
			continue;
		}
		/* Northern Ireland: "Proposed by X" / "Seconded by Y" /
		 * "-    that the minutes ... are confirmed": the dash is no
		 * word of the motion */
		from = u->a;
		if (p->have_prop && (k = dash_that(s, n)) != 0) {
			s += k;
			n -= k;
			from += k;
		}
		/* (British Columbia: "THAT: the minutes be adopted") */
		/* (also the words set out plain under movers' lines alone:
		 * "Proposed by X" / "Seconded by Y" / "This Council calls on
		 * ...", "Council confirm the minutes ..."; not a lead-in
		 * to points, "This Council notes:", whose motion runs on
		 * further than can be told) */
		if ((p->have_prop || p->res_header == i + 1) && (s[0] == '"' ||
		    rd_prefix(s, n, "that ") || rd_prefix(s, n, "that: ") ||
		    (u->para && single_quoted(s, n)) || (p->have_prop &&
		    u->para && p->prop_b <= u->a && movers_only(p->t +
		    p->prop_a, p->prop_b - p->prop_a) &&
		    council_words(s, n) && !ends_with_colon(p->t, u->a,
		    u->b)))) {
			struct label lab;

			/* the words of a motion just proposed and seconded;
			 * "That the Committee:" leads in to its points */
			if (s[0] != '"' && ends_with_colon(p->t, from, u->b) &&
			    i + 1 < p->nu && (label_at(p->t + u[1].a,
			    u[1].b - u[1].a, 0, 0, &lab) ||
			    /* "That the Council:" over one unlettered
			     * paragraph (New Zealand) */
			    (that_only(s, n) && u[1].para &&
			    rd_isupper((unsigned char)p->t[u[1].a]) &&
			    !words_follow(p, &u[1])))) {
				/* "That Council refuses the application for
				 * the following reasons:" decides, and its
				 * points are the reasons; "That the following
				 * be added as clause d):" only leads in */
				char *lead = rd_squeeze(s, n);
				int decides = lead != NULL && strcmp(
				    rd_outcome(lead, 0), "unknown") != 0;

				free(lead);
				res_begin(p, u, decides ? from : u->b,
				    MARK_RESOLVED);
				continue;
			}
			p->in_res = 1;
			p->res_style = LAB_NONE;
			p->res_outcome = NULL;
			res_open(p, from, u->b);
			continue;
		}
		/* "Moved by X" / "Seconded by Y" / "WHEREAS ...;" / "THEREFORE
		 * BE IT RESOLVED that ...": the recitals lead to the motion,
		 * which still takes its movers and the vote after it */
		if (p->have_prop && p->prop_b <= u->a && u->para &&
		    rd_prefix(s, n, "whereas ")) {
			discussion(p, u);
			continue;
		}
		flush_proposal(p, "unknown");

		if ((k = reply_label(s, n, &replier)) != 0 ||
		    (u->line && (k = answer_letter(p, s, n)) != 0) ||
		    /* "Supplementary    I agree ... lower." over "Answer
		     * ...": the label's second word past the sentence */
		    (u->line && (k = column_label(s, p->end - u->a, 0)) != 0 &&
		    k < n)) {
			/* ("A." labels its line: the answer goes on only
			 * as its words do) */
			int letter = replier.name == NULL && s[0] == 'A' &&
			    k > 1 && (s[1] == '.' || s[1] == ':' ||
			    rd_isdigit((unsigned char)s[1])) &&
			    answer_letter(p, s, n) == k;

			q = p->pending_q;
			/* "A. Cllr Platt said he had met ...": who opens
			 * the words */
			if (letter && rd_person_at(s + k, n - k, &replier)) {
				int verb;

				if (!(replier.named || replier.chair ||
				    replier.role != NULL) || rd_verb_at(s + k +
				    replier.len, n - k - replier.len, &verb) ==
				    0 || verb == VERB_ASK)
					rd_person_clear(&replier);
			}
			if (q < 0) {
				/* the last question, if any */
				size_t j;

				for (j = p->rec->nsections; j-- > 0; )
					if (p->rec->sections[j].type ==
					    SEC_QUESTION) {
						q = (int)j;
						break;
					}
			}
			/* "Response: In the absence of Councillor X, the
			 * Deputy Leader, Councillor Y, responded." */
			if (replier.name == NULL && k < n)
				(void)stood_in(s + k, n - k, &m, &replier);
			/* "Reply: ..." unnamed: from whom the question was
			 * put to (a label alone waits for its words) */
			if (replier.name == NULL && k < n)
				(void)addressee(p, q, &replier);
			if (replier.name != NULL)
				name_speaker(p, &replier);
			sec_open(p, SEC_ANSWER, u->a + k, u->b,
			    replier.name != NULL ? &replier : NULL);
			rd_person_clear(&replier);
			p->rec->sections[p->cur].answers = q;
			p->labelled = !letter;
			p->a_await = k >= n;
			continue;
		}
		{
			struct rd_person who;

			/* "Questioner: Mr X" / "To: Councillor Y": the
			 * question is next, or follows on its own line */
			if ((u->line || u->para) && questioner_block(s, n,
			    p->end - u->b, &who, &k)) {
				name_speaker(p, &who);
				q = sec_open(p, SEC_QUESTION, u->a, u->b, &who);
				p->pending_q = q;
				p->labelled = 1;
				p->q_await = addressee_lines(s + k, n - k);
				rd_person_clear(&who);
				continue;
			}
			if (u->line && question_label(s, n, &who, &k)) {
				name_speaker(p, &who);
				q = sec_open(p, SEC_QUESTION, u->a, u->b, &who);
				p->pending_q = q;
				p->labelled = 1;
				p->q_await = label_alone(s + k, n - k);
				p->q_header = p->q_await && who.named ? q : -1;
				rd_person_clear(&who);
				continue;
			}
		}
		if ((u->line || u->para) && ((k = rd_prefix(s, n,
		    "question:")) != 0 || ((k = rd_prefix(s, n,
		    "question\n")) != 0 && s[0] == 'Q') ||
		    (k = dash_label(s, n, "question")) != 0) && k < n) {
			/* "6.1  Cr Tupou - Footpath renewal" / "Question: When
			 * is ...": the asker the heading over it names, or
			 * the item's title */
			struct rd_person who;
			const char *h = i > 0 ? p->t + u[-1].a : p->rec->title;
			size_t hn = i > 0 ? u[-1].b - u[-1].a : h != NULL ?
			    strlen(h) : 0;
			int named;

			/* under "Questioner: Mr X" / "To: ...": its words */
			if (await && p->cur >= 0 && p->cur == p->pending_q) {
				sec_extend(p, u->b);
				continue;
			}
			named = h != NULL && rd_person_at(h, hn, &who);
			if (!named && i > 0 && p->rec->title != NULL)
				named = rd_person_at(p->rec->title,
				    strlen(p->rec->title), &who);

			if (named && (!who.named || who.kind != RD_MEMBER)) {
				rd_person_clear(&who);
				named = 0;
			}
			/* "... the following questions were put by Councillor
			 * X to ..." over "Question 1 – ...", "Question 2 –
			 * ...": the lead-in's asker asks each */
			if (!named && p->q_header >= 0 &&
			    p->rec->sections[p->q_header].speaker != NULL) {
				const struct rec_section *hd =
				    &p->rec->sections[p->q_header];

				memset(&who, 0, sizeof who);
				who.name = xstrdup(hd->speaker);
				who.key = hd->speaker_key != NULL ?
				    xstrdup(hd->speaker_key) : NULL;
				named = 1;
			}
			if (named)
				name_speaker(p, &who);
			q = sec_open(p, SEC_QUESTION, u->a + k, u->b,
			    named ? &who : NULL);
			if (named)
				rd_person_clear(&who);
			p->pending_q = q;
			p->labelled = 1;
			continue;
		}
		/* "ACTION: Motion to approve the consent calendar." over
		 * "M/S Lee/Ortiz. Vote 5-0.": a motion, its movers and vote
		 * next */
		if ((u->line || u->para) && (k = rd_prefix(s, n, "action:")) !=
		    0 && rd_prefix(s + rd_skip_spaces(s, n, k), n -
		    rd_skip_spaces(s, n, k), "motion to ")) {
			flush_proposal(p, "unknown");
			sec_open(p, SEC_RESOLUTION, u->a + rd_skip_spaces(s,
			    n, k), u->b, NULL);
			p->rec->sections[p->cur].outcome = xstrdup("unknown");
			p->cur = -1;
			continue;
		}
		if ((u->line || u->para) && (rd_prefix(s, n, "action:") ||
		    rd_prefix(s, n, "action -") ||
		    rd_prefix(s, n, "actions:"))) {
			/* "ACTION: CU to chase": a note of its own */
			sec_open(p, SEC_DISCUSSION, u->a, u->b, NULL);
			p->in_res = 0;
			continue;
		}
		if (u->line && sub_heading(s, n)) {
			/* "Supplementary Question" alone: no one's words */
			sec_open(p, SEC_DISCUSSION, u->a, u->b, NULL);
			continue;
		}
		if (u->para && response_unit(p, u))
			continue;
		if (!u->para && (rd_prefix(s, n, "in response") ||
		    rd_prefix(s, n, "in reply")) && response_unit(p, u))
			continue;
		{
			struct rd_person who;

			if ((u->line || u->para) &&
			    (k = dialogue_label(s, n, &who)) != 0) {
				dialogue(p, u, k, &who);
				rd_person_clear(&who);
				continue;
			}
		}
		if (p->pending_q >= 0 && passive_answer(s, n)) {
			q = sec_open(p, SEC_ANSWER, u->a, u->b, NULL);
			p->rec->sections[q].answers = p->pending_q;
			continue;
		}
		if (person_unit(p, u) || initials_unit(p, u))
			continue;
		/* "Supplementary Question   None.": no question asked */
		if (u->qlab && n >= 3 && n <= 5 && ((n - (s[n - 1] == '.') ==
		    4 && rd_prefix(s, n, "none")) || (n - (s[n - 1] == '.') ==
		    3 && rd_prefix(s, n, "nil")))) {
			sec_open(p, SEC_DISCUSSION, u->a, u->b, NULL);
			p->pending_q = -1;
			continue;
		}
		if (u->qlab) {
			/* "Q: When will the toilets reopen?"; "Q1. Councillor
			 * X to the Cabinet Member for Y: "..."": X asks */
			struct rd_person asker;
			size_t o = s[0] == '(';
			int named = rd_person_at(s + o, n - o, &asker) &&
			    asker.named && (rd_prefix(s + o + asker.len,
			    n - o - asker.len, " to ") || rd_prefix(s + o +
			    asker.len, n - o - asker.len, ", ") || rd_prefix(s +
			    o + asker.len, n - o - asker.len, ":") ||
			    rd_prefix(s + o + asker.len, n - o - asker.len,
			    ")") || rd_prefix(s + o + asker.len, n - o -
			    asker.len, " - ") || (!o && rd_prefix(s +
			    asker.len, n - asker.len, " (")));

			size_t from = u->a, e;

			/* "Lord Provost, will the Leader ...": the chair
			 * addressed, not who asks */
			if (named && !o && vocative(s, n, &asker))
				named = 0;
			/* "QUESTION NO 1  By Councillor Booth for answer by
			 * ..." over "Question (1)  How ...": the label's
			 * asker asks each */
			if (!named && p->q_header >= 0 && column_below(p, u)) {
				const struct rec_section *h =
				    &p->rec->sections[p->q_header];

				/* (its first goes on from the label) */
				if (await && p->cur == p->q_header &&
				    p->cur == p->pending_q) {
					rd_person_clear(&asker);
					sec_extend(p, u->b);
					p->labelled = 1;
					continue;
				}

				rd_person_clear(&asker);
				memset(&asker, 0, sizeof asker);
				asker.name = xstrdup(h->speaker);
				asker.key = h->speaker_key != NULL ?
				    xstrdup(h->speaker_key) : NULL;
				named = 1;
			}
			/* "Cllr Yeo: Can ...", "Councillor Cragg - Would
			 * ...": the words after the asker */
			if (!o && named && (s[asker.len] == ':' ||
			    s[asker.len] == ' ') && (e = asker.len +
			    (s[asker.len] == ':' ? 1 : 3)) < n &&
			    (s[asker.len] == ':' || s[asker.len + 1] == '-'))
				from = u->a + rd_skip_spaces(s, n, e);

			/* "Q (Councillor Jones): When ...": the words after
			 * the asker's bracket */
			if (o && named && (e = rd_find(s, n < 120 ? n : 120,
			    "): ")) != (size_t)-1)
				from = u->a + e + 3;
			q = sec_open(p, SEC_QUESTION, from, u->b, named ?
			    &asker : NULL);
			rd_person_clear(&asker);
			p->pending_q = q;
			p->labelled = 1;
			/* the label alone: the question is next */
			p->q_await = from == u->a && label_alone(s + o, n - o);
			continue;
		}

		/* Nothing starts here: it goes on with what came before. */
		if (p->cur < 0) {
			if (p->title_question && !questions_received(s, n)) {
				p->title_question = 0;
				q = sec_open(p, SEC_QUESTION, u->a, u->b,
				    &p->asker);
				p->pending_q = q;
				p->labelled = 1;
			} else
				discussion(p, u);
			continue;
		}
		/* "The Chair asked Mr Hendra whether .... He replied that
		 * ...": the one asked answers */
		if (p->rec->sections[p->cur].type == SEC_QUESTION &&
		    p->cur == p->pending_q && pronoun_answers(s, n)) {
			struct rd_person to;
			int named;

			memset(&to, 0, sizeof to);
			named = addressee(p, p->cur, &to) && to.named;
			if (named)
				name_speaker(p, &to);
			q = sec_open(p, SEC_ANSWER, u->a, u->b, named ? &to :
			    NULL);
			p->rec->sections[q].answers = p->pending_q;
			rd_person_clear(&to);
			continue;
		}
		/* "Councillor Ryan welcomed the programme. He queried the
		 * timeline ...": the one speaking goes on to ask */
		/* (a member with a role of a member's: "Mrs Carver, Local
		 * Member for Ashby Fields, addressed the Cabinet.") */
		if (p->rec->sections[p->cur].type == SEC_DISCUSSION &&
		    p->rec->sections[p->cur].speaker != NULL &&
		    member_role(p->rec->sections[p->cur].role) &&
		    pronoun_asks(s, n)) {
			struct rec_section *d = &p->rec->sections[p->cur];
			struct rd_person who;

			memset(&who, 0, sizeof who);
			who.name = xstrdup(d->speaker);
			who.key = d->speaker_key != NULL ?
			    xstrdup(d->speaker_key) : NULL;
			who.role = d->role != NULL ? xstrdup(d->role) : NULL;
			q = sec_open(p, SEC_QUESTION, u->a, u->b, &who);
			p->pending_q = q;
			rd_person_clear(&who);
			continue;
		}
		/* "Following discussion, the motion was agreed." after a
		 * motion's written reply: the motion's fate, not the reply's
		 * words; "This concluded the business of the meeting." */
		if (p->cur >= 0 &&
		    p->rec->sections[p->cur].type == SEC_ANSWER &&
		    (k = reply_end_at(p, s, n)) != (size_t)-1) {
			if (k > 0)
				sec_extend(p, u->a + k);
			p->labelled = 0;
			p->pending_q = -1;
			sec_open(p, SEC_DISCUSSION, u->a + k, u->b, NULL);
			p->cur = -1;
			continue;
		}
		if (!u->para) {
			sec_extend(p, u->b);
			continue;
		}
		/* "Question 4 was withdrawn.", "Questions 5 to 8 were not
		 * reached ...": the meeting's note ends the answer */
		if (p->labelled && question_note(s, n)) {
			p->labelled = 0;
			p->pending_q = -1;
			sec_open(p, SEC_DISCUSSION, u->a, u->b, NULL);
			continue;
		}
		/* "To: Councillor Y" as a paragraph under "From: Councillor
		 * X": the question still to come */
		if (p->labelled && await && p->cur == p->pending_q &&
		    addressee_lines(s, n)) {
			sec_extend(p, u->b);
			p->q_await = 1;
			continue;
		}
		/* "Question" alone on its line under "... the following
		 * question was put by X to Y.": the words still to come */
		if (p->labelled && await && p->cur == p->pending_q &&
		    s[0] == 'Q' && ((k = rd_prefix(s, n, "question")) == n ||
		    (k + 1 == n && s[k] == ':'))) {
			sec_extend(p, u->b);
			p->q_await = 1;
			continue;
		}
		/* "(The question was asked in Welsh)" between a label
		 * alone and its question: a note, the question to come */
		if (p->labelled && await && n < 200 && s[0] == '(' &&
		    (s[n - 1] == ')' || (n > 2 && s[n - 1] == '.' &&
		    s[n - 2] == ')')) && memchr(s + 1, '(', n - 1) == NULL) {
			sec_extend(p, u->b);
			p->q_await = 1;
			continue;
		}
		if (p->labelled) {
			/*
			 * A written question, then its reply unlabelled; after
			 * a label alone ("Question from Councillor X to the
			 * Leader:") the question itself.
			 */
			if (p->rec->sections[p->cur].type == SEC_QUESTION &&
			    !first_person(s, n) && !await) {
				struct rd_person to;
				int named;

				q = p->pending_q;
				if ((named = addressee(p, q, &to)) != 0)
					name_speaker(p, &to);
				sec_open(p, SEC_ANSWER, u->a, u->b, named ?
				    &to : NULL);
				if (named)
					rd_person_clear(&to);
				p->rec->sections[p->cur].answers = q;
				p->labelled = 1;
			} else
				sec_extend(p, u->b);
			continue;
		}
		if (continues(s, n) && (p->rec->sections[p->cur].type ==
		    SEC_QUESTION || p->rec->sections[p->cur].type ==
		    SEC_ANSWER)) {
			sec_extend(p, u->b);
			continue;
		}
		discussion(p, u);
	}
	flush_proposal(p, "unknown");
}

static void
section_free(struct rec_section *s)
{
	free(s->speaker);
	free(s->speaker_key);
	free(s->role);
	free(s->proposer);
	free(s->seconder);
	free(s->outcome);
}

/*
 * 1 if a proposal goes on, after "seconded by NAME,", with a clause of
 * three words or more: the decision itself.
 */
static int
proposal_states(const char *t, size_t n)
{
	size_t at, words = 0, i;
	const char *c;

	at = rd_find(t, n, "seconded by");
	if (at == (size_t)-1)
		return 0;
	c = memchr(t + at, ',', n - at);
	if (c == NULL)
		return 0;
	for (i = (size_t)(c - t) + 1; i < n; i++)
		if (rd_isalpha((unsigned char)t[i]) &&
		    !rd_isalpha((unsigned char)t[i - 1]))
			words++;
	return words >= 3;
}

/* Gives speaker sp of r, and the sections it spoke, the key key. */
static void
rekey(struct record *r, struct rec_speaker *sp, const char *key)
{
	size_t j;

	for (j = 0; j < r->nsections; j++)
		if (r->sections[j].speaker_key != NULL &&
		    strcmp(r->sections[j].speaker_key, sp->key) == 0) {
			free(r->sections[j].speaker_key);
			r->sections[j].speaker_key = xstrdup(key);
		}
	free(sp->key);
	sp->key = xstrdup(key);
}

/*
 * "Mr Payne" named before "Mr J Payne": one person, when one speaker of
 * that surname and the same title (or none) is known.  The surname's
 * entry goes and its sections take the full key.  One named nowhere else
 * in the item takes the key of the one so named in the attendance list.
 */
static void
merge_surnames(struct record *r, const struct record *known)
{
	size_t i = 0;
	long hit;

	while (i < r->nspeakers) {
		struct rec_speaker *sp = &r->speakers[i], *full;

		if (sp->key == NULL || strchr(sp->key, ' ') != NULL) {
			i++;
			continue;
		}
		if ((hit = by_surname(r, sp->key)) < 0) {
			/* "Councillor Iqbal", who seconded: "Councillor B
			 * Iqbal" of the attendance list */
			if (known != NULL && sp->title != NULL &&
			    (hit = by_surname(known, sp->key)) >= 0 &&
			    (known->speakers[hit].title == NULL ||
			    strcmp(sp->title, known->speakers[hit].title) ==
			    0))
				rekey(r, sp, known->speakers[hit].key);
			i++;
			continue;
		}
		full = &r->speakers[hit];
		if (sp->title != NULL && full->title != NULL &&
		    strcmp(sp->title, full->title) != 0) {
			i++;
			continue;
		}
		rekey(r, sp, full->key);
		if (full->role == NULL && sp->role != NULL) {
			full->role = sp->role;
			sp->role = NULL;
		}
		if (full->title == NULL && sp->title != NULL) {
			full->title = sp->title;
			sp->title = NULL;
		}
		free(sp->name);
		free(sp->title);
		free(sp->key);
		free(sp->role);
		memmove(sp, sp + 1, (r->nspeakers - i - 1) * sizeof *sp);
		r->nspeakers--;
	}
}

/*
 * The decision of a table's row is its last cell ("Approve | REFUSED":
 * the officers recommended, the committee refused); other text whole.
 */
static const char *
last_cell(const char *text)
{
	const char *at = text, *p;

	for (p = text; (p = strstr(p, " | ")) != NULL; p += 3)
		at = p + 3;
	return at;
}

/*
 * The list label a section's words follow on their line ("2." of "2. That
 * the Director be authorised to:"), in lab; 0 if none.
 */
static int
label_before(const struct parse *p, size_t start, struct label *lab)
{
	size_t k = start;

	while (start < p->end && p->t[start] == ' ')
		start++;
	while (k > 0 && p->t[k - 1] != '\n' && start - k < 12)
		k--;
	return (k == 0 || p->t[k - 1] == '\n') && label_at(p->t + k,
	    p->end - k, 0, 0, lab) && k + lab->len <= start;
}

/*
 * 1 if a line of t[a..b) after the first is "Defeated" or "Lost" alone,
 * the result printed at the margin beside the motion's words (British
 * Columbia, New Zealand), its spacing gone.
 */
static int
lost_at_margin(const char *t, size_t a, size_t b)
{
	static const char *const words[] = {
		"Defeated", "DEFEATED", "Lost", "LOST",
	};
	size_t i, k, w;

	for (i = a; i < b; i++) {
		if (t[i] != '\n')
			continue;
		for (k = 0; k < sizeof words / sizeof words[0]; k++) {
			w = strlen(words[k]);
			if (i + 1 + w <= b && memcmp(t + i + 1, words[k], w) ==
			    0 && (i + 1 + w == b || t[i + 1 + w] == '\n'))
				return 1;
		}
	}
	return 0;
}

/* 1 if text, after its seconder, records the motion lost. */
static int
lost_after_seconder(const char *text)
{
	static const char *const lost[] = {
		" was lost", " was defeated", " motion fell", " was not carried",
		/* Legistar: "A motion offered by X, duly seconded by Y,
		 * that ..., failed by the following vote:" */
		" failed by the following vote", " failed by a vote of",
		" was negatived",
	};
	size_t n = strlen(text), at = rd_find(text, n, "seconded");

	return at != (size_t)-1 && rd_find_any(text + at, n - at, lost,
	    sizeof lost / sizeof lost[0]);
}

/*
 * 1 if s opens a motion's own words: "That ...", "I will move at the
 * next meeting that ...", "This Council ...", in quotes or not.
 */
static int
motion_words(const char *s, size_t n)
{
	static const char *const opens[] = {
		"that ", "i will move", "! will move", "i wish to move",
		"this council", "that this council",
	};
	size_t i = 0, k;

	for (;;) {
		if (i < n && (s[i] == '"' || s[i] == '\'' || s[i] == ' '))
			i++;
		else if (i + 2 < n && (unsigned char)s[i] == 0xe2 &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x9c ||
		    (unsigned char)s[i + 2] == 0x98))
			i += 3;	/* an opening quote */
		else
			break;
	}
	for (k = 0; k < sizeof opens / sizeof opens[0]; k++)
		if (rd_prefix(s + i, n - i, opens[k]))
			return 1;
	return 0;
}

/*
 * "The Motion was proposed by X, seconded by Y and agreed." after the
 * motion's words, as Irish minutes record a notice of motion (perhaps
 * the reply between): the words are the decision, with its movers and
 * its vote; the sentence that moved them is discussion.
 */
static void
motion_words_before(struct parse *p, size_t first)
{
	struct record *r = p->rec;
	size_t i, j, looked;

	for (i = first + 1; i < r->nsections; i++) {
		struct rec_section *m = &r->sections[i], *d = NULL;
		const char *s = p->t + m->start;
		size_t n = m->end - m->start, at;
		char *submitter = NULL;
		int seconded;

		/* ... or only "The motion was seconded by Cllr. Dineen.",
		 * its proposer the one who submitted it */
		seconded = m->proposer == NULL && m->seconder != NULL &&
		    rd_prefix(s, n, "the motion was seconded by ");
		if (m->type != SEC_RESOLUTION || (m->proposer == NULL &&
		    !seconded) ||
		    n > 300 || (at = rd_find(s, n, "the motion")) ==
		    (size_t)-1 || at > 60 || (rd_find(s, n, "proposed") ==
		    (size_t)-1 && rd_find(s, n, "moved") == (size_t)-1 &&
		    !seconded) ||
		    memchr(s, '"', n) != NULL || rd_find(s, n, " that ") !=
		    (size_t)-1 || rd_find(s, n, "\xe2\x80\x9c") != (size_t)-1)
			continue;
		for (j = i, looked = 0; j-- > first && looked < 4; looked++) {
			struct rec_section *c = &r->sections[j];
			size_t a;

			/* (a member speaking to it: "Cllr. Ward spoke to the
			 * motion.", still a question here) */
			if (c->type == SEC_ANSWER || (seconded && c->type ==
			    SEC_QUESTION))
				continue;
			if (c->type != SEC_DISCUSSION)
				break;
			/* (under "5.1  Cllr. X", the motion's label) */
			a = after_member_label(p->t, c->start, c->end);
			if (motion_words(p->t + a, c->end - a)) {
				if (seconded && a > c->start)
					submitter = label_member(p->t,
					    c->start, a);
				if (!seconded || submitter != NULL) {
					c->start = a;
					d = c;
				}
				break;
			}
		}
		if (d == NULL)
			continue;
		d->type = SEC_RESOLUTION;
		d->proposer = seconded ? submitter : m->proposer;
		submitter = NULL;
		d->seconder = m->seconder;
		m->proposer = m->seconder = NULL;
		/* decided as its words say (NULL), by its vote, or, with
		 * no vote recorded, undecided whatever the motion's own
		 * words */
		d->outcome = m->outcome;
		m->outcome = NULL;
		if (d->outcome != NULL && strcmp(d->outcome, "unknown") == 0) {
			/* "..., seconded by Y and agreed.": the sentence
			 * that moved it says */
			char *said = rd_squeeze(s, n);
			const char *o = said != NULL ? rd_outcome(said, 0) :
			    "unknown";

			if (strcmp(o, "unknown") == 0 && said != NULL &&
			    proposal_states(said, strlen(said)))
				o = "agreed";
			free(d->outcome);
			d->outcome = xstrdup(o);
			if (strcmp(o, "unknown") == 0)
				mark(&p->superseded, (int)j);
			free(said);
		}
		m->type = SEC_DISCUSSION;
	}
}

/*
 * 1 if text is a label alone, a question's or a reply's: "Reply",
 * "Answer:", "Supplementary", "Supplementary question", "Written
 * response:", "Question 1".
 */
static int
label_only(const char *text)
{
	static const char *const labels[] = {
		"reply", "answer", "response", "supplementary",
		"supplementary question", "supplementary answer",
		"supplementary reply", "supplementary response",
		"written response", "written reply", "written answer",
		"question", "questions",
	};
	size_t n = strlen(text), i, k;

	while (n > 0 && (text[n - 1] == ':' || text[n - 1] == ' ' ||
	    text[n - 1] == '-' || text[n - 1] == '.'))
		n--;
	/* "Question 1", "Question No. 3", "Q4" */
	if ((k = rd_prefix(text, n, "question ")) != 0 || (n > 1 &&
	    text[0] == 'Q' && rd_isdigit((unsigned char)text[1]) &&
	    (k = 1) != 0)) {
		if ((i = rd_prefix(text + k, n - k, "no. ")) != 0)
			k += i;
		for (i = k; i < n && rd_isdigit((unsigned char)text[i]); i++)
			;
		return i > k && i == n;
	}
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strlen(labels[i]) == n && rd_prefix(text, n, labels[i]))
			return 1;
	return 0;
}

/*
 * Who signed an answer at its end: "... in July 2024. Gerry Staunton,
 * Senior Engineer", "... (Mr. C. Foley, Senior Engineer)", "... — Michael
 * Roche, Senior Engineer".  Fills *who (named, with an office) and
 * returns 1, or 0.
 */
static int
signed_by(const char *s, size_t n, struct rd_person *who)
{
	static const char *const dashes[] = {
		" - ", " \xe2\x80\x94 ", " \xe2\x80\x93 ", "\n",
	};
	size_t e = n, a = 0, i, k;

	while (e > 0 && (rd_isspace((unsigned char)s[e - 1]) ||
	    s[e - 1] == '.'))
		e--;
	if (e > 0 && s[e - 1] == ')') {
		for (a = e - 1; a > 0 && e - a < 120 && s[a] != '('; a--)
			;
		if (s[a] != '(')
			return 0;
		a++;
		e--;
	} else {
		/* after the last dash or line break (a sentence's end on the
		 * same line runs into the name) */
		for (i = 0; i < sizeof dashes / sizeof dashes[0]; i++) {
			size_t from = e > 120 ? e - 120 : 0, at;

			while ((at = rd_find(s + from, e - from, dashes[i])) !=
			    (size_t)-1) {
				from += at + strlen(dashes[i]);
				if (from > a)
					a = from;
			}
		}
		if (a == 0) {
			/* "... July 2024. Gerry Staunton, Senior Engineer" */
			for (a = e; a > 1 && e - a < 80 && !(s[a - 1] == ' ' &&
			    s[a - 2] == '.'); a--)
				;
			if (a <= 1 || e - a >= 80)
				return 0;
		}
	}
	a = rd_skip_spaces(s, e, a);
	if (a >= e || e - a > 120 || !rd_person_at(s + a, e - a, who))
		return 0;
	k = who->len;
	while (a + k < e && (s[a + k] == ' ' || s[a + k] == ',' ||
	    s[a + k] == '.'))
		k++;
	/* the name and office are all that is there, or "on behalf of
	 * ..." after them */
	if (who->named && who->role != NULL && (a + k == e ||
	    rd_prefix(s + a + k, e - a - k, "on behalf of ")))
		return 1;
	rd_person_clear(who);
	return 0;
}

/* 1 if s[0..n) ends with who signed it: "... (Mr. T. Keating, Director
 * of Services)". */
static int
signed_close(const char *s, size_t n)
{
	struct rd_person who;

	if (!signed_by(s, n, &who))
		return 0;
	rd_person_clear(&who);
	return 1;
}

/*
 * "Mr Gary Pentland asked the following questions:" over "Q1. When
 * will ...?" / "A1. ...": the questions are his, the lead-in only says
 * so.
 */
static void
asked_following(struct parse *p, size_t first)
{
	struct record *r = p->rec;
	size_t i, e;
	long lead = -1;

	for (i = first; i < r->nsections; i++) {
		struct rec_section *s = &r->sections[i];
		const char *t = p->t + s->start;

		if (s->type != SEC_QUESTION)
			continue;
		if (s->speaker != NULL) {
			lead = -1;
			for (e = s->end - s->start; e > 0 &&
			    rd_isspace((unsigned char)t[e - 1]); e--)
				;
			if (e > 20 && t[e - 1] == ':' && (rd_prefix(t + e -
			    20, 20, "following questions:") == 20 ||
			    rd_prefix(t + e - 19, 19,
			    "following question:") == 19))
				lead = (long)i;
			continue;
		}
		if (lead < 0)
			continue;
		s->speaker = xstrdup(r->sections[lead].speaker);
		if (r->sections[lead].speaker_key != NULL)
			s->speaker_key = xstrdup(r->sections[lead].speaker_key);
		if (r->sections[lead].role != NULL)
			s->role = xstrdup(r->sections[lead].role);
		r->sections[lead].type = SEC_DISCUSSION;
	}
}

/*
 * "Question 1 – Councillor Julia Buckley" over "Councillor Julia
 * Buckley asked the following question:": one question, the label only
 * says whose; also with "Supplementary question" alone between them.
 * A label over a note ("Councillor Rowe was not present at the
 * meeting.", "In the absence of Councillor Marks, the question was
 * withdrawn."), unanswered, asked nothing.
 */
static void
label_over_question(struct parse *p, size_t first)
{
	struct record *r = p->rec;
	size_t i, j;

	for (i = first; i + 1 < r->nsections; i++) {
		struct rec_section *s = &r->sections[i], *q = s + 1;
		const char *t = p->t + s->start;
		size_t m = s->end - s->start;

		if (s->type != SEC_QUESTION || s->speaker_key == NULL ||
		    m > 100 || !rd_prefix(t, m, "question") ||
		    memchr(t, '.', m) != NULL || memchr(t, '?', m) != NULL)
			continue;
		while (q + 1 < r->sections + r->nsections &&
		    q->type == SEC_DISCUSSION && q->speaker == NULL &&
		    sub_heading(p->t + q->start, q->end - q->start))
			q++;
		if (q->type == SEC_QUESTION && q->speaker_key != NULL &&
		    strcmp(s->speaker_key, q->speaker_key) == 0) {
			s->type = SEC_DISCUSSION;
			continue;
		}
		if (q != s + 1 || q->type != SEC_DISCUSSION)
			continue;
		for (j = i + 1; j < r->nsections; j++)
			if (r->sections[j].answers == (int)i)
				break;
		if (j == r->nsections)
			s->type = SEC_DISCUSSION;
	}
}

/* An answer with no one named takes who signed it at its end. */
static void
signed_answers(struct parse *p, size_t first)
{
	struct record *r = p->rec;
	size_t i;

	for (i = first; i < r->nsections; i++) {
		struct rec_section *s = &r->sections[i];
		struct rd_person who;

		if (s->type != SEC_ANSWER || s->speaker != NULL ||
		    !signed_by(p->t + s->start, s->end - s->start, &who))
			continue;
		name_speaker(p, &who);
		s->speaker = xstrdup(who.name);
		s->speaker_key = who.key != NULL ? xstrdup(who.key) : NULL;
		s->role = who.role != NULL ? xstrdup(who.role) : NULL;
		rd_person_clear(&who);
	}
}

/* Text, spans in the source and outcomes, once the walk is done. */
static void
finish(struct parse *p, size_t first)
{
	struct record *r = p->rec;
	size_t i, j, w;
	const char *lead = NULL;	/* the outcome points take */
	int reasons = 0;		/* the points are reasons, conditions */
	struct label lead_lab, lab;	/* the lead's own label */
	struct label moved_lab;		/* a moved point's label */
	int lead_labelled = 0, moved_labelled = 0;

	motion_words_before(p, first);
	signed_answers(p, first);
	asked_following(p, first);
	label_over_question(p, first);
	in_accordance(p, first);
	for (i = first; i < r->nsections; i++) {
		struct rec_section *s = &r->sections[i];
		struct rec_section *prev = i > first ? &r->sections[i - 1] :
		    NULL;

		s->text = rd_squeeze(p->t + s->start, s->end - s->start);
		if (s->type != SEC_RESOLUTION)
			lead = NULL;
		/* "Moved Cr X / Seconded Cr Y / That Council: 1. ... 2.
		 * ...": the points after the first, labelled alike, were
		 * moved with it */
		/* ... and so were the points under the moved lead-in that
		 * says their outcome ("That with respect to Report X, the
		 * following be approved:" / "1. Give three readings ...") */
		if (s->type == SEC_RESOLUTION && s->proposer == NULL &&
		    s->seconder == NULL && prev != NULL && prev->type ==
		    SEC_RESOLUTION && (prev->proposer != NULL ||
		    prev->seconder != NULL) && ((moved_labelled &&
		    label_before(p, s->start, &lab) && lab.style ==
		    moved_lab.style && lab.kind == moved_lab.kind &&
		    lab.style != LAB_BULLET) || (prev->text != NULL &&
		    ends_with_colon(prev->text, 0, strlen(prev->text)) &&
		    label_before(p, s->start, &lab) &&
		    lab.style != LAB_BULLET))) {
			s->proposer = prev->proposer != NULL ?
			    xstrdup(prev->proposer) : NULL;
			s->seconder = prev->seconder != NULL ?
			    xstrdup(prev->seconder) : NULL;
		}
		moved_labelled = s->type == SEC_RESOLUTION &&
		    (s->proposer != NULL || s->seconder != NULL) &&
		    label_before(p, s->start, &moved_lab);
		/* "2. That X be authorised to:" leads "a)" and "b)"; "3."
		 * after them is its sibling, not one of its points */
		if (lead != NULL && lead_labelled && lead_lab.style !=
		    LAB_BULLET && label_before(p, s->start, &lab) &&
		    lab.style == lead_lab.style &&
		    lab.kind == lead_lab.kind)
			lead = NULL;
		if (s->type == SEC_RESOLUTION && s->outcome == NULL) {
			/* the reasons under "That the application be
			 * REFUSED for the following reasons:" are refused,
			 * whatever words they hold ("contrary to the adopted
			 * Local Plan") */
			const char *o = s->text != NULL ?
			    rd_outcome(last_cell(s->text), 0) : "unknown";

			if (strcmp(o, "unknown") == 0 && s->text != NULL)
				o = rd_outcome(s->text, 0);
			if (lead != NULL && (reasons ||
			    strcmp(o, "unknown") == 0))
				o = lead;
			else if (strcmp(o, "unknown") == 0)
				o = "agreed";
			s->outcome = xstrdup(o);
			if (s->text != NULL && ends_with_colon(s->text, 0,
			    strlen(s->text))) {
				lead = s->outcome;
				lead_labelled = label_before(p, s->start,
				    &lead_lab);
				reasons = rd_find(s->text, strlen(s->text),
				    "reason") != (size_t)-1 ||
				    rd_find(s->text, strlen(s->text),
				    "condition") != (size_t)-1 ||
				    rd_find(s->text, strlen(s->text),
				    "subject to") != (size_t)-1;
			}
		}
		/* A proposal with no "Resolved" may still say what was
		 * decided ("... this item was deferred"). */
		else if (s->type == SEC_RESOLUTION &&
		    strcmp(s->outcome, "unknown") == 0 &&
		    !marked(&p->superseded, i)) {
			free(s->outcome);
			s->outcome = xstrdup(rd_outcome(s->text, 0));
			/* "RESOLVED on the motion of X seconded Y that all
			 * speakers be thanked": resolved, so agreed */
			if (strcmp(s->outcome, "unknown") == 0 &&
			    resolved_on_at(s->text, strlen(s->text)) != 0) {
				free(s->outcome);
				s->outcome = xstrdup("agreed");
			}
			/* "On the proposal of A, seconded by B, C was
			 * appointed": what follows the seconder is done. */
			if (strcmp(s->outcome, "unknown") == 0 &&
			    proposal_states(s->text, strlen(s->text))) {
				free(s->outcome);
				s->outcome = xstrdup("agreed");
			}
		}
		/* "... DEFERRED for a site visit.  This was seconded by Y but
		 * on being put to the vote was LOST.": the vote decides */
		if (s->type == SEC_RESOLUTION && s->text != NULL &&
		    (lost_after_seconder(s->text) || lost_at_margin(p->t,
		    s->start, s->end))) {
			free(s->outcome);
			s->outcome = xstrdup("lost");
		}
		/* "2 - Motion to Amend Item moved by Councillor Ames
		 * (Lost)" over the motion: each of its points so decided */
		for (j = p->nheads; s->type == SEC_RESOLUTION &&
		    s->proposer != NULL && j > 0 && p->heads[j - 1].at >
		    s->start; j--)
			;
		if (s->type == SEC_RESOLUTION && s->proposer != NULL && j > 0 &&
		    strcmp(p->heads[j - 1].proposer, s->proposer) == 0) {
			int head = p->heads[j - 1].result;

			if (head == HEAD_LOST || head == HEAD_WITHDRAWN ||
			    (head == HEAD_CARRIED && (s->outcome == NULL ||
			    strcmp(s->outcome, "unknown") == 0 ||
			    strcmp(s->outcome, "lost") == 0))) {
				free(s->outcome);
				s->outcome = xstrdup(head == HEAD_LOST ? "lost" :
				    head == HEAD_WITHDRAWN ? "withdrawn" :
				    "agreed");
			}
		}
		if (s->type == SEC_RESOLUTION &&
		    resolved_just_before(p->t, s->start))
			mark(&p->decided, (int)i);
		s->end = tm_src_end(p->tm, s->end);
		s->start = tm_src(p->tm, s->start);
		if (s->end < s->start)
			s->end = s->start;
	}
	/* A member's remark no one answered is no question; nor are the
	 * concerns Members raised */
	for (i = 0; i < p->said.n + p->raised.n; i++) {
		struct rec_section *s;
		int at = i < p->said.n ? p->said.v[i] :
		    p->raised.v[i - p->said.n];

		if ((size_t)at >= r->nsections)
			continue;
		s = &r->sections[at];
		if (s->type != SEC_QUESTION || (i < p->said.n &&
		    s->text != NULL && asks_not_bidding(s->text,
		    strlen(s->text))))
			continue;
		for (j = (size_t)at + 1; j < r->nsections; j++)
			if (r->sections[j].answers == at)
				break;
		if (j == r->nsections)
			s->type = SEC_DISCUSSION;
	}
	/* "Reply", "Supplementary" alone: a label, no words of its own */
	for (i = first; i < r->nsections; i++) {
		struct rec_section *s = &r->sections[i];

		if (s->text != NULL && s->type != SEC_RESOLUTION &&
		    label_only(s->text)) {
			free(s->text);
			s->text = NULL;
		}
	}
	/* Drop sections left empty; renumber the answers' links. */
	for (i = w = first; i < r->nsections; i++) {
		struct rec_section *s = &r->sections[i];

		if (s->text == NULL) {
			section_free(s);
			for (j = i + 1; j < r->nsections; j++)
				if (r->sections[j].answers == (int)i)
					r->sections[j].answers = -1;
			continue;
		}
		if (w != i) {
			for (j = i + 1; j < r->nsections; j++)
				if (r->sections[j].answers == (int)i)
					r->sections[j].answers = (int)w;
			r->sections[w] = *s;
		}
		w++;
	}
	r->nsections = w;
	/* Everyone who spoke goes in the list of speakers. */
	for (i = first; i < r->nsections; i++) {
		struct rec_section *s = &r->sections[i];
		const char *title = NULL;
		const struct rec_speaker *att;

		if (s->speaker == NULL || s->speaker_key == NULL)
			continue;
		if (strcmp(s->speaker_key, "member") == 0 ||
		    strcmp(s->speaker_key, "members") == 0)
			continue;
		for (j = 0; j < r->nspeakers; j++)
			if (r->speakers[j].key != NULL &&
			    strcmp(r->speakers[j].key, s->speaker_key) == 0)
				title = r->speakers[j].title;
		/* named from the attendance list: "Mr E. Griffin" */
		if (title == NULL && (att = speaker_in(p->known,
		    s->speaker_key)) != NULL && att->title != NULL &&
		    strncmp(s->speaker, att->title, strlen(att->title)) == 0)
			title = att->title;
		record_add_speaker(r, s->speaker, title, s->speaker_key,
		    s->role);
	}
}

/*
 * Questions no one was named asking, under a title that names the asker:
 * "12.1 Question on Notice - Cr Arkwright - Water Main Breaks" over
 * "Question:", "4.1 Mr Trevor Baird, 14 Jarrah Street" over "Q1. When
 * will ...": the title's person asked them.
 */
static void
asker_from_title(struct parse *p, size_t first)
{
	const char *t = p->rec->title;
	struct rd_person who;
	size_t n, at = 0, i, k;
	int found = 0;

	if (t == NULL)
		return;
	n = strlen(t);
	/* "Question from Ms Dina Farouk, Truganina" over her question */
	if ((k = rd_prefix(t, n, "question from ")) != 0 ||
	    (k = rd_prefix(t, n, "questions from ")) != 0 ||
	    (k = rd_prefix(t, n, "question by ")) != 0)
		at = k;
	while (at < n) {
		if (rd_person_at(t + at, n - at, &who)) {
			if (who.named && who.kind != RD_OFFICER &&
			    (who.title != NULL || who.resident)) {
				found = 1;
				break;
			}
			rd_person_clear(&who);
		}
		k = rd_find(t + at, n - at, " - ");
		if (k == (size_t)-1)
			return;
		at += k + 3;
	}
	if (!found)
		return;
	name_speaker(p, &who);
	for (i = first; i < p->rec->nsections; i++) {
		struct rec_section *q = &p->rec->sections[i];

		if (q->type != SEC_QUESTION || q->speaker != NULL)
			continue;
		q->speaker = xstrdup(who.name);
		if (who.key != NULL)
			q->speaker_key = xstrdup(who.key);
	}
	rd_person_clear(&who);
}

/*
 * A written reply signed under its words names who gave it: "\u201cThe
 * amount collected in 2018 was ...\u201d Mr. S. Galvin, Head of Finance".
 */
static void
signed_replies(struct parse *p, size_t first)
{
	size_t i;

	for (i = first; i < p->rec->nsections; i++) {
		struct rec_section *a = &p->rec->sections[i];
		const char *s = a->text, *tail;
		size_t n, k, m;
		struct rd_person who;

		if (a->type != SEC_ANSWER || a->speaker != NULL || s == NULL)
			continue;
		n = strlen(s);
		/* after the reply's closing quote, or its last sentence
		 * (not "Mr. S. Galvin") */
		for (k = n; k > 0; k--)
			if ((k >= 3 && memcmp(s + k - 3, "\xe2\x80\x9d", 3) ==
			    0) || s[k - 1] == '"')
				break;
		for (m = n; k == 0 && m > 4; m--)
			if (s[m - 1] == '.' && m < n && s[m] == ' ' &&
			    rd_islower((unsigned char)s[m - 2]) &&
			    rd_islower((unsigned char)s[m - 3]) &&
			    !rd_prefix(s + m - 4, 4, " Mrs")) {
				k = m;
				break;
			}
		while (k < n && s[k] == ' ')
			k++;
		tail = s + k;
		m = n - k;
		if (k == 0 || m < 5 || m > 120 || !rd_person_at(tail, m, &who))
			continue;
		if (who.named && who.kind != RD_MEMBER && who.role != NULL &&
		    who.len + 2 >= m) {
			name_speaker(p, &who);
			a->speaker = xstrdup(who.name);
			if (who.key != NULL)
				a->speaker_key = xstrdup(who.key);
			if (a->role == NULL)
				a->role = xstrdup(who.role);
		}
		rd_person_clear(&who);
	}
}

void
sections_parse(struct record *rec, const struct tmap *tm, size_t start,
    size_t end, const struct record *known)
{
	struct parse p;
	size_t first = rec->nsections, k;

	if (end > tm->text.len)
		end = tm->text.len;
	if (start >= end)
		return;
	memset(&p, 0, sizeof p);
	p.rec = rec;
	p.tm = tm;
	p.t = tm->text.data;
	p.end = end;
	p.first = first;
	p.cur = -1;
	p.pending_q = -1;
	p.q_header = -1;
	p.voted = -1;
	p.listing = p.listed = -1;
	p.known = known;

	rd_find_people(rec, p.t + start, end - start);
	rd_find_acronyms(rec, p.t + start, end - start);
	rd_find_refs(rec, p.t + start, end - start);
	if (rec->title != NULL && question_label(rec->title,
	    strlen(rec->title), &p.asker, &k))
		p.title_question = 1;

	split_units(&p, start, end);
	walk(&p);
	asker_from_title(&p, first);
	finish(&p, first);
	movers_over_decision(&p, first);
	motion_adopted(&p, first);
	signed_replies(&p, first);
	merge_surnames(rec, known);

	rd_person_clear(&p.asker);
	free(p.proposer);
	free(p.seconder);
	free(p.label_proposer);
	free(p.label_seconder);
	free(p.said.v);
	free(p.raised.v);
	free(p.superseded.v);
	free(p.decided.v);
	for (k = 0; k < p.nheads; k++)
		free(p.heads[k].proposer);
	free(p.heads);
	free(p.u);
	record_free(p.holders);
}

void
sections_agenda(struct record *rec, const struct tmap *tm, size_t start,
    size_t end)
{
	struct rec_section *s;
	char *text;

	if (end > tm->text.len)
		end = tm->text.len;
	if (start >= end)
		return;
	text = rd_squeeze(tm->text.data + start, end - start);
	if (text == NULL)
		return;
	s = record_add_section(rec, SEC_AGENDA);
	s->text = text;
	s->start = tm_src(tm, start);
	s->end = tm_src_end(tm, end);
	rd_find_people(rec, tm->text.data + start, end - start);
	rd_find_acronyms(rec, tm->text.data + start, end - start);
	rd_find_refs(rec, tm->text.data + start, end - start);
}
