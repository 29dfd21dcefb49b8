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
// records into stage_runs and the outputs of completed runs into
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

	in chan readBatch

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
}

// entry is one records-stream entry with, for completed runs, its output.
type entry struct {
	part   int
	id     string
	rec    Record
	ok     bool   // rec parsed
	output []byte // nil: not completed, or the output was gone
}

type readBatch struct {
	part    int
	entries []entry
}

// NewSink returns a sink reading the records streams of cfg.Partitions
// partitions through client and writing to store. Call Run to start it.
func NewSink(client rueidis.Client, store *Store, cfg SinkConfig, log *slog.Logger) *Sink {
	cfg.defaults()
	if log == nil {
		log = slog.Default()
	}
	log = log.With("component", "sink", "group", SinkGroup, "consumer", cfg.Consumer)
	return &Sink{
		client: client, store: store, cfg: cfg, keys: cachelayer.NewKeys(cfg.Prefix), log: log,
		limit: lograte.New(30 * time.Second),
		in:    make(chan readBatch, cfg.Partitions),
		// A store that was never ready is degraded: whoever started the
		// sink reported that; the sink reports only changes.
		lastHealth: store.Health().State,
	}
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

	// One reader per partition: the streams carry different hash tags, so on
	// a Redis Cluster one XREADGROUP over all of them would be CROSSSLOT.
	var wg sync.WaitGroup
	for p := 0; p < s.cfg.Partitions; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			s.reader(ctx, p)
		}(p)
	}
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
		case rb := <-s.in:
			b.add(rb)
			if b.len() >= s.cfg.BatchRows || b.bytes >= s.cfg.BatchBytes {
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
		case rb := <-s.in:
			b.add(rb)
		case <-readersDone:
			break drain
		}
	}
	for len(s.in) > 0 {
		b.add(<-s.in)
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
	bytes   int
	started time.Time
}

func newBatch() *batch { return &batch{seen: map[string]bool{}} }

func (b *batch) len() int { return len(b.entries) }

