package monitor

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"github.com/docpipe/docpipe/events"
)

// History reads run history from ClickHouse's run_records and result
// tables. Every query reads with FINAL (or aggregates), binds times as
// Unix seconds and runs on ClickHouse 18.16 as on current releases.
type History struct {
	Conn driver.Conn
}

// StageActivity is one stage's recent runs across every replica.
type StageActivity struct {
	Stage string `json:"stage"`
	// Runs per second over the last 1, 5 and 15 minutes (every outcome).
	Rate1  float64 `json:"rate_1m"`
	Rate5  float64 `json:"rate_5m"`
	Rate15 float64 `json:"rate_15m"`
	// Compute time percentiles of the last 15 minutes' committed runs.
	P50US float64 `json:"p50_us"`
	P95US float64 `json:"p95_us"`
	// Failed and Dead count the last 15 minutes' failed and dead runs.
	Failed uint64 `json:"failed"`
	Dead   uint64 `json:"dead"`
}

const activityQuery = `
SELECT stage,
    countIf(finished >= toDateTime(?)) AS r1,
    countIf(finished >= toDateTime(?)) AS r5,
    count() AS r15,
    quantilesIf(0.5, 0.95)(compute_us, outcome = 'completed') AS q,
    countIf(outcome = 'failed') AS failed,
    countIf(outcome = 'dead') AS dead
FROM run_records FINAL
WHERE finished >= toDateTime(?)
GROUP BY stage`

// Activity returns the six stages' recent activity, in stage order (a stage
// without runs has zeros).
func (h *History) Activity(ctx context.Context, now time.Time) ([]StageActivity, error) {
	rows, err := h.Conn.Query(ctx, activityQuery, now.Add(-time.Minute).Unix(), now.Add(-5*time.Minute).Unix(), now.Add(-15*time.Minute).Unix())
	if err != nil {
		return nil, fmt.Errorf("monitor: activity: %w", err)
	}
	defer rows.Close()
	got := map[string]StageActivity{}
	for rows.Next() {
		var (
			a         StageActivity
			r1, r5, r uint64
			q         []float64
		)
		if err := rows.Scan(&a.Stage, &r1, &r5, &r, &q, &a.Failed, &a.Dead); err != nil {
			return nil, fmt.Errorf("monitor: activity: %w", err)
		}
		a.Rate1, a.Rate5, a.Rate15 = float64(r1)/60, float64(r5)/300, float64(r)/900
		if len(q) == 2 {
			a.P50US, a.P95US = finite(q[0]), finite(q[1])
		}
		got[a.Stage] = a
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("monitor: activity: %w", err)
	}
	out := make([]StageActivity, 0, len(events.Stages))
	for _, s := range events.Stages {
		a := got[s]
		a.Stage = s
		out = append(out, a)
	}
	return out, nil
}

// TraceRun is one stage run of a document, as run_records holds it.
type TraceRun struct {
	Stage         string    `json:"stage"`
	Version       int64     `json:"version"`
	Outcome       string    `json:"outcome"`
	Started       time.Time `json:"started"`
	Finished      time.Time `json:"finished"`
	StartedUS     int64     `json:"started_us"`
	FinishedUS    int64     `json:"finished_us"`
	QueueWaitUS   int64     `json:"queue_wait_us"`
	LockWaitUS    int64     `json:"lock_wait_us"`
	ComputeUS     int64     `json:"compute_us"`
	InputFrom     string    `json:"input_from"`
	Consumer      string    `json:"consumer"`
	Attempt       int64     `json:"attempt"`
	Error         string    `json:"error"`
	OutputKey     string    `json:"output_key"`
	BytesIn       int64     `json:"bytes_in"`
	BytesOut      int64     `json:"bytes_out"`
	CompressedOut int64     `json:"compressed_out"`
	TimeSavedUS   int64     `json:"time_saved_us"`
	StoreHits     int64     `json:"store_hits"`
	Fingerprint   string    `json:"fingerprint"`
	// FlaggedPages are the pages the run flagged as unreliable (ocr: low
	// OCR confidence). A skipped run shows those of the completed run
	// that computed its output.
	FlaggedPages []uint32 `json:"flagged_pages"`
}

// TracePass is one pass of a document through the pipeline: its runs of one
// processing version, in the order they started.
type TracePass struct {
	Version int64      `json:"version"`
	Runs    []TraceRun `json:"runs"`
	// StartUS is the earliest queue entry of the pass (first run's start
	// minus its queue wait): the waterfall's zero.
	StartUS int64 `json:"start_us"`
	EndUS   int64 `json:"end_us"`
}

