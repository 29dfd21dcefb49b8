package nereval_test

import (
	"testing"

	"github.com/docpipe/docpipe/internal/nereval"
)

func ent(typ, name string, aliases ...string) nereval.Entity {
	if len(aliases) == 0 {
		aliases = []string{name}
	}
	return nereval.Entity{Type: typ, Name: name, Aliases: aliases}
}

func TestScoreMatcher(t *testing.T) {
	const P, O, L, C, D = nereval.TypePerson, nereval.TypeOrg, nereval.TypeLocation, nereval.TypeCase, nereval.TypeDate
	gold := nereval.Doc{Document: "g", Entities: []nereval.Entity{
		ent(O, "Steak N Shake Operations Inc", "Steak N Shake Operations Inc", "Steak N Shake"),
		ent(P, "Vanessa St. Pierre", "Vanessa St. Pierre", "St. Pierre"),
		ent(C, "Christopher Mielo v. Steak N Shake Operations Inc", "17-2678"),
		ent(L, "Pittsburgh"),
		ent(D, "August 3, 2017", "August 3, 2017", "08/03/2017"),
		ent(O, "Quillfeather Capital Partners LLC", "Quillfeather Capital Partners LLC", "Borrower"),
	}}
	cases := []struct {
		name         string
		system       []nereval.Entity
		tp, fp, miss int
		fpKind       string // kind of the first false positive, if any
	}{
		{name: "exact name", system: []nereval.Entity{ent(L, "Pittsburgh")}, tp: 1, miss: 5},
		{name: "alias match", system: []nereval.Entity{ent(O, "Steak N Shake")}, tp: 1, miss: 5},
		{name: "system alias matches gold name", system: []nereval.Entity{ent(P, "Ms. Pierre", "Vanessa St. Pierre")}, tp: 1, miss: 5},
		{name: "case and whitespace", system: []nereval.Entity{ent(O, "STEAK  N\nSHAKE OPERATIONS INC")}, tp: 1, miss: 5},
		{name: "punctuation", system: []nereval.Entity{ent(P, "St Pierre")}, tp: 1, miss: 5},
		{name: "possessive", system: []nereval.Entity{ent(P, "St. Pierre's")}, tp: 1, miss: 5},
		{name: "possessive with curly apostrophe", system: []nereval.Entity{ent(P, "St. Pierre\u2019s")}, tp: 1, miss: 5},
		{name: "defined term", system: []nereval.Entity{ent(O, "the Borrower")}, tp: 1, miss: 5},
		{name: "docket label stripped", system: []nereval.Entity{ent(C, "No. 17-2678")}, tp: 1, miss: 5},
		{name: "docket Case: label stripped", system: []nereval.Entity{ent(C, "Case: 17-2678")}, tp: 1, miss: 5},
		{name: "date spellings", system: []nereval.Entity{ent(D, "08/03/2017")}, tp: 1, miss: 5},
		{name: "duplicate node", system: []nereval.Entity{ent(O, "Steak N Shake Operations Inc"), ent(O, "Steak N Shake")},
			tp: 1, fp: 1, miss: 5, fpKind: nereval.FPDuplicate},
		{name: "docket spellings as two nodes", system: []nereval.Entity{ent(C, "Case: 17-2678"), ent(C, "No. 17-2678")},
			tp: 1, fp: 1, miss: 5, fpKind: nereval.FPDuplicate},
		{name: "type mismatch", system: []nereval.Entity{ent(P, "Pittsburgh")}, fp: 1, miss: 6, fpKind: nereval.FPWrongType},
		{name: "spurious", system: []nereval.Entity{ent(P, "Docket Entry")}, fp: 1, miss: 6, fpKind: nereval.FPSpurious},
		{name: "partial name is not a match", system: []nereval.Entity{ent(O, "Steak")}, fp: 1, miss: 6, fpKind: nereval.FPSpurious},
		{name: "docket cut short is not a match", system: []nereval.Entity{ent(C, "No. 17")}, fp: 1, miss: 6, fpKind: nereval.FPSpurious},
		{name: "caption word Case kept", system: []nereval.Entity{ent(C, "Case 17 v. Smith")}, fp: 1, miss: 6, fpKind: nereval.FPSpurious},
		{name: "one system node spanning two gold entities matches one",
			system: []nereval.Entity{ent(O, "Steak N Shake", "Steak N Shake", "Borrower")}, tp: 1, miss: 5},
		{name: "maximum matching, not first come",
			// The first system node could take either gold entity; a
			// greedy matcher giving it the first (Steak N Shake) would
			// leave the second node, which can only be Steak N Shake,
			// unmatched.
			system: []nereval.Entity{
				ent(O, "Steak N Shake", "Steak N Shake", "Borrower"),
				ent(O, "Steak N Shake Operations Inc"),
			}, tp: 2, miss: 4},
		{name: "nothing found", system: nil, miss: 6},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := nereval.Score(gold, c.system, nereval.Options{})
			tot := s.Total()
			if tot.TP != c.tp || len(s.FP) != c.fp || len(s.Missed) != c.miss {
				t.Fatalf("tp=%d fp=%d missed=%d, want tp=%d fp=%d missed=%d (fp %+v)", tot.TP, len(s.FP), len(s.Missed), c.tp, c.fp, c.miss, s.FP)
			}
			if tot.System != len(c.system) || tot.Gold != len(gold.Entities) {
				t.Fatalf("system=%d gold=%d, want %d and %d", tot.System, tot.Gold, len(c.system), len(gold.Entities))
			}
			if c.fpKind != "" && s.FP[0].Kind != c.fpKind {
				t.Fatalf("false positive kind %q, want %q", s.FP[0].Kind, c.fpKind)
			}
		})
	}
}

