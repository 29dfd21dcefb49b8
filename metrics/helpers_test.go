package metrics

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/stages/relate"
)

func TestMain(m *testing.M) { testenv.RunMain(m) }

func testLogger(tb testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(ioDiscard{}, nil))
}

type ioDiscard struct{}

func (ioDiscard) Write(p []byte) (int, error) { return len(p), nil }

func newRedis(tb testing.TB) rueidis.Client {
	tb.Helper()
	srv := testenv.StartRedis(tb)
	c, err := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{srv.Addr}, DisableCache: true})
	if err != nil {
		tb.Fatalf("rueidis: %v", err)
	}
	tb.Cleanup(c.Close)
	return c
}

func openStore(tb testing.TB, dsn string) *Store {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	st, err := Open(ctx, dsn)
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { _ = st.Close() })
	return st
}

// count runs a single-number query.
func count(tb testing.TB, st *Store, q string, args ...any) uint64 {
	tb.Helper()
	var n uint64
	if err := st.Conn().QueryRow(context.Background(), q, args...).Scan(&n); err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	return n
}

func waitFor(tb testing.TB, d time.Duration, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stageData returns real-looking outputs of the six stages for one
// document, in the JSON shape of ocr.Result, text.Document, chunk.Result,
// extract.Result, resolve.Result and relate.Result.
func stageData(doc string) map[string]any {
	t1 := "UNITED STATES DISTRICT COURT for the Southern District of New York. Acme Corp. v. John Smith."
	t2 := "John Smith, represented by Jane Doe, owes Acme Corp. $1,000,000 under the loan agreement."
	text := t1 + "\n\n" + t2
	c1, c2 := doc+"-c0", doc+"-c1"
	// Most documents name the company as a caption does, in capitals; the
	// statistics name it by the form that is not.
	orgName := "ACME CORP."
	if doc == "doc-2" || !strings.HasPrefix(doc, "doc-") {
		orgName = "Acme Corp."
	}
	return map[string]any{
		"ocr": map[string]any{"content_type": "application/pdf", "pages": []map[string]any{
			{"number": 1, "text": t1, "method": "text_layer", "confidence": 1.0},
			{"number": 2, "text": t2, "method": "ocr", "confidence": 0.91},
		}},
		"text": map[string]any{"text": text, "category": "court_filing", "category_confidence": 0.87,
			"content_type": "application/pdf", "pages": []map[string]any{
				{"number": 1, "start": 0, "end": len(t1), "method": "text_layer"},
				{"number": 2, "start": len(t1) + 2, "end": len(text), "method": "ocr"},
			}},
		"chunk": map[string]any{"chunks": []map[string]any{
			{"id": c1, "index": 0, "start": 0, "end": len(t1), "text": t1},
			{"id": c2, "index": 1, "start": len(t1) + 2, "end": len(text), "text": t2},
		}},
		"extract": map[string]any{"mentions": []map[string]any{
			{"id": doc + "-m0", "type": "COURT", "text": "UNITED STATES DISTRICT COURT", "chunk_id": c1, "start": 0, "end": 28, "source": "pattern"},
			{"id": doc + "-m1", "type": "ORG", "text": "Acme Corp.", "chunk_id": c1, "start": 70, "end": 80, "source": "model"},
			{"id": doc + "-m2", "type": "PERSON", "text": "John Smith", "chunk_id": c1, "start": 84, "end": 94, "source": "model"},
			{"id": doc + "-m3", "type": "PERSON", "text": "John Smith", "chunk_id": c2, "start": 97, "end": 107, "source": "model"},
			{"id": doc + "-m4", "type": "ORG", "text": "Acme Corp.", "chunk_id": c2, "start": 140, "end": 150, "source": "model"},
		}},
		"resolve": map[string]any{"entities": []map[string]any{
			{"id": doc + "-e0", "type": "COURT", "name": "United States District Court", "aliases": []string{}, "mention_ids": []string{doc + "-m0"}},
			{"id": doc + "-e1", "type": "ORG", "name": orgName, "aliases": []string{"Acme"}, "mention_ids": []string{doc + "-m1", doc + "-m4"}},
			{"id": doc + "-e2", "type": "PERSON", "name": "John Smith", "aliases": []string{}, "mention_ids": []string{doc + "-m2", doc + "-m3"}},
		}},
		"relate": map[string]any{"relationships": []map[string]any{
			{"id": doc + "-r0", "type": "OPPOSES", "from": doc + "-e1", "to": doc + "-e2", "weight": 1.0, "evidence": c1},
			{"id": doc + "-r1", "type": "CO_OCCURS", "from": doc + "-e1", "to": doc + "-e2", "weight": 2.0},
			{"id": relate.RelationshipID(relate.BelongsTo, c1, doc), "type": relate.BelongsTo, "from": c1, "to": doc, "weight": 1.0},
		}},
	}
}

// producer plays the commit script: it SETs stage outputs and XADDs run
// records, as a stage run would.
type producer struct {
	tb     testing.TB
	client rueidis.Client
	keys   cachelayer.Keys
	parts  int

	mu      sync.Mutex
	outputs map[string][]byte // stage/key -> stored bytes
	seq     int
	// detail, when set, fills a record's optional fields before it is added.
	detail func(doc string, r *Record)
}

func newProducer(tb testing.TB, c rueidis.Client, parts int) *producer {
	return &producer{tb: tb, client: c, keys: cachelayer.NewKeys("docpipe"), parts: parts, outputs: map[string][]byte{}}
}

func (p *producer) part(doc string) int {
	h := 0
	for _, c := range doc {
		h = h*31 + int(c)
	}
	if h < 0 {
		h = -h
	}
	return h % p.parts
}

func outKey(doc, stage string, version int64) string {
	return fmt.Sprintf("%s-%s-v%d", stage, strings.ReplaceAll(doc, "-", ""), version)
}

// document writes the six runs of doc with outcome (completed writes outputs).
func (p *producer) document(ctx context.Context, doc string, version int64, outcome string) error {
	return p.copyOf(ctx, doc, doc, version, outcome)
}

// copyOf writes the six runs of doc as a byte-identical copy of content:
// the output keys and data are content's, the partition is doc's.
func (p *producer) copyOf(ctx context.Context, doc, content string, version int64, outcome string) error {
	data := stageData(content)
	// The relate stage links every chunk to the document it ran for, so a
	// copy that computes writes its own id into BELONGS_TO, under the same
	// output key as content's.
	for _, r := range data["relate"].(map[string]any)["relationships"].([]map[string]any) {
		if r["type"] == relate.BelongsTo {
			r["to"], r["id"] = doc, relate.RelationshipID(relate.BelongsTo, r["from"].(string), doc)
		}
	}
	pt := p.part(doc)
	start := time.Now().Add(-time.Minute)
	for i, stage := range events.Stages {
		key := outKey(content, stage, version)
		p.mu.Lock()
		p.seq++
		seq := p.seq
		p.mu.Unlock()
		rec := Record{Stage: stage, Doc: doc, Version: version, Key: key, Source: "file:///docs/" + doc + ".pdf",
			Outcome: outcome, Started: start.Add(time.Duration(i) * time.Second),
			Finished:  start.Add(time.Duration(i)*time.Second + time.Duration(seq)*time.Microsecond),
			ComputeUS: int64(1000 * (i + 1) * (seq%7 + 1)), QueueWaitUS: int64(500 * (i + 1)), Attempt: 1, Consumer: "test-1",
			InputFrom: FromCache}
		if i == 0 {
			rec.InputFrom = FromSource
		}
		if outcome == OutcomeSkipped {
			rec.InputFrom, rec.TimeSavedUS, rec.ComputeUS = FromNone, rec.ComputeUS, 0
		}
		if p.detail != nil {
			p.detail(doc, &rec)
		}
		cmds := rueidis.Commands{}
		if outcome == OutcomeCompleted {
			raw, _ := json.Marshal(data[stage])
			b, n, err := cachelayer.EncodeEnvelope(&cachelayer.Envelope{Stage: stage, Key: key, Doc: doc, Version: version,
				ComputeUS: rec.ComputeUS, Data: raw})
			if err != nil {
				return err
			}
			rec.BytesOut, rec.CompressedOut = int64(n), int64(len(b))
			p.mu.Lock()
			p.outputs[stage+"/"+key] = b
			p.mu.Unlock()
			cmds = append(cmds, p.client.B().Set().Key(p.keys.Output(pt, stage, key)).Value(rueidis.BinaryString(b)).Build())
		}
		cmds = append(cmds, p.client.B().Xadd().Key(p.keys.Records(pt)).Id("*").FieldValue().
			FieldValueIter(pairs(rec.Fields())).Build())
		for _, r := range p.client.DoMulti(ctx, cmds...) {
			if err := r.Error(); err != nil {
				return err
			}
		}
	}
	return nil
}

func pairs(f []string) func(yield func(string, string) bool) {
	return func(yield func(string, string) bool) {
		for i := 0; i+1 < len(f); i += 2 {
			if !yield(f[i], f[i+1]) {
				return
			}
		}
	}
}

// runSink starts a sink and returns a stop function that waits for Run.
func runSink(tb testing.TB, s *Sink) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					tb.Errorf("sink run: %v", err)
				}
			case <-time.After(30 * time.Second):
				tb.Errorf("sink did not stop")
			}
		})
	}
	tb.Cleanup(stop)
	return stop
}

func pendingCount(tb testing.TB, c rueidis.Client, keys cachelayer.Keys, parts int) int64 {
	tb.Helper()
	var total int64
	for p := 0; p < parts; p++ {
		arr, err := c.Do(context.Background(), c.B().Xpending().Key(keys.Records(p)).Group(SinkGroup).Build()).ToArray()
		if err != nil {
			tb.Fatalf("xpending: %v", err)
		}
		n, _ := arr[0].AsInt64()
		total += n
	}
	return total
}

// migrationsFrom lists the versions of the embedded migrations from v on:
// what Ensure applies to a database that has those before v.
func migrationsFrom(t *testing.T, v uint32) []uint32 {
	t.Helper()
	migs, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	var out []uint32
	for _, m := range migs {
		if m.Version >= v {
			out = append(out, m.Version)
		}
	}
	return out
}

// storeMigratedTo returns a store of dsn with only the first n migrations
// applied: a database an older release left.
func storeMigratedTo(t *testing.T, dsn string, n int) *Store {
	t.Helper()
	st, err := New(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	migs, err := Migrations()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := migrate(context.Background(), st.Conn(), migs[:n]); err != nil {
		t.Fatal(err)
	}
	return st
}
