package nereval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Counts are the tallies of one type (or all types) that precision,
// recall and F1 derive from.
type Counts struct {
	Gold   int // gold entities
	System int // system entities
	TP     int // system entities matched one to one with a gold entity
}

// Add returns the sum of two tallies.
func (c Counts) Add(o Counts) Counts {
	return Counts{Gold: c.Gold + o.Gold, System: c.System + o.System, TP: c.TP + o.TP}
}

// Precision is TP/System, 0 when the system found nothing.
func (c Counts) Precision() float64 { return ratio(c.TP, c.System) }

// Recall is TP/Gold, 0 when there is no gold entity.
func (c Counts) Recall() float64 { return ratio(c.TP, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Error kinds of a system entity that matched no gold entity.
const (
	// FPDuplicate: a gold entity it would match is already matched by
	// another system entity (one node per real entity).
	FPDuplicate = "duplicate"
	// FPWrongType: it would match a gold entity of another type.
	FPWrongType = "wrong-type"
	// FPSpurious: it names nothing the labels know.
	FPSpurious = "spurious"
)

// Match pairs a system entity with the gold entity it was matched to.
type Match struct {
	Gold, System Entity
}

// FalsePositive is a system entity without a gold partner, and why.
type FalsePositive struct {
	Entity Entity
	Kind   string // FPDuplicate, FPWrongType or FPSpurious
	// Gold is the gold entity it collided with (duplicate, wrong type).
	Gold *Entity
}

// DocScore is the result of scoring one document.
type DocScore struct {
	Document string
	ByType   map[string]Counts
	Matches  []Match
	FP       []FalsePositive
	Missed   []Entity
	// Mentions are the per-type mention-level tallies (ScoreMentions),
	// filled by Evaluate.
	Mentions map[string]Counts
}

// Total is the micro sum over the types.
func (s DocScore) Total() Counts {
	var t Counts
	for _, c := range s.ByType {
		t = t.Add(c)
	}
	return t
}

// Options choose what is scored.
type Options struct {
	// Types are the types scored; entities of other types are ignored on
	// both sides. Nil means all of Types.
	Types []string
	// PerForm scores each distinct (type, normalised form) as an entity of
	// its own, on both sides. It is for gold that has no coreference
	// (CoNLL token labels: "Silicon Valley Bank" and "Bank" are two gold
	// entities there), so that a system that rightly merges them is not
	// punished; the court labels are scored without it.
	PerForm bool
	// Drop removes forms from both sides before scoring (an entity left
	// without forms is dropped); used to score without role words.
	Drop func(typ, normalized string) bool
}

func (o Options) types() []string {
	if o.Types == nil {
		return Types
	}
	return o.Types
}

// item is one side's entity with its normalised forms.
type item struct {
	e     Entity
	forms map[string]bool
}

func prepare(es []Entity, o Options, want map[string]bool) []item {
	var out []item
	for _, e := range es {
		if !want[e.Type] {
			continue
		}
		var forms []string
		seen := map[string]bool{}
		for _, f := range e.Forms() {
			n := Normalize(e.Type, f)
			if n == "" || seen[n] || (o.Drop != nil && o.Drop(e.Type, n)) {
				continue
			}
			seen[n] = true
			forms = append(forms, n)
		}
		if len(forms) == 0 {
			continue
		}
		if o.PerForm {
			for _, n := range forms {
				out = append(out, item{e: Entity{Type: e.Type, Name: n, Aliases: []string{n}}, forms: map[string]bool{n: true}})
			}
			continue
		}
		m := make(map[string]bool, len(forms))
		for _, n := range forms {
			m[n] = true
		}
		out = append(out, item{e: e, forms: m})
	}
	if o.PerForm {
		// Distinct forms: the same form from two entities is one item.
		sort.SliceStable(out, func(i, j int) bool {
			if out[i].e.Type != out[j].e.Type {
				return out[i].e.Type < out[j].e.Type
			}
			return out[i].e.Name < out[j].e.Name
		})
		dedup := out[:0]
		for i, it := range out {
			if i > 0 && it.e.Type == out[i-1].e.Type && it.e.Name == out[i-1].e.Name {
				continue
			}
			dedup = append(dedup, it)
		}
		out = dedup
	}
	return out
}

func overlaps(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for f := range a {
		if b[f] {
			return true
		}
	}
	return false
}

// Score compares a system's entities for one document with the gold
// entities, per type, one to one: a system entity matches a gold entity of
// the same type when any of its normalised forms (name or alias) equals
// any of the gold's. Among the possible pairings the largest is taken
// (maximum bipartite matching, so the order of the system's list does not
// decide the score); a system entity left over is a false positive — a
// second node for an already matched gold entity counts as a duplicate.
func Score(gold Doc, system []Entity, o Options) DocScore {
	want := map[string]bool{}
	for _, t := range o.types() {
		want[t] = true
	}
	g := prepare(gold.Entities, o, want)
	s := prepare(system, o, want)
	res := DocScore{Document: gold.Document, ByType: map[string]Counts{}}
	for _, t := range o.types() {
		res.ByType[t] = Counts{}
	}
	for _, it := range g {
		c := res.ByType[it.e.Type]
		c.Gold++
		res.ByType[it.e.Type] = c
	}
	for _, it := range s {
		c := res.ByType[it.e.Type]
		c.System++
		res.ByType[it.e.Type] = c
	}

	// adj[i] lists the gold items system item i can match.
	adj := make([][]int, len(s))
	for i, si := range s {
		for j, gj := range g {
			if si.e.Type == gj.e.Type && overlaps(si.forms, gj.forms) {
				adj[i] = append(adj[i], j)
			}
		}
	}
	goldOf := make([]int, len(g)) // gold j -> system i, or -1
	for j := range goldOf {
		goldOf[j] = -1
	}
	sysOf := make([]int, len(s))
	for i := range sysOf {
		sysOf[i] = -1
	}
	// Kuhn's augmenting paths: small graphs (tens to hundreds of
	// entities), and deterministic in list order.
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if goldOf[j] < 0 || try(goldOf[j], seen) {
				goldOf[j] = i
				sysOf[i] = j
				return true
			}
		}
		return false
	}
	for i := range s {
		try(i, make([]bool, len(g)))
	}

	for i, si := range s {
		if j := sysOf[i]; j >= 0 {
			c := res.ByType[si.e.Type]
			c.TP++
			res.ByType[si.e.Type] = c
			res.Matches = append(res.Matches, Match{Gold: g[j].e, System: si.e})
			continue
		}
		fp := FalsePositive{Entity: si.e, Kind: FPSpurious}
		if len(adj[i]) > 0 {
			ge := g[adj[i][0]].e
			fp.Kind, fp.Gold = FPDuplicate, &ge
		} else {
			for _, gj := range g {
				if overlaps(si.forms, gj.forms) {
					ge := gj.e
					fp.Kind, fp.Gold = FPWrongType, &ge
					break
				}
			}
			if fp.Kind == FPSpurious {
				// The gold entity of another type may have been dropped
				// by the type filter: look at all of gold.
				for _, e := range gold.Entities {
					if e.Type != si.e.Type && !want[e.Type] {
						for _, f := range e.Forms() {
							if si.forms[Normalize(e.Type, f)] {
								ge := e
								fp.Kind, fp.Gold = FPWrongType, &ge
								break
							}
						}
					}
				}
			}
		}
		res.FP = append(res.FP, fp)
	}
	for j, gj := range g {
		if goldOf[j] < 0 {
			res.Missed = append(res.Missed, gj.e)
		}
	}
	return res
}

