package nereval_test

import (
	"bufio"
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/internal/nereval"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/text"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"No. 3:05-cv-00595-RLM-MGG", []string{"No", ".", "3:05-cv-00595-RLM-MGG"}},
		{"a $1,500.00 fee", []string{"a", "$", "1,500.00", "fee"}},
		{"CATHERINE O'HAGAN WOLFE,", []string{"CATHERINE", "O'HAGAN", "WOLFE", ","}},
		{"42 U.S.C. §§ 2000cc", []string{"42", "U.S.C", ".", "§", "§", "2000cc"}},
		{"Keenan, III", []string{"Keenan", ",", "III"}},
		{"(the \"Borrower\")", []string{"(", "the", "\"", "Borrower", "\"", ")"}},
		{"Jagels’ plea", []string{"Jagels", "’", "plea"}},
		{"Hill's and Hill’S claims", []string{"Hill", "'s", "and", "Hill", "’S", "claims"}},
		{"it's O'Hagan's", []string{"it", "'s", "O'Hagan", "'s"}},
		{"  ", nil},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			var got []string
			rs := []rune(c.in)
			for _, tok := range nereval.Tokenize(c.in) {
				if string(rs[tok.Start:tok.End]) != tok.Text {
					t.Fatalf("token %q at %d:%d reads %q", tok.Text, tok.Start, tok.End, string(rs[tok.Start:tok.End]))
				}
				got = append(got, tok.Text)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("got %q, want %q", got, c.want)
			}
		})
	}
}

func tags(ts []nereval.Tagged) string {
	var b strings.Builder
	for _, t := range ts {
		if t.Tag != "O" {
			b.WriteString(t.Text + "/" + t.Tag + " ")
		}
	}
	return strings.TrimSpace(b.String())
}

func TestProject(t *testing.T) {
	doc := nereval.Doc{
		NonEntities: []string{"Standard of Review"},
		Entities: []nereval.Entity{
			ent(nereval.TypeOrg, "Steak N Shake Operations Inc", "Steak N Shake Operations Inc", "Steak N Shake"),
			ent(nereval.TypePerson, "Linda Hill", "Linda Hill", "Hill"),
			ent(nereval.TypeOrg, "Standard Insurance Company", "Standard"),
			ent(nereval.TypeCase, "Hill v. Standard", "Hill v. Standard"),
		},
	}
	cases := []struct{ name, text, want string }{
		{"longest match first", "Steak N Shake Operations Inc sued.",
			"Steak/B-ORG N/I-ORG Shake/I-ORG Operations/I-ORG Inc/I-ORG"},
		{"two mentions of one entity", "Steak N Shake Operations Inc (\"Steak N Shake\") agreed.",
			"Steak/B-ORG N/I-ORG Shake/I-ORG Operations/I-ORG Inc/I-ORG Steak/B-ORG N/I-ORG Shake/I-ORG"},
		{"line break inside a name", "counsel for Steak N\n      Shake filed", "Steak/B-ORG N/I-ORG Shake/I-ORG"},
		{"possessive", "Hill's claim", "Hill/B-PERSON"},
		{"curly possessive", "Hill’s claim", "Hill/B-PERSON"},
		{"not inside a longer word", "Hillary Hillside McHill", ""},
		{"case-sensitive", "a steak n shake and a hill", ""},
		{"nested alias loses to the caption", "See Hill v. Standard, 1 F.3d 2.",
			"Hill/B-CASE v/I-CASE ./I-CASE Standard/I-CASE"},
		{"adjacent mentions stay apart", "Hill Standard", "Hill/B-PERSON Standard/B-ORG"},
		{"non-entity shadows an alias", "II. Standard of Review. Standard paid.", "Standard/B-ORG"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := tags(nereval.Project(c.text, doc))
			if got != c.want {
				t.Fatalf("got  %q\nwant %q", got, c.want)
			}
			// TaggedSpans reads the mentions back.
			spans := nereval.Mentions(c.text, doc)
			back := nereval.TaggedSpans(nereval.Project(c.text, doc), c.text)
			if len(back) != len(spans) {
				t.Fatalf("TaggedSpans gave %d spans, Mentions %d", len(back), len(spans))
			}
		})
	}
}

func TestMentionsOffsetsAreRunes(t *testing.T) {
	doc := nereval.Doc{Entities: []nereval.Entity{ent(nereval.TypeCase, "Espinal-Domínguez v. Puerto Rico")}}
	text := "Año — see Espinal-Domínguez v. Puerto Rico."
	ms := nereval.Mentions(text, doc)
	if len(ms) != 1 {
		t.Fatalf("%d mentions", len(ms))
	}
	if got := string([]rune(text)[ms[0].Start:ms[0].End]); got != "Espinal-Domínguez v. Puerto Rico" || ms[0].Text != got {
		t.Fatalf("span reads %q (Text %q)", got, ms[0].Text)
	}
}

