package relate

import (
	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/resolve"
)

// Relationship types.
const (
	BelongsTo       = "BELONGS_TO"
	NextChunk       = "NEXT_CHUNK"
	ContainsMention = "CONTAINS_MENTION"
	MemberOf        = "MEMBER_OF"
	CoOccurs        = "CO_OCCURS"
	Opposes         = "OPPOSES"
	// Represents goes from an attorney or law firm to the party it acts
	// for ("Jane Roe, counsel for Acme", a signature block's "Attorneys
	// for Plaintiff-Appellant").
	Represents = "REPRESENTS"
	// PartyTo goes from a party to the document's own case (named in its
	// caption, or "X, Plaintiff-Appellant").
	PartyTo = "PARTY_TO"
	// FiledIn goes from the document's own case to the court its caption
	// names.
	FiledIn = "FILED_IN"
	// JudgeIn goes from a judge to the document's own case ("Before: A,
	// B and C, Circuit Judges", "X, Circuit Judge", "JUSTICE X delivered
	// the opinion").
	JudgeIn = "JUDGE_IN"
)

// Relationship is a directed edge of the knowledge graph.
type Relationship struct {
	ID       string  `json:"id"`
	Type     string  `json:"type"`
	From     string  `json:"from"`
	To       string  `json:"to"`
	Weight   float64 `json:"weight"`
	Evidence string  `json:"evidence,omitempty"` // chunk id or text that shows it
}

// Result is the relate stage's output.
type Result struct {
	Relationships []Relationship `json:"relationships"`
}

// Input is what the relate stage works on: the outputs of chunk, extract
// and resolve for one document.
type Input struct {
	DocID    string         `json:"doc_id"`
	Chunks   chunk.Result   `json:"chunks"`
	Mentions extract.Result `json:"mentions"`
	Entities resolve.Result `json:"entities"`
	// Text is the cleaned document text. It is optional: without it the
	// text is rebuilt from the chunks, which cover every mention.
	Text string `json:"text,omitempty"`
}
