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
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/consumers/streamgroup"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/sourcefile"
	"github.com/docpipe/docpipe/metrics"
	"github.com/docpipe/docpipe/stages"
)

// run is one stage run of one entry, from delivery to its one outcome:
//
//	decode ─► (first stage: version, source) ─► begin ─┬─ done ──► skip ──────────► skipped
//	   │                                               ├─ busy ───────────────────► busy
//	   └─ malformed ─► dead                            └─ leased ─► inputs ─► compute ─► commit ─► committed
//	                                                        failures ─► failed (retry) │ dead (DLQ)
//	                                   lease lost anywhere ─► fenced; shutdown or Redis gone ─► abandoned
//
// DESIGN.md's "One stage run" is the contract; every ending goes through end.
type run struct {
	s      *stage
	e      streamgroup.Entry
	start  time.Time
	r      cachelayer.Run
	next   events.Event
	parent string // a child document's parent, and its part
	part   string
	rec    metrics.Record
	token  string // the lease's token once begin took it
	fenced bool   // the heartbeat found the lease gone
	ended  bool
}

// log is the run's logger, built only when a run has something to say: a
// logger With attributes costs more than a whole no-op stage run.
func (ru *run) log() *slog.Logger {
	l := ru.s.log.With("stream", ru.e.Stream, "id", ru.e.ID)
	if ru.r.Doc != "" {
		l = l.With("doc", ru.r.Doc)
	}
	return l
}

// process runs one entry to its outcome.
func (s *stage) process(ctx context.Context, e streamgroup.Entry) {
	ru := &run{s: s, e: e, start: time.Now()}
	if e.Fields == nil {
		// Deleted (trimmed or XDEL) while pending: nothing to run.
		if err := ru.redis(ctx, "ack a deleted entry", func(c context.Context) error { return s.ack(c, e) }); err != nil {
			s.log.Warn("ack of a deleted entry failed; it comes back", "id", e.ID, "err", err)
		}
		return
	}
	if err := ru.prepare(ctx); err != nil {
		if !errors.Is(err, events.ErrMalformed) {
			// Redis did not answer (the state read) before shutdown.
			ru.end(Abandoned, err)
			return
		}
		ru.dead(ctx, err)
		return
	}
	var source []byte
	if s.first() {
		var err error
		if source, err = ru.readSource(); err != nil {
			ru.fail(ctx, err)
			return
		}
		ru.r.InKey = sourceKey(source, ru.r.Version)
		if ru.part != "" {
			// A child reads its part of the root file: its input is the
			// root's bytes and the part.
			ru.r.InKey += "/" + ru.part
		}
	}
	ru.r.OutKey = outputKey(s.h.Name(), ru.rec.Fingerprint, ru.r.InKey, ru.salt())
	ru.next.Key = ru.r.OutKey

	token := newToken()
	var res cachelayer.BeginResult
	err := ru.redis(ctx, "begin", func(c context.Context) (err error) {
		res, err = s.rt.layer.Begin(c, &ru.r, token, s.rt.cfg.LockLease.Milliseconds(), s.rt.store != nil)
		return err
	})
	if err != nil {
		ru.fail(ctx, err)
		return
	}
	if res.Outcome == cachelayer.Done && res.Stored && !ru.stored(ctx) {
		// The state names the key but neither Redis nor the store holds
		// the output: compute it again.
		err = ru.redis(ctx, "begin", func(c context.Context) (err error) {
			res, err = s.rt.layer.Begin(c, &ru.r, token, s.rt.cfg.LockLease.Milliseconds(), false)
			return err
		})
		if err != nil {
			ru.fail(ctx, err)
			return
		}
	}
	switch res.Outcome {
	case cachelayer.Busy:
		ru.end(Busy, nil)
		return
	case cachelayer.Done:
		ru.skip(ctx, res.Made.ComputeUS)
		return
	}
	ru.token = token
	ru.observeCache(metrics.CacheMiss)
	ru.rec.Attempt = ru.r.Attempt
	ru.rec.LockWaitUS = time.Since(ru.start).Microseconds()
	// Tries count where the stage ran: a run found here beyond the limit
	// took the lease that many times without finishing.
	if ru.r.Attempt > int64(s.rt.cfg.MaxDeliveries) {
		ru.dead(ctx, fmt.Errorf("stage started %d times without finishing, more than the limit of %d (DOCPIPE_MAX_DELIVERIES): the replicas that ran it died or were stopped", ru.r.Attempt-1, s.rt.cfg.MaxDeliveries))
		return
	}
	ru.compute(ctx, source, res)
}

