// Package lograte keeps repeated errors from flooding the log: while Redis
// or ClickHouse is down, every worker fails every few seconds, and the log
// should say so once per interval, with a count of what it held back.
package lograte

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// Limiter lets one line per key through per interval.
type Limiter struct {
	interval time.Duration
	mu       sync.Mutex
	last     map[string]time.Time
	dropped  map[string]int
}

// New returns a Limiter with the given interval.
func New(interval time.Duration) *Limiter {
	return &Limiter{interval: interval, last: map[string]time.Time{}, dropped: map[string]int{}}
}

// Log logs msg on log at level unless key was logged within the interval;
// the next line let through says how many were suppressed.
func (l *Limiter) Log(ctx context.Context, log *slog.Logger, level slog.Level, key, msg string, args ...any) {
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
	log.Log(ctx, level, msg, args...)
}

// Warn logs at warning level, keyed by the message.
func (l *Limiter) Warn(log *slog.Logger, msg string, args ...any) {
	l.Log(context.Background(), log, slog.LevelWarn, msg, msg, args...)
}
