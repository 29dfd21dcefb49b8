// Package cachelayer owns docpipe's Redis layout: the key constructors (every
// key of a document carries its partition's {pN} hash tag), the output codec,
// the per-document state hash with its per-stage leases, and the Lua script
// of each transition, each beside the one Go method that calls it.
package cachelayer

import (
	"strconv"
	"strings"
)

// Keys builds every Redis key name docpipe uses. Scripts never build key
// names themselves: callers pass them in KEYS.
type Keys struct {
	Prefix string
}

// NewKeys returns the key builder for prefix (default "docpipe").
func NewKeys(prefix string) Keys {
	if prefix == "" {
		prefix = "docpipe"
	}
	return Keys{Prefix: prefix}
}

// tags holds the hash tags of the first partitions, built once: every key
// of a stage run carries one.
var tags = func() [256]string {
	var t [256]string
	for p := range t {
		t[p] = "{p" + strconv.Itoa(p) + "}"
	}
	return t
}()

// Tag is the hash tag of partition p, e.g. "{p3}".
func Tag(p int) string {
	if p >= 0 && p < len(tags) {
		return tags[p]
	}
	return "{p" + strconv.Itoa(p) + "}"
}

func (k Keys) join(parts ...string) string {
	return k.Prefix + ":" + strings.Join(parts, ":")
}

// Ingest is the public entry stream (no partition tag).
func (k Keys) Ingest() string { return k.join("ingest") }

// Completed is the public stream of finished documents.
func (k Keys) Completed() string { return k.join("completed") }

// DLQ is the dead-letter stream.
func (k Keys) DLQ() string { return k.join("dlq") }

// Stream is the input stream of stage in partition p.
func (k Keys) Stream(p int, stage string) string { return k.Prefix + ":" + Tag(p) + ":" + stage }

// Records is partition p's stream of run records, read by the sink.
func (k Keys) Records(p int) string { return k.join(Tag(p), "records") }

// Output is the cached output of stage under key.
func (k Keys) Output(p int, stage, key string) string {
	return k.Prefix + ":" + Tag(p) + ":out:" + stage + ":" + key
}

// Part is a sub-item of a stage output (a chunk's text, one chunk's mentions).
func (k Keys) Part(p int, stage, key, part string) string {
	return k.join(Tag(p), "out", stage, key, part)
}

// State is the per-document state hash.
func (k Keys) State(p int, doc string) string { return k.Prefix + ":" + Tag(p) + ":doc:" + doc }

// DLQMarker marks that the entry id of stream was dead-lettered. It starts
// with the prefix (ACL key patterns) and its hash tag is the dead-letter
// stream's whole name, so it shares that stream's slot on a cluster.
func (k Keys) DLQMarker(stream, id string) string {
	return k.Prefix + ":{" + k.DLQ() + "}:seen:" + stream + ":" + id
}