// stored reports whether the durable store holds this run's output (begin
// found only the state's word for it). A store that does not answer is
// trusted: the next stage loads the output from it, and retries until it
// answers.
func (ru *run) stored(ctx context.Context) bool {
	ok, err := ru.s.rt.store.HasOutput(ctx, ru.r.Stage, ru.r.OutKey)
	if err != nil {
		ru.log().Warn("durable store did not answer whether it holds an output; trusting the state", "stage", ru.r.Stage, "key", ru.r.OutKey, "err", err)
		return true
	}
	return ok
}

// redis runs one Redis step of the run. While Redis refuses to serve (out
// of memory, loading, failover, slot migration, connection lost) it backs
// off and tries again, keeping the entry fresh so no reclaimer takes it:
// such waits are the infrastructure's and spend none of the document's
// tries. It gives up only when ctx ends.
func (ru *run) redis(ctx context.Context, what string, f func(context.Context) error) error {
	back := 50 * time.Millisecond
	touched := time.Now()
	waited := false
	for {
		err := f(ctx)
		if err == nil || !streamgroup.Unavailable(err) || ctx.Err() != nil {
			// Only a step that waited says Redis is back: while Redis is
			// full, reads still succeed and must not end the outage.
			if err == nil && waited {
				ru.s.rt.writes.Up()
			}
			return err
		}
		waited = true
		ru.s.rt.writes.Down(ctx, what, err)
		if !streamgroup.Sleep(ctx, back) {
			return err
		}
		back = min(2*back, 5*time.Second)
		if time.Since(touched) > ru.s.rt.cfg.ClaimIdle/4 {
			_ = ru.s.group.Touch(ctx, ru.e)
			touched = time.Now()
		}
	}
}

// prepare decodes the entry and fills the run's identity.
func (ru *run) prepare(ctx context.Context) error {
	s := ru.s
	lim := events.Limits{MaxFieldBytes: s.rt.cfg.MaxFieldBytes}
	if s.first() {
		in, err := events.DecodeIngest(ru.e.Fields, lim)
		if err != nil {
			return err
		}
		meta := map[string]string{}
		for k, v := range in.Meta {
			meta["meta."+k] = v
		}
		ru.next = events.Event{Doc: in.DocID, Version: in.Version, Source: in.Source, ContentType: in.ContentType,
			RerunFrom: in.RerunFrom, RerunSalt: in.RerunSalt, Trace: ru.e.ID, Extra: meta}
		ru.parent, ru.part = in.Parent, in.Part
	} else {
		ev, err := events.DecodeEvent(ru.e.Fields, lim)
		if err != nil {
			return err
		}
		if ev.Stage != events.Previous(s.h.Name()) {
			return fmt.Errorf("%w: event from stage %q on the %s stream", events.ErrMalformed, ev.Stage, s.h.Name())
		}
		ru.r.InStage, ru.r.InKey = ev.Stage, ev.Key
		ru.next = ev
	}
	ru.next.Stage = s.h.Name()
	ru.r.Partition = events.Partition(ru.next.Doc, s.rt.cfg.Partitions)
	if s.first() {
		if err := ru.currentPass(ctx); err != nil {
			return err
		}
		ru.r.First = cachelayer.FirstStageItems(ru.next.Version, ru.next.Source, ru.next.RerunFrom, ru.next.RerunSalt, ru.parent, ru.part)
	}
	ru.r.Doc, ru.r.Version, ru.r.Source = ru.next.Doc, ru.next.Version, ru.next.Source
	ru.r.Stage, ru.r.NextStage = s.h.Name(), events.Next(s.h.Name())
	ru.r.Input, ru.r.Group, ru.r.EntryID = ru.e.Stream, s.h.Name(), ru.e.ID
	ru.r.Consumer, ru.r.Attempt = s.rt.cfg.Consumer, ru.e.Deliveries
	// On a cluster, keys outside the partition's slot (ingest, completed)
	// are handled after the script; see afterCommit.
	single := s.rt.layer.SingleSlot()
	ru.r.Flags = cachelayer.Flags{
		Chain:  ru.r.NextStage != "" || single,
		Record: s.rt.records,
		Ack:    (!s.first() && ru.r.NextStage != "") || single,
		Input:  !s.first(),
	}
	ru.rec = metrics.Record{Stage: ru.r.Stage, Doc: ru.r.Doc, Version: ru.r.Version, Source: ru.r.Source,
		Consumer: ru.r.Consumer, Attempt: ru.e.Deliveries, QueueWaitUS: queueWait(ru.e.ID, ru.start),
		Fingerprint: s.h.Fingerprint(), Tenant: ru.next.Extra["meta."+s.rt.cfg.TenantField], Parent: ru.parent}
	return nil
}

