package monitor

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/events"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

var pages = template.Must(template.ParseFS(templateFS, "templates/*.html"))

// Server is the web UI of `docpipe monitor` (and of `docpipe run
// --monitor`): HTML pages that poll JSON endpoints, so figures update
// without a reload.
type Server struct {
	Figures    *CachedReader
	History    *History // nil without ClickHouse: history pages say so
	Client     rueidis.Client
	Keys       cachelayer.Keys
	Partitions int
	// TTLs are the configured output TTLs per stage, for the TTL advice.
	TTLs map[string]time.Duration
	// TenantField is the meta field (without "meta.") that names a tenant.
	TenantField string
	// AllowActions enables DLQ replay and purge; read-only otherwise.
	AllowActions bool
	Log          *slog.Logger

	memMu  sync.Mutex
	mem    *MemoryReport
	memErr error
	memAt  time.Time
}

// ErrNoClickHouse is the answer of history endpoints without ClickHouse.
var ErrNoClickHouse = errors.New("no ClickHouse configured (DOCPIPE_CLICKHOUSE_DSN): run history is not available")

// ErrActionsDisabled refuses DLQ actions of a read-only monitor.
var ErrActionsDisabled = errors.New("actions are disabled: start the monitor with --allow-actions")

// Window is how far back the history pages look by default.
const Window = 24 * time.Hour

// Register adds the pages, assets and JSON endpoints to mux.
func (s *Server) Register(mux *http.ServeMux) {
	for path, page := range map[string]string{"/{$}": "overview", "/documents": "documents", "/trace/{doc}": "trace",
		"/cache": "cache", "/versions": "versions", "/tenants": "tenants", "/dlq": "dlq"} {
		mux.HandleFunc("GET "+path, s.page(page))
	}
	sub, _ := fs.Sub(assetFS, "assets")
	mux.Handle("GET /assets/", http.StripPrefix("/assets/", http.FileServer(http.FS(sub))))
	mux.HandleFunc("GET /api/overview", s.api(s.overview))
	mux.HandleFunc("GET /api/documents", s.api(s.documents))
	mux.HandleFunc("GET /api/trace/{doc}", s.api(s.trace))
	mux.HandleFunc("GET /api/cache", s.api(s.cache))
	mux.HandleFunc("GET /api/versions", s.api(s.versions))
	mux.HandleFunc("GET /api/tenants", s.api(s.tenants))
	mux.HandleFunc("GET /api/dlq", s.api(s.dlq))
	mux.HandleFunc("POST /api/dlq/replay", s.api(s.replay))
	mux.HandleFunc("POST /api/dlq/purge", s.api(s.purge))
}

type pageData struct {
	Page         string
	Doc          string
	AllowActions bool
	Stages       []string
}

func (s *Server) page(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		d := pageData{Page: name, Doc: r.PathValue("doc"), AllowActions: s.AllowActions, Stages: events.Stages}
		if err := pages.ExecuteTemplate(w, "page.html", d); err != nil {
			s.log().Warn("monitor: render page", "page", name, "err", err)
		}
	}
}

// statusError carries an HTTP status for an API error.
type statusError struct {
	code int
	err  error
}

func (e *statusError) Error() string { return e.err.Error() }
func (e *statusError) Unwrap() error { return e.err }

func (s *Server) api(f func(r *http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 20*time.Second)
		defer cancel()
		v, err := f(r.WithContext(ctx))
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if err != nil {
			code := http.StatusInternalServerError
			var se *statusError
			switch {
			case errors.As(err, &se):
				code = se.code
			case errors.Is(err, ErrNoClickHouse):
				code = http.StatusNotImplemented
			}
			w.WriteHeader(code)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
			return
		}
		_ = json.NewEncoder(w).Encode(v)
	}
}

func (s *Server) log() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

// Overview is the overview page's data.
type Overview struct {
	Figures  *Figures        `json:"figures"`
	Activity []StageActivity `json:"activity"`
	Errors   []string        `json:"errors"`
}

func (s *Server) overview(r *http.Request) (any, error) {
	return Snapshot(r.Context(), s.Figures.Figures, s.History)
}

func (s *Server) documents(r *http.Request) (any, error) {
	if s.History == nil {
		return nil, ErrNoClickHouse
	}
	return s.History.RecentDocs(r.Context(), r.URL.Query().Get("q"), 100)
}

// TraceView is the trace page's data: ClickHouse's runs and Redis's
// current state of the document.
type TraceView struct {
	Trace  *Trace                  `json:"trace"`
	State  []cachelayer.StageState `json:"state"`
	Stages []string                `json:"stages"`
}

