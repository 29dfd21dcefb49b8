// Package prom exposes docpipe's figures to Prometheus with client_golang:
// the runtime's run outcomes and cache results (as a metrics.Observer), the
// stream figures the monitor reads from Redis (as a collector that reads at
// most once per the monitor's interval, however often it is scraped), and
// the Go runtime's own metrics.
//
// Every label is a stage, an outcome or a cache result: a label set never
// grows with documents.
package prom

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/metrics"
	"github.com/docpipe/docpipe/monitor"
)

// FiguresSource is where the stream figures come from: a
// monitor.CachedReader in practice.
type FiguresSource interface {
	Figures(ctx context.Context) (*monitor.Figures, error)
}

// Metrics is one process's Prometheus registry. It implements
// metrics.Observer for the runtime.
type Metrics struct {
	reg       *prometheus.Registry
	runs      *prometheus.CounterVec
	duration  *prometheus.HistogramVec
	queueWait *prometheus.HistogramVec
	cache     *prometheus.CounterVec
	// byStage holds every series of each stage, resolved once: a run's
	// observation is then two map reads and atomic adds, not label hashing
	// (BenchmarkObserver: 1.2 µs → 0.43 µs per run).
	byStage map[string]*stageSeries
}

type stageSeries struct {
	runs      map[string]prometheus.Counter
	cache     map[string]prometheus.Counter
	duration  prometheus.Observer
	queueWait prometheus.Observer
}

var _ metrics.Observer = (*Metrics)(nil)

// durationBuckets span 0.5 ms (a no-op stage) to 13 minutes (a long OCR).
var durationBuckets = prometheus.ExponentialBuckets(0.0005, 3, 14)

// New builds the registry. figures may be nil, for a process that only
// counts runs; otherwise its figures are read once per scrape through it.
func New(figures FiguresSource) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		runs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "docpipe_stage_runs_total",
			Help: "Stage runs of this process by outcome: committed, skipped, busy, fenced, failed, dead, abandoned.",
		}, []string{"stage", "outcome"}),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "docpipe_stage_duration_seconds",
			Help:    "Compute time of committed stage runs.",
			Buckets: durationBuckets,
		}, []string{"stage"}),
		queueWait: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "docpipe_stage_queue_wait_seconds",
			Help:    "Time from an entry's XADD to the start of the run that committed, skipped, failed or dead-lettered it.",
			Buckets: durationBuckets,
		}, []string{"stage"}),
		cache: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "docpipe_cache_requests_total",
			Help: "Cache results of stage runs: hit (output cached, run skipped), miss (run computed), store (an input read from ClickHouse after it left Redis).",
		}, []string{"stage", "result"}),
		byStage: map[string]*stageSeries{},
	}
	// Every series exists from the start at 0, so rate() and absent()
	// work from the first scrape, not from a stage's first run.
	for _, st := range events.Stages {
		ss := &stageSeries{runs: map[string]prometheus.Counter{}, cache: map[string]prometheus.Counter{},
			duration: m.duration.WithLabelValues(st), queueWait: m.queueWait.WithLabelValues(st)}
		for _, o := range metrics.RunOutcomes {
			ss.runs[o] = m.runs.WithLabelValues(st, o)
		}
		for _, r := range metrics.CacheResults {
			ss.cache[r] = m.cache.WithLabelValues(st, r)
		}
		m.byStage[st] = ss
	}
	m.reg.MustRegister(m.runs, m.duration, m.queueWait, m.cache,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if figures != nil {
		m.reg.MustRegister(newStreamCollector(figures))
	}
	return m
}

// WatchRedisWaiting adds docpipe_redis_waiting: 1 while the runtime's last
// Redis call was refused for want of Redis (out of memory, a failover, the
// connection lost) and the pipeline waits, without spending documents'
// retries; 0 otherwise.
func (m *Metrics) WatchRedisWaiting(waiting func() bool) {
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "docpipe_redis_waiting",
		Help: "1 while this process waits on Redis (it refuses or does not answer its commands), 0 otherwise.",
	}, func() float64 {
		if waiting() {
			return 1
		}
		return 0
	}))
}

