package consumers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/sourcefile"
	"github.com/docpipe/docpipe/metrics"
	"github.com/docpipe/docpipe/stages"
)

// entry is one stream entry handed to a worker.
type entry struct {
	stream  string
	id      string
	fields  map[string]string
	attempt int64
}

// run is the state of one stage run of one entry. The steps follow
// DESIGN.md's "One stage run": decode, skip check + lock + input (one script),
// compute with a renewed lease, commit (one script), or fail.
type run struct {
	w     *worker
	e     entry
	start time.Time
	r     cachelayer.Run
	next  events.Event
	rec   metrics.Record
	token string
}

// log is the run's logger, built only when a run has something to say: a
// logger With attributes costs more than a whole no-op stage run.
func (ru *run) log() *slog.Logger {
	l := ru.w.log.With("stream", ru.e.stream, "id", ru.e.id)
	if ru.r.Doc != "" {
		l = l.With("doc", ru.r.Doc)
	}
	return l
}

// process runs one entry to its end: committed, skipped, busy (left pending),
// failed (left pending for a retry) or dead (in the DLQ).
func (w *worker) process(ctx context.Context, e entry) {
	ru := &run{w: w, e: e, start: time.Now()}
	if len(e.fields) == 0 {
		// The entry was deleted (trimmed or XDEL) while pending: nothing to do.
		w.ack(ctx, e)
		return
	}
	if err := ru.prepare(); err != nil {
		ru.dead(ctx, err)
		return
	}
	var source []byte
	if w.first() {
		var err error
		source, err = ru.readSource()
		if err != nil {
			ru.fail(ctx, err)
			return
		}
		ru.r.InKey = sourceKey(source, ru.r.Version)
	}
	ru.r.OutKey = outputKey(w.h.Name(), w.h.Fingerprint(), ru.r.InKey, ru.salt())
	ru.next.Key = ru.r.OutKey

	ru.token = newToken()
	lockStart := time.Now()
	res, err := w.rt.layer.Begin(ctx, &ru.r, ru.token, w.rt.cfg.LockLease.Milliseconds())
	if err != nil {
		w.rt.errLog.Warn(ru.log(), "begin failed; entry stays pending", "err", err)
		ru.observe(metrics.RunAbandoned)
		return
	}
	switch res.Outcome {
	case cachelayer.Busy:
		w.rt.stats.busy.Add(1)
		ru.observe(metrics.RunBusy)
		return
	case cachelayer.Done:
		ru.cacheResult(metrics.CacheHit)
		ru.skip(ctx)
		return
	}
	ru.cacheResult(metrics.CacheMiss)
	// Deliveries are counted only once the lock is ours: a done document
	// skips however often it came, and a busy one (its twin entry being
	// worked on by a live replica) is not this entry's failure.
	if e.attempt > int64(w.rt.cfg.MaxDeliveries) {
		ru.dead(ctx, fmt.Errorf("delivered %d times, more than the limit of %d (DOCPIPE_MAX_DELIVERIES): the replicas that took it died or were stopped before finishing", e.attempt, w.rt.cfg.MaxDeliveries))
		return
	}
	ru.rec.LockWaitUS = time.Since(lockStart).Microseconds()
	ru.compute(ctx, source, res)
}

