package extract

import (
	"iter"
	"regexp"
	"slices"
	"strings"
)

// panelOpen is the word that opens an appellate panel's list: "Before
// McMILLIAN, BEAM and MURPHY, Circuit Judges.", "Before: CONTIE, RYAN, and
// BOGGS, Circuit Judges.", "Before" / "Howard, Chief Judge," / "Selya and
// Barron, Circuit Judges.", also where a web page runs the header into one
// line ("____________ Before FLAUM, Chief Judge, and …", "… WESTERN
// DISTRICT OF MICHIGAN BEFORE: GILMAN, …", "DECIDED: July 16, 1998 Before
// MAYER, Chief Judge, …"), the Second Circuit's spaced "B e f o r e:",
// Maryland's "Argued Before BELL, C.J., RAKER, CATHELL[*], …, JJ." and
// Nebraska's "Heard before WHITE, C. J., and SPENCER, …"; and at a line's
// start, Massachusetts' "Present: Sullivan, Maldonado, & Neyman, JJ." and
// the Board of Immigration Appeals' "BEFORE: Board Panel: MALPHRUS,
// GOODWIN, and CREPPY, Board Members.". The list must end in a judges'
// title (panelList), which a sentence's "Before the court is …" does not.
var panelOpen = regexp.MustCompile(`(?m)(?:\b(?:(?:Argued|ARGUED|Heard|HEARD|Submitted|SUBMITTED)[ \t]+(?:before|Before|BEFORE)|Before|BEFORE|B[ \t]e[ \t]f[ \t]o[ \t]r[ \t]e)|^[ \t]*(?:Present|PRESENT|Coram|CORAM)):?(?:[ \t]+|[ \t]*\n\s*)(?:(?:Board[ \t]+)?Panel:[ \t]*)?`)

// panelHonorific may precede a judge's name on the panel's line.
var panelHonorific = regexp.MustCompile(`^(?:(?:the|The)[ \t]+)?(?:Honorable|HONORABLE|Hon\.)[ \t]+`)

// panelName is a judge's name on a panel's line: up to four words, each a
// capitalised word ("McMILLIAN", "O'Scannlain", "Wren-Adair") or an
// initial, or initials without a space ("D.H. GINSBURG"), or "St." ("Amy
// J. St. Eve"); a footnote's number may follow it ("DORR,1").
var panelName = regexp.MustCompile(`^(?:[A-Z][A-Za-z'’\-]+|[A-Z]\.(?:[A-Z]\.)*)(?:[ \t]+(?:St\.|[A-Z][A-Za-z'’\-]+|[A-Z]\.(?:[A-Z]\.)*)){0,3}`)

// panelTitle is a judge's title after the name, and whether it is plural
// (it then closes the list): "Chief Judge", "Circuit Judges" (over a line
// break too), "Senior District Judge", Delaware's "President Judge" and
// "Justice, Retired", "Administrative Patent Judges",
// "Administrative Trademark Judges", "JJ.", Connecticut's "JS.", "C.J.",
// New York's "J.P.", the Board of Immigration Appeals' "Board Members", a
// commission's "Chairman" and "Commissioners".
var panelTitle = regexp.MustCompile(`^(?:(?:(?i:chief|senior|circuit|district|bankruptcy|magistrate|associate|appellate|acting|administrative|patent|trademark|law|immigration|vice|presiding|president|military|temporary)(?:[ \t]+|[ \t]*\n[ \t]*)){0,3}(?i:(judges|justices|board[ \t]+members|commissioners)|(?:judge|justice)(?:,[ \t]+(?i:retired)\b)?|board[ \t]+member|commissioner|chairman|chairwoman)|(JJ\.|JS\.)|(?:(?i:acting)[ \t]+)?(?:C\.[ \t]?J\.|P\.[ \t]?J\.|J\.[ \t]?P\.)|J\.|J\b)`)

// panelMark is a footnote's mark in brackets after a judge's name
// ("CATHELL[*], HARRELL"), as a web page writes a star.
const panelMark = `(?:\[[*†\d]{1,3}\])?`

// panelComma is the gap between a judge's name and title: a comma, with a
// footnote's number or mark after it or before it ("DORR,1 District
// Judge", "Casellas,* District Judge", "MILLS*, Senior District Judge",
// "KING,[*] Senior Judges"), or a space.
var panelComma = regexp.MustCompile(`^(?:` + panelMark + `[*†]{0,2}[ \t]*,[*†\d]{0,2}` + panelMark + `)?(?:[ \t]+|[ \t]*\n\s*)`)

// panelMore goes on with a list after a plural title: ", and ".
var panelMore = regexp.MustCompile(`^,[ \t]+and[ \t]+`)

// panelSep is what separates the judges of the list: a comma, "and", or a
// semicolon after a judge's title ("SUTTON, Chief Judge; BATCHELDER and
// LARSEN, Circuit Judges"), a footnote's mark before or after the comma
// ("ROONEY, C.J.,[*] and RAPER").
var panelSep = regexp.MustCompile(`^(?:` + panelMark + `[ \t]*,?[*†\d]{0,2}` + panelMark + `(?:[ \t]+|[ \t]*\n\s*)(?:and|AND|&)(?:[ \t]+|[ \t]*\n\s*)|` + panelMark + `[ \t]*[,;][*†\d]{0,2}` + panelMark + `(?:[ \t]+|[ \t]*\n\s*))`)

// panelJudges returns the judges an appellate opinion's "Before" line
// names (panelOpen), or, without one, a line of judges up to their plural
// title (panelLine). The list must end in a judges' title ("Circuit
// Judges", "JJ.") or give one to each name, so that a sentence that starts
// with "Before" ("Before preparing any documents …", "Before the court is
// …") names nobody. The words "before" the gate looks for in lower case
// are the heard, argued or submitted panel's.
func panelJudges(t string) []cand {
	var out []cand
	if containsAny(t, []string{"Before", "BEFORE", "Present", "PRESENT", "Coram", "CORAM", "B e f o r e", "d before", "D before"}) {
		for _, m := range panelOpen.FindAllStringIndex(t, -1) {
			out = append(out, panelList(t, m[1])...)
		}
	}
	if len(out) == 0 && containsAny(t, []string{"JJ.", "JS.", "Judges.", "Justices.", "JUDGES.", "JUSTICES."}) {
		for _, m := range panelLine.FindAllStringSubmatchIndex(t, -1) {
			out = append(out, panelList(t, m[2])...)
		}
	}
	return out
}

// panelLine is a panel's line without "Before", the judges' surnames and
// titles alone on it up to their plural title, as some states' reports
// print them: Connecticut's "HOUSE, C. J., COTTER, LOISELLE, BOGDANSKI and
// BARBER, JS.", Nebraska's "Irwin, Inbody, and Pirtle, Judges.", New
// York's "Webber, J.P., Friedman, Gonzalez, Mendez, JJ.". panelList reads
// it from the line's first word, group 1's start.
var panelLine = regexp.MustCompile(`(?m)^[ \t]*([A-Z][A-Za-z'’\-]+),[^\n]{0,300}?(?:,|[ \t]and)[ \t]+(?:JJ\.|JS\.|(?:(?i:circuit|district|associate|appellate|senior)[ \t]+)?(?i:judges|justices)\.)[ \t]*$`)

// panelList reads the list of judges from i on.
func panelList(t string, i int) []cand {
	var names []cand
	titled := false
	for len(names) < 15 {
		if h := panelHonorific.FindStringIndex(t[i:]); h != nil {
			i += h[1]
		}
		n := panelName.FindStringIndex(t[i:])
		if n == nil {
			return nil
		}
		s, e := i+n[0], i+n[1]
		// The name ends before a title's words ("JONES Circuit Judges"),
		// before "AND" in a list in capitals ("KUHN AND DOWNING, JJ."),
		// and before a postnominal one that ends it ("McLachlin C.J. and
		// Abella, …, JJ."): a first "J." or one before a surname ("Amy J.
		// St. Eve") is an initial.
		ws := words(t[s:e], s)
		for k, w := range ws {
			if panelWord(w.text) || k > 0 && w.text == "AND" || k > 0 && k == len(ws)-1 && postnominal[strings.ToLower(strings.TrimSuffix(w.text, "."))] {
				e = w.start
				break
			}
		}
		e = len(strings.TrimRight(t[:e], " \t\n"))
		if e <= s {
			return nil // "Before Chief Judge …" is another form
		}
		names = append(names, cand{typ: TypePerson, start: s, end: e, source: SourcePattern})
		i = e
		// The name's title, after a comma or not: "Howard, Chief Judge,".
		if g := panelComma.FindStringIndex(t[i:]); g != nil {
			if tm := panelTitle.FindStringSubmatchIndex(t[i+g[1]:]); tm != nil {
				titled = true
				i += g[1] + tm[1]
				// A plural title closes the list, unless "and" a judge
				// of another court follows ("CARNES and MARCUS, Circuit
				// Judges, and MILLS*, Senior District Judge").
				if (tm[2] >= 0 || tm[4] >= 0) && !panelMore.MatchString(t[i:]) {
					return names
				}
			}
		}
		sep := panelSep.FindStringIndex(t[i:])
		if sep == nil {
			break
		}
		i += sep[1]
	}
	if !titled {
		return nil
	}
	return names
}

// postnominal are the judges' titles written after their names, without
// the last period: "C.J.", "J.", "JJ.", "JS.", "P.J.", "J.P.".
var postnominal = wordSet(`c.j j jj js p.j j.p`)

// panelWord reports whether w is a word of a judge's title, which cannot
// open a judge's name.
func panelWord(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "chief", "senior", "circuit", "district", "bankruptcy", "magistrate", "associate", "appellate", "acting",
		"administrative", "patent", "immigration", "vice", "presiding", "president", "military", "judge", "judges", "justice", "justices", "the", "court":
		return true
	}
	return false
}

// judgeTitle is a judge's title read as an organisation: "United States
// District Judge for the District" (of Minnesota).
var judgeTitle = regexp.MustCompile(`(?i)\bjudges?[ \t\n]+for[ \t\n]+the\b`)

// judgeAfter is a judge's title right after a court's name the patterns
// read as an organisation: "United States District" + " Judge".
var judgeAfter = regexp.MustCompile(`^[ \t]+(?:Judges?|JUDGES?)\b`)

// divisionPlace is a court's division alone, which names no place:
// "Western District" (of Missouri) cut by a line break.
var divisionPlace = regexp.MustCompile(`^(?i:eastern|western|northern|southern|middle)[ \t\n]+(?i:district)$`)

// honorifics are the honorifics before a judge's name, alone no name.
var honorifics = wordSet(`Hon Honorable HON HONORABLE`)

// judgeDepartment is a judge's name between the honorific and the
// department of a court the judge sits in ("Hon. Elihu M. Berle, Dept."),
// group 1.
var judgeDepartment = regexp.MustCompile(`^(?:Hon\.|Honorable|HON\.|HONORABLE)[ \t]+([^,]+),[ \t]*(?:Dept\.|Department|DEPT\.)$`)

