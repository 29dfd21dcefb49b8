package extract_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
)

// plainChunks cuts text into 1000-rune chunks without overlap, the way the
// chunk stage sizes them, without depending on the chunk stage's own cost.
func plainChunks(text string) chunk.Result {
	var res chunk.Result
	rs := []rune(text)
	for i, k := 0, 0; i < len(rs); i, k = i+1000, k+1 {
		e := min(len(rs), i+1000)
		res.Chunks = append(res.Chunks, chunk.Chunk{ID: fmt.Sprintf("c%d", k), Index: k, Text: string(rs[i:e]), Start: i, End: e})
	}
	return res
}

// Adversarial inputs for the scaling benchmarks: long runs of one
// character and many tiny lines, the shapes that make a careless rule
// quadratic.
var adversarial = map[string]func(n int) string{
	"run-a":       func(n int) string { return strings.Repeat("a", n) },
	"run-A":       func(n int) string { return strings.Repeat("A", n) },
	"run-paren":   func(n int) string { return strings.Repeat("(", n) },
	"run-quote":   func(n int) string { return strings.Repeat(`"`, n) },
	"run-space":   func(n int) string { return "x" + strings.Repeat(" ", n) + "y" },
	"caps-words":  func(n int) string { return strings.Repeat("Ab ", n/3) },
	"tiny-lines":  func(n int) string { return strings.Repeat("a\n", n/2) },
	"case-names":  func(n int) string { return strings.Repeat("A v. B, ", n/8) },
	"defined":     func(n int) string { return strings.Repeat(`Acme Corp. (the "Acme") `, n/24) },
	"docket-runs": func(n int) string { return strings.Repeat("No. 1-", n/6) },
	"polity":      func(n int) string { return strings.Repeat("the State of Ohio and the State ", n/32) },
	"short-names": func(n int) string { return strings.Repeat("Acme Coal Terminal Corporation and Acme\nTerminal ", n/48) },
	"panels":      func(n int) string { return strings.Repeat("Before SMITH, JONES and DOE, Circuit Judges.\n", n/45) },
	"partners":    func(n int) string { return strings.Repeat("Smith, Jones, ", n/14) + "& Doe" },
	"party-terms": func(n int) string {
		return strings.Repeat(`Acme LLC (together with its successors and assigns, "Borrower") `, n/64)
	},
	"captions": func(n int) string {
		return strings.Repeat("ACME CO., Petitioner, v. BETA INC., Respondent.\nTexas\n", n/54)
	},
}

// BenchmarkExtractScaling runs the stage on each adversarial input at two
// sizes, four times apart: ns/byte that stays flat from the small to the
// large size is linear behaviour (docs/quality.md has the numbers). The
// million-tiny-lines case is "tiny-lines" at 2 MB.
func BenchmarkExtractScaling(b *testing.B) {
	s := extract.New(extract.Config{})
	for _, name := range sortedKeys(adversarial) {
		for _, n := range []int{1 << 16, 1 << 18} {
			text := adversarial[name](n)
			in := extract.Input{Chunks: plainChunks(text)}
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				for b.Loop() {
					if _, err := s.Process(context.Background(), in); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/byte")
			})
		}
	}
	b.Run("tiny-lines/million", func(b *testing.B) {
		in := extract.Input{Chunks: plainChunks(strings.Repeat("a\n", 1_000_000))}
		for b.Loop() {
			if _, err := s.Process(context.Background(), in); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/2e6, "ns/byte")
	})
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