// prepare decodes the entry and fills the run's identity.
func (ru *run) prepare() error {
	w := ru.w
	lim := events.Limits{MaxFieldBytes: w.rt.cfg.MaxFieldBytes}
	if w.first() {
		in, err := events.DecodeIngest(ru.e.fields, lim)
		if err != nil {
			return err
		}
		extra := map[string]string{}
		for k, v := range in.Meta {
			extra["meta."+k] = v
		}
		for k, v := range in.Extra {
			extra[k] = v
		}
		ru.next = events.Event{Doc: in.DocID, Version: in.Version, Source: in.Source, ContentType: in.ContentType,
			RerunFrom: in.RerunFrom, RerunSalt: in.RerunSalt, Trace: ru.e.id, Extra: extra}
	} else {
		ev, err := events.DecodeEvent(ru.e.fields, lim)
		if err != nil {
			return err
		}
		if ev.Stage != events.Previous(w.h.Name()) {
			return fmt.Errorf("%w: event from stage %q on the %s stream", events.ErrMalformed, ev.Stage, w.h.Name())
		}
		ru.r.InStage, ru.r.InKey = ev.Stage, ev.Key
		ru.next = ev
	}
	ru.next.Stage = w.h.Name()
	ru.r.Partition = events.Partition(ru.next.Doc, w.rt.cfg.Partitions)
	ru.r.Doc, ru.r.Version, ru.r.Source = ru.next.Doc, ru.next.Version, ru.next.Source
	ru.r.Stage, ru.r.NextStage = w.h.Name(), events.Next(w.h.Name())
	ru.r.Input, ru.r.Group, ru.r.EntryID = ru.e.stream, w.h.Name(), ru.e.id
	ru.r.Consumer, ru.r.Attempt = w.rt.cfg.Consumer, ru.e.attempt
	// On a cluster, keys outside the partition's slot (ingest, completed)
	// are handled after the script; see afterCommit.
	ru.r.Flags = cachelayer.Flags{
		Chain:  ru.r.NextStage != "" || w.rt.layer.SingleSlot(),
		Record: w.rt.records,
		Ack:    (!w.first() && ru.r.NextStage != "") || w.rt.layer.SingleSlot(),
		Input:  !w.first(),
	}
	ru.rec = metrics.Record{Stage: ru.r.Stage, Doc: ru.r.Doc, Version: ru.r.Version, Source: ru.r.Source,
		Consumer: ru.r.Consumer, Attempt: ru.e.attempt, QueueWaitUS: queueWait(ru.e.id, ru.start)}
	return nil
}

func (ru *run) salt() string {
	if ru.next.RerunFrom == ru.w.h.Name() {
		return ru.next.RerunSalt
	}
	return ""
}

// readSource reads the first stage's source file inside the allowed roots.
func (ru *run) readSource() ([]byte, error) {
	path, err := events.SourcePath(ru.r.Source)
	if err != nil {
		return nil, stages.Permanent("bad source", err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, stages.Permanent("bad source path", err)
	}
	b, err := ru.w.rt.sources.Read(abs)
	switch {
	case err == nil:
	case errors.Is(err, os.ErrNotExist):
		return nil, stages.Permanent("source file does not exist", err)
	case errors.Is(err, os.ErrPermission):
		return nil, stages.Permanent("source is not readable", err)
	case errors.Is(err, sourcefile.ErrOutside), errors.Is(err, sourcefile.ErrNotRegular), errors.Is(err, sourcefile.ErrTooLarge):
		return nil, stages.Permanent("bad source", err)
	default:
		return nil, fmt.Errorf("read source: %w", err)
	}
	ru.rec.BytesIn = int64(len(b))
	return b, nil
}

// compute loads the inputs, runs the handler under a renewed lease and
// commits.
func (ru *run) compute(ctx context.Context, source []byte, res cachelayer.BeginResult) {
	w := ru.w
	in := &Input{Doc: ru.r.Doc, Version: ru.r.Version, Source: ru.r.Source, ContentType: ru.next.ContentType,
		Parts: &parts{l: w.rt.layer, p: ru.r.Partition, stage: ru.r.Stage, key: ru.r.OutKey}}
	lineage := map[string]string{}
	if w.first() {
		in.Data = source
		ru.rec.InputFrom = metrics.FromSource
	} else {
		env, from, err := ru.loadInput(ctx, ru.r.InStage, ru.r.InKey, res.Input, res.HasInput)
		if err != nil {
			ru.fail(ctx, err)
			return
		}
		ru.rec.InputFrom = from
		in.Data = env.Data
		ru.rec.BytesIn = int64(len(env.Data))
		for s, k := range env.Inputs {
			lineage[s] = k
		}
		lineage[ru.r.InStage] = ru.r.InKey
		if err := ru.loadUpstream(ctx, in, lineage); err != nil {
			ru.fail(ctx, err)
			return
		}
	}

	// ctx ends when the drain timeout cuts a shutdown short; the heartbeat
	// also cancels the work when the lock is lost.
	workCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	stopBeat := ru.heartbeat(workCtx, cancel)
	t0 := time.Now()
	out, err := ru.handle(workCtx, in)
	computeUS := time.Since(t0).Microseconds()
	stopBeat()
	ru.rec.ComputeUS = computeUS
	if err != nil {
		ru.fail(ctx, err)
		return
	}
	env := &cachelayer.Envelope{Stage: ru.r.Stage, Key: ru.r.OutKey, Doc: ru.r.Doc, Version: ru.r.Version,
		Inputs: lineage, ComputeUS: computeUS, Data: out}
	blob, rawLen, err := cachelayer.EncodeEnvelope(env)
	if err != nil {
		ru.fail(ctx, err)
		return
	}
	ru.rec.Outcome = metrics.OutcomeCompleted
	ru.rec.Key = ru.r.OutKey
	ru.rec.BytesOut, ru.rec.CompressedOut = int64(rawLen), int64(len(blob))
	ru.rec.Started, ru.rec.Finished = ru.start, time.Now()
	// The commit must not be cut off by shutdown half-way: it is one script,
	// but a cancelled context would drop our side of the answer. The batched
	// script call bounds itself (cachelayer's batchTimeout).
	cctx := context.WithoutCancel(ctx)
	err = w.rt.layer.Commit(cctx, &ru.r, ru.token, w.rt.cfg.LockLease.Milliseconds(), time.Now().UnixMilli(), computeUS, blob, ru.next.Fields(), ru.recordFields())
	if errors.Is(err, cachelayer.ErrFenced) {
		w.rt.stats.fenced.Add(1)
		ru.observe(metrics.RunFenced)
		ru.log().Warn("lock lost before commit; another replica owns this run, nothing written")
		return
	}
	if err != nil {
		ru.log().Warn("commit failed; entry stays pending", "err", err)
		ru.observe(metrics.RunAbandoned)
		rctx, cancel := context.WithTimeout(cctx, 10*time.Second)
		_ = w.rt.layer.Release(rctx, &ru.r, ru.token)
		cancel()
		return
	}
	w.rt.stats.computed.Add(1)
	ru.observe(metrics.RunCommitted)
	ru.afterCommit(cctx)
}

// skip chains a run whose output exists on to the next stage.
func (ru *run) skip(ctx context.Context) {
	w := ru.w
	if _, err := w.rt.layer.Skip(ctx, &ru.r, time.Now().UnixMilli(), ru.next.Fields(), ru.skipRecord()); err != nil {
		w.rt.errLog.Warn(ru.log(), "skip failed; entry stays pending", "err", err)
		ru.observe(metrics.RunAbandoned)
		return
	}
	w.rt.stats.skipped.Add(1)
	ru.observe(metrics.RunSkipped)
	ru.afterCommit(ctx)
}

// handle calls the handler, turning a panic into a permanent error so one
// bad document cannot take the replica down.
func (ru *run) handle(ctx context.Context, in *Input) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = stages.Permanentf("stage %s panicked: %v", ru.r.Stage, p)
		}
	}()
	return ru.w.h.Handle(ctx, in)
}

