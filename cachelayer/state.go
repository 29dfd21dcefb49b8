package cachelayer

import (
	"strconv"
	"strings"
)

// The per-document state hash keeps three fields per stage:
//
//	<stage>        "<status> <finished ms> <attempts> <compute µs> <consumer>[ <error>]",
//	               written by Go (stageValue) and never read by a script;
//	<stage>:done   the output key of the stage's last successful run;
//	<stage>:lease  the stage's lease, written and read only by the scripts
//	               (begin.lua's header has its format); Go reads it only to
//	               show "processing" (ParseLease).
//
// plus the document's fields written by the first stage: "v" (processing
// version), "src" (source), "rerun" (the current reprocess salt) and, for a
// document found inside another, "parent" and "part" (FirstStageItems).
// "pending" is not stored: a stage is pending when the stage before it
// finished after it did (ParseStageStates), so a commit need not touch the
// next stage's field. <stage>:done is kept apart from the status because a
// failure overwrites the status, while the skip check still needs the key it
// last completed with. (States written before pending was derived may still
// hold "pending".)

// Stage statuses as stored in the state hash.
const (
	StatusPending   = "pending"
	StatusCompleted = "completed"
	StatusSkipped   = "skipped"
	// StatusFailed is a transient failure: the entry stays pending and is
	// retried.
	StatusFailed = "failed"
	// StatusDead is a failure that went to the dead-letter stream.
	StatusDead = "dead"
	// StatusProcessing is never stored: it is a live lease (ParseLease).
	StatusProcessing = "processing"
)

// Document fields of the state hash, written by the first stage.
const (
	FieldVersion = "v"
	FieldSource  = "src"
	FieldRerun   = "rerun"
	FieldParent  = "parent"
	FieldPart    = "part"
)

// DoneField is the state field holding stage's last output key.
func DoneField(stage string) string { return stage + ":done" }

// LeaseField is the state field holding stage's lease.
func LeaseField(stage string) string { return stage + ":lease" }

// Lease is a stage's lease as ParseLease reads it.
type Lease struct {
	Held      bool  // a token holds it (it may have expired: compare ExpiresMS)
	ExpiresMS int64 // Unix ms
	Tries     int64 // runs that took the lease in this pass
}

// ParseLease reads a <stage>:lease value: "<token> <expires ms> <tries>",
// "- 0 <tries>" once released, "" once committed.
func ParseLease(v string) Lease {
	f := strings.Fields(v)
	if len(f) != 3 {
		return Lease{}
	}
	exp, _ := strconv.ParseInt(f[1], 10, 64)
	tries, _ := strconv.ParseInt(f[2], 10, 64)
	return Lease{Held: f[0] != "-", ExpiresMS: exp, Tries: tries}
}

// FirstStageItems are the document's state fields the first stage writes
// with its commit, skip or failure: version, source, the rerun salt that
// the pass ran with (rerunFrom and salt; empty for none), and parent and
// part for a document found inside another.
func FirstStageItems(version int64, source, rerunFrom, salt, parent, part string) []string {
	rerun := ""
	if rerunFrom != "" {
		rerun = rerunFrom + " " + salt
	}
	items := []string{FieldVersion, strconv.FormatInt(version, 10), FieldSource, source, FieldRerun, rerun}
	if parent != "" {
		items = append(items, FieldParent, parent, FieldPart, part)
	}
	return items
}

// ParseRerun splits a state's rerun field into its stage and salt.
func ParseRerun(v string) (stage, salt string) {
	stage, salt, _ = strings.Cut(v, " ")
	return stage, salt
}

// StageState is one stage's entry in a document's state hash.
type StageState struct {
	Status     string // pending, completed, skipped or failed; "" if never reached
	Key        string // output key of the last successful run
	FinishedMS int64
	Attempts   int64
	ComputeUS  int64 // for skipped: the compute time of the run that made the output
	Consumer   string
	Error      string // failed only
}

// stageValue is the <stage> field's value.
func stageValue(status string, finishedMS, attempts, computeUS int64, consumer, errText string) string {
	b := make([]byte, 0, len(status)+len(consumer)+len(errText)+48)
	b = append(b, status...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, finishedMS, 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, attempts, 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, computeUS, 10)
	b = append(b, ' ')
	b = append(b, consumer...)
	if errText != "" {
		b = append(b, ' ')
		b = append(b, errText...)
	}
	return string(b)
}

// ParseStageState reads stage's fields from a state hash (as HGETALL returns
// it). Fields it cannot read are left zero.
func ParseStageState(state map[string]string, stage string) StageState {
	s := ParseStageValue(state[stage])
	s.Key = state[DoneField(stage)]
	return s
}

// ParseStageValue reads a <stage> field's value (Key is not in it).
func ParseStageValue(v string) StageState {
	var s StageState
	parts := strings.SplitN(v, " ", 6)
	s.Status = parts[0]
	if len(parts) >= 5 {
		s.FinishedMS, _ = strconv.ParseInt(parts[1], 10, 64)
		s.Attempts, _ = strconv.ParseInt(parts[2], 10, 64)
		s.ComputeUS, _ = strconv.ParseInt(parts[3], 10, 64)
		s.Consumer = parts[4]
	}
	if len(parts) == 6 {
		s.Error = parts[5]
	}
	return s
}

// ParseStageStates reads the states of stages, in pipeline order, and
// derives pending: a stage never reached, or one whose predecessor finished
// after it last did (a new pass is on its way to it), is pending, with only
// the key of its last success kept.
func ParseStageStates(state map[string]string, stages []string) []StageState {
	out := make([]StageState, len(stages))
	for i, s := range stages {
		out[i] = ParseStageState(state, s)
		behind := i > 0 && out[i-1].Status != "" && out[i-1].Status != StatusPending && out[i-1].FinishedMS > out[i].FinishedMS
		if out[i].Status == "" || behind {
			out[i] = StageState{Status: StatusPending, Key: out[i].Key}
		}
	}
	return out
}
