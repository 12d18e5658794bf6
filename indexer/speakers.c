/*
 * speakers.c: who is speaking.  Minutes name people three ways: a title
 * and a name ("Councillor O Gunn", "Cllr Reed", "Mrs Diane Booth,
 * Director of Children's Services"), an office alone ("The Head of
 * Children's Services"), or a generic member ("A Member", "the Chair").
 * Keys join the spellings of one person: titles and dots go, given names
 * shrink to initials, so "Councillor Jerome Scanlan" and "Cllr. J.
 * Scanlan" both become "j scanlan", while "O Gunn" and "A Gunn" stay two
 * people.  A surname alone ("gunn") is its own key.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "reader_int.h"
#include "record.h"
#include "text.h"

struct title {
	const char *word;	/* as written, without the space after it */
	const char *canon;	/* what the record says */
	int kind;
	int plural;
};

static const struct title titles[] = {
	/* a member of another tier, at a parish's meeting: "County Cllr
	 * Mirza responded", "District Cllr Gaskell reported" */
	{ "County Councillor", "Councillor", RD_MEMBER, 0 },
	{ "District Councillor", "Councillor", RD_MEMBER, 0 },
	{ "Borough Councillor", "Councillor", RD_MEMBER, 0 },
	{ "Town Councillor", "Councillor", RD_MEMBER, 0 },
	{ "Parish Councillor", "Councillor", RD_MEMBER, 0 },
	/* Ontario's regional and city councillors on one council */
	{ "Regional Councillors", "Councillor", RD_MEMBER, 1 },
	{ "Regional Councillor", "Councillor", RD_MEMBER, 0 },
	{ "City Councillors", "Councillor", RD_MEMBER, 1 },
	{ "City Councillor", "Councillor", RD_MEMBER, 0 },
	{ "County Cllr.", "Councillor", RD_MEMBER, 0 },
	{ "County Cllr", "Councillor", RD_MEMBER, 0 },
	{ "District Cllr.", "Councillor", RD_MEMBER, 0 },
	{ "District Cllr", "Councillor", RD_MEMBER, 0 },
	{ "Borough Cllr", "Councillor", RD_MEMBER, 0 },
	/* Wales: "Cynghorydd / Councillor Eirlys Prydderch", "Y
	 * Cynghorydd / Councillor Gareth Lewis-Rees" */
	{ "Y Cynghorydd / Councillor", "Councillor", RD_MEMBER, 0 },
	{ "Y Cynghorydd / Cllr", "Councillor", RD_MEMBER, 0 },
	{ "Y Cynghorydd", "Councillor", RD_MEMBER, 0 },
	{ "Cynghorydd / Councillor", "Councillor", RD_MEMBER, 0 },
	{ "Cynghorydd / Cllr", "Councillor", RD_MEMBER, 0 },
	{ "Cynghorydd", "Councillor", RD_MEMBER, 0 },
	{ "Councillors", "Councillor", RD_MEMBER, 1 },
	{ "Councillor", "Councillor", RD_MEMBER, 0 },
	{ "Cllrs.", "Councillor", RD_MEMBER, 1 },
	{ "Cllrs", "Councillor", RD_MEMBER, 1 },
	{ "Cllr.", "Councillor", RD_MEMBER, 0 },
	{ "Cllr", "Councillor", RD_MEMBER, 0 },
	/* as scanners read "Cllr", and the other short forms */
	{ "Clirs.", "Councillor", RD_MEMBER, 1 },
	{ "Clirs", "Councillor", RD_MEMBER, 1 },
	{ "Clir.", "Councillor", RD_MEMBER, 0 },
	{ "Clir", "Councillor", RD_MEMBER, 0 },
	{ "Cilr.", "Councillor", RD_MEMBER, 0 },
	{ "Cilr", "Councillor", RD_MEMBER, 0 },
	{ "CIlr.", "Councillor", RD_MEMBER, 0 },
	{ "CIlr", "Councillor", RD_MEMBER, 0 },
	{ "Coun.", "Councillor", RD_MEMBER, 0 },
	/* New South Wales */
	{ "Clr.", "Councillor", RD_MEMBER, 0 },
	{ "Clr", "Councillor", RD_MEMBER, 0 },
	{ "Cynghorydd", "Councillor", RD_MEMBER, 0 },
	{ "Comhairleoir", "Councillor", RD_MEMBER, 0 },
	{ "Cmhlr.", "Councillor", RD_MEMBER, 0 },
	{ "Cmhlr", "Councillor", RD_MEMBER, 0 },
	/* Cork: "Comh. Kenneth O'Flynn" */
	{ "Comh.", "Councillor", RD_MEMBER, 0 },
	/* Australia and New Zealand */
	{ "Crs.", "Councillor", RD_MEMBER, 1 },
	{ "Crs", "Councillor", RD_MEMBER, 1 },
	{ "Cr.", "Councillor", RD_MEMBER, 0 },
	{ "Cr", "Councillor", RD_MEMBER, 0 },
	/* North America */
	{ "Councilmembers", "Council Member", RD_MEMBER, 1 },
	{ "Councilmember", "Council Member", RD_MEMBER, 0 },
	{ "Council Members", "Council Member", RD_MEMBER, 1 },
	{ "Council Member", "Council Member", RD_MEMBER, 0 },
	{ "Councilwoman", "Council Member", RD_MEMBER, 0 },
	{ "Councilors", "Councillor", RD_MEMBER, 1 },
	{ "Councilor", "Councillor", RD_MEMBER, 0 },
	{ "Councilman", "Council Member", RD_MEMBER, 0 },
	{ "Aldermen", "Alderman", RD_MEMBER, 1 },
	{ "Alderman", "Alderman", RD_MEMBER, 0 },
	{ "Alderwoman", "Alderwoman", RD_MEMBER, 0 },
	{ "Alderpersons", "Alderperson", RD_MEMBER, 1 },
	{ "Alderperson", "Alderperson", RD_MEMBER, 0 },
	{ "Ald.", "Alderman", RD_MEMBER, 0 },
	/* New England: "Selectman Donnelly moved ..." */
	{ "Selectmen", "Selectman", RD_MEMBER, 1 },
	{ "Selectman", "Selectman", RD_MEMBER, 0 },
	{ "Selectwoman", "Selectwoman", RD_MEMBER, 0 },
	{ "Select Board Member", "Select Board Member", RD_MEMBER, 0 },
	{ "Legislators", "Legislator", RD_MEMBER, 1 },
	{ "Legislator", "Legislator", RD_MEMBER, 0 },
	{ "Freeholder", "Freeholder", RD_MEMBER, 0 },
	/* offices held by members, before a name: "Mayor Delgado asked",
	 * "Deputy Reeve Anstruther", "Bailie Drummond", "Provost Kerr" */
	{ "Mayor Pro Tem", "Mayor Pro Tem", RD_MEMBER, 0 },
	{ "Deputy Mayor", "Deputy Mayor", RD_MEMBER, 0 },
	{ "Vice Mayor", "Vice Mayor", RD_MEMBER, 0 },
	{ "Lord Mayor", "Lord Mayor", RD_MEMBER, 0 },
	{ "Mayor", "Mayor", RD_MEMBER, 0 },
	{ "Deputy Reeve", "Deputy Reeve", RD_MEMBER, 0 },
	{ "Reeve", "Reeve", RD_MEMBER, 0 },
	{ "Deputy Warden", "Deputy Warden", RD_MEMBER, 0 },
	{ "Warden", "Warden", RD_MEMBER, 0 },
	{ "Lord Provost", "Lord Provost", RD_MEMBER, 0 },
	{ "Depute Provost", "Depute Provost", RD_MEMBER, 0 },
	{ "Provost", "Provost", RD_MEMBER, 0 },
	{ "Bailie", "Bailie", RD_MEMBER, 0 },
	/* American boards: "Supervisor Haugland", "Trustee Batiste" */
	{ "Supervisors", "Supervisor", RD_MEMBER, 1 },
	{ "Supervisor", "Supervisor", RD_MEMBER, 0 },
	{ "Trustees", "Trustee", RD_MEMBER, 1 },
	{ "Trustee", "Trustee", RD_MEMBER, 0 },
	{ "Commissioners", "Commissioner", RD_MEMBER, 1 },
	{ "Commissioner", "Commissioner", RD_MEMBER, 0 },
	{ "Board Member", "Board Member", RD_MEMBER, 0 },
	/* Welsh: "Cyng. Parry" */
	{ "Cyng.", "Councillor", RD_MEMBER, 0 },
	{ "Cyng", "Councillor", RD_MEMBER, 0 },
	{ "Senator", "Senator", RD_MEMBER, 0 },
	{ "Mrs.", "Mrs", RD_UNKNOWN, 0 },
	{ "Mrs", "Mrs", RD_UNKNOWN, 0 },
	{ "Mr.", "Mr", RD_UNKNOWN, 0 },
	{ "Mr", "Mr", RD_UNKNOWN, 0 },
	{ "Ms.", "Ms", RD_UNKNOWN, 0 },
	{ "Ms", "Ms", RD_UNKNOWN, 0 },
	{ "Miss", "Miss", RD_UNKNOWN, 0 },
	/* Singapore and Malaysia; India */
	{ "Mdm.", "Mdm", RD_UNKNOWN, 0 },
	{ "Mdm", "Mdm", RD_UNKNOWN, 0 },
	{ "Madam", "Madam", RD_UNKNOWN, 0 },
	{ "Shri", "Shri", RD_UNKNOWN, 0 },
	{ "Smt.", "Smt", RD_UNKNOWN, 0 },
	{ "Smt", "Smt", RD_UNKNOWN, 0 },
	{ "Mx", "Mx", RD_UNKNOWN, 0 },
	{ "Dr.", "Dr", RD_UNKNOWN, 0 },
	{ "Dr", "Dr", RD_UNKNOWN, 0 },
	{ "Professor", "Professor", RD_UNKNOWN, 0 },
	{ "Prof.", "Professor", RD_UNKNOWN, 0 },
	{ "Prof", "Professor", RD_UNKNOWN, 0 },
	{ "Sir", "Sir", RD_UNKNOWN, 0 },
	{ "Dame", "Dame", RD_UNKNOWN, 0 },
	{ "Lord", "Lord", RD_UNKNOWN, 0 },
	{ "Lady", "Lady", RD_UNKNOWN, 0 },
	{ "Baroness", "Baroness", RD_UNKNOWN, 0 },
	{ "Reverend", "Reverend", RD_UNKNOWN, 0 },
	{ "Rev.", "Reverend", RD_UNKNOWN, 0 },
	{ "Revd", "Reverend", RD_UNKNOWN, 0 },
	{ "Rev", "Reverend", RD_UNKNOWN, 0 },
	{ "Canon", "Canon", RD_UNKNOWN, 0 },
	{ "Hon.", "Hon", RD_UNKNOWN, 0 },
	{ "Assistant Chief Constable", "Assistant Chief Constable",
	    RD_OFFICER, 0 },
	{ "Deputy Chief Constable", "Deputy Chief Constable", RD_OFFICER, 0 },
	{ "Chief Constable", "Chief Constable", RD_OFFICER, 0 },
	{ "Detective Chief Superintendent", "Detective Chief Superintendent",
	    RD_OFFICER, 0 },
	{ "Detective Superintendent", "Detective Superintendent", RD_OFFICER,
	    0 },
	{ "Detective Chief Inspector", "Detective Chief Inspector",
	    RD_OFFICER, 0 },
	{ "Chief Superintendent", "Chief Superintendent", RD_OFFICER, 0 },
	{ "Superintendent", "Superintendent", RD_OFFICER, 0 },
	{ "Supt.", "Superintendent", RD_OFFICER, 0 },
	{ "Supt", "Superintendent", RD_OFFICER, 0 },
	{ "Chief Inspector", "Chief Inspector", RD_OFFICER, 0 },
	{ "Detective Inspector", "Detective Inspector", RD_OFFICER, 0 },
	{ "Inspector", "Inspector", RD_OFFICER, 0 },
	{ "Insp.", "Inspector", RD_OFFICER, 0 },
	{ "Detective Sergeant", "Detective Sergeant", RD_OFFICER, 0 },
	{ "Sergeant", "Sergeant", RD_OFFICER, 0 },
	{ "Sgt.", "Sergeant", RD_OFFICER, 0 },
	{ "Sgt", "Sergeant", RD_OFFICER, 0 },
	{ "Garda", "Garda", RD_OFFICER, 0 },
	{ "PCSO", "PCSO", RD_OFFICER, 0 },
	{ "PC", "PC", RD_OFFICER, 0 },
};

/* Capitalised words that end a name rather than continue it. */
static const char *const not_names[] = {
	"The", "This", "That", "These", "Those", "And", "But", "Or", "In",
	"On", "At", "For", "To", "He", "She", "It", "They", "We", "His",
	"Her", "Their", "Council", "County", "City", "Chair", "Chairman",
	"Chairperson", "Cathaoirleach", "Mayor", "Members", "Member",
	"Committee", "Director", "Head", "Manager", "Officer", "Executive",
	"Chief", "Proposed", "Seconded", "Resolved", "Agreed", "Meeting",
	"Minutes", "Report", "Item", "Motion", "Notice", "Question", "Reply",
	"Cabinet", "Leader", "Deputy", "Portfolio", "Senior", "Acting",
	"Interim", "Assistant", "Area", "District", "Municipal",
	"Metropolitan", "Borough", "Town", "Parish", "Also", "Further",
	"However", "Following", "Present", "Apologies", "Absent", "Re",
	"Regarding", "Ward", "January", "February", "March", "April", "May",
	"June", "July", "August", "September", "October", "November",
	"December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday", "Sunday", "Councillor", "Councillors", "Cllr", "Clir",
	"Clr",
	"Cilr", "Mr", "Mrs", "Ms", "Dr", "Miss", "Government", "Department",
	"Services", "Service", "Children", "Social", "Care", "Board", "Panel",
	"Group", "Authority", "Office", "Police", "Garda", "Gardai", "Limited",
	"Ltd", "Plan", "Policy", "Strategy", "Programme", "Project", "Road",
	"Street", "Scheme", "Fund", "Funding", "Is", "Was", "Were", "Has",
	/* "the Councillors Code of Conduct", "Councillors' Allowances" */
	"Code", "Codes", "Allowances", "Procedure",
	"Had", "As", "If", "When", "While", "With", "From", "By", "Of", "All",
	"Any", "Some", "No", "Yes", "Not", "Thanks", "Thank", "Welcome",
	"During", "After", "Before", "Since", "Under", "Over", "Please",
	/* motion blocks and votes: "MOVED Cr X SECONDED Cr Y", "For: Cr X
	 * Against: Cr Y" */
	"MOVED", "SECONDED", "THAT", "CARRIED", "LOST", "DEFEATED", "FAILED",
	"MOTION", "AMENDMENT", "Against", "Ayes",
	"Nays", "Yeas", "Noes", "Abstain", "Abstained", "Abstentions",
	"Carried", "Defeated", "Lost", "Cr", "Crs", "Moved",
	"Station", "Stations", "Division", "Districts",
	"Opposed", "Abstention", "Favour", "Favor", "Date", "Signed",
	"Signature", "OPPOSED", "ABSTENTION", "ABSTAINING", "DATE",
	"Unanimous", "Unanimously", "UNANIMOUS", "UNANIMOUSLY",
	/* "Crs van Oosten and Taylor Dissenting.", as New Zealand records
	 * a divided vote */
	"Dissenting", "Dissented", "DISSENTING",
	/* "Councillor Whitford AGAINST", "Supervisor Ng ABSENT", "Mayor
	 * Hemi Tautahi CHAIRPERSON" */
	"AGAINST", "FOR", "ABSENT", "ABSTAIN", "ABSTAINED", "AYE", "AYES",
	"NAY", "NAYS", "NOES", "YES", "NO", "PRESENT", "EXCUSED",
	"CHAIR", "CHAIRPERSON", "CHAIRMAN", "MAYOR", "RESOLVED", "AGREED",
	"BE", "IT", "MOVER", "SECONDER", "RESULT", "AYES:", "NAYS:",
	/* a list's next member: "Vice Chair Patricia Kessler Supervisors
	 * Dana Okafor" */
	"Vice", "Supervisor", "Supervisors", "Trustee", "Trustees",
	"Commissioner", "Commissioners", "Councilmember", "Councilmembers",
	"Councilor", "Councilors",
	"Alderman", "Aldermen", "Alderperson", "Selectman", "Selectmen",
};

