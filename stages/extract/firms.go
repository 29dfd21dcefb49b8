package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/internal/runscan"
)

// partnerFirm is a firm named after its partners, their surnames listed
// with commas and the last joined by "&": "Sumner, Schick & Hamilton",
// "Gillespie, Rozen, Watsky & Motley", the last a saint's name too
// ("Friebert, Finerty & St. John"), also wrapped after a comma
// ("Hohmann,\nBoukis & Curtis") or after the "&", or in capitals ("HILL,
// BETTS & NASH"). A list of people writes "and".
var partnerFirm = regexp.MustCompile(`\b(?:` + partnerName + `(?:,[ \t]*\n?[ \t]*` + particlePartner + `)+,?[ \t]+&` + ampGap + `(?:St\.[ \t]+)?` + partnerName +
	`|` + partnerCaps + `(?:,[ \t]*\n?[ \t]*` + partnerCaps + `)+,?[ \t]+&` + ampGap + partnerCaps + `)\b`)

// partnerListFirm is a firm named after its partners without an "&",
// their surnames listed with commas before a professional form, which the
// list needs to be a firm's: "Gammon, Howard, Zeszotarski, PLLC", also
// where a web page dropped the "&" between the last two ("LaBarge,
// Zatkoff Dinning, P.C.", "Pattishall, McAuliffe, Newbury, Hilliard
// Geraldson LLP") or wrote "and" ("Venable, Baetjer and Howard, LLP"),
// the first or the last partner's particle with it ("Van Winkle, Buck,
// Wall, Starnes and Davis, P.A.", "Lukins, Annis, Bastine, McKay Van
// Marter, P.S."). Group 1 is the name; the form is firmForm's to add.
var partnerListFirm = regexp.MustCompile(`\b(` + particlePartner + `(?:,[ \t]+` + partnerName + `){1,4}(?:[ \t]+` + particlePartner + `|,?[ \t]+and[ \t]+` + particlePartner + `)?),?[ \t]+(?:PLLC|P\.L\.L\.C\.|LLP|L\.L\.P\.|P\.C\.|P\.A\.|P\.S\.)`)

// ampGap is the space after a firm's "&", a line break included
// ("Rabinowitz, Lubetkin &\nTully, LLC").
const ampGap = `(?:[ \t]+|[ \t]*\n[ \t]*)`

// partnerName and partnerCaps are a partner's surname in a firm's name, in
// mixed case ("O'Brien" too) or in capitals; particlePartner is a surname
// with a particle before it ("Van Dusen"), which a list of partners with
// "&" (partnerFirm) may hold, and the first of a list before a
// professional form (partnerListFirm); the other forms do without: the
// particle makes every try of a pattern that runs on most chunks dearer.
const (
	particlePartner = `(?:(?:Van|Von|De|Del|Della|Di|Du|La|Le|Da|Den|Der|Ten)[ \t]+)?` + partnerName
	partnerName     = `[A-Z](?:[a-z]|['’][A-Z])[A-Za-z'’\-]*`
	partnerCaps     = `[A-Z][A-Z'’\-]+`
)

// twoPartnerFirm is a firm of two partners joined by "and" with its
// professional form, which tells it from two people: "COHEN AND WOLF,
// P.C.", "Smith and Jones, PLLC"; or of partners without commas before
// the "&" ("Beech Edwards & Percival, PLLC", "MAPOTHER & MAPOTHER,
// P.S.C."). Group 1 is the name with the form.
var twoPartnerFirm = regexp.MustCompile(`\b((?:` + partnerName + `[ \t]+and[ \t]+` + partnerName + `|` + partnerCaps + `[ \t]+AND[ \t]+` + partnerCaps +
	`|` + partnerName + `(?:[ \t]+` + partnerName + `)*[ \t]+&[ \t]+` + partnerName + `|` + partnerCaps + `(?:[ \t]+` + partnerCaps + `)*[ \t]+&[ \t]+` + partnerCaps +
	`),[ \t]*` + professionalForm + `)(?:[^A-Za-z0-9]|$)`)

// professionalForm is a professional firm's legal form: a professional
// corporation or association ("P.C.", "P.A.", Ohio's "L.P.A.",
// Washington's "P.S.", Kentucky's "P.S.C.", Iowa's "P.L.C.", Wisconsin's
// "S.C." and "L.L.S.C."), a limited liability
// partnership or company written so ("L.L.P.", "PLLC", "PLC"; "PC" as
// "P.C."), a chartered firm,
// a federal savings association or bank ("F.A.", "FSB"), a professional
// law corporation (Louisiana's "APLC") or corporation (California's
// "APC").
const professionalForm = `(?:APLC|A\.P\.L\.C\.|APC|A\.P\.C\.|L\.L\.P\.|P\.L\.L\.C\.|PLLC|P\.L\.C\.|PLC|P\.C\.(?:,[ \t]*L\.L\.O\.)?|P\.[ \t]C\.|PC|P\.A\.|L\.P\.A\.|LPA|P\.S\.C\.|PSC|P\.S\.|L\.L\.S\.C\.|S\.C\.|Chtd\.|Chartered|F\.A\.|F\.S\.B\.|FSB)`

// professionalNeedles are in every professionalForm, the cheap test before
// the expressions that need one.
var professionalNeedles = []string{"APLC", "A.P.L.C.", "APC", "A.P.C.", "L.L.P.", "PLLC", "P.L.", "PLC", "P.C.", "P. C.", "PC", "P.A.", "LPA", "P.S.", "PSC", "S.C.", "Chtd.", "Chartered", "F.A.", "FSB", "F.S.B."}

// firmForm is a firm's legal form after its partners' names: a company's
// (legalForm: "LLP", "LLC") or a professional one (", P.C.", ", Chtd."),
// also without its periods as web pages write it (", PA", ", LC": after
// a firm's name no state's postal code).
var firmForm = regexp.MustCompile(`^,?[ \t]+(?:` + professionalForm + `|` + legalForm + `|PA\b|L\.C\.|LC\b)`)

// professionalAfter is a professional form after a firm's name and a
// comma, as a counsel list writes it: "Reminger Co., L.P.A.", "Thorner,
// Kennedy & Gano, P.S.". It ends at a word's end, so "P.A." is not the
// start of "P.A.M." and "PLLC" not of a longer word.
var professionalAfter = regexp.MustCompile(`^,[ \t]*(` + professionalForm + `)(?:[^A-Za-z0-9]|$)`)

// firmFormAfter is a firm's or a company's form right after its name,
// with no comma: "Edelson Ruiz PC", "Jones Weber PLLC", "EDELSON RUIZ PC",
// "Vertex Pharmaceuticals Incorporated", "SABMiller plc". A person's
// credential takes a comma ("Jane Smith, PA-C"), and these forms are not
// one.
var firmFormAfter = regexp.MustCompile(`^[ \t]+(` + professionalForm + `|LLP|Incorporated|INCORPORATED|plc|PLC|Plc)(?:[^A-Za-z0-9]|$)`)

// professionalLine is a line that is a firm's name with a professional
// corporation's or company's form and nothing else, as a signature block
// writes it ("EDELSON RUIZ PC", "Jones Weber PLLC"): the patterns read
// legal forms such as "LLP" and "Inc." but not these. Group 1 is the name.
var professionalLine = regexp.MustCompile(`(?m)^[ \t]*((?:[A-Z][A-Za-z'’\-]+,?[ \t]+(?:&[ \t]+)?){1,5}` + professionalForm + `)[ \t]*$`)

// professionalLines returns the firms professionalLine finds.
func professionalLines(t string) []cand {
	if !containsAny(t, professionalNeedles) {
		return nil
	}
	return groupCands(t, professionalLine, 1, TypeOrg)
}

// incorporatedAfter is the rest of a company's name after the words the
// tagger read as a place or a person, up to "Incorporated": " Instruments
// Incorporated" of "Texas Instruments Incorporated".
var incorporatedAfter = regexp.MustCompile(`^(?:[ \t]+[A-Z][A-Za-z&'’\-]*){0,3}[ \t]+(?:Incorporated|INCORPORATED)\b`)

// firmWords end a law firm's name before its form, which makes a form a
// person may take too (sharedForms) the firm's: "Montoya Family Law, P.A.".
var firmWords = wordSet(`law legal lawyers attorneys associates partners group firm`)

// lawFirmForm is a law firm named by a firm's word and its form after a
// comma (group 2): "Montoya Family Law, P.A.", "Jones Law, P.A.", "Reyes
// Legal Group, PLLC", "Bassford & Hanvik Law Firm, P.A.". The patterns read
// legal forms such as "LLC" after any name, but not a professional
// association's, which a person's name may take too; after a firm's word
// it is the firm's.
var lawFirmForm = regexp.MustCompile(`\b((?:[A-Z][A-Za-z'’\-]+[ \t]+(?:&[ \t]+)?){1,4}(?:Law|Legal|Lawyers|Attorneys|Associates|Partners|Group|Firm|LAW|LEGAL|ASSOCIATES|PARTNERS|GROUP|FIRM)),[ \t]*(` + professionalForm + `)(?:[^A-Za-z0-9]|$)`)

// firmOnlyForm is a company's name and, after a comma, a professional
// form (group 2) only a firm takes (lawFirmForms leaves out sharedForms), which the patterns' legal forms leave out:
// "Sunrise Dental Care, PLLC", "Baker Botts, L.L.P.". No "of" joins its
// words: "John F. Percival of Beech Edwards & Percival, PLLC" is a
// lawyer and the firm.
var firmOnlyForm = regexp.MustCompile(`\b((?:[A-Z][A-Za-z'’&\-]+[ \t]+(?:(?:and|&)[ \t]+)?){0,5}[A-Z][A-Za-z'’&\-]+),[ \t]*(` + professionalForm + `)(?:[^A-Za-z0-9]|$)`)

// formThenAnd is a legal form and "and" or "&" after it inside a run of
// names: "LLC and ", "Inc. & ".
var formThenAnd = regexp.MustCompile(`\b` + legalForm + `,?[ \t]+(?:and|&)[ \t]+`)

// lawFirmForms returns the firms lawFirmForm and firmOnlyForm find,
// without the words before the name that are no part of it ("The",
// "of", "and").
func lawFirmForms(t string) []cand {
	if !containsAny(t, professionalNeedles) {
		return nil
	}
	var out []cand
	for _, re := range []*regexp.Regexp{lawFirmForm, firmOnlyForm} {
		for _, m := range re.FindAllStringSubmatchIndex(t, -1) {
			// A form a person's name may take too ("Carter Bell, P.A.") is
			// a firm's only after a firm's word (lawFirmForm), or where a
			// lawyer is "of" it ("Christopher J. Iseley of Tomchin Odom,
			// P.A.").
			if re == firmOnlyForm && sharedForms[strings.ToLower(t[m[4]:m[5]])] && !lawyerOf.MatchString(t[max(0, m[2]-40):m[2]]) {
				continue
			}
			s := m[2]
			// "Acme Holdings LLC and Sunrise Dental Care, PLLC": another
			// company's name and its form before "and" are not this one's.
			if f := formThenAnd.FindAllStringIndex(t[s:m[3]], -1); f != nil {
				s += f[len(f)-1][1]
			}
			if s, e := trimLeading(t, afterIntro(t, s, m[3]), m[5]); e > s && !slices.ContainsFunc(out, func(c cand) bool { return c.end == e }) {
				out = append(out, cand{typ: TypeOrg, start: s, end: e, source: SourcePattern})
			}
		}
	}
	return out
}

// lawyerOf is a lawyer's name and "of" or a counsel list's comma before
// a firm's: "Kenneth A. Tomchin of ", "Barbara Slott Pegg of ", "Jeffrey
// Ryan Barber, Sr. (argued), ", "Joel Friedlander, Esquire, ".
var lawyerOf = regexp.MustCompile(`(?:\b[A-Z]\.|\b[A-Z][a-z]+)[ \t]+[A-Z][A-Za-z'’\-]+(?:,[ \t]+(?:Jr\.|Sr\.|II|III|IV))?(?:,[ \t]+(?:Esquire|Esq\.))?(?:[ \t]+\([a-z]+\))?(?:[ \t]+of|,)[ \t]+$`)

// sharedForms are the professional forms that may follow a person's name
// too: a physician's or a nurse's ("P.A.", "P.C."), a state's ("S.C."), a
// savings bank's ("F.A.", "FSB"). The others only a firm takes.
var sharedForms = wordSet(`p.a. p.c. pc s.c. f.a. f.s.b. fsb`)

// professionalEnd is a name that ends in a professional form: "Jacobs
// P.C.".
var professionalEnd = regexp.MustCompile(`[ \t,]` + professionalForm + `$`)

// companyFormAfter returns where a company's form after a name ending at
// byte i of t ends (companyForm, or ", Incorporated" whole), or 0:
// the form ends its word ("Mary J. Jones, L.P.N." is a nurse, "Linda M.
// Carter, Incoming President" a person; "Acme Pools, Inc.’s motion" is the
// company's).
func companyFormAfter(t string, i int) int {
	if m := incorporatedForm.FindStringIndex(t[i:]); m != nil {
		return i + m[1]
	}
	m := companyForm.FindStringIndex(t[i:])
	if m == nil {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(t[i+m[1]:]); unicode.IsLetter(r) {
		return 0
	}
	return i + m[1]
}

// formsAfter extends a name over the legal form after it, which the
// patterns and the tagger leave out (and the tagger reads alone as a
// place): an organisation over a professional form (professionalAfter:
// "Reminger Co." + ", L.P.A.") or a company's (companyForm: "Rokit Phone
// Company" + ", LLC’s Demurrer"; companyFormAfter: a whole word, ",
// Incorporated" too); a person (the tagger's or the patterns') or the
// tagger's place over a company's, which makes it that company ("Hank's
// Flite Center" + ", Inc."). A person's name that ends in a professional
// form is a firm ("Jacobs P.C."); a person of two words or more before a
// form only a firm takes, or one a law firm's word ends or a lawyer
// follows ("…, P.C. by Robert W. Browder") before any professional form,
// is that firm ("Stokes Lawrence" + ", P.S.", "Montoya Family Law" + ",
// P.A."), and so is one of two words or more right before a firm's form
// with no comma ("Edelson Ruiz" + " PC"). An organisation at a line's end
// goes on over the form that opens the next line (wrappedForm).
func formsAfter(t string, cs []cand) []cand {
	if !strings.Contains(t, ",") && !containsAny(t, []string{" PC", " P.C.", " PLLC", " P.L.L.C.", " PLC", " LLP", " L.L.P.", " Incorporated", " INCORPORATED"}) {
		return cs
	}
	for i, c := range cs {
		if c.party {
			continue
		}
		switch {
		case c.typ == TypePerson && professionalEnd.MatchString(t[c.start:c.end]):
			cs[i].typ = TypeOrg
		case c.typ == TypePerson || c.source == SourceModel && c.typ == TypeLocation:
			if end := companyFormAfter(t, c.end); end > 0 {
				cs[i].typ, cs[i].end = TypeOrg, end
			} else if m := professionalAfter.FindStringSubmatchIndex(t[c.end:]); m != nil &&
				(!sharedForms[strings.ToLower(t[c.end+m[2]:c.end+m[3]])] || firmWords[strings.ToLower(lastWord(t[c.start:c.end]))] ||
					byLawyer.MatchString(t[c.end+m[3]:]) || lawyerOf.MatchString(t[max(0, c.start-40):c.start])) &&
				len(strings.Fields(t[c.start:c.end])) > 1 {
				cs[i].typ, cs[i].end = TypeOrg, c.end+m[3] // "Stokes Lawrence" + ", P.S."; "Montoya Family Law" + ", P.A."
			} else if m := firmFormAfter.FindStringSubmatchIndex(t[c.end:]); m != nil && len(strings.Fields(t[c.start:c.end])) > 1 {
				cs[i].typ, cs[i].end = TypeOrg, c.end+m[3] // "Edelson Ruiz" + " PC"
			} else if m := incorporatedAfter.FindStringIndex(t[c.end:]); m != nil {
				cs[i].typ, cs[i].end = TypeOrg, c.end+m[1] // "Texas" + " Instruments Incorporated"
			}
		case c.typ == TypeOrg:
			if m := professionalAfter.FindStringSubmatchIndex(t[c.end:]); m != nil {
				cs[i].end = c.end + m[3]
			} else if end := companyFormAfter(t, c.end); end > 0 && !formEnd.MatchString(t[c.start:c.end]) {
				cs[i].end = end
			} else if m := firmFormAfter.FindStringSubmatchIndex(t[c.end:]); m != nil && !formEnd.MatchString(t[c.start:c.end]) {
				cs[i].end = c.end + m[3] // "Vertex Pharmaceuticals" + " Incorporated"
			} else if m := wrappedForm.FindStringSubmatchIndex(t[c.end:]); m != nil && !formEnd.MatchString(t[c.start:c.end]) {
				cs[i].end = c.end + m[3] // "Kramer Levin Naftalis & Frankel" + "\n    LLP,"
			}
		}
	}
	return cs
}

// wrappedForm is a firm's or a company's form that opens the next line,
// after a name that ends its line, with or without its comma: "Kramer
// Levin Naftalis & Frankel" / "LLP, Manuel Fernández-Bared", "RABINOWITZ,
// BOUDIN, STANDARD, KRINSKY & LIEBERMAN," / "P.C., New York". Group 1 is
// the form.
var wrappedForm = regexp.MustCompile(`^,?[ \t]*\n[ \t]*(LLP|L\.L\.P\.|PLLC|P\.L\.L\.C\.|P\.C\.|LLC|L\.L\.C\.|Inc\.|INC\.)(?:[^A-Za-z0-9]|$)`)

// lawyerInitialsBefore is a lawyer's given name and initials, or initials alone,
// opening a list's item right before a firm's name that goes on with the
// surname: "DANIEL J. " of "DANIEL J. GAMINO & ASSOCIATES, P.C.", "L.A. "
// of "L.A. Gonzalez Law Offices, P.A.". Group 1 is the words.
var lawyerInitialsBefore = regexp.MustCompile(`(?:^|[,;(][ \t]*|\n[ \t]*)((?:[A-Z][A-Za-z'’\-]+[ \t]+)?[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t]+)$`)

// initialledFirms starts a law firm named after a lawyer at the lawyer's
// given name and initials, which the firm patterns' words (no initial
// among them) left out: "DANIEL J. GAMINO & ASSOCIATES, P.C.", "L.A.
// Gonzalez Law Offices, P.A.". The firm's name must hold a firm's word
// (firmWords: "Associates", "Law").
func initialledFirms(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg || c.party {
			continue
		}
		if !slices.ContainsFunc(strings.Fields(t[c.start:c.end]), func(w string) bool { return firmWords[strings.ToLower(strings.Trim(w, ",."))] }) {
			continue
		}
		off := max(0, c.start-24)
		if m := lawyerInitialsBefore.FindStringSubmatchIndex(t[off:c.start]); m != nil {
			cs[i].start = off + m[2]
		}
	}
	return cs
}

// incorporatedEnds mends the legal form "Incorporated", which the
// patterns read as "Inc" and the mends before do not take after another
// form: a name cut inside it goes on to its end ("ACADIAN CONTRACTORS,
// INC" + "ORPORATED", a case's party too); a company's name that ends in
// "Co." goes on over ", Incorporated" ("Winmill & Co., Incorporated"); two
// companies joined by "and" after the first one's "Incorporated" are two
// ("Qualcomm Incorporated and Qualcomm Technologies, Inc.").
func incorporatedEnds(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Incorporated", "INCORPORATED"}) {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypeCase {
			continue
		}
		name := t[c.start:c.end]
		switch {
		case (strings.HasSuffix(name, "Inc") || strings.HasSuffix(name, "INC")) && hasPrefixFold(t[c.end:], "orporated"):
			cs[i].end += len("orporated")
		case c.typ == TypeOrg && formEnd.MatchString(name):
			if m := incorporatedForm.FindStringIndex(t[c.end:]); m != nil {
				cs[i].end += m[1]
			}
		}
	}
	return splitOrgs(t, cs, func(c cand, name string) (cand, []cand, bool) {
		m := incorporatedAnd.FindStringSubmatchIndex(name)
		if m == nil || !companyEnd(name[m[3]:]) {
			return c, nil, false
		}
		second := cand{typ: TypeOrg, start: c.start + m[3], end: c.end, source: c.source}
		c.end = c.start + m[2]
		return c, []cand{second}, true
	})
}

// resolutionVerbs are the verbs that open what a resolution or an
// ordinance does, after its body's name in its title: "A RESOLUTION OF
// THE CITY COUNCIL OF THE CITY OF SANTA ROSA AWARDING A CONSTRUCTION
// CONTRACT", "IN THE MATTER OF AMENDING CHAPTER 23".
var resolutionVerbs = wordSet(`amending adopting approving authorizing awarding establishing accepting denying
	granting declaring directing ratifying appointing repealing creating enacting confirming requesting
	supporting opposing rezoning vacating annexing`)

// subjectVerbs are the verbs, in lower case here, that a headline puts
// right after the name of the one it is about, which verbEnds ends the
// name before: "Radio Flyer Recalls Electric Wagons", "Pentel Goes to
// Trial", "Canon Doesn't Have to Supply Dealer". "Goes" is a surname too
// ("Fernando Goes Silva"): only a name's last word. (A headline's verb
// between two names, headlineVerbs, drops the name read over it.)
var subjectVerbs = wordSet(`recalls goes doesn't don't can't won't didn't`)

// verbEnds ends an organisation's name before a resolutionVerbs word,
// which no name takes: "CITY COUNCIL OF THE CITY OF SANTA ROSA" of "…
// SANTA ROSA AWARDING"; and an organisation's or a person's before a
// headline's verb after its subject (subjectVerbs).
func verbEnds(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypePerson {
			continue
		}
		ws := words(t[c.start:c.end], c.start)
		for k, w := range ws {
			lw := strings.ToLower(strings.ReplaceAll(w.text, "’", "'"))
			// "Kids Don't Gamble Foundation", "Moms Won't Quit Inc.": a
			// name an organisation's word or a legal form ends is the
			// business's own (tested last: most names have no such verb).
			if k > 0 && (c.typ == TypeOrg && resolutionVerbs[lw] || subjectVerbs[lw] && upperByte(w.text[0]) && (lw != "goes" || k == len(ws)-1) &&
				!hasOrgWord(t[c.start:c.end]) && !companyWord(ws[len(ws)-1].text)) {
				cs[i].end = len(strings.TrimRight(t[:w.start], " \t\n"))
				break
			}
		}
	}
	return cs
}

// incorporatedForm is ", Incorporated" after a company's other form or
// its name (formsAfter);
// incorporatedAnd is the " and " after a company's "Incorporated" in a
// name (group 1), which two companies share.
var (
	incorporatedForm = regexp.MustCompile(`^,[ \t]*(?:Incorporated|INCORPORATED)\b`)
	incorporatedAnd  = regexp.MustCompile(`(?:Incorporated|INCORPORATED)( (?:and|AND) )[A-Z]`)
)

