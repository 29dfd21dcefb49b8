package consumers

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
)

// ErrBacklogFull is returned by Backpressure.Admit when the ingest stream's
// backlog is at or above the bound and the caller chose not to wait.
var ErrBacklogFull = errors.New("ingest backlog full")

// IngestBacklog is the ingest stream's backlog: the entries no consumer has
// been given yet plus those given but not acknowledged (pending), for the
// group that is furthest behind. Before any group exists (no `docpipe run`
// has started) every entry is backlog.
func IngestBacklog(ctx context.Context, c rueidis.Client, keys cachelayer.Keys) (int64, error) {
	stream := keys.Ingest()
	// XINFO on a missing stream is a plain ERR; EXISTS in the same round
	// trip tells that case apart without reading the error's text.
	res := c.DoMulti(ctx, c.B().Exists().Key(stream).Build(), c.B().XinfoGroups().Key(stream).Build())
	exists, err := res[0].AsInt64()
	if err != nil {
		return 0, fmt.Errorf("backlog of %s: %w", stream, err)
	}
	if exists == 0 {
		return 0, nil
	}
	groups, err := res[1].ToArray()
	if err != nil {
		return 0, fmt.Errorf("backlog of %s: %w", stream, err)
	}
	if len(groups) == 0 {
		n, err := c.Do(ctx, c.B().Xlen().Key(stream).Build()).AsInt64()
		if err != nil {
			return 0, fmt.Errorf("backlog of %s: %w", stream, err)
		}
		return n, nil
	}
	var worst int64
	for _, g := range groups {
		m, err := g.AsMap()
		if err != nil {
			return 0, fmt.Errorf("backlog of %s: group info: %w", stream, err)
		}
		pm, lm, dm := m["pending"], m["lag"], m["last-delivered-id"]
		pending, _ := pm.AsInt64()
		lag, err := lm.AsInt64()
		if err != nil {
			// Redis cannot tell the lag (entries deleted in between):
			// count the undelivered entries after the group's last id.
			last, _ := dm.ToString()
			if lag, err = undelivered(ctx, c, stream, last); err != nil {
				return 0, err
			}
		}
		worst = max(worst, lag+pending)
	}
	return worst, nil
}

// undelivered counts the entries after last, up to a cap that keeps the
// reply small (a backlog that large is "full" for any sane bound).
func undelivered(ctx context.Context, c rueidis.Client, stream, last string) (int64, error) {
	const limit = 1 << 20
	if last == "" {
		last = "0-0"
	}
	// XRANGE replies carry whole entries; count them in pages.
	var n int64
	start := "(" + last
	for n < limit {
		es, err := c.Do(ctx, c.B().Xrange().Key(stream).Start(start).End("+").Count(10000).Build()).AsXRange()
		if err != nil {
			return 0, fmt.Errorf("backlog of %s: %w", stream, err)
		}
		n += int64(len(es))
		if len(es) < 10000 {
			break
		}
		start = "(" + es[len(es)-1].ID
	}
	return n, nil
}

// Backpressure keeps `docpipe ingest` from filling Redis: before each batch
// it checks the ingest backlog against Max and either waits for the
// pipeline to catch up or refuses.
type Backpressure struct {
	// Max is the backlog at or above which no more entries are added; 0
	// turns the check off.
	Max int64
	// Wait chooses between waiting (true) and failing with ErrBacklogFull.
	Wait bool
	// Poll is how often a waiting Admit looks again (default 500 ms).
	Poll time.Duration
	// OnWait is told the backlog each time Admit finds it full and waits;
	// nil ignores it.
	OnWait func(backlog int64)
}

// Admit returns when another batch may be added: at once when the backlog
// is below Max, else after it fell below (Wait) or with ErrBacklogFull. A
// batch admitted just below Max can take the backlog past it by its own
// size, so Redis holds at most Max plus one batch of ingest entries.
func (b Backpressure) Admit(ctx context.Context, c rueidis.Client, keys cachelayer.Keys) error {
	if b.Max <= 0 {
		return nil
	}
	poll := b.Poll
	if poll <= 0 {
		poll = 500 * time.Millisecond
	}
	for {
		n, err := IngestBacklog(ctx, c, keys)
		if err != nil {
			return err
		}
		if n < b.Max {
			return nil
		}
		if !b.Wait {
			return fmt.Errorf("%w: %d entries waiting on %s, bound DOCPIPE_INGEST_MAX_BACKLOG=%d", ErrBacklogFull, n, keys.Ingest(), b.Max)
		}
		if b.OnWait != nil {
			b.OnWait(n)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for the ingest backlog (%d, bound %d): %w", n, b.Max, ctx.Err())
		case <-time.After(poll):
		}
	}
}