// dropJudgeTitles removes what a judge's title left among the names: a
// title read as an organisation, a judge read with the court's department
// as one (judgeDepartment), and a division read as a place
// (officeTitles drops the country in "Assistant United States Attorney").
func dropJudgeTitles(t string, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		s := t[c.start:c.end]
		// "Hon. Elihu M. Berle, Dept." of "…, Dept. 6": a judge and the
		// department the judge sits in, read as an organisation by its
		// abbreviation; the judge is the person.
		if m := judgeDepartment.FindStringSubmatchIndex(s); m != nil && c.typ == TypeOrg && !c.party && personLike(s[m[2]:m[3]]) {
			c.typ, c.start, c.end = TypePerson, c.start+m[2], c.start+m[3]
			s = t[c.start:c.end]
		}
		switch {
		case c.typ == TypeOrg && !c.party && (judgeTitle.MatchString(s) || courtEnd(s) && judgeAfter.MatchString(t[c.end:])):
			continue
		case c.typ == TypeLocation && !c.party && divisionPlace.MatchString(s):
			continue
		case nameType(c.typ) && !c.party && honorifics[strings.TrimSuffix(s, ".")]:
			continue // "Hon" of "Judge: Hon. Mary Smith"
		}
		out = append(out, c)
	}
	return out
}

// courtEnd reports whether the name s ends in a word of a court's name
// ("District", "Circuit", "States"), which a judge's title continues.
func courtEnd(s string) bool {
	f := strings.Fields(s)
	last := strings.ToLower(f[len(f)-1])
	return courtWords[last] || last == "states"
}

// initialledName is a person's name with an initial first or in the
// middle: "N. Louise Ellingsworth", "Harvey B. Cox".
var initialledName = regexp.MustCompile(`^(?:[A-Z]\.[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+[A-Z]\.)[ \t]+[A-Z][a-z][A-Za-z'’\-]*$`)

// initialledPeople types as a person the organisation that is a person's
// name with an initial and no word of an organisation's: the tagger's (a
// counsel list's "N. Louise Ellingsworth") and a rule's (the second
// lawyer of "Paul J. Peter, Gary L. Young, Lincoln, NE, for appellant",
// read as a firm's slot); a journal cited by its abbreviation ("Fordham
// L. Rev") is none.
func initialledPeople(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ == TypeOrg && !journalEnd.MatchString(t[c.start:c.end]) && initialledName.MatchString(t[c.start:c.end]) && !hasOrgWord(t[c.start:c.end]) &&
			!orgSuffix[strings.ToLower(lastWord(t[c.start:c.end]))] {
			cs[i].typ = TypePerson
		}
	}
	return cs
}

// inCapacity is what a caption writes after a person sued in an office:
// ", in her official capacity as Trustee", ", in his individual capacity".
var inCapacity = regexp.MustCompile(`^,?[ \t\n]+(?i:in)[ \t\n]+(?i:his|her)[ \t\n]+(?i:official|individual|personal)[ \t\n]+(?i:capacit)`)

// leadingTitle is a title before a person's name in the tagger's span:
// "Judge Mark E. Fuller", "Magistrate Judge Dennis Howell", "ALJ Wood",
// and a panel's opening word ("Before Torruella, Chief Judge").
var leadingTitle = regexp.MustCompile(`^(?:Before[ \t]+|BEFORE[ \t]+|Opinion[ \t]+|(?:(?:Chief|Senior|Magistrate|District|Circuit|Bankruptcy|Associate|Presiding|Acting|Honorable|Hon\.|The|Administrative[ \t]+Law)[ \t]+)*(?:Judge|Justice|JUDGE|JUSTICE|Honorable|HONORABLE|Hon\.|Dr\.|DR\.|Mr\.|MR\.|Ms\.|MS\.|Mrs\.|MRS\.|ALJ|A\.L\.J\.)[ \t]+)`)

// officialTitle is an official's or an officer's title before a person's
// name in the tagger's span: "Chairwoman Rosenworcel", "Vice Chairman
// Jefferson", "Administrator Regan", "Mayor Adams", "Warden Birkholz";
// and a litigant's role ("Plaintiff Warren Mitchell").
var officialTitle = regexp.MustCompile(`^(?:(?:Vice|Acting|Deputy|Assistant|Former|Regional|Associate|Special)[ \t]+)*` +
	`(?:Chairman|Chairwoman|Chairperson|Chair|Commissioner|Secretary|Mayor|Director|Administrator|Governor|Senator|Representative|` +
	`Superintendent|Inspector|Sheriff|Officer|Detective|Agent|Trooper|Sergeant|Sgt\.|Lieutenant|Lt\.|Captain|Capt\.|Warden|` +
	// A litigant's role: "Plaintiff Warren Mitchell, a former member …".
	`Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Intervenor|Claimant|Movant|Relator|Debtor|Complainant)[ \t]+`)

// partyOfficeTitle is an official's office before the name of a party
// sued by both: "INSURANCE COMMISSIONER ", "Secretary ", "SHERIFF ".
var partyOfficeTitle = regexp.MustCompile(`^(?:(?:[A-Z][a-z]+|[A-Z]{2,})[ \t]+){0,2}(?:Commissioner|COMMISSIONER|Secretary|SECRETARY|Director|DIRECTOR|Sheriff|SHERIFF|Warden|WARDEN)[ \t]+`)

// connectorWord are the words that go on an office's name after its
// title ("SECRETARY OF LABOR"), never a holder's name.
var connectorWord = wordSet(`of for the and to`)

// trailingCaption is a caption's word a title pattern ran on into after a
// name: "Chief Judge Wiley Y. Daniel Civil Action No. …".
var trailingCaption = regexp.MustCompile(`[ \t]+(?:Civil|CIVIL|Criminal|CRIMINAL|Case|CASE|Docket|DOCKET)$`)

// personForms mends people's names: one sued "in his official capacity"
// is a person whatever the tagger said ("ANTONIO ESQUIBEL, in his official
// capacity as Trustee"), and so is a party sued by office and name
// ("INSURANCE COMMISSIONER CASSIE BROWN", partyOfficeTitle); a judge's, an official's or an officer's title
// before the name is outside it (the guideline), and so is a caption's
// word after it.
func personForms(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson && c.typ != TypeOrg {
			continue
		}
		// A caption's party in office: "Mike KENNEALY, in his official
		// capacity as Secretary", whose words' count made it a company.
		if c.typ == TypeOrg && (c.source == SourceModel || c.party) && inCapacity.MatchString(t[c.end:]) && !hasOrgWord(t[c.start:c.end]) && personLike(t[c.start:c.end]) {
			cs[i].typ = TypePerson
		}
		// "INSURANCE COMMISSIONER CASSIE BROWN": a party sued by office
		// and name is the person, the office her title.
		if c.typ == TypeOrg && c.party {
			if m := partyOfficeTitle.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end {
				if rest := t[c.start+m[1] : c.end]; personLike(rest) && !hasOrgWord(rest) && len(strings.Fields(rest)) <= 3 && !connectorWord[strings.ToLower(firstWord(rest))] {
					cs[i].start, cs[i].typ = c.start+m[1], TypePerson
				}
			}
		}
		if c.party {
			continue
		}
		if cs[i].typ != TypePerson {
			continue
		}
		if m := leadingTitle.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end {
			cs[i].start += m[1]
		} else if m := officialTitle.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end && capitalised(t[c.start+m[1]:c.end]) {
			cs[i].start += m[1]
		}
		if m := trailingCaption.FindStringIndex(t[cs[i].start:c.end]); m != nil && m[0] > 0 {
			cs[i].end = cs[i].start + m[0]
		}
	}
	return cs
}

// jurisdictionHeads end a local government's or a place's name, which no
// person's does: "Jefferson Parish", "Kings County".
var jurisdictionHeads = wordSet(`parish county township borough`)

// bodyHeads end a public body's name as no person's: "Internal Revenue
// Service", "Social Security Administration".
var bodyHeads = wordSet(`service administration office board authority`)

// benchWords are the words of an opinion's header after a judge's title,
// which a title made a name: "Judge Presiding", "Justice Sitting:",
// "Justice Delivered and Filed:", "Judge Pro Tem".
var benchWords = wordSet(`presiding sitting delivered opinion filed pro tem concurring dissenting`)

// nonPersons retypes the people whose words say they are none: a
// parish's or a county's name is a place, or an organisation as a
// caption's party ("Jefferson Parish"; a surname Parish is read as one
// too), and a name "Ft." or "Mt." opens is a place ("Ft. Lauderdale"); a
// bank named in Spanish, Italian or French is an organisation ("Banco
// Santander"); the Commonwealth, alone, the litigant state; a body's name
// after "The" that a judge's title before it made a person ("GUSTAFSON,
// Judge: The Internal Revenue Service determined") is the body; a
// hospital, a clinic, a school system or a club is an organisation
// ("CRESTWOOD MEDICAL CENTER, Defendant"), and so is a name of three
// words or more that a body's head word ends ("Public Defender Service");
// a name of an opinion's header words only (benchWords) is no one.
func nonPersons(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson {
			continue
		}
		name := t[c.start:c.end]
		ws := strings.Fields(name)
		if len(ws) == 0 {
			continue
		}
		switch first, last := strings.ToLower(ws[0]), strings.ToLower(ws[len(ws)-1]); {
		case len(ws) > 1 && jurisdictionHeads[last]:
			cs[i].typ = TypeLocation
			if c.party {
				cs[i].typ = TypeOrg
			}
		case len(ws) > 1 && (first == "ft." || first == "mt."):
			cs[i].typ = TypeLocation // "Ft. Lauderdale", "Mt. Vernon"
		case len(ws) > 1 && foreignBankName(name), len(ws) == 1 && first == "commonwealth":
			cs[i].typ = TypeOrg
		case len(ws) > 2 && first == "the" && (bodyHeads[last] || orgWords[last]):
			cs[i].typ = TypeOrg
			cs[i].start += strings.Index(name, ws[1])
		case len(ws) > 1 && (institutionEnds[last] || len(ws) > 2 && institutionEnds[strings.ToLower(ws[len(ws)-2])+" "+last]):
			cs[i].typ = TypeOrg
		case len(ws) > 2 && bodyHeads[last] && !c.party:
			cs[i].typ = TypeOrg // "Public Defender Service"
		case len(ws) > 2 && filingWord(ws[0]) && personLike(strings.Join(ws[1:], " ")):
			cs[i].start += strings.Index(name, ws[1]) // "Appeal Stephen E. Norris"
		}
	}
	// "Justice Sitting:", "Judge Presiding Opinion by:"; "JURY TRIAL
	// DEMANDED", "Joss' Motion", "Excludes Evidence After FBI".
	return slices.DeleteFunc(cs, func(c cand) bool {
		ws := strings.Fields(t[c.start:c.end])
		return c.typ == TypePerson && (!slices.ContainsFunc(ws, func(w string) bool { return !benchWords[strings.ToLower(w)] }) || filingName(ws))
	})
}

