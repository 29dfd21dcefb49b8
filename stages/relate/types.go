package relate

// Relationship types.
const (
	BelongsTo       = "BELONGS_TO"
	NextChunk       = "NEXT_CHUNK"
	ContainsMention = "CONTAINS_MENTION"
	MemberOf        = "MEMBER_OF"
	CoOccurs        = "CO_OCCURS"
	Opposes         = "OPPOSES"
	RepresentedBy   = "REPRESENTED_BY"
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
