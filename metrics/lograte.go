package metrics

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// logLimiter lets one log line per key through per interval and counts the
// ones it held back: while ClickHouse or Redis is down the sink and sampler
// fail every few seconds, and the log should say so once, not flood.
type logLimiter struct {
	log      *slog.Logger
	interval time.Duration
	mu       sync.Mutex
	last     map[string]time.Time
	dropped  map[string]int
}

func newLogLimiter(log *slog.Logger, interval time.Duration) *logLimiter {
	if log == nil {
		log = slog.Default()
	}
	return &logLimiter{log: log, interval: interval, last: map[string]time.Time{}, dropped: map[string]int{}}
}

// Log logs msg at level unless key was logged within the interval.
func (l *logLimiter) Log(ctx context.Context, level slog.Level, key, msg string, args ...any) {
	l.mu.Lock()
	now := time.Now()
	if t, ok := l.last[key]; ok && now.Sub(t) < l.interval {
		l.dropped[key]++
		l.mu.Unlock()
		return
	}
	n := l.dropped[key]
	l.last[key] = now
	l.dropped[key] = 0
	l.mu.Unlock()
	if n > 0 {
		args = append(args, "suppressed", n)
	}
	l.log.Log(ctx, level, msg, args...)
}
