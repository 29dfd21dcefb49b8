package extract

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// knownOrgs are organisations that legal texts and the news name alone,
// without a legal form or a head word that would tell the patterns, and
// that name nothing else: news and rating agencies, the Federal Register
// (the government's daily publication, an ORG as a newspaper is;
// docs/entity-guidelines.md), and companies (retail
// chains and banks among them) whose names are no common word, place or
// person ("Apple", "Amazon", "Target", "Ford" and "Chevron" are left
// out; so is "Blackstone", a surname, a town and the Commentaries), a carrier, a class-action news site, a shopping network, the
// stock photo agencies news pages credit beside their pictures, and the
// apps, platforms, sportsbooks, lenders, brokers, audit firms, credit
// bureaus, watchmakers, pharmacy benefit managers, news agencies, makers
// of infant formula, luggage and medical devices, a laboratory chain and a
// private equity firm the news of their suits names. A few chains bear a family's name, rare as a surname in these
// texts, which is read as the chain ("Nordstrom testified" is a known
// misreading).
var knownOrgs = strings.Split(`Associated Press|Reuters|Bloomberg News|Courthouse News Service|United Press International|`+
	`Law360|Law.com|Bloomberg Law|Legal Newsline|Federal Register|Customs Bulletin|Products Liability Law Daily|Agence France-Presse|Fitch Ratings|Moody's Investors Service|Moody's|`+
	`Standard & Poor's|LexisNexis|Westlaw|Amtrak|ExxonMobil|Exxon Mobil|Monsanto|Bayer|BASF|Pfizer|Moderna|Boeing|Walmart|`+
	`Wal-Mart|Costco|Kroger|Home Depot|FedEx|Ticketmaster|Live Nation|Comcast|Verizon|Facebook|Instagram|WhatsApp|YouTube|`+
	`Google|Microsoft|Netflix|Airbnb|PayPal|eBay|Craigslist|Lyft|Uber|TikTok|Scotiabank|Citibank|Citigroup|JPMorgan Chase|`+
	`Goldman Sachs|Morgan Stanley|Wells Fargo|Starbucks|McDonald's|Greyhound|Blue Cross Blue Shield|AT&T|T-Mobile|Sprint Nextel|`+
	`Procter & Gamble|Unilever|Kmart|Best Buy|General Motors|United Parcel Service|Johnson & Johnson|`+
	`Colgate-Palmolive|PepsiCo|Coca-Cola|Anheuser-Busch|Walgreens|Hasbro|Mattel|Samsung|Toyota|DuPont|`+
	`Electrolux|Kimberly-Clark|New York Stock Exchange|NYSE|Nasdaq|NASDAQ|`+
	`Urban Outfitters|Merrill Lynch|Big Lots|Dollar General|Dollar Tree|Bed Bath & Beyond|Office Depot|OfficeMax|Toys R Us|Toys "R" Us|`+
	`Toys “R” Us|Rite Aid|JCPenney|Nordstrom|Menards|Ace Hardware|PetSmart|Petco|Hobby Lobby|Dick's Sporting Goods|Bass Pro Shops|`+
	`Sam's Club|Macy's|Bloomingdale's|Kohl's|Dillard's|Lowe's|Sotheby's|Christie's|Mealey's|Overstock.com|Wayfair|IKEA|Credit Suisse|Alibaba|AliExpress|Alipay|Etsy|DHgate|Temu|SHEIN|Shopify|Poshmark|Mercari|`+
	`UPS|DHL|Top Class Actions|Papa John's|Krispy Kreme|Domino's|Pizza Hut|Burger King|Taco Bell|Chick-fil-A|Dunkin' Donuts|Publix|7-Eleven|QVC|`+
	`Shutterstock|iStock|Getty Images|Adobe Stock|`+
	`FanDuel|DraftKings|BetMGM|PrizePicks|ESPN|Postmates|DoorDash|Grubhub|Instacart|Thumbtack|Kickstarter|Indiegogo|GoFundMe|Wefunder|StartEngine|`+
	`Worldpay|NetSpend|Venmo|Coinbase|Robinhood|Spotify|Hulu|Tinder|Bumble|Expedia|Zillow|Experian|TransUnion|Jackson Hewitt|Express Scripts|OptumRx|`+
	`Winn-Dixie|Food Lion|Under Armour|H&M|Harley-Davidson|American Express|KKR|Klarna|Afterpay|Sezzle|Scottrade|Bloomberg BNA|`+
	`Grant Thornton|KPMG|PwC|Mazars|Rolex|Patek Philippe|Yonhap|Kyodo News|Xinhua|ZUMA Press|Zuma Press|Dow Jones|Mead Johnson|Theranos|Samsonite|ResMed|LabCorp|`+
	`Welsh Carson`, "|")

