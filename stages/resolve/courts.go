package resolve

import (
	"slices"
	"strconv"
	"strings"

	"github.com/docpipe/docpipe/stages/extract"
)

// ordinals spell the federal circuits.
var ordinals = map[string]string{
	"1st": "1", "first": "1", "2d": "2", "2nd": "2", "second": "2", "3d": "3", "3rd": "3", "third": "3",
	"4th": "4", "fourth": "4", "5th": "5", "fifth": "5", "6th": "6", "sixth": "6", "7th": "7", "seventh": "7",
	"8th": "8", "eighth": "8", "9th": "9", "ninth": "9", "10th": "10", "tenth": "10", "11th": "11",
	"eleventh": "11", "dc": "dc", "federal": "federal",
}

// districtParts are the parts of a state with a federal district court.
var districtParts = map[string]string{
	"n": "northern", "northern": "northern", "s": "southern", "southern": "southern", "e": "eastern",
	"eastern": "eastern", "w": "western", "western": "western", "m": "middle", "middle": "middle",
	"c": "central", "central": "central",
}

// courtKey names a federal court of appeals or district court by one key
// whatever the spelling: "1st Cir.", "First Circuit" and "United States
// Court of Appeals for the First Circuit" are "circuit 1"; "D. Me." and
// "United States District Court for the District of Maine" are "district
// maine"; "S.D.N.Y." and "Southern District of New York" are "district
// southern new york". Other courts (state courts, "Circuit Court of St.
// Charles County") give "". toks are normalised tokens. A bankruptcy
// court is its district's key after "bankruptcy"; the federal courts of
// special jurisdiction and the states' other courts have the keys
// specialCourtKey and stateKindKey give.
func courtKey(toks []string) string {
	if k := bankruptcyKey(toks); k != "" {
		return k
	}
	if k := specialCourtKey(toks); k != "" {
		return k
	}
	// A federal district's division is where the court sits, not another
	// court: "… Eastern District of Texas, Tyler Division", "N.D.
	// Georgia, Atlanta Division".
	if n := len(toks); n > 3 && toks[n-1] == "division" && contains1(toks, "district") && !divisionKinds[toks[n-2]] {
		if _, numbered := divisionNumbers[toks[n-2]]; !numbered {
			toks = toks[:n-2]
		}
	}
	// Courts of appeals: an ordinal right before "circuit"/"cir", or the
	// District of Columbia's ("Court of Appeals, District of Columbia
	// Circuit" is "D.C. Cir.").
	// Louisiana's courts of appeal have circuits of their own: "Court of
	// Appeal of Louisiana, First Circuit" is no federal court.
	for i := 1; i < len(toks) && !contains1(toks, "louisiana"); i++ {
		if toks[i] != "circuit" && toks[i] != "cir" {
			continue
		}
		if i >= 3 && toks[i-1] == "columbia" && toks[i-2] == "of" && toks[i-3] == "district" {
			toks = append(append(toks[:i-3:i-3], "dc"), toks[i:]...)
			i -= 2
		}
		n, ok := ordinals[toks[i-1]]
		if !ok {
			return ""
		}
		// "Fifth Circuit Court of Appeals", "Court of Appeals for the
		// Fifth Circuit", "5th Cir.": nothing else may name a place.
		for j, t := range toks {
			if j == i || j == i-1 {
				continue
			}
			switch t {
			case "united", "states", "us", "court", "of", "appeals", "for":
			default:
				return ""
			}
		}
		return "circuit " + n
	}
	// District courts written out: "[United States District Court for
	// the] [Southern] District of New York", and by the name they had
	// before 1948, "District Court of the United States for the …".
	if len(toks) > 5 && slices.Equal(toks[:5], []string{"district", "court", "of", "united", "states"}) {
		toks = append([]string{"united", "states", "district", "court"}, toks[5:]...)
	}
	for i, t := range toks {
		if t != "district" || i+2 >= len(toks) || toks[i+1] != "of" {
			continue
		}
		part := ""
		if i > 0 {
			part = districtParts[toks[i-1]]
		}
		for j := 0; j < i; j++ {
			switch toks[j] {
			case "united", "states", "us", "district", "court", "for":
			default:
				if !(j == i-1 && part != "") {
					return ""
				}
			}
		}
		name := strings.Join(toks[i+2:], " ")
		if name == "columbia" {
			name = "district of columbia" // "District of Columbia", as "D.D.C." names it
		}
		return strings.TrimSpace("district " + part + " " + name)
	}
	// "Mo. banc": the Supreme Court of Missouri, which sits en banc, as
	// citations name it.
	if len(toks) == 2 && toks[1] == "banc" {
		if st, ok := extract.CitationStates[toks[0]]; ok {
			return "supreme " + st
		}
	}
	if k := stateCourtKey(toks); k != "" {
		return k
	}
	if k := stateKindKey(toks); k != "" {
		return k
	}
	// Abbreviations: "d me", "wd okla", "sdny", "d mass", after the
	// court's kind ("United States District Court, E.D. Pennsylvania"),
	// the state abbreviated or not.
	rest := toks
	for len(rest) > 0 && districtPrefix[rest[0]] {
		rest = rest[1:]
	}
	s := strings.Join(rest, "")
	for _, p := range []string{"n", "s", "e", "w", "m", "c", ""} {
		after, ok := strings.CutPrefix(s, p+"d")
		if !ok || len(rest) > 4 {
			continue
		}
		if st, ok := extract.CitationStates[after]; ok {
			return strings.TrimSpace("district " + districtParts[p] + " " + st)
		}
		if st, ok := squashedStates[after]; ok {
			return strings.TrimSpace("district " + districtParts[p] + " " + st)
		}
	}
	return ""
}