/* 1 if the word ending at s[e] is in capitals ("KELLY" / "MOTION"). */
static int
caps_before(const char *s, size_t e)
{
	size_t a = e;

	while (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n')
		a--;
	return e > a && rd_all_caps(s + a, e - a);
}

/*
 * Words that open a question or a sentence on a new line: after a line
 * break they end a name ("Question from Councillor J Essex\nWill the
 * Cabinet Member ..."), though "Will" may start one.
 */
static const char *const line_openers[] = {
	"Will", "Would", "What", "How", "Can", "Could", "Does", "Do", "Did",
	"Why", "Where", "Who", "Which", "Are", "Have", "Should", "Shall",
	"Given", "Be", "Whereas", "Therefore", "Now",
	/* the next line's label or heading, after a name that ends its
	 * own: "Seconded by Councillor Rennie" / "Amendment" */
	"Amendment", "Amendments", "Motion", "Vote", "Voting", "Votes",
	"Carried", "Defeated", "Lost", "Resolved", "Resolution", "Decision",
	"Officers", "Present", "Absent", "Apologies", "Also", "In",
	"Action", "Second", "Seconded", "Moved", "Proposed", "Recommendation",
	"Roll",
};

/* Words that stand alone over what they label ("Response:"), unlike a
 * surname that a line break left alone ("Councillor Wilson" /
 * "Nkurunziza:"). */
static const char *const label_words[] = {
	"Question", "Questions", "Answer", "Answers", "Reply", "Response",
	"Supplementary", "Proposer", "Seconder", "Mover", "Result", "Outcome",
	"Note", "Notes", "Purpose", "Background", "Summary", "Comment",
	"Comments", "Agreed", "Noted", "For", "Against", "Abstain",
	"Abstained", "Abstentions", "Statement", "Petition", "Deputation",
	"Report", "Subject", "Item", "Minutes", "Date", "Time", "Venue",
	"Location", "Applicant", "Agent", "Ward", "Proposal", "Reason",
	"Reasons", "Recommended", "Recommendations", "Attendance", "Chair",
	"Chairman", "Chairperson", "Mayor", "Ayes", "Noes", "Yeas", "Nays",
	"Discussion", "Debate", "Division", "Update", "Conditions",
	"Objectors", "Speakers", "Members", "Councillors", "Substantive",
	"Declarations", "Details", "Follows", "Observations",
};

/* 1 if the line at s opens with a label: a few words and a colon
 * ("Applicant for review:", "VOTE:"); not one capitalised word alone
 * with its colon that labels nothing known, a surname the line's end
 * left there ("Nkurunziza:"). */
static int
label_line(const char *s, size_t n)
{
	size_t i, e;

	for (i = 0; i < n && i < 30 && s[i] != '\n' && s[i] != '.' &&
	    s[i] != ','; i++)
		if (s[i] == ':')
			break;
	if (i == 0 || i >= n || i >= 30 || s[i] != ':')
		return 0;
	e = rd_skip_spaces(s, n, i + 1);
	if ((e == n || s[e] == '\n') && i >= 3 && rd_isupper((unsigned char)
	    s[0]) && !rd_in_list(line_openers, sizeof line_openers /
	    sizeof line_openers[0], s, i) && !rd_in_list(label_words,
	    sizeof label_words / sizeof label_words[0], s, i)) {
		size_t k;

		for (k = 1; k < i && (rd_islower((unsigned char)s[k]) ||
		    s[k] == '-' || s[k] == '\''); k++)
			;
		if (k == i)
			return 0;
	}
	return 1;
}

/* Officers not named, as minutes write them in small letters. */
static const struct {
	const char *words, *name, *key;
} unnamed_officers[] = {
	{ "the officers", "Officers", "officers" },
	{ "Officers", "Officers", "officers" },
	{ "the officer", "Officer", "officer" },
	{ "the external auditor", "External Auditor", "external auditor" },
	{ "the auditor", "Auditor", "auditor" },
	{ "the auditors", "Auditors", "auditors" },
};

/* The parties to a hearing named by their part, in small letters: "The
 * driver said that ...", "The applicant replied that ...". */
static const struct {
	const char *words, *name, *key;
} hearing_parties[] = {
	{ "the driver", "The driver", "driver" },
	{ "the applicant", "The applicant", "applicant" },
	{ "the applicants", "The applicants", "applicants" },
	{ "the appellant", "The appellant", "appellant" },
	{ "the licence holder", "The licence holder", "licence holder" },
	{ "the licensee", "The licensee", "licensee" },
	{ "the agent", "The agent", "agent" },
	{ "the objector", "The objector", "objector" },
};

/* Words of a department's name after an office: "Senior Executive
 * Officer, Economic Development, ..." names no one. */
static const char *const departments[] = {
	"Development", "Economic", "Physical", "Corporate", "Community",
	"Communities", "Customer", "Customers", "Unit", "Receivable",
	"Payable", "Planning", "Finance", "Financial", "Housing",
	"Environment", "Environmental", "Operations", "Affairs",
	"Resources", "Human", "Department", "Directorate", "Section",
	"Support", "Management", "Transportation", "Transport", "Works",
	"Roads", "Culture", "Heritage", "Tourism", "Enterprise",
	"Regeneration", "Property", "Estates", "Governance", "Audit",
	"Revenue", "Benefits", "Health", "Education", "Safety",
	"Protection", "Infrastructure", "Legal", "Democratic", "Public",
	"Strategic", "Digital", "Technology", "Procurement", "Accounts",
	"Highways", "Parks", "Leisure", "Libraries", "Adult", "Adults",
	"Children's", "Families", "Operational", "Capital", "Projects",
	"Programmes", "Marketing", "Communications", "Engagement",
	"Partnerships", "Policy", "Research", "Sustainability", "Climate",
	"Waste", "Water", "Emergency", "Fire", "Building", "Control",
	"Regulatory", "Licensing", "Revenues", "Traffic", "Urban", "Rural",
	"Arts", "Sport", "Sports", "Recreation", "Youth", "Schools",
	"Learning", "Lifelong", "Skills", "Inclusion", "Commissioning",
	"Safeguarding", "Wellbeing", "Place", "People", "Children",
	"Social", "Care", "Services", "Service", "Neighbourhoods", "Growth",
	"Economy", "Assets", "Transformation", "Change", "Performance",
	"Quality", "Standards", "Improvement", "Commercial", "Contracts",
	"Delivery", "Strategy", "Communities", "Integration",
	/* and an organisation's: "Manager, Shannon International, ..." */
	"International", "Airport", "Agency", "Trust", "Partnership",
	"Association", "Society", "Foundation", "Institute", "College",
	"University", "Hospital", "Company", "Corporation", "Bank",
	"Chamber", "Network", "Forum", "Centre", "Center", "Club",
	"Alliance", "Federation", "Union", "Commission", "Ireland",
	"England", "Wales", "Scotland", "Region", "Regional", "National",
};

/* Papers named after an office: "The Chief Executive's Report". */
static const char *const documents[] = {
	"Report", "Reports", "Update", "Statement", "Presentation", "Paper",
	"Memo", "Memorandum", "Letter", "Briefing",
};

/* Office words: a phrase holding one of them names an office. */
static const char *const role_nouns[] = {
	"Head", "Director", "Manager", "Officer", "Executive", "Engineer",
	"Planner", "Administrator", "Solicitor", "Treasurer", "Clerk",
	"Secretary", "Coordinator", "Co-ordinator", "Co-Ordinator",
	"Adviser", "Advisor", "Consultant", "Commissioner", "Auditor",
	"Accountant", "Architect", "Librarian", "Analyst", "Specialist",
	"Lead", "Leader", "Holder", "Member", "Minister", "Superintendent",
	"Inspector", "Constable", "Sergeant", "Worker", "Practitioner",
	"Controller", "Surveyor", "Warden", "Registrar", "Coroner",
	"Representative", "President", "Principal", "Assistant", "Partner",
	"Governor", "Headteacher", "Ombudsman", "Investigator", "Economist",
	"Scientist", "Technician", "Strategist", "Facilitator", "Champion",
	"Supervisor", "Counsel", "Assessor", "Chief", "Deputy", "Monitoring",
	"Team", "Heads", "Directors", "Officers", "Managers", "Engineers",
	"CEO", "CFO", "COO", "PCC", "CAO", "Attorney", "Sheriff",
	/* a parish's Responsible Financial Officer; directors of public
	 * health, children's and adult services */
	"RFO", "DPH", "DCS", "DASS", "SRO",
	"Actuary", "Valuer", "Nurse", "Ecologist", "Archaeologist",
	"Lawyer", "Barrister", "Paralegal",
	"Ranger", "Curator", "Archivist",
	"Undersheriff", "Comptroller", "Recorder",
	/* "Cabinet Spokesperson for Environment" */
	"Spokesperson", "Spokesman", "Spokeswoman",
	/* universities and colleges */
	"Provost", "Vice-Chancellor", "Pro-Vice-Chancellor", "Dean",
	"Bursar", "Rector",
};

/* Words that start a new clause, not more of an office's name. */
static const char *const pronouns[] = {
	"The", "He", "She", "They", "It", "This", "That", "We",
};

/* Words that open a question, never an office: "Will the Leader ...?" */
static const char *const asking_words[] = {
	"Will", "Would", "Can", "Could", "Does", "Do", "Did", "Is", "Are",
	"Has", "Have", "Should", "Shall", "May", "Might", "What", "How",
	"When", "Why", "Which", "Where",
};

/* Words no name holds that an office's area may open with after a
 * comma: "The Director, City Development responded". */
static const char *const office_areas[] = {
	"City", "County", "Borough", "Municipal", "Metropolitan",
	"Children", "Social", "Care", "Services", "Service", "Department",
	"Government", "Policy", "Strategy",
};

/* Words of a service's name that no person's name holds: "The Team
 * Leader, Major Developments, replied". */
static const char *const service_words[] = {
	"Developments", "Development", "Planning", "Housing", "Finance",
	"Resources", "Transport", "Highways", "Highway", "Environment",
	"Environmental", "Operations", "Regeneration", "Education",
	"Communities", "Projects", "Enforcement", "Licensing", "Property",
	"Estates", "Assets", "Infrastructure", "Governance", "Legal",
	"Democratic", "Revenues", "Benefits", "Economy", "Growth", "Adults",
	"Health", "Culture", "Leisure", "Libraries", "Commissioning",
	"Procurement", "Digital", "Transformation", "Performance",
	"Partnerships", "Neighbourhoods", "Safeguarding", "Schools",
	"Learning", "Skills", "Investment", "Treasury", "Pensions", "Audit",
	"Compliance", "Engineering", "Applications", "Programmes",
};

/* Words for who chairs a body, before "of": "Chair of the Audit
 * Committee". */
static const char *const chair_words[] = {
	"Chair", "Chairman", "Chairperson", "Chairwoman", "Vice-Chair",
	"Vice-Chairman", "Deputy Chair", "Convener", "Convenor",
};

/* Lower-case words that may sit inside an office's name. */
static const char *const role_links[] = {
	"of", "for", "and", "the", "in", "on", "&", "to", "at", "with",
};

#define IN(list, s, n) rd_in_list(list, sizeof list / sizeof list[0], s, n)

/*
 * 1 if the word s[i..i+w), one of not_names, is a surname here: "Ward",
 * "May", "Town" as the name's last word ("Councillor Helen Ward asked",
 * "Councillor Town to the Leader"), not a word going on ("Ward Member",
 * "May 2024", "Town Council").
 */
static int
surname_last(const char *s, size_t n, size_t i, size_t w)
{
	/* not "Street": "Lord Edward Street" is a street */
	static const char *const surnames[] = {
		"Ward", "May", "Town",
	};
	size_t k = i + w;

	if (!IN(surnames, s + i, w))
		return 0;
	if (k < n && (rd_isalpha((unsigned char)s[k]) || s[k] == '-' ||
	    s[k] == '\''))
		return 0;
	while (k < n && s[k] == ' ')
		k++;
	return k >= n || !(rd_isupper((unsigned char)s[k]) ||
	    rd_isdigit((unsigned char)s[k]));
}

static size_t word_len(const char *s, size_t n);

/*
 * 1 if the word s[i..i+w), a month, is a given name here: "Mrs June
 * Hardcastle", "Mrs April Hale", a surname after it, not "May 2024".
 */
static int
month_given(const char *s, size_t n, size_t i, size_t w)
{
	static const char *const months[] = { "June", "April", "May" };
	size_t k = i + w;

	if (!IN(months, s + i, w) || k + 2 >= n || s[k] != ' ')
		return 0;
	k++;
	return rd_isupper((unsigned char)s[k]) && rd_islower((unsigned char)
	    s[k + 1]) && !IN(not_names, s + k, word_len(s + k, n - k));
}

static int
lower(int c)
{
	return rd_isupper(c) ? c + 32 : c;
}

void
rd_person_clear(struct rd_person *p)
{
	free(p->name);
	free(p->title);
	free(p->key);
	free(p->role);
	memset(p, 0, sizeof *p);
}

int
rd_member_alone(const char *s, size_t n)
{
	struct rd_person who;
	int alone = 0;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ':'))
		n--;
	if (n > 0 && n < 80 && rd_person_at(s, n, &who)) {
		alone = who.named && who.title != NULL &&
		    rd_member_title(who.title) && who.len >= n;
		rd_person_clear(&who);
	}
	return alone;
}

int
rd_member_title(const char *title)
{
	size_t i;

	if (title == NULL)
		return 0;
	/* named by the chair or seat they hold (rd_person_at) */
	if (strcmp(title, "Chair") == 0 || strcmp(title, "Vice Chair") == 0 ||
	    strcmp(title, "Member") == 0 || strcmp(title, "Alder") == 0)
		return 1;
	for (i = 0; i < sizeof titles / sizeof titles[0]; i++)
		if (titles[i].kind == RD_MEMBER &&
		    strcmp(titles[i].canon, title) == 0)
			return 1;
	return 0;
}

size_t
rd_upper_at(const char *s, size_t n)
{
	unsigned cp;
	size_t len;

	if (n == 0)
		return 0;
	if ((unsigned char)s[0] < 0x80)
		return rd_isupper((unsigned char)s[0]) ? 1 : 0;
	len = text_utf8_decode(s, n, &cp);
	if (len == 0)
		return 0;
	if ((cp >= 0xc0 && cp <= 0xde && cp != 0xd7) ||
	    (cp >= 0x100 && cp <= 0x17f && cp % 2 == 0))
		return len;
	return 0;
}

/* Length of the word at s: letters, digits, apostrophes, hyphens. */
static size_t
word_len(const char *s, size_t n)
{
	size_t i = 0, k;

	while (i < n) {
		if ((k = rd_wordchar(s + i, n - i)) > 0) {
			i += k;
			continue;
		}
		if ((s[i] == '\'' || s[i] == '-' || s[i] == '"') && i > 0 &&
		    i + 1 < n && rd_wordchar(s + i + 1, n - i - 1) > 0) {
			i++;
			continue;
		}
		break;
	}
	return i;
}

/*
 * 1 if the "(C)" or "(R)" at s[k] marks who was in the chamber and who
 * joined remotely, the other mark near it too: "Aldermen Fielding (C),
 * Kane (C), Millar (R)".
 */
static int
presence_mark(const char *s, size_t n, size_t k)
{
	size_t a = k > 300 ? k - 300 : 0, b = n - k > 300 ? k + 300 : n;

	if (k + 2 >= n || (s[k + 1] != 'C' && s[k + 1] != 'R'))
		return 0;
	return rd_find(s + a, b - a, s[k + 1] == 'C' ? "(R)" : "(C)") !=
	    (size_t)-1;
}

/* A name: tokens of s[a..b) as written, and a key. */
struct name {
	size_t a, b;
	struct buf key;
	int ntok;
};

/* The word read so far was a given name: keep only its initial. */
static void
shift_given(struct buf *last, struct buf *initials)
{
	size_t first = 0;

	if (last->len == 0)
		return;
	/* particles ("de ") stay with the surname that follows */
	if (last->data[last->len - 1] == ' ')
		return;
	while (first < last->len && last->data[first] == ' ')
		first++;
	if (first < last->len) {
		unsigned cp;
		size_t k = text_utf8_decode(last->data + first,
		    last->len - first, &cp);

		buf_append(initials, last->data + first, k ? k : 1);
		buf_putc(initials, ' ');
	}
	buf_reset(last);
}