func (s *Server) trace(r *http.Request) (any, error) {
	doc := r.PathValue("doc")
	if doc == "" || len(doc) > 100 {
		return nil, &statusError{http.StatusBadRequest, errors.New("trace: a document id is required")}
	}
	v := &TraceView{Stages: events.Stages, State: []cachelayer.StageState{}}
	c := s.Client
	st, err := c.Do(r.Context(), c.B().Hgetall().Key(s.Keys.State(events.Partition(doc, s.Partitions), doc)).Build()).AsStrMap()
	if err != nil && !rueidis.IsRedisNil(err) {
		return nil, fmt.Errorf("trace %s: state: %w", doc, err)
	}
	if len(st) > 0 {
		v.State = cachelayer.ParseStageStates(st, events.Stages)
	}
	if s.History != nil {
		if v.Trace, err = s.History.Trace(r.Context(), doc); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// CacheView is the cache page's data.
type CacheView struct {
	From       time.Time     `json:"from"`
	Buckets    []CacheBucket `json:"buckets"`
	Stages     []CacheStage  `json:"stages"`
	Memory     *MemoryReport `json:"memory"`
	UsedMemory uint64        `json:"used_memory"`
	MaxMemory  uint64        `json:"max_memory"`
	TTL        []TTLAdvice   `json:"ttl"`
	Errors     []string      `json:"errors"`
}

// memoryEvery bounds the cache page's SCAN to one per minute.
const memoryEvery = time.Minute

func (s *Server) memory(ctx context.Context) (*MemoryReport, error) {
	s.memMu.Lock()
	defer s.memMu.Unlock()
	if s.memAt.IsZero() || time.Since(s.memAt) > memoryEvery {
		s.mem, s.memErr = ScanOutputs(ctx, s.Client, s.Keys, 20000)
		s.memAt = time.Now()
	}
	return s.mem, s.memErr
}

func (s *Server) cache(r *http.Request) (any, error) {
	ctx := r.Context()
	now := time.Now()
	v := &CacheView{From: now.Add(-Window), Errors: []string{}, Buckets: []CacheBucket{}, Stages: []CacheStage{}, TTL: []TTLAdvice{}}
	if m, err := s.memory(ctx); err != nil {
		v.Errors = append(v.Errors, "redis: "+err.Error())
	} else {
		v.Memory = m
	}
	if f, err := s.Figures.Figures(ctx); f != nil {
		v.UsedMemory, v.MaxMemory = f.UsedMemory, f.MaxMemory
	} else if err != nil {
		v.Errors = append(v.Errors, "redis: "+err.Error())
	}
	if s.History == nil {
		v.Errors = append(v.Errors, ErrNoClickHouse.Error())
		return v, nil
	}
	var err error
	if v.Buckets, v.Stages, err = s.History.CacheHistory(ctx, v.From, 5*time.Minute); err != nil {
		return nil, err
	}
	// TTL advice looks further back than the TTLs themselves, or a re-use
	// after expiry could not be seen.
	adviceFrom := now.Add(-30 * 24 * time.Hour)
	evs, err := s.History.OutputEvents(ctx, adviceFrom, 500000)
	if err != nil {
		return nil, err
	}
	v.TTL = Advise(evs, v.Stages, s.TTLs, now.Sub(v.From))
	return v, nil
}

// Advise applies AdviseTTL to every stage: the re-use gaps from evs, the
// writes and mean sizes from the cache totals (over window).
func Advise(evs []OutputEvent, totals []CacheStage, ttls map[string]time.Duration, window time.Duration) []TTLAdvice {
	gaps := ReuseGaps(evs)
	byStage := map[string]CacheStage{}
	for _, t := range totals {
		byStage[t.Stage] = t
	}
	out := make([]TTLAdvice, 0, len(events.Stages))
	for _, st := range events.Stages {
		t := byStage[st]
		out = append(out, AdviseTTL(st, ttls[st], gaps[st], int64(t.Writes), window, t.MeanBytes))
	}
	return out
}

func (s *Server) versions(r *http.Request) (any, error) {
	if s.History == nil {
		return nil, ErrNoClickHouse
	}
	return s.History.Versions(r.Context(), time.Now().Add(-30*24*time.Hour))
}

// TenantsView is the tenants page's data.
type TenantsView struct {
	Field   string      `json:"field"`
	Tenants []TenantRow `json:"tenants"`
}

func (s *Server) tenants(r *http.Request) (any, error) {
	if s.History == nil {
		return nil, ErrNoClickHouse
	}
	ts, err := s.History.Tenants(r.Context(), time.Now().Add(-Window))
	if err != nil {
		return nil, err
	}
	return &TenantsView{Field: "meta." + s.TenantField, Tenants: ts}, nil
}

// DLQView is the dead letters page's data.
type DLQView struct {
	Entries      []DLQItem `json:"entries"`
	Total        int64     `json:"total"`
	AllowActions bool      `json:"allow_actions"`
}

// DLQItem is a dead-lettered entry with the document it names.
type DLQItem struct {
	consumers.DLQEntry
	Doc string `json:"doc"`
}

// dlqList is how many DLQ entries the page reads.
const dlqList = 1000

func (s *Server) dlq(r *http.Request) (any, error) {
	es, err := consumers.ListDLQ(r.Context(), s.Client, s.Keys, dlqList)
	if err != nil {
		return nil, err
	}
	stage, reason := r.URL.Query().Get("stage"), strings.ToLower(r.URL.Query().Get("reason"))
	v := &DLQView{Entries: []DLQItem{}, AllowActions: s.AllowActions}
	for _, e := range es {
		if stage != "" && e.Stage != stage {
			continue
		}
		if reason != "" && !strings.Contains(strings.ToLower(e.Reason), reason) {
			continue
		}
		doc := e.Fields["doc"]
		if doc == "" {
			doc = e.Fields["doc_id"]
		}
		if src := e.Fields["source"]; doc == "" && src != "" {
			doc = events.DocIDFor(src)
		}
		v.Entries = append(v.Entries, DLQItem{DLQEntry: e, Doc: doc})
	}
	v.Total, _ = s.Client.Do(r.Context(), s.Client.B().Xlen().Key(s.Keys.DLQ()).Build()).AsInt64()
	return v, nil
}

// actionRequest is the body of a replay or purge: the ids, and Confirm,
// which must repeat how many ids there are (the UI asks the operator).
// Purging everything is ids empty and All set.
type actionRequest struct {
	IDs     []string `json:"ids"`
	All     bool     `json:"all"`
	Confirm int      `json:"confirm"`
}

// actionHeader must be on every action request: a cross-site form cannot
// set it, and a cross-site script cannot without a CORS preflight this
// server never grants.
const actionHeader = "X-Docpipe-Action"

func (s *Server) action(r *http.Request, name string) (*actionRequest, error) {
	if !s.AllowActions {
		return nil, &statusError{http.StatusForbidden, ErrActionsDisabled}
	}
	if r.Header.Get(actionHeader) != name {
		return nil, &statusError{http.StatusBadRequest, fmt.Errorf("%s: header %s: %s is required", name, actionHeader, name)}
	}
	var req actionRequest
	if err := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<20)).Decode(&req); err != nil {
		return nil, &statusError{http.StatusBadRequest, fmt.Errorf("%s: body: %w", name, err)}
	}
	n := len(req.IDs)
	if req.All && n == 0 {
		n = -1
	}
	if n == 0 || req.Confirm != n {
		return nil, &statusError{http.StatusBadRequest, fmt.Errorf("%s: confirm must repeat the number of ids (%d), or be -1 with all", name, len(req.IDs))}
	}
	for _, id := range req.IDs {
		if _, err := strconv.ParseUint(strings.Replace(id, "-", "", 1), 10, 64); err != nil || !strings.Contains(id, "-") {
			return nil, &statusError{http.StatusBadRequest, fmt.Errorf("%s: %q is not a stream entry id", name, id)}
		}
	}
	return &req, nil
}

func (s *Server) replay(r *http.Request) (any, error) {
	req, err := s.action(r, "replay")
	if err != nil {
		return nil, err
	}
	if req.All {
		return nil, &statusError{http.StatusBadRequest, errors.New("replay: name the entries to replay")}
	}
	n, err := consumers.Replay(r.Context(), s.Client, s.Keys, req.IDs)
	s.log().Info("monitor: dlq replay", "ids", req.IDs, "replayed", n, "err", err)
	if err != nil {
		return nil, err
	}
	return map[string]int{"replayed": n}, nil
}

func (s *Server) purge(r *http.Request) (any, error) {
	req, err := s.action(r, "purge")
	if err != nil {
		return nil, err
	}
	n, err := consumers.PurgeDLQ(r.Context(), s.Client, s.Keys, req.IDs...)
	s.log().Info("monitor: dlq purge", "ids", req.IDs, "all", req.All, "purged", n, "err", err)
	if err != nil {
		return nil, err
	}
	return map[string]int64{"purged": n}, nil
}
