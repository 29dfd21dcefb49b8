package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// federalAgencies are the federal departments, agencies, boards and
// commissions legal texts name in full, one per line, and the mortgage
// enterprises the federal government chartered and the board Congress set
// over Puerto Rico's finances, by their names and their
// nicknames ("Fannie Mae", which the tagger reads as a person's name), and
// one misspelling the Customs rulings' mirror at faqs.org heads every page
// with ("United States International Trade Commision"), and the
// departments' services, administrations and offices that the Federal
// Register's notices, trade rulings and labour decisions name, the
// Customs office whose director signs the New York rulings and the
// Justice Department's branch that defends the trade cases ("Import
// Administration, International Trade Administration, Department of
// Commerce", where the tagger read "International Trade"). Their names hold
// "and", commas and "of", where the patterns and the tagger cut them ("the
// Occupational Safety and Health Administration" read as "Health
// Administration", "the Bureau of Alcohol, Tobacco, Firearms and
// Explosives" as "Bureau of Alcohol" and a person "Tobacco").
const federalAgencies = `
Department of Agriculture
Department of Commerce
Department of Defense
Department of Education
Department of Energy
Department of Health and Human Services
Department of Health, Education, and Welfare
Department of Homeland Security
Department of Housing and Urban Development
Department of the Interior
Department of Justice
Department of Labor
Department of State
Department of Transportation
Department of the Treasury
Department of Veterans Affairs
Department of the Army
Department of the Navy
Department of the Air Force
Environmental Protection Agency
Federal Bureau of Investigation
Federal Bureau of Prisons
Bureau of Prisons
Drug Enforcement Administration
Bureau of Alcohol, Tobacco, Firearms and Explosives
Alcohol and Tobacco Tax and Trade Bureau
Internal Revenue Service
Securities and Exchange Commission
Commodity Futures Trading Commission
Federal Trade Commission
Federal Communications Commission
Federal Energy Regulatory Commission
Nuclear Regulatory Commission
Equal Employment Opportunity Commission
Federal Election Commission
Consumer Product Safety Commission
International Trade Commission
International Trade Commision
National Labor Relations Board
Merit Systems Protection Board
Federal Labor Relations Authority
Consumer Financial Protection Bureau
Federal Deposit Insurance Corporation
Office of the Comptroller of the Currency
Board of Governors of the Federal Reserve System
Social Security Administration
Food and Drug Administration
Centers for Medicare and Medicaid Services
Centers for Disease Control and Prevention
National Institutes of Health
Occupational Safety and Health Administration
Occupational Safety and Health Review Commission
Mine Safety and Health Administration
Federal Mine Safety and Health Review Commission
Immigration and Customs Enforcement
Customs and Border Protection
Citizenship and Immigration Services
Immigration and Naturalization Service
Executive Office for Immigration Review
Board of Immigration Appeals
Federal Emergency Management Agency
Transportation Security Administration
Federal Aviation Administration
National Highway Traffic Safety Administration
Federal Motor Carrier Safety Administration
Federal Railroad Administration
Federal Highway Administration
Federal Transit Administration
Surface Transportation Board
National Transportation Safety Board
Fish and Wildlife Service
National Park Service
Forest Service
Bureau of Land Management
Bureau of Indian Affairs
Marshals Service
Patent and Trademark Office
Copyright Office
Small Business Administration
General Services Administration
Office of Personnel Management
Office of Management and Budget
Pension Benefit Guaranty Corporation
Office of Foreign Assets Control
Financial Crimes Enforcement Network
Army Corps of Engineers
Corps of Engineers
Federal Housing Finance Agency
Federal Housing Administration
Public Company Accounting Oversight Board
Financial Industry Regulatory Authority
Government Accountability Office
Federal Mediation and Conciliation Service
Wage and Hour Division
Office of Hearings and Appeals
Office of Disability Adjudication and Review
National Oceanic and Atmospheric Administration
Food Safety and Inspection Service
Animal and Plant Health Inspection Service
Substance Abuse and Mental Health Services Administration
Administration for Children and Families
Bureau of Safety and Environmental Enforcement
Office of Fair Housing and Equal Opportunity
Bureau of Alcohol, Tobacco and Firearms
Secret Service
Defense Finance and Accounting Service
Defense Logistics Agency
Defense Contract Audit Agency
Defense Contract Management Agency
Armed Services Board of Contract Appeals
Civilian Board of Contract Appeals
General Services Administration Board of Contract Appeals
Atomic Safety and Licensing Board
Central Intelligence Agency
National Security Agency
National Credit Union Administration
Office of Thrift Supervision
Federal Maritime Commission
Bureau of Reclamation
Bureau of Ocean Energy Management
Minerals Management Service
Office of Surface Mining Reclamation and Enforcement
Bureau of Labor Statistics
Employee Benefits Security Administration
Office of Federal Contract Compliance Programs
Health Care Financing Administration
Farm Service Agency
Veterans Administration
Administrative Review Board
Benefits Review Board
Employees' Compensation Appeals Board
Office of Workers' Compensation Programs
Interior Board of Land Appeals
Interior Board of Indian Appeals
Patent Trial and Appeal Board
Trademark Trial and Appeal Board
Board of Patent Appeals and Interferences
National Mediation Board
Sentencing Commission
Parole Commission
Postal Service
Postal Inspection Service
Customs Service
Geological Survey
Coast Guard
Census Bureau
Office of Special Counsel
Office of Government Ethics
Financial Oversight and Management Board for Puerto Rico
Executive Office for United States Attorneys
Federal National Mortgage Association
Federal Home Loan Mortgage Corporation
Government National Mortgage Association
Fannie Mae
Freddie Mac
Ginnie Mae
International Trade Administration
Import Administration
Bureau of Industry and Security
Office of the United States Trade Representative
Economic Development Administration
Minority Business Development Agency
National Telecommunications and Information Administration
National Marine Fisheries Service
National Weather Service
Patent Office
Employment Standards Administration
Employment and Training Administration
Office of Labor-Management Standards
Pipeline and Hazardous Materials Safety Administration
Foreign Agricultural Service
Agricultural Marketing Service
Natural Resources Conservation Service
Rural Utilities Service
Indian Health Service
Health Resources and Services Administration
Bureau of Consumer Protection
Bureau of Competition
Government Printing Office
Government Publishing Office
National Commodity Specialist Division
Commercial Litigation Branch
`

// agencyTable indexes federalAgencies by their first word (nameTable),
// "Department" also as "Dept.".
var agencyTable = nameTable(federalAgencies, func(ws []string) []string {
	if ws[0] == "Department" { // "Dept. of Justice"
		return []string{ws[0], "Dept"}
	}
	return ws[:1]
})

// nameTable indexes a table of names, one a line, each as its words and
// commas ("Bureau of Alcohol, Tobacco" → "Bureau" "of" "Alcohol" ","
// "Tobacco"), under the keys keys gives it in title case and in capitals,
// the longest name of a key first (a longer reading is tried before a
// shorter one).
func nameTable(lines string, keys func(ws []string) []string) map[string][][]string {
	m := map[string][][]string{}
	for _, line := range strings.Split(strings.TrimSpace(lines), "\n") {
		var ws []string
		for _, f := range strings.Fields(line) {
			if w, ok := strings.CutSuffix(f, ","); ok {
				ws = append(ws, w, ",")
				continue
			}
			ws = append(ws, f)
		}
		for _, k := range keys(ws) {
			m[k] = append(m[k], ws)
			m[strings.ToUpper(k)] = append(m[strings.ToUpper(k)], ws)
		}
	}
	for _, names := range m {
		slices.SortStableFunc(names, func(a, b []string) int { return len(b) - len(a) })
	}
	return m
}

