package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/docpipe/docpipe/internal/runscan"
)

// knownPlaces are cities, boroughs and countries that no person is named
// ("Baton Rouge", "Sacramento", "El Salvador"), which the tagger sometimes
// reads as people; the places that are surnames or given names too
// ("Austin", "Madison", "Charlotte", "Jackson") are left out, as are those
// the patterns' own list has (locations).
var knownPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(`Sacramento|San Bernardino|San Diego|San Jose|San Antonio|Tucson|Albuquerque|Baton Rouge|`+
		`Brooklyn|Manhattan|Bronx|Staten Island|Albany|Buffalo|Syracuse|Poughkeepsie|Mineola|Yonkers|Newark|Trenton|Hoboken|`+
		`Jersey City|Honolulu|Anchorage|Juneau|Boise|Spokane|Tacoma|Reno|Las Vegas|Cheyenne|Missoula|Omaha|Topeka|Wichita|Tulsa|`+
		`Oklahoma City|Little Rock|North Little Rock|Memphis|Nashville|Knoxville|Chattanooga|Louisville|Cincinnati|Toledo|Akron|`+
		`Indianapolis|Milwaukee|Minneapolis|Des Moines|West Des Moines|Sioux Falls|Fargo|Bismarck|Tallahassee|Jacksonville|Tampa|`+
		`Gainesville|Greensboro|Norfolk|Newport News|Annapolis|Wilmington|Providence|Worcester|Harrisburg|Scranton|Allentown|McAllen|El Paso|`+
		`Corpus Christi|Lubbock|Amarillo|Laredo|Brownsville|Galveston|Waco|Fort Worth|Shreveport|Tupelo|Gulfport|Biloxi|Slidell|`+
		`Towson|Rockville|Bethesda|Ciudad Juarez|Tijuana|Guadalajara|Monterrey|El Salvador|Guatemala|Honduras|Nicaragua|Venezuela|`+
		`Ecuador|Bolivia|Jamaica|Haiti|Dominican Republic|Lebanon|Syria|Yemen|Somalia|Ethiopia|Sudan|Ghana|Morocco|Algeria|Tunisia|`+
		`Libya|Greece|Hungary|Romania|Bulgaria|Serbia|Croatia|Czech Republic|Slovakia|Belarus|Kazakhstan|Uzbekistan|Bangladesh|`+
		`Sri Lanka|Nepal|Myanmar|Cambodia|Mongolia`, "|") {
		m[p] = true
		m[strings.ToUpper(p)] = true
	}
	return m
}()

// knownPlace reports whether name is a place the lists know: a state, a
// country or a city (placeWords, in any case; knownPlaces as it writes
// them).
func knownPlace(name string) bool {
	return placeWords(strings.Fields(name)) || knownPlaces[name]
}

// hyphenWords are the words after a place's name and a hyphen that make
// it an adjective of a company, a home or a person: "Florida-based", "San
// Diego-area", "London-born", "Ireland-registered".
var hyphenWords = []string{"-based", "-area", "-born", "-headquartered", "-registered"}

// townHyphenWords are those of hyphenWords after which a name no list
// knows is a place too ("Chaska-based", "the Roanoke-area home"): a
// company is based and a home lies in a town as often as in a state. A
// person is born and a company registered in a nation, whose adjective
// ("Korean-born") no list tells from a town.
var townHyphenWords = map[string]bool{"-based": true, "-area": true}

// hyphenPlaceBefore is the capitalised words, up to three, that end right
// before one of hyphenWords, a saint's, a fort's or a mount's abbreviation
// among them ("St. Louis-based").
var hyphenPlaceBefore = regexp.MustCompile(`\b(?:(?:[A-Z][a-z]+|St\.|Ft\.|Mt\.)[ \t]){0,2}[A-Z][a-z]+$`)