// loadInput decodes the previous output from the cache, falling back to the
// durable store on a miss.
func (ru *run) loadInput(ctx context.Context, stage, key string, cached []byte, hit bool) (*cachelayer.Envelope, string, error) {
	from := metrics.FromCache
	if !hit {
		b, err := ru.fromStore(ctx, stage, key)
		if err != nil {
			return nil, "", err
		}
		cached, from = b, metrics.FromStore
		ru.rec.InputStoreHits++
		ru.cacheResult(metrics.CacheStore)
	}
	env, err := cachelayer.DecodeEnvelope(cached)
	if err != nil {
		return nil, "", stages.Permanent(fmt.Sprintf("input %s/%s is corrupt", stage, key), err)
	}
	if env.Stage != stage || env.Key != key {
		// Outputs name their own stage and key: an envelope of another
		// would be a bug in loading, never to be computed on.
		return nil, "", fmt.Errorf("input %s/%s holds the output %s/%s", stage, key, env.Stage, env.Key)
	}
	return env, from, nil
}

func (ru *run) fromStore(ctx context.Context, stage, key string) ([]byte, error) {
	st := ru.w.rt.store
	if st == nil {
		return nil, stages.Permanentf("input %s/%s expired from the cache and no durable store is configured: reprocess the document", stage, key)
	}
	b, err := st.LoadOutput(ctx, stage, key)
	if errors.Is(err, ErrNotStored) {
		return nil, stages.Permanentf("input %s/%s is neither cached nor stored: reprocess the document", stage, key)
	}
	if err != nil {
		return nil, fmt.Errorf("load %s/%s from store: %w", stage, key, err)
	}
	return b, nil
}

