package extract

import (
	"regexp"
	"strings"
)

// knownOrgs are organisations that legal texts and the news name alone,
// without a legal form or a head word that would tell the patterns, and
// that name nothing else: news and rating agencies, the Federal Register
// (the government's daily publication, an ORG as a newspaper is;
// docs/entity-guidelines.md), and companies (retail
// chains and banks among them) whose names are no common word, place or
// person ("Apple", "Amazon", "Target", "Ford" and "Chevron" are left
// out). A few chains bear a family's name, rare as a surname in these
// texts, which is read as the chain ("Nordstrom testified" is a known
// misreading).
var knownOrgs = strings.Split(`Associated Press|Reuters|Bloomberg News|Courthouse News Service|United Press International|`+
	`Law360|Law.com|Bloomberg Law|Legal Newsline|Federal Register|Products Liability Law Daily|Agence France-Presse|Fitch Ratings|Moody's Investors Service|Moody's|`+
	`Standard & Poor's|LexisNexis|Westlaw|Amtrak|ExxonMobil|Exxon Mobil|Monsanto|Bayer|BASF|Pfizer|Moderna|Boeing|Walmart|`+
	`Wal-Mart|Costco|Kroger|Home Depot|FedEx|Ticketmaster|Live Nation|Comcast|Verizon|Facebook|Instagram|WhatsApp|YouTube|`+
	`Google|Microsoft|Netflix|Airbnb|PayPal|eBay|Craigslist|Lyft|Uber|TikTok|Scotiabank|Citibank|Citigroup|JPMorgan Chase|`+
	`Goldman Sachs|Morgan Stanley|Wells Fargo|Starbucks|McDonald's|Greyhound|Blue Cross Blue Shield|AT&T|T-Mobile|Sprint Nextel|`+
	`Procter & Gamble|Unilever|Kmart|Best Buy|General Motors|United Parcel Service|Johnson & Johnson|`+
	`Colgate-Palmolive|PepsiCo|Coca-Cola|Anheuser-Busch|Walgreens|Hasbro|Mattel|Samsung|Toyota|DuPont|`+
	`Electrolux|Kimberly-Clark|New York Stock Exchange|Nasdaq|NASDAQ|`+
	`Urban Outfitters|Merrill Lynch|Big Lots|Dollar General|Dollar Tree|Bed Bath & Beyond|Office Depot|OfficeMax|Toys R Us|Toys "R" Us|`+
	`Toys “R” Us|Rite Aid|JCPenney|Nordstrom|Menards|Ace Hardware|PetSmart|Petco|Hobby Lobby|Dick's Sporting Goods|Bass Pro Shops|`+
	`Sam's Club|Overstock.com|Wayfair|IKEA|Credit Suisse`, "|")

