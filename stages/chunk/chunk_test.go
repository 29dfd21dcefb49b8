package chunk_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/text"
)

// checkInvariants asserts what every chunking must satisfy.
func checkInvariants(t testing.TB, doc string, res chunk.Result, cfg chunk.Config) {
	t.Helper()
	runes := []rune(doc)
	prevStart, prevEnd := -1, -1
	for i, c := range res.Chunks {
		if c.Index != i {
			t.Fatalf("chunk %d has index %d", i, c.Index)
		}
		if c.Start < 0 || c.End > len(runes) || c.Start >= c.End {
			t.Fatalf("chunk %d has bad range [%d,%d) for %d runes", i, c.Start, c.End, len(runes))
		}
		if got := string(runes[c.Start:c.End]); got != c.Text {
			t.Fatalf("chunk %d: text %q != runes[%d:%d] %q", i, c.Text, c.Start, c.End, got)
		}
		if c.Start <= prevStart || c.End <= prevEnd {
			t.Fatalf("chunk %d [%d,%d) does not move forward from [%d,%d)", i, c.Start, c.End, prevStart, prevEnd)
		}
		if len(res.Chunks) > 1 && utf8.RuneCountInString(c.Text) < cfg.MinSize {
			t.Fatalf("chunk %d has %d runes, under the minimum %d", i, utf8.RuneCountInString(c.Text), cfg.MinSize)
		}
		if len(c.ID) != 32 {
			t.Fatalf("chunk %d id %q is not 32 hex digits", i, c.ID)
		}
		prevStart, prevEnd = c.Start, c.End
	}
	// Every non-space rune is covered by some chunk.
	covered := make([]bool, len(runes))
	for _, c := range res.Chunks {
		for k := c.Start; k < c.End; k++ {
			covered[k] = true
		}
	}
	for k, r := range runes {
		if !covered[k] && !isSpace(r) {
			t.Fatalf("rune %d %q is in no chunk", k, r)
		}
	}
}

func isSpace(r rune) bool { return strings.TrimSpace(string(r)) == "" }