// loadUpstream fetches the outputs named by Needs through the lineage.
func (ru *run) loadUpstream(ctx context.Context, in *Input, lineage map[string]string) error {
	needs := ru.w.h.Needs()
	if len(needs) == 0 {
		return nil
	}
	sk := make([][2]string, len(needs))
	for i, s := range needs {
		k, ok := lineage[s]
		if !ok {
			return stages.Permanentf("input lineage has no %s output", s)
		}
		sk[i] = [2]string{s, k}
	}
	vals, err := ru.w.rt.layer.Outputs(ctx, ru.r.Partition, sk)
	if err != nil {
		return err
	}
	in.Upstream = make(map[string][]byte, len(needs))
	for i, s := range needs {
		env, from, err := ru.loadInput(ctx, s, sk[i][1], vals[i], vals[i] != nil)
		if err != nil {
			return err
		}
		if from == metrics.FromStore {
			ru.rec.InputFrom = metrics.FromStore
		}
		in.Upstream[s] = env.Data
	}
	return nil
}

// heartbeat renews the lock and resets the entry's idle time every third of
// the lease, so the reclaimer leaves a live replica's work alone. If the lock
// is lost, it cancels the work: its commit would be fenced anyway. It runs on
// a timer, not a goroutine of its own: most runs end before the first beat.
func (ru *run) heartbeat(workCtx context.Context, cancel context.CancelFunc) (stop func()) {
	w := ru.w
	lease := w.rt.cfg.LockLease
	var (
		mu      sync.Mutex // held by a beat; stop waits for it
		stopped bool
		t       *time.Timer
	)
	beat := func() {
		mu.Lock()
		defer mu.Unlock()
		if stopped || workCtx.Err() != nil {
			return
		}
		ok, err := w.rt.layer.Renew(workCtx, &ru.r, ru.token, lease.Milliseconds())
		if err == nil && !ok {
			ru.log().Warn("lock lost while working; abandoning the run")
			cancel()
			return
		}
		c := w.rt.client
		_ = c.Do(workCtx, c.B().Xclaim().Key(ru.e.stream).Group(ru.r.Group).Consumer(ru.r.Consumer).
			MinIdleTime("0").Id(ru.e.id).Justid().Build()).Error()
		t.Reset(lease / 3)
	}
	mu.Lock()
	t = time.AfterFunc(lease/3, beat)
	mu.Unlock()
	return func() {
		t.Stop()
		mu.Lock()
		stopped = true
		mu.Unlock()
	}
}

// afterCommit does, on a Redis Cluster, the steps that touch keys outside
// the partition's slot: the last stage's completed event, and the ack of an
// ingest entry. Both come after the commit; a crash in between redelivers the
// entry, whose skip check then only chains on. On a single Redis the script
// did both.
func (ru *run) afterCommit(ctx context.Context) {
	if ru.r.Flags.Chain && ru.r.Flags.Ack {
		return // all done inside the script
	}
	w := ru.w
	c := w.rt.client
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if !ru.r.Flags.Chain {
		if err := c.Do(ctx, xaddCmd(c, w.rt.keys.Completed(), w.rt.cfg.PublicRetention, ru.next.Fields())).Error(); err != nil {
			ru.log().Warn("completed event not written; entry stays pending for a retry", "err", err)
			return
		}
	}
	if !ru.r.Flags.Ack {
		w.ack(ctx, ru.e)
	}
}

// fail sorts an error into permanent (dead now) and transient (retry later,
// dead when deliveries are used up).
func (ru *run) fail(ctx context.Context, err error) {
	permanent := stages.IsPermanent(err) || errors.Is(err, events.ErrMalformed)
	if ctx.Err() != nil && !permanent {
		// Cut off by the drain timeout (ctx is the runtime's work context):
		// not the document's failure. The lock goes now so that a restart
		// need not wait out the lease; the entry stays pending for it.
		ru.log().Warn("run cancelled by the drain timeout; entry stays pending", "err", err)
		ru.observe(metrics.RunAbandoned)
		if ru.token != "" {
			rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			_ = ru.w.rt.layer.Release(rctx, &ru.r, ru.token)
			cancel()
		}
		return
	}
	if permanent || ru.e.attempt >= int64(ru.w.rt.cfg.MaxDeliveries) {
		if !permanent {
			err = fmt.Errorf("failed %d times (DOCPIPE_MAX_DELIVERIES), last error: %w", ru.e.attempt, err)
		}
		ru.dead(ctx, err)
		return
	}
	ru.failed(ctx, err)
}