// hasPrefixFold reports whether s starts with prefix, in any case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// byLawyer is a lawyer's name after a firm's form, as an appearance
// writes it ("Browder Kenney, P.C. by Robert W. Browder, Phoenix, for
// respondent"): what is before the form is the firm, not a person.
var byLawyer = regexp.MustCompile(`^,?[ \t]+(?:by|BY)[ \t]+[A-Z]`)

// personBefore is the end of a person's given names right before a
// surname: an initial, with its period or, after a given name, without
// ("Ramsey E " of "Ramsey E Ramerman, Foster Pepper PLLC"; a lone "A " is
// an article), or a capitalised word ("Sonja J. " of "Sonja J. McGill,
// Sumner, …").
var personBefore = regexp.MustCompile(`(?:\b[A-Z]\.|\b[A-Z][a-z]+[ \t]+[A-Z]|\b[A-Z][a-z]+)[ \t]+$`)

// partnerBefore is a partner's surname and a comma right before a firm's
// last partners ("Sumner, " of "Sumner, Schick & Hamilton, P.C."), which
// makes them part of a longer list; a suffix ("Jr., ") does not.
var partnerBefore = regexp.MustCompile(`(?:^|[^A-Za-z'’\-])(?:` + particlePartner + `|` + partnerCaps + `),[ \t]*\n?[ \t]*$`)

// esquireBefore is "Esquire" ending the lawyer's name before a firm's
// ("David A. Jenkins, Esquire Wilks, Lukoff & Bracegirdle, LLC"): no given
// name of the firm's first partner.
var esquireBefore = regexp.MustCompile(`\b(?:Esquire|ESQUIRE|Esq\.?|ESQ\.?)[ \t]+$`)

// partnersByLawyer is a firm of partners' surnames joined by "and" or "&"
// that opens a line of an appearance, its lawyer after ", by": "Winston
// and Cashatt, by C. Matthew Andersen, Attorney at Law, appeared on behalf
// of the employer." Group 1 is the firm.
// Three partners or more may have lost their "&" to a web page, and the
// comma before "by" ("Pettiette, Armand, Dunkelman, Woodley, Byrd Cromwell
// by Lawrence W. Pettiette, Jr."); a star page may open the line ("*602
// Langerman, Begam, Lewis and Marks by Amy G. Langerman").
var partnersByLawyer = regexp.MustCompile(`(?m)^[ \t]*(?:\*\d+[ \t]+)?(` + partnerName + `(?:,[ \t]+` + partnerName + `)*,?[ \t]+(?:and|&)[ \t]+` + partnerName +
	`|` + partnerName + `(?:,[ \t]+` + partnerName + `){2,}[ \t]+` + partnerName + `),?[ \t]+by[ \t]+[A-Z]`)

// twoPartnersByLawyer is a firm of two partners' surnames without "&"
// opening a counsel line, a lawyer after ", by" and the party after ",
// for", as Washington's reports write them: "Randall Danskin, by Nancy E.
// Horgan, for respondent". Group 1 is the firm.
var twoPartnersByLawyer = regexp.MustCompile(`(?m)^[ \t]*(` + partnerName + `[ \t]+` + partnerName + `),[ \t]+by[ \t]+[A-Z][^\n]*,[ \t]+for[ \t]+[a-z]`)

// attorneysAfter is a firm in parentheses before ", attorneys", as New
// Jersey's reports name counsel: "(Czura Stilwell, attorneys)", "(Mason,
// Griffin & Pierson, attorneys for respondent)", older reports with
// "Messrs." before it: "( Messrs. Gassert, Murphy and Clarken,
// attorneys)"; a name with an initial is a lawyer's. Group 1 is the firm.
var attorneysAfter = regexp.MustCompile(`\([ \t]*(?:Messrs\.?[ \t]+)?(` + partnerName + `(?:,?[ \t]+(?:&[ \t]+|and[ \t]+)?` + partnerName + `){1,5}),[ \t]+attorneys?\b[^()\n]*\)`)

// twoPartnersByPartner is a firm of two partners' surnames without "&"
// opening a line, before "by" and a lawyer who is one of them: "Broadman
// Hartmann by Ira S. Broadman and Robert J. Hartmann". Group 1 is the
// firm, group 2 the lawyer's surname.
var twoPartnersByPartner = regexp.MustCompile(`(?m)^[ \t]*(?:\*\d+[ \t]+)?(` + partnerName + `[ \t]+` + partnerName + `)[ \t]+by[ \t]+(?:[A-Z][a-z]*\.?[ \t]+){1,3}(` + partnerName + `)\b`)

// lawyersFirm is a counsel line's lawyer, then a firm the lawyer's
// surname opens and the firm's city before "for": "Dixon L. Pyles, Pyles
// Tucker, Jackson, for appellant"; "C.R. Montgomery, Montgomery,
// Smith-Vaniz McGraw, Canton, for appellees" (a web page dropped the
// "&"). Group 1 is the lawyer's surname after a given name or an
// initial, group 2 the firm.
var lawyersFirm = regexp.MustCompile(`(?:\b[A-Z]\.|\b[A-Z][a-z]+)[ \t]+(` + partnerName + `)(?:,[ \t]+(?:Jr|Sr)\.|,[ \t]+I{2,3})?,[ \t]+(` +
	partnerName + `(?:,[ \t]+` + partnerName + `)*[ \t]+` + partnerName + `),[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:,[ \t]+[A-Z][A-Za-z.]+)?,[ \t]+for[ \t]`)

// partnersThenLawyers is a firm of two partners' surnames without "&"
// opening a counsel list (a line, or after a full stop or a semicolon),
// a comma and its lawyers after it, as California's reports list them:
// "Grotefeld Hoffman, Mark Grotefeld, Jordan B. Everakes and …",
// "Buchanan Land, Jerry A. Buchanan, Benjamin A. Land, Jones Day, …".
// Group 1 is the firm, group 2 the line's rest up to the next semicolon
// (cut at the party's "for"); one of its lawyers must be a partner
// (partnerLawyer), which tells the firm from two lawyers ("Amy Smith,
// Herbert G. Underwood"). It is tried only where a list may start
// (listStarts).
var partnersThenLawyers = regexp.MustCompile(`^(` + partnerName + `[ \t]+` + partnerName + `),[ \t]+([A-Z][^;\n]{0,200})`)

// listStarts returns where a capitalised word opens a line or follows a
// full stop or a semicolon and a space: where a counsel list may start.
func listStarts(t string) []int {
	var out []int
	for i := 0; i < len(t); i++ {
		if i > 0 && t[i-1] != '\n' && (i < 2 || t[i-1] != ' ' || t[i-2] != '.' && t[i-2] != ';') {
			continue
		}
		for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
		if i < len(t) && upperByte(t[i]) {
			out = append(out, i)
		}
	}
	return out
}

// partnerLawyer reports whether list names a lawyer, by a given name or an
// initial, whose surname is the firm's first word ("Mark Grotefeld" of
// "Grotefeld Hoffman") and ends an item of the list (a comma or "and"
// after it, or the list's end); the second word could be the lawyer's own surname
// ("Michael Laws, …, Michael C. Laws"). A title ("Judge Panel…") or an
// organisation's word ("Insurance Company, …") is no partner.
func partnerLawyer(firm, list string) bool {
	first, _, _ := strings.Cut(firm, " ")
	if titleWords[lowerKey(first)] || jobWords[lowerKey(first)] || headOfOrg(firm) || companyEnd(firm) {
		return false
	}
	for i := 0; ; {
		k := strings.Index(list[i:], first)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(first)
		if at == 0 || list[at-1] != ' ' || i < len(list) && list[i] != ',' && !strings.HasPrefix(list[i:], " and ") {
			continue
		}
		// The word before: an initial ("A.") or a given name, no list's end.
		if g := lastWord(list[:at]); g != "" && upperByte(g[0]) && !strings.HasSuffix(g, ",") && (len(g) == 2 && g[1] == '.' || len(g) > 2 && !strings.HasSuffix(g, ".")) {
			return true
		}
	}
}

// partnerFirms returns the firms named after their partners (partnerFirm,
// partnerListFirm, twoPartnerFirm, partnersByLawyer, twoPartnersByPartner,
// twoPartnersByLawyer, attorneysAfter, lawyersFirm, partnersThenLawyers).
// When the first surname ends a person's name ("David K. Watsky,
// Gillespie, Rozen, Watsky & Motley", a lawyer and the firm) the firm
// starts after it; the tagger reads each partner as a person.
func partnerFirms(t string) []cand {
	var out []cand
	if containsAny(t, []string{" and ", " AND ", " & "}) {
		for _, m := range twoPartnerFirm.FindAllStringSubmatchIndex(t, -1) {
			if strings.Contains(t[m[2]:m[3]], "&") && partnerBefore.MatchString(t[max(0, m[2]-40):m[2]]) {
				continue // the last partners of a longer list: partnerFirm's
			}
			out = append(out, cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern})
		}
	}
	if strings.Contains(t, " by ") {
		out = append(out, groupCands(t, partnersByLawyer, 1, TypeOrg)...)
		out = append(out, groupCands(t, twoPartnersByLawyer, 1, TypeOrg)...)
		for _, m := range twoPartnersByPartner.FindAllStringSubmatchIndex(t, -1) {
			if slices.Contains(strings.Fields(t[m[2]:m[3]]), t[m[4]:m[5]]) {
				out = append(out, cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern})
			}
		}
	}
	if strings.Contains(t, ", attorney") {
		out = append(out, groupCands(t, attorneysAfter, 1, TypeOrg)...)
	}
	for _, at := range listStarts(t) {
		// Two words and a comma, the cheap test first.
		seg := t[at:min(len(t), at+60)]
		if c := strings.IndexByte(seg, ','); c < 0 || strings.Count(seg[:c], " ")+strings.Count(seg[:c], "\t") != 1 {
			continue
		}
		if m := partnersThenLawyers.FindStringSubmatchIndex(t[at:]); m != nil {
			if list, _, _ := strings.Cut(t[at+m[4]:at+m[5]], " for "); partnerLawyer(t[at+m[2]:at+m[3]], list) {
				out = append(out, cand{typ: TypeOrg, start: at + m[2], end: at + m[3], source: SourcePattern})
			}
		}
	}
	if strings.Contains(t, ", for ") {
		for _, m := range lawyersFirm.FindAllStringSubmatchIndex(t, -1) {
			if f := strings.Fields(t[m[4]:m[5]]); strings.TrimSuffix(f[0], ",") == t[m[2]:m[3]] {
				out = append(out, cand{typ: TypeOrg, start: m[4], end: m[5], source: SourcePattern})
			}
		}
	}
	var matches [][]int
	if strings.Contains(t, "&") {
		matches = partnerFirm.FindAllStringIndex(t, -1)
	}
	if containsAny(t, []string{"PLLC", "P.L.L.C.", "LLP", "L.L.P.", "P.C.", "P.A.", "P.S."}) {
		for _, m := range partnerListFirm.FindAllStringSubmatchIndex(t, -1) {
			matches = append(matches, m[2:4]) // the form is firmForm's
		}
	}
	for _, m := range matches {
		ws := words(t[m[0]:m[1]], m[0])
		first := 0
		for first < len(ws) && (leadingNoise[lowerKey(ws[first].text)] || jobWords[lowerKey(ws[first].text)] || titleWords[lowerKey(ws[first].text)] ||
			nameSuffix.MatchString(strings.TrimRight(ws[first].text, ",")) || counselWordBefore(t, ws[first])) {
			first++ // "However, …", "Partner, Brannock & Vey LLP", "Thomas M. Wood, IV, NEUBERGER, QUINN, …", "Attorneys, Kirkland & Ellis LLP"
		}
		if first == 0 && personBefore.MatchString(t[:m[0]]) && !esquireBefore.MatchString(t[max(0, m[0]-12):m[0]]) {
			first = 1
			// "Ian Meklinsky, Esq, O'Brien & Frankel": the lawyer's
			// title after the surname is no partner either.
			for first < len(ws) && (titleWords[lowerKey(ws[first].text)] || counselWordBefore(t, ws[first])) {
				first++
			}
		}
		if len(ws)-first < 2 || len(ws)-first < 3 && strings.Contains(t[m[0]:m[1]], "&") { // two names, and "&"
			continue
		}
		end := m[1]
		if judgesAfter.MatchString(t[end:min(len(t), end+24)]) {
			continue // "Present: Sullivan, Maldonado, & Neyman, JJ.": a panel
		}
		if f := firmForm.FindStringIndex(t[end:]); f != nil {
			end += f[1]
		}
		out = append(out, cand{typ: TypeOrg, start: ws[first].start, end: end, source: SourcePattern})
	}
	return out
}

// counselWordBefore reports whether w, a word and its comma before a
// firm's partners, says what the lawyers before it are ("Attorneys,
// Kirkland & Ellis LLP", "Attorneys at Law, Williams & Connolly LLP"): a
// firm's word, "Law" only after "at" (a partner may be called Law: "Law,
// Snakard & Gambill, P.C.").
func counselWordBefore(t string, w word) bool {
	k, ok := strings.CutSuffix(w.text, ",")
	if lk := strings.ToLower(k); !ok || !firmWords[lk] {
		return false // "Attorney," is a title (titleWords)
	} else if lk == "law" {
		return strings.HasSuffix(strings.TrimRight(t[:w.start], " \t\n"), " at")
	}
	return true
}

// judgesAfter is a panel's plural title after its list of surnames, which
// the "&" of a partner firm can join: ", JJ.", ", Circuit Judges".
var judgesAfter = regexp.MustCompile(`^,[ \t]*(?:JJ\.|(?i:(?:circuit|district|senior|associate|appellate)[ \t]+)?(?i:judges|justices)\b)`)

// nationalForm is a national bank's legal form after its name and a
// comma: "WACHOVIA BANK, NATIONAL ASSOCIATION", "Acme Bank, N.A.".
var nationalForm = regexp.MustCompile(`^,[ \t]*(?:NATIONAL[ \t]+ASSOCIATION|National[ \t]+Association|N\.[ \t]?A\.)`)

// bankBefore is a bank's or a trust company's name and a comma right
// before its national form ("Wilmington Trust, National Association"),
// also one named for its place ("The Bank of California, National
// Association", "Bankers Trust Company of California, …").
var bankBefore = regexp.MustCompile(`(?:[A-Z][\w&'’.\-]*[ \t]+){0,5}(?:BANK|Bank|TRUST|Trust|COMPANY|Company|Citibank|CITIBANK)` +
	`(?:[ \t]+(?:of|OF)[ \t]+(?:[A-Z][\w'’.\-]*[ \t]+){0,2}[A-Z][\w'’.\-]*)?,[ \t]*$`)

// nationalBanks extends a bank's name over its national legal form, which
// the patterns read as a second organisation ("NATIONAL ASSOCIATION"),
// and drops that one; a form the patterns found alone takes the bank's
// name before it.
func nationalBanks(t string, cs []cand) []cand {
	var spans [][2]int
	for i, c := range cs {
		if c.typ != TypeOrg || c.party {
			continue
		}
		// The form alone, the bank's name before it (the patterns start a
		// name after a comma): "WACHOVIA BANK, " + "NATIONAL ASSOCIATION".
		if strings.EqualFold(oneSpace(t[c.start:c.end]), "national association") {
			from := max(0, c.start-80)
			if b := bankBefore.FindStringIndex(t[from:c.start]); b != nil {
				cs[i].start = from + b[0]
				spans = append(spans, [2]int{cs[i].start, cs[i].end})
			}
			continue
		}
		if l := strings.ToLower(t[c.start:c.end]); !strings.HasSuffix(l, "bank") && !strings.HasSuffix(l, "trust") && !strings.HasSuffix(l, "company") {
			continue
		}
		if f := nationalForm.FindStringIndex(t[c.end:]); f != nil {
			cs[i].end += f[1]
			spans = append(spans, [2]int{cs[i].start, cs[i].end})
		}
	}
	if spans == nil {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		inside := false
		for _, sp := range spans {
			if c.typ == TypeOrg && c.start >= sp[0] && c.end <= sp[1] && (c.start != sp[0] || c.end != sp[1]) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, c)
		}
	}
	return out
}

// companyForm is a company's legal form (legalForm) right after a name and
// a comma: ", Inc.", ", L.L.C.".
var companyForm = regexp.MustCompile(`^,[ \t]*` + legalForm)

// formOfPlace is the state or the country after a company's abbreviated
// form that is part of its name: " of California" of "Union Oil Co. of
// California", " of North America".
var formOfPlace = regexp.MustCompile(`^[ \t]+of[ \t]+(?:(?:North[ \t]+)?America|` + stateNameAlt + `)\b`)

// abbreviatedFormsOf extends a company's name that ends in "Co." or
// "Corp." over the state or the country after it ("Union Oil Co. of
// California", "Legal Services Corp. of Alabama"): the patterns go on
// after "Company of" only.
func abbreviatedFormsOf(t string, cs []cand) []cand {
	if !strings.Contains(t, ". of ") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg || !strings.HasSuffix(t[c.start:c.end], " Co.") && !strings.HasSuffix(t[c.start:c.end], " Corp.") {
			continue
		}
		if m := formOfPlace.FindStringIndex(t[c.end:]); m != nil {
			cs[i].end = c.end + m[1]
		}
	}
	return cs
}

// letterBeforeAmpersand is the capital letters that open a name before its
// "&": "A " of "A & M Mower & Cyclery", "AT " of "AT & T Corp.".
var letterBeforeAmpersand = regexp.MustCompile(`(?:^|[^\p{L}0-9])([A-Z]{1,3}[ \t]*)$`)

// ampersandStarts starts a name that opens with "&" at the capital letters
// before it, which the patterns left out as an article ("A & M Mower &
// Cyclery") or a word too short for a name ("AT & T Corp. v. Iowa
// Utilities Bd.").
func ampersandStarts(t string, cs []cand) []cand {
	if !strings.Contains(t, "& ") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypeCase || !strings.HasPrefix(t[c.start:c.end], "&") {
			continue
		}
		if m := letterBeforeAmpersand.FindStringSubmatchIndex(t[max(0, c.start-8):c.start]); m != nil {
			cs[i].start = max(0, c.start-8) + m[2]
		}
	}
	return cs
}

// andFirmBefore is the names a firm's or a company's name opens with
// before its "&" or "and", where the patterns started the name after it,
// at its last word and legal form: "Kelley Drye &" wrapped over a line
// before "Warren LLP", "Morgan Lewis and" before "Bockius LLP", "Sara Leon
// and" before "Associates LLC". One to three capitalised words after a
// line's start, a comma or a word in lower case. Group 1 is the names,
// group 2 the line's break after the "&" or "and" if the name wraps there.
var andFirmBefore = regexp.MustCompile(`(?:^|[,;(][ \t]*|\b[a-z]+[ \t]+|\n[ \t]*)((?:[A-Z][A-Za-z'’\-]*[ \t]+){0,2}[A-Z][A-Za-z'’\-]*)[ \t]+(?:and|AND|&)[ \t]*(\n?)[ \t]*$`)

// andFirmStarts starts a firm's name of one word and its legal form
// ("Warren LLP", "Associates LLC") at the names before its "&" or "and"
// (andFirmBefore) where the form or the word shows one firm: a law firm's
// "LLP" ("Niles Barton and Wilmer LLP"), a partners' word ("Sara Leon and
// Associates LLC"), or a name wrapped after its "&" ("Kelley Drye &" /
// "Warren LLP"). Two parties' names stay apart ("Equifax and TransUnion
// LLC", "Mark Jones and Widget Inc."; "John Adams and Reese, LLP" is
// surnamePairFirms'), as does a name after another company's form
// ("Experian, Inc., and TransUnion LLC"); the roles and openers before the
// names are no part of them.
func andFirmStarts(t string, cs []cand) []cand {
	if !strings.Contains(t, "& ") && !strings.Contains(t, "&\n") && !strings.Contains(t, " and ") && !strings.Contains(t, " AND ") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		ws := strings.Fields(t[c.start:c.end])
		if len(ws) != 2 || !startsUpper(ws[0]) || orgSuffix[lowerKey(strings.TrimRight(ws[0], ","))] {
			continue
		}
		word, form := lowerKey(strings.TrimRight(ws[0], ",")), lowerKey(ws[1])
		from := max(0, c.start-60)
		m := andFirmBefore.FindStringSubmatchIndex(t[from:c.start])
		if m == nil {
			continue
		}
		if !(form == "llp" || form == "l.l.p.") && !partnersWords[word] && m[4] == m[5] {
			continue
		}
		ns := words(t[from+m[2]:from+m[3]], from+m[2])
		k := 0
		for k < len(ns) && (leadingNoise[strings.ToLower(ns[k].text)] || roleWords[strings.ToLower(ns[k].text)]) {
			k++
		}
		if k < len(ns) {
			cs[i].start = ns[k].start
		}
	}
	return cs
}

// partnersWords are the words a firm of partners ends with before its form:
// "Sara Leon and Associates LLC" (a family's "and Sons" is
// familyCompanies').
var partnersWords = wordSet(`associates`)

// pluralPossessiveBefore is a plural's possessive that opens a body's or
// a law's name right before the rest of it: "Children’s " of "Children’s
// Plus Foster Agency", "Women's " of "Women's Health Center", "Veterans' "
// of "Veterans' Benefits Act". The patterns start names after a
// possessive.
var pluralPossessiveBefore = regexp.MustCompile(`(?:^|[^\p{L}])((?:(?:Children|Women|Men|People)['’]s|(?:Citizens|Workers|Veterans|Teachers|Farmers|Nurses|Employees|Officers)['’])[ \t]+)$`)

// pluralPossessiveStarts starts an organisation's or a law's name at the
// plural's possessive before it (pluralPossessiveBefore).
func pluralPossessiveStarts(t string, cs []cand) []cand {
	if !strings.Contains(t, "'") && !strings.Contains(t, "’") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypeLaw {
			continue
		}
		if m := pluralPossessiveBefore.FindStringSubmatchIndex(t[max(0, c.start-16):c.start]); m != nil {
			cs[i].start = max(0, c.start-16) + m[2]
		}
	}
	return cs
}

// stateFormName is a state's name and a legal form, which an article
// before makes a company's description, not its name: "an Illinois LLC",
// "a Texas LLC". Group 1 is the state.
var stateFormName = regexp.MustCompile(`^(` + stateNameAlt + `)[ \t]+(?:LLC|L\.L\.C\.|LLP|L\.L\.P\.|PLLC|LP|L\.P\.|Inc\.|Corp\.|P\.C\.)$`)

// stateForms makes a company "an Illinois LLC" names the state it is
// organised in, a place: the description names no company.
func stateForms(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		if m := stateFormName.FindStringSubmatchIndex(t[c.start:c.end]); m != nil && (strings.HasSuffix(t[:c.start], " a ") || strings.HasSuffix(t[:c.start], " an ")) {
			cs[i].typ, cs[i].end = TypeLocation, c.start+m[3]
		}
	}
	return cs
}

