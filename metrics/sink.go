package metrics

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/consumers/streamgroup"
	"github.com/docpipe/docpipe/internal/lograte"
)

// SinkGroup is the consumer group of the records streams.
const SinkGroup = "sink"

// SinkConfig configures a Sink. Zero values mean the documented defaults.
type SinkConfig struct {
	Prefix     string        // key prefix (default "docpipe")
	Partitions int           // number of partitions P, fixed per deployment (required, > 0)
	BatchRows  int           // flush after this many records (default 5000)
	BatchAge   time.Duration // flush a non-empty batch after this long (default 1s)
	BatchBytes int           // flush once the batch's outputs hold this many bytes (default 64 MiB)
	ReadCount  int           // entries per XREADGROUP and XAUTOCLAIM (default 1000)
	Consumer   string        // consumer name in the group (default "<hostname>-<pid>")
	// ClaimIdle is how long an entry must sit unacknowledged in another
	// sink consumer's pending list before this one takes it over (default
	// 1m). It must exceed the longest flush, or a slow live sink's entries
	// get inserted twice (harmless: the tables deduplicate, but wasteful).
	ClaimIdle  time.Duration
	MinBackoff time.Duration // first retry delay after a failure (default 200ms)
	MaxBackoff time.Duration // retry delay cap (default 30s)
}

func (c *SinkConfig) defaults() {
	if c.Prefix == "" {
		c.Prefix = "docpipe"
	}
	if c.BatchRows <= 0 {
		c.BatchRows = 5000
	}
	if c.BatchAge <= 0 {
		c.BatchAge = time.Second
	}
	if c.BatchBytes <= 0 {
		c.BatchBytes = 64 << 20
	}
	if c.ReadCount <= 0 {
		c.ReadCount = 1000
	}
	if c.Consumer == "" {
		host, _ := os.Hostname()
		c.Consumer = host + "-" + strconv.Itoa(os.Getpid())
	}
	if c.ClaimIdle <= 0 {
		c.ClaimIdle = time.Minute
	}
	if c.MinBackoff <= 0 {
		c.MinBackoff = 200 * time.Millisecond
	}
	if c.MaxBackoff <= 0 {
		c.MaxBackoff = 30 * time.Second
	}
	if c.MaxBackoff < c.MinBackoff {
		c.MaxBackoff = c.MinBackoff
	}
}

// Validate reports a configuration the sink cannot run with.
func (c SinkConfig) Validate() error {
	if c.Partitions <= 0 {
		return fmt.Errorf("sink config: partitions must be > 0, got %d", c.Partitions)
	}
	return nil
}

// Sink is the "sink" consumer group of the records streams: it batches run
// records into run_records and the outputs of completed runs into
// stage_outputs and the result tables. It acknowledges an entry only after
// its rows are inserted, so a ClickHouse outage leaves records pending in
// Redis, never lost, and never slows the pipeline, which only XADDs.
type Sink struct {
	client rueidis.Client
	store  *Store
	cfg    SinkConfig
	keys   cachelayer.Keys
	log    *slog.Logger
	limit  *lograte.Limiter

	in     chan entry
	slots  chan struct{} // one per entry read and not yet acknowledged
	groups []*streamgroup.Group

	// beforeAck, when set (tests only), runs between the inserts and the
	// XACK of a flush; an error aborts the flush there, as a crash would.
	beforeAck func() error

	statsMu    sync.Mutex
	stats      SinkStats
	lastHealth string // store health at the last flush attempt, for noteHealth
}

// SinkStats counts what a Sink has done since it started.
type SinkStats struct {
	Flushes       int64 // successful batch inserts
	Records       int64 // records inserted and acknowledged
	Outputs       int64 // stage outputs stored
	MissingOutput int64 // completed records whose output was gone from Redis
	BadRecords    int64 // unparseable entries acknowledged without insert
	BadOutputs    int64 // outputs stored but not decodable into result tables
	InsertErrors  int64 // failed flush attempts (each retried)
	// LargestPart is the most output bytes (decompressed, by the records'
	// sizes) the sink held for one insert: at most a quarter of BatchBytes,
	// or one output larger than that.
	LargestPart int64
}

// entry is one records-stream entry with, for completed runs, its output
// (fetched just before its batch is inserted, so that what the sink holds
// is bounded by its batch, not by the backlog it reads).
type entry struct {
	part   int
	src    streamgroup.Entry
	id     string
	rec    Record
	ok     bool   // rec parsed
	output []byte // nil: not completed, or the output was gone
}

