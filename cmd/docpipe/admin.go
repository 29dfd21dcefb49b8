package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/google/uuid"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/metrics"
)

// StageStatus is one stage's line of `docpipe status`.
type StageStatus struct {
	Stage     string `json:"stage"`
	Status    string `json:"status"`
	Key       string `json:"key,omitempty"`
	Finished  string `json:"finished,omitempty"`
	ComputeMS int64  `json:"compute_ms"`
	Attempts  int64  `json:"attempts"`
	Consumer  string `json:"consumer,omitempty"`
	Error     string `json:"error,omitempty"`
}

func cmdStatus(ctx context.Context, a *app, args []string) error {
	fs, parse := a.flags("status")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("status", "status needs one DOC_ID or PATH, got %d arguments", fs.NArg())
	}
	id, path, err := docArg(fs.Arg(0))
	if err != nil {
		return err
	}
	if err := a.connect(); err != nil {
		return err
	}
	defer a.close()
	c := a.client
	p := events.Partition(id, a.cfg.Partitions)
	st, err := c.Do(ctx, c.B().Hgetall().Key(a.keys.State(p, id)).Build()).AsStrMap()
	if err != nil {
		return fmt.Errorf("status: %w", err)
	}
	if len(st) == 0 {
		if path != "" {
			return fmt.Errorf("status %s (document id %s): %w (never ingested from this path, or its state expired)", path, id, consumers.ErrUnknownDocument)
		}
		return fmt.Errorf("status %s: %w (never ingested, or its state expired)", id, consumers.ErrUnknownDocument)
	}
	// "processing" is not written to the state: it is a live lease, also
	// over a stage that completed in an earlier pass (a reprocess).
	now := time.Now().UnixMilli()
	var rows []StageStatus
	for i, ss := range cachelayer.ParseStageStates(st, events.Stages) {
		s := events.Stages[i]
		r := StageStatus{Stage: s, Status: ss.Status, Key: ss.Key, Consumer: ss.Consumer, Error: ss.Error,
			Finished: msTime(ss.FinishedMS), ComputeMS: ss.ComputeUS / 1000, Attempts: ss.Attempts}
		if l := cachelayer.ParseLease(st[cachelayer.LeaseField(s)]); l.Held && l.ExpiresMS > now {
			r.Status = cachelayer.StatusProcessing
		}
		rows = append(rows, r)
	}
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"doc_id": id, "source": st["src"], "version": st["v"], "stages": rows})
	}
	fmt.Fprintf(a.stdout, "document %s  version %s\nsource   %s\n\n", id, st["v"], st["src"])
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STAGE\tSTATUS\tKEY\tFINISHED\tCOMPUTE\tATTEMPTS\tCONSUMER\tERROR")
	for _, r := range rows {
		key := r.Key
		if len(key) > 12 {
			key = key[:12]
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%dms\t%d\t%s\t%s\n", r.Stage, r.Status, key, r.Finished, r.ComputeMS, r.Attempts, r.Consumer, r.Error)
	}
	return tw.Flush()
}

// docArg reads status's argument: a document id (UUID), or a path, whose id
// is derived exactly as `docpipe ingest` derives it (the UUIDv5 of the
// absolute path). path is "" for an id.
func docArg(arg string) (id, path string, err error) {
	if u, err := uuid.Parse(arg); err == nil {
		return u.String(), "", nil
	}
	abs, err := filepath.Abs(arg)
	if err != nil {
		return "", "", usagef("status", "%q is neither a document id (UUID) nor a path: %v", arg, err)
	}
	if _, err := os.Stat(abs); err != nil {
		return "", "", usagef("status", "%q is not a document id (UUID), and no file is at that path", arg)
	}
	return events.DocIDFor(abs), abs, nil
}

func msTime(ms int64) string {
	if ms == 0 {
		return ""
	}
	return time.UnixMilli(ms).UTC().Format(time.RFC3339)
}

func cmdReprocess(ctx context.Context, a *app, args []string) error {
	fs, parse := a.flags("reprocess")
	from := fs.String("from", "", "first stage to recompute; earlier stages are found in the cache")
	full := fs.Bool("full", false, "bump the processing version: every stage recomputes")
	if err := parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("reprocess", "reprocess needs one DOC_ID, got %d arguments", fs.NArg())
	}
	if (*from == "") == !*full {
		return usagef("reprocess", "reprocess needs exactly one of --from STAGE and --full")
	}
	if *from != "" && !events.IsStage(*from) {
		return usagef("reprocess", "unknown stage %q in --from (want %s)", *from, strings.Join(events.Stages, ", "))
	}
	if _, err := uuid.Parse(fs.Arg(0)); err != nil {
		return usagef("reprocess", "%q is not a document id (UUID)", fs.Arg(0))
	}
	if err := a.connect(); err != nil {
		return err
	}
	defer a.close()
	id, err := consumers.Reprocess(ctx, a.client, a.keys, a.cfg.Partitions, fs.Arg(0), *from, *full)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "queued %s on %s as %s\n", fs.Arg(0), a.keys.Ingest(), id)
	return nil
}

