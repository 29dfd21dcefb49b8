package extract

import "testing"

func TestLegalForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "TYPE:text"
	}{
		{"full docket", "Case No. 3:05-cv-00595-RLM-MGG was filed.", []string{"CASE:3:05-cv-00595-RLM-MGG"}},
		{"appeal docket", "Case: 17-2400 and No. 17-2400.", []string{"CASE:17-2400", "CASE:17-2400"}},
		{"district docket", "Docket No. 2-15-cv-00180 and 17-cv-6761 below.", []string{"CASE:2-15-cv-00180", "CASE:17-cv-6761"}},
		{"state docket", "No. ED108783.", []string{"CASE:ED108783"}},
		{"reporter", "See Smith, 988 F.3d 8, 12 (1st Cir. 2021) and 482 U. S. 124.", []string{"CASE:988 F.3d 8", "COURT:1st Cir.", "CASE:482 U. S. 124"}},
		{"supp", "459 F. Supp. 3d 273 (D. Me. 2020)", []string{"CASE:459 F. Supp. 3d 273", "COURT:D. Me."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := map[string]int{}
			for _, c := range patternMentions(tt.text) {
				got[c.typ+":"+tt.text[c.start:c.end]]++
			}
			for _, w := range tt.want {
				if got[w] == 0 {
					t.Errorf("missing %s in %v", w, got)
				}
				got[w]--
			}
		})
	}
}

func TestNameCleanup(t *testing.T) {
	text := "Kenneth D. Upton, Jr., argued. Jr. and St. were alone. Kenneth D. Upton, Irvine."
	c, ok := modelCand(text, TypePerson, 0, len("Kenneth D. Upton"))
	if !ok || text[c.start:c.end] != "Kenneth D. Upton, Jr." {
		t.Fatalf("generational suffix: got %q", text[c.start:c.end])
	}
	i := len("Kenneth D. Upton, Jr., argued. ")
	if _, ok := modelCand(text, TypeLocation, i, i+3); ok {
		t.Fatal(`"Jr." alone kept as a name`)
	}
	j := len("Kenneth D. Upton, Jr., argued. Jr. and St. were alone. ")
	c, _ = modelCand(text, TypePerson, j, j+len("Kenneth D. Upton"))
	if text[c.start:c.end] != "Kenneth D. Upton" {
		t.Fatalf("suffix over a word: %q", text[c.start:c.end])
	}
	if _, ok := modelCand("CLERK OF COURT", TypePerson, 0, 14); ok {
		t.Fatal("a title kept as a name")
	}
}
