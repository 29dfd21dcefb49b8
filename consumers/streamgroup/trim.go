package streamgroup

import (
	"context"
	_ "embed"
	"fmt"
	"strconv"
	"time"

	"github.com/redis/rueidis"
)

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
		if min == "" || IDLess(bound, min) {
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

//go:embed expire.lua
var expireLua string

var expireScript = rueidis.NewLuaScript(expireLua)

// expireCall is the KEYS and ARGV of an expire.lua call.
type expireCall struct {
	stream          string // KEYS
	group, consumer string // ARGV
	idleMS          int64
}

func (e *expireCall) keys() []string { return []string{e.stream} }

func (e *expireCall) args() []string {
	return []string{e.group, e.consumer, strconv.FormatInt(e.idleMS, 10)}
}

// ExpireConsumers deletes the consumers of group on stream that hold no
// pending entries and have not read for longer than maxIdle: the names that
// replicas with a default (host-pid) name leave behind when they exit. The
// check and the delete are one script, so a consumer that reads in between
// never loses what it read. It returns how many it deleted.
func ExpireConsumers(ctx context.Context, c rueidis.Client, stream, group string, maxIdle time.Duration) (int, error) {
	arr, err := c.Do(ctx, c.B().XinfoConsumers().Key(stream).Group(group).Build()).ToArray()
	if err != nil {
		if _, ok := rueidis.IsRedisErr(err); ok {
			return 0, nil // no such stream or group yet
		}
		return 0, fmt.Errorf("xinfo consumers %s %s: %w", stream, group, err)
	}
	n := 0
	for _, m := range arr {
		info, err := m.AsMap()
		if err != nil {
			return n, fmt.Errorf("xinfo consumers %s: %w", stream, err)
		}
		nameV, pendingV, idleV := info["name"], info["pending"], info["idle"]
		name, _ := nameV.ToString()
		pending, _ := pendingV.AsInt64()
		idle, _ := idleV.AsInt64()
		if name == "" || pending > 0 || time.Duration(idle)*time.Millisecond <= maxIdle {
			continue // a cheap first look; the script decides
		}
		call := expireCall{stream: stream, group: group, consumer: name, idleMS: maxIdle.Milliseconds()}
		deleted, err := expireScript.Exec(ctx, c, call.keys(), call.args()).AsInt64()
		if err != nil {
			return n, fmt.Errorf("expire consumer %s of %s %s: %w", name, stream, group, err)
		}
		n += int(deleted)
	}
	return n, nil
}

// nextID is the smallest id after id.
func nextID(id string) string {
	ms, seq := splitID(id)
	return strconv.FormatUint(ms, 10) + "-" + strconv.FormatUint(seq+1, 10)
}

// IDLess orders stream ids ("ms-seq").
func IDLess(a, b string) bool {
	am, as := splitID(a)
	bm, bs := splitID(b)
	if am != bm {
		return am < bm
	}
	return as < bs
}

func splitID(id string) (uint64, uint64) {
	for i := 0; i < len(id); i++ {
		if id[i] == '-' {
			ms, _ := strconv.ParseUint(id[:i], 10, 64)
			seq, _ := strconv.ParseUint(id[i+1:], 10, 64)
			return ms, seq
		}
	}
	ms, _ := strconv.ParseUint(id, 10, 64)
	return ms, 0
}
