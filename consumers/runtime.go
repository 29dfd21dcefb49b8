package consumers

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/consumers/streamgroup"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/sourcefile"
	"github.com/docpipe/docpipe/metrics"
)

// Runtime runs the consumers of some stages in one process.
type Runtime struct {
	cfg      config.Config
	client   rueidis.Client
	keys     cachelayer.Keys
	layer    *cachelayer.Layer
	store    OutputStore
	records  bool
	log      *slog.Logger
	stages   []*stage
	counts   counts
	observer metrics.Observer
	// outage tracks the engine's reads and the trimmer; writes tracks the
	// runs' transitions, which a full Redis refuses while reads still work
	// (one good read must not report a full Redis as back).
	outage  *streamgroup.Outage
	writes  *streamgroup.Outage
	sources *sourcefile.Reader
	// workCtx is what runs compute under: it outlives the read context
	// until the drain timeout cuts a shutdown short.
	workCtx context.Context
}

// Options are the parts a Runtime is built from.
type Options struct {
	Config   config.Config
	Client   rueidis.Client
	Handlers []Handler
	// Store is the durable output store; nil disables the cache-miss
	// fallback, and the skip check then requires the output in Redis.
	Store OutputStore
	// Records turns on run records (the sink must consume them).
	Records bool
	Log     *slog.Logger
	// Observer, when set, is told how every run ended (Prometheus).
	Observer metrics.Observer
}

// New builds a Runtime. cfg must have been validated.
func New(o Options) (*Runtime, error) {
	if o.Log == nil {
		o.Log = slog.Default()
	}
	keys := cachelayer.NewKeys(o.Config.Prefix)
	ttl := cachelayer.TTLs{Output: map[string]int64{}, State: o.Config.TTLState.Milliseconds(), Completed: o.Config.PublicRetention}
	for s, d := range o.Config.OutputTTLs() {
		ttl.Output[s] = d.Milliseconds()
	}
	rt := &Runtime{cfg: o.Config, client: o.Client, keys: keys, layer: cachelayer.NewLayer(o.Client, keys, ttl),
		store: o.Store, records: o.Records, log: o.Log, observer: o.Observer, outage: streamgroup.NewOutage(o.Log),
		writes:  streamgroup.NewOutage(o.Log),
		sources: sourcefile.New(o.Config.SourceRoots, o.Config.MaxDocumentBytes)}
	seen := map[string]bool{}
	for _, h := range o.Handlers {
		if !events.IsStage(h.Name()) {
			return nil, fmt.Errorf("handler %q is not a stage", h.Name())
		}
		if seen[h.Name()] {
			return nil, fmt.Errorf("two handlers for stage %s", h.Name())
		}
		seen[h.Name()] = true
		n := o.Config.Concurrency(h.Name())
		st := &stage{rt: rt, h: h, sem: make(chan struct{}, n), freed: make(chan struct{}), jobs: make(chan streamgroup.Entry, n),
			log: o.Log.With("stage", h.Name(), "consumer", o.Config.Consumer)}
		st.group = streamgroup.New(streamgroup.Config{Client: o.Client, Group: h.Name(), Consumer: o.Config.Consumer,
			Streams: Streams(keys, o.Config.Partitions, h.Name()), Together: rt.layer.SingleSlot(),
			Block: o.Config.Block, ReadCount: n, ClaimIdle: o.Config.ClaimIdle, Rescan: o.Config.Rescan,
			Log: st.log, Outage: rt.outage}, st, st.enqueue)
		rt.stages = append(rt.stages, st)
	}
	return rt, nil
}

// Streams lists the input streams of stage: the ingest stream for the first
// stage, one stream per partition for the others.
func Streams(keys cachelayer.Keys, partitions int, stage string) []string {
	if stage == events.Stages[0] {
		return []string{keys.Ingest()}
	}
	out := make([]string, partitions)
	for p := range out {
		out[p] = keys.Stream(p, stage)
	}
	return out
}

