package ocr_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/docpipe/docpipe/internal/minipdf"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/ocr"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

// The page fixtures are built by TestBuildFixtures with -update-fixtures,
// from text written here: a text page is typeset with minipdf, rendered by
// pdftoppm (the stage's own renderer) and embedded back as a grey image,
// which is what a scanner produces. They are committed so that tests do
// not depend on the renderer's exact output.
var updateFixtures = flag.Bool("update-fixtures", false, "rebuild the fixtures in stages/ocr/testdata")

// scanLines is the body of the scanned fixtures, and the reference text of
// the rotated scan's word error rate.
var scanLines = []string{
	"UNITED STATES DISTRICT COURT",
	"NORTHERN DISTRICT OF CALIFORNIA",
	"",
	"ORDER GRANTING MOTION TO DISMISS",
	"",
	"The plaintiff filed this action against the county and two of its",
	"officers, alleging that the search of his home violated the Fourth",
	"Amendment. The defendants moved to dismiss the complaint for failure",
	"to state a claim. Having considered the papers and the arguments of",
	"counsel, the Court grants the motion with leave to amend within",
	"thirty days of the date of this order.",
	"",
	"The complaint does not allege facts showing that either officer took",
	"part in the search, and a claim against the county requires a policy",
	"or custom that caused the injury. Neither appears in the pleading.",
	"",
	"IT IS SO ORDERED.",
}

// scanReference is scanLines as running text.
func scanReference() string { return strings.Join(scanLines, "\n") }

// stampLine is a CM/ECF header as the filing system stamps it on every page.
const stampLine = "Case 4:08-cv-02214-CW Document 27 Filed 02/03/09 Page 1 of 2"

// clerkStamp is a rotated margin stamp of the clerk's office: longer than
// the old MinTextChars rule allowed for, so that rule took the scan as text.
const clerkStamp = "Received by the Clerk of Court, Northern District of California"

func pdfString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
	return "(" + r.Replace(s) + ")"
}

func stream(dict, body string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(body), body)
}

// textPDF typesets lines in Times-Roman on a letter page.
func textPDF(lines []string, size float64, top float64) []byte {
	var c strings.Builder
	fmt.Fprintf(&c, "BT /F1 %g Tf %g TL 72 %g Td\n", size, size*1.4, top)
	for _, l := range lines {
		fmt.Fprintf(&c, "%s '\n", pdfString(l))
	}
	c.WriteString("ET")
	return minipdf.Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
		stream("", c.String()),
	}, 1, "")
}

// grey is an 8-bit grey image.
type grey struct {
	w, h int
	pix  []byte
}

// render rasterises page 1 of pdf with pdftoppm at dpi as PGM.
func render(t *testing.T, pdf []byte, dpi int) grey {
	t.Helper()
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftoppm", "-r", strconv.Itoa(dpi), "-gray", "-singlefile", in, filepath.Join(dir, "p")).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(dir, "p.pgm"))
	if err != nil {
		t.Fatal(err)
	}
	var g grey
	var maxv int
	f := strings.Fields(string(b[:min(len(b), 64)]))
	if len(f) < 4 || f[0] != "P5" {
		t.Fatalf("not a binary PGM")
	}
	g.w, _ = strconv.Atoi(f[1])
	g.h, _ = strconv.Atoi(f[2])
	maxv, _ = strconv.Atoi(f[3])
	if maxv != 255 {
		t.Fatalf("PGM max %d", maxv)
	}
	g.pix = b[len(b)-g.w*g.h:]
	return g
}

// crop keeps the rows from y0 to y1.
func (g grey) crop(y0, y1 int) grey {
	return grey{w: g.w, h: y1 - y0, pix: append([]byte(nil), g.pix[y0*g.w:y1*g.w]...)}
}

// rotate90 turns the image a quarter clockwise, as a page fed sideways.
func (g grey) rotate90() grey {
	r := grey{w: g.h, h: g.w, pix: make([]byte, len(g.pix))}
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			r.pix[x*r.w+(r.w-1-y)] = g.pix[y*g.w+x]
		}
	}
	return r
}

func (g grey) imageObject() string {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write(g.pix)
	zw.Close()
	return fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream",
		g.w, g.h, z.Len(), z.String())
}

// scanPDF puts img on a page of w×h points at (x, y, iw, ih), with text
// drawn over it in Helvetica (the stamps: content may hold any operators).
func scanPDF(w, h float64, img grey, x, y, iw, ih float64, text string) []byte {
	content := fmt.Sprintf("q %g 0 0 %g %g %g cm /Im1 Do Q\n%s", iw, ih, x, y, text)
	return minipdf.Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %g %g] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 5 0 R >> >> /Contents 6 0 R >>", w, h),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		img.imageObject(),
		stream("", content),
	}, 1, "")
}