// knownOrgNames returns the organisations of knownOrgs that t names,
// whole words, in the case the list writes them; a name inside a longer
// one, a capitalised word before or after it ("Wells Fargo Bank, N.A.",
// "New Zealand Greyhound Racing", "Thomson" / "Reuters" on a short line,
// "a Samsung" / "Electronics America engineer"), is left to the patterns and the
// tagger, which read the longer name, and so is a product's ("Boeing
// 737") and a person's after a title ("Dr. Mattel"); a state after "of"
// is the name's ("Blue Cross Blue Shield of Michigan"). A name alone on
// its line is whole (a byline's "By Michael Virtanen" / "Associated
// Press"); a masthead that prints the name twice, its logo's and its
// title's ("Courthouse News Service Courthouse News Service"), names it
// twice; a publication's name that ends in its kind is whole before a
// capitalised word (its page's headline).
func knownOrgNames(t string) []cand {
	var out []cand
	for _, name := range knownOrgs {
		for s := range occurrences(t, name, 0) {
			e := s + len(name)
			if !wholeWord(t, s, e) || strings.HasPrefix(t[e:], "-") || strings.HasSuffix(t[:s], "-") || strings.HasPrefix(t[e:], "&") {
				continue
			}
			// A publication's name ends at its kind ("Products Liability Law
			// Daily Bicycle maker not liable", its page's headline after it).
			publication := newsKinds[strings.ToLower(lastWord(name))]
			opens, ends := lineStartAt(t, s), strings.TrimSpace(t[e:lineEnd(t, e)]) == ""
			if next := strings.TrimLeft(t[e:], " \t"); len(next) > 0 && len(next) < len(t[e:]) && !strings.HasPrefix(next, name) && !publication &&
				(upperByte(next[0]) && !months[strings.ToLower(strings.TrimRight(firstWord(next), ".,"))] || isDigitByte(next[0])) {
				continue // "Boeing Helicopters", "Boeing 737"; a byline's date is none ("By The Associated Press May 29")
			}
			doubled := strings.HasSuffix(strings.TrimRight(t[:s], " \t"), name)
			if next := strings.TrimLeft(t[e:], " \t\n"); ends && !opens && !publication && !doubled && len(next) > 0 && upperByte(next[0]) && strings.Count(t[e:len(t)-len(next)], "\n") == 1 {
				continue // "a Samsung" / "Electronics America engineer": the name runs on
			}
			prev := lastWord(t[max(0, s-64):s])
			if titleWords[strings.ToLower(prev)] {
				continue // "Dr. Mattel": a person
			}
			// A word on the line before is the name's only on a short line
			// ("Copyright 2024 Thomson" / "Reuters"), not at a wrapped
			// line's end, nor across a blank line.
			gap := t[len(strings.TrimRight(t[:s], " \t\n")):s]
			apart := opens && ends || strings.Count(gap, "\n") >= 2 || opens && s-len(gap)-(strings.LastIndexByte(t[:s-len(gap)], '\n')+1) >= shortLine
			if len(prev) > 0 && len(prev) < len(t[:s]) && !apart && !doubled &&
				upperByte(prev[0]) && !nameDeterminers[strings.ToLower(prev)] && !strings.ContainsAny(prev, ".,;:") {
				continue // "New Zealand Greyhound Racing", "Thomson" / "Reuters"
			}
			// "Blue Cross Blue Shield of Michigan": a state's company of
			// the name is named with its state.
			if m := formOfPlace.FindStringIndex(t[e:]); m != nil {
				e += m[1]
			}
			out = append(out, cand{typ: TypeOrg, start: s, end: e, source: SourcePattern})
		}
	}
	return out
}

// shortLine is the length from which a line is prose, not a name's
// part wrapped onto its own line.
const shortLine = 40

// wireCredit is a news service's credit in parentheses before a story's
// dash and its first sentence, after its dateline (its place in
// capitals, or its month and day) or at its line's start: "BATON ROUGE,
// La. (AP) — The", "LONDON (Reuters) - Shares", "SACRAMENTO, Calif. (Legal
// Newsline) – A", "Sept. 8 (UPI) -- The", "(CN) – Crocs". It ends at the
// credit's ")": wireCredits runs it on the window before each ")" that a
// dash follows (creditDash), so its leading repetitions scan that window
// only ("^" is that window's start too, where a line may not start: a
// credit 80 bytes after its line's start is read as at its start).
// Group 1 is the service.
var wireCredit = regexp.MustCompile(`(?:(?:^|\n)[ \t]*|\b[A-Z]{2,}(?:[ \t]+[A-Z.]{2,})*,?(?:[ \t]+[A-Z][A-Za-z.]*){0,2}[ \t]+|\b(?:` + month + `|` + monthShort + `)[ \t]+\d{1,2}[ \t]+)\(((?:[A-Z][A-Za-z]+[ \t]+){0,3}[A-Z][A-Za-z]+)\)$`)

// creditDash is the dash after a credit's ")" and the capital that opens
// the story.
var creditDash = regexp.MustCompile(`^[ \t]*(?:—|–|-{1,2}|_)[ \t]*\p{Lu}`)

// newsWires are the wire services a credit names by their initials or
// name alone.
var newsWires = wordSet(`AP AFP UPI Reuters CN Bloomberg`)

// newsKinds are the words a publication's name ends in: "Legal
// Newsline", "Southeast Texas Record", "Daily Report" aside.
var newsKinds = wordSet(`news newsline record times post journal daily wire herald tribune gazette chronicle observer bulletin dispatch`)