// divisionKinds are the words before "Division" that name a court's
// division by its business, not by where it sits.
var divisionKinds = map[string]bool{"appellate": true, "criminal": true, "civil": true, "family": true, "juvenile": true,
	"law": true, "chancery": true, "probate": true, "trial": true, "general": true, "equity": true, "commercial": true}

// districtPrefix are the words of a district court's kind before its
// district's abbreviation: "United States District Court, E.D.".
var districtPrefix = map[string]bool{"united": true, "states": true, "us": true, "district": true, "court": true}

// squashedStates are the states' names without spaces ("newyork"), for a
// district's abbreviation with the state written out ("E.D.
// Pennsylvania", "S.D. New York").
var squashedStates = func() map[string]string {
	m := map[string]string{}
	for st := range extract.StateNames {
		m[strings.ReplaceAll(st, " ", "")] = st
	}
	m["columbia"] = "district of columbia" // "D. Columbia"
	return m
}()

// bankruptcyKey names a bankruptcy court by its district: "United States
// Bankruptcy Court for the Southern District of New York", "UNITED STATES
// BANKRUPTCY COURT SOUTHERN DISTRICT OF NEW YORK" and "Bankr. S.D.N.Y."
// are "bankruptcy southern new york", which neither contains the district
// court's key nor is contained in it. Anything else gives "".
func bankruptcyKey(toks []string) string {
	var rest []string
	found := false
	for _, t := range toks {
		if t == "bankruptcy" || t == "bankr" {
			found = true
			continue
		}
		rest = append(rest, t)
	}
	if !found || len(rest) == 0 {
		return ""
	}
	if k, ok := strings.CutPrefix(courtKey(rest), "district "); ok {
		return "bankruptcy " + k
	}
	return ""
}

// specialCourts are the federal courts of special jurisdiction by their
// names and citation forms, normalised and without "United States":
// "court of federal claims" and "federal cl" ("Fed. Cl.") are "federal
// claims".
var specialCourts = map[string]string{
	"court of federal claims": "federal claims", "federal cl": "federal claims",
	"court of international trade": "international trade", "ct intl trade": "international trade", "ct int trade": "international trade",
	"court of appeals for veterans claims": "veterans claims", "vet app": "veterans claims",
	"court of appeals for armed forces": "armed forces", "caaf": "armed forces",
	"tax court": "us tax court",
}

// specialCourtKey names a federal court of special jurisdiction by one key
// whatever the spelling ("United States Court of Federal Claims", "Court
// of Federal Claims", "Fed. Cl."), or gives "".
func specialCourtKey(toks []string) string {
	return specialCourts[strings.Join(withoutCountry(toks), " ")]
}

