package text

import (
	"strings"
	"testing"
)

// doubleSpaced is an opinion's page as pdftotext -layout writes it: an
// empty line after every line, paragraphs opened by an indent, a centred
// heading.
const doubleSpaced = `      the State dismissed numerous serious felony counts and agreed to allow Jagels to enter

      an Alford plea to one of the charges. This appeal follows.

                                          Standard of Review

             Appellate review of the denial of a Rule 24.035 motion is limited to a determination of

      whether the motion court's findings, conclusions, and judgment are clearly erroneous. The

      United States Department of Health and Human Services declared the coronavirus a

      national public health emergency, and the State followed. The motion court's findings

      are presumptively correct.`

func TestUndouble(t *testing.T) {
	cases := []pageCase{
		{"double-spaced page", doubleSpaced, `      the State dismissed numerous serious felony counts and agreed to allow Jagels to enter
      an Alford plea to one of the charges. This appeal follows.

                                          Standard of Review

             Appellate review of the denial of a Rule 24.035 motion is limited to a determination of
      whether the motion court's findings, conclusions, and judgment are clearly erroneous. The
      United States Department of Health and Human Services declared the coronavirus a
      national public health emergency, and the State followed. The motion court's findings
      are presumptively correct.`},
		{"list items keep their breaks", `      Governor Mills issued a series of four executive orders between March 18 and April

      29, 2020, which imposed emergency regulations on assembly. We chronicle them briefly

      and in order, as the district court did in its careful opinion on the motion:

      • Executive Order 14, issued on March 18, prohibited gatherings of more than ten

      people for any social, personal or discretionary events, including faith-based ones.

      • Executive Order 19, issued on March 24, authorized essential businesses to exceed

      the ten-person gathering limit, subject to social distancing and sanitation rules.`, `      Governor Mills issued a series of four executive orders between March 18 and April
      29, 2020, which imposed emergency regulations on assembly. We chronicle them briefly
      and in order, as the district court did in its careful opinion on the motion:

      • Executive Order 14, issued on March 18, prohibited gatherings of more than ten
      people for any social, personal or discretionary events, including faith-based ones.

      • Executive Order 19, issued on March 24, authorized essential businesses to exceed
      the ten-person gathering limit, subject to social distancing and sanitation rules.`},
		// Single spacing with paragraph breaks: untouched.
		{"single-spaced", "one line of text that runs\nand another one\n\nA new paragraph here\nwith a second line\nand a third\n\nA third paragraph\nof two lines", ""},
		// A plain-text file: one paragraph a line, empty lines between.
		{"one paragraph a line", strings.Repeat("1. LOAN. Lender shall advance to Borrower the principal sum stated above, on the terms of this Agreement.\n\n", 8), ""},
		// Too few lines to judge.
		{"short page", "Title\n\nFirst line\n\nSecond line", ""},
	}
	checkPages(t, undouble, cases)
}

// TestCleanUndoublesSpacing checks that a name cut by a double-spaced
// line end is no longer cut by a paragraph break in the stage's text.
func TestCleanUndoublesSpacing(t *testing.T) {
	out, err := Clean(t.Context(), pagesOf(doubleSpaced).Pages, Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(out, "\n")
	if !strings.Contains(text, "are clearly erroneous. The\nUnited States Department") {
		t.Errorf("a paragraph's lines are still apart:\n%s", text)
	}
	if !strings.Contains(text, "This appeal follows.\n\nStandard of Review\n\nAppellate review") {
		t.Errorf("a heading lost its paragraph breaks:\n%s", text)
	}
}
