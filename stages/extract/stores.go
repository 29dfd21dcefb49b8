package extract

import (
	"regexp"
	"slices"
	"strings"
)

// soldAt is where a product recall says the product was sold, as the
// Consumer Product Safety Commission's notices and the news that quote
// them write it: "Sold At:" (its list on the same line or the next), "sold
// exclusively at", "sold by", a distributor's "Sold to:". The stores' list
// follows ("sold at stores including" is storeCues'). Group 1 is a prose
// "by" (no label's colon after it), group 2 the distributor's "to".
var soldAt = regexp.MustCompile(`(?i:\bsold[ \t]+(?:exclusively[ \t]+|only[ \t]+)?(?:at|through|(by)|(to)[ \t]*:))(?::[ \t]*\n?(?:[ \t]*\n)?|[ \t]+)[ \t]*`)

// storeWordAfter is a store's word after its name, the places it sold
// in or the dates of the sale: what makes a prose "sold by" name a store,
// not a person who sold ("sold by Big Lots across the country"; "sold by
// Desbiens, who").
var storeWordAfter = regexp.MustCompile(`^[ \t]+(?:stores?|retail|outlets?|locations?|nationwide|across|throughout|from|between|during|online)\b`)

// storeName is a store's name at the head of a list: capitalised words,
// "&", "of" and "the" inside ("Christy Sports", "Today’s Patio", "The Great
// Escape", "Bed Bath & Beyond"), a web shop's ("Amazon.com"), initials
// ("T.J. Maxx"), a saint's abbreviation ("St. Paul Hardware"); a period
// after a word ends it ("sold by Daedong. Both Smith"). Group 1 is the
// name.
var storeName = regexp.MustCompile(`^((?:(?:[A-Z]\.){2,}|St\.|[A-Z][\w'’\-]*(?:\.[A-Za-z]+)*|&)(?:[ \t]+(?:(?:[A-Z]\.){2,}|[A-Z][\w'’\-]*(?:\.[A-Za-z]+)*|&|of|the)){0,4}\.?)`)

// storeListAfter is what may follow a store's name in the list: the next
// name's comma or "and", the stores' word ("Wal-Mart stores nationwide"),
// the dates or prices of the sale, or the sentence's end.
var storeListAfter = regexp.MustCompile(`^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]+(?:stores?|retail|outlets?|locations?|nationwide|across|throughout|from|for|in|between|during|online)\b|[ \t]*[.;\n]|$)`)

// notStores are the capitalised words that open a recall's list without
// naming a store ("Small toy stores", "Independent retailers").
var notStores = wordSet(`small independent specialty department mass sporting discount home hardware toy furniture retail
	retailers stores online various authorized other major national local many some all these those mail catalog catalogs`)

// storeKindsPlural end a kind of store's name in capitals, no store's:
// "Drug Stores", "Mass Merchandisers", "Pharmacies" ("Christmas Tree
// Shops" and "St. Paul Hardware" are stores).
var storeKindsPlural = wordSet(`stores retailers outlets merchandisers pharmacies supermarkets`)

// saleDays are the days and feasts a sale was on, alone no store's name
// ("sold through Friday", "sold at Christmas"; "Christmas Tree Shops" is
// one).
var saleDays = wordSet(`monday tuesday wednesday thursday friday saturday sunday christmas easter thanksgiving halloween`)

// notStoreHeads end the names of what is sold at that is no store: a sale
// ("sold at Sheriff's Sale"), a ground or a fair ("sold at Fenway Park");
// an auction house is a business ("Meadows Livestock Auction").
var notStoreHeads = wordSet(`sale sales park stadium arena field fair fairs festival show`)

// storeCues are the words after a kind of store or its buyers that open
// a list of named stores in prose: "retailers such as Bed Bath & Beyond",
// "customers such as Home Depot, Lowe's, Wal-Mart", "outlets including
// LensCrafters".
var storeCues = []string{" such as ", " including "}

// storeKinds are the words before storeCues that make its list a list of
// stores; storeBuyers those that make it one when a known chain opens it
// ("customers such as Home Depot, Lowe's"; "customers such as John Smith"
// are people).
var (
	storeKinds  = wordSet(`retailers retailer stores chains outlets`)
	storeBuyers = wordSet(`customers`)
)