// EnsureGroups creates every consumer group (with MKSTREAM) of stages, as a
// runtime's engine does when it starts: for tests (here, in monitor) that write
// before any replica ran.
func EnsureGroups(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, partitions int, stages []string) error {
	for _, s := range stages {
		for _, st := range Streams(keys, partitions, s) {
			if err := streamgroup.Ensure(ctx, c, st, s, "0"); err != nil {
				return err
			}
		}
	}
	return nil
}

// WaitingOnRedis reports whether this process's last Redis call failed for
// want of Redis (out of memory, failover, connection lost).
func (rt *Runtime) WaitingOnRedis() bool { return rt.outage.Waiting() || rt.writes.Waiting() }

// Run runs every stage until ctx is cancelled, then drains. Shutdown order:
// the readers stop first (no new entries are taken), in-flight runs get up
// to the drain timeout to finish, then their context ends and they stop
// as abandoned (leases given back, entries left pending for a restart),
// and last the runners exit.
func (rt *Runtime) Run(ctx context.Context) error {
	defer rt.sources.Close()
	var names []string
	for _, s := range rt.stages {
		names = append(names, s.h.Name())
	}
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	rt.workCtx = workCtx
	var readers, runners sync.WaitGroup
	for _, s := range rt.stages {
		for i := 0; i < cap(s.sem); i++ {
			runners.Add(1)
			go func() { defer runners.Done(); s.runner() }()
		}
		readers.Add(1)
		go func() { defer readers.Done(); s.group.Run(ctx) }()
	}
	readers.Add(1)
	go func() { defer readers.Done(); rt.trimLoop(ctx) }()
	rt.log.Info("consumers running", "stages", names, "partitions", rt.cfg.Partitions, "consumer", rt.cfg.Consumer,
		"single_redis", rt.layer.SingleSlot())
	<-ctx.Done()
	readers.Wait()
	done := make(chan struct{})
	go func() {
		for _, s := range rt.stages {
			s.running.Wait()
		}
		close(done)
	}()
	select {
	case <-done:
		rt.log.Info("drained: all in-flight runs finished", rt.counts.attrs()...)
	case <-time.After(rt.cfg.DrainTimeout):
		rt.log.Warn("drain timeout: cancelling in-flight runs; their entries stay pending", "timeout", rt.cfg.DrainTimeout)
		cancelWork()
		<-done
	}
	for _, s := range rt.stages {
		close(s.jobs)
	}
	runners.Wait()
	return nil
}

// trimLoop trims the input streams of this process's stages every
// TrimInterval, and expires their consumers that left. Another process
// trims the streams of the stages it runs; the records streams are the
// sink's.
func (rt *Runtime) trimLoop(ctx context.Context) {
	if rt.cfg.TrimInterval <= 0 {
		return
	}
	for streamgroup.Sleep(ctx, rt.cfg.TrimInterval) {
		for _, st := range rt.stages {
			for _, s := range Streams(rt.keys, rt.cfg.Partitions, st.h.Name()) {
				if _, err := streamgroup.Trim(ctx, rt.client, s); err != nil && ctx.Err() == nil {
					rt.outage.Down(ctx, "trim "+s, err)
				}
				if rt.cfg.ConsumerExpiry > 0 {
					if _, err := streamgroup.ExpireConsumers(ctx, rt.client, s, st.h.Name(), rt.cfg.ConsumerExpiry); err != nil && ctx.Err() == nil {
						rt.outage.Down(ctx, "expire consumers "+s, err)
					}
				}
			}
		}
	}
}

// stage is one stage's consumers in this process: a group membership and a
// fixed pool of runners; sem holds one token per entry taken.
type stage struct {
	rt      *Runtime
	h       Handler
	group   *streamgroup.Group
	sem     chan struct{}
	mu      sync.Mutex
	freed   chan struct{} // closed (and replaced) when a slot is released and someone waits
	waiters int           // readers waiting on freed; guarded by mu
	jobs    chan streamgroup.Entry
	running sync.WaitGroup // entries taken and not finished
	log     *slog.Logger
}

