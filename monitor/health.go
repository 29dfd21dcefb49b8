package monitor

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/metrics"
)

// Pinger is the ClickHouse side of readiness (metrics.Store.Conn() fits).
type Pinger interface {
	Ping(ctx context.Context) error
}

// Health answers the Kubernetes probes of one process.
type Health struct {
	Client     rueidis.Client
	Keys       cachelayer.Keys
	Partitions int
	// Groups are the stages (and SinkStage) whose consumer groups this
	// process needs; readiness requires each to exist on every stream.
	Groups []string
	// ClickHouse is nil when none is configured.
	ClickHouse Pinger
	// Waiting, when set, reports that the process's runtime waits on Redis
	// (a full Redis refuses its writes; PING still answers): not ready.
	Waiting func() bool
}

// Readiness is the /readyz answer.
type Readiness struct {
	// Status is "ready", "degraded" (Redis is fine, ClickHouse is not:
	// records wait in Redis, so the pipeline still works) or "not ready".
	Status string            `json:"status"`
	Checks map[string]string `json:"checks"`
}

// ErrGroupMissing means a stream lacks a consumer group this process needs.
var ErrGroupMissing = errors.New("consumer group missing")

// Ready checks Redis (PING, and every needed group on every stream) and,
// when configured, ClickHouse.
func (h *Health) Ready(ctx context.Context) Readiness {
	r := Readiness{Status: "ready", Checks: map[string]string{}}
	switch err := h.redis(ctx); {
	case err != nil:
		r.Status = "not ready"
		r.Checks["redis"] = err.Error()
	case h.Waiting != nil && h.Waiting():
		r.Status = "not ready"
		r.Checks["redis"] = "refuses the pipeline's commands (out of memory, failover or slot migration): runs wait and retry"
	default:
		r.Checks["redis"] = "ok"
	}
	if h.ClickHouse != nil {
		if err := h.ClickHouse.Ping(ctx); err != nil {
			r.Checks["clickhouse"] = err.Error()
			if r.Status == "ready" {
				r.Status = "degraded"
			}
		} else {
			r.Checks["clickhouse"] = "ok"
		}
	}
	return r
}

func (h *Health) redis(ctx context.Context) error {
	c := h.Client
	if err := c.Do(ctx, c.B().Ping().Build()).Error(); err != nil {
		return fmt.Errorf("ping: %w", err)
	}
	type sg struct{ stream, group string }
	var want []sg
	for _, g := range h.Groups {
		switch {
		case g == SinkStage:
			for p := 0; p < h.Partitions; p++ {
				want = append(want, sg{h.Keys.Records(p), metrics.SinkGroup})
			}
		case g == events.Stages[0]:
			want = append(want, sg{h.Keys.Ingest(), g})
		default:
			for p := 0; p < h.Partitions; p++ {
				want = append(want, sg{h.Keys.Stream(p, g), g})
			}
		}
	}
	cmds := make(rueidis.Commands, 0, 2*len(want))
	for _, w := range want {
		cmds = append(cmds, c.B().Exists().Key(w.stream).Build(), c.B().XinfoGroups().Key(w.stream).Build())
	}
	res := c.DoMulti(ctx, cmds...)
	for i, w := range want {
		n, err := res[2*i].AsInt64()
		if err != nil {
			return fmt.Errorf("exists %s: %w", w.stream, err)
		}
		if n == 0 {
			return fmt.Errorf("%w: stream %s does not exist", ErrGroupMissing, w.stream)
		}
		groups, err := res[2*i+1].ToArray()
		if err != nil {
			return fmt.Errorf("xinfo groups %s: %w", w.stream, err)
		}
		found := false
		for _, g := range groups {
			m, err := g.AsMap()
			if err != nil {
				return fmt.Errorf("xinfo groups %s: %w", w.stream, err)
			}
			nm := m["name"]
			if s, _ := nm.ToString(); s == w.group {
				found = true
			}
		}
		if !found {
			return fmt.Errorf("%w: %s on %s", ErrGroupMissing, w.group, w.stream)
		}
	}
	return nil
}

// Register adds /healthz (the process is alive: it answers) and /readyz
// (200 when ready or degraded, 503 when not ready) to mux.
func (h *Health) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		rd := h.Ready(ctx)
		w.Header().Set("Content-Type", "application/json")
		if rd.Status == "not ready" {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		_ = json.NewEncoder(w).Encode(rd)
	})
}