// stampText is the CM/ECF header across the top and the clerk's stamp
// turned up the left margin.
func stampText() string {
	return "BT /F1 9 Tf 90 770 Td " + pdfString(stampLine) + " Tj ET\n" +
		"BT /F1 8 Tf 0 1 -1 0 24 200 Tm " + pdfString(clerkStamp) + " Tj ET"
}

// formPDF is a form with labels in the text layer and filled fields whose
// values exist only in the widgets' appearance streams.
func formPDF() []byte {
	labels := "BT /F1 12 Tf 72 720 Td (APPLICATION TO PROCEED IN FORMA PAUPERIS) Tj ET\n" +
		"BT /F1 11 Tf 72 660 Td (Name of applicant:) Tj ET\n" +
		"BT /F1 11 Tf 72 620 Td (Case number:) Tj ET\n" +
		"BT /F1 11 Tf 72 580 Td (Monthly income:) Tj ET"
	field := func(obj int, name, value string, y int) (widget, ap string) {
		apBody := fmt.Sprintf("/Tx BMC BT /F1 14 Tf 2 6 Td %s Tj ET EMC", pdfString(value))
		widget = fmt.Sprintf("<< /Type /Annot /Subtype /Widget /FT /Tx /T %s /V %s /Rect [220 %d 520 %d] /P 3 0 R /F 4 /AP << /N %d 0 R >> /DA (/Helv 14 Tf 0 g) >>",
			pdfString(name), pdfString(value), y-6, y+18, obj)
		ap = stream("/Type /XObject /Subtype /Form /BBox [0 0 300 24] /Resources << /Font << /F1 4 0 R >> >>", apBody)
		return widget, ap
	}
	w1, a1 := field(9, "name", "MARGARET HOLLOWAY", 660)
	w2, a2 := field(10, "case", "3:21-cv-00417", 620)
	w3, a3 := field(11, "income", "1,250 DOLLARS", 580)
	return minipdf.Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 7 0 R 8 0 R] /DR << /Font << /Helv 4 0 R >> >> >> >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [6 0 R 7 0 R 8 0 R] >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		stream("", labels),
		w1, w2, w3, a1, a2, a3,
	}, 1, "")
}

// cidText is drawn in a Type 3 font whose character codes are control
// codes and whose glyph names mean nothing, without a ToUnicode map: the
// page shows the words, the text layer is garbage (pdfminer prints such
// glyphs as "(cid:NN)").
var cidText = []string{"NOTICE OF APPEAL TO THE NINTH CIRCUIT", "THE DEFENDANT HEREBY APPEALS THE JUDGMENT", "ENTERED ON MARCH FOURTH"}

func cidPDF() []byte {
	codes := map[rune]int{}
	var order []rune
	for _, l := range cidText {
		for _, r := range l {
			if _, ok := codes[r]; !ok {
				codes[r] = len(codes) + 1
				order = append(order, r)
			}
		}
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /T3 4 0 R >> >> /Contents 5 0 R >>",
		"", // font, below
		"", // content, below
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
	}
	var procs, diffs, widths strings.Builder
	for i, r := range order {
		name := fmt.Sprintf("g%c%d", 'a'+i%26, i*37%101)
		fmt.Fprintf(&diffs, " %d /%s", codes[r], name)
		body := "700 0 d0"
		if r != ' ' {
			body = fmt.Sprintf("700 0 d0 BT /F1 1000 Tf 0 0 Td %s Tj ET", pdfString(string(r)))
		}
		objs = append(objs, stream("", body))
		fmt.Fprintf(&procs, " /%s %d 0 R", name, len(objs))
	}
	for range len(order) {
		widths.WriteString("700 ")
	}
	objs[3] = fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs <<%s >> /Encoding << /Type /Encoding /Differences [%s ] >> /FirstChar 1 /LastChar %d /Widths [%s] /Resources << /Font << /F1 6 0 R >> >> >>",
		procs.String(), diffs.String(), len(order), widths.String())
	var c strings.Builder
	c.WriteString("BT /T3 18 Tf 26 TL 60 700 Td\n")
	for _, l := range cidText {
		c.WriteString("<")
		for _, r := range l {
			fmt.Fprintf(&c, "%02X", codes[r])
		}
		c.WriteString("> '\n")
	}
	c.WriteString("ET")
	objs[4] = stream("", c.String())
	return minipdf.Assemble(objs, 1, "")
}

// mixedParagraph is the real text layer of the mixed page.
var mixedLines = []string{
	"DECLARATION OF JANE ROE IN SUPPORT OF THE MOTION",
	"I, Jane Roe, declare that the exhibit below is a true copy of the",
	"letter I received from the county on the date shown on it.",
}

