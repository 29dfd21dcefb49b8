package cachelayer

import (
	"strconv"
	"strings"
)

// The per-document state hash keeps two fields per stage, so that a commit
// writes few fields and overwrites a failure's error without a separate
// delete:
//
//	<stage>        "<status> <finished ms> <attempts> <compute µs> <consumer>[ <error>]";
//	<stage>:done   the output key of the stage's last successful run.
//
// plus "v" (processing version) and "src" (source), written by the first
// stage. Neither "processing" nor "pending" is stored: processing is a held
// lock, and a stage is pending when the stage before it finished after it
// did (ParseStageStates), so a commit need not touch the next stage's field.
// <stage>:done is kept apart from the status because a failure overwrites
// the status, while the skip check still needs the key it last completed with.
// (States written before pending was derived may still hold "pending".)

// Stage statuses as stored in the state hash.
const (
	StatusPending   = "pending"
	StatusCompleted = "completed"
	StatusSkipped   = "skipped"
	StatusFailed    = "failed"
)

// DoneField is the state field holding stage's last output key.
func DoneField(stage string) string { return stage + ":done" }

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
	s := StageState{Key: state[DoneField(stage)]}
	parts := strings.SplitN(state[stage], " ", 6)
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
