package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadDefaultsAndOverrides(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("DOCPIPE_PARTITIONS", "8")
	t.Setenv("DOCPIPE_SOURCE_ROOTS", dir+":"+filepath.Join(dir, "sub", ".."))
	t.Setenv("DOCPIPE_TTL_CHUNK", "5h")
	t.Setenv("DOCPIPE_CONCURRENCY_OCR", "0")
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	real, _ := filepath.EvalSymlinks(dir)
	tests := []struct {
		name      string
		got, want any
	}{
		{"prefix default", c.Prefix, "docpipe"},
		{"partitions from env", c.Partitions, 8},
		{"lease default", c.LockLease, 30 * time.Second},
		{"claim idle default", c.ClaimIdle, 60 * time.Second},
		{"ttl override", c.OutputTTLs()["chunk"], 5 * time.Hour},
		{"ttl default ocr", c.OutputTTLs()["ocr"], 168 * time.Hour},
		{"zero concurrency means one", c.Concurrency("ocr"), 1},
		{"roots resolved", c.SourceRoots[0], real},
		{"roots cleaned", c.SourceRoots[1], real},
		{"consumer default", strings.Contains(c.Consumer, "-"), true},
		{"ingest backlog default", c.IngestMaxBacklog, int64(10000)},
		{"no sentinel by default", c.RedisSentinelMaster, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Fatalf("got %v want %v", tt.got, tt.want)
			}
		})
	}
}

func TestValidateRejects(t *testing.T) {
	base := func() Config {
		return Config{Prefix: "docpipe", Partitions: 1, LockLease: time.Second, ClaimIdle: 2 * time.Second,
			MaxDeliveries: 1, MaxDocumentBytes: 1, SourceRoots: []string{os.TempDir()}}
	}
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"claim idle not above lease", func(c *Config) { c.ClaimIdle = c.LockLease }, "must exceed"},
		{"no partitions", func(c *Config) { c.Partitions = 0 }, "PARTITIONS"},
		{"braces in prefix", func(c *Config) { c.Prefix = "a{b}" }, "PREFIX"},
		{"no deliveries", func(c *Config) { c.MaxDeliveries = 0 }, "MAX_DELIVERIES"},
		{"no size", func(c *Config) { c.MaxDocumentBytes = 0 }, "MAX_DOCUMENT_BYTES"},
		{"space in consumer", func(c *Config) { c.Consumer = "pod 1" }, "CONSUMER"},
		{"tls file with redis://", func(c *Config) { c.RedisURL = "redis://h:1"; c.RedisTLSCAFile = os.Args[0] }, "rediss://"},
		{"cert without key", func(c *Config) { c.RedisURL = "rediss://h:1"; c.RedisTLSCertFile = os.Args[0] }, "go together"},
		{"missing ca file", func(c *Config) { c.RedisURL = "rediss://h:1"; c.RedisTLSCAFile = "/nonexistent/ca.pem" }, "DOCPIPE_REDIS_TLS_CA_FILE"},
		{"space in sentinel master", func(c *Config) { c.RedisSentinelMaster = "my master" }, "SENTINEL_MASTER"},
		{"clickhouse ca file without a dsn", func(c *Config) { c.ClickHouseTLSCAFile = os.Args[0] }, "DOCPIPE_CLICKHOUSE_DSN is empty"},
		{"missing clickhouse ca file", func(c *Config) {
			c.ClickHouseDSN = "clickhouse://h:9440/docpipe?secure=true"
			c.ClickHouseTLSCAFile = "/nonexistent/ca.pem"
		}, "DOCPIPE_CLICKHOUSE_TLS_CA_FILE"},
		{"negative backlog", func(c *Config) { c.IngestMaxBacklog = -1 }, "INGEST_MAX_BACKLOG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base()
			tt.mutate(&c)
			if err := c.Validate(); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err %v, want %q", err, tt.want)
			}
		})
	}
	c := base()
	if err := c.Validate(); err != nil {
		t.Fatalf("valid config rejected: %v", err)
	}
}