func (b *batch) add(rb readBatch) {
	for _, e := range rb.entries {
		id := RecordID(e.part, e.id)
		if b.seen[id] {
			continue
		}
		if len(b.entries) == 0 {
			b.started = time.Now()
		}
		b.seen[id] = true
		b.entries = append(b.entries, e)
		b.bytes += len(e.output)
	}
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

// flush inserts the rows of b into every table, then XACKs its entries.
// Every table deduplicates by key, so repeating a flush that failed halfway
// (or one whose XACK was lost) only repeats rows that collapse.
func (s *Sink) flush(ctx context.Context, b *batch) error {
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
		if e.output != nil {
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
	return nil
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

// reader feeds partition p's records to the batcher: first the entries
// already delivered to this consumer (a previous run's unacknowledged work),
// then new entries, and every ClaimIdle/2 the entries that dead sink
// consumers left pending.
func (s *Sink) reader(ctx context.Context, p int) {
	key := s.keys.Records(p)
	log := s.log.With("stream", key, "partition", p)
	backoff := s.cfg.MinBackoff
	fail := func(what string, err error) bool {
		s.limit.Log(ctx, s.log, slog.LevelWarn, what+key, "sink "+what+" failed; retrying", "stream", key, "backoff", backoff, "err", err)
		select {
		case <-ctx.Done():
			return false
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, s.cfg.MaxBackoff)
		return true
	}

	// The group must exist before anything else; a stream not written yet
	// is created empty (MKSTREAM) so the group can be attached to it.
	for {
		err := s.ensureGroup(ctx, key)
		if err == nil {
			break
		}
		if !fail("create group", err) {
			return
		}
	}

	// Own pending entries: reading with an id instead of ">" returns this
	// consumer's PEL from that id on, without delivering anything new.
	cursor := "0-0"
	for ctx.Err() == nil {
		entries, err := s.readGroup(ctx, p, key, cursor, 0)
		if err != nil {
			if !fail("read pending", err) {
				return
			}
			continue
		}
		if len(entries) == 0 {
			break
		}
		cursor = entries[len(entries)-1].id
		if !s.send(ctx, p, entries) {
			return
		}
	}
	log.Debug("sink pending entries handled")

	lastClaim := time.Time{}
	block := s.cfg.BatchAge
	if block > time.Second || block < 10*time.Millisecond {
		block = time.Second
	}
	for ctx.Err() == nil {
		if time.Since(lastClaim) >= s.cfg.ClaimIdle/2 {
			if err := s.claim(ctx, p, key); err != nil {
				if !fail("claim", err) {
					return
				}
				continue
			}
			lastClaim = time.Now()
		}
		entries, err := s.readGroup(ctx, p, key, ">", block)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			// The group may be gone (stream deleted, FLUSHALL): recreate.
			if !fail("read", err) {
				return
			}
			_ = s.ensureGroup(ctx, key)
			continue
		}
		backoff = s.cfg.MinBackoff
		if len(entries) > 0 && !s.send(ctx, p, entries) {
			return
		}
	}
}

func (s *Sink) send(ctx context.Context, p int, entries []entry) bool {
	select {
	case s.in <- readBatch{part: p, entries: entries}:
		return true
	case <-ctx.Done():
		return false
	}
}

func (s *Sink) ensureGroup(ctx context.Context, key string) error {
	// Start at 0: records written before the first sink started are kept.
	err := s.client.Do(ctx, s.client.B().XgroupCreate().Key(key).Group(SinkGroup).Id("0").Mkstream().Build()).Error()
	if err != nil && !rueidis.IsRedisBusyGroup(err) {
		return fmt.Errorf("xgroup create %s: %w", key, err)
	}
	return nil
}

// readGroup runs XREADGROUP for one stream; block 0 means do not block.
func (s *Sink) readGroup(ctx context.Context, p int, key, id string, block time.Duration) ([]entry, error) {
	cmd := s.client.B().Xreadgroup().Group(SinkGroup, s.cfg.Consumer).Count(int64(s.cfg.ReadCount))
	var res rueidis.RedisResult
	if block > 0 {
		res = s.client.Do(ctx, cmd.Block(block.Milliseconds()).Streams().Key(key).Id(id).Build())
	} else {
		res = s.client.Do(ctx, cmd.Streams().Key(key).Id(id).Build())
	}
	streams, err := res.AsXRead()
	if rueidis.IsRedisNil(err) {
		return nil, nil // BLOCK timed out
	}
	if err != nil {
		return nil, fmt.Errorf("xreadgroup %s: %w", key, err)
	}
	return s.entries(ctx, p, streams[key])
}

// claim takes over entries idle longer than ClaimIdle in any sink
// consumer's pending list, walking the PEL with XAUTOCLAIM's cursor.
func (s *Sink) claim(ctx context.Context, p int, key string) error {
	cursor := "0-0"
	for ctx.Err() == nil {
		res := s.client.Do(ctx, s.client.B().Xautoclaim().Key(key).Group(SinkGroup).Consumer(s.cfg.Consumer).
			MinIdleTime(strconv.FormatInt(s.cfg.ClaimIdle.Milliseconds(), 10)).Start(cursor).
			Count(int64(s.cfg.ReadCount)).Build())
		arr, err := res.ToArray()
		if err != nil {
			return fmt.Errorf("xautoclaim %s: %w", key, err)
		}
		if len(arr) < 2 {
			return fmt.Errorf("xautoclaim %s: short reply", key)
		}
		next, err := arr[0].ToString()
		if err != nil {
			return fmt.Errorf("xautoclaim %s: %w", key, err)
		}
		raw, err := arr[1].AsXRange()
		if err != nil {
			return fmt.Errorf("xautoclaim %s: %w", key, err)
		}
		if len(raw) > 0 {
			entries, err := s.entries(ctx, p, raw)
			if err != nil {
				return err
			}
			s.log.Info("sink claimed idle records", "stream", key, "count", len(entries))
			if !s.send(ctx, p, entries) {
				return nil
			}
		}
		if next == "0-0" {
			return nil
		}
		cursor = next
	}
	return nil
}

// entries parses stream entries and fetches the outputs of completed runs
// in one pipeline. A deleted entry (nil fields) or a malformed one still
// becomes an entry, so that it is acknowledged instead of redelivered forever.
func (s *Sink) entries(ctx context.Context, p int, raw []rueidis.XRangeEntry) ([]entry, error) {
	out := make([]entry, len(raw))
	var gets rueidis.Commands
	var want []int
	for i, r := range raw {
		out[i] = entry{part: p, id: r.ID}
		if r.FieldValues == nil {
			continue
		}
		rec, err := ParseRecord(r.FieldValues)
		if err != nil {
			s.count(func(st *SinkStats) { st.BadRecords++ })
			s.limit.Log(ctx, s.log, slog.LevelWarn, "badrecord", "malformed run record; acknowledging without insert",
				"stream", s.keys.Records(p), "id", r.ID, "err", err)
			continue
		}
		out[i].rec, out[i].ok = rec, true
		if rec.Outcome == OutcomeCompleted && rec.Key != "" {
			gets = append(gets, s.client.B().Get().Key(s.keys.Output(p, rec.Stage, rec.Key)).Build())
			want = append(want, i)
		}
	}
	if len(gets) == 0 {
		return out, nil
	}
	for j, r := range s.client.DoMulti(ctx, gets...) {
		e := &out[want[j]]
		b, err := r.AsBytes()
		if rueidis.IsRedisNil(err) {
			// Expired or evicted before the sink got to it (a long outage
			// beyond the TTL): the run row is still written.
			s.count(func(st *SinkStats) { st.MissingOutput++ })
			s.limit.Log(ctx, s.log, slog.LevelWarn, "missing", "stage output gone from Redis; run stored without results",
				"stage", e.rec.Stage, "doc", e.rec.Doc, "key", e.rec.Key)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("get outputs: %w", err)
		}
		e.output = b
	}
	return out, nil
}

// Health is the sink's readiness: the health of its store (Store.Health).
// A degraded or broken sink keeps records in Redis; the replica's stages
// are unaffected, so /readyz reports it as the sink's state, not as a dead
// replica.
func (s *Sink) Health() Health { return s.store.Health() }
