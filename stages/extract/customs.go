package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// customsRuling is a U.S. Customs ruling's number, as the rulings' pages
// and the letters cite them: "NY D81377", "HQ 089136", "NY N170259", its
// office's letters and the number, in a text that is a ruling's or cites
// one.
var customsRuling = regexp.MustCompile(`\b(?:HQ|NY|N\.Y\.)[ \t]+(?:[A-Z]\d{5,6}|\d{6,7})\b`)

// customsRulingNumber reports whether s is a Customs ruling's number
// whole ("NY D84404", "HQ 089136").
func customsRulingNumber(s string) bool {
	return customsRuling.FindString(s) == s
}

// customsRulingAt reports whether a Customs ruling's number starts at i
// of t.
func customsRulingAt(t string, i int) bool {
	m := customsRuling.FindStringIndex(t[i:min(len(t), i+len("N.Y. 1234567"))])
	return m != nil && m[0] == 0
}

// customsRange is a ruling's number that opens or closes a range of them
// in a research site's index ("NY D81364 - NY D81415"): a list of other
// rulings, none of them the page's.
var customsRange = regexp.MustCompile(`^[ \t]+[-–][ \t]+(?:HQ|NY)\b`)

// customsFileLine is the file line a headquarters ruling opens with, its
// office's codes, its number and its author's initials: "CLA-2
// CO:R:C:G: 084801 DPS", "CLA RR:TC:MM 958421 MMC", "CLA-2
// OT:RR:CTF:TCM H071105 TNA". Group 1 is the ruling's number, which
// names it as "HQ 084801" does (resolve joins the number alone to it).
var customsFileLine = regexp.MustCompile(`\bCLA(?:-2)?(?:-\d{2})?:?[ \t]+[A-Z]{1,3}(?::[A-Z0-9]{1,4})+:?[ \t]+([A-Z]?\d{6})[ \t]+[A-Z]{2,4}\b`)

