package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// modelName names the prose model in the fingerprint.
const modelName = "en-v2.0.0"

// model is the prose model, loaded once per process: prose reloads it on
// every NewDocument unless given one, which costs about a second each time.
// The model is only read after loading, so sharing it is safe.
var model = sync.OnceValue(func() *prose.Model { return prose.ModelFromData(modelName) })

// modelTypes maps prose labels to ours; other labels are dropped.
var modelTypes = map[string]string{
	"PERSON":       TypePerson,
	"ORGANIZATION": TypeOrg,
	"GPE":          TypeLocation,
}

// modelStop are single words the model labels as names in legal text that
// are not names: headings, generic nouns and abbreviations.
var modelStop = wordSet(`the court state states section id. ibid. justice opinion syllabus held reach
	compact app. pp. see cite congress note article art. rule judgment appendix tit. stat.`)

// documentWords are words of contracts and filings that the model, guessing
// from capitals, labels as people and places ("Loan Agreement", "Chief
// Financial Officer", "Count II", "Case No."). A person or place name from
// the model that contains one is dropped; patterns still find real parties
// and organisations.
var documentWords = wordSet(`agreement agreements amendment article borrower borrowers lender lenders
	loan loans note notes section schedule exhibit count counts case no. officer chief financial executive
	total totals statement servicing payment payments interest principal balance default whereas
	denied granted order motion plaintiff defendant appellant appellee petitioner respondent party parties
	email mail wire account accounts invoice square brief reply memorandum petition complaint affidavit certificate`)

// modelMentions runs prose over a chunk (tagging and entity extraction
// only: segmentation is not needed) and locates each entity in the text.
func modelMentions(t string) ([]cand, error) {
	doc, err := prose.NewDocument(t,
		prose.UsingModel(model()),
		prose.WithSegmentation(false))
	if err != nil {
		return nil, err
	}
	toks := doc.Tokens()
	// Locate each token: prose returns token texts without offsets.
	type located struct {
		prose.Token
		start, end int
	}
	locs := make([]located, 0, len(toks))
	pos := 0
	for _, tk := range toks {
		i := strings.Index(t[pos:], tk.Text)
		if tk.Text == "" || i < 0 {
			locs = append(locs, located{tk, -1, -1})
			continue
		}
		locs = append(locs, located{tk, pos + i, pos + i + len(tk.Text)})
		pos += i + len(tk.Text)
	}
	var out []cand
	// Group like prose does: an entity starts at a labelled token and goes
	// on over labelled tokens and proper nouns of the same tag, but never
	// over an unlocated token or a line break.
	for i := 0; i < len(locs); {
		l := locs[i]
		typ, ok := modelTypes[strings.TrimPrefix(strings.TrimPrefix(l.Label, "B-"), "I-")]
		if !ok || l.start < 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(locs) {
			n := locs[j]
			if n.start < 0 || strings.ContainsAny(t[locs[j-1].end:n.start], "\n") {
				break
			}
			if n.Label == "O" && !(n.Tag == locs[j-1].Tag && strings.HasPrefix(n.Tag, "NNP")) {
				break
			}
			j++
		}
		// Leading noise ("See", "Petitioner") is not part of the name, and
		// a name is made of proper nouns: a labelled adverb or adjective
		// ("Again", "Absent") is the model guessing from capitalisation.
		k := i
		for k < j-1 && leadingNoise[strings.ToLower(locs[k].Text)] {
			k++
		}
		proper := true
		for _, x := range locs[k:j] {
			if !strings.HasPrefix(x.Tag, "NNP") && x.Text != "&" && x.Text != "of" && x.Text != "." {
				proper = false
			}
		}
		s, e := locs[k].start, locs[j-1].end
		i = j
		if !proper || romanNumeral(t[s:e]) {
			continue
		}
		if c, ok := modelCand(t, typ, s, e); ok {
			out = append(out, c)
		}
	}
	return out, nil
}

// modelCand cleans a model entity: trims punctuation, rejects entities with
// no capital letter or that are only a generic word, and retypes names with
// an organisation suffix as ORG.
func modelCand(t, typ string, s, e int) (cand, bool) {
	const trimSet = "\"'“”‘’(),.;:-–—[]"
	for s < e {
		r, n := utf8.DecodeRuneInString(t[s:])
		if !strings.ContainsRune(trimSet, r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(t[:e])
		if r == '.' || !strings.ContainsRune(trimSet, r) {
			break // a final period may belong to "Inc." or an initial
		}
		e -= n
	}
	if e <= s {
		return cand{}, false
	}
	txt := t[s:e]
	if !strings.ContainsFunc(txt, unicode.IsUpper) {
		return cand{}, false
	}
	ws := strings.Fields(txt)
	if len(ws) == 1 && (modelStop[strings.ToLower(ws[0])] || leadingNoise[strings.ToLower(ws[0])] || len(ws[0]) < 2) {
		return cand{}, false
	}
	if !startsUpper(ws[0]) {
		return cand{}, false
	}
	if typ != TypeOrg {
		for _, w := range ws {
			if documentWords[strings.ToLower(strings.Trim(w, ",;:()'\"’"))] {
				return cand{}, false
			}
		}
	}
	for _, w := range ws {
		if orgSuffix[lowerKey(w)] && typ != TypeOrg {
			typ = TypeOrg
		}
	}
	return cand{typ: typ, start: s, end: e, source: SourceModel}, true
}

func romanNumeral(w string) bool {
	return w != "" && strings.Trim(w, "IVXLC") == ""
}
