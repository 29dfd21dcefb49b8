package ocr_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/docpipe/docpipe/internal/minipdf"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/ocr"
	"github.com/docpipe/docpipe/stages/text"
)

// shared is one stage for all tests, so that each corpus file is read (and
// OCRed) once per test binary, however many tests look at it.
var (
	// The page timeout is long: the tests share two cores with other
	// work, and they check what is read, not how fast.
	shared      = ocr.New(ocr.Config{Parallelism: 2, PageTimeout: 5 * time.Minute})
	resultsMu   sync.Mutex
	resultsOnce = map[string]*onceResult{}
)

type onceResult struct {
	once sync.Once
	res  ocr.Result
	err  error
}

// process runs the shared stage on a file, once per path.
func process(t testing.TB, path string) (ocr.Result, error) {
	t.Helper()
	resultsMu.Lock()
	r := resultsOnce[path]
	if r == nil {
		r = &onceResult{}
		resultsOnce[path] = r
	}
	resultsMu.Unlock()
	r.once.Do(func() {
		data, err := os.ReadFile(path)
		if err != nil {
			r.err = err
			return
		}
		r.res, r.err = shared.Process(context.Background(), ocr.Input{Name: filepath.Base(path), Data: data})
	})
	return r.res, r.err
}

func corpus(t testing.TB, rel string) (ocr.Result, error) {
	t.Helper()
	return process(t, testenv.Corpus(t, rel))
}

func methods(r ocr.Result) map[string]int {
	m := map[string]int{}
	for _, p := range r.Pages {
		m[p.Method]++
	}
	return m
}

func TestCorpusGolden(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file    string
		pages   int
		methods map[string]int // pages per method
	}{
		{"court/vector-pdf.pdf", 30, map[string]int{ocr.MethodTextLayer: 28, ocr.MethodOCR: 2}}, // pp. 29-30 are map images
		{"court/image-pdf.pdf", 2, map[string]int{ocr.MethodOCR: 2}},
		{"court/missouri.pdf", 5, map[string]int{ocr.MethodTextLayer: 5}},
		{"court/ocr_pdf_variation.pdf", 1, map[string]int{ocr.MethodOCR: 1}},
		{"court/ca1_00117684624.pdf", 17, map[string]int{ocr.MethodTextLayer: 17}},
		{"court/ca2_1-1.pdf", 2, map[string]int{ocr.MethodTextLayer: 2}},
		{"court/ca3_003112692106.pdf", 2, map[string]int{ocr.MethodTextLayer: 2}},
		{"court/ca4_17.pdf", 1, map[string]int{ocr.MethodOCR: 1}}, // a scan under an e-filing stamp
		{"court/ca5_00516242060.pdf", 10, map[string]int{ocr.MethodTextLayer: 10}},
		{"court/ca6_1-3.pdf", 3, map[string]int{ocr.MethodTextLayer: 3}},
		{"court/word-docx.docx", 1, map[string]int{ocr.MethodDirect: 1}},
		{"bad/broken-mime.pdf", 23, map[string]int{ocr.MethodTextLayer: 23}}, // junk before %PDF, truncated %%EOF: poppler reads it
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			r, err := corpus(t, tt.file)
			if err != nil {
				t.Fatalf("Process: %v", err)
			}
			if len(r.Pages) != tt.pages {
				t.Errorf("pages = %d, want %d", len(r.Pages), tt.pages)
			}
			if got := methods(r); fmt.Sprint(got) != fmt.Sprint(tt.methods) {
				t.Errorf("methods = %v, want %v", got, tt.methods)
			}
			for i, p := range r.Pages {
				if p.Number != i+1 {
					t.Errorf("page %d numbered %d", i+1, p.Number)
				}
				if p.Confidence < 0 || p.Confidence > 1 {
					t.Errorf("page %d confidence %v outside 0..1", p.Number, p.Confidence)
				}
				if p.Method == ocr.MethodOCR && p.Confidence == 0 && strings.TrimSpace(p.Text) != "" {
					t.Errorf("page %d: OCR text without confidence", p.Number)
				}
			}
		})
	}
}