func (s *stage) first() bool { return s.h.Name() == events.Stages[0] }

// gatherWait bounds how long a reader waits for more free slots before it
// reads for the few it has.
const gatherWait = 500 * time.Microsecond

// Free waits until a slot is free and says how many are. Under load, slots
// free one by one and a read for each would cost Redis an XREADGROUP per
// entry or two: it first waits up to gatherWait for a quarter of them (an
// idle stage has them all free and reads at once).
func (s *stage) Free(ctx context.Context) int {
	n := s.waitFree(ctx, 1, nil)
	if want := cap(s.sem) / 4; n > 0 && n < want {
		t := time.NewTimer(gatherWait)
		if m := s.waitFree(ctx, want, t.C); m > 0 {
			n = m
		}
		t.Stop()
	}
	if ctx.Err() != nil {
		return 0
	}
	return max(n, 1)
}

// Reserve takes up to max free slots, waiting for at least one.
func (s *stage) Reserve(ctx context.Context, max int) int {
	if s.Free(ctx) == 0 {
		return 0
	}
	if n := s.TryReserve(max); n > 0 {
		return n
	}
	if ctx.Err() != nil {
		return 0
	}
	return s.Reserve(ctx, max) // another reader took the free slots
}

// TryReserve takes up to max free slots without waiting.
func (s *stage) TryReserve(max int) int {
	n := 0
	for n < max {
		select {
		case s.sem <- struct{}{}:
			n++
			continue
		default:
		}
		break
	}
	return n
}

// Unreserve frees n slots.
func (s *stage) Unreserve(n int) {
	for i := 0; i < n; i++ {
		s.release()
	}
}

// waitFree waits until at least want slots are free, ctx ends (0) or
// timeout fires (0; nil: never), and returns how many are free.
func (s *stage) waitFree(ctx context.Context, want int, timeout <-chan time.Time) int {
	for {
		// Look and sign up as a waiter under the lock, so a release in
		// between is seen.
		s.mu.Lock()
		if n := cap(s.sem) - len(s.sem); n >= want {
			s.mu.Unlock()
			return n
		}
		s.waiters++
		freed := s.freed
		s.mu.Unlock()
		select {
		case <-freed:
		case <-timeout:
			return 0
		case <-ctx.Done():
			return 0
		}
	}
}

// release frees one slot and wakes every reader waiting in waitFree:
// readers and reclaimers wait together, and a single wake-up could go to one
// that then finds nothing to read while the others sleep on.
func (s *stage) release() {
	<-s.sem
	s.mu.Lock()
	if s.waiters > 0 {
		close(s.freed)
		s.freed = make(chan struct{})
		s.waiters = 0
	}
	s.mu.Unlock()
}

// enqueue hands an entry (holding a reserved slot) to the runners; the
// jobs channel has room for every slot, so it never blocks.
func (s *stage) enqueue(_ context.Context, e streamgroup.Entry) {
	s.running.Add(1)
	s.jobs <- e
}

// runner is one of the stage's long-lived workers: a fixed pool instead of a
// goroutine per entry, whose stack would grow anew for every run.
func (s *stage) runner() {
	for e := range s.jobs {
		s.process(s.rt.workCtx, e)
		s.group.Finish(e)
		s.release()
		s.running.Done()
	}
}

func (s *stage) ack(ctx context.Context, e streamgroup.Entry) error {
	c := s.rt.client
	if err := c.Do(ctx, c.B().Xack().Key(e.Stream).Group(s.h.Name()).Id(e.ID).Build()).Error(); err != nil {
		return fmt.Errorf("ack %s %s: %w", e.Stream, e.ID, err)
	}
	return nil
}

// DLQ entry fields added to the original ones.
const (
	DLQReason  = "dlq.reason"
	DLQStream  = "dlq.stream"
	DLQID      = "dlq.id"
	DLQStage   = "dlq.stage"
	DLQTime    = "dlq.time"
	DLQAttempt = "dlq.attempt"
)

func newToken() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