// Report is the scores of a set of documents.
type Report struct {
	Types []string
	Docs  []DocScore
}

// ByType sums each type over the documents (micro average).
func (r Report) ByType() map[string]Counts {
	out := map[string]Counts{}
	for _, d := range r.Docs {
		for t, c := range d.ByType {
			out[t] = out[t].Add(c)
		}
	}
	return out
}

// MentionsByType sums the mention-level tallies of each type over the
// documents.
func (r Report) MentionsByType() map[string]Counts {
	out := map[string]Counts{}
	for _, d := range r.Docs {
		for t, c := range d.Mentions {
			out[t] = out[t].Add(c)
		}
	}
	return out
}

// Total sums all types over all documents (micro average).
func (r Report) Total() Counts {
	var t Counts
	for _, d := range r.Docs {
		t = t.Add(d.Total())
	}
	return t
}

func row(w io.Writer, name string, c Counts) {
	fmt.Fprintf(w, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |\n", name, c.Gold, c.System, c.TP, c.Precision(), c.Recall(), c.F1())
}

const tableHead = "| %s | gold | system | matched | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n"

// WriteMarkdown writes the per-type table (micro over documents) and the
// per-document table.
func (r Report) WriteMarkdown(w io.Writer) {
	types := r.Types
	if types == nil {
		types = Types
	}
	bt := r.ByType()
	fmt.Fprintf(w, tableHead, "type")
	for _, t := range types {
		row(w, t, bt[t])
	}
	row(w, "**all (micro)**", r.Total())
	if mt := r.MentionsByType(); len(mt) > 0 {
		fmt.Fprintf(w, "\nMention level (token spans):\n\n"+tableHead, "type")
		var all Counts
		for _, t := range types {
			row(w, t, mt[t])
			all = all.Add(mt[t])
		}
		row(w, "**all (micro)**", all)
	}
	fmt.Fprintf(w, "\n"+tableHead, "document")
	for _, d := range r.Docs {
		row(w, d.Document, d.Total())
	}
}

// WriteErrors lists, per document, the false positives (with their kind)
// and the missed gold entities: the list to read before changing a rule.
func (r Report) WriteErrors(w io.Writer) {
	for _, d := range r.Docs {
		fmt.Fprintf(w, "## %s\n", d.Document)
		for _, fp := range d.FP {
			extra := ""
			if fp.Gold != nil {
				extra = fmt.Sprintf(" (gold %s %q)", fp.Gold.Type, fp.Gold.Name)
			}
			fmt.Fprintf(w, "FP %-10s %-8s %q aliases=%s%s\n", fp.Kind, fp.Entity.Type, fp.Entity.Name, quoteAll(fp.Entity.Aliases), extra)
		}
		for _, m := range d.Missed {
			fmt.Fprintf(w, "FN %-8s %q\n", m.Type, m.Name)
		}
	}
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(q, " ") + "]"
}
