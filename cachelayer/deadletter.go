package cachelayer

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/redis/rueidis"
)

//go:embed scripts/deadletter.lua
var deadLetterLua string

var deadLetterScript = rueidis.NewLuaScript(deadLetterLua)

// deadLetterCall is the KEYS and ARGV of a deadletter.lua call.
type deadLetterCall struct {
	dlq, marker string // KEYS
	markerTTL   int64  // ARGV
	maxLen      string
	fields      []string
}

func (d *deadLetterCall) keys() []string { return []string{d.dlq, d.marker} }

func (d *deadLetterCall) args() []string {
	return append([]string{ms(d.markerTTL), d.maxLen}, d.fields...)
}

// DeadLetter copies an entry (its fields, with the dlq.* ones) to the
// dead-letter stream, once per (stream, entry id) within the state TTL: a
// repeat, after an ack that failed brought the entry back, writes nothing
// and returns false.
func (l *Layer) DeadLetter(ctx context.Context, stream, id string, fields []string) (bool, error) {
	d := deadLetterCall{dlq: l.keys.DLQ(), marker: l.keys.DLQMarker(stream, id), markerTTL: l.ttl.state(),
		maxLen: l.ttl.publicMaxLen(), fields: fields}
	n, err := deadLetterScript.Exec(ctx, l.c, d.keys(), d.args()).AsInt64()
	if err != nil {
		return false, fmt.Errorf("dead-letter %s %s: %w", stream, id, err)
	}
	return n == 1, nil
}
