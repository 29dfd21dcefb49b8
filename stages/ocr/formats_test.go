package ocr_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages"
)

// TestFormatsCorpus reads every file of ../shared/corpus/formats: each
// completes with its text (a few words checked) or fails permanently with
// a reason naming the format and the problem. A file added there without
// a row here fails the test.
func TestFormatsCorpus(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		contentType string
		want        []string // words of the text
		children    int
		// lowConfidence: the page is flagged (nothing legible on it)
		lowConfidence bool
		fail          string // part of the permanent reason
	}{
		"testWORD.doc":                         {contentType: "application/msword", want: []string{"Sample Word Document"}},
		"testWORD6.doc":                        {contentType: "application/msword", want: []string{"quick brown fox"}},
		"testException1.doc":                   {contentType: "application/msword", want: []string{"Disability Access and Inclusion Plans"}},
		"testWordPerfect.wpd":                  {contentType: "application/vnd.wordperfect", want: []string{"APPENDIX", "AND FURTHER"}},
		"testWordPerfect_5_0.wp":               {contentType: "application/vnd.wordperfect", want: []string{"Shannon W. Lucid", "Mir"}},
		"testRTF.rtf":                          {contentType: "application/rtf", want: []string{"Test d", "indexation Word"}},
		"testRTFJapanese.rtf":                  {contentType: "application/rtf", want: []string{"ゾルゲ事件"}},
		"testOpenOffice2.odt":                  {contentType: "application/vnd.oasis.opendocument.text", want: []string{"This is a sample Open Office document"}},
		"testODTEncrypted.odt":                 {fail: "encrypted OpenDocument"},
		"testODTnotaZipFile.odt":               {fail: "corrupt OpenDocument file: not a zip"},
		"testTIFF.tif":                         {contentType: "image/tiff", want: []string{}, lowConfidence: true}, // a 100×75 picture without text
		"testEmailWithPNGAtt.eml":              {contentType: "message/rfc822", want: []string{"Subject:", "testPNG.png"}, children: 1},
		"testRFC822_multipart_attachments.eml": {contentType: "message/rfc822", want: []string{"Test TxtA.txt"}, children: 2},
		"testMSG.msg":                          {contentType: "application/vnd.ms-outlook", want: []string{"Subject: MIME registry use cases", "Jukka Zitting"}},
		"testMSG_att_doc.msg":                  {contentType: "application/vnd.ms-outlook", want: []string{"Subject: test pièce jointe 1", "contenu", "test-unicode.doc"}, children: 2},
		"testHTMLNoisyMetaEncoding_1.html":     {contentType: "text/html", want: []string{"الاتحاد الجزائري"}}, // windows-1256 in a noisy <meta>
		"testTXT_win-1252.txt":                 {contentType: "text/plain", want: []string{"These smart quotes", "“"}},
		"testWORD_embedded_pdf.docx":           {contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", want: []string{"Here is the pdf file", "Bye for real"}, children: 2},
	}
	dir := filepath.Dir(testenv.Corpus(t, "formats/testWORD.doc"))
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := f.Name()
		tt, ok := tests[name]
		if !ok {
			t.Errorf("%s: no expectation: add a row", name)
			continue
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r, err := process(t, filepath.Join(dir, name))
			if tt.fail != "" {
				var pe *stages.PermanentError
				if !errors.As(err, &pe) || !strings.Contains(err.Error(), tt.fail) {
					t.Fatalf("err = %v, want a permanent error with %q", err, tt.fail)
				}
				return
			}
			if err != nil {
				t.Fatalf("Process: %v", err)
			}
			if r.ContentType != tt.contentType {
				t.Errorf("content type %q, want %q", r.ContentType, tt.contentType)
			}
			var all strings.Builder
			for _, p := range r.Pages {
				all.WriteString(p.Text + "\n")
			}
			for _, w := range tt.want {
				if !strings.Contains(all.String(), w) {
					t.Errorf("text lacks %q:\n%.600s", w, all.String())
				}
			}
			if got := len(r.LowConfidencePages) > 0; got != tt.lowConfidence {
				t.Errorf("low confidence pages %v, want flagged %v", r.LowConfidencePages, tt.lowConfidence)
			}
			if len(r.Children) != tt.children {
				t.Errorf("children = %+v, want %d", r.Children, tt.children)
			}
			t.Logf("%d pages, %d chars, children %+v: %.200q", len(r.Pages), all.Len(), r.Children, all.String())
		})
	}
}
