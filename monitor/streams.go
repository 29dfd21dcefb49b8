// Package monitor is what an operator sees of a running pipeline: live
// stream figures read from Redis at a bounded rate, run history from
// ClickHouse (per-document traces, cache effect and TTL advice, versions,
// tenants), the dead-letter stream, the /healthz and /readyz probes, the web
// UI of `docpipe monitor` and the terminal view of `docpipe top`.
//
// It only reads, except for the dead-letter actions, which are refused
// unless the server was built with actions allowed.
package monitor

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/metrics"
)

// SinkStage names the records streams and their sink group among the
// stages of a Figures.
const SinkStage = "sink"

// StageFigures are one stage's stream figures, over all its partitions.
type StageFigures struct {
	Stage string `json:"stage"`
	// Length is XLEN summed: entries still in the streams (trimmed below
	// what every group acknowledged).
	Length int64 `json:"length"`
	// Lag is entries not yet delivered to the stage's group, summed.
	// Partitions where Redis cannot tell (XINFO GROUPS answers nil after
	// deletions inside the undelivered range) count as 0 and LagKnown is
	// false.
	Lag      int64 `json:"lag"`
	LagKnown bool  `json:"lag_known"`
	// Pending is entries delivered and not acknowledged, summed.
	Pending int64 `json:"pending"`
	// OldestPending is the age of the oldest pending entry (since it was
	// added, from its id), 0 when nothing is pending.
	OldestPending time.Duration `json:"oldest_pending_ns"`
	// Consumers are the group's consumers seen within AliveWithin, merged
	// over partitions by name.
	Consumers []ConsumerFigures `json:"consumers"`
	// Registered counts every consumer name in the group, alive or not.
	Registered int `json:"registered"`
}

// ConsumerFigures is one consumer of a stage's group.
type ConsumerFigures struct {
	Name    string        `json:"name"`
	Pending int64         `json:"pending"` // entries it holds
	Idle    time.Duration `json:"idle_ns"` // since its last read or claim (smallest over partitions)
}

// Figures are the pipeline's stream figures at one time.
type Figures struct {
	At         time.Time      `json:"at"`
	Stages     []StageFigures `json:"stages"` // the six stages, in order
	Sink       StageFigures   `json:"sink"`   // the records streams and the sink group
	DLQLength  int64          `json:"dlq_length"`
	UsedMemory uint64         `json:"used_memory"` // INFO memory used_memory
	MaxMemory  uint64         `json:"max_memory"`  // INFO memory maxmemory (0: no limit)
	ReadCost   time.Duration  `json:"read_cost_ns"`
}

// SinkBacklog is the run records not yet written to ClickHouse: undelivered
// plus delivered and not acknowledged.
func (f *Figures) SinkBacklog() int64 { return f.Sink.Lag + f.Sink.Pending }

// Stage returns the figures of stage (a stage name or SinkStage).
func (f *Figures) Stage(stage string) (StageFigures, bool) {
	if stage == SinkStage {
		return f.Sink, true
	}
	for _, s := range f.Stages {
		if s.Stage == stage {
			return s, true
		}
	}
	return StageFigures{}, false
}

// AliveWithin is how recently a consumer must have read or claimed to count
// as alive. Readers re-issue XREADGROUP every DOCPIPE_BLOCK (2 s by
// default) and reclaimers run every claim idle/4, so a live replica is
// seen far more often; names left by exited replicas stay in the group
// until DOCPIPE_CONSUMER_EXPIRY deletes them.
const AliveWithin = 30 * time.Second

// StreamReader reads Figures from Redis: per stream one pipelined TYPE,
// XLEN, XINFO GROUPS, XPENDING summary and XINFO CONSUMERS, plus INFO memory and
// the DLQ's XLEN, in one round trip. It never reads documents' keys, so its
// cost depends on the partition count only.
type StreamReader struct {
	client     rueidis.Client
	keys       cachelayer.Keys
	partitions int
}

// NewStreamReader returns a reader for the deployment's prefix and
// partition count.
func NewStreamReader(c rueidis.Client, keys cachelayer.Keys, partitions int) *StreamReader {
	return &StreamReader{client: c, keys: keys, partitions: partitions}
}