// recallStores returns the stores a product recall lists where the product
// was sold (soldAt), and those a list after a kind of store names
// (storeCues, storeKinds, storeBuyers): each name of the list up to its
// first word in lower case, "and other stores" or the dates of the sale,
// when the words after each name go on with the list (storeList). A sale
// in prose names none in a text that says nothing of a recall, and a
// "Sold to:" label's list there only when a known chain opens it (a
// bill's buyer is a person: "Sold to: John Smith").
func recallStores(t string) []cand {
	var out []cand
	// The expression's verb is case-blind, with no literal prefix: only a
	// text holding "sold" in one of its three casings runs it.
	if containsAny(t, []string{"sold", "Sold", "SOLD"}) {
		recall := containsAny(t, []string{"Recall", "RECALL", "recalled", "recalls", "recall of"})
		for _, m := range soldAt.FindAllStringSubmatchIndex(t, -1) {
			if !recall && !strings.Contains(t[m[0]:m[1]], ":") {
				continue // a sale in prose that is no recall's: "sold by Martinez during a controlled buy"
			}
			out = append(out, storeList(t, m[1], m[2] >= 0 && !strings.Contains(t[m[3]:m[1]], ":"), !recall && m[4] >= 0)...)
		}
	}
	for _, cue := range storeCues {
		for k := range occurrences(t, cue, 0) {
			if kind := strings.ToLower(lastWord(t[max(0, k-12):k])); storeKinds[kind] || storeBuyers[kind] {
				out = append(out, storeList(t, k+len(cue), false, storeBuyers[kind])...)
			}
		}
	}
	return out
}

// storeList returns the stores of the list that starts at of t. A list
// that opens with a kind of store ("Small toy stores", "Drug Stores"; a
// known chain's name, "Home Depot", is none), a title ("Mr. Smith"), a
// day, a place, a sale or a ground names none; after a prose "by" the
// first name must be followed by a store's word (storeWordAfter), and
// where known is set it must be a known chain's (knownOrgs).
func storeList(t string, at int, by, known bool) []cand {
	var out []cand
	for n := 0; n < 12 && at < len(t); n++ {
		s := storeName.FindStringSubmatchIndex(t[at:])
		if s == nil {
			break
		}
		name := t[at+s[2] : at+s[3]]
		if !formEnd.MatchString(name) {
			name = strings.TrimRight(name, ".") // the sentence's period
		}
		first, last := strings.ToLower(firstWord(name)), strings.ToLower(lastWord(name))
		if len(name) < 2 || (notStores[first] || storeKindsPlural[last]) && !slices.Contains(knownOrgs, name) || titleWords[first+"."] || notStoreHeads[last] || first == last && (saleDays[first] || months[first]) || knownPlace(name) ||
			leadingNoise[first] && first != "the" {
			break
		}
		end := at + len(name)
		next := storeListAfter.FindStringIndex(t[end:])
		if next == nil || by && n == 0 && !storeWordAfter.MatchString(t[end:]) || known && n == 0 && !slices.Contains(knownOrgs, name) {
			break
		}
		out = append(out, cand{typ: TypeOrg, start: at, end: end, source: SourcePattern})
		sep := t[end : end+next[1]]
		if !strings.Contains(sep, ",") && !strings.Contains(sep, "and") {
			break
		}
		at = end + next[1]
	}
	return out
}

// madeIn is a product's country of origin after "made in" or
// "manufactured in", as labels and recall notices print it ("Manufactured
// in: China", "MADE IN CHINA"): group 1 is the country, one or two
// capitalised words.
var madeIn = regexp.MustCompile(`(?i:\b(?:made|manufactured)[ \t]+in)(?::[ \t]*|[ \t]+)(?:(?:the|THE)[ \t]+)?([A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z]+)?)`)

// madeInPlaces returns the countries madeIn names, the places the lists
// know (knownPlace; the tagger reads a country alone on a notice's line
// as an organisation), when the name ends there: "made in Washington
// County" and "made in New York City" name a longer place.
func madeInPlaces(t string) []cand {
	// Only a text that holds the verbs' last letters and "in" runs the
	// expression (its case-blind verbs would be read from every byte).
	if !containsAny(t, []string{"ade in", "ade In", "ADE IN", "ured in", "ured In", "URED IN"}) {
		return nil
	}
	var out []cand
	for _, m := range madeIn.FindAllStringSubmatchIndex(t, -1) {
		e := m[3]
		if name := t[m[2]:e]; !knownPlace(oneSpace(name)) && strings.HasSuffix(name, ".") {
			e-- // the sentence's period: "made in China."
		}
		if !knownPlace(oneSpace(t[m[2]:e])) || startsUpper(firstWord(t[m[3]:min(len(t), m[3]+30)])) && !strings.HasPrefix(t[m[3]:], "\n") {
			continue // "made in Washington County", "made in New York City"
		}
		out = append(out, cand{typ: TypeLocation, start: m[2], end: e, source: SourcePattern})
	}
	return out
}
