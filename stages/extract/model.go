package extract

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages/extract/tagger"
)

// shippedModel is the trained tagger (scripts/train-ner writes it; see
// docs/quality.md for the data it is trained on and their licences).
//
//go:embed model/ner.model.gz
var shippedModel []byte

// ModelPath is where scripts/train-ner writes the shipped model, relative
// to the repository root.
const ModelPath = "stages/extract/model/ner.model.gz"

// ShippedModel returns the embedded model bytes.
func ShippedModel() []byte { return bytes.Clone(shippedModel) }

// defaultModel decodes the shipped model once per process.
var defaultModel = sync.OnceValues(func() (*tagger.Model, error) {
	m, err := tagger.Decode(bytes.NewReader(shippedModel))
	if err != nil {
		return nil, fmt.Errorf("extract: shipped model: %w", err)
	}
	return m, nil
})

// modelID names the shipped model in the fingerprint: a hash of its bytes,
// so a retrained model gives a new cache key.
var modelID = func() string {
	h := sha256.Sum256(shippedModel)
	return hex.EncodeToString(h[:6])
}()

// modelMentions tags one chunk's text and returns the PERSON, ORG and
// LOCATION spans.
func modelMentions(m *tagger.Model, text string, pats []cand) []cand {
	toks := Tokenize(text)
	if len(toks) == 0 {
		return nil
	}
	attrs := Attributes(text, toks, pats)
	seq := make([]tagger.Token, len(toks))
	for i, t := range toks {
		seq[i] = tagger.Token{Text: text[t.Start:t.End], Attrs: attrs[i]}
	}
	var out []cand
	for _, sp := range tagger.Spans(m.Tag(seq)) {
		typ, ok := modelTypes[sp.Type]
		if !ok {
			continue
		}
		// A name does not run over a line break: in signature blocks and
		// captions the next line is another name ("Margit Ellensby" over
		// "Margit Ellensby, Chief Executive Officer"). In a paragraph it
		// does ("Cherryfield Church / of the Open Bible").
		s := toks[sp.First].Start
		for k := sp.First; k <= sp.Last; k++ {
			list := k+2 <= sp.Last && orgList(text[toks[k].Start:toks[k].End], text[toks[k+1].Start:toks[k+1].End], text[toks[k+2].Start:min(len(text), toks[k+2].Start+48)])
			// "Tony Martin. Deitz's daughter": a person's name ends at a
			// sentence's full stop after a word, not an initial's or a
			// title's period.
			if w := text[toks[k].Start:toks[k].End]; !list && typ == TypePerson && k+2 <= sp.Last && text[toks[k+1].Start:toks[k+1].End] == "." &&
				utf8.RuneCountInString(w) >= 3 && !titleWords[strings.ToLower(w)] && sentenceStop(w+".") {
				list = true // the period, like a list's comma, is no name's
			}
			if k == sp.Last || list || columnBreak(text[toks[k].End:toks[k+1].Start]) && !softWrap(text, toks[k].End, text[toks[k].End:toks[k+1].Start]) {
				if c, ok := modelCand(text, typ, s, toks[k].End); ok {
					out = append(out, c)
				}
				if list {
					k++ // the comma
				}
				if k < sp.Last {
					s = toks[k+1].Start
				}
			}
		}
	}
	return out
}

// orgList reports whether a comma between the word w and the text rest
// after it, inside one tagged span, separates two names of a list rather
// than parts of one: w, an organisation word, ends a complete name
// ("Reconstructionist Rabbinical Association, Union for Reform Judaism"),
// and what follows is not a legal form ("Association, Inc."), a place
// ("Association, Texas") or the church a regional body belongs to ("Maine
// Conference, United Church of Christ").
func orgList(w, comma, rest string) bool {
	f := strings.Fields(rest)
	if comma != "," || len(f) == 0 || !orgWords[strings.ToLower(w)] {
		return false
	}
	// The next word without the punctuation after it ("Inc.," is "Inc.").
	next := strings.TrimRight(f[0], ",;:")
	if !capitalised(next) {
		return false
	}
	if item, _, _ := strings.Cut(rest, ","); churchBodies[strings.ToLower(w)] && namesChurch(item) {
		return false
	}
	n := strings.ToLower(next)
	return !legalForms[n] && !locationSet[n] && !postalCodes[next]
}