// highestCourts are the keys (stateKindKey's) of the highest courts that
// are no supreme court, which a citation's state abbreviation names
// ("(Mass. 1975)", "(N.Y. 1990)"): New York's supreme court is a trial
// court.
var highestCourts = map[string]string{
	"massachusetts": "massachusetts supreme judicial",
	"maine":         "maine supreme judicial",
	"new york":      "new york appeals",
}

// stateCourtKey names a state's supreme court and Florida's district courts
// of appeal by one key: "Supreme Court of Florida", "Florida Supreme Court"
// and the citation's "Fla." alone (a state's abbreviation in a citation's
// parenthetical names its highest court, highestCourts where that is no
// supreme court) are "supreme florida"; "Second
// District Court of Appeal" and "Fla. 2d DCA" are "dca 2". Anything else
// gives "".
func stateCourtKey(toks []string) string {
	n := len(toks)
	switch {
	case n >= 4 && toks[0] == "supreme" && toks[1] == "court" && toks[2] == "of":
		rest := strings.Join(toks[3:], " ")
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "the "), "state of ")
		if extract.StateNames[rest] {
			return "supreme " + rest
		}
		// New York's supreme court sits in each county: "Supreme Court of
		// the State of New York, Kings County" is "supreme new york county
		// kings", which the court named without its county contains.
		if w := strings.Fields(rest); len(w) >= 3 && w[len(w)-1] == "county" {
			for k := len(w) - 2; k >= 1 && k >= len(w)-3; k-- {
				if st := strings.Join(w[:k], " "); extract.StateNames[st] {
					return "supreme " + st + " county " + strings.Join(w[k:len(w)-1], " ")
				}
			}
		}
	case n >= 3 && toks[n-2] == "supreme" && toks[n-1] == "court":
		if st := strings.Join(toks[:n-2], " "); extract.StateNames[st] {
			return "supreme " + st
		}
	case n == 1:
		if st, ok := extract.CitationStates[toks[0]]; ok && st != "district of columbia" {
			if k, ok := highestCourts[st]; ok {
				return k
			}
			return "supreme " + st
		}
	case n == 5 && toks[1] == "district" && toks[2] == "court" && toks[3] == "of" && toks[4] == "appeal":
		if o, ok := ordinals[toks[0]]; ok {
			return "dca " + o
		}
	case n >= 6 && toks[0] == "district" && toks[1] == "court" && toks[2] == "of" && toks[3] == "appeal":
		// "District Court of Appeal of Florida, Fourth District", "…
		// FIRST DISTRICT, STATE OF FLORIDA": the district after the name.
		for i := 4; i+1 < n; i++ {
			if o, ok := ordinals[toks[i]]; ok && toks[i+1] == "district" {
				return "dca " + o
			}
		}
	case n == 3 && toks[0] == "fla" && toks[2] == "dca":
		if o, ok := ordinals[toks[1]]; ok {
			return "dca " + o
		}
	}
	return ""
}

// kindAbbrevs expand the words of courts' citation forms ("Colo. App.",
// "Pa. Super. Ct.", "Tex. Crim. App.", "Md. Ct. Spec. App.").
var kindAbbrevs = map[string]string{
	"ct": "court", "app": "appeals", "crim": "criminal", "civ": "civil", "spec": "special", "super": "superior",
	"commw": "commonwealth", "cmwlth": "commonwealth", "ch": "chancery", "sup": "supreme", "cl": "claims",
}

// stateKinds are the kinds of a state's courts, as their words read once
// kindAbbrevs expanded them and "of" is dropped, with the key of each:
// "court appeals" (of "Court of Appeals of Ohio" or "Ohio Ct. App.") is
// "appeals". A state with one court of a kind names it.
var stateKinds = map[string]string{
	"court appeals": "appeals", "court appeal": "appeals", "appellate court": "appeals", "appeals court": "appeals",
	"appeals": "appeals", "intermediate court appeals": "appeals",
	"court criminal appeals": "criminal appeals", "criminal appeals": "criminal appeals",
	"court civil appeals": "civil appeals", "civil appeals": "civil appeals",
	"court special appeals": "special appeals", "special appeals": "special appeals",
	"superior court": "superior", "superior": "superior",
	"commonwealth court": "commonwealth", "commonwealth": "commonwealth",
	"supreme judicial court": "supreme judicial", "court claims": "claims", "tax court": "tax",
	"court chancery": "chancery", "chancery court": "chancery", "chancery": "chancery",
	"supreme court": "supreme", "supreme": "supreme",
	"appellate division": "appellate division", "supreme court appellate division": "appellate division",
	"appeals division": "appellate division", "superior court appellate division": "appellate division",
}

