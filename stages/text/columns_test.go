package text

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// notice is the header of a court's docketing notice as pdftotext -layout
// writes it: two columns, a short title cut across both.
const notice = `                  United States Court of Appeals for the Second Circuit
                                    40 Foley Square

ROBERT A. KATZMANN                                              CATHERINE O'HAGAN WOLFE
CHIEF JUDGE                                                     CLERK OF COURT

Date: October 31, 2017                                          DC Docket #: 17-cv-6761
Docket #: 17-3510                                               DC Court: SDNY (NEW YORK
Short Title: National Football League Manag v. National         CITY)
Football League Playe                                           DC Judge: Failla


                                    DOCKETING NOTICE

A notice of appeal filed by National Football League Players Association in the above`

// caption is a state court's caption: parties, a column of ")", and the
// case's particulars.
const caption = `NICHOLE MARIE JAGELS,                       )       No. ED108783
       Appellant,                           )       Appeal from the Circuit Court of
                                            )       St. Charles County, Missouri
vs.                                         )       No. 1711-CC00064
STATE OF MISSOURI,                          )       Honorable Deborah J. Alessi
       Respondent.                          )       Filed: January 19, 2021

Angela T. Quigless, P.J., Kurt S. Odenwald, J., and James M. Dowd, J.`

func TestUnweave(t *testing.T) {
	cases := []pageCase{
		{"two header columns", notice, `                  United States Court of Appeals for the Second Circuit
                                    40 Foley Square

ROBERT A. KATZMANN
CHIEF JUDGE

Date: October 31, 2017
Docket #: 17-3510
Short Title: National Football League Manag v. National
Football League Playe

CATHERINE O'HAGAN WOLFE
CLERK OF COURT

DC Docket #: 17-cv-6761
DC Court: SDNY (NEW YORK
CITY)
DC Judge: Failla



                                    DOCKETING NOTICE

A notice of appeal filed by National Football League Players Association in the above`},
		{"caption with a divider column", caption, `NICHOLE MARIE JAGELS,
       Appellant,

vs.
STATE OF MISSOURI,
       Respondent.

No. ED108783
Appeal from the Circuit Court of
St. Charles County, Missouri
No. 1711-CC00064
Honorable Deborah J. Alessi
Filed: January 19, 2021


Angela T. Quigless, P.J., Kurt S. Odenwald, J., and James M. Dowd, J.`},
		// Justified prose has wide gaps, but no column of word starts
		// with a free gutter on three lines in a row.
		{"justified prose", `      out    of    the    chaotic      early    weeks    of      the    COVID-19    pandemic.
      Defendant-appellee          Janet    T.     Mills,      the      Governor    of     Maine,
      principally,        the   Free    Speech,      Free     Exercise,        Assembly,      and
      Establishment protections of the First Amendment.                     See U.S. Const.
      amend. I.          The district court found the Chapel's contentions`, ""},
		// A bulleted list: its left column is bullets, not text.
		{"bullets", `        •   Executive Order 14, issued on March 18, prohibited
            gatherings of more than ten people for any "social,
        •   Executive Order 19, issued on March 24, authorized
            "Essential Businesses and Operations" to exceed the
        •   Executive Order 28, issued on March 31, directed
            all persons residing in Maine to "stay at their`, ""},
		// Two lines side by side are not enough to call a column.
		{"two split lines", `Date: October 31, 2017          DC Docket #: 17-cv-6761
Docket #: 17-3510               DC Court: SDNY`, ""},
		{"numbered list", `(i)     the Borrower's obligations under the Loan Documents;
(ii)    the Lender's rights under this Agreement; and
(iii)   any other amounts due from time to time`, ""},
		{"no layout", "Plain text with single spaces.\nAnd another line.", ""},
	}
	checkPages(t, unweave, cases)
}

// pageCase is a page and what a step of cleaning makes of it ("" when it
// leaves the page as it is).
type pageCase struct{ name, in, want string }

// checkPages runs step on each case's page.
func checkPages(t *testing.T, step func(string) string, cases []pageCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := c.want
			if want == "" {
				want = c.in
			}
			if got := step(c.in); got != want {
				t.Errorf("got\n%s\n---- want\n%s", got, want)
			}
		})
	}
}

// TestCleanUnweavesColumns checks that the stage's text no longer joins
// the words of two columns: "National" ends the left column's line and
// "CITY)" is in the right column.
func TestCleanUnweavesColumns(t *testing.T) {
	out, err := Clean(t.Context(), pagesOf(notice).Pages, Config{})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(out, "\n")
	for _, joined := range []string{"National CITY", "KATZMANN CATHERINE", "Playe DC Judge"} {
		if strings.Contains(text, joined) {
			t.Errorf("text joins two columns (%q):\n%s", joined, text)
		}
	}
	if !strings.Contains(text, "DC Court: SDNY (NEW YORK\nCITY)") {
		t.Errorf("right column not kept together:\n%s", text)
	}
}

// FuzzUnweave checks that unweaving only moves text: every letter and
// digit of the page is in its output, as often, and it does not panic.
func FuzzUnweave(f *testing.F) {
	for _, s := range []string{notice, caption, "a   b\nc   d\ne   f\n   g", "x)   y\n)   z\n)   w\n    v"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		if len(page) > 1<<14 {
			return
		}
		if got, want := wordRunes(unweave(page)), wordRunes(page); !slices.Equal(got, want) {
			t.Fatalf("unweave lost or added text:\n%q\n%q", page, unweave(page))
		}
	})
}

func wordRunes(s string) []rune {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return rs
}
