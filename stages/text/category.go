package text

import (
	"context"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Categories, in the order that breaks ties.
const (
	CategoryCourtFiling    = "court_filing"
	CategoryContract       = "contract"
	CategoryAffidavit      = "affidavit"
	CategoryDeposition     = "deposition"
	CategoryCorrespondence = "correspondence"
	CategoryExhibit        = "exhibit"
	CategoryFinancial      = "financial"
	CategoryOther          = "other"
)

// Categories lists every category Classify can return.
var Categories = []string{
	CategoryCourtFiling, CategoryContract, CategoryAffidavit, CategoryDeposition,
	CategoryCorrespondence, CategoryExhibit, CategoryFinancial, CategoryOther,
}

// cue is a phrase that points at a category. Phrases match whole words,
// case-insensitively; a trailing '*' matches any word ending ("indemnif*").
// Title cues count only in the head of the document, where a title says
// what a document is ("AFFIDAVIT OF ...", "EXHIBIT A").
type cue struct {
	phrase string
	weight float64
}

type categoryCues struct {
	name  string
	title []cue
	body  []cue
}

var cues = []categoryCues{
	{CategoryCourtFiling,
		[]cue{{"court of appeals", 4}, {"supreme court", 4}, {"district court", 4}, {"in the matter of", 2},
			{"order", 3}, {"opinion", 3}, {"memorandum", 2}, {"motion", 3}, {"brief", 2}, {"petition", 2}, {"complaint", 3},
			{"case no", 3}, {"docket", 2}, {"circuit", 3}, {"appeal", 2}, {"certiorari", 4}, {"v.", 2}},
		[]cue{{"plaintiff*", 1.5}, {"defendant*", 1.5}, {"appellant*", 2}, {"appellee*", 2}, {"petitioner*", 1.5},
			{"respondent*", 1.5}, {"affirmed", 1.5}, {"reversed", 1.5}, {"remanded", 2}, {"it is so ordered", 3},
			{"judgment", 1}, {"judge", 1}, {"justice", 1}, {"court", 1}, {"jurisdiction", 1}, {"counsel for", 1.5},
			{"the court", 1}, {"u. s. c.", 1.5}, {"u.s.c.", 1.5}, {"f.3d", 2}, {"f. 3d", 2}, {"f.2d", 2}, {"s. ct.", 2},
			{"on appeal", 1.5}, {"filed", 0.5}, {"hearing", 0.5}, {"motion", 1}, {"ordered", 1.5}, {"dismiss*", 1}}},
	{CategoryContract,
		[]cue{{"agreement", 5}, {"contract", 4}, {"lease", 3}, {"terms and conditions", 3}, {"promissory note", 4}},
		[]cue{{"this agreement", 3}, {"the parties", 1.5}, {"hereby agree*", 2.5}, {"whereas", 2}, {"witnesseth", 3},
			{"in witness whereof", 3}, {"governing law", 2.5}, {"indemnif*", 2}, {"covenant*", 1}, {"effective date", 1.5},
			{"termination", 1}, {"term of", 0.5}, {"borrower", 1}, {"lender", 1}, {"shall", 0.3}, {"warrant*", 0.5},
			{"confidential*", 0.5}, {"counterparts", 2}, {"entire agreement", 2.5}, {"severability", 2.5}}},
	{CategoryAffidavit,
		[]cue{{"affidavit", 8}, {"declaration", 4}, {"sworn statement", 6}},
		[]cue{{"affiant", 3}, {"being duly sworn", 4}, {"subscribed and sworn", 4}, {"sworn to", 2}, {"notary public", 2},
			{"under penalty of perjury", 4}, {"deposes and says", 4}, {"my commission expires", 2}, {"personal knowledge", 1.5}}},
	{CategoryDeposition,
		[]cue{{"deposition", 8}, {"transcript", 4}},
		[]cue{{"deposition", 2}, {"q.", 0.5}, {"a.", 0.3}, {"examination by", 3}, {"cross-examination", 2},
			{"direct examination", 2}, {"court reporter", 3}, {"the witness", 1.5}, {"reporter", 1}, {"stenograph*", 3},
			{"videographer", 3}, {"off the record", 2}, {"on the record", 1}}},
	{CategoryCorrespondence,
		[]cue{{"dear", 5}, {"re:", 2}, {"letter", 2}, {"memo", 1}},
		[]cue{{"sincerely", 4}, {"yours truly", 4}, {"best regards", 3}, {"regards", 1.5}, {"dear", 2}, {"cc:", 2},
			{"enclosed", 1.5}, {"enclosure*", 1.5}, {"please find", 1.5}, {"thank you", 1}, {"please", 0.5},
			{"do not hesitate", 2}, {"look forward", 1.5}}},
	{CategoryExhibit,
		[]cue{{"exhibit", 8}, {"attachment", 4}, {"appendix", 3}, {"annex", 3}, {"schedule", 2}},
		[]cue{{"exhibit", 0.5}, {"attached hereto", 1.5}, {"marked as", 1}, {"true and correct copy", 2}}},
	{CategoryFinancial,
		[]cue{{"financial statement*", 6}, {"balance sheet", 6}, {"invoice", 6}, {"annual report", 5}, {"statement of account", 6},
			{"income statement", 6}},
		[]cue{{"revenue*", 1}, {"net income", 2}, {"fiscal year", 1.5}, {"assets", 1}, {"liabilit*", 1}, {"cash flow*", 1.5},
			{"total due", 2}, {"amount due", 2}, {"balance due", 2}, {"dividend*", 1.5}, {"audit*", 1}, {"earnings", 1},
			{"gaap", 2}, {"equity", 0.5}, {"$", 0.2}, {"interest rate", 0.5}, {"invoice", 1.5}}},
}

// titleRunes is the head of the document where title cues count.
const titleRunes = 400

// minScore is the evidence below which a document is "other".
const minScore = 4

// Classify assigns a category by weighted cues. Each cue contributes its
// weight times 1+ln(count), so repetition helps but cannot swamp the other
// cues; title cues count in the first few hundred characters only. The
// confidence (0..1) is the winner's share of all evidence, damped when the
// evidence is thin. It is deterministic: ties go to the earlier category
// in Categories.
func Classify(text string) (category string, confidence float64) {
	category, confidence, _ = classify(context.Background(), text)
	return category, confidence
}

// classify is Classify that looks at ctx between categories (each one is a
// few passes over the text) and gives its error when it has ended.
func classify(ctx context.Context, text string) (category string, confidence float64, err error) {
	lower := strings.ToLower(text)
	head := lower
	runes := 0
	for i := range lower {
		if runes == titleRunes {
			head = lower[:i]
			break
		}
		runes++
	}
	scores := make([]float64, len(cues))
	total := 0.0
	best := -1
	for i, c := range cues {
		if err := ctx.Err(); err != nil {
			return "", 0, err
		}
		for _, q := range c.title {
			if n := countPhrase(head, q.phrase); n > 0 {
				scores[i] += q.weight
			}
		}
		for _, q := range c.body {
			if n := countPhrase(lower, q.phrase); n > 0 {
				scores[i] += q.weight * (1 + math.Log(float64(n)))
			}
		}
		total += scores[i]
		if best < 0 || scores[i] > scores[best] {
			best = i
		}
	}
	if best < 0 || scores[best] < minScore {
		// Little evidence for anything: the confidence says how little.
		s := 0.0
		if best >= 0 {
			s = scores[best]
		}
		return CategoryOther, round3(1 - s/minScore*0.5), nil
	}
	share := scores[best] / total
	strength := 1 - math.Exp(-scores[best]/10)
	return cues[best].name, round3(share * strength), nil
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

// countPhrase counts whole-word occurrences of phrase in s (both lower
// case). A phrase ending in '*' matches any continuation of its last word.
func countPhrase(s, phrase string) int {
	prefix := strings.HasSuffix(phrase, "*")
	phrase = strings.TrimSuffix(phrase, "*")
	n := 0
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return n
		}
		start := i + j
		end := start + len(phrase)
		if boundaryBefore(s, start, phrase) && (prefix || boundaryAfter(s, end, phrase)) {
			n++
		}
		i = start + 1
	}
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// boundaryBefore: the phrase does not continue a word. Phrases that start
// with punctuation ("$") need no boundary.
func boundaryBefore(s string, at int, phrase string) bool {
	if first, _ := utf8.DecodeRuneInString(phrase); !wordRune(first) || at == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:at])
	return !wordRune(r)
}

func boundaryAfter(s string, at int, phrase string) bool {
	if last, _ := utf8.DecodeLastRuneInString(phrase); !wordRune(last) || at == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[at:])
	return !wordRune(r)
}
