package cachelayer

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/redis/rueidis"
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
	Input  bool // load the previous stage's output in Begin
}

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
	// Attempt is the run's try of this stage in this pass: Begin sets it
	// when it takes the lease (tries are counted where the stage ran).
	Attempt int64
	Version int64
	Source  string
	// First holds the state items only the first stage writes (version,
	// source, rerun salt, parent): see FirstStageItems.
	First []string
	Flags Flags
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
}

// TTLs are the lifetimes of cached outputs per stage and of state hashes,
// and the length the public streams are kept to.
type TTLs struct {
	Output    map[string]int64 // stage -> milliseconds
	State     int64            // milliseconds
	Completed int64            // approximate MAXLEN of the completed and dead-letter streams (0: 100,000)
}

// publicMaxLen is the MAXLEN ~ for XADDs to the completed and dead-letter
// streams.
func (t TTLs) publicMaxLen() string {
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

// SingleSlot reports whether the layer's Redis is a single one (not a
// cluster), on which a script may touch keys of every partition and the
// public streams: batches then mix partitions, and the first stage's ack of
// its ingest entry and the last stage's completed event commit atomically
// with the run.
func (l *Layer) SingleSlot() bool { return l.single }

// Keys is the layer's key builder.
func (l *Layer) Keys() Keys { return l.keys }

// batch is the batcher a run's script calls join: one per partition on a
// cluster, where a script's keys must share a slot; one for all on a single
// Redis, where batches grow larger.
func (l *Layer) batch(r *Run) int {
	if l.single {
		return 0
	}
	return r.Partition
}

// streams are the keys a run's scripts chain to, record in and acknowledge
// on; a step the run's flags leave out gets the state key, which keeps
// every key of the script in the partition's slot.
func (l *Layer) streams(r *Run, state string) (next, records, input string) {
	next, records, input = state, state, state
	if r.Flags.Chain {
		if r.NextStage == "" {
			next = l.keys.Completed()
		} else {
			next = l.keys.Stream(r.Partition, r.NextStage)
		}
	}
	if r.Flags.Record {
		records = l.keys.Records(r.Partition)
	}
	if r.Flags.Ack {
		input = r.Input
	}
	return next, records, input
}

// nextMaxLen is the MAXLEN ~ of the next event's XADD: the completed stream
// is kept to its retention, a stage stream is trimmed by the trimmer.
func (l *Layer) nextMaxLen(r *Run) string {
	if r.Flags.Chain && r.NextStage == "" {
		return l.ttl.publicMaxLen()
	}
	return ""
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

func ms(v int64) string { return strconv.FormatInt(v, 10) }

// errShortReply is a script reply with fewer answers than runs.
var errShortReply = errors.New("cachelayer: script reply shorter than its batch")

// ErrFenced means the run lost its lease: another replica owns the work now,
// and nothing was written.
var ErrFenced = errors.New("cachelayer: lease lost, nothing written")

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
