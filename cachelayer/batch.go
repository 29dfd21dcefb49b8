package cachelayer

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"sync"
	"time"

	"github.com/redis/rueidis"
)

// maxBatch bounds the runs sent in one script call.
const maxBatch = 64

// executors is how many calls of one script may be in flight per
// partition: more than one so that a batch in flight does not hold up the
// next, few so that batches form under load.
const executors = 2

// batchTimeout bounds one batched script call; the runs in it are detached
// from their callers' contexts so that one caller's shutdown cannot cut
// another's commit.
const batchTimeout = 10 * time.Second

// call is one run's part of a batched script call.
type call struct {
	keys, args []string
	reply      rueidis.RedisMessage
	err        error
	done       chan struct{} // one send per use: calls are pooled
}

// calls recycles calls and their channels: two per stage run otherwise.
var calls = sync.Pool{New: func() any { return &call{done: make(chan struct{}, 1)} }}

// batcher groups the calls of one script for one partition (on a cluster,
// so that a batch stays in the partition's slot) or for all of them (on a
// single Redis): a caller queues its call, and an executor sends every call
// waiting at that moment as one script call. Under load, calls queue while
// the previous batch is in flight, so the Lua call overhead is shared; when
// idle a call goes alone, with one goroutine hop of latency.
type batcher struct {
	c       rueidis.Client
	script  *script
	mu      sync.Mutex
	queue   []*call
	running int
}

// do queues a call and waits for its reply.
func (b *batcher) do(ctx context.Context, keys, args []string) (rueidis.RedisMessage, error) {
	cl := calls.Get().(*call)
	cl.keys, cl.args = keys, args
	b.mu.Lock()
	b.queue = append(b.queue, cl)
	if b.running < executors {
		b.running++
		go b.run(context.WithoutCancel(ctx))
	}
	b.mu.Unlock()
	<-cl.done
	reply, err := cl.reply, cl.err
	*cl = call{done: cl.done}
	calls.Put(cl)
	return reply, err
}

// run sends batches until the queue is empty.
func (b *batcher) run(ctx context.Context) {
	for {
		b.mu.Lock()
		if len(b.queue) == 0 {
			b.running--
			b.mu.Unlock()
			return
		}
		n := min(len(b.queue), maxBatch)
		batch := make([]*call, n)
		copy(batch, b.queue)
		b.queue = append(b.queue[:0], b.queue[n:]...)
		b.mu.Unlock()
		b.send(ctx, batch)
	}
}

func (b *batcher) send(ctx context.Context, batch []*call) {
	nk := 0
	for _, cl := range batch {
		nk += len(cl.keys)
	}
	cctx, cancel := context.WithTimeout(ctx, batchTimeout)
	// The runs' keys and arguments go straight into the command: no
	// flattened copy of a few thousand strings per call.
	resp := b.c.Do(cctx, evalCmd(b.c.B().Evalsha().Sha1(b.script.sha).Numkeys(int64(nk)), batch))
	if err, ok := rueidis.IsRedisErr(resp.Error()); ok && err.IsNoScript() {
		// A restarted or flushed Redis: EVAL loads the script again.
		resp = b.c.Do(cctx, evalCmd(b.c.B().Eval().Script(b.script.src).Numkeys(int64(nk)), batch))
	}
	arr, err := resp.ToArray()
	cancel()
	if err == nil && len(arr) != len(batch) {
		err = errShortReply
	}
	for i, cl := range batch {
		if err != nil {
			cl.err = err
		} else {
			cl.reply = arr[i]
		}
		cl.done <- struct{}{}
	}
}

// evalCmd adds every run's KEYS, then every run's ARGV, to an EVAL or
// EVALSHA under construction.
func evalCmd[N interface{ Key(...string) K }, K interface {
	Key(...string) K
	Arg(...string) A
}, A interface {
	Arg(...string) A
	Build() rueidis.Completed
}](n N, batch []*call) rueidis.Completed {
	k := n.Key(batch[0].keys...)
	for _, cl := range batch[1:] {
		k = k.Key(cl.keys...)
	}
	a := k.Arg(batch[0].args...)
	for _, cl := range batch[1:] {
		a = a.Arg(cl.args...)
	}
	return a.Build()
}

// script is a Lua script as the batchers send it: by SHA-1, and whole when
// Redis does not know it (yet).
type script struct {
	src, sha string
}

func newScript(src string) *script {
	sum := sha1.Sum([]byte(src))
	return &script{src: src, sha: hex.EncodeToString(sum[:])}
}

// batchers holds one batcher per partition for one script.
type batchers struct {
	c      rueidis.Client
	script *script
	mu     sync.Mutex
	by     map[int]*batcher
}

func (bs *batchers) get(partition int) *batcher {
	bs.mu.Lock()
	defer bs.mu.Unlock()
	if bs.by == nil {
		bs.by = map[int]*batcher{}
	}
	b, ok := bs.by[partition]
	if !ok {
		b = &batcher{c: bs.c, script: bs.script}
		bs.by[partition] = b
	}
	return b
}