// hyphenPlaces returns the places before hyphenWords, the longest run of
// the words before the hyphen that the lists know (knownPlace: "New York"
// of "a New York-based bank", not "a New"), else a town's name before
// townHyphenWords (townBefore); a word the hyphen's word runs on into
// ("Ohio-bornholm") makes none.
func hyphenPlaces(t string) []cand {
	if !containsAny(t, hyphenWords) {
		return nil
	}
	var out []cand
	for _, w := range hyphenWords {
		for k := range occurrences(t, w, 0) {
			if e := k + len(w); e < len(t) && isLetter(t[e]) {
				continue
			}
			from := max(0, k-48)
			m := hyphenPlaceBefore.FindStringIndex(t[from:k])
			if m == nil {
				continue
			}
			known := false
			for s := from + m[0]; s < k; s = strings.IndexAny(t[s:k], " \t") + s + 1 {
				if knownPlace(t[s:k]) {
					out = append(out, cand{typ: TypeLocation, start: s, end: k, source: SourcePattern})
					known = true
					break
				}
				if !strings.ContainsAny(t[s:k], " \t") {
					break
				}
			}
			if !known && townHyphenWords[w] {
				if s := townBefore(t, from+m[0], k); s >= 0 {
					out = append(out, cand{typ: TypeLocation, start: s, end: k, source: SourcePattern})
				}
			}
		}
	}
	return out
}

// townBefore returns where a town's name no list knows starts in t[s:k],
// the capitalised words before a hyphen: its last word alone, or from a
// word that opens a town's name of two or three words (townHeads: "Red
// Wing", "San Juan Bautista", "Federal Way"), or from the word before a
// town's kind that ends it (townKinds: "Post Falls", "Napa Valley"; with
// a head word before them, "Salt Lake City", "West Palm Beach"); a
// number, a quantifier or a headline's verb before it is none of it ("Two
// Chaska-based companies", "Workers Sue Chaska-based Maker"). The last
// word is no function, title, role, organisation, court or filing word,
// month, direction or common word (noTownWord), no word the text writes
// in lower case too ("Polyester-based" where it says "polyester"), no
// nation's adjective ("Japanese-based"), no known company's name and no
// party of a case the text cites ("Brady-based" where it cites Brady v.
// Maryland). -1 if no such name.
func townBefore(t string, s, k int) int {
	ws := words(t[s:k], s)
	if len(ws) == 0 {
		return -1
	}
	last := ws[len(ws)-1].text
	lw := strings.ToLower(last)
	if townKinds[lw] {
		if len(ws) < 2 || noTownWord(ws[len(ws)-2].text) {
			return -1
		}
		if len(ws) >= 3 && townHeads[strings.ToLower(ws[len(ws)-3].text)] {
			return ws[len(ws)-3].start // "Salt Lake City", "West Palm Beach"
		}
		return ws[len(ws)-2].start
	}
	if noTownWord(last) || lowerInText(t, lw) || slices.ContainsFunc(nationEndings, func(e string) bool { return strings.HasSuffix(lw, e) }) ||
		slices.Contains(knownOrgs, last) || strings.Contains(t, last+" v.") || strings.Contains(t, "v. "+last) {
		return -1
	}
	for j := max(0, len(ws)-3); j < len(ws)-1; j++ {
		if townHeads[strings.ToLower(ws[j].text)] && !slices.ContainsFunc(ws[j+1:len(ws)-1], func(w word) bool { return noTownWord(w.text) }) {
			return ws[j].start
		}
	}
	return ws[len(ws)-1].start
}

// noTownWord reports whether a capitalised word before a hyphen is no
// town's: a function, title, role, organisation, court or filing word, a
// month, a direction, a common word (hyphenCommon) or a headline's verb.
func noTownWord(w string) bool {
	lw := strings.ToLower(w)
	return leadingNoise[lw] || titleWords[lw] || roleWords[lw] || jobWords[lw] || orgWords[lw] || courtWords[lw] || docWords[lw] ||
		months[lw] || notUnitWords[lw] || hyphenCommon[lw] || headlineWords[lw] || bareDirection.MatchString(w)
}

// townHeads open towns' names of two or three words: "San Juan
// Bautista", "Red Wing", "Federal Way", "Eau Claire", "Oak Brook".
var townHeads = wordSet(`san santa los las el la le de st. ft. mt. fort port mount new north south east west upper lower lake palm grand
	great little big glen eau oak red salt cedar royal golden post lost federal beverly baton sioux cape coral pine rock green white
	black silver long high`)