// wireCredits returns the news services wireCredit credits: a wire's
// initials or name (newsWires), or a publication's name of two words or
// more that ends in its kind (newsKinds); a place, a "News Release" or
// a record's title in the parentheses is none ("Exhibit 12
// (Administrative Record) – Letter").
func wireCredits(t string) []cand {
	var out []cand
	for k := range occurrences(t, ")", 0) {
		if !creditDash.MatchString(t[k+1 : min(len(t), k+8)]) {
			continue
		}
		from := max(0, k-80)
		if m := wireCredit.FindStringSubmatchIndex(t[from : k+1]); m != nil {
			name := t[from+m[2] : from+m[3]]
			if newsWires[name] || strings.ContainsAny(name, " \t") && newsKinds[strings.ToLower(lastWord(name))] {
				out = append(out, cand{typ: TypeOrg, start: from + m[2], end: from + m[3], source: SourcePattern})
			}
		}
	}
	return out
}

// masthead is a publication's name in capitals alone on its line, the
// page's date on the next line (a blank one between or not), as news
// sites print them: "SOUTHEAST TEXAS RECORD" / "Sunday, December 22,
// 2024". Group 1 is the name.
var masthead = regexp.MustCompile(`(?m)^[ \t]*([A-Z][A-Z&'’.]*(?:[ \t]+(?:-[ \t]+)?[A-Z][A-Z&'’.]*){0,5})[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),[ \t]+` + month + `[ \t]+\d{1,2},[ \t]+\d{4}`)

// mastheads returns the publications masthead names, those whose name
// ends in a publication's kind (newsKinds): a heading in capitals before
// a date ("FOR IMMEDIATE RELEASE") is none, nor is a legislature's
// record ("CONGRESSIONAL RECORD", a document: docs/entity-guidelines.md).
func mastheads(t string) []cand {
	if !strings.Contains(t, "day, ") {
		return nil
	}
	var out []cand
	for _, m := range masthead.FindAllStringSubmatchIndex(t, -1) {
		if name := t[m[2]:m[3]]; !newsKinds[strings.ToLower(lastWord(name))] || strings.HasPrefix(name, "CONGRESSIONAL") || strings.HasPrefix(name, "LEGISLATIVE") {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern})
	}
	return out
}

// photoCredit is a news photo's credit, the photographer and the outlet
// after a slash, in parentheses or after "Photo:" or "Photo by": "(Amy
// Davis/Baltimore Sun)", "(Andy Bronson / The Herald)", "(Jennifer
// Hauck/The Valley News via AP)", "Photo by Keith Thorpe/Peninsula Daily
// News". Group 1 is the photographer, 2 the outlet, 3 the wire it came by.
var photoCredit = regexp.MustCompile(`(?:\(|\b(?:Photo|PHOTO|Photograph|Image)(?:[ \t]+by)?:?[ \t]+)` +
	`([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'’-]+)[ \t]?/[ \t]?` +
	`((?:The[ \t]+)?[A-Z][A-Za-z0-9&'’-]*(?:[ \t]+[A-Z][A-Za-z0-9&'’-]*){0,3})(?:[ \t]+file)?(?:[ \t]+via[ \t]+([A-Z][A-Za-z]+))?(?:\)|[ \t]*\n)`)

// photoCredits returns the people and the outlets photoCredit credits; a
// photographer that is a paper by its kind is an outlet too ("(Star
// Tribune/TNS)"), and a credit whose outlet is a file's or a handout's
// word is none.
func photoCredits(t string) []cand {
	if !strings.Contains(t, "/") || !containsAny(t, []string{"(", "Photo", "PHOTO", "Image"}) {
		return nil
	}
	var out []cand
	for _, m := range photoCredit.FindAllStringSubmatchIndex(t, -1) {
		if photoNoOutlet[strings.ToLower(t[m[4]:m[5]])] {
			continue
		}
		who := TypePerson
		if newsKinds[strings.ToLower(lastWord(t[m[2]:m[3]]))] {
			who = TypeOrg
		}
		out = append(out, cand{typ: who, start: m[2], end: m[3], source: SourcePattern},
			cand{typ: TypeOrg, start: m[4], end: m[5], source: SourcePattern})
		if m[6] >= 0 {
			out = append(out, cand{typ: TypeOrg, start: m[6], end: m[7], source: SourcePattern})
		}
	}
	return out
}

