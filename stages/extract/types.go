package extract

import (
	"context"

	"github.com/docpipe/docpipe/stages/chunk"
)

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
	Source  string `json:"source"` // "pattern", "model" or "defined"
	// Refers is, for a defined term or acronym ("Borrower", "OWRB"), the
	// text of the mention it was defined for ("Quillfeather Capital
	// Partners LLC"): resolve makes the term an alias of that entity.
	Refers string `json:"refers,omitempty"`
}

// Result is the extract stage's output.
type Result struct {
	Mentions []Mention `json:"mentions"`
}

// Input is what the extract stage works on: the document's chunks and,
// optionally, a per-chunk cache of mentions.
type Input struct {
	Chunks chunk.Result `json:"chunks"`
	// Cache holds the mentions of chunks already computed, so that a retry
	// after a failure half-way recomputes only the chunks still missing.
	// Nil computes every chunk.
	Cache ChunkCache `json:"-"`
}

// ChunkCache stores the mentions of one chunk under the chunk's id. The
// runtime backs it with Redis, scoping keys by the extract fingerprint (a
// chunk id alone does not name the extractor that produced the mentions).
// Mentions are stored with document offsets, exactly as Process returns them.
type ChunkCache interface {
	// Get returns the cached mentions of a chunk and whether there were any
	// cached (an empty, found slice means the chunk has no mentions).
	Get(ctx context.Context, chunkID string) ([]Mention, bool, error)
	// Put stores the mentions of a chunk.
	Put(ctx context.Context, chunkID string, m []Mention) error
}