// TestOCRContent checks what the OCR read, not just that it ran.
func TestOCRContent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file string
		want []string
	}{
		{"court/image-pdf.pdf", []string{"TARRANT REGIONAL WATER DISTRICT", "Red River Compact", "Oklahoma"}},
		{"court/ocr_pdf_variation.pdf", []string{"UNITED"}},
		{"court/ca4_17.pdf", []string{"APPEARANCE OF COUNSEL FORM", "FOURTH CIRCUIT"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			r, err := corpus(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, p := range r.Pages {
				all.WriteString(p.Text)
				if p.Method == ocr.MethodOCR && p.Confidence < 0.8 {
					t.Errorf("page %d confidence %.2f, want >= 0.8 on a clean scan", p.Number, p.Confidence)
				}
			}
			for _, w := range tt.want {
				if !strings.Contains(all.String(), w) {
					t.Errorf("text lacks %q", w)
				}
			}
		})
	}
}

// TestCorpusCategories runs the text stage on the ocr results: every court
// document must come out as a court filing.
func TestCorpusCategories(t *testing.T) {
	t.Parallel()
	ts := text.New(text.Config{})
	for _, f := range []string{
		"court/vector-pdf.pdf", "court/image-pdf.pdf", "court/missouri.pdf",
		"court/ca1_00117684624.pdf", "court/ca2_1-1.pdf", "court/ca3_003112692106.pdf",
		"court/ca4_17.pdf", "court/ca5_00516242060.pdf", "court/ca6_1-3.pdf", "bad/broken-mime.pdf",
	} {
		t.Run(f, func(t *testing.T) {
			t.Parallel()
			r, err := corpus(t, f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := ts.Process(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			if d.Category != text.CategoryCourtFiling {
				t.Errorf("category = %s (%.2f), want %s", d.Category, d.CategoryConfidence, text.CategoryCourtFiling)
			}
			if d.CategoryConfidence <= 0.3 || d.CategoryConfidence > 1 {
				t.Errorf("confidence = %.3f, want in (0.3, 1]", d.CategoryConfidence)
			}
		})
	}
}

func TestSamples(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(testenv.RepoRoot(), "testdata", "samples")
	ts := text.New(text.Config{})
	tests := []struct {
		file        string
		contentType string
		pages       int
		method      string
		category    string
		want        string // a phrase the cleaned text must contain
	}{
		{"services-loan-agreement.txt", "text/plain", 2, ocr.MethodDirect, text.CategoryContract, "46 U.S.C. § 31322"},
		{"letter-brannock-vey.html", "text/html", 1, ocr.MethodDirect, text.CategoryCorrespondence, `Halvorsen Maritime Logistics, Inc. ("Halvorsen")`},
		{"court-order-pemberton.md", "text/markdown", 1, ocr.MethodDirect, text.CategoryCourtFiling, "Hon. Harriet L. Pemberton"},
		{"affidavit-ellensby.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1, ocr.MethodDirect, text.CategoryAffidavit, "N.A. Rev. Stat. § 47-2-309"},
		{"statement-of-account.pdf", "application/pdf", 2, ocr.MethodTextLayer, text.CategoryFinancial, "Quillfeather's position"},
		{"statement-of-account-scan.png", "image/png", 1, ocr.MethodOCR, text.CategoryFinancial, "Desmond Okafor"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			r, err := process(t, filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if r.ContentType != tt.contentType || len(r.Pages) != tt.pages {
				t.Errorf("type %s pages %d, want %s %d", r.ContentType, len(r.Pages), tt.contentType, tt.pages)
			}
			for _, p := range r.Pages {
				if p.Method != tt.method {
					t.Errorf("page %d method %s, want %s", p.Number, p.Method, tt.method)
				}
			}
			d, err := ts.Process(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			if d.Category != tt.category {
				t.Errorf("category = %s (%.2f), want %s", d.Category, d.CategoryConfidence, tt.category)
			}
			if !strings.Contains(d.Text, tt.want) {
				t.Errorf("cleaned text lacks %q:\n%s", tt.want, d.Text)
			}
		})
	}
}

// minimalPDF builds a one-page PDF with a Helvetica text line. trailer is
// added to the trailer dictionary, extra objects are appended.
func minimalPDF(line, trailer string, extra ...string) []byte {
	content := fmt.Sprintf("BT /F1 12 Tf 72 720 Td (%s) Tj ET", line)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content)+1, content),
	}
	objs = append(objs, extra...)
	return minipdf.Assemble(objs, 1, trailer)
}

// encryptedPDF has a standard security handler whose user password is not
// empty (random /O and /U values), so no reader can open it without one.
func encryptedPDF() []byte {
	hex := strings.Repeat("8F3A5C", 10) + "1B2D"
	enc := fmt.Sprintf("<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>", hex, strings.Repeat("0", 64))
	return minimalPDF("secret", "/Encrypt 6 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]", enc)
}

func TestMinimalPDFReads(t *testing.T) {
	t.Parallel()
	r, err := ocr.New(ocr.Config{}).Process(context.Background(), ocr.Input{Name: "ok.pdf", Data: minimalPDF("Hello from a minimal PDF document", "")})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pages) != 1 || !strings.Contains(r.Pages[0].Text, "Hello from a minimal PDF") || r.Pages[0].Method != ocr.MethodTextLayer {
		t.Errorf("result = %+v", r)
	}
}

