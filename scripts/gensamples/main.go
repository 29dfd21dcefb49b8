// Command gensamples writes the binary sample documents of
// testdata/samples: a DOCX affidavit, a two-page PDF statement of account
// with a text layer, and a scanned-looking PNG of its first page (rendered
// with poppler's pdftoppm, so the demo exercises OCR). The text samples
// (.txt, .md, .html) are written by hand. All names, companies, courts,
// amounts and citations are invented.
//
// Run from the repository root:
//
//	go run ./scripts/gensamples
package main

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"log"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/docpipe/docpipe/internal/minipdf"
)

func main() {
	out := flag.String("out", "testdata/samples", "directory to write the samples to")
	flag.Parse()
	if err := run(*out); err != nil {
		log.Fatal(err)
	}
}

func run(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("mkdir: %w", err)
	}
	docx, err := buildDOCX(affidavit)
	if err != nil {
		return fmt.Errorf("docx: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "affidavit-ellensby.docx"), docx, 0o644); err != nil {
		return fmt.Errorf("write docx: %w", err)
	}
	pdfPath := filepath.Join(dir, "statement-of-account.pdf")
	if err := os.WriteFile(pdfPath, buildPDF(statementPages), 0o644); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	return scan(pdfPath, filepath.Join(dir, "statement-of-account-scan.png"))
}

// fixedTime keeps the zip entries' timestamps, and so the committed file,
// the same on every run.
var fixedTime = time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)

// buildDOCX writes the smallest DOCX Word opens: content types, the package
// relationship and the main document part. Each string is a paragraph; a
// paragraph starting with "# " is bold.
func buildDOCX(paras []string) ([]byte, error) {
	var body strings.Builder
	for _, p := range paras {
		bold := strings.HasPrefix(p, "# ")
		p = strings.TrimPrefix(p, "# ")
		body.WriteString("<w:p><w:r>")
		if bold {
			body.WriteString("<w:rPr><w:b/></w:rPr>")
		}
		body.WriteString(`<w:t xml:space="preserve">`)
		body.WriteString(xmlEscape(p))
		body.WriteString("</w:t></w:r></w:p>\n")
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
` + body.String() + `<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>
</w:body></w:document>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return nil, fmt.Errorf("zip %s: %w", p.name, err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			return nil, fmt.Errorf("zip %s: %w", p.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("zip close: %w", err)
	}
	return buf.Bytes(), nil
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// buildPDF writes a PDF 1.4 file with one page per entry of pages, each a
// list of lines set in Helvetica 11 pt on US letter. A line starting with
// "# " is set in Helvetica-Bold 13 pt. Text is Latin-1 as far as
// WinAnsiEncoding agrees with it (§, curly quotes and dashes are mapped).
func buildPDF(pages [][]string) []byte {
	var objs []string // objs[i] is object i+1
	add := func(s string) int {
		objs = append(objs, s)
		return len(objs)
	}
	catalog := add("") // filled in below
	pagesObj := add("")
	font := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	bold := add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	var kids []string
	for _, lines := range pages {
		var c strings.Builder
		y := 740
		for _, l := range lines {
			f, size := "F1", 11
			if strings.HasPrefix(l, "# ") {
				f, size, l = "F2", 13, strings.TrimPrefix(l, "# ")
			}
			if l != "" {
				fmt.Fprintf(&c, "BT /%s %d Tf 72 %d Td (%s) Tj ET\n", f, size, y, pdfString(l))
			}
			y -= 16
		}
		content := add(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", c.Len(), c.String()))
		page := add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>",
			pagesObj, font, bold, content))
		kids = append(kids, fmt.Sprintf("%d 0 R", page))
	}
	objs[catalog-1] = fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObj)
	objs[pagesObj-1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids))

	return minipdf.Assemble(objs, catalog, "/Info << /Producer (docpipe gensamples) >>")
}

// winAnsi maps the non-ASCII characters the samples use to their
// WinAnsiEncoding codes.
var winAnsi = map[rune]byte{'§': 0xA7, '“': 0x93, '”': 0x94, '’': 0x92, '—': 0x97, '–': 0x96, '½': 0xBD, 'é': 0xE9}

func pdfString(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '(' || r == ')' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x80:
			b.WriteRune(r)
		default:
			c, ok := winAnsi[r]
			if !ok {
				c = '?'
			}
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	return b.String()
}

// scan renders page 1 of the PDF at 200 dpi in grey and adds a little
// deterministic speckle and a grey cast, so it looks like a photocopy and
// has no text layer.
func scan(pdfPath, pngPath string) error {
	tmp, err := os.MkdirTemp("", "gensamples-*")
	if err != nil {
		return fmt.Errorf("temp: %w", err)
	}
	defer os.RemoveAll(tmp)
	root := filepath.Join(tmp, "page")
	cmd := exec.Command("pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", pdfPath, root)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("pdftoppm (install poppler-utils): %w: %s", err, out)
	}
	f, err := os.Open(root + ".png")
	if err != nil {
		return fmt.Errorf("open render: %w", err)
	}
	defer f.Close()
	src, err := png.Decode(f)
	if err != nil {
		return fmt.Errorf("decode render: %w", err)
	}
	bounds := src.Bounds()
	dst := image.NewGray(bounds)
	rng := rand.New(rand.NewPCG(2024, 3))
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			v := color.GrayModel.Convert(src.At(x, y)).(color.Gray).Y
			v = uint8(int(v) * 94 / 100) // paper is never white on a copy
			if rng.IntN(2000) == 0 {
				v = uint8(rng.IntN(120)) // toner speckle
			}
			dst.SetGray(x, y, color.Gray{Y: v})
		}
	}
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, dst); err != nil {
		return fmt.Errorf("encode png: %w", err)
	}
	if err := os.WriteFile(pngPath, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write png: %w", err)
	}
	return nil
}

