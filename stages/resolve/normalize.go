package resolve

import (
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/docpipe/docpipe/stages/extract"
)

// honorifics open a person's mention but are not part of the name.
var honorifics = set(`mr mrs ms miss messrs dr prof hon honorable justice justices chief judge judges
	magistrate senator governor commissioner the`)

// personSuffixes close a person's mention but are not part of the name.
var personSuffixes = set(`jr sr ii iii pj cj j jj esq`)

// corporateSuffixes say what legal form an organisation has, not which
// organisation it is: "Acme" and "Acme, Inc." are the same company.
var corporateSuffixes = set(`inc incorporated llc llp lp corp corporation co company ltd limited plc na sa ag gmbh`)

// legalClasses map a corporate suffix to its legal form: "Inc." and
// "Incorporated" are one form, "LLC" another. "Company" is left out: it
// is a word of names too ("Rokit Phone Company, LLC" and "Rokit Phone
// Company" are one company).
var legalClasses = map[string]string{"inc": "inc", "incorporated": "inc", "llc": "llc", "llp": "llp", "lp": "lp",
	"corp": "corp", "corporation": "corp", "ltd": "ltd", "limited": "ltd",
	"plc": "plc", "na": "na", "sa": "sa", "ag": "ag", "gmbh": "gmbh"}

// legalClass returns the legal form an organisation's name ends with
// (legalClasses), or "" when it ends with none.
func legalClass(name string) string {
	f := strings.Fields(strings.ToLower(strings.NewReplacer(".", "", ",", " ").Replace(name)))
	if len(f) < 2 {
		return ""
	}
	return legalClasses[f[len(f)-1]]
}

// expansions undo the abbreviations of names in citations.
var expansions = map[string]string{
	"dist": "district", "dept": "department", "assn": "association", "natl": "national",
	"intl": "international", "univ": "university", "govt": "government", "sec": "section",
	"vs": "v", "cty": "county", "div": "division", "sav": "savings", "fed": "federal",
	// The Bluebook's (table T6) for companies' words: "Collegium Pharm." of
	// "Collegium Pharmaceutical, Inc.".
	"pharm": "pharmaceutical", "pharms": "pharmaceuticals", "chem": "chemical", "mfg": "manufacturing",
	"mgmt": "management", "hosp": "hospital", "indus": "industries", "prods": "products", "transp": "transportation",
	"servs": "services", "equip": "equipment", "envtl": "environmental", "enters": "enterprises", "hldgs": "holdings",
	"invs": "investments", "labs": "laboratories", "mktg": "marketing", "mortg": "mortgage", "props": "properties",
}

// unitHeads name a body's part after the body's own name: "Navajo Nation
// Department of Justice", "Acme Corp. Board of Directors".
var unitHeads = set(`department office division bureau board committee council commission police sheriff`)

// chapterHeads are the words that name an association's local unit before
// "of" and the association: "Beta Psi Chapter of Delta Tau Delta".
var chapterHeads = set(`chapter lodge post`)

// federalDistrictKind are a federal trial court's keys by its kind alone,
// as the news names it ("U.S. District Court", "federal district court"):
// the court's district is another form's.
var federalDistrictKind = map[string]bool{"district court us": true, "district court u s": true, "district court united states": true, "district court federal": true}

// federalDistrict reports whether a court's key (courtKey's) is a federal
// district court's: "district", a state's part or none, and a state, the
// District of Columbia or a territory ("district middle georgia",
// "district  oregon"); not "D.C. Superior Court" or the "District of
// Columbia Court of Appeals", whose keys begin the same way.
func federalDistrict(key string) bool {
	rest, ok := strings.CutPrefix(key, "district ")
	if !ok {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) > 1 && districtParts[ws[0]] == ws[0] {
		ws = ws[1:]
	}
	name := strings.Join(ws, " ")
	return extract.StateNames[name] || name == "district of columbia"
}

// ofBodies are the first words of the short names that a longer name
// ends with after its own "of" and is another body than: a city's, a
// town's or a university's ("City Council of the City of Grand Junction",
// "Research Corporation of the University of Hawaii"), the country's
// ("Chamber of Commerce of the United States of America"). Any name that
// opens with one is read so ("Board of Directors of United Airlines" is
// not "United Airlines" either).
var ofBodies = set(`city town county village borough township university united`)

// streetWords are the postal abbreviations of a street address's words
// and directions, spelt out.
var streetWords = map[string]string{
	"ave": "avenue", "av": "avenue", "st": "street", "rd": "road", "blvd": "boulevard", "dr": "drive",
	"ln": "lane", "ct": "court", "pl": "place", "hwy": "highway", "pkwy": "parkway", "sq": "square",
	"ter": "terrace", "cir": "circle", "n": "north", "s": "south", "e": "east", "w": "west",
	"ne": "northeast", "nw": "northwest", "se": "southeast", "sw": "southwest",
}

// companyWords are more of the Bluebook's abbreviations (tables T6 and
// T10) of the words of organisations' and cases' names, which are words of
// their own in other names: "Metropolitan Life Ins. Co." is "Metropolitan
// Life Insurance Company", "Pac. Tel. & Tel." "Pacific Telephone and
// Telegraph".
var companyWords = map[string]string{
	"ins": "insurance", "mut": "mutual", "elec": "electric", "sys": "systems", "tech": "technology",
	"tel": "telephone", "telegr": "telegraph", "fin": "financial", "grp": "group", "ctr": "center", "med": "medical",
	"educ": "education", "sch": "school", "auth": "authority", "bd": "board", "cnty": "county", "commn": "commission",
	"assocs": "associates", "bros": "brothers", "telecomm": "telecommunications", "util": "utility", "hous": "housing",
	"pac": "pacific", "gen": "general", "comms": "communications", "inv": "investment",
	// Contractions, written with an apostrophe that normalising drops:
	// "Thrower v. Comm'r" is "Thrower v. Commissioner".
	"commr": "commissioner", "secy": "secretary", "socy": "society", "regl": "regional", "contl": "continental",
	"meml": "memorial", "profl": "professional", "engg": "engineering", "entmt": "entertainment", "envt": "environment",
	"cmty": "community", "constr": "construction", "guar": "guaranty", "fid": "fidelity", "exch": "exchange",
	"twp": "township", "indep": "independent", "mun": "municipal", "coop": "cooperative", "liab": "liability",
	"prot": "protection", "rehab": "rehabilitation", "sur": "surety",
	"imp": "import", "exp": "export", "cos": "companies", "comn": "commission", "rr": "railroad", "prof": "professional",
}

// knownInitials are the armed services by the initials a service
// member's name is written with ("Major Smith, USAF") and the federal
// agencies by initials that are not their names' (acronymOf reads
// "department of labor" as "dl", drops the "us" of "U.S. Department of
// Agriculture" and has no letter of its own for "Industry"'s "IN"), with
// their names without the country: "USMC" is the "Marine Corps", "DOL"
// the "Department of Labor"; and the news service that credits its
// stories by initials that are not its name's: "CN", Courthouse News
// Service.
var knownInitials = map[string]string{"usmc": "marine corps", "usmcr": "marine corps reserve", "usn": "navy", "usnr": "navy reserve",
	"usaf": "air force", "uscg": "coast guard",
	"dol": "department of labor", "doj": "department of justice", "dot": "department of transportation", "dod": "department of defense",
	"doi": "department of interior", "hhs": "department of health and human services", "hud": "department of housing and urban development",
	"usda": "department of agriculture", "usps": "postal service", "uspto": "patent and trademark office", "uscis": "citizenship and immigration services",
	"finra": "financial industry regulatory authority", "cms": "centers for medicare and medicaid services",
	"cdc": "centers for disease control and prevention", "cn": "courthouse news service"}