// capsThenMixed is a name in capitals, " and ", and a name in mixed case:
// "TEXAS DEPARTMENT OF LICENSING AND REGULATION and Texas Commission". Group 1
// is the part in capitals.
var capsThenMixed = regexp.MustCompile(`^([A-Z][A-Z.,'’&\-]+(?:[ \t]+(?:[A-Z][A-Z.,'’&\-]+|&))*)[ \t]+and[ \t]+[A-Z][a-z]`)

// casedLists ends an organisation's name in capitals before a lower-case
// "and" and a name in mixed case after it: a caption's list of two
// parties, each written as its owner writes it ("TEXAS DEPARTMENT OF
// LICENSING AND REGULATION and Texas Commission of Licensing and
// Regulation", "SOUTHERN ASSOCIATION OF COLLEGES AND SCHOOLS and The
// Commission on …"), which no one name is.
func casedLists(t string, cs []cand) []cand {
	if !strings.Contains(t, " and ") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		if m := capsThenMixed.FindStringSubmatchIndex(t[c.start:c.end]); m != nil && strings.Count(t[c.start:c.start+m[3]], " ") >= 1 {
			cs[i].end = c.start + m[3]
		}
	}
	return cs
}

// enumerator is a recital's or list's letter or number opening a line:
// "A. ", "(b) ", "2. ".
var enumerator = regexp.MustCompile(`^(?:[A-Z]|\d{1,2}|\([a-z0-9]{1,3}\))\.?[ \t]+`)

// companyForms mends organisations' names at their edges: a name that
// starts with a lower-case prefix glued to it ("iWatt Inc.", "eBay Inc.";
// the patterns' names start with a capital), and a recital's letter
// before a party's role ("A. Bank and Borrower have entered …": "Bank").
func companyForms(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg || c.party {
			continue
		}
		if k := c.start; k > 0 && k <= len(t) {
			j := k
			for j > 0 && j > k-2 && t[j-1] >= 'a' && t[j-1] <= 'z' {
				j--
			}
			if r, _ := utf8.DecodeLastRuneInString(t[:j]); j < k && (j == 0 || !alnum(r)) {
				cs[i].start = j
			}
		}
		ls := strings.LastIndexByte(t[:c.start], '\n') + 1
		if strings.TrimSpace(t[ls:c.start]) == "" {
			if m := enumerator.FindStringIndex(t[c.start:c.end]); m != nil {
				rest := t[c.start+m[1] : c.end]
				if !strings.ContainsAny(rest, " \t\n") && (partyTerms[strings.ToLower(rest)] || roleWords[strings.ToLower(rest)]) {
					cs[i].start += m[1]
				}
			}
		}
	}
	return cs
}

// acronymDefined is a name followed by the acronym the text defines for
// it: "Food and Drug Administration ("FDA")", "National Regional
// Laboratory (NRL)". Group 1 is the words before, group 2 the acronym.
var acronymDefined = regexp.MustCompile(`((?:[A-Z][\w'’\-]*,?[ \t]+(?:(?:of|and|for|the|on|in|&)[ \t]+)*){1,9})\([ \t]*["“]?([A-Z]{2,8})["”]?[ \t]*\)`)

// acronymParen is an acronym in parentheses, the cheap test before
// acronymDefined.
var acronymParen = regexp.MustCompile(`\([ \t]*["“]?[A-Z]{2,8}["”]?[ \t]*\)`)

// acronymHeads end the names of organisations an acronym is defined for.
var acronymHeads = wordSet(`administration agency authority board bureau commission committee council department
	division institute laboratory office service services system association foundation center centre trust fund
	network union society league corporation company bank group organization organisation`)

// acronymOrgs returns the organisations a text names with the acronym it
// defines for them, where the acronym's letters are the initials of the
// name's capitalised words and the name ends with an organisation's head
// word ("Food and Drug Administration ("FDA")"; the patterns split such a
// name at "and", and the tagger misses some). An Act's or a rule's
// acronym names a law, not an organisation.
func acronymOrgs(t string) []cand {
	if !strings.Contains(t, "(") || !acronymParen.MatchString(t) {
		return nil
	}
	var out []cand
	for _, m := range acronymDefined.FindAllStringSubmatchIndex(t, -1) {
		acr := t[m[4]:m[5]]
		ws := words(t[m[2]:m[3]], m[2])
		// The name's last words whose initials spell the acronym.
		initials, k := "", len(ws)
		for k > 0 && len(initials) < len(acr) {
			k--
			w := strings.TrimRight(ws[k].text, ",")
			if startsUpper(w) && w != "&" {
				initials = w[:1] + initials
			}
		}
		if initials != acr || k < 0 {
			continue
		}
		last := strings.ToLower(strings.TrimRight(ws[len(ws)-1].text, ","))
		if !acronymHeads[last] {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: ws[k].start, end: len(strings.TrimRight(t[:ws[len(ws)-1].end], ",")), source: SourcePattern})
	}
	return out
}

// lawOffice is a firm named as a lawyer's offices: "Law Offices of Sean M.
// Burke", "The Law Office of Jane Doe, P.C.", "Davis Law Office", "DAVIS
// LAW OFFICE", "The Whiting Law Firm".
var lawOffice = regexp.MustCompile(`\b(?:The[ \t]+)?(?:Law[ \t]+Offices?|LAW[ \t]+OFFICES?)[ \t]+(?:of|OF)[ \t]+(?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)){0,3}` +
	`|\b(?:[A-Z][a-z][A-Za-z'’\-]*[ \t]+){1,3}Law[ \t]+(?:Offices?|Firm|Group)\b|\b(?:[A-Z][A-Z'’\-]+[ \t]+){1,3}LAW[ \t]+(?:OFFICES?|FIRM|GROUP)\b`)

// examiningOffice is the Trademark Office's examining law office by its
// number after its attorney's title: "Trademark Examining Attorney, Law
// Office 113". Group 1 is the office.
var examiningOffice = regexp.MustCompile(`\bAttorney,?[ \t\n]+(Law[ \t]+Office[ \t]+\d{2,3})\b`)

// numberGoesOn is a number's next part after a dash or a period: a
// telephone's ("304-555-1212"), a section's ("113.5").
var numberGoesOn = regexp.MustCompile(`^[.\-–]\d`)

// lawOffices returns the firms lawOffice finds and the offices
// examiningOffice finds (a number that goes on is a telephone's:
// "Attorney, Law Office 304-555-1212").
func lawOffices(t string) []cand {
	if !containsAny(t, []string{"Law Office", "LAW OFFICE", "Law Firm", "LAW FIRM", "Law Group", "LAW GROUP"}) {
		return nil
	}
	var out []cand
	for _, m := range examiningOffice.FindAllStringSubmatchIndex(t, -1) {
		if !numberGoesOn.MatchString(t[m[3]:]) {
			out = append(out, cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern})
		}
	}
	for _, m := range lawOffice.FindAllStringIndex(t, -1) {
		end := m[1]
		if g := generational.FindStringIndex(t[end:]); g != nil {
			end += g[1] // "Law Office of Robert E. Franz, Jr."
		}
		if f := firmForm.FindStringIndex(t[end:]); f != nil {
			end += f[1]
		}
		out = append(out, cand{typ: TypeOrg, start: m[0], end: end, source: SourcePattern})
	}
	return out
}

// numberedCompany is a company whose name ends in a number or a year in
// parentheses before its legal form: "Nutrition 21, LLC", "S&A HOLDINGS
// (2013), LLC", "Gold Hill Venture Lending 03, L.P.". The patterns' names
// are words, so they start the name at its legal form. Group 1 is the
// name's first word.
var numberedCompany = regexp.MustCompile(`\b([A-Z][A-Za-z&'’.\-]*(?:[ \t]+[A-Z][A-Za-z&'’.\-]*){0,4})[ \t]+(?:\d{1,4}|\(\d{4}\)),[ \t]*` + legalForm)

// numberedCompanyRuns searches numberedCompany in the runs that hold the
// comma before its legal form.
var numberedCompanyRuns = runscan.New(numberedCompany, ",")

// numberedCompanies adds the companies numberedCompany finds, less a
// date's ("March 21, Inc." is no name) or a provision's, and starts a case
// name that starts inside one at the company's name ("Nutrition 21, LLC v.
// General Nutrition Corporation", which the patterns start at "LLC").
func numberedCompanies(t string, cs []cand) []cand {
	if !strings.Contains(t, ",") {
		return cs
	}
	for _, m := range numberedCompanyRuns.FindAllStringSubmatchIndex(t) {
		ws := words(t[m[2]:m[3]], m[2])
		first := 0
		for first < len(ws) && (leadingNoise[lowerKey(ws[first].text)] || roleWords[lowerKey(ws[first].text)]) {
			first++
		}
		if first == len(ws) || months[lowerKey(ws[len(ws)-1].text)] || provisionWord[lowerKey(ws[len(ws)-1].text)] {
			continue
		}
		start := ws[first].start
		for i, c := range cs {
			if c.typ == TypeCase && c.start > start && c.start < m[1] {
				cs[i].start = start
			}
		}
		cs = append(cs, cand{typ: TypeOrg, start: start, end: m[1], source: SourcePattern})
	}
	return cs
}

// provisionWord are the words a number follows in a reference, not a name.
var provisionWord = wordSet(`section sections article articles no. nos. number rule rules chapter title page pages paragraph exhibit schedule`)

// placeAfterOf is "of" and a place's name after a company's: " of\nMichigan",
// " of North America". Group 1 is the place.
var placeAfterOf = regexp.MustCompile(`^[ \t]*\n?[ \t]*(?:of|OF)[ \t]*\n?[ \t]*([A-Z][A-Za-z]+(?:(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][A-Za-z]+){0,2})`)

// companyHeads end a company's name that "of" and a place may follow.
var companyHeads = wordSet(`company corporation association society bank trust`)

// regions are places a company is "of" that locationSet, a list of states,
// countries and cities, does not hold.
var regions = map[string]bool{"north america": true, "south america": true, "central america": true, "latin america": true,
	"europe": true, "asia": true, "africa": true, "the americas": true, "new england": true, "the midwest": true}

// companiesOfPlaces extends a company's name over the place it is "of"
// ("Farm Bureau Life Insurance Company of\nMichigan", "Allianz Life
// Insurance Company of North America"): the place is a state, a country
// or a region (locationSet, regions), and the place's own mention goes.
func companiesOfPlaces(t string, cs []cand) []cand {
	drop := map[int]bool{}
	places := map[int]int{}
	for i, c := range cs {
		if c.typ == TypeLocation {
			places[c.start] = i
		}
	}
	for i, c := range cs {
		if c.typ != TypeOrg || !companyHeads[strings.ToLower(lastWord(t[c.start:c.end]))] {
			continue
		}
		m := placeAfterOf.FindStringSubmatchIndex(t[c.end:])
		if m == nil {
			continue
		}
		// The longest run of the place's words that names a place, over
		// a line break too ("of North" / "America").
		ws := words(t[c.end+m[2]:c.end+m[3]], c.end+m[2])
		n := len(ws)
		for ; n > 0; n-- {
			name := strings.ToLower(oneSpace(t[ws[0].start:ws[n-1].end]))
			if locationSet[name] || regions[name] {
				break
			}
		}
		if n == 0 {
			continue
		}
		end := ws[n-1].end
		if j, ok := places[c.end+m[2]]; ok {
			drop[j] = true
		}
		cs[i].end = end
	}
	return withoutDropped(cs, drop)
}

// stateUniversity is a state's university by its name: "University of
// Tennessee".
var stateUniversity = regexp.MustCompile(`\bUniversity[ \t]+of[ \t]+` + stateNameAlt + `$`)

// campusAfter is a campus's city after a university's name and a comma
// or "at": ", Knoxville" of "University of Tennessee, Knoxville", " at
// Austin" of "University of Texas at Austin". Group 1 is the city.
var campusAfter = regexp.MustCompile(`^(?:,|[ \t]+at)[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)\b`)

// universityCampuses extends a state university's name over its campus's
// city ("University of Tennessee, Knoxville", "University of Maryland,
// College Park", "University of Texas at Austin"), the city's own mention
// going; a role, a state or a body's head after the comma ("University of
// Michigan, Board of Regents") is none.
func universityCampuses(t string, cs []cand) []cand {
	if !strings.Contains(t, "University of") {
		return cs
	}
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg || !stateUniversity.MatchString(t[c.start:c.end]) {
			continue
		}
		m := campusAfter.FindStringSubmatchIndex(t[c.end:min(len(t), c.end+40)])
		if m == nil {
			continue
		}
		city := strings.ToLower(t[c.end+m[2] : c.end+m[3]])
		if StateNames[city] || roleWords[firstWord(city)] || leadingNoise[firstWord(city)] || partyTerms[firstWord(city)] || jobWords[firstWord(city)] || orgSuffix[firstWord(city)] {
			continue
		}
		dropWithin(cs, drop, i, c.end, c.end+m[3])
		cs[i].end = c.end + m[3]
	}
	return withoutDropped(cs, drop)
}

// placeForm is an organisation's name that is a place and its legal form
// alone ("Massachusetts, Inc.", "District of Columbia, Inc."): group 1 is
// the place.
var placeForm = regexp.MustCompile(`^([A-Z][A-Za-z]*(?:[ \t]+(?:of[ \t]+)?[A-Z][A-Za-z]*){0,2}),?[ \t]+` + legalForm + `$`)

// nameOfBefore is a name's capitalised words (and "&") before "of" (and
// "the") at the end of a text: group 1 is the name.
var nameOfBefore = regexp.MustCompile(`(?:^|[^\w&'’.\-])((?:[A-Z][\w'’.\-]*)(?:[ \t]+(?:[A-Z][\w'’.\-]*|&)){0,4})[ \t]+(?:of|OF)[ \t]+(?:(?:the|THE)[ \t]+)?$`)

// placeCompanies extends a company named after the place it is "of"
// that the patterns cut at "of" ("Massachusetts, Inc." of "Cushman &
// Wakefield of Massachusetts, Inc.", "District of Columbia, Inc." of
// "Bio-Medical Applications of the District of Columbia, Inc.") back over
// the name before "of",
// written in the place's case; the mentions the name held go.
func placeCompanies(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		m := placeForm.FindStringSubmatch(t[c.start:c.end])
		if m == nil || !locationSet[strings.ToLower(m[1])] {
			continue
		}
		off := max(0, c.start-80)
		b := nameOfBefore.FindStringSubmatchIndex(t[off:c.start])
		if b == nil || isUpperName(t[off+b[2]:off+b[3]]) != isUpperName(m[1]) {
			continue
		}
		start := off + b[2]
		dropWithin(cs, drop, i, start, c.start)
		cs[i].start = start
	}
	return withoutDropped(cs, drop)
}

// formConnectors are the words inside a company's name that the tagger
// starts the name after: "of the" and "for the" ("Sisters of the Holy
// Cross, Inc.", "Food for the Poor, Inc."), "at" before a number and a
// family name's particles ("E.I. du Pont de Nemours & Company, Inc."), in
// lower case in a name in mixed case. "in" joins none ("Distributors in
// Barrister Cigars, LLC"), nor does a capitalised "In" ("Jury Finds Fraud
// In Acme Holdings, Inc."; "Just In Time Tickets, Inc." is missed).
var formConnectors = wordSet(`at of for the de du del della di da van von der le la`)

// formConnectorPairs are the connectors that join a name's words only
// with "the" or a leading number after them: a lone "of" or "for" joins a
// filing, an office or a person to the company ("Motion of Acme, Inc.",
// "Counsel for Acme"). "at" joins only a number ("Banning at 8th Street
// LLC"): "at the" joins a place, a day or the people there to it ("in
// Detroit at the Ford Motor Co. plant", "Engineers at the Boeing Company").
var formConnectorPairs = wordSet(`at of for`)

// formPeopleWords are the people a company's name may follow with "of the"
// or "for the" without being its first words: "Shareholders of the Acme
// Group, Inc.", "Engineers for the Boeing Company".
var formPeopleWords = wordSet(`employees shareholders stockholders members customers workers engineers officers owners residents
	clients investors analysts reporters representatives agents attorneys lawyers executives managers officials students
	consumers buyers dealers retailers users patients doctors nurses teachers parents children families citizens voters
	directors creditors lenders borrowers tenants landlords`)

// formLeadNumber is a number that opens a company's name, which the
// tagger leaves out: an ordinal ("7th Avenue Spa Belles Inc.") or a toll-free
// prefix ("1-800 Contacts, Inc.").
var formLeadNumber = regexp.MustCompile(`^(?:\d{1,3}(?:st|nd|rd|th)|1-8\d\d)$`)

// formInitials are a name's initials written together: "E.I.".
var formInitials = regexp.MustCompile(`^(?:[A-Z]\.){1,3}$`)

// connectedFormStarts starts a company whose name ends with its legal form
// at its first word when the tagger started it after a connector or a
// leading number (formConnectors, formLeadNumber) on the same line: the
// words before are capitalised as the name is (in capitals for a name in
// capitals), no role, title, function or filing word, no people's word
// (formPeopleWords), no known place and no person's; "of"
// and "for" join only with "the" or a number, "at" only with a number,
// a connector in capitals joins only a name in capitals ("Directors Of
// The Acme Group, Inc." is a headline's), and a connector never opens the
// name. The mentions the name's new words held go.
func connectedFormStarts(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg || !formEnd.MatchString(t[c.start:c.end]) {
			continue
		}
		ws, upper := lineWordsBefore(t, c)
		start, pending := -1, false
		for j := len(ws) - 1; j >= max(0, len(ws)-6); j-- {
			w := ws[j].text
			lw := strings.ToLower(w)
			if j == len(ws)-1 && formLeadNumber.MatchString(w) {
				start = j // "7th Avenue Spa Belles Inc.", "Banning at 8th Street LLC"
				continue
			}
			if strings.ContainsAny(w[len(w)-1:], ",;:)\"”") {
				break
			}
			if formConnectors[lw] {
				if upper != isUpperName(w) || !upper && w != lw {
					break // "Directors Of The Acme Group, Inc.": a headline's capitals
				}
				right := t[c.start:c.end]
				if j+1 < len(ws) {
					right = ws[j+1].text
				}
				if lr := strings.ToLower(right); formConnectorPairs[lw] && (lr != "the" || lw == "at") && !formLeadNumber.MatchString(right) {
					break
				}
				pending = true
				continue
			}
			if !startsUpper(w) || upper != isUpperName(w) && !formInitials.MatchString(w) || leadingNoise[lw] || roleWords[lw] || partyTerms[lw] || titleWords[lw] ||
				jobWords[lw] || notForParty[lw] || headingKinds[lw] || formPeopleWords[lw] || knownPlace(w) ||
				strings.HasSuffix(w, ".") && !formInitials.MatchString(w) {
				break
			}
			if !pending && start < 0 {
				break // a capitalised word right before the name: the tagger's own call
			}
			start, pending = j, false
		}
		if start >= 0 {
			startCompanyAt(cs, drop, i, ws[start].start)
		}
	}
	return withoutDropped(cs, drop)
}

// lineWindow bounds the bytes lineWordsBefore and capitalsName read
// before a name on its line: a flattened page is one line, and reading it
// whole for each of its names is quadratic in its length.
const lineWindow = 200

// lineWordsBefore returns the words before c on its line, those of its
// last lineWindow bytes (enough for the six the company passes read; a
// word the window cuts is left out), and whether c's name is in capitals.
func lineWordsBefore(t string, c cand) ([]word, bool) {
	from := max(0, c.start-lineWindow)
	from += strings.LastIndexByte(t[from:c.start], '\n') + 1
	ws := words(t[from:c.start], from)
	if from > 0 && t[from-1] != '\n' && t[from-1] != ' ' && t[from-1] != '\t' && len(ws) > 0 && ws[0].start == from {
		ws = ws[1:] // the window cut this word
	}
	return ws, isUpperName(t[c.start:c.end])
}

// startCompanyAt starts the company cs[i] at byte s, the mentions its new
// words held marked in drop, unless a person's name is among those words
// ("John Smith of the Acme Co.", "John Smith Joins Toyota, USA, Inc.").
func startCompanyAt(cs []cand, drop map[int]bool, i, s int) {
	c := cs[i]
	if slices.ContainsFunc(cs, func(d cand) bool { return d.typ == TypePerson && d.start < c.start && d.end > s }) {
		return
	}
	dropWithin(cs, drop, i, s, c.start)
	cs[i].start = s
}

// countryForm is a company's name that is only a country's and its legal
// form: "U.S.A., Inc." of "Home Depot, U.S.A., Inc.", which is no
// company alone.
var countryForm = regexp.MustCompile(`^(?:U\.S\.A\.|USA|U\.S\.|America|AMERICA|\(USA\)|\(U\.S\.\)),?[ \t]+` + legalForm + `$`)

// countryFormStarts starts a company named for its country and its form
// alone (countryForm) at the name before it on its line, over a comma
// ("Home Depot, U.S.A., Inc."): capitalised words, no role, title or
// function word and no punctuation but that comma, written in the form's
// case, and no person's; the mentions the name held go. Without such a
// name before it the country's form stays as it is.
func countryFormStarts(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg || !countryForm.MatchString(t[c.start:c.end]) {
			continue
		}
		ws, upper := lineWordsBefore(t, c)
		start := -1
		for j := len(ws) - 1; j >= max(0, len(ws)-5); j-- {
			w := strings.TrimSuffix(ws[j].text, ",")
			lw := strings.ToLower(w)
			if w != ws[j].text && j != len(ws)-1 || w == "" || strings.ContainsAny(w[len(w)-1:], ",;:)\"”") || !startsUpper(w) || upper && !isUpperName(w) ||
				leadingNoise[lw] || roleWords[lw] || partyTerms[lw] || titleWords[lw] || jobWords[lw] || strings.HasSuffix(w, ".") {
				break
			}
			start = j
		}
		if start >= 0 {
			startCompanyAt(cs, drop, i, ws[start].start)
		}
	}
	return withoutDropped(cs, drop)
}

// jobLineHeads end a company's employee's title on an address block's
// line: "Import Manager", "Program Coordinator", "Compliance
// Specialist". An office's words ("General", "District", "Counsel") are
// none: they end the names of public bodies too.
var jobLineHeads = wordSet(`manager director president officer coordinator specialist supervisor analyst administrator agent broker
	consultant buyer engineer`)

// jobLineStarts starts an organisation that the names read on from a job's
// title on the line before, as a letter's address block writes them
// ("Import Manager" / "Homemaker Industries, Inc."): the title's words
// capitalised, its last a job's (jobLineHeads), and the next line's name
// no kind's word or form alone ("Energy Broker" / "Group, LLC" is one
// name).
func jobLineStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		nl := strings.IndexByte(t[c.start:c.end], '\n')
		if nl < 0 {
			continue
		}
		head := strings.Fields(t[c.start : c.start+nl])
		if len(head) == 0 {
			continue
		}
		last := strings.ToLower(strings.TrimRight(head[len(head)-1], ","))
		if len(head) > 4 || !jobLineHeads[last] || slices.ContainsFunc(head, func(w string) bool { return !startsUpper(w) }) {
			continue
		}
		s := c.start + nl + 1
		for s < c.end && (t[s] == ' ' || t[s] == '\t') {
			s++
		}
		if first := strings.ToLower(strings.TrimRight(firstWord(t[s:c.end]), ",")); orgSuffix[first] || orgWords[first] || legalForms[first] || acronymHeads[first] {
			continue // "Energy Broker" / "Group, LLC": one name over the line's end
		}
		cs[i].start = s
	}
	return cs
}