// townKinds end towns' and counties' names, whose word before them is
// theirs: "Post Falls", "Napa Valley", "Morris County".
var townKinds = wordSet(`city county valley hills falls beach springs park heights lake bay harbor point creek grove rapids bluffs
	island village township borough parish`)

// hyphenCommon are words a text capitalises before "-based" that name no
// town and that it may never write in lower case: "Web-based",
// "Faith-based", "Alcohol-based", products' and programs' names ("Java",
// "Medicare") and nations' and faiths' adjectives no ending tells
// ("French", "Catholic").
var hyphenCommon = wordSet(`web internet cloud computer software faith community evidence plant science merit fee risk market
	value home school team skill performance alcohol java windows linux android excel mac bitcoin blockchain medicare medicaid
	amazon harvard stock employment equity share asset cost cash paper text water oil soy petroleum race gender need fact hospital
	government state federal metro area french german swiss dutch israeli greek thai catholic muslim jewish street square coast bank
	cities tesla oracle unix salesforce bible biblical islamic marxist darwin christ keto kosher agile`)

// nationEndings end a nation's adjective, no town's name: "Japanese",
// "Italian", "Mexican", "Korean", "British".
var nationEndings = []string{"ese", "ian", "can", "ean", "ish"}

// headlineWords are a headline's verbs and prepositions that a town's
// name capitalised as they are may follow: "Judge Rules Against
// Petoskey-based Firm", "Ford Sues Chaska-based Maker".
var headlineWords = wordSet(`against over into onto near about between through across toward towards versus vs vs. v. says sues
	sued wins loses buys sells acquires rules files settles faces joins names hires fines charges blocks backs`)

// lowerInText reports whether t writes the lower-case word w as a word of
// its own.
func lowerInText(t, w string) bool {
	for i := range occurrences(t, w, 0) {
		if wholeWord(t, i, i+len(w)) {
			return true
		}
	}
	return false
}

// municipality is a town's, a city's, a village's, a borough's or a
// township's name after its kind and "of" ("Town of Hebron", "City of
// North Little Rock"): group 1 is the name.
var municipality = regexp.MustCompile(`\b(?:Town|City|Village|Borough|Township)[ \t]+of[ \t]+((?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]{2,})\b`)

// municipalPlaces makes a municipality's name alone a place where the
// text names the municipality by its kind too ("the Town of Hebron" …
// "112.5 acres of property in Hebron"): the tagger reads a small town's
// name alone as nothing or as a person. A name another capitalised word
// touches ("Hebron Planning Board", "in West Hebron") or that follows
// "of" is another name's part; one the tagger read as a person or an
// organisation is the place; one any other mention covers stays as it
// is.
func municipalPlaces(t string, cs []cand) []cand {
	if !containsAny(t, []string{"Town of", "City of", "Village of", "Borough of", "Township of"}) {
		return cs
	}
	seen := map[string]bool{}
	for _, m := range municipality.FindAllStringSubmatchIndex(t, -1) {
		name := t[m[2]:m[3]]
		if seen[name] {
			continue
		}
		seen[name] = true
	next:
		for s := range occurrences(t, name, 0) {
			e := s + len(name)
			if !wholeWord(t, s, e) {
				continue
			}
			if ps, pe, ok := prevWord(t, s); ok && (t[ps:pe] == "of" || capitalised(t[ps:pe]) && !strings.HasSuffix(t[ps:pe], ".")) {
				continue
			}
			if ns, ne, ok := nextWord(t, e); ok && capitalised(t[ns:ne]) {
				continue
			}
			for i, c := range cs {
				if c.start < e && s < c.end {
					if c.start == s && c.end == e && (c.typ == TypePerson || c.typ == TypeOrg) && c.source == SourceModel {
						cs[i].typ = TypeLocation
					}
					continue next
				}
			}
			cs = append(cs, cand{typ: TypeLocation, start: s, end: e, source: SourcePattern})
		}
	}
	return cs
}

