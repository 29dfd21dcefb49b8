package extract_test

import (
	"context"
	"testing"

	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
)

// TestPolityShortNames: "the Commonwealth" and "the State" are the one
// commonwealth or state the document names in full, and nothing when it
// names two, when the word modifies the next ("the State and Federal
// courts", "the Commonwealth Court") or when it is part of another name.
func TestPolityShortNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]int // Refers → uses of the short name
	}{
		{
			name: "contract",
			text: "The Issuer is a political subdivision of the Commonwealth of Virginia, duly organized under the laws of the Commonwealth. The Company will not obligate the Issuer, the Commonwealth or any of its political subdivisions. An appeal lies to the Commonwealth Court.",
			want: map[string]int{"Commonwealth of Virginia": 2},
		},
		{
			name: "a caption's state",
			text: "NICHOLE MARIE JAGELS,\n\n       Appellant,\n\nvs.\n\nSTATE OF MISSOURI,\n\n       Respondent.\n\nJagels appeals. The State argues that the motion court did not err. See Vaca v. State, 314 S.W.3d 331.",
			want: map[string]int{"STATE OF MISSOURI": 1},
		},
		{
			name: "two states",
			text: "The compact binds the State of Texas and the State of Oklahoma. The State shall deliver water.",
			want: map[string]int{},
		},
		{
			name: "a modifier",
			text: "The Borrower is a corporation of the State of Delaware. Each party submits to the jurisdiction of the State and Federal courts in Massachusetts and to the State courts of Delaware.",
			want: map[string]int{},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := extract.New(extract.Config{}).Process(context.Background(), extract.Input{Chunks: chunks(t, tc.text, chunk.Config{})})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, m := range res.Mentions {
				// A cited case's party ("Vaca v. State") is the patterns'.
				if (m.Text == "Commonwealth" || m.Text == "State") && m.Source != extract.SourcePattern {
					if m.Source != extract.SourceDefined {
						t.Errorf("%q at %d is a %s mention of its own (%s)", m.Text, m.Start, m.Type, m.Source)
						continue
					}
					got[m.Refers]++
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("short names refer to %v, want %v", got, tc.want)
			}
			for k, n := range tc.want {
				if got[k] != n {
					t.Errorf("short names refer to %v, want %v", got, tc.want)
				}
			}
		})
	}
}
