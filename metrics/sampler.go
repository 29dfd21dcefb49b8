package metrics

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/lograte"
)

// SamplerConfig configures a Sampler. Zero values mean the defaults.
type SamplerConfig struct {
	Prefix     string        // key prefix (default "docpipe")
	Partitions int           // number of partitions (required, > 0)
	Interval   time.Duration // time between samples (default 10s)
}

// Sample is the state of one stream and its consumer group at one time.
type Sample struct {
	Time       time.Time
	Stage      string // a stage, or "sink" for the records streams
	Partition  int    // -1 for the unpartitioned ingest stream
	Stream     string
	Length     uint64 // XLEN
	Pending    uint64 // entries delivered to the group and not acknowledged
	Lag        int64  // entries not yet delivered to the group; -1 when Redis cannot tell
	Consumers  uint32
	UsedMemory uint64 // Redis INFO memory used_memory at the time of the sample
}

// Sampler periodically writes the length, pending count, lag and consumers
// of every stage stream, with Redis' memory use, to pipeline_samples.
type Sampler struct {
	client rueidis.Client
	store  *Store
	cfg    SamplerConfig
	keys   cachelayer.Keys
	log    *slog.Logger
	limit  *lograte.Limiter
}

// NewSampler returns a sampler; call Run to start it.
func NewSampler(client rueidis.Client, store *Store, cfg SamplerConfig, log *slog.Logger) *Sampler {
	if cfg.Prefix == "" {
		cfg.Prefix = "docpipe"
	}
	if cfg.Interval <= 0 {
		cfg.Interval = 10 * time.Second
	}
	if log == nil {
		log = slog.Default()
	}
	log = log.With("component", "sampler")
	return &Sampler{client: client, store: store, cfg: cfg, keys: cachelayer.NewKeys(cfg.Prefix), log: log,
		limit: lograte.New(time.Minute)}
}

// Run samples every Interval until ctx is done. Failures are logged
// (rate-limited) and the next tick tries again: samples are best effort.
func (s *Sampler) Run(ctx context.Context) error {
	if s.cfg.Partitions <= 0 {
		return fmt.Errorf("sampler config: partitions must be > 0, got %d", s.cfg.Partitions)
	}
	t := time.NewTicker(s.cfg.Interval)
	defer t.Stop()
	for {
		if err := s.SampleOnce(ctx, time.Now()); err != nil && ctx.Err() == nil {
			s.limit.Log(ctx, s.log, slog.LevelWarn, "sample", "pipeline sample failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

type sampledStream struct {
	stage, group, key string
	part              int
}

func (s *Sampler) streams() []sampledStream {
	out := []sampledStream{{stage: "ocr", group: "ocr", key: s.keys.Ingest(), part: -1}}
	for p := 0; p < s.cfg.Partitions; p++ {
		for _, st := range events.Stages[1:] {
			out = append(out, sampledStream{stage: st, group: st, key: s.keys.Stream(p, st), part: p})
		}
		out = append(out, sampledStream{stage: "sink", group: SinkGroup, key: s.keys.Records(p), part: p})
	}
	return out
}

// Collect reads the current samples from Redis without writing them.
// now is truncated to the interval so that samplers of several replicas
// firing in the same tick write rows with one key, which collapse.
func (s *Sampler) Collect(ctx context.Context, now time.Time) ([]Sample, error) {
	tick := now.UTC().Truncate(s.cfg.Interval)
	info, err := s.client.Do(ctx, s.client.B().Info().Section("memory").Build()).ToString()
	if err != nil {
		return nil, fmt.Errorf("info memory: %w", err)
	}
	mem := InfoField(info, "used_memory")

	streams := s.streams()
	cmds := make(rueidis.Commands, 0, 3*len(streams))
	for _, st := range streams {
		cmds = append(cmds,
			s.client.B().Type().Key(st.key).Build(),
			s.client.B().Xlen().Key(st.key).Build(),
			s.client.B().XinfoGroups().Key(st.key).Build())
	}
	res := s.client.DoMulti(ctx, cmds...)
	out := make([]Sample, 0, len(streams))
	for i, st := range streams {
		smp := Sample{Time: tick, Stage: st.stage, Partition: st.part, Stream: st.key, UsedMemory: mem}
		typ, err := res[3*i].ToString()
		if err != nil {
			return nil, fmt.Errorf("type %s: %w", st.key, err)
		}
		if typ != "stream" {
			// Not created yet (no document reached it): a sample of zeros
			// still tells a reader the stage exists and is idle.
			out = append(out, smp)
			continue
		}
		n, err := res[3*i+1].AsInt64()
		if err != nil {
			return nil, fmt.Errorf("xlen %s: %w", st.key, err)
		}
		smp.Length = u64(n)
		groups, err := res[3*i+2].ToArray()
		if err != nil {
			return nil, fmt.Errorf("xinfo groups %s: %w", st.key, err)
		}
		smp.Lag = -1
		found := false
		for _, g := range groups {
			m, err := g.AsMap()
			if err != nil {
				return nil, fmt.Errorf("xinfo groups %s: %w", st.key, err)
			}
			name := m["name"]
			if nm, _ := name.ToString(); nm != st.group {
				continue
			}
			found = true
			cm, pm := m["consumers"], m["pending"]
			c, cerr := cm.AsInt64()
			pe, perr := pm.AsInt64()
			if cerr != nil || perr != nil {
				return nil, fmt.Errorf("xinfo groups %s: consumers/pending: %v %v", st.key, cerr, perr)
			}
			smp.Consumers, smp.Pending = uint32(c), u64(pe)
			// lag is nil when Redis cannot compute it (entries deleted
			// inside the undelivered range); keep -1 then.
			if lag, ok := m["lag"]; ok && !lag.IsNil() {
				if l, err := lag.AsInt64(); err == nil {
					smp.Lag = l
				}
			}
		}
		if !found {
			// No group yet: everything in the stream is still to be read.
			smp.Lag = int64(smp.Length)
		}
		out = append(out, smp)
	}
	return out, nil
}

// SampleOnce collects one sample of every stream and writes it.
func (s *Sampler) SampleOnce(ctx context.Context, now time.Time) error {
	samples, err := s.Collect(ctx, now)
	if err != nil {
		return err
	}
	if s.store.Health().State != HealthOK {
		// The sink logs ClickHouse's outage once and its return once;
		// samples are best effort and are not worth a warning a minute.
		return nil
	}
	return s.store.InsertSamples(ctx, samples)
}

// InsertSamples writes samples to pipeline_samples.
func (st *Store) InsertSamples(ctx context.Context, samples []Sample) error {
	rs := rowSet{}
	for _, m := range samples {
		rs.add(tSamples, dt(m.Time), m.Stage, int16(m.Partition), m.Stream, m.Length, m.Pending, m.Lag, m.Consumers, m.UsedMemory)
	}
	if err := st.insert(ctx, rs); err != nil {
		return fmt.Errorf("insert samples: %w", err)
	}
	return nil
}

// InfoField reads one numeric field of an INFO reply.
func InfoField(info, name string) uint64 {
	for _, line := range strings.Split(info, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), name+":"); ok {
			n, _ := strconv.ParseUint(v, 10, 64)
			return n
		}
	}
	return 0
}
