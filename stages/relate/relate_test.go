package relate_test

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages"
	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/relate"
	"github.com/docpipe/docpipe/stages/resolve"
	"github.com/docpipe/docpipe/stages/text"
)

// pipeline runs chunk, extract (patterns only unless model) and resolve.
func pipeline(tb testing.TB, doc string, model bool) relate.Input {
	tb.Helper()
	ctx := context.Background()
	cr, err := chunk.New(chunk.Config{}).Process(ctx, text.Document{Text: doc})
	if err != nil {
		tb.Fatal(err)
	}
	er, err := extract.New(extract.Config{DisableModel: !model}).Process(ctx, extract.Input{Chunks: cr})
	if err != nil {
		tb.Fatal(err)
	}
	rr, err := resolve.New(resolve.Config{}).Process(ctx, er)
	if err != nil {
		tb.Fatal(err)
	}
	return relate.Input{DocID: "doc-1", Chunks: cr, Mentions: er, Entities: rr, Text: doc}
}

// edges returns the relationships of a type as "from-name -> to-name".
func edges(in relate.Input, res relate.Result, typ string) []string {
	names := map[string]string{}
	for _, e := range in.Entities.Entities {
		names[e.ID] = e.Name
	}
	var out []string
	for _, r := range res.Relationships {
		if r.Type == typ {
			out = append(out, strings.Join(strings.Fields(names[r.From]), " ")+" -> "+strings.Join(strings.Fields(names[r.To]), " "))
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// caption is a small appellate filing: court, caption with designations,
// panel line, opinion author and a signature block.
const caption = `UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT

Acme Widgets, Inc. v. Globex Corporation

ACME WIDGETS, INC., Plaintiff-Appellant,
v.
GLOBEX CORPORATION, Defendant-Appellee.

Before: Judge Jane Doe, Mr. Richard Poe and Ms. Mary Major.

Mr. Richard Poe, Circuit Judge. We affirm the judgment of the lower court.

Respectfully submitted,
Roe & Major LLP
Attorneys for Defendant-Appellee`

// letter is a law firm's letter on its letterhead.
const letter = `Brannock & Vey LLP
88 Coldharbour Street, Port Calloway

Dear Mr. Okafor:

This firm represents Halvorsen Maritime Logistics, Inc. in connection with the loan agreement. We write about the late fee.

Sincerely,
Priya Castellanos`

// TestFirmRepresents: "This firm represents X" gives an edge only when the
// document names one law firm; with two, which is "this firm" is unknown.
func TestFirmRepresents(t *testing.T) {
	two := strings.Replace(letter, "We write", "Ashgrove Pell LLP is copied. We write", 1)
	none := strings.Replace(letter, "Brannock & Vey LLP", "Brannock Vey", 1)
	for _, tc := range []struct {
		name, text string
		want       int
	}{{"one firm", letter, 1}, {"two firms", two, 0}, {"no firm", none, 0}} {
		t.Run(tc.name, func(t *testing.T) {
			in := pipeline(t, tc.text, false)
			res, err := relate.New(relate.Config{}).Process(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			if got := edges(in, res, relate.Represents); len(got) != tc.want {
				t.Errorf("REPRESENTS %q, want %d", got, tc.want)
			}
		})
	}
}

func TestPatternRelations(t *testing.T) {
	tests := []struct {
		name string
		text string
		typ  string
		want string
	}{
		{"case parties", "Acme Widgets, Inc. v. Globex Corporation\nThe case was decided today.", relate.Opposes, "Acme Widgets, Inc. -> Globex Corporation"},
		{"represented by", "The appellant Acme Widgets, Inc., represented by Judge Jane Doe, appealed. More text follows here.", relate.Represents, "Jane Doe -> Acme Widgets, Inc."},
		{"counsel for", "Mr. John Roe, counsel for Globex Corporation, argued. More text follows here.", relate.Represents, "John Roe -> Globex Corporation"},
		{"caption parties", caption, relate.PartyTo, "Acme Widgets, Inc. -> Acme Widgets, Inc. v. Globex Corporation"},
		{"designated party", caption, relate.PartyTo, "Globex Corporation -> Acme Widgets, Inc. v. Globex Corporation"},
		{"filed in", caption, relate.FiledIn, "Acme Widgets, Inc. v. Globex Corporation -> UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT"},
		{"before line", caption, relate.JudgeIn, "Jane Doe -> Acme Widgets, Inc. v. Globex Corporation"},
		{"judge title", caption, relate.JudgeIn, "Richard Poe -> Acme Widgets, Inc. v. Globex Corporation"},
		{"signature block", caption, relate.Represents, "Roe & Major LLP -> Globex Corporation"},
		{"judge of court", "Judge Jane Doe of the United States Court of Appeals for the First Circuit dissented.", relate.MemberOf, "Jane Doe -> United States Court of Appeals for the First Circuit"},
		{"a firm's letter", letter, relate.Represents, "Brannock & Vey LLP -> Halvorsen Maritime Logistics, Inc."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := pipeline(t, tc.text, false)
			res, err := relate.New(relate.Config{}).Process(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			if got := edges(in, res, tc.typ); !contains(got, tc.want) {
				t.Fatalf("%s edges %q lack %q", tc.typ, got, tc.want)
			}
		})
	}
}

func TestStructure(t *testing.T) {
	doc := strings.Repeat("Judge Jane Doe and Globex Corporation met in Texas on June 13, 2013. ", 40)
	in := pipeline(t, doc, false)
	res, err := relate.New(relate.Config{}).Process(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	ids := map[string]bool{}
	for _, r := range res.Relationships {
		count[r.Type]++
		if ids[r.ID] {
			t.Fatalf("duplicate relationship %+v", r)
		}
		ids[r.ID] = true
		if r.ID != relate.RelationshipID(r.Type, r.From, r.To) {
			t.Fatalf("id of %+v is not the hash of type, from, to", r)
		}
		if r.Type == relate.CoOccurs && r.From >= r.To {
			t.Fatalf("CO_OCCURS not ordered: %+v", r)
		}
	}
	n := len(in.Chunks.Chunks)
	if count[relate.BelongsTo] != n || count[relate.NextChunk] != n-1 {
		t.Fatalf("%d chunks gave %d BELONGS_TO and %d NEXT_CHUNK", n, count[relate.BelongsTo], count[relate.NextChunk])
	}
	if count[relate.ContainsMention] != len(in.Mentions.Mentions) {
		t.Fatalf("%d CONTAINS_MENTION for %d mentions", count[relate.ContainsMention], len(in.Mentions.Mentions))
	}
	// Every chunk holds the person and the company: weight = chunk count.
	for _, r := range res.Relationships {
		if r.Type == relate.CoOccurs && r.Weight > float64(n) {
			t.Fatalf("co-occurrence weight %v exceeds %d chunks", r.Weight, n)
		}
	}
	if !contains(edges(in, res, relate.CoOccurs), "Globex Corporation -> Jane Doe") && !contains(edges(in, res, relate.CoOccurs), "Jane Doe -> Globex Corporation") {
		t.Fatal("no CO_OCCURS between Jane Doe and Globex Corporation")
	}
}

func TestNoDocID(t *testing.T) {
	_, err := relate.New(relate.Config{}).Process(context.Background(), relate.Input{})
	if !stages.IsPermanent(err) {
		t.Fatalf("want a permanent error, got %v", err)
	}
}

func TestTextOptional(t *testing.T) {
	in := pipeline(t, "Acme Widgets, Inc. v. Globex Corporation\nThe case was decided today.", false)
	s := relate.New(relate.Config{})
	a, _ := s.Process(context.Background(), in)
	in.Text = ""
	b, _ := s.Process(context.Background(), in)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("output differs without the text")
	}
}

func TestGoldenVectorPDF(t *testing.T) {
	in := pipeline(t, testenv.CorpusText(t, "court/vector-pdf.pdf"), true)
	s := relate.New(relate.Config{})
	res, err := s.Process(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	opp := edges(in, res, relate.Opposes)
	// Parties of cited cases ("Texas v. New Mexico") are not entities of
	// their own (docs/entity-guidelines.md), so only the caption opposes.
	for _, e := range opp {
		if strings.Contains(e, "Texas") {
			t.Errorf("cited case's parties oppose: %q", e)
		}
	}
	for _, w := range []string{
		"Tarrant Regional Water District -> RUDOLF JOHN HERRMANN",
	} {
		if !contains(opp, w) {
			t.Errorf("OPPOSES lacks %q; have %q", w, opp)
		}
	}
	co := edges(in, res, relate.CoOccurs)
	if !contains(co, "Oklahoma Water Resources Board -> Tarrant Regional Water District") &&
		!contains(co, "Tarrant Regional Water District -> Oklahoma Water Resources Board") {
		t.Error("no CO_OCCURS between Tarrant and the OWRB")
	}
	again, _ := s.Process(context.Background(), in)
	if !reflect.DeepEqual(res, again) {
		t.Error("two runs differ")
	}
}

func BenchmarkRelate(b *testing.B) {
	in := pipeline(b, testenv.CorpusText(b, "court/vector-pdf.pdf"), true)
	s := relate.New(relate.Config{})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Process(context.Background(), in); err != nil {
			b.Fatal(err)
		}
	}
}
