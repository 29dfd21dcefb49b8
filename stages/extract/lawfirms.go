package extract

import "strings"

// knownFirms are large US law firms, and the plaintiffs' firms the news
// of class actions and food-borne illness names, by the names filings,
// opinions and the news give them, one per line, "&" where the firm
// writes one. Counsel lists name them without their form ("Steven S.
// Bell, Perkins Coie, Seattle, WA"; "Troutman Sanders, on briefs"), where
// the tagger reads two surnames as a person. Only names that are no person's: two words a given name opens
// ("Bryan Cave", "Paul Hastings") are left out, as knownFirmNames leaves
// out a match that reads as one.
const knownFirms = `
Akin Gump
Akin Gump Strauss Hauer & Feld
Allen & Overy
Alston & Bird
Arent Fox
Armstrong Teasdale
Arnold & Porter
Arnold & Porter Kaye Scholer
Baker & Hostetler
Baker & McKenzie
Baker Botts
Baker Donelson
Baker McKenzie
Baker, Donelson, Bearman, Caldwell & Berkowitz
BakerHostetler
Balch & Bingham
Ballard Spahr
Barnes & Thornburg
Baron & Budd
Bass, Berry & Sims
Berger Montague
Bernstein Litowitz Berger & Grossmann
Blank Rome
Boies Schiller Flexner
Boies, Schiller & Flexner
Bracewell & Giuliani
Bradley Arant Boult Cummings
Brown Rudnick
Brownstein Hyatt Farber Schreck
Bryan Cave Leighton Paisner
Buchanan Ingersoll & Rooney
Burr & Forman
Bursor & Fisher
Butzel Long
Cadwalader, Wickersham & Taft
Cahill Gordon & Reindel
Calfee, Halter & Griswold
Chapman and Cutler
Choate, Hall & Stewart
Cleary Gottlieb
Cleary Gottlieb Steen & Hamilton
Cohen Milstein Sellers & Toll
Covington & Burling
Cozen O'Connor
Cravath, Swaine & Moore
Crowell & Moring
Davis Polk
Davis Polk & Wardwell
Davis Wright Tremaine
Day Pitney
Debevoise & Plimpton
Dickinson Wright
Dinsmore & Shohl
DLA Piper
Dorsey & Whitney
Drinker Biddle & Reath
Dykema Gossett
Eckert Seamans Cherin & Mellott
Eversheds Sutherland
Faegre Baker Daniels
Faegre Drinker Biddle & Reath
Faruqi & Faruqi
Fennemore Craig
Fenwick & West
Finnegan, Henderson, Farabow, Garrett & Dunner
Fish & Richardson
Foley & Lardner
Foley Hoag
Fox Rothschild
Fredrikson & Byron
Freshfields Bruckhaus Deringer
Fried, Frank, Harris, Shriver & Jacobson
Frost Brown Todd
Fulbright & Jaworski
Gardere Wynne Sewell
Gibson Dunn
Gibson, Dunn & Crutcher
Girard Sharp
Glancy Prongay & Murray
Godfrey & Kahn
Goodwin Procter
Gordon Rees Scully Mansukhani
Goulston & Storrs
Greenberg Traurig
Hagens Berman Sobol Shapiro
Hanson Bridgett
Haynes and Boone
Hinckley, Allen & Snyder
Hinshaw & Culbertson
Hogan Lovells
Holland & Hart
Holland & Knight
Honigman Miller Schwartz and Cohn
Hunton & Williams
Hunton Andrews Kurth
Husch Blackwell
Irell & Manella
Jenner & Block
Jones Day
Jones Walker
K&L Gates
Kasowitz Benson Torres
Katten Muchin Rosenman
Keller Rohrback
Kellogg, Huber, Hansen, Todd, Evans & Figel
Kessler Topaz Meltzer & Check
Kilpatrick Townsend & Stockton
King & Spalding
Kirkland & Ellis
Knobbe Martens
Kramer Levin Naftalis & Frankel
Kutak Rock
Labaton Sucharow
Latham & Watkins
Lathrop & Gage
Levi & Korsinsky
Lewis Brisbois Bisgaard & Smith
Lieff Cabraser Heimann & Bernstein
Linklaters
Littler Mendelson
Locke Lord
Loeb & Loeb
Lowenstein Sandler
Manatt, Phelps & Phillips
Marler Clark
Marshall Dennehey Warner Coleman & Goggin
Mayer Brown
McCarter & English
McDermott Will & Emery
McGuireWoods
Milbank, Tweed, Hadley & McCloy
Milberg Coleman Bryson Phillips Grossman
Miller, Canfield, Paddock and Stone
Mintz Levin
Morgan & Morgan
Morgan, Lewis & Bockius
Morrison & Foerster
Motley Rice
Munger, Tolles & Olson
Nelson Mullins Riley & Scarborough
Nixon Peabody
Norton Rose Fulbright
O'Melveny & Myers
Ogletree Deakins
Ogletree, Deakins, Nash, Smoak & Stewart
Orrick, Herrington & Sutcliffe
Parsons Behle & Latimer
Patterson Belknap Webb & Tyler
Paul, Weiss, Rifkind, Wharton & Garrison
Pepper Hamilton
Perkins Coie
Phelps Dunbar
Pillsbury Winthrop Shaw Pittman
Porter Wright Morris & Arthur
Proskauer Rose
Quarles & Brady
Quinn Emanuel
Quinn Emanuel Urquhart & Sullivan
Riker Danzig
Robbins Geller Rudman & Dowd
Robins Kaplan
Robinson & Cole
Ropes & Gray
Saul Ewing Arnstein & Lehr
Schiff Hardin
Schulte Roth & Zabel
Schwabe, Williamson & Wyatt
Seyfarth Shaw
Sheppard Mullin
Sheppard, Mullin, Richter & Hampton
Sherman & Howard
Shipman & Goodwin
Shook, Hardy & Bacon
Shutts & Bowen
Sidley Austin
Sills Cummis & Gross
Simpson Thacher & Bartlett
Skadden, Arps, Slate, Meagher & Flom
Snell & Wilmer
Squire Patton Boggs
Squire Sanders & Dempsey
Steptoe & Johnson
Sterne, Kessler, Goldstein & Fox
Stinson Leonard Street
Stoel Rives
Sullivan & Cromwell
Susman Godfrey
Sutherland Asbill & Brennan
Taft Stettinius & Hollister
Thompson & Knight
Thompson Coburn
Thompson Hine
Tripp Scott
Troutman Pepper
Troutman Sanders
Vedder Price
Venable, Baetjer and Howard
Vinson & Elkins
Wachtell, Lipton, Rosen & Katz
Warner Norcross & Judd
Weil Gotshal
Weil, Gotshal & Manges
Weitz & Luxenberg
White & Case
Wiggin and Dana
Wiley Rein
Williams & Connolly
Willkie Farr & Gallagher
Wilmer Cutler Pickering Hale and Dorr
WilmerHale
Wilson Elser Moskowitz Edelman & Dicker
Wilson Sonsini
Wilson Sonsini Goodrich & Rosati
Winston & Strawn
Wolf Haldenstein Adler Freeman & Herz
Womble Bond Dickinson
Womble Carlyle Sandridge & Rice
`