/* Honours and offices written after a name: "Smith MBE", "O'Neill JP". */
static int
post_nominal(const char *s, size_t n)
{
	static const char *const letters[] = {
		"MBE", "OBE", "CBE", "KBE", "DBE", "BEM", "JP", "DL", "MP",
		"MSP", "MS", "AM", "MLA", "MEP", "TD", "QC", "KC", "FRICS",
	};
	size_t w = 0;

	while (w < n && rd_isupper((unsigned char)s[w]))
		w++;
	if (w < n && (rd_isalpha((unsigned char)s[w]) ||
	    rd_isdigit((unsigned char)s[w]) || s[w] == '-' || s[w] == '\''))
		return 0;
	return IN(letters, s, w) ? (int)w : 0;
}

/*
 * 1 if s opens with a given name and ")": "Eddie)", not a party ("Lab)",
 * "Con)") or a place.  *len is the name's length.
 */
static int
given_in_brackets(const char *s, size_t n, size_t *len)
{
	static const char *const parties[] = {
		"Lab", "Con", "Green", "Ind", "Independent", "Labour",
		"Conservative", "Reform", "Plaid", "Alliance", "Chair",
		"Chairman", "Chairperson", "Mayor", "Leader", "Deputy",
		"Substitute", "Observer", "Vice", "Convener", "Convenor",
		"Cathaoirleach", "Provost", "Chairwoman", "President",
		"Treasurer", "Secretary", "Clerk", "Speaker", "Warden",
		"Reeve", "Mayoress", "Presiding", "Governor", "Trustee",
		"Absent", "Apologies", "Remote", "Online", "Virtual",
		"Vacant", "Elected", "Coopted", "Retired",
	};
	size_t i = 1;

	if (n < 3 || !rd_isupper((unsigned char)s[0]))
		return 0;
	while (i < n && rd_islower((unsigned char)s[i]))
		i++;
	if (i < 3 || i >= n || s[i] != ')' || IN(parties, s, i))
		return 0;
	*len = i;
	return 1;
}

/* 1 if s starts with a particle in small letters before a name: "de S". */
static int
small_particle(const char *s, size_t n)
{
	static const char *const parts[] = {
		"de", "van", "von", "der", "den", "du", "la", "le", "da", "di",
		"del", "ni", "nic", "mac", "ap", "ab",
	};
	size_t w = word_len(s, n);

	return IN(parts, s, w) && w + 1 < n && s[w] == ' ' &&
	    rd_upper_at(s + w + 1, n - w - 1);
}

/*
 * 1 if s[i..n) is two capitals, then a given name of hyphened syllables:
 * "LO Wai-kwok", as Hong Kong writes a surname before the given name.
 */
static int
syllables_after(const char *s, size_t n, size_t i)
{
	size_t w;

	if (i + 4 >= n || !rd_isupper((unsigned char)s[i + 1]) ||
	    s[i + 2] != ' ')
		return 0;
	i += 3;
	w = word_len(s + i, n - i);
	while (w > 0 && s[i + w - 1] != '-')
		w--;
	return w > 1 && rd_upper_at(s + i, n - i) != 0 &&
	    i + w < n && rd_islower((unsigned char)s[i + w]);
}

/* 1 if the word before s[i] (at or after i0) is Ó, Ní or Uí. */
static int
irish_particle_before(const char *s, size_t i0, size_t i)
{
	size_t e = i, b;

	while (e > i0 && s[e - 1] == ' ')
		e--;
	for (b = e; b > i0 && s[b - 1] != ' '; b--)
		;
	return e > b && text_surname_particle(s + b, e - b) &&
	    (unsigned char)s[b + (s[b] == 'N' || s[b] == 'U' ? 1 : 0)] ==
	    0xc3;
}

/*
 * Reads a personal name at s[i..n): initials ("A", "L.M.", "P.J."),
 * capitalised words ("O'Dea", "O' Donnell", "Forde-Bradley"), particles
 * ("de", "van") and a trailing "(J)".  Returns bytes used, or 0.
 */
static size_t
name_at(const char *s, size_t n, size_t i0, struct name *nm)
{
	struct buf initials = BUF_INIT, last = BUF_INIT;
	size_t i = i0, end = i0, k, w;
	size_t caps_at = 0, caps_len = 0, given_at = 0;
	int ntok = 0, words = 0, caps_first = 0, other = 0;

	memset(nm, 0, sizeof *nm);
	while (ntok < 5 && i < n) {
		/* "Cr Butler" / "CN24-06-4": a reference under the name
		 * is none of it */
		if (i > i0) {
			for (k = i; k < n && s[k] != ' ' && s[k] != '\n' &&
			    !rd_isdigit((unsigned char)s[k]); k++)
				;
			if (k < n && rd_isdigit((unsigned char)s[k]))
				break;
		}
		/* "Smith MBE": kept as written, not part of the key */
		if (words > 0 && (w = (size_t)post_nominal(s + i, n - i)) > 0) {
			end = i + w;
			i = rd_skip_spaces(s, n, end);
			if (i >= n || !rd_isupper((unsigned char)s[i]) ||
			    i != end + 1)
				break;
			continue;
		}
		/* initials: "A", "A.", "L.M.", "PJ"; not the surname of
		 * "Dr LO Wai-kwok" */
		/* (and one a line ends on: "Councillor J" / "Speers", not
		 * a paragraph) */
		if (rd_isupper((unsigned char)s[i]) && !syllables_after(s, n,
		    i) && (i + 1 >= n ||
		    s[i + 1] == '.' || s[i + 1] == ' ' || (s[i + 1] == '\n' &&
		    i + 2 < n && rd_isupper((unsigned char)s[i + 2])) ||
		    (rd_isupper((unsigned char)s[i + 1]) && (i + 2 >= n ||
		    s[i + 2] == ' ' || s[i + 2] == '.')))) {
			/* "Jeff M Evans": the given name's initial first */
			shift_given(&last, &initials);
			k = i;
			while (k < n && rd_isupper((unsigned char)s[k])) {
				/* "P.J.Carey": the C starts the surname */
				if (k > i && k + 1 < n &&
				    rd_islower((unsigned char)s[k + 1]))
					break;
				buf_putc(&initials, s[k] + 32);
				buf_putc(&initials, ' ');
				k++;
				if (k < n && s[k] == '.')
					k++;
				if (k - i > 6)
					break;
			}
			/* An initial must be followed by more of the name. */
			w = rd_skip_spaces(s, n, k);
			if (w >= n || (rd_upper_at(s + w, n - w) == 0 &&
			    !small_particle(s + w, n - w)))
				break;
			ntok++;
			i = w;
			continue;
		}
		/* particles: "M. de Souza", "Rhys ap Gwilym", "Cllr ap Rhys" */
		if (rd_islower((unsigned char)s[i])) {
			w = word_len(s + i, n - i);
			if (small_particle(s + i, n - i)) {
				if (words > 0)
					shift_given(&last, &initials);
				buf_append(&last, s + i, w);
				buf_putc(&last, ' ');
				i += w + 1;
				continue;
			}
			/* "Ó hEára", "Ó hAodha": Irish prefixes an h or a t
			 * to the capital after the particle */
			if ((s[i] == 'h' || s[i] == 't') && w > 2 &&
			    rd_upper_at(s + i + 1, n - i - 1) != 0 && i > i0 &&
			    irish_particle_before(s, i0, i)) {
				text_lower(s + i, w, &last);
				words++;
				ntok++;
				end = i = i + w;
				if (i + 1 < n && s[i] == ' ' && s[i + 1] != ' ')
					i++;
				else
					break;
				continue;
			}
			break;
		}
		if (rd_upper_at(s + i, n - i) == 0)
			break;
		w = word_len(s + i, n - i);
		/* "Le Sueur", "De Souza", "Van der Berg": a capitalised
		 * particle stays with the surname after it */
		if (text_surname_particle(s + i, w) && i + w + 1 < n &&
		    s[i + w] == ' ') {
			size_t j = i + w + 1, pw;

			while ((pw = word_len(s + j, n - j)) > 0 &&
			    rd_islower((unsigned char)s[j]) &&
			    text_surname_particle(s + j, pw) && j + pw + 1 < n &&
			    s[j + pw] == ' ')
				j += pw + 1;
			if (rd_upper_at(s + j, n - j) != 0 &&
			    !IN(not_names, s + j, word_len(s + j, n - j))) {
				shift_given(&last, &initials);
				text_lower(s + i, j - i, &last);
				ntok++;
				i = j;
				continue;
			}
		}
		/* "O' Donnell": OCR split the apostrophe from the name */
		k = i + w;
		if (w == 1 && k + 2 < n && (s[k] == '\'' || s[k] == '"') &&
		    s[k + 1] == ' ' && rd_upper_at(s + k + 2, n - k - 2)) {
			size_t w2 = word_len(s + k + 2, n - k - 2);

			shift_given(&last, &initials);
			buf_putc(&last, lower((unsigned char)s[i]));
			text_lower(s + k + 2, w2, &last);
			words++;
			ntok++;
			end = i = k + 2 + w2;
			continue;
		}
		if (w < 2 || (IN(not_names, s + i, w) && !surname_last(s, n,
		    i, w) && !(words == 0 && month_given(s, n, i, w))))
			break;
		/* (a surname in capitals may open the next line when its
		 * sentence goes on: "Councillor Lynne" / "SHORT, moved ...") */
		if (words > 0 && s[i - 1] == '\n' &&
		    (IN(line_openers, s + i, w) || label_line(s + i, n - i) ||
		    (w >= 3 && rd_all_caps(s + i, w) &&
		    !caps_before(s, i - 1) && !(i + w + 1 < n &&
		    (s[i + w] == ',' || (s[i + w] == ' ' &&
		    rd_islower((unsigned char)s[i + w + 1])))))))
			break;
		/* "Councillor Hollis's name": the possessive goes */
		if (w > 3 && s[i + w - 2] == '\'' && s[i + w - 1] == 's') {
			shift_given(&last, &initials);
			text_lower(s + i, w - 2, &last);
			words++;
			ntok++;
			end = i + w - 2;
			break;
		}
		/* "Mr CHAN Siu-ming": the surname in capitals, first */
		if (words == 0) {
			caps_first = ntok == 0 && last.len == 0 &&
			    w >= 2 && rd_all_caps(s + i, w);
			caps_at = i;
			caps_len = w;
		} else if (rd_all_caps(s + i, w))
			other = 1;
		else if (words == 1)
			given_at = i;
		shift_given(&last, &initials);
		text_lower(s + i, w, &last);
		words++;
		ntok++;
		end = i = k;
		/* continue past a single space or line break */
		if (i < n && (s[i] == ' ' || s[i] == '\n') && i + 1 < n &&
		    s[i + 1] != ' ' && s[i + 1] != '\n')
			i++;
		else
			break;
	}
	if (words == 0) {
		buf_free(&initials);
		buf_free(&last);
		return 0;
	}
	/* "Sheahan (J)": the initial that tells two Sheahans apart */
	k = rd_skip_spaces(s, n, end);
	if (k + 2 < n && s[k] == '(' && rd_isupper((unsigned char)s[k + 1])) {
		size_t j = k + 1;

		while (j < n && j < k + 4 && (rd_isupper((unsigned char)s[j]) ||
		    s[j] == '.'))
			j++;
		/* "(DA)", "(SNP)": a party, not initials ("(M.J.)"); "(C)"
		 * and "(R)" beside each name of a list: in the chamber or
		 * remote (Northern Ireland), no initials */
		if (j < n && s[j] == ')' && j == k + 2 && presence_mark(s, n,
		    k)) {
			end = j + 1;
		} else if (j < n && s[j] == ')' && (j == k + 2 ||
		    memchr(s + k + 1, '.', j - k - 1) != NULL)) {
			size_t q;

			for (q = k + 1; q < j; q++)
				if (rd_isupper((unsigned char)s[q])) {
					buf_putc(&initials, s[q] + 32);
					buf_putc(&initials, ' ');
				}
			end = j + 1;
		} else if (initials.len == 0 && k - end <= 1 &&
		    given_in_brackets(s + k + 1, n - k - 1, &j) &&
		    !rd_prefix(s + k + 1, n - k - 1, "unanim") &&
		    !rd_prefix(s + k + 1, n - k - 1, "carried") &&
		    /* "moved by Councillor Ames (Lost)": the motion's
		     * result */
		    !rd_prefix(s + k + 1, n - k - 1, "lost)") &&
		    !rd_prefix(s + k + 1, n - k - 1, "defeated)") &&
		    !rd_prefix(s + k + 1, n - k - 1, "withdrawn)")) {
			/* "Councillor Ryan (Eddie)": the given name tells
			 * two Ryans apart, as "(E)" would; after a given
			 * name, "Derek Atkinson (Woldside)" is a ward's */
			buf_putc(&initials, s[k + 1] + 32);
			buf_putc(&initials, ' ');
			end = k + 1 + j + 1;
		}
	}
	nm->a = i0;
	nm->b = end;
	nm->ntok = ntok;
	/* ... its given name hyphened or in two words ("Siu-ming", "Siu
	 * Ming"): not a rank's letters before a surname, "DCC Howarth" */
	if (caps_first && !other && words >= 2 && words <= 3 &&
	    ntok == words && given_at > caps_at && (words == 3 ||
	    memchr(s + given_at, '-', end - given_at) != NULL)) {
		/* given name's initial, then the surname in capitals */
		unsigned cp;

		k = text_utf8_decode(s + given_at, n - given_at, &cp);
		buf_reset(&initials);
		buf_reset(&last);
		text_lower(s + given_at, k ? k : 1, &initials);
		buf_putc(&initials, ' ');
		text_lower(s + caps_at, caps_len, &last);
	}
	buf_append(&nm->key, initials.data ? initials.data : "",
	    initials.len);
	/* The surname, without apostrophes, dots or the spaces after its
	 * particles: "odonnell", "desouza", "vanderberg". */
	for (k = 0; k < last.len; k++)
		if (last.data[k] != '\'' && last.data[k] != '"' &&
		    last.data[k] != '.' && last.data[k] != ' ')
			buf_putc(&nm->key, last.data[k]);
	buf_free(&initials);
	buf_free(&last);
	if (nm->key.data != NULL)
		text_squeeze(nm->key.data);
	return end - i0;
}

char *
rd_name_key(const char *name, size_t n)
{
	struct name nm;
	char *key;

	if (name_at(name, n, 0, &nm) == 0)
		return NULL;
	key = buf_steal(&nm.key);
	return key;
}

/*
 * An office at s[i..n): capitalised words and links ("Corporate Director
 * of Children and Young People's Services", "A/Senior Planner"), holding
 * one of role_nouns.  Returns bytes used, or 0.
 */
static const struct title *title_at(const char *, size_t, size_t *);

/*
 * "City Manager Whitcomb", as American minutes name officers: an office
 * read by role_at whose last word is a surname after an office noun.
 * Fills p and returns 1 if so.
 */
static int
office_then_name(const char *s, size_t r, struct rd_person *p)
{
	struct buf key = BUF_INIT;
	size_t last = r, prev, w;

	while (last > 0 && s[last - 1] != ' ')
		last--;
	if (last < 2 || IN(role_nouns, s + last, r - last) ||
	    IN(not_names, s + last, r - last))
		return 0;
	for (prev = last - 1; prev > 0 && s[prev - 1] != ' '; prev--)
		;
	w = last - 1 - prev;
	if (!IN(role_nouns, s + prev, w)) {
		/* "Public Works Director Sam Fitch": a given name between */
		size_t given = prev, pp;

		if (given < 2 || IN(not_names, s + given, w) || w < 2 ||
		    !rd_upper_at(s + given, w) ||
		    !rd_upper_at(s + last, r - last))
			return 0;
		for (pp = given - 1; pp > 0 && s[pp - 1] != ' '; pp--)
			;
		if (!IN(role_nouns, s + pp, given - 1 - pp))
			return 0;
		p->role = rd_squeeze(s, given - 1);
		p->name = rd_squeeze(s + given, r - given);
		buf_putc(&key, lower((unsigned char)s[given]));
		buf_putc(&key, ' ');
		text_lower(s + last, r - last, &key);
		p->key = buf_steal(&key);
		/* as name_at keys a surname: "odonnell" */
		for (w = prev = 0; p->key[w] != '\0'; w++)
			if (p->key[w] != '\'' && p->key[w] != '.')
				p->key[prev++] = p->key[w];
		p->key[prev] = '\0';
		p->kind = RD_OFFICER;
		p->named = 1;
		p->len = r;
		return 1;
	}
	p->role = rd_squeeze(s, last - 1);
	p->name = rd_squeeze(s, r);
	text_lower(s + last, r - last, &key);
	p->key = buf_steal(&key);
	p->kind = RD_OFFICER;
	p->named = 1;
	p->len = r;
	return 1;
}


