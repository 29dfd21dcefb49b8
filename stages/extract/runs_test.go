package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"

	"github.com/docpipe/docpipe/internal/runscan"
)

// runTexts are the labelled rounds' texts (development and held out: the
// expressions' matches are compared, nobody reads an error) and texts that
// put a case name's edges against every kind of character.
func runTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"See Smith v. Jones, 1 F.3d 2 (1st Cir. 1999); (Acme Co. vs. Beta Corp.); “Doe v. Roe”",
		"ACME, INC.,\n  Plaintiff,\n\nv.\n\nBETA LLC,\n  Defendant.",
		"UNITED STATES OF AMERICA, Plaintiff-Appellee,\n  V\nJOHN DOE, Defendant.",
		"Müller v. Straße; x_Smith v. Jones_y; 9Smith V. Jones; Smith VS. Jones; United States v.\nThe Estate of Kelly",
		"No. 1:05-cv-00595-RLM-MGG; Case No.\n3:05-cv-1; #12-345; Case: 17-2400; 20161018; 3/4/2020; 2020-01-02; US$5; $ 5 million; 40 dollars",
		"28 U.S.C. § 1331; 12 C.F.R. 226.1; §§ 2201–2202; Section 5; SECTION 5; Sec. 5; Tex. Ins. Code § 4001.003; FRCrP 11; U.S. Const. art. III",
		"Act of Aug. 11, 1955; Executive Order No. 12,866; Restatement (Second) of Torts § 402A; DoD Instruction 1332.14; Clean Water Act of 1972",
		"the Center for Law and Justice; COMMITTEE FOR FAIR ELECTIONS\tfor; UNITED STATES OF\nAMERICA; the United\nStates; Acme 21, Inc.; (Beta Holdings 2, LLC)",
		"Case No. 1:16-cv-\n00987-MRB; NO. 12-\n3456; § 1983 and Sections 1981; SECTION 5; Sec.5; sec. 12",
		"Supreme Court of Ohio; United States Court of Appeals for the First Circuit; Circuit Court of St. Louis County; Hon. Jane Roe; Angela T. Quigless, P.J.; SOTOMAYOR, J.",
	}
	var files []string
	for _, glob := range []string{"../../testdata/ner/*/corpus/*/*.txt", "../../testdata/samples/*.md", "../../testdata/samples/*.txt"} {
		fs, err := filepath.Glob(glob)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, fs...)
	}
	if len(files) < 500 {
		t.Fatalf("%d texts, want the labelled rounds'", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestRunsMatchAsWhole: the expressions searched in their runs find what
// they find over the whole text, and a text a gate turns away has no
// match of the expression behind it.
func TestRunsMatchAsWhole(t *testing.T) {
	texts := runTexts(t)
	scanned := map[*regexp.Regexp]*runscan.Scanner{caseName: caseNameRuns, caseNameFor: caseNameForRuns, wrappedDocket: wrappedDocketRuns, numberedCompany: numberedCompanyRuns,
		sectionStart: sectionStartRuns, forName: forNameRuns, usaName: usaNameRuns, namedRules: namedRulesRuns, localLaw: localLawRuns, numberedRoad: numberedRoadRuns,
		benefitPlan: benefitPlanRuns, waterBody: waterBodyRuns}
	if len(patternRuns) < 25 {
		t.Fatalf("%d patterns searched in runs, want every pattern with needles", len(patternRuns))
	}
	for re, s := range patternRuns {
		scanned[re] = s
	}
	for re, s := range scanned {
		for i, txt := range texts {
			if got, want := s.FindAllStringSubmatchIndex(txt), re.FindAllStringSubmatchIndex(txt, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("text %d, %s: runs %v, whole %v", i, re, got, want)
			}
		}
	}
	for _, g := range []struct{ gate, re *regexp.Regexp }{{versusLine, captionRe}} {
		found := 0
		for i, txt := range texts {
			if g.gate.MatchString(txt) {
				found++
			} else if g.re.MatchString(txt) {
				t.Errorf("text %d: %s turned away a match of %s", i, g.gate, g.re)
			}
		}
		if found == 0 {
			t.Errorf("%s let no text through", g.gate)
		}
	}
}