func cmdDLQ(ctx context.Context, a *app, args []string) error {
	if len(args) == 0 {
		return usagef("dlq", "dlq needs a subcommand: list, replay or purge")
	}
	sub := args[0]
	if sub != "list" && sub != "replay" && sub != "purge" {
		return usagef("dlq", "unknown dlq command %q (want list, replay or purge)", sub)
	}
	fs, parse := a.flags("dlq " + sub)
	asJSON := fs.Bool("json", false, "print JSON (list)")
	count := fs.Int64("count", 100, "most entries to list")
	var filter consumers.DLQFilter
	fs.BoolVar(&filter.All, "all", false, "replay/purge: every entry")
	fs.StringVar(&filter.Stage, "stage", "", "replay/purge: the entries of this stage")
	fs.StringVar(&filter.Reason, "reason", "", "replay/purge: the entries whose reason contains this text (any case)")
	if err := parse(args[1:]); err != nil {
		return err
	}
	if sub != "list" {
		if fs.NArg() > 0 && !filter.Empty() {
			return usagef("dlq", "dlq %s: give entry ids or filters (--all, --stage, --reason), not both", sub)
		}
		if fs.NArg() == 0 && filter.Empty() {
			return usagef("dlq", "dlq %s: name the entries: ids (see `docpipe dlq list`), --all, --stage STAGE or --reason TEXT", sub)
		}
		if filter.Stage != "" && !events.IsStage(filter.Stage) {
			return usagef("dlq", "unknown stage %q in --stage (want %s)", filter.Stage, strings.Join(events.Stages, ", "))
		}
	}
	if err := a.connect(); err != nil {
		return err
	}
	defer a.close()
	switch sub {
	case "list":
		es, err := consumers.ListDLQ(ctx, a.client, a.keys, *count)
		if err != nil {
			return err
		}
		if *asJSON {
			return json.NewEncoder(a.stdout).Encode(es)
		}
		tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tSTAGE\tTIME\tDOCUMENT\tREASON")
		for _, e := range es {
			doc := e.Fields[events.FieldSource]
			if doc == "" {
				doc = e.Fields[events.FieldSrc]
			}
			if doc == "" {
				doc = e.Fields[events.FieldDoc]
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.ID, e.Stage, e.Time, doc, e.Reason)
		}
		return tw.Flush()
	case "replay":
		es, err := consumers.SelectDLQ(ctx, a.client, a.keys, fs.Args(), filter)
		if err != nil {
			return fmt.Errorf("dlq replay: %w", err)
		}
		n, err := consumers.ReplayEntries(ctx, a.client, a.keys, es)
		fmt.Fprintf(a.stdout, "replayed %d entries\n", n)
		return err
	default: // purge
		es, err := consumers.SelectDLQ(ctx, a.client, a.keys, fs.Args(), filter)
		if err != nil {
			return fmt.Errorf("dlq purge: %w", err)
		}
		n, err := consumers.PurgeEntries(ctx, a.client, a.keys, es)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "purged %d entries\n", n)
		return nil
	}
}

func cmdMigrate(ctx context.Context, a *app, args []string) error {
	_, parse := a.flags("migrate")
	if err := parse(args); err != nil {
		return err
	}
	if a.cfg.ClickHouseDSN == "" {
		return fmt.Errorf("migrate: DOCPIPE_CLICKHOUSE_DSN is empty")
	}
	// Ensure creates the database, applies every pending migration and
	// recreates any table or view that is recorded but missing.
	st, err := metrics.New(a.cfg.ClickHouseDSN, a.clickHouseTLS())
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := st.Ensure(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if len(rep.Applied) > 0 {
		fmt.Fprintf(a.stdout, "applied migrations %v\n", rep.Applied)
	}
	if len(rep.Repaired) > 0 {
		fmt.Fprintf(a.stdout, "recreated missing %s\n", strings.Join(rep.Repaired, ", "))
	}
	applied, err := metrics.AppliedMigrations(ctx, st.Conn())
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "schema is current: %d migrations applied %v in database %s\n", len(applied), applied, st.Database())
	return nil
}

func cmdStats(ctx context.Context, a *app, args []string) error {
	fs, parse := a.flags("stats")
	since := durationFlag(fs, "since", 24*time.Hour, "window of runs to summarise (e.g. 1h, 7d)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(args); err != nil {
		return err
	}
	if a.cfg.ClickHouseDSN == "" {
		return fmt.Errorf("stats: DOCPIPE_CLICKHOUSE_DSN is empty")
	}
	st, err := metrics.Open(ctx, a.cfg.ClickHouseDSN, a.clickHouseTLS())
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(ctx, *since)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	return s.WriteTable(a.stdout)
}

// cmdACL prints the least-privilege Redis ACL rule of a docpipe user for
// this prefix (docs/operations.md shows the same), or with --read-only the
// rule for status, stats and the monitor, ready for redis-cli.
func cmdACL(_ context.Context, a *app, args []string) error {
	fs, parse := a.flags("acl")
	readOnly := fs.Bool("read-only", false, "the rule of a read-only user (status, stats, monitor)")
	user := fs.String("user", "", "user name (default docpipe, or docpipe-ro with --read-only)")
	if err := parse(args); err != nil {
		return err
	}
	name, rule := "docpipe", cachelayer.PipelineACL(a.cfg.Prefix)
	if *readOnly {
		name, rule = "docpipe-ro", cachelayer.ReadOnlyACL(a.cfg.Prefix)
	}
	if *user != "" {
		name = *user
	}
	fmt.Fprintf(a.stdout, "ACL SETUSER %s on >PASSWORD %s\n", name, rule)
	return nil
}
