package extract

import (
	"regexp"
	"strings"
)

// commaKinds drops the patterns' organisation that runs a capitalised word
// over a comma into an organisation's kind ("this Agreement, Bank agrees",
// "On each Funding Date, Bank will"): in a contract the kind is the defined
// term of a party, whose uses the definition pass finds, and the words
// before the comma are no part of a name. A comma goes on into a name only
// before its legal form ("Acme, Inc.") or a national bank's form; several
// capitalised words after the comma are a name of their own ("On that
// date, Silicon Valley Bank" is "Silicon Valley Bank").
func commaKinds(t string, cs []cand) []cand {
	out := cs[:0]
	for _, c := range cs {
		if c.typ != TypeOrg || c.source != SourcePattern || c.party {
			out = append(out, c)
			continue
		}
		name := t[c.start:c.end]
		i := strings.Index(name, ", ")
		if i < 0 || strings.Count(name, ",") != 1 {
			out = append(out, c)
			continue
		}
		before, after := strings.Fields(name[:i]), strings.Fields(name[i+2:])
		if !kindAfterComma(before, after) {
			out = append(out, c)
			continue
		}
		if len(after) == 1 {
			continue // the kind alone: a term's use, or nothing
		}
		c.start += i + 2
		out = append(out, c)
	}
	return out
}

// kindAfterComma reports whether a name's words after its one comma are
// capitalised words that end in an organisation's kind, not its legal form
// or a national bank's, and its words before are capitalised words without
// connectors ("Funding Date", not "Bureau of Alcohol").
func kindAfterComma(before, after []string) bool {
	if len(before) == 0 || len(after) == 0 {
		return false
	}
	for _, w := range before {
		if !capitalised(w) {
			return false
		}
	}
	for _, w := range after {
		if !capitalised(w) || legalFormWord(w) {
			return false
		}
	}
	last := strings.ToLower(after[len(after)-1])
	if !orgSuffix[last] || last == "association" && strings.EqualFold(after[0], "national") {
		return false
	}
	return true
}

// peoplesRepublic is what opens a republic's name before "Republic":
// "People's", "Democratic People's", in title case or capitals.
var peoplesRepublic = regexp.MustCompile(`(?:(?:Democratic|DEMOCRATIC)[ \t]+)?(?:People|PEOPLE)['’](?:s|S)[ \t]+(?:(?:Democratic|DEMOCRATIC)[ \t]+)?$`)

// peoplesRepublics grows a place or body the tagger read from "Republic"
// on back over the "People's" before it: "the People's Republic of China"
// is China, and "Republic of China" alone is Taiwan.
func peoplesRepublics(t string, cs []cand) []cand {
	for i, c := range cs {
		if c.typ != TypeLocation && c.typ != TypeOrg || !strings.HasPrefix(t[c.start:c.end], "Republic") && !strings.HasPrefix(t[c.start:c.end], "REPUBLIC") &&
			!strings.HasPrefix(t[c.start:c.end], "Democratic Republic") {
			continue
		}
		if m := peoplesRepublic.FindStringIndex(t[max(0, c.start-24):c.start]); m != nil {
			cs[i].start = max(0, c.start-24) + m[0]
		}
	}
	return cs
}
