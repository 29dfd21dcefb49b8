package cachelayer

import (
	"fmt"
	"strings"
	"time"

	"github.com/redis/rueidis"
)

// Connect opens the process's one Redis client. url is redis:// or
// rediss://, or several comma-separated addresses (host:port or URLs) for a
// Redis Cluster; rueidis finds the cluster topology from any of them.
func Connect(url string) (rueidis.Client, error) {
	parts := strings.Split(url, ",")
	first := strings.TrimSpace(parts[0])
	if !strings.Contains(first, "://") {
		first = "redis://" + first
	}
	opt, err := rueidis.ParseURL(first)
	if err != nil {
		return nil, fmt.Errorf("redis url: %w", err)
	}
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if strings.Contains(p, "://") {
			o, err := rueidis.ParseURL(p)
			if err != nil {
				return nil, fmt.Errorf("redis url %q: %w", p, err)
			}
			opt.InitAddress = append(opt.InitAddress, o.InitAddress...)
		} else {
			opt.InitAddress = append(opt.InitAddress, p)
		}
	}
	// Outputs are read once per run; client-side caching would only cost
	// memory and invalidation traffic.
	opt.DisableCache = true
	// Waiting up to 100µs before a flush lets concurrent runs share one
	// write: on two cores the syscalls, not Redis, were the limit.
	opt.MaxFlushDelay = 100 * time.Microsecond
	c, err := rueidis.NewClient(opt)
	if err != nil {
		return nil, fmt.Errorf("connect to redis %s: %w", url, err)
	}
	return c, nil
}