// currentPass fills the version and rerun salt of a plain ingest (one that
// names neither) from the document's state: a re-ingest of unchanged
// content finds and skips to the document's current outputs, and only an
// explicit version or a reprocess moves them.
func (ru *run) currentPass(ctx context.Context) error {
	if ru.next.Version != 0 || ru.next.RerunFrom != "" {
		if ru.next.Version == 0 {
			ru.next.Version = 1
		}
		return nil
	}
	c := ru.s.rt.client
	key := ru.s.rt.keys.State(ru.r.Partition, ru.next.Doc)
	var vals []string
	err := ru.redis(ctx, "read the document's pass", func(cc context.Context) (err error) {
		vals, err = c.Do(cc, c.B().Hmget().Key(key).Field(cachelayer.FieldVersion, cachelayer.FieldRerun).Build()).AsStrSlice()
		return err
	})
	if err != nil {
		return fmt.Errorf("read the state of %s: %w", ru.next.Doc, err)
	}
	ru.next.Version = 1
	if v, err := strconv.ParseInt(vals[0], 10, 64); err == nil && v > 0 {
		ru.next.Version = v
	}
	ru.next.RerunFrom, ru.next.RerunSalt = cachelayer.ParseRerun(vals[1])
	return nil
}

func (ru *run) salt() string {
	if ru.next.RerunFrom == ru.s.h.Name() {
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
	b, err := ru.s.rt.sources.Read(abs)
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

// compute loads the inputs, runs the handler under a renewed lease and a
// time limit, and commits.
func (ru *run) compute(ctx context.Context, source []byte, res cachelayer.BeginResult) {
	s := ru.s
	in := &Input{Doc: ru.r.Doc, Version: ru.r.Version, Source: ru.r.Source, ContentType: ru.next.ContentType,
		Part: ru.part, Parts: &parts{l: s.rt.layer, p: ru.r.Partition, stage: ru.r.Stage, key: ru.r.OutKey}}
	lineage := map[string]string{}
	if s.first() {
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
		for st, k := range env.Inputs {
			lineage[st] = k
		}
		lineage[ru.r.InStage] = ru.r.InKey
		if err := ru.loadUpstream(ctx, in, lineage); err != nil {
			ru.fail(ctx, err)
			return
		}
	}

	// The work's context ends at the stage's time limit, when the
	// heartbeat finds the lease gone, or when the drain timeout cuts a
	// shutdown short (ctx).
	workCtx, cancel := context.WithTimeout(ctx, s.rt.cfg.StageTimeout)
	defer cancel()
	beat := ru.startHeartbeat(workCtx, cancel)
	t0 := time.Now()
	out, err := ru.handle(workCtx, in)
	computeUS := time.Since(t0).Microseconds()
	beat.stop()
	ru.rec.ComputeUS = computeUS
	if err == nil && workCtx.Err() != nil && ctx.Err() == nil && !ru.fenced {
		// A stage that ignored its context past the limit: its result
		// is not trusted either way.
		err = workCtx.Err()
	}
	if err != nil {
		if errors.Is(workCtx.Err(), context.DeadlineExceeded) && !ru.fenced && ctx.Err() == nil {
			err = stages.Permanentf("stage %s ran longer than its limit of %s (DOCPIPE_STAGE_TIMEOUT): %v", ru.r.Stage, s.rt.cfg.StageTimeout, err)
		}
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
	ru.rec.FlaggedPages = in.FlaggedPages
	ru.rec.BytesOut, ru.rec.CompressedOut = int64(rawLen), int64(len(blob))
	ru.rec.Started, ru.rec.Finished = ru.start, time.Now()
	// The commit must not be cut off by shutdown half-way: it is one
	// script, but a cancelled context would drop our side of the answer.
	cctx := context.WithoutCancel(ctx)
	err = ru.redis(ctx, "commit", func(c context.Context) error {
		return s.rt.layer.Commit(context.WithoutCancel(c), &ru.r, ru.token, time.Now().UnixMilli(), computeUS, blob, ru.next.Fields(), ru.recordFields())
	})
	if errors.Is(err, cachelayer.ErrFenced) {
		ru.end(Fenced, err)
		return
	}
	if err != nil {
		ru.fail(ctx, err)
		return
	}
	ru.afterCommit(cctx, in.Children)
	ru.end(Committed, nil)
}

// skip chains a run whose output exists on to the next stage; savedUS is
// the compute time of the run that made it.
func (ru *run) skip(ctx context.Context, savedUS int64) {
	s := ru.s
	err := ru.redis(ctx, "skip", func(c context.Context) error {
		return s.rt.layer.Skip(c, &ru.r, time.Now().UnixMilli(), savedUS, ru.next.Fields(), ru.skipRecord(savedUS))
	})
	if errors.Is(err, cachelayer.ErrAcknowledged) {
		// Reclaimed from a replica that then committed it: that commit
		// chained on.
		ru.end(Fenced, err)
		return
	}
	if err != nil {
		ru.fail(ctx, err)
		return
	}
	ru.observeCache(metrics.CacheHit)
	ru.afterCommit(context.WithoutCancel(ctx), nil)
	ru.end(Skipped, nil)
}

// handle calls the handler, turning a panic into a permanent error so one
// bad document cannot take the replica down.
func (ru *run) handle(ctx context.Context, in *Input) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = stages.Permanentf("stage %s panicked: %v", ru.r.Stage, p)
		}
	}()
	return ru.s.h.Handle(ctx, in)
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
		ru.observeCache(metrics.CacheStore)
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
	st := ru.s.rt.store
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
	needs := ru.s.h.Needs()
	if len(needs) == 0 {
		return nil
	}
	sk := make([][2]string, len(needs))
	for i, st := range needs {
		k, ok := lineage[st]
		if !ok {
			return stages.Permanentf("input lineage has no %s output", st)
		}
		sk[i] = [2]string{st, k}
	}
	var vals [][]byte
	err := ru.redis(ctx, "load upstream outputs", func(c context.Context) (err error) {
		vals, err = ru.s.rt.layer.Outputs(c, ru.r.Partition, sk)
		return err
	})
	if err != nil {
		return err
	}
	in.Upstream = make(map[string][]byte, len(needs))
	for i, st := range needs {
		env, from, err := ru.loadInput(ctx, st, sk[i][1], vals[i], vals[i] != nil)
		if err != nil {
			return err
		}
		if from == metrics.FromStore {
			ru.rec.InputFrom = metrics.FromStore
		}
		in.Upstream[st] = env.Data
	}
	return nil
}

