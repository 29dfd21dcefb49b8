// Package metrics holds the run record that every stage run appends to its
// partition's records stream, the sink that batches records and stage outputs
// into ClickHouse, the ClickHouse schema, and the queries behind `docpipe stats`.
package metrics

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Outcomes of a stage run.
const (
	OutcomeCompleted = "completed"
	OutcomeSkipped   = "skipped"
	OutcomeFailed    = "failed" // transient failure, will be retried
	OutcomeDead      = "dead"   // sent to the dead-letter stream
)

// Where a stage's input came from.
const (
	FromCache  = "cache"  // Redis output cache
	FromStore  = "store"  // ClickHouse stage_outputs (cache miss)
	FromSource = "source" // the source file (ocr)
	FromNone   = ""       // no input loaded (skip, dead before load)
)

// Record is the measurement of one stage run. It travels as flat string
// fields on the records stream `<prefix>:{pN}:records`; the sink writes it to
// ClickHouse's run_records table. Durations are in microseconds.
type Record struct {
	Stage          string
	Doc            string
	Version        int64
	Key            string // the stage's output key
	Source         string
	Outcome        string
	Started        time.Time
	Finished       time.Time
	ComputeUS      int64
	QueueWaitUS    int64 // from the input entry's id time to the start of the run
	LockWaitUS     int64
	InputFrom      string // cache, store, source
	BytesIn        int64  // uncompressed input bytes
	BytesOut       int64  // uncompressed output bytes
	CompressedOut  int64  // output bytes as cached
	Attempt        int64  // delivery count of the input entry
	Consumer       string
	Error          string
	TimeSavedUS    int64 // for skips: compute time of the run that produced the output
	InputStoreHits int64 // inputs served from ClickHouse instead of Redis

	// Fingerprint is the stage's Handler.Fingerprint: the algorithm
	// version and settings its output key was derived from.
	Fingerprint string
	// Tenant is the value of the document's meta.<DOCPIPE_TENANT_FIELD>
	// as its events carry it ("" without one).
	Tenant string
	// Parent is, on the first stage's records of a document found inside
	// another, the parent's id: the sink derives the PART_OF edge from it.
	Parent string
	// FlaggedPages are the numbers of the pages a completed run flagged as
	// unreliable (ocr: confidence below DOCPIPE_OCR_MIN_CONFIDENCE).
	FlaggedPages []int
}

// Fields of the optional parts of a record: written only when set, so that
// the record of a plain run stays as small as before.
const (
	fieldFingerprint  = "fingerprint"
	fieldTenant       = "tenant"
	fieldParent       = "parent"
	fieldFlaggedPages = "flagged_pages"
)

// Fields encodes r as a flat field/value list for XADD.
func (r *Record) Fields() []string {
	f := make([]string, 0, 48)
	f = append(f,
		"stage", r.Stage,
		"doc", r.Doc,
		"v", strconv.FormatInt(r.Version, 10),
		"key", r.Key,
		"src", r.Source,
		"outcome", r.Outcome,
		"started_us", strconv.FormatInt(r.Started.UnixMicro(), 10),
		"finished_us", strconv.FormatInt(r.Finished.UnixMicro(), 10),
		"compute_us", strconv.FormatInt(r.ComputeUS, 10),
		"queue_wait_us", strconv.FormatInt(r.QueueWaitUS, 10),
		"lock_wait_us", strconv.FormatInt(r.LockWaitUS, 10),
		"input_from", r.InputFrom,
		"bytes_in", strconv.FormatInt(r.BytesIn, 10),
		"bytes_out", strconv.FormatInt(r.BytesOut, 10),
		"compressed_out", strconv.FormatInt(r.CompressedOut, 10),
		"attempt", strconv.FormatInt(r.Attempt, 10),
		"consumer", r.Consumer,
		"error", r.Error,
		"time_saved_us", strconv.FormatInt(r.TimeSavedUS, 10),
		"store_hits", strconv.FormatInt(r.InputStoreHits, 10),
	)
	for _, kv := range [...][2]string{{fieldFingerprint, r.Fingerprint}, {fieldTenant, r.Tenant}, {fieldParent, r.Parent}} {
		if kv[1] != "" {
			f = append(f, kv[0], kv[1])
		}
	}
	if len(r.FlaggedPages) > 0 {
		f = append(f, fieldFlaggedPages, joinInts(r.FlaggedPages))
	}
	return f
}

// joinInts writes ns as "1,5,9".
func joinInts(ns []int) string {
	b := make([]byte, 0, 4*len(ns))
	for i, n := range ns {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	return string(b)
}

// splitInts reads what joinInts wrote.
func splitInts(s string) ([]int, error) {
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	out := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

// ParseRecord decodes the fields of a records-stream entry. Unknown fields
// are ignored, so that newer writers can add fields.
func ParseRecord(f map[string]string) (Record, error) {
	var r Record
	var err error
	num := func(name string) int64 {
		s, ok := f[name]
		if !ok || s == "" || err != nil {
			return 0
		}
		n, e := strconv.ParseInt(s, 10, 64)
		if e != nil {
			err = fmt.Errorf("record field %s=%q: %w", name, s, e)
		}
		return n
	}
	r.Stage, r.Doc, r.Key, r.Source = f["stage"], f["doc"], f["key"], f["src"]
	r.Outcome, r.InputFrom, r.Consumer, r.Error = f["outcome"], f["input_from"], f["consumer"], f["error"]
	r.Version = num("v")
	r.Started = time.UnixMicro(num("started_us")).UTC()
	r.Finished = time.UnixMicro(num("finished_us")).UTC()
	r.ComputeUS = num("compute_us")
	r.QueueWaitUS = num("queue_wait_us")
	r.LockWaitUS = num("lock_wait_us")
	r.BytesIn = num("bytes_in")
	r.BytesOut = num("bytes_out")
	r.CompressedOut = num("compressed_out")
	r.Attempt = num("attempt")
	r.TimeSavedUS = num("time_saved_us")
	r.InputStoreHits = num("store_hits")
	r.Fingerprint, r.Tenant, r.Parent = f[fieldFingerprint], f[fieldTenant], f[fieldParent]
	if pages, e := splitInts(f[fieldFlaggedPages]); e != nil && err == nil {
		err = fmt.Errorf("record field %s=%q: %w", fieldFlaggedPages, f[fieldFlaggedPages], e)
	} else {
		r.FlaggedPages = pages
	}
	if err != nil {
		return Record{}, err
	}
	if r.Stage == "" || r.Doc == "" || r.Outcome == "" {
		return Record{}, fmt.Errorf("record: missing stage, doc or outcome")
	}
	return r, nil
}