type watched struct {
	stage, group, key string
}

func (r *StreamReader) streams() []watched {
	out := []watched{{events.Stages[0], events.Stages[0], r.keys.Ingest()}}
	for _, st := range events.Stages[1:] {
		for p := 0; p < r.partitions; p++ {
			out = append(out, watched{st, st, r.keys.Stream(p, st)})
		}
	}
	for p := 0; p < r.partitions; p++ {
		out = append(out, watched{SinkStage, metrics.SinkGroup, r.keys.Records(p)})
	}
	return out
}

// Read takes one reading. now stamps it and ages the pending entries.
func (r *StreamReader) Read(ctx context.Context, now time.Time) (*Figures, error) {
	t0 := time.Now()
	c := r.client
	ws := r.streams()
	cmds := make(rueidis.Commands, 0, perStream*len(ws)+2)
	cmds = append(cmds, c.B().Info().Section("memory").Build(), c.B().Xlen().Key(r.keys.DLQ()).Build())
	for _, w := range ws {
		cmds = append(cmds,
			c.B().Type().Key(w.key).Build(),
			c.B().Xlen().Key(w.key).Build(),
			c.B().XinfoGroups().Key(w.key).Build(),
			c.B().Xpending().Key(w.key).Group(w.group).Build(),
			c.B().XinfoConsumers().Key(w.key).Group(w.group).Build())
	}
	res := c.DoMulti(ctx, cmds...)
	info, err := res[0].ToString()
	if err != nil {
		return nil, fmt.Errorf("monitor: info memory: %w", err)
	}
	f := &Figures{At: now, UsedMemory: metrics.InfoField(info, "used_memory"), MaxMemory: metrics.InfoField(info, "maxmemory")}
	if f.DLQLength, err = res[1].AsInt64(); err != nil && !rueidis.IsRedisNil(err) {
		return nil, fmt.Errorf("monitor: xlen dlq: %w", err)
	}
	acc := map[string]*stageAcc{}
	for i, w := range ws {
		a := acc[w.stage]
		if a == nil {
			a = &stageAcc{f: StageFigures{Stage: w.stage, LagKnown: true}, cons: map[string]*ConsumerFigures{}}
			acc[w.stage] = a
		}
		if err := a.add(res[2+perStream*i:2+perStream*(i+1)], w, now); err != nil {
			return nil, fmt.Errorf("monitor: %s: %w", w.key, err)
		}
	}
	for _, st := range events.Stages {
		f.Stages = append(f.Stages, acc[st].done())
	}
	f.Sink = acc[SinkStage].done()
	f.ReadCost = time.Since(t0)
	return f, nil
}

type stageAcc struct {
	f    StageFigures
	cons map[string]*ConsumerFigures
}

// perStream is the number of commands Read sends per stream.
const perStream = 5

// add folds one stream's answers into the stage.
func (a *stageAcc) add(res []rueidis.RedisResult, w watched, now time.Time) error {
	typ, err := res[0].ToString()
	if err != nil {
		return fmt.Errorf("type: %w", err)
	}
	if typ != "stream" {
		return nil // no document reached it yet: nothing waits there
	}
	n, err := res[1].AsInt64()
	if err != nil {
		return fmt.Errorf("xlen: %w", err)
	}
	a.f.Length += n
	groups, err := res[2].ToArray()
	if err != nil {
		return fmt.Errorf("xinfo groups: %w", err)
	}
	found := false
	for _, g := range groups {
		m, err := g.AsMap()
		if err != nil {
			return fmt.Errorf("xinfo groups: %w", err)
		}
		nm := m["name"]
		if name, _ := nm.ToString(); name != w.group {
			continue
		}
		found = true
		if lag, ok := m["lag"]; ok && !lag.IsNil() {
			if l, err := lag.AsInt64(); err == nil {
				a.f.Lag += l
			} else {
				a.f.LagKnown = false
			}
		} else {
			a.f.LagKnown = false
		}
	}
	if !found {
		// The group does not exist yet: XPENDING and XINFO CONSUMERS
		// answered NOGROUP; every entry is still to be delivered.
		a.f.Lag += n
		return nil
	}
	sum, err := res[3].ToArray()
	if err != nil {
		return fmt.Errorf("xpending: %w", err)
	}
	pending, oldest, err := PendingSummary(sum)
	if err != nil {
		return err
	}
	a.f.Pending += pending
	if oldest != "" {
		if age := EntryAge(oldest, now); age > a.f.OldestPending {
			a.f.OldestPending = age
		}
	}
	cs, err := res[4].ToArray()
	if err != nil {
		return fmt.Errorf("xinfo consumers: %w", err)
	}
	for _, cv := range cs {
		m, err := cv.AsMap()
		if err != nil {
			return fmt.Errorf("xinfo consumers: %w", err)
		}
		nm, pm, im := m["name"], m["pending"], m["idle"]
		name, _ := nm.ToString()
		pend, _ := pm.AsInt64()
		idle, _ := im.AsInt64()
		c := a.cons[name]
		if c == nil {
			c = &ConsumerFigures{Name: name, Idle: time.Duration(idle) * time.Millisecond}
			a.cons[name] = c
		}
		c.Pending += pend
		if d := time.Duration(idle) * time.Millisecond; d < c.Idle {
			c.Idle = d
		}
	}
	return nil
}