// heartbeat renews the lease and resets the entry's idle time every third
// of the lease, so the reclaimer leaves a live replica's work alone. If the
// lease is lost, it cancels the work: the run is fenced, and writes nothing.
// It runs on a timer, not a goroutine of its own: most runs end before the
// first beat.
type heartbeat struct {
	ru      *run
	ctx     context.Context // the work's
	cancel  context.CancelFunc
	mu      sync.Mutex // held by a beat; stop waits for it
	stopped bool
	t       *time.Timer
}

// startHeartbeat arms the first beat of a run's work.
func (ru *run) startHeartbeat(workCtx context.Context, cancel context.CancelFunc) *heartbeat {
	h := &heartbeat{ru: ru, ctx: workCtx, cancel: cancel}
	h.mu.Lock()
	h.t = time.AfterFunc(ru.s.rt.cfg.LockLease/3, h.beat)
	h.mu.Unlock()
	return h
}

func (h *heartbeat) beat() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.stopped || h.ctx.Err() != nil {
		return
	}
	ru, s := h.ru, h.ru.s
	lease := s.rt.cfg.LockLease
	ok, err := s.rt.layer.Renew(h.ctx, &ru.r, ru.token, lease.Milliseconds())
	if err == nil && !ok {
		ru.fenced = true
		ru.log().Warn("lease lost while working; another replica owns the run now, abandoning it without writing")
		h.cancel()
		return
	}
	_ = s.group.Touch(h.ctx, ru.e)
	h.t.Reset(lease / 3)
}

