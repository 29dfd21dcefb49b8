package extract

import (
	"regexp"
	"strings"
)

// customsRuling is a U.S. Customs ruling's number, as the rulings' pages
// and the letters cite them: "NY D81377", "HQ 089136", "NY N170259", its
// office's letters and the number, in a text that is a ruling's or cites
// one.
var customsRuling = regexp.MustCompile(`\b(?:HQ|NY|N\.Y\.)[ \t]+(?:[A-Z]\d{5,6}|\d{6,7})\b`)

// customsRange is a ruling's number that opens or closes a range of them
// in a research site's index ("NY D81364 - NY D81415"): a list of other
// rulings, none of them the page's.
var customsRange = regexp.MustCompile(`^[ \t]+[-–][ \t]+(?:HQ|NY)\b`)

// customsRulings returns the rulings customsRuling finds, cases, in a text
// that speaks of rulings or tariffs ("Ruling", "RULING", "TARIFF", "CLA-2");
// a number in an index's range is none.
func customsRulings(t string) []cand {
	if !containsAny(t, []string{"HQ ", "NY "}) || !containsAny(t, []string{"Ruling", "ruling", "RULING", "TARIFF", "Tariff", "CLA-2"}) {
		return nil
	}
	var out []cand
	for _, m := range customsRuling.FindAllStringIndex(t, -1) {
		if customsRange.MatchString(t[m[1]:]) || strings.HasSuffix(strings.TrimRight(t[:m[0]], " \t"), "-") || strings.HasSuffix(strings.TrimRight(t[:m[0]], " \t"), "–") {
			continue
		}
		out = append(out, cand{typ: TypeCase, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}