func mixedPDF(t *testing.T) []byte {
	// The exhibit: the scan body's last paragraphs, typeset and rendered.
	ex := render(t, textPDF(scanLines[12:], 12, 760), 150)
	ex = ex.crop(0, 260) // the paragraph and the order line
	var text strings.Builder
	fmt.Fprintf(&text, "BT /F1 12 Tf 17 TL 72 700 Td\n")
	for _, l := range mixedLines {
		fmt.Fprintf(&text, "%s '\n", pdfString(l))
	}
	text.WriteString("ET\n")
	text.WriteString("BT /F1 9 Tf 90 770 Td " + pdfString(stampLine) + " Tj ET")
	return scanPDF(612, 792, ex, 0, 400, 612, 612*float64(ex.h)/float64(ex.w), text.String())
}

// outlineText draws lines of text as filled vector paths in Go Regular,
// starting with the baseline at (x, top) in user space: text drawn as
// curves, what "convert text to outlines" in a design tool, a plotter
// driver or a scanner's vector export leaves. The page shows the words;
// the text layer has none of them.
func outlineText(t *testing.T, lines []string, x, top, size float64) string {
	t.Helper()
	f, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	ppem := fixed.Int26_6(size * 64)
	p := func(v fixed.Int26_6) float64 { return float64(v) / 64 }
	var c strings.Builder
	for i, l := range lines {
		base := top - float64(i)*size*1.4
		pen := x
		for _, r := range l {
			g, err := f.GlyphIndex(&buf, r)
			if err != nil {
				t.Fatal(err)
			}
			segs, err := f.LoadGlyph(&buf, g, ppem, nil)
			if err != nil {
				t.Fatal(err)
			}
			// Glyph space is y-down from the baseline.
			at := func(pt fixed.Point26_6) (float64, float64) { return pen + p(pt.X), base - p(pt.Y) }
			var cx, cy float64
			for _, sg := range segs {
				switch sg.Op {
				case sfnt.SegmentOpMoveTo:
					cx, cy = at(sg.Args[0])
					fmt.Fprintf(&c, "%.2f %.2f m\n", cx, cy)
				case sfnt.SegmentOpLineTo:
					cx, cy = at(sg.Args[0])
					fmt.Fprintf(&c, "%.2f %.2f l\n", cx, cy)
				case sfnt.SegmentOpQuadTo: // as a cubic
					qx, qy := at(sg.Args[0])
					ex, ey := at(sg.Args[1])
					fmt.Fprintf(&c, "%.2f %.2f %.2f %.2f %.2f %.2f c\n",
						cx+2*(qx-cx)/3, cy+2*(qy-cy)/3, ex+2*(qx-ex)/3, ey+2*(qy-ey)/3, ex, ey)
					cx, cy = ex, ey
				case sfnt.SegmentOpCubeTo:
					ax, ay := at(sg.Args[0])
					bx, by := at(sg.Args[1])
					cx, cy = at(sg.Args[2])
					fmt.Fprintf(&c, "%.2f %.2f %.2f %.2f %.2f %.2f c\n", ax, ay, bx, by, cx, cy)
				}
			}
			if len(segs) > 0 {
				c.WriteString("h f\n")
			}
			adv, err := f.GlyphAdvance(&buf, g, ppem, font.HintingNone)
			if err != nil {
				t.Fatal(err)
			}
			pen += p(adv)
		}
	}
	return c.String()
}

// flateStream is a stream whose body is Flate-compressed.
func flateStream(body string) string {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write([]byte(body))
	zw.Close()
	return stream("/Filter /FlateDecode", z.String())
}

// textPage is a letter page with text content (any operators) in
// Times-Roman (/F1) and Helvetica (/F2), extra page and catalog entries,
// and more objects from number 7 on.
func textPage(content, extra, catalog string, more ...string) []byte {
	return minipdf.Assemble(append([]string{
		"<< /Type /Catalog /Pages 2 0 R " + catalog + " >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 6 0 R >> >> /Contents 5 0 R " + extra + " >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
		flateStream(content),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}, more...), 1, "")
}

// typed sets lines in Times-Roman 12 from the baseline (72, top).
func typed(lines []string, top float64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "BT /F1 12 Tf 17 TL 72 %g Td\n", top)
	for _, l := range lines {
		fmt.Fprintf(&b, "%s '\n", pdfString(l))
	}
	b.WriteString("ET\n")
	return b.String()
}

// vectorMixedPDF: a declaration typed as text, a CM/ECF header, and a
// quoted passage drawn as vector outlines.
func vectorMixedPDF(t *testing.T) []byte {
	content := typed(mixedLines, 700) +
		"BT /F2 9 Tf 90 770 Td " + pdfString(stampLine) + " Tj ET\n" +
		"0 g\n" + outlineText(t, scanLines[5:11], 72, 600, 12)
	return textPage(content, "", "")
}

// marginLines are a state court's e-filing stamp, printed up the left
// margin of every page.
var marginLines = []string{
	"ELECTRONICALLY FILED 02/03/2009 4:12 PM",
	"Superior Court of California, County of Alameda",
}

// axisLabel is a turned label inside the page (a chart's axis): text, not
// a stamp.
const axisLabel = "Monthly income in dollars"