// romanSuffix are the generations' numerals a lawyer's name ends with.
var romanSuffix = wordSet(`II III IV`)

// capsFirmStarts starts a firm in capitals at its own words where a
// signature block run into one line put its lawyers' names before it
// ("Meredith L. Lambert KESSLER TOPAZ MELTZER & CHECK, LLP"): the
// capitals hold "&" or three words or more, the words before them are in
// mixed case (a generation's numeral aside) with a middle initial among
// them; those words, if they are one name, are the lawyer.
func capsFirmStarts(t string, cs []cand) []cand {
	n := len(cs)
	for i := 0; i < n; i++ {
		c := cs[i]
		if c.typ != TypeOrg || !formEnd.MatchString(t[c.start:c.end]) {
			continue
		}
		ws := words(t[c.start:c.end], c.start)
		k := len(ws)
		for k > 0 && isUpperName(ws[k-1].text) && strings.IndexFunc(ws[k-1].text, unicode.IsLetter) >= 0 || k > 0 && ws[k-1].text == "&" {
			k--
		}
		if k == 0 || k == len(ws) {
			continue
		}
		caps := t[ws[k].start:c.end]
		if !strings.Contains(caps, "&") && len(ws)-k < 3 {
			continue
		}
		head := ws[:k]
		initialled := slices.ContainsFunc(head, func(w word) bool { return initialWord(w.text) })
		capitals := slices.ContainsFunc(head, func(w word) bool {
			return isUpperName(w.text) && !initialWord(w.text) && len(w.text) > 1 && !romanSuffix[w.text]
		})
		if !initialled || capitals {
			continue
		}
		name := t[c.start:head[len(head)-1].end]
		cs[i].start = ws[k].start
		if personLike(name) {
			cs = append(cs, cand{typ: TypePerson, start: c.start, end: head[len(head)-1].end, source: SourcePattern})
		}
	}
	return cs
}

// formEnd is a name that ends with its legal form.
var formEnd = regexp.MustCompile(`\b` + legalForm + `$`)

// formOnly is a legal form alone: "Inc.", "LLC".
var formOnly = regexp.MustCompile(`^` + legalForm + `$`)

// orphanForms joins a legal form that a list's split left alone to the
// company before it ("Ambassadair Travel Club" + ", " + "Inc." in "Amtran,
// Inc., Ambassadair Travel Club, Inc., ATA Vacations, Inc."); a caption's
// party that is "Incorporated" alone, which the patterns do not join over
// its comma, takes the capitalised name before the comma, and so does the
// case that starts with it ("Lund Industries, Incorporated,
// Plaintiff-appellee, v. Go Industries, Inc."); any other
// form with no company right before it goes, whatever the tagger typed it
// ("Ltd" read as a place).
func orphanForms(t string, cs []cand) []cand {
	ends := map[int]int{}
	for i, c := range cs {
		if c.typ == TypeOrg {
			ends[c.end] = i
		}
	}
	drop := map[int]bool{}
	for i, c := range cs {
		name := t[c.start:c.end]
		spelt := strings.EqualFold(name, "incorporated")
		if !nameType(c.typ) || !formOnly.MatchString(name) && !spelt && (!legalForms[strings.ToLower(name)] || postalCodes[strings.ToUpper(name)]) {
			continue // "PA" is Pennsylvania too
		}
		// "Lund Industries, " + "Incorporated": the capitalised words
		// before the party's comma (nameTail) are the company's name.
		if comma := strings.LastIndexByte(t[:c.start], ','); spelt && c.party && comma >= 0 && strings.TrimSpace(t[comma+1:c.start]) == "" {
			if _, before := ends[comma]; !before {
				from := max(strings.LastIndexByte(t[:comma], '\n')+1, comma-80) // nameTail reads a line
				if m := nameTail.FindStringSubmatchIndex(t[from:comma]); m != nil {
					s := from + m[2]
					for j, d := range cs {
						if d.typ == TypeCase && d.start == c.start {
							cs[j].start = s
						}
					}
					cs[i].start, cs[i].typ = s, TypeOrg
					continue
				}
			}
		}
		drop[i] = true
		k := c.start
		for k > 0 && (t[k-1] == ' ' || t[k-1] == '\t') {
			k--
		}
		if k == 0 || t[k-1] != ',' {
			continue
		}
		if j, ok := ends[k-1]; ok && j != i && !drop[j] {
			cs[j].end = c.end
		}
	}
	return withoutDropped(cs, drop)
}

// andCompanies joins a company's name that the patterns and the tagger cut
// at "and" ("Lansberry Coal" + "Excavating Company", "BRIDGEPORT" + "PORT
// JEFFERSON STEAMBOAT COMPANY"): the second part is a company's (it ends
// with a company's head word or a legal form), the first a place or an
// organisation's name without one, and only " and " stands between them
// on one line.
func andCompanies(t string, cs []cand) []cand {
	if !containsAny(t, []string{" and ", " AND "}) {
		return cs
	}
	byStart := startIndex(cs, TypeOrg)
	drop := map[int]bool{}
	// A caption's company in capitals whose first words no mention holds:
	// "BRIDGEPORT AND PORT JEFFERSON STEAMBOAT COMPANY" opening its line.
	for j, b := range cs {
		if b.typ != TypeOrg || b.party || b.start < 5 || t[b.start-5:b.start] != " AND " || !isUpperName(t[b.start:b.end]) || !companyEnd(t[b.start:b.end]) {
			continue
		}
		ls := strings.LastIndexByte(t[:b.start-5], '\n') + 1
		head := strings.TrimLeft(t[ls:b.start-5], " \t")
		if n := len(strings.Fields(head)); n == 0 || n > 2 || !isUpperName(head) || strings.ContainsAny(head, ",.:;") || companyEnd(head) {
			continue
		}
		cs[j].start = b.start - 5 - len(head)
	}
	for i, a := range cs {
		if a.party || drop[i] || a.typ != TypeOrg && a.typ != TypeLocation || a.end+5 > len(t) {
			continue
		}
		if gap := t[a.end : a.end+5]; gap != " and " && gap != " AND " {
			continue
		}
		j, ok := byStart[a.end+5]
		if !ok || j == i || drop[j] {
			continue
		}
		b := cs[j]
		if !companyEnd(t[b.start:b.end]) || companyEnd(t[a.start:a.end]) || foreignFormEnd.MatchString(t[a.start:a.end]) || systemBodyEnd.MatchString(t[a.start:a.end]) ||
			slices.ContainsFunc(siteDomains, func(d string) bool { return strings.HasSuffix(t[a.start:a.end], d) }) {
			continue // "Nokia Oyj" and "BHP Group Pty Ltd", "Arkansas Teacher Retirement System" and "Alex Meruelo Living Trust", "Amazon.com" and "Walmart Inc.": two
		}
		// "…, Seattle, Washington and MORGAN STANLEY D.W. INC.": an
		// address's state, or a name in another case, is no first part.
		if a.typ == TypeLocation && strings.HasSuffix(t[:a.start], ", ") || isUpperName(t[a.start:a.end]) != isUpperName(t[b.start:b.end]) {
			continue
		}
		cs[i].typ, cs[i].end = TypeOrg, b.end
		drop[j] = true
	}
	return withoutDropped(cs, drop)
}

// familyHeads open the second half of a family's company: "Emery Lee and
// Sons, Inc.", "Smith and Brothers Co.".
var familyHeads = wordSet(`Sons Son Brothers Bros. Daughters SONS SON BROTHERS BROS. DAUGHTERS`)

// familyCompanies joins a family's company that the tagger and the
// patterns read as a person and a company over "and" ("Emery Lee" +
// "Sons, Inc."): a company whose name opens with Sons or Brothers right
// after " and " is the person's company, whole.
func familyCompanies(t string, cs []cand) []cand {
	if !containsAny(t, []string{" and Son", " and Bro", " and Daughters", " AND SON", " AND BRO", " AND DAUGHTERS"}) {
		return cs
	}
	ends := endIndex(cs, TypePerson)
	drop := map[int]bool{}
	for j, b := range cs {
		if b.typ != TypeOrg || b.start < 5 || !strings.EqualFold(t[b.start-5:b.start], " and ") || !familyHeads[strings.TrimRight(firstWord(t[b.start:b.end]), ",")] || !companyEnd(t[b.start:b.end]) {
			continue
		}
		if i, ok := ends[b.start-5]; ok && !drop[i] {
			cs[j].start = cs[i].start
			drop[i] = true
		}
	}
	return withoutDropped(cs, drop)
}

// surnamePairFirms joins a firm named for two people that the tagger and
// the patterns cut at "and" ("Adams" + "Reese, LLP", "Lewis and Roca, LLP",
// "Vessey and Company, Inc."): a company of one word and its legal form
// right after " and ", and one capitalised word before it that no other
// name's word runs into (no capitalised word or list's comma before it,
// "John Adams and Reese, LLP" being a person and a firm), that the text
// writes nowhere else alone, and that no name but one of that word alone
// covers.
func surnamePairFirms(t string, cs []cand) []cand {
	if !strings.Contains(t, " and ") {
		return cs
	}
	drop := map[int]bool{}
	for j, b := range cs {
		if b.typ != TypeOrg || b.party || b.start < 7 || t[b.start-5:b.start] != " and " {
			continue
		}
		ws := strings.Fields(t[b.start:b.end])
		if len(ws) != 2 || !orgSuffix[strings.ToLower(ws[1])] && !orgSuffix[strings.ToLower(strings.TrimSuffix(ws[1], "."))] || !startsUpper(ws[0]) {
			continue
		}
		ae := b.start - 5
		as := strings.LastIndexAny(t[:ae], " \t\n(") + 1
		a := t[as:ae]
		if !surnameWord.MatchString(a) || isUpperName(a) != isUpperName(t[b.start:b.end]) || leadingNoise[strings.ToLower(a)] || roleWords[strings.ToLower(a)] {
			continue
		}
		// "Stratton and Borton, Inc. are parties": a word the text names
		// alone too is a name of its own.
		if wordCount(t, a) != strings.Count(t, a+" and "+ws[0]) {
			continue
		}
		if nameRunsInto(t, as) {
			continue
		}
		covered, ok := -1, true
		for i, c := range cs {
			if i == j || c.end <= as || c.start >= ae {
				continue
			}
			if c.start != as || c.end != ae || covered >= 0 {
				ok = false
				break
			}
			covered = i
		}
		if !ok {
			continue
		}
		if covered >= 0 {
			drop[covered] = true
		}
		cs[j].start = as
	}
	return withoutDropped(cs, drop)
}

// wordCount counts the occurrences of w in t as a whole word (none of an
// empty w).
func wordCount(t, w string) int {
	if w == "" {
		return 0
	}
	n := 0
	for s := range occurrences(t, w, 0) {
		if wholeWord(t, s, s+len(w)) {
			n++
		}
	}
	return n
}

// companyEnd reports whether a name ends as a company's: with a company's
// head word (companyHeads) or a legal form, "Incorporated" written out
// too.
func companyEnd(name string) bool {
	last := strings.ToLower(strings.TrimRight(lastWord(name), ","))
	return companyHeads[last] || orgSuffix[last] || orgSuffix[strings.TrimSuffix(last, ".")] || last == "incorporated"
}

// numberLead is a number that opens a company's name ("180 Life Sciences
// Corp.", "1-800 Contacts, Inc.", "3M Company"), group 2, and what may come
// before it, group 1: a line's start (for a name alone on its line, since
// a page's number opens lines too), an enumerator ("(1) "), a caption's
// "v.", an opening quote or parenthesis, or a word that opens a party
// ("entitled", "between", "and", "by"). A year, an amount's or a
// section's number, and a count ("100 Acme Corp. shares", "in 2019 Acme
// Corp.") are none of these.
var numberLead = regexp.MustCompile(`(^|\n[ \t]*|\([0-9a-z]{1,3}\)[ \t]+|\b(?:v\.|vs\.|V\.|VS\.|entitled|between|and|AND|by|BY)[ \t]+|["“(][ \t]*)([0-9]{1,4}(?:-[0-9]{1,4})?[A-Z]?)[ \t]+$`)

// numberInside is a number inside a company's name after one to three
// capitalised words ("BXP 100 Federal Street LLC"), group 2, after what
// numberLead lets open a name, group 1.
var numberInside = regexp.MustCompile(`(^|\n[ \t]*|\([0-9a-z]{1,3}\)[ \t]+|\b(?:v\.|vs\.|V\.|VS\.|entitled|between|and|AND|by|BY)[ \t]+|["“(][ \t]*)((?:[A-Z][A-Za-z&'’\-]*[ \t]+){1,3}[0-9]{1,5})[ \t]+$`)

// notNameWords open a number's label, not a name: "Section 12 Acme Corp.",
// "In Count One Acme Corporation alleges", "Phase One".
var notNameWords = wordSet(`section sec article exhibit schedule count counts page no suite room floor unit lot item part chapter title rule
	option step round phase tier stage level appendix`)

// monthOfBefore is the word before a month that makes it a time's ("in"
// of "in March of", "since" of "since June of"): "K2's acquisition in
// March of Morrow Snowboards Inc." names Morrow Snowboards Inc. ("a grant
// from March of Dimes" names a charity).
var monthOfBefore = regexp.MustCompile(`\b(?:in|since|until|during|early|late|mid)[ \t]+$`)

// monthOfStarts starts a company the patterns read from a month and its
// "of" after a time's word at the name after the "of" ("in March of
// Morrow Snowboards Inc."); "the March of Dimes" keeps its name, and so
// does a name that is no company's (companyEnd).
func monthOfStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		if !months[strings.ToLower(firstWord(t[c.start:c.end]))] {
			continue
		}
		ws := strings.Fields(t[c.start:c.end])
		if len(ws) < 3 || ws[1] != "of" || !startsUpper(ws[2]) || !companyEnd(t[c.start:c.end]) || !monthOfBefore.MatchString(t[max(0, c.start-12):c.start]) {
			continue
		}
		cs[i].start = afterWords(t, c.start, 2)
	}
	return cs
}

// pleadingLineNumber reports whether the number at i opens its line and
// one of the three lines before opens with the number before it, as a
// pleading paper's numbered lines do ("2 JAMIE D. VOGEL" /
// "jvogel@millerbarondess.com" / "3 MILLER BARONDESS, LLP").
func pleadingLineNumber(t string, i int) bool {
	ls := strings.LastIndexByte(t[:i], '\n') + 1
	if strings.TrimLeft(t[ls:i], " \t") != "" || ls == 0 {
		return false
	}
	e := i
	for e < len(t) && t[e] >= '0' && t[e] <= '9' {
		e++
	}
	n, err := strconv.Atoi(t[i:e])
	if err != nil || n < 2 || n > 99 {
		return false
	}
	// One of the three lines before (a wrapped line has no number).
	want := strconv.Itoa(n - 1)
	for k := 0; k < 3 && ls > 0; k++ {
		ps := strings.LastIndexByte(t[:ls-1], '\n') + 1
		prev := strings.TrimLeft(t[ps:ls-1], " \t")
		if strings.HasPrefix(prev, want) && (len(prev) == len(want) || strings.ContainsRune(" \t\r", rune(prev[len(want)]))) {
			return true
		}
		ls = ps
	}
	return false
}

// numberLedCompanies extends a company's name over the number that opens
// it, which the patterns and the tagger leave out ("Life Sciences Corp."
// of "180 Life Sciences Corp."), or over the words and the number before
// it ("Federal Street LLC" of "BXP 100 Federal Street LLC"), and a case's
// whose first party is that company; a name that starts inside a word
// starts at the word ("M Company" of "3M Company"). A year never opens
// one.
func numberLedCompanies(t string, cs []cand) []cand {
	if !strings.ContainsAny(t, "0123456789") {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg && c.typ != TypeCase || c.start == 0 {
			continue
		}
		name := t[c.start:c.end]
		if c.typ == TypeCase {
			first, _, ok := strings.Cut(name, " v. ")
			if !ok || !companyEnd(first) {
				continue
			}
		} else if !companyEnd(name) {
			continue
		}
		s := c.start
		for s > 0 && t[s-1] >= '0' && t[s-1] <= '9' {
			s--
		}
		if s < c.start {
			if yearNumber(t[s:c.start]) {
				continue
			}
			cs[i].start = s // "3M Company"
			continue
		}
		off := max(0, c.start-40)
		m := numberLead.FindStringSubmatchIndex(t[off:c.start])
		if m == nil {
			m = numberInside.FindStringSubmatchIndex(t[off:c.start])
			if m == nil || isUpperName(t[off+m[4]:off+m[5]]) != isUpperName(name) || notNameWords[strings.ToLower(strings.Fields(t[off+m[4] : off+m[5]])[0])] {
				continue
			}
		}
		num := t[off+m[4] : off+m[5]]
		if yearNumber(lastWord(num)) {
			continue
		}
		if m[3] == 0 && off > 0 {
			continue // the window's start is no line's
		}
		if lead := t[off+m[2] : off+m[3]]; (lead == "" || strings.HasPrefix(lead, "\n")) && strings.TrimSpace(t[c.end:lineEnd(t, c.end)]) != "" {
			continue // a page's number opens the line: "1 FEDERAL DEPOSIT INSURANCE CORPORATION WASHINGTON, D.C."
		}
		if pleadingLineNumber(t, off+m[4]) {
			continue // "2 JAMIE D. VOGEL" / "3 MILLER BARONDESS, LLP": a pleading paper's line numbers
		}
		cs[i].start = off + m[4]
	}
	return cs
}

// wrappedCompanies joins a company's name that a line break cut before
// its head word or legal form: "Rokit Phone" / "Company, LLC filed …"
// reads as two organisations. The second part must open with a company's
// head word (companyHeads) or be a legal form, written as the first part
// is (capitals or mixed case).
func wrappedCompanies(t string, cs []cand) []cand {
	return joinWrapped(t, cs, TypeOrg, func(a, b cand) bool {
		first, second := t[a.start:a.end], t[b.start:b.end]
		return !formEnd.MatchString(first) && !companyEnd(first) &&
			(companyHeads[strings.ToLower(strings.TrimRight(firstWord(second), ",."))] || formOnly.MatchString(second)) &&
			isUpperName(first) == isUpperName(second)
	})
}

// capsFirmHead is the end of a line that a firm's name in capitals
// starts on, after a counsel list's lawyer (a name in mixed case) and
// comma: its partners' surnames and, where the break fell after it, the
// "&" ("Cheneise V. Wright, LEWIS BRISBOIS BISGAARD &", "Barnaby
// Grzaslewicz, MORRIS"); at the line's start only with the "&" (a heading
// above a company's name is none of it, nor is a caption's "…, STATE OF
// NEW ALDERSHIRE" above its first party). Group 1 or 2 is the surnames,
// which capsFirmWords must all allow.
var capsFirmHead = regexp.MustCompile(`[a-z.],[ \t]+((?:[A-Z][A-Z'’\-]+[ \t]+){0,3}[A-Z][A-Z'’\-]+(?:[ \t]+&)?)[ \t]*$|^[ \t]*((?:[A-Z][A-Z'’\-]+[ \t]+){1,3}&)[ \t]*$`)

// notCapsPartner are words in capitals that are no partner's surname: a
// place's, a court's or a heading's words.
var notCapsPartner = wordSet(`of the and state county court district commonwealth people united states america city town in for`)

// capsFirmForm is a firm's professional or legal form at the end of its
// name in capitals.
var capsFirmForm = regexp.MustCompile(`[ \t,](?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|PLLC|P\.L\.L\.C\.|P\.C\.|P\.A\.)$`)

// wrappedCapsFirms starts a law firm's name in capitals that opens a line
// with its form ("SMITH LLP", "JAMES LLP") at the partners' surnames a
// counsel list set at the end of the line before: "…, LEWIS BRISBOIS
// BISGAARD &" / "SMITH LLP", "…, MORRIS" / "JAMES LLP".
func wrappedCapsFirms(t string, cs []cand) []cand {
	if !containsAny(t, []string{"LLP", "LLC", "P.C.", "P.A.", "L.L.P."}) {
		return cs
	}
	var grown []int
	for i, c := range cs {
		if c.typ != TypeOrg || !capsFirmForm.MatchString(t[c.start:c.end]) || !isUpperName(t[c.start:c.end]) {
			continue
		}
		ls := strings.LastIndexByte(t[:c.start], '\n')
		if ls <= 0 || strings.TrimLeft(t[ls+1:c.start], " \t") != "" {
			continue
		}
		prev := strings.LastIndexByte(t[:ls], '\n') + 1
		if m := capsFirmHead.FindStringSubmatchIndex(t[prev:ls]); m != nil {
			g := 2
			if m[g] < 0 {
				g = 4
			}
			if slices.ContainsFunc(strings.Fields(t[prev+m[g]:prev+m[g+1]]), func(w string) bool { return notCapsPartner[strings.ToLower(w)] }) {
				continue
			}
			cs[i].start = prev + m[g]
			grown = append(grown, i)
		}
	}
	return withoutGrownInside(cs, grown, nil)
}

// firmEnd is the end of a law firm's name: its professional or limited
// form, or "Law Office", "Law Firm", "Law Group".
var firmEnd = regexp.MustCompile(`(?:,?[ \t]+(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|` + professionalForm + `)|[ \t]Law[ \t]+(?:Offices?|Firm|Group))$`)

// addressFirms starts a law firm after the city and state that end the
// lawyer's address before it in a flattened signature block: "DAVID M.
// BRINLEY Indianapolis, Indiana Eynon Law Group, P.C.", "Albuquerque, NM
// Kerry Kiernan, P.C.". The state, by its name or its postal code, comes
// right after the city's comma; the city, in mixed case, is a known place
// (knownPlace) or follows the lawyer's name in capitals, not a lawyer's or
// a company's last word ("Rebecca Smith, California Appellate Law Group
// LLP", "Kinder Morgan, Tennessee Gas Pipeline Company, L.L.C.",
// "NATIONAL BASKETBALL ASSOCIATION, NEW YORK KNICKS, LLC" keep their
// state); the firm keeps two words or more after it. The state is a place.
func addressFirms(t string, cs []cand) []cand {
	n := len(cs)
	for i := 0; i < n; i++ {
		c := cs[i]
		if c.typ != TypeOrg || c.start < 2 || t[c.start-2:c.start] != ", " || !firmEnd.MatchString(t[c.start:c.end]) {
			continue
		}
		// The city: one to three capitalised words in mixed case before
		// the comma, a known place or after a name in capitals or an
		// initial (the lawyer's: "JANE R. DOE Fort Lauderdale, Florida").
		before := strings.Fields(t[max(0, c.start-60) : c.start-2])
		b := len(before) - 1
		for b >= 0 && len(before)-1-b < 3 && startsUpper(before[b]) && !isUpperName(before[b]) {
			b--
		}
		if b == len(before)-1 {
			continue
		}
		known := false
		for j := len(before) - 1; j > b; j-- {
			known = known || knownPlace(strings.Join(before[j:], " "))
		}
		if !known && (b < 0 || !capitalsWord(before[b]) && !formInitials.MatchString(before[b]) || strings.ContainsAny(before[b], ",;:")) {
			continue
		}
		ws := words(t[c.start:c.end], c.start)
		k := 1
		if len(ws) > 2 && StateNames[lowerKey(ws[0].text+" "+ws[1].text)] {
			k = 2
		} else if !StateNames[lowerKey(ws[0].text)] && !postalCodes[ws[0].text] {
			continue
		}
		if len(ws)-k < 2 {
			continue
		}
		cs[i].start = ws[k].start
		cs = append(cs, cand{typ: TypeLocation, start: ws[0].start, end: ws[k-1].end, source: SourcePattern})
	}
	return cs
}