// customsRulings returns the rulings customsRuling finds, cases, in a text
// that speaks of rulings or tariffs ("Ruling", "RULING", "TARIFF", "CLA-2"),
// and the number of a file line (customsFileLine); a number in an index's
// range is none.
func customsRulings(t string) []cand {
	var out []cand
	if strings.Contains(t, "CLA") {
		out = groupCands(t, customsFileLine, 1, TypeCase)
	}
	if !containsAny(t, []string{"HQ ", "NY "}) || !containsAny(t, []string{"Ruling", "ruling", "RULING", "TARIFF", "Tariff", "CLA-2"}) {
		return out
	}
	for _, m := range customsRuling.FindAllStringIndex(t, -1) {
		if before := strings.TrimRight(t[:m[0]], " \t"); customsRange.MatchString(t[m[1]:]) || strings.HasSuffix(before, "-") || strings.HasSuffix(before, "–") {
			continue
		}
		out = append(out, cand{typ: TypeCase, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}

// tariffScheduleName is the Harmonized Tariff Schedule of the United
// States, a law, by its name ("Harmonized Tariff Schedule of the United
// States Annotated") or its initials ("HTSUS", "HTSUSA"), and the Tariff
// Schedules of the United States it replaced in 1989 ("TSUS").
const tariffScheduleName = `\bHarmonized[ \t\n]+Tariff[ \t\n]+Schedule(?:[ \t\n]+of[ \t\n]+the[ \t\n]+United[ \t\n]+States)?(?:[ \t\n]+Annotated)?|\bHTSUSA?\b` +
	`|\bTariff[ \t\n]+Schedules[ \t\n]+of[ \t\n]+the[ \t\n]+United[ \t\n]+States(?:[ \t\n]+Annotated)?|\bTSUSA?\b`

// tariffSchedule finds tariffScheduleName; tariffScheduleAt reads it
// where a text starts.
var (
	tariffSchedule   = regexp.MustCompile(tariffScheduleName)
	tariffScheduleAt = regexp.MustCompile(`^(?:` + tariffScheduleName + `)`)
)

// tariffText is the schedules' initials or names, or the Harmonized
// System's, the test that a text speaks of them ("HTS" as a word: "RIGHTS"
// holds its letters); tariffLaws runs it only on a text holding one of its
// literals.
var tariffText = regexp.MustCompile(`\b(?:HTS|TSUS)|Harmonized|Tariff[ \t\n]+Schedules`)

// tariffProvision is one of the schedule's headings, a law of its own: a
// heading's number after its word, with the schedule's initials before
// or after it ("HTSUS subheading 9503.90.0070", "subheading 4820.10.2020,
// HTSUS", "heading 9505, HTSUS"), a subheading's number after its word
// ("subheading 9403.82.0015"), or its full number alone ("7319.30.1000,
// Harmonized Tariff Schedule", "6110.20.20.10"); and an item of the older
// schedules with their name after it ("item 737.90, Tariff Schedules of
// the United States", "item 737.90, TSUS", "TSUS item 737.90", "item
// 737.90 of the Tariff Schedules of the United States").
var tariffProvision = regexp.MustCompile(`\b(?:(?:HTSUSA?|HTS|Harmonized[ \t]+Tariff[ \t]+Schedule)[ \t]+)?(?i:(?:sub)?heading)[ \t]+\d{4}(?:\.\d{2}(?:\.\d{2,4}(?:\.\d{2})?)?)?\b(?:,?[ \t]+HTSUSA?\b)?` +
	`|\b\d{4}\.\d{2}\.\d{2,4}(?:\.\d{2})?\b` +
	`|\b(?:TSUSA?[ \t]+)?(?i:item)[ \t]+\d{3}\.\d{2}\b(?:,[ \t]+(?:TSUSA?\b|Tariff[ \t\n]+Schedules[ \t\n]+of[ \t\n]+the[ \t\n]+United[ \t\n]+States(?:[ \t\n]+Annotated)?))?`)

// bareItem is an item's number with neither the older schedules' name nor
// their initials beside it: "item 737.90" alone is any list's.
var bareItem = regexp.MustCompile(`^(?i:item)[ \t]+\d{3}\.\d{2}$`)

// tariffOf is the schedule's name after a heading's number and "of the":
// "subheading 9405.40.80 of the Harmonized Tariff Schedule of the United
// States" is one law.
var tariffOf = regexp.MustCompile(`^[ \t\n]+of[ \t\n]+the[ \t\n]+`)

// tariffRule is one of the schedule's General Rules of Interpretation, a
// law of its own, by its name or its initials, with its number or not:
// "GRI 3(b)", "GRI 3 (b)", "General Rule of Interpretation 3", "General
// Rules of Interpretation (GRI)", "the GRIs" (there are six). A text on
// the Global Reporting Initiative has none.
var tariffRule = regexp.MustCompile(`\b(?:GRIs\b|(?:GRI\b|General[ \t\n]+Rules?[ \t\n]+of[ \t\n]+Interpretation\b(?:[ \t]+\(GRI\))?)(?:[ \t]+[1-6]\b(?:[ \t]?\([a-z]\))?)?)`)

// notTariffRule is what follows the Global Reporting Initiative's
// initials, no tariff rule: "GRI Standards", "GRI 102", "GRI Rule".
var notTariffRule = regexp.MustCompile(`^[ \t]+(?:[A-Z]|[Ff]ramework|\d{2,})`)

// customsRegulation is a part of the Customs Regulations (19 C.F.R.), a
// law, as the rulings cite it: "Part 177 of the Customs Regulations",
// "Section 177 of the Customs Regulations"; its place in the C.F.R. after
// it, in parentheses or after a comma, is the same law (codifiedActs,
// cfrPart). A section by its number ("section 134.41(b), Customs
// Regulations") is left to the patterns, which key it by its number with
// its C.F.R. place wherever that stands.
var customsRegulation = regexp.MustCompile(`\b(?:[Pp]art|[Ss]ection|§)[ \t]+\d{1,3}[ \t\n]+of[ \t\n]+the[ \t\n]+Customs[ \t\n]+Regulations\b`)

// customsRegulationName reports whether s is a customsRegulation whole.
func customsRegulationName(s string) bool {
	return customsRegulation.FindString(s) == s
}

// cfrPart is the C.F.R.'s place of a regulation: "19 C.F.R. 177", "19
// C.F.R. Part 177", "19 CFR § 134.41(b)".
var cfrPart = regexp.MustCompile(`^\d{1,2}[ \t]+(?:C\.[ \t]?F\.[ \t]?R\.|CFR)[ \t]*(?:§§?|[Pp]art|[Ss]ec\.)?[ \t]*\d`)

// customsRegulations returns the parts and sections customsRegulation
// finds.
func customsRegulations(t string) []cand {
	if !strings.Contains(t, "Customs") {
		return nil
	}
	var out []cand
	for _, m := range customsRegulation.FindAllStringIndex(t, -1) {
		out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}

// tariffLaws returns the schedules, their headings and their rules of
// interpretation, laws, in a text that names a schedule (tariffText):
// customs rulings and the courts' and agencies' texts on duties. A
// heading's number before "of the" and the schedule's name takes the name
// in.
func tariffLaws(t string) []cand {
	if !containsAny(t, []string{"HTS", "TSUS", "Harmonized", "Tariff"}) || !tariffText.MatchString(t) {
		return nil
	}
	var out []cand
	for _, m := range tariffProvision.FindAllStringIndex(t, -1) {
		end := m[1]
		if o := tariffOf.FindStringIndex(t[end:]); o != nil {
			if s := tariffScheduleAt.FindStringIndex(t[end+o[1]:]); s != nil {
				end += o[1] + s[1]
			}
		}
		if end == m[1] && bareItem.MatchString(t[m[0]:m[1]]) {
			continue
		}
		out = append(out, cand{typ: TypeLaw, start: m[0], end: end, source: SourcePattern})
	}
	if (strings.Contains(t, "GRI") || strings.Contains(t, "of Interpretation")) && !strings.Contains(t, "Global Reporting Initiative") {
		for _, m := range tariffRule.FindAllStringIndex(t, -1) {
			if !notTariffRule.MatchString(t[m[1]:]) {
				out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
			}
		}
	}
	for _, m := range tariffSchedule.FindAllStringIndex(t, -1) {
		if !slices.ContainsFunc(out, func(c cand) bool { return c.start <= m[0] && c.end >= m[1] }) {
			out = append(out, cand{typ: TypeLaw, start: m[0], end: m[1], source: SourcePattern})
		}
	}
	return out
}

// rulingSeriesAfter is the word after "New York" that makes it the name of
// Customs' series of rulings ("New York Ruling Letter", "New York ruling
// NY N020433"), and rulingSeriesBefore the words before "(NY)", the
// series' initials ("New York Ruling Letters (NY) N053402").
var (
	rulingSeriesAfter  = regexp.MustCompile(`^[ \t]+(?:Ruling|ruling|RULING)\b`)
	rulingSeriesBefore = regexp.MustCompile(`(?:Ruling|ruling)[ \t]+(?:Letters?|letters?)[ \t]*\($`)
)

// rulingSeries drops the places that name Customs' series of New York
// rulings, no place of the text's.
func rulingSeries(t string, cs []cand) []cand {
	if !strings.Contains(t, "uling") {
		return cs
	}
	return slices.DeleteFunc(cs, func(c cand) bool {
		if c.typ != TypeLocation {
			return false
		}
		switch t[c.start:c.end] {
		case "New York":
			return rulingSeriesAfter.MatchString(t[c.end:])
		case "NY":
			return c.end < len(t) && t[c.end] == ')' && rulingSeriesBefore.MatchString(t[max(0, c.start-24):c.start])
		}
		return false
	})
}

// bareCustoms is the word "Customs" ("Customs'" too).
var bareCustoms = regexp.MustCompile(`\bCustoms\b`)

// usCustomsWords tell a text about the United States' customs: its tariff
// schedule, the agency's names and regulations, a ruling's words ("tariff
// classification", "merchandise").
var usCustomsWords = []string{"HTSUS", "Harmonized Tariff Schedule", "CBP", "Customs Service", "Customs and Border Protection", "Customs Regulations", "tariff classification", "merchandise"}

// customsAgency returns "Customs" where a text about the United States'
// customs (usCustomsWords, a ruling's number) names the agency by that
// word alone, as the rulings do ("In NY A80299, Customs held", "Customs'
// claims", "the Customs officer"): not as a word of a longer name, so not
// after a capitalised word or "of", "and" or "&" ("U.S. Customs",
// "District Director of Customs", "Immigration and Customs Enforcement")
// nor before a capitalised word, "and" or "&" ("Customs Service",
// "Customs Regulations", "Customs and Border Protection").
func customsAgency(t string) []cand {
	if !strings.Contains(t, "Customs") || !containsAny(t, usCustomsWords) && customsRuling.FindStringIndex(t) == nil {
		return nil
	}
	var out []cand
	for _, m := range bareCustoms.FindAllStringIndex(t, -1) {
		if ns, ne, ok := nextWord(t, m[1]); ok {
			if w := t[ns:ne]; w == "and" || w == "&" || capitalised(w) {
				continue
			}
		}
		// A capitalised word before it is the name's unless it is "The"
		// or a sentence's end closes it ("… was ruled. Customs held";
		// "U.S." ends none); prevWord and nextWord stop at a comma ("In NY
		// A80299, Customs held") and at a line's end that no sentence goes
		// on over.
		if ps, pe, ok := prevWord(t, m[0]); ok {
			w := t[ps:pe]
			sentence := strings.HasSuffix(w, ".") && strings.ContainsFunc(w, unicode.IsLower)
			if w == "of" || w == "and" || w == "&" || capitalised(w) && !sentence && w != "The" {
				continue
			}
		}
		out = append(out, cand{typ: TypeOrg, start: m[0], end: m[1], source: SourcePattern})
	}
	return out
}
