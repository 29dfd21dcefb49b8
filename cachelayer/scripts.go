package cachelayer

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/redis/rueidis"
)

var (
	//go:embed scripts/begin.lua
	beginLua string
	//go:embed scripts/skip.lua
	skipLua string
	//go:embed scripts/commit.lua
	commitLua string
	//go:embed scripts/fail.lua
	failLua string
	//go:embed scripts/renew.lua
	renewLua string
	//go:embed scripts/release.lua
	releaseLua string

	// The batched transition scripts.
	beginScript  = newScript(beginLua)
	skipScript   = newScript(skipLua)
	commitScript = newScript(commitLua)
	// The scripts of single runs.
	failScript    = rueidis.NewLuaScript(failLua)
	renewScript   = rueidis.NewLuaScript(renewLua)
	releaseScript = rueidis.NewLuaScript(releaseLua)
)

// Flags select the optional steps of a script. On a Redis Cluster the steps
// that touch a key outside the document's partition (XACK on the ingest
// stream, XADD to the completed stream) are left to the caller, so that
// every script stays in one slot; on a single Redis they are in the script
// too (see Layer.SingleSlot).
type Flags struct {
	Chain  bool // XADD the next event: the next stage's stream, or completed after the last stage
	Record bool // XADD the run record
	Ack    bool // XACK the input entry
	Input  bool // GET the previous stage's output
}

// SingleSlot reports whether the layer's Redis is a single one (not a
// cluster), on which a script may touch keys of every partition and the
// public streams: batches then mix partitions, and the first stage's ack of
// its ingest entry and the last stage's completed event commit atomically
// with the run.
func (l *Layer) SingleSlot() bool { return l.single }

// Run names one stage run of one document: everything the scripts need to
// find its keys.
type Run struct {
	Partition int
	Doc       string
	Stage     string
	NextStage string // "" for the last stage
	OutKey    string // this stage's output key (the hash, not the Redis key)
	InStage   string // the stage whose output is the input; "" for the first stage
	InKey     string // InStage's output key
	Input     string // input stream (for XACK when Flags.Ack)
	Group     string
	EntryID   string
	Consumer  string
	Attempt   int64
	Version   int64
	Source    string
	Flags     Flags

	names runNames // key and field names, built once for begin and commit
}

// runNames memoizes the names a run's scripts need, with what they were
// built from: a caller that changes the run gets new ones.
type runNames struct {
	partition               int
	doc, stage, outKey      string
	output, state, lockName string // keys
	done                    string // the stage's done field in the state hash
}

// names returns r's output, state and lock keys and its done field.
func (l *Layer) names(r *Run) *runNames {
	n := &r.names
	if n.state == "" || n.partition != r.Partition || n.doc != r.Doc || n.stage != r.Stage || n.outKey != r.OutKey {
		*n = runNames{partition: r.Partition, doc: r.Doc, stage: r.Stage, outKey: r.OutKey,
			output: l.keys.Output(r.Partition, r.Stage, r.OutKey), state: l.keys.State(r.Partition, r.Doc),
			lockName: l.keys.Lock(r.Partition, r.Doc, r.Stage), done: DoneField(r.Stage)}
	}
	return n
}

// Layer runs docpipe's transition scripts on one rueidis client. Concurrent
// begin, skip and commit calls are batched into one script call each (see
// batcher): per partition on a cluster, across partitions on a single Redis.
type Layer struct {
	c       rueidis.Client
	single  bool // a single Redis: batches may mix partitions
	keys    Keys
	ttl     TTLs
	begins  *batchers
	skips   *batchers
	commits *batchers
	msText  sync.Map // int64 -> its decimal text (see ms)
}

// TTLs are the lifetimes of cached outputs per stage and of state hashes,
// and the length the completed stream is kept to.
type TTLs struct {
	Output    map[string]int64 // stage -> milliseconds
	State     int64            // milliseconds
	Completed int64            // approximate MAXLEN of the completed stream (0: 100,000)
}

// completedMaxLen is the MAXLEN ~ for XADDs to the completed stream.
func (t TTLs) completedMaxLen() string {
	if t.Completed > 0 {
		return strconv.FormatInt(t.Completed, 10)
	}
	return "100000"
}

// OutputTTL is the output lifetime of stage in milliseconds (default 2 days).
func (t TTLs) OutputTTL(stage string) int64 {
	if ms, ok := t.Output[stage]; ok && ms > 0 {
		return ms
	}
	return 2 * 24 * 3600 * 1000
}