// scanTable calls take for each name of table whose words follow at a
// word's start in t (tableMatch), with where the name starts and ends,
// the key being the word's letters; where take accepts one, the scan goes
// on after it.
func scanTable(t string, table map[string][][]string, take func(s, e int, name []string) bool) {
	for i := 0; i < len(t); i++ {
		if !isLetter(t[i]) || i > 0 && (isAlnum(t[i-1]) || t[i-1] == '\'' || t[i-1] == '&') {
			continue
		}
		e, names := tableNamesAt(t, i, table)
		for _, name := range names {
			if end, ok := tableMatch(t, i, name); ok && take(i, end, name) {
				e = end
				break
			}
		}
		i = e
	}
}

// newsDepartmentBefore is a federal department's subject as the news names
// it, right before " Department": "Justice" of "the Justice Department",
// "State" of "the State Department's spokesman", "U.S. Commerce" of "U.S.
// Commerce Department". Group 1 is the subject with the country's
// initials.
var newsDepartmentBefore = regexp.MustCompile(`(?:^|[^A-Za-z.,'’&-])((?:U\.[ \t]?S\.[ \t]+)?(?:Justice|Commerce|State|Labor|Defense|Treasury|Agriculture|Interior|Energy|Education|Transportation|Homeland[ \t]+Security|Veterans[ \t]+Affairs))$`)

// newsDepartments returns the departments the news names by subject, an
// organisation each, read back from each " Department" (the word runs
// through most legal texts, so no expression runs over the whole text),
// where no capitalised word stands before the subject ("Washington State
// Department of Ecology", "the Texas Education Department" are a state's,
// left to the other passes) and no "of" follows ("Justice Department of
// the State" is none).
func newsDepartments(t string) []cand {
	const word = " Department"
	var out []cand
	for k := range occurrences(t, word, 0) {
		e := k + len(word)
		if e < len(t) && isLetter(t[e]) {
			continue
		}
		from := max(0, k-32) // longer than any subject: the expression's "^" is the text's start
		m := newsDepartmentBefore.FindStringSubmatchIndex(t[from:k])
		if m == nil {
			continue
		}
		s := from + m[2]
		if ps, pe, ok := prevWord(t, s); ok && !strings.Contains(t[pe:s], "\n") && capitalised(t[ps:pe]) && !leadingNoise[strings.ToLower(t[ps:pe])] && !strings.HasSuffix(t[ps:pe], ".") {
			continue
		}
		if strings.HasPrefix(strings.TrimLeft(t[e:], " \t"), "of ") {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: s, end: e, source: SourcePattern})
	}
	return out
}

// departmentPeople drops a person the title's pattern read after
// "Justice" of the news's "the Justice Department’s Wildlife …"
// ("Department’s Wildlife"): no one is named "Department".
func departmentPeople(t string, cs []cand) []cand {
	if !strings.Contains(t, "Justice Department") {
		return cs
	}
	return slices.DeleteFunc(cs, func(c cand) bool {
		name := t[c.start:c.end]
		return c.typ == TypePerson && strings.HasPrefix(name, "Department") && (len(name) == len("Department") || !isLetter(name[len("Department")])) && strings.HasSuffix(t[:c.start], "Justice ")
	})
}

// bodyOfficerTitle is a public body's officer's title after its name:
// "Secretary", "Acting Secretary", "Inspector General", "Special Agent".
const bodyOfficerTitle = `(?:(?:Acting|Deputy|Assistant|Associate|Supervisory|Former)[ \t]+)?` +
	`(?:Secretary|Administrator|Commissioner|Director|Chairman|Chairwoman|Spokesman|Spokeswoman|Spokesperson|Inspector[ \t]+General|Special[ \t]+Agents?)\b`

// officerTitleNext is a body's officer's title right after its name on
// its line: "National Marine Fisheries Service Special Agent John Smith".
var officerTitleNext = regexp.MustCompile(`^[ \t]+` + bodyOfficerTitle)

// officerAfterBody is an officer's title and the officer's name at the end
// of a name the patterns ran on from a public body: " Secretary John
// Bryson" of "U.S. Department of Commerce Secretary John Bryson", "
// Special Agent Jeff Passer", " Acting Secretary Julie Su", " Secretary
// Denis McDonough". Group 1 is the officer's name.
var officerAfterBody = regexp.MustCompile(`[ \t]+` + bodyOfficerTitle + `[ \t]+` +
	`((?:[A-Z][a-z]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)){1,3}(?:,?[ \t]+Jr\.)?)$`)

// bodyWord is a public body's head word, which the name before an
// officer's title must hold.
var bodyWord = regexp.MustCompile(`\b(?:Department|Agency|Administration|Service|Commission|Bureau|Office|Board|Authority|Division)\b`)

// bodyOfficers mends a public body's name the patterns ran on over its
// officer's title and name ("U.S. Department of Commerce Secretary John
// Bryson"): the body ends before the title, and the officer is a person.
// A name that opens with another's possessive, where that other name, a
// public body's, ends ("U.S. Department of Agriculture" / "Agriculture’s
// Foreign Agricultural Service"), starts after it; a company's
// possessive word is its own ("The Farmer" / "Farmer’s Wife LLC").
func bodyOfficers(t string, cs []cand) []cand {
	var add []cand
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		name := t[c.start:c.end]
		if m := officerAfterBody.FindStringSubmatchIndex(name); m != nil && bodyWord.MatchString(name[:m[0]]) && !edgeConnectors[strings.ToLower(lastWord(name[:m[0]]))] {
			cs[i].end = c.start + m[0]
			add = append(add, cand{typ: TypePerson, start: c.start + m[2], end: c.start + m[3], source: c.source})
			continue
		}
		if k := strings.IndexAny(name, "'’"); k > 0 && !strings.ContainsAny(name[:k], " \t") {
			rest, ok := strings.CutPrefix(name[k:], "'s ")
			if !ok {
				rest, ok = strings.CutPrefix(name[k:], "’s ")
			}
			if ok && rest != "" && slices.ContainsFunc(cs, func(d cand) bool {
				return d.typ == TypeOrg && d.end == c.start+k && d.start < c.start && bodyWord.MatchString(t[d.start:d.end])
			}) {
				cs[i].start = c.end - len(rest)
			}
		}
	}
	return append(cs, add...)
}

// agencyNames returns the federal agencies of federalAgencies that t names
// in full, in any case, over line breaks, with "&" for "and" and with the
// country's name before them ("U.S. Fish and Wildlife Service", "United
// States Department of Labor"). A name that goes on ("Department of Labor
// and Industry") or that a capitalised word opens ("Texas Department of
// Transportation") is a state's or another body's, left to the tagger.
func agencyNames(t string) []cand {
	var out []cand
	scanTable(t, agencyTable, func(s, e int, _ []string) bool {
		if agencyGoesOn(t, e) {
			return false
		}
		start, ok := agencyStart(t, s)
		if ok {
			out = append(out, cand{typ: TypeOrg, start: start, end: e, source: SourcePattern})
		}
		return ok
	})
	return out
}

