package lograte

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	l := New(50 * time.Millisecond)
	for i := 0; i < 5; i++ {
		l.Warn(log, "redis down")
	}
	l.Warn(log, "other")
	time.Sleep(60 * time.Millisecond)
	l.Warn(log, "redis down")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 lines, got %d:\n%s", len(lines), buf.String())
	}
	if !strings.Contains(lines[2], "suppressed=4") {
		t.Errorf("third line does not count the suppressed ones: %s", lines[2])
	}
}