// churchOfBody joins an organisation that ends in a church's regional body
// and the church named right after it, a comma between: "Maine Conference"
// + ", " + "United Church of Christ", which the tagger may find as two
// names (orgList keeps them one inside a single span).
func churchOfBody(t string, cs []cand) []cand {
	byStart := map[int]int{}
	for i, c := range cs {
		if c.typ == TypeOrg {
			byStart[c.start] = i
		}
	}
	drop := map[int]bool{}
	for i := range cs {
		c := &cs[i]
		if c.typ != TypeOrg || drop[i] || !churchBodies[strings.ToLower(lastWord(t[c.start:c.end]))] {
			continue
		}
		rest := textAfter(t, c.end)
		if !strings.HasPrefix(rest, ",") {
			continue
		}
		next := c.end + len(rest) - len(strings.TrimLeft(rest[1:], " \t\n")) // after the comma and spaces
		j, ok := byStart[next]
		if !ok || j == i || !namesChurch(t[cs[j].start:cs[j].end]) {
			continue
		}
		c.end = cs[j].end
		drop[j] = true
	}
	return withoutDropped(cs, drop)
}

// namesChurch reports whether a name has the word "Church": "United Church
// of Christ".
func namesChurch(name string) bool {
	return slices.Contains(strings.Fields(name), "Church")
}

// churchBodies are a church's regional bodies, named "<region> Conference,
// <church>": "Maine Conference, United Church of Christ", "Diocese of
// Albany, Episcopal Church".
var churchBodies = wordSet(`conference diocese synod presbytery`)