// tableNamesAt returns the end of the word's letters at i of t and the
// names of table that word keys.
func tableNamesAt(t string, i int, table map[string][][]string) (int, [][]string) {
	e := i
	for e < len(t) && isLetter(t[e]) {
		e++
	}
	return e, table[t[i:e]]
}

// agencyAt reports whether a name of federalAgencies starts at i of t
// ("National Marine Fisheries Service" of "NOAA's National Marine
// Fisheries Service").
func agencyAt(t string, i int) bool {
	_, names := tableNamesAt(t, i, agencyTable)
	return slices.ContainsFunc(names, func(name []string) bool {
		_, ok := tableMatch(t, i, name)
		return ok
	})
}

func isLetter(b byte) bool { return upperByte(b) || b >= 'a' && b <= 'z' }

func upperByte(b byte) bool { return b >= 'A' && b <= 'Z' }

// tableMatch reports whether name's words follow at s of t, and where they
// end: words equal but for case, commas where the name has them and a
// serial comma before a list's "and" ("Bureau of Alcohol, Tobacco,
// Firearms, and Explosives"), "&" for "and" (and for a firm's "&", "and"
// or nothing), any whitespace between.
func tableMatch(t string, s int, name []string) (int, bool) {
	i := s
	for k, w := range name {
		before := i
		if w == "and" && k > 1 && name[k-2] == "," && i < len(t) && t[i] == ',' {
			i++ // the serial comma: the name lists with commas before "and"
		}
		if k > 0 && w != "," {
			j := i
			for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '\n') {
				j++
			}
			if j == i {
				return 0, false
			}
			i = j
		}
		switch {
		case w == ",":
			if i >= len(t) || t[i] != ',' {
				return 0, false
			}
			i++
		case w == "and" && strings.HasPrefix(t[i:], "&"):
			i++
		case w == "&":
			// A firm's "&": "and" for it, or none where a web page
			// dropped it ("Foley Lardner").
			switch {
			case strings.HasPrefix(t[i:], "&"):
				i++
			case strings.HasPrefix(t[i:], "and ") || strings.HasPrefix(t[i:], "AND "):
				i += 3
			default:
				i = before
			}
		case w == "Department" && k == 0 && len(t)-i >= 5 && strings.EqualFold(t[i:i+5], "dept."):
			i += 5
		default:
			if len(t)-i < len(w) || !strings.EqualFold(t[i:i+len(w)], w) {
				return 0, false
			}
			i += len(w)
			if i < len(t) && isAlnum(t[i]) {
				return 0, false
			}
			// Content words keep their capital ("the department of
			// state's" is no agency's name); the table is ASCII.
			if upperByte(w[0]) && !upperByte(t[i-len(w)]) {
				return 0, false
			}
		}
	}
	return i, true
}

// agencyGoesOn reports whether the name ending at e of t goes on on its
// line: with a capitalised word ("Department of State Police", "Federal
// Trade Commission Act") or a connector and one ("Department of Labor and
// Industry").
func agencyGoesOn(t string, e int) bool {
	ws, we, ok := nextWord(t, e)
	if !ok || strings.Contains(t[e:ws], "\n") {
		return false
	}
	if officerTitleNext.MatchString(t[e:]) {
		return false // the body's officer: "U.S. Department of Commerce Secretary John Bryson", "… Service Special Agent"
	}
	switch t[ws:we] {
	case "and", "AND", "&", "of", "OF", "for", "FOR":
		ns, ne, ok := nextWord(t, we)
		return ok && capitalised(t[ns:ne])
	case "Rulings":
		// The body's rulings, a heading's words after its name: "United
		// States International Trade Commision Rulings And Harmonized
		// Tariff Schedule".
		return false
	}
	return capitalised(t[ws:we])
}

// agencyStart returns where the agency's name at s of t starts: before the
// country's name in front of it ("U.S.", "United States", or "UNITED
// STATES" alone on the line above) or "Federal" ("the Federal Bureau of
// Alcohol, Tobacco, Firearms and Explosives", as a press release may
// write it), or at s, also after a possessive ("the Commerce Department's
// International Trade Administration"). It is
// false when another capitalised word opens the name ("Texas Department
// of Transportation", "New York State Department of Health").
func agencyStart(t string, s int) (int, bool) {
	ps, pe, ok := prevWord(t, s)
	if !ok || strings.Contains(t[pe:s], "\n\n") {
		// A letterhead's or a form's country on the line above: "UNITED
		// STATES" / "SECURITIES AND EXCHANGE COMMISSION".
		if ls := strings.LastIndexByte(t[:s], '\n'); ls > 0 && strings.TrimSpace(t[ls:s]) == "" {
			prev := t[strings.LastIndexByte(t[:ls], '\n')+1 : ls]
			if c := strings.TrimSpace(prev); c == "UNITED STATES" || c == "United States" {
				return ls - len(prev) + strings.Index(prev, c), true
			}
		}
		return s, true
	}
	p := t[ps:pe]
	switch {
	case p == "U.S." || p == "Federal" || p == "FEDERAL":
		return ps, true
	case p == "States" || p == "STATES":
		if qs, qe, ok := prevWord(t, ps); ok && (t[qs:qe] == "United" || t[qs:qe] == "UNITED") {
			return qs, true
		}
		return s, false
	case p == "S.":
		if qs, qe, ok := prevWord(t, ps); ok && t[qs:qe] == "U." {
			return qs, true
		}
	}
	if lw := strings.ToLower(p); capitalised(p) && !strings.ContainsAny(p, ".,;:()") && !leadingNoise[lw] && !roleWords[lw] && !partyTerms[lw] && !(possessive(p) && !StateNames[strings.ToLower(possessor(p))]) {
		return s, false
	}
	return s, true
}

// officePlaceWord is a capitalised word of a place's name, one with a capital
// inside too ("McLean", "DeSoto", "LaSalle", "DuPage", "O'Brien").
const officePlaceWord = `(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?|O['’][A-Z][a-z]+)`

// officialsOffice is a local official's office named by the official's
// title and a possessive: "Jacksonville Sheriff's Office", "Los Angeles
// County Sheriff's Department", "Cook County State's Attorney's Office",
// "Harris County District Attorney's Office", with up to three
// capitalised words of its place before it (a sentence's first word or a
// role among them is cut by officialsOffices; without its place, "the
// Sheriff's Office" names no office in particular). Group 1 is the
// office.
var officialsOffice = regexp.MustCompile(`\b(?:` + officePlaceWord + `[ \t]+){1,3}((?:County[ \t]+|City[ \t]+)?(?:Sheriff|District[ \t]+Attorney|State['’]s[ \t]+Attorney|County[ \t]+Attorney|City[ \t]+Attorney|Prosecuting[ \t]+Attorney|Public[ \t]+Defender|Prosecutor|Marshal|Coroner|Medical[ \t]+Examiner|Clerk|Treasurer|Assessor|Recorder)['’]s[ \t]+(?:Office|Department))\b`)