// marginStampPDF: a text-layer page whose e-filing stamp runs up the left
// margin in the text layer, with a turned label in the body.
func marginStampPDF() []byte {
	content := typed(scanLines, 700) +
		"BT /F1 10 Tf 0 1 -1 0 300 200 Tm " + pdfString(axisLabel) + " Tj ET\n" +
		"BT /F2 8 Tf 0 1 -1 0 30 150 Tm " + pdfString(marginLines[0]) + " Tj ET\n" +
		"BT /F2 8 Tf 0 1 -1 0 42 150 Tm " + pdfString(marginLines[1]) + " Tj ET\n"
	return textPage(content, "", "")
}

// vectorStampPDF: a text-layer page whose e-filing stamp up the left
// margin is drawn as vector outlines (a stamp applied by a program that
// flattens its text).
func vectorStampPDF(t *testing.T) []byte {
	content := typed(scanLines, 700) + "q 0 1 -1 0 40 150 cm\n" + outlineText(t, marginLines[:1], 0, 0, 10) + "Q\n"
	return textPage(content, "", "")
}

// unshownForm is the filled form whose values its page does not show:
// each field and whether the text layer already has its value.
var unshownForm = []struct {
	name, value, kind string
	shown             bool
}{
	{"applicant.name", "MARGARET HOLLOWAY", "text", false}, // an empty appearance stream
	{"applicant.case", "3:21-cv-00417", "text", false},     // a widget missing from /Annots
	{"ruling", "Denied", "choice", false},                  // an empty appearance stream
	{"income", "1,250 DOLLARS", "text", true},              // shown by its appearance
	{"indigent", "Yes", "button", true},                    // a checked box: a field only
}

// formUnshownPDF is a form filled by a program that set the fields' /V
// entries without drawing them: the name and the ruling keep the empty
// appearance streams of the blank form, the case number's widget is
// listed in the AcroForm but not in the page's /Annots. A viewer (and
// poppler) shows none of the three.
func formUnshownPDF() []byte {
	labels := "BT /F2 12 Tf 72 720 Td (APPLICATION TO PROCEED IN FORMA PAUPERIS) Tj ET\n" +
		"BT /F2 11 Tf 72 660 Td (Name of applicant:) Tj ET\n" +
		"BT /F2 11 Tf 72 620 Td (Case number:) Tj ET\n" +
		"BT /F2 11 Tf 72 580 Td (Monthly income:) Tj ET\n" +
		"BT /F2 11 Tf 72 540 Td (Ruling:) Tj ET\n" +
		"BT /F2 11 Tf 72 500 Td (Applicant is indigent:) Tj ET"
	empty := stream("/Type /XObject /Subtype /Form /BBox [0 0 300 24]", "/Tx BMC EMC")
	shown := stream("/Type /XObject /Subtype /Form /BBox [0 0 300 24] /Resources << /Font << /F2 6 0 R >> >>",
		"/Tx BMC BT /F2 14 Tf 2 6 Td (1,250 DOLLARS) Tj ET EMC")
	check := stream("/Type /XObject /Subtype /Form /BBox [0 0 14 14]", "0 g 2 2 10 10 re f")
	off := stream("/Type /XObject /Subtype /Form /BBox [0 0 14 14]", "0 G 1 1 12 12 re S")
	return textPage(labels, "/Annots [8 0 R 10 0 R 11 0 R 12 0 R]", "/AcroForm 7 0 R",
		// 7: the AcroForm; 8 the name's widget, 9 the case's (not in /Annots)
		"<< /Fields [13 0 R 10 0 R 11 0 R 12 0 R] /DR << /Font << /Helv 6 0 R >> >> /DA (/Helv 0 Tf 0 g) >>",
		"<< /Type /Annot /Subtype /Widget /Parent 13 0 R /T (name) /V (MARGARET HOLLOWAY) /Rect [220 654 520 678] /P 3 0 R /F 4 /DA (/Helv 14 Tf 0 g) /AP << /N 14 0 R >> >>",
		"<< /Type /Annot /Subtype /Widget /Parent 13 0 R /T (case) /V (3:21-cv-00417) /Rect [220 614 520 638] /P 3 0 R /F 4 /DA (/Helv 14 Tf 0 g) /AP << /N 14 0 R >> >>",
		"<< /Type /Annot /Subtype /Widget /FT /Tx /T (income) /V (1,250 DOLLARS) /Rect [220 574 520 598] /P 3 0 R /F 4 /DA (/Helv 14 Tf 0 g) /AP << /N 15 0 R >> >>",
		"<< /Type /Annot /Subtype /Widget /FT /Ch /Ff 131072 /Opt [(Granted) (Denied)] /T (ruling) /V (Denied) /Rect [220 534 520 558] /P 3 0 R /F 4 /DA (/Helv 14 Tf 0 g) /AP << /N 14 0 R >> >>",
		"<< /Type /Annot /Subtype /Widget /FT /Btn /T (indigent) /V /Yes /AS /Yes /Rect [220 496 234 510] /P 3 0 R /F 4 /AP << /N << /Yes 16 0 R /Off 17 0 R >> >> >>",
		"<< /FT /Tx /T (applicant) /Kids [8 0 R 9 0 R] >>",
		empty, shown, check, off,
	)
}