const conllSample = `-DOCSTART- -X- O O

Silicon NNP - I-ORG
Valley NNP - I-ORG
Bank NNP - I-ORG
(" NNP - O
Bank NNP - I-ORG
") , - O
of IN - O
Santa NNP - I-LOC
Clara NNP - I-LOC
California NNP - I-LOC
Inc NNP - I-MISC

Borrower NNP - I-PER

-DOCSTART- -X- O O

Jane NNP - B-PER
Doe NNP - I-PER
John NNP - B-PER
`

func TestReadCoNLL(t *testing.T) {
	docs, err := nereval.ReadCoNLL(strings.NewReader(conllSample), "S")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Name != "S-1" || docs[1].Name != "S-2" {
		t.Fatalf("documents %+v", docs)
	}
	var names []string
	for _, s := range nereval.TaggedSpans(docs[0].Tokens, docs[0].Text) {
		names = append(names, s.Type+":"+s.Text)
	}
	// IO data: adjacent LOC tokens merge ("Santa Clara California"), MISC
	// is O, a sentence break ends an entity.
	want := []string{"ORG:Silicon Valley Bank", "ORG:Bank", "LOCATION:Santa Clara California", "PERSON:Borrower"}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("doc 1 spans %q, want %q", names, want)
	}
	if got := tags(docs[1].Tokens); got != "Jane/B-PERSON Doe/I-PERSON John/B-PERSON" {
		t.Fatalf("doc 2 tags %q", got)
	}
	g := docs[0].Gold()
	if len(g.Entities) != 4 {
		t.Fatalf("gold %+v", g.Entities)
	}
	for _, bad := range []string{"tok\n", "tok X-ORG\n"} {
		if _, err := nereval.ReadCoNLL(strings.NewReader(bad), "S"); !errors.Is(err, nereval.ErrInvalid) {
			t.Errorf("ReadCoNLL(%q) = %v, want ErrInvalid", bad, err)
		}
	}
}

// oracle answers with the gold itself: a check that the whole chain
// (projection, CoNLL reading, span scoring, entity scoring) gives a
// perfect score to a perfect system.
func oracle(docs []nereval.EvalDoc) nereval.System {
	byText := map[string]nereval.EvalDoc{}
	for _, d := range docs {
		byText[d.Text.Text] = d
	}
	return nereval.SystemFunc(func(_ context.Context, doc text.Document) (nereval.Output, error) {
		d := byText[doc.Text]
		return nereval.Output{Entities: d.Gold.Entities, Mentions: nereval.TaggedSpans(d.Training.Tokens, d.Training.Text)}, nil
	})
}