// deedsOffice is a county's or a district's land records office:
// "Hampshire District Registry of Deeds", "Middlesex South Registry of
// Deeds", "Cook County Recorder of Deeds", "Wake County Register of
// Deeds", with up to three capitalised words of its place before its kind
// (group 1 starts the kind).
var deedsOffice = regexp.MustCompile(`\b(?:` + officePlaceWord + `[ \t]+){1,3}((?:Registry|Register|Recorder)[ \t]+of[ \t]+Deeds)\b`)

// officeholderWords describe who holds an office, not where it is: "the
// newly elected Republican Recorder of Deeds" is an official.
var officeholderWords = wordSet(`republican democratic democrat elected newly former acting deputy assistant chief`)

// officialsOffices returns the offices officialsOffice finds, which the
// tagger reads as a person or a place ("Jacksonville Sheriff", "Los
// Angeles County Sheriff"), and the land records offices deedsOffice
// finds (the tagger reads the county: "Hampshire").
func officialsOffices(t string) []cand {
	var out []cand
	if strings.Contains(t, " of Deeds") {
		for _, m := range deedsOffice.FindAllStringSubmatchIndex(t, -1) {
			s := afterWords(t, m[0], leadingWords(strings.Fields(t[m[0]:m[2]]), 0, func(lw string) bool { return leadingNoise[lw] || roleWords[lw] || officeholderWords[lw] }))
			if s < m[2] {
				out = append(out, cand{typ: TypeOrg, start: s, end: m[1], source: SourcePattern})
			}
		}
	}
	if !containsAny(t, []string{"'s Office", "’s Office", "'s Department", "’s Department"}) {
		return out
	}
	for _, m := range officialsOffice.FindAllStringSubmatchIndex(t, -1) {
		s := afterWords(t, m[0], leadingWords(strings.Fields(t[m[0]:m[2]]), 0, func(lw string) bool {
			return lw == "the" || lw == "county" || lw == "city" || leadingNoise[lw] || roleWords[lw] || roleWords[strings.TrimSuffix(lw, "s")]
		}))
		if s < m[2] {
			out = append(out, cand{typ: TypeOrg, start: s, end: m[1], source: SourcePattern})
		}
	}
	return out
}

// unitHeads end the name of a body's unit or of a body itself, which names
// over "and" as often as not: "Investigations and Hearings Division",
// "Budget and Finance Committee".
var unitHeads = wordSet(`division bureau branch section unit office committee department service council board commission`)

// wordAndBefore is one capitalised word and "and" right before a name, at
// the start of a run of capitalised words: group 1 is the word.
var wordAndBefore = regexp.MustCompile(`(?:^|[^\w.’'&-][ \t]*)([A-Z][a-z]+)[ \t]+and[ \t]+$`)

// bodyOf is a body's name that opens with its kind and "of", its place's
// words before it or not: "Office of Management", "Division of
// Corporation Finance", "Rhode Island Board of Medical Licensure".
var bodyOf = regexp.MustCompile(`^(?:(?:The|the)[ \t]+)?(?:[A-Z][a-z]+[ \t]+){0,3}(?:Office|Department|Division|Bureau|Board|Commission|Committee|Council|Agency|Administration|Institute|Center)[ \t]+of[ \t]+`)

// andWordsAfter is "and" and one to three capitalised words after a name,
// then no other capitalised word: " and Budget", " and Urban Development",
// " and Coastal Resource Management".
var andWordsAfter = regexp.MustCompile(`^[ \t]+and[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?:$|[^\w’'&\s-]|[ \t]*\n|[ \t]+[^A-Z\s])`)

// bodyNameHeads end a public body's name after "and": "Health
// Administration", "Health Review Commission".
var bodyNameHeads = wordSet(strings.ToLower(strings.ReplaceAll(publicBodyHeads, "|", " ")) + ` institute center council`)

// bodiesOverAnd gives a body's name the words on the other side of "and"
// that the patterns cut off: the word before it when the name ends in a
// unit's head ("Investigations and Hearings Division", where the patterns
// kept "Hearings Division"), the words after it when the name opens with
// its kind and "of" ("Office of Management and Budget", "Office of
// Compliance Inspections and Examinations") or is a part named after its
// body's possessive and the words end in a body's head ("the Department
// of Labor's Occupational Safety and Health Administration"). The words must be no role,
// title or sentence's opening word, and no other name ("the Plaintiff and
// Claims Division", "the Board of Regents and Jones").
func bodiesOverAnd(t string, cs []cand) []cand {
	if !strings.Contains(t, " and ") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		name := t[c.start:c.end]
		if unitHeads[strings.ToLower(lastWord(name))] {
			off := max(0, c.start-40)
			if m := wordAndBefore.FindStringSubmatchIndex(t[off:c.start]); m != nil && joinable(t, cs, c, off+m[2], off+m[3]) {
				cs[i].start = off + m[2]
				continue
			}
		}
		// A body's name that opens with its kind and "of", or a part
		// named after its body's possessive whose words after "and" end
		// in a body's head ("the Department of Labor's Occupational
		// Safety" + " and Health Administration").
		afterPossessive := strings.HasSuffix(t[:c.start], "'s ") || strings.HasSuffix(t[:c.start], "’s ")
		if bodyOf.MatchString(name) || afterPossessive {
			// The window ends the text only where the text ends: a word
			// it cuts is no name's end.
			w := t[c.end:min(len(t), c.end+80)]
			if m := andWordsAfter.FindStringSubmatchIndex(w); m != nil && (m[1] < len(w) || c.end+len(w) == len(t)) && joinable(t, cs, c, c.end+m[2], c.end+m[3]) &&
				(!afterPossessive || bodyNameHeads[strings.ToLower(lastWord(w[m[2]:m[3]]))]) {
				cs[i].end = c.end + m[3]
			}
		}
	}
	return cs
}

// joinable reports whether the words at bytes [s, e) of t may join body
// c's name over "and": their first word is no role, title, job or
// sentence's opening word ("Appeals" may be: "Board of Standards and
// Appeals", "Office of Hearings and Appeals"), and no name of cs but c,
// the names that hold c (another reading of the same name, the tagger's
// whole one) and an organisation inside the words that is no company's
// ("Children Services" of "Division of Family and Children Services")
// overlaps them.
func joinable(t string, cs []cand, c cand, s, e int) bool {
	lw := strings.ToLower(firstWord(t[s:e]))
	if leadingNoise[lw] || roleWords[lw] || partyTerms[lw] || jobWords[lw] || lw != "appeals" && (notNameAlone[lw] || titleWords[lw]) {
		return false
	}
	for _, d := range cs {
		if d.start < e && s < d.end && !(d.start <= c.start && d.end >= c.end) &&
			!(d.typ == TypeOrg && d.start >= s && d.end <= e && !companyEnd(t[d.start:d.end])) {
			return false
		}
	}
	return true
}

// departmentAfter is a department a list of its units ends in: ", United
// States Department of Justice", ", U.S. Department Of Justice", ", Dept.
// of Justice".
var departmentAfter = regexp.MustCompile(`,\s+(?:the[ \t]+)?(?:United\s+States\s+|U\.[ \t]?S\.[ \t]+)?(?:Department|Dept\.)[ \t]+(?i:of)[ \t]+[A-Z]`)