func TestScoreCountsPerType(t *testing.T) {
	gold := nereval.Doc{Entities: []nereval.Entity{
		ent(nereval.TypePerson, "Linda Hill"), ent(nereval.TypePerson, "Cecil Hunt"), ent(nereval.TypeOrg, "Jackson Kelly"),
	}}
	sys := []nereval.Entity{ent(nereval.TypePerson, "LINDA HILL"), ent(nereval.TypePerson, "Hill"), ent(nereval.TypeOrg, "Jackson Kelly")}
	s := nereval.Score(gold, sys, nereval.Options{})
	want := map[string]nereval.Counts{
		nereval.TypePerson: {Gold: 2, System: 2, TP: 1},
		nereval.TypeOrg:    {Gold: 1, System: 1, TP: 1},
	}
	for typ, w := range want {
		if got := s.ByType[typ]; got != w {
			t.Errorf("%s: %+v, want %+v", typ, got, w)
		}
	}
	p := s.ByType[nereval.TypePerson]
	if p.Precision() != 0.5 || p.Recall() != 0.5 || p.F1() != 0.5 {
		t.Errorf("PERSON p=%v r=%v f=%v, want 0.5 each", p.Precision(), p.Recall(), p.F1())
	}
	if (nereval.Counts{}).F1() != 0 {
		t.Error("F1 of nothing is not 0")
	}
}

func TestScoreOptions(t *testing.T) {
	gold := nereval.Doc{Entities: []nereval.Entity{
		ent(nereval.TypeOrg, "Silicon Valley Bank", "SILICON VALLEY BANK", "Bank"),
		ent(nereval.TypePerson, "Borrower"),
		ent(nereval.TypeDate, "January 27, 1999"),
	}}
	sys := []nereval.Entity{ent(nereval.TypeOrg, "Silicon Valley Bank", "Silicon Valley Bank", "Bank"), ent(nereval.TypePerson, "Borrower")}
	t.Run("types filter", func(t *testing.T) {
		s := nereval.Score(gold, sys, nereval.Options{Types: []string{nereval.TypeOrg}})
		if got := s.Total(); got != (nereval.Counts{Gold: 1, System: 1, TP: 1}) {
			t.Fatalf("%+v", got)
		}
	})
	t.Run("per form", func(t *testing.T) {
		s := nereval.Score(gold, sys, nereval.Options{Types: nereval.ConllScored, PerForm: true})
		// gold forms: siliconvalleybank, bank, borrower; system the same.
		if got := s.Total(); got != (nereval.Counts{Gold: 3, System: 3, TP: 3}) {
			t.Fatalf("%+v", got)
		}
	})
	t.Run("drop role words", func(t *testing.T) {
		s := nereval.Score(gold, sys, nereval.Options{Types: nereval.ConllScored, PerForm: true, Drop: nereval.DropRoleWords})
		if got := s.Total(); got != (nereval.Counts{Gold: 2, System: 2, TP: 2}) {
			t.Fatalf("%+v", got)
		}
	})
}

func TestNormalize(t *testing.T) {
	cases := []struct{ name, typ, a, b string }{
		{"case", nereval.TypeOrg, "ISLAND CREEK COAL COMPANY", "Island Creek Coal Company"},
		{"rule spacing", nereval.TypeLaw, "Fed.R.App.P. 4(a)(4)", "Fed. R. App. P. 4(a)(4)"},
		{"possessive", nereval.TypePerson, "Jagels'", "Jagels"},
		{"possessive s", nereval.TypeOrg, "Dearborn's", "Dearborn"},
		{"curly quotes", nereval.TypeOrg, "Workers\u2019 Compensation", "Workers' Compensation"},
		{"em dash", nereval.TypeCourt, "Tex. App.\u2014El Paso", "Tex. App.-El Paso"},
		{"docket No.", nereval.TypeCase, "No. 3:05-cv-00595-RLM-MGG", "3:05-cv-00595-RLM-MGG"},
		{"docket Docket #:", nereval.TypeCase, "Docket #: 17-3510", "17-3510"},
		{"docket glued", nereval.TypeCase, "No.17-2678", "17-2678"},
		{"leading the", nereval.TypeOrg, "The Whiting Law Firm", "Whiting Law Firm"},
		{"NFKC", nereval.TypeLaw, "\uFF11\uFF18 U.S.C.", "18 U.S.C."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if x, y := nereval.Normalize(c.typ, c.a), nereval.Normalize(c.typ, c.b); x != y {
				t.Fatalf("%q -> %q, %q -> %q", c.a, x, c.b, y)
			}
		})
	}
	differ := []struct{ name, typ, a, b string }{
		{"docket prefix only for CASE", nereval.TypeOrg, "No. 5 Holdings", "5 Holdings"},
		{"different dockets", nereval.TypeCase, "No. 3:05-cv-00595-RLM-MGG", "No. 3:05"},
		{"Case v. Smith keeps Case", nereval.TypeCase, "Case v. Smith", "v. Smith"},
		{"the alone stays", nereval.TypeOrg, "The", ""},
	}
	for _, c := range differ {
		t.Run(c.name, func(t *testing.T) {
			if x, y := nereval.Normalize(c.typ, c.a), nereval.Normalize(c.typ, c.b); x == y {
				t.Fatalf("%q and %q both normalise to %q", c.a, c.b, x)
			}
		})
	}
}
