package metrics

import (
	"context"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/docpipe/docpipe/events"
)

// TopEntitiesLimit is how many entities Stats lists.
const TopEntitiesLimit = 10

// Stats summarises the pipeline over a time window, read from ClickHouse.
// JSON tags give `docpipe stats --json` its field names.
type Stats struct {
	WindowSeconds float64      `json:"window_seconds"`
	From          time.Time    `json:"from"`
	To            time.Time    `json:"to"`
	Stages        []StageStats `json:"stages"`
	// Documents is the number of distinct documents with a run in the window.
	Documents uint64 `json:"documents"`
	// RedisUsedMemory is used_memory of the latest pipeline sample (0: none yet).
	RedisUsedMemory uint64    `json:"redis_used_memory"`
	SampledAt       time.Time `json:"redis_sampled_at"`
	// RedisMemoryPerDoc is RedisUsedMemory / Documents: a rough per-document
	// footprint of streams, cached outputs and state.
	RedisMemoryPerDoc float64       `json:"redis_memory_per_doc"`
	TopEntities       []EntityCount `json:"top_entities"`
}

// StageStats are one stage's numbers in the window. Times are microseconds.
type StageStats struct {
	Stage     string `json:"stage"`
	Runs      uint64 `json:"runs"`
	Completed uint64 `json:"completed"`
	Skipped   uint64 `json:"skipped"`
	Failed    uint64 `json:"failed"`
	Dead      uint64 `json:"dead"`
	// Compute time quantiles over completed runs (ClickHouse's approximate
	// quantiles: exact below 8,192 runs, sampled above).
	ComputeP50US float64 `json:"compute_p50_us"`
	ComputeP95US float64 `json:"compute_p95_us"`
	ComputeP99US float64 `json:"compute_p99_us"`
	// MeanQueueWaitUS is the mean time from the input entry's XADD to the
	// start of the run, over all runs.
	MeanQueueWaitUS float64 `json:"mean_queue_wait_us"`
	// Throughput is runs per second while the stage was active: runs over
	// the span from the first run's start to the last run's end in the
	// window (a quiet hour in the window does not dilute it).
	Throughput float64 `json:"runs_per_second"`
	// CacheHitRate is the share of runs that loaded a stage output and found
	// it in Redis (input_from = 'cache'); StoreFallbackRate the share that
	// had to read it from ClickHouse (input_from = 'store').
	CacheHitRate      float64 `json:"cache_hit_rate"`
	StoreFallbackRate float64 `json:"store_fallback_rate"`
	// TimeSavedUS is the compute time skips did not spend again.
	TimeSavedUS int64 `json:"time_saved_us"`
}

// EntityCount is an entity of the corpus, by the documents naming it.
type EntityCount struct {
	Type      string `json:"type"`
	Name      string `json:"name"`
	Documents uint64 `json:"documents"`
	Mentions  uint64 `json:"mentions"`
}

// statsStageQuery reads run_records FINAL, so a batch inserted twice counts
// once. The window is on finished, bound as a Unix time (toDateTime of an
// integer works the same on 18.16 and current releases).
const statsStageQuery = `
SELECT
    stage,
    count() AS runs,
    countIf(outcome = 'completed') AS completed,
    countIf(outcome = 'skipped') AS skipped,
    countIf(outcome = 'failed') AS failed,
    countIf(outcome = 'dead') AS dead,
    quantilesIf(0.5, 0.95, 0.99)(compute_us, outcome = 'completed') AS compute_q,
    avg(queue_wait_us) AS mean_queue_wait_us,
    countIf(input_from = 'cache') AS from_cache,
    countIf(input_from = 'store') AS from_store,
    sum(time_saved_us) AS time_saved_us,
    max(finished_us) - min(started_us) AS active_us
FROM run_records FINAL
WHERE finished >= toDateTime(?)
GROUP BY stage`

const statsDocsQuery = `SELECT uniqExact(doc_id) FROM run_records FINAL WHERE finished >= toDateTime(?)`

const statsMemoryQuery = `
SELECT time, max(used_memory)
FROM pipeline_samples
GROUP BY time
ORDER BY time DESC
LIMIT 1`

// statsTopEntitiesQuery names each entity (its forms are told apart by
// lower case) by the form a document gave it, preferring one not all in
// capitals ("Quillfeather Capital Partners LLC" over a caption's
// "QUILLFEATHER CAPITAL PARTNERS LLC"), then the document that mentions it
// most.
const statsTopEntitiesQuery = `
SELECT type, argMax(name, toUInt64(name != upperUTF8(name)) * 4294967296 + mentions) AS entity_name,
       uniqExact(doc_id) AS documents, sum(mentions) AS total_mentions
FROM current_entities
GROUP BY type, lowerUTF8(name)
ORDER BY documents DESC, total_mentions DESC, entity_name
LIMIT ?`