var affidavit = []string{
	"# IN THE CIRCUIT COURT OF WESTMARCH COUNTY, STATE OF NEW ALDERSHIRE",
	"QUILLFEATHER CAPITAL PARTNERS LLC, Plaintiff,",
	"v.",
	"HALVORSEN MARITIME LOGISTICS, INC., Defendant.",
	"Case No. 2024-CV-01187",
	"# AFFIDAVIT OF MARGIT ELLENSBY",
	"I, Margit Ellensby, being duly sworn, depose and say as follows:",
	"1. I am over eighteen years of age and have personal knowledge of the facts stated in this affidavit. I am the Chief Executive Officer of Halvorsen Maritime Logistics, Inc., a Delaware corporation with its principal office at 410 Harbor Reach Road, Port Calloway, New Aldershire 03917.",
	"2. On January 15, 2023, Halvorsen Maritime Logistics, Inc. and Quillfeather Capital Partners LLC entered into a Master Services and Loan Agreement under which Quillfeather advanced the principal sum of $2,450,000.00.",
	"3. Between February 1, 2023 and November 1, 2023, Halvorsen made ten monthly payments of $61,250.00 each, a total of $612,500.00, by wire transfer from its account at Meridian Coastal Bank.",
	"4. On December 4, 2023, Tobias Wren-Adair, Managing Director of Quillfeather, informed me by telephone that Quillfeather would treat the December payment as late. The payment was received by Quillfeather on December 5, 2023, within the five-day grace period of Section 7.2 of the Agreement.",
	"5. To my knowledge, no notice of default under N.A. Rev. Stat. § 47-2-309 was ever delivered to Halvorsen.",
	"I declare under penalty of perjury under the laws of the State of New Aldershire that the foregoing is true and correct.",
	"Executed on March 1, 2024, at Port Calloway, New Aldershire.",
	"/s/ Margit Ellensby",
	"Margit Ellensby",
	"Subscribed and sworn to before me this 1st day of March, 2024.",
	"Colm Ferreira, Notary Public, State of New Aldershire",
	"My commission expires: June 30, 2027",
}

var statementPages = [][]string{
	{
		"# QUILLFEATHER CAPITAL PARTNERS LLC",
		"1200 Lantern Square, Suite 900, Brightwater, New Aldershire 03822",
		"",
		"# STATEMENT OF ACCOUNT",
		"Borrower: Halvorsen Maritime Logistics, Inc.",
		"Attention: Desmond Okafor, Chief Financial Officer",
		"Loan No. QCP-2023-0042     Statement date: February 29, 2024",
		"",
		"Agreement: Master Services and Loan Agreement dated January 15, 2023",
		"Principal advanced on January 20, 2023: $2,450,000.00",
		"Interest rate: 7.25% per annum, fixed",
		"",
		"Date             Description                          Amount",
		"02/01/2023       Scheduled payment 1                  $61,250.00",
		"03/01/2023       Scheduled payment 2                  $61,250.00",
		"04/03/2023       Scheduled payment 3                  $61,250.00",
		"05/01/2023       Scheduled payment 4                  $61,250.00",
		"06/01/2023       Scheduled payment 5                  $61,250.00",
		"07/03/2023       Scheduled payment 6                  $61,250.00",
		"08/01/2023       Scheduled payment 7                  $61,250.00",
		"09/01/2023       Scheduled payment 8                  $61,250.00",
		"10/02/2023       Scheduled payment 9                  $61,250.00",
		"11/01/2023       Scheduled payment 10                 $61,250.00",
		"12/05/2023       Scheduled payment 11 (late fee claimed)  $61,250.00",
		"",
		"Total received to date: $673,750.00",
		"Late fee assessed under Section 7.3: $3,062.50",
		"",
		"Page 1 of 2",
	},
	{
		"# QUILLFEATHER CAPITAL PARTNERS LLC",
		"",
		"# SUMMARY",
		"Outstanding principal balance: $1,891,204.17",
		"Accrued interest through February 29, 2024: $11,426.03",
		"Late fees: $3,062.50",
		"Total amount due: $1,905,692.70",
		"",
		"The Borrower disputes the late fee of $3,062.50 in a letter from Brannock & Vey LLP",
		"dated January 8, 2024. Quillfeather\u2019s position is set out in its complaint in",
		"Quillfeather Capital Partners LLC v. Halvorsen Maritime Logistics, Inc., Case No.",
		"2024-CV-01187 (Westmarch Cty. Cir. Ct.), under N.A. Rev. Stat. \u00a7 47-2-309.",
		"",
		"Questions about this statement: Elena Marchetti-Rowe, Loan Servicing, (555) 013-4410.",
		"",
		"Page 2 of 2",
	},
}
