// Package config is docpipe's configuration: one struct read from DOCPIPE_*
// environment variables, with documented defaults. Zero means default.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/caarlos0/env/v11"

	"github.com/docpipe/docpipe/events"
)

// Config is every setting of a docpipe process. docs/configuration.md lists
// the same variables; keep them in step.
type Config struct {
	// RedisURL is redis:// or rediss://; several comma-separated host:port
	// addresses (or URLs) mean a Redis Cluster.
	RedisURL string `env:"REDIS_URL" envDefault:"redis://127.0.0.1:6379"`
	// RedisTLSCAFile is the PEM CA bundle that signs the Redis servers'
	// certificates (rediss:// only); empty means the system roots.
	RedisTLSCAFile string `env:"REDIS_TLS_CA_FILE"`
	// RedisTLSCertFile and RedisTLSKeyFile are the client certificate and
	// key sent for mutual TLS; both or neither.
	RedisTLSCertFile string `env:"REDIS_TLS_CERT_FILE"`
	RedisTLSKeyFile  string `env:"REDIS_TLS_KEY_FILE"`
	// RedisTLSServerName is the name checked in the servers' certificates;
	// empty means the host dialled.
	RedisTLSServerName string `env:"REDIS_TLS_SERVER_NAME"`
	// RedisSentinelMaster is the Sentinel master set name; when set, the
	// addresses in RedisURL are the sentinels'.
	RedisSentinelMaster string `env:"REDIS_SENTINEL_MASTER"`
	// RedisSentinelPassword authenticates to the sentinels themselves
	// (their requirepass); the URL's user and password are the data nodes'.
	RedisSentinelPassword string `env:"REDIS_SENTINEL_PASSWORD"`
	// IngestMaxBacklog bounds the ingest stream's backlog (entries not yet
	// delivered to the ocr group plus those pending in it): docpipe ingest
	// waits or fails above it. 0 turns the bound off.
	IngestMaxBacklog int64 `env:"INGEST_MAX_BACKLOG" envDefault:"10000"`
	// Prefix starts every key name.
	Prefix string `env:"PREFIX" envDefault:"docpipe"`
	// Partitions is P in hash(doc_id) mod P; fixed for a deployment.
	Partitions int `env:"PARTITIONS" envDefault:"4"`
	// SourceRoots are the directories sources may be read from (colon-separated).
	// Empty means the working directory.
	SourceRoots []string `env:"SOURCE_ROOTS" envSeparator:":"`
	// MaxDocumentBytes is the largest source file accepted.
	MaxDocumentBytes int64 `env:"MAX_DOCUMENT_BYTES" envDefault:"104857600"`
	// MaxFieldBytes is the largest accepted event field value.
	MaxFieldBytes int `env:"MAX_FIELD_BYTES" envDefault:"65536"`
	// Consumer names this process in consumer groups; default host-pid.
	Consumer string `env:"CONSUMER"`

	// LockLease is how long a lock lives without renewal; renewed every third.
	LockLease time.Duration `env:"LOCK_LEASE" envDefault:"30s"`
	// ClaimIdle is the idle time after which another replica takes over a
	// pending entry. Must exceed LockLease.
	ClaimIdle time.Duration `env:"CLAIM_IDLE" envDefault:"60s"`
	// MaxDeliveries is how often a stage may start on a document (take its
	// lease) in one pass before the DLQ: tries where the stage actually ran.
	// Redis being unavailable never counts; a replica that died mid-run does.
	MaxDeliveries int `env:"MAX_DELIVERIES" envDefault:"5"`
	// StageTimeout bounds one stage run's compute; a run that exceeds it is
	// a permanent failure with that reason (one input must not hold a
	// worker hostage).
	StageTimeout time.Duration `env:"STAGE_TIMEOUT" envDefault:"30m"`
	// Rescan is how often a replica reads its own pending entries that no
	// run of it holds (left by a run that Redis refused, or by a Redis
	// restart), so they resume within seconds instead of after ClaimIdle.
	Rescan time.Duration `env:"RESCAN" envDefault:"5s"`
	// Block is the XREADGROUP BLOCK time.
	Block time.Duration `env:"BLOCK" envDefault:"2s"`
	// DrainTimeout is how long SIGTERM waits for in-flight work.
	DrainTimeout time.Duration `env:"DRAIN_TIMEOUT" envDefault:"30s"`
	// TrimInterval is how often streams are trimmed below what every group
	// has delivered and acknowledged.
	TrimInterval time.Duration `env:"TRIM_INTERVAL" envDefault:"30s"`
	// ConsumerExpiry deletes consumers with nothing pending that have not
	// read for this long (names left by exited replicas); 0 keeps them.
	ConsumerExpiry time.Duration `env:"CONSUMER_EXPIRY" envDefault:"1h"`
	// PublicRetention bounds the completed and dlq streams by length.
	PublicRetention int64 `env:"PUBLIC_RETENTION" envDefault:"100000"`

	// Concurrency per stage: workers in this process.
	ConcurrencyOCR     int `env:"CONCURRENCY_OCR" envDefault:"2"`
	ConcurrencyText    int `env:"CONCURRENCY_TEXT" envDefault:"4"`
	ConcurrencyChunk   int `env:"CONCURRENCY_CHUNK" envDefault:"4"`
	ConcurrencyExtract int `env:"CONCURRENCY_EXTRACT" envDefault:"2"`
	ConcurrencyResolve int `env:"CONCURRENCY_RESOLVE" envDefault:"4"`
	ConcurrencyRelate  int `env:"CONCURRENCY_RELATE" envDefault:"4"`

	// Output TTLs per stage and of the state hash.
	TTLOCR     time.Duration `env:"TTL_OCR" envDefault:"168h"`
	TTLText    time.Duration `env:"TTL_TEXT" envDefault:"72h"`
	TTLChunk   time.Duration `env:"TTL_CHUNK" envDefault:"48h"`
	TTLExtract time.Duration `env:"TTL_EXTRACT" envDefault:"48h"`
	TTLResolve time.Duration `env:"TTL_RESOLVE" envDefault:"72h"`
	TTLRelate  time.Duration `env:"TTL_RELATE" envDefault:"72h"`
	TTLState   time.Duration `env:"TTL_STATE" envDefault:"168h"`

	// ClickHouseDSN is clickhouse://user:pass@host:port/db; empty disables
	// run records and the durable store. secure=true speaks TLS to the
	// server's tcp_port_secure.
	ClickHouseDSN string `env:"CLICKHOUSE_DSN"`
	// ClickHouseTLSCAFile is the PEM CA bundle that signs the ClickHouse
	// server's certificate (a DSN with secure=true); empty means the
	// system roots.
	ClickHouseTLSCAFile string `env:"CLICKHOUSE_TLS_CA_FILE"`

	// OCR settings.
	OCRDPI         int           `env:"OCR_DPI" envDefault:"300"`
	OCRMaxPages    int           `env:"OCR_MAX_PAGES" envDefault:"500"`
	OCRPageTimeout time.Duration `env:"OCR_PAGE_TIMEOUT" envDefault:"60s"`
	OCRParallelism int           `env:"OCR_PARALLELISM" envDefault:"1"`
	OCRLanguage    string        `env:"OCR_LANGUAGE" envDefault:"eng"`
	// OCRMinConfidence flags an OCRed page whose mean word confidence is
	// below it (0..1), in the output and the run record.
	OCRMinConfidence float64 `env:"OCR_MIN_CONFIDENCE" envDefault:"0.6"`
	// Documents inside documents (attachments, embedded files): how deep
	// they are followed, how many of one document and how large each.
	OCRMaxChildDepth int   `env:"OCR_MAX_CHILD_DEPTH" envDefault:"3"`
	OCRMaxChildren   int   `env:"OCR_MAX_CHILDREN" envDefault:"100"`
	OCRMaxChildBytes int64 `env:"OCR_MAX_CHILD_BYTES" envDefault:"52428800"`

	// Chunking settings.
	ChunkSize    int `env:"CHUNK_SIZE" envDefault:"1000"`
	ChunkOverlap int `env:"CHUNK_OVERLAP" envDefault:"200"`

	// MaxTextBytes bounds one document's cleaned text (text and chunk
	// stages); more is a permanent failure (docs/limits.md).
	MaxTextBytes int `env:"MAX_TEXT_BYTES" envDefault:"8388608"`
	// MaxChunks bounds one document's chunks, and so the work of every
	// later stage; more is a permanent failure.
	MaxChunks int `env:"MAX_CHUNKS" envDefault:"20000"`
	// DebugAddr, when set, is where `docpipe run` serves expvar
	// (/debug/vars: memstats, goroutines) and pprof; empty is off.
	DebugAddr string `env:"DEBUG_ADDR"`
	// HTTPAddr is where a process serves /metrics, /healthz and /readyz
	// (and with `run --monitor`, or `docpipe monitor`, the web UI). Unset
	// means the command's default (127.0.0.1:9464 for run, 127.0.0.1:9465
	// for monitor); set to "" or "off" turns it off (the commands read the
	// variable's presence themselves: an empty value cannot be told from an
	// unset one here).
	HTTPAddr string `env:"HTTP_ADDR"`
	// AllowActions lets the monitor replay and purge dead letters; it is
	// read-only otherwise.
	AllowActions bool `env:"ALLOW_ACTIONS"`
	// TenantField is the meta field (without "meta.") whose value names a
	// document's tenant on the monitor's tenants page.
	TenantField string `env:"TENANT_FIELD" envDefault:"customer"`
	// MonitorInterval is the least time between two readings of the stream
	// figures (XINFO, XPENDING, INFO) by one process, however often it is
	// scraped or viewed.
	MonitorInterval time.Duration `env:"MONITOR_INTERVAL" envDefault:"5s"`

	// LogLevel is debug, info, warn or error.
	LogLevel string `env:"LOG_LEVEL" envDefault:"info"`
}