// departmentUnit is one unit of a department named before it, a part of
// a comma-separated list: "Civil Division", "Commercial Litigation Branch",
// "Environment & Natural Resources Division", West's "Tax Div.".
var departmentUnit = regexp.MustCompile(`^(?:[A-Z][a-z]+(?:[ \t]+(?:&|and)[ \t]+|[ \t]+)){0,4}(?:Division|Div\.|Branch|Section|Unit)$`)

// letterheadUnit is a unit of a body on its own line under the body's
// name in capitals, as a letterhead or a decision's header sets them:
// "DEPARTMENTAL APPEALS BOARD" / "Civil Remedies Division", "DEPARTMENT
// OF JUSTICE" / "Antitrust Division", blank lines between or not. Group 1
// is the body's line, group 2 the unit.
var letterheadUnit = regexp.MustCompile(`(?m)^[ \t]*([A-Z][A-Z ,.&'’\-]{3,}?)[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*((?:[A-Z][a-z]+[ \t]+(?:(?:and|of|for|&)[ \t]+)?){1,5}(?:` + strings.Join(letterheadUnitHeads, "|") + `))[ \t]*$`)

// letterheadUnitHeads are the last words of a letterhead's unit.
var letterheadUnitHeads = []string{"Division", "Section", "Branch", "Unit", "Office", "Bureau"}

// publicBodyLine is a public body's name in capitals: a board, a
// department, a commission, an agency. Not publicBodyHeads: an office's
// or a division's line ("MAIN OFFICE") is a company's as often.
var publicBodyLine = regexp.MustCompile(`\b(?:BOARD|DEPARTMENT|DEPARTMENTAL|COMMISSION|AGENCY|ADMINISTRATION|BUREAU|AUTHORITY|COUNCIL|MINISTRY|SERVICE|JUSTICE|ATTORNEY GENERAL)\b`)

// letterheadUnits returns the units letterheadUnit finds under a public
// body's line (publicBodyLine), organisations; under any other line a unit
// is a company's office, a document's part, a court's division or a
// lawyer's line ("ACME WIDGETS, INC." / "Corporate Office", "EXHIBIT A" /
// "Payment Section", "FOR THE SOUTHERN DISTRICT OF MISSISSIPPI" /
// "Northern Division", "STANLEY K. COPPINGER" / "Representing Tax
// Division"). A unit a sentence opens ("The Enforcement Section") is
// none.
func letterheadUnits(t string) []cand {
	// The unit's words are in most legal texts; a public body's line in
	// capitals is rarer, and its test is one pass.
	if !containsAny(t, letterheadUnitHeads) || !publicBodyLine.MatchString(t) {
		return nil
	}
	var out []cand
	for _, m := range letterheadUnit.FindAllStringSubmatchIndex(t, -1) {
		if firstWord(t[m[4]:m[5]]) == "The" || !publicBodyLine.MatchString(t[m[2]:m[3]]) {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: m[4], end: m[5], source: SourcePattern})
	}
	return out
}

// departmentUnits returns the units a counsel list names before their
// department, each a comma-separated part right before it, a line break
// after the comma too ("Commercial
// Litigation Branch, Civil Division, United States Department of
// Justice"), from the department back to the first part that is no unit,
// and those it names after it (departmentBefore).
func departmentUnits(t string) []cand {
	if !strings.Contains(t, "Department") && !strings.Contains(t, "Dept.") {
		return nil
	}
	var out []cand
	for _, m := range departmentAfter.FindAllStringIndex(t, -1) {
		end := m[0]
		for end > 0 {
			s := strings.LastIndexAny(t[max(0, end-60):end], ",\n(;")
			if s < 0 {
				break
			}
			s += max(0, end-60) + 1
			part := strings.TrimSpace(t[s:end])
			if !departmentUnit.MatchString(part) {
				break
			}
			ps := s + strings.Index(t[s:end], part)
			out = append(out, cand{typ: TypeOrg, start: ps, end: ps + len(part), source: SourcePattern})
			end = s - 1
		}
	}
	// "Department of Justice, Civil Division, Appellate Section,
	// Washington": the units after their department, from it on to the
	// first part that is no unit.
	for _, m := range departmentBefore.FindAllStringIndex(t, -1) {
		for s := m[1]; s < len(t); {
			e := strings.IndexAny(t[s:], ",\n(;")
			if e < 0 {
				break
			}
			part := strings.TrimSpace(t[s : s+e])
			if !departmentUnit.MatchString(part) {
				break
			}
			ps := s + strings.Index(t[s:s+e], part)
			out = append(out, cand{typ: TypeOrg, start: ps, end: ps + len(part), source: SourcePattern})
			s += e + 1
		}
	}
	return out
}

// departmentBefore is a department named before its units in a counsel
// list, to its comma: "Department of Justice,", "U.S. Department of
// Labor,".
var departmentBefore = regexp.MustCompile(`\b(?:United[ \t]+States[ \t]+|U\.[ \t]?S\.[ \t]+)?(?:Department|Dept\.)[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,3},`)

// stateSecretary is a state's secretary of state, the office that
// records companies' filings, named with its state ("the Secretary of
// State of the State of Delaware", "Secretary of the Commonwealth of
// Massachusetts"), or the office alone ("the Office of the Secretary of
// the Commonwealth"); "Secretary of State" alone is a title.
var stateSecretary = regexp.MustCompile(`\b(?:(?:Office[ \t]+of[ \t]+the[ \t]+)?Secretary[ \t]+of[ \t]+(?:State|the[ \t]+Commonwealth)[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:State|Commonwealth)[ \t]+of[ \t]+)?` +
	stateNameAlt + `|Office[ \t]+of[ \t]+the[ \t]+Secretary[ \t]+of[ \t]+(?:State|the[ \t]+Commonwealth))\b`)

// bodyUnitHeads end the name of a body's unit in running text: "the Tax
// Division", "the Criminal Division's Fraud Section", "the Commercial
// Litigation Branch", "the Internet Bureau", "the Joint Terrorism Task
// Force".
var bodyUnitHeads = []string{"Division", "Branch", "Section", "Bureau", "Task Force"}

// notUnitWords open no unit's name: a court's division by direction,
// number or business ("the Eastern Division", "the Appellate Division",
// "the Law Division"), a branch of government, a determiner.
var notUnitWords = wordSet(`eastern western northern southern central middle first second third fourth fifth sixth
	seventh eighth ninth tenth appellate law chancery family trial probate juvenile special executive judicial
	legislative this that such said each any every its their our his her and &`)

// unitOfNamed is a unit's head followed by the rest of its own name
// ("Federal Bureau" + " of Investigation", "Division" + " of
// Enforcement") or by a number ("Section 5"): no unit named before its
// head.
var unitOfNamed = regexp.MustCompile(`^(?:[ \t]+(?:of|OF)[ \t]+[A-Z]|[ \t]*[\d§(])`)

// unitWord is a capitalised word of a unit's name; unitBefore is what
// comes before one: "the", "its" or "their".
var (
	unitWord   = regexp.MustCompile(`^[A-Z][A-Za-z'’\-]*$`)
	unitBefore = regexp.MustCompile(`(?:^|[ \t\n])(?:the|The|THE|its|their)$`)
)