// FuzzExtract checks, on small inputs, that the stage never fails or
// panics on text, and that every mention lies inside its chunk with the
// text it claims.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"", "a", `Acme Corp. (the "Borrower") and the Borrower`, "No. 3:05-cv-00595-RLM-MGG",
		"Smith v. Jones, 988 F.3d 8 (1st Cir. 2021)", "In re Foo Bar", "((((", `"""`, "\n\n\n",
		"UNITED STATES COURT OF APPEALS\nFOR THE FIRST CIRCUIT", "Before: A, B and C, Circuit Judges.",
		"ÿ\u00a0Ä. Ö’s §§ 12", strings.Repeat("A ", 50),
		// The eleventh session's forms: a proceeding's kind before a
		// line break, agencies, locals, offices in captions, a notary.
		"In the Matter of the Accusation Against:\nGREEN VALLEY FARMS, LLC", "IN THE MATTER OF:", "In the Matter of the Application of",
		"the U.S. Fish and\nWildlife Service", "BUREAU OF ALCOHOL, TOBACCO,", "TEAMSTERS, LOCAL 848", ", LOCAL 7",
		"JOHN SMITH, WARDEN OF THE STATE PRISON,\nPetitioner,\nv.\nJANE DOE", "Notary Public\nNo. 01PE6123456", "COUNTY OF X )",
		"Brown, 61, of Albany", "the SEC's Division of", "(the \"Acme\" or \"Defendant\")", "LYNN FITCH\nAttorney General",
		// Messages: headers, quoting lines, closings.
		"From: Smith, Robert [mailto:r@x.com]\nSent: Monday\nTo: 'Jane Doe'; ;\"\"", "To: a@b.c, <x@y.z>, \" \" <q@r.s>",
		"On Mon, Mar 2, 2020 at 9:14 AM \"\" <a@b.c>\nwrote:", "Thanks,\n\nChetan", "Date: Thu, 29 Jan 2009", "Jane Doe | Partner",
		"EDELSON RUIZ PC\n", "Ruiz PC", "A, PLLC",
		// Other kinds of documents: criminal, family, arbitration and
		// bankruptcy captions, docket sheets, columns, citations.
		"UNITED STATES OF AMERICA\n\n- v. -\n\nX,\nOF", "IN RE: THE MARRIAGE OF\n\nA B,\nPetitioner/Wife,\n\nand\n\n",
		"In the Matter of the Arbitration between\n\nA, INC.,\nClaimant,\nand\n", "In re:     Chapter 11\n\nA, LLC, et al.,1     Case No.\n\nDebtors.",
		"A B     represented by C\n(Doe, J) (Entered:", "X          Y\tZ", "In re: A a.k.a.", "Matter of A, 1 B", "2023 IL 123456", "2019-Ohio-1",
		"2022-1456, 2019-2020\n", "A, P.A.", "Dr. A B of C University", "A de la", "Trustee of the", "OCT 14 2021", "Dec. 56",
		"Thanks,\n", "On Mon at 9:14 AM <a@b.c>\nwrote:", "CASE NO.: AB-21-1", "Title 18, United States Code",
		// The thirteenth session's forms: published laws, agencies'
		// orders, the Tax Court's and California's, counsel lists, a
		// Texas caption's dividers, names' edges.
		"Act, Pub. L. No. 115-123, 132 Stat.\n64", "85 FR 1", "26 CFR Part", "18 U.S.C. ?? 201(b", "(D. Minn. Mar. 2, 2020)", "(P.T.A.B. filed",
		"In the Matter of\n\nA, LLC,\na corporation, and\n\nB C,", "File No. 3-1", "DOCKET NO. C-1", "JOHN R. AND MARY", "A, DECEASED, B R.\nC, EXECUTOR, Petitioner v.\nD",
		"In re: § Chapter 11\n§\nA, LLC,1 § Case No. 1", "A B, C D, E F G, H, I J, for Defendants.", "Lavi & E, J L and V for Plaintiff",
		"B318842", "A Columbus, Ohio, man", ", Ohio", "Special Agent in Charge J.", "ADVERSARY NO", "and No/100 Dollars", "Invoice Nos. 1-2 and",
		"Section 5.2 Board of Managers.", "SECTION 21C OF THE SECURITIES EXCHANGE ACT OF 1934", "A RudolfOpinion", "Coram: A C.J. and B, C JJ.",
		// The twenty-second session's forms: boards' captions and headers,
		// amendments listed, PACER's dockets, a generational suffix.
		"Cite as 1 I&N Dec. 1 (BIA 2013) Interim Decision #3891\n\nMatter of A-B-, Respondent", "BEFORE: Board Panel: A, B, and C, Board Members.",
		"A, LLC,\n(CCN: 1234),\nPetitioner,\n\nv.\n\nCenters for A & B,\nRespondent.\n\nDocket No. C-1\nDecision No. CR1", "A B, Jr. v. C", "See A B, III v.",
		"the First and 14th Amendments", "No. 1:2016cv02870", "CV-19-01173-PHX-DJH", "1 F. Supp. 1 (1996) A B, Plaintiff,", "A.No. 1-B-1.",
		"The United States, by and through", "Section 2(d) of the A Act, 15 U.S.C. § 1", "Docket No. CAA-05-2018-0011",
		// The twenty-third session's forms: Hawaii's ʻokina, glued court
		// years, counsel lines run together, an instrument's title.
		"COURT OF HAWAI'I", "Hawaiʻi", "hawai‘I v.", "HAWAI'", "(9th Cir.2004)", "(.2004)", "A B. C D E. F Moss Co., LPA",
		"AGREEMENT AND PLAN OF MERGER OF A, INC.", "Blue Cross and Blue Shield of A, Inc.", "and A, Inc.", "HUNTER, Robert C., Judge.",
		"A,\nPlaintiff,\n- against -\nB,", "- against -", "NO. 20-4512", "Re: A v. B\nCase Number: 1", "Gene E.K. Pratter", "PEOPLE OF THE STATE OF A, B/C, v. D",
		"In the Matter of the Probate of the Last Will and Testament of\nA B", "Cases\nA v. B, 1 U.S. 1", "Citation Nr: 1612345", "12th day of May, two thousand",
		// The twenty-fourth session's forms: legislation, tribunals,
		// captions with "versus", names' edges.
		"H. R. 1", "Okla. H. Res. 1", "section 1 of title 5, United States Code", "H.R. Rep. No. 1-2", "P.A. 1-2", "A Commission on B",
		"the Board on March 1, 2020", "IN RE: A (B) LITIGATION        MDL No. 1234", "In re A, Inc., B Litig.,", "ASBCA No. 1234", "CAS 2019/A/1",
		"A Inc. B Co.", "Major A B, C", "FCI A", "St. A's B Hospital", "Township of A", "Title VII", "A Act (\"AB\") AB", "(\"AB\")",
		"A,\nPlaintiff - Appellant,\nversus\nB,", "A, Plaintiff—Appellant, versus B & C, Incorporated", "MEMORANDUM\nA v. B.",
	} {
		f.Add(seed)
	}
	s := extract.New(extract.Config{})
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4000 || !utf8.ValidString(text) {
			return
		}
		in := extract.Input{Chunks: plainChunks(text)}
		res, err := s.Process(context.Background(), in)
		if err != nil {
			t.Fatalf("Process: %v", err)
		}
		rs := []rune(text)
		for _, m := range res.Mentions {
			if m.Start < 0 || m.End > len(rs) || m.Start >= m.End {
				t.Fatalf("mention %+v out of range (text %d runes)", m, len(rs))
			}
			if string(rs[m.Start:m.End]) != m.Text {
				t.Fatalf("mention %+v: text at offsets is %q", m, string(rs[m.Start:m.End]))
			}
		}
	})
}
