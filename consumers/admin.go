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
		out = append(out, dlqEntry(e))
	}
	return out, nil
}

// ErrNoDLQEntry means a dead-letter entry id named by the caller is not in
// the DLQ (never was, or was replayed or purged already). Replay and
// PurgeDLQ check every id before they change anything, and fail alike.
var ErrNoDLQEntry = errors.New("no such dead-letter entry")

// DLQFilter selects dead-lettered entries without naming their ids: All, or
// by stage and/or a reason substring (case-insensitive). The zero filter
// selects nothing.
type DLQFilter struct {
	All    bool
	Stage  string
	Reason string
}

// Empty reports whether f selects nothing.
func (f DLQFilter) Empty() bool { return !f.All && f.Stage == "" && f.Reason == "" }

// Match reports whether f selects e.
func (f DLQFilter) Match(e DLQEntry) bool {
	if f.Empty() {
		return false
	}
	if f.Stage != "" && e.Stage != f.Stage {
		return false
	}
	if f.Reason != "" && !strings.Contains(strings.ToLower(e.Reason), strings.ToLower(f.Reason)) {
		return false
	}
	return true
}

// dlqEntry turns a DLQ stream entry into a DLQEntry.
func dlqEntry(e rueidis.XRangeEntry) DLQEntry {
	d := DLQEntry{ID: e.ID, Reason: e.FieldValues[DLQReason], Stream: e.FieldValues[DLQStream],
		Stage: e.FieldValues[DLQStage], Time: e.FieldValues[DLQTime], Fields: map[string]string{}}
	for k, v := range e.FieldValues {
		if !strings.HasPrefix(k, "dlq.") {
			d.Fields[k] = v
		}
	}
	return d
}

// SelectDLQ returns the entries with the given ids (every one must exist,
// or the error wraps ErrNoDLQEntry and names the missing ones), or, with no
// ids, the entries f matches, oldest first.
func SelectDLQ(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, ids []string, f DLQFilter) ([]DLQEntry, error) {
	if len(ids) > 0 {
		cmds := make(rueidis.Commands, len(ids))
		for i, id := range ids {
			cmds[i] = c.B().Xrange().Key(keys.DLQ()).Start(id).End(id).Build()
		}
		var out []DLQEntry
		var missing []string
		for i, r := range c.DoMulti(ctx, cmds...) {
			es, err := r.AsXRange()
			if err != nil && !rueidis.IsRedisNil(err) {
				if _, isReply := rueidis.IsRedisErr(err); isReply {
					// An id that is not a stream id at all.
					missing = append(missing, ids[i])
					continue
				}
				return nil, fmt.Errorf("dlq entry %s: %w", ids[i], err)
			}
			if len(es) == 0 {
				missing = append(missing, ids[i])
				continue
			}
			out = append(out, dlqEntry(es[0]))
		}
		if len(missing) > 0 {
			return nil, fmt.Errorf("%w: %s", ErrNoDLQEntry, strings.Join(missing, ", "))
		}
		return out, nil
	}
	var out []DLQEntry
	start := "-"
	for {
		es, err := c.Do(ctx, c.B().Xrange().Key(keys.DLQ()).Start(start).End("+").Count(1000).Build()).AsXRange()
		if err != nil && !rueidis.IsRedisNil(err) {
			return nil, fmt.Errorf("scan dlq: %w", err)
		}
		for _, e := range es {
			if d := dlqEntry(e); f.Match(d) {
				out = append(out, d)
			}
		}
		if len(es) < 1000 {
			return out, nil
		}
		start = "(" + es[len(es)-1].ID
	}
}

// Replay puts dead-lettered entries back, with their original fields, on the
// streams they came from, and removes them from the DLQ. Every id must
// exist (ErrNoDLQEntry otherwise, and nothing is replayed). It returns how
// many it replayed.
func Replay(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, ids []string) (int, error) {
	es, err := SelectDLQ(ctx, c, keys, ids, DLQFilter{})
	if err != nil {
		return 0, fmt.Errorf("replay: %w", err)
	}
	return ReplayEntries(ctx, c, keys, es)
}

// ReplayEntries replays entries selected by SelectDLQ.
func ReplayEntries(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, es []DLQEntry) (int, error) {
	n := 0
	for _, e := range es {
		if e.Stream == "" {
			return n, fmt.Errorf("replay %s: entry does not name its stream", e.ID)
		}
		var fields []string
		for k, v := range e.Fields {
			fields = append(fields, k, v)
		}
		if len(fields) == 0 {
			return n, fmt.Errorf("replay %s: entry has no original fields", e.ID)
		}
		// Add before delete: a crash in between leaves a duplicate, which the
		// skip check absorbs, never a loss.
		if _, err := xadd(ctx, c, e.Stream, fields); err != nil {
			return n, fmt.Errorf("replay %s: %w", e.ID, err)
		}
		if err := c.Do(ctx, c.B().Xdel().Key(keys.DLQ()).Id(e.ID).Build()).Error(); err != nil {
			return n, fmt.Errorf("replay %s: remove from dlq: %w", e.ID, err)
		}
		n++
	}
	return n, nil
}

// PurgeDLQ deletes the dead-lettered entries with the given ids, or every
// one when ids is empty, and returns how many it deleted. Every id must
// exist (ErrNoDLQEntry otherwise, and nothing is deleted), as for Replay.
func PurgeDLQ(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, ids ...string) (int64, error) {
	if len(ids) > 0 {
		es, err := SelectDLQ(ctx, c, keys, ids, DLQFilter{})
		if err != nil {
			return 0, fmt.Errorf("purge: %w", err)
		}
		return PurgeEntries(ctx, c, keys, es)
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

// PurgeEntries deletes entries selected by SelectDLQ.
func PurgeEntries(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, es []DLQEntry) (int64, error) {
	var total int64
	for start := 0; start < len(es); start += 1000 {
		part := es[start:min(start+1000, len(es))]
		ids := make([]string, len(part))
		for i, e := range part {
			ids[i] = e.ID
		}
		n, err := c.Do(ctx, c.B().Xdel().Key(keys.DLQ()).Id(ids...).Build()).AsInt64()
		if err != nil {
			return total, fmt.Errorf("purge dlq: %w", err)
		}
		total += n
	}
	return total, nil
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