/*
 * The length of a name without a title at s[i..n) after an office: two
 * words with capitals, or three with an initial between, then one of
 * ends ('$' for the end of s): "Head of Finance (Rachel Osei)" with ")",
 * "Director of Place - Tom Birch," with ",;$"; none of a department's
 * words ("(Adults)", "(Section 151 Officer)", "- Place" are the
 * office's); else 0.
 */
static size_t
held_name(const char *s, size_t n, size_t i, const char *ends)
{
	size_t j = i, w, words = 0, initials = 0;

	if (title_at(s + i, n - i, &w) != NULL)
		return 0;
	/* "Highways Manager (E. Gwilliam)", "(R.J. Pugh)": initials */
	while (initials < 3 && j + 1 < n && rd_isupper((unsigned char)s[j]) &&
	    s[j + 1] == '.') {
		j += 2;
		initials++;
		if (j < n && s[j] == ' ')
			j++;
	}
	if (initials > 0 && (j >= n || !rd_upper_at(s + j, n - j)))
		return 0;
	while (words < 3 && j < n && rd_upper_at(s + j, n - j)) {
		w = word_len(s + j, n - j);
		if (w < 2 || IN(not_names, s + j, w) || IN(role_nouns, s + j,
		    w) || IN(departments, s + j, w))
			return 0;
		j += w;
		words++;
		if (j < n && s[j] == ' ')
			j++;
		else
			break;
	}
	while (j > i && s[j - 1] == ' ')
		j--;
	if (words + (initials > 0) < 2 || (initials > 0 && words > 1) ||
	    (j < n ? s[j] == '\0' || strchr(ends, s[j]) == NULL :
	    strchr(ends, '$') == NULL))
		return 0;
	if (words == 3) {
		size_t m = i + word_len(s + i, n - i) + 1;

		if (word_len(s + m, n - m) > 2)
			return 0;
	}
	return j - i;
}

/*
 * The length of a name without a title at s[i..n), as held_name reads
 * one, then a comma and a word in small letters ("Marcia Okonkwo,
 * outlined ...", as an office's holder is set after it); else 0.
 */
static size_t
plain_name(const char *s, size_t n, size_t i)
{
	size_t k = held_name(s, n, i, ",");

	if (k == 0 || i + k + 2 >= n || s[i + k + 1] != ' ' ||
	    !rd_islower((unsigned char)s[i + k + 2]))
		return 0;
	return k;
}

/*
 * The length of a name without a title at s[i..n), as held_name reads
 * one, then a word in small letters ("Kieran Lehane introduced ..."); else
 * 0.
 */
static size_t
verb_after_name(const char *s, size_t n, size_t i)
{
	size_t k = held_name(s, n, i, " "), w;

	if (k == 0 || i + k + 1 >= n || !rd_islower((unsigned char)s[i + k +
	    1]))
		return 0;
	/* not "Motor Tax and ICT", an office's area going on */
	w = word_len(s + i + k + 1, n - i - k - 1);
	if (IN(role_links, s + i + k + 1, w) || (w == 2 &&
	    memcmp(s + i + k + 1, "or", 2) == 0))
		return 0;
	return k;
}

/* 1 if the words at s[j..) up to a comma or a line's end name a
 * service ("Major Developments"), not a person. */
static int
service_named(const char *s, size_t n, size_t j)
{
	size_t w;

	while (j < n && s[j] != ',' && s[j] != '\n' && s[j] != '.') {
		w = word_len(s + j, n - j);
		if (w == 0)
			return 0;
		if (IN(service_words, s + j, w))
			return 1;
		j += w;
		while (j < n && s[j] == ' ')
			j++;
	}
	return 0;
}

static const struct title *title_at(const char *, size_t, size_t *);

/* 1 if s[0..n), after "Chair of", names a body by more than one word:
 * "the Audit Committee", not "the Council". */
static int
other_body(const char *s, size_t n)
{
	size_t k = rd_prefix(s, n, "the "), w;

	w = word_len(s + k, n - k);
	if (w == 0 || k + w + 1 >= n)
		return 0;
	/* "the Transport, Regeneration and Climate Policy Committee": a
	 * body named by a list, up to its own noun */
	if (s[k + w] == ',' && s[k + w + 1] == ' ') {
		static const char *const bodies[] = {
			"Committee", "Sub-Committee", "Board", "Panel",
			"Forum", "Partnership", "Commission",
		};
		size_t e = k + w + 2, a = e;

		if (rd_upper_at(s + e, n - e) == 0)
			return 0;
		for (; e < n && e - k < 100; e++) {
			/* (the name whole before a blank line) */
			if (s[e] == '\n' && e + 1 < n && s[e + 1] == '\n')
				break;
			if (s[e] == ' ' || s[e] == '\n' || s[e] == ',') {
				if (IN(bodies, s + a, e - a))
					return 1;
				a = e + 1;
				/* (not past the next person: "the Council,
				 * Councillor Ross, Chair of ...") */
				if (title_at(s + a, n - a, &w) != NULL)
					return 0;
			} else if (!rd_isalpha((unsigned char)s[e]) &&
			    s[e] != '-' && s[e] != '&' && s[e] != '\'')
				break;
		}
		return IN(bodies, s + a, e - a);
	}
	if (s[k + w] != ' ' && s[k + w] != '\n')
		return 0;
	k += w + 1;
	if ((w = rd_prefix(s + k, n - k, "and ")) != 0 ||
	    (w = rd_prefix(s + k, n - k, "& ")) != 0)
		k += w;
	return rd_upper_at(s + k, n - k) != 0;
}

int
rd_chairs_other_body(const char *role)
{
	size_t n, i, k;

	if (role == NULL)
		return 0;
	n = strlen(role);
	for (i = 0; i < sizeof chair_words / sizeof chair_words[0]; i++) {
		k = strlen(chair_words[i]);
		if (strncmp(role, chair_words[i], k) == 0 &&
		    rd_prefix(role + k, n - k, " of ") != 0)
			return other_body(role + k + 4, n - k - 4);
	}
	return 0;
}

static size_t
role_at(const char *s, size_t n, size_t i0, int allow_comma)
{
	size_t i = i0, end = i0, w;
	int noun = 0, words = 0, joined = 0;

	while (i < n) {
		if (rd_upper_at(s + i, n - i) ||
		    rd_isdigit((unsigned char)s[i])) {
			w = word_len(s + i, n - i);
			/* "Section 151 Officer", "S151 Officer" (not an
			 * office that opens with a number: "2025 Levy") */
			if (w > 0 || words > 0)
				while (i + w < n &&
				    rd_isdigit((unsigned char)s[i + w]))
					w++;
			/* A/Senior, A/Director */
			if (w == 1 && i + 1 < n && s[i + 1] == '/')
				w = 2 + word_len(s + i + 2, n - i - 2);
			if (w == 0)
				break;
			if (words == 0 && IN(asking_words, s + i, w))
				return 0;
			/* "Chair of the Audit Committee": another body's
			 * chair holds an office here */
			if (IN(role_nouns, s + i, w) || (words == 0 &&
			    IN(chair_words, s + i, w) && rd_prefix(s + i + w,
			    n - i - w, " of ") && other_body(s + i + w + 4,
			    n - i - w - 4)))
				noun = 1;
			if (words > 0 && IN(pronouns, s + i, w))
				break;
			/* "Chairperson of X Association and Mr Riordan": the
			 * next person (not "Deputy Lord Mayor") */
			if (joined) {
				const struct title *t;
				size_t tw;

				if ((t = title_at(s + i, n - i, &tw)) != NULL &&
				    t->kind == RD_UNKNOWN)
					break;
			}
			joined = 0;
			/* "The Chief Executive's Report set out ...": a
			 * document, no office */
			if (words > 0 && IN(documents, s + i, w))
				return 0;
			words++;
			end = i += w;
			/* "Director of Children's and Adults' Services": a
			 * plural's apostrophe in the office's name */
			if (w >= 2 && i + 3 < n && s[i] == '\'' &&
			    s[i - 1] == 's' && rd_islower((unsigned char)
			    s[i - 2]) &&
			    s[i + 1] == ' ' && rd_upper_at(s + i + 2,
			    n - i - 2) && rd_islower((unsigned char)s[i + 3]))
				end = ++i;
			if (allow_comma && i < n && s[i] == ',')
				continue;
		} else if (words > 0 && (w = word_len(s + i, n - i)) > 0 &&
		    IN(role_links, s + i, w)) {
			size_t v;

			/* "The Executive Member for Finance and the Director
			 * of Finance submitted ...": a second office */
			if (noun && w == 3 && memcmp(s + i, "and", 3) == 0 &&
			    rd_prefix(s + i + w, n - i - w, " the ") &&
			    (v = word_len(s + i + w + 5, n - i - w - 5)) > 0 &&
			    IN(role_nouns, s + i + w + 5, v))
				break;
			joined = (w == 3 && memcmp(s + i, "and", 3) == 0) ||
			    s[i] == '&';
			i += w;
		} else if (words > 0 && (s[i] == '&' || (s[i] == '+' &&
		    i + 1 < n && s[i + 1] == ' '))) {
			/* "Director Infrastructure + Works" */
			joined = s[i] == '&';
			i++;
		} else if (noun && i + 2 < n && s[i] == '-' && s[i + 1] == ' ' &&
		    rd_upper_at(s + i + 2, n - i - 2) &&
		    (w = word_len(s + i + 2, n - i - 2)) > 0 &&
		    !IN(pronouns, s + i + 2, w) &&
		    title_at(s + i + 2, n - i - 2, &w) == NULL &&
		    held_name(s, n, i + 2, ",;\n$") == 0) {
			/* "Executive Director - Place": the office's part */
			i += 2;
			continue;
		} else if (allow_comma && words > 0 && s[i] == ',' &&
		    noun && i + 2 < n && (s[i + 1] == ' ' || (s[i + 1] ==
		    '\n' && s[i + 2] != '\n')) &&
		    rd_upper_at(s + i + 2, n - i - 2)) {
			/* "..., Children's Social Care reported", also at a
			 * line's end: "the Group Director," / "Finance and
			 * Corporate Resources explained" */
			size_t j = i + 2;

			w = word_len(s + j, n - j);
			/* (not a ward's number: "Kevin Flynn, District 2" /
			 * "Council Member ...") */
			if ((IN(not_names, s + j, w) && (!IN(office_areas,
			    s + j, w) || (j + w + 1 < n && s[j + w] == ' ' &&
			    rd_isdigit((unsigned char)s[j + w + 1])))) || w == 0)
				break;
			/* a title would start a name, not go on an office */
			if (rd_prefix(s + j, n - j, "Councillor") ||
			    rd_prefix(s + j, n - j, "Mr") ||
			    rd_prefix(s + j, n - j, "Ms") ||
			    rd_prefix(s + j, n - j, "Dr") ||
			    title_at(s + j, n - j, &w) != NULL)
				break;
			/* ", Marcia Okonkwo, outlined": who holds it, also
			 * with no comma after ("..., Kieran Lehane
			 * introduced"); not a service's name, ", Major
			 * Developments," */
			if ((plain_name(s, n, j) != 0 ||
			    verb_after_name(s, n, j) != 0) &&
			    !service_named(s, n, j))
				break;
			/* ", Gareth Pryce, Director of Housing": the next
			 * person of a list, with an office */
			if ((w = held_name(s, n, j, ",")) != 0 &&
			    j + w + 2 < n && s[j + w + 1] == ' ' &&
			    role_at(s, n, j + w + 2, 0) > 0)
				break;
			i = j;
			continue;
		} else
			break;
		if (i < n && s[i] == ' ')
			i++;
		else if (i < n && s[i] == '\n' && i + 1 < n && s[i + 1] != '\n' &&
		    !label_line(s + i + 1, n - i - 1))
			i++;
		else
			break;
	}
	/* "The Executive considered a report ...": a body, as Scottish
	 * councils call their cabinet, no officer */
	if (words == 1 && end - i0 == 9 && memcmp(s + i0, "Executive", 9) == 0)
		return 0;
	return noun ? end - i0 : 0;
}

static char *
role_copy(const char *s, size_t n)
{
	char *r = rd_squeeze(s, n);

	return r;
}

static char *
lower_copy(const char *s)
{
	struct buf b = BUF_INIT;

	text_lower(s, strlen(s), &b);
	return buf_steal(&b);
}

static const struct title *
title_at(const char *s, size_t n, size_t *len)
{
	size_t i, j, k;

	if (n == 0 || !rd_isupper((unsigned char)s[0]))
		return NULL;
	for (i = 0; i < sizeof titles / sizeof titles[0]; i++) {
		if (titles[i].word[0] != s[0])
			continue;
		k = strlen(titles[i].word);
		/* (a line may end inside the title: "seconded by County" /
		 * "Councillor Mary Ann Brocklesby") */
		for (j = 0; j < k && j < n && (s[j] == titles[i].word[j] ||
		    (s[j] == '\n' && titles[i].word[j] == ' ')); j++)
			;
		if (k < n && j == k &&
		    (s[k] == ' ' || s[k] == '\n' ||
		    (titles[i].word[k - 1] == '.' && rd_isupper(
		    (unsigned char)s[k])))) {
			*len = k;
			return &titles[i];
		}
	}
	return NULL;
}

/*
 * After an office read into p (s[0..p->len): "The Director", "The
 * Chairman"), ", Councillor Smith," names who holds it: p takes that
 * person's name and key, if they have no office of their own.  no_role:
 * not an untitled name ("The Licensing Officer, Gareth Bell, ...").
 */
static void
office_holder(const char *s, size_t n, struct rd_person *p, int no_role)
{
	struct rd_person q;
	const struct title *tt;
	size_t k = p->len, t;
	int paren;

	if (k + 2 < n && s[k] == ',' && s[k + 1] == ' ' && !no_role &&
	    ((t = plain_name(s, n, k + 2)) != 0 ||
	    (t = verb_after_name(s, n, k + 2)) != 0)) {
		/* "The Licensing Officer, Gareth Bell, summarised ...",
		 * "The Director, Service Operations, Kieran Lehane
		 * introduced ..." */
		struct buf key = BUF_INIT;
		size_t last = k + 2 + t;

		while (last > k + 2 && s[last - 1] != ' ')
			last--;
		buf_putc(&key, lower((unsigned char)s[k + 2]));
		buf_putc(&key, ' ');
		text_lower(s + last, k + 2 + t - last, &key);
		free(p->name);
		free(p->key);
		p->name = rd_squeeze(s + k + 2, t);
		p->key = buf_steal(&key);
		p->named = 1;
		p->len = k + 2 + t + (s[k + 2 + t] == ',');
		return;
	}
	if (k + 2 >= n || (s[k] != ',' && s[k] != ' ') ||
	    (s[k] == ',' ? s[k + 1] != ' ' : s[k + 1] != '(') ||
	    (tt = title_at(s + k + 2, n - k - 2, &t)) == NULL || tt->plural)
		return;
	/* ", Councillor Smith," or " (Mr J Smith)"; not one with an office
	 * of their own, the next of a list ("Mr. R. Cullinan, Chief
	 * Executive, Mr. P. Clifford, Director of Services"), nor the
	 * others present ("The Mayor, Councillors Adamson, Baptiste") */
	paren = s[k] == ' ';
	if (rd_person_at(s + k + 2, n - k - 2, &q) && q.named &&
	    q.role == NULL && (!paren || (k + 2 + q.len < n &&
	    s[k + 2 + q.len] == ')' && q.role == NULL))) {
		free(p->name);
		free(p->key);
		p->name = q.name;
		p->key = q.key;
		p->title = q.title;
		q.name = q.key = q.title = NULL;
		p->named = 1;
		/* "The Leader, Councillor Sarah Quinn," is a member */
		if (q.kind == RD_MEMBER)
			p->kind = RD_MEMBER;
		p->len = k + 2 + q.len;
		if (p->len < n && s[p->len] == (paren ? ')' : ','))
			p->len++;
	}
	rd_person_clear(&q);
}

/*
 * 1 if role is a seat on the committee, not an office: "Independent
 * Co-opted Member", "Independent Member" (a cabinet member holds an
 * office of the executive and answers), or a political group's
 * ("Leader of the Green and Independent Group", who asks).
 */
