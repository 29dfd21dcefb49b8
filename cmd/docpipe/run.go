package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/oklog/run"

	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/metrics"
)

// sinkName is the pseudo-stage that runs the ClickHouse sink and sampler.
const sinkName = "sink"

func cmdRun(ctx context.Context, a *app, args []string) error {
	fs, parse := a.flags("run")
	stageList := fs.String("stages", strings.Join(append(slices.Clone(events.Stages), sinkName), ","), "stages to run in this process (and sink)")
	resolveHTTP, allowActions := httpFlags(fs, a, defaultRunHTTP)
	ui := fs.Bool("monitor", false, "also serve the monitor's web UI on the --http address")
	if err := parse(args); err != nil {
		return err
	}
	want := map[string]bool{}
	for _, s := range strings.Split(*stageList, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if s != sinkName && !events.IsStage(s) {
			return fmt.Errorf("%w: --stages: %q is not a stage (%s, %s)", errUsage, s, strings.Join(events.Stages, ", "), sinkName)
		}
		want[s] = true
	}
	if err := a.connect(); err != nil {
		return err
	}
	defer a.close()

	var store *metrics.Store
	if a.cfg.ClickHouseDSN == "" {
		a.log.Warn("DOCPIPE_CLICKHOUSE_DSN is empty: no run records or durable outputs are written, and an expired cache entry cannot be recovered")
	} else {
		var err error
		store, err = metrics.Open(ctx, a.cfg.ClickHouseDSN)
		if err != nil {
			return err
		}
		defer store.Close()
	}

	var g run.Group
	var obs *observability
	var names []string
	for _, s := range events.Stages {
		if want[s] {
			names = append(names, s)
		}
	}
	if addr, explicit := resolveHTTP(); addr != "" {
		obs = newObservability(a, store, groupsOf(names, want[sinkName] && store != nil), *ui, *allowActions)
		if err := obs.serve(&g, a, addr); err != nil {
			if explicit {
				return err
			}
			// The default port is taken (another replica on this host):
			// run without HTTP rather than not at all, and say so.
			a.log.Warn("default HTTP address taken: no /metrics, /healthz or /readyz from this process; set DOCPIPE_HTTP_ADDR or --http", "addr", addr, "err", err)
		}
	}
	var handlers []consumers.Handler
	all, err := consumers.Pipeline(a.cfg)
	if err != nil {
		return err
	}
	for _, h := range all {
		if want[h.Name()] {
			handlers = append(handlers, h)
		}
	}
	if len(handlers) > 0 {
		opts := consumers.Options{Config: a.cfg, Client: a.client, Handlers: handlers, Records: store != nil, Log: a.log}
		if store != nil {
			opts.Store = storeAdapter{store}
		}
		if obs != nil {
			opts.Observer = obs.metrics
		}
		rt, err := consumers.New(opts)
		if err != nil {
			return err
		}
		actor(&g, ctx, rt.Run)
	}
	if want[sinkName] && store != nil {
		sink := metrics.NewSink(a.client, store, metrics.SinkConfig{Prefix: a.cfg.Prefix, Partitions: a.cfg.Partitions,
			Consumer: a.cfg.Consumer, ClaimIdle: a.cfg.ClaimIdle}, a.log.With("actor", "sink"))
		actor(&g, ctx, sink.Run)
		sampler := metrics.NewSampler(a.client, store, metrics.SamplerConfig{Prefix: a.cfg.Prefix, Partitions: a.cfg.Partitions},
			a.log.With("actor", "sampler"))
		actor(&g, ctx, sampler.Run)
	}
	if len(handlers) == 0 && !(want[sinkName] && store != nil) {
		return errors.New("nothing to run: no stages selected, and the sink needs DOCPIPE_CLICKHOUSE_DSN")
	}
	// The group ends when the signal context ends; every actor drains on
	// its own context, so shutdown stops readers before it stops writers.
	g.Add(func() error { <-ctx.Done(); return nil }, func(error) {})
	return g.Run()
}

// actor adds a function that runs until its context is cancelled.
func actor(g *run.Group, parent context.Context, f func(context.Context) error) {
	ctx, cancel := context.WithCancel(parent)
	g.Add(func() error { return f(ctx) }, func(error) { cancel() })
}

// storeAdapter maps the ClickHouse store's not-found error to the runtime's.
type storeAdapter struct{ s *metrics.Store }

func (s storeAdapter) LoadOutput(ctx context.Context, stage, key string) ([]byte, error) {
	b, err := s.s.LoadOutput(ctx, stage, key)
	if errors.Is(err, metrics.ErrNotFound) {
		return nil, fmt.Errorf("%w: %s/%s", consumers.ErrNotStored, stage, key)
	}
	return b, err
}