func (a *stageAcc) done() StageFigures {
	f := a.f
	f.Consumers = []ConsumerFigures{}
	for _, c := range a.cons {
		f.Registered++
		if c.Idle <= AliveWithin {
			f.Consumers = append(f.Consumers, *c)
		}
	}
	sort.Slice(f.Consumers, func(i, j int) bool { return f.Consumers[i].Name < f.Consumers[j].Name })
	return f
}

// PendingSummary decodes an XPENDING summary answer: the number of pending
// entries and the smallest pending id ("" when none).
func PendingSummary(sum []rueidis.RedisMessage) (int64, string, error) {
	if len(sum) < 2 {
		return 0, "", fmt.Errorf("xpending summary: %d items, want 4", len(sum))
	}
	n, err := sum[0].AsInt64()
	if err != nil {
		return 0, "", fmt.Errorf("xpending summary count: %w", err)
	}
	if n == 0 || sum[1].IsNil() {
		return 0, "", nil
	}
	id, err := sum[1].ToString()
	if err != nil {
		return 0, "", fmt.Errorf("xpending summary oldest id: %w", err)
	}
	return n, id, nil
}

// EntryAge is how long ago the stream entry id was added: its millisecond
// part is the Redis time of the XADD. A malformed id or one in the future
// (clock skew between Redis and this host) gives 0.
func EntryAge(id string, now time.Time) time.Duration {
	ms, _, _ := strings.Cut(id, "-")
	t, err := strconv.ParseInt(ms, 10, 64)
	if err != nil {
		return 0
	}
	if d := now.Sub(time.UnixMilli(t)); d > 0 {
		return d
	}
	return 0
}

// CachedReader shares one reading among every caller for MinInterval, so
// Prometheus scrapes, web pages and `top` of one process cost Redis at most
// one reading per interval however many ask.
type CachedReader struct {
	r           *StreamReader
	MinInterval time.Duration

	mu   sync.Mutex
	last *Figures
	err  error
	at   time.Time
}

// DefaultInterval is the CachedReader's default: a hundred replicas
// scraped every 15 s cost Redis under 7 readings per second.
const DefaultInterval = 5 * time.Second

// NewCachedReader wraps r; interval 0 means DefaultInterval.
func NewCachedReader(r *StreamReader, interval time.Duration) *CachedReader {
	if interval <= 0 {
		interval = DefaultInterval
	}
	return &CachedReader{r: r, MinInterval: interval}
}

// Figures returns the last reading if it is younger than MinInterval, or
// takes a new one. Callers that arrive while a reading is under way wait
// for it rather than start their own.
func (c *CachedReader) Figures(ctx context.Context) (*Figures, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.at.IsZero() && time.Since(c.at) < c.MinInterval {
		return c.last, c.err
	}
	f, err := c.r.Read(ctx, time.Now())
	c.at = time.Now()
	if err != nil {
		// Keep the last good figures; the error says they are stale.
		c.err = err
		return c.last, err
	}
	c.last, c.err = f, nil
	return f, nil
}
