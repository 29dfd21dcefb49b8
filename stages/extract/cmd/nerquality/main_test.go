package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDefinedRoles: the tokens of a role word the document defines are
// left out of gold and predictions alike, definitions included; names,
// undefined words and the old measure's Borrower/Lender are treated as
// before.
func TestDefinedRoles(t *testing.T) {
	const conll = `-DOCSTART- -X- -X- O

Acme NNP O I-ORG
Corp. NNP O I-ORG
( ( O O
the DT O O
" " O O
Company NN O O
" " O O
) ) O O
and CC O O
Silicon NNP O I-ORG
Valley NNP O I-ORG
Bank NNP O I-ORG
( ( O O
" " O O
Bank NN O I-ORG
" " O O
) ) O O
lend NN O O
to TO O O
the DT O O
Borrower NN O I-PER

The DT O O
Company NN O O
pays VBZ O O
the DT O O
Bank NN O I-ORG
and CC O O
the DT O O
Agent NN O O
. . O O
`
	docs := readText(t, conll)
	d := docs[0]
	var got []string
	for j, tk := range d.tokens {
		if withoutDefined.dropped(d, j) {
			got = append(got, tk.text)
		}
		if withRoles.dropped(d, j) || withoutBL.dropped(d, j) != (tk.text == "Borrower") {
			t.Errorf("token %q: dropped with roles %v, without Borrower/Lender %v", tk.text, withRoles.dropped(d, j), withoutBL.dropped(d, j))
		}
	}
	// "Agent" is defined nowhere here; the "Bank" of "Silicon Valley
	// Bank" is a use but its entity keeps its other words.
	if want := "Company Bank Bank Borrower Company Bank"; strings.Join(got, " ") != want {
		t.Errorf("dropped %q, want %q", strings.Join(got, " "), want)
	}
	// The system finds Acme Corp., Silicon Valley Bank and every use of the
	// defined terms (ORG): without defined roles, only the two names count,
	// on both sides.
	ent := func(first, last int) span { return span{"ORG", first, last} }
	pred := prediction{entities: []span{ent(0, 1), ent(5, 5), ent(9, 11), ent(14, 14), ent(22, 22), ent(25, 25)}}
	for _, c := range []struct {
		r    roles
		want string
	}{
		{withoutBL, "| entity | without Borrower/Lender | ORG | 4 | 6 | 4 |"},
		{withoutDefined, "| entity | without defined roles | ORG | 2 | 2 | 2 |"},
	} {
		var b strings.Builder
		entityScores(&b, docs, []prediction{pred}, c.r)
		if !strings.Contains(b.String(), c.want) {
			t.Errorf("%v: got\n%s\nwant a row %s", c.r, b.String(), c.want)
		}
	}
}

// TestEntityErrors: the error list names every false positive and miss of
// the entity rows (and nothing that matched), in text order, with context.
func TestEntityErrors(t *testing.T) {
	const conll = `-DOCSTART- -X- -X- O

Acme NNP O I-ORG
Corp. NNP O I-ORG
lends VBZ O O
to TO O O
Jane NNP O I-PER
Roe NNP O I-PER
in IN O O
Boston NNP O I-LOC
. . O O
`
	docs := readText(t, conll)
	// Acme Corp. right, Jane alone (a miss and a false positive), Boston
	// missed, "lends" a false positive.
	pred := prediction{entities: []span{{"ORG", 0, 1}, {"PERSON", 4, 4}, {"ORG", 2, 2}}}
	var b strings.Builder
	entityErrors(&b, docs, []prediction{pred}, withoutDefined)
	got := b.String()
	for _, want := range []string{
		"## document 1 (without defined roles): 3 gold, 3 predicted\n",
		"FP ORG      \"lends\"\t… Acme Corp. [lends] to Jane Roe in Boston …\n",
		"FP PERSON   \"Jane\"\t… Acme Corp. lends to [Jane] Roe in Boston . …\n",
		"FN PERSON   \"Jane Roe\"\t… Acme Corp. lends to [Jane Roe] in Boston . …\n",
		"FN LOCATION \"Boston\"\t… lends to Jane Roe in [Boston] . …\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "[Acme") {
		t.Errorf("a matched entity is listed:\n%s", got)
	}
	if strings.Index(got, `"lends"`) > strings.Index(got, `"Boston"`) {
		t.Errorf("not in text order:\n%s", got)
	}
}

// readText reads CoNLL text through read, from a file.
func readText(t *testing.T, conll string) []document {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.conll")
	if err := os.WriteFile(path, []byte(conll), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := read(path)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}