func (t TTLs) state() int64 {
	if t.State > 0 {
		return t.State
	}
	return 7 * 24 * 3600 * 1000
}

// NewLayer binds the scripts to a client, key builder and TTLs.
func NewLayer(c rueidis.Client, keys Keys, ttl TTLs) *Layer {
	return &Layer{c: c, single: c.Mode() != rueidis.ClientModeCluster, keys: keys, ttl: ttl,
		begins: &batchers{c: c, script: beginScript}, skips: &batchers{c: c, script: skipScript},
		commits: &batchers{c: c, script: commitScript}}
}

// ms formats a lease or TTL in milliseconds. They are a few values from
// the configuration, sent with every run: each is formatted once.
func (l *Layer) ms(v int64) string {
	if s, ok := l.msText.Load(v); ok {
		return s.(string)
	}
	s := strconv.FormatInt(v, 10)
	l.msText.Store(v, s)
	return s
}

// batch is the batcher a run's script calls join: one per partition on a
// cluster, where a script's keys must share a slot; one for all on a single
// Redis, where batches grow larger.
func (l *Layer) batch(r *Run) int {
	if l.single {
		return 0
	}
	return r.Partition
}

// BeginOutcome is what begin.lua decided.
type BeginOutcome int

// Begin outcomes.
const (
	Done   BeginOutcome = iota // the output exists: call Skip
	Busy                       // another replica holds the lock
	Locked                     // lock taken: compute
)

// BeginResult is the answer of Begin.
type BeginResult struct {
	Outcome  BeginOutcome
	Input    []byte // Locked: previous output, nil when missing or not asked
	HasInput bool
}

// nextStream is where a chaining run XADDs its next event.
func (l *Layer) nextStream(r *Run) string {
	if r.NextStage == "" {
		return l.keys.Completed()
	}
	return l.keys.Stream(r.Partition, r.NextStage)
}

// nextMaxLen is the MAXLEN ~ of the next event's XADD: the completed stream
// is kept to its retention, a stage stream is trimmed by the trimmer.
func (l *Layer) nextMaxLen(r *Run) string {
	if r.Flags.Chain && r.NextStage == "" {
		return l.ttl.completedMaxLen()
	}
	return ""
}

func (l *Layer) runKeys(r *Run) (state, next, records, input string) {
	state = l.names(r).state
	next, records, input = state, state, state
	if r.Flags.Chain {
		next = l.nextStream(r)
	}
	if r.Flags.Record {
		records = l.keys.Records(r.Partition)
	}
	if r.Flags.Ack {
		input = r.Input
	}
	return
}

// Begin runs the skip check, takes the lock with token and loads the input,
// in one round trip.
func (l *Layer) Begin(ctx context.Context, r *Run, token string, leaseMS int64) (BeginResult, error) {
	n := l.names(r)
	inKey := n.state // no input to load: begin.lua sees the state key again
	if r.Flags.Input {
		inKey = l.keys.Output(r.Partition, r.InStage, r.InKey)
	}
	keys := []string{n.output, n.state, n.lockName, inKey}
	args := []string{n.done, r.OutKey, token, l.ms(leaseMS)}
	reply, err := l.begins.get(l.batch(r)).do(ctx, keys, args)
	if err != nil {
		return BeginResult{}, fmt.Errorf("begin %s %s: %w", r.Stage, r.Doc, err)
	}
	if reply.IsString() {
		b, err := reply.AsBytes()
		if err != nil {
			return BeginResult{}, fmt.Errorf("begin reply: %w", err)
		}
		return BeginResult{Outcome: Locked, Input: b, HasInput: true}, nil
	}
	code, err := reply.AsInt64()
	if err != nil {
		return BeginResult{}, fmt.Errorf("begin reply: %w", err)
	}
	switch code {
	case 0:
		return BeginResult{Outcome: Done}, nil
	case 1:
		return BeginResult{Outcome: Busy}, nil
	case 2:
		return BeginResult{Outcome: Locked}, nil
	}
	return BeginResult{}, fmt.Errorf("begin: unknown reply %d", code)
}

