// Package minipdf assembles small, valid PDF files from object bodies: the
// sample documents and the OCR tests' hand-made PDFs (encrypted, odd) share
// this one writer of header, cross-reference table and trailer.
package minipdf

import (
	"bytes"
	"fmt"
)

// Assemble numbers objs from 1, writes them with a cross-reference table and
// a trailer whose /Root is object root; trailer is added to the trailer
// dictionary as it is (e.g. "/Info << … >>" or "/Encrypt 6 0 R").
func Assemble(objs []string, root int, trailer string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, root, trailer, xref)
	return b.Bytes()
}
