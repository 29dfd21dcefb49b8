package extract

import "regexp"

// partnerFirm is a firm named after its partners, their surnames listed
// with commas and the last joined by "&": "Sumner, Schick & Hamilton",
// "Gillespie, Rozen, Watsky & Motley". A list of people writes "and".
var partnerFirm = regexp.MustCompile(`\b[A-Z][a-z][A-Za-z'’\-]*(?:,[ \t]+[A-Z][a-z][A-Za-z'’\-]*)+,?[ \t]+&[ \t]+[A-Z][a-z][A-Za-z'’\-]*\b`)

// firmForm is a firm's legal form after its partners' names: "LLP",
// ", P.C.".
var firmForm = regexp.MustCompile(`^,?[ \t]+(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|PLLC|P\.C\.|P\.A\.|Ltd\.?)`)

// personBefore is the end of a person's given names right before a
// surname: an initial or a capitalised word ("Sonja J. " of "Sonja J.
// McGill, Sumner, …").
var personBefore = regexp.MustCompile(`(?:\b[A-Z]\.|\b[A-Z][a-z]+)[ \t]+$`)

// partnerFirms returns the firms named after their partners (partnerFirm).
// When the first surname ends a person's name ("David K. Watsky,
// Gillespie, Rozen, Watsky & Motley", a lawyer and the firm) the firm
// starts after it; the tagger reads each partner as a person.
func partnerFirms(t string) []cand {
	var out []cand
	for _, m := range partnerFirm.FindAllStringIndex(t, -1) {
		ws := words(t[m[0]:m[1]], m[0])
		first := 0
		for first < len(ws) && (leadingNoise[lowerKey(ws[first].text)] || jobWords[lowerKey(ws[first].text)] || titleWords[lowerKey(ws[first].text)]) {
			first++ // "However, …", "Partner, Brannock & Vey LLP"
		}
		if first == 0 && personBefore.MatchString(t[:m[0]]) {
			first = 1
		}
		if len(ws)-first < 3 { // two names and "&" at least
			continue
		}
		end := m[1]
		if f := firmForm.FindStringIndex(t[end:]); f != nil {
			end += f[1]
		}
		out = append(out, cand{typ: TypeOrg, start: ws[first].start, end: end, source: SourcePattern})
	}
	return out
}
