package extract

import (
	"regexp"
	"strings"
)

// knownOrgs are organisations that legal texts and the news name alone,
// without a legal form or a head word that would tell the patterns, and
// that name nothing else: news and rating agencies, and companies whose
// names are no common word, place or person ("Apple", "Amazon", "Target",
// "Ford" and "Chevron" are left out).
var knownOrgs = strings.Split(`Associated Press|Reuters|Bloomberg News|Courthouse News Service|United Press International|`+
	`Law360|Law.com|Bloomberg Law|Legal Newsline|Products Liability Law Daily|Agence France-Presse|Fitch Ratings|Moody's Investors Service|Moody's|`+
	`Standard & Poor's|LexisNexis|Westlaw|Amtrak|ExxonMobil|Exxon Mobil|Monsanto|Bayer|BASF|Pfizer|Moderna|Boeing|Walmart|`+
	`Wal-Mart|Costco|Kroger|Home Depot|FedEx|Ticketmaster|Live Nation|Comcast|Verizon|Facebook|Instagram|WhatsApp|YouTube|`+
	`Google|Microsoft|Netflix|Airbnb|PayPal|eBay|Craigslist|Lyft|Uber|TikTok|Scotiabank|Citibank|Citigroup|JPMorgan Chase|`+
	`Goldman Sachs|Morgan Stanley|Wells Fargo|Starbucks|McDonald's|Greyhound|Blue Cross Blue Shield|AT&T|T-Mobile|Sprint Nextel|`+
	`Procter & Gamble|Unilever|Henkel|Nike|Kmart|Best Buy|General Motors|United Parcel Service|UPS|Johnson & Johnson|`+
	`Colgate-Palmolive|PepsiCo|Coca-Cola|Anheuser-Busch|Walgreens|Hasbro|Mattel|Samsung|Toyota|DuPont|Halliburton|`+
	`Electrolux|Whirlpool|Kimberly-Clark|New York Stock Exchange|Nasdaq|NASDAQ`, "|")

// knownOrgNames returns the organisations of knownOrgs that t names,
// whole words, in the case the list writes them; a name inside a longer
// one, a capitalised word before or after it on its line ("Wells Fargo
// Bank, N.A.", "New Zealand Greyhound Racing"), is left to the patterns
// and the tagger, which read the longer name, and so is a product's
// ("Boeing 737"); a state after "of" is the name's ("Blue Cross Blue
// Shield of Michigan"). A masthead that prints the name twice, its logo's
// and its title's ("Courthouse News Service Courthouse News Service"),
// names it twice, and a publication's name that ends in its kind is
// whole before a capitalised word (its page's headline).
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
			if next := strings.TrimLeft(t[e:], " \t"); len(next) > 0 && len(next) < len(t[e:]) && !strings.HasPrefix(next, name) && !publication &&
				(upperByte(next[0]) && !months[strings.ToLower(strings.TrimRight(firstWord(next), ".,"))] || isDigitByte(next[0])) {
				continue // "Boeing Helicopters", "Boeing 737"; a byline's date is none ("By The Associated Press May 29")
			}
			before := strings.TrimRight(t[:s], " \t")
			if prev := lastWord(before); len(prev) > 0 && len(before) < len(t[:s]) && !strings.HasSuffix(before, "\n") && !strings.HasSuffix(before, name) &&
				upperByte(prev[0]) && !nameDeterminers[strings.ToLower(prev)] && !strings.ContainsAny(prev, ".,;:") {
				continue // "New Zealand Greyhound Racing"
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

// wireCredit is a news service's credit in parentheses before a story's
// dash, after its dateline (its place or its date) or at its line's
// start: "BATON ROUGE, La. (AP) —", "LONDON (Reuters) -", "SACRAMENTO,
// Calif. (Legal Newsline) –", "Sept. 8 (UPI) --", "(CN) –". Group 1 is the service: a wire's initials or name (newsWires),
// or a publication's name, which ends in its kind (newsKinds); a place or
// a "News Release" in the parentheses is none.
var wireCredit = regexp.MustCompile(`(?:(?:^|\n)[ \t]*|\b[A-Z]{2,}(?:[ \t]+[A-Z.]{2,})*,?(?:[ \t]+[A-Z][A-Za-z.]*){0,2}[ \t]+|\b\d{1,2}[ \t]+)\(((?:[A-Z][A-Za-z]+[ \t]+){0,3}[A-Z][A-Za-z]+)\)[ \t]*(?:—|–|-|_)`)

// newsWires are the wire services a credit names by their initials or
// name alone.
var newsWires = wordSet(`AP AFP UPI Reuters CN Bloomberg`)

// newsKinds are the words a publication's name ends in: "Legal
// Newsline", "Southeast Texas Record", "Daily Report" aside.
var newsKinds = wordSet(`news newsline record times post journal daily wire herald tribune gazette chronicle observer bulletin dispatch`)

// wireCredits returns the news services wireCredit credits.
func wireCredits(t string) []cand {
	if !strings.Contains(t, ")") {
		return nil
	}
	var out []cand
	for _, m := range wireCredit.FindAllStringSubmatchIndex(t, -1) {
		name := t[m[2]:m[3]]
		if !newsWires[name] && (!strings.ContainsAny(name, " \t") || !newsKinds[strings.ToLower(lastWord(name))]) {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern})
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
// a date ("FOR IMMEDIATE RELEASE") is none.
func mastheads(t string) []cand {
	if !strings.Contains(t, "day, ") {
		return nil
	}
	var out []cand
	for _, m := range masthead.FindAllStringSubmatchIndex(t, -1) {
		if !newsKinds[strings.ToLower(lastWord(t[m[2]:m[3]]))] {
			continue
		}
		out = append(out, cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern})
	}
	return out
}