// statedForm is a company's state and legal form that the patterns read
// as its whole name: "Missouri, LLC", "Texas, Inc.".
var statedForm = regexp.MustCompile(`^(?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+,[ \t]*` + legalForm + `$`)

// ofCityBefore is a company's name and its city before its state and
// form: "Sonic Drive-in of Clinton, ", "Sonic Drive-in # 2 of Jefferson, ".
// Group 1 is the name.
var ofCityBefore = regexp.MustCompile(`(?:^|[,;(][ \t]*|\n[ \t]*|\band[ \t]+)((?:[A-Z][\w'’\-]*|#|\d{1,3})(?:[ \t]+(?:[A-Z][\w'’\-]*|#|\d{1,3})){0,4}[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,[ \t]+)$`)

// cityStateCompanies starts a company named for its city and state
// ("Sonic Drive-in of Clinton, Missouri, LLC") at its name, where the
// patterns read the state and the form alone.
func cityStateCompanies(t string, cs []cand) []cand {
	var grown []int
	for i, c := range cs {
		if c.typ != TypeOrg || !statedForm.MatchString(t[c.start:c.end]) || !StateNames[strings.ToLower(t[c.start:strings.IndexByte(t[c.start:c.end], ',')+c.start])] {
			continue
		}
		from := max(0, c.start-80)
		if m := ofCityBefore.FindStringSubmatchIndex(t[from:c.start]); m != nil {
			cs[i].start = from + m[2]
			grown = append(grown, i)
		}
	}
	return withoutGrownInside(cs, grown, nil)
}

// dropWithin marks in drop every candidate but cs[i] that lies within
// bytes [s, e) of the text: the names a name grown over them holds.
func dropWithin(cs []cand, drop map[int]bool, i, s, e int) {
	for j, o := range cs {
		if j != i && o.start >= s && o.end <= e {
			drop[j] = true
		}
	}
}

// withoutDropped returns cs without the candidates whose indices drop
// marks, in place.
func withoutDropped(cs []cand, drop map[int]bool) []cand {
	if len(drop) == 0 {
		return cs
	}
	out := cs[:0]
	for i, c := range cs {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// nextLineStart returns where the next line's text starts when only
// blanks follow i on its line ("Mary Ellen" + "\n" + "Coster Williams"),
// and false when the line goes on.
func nextLineStart(t string, i int) (int, bool) {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	if i >= len(t) || t[i] != '\n' {
		return 0, false
	}
	i++
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i, true
}

// startIndex maps where each name of type typ that is no case's party
// starts to its index in cs.
func startIndex(cs []cand, typ string) map[int]int {
	m := map[int]int{}
	for i, c := range cs {
		if c.typ == typ && !c.party {
			m[c.start] = i
		}
	}
	return m
}

// endIndex maps where each name of type typ that is no case's party ends
// to its index in cs.
func endIndex(cs []cand, typ string) map[int]int {
	m := map[int]int{}
	for i, c := range cs {
		if c.typ == typ && !c.party {
			m[c.end] = i
		}
	}
	return m
}

// orgSentenceStarts starts an organisation's name after a sentence's end,
// a contract's recital word or a question's verb it ran back over: "…
// Teresa Sanchez-Gordon, Judge. Dismissed. Kirtland & Packard, …" names
// the firm "Kirtland & Packard", "WHEREAS, Holdings, …" the company
// "Holdings"; "Did the Company violate" names none ("the Company" is a
// defined term's use); a ruling's verb (rulingLead) opens no name, nor
// does an order's verb in capitals before a party's name in mixed case
// (rulingVerbLead), and one in capitals after a name (rulingTail) ends
// none.
func orgSentenceStarts(t string, cs []cand) []cand {
	drop := map[int]bool{}
	for i, c := range cs {
		// "[Remanding the Department of Commerce's remand …]", "[Remanding
		// Final Results of …]": a ruling's verb in an opinion's summary
		// opens no name; after it an organisation's name may start.
		if (c.typ == TypeOrg || c.typ == TypePerson) && !c.party {
			// "District Judge William P. Johnson GRANTING 35 Motion": a
			// docket entry's ruling verb in capitals after the name.
			if m := rulingTail.FindStringIndex(t[c.start:c.end]); m != nil && m[0] > 0 {
				cs[i].end = c.start + m[0]
				c = cs[i]
			}
			// "The Court DENIES Sigman's motion", "DENIES as MOOT Dorel's
			// Motion": an order's verb in capitals (or its "MOOT") before
			// the party it rules on, in mixed case, opens no name; before
			// a name in capitals it is the name's ("GRANTS PASS SCHOOL
			// DISTRICT", "STRIKES BACK ENTERTAINMENT, INC.").
			if m := rulingVerbLead.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end && !isUpperName(firstWord(t[c.start+m[1]:c.end])) {
				cs[i].start += m[1]
				continue
			}
			if m := rulingLead.FindStringIndex(t[c.start:c.end]); m != nil {
				if c.typ == TypePerson || c.start+m[1] >= c.end {
					drop[i] = true
				} else {
					cs[i].start += m[1]
				}
				continue
			}
		}
		if c.typ != TypeOrg || c.party {
			continue
		}
		if m := recitalLead.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end {
			cs[i].start += m[1] // "WHEREAS, Holdings, the Borrower, …"
			continue
		}
		if m := questionLead.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end {
			cs[i].start += m[1] // "Did the Company violate …"
			// "the Company" alone is a contract's term, its party's
			// (defined terms), not a name of its own.
			drop[i] = definedOrgs[strings.ToLower(t[cs[i].start:c.end])]
			continue
		}
		if !strings.Contains(t[c.start:c.end], ". ") {
			continue
		}
		if s := afterSentenceEnd(t, c.start, c.end); s != c.start && s < c.end {
			cs[i].start = s
		}
	}
	return withoutDropped(cs, drop)
}

// recitalLead is a contract's recital or operative word before a party's
// name: "WHEREAS, ", "NOW, THEREFORE, ", "WITNESSETH: ".
var recitalLead = regexp.MustCompile(`^(?:WHEREAS|Whereas|NOW,?[ \t]+THEREFORE|Now,?[ \t]+[Tt]herefore|WITNESSETH|Witnesseth|RECITALS?|Recitals?)[,:]?[ \t\n]+`)

// rulingLead is a ruling's verb opening an opinion's bracketed summary,
// and the article after it: "Remanding the ", "Granting in part ".
var rulingLead = regexp.MustCompile(`^(?:Remanding|Granting|Denying|Sustaining|Affirming|Reversing|Dismissing|Vacating|Ordering)[ \t]+(?:in[ \t]+part[ \t]+)?(?:the[ \t]+)?`)

// rulingVerbLead is an order's verb in capitals, in the present tense,
// and "in part" after it, or the "MOOT" of "as MOOT", before the name of
// the party whose motion it rules on: "GRANTS ", "DENIES IN PART ",
// "MOOT ".
var rulingVerbLead = regexp.MustCompile(`^(?:(?:GRANTS|DENIES|SUSTAINS|OVERRULES|AFFIRMS|REVERSES|VACATES|DISMISSES|REMANDS|ADOPTS|STRIKES)(?:[ \t]+(?:IN|in)[ \t]+(?:PART|part))?|MOOT)[ \t]+`)

// rulingTail is a ruling's verb in capitals ending a name it ran into.
var rulingTail = regexp.MustCompile(`[ \t]+(?:REMANDING|GRANTING|DENYING|SUSTAINING|AFFIRMING|REVERSING|DISMISSING|VACATING|ORDERING|ADOPTING|OVERRULING|STRIKING)$`)

// questionLead is a question's opening verb and article before a name: an
// issue's "Did the Company violate …?".
var questionLead = regexp.MustCompile(`^(?:Did|Does|Do|Was|Were|Is|Are|Has|Have|Had|Should|Could|Would|Can|May|Must|Whether)[ \t]+(?:the[ \t]+)?`)

// circuitAbbrev is a federal court of appeals by its citation form alone:
// "D.C. Cir.", "Fed. Cir.", "5th Cir.".
var circuitAbbrev = regexp.MustCompile(`^(?:D\.[ \t]?C\.|Fed\.|1st|2d|2nd|3d|3rd|[4-9]th|10th|11th)[ \t]+Cir\.$`)

// usBefore is "U.S." right before a court's name.
var usBefore = regexp.MustCompile(`\bU\.[ \t]?S\.[ \t]+$`)

// circuitNames makes the tagger's organisation that is a circuit's
// citation form ("854 F.2d 1330 | D.C. Cir. | 1988", a web page's header)
// the court, and a court of appeals' name takes the "U.S." before it ("U.S.
// Court of Appeals for the Seventh Circuit", as the patterns take "United
// States").
func circuitNames(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ == TypeOrg && c.source == SourceModel && strings.HasSuffix(t[c.start:c.end], "Cir.") && circuitAbbrev.MatchString(t[c.start:c.end]) {
			cs[i].typ = TypeCourt
		}
		if c.typ == TypeCourt && strings.HasPrefix(t[c.start:c.end], "Court of Appeals") {
			if m := usBefore.FindStringIndex(t[max(0, c.start-8):c.start]); m != nil {
				cs[i].start = max(0, c.start-8) + m[0]
			}
		}
	}
	return cs
}

// trustAfter is the rest of a trust's name after its settlor's: "The Noah
// N. Levy Revocable Trust", "the Smith Family Trust".
var trustAfter = regexp.MustCompile(`^[ \t]+(?:(?:Revocable|Irrevocable|Living|Family|Charitable|Marital|Residuary|Grantor|Dynasty)[ \t]+)+Trust\b`)

// estateBefore opens an estate's name before its decedent's: "the Estate
// of " of "the Estate of Walter Tirschman".
var estateBefore = regexp.MustCompile(`(?:Estate|ESTATE)[ \t]+(?:of|OF)[ \t]+$`)

// trustNames makes a person followed by a kind of trust that trust, and
// one after "Estate of" that estate, an organisation: a trust or an
// estate is a litigant and a contract's party in its own name.
func trustNames(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Trust", "Estate", "ESTATE"}) {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypePerson && c.typ != TypeOrg && c.typ != TypeLocation {
			continue
		}
		if m := trustAfter.FindStringIndex(t[c.end:]); m != nil && c.typ != TypeLocation {
			cs[i].typ, cs[i].end = TypeOrg, c.end+m[1]
		}
		// A decedent's name the tagger read as a place is a person's too
		// ("the Estate of Octavia Simmons").
		if c.typ == TypePerson || c.typ == TypeLocation && personLike(t[c.start:c.end]) && !locationSet[strings.ToLower(t[c.start:c.end])] {
			if m := estateBefore.FindStringIndex(t[max(0, c.start-12):c.start]); m != nil {
				cs[i].typ, cs[i].start = TypeOrg, max(0, c.start-12)+m[0]
			}
		}
	}
	return cs
}

// capsSurnameAfter is a surname in capitals, with its generational suffix,
// right after a name in capitals that ends in an initial.
var capsSurnameAfter = regexp.MustCompile(`^(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][A-Z'’\-]+(?:[ \t]+(?:JR\.|SR\.|III|II|IV)\b)?`)

// capsSurnames joins the surname in capitals that the tagger left after a
// name in capitals ending in an initial: "HON. CAROL R." + " EDMEAD",
// "JOSEPH R." + " SLIGHTS III"; "AND" is none ("JOHN R. AND MARY L.
// WHITFIELD", a couple).
func capsSurnames(t string, cs []cand) []cand {
	for i, c := range cs {
		name := t[c.start:c.end]
		if c.typ != TypePerson || len(name) < 4 || name[len(name)-1] != '.' || !isUpperName(name) {
			continue
		}
		if r := name[len(name)-2]; r < 'A' || r > 'Z' || len(name) > 2 && name[len(name)-3] != ' ' {
			continue
		}
		if m := capsSurnameAfter.FindStringIndex(t[c.end:]); m != nil && !panelWord(strings.TrimSpace(t[c.end:c.end+m[1]])) &&
			!titleConnectors[strings.ToLower(firstWord(t[c.end:c.end+m[1]]))] {
			cs[i].end = c.end + m[1]
		}
	}
	return cs
}

// litigantWords open a criminal case's caption as the prosecuting
// sovereign: "STATE V. CAMPBELL", "People v. Smith".
var litigantWords = wordSet(`state people commonwealth government`)

// rulingWords are a decision's disposition and the words of a panel's
// lines, which an opinion's heading writes in capitals before its judges'
// names: "AFFIRMED HOLLY KIRBY LILLARD, J.", "CONCURS: ALAN E. HIGHERS".
var rulingWords = wordSet(`affirmed reversed remanded vacated dismissed modified denied granted concurs concur concurring
	dissents dissent dissenting opinion delivered writes wrote matter publication`)

// capsGivenWord is a given name in capitals: "TIMOTHY", "MARY-ANN".
var capsGivenWord = regexp.MustCompile(`^[A-Z][A-Z'’\-]+$`)

// capsGivenNames extends a surname in capitals that a judge's title after
// it made a person ("EASTER, JJ.") over the given names and the initial
// before it on its line: one or two given names, then one initial
// ("TIMOTHY L. EASTER", "HOLLY KIRBY LILLARD"). A title, a panel's word,
// a ruling's word or a role is no given name ("PRESIDING JUDGE",
// "AFFIRMED", "CONCURS:"), nor is a running header's litigant before
// "V." ("STATE V. CAMPBELL"), a body's or a document's word, a function
// word ("MATTER OF", "PARISH OF") or a word of two letters ("CC"), nor an
// initial before a given name (the last judge's "J." in "J. DAVID R.
// FARMER").
func capsGivenNames(t string, cs []cand) []cand {
	for i, c := range cs {
		name := t[c.start:c.end]
		if c.typ != TypePerson || strings.ContainsAny(name, " \t\n") || len(name) < 2 || !isUpperName(name) {
			continue
		}
		start, given, initial := c.start, 0, false
		for given < 2 {
			ps, pe, ok := prevWord(t, start)
			if !ok || strings.Contains(t[pe:start], "\n") {
				break
			}
			w := t[ps:pe]
			if initialWord(w) && given == 0 && !initial {
				initial = true
				start = ps
				continue
			}
			lw := strings.ToLower(w)
			if !capsGivenWord.MatchString(w) || panelWord(lw) || titleWords[lw] || jobWords[lw] || leadingNoise[lw] ||
				roleWords[lw] || litigantWords[lw] || rulingWords[lw] || courtWords[lw] || orgWords[lw] || docWords[lw] || nameStops[lw] || len(w) < 3 {
				break
			}
			given++
			start = ps
		}
		if given > 0 {
			cs[i].start = start
		}
	}
	return cs
}

// wrappedFormLine is a line that opens with the rest of a company's name
// and its legal form, anchored at the line's start: "Management, Inc. (Bass River), which …" under "…
// and by Bass River Golf", "Group LLC, 475 Tenth Avenue" under "c/o
// Morgans Hotel". Group 1 is the name's words on the line, group 2 the
// comma before the form.
var wrappedFormLine = regexp.MustCompile(`^[ \t]*((?:[A-Z][\w&'’.\-]*[ \t]+){0,3}[A-Z][\w&'’\-]*)(,?)[ \t]*` + legalForm)

// nameTail is the capitalised words that end a line, a company's name's
// first words: "Bass River Golf" of "… and by Bass River Golf".
var nameTail = regexp.MustCompile(`(?:^|[ \t])((?:[A-Z][\w&'’.\-]*[ \t]+){0,4}[A-Z][\w&'’\-]*)[ \t]*$`)

// headingLine is a heading's line numbered with a roman numeral: "I.
// Background Facts & Proceedings" (a letter's "D." is as often a
// lawyer's initial: "D. Wayne Smith, counsel for Bass River Golf").
var headingLine = regexp.MustCompile(`^` + romanHeading)

// romanHeading is a heading's roman numeral and the capital after it at a
// line's start: "I. Background", "IV. Discussion".
const romanHeading = `[ \t]*[IVX]{1,4}\.[ \t]+\p{Lu}`

// proseBefore is a sentence's words in lower case before a name.
var proseBefore = regexp.MustCompile(`[a-z]{2,}[ \t]+[a-z]{2,}[ \t]+$`)

// titleConnectors join a document's title to its parties' names.
var titleConnectors = wordSet(`of by and between among for to with`)

// wrappedForms reads a company's name that a line break cut before the
// words that precede its legal form ("Bass River Golf" / "Management,
// Inc."), which neither the patterns nor the tagger read whole. The words
// before the break must be capitalised and follow a word in lower case, a
// comma or the line's start; a litigant's role before them is none of
// them ("Defendant Atco" / "Raceway, Inc."); a heading's word there
// ("Plaintiff", "Borrower:"), a numbered heading's line ("I. Background
// Facts & Proceedings") or a lawyer's "Esquire" ends nothing. Without a
// comma before the form, the line's words must be heads of companies'
// names ("Group LLC"), which no name opens with, or the words before the
// break must follow prose ("denial of Electronic" / "Arts Inc.").
func wrappedForms(t string) []cand {
	var out []cand
	for ls := strings.IndexByte(t, '\n') + 1; ls > 0 && ls < len(t); ls = nextLine(t, ls) {
		m := wrappedFormLine.FindStringSubmatchIndex(t[ls:min(len(t), ls+120)])
		if m == nil {
			continue
		}
		bare := m[4] == m[5] && slices.ContainsFunc(strings.Fields(t[ls+m[2]:ls+m[3]]), func(w string) bool { return !orgSuffix[strings.ToLower(w)] })
		m = shiftedBy(m, ls)
		prev := t[strings.LastIndexByte(t[:m[0]-1], '\n')+1 : m[0]-1]
		tail := nameTail.FindStringSubmatchIndex(prev)
		if tail == nil {
			continue
		}
		// "owned by Defendant Atco" / "Raceway, Inc.": a litigant's role
		// before the name's first words is none of it.
		// Only a role's own word goes, not a qualifier that may open a
		// name ("Cross Country" / "Healthcare, Inc.").
		for tail[2] < tail[3] && isLitigantRole(firstWord(prev[tail[2]:tail[3]])) && strings.ContainsAny(prev[tail[2]:tail[3]], " \t") {
			tail[2] = afterBlanks(prev, tail[2]+len(firstWord(prev[tail[2]:tail[3]])), tail[3])
		}
		// Without a comma before the form, the name's first words must
		// follow prose ("the district court's denial of Electronic" /
		// "Arts Inc.").
		if bare && !proseBefore.MatchString(prev[:tail[2]]) {
			continue
		}
		words := strings.Fields(prev[tail[2]:tail[3]])
		// A heading's numbered line ("I. Background Facts & Proceedings")
		// and a lawyer's "Esquire" end no company's name.
		if last := words[len(words)-1]; headingLine.MatchString(prev) || strings.EqualFold(last, "esquire") || strings.EqualFold(last, "esq") {
			continue
		}
		// A title's "OF" on its line ("LIMITED LIABILITY COMPANY
		// AGREEMENT" / "OF" / "BRIGHTWATER HOLDINGS, LLC") opens no name.
		// Nor does a judge's line ("Honorable Jorge L. Alonso" / "Lakeshore
		// Logistics, Inc.", a notice of a docket entry's caption).
		if titleConnectors[strings.ToLower(words[0])] || titleWords[strings.ToLower(words[0])] {
			continue
		}
		if partyTerms[strings.ToLower(words[0])] || roleWords[strings.ToLower(words[len(words)-1])] || isUpperName(prev[tail[2]:tail[3]]) != isUpperName(t[m[2]:m[3]]) {
			continue
		}
		// "Joy Semenuk" / "LG Sourcing, Inc.": a letter's addressee alone
		// on the line before her company's, which its line names whole
		// (wholeName; "Howard Johnson" / "International, Inc." is one
		// company), is none of its name. Nor is a county's name
		// (localGovernmentName) after a comma, a caption's court's ("County Court, Suffolk
		// County" / "Koral Brothers, Inc."; "Orange County" / "Choppers,
		// Inc." is one company), nor anything before a litigant's role
		// that opens the line ("… District Judge" / "Plaintiff BenShot,
		// LLC, brought this action").
		if strings.TrimSpace(prev[:tail[2]]) == "" && personLine(words) && wholeName(t[m[2]:m[3]]) ||
			localGovernmentName(prev[tail[2]:tail[3]]) && strings.HasSuffix(strings.TrimRight(prev[:tail[2]], " \t"), ",") ||
			isLitigantRole(firstWord(t[m[2]:m[3]])) {
			continue
		}
		start := m[0] - 1 - len(prev) + tail[2]
		out = append(out, cand{typ: TypeOrg, start: start, end: m[1], source: SourcePattern})
	}
	return out
}

// wholeName reports whether the words before a legal form on their line
// may be a company's whole name: two words or more ("LG Sourcing"), or
// one that is no company's kind or head word ("LicenseLok", not
// "International" or "Holdings", which end a name the line before opens).
func wholeName(s string) bool {
	ws := strings.Fields(s)
	return len(ws) >= 2 || len(ws) == 1 && !companyWord(ws[0]) && !companyKinds[strings.ToLower(ws[0])]
}

// personLine reports whether a line's words are a person's name: two or
// three words, the first a given name, a middle one an initial or not,
// and none an organisation's word ("Laurel T. Scapicchio", "Joy
// Semenuk"; not "Grace Brothers").
func personLine(words []string) bool {
	if len(words) < 2 || len(words) > 3 || !isGivenName(words[0]) {
		return false
	}
	for i, w := range words[1:] {
		if companyWord(w) || !(properWord.MatchString(w) || i == 0 && len(words) == 3 && initialWord(w)) {
			return false
		}
	}
	return true
}

// personFirm is a lawyer's name run into the firm after it without a
// comma, as counsel blocks in one line do: "David A. Zdunkewicz Andrews
// Kurth LLP", or on the line above it ("Bradford A. Williams" / "Holt
// York McDarris, LLP"). Group 1 is the person (a given name, an initial, a
// surname), group 2 the firm: two words or more before its legal form.
var personFirm = regexp.MustCompile(`^([A-Z][a-z]+[ \t]+[A-Z]\.[ \t]+[A-Z][A-Za-z'’\-]+)(?:[ \t]+|[ \t]*\n[ \t]*)([A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z&][A-Za-z'’\-]*)+,?[ \t]+(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|PLLC|P\.C\.|P\.A\.))$`)

