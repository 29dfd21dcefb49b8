package monitor

import (
	"fmt"
	"math"
	"sort"
	"time"
)

// Output event kinds for ReuseGaps.
const (
	EventWrite = "write" // a committed run wrote the output
	EventReuse = "reuse" // a skipped run found it (in Redis, or through the state hash after it expired)
)

// OutputEvent is a write or re-use of one stage output, as run_records
// records it (a completed or skipped run and its output key).
type OutputEvent struct {
	Stage string
	Key   string
	Kind  string // EventWrite or EventReuse
	At    time.Time
}

// ReuseGaps measures, per stage, the interval between an output's write and
// each later re-use of it: a skipped run of the same key is measured from
// the latest write before it; a second write of a key already written (the
// output and the state both expired, so the stage computed again) counts
// as a re-use too, measured from the write before. A re-use with no write
// before it in the events (written before the window) is not measured.
func ReuseGaps(evs []OutputEvent) map[string][]time.Duration {
	sorted := append([]OutputEvent(nil), evs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].At.Before(sorted[j].At) })
	type sk struct{ stage, key string }
	last := map[sk]time.Time{}
	out := map[string][]time.Duration{}
	for _, e := range sorted {
		k := sk{e.Stage, e.Key}
		w, seen := last[k]
		if seen {
			out[e.Stage] = append(out[e.Stage], e.At.Sub(w))
		}
		if e.Kind == EventWrite {
			last[k] = e.At
		}
	}
	return out
}

// TTL advice verdicts.
const (
	VerdictTooShort     = "too short"
	VerdictTooLong      = "longer than needed"
	VerdictOK           = "ok"
	VerdictInsufficient = "too few re-uses to tell"
)

// TTL advice parameters: see AdviseTTL.
const (
	// MinReuses is the fewest re-uses a verdict rests on.
	MinReuses = 5
	// ExpiredShareLimit is the share of re-uses after expiry above which a
	// TTL is too short: each one cost a recompute or store reads.
	ExpiredShareLimit = 0.05
	// Headroom multiplies the 95th percentile re-use interval.
	Headroom = 1.25
)

// TTLAdvice is the recommendation for one stage's output TTL.
type TTLAdvice struct {
	Stage       string        `json:"stage"`
	Current     time.Duration `json:"current_ns"`
	Recommended time.Duration `json:"recommended_ns"`
	Verdict     string        `json:"verdict"`
	Writes      int64         `json:"writes"`
	Reuses      int           `json:"reuses"`
	// Expired counts re-uses that came after the output's TTL ran out.
	Expired      int           `json:"expired"`
	ExpiredShare float64       `json:"expired_share"`
	P50          time.Duration `json:"p50_ns"`
	P95          time.Duration `json:"p95_ns"`
	Max          time.Duration `json:"max_ns"`
	// CurrentBytes and RecommendedBytes estimate the steady-state memory of
	// the stage's outputs at each TTL: write rate × mean output size × TTL
	// (an output lives one TTL from its write).
	CurrentBytes     float64 `json:"current_bytes"`
	RecommendedBytes float64 `json:"recommended_bytes"`
	Reason           string  `json:"reason"`
}

// AdviseTTL recommends a TTL from the observed re-use intervals gaps of a
// stage whose outputs live current, given writes outputs written over
// window with meanBytes bytes each (as cached).
//
// The recommendation covers 95 % of re-uses with Headroom to spare:
// ceil(p95 × 1.25), rounded up to a whole minute, hour or day. The verdict
// is "too short" when more than 5 % of re-uses came after expiry (each
// forced a recompute or store reads); "longer than needed" when the
// recommendation is under half the current TTL (outputs sit in memory
// for nobody; the bytes say how much would be freed); otherwise "ok". Fewer
// than MinReuses re-uses give no verdict.
func AdviseTTL(stage string, current time.Duration, gaps []time.Duration, writes int64, window time.Duration, meanBytes float64) TTLAdvice {
	a := TTLAdvice{Stage: stage, Current: current, Writes: writes, Reuses: len(gaps)}
	rate := 0.0
	if window > 0 {
		rate = float64(writes) / window.Seconds()
	}
	a.CurrentBytes = rate * meanBytes * current.Seconds()
	if len(gaps) == 0 {
		a.Verdict = VerdictInsufficient
		a.Reason = "no output was re-used in the window"
		return a
	}
	s := append([]time.Duration(nil), gaps...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	a.P50, a.P95, a.Max = Quantile(s, 0.5), Quantile(s, 0.95), s[len(s)-1]
	for _, g := range s {
		if g > current {
			a.Expired++
		}
	}
	a.ExpiredShare = float64(a.Expired) / float64(len(s))
	a.Recommended = RoundUpTTL(time.Duration(float64(a.P95) * Headroom))
	a.RecommendedBytes = rate * meanBytes * a.Recommended.Seconds()
	switch {
	case len(s) < MinReuses:
		a.Verdict = VerdictInsufficient
		a.Reason = fmt.Sprintf("%d re-uses; a verdict needs %d", len(s), MinReuses)
	case a.ExpiredShare > ExpiredShareLimit:
		a.Verdict = VerdictTooShort
		a.Reason = fmt.Sprintf("%d of %d re-uses (%.0f %%) came after the output expired: each cost a recompute or store reads", a.Expired, len(s), 100*a.ExpiredShare)
	case a.Recommended < current/2:
		a.Verdict = VerdictTooLong
		a.Reason = fmt.Sprintf("95 %% of re-uses came within %s; outputs are kept %s", a.P95.Round(time.Second), current)
	default:
		a.Verdict = VerdictOK
		a.Reason = fmt.Sprintf("95 %% of re-uses came within %s", a.P95.Round(time.Second))
	}
	return a
}

// Quantile is the nearest-rank q-quantile of sorted (ascending, non-empty):
// the smallest value with at least q of the values at or below it.
func Quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	i = max(0, min(i, len(sorted)-1))
	return sorted[i]
}

// RoundUpTTL rounds d up to a TTL an operator would write: whole minutes
// below an hour, whole hours below a day, whole days above; at least a
// minute.
func RoundUpTTL(d time.Duration) time.Duration {
	ceil := func(u time.Duration) time.Duration { return (d + u - 1) / u * u }
	switch {
	case d <= time.Minute:
		return time.Minute
	case d <= time.Hour:
		return ceil(time.Minute)
	case d <= 24*time.Hour:
		return ceil(time.Hour)
	default:
		return ceil(24 * time.Hour)
	}
}