// serviceName reports whether norm names the service or the agency b of
// knownInitials, alone or with its country ("marine corps", "united
// states marine corps", "us air force", "us department of labor");
// "department of navy" is another body.
func serviceName(norm, b string) bool {
	return norm == b || norm == "united states "+b || norm == "us "+b
}

// withoutCountry returns toks without the country's name that opens them
// ("united states" or "us").
func withoutCountry(toks []string) []string {
	if len(toks) > 1 && toks[0] == "united" && toks[1] == "states" {
		return toks[2:]
	}
	if len(toks) > 0 && toks[0] == "us" {
		return toks[1:]
	}
	return toks
}

// departmentBusiness are the businesses of the federal executive
// departments that the news names first ("the Labor Department", "the
// Justice Department"; "state" is a generic word, which joins no name).
var departmentBusiness = set(`labor justice treasury agriculture commerce defense energy interior education transportation`)

// generic words do not identify an organisation or court on their own, so a
// short name made only of them never attaches to a longer one.
var generic = set(`bank company board district department of and for the water national united states
	court courts appeals circuit supreme county state federal division association trust group
	commission authority agency office american first`)

// designations are the role words of a caption.
var designations = set(`plaintiff plaintiffs defendant defendants appellant appellants appellee appellees
	petitioner petitioners respondent respondents movant movants claimant claimants applicant applicants
	complainant complainants grievant grievants cross`)

// pacerNumber is the part after the office of a federal docket number in
// PACER's compact form: year, kind, number ("2016cv02870").
var pacerNumber = regexp.MustCompile(`^(?:19|20)(\d{2})([a-z]{2})(\d{5})$`)

// federalKinds are a federal district court's kinds of case in its
// docket numbers: civil, criminal, miscellaneous, bankruptcy, adversary,
// multidistrict, magistrate, petty offence, search warrant.
var federalKinds = set(`cv cr mc bk ap md mj po sw`)

// federalDocket returns the key of a federal district court's docket
// number from its normalised words, or "": its year, kind and number, so
// that the forms one document writes it in are one case — with or
// without the office and the judges' initials, kind before or after the
// year ("1:16-cv-02870-WJM-MJW", "1:2016cv02870", "CV-19-01173-PHX-DJH"
// and "2:19-cv-01173").
func federalDocket(toks []string) string {
	var yy, kind, num string
	var rest []string
	switch {
	case len(toks) >= 4 && len(toks[0]) == 1 && allDigits(toks[0]) && len(toks[1]) == 2 && allDigits(toks[1]) && federalKinds[toks[2]] && allDigits(toks[3]):
		yy, kind, num, rest = toks[1], toks[2], toks[3], toks[4:]
	case len(toks) >= 3 && len(toks[0]) == 2 && allDigits(toks[0]) && federalKinds[toks[1]] && allDigits(toks[2]):
		yy, kind, num, rest = toks[0], toks[1], toks[2], toks[3:]
	case len(toks) >= 3 && federalKinds[toks[0]] && len(toks[1]) == 2 && allDigits(toks[1]) && allDigits(toks[2]):
		kind, yy, num, rest = toks[0], toks[1], toks[2], toks[3:]
	default:
		return ""
	}
	for _, t := range rest {
		if len(t) > 4 || strings.ContainsFunc(t, unicode.IsDigit) {
			return ""
		}
	}
	return "docket " + yy + " " + kind + " " + num
}

// docketLabels open a docket number.
var docketLabels = set(`no nos case number docket appeal`)

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// wordAbbrevs are states' abbreviations that are words, or the Bluebook's
// abbreviations of words, too, in lower case: "Or.", "Me.", "Ind."
// (Industrial, Independent: "Ind. Comm'n"), "Mont." (Montgomery).
var wordAbbrevs = map[string]bool{"or.": true, "me.": true, "ind.": true, "mont.": true}

// citedState writes out the state a citation's abbreviation opens an
// organisation's name with ("Cal. Sea Urchin Comm'n", "Ore. State Bd. of
// Dental Examiners", "Kan. City Royals Baseball Corp."), as its full
// name does: a word and its period, where a word follows; initials are a
// company's own ("P.R. Diamond Products": no state's key has a period),
// and the abbreviations of words as well as states stay (wordAbbrevs).
func citedState(name string) string {
	first, rest, ok := strings.Cut(strings.TrimSpace(name), " ")
	if !ok || !strings.HasSuffix(first, ".") || wordAbbrevs[strings.ToLower(first)] {
		return name
	}
	if st := extract.CitationStates[strings.ToLower(strings.TrimSuffix(first, "."))]; st != "" {
		return st + " " + rest
	}
	return name
}

