// Package streamgroup is docpipe's one consumer-group engine over Redis
// Streams, used by the stage runtime and by the ClickHouse sink alike:
// group creation, a consumer's own pending entries first, reads bounded by
// what the consumer can start, entries that wait for a free worker kept
// fresh, reclaiming of idle entries with their true delivery counts,
// trimming, and the expiry of consumers that left.
//
// Its life, for each stream (or all streams in one read on a single Redis):
//
//	ensure group ─► own pending (id 0) ─► read ">" ◄──────────────┐
//	                      ▲                 │ surplus: held, kept fresh
//	      after an outage │                 ▼                     │
//	      and every Rescan└──── deliver ─► consumer ─► Finish ────┘
//	reclaimer: XAUTOCLAIM entries idle > ClaimIdle ─► deliver
package streamgroup

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/redis/rueidis"
)

// Entry is one stream entry delivered to a consumer.
type Entry struct {
	Stream string
	ID     string
	// Fields is nil when the entry was deleted (trimmed, XDEL) while it was
	// pending: the consumer only acknowledges it.
	Fields map[string]string
	// Deliveries is how often the group has delivered the entry, this time
	// included.
	Deliveries int64
}

// Capacity is how many entries a consumer can start now. A blocking read
// asks for no more entries than are free, without holding them while it
// blocks (a reader waiting on a quiet stream must not starve the others);
// what it brings beyond what it can then reserve is held by the engine and
// kept fresh, so no entry waits delivered and unattended.
type Capacity interface {
	// Free waits until at least one entry could be taken and says how many;
	// it returns 0 when ctx ended.
	Free(ctx context.Context) int
	// Reserve waits until at least one entry can be taken and reserves up
	// to max of them; it returns 0 when ctx ended.
	Reserve(ctx context.Context, max int) int
	// TryReserve reserves up to n entries without waiting.
	TryReserve(n int) int
	// Unreserve gives back n reservations that a read did not fill.
	Unreserve(n int)
}

// Consumer receives entries. Each delivered entry holds one reservation;
// the consumer frees it (Capacity's own business) and calls Group.Finish
// when it is done with the entry, acknowledged or not.
type Consumer func(ctx context.Context, e Entry)

// Config configures a Group. Zero values mean the documented defaults.
type Config struct {
	Client   rueidis.Client
	Group    string
	Consumer string
	Streams  []string
	// Together reads every stream in one XREADGROUP (one reader), which a
	// single Redis allows; on a cluster each stream has a reader of its own.
	Together bool
	// Block is the XREADGROUP BLOCK time (default 2s).
	Block time.Duration
	// ReadCount caps the entries of one read (default 1000).
	ReadCount int
	// ClaimIdle is how long an entry must sit unacknowledged before any
	// consumer of the group may take it over (default 1m).
	ClaimIdle time.Duration
	// Rescan is how often this consumer's own pending entries that are not
	// in its hands (a run that gave up, a Redis that restarted) are read
	// again (default 5s); an outage's end rescans at once.
	Rescan time.Duration
	// StartID is the id a newly created group starts at (default "0").
	StartID string
	Log     *slog.Logger
	// Outage, shared by every group of a process, logs a lost Redis once
	// and its return once (default: one per Group).
	Outage *Outage
}

func (c *Config) defaults() {
	if c.Block <= 0 {
		c.Block = 2 * time.Second
	}
	if c.ReadCount <= 0 {
		c.ReadCount = 1000
	}
	if c.ClaimIdle <= 0 {
		c.ClaimIdle = time.Minute
	}
	if c.Rescan <= 0 {
		c.Rescan = 5 * time.Second
	}
	if c.StartID == "" {
		c.StartID = "0"
	}
	if c.Log == nil {
		c.Log = slog.Default()
	}
	if c.Outage == nil {
		c.Outage = NewOutage(c.Log)
	}
}

// Group is one consumer's membership in a consumer group over some streams.
type Group struct {
	cfg Config
	cap Capacity
	fn  Consumer

	mu       sync.Mutex
	inflight map[entryRef]bool // delivered and not finished
	held     []Entry           // read beyond a reservation; delivered first, kept fresh
	rescan   chan struct{}     // closed to ask the readers for a rescan
}