static int
lay_member(const char *role)
{
	return (rd_find(role, strlen(role), "member") != (size_t)-1 &&
	    !rd_executive_role(role)) || rd_group_role(role);
}

/* Chairs and mayors: member offices named without a name. */
static const struct {
	const char *word;
	const char *key;
} chairs[] = {
	{ "Vice-Chairman", "vice chair" },
	{ "Vice Chairman", "vice chair" },
	{ "Vice-Chairperson", "vice chair" },
	{ "Vice-Chair", "vice chair" },
	{ "Vice Chair", "vice chair" },
	{ "Leas-Chathaoirleach", "vice chair" },
	{ "Leas Chathaoirleach", "vice chair" },
	{ "Chairperson", "chair" },
	{ "Chairwoman", "chair" },
	{ "Chairman", "chair" },
	{ "Chair", "chair" },
	{ "Cathaoirleach", "chair" },
	{ "Deputy Lord Mayor", "deputy mayor" },
	{ "Deputy Mayor", "deputy mayor" },
	{ "Lord Mayor", "mayor" },
	/* an elected mayor, beside the civic one who chairs */
	{ "City Mayor", "city mayor" },
	{ "Mayor", "mayor" },
	/* Irish: "An Méara", "An Leas-Mhéara" */
	{ "Leas-Mh\xc3\xa9" "ara", "deputy mayor" },
	{ "M\xc3\xa9" "ara", "mayor" },
	{ "Presiding Member", "chair" },
	/* Scotland: who chairs a committee, and who a council */
	{ "Vice-Convener", "vice chair" },
	{ "Vice Convener", "vice chair" },
	{ "Depute Convener", "vice chair" },
	{ "Vice-Convenor", "vice chair" },
	{ "Vice Convenor", "vice chair" },
	{ "Depute Convenor", "vice chair" },
	{ "Convener", "chair" },
	{ "Convenor", "chair" },
	/* who chairs a South African council */
	{ "Speaker", "chair" },
};

/* The index in chairs[] of the word opening s, or -1. */
static int
chair_word(const char *s, size_t n)
{
	size_t j, k;

	for (j = 0; j < sizeof chairs / sizeof chairs[0]; j++) {
		k = strlen(chairs[j].word);
		if (k <= n && memcmp(s, chairs[j].word, k) == 0 &&
		    (k == n || !rd_isalpha((unsigned char)s[k]))) {
			/* "Convener of the Environment Committee", "Chair of
			 * the Waste and Street Scene Policy Committee":
			 * another committee's, not who chairs this one ("Chair
			 * of the Council" is) */
			if (rd_prefix(s + k, n - k, " of ") != 0 &&
			    (strncmp(chairs[j].word, "Conven", 6) == 0 ||
			    other_body(s + k + 4, n - k - 4)))
				return -1;
			return (int)j;
		}
	}
	return -1;
}

static int
chair_at(const char *s, size_t n, struct rd_person *p)
{
	size_t i, k;
	int j;

	if ((k = rd_prefix(s, n, "the ")) == 0 &&
	    (k = rd_prefix(s, n, "an ")) == 0)
		return 0;
	i = k;
	if ((j = chair_word(s + i, n - i)) < 0)
		return 0;
	/* "the Chair of the Audit Committee" is still chair */
	p->name = xasprintf("the %s", chairs[j].word);
	p->key = xstrdup(chairs[j].key);
	p->role = xstrdup(chairs[j].word);
	p->kind = RD_MEMBER;
	p->named = 0;
	p->chair = 1;
	p->len = i + strlen(chairs[j].word);
	/* "The Chair of the Climate Change Committee, Ms F MacLeod,
	 * confirmed": another committee's chair, named */
	if ((k = rd_prefix(s + p->len, n - p->len, " of the ")) != 0) {
		size_t e = p->len + k, save = p->len;

		while (e < n && (rd_isupper((unsigned char)s[e]) ||
		    rd_prefix(s + e, n - e, "and ") || rd_prefix(s + e, n - e,
		    "of "))) {
			while (e < n && s[e] != ' ' && s[e] != ',')
				e++;
			if (e < n && s[e] == ' ')
				e++;
			else
				break;
		}
		p->len = e;
		office_holder(s, n, p, 1);
		if (p->named)
			return 1;
		p->len = save;
	}
	/* "The Chairman, Councillor Smith, asked" */
	office_holder(s, n, p, 1);
	return 1;
}

static int
generic_member_at(const char *s, size_t n, struct rd_person *p)
{
	static const struct {
		const char *words;
		int plural;
	} generic[] = {
		{ "A Member", 0 }, { "One Member", 0 },
		{ "Another Member", 0 }, { "A Councillor", 0 },
		{ "The Member", 0 }, { "Members", 1 }, { "Several Members", 1 },
		{ "Some Members", 1 }, { "A number of Members", 1 },
		{ "Other Members", 1 }, { "The Members", 1 },
		{ "All Members", 1 }, { "Councillors", 1 },
		{ "A Panel Member", 0 }, { "Panel Members", 1 },
		{ "A Committee Member", 0 }, { "Committee Members", 1 },
		{ "A Board Member", 0 }, { "Board Members", 1 },
		{ "Some Panel Members", 1 }, { "Some Committee Members", 1 },
	};
	/* the public, unnamed: "A resident of Mill Row asked ..." */
	static const char *const public[] = {
		/* (the longer first: "A resident from the floor asked") */
		"A member of the public from the floor",
		"A member of the public present", "A resident from the floor",
		"A resident present", "A member of the audience from the floor",
		"A member of the public", "Members of the public",
		"A local resident", "A resident", "Local residents",
		"Residents", "A member of the audience",
	};
	size_t j, k;

	for (j = 0; j < sizeof public / sizeof public[0]; j++) {
		k = rd_prefix(s, n, public[j]);
		if (k == 0 || (k < n && rd_isalpha((unsigned char)s[k])) ||
		    !rd_isupper((unsigned char)s[0]))
			continue;
		p->name = rd_squeeze(s, k);
		p->key = xstrdup("public");
		p->kind = RD_MEMBER;
		p->named = 0;
		p->len = k;
		return 1;
	}
	for (j = 0; j < sizeof generic / sizeof generic[0]; j++) {
		k = rd_prefix(s, n, generic[j].words);
		if (k == 0 || (k < n && rd_isalpha((unsigned char)s[k])))
			continue;
		/* "Councillors Browne and ..." names them: not generic */
		if (strcmp(generic[j].words, "Councillors") == 0 &&
		    k + 1 < n && rd_upper_at(s + k + 1, n - k - 1))
			continue;
		p->name = xstrdup(generic[j].plural ? "Members" : "A Member");
		p->key = xstrdup(generic[j].plural ? "members" : "member");
		p->kind = RD_MEMBER;
		p->named = 0;
		p->len = k;
		return 1;
	}
	return 0;
}

/* ", Director of Children's Services," or " (Senior Engineer)" */
static size_t
apposition(const char *s, size_t n, size_t i, char **role)
{
	size_t r, j, w;

	/* (the office may start the next line: "Mr Ormesher," / "Cabinet
	 * Member for Finance, replied ...") */
	for (w = i + 1; w < n && w < i + 24 && (s[w] == ' ' || (s[w] == '\n' &&
	    memchr(s + i + 1, '\n', w - i - 1) == NULL)); w++)
		;
	if (w > i + 1 && w < n && s[i] == ',') {
		j = w;
		/* ", on behalf of the Independent Group, moved ...": the
		 * party they speak for, no office */
		if (rd_prefix(s + j, n - j, "on behalf of ")) {
			const char *c = memchr(s + j, ',', n - j < 80 ? n - j :
			    80);

			if (c != NULL && c - s > 6 && memcmp(c - 6, " Group",
			    6) == 0 && memchr(s + j, '.', (size_t)(c - s) - j) ==
			    NULL)
				return (size_t)(c - s) + 1;
		}
		if (rd_prefix(s + j, n - j, "the "))
			j += 4;
		r = role_at(s, n, j, 1);
		if (r == 0)
			return i;
		/* "In the absence of Councillor Baxendale, the Deputy
		 * Leader, Councillor Aske, responded": the office is the
		 * next one's */
		if (j > w && j + r + 2 < n && s[j + r] == ',' &&
		    s[j + r + 1] == ' ') {
			struct rd_person next;
			int titled = rd_person_at(s + j + r + 2, n - j - r - 2,
			    &next) && next.named && next.title != NULL;

			rd_person_clear(&next);
			if (titled)
				return i;
		}
		/* "a question from Councillor Hartigan, the Director of
		 * Finance confirmed ...": the office starts a clause ("Ms
		 * Woods, Senior Planner updated ..." is an apposition) */
		if (j > w && j + r < n && (s[j + r] == ' ' ||
		    s[j + r] == '\n')) {
			int kind;

			if (rd_verb_at(s + j + r, n - j - r, &kind) > 0 &&
			    kind != VERB_NONE)
				return i;
		}
		/* "a question from Councillor Iveson, the Director of
		 * Finance (Mr Callum Ormerod) confirmed ...": the office is
		 * the bracketed one's; "... the Head of Housing (Carla
		 * Mendes) explained", "... the Head of Education (Lifelong
		 * Learning) confirmed": the office's sentence */
		if (j > w && j + r + 2 < n && s[j + r] == ' ' &&
		    s[j + r + 1] == '(') {
			struct rd_person in;
			int named = rd_person_at(s + j + r + 2, n - j - r - 2,
			    &in) && in.named && in.title != NULL, kind;
			size_t c = j + r + 2;

			rd_person_clear(&in);
			if (named)
				return i;
			while (c < n && c - j - r < 50 && s[c] != ')')
				c++;
			if (c + 1 < n && s[c] == ')' && rd_verb_at(s + c + 1,
			    n - c - 1, &kind) > 0 && kind != VERB_NONE)
				return i;
		}
		/* "In answer to Cllr. Hext, Inspector Rowe said ...": a
		 * titled person, not an office */
		if (j == w) {
			struct rd_person in;
			int titled = rd_person_at(s + j, n - j, &in) &&
			    in.named && in.title != NULL && in.len >= r;

			rd_person_clear(&in);
			if (titled)
				return i;
		}
		/* "Director of Adult Social Services (DASS),", and a
		 * portfolio in brackets before the comma: "Deputy City Mayor
		 * (Social Care and Anti-Poverty)," */
		if (j + r + 2 < n && s[j + r] == ' ' && s[j + r + 1] == '(') {
			size_t e = j + r + 2;

			while (e < n && e - j - r < 12 &&
			    rd_isupper((unsigned char)s[e]))
				e++;
			if (e < n && s[e] == ')' && e > j + r + 3)
				r = e + 1 - j;
			else if (rd_isupper((unsigned char)s[j + r + 2])) {
				for (e = j + r + 2; e < n && e - j - r < 70 &&
				    (rd_isalpha((unsigned char)s[e]) ||
				    s[e] == ' ' || s[e] == '-' || s[e] == '&' ||
				    s[e] == '\''); e++)
					;
				if (e + 1 < n && s[e] == ')' && s[e + 1] == ',')
					r = e + 1 - j;
			}
		}
		*role = role_copy(s + j, r);
		j += r;
		if (j < n && s[j] == ',')
			j++;
		return j;
	}
	if (i + 2 < n && s[i] == ' ' && s[i + 1] == '(') {
		int c;

		j = i + 2;
		/* "Councillor Smith (Chair)" */
		if ((c = chair_word(s + j, n - j)) >= 0) {
			r = strlen(chairs[c].word);
			/* "Dr Beaumont (Chair, Quenby Primary Care
			 * Network)": another body's chair, the whole
			 * bracket her office */
			if (j + r + 2 < n && s[j + r] == ',') {
				size_t e;

				for (e = j + r; e < n && e - j < 90 &&
				    s[e] != ')' && s[e] != '(' && s[e] != '\n';
				    e++)
					;
				if (e < n && s[e] == ')') {
					*role = rd_squeeze(s + j, e - j);
					return e + 1;
				}
			}
			if (j + r >= n || s[j + r] != ')')
				return i;
			*role = xstrdup(chairs[c].word);
			return j + r + 1;
		}
		/* "(Chief Executive, OPCC)" */
		r = role_at(s, n, j, 1);
		if (r > 0 && j + r < n && s[j + r] == ')') {
			*role = role_copy(s + j, r);
			return j + r + 1;
		}
		/* "Cllr Sandhu (Northfold BC) asked", "(Lab)": a party or
		 * a council; "Dr Nwosu (independent co-opted member)",
		 * "(agent for the applicant)": passed over */
		for (r = j; r < n && r - j < 60 && s[r] != ')' && s[r] != '(' &&
		    s[r] != '\n' && s[r] != '.'; r++)
			;
		if (r > j && r + 1 < n && s[r] == ')' && (s[r + 1] == ' ' ||
		    s[r + 1] == ',') && (rd_isupper((unsigned char)s[j]) ?
		    r - j < 40 : rd_islower((unsigned char)s[j])))
			return r + 1;
	}
	return i;
}

/*
 * Past where a member of the public lives or whom they speak for, after
 * their name at i: ", 77 Cypress Court," ", representing the Business
 * Association," " of 1412 Elm Street".  Returns i when there is none.
 */
static size_t
residence(const char *s, size_t n, size_t i)
{
	static const char *const leads[] = {
		"representing ", "on behalf of ", "a resident of ",
		"resident of ", "speaking for ", "speaking on behalf of ",
		/* "Ray Gutierrez, a ratepayer in Division 3, asked" */
		"a ratepayer ", "a resident ", "a local resident",
		"a property owner", "a business owner", "a landowner",
		"owner of ", "president of ", "chair of ", "secretary of ",
	};
	static const char *const firms[] = {
		" LLC", " Inc.", " Inc", " Ltd", " Ltd.", " Limited", " Corp.",
		" PLC", " LLP",
	};
	size_t j, k, e;
	int verb;

	if (i + 2 < n && s[i] == ',' && s[i + 1] == ' ') {
		j = i + 2;
		for (k = 0; k < sizeof leads / sizeof leads[0]; k++)
			if (rd_prefix(s + j, n - j, leads[k]))
				break;
		/* ", Marysburg,": a place, a word or three in capitals,
		 * and a comma */
		if (k == sizeof leads / sizeof leads[0] && rd_upper_at(s + j,
		    n - j)) {
			size_t words = 0;

			for (e = j; e < n && words < 3 && rd_upper_at(s + e,
			    n - e); words++) {
				e += word_len(s + e, n - e);
				if (e < n && s[e] == ' ')
					e++;
				else
					break;
			}
			/* then what they did: not the next name of a list,
			 * "Alan Grieve, Rachel Maddox, ..." */
			if (e < n && s[e] == ',' && e > j && !IN(not_names,
			    s + j, word_len(s + j, n - j)) && rd_verb_at(s + e +
			    1, n - e - 1, &verb) > 0)
				return e + 1;
			return i;
		}
		if (k == sizeof leads / sizeof leads[0] &&
		    !rd_isdigit((unsigned char)s[j]))
			return i;
		for (e = j; e < n && e - j < 90 && s[e] != ',' && s[e] != ';' &&
		    s[e] != '(' && !(s[e] == '.' && e + 2 < n && s[e + 1] == ' '
		    && rd_isupper((unsigned char)s[e + 2])); e++)
			;
		if (e >= n || s[e] != ',')
			return i;
		/* ", representing Riverbend Solar, LLC," */
		for (k = 0; k < sizeof firms / sizeof firms[0]; k++)
			if (rd_prefix(s + e + 1, n - e - 1, firms[k]) &&
			    s[e + 1] == ' ') {
				e += 1 + strlen(firms[k]);
				if (e < n && s[e] == ',')
					break;
				return i;
			}
		return e + 1;
	}
	/* " of 1412 Elm Street asked": the number, then capitalised words */
	if (!rd_prefix(s + i, n - i, " of ") || i + 4 >= n ||
	    !rd_isdigit((unsigned char)s[i + 4]))
		return i;
	j = i + 4;
	while (j < n && (rd_isalpha((unsigned char)s[j]) ||
	    rd_isdigit((unsigned char)s[j]) || s[j] == '-'))
		j++;
	for (e = j; e + 1 < n && s[e] == ' ' &&
	    rd_isupper((unsigned char)s[e + 1]); ) {
		e++;
		while (e < n && (rd_isalpha((unsigned char)s[e]) ||
		    s[e] == '.'))
			e++;
	}
	if (e == j)
		return i;
	if (e < n && s[e] == ',')
		e++;
	return e;
}