// inlineExhibitPDF is mixed.pdf with the pasted letter as an inline image
// (BI … ID … EI in the content stream) instead of an image XObject, which
// older scanning and fax software writes: the file has no image XObject.
func inlineExhibitPDF(t *testing.T) []byte {
	ex := render(t, textPDF(scanLines[12:], 12, 760), 150).crop(0, 260)
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write(ex.pix)
	zw.Close()
	h := 612 * float64(ex.h) / float64(ex.w)
	content := typed(mixedLines, 700) +
		"BT /F2 9 Tf 90 770 Td " + pdfString(stampLine) + " Tj ET\n" +
		fmt.Sprintf("q 612 0 0 %g 0 400 cm\nBI /W %d /H %d /CS /G /BPC 8 /F [/AHx /Fl] ID\n%X>\nEI\nQ\n", h, ex.w, ex.h, z.Bytes())
	return textPage(content, "", "")
}

// photoExhibitPDF is a typed declaration with a photograph pasted in (a
// smooth grey gradient with a dark blob): an image large enough to be
// OCRed, with no text in it.
func photoExhibitPDF() []byte {
	g := grey{w: 400, h: 260, pix: make([]byte, 400*260)}
	for y := range g.h {
		for x := range g.w {
			v := 60 + (x+y)*150/(g.w+g.h)
			if dx, dy := x-250, y-120; dx*dx+dy*dy < 60*60 {
				v = 40 + (dx*dx+dy*dy)/60
			}
			g.pix[y*g.w+x] = byte(v)
		}
	}
	return minipdf.Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 5 0 R >> >> /Contents 6 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
		g.imageObject(),
		flateStream(typed(mixedLines, 700) + "q 300 0 0 195 72 380 cm /Im1 Do Q"),
	}, 1, "")
}

// tiffPages writes grey images as a multi-page TIFF: one Deflate-compressed
// strip per page, dpi in the resolution tags.
func tiffPages(dpi int, pages ...grey) []byte {
	le := binary.LittleEndian
	var b bytes.Buffer
	b.WriteString("II*\x00")
	b.Write(le.AppendUint32(nil, 0)) // first IFD, patched below
	prevNext := 4
	for _, g := range pages {
		var z bytes.Buffer
		zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
		zw.Write(g.pix)
		zw.Close()
		strip := b.Len()
		b.Write(z.Bytes())
		if b.Len()%2 == 1 {
			b.WriteByte(0)
		}
		res := b.Len()
		b.Write(le.AppendUint32(le.AppendUint32(nil, uint32(dpi)), 1))
		ifd := b.Len()
		data := b.Bytes()
		le.PutUint32(data[prevNext:], uint32(ifd))
		type entry struct {
			tag, typ uint16
			val      uint32
		}
		entries := []entry{
			{256, 4, uint32(g.w)}, {257, 4, uint32(g.h)}, {258, 3, 8}, {259, 3, 8}, {262, 3, 1},
			{273, 4, uint32(strip)}, {277, 3, 1}, {278, 4, uint32(g.h)}, {279, 4, uint32(z.Len())},
			{282, 5, uint32(res)}, {283, 5, uint32(res)}, {296, 3, 2},
		}
		b.Write(le.AppendUint16(nil, uint16(len(entries))))
		for _, e := range entries {
			var row [12]byte
			le.PutUint16(row[0:], e.tag)
			le.PutUint16(row[2:], e.typ)
			le.PutUint32(row[4:], 1)
			if e.typ == 3 {
				le.PutUint16(row[8:], uint16(e.val))
			} else {
				le.PutUint32(row[8:], e.val)
			}
			b.Write(row[:])
		}
		prevNext = b.Len()
		b.Write(le.AppendUint32(nil, 0))
	}
	return b.Bytes()
}

// fixtures are the committed page fixtures and how each is built.
func fixtures(t *testing.T) map[string][]byte {
	scan := render(t, textPDF(scanLines, 12, 690), 150)
	return map[string][]byte{
		"scan-stamped.pdf":   scanPDF(612, 792, scan, 0, 0, 612, 792, stampText()),
		"rotated-scan.pdf":   scanPDF(612, 792, scan.rotate90().rotate90(), 0, 0, 612, 792, ""), // fed upside down
		"form.pdf":           formPDF(),
		"cid-font.pdf":       cidPDF(),
		"mixed.pdf":          mixedPDF(t),
		"vector-mixed.pdf":   vectorMixedPDF(t),
		"margin-stamp.pdf":   marginStampPDF(),
		"form-unshown.pdf":   formUnshownPDF(),
		"inline-exhibit.pdf": inlineExhibitPDF(t),
		"photo-exhibit.pdf":  photoExhibitPDF(),
		"vector-stamp.pdf":   vectorStampPDF(t),
		// Two pages at 150 dpi, the text part of each page only.
		"two-pages.tif": tiffPages(150, scan.crop(0, 760), render(t, textPDF(mixedLines, 12, 690), 150).crop(0, 400)),
	}
}

