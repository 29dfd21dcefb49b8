package extract

import "strings"

// knownOrgs are organisations that legal texts and the news name alone,
// without a legal form or a head word that would tell the patterns, and
// that name nothing else: news and rating agencies, and companies whose
// names are no common word, place or person ("Apple", "Amazon", "Target",
// "Ford" and "Chevron" are left out).
var knownOrgs = strings.Split(`Associated Press|Reuters|Bloomberg News|Agence France-Presse|Fitch Ratings|Moody's Investors Service|Moody's|`+
	`Standard & Poor's|LexisNexis|Westlaw|Amtrak|ExxonMobil|Exxon Mobil|Monsanto|Bayer|BASF|Pfizer|Moderna|Boeing|Walmart|`+
	`Wal-Mart|Costco|Kroger|Home Depot|FedEx|Ticketmaster|Live Nation|Comcast|Verizon|Facebook|Instagram|WhatsApp|YouTube|`+
	`Google|Microsoft|Netflix|Airbnb|PayPal|eBay|Craigslist|Lyft|Uber|TikTok|Scotiabank|Citibank|Citigroup|JPMorgan Chase|`+
	`Goldman Sachs|Morgan Stanley|Wells Fargo|Starbucks|McDonald's|Greyhound|Blue Cross Blue Shield|AT&T|T-Mobile|Sprint Nextel`, "|")

// knownOrgNames returns the organisations of knownOrgs that t names,
// whole words, in the case the list writes them; a name inside a longer
// one, a capitalised word before or after it ("Wells Fargo Bank, N.A.",
// "New Zealand Greyhound Racing"), is left to the patterns and the
// tagger, which read the longer name, and so is a product's ("Boeing
// 737"); a state after "of" is the name's ("Blue Cross Blue Shield of
// Michigan").
func knownOrgNames(t string) []cand {
	var out []cand
	for _, name := range knownOrgs {
		for s := range occurrences(t, name, 0) {
			e := s + len(name)
			if !wholeWord(t, s, e) || strings.HasPrefix(t[e:], "-") || strings.HasSuffix(t[:s], "-") || strings.HasPrefix(t[e:], "&") {
				continue
			}
			if next := strings.TrimLeft(t[e:], " \t"); len(next) > 0 && len(next) < len(t[e:]) && (upperByte(next[0]) && !months[strings.ToLower(strings.TrimRight(firstWord(next), ".,"))] || isDigitByte(next[0])) {
				continue // "Boeing Helicopters", "Boeing 737"; a byline's date is none ("By The Associated Press May 29")
			}
			if prev := lastWord(strings.TrimRight(t[:s], " \t")); len(prev) > 0 && len(prev) < len(t[:s]) && upperByte(prev[0]) && !nameDeterminers[strings.ToLower(prev)] &&
				!strings.ContainsAny(prev, ".,;:") {
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