// Load reads the configuration from the environment.
func Load() (Config, error) {
	var c Config
	if err := env.ParseWithOptions(&c, env.Options{Prefix: "DOCPIPE_"}); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	return c, c.Validate()
}

// Validate checks the settings and fills what depends on the environment.
func (c *Config) Validate() error {
	var errs []error
	if c.Partitions < 1 {
		errs = append(errs, errors.New("DOCPIPE_PARTITIONS must be at least 1"))
	}
	if c.LockLease <= 0 {
		errs = append(errs, errors.New("DOCPIPE_LOCK_LEASE must be positive"))
	}
	if c.ClaimIdle <= c.LockLease {
		errs = append(errs, fmt.Errorf("DOCPIPE_CLAIM_IDLE (%s) must exceed DOCPIPE_LOCK_LEASE (%s), or live replicas lose work to the reclaimer", c.ClaimIdle, c.LockLease))
	}
	if c.StageTimeout <= 0 {
		c.StageTimeout = 30 * time.Minute
	}
	if c.Rescan <= 0 {
		c.Rescan = 5 * time.Second
	}
	if c.MaxDeliveries < 1 {
		errs = append(errs, errors.New("DOCPIPE_MAX_DELIVERIES must be at least 1"))
	}
	if c.MaxDocumentBytes <= 0 {
		errs = append(errs, errors.New("DOCPIPE_MAX_DOCUMENT_BYTES must be positive"))
	}
	if c.Prefix == "" || strings.ContainsAny(c.Prefix, "{} ") {
		errs = append(errs, fmt.Errorf("DOCPIPE_PREFIX %q must be non-empty without braces or spaces", c.Prefix))
	}
	errs = append(errs, c.validateRedis()...)
	if c.ClickHouseTLSCAFile != "" {
		// Whether the DSN asks for TLS is checked when the store is made
		// (the client's own DSN parser decides).
		if c.ClickHouseDSN == "" {
			errs = append(errs, errors.New("DOCPIPE_CLICKHOUSE_TLS_CA_FILE is set but DOCPIPE_CLICKHOUSE_DSN is empty"))
		} else if _, err := os.Stat(c.ClickHouseTLSCAFile); err != nil {
			errs = append(errs, fmt.Errorf("DOCPIPE_CLICKHOUSE_TLS_CA_FILE: %w", err))
		}
	}
	if c.Consumer == "" {
		host, _ := os.Hostname()
		c.Consumer = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	if strings.ContainsAny(c.Consumer, " \t\r\n") {
		// The state hash keeps the consumer as one word of a stage's value.
		errs = append(errs, fmt.Errorf("DOCPIPE_CONSUMER %q must not contain whitespace", c.Consumer))
	}
	if len(c.SourceRoots) == 0 {
		wd, err := os.Getwd()
		if err != nil {
			errs = append(errs, fmt.Errorf("working directory: %w", err))
		}
		c.SourceRoots = []string{wd}
	}
	for i, r := range c.SourceRoots {
		abs, err := filepath.Abs(r)
		if err == nil {
			if real, err2 := filepath.EvalSymlinks(abs); err2 == nil {
				abs = real
			}
		}
		c.SourceRoots[i] = abs
	}
	return errors.Join(errs...)
}

// validateRedis checks the TLS, Sentinel and backpressure settings. Files
// are checked for existence here; their contents when the client connects.
func (c *Config) validateRedis() []error {
	var errs []error
	tlsSet := c.RedisTLSCAFile != "" || c.RedisTLSCertFile != "" || c.RedisTLSKeyFile != "" || c.RedisTLSServerName != ""
	if tlsSet && !strings.HasPrefix(strings.TrimSpace(c.RedisURL), "rediss://") {
		errs = append(errs, errors.New("DOCPIPE_REDIS_TLS_* is set but DOCPIPE_REDIS_URL does not start with rediss://"))
	}
	if (c.RedisTLSCertFile == "") != (c.RedisTLSKeyFile == "") {
		errs = append(errs, errors.New("DOCPIPE_REDIS_TLS_CERT_FILE and DOCPIPE_REDIS_TLS_KEY_FILE go together"))
	}
	for name, f := range map[string]string{"DOCPIPE_REDIS_TLS_CA_FILE": c.RedisTLSCAFile,
		"DOCPIPE_REDIS_TLS_CERT_FILE": c.RedisTLSCertFile, "DOCPIPE_REDIS_TLS_KEY_FILE": c.RedisTLSKeyFile} {
		if f == "" {
			continue
		}
		if _, err := os.Stat(f); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
		}
	}
	if c.RedisSentinelMaster != "" && strings.ContainsAny(c.RedisSentinelMaster, " \t\r\n") {
		errs = append(errs, fmt.Errorf("DOCPIPE_REDIS_SENTINEL_MASTER %q must not contain whitespace", c.RedisSentinelMaster))
	}
	if c.IngestMaxBacklog < 0 {
		errs = append(errs, errors.New("DOCPIPE_INGEST_MAX_BACKLOG must be 0 (no bound) or positive"))
	}
	return errs
}

// Concurrency is the worker count of stage.
func (c *Config) Concurrency(stage string) int {
	n := map[string]int{
		events.StageOCR: c.ConcurrencyOCR, events.StageText: c.ConcurrencyText, events.StageChunk: c.ConcurrencyChunk,
		events.StageExtract: c.ConcurrencyExtract, events.StageResolve: c.ConcurrencyResolve, events.StageRelate: c.ConcurrencyRelate,
	}[stage]
	if n < 1 {
		return 1
	}
	return n
}

// OutputTTLs maps each stage to its output TTL.
func (c *Config) OutputTTLs() map[string]time.Duration {
	return map[string]time.Duration{
		events.StageOCR: c.TTLOCR, events.StageText: c.TTLText, events.StageChunk: c.TTLChunk,
		events.StageExtract: c.TTLExtract, events.StageResolve: c.TTLResolve, events.StageRelate: c.TTLRelate,
	}
}