// New returns a group; Run starts it.
func New(cfg Config, cap Capacity, fn Consumer) *Group {
	cfg.defaults()
	return &Group{cfg: cfg, cap: cap, fn: fn, inflight: map[entryRef]bool{}, rescan: make(chan struct{})}
}

// entryRef names an entry of one of the group's streams.
type entryRef struct{ stream, id string }

func ref(stream, id string) entryRef { return entryRef{stream, id} }

// Finish tells the group the consumer is done with e (acknowledged, left
// pending for a retry, or dead-lettered): a rescan may deliver it again if
// it is still pending.
func (g *Group) Finish(e Entry) {
	g.mu.Lock()
	delete(g.inflight, ref(e.Stream, e.ID))
	g.mu.Unlock()
}

// Run creates the group on every stream (retrying while Redis is not
// ready) and reads until ctx ends; it returns once every reader has stopped
// (the consumer may still hold delivered entries).
func (g *Group) Run(ctx context.Context) {
	for _, s := range g.cfg.Streams {
		for {
			err := Ensure(ctx, g.cfg.Client, s, g.cfg.Group, g.cfg.StartID)
			if err == nil {
				break
			}
			g.cfg.Outage.Down(ctx, "create group "+g.cfg.Group, err)
			if !Sleep(ctx, 500*time.Millisecond) {
				return
			}
		}
	}
	var wg sync.WaitGroup
	goRun := func(f func()) {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	if g.cfg.Together {
		goRun(func() { g.read(ctx, g.cfg.Streams) })
	} else {
		for _, s := range g.cfg.Streams {
			goRun(func() { g.read(ctx, []string{s}) })
		}
	}
	for _, s := range g.cfg.Streams {
		goRun(func() { g.reclaim(ctx, s) })
	}
	goRun(func() { g.keepFresh(ctx) })
	goRun(func() { g.rescanEvery(ctx) })
	wg.Wait()
}

// Ensure creates group on stream (with MKSTREAM) starting at id; an existing
// group is fine.
func Ensure(ctx context.Context, c rueidis.Client, stream, group, id string) error {
	err := c.Do(ctx, c.B().XgroupCreate().Key(stream).Group(group).Id(id).Mkstream().Build()).Error()
	if err == nil || rueidis.IsRedisBusyGroup(err) {
		return nil
	}
	// A full Redis refuses XGROUP CREATE (OOM) even for a group that is
	// there: what matters is that it exists.
	if groups, e := c.Do(ctx, c.B().XinfoGroups().Key(stream).Build()).ToArray(); e == nil {
		for _, g := range groups {
			if info, e := g.AsMap(); e == nil {
				nm := info["name"]
				if name, _ := nm.ToString(); name == group {
					return nil
				}
			}
		}
	}
	return fmt.Errorf("create group %s on %s: %w", group, stream, err)
}

// read is one reader: the consumer's own pending entries first (left by an
// earlier life of the same name), then new ones, each read asking for no
// more entries than the consumer reserved.
func (g *Group) read(ctx context.Context, streams []string) {
	c := g.cfg.Client
	ids := make([]string, len(streams))
	for i := range ids {
		ids[i] = ">"
	}
	own := true
	for ctx.Err() == nil {
		if own {
			if !g.readOwn(ctx, streams) {
				continue
			}
			own = false
		}
		if g.deliverHeld(ctx) {
			continue
		}
		g.mu.Lock()
		rescan := g.rescan
		g.mu.Unlock()
		n := min(g.cap.Free(ctx), g.cfg.ReadCount)
		if n == 0 {
			return
		}
		res, err := c.Do(ctx, c.B().Xreadgroup().Group(g.cfg.Group, g.cfg.Consumer).Count(int64(n)).
			Block(g.cfg.Block.Milliseconds()).Streams().Key(streams...).Id(ids...).Build()).AsXRead()
		if err != nil && !rueidis.IsRedisNil(err) {
			if ctx.Err() == nil {
				g.failed(ctx, streams, err)
				own = true // an outage may have left entries of ours behind
			}
			continue
		}
		g.cfg.Outage.Up()
		var got []Entry
		for _, s := range streams {
			for _, e := range res[s] {
				got = append(got, Entry{Stream: s, ID: e.ID, Fields: e.FieldValues, Deliveries: 1})
			}
		}
		g.deliver(ctx, got, g.cap.TryReserve(len(got)))
		select {
		case <-rescan:
			own = true
		default:
		}
	}
}

// readOwn delivers this consumer's own pending entries that are not in its
// hands, with their delivery counts; false means try again (an error).
func (g *Group) readOwn(ctx context.Context, streams []string) bool {
	c := g.cfg.Client
	for _, s := range streams {
		cursor := "0"
		for ctx.Err() == nil {
			res, err := c.Do(ctx, c.B().Xreadgroup().Group(g.cfg.Group, g.cfg.Consumer).Count(int64(g.cfg.ReadCount)).
				Streams().Key(s).Id(cursor).Build()).AsXRead()
			if err != nil && !rueidis.IsRedisNil(err) {
				if ctx.Err() == nil {
					g.failed(ctx, []string{s}, err)
				}
				return false
			}
			g.cfg.Outage.Up()
			raw := res[s]
			if len(raw) == 0 {
				break
			}
			cursor = raw[len(raw)-1].ID
			var mine []Entry
			g.mu.Lock()
			for _, e := range raw {
				if !g.inflight[ref(s, e.ID)] {
					mine = append(mine, Entry{Stream: s, ID: e.ID, Fields: e.FieldValues})
				}
			}
			g.mu.Unlock()
			if len(mine) == 0 {
				continue
			}
			if err := g.counts(ctx, s, mine); err != nil {
				g.failed(ctx, []string{s}, err)
				return false
			}
			g.cfg.Log.Info("resuming own pending entries", "stream", s, "group", g.cfg.Group, "count", len(mine))
			if !g.deliverAll(ctx, mine) {
				return true
			}
		}
	}
	return true
}

// deliverAll delivers entries, reserving as it goes; false when ctx ended.
func (g *Group) deliverAll(ctx context.Context, entries []Entry) bool {
	for len(entries) > 0 {
		n := g.cap.Reserve(ctx, len(entries))
		if n == 0 {
			return false
		}
		g.deliver(ctx, entries[:n], n)
		entries = entries[n:]
	}
	return true
}

// deliver hands up to reserved entries to the consumer and holds the rest
// (a read of several streams may bring more than it asked for per stream);
// unfilled reservations go back.
func (g *Group) deliver(ctx context.Context, entries []Entry, reserved int) {
	n := min(len(entries), reserved)
	g.mu.Lock()
	for _, e := range entries {
		g.inflight[ref(e.Stream, e.ID)] = true
	}
	g.held = append(g.held, entries[n:]...)
	g.mu.Unlock()
	if reserved > n {
		g.cap.Unreserve(reserved - n)
	}
	for _, e := range entries[:n] {
		g.fn(ctx, e)
	}
}

// deliverHeld hands held entries on as reservations allow; false when none
// are held.
func (g *Group) deliverHeld(ctx context.Context) bool {
	g.mu.Lock()
	k := len(g.held)
	g.mu.Unlock()
	if k == 0 {
		return false
	}
	n := g.cap.Reserve(ctx, k)
	if n == 0 {
		return true
	}
	g.mu.Lock()
	// Another reader may have delivered some meanwhile: reservations
	// beyond what is left go back.
	take := min(n, len(g.held))
	batch := append([]Entry(nil), g.held[:take]...)
	g.held = g.held[take:]
	g.mu.Unlock()
	if n > take {
		g.cap.Unreserve(n - take)
	}
	for _, e := range batch {
		g.fn(ctx, e)
	}
	return true
}

// keepFresh resets the idle time of held entries well before the claim idle
// time (XCLAIM … JUSTID, which does not count a delivery), so that no
// reclaimer takes an entry from under the consumer it waits in.
func (g *Group) keepFresh(ctx context.Context) {
	c := g.cfg.Client
	for Sleep(ctx, g.cfg.ClaimIdle/4) {
		g.mu.Lock()
		by := map[string][]string{}
		for _, e := range g.held {
			by[e.Stream] = append(by[e.Stream], e.ID)
		}
		g.mu.Unlock()
		for s, ids := range by {
			if err := c.Do(ctx, c.B().Xclaim().Key(s).Group(g.cfg.Group).Consumer(g.cfg.Consumer).MinIdleTime("0").
				Id(ids...).Justid().Build()).Error(); err != nil && ctx.Err() == nil {
				g.cfg.Outage.Down(ctx, "keep held entries fresh", err)
			}
		}
	}
}

// Touch resets the idle time of an entry the consumer is working on, so the
// reclaimers of other consumers leave it alone.
func (g *Group) Touch(ctx context.Context, e Entry) error {
	c := g.cfg.Client
	return c.Do(ctx, c.B().Xclaim().Key(e.Stream).Group(g.cfg.Group).Consumer(g.cfg.Consumer).MinIdleTime("0").
		Id(e.ID).Justid().Build()).Error()
}

// rescanEvery asks the readers to read this consumer's own pending entries
// again every Rescan: entries a run gave up on (Redis refused, the lease
// was lost to a restart) are taken up again within seconds, not after the
// claim idle time.
func (g *Group) rescanEvery(ctx context.Context) {
	for Sleep(ctx, g.cfg.Rescan) {
		g.mu.Lock()
		close(g.rescan)
		g.rescan = make(chan struct{})
		g.mu.Unlock()
	}
}

// reclaim takes over entries that any consumer of the group (this one
// too, after a failure) left pending longer than the claim idle time.
func (g *Group) reclaim(ctx context.Context, stream string) {
	c := g.cfg.Client
	idle := strconv.FormatInt(g.cfg.ClaimIdle.Milliseconds(), 10)
	for Sleep(ctx, max(g.cfg.ClaimIdle/4, 50*time.Millisecond)) {
		start := "0-0"
		for ctx.Err() == nil {
			n := g.cap.Reserve(ctx, g.cfg.ReadCount)
			if n == 0 {
				return
			}
			arr, err := c.Do(ctx, c.B().Xautoclaim().Key(stream).Group(g.cfg.Group).Consumer(g.cfg.Consumer).
				MinIdleTime(idle).Start(start).Count(int64(n)).Build()).ToArray()
			if err == nil && len(arr) < 2 {
				err = errors.New("short XAUTOCLAIM reply")
			}
			if err != nil {
				g.cap.Unreserve(n)
				if ctx.Err() == nil {
					g.cfg.Outage.Down(ctx, "reclaim "+stream, err)
				}
				break
			}
			next, _ := arr[0].ToString()
			raw, _ := arr[1].AsXRange()
			var got []Entry
			for _, e := range raw {
				got = append(got, Entry{Stream: stream, ID: e.ID, Fields: e.FieldValues})
			}
			// Redis 7 also names the entries deleted while pending: they
			// are handed on without fields, to be acknowledged.
			if len(arr) > 2 {
				gone, _ := arr[2].AsStrSlice()
				for _, id := range gone {
					got = append(got, Entry{Stream: stream, ID: id})
				}
			}
			if len(got) > 0 {
				if err := g.counts(ctx, stream, got); err != nil {
					g.cfg.Log.Warn("delivery counts of reclaimed entries", "stream", stream, "err", err)
				}
				for _, e := range got {
					g.cfg.Log.Info("reclaimed idle entry", "stream", stream, "group", g.cfg.Group, "id", e.ID, "deliveries", e.Deliveries)
				}
			}
			g.deliver(ctx, got, n)
			if next == "0-0" || next == "" {
				break
			}
			start = next
		}
	}
}

// counts fills the delivery counts of entries of stream, read for exactly
// these ids (one XPENDING each, pipelined): a range read could be crowded
// out by other consumers' entries. An entry no longer pending keeps 1.
func (g *Group) counts(ctx context.Context, stream string, entries []Entry) error {
	c := g.cfg.Client
	cmds := make(rueidis.Commands, len(entries))
	for i, e := range entries {
		cmds[i] = c.B().Xpending().Key(stream).Group(g.cfg.Group).Start(e.ID).End(e.ID).Count(1).Build()
	}
	for i, r := range c.DoMulti(ctx, cmds...) {
		entries[i].Deliveries = 1
		arr, err := r.ToArray()
		if err != nil {
			return fmt.Errorf("xpending %s %s: %w", stream, entries[i].ID, err)
		}
		if len(arr) == 0 {
			continue
		}
		row, err := arr[0].ToArray()
		if err != nil || len(row) < 4 {
			continue
		}
		if n, err := row[3].AsInt64(); err == nil {
			entries[i].Deliveries = n
		}
	}
	return nil
}

// failed reports a failed read, recreates the group when it is gone (the
// stream was deleted, FLUSHALL), and waits a moment.
func (g *Group) failed(ctx context.Context, streams []string, err error) {
	if ErrorCode(err) == "NOGROUP" {
		for _, s := range streams {
			if e := Ensure(ctx, g.cfg.Client, s, g.cfg.Group, g.cfg.StartID); e != nil {
				err = e
			}
		}
	}
	g.cfg.Outage.Down(ctx, "read "+g.cfg.Group, err)
	Sleep(ctx, time.Second)
}

// ErrorCode is the error code of a Redis error reply (its first word:
// "OOM", "NOGROUP", "TRYAGAIN", …), or "" for other errors.
func ErrorCode(err error) string {
	// rueidis.IsRedisErr does not unwrap: the scripts' errors arrive
	// wrapped with the transition's context.
	var re *rueidis.RedisError
	if !errors.As(err, &re) || re == nil || re.IsNil() {
		return ""
	}
	msg := re.Error()
	for i := 0; i < len(msg); i++ {
		if msg[i] == ' ' {
			return msg[:i]
		}
	}
	return msg
}

// Unavailable reports whether err says Redis could not serve the command
// now (out of memory, loading, a failover or slot migration under way, a
// busy script, the connection lost or timed out), as opposed to refusing
// it: such errors are the infrastructure's, never a document's, and are
// retried without counting against the document.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	switch ErrorCode(err) {
	case "OOM", "TRYAGAIN", "LOADING", "MASTERDOWN", "CLUSTERDOWN", "BUSY", "NOREPLICAS", "READONLY", "MISCONF", "NOAUTH":
		return true
	case "":
		// Not a Redis reply: the connection (closed, refused, reset,
		// timed out).
		var ne net.Error
		return errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
			errors.Is(err, rueidis.ErrClosing) || errors.Is(err, syscall.ECONNREFUSED) ||
			errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) || errors.Is(err, context.DeadlineExceeded)
	}
	return false
}

// Outage logs Redis becoming unreachable once and its return once, instead
// of a line per failed call, and tells whether the process is waiting on
// Redis (a gauge for /metrics).
type Outage struct {
	log   *slog.Logger
	down  atomic.Bool
	since atomic.Int64
}

// NewOutage returns an outage tracker logging to log.
func NewOutage(log *slog.Logger) *Outage { return &Outage{log: log} }

// Down records a failed call; the first one after a good one is logged.
func (o *Outage) Down(ctx context.Context, what string, err error) {
	if ctx.Err() != nil {
		return
	}
	if o.down.CompareAndSwap(false, true) {
		o.since.Store(time.Now().UnixMilli())
		o.log.Warn("waiting on Redis: it does not serve our commands; retrying, no document's retries are spent", "during", what, "err", err)
	}
}

// Up records a good call; the first one after a failure is logged.
func (o *Outage) Up() {
	if o.down.CompareAndSwap(true, false) {
		o.log.Info("Redis serves commands again", "after", time.Since(time.UnixMilli(o.since.Load())).Round(time.Millisecond))
	}
}

// Waiting reports whether the last call failed.
func (o *Outage) Waiting() bool { return o.down.Load() }

// Sleep waits d or until ctx ends; it reports whether ctx is still live.
func Sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