// failed records a transient failure; the entry stays pending and the
// reclaimer retries it after the claim idle time.
func (ru *run) failed(ctx context.Context, err error) {
	w := ru.w
	w.rt.stats.failed.Add(1)
	ru.observe(metrics.RunFailed)
	w.rt.errLog.Warn(ru.log(), "stage run failed; will retry", "attempt", ru.e.attempt, "err", err)
	r := ru.r
	r.Flags.Ack = false
	ru.rec.Outcome, ru.rec.Error = metrics.OutcomeFailed, err.Error()
	ru.rec.Started, ru.rec.Finished = ru.start, time.Now()
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if e := w.rt.layer.Fail(cctx, &r, ru.token, err.Error(), time.Now().UnixMilli(), ru.recordFields()); e != nil {
		ru.log().Warn("recording failure", "err", e)
	}
}

// dead copies the entry to the DLQ with its reason, then records and acks.
func (ru *run) dead(ctx context.Context, reason error) {
	w := ru.w
	w.rt.stats.dead.Add(1)
	ru.observe(metrics.RunDead)
	w.rt.errLog.Warn(ru.log(), "dead-lettered", "reason", reason)
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := w.rt.deadLetter(cctx, ru.e, w.h.Name(), reason.Error()); err != nil {
		ru.log().Warn("dead-letter write failed; entry stays pending", "err", err)
		return
	}
	if ru.r.Doc == "" {
		// Undecodable: there is no document state to update.
		w.ack(cctx, ru.e)
		return
	}
	ru.rec.Outcome, ru.rec.Error = metrics.OutcomeDead, reason.Error()
	ru.rec.Started, ru.rec.Finished = ru.start, time.Now()
	if err := w.rt.layer.Fail(cctx, &ru.r, ru.token, reason.Error(), time.Now().UnixMilli(), ru.recordFields()); err != nil {
		ru.log().Warn("recording dead run", "err", err)
	}
	if !ru.r.Flags.Ack {
		w.ack(cctx, ru.e)
	}
}

// observe tells the runtime's Observer (if any) how the run ended: once
// per run, where the Stats counters count it.
func (ru *run) observe(outcome string) {
	if o := ru.w.rt.obs; o != nil {
		o.RunEnded(ru.w.h.Name(), outcome, time.Duration(ru.rec.ComputeUS)*time.Microsecond,
			time.Duration(ru.rec.QueueWaitUS)*time.Microsecond)
	}
}

// cacheResult tells the runtime's Observer (if any) whether the stage's
// output or input was found in Redis.
func (ru *run) cacheResult(result string) {
	if o := ru.w.rt.obs; o != nil {
		o.CacheResult(ru.w.h.Name(), result)
	}
}

func (ru *run) recordFields() []string {
	if !ru.w.rt.records {
		return nil
	}
	return ru.rec.Fields()
}

// skipRecord is the record begin.lua writes if it finds the output present.
func (ru *run) skipRecord() []string {
	if !ru.w.rt.records {
		return nil
	}
	rec := ru.rec
	rec.Outcome, rec.Key = metrics.OutcomeSkipped, ru.r.OutKey
	rec.InputFrom = metrics.FromNone
	rec.Started, rec.Finished = ru.start, time.Now()
	return rec.Fields()
}

// outputKey derives a stage's output key from its name, fingerprint, input
// key and an optional reprocessing salt.
func outputKey(stage, fingerprint, inKey, salt string) string {
	h := sha256.New()
	for _, s := range []string{stage, fingerprint, inKey, salt} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// sourceKey is the first stage's input key: the source bytes and version.
func sourceKey(b []byte, version int64) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16]) + "v" + strconv.FormatInt(version, 10)
}

// queueWait is the time since the entry was added, from its id.
func queueWait(id string, now time.Time) int64 {
	ms, _, ok := strings.Cut(id, "-")
	if !ok {
		return 0
	}
	t, err := strconv.ParseInt(ms, 10, 64)
	if err != nil {
		return 0
	}
	d := now.Sub(time.UnixMilli(t)).Microseconds()
	if d < 0 {
		return 0
	}
	return d
}

// parts backs Input.Parts with part keys under the run's output key.
type parts struct {
	l     *cachelayer.Layer
	p     int
	stage string
	key   string
}

func (s *parts) Get(ctx context.Context, name string) ([]byte, bool, error) {
	return s.l.GetPart(ctx, s.p, s.stage, s.key, name)
}

func (s *parts) Put(ctx context.Context, name string, value []byte) error {
	return s.l.PutPart(ctx, s.p, s.stage, s.key, name, value)
}