// Entity is a canonical entity of a document's current resolve output.
type Entity struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Name     string `json:"name"`
	Mentions uint32 `json:"mentions"`
}

// Relationship is a relationship of a document's current relate output.
type Relationship struct {
	Type   string  `json:"type"`
	From   string  `json:"from"`
	To     string  `json:"to"`
	Weight float64 `json:"weight"`
}

// Trace is everything ClickHouse knows of one document's runs.
type Trace struct {
	Doc    string `json:"doc"`
	Source string `json:"source"`
	// Tenant is the document's meta.<DOCPIPE_TENANT_FIELD> as its latest
	// run recorded it.
	Tenant        string         `json:"tenant"`
	Passes        []TracePass    `json:"passes"`
	Entities      []Entity       `json:"entities"`
	Relationships []Relationship `json:"relationships"`
}

const traceQuery = `
SELECT stage, version, outcome, started, finished, started_us, finished_us, queue_wait_us, lock_wait_us, compute_us,
    input_from, consumer, attempt, error, output_key, bytes_in, bytes_out, compressed_out, time_saved_us, store_hits,
    fingerprint, flagged_pages, source, tenant
FROM run_records FINAL
WHERE doc_id = ?
ORDER BY started_us, record_id
LIMIT 10000`

// flaggedQuery finds the flagged pages of outputs by the completed runs that
// computed them (of any document: outputs are shared by identical content).
const flaggedQuery = `
SELECT stage, output_key, argMax(flagged_pages, finished_us)
FROM run_records FINAL
WHERE outcome = 'completed' AND has(?, output_key)
GROUP BY stage, output_key`

// traceRelationshipsQuery reads the document's edges and the PART_OF
// edges of the documents found inside it.
const traceRelationshipsQuery = `
SELECT type, from_id, to_id, weight
FROM current_relationships
WHERE doc_id = ? OR (type = 'PART_OF' AND to_id = ?)
ORDER BY type = 'PART_OF' DESC, weight DESC
LIMIT ?`

// TraceLimit bounds the entities and relationships a trace lists.
const TraceLimit = 200

// Trace returns doc's runs grouped by pass (processing version; a
// reprocess --from of the same version shows as more runs of that pass),
// with its current entities and relationships.
func (h *History) Trace(ctx context.Context, doc string) (*Trace, error) {
	rows, err := h.Conn.Query(ctx, traceQuery, doc)
	if err != nil {
		return nil, fmt.Errorf("monitor: trace %s: %w", doc, err)
	}
	t := &Trace{Doc: doc, Passes: []TracePass{}, Entities: []Entity{}, Relationships: []Relationship{}}
	byVersion := map[int64]int{}
	var skipped []string // output keys of skipped runs, for their flagged pages
	for rows.Next() {
		var r TraceRun
		var src, tenant string
		if err := rows.Scan(&r.Stage, &r.Version, &r.Outcome, &r.Started, &r.Finished, &r.StartedUS, &r.FinishedUS, &r.QueueWaitUS,
			&r.LockWaitUS, &r.ComputeUS, &r.InputFrom, &r.Consumer, &r.Attempt, &r.Error, &r.OutputKey, &r.BytesIn, &r.BytesOut,
			&r.CompressedOut, &r.TimeSavedUS, &r.StoreHits, &r.Fingerprint, &r.FlaggedPages, &src, &tenant); err != nil {
			rows.Close()
			return nil, fmt.Errorf("monitor: trace %s: %w", doc, err)
		}
		if r.Outcome == "skipped" && r.OutputKey != "" {
			skipped = append(skipped, r.OutputKey)
		}
		t.Source, t.Tenant = src, tenant
		i, ok := byVersion[r.Version]
		if !ok {
			i = len(t.Passes)
			byVersion[r.Version] = i
			t.Passes = append(t.Passes, TracePass{Version: r.Version, StartUS: math.MaxInt64})
		}
		p := &t.Passes[i]
		p.Runs = append(p.Runs, r)
		p.StartUS = min(p.StartUS, r.StartedUS-r.QueueWaitUS)
		p.EndUS = max(p.EndUS, r.FinishedUS)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("monitor: trace %s: %w", doc, err)
	}
	sort.Slice(t.Passes, func(i, j int) bool { return t.Passes[i].Version < t.Passes[j].Version })
	if err := h.flagSkipped(ctx, t, skipped); err != nil {
		return nil, fmt.Errorf("monitor: trace %s: %w", doc, err)
	}

	erows, err := h.Conn.Query(ctx, `SELECT entity_id, type, name, mentions FROM current_entities WHERE doc_id = ? ORDER BY mentions DESC, name LIMIT ?`, doc, TraceLimit)
	if err != nil {
		return nil, fmt.Errorf("monitor: trace %s: entities: %w", doc, err)
	}
	for erows.Next() {
		var e Entity
		if err := erows.Scan(&e.ID, &e.Type, &e.Name, &e.Mentions); err != nil {
			erows.Close()
			return nil, fmt.Errorf("monitor: trace %s: entities: %w", doc, err)
		}
		t.Entities = append(t.Entities, e)
	}
	erows.Close()
	rrows, err := h.Conn.Query(ctx, traceRelationshipsQuery, doc, doc, TraceLimit)
	if err != nil {
		return nil, fmt.Errorf("monitor: trace %s: relationships: %w", doc, err)
	}
	defer rrows.Close()
	for rrows.Next() {
		var r Relationship
		if err := rrows.Scan(&r.Type, &r.From, &r.To, &r.Weight); err != nil {
			return nil, fmt.Errorf("monitor: trace %s: relationships: %w", doc, err)
		}
		t.Relationships = append(t.Relationships, r)
	}
	return t, rrows.Err()
}

