package text_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/docpipe/docpipe/stages/ocr"
	"github.com/docpipe/docpipe/stages/text"
)

func pages(texts ...string) []ocr.Page {
	ps := make([]ocr.Page, len(texts))
	for i, t := range texts {
		ps[i] = ocr.Page{Number: i + 1, Text: t, Method: ocr.MethodTextLayer, Confidence: 1}
	}
	return ps
}

func TestCleanPage(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"hyphenated line end", "the pro-\nvision applies", "the provision\napplies"},
		{"fragment is whole line", "a pro-\nvision\nnext", "a provision\nnext"},
		{"real compound inside line", "a well-known self-executing term", "a well-known self-executing term"},
		{"compound prefix at line end", "a self-\nexecuting treaty", "a self-executing\ntreaty"},
		{"capital continuation keeps hyphen", "the Anglo-\nAmerican rule", "the Anglo-American\nrule"},
		{"number continuation keeps hyphen", "No. 21-\n1298 was filed", "No. 21-1298\nwas filed"},
		{"a caption's dashed word is no broken word", "JOHN DOE,\n-against-\nDECISION AND ORDER\nACME CORP. -v-\nJones", "JOHN DOE,\n-against-\nDECISION AND ORDER\nACME CORP. -v-\nJones"},
		{"em dash at line end is no hyphen", "the Compact\u2014\nrecognizing", "the Compact-\nrecognizing"},
		{"paragraph break stops join", "ends with pro-\n\nnew paragraph", "ends with pro-\n\nnew paragraph"},
		{"soft hyphen at line end", "Okla\u00ad\nhoma", "Oklahoma"},
		{"soft hyphen inside word", "con\u00adtract", "contract"},
		{"curly quotes", "\u201cequal rights\u201d and State\u2019s \u2018x\u2019", `"equal rights" and State's 'x'`},
		{"dashes", "2013\u2014Decided pp. 9\u201311 \u2212 5", "2013-Decided pp. 9-11 - 5"},
		{"nfkc ligatures and nbsp", "\ufb01nal \ufb02ow\u00a0here \uff21", "final flow here A"},
		{"control characters", "a\x00b\x07c\u200bd\ufeffe\x1b", "abcde"},
		{"crlf and cr", "one\r\ntwo\rthree", "one\ntwo\nthree"},
		{"whitespace collapse", "  a \u00a0b  \n\n\n\n   c  ", "a b\n\nc"},
		{"a tab between words is a column's edge", "a \t  b", "a\tb"},
		{"a docket sheet's columns", "Maria Rivera     represented by Hillary Schwab\n                 Fair Work, P.C.", "Maria Rivera\trepresented by Hillary Schwab\nFair Work, P.C."},
		{"a firm's form before a column", "Fair Work, P.C.      Attorney for Plaintiff", "Fair Work, P.C.\tAttorney for Plaintiff"},
		{"a caption's one-word columns", "STEINBERG,                    CV-06-03058-PA", "STEINBERG,\tCV-06-03058-PA"},
		{"a justified line's wide gaps", "principally,   the   Free   Speech,  Free   Exercise,  Assembly", "principally, the Free Speech, Free Exercise, Assembly"},
		{"antiword's justified line", "Public  authorities in  Western  Australia  are  required  to   have", "Public authorities in Western Australia are required to have"},
		{"a wide gap with a tab in a justified line", "principally,\tthe   Free   Speech,  Free", "principally, the Free Speech, Free"},
		{"a sentence's end before a wide gap", "spread with alarming speed.      The virus spread worldwide", "spread with alarming speed. The virus spread worldwide"},
		{"a footnote's number after a sentence", "both constitutional and statutory.1      On the heels of", "both constitutional and statutory.1 On the heels of"},
		{"a label before a wide gap", "cc:      R. Bruce Carlson", "cc: R. Bruce Carlson"},
		{"two signatures side by side", "/s/ Priyanka Deshmukh      /s/ Harold Achebe\nPriyanka Deshmukh          Harold Achebe", "/s/ Priyanka Deshmukh\nPriyanka Deshmukh\n\n/s/ Harold Achebe\nHarold Achebe"},
		{"a caption's centred column", "BENEDICT MILLER; and CHARLES        D.C. No.\nSTEINBERG,                    CV-06-03058-PA\nPlaintiffs-Appellants,      District of Oregon,\nv.                  Medford\nCITY OF MEDFORD",
			"D.C. No.\nCV-06-03058-PA\nDistrict of Oregon,\nMedford\n\nBENEDICT MILLER; and CHARLES\nSTEINBERG,\nPlaintiffs-Appellants,\nv.\nCITY OF MEDFORD"},
		{"a table's rows are not stacked", "Each Occurrence Limit      $1,000,000\nGeneral Aggregate Limit    $2,000,000", "Each Occurrence Limit\t$1,000,000\nGeneral Aggregate Limit\t$2,000,000"},
		{"a column open above is not stacked", "DETROIT METRO TOOL & DIE, INC.,\nPlaintiff,          Case No. 22-004512-CB\nv.                  Hon. Annette J. Berry\nGREAT LAKES FORGING COMPANY,",
			"DETROIT METRO TOOL & DIE, INC.,\nPlaintiff,\tCase No. 22-004512-CB\nv.\tHon. Annette J. Berry\nGREAT LAKES FORGING COMPANY,"},
		{"lines of different columns are not stacked", "A B   C D\nE F   G H   I J", "A B\tC D\nE F\tG H\tI J"},
		{"a leader drawn with l's", "United States of America\nlllllllllllllllllllllPlaintiff - Appellee\nv.\nJack Jones lllllllllllllllllllll Defendant\nlll Roman, all, Hallllllllo",
			"United States of America\nPlaintiff - Appellee\nv.\nJack Jones Defendant\nlll Roman, all, Hallllllllo"},
		{"bare page number at bottom", "Body text here\n\n12\n", "Body text here"},
		{"dashed page number at top", "- 3 -\nBody text", "Body text"},
		{"page x of y", "Body text\nPage 3 of 30", "Body text"},
		{"number inside text kept", "l1\nl2\nl3\n12\nl4\nl5\nl6\nl7", "l1\nl2\nl3\n12\nl4\nl5\nl6\nl7"},
		{"removed line leaves no paragraph break", "Body one\n- 4 -\nBody two", "Body one\nBody two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clean(t, pages(tt.in), text.Config{})[0]
			if got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRunningHeadersAndFooters(t *testing.T) {
	var ps []string
	words := []string{"", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot"}
	for i := 1; i <= 6; i++ {
		// The gaps of a running head vary from page to page: columns on
		// some, one line on others.
		gap := strings.Repeat(" ", 1+i%3*2)
		header := "Case: 21-1298" + gap + "Document: 42" + gap + "Page: " + string(rune('0'+i)) + gap + "Date Filed: 08/31/2022"
		running := "TARRANT v. HERRMANN" // even pages only, like a slip opinion
		if i%2 == 1 {
			running = "Cite as: 569 U. S. ____ (2013)"
		}
		body := "Body of page " + words[i] + " with Case: 21-1298 cited inline."
		ps = append(ps, header+"\n"+running+"\n"+body+"\nConfidential - Westmarch Holdings\n"+string(rune('0'+i)))
	}
	got := clean(t, pages(ps...), text.Config{})
	for i, g := range got {
		if !strings.Contains(g, "Body of page") {
			t.Errorf("page %d lost its body: %q", i+1, g)
		}
		first := i == 0
		for _, running := range []string{"Date Filed", "Confidential - Westmarch Holdings"} {
			if strings.Contains(g, running) != first {
				t.Errorf("page %d: %q present = %v, want %v (kept only where it first appears): %q", i+1, running, !first, first, g)
			}
		}
		if i >= 2 && (strings.Contains(g, "Cite as") || strings.Contains(g, "TARRANT")) {
			t.Errorf("page %d kept a facing-page running head: %q", i+1, g)
		}
		if strings.HasSuffix(g, string(rune('0'+i+1))) {
			t.Errorf("page %d kept its page number: %q", i+1, g)
		}
	}
}

// A slip opinion's running head ends with the page number: the heads of
// pages 3 to 9 and of pages 11 to 29 differ only in the number's width,
// and are one running head (text/v2 kept the first group: its key fell
// short of the share of pages).
func TestRunningHeadWhateverThePageNumbersWidth(t *testing.T) {
	var ps []string
	for i := 1; i <= 30; i++ {
		head := "TARRANT REGIONAL WATER DIST. v. HERRMANN"
		if i%2 == 1 {
			head = "Cite as: 569 U. S. ____ (2013) " + strconv.Itoa(i)
		}
		ps = append(ps, head+"\n\nOpinion of the Court\n\nThe body of page "+strconv.Itoa(i)+" goes on.")
	}
	got := clean(t, pages(ps...), text.Config{})
	for i, g := range got {
		if i+1 >= 5 && i%2 == 0 && strings.Contains(g, "Cite as") {
			t.Errorf("page %d kept its running head: %q", i+1, g)
		}
	}
}

func TestSingleLineNotRemovedFromOnePage(t *testing.T) {
	got := clean(t, pages("MEMORANDUM\nbody one", "other\nbody two", "third\nbody three"), text.Config{})
	if !strings.HasPrefix(got[0], "MEMORANDUM") {
		t.Errorf("unique first line removed: %q", got[0])
	}
}

func TestJoinAcrossPages(t *testing.T) {
	got := clean(t, pages("the ex-", "cess water flows", "Next"), text.Config{})
	if got[0] != "the excess" || got[1] != "water flows" {
		t.Errorf("Clean = %q", got)
	}
}

func TestProcessSpans(t *testing.T) {
	in := ocr.Result{ContentType: "application/pdf", Pages: []ocr.Page{
		{Number: 1, Text: "Premier page \u00e9t\u00e9", Method: ocr.MethodTextLayer, Confidence: 1},
		{Number: 2, Text: "  ", Method: ocr.MethodOCR},
		{Number: 3, Text: "third \u201cpage\u201d", Method: ocr.MethodOCR, Confidence: 0.9},
	}}
	d, err := text.New(text.Config{}).Process(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	if d.ContentType != "application/pdf" || len(d.Pages) != 3 {
		t.Fatalf("doc = %+v", d)
	}
	runes := []rune(d.Text)
	wantPages := []string{"Premier page \u00e9t\u00e9", "", `third "page"`}
	for i, sp := range d.Pages {
		if sp.Number != i+1 || sp.Method != in.Pages[i].Method {
			t.Errorf("span %d = %+v", i, sp)
		}
		if got := string(runes[sp.Start:sp.End]); got != wantPages[i] {
			t.Errorf("span %d text = %q, want %q", i, got, wantPages[i])
		}
	}
	if d.Text != "Premier page \u00e9t\u00e9\n\nthird \"page\"" {
		t.Errorf("text = %q", d.Text)
	}
	if utf8.RuneCountInString(d.Text) != d.Pages[2].End {
		t.Errorf("last span ends at %d, text has %d runes", d.Pages[2].End, utf8.RuneCountInString(d.Text))
	}
}

func TestProcessCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := text.New(text.Config{}).Process(ctx, ocr.Result{}); err == nil {
		t.Error("a cancelled context gave no error")
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"opinion", "UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT\nNo. 21-1298\nJOHN DOE, Plaintiff, Appellant, v. ACME CORP., Defendant, Appellee.\nOPINION\nWe affirm the judgment of the district court. Affirmed.", text.CategoryCourtFiling},
		{"contract", "LOAN AGREEMENT\nThis Agreement is made between Lender and Borrower. WHEREAS the parties hereby agree as follows. Governing law. Entire agreement. IN WITNESS WHEREOF", text.CategoryContract},
		{"affidavit", "AFFIDAVIT OF JANE ROE\nI, Jane Roe, being duly sworn, depose and say. Subscribed and sworn to before me. Notary Public. My commission expires 2027.", text.CategoryAffidavit},
		{"deposition", "DEPOSITION OF MARK SMITH\nEXAMINATION BY MR. LEE:\nQ. State your name.\nA. Mark Smith.\nQ. Where do you live?\nTHE WITNESS: Denver. Court reporter present.", text.CategoryDeposition},
		{"letter", "March 3, 2024\nDear Ms. Park:\nThank you for your letter. Please find enclosed the documents. Do not hesitate to call.\nSincerely,\nTom", text.CategoryCorrespondence},
		{"exhibit", "EXHIBIT B\nAttached hereto is a true and correct copy of the invoice schedule.", text.CategoryExhibit},
		{"financial", "BALANCE SHEET\nFiscal year 2023. Total assets $4,000. Liabilities $1,000. Net income $500. Cash flow from operations. Revenue grew.", text.CategoryFinancial},
		{"nothing", "the quick brown fox jumps over the lazy dog", text.CategoryOther},
		{"empty", "", text.CategoryOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := text.Classify(tt.text)
			if got != tt.want {
				t.Errorf("Classify = %s (%.3f), want %s", got, conf, tt.want)
			}
			if conf < 0 || conf > 1 {
				t.Errorf("confidence %v outside 0..1", conf)
			}
			again, conf2 := text.Classify(tt.text)
			if again != got || conf2 != conf {
				t.Error("Classify is not deterministic")
			}
		})
	}
}

func TestFingerprint(t *testing.T) {
	base := text.New(text.Config{}).Fingerprint()
	if base != text.New(text.Config{ZoneLines: 3, RepeatFraction: 0.5}).Fingerprint() {
		t.Error("explicit defaults changed the fingerprint")
	}
	if base == text.New(text.Config{ZoneLines: 2}).Fingerprint() || base == text.New(text.Config{RepeatFraction: 0.3}).Fingerprint() {
		t.Error("an output-changing setting did not change the fingerprint")
	}
	if !strings.HasPrefix(base, text.Algorithm) || text.New(text.Config{}).Name() != "text" {
		t.Errorf("fingerprint %q", base)
	}
	if err := (text.Config{RepeatFraction: 2}).Validate(); err == nil {
		t.Error("RepeatFraction 2 validated")
	}
}

// clean is text.Clean that fails the test on an error.
func clean(t *testing.T, ps []ocr.Page, cfg text.Config) []string {
	t.Helper()
	out, err := text.Clean(context.Background(), ps, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