/* Fills p with the member named nm in s after the seat's word: "Member
 * Ruelas", "Alder Abernathy".  Takes nm's key. */
static void
seated(struct rd_person *p, const char *seat, const char *s,
    struct name *nm)
{
	p->title = xstrdup(seat);
	p->name = xasprintf("%s %.*s", seat, (int)(nm->b - nm->a), s + nm->a);
	p->key = buf_steal(&nm->key);
	p->kind = RD_MEMBER;
	p->named = 1;
	p->len = nm->b;
}

int
rd_person_at(const char *s, size_t n, struct rd_person *p)
{
	const struct title *t;
	struct name nm;
	size_t k, i, r, j;
	int alder_verb;

	memset(p, 0, sizeof *p);
	memset(&nm, 0, sizeof nm);
	if (n == 0)
		return 0;
	if (chair_at(s, n, p) || generic_member_at(s, n, p))
		return 1;
	/* "...; officers advised that ...", "In response, officers
	 * confirmed ..."; "Staff responded that ...", as American minutes
	 * put it */
	if (((k = rd_prefix(s, n, "officers ")) != 0 && s[0] == 'o') ||
	    ((k = rd_prefix(s, n, "Staff ")) != 0 && s[0] == 'S' && k < n &&
	    rd_islower((unsigned char)s[k]))) {
		p->name = s[0] == 'o' ? xstrdup("Officers") : xstrdup("Staff");
		p->key = s[0] == 'o' ? xstrdup("officers") : xstrdup("staff");
		p->role = xstrdup(p->name);
		p->kind = RD_OFFICER;
		p->len = k - 1;
		return 1;
	}
	/* "the officer confirmed ...", "Officers responded ...", "the
	 * auditor responded ...": officers not named, in small letters */
	for (i = 0; i < sizeof unnamed_officers / sizeof
	    unnamed_officers[0]; i++) {
		k = strlen(unnamed_officers[i].words);
		if (k + 1 < n && rd_prefix(s, n, unnamed_officers[i].words) &&
		    rd_islower((unsigned char)s[k - 1]) && s[k] == ' ' &&
		    rd_islower((unsigned char)s[k + 1]) &&
		    !rd_prefix(s + k + 1, n - k - 1, "of ") &&
		    !rd_prefix(s + k + 1, n - k - 1, "and ")) {
			p->name = xstrdup(unnamed_officers[i].name);
			p->key = xstrdup(unnamed_officers[i].key);
			p->role = xstrdup(p->name);
			p->kind = RD_OFFICER;
			p->len = k;
			return 1;
		}
	}

	/* "The driver said that ...": a hearing's party, saying or doing
	 * something */
	for (i = 0; i < sizeof hearing_parties / sizeof hearing_parties[0];
	    i++) {
		int verb;

		k = strlen(hearing_parties[i].words);
		/* (not "The applicant was not present") */
		if (k + 1 < n && rd_prefix(s, n, hearing_parties[i].words) &&
		    s[k] == ' ' && !rd_prefix(s + k, n - k, " was ") &&
		    !rd_prefix(s + k, n - k, " were ") &&
		    !rd_prefix(s + k, n - k, " is ") &&
		    !rd_prefix(s + k, n - k, " had ") &&
		    rd_verb_at(s + k, n - k, &verb) != 0 &&
		    verb != VERB_NONE) {
			p->name = xstrdup(hearing_parties[i].name);
			p->key = xstrdup(hearing_parties[i].key);
			p->kind = RD_UNKNOWN;
			p->len = k;
			return 1;
		}
	}

	/* "Chair Amaral opened the hearing", "Vice Chair Kessler asked":
	 * the chair named, saying or doing something (not "Chairman Manor
	 * Fields Adare", an organisation's) */
	for (i = 0; i < sizeof chairs / sizeof chairs[0]; i++) {
		const struct title *hon;
		int verb;

		k = strlen(chairs[i].word);
		if (k + 1 >= n || memcmp(s, chairs[i].word, k) != 0 ||
		    s[k] != ' ' || !rd_upper_at(s + k + 1, n - k - 1) ||
		    strcmp(chairs[i].key, "mayor") == 0 ||
		    strcmp(chairs[i].key, "deputy mayor") == 0)
			continue;
		/* "Chairman Dr. Pat Morrissey said" */
		j = k + 1;
		if ((hon = title_at(s + j, n - j, &r)) != NULL &&
		    hon->kind == RD_UNKNOWN)
			j = rd_skip_spaces(s, n, j + r);
		else
			hon = NULL;
		r = name_at(s, n, j, &nm);
		/* then a verb, or the end of a list's entry: "Chair Luis
		 * Amaral, Vice Chair ..." */
		if (r == 0 || nm.ntok > 3 || (rd_verb_at(s + nm.b, n - nm.b,
		    &verb) == 0 && nm.b < n && s[nm.b] != ',' &&
		    s[nm.b] != '\n' && s[nm.b] != ';' &&
		    title_at(s + rd_skip_spaces(s, n, nm.b), n - rd_skip_spaces(s, n, nm.b),
		    &r) == NULL)) {
			buf_free(&nm.key);
			memset(&nm, 0, sizeof nm);
			break;
		}
		p->title = xstrdup(strcmp(chairs[i].key, "chair") == 0 ?
		    "Chair" : "Vice Chair");
		p->name = hon != NULL ? xasprintf("%s %s %.*s", p->title,
		    hon->canon, (int)(nm.b - nm.a), s + nm.a) :
		    xasprintf("%s %.*s", p->title, (int)(nm.b - nm.a),
		    s + nm.a);
		p->key = buf_steal(&nm.key);
		p->kind = RD_MEMBER;
		p->named = 1;
		p->chair = strcmp(chairs[i].key, "chair") == 0;
		p->len = nm.b;
		return 1;
	}
	/* "Member Ruelas asked", as a school board's minutes name its
	 * members (not a title elsewhere: "Cabinet Member for Resources") */
	if (rd_prefix(s, n, "Member ") && s[0] == 'M' && rd_upper_at(s + 7,
	    n - 7) && name_at(s, n, 7, &nm) > 0 && !IN(not_names, s + 7,
	    word_len(s + 7, n - 7))) {
		seated(p, "Member", s, &nm);
		return 1;
	}
	/* "Alder Abernathy asked", as Madison names its members; only
	 * before a verb, as "Alder Carr Wetland" is a place */
	if (rd_prefix(s, n, "Alder ") && s[0] == 'A' && rd_upper_at(s + 6,
	    n - 6) && name_at(s, n, 6, &nm) > 0 && nm.ntok == 1 &&
	    rd_verb_at(s + nm.b, n - nm.b, &alder_verb) > 0) {
		seated(p, "Alder", s, &nm);
		return 1;
	}
	buf_free(&nm.key);
	memset(&nm, 0, sizeof nm);
	if ((t = title_at(s, n, &k)) != NULL) {
		const struct title *hon = NULL, *t2;
		int named;

		i = rd_skip_spaces(s, n, k);
		/* "Cynghorydd Sir": a county councillor, Sir being Welsh for
		 * a county */
		if (strcmp(t->canon, "Councillor") == 0 && k == 10 &&
		    rd_prefix(s + i, n - i, "Sir ") && rd_prefix(s, n,
		    "Cynghorydd"))
			i = rd_skip_spaces(s, n, i + 4);
		/* "Cynghorydd / Councillor Elin Harries": two languages */
		if (i + 2 < n && s[i] == '/' && s[i + 1] == ' ' &&
		    (t2 = title_at(s + i + 2, n - i - 2, &r)) != NULL) {
			t = t2;
			i = rd_skip_spaces(s, n, i + 2 + r);
		}
		/* "Councillor Mrs E. Grant", "Cllr Dr Patel" */
		if (t->kind == RD_MEMBER && !t->plural &&
		    (hon = title_at(s + i, n - i, &r)) != NULL) {
			if (hon->kind == RD_UNKNOWN)
				i = rd_skip_spaces(s, n, i + r);
			else
				hon = NULL;
		}
		/* "Cllr Lord asked": no name after it, so the honorific was
		 * the surname */
		named = name_at(s, n, i, &nm) > 0;
		if (!named && hon != NULL) {
			buf_free(&nm.key);
			hon = NULL;
			i = rd_skip_spaces(s, n, k);
			named = name_at(s, n, i, &nm) > 0;
		}
		if (!named) {
			buf_free(&nm.key);
			return 0;
		}
		p->title = xstrdup(t->canon);
		p->name = hon != NULL ? xasprintf("%s %s %.*s", t->canon,
		    hon->canon, (int)(nm.b - nm.a), s + nm.a) :
		    xasprintf("%s %.*s", t->canon, (int)(nm.b - nm.a),
		    s + nm.a);
		text_squeeze(p->name);
		p->key = buf_steal(&nm.key);
		p->kind = t->kind;
		p->named = 1;
		i = nm.b;
		if (t->plural) {
			/* "Councillors Sheahan (J) and Gleeson": the first */
			for (;;) {
				size_t j = i;
				struct name more;

				if (rd_prefix(s + j, n - j, ", "))
					j += 2;
				else if (rd_prefix(s + j, n - j, " and "))
					j += 5;
				else if (rd_prefix(s + j, n - j, ", and "))
					j += 6;
				else
					break;
				if (name_at(s, n, j, &more) == 0) {
					buf_free(&more.key);
					break;
				}
				buf_free(&more.key);
				i = more.b;
			}
		} else
			i = apposition(s, n, i, &p->role);
		if (p->role != NULL && chair_word(p->role,
		    strlen(p->role)) >= 0)
			p->chair = 1;
		else if (p->role != NULL && p->kind == RD_UNKNOWN &&
		    !lay_member(p->role))
			p->kind = RD_OFFICER;
		p->len = i;
		return 1;
	}

	/* The Head of Children's Services */
	i = 0;
	if ((k = rd_prefix(s, n, "the ")) != 0)
		i = k;
	else if ((k = rd_prefix(s, n, "our ")) != 0)
		i = k;
	r = role_at(s, n, i, i == 0 ? 0 : 1);
	if (r > 0 && i == 0 && office_then_name(s, r, p))
		return 1;
	/* "the Head of Commissioning (Adults)", "the Chief Finance Officer
	 * (Section 151 Officer)": the bracket is the office's */
	/* "Head of Finance (Rachel Osei)": the holder in brackets */
	/* (the bracket may open the next line: "the Head of Service" /
	 * "(Roads and Infrastructure) advised") */
	if (r > 0 && i + r + 2 < n && (s[i + r] == ' ' ||
	    s[i + r] == '\n') && s[i + r + 1] == '(' &&
	    rd_upper_at(s + i, n - i) &&
	    (k = held_name(s, n, i + r + 2, ")")) != 0) {
		struct buf key = BUF_INIT;
		size_t b = i + r + 2, last = b + k;

		while (last > b && s[last - 1] != ' ')
			last--;
		p->role = role_copy(s + i, r);
		p->name = rd_squeeze(s + b, k);
		buf_putc(&key, lower((unsigned char)s[b]));
		buf_putc(&key, ' ');
		text_lower(s + last, b + k - last, &key);
		p->key = buf_steal(&key);
		p->kind = RD_OFFICER;
		p->named = 1;
		p->len = b + k + 1;
		return 1;
	}
	if (r > 0 && i + r + 2 < n && (s[i + r] == ' ' ||
	    s[i + r] == '\n') && s[i + r + 1] == '(' &&
	    title_at(s + i + r + 2, n - i - r - 2, &k) == NULL &&
	    !rd_prefix(s + i + r + 2, n - i - r - 2, "Messrs")) {
		size_t e = i + r + 2;

		while (e < n && e - i - r < 40 && s[e] != ')' && s[e] != '(' &&
		    s[e] != '\n')
			e++;
		if (e < n && s[e] == ')')
			r = e + 1 - i;
	}
	if (r > 0 && rd_upper_at(s + i, n - i)) {
		/* "The Director, Mr P Crowe," names the holder too */
		p->role = role_copy(s + i, r);
		p->name = xstrdup(p->role);
		p->key = lower_copy(p->role);
		p->kind = lay_member(p->role) ? RD_MEMBER : RD_OFFICER;
		p->named = 0;
		p->len = i + r;
		office_holder(s, n, p, 0);
		return 1;
	}
	if (i > 0)
		return 0;

	/*
	 * An untitled name, "Ellie Seed from Investing in Children": only
	 * two or three capitalised words; the caller wants a reporting verb
	 * after it before it believes this.
	 */
	if (rd_upper_at(s, n) && name_at(s, n, 0, &nm) > 0 && nm.ntok >= 2 &&
	    nm.ntok <= 3) {
		i = nm.b;
		p->name = rd_squeeze(s, nm.b);
		p->key = buf_steal(&nm.key);
		p->kind = RD_UNKNOWN;
		p->named = 1;
		if (rd_prefix(s + i, n - i, " from ")) {
			size_t j = i + 6;

			if (rd_prefix(s + j, n - j, "the "))
				j += 4;
			k = j;
			while (k < n && (rd_upper_at(s + k, n - k) ||
			    rd_prefix(s + k, n - k, "in ") ||
			    rd_prefix(s + k, n - k, "of ") ||
			    rd_prefix(s + k, n - k, "and ") ||
			    rd_prefix(s + k, n - k, "for "))) {
				size_t w = word_len(s + k, n - k);

				if (w == 0)
					break;
				r = k + w;
				k = rd_skip_spaces(s, n, k + w);
				if (k < n && rd_upper_at(s + k, n - k) == 0 &&
				    !rd_prefix(s + k, n - k, "in ") &&
				    !rd_prefix(s + k, n - k, "of ") &&
				    !rd_prefix(s + k, n - k, "and ") &&
				    !rd_prefix(s + k, n - k, "for ")) {
					p->role = rd_squeeze(s + i + 6,
					    r - i - 6);
					i = r;
					break;
				}
			}
		} else if ((r = apposition(s, n, i, &p->role)) != i)
			i = r;
		else if ((r = residence(s, n, i)) != i) {
			p->resident = 1;
			i = r;
		}
		p->len = i;
		return 1;
	}
	buf_free(&nm.key);
	return 0;
}

void
rd_person_from_label(const char *label, struct rd_person *p)
{
	struct buf b = BUF_INIT;
	size_t n = strlen(label), i, depth = 0;

	memset(p, 0, sizeof *p);
	/* Drop parenthesised constituencies and parties. */
	for (i = 0; i < n; i++) {
		if (label[i] == '(')
			depth++;
		else if (label[i] == ')' && depth > 0)
			depth--;
		else if (depth == 0)
			buf_putc(&b, label[i]);
	}
	buf_putc(&b, ' ');
	text_squeeze(b.data);
	n = strlen(b.data);
	/* Post-nominals: "Lynne Neagle AM", "... MP". */
	for (;;) {
		static const char *const post[] = {
			" AM", " MS", " MP", " MSP", " MLA", " TD", " QC",
			" KC", " OBE", " MBE", " CBE", " MEP", " PC",
		};
		size_t j, k;

		for (j = 0; j < sizeof post / sizeof post[0]; j++) {
			k = strlen(post[j]);
			if (n > k && memcmp(b.data + n - k, post[j], k) == 0) {
				n -= k;
				b.data[n] = '\0';
				break;
			}
		}
		if (j == sizeof post / sizeof post[0])
			break;
	}
	if (rd_person_at(b.data, n, p) && (p->len >= n - 1 || p->named)) {
		const char *open = strchr(label, '(');
		struct rd_person in;

		if (!p->named && p->role == NULL)
			p->role = xstrdup(p->name);
		/* "The Chair (Hon. Anthony Rota (...))": who holds it */
		if (!p->named && open != NULL) {
			struct rd_person tmp;

			rd_person_from_label(open + 1, &tmp);
			in = tmp;
			if (in.named && in.key != NULL) {
				free(p->key);
				p->key = in.key;
				in.key = NULL;
				free(p->title);
				p->title = in.title;
				in.title = NULL;
				p->named = 1;
			}
			rd_person_clear(&in);
		}
		free(p->name);
		p->name = xstrdup(label);
		text_squeeze(p->name);
		buf_free(&b);
		return;
	}
	rd_person_clear(p);
	p->name = xstrdup(label);
	text_squeeze(p->name);
	{
		struct name nm;
		size_t start = 0;

		/* "Hon. Anthony Rota": skip what title_at does not know */
		if (rd_prefix(b.data, n, "hon. "))
			start = 5;
		else if (rd_prefix(b.data, n, "the hon. "))
			start = 9;
		if (name_at(b.data, n, start, &nm) > 0)
			p->key = buf_steal(&nm.key);
		else {
			buf_free(&nm.key);
			p->key = lower_copy(p->name);
		}
	}
	p->named = 1;
	buf_free(&b);
}