// soleCourts are the kinds of court only one state has, which their names
// alone name: Pennsylvania's Commonwealth Court, Maryland's Court of
// Special Appeals.
var soleCourts = map[string]string{"commonwealth": "pennsylvania", "special appeals": "maryland"}

// divisionNumbers number a court's divisions in words and Roman numerals.
var divisionNumbers = map[string]string{
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
	"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "twelfth": "12", "thirteenth": "13", "fourteenth": "14",
}

// texasSeatWords are the words of a Texas court of appeals' district
// and seat after its name; texasSeats number the districts by their
// seats' last words (Houston has two, named by their numbers: "1st",
// "14th"). Both are read off extract.TexasDistricts.
var texasSeatWords, texasSeats = func() (map[string]bool, map[string]string) {
	words := map[string]bool{"1st": true, "14th": true, "district": true, "dist": true, "at": true}
	seats := map[string]string{"1st": "first", "14th": "fourteenth"}
	shared := map[string]int{}
	for _, names := range extract.TexasDistricts {
		for _, n := range names {
			shared[n]++
		}
	}
	for district, names := range extract.TexasDistricts {
		words[district] = true
		for _, n := range names {
			f := strings.Fields(strings.ToLower(strings.ReplaceAll(n, "-", " ")))
			for _, w := range f {
				words[w] = true
			}
			if shared[n] == 1 {
				seats[f[len(f)-1]] = district
			}
		}
	}
	return words, seats
}()

// texasDistrict is a Texas court of appeals' district after "texas" in
// toks, named by its seat or its number ("… of Texas, San Antonio" and
// "… of Texas, Fourth District" are the fourth), and ok when the words
// after "texas" are only its district and seat.
func texasDistrict(tail []string) (district string, ok bool) {
	for _, t := range tail {
		if !texasSeatWords[t] {
			return "", false
		}
		if _, ordinal := extract.TexasDistricts[t]; ordinal {
			district = t // "fourth"
		}
	}
	if district == "" {
		for _, t := range tail {
			if d, ok := texasSeats[t]; ok {
				district = d
			}
		}
	}
	return district, true
}

