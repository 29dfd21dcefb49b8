package resolve

import (
	"sort"
	"strings"

	"github.com/docpipe/docpipe/stages/extract"
)

// nearCitation is how far, in runes, a case's full citation may start
// after its name ("Texas v. New Mexico, 482 U. S. 124").
const nearCitation = 40

// citationParts splits a reporter citation's normalised name ("482 us
// 124") into its reporter ("us") and the whole key; ok is false for any
// other name (a case's name, a docket number).
func citationParts(norm string) (reporter string, ok bool) {
	t := strings.Fields(norm)
	if len(t) != 3 || !allDigits(t[0]) || !allDigits(t[2]) || allDigits(t[1]) {
		return "", false
	}
	return t[1], true
}

// decisions tells apart two decisions of one name: "Texas v. New Mexico,
// 462 U. S. 554" and "Texas v. New Mexico, 482 U. S. 124" are two cases,
// which the name alone would make one. A name is split when citations of
// one reporter with different volumes or pages refer to it (citations in
// other reporters are parallel ones). It returns, per mention id, the
// decision a mention of a split name belongs to (the key of its citation
// in that reporter): a citation its own, or that of the citation in the
// split reporter before it (a parallel citation); a name the citation
// right after it, or else the last such citation before it (a later
// short form), or else the first.
func decisions(ms []extract.Mention) map[string]string {
	type cite struct {
		start    int
		key, rep string
		split    bool // in the reporter that tells the decisions apart
	}
	cites := map[string][]cite{} // by the normalised name they refer to
	for _, m := range ms {
		if m.Refers == "" || extract.IsCaseName(m.Text) {
			continue
		}
		key := Normalize(extract.TypeCase, m.Text)
		if rep, ok := citationParts(key); ok {
			name := Normalize(extract.TypeCase, m.Refers)
			cites[name] = append(cites[name], cite{start: m.Start, key: key, rep: rep})
		}
	}
	// A name splits by the first reporter (in order) in which its
	// citations have two keys; the others are one decision's.
	splitBy := map[string]string{}
	for name, cs := range cites {
		keys := map[string]map[string]bool{} // reporter → keys
		for _, c := range cs {
			if keys[c.rep] == nil {
				keys[c.rep] = map[string]bool{}
			}
			keys[c.rep][c.key] = true
		}
		for rep, ks := range keys {
			if len(ks) > 1 && (splitBy[name] == "" || rep < splitBy[name]) {
				splitBy[name] = rep
			}
		}
		if splitBy[name] == "" {
			delete(cites, name)
			continue
		}
		sort.Slice(cs, func(i, j int) bool { return cs[i].start < cs[j].start })
		for i := range cs {
			cs[i].split = cs[i].rep == splitBy[name]
		}
	}
	if len(cites) == 0 {
		return nil
	}
	// before returns the key of the last splitting citation of name
	// starting before pos, or "".
	before := func(name string, pos int) string {
		k := ""
		for _, c := range cites[name] {
			if c.start >= pos {
				break
			}
			if c.split {
				k = c.key
			}
		}
		return k
	}
	first := func(name string) string {
		for _, c := range cites[name] {
			if c.split {
				return c.key
			}
		}
		return ""
	}
	out := map[string]string{}
	for _, m := range ms {
		if m.Refers != "" && !extract.IsCaseName(m.Text) {
			name := Normalize(extract.TypeCase, m.Refers)
			if _, ok := cites[name]; !ok {
				continue
			}
			key := Normalize(extract.TypeCase, m.Text)
			if r, ok := citationParts(key); ok && r == splitBy[name] {
				out[m.ID] = key
			} else if k := before(name, m.Start+1); k != "" {
				out[m.ID] = k
			} else {
				out[m.ID] = first(name)
			}
			continue
		}
		name := Normalize(extract.TypeCase, m.Text)
		cs, ok := cites[name]
		if !ok {
			continue
		}
		k := ""
		for _, c := range cs {
			if c.start >= m.End && c.start-m.End <= nearCitation {
				if c.split {
					k = c.key
				}
				break
			}
		}
		if k == "" {
			k = before(name, m.Start)
		}
		if k == "" {
			k = first(name)
		}
		out[m.ID] = k
	}
	return out
}
