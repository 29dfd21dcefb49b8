// Package tagger is a sequence labeller for named entities: a first-order
// averaged perceptron over hashed string features, decoded with Viterbi under
// BIO constraints. It is pure Go and deterministic end to end: training
// visits the data in an order fixed by a seed, all arithmetic is integer,
// and the encoded model lists features by hash, so the same data and options
// give the same bytes.
//
// The package knows nothing about legal text; the caller supplies, per
// token, attribute strings (pattern hits, gazetteer hits, line position) on
// top of the word features computed here.
package tagger

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrModel marks an encoded model that cannot be read.
var ErrModel = errors.New("tagger: bad model")

// Token is one token of a sequence: its text and caller-supplied attributes
// (short strings such as "pat=COURT" or "line=first") that become features
// of this token and, with a position marker, of its neighbours.
type Token struct {
	Text  string
	Attrs []string
}

// Outside is the label of a token outside every entity.
const Outside = "O"

// Feature templates: the first byte of every hashed feature, so that
// equal strings in different roles are different features.
const (
	fBias byte = iota
	fLower
	fWord
	fShape
	fShort
	fPrefix
	fSuffix
	fPrev1
	fNext1
	fPrev2
	fNext2
	fShapePrev
	fShapeNext
	fBigramPrev
	fBigramNext
	fAttr
	fAttrPrev
	fAttrNext
	fShapeTri
	fAttrShape
)

// hasher is FNV-1a 64 over a template byte and a few strings.
type hasher uint64

const (
	fnvOffset hasher = 14695981039346656037
	fnvPrime  hasher = 1099511628211
)

func newHash(t byte) hasher { return (fnvOffset ^ hasher(t)) * fnvPrime }

func (h hasher) str(s string) hasher {
	for i := 0; i < len(s); i++ {
		h = (h ^ hasher(s[i])) * fnvPrime
	}
	return h
}

func (h hasher) sep() hasher { return (h ^ 0xff) * fnvPrime }

// tokenInfo is what features need of one token, computed once.
type tokenInfo struct {
	lower, shape, short string
}

func info(w string) tokenInfo {
	return tokenInfo{lower: strings.ToLower(w), shape: Shape(w), short: ShortShape(w)}
}

// Shape maps letters to X/x and digits to d, keeping other characters, and
// caps runs of one class at four ("Xxxxx" for "Smith", "dd-dd" for "17-24").
func Shape(w string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run >= 4 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		b.WriteRune(c)
	}
	return b.String()
}