// NewSink returns a sink reading the records streams of cfg.Partitions
// partitions through client and writing to store. Call Run to start it.
func NewSink(client rueidis.Client, store *Store, cfg SinkConfig, log *slog.Logger) *Sink {
	cfg.defaults()
	if log == nil {
		log = slog.Default()
	}
	log = log.With("component", "sink", "group", SinkGroup, "consumer", cfg.Consumer)
	s := &Sink{
		client: client, store: store, cfg: cfg, keys: cachelayer.NewKeys(cfg.Prefix), log: log,
		limit: lograte.New(30 * time.Second),
		in:    make(chan entry, cfg.ReadCount),
		// Entries held unacknowledged: two batches' worth, so the readers
		// fill the next batch while one is inserted.
		slots: make(chan struct{}, 2*cfg.BatchRows),
		// A store that was never ready is degraded: whoever started the
		// sink reported that; the sink reports only changes.
		lastHealth: store.Health().State,
	}
	streams := make([]string, cfg.Partitions)
	for p := range streams {
		streams[p] = s.keys.Records(p)
	}
	s.groups = append(s.groups, streamgroup.New(streamgroup.Config{Client: client, Group: SinkGroup, Consumer: cfg.Consumer,
		Streams: streams, Together: client.Mode() != rueidis.ClientModeCluster, Block: min(cfg.BatchAge, time.Second),
		ReadCount: cfg.ReadCount, ClaimIdle: cfg.ClaimIdle, Log: log}, s, s.receive))
	return s
}

// Free waits until the sink may hold another record and says how many: it
// waits on the slots themselves (taking one and giving it back), not by
// polling.
func (s *Sink) Free(ctx context.Context) int {
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return 0
	}
	n := cap(s.slots) - len(s.slots) + 1
	<-s.slots
	return n
}

// Reserve lets the engine take as many records as the sink may hold.
func (s *Sink) Reserve(ctx context.Context, max int) int {
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return 0
	}
	return 1 + s.TryReserve(max-1)
}

// TryReserve takes up to max slots without waiting.
func (s *Sink) TryReserve(max int) int {
	n := 0
	for n < max {
		select {
		case s.slots <- struct{}{}:
			n++
			continue
		default:
		}
		break
	}
	return n
}

// Unreserve gives back n slots.
func (s *Sink) Unreserve(n int) {
	for i := 0; i < n; i++ {
		<-s.slots
	}
}

// receive takes one record entry from the engine.
func (s *Sink) receive(ctx context.Context, e streamgroup.Entry) {
	p := s.partitionOf(e.Stream)
	select {
	case s.in <- entry{part: p, src: e, id: e.ID}:
	case <-ctx.Done():
		s.done(e)
	}
}

// done frees an entry's slot and tells the engine it is finished with.
func (s *Sink) done(e streamgroup.Entry) {
	s.groups[0].Finish(e)
	s.Unreserve(1)
}

func (s *Sink) partitionOf(stream string) int {
	for p := 0; p < s.cfg.Partitions; p++ {
		if s.keys.Records(p) == stream {
			return p
		}
	}
	return 0
}

// Stats returns a snapshot of the sink's counters.
func (s *Sink) Stats() SinkStats {
	s.statsMu.Lock()
	defer s.statsMu.Unlock()
	return s.stats
}

func (s *Sink) count(f func(*SinkStats)) {
	s.statsMu.Lock()
	f(&s.stats)
	s.statsMu.Unlock()
}