func TestBuildFixtures(t *testing.T) {
	if !*updateFixtures {
		t.Skip("run with -update-fixtures to rebuild the page fixtures")
	}
	for name, data := range fixtures(t) {
		if err := os.WriteFile(filepath.Join("testdata", name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// cmecfStamp is what the CM/ECF header of the fixtures says.
var cmecfStamp = &ocr.Stamp{Case: "4:08-cv-02214-CW", Document: "27", Filed: "02/03/09", Page: 1, Pages: 2}

// TestPageFixtures checks the page decision and what each page case keeps.
func TestPageFixtures(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]struct {
		method, reason string
		methods        []string // when set, Page.Methods
		once           []string // in the body exactly once
		notText        []string // not in the body
		stamp          []string // in the stamp lines
		fields         *ocr.Stamp
		osd            bool
	}{
		"scan-stamped.pdf": {method: ocr.MethodOCR, reason: ocr.ReasonImage,
			once:    []string{"ORDER GRANTING MOTION TO DISMISS", "Fourth", "IT IS SO ORDERED"},
			notText: []string{"Document 27", "Received by the Clerk"},
			stamp:   []string{stampLine, clerkStamp}, fields: cmecfStamp},
		"mixed.pdf": {method: ocr.MethodMixed, reason: ocr.ReasonImage,
			methods: []string{ocr.MethodTextLayer, ocr.MethodOCR},
			once:    []string{"DECLARATION OF JANE ROE", "either officer took", "IT IS SO ORDERED"},
			notText: []string{"Document 27"},
			stamp:   []string{stampLine}, fields: cmecfStamp},
		// The exhibit is an inline image; the file has no image XObject.
		"inline-exhibit.pdf": {method: ocr.MethodMixed, reason: ocr.ReasonImage,
			methods: []string{ocr.MethodTextLayer, ocr.MethodOCR},
			once:    []string{"DECLARATION OF JANE ROE", "either officer took", "IT IS SO ORDERED"},
			notText: []string{"Document 27"},
			stamp:   []string{stampLine}, fields: cmecfStamp},
		// A passage drawn as vector outlines under a typed text layer.
		"vector-mixed.pdf": {method: ocr.MethodMixed, reason: ocr.ReasonVectorText,
			methods: []string{ocr.MethodTextLayer, ocr.MethodOCR},
			once:    []string{"DECLARATION OF JANE ROE", "letter I received from the county", "officers, alleging that the search", "thirty days of the date of this order"},
			notText: []string{"Document 27"},
			stamp:   []string{stampLine}, fields: cmecfStamp},
		// A text page with an e-filing stamp up the margin: no OCR.
		"margin-stamp.pdf": {method: ocr.MethodTextLayer, reason: ocr.ReasonTextLayer,
			once:    []string{"ORDER GRANTING MOTION TO DISMISS", "IT IS SO ORDERED", axisLabel},
			notText: []string{"ELECTRONICALLY FILED", "County of Alameda"},
			stamp:   marginLines, fields: &ocr.Stamp{Filed: "02/03/2009"}},
		// The same stamp drawn as outlines: OCR reads it into the stamp,
		// the body stays the text layer.
		"vector-stamp.pdf": {method: ocr.MethodTextLayer, reason: ocr.ReasonVectorText,
			methods: []string{ocr.MethodTextLayer, ocr.MethodOCR},
			once:    []string{"ORDER GRANTING MOTION TO DISMISS", "IT IS SO ORDERED"},
			notText: []string{"ELECTRONICALLY", "02/03/2009"},
			stamp:   []string{"ELECTRONICALLY FILED 02/03/2009"}, fields: &ocr.Stamp{Filed: "02/03/2009"}},
		// A photograph big enough to OCR, with no text in it: the page
		// stays text, not a mixed page of confidence 0.
		"photo-exhibit.pdf": {method: ocr.MethodTextLayer, reason: ocr.ReasonImage,
			once: []string{"DECLARATION OF JANE ROE", "letter I received from the county"}},
		"rotated-scan.pdf": {method: ocr.MethodOCR, reason: ocr.ReasonEmpty, osd: true,
			once: []string{"ORDER GRANTING MOTION TO DISMISS", "Fourth"}},
		"form.pdf": {method: ocr.MethodTextLayer, reason: ocr.ReasonTextLayer,
			once: []string{"Name of applicant", "MARGARET HOLLOWAY", "3:21-cv-00417"}},
		// Values the page does not show are added once; the shown one
		// is not repeated.
		"form-unshown.pdf": {method: ocr.MethodTextLayer, reason: ocr.ReasonTextLayer,
			methods: []string{ocr.MethodTextLayer, ocr.MethodFormFields},
			once:    []string{"Name of applicant", "MARGARET HOLLOWAY", "3:21-cv-00417", "1,250 DOLLARS", "Denied"}},
		"cid-font.pdf": {method: ocr.MethodOCR, reason: ocr.ReasonUndecodable,
			once: []string{"NOTICE OF APPEAL", "NINTH CIRCUIT"}},
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			r, err := process(t, filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Pages) != 1 {
				t.Fatalf("%d pages", len(r.Pages))
			}
			p := r.Pages[0]
			if p.Method != want.method || p.Reason != want.reason {
				t.Errorf("method %q reason %q, want %q %q", p.Method, p.Reason, want.method, want.reason)
			}
			for _, w := range want.once {
				if n := strings.Count(p.Text, w); n != 1 {
					t.Errorf("text has %q %d times, want once:\n%s", w, n, p.Text)
				}
			}
			for _, w := range want.notText {
				if strings.Contains(p.Text, w) {
					t.Errorf("text repeats %q:\n%s", w, p.Text)
				}
			}
			var lines string
			if p.Stamp != nil {
				lines = strings.Join(p.Stamp.Lines, "\n")
			}
			for _, w := range want.stamp {
				if !strings.Contains(lines, w) {
					t.Errorf("stamp lacks %q: %+v", w, p.Stamp)
				}
			}
			if f := want.fields; f != nil && (p.Stamp == nil || p.Stamp.Case != f.Case || p.Stamp.Document != f.Document || p.Stamp.Filed != f.Filed || p.Stamp.Page != f.Page || p.Stamp.Pages != f.Pages) {
				t.Errorf("stamp fields %+v, want %+v", p.Stamp, f)
			}
			if got := slices.Contains(p.Methods, ocr.MethodOSD); got != want.osd {
				t.Errorf("methods %v, want osd %v", p.Methods, want.osd)
			}
			if want.methods != nil && !slices.Equal(p.Methods, want.methods) {
				t.Errorf("methods %v, want %v", p.Methods, want.methods)
			}
			if p.LowConfidence || (p.Method == ocr.MethodTextLayer && p.Confidence != 1) {
				t.Errorf("confidence %.2f, flagged low %v", p.Confidence, p.LowConfidence)
			}
		})
	}
}

// TestFormFieldValues: every filled field of form-unshown.pdf is in the
// page's fields with its name, and exactly the values the page did not
// show are marked added.
func TestFormFieldValues(t *testing.T) {
	t.Parallel()
	r, err := process(t, "testdata/form-unshown.pdf")
	if err != nil {
		t.Fatal(err)
	}
	got := r.Pages[0].Fields
	if len(got) != len(unshownForm) {
		t.Fatalf("fields %+v, want %d", got, len(unshownForm))
	}
	for _, w := range unshownForm {
		i := slices.IndexFunc(got, func(f ocr.Field) bool { return f.Name == w.name })
		if i < 0 {
			t.Errorf("field %s missing: %+v", w.name, got)
			continue
		}
		if f := got[i]; f.Value != w.value || f.Kind != w.kind || f.Added != !w.shown {
			t.Errorf("field %+v, want value %q kind %s added %v", f, w.value, w.kind, !w.shown)
		}
	}
	if strings.Contains(r.Pages[0].Text, "Yes") {
		t.Errorf("a button state is in the text: %q", r.Pages[0].Text)
	}
}

// TestFormFieldValuesEncrypted: a file encrypted with the empty user
// password, which poppler and viewers open without asking, gets the same
// field values as the plain file: the scan decrypts it too.
func TestFormFieldValuesEncrypted(t *testing.T) {
	t.Parallel()
	plain, err := os.ReadFile("testdata/form-unshown.pdf")
	if err != nil {
		t.Fatal(err)
	}
	var enc bytes.Buffer
	if err := api.Encrypt(bytes.NewReader(plain), &enc, model.NewAESConfiguration("", "owner", 128)); err != nil {
		t.Fatal(err)
	}
	want, err := process(t, "testdata/form-unshown.pdf")
	if err != nil {
		t.Fatal(err)
	}
	got, err := ocr.New(ocr.Config{}).Process(context.Background(), ocr.Input{Name: "encrypted.pdf", Data: enc.Bytes()})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Pages) != 1 || !slices.Equal(got.Pages[0].Fields, want.Pages[0].Fields) || !slices.Equal(got.Pages[0].Methods, want.Pages[0].Methods) {
		t.Errorf("encrypted: %+v\nplain: %+v", got.Pages, want.Pages)
	}
}

