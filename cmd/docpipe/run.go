package main

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/oklog/run"

	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/metrics"
	"github.com/docpipe/docpipe/metrics/outputs"
	"github.com/docpipe/docpipe/stages/ocr"
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
			return usagef("run", "unknown stage %q in --stages (want %s, %s)", s, strings.Join(events.Stages, ", "), sinkName)
		}
		want[s] = true
	}
	if err := a.connect(); err != nil {
		return err
	}
	defer a.close()

	a.logSettings(want)

	// ClickHouse is not needed to start: the stages never wait for it, the
	// sink keeps records in Redis until it answers, then migrates and
	// drains (and logs each change once). A TLS misconfiguration is not
	// an outage, and stops the process here.
	var store *metrics.Store
	if a.cfg.ClickHouseDSN == "" {
		a.log.Warn("DOCPIPE_CLICKHOUSE_DSN is empty: no run records or durable outputs are written, and an expired cache entry cannot be recovered")
	} else {
		var err error
		store, err = metrics.New(a.cfg.ClickHouseDSN, a.clickHouseTLS())
		if err != nil {
			return err
		}
		defer store.Close()
		ectx, cancel := context.WithTimeout(ctx, 10*time.Second)
		rep, err := store.Ensure(ectx)
		cancel()
		switch {
		case errors.Is(err, metrics.ErrTLSVerify):
			// A certificate the CA does not vouch for, or a port
			// without TLS, does not heal by waiting: stop now rather
			// than leave the sink retrying.
			return err
		case errors.Is(err, metrics.ErrSchema):
			a.log.Error("clickhouse schema cannot be repaired: the pipeline runs, records wait in Redis until it is fixed", "err", err)
		case err != nil:
			a.log.Warn("clickhouse unavailable at start: the pipeline runs, records wait in Redis and drain when it answers", "err", err)
		default:
			a.log.Info("clickhouse ready", "database", store.Database(), "applied", rep.Applied, "recreated", rep.Repaired)
		}
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
	if want[events.StageOCR] {
		// A missing reader (Tesseract, poppler, antiword, …) is one clear
		// error at start, not a dead letter per document.
		if err := ocr.CheckTools(consumers.OCRConfig(a.cfg)); err != nil {
			return err
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
			opts.Store = outputs.New(store.Conn())
		}
		if obs != nil {
			opts.Observer = obs.metrics
		}
		rt, err := consumers.New(opts)
		if err != nil {
			return err
		}
		if obs != nil {
			obs.watch(rt)
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
	if a.cfg.DebugAddr != "" {
		actor(&g, ctx, func(ctx context.Context) error { return serveDebug(ctx, a.cfg.DebugAddr, a.log) })
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

// logSettings logs, once at start, the settings that decide what this
// replica does, with credentials masked.
func (a *app) logSettings(want map[string]bool) {
	var stages []string
	for _, s := range append(slices.Clone(events.Stages), sinkName) {
		if want[s] {
			stages = append(stages, s)
		}
	}
	c := a.cfg
	a.log.Info("docpipe run starting",
		"stages", strings.Join(stages, ","),
		"source_roots", strings.Join(c.SourceRoots, ":"),
		"partitions", c.Partitions,
		"concurrency", fmt.Sprintf("ocr=%d text=%d chunk=%d extract=%d resolve=%d relate=%d",
			c.ConcurrencyOCR, c.ConcurrencyText, c.ConcurrencyChunk, c.ConcurrencyExtract, c.ConcurrencyResolve, c.ConcurrencyRelate),
		"redis", maskURLs(c.RedisURL),
		"clickhouse", maskURLs(c.ClickHouseDSN),
		"prefix", c.Prefix,
		"consumer", c.Consumer,
		"max_deliveries", c.MaxDeliveries,
		"log_level", c.LogLevel,
	)
}

// maskURLs masks the password of each comma-separated URL in s (user info
// and a password query parameter); a URL that does not parse is hidden but
// for its scheme; what is not a URL is kept as it is.
func maskURLs(s string) string {
	parts := strings.Split(s, ",")
	for i, p := range parts {
		u, err := url.Parse(strings.TrimSpace(p))
		if err != nil {
			// It may still hold a password (one with a bad escape is a
			// reason not to parse): show the scheme only.
			if scheme, _, ok := strings.Cut(strings.TrimSpace(p), "://"); ok {
				parts[i] = scheme + "://(unparsable, hidden)"
			}
			continue
		}
		if u.Scheme == "" {
			continue
		}
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		q := u.Query()
		for k := range q {
			if strings.Contains(strings.ToLower(k), "password") || strings.Contains(strings.ToLower(k), "secret") {
				q.Set(k, "xxxxx")
			}
		}
		u.RawQuery = q.Encode()
		parts[i] = u.String()
	}
	return strings.Join(parts, ",")
}