// stop ends the beats; a beat under way finishes first.
func (h *heartbeat) stop() {
	h.t.Stop()
	h.mu.Lock()
	h.stopped = true
	h.mu.Unlock()
}

// afterCommit does, on a Redis Cluster, the steps that touch keys outside
// the partition's slot: the last stage's completed event, and the ack of an
// ingest entry. Both come after the commit; a crash in between redelivers the
// entry, whose skip check then only chains on. On a single Redis the script
// did both. It also adds the documents found inside this one (the first
// stage's children) to the ingest stream.
func (ru *run) afterCommit(ctx context.Context, children []Child) {
	s := ru.s
	c := s.rt.client
	if len(children) > 0 {
		if err := ru.emitChildren(ctx, children); err != nil {
			ru.log().Warn("adding the documents found inside this one failed; a re-ingest adds them", "err", err)
		}
	}
	if !ru.r.Flags.Chain {
		if err := ru.redis(ctx, "completed event", func(cc context.Context) error {
			return c.Do(cc, xaddCmd(c, s.rt.keys.Completed(), s.rt.cfg.PublicRetention, ru.next.Fields())).Error()
		}); err != nil {
			ru.log().Warn("completed event not written; the entry stays pending for a retry", "err", err)
			return
		}
	}
	if !ru.r.Flags.Ack {
		if err := ru.redis(ctx, "ack", func(cc context.Context) error { return s.ack(cc, ru.e) }); err != nil {
			ru.log().Warn("ack failed; the entry comes back and skips", "err", err)
		}
	}
}

