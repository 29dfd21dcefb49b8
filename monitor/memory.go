package monitor

import (
	"context"
	"fmt"
	"strings"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
)

// OutputMemory is the Redis memory of one stage's cached outputs (parts
// included), from a bounded SCAN.
type OutputMemory struct {
	Stage string `json:"stage"`
	Keys  int64  `json:"keys"`
	Bytes int64  `json:"bytes"` // MEMORY USAGE summed
}

// MemoryReport is the result of ScanOutputs.
type MemoryReport struct {
	Stages []OutputMemory `json:"stages"`
	// Scanned counts the keys looked at; Complete is false when the scan
	// stopped at its limit, and the figures then cover only part of the
	// keys (extrapolate by DBSize/Scanned for an estimate).
	Scanned  int64 `json:"scanned"`
	Complete bool  `json:"complete"`
	DBSize   int64 `json:"dbsize"`
}

// ScanOutputs walks the cached outputs (prefix:{pN}:out:*) on every node
// with SCAN and sums MEMORY USAGE per stage, looking at no more than
// maxKeys keys. It is for the cache page, at most once a minute: a SCAN
// visits the whole keyspace in steps and never blocks Redis, but it is
// not free.
func ScanOutputs(ctx context.Context, c rueidis.Client, keys cachelayer.Keys, maxKeys int64) (*MemoryReport, error) {
	rep := &MemoryReport{Complete: true}
	acc := map[string]*OutputMemory{}
	for _, s := range events.Stages {
		acc[s] = &OutputMemory{Stage: s}
	}
	pattern := keys.Prefix + ":{p*}:out:*"
	for _, node := range c.Nodes() {
		n, err := node.Do(ctx, node.B().Dbsize().Build()).AsInt64()
		if err != nil {
			return nil, fmt.Errorf("monitor: dbsize: %w", err)
		}
		rep.DBSize += n
		var cursor uint64
		for {
			if rep.Scanned >= maxKeys {
				rep.Complete = false
				break
			}
			se, err := node.Do(ctx, node.B().Scan().Cursor(cursor).Match(pattern).Count(1000).Build()).AsScanEntry()
			if err != nil {
				return nil, fmt.Errorf("monitor: scan: %w", err)
			}
			if len(se.Elements) > 0 {
				cmds := make(rueidis.Commands, len(se.Elements))
				for i, k := range se.Elements {
					cmds[i] = node.B().MemoryUsage().Key(k).Build()
				}
				for i, r := range node.DoMulti(ctx, cmds...) {
					b, err := r.AsInt64()
					if err != nil {
						continue // expired between SCAN and MEMORY USAGE
					}
					if m := acc[OutputStage(keys, se.Elements[i])]; m != nil {
						m.Keys++
						m.Bytes += b
					}
				}
				rep.Scanned += int64(len(se.Elements))
			}
			if se.Cursor == 0 {
				break
			}
			cursor = se.Cursor
		}
	}
	for _, s := range events.Stages {
		rep.Stages = append(rep.Stages, *acc[s])
	}
	return rep, nil
}

// OutputStage is the stage of an output or part key
// (prefix:{pN}:out:<stage>:<key>[:<part>]), "" for any other key.
func OutputStage(keys cachelayer.Keys, key string) string {
	rest, ok := strings.CutPrefix(key, keys.Prefix+":{p")
	if !ok {
		return ""
	}
	_, rest, ok = strings.Cut(rest, "}:out:")
	if !ok {
		return ""
	}
	stage, _, _ := strings.Cut(rest, ":")
	if !events.IsStage(stage) {
		return ""
	}
	return stage
}