// firmFormWords are the legal forms a comma may put after a firm's name.
var firmFormWords = wordSet(`llp l.l.p. llc l.l.c. pllc p.l.l.c. p.c. pc p.a. ltd. ltd lpa l.p.a. inc. inc`)

// givenLike are given names that open firms' names: a firm's two words
// without its "&" read as a person's name ("Arnold Porter") and are left
// to the tagger.
var givenLike = wordSet(`arnold bryan clark davis duane fisher gordon holland jackson king lewis michael miller morgan paul ray reed robinson saul spencer thompson wilson white`)

// firmTable indexes knownFirms by their first word's letters ("O" of
// "O'Melveny", "K" of "K&L"; nameTable).
var firmTable = nameTable(knownFirms, func(ws []string) []string {
	k := ws[0]
	if i := strings.IndexFunc(k, func(r rune) bool { return r > 0x7f || !isLetter(byte(r)) }); i > 0 {
		k = k[:i]
	}
	return []string{k}
})

// knownFirmNames returns the firms of knownFirms that t names without
// their legal form, in any case, over line breaks, with "and" for "&" or
// the "&" a web page dropped ("Foley Lardner"). A name that goes on with a
// capitalised word ("Perkins Coie LLP", "Sidley Austin Brown & Wood") is
// left to the firm patterns, as is one a capitalised word opens ("Mr.
// Jones Day" is no firm either way) or two words that read as a person's
// name; so are the bare uses of a firm t names with its form ("Arent Fox
// LLP (Arent Fox)"), which are that name's short form (definedTerms).
func knownFirmNames(t string) []cand {
	var out []cand
	var names []string
	formed := map[string]bool{}
	scanTable(t, firmTable, func(s, e int, name []string) bool {
		key := strings.Join(name, " ")
		if firmGoesOn(t, e) {
			formed[key] = true
			return false
		}
		if !firmStart(t, s) || personLikeFirm(t[s:e]) {
			return false
		}
		out = append(out, cand{typ: TypeOrg, start: s, end: e, source: SourcePattern})
		names = append(names, key)
		return true
	})
	kept := out[:0]
	for k, c := range out {
		if !formed[names[k]] {
			kept = append(kept, c)
		}
	}
	return kept
}

// firmGoesOn reports whether the firm's name ending at e of t goes on: a
// capitalised word or "&" next on its line, or a comma and a legal form
// ("Perkins Coie, LLP").
func firmGoesOn(t string, e int) bool {
	if e < len(t) && (t[e] == '\'' || t[e] == '&') || strings.HasPrefix(t[e:], "’") {
		return true
	}
	if c, ok := strings.CutPrefix(t[e:], ","); ok {
		ws, we, ok := nextWord(c, 0)
		return ok && firmFormWords[strings.ToLower(strings.TrimRight(c[ws:we], ",;"))]
	}
	ws, we, ok := nextWord(t, e)
	if !ok || strings.Contains(t[e:ws], "\n") {
		return false
	}
	w := t[ws:we]
	return w == "&" || capitalised(w)
}

// firmStart reports whether a firm's name may start at s of t: not after a
// capitalised word on its line that has no punctuation of its own (a given
// name, another partner) or a person's title ("Mr.", titleWords).
func firmStart(t string, s int) bool {
	ps, pe, ok := prevWord(t, s)
	if !ok || strings.Contains(t[pe:s], "\n") {
		return true
	}
	p := t[ps:pe]
	return !capitalised(p) || strings.ContainsAny(p, ".;:()") && !titleWords[strings.ToLower(p)]
}

// personLikeFirm reports whether a matched firm's text is two words a
// given name opens, which may be a person's ("Arnold Porter").
func personLikeFirm(s string) bool {
	f := strings.Fields(s)
	return len(f) == 2 && givenLike[strings.ToLower(f[0])]
}