// splitOrgs runs split on every organisation that is no caption's party
// and, where it answers ok, puts the part it keeps in the organisation's
// place and adds the parts it cuts off: the loop of the mends that split
// one organisation the patterns or the tagger read into two names.
func splitOrgs(t string, cs []cand, split func(c cand, name string) (kept cand, added []cand, ok bool)) []cand {
	n := len(cs)
	for i := 0; i < n; i++ {
		c := cs[i]
		if c.typ != TypeOrg || c.party {
			continue
		}
		if kept, added, ok := split(c, t[c.start:c.end]); ok {
			cs[i] = kept
			cs = append(cs, added...)
		}
	}
	return cs
}

// personFirms splits an organisation that is a lawyer's name and the
// firm after it (personFirm) into the person and the firm.
func personFirms(t string, cs []cand) []cand {
	return splitOrgs(t, cs, func(c cand, name string) (cand, []cand, bool) {
		m := personFirm.FindStringSubmatchIndex(name)
		if m == nil || strings.HasPrefix(name[m[4]:], "Co") {
			return c, nil, false
		}
		person := cand{typ: TypePerson, start: c.start + m[2], end: c.start + m[3], source: c.source}
		c.start += m[4]
		return c, []cand{person}, true
	})
}

// nameStops are capitalised words besides leadingNoise that open a
// sentence or a phrase, never a company's name: a company's name does not
// run back over them.
var nameStops = wordSet(`or during between among i we it he she they of re whereas now witnesseth
	monday tuesday wednesday thursday friday saturday sunday`)

// formStarts extends a company's name that ends in its legal form back
// over the capitalised words before it on its line, joined by "of" before
// a place, which the patterns and the tagger cut off ("Prairie's" + "Best
// Farm, Inc.", "Blue Shield of" + "Florida, Inc."), and "and" between two
// sides that open with the same word ("Blue Cross and Blue Shield"). It
// stops at a lower-case word, another "and", punctuation, a role or
// joined roles ("Defendant/Appellee"), a place made an adjective
// ("Lodi-based"), a title ("Esquire"),
// another name's legal form, a month or a function word, a word in mixed
// case before a name in capitals (capitalsWord), and after five words.
func formStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg || c.party || !formEnd.MatchString(strings.TrimRight(t[c.start:c.end], ".")+".") && !formEnd.MatchString(t[c.start:c.end]) {
			continue
		}
		start, words := c.start, 0
		pending := -1 // where the name starts if a connector has no word before it
		for words < 5 && start > 0 && (t[start-1] == ' ' || t[start-1] == '\t') {
			ws := strings.LastIndexAny(t[:start-1], " \t\n") + 1
			w := t[ws : start-1]
			if w == "" {
				break
			}
			lw := strings.ToLower(w)
			if w == "of" {
				// Only before a place ("Blue Shield of Florida", not
				// "Leonard Szabo of Ashgrove Pell LLP"). An "and" between
				// capitalised words is as often a list's ("SVB and GOLD
				// HILL VENTURE LENDING 03, L.P.") as a name's: it ends
				// the name.
				next := strings.ToLower(strings.Trim(firstWord(t[start:]), ",.'’s"))
				if pending >= 0 || !locationSet[next] && !StateNames[next] {
					break
				}
				pending = start
				start = ws
				continue
			}
			// "Blue Cross and Blue Shield of Florida, Inc.": both sides of
			// "and" open with the same word, one name.
			if lw == "and" {
				if m := parallelBeforeAnd.FindStringSubmatchIndex(t[max(0, ws-60):ws]); m != nil && strings.EqualFold(t[max(0, ws-60)+m[2]:max(0, ws-60)+m[3]], firstWord(t[start:])) {
					pending = -1
					start = max(0, ws-60) + m[2]
					words += 2
					continue
				}
			}
			base := possessor(w)
			if !capitalised(w) || strings.ContainsAny(base, ".,:;()\"“”") || nameStops[lw] || partyTerms[lw] || roleWords[lw] || lw == "esquire" || orgSuffix[lw] || orgSuffix[lw+"."] ||
				titleWords[lw] || jobWords[lw] || months[lw] || leadingNoise[lw] || adjectiveName(w) || joinedRoles(w) || !isUpperName(w) && capitalsWord(firstWord(t[start:])) && isUpperName(t[start:c.end]) ||
				capitalsName(t, ws, w) && !isUpperName(firstWord(t[start:])) {
				break
			}
			pending = -1
			start = ws
			words++
		}
		if pending >= 0 {
			start = pending
		}
		if words > 0 && start < c.start {
			cs[i].start = start
		}
	}
	return cs
}

// capitalsName reports whether w, at byte ws of t, ends a name in
// capitals: w and the word before it on its line are in capitals, as a
// flattened signature block's lawyer before the firm ("RICHARD S. EYNON
// Frost Brown Todd LLC", "R.C. RICHMOND, III Taft Stettinius & Hollister
// LLP"). A name in mixed case takes no such run ("Graco ABC Children's
// Products, Inc.").
func capitalsName(t string, ws int, w string) bool {
	if !capitalsWord(w) {
		return false
	}
	ls := max(0, ws-lineWindow)
	ls += strings.LastIndexByte(t[ls:ws], '\n') + 1
	prev := strings.TrimRight(lastWord(t[ls:ws]), ",")
	return capitalsWord(prev) || formInitials.MatchString(prev)
}

// capitalsWord reports whether w is a word in capitals of two letters or
// more: a name wholly in capitals takes no word in mixed case before it
// ("Counsel of Record CLYDE & CO US LLP"; "Graco ABC Children's Products,
// Inc." is one name).
func capitalsWord(w string) bool {
	return len(w) > 1 && isUpperName(w) && strings.IndexFunc(w, unicode.IsLetter) >= 0 && !strings.HasSuffix(w, ".")
}

// adjectiveName reports whether w is a name made an adjective by a word
// in lower case after a hyphen ("Lodi-based", "Texas-born"; "Pioneer
// Hi-Bred" is a name's word).
func adjectiveName(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && adjectiveTail[w[i+1:]]
}

// joinedRoles reports whether w is a litigant's roles joined by a slash
// or a hyphen ("Defendant/Appellee", "Plaintiff-Appellant",
// "Cross-Appellant").
func joinedRoles(w string) bool {
	parts := strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return r == '/' || r == '-' })
	for _, p := range parts {
		if !litigantRoles[p] {
			return false
		}
	}
	return len(parts) > 1
}

// isLitigantRole reports whether w is a litigant's role, alone or joined
// ("Defendant", "Plaintiff-Appellant"), not one of the words that only
// qualify a role ("Cross", "Third", "Party").
func isLitigantRole(w string) bool {
	lw := strings.ToLower(w)
	return litigantRoles[lw] && roleWords[lw] || joinedRoles(w)
}

// litigantRoles are the roles a caption gives a party and the words that
// qualify them ("Cross-Appellant", "Third-Party Defendant").
var litigantRoles = wordSet(`plaintiff plaintiffs defendant defendants appellant appellants appellee appellees petitioner petitioners
	respondent respondents movant movants intervenor intervenors claimant claimants cross counter third party`)

// afterOpener returns where a company's name in [s, e) of t starts past a
// place made an adjective or a litigant's joined roles that opens it
// ("Lodi-based ABC Packing Services, Inc.", "New Jersey-based Para-Plus
// Translations Inc.", "Defendant/Appellee Arrow Exterminators, Inc.").
func afterOpener(t string, s, e int) int {
	ws := strings.Fields(t[s:e])
	if len(ws) > 1 && joinedRoles(ws[0]) {
		return afterWords(t, s, 1)
	}
	for k := min(2, len(ws)-2); k >= 0; k-- {
		// After the first word, only a place's name of more than one word
		// ("New Jersey-based", "New York City-based"), not a name's own
		// word ("Acme World-wide Shipping, Inc.", "Texas Hi-bred Seed
		// Co.").
		if adjectiveName(ws[k]) && (k == 0 || k > 1 && placeWords(ws[:k]) || placeWords(append(slices.Clone(ws[:k]), ws[k][:strings.LastIndexByte(ws[k], '-')]))) {
			return afterWords(t, s, k+1)
		}
	}
	return s
}

// placeWords reports whether ws are a known place's name ("New Jersey",
// "Los Angeles"; locationSet holds the states).
func placeWords(ws []string) bool {
	return locationSet[strings.ToLower(strings.Join(ws, " "))]
}

// parallelBeforeAnd is two capitalised words right before an "and"
// (group 1 the first): "Blue Cross " of "Blue Cross and Blue Shield".
var parallelBeforeAnd = regexp.MustCompile(`(?:^|\s)([A-Z][a-z]+)[ \t]+[A-Z][a-z]+[ \t]+$`)

// nextLine returns where the line after the one holding i starts, or 0
// after the last.
func nextLine(t string, i int) int {
	k := strings.IndexByte(t[i:], '\n')
	if k < 0 {
		return 0
	}
	return i + k + 1
}

// lineEnd returns where the line of t that starts at i ends: its line
// break, or the text's end.
func lineEnd(t string, i int) int {
	if k := strings.IndexByte(t[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(t)
}

// listedForm is a legal form closing one company of a comma-separated list
// and another capitalised name after it: "Inc., Caring" of "Caring, Inc.,
// Caring Residential Services, Inc., …".
var listedForm = regexp.MustCompile(legalForm + `,[ \t]+[A-Z]`)

// listedNeedles are in every text listedForm matches: a legal form's end
// and its comma.
var listedNeedles = []string{".,", "LLC,", "LLP,", "Inc,", "INC,"}

// listedCompanies finds each company of a list of companies with their
// legal forms ("CARING, INC., Caring Residential Services, Inc., Caring
// Medical Day Services, Inc."). The patterns read a run of capitalised
// words, commas included, as one name ending at its last legal form, so
// only the list's last company was theirs; the others the tagger found
// in part or not at all. Here the run is cut after every legal form that
// a comma and another name follow (not before a second form: "Co., Ltd."),
// and each part is read as the patterns read a run. A part must end in its
// legal form: "A DELAWARE CORPORATION" after a company describes it.
func listedCompanies(t string) []cand {
	if !containsAny(t, listedNeedles) {
		return nil
	}
	var out []cand
	// A run of capitalised words keeps to its line: only the lines with
	// a listed form are read.
	var runs [][]int
	for ls := 0; ls < len(t); {
		le := lineEnd(t, ls)
		if line := t[ls:le]; containsAny(line, listedNeedles) && listedForm.MatchString(line) {
			for _, m := range properRun.FindAllStringIndex(line, -1) {
				runs = append(runs, []int{ls + m[0], ls + m[1]})
			}
		}
		ls = le + 1
	}
	for _, m := range runs {
		if !listedForm.MatchString(t[m[0]:m[1]]) {
			continue
		}
		all := words(t[m[0]:m[1]], m[0])
		from := 0
		for k := 1; k <= len(all); k++ {
			next := k
			if k < len(all) {
				prev := all[k-1].text
				switch {
				case all[k].text == "and": // as orgMentions splits
					next = k + 1
				case !strings.HasSuffix(prev, ",") || !formOnly.MatchString(strings.TrimSuffix(prev, ",")) ||
					isOrgSuffix(all[k].text) || !startsUpper(all[k].text):
					continue
				}
			}
			part := all[from:k]
			// "AMONG KTI, INC., …": a contract's list of parties in
			// capitals.
			for len(part) > 0 && nameStops[lowerKey(part[0].text)] {
				part = part[1:]
			}
			for _, c := range orgSegment(t, part) {
				if formEnd.MatchString(t[c.start:c.end]) {
					c.start = afterOpener(t, c.start, c.end)
					out = append(out, c)
				}
			}
			from = next
		}
	}
	return out
}

// stateOfIncorporation is a state in a company's description after "a"
// or "an", its kind in any case: "a Delaware Corporation", "a Delaware
// Limited Liability Company". Group 1 is the state.
var stateOfIncorporation = regexp.MustCompile(`\b(?:a|an|A|An)[ \t]+(` + stateNameAlt + `)[ \t]+(?i:` + companyKind + `)\b`)

// incorporatedStates returns the states stateOfIncorporation finds, places,
// which the tagger may read as nothing when the kind is capitalised. It
// runs after the tagger.
func incorporatedStates(t string) []cand {
	if !containsAny(t, []string{"orporation", "ompany", "artnership", "ORPORATION", "OMPANY", "ARTNERSHIP"}) {
		return nil
	}
	return groupCands(t, stateOfIncorporation, 1, TypeLocation)
}

// incorporation is a company's description by the place it was formed in
// and its kind, as a contract's list of parties writes it in capitals: "A
// NEW JERSEY CORPORATION", "a Virginia general partnership". Group 1 is
// the place; its kinds are companyKind.
var incorporation = regexp.MustCompile(`^(?i:an?[ \t]+)?([A-Za-z][A-Za-z .]*?)[ \t]+(?i:` + companyKind + `)$`)

// incorporations reads an organisation that is a company's description
// (incorporation) after "a" or "an", in the name or right before it, as
// the place the company was formed in: "A NEW JERSEY CORPORATION" is New
// Jersey, as "a New Jersey corporation" is in running text, not a company.
func incorporations(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		m := incorporation.FindStringSubmatchIndex(t[c.start:c.end])
		if m == nil || !locationSet[strings.ToLower(oneSpace(t[c.start+m[2]:c.start+m[3]]))] {
			continue
		}
		if m[2] == 0 && !article.MatchString(t[max(0, c.start-4):c.start]) {
			continue
		}
		cs[i] = cand{typ: TypeLocation, start: c.start + m[2], end: c.start + m[3], source: c.source}
	}
	return cs
}

// bodyPossessive is a public body's head word with a possessive inside a
// name, where one body names its part: "Justice Department's Criminal
// Division", "Commission's Division of Enforcement". Group 1 is the head
// word.
var bodyPossessive = regexp.MustCompile(`\b(` + publicBodyHeads + `)['’]s[ \t]+`)

// publicBodyHeads are the head words of a public body that names its parts
// with a possessive.
const publicBodyHeads = `Department|Commission|Bureau|Agency|Office|Board|Administration|Service|Authority|Division`

// capitalBefore is the capitalised words right before a name on its line
// ("Justice " of "Justice Department's"), group 1.
var capitalBefore = regexp.MustCompile(`((?:[A-Z][A-Za-z.]*[ \t]+){1,3})$`)

// bodyPartHeads end the name of a body's part: "Criminal Division",
// "Cleveland Field Office", "Fraud Section".
var bodyPartHeads = wordSet(strings.ToLower(strings.ReplaceAll(bodyPartHeadAlt, "|", " ")))

// bodyPartHeadAlt is bodyPartHeads as a regular expression's alternatives.
const bodyPartHeadAlt = `Division|Office|Section|Unit|Branch|Bureau|Service|Services|Program|Staff`

// bodyParts splits a name that runs over a public body's possessive into
// the body and its part, two organisations ("Justice Department" and
// "Criminal Division"); the tagger reads the whole, or its end from the
// head word, as a person. The body takes the capitalised words before it
// ("Justice"); it is no name alone ("the Department's Criminal Division"
// names only the division).
func bodyParts(t string, cs []cand) []cand {
	if !strings.Contains(t, "'s ") && !strings.Contains(t, "’s ") {
		return cs
	}
	n := len(cs)
	for i := 0; i < n; i++ {
		c := cs[i]
		if c.typ == TypeCase || c.typ == TypeLaw || c.party {
			continue
		}
		m := bodyPossessive.FindStringSubmatchIndex(t[c.start:c.end])
		if m == nil || c.start+m[1] >= c.end {
			continue
		}
		part := cand{typ: TypeOrg, start: c.start + m[1], end: c.end, source: c.source}
		if !hasOrgWord(t[part.start:part.end]) && !bodyPartHeads[strings.ToLower(strings.TrimRight(lastWord(t[part.start:part.end]), ".,;:"))] {
			continue
		}
		bs := c.start
		if m[2] == 0 {
			ls := strings.LastIndexByte(t[:c.start], '\n') + 1
			if b := capitalBefore.FindStringSubmatchIndex(t[ls:c.start]); b != nil && !leadingNoise[strings.ToLower(firstWord(t[ls+b[2]:c.start]))] {
				bs = ls + b[2]
			}
		}
		cs[i] = part
		if bs < c.start+m[2] {
			cs = append(cs, cand{typ: TypeOrg, start: bs, end: c.start + m[3], source: c.source})
		}
	}
	return cs
}

// tradeMark is the mark before a business's other name: "d/b/a" (doing
// business as), "f/k/a" and "n/k/a" (formerly and now known as), "a/k/a".
var tradeMark = regexp.MustCompile(`[ \t]+(?:d/b/a|D/B/A|f/k/a|F/K/A|n/k/a|N/K/A|a/k/a|A/K/A)[ \t]+`)

// tradeName is the name after tradeMark: capitalised words, with a
// company's legal form after a comma or not ("Smith Plumbing", "Acme
// Widget Corp.", "BARKUS BAKERY").
var tradeName = regexp.MustCompile(`^(?:[A-Z][A-Za-z0-9&'’.\-]*|&)(?:[ \t]+(?:[A-Z][A-Za-z0-9&'’.\-]*|&|of|and|the))*(?:,[ \t]+` + legalForm + `)?`)

// tradeNames splits a name that runs over a business's other name ("John
// Smith d/b/a Smith" of "… Smith Plumbing") at the mark, and reads the
// other name after it as an organisation, a business's name ("Smith
// Plumbing", "f/k/a Acme Widget Corp.").
func tradeNames(t string, cs []cand) []cand {
	if !strings.Contains(t, "/k/a") && !strings.Contains(t, "/b/a") && !strings.Contains(t, "/K/A") && !strings.Contains(t, "/B/A") {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypeCase || c.party {
			continue
		}
		if m := tradeMark.FindStringIndex(t[c.start:c.end]); m != nil {
			cs[i].end = c.start + m[0]
		}
	}
	for _, m := range tradeMark.FindAllStringIndex(t, -1) {
		n := tradeName.FindStringIndex(t[m[1]:])
		if n == nil {
			continue
		}
		name := strings.TrimRight(t[m[1]:m[1]+n[1]], " .,")
		if strings.HasSuffix(t[m[1]:m[1]+n[1]], ".") && formEnd.MatchString(t[m[1]:m[1]+n[1]]) {
			name = t[m[1] : m[1]+n[1]] // "Corp." keeps its period
		}
		if len(strings.Fields(name)) == 0 || leadingNoise[strings.ToLower(firstWord(name))] {
			continue
		}
		cs = append(cs, cand{typ: TypeOrg, start: m[1], end: m[1] + len(name), source: SourcePattern})
	}
	return cs
}

// bankOf is a bank's or a trust's head word right before "of" and the
// place it is named for ("Bank " of "Bank of America, N.A.", "The Bank "
// of "The Bank of New York Mellon Trust Company, N.A.").
var bankOf = regexp.MustCompile(`(?:\bThe[ \t]+)?\b(?:Bank|BANK|Trust|TRUST)[ \t]+$`)

// banksOf extends an organisation's name that starts at "of" or at the
// place after it back over the bank's head word: a legal form's pattern
// or the tagger reads "of America, N.A." or "New York Mellon Trust
// Company, N.A." and leaves the bank out.
func banksOf(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Bank of", "BANK OF", "Trust of", "TRUST OF"}) {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg || c.party {
			continue
		}
		s := c.start
		if !strings.HasPrefix(t[s:c.end], "of ") && !strings.HasPrefix(t[s:c.end], "OF ") {
			ps, _, ok := prevWord(t, s)
			if !ok || t[ps:s] != "of " && t[ps:s] != "OF " {
				continue
			}
			s = ps
		}
		if b := bankOf.FindStringIndex(t[max(0, s-12):s]); b != nil {
			cs[i].start = max(0, s-12) + b[0]
		}
	}
	return cs
}

// bankTail is what goes on after a bank's name as part of it: the place
// it is of, when the patterns stopped before "of" in capitals or before a
// place the gazetteer does not know ("STATE BANK" + " OF LORETTO,"), and a
// foreign bank's branch ("Credit Suisse AG" + ", Cayman Islands Branch").
// Group 1 ends the tail.
var bankTail = regexp.MustCompile(`^(?:[ \t]+(?:of|OF)[ \t]+[A-Z][A-Za-z'’\-]+(?:[ \t]+[A-Z][A-Za-z'’\-]+){0,2}()(?:[,;)]|\.?\n|\.?$)|,[ \t]+(?:[A-Z][A-Za-z.'’\-]*[ \t]+){1,3}(?:Branch|BRANCH)\b())`)

// bankTails extends a bank's name over its place or its branch
// (bankTail); a place the tagger found inside is no entity of its own, nor
// is a name inside the whole one.
func bankTails(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Bank", "BANK", "Branch", "BRANCH"}) {
		return cs
	}
	drop := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg || drop[i] {
			continue
		}
		name := t[c.start:c.end]
		m := bankTail.FindStringSubmatchIndex(t[c.end:])
		if m == nil {
			continue
		}
		end := c.end + max(m[2], m[4])
		if m[2] >= 0 && !strings.HasSuffix(name, "Bank") && !strings.HasSuffix(name, "BANK") {
			continue
		}
		if m[2] >= 0 && (courtWords[strings.ToLower(lastWord(t[c.end:end]))] || strings.Contains(t[c.end:end], "the ")) {
			continue
		}
		ok := true
		for j, d := range cs {
			if j != i && d.start < end && c.end < d.end {
				if d.typ != TypeLocation && d.typ != TypeOrg || d.start < c.start || d.end > end {
					ok = false
					break
				}
			}
		}
		if !ok {
			continue
		}
		for j, d := range cs {
			if j != i && d.start < end && c.end < d.end {
				drop[j] = true
			}
		}
		cs[i].end = end
	}
	return withoutDropped(cs, drop)
}

// counselOffices ends an office of general counsel at "Counsel", where
// the tagger stopped a word short in a counsel list ("Office of General" +
// " Counsel, City of Jacksonville, for Defendants"), and an office named
// for its officer at the officer's title, where the tagger stopped at
// "State" ("Office of the State" + " Appellate Defender", "Office of the
// State" + "'s Attorney of Cook County").
func counselOffices(t string, cs []cand) []cand {
	counsel, officer := strings.Contains(t, "General Counsel"), strings.Contains(t, "Office of the")
	if !counsel && !officer {
		return cs
	}
	var grown []int
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		if counsel && strings.HasSuffix(t[c.start:c.end], " General") && strings.HasPrefix(t[c.end:], " Counsel") &&
			!strings.HasPrefix(t[c.end+len(" Counsel"):], "'") {
			cs[i].end = c.end + len(" Counsel")
		}
		if officer && officeOfThe.MatchString(t[c.start:c.end]) {
			if m := officerTitleRest.FindStringIndex(t[c.end:]); m != nil {
				cs[i].end = c.end + m[1]
				grown = append(grown, i)
			}
		}
	}
	// The title's words the patterns read as a name of their own
	// ("Attorney of Cook County") are the office's.
	return withoutGrownInside(cs, grown, nil)
}

