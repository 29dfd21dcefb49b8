package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/redis/rueidis"
	"github.com/schollz/progressbar/v3"

	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
)

func cmdIngest(ctx context.Context, a *app, args []string) error {
	fset, parse := a.flags("ingest")
	wait := fset.Bool("wait", false, "follow the completed and dead-letter streams until every added document is done or failed")
	timeout := fset.Duration("timeout", 30*time.Minute, "with --wait: give up after this long")
	version := fset.Int64("version", 0, "processing version (default 1)")
	onFull := fset.String("on-full", "wait", "when the ingest backlog reaches DOCPIPE_INGEST_MAX_BACKLOG: wait for the pipeline, or fail")
	if err := parse(args); err != nil {
		return err
	}
	if fset.NArg() == 0 {
		return fmt.Errorf("%w: ingest needs at least one PATH", errUsage)
	}
	if *onFull != "wait" && *onFull != "fail" {
		return fmt.Errorf("%w: --on-full is wait or fail, not %q", errUsage, *onFull)
	}
	var files []string
	for _, p := range fset.Args() {
		abs, err := filepath.Abs(p)
		if err != nil {
			return err
		}
		err = filepath.WalkDir(abs, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type().IsRegular() || (d.Type()&fs.ModeSymlink != 0 && isRegular(path)) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("ingest %s: %w", p, err)
		}
	}
	sort.Strings(files)
	if err := a.connect(); err != nil {
		return err
	}
	defer a.close()

	// Where to start following: a stream id just before now.
	since := strconv.FormatInt(time.Now().UnixMilli()-1, 10) + "-0"
	bar := progressbar.NewOptions(len(files), progressbar.OptionSetWriter(a.stderr), progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	docs := map[string]string{} // doc id -> path
	// Pipelined in chunks: one round trip per chunk, and the bar moves.
	const chunk = 500
	var told time.Time
	bp := consumers.Backpressure{Max: a.cfg.IngestMaxBacklog, Wait: *onFull == "wait", OnWait: func(n int64) {
		if time.Since(told) >= 10*time.Second {
			told = time.Now()
			a.log.Info("ingest waits: the pipeline's backlog is at the bound", "backlog", n, "max", a.cfg.IngestMaxBacklog)
		}
	}}
	for start := 0; start < len(files); start += chunk {
		if err := bp.Admit(ctx, a.client, a.keys); err != nil {
			return fmt.Errorf("ingest: %d of %d documents added: %w", start, len(files), err)
		}
		part := files[start:min(start+chunk, len(files))]
		ins := make([]events.Ingest, len(part))
		for i, f := range part {
			ins[i] = events.Ingest{Source: f, Version: *version, DocID: events.DocIDFor(f)}
			docs[ins[i].DocID] = f
		}
		if _, err := consumers.Ingest(ctx, a.client, a.keys, ins...); err != nil {
			return err
		}
		_ = bar.Add(len(part))
	}
	_ = bar.Finish()
	fmt.Fprintf(a.stdout, "added %d documents to %s\n", len(files), a.keys.Ingest())
	if !*wait {
		return nil
	}
	return a.follow(ctx, docs, since, *timeout)
}

func isRegular(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// follow reads the completed and dead-letter streams from since until every
// document in docs has an outcome, then prints a summary.
func (a *app) follow(ctx context.Context, docs map[string]string, since string, timeout time.Duration) error {
	start := time.Now()
	deadline := start.Add(timeout)
	done := map[string]bool{}
	failed := map[string]string{}
	lastDone, lastDLQ := since, since
	bar := progressbar.NewOptions(len(docs), progressbar.OptionSetWriter(a.stderr), progressbar.OptionSetDescription("processing"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	for len(done)+len(failed) < len(docs) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if time.Now().After(deadline) {
			break
		}
		// The two streams are read apart: on a Redis Cluster they live in
		// different slots, and one XREAD over both is refused.
		res, err := a.readFollow(ctx, lastDone, lastDLQ)
		if err != nil {
			return err
		}
		for _, e := range res[a.keys.Completed()] {
			lastDone = e.ID
			if _, ok := docs[e.FieldValues["doc"]]; ok && !done[e.FieldValues["doc"]] {
				done[e.FieldValues["doc"]] = true
				delete(failed, e.FieldValues["doc"])
				_ = bar.Add(1)
			}
		}
		for _, e := range res[a.keys.DLQ()] {
			lastDLQ = e.ID
			doc := dlqDoc(e.FieldValues)
			if _, ok := docs[doc]; ok && !done[doc] {
				if _, seen := failed[doc]; !seen {
					_ = bar.Add(1)
				}
				failed[doc] = e.FieldValues[consumers.DLQStage] + ": " + e.FieldValues[consumers.DLQReason]
			}
		}
	}
	_ = bar.Finish()
	fmt.Fprintf(a.stdout, "\n%d completed, %d failed, %d still running after %s\n",
		len(done), len(failed), len(docs)-len(done)-len(failed), time.Since(start).Round(time.Millisecond))
	var fails []string
	for d, reason := range failed {
		fails = append(fails, fmt.Sprintf("  FAILED %s (%s)\n    %s", docs[d], d, reason))
	}
	sort.Strings(fails)
	if len(fails) > 0 {
		fmt.Fprintln(a.stdout, strings.Join(fails, "\n"))
	}
	if len(done)+len(failed) < len(docs) {
		return fmt.Errorf("timed out after %s with %d documents unfinished", timeout, len(docs)-len(done)-len(failed))
	}
	return nil
}

// readFollow reads what is new on the completed stream (waiting up to half
// a second for it) and on the dead-letter stream.
func (a *app) readFollow(ctx context.Context, lastDone, lastDLQ string) (map[string][]rueidis.XRangeEntry, error) {
	c := a.client
	out := map[string][]rueidis.XRangeEntry{}
	for _, kv := range [][2]string{{a.keys.DLQ(), lastDLQ}, {a.keys.Completed(), lastDone}} {
		cmd := c.B().Xread().Count(1000)
		var res map[string][]rueidis.XRangeEntry
		var err error
		if kv[0] == a.keys.Completed() {
			res, err = c.Do(ctx, cmd.Block(500).Streams().Key(kv[0]).Id(kv[1]).Build()).AsXRead()
		} else {
			res, err = c.Do(ctx, cmd.Streams().Key(kv[0]).Id(kv[1]).Build()).AsXRead()
		}
		if err != nil && !rueidis.IsRedisNil(err) {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("follow %s: %w", kv[0], err)
		}
		out[kv[0]] = res[kv[0]]
	}
	return out, nil
}

// dlqDoc finds the document id of a dead-lettered entry: a stage event's doc,
// an ingest event's doc_id, or the id derived from its source.
func dlqDoc(f map[string]string) string {
	if d := f[events.FieldDoc]; d != "" {
		return d
	}
	if d := f[events.FieldDocID]; d != "" {
		return d
	}
	if s := f[events.FieldSource]; s != "" {
		return events.DocIDFor(s)
	}
	return ""
}