// stateKindKey names a state's court by its state, its kind and its
// district or division, whatever the order and the spelling: "COLORADO
// COURT OF APPEALS", "Court of Appeals of the State of Colorado" and
// "Colo. App." are "colorado appeals"; "Court of Appeals of Ohio, Eighth
// Appellate District" is "ohio appeals district eighth", which contains
// "ohio appeals" (the court without its district) but not "ohio criminal
// appeals"; "Superior Court of Pennsylvania" and "Pa. Super. Ct." are
// "pennsylvania superior"; "Commonwealth Court" alone is "pennsylvania
// commonwealth"; "Court of Appeals of Tennessee at Nashville" is
// "tennessee appeals". A supreme court's key is stateCourtKey's form ("supreme
// new york" of "N.Y. Sup. Ct."). A court of another form gives "".
func stateKindKey(toks []string) string {
	// "Court of Appeals of Tennessee at Nashville": the seat a court sits
	// at is no other court.
	if n := len(toks); n > 3 && toks[n-2] == "at" {
		toks = toks[:n-2]
	}
	// "Court of Appeals of Texas, San Antonio" is "Court of Appeals of
	// Texas, Fourth District", whose key contains "Tex. App."'s.
	if i := slices.Index(toks, "texas"); i > 0 && i < len(toks)-1 {
		if d, ok := texasDistrict(toks[i+1:]); ok {
			toks = toks[: i+1 : i+1]
			if d != "" {
				toks = append(toks, d, "district")
			}
		}
	}
	state, rest, cited := "", toks, false
	// A citation's state abbreviation opens it ("Colo. App."); a name
	// writes the state before its kind or after "of" ("of the State of").
	if len(toks) > 1 {
		if st, ok := extract.CitationStates[toks[0]]; ok {
			state, rest, cited = st, toks[1:], true
		}
	}
	if state == "" {
		for i := range toks {
			for n := 3; n >= 1; n-- {
				if i+n <= len(toks) && extract.StateNames[strings.Join(toks[i:i+n], " ")] {
					state = strings.Join(toks[i:i+n], " ")
					k := i
					// "of [the] State of": the state's own words.
					for k > 0 && (toks[k-1] == "of" || toks[k-1] == "state" && k > 1 && toks[k-2] == "of" || toks[k-1] == "commonwealth" && k > 1 && toks[k-2] == "of") {
						k--
					}
					rest = append(append([]string(nil), toks[:k]...), toks[i+n:]...)
					break
				}
			}
			if state != "" {
				break
			}
		}
	}
	var words []string
	for i, t := range rest {
		if t == "of" || t == "for" {
			continue
		}
		if e, ok := kindAbbrevs[t]; ok {
			t = e
			// "App. Div.": the appellate division.
			if t == "appeals" && i+1 < len(rest) && rest[i+1] == "division" {
				t = "appellate"
			}
		}
		words = append(words, t)
	}
	// The kind is the longest run of words from the start that stateKinds
	// knows; the district or division follows.
	kind, n := "", 0
	for k := len(words); k > 0; k-- {
		if v, ok := stateKinds[strings.Join(words[:k], " ")]; ok {
			kind, n = v, k
			break
		}
	}
	if kind == "" {
		return ""
	}
	if state == "" {
		state = soleCourts[kind]
	}
	if state == "" {
		return ""
	}
	div, ok := courtDivisionKey(words[n:])
	if !ok {
		return ""
	}
	if kind == "supreme" {
		return "supreme " + state + div
	}
	// "Md. App." cites Maryland's Court of Special Appeals; its Court of
	// Appeals was the state's highest court.
	if cited && state == "maryland" && kind == "appeals" {
		kind = "special appeals"
	}
	return state + " " + kind + div
}

// courtDivisionKey reads the district, department or division after a
// state court's kind: "eighth appellate district" and "8th district" are
// " district eighth", "second department" " department second", "eastern
// district" and "ed" (of "E.D.") " district eastern", "division one"
// " division first", nothing "". Numbers are written in words, so that
// the court without its district contains the key (resolve keeps names
// of different numbers apart). ok is false for any other words.
func courtDivisionKey(toks []string) (string, bool) {
	key := ""
	for len(toks) > 0 {
		n, isOrd := ordinals[toks[0]]
		if !isOrd {
			n, isOrd = divisionNumbers[toks[0]]
		}
		part, isPart := districtParts[toks[0]]
		// "Mo. App. E.D.": the part and "district" in one token.
		if p, ok := strings.CutSuffix(toks[0], "d"); ok && len(toks[0]) == 2 && districtParts[p] != "" {
			key += " district " + districtParts[p]
			toks = toks[1:]
			continue
		}
		switch {
		case (isOrd || isPart) && len(toks) >= 2:
			if isPart {
				n = part
			}
			k := 1
			if toks[k] == "appellate" || toks[k] == "judicial" {
				k++
			}
			if k >= len(toks) {
				return "", false
			}
			switch toks[k] {
			case "district", "d", "dist":
				key += " district " + numberWord(n)
			case "circuit", "cir":
				// Louisiana's courts of appeal: "First Circuit".
				key += " circuit " + numberWord(n)
			case "department", "dept":
				key += " department " + numberWord(n)
			default:
				return "", false
			}
			toks = toks[k+1:]
		case (toks[0] == "division" || toks[0] == "div") && len(toks) >= 2:
			d, ok := ordinals[toks[1]]
			if !ok {
				d, ok = divisionNumbers[toks[1]]
			}
			if !ok {
				return "", false
			}
			key += " division " + numberWord(d)
			toks = toks[2:]
		default:
			return "", false
		}
	}
	return key, true
}

// numberWords write the numbers of courts' districts as ordinal words.
var numberWords = strings.Fields(`zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh
	twelfth thirteenth fourteenth`)

// numberWord writes n ("8") as its ordinal word ("eighth"); a part
// ("eastern") or a number past the table stays as it is.
func numberWord(n string) string {
	for i, w := range numberWords {
		if n == strconv.Itoa(i) {
			return w
		}
	}
	return n
}