// stateByKind is a state's name by its kind: "STATE OF IDAHO",
// "Commonwealth of Kentucky" (a name of two words at most).
const stateByKind = `(?:STATE|COMMONWEALTH|State|Commonwealth)[ \t]+(?:OF|of)[ \t]+[A-Z][A-Za-z]*(?:[ \t]+[A-Z][A-Za-z]*)?`

var (
	// stateListedBefore is another state of a list right before a name,
	// a semicolon or a comma between them ("STATE OF IDAHO; ").
	stateListedBefore = regexp.MustCompile(stateByKind + `[ \t]*[;,][ \t\n]*$`)
	// stateListedAfter is another state of a list right after a name.
	stateListedAfter = regexp.MustCompile(`^[ \t]*[;,][ \t\n]*` + stateByKind)
)

// stateListParties makes each state of a list of three or more states
// named by their kind ("STATE OF HAWAII; STATE OF IDAHO; STATE OF
// ILLINOIS") an organisation: a caption's states that appear as amici or
// parties take part in the case, as a multistate settlement's do; a
// state named by its kind alone, or two, stay places.
func stateListParties(t string, cs []cand) []cand {
	if !containsAny(t, []string{"STATE OF", "State of", "COMMONWEALTH OF", "Commonwealth of"}) {
		return cs
	}
	for i, c := range cs {
		if c.typ != TypeLocation || !polityName.MatchString(t[c.start:c.end]) {
			continue
		}
		// Up to two neighbours on each side; a list's separator after
		// the name goes on with it ("STATE OF IDAHO; STATE OF ILLINOIS;
		// and the DISTRICT OF COLUMBIA").
		before, after := 0, 0
		for s := c.start; before < 2; before++ {
			m := stateListedBefore.FindStringIndex(t[max(0, s-48):s])
			if m == nil {
				break
			}
			s = max(0, s-48) + m[0]
		}
		for e := c.end; after < 2; after++ {
			m := stateListedAfter.FindStringIndex(t[e:min(len(t), e+48)])
			if m == nil {
				break
			}
			e += m[1]
		}
		separated := c.end < len(t) && (t[c.end] == ';' || t[c.end] == ',')
		if before == 2 || after == 2 || before == 1 && (after == 1 || separated) {
			cs[i].typ = TypeOrg
		}
	}
	return cs
}

// waterBody is a body of water or a coast named by its kind: before its
// name with "of" ("Gulf of Mexico", "Bay of Fundy", "Strait of Juan de
// Fuca", "Gulf Coast of Texas", "Lake of the Ozarks") or after it
// ("Long Island Sound", "Santa Ana River Watershed", "Peacock Lagoon"),
// which the tagger reads as the place inside or as nothing.
var waterBody = regexp.MustCompile(`\b(?:(?:Gulf[ \t]+Coast|Gulf|Bay|Straits?|Sea|Lake)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+(?:de[ \t]+)?[A-Z][a-z]+){0,2}` +
	`|(?:[A-Z][a-z]+[ \t]+){1,3}(?:Sound|Watershed|Estuary|Inlet|Lagoon))\b`)

// waterKinds are the kinds' words one of which every waterBody has.
var waterKinds = []string{"Gulf", "Bay", "Strait", "Sea", "Lake", "Sound", "Watershed", "Estuary", "Inlet", "Lagoon"}

// waterBodyRuns searches waterBody in the runs of its alphabet that hold
// a kind's word: its second form opens with repeated words, which an
// unanchored search would try at every byte.
var waterBodyRuns = runscan.New(waterBody, waterKinds...)

// waterBodies returns the bodies of water waterBody finds, past a
// determiner or a signal that opens them ("The Bay of Fundy").
func waterBodies(t string) []cand {
	if !containsAny(t, waterKinds) {
		return nil
	}
	var out []cand
	for _, m := range waterBodyRuns.FindAllStringSubmatchIndex(t) {
		ws := strings.Fields(t[m[0]:m[1]])
		n := leadingWords(ws, 1, nameOpener)
		out = append(out, cand{typ: TypeLocation, start: afterWords(t, m[0], n), end: m[1], source: SourcePattern})
	}
	return out
}