// filingName reports whether a name's words have one of filingWords, not
// as a surname after an initial ("Meredith A. Jury").
func filingName(ws []string) bool {
	for k, w := range ws {
		if filingWord(w) && (k == 0 || k < len(ws)-1 || !initialWord(ws[k-1])) {
			return true
		}
	}
	return false
}

// filingWords are the words of a filing's or a proceeding's name, which no
// person's name has: "PLAINTIFFS' ORIGINAL COMPLAINT", "GRAND JURY
// SUBPOENA", "Defendants' Second Notice".
var filingWords = wordSet(`complaint trial jury demanded proceedings evidence motion order notice subpoena exhibit
	judgment verdict lawsuit settlement memorandum affidavit petition appeal`)

// filingWord reports whether w, its possessive and punctuation aside, is
// one of filingWords.
func filingWord(w string) bool {
	return filingWords[strings.ToLower(strings.Trim(possessor(w), ".,:;'’"))]
}

// institutionEnds are the last words of a hospital's, a clinic's, a
// school system's or a club's name, one word or two: "Crestwood Medical
// Center", "Mercy Hospital", "Kamehameha Schools", "Sierra Club".
var institutionEnds = func() map[string]bool {
	m := wordSet(`hospital hospitals clinic clinics sanatorium schools club`)
	for _, k := range []string{"medical center", "health center", "cancer center", "care center", "treatment center",
		"rehabilitation center", "health system", "medical group", "nursing home", "surgery center", "surgical center"} {
		m[k] = true
	}
	return m
}()

// authorLine is an opinion's author with the judge's title, at the start
// of a line (a star page before it too: "*909 CRANDALL, Judge.") or after
// a header's colon or a sentence's full stop (not an initial's) that a web
// page ran into one line ("… disposition is made: BAIRD, Judge."), the
// title ending the phrase ("Specifically, Judge Smith held" names no
// one): "SAFFELS, Senior District
// Judge.", "DANIEL, Justice.", "ANDREW L. CARTER, JR., United States
// District Judge:", "JOSÉ A. CABRANES, District Judge:", "HONORABLE KEITH
// R.J. COMEAUX, DISTRICT JUDGE", "BORWICK, Board Judge.", Delaware's Court
// of Chancery's "LASTER, Vice Chancellor.", "LASTER, V.C.", and North
// Carolina's surname first: "HUNTER, Robert C., Judge.". Group 1 is the
// name.
var authorLine = regexp.MustCompile(`(?m)` + authorStart + `(` + authorName + `),[ \t]+(?:(?i:united[ \t]+states)[ \t]+)?(?:(?i:chief|senior|presiding|president|resident|associate|district|circuit|bankruptcy|magistrate|appellate|board)[ \t]+)*(?:Judge|JUDGE|Justice|JUSTICE|Vice[ \t]+Chancellor|VICE[ \t]+CHANCELLOR|Chancellor|CHANCELLOR|V\.[ \t]?C\.)[ \t]*(?:[.:,;(\n]|$)`)

// authorShort is an opinion's author with a judge's title in initials,
// where the line's end, a colon, the verb, the decision's date or the next
// sentence glued to it tells it from a surname and an initial: "O. PETER
// SHERWOOD, J. :", "Masland, J., January 18, 2012:--", "SMITH, J.,
// delivered the opinion", "RAYE, P.J.The California Supreme Court's …",
// a district judge's "Sweet, D.J.", Oklahoma's "C.F. BLISS, JR., J.".
// Group 1 is the name.
var authorShort = regexp.MustCompile(`(?m)` + authorStart + `(` + authorName + `),[ \t]+(?:(?i:acting)[ \t]+)?(?:J|P\.[ \t]?J|C\.[ \t]?J|(?:U\.[ \t]?S\.[ \t]?)?D\.[ \t]?J)\.(?:[ \t]*(?::|$)|,?[ \t]+(?:delivered|wrote|announced)\b|,[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d|[A-Z][a-z])`)

// authorStart is where an author's line starts (authorLine), and
// authorName the name on it: up to four words, each a capitalised word or
// an initial or two ("R.J."), a generation after a comma, or a surname in
// capitals before the given name.
const (
	authorStart = `(?:^[ \t]*(?:\*\d+[ \t]+)?|(?:[a-z0-9)]\.|:)[ \t]+)(?:(?:HONORABLE|Honorable|Hon\.)[ \t]+)?`
	authorName  = `(?:\p{Lu}\.(?:\p{Lu}\.)?|\p{Lu}[\p{L}'’\-]+)(?:[ \t]+(?:\p{Lu}\.(?:\p{Lu}\.)?|\p{Lu}[\p{L}'’\-]+)){0,3}(?:,[ \t]+(?:JR|Jr|SR|Sr|III|II|IV)\.?)?` +
		`|\p{Lu}[\p{Lu}'’\-]+,[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.){0,2}`
)

// signedJudge is a federal judge's signature, the name in capitals and
// the title after it on its line without a comma: "ALISON J. NATHAN
// United States District Judge.", "WILLIAM ALSUP UNITED STATES DISTRICT
// JUDGE". Group 1 is the name.
var signedJudge = regexp.MustCompile(`(?m)^[ \t]*((?:\p{Lu}\.(?:\p{Lu}\.)?|\p{Lu}[\p{Lu}'’\-]+)(?:[ \t]+(?:\p{Lu}\.(?:\p{Lu}\.)?|\p{Lu}[\p{Lu}'’\-]+)){1,3})[ \t]+` +
	`(?:UNITED[ \t]+STATES|United[ \t]+States)[ \t]+(?:(?:CHIEF|SENIOR|Chief|Senior)[ \t]+)?(?:DISTRICT|MAGISTRATE|BANKRUPTCY|District|Magistrate|Bankruptcy)[ \t]+(?:JUDGE|Judge)\.?[ \t]*$`)

// orderClosingWords are the words of an order's closing and a signature
// page's labels: "IT IS SO ORDERED", "SIGNATURE PAGE FOLLOWS".
var orderClosingWords = wordSet(`so ordered it is signature page follows dated signed entered`)

// authorJudges returns the judges authorLine, signedJudge and authorShort
// name.
func authorJudges(t string) []cand {
	var out []cand
	if containsAny(t, []string{"Judge", "JUDGE", "Justice", "JUSTICE", "Chancellor", "CHANCELLOR", "V.C."}) {
		out = authorCands(t, authorLine, out)
		// "SO ORDERED United States District Judge": an order's closing
		// words above a signature line left blank name no one.
		signed := slices.DeleteFunc(authorCands(t, signedJudge, nil), func(c cand) bool {
			return slices.ContainsFunc(strings.Fields(t[c.start:c.end]), func(w string) bool { return orderClosingWords[strings.ToLower(w)] })
		})
		out = append(out, signed...)
	}
	if containsAny(t, []string{", J.", ", P.J.", ", C.J.", ", P. J.", ", C. J.", "Acting P.J.", "D.J."}) {
		out = authorCands(t, authorShort, out)
	}
	return out
}

// presidingLine is the trial judge an appeal names after the court it
// comes from, which the Ninth Circuit writes on a line of its own and a
// web page runs on after the court's name or the docket: "… District of
// California Florence-Marie Cooper, District Judge, Presiding", "Honorable
// John G. Dalton, Judge, Presiding". Group 1 is up to four capitalised
// words or initials before the comma; presidingJudges cuts the place or
// the number before the name.
var presidingLine = regexp.MustCompile(`((?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){0,3}),[ \t]+(?:(?:Chief|Senior|Magistrate|District|Bankruptcy|Circuit|Associate|Trial)[ \t]+)*Judge,[ \t]+Presiding\b`)

// presidingJudges returns the trial judges presidingLine names: the words
// before the name that are a place's, an honorific or a court's word
// ("California", "Honorable") are cut, and a name of one word is none.
func presidingJudges(t string) []cand {
	if !strings.Contains(t, "Presiding") {
		return nil
	}
	var out []cand
	for _, m := range presidingLine.FindAllStringSubmatchIndex(t, -1) {
		ws := words(t[m[2]:m[3]], m[2])
		for len(ws) > 2 && (locationSet[strings.ToLower(ws[0].text)] || stateNames[ws[0].text] || honorifics[ws[0].text] || courtWords[strings.ToLower(ws[0].text)]) {
			ws = ws[1:]
		}
		if len(ws) < 2 || slices.ContainsFunc(ws, func(w word) bool { return panelWord(w.text) || leadingNoise[strings.ToLower(w.text)] }) {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: ws[0].start, end: m[3], source: SourcePattern})
	}
	return out
}

