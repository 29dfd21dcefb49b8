package extract

// Entity types.
const (
	TypePerson   = "PERSON"
	TypeOrg      = "ORG"
	TypeLocation = "LOCATION"
	TypeDate     = "DATE"
	TypeMoney    = "MONEY"
	TypeLaw      = "LAW"
	TypeCase     = "CASE"
	TypeCourt    = "COURT"
)

// Mention is one occurrence of an entity in a chunk. Start and End are rune
// offsets into the document's cleaned text (not the chunk).
type Mention struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	Text    string `json:"text"`
	ChunkID string `json:"chunk_id"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Source  string `json:"source"` // "pattern" or "model"
}

// Result is the extract stage's output.
type Result struct {
	Mentions []Mention `json:"mentions"`
}
