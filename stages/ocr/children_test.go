package ocr_test

import (
	"context"
	"encoding/base64"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/ocr"
)

// forwarded wraps an e-mail in another, as a message/rfc822 attachment
// next to a text attachment: the child paths are "1" (the forwarded
// e-mail), "1/1" (its PNG) and "2" (the note).
func forwarded(t *testing.T, note string) []byte {
	inner, err := os.ReadFile(testenv.Corpus(t, "formats/testEmailWithPNGAtt.eml"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("From: Clerk <clerk@example.org>\r\nTo: Counsel <counsel@example.org>\r\nSubject: Fwd: exhibit\r\n" +
		"Date: Mon, 2 Mar 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n" +
		"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease find the exhibit forwarded below.\r\n" +
		"--XX\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=\"exhibit.eml\"\r\n\r\n")
	b.Write(inner)
	b.WriteString("\r\n--XX\r\nContent-Type: text/plain; name=\"note.txt\"\r\nContent-Disposition: attachment; filename=\"note.txt\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	b.WriteString(base64.StdEncoding.EncodeToString([]byte(note)))
	b.WriteString("\r\n--XX--\r\n")
	return []byte(b.String())
}

func TestChildrenAndParts(t *testing.T) {
	t.Parallel()
	st := ocr.New(ocr.Config{PageTimeout: 5 * time.Minute})
	ctx := context.Background()
	root := forwarded(t, "The hearing is set for April 7.")
	r, err := st.Process(ctx, ocr.Input{Name: "fwd.eml", Data: root})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Children) != 2 || r.Children[0].Part != "1" || r.Children[0].Name != "exhibit.eml" ||
		r.Children[0].ContentType != "message/rfc822" || r.Children[1].Part != "2" || r.Children[1].ContentType != "text/plain" {
		t.Fatalf("children %+v", r.Children)
	}
	if len(r.Children[0].SHA256) != 64 || r.Children[1].Size != int64(len("The hearing is set for April 7.")) {
		t.Errorf("child digest or size: %+v", r.Children)
	}

	// The forwarded e-mail as a document of its own: its text, and its
	// own child under the nested path.
	spec := r.Children[0].Spec()
	if !strings.HasPrefix(spec, "1@") || len(spec) != 2+16 {
		t.Errorf("spec %q", spec)
	}
	c1, err := st.Process(ctx, ocr.Input{Name: "fwd.eml", Data: root, Part: spec})
	if err != nil {
		t.Fatal(err)
	}
	if c1.Part != spec || !strings.Contains(c1.Pages[0].Text, "This email has a PNG attachment") {
		t.Errorf("part 1: %+v", c1)
	}
	if len(c1.Children) != 1 || c1.Children[0].Part != "1/1" || c1.Children[0].ContentType != "image/png" {
		t.Fatalf("part 1 children %+v", c1.Children)
	}
	png, err := st.Process(ctx, ocr.Input{Name: "fwd.eml", Data: root, Part: ocr.ChildSpec(c1.Children[0])})
	if err != nil {
		t.Fatal(err)
	}
	if png.ContentType != "image/png" || png.Pages[0].Method != ocr.MethodOCR {
		t.Errorf("part 1/1: %+v", png)
	}
	note, err := st.Process(ctx, ocr.Input{Name: "fwd.eml", Data: root, Part: r.Children[1].Spec()})
	if err != nil || note.Pages[0].Text != "The hearing is set for April 7." {
		t.Errorf("part 2: %+v, %v", note, err)
	}

	// A parent whose attachment changed: the old spec fails permanently.
	changed := forwarded(t, "The hearing is set for April 8.")
	_, err = st.Process(ctx, ocr.Input{Name: "fwd.eml", Data: changed, Part: r.Children[1].Spec()})
	var pe *stages.PermanentError
	if !errors.As(err, &pe) || !errors.Is(err, ocr.ErrPartChanged) {
		t.Errorf("changed part: err = %v, want permanent ErrPartChanged", err)
	}
	for _, bad := range []string{"x@0123456789abcdef", "1", "0@0123456789abcdef", "9@0123456789abcdef"} {
		_, err := st.Process(ctx, ocr.Input{Name: "fwd.eml", Data: root, Part: bad})
		if !errors.As(err, &pe) {
			t.Errorf("part %q: err = %v, want permanent", bad, err)
		}
	}

	// Depth limit: with MaxChildDepth 1 the nested part is refused and
	// the forwarded e-mail lists no children.
	shallow := ocr.New(ocr.Config{MaxChildDepth: 1})
	if _, err := shallow.Process(ctx, ocr.Input{Data: root, Part: ocr.ChildSpec(c1.Children[0])}); !errors.As(err, &pe) {
		t.Errorf("nested part past the depth limit: %v", err)
	}
	if c, err := shallow.Process(ctx, ocr.Input{Data: root, Part: spec}); err != nil || len(c.Children) != 0 {
		t.Errorf("depth 1: children %+v, %v", c.Children, err)
	}
	// Count and size limits.
	if c, _ := ocr.New(ocr.Config{MaxChildren: 1}).Process(ctx, ocr.Input{Data: root}); len(c.Children) != 1 {
		t.Errorf("MaxChildren 1: %+v", c.Children)
	}
	if c, _ := ocr.New(ocr.Config{MaxChildBytes: 100}).Process(ctx, ocr.Input{Data: root}); len(c.Children) != 1 || c.Children[0].Part != "2" {
		t.Errorf("MaxChildBytes 100: %+v", c.Children)
	}
	if _, err := ocr.New(ocr.Config{MaxChildBytes: 100}).Process(ctx, ocr.Input{Data: root, Part: spec}); !errors.As(err, &pe) {
		t.Errorf("a part over MaxChildBytes: err = %v, want permanent", err)
	}
}

// TestEmbeddedChildren: the PDF a DOCX embeds (an OLE object) and the Word
// file a .msg carries are children that read as their own type.
func TestEmbeddedChildren(t *testing.T) {
	t.Parallel()
	st := ocr.New(ocr.Config{PageTimeout: 5 * time.Minute})
	for _, tt := range []struct {
		file, contentType, want string
	}{
		{"formats/testWORD_embedded_pdf.docx", "application/pdf", ""},
		{"formats/testMSG_att_doc.msg", "application/msword", ""},
	} {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(testenv.Corpus(t, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			r, err := st.Process(context.Background(), ocr.Input{Name: tt.file, Data: data})
			if err != nil || len(r.Children) == 0 || r.Children[0].ContentType != tt.contentType {
				t.Fatalf("children %+v, %v", r.Children, err)
			}
			c, err := st.Process(context.Background(), ocr.Input{Name: tt.file, Data: data, Part: r.Children[0].Spec()})
			if err != nil {
				t.Fatal(err)
			}
			var all strings.Builder
			for _, p := range c.Pages {
				all.WriteString(p.Text)
			}
			if c.ContentType != tt.contentType || strings.TrimSpace(all.String()) == "" {
				t.Errorf("child: %s %q", c.ContentType, all.String())
			}
			t.Logf("%s child 1: %.200q", tt.file, all.String())
		})
	}
}

// The runtime processes a child with the content type found with it: that
// type is the part's, and must not decide how the root is read (an e-mail
// with a PDF attached would be read as a PDF, and have no children).
func TestPartWithItsContentType(t *testing.T) {
	t.Parallel()
	st := ocr.New(ocr.Config{PageTimeout: 5 * time.Minute})
	ctx := context.Background()
	pdf, err := os.ReadFile("testdata/form.pdf")
	if err != nil {
		t.Fatal(err)
	}
	root := []byte("From: Clerk <clerk@example.org>\r\nTo: Counsel <counsel@example.org>\r\nSubject: Form\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n" +
		"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe completed form is attached.\r\n" +
		"--XX\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"form.pdf\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(pdf) + "\r\n--XX--\r\n")
	r, err := st.Process(ctx, ocr.Input{Name: "mail.eml", Data: root})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Children) != 1 || r.Children[0].ContentType != "application/pdf" {
		t.Fatalf("children %+v, want the PDF", r.Children)
	}
	c := r.Children[0]
	part, err := st.Process(ctx, ocr.Input{Name: "mail.eml", ContentType: c.ContentType, Data: root, Part: c.Spec()})
	if err != nil {
		t.Fatalf("the PDF attachment with its content type: %v", err)
	}
	if part.ContentType != "application/pdf" || len(part.Pages) == 0 {
		t.Errorf("part: %+v", part)
	}
}