// Run consumes until ctx is done, then inserts and acknowledges what it
// holds (bounded by a short grace period) and returns. Entries it could not
// insert stay pending in Redis for the next start or for another sink.
func (s *Sink) Run(ctx context.Context) error {
	if err := s.cfg.Validate(); err != nil {
		return err
	}
	s.log.Info("sink starting", "partitions", s.cfg.Partitions, "batch_rows", s.cfg.BatchRows, "batch_age", s.cfg.BatchAge)

	// The engine reads the records streams (one XREADGROUP for all on a
	// single Redis, a reader per partition on a cluster, where the streams
	// are in different slots); the sink also trims them.
	var wg sync.WaitGroup
	for _, g := range s.groups {
		wg.Add(1)
		go func() { defer wg.Done(); g.Run(ctx) }()
	}
	wg.Add(1)
	go func() { defer wg.Done(); s.trimLoop(ctx) }()
	readersDone := make(chan struct{})
	go func() { wg.Wait(); close(readersDone) }()

	b := newBatch()
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	// While ClickHouse is not ready, probe it even with nothing to flush,
	// so that the schema is migrated (and the return logged) as soon as it
	// answers, not at the next record.
	probe := time.NewTicker(max(s.cfg.MinBackoff, 2*time.Second))
	defer probe.Stop()
	for {
		if ctx.Err() != nil {
			return s.shutdown(ctx, b, readersDone)
		}
		var timeout <-chan time.Time
		if b.len() > 0 {
			wait := s.cfg.BatchAge - time.Since(b.started)
			if wait < 0 {
				wait = 0
			}
			timer.Reset(wait)
			timeout = timer.C
		}
		select {
		case e := <-s.in:
			s.add(b, e)
			if b.len() >= s.cfg.BatchRows {
				if s.flushRetry(ctx, b) {
					b = newBatch()
				}
			}
		case <-timeout:
			if s.flushRetry(ctx, b) {
				b = newBatch()
			}
		case <-probe.C:
			if s.store.Health().State == HealthDegraded {
				pctx, cancel := context.WithTimeout(ctx, flushTimeout)
				_ = s.ensure(pctx)
				cancel()
				s.noteHealth(b.len())
			}
		case <-ctx.Done():
		}
	}
}

// shutdown takes what the readers already hold and makes one last flush
// with a fresh, bounded context (the caller's is cancelled). What it cannot
// insert stays pending in Redis for the next start or another sink.
func (s *Sink) shutdown(ctx context.Context, b *batch, readersDone <-chan struct{}) error {
drain:
	for {
		select {
		case e := <-s.in:
			s.add(b, e)
		case <-readersDone:
			break drain
		}
	}
	for len(s.in) > 0 {
		s.add(b, <-s.in)
	}
	if b.len() > 0 {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := s.flush(fctx, b); err != nil {
			s.log.Warn("sink final flush failed; entries stay pending", "records", b.len(), "err", err)
		}
	}
	s.log.Info("sink stopped")
	return nil
}

// batch is what the sink inserts in one go. seen drops copies of an entry
// that a claim delivered again while it was waiting in this batch.
type batch struct {
	entries []entry
	seen    map[string]bool
	started time.Time
}

func newBatch() *batch { return &batch{seen: map[string]bool{}} }

func (b *batch) len() int { return len(b.entries) }

// add puts a read entry into b, unless b has it already.
func (s *Sink) add(b *batch, e entry) {
	id := RecordID(e.part, e.id)
	if b.seen[id] {
		s.done(e.src)
		return
	}
	if len(b.entries) == 0 {
		b.started = time.Now()
	}
	b.seen[id] = true
	b.entries = append(b.entries, e)
}

// flushTimeout bounds one flush attempt.
const flushTimeout = 30 * time.Second

// flushRetry inserts and acknowledges b, retrying with capped exponential
// backoff until it succeeds (true) or ctx ends (false). While it retries, the
// readers block on the full channel: the sink stops reading, and the records
// wait in Redis. Before each attempt the store is ensured (database created,
// migrated, verified: a no-op once done); an insert that finds a table or
// the database gone makes the next attempt migrate again, at once.
func (s *Sink) flushRetry(ctx context.Context, b *batch) bool {
	if b.len() == 0 {
		return true
	}
	backoff := s.cfg.MinBackoff
	repaired := false
	for {
		// A bounded attempt: an insert that hangs (a server that stopped
		// answering mid-block) must become an error and a retry.
		fctx, cancel := context.WithTimeout(ctx, flushTimeout)
		err := s.ensure(fctx)
		if err == nil {
			err = s.flush(fctx, b)
		}
		cancel()
		var ex *clickhouse.Exception
		if err != nil && errors.As(err, &ex) && !repaired {
			// The server refused the insert: verify the schema at once
			// (Observe made the next Ensure do it), repairing a missing
			// table or database, or reporting one it cannot repair.
			// Once per failure streak: a table that is gone again right
			// after its repair backs off like any other failure.
			repaired = true
			if IsMissingSchema(err) {
				s.log.Warn("clickhouse table or database missing; running the migrations to recreate it", "err", err)
			}
			continue
		}
		s.noteHealth(b.len())
		if err == nil {
			return true
		}
		repaired = false
		s.count(func(st *SinkStats) { st.InsertErrors++ })
		s.limit.Log(ctx, s.log, slog.LevelDebug, "flush", "sink flush failed; records stay pending, retrying",
			"records", b.len(), "backoff", backoff, "err", err)
		select {
		case <-ctx.Done():
			return false // Run's shutdown makes the last attempt
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, s.cfg.MaxBackoff)
	}
}