/* "booth" when "d booth" is the one Booth already known. */
static int
known_by_surname(const struct record *rec, const char *key)
{
	size_t i, n, m, hits = 0;

	if (key == NULL || strchr(key, ' ') != NULL)
		return 0;
	n = strlen(key);
	for (i = 0; i < rec->nspeakers; i++) {
		const char *k = rec->speakers[i].key;

		m = k ? strlen(k) : 0;
		if (m > n + 1 && strcmp(k + m - n, key) == 0 &&
		    k[m - n - 1] == ' ')
			hits++;
	}
	return hits == 1;
}

/*
 * Where the votes the line at s lists begin: 0 for "For the Motion:
 * ...", "AYES: ...", "Against (3) - ..."; at "there voted" in "On a
 * division, there voted:- ..." (who moved, before it, did not only
 * vote); (size_t)-1 if it lists none.
 */
static size_t
vote_line(const char *s, size_t n)
{
	static const char *const heads[] = {
		"for", "against", "ayes", "aye", "noes", "nays", "yeas",
		"abstain", "abstained", "abstaining", "abstentions",
		"abstention", "in favour",
	};
	size_t i, e, k;

	for (e = 0; e < n && e < 200 && s[e] != '\n'; e++)
		;
	/* a label in capitals, then a colon, a dash, a bracket or a
	 * count: not a line of prose that opens "Against this ..." */
	for (i = 0; e > 0 && rd_isupper((unsigned char)s[0]) &&
	    i < sizeof heads / sizeof heads[0]; i++) {
		if ((k = rd_prefix(s, e, heads[i])) == 0)
			continue;
		while (k < e && s[k] == ' ')
			k++;
		if (k < e && (s[k] == ':' || s[k] == '-' || s[k] == '(' ||
		    (unsigned char)s[k] == 0xe2 || rd_isdigit((unsigned char)
		    s[k])))
			return 0;
		/* "For the alternative motion: Cr Trevaskis, ...", "For the
		 * motion (8) - Councillors ..." */
		for (; k < e && k < 48 && s[k] != '.' && s[k] != ','; k++)
			if (s[k] == ':' || (s[k] == '(' && k + 1 < e &&
			    rd_isdigit((unsigned char)s[k + 1])))
				return 0;
	}
	/* "On the roll being called, the following members voted for
	 * the amendment: Councillors ...", "The following members
	 * abstained: ..." (Scotland) */
	if ((i = rd_find(s, e, "there voted")) != (size_t)-1 ||
	    (i = rd_find(s, e, "recorded vote")) != (size_t)-1 ||
	    (i = rd_find(s, e, "following members voted")) != (size_t)-1 ||
	    (i = rd_find(s, e, "following members abstained")) != (size_t)-1)
		return i;
	return (size_t)-1;
}

/* The length of a recorded vote's head at s ("For (8)", "AGAINST:",
 * "Abstain"), or 0. */
static size_t
vote_head(const char *s, size_t n)
{
	static const char *const heads[] = {
		"for", "against", "abstain", "abstained", "abstentions",
		"abstention", "ayes", "noes", "nays", "absent",
	};
	static const char *const what[] = {
		" the motion", " the amendment", " the recommendation",
		" the proposal", " the resolution",
	};
	size_t i, j, k, m;

	for (i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		if ((k = rd_prefix(s, n, heads[i])) == 0 || (k < n &&
		    rd_isalpha((unsigned char)s[k])))
			continue;
		/* "For the Motion (12)", "Against the amendment:" */
		for (j = 0; j < sizeof what / sizeof what[0]; j++)
			if ((m = rd_prefix(s + k, n - k, what[j])) != 0) {
				k += m;
				break;
			}
		while (k < n && s[k] == ' ')
			k++;
		if (k + 1 < n && s[k] == '(' && rd_isdigit((unsigned char)
		    s[k + 1])) {
			while (k < n && s[k] != ')')
				k++;
			return k < n ? k + 1 : 0;
		}
		if (k < n && s[k] == ':') {
			/* "FOR: 14" */
			for (m = k + 1; m < n && s[m] == ' '; m++)
				;
			while (m < n && rd_isdigit((unsigned char)s[m]))
				m++;
			return m > k + 1 && rd_isdigit((unsigned char)
			    s[m - 1]) && (m == n || s[m] == ' ' ||
			    s[m] == '\n' || s[m] == '\t') ? m : k + 1;
		}
		if (k >= n || s[k] == '\t' || s[k] == '|' || s[k] == '\n')
			return k;
	}
	return 0;
}

/*
 * Where the names under a recorded vote's heads end: "FOR (8)   AGAINST
 * (14)   ABSTAIN (1)" over columns of names, "| For (6) | Against (13) |"
 * over a table's rows, "FOR (9)" alone over a name a line.  The names
 * end at a blank line or a line of prose.  The offset in s of where
 * they end, or 0 if the line at s heads no such names.
 */
static size_t
vote_block(const char *s, size_t n)
{
	static const char *const prose[] = {
		" was ", " were ", " had ", " that ", " declared", " carried",
		" lost", " resolved", " agreed",
	};
	size_t e, k, m, heads = 0, a, i;
	int alone = 1, wrapped, first;

	for (e = 0; e < n && s[e] != '\n'; e++)
		;
	for (k = 0; k < e; k++) {
		if (s[k] == ' ' || s[k] == '\t' || s[k] == '|' || s[k] == '*' ||
		    (s[k] == '(' && k == 0))
			continue;
		if ((k == 0 || s[k - 1] == ' ' || s[k - 1] == '\t' ||
		    s[k - 1] == '|' || s[k - 1] == '*' || s[k - 1] == '(') &&
		    rd_isupper((unsigned char)s[k]) && (m = vote_head(s + k,
		    e - k)) != 0) {
			heads++;
			k += m - 1;
			continue;
		}
		alone = 0;
		while (k < e && s[k] != ' ' && s[k] != '\t' && s[k] != '|')
			k++;
	}
	/* "For (26): Mr Allsop, Mrs Anstey," goes on on the next line */
	for (k = e; k > 0 && s[k - 1] == ' '; k--)
		;
	wrapped = heads == 1 && !alone && k > 0 && s[k - 1] == ',';
	if (heads == 0 || (!alone && !wrapped))
		return 0;
	/* the lines of names under the heads (a table's rule between) */
	for (a = e + 1, first = 1; a < n; a = e + 1, first = 0) {
		for (e = a; e < n && s[e] != '\n'; e++)
			;
		for (k = a; k < e && (s[k] == ' ' || s[k] == '\t' ||
		    s[k] == '|' || s[k] == '-' || s[k] == ':'); k++)
			;
		if (k == e && !(first && !wrapped))
			return a;
		for (i = 0; i < sizeof prose / sizeof prose[0]; i++)
			if (rd_find(s + a, e - a, prose[i]) != (size_t)-1)
				return a;
		if (e >= n)
			break;
		/* "... Mrs Wilde and Mrs Bright." ends the list */
		for (k = e; wrapped && k > a && s[k - 1] == ' '; k--)
			;
		if (wrapped && k > a && s[k - 1] == '.')
			return e + 1;
	}
	return n;
}

/*
 * 1 if the name at s[i] is in a sentence of apologies or absence:
 * "Apologies for absence were received from Councillor X", "Apologies:
 * Cllr X", "Councillor Y sent apologies", "Absent: Trustee Z".
 */
static int
absent_at(const char *s, size_t n, size_t i)
{
	static const char *const words[] = {
		"apolog", "absent:", "was absent", "were absent",
		"absent from",
	};
	size_t a = i, e, k;

	while (a > 0 && i - a < 300 && s[a - 1] != '\n' && !(s[a - 1] == ' ' &&
	    a > 1 && s[a - 2] == '.'))
		a--;
	for (e = i; e < n && e - i < 80 && s[e] != '\n' && !(s[e] == '.' &&
	    (e + 1 == n || s[e + 1] == ' ')); e++)
		;
	for (k = 0; k < sizeof words / sizeof words[0]; k++)
		if (rd_find(s + a, i - a, words[k]) != (size_t)-1 ||
		    rd_find(s + i, e - i, words[k]) != (size_t)-1)
			return 1;
	return 0;
}

/*
 * 1 if the sentence around s[at] opens with a phrase the comma after
 * s[at..] closes: "With the permission of the Cathaoirleach, Councillor
 * Galvin queried ..." names no holder of the office.
 */
static int
opening_phrase(const char *s, size_t at)
{
	static const char *const words[] = {
		"with ", "at ", "on ", "following ", "after ", "upon ", "by ",
		"in ", "through ", "subject ", "further ",
	};
	size_t a = at, i;

	while (a > 0 && at - a < 120 && s[a - 1] != '\n' && !(a > 1 &&
	    s[a - 1] == ' ' && s[a - 2] == '.'))
		a--;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (rd_prefix(s + a, at - a + 1, words[i]))
			return 1;
	return 0;
}

/*
 * 1 if the words before s[e] (a space) are an office that goes on: "The
 * Chief Finance Officer of" / "the Office of the Police and Crime
 * Commissioner", not "the report of" / "the Head of Internal Audit".
 */
