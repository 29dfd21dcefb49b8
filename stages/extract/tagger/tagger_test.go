package tagger

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
)

var labels = []string{Outside, "B-PER", "I-PER", "B-ORG", "I-ORG"}

func toks(s string) []Token {
	var out []Token
	for _, w := range strings.Fields(s) {
		out = append(out, Token{Text: w})
	}
	return out
}

func data() []Example {
	var ex []Example
	for _, p := range []struct{ s, l string }{
		{"John Smith works at Acme Corp now", "B-PER I-PER O O B-ORG I-ORG O"},
		{"Mary Jones joined Globex Inc today", "B-PER I-PER O B-ORG I-ORG O"},
		{"the court heard Peter Brown", "O O O B-PER I-PER"},
		{"Initech LLC sued Anna Lee", "B-ORG I-ORG O B-PER I-PER"},
	} {
		ex = append(ex, Example{Tokens: toks(p.s), Labels: strings.Fields(p.l)})
	}
	return ex
}

func TestTrainTagRoundTrip(t *testing.T) {
	m, err := Train(labels, data(), Options{Epochs: 10, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	got := m.Tag(toks("John Smith works at Acme Corp now"))
	want := []string{"B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Tag = %v, want %v", got, want)
	}
	var a, b bytes.Buffer
	if err := m.Encode(&a); err != nil {
		t.Fatal(err)
	}
	d, err := Decode(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Encode(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("decode then encode changed the model")
	}
	if !reflect.DeepEqual(d.Tag(toks("Mary Jones joined Globex Inc")), m.Tag(toks("Mary Jones joined Globex Inc"))) {
		t.Fatal("decoded model tags differently")
	}
	// Training again gives the same bytes.
	m2, err := Train(labels, data(), Options{Epochs: 10, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if err := m2.Encode(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatal("training twice gave different models")
	}
}

func TestViterbiKeepsBIO(t *testing.T) {
	m, err := Train(labels, data(), Options{Epochs: 3, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"Corp Smith", "Inc", "now John", "x y z"} {
		ls := m.Tag(toks(s))
		for i, l := range ls {
			if strings.HasPrefix(l, "I-") && (i == 0 || ls[i-1][2:] != l[2:] || ls[i-1] == Outside) {
				t.Fatalf("%q tagged %v: I- without B-", s, ls)
			}
		}
	}
}

func TestTrainErrors(t *testing.T) {
	if _, err := Train(labels, nil, Options{}); !errors.Is(err, ErrNoData) {
		t.Fatalf("no data: %v", err)
	}
	bad := []Example{{Tokens: toks("a b"), Labels: []string{"O"}}}
	if _, err := Train(labels, bad, Options{}); err == nil {
		t.Fatal("length mismatch accepted")
	}
	bad = []Example{{Tokens: toks("a"), Labels: []string{"B-LOC"}}}
	if _, err := Train(labels, bad, Options{}); err == nil {
		t.Fatal("unknown label accepted")
	}
}

func TestSpansAndShape(t *testing.T) {
	got := Spans([]string{"B-PER", "I-PER", "O", "I-ORG", "B-ORG", "I-ORG"})
	want := []Span{{"PER", 0, 1}, {"ORG", 3, 3}, {"ORG", 4, 5}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("Spans = %v", got)
	}
	for in, want := range map[string]string{"Smith": "Xxxxx", "17-2400": "dd-dddd", "U.S.": "X.X.", "McDONALD": "XxXXXX"} {
		if g := Shape(in); g != want {
			t.Errorf("Shape(%q) = %q, want %q", in, g, want)
		}
	}
}

// FuzzDecode feeds arbitrary bytes to the model decoder: it must return a
// model or an error wrapping ErrModel, never panic.
func FuzzDecode(f *testing.F) {
	m, err := Train(labels, data(), Options{Epochs: 2, MinCount: 1})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte{})
	f.Add([]byte("docpipe-ner-1\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, ErrModel) {
				t.Fatalf("error %v does not wrap ErrModel", err)
			}
			return
		}
		m.Tag(toks("John Smith of Acme Corp"))
	})
}

// TestRunsAverage: a model of several runs is the mean of the models each
// run's order gives alone (the first order from the seed, the next drawn
// from it), weight by weight and transition by transition, and it is
// deterministic whatever the goroutines' schedule.
func TestRunsAverage(t *testing.T) {
	opt := Options{Epochs: 3, MinCount: 1, Seed: 42}
	a, err := Train(labels, data(), opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Seed = splitmix(42).next()
	b, err := Train(labels, data(), opt)
	if err != nil {
		t.Fatal(err)
	}
	opt.Seed, opt.Runs = 42, 2
	m, err := Train(labels, data(), opt)
	if err != nil {
		t.Fatal(err)
	}
	weight := func(m *Model, h uint64, y int) int64 {
		r, ok := m.index[h]
		if !ok {
			return 0
		}
		return int64(m.weights[int(r)*len(labels)+y])
	}
	differ := false
	for _, h := range append(slices.Clone(a.hashes), b.hashes...) {
		for y := range labels {
			wa, wb := weight(a, h, y), weight(b, h, y)
			differ = differ || wa != wb
			if got, want := weight(m, h, y), (wa+wb)/2; got != want {
				t.Fatalf("feature %x label %s: weight %d, want the runs' mean %d (%d, %d)", h, labels[y], got, want, wa, wb)
			}
		}
	}
	if !differ {
		t.Fatal("the two orders gave the same model: the test shows nothing")
	}
	for i := range m.trans {
		if got, want := int64(m.trans[i]), (int64(a.trans[i])+int64(b.trans[i]))/2; got != want {
			t.Fatalf("transition %d: %d, want %d", i, got, want)
		}
	}
	var x, y bytes.Buffer
	if err := m.Encode(&x); err != nil {
		t.Fatal(err)
	}
	m2, _ := Train(labels, data(), opt)
	if err := m2.Encode(&y); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(x.Bytes(), y.Bytes()) {
		t.Fatal("training twice with two runs gave different models")
	}
}