// authorCands adds re's authors to out: a name that is only titles' or
// noise words ("Chief Judge, District Judge.") is none.
func authorCands(t string, re *regexp.Regexp, out []cand) []cand {
	for _, m := range re.FindAllStringSubmatchIndex(t, -1) {
		if slices.ContainsFunc(strings.Fields(t[m[2]:m[3]]), func(w string) bool { return panelWord(w) || leadingNoise[strings.ToLower(w)] }) {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
	}
	return out
}

// patentAfter is a numbered patent's kind and number after "United
// States": " Patent No. 5,033,488", " Design Patent No. D696,456", "
// Patents 5,356,024", " Letters Patent Number 1,234,567".
var patentAfter = regexp.MustCompile(`^[ \t]+(?:(?i:design|letters|reissue|utility|plant)[ \t]+)?(?i:patents?)[ \t]+(?:(?i:nos?\.|numbers?)[ \t]*)?[A-Z]{0,2}\d`)

// federalOffice is a federal office's title with its country: "United
// States Marshal", "U.S. Attorney".
var federalOffice = regexp.MustCompile(`^` + federalOfficer + `s?$`)

// officeTitles drops, over the whole document, the country's name where it
// is a federal office's title ("Assistant United States Attorney") or a
// numbered patent's ("United States Patent No. 5,033,488", which names no
// place, and a patent is no entity): the propagation of the tagger's
// names marks every "United States" the document names anywhere as a
// place; and a place that is the office's title whole (federalOffice).
func officeTitles(doc []rune, ms []Mention) []Mention {
	out := ms[:0]
	for _, m := range ms {
		if m.Type == TypeLocation && strings.EqualFold(m.Text, "United States") && m.End <= len(doc) {
			if after := string(doc[m.End:min(len(doc), m.End+40)]); officeAfter.MatchString(after) || patentAfter.MatchString(after) {
				continue
			}
		}
		// The tagger's place that is the office itself: "the custody of
		// the United States Marshal".
		if m.Type == TypeLocation && federalOffice.MatchString(m.Text) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// concurList is a list of judges closed by "JJ.", in capitals or mixed
// case, with or without a serial comma and with footnote marks:
// "COURIEL, GROSSHANS, FRANCIS, and SASSO, JJ., concur.", "BOWES, SHOGAN
// and FITZGERALD, JJ.", "Taubman and Plank*, JJ., concur". Group 1 is the
// list.
var concurList = regexp.MustCompile(`((?:` + concurName + `,[ \t]+)*` + concurName + `,?[ \t]+and[ \t]+` + concurName + `|(?:` + concurName + `,[ \t]+)+` + concurName + `),[ \t]+JJ\.`)

// concurName is one judge's surname in a concurList, footnote marks after
// it.
const concurName = `[A-Z][A-Za-z'’\-]{2,}\**`

// concurJudges returns each judge of a concurList.
func concurJudges(t string) []cand {
	if !strings.Contains(t, "JJ.") {
		return nil
	}
	var out []cand
	for _, m := range concurList.FindAllStringSubmatchIndex(t, -1) {
		for _, w := range words(t[m[2]:m[3]], m[2]) {
			name := strings.TrimRight(w.text, ",*")
			if name == "and" || panelWord(name) || leadingNoise[strings.ToLower(name)] {
				continue
			}
			out = append(out, cand{typ: TypePerson, start: w.start, end: w.start + len(name), source: SourcePattern})
		}
	}
	return out
}

// judgeMark is a judge named by surname with the court's abbreviation of
// the title after it: "Criminal Division, No. CP-51-CR-0109521-2006,
// Bright, J.", "S. Gallagher, J., Kilbane, P.J., and Laster Mays, J.".
// Group 1 is the name; markedJudges checks what stands around it.
var judgeMark = regexp.MustCompile(`((?:[A-Z]\.[ \t]+)?[A-Z][a-z][A-Za-z'’\-]+(?:[ \t]+[A-Z][a-z][A-Za-z'’\-]+)?),[ \t]+(?:J|P\.[ \t]?J|C\.[ \t]?J|A\.[ \t]?J)\.`)

// markBefore and markAfter are what stands before and after a judgeMark: a
// comma, "and", a colon or a line's start before; a punctuation mark or
// the line's end after.
var (
	markBefore = regexp.MustCompile(`(?:^|[,;:(][ \t]*|\band[ \t]+|\n[ \t]*)$`)
	markAfter  = regexp.MustCompile(`^(?:[ \t]*[,;:.)\n]|[ \t]*$)`)
)

// judgesField is the field of a decision's web page that lists its
// judges, a line of its own: "Judges: Eberhardt, Bell, Quillian",
// "Judges: Presiding Judge Ben H. Cantrell". Group 1 is the list.
var judgesField = regexp.MustCompile(`(?m)^[ \t]*(?:Judges|JUDGES|Judge|JUDGE)[ \t]*:[ \t]*([^\n:]+)$`)

// judgesFieldSep separates the names of judgesField's list.
var judgesFieldSep = regexp.MustCompile(`[ \t]*(?:[,;]|\band\b|&)[ \t]*`)

// fieldJudges returns the judges of judgesField's lines: each item that
// is a name (panelName), a title before it aside ("Presiding Judge"); no
// "Per Curiam" and no title alone.
func fieldJudges(t string) []cand {
	if !containsAny(t, []string{"Judge", "JUDGE"}) {
		return nil
	}
	var out []cand
	for _, m := range judgesField.FindAllStringSubmatchIndex(t, -1) {
		list := t[m[2]:m[3]]
		at := 0
		for _, sep := range append(judgesFieldSep.FindAllStringIndex(list, -1), []int{len(list), len(list)}) {
			s, e := m[2]+at, m[2]+sep[0]
			at = sep[1]
			if l := leadingTitle.FindStringIndex(t[s:e]); l != nil {
				s += l[1]
			}
			item := strings.TrimSpace(t[s:e])
			if n := panelName.FindStringIndex(item); n == nil || n[1] != len(item) || panelWord(strings.Fields(item)[0]) ||
				strings.EqualFold(item, "Per Curiam") || leadingNoise[strings.ToLower(item)] {
				continue
			}
			s += strings.Index(t[s:e], item)
			out = append(out, cand{typ: TypePerson, start: s, end: s + len(item), source: SourcePattern})
		}
	}
	return out
}

// markedJudges returns the judges judgeMark finds.
func markedJudges(t string) []cand {
	if !strings.Contains(t, "J.") {
		return nil
	}
	var out []cand
	for _, m := range judgeMark.FindAllStringSubmatchIndex(t, -1) {
		if !markBefore.MatchString(t[max(0, m[2]-8):m[2]]) || !markAfter.MatchString(t[m[1]:min(len(t), m[1]+4)]) ||
			slices.ContainsFunc(strings.Fields(t[m[2]:m[3]]), func(w string) bool { return panelWord(w) || leadingNoise[strings.ToLower(w)] }) {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
	}
	return out
}

// boardPanel is the members of an agency's board who decide a case, named
// by surname after "Members", as the NLRB's decisions list them: "BY
// CHAIRMAN DOTSON AND MEMBERS JOHANSEN AND STEPHENS", "Members Liebman,
// Walsh, and Kirsanow"; and the judges or justices who join an opinion,
// by surname or in full: "Judges RYAN, OHLSON, and SPARKS, joined",
// "JUDGES GREGORY K. ORME and KATE APPLEBY concurred"; and the
// legislators a committee's report lists ("Additional views of Senators
// Biden, Kennedy, Leahy, … and Feingold"). Group 1 is the list.
var boardPanel = regexp.MustCompile(`\b(?:MEMBERS|Members|JUDGES|Judges|JUSTICES|Justices|SENATORS|Senators|REPRESENTATIVES|Representatives)[ \t\n]+((?:` + boardName + `,?[ \t\n]+)+(?:AND|and)[ \t\n]+` + boardName + `)`)

// boardName is one name of a boardPanel: a surname, or given names and
// initials before it; a surname a line's end hyphenates goes on after
// the hyphen ("Fein- stein").
const boardName = `[A-Z][A-Za-z'’\-]+(?:-[ \t\n]+[a-z]+)?(?:[ \t]+(?:[A-Z]\.|[A-Z][A-Za-z'’\-]+)){0,3}`

// boardSep splits a boardPanel's list into its names.
var boardSep = regexp.MustCompile(`,?[ \t\n]+(?:AND|and)[ \t\n]+|,[ \t\n]+`)

// boardMembers returns each member or judge a boardPanel names; a list
// with a word that is no name ("Members of the Board and …") names none.
func boardMembers(t string) []cand {
	if !containsAny(t, []string{"MEMBERS", "Members", "JUDGES", "Judges", "JUSTICES", "Justices", "SENATORS", "Senators", "REPRESENTATIVES", "Representatives"}) {
		return nil
	}
	var out []cand
	for _, m := range boardPanel.FindAllStringSubmatchIndex(t, -1) {
		var names []cand
		ok := true
		list := t[m[2]:m[3]]
		from := 0
		for _, sep := range append(boardSep.FindAllStringIndex(list, -1), []int{len(list), len(list)}) {
			name := sameCaseRun(list[from:sep[0]])
			start := m[2] + from
			from = sep[1]
			for _, w := range strings.Fields(name) {
				lw := strings.ToLower(w)
				if panelWord(w) || leadingNoise[lw] || orgWords[lw] || acronymHeads[lw] {
					ok = false
				}
			}
			names = append(names, cand{typ: TypePerson, start: start, end: start + len(name), source: SourcePattern})
		}
		if ok {
			out = append(out, names...)
		}
	}
	return out
}

// sameCaseRun is a name's words up to the first whose case differs from
// the first word's (initials go with either): "STEPHENS" of "STEPHENS
// On", "GREGORY K. ORME" as it is.
func sameCaseRun(name string) string {
	ws := words(name, 0)
	if len(ws) == 0 {
		return name
	}
	caps := isUpperName(ws[0].text)
	end := ws[0].start + len(ws[0].text)
	for _, w := range ws[1:] {
		if !initialWord(w.text) && isUpperName(w.text) != caps {
			break
		}
		end = w.start + len(w.text)
	}
	return name[:end]
}

// initialWord reports whether w is an initial: "K.".
func initialWord(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// lawyerTitle is a government lawyer's title, which names a person's job,
// not an organisation: "Assistant City Solicitor", "City Solicitor",
// "Deputy Attorney General", "Assistant Public Defender", "Sr. Bar
// Counsel", "Staff Attorney", "Associate General Counsel", abbreviated
// too ("City Atty.", "Asst. Atty. Gen."). An office
// ("Office of the City Solicitor") is an organisation and does not match.
var lawyerTitle = regexp.MustCompile(`^(?:(?:Assistant|Asst\.|Deputy|Chief|Senior|Sr\.|Associate|First|Special|Acting)[ \t]+)*(?:(?:City|County|Town|Village|State|District|Corporation|Prosecuting|Public|Bar|Staff|Trial|General|Disciplinary|United[ \t]+States|U\.[ \t]?S\.)[ \t]+)?(?:Solicitor|Attorney|Atty\.|Counsel|Prosecutor|Defender)(?:[ \t]+(?:General|Gen\.))?$`)

// lawyerTitles drops the organisations and the people that are a
// government lawyer's title (lawyerTitle): "Assistant United States
// Attorney" names no one.
func lawyerTitles(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Solicitor", "Attorney", "Atty.", "Counsel", "Prosecutor", "Defender"}) {
		return cs
	}
	drop := map[int]bool{}
	for i, c := range cs {
		if (c.typ == TypeOrg || c.typ == TypePerson) && !c.party && lawyerTitle.MatchString(t[c.start:c.end]) {
			drop[i] = true
			continue
		}
		// "Senior Attorney Kenneth L. Golden", "Attorney J. Wendell
		// Whitehouse": the title before a lawyer's name is no part of it,
		// and a surname the name stopped before its initial goes on.
		if c.typ != TypePerson || c.party {
			continue
		}
		ws := words(t[c.start:c.end], c.start)
		for k := min(3, len(ws)-2); k >= 1; k-- {
			if lawyerTitle.MatchString(t[ws[0].start:ws[k-1].end]) {
				cs[i].start = ws[k].start
				if last := ws[len(ws)-1].text; initialWord(last) {
					if m := surnameAfterInitial.FindStringSubmatchIndex(t[c.end:]); m != nil {
						cs[i].end = c.end + m[3]
					}
				}
				break
			}
		}
	}
	return withoutDropped(cs, drop)
}

// surnameAfterInitial is the surname after a name that ends in an initial,
// before a comma, a full stop or the line's end: " Golden" of "Kenneth L.
// Golden, Esq."; group 1.
var surnameAfterInitial = regexp.MustCompile(`^([ \t]+[A-Z][a-z][A-Za-z'’\-]+)(?:[,.;]|[ \t]*$|[ \t]*\n)`)

// federalTitleAfter is a federal officer's title after "United States",
// which the country opens: " Attorney", " District Judge", " Marshal".
var federalTitleAfter = regexp.MustCompile(`^[ \t]+(?:Attorney|Atty\.|Marshal|Trustee|(?:(?:Senior|Chief)[ \t]+)?(?:District|Magistrate|Bankruptcy|Circuit)[ \t]+Judge|Probation[ \t]+Officer)\b`)

// federalTitles drops the country that opens a federal officer's title
// ("United States Attorney Cindy K. Chung", "United States District Judge
// Greg Kays"): the title names no place, and the officer is the person
// after it.
func federalTitles(t string, cs []cand) []cand {
	if !strings.Contains(t, "United States ") && !strings.Contains(t, "U.S. ") {
		return cs
	}
	return slices.DeleteFunc(cs, func(c cand) bool {
		name := t[c.start:c.end]
		return c.typ == TypeLocation && (name == "United States" || name == "U.S.") && federalTitleAfter.MatchString(t[c.end:min(len(t), c.end+40)])
	})
}

// bareInitialAfter is a middle initial written without its period and
// the surname after it: " J Humetewa" of "Judge Diane J Humetewa".
var bareInitialAfter = regexp.MustCompile(`^[ \t]+[A-Z][ \t]+[A-Z][a-z][A-Za-z'’\-]+\b`)

// bareInitials grows a person's given name alone over a middle initial
// without its period and the surname after it ("Diane" + " J Humetewa"),
// where the tagger stopped at the initial; over the tagger's names only,
// no rule's.
func bareInitials(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson || strings.ContainsAny(t[c.start:c.end], " \t\n") {
			continue
		}
		if m := bareInitialAfter.FindStringIndex(t[c.end:]); m != nil && !slices.ContainsFunc(cs, func(d cand) bool {
			return d.source != SourceModel && d.start < c.end+m[1] && c.end < d.end
		}) {
			cs[i].end += m[1]
		}
	}
	return cs
}

// familyPlurals drops the names that are a family's plural after "the"
// ("the Tyrrells", "the Wests", "the Joneses") where the document names a
// person with that surname: the guideline makes a family no entity. It
// runs on the whole document, after the tagger's names were propagated.
func familyPlurals(doc []rune, ms []Mention) []Mention {
	surnames := fullNameSurnames(ms)
	if len(surnames) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		w := strings.ToLower(m.Text)
		if nameType(m.Type) && !strings.ContainsAny(w, " \t\n") && strings.HasSuffix(w, "s") && afterThe(doc, m.Start) &&
			(surnames[w[:len(w)-1]] || strings.HasSuffix(w, "es") && surnames[w[:len(w)-2]]) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// fullNameSurnames returns the surnames, in lower case, of the people the
// mentions name with more than the surname ("Robert E. Tyrrell, Jr."
// gives "tyrrell", its generation aside): a surname alone elsewhere in
// the document is one of theirs.
func fullNameSurnames(ms []Mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		if m.Type != TypePerson {
			continue
		}
		ws := strings.Fields(m.Text)
		if len(ws) > 2 && nameSuffix.MatchString(strings.TrimRight(ws[len(ws)-1], ",")) {
			ws = ws[:len(ws)-1]
		}
		if len(ws) > 1 {
			out[strings.ToLower(strings.Trim(ws[len(ws)-1], ",."))] = true
		}
	}
	return out
}

// afterThe reports whether "the" stands before doc[start:], with an
// opening quote between them where the plural is a defined term
// ("Michael Magane and Sean Magane (the "Maganes")"), or the defined
// term's parenthesis and quote alone ("Margaret Corban ("Corbans")").
func afterThe(doc []rune, start int) bool {
	if start > len(doc) {
		return false
	}
	if start > 0 && (doc[start-1] == '"' || doc[start-1] == '“') {
		start--
		if start > 0 && doc[start-1] == '(' {
			return true
		}
	}
	return start >= 4 && strings.EqualFold(string(doc[start-4:start]), "the ")
}

// stormName is a storm's name after its kind: "Hurricane Katrina",
// "Tropical Storm Isaias". Group 1 is the name.
var stormName = regexp.MustCompile(`\b(?:Hurricane|Tropical[ \t]+Storm|Superstorm|Typhoon|Cyclone)[ \t]+([A-Z][a-z]+)\b`)

// stormNames drops the names that are a storm's, an event (the
// guideline's: no entity), wherever the document names it, with its kind
// or without ("Isaias was located over Rutland"): the tagger reads a
// storm's name as a person or an organisation.
func stormNames(doc []rune, ms []Mention) []Mention {
	text := string(doc)
	if !containsAny(text, []string{"Hurricane", "Storm", "Typhoon", "Cyclone"}) {
		return ms
	}
	storms := map[string]bool{}
	for _, m := range stormName.FindAllStringSubmatch(text, -1) {
		storms[m[1]] = true
	}
	return slices.DeleteFunc(ms, func(m Mention) bool {
		name := strings.TrimPrefix(strings.TrimPrefix(m.Text, "Hurricane "), "Tropical Storm ")
		return nameType(m.Type) && storms[name]
	})
}

// gluedInitialTail is the rest of a name after an initial the next one is
// glued to: "K. Pratter" of "Gene E.K. Pratter".
var gluedInitialTail = regexp.MustCompile(`^[A-Z]\.[ \t]+[A-Z][a-z][A-Za-z'’\-]*`)

// gluedInitials grows a person's name that ends on an initial over the
// initial glued to it and the surname ("Hon. Gene E." + "K. Pratter").
func gluedInitials(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson || c.end < 2 || c.end >= len(t) || t[c.end-1] != '.' || !(t[c.end-2] >= 'A' && t[c.end-2] <= 'Z') {
			continue
		}
		if m := gluedInitialTail.FindStringIndex(t[c.end:]); m != nil {
			cs[i].end = c.end + m[1]
		}
	}
	return cs
}

// givenAndInitial is a person's name that ends on its middle initial, one
// or two given names before it, in mixed case or capitals: "David H.",
// "MARY ELLEN T.". No name ends so: where a line ends after it, the
// surname opens the next line.
var givenAndInitial = regexp.MustCompile(`^(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?)[ \t]+[A-Z]\.$`)

// lineSurname is a surname that opens a line, in mixed case or capitals.
var lineSurname = regexp.MustCompile(`^(?:[A-Z][a-z][A-Za-z'’\-]*|[A-Z]{2,}[A-Z'’\-]*)\b`)

// initialWraps grows a person's name that ends on its middle initial at a
// line's end over the surname that opens the next line, written as the
// name is ("by Judge David H." / "Strickland in Mecklenburg County",
// "argued by Maria T." / "Gonzalez for the State"); a name read in that
// surname alone is the same person's. A title, a role, a month or a word
// no name has is no surname, and a longer name or another kind of name
// over the word is left as it is.
func initialWraps(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypePerson || drop[i] || !givenAndInitial.MatchString(t[c.start:c.end]) {
			continue
		}
		k, ok := nextLineStart(t, c.end)
		if !ok {
			continue
		}
		m := lineSurname.FindStringIndex(t[k:])
		if m == nil {
			continue
		}
		e := k + m[1]
		if isUpperName(t[k:e]) != isUpperName(t[c.start:c.end]) || noNameWord(strings.ToLower(t[k:e])) {
			continue
		}
		grown, clear := false, true
		var alone []int
		for j, d := range cs {
			switch {
			case j == i || d.end <= k || d.start >= e:
			case d.typ == TypePerson && d.start == c.start && d.end == e:
				grown = true // a copy of this name, grown already
			case d.typ == TypePerson && d.start == k && d.end == e:
				alone = append(alone, j)
			default:
				clear = false
			}
		}
		switch {
		case grown:
			drop[i] = true
		case clear:
			for _, j := range alone {
				drop[j] = true
			}
			cs[i].end = e
		}
	}
	return withoutDropped(cs, drop)
}

// noNameWord reports whether a word in lower case is one no person's
// given name or surname is: a sentence's, a title's, a role's, a job's, a
// month's, an organisation's or a defined party's word.
func noNameWord(w string) bool {
	return leadingNoise[w] || titleWords[w] || roleWords[w] || jobWords[w] || months[w] || nameStops[w] || orgWords[w] || partyTerms[w]
}

// givenWord is a given name alone in mixed case: "William".
var givenWord = regexp.MustCompile(`^[A-Z][a-z]+$`)

// middleInitial is a name's given name and middle initial, a complete
// name's opening: "Henry F." of "Henry F. Hays", which a word before it
// ("Klansman Henry F. Hays") does not join.
var middleInitial = regexp.MustCompile(`^[A-Z][a-z]+[ \t]+[A-Z]\.`)

// givenNamesApart joins a one-word person that the tagger read apart from
// the person right after it, one space later on the same line, to it:
// "William" and "David Hammons" of "Gary Stingle and William David
// Hammons" are one name. A title or a role is no given name, and a name
// with its middle initial is complete (middleInitial).
func givenNamesApart(t string, cs []cand) []cand {
	starts := startIndex(cs, TypePerson)
	drop := map[int]bool{}
	for i, c := range cs {
		w := t[c.start:c.end]
		if c.typ != TypePerson || drop[i] || c.end >= len(t) || t[c.end] != ' ' || !givenWord.MatchString(w) {
			continue
		}
		j, ok := starts[c.end+1]
		if lw := strings.ToLower(w); !ok || j == i || drop[j] || titleWords[lw] || jobWords[lw] || roleWords[lw] || middleInitial.MatchString(t[cs[j].start:cs[j].end]) {
			continue
		}
		cs[i].end = cs[j].end
		drop[j] = true
	}
	return withoutDropped(cs, drop)
}

// secondSurnames grows a person the patterns read, a given name, an
// initial and a surname ("Jorge R. Urrutia"), over the second surname the
// tagger read with it ("Jorge R. Urrutia Valles"): one more word, a
// surname's, right after it on its line; a city before its state is no
// surname ("James L. Harris Nashville, Tennessee").
func secondSurnames(t string, cs []cand) []cand {
	starts := map[int][]int{}
	for i, c := range cs {
		if c.typ == TypePerson && c.source == SourceModel {
			starts[c.start] = append(starts[c.start], i)
		}
	}
	for i, c := range cs {
		if c.typ != TypePerson || c.source != SourcePattern || c.party || c.end >= len(t) || t[c.end] != ' ' {
			continue
		}
		for _, j := range starts[c.start] {
			m := cs[j]
			rest := t[c.end+1 : max(c.end+1, m.end)]
			if lw := strings.ToLower(rest); m.end > c.end+1 && surnameWord.MatchString(rest) && !noNameWord(lw) && !orgSuffix[lw] && !locationSet[lw] &&
				!knownPlaces[rest] && !civilTitleWords[lw] && !tradeWords[lw] && !businessWords[lw] && isUpperName(rest) == isUpperName(t[c.start:c.end]) &&
				!stateAfter(t, m.end) {
				cs[i].end = m.end
				break
			}
		}
	}
	return cs
}

// stateAfter reports whether a state's name or postal code follows
// position e of t after a comma: the word before e was a city's ("James
// L. Harris Nashville, Tennessee").
func stateAfter(t string, e int) bool {
	if e >= len(t) || t[e] != ',' {
		return false
	}
	ns, ne, ok := nextWord(t, e+1)
	if !ok {
		return false
	}
	w := strings.TrimRight(t[ns:ne], ".,;:")
	if postalCodes[w] || StateNames[strings.ToLower(w)] {
		return true
	}
	ns2, ne2, ok := nextWord(t, ne)
	return ok && StateNames[strings.ToLower(w+" "+strings.TrimRight(t[ns2:ne2], ".,;:"))]
}

// tradeWords are the words of a business's name after its owner's, no
// surname: "Pautler Oil Service", "Kragen Auto Parts", "Thomas Family
// Winery", "Erie Vending Machine", "Romeo Amusement".
var tradeWords = wordSet(`oil gas auto automotive parts vending machine machines amusement amusements winery vineyard vineyards farm farms
	ranch dairy motors sales supply store stores market shop restaurant cafe bakery construction plumbing electric roofing
	trucking towing police precinct duty private plan`)

// surnameWord is a surname, or a middle name, in mixed case or in
// capitals: "Togut", "McDonald", "O'Neil", "SEELENFREUND".
var surnameWord = regexp.MustCompile(`^(?:(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]{2,}[A-Z'’\-]*)$`)

// givenSurnames grows the tagger's person of one word, a given name, over
// the one or two capitalised words right after it, one space apart on its
// line and written in its case, that no other mention covers: the
// tagger, which knows given names better than surnames, left out a
// surname it has not seen ("Albert" + "Togut", "(Joshua" + "Harding)",
// "Tammy" + "Jo Love", "STEPHEN" + "SEELENFREUND"). A title, a role, a
// month, a place, a kind of place or body or a legal form is no surname;
// words before a legal form or more capitalised words are a company's,
// and a word with its full stop ends a sentence after it.
func givenSurnames(t string, cs []cand) []cand {
	var covered []bool // the bytes a mention covers, built at the first one-word person
	for i, c := range cs {
		w := t[c.start:c.end]
		if c.typ != TypePerson || c.party || !firstGiven.MatchString(w) || noNameWord(strings.ToLower(w)) {
			continue
		}
		if covered == nil {
			covered = make([]bool, len(t)+1)
			for _, d := range cs {
				for k := d.start; k < d.end && k < len(t); k++ {
					covered[k] = true
				}
			}
		}
		caps := isUpperName(w)
		end, n := c.end, 0
		for n < 2 && end+1 < len(t) && t[end] == ' ' && !covered[end+1] {
			ne := wordEnd(t, end+1)
			word := t[end+1 : ne]
			stop := strings.HasSuffix(word, ".") && !initialWord(word)
			word = strings.TrimRight(word, ".):")
			lw := strings.ToLower(word)
			if !surnameWord.MatchString(word) || isUpperName(word) != caps || noNameWord(lw) || orgSuffix[lw] || orgSuffix[lw+"."] || locationSet[lw] ||
				StateNames[lw] || weekdays[lw] || civilTitleWords[lw] || docWords[lw] || courtWords[lw] || placeHeads[lw] || orgHead[lw] || unitWords[lw] ||
				genericOrg[lw] || kindWords[lw] || businessWords[lw] || trustKinds[lw] || planWords[lw] || tradeWords[lw] || lw == "case" {
				break
			}
			end, n = end+1+len(word), n+1
			if stop {
				break
			}
		}
		if n == 0 {
			continue
		}
		// "Albert Smith LLP", "John Doe & Co.": a company's name; "Pautler
		// Oil Service", "Kragen Auto Parts": a run of capitalised words
		// longer than the name, a business's, unless another mention
		// starts there ("Albert Togut Scott E. Ratner").
		if ns, ne, ok := nextWord(t, end); ok && (orgSuffix[strings.ToLower(t[ns:ne])] || t[ns:ne] == "&" ||
			ns == end+1 && !covered[ns] && capitalised(t[ns:ne]) && isUpperName(t[ns:ne]) == caps) {
			continue
		}
		cs[i].end = end
	}
	return cs
}

// firstGiven is a given name in mixed case or capitals that a person's two
// other names follow: "Sally" of "Sally Ann Steuk", "MARY" of "MARY LOU
// MAHAFFEY".
var firstGiven = regexp.MustCompile(`^(?:[A-Z][a-z]{2,11}|[A-Z]{3,12})$`)

// firstGivenNames grows the tagger's person of two words back over the
// given name the tagger left out of a name of three ("was Sally" + "Ann
// Steuk", "Mary" + "Lou Mahaffey, et al.", "heard by Elizabeth" + "Bowen
// Donovan"): the word opens the name's run of capitalised words on its
// line, one space before it, written as the name is, and no place, month,
// title, role, kind of body or sentence's word is a given name; nor is a
// word after a place's preposition ("in Boston Ann Steuk").
func firstGivenNames(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson || c.party || c.start < 2 || t[c.start-1] != ' ' {
			continue
		}
		name := t[c.start:c.end]
		if len(strings.Fields(name)) != 2 || strings.ContainsAny(name, ".,\n") {
			continue
		}
		ps, pe, ok := prevWord(t, c.start)
		if !ok || pe != c.start-1 {
			continue
		}
		w := t[ps:pe]
		lw := strings.ToLower(w)
		if !firstGiven.MatchString(w) || isUpperName(w) != isUpperName(name) || noNameWord(lw) || orgSuffix[lw] || locationSet[lw] || StateNames[lw] ||
			weekdays[lw] || rankWords[lw] || partyOffices[lw] || civilTitleWords[lw] || aliasWords[lw] {
			continue
		}
		if qs, qe, ok := prevWord(t, ps); ok && !strings.Contains(t[qe:ps], "\n") && (capitalised(t[qs:qe]) || placeBefore.MatchString(t[qs:ps])) {
			continue
		}
		cs[i].start = ps
	}
	return cs
}

