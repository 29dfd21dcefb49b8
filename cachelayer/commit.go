package cachelayer

import (
	"context"
	_ "embed"
	"fmt"
	"strconv"

	"github.com/redis/rueidis"
)

//go:embed scripts/commit.lua
var commitLua string

var commitScript = newScript(commitLua)

// commitRun is one run's KEYS and ARGV in a commit.lua call, in the order
// of the script's header.
type commitRun struct {
	output, state, next, records, input string // KEYS
	lease, token                        string // ARGV
	outputTTL                           int64
	output_                             []byte
	stateTTL                            string // "" leaves the state's TTL
	group, entryID, maxLen              string
	items, nextItems, record            []string
}

func (c *commitRun) keys() []string {
	return []string{c.output, c.state, c.next, c.records, c.input}
}

func (c *commitRun) args() []string {
	a := make([]string, 0, 11+len(c.items)+len(c.nextItems)+len(c.record))
	a = append(a, c.lease, c.token, ms(c.outputTTL), rueidis.BinaryString(c.output_), c.stateTTL,
		c.group, c.entryID, c.maxLen,
		strconv.Itoa(len(c.items)), strconv.Itoa(len(c.nextItems)), strconv.Itoa(len(c.record)))
	a = append(a, c.items...)
	a = append(a, c.nextItems...)
	return append(a, c.record...)
}

// Commit writes the output, state, next event and record, acks the input and
// clears the lease, all in one script, if token still holds the lease
// (ErrFenced otherwise, with nothing written).
func (l *Layer) Commit(ctx context.Context, r *Run, token string, nowMS, computeUS int64, output []byte, next, record []string) error {
	state := l.keys.State(r.Partition, r.Doc)
	nextKey, records, input := l.streams(r, state)
	items := append([]string{r.Stage, stageValue(StatusCompleted, nowMS, r.Attempt, computeUS, r.Consumer, ""),
		DoneField(r.Stage), r.OutKey}, r.First...)
	next, record = optional(r, next, record)
	c := commitRun{output: l.keys.Output(r.Partition, r.Stage, r.OutKey), state: state, next: nextKey,
		records: records, input: input, lease: LeaseField(r.Stage), token: token,
		outputTTL: l.ttl.OutputTTL(r.Stage), output_: output, stateTTL: l.commitStateTTL(r),
		group: ackGroup(r), entryID: r.EntryID, maxLen: l.nextMaxLen(r), items: items, nextItems: next, record: record}
	reply, err := l.commits.get(l.batch(r)).do(ctx, c.keys(), c.args())
	if err == nil {
		err = reply.Error()
	}
	if err != nil {
		return fmt.Errorf("commit %s %s: %w", r.Stage, r.Doc, err)
	}
	n, err := reply.AsInt64()
	if err != nil {
		return fmt.Errorf("commit %s %s: reply: %w", r.Stage, r.Doc, err)
	}
	if n == 0 {
		return ErrFenced
	}
	return nil
}

// commitStateTTL is the state TTL a commit sets, or "" to leave it. The
// first stage's commit starts a pass and the last one ends it; skip.lua and
// fail.lua set it too. So a state lives DOCPIPE_TTL_STATE after its pass
// ends (or fails), and the middle commits save a PEXPIRE each. A state that
// expired in the middle of a pass (a DLQ replay days later) is written again
// without a TTL until the pass ends, which sets it.
func (l *Layer) commitStateTTL(r *Run) string {
	if r.InStage == "" || r.NextStage == "" {
		return ms(l.ttl.state())
	}
	return ""
}
