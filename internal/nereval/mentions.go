package nereval

import "sort"

// tokenRange is a typed span of whole tokens, first and last inclusive.
type tokenRange struct {
	typ         string
	first, last int
}

// ScoreMentions scores mentions the way the FIN5 report always has: a
// gold mention is a run of tokens with one entity tag (from gold's BIO
// tags over text); a system mention becomes the tokens it overlaps; a
// system mention is correct when a gold mention has the same type and the
// same first and last token. Repeated system mentions of one range count
// once. This complements Score (one node per entity) with the measure a
// tagger is trained on, per occurrence.
func ScoreMentions(gold []Tagged, text string, system []Span, o Options) map[string]Counts {
	want := map[string]bool{}
	for _, t := range o.types() {
		want[t] = true
	}
	rs := []rune(text)
	keep := func(typ string, start, end int) bool {
		if !want[typ] {
			return false
		}
		if o.Drop != nil && start >= 0 && end <= len(rs) && start <= end {
			return !o.Drop(typ, Normalize(typ, string(rs[start:end])))
		}
		return true
	}
	out := map[string]Counts{}
	for _, t := range o.types() {
		out[t] = Counts{}
	}
	goldSet := map[tokenRange]bool{}
	cur := -1
	var ranges []tokenRange
	for i, t := range gold {
		if t.Tag == "O" || len(t.Tag) < 3 {
			cur = -1
			continue
		}
		typ := t.Tag[2:]
		if t.Tag[0] == 'B' || cur < 0 || ranges[cur].typ != typ {
			ranges = append(ranges, tokenRange{typ: typ, first: i, last: i})
			cur = len(ranges) - 1
			continue
		}
		ranges[cur].last = i
	}
	for _, r := range ranges {
		if keep(r.typ, gold[r.first].Start, gold[r.last].End) && !goldSet[r] {
			goldSet[r] = true
			c := out[r.typ]
			c.Gold++
			out[r.typ] = c
		}
	}
	sysSet := map[tokenRange]bool{}
	for _, s := range system {
		if !keep(s.Type, s.Start, s.End) {
			continue
		}
		first := sort.Search(len(gold), func(i int) bool { return gold[i].End > s.Start })
		if first == len(gold) || gold[first].Start >= s.End {
			continue // on no token (whitespace)
		}
		last := first
		for last+1 < len(gold) && gold[last+1].Start < s.End {
			last++
		}
		r := tokenRange{typ: s.Type, first: first, last: last}
		if sysSet[r] {
			continue
		}
		sysSet[r] = true
		c := out[s.Type]
		c.System++
		if goldSet[r] {
			c.TP++
		}
		out[s.Type] = c
	}
	return out
}