// officeOfThe is an office named for its officer, cut before the title:
// "Office of the State", "Office of the Public".
var officeOfThe = regexp.MustCompile(`\bOffice[ \t\n]+of[ \t\n]+the[ \t\n]+[A-Z][a-z]+$`)

// officerTitleRest is the rest of an officer's title after its first word,
// and the county or city the officer serves: " Appellate Defender", "'s
// Attorney of Cook County", " Defender".
var officerTitleRest = regexp.MustCompile(`^(?:['’]s)?(?:[ \t\n]+(?:Appellate|Public|District|County|Prosecuting|Circuit))*[ \t\n]+(?:Defender|Attorney|Prosecutor|Auditor|Comptroller|Treasurer|Controller)\b` +
	`(?:[ \t\n]+(?:of|for)[ \t\n]+(?:[A-Z][a-z]+[ \t\n]+){1,3}(?:County|Parish|City))?`)

// titledBodies starts an organisation's name after an officer's title the
// tagger read into it, where a person's title and office follow the name:
// "Anne Sodergren, Executive Officer, Board of Pharmacy" names the board,
// not "Executive Officer, Board of Pharmacy".
func titledBodies(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		k := strings.Index(t[c.start:c.end], ", ")
		if k <= 0 {
			continue
		}
		title := strings.Fields(t[c.start : c.start+k])
		if len(title) > 3 {
			continue
		}
		all := true
		for _, w := range title {
			lw := strings.ToLower(strings.TrimRight(w, "."))
			if !jobWords[lw] && !titleWords[lw] {
				all = false
				break
			}
		}
		rest := c.start + k + 2
		for rest < c.end && t[rest] == ' ' {
			rest++
		}
		if all && rest < c.end && capitalised(t[rest:c.end]) {
			cs[i].start = rest
		}
	}
	return cs
}

// possessivePart is a body's part after a name's possessive: "the
// Criminal Division's Fraud Section", "the SEC's Division of Enforcement",
// "the FBI's Miami Field Office". Group 1 is the word before the
// possessive, group 2 the part.
var possessivePart = regexp.MustCompile(`\b([A-Z][A-Za-z]*)['’]s[ \t]+` +
	`((?:Division|Office|Bureau)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z\-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][A-Za-z\-]+){0,4}|(?:[A-Z][A-Za-z\-]+[ \t]+(?:and[ \t]+)?){0,4}(?:` + bodyPartHeadAlt + `))\b`)

// publicBodyHead reports whether a word is a public body's head word or
// a federal agency's acronym (knownAcronyms).
var publicBodyHead = func() func(string) bool {
	heads := wordSet(strings.ToLower(strings.ReplaceAll(publicBodyHeads, "|", " ")))
	return func(w string) bool { return heads[strings.ToLower(w)] || knownAcronyms[w] == TypeOrg }
}()

// possessiveParts returns the parts possessivePart finds after a public
// body's possessive, organisations of their own (the guideline's "a body
// and its part"); bodyParts splits the names the tagger read over the
// possessive.
func possessiveParts(t string) []cand {
	if !strings.Contains(t, "'s ") && !strings.Contains(t, "’s ") {
		return nil
	}
	var out []cand
	for _, m := range possessivePart.FindAllStringSubmatchIndex(t, -1) {
		if !publicBodyHead(t[m[2]:m[3]]) {
			continue
		}
		// "NOAA's Office of General Counsel for Enforcement and
		// Litigation", "the FBI's Office of Inspector General and Office
		// of Special Counsel": a unit named before "of" ends where
		// bodyUnitsOf's do.
		end := m[5]
		if e, ok := unitOfEnd(t, m[4]); ok {
			end = e
		}
		out = append(out, cand{typ: TypeOrg, start: m[4], end: end, source: SourcePattern})
	}
	return out
}

// businessHeads are the last words of businesses' names that no place's or
// person's name ends with: "Pinecrest Logistics", "Acme Holdings", "Blue
// Ridge Technologies", "Dunmore Homes", "Almost Heaven Kennel", "United
// World Wrestling", trades' ("John Smith Roofing", "J.E. Dunn
// Construction").
var businessHeads = wordSet(`logistics holdings technologies solutions systems industries enterprises ventures consulting
	pharmaceuticals laboratories labs motors airlines airways brands foods partners associates farms brothers bros growers dairies orchards vineyards
	management services homes kennel kennels helicopters league network networks media music publishing resorts restaurants fellowship wrestling
	construction roofing plumbing realty contractors builders landscaping paving excavating excavation trucking towing catering heating
	insurance properties investments developers engineering manufacturing automotive equipment rentals transportation concrete masonry
	lumber hardware furniture jewelers remodeling appliances cabinets flooring electrical inst ass'n ass’n soc'y soc’y coop ctr shop shops lounge winery farming tanks structures`)

// businessHead reports whether w, in any case and without its closing
// period or comma, is a word of businessHeads ("Inst.", "Bros.").
func businessHead(w string) bool {
	return businessHeads[strings.ToLower(strings.TrimRight(w, ".,;:*_"))]
}

// tradeHeads are the last words of makers' and traders' names that the
// tagger reads as a person's or a place's: "Milwaukee Tool", "Lasher
// Tools", "The Stanley Works", "Sher Plastics", "Marchon Eyewear",
// "Benelux Cosmetics", "Pinky Nail Salon", "H. Kennedy Customs Broker",
// "Price Auto", "Madeira Beach Seafood".
// businessNames reads them on the tagger's names and orgWordPeople
// (tradeEnd) on any person's (not in businessHeads, which the patterns'
// party types, the tagger's features, read). Trades that are surnames too
// ("Steel", "Press") are left out, or read only where no given name,
// initial or title marks a person (surnameTrades).
var tradeHeads = wordSet(`tool tools works plastics eyewear cosmetics apparel footwear fragrances perfumes jewelry fashions
	beverages textiles electronics pharmacy distributors distributing supplies outfitters creations designs salon cafe café
	bakery studios productions entertainment imports exports broker brokers dairy livestock seafood auto`)

// practiceHeads are the fields medical practices are named for, the last
// words of their names that the tagger reads as a person's or a place's:
// "Capitol Radiology", "Metro Anesthesia", "Burke Dermatology". Unlike
// tradeHeads, a possessive before one names a department, no business
// ("the Hospital's Radiology unit"): businessNames and tradeEnd read
// them, possessiveFirms does not.
var practiceHeads = wordSet(`radiology imaging dermatology orthopedics orthopaedics pediatrics cardiology oncology urology anesthesia
	anesthesiology ophthalmology diagnostics pathology dentistry orthodontics podiatry chiropractic`)

// surnameTrades are trades' last words that are surnames and places' too
// ("Dann Marine", "Fairhaven Mill"; "Lance Cpl. Jordan Marine", "J.S.
// Mill", "Fort Mill"): only the tagger's person without a given name, an
// initial or a title before it is the business.
var surnameTrades = wordSet(`mill marine`)

// forceHeads are the last words of public forces' names: "Montana Highway
// Patrol", "Drug Task Force", "Capitol Police", "United States Marshals". Only businessNames reads
// them (the patterns' party types, the tagger's features, do not).
var forceHeads = wordSet(`patrol force police marshals`)

// legislatureHeads are the last words of legislatures' and their houses'
// names: "California Legislature", "Ohio General Assembly", "United States
// Senate", "Texas House of Representatives". Only businessNames reads them.
var legislatureHeads = wordSet(`legislature assembly senate representatives delegates`)

// countryInitials are the United States' initials, which a caption's
// party of one word is ("USA v. Pina"): the country, a litigant.
var countryInitials = map[string]bool{"USA": true, "U.S.A.": true, "U.S.": true, "US": true}

// journalEnd is a law review's or a journal's name at a name's end, cited
// ("Fordham L. Rev") or written out ("Yale Law Journal"): a journal is an
// organisation, as a newspaper is.
var journalEnd = regexp.MustCompile(`(?:L\.[ \t]?Rev\.?|L\.[ \t]?J\.?|Law[ \t]+Review|Law[ \t]+Journal|LAW[ \t]+REVIEW|LAW[ \t]+JOURNAL)$`)

// businessNames makes the tagger's place or person whose last word is a
// business's, a public force's or a legislature's head word an
// organisation ("At Pinecrest Logistics in Bangor", "the Montana Highway
// Patrol": the tagger read places), and a caption's party that the
// patterns typed a person for its two or three words ("… v. CALIFORNIA
// LEGISLATURE", "… v. United States Marshals") or its one word ("USA v.
// Pina"), and a law review the tagger read as a person (journalEnd); the
// tagger's person goes on over a business's head word after it first
// ("Harley Marine Services"), and one that ends with a trade's surname
// (surnameTrades: "Dann Marine") is the business where no given name,
// initial or title marks a person, and one that ends with a legal form
// is the company ("Mark Young PA").
func businessNames(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeLocation && c.typ != TypePerson {
			continue
		}
		if journalEnd.MatchString(t[c.start:c.end]) || c.party && countryInitials[t[c.start:c.end]] {
			cs[i].typ = TypeOrg
			continue
		}
		if c.source != SourceModel && !c.party {
			continue
		}
		// "J.E. Dunn Construction", "Brickman Facility Solutions", "Harley
		// Marine Services": the tagger's person before a business's head
		// word on its line, or before one or two capitalised words and the
		// head word, is the business.
		if c.typ == TypePerson && c.source == SourceModel {
			for e, k := c.end, 0; k < 3; k++ {
				ns, ne, ok := nextWord(t, e)
				if !ok || strings.ContainsAny(t[e:ns], "\n,") || !startsUpper(t[ns:ne]) {
					break
				}
				w := strings.TrimRight(t[ns:ne], ".,;:")
				if businessHead(w) {
					cs[i].typ, cs[i].end = TypeOrg, ns+len(w)
					break
				}
				if len(w) != ne-ns {
					break
				}
				e = ne
			}
			if cs[i].typ == TypeOrg {
				continue
			}
		}
		ws := strings.Fields(t[c.start:c.end])
		head := strings.ToLower(strings.TrimRight(ws[len(ws)-1], ".,"))
		if len(ws) > 1 && startsUpper(ws[len(ws)-1]) && (c.source == SourceModel && (businessHead(head) || tradeHeads[head] || practiceHeads[head]) || forceHeads[head] || legislatureHeads[head]) {
			cs[i].typ = TypeOrg
		} else if len(ws) > 1 && c.typ == TypePerson && c.source == SourceModel && legalFormWord(head) {
			cs[i].typ = TypeOrg
		} else if len(ws) > 1 && c.typ == TypePerson && c.source == SourceModel && surnameTrades[head] && startsUpper(ws[len(ws)-1]) && unmarkedPerson(t, c.start, ws) {
			cs[i].typ = TypeOrg
		}
	}
	return cs
}

// bankBeforeNA is a bank's name and the comma before its legal form
// written "NA" without periods: "Bank One, " of "Bank One, NA, Appellant v.
// …", which the patterns do not know as a form.
var bankBeforeNA = regexp.MustCompile(`\b(?:[A-Z][A-Za-z&'’\-]*[ \t]+){0,3}(?:Bank|BANK)(?:[ \t]+[A-Z][A-Za-z'’\-]*){0,3},[ \t]+$`)

// bankNAs starts a name that opens with a bank's "NA" ("NA, Appellant v.
// …" and the party "NA") at the bank's name, an organisation, and drops
// the bank's name read without it.
func bankNAs(t string, cs []cand) []cand {
	if !strings.Contains(t, "NA") {
		return cs
	}
	var grown []int
	for i, c := range cs {
		if !nameType(c.typ) && c.typ != TypeCase || !strings.HasPrefix(t[c.start:], "NA") || c.start+2 < len(t) && isWordByte(t[c.start+2]) {
			continue
		}
		if m := bankBeforeNA.FindStringIndex(t[max(0, c.start-60):c.start]); m != nil {
			cs[i].start = max(0, c.start-60) + m[0]
			if c.typ != TypeCase {
				cs[i].typ = TypeOrg
			}
			grown = append(grown, i)
		}
	}
	return withoutGrownInside(cs, grown, func(c cand) bool { return c.party })
}

// bandBefore is a tribe's own name before its "Band of": "MATCH-E-BE-
// NASH-SHE-WISH " of "MATCH-E-BE-NASH-SHE-WISH BAND OF POTTAWATOMI
// INDIANS", which the tagger leaves out.
var bandBefore = regexp.MustCompile(`(?:^|[^A-Za-z\-])((?:[A-Z][A-Za-z]*(?:-[A-Za-z]+)*[ \t]+){1,3})$`)

// bandOfStart is "Band of" opening a name; bandOfBefore is it before one.
var (
	bandOfStart  = regexp.MustCompile(`^(?:BANDS?|Bands?)[ \t]+(?:OF|of)[ \t]`)
	bandOfBefore = regexp.MustCompile(`\b(?:BANDS?|Bands?)[ \t]+(?:OF|of)[ \t]+$`)
)

// barNumberLead is a bar number's label with its number lost, before a
// firm's name: "Bar No " of "D.C. Bar No BORDAS & BORDAS, PLLC".
var barNumberLead = regexp.MustCompile(`^(?:Bar|BAR)[ \t]+(?:No|NO|Number|NUMBER)\.?[ \t]+`)

// tribeAndFirmStarts starts a tribe's name at its own name before "Band
// of" (bandBefore), where the tagger started it at "Band" or after "of",
// and a firm's after a bar number's label (barNumberLead).
func tribeAndFirmStarts(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		name := t[c.start:c.end]
		if m := barNumberLead.FindStringIndex(name); m != nil && m[1] < len(name) {
			cs[i].start = c.start + m[1]
			continue
		}
		s := c.start
		if m := bandOfBefore.FindStringIndex(t[max(0, s-10):s]); m != nil {
			s = max(0, s-10) + m[0] // "Band of " + "Pottawatomi Indians"
		} else if !bandOfStart.MatchString(name) {
			continue
		}
		ls := strings.LastIndexByte(t[:s], '\n') + 1
		if m := bandBefore.FindStringSubmatchIndex(t[ls:s]); m != nil {
			// "The Match-E-Be-Nash-She-Wish Band": no article, no role.
			ws := words(t[ls+m[2]:s], ls+m[2])
			for len(ws) > 0 && (leadingNoise[strings.ToLower(ws[0].text)] || roleWords[strings.ToLower(ws[0].text)]) {
				ws = ws[1:]
			}
			if len(ws) > 0 {
				cs[i].start = ws[0].start
			}
		}
	}
	return cs
}

// planOf is a plan's or a proceeding's subject before the company it is
// of, in a title in capitals: "LIQUIDATION OF " of "PLAN OF LIQUIDATION OF
// DEWEY & LEBOEUF LLP".
var planOf = regexp.MustCompile(`^(?:LIQUIDATION|REORGANIZATION|DISSOLUTION|ARRANGEMENT|MERGER|Liquidation|Reorganization|Dissolution|Arrangement|Merger)[ \t\n]+(?:OF|of)[ \t\n]+`)

// planCompanies starts a company's name after the plan's subject read
// into it (planOf).
func planCompanies(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeOrg {
			continue
		}
		if m := planOf.FindStringIndex(t[c.start:c.end]); m != nil && c.start+m[1] < c.end {
			cs[i].start = c.start + m[1]
		}
	}
	return cs
}

// ampersandNames makes a person whose name holds "&" an organisation:
// a caption's party of three words ("ERNST & YOUNG, a general
// partnership"), which the patterns type by its length; and a firm's name
// a line break cut before its "&" ("Ernst" / "& Young, LLP") whole.
func ampersandNames(t string, cs []cand) []cand {
	if !strings.Contains(t, "&") {
		return cs
	}
	var grown []int
	for i, c := range cs {
		if c.typ == TypePerson && strings.Contains(t[c.start:c.end], " & ") {
			cs[i].typ = TypeOrg
		}
		if c.typ == TypeOrg {
			if m := partnerBeforeAmpersand.FindStringIndex(t[max(0, c.start-40):c.start]); m != nil {
				cs[i].start = max(0, c.start-40) + m[0]
				grown = append(grown, i)
			}
		}
	}
	return withoutGrownInside(cs, grown, nil)
}

// partnerBeforeAmpersand is a firm's first partner at a line's end and
// the "&" that opens the next line: "Ernst" / "& ".
var partnerBeforeAmpersand = regexp.MustCompile(`\b[A-Z][A-Za-z'’\-]+[ \t]*\n[ \t]*&[ \t]+$`)

// foreignForms are companies' legal forms of other countries' laws:
// Danish and Norwegian "A/S", "ASA", Belgian "SA/NV", German "A.G." and
// "Aktiengesellschaft" written out, Dutch "B.V.", "N.V.", Italian
// "S.p.A.", "S.r.l.", Japanese "K.K.", Finnish "Oyj", French "SARL",
// Malaysian "Sdn Bhd", Singapore's "Pte Ltd", which no other word is; and
// foreignShortForms, which are words too or short ones ("AB", "AG", "SE",
// "Oy", "SAS", "KG"), taken only at the end of a name the tagger read.
const (
	foreignForms      = `A/S|ASA|SA/NV|S\.A\./N\.V\.|A\.G\.|Aktiengesellschaft|AKTIENGESELLSCHAFT|B\.V\.|N\.V\.|S\.p\.A\.|S\.r\.l\.|K\.K\.|Oyj|SARL|S\.A\.R\.L\.|Sdn[ \t]+Bhd\.?|Pte\.?[ \t]+Ltd\.?`
	foreignShortForms = `AB|AG|GmbH|KG|BV|NV|SpA|Srl|KK|Oy|SAS|S\.A\.S\.|S\.L\.|SE`
)

// foreignFormEnd is a name that ends in a foreign legal form.
var foreignFormEnd = regexp.MustCompile(`[ \t](?:` + foreignForms + `|` + foreignShortForms + `)$`)

// foreignCompany is a company named with capitalised words and one of
// foreignForms ("Acme Holding B.V.", "Equinor ASA", "Østergaard Shipping
// A/S"): the patterns read only the English, German and French forms.
// Group 1 is the name with its form.
var foreignCompany = regexp.MustCompile(`((?:[\p{Lu}][\p{L}'’&\-]*[ \t]+){1,4}(?:` + foreignForms + `))(?:[^\p{L}0-9]|$)`)

// formKind is a foreign legal form alone or after a country's adjective,
// a kind of company: "Aktiengesellschaft", "German Aktiengesellschaft".
var formKind = regexp.MustCompile(`^(?:(?:German|Swiss|Austrian|Dutch|Danish|Norwegian|Italian|Japanese|Finnish|French|Belgian|Malaysian)[ \t]+)?(?:` + foreignForms + `)$`)

// foreignCompanyNames returns the companies foreignCompany finds, from
// after the words that open no name ("and", "The") and another company's
// form before "and".
func foreignCompanyNames(t string) []cand {
	if !containsAny(t, []string{"A/S", "ASA", "SA/NV", "S.A./N.V.", "A.G.", "B.V.", "N.V.", "S.p.A.", "S.r.l.", "K.K.", "Oyj", "SARL", "Bhd", "Pte", "ktiengesellschaft", "KTIENGESELLSCHAFT"}) {
		return nil
	}
	var out []cand
	for _, m := range foreignCompany.FindAllStringSubmatchIndex(t, -1) {
		s := m[2]
		if f := formThenAnd.FindAllStringIndex(t[s:m[3]], -1); f != nil {
			s += f[len(f)-1][1]
		}
		// "a German Aktiengesellschaft": a country's adjective before the
		// form names a kind of company, not one.
		if s, e := trimLeading(t, afterIntro(t, s, m[3]), m[3]); e > s && !formKind.MatchString(t[s:e]) {
			out = append(out, cand{typ: TypeOrg, start: s, end: e, source: SourcePattern})
		}
	}
	return out
}

// foreignBank is a bank named in Spanish, Italian, Portuguese or French,
// its head word first and the words of its name after it, joined by
// "de", "del", "di", "do", "da", "des", "du" or "y": "Banco Popular de
// Puerto Rico", "Banco Bilbao Vizcaya Argentaria", "Banque de France".
var foreignBank = regexp.MustCompile(`\b(?:Banco|Banca|Banque|BANCO|BANCA|BANQUE)(?:[ \t]+(?:(?:de|del|di|do|da|dos|das|des|du|y|e|la)[ \t]+)*[\p{Lu}][\p{L}'’\-]+){1,5}`)

// foreignBankName reports whether a name opens as a foreignBank's does.
func foreignBankName(name string) bool {
	m := foreignBank.FindStringIndex(name)
	return m != nil && m[0] == 0
}

// foreignBanks returns the banks foreignBank finds.
func foreignBanks(t string) []cand {
	if !containsAny(t, []string{"Banco", "Banca", "Banque", "BANCO", "BANCA", "BANQUE"}) {
		return nil
	}
	return groupCands(t, foreignBank, 0, TypeOrg)
}

// yearNumber reports whether s is a year's number, 1800 to 2099.
func yearNumber(s string) bool {
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1800 && y < 2100
}

// agencyHeadBefore is a public body's head word and "of" right before a
// name the tagger began after them: "Division of " of "Division of
// Administrative Hearings", "DEPARTMENT OF " in capitals.
var agencyHeadBefore = regexp.MustCompile(`(?:\b(?:Division|Department|Office|Bureau|Board|Commission|Council|Agency|Administration|Authority|Ministry)[ \t]+of[ \t]+(?:the[ \t]+)?|\b(?:DIVISION|DEPARTMENT|OFFICE|BUREAU|BOARD|COMMISSION|COUNCIL|AGENCY|ADMINISTRATION|AUTHORITY|MINISTRY)[ \t]+OF[ \t]+(?:THE[ \t]+)?)$`)

// agencyTail is a public body's last word that the tagger left after its
// name: " Affairs" of "Department of Legal Affairs".
var agencyTail = regexp.MustCompile(`^[ \t](?:Affairs|Services|Resources|Safety|Protection|Development|Regulation|Relations|Hearings|Appeals|Enforcement|Standards|Conservation|Corrections|Welfare)\b`)

// agencyEdges mends the tagger's edges of a public body's name: it starts
// at the head word the tagger left before it ("Division of Administrative
// Hearings", which it read as "Administrative Hearings") and ends at the
// subject's last word it left after ("Department of Legal Affairs", read
// "Department of Legal").
func agencyEdges(t string, cs []cand) []cand {
	if !containsAny(t, []string{" of ", " OF "}) {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeOrg || c.source != SourceModel {
			continue
		}
		if m := agencyHeadBefore.FindStringIndex(t[max(0, c.start-24):c.start]); m != nil {
			cs[i].start = max(0, c.start-24) + m[0]
		}
		if strings.Contains(t[cs[i].start:c.end], " of ") || strings.Contains(t[cs[i].start:c.end], " OF ") {
			if m := agencyTail.FindStringIndex(t[c.end:]); m != nil {
				cs[i].end = c.end + m[1]
			}
		}
	}
	return cs
}

