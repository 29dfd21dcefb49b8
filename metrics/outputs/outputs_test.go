package outputs

import (
	"bytes"
	"context"
	"errors"
	"testing"
	"time"

	"github.com/docpipe/docpipe/consumers"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
)

func TestMain(m *testing.M) { testenv.RunMain(m) }

// What the sink stored comes back byte for byte; a key it did not store is
// ErrNotStored, and HasOutput tells the two apart.
func TestLoadAndHasOutput(t *testing.T) {
	ctx := context.Background()
	st, err := metrics.Open(ctx, testenv.ClickHouse(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	blob := []byte("\x28\xb5\x2f\xfd binary output")
	// A batch insert naming its columns, as the sink writes (the driver
	// speaks to ClickHouse 18.16 that way only).
	b, err := st.Conn().PrepareBatch(ctx, "INSERT INTO stage_outputs (stage, output_key, doc_id, version, data, created)")
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Append("chunk", "k1", "d", int64(1), string(blob), time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := b.Send(); err != nil {
		t.Fatal(err)
	}
	s := New(st.Conn())
	got, err := s.LoadOutput(ctx, "chunk", "k1")
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("load: %q %v", got, err)
	}
	if _, err := s.LoadOutput(ctx, "chunk", "no-such-key"); !errors.Is(err, consumers.ErrNotStored) {
		t.Errorf("missing output: %v, want ErrNotStored", err)
	}
	for _, tc := range []struct {
		stage, key string
		want       bool
	}{{"chunk", "k1", true}, {"chunk", "no-such-key", false}, {"text", "k1", false}} {
		if ok, err := s.HasOutput(ctx, tc.stage, tc.key); err != nil || ok != tc.want {
			t.Errorf("HasOutput(%s, %s) = %v %v, want %v", tc.stage, tc.key, ok, err, tc.want)
		}
	}
}