// aliasWords are the words a text puts before a person's name to give
// another of the person's names, or a kinship: "AKA ALANA CAMPOS", "Named
// Erica Sunset", "Sister Mary Ann Roe"; no given name.
var aliasWords = wordSet(`aka a/k/a f/k/a named alias formerly nee née called dba sister brother`)

// capacityTail is what a caption writes after a party's name without a
// comma, no part of the name: "TINA L. HOUCHINS INDIVIDUALLY, AND FOR THE
// ANTICIPATED ESTATE OF …", "STANLEY S. PICKETT ET AL.".
var capacityTail = regexp.MustCompile(`[ \t]+(?i:individually|et[ \t]+al\.?)$`)

// capacityTails cuts capacityTail off a person's name of two words or more
// before it.
func capacityTails(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypePerson {
			continue
		}
		if m := capacityTail.FindStringIndex(t[c.start:c.end]); m != nil && len(strings.Fields(t[c.start:c.start+m[0]])) >= 2 {
			cs[i].end = c.start + m[0]
		}
	}
	return cs
}

// weekdays are the days of the week, no given names.
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// initialledGiven is a given name and the initials after it, a name
// that the surname before it completes: "Eleanor L." of "Ross, Eleanor
// L., United States District Judge", "TOM P." of "BRADY, TOM P., J.".
var initialledGiven = regexp.MustCompile(`^[A-Z][A-Za-z]+(?:[ \t]+[A-Z]\.)+$`)