// siteDomains are the endings of a business's or an outlet's name that is
// its web address: "Amazon.com", "ClassAction.org".
var siteDomains = []string{".com", ".org", ".net"}

// siteWords, before a name with its domain, make it the site, not its
// owner: "a website called Accurint.com", "Website: Acme.com", "Uploaded
// by: CreditScoreAide.com".
var siteWords = []string{"site", "site:", "called", "uploaded by:", "visit"}

// formAfterSite is a legal form after a site's name, which makes the name
// a company's the form passes read whole: "Priceline.com Inc.",
// "GoDaddy.com, LLC".
var formAfterSite = regexp.MustCompile(`^,?[ \t]+` + legalForm)

// siteNames returns the businesses and outlets named by their web address
// (siteDomains), organisations: a capitalised name glued to its domain
// ("Amazon.com", "JusticeNewsFlash.com", "ClassAction.org"), read back
// from each domain. An address is none (a "www.", "@", "/" or "." before
// the name, a "/", a letter or a country's domain after it), nor is a
// site the text calls one (siteWords), wherever it names it; a name a
// legal form or a capitalised word follows is a longer name's
// ("Priceline.com Inc.", "the ESQwire.com Law Firm").
func siteNames(t string) []cand {
	if !containsAny(t, siteDomains) {
		return nil
	}
	var out []cand
	sites := map[string]bool{} // the names the text calls sites
	for _, d := range siteDomains {
		for k := range occurrences(t, d, 0) {
			e := k + len(d)
			if e < len(t) && (isLetter(t[e]) || isDigitByte(t[e]) || t[e] == '/' || t[e] == '-') {
				continue
			}
			s := k
			for s > 0 && (isLetter(t[s-1]) || isDigitByte(t[s-1]) || t[s-1] == '-') {
				s--
			}
			if s == k || !upperByte(t[s]) || s > 0 && strings.ContainsRune("@./", rune(t[s-1])) {
				continue
			}
			if e+1 < len(t) && t[e] == '.' && isLetter(t[e+1]) {
				continue // a country's domain goes on: "Acme.com.au"
			}
			before := strings.ToLower(strings.TrimRight(t[max(0, s-24):s], " \t"))
			if strings.HasSuffix(before, "www.") || strings.HasSuffix(before, "@") {
				continue
			}
			if slices.ContainsFunc(siteWords, func(w string) bool { return strings.HasSuffix(before, w) }) {
				sites[t[s:e]] = true
				continue
			}
			rest := t[e:]
			if formAfterSite.MatchString(rest) {
				continue
			}
			if next := strings.TrimLeft(rest, " \t"); len(next) < len(rest) && next != "" && upperByte(next[0]) {
				continue
			}
			out = append(out, cand{typ: TypeOrg, start: s, end: e, source: SourcePattern})
		}
	}
	return slices.DeleteFunc(out, func(c cand) bool { return sites[t[c.start:c.end]] })
}

// knownOrgForms are knownOrgs and, for a name with an apostrophe, its
// form with a typographic one ("Macy’s").
var knownOrgForms = func() []string {
	var out []string
	for _, name := range knownOrgs {
		out = append(out, name)
		if strings.Contains(name, "'") {
			out = append(out, strings.ReplaceAll(name, "'", "’"))
		}
	}
	return out
}()