// capsCounselFirm is a firm of partners in capitals joined by "AND" or "&"
// in a counsel list, after its lawyer (a name in mixed case) and a comma
// and before its city: "S. Sheldon Weinhaus, WEINHAUS AND DOBSON, St.
// Louis, Mo."; "Daniel J. Schwartz, GREENSFELDER AND HEMKER, St. Louis".
// Group 1 is the firm.
var capsCounselFirm = regexp.MustCompile(`[a-z.],[ \t]+(` + partnerCaps + `(?:,[ \t]+` + partnerCaps + `)*[ \t]+(?:AND|&)[ \t]+` + partnerCaps + `),[ \t]+[A-Z][a-z]`)

// capsCounselFirms returns the firms capsCounselFirm finds whose words
// are no place's and no court's ("Smith, OHIO AND KENTUCKY, Louisville").
func capsCounselFirms(t string) []cand {
	if !containsAny(t, []string{" AND ", " & "}) {
		return nil
	}
	var out []cand
	for _, c := range groupCands(t, capsCounselFirm, 1, TypeOrg) {
		if !slices.ContainsFunc(strings.Fields(strings.ReplaceAll(t[c.start:c.end], ",", " ")), func(w string) bool {
			lw := strings.ToLower(w)
			return w != "AND" && (notCapsPartner[lw] || locationSet[lw])
		}) {
			out = append(out, c)
		}
	}
	return out
}

// associatesAfter is " and Associates" or " & Associates" after a person's
// name: the lawyer's firm ("Timothy F. Kelly and Associates").
var associatesAfter = regexp.MustCompile(`^[ \t]+(?:and|&)[ \t]+(?:Associates|ASSOCIATES)\b`)

// associatesFirms makes a person's name before "and Associates" the firm
// the two name ("Timothy F. Kelly and Associates").
func associatesFirms(t string, cs []cand) []cand {
	if !strings.Contains(t, "ssociates") && !strings.Contains(t, "SSOCIATES") {
		return cs
	}
	for i, c := range cs {
		if c.typ == TypePerson && !c.party {
			if m := associatesAfter.FindStringIndex(t[c.end:]); m != nil {
				cs[i].end, cs[i].typ = c.end+m[1], TypeOrg
			}
		}
	}
	return cs
}

// bareFirmPair is a firm's last two surnames run together where a site
// dropped the "&" between them ("Bluemle Mason", "Howson Howson"), with the
// surnames listed before them ("Furth, Fahrner, Bluemle Mason"), then a
// comma. Group 1 is the name.
var bareFirmPair = regexp.MustCompile(`((?:\p{Lu}[\p{Ll}'’\-]+,[ \t]+){0,4}\p{Lu}[\p{Ll}'’\-]+[ \t]+\p{Lu}[\p{Ll}'’\-]+),[ \t]+`)

// bareFirmOf is a firm's city after its name: ", of New York City".
var bareFirmOf = regexp.MustCompile(`^of[ \t]+\p{Lu}`)

// bareFirmLawyer is the lawyer named after a firm's name, up to the next
// comma: "Thomas M. Green", "Charles R. Adams III". Group 1 is the
// surname.
var bareFirmLawyer = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’\-]*\.?[ \t]+){1,3}(\p{Lu}[\p{Ll}'’\-]+)(?:[ \t]+(?:Jr\.|Sr\.|II|III|IV))?(?:,|[ \t]+for\b)`)

// bareFirms makes a firm of the surnames a counsel line lists where the
// site that printed it dropped the "&" before the last one (bareFirmPair):
// "Mayer, Warfield Watson, of New York City", "Furth, Fahrner, Bluemle
// Mason, Frederick P. Furth", "Howson Howson, of New York City" (two names
// that are not one surname doubled, "Mincey Green", are read as a person's,
// as most are). The name must open its clause (a line's or a list's
// start, "and", a sentence's end, the state that ends the firm before it:
// "…, Cincinnati, Ohio, Cooper, Sanders Holt"); a city after "of", a city
// and its state ("Clark, Robinson Hellebush, Cincinnati, Ohio") or its
// lawyer's surname after it must show the firm, and a firm of two names
// must double its surname; no word of it may be a party's role or
// another name's opener (leadingNoise: "Appellants, Rhonda Wilson"); the
// names read inside it go.
func bareFirms(t string, cs []cand) []cand {
	if !strings.Contains(t, " for ") && !strings.Contains(t, ", of ") {
		return cs
	}
	var add []cand
	for _, m := range bareFirmPair.FindAllStringSubmatchIndex(t, -1) {
		// The list may have taken the city and state of the firm before
		// ("Cincinnati, Ohio, Cooper, Sanders Holt"): the name starts at
		// the first of its items that opens a clause.
		s, e := m[2], m[3]
		for s >= 0 && !bareFirmOpens(t[:s]) {
			s = nextListItem(t, s, e)
		}
		if s < 0 {
			continue
		}
		ws := strings.Fields(strings.ReplaceAll(t[s:e], ",", ""))
		rest := t[m[1]:min(len(t), m[1]+60)]
		firm := bareFirmOf.MatchString(rest)
		if l := bareFirmLawyer.FindStringSubmatch(rest); l != nil {
			firm = firm || slices.Contains(ws, l[1])
		}
		// A city and its state, or a city and the clients' "for", after
		// the names: "Clark, Robinson Hellebush, Cincinnati, Ohio", "Purdy,
		// Lamb Catoggio, New York City, Proctors for" (two names stay a
		// person's, below).
		firm = firm || cityStateAfter(rest) || cityForAfter(rest)
		// Two names are a person's but for a doubled surname with a
		// counsel line's city, lawyer or "for" after it ("Mabry Mabry,
		// for appellant"; "Michael Rayfield, of New York" and "Mohamed
		// Mohamed, 23," are people).
		if len(ws) == 2 {
			firm = ws[0] == ws[1] && (firm || strings.HasPrefix(rest, "for "))
		}
		if firm && !slices.ContainsFunc(ws, func(w string) bool { return leadingNoise[strings.ToLower(w)] }) {
			add = append(add, cand{typ: TypeOrg, start: s, end: e, source: SourcePattern})
		}
	}
	if len(add) == 0 {
		return cs
	}
	return replacedBy(cs, add)
}

// andFirmList is a firm's surnames listed with "and" before the last one
// and a comma after it, as old firms and sites that drop the "&" write
// them: "Robbins, Keehn and Jones, San Diego", "Blumenfeld and Kaplan,
// St. Louis". Group 1 is the name.
var andFirmList = regexp.MustCompile(`(?:^|[\s,;(])` + andFirmNames)

// andFirmNames is andFirmList after its opening: the names and the comma
// after them. andFirmListIn is it after a boundary's character alone, for
// a window that starts inside the text.
const andFirmNames = `((?:\p{Lu}[\p{L}'’\-]+,[ \t]+){0,5}\p{Lu}[\p{L}'’\-]+,?[ \t]+and[ \t]+\p{Lu}[\p{L}'’\-]+),[ \t]+`

var andFirmListIn = regexp.MustCompile(`[\s,;(]` + andFirmNames)

// andFirmLawyer is a lawyer's name and the comma that a counsel line puts
// before the lawyer's firm: "Arlington R. Robbins, Michael V. Pundeff,
// co-counsel, ", "Alan G. Gerson, ".
var andFirmLawyer = regexp.MustCompile(`(?:^|[\s,;(])\p{Lu}[\p{L}'’\-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’\-]*\.?){1,3}(?:,[ \t]+(?:Jr\.|Sr\.|II|III|Esq\.|co-counsel))*,[ \t]+$`)

// andFirmLists finds andFirmList's matches in t (absolute submatch
// indices), reading only the windows around an "and" between blanks that
// a capitalised word and a comma follow: legal text has an "and" in most
// sentences, few of them in a list of names. A window reaches 160 bytes
// back from the "and" (more than a list of six names takes) to a word's
// boundary, or to the end of the match before; inside the text, the
// boundary's character opens the match (andFirmListIn), as it does in a
// search of the whole text.
func andFirmLists(t string) [][]int {
	var out [][]int
	done := 0
	for i := 0; ; {
		k := strings.Index(t[i:], "and")
		if k < 0 {
			return out
		}
		at := i + k
		i = at + len("and")
		if at == 0 || t[at-1] != ' ' && t[at-1] != '\t' || i >= len(t) || t[i] != ' ' && t[i] != '\t' {
			continue
		}
		n := afterBlanks(t, i, len(t))
		if n >= len(t) || t[n] < 'A' || t[n] > 'Z' && t[n] < 0x80 {
			continue
		}
		w := strings.IndexAny(t[n:], " \t\n,")
		if w < 0 || t[n+w] != ',' {
			continue
		}
		end := n + w + 1
		if end >= len(t) || t[end] != ' ' && t[end] != '\t' {
			continue
		}
		end = afterBlanks(t, end, len(t))
		from, re := max(done, at-160), andFirmListIn
		for from > done && !strings.ContainsRune(" \t\n,;(", rune(t[from])) {
			from++
		}
		if from == 0 {
			re = andFirmList
		}
		for _, m := range re.FindAllStringSubmatchIndex(t[from:end], -1) {
			if from+m[1] != end {
				continue
			}
			out = append(out, shiftedBy(m, from))
			done = end
		}
	}
}

// andFirmLawyerBefore reports whether before ends in a lawyer's name and
// its comma (andFirmLawyer), a name with no title, office or honorific in
// it: "Stowers, Chief Justice, " and "Before Smith, " open a panel of
// judges, "Messrs. Gassert, " a firm's own first name.
func andFirmLawyerBefore(before string) bool {
	m := andFirmLawyer.FindStringIndex(before)
	return m != nil && !slices.ContainsFunc(strings.Fields(before[m[0]:m[1]]), func(w string) bool {
		lw := strings.ToLower(strings.Trim(w, ".,;("))
		// An initial ("A.") is no article.
		return titleWords[lw] || titleWords[lw+"."] || jobWords[lw] || civilTitleWords[lw] || notLawyerWords[lw] || len(lw) > 1 && leadingNoise[lw]
	})
}

// notLawyerWords are honorifics and judges' words that no lawyer's name
// before a firm holds.
var notLawyerWords = wordSet(`mr mrs ms messrs dr hon honorable judge judges justice justices chief`)

// andFirmCity is what follows a firm's name in a counsel line: its city
// and a comma ("San Diego, Cal., for"), its lawyer after "by" or its
// lawyers' word.
var andFirmCity = regexp.MustCompile(`^(?:by[ \t]|(?i:attorneys)\b|((?:\p{Lu}[\p{L}.'’\-]*[ \t]+){0,2}\p{Lu}[\p{L}.'’\-]*),)`)

// andFirmCityAfter reports whether rest opens with what follows a firm's
// name in a counsel line (andFirmCity), a city with its state ("St.
// Louis, MO,"), a place known as one or a city before the party the
// firm appears for ("New York City, for plaintiff"): a person's name
// after a list of people is none ("Mary Jones, Brown and Green, Tom
// White, and").
func andFirmCityAfter(rest string) bool {
	m := andFirmCity.FindStringSubmatchIndex(rest)
	return m != nil && (m[2] < 0 || cityStateAfter(rest) || locationSet[strings.ToLower(rest[m[2]:m[3]])] || cityThenFor.MatchString(rest[m[3]:]))
}

// cityThenFor is the party a counsel line's firm and city appear for,
// after the city's comma: ", for plaintiff", ", Proctors for libellant",
// ", Attorneys for appellant".
var cityThenFor = regexp.MustCompile(`^,[ \t]+(?:(?:Proctors|Attorneys)[ \t]+)?for\b`)

// andFirms makes a firm of the surnames a counsel line lists with "and"
// before the last one (andFirmList): "Alan G. Gerson, Blumenfeld and
// Kaplan, St. Louis, MO", "Kevin Mathew Loew, Waters, Kraus and Paul, Los
// Angeles, CA", "the Rutland law firm, Meub, Gallivan and Larson, told";
// the people and places read inside it go. A lawyer's name and comma
// before it and its city, "by" or "attorneys" after it must show the
// firm, or the words "law firm" right before it; no word of it may be a
// party's role, a place or another name's opener ("Plaintiffs and
// Appellants", "Before Judges Skillman, Wecker and Lesemann").
func andFirms(t string, cs []cand) []cand {
	if !strings.Contains(t, " and ") {
		return cs
	}
	var add []cand
	for _, m := range andFirmLists(t) {
		// The list may have taken the lawyer's surname before the firm
		// ("Alan G. Gerson, Blumenfeld and Kaplan"): the firm starts at
		// the first of its names that the lawyer's comma stands before.
		s, e := m[2], m[3]
		city := andFirmCityAfter(t[m[1]:min(len(t), m[1]+40)])
		firm := false
		for {
			before := t[max(0, s-60):s]
			if firm = strings.HasSuffix(strings.ToLower(strings.TrimRight(before, " \t")), "law firm,") || city && andFirmLawyerBefore(before); firm {
				break
			}
			next := nextListItem(t, s, e)
			if next < 0 || !startsUpper(t[next:e]) || !strings.Contains(t[next:e], " and ") {
				break
			}
			s = next
		}
		// An organisation read over more than the names ("Van Winkle,
		// Buck, Wall, Starnes and Davis, P.A.") is the firm already.
		if !firm || slices.ContainsFunc(cs, func(c cand) bool { return c.typ == TypeOrg && c.start <= s && c.end >= e && (c.start < s || c.end > e) }) {
			continue
		}
		if slices.ContainsFunc(strings.Fields(strings.ReplaceAll(t[s:e], ",", "")), func(w string) bool { return w != "and" && notPartnerName(w) }) {
			continue
		}
		add = append(add, cand{typ: TypeOrg, start: s, end: e, source: SourcePattern})
	}
	if len(add) == 0 {
		return cs
	}
	return replacedBy(cs, add)
}

// surnamesBeforeFirm is a firm's first surnames that a counsel line sets
// before the ones the patterns read with the "&", with no comma between
// them and no possessive, after a sentence's end (a word of four letters
// or more and its full stop, not an initial's or an abbreviation's), a
// semicolon, a colon, a bracket or a word in capitals: "Affirmed.
// Kinsella Weitzman " of "Kinsella Weitzman Iser Kump & Aldisert",
// "COUNSEL Aiken Schenk " of "Aiken Schenk Hawkins & Ricciardi P.C.".
// Group 1 is the surnames; surnamesOpeningLine is the same at a line's
// start.
var (
	surnamesBeforeFirm  = regexp.MustCompile(`(?:\p{L}{4}\.[ \t]+|[;:)][ \t]+|\b[A-Z]{3,}[ \t]+)((?:\p{Lu}[\p{Ll}\-]+[ \t]){1,4})$`)
	surnamesOpeningLine = regexp.MustCompile(`^[ \t]*((?:\p{Lu}[\p{Ll}\-]+[ \t]){1,4})$`)
)

// surnameRunFirms starts a law firm named for its partners' surnames
// without commas ("Kinsella Weitzman Iser Kump & Aldisert", "Haight Brown
// & Bonesteel", "Bartko Zankel Tarrant & Miller") at its first surname,
// where the patterns started it at the last one or two before the "&" and
// left the others as a person's or another organisation's name. The
// surnames must follow a clause's end (surnamesBeforeFirm) and hold no
// role ("Plaintiffs-appellants"), title, "Esquire", place, place made an
// adjective ("Cincinnati-based"), weekday or opener; the names read over
// them go.
func surnameRunFirms(t string, cs []cand) []cand {
	if !strings.Contains(t, " & ") {
		return cs
	}
	var grown [][2]int
	firms := map[int]bool{}
	for i, c := range cs {
		if c.typ != TypeOrg || c.party || !strings.Contains(t[c.start:c.end], " & ") || !startsUpper(t[c.start:c.end]) {
			continue
		}
		if k := strings.Index(t[c.start:c.end], " & "); len(strings.Fields(t[c.start:c.start+k])) > 2 {
			continue
		}
		// Within the line, up to 60 bytes back; a comma is no clause's end
		// here ("Respectfully submitted, Paul Clement Kirkland & Ellis
		// LLP" names a lawyer and his firm).
		ls := strings.LastIndexByte(t[:c.start], '\n') + 1
		from := max(ls, c.start-60)
		m := surnamesBeforeFirm.FindStringSubmatchIndex(t[from:c.start])
		if m == nil && from == ls {
			m = surnamesOpeningLine.FindStringSubmatchIndex(t[from:c.start])
		}
		if m == nil {
			continue
		}
		if slices.ContainsFunc(strings.Fields(t[from+m[2]:from+m[3]]), notPartnerName) {
			continue
		}
		grown = append(grown, [2]int{from + m[2], c.start})
		cs[i].start = from + m[2]
		firms[i] = true
	}
	if len(grown) == 0 {
		return cs
	}
	// A name read over the surnames, whole or in part ("Kinsella
	// Weitzman", "AFFIRMED COUNSEL Aiken Schenk"), goes.
	out := cs[:0]
	for i, c := range cs {
		if firms[i] || c.typ == TypeCase || !slices.ContainsFunc(grown, func(g [2]int) bool { return c.start < g[1] && g[0] < c.end }) {
			out = append(out, c)
		}
	}
	return out
}

// cityAndState is a city and its state after a name and its comma, the
// state named, abbreviated or coded: "Cincinnati, Ohio,", "Burlington,
// N.C.,". Group 1 is the state.
var cityAndState = regexp.MustCompile(`^\p{Lu}[\p{L}'’\-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’\-]*\.?){0,2},[ \t]+([A-Z][A-Za-z.]*(?:[ \t]?[A-Z][A-Za-z.]*)?)[,;]`)

// cityStateAfter reports whether rest opens with a city and its state
// (cityAndState).
func cityStateAfter(rest string) bool {
	m := cityAndState.FindStringSubmatch(rest)
	return m != nil && isStateName(m[1])
}

// cityForAfter reports whether rest opens with a city (andFirmCity) and
// the clients' "for" after it (cityThenFor: "New York City, Proctors for
// libellant", "Boston, for plaintiff"); a state's code or name before
// "for" is no city ("NY, for": the list before took the city).
func cityForAfter(rest string) bool {
	m := andFirmCity.FindStringSubmatchIndex(rest)
	return m != nil && m[2] >= 0 && !isStateName(rest[m[2]:m[3]]) && cityThenFor.MatchString(rest[m[3]:])
}

// isStateName reports whether s names a state, by its name ("Ohio"), its
// citation's abbreviation ("N.C.", "Cal.", citationState) or its postal
// code ("UT").
func isStateName(s string) bool {
	return StateNames[strings.ToLower(s)] || postalCodes[s] || citationState(s) != ""
}

// afterBlanks returns where the blanks (spaces and tabs) that start at i
// end, at end at most.
func afterBlanks(t string, i, end int) int {
	for i < end && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i
}

// nextListItem returns where the item after the one that starts at s
// starts, in a comma-separated list that ends at e: past the comma and the
// blanks after it; -1 when s's item is the last.
func nextListItem(t string, s, e int) int {
	k := strings.IndexByte(t[s:e], ',')
	if k < 0 {
		return -1
	}
	return afterBlanks(t, s+k+1, e)
}

// notPartnerName reports whether a word is none of a firm's partners'
// surnames: a sentence's opener, a role, a title, a job, a place, an
// organisation's word, an honorific, a weekday, "Esquire", or a place or a
// role made one word ("Cincinnati-based", "Plaintiffs-appellants").
func notPartnerName(w string) bool {
	lw := strings.ToLower(w)
	return leadingNoise[lw] || roleWords[lw] || joinedRoles(w) || adjectiveName(w) || weekdays[lw] || lw == "esquire" ||
		titleWords[lw] || jobWords[lw] || locationSet[lw] || orgWords[lw] || orgSuffix[lw] || notLawyerWords[lw]
}

// bareFirmOpens reports whether what stands before a name (bareFirms)
// ends a clause: nothing, a line's break, a list's ";" or "(", a colon,
// "and", or a sentence's full stop after a word of four letters or more
// (an initial's is a person's name going on: "Robert A. Long, Yaron Dori"; a
// city's "of Chicago, Joseph Jerome" is a place and a person).
func bareFirmOpens(before string) bool {
	b := strings.TrimRight(before[max(0, len(before)-40):], " \t")
	if b == "" {
		return len(before) <= 40
	}
	switch b[len(b)-1] {
	case '\n', ';', '(', ':':
		return true
	case '.':
		return utf8.RuneCountInString(strings.TrimRight(lastWord(b), ".")) >= 4
	case ',':
		// A counsel line's last firm's city and state: "…, Cincinnati,
		// Ohio, Cooper, Sanders Holt".
		return isStateName(strings.TrimSuffix(lastWord(b), ","))
	}
	return lastWord(b) == "and"
}

// lawyerAt is the end of a text that names a lawyer's firm next: a
// lawyer's or a partner's word and, after at most a name, "at" or "with"
// ("lawyers at "), or "of" right after the lawyer's surname, with no comma
// ("attorney Brendan J. Begley of "; group 1 is the surname: "…
// Miroglio, of St. Helena" and "Commonwealth Attorney of Jefferson
// County" name a town), a partner's "in" ("a partner in "; a lawyer "in"
// names a town), or "law firm" ("the law firm "; "the law firm of" may be
// its town's).
var lawyerAt = regexp.MustCompile(`(?:\b(?:[Aa]ttorneys?|[Ll]awyers?|[Pp]artners?|[Aa]ssociates?|[Ss]hareholders?)(?:[ \t]+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){0,3}(?:[ \t]+(?:at|with)|[ \t]+([A-Z][A-Za-z'’\-]+)[ \t]+of)|\b[Pp]artners?[ \t]+in|\blaw[ \t]+firm)[ \t]+$`)

// lawyersFirms makes the tagger's place or person of two words or more
// that a lawyer's firm's context opens (lawyerAt) the firm: "Robin
// Harrison, a partner in Hicks Thomas’ Houston office", "attorney Brendan
// J. Begley of Weintraub Tobin". A place the lists know ("lawyers at New
// York firms") and a person a given name opens ("partners with Jane
// Smith") stay.
func lawyersFirms(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.source != SourceModel || c.typ != TypeLocation && c.typ != TypePerson {
			continue
		}
		name := t[c.start:c.end]
		if !strings.ContainsAny(name, " \t") || strings.Contains(name, "\n") || knownPlace(name) || isGivenName(firstWord(name)) {
			continue
		}
		m := lawyerAt.FindStringSubmatch(t[max(0, c.start-60):c.start])
		if m == nil || m[1] != "" && (lawyerWords[strings.ToLower(m[1])] || townKinds[strings.ToLower(m[1])]) {
			continue
		}
		cs[i].typ = TypeOrg
	}
	return cs
}

// lawyerWords are lawyerAt's words, in lower case: an office's title
// before "of" ("Commonwealth Attorney of") is no lawyer's surname.
var lawyerWords = wordSet(`attorney attorneys lawyer lawyers partner partners associate associates shareholder shareholders`)
