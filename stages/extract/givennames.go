package extract

import (
	_ "embed"
	"strings"
)

// givenNamesTable is the words that open people's names in the labelled
// material more often than they end one (scripts/train-ner derives it;
// its header names the sources and their licences).
//
//go:embed names/given.txt
var givenNamesTable []byte

// GivenNamesPath is where scripts/train-ner writes the given names,
// relative to the repository root.
const GivenNamesPath = "stages/extract/names/given.txt"

// ShippedGivenNames returns the embedded given-name table's bytes.
func ShippedGivenNames() []byte { return append([]byte(nil), givenNamesTable...) }

// givenNames is the table as a set.
var givenNames = func() map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(string(givenNamesTable), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			set[line] = true
		}
	}
	return set
}()

// isGivenName reports whether w, in title case or in capitals ("Paul",
// "PAUL"), is a given name of the table.
func isGivenName(w string) bool {
	if len(w) < 2 {
		return false
	}
	return givenNames[w[:1]+strings.ToLower(w[1:])]
}
