package cachelayer

import (
	"context"
	_ "embed"
	"fmt"
)

//go:embed scripts/begin.lua
var beginLua string

var beginScript = newScript(beginLua)

// beginRun is one run's KEYS and ARGV in a begin.lua call, in the order of
// the script's header.
type beginRun struct {
	output, state, input              string // KEYS
	stage, done, lease, outKey, token string // ARGV
	leaseMS                           int64
	doneAlone                         bool
}

func (b *beginRun) keys() []string { return []string{b.output, b.state, b.input} }

func (b *beginRun) args() []string {
	alone := ""
	if b.doneAlone {
		alone = "1"
	}
	return []string{b.stage, b.done, b.lease, b.outKey, b.token, ms(b.leaseMS), alone}
}

// BeginOutcome is what begin.lua decided.
type BeginOutcome int

// Begin outcomes.
const (
	Done   BeginOutcome = iota // the output exists: call Skip
	Busy                       // another replica holds the lease
	Leased                     // the lease is this run's: compute
)

// BeginResult is the answer of Begin.
type BeginResult struct {
	Outcome BeginOutcome
	// Input is the previous stage's output (Leased), nil when missing or
	// not asked for; HasInput tells the two apart.
	Input    []byte
	HasInput bool
	// Made is, for Done, the state of the run that made the output when
	// this document's state says it completed with this key (zero when the
	// output came from another document with the same content).
	Made StageState
	// Stored is, for Done, that the output has left Redis and only the
	// state says done: the caller should make sure its store holds it.
	Stored bool
}

// Begin runs the skip check, takes the stage's lease with token and loads
// the input, in one round trip. Leased sets r.Attempt to the stage's tries
// in this pass. doneAlone lets the state's done field say done when the
// output itself has expired, which is right only when a durable store
// keeps outputs.
func (l *Layer) Begin(ctx context.Context, r *Run, token string, leaseMS int64, doneAlone bool) (BeginResult, error) {
	state := l.keys.State(r.Partition, r.Doc)
	in := state // nothing to load: begin.lua sees the state key again
	if r.Flags.Input {
		in = l.keys.Output(r.Partition, r.InStage, r.InKey)
	}
	b := beginRun{output: l.keys.Output(r.Partition, r.Stage, r.OutKey), state: state, input: in,
		stage: r.Stage, done: DoneField(r.Stage), lease: LeaseField(r.Stage), outKey: r.OutKey,
		token: token, leaseMS: leaseMS, doneAlone: doneAlone}
	reply, err := l.begins.get(l.batch(r)).do(ctx, b.keys(), b.args())
	if err == nil {
		err = reply.Error()
	}
	if err != nil {
		return BeginResult{}, fmt.Errorf("begin %s %s: %w", r.Stage, r.Doc, err)
	}
	// Busy is the only integer reply; asking an array for an integer would
	// build an error on every leased run.
	if reply.IsInt64() {
		if code, _ := reply.AsInt64(); code == 1 {
			return BeginResult{Outcome: Busy}, nil
		}
		return BeginResult{}, fmt.Errorf("begin %s %s: unknown reply %s", r.Stage, r.Doc, reply.String())
	}
	arr, err := reply.ToArray()
	if err != nil || len(arr) == 0 {
		return BeginResult{}, fmt.Errorf("begin %s %s: reply: %v", r.Stage, r.Doc, err)
	}
	first, err := arr[0].AsInt64()
	if err != nil {
		return BeginResult{}, fmt.Errorf("begin %s %s: reply: %w", r.Stage, r.Doc, err)
	}
	if first <= 0 {
		res := BeginResult{Outcome: Done, Stored: first < 0}
		if len(arr) > 1 {
			v, _ := arr[1].ToString()
			res.Made = ParseStageValue(v)
			res.Made.Key = r.OutKey
		}
		return res, nil
	}
	r.Attempt = first
	res := BeginResult{Outcome: Leased}
	if len(arr) > 1 {
		b, err := arr[1].AsBytes()
		if err != nil {
			return BeginResult{}, fmt.Errorf("begin %s %s: input: %w", r.Stage, r.Doc, err)
		}
		res.Input, res.HasInput = b, true
	}
	return res, nil
}