// photoNoOutlet are a photo credit's words after the slash that name no
// outlet: a file's, a handout's, a stock service's kind.
var photoNoOutlet = wordSet(`file handout courtesy submitted contributed`)

// paperWords are the words a newspaper named for its place ends in, past
// newsKinds and bylineKinds: "Anniston Star", "Baltimore Sun", "Fresno
// Bee".
var paperWords = wordSet(`star sun bee`)

// paperAfter is a newspaper's kind after its place's name, the name ending
// there: " Daily News" of "Los Angeles Daily News", " Chronicle" of "San
// Francisco Chronicle"; a capitalised word after it goes on with another
// name ("Houston Post Office", "Times Square").
var paperAfter = regexp.MustCompile(`^[ \t]+(?:(?:Daily|Morning|Evening)[ \t]+News|Sun-News|Times|Tribune|Herald|Chronicle|Courant|Gazette|Post|Star|Sun|Journal|Dispatch|Inquirer|Enquirer|Examiner|Sentinel|Courier|Observer|Register|Ledger|Globe|Bee)\b([ \t]+[A-Z]|[-–][A-Z])?`)

// placePapers makes a newspaper named for its place an organisation where
// the tagger read a place: over its kind ("San Francisco Chronicle",
// "Anniston Star") or before it ("Los Angeles" of "Los Angeles Daily
// News").
func placePapers(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeLocation {
			continue
		}
		if w := strings.ToLower(lastWord(t[c.start:c.end])); strings.ContainsAny(t[c.start:c.end], " \t") && (newsKinds[w] || bylineKinds[w] || paperWords[w]) {
			cs[i].typ = TypeOrg
			continue
		}
		if m := paperAfter.FindStringSubmatchIndex(t[c.end:min(len(t), c.end+24)]); m != nil && m[2] < 0 {
			cs[i].typ, cs[i].end = TypeOrg, c.end+m[1]
		}
	}
	return cs
}

// staffByline is a news story's byline that names its paper by the word
// its staff go by: "Tribune Staff Writer", "TIMES STAFF WRITER", "MetNews
// Staff Writer". Group 1 is the paper's word.
var staffByline = regexp.MustCompile(`\b([A-Z][A-Za-z]+)[ \t]+(?:Staff[ \t]+Writers?|STAFF[ \t]+WRITERS?|staff[ \t]+writers?)\b`)

// bylineKinds are papers' words a byline names them by besides newsKinds:
// "Courant Staff Writer", "Enquirer staff writer".
var bylineKinds = wordSet(`courant enquirer inquirer examiner sentinel courier globe ledger`)

// staffBylines returns the papers staffByline names, an organisation
// each: a paper's kind (newsKinds, bylineKinds) or a word ending in
// "News", with the known place before it that names the paper
// ("Washington Post Staff Writer", "By JOHN SMITH, Los Angeles Times Staff
// Writer"; "By Dan Morgan Washington Post Staff Writer" keeps its writer
// out); a writer's name before "Staff Writer" ("RYKOWSKI Staff Writer") is
// none.
func staffBylines(t string) []cand {
	if !containsAny(t, []string{"Staff Writer", "STAFF WRITER", "staff writer"}) {
		return nil
	}
	var out []cand
	for _, m := range staffByline.FindAllStringSubmatchIndex(t, -1) {
		w := strings.ToLower(t[m[2]:m[3]])
		if !newsKinds[w] && !bylineKinds[w] && !strings.HasSuffix(w, "news") {
			continue
		}
		// The paper's place before its kind, the longest of up to three
		// words that names a known place ("Los Angeles" of "By JOHN SMITH
		// Los Angeles Times Staff Writer"); a writer's name is none.
		s, p := m[2], m[2]
		for k := 0; k < 3 && p > 0 && (t[p-1] == ' ' || t[p-1] == '\t'); k++ {
			p = strings.LastIndexAny(t[:p-1], " \t\n") + 1
			if knownPlace(strings.TrimSpace(t[p : m[2]-1])) {
				s = p
			}
		}
		out = append(out, cand{typ: TypeOrg, start: s, end: m[3], source: SourcePattern})
	}
	return out
}