// bodyUnits returns the units of a body named by their business after
// "the", "its", "their" or a body's possessive (bodyUnitHeads): up to five
// capitalised words on the head's line, "and" or "&" between two of them.
func bodyUnits(t string) []cand {
	var out []cand
	for _, head := range bodyUnitHeads {
		for hs := range occurrences(t, head, 0) {
			he := hs + len(head)
			if hs == 0 || t[hs-1] != ' ' || he < len(t) && isWordByte(t[he]) || unitOfNamed.MatchString(t[he:]) {
				continue
			}
			s, n := hs, 0
			for n < 5 {
				ws := strings.LastIndexAny(t[:s-1], " \t\n") + 1
				w := t[ws : s-1]
				if w == "" || strings.ContainsAny(t[ws:s], "\n\t") || !(unitWord.MatchString(w) && !possessive(w) && w != "The" || w == "and" || w == "&") {
					break
				}
				s, n = ws, n+1
				if ws == 0 || t[ws-1] != ' ' {
					break
				}
			}
			for s < hs && (strings.HasPrefix(t[s:], "and ") || strings.HasPrefix(t[s:], "& ")) {
				s = strings.IndexByte(t[s:], ' ') + s + 1
			}
			if s == hs || notUnitWords[strings.ToLower(firstWord(t[s:hs]))] {
				continue
			}
			before := strings.TrimRight(t[max(0, s-12):s], " ")
			if !unitBefore.MatchString(before) && !possessive(before) {
				continue
			}
			out = append(out, cand{typ: TypeOrg, start: s, end: he, source: SourcePattern})
		}
	}
	return out
}

// unitOfName is a body's unit named by its head and its business after
// "of" (bodyUnitsOf): "Division of Administrative Hearings", "Office of
// General Counsel for Enforcement and Litigation", "Division of Long Term
// Care Residents Protection"; capitalised words, "and", "&" or "for"
// between two of them, on one line. Group 1 is the first word after "of".
var unitOfName = regexp.MustCompile(`^(?:Office|Division|Bureau)[ \t]+of[ \t]+([A-Z][a-z][A-Za-z'’\-]*)(?:(?:[ \t]+(?:and|&|for))?[ \t]+[A-Z][a-z][A-Za-z'’\-]*){0,6}`)

// unitOfListed is a list going on after a unit's name: the name is cut
// short at its comma ("Bureau of Alcohol, Tobacco and Firearms").
var unitOfListed = regexp.MustCompile(`^,[ \t]+[A-Z][a-z]+(?:,|[ \t]+(?:and|&)[ \t])`)

// unitOfHeadNames are the heads of a body's unit named before "of"
// (unitOfName).
var unitOfHeadNames = []string{"Office of ", "Division of ", "Bureau of "}

// unitOfEnd returns where the name of a body's unit that opens t at hs
// (unitOfName: "Office of General Counsel for Enforcement and Litigation")
// ends: at a possessive word, whose owner's name it keeps ("the Division
// of Licensing Services' staff"), at a month ("the Office of Hearings and
// Appeals March 2021 order") or at "and" before another body's head ("its
// Office of General Counsel and Office of Inspector General"). False where
// "of" is followed by a person's given name (a lawyer's "Office of Lisa J.
// Sansone") or a list goes on after the name's comma ("Bureau of Alcohol,
// Tobacco and Firearms").
func unitOfEnd(t string, hs int) (int, bool) {
	m := unitOfName.FindStringSubmatchIndex(t[hs:])
	if m == nil || isGivenName(t[hs+m[2]:hs+m[3]]) {
		return 0, false
	}
	name := t[hs : hs+m[1]]
	ws := words(name, 0)
	for k, w := range ws {
		lw := strings.ToLower(w.text)
		if k > 2 && months[lw] || (lw == "and" || lw == "&") && k+1 < len(ws) && (unitHeads[strings.ToLower(ws[k+1].text)] || strings.EqualFold(ws[k+1].text, "agency")) {
			return hs + len(strings.TrimRight(name[:w.start], " \t")), true
		}
		if possessive(w.text) || strings.HasSuffix(w.text, "s'") || strings.HasSuffix(w.text, "s’") {
			return hs + len(strings.TrimRight(name[:w.start]+possessor(w.text), "'’")), true
		}
	}
	if unitOfListed.MatchString(t[hs+len(name):]) {
		return 0, false
	}
	return hs + len(name), true
}

// bodyUnitsOf adds the units of a body named after their head and "of"
// (unitOfEnd) after "the", "its", "their" or a possessive ("the Division
// of Administrative Hearings", "the agency's Office of Hearings and
// Appeals"), with the state's name that owns it ("the New Jersey Division
// of Gaming Enforcement"); possessiveParts ends those after a public
// body's possessive the same way. An organisation the candidates have over
// the same words stays as it is: the tagger's names carry into a header's
// capitals (propagateNames).
func bodyUnitsOf(t string, cs []cand) []cand {
	for _, head := range unitOfHeadNames {
		for hs := range occurrences(t, head, 0) {
			start := hs
			if sm := stateBeforeUnit.FindStringSubmatchIndex(t[max(0, hs-40):hs]); sm != nil {
				start = max(0, hs-40) + sm[2]
			} else if before := strings.TrimRight(t[max(0, hs-12):hs], " "); !unitBefore.MatchString(before) && !possessive(before) {
				continue
			}
			end, ok := unitOfEnd(t, hs)
			if ok && !slices.ContainsFunc(cs, func(c cand) bool { return c.typ == TypeOrg && c.start == start && c.end == end }) {
				cs = append(cs, cand{typ: TypeOrg, start: start, end: end, source: SourcePattern})
			}
		}
	}
	return cs
}

// stateBeforeUnit is a state's name between "the" and a unit's head: "the
// New Jersey Division of Gaming Enforcement"; group 1 is the state's name.
var stateBeforeUnit = regexp.MustCompile(`(?:^|[ \t\n])(?:the|The)[ \t]+(` + stateNameAlt + `)[ \t]+$`)

// unitDepartmentSplit is a unit and its department read as one name over
// the comma between them: "Civil Division, Department of Justice".
var unitDepartmentSplit = regexp.MustCompile(`,[ \t]+(?:the[ \t]+)?(?:United[ \t]+States[ \t]+|U\.[ \t]?S\.[ \t]+)?(?:Department|Dept\.)[ \t]+(?i:of)[ \t]+[A-Z]`)

// unitDepartments splits an organisation that runs from a unit
// (departmentUnit) over the comma into its department into the two names
// they are.
func unitDepartments(t string, cs []cand) []cand {
	if !strings.Contains(t, "Department") && !strings.Contains(t, "Dept.") {
		return cs
	}
	return splitOrgs(t, cs, func(c cand, name string) (cand, []cand, bool) {
		m := unitDepartmentSplit.FindStringIndex(name)
		if m == nil || !departmentUnit.MatchString(name[:m[0]]) {
			return c, nil, false
		}
		rest := c
		rest.start = c.start + m[0] + 1
		for rest.start < rest.end && (t[rest.start] == ' ' || t[rest.start] == '\t') {
			rest.start++
		}
		c.end = c.start + m[0]
		return c, []cand{rest}, true
	})
}

