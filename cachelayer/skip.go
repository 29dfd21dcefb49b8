package cachelayer

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"strconv"
)

//go:embed scripts/skip.lua
var skipLua string

var skipScript = newScript(skipLua)

// skipRun is one run's KEYS and ARGV in a skip.lua call, in the order of
// the script's header.
type skipRun struct {
	state, next, records, input string // KEYS
	group, entryID, stateTTL    string // ARGV
	maxLen                      string
	items, nextItems, record    []string
}

func (s *skipRun) keys() []string { return []string{s.state, s.next, s.records, s.input} }

func (s *skipRun) args() []string {
	a := make([]string, 0, 7+len(s.items)+len(s.nextItems)+len(s.record))
	a = append(a, s.group, s.entryID, s.stateTTL, s.maxLen,
		strconv.Itoa(len(s.items)), strconv.Itoa(len(s.nextItems)), strconv.Itoa(len(s.record)))
	a = append(a, s.items...)
	a = append(a, s.nextItems...)
	return append(a, s.record...)
}

// ErrAcknowledged is Skip's answer for an input entry that is no longer
// pending: another replica reclaimed it from this run's reader, or this
// run reclaimed it from a replica that then committed it. The commit that
// acknowledged it chained on, so the skip writes nothing.
var ErrAcknowledged = errors.New("the input entry was acknowledged by another run")

// Skip chains a run whose output already exists on to the next stage,
// writes its skip record, marks the state skipped (keeping savedUS, the
// compute time of the run that made the output) and acknowledges the input,
// as the run's flags say. When the script acknowledges the input (a single
// Redis, or a stage's own stream), an entry that is no longer pending is
// ErrAcknowledged, with nothing written.
func (l *Layer) Skip(ctx context.Context, r *Run, nowMS, savedUS int64, next, record []string) error {
	state := l.keys.State(r.Partition, r.Doc)
	nextKey, records, input := l.streams(r, state)
	items := append([]string{r.Stage, stageValue(StatusSkipped, nowMS, r.Attempt, savedUS, r.Consumer, ""),
		DoneField(r.Stage), r.OutKey}, r.First...)
	next, record = optional(r, next, record)
	s := skipRun{state: state, next: nextKey, records: records, input: input, group: ackGroup(r),
		entryID: r.EntryID, stateTTL: ms(l.ttl.state()), maxLen: l.nextMaxLen(r),
		items: items, nextItems: next, record: record}
	reply, err := l.skips.get(l.batch(r)).do(ctx, s.keys(), s.args())
	if err == nil {
		err = reply.Error()
	}
	if err != nil {
		return fmt.Errorf("skip %s %s: %w", r.Stage, r.Doc, err)
	}
	if n, _ := reply.AsInt64(); n == 2 {
		return ErrAcknowledged
	}
	return nil
}
