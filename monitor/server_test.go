package monitor

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
)

// TestDLQActions: replay and purge are refused by a read-only monitor, need
// the action header and a confirmation that repeats the count, and then
// act on the real DLQ through the consumers admin functions.
func TestDLQActions(t *testing.T) {
	ctx := context.Background()
	c := redisClient(t)
	keys := cachelayer.NewKeys("docpipe")
	var ids []string
	for i := 0; i < 3; i++ {
		id, err := c.Do(ctx, c.B().Xadd().Key(keys.DLQ()).Id("*").FieldValue().FieldValue(consumers.DLQReason, "bad source").
			FieldValue(consumers.DLQStream, keys.Ingest()).FieldValue(consumers.DLQStage, "ocr").FieldValue("source", "/in/"+strconv.Itoa(i)+".pdf").Build()).ToString()
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	post := func(s *Server, path, header string, body any) (int, map[string]any) {
		b, _ := json.Marshal(body)
		req := httptest.NewRequest(http.MethodPost, path, bytes.NewReader(b))
		if header != "" {
			req.Header.Set(actionHeader, header)
		}
		mux := http.NewServeMux()
		s.Register(mux)
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, req)
		var out map[string]any
		_ = json.Unmarshal(w.Body.Bytes(), &out)
		return w.Code, out
	}
	ro := &Server{Client: c, Keys: keys, Partitions: 1}
	rw := &Server{Client: c, Keys: keys, Partitions: 1, AllowActions: true}
	tests := []struct {
		name   string
		s      *Server
		path   string
		header string
		body   actionRequest
		code   int
	}{
		{"read-only refuses replay", ro, "/api/dlq/replay", "replay", actionRequest{IDs: ids[:1], Confirm: 1}, http.StatusForbidden},
		{"read-only refuses purge", ro, "/api/dlq/purge", "purge", actionRequest{IDs: ids[:1], Confirm: 1}, http.StatusForbidden},
		{"missing header", rw, "/api/dlq/replay", "", actionRequest{IDs: ids[:1], Confirm: 1}, http.StatusBadRequest},
		{"header of another action", rw, "/api/dlq/replay", "purge", actionRequest{IDs: ids[:1], Confirm: 1}, http.StatusBadRequest},
		{"confirmation does not match", rw, "/api/dlq/replay", "replay", actionRequest{IDs: ids[:2], Confirm: 1}, http.StatusBadRequest},
		{"not an entry id", rw, "/api/dlq/purge", "purge", actionRequest{IDs: []string{"0-0 OR 1"}, Confirm: 1}, http.StatusBadRequest},
		{"replay one", rw, "/api/dlq/replay", "replay", actionRequest{IDs: ids[:1], Confirm: 1}, http.StatusOK},
		{"purge one", rw, "/api/dlq/purge", "purge", actionRequest{IDs: ids[1:2], Confirm: 1}, http.StatusOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out := post(tc.s, tc.path, tc.header, tc.body)
			if code != tc.code {
				t.Errorf("status %d (%v), want %d", code, out, tc.code)
			}
		})
	}
	left, err := consumers.ListDLQ(ctx, c, keys, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 1 || left[0].ID != ids[2] {
		t.Errorf("dlq after one replay and one purge: %v, want only %s", left, ids[2])
	}
	es, err := c.Do(ctx, c.B().Xrange().Key(keys.Ingest()).Start("-").End("+").Build()).AsXRange()
	if err != nil || len(es) != 1 || es[0].FieldValues["source"] != "/in/0.pdf" {
		t.Errorf("ingest after the replay: %v %v, want the first entry's fields", es, err)
	}
}

// TestReadiness: ready with Redis and its groups, not ready without the
// groups, degraded (still 200) when ClickHouse does not answer.
func TestReadiness(t *testing.T) {
	ctx := context.Background()
	c := redisClient(t)
	keys := cachelayer.NewKeys("docpipe")
	h := &Health{Client: c, Keys: keys, Partitions: 2, Groups: []string{"ocr", "text"}}
	code := func() (int, Readiness) {
		mux := http.NewServeMux()
		h.Register(mux)
		w := httptest.NewRecorder()
		mux.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/readyz", nil))
		var r Readiness
		_ = json.Unmarshal(w.Body.Bytes(), &r)
		return w.Code, r
	}
	if n, r := code(); n != http.StatusServiceUnavailable || r.Status != "not ready" {
		t.Errorf("without groups: %d %+v, want 503 not ready", n, r)
	}
	if err := consumers.EnsureGroups(ctx, c, keys, 2, events.Stages); err != nil {
		t.Fatal(err)
	}
	if n, r := code(); n != http.StatusOK || r.Status != "ready" {
		t.Errorf("with groups: %d %+v, want 200 ready", n, r)
	}
	// A ClickHouse client pointed at a port nobody listens on.
	conn, err := clickhouse.Open(&clickhouse.Options{Addr: []string{"127.0.0.1:" + strconv.Itoa(testenv.FreePort(t))}, DialTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	h.ClickHouse = conn
	if n, r := code(); n != http.StatusOK || r.Status != "degraded" || r.Checks["clickhouse"] == "ok" {
		t.Errorf("clickhouse down: %d %+v, want 200 degraded", n, r)
	}
	// healthz answers whatever the dependencies do.
	mux := http.NewServeMux()
	h.Register(mux)
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if w.Code != http.StatusOK {
		t.Errorf("/healthz %d", w.Code)
	}
}