// Skip chains a run whose output already exists on to the next stage, writes
// its skip record (time_saved_us filled from the state), marks the state and
// acknowledges the input, as the run's flags say. It returns the compute
// time the skip saved.
func (l *Layer) Skip(ctx context.Context, r *Run, nowMS int64, next, record []string) (int64, error) {
	state, nextKey, records, input := l.runKeys(r)
	keys := []string{state, nextKey, records, input}
	more := sourceItems(r, nil)
	next, record = optional(r, next, record)
	args := make([]string, 0, 12+len(more)+len(next)+len(record))
	prefix := StatusSkipped + " " + strconv.FormatInt(nowMS, 10) + " " + strconv.FormatInt(r.Attempt, 10) + " "
	args = append(args, r.Stage, l.names(r).done, r.OutKey, prefix, " "+r.Consumer, ackGroup(r),
		r.EntryID, l.ms(l.ttl.state()), l.nextMaxLen(r),
		strconv.Itoa(len(more)), strconv.Itoa(len(next)), strconv.Itoa(len(record)))
	args = append(args, more...)
	args = append(args, next...)
	args = append(args, record...)
	reply, err := l.skips.get(l.batch(r)).do(ctx, keys, args)
	if err != nil {
		return 0, fmt.Errorf("skip %s %s: %w", r.Stage, r.Doc, err)
	}
	saved, err := reply.ToString()
	if err != nil {
		return 0, fmt.Errorf("skip %s %s: %w", r.Stage, r.Doc, err)
	}
	n, _ := strconv.ParseInt(saved, 10, 64)
	return n, nil
}

// sourceItems appends version and source for the first stage: a document's
// state records them once per pass, for reprocess.
func sourceItems(r *Run, items []string) []string {
	if r.InStage == "" {
		items = append(items, "v", strconv.FormatInt(r.Version, 10), "src", r.Source)
	}
	return items
}

// optional drops the next event and the record when the run's flags leave
// them out.
func optional(r *Run, next, record []string) ([]string, []string) {
	if !r.Flags.Chain {
		next = nil
	}
	if !r.Flags.Record {
		record = nil
	}
	return next, record
}

// ackGroup is the group the scripts XACK the input in, or "" for none.
func ackGroup(r *Run) string {
	if r.Flags.Ack {
		return r.Group
	}
	return ""
}

// errShortReply is a script reply with fewer answers than runs.
var errShortReply = errors.New("cachelayer: script reply shorter than its batch")

// ErrFenced means the run lost its lock before commit: another replica owns
// the work now, and nothing was written.
var ErrFenced = errors.New("cachelayer: lock lost, commit fenced off")

// Commit writes the output, state, next event and record, acks the input and
// releases the lock, all in one script, if token still holds the lock.
func (l *Layer) Commit(ctx context.Context, r *Run, token string, leaseMS, nowMS, computeUS int64, output []byte, next, record []string) error {
	state, nextKey, records, input := l.runKeys(r)
	nm := l.names(r)
	keys := []string{nm.output, state, nm.lockName, nextKey, records, input}
	items := make([]string, 0, 8)
	items = append(items, r.Stage, stageValue(StatusCompleted, nowMS, r.Attempt, computeUS, r.Consumer, ""), nm.done, r.OutKey)
	items = sourceItems(r, items)
	next, record = optional(r, next, record)
	args := make([]string, 0, 11+len(items)+len(next)+len(record))
	args = append(args, token, l.ms(leaseMS), l.ms(l.ttl.OutputTTL(r.Stage)),
		rueidis.BinaryString(output), l.commitStateTTL(r), ackGroup(r), r.EntryID, l.nextMaxLen(r),
		strconv.Itoa(len(items)), strconv.Itoa(len(next)), strconv.Itoa(len(record)))
	args = append(args, items...)
	args = append(args, next...)
	args = append(args, record...)
	reply, err := l.commits.get(l.batch(r)).do(ctx, keys, args)
	if err != nil {
		return fmt.Errorf("commit %s %s: %w", r.Stage, r.Doc, err)
	}
	n, err := reply.AsInt64()
	if err != nil {
		return fmt.Errorf("commit %s %s: reply: %w", r.Stage, r.Doc, err)
	}
	if n == 0 {
		return ErrFenced
	}
	return nil
}

// commitStateTTL is the state TTL a commit sets, or "" to leave it. The
// first stage's commit starts a pass and the last one ends it; skip.lua and
// fail.lua set it too. So a state lives DOCPIPE_TTL_STATE after its pass
// ends (or fails), and the middle commits save a PEXPIRE each. A state that
// expired in the middle of a pass (a DLQ replay days later) is written again
// without a TTL until the pass ends, which sets it.
func (l *Layer) commitStateTTL(r *Run) string {
	if r.InStage == "" || r.NextStage == "" {
		return l.ms(l.ttl.state())
	}
	return ""
}

