package metrics

import "time"

// Observer is told how every stage run ended, for live figures (Prometheus,
// the monitor) that must not wait for the run records to reach ClickHouse.
// The runtime calls it once per run, from the run's goroutine, so an
// implementation must be safe for concurrent use and cheap: a counter
// increment, never I/O. Labels are the stage and a value of the closed sets
// below, never a document, so their number stays fixed.
type Observer interface {
	// RunEnded is called once per run with its outcome (Run* constants),
	// the compute time (0 when nothing was computed) and the queue wait
	// (from the input entry's id time to the start of the run).
	RunEnded(stage, outcome string, compute, queueWait time.Duration)
	// CacheResult is called when a run learns whether the stage's output
	// was cached (Cache* constants): hit when the output was found and the
	// run skips, miss when it must compute, store when an input it needs
	// had left Redis and was read from the ClickHouse store.
	CacheResult(stage, result string)
}

// Run outcomes as an Observer sees them (DESIGN.md: "every run ends in one
// named outcome"). The record's outcome "completed" is RunCommitted here.
const (
	RunCommitted = "committed" // computed and committed
	RunSkipped   = "skipped"   // output present: chained on without computing
	RunBusy      = "busy"      // another replica holds the lock; entry left pending
	RunFenced    = "fenced"    // lock lost before commit; nothing written
	RunFailed    = "failed"    // transient failure; retried after the claim idle time
	RunDead      = "dead"      // sent to the dead-letter stream
	RunAbandoned = "abandoned" // cut off by shutdown or an unrecorded Redis error; entry left pending
)

// RunOutcomes lists every outcome, in the order the monitor shows them.
var RunOutcomes = []string{RunCommitted, RunSkipped, RunBusy, RunFenced, RunFailed, RunDead, RunAbandoned}

// Cache results of a stage run.
const (
	CacheHit   = "hit"   // the stage's output was cached: the run skipped
	CacheMiss  = "miss"  // the output was not cached: the run computed
	CacheStore = "store" // an input was read from ClickHouse after leaving Redis
)

// CacheResults lists every cache result.
var CacheResults = []string{CacheHit, CacheMiss, CacheStore}