static int
office_goes_on(const char *s, size_t e)
{
	size_t a = e;

	while (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n')
		a--;
	if (!((e - a == 2 && rd_prefix(s + a, 2, "of")) || (e - a == 3 &&
	    (rd_prefix(s + a, 3, "for") || rd_prefix(s + a, 3, "and")))) ||
	    a < 2)
		return 0;
	e = --a;
	while (a > 0 && s[a - 1] != ' ' && s[a - 1] != '\n')
		a--;
	return a < e && rd_isupper((unsigned char)s[a]);
}

void
rd_find_people(struct record *rec, const char *s, size_t n)
{
	struct rd_person p;
	size_t i, line = 0, votes = (size_t)-1, v;

	for (i = 0; i < n; i++) {
		if (s[i] == '\n')
			line = i + 1;
		/* "For the Motion: Councillors ...", "AYES: ...": who
		 * voted, not who spoke */
		if (i == line && (v = vote_line(s + i, n - i)) != (size_t)-1)
			votes = i + v;
		/* ... and the names in columns under their heads */
		if (i == line && (v = vote_block(s + i, n - i)) != 0) {
			i += v;
			line = i;
			votes = (size_t)-1;
			if (i >= n)
				break;
			i--;
			continue;
		}
		if (votes != (size_t)-1 && i >= votes) {
			while (i < n && s[i] != '\n')
				i++;
			line = i + 1;
			votes = (size_t)-1;
			continue;
		}
		if (i > 0 && (rd_isalpha((unsigned char)s[i - 1]) ||
		    (unsigned char)s[i - 1] >= 0x80))
			continue;
		if (!rd_isupper((unsigned char)s[i]))
			continue;
		/* "Cyngor Sir Powys" (mutated, "i Gyngor Sir Powys"): Welsh
		 * for a county council, no knight */
		if (i >= 6 && rd_prefix(s + i - 6, n - i + 6, "yngor Sir "))
			continue;
		/* "... the report of the Head of Internal Audit, Mr Owen
		 * Lathbury, which ...": an office and its holder in the
		 * middle of a sentence */
		if (i >= 5 && s[i - 5] == ' ' && rd_prefix(s + i - 4, 4,
		    "the ") && s[i - 4] == 't' && !office_goes_on(s, i - 5) &&
		    rd_person_at(s + i - 4, n - i + 4, &p)) {
			int held = p.named && p.role != NULL && p.len > 4 &&
			    (s[i - 4 + p.len - 1] == ',' ||
			    !opening_phrase(s, i - 4));

			if (held && !known_by_surname(rec, p.key))
				record_add_speaker(rec, p.name, p.title, p.key,
				    p.role);
			if (held)
				i += p.len - 5;
			rd_person_clear(&p);
			if (held)
				continue;
		}
		{
			const struct title *t;
			size_t k, j;
			struct name nm;

			t = title_at(s + i, n - i, &k);
			if (t == NULL)
				continue;
			/* "drawing HCC/TR/2291 Rev B": a revision */
			if (strcmp(t->canon, "Reverend") == 0 && i > 1) {
				size_t w = i - 1;

				while (w > 0 && s[w - 1] != ' ' &&
				    s[w - 1] != '\n')
					w--;
				if (memchr(s + w, '/', i - 1 - w) != NULL ||
				    (i - 1 > w && rd_isdigit((unsigned char)
				    s[i - 2])))
					continue;
			}
			j = rd_skip_spaces(s, n, i + k);
			/* "Apologies were received from Councillors X and
			 * Y": they were not there */
			if (absent_at(s, n, i)) {
				while (i < n && s[i] != '\n' && !(s[i] == '.' &&
				    i + 1 < n && s[i + 1] == ' '))
					i++;
				continue;
			}
			if (t->plural) {
				/* each of "Councillors Browne, Collins (J)" */
				for (;;) {
					char *name;

					if (name_at(s, n, j, &nm) == 0) {
						buf_free(&nm.key);
						break;
					}
					name = xasprintf("%s %.*s", t->canon,
					    (int)(nm.b - nm.a), s + nm.a);
					text_squeeze(name);
					record_add_speaker(rec, name, t->canon,
					    nm.key.data, NULL);
					free(name);
					buf_free(&nm.key);
					j = nm.b;
					/* "L. Galvin (Proposer), M. Collins" */
					if (j + 2 < n && s[j] == ' ' &&
					    s[j + 1] == '(') {
						const char *close = memchr(s +
						    j, ')', n - j < 40 ? n - j :
						    40);

						if (close != NULL)
							j = (size_t)(close - s) +
							    1;
					}
					if (rd_prefix(s + j, n - j, ", and "))
						j += 6;
					else if (rd_prefix(s + j, n - j, ", "))
						j += 2;
					else if (rd_prefix(s + j, n - j,
					    " and "))
						j += 5;
					else
						break;
				}
				i = j;
				continue;
			}
		}
		if (!rd_person_at(s + i, n - i, &p))
			continue;
		if (absent_at(s, n, i)) {
			i += p.len > 0 ? p.len - 1 : 0;
			rd_person_clear(&p);
			continue;
		}
		/* "the family of the late Mr Tadhg Keane", "the death of
		 * former Councillor Penrose", "in place of Councillor
		 * Collier": no speaker */
		if ((i >= 5 && rd_prefix(s + i - 5, 5, "late ")) ||
		    (i >= 7 && rd_prefix(s + i - 7, 7, "former ")) ||
		    (i >= 9 && rd_prefix(s + i - 9, 9, "death of ")) ||
		    (i >= 9 && rd_prefix(s + i - 9, 9, "place of ")) ||
		    (i >= 10 && rd_prefix(s + i - 10, 10, "memory of "))) {
			i += p.len > 0 ? p.len - 1 : 0;
			rd_person_clear(&p);
			continue;
		}
		/* titled, or an office's holder: "The Licensing Officer,
		 * Gareth Bell," */
		if (p.named && (p.title != NULL || p.role != NULL) &&
		    !known_by_surname(rec, p.key))
			record_add_speaker(rec, p.name, p.title, p.key,
			    p.role);
		i += p.len > 0 ? p.len - 1 : 0;
		rd_person_clear(&p);
	}
}

/* ---- Reporting verbs ---- */

/*
 * 1 if what follows "asked" makes a request of people, not a question:
 * "... residents to report suspicious vehicles", "... the Members to
 * stand"; not "... the Director to explain why ...", nor "... for
 * clarification".
 */
int
rd_request(const char *s, size_t n)
{
	static const char *const info[] = {
		"explain", "clarify", "confirm", "advise", "outline", "set out",
		"say", "state", "comment", "update", "indicate", "provide",
		"give", "elaborate", "expand", "respond", "answer", "detail",
		"describe", "tell", "inform",
	};
	/* "asked for clarification in relation to ...", "queried as to
	 * when ...": the words after the verb ask */
	static const char *const asking[] = {
		"for", "about", "whether", "if", "what", "how", "when", "why",
		"where", "who", "which", "in", "on", "regarding", "re", "as",
		"after", "into", "over",
	};
	size_t i = rd_skip_spaces(s, n, 0), w, words = 0, k;

	w = word_len(s + i, n - i);
	if (w == 0 || IN(asking, s + i, w))
		return 0;
	/* "asked residents to report ...": whom, then "to" and a verb */
	while (i < n && words < 2 && !rd_prefix(s + i, n - i, "to ")) {
		w = word_len(s + i, n - i);
		if (w == 0 || IN(asking, s + i, w))
			return 0;
		i = rd_skip_spaces(s, n, i + w);
		words++;
	}
	if (words == 0 || !rd_prefix(s + i, n - i, "to "))
		return 0;
	i += 3;
	for (k = 0; k < sizeof info / sizeof info[0]; k++)
		if (rd_prefix(s + i, n - i, info[k]))
			return 0;
	return 1;
}

/* 1 if s, after "thanked", thanks someone for their question. */
static int
thanks_for_question(const char *s, size_t n)
{
	static const char *const whose[] = { "his", "her", "their", "the",
	    "your" };
	size_t at = rd_find(s, n < 70 ? n : 70, " for "), i, k;

	if (at == (size_t)-1)
		return 0;
	at += 5;
	/* one question: not "the members of the public for their
	 * questions" at the end of question time */
	for (i = 0; i < sizeof whose / sizeof whose[0]; i++)
		if ((k = rd_prefix(s + at, n - at, whose[i])) != 0 &&
		    rd_prefix(s + at + k, n - at - k, " question") &&
		    (at + k + 9 >= n || !rd_isalpha((unsigned char)
		    s[at + k + 9])))
			return 1;
	return 0;
}

size_t
rd_verb_at(const char *s, size_t n, int *kind)
{
	static const char *const adverbs[] = {
		"also", "then", "further", "again", "subsequently", "briefly",
		"additionally", "specifically", "strongly", "both", "had",
		"has", "have", "initially", "duly", "fully", "warmly", "later",
		"therefore", "however,", "in turn", "firstly", "finally",
		"secondly", "similarly", "clearly", "particularly", "would",
		"kindly", "once again", "simply", "all",
	};
	static const struct {
		const char *verb;
		int kind;
	} verbs[] = {
		/* procedural first: "was in attendance" before "was" */
		{ "was in attendance", VERB_PROCEDURAL },
		{ "were in attendance", VERB_PROCEDURAL },
		{ "was present", VERB_PROCEDURAL },
		{ "were present", VERB_PROCEDURAL },
		{ "was elected", VERB_PROCEDURAL },
		{ "was appointed", VERB_PROCEDURAL },
		{ "was nominated", VERB_PROCEDURAL },
		{ "was welcomed", VERB_PROCEDURAL },
		{ "was thanked", VERB_PROCEDURAL },
		{ "were thanked", VERB_PROCEDURAL },
		{ "was absent", VERB_PROCEDURAL },
		{ "was unable to attend", VERB_PROCEDURAL },
		{ "were unable to attend", VERB_PROCEDURAL },
		{ "was not present", VERB_PROCEDURAL },
		{ "were not present", VERB_PROCEDURAL },
		{ "thanked", VERB_PROCEDURAL },
		{ "proposed", VERB_PROCEDURAL },
		{ "seconded", VERB_PROCEDURAL },
		{ "moved", VERB_PROCEDURAL },
		{ "declared", VERB_PROCEDURAL },
		{ "left", VERB_PROCEDURAL },
		{ "arrived", VERB_PROCEDURAL },
		{ "joined", VERB_PROCEDURAL },
		{ "took", VERB_PROCEDURAL },
		{ "presented", VERB_PROCEDURAL },
		{ "introduced", VERB_PROCEDURAL },
		{ "gave the following response", VERB_ANSWER },
		{ "gave the following reply", VERB_ANSWER },
		{ "gave the following answer", VERB_ANSWER },
		/* after "asked for an assurance that ..." */
		{ "gave that assurance", VERB_ANSWER },
		{ "gave the assurance", VERB_ANSWER },
		{ "gave an assurance", VERB_ANSWER },
		{ "gave assurances", VERB_ANSWER },
		{ "gave an undertaking", VERB_ANSWER },
		{ "gave that undertaking", VERB_ANSWER },
		{ "gave", VERB_PROCEDURAL },
		{ "delivered", VERB_PROCEDURAL },
		{ "attended", VERB_PROCEDURAL },
		{ "opened", VERB_PROCEDURAL },
		{ "closed", VERB_PROCEDURAL },
		{ "chaired", VERB_PROCEDURAL },
		{ "invited", VERB_PROCEDURAL },
		{ "vacated", VERB_PROCEDURAL },
		{ "resumed", VERB_PROCEDURAL },
		/* "read out the following written response:" */
		{ "read out the following response", VERB_ANSWER },
		{ "read out the following written response", VERB_ANSWER },
		{ "read out the following reply", VERB_ANSWER },
		{ "read out the following written reply", VERB_ANSWER },
		{ "read out the following answer", VERB_ANSWER },
		{ "read out the written response", VERB_ANSWER },
		{ "read out the written answer", VERB_ANSWER },
		{ "read out the response", VERB_ANSWER },
		{ "read out the reply", VERB_ANSWER },
		{ "read", VERB_PROCEDURAL },
		/* asking for a vote, or opening: the meeting's business */
		{ "requested a recorded vote", VERB_PROCEDURAL },
		{ "requested a roll call", VERB_PROCEDURAL },
		{ "requested a named vote", VERB_PROCEDURAL },
		{ "requested a division", VERB_PROCEDURAL },
		{ "requested that his vote", VERB_PROCEDURAL },
		{ "requested that her vote", VERB_PROCEDURAL },
		{ "requested that their vote", VERB_PROCEDURAL },
		/* "had asked to speak", "had given notice that she wished
		 * to speak", "had been invited to address Cabinet": who
		 * speaks, then what they said */
		{ "asked to speak", VERB_PROCEDURAL },
		{ "asked for a proposer", VERB_PROCEDURAL },
		{ "asked for nominations", VERB_PROCEDURAL },
		{ "requested nominations", VERB_PROCEDURAL },
		{ "called for nominations", VERB_PROCEDURAL },
		{ "asked to address", VERB_PROCEDURAL },
		{ "given notice", VERB_PROCEDURAL },
		{ "been invited to", VERB_PROCEDURAL },
		{ "was invited to", VERB_PROCEDURAL },
		{ "asked that his opposition", VERB_PROCEDURAL },
		{ "asked that her opposition", VERB_PROCEDURAL },
		{ "asked that their opposition", VERB_PROCEDURAL },
		{ "asked that his abstention", VERB_PROCEDURAL },
		{ "asked that her abstention", VERB_PROCEDURAL },
		{ "asked that his vote", VERB_PROCEDURAL },
		{ "asked that her vote", VERB_PROCEDURAL },
		{ "asked that their vote", VERB_PROCEDURAL },
		{ "called for a recorded vote", VERB_PROCEDURAL },
		{ "called for a division", VERB_PROCEDURAL },
		{ "called the meeting to order", VERB_PROCEDURAL },
		{ "called the roll", VERB_PROCEDURAL },
		{ "circulated", VERB_PROCEDURAL },
		{ "tabled", VERB_PROCEDURAL },
		{ "withdrew", VERB_PROCEDURAL },
		{ "abstained", VERB_PROCEDURAL },
		{ "voted", VERB_PROCEDURAL },
		{ "apologised", VERB_PROCEDURAL },
		{ "submitted", VERB_PROCEDURAL },
		{ "nominated", VERB_PROCEDURAL },
		{ "signed", VERB_PROCEDURAL },
		{ "updated", VERB_PROCEDURAL },
		{ "summarised", VERB_PROCEDURAL },
		{ "summarized", VERB_PROCEDURAL },
		{ "asked", VERB_ASK },
		{ "enquired", VERB_ASK },
		{ "inquired", VERB_ASK },
		{ "queried", VERB_ASK },
		{ "questioned", VERB_ASK },
		{ "sought", VERB_ASK },
		{ "requested", VERB_ASK },
		{ "wondered", VERB_ASK },
		{ "wished to know", VERB_ASK },
		{ "wanted to know", VERB_ASK },
		{ "pressed", VERB_ASK },
		{ "challenged", VERB_ASK },
		{ "raised", VERB_ASK },
		{ "posed", VERB_ASK },
		{ "asks", VERB_ASK },
		{ "enquires", VERB_ASK },
		{ "queries", VERB_ASK },
		{ "responded", VERB_ANSWER },
		{ "replied", VERB_ANSWER },
		{ "answered", VERB_ANSWER },
		{ "explained", VERB_ANSWER },
		{ "clarified", VERB_ANSWER },
		{ "assured", VERB_ANSWER },
		{ "reassured", VERB_ANSWER },
		{ "confirmed", VERB_ANSWER },
		{ "advised", VERB_ANSWER },
		{ "informed", VERB_ANSWER },
		{ "undertook", VERB_ANSWER },
		{ "reported", VERB_ANSWER },
		{ "outlined", VERB_ANSWER },
		{ "provided", VERB_ANSWER },
		{ "described", VERB_ANSWER },
		{ "detailed", VERB_ANSWER },
		{ "set out", VERB_ANSWER },
		{ "elaborated", VERB_ANSWER },
		{ "expanded", VERB_ANSWER },
		{ "responds", VERB_ANSWER },
		{ "replies", VERB_ANSWER },
		{ "referred", VERB_SAY },
		{ "referenced", VERB_SAY },
		{ "commented", VERB_SAY },
		{ "congratulated", VERB_SAY },
		{ "complimented", VERB_SAY },
		{ "commended", VERB_SAY },
		{ "praised", VERB_SAY },
		{ "welcomed", VERB_SAY },
		{ "expressed", VERB_SAY },
		{ "noted", VERB_SAY },
		{ "suggested", VERB_SAY },
		{ "indicated", VERB_SAY },
		{ "stated", VERB_SAY },
		{ "said", VERB_SAY },
		{ "mentioned", VERB_SAY },
		{ "highlighted", VERB_SAY },
		{ "pointed", VERB_SAY },
		{ "felt", VERB_SAY },
		{ "believed", VERB_SAY },
		{ "added", VERB_SAY },
		{ "remarked", VERB_SAY },
		{ "observed", VERB_SAY },
		{ "emphasised", VERB_SAY },
		{ "emphasized", VERB_SAY },
		{ "stressed", VERB_SAY },
		{ "spoke", VERB_SAY },
		{ "addressed", VERB_SAY },
		{ "objected", VERB_SAY },
		{ "voiced", VERB_SAY },
		{ "acknowledged", VERB_SAY },
		{ "agreed", VERB_SAY },
		{ "considered", VERB_SAY },
		{ "thought", VERB_SAY },
		/* a figure or a forecast: "Mr Farrant estimated between
		 * £150 and £400 per event" */
		{ "estimated", VERB_SAY },
		{ "calculated", VERB_SAY },
		{ "expected", VERB_SAY },
		{ "anticipated", VERB_SAY },
		{ "urged", VERB_SAY },
		{ "called", VERB_SAY },
		{ "made", VERB_SAY },
		{ "cited", VERB_SAY },
		{ "continued", VERB_SAY },
		{ "recognised", VERB_SAY },
		{ "recognized", VERB_SAY },
		{ "drew", VERB_SAY },
		{ "reiterated", VERB_SAY },
		{ "wished", VERB_SAY },
		{ "shared", VERB_SAY },
		{ "recalled", VERB_SAY },
		{ "paid tribute", VERB_SAY },
		{ "opposed", VERB_SAY },
		{ "supported", VERB_SAY },
		{ "disagreed", VERB_SAY },
		{ "argued", VERB_SAY },
		{ "insisted", VERB_SAY },
		{ "accepted", VERB_SAY },
		{ "understood", VERB_SAY },
		{ "hoped", VERB_SAY },
		{ "echoed", VERB_SAY },
		{ "reminded", VERB_SAY },
		{ "announced", VERB_SAY },
		{ "warned", VERB_SAY },
		{ "conceded", VERB_SAY },
		{ "went on", VERB_SAY },
		{ "concurred", VERB_SAY },
		{ "discussed", VERB_SAY },
		{ "explored", VERB_SAY },
		{ "reflected", VERB_SAY },
		{ "recommended", VERB_SAY },
		{ "was", VERB_SAY },
		{ "were", VERB_SAY },
		{ "is", VERB_SAY },
		{ "are", VERB_SAY },
	};
	size_t i = 0, j, k, adv = 0;
	int clause = 0, commaed = 0;

	*kind = VERB_NONE;
	i = rd_skip_spaces(s, n, 0);
	/* ", in response," and adverbs before the verb */
	for (;;) {
		if (i < n && s[i] == ',') {
			i = rd_skip_spaces(s, n, i + 1);
			commaed = 1;
			continue;
		}
		for (j = 0; j < sizeof adverbs / sizeof adverbs[0]; j++) {
			k = rd_prefix(s + i, n - i, adverbs[j]);
			if (k > 0 && (i + k == n ||
			    !rd_isalpha((unsigned char)s[i + k])))
				break;
		}
		if (j == sizeof adverbs / sizeof adverbs[0] || adv++ > 4)
			break;
		i = rd_skip_spaces(s, n, i + k);
	}
	if (rd_prefix(s + i, n - i, "in response") ||
	    rd_prefix(s + i, n - i, "in reply")) {
		/* "The Director, in response, advised" */
		k = rd_prefix(s + i, n - i, "in response") ? 11 : 8;
		while (i + k < n && s[i + k] != ',' && k < 80)
			k++;
		if (i + k < n)
			i = rd_skip_spaces(s, n, i + k + 1);
	}
	for (;;) {
		for (j = 0; j < sizeof verbs / sizeof verbs[0]; j++) {
			k = rd_prefix(s + i, n - i, verbs[j].verb);
			if (k > 0 && (i + k == n || !rd_isalpha(
			    (unsigned char)s[i + k]))) {
				/* "Reform Act, 2014, is adopted": after a
				 * clause, "is" is no one speaking */
				if (clause > 0 && (strcmp(verbs[j].verb,
				    "is") == 0 || strcmp(verbs[j].verb,
				    "are") == 0 || strcmp(verbs[j].verb,
				    "was") == 0 || strcmp(verbs[j].verb,
				    "were") == 0))
					return 0;
				*kind = verbs[j].kind;
				/* "thanked Mr Doolan for his question and
				 * confirmed that ...": a reply */
				if (strcmp(verbs[j].verb, "thanked") == 0 &&
				    thanks_for_question(s + i + k, n - i - k))
					*kind = VERB_ANSWER;
				if (strcmp(verbs[j].verb, "asked") == 0 &&
				    rd_request(s + i + k, n - i - k))
					*kind = VERB_SAY;
				/* "asked that a condition be added",
				 * "requested that the figures be broken
				 * down": a request, no question */
				if ((strcmp(verbs[j].verb, "asked") == 0 ||
				    strcmp(verbs[j].verb, "requested") == 0) &&
				    rd_prefix(s + i + k, n - i - k, " that "))
					*kind = VERB_SAY;
				return i + k;
			}
		}
		/*
		 * A short clause between commas before the verb: "Mrs
		 * Gregory, objector, addressed ...", "Councillor Wragg,
		 * attending under Procedure Rule 22, asked ...".
		 */
		/* two at most: "Councillor Holt, Leader of the Opposition,
		 * attending under Procedure Rule 14.2, asked" */
		/* (", also not a member of the Cabinet, sought": the
		 * clause after its adverb) */
		if (clause++ > 1 || i == 0 || ((s[i - 1] != ' ' || (i < 2 ?
		    clause > 1 : s[i - 2] != ',')) && !(commaed && adv > 0 &&
		    clause == 1)))
			return 0;
		for (k = i; k < n && k - i < 80 && s[k] != ',' &&
		    (s[k] != '.' || (k + 1 < n &&
		    rd_isdigit((unsigned char)s[k + 1]))) &&
		    s[k] != ';' && s[k] != '\n'; k++)
			;
		if (k >= n || s[k] != ',')
			return 0;
		i = rd_skip_spaces(s, n, k + 1);
		/* "..., local member for Ashby, had asked to speak" */
		if ((k = rd_prefix(s + i, n - i, "had ")) != 0 ||
		    (k = rd_prefix(s + i, n - i, "has ")) != 0 ||
		    (k = rd_prefix(s + i, n - i, "then ")) != 0 ||
		    (k = rd_prefix(s + i, n - i, "also ")) != 0)
			i = rd_skip_spaces(s, n, i + k);
	}
}