// ShortShape is Shape with every run collapsed to one character ("Xx",
// "d-d", "X.X.").
func ShortShape(w string) string {
	var b strings.Builder
	var last rune = -1
	for _, r := range Shape(w) {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// features appends the hashes of token i's features to dst.
func features(dst []uint64, toks []Token, infos []tokenInfo, i int) []uint64 {
	t := infos[i]
	add := func(h hasher) { dst = append(dst, uint64(h)) }
	add(newHash(fBias))
	add(newHash(fLower).str(t.lower))
	add(newHash(fWord).str(toks[i].Text))
	add(newHash(fShape).str(t.shape))
	add(newHash(fShort).str(t.short))
	n := utf8.RuneCountInString(t.lower)
	for k := 1; k <= 3 && k < n; k++ {
		add(newHash(fPrefix).str(prefix(t.lower, k)))
	}
	for k := 1; k <= 4 && k < n; k++ {
		add(newHash(fSuffix).str(suffix(t.lower, k)))
	}
	prev, next := "<s>", "</s>"
	prevShape, nextShape := "<s>", "</s>"
	if i > 0 {
		prev, prevShape = infos[i-1].lower, infos[i-1].short
	}
	if i+1 < len(toks) {
		next, nextShape = infos[i+1].lower, infos[i+1].short
	}
	add(newHash(fPrev1).str(prev))
	add(newHash(fNext1).str(next))
	if i > 1 {
		add(newHash(fPrev2).str(infos[i-2].lower))
	} else {
		add(newHash(fPrev2).str("<s>"))
	}
	if i+2 < len(toks) {
		add(newHash(fNext2).str(infos[i+2].lower))
	} else {
		add(newHash(fNext2).str("</s>"))
	}
	add(newHash(fShapePrev).str(prevShape))
	add(newHash(fShapeNext).str(nextShape))
	add(newHash(fBigramPrev).str(prev).sep().str(t.lower))
	add(newHash(fBigramNext).str(t.lower).sep().str(next))
	add(newHash(fShapeTri).str(prevShape).sep().str(t.short).sep().str(nextShape))
	for _, a := range toks[i].Attrs {
		add(newHash(fAttr).str(a))
		add(newHash(fAttrShape).str(a).sep().str(t.short))
	}
	if i > 0 {
		for _, a := range toks[i-1].Attrs {
			add(newHash(fAttrPrev).str(a))
		}
	}
	if i+1 < len(toks) {
		for _, a := range toks[i+1].Attrs {
			add(newHash(fAttrNext).str(a))
		}
	}
	return dst
}

func prefix(s string, k int) string {
	i := 0
	for n := 0; n < k && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}

func suffix(s string, k int) string {
	i := len(s)
	for n := 0; n < k && i > 0; n++ {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return s[i:]
}

// sequenceFeatures returns the feature hashes of every token, flattened,
// with offsets: token i's features are flat[off[i]:off[i+1]].
func sequenceFeatures(toks []Token) (flat []uint64, off []int) {
	infos := make([]tokenInfo, len(toks))
	for i, t := range toks {
		infos[i] = info(t.Text)
	}
	off = make([]int, 1, len(toks)+1)
	for i := range toks {
		flat = features(flat, toks, infos, i)
		off = append(off, len(flat))
	}
	return flat, off
}

// allowed reports whether label b may follow label a under BIO: an I-X
// continues only a B-X or I-X. a < 0 is the sequence start.
func allowed(labels []string, a, b int) bool {
	lb := labels[b]
	if !strings.HasPrefix(lb, "I-") {
		return true
	}
	if a < 0 {
		return false
	}
	la := labels[a]
	return (strings.HasPrefix(la, "B-") || strings.HasPrefix(la, "I-")) && la[2:] == lb[2:]
}

// viterbi finds the best label sequence given emission scores em[i*L+y],
// transition scores trans[(a+1)*L+b] (row 0 is the start) and the BIO
// constraint table ok[(a+1)*L+b].
func viterbi(em []int64, n, L int, trans []int64, ok []bool) []int {
	if n == 0 {
		return nil
	}
	const neg = -1 << 62
	score := make([]int64, n*L)
	back := make([]int32, n*L)
	for y := 0; y < L; y++ {
		if !ok[y] {
			score[y] = neg
			continue
		}
		score[y] = em[y] + trans[y]
	}
	for i := 1; i < n; i++ {
		for y := 0; y < L; y++ {
			best, arg := int64(neg), int32(0)
			for a := 0; a < L; a++ {
				if !ok[(a+1)*L+y] || score[(i-1)*L+a] == neg {
					continue
				}
				s := score[(i-1)*L+a] + trans[(a+1)*L+y]
				if s > best {
					best, arg = s, int32(a)
				}
			}
			if best == neg {
				score[i*L+y] = neg
				continue
			}
			score[i*L+y] = best + em[i*L+y]
			back[i*L+y] = arg
		}
	}
	best, arg := int64(neg), 0
	for y := 0; y < L; y++ {
		if score[(n-1)*L+y] > best {
			best, arg = score[(n-1)*L+y], y
		}
	}
	out := make([]int, n)
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*L+out[i]])
	}
	return out
}

func constraints(labels []string) []bool {
	L := len(labels)
	ok := make([]bool, (L+1)*L)
	for a := -1; a < L; a++ {
		for b := 0; b < L; b++ {
			ok[(a+1)*L+b] = allowed(labels, a, b)
		}
	}
	return ok
}

// Span is an entity found by Spans: tokens [First, Last] with one type.
type Span struct {
	Type        string
	First, Last int
}

// Spans turns BIO labels into entity spans. A stray I-X (which the
// decoder never produces, but training data may) starts a new entity.
func Spans(labels []string) []Span {
	var out []Span
	for i := 0; i < len(labels); i++ {
		l := labels[i]
		if len(l) < 3 || (l[:2] != "B-" && l[:2] != "I-") {
			continue
		}
		typ := l[2:]
		j := i
		for j+1 < len(labels) && labels[j+1] == "I-"+typ {
			j++
		}
		out = append(out, Span{Type: typ, First: i, Last: j})
		i = j
	}
	return out
}
