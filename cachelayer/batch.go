package cachelayer

import (
	"context"
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
	done       chan struct{}
}

// batcher groups the calls of one script for one partition (on a cluster,
// so that a batch stays in the partition's slot) or for all of them (on a
// single Redis): a caller queues its call, and an executor sends every call
// waiting at that moment as one script call. Under load, calls queue while
// the previous batch is in flight, so the Lua call overhead is shared; when
// idle a call goes alone, with one goroutine hop of latency.
type batcher struct {
	c       rueidis.Client
	script  *rueidis.Lua
	mu      sync.Mutex
	queue   []*call
	running int
}

// do queues a call and waits for its reply.
func (b *batcher) do(ctx context.Context, keys, args []string) (rueidis.RedisMessage, error) {
	cl := &call{keys: keys, args: args, done: make(chan struct{})}
	b.mu.Lock()
	b.queue = append(b.queue, cl)
	if b.running < executors {
		b.running++
		go b.run(context.WithoutCancel(ctx))
	}
	b.mu.Unlock()
	<-cl.done
	return cl.reply, cl.err
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
	var nk, na int
	for _, cl := range batch {
		nk += len(cl.keys)
		na += len(cl.args)
	}
	keys := make([]string, 0, nk)
	args := make([]string, 0, na)
	for _, cl := range batch {
		keys = append(keys, cl.keys...)
		args = append(args, cl.args...)
	}
	cctx, cancel := context.WithTimeout(ctx, batchTimeout)
	arr, err := b.script.Exec(cctx, b.c, keys, args).ToArray()
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
		close(cl.done)
	}
}

// batchers holds one batcher per partition for one script.
type batchers struct {
	c      rueidis.Client
	script *rueidis.Lua
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