// RunEnded counts a run and observes its times (metrics.Observer).
func (m *Metrics) RunEnded(stage, outcome string, compute, queueWait time.Duration) {
	ss := m.byStage[stage]
	if ss == nil {
		m.runs.WithLabelValues(stage, outcome).Inc() // not one of the six: never on the hot path
		return
	}
	if c := ss.runs[outcome]; c != nil {
		c.Inc()
	} else {
		m.runs.WithLabelValues(stage, outcome).Inc()
	}
	switch outcome {
	case metrics.RunCommitted:
		ss.duration.Observe(compute.Seconds())
		ss.queueWait.Observe(queueWait.Seconds())
	case metrics.RunSkipped, metrics.RunFailed, metrics.RunDead:
		// Busy, fenced and abandoned runs are repeats of an entry whose
		// wait is counted when it finally ends.
		ss.queueWait.Observe(queueWait.Seconds())
	}
}

// CacheResult counts a cache result (metrics.Observer).
func (m *Metrics) CacheResult(stage, result string) {
	if ss := m.byStage[stage]; ss != nil {
		if c := ss.cache[result]; c != nil {
			c.Inc()
			return
		}
	}
	m.cache.WithLabelValues(stage, result).Inc()
}

// Registry is the registry, for tests and extra collectors.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{ErrorHandling: promhttp.ContinueOnError})
}

// streamCollector turns monitor.Figures into gauges at scrape time.
type streamCollector struct {
	src                                       FiguresSource
	up, lag, pending, length, oldest, alive   *prometheus.Desc
	dlq, used, maxMem, backlog, cost, lagKnow *prometheus.Desc
}

func newStreamCollector(src FiguresSource) *streamCollector {
	stage := []string{"stage"}
	d := func(name, help string, labels []string) *prometheus.Desc {
		return prometheus.NewDesc(name, help, labels, nil)
	}
	return &streamCollector{
		src:     src,
		up:      d("docpipe_redis_up", "1 when the last reading of the stream figures from Redis succeeded.", nil),
		lag:     d("docpipe_stream_lag", "Entries not yet delivered to the stage's group, over its partitions (sink: the records streams).", stage),
		lagKnow: d("docpipe_stream_lag_known", "0 when Redis could not compute the lag of some partition (deletions inside the undelivered range); the lag then counts it as 0.", stage),
		pending: d("docpipe_stream_pending", "Entries delivered to the stage's group and not acknowledged.", stage),
		length:  d("docpipe_stream_length", "Entries in the stage's streams (XLEN).", stage),
		oldest:  d("docpipe_stream_oldest_pending_seconds", "Age of the stage's oldest pending entry since it was added; 0 when none is pending.", stage),
		alive:   d("docpipe_consumers", "Consumers of the stage's group that read or claimed within the last 30 s.", stage),
		dlq:     d("docpipe_dlq_length", "Entries in the dead-letter stream.", nil),
		used:    d("docpipe_redis_used_memory_bytes", "Redis INFO used_memory.", nil),
		maxMem:  d("docpipe_redis_max_memory_bytes", "Redis maxmemory; 0 means no limit.", nil),
		backlog: d("docpipe_sink_backlog", "Run records not yet written to ClickHouse (records streams: lag plus pending).", nil),
		cost:    d("docpipe_monitor_read_seconds", "Time the last reading of the stream figures took.", nil),
	}
}

func (c *streamCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.up, c.lag, c.lagKnow, c.pending, c.length, c.oldest, c.alive, c.dlq, c.used, c.maxMem, c.backlog, c.cost} {
		ch <- d
	}
}

func (c *streamCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	f, err := c.src.Figures(ctx)
	up := 1.0
	if err != nil {
		up = 0
	}
	ch <- prometheus.MustNewConstMetric(c.up, prometheus.GaugeValue, up)
	if f == nil {
		return
	}
	g := func(d *prometheus.Desc, v float64, labels ...string) {
		ch <- prometheus.MustNewConstMetric(d, prometheus.GaugeValue, v, labels...)
	}
	for _, s := range append(append([]monitor.StageFigures{}, f.Stages...), f.Sink) {
		g(c.lag, float64(s.Lag), s.Stage)
		known := 1.0
		if !s.LagKnown {
			known = 0
		}
		g(c.lagKnow, known, s.Stage)
		g(c.pending, float64(s.Pending), s.Stage)
		g(c.length, float64(s.Length), s.Stage)
		g(c.oldest, s.OldestPending.Seconds(), s.Stage)
		g(c.alive, float64(len(s.Consumers)), s.Stage)
	}
	g(c.dlq, float64(f.DLQLength))
	g(c.used, float64(f.UsedMemory))
	g(c.maxMem, float64(f.MaxMemory))
	g(c.backlog, float64(f.SinkBacklog()))
	g(c.cost, f.ReadCost.Seconds())
}
