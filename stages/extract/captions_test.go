package extract

import "testing"

// TestStackedRoleCaptions: a stacked caption whose first party's role
// stands on its own line, with or without a comma, is one case name and
// two litigants; a country among them is an organisation. A role line
// without "v." after it makes no caption.
func TestStackedRoleCaptions(t *testing.T) {
	text := "    CGI FEDERAL INC.,\n    Plaintiff-Appellant\n    v.\n    UNITED STATES,\n    Defendant-Appellee\n" +
		"MYOCARE NURSING HOME, INC.\nPLAINTIFF-APPELLANT\nvs.\nWILLIAM HOHMANN, ET AL.\nDEFENDANTS-APPELLEES\n" +
		"ACME LLC\nPlaintiff\nfiled a motion.\n"
	got := typedTexts(text, roleCaptions(text))
	want := "CASE CGI FEDERAL INC.,\n    Plaintiff-Appellant\n    v.\n    UNITED STATES|ORG CGI FEDERAL INC.|ORG UNITED STATES|" +
		"CASE MYOCARE NURSING HOME, INC.\nPLAINTIFF-APPELLANT\nvs.\nWILLIAM HOHMANN|ORG MYOCARE NURSING HOME, INC.|PERSON WILLIAM HOHMANN"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