func TestProcess(t *testing.T) {
	long := strings.Repeat("The Court held that the statute applies. ", 80)
	tests := []struct {
		name       string
		text       string
		cfg        chunk.Config
		wantErr    bool
		wantChunks int // 0: more than one
	}{
		{name: "empty", text: "", wantErr: true},
		{name: "only white space", text: " \n\t\n ", wantErr: true},
		{name: "short document is one chunk", text: "Tiny.", wantChunks: 1},
		{name: "one paragraph", text: "The Court held that the statute applies. It affirmed.", wantChunks: 1},
		{name: "long document", text: long},
		{name: "small target", text: long, cfg: chunk.Config{TargetSize: 200, Overlap: 50, MinSize: 40}},
		{name: "no overlap", text: long, cfg: chunk.Config{Overlap: -1}},
		{name: "one endless sentence", text: strings.Repeat("word ", 700)},
		{name: "a word longer than the target", text: strings.Repeat("x", 2500)},
		{name: "multi-byte text", text: strings.Repeat("Ünïcödé sentence — “quoted” § 5. ", 90)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := chunk.New(tc.cfg).Process(context.Background(), text.Document{Text: tc.text})
			if tc.wantErr {
				if err == nil || !stages.IsPermanent(err) {
					t.Fatalf("want a permanent error, got %v", err)
				}
				if !strings.Contains(err.Error(), chunk.ErrNoText) {
					t.Fatalf("error %q does not say %q", err, chunk.ErrNoText)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			cfg := tc.cfg
			if cfg.MinSize == 0 {
				cfg.MinSize = chunk.DefaultMinSize
			}
			checkInvariants(t, tc.text, res, cfg)
			switch {
			case tc.wantChunks > 0 && len(res.Chunks) != tc.wantChunks:
				t.Fatalf("got %d chunks, want %d", len(res.Chunks), tc.wantChunks)
			case tc.wantChunks == 0 && len(res.Chunks) < 2:
				t.Fatalf("got %d chunks, want several", len(res.Chunks))
			}
		})
	}
}

func TestOverlapAndSize(t *testing.T) {
	doc := strings.Repeat("The Court held that the statute applies to this case. ", 100)
	res, err := chunk.New(chunk.Config{}).Process(context.Background(), text.Document{Text: doc})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range res.Chunks {
		n := utf8.RuneCountInString(c.Text)
		if n > chunk.DefaultTargetSize+chunk.DefaultMinSize {
			t.Errorf("chunk %d has %d runes", i, n)
		}
		if i > 0 {
			ov := res.Chunks[i-1].End - c.Start
			if ov <= 0 || ov > chunk.DefaultOverlap {
				t.Errorf("chunk %d overlaps its predecessor by %d runes, want 1..%d", i, ov, chunk.DefaultOverlap)
			}
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "One here. Two there! Three?", []string{"One here.", "Two there!", "Three?"}},
		{"case name", "See Texas v. New Mexico, 482 U. S. 124. Next.", []string{"See Texas v. New Mexico, 482 U. S. 124.", "Next."}},
		{"dotted acronym", "The U.S. Army sued. It lost.", []string{"The U.S. Army sued.", "It lost."}},
		{"company", "Acme Inc. and Foo Corp. Sued Bar Co. Today.", []string{"Acme Inc. and Foo Corp. Sued Bar Co. Today."}},
		{"docket", "In No. 11-889 the Court ruled. Done.", []string{"In No. 11-889 the Court ruled.", "Done."}},
		{"titles", "Mr. Smith and Dr. Jones met. Then left.", []string{"Mr. Smith and Dr. Jones met.", "Then left."}},
		{"initials", "Angela T. Quigless, P.J., wrote. Fine.", []string{"Angela T. Quigless, P.J., wrote.", "Fine."}},
		{"et al", "Herrmann et al. Were sued. Yes.", []string{"Herrmann et al. Were sued.", "Yes."}},
		{"section", "Under Sec. 5 it holds. Also 28 U.S.C. § 1291 applies.", []string{"Under Sec. 5 it holds.", "Also 28 U.S.C. § 1291 applies."}},
		{"quote", "He said “stop.” Then it did.", []string{"He said “stop.”", "Then it did."}},
		{"lower case follows", "e.g. this goes on. Yes.", []string{"e.g. this goes on.", "Yes."}},
		{"blank line", "HEADING\n\nBody text here.", []string{"HEADING", "Body text here."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range chunk.Sentences(tc.text) {
				got = append(got, tc.text[s[0]:s[1]])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Fatalf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestStableIDs(t *testing.T) {
	doc := text.Document{Text: strings.Repeat("The Court held that the statute applies. ", 80)}
	a, _ := chunk.New(chunk.Config{}).Process(context.Background(), doc)
	b, _ := chunk.New(chunk.Config{}).Process(context.Background(), doc)
	c, _ := chunk.New(chunk.Config{TargetSize: 500}).Process(context.Background(), doc)
	for i := range a.Chunks {
		if a.Chunks[i].ID != b.Chunks[i].ID {
			t.Fatalf("chunk %d id differs between runs", i)
		}
	}
	if a.Chunks[0].ID == c.Chunks[0].ID {
		t.Fatal("different settings gave the same chunk id")
	}
	if a.Chunks[1].ID == a.Chunks[2].ID {
		t.Fatal("same text at different indexes gave the same id")
	}
}

func TestFingerprint(t *testing.T) {
	s := chunk.New(chunk.Config{})
	if s.Name() != "chunk" {
		t.Fatalf("name %q", s.Name())
	}
	if want := "chunk/v1 target=1000 overlap=200 min=100"; s.Fingerprint() != want {
		t.Fatalf("fingerprint %q, want %q", s.Fingerprint(), want)
	}
	if chunk.New(chunk.Config{Overlap: 100}).Fingerprint() == s.Fingerprint() {
		t.Fatal("fingerprint ignores the overlap")
	}
	if err := (chunk.Config{TargetSize: 100, Overlap: 100}).Validate(); err == nil {
		t.Fatal("overlap equal to target validated")
	}
}

func TestGoldenCorpus(t *testing.T) {
	for _, rel := range []string{"court/vector-pdf.pdf", "court/missouri.pdf"} {
		t.Run(rel, func(t *testing.T) {
			doc := testenv.CorpusText(t, rel)
			res, err := chunk.New(chunk.Config{}).Process(context.Background(), text.Document{Text: doc})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc, res, chunk.Config{MinSize: chunk.DefaultMinSize})
			if len(res.Chunks) < 5 {
				t.Fatalf("only %d chunks", len(res.Chunks))
			}
			// The caption stays in one chunk: no split inside "v." or "No.".
			if rel == "court/vector-pdf.pdf" && !strings.Contains(res.Chunks[0].Text, "No. 11–889") {
				t.Fatalf("first chunk lacks the docket: %q", res.Chunks[0].Text)
			}
		})
	}
}

func BenchmarkChunk(b *testing.B) {
	doc := text.Document{Text: testenv.CorpusText(b, "court/vector-pdf.pdf")}
	s := chunk.New(chunk.Config{})
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Process(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}