// fail sorts an error into permanent (dead now), transient (retry later,
// dead when the tries are used up), fenced and abandoned.
func (ru *run) fail(ctx context.Context, err error) {
	permanent := stages.IsPermanent(err) || errors.Is(err, events.ErrMalformed)
	switch {
	case ru.fenced:
		ru.end(Fenced, err)
		return
	case !permanent && ctx.Err() != nil:
		// Cut off by the drain timeout, or Redis gone when ctx ended: not
		// the document's failure. The lease goes now so that a restart
		// need not wait it out; the entry stays pending for it.
		ru.release(ctx)
		ru.end(Abandoned, err)
		return
	}
	tries := ru.e.Deliveries
	if ru.token != "" {
		tries = ru.r.Attempt
	}
	if permanent || tries >= int64(ru.s.rt.cfg.MaxDeliveries) {
		if !permanent {
			err = fmt.Errorf("failed %d times (DOCPIPE_MAX_DELIVERIES), last error: %w", tries, err)
		}
		ru.dead(ctx, err)
		return
	}
	ru.rec.Outcome, ru.rec.Error = metrics.OutcomeFailed, err.Error()
	ru.rec.Started, ru.rec.Finished = ru.start, time.Now()
	r := ru.r
	r.Flags.Ack = false
	e := ru.redis(ctx, "record a failure", func(c context.Context) error {
		return ru.s.rt.layer.Fail(context.WithoutCancel(c), &r, ru.token, err.Error(), true, time.Now().UnixMilli(), ru.recordFields())
	})
	if errors.Is(e, cachelayer.ErrFenced) {
		ru.end(Fenced, err)
		return
	}
	if e != nil {
		ru.log().Warn("recording a failure", "err", e)
	}
	ru.end(Failed, err)
}

