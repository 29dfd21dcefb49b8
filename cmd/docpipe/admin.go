package main

import (
	"context"
	"encoding/json"
	"fmt"
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
		return fmt.Errorf("%w: status needs one DOC_ID", errUsage)
	}
	doc, err := uuid.Parse(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("%w: %q is not a document id (UUID)", errUsage, fs.Arg(0))
	}
	if err := a.connect(); err != nil {
		return err
	}
	defer a.close()
	id := doc.String()
	c := a.client
	st, err := c.Do(ctx, c.B().Hgetall().Key(a.keys.State(events.Partition(id, a.cfg.Partitions), id)).Build()).AsStrMap()
	if err != nil {
		return fmt.Errorf("status: %w", err)
	}
	if len(st) == 0 {
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
	if fs.NArg() != 1 || (*from == "") == !*full {
		return fmt.Errorf("%w: reprocess DOC_ID (--from STAGE | --full)", errUsage)
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
		return fmt.Errorf("%w: dlq list | replay ID... | purge", errUsage)
	}
	fs, parse := a.flags("dlq " + args[0])
	asJSON := fs.Bool("json", false, "print JSON (list)")
	count := fs.Int64("count", 100, "most entries to list")
	if err := parse(args[1:]); err != nil {
		return err
	}
	if err := a.connect(); err != nil {
		return err
	}
	defer a.close()
	switch args[0] {
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
		if fs.NArg() == 0 {
			return fmt.Errorf("%w: dlq replay needs at least one ID", errUsage)
		}
		n, err := consumers.Replay(ctx, a.client, a.keys, fs.Args())
		fmt.Fprintf(a.stdout, "replayed %d entries\n", n)
		return err
	case "purge":
		n, err := consumers.PurgeDLQ(ctx, a.client, a.keys, fs.Args()...)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "purged %d entries\n", n)
		return nil
	}
	return fmt.Errorf("%w: unknown dlq command %q", errUsage, args[0])
}

func cmdMigrate(ctx context.Context, a *app, args []string) error {
	_, parse := a.flags("migrate")
	if err := parse(args); err != nil {
		return err
	}
	if a.cfg.ClickHouseDSN == "" {
		return fmt.Errorf("migrate: DOCPIPE_CLICKHOUSE_DSN is empty")
	}
	// Open creates the database and applies every pending migration.
	st, err := metrics.Open(ctx, a.cfg.ClickHouseDSN)
	if err != nil {
		return err
	}
	defer st.Close()
	applied, err := metrics.AppliedMigrations(ctx, st.Conn())
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "schema is current: %d migrations applied %v in database %s\n", len(applied), applied, st.Database())
	return nil
}

func cmdStats(ctx context.Context, a *app, args []string) error {
	fs, parse := a.flags("stats")
	since := fs.Duration("since", 24*time.Hour, "window of runs to summarise")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(args); err != nil {
		return err
	}
	if a.cfg.ClickHouseDSN == "" {
		return fmt.Errorf("stats: DOCPIPE_CLICKHOUSE_DSN is empty")
	}
	st, err := metrics.Open(ctx, a.cfg.ClickHouseDSN)
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