// surnameComma is a surname and its comma right before a name: "Ross, "
// of "Ross, Eleanor L.". Group 1 is the surname.
var surnameComma = regexp.MustCompile(`(?:^|[\s*(])([A-Z][A-Za-z'’\-]+),[ \t]+$`)

// placeBefore is a preposition that puts a place, not a surname, before
// the comma: "at Cookeville, William J." (a court's seat, then its judge).
var placeBefore = regexp.MustCompile(`\b(?:at|in|of|from|near)[ \t]+$`)

// givenEnd is what follows a surname-first name: a comma ("Ross, Eleanor
// L., United States District Judge"), or its line's end before a blank
// line or the text's end ("Thornton, Michael B." over the author's name).
// A name whose initial "and" follows shares the next name's surname
// ("James C. and Patricia Pursley"); one whose next line goes on was
// wrapped ("Kenneth C." / "Reutzel").
var givenEnd = regexp.MustCompile(`^(?:,|[ \t]*(?:\n[ \t]*\n|\n?[ \t]*$))`)

// surnamesFirst grows a given name and its initials (initialledGiven),
// which no name ends with, back over the surname and comma before it on
// the same line: the surname-first form of a court's header, a docket's
// judge or a list ("Ross, Eleanor L., United States District Judge",
// "*275 BRADY, TOM P., J.", "Thornton, Michael B."). A surname the tagger
// read apart joins the name; a title, a role, a place or a legal form is
// no surname (placeBefore), and the name must end there (givenEnd).
func surnamesFirst(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypePerson || !initialledGiven.MatchString(t[c.start:c.end]) {
			continue
		}
		lo := max(0, c.start-32)
		m := surnameComma.FindStringSubmatchIndex(t[lo:c.start])
		if m == nil {
			continue
		}
		ss, se := lo+m[2], lo+m[3]
		if w := strings.ToLower(t[ss:se]); titleWords[w] || jobWords[w] || roleWords[w] || locationSet[w] || legalForms[w] || stateNames[t[ss:se]] || notNameAlone[w] ||
			placeBefore.MatchString(t[max(0, ss-6):ss]) || !givenEnd.MatchString(t[c.end:min(len(t), c.end+8)]) {
			continue
		}
		other := false
		for _, o := range cs {
			other = other || o.typ != TypePerson && o.start < se && o.end > ss
		}
		if other {
			continue // "DEPARTMENT OF CHILD SAFETY, SARAH H.": another name's last word
		}
		for k, o := range cs {
			if k != i && o.start == ss && o.end == se {
				drop[k] = true
			}
		}
		cs[i].start = ss
	}
	return withoutDropped(cs, drop)
}

// officeHead opens an official's office that a person holds, in any case:
// "Commissioner of Social Security", "SECRETARY OF LABOR".
var officeHead = regexp.MustCompile(`(?i)^(?:Acting[ \t\n]+)?(?:Commissioner|Secretary|Director|Administrator|Comptroller|Treasurer|Attorney[ \t\n]+General|Postmaster[ \t\n]+General|Surgeon[ \t\n]+General)[ \t\n]+(?:of|for)[ \t\n]`)