// unitPair is two of a department's units read as one name, with or
// without the comma between them: "Civil Division, Commercial Litigation
// Branch", "Commercial Litigation Branch Civil Division". Group 1 is the
// first unit, group 2 the second.
var unitPair = regexp.MustCompile(`^(.+?(?:Division|Div\.|Branch|Section|Unit)),?[ \t]+(.+)$`)

// unitPairs splits an organisation that is two of a department's units
// (departmentUnit each, of two words at least) into the two names they
// are.
func unitPairs(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Division", "Div.", "Branch", "Section", "Unit"}) {
		return cs
	}
	return splitOrgs(t, cs, func(c cand, name string) (cand, []cand, bool) {
		m := unitPair.FindStringSubmatchIndex(name)
		if m == nil || !departmentUnit.MatchString(name[m[2]:m[3]]) || !departmentUnit.MatchString(name[m[4]:m[5]]) || !strings.ContainsAny(name[m[2]:m[3]], " \t") || !strings.ContainsAny(name[m[4]:m[5]], " \t") {
			return c, nil, false
		}
		rest := c
		rest.start = c.start + m[4]
		c.end = c.start + m[3]
		return c, []cand{rest}, true
	})
}

// listedOffice is a public office named between commas or at a line's
// edge, as a counsel's line gives it: "Phillip A. Llonberger, Office of
// the Attorney General, Austin", "Office of the Federal Public Defender
// for the District of Kansas, Topeka". Group 1 is the office's name; the
// comma after it is where the patterns' run of capitalised words went
// on into the city and lost the office.
var listedOffice = regexp.MustCompile(`(?:^|[\n,])[ \t]*((?:Office|OFFICE)[ \t]+(?:of|OF)(?:[ \t]+(?:the|THE))?(?:[ \t]+(?:(?:of|for|and|the|OF|FOR|AND|THE)[ \t]+)*[A-Z][A-Za-z.'’\-]*){1,7})[ \t]*(?:,|;|\n)`)

// listedOffices finds listedOffice's offices; an office of a court or its
// clerk is the court's, no node ("Office of the Presiding Disciplinary
// Judge of the Supreme Court of Colorado", "OFFICE OF THE CLERK").
func listedOffices(t string) []cand {
	if !strings.Contains(t, "Office of") && !strings.Contains(t, "OFFICE OF") {
		return nil
	}
	cs := groupCands(t, listedOffice, 1, TypeOrg)
	return slices.DeleteFunc(cs, func(c cand) bool { return containsAny(t[c.start:c.end], []string{"Court", "COURT", "Clerk", "CLERK"}) })
}

// attorneyGeneralTail is what ends an attorney general's office after the
// words the patterns and the tagger keep: " Attorney General" after "Office
// of the West Virginia", " of the Attorney General" after "New York State
// Office" (group 1 its "of the"), with Tennessee's " and Reporter".
var attorneyGeneralTail = regexp.MustCompile(`^[ \t]+(of[ \t]+the[ \t]+)?Attorney[ \t]+General(?:[ \t]+and[ \t]+Reporter)?\b`)

// attorneyGeneralOffices grows an office's name that the tagger or the
// patterns cut before the attorney general it is the office of: "Office of
// the West Virginia" + " Attorney General", "New York State Office" + " of
// the Attorney General". A name that ends in "Office" takes the tail with
// "of the"; one that opens with "Office of the" and a state's name takes
// the title alone.
func attorneyGeneralOffices(t string, cs []cand) []cand {
	if !strings.Contains(t, "Attorney General") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg || c.party {
			continue
		}
		m := attorneyGeneralTail.FindStringSubmatchIndex(t[c.end:])
		if m == nil {
			continue
		}
		name, of := t[c.start:c.end], m[2] >= 0
		if of && strings.HasSuffix(name, "Office") || !of && strings.HasPrefix(name, "Office of the ") && len(strings.Fields(name)) > 3 {
			cs[i].end = c.end + m[1]
		}
	}
	return cs
}

// systemBody is a public body named for its kind of system, a tax
// tribunal or a chamber of commerce, the capitalised words before it
// (a state's, a city's, a fund's members') and the place it is of after
// it: "Arkansas Teacher Retirement System", "California Public Employees'
// Retirement System", "New York State Unified Court System", "Teachers'
// Retirement System of the State of Illinois", "Michigan Tax Tribunal",
// "New York State Tax Appeals Tribunal", "U.S. Chamber of Commerce",
// "Chamber of Commerce of the United States of America", "Police and
// Firemen's Retirement System" ("and" only between the two words before
// the kind: "Meruelo Living Trust and Arkansas Teacher Retirement System"
// are two). A system of another kind ("Global Positioning System",
// "Electronic Case Filing System") is no body, nor is a tribunal named by
// its role ("the Lower Tribunal").
var systemBody = regexp.MustCompile(`\b(?:(?:` + systemWord + `|of)[ \t]+){0,5}(?:` + systemWord + `[ \t]+(?:and|&)[ \t]+` + systemWord + `[ \t]+)?` +
	`(?:(?:Retirement|Pension|Annuity|University|Health|Health[ \t]+Care|Hospital|Court|Transit)[ \t]+System|(?:Tax|Tax[ \t]+Appeals|Employment|Competition|Labou?r)[ \t]+Tribunal|Chamber[ \t]+of[ \t]+Commerce)\b` +
	`(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:State[ \t]+of[ \t]+)?(?:United[ \t]+States(?:[ \t]+of[ \t]+America)?|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b)?`)

// systemWord is a word of a name before systemBody's kind: a capitalised
// word, a possessive or a plural's apostrophe after it ("Employees'"), or
// initials ("U.S."); no sentence's last word ("Tribunal. The").
const systemWord = `(?:(?:[A-Z]\.)+|[A-Z][A-Za-z&\-]*(?:['’]s?)?)`

// systemBodyEnd is the end of a name systemBody reads: a body's whole name
// ends there, and a company named after "and" is another one.
var systemBodyEnd = regexp.MustCompile(`\b(?:System|Tribunal|Chamber[ \t]+of[ \t]+Commerce)$`)

// systemKinds are the first words of systemBody's kinds.
var systemKinds = wordSet(`retirement pension annuity university health hospital court transit tax employment competition labour labor chamber`)

// systemBodies returns the bodies systemBody finds, an organisation each,
// without a sentence's words before them ("The", "In").
// Added after the tagger, which reads a place in the state's name.
func systemBodies(t string) []cand {
	if !containsAny(t, []string{" System", " Tribunal", "Chamber of Commerce"}) {
		return nil
	}
	var out []cand
	for _, m := range systemBody.FindAllStringIndex(t, -1) {
		ws := words(t[m[0]:m[1]], m[0])
		i := 0
		for i < len(ws)-1 && (leadingNoise[lowerKey(ws[i].text)] || ws[i].text == "of") {
			i++
		}
		// "the Retirement System", "the Tax Tribunal": a body's kind
		// alone is a short name, the document's to define.
		if len(ws)-i < 2 || systemKinds[strings.ToLower(ws[i].text)] && !strings.Contains(t[ws[i].start:m[1]], " of ") {
			continue
		}
		// "the Probate Court System" is the state's courts, no body's
		// name; "New York State Unified Court System" is one.
		if strings.HasSuffix(t[ws[i].start:m[1]], "Court System") && !stateNameAt(t, ws[i].start) {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: ws[i].start, end: m[1], source: SourcePattern})
	}
	return out
}

