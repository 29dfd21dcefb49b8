package minipdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The assembled file is a PDF that poppler reads.
func TestAssembleReadsWithPoppler(t *testing.T) {
	content := "BT /F1 12 Tf 72 720 Td (Hello minipdf) Tj ET"
	pdf := Assemble([]string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		"<< /Length 44 >>\nstream\n" + content + "\nendstream",
	}, 1, "")
	p := filepath.Join(t.TempDir(), "a.pdf")
	if err := os.WriteFile(p, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", p, "-").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Hello minipdf") {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
}
