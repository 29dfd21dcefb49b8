package extract

import "testing"

// TestAcronymNames: the known laws' and agencies' acronyms alone are
// names of their type; a longer word of capitals, a form or a docket
// named after one, "SEC." before a section's number and the acronym
// where the text defines it are not.
func TestAcronymNames(t *testing.T) {
	text := "The FBI's office and the EEOC; comply with ERISA, the UCC and GAAP. SEC v. Jones. SEC. 5. A UCC-1 form, FAA-2019-0001, " +
		"FBIS, xFBI, the Employee Retirement Income Security Act of 1974 (\"ERISA\") and (ERISA). The NCAA and the BLM cited FIFRA before the OSHRC. The GAO, the TTAB and the ABA. OSHA's Manhattan Area Office and the CPSC. Cal/OSHA fined it."
	if got, want := typedTexts(text, acronymNames(text)), "ORG FBI|ORG EEOC|LAW ERISA|LAW UCC|LAW GAAP|ORG SEC|ORG NCAA|ORG BLM|LAW FIFRA|ORG OSHRC|ORG GAO|ORG TTAB|ORG ABA|ORG OSHA|ORG CPSC"; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