// TestPageDecisionTable prints, with -v, the decision for every PDF page of
// ../shared/corpus and the fixtures (docs/formats.md has the table), and
// holds the one rule that matters most: a page whose body is a scan is
// never taken from the text layer alone.
func TestPageDecisionTable(t *testing.T) {
	t.Parallel()
	scans := map[string]bool{ // file/page whose body is an image
		"court/image-pdf.pdf/1": true, "court/image-pdf.pdf/2": true,
		"court/ocr_pdf_variation.pdf/1": true, "court/ca4_17.pdf/1": true,
		"court/vector-pdf.pdf/29": true, "court/vector-pdf.pdf/30": true,
		"testdata/scan-stamped.pdf/1": true, "testdata/rotated-scan.pdf/1": true,
		"testdata/mixed.pdf/1": true, "testdata/cid-font.pdf/1": true,
		"testdata/inline-exhibit.pdf/1": true, "testdata/vector-mixed.pdf/1": true,
	}
	var files []string
	for _, d := range []string{"court", "bad"} {
		ents, err := os.ReadDir(filepath.Join(filepath.Dir(testenv.Corpus(t, "court/ca2_1-1.pdf")), "..", d))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			if strings.HasSuffix(e.Name(), ".pdf") && e.Name() != "empty.pdf" {
				files = append(files, d+"/"+e.Name())
			}
		}
	}
	fx, _ := filepath.Glob("testdata/*.pdf")
	files = append(files, fx...)
	var b strings.Builder
	b.WriteString("| file | page | reason | method | confidence |\n|---|---|---|---|---|\n")
	for _, f := range files {
		path := f
		if !strings.HasPrefix(f, "testdata/") {
			path = testenv.Corpus(t, f)
		}
		r, err := process(t, path)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		for _, p := range r.Pages {
			fmt.Fprintf(&b, "| %s | %d | %s | %s | %.2f |\n", f, p.Number, p.Reason, p.Method, p.Confidence)
			if scans[fmt.Sprintf("%s/%d", f, p.Number)] && p.Method == ocr.MethodTextLayer {
				t.Errorf("%s page %d: a scanned body came out text-only (%s)", f, p.Number, p.Reason)
			}
		}
	}
	t.Log("\n" + b.String())
}