// Normalize returns the comparison form of a name of the given type:
// lower case, no punctuation, "&" as "and", "§" as "section", common
// abbreviations expanded, and honorifics (persons), corporate suffixes
// (organisations) and "et al." (cases) removed. Dates become YYYY-MM-DD
// (or YYYY-MM) and amounts their digits, so different spellings of the
// same value are equal. A person written surname first ("Smith, Robert",
// as mail headers and lists write names) is compared given name first.
// Accents are spelling: "HERNÁNDEZ" and "Hernandez" are one name.
// The empty string means nothing is left to match.
func Normalize(typ, name string) string {
	if typ == extract.TypePerson {
		name = givenFirst(name)
	}
	if typ == extract.TypeCase && strings.Contains(name, "\n") {
		name = extract.WithoutColumns(name) // another column's words
	}
	if typ == extract.TypeOrg {
		name = citedState(name)
	}
	var b strings.Builder
	low := norm.NFD.String(strings.ToLower(name))
	prev := rune(0)
	for k, r := range low {
		digitBefore := prev >= '0' && prev <= '9'
		prev = r
		switch {
		case r == '.' && digitBefore && k+1 < len(low) && low[k+1] >= '0' && low[k+1] <= '9':
			// A decimal point parts numbers: "Rule 1.7" is not "Rule 17".
			b.WriteRune(' ')
		case unicode.Is(unicode.Mn, r):
			// an accent, decomposed from its letter
		case r == '&':
			b.WriteString(" and ")
		case r == '§':
			b.WriteString(" section ")
		case r == '\'' || r == '’' || r == '.':
			// "U.S." → "us", "O'Neil" → "oneil"; possessive "s" dropped below.
			if r != '.' {
				b.WriteRune('\'')
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	var toks []string
	for _, t := range strings.Fields(b.String()) {
		t = strings.TrimSuffix(t, "'s")
		t = strings.ReplaceAll(t, "'", "")
		// "SEC" is an agency, no section.
		if e, ok := expansions[t]; ok && !(t == "sec" && typ == extract.TypeOrg) {
			t = e
		} else if t == "ch" && typ == extract.TypeLaw {
			// A law's "Ch. 7" is "Chapter 7" (a court's "Del. Ch." is
			// Chancery).
			t = "chapter"
		} else if e, ok := companyWords[t]; ok && (typ == extract.TypeOrg || typ == extract.TypeCase) {
			t = e
		}
		if t != "" && t != "the" {
			toks = append(toks, t)
		}
	}
	switch typ {
	case extract.TypePerson:
		for len(toks) > 1 && honorifics[toks[0]] {
			toks = toks[1:]
		}
		for len(toks) > 1 && personSuffixes[toks[len(toks)-1]] {
			toks = toks[:len(toks)-1]
		}
		toks = dropEtAl(toks)
	case extract.TypeOrg:
		for len(toks) > 1 && corporateSuffixes[toks[len(toks)-1]] {
			toks = toks[:len(toks)-1]
		}
		// "Labor Department", "U.S. Justice Department": a federal
		// department named by its business first is its "Department of"
		// form, with its country or without.
		if rest := withoutCountry(toks); len(rest) == 2 && rest[1] == "department" && departmentBusiness[rest[0]] {
			n := len(toks)
			toks = append(toks[:n-2:n-2], "department", "of", rest[0])
		}
		// A district's office is written with "for the" or a comma
		// before its district: "U.S. Attorney's Office for the Eastern
		// District of Tennessee" and "U.S. Attorney's Office, Eastern
		// District of Tennessee" are one office.
		if i := slices.Index(toks, "office"); i >= 0 && i+1 < len(toks) && toks[i+1] == "for" && slices.Contains(toks[i+2:], "district") {
			toks = slices.Delete(toks, i+1, i+2)
		}
	case extract.TypeCase:
		toks = dropEtAl(toks)
		// "TENET HEALTHCARE CORPORATION et al. v. GILBERT": the first
		// side's "et al." is no part of the name either.
		if i := slices.Index(toks, "v"); i > 2 && toks[i-2] == "et" && toks[i-1] == "al" {
			toks = slices.Delete(toks, i-2, i)
		}
		// A caption's role designations ("Plaintiff-Appellant", "Plaintiff
		// and Appellant") are not
		// part of the case's name; docket labels ("No.", "Case:") are not
		// part of a docket number.
		var kept []string
		for i, t := range toks {
			// "Plaintiff and Appellant": the "and" between two roles.
			if designations[t] || t == "and" && i > 0 && i+1 < len(toks) && designations[toks[i-1]] && designations[toks[i+1]] {
				continue
			}
			kept = append(kept, t)
		}
		for len(kept) > 1 && docketLabels[kept[0]] {
			kept = kept[1:]
		}
		// PACER's compact form is the hyphenated number: "1:2016cv02870"
		// is "1:16-cv-02870".
		if len(kept) == 2 && allDigits(kept[0]) {
			if m := pacerNumber.FindStringSubmatch(kept[1]); m != nil {
				kept = []string{kept[0], m[1], m[2], m[3]}
			}
		}
		// A docket number's zero padding is spelling: "1:16-cv-01506"
		// and "1:16-CV-1506" are one number.
		for i, t := range kept {
			if len(t) > 1 && t[0] == '0' && allDigits(t) {
				kept[i] = strings.TrimLeft(t, "0")
				if kept[i] == "" {
					kept[i] = "0"
				}
			}
		}
		if k := federalDocket(kept); k != "" {
			return k
		}
		toks = reporterKey(kept)
	case extract.TypeLocation:
		if len(toks) > 2 && (toks[0] == "state" || toks[0] == "commonwealth") && toks[1] == "of" {
			toks = toks[2:]
		}
		// The country by its initials ("U.S. consumers", "U. S.") or its
		// whole name is the United States.
		switch strings.Join(toks, " ") {
		case "us", "u s", "usa", "u s a", "united states of america":
			toks = []string{"united", "states"}
		}
		// "COUNTY OF HARRIS" is "Harris County".
		if len(toks) > 2 && (toks[0] == "county" || toks[0] == "parish") && toks[1] == "of" {
			toks = append(slices.Clone(toks[2:]), toks[0])
		}
		// A street address's words are spelt out or abbreviated: "400
		// Hamilton Ave." is "400 Hamilton Avenue". Only after a house
		// number, where "St." is a street, not a saint.
		if len(toks) > 1 && toks[0][0] >= '0' && toks[0][0] <= '9' {
			for i, t := range toks[1:] {
				if e, ok := streetWords[t]; ok {
					toks[i+1] = e
				}
			}
		}
	case extract.TypeLaw:
		toks = codeArticleFirst(codeSign(listHead(ordinalAmendment(amendmentKey(toks)))))
	case extract.TypeCourt:
		if k := courtKey(toks); k != "" {
			return k
		}
		// A state's local court is written with or without its
		// connectors: "Court of Common Pleas, Allegheny County" and
		// "Court of Common Pleas of Allegheny County" are one court.
		toks = localCourtKey(slices.DeleteFunc(slices.Clone(toks), func(t string) bool { return courtConnectors[t] }))
	case extract.TypeDate:
		if d := dateKey(toks); d != "" {
			return d
		}
	case extract.TypeMoney:
		return moneyKey(name, toks)
	}
	return strings.Join(toks, " ")
}

// localCourtKinds are the kinds of a county's court, as their words read
// without connectors.
var localCourtKinds = [][]string{{"circuit", "court"}, {"superior", "court"}, {"district", "court"}, {"chancery", "court"},
	{"probate", "court"}, {"juvenile", "court"}, {"family", "court"}, {"court", "common", "pleas"}, {"orphans", "court"}}

// localCourtKey writes a county's court with its kind first and without
// "County": "Circuit Court of Chesterfield County", "Chesterfield Circuit
// Court" and "Chesterfield County Circuit Court" are "circuit court
// chesterfield". toks are without connectors; other courts come back as
// they are.
func localCourtKey(toks []string) []string {
	for _, k := range localCourtKinds {
		var place []string
		switch {
		case len(toks) > len(k) && slices.Equal(toks[:len(k)], k):
			place = toks[len(k):]
		case len(toks) > len(k) && slices.Equal(toks[len(toks)-len(k):], k):
			place = toks[:len(toks)-len(k)]
		default:
			continue
		}
		if n := len(place); n > 1 && (place[n-1] == "county" || place[n-1] == "parish") {
			place = place[:n-1]
		}
		if len(place) == 0 || len(place) > 3 || slices.Contains(place, "court") || slices.ContainsFunc(place, func(t string) bool { return t[0] >= '0' && t[0] <= '9' }) {
			return toks
		}
		return append(slices.Clone(k), place...)
	}
	return toks
}

// courtConnectors are the words a court's name may have or leave out
// between its kind and its place: "of", "for", "in and for", "the".
var courtConnectors = map[string]bool{"of": true, "for": true, "in": true, "and": true, "the": true}

// amendmentOrdinals are the Constitution's amendments by number, as the
// text writes their names ("Fourteenth Amendment", "Twenty-First
// Amendment"); index 0 is unused.
var amendmentOrdinals = strings.Split(`-|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty first|twenty second|twenty third|twenty fourth|twenty fifth|twenty sixth|twenty seventh`, "|")

// amendmentKey writes a citation of an amendment ("U.S. Const. amend.
// XIV") as the amendment's name ("fourteenth amendment"), so that both
// are one law; other tokens come back as they are.
func amendmentKey(toks []string) []string {
	if len(toks) < 4 || toks[0] != "us" || toks[1] != "const" && toks[1] != "constitution" || toks[2] != "amend" && toks[2] != "amendment" {
		return toks
	}
	n := romanValue(toks[3])
	if n <= 0 || n >= len(amendmentOrdinals) {
		return toks
	}
	out := append(strings.Fields(amendmentOrdinals[n]), "amendment")
	return append(out, toks[4:]...)
}

// ordinalAmendment writes an amendment named by its ordinal alone or in
// the plural, as a list of them names each ("the 5th and 14th
// Amendments": "5th", "14th Amendments"), and one with a numeral ordinal
// ("14th Amendment"), as the amendment's name ("fourteenth amendment");
// other tokens come back as they are.
func ordinalAmendment(toks []string) []string {
	n := len(toks)
	if n > 0 && (toks[n-1] == "amendment" || toks[n-1] == "amendments") {
		n--
	}
	if n == 0 || n > 2 {
		return toks
	}
	ord := strings.Join(toks[:n], " ")
	k := slices.Index(amendmentOrdinals, ord)
	if k <= 0 && n == 1 && len(ord) > 2 {
		if v, err := strconv.Atoi(strings.TrimRight(ord, "stndrh")); err == nil && ordinalSuffix(v) == ord[len(ord)-2:] {
			k = v
		}
	}
	if k <= 0 || k >= len(amendmentOrdinals) {
		return toks
	}
	return append(strings.Fields(amendmentOrdinals[k]), "amendment")
}

// ordinalSuffix is an English ordinal's suffix for n: "st" for 21, "th"
// for 14.
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// romanValue reads a Roman numeral in lower case (up to xxx), or 0.
func romanValue(s string) int {
	val := func(c byte) int {
		switch c {
		case 'i':
			return 1
		case 'v':
			return 5
		case 'x':
			return 10
		}
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if v == 0 {
			return 0
		}
		if i+1 < len(s) && val(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

func dropEtAl(toks []string) []string {
	if n := len(toks); n > 2 && toks[n-2] == "et" && toks[n-1] == "al" {
		return toks[:n-2]
	}
	return toks
}

// dateKey reads a month name, a day and a year in any order, or a
// numeric date: month, day and year ("12/22/2020", "3-16-22"), the year
// first ("2020-12-22") or packed ("20161018").
func dateKey(toks []string) string {
	if d := numericDate(toks); d != "" {
		return d
	}
	mon, day, year := 0, 0, 0
	for _, t := range toks {
		if m, ok := months[t]; ok && mon == 0 {
			mon = m
			continue
		}
		t = strings.TrimRight(t, "stndrh")
		n, err := strconv.Atoi(t)
		if err != nil {
			continue
		}
		switch {
		case n >= 1000 && year == 0:
			year = n
		case n >= 1 && n <= 31 && day == 0:
			day = n
		}
	}
	switch {
	case mon != 0 && day != 0 && year == 0:
		// A day and month without the year; resolve joins it to the one
		// full date of that day in the document.
		return "--" + pad(mon) + "-" + pad(day)
	case year == 0 || mon == 0:
		return ""
	case day == 0:
		return strconv.Itoa(year) + "-" + pad(mon)
	}
	return strconv.Itoa(year) + "-" + pad(mon) + "-" + pad(day)
}

func numericDate(toks []string) string {
	var n []int
	for _, t := range toks {
		v, err := strconv.Atoi(t)
		if err != nil {
			return ""
		}
		n = append(n, v)
	}
	ok := func(y, m, d int) string {
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return ""
		}
		return strconv.Itoa(y) + "-" + pad(m) + "-" + pad(d)
	}
	switch {
	case len(n) == 1 && len(toks[0]) == 8 && n[0]/10000 >= 1900:
		return ok(n[0]/10000, n[0]/100%100, n[0]%100)
	case len(n) != 3:
		return ""
	case len(toks[0]) == 4:
		return ok(n[0], n[1], n[2])
	}
	y := n[2]
	if len(toks[2]) == 2 {
		y += 2000
	} else if len(toks[2]) != 4 {
		return ""
	}
	if n[0] > 12 && n[1] <= 12 {
		// "22/02/2019": no month 22, so the day comes first, as outside
		// the United States.
		return ok(y, n[1], n[0])
	}
	return ok(y, n[0], n[1])
}

func pad(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// moneyKey is an amount's value: its currency and the number with scale
// words applied and zero cents dropped, so "$61,250.00", "$61,250" and
// "61,250 dollars" are one amount, "$2.5 million" is "$2,500,000", and
// "$1.50" stays apart from "$150" and "€100" from "$100". A name with no
// number in figures keeps its words (toks, already normalised).
func moneyKey(name string, toks []string) string {
	lower := strings.ToLower(name)
	m := amountRE.FindStringSubmatch(lower)
	if m == nil {
		if v, ok := wordsValue(toks); ok {
			return currencyOf(lower) + " " + strings.TrimRight(strings.TrimRight(v.FloatString(6), "0"), ".")
		}
		return strings.Join(toks, " ")
	}
	figures := m[1]
	if decimalComma.MatchString(figures) {
		figures = strings.Replace(figures, ",", ".", 1) // "€ 5,8 million"
	}
	v, ok := new(big.Rat).SetString(strings.ReplaceAll(figures, ",", ""))
	if !ok {
		return strings.Join(toks, " ")
	}
	// "35 cents", "25¢": a hundredth of the dollar.
	if strings.HasSuffix(lower, "cents") || strings.HasSuffix(lower, "¢") {
		v.Mul(v, big.NewRat(1, 100))
	}
	switch m[2] + m[3] {
	case "thousand", "k":
		v.Mul(v, big.NewRat(1_000, 1))
	case "lakh", "lakhs":
		v.Mul(v, big.NewRat(100_000, 1))
	case "million", "m", "mn":
		v.Mul(v, big.NewRat(1_000_000, 1))
	case "crore", "crores":
		v.Mul(v, big.NewRat(10_000_000, 1))
	case "billion", "bn":
		v.Mul(v, big.NewRat(1_000_000_000, 1))
	}
	num := v.FloatString(6)
	num = strings.TrimRight(strings.TrimRight(num, "0"), ".")
	return currencyOf(lower) + " " + num
}

// numberValues are the values of numbers' words; scaleValues of the
// words that multiply what comes before them.
var (
	numberValues = map[string]int64{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
		"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
	scaleValues = map[string]int64{"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
)

// wordsValue reads an amount written in words, as Normalize's tokens
// ("sixteen thousand five hundred dollars" is 16,500, "twenty five cents"
// 0.25, "half a million dollars" 500,000), so that it is one amount with
// the figures a text writes beside it ("Sixteen Thousand Five Hundred
// Dollars ($16,500)"). ok is false for anything else.
func wordsValue(toks []string) (*big.Rat, bool) {
	if len(toks) < 2 {
		return nil, false
	}
	unit := toks[len(toks)-1]
	if unit != "dollars" && unit != "dollar" && unit != "cents" && unit != "euros" {
		return nil, false
	}
	total, cur := new(big.Rat), new(big.Rat)
	half, seen := false, false
	for _, t := range toks[:len(toks)-1] {
		switch {
		case t == "half":
			half = true
		case t == "and":
		case numberValues[t] > 0:
			cur.Add(cur, big.NewRat(numberValues[t], 1))
			seen = true
		case t == "hundred":
			if cur.Sign() == 0 {
				cur.SetInt64(1)
			}
			cur.Mul(cur, big.NewRat(100, 1))
			seen = true
		case scaleValues[t] > 0:
			if cur.Sign() == 0 {
				cur.SetInt64(1)
			}
			total.Add(total, cur.Mul(cur, big.NewRat(scaleValues[t], 1)))
			cur = new(big.Rat)
			seen = true
		default:
			return nil, false
		}
	}
	if !seen {
		return nil, false
	}
	total.Add(total, cur)
	if half {
		total.Mul(total, big.NewRat(1, 2))
	}
	if unit == "cents" {
		total.Mul(total, big.NewRat(1, 100))
	}
	return total, true
}

// amountRE finds an amount in figures and its scale: a word after it or
// a hyphen (India's lakh and crore too; "$37-million") or letters glued to
// it ("$1.2bn", "$5k").
var amountRE = regexp.MustCompile(`(\d[\d,]*(?:\.\d+)?)(?:(?:\s+|-)(thousand|million|billion|lakhs?|crores?)\b|(bn|mn|m|k)\b)?`)

// decimalComma is figures whose comma is the decimal sign, as Europe
// writes it: "5,8" of "€ 5,8 million" (a thousands' comma has three
// digits after it).
var decimalComma = regexp.MustCompile(`^\d+,\d{1,2}$`)

// dollarCountry is the country's letters before a dollar's sign, as the
// lower-cased amount starts: "c$", "hk$"; group 1 is the letters.
var dollarCountry = regexp.MustCompile(`^(c|ca|can|cdn|a|au|nz|hk|s|nt|r|mx|mex)\$`)

// dollarCurrencies are the currencies dollarCountry's letters name.
var dollarCurrencies = map[string]string{"c": "cad", "ca": "cad", "can": "cad", "cdn": "cad", "a": "aud", "au": "aud", "nz": "nzd", "hk": "hkd", "s": "sgd", "nt": "twd", "r": "brl", "mx": "mxn", "mex": "mxn"}

// otherCurrencies are the codes and names of currencies in a lower-cased
// amount, each with the currency's key: "nok 65 million", "2 billion
// rubles", "2.5 million canadian dollars" (the dollar's own words, "us
// dollars", are the default's). A code opens the amount, a name ends it.
// Every code and name the extract stage reads an amount by
// (extract.otherAmount) has a key here or in currencyOf's cases; "pesos"
// without their country is a currency of its own.
var otherCurrencies = [][2]string{
	{"nok", "nok"}, {"sek", "sek"}, {"kronor", "sek"}, {"dkk", "dkk"}, {"kroner", "krone"}, {"krone", "krone"}, {"nzd", "nzd"},
	{"sgd", "sgd"}, {"hkd", "hkd"}, {"pln", "pln"}, {"zloty", "pln"}, {"czk", "czk"}, {"zar", "zar"}, {"brl", "brl"}, {"reais", "brl"},
	{"mxn", "mxn"}, {"krw", "krw"}, {"jpy", "jpy"}, {"cny", "cny"}, {"pesos", "peso"}, {"rubles", "rub"}, {"roubles", "rub"}, {"baht", "thb"}, {"shekels", "ils"}, {"dirhams", "aed"},
	{"ringgit", "myr"}, {"rupiah", "idr"}, {"canadian dollars", "cad"}, {"australian dollars", "aud"}, {"new zealand dollars", "nzd"},
	{"hong kong dollars", "hkd"}, {"singapore dollars", "sgd"},
}

// rupees is India's rupee by its sign, code, word or "Rs.".
var rupees = regexp.MustCompile(`₹|\b(?:rs\.?|inr)(?:[\s\d]|$)|rupee`)

// currencyOf names an amount's currency by its symbol, code or word;
// dollars are the default of the patterns that find amounts.
func currencyOf(lower string) string {
	if m := dollarCountry.FindStringSubmatch(lower); m != nil {
		return dollarCurrencies[m[1]]
	}
	for _, c := range otherCurrencies {
		if strings.HasPrefix(lower, c[0]+" ") || strings.HasSuffix(lower, " "+c[0]) {
			return c[1]
		}
	}
	switch {
	case rupees.MatchString(lower):
		return "inr"
	case strings.Contains(lower, "cad"):
		return "cad"
	case strings.Contains(lower, "aud"):
		return "aud"
	case strings.Contains(lower, "chf") || strings.Contains(lower, "franc"):
		return "chf"
	case strings.Contains(lower, "€") || strings.Contains(lower, "eur"):
		return "eur"
	case strings.Contains(lower, "£") || strings.Contains(lower, "gbp") || strings.Contains(lower, "pound"):
		return "gbp"
	case strings.Contains(lower, "rmb") || strings.Contains(lower, "yuan"):
		return "cny"
	case strings.Contains(lower, "¥") || strings.Contains(lower, "yen"):
		return "jpy"
	}
	return "usd"
}

// actAcronym returns the short name "<acronym> act" of an Act's name
// ("warn act" of "worker adjustment and retraining notification act of
// 1988"), or "" when the name is no Act's or too short to abbreviate.
func actAcronym(toks []string) string {
	ts := toks
	if n := len(ts); n > 2 && ts[n-2] == "of" && year(ts[n-1]) {
		ts = ts[:n-2]
	}
	if len(ts) < 3 || ts[len(ts)-1] != "act" {
		return ""
	}
	return acronymOf(ts[:len(ts)-1]) + " act"
}

// year reports whether a token is a year's four digits ("1974").
func year(t string) bool {
	return len(t) == 4 && strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// digits returns the numbers of a normalised name in order; names with
// different numbers are different entities whatever their similarity.
func digits(toks []string) string {
	var ds []string
	for _, t := range toks {
		if strings.IndexFunc(t, unicode.IsDigit) >= 0 {
			ds = append(ds, t)
		}
	}
	return strings.Join(ds, " ")
}

// variants reports whether two names of comparable length spell the same
// entity: same numbers, same word count, every differing word pair within
// two edits and starting with the same letter, and an overall similarity
// at or above the threshold. The word-level guard is what keeps
// "Missouri" from "Mississippi" and "North Carolina" from "South Carolina".
func (s *Stage) variants(typ string, a, b *form) bool {
	switch typ {
	case extract.TypeDate, extract.TypeMoney:
		return false // values: equal normal forms or different values
	}
	if len(a.tokens) != len(b.tokens) || digits(a.tokens) != digits(b.tokens) {
		return false
	}
	if typ == extract.TypePerson && initialsAgree(a.tokens, b.tokens) {
		return true // "Nichole M. Jagels" and "NICHOLE MARIE JAGELS"
	}
	for i := range a.tokens {
		x, y := a.tokens[i], b.tokens[i]
		if x == y {
			continue
		}
		if []rune(x)[0] != []rune(y)[0] || len(x) < 4 || len(y) < 4 || editDistance(x, y) > 2 {
			return false
		}
	}
	return similarity(a.norm, b.norm) >= s.sim
}

// abbreviationOf reports whether short writes long with words abbreviated,
// as citations write parties' names ("Illinois Cent. R. Co." of "Illinois
// Central Railroad Company"): as many words, each the same or, in short, a
// shortening of long's word (shortens) written with its period
// (periodAfter) and no word in its own right (wordAbbrevs: "Me. Too Foods"
// is no "Maine Too Foods"); one word at least the same in both, other than
// a case's "v" ("Morn. Hts. v. Kinn." is too thin for "Moraine Heights v.
// Kinney").
func abbreviationOf(short, long *form) bool {
	same := false
	for i, x := range short.tokens {
		y := long.tokens[i]
		switch {
		case x == y:
			same = same || x != "v"
		case wordAbbrevs[x+"."] || !shortens(x, y) || !periodAfter(short, x):
			return false
		}
	}
	return same
}

// citedWords are the Bluebook's (tables T6 and T10) words for
// abbreviations that open other words too: "Am." is American, not
// Amalgamated; "Dev." Development, not Devices; "Cons." Consumers' ("Cons.
// Power Co."), not Consolidated's ("Consol."); "Co." Company, "R."
// Railroad, "W." West or Western.
var citedWords = map[string][]string{
	"am": {"american", "america"}, "dev": {"development"}, "cons": {"consumer", "consumers"},
	"co": {"company"}, "cas": {"casualty"}, "so": {"southern"}, "r": {"railroad", "railway"}, "w": {"west", "western"},
}

// shortens reports whether short, a word other than long with long's first
// letter (blockKey), can abbreviate long: its letters in long in order
// ("bd" of "board", "hts" of "heights"); a word's first three letters or
// fewer only as the Bluebook reads them (citedWords: "r" is "railroad",
// "am" "american"), as they open many words.
func shortens(short, long string) bool {
	if ws, ok := citedWords[short]; ok {
		return slices.Contains(ws, long)
	}
	if len(short) <= 3 && strings.HasPrefix(long, short) {
		return false
	}
	s, i := []rune(short), 0
	for _, r := range long {
		if i < len(s) && s[i] == r {
			i++
		}
	}
	return i == len(s)
}

// periodAfter reports whether one of f's texts writes the word w with a
// period after it ("Bd.", "R."), as an abbreviation is written.
func periodAfter(f *form, w string) bool {
	for sf := range f.surfaces {
		if strings.Contains(strings.ToLower(sf), w+".") {
			return true
		}
	}
	return false
}

// initialsAgree reports whether two person names of as many words differ
// only where one has an initial and the other a name with that initial,
// with the first and last words equal.
func initialsAgree(a, b []string) bool {
	n := len(a)
	if n < 3 || a[0] != b[0] || a[n-1] != b[n-1] {
		return false
	}
	for i := 1; i < n-1; i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if len([]rune(x)) > 1 && len([]rune(y)) > 1 || []rune(x)[0] != []rune(y)[0] {
			return false
		}
	}
	return true
}

// sectionOf reports whether long cites the section short: short's words
// end it ("28 usc section 1292 a 1") or stand right before "of"
// ("article ii section 11 of the nmi constitution").
func sectionOf(long, short []string) bool {
	for k := 0; k+len(short) <= len(long); k++ {
		if e := k + len(short); (e == len(long) || long[e] == "of") && slices.Equal(long[k:e], short) {
			return true
		}
	}
	return false
}

// contains reports whether short names the same entity as long: its words
// appear in long in order (contiguously for organisations, courts and
// cases), or it is long's acronym. Places never match by containment
// ("Virginia" is not "West Virginia"), nor do dates and amounts.
func contains(typ string, long, short *form) bool {
	switch typ {
	case extract.TypeDate, extract.TypeMoney, extract.TypeLocation:
		return false
	}
	// "§ 1292(a)(1)" after "28 U.S.C. § 1292(a)(1)", "Section 11" beside
	// "Article II, Section 11 of the NMI Constitution": a section cited
	// without its title, code or law is the citation that ends with it or
	// names it before "of".
	if typ == extract.TypeLaw && len(short.tokens) > 1 && short.tokens[0] == "section" &&
		len(long.tokens) > len(short.tokens) && sectionOf(long.tokens, short.tokens) {
		return true
	}

	// "ERISA" beside "Employee Retirement Income Security Act of 1974": a
	// law named by its acronym, the year of the Act aside.
	if typ == extract.TypeLaw && len(short.tokens) == 1 && len(short.norm) >= 3 && acronymOf(long.tokens) == short.norm {
		return true
	}
	// "WARN Act" beside "Worker Adjustment and Retraining Notification
	// Act": an Act named by its acronym and "Act".
	if typ == extract.TypeLaw && len(short.tokens) == 2 && actAcronym(long.tokens) == short.norm {
		return true
	}
	// "Investment Company Act" beside "Investment Company Act of 1940": an
	// Act named without its year (only where one Act of that name is
	// cited: the caller joins a short form to one group at most).
	if typ == extract.TypeLaw && actYear(long.tokens, short.tokens) {
		return true
	}
	if digits(long.tokens) != digits(short.tokens) {
		return false
	}
	switch typ {
	case extract.TypePerson:
		return inOrder(long.tokens, short.tokens) || initialledOf(long.tokens, short.tokens, func(t string) bool { return dotted(short, t) })
	case extract.TypeOrg:
		if len(short.tokens) == 1 && acronymOf(long.tokens) == short.norm {
			return true
		}
		// "U.S. Navy" beside "United States Navy": the country's initials.
		if len(long.tokens) > 2 && long.tokens[0] == "united" && long.tokens[1] == "states" && len(short.tokens) > 1 && short.tokens[0] == "us" &&
			slices.Equal(long.tokens[2:], short.tokens[1:]) {
			return true
		}
		// "USMC" beside "Marine Corps": a service by its initials.
		if b := knownInitials[short.norm]; b != "" && serviceName(long.norm, b) {
			return true
		}
		// "Ambrx Biopharma Inc." beside "New Ambrx Biopharma Inc.": a
		// company named in full with its legal form is no short form of
		// a longer name that ends with it; words before a name make
		// another company (a parent, a successor). Nor of any longer
		// name: "LECG, LLC" and "LECG Holding Company, LLC" are a
		// subsidiary and its parent, "Handgun Control, Inc." and
		// "Handgun Control Political Action Committee" a company and its
		// fund.
		if len(long.tokens) > len(short.tokens) && withLegalForm(short) {
			return false
		}
		// "Navajo Nation" beside "Navajo Nation Department of Justice":
		// a body's part named after it is another body.
		if len(long.tokens) > len(short.tokens) && slices.Equal(long.tokens[:len(short.tokens)], short.tokens) &&
			slices.ContainsFunc(long.tokens[len(short.tokens):], func(w string) bool { return unitHeads[w] }) {
			return false
		}
		// "Delta Tau Delta" beside "Beta Psi Chapter of Delta Tau Delta": an
		// association's chapter, lodge or post named with "of" and the
		// association is another body.
		if n := len(long.tokens) - len(short.tokens); n > 2 && len(short.tokens) > 1 && long.tokens[n-1] == "of" &&
			chapterHeads[long.tokens[n-2]] && slices.Equal(long.tokens[n:], short.tokens) {
			return false
		}
		// "City of Grand Junction" beside "City Council of the City of
		// Grand Junction", "University of Hawaii" beside "Research
		// Corporation of the University of Hawaii": a body named with
		// "of" after such a name is another body (ofBodies).
		if n := len(long.tokens) - len(short.tokens); n >= 2 && len(short.tokens) > 1 && long.tokens[n-1] == "of" &&
			ofBodies[short.tokens[0]] && slices.Equal(long.tokens[n:], short.tokens) {
			return false
		}
		// "the United States" of a caption's "UNITED STATES OF AMERICA":
		// the litigant country by its short name, whose words are generic.
		if short.norm == "united states" && long.norm == "united states of america" {
			return true
		}
		return distinctive(short.tokens) && contiguous(long.tokens, short.tokens)
	case extract.TypeCase:
		// A caption names more of a party than a running header does
		// ("… v. Rudolf John Herrmann" and "… v. Herrmann"): the short
		// form's words in order, from the same first word.
		if distinctive(short.tokens) && contiguous(long.tokens, short.tokens) {
			return true
		}
		// "In Re Gulf Coast Oil Corp." of "In re GULF COAST OIL
		// CORPORATION and Century Resources, Inc.": the same words, a legal
		// form abbreviated in one (legalClasses).
		if distinctive(short.tokens) && contiguous(formsAlike(long.tokens), formsAlike(short.tokens)) {
			return true
		}
		if len(short.tokens) > 2 && short.tokens[0] == long.tokens[0] && contains1(short.tokens, "v") &&
			inOrder(long.tokens, short.tokens) {
			return true
		}
		// "Neptune v. McCarthy" of "Trevor NEPTUNE and Terry Maynor v.
		// John H. McCARTHY", "Cheeks v. Gen. Dynamics" of "Loretta H.
		// CHEEKS, Plaintiff, v. GENERAL DYNAMICS": a case named by a
		// surname of its first side and the words, or their
		// abbreviations, of the other, a caption that gives them in full.
		// So is one named by its first party's name ("Purdue Pharma L.P.
		// v. Collegium Pharm." of "PURDUE PHARMA L.P., Purdue
		// Pharmaceuticals L.P., Appellants v. COLLEGIUM PHARMACEUTICAL,
		// INC.").
		sv := slices.Index(short.tokens, "v")
		return sv >= 1 && sv+1 < len(short.tokens) && distinctive(short.tokens[:sv]) && !generic[short.tokens[0]] && surnameCase(formsAlike(long.tokens), formsAlike(short.tokens), sv)
	case extract.TypeCourt:
		// "the Supreme Court" beside "Supreme Court of Missouri": a
		// supreme court by its kind alone is the one the document names.
		// A state's supreme court is keyed "supreme missouri".
		if short.norm == "supreme court" {
			return long.tokens[0] == "supreme" || contiguous(long.tokens, short.tokens)
		}
		return distinctive(short.tokens) && contiguous(long.tokens, short.tokens)
	case extract.TypeLaw:
		// From the same first word, or after one word that names whose
		// law it is ("Texas" + "Insurance Code"); not a number, whose
		// title or section tells one law from another.
		if len(short.tokens) < 2 || !contiguous(long.tokens, short.tokens) {
			return false
		}
		// A bankruptcy chapter alone ("Chapter 11") is the Bankruptcy
		// Code's, not another code's chapter of that number ("Chapter 11
		// of the Texas Civil Practice and Remedies Code").
		if len(short.tokens) == 2 && short.tokens[0] == "chapter" && bankruptcyChapterNumber.MatchString(short.tokens[1]) && !bankruptcyCode(long.tokens) {
			return false
		}
		return long.tokens[0] == short.tokens[0] ||
			len(long.tokens) > len(short.tokens) && long.tokens[1] == short.tokens[0] && !strings.ContainsAny(long.tokens[0], "0123456789") &&
				contiguous(long.tokens[1:1+len(short.tokens)], short.tokens)
	}
	return false
}

// bankruptcyChapterNumber is a token that is one of the Bankruptcy Code's
// chapters that name a case's kind (the extract stage's numbers).
var bankruptcyChapterNumber = regexp.MustCompile(`^(?:` + extract.BankruptcyChapterNumbers + `)$`)

// bankruptcyCode reports whether a law's tokens name the Bankruptcy Code
// ("chapter 11 of the bankruptcy code"; its title of the United States
// Code, "chapter 7 of title 11", has a number the chapter alone lacks,
// which keeps them apart anyway).
func bankruptcyCode(toks []string) bool {
	return slices.Contains(toks, "bankruptcy")
}

// actYear reports whether long is short, an Act's name, with "of" and a
// year after it: "investment company act of 1940" and "investment company
// act"; or with one more word before it, the Act's usual short name:
// "securities exchange act of 1934" and "exchange act", "investment
// advisers act of 1940" and "advisers act".
func actYear(long, short []string) bool {
	n := len(short)
	if len(long) == n+3 && n >= 2 {
		long = long[1:]
	}
	if n < 2 || len(long) != n+2 || short[n-1] != "act" || long[n] != "of" || !slices.Equal(long[:n], short) {
		return false
	}
	y := long[n+1]
	return len(y) == 4 && strings.Trim(y, "0123456789") == "" && (y[:2] == "17" || y[:2] == "18" || y[:2] == "19" || y[:2] == "20")
}

// surnameCase reports whether short ("neptune v mccarthy"), whose "v" is
// its token sv, names the caption long by one word of its first side, or
// by the words of its first side one after another ("purdue pharma lp v
// collegium pharm"), and, in order, the words of its other side or their
// abbreviations ("gen" of "general", "co" of "company"); legal forms
// compare by their class (formsAlike: "inc" and "incorporated").
func surnameCase(long, short []string, sv int) bool {
	v := slices.Index(long, "v")
	if v < 1 || sv == 1 && !slices.Contains(long[:v], short[0]) || sv > 1 && !abbreviates(long[:v], short[:sv]) {
		return false
	}
	// "Compet. Telecom. Ass'n v. FCC": the other side by its initials.
	if len(short) == sv+2 && len(short[sv+1]) >= 3 && initialsOf(long[v+1:], short[sv+1]) {
		return true
	}
	k := v + 1
	for _, w := range short[sv+1:] {
		for k < len(long) && !abbreviation(w, long[k]) {
			k++
		}
		if k == len(long) {
			return false
		}
		k++
	}
	return !generic[short[len(short)-1]]
}

// abbreviates reports whether the words of short, one after another, are
// a run of long's words or their abbreviations ("compet telecom
// association" of "competitive telecommunications association").
func abbreviates(long, short []string) bool {
	return runOf(long, short, abbreviation)
}

// abbreviation reports whether w is word or a case name's abbreviation of
// it: its first letters ("gen" of "general", "telecom" of
// "telecommunications"), or "co" of "company".
func abbreviation(w, word string) bool {
	return w == word || len(w) >= 3 && strings.HasPrefix(word, w) || w == "co" && word == "company"
}

// initialsOf reports whether a is the initials of a caption's side, or
// of its first party ("fcc" of "federal communications commission and
// united states of america").
func initialsOf(side []string, a string) bool {
	if acronymOf(side) == a {
		return true
	}
	for i, t := range side {
		if t == "and" && i > 1 && acronymOf(side[:i]) == a {
			return true
		}
	}
	return false
}

// reporterKey writes a reporter citation's abbreviation as one word:
// "275 F. Supp. 2d 1378" and "275 F.Supp.2d 1378" are one citation (the
// reporter's spacing is a typesetter's choice). A citation is a volume, a
// reporter's words (letters, or an ordinal series such as "2d") and a
// page; anything else is left as it is.
func reporterKey(toks []string) []string {
	n := len(toks)
	if n < 3 || !allDigits(toks[0]) || !allDigits(toks[n-1]) {
		return toks
	}
	var b strings.Builder
	for _, t := range toks[1 : n-1] {
		if allDigits(t) || !strings.ContainsFunc(t, unicode.IsLetter) {
			return toks
		}
		b.WriteString(t)
	}
	return []string{toks[0], b.String(), toks[n-1]}
}

// allDigits reports whether s is a run of ASCII digits.
func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// withLegalForm reports whether a name is written with a legal form
// ("Inc.", "LLC") in one of its surfaces.
func withLegalForm(f *form) bool {
	for sfc := range f.surfaces {
		if legalClass(sfc) != "" {
			return true
		}
	}
	return false
}

func contains1(toks []string, t string) bool {
	for _, x := range toks {
		if x == t {
			return true
		}
	}
	return false
}

func distinctive(toks []string) bool {
	for _, t := range toks {
		if !generic[t] && t != "v" {
			return true
		}
	}
	return false
}

func inOrder(long, short []string) bool {
	i := 0
	for _, t := range long {
		if i < len(short) && t == short[i] {
			i++
		}
	}
	return i == len(short)
}

// initialledOf reports whether short is long's person with given names
// as initials: "A. Anderson" and "Ch. Gaines" of an arbitral award's
// running head beside "Andrea Anderson" and "Chryste Gaines" in its
// caption. The surnames are the same; each initial (a letter, or two
// written with a period: dotted) starts one of long's words before it, in
// order, and each other word of short is one of them ("Jo Smith" is not
// "John Smith").
func initialledOf(long, short []string, dotted func(string) bool) bool {
	n, m := len(long), len(short)
	if m < 2 || n < m || long[n-1] != short[m-1] {
		return false
	}
	initial := func(t, w string) bool {
		k := utf8.RuneCountInString(t)
		return (k == 1 || k == 2 && dotted(t)) && utf8.RuneCountInString(w) > k && strings.HasPrefix(w, t)
	}
	i := 0
	for _, t := range short[:m-1] {
		for i < n-1 && long[i] != t && !initial(t, long[i]) {
			i++
		}
		if i == n-1 {
			return false
		}
		i++
	}
	return true
}

// dotted reports whether a name of f writes its word w (normalised) with
// a period after it: "Ch." of "Ch. Gaines".
func dotted(f *form, w string) bool {
	for sfc := range f.surfaces {
		for _, x := range strings.Fields(strings.ToLower(sfc)) {
			if x == w+"." {
				return true
			}
		}
	}
	return false
}

func contiguous(long, short []string) bool {
	return runOf(long, short, func(w, word string) bool { return w == word })
}

// runOf reports whether the words of short, one after another, are a run
// of long's words, each as same tells.
func runOf(long, short []string, same func(w, word string) bool) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		ok := true
		for k, w := range short {
			if !same(w, long[i+k]) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// formsAlike returns toks with every legal form written as its class
// (legalClasses: "corp" and "corporation" are "corp"), or toks itself when
// none is one.
func formsAlike(toks []string) []string {
	var out []string
	for i, t := range toks {
		if c, ok := legalClasses[t]; ok && c != t {
			if out == nil {
				out = slices.Clone(toks)
			}
			out[i] = c
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// acronymOf returns the initials of the words, skipping connectors and
// years ("erisa" of "employee retirement income security act of 1974")
// and a federal body's country before its name ("eeoc" of "U.S. Equal
// Employment Opportunity Commission").
func acronymOf(toks []string) string {
	if len(toks) > 3 && toks[0] == "us" {
		toks = toks[1:]
	}
	if len(toks) < 2 {
		return ""
	}
	var b strings.Builder
	for _, t := range toks {
		if t == "of" || t == "and" || t == "for" || t == "the" || year(t) {
			continue
		}
		b.WriteRune([]rune(t)[0])
	}
	return b.String()
}

// editDistance is the Levenshtein distance between two words.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			c := prev[j-1]
			if x[i-1] != y[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

// pluralUnits are a list's plural words for the provisions it cites, as
// their tokens read ("§§" reads "section section"), with the singular.
var pluralUnits = map[string]string{"sections": "section", "rules": "rule", "articles": "article"}

// listHead writes the first provision of a list the way it is cited
// alone: "28 U.S.C. §§ 2201" of "28 U.S.C. §§ 2201 and 2202" and "Sections
// 10(b)" of "Sections 10(b) and 20(a)" are "28 U.S.C. § 2201" and
// "Section 10(b)"; the span is the first provision's. Only before a
// number: "Federal Rules of Civil Procedure" is a body of rules.
func listHead(toks []string) []string {
	for k := 0; k+1 < len(toks); k++ {
		if toks[k+1][0] < '0' || toks[k+1][0] > '9' {
			continue
		}
		if one, ok := pluralUnits[toks[k]]; ok {
			toks[k] = one
		} else if k > 0 && toks[k] == "section" && toks[k-1] == "section" {
			return append(toks[:k:k], toks[k+1:]...)
		}
	}
	return toks
}

// codeWords are the normalised names of codes whose sections a text cites
// without "§": "42 U.S.C. 406(b)(1)".
var codeWords = map[string]bool{"usc": true, "cfr": true, "usca": true}

// codeSign drops the section sign after a code's name ("18 U.S.C. §
// 1343"), which its citations write or leave out ("18 U.S.C. 1343"): both
// are one section.
func codeSign(toks []string) []string {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k] == "section" && codeWords[toks[k-1]] {
			return append(toks[:k:k], toks[k+1:]...)
		}
	}
	return toks
}

// articleCodes are the codes whose articles a text cites with the code's
// name after or before the article, as their tokens read.
var articleCodes = map[string]bool{"cplr": true, "c p l r": true, "ucc": true, "u c c": true, "civil practice law and rules": true, "uniform commercial code": true}

// codeArticleFirst writes an article cited after the code's name the way
// it is cited before it: "Article 78 of the CPLR" is "cplr article 78",
// as "CPLR article 78" is. Other tokens come back as they are.
func codeArticleFirst(toks []string) []string {
	if len(toks) < 4 || toks[0] != "article" || toks[2] != "of" {
		return toks
	}
	rest := toks[3:]
	if rest[0] == "the" {
		rest = rest[1:]
	}
	if !articleCodes[strings.Join(rest, " ")] {
		return toks
	}
	return append(slices.Clone(rest), toks[0], toks[1])
}

// codeSection reports whether a code's citation (tokens long: "42 usc 406
// b 1") ends with the section sec ("406 b 1") right after the code's name.
func codeSection(long, sec []string) bool {
	k := len(long) - len(sec)
	return k > 0 && codeWords[long[k-1]] && slices.Equal(long[k:], sec)
}

// givenFirst turns a person's name written surname first around: "Smith,
// Robert" is "Robert Smith", "Van Buren, Martin H." "Martin H. Van Buren".
// A name with a suffix after its comma ("Robert Smith, Jr.") or with more
// than one comma is left as it is.
func givenFirst(name string) string {
	last, first, ok := strings.Cut(name, ",")
	if !ok || strings.Contains(first, ",") {
		return name
	}
	lw, fw := strings.Fields(last), strings.Fields(first)
	if len(lw) == 0 || len(lw) > 2 || len(fw) == 0 || len(fw) > 3 {
		return name
	}
	for _, w := range fw {
		if personSuffixes[strings.ToLower(strings.Trim(w, "."))] {
			return name
		}
	}
	return first + " " + last
}