// holderGap is what stands between an official's name and the office in a
// caption or a sentence: a comma, a footnote's number, the caption's
// column, "in her official capacity as", "the", "Acting" ("KILOLO
// KIJAKAZI, 1 in her official capacity ) as the Acting Commissioner of
// Social Security").
var holderGap = regexp.MustCompile(`^[ \t\n]*,?[ \t\n]*(?:\d{1,2}[ \t\n]+)?(?:in[ \t\n]+(?:his|her|their)[ \t\n]+official[ \t\n]+capacit(?:y|ies)[ \t\n]*\)?[ \t\n]*(?:as[ \t\n]+)?)?(?:the[ \t\n]+)?(?:Acting[ \t\n]+)?$`)

// heldOffices drops an office that the document names as a person's
// ("MICHAEL J. ASTRUE, Commissioner of Social Security, Defendant"), there
// and wherever else it names it ("the final decision of the Commissioner
// of Social Security ("Commissioner")", and the term defined for it): the
// office is a title, and the party is its holder. An office no person
// holds in the document (a defendant named by office alone) stays an
// organisation.
func heldOffices(doc []rune, ms []Mention) []Mention {
	key := func(s string) string { return strings.TrimPrefix(nameKey(s), "acting ") }
	held := map[string]bool{}
	last := -1 // the person mention before the current one
	for i, m := range ms {
		if m.Type == TypeOrg && last >= 0 && officeHead.MatchString(m.Text) && m.Start-ms[last].End <= 60 &&
			ms[last].End <= m.Start && holderGap.MatchString(string(doc[ms[last].End:m.Start])) {
			held[key(m.Text)] = true
		}
		if m.Type == TypePerson {
			last = i
		}
	}
	if len(held) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.Type == TypeOrg && (held[key(m.Text)] || m.Source == SourceDefined && held[key(m.Refers)]) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// justicesLineOpen is what may open a line of the justices who sat before
// their names: "Heard before", "Considered by", "Argued before".
var justicesLineOpen = regexp.MustCompile(`^[ \t*\d]*(?:(?:[A-Z][a-z]+[ \t]+)?(?:before|by|Before|BEFORE|By|BY):?[ \t]+)?`)

// justicesSep splits a justices' line into its items: commas, "and", "&".
var justicesSep = regexp.MustCompile(`[ \t]*,[ \t]*(?:(?:and|AND|&)[ \t]+)?|[ \t]+(?:and|AND|&)[ \t]+`)

// justicesTitle is a justice's title written after the name on such a
// line: "C.J.", "C. J.", "P.J.", "J.", "JJ.".
var justicesTitle = regexp.MustCompile(`^(?:C\.[ \t]?J|P\.[ \t]?J|J|JJ)\.?$`)

// givenAfter is the given name and initial a list writes after a surname
// and a comma ("Eldridge, John C."): the surname's person, written
// inverted.
var givenAfter = regexp.MustCompile(`^[A-Z][a-z]+(?:[ \t]+[A-Z]\.)+$`)

// justicesLines returns the justices of the lines that list those who sat,
// the last with a plural title: "Bell, C.J., Raker, Wilner, Harrell,
// Battaglia, Eldridge, John C. (retired, specially assigned), JJ.",
// "RECKTENWALD, C.J., NAKAYAMA, McKENNA, POLLACK, AND WILSON, JJ.",
// "Considered by REYNOLDSON, C.J., and UHLENHOPP, … and CARTER, JJ.".
// Every item must be a name (panelName) or a title, with a parenthesis's
// remark set aside; a line with anything else names no one.
func justicesLines(t string) []cand {
	if !strings.Contains(t, "JJ.") {
		return nil
	}
	var out []cand
	for ls, le := 0, 0; ls < len(t); ls = le + 1 {
		le = strings.IndexByte(t[ls:], '\n')
		if le < 0 {
			le = len(t)
		} else {
			le += ls
		}
		line := strings.TrimRight(t[ls:le], " \t")
		if !strings.HasSuffix(line, "JJ.") {
			continue
		}
		s := ls + justicesLineOpen.FindStringIndex(line)[1]
		var names []cand
		ok := true
		at := s
		// A parenthesis's remark is blanked out, its commas too.
		rest := []byte(t[s : ls+len(line)])
		for depth, k := 0, 0; k < len(rest); k++ {
			if rest[k] == '(' {
				depth++
			}
			if depth > 0 {
				if rest[k] == ')' {
					depth--
				}
				rest[k] = ' '
			}
		}
		for _, sep := range append(justicesSep.FindAllIndex(rest, -1), []int{len(rest), len(rest)}) {
			is, ie := at, s+sep[0]
			at = s + sep[1]
			item := strings.TrimRight(string(rest[is-s:ie-s]), " \t")
			switch {
			case item == "" && ie == is:
				continue
			case justicesTitle.MatchString(item):
				continue
			case len(names) > 0 && givenAfter.MatchString(item):
				names[len(names)-1].end = is + len(item) // "Eldridge, John C."
				continue
			}
			n := panelName.FindStringIndex(item)
			if n == nil || n[1] != len(item) || panelWord(strings.Fields(item)[0]) {
				ok = false
				break
			}
			names = append(names, cand{typ: TypePerson, start: is, end: is + len(item), source: SourcePattern})
		}
		if ok && len(names) >= 2 {
			out = append(out, names...)
		}
	}
	return out
}

// smallCapsJudge is a judge's name that a web copy of Tennessee's opinions
// writes in small capitals, each word's first letter apart from the rest,
// before the judge's title: "D. M ICHAEL S WINEY, J., delivered the
// opinion", "C HARLES D. S USANO,\nJ R., P.J.", "J OHN W. M CC LARTY, J.",
// "J. M ARK R OGERS, S P. J.". Group 1 is the name with its generational
// suffix; two words at least are split, so that capitals' initials and
// abbreviations ("U. S.", "P. J.") name nobody, and the title after it
// keeps the Seventh Circuit's small capitals ("A RGUED S EPTEMBER 21")
// out.
var smallCapsJudge = regexp.MustCompile(`\b((?:` + smallCapsWord + `|[A-Z]\.)(?:[ \t]+(?:` + smallCapsWord + `|[A-Z]\.))+)(?:(,[ \t\n]+[JS][ \t]R\.))?,[ \t\n]+(?:J\.|JJ\.|P\.J\.|C\.J\.|S[ \t]?P\.[ \t]?J\.)`)

// smallCapsWord is one word of smallCapsJudge: its first letter, a space
// and the rest, "Mc"'s second capital apart too ("M CC LARTY").
const smallCapsWord = `[A-Z][ \t](?:[A-Z]{1,2}[ \t])?[A-Z]{2,}`

// smallCapsWords finds the split words of a smallCapsJudge name.
var smallCapsWords = regexp.MustCompile(smallCapsWord)

// smallCapsJudges returns the judges smallCapsJudge finds, each a person
// with the generational suffix written after the name.
func smallCapsJudges(t string) []cand {
	if !strings.Contains(t, "J.") {
		return nil
	}
	var out []cand
	for _, m := range smallCapsJudge.FindAllStringSubmatchIndex(t, -1) {
		if len(smallCapsWords.FindAllStringIndex(t[m[2]:m[3]], -1)) < 2 {
			continue
		}
		e := m[3]
		if m[4] >= 0 {
			e = m[5]
		}
		out = append(out, cand{typ: TypePerson, start: m[2], end: e, source: SourcePattern})
	}
	return out
}

// personInitialsBefore is what says a person named by initials follows,
// at the end of the text before them: "8-year-old ", "Next Friend of ",
// "parental rights to ", "In re ", "Appellant, ", "minor child ".
var personInitialsBefore = regexp.MustCompile(`(?:(?:year|month)-old[ \t]+|(?i:next[ \t]+friend|parent|guardian|custody|adoption|visitation|expulsion|interest|matter|behalf)[ \t]+of[ \t]+(?:the[ \t]+)?|rights[ \t]+(?:to|of)[ \t]+|\b(?:In[ \t]+re|IN[ \t]+RE|In[ \t]+Re):?[ \t]+|\b(?i:appellants?|appellees?|petitioners?|respondents?|plaintiffs?|defendants?|minor|child|children|daughter|son|juvenile|resident|homeowner)[:,]?[ \t]+)$`)

// personInitialsAfter is what says the initials before it named a person,
// at the start of the text after them: ", a minor", " (\"Father\")", "
// (born", " v. Harris County".
var personInitialsAfter = regexp.MustCompile(`^(?:,[ \t]+a[ \t]+minor|[ \t]+\((?:[“"][A-Z]|born|age)|[ \t]+v\.[ \t]+[A-Z])`)

// notPersonInitials are initials that name no person: places, legal
// forms, degrees, courts' and reporters' abbreviations.
var notPersonInitials = wordSet(`u.s. u.k. u.n. e.u. n.y. n.j. n.c. n.d. n.h. n.m. s.c. s.d. d.c. p.r. r.i. w.v. v.i. u.s.a.
	p.c. p.a. l.p. n.a. l.c. s.a. a.g. b.v. n.v. m.d. d.o. j.d. r.n. p.e. d.d.s. d.m.d. c.p.a. l.l.c. l.l.p.
	e.d. w.d. n.e. s.e. n.w. s.w. a.d. b.c. a.m. p.m. c.j. p.j. j.j. u.s.c. c.f.r. i.r.c. u.c.c. f.r. t.c. s.j.c. c.a.`)

// initialsIn yields the start and end of each run of initials in t
// (initialsAt), in order: a scan of bytes.
func initialsIn(t string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i+3 < len(t); i++ {
			if t[i+1] != '.' || !upperByte(t[i]) {
				continue
			}
			if e := initialsAt(t, i); e > 0 {
				if !yield(i, e) {
					return
				}
				i = e
			}
		}
	}
}

// personInitials reports whether initials can be a person's: not a
// place's, a court's or a code's (notPersonInitials), nor an agency's
// (knownAcronyms).
func personInitials(ini string) bool {
	return !notPersonInitials[strings.ToLower(ini)] && knownAcronyms[strings.ReplaceAll(ini, ".", "")] == ""
}

// initialsAt returns the end of a person's initials that start at s of t:
// two or three capitals each with its period, a hyphened one allowed
// after them ("E.S-J."), no letter or digit touching either side; 0 when
// none start there.
func initialsAt(t string, s int) int {
	if s > 0 && (isAlnum(t[s-1]) || t[s-1] == '.') {
		return 0
	}
	e, n := s, 0
	for n < 3 && e+1 < len(t) && upperByte(t[e]) && t[e+1] == '.' {
		e, n = e+2, n+1
	}
	if n < 2 {
		return 0
	}
	if e+2 < len(t) && t[e] == '-' && upperByte(t[e+1]) && t[e+2] == '.' {
		e += 3
	}
	if e < len(t) && isAlnum(t[e]) {
		return 0
	}
	return e
}

// abbreviatedGivens are the given names older reports and counsel lines
// abbreviate: "Wm." for William, "Thos." for Thomas, "Geo." for George.
var abbreviatedGivens = []string{"Wm.", "Thos.", "Geo.", "Chas.", "Jas.", "Jno.", "Robt.", "Benj.", "Saml.", "Edw."}