// TestMultiPageTIFF reads both pages of the TIFF fixture.
func TestMultiPageTIFF(t *testing.T) {
	t.Parallel()
	r, err := process(t, "testdata/two-pages.tif")
	if err != nil {
		t.Fatal(err)
	}
	if r.ContentType != "image/tiff" || len(r.Pages) != 2 {
		t.Fatalf("%s, %d pages", r.ContentType, len(r.Pages))
	}
	if !strings.Contains(r.Pages[0].Text, "ORDER GRANTING MOTION") || !strings.Contains(r.Pages[1].Text, "DECLARATION OF JANE ROE") {
		t.Errorf("pages: %q / %q", r.Pages[0].Text, r.Pages[1].Text)
	}
	for _, p := range r.Pages {
		if p.Method != ocr.MethodOCR || p.Confidence < 0.8 || p.LowConfidence {
			t.Errorf("page %d: %s %.2f", p.Number, p.Method, p.Confidence)
		}
	}
}

// TestCorpusStamps: the e-filing headers of the appeals courts' filings are
// page metadata on every page, in each court's layout, and not body text.
func TestCorpusStamps(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		file, caseNo, doc string
	}{
		{"court/ca1_00117684624.pdf", "20-1507", "00117684624"},
		{"court/ca2_1-1.pdf", "17-3510", "1-1"},
		{"court/ca3_003112692106.pdf", "17-2678", "003112692106"},
		{"court/ca4_17.pdf", "17-2218", "17"},
		{"court/ca5_00516242060.pdf", "21-50498", "00516242060"},
		{"court/ca6_1-3.pdf", "17-3994", "1-3"},
	} {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			r, err := corpus(t, tt.file)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range r.Pages {
				if p.Stamp == nil || p.Stamp.Case != tt.caseNo || p.Stamp.Document != tt.doc || p.Stamp.Page != p.Number || p.Stamp.Filed == "" {
					t.Errorf("page %d stamp %+v", p.Number, p.Stamp)
					continue
				}
				if strings.Contains(p.Text, tt.caseNo+"\n") && strings.Contains(p.Text, tt.doc) {
					t.Errorf("page %d repeats the stamp in its text: %.200q", p.Number, p.Text)
				}
			}
		})
	}
}

// TestTurnedFigureCaptions: the maps at the end of vector-pdf.pdf are
// figures turned a quarter on the page, read by OCR; their captions run up
// the page's side margin like a stamp, but they are the page's text.
func TestTurnedFigureCaptions(t *testing.T) {
	t.Parallel()
	r, err := corpus(t, "court/vector-pdf.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for n, caption := range map[int]string{29: "Brief for Respondent 33a", 30: "Brief for Respondent 34a"} {
		p := r.Pages[n-1]
		if !strings.Contains(p.Text, caption) || p.Stamp != nil {
			t.Errorf("page %d: caption %q not in the text (stamp %+v)", n, caption, p.Stamp)
		}
	}
}