// flagSkipped gives the skipped runs of t the flagged pages of the runs
// that computed their outputs (keys lists those outputs).
func (h *History) flagSkipped(ctx context.Context, t *Trace, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	rows, err := h.Conn.Query(ctx, flaggedQuery, keys)
	if err != nil {
		return fmt.Errorf("flagged pages: %w", err)
	}
	defer rows.Close()
	flagged := map[[2]string][]uint32{}
	for rows.Next() {
		var stage, key string
		var pages []uint32
		if err := rows.Scan(&stage, &key, &pages); err != nil {
			return fmt.Errorf("flagged pages: %w", err)
		}
		flagged[[2]string{stage, key}] = pages
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("flagged pages: %w", err)
	}
	for i := range t.Passes {
		for j := range t.Passes[i].Runs {
			r := &t.Passes[i].Runs[j]
			if pages, ok := flagged[[2]string{r.Stage, r.OutputKey}]; ok && r.Outcome == "skipped" {
				r.FlaggedPages = pages
			}
		}
	}
	return nil
}

// RecentDoc is a document with a recent run, for the document list.
type RecentDoc struct {
	Doc      string    `json:"doc"`
	Source   string    `json:"source"`
	Last     time.Time `json:"last"`
	Outcomes string    `json:"outcomes"`
}

