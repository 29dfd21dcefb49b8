package consumers

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
)

// ErrUnknownDocument means a document has no state hash (never seen, or
// its state expired).
var ErrUnknownDocument = errors.New("unknown document")

// Reprocess sends a document through the pipeline again. With full, its
// processing version is bumped, so every stage's key changes and all six
// recompute. Otherwise from names the first stage to recompute: its key is
// salted, so it and every later stage recompute while earlier ones skip.
// It returns the id of the ingest entry it added.
func Reprocess(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, partitions int, doc, from string, full bool) (string, error) {
	if !full && !events.IsStage(from) {
		return "", fmt.Errorf("reprocess: %q is not a stage (one of %s)", from, strings.Join(events.Stages, ", "))
	}
	st, err := c.Do(ctx, c.B().Hgetall().Key(keys.State(events.Partition(doc, partitions), doc)).Build()).AsStrMap()
	if err != nil {
		return "", fmt.Errorf("reprocess: state of %s: %w", doc, err)
	}
	if st["src"] == "" {
		return "", fmt.Errorf("reprocess %s: %w (no state hash; ingest its source again)", doc, ErrUnknownDocument)
	}
	v, _ := strconv.ParseInt(st["v"], 10, 64)
	if v < 1 {
		v = 1
	}
	in := events.Ingest{Source: st["src"], DocID: doc, Version: v}
	if full {
		in.Version = v + 1
	} else {
		var b [8]byte
		_, _ = rand.Read(b[:])
		in.RerunFrom, in.RerunSalt = from, hex.EncodeToString(b[:])
	}
	return xadd(ctx, c, keys.Ingest(), in.Fields())
}

// DLQEntry is one dead-lettered entry.
type DLQEntry struct {
	ID     string            `json:"id"`
	Reason string            `json:"reason"`
	Stream string            `json:"stream"`
	Stage  string            `json:"stage"`
	Time   string            `json:"time"`
	Fields map[string]string `json:"fields"` // the original fields
}

// ListDLQ returns up to count dead-lettered entries, oldest first.
func ListDLQ(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, count int64) ([]DLQEntry, error) {
	es, err := c.Do(ctx, c.B().Xrange().Key(keys.DLQ()).Start("-").End("+").Count(count).Build()).AsXRange()
	if err != nil && !rueidis.IsRedisNil(err) {
		return nil, fmt.Errorf("list dlq: %w", err)
	}
	out := make([]DLQEntry, 0, len(es))
	for _, e := range es {
		d := DLQEntry{ID: e.ID, Reason: e.FieldValues[DLQReason], Stream: e.FieldValues[DLQStream],
			Stage: e.FieldValues[DLQStage], Time: e.FieldValues[DLQTime], Fields: map[string]string{}}
		for k, v := range e.FieldValues {
			if !strings.HasPrefix(k, "dlq.") {
				d.Fields[k] = v
			}
		}
		out = append(out, d)
	}
	return out, nil
}

// Replay puts dead-lettered entries back, with their original fields, on the
// streams they came from, and removes them from the DLQ. It returns how many
// it replayed.
func Replay(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, ids []string) (int, error) {
	n := 0
	for _, id := range ids {
		es, err := c.Do(ctx, c.B().Xrange().Key(keys.DLQ()).Start(id).End(id).Build()).AsXRange()
		if err != nil {
			return n, fmt.Errorf("replay %s: %w", id, err)
		}
		if len(es) == 0 {
			return n, fmt.Errorf("replay %s: no such DLQ entry", id)
		}
		stream := es[0].FieldValues[DLQStream]
		if stream == "" {
			return n, fmt.Errorf("replay %s: entry does not name its stream", id)
		}
		var fields []string
		for k, v := range es[0].FieldValues {
			if !strings.HasPrefix(k, "dlq.") {
				fields = append(fields, k, v)
			}
		}
		if len(fields) == 0 {
			return n, fmt.Errorf("replay %s: entry has no original fields", id)
		}
		// Add before delete: a crash in between leaves a duplicate, which the
		// skip check absorbs, never a loss.
		if _, err := xadd(ctx, c, stream, fields); err != nil {
			return n, fmt.Errorf("replay %s: %w", id, err)
		}
		if err := c.Do(ctx, c.B().Xdel().Key(keys.DLQ()).Id(id).Build()).Error(); err != nil {
			return n, fmt.Errorf("replay %s: remove from dlq: %w", id, err)
		}
		n++
	}
	return n, nil
}

// PurgeDLQ deletes the dead-lettered entries with the given ids, or every
// one when ids is empty, and returns how many it deleted.
func PurgeDLQ(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, ids ...string) (int64, error) {
	if len(ids) > 0 {
		n, err := c.Do(ctx, c.B().Xdel().Key(keys.DLQ()).Id(ids...).Build()).AsInt64()
		if err != nil {
			return 0, fmt.Errorf("purge dlq: %w", err)
		}
		return n, nil
	}
	n, err := c.Do(ctx, c.B().Xlen().Key(keys.DLQ()).Build()).AsInt64()
	if err != nil {
		return 0, fmt.Errorf("purge dlq: %w", err)
	}
	if err := c.Do(ctx, c.B().Del().Key(keys.DLQ()).Build()).Error(); err != nil {
		return 0, fmt.Errorf("purge dlq: %w", err)
	}
	return n, nil
}

// Ingest adds documents to the ingest stream in one pipelined round trip
// and returns their entry ids ("" for one that failed, with the first
// error).
func Ingest(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, ins ...events.Ingest) ([]string, error) {
	cs := make(rueidis.Commands, len(ins))
	for i, in := range ins {
		cs[i] = xaddCmd(c, keys.Ingest(), 0, in.Fields())
	}
	ids := make([]string, len(ins))
	var first error
	for i, r := range c.DoMulti(ctx, cs...) {
		id, err := r.ToString()
		if err != nil && first == nil {
			first = fmt.Errorf("ingest %s: %w", ins[i].Source, err)
		}
		ids[i] = id
	}
	return ids, first
}

func xadd(ctx context.Context, c rueidis.Client, stream string, kv []string) (string, error) {
	id, err := c.Do(ctx, xaddCmd(c, stream, 0, kv)).ToString()
	if err != nil {
		return "", fmt.Errorf("xadd %s: %w", stream, err)
	}
	return id, nil
}

// xaddCmd is an XADD of the field/value items kv to stream, trimmed to about
// maxLen entries when maxLen > 0.
func xaddCmd(c rueidis.Client, stream string, maxLen int64, kv []string) rueidis.Completed {
	if maxLen > 0 {
		return withFields(c.B().Xadd().Key(stream).Maxlen().Almost().Threshold(strconv.FormatInt(maxLen, 10)).Id("*").FieldValue(), kv)
	}
	return withFields(c.B().Xadd().Key(stream).Id("*").FieldValue(), kv)
}

// withFields adds the field/value items kv to an XADD under construction.
func withFields[F interface {
	FieldValue(field, value string) F
	Build() rueidis.Completed
}](fv F, kv []string) rueidis.Completed {
	for i := 0; i+1 < len(kv); i += 2 {
		fv = fv.FieldValue(kv[i], kv[i+1])
	}
	return fv.Build()
}