// knownOrgNames returns the organisations of knownOrgs that t names,
// whole words, in the case the list writes them, either apostrophe; a
// name inside a longer one, a capitalised word before or after it ("Wells
// Fargo Bank, N.A.", "New Zealand Greyhound Racing", "Thomson" /
// "Reuters" on a short line, "a Samsung" / "Electronics America
// engineer"), is left to the patterns and the tagger, which read the
// longer name, and so is a product's ("Boeing
// 737") and a person's after a title ("Dr. Mattel"); a state after "of"
// is the name's ("Blue Cross Blue Shield of Michigan"). A name alone on
// its line is whole (a byline's "By Michael Virtanen" / "Associated
// Press"); a masthead that prints the name twice, its logo's and its
// title's ("Courthouse News Service Courthouse News Service"), names it
// twice; a publication's name that ends in its kind is whole before a
// capitalised word (its page's headline), and a serial's before its
// volume ("Federal Register Volume 75").
func knownOrgNames(t string) []cand {
	var out []cand
	for _, name := range knownOrgForms {
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
				(upperByte(next[0]) && !months[strings.ToLower(strings.TrimRight(firstWord(next), ".,"))] && !(serials[name] && volumeWords[strings.ToLower(firstWord(next))]) || isDigitByte(next[0])) {
				continue // "Boeing Helicopters", "Boeing 737"; a byline's date is none ("By The Associated Press May 29"), nor an issue's volume ("Federal Register Volume 75")
			}
			doubled := strings.HasSuffix(strings.TrimRight(t[:s], " \t"), name)
			if next := strings.TrimLeft(t[e:], " \t\n"); ends && !opens && !publication && !doubled && len(next) > 0 && upperByte(next[0]) && strings.Count(t[e:len(t)-len(next)], "\n") == 1 {
				continue // "a Samsung" / "Electronics America engineer": the name runs on
			}
			prev := lastWord(t[max(0, s-64):s])
			if titleWords[strings.ToLower(prev)] {
				continue // "Dr. Mattel": a person
			}
			if deviceInitials[name] && (deviceBefore[strings.ToLower(prev)] || deviceAfter[strings.ToLower(strings.TrimRight(firstWord(t[e:]), ".,;:"))]) {
				continue // "the backup UPS", "UPS units": a power supply
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

// deviceInitials are known organisations' initials that name a device
// too: "UPS", the carrier's and an uninterruptible power supply's. Such a
// name is the device after an article, a determiner or a device's word
// (deviceBefore: "the UPS", "a backup UPS") or before a device's noun
// (deviceAfter: "UPS units").
var (
	deviceInitials = map[string]bool{"UPS": true}
	deviceBefore   = func() map[string]bool {
		m := wordSet(`each every one two backup own any no`)
		maps.Copy(m, nameDeterminers)
		maps.Copy(m, articles)
		return m
	}()
	deviceAfter = wordSet(`unit units system systems battery batteries device devices power module modules`)
)

// volumeWords open a serial's volume after its name ("Federal Register
// Volume 75, Number 111", "Federal Register Vol. 85"); serials are the
// known organisations that are publications cited by volume whose name
// does not end in its kind (newsKinds makes "Customs Bulletin" whole
// anyway); a product named for a company, "Reuters Volume Index", is no
// volume of Reuters.
var (
	volumeWords = wordSet(`volume vol.`)
	serials     = map[string]bool{"Federal Register": true}
)

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

// byline is a story's byline at its line's start, the writer's name (a
// lawyer's as ofFirmLawyer reads it: a given name or an initial and up to
// three more names or initials) after "By" (twice where a
// page repeats it: "By By Suzanne Monk"), a second writer after "and",
// up to the line's end or what a byline puts after a name: a bar, a
// slash, a plus, a dash or a comma ("By Serena Dai | November 8, 2013",
// "By Donna Lenz Wright/The Week", "By Jill Hyslop+"), a sentence's stop
// ("By Craig Smith. CREATED Nov 4") or the paper after "of the" ("By
// Rick Barrett of the Journal Sentinel"). Groups 1 and 2 are the writers.
var byline = regexp.MustCompile(`(?m)^[ \t]*(?:By[ \t]+){1,2}(` + ofFirmLawyer + `)(?:[ \t]+and[ \t]+(` + ofFirmLawyer + `))?[ \t]*(?:$|[|/+—–,]|\.[ \t]|[ \t]+of[ \t]+the[ \t])`)

// bylineOpening reports whether a byline's first word opens a person's
// name: a given name the table knows or an initial.
func bylineOpening(w string) bool {
	return isGivenName(w) || initialWord(w)
}

// bylineNames returns the writers byline names, a person each where the
// name opens with a given name or an initial (bylineOpening) and reads as
// a person's (personLike, no organisation's or paper's word): a wire, a
// paper or an office ("By The Associated Press", "By Houston Chronicle",
// "By the Commission"), a way of delivery ("By First Class Mail", "By
// Hand Delivery") and a sentence that opens with "By" ("By California
// Law, the landlord") are none.
func bylineNames(t string) []cand {
	if !strings.Contains(t, "By ") {
		return nil
	}
	var out []cand
	for _, m := range byline.FindAllStringSubmatchIndex(t, -1) {
		for g := 2; g <= 4; g += 2 {
			if m[g] < 0 {
				continue
			}
			if name := t[m[g]:m[g+1]]; bylineOpening(firstWord(name)) && personLike(name) && !hasOrgWord(name) && !paperKind(strings.ToLower(lastWord(name))) {
				out = append(out, cand{typ: TypePerson, start: m[g], end: m[g+1], source: SourcePattern})
			}
		}
	}
	return out
}

// photoCredit is a news photo's credit, the photographer and the outlet
// after a slash, in parentheses or after "Photo:", "Photo by" or "Photo
// Credit:": "(Amy Davis/Baltimore Sun)", "(Andy Bronson / The Herald)",
// "(Jennifer Hauck/The Valley News via AP)", "Photo by Keith
// Thorpe/Peninsula Daily News", "(Photo Credit: Giovanni
// Nastukov/Shutterstock)"; or a wire's, the wire first, in parentheses or
// brackets: "(AP Photo/Evan Vucci)", "[AP Photo/Sue Ogrocki]" (photoCredits
// refuses a bracket the other kind closes). Groups 1 and 2 are the
// photographer and the outlet of the first form, 3 the wire it came by; 4
// and 5 the wire and the photographer of the second.
var photoCredit = regexp.MustCompile(`(?:\(|\b(?:Photo|PHOTO|Photograph|Image)(?:[ \t]+(?:by|[Cc]redit))?:?[ \t]+)` +
	`((?:[A-Z]\.[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'’-]+)[ \t]?/[ \t]?(?:For[ \t]+)?` +
	`((?:The[ \t]+)?[A-Z][A-Za-z0-9&'’-]*(?:[ \t]+[A-Z][A-Za-z0-9&'’-]*){0,3}?)(?:[ \t]+(?:[Ff]ile|Photo))?(?:[ \t]+via[ \t]+([A-Z][A-Za-z]+))?(?:\)|[ \t]*\n)` +
	`|[(\[](AP|AFP|UPI|Reuters)[ \t]+Photo/((?:[A-Z]\.[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][A-Za-z'’-]+)(?:,[ \t]+[Ff]ile)?[)\]]`)

// outletCredit is a photo's credit to an outlet alone, a caption's last
// words: after a sentence, at a line's start or in parentheses, closing
// its line or its parentheses ("The room. Image: AP", "Credit: RSPCA",
// "(Image: Getty Images)"; not "Letter of Credit: NONE"). Group 1 is the
// outlet.
var outletCredit = regexp.MustCompile(`(?:^|\n|\(|[.!?][ \t]+)[ \t]*(?:Photo(?:[ \t]+[Cc]redit)?|Image|Credit):[ \t]+([A-Z][A-Za-z]*(?:[ \t]+Images)?)[ \t]*(?:\n|\)|$)`)

// photoCredits returns the people and the outlets photoCredit credits,
// where the outlet is one: a paper by its kind, initials ("KQED", "AP"), a
// name with "The" or a capital inside ("BusinessDen"), a wire; a
// photographer that is a paper by its kind is an outlet too ("(Star
// Tribune/TNS)"). A form's labels ("(Print Name/Title)"), two people
// ("(John Smith/Mary Smith)") and a role ("(John Smith/CEO)") are none.
// An outlet credited alone (outletCredit) is one where photoOutlet says
// so ("Image: AP", "Credit: RSPCA"), not a record's word (creditStops).
func photoCredits(t string) []cand {
	var out []cand
	if strings.Contains(t, ":") {
		for _, m := range outletCredit.FindAllStringSubmatchIndex(t, -1) {
			if name := t[m[2]:m[3]]; photoOutlet(name) && !creditStops[name] {
				out = append(out, cand{typ: TypeOrg, start: m[2], end: m[3], source: SourcePattern})
			}
		}
	}
	if !strings.Contains(t, "/") || !containsAny(t, []string{"(", "Photo", "PHOTO", "Image"}) {
		return out
	}
	for _, m := range photoCredit.FindAllStringSubmatchIndex(t, -1) {
		if m[8] >= 0 {
			if (t[m[0]] == '(') != (t[m[1]-1] == ')') {
				continue // "[AP Photo/Sue Ogrocki)": brackets of two kinds
			}
			out = append(out, cand{typ: TypeOrg, start: m[8], end: m[9], source: SourcePattern},
				cand{typ: TypePerson, start: m[10], end: m[11], source: SourcePattern})
			continue
		}
		who, outlet := t[m[2]:m[3]], t[m[4]:m[5]]
		if !photoOutlet(outlet) || slices.ContainsFunc(strings.Fields(who), func(w string) bool { return formWords[strings.ToLower(w)] }) {
			continue
		}
		typ := TypePerson
		if newsKinds[strings.ToLower(lastWord(who))] {
			typ = TypeOrg
		}
		out = append(out, cand{typ: typ, start: m[2], end: m[3], source: SourcePattern},
			cand{typ: TypeOrg, start: m[4], end: m[5], source: SourcePattern})
		if m[6] >= 0 {
			out = append(out, cand{typ: TypeOrg, start: m[6], end: m[7], source: SourcePattern})
		}
	}
	return out
}

// photoOutlet reports whether a photo credit's name after the slash is an
// outlet's: a paper by its kind ("Baltimore Sun", "Peninsula Daily News"),
// initials that are no officer's ("KQED", "TNS", not "CEO"), "The" and a
// name, a name with a capital inside ("BusinessDen"), a wire, a photo
// service (photoServices).
func photoOutlet(name string) bool {
	w := strings.ToLower(lastWord(name))
	switch {
	case paperKind(w) || newsWires[name] || photoServices[strings.ToLower(name)]:
		return true
	case strings.HasPrefix(name, "The "):
		return true
	case !strings.ContainsAny(name, " \t"):
		if isUpperName(name) {
			return len(name) >= 2 && !officerInitials[name]
		}
		return strings.ContainsFunc(name[1:], unicode.IsUpper)
	}
	return false
}

// photoServices are outlets a photo credit names that neither their kind
// nor their initials tell: a local news network, the photo agencies.
var photoServices = map[string]bool{"patch": true, "getty images": true, "shutterstock": true, "istock": true}

// officerInitials are an officer's title's initials, no outlet's: "(John
// Smith/CEO)".
var officerInitials = wordSet(`CEO CFO COO CTO CIO GC VP SVP EVP`)

// formWords are a form's labels, no photographer's name: "(Print
// Name/Title)", "(Authorized Signature/Date)"; nor is a map service's
// ("(Photo Credit: Google Maps/KTLA)").
var formWords = wordSet(`name signature number address print printed authorized date title phone email account street city staff pool maps`)

// creditStops are the words in capitals a record writes after "Image:"
// or "Credit:" that name no outlet: a file's format ("Image: TIFF"), an
// empty field ("Letter of Credit: NONE"), a file photo ("Photo: FILE").
var creditStops = wordSet(`NONE FILE FILES TIFF TIF PDF JPG JPEG PNG GIF NA TBD YES NO`)

// paperKind reports whether a lower-case word is a newspaper's kind, the
// word its name ends in (newsKinds, bylineKinds, paperWords).
func paperKind(w string) bool { return newsKinds[w] || bylineKinds[w] || paperWords[w] }

// paperWords are the words a newspaper named for its place ends in, past
// newsKinds and bylineKinds: "Anniston Star", "Baltimore Sun", "Fresno
// Bee", "Idaho Statesman", "Arizona Republic", "Tucson Citizen" (a
// country the lists know, "Dominican Republic", stays a place).
var paperWords = wordSet(`star sun bee statesman republic citizen`)

// paperAfter is a newspaper's kind after its place's name, the name ending
// there: " Daily News" of "Los Angeles Daily News", " Chronicle" of "San
// Francisco Chronicle", " Post-Gazette" of "Pittsburgh Post-Gazette".
// Group 1 is what goes on past it, which makes it no paper's name: a
// capitalised word ("Houston Post Office", "Times Square"), "of"
// ("California Register of Historical Resources"), a number ("Hollywood
// Post 43") or a hyphen's word in lower case ("Post-production").
var paperAfter = regexp.MustCompile(`^[ \t]+(?:(?:Daily|Morning|Evening)[ \t]+News|(?:Times|Tribune|Herald|Chronicle|Courant|Gazette|Post|Star|Sun|Journal|Dispatch|Inquirer|Enquirer|Examiner|Sentinel|Courier|Observer|Register|Ledger|Globe|Bee)(?:[-–](?:[A-Z][a-z]+))?)\b` +
	`([ \t]+(?:[A-Z]|of\b|\d)|[-–][a-z])?`)

// placePapers makes a newspaper named for its place an organisation where
// the tagger read a place: over its kind ("San Francisco Chronicle",
// "Anniston Star", "Pittsburgh Post-Gazette") or before it ("Los Angeles"
// of "Los Angeles Daily News"). A place the lists know whole ("Newport
// News") or one its state follows (stateAfter: "Lone Star, Texas") is a
// place.
func placePapers(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeLocation {
			continue
		}
		name := t[c.start:c.end]
		if w := lastWord(name); strings.ContainsAny(name, " \t") && !knownPlace(name) && !stateAfter(t, c.end) &&
			slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return r == '-' || r == '–' }), paperKind) {
			cs[i].typ = TypeOrg
			continue
		}
		if m := paperAfter.FindStringSubmatchIndex(t[c.end:min(len(t), c.end+32)]); m != nil && m[2] < 0 {
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
