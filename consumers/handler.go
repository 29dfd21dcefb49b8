// Package consumers is docpipe's stream runtime: consumer groups over the
// stage streams, the stage-run state machine (run.go), the reclaimer, the
// trimmer, the dead-letter stream, and the wiring of the real stages.
//
// A stage is a Handler: it turns the previous stage's output into its own,
// knowing nothing of Redis. The runtime does the rest: skip check, lock,
// input loading (cache, then the durable store), atomic commit, retries.
package consumers

import (
	"context"
	"errors"
)

// Handler is a stage as the runtime sees it. Handle gets the direct input
// and returns the stage's output data (JSON); an error wrapped with
// stages.Permanent goes to the dead-letter stream at once, any other error is
// retried up to the configured number of deliveries.
type Handler interface {
	// Name is the stage name: one of events.Stages.
	Name() string
	// Fingerprint names the algorithm version and output-changing settings.
	Fingerprint() string
	// Needs lists earlier stages whose outputs Handle needs besides the
	// direct input (relate needs chunk and extract). The runtime finds them
	// through the input's lineage, so they belong to the same version.
	Needs() []string
	// Handle computes the output.
	Handle(ctx context.Context, in *Input) ([]byte, error)
}

// Input is what a Handler gets.
type Input struct {
	Doc         string
	Version     int64
	Source      string
	ContentType string
	// Part names, for the first stage, the document inside the source to
	// read ("" for the source itself).
	Part string
	// Data is the previous stage's output data, or for the first stage the
	// source file's bytes.
	Data []byte
	// Upstream holds the data of the stages named by Needs.
	Upstream map[string][]byte
	// Children is set by the first stage's Handle: the documents it found
	// inside this one (attachments, embedded files), which the runtime adds
	// to the ingest stream after the commit, each a document of its own
	// with the parent's id.
	Children []Child
	// FlaggedPages is set by Handle to the numbers of the pages it flags as
	// unreliable (the ocr stage: OCR confidence below its minimum); the
	// runtime puts them into the run record.
	FlaggedPages []int
	// Parts caches sub-items under this run's output key (a chunk's text,
	// one chunk's mentions): a retry finds what an earlier attempt stored.
	Parts Parts
}

// Child is a document found inside another.
type Child struct {
	Part        string // the part spec the first stage reads it by (names position and content)
	ContentType string // detected, may be ""
}

// Parts is a per-run cache of sub-items.
type Parts interface {
	Get(ctx context.Context, name string) ([]byte, bool, error)
	Put(ctx context.Context, name string, value []byte) error
}

// OutputStore is the durable copy of stage outputs (ClickHouse), read when
// an input's cache key has expired.
type OutputStore interface {
	// LoadOutput returns the stored (compressed envelope) bytes of the
	// output of stage under key, or an error wrapping ErrNotStored.
	LoadOutput(ctx context.Context, stage, key string) ([]byte, error)
	// HasOutput reports whether it holds the output of stage under key.
	HasOutput(ctx context.Context, stage, key string) (bool, error)
}

// ErrNotStored is returned by an OutputStore that does not hold an output.
var ErrNotStored = errors.New("output not in the durable store")
