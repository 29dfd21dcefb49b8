package consumers

import (
	"github.com/docpipe/docpipe/metrics"
	"log/slog"
	"sync/atomic"
)

// Outcome is how a stage run ended. Every run ends in exactly one, counted
// and logged in one place (run.end) and told to the metrics.Observer; the
// values are metrics.Run*.
type Outcome string

// The outcomes of a run.
const (
	// Committed: the stage computed, and its output, state, next event and
	// ack were written in one script.
	Committed Outcome = metrics.RunCommitted
	// Skipped: the output already existed; the run chained on and acked.
	Skipped Outcome = metrics.RunSkipped
	// Busy: another replica holds the stage's lease; the entry stays
	// pending and is looked at again later (then it skips).
	Busy Outcome = metrics.RunBusy
	// Fenced: the run lost its lease (expired, taken over), or found its
	// entry already acknowledged by another replica's commit; it wrote
	// nothing and left the entry to its owner.
	Fenced Outcome = metrics.RunFenced
	// Failed: a transient failure; the entry stays pending for a retry.
	Failed Outcome = metrics.RunFailed
	// Dead: a permanent failure or the tries used up; the entry is in the
	// dead-letter stream and acknowledged.
	Dead Outcome = metrics.RunDead
	// Abandoned: cut off by shutdown or by Redis refusing to serve; not the
	// document's failure: the entry stays pending and is resumed.
	Abandoned Outcome = metrics.RunAbandoned
)

// Outcomes lists every outcome, for metrics that want all label values.
var Outcomes = []Outcome{Committed, Skipped, Busy, Fenced, Failed, Dead, Abandoned}

// counts is this process's tally of outcomes, for the drain log and tests.
type counts struct {
	by [7]atomic.Int64
}

var outcomeIndex = map[Outcome]int{Committed: 0, Skipped: 1, Busy: 2, Fenced: 3, Failed: 4, Dead: 5, Abandoned: 6}

func (c *counts) add(o Outcome) { c.by[outcomeIndex[o]].Add(1) }

func (c *counts) get(o Outcome) int64 { return c.by[outcomeIndex[o]].Load() }

func (c *counts) attrs() []any {
	out := make([]any, 0, 2*len(Outcomes))
	for _, o := range Outcomes {
		out = append(out, string(o), c.get(o))
	}
	return out
}

// Snapshot is a copy of this process's outcome counters.
type Snapshot map[Outcome]int64

// Snapshot returns the outcome counters.
func (rt *Runtime) Snapshot() Snapshot {
	s := Snapshot{}
	for _, o := range Outcomes {
		s[o] = rt.counts.get(o)
	}
	return s
}

// logLevel is the level a run's end is logged at: dead letters always
// (each its own line, never merged), the rest at debug.
func (o Outcome) logLevel() slog.Level {
	switch o {
	case Dead:
		return slog.LevelWarn
	case Failed, Fenced:
		return slog.LevelInfo
	}
	return slog.LevelDebug
}