// ensure makes the store ready (Store.Ensure) and logs what a migration did.
func (s *Sink) ensure(ctx context.Context) error {
	rep, err := s.store.Ensure(ctx)
	if len(rep.Applied) > 0 || len(rep.Repaired) > 0 {
		s.log.Info("clickhouse schema migrated", "database", s.store.Database(), "applied", rep.Applied, "recreated", rep.Repaired)
	}
	return err
}

// noteHealth logs the store's health when it changed since the last flush
// attempt: one line when ClickHouse goes away (or its schema breaks), one
// when it is back, instead of a warning per retry.
func (s *Sink) noteHealth(records int) {
	h := s.store.Health()
	s.statsMu.Lock()
	prev := s.lastHealth
	s.lastHealth = h.State
	s.statsMu.Unlock()
	if h.State == prev {
		return
	}
	switch h.State {
	case HealthOK:
		s.log.Info("clickhouse available: records drain from Redis again", "database", s.store.Database())
	case HealthDegraded:
		s.log.Warn("clickhouse unavailable: records wait in Redis and drain when it answers", "records", records, "err", h.Error)
	case HealthBroken:
		s.log.Error("clickhouse schema cannot be repaired: records wait in Redis until it is fixed", "err", h.Error)
	}
}

// flush inserts the rows of b into every table, then XACKs its entries,
// in parts whose stage outputs stay within the batch's bytes (see load):
// outputs are fetched from Redis just before their part is inserted. Every table
// deduplicates by key, so repeating a flush that failed halfway (or one
// whose XACK was lost) only repeats rows that collapse.
func (s *Sink) flush(ctx context.Context, b *batch) error {
	for b.len() > 0 {
		n, err := s.load(ctx, b.entries)
		if err != nil {
			return err
		}
		part := &batch{entries: b.entries[:n]}
		err = s.flushPart(ctx, part)
		// Outputs are dropped once their part is inserted (or fetched
		// again on a retry): the batch's array would keep them alive.
		for i := range part.entries {
			part.entries[i].output = nil
		}
		if err != nil {
			return err
		}
		b.entries = b.entries[n:]
	}
	return nil
}

// load parses the records of entries and fetches the outputs of completed
// runs for as many of them as fit in a part (at least one), and returns how
// many it prepared. A part's outputs, decompressed, total at most a quarter
// of BatchBytes by their records' sizes: while they are inserted they are
// held about four times over (the cached bytes, the decompressed JSON, the
// decoded rows and the driver's column buffers), so the sink's memory stays
// near BatchBytes however large its backlog is.
func (s *Sink) load(ctx context.Context, entries []entry) (int, error) {
	var gets rueidis.Commands
	var take []int
	budget := int64(s.cfg.BatchBytes / 4)
	var held int64
	n := len(entries)
	for i := range entries {
		e := &entries[i]
		if !e.ok && e.src.Fields != nil {
			rec, err := ParseRecord(e.src.Fields)
			if err != nil {
				s.count(func(st *SinkStats) { st.BadRecords++ })
				s.limit.Log(ctx, s.log, slog.LevelWarn, "badrecord", "malformed run record; acknowledging without insert",
					"stream", e.src.Stream, "id", e.id, "err", err)
				e.src.Fields = nil
			} else {
				e.rec, e.ok = rec, true
			}
		}
		if !e.ok || e.rec.Outcome != OutcomeCompleted || e.rec.Key == "" || e.output != nil {
			continue
		}
		size := max(e.rec.BytesOut, e.rec.CompressedOut)
		if size == 0 {
			size = budget // a record without sizes gets a part of its own
		}
		if len(take) > 0 && held+size > budget {
			n = i // this entry and the rest wait for the next part
			break
		}
		held += size
		take = append(take, i)
		gets = append(gets, s.client.B().Get().Key(s.keys.Output(e.part, e.rec.Stage, e.rec.Key)).Build())
	}
	if len(gets) == 0 {
		return n, nil
	}
	for j, r := range s.client.DoMulti(ctx, gets...) {
		e := &entries[take[j]]
		b, err := r.AsBytes()
		if rueidis.IsRedisNil(err) {
			// Expired or evicted before the sink got to it (a long outage
			// beyond the TTL): the run row is still written.
			s.count(func(st *SinkStats) { st.MissingOutput++ })
			s.limit.Log(ctx, s.log, slog.LevelWarn, "missing", "stage output gone from Redis; run stored without results",
				"stage", e.rec.Stage, "doc", e.rec.Doc, "key", e.rec.Key)
			e.output = []byte{}
			continue
		}
		if err != nil {
			return 0, fmt.Errorf("get outputs: %w", err)
		}
		e.output = b
	}
	s.count(func(st *SinkStats) { st.LargestPart = max(st.LargestPart, held) })
	return n, nil
}

