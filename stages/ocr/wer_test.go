package ocr_test

import (
	"context"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/stages/ocr"
	"github.com/docpipe/docpipe/stages/text"
)

// wordErrorRate is the word-level Levenshtein distance between reference
// and hypothesis (substitutions, insertions, deletions of whitespace-
// separated words, case and punctuation included) divided by the number of
// reference words.
func wordErrorRate(ref, hyp string) (rate float64, edits, words int) {
	a, b := strings.Fields(ref), strings.Fields(hyp)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, sub)
		}
		prev, cur = cur, prev
	}
	if len(a) == 0 {
		return 0, prev[len(b)], 0
	}
	return float64(prev[len(b)]) / float64(len(a)), prev[len(b)], len(a)
}

func TestWordErrorRateHelper(t *testing.T) {
	tests := []struct {
		ref, hyp string
		edits    int
	}{
		{"a b c", "a b c", 0},
		{"a b c", "a x c", 1},
		{"a b c", "a c", 1},
		{"a b c", "a b c d", 1},
		{"a b c", "", 3},
	}
	for _, tt := range tests {
		if _, e, _ := wordErrorRate(tt.ref, tt.hyp); e != tt.edits {
			t.Errorf("wordErrorRate(%q, %q) edits = %d, want %d", tt.ref, tt.hyp, e, tt.edits)
		}
	}
}

// werTarget is the accuracy goal: OCR of the scan, cleaned by the text
// stage, within 2% of the cleaned text layer of the same pages.
const werTarget = 0.02

func TestOCRWordErrorRate(t *testing.T) {
	t.Parallel()
	scan, err := corpus(t, "court/image-pdf.pdf")
	if err != nil {
		t.Fatal(err)
	}
	vector, err := corpus(t, "court/vector-pdf.pdf")
	if err != nil {
		t.Fatal(err)
	}
	ts := text.New(text.Config{})
	ref, err := ts.Process(context.Background(), ocr.Result{Pages: vector.Pages[:2]})
	if err != nil {
		t.Fatal(err)
	}
	hyp, err := ts.Process(context.Background(), scan)
	if err != nil {
		t.Fatal(err)
	}
	rate, edits, words := wordErrorRate(ref.Text, hyp.Text)
	t.Logf("cleaned WER %.4f (%d edits / %d words)", rate, edits, words)
	if rate > werTarget {
		t.Errorf("WER %.4f above the %.2f target", rate, werTarget)
	}
	rawRef := vector.Pages[0].Text + "\n" + vector.Pages[1].Text
	rawHyp := scan.Pages[0].Text + "\n" + scan.Pages[1].Text
	rawRate, _, _ := wordErrorRate(rawRef, rawHyp)
	t.Logf("uncleaned WER %.4f", rawRate)
}

// TestRotatedScanWER: the upside-down scan fixture, read the right way up
// through orientation detection, against the text it was typeset from.
func TestRotatedScanWER(t *testing.T) {
	t.Parallel()
	scan, err := process(t, "testdata/rotated-scan.pdf")
	if err != nil {
		t.Fatal(err)
	}
	ts := text.New(text.Config{})
	ref, err := ts.Process(context.Background(), ocr.Result{Pages: []ocr.Page{{Number: 1, Text: scanReference(), Method: ocr.MethodDirect, Confidence: 1}}})
	if err != nil {
		t.Fatal(err)
	}
	hyp, err := ts.Process(context.Background(), scan)
	if err != nil {
		t.Fatal(err)
	}
	rate, edits, words := wordErrorRate(ref.Text, hyp.Text)
	t.Logf("rotated scan: cleaned WER %.4f (%d edits / %d words), confidence %.2f, methods %v",
		rate, edits, words, scan.Pages[0].Confidence, scan.Pages[0].Methods)
	if rate > werTarget {
		t.Errorf("WER %.4f above the %.2f target", rate, werTarget)
	}
}
