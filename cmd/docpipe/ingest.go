package main

import (
	"context"
	"encoding/json"
	"errors"
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

// ingestedDoc is one file of `docpipe ingest --json`.
type ingestedDoc struct {
	DocID  string `json:"doc_id"`
	Path   string `json:"path"`
	Entry  string `json:"entry_id"`
	Status string `json:"status,omitempty"` // with --wait: completed, failed or running
	Reason string `json:"reason,omitempty"` // failed: stage and reason
}

func cmdIngest(ctx context.Context, a *app, args []string) error {
	fset, parse := a.flags("ingest")
	wait := fset.Bool("wait", false, "follow the completed and dead-letter streams until every added document is done or failed")
	timeout := durationFlag(fset, "timeout", 30*time.Minute, "with --wait: give up after this long (e.g. 30m, 2h, 1d)")
	version := fset.Int64("version", 0, "processing version (default 1)")
	asJSON := fset.Bool("json", false, "print the documents (id, path, entry id; with --wait their outcome) as JSON")
	onFull := fset.String("on-full", "wait", "when the ingest backlog reaches DOCPIPE_INGEST_MAX_BACKLOG: wait for the pipeline, or fail")
	if err := parse(args); err != nil {
		return err
	}
	if fset.NArg() == 0 {
		return usagef("ingest", "ingest needs at least one PATH")
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
	added := make([]ingestedDoc, 0, len(files))
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
		ids, err := consumers.Ingest(ctx, a.client, a.keys, ins...)
		if err != nil {
			return err
		}
		for i, in := range ins {
			added = append(added, ingestedDoc{DocID: in.DocID, Path: in.Source, Entry: ids[i]})
		}
		_ = bar.Add(len(part))
	}
	_ = bar.Finish()
	if !*asJSON {
		// One line per file: the id is what status, reprocess and the
		// ClickHouse tables know the document by.
		for _, d := range added {
			fmt.Fprintf(a.stdout, "%s  %s\n", d.DocID, d.Path)
		}
		fmt.Fprintf(a.stdout, "added %d documents to %s\n", len(files), a.keys.Ingest())
	}
	if !*wait {
		if *asJSON {
			return a.printIngestJSON(added, nil)
		}
		return nil
	}
	first := ""
	if len(added) > 0 {
		first = added[0].Entry
		for _, d := range added {
			if d.Entry != "" && compareIDs(d.Entry, first) < 0 {
				first = d.Entry
			}
		}
	}
	res, err := a.follow(ctx, docs, since, first, *timeout, !*asJSON)
	if *asJSON && res != nil {
		if jerr := a.printIngestJSON(added, res); jerr != nil {
			return jerr
		}
	}
	return err
}

func (a *app) printIngestJSON(added []ingestedDoc, res *followResult) error {
	out := map[string]any{"stream": a.keys.Ingest(), "documents": added}
	if res != nil {
		for i := range added {
			d := &added[i]
			switch {
			case res.done[d.DocID]:
				d.Status = "completed"
			case res.failed[d.DocID] != "":
				d.Status, d.Reason = "failed", res.failed[d.DocID]
			default:
				d.Status = "running"
			}
		}
		out["completed"], out["failed"] = len(res.done), len(res.failed)
		out["running"] = len(added) - len(res.done) - len(res.failed)
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// compareIDs orders two stream ids ("ms-seq").
func compareIDs(x, y string) int {
	xm, xs, _ := strings.Cut(x, "-")
	ym, ys, _ := strings.Cut(y, "-")
	a, _ := strconv.ParseUint(xm, 10, 64)
	b, _ := strconv.ParseUint(ym, 10, 64)
	if a != b {
		if a < b {
			return -1
		}
		return 1
	}
	c, _ := strconv.ParseUint(xs, 10, 64)
	d, _ := strconv.ParseUint(ys, 10, 64)
	switch {
	case c < d:
		return -1
	case c > d:
		return 1
	}
	return 0
}

func isRegular(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// followResult is what follow saw: the documents completed and those
// dead-lettered, with stage and reason.
type followResult struct {
	done   map[string]bool
	failed map[string]string
}

// stallAfter is how long follow waits without any document finishing
// before it looks at who is reading the ingest stream.
const stallAfter = 5 * time.Second

// follow reads the completed and dead-letter streams from since until every
// document in docs has an outcome, then prints a summary (text unless
// quiet). It fails, naming them, when documents failed or were still
// running at the timeout. first is the id of the first ingest entry added:
// when nothing finishes for a few seconds, follow says whether anyone is
// reading the ingest stream at all.
func (a *app) follow(ctx context.Context, docs map[string]string, since, first string, timeout time.Duration, text bool) (*followResult, error) {
	start := time.Now()
	deadline := start.Add(timeout)
	res := &followResult{done: map[string]bool{}, failed: map[string]string{}}
	done, failed := res.done, res.failed
	lastDone, lastDLQ := since, since
	bar := progressbar.NewOptions(len(docs), progressbar.OptionSetWriter(a.stderr), progressbar.OptionSetDescription("processing"),
		progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
	lastProgress := time.Now()
	stall := stallWatch{}
	for len(done)+len(failed) < len(docs) {
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		if time.Now().After(deadline) {
			break
		}
		// The two streams are read apart: on a Redis Cluster they live in
		// different slots, and one XREAD over both is refused.
		r, err := a.readFollow(ctx, lastDone, lastDLQ)
		if err != nil {
			return res, err
		}
		before := len(done) + len(failed)
		for _, e := range r[a.keys.Completed()] {
			lastDone = e.ID
			if _, ok := docs[e.FieldValues["doc"]]; ok && !done[e.FieldValues["doc"]] {
				done[e.FieldValues["doc"]] = true
				delete(failed, e.FieldValues["doc"])
				_ = bar.Add(1)
			}
		}
		for _, e := range r[a.keys.DLQ()] {
			lastDLQ = e.ID
			doc := dlqDoc(e.FieldValues)
			if _, ok := docs[doc]; ok && !done[doc] {
				if _, seen := failed[doc]; !seen {
					_ = bar.Add(1)
				}
				failed[doc] = e.FieldValues[consumers.DLQStage] + ": " + e.FieldValues[consumers.DLQReason]
			}
		}
		if len(done)+len(failed) > before {
			lastProgress = time.Now()
		} else if time.Since(lastProgress) >= stallAfter {
			if msg := a.whyStalled(ctx, first); msg != "" && stall.report(msg) {
				fmt.Fprintf(a.stderr, "\ndocpipe: %s\n", msg)
			}
			lastProgress = time.Now() // look again after another stallAfter
		}
	}
	_ = bar.Finish()
	running := len(docs) - len(done) - len(failed)
	var lines []string
	for d, reason := range failed {
		lines = append(lines, fmt.Sprintf("  FAILED %s (%s)\n    %s", docs[d], d, reason))
	}
	var unfinished []string
	for d, path := range docs {
		if !done[d] && failed[d] == "" {
			unfinished = append(unfinished, path)
			lines = append(lines, fmt.Sprintf("  TIMED OUT %s (%s)", path, d))
		}
	}
	sort.Strings(lines)
	sort.Strings(unfinished)
	if text {
		fmt.Fprintf(a.stdout, "\n%d completed, %d failed, %d still running after %s\n",
			len(done), len(failed), running, time.Since(start).Round(time.Millisecond))
		if len(lines) > 0 {
			fmt.Fprintln(a.stdout, strings.Join(lines, "\n"))
		}
	}
	var failedPaths []string
	for d := range failed {
		failedPaths = append(failedPaths, docs[d])
	}
	sort.Strings(failedPaths)
	var errs []error
	if len(failed) > 0 {
		errs = append(errs, fmt.Errorf("%w: %d of %d: %s", errDocsFailed, len(failed), len(docs), listSome(failedPaths)))
	}
	if running > 0 {
		errs = append(errs, fmt.Errorf("%w after %s: %d of %d: %s", errDocsTimedOut, timeout, running, len(docs), listSome(unfinished)))
	}
	return res, errors.Join(errs...)
}

// Outcomes of `ingest --wait` that exit non-zero.
var (
	errDocsFailed   = errors.New("documents failed")
	errDocsTimedOut = errors.New("documents still running")
)

// listSome joins up to ten names, saying how many more there are.
func listSome(names []string) string {
	if len(names) <= 10 {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:10], ", ") + fmt.Sprintf(" and %d more", len(names)-10)
}

// stallWatch prints each distinct stall message once.
type stallWatch struct{ last string }

func (w *stallWatch) report(msg string) bool {
	if msg == w.last {
		return false
	}
	w.last = msg
	return true
}

// ingestGroup is the consumer group that reads the ingest stream: the
// first stage's.
var ingestGroup = events.Stages[0]

// whyStalled looks at the ingest stream's reading group when nothing has
// finished for a while, and says what is wrong, or "" if it is reading.
func (a *app) whyStalled(ctx context.Context, first string) string {
	c := a.client
	stream := a.keys.Ingest()
	arr, err := c.Do(ctx, c.B().XinfoGroups().Key(stream).Build()).ToArray()
	if err != nil {
		return ""
	}
	for _, g := range arr {
		m, err := g.AsMap()
		if err != nil {
			continue
		}
		str := func(k string) string { v := m[k]; s, _ := v.ToString(); return s }
		num := func(k string) int64 { v := m[k]; n, _ := v.AsInt64(); return n }
		if str("name") != ingestGroup {
			continue
		}
		n := num("consumers")
		if n == 0 {
			return fmt.Sprintf("the %s group on %s has no consumers: nothing is processing these documents (is `docpipe run` running against this Redis?)", ingestGroup, stream)
		}
		if last := str("last-delivered-id"); first != "" && compareIDs(last, first) < 0 {
			lag := num("lag")
			return fmt.Sprintf("nothing of these documents has been read from %s yet: the %s group has %d consumers, %d entries ahead of them", stream, ingestGroup, n, lag)
		}
		return ""
	}
	return fmt.Sprintf("no consumer group reads %s: nothing is processing these documents (start `docpipe run`)", stream)
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