func TestPermanentErrors(t *testing.T) {
	t.Parallel()
	vector, err := os.ReadFile(testenv.Corpus(t, "court/vector-pdf.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	empty, err := os.ReadFile(testenv.Corpus(t, "bad/empty.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		cfg    ocr.Config
		in     ocr.Input
		reason string // start of PermanentError.Reason
	}{
		{"empty corpus file", ocr.Config{}, ocr.Input{Name: "empty.pdf", Data: empty}, "empty file"},
		{"over MaxBytes", ocr.Config{MaxBytes: 1000}, ocr.Input{Name: "v.pdf", Data: vector}, "file too large"},
		{"over MaxPages", ocr.Config{MaxPages: 10}, ocr.Input{Name: "v.pdf", Data: vector}, "too many pages"},
		{"encrypted", ocr.Config{}, ocr.Input{Name: "e.pdf", Data: encryptedPDF()}, "encrypted PDF"},
		{"truncated pdf", ocr.Config{}, ocr.Input{Name: "t.pdf", Data: vector[:2000]}, "corrupt or unparseable PDF"},
		{"pdf header only", ocr.Config{}, ocr.Input{Name: "h.pdf", Data: []byte("%PDF-1.7\nnothing else")}, "corrupt or unparseable PDF"},
		{"pdf name, not a pdf", ocr.Config{}, ocr.Input{Name: "x.pdf", Data: []byte("just some words")}, "corrupt or unparseable PDF"},
		{"unsupported binary", ocr.Config{}, ocr.Input{Name: "x.bin", Data: []byte{0, 1, 2, 3}}, "unsupported document type"},
		{"corrupt png", ocr.Config{}, ocr.Input{Name: "x.png", Data: []byte("\x89PNG\r\n\x1a\nbroken")}, "unreadable image"},
		{"corrupt docx", ocr.Config{}, ocr.Input{Name: "x.docx", Data: append([]byte("PK\x03\x04"), make([]byte, 64)...)}, "corrupt DOCX: not a zip archive"},
		{"too many text pages", ocr.Config{MaxPages: 2}, ocr.Input{Name: "x.txt", Data: []byte("a\fb\fc")}, "too many pages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := ocr.New(tt.cfg).Process(context.Background(), tt.in)
			var pe *stages.PermanentError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a permanent error", err)
			}
			if !strings.HasPrefix(pe.Reason, tt.reason) {
				t.Errorf("reason = %q, want prefix %q (err %v)", pe.Reason, tt.reason, err)
			}
		})
	}
}