// abbreviatedGivenRest is the rest of a person's name after an abbreviated
// given name: its initials, its surname and a generation after a comma ("
// M. Abbott", " W. Brown, Jr.").
var abbreviatedGivenRest = regexp.MustCompile(`^(?:[ \t]+[A-Z]\.)*[ \t]+[A-Z][a-z][A-Za-z'’\-]*(?:,[ \t]+(?:Jr|Sr)\.)?`)

// givenBefore is a given name right before an abbreviated one: "Ronald "
// of "Ronald Wm. Egnor". Group 1 is the name.
var givenBefore = regexp.MustCompile(`(?:^|[^\p{L}])([A-Z][a-z]+)[ \t]+$`)

// journalAfter is a law review's abbreviation after a name that reads as a
// person's ("Geo. Wash." + ". L. Rev."): no person.
var journalAfter = regexp.MustCompile(`^\.?[ \t]*(?:L\.|Rev\.|J\.|Univ)`)

// abbreviatedGivenNames returns the people named with an abbreviated given
// name ("Wm. M. Abbott", "Thos. Hudgens", "Geo. W. Brown, Jr."), which the
// tagger cuts at the abbreviation's full stop ("Ronald Wm"), with a given
// name before it ("Ronald Wm. Egnor") unless that word is a title, a role
// or a sentence's opener; a law review's name ("Geo. Wash. L. Rev.") is no
// person. The abbreviations are found by a scan, the words around them by
// expressions anchored there.
func abbreviatedGivenNames(t string) []cand {
	var out []cand
	for _, g := range abbreviatedGivens {
		for s := range occurrences(t, g, 0) {
			if s > 0 && isAlnum(t[s-1]) {
				continue
			}
			m := abbreviatedGivenRest.FindStringIndex(t[s+len(g) : min(len(t), s+len(g)+80)])
			if m == nil {
				continue
			}
			e := s + len(g) + m[1]
			if journalAfter.MatchString(t[e:]) {
				continue
			}
			if b := givenBefore.FindStringSubmatchIndex(t[max(0, s-24):s]); b != nil {
				if w := strings.ToLower(t[max(0, s-24)+b[2] : max(0, s-24)+b[3]]); !titleWords[w] && !roleWords[w] && !leadingNoise[w] && !jobWords[w] && !months[w] {
					s = max(0, s-24) + b[2]
				}
			}
			out = append(out, cand{typ: TypePerson, start: s, end: e, source: SourcePattern})
		}
	}
	slices.SortFunc(out, func(a, b cand) int { return a.start - b.start })
	return out
}

// initialledPersons returns the people named by initials alone, as courts
// name minors and the parties of family and juvenile matters, after a word
// that says a person follows (personInitialsBefore: "8-year-old N.K.",
// "Next Friend of K.N.", "In re J.C.", "Appellant, J.F.") or before one
// that says one went before (personInitialsAfter: "J.B., a minor", "R.G.
// v. Harris County"); not initials that name no person (notPersonInitials)
// or an agency (knownAcronyms), nor those before a capitalised word, which
// open a longer name ("In re J.C. Penney", "R.C. RICHMOND") unless it opens
// a sentence ("rights to F.S. In addition"). The initials are found by a
// scan of bytes, the words around them by expressions anchored there.
func initialledPersons(t string) []cand {
	var out []cand
	for s, e := range initialsIn(t) {
		before := t[max(0, s-40):s]
		after := t[e:min(len(t), e+24)]
		cueBefore := personInitialsBefore.MatchString(before) && (e == len(t) || strings.ContainsRune(",;:) \t\n", rune(t[e])))
		if !cueBefore && !(personInitialsAfter.MatchString(after) && (s == 0 || strings.ContainsRune(" \t\n(,", rune(t[s-1])))) {
			continue
		}
		// "S.E.C. v. Jones", "F.B.I.": an agency's initials are no
		// person's.
		if ns, ne, ok := nextWord(t, e); !personInitials(t[s:e]) ||
			ok && ns == e+1 && startsUpper(t[ns:ne]) && t[ns:ne] != "V." && t[ns:ne] != "VS." && !leadingNoise[strings.ToLower(t[ns:ne])] {
			continue
		}
		out = append(out, cand{typ: TypePerson, start: s, end: e, source: SourcePattern})
	}
	return out
}

// initialledSurname is a surname after a person's initials written
// without spaces, anchored at their end: " Saad" of "E.J. Saad", "
// Toulmin, Jr." of "H.A. Toulmin, Jr.". Group 1 is the surname.
var initialledSurname = regexp.MustCompile(`^[ \t]+((?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)(,?[ \t]+(?:Jr\.|Sr\.|III|II|IV))?`)

// companyAfterSurname is what makes initials and a surname a company's
// name: "& Company", "and Sons", ", Inc." after it ("W.M. Barr & Company",
// "H.P. Hood and Sons, Inc.").
var companyAfterSurname = regexp.MustCompile(`^(?:[ \t]*&|[ \t]+and[ \t]+Sons?\b|,?[ \t]+(?:Inc|Co|Corp|Ltd|LLC|L\.L\.C|Company|Corporation)\b)`)

// citationWords are the abbreviations and words that follow the initials
// of a court, a docket's label or a citation, no surname: "C.A. No.", "M.R.
// Civ. P.", "62 P.S. Sec.", "I.G. Ex.", "(C.R. Item 34)", "F.S. Pursuant",
// "(D.N.J. Oct. 3, 2013)"; or that a heading's, a record's or an address's
// word follows: "I.A. Background", "J.A. Exhibit", "B.A. Degree", "P.O.
// Drawer".
var citationWords = wordSet(`no nos sec civ crim app ex br item items stat supp rep ann div dept cas com city pursuant in by after between appeal
	declares office ct jan feb mar apr jun jul aug sep sept oct nov dec chapter exhibit page volume background standard facts discussion
	analysis conclusion introduction degree drawer box`)

// initialledCompanies are companies named by a founder's initials and
// surname, which the text may write without a legal form ("J.C. Penney",
// "W.R. Grace"): no person.
var initialledCompanies = phraseSet(`J.C. Penney|H.R. Block|T.J. Maxx|E.W. Scripps|H.J. Heinz|E.F. Hutton|C.H. Robinson|W.R. Grace|C.R. Bard|A.O. Smith|` +
	`R.J. Reynolds|B.F. Goodrich|W.W. Grainger|J.M. Smucker|L.L. Bean|A.H. Robins|H.B. Fuller|R.R. Donnelley|J.B. Hunt|` +
	`W.L. Gore|W.M. Barr|A.T. Cross|H.P. Hood|J.P. Morgan|D.R. Horton|J.G. Wentworth|A.C. Moore|T.G.I. Friday|P.F. Chang|E.J. Gallo`)

// phraseSet is the set of the phrases s lists between bars.
func phraseSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(s, "|") {
		m[p] = true
	}
	return m
}

// vesselInitials are initials that stand before a vessel's or a railroad's
// name or are a city's, no person's: "S.S. Seatrain", "R.R. Com", "L.A.
// City".
var vesselInitials = wordSet(`s.s. m.v. h.m.s. r.r. l.a.`)

// gluedInitialNames returns the people named by two or three initials
// written without spaces and a surname ("E.J. Saad", "W.F. Okey"), a
// form the tagger does not read, with the given name before the initials
// when one opens the name ("Michael J.F. Smith"): not the initials of a
// place, a court or a code (notPersonInitials, an agency's) or a
// vessel's (vesselInitials), nor a surname that is a citation's word
// (citationWords), a month, a place, an organisation's or a legal form's
// word, nor one that opens a company (companyAfterSurname,
// initialledCompanies, or a capitalised word after the name: "R.J.
// Reynolds Tobacco", "C.M. Showroom, Inc."), nor initials after another
// capitalised word that is no title, job or given name ("Harris County
// R.L. Hert"; "Judge R.L. Hert", "Mr. E.J. Saad" are the person).
func gluedInitialNames(t string) []cand {
	var out []cand
	for s, e := range initialsIn(t) {
		m := initialledSurname.FindStringSubmatchIndex(t[e:min(len(t), e+40)])
		if m == nil || !personInitials(t[s:e]) {
			continue
		}
		surname, end := t[e+m[2]:e+m[3]], e+m[3]
		if g := e + m[5]; m[4] >= 0 && (g == len(t) || !isAlnum(t[g])) {
			end = g // "H.A. Toulmin, Jr."
		}
		if ls := strings.ToLower(surname); citationWords[ls] || months[ls] || locationSet[ls] || vesselInitials[strings.ToLower(t[s:e])] || hasOrgWord(surname) || legalFormWord(surname) || companyAfterSurname.MatchString(t[e+m[3]:min(len(t), e+m[3]+16)]) {
			continue
		}
		if ns, ne, ok := nextWord(t, end); ok && ns == end+1 && capitalised(t[ns:ne]) || initialledCompanies[oneSpace(t[s:e+m[3]])] {
			continue
		}
		if ps, pe, ok := prevWord(t, s); ok && pe == s-1 && capitalised(t[ps:pe]) {
			switch w := strings.ToLower(t[ps:pe]); {
			case titleWords[w] || jobWords[w]:
			case isGivenName(t[ps:pe]):
				s = ps
			default:
				continue
			}
		}
		out = append(out, cand{typ: TypePerson, start: s, end: end, source: SourcePattern})
	}
	return out
}

// flatPanel is a panel's list as Maryland's appellate courts' web copies
// flatten it, the chief judge with the title and the others by surname
// with no commas between, the plural title at the end: "Bell, C.J.
// Harrell Battaglia Greene Murphy Adkins Barbera, JJ.". Group 1 is the
// chief, group 2 the others.
var flatPanel = regexp.MustCompile(`\b([A-Z][a-z][A-Za-z'’\-]+),[ \t]+C\.[ \t]?J\.((?:[ \t\n]+[A-Z][a-z][A-Za-z'’\-]+){2,9}),[ \t]+JJ\.`)

// flatPanels makes each judge of flatPanel's lists a person, in place of
// the names the patterns and the tagger read over two of them ("Harrell
// Battaglia").
func flatPanels(t string, cs []cand) []cand {
	if !strings.Contains(t, "JJ.") {
		return cs
	}
	var judges []cand
	for _, m := range flatPanel.FindAllStringSubmatchIndex(t, -1) {
		judges = append(judges, cand{typ: TypePerson, start: m[2], end: m[3], source: SourcePattern})
		for _, w := range words(t[m[4]:m[5]], m[4]) {
			judges = append(judges, cand{typ: TypePerson, start: w.start, end: w.end, source: SourcePattern})
		}
	}
	if len(judges) == 0 {
		return cs
	}
	return replacedBy(cs, judges)
}