func TestOracleScoresOne(t *testing.T) {
	ctx := context.Background()
	court, err := nereval.CourtDocs(ctx, filepath.Join(testenv.RepoRoot(), "testdata", "ner", "court"), filepath.Join(testenv.SharedDir(t), "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	fin5, err := nereval.CoNLLDocs(filepath.Join(testenv.SharedDir(t), "ner", "FIN5.conll"), false)
	if err != nil {
		t.Fatal(err)
	}
	for name, docs := range map[string][]nereval.EvalDoc{"court": court, "FIN5": fin5} {
		r, err := nereval.Evaluate(ctx, docs, oracle(docs))
		if err != nil {
			t.Fatal(err)
		}
		if tot := r.Total(); tot.F1() != 1 || tot.Gold == 0 {
			t.Errorf("%s: oracle entity level %+v", name, tot)
		}
		var m nereval.Counts
		for _, c := range r.MentionsByType() {
			m = m.Add(c)
		}
		if m.F1() != 1 || m.Gold == 0 {
			t.Errorf("%s: oracle mention level %+v", name, m)
		}
	}
}

// TestFIN5Gold pins the derived gold to the counts docs/quality.md has
// always reported for FIN5 (mention level: 1161 with role words, 456
// without), so the derivation cannot drift silently.
func TestFIN5Gold(t *testing.T) {
	for _, c := range []struct {
		roles bool
		want  int
	}{{true, 1161}, {false, 456}} {
		docs, err := nereval.CoNLLDocs(filepath.Join(testenv.SharedDir(t), "ner", "FIN5.conll"), c.roles)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) != 5 {
			t.Fatalf("%d FIN5 documents, want 5", len(docs))
		}
		got := 0
		for _, d := range docs {
			for _, n := range nereval.ScoreMentions(d.Training.Tokens, d.Training.Text, nil, d.Options) {
				got += n.Gold
			}
		}
		if got != c.want {
			t.Errorf("role words %v: %d gold mentions, want %d", c.roles, got, c.want)
		}
	}
}

// memorizer is a "tagger" that knows exactly the entities it was trained
// on: it shows whether a held-out document leaked into its own round.
func memorizer(_ context.Context, train []nereval.TrainingDoc) (nereval.System, error) {
	var known []nereval.Entity
	for _, d := range train {
		for _, s := range nereval.TaggedSpans(d.Tokens, d.Text) {
			known = append(known, nereval.Entity{Type: s.Type, Name: s.Text, Aliases: []string{s.Text}})
		}
	}
	return nereval.SystemFunc(func(context.Context, text.Document) (nereval.Output, error) {
		return nereval.Output{Entities: known}, nil
	}), nil
}

func TestLeaveOneOut(t *testing.T) {
	mk := func(name, entity string) nereval.EvalDoc {
		g := nereval.Doc{Document: name, Entities: []nereval.Entity{ent(nereval.TypeOrg, entity)}}
		txt := entity + " signed."
		return nereval.EvalDoc{Name: name, Text: text.Document{Text: txt}, Gold: g,
			Training: nereval.TrainingDoc{Name: name, Text: txt, Tokens: nereval.Project(txt, g)}}
	}
	docs := []nereval.EvalDoc{mk("a", "Acme Inc"), mk("b", "Beta LLC"), mk("c", "Gamma Corp")}
	ctx := context.Background()
	loo, err := nereval.LeaveOneOut(ctx, docs, nil, memorizer)
	if err != nil {
		t.Fatal(err)
	}
	// Each round knows the two other documents' entities only: nothing
	// of the held-out document is found, and both others are false
	// positives.
	if got := loo.Total(); got != (nereval.Counts{Gold: 3, System: 6, TP: 0}) {
		t.Fatalf("leave one out %+v", got)
	}
	// Extra training data is used in every round.
	extra := []nereval.TrainingDoc{docs[0].Training}
	loo, err = nereval.LeaveOneOut(ctx, docs, extra, memorizer)
	if err != nil {
		t.Fatal(err)
	}
	if got := loo.Docs[0].Total().TP; got != 1 {
		t.Fatalf("extra training data not used: %d matched in a", got)
	}
	// A group is held out whole: b and c share their text, so neither
	// trains the other's round.
	docs[1].Gold.Group, docs[2].Gold.Group = "bc", "bc"
	loo, err = nereval.LeaveOneOut(ctx, docs, nil, memorizer)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []int{2, 1, 1} {
		if got := loo.Docs[i].Total().System; got != want {
			t.Errorf("round %d trained on %d documents' entities, want %d", i, got, want)
		}
	}
	// Trained on everything, the memorizer is perfect: the harness, not
	// the system, made the difference.
	all, _ := memorizer(ctx, []nereval.TrainingDoc{docs[0].Training, docs[1].Training, docs[2].Training})
	r, err := nereval.Evaluate(ctx, docs, all)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Total().TP; got != 3 {
		t.Fatalf("memorizer on its training data matched %d of 3", got)
	}
}

// FuzzReadCoNLL: the CoNLL reader never panics, and what it accepts has
// tokens at the offsets of its rebuilt text and well-formed BIO tags.
func FuzzReadCoNLL(f *testing.F) {
	f.Add(conllSample)
	f.Add("-DOCSTART- -X- O O\n\na I-PER\n\nb B-ORG\nc I-LOC\n")
	f.Fuzz(func(t *testing.T, data string) {
		docs, err := nereval.ReadCoNLL(strings.NewReader(data), "F")
		if err != nil {
			if !errors.Is(err, nereval.ErrInvalid) && !errors.Is(err, bufio.ErrTooLong) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			return
		}
		for _, d := range docs {
			rs := []rune(d.Text)
			for i, tok := range d.Tokens {
				if tok.Start < 0 || tok.End > len(rs) || string(rs[tok.Start:tok.End]) != tok.Text {
					t.Fatalf("token %q at %d:%d does not read back", tok.Text, tok.Start, tok.End)
				}
				if tok.Tag != "O" && !strings.HasPrefix(tok.Tag, "B-") && !(strings.HasPrefix(tok.Tag, "I-") && i > 0 && d.Tokens[i-1].Tag[2:] == tok.Tag[2:]) {
					t.Fatalf("tag %q after %v", tok.Tag, d.Tokens[max(i-1, 0)])
				}
			}
		}
	})
}

// TestCleanPDFFallsBackToTheOCRStage: a scan without a text layer and a
// DOCX are read by the ocr stage instead of failing in pdftotext.
func TestCleanPDFFallsBackToTheOCRStage(t *testing.T) {
	for _, c := range []struct{ file, want string }{
		{"court/image-pdf.pdf", "TARRANT REGIONAL WATER DISTRICT"},
		{"court/word-docx.docx", "NAVAL DISCHARGE REVIEW BOARD"},
	} {
		t.Run(c.file, func(t *testing.T) {
			doc, err := nereval.CleanPDF(context.Background(), testenv.Corpus(t, c.file))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(doc.Text, c.want) {
				t.Fatalf("text without %q: %.200q", c.want, doc.Text)
			}
		})
	}
	if _, err := nereval.PDFPages(context.Background(), testenv.Corpus(t, "court/image-pdf.pdf")); !errors.Is(err, nereval.ErrNoText) {
		t.Fatalf("PDFPages of a scan: %v, want ErrNoText", err)
	}
}