// RecentDocs lists the documents with the latest runs; q, when not empty,
// keeps those whose id or source contains it.
func (h *History) RecentDocs(ctx context.Context, q string, limit int) ([]RecentDoc, error) {
	rows, err := h.Conn.Query(ctx, `
SELECT doc_id, any(source), max(finished), arrayStringConcat(groupUniqArray(outcome), ',')
FROM run_records FINAL
WHERE position(doc_id, ?) > 0 OR position(source, ?) > 0
GROUP BY doc_id
ORDER BY max(finished_us) DESC
LIMIT ?`, q, q, limit)
	if err != nil {
		return nil, fmt.Errorf("monitor: documents: %w", err)
	}
	defer rows.Close()
	out := []RecentDoc{}
	for rows.Next() {
		var d RecentDoc
		if err := rows.Scan(&d.Doc, &d.Source, &d.Last, &d.Outcomes); err != nil {
			return nil, fmt.Errorf("monitor: documents: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// CacheBucket is one stage's cache results in one time bucket.
type CacheBucket struct {
	Start  time.Time `json:"start"`
	Stage  string    `json:"stage"`
	Hits   uint64    `json:"hits"`   // skipped runs
	Misses uint64    `json:"misses"` // committed runs
	Store  uint64    `json:"store"`  // inputs read from ClickHouse
}

// CacheStage sums one stage's cache effect over the window.
type CacheStage struct {
	Stage       string  `json:"stage"`
	Hits        uint64  `json:"hits"`
	Misses      uint64  `json:"misses"`
	HitRate     float64 `json:"hit_rate"`
	TimeSavedUS int64   `json:"time_saved_us"`
	// StoreReads counts inputs that had left Redis and were read from
	// ClickHouse; StoreReadsAvoided those found in Redis instead.
	StoreReads        uint64 `json:"store_reads"`
	StoreReadsAvoided uint64 `json:"store_reads_avoided"`
	// Writes and MeanBytes (compressed, as cached) feed the TTL advice.
	Writes    uint64  `json:"writes"`
	MeanBytes float64 `json:"mean_bytes"`
}

// CacheHistory returns per-bucket results (bucket seconds wide) and the
// window's totals per stage.
func (h *History) CacheHistory(ctx context.Context, from time.Time, bucket time.Duration) ([]CacheBucket, []CacheStage, error) {
	b := int64(bucket.Seconds())
	if b < 1 {
		b = 60
	}
	rows, err := h.Conn.Query(ctx, `
SELECT intDiv(toUInt32(finished), ?) * ? AS t, stage,
    countIf(outcome = 'skipped'), countIf(outcome = 'completed'), toUInt64(sum(store_hits))
FROM run_records FINAL
WHERE finished >= toDateTime(?)
GROUP BY t, stage
ORDER BY t, stage`, b, b, from.Unix())
	if err != nil {
		return nil, nil, fmt.Errorf("monitor: cache buckets: %w", err)
	}
	buckets := []CacheBucket{}
	for rows.Next() {
		var cb CacheBucket
		var t uint64
		if err := rows.Scan(&t, &cb.Stage, &cb.Hits, &cb.Misses, &cb.Store); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("monitor: cache buckets: %w", err)
		}
		cb.Start = time.Unix(int64(t), 0).UTC()
		buckets = append(buckets, cb)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("monitor: cache buckets: %w", err)
	}
	srows, err := h.Conn.Query(ctx, `
SELECT stage, countIf(outcome = 'skipped'), countIf(outcome = 'completed'), sum(time_saved_us),
    toUInt64(sum(store_hits)), countIf(input_from = 'cache'), avgIf(compressed_out, outcome = 'completed')
FROM run_records FINAL
WHERE finished >= toDateTime(?)
GROUP BY stage`, from.Unix())
	if err != nil {
		return nil, nil, fmt.Errorf("monitor: cache totals: %w", err)
	}
	defer srows.Close()
	got := map[string]CacheStage{}
	for srows.Next() {
		var c CacheStage
		if err := srows.Scan(&c.Stage, &c.Hits, &c.Misses, &c.TimeSavedUS, &c.StoreReads, &c.StoreReadsAvoided, &c.MeanBytes); err != nil {
			return nil, nil, fmt.Errorf("monitor: cache totals: %w", err)
		}
		c.MeanBytes = finite(c.MeanBytes)
		c.Writes = c.Misses
		if c.Hits+c.Misses > 0 {
			c.HitRate = float64(c.Hits) / float64(c.Hits+c.Misses)
		}
		got[c.Stage] = c
	}
	if err := srows.Err(); err != nil {
		return nil, nil, fmt.Errorf("monitor: cache totals: %w", err)
	}
	stages := make([]CacheStage, 0, len(events.Stages))
	for _, s := range events.Stages {
		c := got[s]
		c.Stage = s
		stages = append(stages, c)
	}
	return buckets, stages, nil
}

// OutputEvents returns the writes (completed runs) and re-uses (skipped
// runs) of stage outputs since from, at most limit of them (the latest),
// for ReuseGaps.
func (h *History) OutputEvents(ctx context.Context, from time.Time, limit int) ([]OutputEvent, error) {
	rows, err := h.Conn.Query(ctx, `
SELECT stage, output_key, outcome, finished_us
FROM run_records FINAL
WHERE finished >= toDateTime(?) AND outcome IN ('completed', 'skipped') AND output_key != ''
ORDER BY finished_us DESC
LIMIT ?`, from.Unix(), limit)
	if err != nil {
		return nil, fmt.Errorf("monitor: output events: %w", err)
	}
	defer rows.Close()
	out := []OutputEvent{}
	for rows.Next() {
		var e OutputEvent
		var outcome string
		var us int64
		if err := rows.Scan(&e.Stage, &e.Key, &outcome, &us); err != nil {
			return nil, fmt.Errorf("monitor: output events: %w", err)
		}
		e.Kind = EventReuse
		if outcome == "completed" {
			e.Kind = EventWrite
		}
		e.At = time.UnixMicro(us)
		out = append(out, e)
	}
	return out, rows.Err()
}

// VersionRow is one stage's runs of one processing version and one stage
// fingerprint (the algorithm and settings; "" for runs recorded before
// records named it).
type VersionRow struct {
	Stage           string    `json:"stage"`
	Version         int64     `json:"version"`
	Fingerprint     string    `json:"fingerprint"`
	Documents       uint64    `json:"documents"`
	Runs            uint64    `json:"runs"`
	Completed       uint64    `json:"completed"`
	Skipped         uint64    `json:"skipped"`
	Failed          uint64    `json:"failed"`
	Dead            uint64    `json:"dead"`
	P50US           float64   `json:"p50_us"`
	P95US           float64   `json:"p95_us"`
	MeanQueueWaitUS float64   `json:"mean_queue_wait_us"`
	OutputKeys      uint64    `json:"output_keys"`
	First           time.Time `json:"first"`
	Last            time.Time `json:"last"`
}

// Versions compares, stage by stage since from, the runs of each
// processing version and stage fingerprint: a reprocess --full shows as a
// new version, a new algorithm or setting as a new fingerprint. Rows come
// in stage order, then in the order each (version, fingerprint) first ran.
func (h *History) Versions(ctx context.Context, from time.Time) ([]VersionRow, error) {
	rows, err := h.Conn.Query(ctx, `
SELECT stage, version, fingerprint, uniqExact(doc_id), count(), countIf(outcome = 'completed'), countIf(outcome = 'skipped'),
    countIf(outcome = 'failed'), countIf(outcome = 'dead'),
    quantilesIf(0.5, 0.95)(compute_us, outcome = 'completed'), avg(queue_wait_us), uniqExact(output_key),
    min(started), max(finished)
FROM run_records FINAL
WHERE finished >= toDateTime(?)
GROUP BY stage, version, fingerprint`, from.Unix())
	if err != nil {
		return nil, fmt.Errorf("monitor: versions: %w", err)
	}
	defer rows.Close()
	out := []VersionRow{}
	for rows.Next() {
		var v VersionRow
		var q []float64
		if err := rows.Scan(&v.Stage, &v.Version, &v.Fingerprint, &v.Documents, &v.Runs, &v.Completed, &v.Skipped, &v.Failed, &v.Dead, &q,
			&v.MeanQueueWaitUS, &v.OutputKeys, &v.First, &v.Last); err != nil {
			return nil, fmt.Errorf("monitor: versions: %w", err)
		}
		if len(q) == 2 {
			v.P50US, v.P95US = finite(q[0]), finite(q[1])
		}
		v.MeanQueueWaitUS = finite(v.MeanQueueWaitUS)
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("monitor: versions: %w", err)
	}
	order := map[string]int{}
	for i, s := range events.Stages {
		order[s] = i
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Stage != b.Stage:
			return order[a.Stage] < order[b.Stage]
		case !a.First.Equal(b.First):
			return a.First.Before(b.First)
		case a.Version != b.Version:
			return a.Version < b.Version
		}
		return a.Fingerprint < b.Fingerprint
	})
	return out, nil
}

// TenantRow is one tenant's figures over the window.
type TenantRow struct {
	Tenant      string `json:"tenant"`
	Documents   uint64 `json:"documents"`
	Runs        uint64 `json:"runs"`
	Completed   uint64 `json:"completed"`
	Skipped     uint64 `json:"skipped"`
	Failed      uint64 `json:"failed"`
	Dead        uint64 `json:"dead"`
	ComputeUS   int64  `json:"compute_us"`
	TimeSavedUS int64  `json:"time_saved_us"`
}

// NoTenant names the runs that recorded no tenant: documents without the
// meta field, and runs recorded before records carried it.
const NoTenant = "(none)"

// Tenants sums the runs since from per tenant (the value of
// meta.<DOCPIPE_TENANT_FIELD> each run recorded), most runs first.
func (h *History) Tenants(ctx context.Context, from time.Time) ([]TenantRow, error) {
	rows, err := h.Conn.Query(ctx, `
SELECT tenant, uniqExact(doc_id), count(), countIf(outcome = 'completed'), countIf(outcome = 'skipped'),
    countIf(outcome = 'failed'), countIf(outcome = 'dead'), sum(compute_us), sum(time_saved_us)
FROM run_records FINAL
WHERE finished >= toDateTime(?)
GROUP BY tenant
ORDER BY count() DESC, tenant`, from.Unix())
	if err != nil {
		return nil, fmt.Errorf("monitor: tenants: %w", err)
	}
	defer rows.Close()
	out := []TenantRow{}
	for rows.Next() {
		var r TenantRow
		if err := rows.Scan(&r.Tenant, &r.Documents, &r.Runs, &r.Completed, &r.Skipped, &r.Failed, &r.Dead, &r.ComputeUS, &r.TimeSavedUS); err != nil {
			return nil, fmt.Errorf("monitor: tenants: %w", err)
		}
		if r.Tenant == "" {
			r.Tenant = NoTenant
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// finite maps the NaN ClickHouse returns for an aggregate over no rows to 0.
func finite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}