// release gives the lease back, if the run holds one.
func (ru *run) release(ctx context.Context) {
	if ru.token == "" {
		return
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	_ = ru.s.rt.layer.Release(rctx, &ru.r, ru.token)
}

// dead copies the entry to the dead-letter stream with its reason (once),
// then records the run and acknowledges the entry. A run that lost its
// lease does neither: the entry is its new owner's.
func (ru *run) dead(ctx context.Context, reason error) {
	s := ru.s
	cctx := context.WithoutCancel(ctx)
	if ru.token != "" {
		ok, err := s.rt.layer.Renew(cctx, &ru.r, ru.token, s.rt.cfg.LockLease.Milliseconds())
		if err == nil && !ok {
			ru.end(Fenced, reason)
			return
		}
	}
	err := ru.redis(ctx, "dead-letter", func(c context.Context) error {
		_, err := s.rt.layer.DeadLetter(context.WithoutCancel(c), ru.e.Stream, ru.e.ID, ru.dlqFields(reason))
		return err
	})
	if err != nil {
		ru.log().Warn("dead-letter write failed; the entry stays pending", "reason", reason, "err", err)
		ru.release(ctx)
		ru.end(Abandoned, err)
		return
	}
	if ru.r.Doc == "" {
		// Undecodable: there is no document state to update.
		if err := ru.redis(ctx, "ack", func(c context.Context) error { return s.ack(c, ru.e) }); err != nil {
			ru.log().Warn("ack of a dead letter failed; it comes back and is not dead-lettered twice", "err", err)
		}
		ru.end(Dead, reason)
		return
	}
	ru.rec.Outcome, ru.rec.Error = metrics.OutcomeDead, reason.Error()
	ru.rec.Started, ru.rec.Finished = ru.start, time.Now()
	err = ru.redis(ctx, "record a dead run", func(c context.Context) error {
		return s.rt.layer.Fail(context.WithoutCancel(c), &ru.r, ru.token, reason.Error(), false, time.Now().UnixMilli(), ru.recordFields())
	})
	switch {
	case errors.Is(err, cachelayer.ErrFenced):
		ru.end(Fenced, reason)
		return
	case err != nil:
		ru.log().Warn("recording a dead run failed; the entry comes back and is not dead-lettered twice", "err", err)
	case !ru.r.Flags.Ack:
		if err := ru.redis(ctx, "ack", func(c context.Context) error { return s.ack(c, ru.e) }); err != nil {
			ru.log().Warn("ack of a dead letter failed; it comes back and is not dead-lettered twice", "err", err)
		}
	}
	ru.end(Dead, reason)
}

// dlqFields are the dead letter's fields: the reason and where it came
// from, then the entry's own fields in name order.
func (ru *run) dlqFields(reason error) []string {
	kv := make([]string, 0, 12+2*len(ru.e.Fields))
	kv = append(kv, DLQReason, reason.Error(), DLQStream, ru.e.Stream, DLQID, ru.e.ID, DLQStage, ru.s.h.Name(),
		DLQTime, time.Now().UTC().Format(time.RFC3339), DLQAttempt, strconv.FormatInt(max(ru.r.Attempt, 1), 10))
	ks := make([]string, 0, len(ru.e.Fields))
	for k := range ru.e.Fields {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		name := k
		if strings.HasPrefix(k, "dlq.") {
			// A producer's own dlq.* field (refused as reserved) is kept
			// under another name, so it cannot pass for the reason.
			name = "dlq.original." + strings.TrimPrefix(k, "dlq.")
		}
		kv = append(kv, name, ru.e.Fields[k])
	}
	return kv
}

// end is where every run ends: it counts the outcome, tells the observer
// and logs it (dead letters each on their own line; a document's last
// stage at info; the rest at debug).
func (ru *run) end(o Outcome, err error) {
	if ru.ended {
		return
	}
	ru.ended = true
	rt := ru.s.rt
	rt.counts.add(o)
	compute := time.Duration(ru.rec.ComputeUS) * time.Microsecond
	if rt.observer != nil {
		rt.observer.RunEnded(ru.r.Stage, string(o), compute, time.Duration(ru.rec.QueueWaitUS)*time.Microsecond)
	}
	ms := float64(time.Since(ru.start).Microseconds()) / 1000
	ctx := context.Background()
	switch {
	case o == Dead:
		ru.log().Warn("dead-lettered", "stage", ru.s.h.Name(), "reason", err)
	case err != nil && o.logLevel() > slog.LevelDebug:
		ru.log().Log(ctx, o.logLevel(), "stage run "+string(o), "err", err, "attempt", ru.r.Attempt)
	case ru.r.NextStage == "" && (o == Committed || o == Skipped):
		ru.s.log.Info("document completed", "doc", ru.r.Doc, "version", ru.r.Version, "ms", ms)
	}
	if ru.s.log.Enabled(ctx, slog.LevelDebug) {
		ru.s.log.Debug("stage run", "doc", ru.r.Doc, "outcome", string(o), "ms", ms, "err", err)
	}
}

func (ru *run) observeCache(result string) {
	if ru.s.rt.observer != nil {
		ru.s.rt.observer.CacheResult(ru.r.Stage, result)
	}
}

func (ru *run) recordFields() []string {
	if !ru.s.rt.records {
		return nil
	}
	return ru.rec.Fields()
}

// skipRecord is the record skip.lua writes.
func (ru *run) skipRecord(savedUS int64) []string {
	if !ru.s.rt.records {
		return nil
	}
	rec := ru.rec
	rec.Outcome, rec.Key = metrics.OutcomeSkipped, ru.r.OutKey
	rec.InputFrom = metrics.FromNone
	rec.TimeSavedUS = savedUS
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

// emitChildren adds the documents found inside this one to the ingest
// stream, each with an id derived from the parent's and its part, so a
// repeat adds the same documents (which then skip).
func (ru *run) emitChildren(ctx context.Context, kids []Child) error {
	meta := map[string]string{}
	for k, v := range ru.next.Extra {
		if strings.HasPrefix(k, "meta.") {
			meta[strings.TrimPrefix(k, "meta.")] = v
		}
	}
	ins := make([]events.Ingest, len(kids))
	for i, k := range kids {
		// Part specs are paths from the root document, whose file every
		// child reads: a grandchild's parent is this child.
		ins[i] = events.Ingest{Source: ru.r.Source, DocID: events.ChildID(ru.r.Doc, k.Part), Version: ru.r.Version,
			ContentType: k.ContentType, Part: k.Part, Parent: ru.r.Doc, Meta: meta}
	}
	return ru.redis(ctx, "add child documents", func(c context.Context) error {
		_, err := Ingest(c, ru.s.rt.client, ru.s.rt.keys, ins...)
		return err
	})
}