func TestTransientErrors(t *testing.T) {
	data, err := os.ReadFile(testenv.Corpus(t, "court/ocr_pdf_variation.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	in := ocr.Input{Name: "v.pdf", Data: data}

	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := ocr.New(ocr.Config{}).Process(ctx, in)
		if err == nil || stages.IsPermanent(err) || !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want a transient context.Canceled", err)
		}
	})
	t.Run("page timeout", func(t *testing.T) {
		_, err := ocr.New(ocr.Config{PageTimeout: time.Millisecond}).Process(context.Background(), in)
		if err == nil || stages.IsPermanent(err) || !errors.Is(err, ocr.ErrPageTimeout) {
			t.Errorf("err = %v, want a transient ErrPageTimeout", err)
		}
	})
	t.Run("tool missing", func(t *testing.T) {
		t.Setenv("PATH", t.TempDir())
		st := ocr.New(ocr.Config{})
		if err := st.Check(); !errors.Is(err, ocr.ErrToolMissing) {
			t.Errorf("Check = %v, want ErrToolMissing", err)
		}
		_, err := st.Process(context.Background(), in)
		if err == nil || stages.IsPermanent(err) || !errors.Is(err, ocr.ErrToolMissing) {
			t.Errorf("err = %v, want a transient ErrToolMissing", err)
		}
		// Text formats need no tool.
		if _, err := st.Process(context.Background(), ocr.Input{Name: "a.txt", Data: []byte("words")}); err != nil {
			t.Errorf("text without tools: %v", err)
		}
	})
	t.Run("language missing", func(t *testing.T) {
		err := ocr.New(ocr.Config{Language: "xxx"}).Check()
		if !errors.Is(err, ocr.ErrToolMissing) {
			t.Errorf("Check = %v, want ErrToolMissing", err)
		}
	})
}

func TestTextPages(t *testing.T) {
	t.Parallel()
	r, err := ocr.New(ocr.Config{}).Process(context.Background(), ocr.Input{Name: "a.txt", Data: []byte("one\fthree\f")})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Pages) != 2 || r.Pages[1].Text != "three" || r.Pages[1].Number != 2 || r.Pages[1].Method != ocr.MethodDirect {
		t.Errorf("pages = %+v", r.Pages)
	}
}

func TestFingerprint(t *testing.T) {
	t.Parallel()
	base := ocr.New(ocr.Config{}).Fingerprint()
	if base != ocr.New(ocr.Config{DPI: 300, Language: "eng", MinTextChars: 20}).Fingerprint() {
		t.Error("explicit defaults changed the fingerprint")
	}
	if base != ocr.New(ocr.Config{Parallelism: 8, PageTimeout: time.Hour, MaxPages: 9, MaxBytes: 9}).Fingerprint() {
		t.Error("settings that do not change the output changed the fingerprint")
	}
	for _, cfg := range []ocr.Config{{DPI: 200}, {Language: "deu"}, {MinTextChars: 5}} {
		if ocr.New(cfg).Fingerprint() == base {
			t.Errorf("%+v did not change the fingerprint", cfg)
		}
	}
	if !strings.HasPrefix(base, ocr.Algorithm) {
		t.Errorf("fingerprint %q does not name the algorithm", base)
	}
}

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	if err := (ocr.Config{}).Validate(); err != nil {
		t.Errorf("zero config: %v", err)
	}
	for _, c := range []ocr.Config{{DPI: 10}, {Parallelism: -1}, {Language: "../x"}, {MaxBytes: -1}} {
		if err := c.Validate(); err == nil {
			t.Errorf("%+v validated", c)
		}
	}
}