// stateNameAt reports whether a state's name opens the text at i ("New
// York State …", "Texas …").
func stateNameAt(t string, i int) bool {
	ws := words(t[i:min(len(t), i+40)], i)
	for n := 1; n <= 3 && n <= len(ws); n++ {
		if StateNames[strings.ToLower(oneSpace(t[ws[0].start:ws[n-1].end]))] {
			return true
		}
	}
	return false
}

// ordinalRegion is an agency's regional office by its ordinal, as the
// National Labor Relations Board numbers them: "the Regional Director for
// the Sixth Region".
var ordinalRegion = regexp.MustCompile(`^` + spelledOrdinal + `[ \t]+Region$`)

// numberedRegion is an agency's regional office by its number: "U.S.
// EPA, Region 2", "the Department's Region 4 headquarters". A capitalised
// word after it goes on with a longer name ("Region 1 News Release",
// "Region 10 Education Service Center"), which is not read here.
var numberedRegion = regexp.MustCompile(`\bRegion[ \t]+\d{1,2}\b(?:[ \t]+[A-Z][a-z])?`)

// regionAgencyBefore reports whether the agency a numbered region is an
// office of is named right before byte i of t: its head word or its
// initials (publicBodyHead: "U.S. EPA, Region 2", "OSHA Region 5",
// "Environmental Protection Agency - Region 1"), a release's "OSHA News
// Release" / "Region 5", or a possessive ("the Department's Region 4"). A
// sales territory, a survey's zone or a sports league's region has none.
func regionAgencyBefore(t string, i int) bool {
	before := strings.TrimRight(t[max(0, i-40):i], " \t\n,-–—")
	w := lastWord(before)
	return w != "" && (possessive(w) || publicBodyHead(w) || strings.HasSuffix(before, "News Release"))
}

// numberedRegions finds the regional offices numberedRegion reads after
// their agency (regionAgencyBefore).
func numberedRegions(t string) []cand {
	if !strings.Contains(t, "Region") {
		return nil
	}
	var out []cand
	for _, m := range numberedRegion.FindAllStringIndex(t, -1) {
		if s := t[m[0]:m[1]]; s[len(s)-1] >= 'a' && s[len(s)-1] <= 'z' || !regionAgencyBefore(t, m[0]) {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}

// ordinalRegions reads the tagger's place that is an ordinal's region
// (ordinalRegion) as the agency's office it is, in a text that names the
// Board's regional director (a sports league's or a church's "Sixth
// Region" is none).
func ordinalRegions(t string, cs []cand) []cand {
	if !strings.Contains(t, "Regional Director") {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeLocation && ordinalRegion.MatchString(t[c.start:c.end]) {
			cs[i].typ, cs[i].source = TypeOrg, SourcePattern
		}
	}
	return cs
}

// cabinetSecretary is a federal department's secretary by the office's
// name ("Secretary of Labor", "SECRETARY OF HEALTH AND HUMAN SERVICES"),
// the departments of federalAgencies: not the Secretary of State (every
// state has one too) nor of Justice (whose head is the Attorney General).
// In any case: cabinetSecretaries wants its words capitalised or in
// capitals (titleLine).
var cabinetSecretary = func() *regexp.Regexp {
	var alts []string
	for _, line := range strings.Split(federalAgencies, "\n") {
		if d, ok := strings.CutPrefix(strings.TrimSpace(line), "Department of "); ok && d != "State" && d != "Justice" {
			alts = append(alts, d)
		}
	}
	for k, a := range alts {
		alts[k] = strings.ReplaceAll(regexp.QuoteMeta(a), " ", `[ \t\n]+`)
	}
	return regexp.MustCompile(`(?i)\bSecretary[ \t\n]+of[ \t\n]+(?:` + strings.Join(alts, "|") + `)\b`)
}()

// secretaryParty is what follows a secretary's office that a caption
// names as a party: its agency's unit, if any, then the party's role or
// "v." ("SECRETARY OF LABOR,\nComplainant,", "Secretary of Labor, MSHA
// v.", "SECRETARY OF LABOR, MINE SAFETY AND HEALTH ADMINISTRATION
// (MSHA),\nPetitioner").
var secretaryParty = regexp.MustCompile(`^,?[ \t\n]*(?:(?:\(?[A-Z][A-Za-z.()]*|and|of|the),?[ \t\n]+){0,10}(?:(?i:complainant|petitioner|plaintiff|respondent|appellant|appellee|claimant)s?\b|(?:v|vs|V|VS)\.)`)

// cabinetSecretaries returns the federal secretaries' offices
// (cabinetSecretary) a caption names as a party (secretaryParty:
// "SECRETARY OF LABOR,\nComplainant, v.", the labour and mine safety
// commissions' cases), an organisation where the document names no holder
// with it (heldOffices drops it where it does). Elsewhere the office is
// named with its holder somewhere in the text more often than not, in
// ways heldOffices cannot tie ("Alex Azar as the Secretary of Health and
// Human Services", "Robert B. REICH, Secretary of the Department of
// Labor"), or in a statute's words: left alone. Not before a name
// ("Secretary of Labor Hilda Solis", agencyGoesOn), nor after a
// capitalised word but "The": another office's or a state's ("Deputy
// Secretary of Labor", "Pennsylvania Secretary of Labor and Industry").
func cabinetSecretaries(t string) []cand {
	if !containsAny(t, []string{"Secretary", "SECRETARY"}) {
		return nil
	}
	var out []cand
	for _, m := range cabinetSecretary.FindAllStringIndex(t, -1) {
		if !titleLine(t[m[0]:m[1]]) { // "Secretary of labor" is no office's name
			continue
		}
		if agencyGoesOn(t, m[1]) || !secretaryParty.MatchString(t[m[1]:min(len(t), m[1]+160)]) {
			continue
		}
		if ps, pe, ok := prevWord(t, m[0]); ok && capitalised(t[ps:pe]) && t[ps:pe] != "The" && t[ps:pe] != "THE" {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}

// sealNames cuts a body's name back from the text of its seal's image on
// a web page, which the patterns and the tagger read as part of the name:
// "Department of Labor Seal", "Department of Justice Seal Department of
// Justice" (the name, the seal's word and the name again, also glued:
// "…SealDepartment of Justice"). The name again after the seal is a
// mention of its own. ms must be sorted by start and stays so.
func sealNames(ms []Mention) []Mention {
	n := len(ms)
	for i := 0; i < n; i++ {
		m := ms[i]
		k := strings.Index(m.Text, " Seal")
		if m.Type != TypeOrg || k < 0 {
			continue
		}
		head, tail := m.Text[:k], strings.TrimLeft(m.Text[k+len(" Seal"):], " \t")
		if tail != "" && tail != head {
			continue
		}
		ms[i].Text, ms[i].End = head, m.Start+utf8.RuneCountInString(head)
		ms[i].ID = mentionID(ms[i])
		if tail != "" {
			again := m
			again.Text, again.Start = tail, m.End-utf8.RuneCountInString(tail)
			again.ID = mentionID(again)
			ms = append(ms, again)
		}
	}
	if len(ms) > n {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	}
	return ms
}
