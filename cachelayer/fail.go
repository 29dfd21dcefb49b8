package cachelayer

import (
	"context"
	_ "embed"
	"fmt"
	"strconv"

	"github.com/redis/rueidis"
)

//go:embed scripts/fail.lua
var failLua string

var failScript = rueidis.NewLuaScript(failLua)

// failRun is the KEYS and ARGV of a fail.lua call, in the order of the
// script's header.
type failRun struct {
	state, records, input string // KEYS
	lease, token          string // ARGV
	keepTries             bool
	group, entryID        string
	stateTTL              int64
	items, record         []string
}

func (f *failRun) keys() []string { return []string{f.state, f.records, f.input} }

func (f *failRun) args() []string {
	keep := ""
	if f.keepTries {
		keep = "1"
	}
	a := make([]string, 0, 7+len(f.items)+len(f.record))
	a = append(a, f.lease, f.token, keep, f.group, f.entryID, ms(f.stateTTL), strconv.Itoa(len(f.items)))
	a = append(a, f.items...)
	return append(a, f.record...)
}

// Fail records a failed run: status failed (or dead) with the error, finish
// time and attempt; the stage's done key is left as it was. A transient
// failure (retry true) keeps the stage's tries and leaves the entry
// pending; for a dead one the caller has copied it to the dead-letter
// stream, and Flags.Ack then acknowledges it. token is the run's lease
// ("" when it never took one): a run whose lease is gone writes nothing
// and gets ErrFenced.
func (l *Layer) Fail(ctx context.Context, r *Run, token, reason string, retry bool, nowMS int64, record []string) error {
	state := l.keys.State(r.Partition, r.Doc)
	_, records, input := l.streams(r, state)
	status := StatusDead
	if retry {
		status = StatusFailed
	}
	items := append([]string{r.Stage, stageValue(status, nowMS, r.Attempt, 0, r.Consumer, reason)}, r.First...)
	if !r.Flags.Record {
		record = nil
	}
	f := failRun{state: state, records: records, input: input, lease: LeaseField(r.Stage), token: token,
		keepTries: retry, group: ackGroup(r), entryID: r.EntryID, stateTTL: l.ttl.state(), items: items, record: record}
	n, err := failScript.Exec(ctx, l.c, f.keys(), f.args()).AsInt64()
	if err != nil {
		return fmt.Errorf("fail %s %s: %w", r.Stage, r.Doc, err)
	}
	if n == 0 {
		return ErrFenced
	}
	return nil
}
