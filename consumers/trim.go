package consumers

import (
	"context"
	"fmt"
	"strconv"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/events"
)

// trimLoop trims the stage and records streams every TrimInterval.
func (rt *Runtime) trimLoop(ctx context.Context) {
	if rt.cfg.TrimInterval <= 0 {
		return
	}
	for sleep(ctx, rt.cfg.TrimInterval) {
		var streams []string
		for _, s := range events.Stages {
			streams = append(streams, Streams(rt.keys, rt.cfg.Partitions, s)...)
		}
		for p := 0; p < rt.cfg.Partitions; p++ {
			streams = append(streams, rt.keys.Records(p))
		}
		for _, s := range streams {
			if _, err := Trim(ctx, rt.client, s); err != nil && ctx.Err() == nil {
				rt.errLog.Warn(rt.log, "trim", "stream", s, "err", err)
			}
		}
	}
}

// Trim removes the entries of stream that every consumer group has both
// been delivered and acknowledged: everything below the oldest pending entry
// of any group, and never past any group's last-delivered id. A stream
// without groups is left alone: nobody has said what it may lose. It returns
// the number of entries removed.
func Trim(ctx context.Context, c rueidis.Client, stream string) (int64, error) {
	groups, err := c.Do(ctx, c.B().XinfoGroups().Key(stream).Build()).ToArray()
	if err != nil {
		if rueidis.IsRedisNil(err) {
			return 0, nil
		}
		if _, ok := rueidis.IsRedisErr(err); ok {
			// No such key: nothing to trim.
			return 0, nil
		}
		return 0, fmt.Errorf("xinfo groups %s: %w", stream, err)
	}
	if len(groups) == 0 {
		return 0, nil
	}
	var min string
	for _, g := range groups {
		info, err := g.AsMap()
		if err != nil {
			return 0, fmt.Errorf("xinfo groups %s: %w", stream, err)
		}
		nameV, pendingV, lastV := info["name"], info["pending"], info["last-delivered-id"]
		name, _ := nameV.ToString()
		pending, _ := pendingV.AsInt64()
		last, _ := lastV.ToString()
		bound := nextID(last) // everything up to last was delivered
		if pending > 0 {
			sum, err := c.Do(ctx, c.B().Xpending().Key(stream).Group(name).Build()).ToArray()
			if err != nil || len(sum) < 2 {
				return 0, fmt.Errorf("xpending %s %s: %w", stream, name, err)
			}
			oldest, err := sum[1].ToString()
			if err != nil {
				return 0, fmt.Errorf("xpending %s %s: oldest id: %w", stream, name, err)
			}
			bound = oldest
		}
		if min == "" || idLess(bound, min) {
			min = bound
		}
	}
	if min == "" || min == "0-1" {
		return 0, nil
	}
	n, err := c.Do(ctx, c.B().Xtrim().Key(stream).Minid().Threshold(min).Build()).AsInt64()
	if err != nil {
		return 0, fmt.Errorf("xtrim %s minid %s: %w", stream, min, err)
	}
	return n, nil
}

// nextID is the smallest id after id.
func nextID(id string) string {
	ms, seq := splitID(id)
	return strconv.FormatUint(ms, 10) + "-" + strconv.FormatUint(seq+1, 10)
}