// listBreak returns the byte offset of the first comma in name that
// separates two names of a list (orgList), or 0.
func listBreak(name string) int {
	for i := strings.IndexByte(name, ','); i > 0; {
		before := strings.Fields(name[:i])
		after := strings.Fields(name[i+1:])
		if len(before) > 0 && len(after) > 0 && orgList(before[len(before)-1], ",", name[i+1:]) {
			return i
		}
		j := strings.IndexByte(name[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return 0
}

// legalForms follow an organisation's name after a comma.
var legalForms = wordSet(`inc inc. llc l.l.c. llp l.l.p. l.p. lp ltd ltd. n.a. plc s.a. ag gmbh p.c. p.a. pllc corp corp. co. pc pa`)

// jobWords name positions, not people.
var jobWords = wordSet(`chief executive officer officers financial operating president vice secretary treasurer
	director directors manager managing general counsel partner associate clerk deputy assistant
	chairman chairwoman chair member members circuit district senior presiding advocate staff`)

// generational finds a generational suffix right after a name.
var generational = regexp.MustCompile(`^,?[ \t]+` + generationSuffix)

// columnBreak reports whether the space between two tokens ends a name: a
// line break, or a gap between columns (wideGap). A paragraph's wrap does
// not (softWrap).
func columnBreak(gap string) bool {
	return strings.Contains(gap, "\n") || wideGap(gap)
}

// wideGap reports whether s holds a gap between two columns: a tab (the
// text stage keeps one at a column's edge) or a run of three spaces (a
// layout-preserving text that did not go through the text stage).
func wideGap(s string) bool {
	return strings.Contains(s, "   ") || strings.Contains(s, "\t")
}

// genericOrg are words that alone name no organisation in particular.
var genericOrg = wordSet(`bank company corporation agency court state government department board commission
	committee office association partnership trust fund council university college county city district`)

// preferPatterns lets a pattern's person (after a title), organisation
// (with a legal-form suffix) or caption party replace the tagger's mentions
// it covers (a party keeps the type the tagger gave its longest part), and
// splits the tagger's "Leonard Szabo of Ashgrove Pell LLP" into the person
// and the firm: those forms are more reliable than the tagger on capitals
// and signature blocks. Both lists are sorted by start; the merge is
// linear.
func preferPatterns(text string, model, pats []cand) []cand {
	var strong []cand
	for i, p := range pats {
		if p.party || p.typ == TypeOrg || p.typ == TypePerson {
			strong = append(strong, p)
			strong[len(strong)-1].ref = i
		}
	}
	sort.Slice(strong, func(i, j int) bool { return strong[i].start < strong[j].start })
	sort.Slice(model, func(i, j int) bool { return model[i].start < model[j].start })
	var out []cand
	k := 0
	for _, m := range model {
		for k < len(strong) && strong[k].end <= m.start {
			k++
		}
		replaced := false
		for j := k; j < len(strong) && strong[j].start < m.end; j++ {
			p := strong[j]
			if p.start <= m.start && m.end <= p.end {
				replaced = true // the pattern covers it
				if p.party && m.end-m.start > pats[p.ref].typed {
					// A party of a caption takes the type the tagger
					// gave the longest name inside it.
					pats[p.ref].typ, pats[p.ref].typed = m.typ, m.end-m.start
				}
				break
			}
			if p.typ == TypeOrg && m.typ == TypeOrg && p.end == m.end && p.start > m.start {
				head := strings.TrimSpace(text[m.start:p.start])
				if name, ok := strings.CutSuffix(head, " of"); ok && personLike(name) {
					out = append(out, cand{typ: TypePerson, start: m.start, end: m.start + len(name), source: SourceModel})
					replaced = true
					break
				}
			}
		}
		if !replaced {
			out = append(out, m)
		}
	}
	return out
}

// personLike reports whether s reads as a person's name: two to four
// capitalised words or initials, none of them an organisation word.
func personLike(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		lw := strings.ToLower(w)
		if !startsUpper(w) || orgSuffix[lw] || genericOrg[lw] || jobWords[lw] || titleWords[lw] {
			return false
		}
	}
	return true
}

// modelTypes maps the tagger's labels to ours.
var modelTypes = map[string]string{"PER": TypePerson, "ORG": TypeOrg, "LOC": TypeLocation}

// modelCand cleans a tagged span: trims surrounding punctuation and drops
// spans with no capital letter or that are a single role word ("the
// Plaintiff" names a party only through a definition, which defined terms
// handle).
func modelCand(t, typ string, s, e int) (cand, bool) {
	const trimSet = "\"'“”‘’(),;:-–—[]"
	for s < e {
		r, n := utf8.DecodeRuneInString(t[s:e])
		if !strings.ContainsRune(trimSet, r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(t[s:e])
		if !strings.ContainsRune(trimSet, r) {
			break
		}
		e -= n
	}
	// A signature's "s/" or "/s/" is not part of the name.
	if strings.HasPrefix(t[s:e], "/s/") {
		s += 3
	} else if strings.HasPrefix(t[s:e], "s/") {
		s += 2
	}
	if e <= s {
		return cand{}, false
	}
	txt := t[s:e]
	if !strings.ContainsFunc(txt, unicode.IsUpper) {
		return cand{}, false
	}
	ws := strings.Fields(txt)
	allJob := true
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		allJob = allJob && (jobWords[lw] || titleWords[lw] || roleWords[lw] || lw == "of" || lw == "the" || lw == "court")
	}
	if allJob {
		return cand{}, false // "Chief Executive Officer", "Counsel for Appellant"
	}
	typ, s, e, ok := shapeName(t, typ, s, e)
	if !ok {
		return cand{}, false
	}
	ws = strings.Fields(t[s:e])
	if len(ws) == 1 {
		w := strings.ToLower(strings.Trim(ws[0], ".,"))
		if roleWords[w] || genericOrg[w] {
			return cand{}, false
		}
		// An abbreviation alone ("Jr.", "St.", "U.S.", "L.P.") is a piece
		// of a name, not a name.
		if strings.HasSuffix(ws[0], ".") && utf8.RuneCountInString(ws[0]) <= 5 {
			return cand{}, false
		}
	}
	// A given name that ends a line of a paragraph goes on with the middle
	// initial and surname on the next ("Jeffrey" / "I. Pasek"); so does a
	// given name the table knows after other words of its line, however
	// short the lines ("Attorney General Douglas" / "F. Gansler").
	if typ == TypePerson && len(ws) == 1 {
		if m := wrappedName.FindStringIndex(t[e:]); m != nil && (softWrap(t, e, t[e:e+strings.IndexByte(t[e:], '\n')+1]) || isGivenName(ws[0]) && !lineStartAt(t, s)) {
			e += m[1]
		}
	}
	// A generational suffix is part of a person's name ("Kenneth D.
	// Upton, Jr.").
	if typ == TypePerson {
		if m := generational.FindStringIndex(t[e:]); m != nil {
			if r, _ := utf8.DecodeRuneInString(t[e+m[1]:]); !unicode.IsLetter(r) {
				e += m[1]
			}
		}
	}
	return cand{typ: typ, start: s, end: e, source: SourceModel}, true
}

// listItem is one name of a list: capitalised words, joined by spaces, a
// line break and the small words of organisations' names ("Bend the Arc",
// "Union for Reform Judaism", "Men of Reform Judaism").
var listItem = regexp.MustCompile(`^[A-Z][A-Za-z'’&.\-]*(?:[ \t]*\n?[ \t]*(?:(?:of|for|the|in|on|to|and)[ \t]*\n?[ \t]*)*[A-Z][A-Za-z'’&.\-]*){0,7}$`)

// listedOrgs finds the names of a list of organisations that the tagger
// left out: between two organisations of the list, the comma-separated
// items that no name covers ("Anti-Defamation League, Bend the Arc,
// Central Conference of American Rabbis"), and the list's last item after
// "and" ("…, Reconstructionist Rabbinical Association, Union for Reform
// Judaism, and Women of Reform Judaism, amici curiae"). An item must be
// capitalised words alone, at most eight, and the list must have two
// organisations side by side before its last item, so a sentence's
// clauses are no list. It looks only at the text between neighbouring
// names, so its cost is linear in the chunk.
func listedOrgs(t string, cs []cand) []cand {
	var all []cand
	for _, c := range cs {
		if nameType(c.typ) && !c.party {
			all = append(all, c)
		}
	}
	// The longest of overlapping names ("Acme Holdings LLC", not the
	// "Acme Holdings" inside it), by start.
	sort.Slice(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].end > all[j].end
	})
	var names []cand
	for _, c := range all {
		if len(names) > 0 && c.start < names[len(names)-1].end {
			continue
		}
		names = append(names, c)
	}
	item := func(s string) (string, bool) {
		s = strings.TrimSpace(s)
		return s, s != "" && len(s) <= 80 && listItem.MatchString(s)
	}
	var out []cand
	add := func(from int, part string) {
		lead := strings.Index(t[from:], part)
		out = append(out, cand{typ: TypeOrg, start: from + lead, end: from + lead + len(part), source: SourcePattern})
	}
	for k := 0; k+1 < len(names); k++ {
		a, b := names[k], names[k+1]
		if a.typ != TypeOrg || b.start <= a.end || b.start-a.end > 400 {
			continue
		}
		// Between two organisations: ", X, Y, " (the last item may open
		// with "and").
		gap := strings.TrimRight(t[a.end:b.start], " \t\n")
		if b.typ != TypeOrg || len(gap) < 3 || gap[0] != ',' || gap[len(gap)-1] != ',' {
			continue
		}
		var found []string
		for _, p := range strings.Split(gap[1:len(gap)-1], ",") {
			p, good := item(strings.TrimPrefix(strings.TrimSpace(p), "and "))
			if !good {
				found = nil
				break
			}
			found = append(found, p)
		}
		from := a.end
		for _, p := range found {
			add(from, p)
			from += strings.Index(t[from:], p) + len(p)
		}
	}
	// The last item: ", and X" closing a list whose two names before are
	// organisations side by side (the items just found count).
	names = append(names, out...)
	sort.Slice(names, func(i, j int) bool { return names[i].start < names[j].start })
	for k := 1; k < len(names); k++ {
		a, prev := names[k], names[k-1]
		if a.typ != TypeOrg || prev.typ != TypeOrg || a.start < prev.end || strings.TrimSpace(t[prev.end:a.start]) != "," {
			continue
		}
		// The items up to the one "and" opens, each a list item, before
		// the sentence or the next name goes on.
		rest := t[a.end:min(len(t), a.end+300)]
		if i := strings.IndexAny(rest, ".;()"); i >= 0 {
			rest = rest[:i]
		}
		if k+1 < len(names) && names[k+1].start < a.end+len(rest) {
			rest = rest[:names[k+1].start-a.end]
		}
		parts := strings.Split(rest, ",")
		if len(parts) < 2 || strings.TrimSpace(parts[0]) != "" {
			continue
		}
		var found []string
		last := false
		for _, p := range parts[1:] {
			p = strings.TrimSpace(p)
			if strings.HasPrefix(p, "and ") || strings.HasPrefix(p, "and\n") {
				p, last = strings.TrimSpace(p[4:]), true
			}
			p, good := item(p)
			if !good {
				break
			}
			found = append(found, p)
			if last {
				break
			}
		}
		if !last || len(found) == 0 {
			continue
		}
		from := a.end
		for _, p := range found {
			add(from, p)
			from += strings.Index(t[from:], p) + len(p)
		}
	}
	return append(cs, out...)
}
