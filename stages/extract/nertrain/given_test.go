package nertrain_test

import (
	"slices"
	"testing"

	"github.com/docpipe/docpipe/internal/nereval"
	"github.com/docpipe/docpipe/stages/extract/nertrain"
)

// TestGivenNames: a word that opens people's names twice or more, and at
// least as often as it ends one, is a given name; one seen once, one more
// often a surname ("Lee"), one written in lower case as often ("hope"),
// an organisation's first word, a one-word name's and a word in capitals
// are not.
func TestGivenNames(t *testing.T) {
	conll := []nertrain.Doc{{Sentences: []nertrain.Sentence{{
		Words:  []string{"Karen", "Ostad", "met", "Karen", "Lee", "and", "Murray", "Borun", "and", "Paul", "Murray", "and", "Ann", "Murray"},
		Labels: []string{"B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER"},
	}, {
		Words:  []string{"Lee", "Ho", "Lee", "Yu", "Jo", "Lee", "Al", "Lee"},
		Labels: []string{"B-PER", "I-PER", "B-PER", "I-PER", "B-PER", "I-PER", "B-PER", "I-PER"},
	}, {
		Words:  []string{"Paul", "said", "PAUL", "SMITH", "and", "PAUL", "SMITH", "Cher", "Hope", "Ng", "Hope", "Yu", "hope", "hope"},
		Labels: []string{"B-PER", "O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "B-PER", "B-PER", "I-PER", "B-PER", "I-PER", "O", "O"},
	}}}}
	labelled := []nereval.Doc{{Entities: []nereval.Entity{
		{Type: "PERSON", Name: "Paul Bliven"},
		{Type: "ORG", Name: "Ann Taylor Stores"},
		{Type: "PERSON", Name: "Ann"},
	}}}
	got := nertrain.GivenNames(conll, labelled)
	if want := []string{"Karen", "Paul"}; !slices.Equal(got, want) {
		t.Fatalf("GivenNames = %q, want %q", got, want)
	}
}
