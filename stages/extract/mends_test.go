package extract

import "testing"

// TestNameMends runs each name mend on a text and the names found in it,
// with the forms it must mend and those it must leave alone.
func TestNameMends(t *testing.T) {
	for _, tc := range []struct {
		name  string
		mend  func(string, []cand) []cand
		text  string
		spans []span
		want  string
	}{
		{
			// A firm's or a company's name of one word and its form that the
			// patterns started after its "and" or "&" starts at the names
			// before it, over a line's break too.
			"and-firm starts", andFirmStarts,
			"Joshua Rapoport, Morgan Lewis and Bockius LLP, San Francisco; Benjamin Blase Caryl, Kelley Drye &\nWarren LLP, of Washington",
			[]span{{"Bockius LLP", TypeOrg, SourcePattern}, {"Warren LLP", TypeOrg, SourcePattern}},
			"ORG Morgan Lewis and Bockius LLP|ORG Kelley Drye &\nWarren LLP",
		},
		{
			// Two parties, after another company's form, and names that run
			// on before the run's first word: left alone.
			"and-firm starts: apart", andFirmStarts,
			"Experian Information Solutions, Inc., and TransUnion LLC; Ralph Yarusso and Kenex Corp.; Boating Corp. of America and Villas-Afloat, Inc.; " +
				"Plaintiff sued Equifax and TransUnion LLC for damages. The Defendants Mark Jones and Widget Inc. moved. Paul Weiss Rifkind Wharton and Garrison LLP",
			[]span{{"TransUnion LLC", TypeOrg, SourcePattern}, {"Kenex Corp.", TypeOrg, SourcePattern}, {"Villas-Afloat, Inc.", TypeOrg, SourcePattern},
				{"TransUnion LLC for", TypeOrg, SourcePattern}, {"Widget Inc.", TypeOrg, SourcePattern}, {"Garrison LLP", TypeOrg, SourcePattern}},
			"ORG TransUnion LLC|ORG Kenex Corp.|ORG Villas-Afloat, Inc.|ORG TransUnion LLC for|ORG Widget Inc.|ORG Garrison LLP",
		},
		{
			// A partners' word before the form; the role before the names
			// is no part of them.
			"and-firm starts: partners", andFirmStarts,
			"for the defendant Smith and Associates, LLC. Appearing for Defendants Jones and Associates LLC, a firm.",
			[]span{{"Associates, LLC", TypeOrg, SourcePattern}, {"Associates LLC", TypeOrg, SourcePattern}},
			"ORG Smith and Associates, LLC|ORG Jones and Associates LLC",
		},
		{
			// A firm's surnames a site printed without the "&" before the
			// last: a doubled surname, or three names or more with a city
			// after "of" or the firm's own lawyer after them.
			"bare firms", bareFirms,
			"Howson Howson, of New York City, for defendant.\nMayer, Warfield Watson, of New York City, for plaintiff.\nMabry Mabry, for appellant.\n" +
				"Terri J. Conrad for Plaintiff. Furth, Fahrner, Bluemle Mason, Frederick P. Furth, for Defendant.\n" +
				// A city and the clients' "for" after it show the firm; a
				// state's code before "for" is no city.
				"Purdy, Lamb Catoggio, New York City, Proctors for claimant.\nJared R. Clark, Dean Smith White, NY, for Marc S. Kirschner.\n",
			[]span{{"Howson Howson", TypePerson, SourceModel}, {"Warfield Watson", TypePerson, SourceModel}, {"Frederick P. Furth", TypePerson, SourceModel}},
			"PERSON Frederick P. Furth|ORG Howson Howson|ORG Mayer, Warfield Watson|ORG Mabry Mabry|ORG Furth, Fahrner, Bluemle Mason|ORG Purdy, Lamb Catoggio",
		},
		{
			// A month and its "of" after a time's word open no company's
			// name; "the March of Dimes" keeps its own.
			"month-of starts", monthOfStarts,
			"K2's acquisition in March of Morrow Snowboards Inc. for cash. The March of Dimes Foundation helped. A grant from March of Dimes Inc. came. In 2010, in March of Dimes events, …\n",
			[]span{{"March of Morrow Snowboards Inc.", TypeOrg, SourcePattern}, {"March of Dimes Foundation", TypeOrg, SourcePattern},
				{"March of Dimes Inc.", TypeOrg, SourcePattern}, {"March of Dimes events", TypeOrg, SourcePattern}},
			"ORG Morrow Snowboards Inc.|ORG March of Dimes Foundation|ORG March of Dimes Inc.|ORG March of Dimes events",
		},
		{
			// A pleading paper's line number opens no company's name; a
			// number without numbered lines before it does.
			"number-led companies: line numbers", numberLedCompanies,
			"1 Louis R. Miller\n2 JAMIE D. VOGEL (State Bar No. 307810)\njvogel@millerbarondess.com\n3 MILLER BARONDESS, LLP\nThe sellers were:\n7 ACME HOLDINGS, LLC\n",
			[]span{{"MILLER BARONDESS, LLP", TypeOrg, SourcePattern}, {"ACME HOLDINGS, LLC", TypeOrg, SourcePattern}},
			"ORG MILLER BARONDESS, LLP|ORG 7 ACME HOLDINGS, LLC",
		},
		{
			// Three names or more before a city and its state, and a firm
			// after the city and state of the firm before it.
			"bare firms: city and state", bareFirms,
			"Clark, Robinson Hellebush, Cincinnati, Ohio, Cooper, Sanders Holt, Burlington, N.C., for plaintiff.\n",
			[]span{{"Robinson Hellebush", TypePerson, SourceModel}, {"Cooper", TypePerson, SourceModel}, {"Sanders Holt", TypePerson, SourceModel}},
			"ORG Clark, Robinson Hellebush|ORG Cooper, Sanders Holt",
		},
		{
			// Two names are a person's, a doubled name too without a counsel
			// line after it; a person's name after an initial, after a
			// city's "of", after a party's role, or with no city or lawyer of
			// its own after it stays.
			"bare firms: people", bareFirms,
			"Michael Rayfield, of New York, for the State. Robert A. Long, Yaron Dori, of Washington, for amici. Counsel of Chicago, Joseph Jerome, for them.\n" +
				"Smith, Jones, Mary Brown, for appellees. Appellants, Rhonda Wilson, of Dallas, pro se.\nThe police said. Mohamed Mohamed, 23, was charged.\n" +
				"Jane Roe, Peter Paul Brown, Dallas, Texas, for them. Born in Austin, Texas, Mary Ann Smith, Houston, Texas, for him.\nPeter Brown, Dallas, Texas, for her.\n",
			[]span{{"Michael Rayfield", TypePerson, SourceModel}, {"Yaron Dori", TypePerson, SourceModel}, {"Joseph Jerome", TypePerson, SourceModel}, {"Mary Brown", TypePerson, SourceModel},
				{"Rhonda Wilson", TypePerson, SourceModel}, {"Mohamed Mohamed", TypePerson, SourceModel}, {"Peter Paul Brown", TypePerson, SourceModel}},
			"PERSON Michael Rayfield|PERSON Yaron Dori|PERSON Joseph Jerome|PERSON Mary Brown|PERSON Rhonda Wilson|PERSON Mohamed Mohamed|PERSON Peter Paul Brown",
		},
		{
			// A document's first line that is a case's name is the case,
			// not the names read across its "VS."; the sides' own names
			// stay.
			"title captions", titleCaptions,
			"REESE L. SAYRE, ET AL. VS. SKY ZONE LLC, ET AL.\n\nAnnotate this Case\n",
			[]span{{"REESE L. SAYRE", TypePerson, SourceModel}, {"ET AL. VS. SKY ZONE LLC", TypeCase, SourcePattern}, {"ET AL. VS. SKY ZONE LLC", TypeOrg, SourcePattern}},
			"PERSON REESE L. SAYRE|CASE REESE L. SAYRE, ET AL. VS. SKY ZONE LLC",
		},
		{
			"title captions: one name", titleCaptions,
			"MARIA SERRATO VS PI KAPPA PHI FRATERNITY INC\n\nCase Number: BC586769\n",
			[]span{{"MARIA SERRATO VS PI KAPPA PHI FRATERNITY INC", TypeOrg, SourcePattern}},
			"CASE MARIA SERRATO VS PI KAPPA PHI FRATERNITY INC",
		},
		{
			// A case the patterns found stays, without a person read over
			// its "V."; a title is one line.
			"title captions: found", titleCaptions,
			"CASE V. HATCH\n\nAnnotate this Case\n",
			[]span{{"CASE V. HATCH", TypeCase, SourcePattern}, {"CASE V. HATCH", TypePerson, SourcePattern}},
			"CASE CASE V. HATCH",
		},
		{
			"title captions: one line", titleCaptions,
			"Mann v. Gullickson\nCourt | United States District Courts.\n",
			[]span{{"Mann v. Gullickson\nCourt", TypeCase, SourcePattern}, {"Gullickson\nCourt", TypePerson, SourcePattern}},
			"CASE Mann v. Gullickson|PERSON Gullickson",
		},
		{
			// Two cases on a line, a party's role, a page's header: left
			// to the other patterns.
			"title captions: lists, roles and headers", titleCaptions,
			"BERNICE PISACK, ETC. VS. B&C TOWING, INC. VS. THE CITY OF NEWARK\n",
			[]span{{"ETC. VS. B&C TOWING, INC.", TypeOrg, SourcePattern}},
			"ORG ETC. VS. B&C TOWING, INC.",
		},
		{
			"title captions: a role", titleCaptions,
			"Karl Woolery, Appellant V. State Of Washington\n",
			[]span{{"V. State", TypePerson, SourcePattern}},
			"PERSON V. State",
		},
		{
			// A middle initial in capitals between names in mixed case, a
			// sentence, a table of contents: no title.
			"title captions: a middle initial", titleCaptions,
			"Cheneise V. Wright, LEWIS BRISBOIS BISGAARD & SMITH LLP\n",
			[]span{{"Cheneise V. Wright", TypePerson, SourceModel}},
			"PERSON Cheneise V. Wright",
		},
		{
			"title captions: a lawyer's initial", titleCaptions,
			"DAVID V. ROTH (SBN 194648)\n",
			[]span{{"DAVID V. ROTH", TypePerson, SourcePattern}},
			"PERSON DAVID V. ROTH",
		},
		{
			"title captions: a lawyer's title", titleCaptions,
			"JOHN V. SMITH, ESQ.\n",
			[]span{{"JOHN V. SMITH", TypePerson, SourcePattern}},
			"PERSON JOHN V. SMITH",
		},
		{
			// A docket after the name, "versus" in lower case: the title.
			"title captions: et al.", titleCaptions,
			"White V. Experian Et Al\n",
			[]span{{"White V. Experian", TypePerson, SourcePattern}},
			"CASE White V. Experian",
		},
		{
			"title captions: a docket", titleCaptions,
			"STATE V. SMITH, No. 45-123\n",
			[]span{{"STATE V. SMITH", TypePerson, SourcePattern}},
			"CASE STATE V. SMITH",
		},
		{
			"title captions: versus", titleCaptions,
			"Parish of Jefferson versus Davie Shoring, Inc.\n",
			[]span{{"Parish of Jefferson versus Davie Shoring, Inc.", TypeOrg, SourcePattern}},
			"CASE Parish of Jefferson versus Davie Shoring, Inc.",
		},
		{
			"title captions: a sentence", titleCaptions,
			"The court held in Acme Corp. v. Smith\n",
			[]span{{"Acme Corp. v. Smith", TypeCase, SourcePattern}},
			"CASE Acme Corp. v. Smith",
		},
		{
			"title captions: a citation", titleCaptions,
			"See Texas v. New Mexico, 482 U. S. 124\n",
			[]span{{"Texas v. New Mexico", TypeCase, SourcePattern}},
			"CASE Texas v. New Mexico",
		},
		{
			"title captions: contents", titleCaptions,
			"IV.PRELIMINARY INJUNCTIONSTANDARD...380 V. ANALYSIS...381\n",
			nil,
			"",
		},
		{
			"title captions: a header", titleCaptions,
			"By: Staff Date: 01/15/2012 | Animal Rights vs Animal Welfare |\n",
			[]span{{"Animal Welfare", TypeOrg, SourceModel}},
			"ORG Animal Welfare",
		},
		{
			// A company whose name ends in a number or a year before its
			// legal form is one name, and a case name it opens starts
			// with it; a date or a provision before a legal form names
			// nothing.
			"numbered companies", numberedCompanies,
			"between Nutrition 21, LLC and S&A HOLDINGS (2013), LLC (\"Holdings\"), captioned Nutrition 21, LLC v. General Nutrition Corporation, " +
				"as of March 21, Inc. and under Section 12, Inc. and the Borrower 2, LLC.\n",
			[]span{{"LLC v. General Nutrition Corporation", TypeCase, SourcePattern}},
			"CASE Nutrition 21, LLC v. General Nutrition Corporation|ORG Nutrition 21, LLC|ORG S&A HOLDINGS (2013), LLC|ORG Nutrition 21, LLC",
		},
		{
			// A state's code after a firm and its comma in a counsel line
			// is the firm's form (a tagger's person there is the firm);
			// after a person, a doctor's degree.
			"forms not states: a firm", formsNotStates,
			"Brian N. Toder, Esq., Chestnut Cambronne, PA, counsel for Plaintiffs. Jacobs & Barbone, P.A., Tupelo, MS, for them. Defendant Celeste Philip, MD, MPH, in her capacity.\n",
			[]span{{"Chestnut Cambronne", TypePerson, SourceModel}, {"PA", TypeLocation, SourcePattern}, {"Jacobs & Barbone", TypeOrg, SourcePattern},
				{"P.A.", TypeLocation, SourcePattern}, {"Celeste Philip", TypePerson, SourceModel}, {"MD", TypeLocation, SourcePattern}},
			"ORG Chestnut Cambronne, PA|ORG Jacobs & Barbone, P.A.|PERSON Celeste Philip",
		},
		{
			// After a place, or an organisation that shows no firm (a
			// town the tagger read as one), the code is the state; so it
			// is before a ZIP code.
			"forms not states: states", formsNotStates,
			"Siana Bellwoar & McAndrews, Chester Springs, PA, counsel for Defendant. Jane Roe, MD 20815.\n",
			[]span{{"Chester Springs", TypeOrg, SourceModel}, {"PA", TypeLocation, SourcePattern}, {"Jane Roe", TypePerson, SourceModel}, {"MD", TypeLocation, SourcePattern}},
			"ORG Chester Springs|LOCATION PA|PERSON Jane Roe|LOCATION MD",
		},
		{
			// After a place of two words, the code is the state.
			"forms not states: a place", formsNotStates,
			"The office is in Silver Spring, MD.\n",
			[]span{{"Silver Spring", TypeLocation, SourceModel}, {"MD", TypeLocation, SourcePattern}},
			"LOCATION Silver Spring|LOCATION MD",
		},
		{
			// After a name of one word (a place the tagger read as a
			// person), the code is the state.
			"forms not states: a one-word name", formsNotStates,
			"the Commission, Bethesda, MD.\n",
			[]span{{"Bethesda", TypePerson, SourceModel}, {"MD", TypeLocation, SourcePattern}},
			"PERSON Bethesda|LOCATION MD",
		},
		{
			// A name that opens with a generational suffix starts back at
			// the name it ends: a case, a person (a role under it is no
			// part of it), a firm named for him; a firm after its lawyer
			// starts after the suffix and its "of", and the lawyer is
			// added. A suffix whose name the text does not give is no name;
			// "Sr." before a title is "Senior", left alone.
			"names led by a suffix", suffixLeds,
			"Eugene Edward DUFFY, Jr.\nv.\nCITY OF MOBILE\n\nJack Harold Jones, Jr.\nIntervenor\n\nDavid J. Stein, Sr. of Stein Law Office L.L.P., for him. " +
				"Julian C. Smith, Jr., Ltd., Carson City. Sr. v. Acme. Margaret D. White, Sr. Vice President of Acme.\n",
			[]span{{"Jr.\nv.\nCITY OF MOBILE", TypeCase, SourcePattern}, {"Jr.\nIntervenor", TypePerson, SourcePattern}, {"Sr. of Stein Law Office L.L.P.", TypeOrg, SourcePattern},
				{"Jr., Ltd.", TypeOrg, SourcePattern}, {"Sr. v. Acme", TypeCase, SourcePattern}, {"Sr. Vice President of Acme", TypeOrg, SourceModel}},
			"CASE Eugene Edward DUFFY, Jr.\nv.\nCITY OF MOBILE|PERSON Jack Harold Jones, Jr.|ORG Stein Law Office L.L.P.|ORG Julian C. Smith, Jr., Ltd.|ORG Sr. Vice President of Acme|PERSON David J. Stein, Sr.",
		},
		{
			// A counsel line's city between the lawyer or the firm and
			// whom they appear for is a place, whatever the tagger read
			// or missed; a role, a clause's word, or two words no known
			// place or city's word makes one are not.
			"counsel lines' cities", counselCities,
			"Richard Seltzer, Hoboken, argued the cause for appellant. Melissa H. Shirey, Erie, for J.F. Joseph Brown, Deacy & Deacy, LLP, Kansas City, for respondent. " +
				"Michael P. Whalen, of Wichita, for appellant. Jane Roe, Grantor, for the grantee; relief under § 705, or, Alternatively, for a stay. George Brinson, Michael Casper, for appellants. Robert F. Glassman, of Hays, was on the brief.\n",
			[]span{{"Erie", TypePerson, SourceModel}, {"Kansas City", TypeOrg, SourceModel}, {"Wichita", TypeOrg, SourceModel}, {"Michael Casper", TypePerson, SourceModel}},
			"LOCATION Erie|LOCATION Kansas City|LOCATION Wichita|PERSON Michael Casper|LOCATION Hoboken|LOCATION Hays",
		},
		{
			// The second review's findings: a lawyer's title or standing,
			// a county, and the partner of a flattened firm before it are
			// no firm's lawyer and firm.
			"framed firms' review", cityFramedFirms,
			"Jane A. Doe, Public Defender, Portland, OR, for Appellant. Ann B. Roe, Law Student, Reno, NV, for Appellee. Cy D. Fox, Cook County, Chicago, IL, for Appellee. Marshall, Gerstein, Murray Borun, Chicago, IL, for Defendant.\n",
			[]span{{"Jane A. Doe", TypePerson, SourceModel}, {"Public Defender", TypePerson, SourceModel}, {"Ann B. Roe", TypePerson, SourceModel}, {"Law Student", TypePerson, SourceModel},
				{"Cy D. Fox", TypePerson, SourceModel}, {"Cook County", TypeLocation, SourceModel}, {"Gerstein", TypePerson, SourceModel}, {"Murray Borun", TypePerson, SourceModel}},
			"PERSON Jane A. Doe|PERSON Public Defender|PERSON Ann B. Roe|PERSON Law Student|PERSON Cy D. Fox|LOCATION Cook County|PERSON Gerstein|PERSON Murray Borun",
		},
		{
			// A firm between its lawyer and its city and state is an
			// organisation, the party's "for" or the next lawyer after it;
			// a lawyer alone before the city, the last of several lawyers
			// (a given name, an initial), an office's title, a job, a
			// party's role, a place, an item after a company, or one no
			// state or no "for" follows are not, and a firm the patterns
			// found whole stays whole.
			"firms framed by lawyers and cities", cityFramedFirms,
			"ARGUED: Mary Massaron, Plunkett Cooney, Bloomfield Hills, MI, for Appellant. Michael Noel Watts, Holcomb Dunbar, Oxford, MS, Frank S. Thackston, Jr., Greenville, MS, for Appellee.\n" +
				"Ryan Malone, Chattanooga, TN, for Appellee. John A. Smith, Karen Ostad, New York, NY, for Appellant. Mary Roe, Hollis B. Plumb, Chicago, IL, for Appellee.\n" +
				"Jane Doe, Deputy Attorney General, Salem, Oregon, for Respondent. Jane A. Doe, Long Island, Garden City, NY, for Appellee. Acme Widgets Co., Plumb Borun, Chicago, IL, for Appellee.\n" +
				"Ann C. Lee, Flinn Beagan, Bloomfield Hills, for Appellant. Bo D. Kim, Elkind Shea, Suite 400, MD, for Plaintiff. Cy E. Fox, Maschoff Brennan, Park City, UT, 84060, for Plaintiff.\n" +
				"Ed F. Gee, Trial Attorney, Boston, MA, for Appellant. Al G. Ho, Staff Assistant, Austin, Texas, for Appellee. Jo H. Yu, Intervenor Pro Se, Reno, NV, for Intervenor.\n" +
				"Vi J. Ng, Nixon, Hargrave, Devans Doyle, Rochester, NY, for Plaintiff.\n",
			[]span{{"Mary Massaron", TypePerson, SourceModel}, {"Plunkett Cooney", TypePerson, SourceModel}, {"Michael Noel Watts", TypePerson, SourceModel}, {"Holcomb Dunbar", TypePerson, SourceModel},
				{"Frank S. Thackston, Jr.", TypePerson, SourcePattern}, {"Ryan Malone", TypePerson, SourceModel}, {"John A. Smith", TypePerson, SourceModel}, {"Karen Ostad", TypePerson, SourceModel},
				{"Mary Roe", TypePerson, SourceModel}, {"Hollis B. Plumb", TypePerson, SourceModel}, {"Jane Doe", TypePerson, SourceModel}, {"Jane A. Doe", TypePerson, SourceModel},
				{"Acme Widgets Co.", TypeOrg, SourcePattern}, {"Plumb Borun", TypePerson, SourceModel}, {"Ann C. Lee", TypePerson, SourceModel}, {"Flinn Beagan", TypePerson, SourceModel},
				{"Bo D. Kim", TypePerson, SourceModel}, {"Elkind Shea", TypePerson, SourceModel}, {"Cy E. Fox", TypePerson, SourceModel}, {"Maschoff Brennan", TypePerson, SourceModel},
				{"Ed F. Gee", TypePerson, SourceModel}, {"Al G. Ho", TypePerson, SourceModel}, {"Jo H. Yu", TypePerson, SourceModel}, {"Vi J. Ng", TypePerson, SourceModel},
				{"Nixon, Hargrave, Devans Doyle", TypeOrg, SourcePattern}, {"Hargrave", TypePerson, SourceModel}},
			"PERSON Mary Massaron|PERSON Michael Noel Watts|PERSON Frank S. Thackston, Jr.|PERSON Ryan Malone|PERSON John A. Smith|PERSON Karen Ostad|PERSON Mary Roe|PERSON Hollis B. Plumb|" +
				"PERSON Jane Doe|PERSON Jane A. Doe|ORG Acme Widgets Co.|PERSON Plumb Borun|PERSON Ann C. Lee|PERSON Flinn Beagan|PERSON Bo D. Kim|PERSON Elkind Shea|PERSON Cy E. Fox|PERSON Maschoff Brennan|PERSON Ed F. Gee|PERSON Al G. Ho|PERSON Jo H. Yu|PERSON Vi J. Ng|ORG Nixon, Hargrave, Devans Doyle|PERSON Hargrave|" +
				"ORG Plunkett Cooney|ORG Holcomb Dunbar",
		},
		{
			// A body's part named after its body's possessive goes on over
			// the "and" in its name to its head word (the name read in its
			// rest is nested, which the stage's merge drops); a part after
			// no possessive, or whose rest has no head word, is left alone.
			"parts with an and", bodiesOverAnd,
			"The U.S. Department of Labor's Occupational Safety and Health Administration cited it. Acme Safety and Health Administration; " +
				"the Department's Fraud Section and Smith Jones sued.\n",
			[]span{{"Occupational Safety", TypeOrg, SourcePattern}, {"Health Administration", TypeOrg, SourceModel}, {"Acme Safety", TypeOrg, SourceModel},
				{"Fraud Section", TypeOrg, SourcePattern}},
			"ORG Occupational Safety and Health Administration|ORG Health Administration|ORG Acme Safety|ORG Fraud Section",
		},
		{
			// The tagger's place or person after a lawyer's firm's words
			// is the firm; a lawyer's town after a comma and "of", an
			// office's jurisdiction, a lawyer "in" a town, a place the
			// lists know, a person a given name opens, a name on two lines,
			// the patterns' names and a name in the next sentence stay.
			"lawyers' firms", lawyersFirms,
			"Robin Harrison, a partner in Hicks Thomas’ Houston office; attorney Brendan J. Begley of Weintraub Tobin, which; lawyers at Keegan Werlin said; the law firm Jackson Lewis; " +
				"Hill’s attorney, Bruce Miroglio, of St. Helena; the Commonwealth Attorney of Jefferson County; a lawyer in Eau Claire; lawyers at New York firms; partners with Jane Smith; " +
				"attorney Ann Roe of Baker\nBotts; attorney John Doe of Vinson Elkins; he hired an attorney. The meeting with Dunn Rowe ended; an attorney for the Village of Oak Park; " +
				"the attorney spoke with Judge Roberts\n",
			[]span{{"Hicks Thomas", TypeLocation, SourceModel}, {"Weintraub Tobin", TypeLocation, SourceModel}, {"Keegan Werlin", TypePerson, SourceModel}, {"Jackson Lewis", TypePerson, SourceModel},
				{"St. Helena", TypeLocation, SourceModel}, {"Jefferson County", TypeLocation, SourceModel}, {"Eau Claire", TypeLocation, SourceModel}, {"New York", TypeLocation, SourceModel},
				{"Jane Smith", TypePerson, SourceModel}, {"Baker\nBotts", TypePerson, SourceModel}, {"Vinson Elkins", TypePerson, SourcePattern}, {"Dunn Rowe", TypePerson, SourceModel}, {"Oak Park", TypeLocation, SourceModel}, {"Judge Roberts", TypePerson, SourceModel}},
			"ORG Hicks Thomas|ORG Weintraub Tobin|ORG Keegan Werlin|ORG Jackson Lewis|LOCATION St. Helena|LOCATION Jefferson County|LOCATION Eau Claire|LOCATION New York|" +
				"PERSON Jane Smith|PERSON Baker\nBotts|PERSON Vinson Elkins|PERSON Dunn Rowe|LOCATION Oak Park|PERSON Judge Roberts",
		},
		{
			// The tagger's "United States District" before "Court" is the
			// court, a footnote's number glued to it too; before "Courts",
			// a site's category, nothing; before anything else, left alone.
			"district courts' ends", districtCourtEnds,
			"removed to the United States District Court. Court | U.S. District Courts. 9th Circuit. The UNITED STATES DISTRICT Attorney. Indicted in the united States District Court12 for\n",
			[]span{{"United States District", TypeOrg, SourceModel}, {"U.S. District", TypeOrg, SourceModel}, {"UNITED STATES DISTRICT", TypeOrg, SourceModel}, {"united States District", TypeOrg, SourcePattern}},
			"COURT United States District Court|ORG UNITED STATES DISTRICT|COURT united States District Court12",
		},
		{
			// A civil office's, a police rank's or a calling's title is
			// outside the person's name, as a service member's rank is;
			// one that is also a surname stays before a surname alone.
			"civil titles", rankedPeople,
			"Sheriff Larry Amerson; PASTOR STEPHEN CASSELL; Warden Stanly Williams; Representative Thomas; Bishop Jones; Deputy Chief Ann Roe; DEPUTY WARD\n" +
				"President N. Roderick McGeachy; Professor Garrett Power\n",
			[]span{{"Sheriff Larry Amerson", TypePerson, SourceModel}, {"PASTOR STEPHEN CASSELL", TypePerson, SourceModel},
				{"Warden Stanly Williams", TypePerson, SourceModel}, {"Representative Thomas", TypePerson, SourceModel},
				{"Bishop Jones", TypePerson, SourceModel}, {"Deputy Chief Ann Roe", TypePerson, SourceModel}, {"DEPUTY WARD", TypePerson, SourceModel},
				{"President N. Roderick McGeachy", TypePerson, SourceModel}, {"Professor Garrett Power", TypePerson, SourceModel}},
			"PERSON Larry Amerson|PERSON STEPHEN CASSELL|PERSON Stanly Williams|PERSON Thomas|PERSON Bishop Jones|PERSON Ann Roe|PERSON WARD|" +
				"PERSON N. Roderick McGeachy|PERSON Garrett Power",
		},
		{
			// A person of two words or more with an organisation's word,
			// or ending in a company's unit's word, is an organisation, as
			// the tagger's are: the patterns type a case's parties by their
			// length.
			"organisations' words in people", orgWordPeople,
			"Crawfish Processors Alliance v. United States; MAJOR LEAGUE BASEBALL; John Smith; Church; Sperry Remington Division; POURfect Products; Products\n",
			[]span{{"Crawfish Processors Alliance", TypePerson, SourcePattern}, {"MAJOR LEAGUE BASEBALL", TypePerson, SourceModel},
				{"John Smith", TypePerson, SourceModel}, {"Church", TypePerson, SourceModel}, {"Sperry Remington Division", TypePerson, SourceModel},
				{"POURfect Products", TypePerson, SourceModel}, {"Products", TypePerson, SourceModel}},
			"ORG Crawfish Processors Alliance|ORG MAJOR LEAGUE BASEBALL|PERSON John Smith|PERSON Church|ORG Sperry Remington Division|ORG POURfect Products|PERSON Products",
		},
		{
			// A person of two or three words whose last is a common noun
			// of the text, in lower case elsewhere and in either number,
			// is an organisation, unless it opens with a given name or has
			// an initial, ends in a surname that is a noun too or follows a
			// title; capitals are no common noun.
			"common nouns' people", commonNounPeople,
			"Murphy Plywood sold hardwood plywood. John Rice grew rice. J. Glass cut glass. Ardent MILLS ran mills. Acme Hay sold hayrides. Jukka Zitting <jukka.zitting@example.com> at www.acme.com/hay-rides. Qalt Plank, see x.plank now. Xerv Deck at deck.example or deck@example. Rocky Mountain Radar sold radar jammers; Hague J. Water drank water. Alford Cartons made a carton; Movado Watches sold a watch; Qalt Pools dug pools; Xerv Fireplace sold fireplaces. Oksana Glass inspected glass; Judge Qalt Barge sat on a barge; Sgt. Xerv Raft rode a raft; Mary Cleat fixed a cleat; Qalt Xerv Yomb Skiff sold a skiff; Acme Batteries sold a battery; Mr Qalt Hull had a hull\n",
			[]span{{"Murphy Plywood", TypePerson, SourceModel}, {"John Rice", TypePerson, SourceModel}, {"J. Glass", TypePerson, SourceModel},
				{"Ardent MILLS", TypePerson, SourceModel}, {"Acme Hay", TypePerson, SourceModel}, {"Jukka Zitting", TypePerson, SourceModel},
				{"Qalt Plank", TypePerson, SourceModel}, {"Xerv Deck", TypePerson, SourceModel}, {"Rocky Mountain Radar", TypePerson, SourceModel}, {"Hague J. Water", TypePerson, SourceModel},
				{"Alford Cartons", TypePerson, SourceModel}, {"Movado Watches", TypePerson, SourceModel}, {"Qalt Pools", TypePerson, SourceModel},
				{"Xerv Fireplace", TypePerson, SourceModel}, {"Oksana Glass", TypePerson, SourceModel}, {"Qalt Barge", TypePerson, SourcePattern},
				{"Xerv Raft", TypePerson, SourceModel}, {"Mary Cleat", TypePerson, SourceModel}, {"Qalt Xerv Yomb Skiff", TypePerson, SourceModel}, {"Acme Batteries", TypePerson, SourceModel}, {"Qalt Hull", TypePerson, SourceModel}},
			"ORG Murphy Plywood|PERSON John Rice|PERSON J. Glass|PERSON Ardent MILLS|PERSON Acme Hay|PERSON Jukka Zitting|PERSON Qalt Plank|PERSON Xerv Deck|ORG Rocky Mountain Radar|PERSON Hague J. Water|" +
				"ORG Alford Cartons|ORG Movado Watches|ORG Qalt Pools|ORG Xerv Fireplace|PERSON Oksana Glass|PERSON Qalt Barge|" +
				"PERSON Xerv Raft|PERSON Mary Cleat|PERSON Qalt Xerv Yomb Skiff|ORG Acme Batteries|PERSON Qalt Hull",
		},
		{
			// A trade's word ends no one's name; one that is a surname
			// too does.
			"trades' words in people", orgWordPeople,
			"Marchon Eyewear; Pinky Nail Salon; H. Kennedy Customs Broker; John D. Steel; Daniel M. Press; Miranda Dairy; Harry Sheldon Livestock; Madeira Beach Seafood; Alberta E. Mills; James Mill; Capitol Radiology\n",
			[]span{{"Marchon Eyewear", TypePerson, SourceModel}, {"Pinky Nail Salon", TypePerson, SourceModel}, {"H. Kennedy Customs Broker", TypePerson, SourceModel},
				{"John D. Steel", TypePerson, SourceModel}, {"Daniel M. Press", TypePerson, SourceModel}, {"Miranda Dairy", TypePerson, SourceModel},
				{"Harry Sheldon Livestock", TypePerson, SourceModel}, {"Madeira Beach Seafood", TypePerson, SourceModel}, {"Alberta E. Mills", TypePerson, SourceModel},
				{"James Mill", TypePerson, SourcePattern}, {"Capitol Radiology", TypePerson, SourceModel}},
			"ORG Marchon Eyewear|ORG Pinky Nail Salon|ORG H. Kennedy Customs Broker|PERSON John D. Steel|PERSON Daniel M. Press|ORG Miranda Dairy|ORG Harry Sheldon Livestock|ORG Madeira Beach Seafood|PERSON Alberta E. Mills|PERSON James Mill|ORG Capitol Radiology",
		},
		{
			// The tagger's organisation of two or three words that opens
			// with a given name is a person, in capitals too; one with an
			// organisation's, a legal form's, a public body's, a
			// business's, a town's or a unit's word or a word in lower
			// case, one of four words or one, one the patterns found, or
			// one that opens with no given name stays.
			"given names' organisations", givenNamePeople,
			"Dilip Patel; DIANE TIMM; Pamela Sue Gililland; Ashley Furniture; Tyrone Township; Georgia Resource Center; Karen Ostad LLC; Kevin Lee Bank; Mary Lee Church; " +
				"Karen Mary Lee Smith; Karen; Daniel Wayne Sigelman; Plunkett Cooney; Martin Roofing Co; Paul and Mary; Kevin Lee Inc; Virginia State Police; Miranda Dairy; Neal Colborn PLLC\n",
			[]span{{"Dilip Patel", TypeOrg, SourceModel}, {"DIANE TIMM", TypeOrg, SourceModel}, {"Pamela Sue Gililland", TypeOrg, SourceModel}, {"Ashley Furniture", TypeOrg, SourceModel},
				{"Tyrone Township", TypeOrg, SourceModel}, {"Georgia Resource Center", TypeOrg, SourceModel}, {"Karen Ostad LLC", TypeOrg, SourceModel}, {"Kevin Lee Bank", TypeOrg, SourceModel}, {"Mary Lee Church", TypeOrg, SourceModel},
				{"Karen Mary Lee Smith", TypeOrg, SourceModel}, {"Karen", TypeOrg, SourceModel}, {"Daniel Wayne Sigelman", TypeOrg, SourcePattern}, {"Plunkett Cooney", TypeOrg, SourceModel},
				{"Martin Roofing Co", TypeOrg, SourceModel}, {"Paul and Mary", TypeOrg, SourceModel}, {"Kevin Lee Inc", TypeOrg, SourceModel}, {"Virginia State Police", TypeOrg, SourceModel},
				{"Miranda Dairy", TypeOrg, SourceModel}, {"Neal Colborn PLLC", TypeOrg, SourceModel}},
			"PERSON Dilip Patel|PERSON DIANE TIMM|PERSON Pamela Sue Gililland|ORG Ashley Furniture|ORG Tyrone Township|ORG Georgia Resource Center|ORG Karen Ostad LLC|ORG Kevin Lee Bank|ORG Mary Lee Church|" +
				"ORG Karen Mary Lee Smith|ORG Karen|ORG Daniel Wayne Sigelman|ORG Plunkett Cooney|ORG Martin Roofing Co|ORG Paul and Mary|ORG Kevin Lee Inc|ORG Virginia State Police|ORG Miranda Dairy|ORG Neal Colborn PLLC",
		},
		{
			// A case whose name ends at its party's initials goes on over
			// the particle-led rest of the name, with its "&" and form; a
			// case that ends with a word, or no particle after, stays.
			"particle case names", particleCaseNames,
			"See In re E. I. du Pont de Nemours & Co., 476 F.2d 1357; In re E.I. du Pont de Nemours Company; In re Smith du Pont; In re J. Doe, Jr. and In re A. B. van; " +
				"under Doe v. R. de la Garza Texas law; the firm of J. R. de Vries",
			[]span{{"In re E. I", TypeCase, SourcePattern}, {"In re E.I", TypeCase, SourcePattern}, {"In re Smith", TypeCase, SourcePattern}, {"In re J. Doe", TypeCase, SourcePattern},
				{"In re A. B", TypeCase, SourcePattern}, {"Doe v. R", TypeCase, SourcePattern}, {"J. R", TypeOrg, SourceModel}},
			"CASE In re E. I. du Pont de Nemours & Co.|CASE In re E.I. du Pont de Nemours Company|CASE In re Smith|CASE In re J. Doe|CASE In re A. B|CASE Doe v. R. de la Garza|ORG J. R",
		},
		{
			// An item of a list of people that opens with a given name is a
			// person beside a person's whole name, before or after it, with
			// a space before its separator too; one with no given name, a
			// place's, a street's or an organisation's word, a legal form
			// after it, beside a surname alone, over a line's break or
			// outside a list is none.
			"listed people", listedPeople,
			"Robert Iverson, Fred Arnold, Gloria Kiester; Gaspar Quintero; Grant Duff ; Omar Aguilar; Mark Wagner; Fred Jones, Paul Miller, Inc.; " +
				"Jane Roe, Mary Beach, Paul Tell Street, Karen Diaz; Smith, Mary Jonas, the board, Eric Stone, Dennis\nHolthus, Ann Kirk and Laura Hunt. She thanked Rita Moss, Jack Frost, and others; Mary President, Ruth Cole, Paul Texas, Lena Park, Fred smith;\n",
			[]span{{"Robert Iverson", TypePerson, SourceModel}, {"Gloria Kiester", TypePerson, SourceModel}, {"Mark Wagner", TypePerson, SourceModel},
				{"Fred Jones", TypePerson, SourceModel}, {"Jane Roe", TypePerson, SourceModel}, {"Karen Diaz", TypePerson, SourceModel},
				{"Smith", TypePerson, SourceModel}, {"Eric Stone", TypePerson, SourceModel}, {"Ann Kirk", TypePerson, SourceModel}, {"Laura Hunt", TypePerson, SourceModel}, {"Rita Moss", TypePerson, SourceModel}, {"Ruth Cole", TypePerson, SourceModel}, {"Lena Park", TypePerson, SourceModel}},
			"PERSON Robert Iverson|PERSON Gloria Kiester|PERSON Mark Wagner|PERSON Fred Jones|PERSON Jane Roe|PERSON Karen Diaz|PERSON Smith|PERSON Eric Stone|PERSON Ann Kirk|PERSON Laura Hunt|PERSON Rita Moss|PERSON Ruth Cole|PERSON Lena Park|" +
				"PERSON Fred Arnold|PERSON Omar Aguilar",
		},
		{
			// An item between two people's names is found once; one with a
			// middle initial is a person; a business's, a clinic's or a
			// practice's name is none, nor is an item of four words, one a
			// line break ends, or one an organisation's name rather than a
			// legal form follows (the person stays); an organisation beside
			// an item is no person.
			"listed people: more", listedPeople,
			"Ann Lee, Fred Arnold, Mary Smith; Joan Hale, Karen J. Diaz, Tom Reed; John Doe, Grace Clinic, Ruby Imaging, Paul Miller Plastics, Jane Poe; " +
				"Carl Moe, Mary Ann Lee Smith, Ed Bird; Ida Cole, Dennis Holt\nand others; Eve Lamb, Fred Wolf, Bank of America, Acme Corp, Nina Voss, Sara Gold;\n",
			[]span{{"Ann Lee", TypePerson, SourceModel}, {"Mary Smith", TypePerson, SourceModel}, {"Joan Hale", TypePerson, SourceModel}, {"Tom Reed", TypePerson, SourceModel},
				{"John Doe", TypePerson, SourceModel}, {"Jane Poe", TypePerson, SourceModel}, {"Carl Moe", TypePerson, SourceModel}, {"Ed Bird", TypePerson, SourceModel},
				{"Ida Cole", TypePerson, SourceModel}, {"Eve Lamb", TypePerson, SourceModel}, {"Acme Corp", TypeOrg, SourceModel}},
			"PERSON Ann Lee|PERSON Mary Smith|PERSON Joan Hale|PERSON Tom Reed|PERSON John Doe|PERSON Jane Poe|PERSON Carl Moe|PERSON Ed Bird|PERSON Ida Cole|PERSON Eve Lamb|ORG Acme Corp|" +
				"PERSON Fred Arnold|PERSON Karen J. Diaz|PERSON Fred Wolf",
		},
		{
			// The tagger's place of two or three words that opens with a
			// given name is a person; one a list knows, with a state's or
			// a country's name, a place's word that is no surname, a
			// street's, a town's or a land's word, a town's first word, or
			// after a preposition of place, stays.
			"given names' places", givenNamePeople,
			"Sean Gallagher testified. He moved to Jordan Falls, then lived in Charlotte Amalie near Virginia Beach; Mary Ellen Montoya; Wesley Hill spoke; " +
				"the Richard Carter Survey; Victoria Texas; Elizabeth Channel; Martin Place; Beverly Hills; Sri Lanka; Mary River; Robert Plant; James White.\n",
			[]span{{"Sean Gallagher", TypeLocation, SourceModel}, {"Jordan Falls", TypeLocation, SourceModel}, {"Charlotte Amalie", TypeLocation, SourceModel},
				{"Virginia Beach", TypeLocation, SourceModel}, {"Mary Ellen Montoya", TypeLocation, SourceModel}, {"Wesley Hill", TypeLocation, SourceModel},
				{"Richard Carter Survey", TypeLocation, SourceModel}, {"Victoria Texas", TypeLocation, SourceModel}, {"Elizabeth Channel", TypeLocation, SourceModel},
				{"Martin Place", TypeLocation, SourceModel}, {"Beverly Hills", TypeLocation, SourceModel}, {"Sri Lanka", TypeLocation, SourceModel},
				{"Mary River", TypeLocation, SourceModel}, {"Robert Plant", TypeLocation, SourceModel}, {"James White", TypeLocation, SourceModel}},
			"PERSON Sean Gallagher|LOCATION Jordan Falls|LOCATION Charlotte Amalie|LOCATION Virginia Beach|PERSON Mary Ellen Montoya|PERSON Wesley Hill|" +
				"LOCATION Richard Carter Survey|LOCATION Victoria Texas|LOCATION Elizabeth Channel|LOCATION Martin Place|LOCATION Beverly Hills|LOCATION Sri Lanka|" +
				"LOCATION Mary River|PERSON Robert Plant|PERSON James White",
		},
		{
			// Two of a department's units read as one name, with the
			// comma between them or without, are two; a unit of one word,
			// or a name with a word that is no unit's, stays.
			"units' pairs", unitPairs,
			"Civil Division, Commercial Litigation Branch; Commercial Litigation Branch Civil Division; Tax Division Section; Acme Division, Sales Branch Office\n",
			[]span{{"Civil Division, Commercial Litigation Branch", TypeOrg, SourcePattern}, {"Commercial Litigation Branch Civil Division", TypeOrg, SourcePattern},
				{"Tax Division Section", TypeOrg, SourcePattern}, {"Acme Division, Sales Branch Office", TypeOrg, SourcePattern}},
			"ORG Civil Division|ORG Commercial Litigation Branch|ORG Tax Division Section|ORG Acme Division, Sales Branch Office|ORG Commercial Litigation Branch|ORG Civil Division",
		},
		{
			// A witness's paper after his surname in a record citation is
			// no part of the name: a surname alone is a person, whatever
			// the tagger typed, a company keeps its type; a paper's word
			// without its period, a name of it alone, and a body's
			// "Dep. of" or "of Foreign Aff." stay.
			"witnesses' papers", witnessPapers,
			"See Scott Decl. ¶ 4; Torres Aff. ¶ 2; Hector Torres Dep. 12:4; Decl. 5; Kelly Dep at 3; Union Pacific Dep. 88; the Ohio Dep. of Health; Ministry of Foreign Aff. wrote\n",
			[]span{{"Scott Decl", TypePerson, SourceModel}, {"Torres Aff", TypeOrg, SourceModel}, {"Hector Torres Dep", TypePerson, SourceModel},
				{"Decl", TypePerson, SourceModel}, {"Kelly Dep", TypePerson, SourceModel}, {"Union Pacific Dep", TypeOrg, SourceModel},
				{"Ohio Dep", TypeOrg, SourceModel}, {"Ministry of Foreign Aff", TypeOrg, SourceModel}},
			"PERSON Scott|PERSON Torres|PERSON Hector Torres|PERSON Decl|PERSON Kelly Dep|ORG Union Pacific|ORG Ohio Dep|ORG Ministry of Foreign Aff",
		},
		{
			// A church's titles are outside the name too; "Cardinal" and
			// "Sister", which open other names, stay before one word.
			"church titles", rankedPeople,
			"Archbishop Jose Gomez; SISTER CAROLYN THERESE WELTER; Monsignor Doyle; Cardinal Roger Mahony; Cardinal Health; Sister Cities\n",
			[]span{{"Archbishop Jose Gomez", TypePerson, SourceModel}, {"SISTER CAROLYN THERESE WELTER", TypePerson, SourceModel},
				{"Monsignor Doyle", TypePerson, SourceModel}, {"Cardinal Roger Mahony", TypePerson, SourceModel},
				{"Cardinal Health", TypePerson, SourceModel}, {"Sister Cities", TypePerson, SourceModel}},
			"PERSON Jose Gomez|PERSON CAROLYN THERESE WELTER|PERSON Doyle|PERSON Roger Mahony|PERSON Cardinal Health|PERSON Sister Cities",
		},
		{
			// A caption's connectors and a parent's capacity are outside
			// the names after them; the capacity alone is nothing, and a
			// parent's word before one word stays (a title).
			"next friends", nextFriendStarts,
			"By and Through Robert and Helen BYSTROM; with his Mother Heidi Joseph; Jane Roe, as Mother and Next Friend of Alexander Rosenbach; For Michael R. Pompeo; Mother and Next Friend; Mother Teresa; For Our Children, Inc.\n",
			[]span{{"Through Robert", TypePerson, SourceModel}, {"Mother Heidi Joseph", TypePerson, SourceModel},
				{"Mother and Next Friend of Alexander Rosenbach", TypeOrg, SourceModel}, {"For Michael R. Pompeo", TypePerson, SourceModel},
				{"Mother and Next Friend", TypeOrg, SourceModel}, {"Mother Teresa", TypePerson, SourceModel}, {"For Our Children, Inc.", TypeOrg, SourcePattern}},
			"PERSON Robert|PERSON Heidi Joseph|PERSON Alexander Rosenbach|PERSON Michael R. Pompeo|ORG |PERSON Mother Teresa|ORG For Our Children, Inc.",
		},
		{
			// A firm named for two people, cut at "and": one word and a
			// company of one word and its form. A word the text names
			// alone too, or a name's last word, stays apart.
			"firms of two surnames", surnamePairFirms,
			"Shaun C. Blake, of Adams and Reese, LLP, of Columbia; Vessey and Company, Inc.; only Stratton and Borton, Inc. are parties, said Stratton; John Miles and Reese, LLP\n",
			[]span{{"Adams", TypePerson, SourceModel}, {"Reese, LLP", TypeOrg, SourcePattern}, {"Company, Inc.", TypeOrg, SourcePattern},
				{"Borton, Inc.", TypeOrg, SourcePattern}, {"John Miles", TypePerson, SourceModel}, {"Reese, LLP", TypeOrg, SourcePattern}},
			"ORG Adams and Reese, LLP|ORG Vessey and Company, Inc.|ORG Borton, Inc.|PERSON John Miles|ORG Reese, LLP",
		},
		{
			// A place's first word that the tagger left out: a place
			// starts at it, an organisation at a place's own; not after a
			// name's capitalised word, nor in another name.
			"places' first words", placePrefixStarts,
			"sued in the Superior Court in New Haven; Anne Arundel County; Ft. Lauderdale Perinatal Associates; West Publishing; Jim New Haven; the New York Fort Worth office\n",
			[]span{{"Haven", TypeLocation, SourceModel}, {"Arundel County", TypeLocation, SourceModel}, {"Lauderdale Perinatal Associates", TypeOrg, SourceModel},
				{"Publishing", TypeOrg, SourceModel}, {"Haven", TypeLocation, SourceModel}, {"New York Fort", TypeOrg, SourceModel}, {"Worth", TypeLocation, SourceModel}},
			"LOCATION New Haven|LOCATION Anne Arundel County|ORG Ft. Lauderdale Perinatal Associates|ORG Publishing|LOCATION Haven|ORG New York Fort|LOCATION Worth",
		},
		{
			// A surname alone that opens a line starts at the given name
			// and initial the line before ends with, after a clause's mark
			// or a lower-case word; a name of two words there is left to
			// the initial's rule.
			"given name at the line before", lineInitials,
			"District Court, Lyon County; Mario G.\nRecanzone, Judge. Heard by Anna B.\nCole Smith today.\n",
			[]span{{"Recanzone", TypePerson, SourceModel}, {"Cole Smith", TypePerson, SourceModel}},
			"PERSON Mario G.\nRecanzone|PERSON Cole Smith",
		},
		{
			// An organisation that is a person's name with an initial is
			// a person, whoever read it; a journal's abbreviation is not.
			"initialled people", initialledPeople,
			"Paul J. Peter, Gary L. Young, Lincoln, NE; 85 Fordham L. Rev 123\n",
			[]span{{"Gary L. Young", TypeOrg, SourcePattern}, {"Fordham L. Rev", TypeOrg, SourcePattern}},
			"PERSON Gary L. Young|ORG Fordham L. Rev",
		},
		{
			// A caption's "INDIVIDUALLY" or "et al." after a party's name
			// without a comma is no part of the name; a name of one word
			// before it is left alone.
			"capacity tails", capacityTails,
			"TINA L. HOUCHINS INDIVIDUALLY, AND FOR THE ESTATE; Mary Roe et al.; ROE INDIVIDUALLY\n",
			[]span{{"TINA L. HOUCHINS INDIVIDUALLY", TypePerson, SourceModel}, {"Mary Roe et al.", TypePerson, SourceModel},
				{"ROE INDIVIDUALLY", TypePerson, SourceModel}},
			"PERSON TINA L. HOUCHINS|PERSON Mary Roe|PERSON ROE INDIVIDUALLY",
		},
		{
			// A person of two names takes the given name before it that
			// opens its run of capitalised words; not after a place's
			// preposition, an office or another capitalised word.
			"first of three names", firstGivenNames,
			"was Sally Ann Steuk; in Wickersham Bea Steuk; Supervisor Janice Hahn; Deputy County Clerk Cara Steuk\n",
			[]span{{"Ann Steuk", TypePerson, SourceModel}, {"Bea Steuk", TypePerson, SourceModel}, {"Janice Hahn", TypePerson, SourceModel},
				{"Cara Steuk", TypePerson, SourceModel}},
			"PERSON Sally Ann Steuk|PERSON Bea Steuk|PERSON Janice Hahn|PERSON Cara Steuk",
		},
		{
			// A company and a union "and" joins are two: the Labor Board's
			// case names and prose name a contract's parties so; a
			// company's name with "and" inside, or a union after a name
			// that is no company's, is left alone.
			"employer and union", employerAndUnion,
			"Acme Widget Co. and International Brotherhood of Teamsters, Local 705. Case 13-CA-123456; Johnson and Johnson Inc.; Smith Brothers and Bakers Union\n",
			[]span{{"Acme Widget Co. and International Brotherhood of Teamsters, Local 705", TypeOrg, SourcePattern},
				{"Johnson and Johnson Inc.", TypeOrg, SourcePattern}, {"Smith Brothers and Bakers Union", TypeOrg, SourcePattern}},
			"ORG Acme Widget Co.|ORG Johnson and Johnson Inc.|ORG Smith Brothers and Bakers Union|ORG International Brotherhood of Teamsters, Local 705",
		},
		{
			// A unit's name goes back over "and" to the word before it; a
			// role, another name or a sentence's noise before "and" is no
			// part of it.
			"bodies over and", bodiesOverAnd,
			"By the Chief, Investigations and Hearings Division: the Plaintiff and Claims Division; Smith and Acme Division; The Audit Office\n",
			[]span{{"Hearings Division", TypeOrg, SourceModel}, {"Claims Division", TypeOrg, SourceModel},
				{"Smith", TypePerson, SourceModel}, {"Acme Division", TypeOrg, SourceModel}, {"Audit Office", TypeOrg, SourceModel}},
			"ORG Investigations and Hearings Division|ORG Claims Division|PERSON Smith|ORG Acme Division|ORG Audit Office",
		},
		{
			// A state's or the country's name and its legislature's after
			// it are one organisation; a place that is no state's, or
			// another house's word, is left alone.
			"legislatures", legislatureNames,
			"The South Carolina General Assembly and the Oklahoma Legislature acted; Smithville Senate; Texas Senator Cruz.",
			[]span{{"South Carolina", TypeLocation, SourcePattern}, {"Oklahoma", TypeLocation, SourceModel},
				{"Smithville", TypeLocation, SourceModel}, {"Texas", TypeLocation, SourcePattern}},
			"ORG South Carolina General Assembly|ORG Oklahoma Legislature|LOCATION Smithville|LOCATION Texas",
		},
		{
			// The tagger's place or person whose last word is a business's,
			// a public force's or a legislature's head is an organisation,
			// as is its person before a business's head on its line, also
			// over one or two capitalised words, not over three or a word
			// in lower case; a pattern's place is left alone, and so is a
			// name of one word.
			"business heads", businessNames,
			"the United States Senate confirmed; the Texas House of Representatives voted; Pinecrest Logistics in Bangor; Senate; Acme Holdings; " +
				"bonds for Dunmore Homes; the owner of Almost Heaven Kennel; United World Wrestling; JOHNNY BIENSTOCK MUSIC; including J.E. Dunn Construction, Insulite; " +
				"Mary Jones\nConstruction; Jackson Landscaping; with Brickman Facility Solutions; Ann Lee of Acme Solutions; Bob Ray Big Bold Red Solutions; Harley Marine Services; Fairhaven Mill; Lance Cpl. Qalt Marine; J.S. Mill; Robert Mill; Fort Mill; Mark J. Young of Mark Young PA",
			[]span{{"United States Senate", TypeLocation, SourceModel}, {"Texas House of Representatives", TypeLocation, SourceModel},
				{"Pinecrest Logistics", TypeLocation, SourceModel}, {"Senate", TypeLocation, SourceModel}, {"Acme Holdings", TypeLocation, SourcePattern},
				{"Dunmore Homes", TypePerson, SourceModel}, {"Almost Heaven Kennel", TypePerson, SourceModel}, {"United World Wrestling", TypePerson, SourceModel},
				{"JOHNNY BIENSTOCK MUSIC", TypePerson, SourceModel}, {"J.E. Dunn", TypePerson, SourceModel}, {"Mary Jones", TypePerson, SourceModel},
				{"Jackson Landscaping", TypePerson, SourceModel}, {"Brickman", TypePerson, SourceModel}, {"Ann Lee", TypePerson, SourceModel}, {"Bob Ray", TypePerson, SourceModel},
				{"Harley Marine", TypePerson, SourceModel}, {"Fairhaven Mill", TypePerson, SourceModel}, {"Qalt Marine", TypePerson, SourceModel},
				{"J.S. Mill", TypePerson, SourceModel}, {"Robert Mill", TypePerson, SourceModel}, {"Fort Mill", TypeLocation, SourceModel},
				{"Mark J. Young", TypePerson, SourceModel}, {"Mark Young PA", TypePerson, SourceModel}},
			"ORG United States Senate|ORG Texas House of Representatives|ORG Pinecrest Logistics|LOCATION Senate|LOCATION Acme Holdings|" +
				"ORG Dunmore Homes|ORG Almost Heaven Kennel|ORG United World Wrestling|ORG JOHNNY BIENSTOCK MUSIC|ORG J.E. Dunn Construction|PERSON Mary Jones|ORG Jackson Landscaping|" +
				"ORG Brickman Facility Solutions|PERSON Ann Lee|PERSON Bob Ray|ORG Harley Marine Services|ORG Fairhaven Mill|PERSON Qalt Marine|PERSON J.S. Mill|PERSON Robert Mill|LOCATION Fort Mill|PERSON Mark J. Young|ORG Mark Young PA",
		},
		{
			// A body's name that opens with its kind and "of" goes on over
			// "and" and up to three words, an organisation the tagger read
			// in them included ("Children Services"), and over "Appeals";
			// not over a company's name, nor into a word the window cuts.
			"bodies over and, after", bodiesOverAnd,
			"The Division of Family and Children Services sued; the Office of Ocean and Coastal Resource Management ruled; " +
				"the Board of Standards and Appeals granted it; the Board of Regents and Acme Corporation settled; the Office of Banks and Averyveryveryverylongname Secondveryveryveryverylongname Thirdveryveryverylongname ruled",
			[]span{{"Division of Family", TypeOrg, SourcePattern}, {"Children Services", TypeOrg, SourceModel}, {"Office of Ocean", TypeOrg, SourcePattern},
				{"Board of Standards", TypeOrg, SourcePattern}, {"Board of Regents", TypeOrg, SourcePattern}, {"Acme Corporation", TypeOrg, SourcePattern},
				{"Office of Banks", TypeOrg, SourcePattern}},
			"ORG Division of Family and Children Services|ORG Children Services|ORG Office of Ocean and Coastal Resource Management|ORG Board of Standards and Appeals|" +
				"ORG Board of Regents|ORG Acme Corporation|ORG Office of Banks",
		},
		{
			// A name cut at an accented letter is the whole word; a cut
			// between two ASCII letters is left alone.
			"accented words", accentedWords,
			"Judge William J. Martínez on 6/13; Judge Peña; Ms. Ñandú Zola; DebtorGoss & Williams\n",
			[]span{{"William J. Mart", TypePerson, SourcePattern}, {"Judge Pe", TypePerson, SourcePattern},
				{"andú Zola", TypePerson, SourceModel}, {"Goss & Williams", TypeOrg, SourcePattern}},
			"PERSON William J. Martínez|PERSON Judge Peña|PERSON Ñandú Zola|ORG Goss & Williams",
		},
		{
			// A company's description by its place and kind after "a" or
			// "an" is that place, in capitals and over a line break too;
			// a company's name that ends in a kind is none.
			"incorporations", incorporations,
			"KTI, INC., A NEW JERSEY CORPORATION, and FINOVA, a\nDELAWARE CORPORATION; an Ohio limited liability company; the Virginia Corporation; Texas Company; AN IOWA BUSINESS TRUST sued\n",
			[]span{{"A NEW JERSEY CORPORATION", TypeOrg, SourceModel}, {"DELAWARE CORPORATION", TypeOrg, SourcePattern},
				{"Ohio limited liability company", TypeOrg, SourceModel}, {"Virginia Corporation", TypeOrg, SourceModel}, {"Texas Company", TypeOrg, SourceModel},
				{"IOWA BUSINESS TRUST", TypeOrg, SourceModel}},
			"LOCATION NEW JERSEY|LOCATION DELAWARE|LOCATION Ohio|ORG Virginia Corporation|ORG Texas Company|LOCATION IOWA",
		},
		{
			// A company's name goes on over "of" and the state, country
			// or region it is of, over a line break too; a place that is
			// no known place, or a name that is no company's, is left
			// alone.
			"companies of places", companiesOfPlaces,
			"Farm Bureau Life Insurance Company of\nMichigan (as Noteholder)\nAllianz Life Insurance Company of North America\nAcme Company of Springfield\nJohn Smith of Ohio\n" +
				"Allianz Insurance Company of North\nAmerica (as Noteholder)\n",
			[]span{{"Farm Bureau Life Insurance Company", TypeOrg, SourceModel}, {"Michigan", TypeLocation, SourceModel},
				{"Allianz Life Insurance Company", TypeOrg, SourceModel}, {"Acme Company", TypeOrg, SourceModel},
				{"John Smith", TypePerson, SourceModel}, {"Ohio", TypeLocation, SourceModel}, {"Allianz Insurance Company", TypeOrg, SourceModel}},
			"ORG Farm Bureau Life Insurance Company of\nMichigan|ORG Allianz Life Insurance Company of North America|ORG Acme Company|PERSON John Smith|LOCATION Ohio|" +
				"ORG Allianz Insurance Company of North\nAmerica",
		},
		{
			// A company's name a line break cut before its head word is
			// one name; a company that ends its line before another does
			// not take it.
			"wrapped companies", wrappedCompanies,
			"the managing member, and Rokit Phone\nCompany, LLC filed the demurrer.\nAcme Widgets Company\nBeta Corporation\nAcme Holdings\nAcme Bank\n",
			[]span{{"Rokit Phone", TypeOrg, SourceModel}, {"Company, LLC", TypeOrg, SourceModel},
				{"Acme Widgets Company", TypeOrg, SourceModel}, {"Beta Corporation", TypeOrg, SourceModel},
				{"Acme Holdings", TypeOrg, SourceModel}, {"Acme Bank", TypeOrg, SourceModel}},
			"ORG Rokit Phone\nCompany, LLC|ORG Acme Widgets Company|ORG Beta Corporation|ORG Acme Holdings|ORG Acme Bank",
		},
		{
			// A person's name a line break cut in running text is one
			// name; a list's names one a line, a name and a name in
			// capitals, a name the line goes on after, and a signature
			// block's column's name and the next line's stay apart.
			"wrapped people", wrappedPeople,
			"Appeal from the Court, Judge Mary Ellen\nCoster Williams.\nJohn Smith\nJane Doe\nsigned by Ann Lee\nBOB RAY and others\nwith Sue Fox\nTom Hill signed\ncc: R. Bruce Carlson\nStephanie K. Goldin\n" +
				"By: /s/ L. Svensson      /s/ Marcus T. Oyelaran\nLinda Svensson, CEO\nJudge\nPhilip\nJ. Weiser, Attorney General\nMegan\nA. Ring signed\n",
			[]span{{"Mary Ellen", TypePerson, SourceModel}, {"Coster Williams", TypePerson, SourceModel},
				{"John Smith", TypePerson, SourceModel}, {"Jane Doe", TypePerson, SourceModel},
				{"Ann Lee", TypePerson, SourceModel}, {"BOB RAY", TypePerson, SourceModel},
				{"Sue Fox", TypePerson, SourceModel}, {"Tom Hill", TypePerson, SourceModel},
				{"R. Bruce Carlson", TypePerson, SourceModel}, {"Stephanie K. Goldin", TypePerson, SourceModel},
				{"Marcus T. Oyelaran", TypePerson, SourceModel}, {"Linda Svensson", TypePerson, SourceModel},
				{"Philip", TypePerson, SourceModel}, {"J. Weiser", TypePerson, SourceModel}, {"Megan", TypePerson, SourceModel}, {"A. Ring", TypePerson, SourceModel}},
			"PERSON Mary Ellen\nCoster Williams|PERSON John Smith|PERSON Jane Doe|PERSON Ann Lee|PERSON BOB RAY|PERSON Sue Fox|PERSON Tom Hill|PERSON R. Bruce Carlson|PERSON Stephanie K. Goldin|" +
				"PERSON Marcus T. Oyelaran|PERSON Linda Svensson|PERSON Philip\nJ. Weiser|PERSON Megan|PERSON A. Ring",
		},
		{
			// A given name the tagger read apart from the person right
			// after it is that person's; a title is no given name, a name
			// with its middle initial is complete, and people a comma or a
			// line break parts stay apart.
			"given names apart", givenNamesApart,
			"for Gary Stingle and William David Hammons. Judge Ann Lee. Klansman Henry F. Hays. Mary, Tom Hill.\nSue\nBo Fox.",
			[]span{{"Gary Stingle", TypePerson, SourceModel}, {"William", TypePerson, SourceModel}, {"David Hammons", TypePerson, SourceModel},
				{"Judge", TypePerson, SourceModel}, {"Ann Lee", TypePerson, SourceModel}, {"Klansman", TypePerson, SourceModel}, {"Henry F. Hays", TypePerson, SourceModel},
				{"Mary", TypePerson, SourceModel}, {"Tom Hill", TypePerson, SourceModel}, {"Sue", TypePerson, SourceModel}, {"Bo Fox", TypePerson, SourceModel}},
			"PERSON Gary Stingle|PERSON William David Hammons|PERSON Judge|PERSON Ann Lee|PERSON Klansman|PERSON Henry F. Hays|PERSON Mary|PERSON Tom Hill|PERSON Sue|PERSON Bo Fox",
		},
		{
			// A given name and its initials grow back over the surname
			// and comma before them, a surname the tagger read apart
			// included; not after a place's preposition, not over
			// another name's last word, not when "and" or a wrapped
			// surname follows.
			"surnames first", surnamesFirst,
			"Opinion by Ross, Eleanor L., United States District Judge\n*275 BRADY, TOM P., J.\nat Cookeville, William J.\n\n" +
				"DEPARTMENT OF CHILD SAFETY, SARAH H., Appellees.\nPursley, Kenneth C. and Andrea Reutzel\nRoe, Mary K.\nDoe\n",
			[]span{{"Ross", TypePerson, SourceModel}, {"Eleanor L.", TypePerson, SourceModel}, {"TOM P.", TypePerson, SourceModel},
				{"William J.", TypePerson, SourceModel}, {"DEPARTMENT OF CHILD SAFETY", TypeOrg, SourceModel}, {"SARAH H.", TypePerson, SourceModel},
				{"Kenneth C.", TypePerson, SourceModel}, {"Mary K.", TypePerson, SourceModel}},
			"PERSON Ross, Eleanor L.|PERSON BRADY, TOM P.|PERSON William J.|ORG DEPARTMENT OF CHILD SAFETY|PERSON SARAH H.|PERSON Kenneth C.|PERSON Mary K.",
		},
		{
			// A person before "and Associates" is a firm; other people
			// stay people.
			"associates", associatesFirms,
			"Steven J. Sersic, Timothy F. Kelly and Associates, Munster; Ann Lee and Associated Press.",
			[]span{{"Steven J. Sersic", TypePerson, SourceModel}, {"Timothy F. Kelly", TypePerson, SourceModel}, {"Ann Lee", TypePerson, SourceModel}},
			"PERSON Steven J. Sersic|ORG Timothy F. Kelly and Associates|PERSON Ann Lee",
		},
		{
			// An organisation before "and" and a law's head word's name
			// after it are one law; other names stay apart.
			"ordinances", ordinanceNames,
			"the Chicago Residential Landlord and Tenant Ordinance; Acme Company and Tenant Union.",
			[]span{{"Chicago Residential Landlord", TypeOrg, SourceModel}, {"Tenant Ordinance", TypeOrg, SourceModel},
				{"Acme Company", TypeOrg, SourceModel}, {"Tenant Union", TypeOrg, SourceModel}},
			"LAW Chicago Residential Landlord and Tenant Ordinance|ORG Acme Company|ORG Tenant Union",
		},
		{
			// A name that opens a line starts at the first initial the
			// line before ends with after a comma or a lower-case word;
			// an initial after a given name is that name's.
			"initials at a line's end", lineInitials,
			"by and through his counsel, R.\nMark Thomas, Esquire, and files this.\nJohn R.\nMark Smith sued.\nAffirmed. Jones, J.\nRonald Bret Beattie, for appellant.\n",
			[]span{{"Mark Thomas", TypePerson, SourceModel}, {"John R.", TypePerson, SourceModel}, {"Mark Smith", TypePerson, SourceModel},
				{"Jones", TypePerson, SourceModel}, {"Ronald Bret Beattie", TypePerson, SourceModel}},
			"PERSON R.\nMark Thomas|PERSON John R.|PERSON Mark Smith|PERSON Jones|PERSON Ronald Bret Beattie",
		},
		{
			// An organisation's name that ran on over "and" into a person
			// whose initial it ended on is cut before "and"; a name with
			// "and" inside is left alone.
			"an organisation then a person", orgThenPerson,
			"Maureen J. Dightman on behalf of Association of Washington Cities and Robert E. Beaty on behalf of others; Smith and Jones Company and Acme Food and Drug Co. A.",
			[]span{{"Association of Washington Cities and Robert E", TypeOrg, SourceModel}, {"Acme Food and Drug Co", TypeOrg, SourceModel}},
			"ORG Association of Washington Cities|ORG Acme Food and Drug Co|PERSON Robert E. Beaty",
		},
		{
			// A name that is only a caption's role or a filing system's
			// goes, and one that opens with a lower-case preposition
			// starts after it.
			"role names and prepositions", dropRoleNames,
			"Plaintiff-Appellant\nv.\nAtlanta, for BM & KM, Inc., Balu Patel, defendants; the de Gaulle Group. NYSCEF DOC. NO. 45; PACER",
			[]span{{"Plaintiff-Appellant", TypePerson, SourcePattern}, {"for BM & KM, Inc.", TypeOrg, SourcePattern},
				{"Balu Patel", TypePerson, SourceModel}, {"de Gaulle Group", TypeOrg, SourceModel}, {"NYSCEF", TypeOrg, SourceModel}, {"PACER", TypeOrg, SourceModel}},
			"ORG BM & KM, Inc.|PERSON Balu Patel|ORG de Gaulle Group",
		},
		{
			// An office the tagger cut after a plural's apostrophe is one
			// with the name it read after it, over a line break.
			"plural possessives", possessiveJoins,
			"DIRECTOR, OFFICE OF WORKERS'\nCOMPENSATION PROGRAMS; the Workers' Union and Acme Mills' Board.",
			[]span{{"OFFICE OF WORKERS", TypeOrg, SourceModel}, {"COMPENSATION PROGRAMS", TypeOrg, SourceModel}, {"Acme Mills", TypeOrg, SourceModel}},
			"ORG OFFICE OF WORKERS'\nCOMPENSATION PROGRAMS|ORG Acme Mills",
		},
		{
			// So is an undefined party's role in a contract or a
			// proceeding, a title or a resolution's heading; a name with
			// one of its words is kept.
			"undefined roles and headings", dropRoleNames,
			"The Patent Owner replied. Maker shall pay Holder. Special Agent Ruiz; FURTHER RESOLVED, that; Owner Holdings LLC.\nMr. Dennis James Keenan, III\nLaw Office\n" +
				"The Trustee, any Paying Agent and the Remarketing Agent; Paying Agent Services LLC.\n",
			[]span{{"Patent Owner", TypePerson, SourceModel}, {"Maker", TypeOrg, SourceModel}, {"Holder", TypeOrg, SourceModel},
				{"Special Agent", TypeOrg, SourceModel}, {"FURTHER RESOLVED", TypeOrg, SourceModel}, {"Owner Holdings LLC", TypeOrg, SourceModel},
				{"Law Office", TypeOrg, SourceModel}, {"Trustee", TypeOrg, SourceModel}, {"Paying Agent", TypeOrg, SourceModel},
				{"Remarketing Agent", TypeOrg, SourceModel}, {"Paying Agent Services LLC", TypeOrg, SourcePattern}},
			"ORG Owner Holdings LLC|ORG Paying Agent Services LLC",
		},
		{
			// A title's one-word person runs on over the capitalised word
			// after it on its line, unless that word is a place's, another
			// title's or another name's.
			"titled given names", titledGivenNames,
			"prosecuted by Assistant United States Attorney Rick Veters. Judge Berrigan ordered; Agent Rick Texas; Mr. Jones\nSmith; Detective Ann Smith Holdings",
			[]span{{"Rick", TypePerson, SourceModel}, {"Berrigan", TypePerson, SourceModel}, {"Rick", TypePerson, SourceModel},
				{"Jones", TypePerson, SourceModel}, {"Ann", TypePerson, SourceModel}, {"Smith Holdings", TypeOrg, SourceModel}},
			"PERSON Rick Veters|PERSON Berrigan|PERSON Rick|PERSON Jones|PERSON Ann|ORG Smith Holdings",
		},
		{
			// A number opens a company's name after a party's opening word,
			// an enumerator or a caption's "v.", at a line's start when the
			// name ends the line, or glued to it; a year, a count, a
			// section's number and a page's do not.
			"number-led companies", numberLedCompanies,
			"(1) 180 LIFE SCIENCES CORP.; entitled 180 Life Sciences Corp. v. Marlene Krauss; 3M Company and 1-800 Contacts, Inc.; In 2019 Acme Corp. sued; bought 100 Acme Corp. shares; Section 12 Acme Corp.\n" +
				"1 FEDERAL DEPOSIT INSURANCE CORPORATION WASHINGTON, D.C.\n180 LIFE SCIENCES CORP.\n" +
				"by and between BXP 100 FEDERAL STREET LLC, a Delaware company; and Section 12 Acme Corp.; and Acme 100 WIDGETS LLC\n",
			[]span{{"LIFE SCIENCES CORP.", TypeOrg, SourcePattern}, {"Life Sciences Corp. v. Marlene Krauss", TypeCase, SourcePattern}, {"M Company", TypeOrg, SourceModel},
				{"Contacts, Inc.", TypeOrg, SourcePattern}, {"Acme Corp.", TypeOrg, SourcePattern}, {"Acme Corp.", TypeOrg, SourcePattern}, {"Acme Corp.", TypeOrg, SourcePattern},
				{"FEDERAL DEPOSIT INSURANCE CORPORATION", TypeOrg, SourcePattern}, {"LIFE SCIENCES CORP.", TypeOrg, SourcePattern},
				{"FEDERAL STREET LLC", TypeOrg, SourcePattern}, {"Acme Corp.", TypeOrg, SourcePattern}, {"WIDGETS LLC", TypeOrg, SourcePattern}},
			"ORG 180 LIFE SCIENCES CORP.|CASE 180 Life Sciences Corp. v. Marlene Krauss|ORG 3M Company|ORG 1-800 Contacts, Inc.|ORG Acme Corp.|ORG Acme Corp.|ORG Acme Corp.|" +
				"ORG FEDERAL DEPOSIT INSURANCE CORPORATION|ORG 180 LIFE SCIENCES CORP.|ORG BXP 100 FEDERAL STREET LLC|ORG Acme Corp.|ORG WIDGETS LLC",
		},
		{
			// An appearance names its lawyers, "of" their firm, "for" the
			// party: the names that ran over its edges keep their party's
			// part, before the lawyers and after "for".
			"lawyers of a firm for a party", ofFirmCounsel,
			"Joseph Petersen, Robert N. Potter and Allison Scott Roach of Kilpatrick Townsend & Stockton LLP for Apple Inc. and Apple Corps Ltd. Michael H. Sproule of Akabas & Cohen for Relix LLC.",
			[]span{{"Kilpatrick Townsend & Stockton LLP for Apple Inc.", TypeOrg, SourcePattern},
				{"Apple Corps Ltd. Michael H. Sproule of Akabas & Cohen for Relix LLC", TypeOrg, SourcePattern}},
			"ORG Apple Inc.|ORG Apple Corps Ltd.|ORG Kilpatrick Townsend & Stockton LLP|PERSON Joseph Petersen|PERSON Robert N. Potter|PERSON Allison Scott Roach|" +
				"ORG Relix LLC|ORG Akabas & Cohen|PERSON Michael H. Sproule",
		},
		{
			// A company whose name ends with its legal form starts at its
			// first word over "of the", a family's particle or a leading
			// number ("at" before it too), the name's mentions going; "at
			// the", "in" in either case, a lone "of" or "for", a role, a
			// title, a filing, a day, a place or people's word before the
			// connector, a person's name, a headline's capitals and a
			// connector alone before the name leave it as it is.
			"connected form starts", connectedFormStarts,
			"Family Fitness at the Rec Inc.; Defendant Cash In Jewelry and Pawn, Inc.; 7th Avenue Spa Belles Inc.; 1-800 Contacts, Inc.; " +
				"SISTERS OF THE HOLY CROSS, INC.; E.I. du Pont de Nemours & Company, Inc.\n" +
				"John Smith of the Acme Co.; The President of the Beta Co.; Counsel for Gamma Inc.; Order of Delta Corp.; sued the Zeta Co.; Smith at the Eta Inc.\n" +
				"Copy Citation In the Matter of Theta Co.; Distributors in Barrister Cigars, LLC; Banning at 8th Street LLC; Order of the Kappa Co.\n" +
				"Detroit at the Ford Motor Co.; Monday at the Lambda Co.; Engineers at the Boeing Company, Inc.; Shareholders of the Mu Group, Inc.; Ohio of the Nu Co.\n" +
				"Jury Finds Fraud In Acme Holdings, Inc. Case\nJury Finds Fraud Of The Omicron Group, Inc.",
			[]span{{"Family Fitness", TypeOrg, SourceModel}, {"Rec Inc.", TypeOrg, SourcePattern}, {"Jewelry and Pawn, Inc.", TypeOrg, SourcePattern},
				{"Avenue Spa Belles Inc.", TypeOrg, SourcePattern}, {"Contacts, Inc.", TypeOrg, SourcePattern}, {"HOLY CROSS, INC.", TypeOrg, SourcePattern},
				{"Pont de Nemours & Company, Inc.", TypeOrg, SourcePattern},
				{"John Smith", TypePerson, SourceModel}, {"Acme Co.", TypeOrg, SourcePattern}, {"Beta Co.", TypeOrg, SourcePattern},
				{"Gamma Inc.", TypeOrg, SourcePattern}, {"Delta Corp.", TypeOrg, SourcePattern}, {"Zeta Co.", TypeOrg, SourcePattern}, {"Eta Inc.", TypeOrg, SourcePattern},
				{"Matter of Theta Co.", TypeOrg, SourceModel}, {"Barrister Cigars, LLC", TypeOrg, SourcePattern}, {"Street LLC", TypeOrg, SourcePattern}, {"Kappa Co.", TypeOrg, SourcePattern},
				{"Ford Motor Co.", TypeOrg, SourcePattern}, {"Lambda Co.", TypeOrg, SourcePattern}, {"Boeing Company, Inc.", TypeOrg, SourcePattern},
				{"Mu Group, Inc.", TypeOrg, SourcePattern}, {"Nu Co.", TypeOrg, SourcePattern}, {"Acme Holdings, Inc.", TypeOrg, SourcePattern},
				{"Omicron Group, Inc.", TypeOrg, SourcePattern}},
			"ORG Family Fitness|ORG Rec Inc.|ORG Jewelry and Pawn, Inc.|ORG 7th Avenue Spa Belles Inc.|ORG 1-800 Contacts, Inc.|" +
				"ORG SISTERS OF THE HOLY CROSS, INC.|ORG E.I. du Pont de Nemours & Company, Inc.|" +
				"PERSON John Smith|ORG Acme Co.|ORG Beta Co.|ORG Gamma Inc.|ORG Delta Corp.|ORG Zeta Co.|ORG Eta Inc.|ORG Matter of Theta Co.|ORG Barrister Cigars, LLC|ORG Banning at 8th Street LLC|ORG Kappa Co.|" +
				"ORG Ford Motor Co.|ORG Lambda Co.|ORG Boeing Company, Inc.|ORG Mu Group, Inc.|ORG Nu Co.|ORG Acme Holdings, Inc.|ORG Omicron Group, Inc.",
		},
		{
			// A company named after the place it is "of" goes back over
			// its name before "of", in the place's case, and the mentions
			// the name held go; a place that is no state's or country's,
			// or a name in another case, stays out.
			"companies of a place", placeCompanies,
			"other than Cushman & Wakefield of Massachusetts, Inc. and JONES LANG OF TEXAS, LLC; Smith of Springfield, Inc.; SMITH of Texas, Inc.; " +
				"Bio-Medical Applications of the District of Columbia, Inc.",
			[]span{{"Cushman & Wakefield", TypePerson, SourceModel}, {"Massachusetts, Inc.", TypeOrg, SourcePattern}, {"TEXAS, LLC", TypeOrg, SourcePattern},
				{"Springfield, Inc.", TypeOrg, SourcePattern}, {"Texas, Inc.", TypeOrg, SourcePattern},
				{"Bio-Medical Applications", TypePerson, SourceModel}, {"District of Columbia, Inc.", TypeOrg, SourcePattern}},
			"ORG Cushman & Wakefield of Massachusetts, Inc.|ORG JONES LANG OF TEXAS, LLC|ORG Springfield, Inc.|ORG Texas, Inc.|" +
				"ORG Bio-Medical Applications of the District of Columbia, Inc.",
		},
		{
			// A judge's surname in capitals that a title after it made a
			// person goes back over the given names and initial before it,
			// after a list's "and" or comma, a ruling's word, a colon or
			// the last judge's title; a title, a ruling's word, a body's
			// word, a function word and a word of two letters are no
			// given names.
			"given names in capitals", capsGivenNames,
			"in which THOMAS T. WOODALL and TIMOTHY L. EASTER, JJ., joined.\nPRESIDING JUDGE SMITH, J.; MERCIER AND BROWN, JJ.\n" +
				"Affirmed TIMOTHY L. EASTMAN, J., delivered. AFFIRMED HOLLY KIRBY LILLARD, J. CONCURS: ALAN E. HIGHERS, J. DAVID R. FARMER, J.\n" +
				"PARISH OF JEFFERSON, J. and CC LARTY, J.",
			[]span{{"EASTER", TypePerson, SourcePattern}, {"SMITH", TypePerson, SourcePattern}, {"BROWN", TypePerson, SourcePattern},
				{"EASTMAN", TypePerson, SourcePattern}, {"LILLARD", TypePerson, SourcePattern}, {"HIGHERS", TypePerson, SourcePattern},
				{"FARMER", TypePerson, SourcePattern}, {"JEFFERSON", TypePerson, SourcePattern}, {"LARTY", TypePerson, SourcePattern}},
			"PERSON TIMOTHY L. EASTER|PERSON SMITH|PERSON BROWN|PERSON TIMOTHY L. EASTMAN|PERSON HOLLY KIRBY LILLARD|PERSON ALAN E. HIGHERS|PERSON DAVID R. FARMER|" +
				"PERSON JEFFERSON|PERSON LARTY",
		},
		{
			// A state university's campus's city after a comma is part of
			// its name; a state, a role or a body's head after the comma is not.
			"universities' campuses", universityCampuses,
			"at the University of Tennessee, Knoxville (\"UTK\"); the University of Texas, Texas; the University of Iowa, Defendant; the University of Michigan, Board of Regents.",
			[]span{{"University of Tennessee", TypeOrg, SourceModel}, {"Knoxville", TypeLocation, SourceModel}, {"University of Texas", TypeOrg, SourceModel},
				{"University of Iowa", TypeOrg, SourceModel}, {"University of Michigan", TypeOrg, SourcePattern}, {"Board of Regents", TypeOrg, SourcePattern}},
			"ORG University of Tennessee, Knoxville|ORG University of Texas|ORG University of Iowa|ORG University of Michigan|ORG Board of Regents",
		},
		{
			// A district's number is part of its name; a year after it is not.
			"districts' numbers", districtNumbers,
			"Wellpinit School District No. 49 and Community Unit School District 201-U, Will County; Independent School District #625; the Water District 2019 budget; Lake Alan Henry Water District 9.14.21 Resolution.",
			[]span{{"Wellpinit School District", TypeOrg, SourceModel}, {"Community Unit School District", TypeOrg, SourceModel},
				{"Independent School District", TypeOrg, SourceModel}, {"Water District", TypeOrg, SourceModel}, {"Lake Alan Henry Water District", TypeOrg, SourceModel}},
			"ORG Wellpinit School District No. 49|ORG Community Unit School District 201-U|ORG Independent School District #625|ORG Water District|ORG Lake Alan Henry Water District",
		},
		{
			// A counsel list's label before a name is not the name's, nor
			// is the state of the city before a lawyer, a caption's "In
			// re" or a lawyer's abbreviated title before the office; a
			// person named after a state is kept, and so is a company's
			// "Gen.".
			"labels and states before names", leadingLabels,
			"Wilmington, Delaware Martin S. Lessner, Esquire Abrams & Bayliss LLP; Wilmington, DE Kevin G. Abrams; Counsel for Correctional Medical Services, Inc.; and Virginia Ann Smith came. IN RE CARLISLE ETCETERA LLC, " +
				"Samuel K. Abrams, Attys., Department of Justice; Jane Roe, Atty., Dept. of Justice; Gen. Motors Corp.",
			[]span{{"Delaware Martin S. Lessner", TypePerson, SourceModel}, {"Esquire Abrams & Bayliss LLP", TypeOrg, SourcePattern},
				{"DE Kevin G. Abrams", TypePerson, SourceModel}, {"Counsel for Correctional Medical Services, Inc.", TypeOrg, SourceModel},
				{"Virginia Ann Smith", TypePerson, SourceModel}, {"RE CARLISLE ETCETERA LLC", TypeOrg, SourceModel},
				{"Attys., Department of Justice", TypeOrg, SourcePattern}, {"Atty., Dept. of Justice", TypeOrg, SourcePattern}, {"Gen. Motors Corp.", TypeOrg, SourcePattern}},
			"PERSON Martin S. Lessner|ORG Abrams & Bayliss LLP|PERSON Kevin G. Abrams|ORG Correctional Medical Services, Inc.|PERSON Virginia Ann Smith|ORG CARLISLE ETCETERA LLC|" +
				"ORG Department of Justice|ORG Dept. of Justice|ORG Gen. Motors Corp.",
		},
		{
			// A person's filing after the possessive is not the person's name.
			"possessive filings", possessiveFilings,
			"The court accepts Judge Strand's Report and Recommendation and Smith’s Motion; Dean's List Inc.",
			[]span{{"Strand's Report", TypePerson, SourceModel}, {"Smith’s Motion", TypePerson, SourceModel}, {"Dean's List Inc.", TypeOrg, SourceModel}},
			"PERSON Strand|PERSON Smith|ORG Dean's List Inc.",
		},
		{
			// A named storm is an event, a day no one, and an agreement's
			// version no company; a name that only has the storm's word is
			// kept, and so is the version's words not before "Agreement".
			"named storms", dropRoleNames,
			"After Hurricane Ike and TROPICAL STORM ALLISON the roofs leaked; Hurricane Holdings, Inc. paid. Today, it ruled. The Initial LLC Agreement and Amended and Restated LP Agreement; the New LLC signed.",
			[]span{{"Hurricane Ike", TypePerson, SourceModel}, {"TROPICAL STORM ALLISON", TypeLocation, SourceModel}, {"Hurricane Holdings, Inc.", TypeOrg, SourcePattern},
				{"Today", TypePerson, SourceModel}, {"Initial LLC", TypeOrg, SourceModel}, {"Amended and Restated LP", TypeOrg, SourceModel}, {"New LLC", TypeOrg, SourceModel}},
			"ORG Hurricane Holdings, Inc.|ORG New LLC",
		},
		{
			// A person's name in mixed case ends before the capitals of
			// the next party, and a heading is no person; a surname in
			// capitals after given names in mixed case stays.
			"person tails", personTails,
			"Case No. 09-10941 Hon. Lawrence P. Zatkoff CITY OF DEARBORN. I. INTRODUCTION This matter. David CARNEY, Plaintiff.",
			[]span{{"Lawrence P. Zatkoff CITY", TypePerson, SourceModel}, {"I. INTRODUCTION This", TypePerson, SourceModel},
				{"David CARNEY", TypePerson, SourceModel}},
			"PERSON Lawrence P. Zatkoff|PERSON David CARNEY",
		},
		{
			// A person read over a slash is the people it lists, each a
			// name of two words or more; a slash between other words
			// stays.
			"slashed people", slashedPeople,
			"James F Boyle/Mollie Ambrose Newcomb, for Plaintiffs; Jeffrey Leavell / Kathryn R. Long; Ann Roe/Smith",
			[]span{{"James F Boyle/Mollie Ambrose Newcomb", TypePerson, SourceModel}, {"Jeffrey Leavell / Kathryn R. Long", TypePerson, SourceModel},
				{"Ann Roe/Smith", TypePerson, SourceModel}},
			"PERSON James F Boyle|PERSON Jeffrey Leavell|PERSON Ann Roe/Smith|PERSON Mollie Ambrose Newcomb|PERSON Kathryn R. Long",
		},
		{
			// A person ends before a filing's field label the name ran
			// into, its colon after it or after its "Date"; a name whose
			// word only looks like one stays.
			"field label tails", fieldLabelTails,
			"The Honorable S. James Otero Hearing Date: August 25, 2014. Hon. Mary Smith Courtroom: 8A. Judges: Peter Ryan\nFiled Date: 3/15/2002. Mary Time filed.",
			[]span{{"S. James Otero Hearing", TypePerson, SourceModel}, {"Mary Smith Courtroom", TypePerson, SourceModel},
				{"Peter Ryan\nFiled", TypePerson, SourceModel}, {"Mary Time", TypePerson, SourceModel}},
			"PERSON S. James Otero|PERSON Mary Smith|PERSON Peter Ryan|PERSON Mary Time",
		},
		{
			// A company that is a country's initials and its form alone
			// starts at the name before it, over a comma; without a name
			// before it, it stays.
			"country form starts", countryFormStarts,
			"Defendants Home Depot, U.S.A., Inc. and HOME DEPOT U.S.A., INC.; he sued U.S.A. Co. in Ohio.\nJohn Smith Joins Toyota, USA, Inc.\nDear Mr. Smith: Nestle, USA, Ltd.",
			[]span{{"Home Depot", TypeOrg, SourceModel}, {"U.S.A., Inc.", TypeOrg, SourcePattern}, {"U.S.A., INC.", TypeOrg, SourcePattern},
				{"U.S.A. Co.", TypeOrg, SourcePattern}, {"John Smith", TypePerson, SourceModel}, {"USA, Inc.", TypeOrg, SourcePattern},
				{"USA, Ltd.", TypeOrg, SourcePattern}},
			"ORG Home Depot, U.S.A., Inc.|ORG HOME DEPOT U.S.A., INC.|ORG U.S.A. Co.|PERSON John Smith|ORG USA, Inc.|ORG Nestle, USA, Ltd.",
		},
		{
			// An organisation that is an official's name and the first
			// word of the title after it is that person; a company with
			// a comma is left alone.
			"officials", officialNames,
			"CITY ATTORNEY DAN\nS. SMITH, COUNCIL PRESIDENT\nDONNA K. WILLIAMS; Acme, Inc.; Smith Jones, Director",
			[]span{{"S. SMITH, COUNCIL", TypeOrg, SourceModel}, {"Acme, Inc.", TypeOrg, SourcePattern}, {"Smith Jones, Director", TypeOrg, SourceModel}},
			"PERSON S. SMITH|ORG Acme, Inc.|PERSON Smith Jones",
		},
		{
			// A capitalised word run over a comma into a party's kind is
			// no name, and several words after the comma are a name of
			// their own; a legal form, a national bank's form and an
			// agency's name with its comma stay.
			"comma kinds", commaKinds,
			"of this Agreement, Bank agrees. On each Funding Date, Silicon Valley Bank will lend. Acme, Inc. and Wachovia Bank, National Association " +
				"and the Bureau of Alcohol, Tobacco Board.",
			[]span{{"Agreement, Bank", TypeOrg, SourcePattern}, {"Funding Date, Silicon Valley Bank", TypeOrg, SourcePattern},
				{"Acme, Inc.", TypeOrg, SourcePattern}, {"Wachovia Bank, National Association", TypeOrg, SourcePattern},
				{"Bureau of Alcohol, Tobacco Board", TypeOrg, SourcePattern}},
			"ORG Silicon Valley Bank|ORG Acme, Inc.|ORG Wachovia Bank, National Association|ORG Bureau of Alcohol, Tobacco Board",
		},
		{
			// A public body in capitals goes on over "OF" and its place or
			// local government, and one in title case over "and" and a
			// second place; the names inside are dropped. A company's legal
			// form, a tail with no place and a sentence after "and" stay.
			"place tails", placeTails,
			"between PENINSULA PORTS AUTHORITY OF VIRGINIA, a body; HOUSING AUTHORITY OF THE CITY OF LOS ANGELES, Defendant; " +
				"the Port Authority of New York and New Jersey; ACME, INC. OF VIRGINIA; BOARD OF DIRECTORS; the Authority of Virginia and Smith agreed.",
			[]span{{"PENINSULA PORTS AUTHORITY", TypeOrg, SourcePattern}, {"VIRGINIA", TypeLocation, SourceModel},
				{"HOUSING AUTHORITY", TypeOrg, SourcePattern}, {"CITY OF LOS ANGELES", TypeOrg, SourceModel},
				{"Port Authority of New York", TypeOrg, SourcePattern}, {"New Jersey", TypeLocation, SourceModel},
				{"ACME, INC.", TypeOrg, SourcePattern}, {"BOARD", TypeOrg, SourceModel}, {"Authority of Virginia", TypeOrg, SourceModel}},
			"ORG PENINSULA PORTS AUTHORITY OF VIRGINIA|ORG HOUSING AUTHORITY OF THE CITY OF LOS ANGELES|ORG Port Authority of New York and New Jersey|" +
				"ORG ACME, INC.|ORG BOARD|ORG Authority of Virginia",
		},
		{
			// An attorney general's office goes on over the title a name
			// stopped before; an office with no state's name, or a person
			// before the title, does not.
			"attorneys general's offices", attorneyGeneralOffices,
			"Office of the West Virginia Attorney General, Charleston; New York State Office of the Attorney General, New York; " +
				"Tennessee Attorney General's Office; the Office of the Attorney General; Smith Office Supply Attorney General",
			[]span{{"Office of the West Virginia", TypeOrg, SourceModel}, {"New York State Office", TypeOrg, SourceModel},
				{"Office of the", TypeOrg, SourceModel}, {"Smith Office Supply", TypeOrg, SourceModel}},
			"ORG Office of the West Virginia Attorney General|ORG New York State Office of the Attorney General|ORG Office of the|ORG Smith Office Supply",
		},
		{
			// A public body in capitals goes on over "OF" and its subject
			// of one to three words before a comma or a semicolon; a body's
			// kind alone and a heading's longer run of capitals stay.
			"subject tails", placeTails,
			"v. STATE BOARD OF EQUALIZATION, Defendant; COLORADO STATE BOARD OF DENTAL EXAMINERS; THE BOARD OF TRUSTEES, a body; " +
				"BY THE LOS ANGELES BOARD OF POLICE COMMISSIONERS OFFICER-INVOLVED SHOOTING - 106-05",
			[]span{{"STATE BOARD", TypeOrg, SourcePattern}, {"COLORADO STATE BOARD", TypeOrg, SourcePattern}, {"THE BOARD", TypeOrg, SourceModel},
				{"LOS ANGELES BOARD", TypeOrg, SourcePattern}},
			"ORG STATE BOARD OF EQUALIZATION|ORG COLORADO STATE BOARD OF DENTAL EXAMINERS|ORG THE BOARD|ORG LOS ANGELES BOARD",
		},
		{
			// A name inside an e-mail address, before or after its "@",
			// is none; a name beside an address is kept.
			"mail parts", mailParts,
			"Email: DEphraim@riemerlaw.com; Michael Moretti <mm@svb.com>",
			[]span{{"DEphraim", TypePerson, SourceModel}, {"riemerlaw", TypeOrg, SourceModel}, {"Michael Moretti", TypePerson, SourcePattern}},
			"PERSON Michael Moretti",
		},
		{
			// A notice's contact label ends no person's name.
			"contact labels", nameEdges,
			"Attn: Mr. Michael Moretti Fax: (212) 688-5994 and Jane Roe Tel. 555-1234; Fax Holdings LLC",
			[]span{{"Michael Moretti Fax", TypePerson, SourcePattern}, {"Jane Roe Tel.", TypePerson, SourceModel}, {"Fax Holdings LLC", TypeOrg, SourcePattern}},
			"PERSON Michael Moretti|PERSON Jane Roe|ORG Fax Holdings LLC",
		},
		{
			// A wire story's dateline without a date, the city in capitals
			// and its state abbreviated before a dash, names two places,
			// the capital with its district one, in brackets, with a
			// postal code, a state's whole name ("Texas") or before a bar
			// too; a judge's line ("J.", "JJ"),
			// a person's degree ("MD") and one bracket name none.
			"undated datelines", datelines,
			"BURLINGTON, Wis. - The agency cited it.\nWASHINGTON, D.C. – The agency sued.\nWORSWICK, J. — We affirm.\nJEFFERSON CITY, Mo. (AP) - A clown.\n" +
				"(OLYMPIA, Wash.) — The agency fined it.\nTOPEKA, KS — The museum grew.\nSANTA ANA, Calif. | A jury ruled.\nSMITH, JJ — We concur.\n" +
				"JANE DOE, MD – Direct Examination\n(SALEM, Ore. — one bracket\nWACO, Texas – The agency sued.\n",
			[]span{{"BURLINGTON", TypeOrg, SourceModel}, {"WORSWICK", TypePerson, SourceModel}, {"JEFFERSON CITY", TypeOrg, SourceModel}, {"OLYMPIA", TypePerson, SourceModel}, {"SMITH", TypePerson, SourceModel},
				{"JANE DOE", TypePerson, SourceModel}, {"SALEM", TypePerson, SourceModel}},
			"PERSON WORSWICK|PERSON SMITH|PERSON JANE DOE|PERSON SALEM|LOCATION BURLINGTON|LOCATION Wis.|LOCATION WASHINGTON, D.C.|LOCATION JEFFERSON CITY|LOCATION Mo.|LOCATION OLYMPIA|LOCATION Wash.|" +
				"LOCATION TOPEKA|LOCATION KS|LOCATION SANTA ANA|LOCATION Calif.|LOCATION WACO|LOCATION Texas",
		},
		{
			// A dateline with the city alone before a dash and a sentence
			// names it a place, and one with its state written out both
			// (the text stage glues the dash to the word: "KENTUCKY-After");
			// a party's role after a comma and a heading's capitals before a
			// word in capitals are none.
			"city datelines", datelines,
			"DENVER - (Law360) A jury awarded $1 million.\nLOUISVILLE, KENTUCKY-After a trial, he was found guilty.\nACME CORPORATION, Plaintiff-Appellant,\nTORTS - NEGLIGENCE - DUTY OF CARE\n",
			[]span{{"DENVER", TypeOrg, SourceModel}, {"LOUISVILLE", TypeOrg, SourceModel}, {"ACME CORPORATION", TypeOrg, SourceModel}, {"TORTS", TypePerson, SourceModel}},
			"ORG ACME CORPORATION|PERSON TORTS|LOCATION LOUISVILLE|LOCATION KENTUCKY|LOCATION DENVER",
		},
		{
			// A town's head and kind are its name's, whatever the text
			// writes in lower case ("the city").
			"city datelines of towns' heads and kinds", datelines,
			"SALT LAKE CITY – Bugman Pest pleaded guilty near the salt flats in the city.\n",
			[]span{{"Bugman Pest", TypeLocation, SourceModel}},
			"LOCATION Bugman Pest|LOCATION SALT LAKE CITY",
		},
		{
			// A city in brackets is a dateline's; a heading's filing word or
			// word the text writes in lower case, a news service's mark and
			// a known organisation's name are none.
			"city datelines and headings", datelines,
			"(MONTGOMERY) - A state attorney said.\nFILE - In this file photo, the judge.\n(CN) - The court ruled.\nREUTERS - A judge ruled.\nOPINION - For the reasons below, we affirm.\n",
			nil,
			"LOCATION MONTGOMERY",
		},
		{
			// The first review's findings: a heading's or a news page's
			// label, a company's name, a person's name, a town's kind
			// alone, and a company whose name a state opens before a
			// glued hyphen are no datelines.
			"datelines' review", datelines,
			"FACTS - The plaintiff sued.\n", nil, "",
		},
		{
			"datelines' review: companies", datelines, "ACME CORP - The maker of widgets sued.\n", nil, "",
		},
		{
			"datelines' review: people", datelines, "JOHN SMITH - Staff Writer reports.\n", nil, "",
		},
		{
			"datelines' review: kinds", datelines, "CITY - The council voted.\n", nil, "",
		},
		{
			"datelines' review: glued companies", datelines, "JONES, Missouri-Pacific Railroad Co. appeals.\nBOISE, Idaho-Today, Judge Jason D. Scott ruled.\n", nil,
			"LOCATION BOISE|LOCATION Idaho",
		},
		{
			// A story has one dateline: a form's labels before dashes are
			// none, each alone a town's name as it may be.
			"form labels are no datelines", datelines,
			"APPLICANT - Sheldon Lobel, P.C.\nSUBJECT - Application for a permit.\n",
			nil,
			"",
		},
		{
			// A company's name that ends in "Co." or "Corp." goes on over
			// the state or the country after it; a place that is neither,
			// or a name with no such form, is left alone.
			"abbreviated forms of places", abbreviatedFormsOf,
			"for Union Oil Co. of California; of Legal Services Corp. of Alabama; Acme Co. of Springfield; Acme Bank of California.\n",
			[]span{{"Union Oil Co.", TypeOrg, SourcePattern}, {"Legal Services Corp.", TypeOrg, SourcePattern}, {"Acme Co.", TypeOrg, SourcePattern}, {"Acme Bank", TypeOrg, SourceModel}},
			"ORG Union Oil Co. of California|ORG Legal Services Corp. of Alabama|ORG Acme Co.|ORG Acme Bank",
		},
		{
			// An organisation's name in capitals ends before a lower-case
			// "and" and a name in mixed case: two parties; one word in
			// capitals, or the same case on both sides, is left alone.
			"cased lists", casedLists,
			"TEXAS DEPARTMENT OF LICENSING AND REGULATION and Texas Commission; ACME and Sons; Bank and Trust Company; SMITH TOOL AND DIE CO.\n",
			[]span{{"TEXAS DEPARTMENT OF LICENSING AND REGULATION and Texas Commission", TypeOrg, SourcePattern}, {"ACME and Sons", TypeOrg, SourceModel},
				{"Bank and Trust Company", TypeOrg, SourceModel}, {"SMITH TOOL AND DIE CO.", TypeOrg, SourcePattern}},
			"ORG TEXAS DEPARTMENT OF LICENSING AND REGULATION|ORG ACME and Sons|ORG Bank and Trust Company|ORG SMITH TOOL AND DIE CO.",
		},
		{
			// A name that opens with "&" starts at the capital letters
			// before it; a word before it is left out.
			"ampersand starts", ampersandStarts,
			"Plaintiff A & M Mower & Cyclery sued; AT & T Corp. v. Iowa Utilities Bd.; Smith & Jones LLP\n",
			[]span{{"& M Mower & Cyclery", TypeOrg, SourcePattern}, {"& T Corp. v. Iowa Utilities Bd.", TypeCase, SourcePattern}, {"& Jones LLP", TypeOrg, SourcePattern}},
			"ORG A & M Mower & Cyclery|CASE AT & T Corp. v. Iowa Utilities Bd.|ORG & Jones LLP",
		},
		{
			// A body's or a law's name starts at a plural's possessive
			// right before it; a person's or another word's possessive is
			// left out, and so is a plural without one.
			"plural possessives", pluralPossessiveStarts,
			"Children’s Plus Foster Agency; the Children’s Internet Protection Act; Smith's Plus Agency; Veterans Affairs Board; the Veterans' Benefits Act\n",
			[]span{{"Plus Foster Agency", TypeOrg, SourcePattern}, {"Internet Protection Act", TypeLaw, SourcePattern}, {"Plus Agency", TypeOrg, SourcePattern},
				{"Affairs Board", TypeOrg, SourceModel}, {"Benefits Act", TypeLaw, SourcePattern}},
			"ORG Children’s Plus Foster Agency|LAW Children’s Internet Protection Act|ORG Plus Agency|ORG Affairs Board|LAW Veterans' Benefits Act",
		},
		{
			// A state and a legal form after an article describe a
			// company: the state is a place; without the article it is
			// left alone.
			"states' forms", stateForms,
			"BURKE DERMATOLOGY, an Illinois LLC; Acme, a Texas LLC; Nevada LLC sued.\n",
			[]span{{"Illinois LLC", TypeOrg, SourcePattern}, {"Texas LLC", TypeOrg, SourcePattern}, {"Nevada LLC", TypeOrg, SourcePattern}},
			"LOCATION Illinois|LOCATION Texas|ORG Nevada LLC",
		},
		{
			// A panel's list flattened without commas, the chief judge
			// first and "JJ." last, names each judge, in place of the
			// names read over two of them; a list without the chief's
			// title is left alone.
			"flat panels", flatPanels,
			"Bell, C.J. Harrell Battaglia Greene Murphy Adkins Barbera, JJ. Opinion by Greene, J.\nSmith Jones Brown, JJ.\n",
			[]span{{"Harrell Battaglia", TypePerson, SourcePattern}, {"Adkins Barbera", TypePerson, SourcePattern}, {"Smith Jones", TypePerson, SourceModel}},
			"PERSON Smith Jones|PERSON Bell|PERSON Harrell|PERSON Battaglia|PERSON Greene|PERSON Murphy|PERSON Adkins|PERSON Barbera",
		},
		{
			// A court named with its division goes on over its
			// department, and the organisation read there goes; a court
			// without a division, or a department after a name that is
			// no court, is left alone.
			"divisions' departments", courtDivisions,
			"Court of Appeals of Arizona, Division 1, Department A.\nSuperior Court, Department B; the Agency, Division 2, Department C.\n",
			[]span{{"Court of Appeals of Arizona, Division 1", TypeCourt, SourcePattern}, {"Department A.", TypeOrg, SourceModel},
				{"Superior Court", TypeCourt, SourcePattern}, {"Agency, Division 2", TypeOrg, SourceModel}},
			"COURT Court of Appeals of Arizona, Division 1, Department A|COURT Superior Court|ORG Agency, Division 2",
		},
		{
			// Counties listed before one plural "counties" are each a
			// place by its name alone, whatever was read there; a
			// sentence's first word is none of a name, and a list with no
			// "counties" after it is left alone.
			"county lists", countyLists,
			"in Duval, Clay and Nassau counties. In Bastrop, Santa Barbara, and Travis Counties the rain fell. Smith and Jones sued.\n",
			[]span{{"Clay", TypePerson, SourceModel}, {"Santa Barbara", TypePerson, SourceModel}, {"Smith", TypePerson, SourceModel}},
			"PERSON Smith|LOCATION Duval|LOCATION Clay|LOCATION Nassau|LOCATION Bastrop|LOCATION Santa Barbara|LOCATION Travis",
		},
		{
			// A Texas court of civil appeals goes on over its seat, as a
			// court of appeals does; a seat that is none of Texas's courts'
			// is left out.
			"Texas's courts' seats", courtSeats,
			"Court of Civil Appeals of Texas, Dallas, 1966. COURT OF CIVIL APPEALS OF TEXAS, Springfield.\n",
			[]span{{"Court of Civil Appeals of Texas", TypeCourt, SourcePattern}, {"COURT OF CIVIL APPEALS OF TEXAS", TypeCourt, SourcePattern}},
			"COURT Court of Civil Appeals of Texas, Dallas|COURT COURT OF CIVIL APPEALS OF TEXAS",
		},
		{
			// A heading's word in capitals after a person's name in mixed
			// case is none of it; a name in capitals keeps its last word.
			"headings after names", nameEdges,
			"Before: Ken S. Welsch DECISION AND ORDER; JOHN Q. ORDER signed.\n",
			[]span{{"Ken S. Welsch DECISION", TypePerson, SourceModel}, {"JOHN Q. ORDER", TypePerson, SourceModel}},
			"PERSON Ken S. Welsch|PERSON JOHN Q. ORDER",
		},
		{
			// A web page's image of a body's name ends the name; a
			// person named Logo is left alone.
			"logos", nameEdges,
			"Department of Labor Logo OSHA News Release\nBy Ann Logo Smith.",
			[]span{{"Department of Labor Logo OSHA News Release", TypeOrg, SourcePattern}, {"Ann Logo Smith", TypePerson, SourceModel}},
			"ORG Department of Labor|PERSON Ann Logo Smith",
		},
		{
			// Two companies run into one name, each complete with its
			// legal form, or joined by "and", are two; a company's word
			// before a name's last words, or one word after a form, is
			// left alone.
			"companies run together", nameEdges,
			"ABM Building Solutions, LLC ABM Parking Services, Inc. sued; Coach Inc and Coach Services Inc sued; Acme Company Holdings, Inc.; Beta LLC Inc.; Monsanto Company and Monsanto Technology LLC.\n",
			[]span{{"ABM Building Solutions, LLC ABM Parking Services, Inc.", TypeOrg, SourceModel}, {"Coach Inc and Coach Services Inc", TypeOrg, SourceModel},
				{"Acme Company Holdings, Inc.", TypeOrg, SourcePattern}, {"Beta LLC Inc.", TypeOrg, SourcePattern}, {"Monsanto Company and Monsanto Technology LLC", TypeOrg, SourceModel}},
			"ORG ABM Building Solutions, LLC|ORG Coach Inc|ORG Acme Company Holdings, Inc.|ORG Beta LLC Inc.|ORG Monsanto Company|ORG ABM Parking Services, Inc.|ORG Coach Services Inc|ORG Monsanto Technology LLC",
		},
		{
			// A bare honorific, and "Honorable" with its article, is no
			// part of a person's name; an organisation read there whose
			// rest is a person's name is that person, one with an
			// organisation's word is left alone.
			"bare honorifics", bareHonorificStarts,
			"Ms Pamela Roberts; MS CHRYSTE GAINES; HONORABLE A.C. MCKAY CHAUVIN; The Honorable David R. COLE; HONORABLE HAMILTON; Dr Pepper Bottling Company; Mrs. Baird.\n",
			[]span{{"Ms Pamela Roberts", TypePerson, SourceModel}, {"MS CHRYSTE GAINES", TypeOrg, SourceModel}, {"HONORABLE A.C. MCKAY CHAUVIN", TypeOrg, SourceModel},
				{"The Honorable David R. COLE", TypeOrg, SourceModel}, {"HONORABLE HAMILTON", TypePerson, SourceModel}, {"Dr Pepper Bottling Company", TypeOrg, SourceModel}},
			"PERSON Pamela Roberts|PERSON CHRYSTE GAINES|PERSON A.C. MCKAY CHAUVIN|PERSON David R. COLE|PERSON HAMILTON|ORG Dr Pepper Bottling Company",
		},
		{
			// A name read over a headline, a verb between its subject and
			// its object, is none; a name ending in the verb, a case and a
			// name without the verb are left alone.
			"headlines", headlineNames,
			"Major Book Publisher Sues Florida School District\nCalifornia Settles Lead Toy Laws\nAcme Sues over fees; Smith v. Jones Upholds Co.; Florida School District\n",
			[]span{{"Major Book Publisher Sues Florida School District", TypeOrg, SourceModel}, {"California Settles Lead Toy Laws", TypeLaw, SourcePattern},
				{"Acme Sues", TypeOrg, SourceModel}, {"Smith v. Jones Upholds Co.", TypeCase, SourcePattern}, {"Florida School District", TypeOrg, SourceModel}},
			"ORG Acme Sues|CASE Smith v. Jones Upholds Co.|ORG Florida School District",
		},
		{
			// A clause's opening word and its article open no body's or
			// place's name; a name that is such a word alone, or a person,
			// is left alone.
			"clause openers", nameEdges,
			"Since the Labor Department ruled, So the Park District paid. When Harry Met Sally LLC; Since the Smith.\n",
			[]span{{"Since the Labor Department", TypeOrg, SourceModel}, {"So the Park District", TypeOrg, SourceModel}, {"When Harry Met Sally LLC", TypeOrg, SourcePattern},
				{"Since the Smith", TypePerson, SourceModel}},
			"ORG Labor Department|ORG Park District|ORG When Harry Met Sally LLC|PERSON Since the Smith",
		},
		{
			// A meeting's minutes are the body's record, not its name,
			// before it or after it; a body named for minutes alone is
			// left alone, and "Meeting" stays where it would be all that
			// is left but one word.
			"minutes", nameEdges,
			"MINUTES OF COLORADO TRAMWAY SAFETY BOARD\nZoning Board of Appeals Meeting Minutes; Planning Board Minutes; Minutes Ltd. sued; Board Meeting Minutes.",
			[]span{{"MINUTES OF COLORADO TRAMWAY SAFETY BOARD", TypeOrg, SourceModel}, {"Zoning Board of Appeals Meeting Minutes", TypeOrg, SourceModel},
				{"Planning Board Minutes", TypeOrg, SourceModel}, {"Minutes Ltd.", TypeOrg, SourcePattern}, {"Board Meeting Minutes", TypeOrg, SourceModel}},
			"ORG COLORADO TRAMWAY SAFETY BOARD|ORG Zoning Board of Appeals|ORG Planning Board|ORG Minutes Ltd.|ORG Board Meeting",
		},
		{
			// A counsel block run into one line: a lawyer's generation
			// opens no firm, "Post Office Box" is neither the firm's nor
			// the city's, and a firm of partners goes on back over "and"
			// and three or more of their names (the tagger's person
			// inside goes); a person's names, a titled person and a
			// company's name before "and" stay.
			"counsel line edges", counselLineEdges,
			"J. Rock Palermo, III Veron, Bice, Palermo & Wilson, LLC Post Office Box 2125 Lake Charles; Fiorenza & Sobel Post Office Box Baton Rouge; " +
				"Ogden, and Wilmer Cutler Pickering Hale and Dorr LLP were on brief; John Smith and Jones LLP; appellees Sherman International Corporation and Constar, Inc. " +
				"2013. Judge Jane Doe and Globex Corporation met.",
			[]span{{"III Veron, Bice, Palermo & Wilson, LLC", TypeOrg, SourcePattern}, {"Fiorenza & Sobel Post", TypeOrg, SourceModel},
				{"Box Baton Rouge", TypeLocation, SourcePattern}, {"Wilmer Cutler", TypePerson, SourceModel}, {"Dorr LLP", TypeOrg, SourcePattern},
				{"John Smith", TypePerson, SourcePattern}, {"Jones LLP", TypeOrg, SourcePattern}, {"Sherman International Corporation", TypeOrg, SourcePattern},
				{"Constar, Inc.", TypeOrg, SourcePattern}, {"Jane Doe", TypePerson, SourcePattern}, {"Globex Corporation", TypeOrg, SourcePattern}},
			"ORG Veron, Bice, Palermo & Wilson, LLC|ORG Fiorenza & Sobel|LOCATION Baton Rouge|ORG Wilmer Cutler Pickering Hale and Dorr LLP|PERSON John Smith|ORG Jones LLP|" +
				"ORG Sherman International Corporation|ORG Constar, Inc.|PERSON Jane Doe|ORG Globex Corporation",
		},
		{
			// A firm starts after the lawyers' names in capitals run into
			// it, each a person; a company whose name has capitals and a
			// middle initial but no mixed-case word after them stays.
			"counsel line lawyers", counselLineEdges,
			"For Appellant Ann W. Rowe EDNA W. SLOAN KARL L. TRENT Moss & Slane Co., LPA 351 W. Main Street; JOHN Q. PUBLIC CORP. sued.",
			[]span{{"Ann W. Rowe EDNA W. SLOAN KARL L. TRENT Moss & Slane Co., LPA", TypeOrg, SourcePattern}, {"JOHN Q. PUBLIC CORP.", TypeOrg, SourcePattern}},
			"ORG Moss & Slane Co., LPA|ORG JOHN Q. PUBLIC CORP.|PERSON EDNA W. SLOAN|PERSON KARL L. TRENT",
		},
		{
			// A firm's partners before "and" start after a party's role
			// that opens them; a person whose surname opens the company's
			// name after "and" is the family's, no partner, and roles alone
			// are no partners.
			"counsel line roles", counselLineEdges,
			"against Defendant Pittsburg Tank and Tower Maintenance Co., Inc. Then Defendants Craig Chesley and ChesleyCo, Inc. answered. " +
				"Plaintiffs Appellants Defendants and Smith LLP.",
			[]span{{"Pittsburg Tank", TypePerson, SourceModel}, {"Tower Maintenance Co., Inc.", TypeOrg, SourcePattern},
				{"Craig Chesley", TypePerson, SourceModel}, {"ChesleyCo, Inc.", TypeOrg, SourcePattern}, {"Smith LLP", TypeOrg, SourcePattern}},
			"ORG Pittsburg Tank and Tower Maintenance Co., Inc.|PERSON Craig Chesley|ORG ChesleyCo, Inc.|ORG Smith LLP",
		},
		{
			// "Republic of China" after "People's" is the People's
			// Republic, in capitals too; a republic without it stays.
			"people's republics", peoplesRepublics,
			"the People's Republic of China, the DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA and the Republic of Korea",
			[]span{{"Republic of China", TypeLocation, SourceModel}, {"REPUBLIC OF KOREA", TypeLocation, SourceModel}, {"Republic of Korea", TypeLocation, SourceModel}},
			"LOCATION People's Republic of China|LOCATION DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA|LOCATION Republic of Korea",
		},
		{
			// The tagger's one-word person, a given name, grows over the
			// surname it left out (one or two words, in its case, on its
			// line, that no other mention covers); a business's words, a
			// place's kind, a legal form after the words or a longer run
			// of capitalised words are no surname.
			"given names' surnames", givenSurnames,
			"(212) 594-5000 Albert Togut Scott E. Ratner; defendant (Joshua Harding) used; And Tammy Jo Love MICHAEL R. TRAVEN; STEPHEN SEELENFREUND : " +
				"Pautler Oil Service; Davidson County; Thomas Family Winery; Harold Smith LLP; Ronald Ames Brown Bridge.",
			[]span{{"Albert", TypePerson, SourceModel}, {"Scott E. Ratner", TypePerson, SourceModel}, {"Joshua", TypePerson, SourceModel},
				{"Tammy", TypePerson, SourceModel}, {"MICHAEL R. TRAVEN", TypePerson, SourceModel}, {"STEPHEN", TypePerson, SourceModel},
				{"Pautler", TypePerson, SourceModel}, {"Davidson", TypePerson, SourceModel}, {"Thomas", TypePerson, SourceModel},
				{"Harold", TypePerson, SourceModel}, {"Ronald", TypePerson, SourceModel}},
			"PERSON Albert Togut|PERSON Scott E. Ratner|PERSON Joshua Harding|PERSON Tammy Jo Love|PERSON MICHAEL R. TRAVEN|PERSON STEPHEN SEELENFREUND|" +
				"PERSON Pautler|PERSON Davidson|PERSON Thomas|PERSON Harold|PERSON Ronald",
		},
		{
			// A person the patterns cut after one surname grows over the
			// second surname the tagger read with it; a city before its
			// state and a title are no surnames.
			"second surnames", secondSurnames,
			"The witness Jorge R. Urrutia Valles testified. James L. Harris Owensboro, Kentucky; Cesar E. Corvera Santamaria; Mary K. Lee Supervisor.",
			[]span{{"Jorge R. Urrutia", TypePerson, SourcePattern}, {"Jorge R. Urrutia Valles", TypePerson, SourceModel},
				{"James L. Harris", TypePerson, SourcePattern}, {"James L. Harris Owensboro", TypePerson, SourceModel},
				{"Cesar E. Corvera", TypePerson, SourcePattern}, {"Cesar E. Corvera Santamaria", TypePerson, SourceModel},
				{"Mary K. Lee", TypePerson, SourcePattern}, {"Mary K. Lee Supervisor", TypePerson, SourceModel}},
			"PERSON Jorge R. Urrutia Valles|PERSON Jorge R. Urrutia Valles|PERSON James L. Harris|PERSON James L. Harris Owensboro|" +
				"PERSON Cesar E. Corvera Santamaria|PERSON Cesar E. Corvera Santamaria|PERSON Mary K. Lee|PERSON Mary K. Lee Supervisor",
		},
		{
			// A list of three or more states by their kind names parties,
			// organisations, its first and its last too; two, or a state
			// alone, stay places.
			"states listed", stateListParties,
			"Amici: STATE OF HAWAII; STATE OF IDAHO; STATE OF ILLINOIS; COMMONWEALTH OF KENTUCKY. Venue: State of Texas, State of Ohio. The State of Maine.",
			[]span{{"STATE OF HAWAII", TypeLocation, SourceModel}, {"STATE OF IDAHO", TypeLocation, SourceModel}, {"STATE OF ILLINOIS", TypeLocation, SourceModel},
				{"COMMONWEALTH OF KENTUCKY", TypeLocation, SourceModel}, {"State of Texas", TypeLocation, SourceModel}, {"State of Ohio", TypeLocation, SourceModel},
				{"State of Maine", TypeLocation, SourceModel}},
			"ORG STATE OF HAWAII|ORG STATE OF IDAHO|ORG STATE OF ILLINOIS|ORG COMMONWEALTH OF KENTUCKY|LOCATION State of Texas|LOCATION State of Ohio|LOCATION State of Maine",
		},
		{
			// A surname a particle opens goes on after the name: a
			// particle in lower case after it, or the rest after a
			// capitalised particle the name ends with; a place after the
			// particle is no surname.
			"particles' surnames", particleNames,
			"María José de la Cruz; Barbara Van Den Arend; Robert F. Van der Waag; Maria Van Texas; Jan Van.",
			[]span{{"María José", TypePerson, SourceModel}, {"Barbara Van", TypePerson, SourceModel}, {"Robert F. Van", TypePerson, SourcePattern},
				{"Maria Van", TypePerson, SourceModel}, {"Jan Van", TypePerson, SourceModel}},
			"PERSON María José de la Cruz|PERSON Barbara Van Den Arend|PERSON Robert F. Van der Waag|PERSON Maria Van|PERSON Jan Van",
		},
		{
			// A municipality's name alone is the place where the text
			// names it by its kind too, the tagger's person of that name
			// too; inside a longer name, after "of" or under another
			// mention it is none.
			"municipal places", municipalPlaces,
			"v. Town of Hebron. The petitioner owns property in Hebron near Hebron Bay. Gilbert is where the Town of Gilbert sits; " +
				"the Hebron Planning Board and West Hebron; Hebron's zoning. Danbury is in the City of Danbury.",
			[]span{{"Town of Hebron", TypeOrg, SourcePattern}, {"Hebron Bay", TypeLocation, SourceModel}, {"Gilbert", TypePerson, SourceModel},
				{"Hebron Planning Board", TypeOrg, SourceModel}, {"Danbury", TypeOrg, SourceModel}},
			"ORG Town of Hebron|LOCATION Hebron Bay|LOCATION Gilbert|ORG Hebron Planning Board|LOCATION Danbury|LOCATION Hebron|LOCATION Hebron",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := typedTexts(tc.text, tc.mend(tc.text, spansIn(tc.text, tc.spans...))); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}