// Stats computes the pipeline's numbers over the last since.
func (s *Store) Stats(ctx context.Context, since time.Duration) (*Stats, error) {
	if since <= 0 {
		return nil, fmt.Errorf("stats: window must be positive, got %s", since)
	}
	now := time.Now().UTC()
	from := now.Add(-since)
	st := &Stats{WindowSeconds: since.Seconds(), From: from, To: now, Stages: []StageStats{}, TopEntities: []EntityCount{}}

	rows, err := s.conn.Query(ctx, statsStageQuery, from.Unix())
	if err != nil {
		return nil, fmt.Errorf("stats: stages: %w", err)
	}
	for rows.Next() {
		var (
			ss                   StageStats
			q                    []float64
			wait                 float64
			fromCache, fromStore uint64
			activeUS             int64
		)
		if err := rows.Scan(&ss.Stage, &ss.Runs, &ss.Completed, &ss.Skipped, &ss.Failed, &ss.Dead, &q, &wait,
			&fromCache, &fromStore, &ss.TimeSavedUS, &activeUS); err != nil {
			rows.Close()
			return nil, fmt.Errorf("stats: stages: %w", err)
		}
		if len(q) == 3 {
			ss.ComputeP50US, ss.ComputeP95US, ss.ComputeP99US = finite(q[0]), finite(q[1]), finite(q[2])
		}
		ss.MeanQueueWaitUS = finite(wait)
		ss.Throughput = float64(ss.Runs) / (float64(max(activeUS, 1000)) / 1e6)
		if loaded := fromCache + fromStore; loaded > 0 {
			ss.CacheHitRate = float64(fromCache) / float64(loaded)
			ss.StoreFallbackRate = float64(fromStore) / float64(loaded)
		}
		st.Stages = append(st.Stages, ss)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("stats: stages: %w", err)
	}
	sortStages(st.Stages)

	if err := s.conn.QueryRow(ctx, statsDocsQuery, from.Unix()).Scan(&st.Documents); err != nil {
		return nil, fmt.Errorf("stats: documents: %w", err)
	}

	mrows, err := s.conn.Query(ctx, statsMemoryQuery)
	if err != nil {
		return nil, fmt.Errorf("stats: memory: %w", err)
	}
	if mrows.Next() {
		if err := mrows.Scan(&st.SampledAt, &st.RedisUsedMemory); err != nil {
			mrows.Close()
			return nil, fmt.Errorf("stats: memory: %w", err)
		}
	}
	mrows.Close()
	if err := mrows.Err(); err != nil {
		return nil, fmt.Errorf("stats: memory: %w", err)
	}
	if st.Documents > 0 {
		st.RedisMemoryPerDoc = float64(st.RedisUsedMemory) / float64(st.Documents)
	}

	erows, err := s.conn.Query(ctx, statsTopEntitiesQuery, TopEntitiesLimit)
	if err != nil {
		return nil, fmt.Errorf("stats: entities: %w", err)
	}
	defer erows.Close()
	for erows.Next() {
		var e EntityCount
		if err := erows.Scan(&e.Type, &e.Name, &e.Documents, &e.Mentions); err != nil {
			return nil, fmt.Errorf("stats: entities: %w", err)
		}
		st.TopEntities = append(st.TopEntities, e)
	}
	if err := erows.Err(); err != nil {
		return nil, fmt.Errorf("stats: entities: %w", err)
	}
	return st, nil
}

// finite maps the NaN ClickHouse returns for an aggregate over no rows to 0,
// which encoding/json can write.
func finite(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// sortStages puts stages in pipeline order, unknown names after.
func sortStages(ss []StageStats) {
	rank := map[string]int{}
	for i, s := range events.Stages {
		rank[s] = i
	}
	sort.SliceStable(ss, func(i, j int) bool {
		ri, oki := rank[ss[i].Stage]
		rj, okj := rank[ss[j].Stage]
		if oki != okj {
			return oki
		}
		if ri != rj {
			return ri < rj
		}
		return ss[i].Stage < ss[j].Stage
	})
}

// WriteTable writes st as aligned tables for people.
func (st *Stats) WriteTable(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "window %s .. %s (%s)\n\n", st.From.Format(time.RFC3339), st.To.Format(time.RFC3339),
		time.Duration(st.WindowSeconds*float64(time.Second)).Round(time.Second))
	fmt.Fprintln(tw, "stage\truns\tskipped\tfailed\tdead\tp50 ms\tp95 ms\tp99 ms\tqueue ms\truns/s\tcache hit\tstore\tsaved s\t")
	for _, s := range st.Stages {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.2f\t%s\t%s\t%.1f\t\n",
			s.Stage, s.Runs, s.Skipped, s.Failed, s.Dead,
			s.ComputeP50US/1e3, s.ComputeP95US/1e3, s.ComputeP99US/1e3, s.MeanQueueWaitUS/1e3,
			s.Throughput, pct(s.CacheHitRate), pct(s.StoreFallbackRate), float64(s.TimeSavedUS)/1e6)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write stats: %w", err)
	}
	fmt.Fprintf(w, "\ndocuments %d", st.Documents)
	if st.RedisUsedMemory > 0 {
		fmt.Fprintf(w, "   redis used_memory %s (%s per document, sampled %s)",
			HumanBytes(float64(st.RedisUsedMemory)), HumanBytes(st.RedisMemoryPerDoc), st.SampledAt.Format(time.RFC3339))
	}
	fmt.Fprintln(w)
	if len(st.TopEntities) > 0 {
		fmt.Fprintln(w, "\ntop entities")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "type\tname\tdocuments\tmentions")
		for _, e := range st.TopEntities {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", e.Type, strings.ReplaceAll(e.Name, "\t", " "), e.Documents, e.Mentions)
		}
		if err := tw.Flush(); err != nil {
			return fmt.Errorf("write stats: %w", err)
		}
	}
	return nil
}

func pct(f float64) string { return fmt.Sprintf("%.1f%%", 100*f) }

// HumanBytes formats a byte count with a binary unit ("1.5 MiB").
func HumanBytes(b float64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	i := 0
	for b >= 1024 && i < len(units)-1 {
		b /= 1024
		i++
	}
	return fmt.Sprintf("%.1f %s", b, units[i])
}