// flushPart inserts one part of a batch, its outputs loaded, and acks it.
func (s *Sink) flushPart(ctx context.Context, b *batch) error {
	if b.len() == 0 {
		return nil
	}
	rs := rowSet{}
	var outputs, bad int64
	for i := range b.entries {
		e := &b.entries[i]
		if !e.ok {
			continue
		}
		rs.addRun(e.part, e.id, &e.rec)
		if len(e.output) > 0 {
			outputs++
			if err := rs.addOutput(&e.rec, e.output); err != nil {
				bad++
				s.limit.Log(ctx, s.log, slog.LevelWarn, "decode", "stage output not decodable; stored without result rows",
					"stage", e.rec.Stage, "doc", e.rec.Doc, "key", e.rec.Key, "err", err)
			}
		}
	}
	err := s.store.insert(ctx, rs)
	s.store.Observe(err)
	if err != nil {
		return err
	}
	if s.beforeAck != nil {
		if err := s.beforeAck(); err != nil {
			return err
		}
	}
	if err := s.ack(ctx, b); err != nil {
		return err
	}
	s.count(func(st *SinkStats) {
		st.Flushes++
		st.Records += int64(b.len())
		st.Outputs += outputs
		st.BadOutputs += bad
	})
	return nil
}

func (s *Sink) ack(ctx context.Context, b *batch) error {
	ids := map[int][]string{}
	for _, e := range b.entries {
		ids[e.part] = append(ids[e.part], e.id)
	}
	cmds := make(rueidis.Commands, 0, len(ids))
	for p, list := range ids {
		cmds = append(cmds, s.client.B().Xack().Key(s.keys.Records(p)).Group(SinkGroup).Id(list...).Build())
	}
	for _, r := range s.client.DoMulti(ctx, cmds...) {
		if err := r.Error(); err != nil {
			return fmt.Errorf("xack records: %w", err)
		}
	}
	for _, e := range b.entries {
		s.done(e.src)
	}
	return nil
}

// trimLoop trims the records streams below what the sink has acknowledged
// (the sink is their only group) every 30 s.
func (s *Sink) trimLoop(ctx context.Context) {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		for p := 0; p < s.cfg.Partitions; p++ {
			if _, err := streamgroup.Trim(ctx, s.client, s.keys.Records(p)); err != nil && ctx.Err() == nil {
				s.limit.Log(ctx, s.log, slog.LevelWarn, "trim", "trim records", "stream", s.keys.Records(p), "err", err)
			}
		}
	}
}

// insert writes every non-empty table of rs, one batch insert per table.
func (st *Store) insert(ctx context.Context, rs rowSet) error {
	for _, t := range insertOrder {
		rows := rs[t.name]
		if len(rows) == 0 {
			continue
		}
		if err := st.insertRows(ctx, t, rows); err != nil {
			return err
		}
	}
	return nil
}

func (st *Store) insertRows(ctx context.Context, t table, rows [][]any) error {
	b, err := st.conn.PrepareBatch(ctx, "INSERT INTO "+t.name+" ("+t.cols+")")
	if err != nil {
		return fmt.Errorf("insert %s: prepare: %w", t.name, err)
	}
	defer b.Close()
	for _, row := range rows {
		if err := b.Append(row...); err != nil {
			return fmt.Errorf("insert %s: append: %w", t.name, err)
		}
	}
	if err := b.Send(); err != nil {
		return fmt.Errorf("insert %s: send: %w", t.name, err)
	}
	return nil
}

// Health is the sink's readiness: the health of its store (Store.Health).
// A degraded or broken sink keeps records in Redis; the replica's stages
// are unaffected, so /readyz reports it as the sink's state, not as a dead
// replica.
func (s *Sink) Health() Health { return s.store.Health() }