// Fail records a failed run: status failed, with the error, finish time and
// attempt; the stage's done key is left as it was. A transient failure leaves
// the entry pending; for a dead one the caller has copied it to the
// dead-letter stream, and Flags.Ack then acknowledges it. It releases the
// lock if token still holds it.
func (l *Layer) Fail(ctx context.Context, r *Run, token, reason string, nowMS int64, record []string) error {
	state, _, records, input := l.runKeys(r)
	keys := []string{state, l.names(r).lockName, records, input}
	items := sourceItems(r, []string{r.Stage, stageValue(StatusFailed, nowMS, r.Attempt, 0, r.Consumer, reason)})
	if !r.Flags.Record {
		record = nil
	}
	args := make([]string, 0, 5+len(items)+len(record))
	args = append(args, token, ackGroup(r), r.EntryID, l.ms(l.ttl.state()), strconv.Itoa(len(items)))
	args = append(args, items...)
	args = append(args, record...)
	if err := failScript.Exec(ctx, l.c, keys, args).Error(); err != nil {
		return fmt.Errorf("fail %s %s: %w", r.Stage, r.Doc, err)
	}
	return nil
}

// Renew extends the lease of a lock held with token; false means it is lost.
func (l *Layer) Renew(ctx context.Context, r *Run, token string, leaseMS int64) (bool, error) {
	n, err := renewScript.Exec(ctx, l.c, []string{l.names(r).lockName}, []string{token, l.ms(leaseMS)}).AsInt64()
	if err != nil {
		return false, fmt.Errorf("renew lock %s %s: %w", r.Stage, r.Doc, err)
	}
	return n == 1, nil
}

// Release frees a lock held with token (compare-and-delete).
func (l *Layer) Release(ctx context.Context, r *Run, token string) error {
	if err := releaseScript.Exec(ctx, l.c, []string{l.names(r).lockName}, []string{token}).Error(); err != nil {
		return fmt.Errorf("release lock %s %s: %w", r.Stage, r.Doc, err)
	}
	return nil
}

// Output returns a cached output value; ok is false on a miss.
func (l *Layer) Output(ctx context.Context, partition int, stage, key string) (b []byte, ok bool, err error) {
	b, err = l.c.Do(ctx, l.c.B().Get().Key(l.keys.Output(partition, stage, key)).Build()).AsBytes()
	if rueidis.IsRedisNil(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("get output %s %s: %w", stage, key, err)
	}
	return b, true, nil
}

// Outputs fetches several outputs of one partition in one MGET; a missing
// one is nil in the result.
func (l *Layer) Outputs(ctx context.Context, partition int, stageKeys [][2]string) ([][]byte, error) {
	if len(stageKeys) == 0 {
		return nil, nil
	}
	ks := make([]string, len(stageKeys))
	for i, sk := range stageKeys {
		ks[i] = l.keys.Output(partition, sk[0], sk[1])
	}
	arr, err := l.c.Do(ctx, l.c.B().Mget().Key(ks...).Build()).ToArray()
	if err != nil {
		return nil, fmt.Errorf("mget outputs: %w", err)
	}
	out := make([][]byte, len(arr))
	for i, m := range arr {
		if b, err := m.AsBytes(); err == nil {
			out[i] = b
		}
	}
	return out, nil
}

// PutPart caches a sub-item of an output (a chunk's text, one chunk's
// mentions) with the stage's output TTL, compressed like outputs.
func (l *Layer) PutPart(ctx context.Context, partition int, stage, key, part string, value []byte) error {
	cmd := l.c.B().Set().Key(l.keys.Part(partition, stage, key, part)).Value(rueidis.BinaryString(Compress(value))).
		PxMilliseconds(l.ttl.OutputTTL(stage)).Build()
	if err := l.c.Do(ctx, cmd).Error(); err != nil {
		return fmt.Errorf("put part %s %s %s: %w", stage, key, part, err)
	}
	return nil
}

// GetPart reads a sub-item; ok is false on a miss.
func (l *Layer) GetPart(ctx context.Context, partition int, stage, key, part string) (b []byte, ok bool, err error) {
	b, err = l.c.Do(ctx, l.c.B().Get().Key(l.keys.Part(partition, stage, key, part)).Build()).AsBytes()
	if rueidis.IsRedisNil(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("get part %s %s %s: %w", stage, key, part, err)
	}
	raw, err := Decompress(b)
	if err != nil {
		// A corrupt part is a miss: the caller recomputes it.
		return nil, false, nil
	}
	return raw, true, nil
}
