package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
)

// TestParallelCaseName: a case's other name in parentheses between its
// name and its citation ("Quiros Lopez v. Unanue Casal (In re Unanue
// Casal), 998 F.2d 28") is that case's, and so is the citation, whether
// the patterns read the name in parentheses (one line) or not (the break
// of double-spaced lines).
func TestParallelCaseName(t *testing.T) {
	for _, text := range []string{
		"delay. Quiros Lopez v. Unanue Casal (In re Unanue Casal), 998 F.2d 28, 32 (1st Cir. 1993). Examples",
		"delay.              Quiros Lopez v. Unanue Casal (In re\n\n       Unanue Casal), 998 F.2d 28, 32 (1st Cir. 1993).   Examples",
		// A name ending in an abbreviation, its period left out of it.
		"as true. Quiros Lopez v. Unanue Casal Logistics, L.L.C.,\n   998 F.2d 28, 304-05 (5th Cir. 2015) (quoting",
	} {
		res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
		if err != nil {
			t.Fatal(err)
		}
		cited := false
		for _, m := range res.Mentions {
			if m.Type != extract.TypeCase || strings.HasPrefix(m.Text, "Quiros Lopez v. Unanue Casal") {
				continue
			}
			if !strings.HasPrefix(m.Refers, "Quiros Lopez v. Unanue Casal") {
				t.Errorf("%q: case mention %q refers to %q", text, m.Text, m.Refers)
			}
			cited = cited || m.Text == "998 F.2d 28"
		}
		if !cited {
			t.Errorf("%q: no citation found: %+v", text, res.Mentions)
		}
	}
}

// TestDocketBeforeCaseName: a docket number a comma joins to the case name
// after it is that case's ("Re: Case No. 17-3994, Island Creek Coal Company
// v. Linda Hill"); the originating case's number on the next line is not.
func TestDocketBeforeCaseName(t *testing.T) {
	text := "Dear Counsel,\n\n                Re: Case No. 17-3994, Island Creek Coal Company v. Linda Hill, et al\n                    Originating Case No. : 16-0556\n\nThe petition for review was docketed today.\n"
	refers := caseRefers(t, text)
	if got := refers["17-3994"]; got != "Island Creek Coal Company v. Linda Hill" {
		t.Errorf("17-3994 refers to %q (case mentions %v)", got, refers)
	}
	if got := refers["16-0556"]; got != "" {
		t.Errorf("the originating case's 16-0556 refers to %q", got)
	}
}

// TestDocketAfterCaseName: a docket number right after a case's name and a
// comma is that case's ("Coppinger-Martin v. Solis, No. 09-73725"); one
// further on is not.
func TestDocketAfterCaseName(t *testing.T) {
	text := "In Coppinger-Martin v. Solis, No. 09-73725, an action was filed. Later, in No. 10-80152, another.\n"
	refers := caseRefers(t, text)
	if got := refers["09-73725"]; got != "Coppinger-Martin v. Solis" {
		t.Errorf("09-73725 refers to %q (case mentions %v)", got, refers)
	}
	if got := refers["10-80152"]; got != "" {
		t.Errorf("10-80152 refers to %q", got)
	}
}

// TestCitationAfterSupra: a case cited again by name, "supra" and its
// citation: the citation is the case's.
func TestCitationAfterSupra(t *testing.T) {
	text := "This court noted that Stanley v. Richmond, supra, 35 Cal.App.4th 1070, and similar cases demonstrate a high standard.\n"
	if got := caseRefers(t, text)["35 Cal.App.4th 1070"]; got != "Stanley v. Richmond" {
		t.Errorf("35 Cal.App.4th 1070 refers to %q", got)
	}
}

// caseRefers runs the stage on text and maps each CASE mention's text,
// without a "No. " label, to the case it refers to.
func caseRefers(t *testing.T, text string) map[string]string {
	t.Helper()
	res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, text, chunk.Config{})})
	if err != nil {
		t.Fatal(err)
	}
	refers := map[string]string{}
	for _, m := range res.Mentions {
		if m.Type == extract.TypeCase {
			refers[strings.TrimPrefix(m.Text, "No. ")] = m.Refers
		}
	}
	return refers
}
