package consumers

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/stages/chunk"
	"github.com/docpipe/docpipe/stages/extract"
	"github.com/docpipe/docpipe/stages/text"
)

// countingParts is the runtime's Redis-backed Parts, counting reads that hit.
type countingParts struct {
	Parts
	hits int
	fail int // Put fails after this many successful puts (0: never)
	puts int
}

func (c *countingParts) Get(ctx context.Context, name string) ([]byte, bool, error) {
	b, ok, err := c.Parts.Get(ctx, name)
	if ok {
		c.hits++
	}
	return b, ok, err
}

func (c *countingParts) Put(ctx context.Context, name string, v []byte) error {
	if c.fail > 0 && c.puts >= c.fail {
		return errors.New("injected: redis went away")
	}
	c.puts++
	return c.Parts.Put(ctx, name, v)
}

// The real chunk and extract stages through the wiring, on real Redis: each
// chunk's text lands on its own key, and an extract run that failed half-way
// is finished by a retry that recomputes only the chunks still missing.
func TestWiringPartsOnRedis(t *testing.T) {
	e := newEnv(t, "")
	hs, err := Pipeline(config.Config{})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]Handler{}
	for _, h := range hs {
		byName[h.Name()] = h
	}
	layer := cachelayer.NewLayer(e.client, e.keys, cachelayer.TTLs{})
	ctx := context.Background()
	var body strings.Builder
	for i := 0; i < 40; i++ {
		body.WriteString("On March 3, 2021, Judge Maria Lopez of the Superior Court of Arizona ordered Acme Widgets, Inc. to pay $1,250,000 under 28 U.S.C. § 1332. ")
	}
	doc, _ := json.Marshal(text.Document{Text: body.String(), Category: "court_filing"})
	chunkParts := &parts{l: layer, p: 0, stage: events.StageChunk, key: "ck"}
	out, err := byName[events.StageChunk].Handle(ctx, &Input{Doc: "d", Data: doc, Parts: chunkParts})
	if err != nil {
		t.Fatal(err)
	}
	var chunks chunk.Result
	if err := json.Unmarshal(out, &chunks); err != nil {
		t.Fatal(err)
	}
	if len(chunks.Chunks) < 4 {
		t.Fatalf("want several chunks, got %d", len(chunks.Chunks))
	}
	for _, c := range chunks.Chunks {
		got, ok, err := layer.GetPart(ctx, 0, events.StageChunk, "ck", c.ID)
		if err != nil || !ok || string(got) != c.Text {
			t.Fatalf("chunk %s text not cached on its own key (%v %v)", c.ID, ok, err)
		}
	}

	ex := byName[events.StageExtract]
	half := len(chunks.Chunks) / 2
	broken := &countingParts{Parts: &parts{l: layer, p: 0, stage: events.StageExtract, key: "ek"}, fail: half}
	if _, err := ex.Handle(ctx, &Input{Doc: "d", Data: out, Parts: broken}); err == nil {
		t.Fatal("injected failure did not surface")
	}
	retry := &countingParts{Parts: &parts{l: layer, p: 0, stage: events.StageExtract, key: "ek"}}
	got, err := ex.Handle(ctx, &Input{Doc: "d", Data: out, Parts: retry})
	if err != nil {
		t.Fatal(err)
	}
	if retry.hits != half || retry.puts != len(chunks.Chunks)-half {
		t.Errorf("retry read %d cached chunks and computed %d, want %d and %d", retry.hits, retry.puts, half, len(chunks.Chunks)-half)
	}
	fresh, err := ex.Handle(ctx, &Input{Doc: "d", Data: out, Parts: &parts{l: layer, p: 0, stage: events.StageExtract, key: "other"}})
	if err != nil {
		t.Fatal(err)
	}
	var a, b extract.Result
	_ = json.Unmarshal(got, &a)
	_ = json.Unmarshal(fresh, &b)
	if len(a.Mentions) == 0 || len(a.Mentions) != len(b.Mentions) {
		t.Errorf("retry gave %d mentions, a fresh run %d", len(a.Mentions), len(b.Mentions))
	}
}
