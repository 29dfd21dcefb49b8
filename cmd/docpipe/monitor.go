package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"slices"
	"time"

	"github.com/oklog/run"

	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/metrics"
	"github.com/docpipe/docpipe/monitor"
	"github.com/docpipe/docpipe/monitor/prom"
)

// Default HTTP addresses: loopback only, so nothing is exposed unless an
// operator says so (docs/operations.md shows a proxy with auth).
const (
	defaultRunHTTP     = "127.0.0.1:9464"
	defaultMonitorHTTP = "127.0.0.1:9465"
)

// httpFlags adds --http and --allow-actions to fs; resolve returns the
// address to serve ("" for none): the flag if given, else
// DOCPIPE_HTTP_ADDR if set (empty or "off" turns HTTP off), else def; and
// whether the address was asked for (not the default).
func httpFlags(fs *flag.FlagSet, a *app, def string) (resolve func() (addr string, explicit bool), allow *bool) {
	addr := fs.String("http", "", "serve /metrics, /healthz, /readyz (and the monitor) on this address; \"off\" for none (DOCPIPE_HTTP_ADDR, default "+def+")")
	allow = fs.Bool("allow-actions", false, "let the monitor replay and purge dead letters (DOCPIPE_ALLOW_ACTIONS)")
	return func() (string, bool) {
		v := def
		set := false
		fs.Visit(func(f *flag.Flag) { set = set || f.Name == "http" })
		explicit := true
		if set {
			v = *addr
		} else if env, ok := os.LookupEnv("DOCPIPE_HTTP_ADDR"); ok {
			v = env
		} else {
			explicit = false
		}
		*allow = *allow || a.cfg.AllowActions
		if v == "off" {
			return "", true
		}
		return v, explicit
	}, allow
}

// observability is what a process serves over HTTP.
type observability struct {
	metrics *prom.Metrics
	mux     *http.ServeMux
	health  *monitor.Health
}

// watch makes /readyz and docpipe_redis_waiting report the runtime's
// waits on Redis.
func (o *observability) watch(rt *consumers.Runtime) {
	o.health.Waiting = rt.WaitingOnRedis
	o.metrics.WatchRedisWaiting(rt.WaitingOnRedis)
}

// newObservability builds the Prometheus registry (its stream collector
// reads through one CachedReader), the health probes for groups, and, with
// ui, the monitor's pages.
func newObservability(a *app, store *metrics.Store, groups []string, ui, allowActions bool) *observability {
	reader := monitor.NewCachedReader(monitor.NewStreamReader(a.client, a.keys, a.cfg.Partitions), a.cfg.MonitorInterval)
	o := &observability{metrics: prom.New(reader), mux: http.NewServeMux()}
	o.mux.Handle("GET /metrics", o.metrics.Handler())
	h := &monitor.Health{Client: a.client, Keys: a.keys, Partitions: a.cfg.Partitions, Groups: groups}
	o.health = h
	var hist *monitor.History
	if store != nil {
		h.ClickHouse = store.Conn()
		hist = &monitor.History{Conn: store.Conn()}
	}
	h.Register(o.mux)
	if ui {
		srv := &monitor.Server{Figures: reader, History: hist, Client: a.client, Keys: a.keys, Partitions: a.cfg.Partitions,
			TTLs: a.cfg.OutputTTLs(), TenantField: a.cfg.TenantField, AllowActions: allowActions, Log: a.log.With("actor", "monitor")}
		srv.Register(o.mux)
	}
	return o
}

// serve listens on addr now (so a taken port fails the command at once)
// and adds the server to g; it stops when the group does.
func (o *observability) serve(g *run.Group, a *app, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("http: %w", err)
	}
	srv := &http.Server{Handler: o.mux, ReadHeaderTimeout: 10 * time.Second}
	a.log.Info("serving http", "addr", ln.Addr().String())
	g.Add(func() error {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("http: %w", err)
		}
		return nil
	}, func(error) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	})
	return nil
}

// cmdMonitor serves the web UI, /metrics (stream figures only: this process
// runs no stage) and the probes until interrupted.
func cmdMonitor(ctx context.Context, a *app, args []string) error {
	fs, parse := a.flags("monitor")
	resolve, allow := httpFlags(fs, a, defaultMonitorHTTP)
	if err := parse(args); err != nil {
		return err
	}
	addr, _ := resolve()
	if addr == "" {
		return fmt.Errorf("%w: monitor: --http must name an address", errUsage)
	}
	if err := a.connect(); err != nil {
		return err
	}
	defer a.close()
	var store *metrics.Store
	if a.cfg.ClickHouseDSN == "" {
		a.log.Warn("DOCPIPE_CLICKHOUSE_DSN is empty: the monitor shows live Redis figures only (no traces, cache history, versions or tenants)")
	} else {
		var err error
		if store, err = metrics.Open(ctx, a.cfg.ClickHouseDSN, a.clickHouseTLS()); err != nil {
			return err
		}
		defer store.Close()
	}
	// The monitor runs no consumer: it is ready when Redis answers (the
	// groups appear when replicas start, and the UI shows their absence).
	o := newObservability(a, store, nil, true, *allow)
	if *allow {
		a.log.Warn("monitor actions allowed: dead letters can be replayed and purged from the web UI", "addr", addr)
	}
	var g run.Group
	if err := o.serve(&g, a, addr); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "docpipe monitor on http://%s/\n", addr)
	g.Add(func() error { <-ctx.Done(); return nil }, func(error) {})
	return g.Run()
}

// groupsOf lists the consumer groups a run process needs for readiness.
func groupsOf(stages []string, sink bool) []string {
	out := slices.Clone(stages)
	if sink {
		out = append(out, monitor.SinkStage)
	}
	return out
}
