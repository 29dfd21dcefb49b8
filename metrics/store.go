package metrics

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

// DefaultDatabase is used when the DSN names no database.
const DefaultDatabase = "docpipe"

// Store is docpipe's ClickHouse database: the durable copy of stage outputs,
// the run records and the result tables. It is safe for concurrent use.
//
// A Store can exist while ClickHouse is down (New): the pipeline must start
// and run during an outage, its records waiting in Redis. Ensure creates the
// database and migrates once ClickHouse answers; Health says how the store
// is doing, for logs and /readyz.
type Store struct {
	conn   driver.Conn
	opts   clickhouse.Options // with the database; boot connections use "default"
	db     string
	caFile string // DOCPIPE_CLICKHOUSE_TLS_CA_FILE, for error messages

	mu     sync.Mutex
	ready  bool // the schema was verified since the last schema error
	health Health
}

// Health states of a Store. Degraded and broken are states of the sink, not
// of the replica: the stages go on, records wait in Redis.
const (
	// HealthOK: the schema is verified and the last statement succeeded.
	HealthOK = "ok"
	// HealthDegraded: ClickHouse is unreachable or failing, or the schema
	// is being repaired; records wait in Redis and drain when it answers.
	HealthDegraded = "degraded"
	// HealthBroken: the schema cannot be repaired (ErrSchema); records wait
	// in Redis until an operator fixes it.
	HealthBroken = "broken"
)

// Health is a Store's state, as /readyz reports it.
type Health struct {
	State string    `json:"state"`
	Error string    `json:"error,omitempty"`
	Since time.Time `json:"since"` // when State last changed
}

// New returns a store for dsn (clickhouse://user:pass@host:port/db, native
// protocol; secure=true for TLS) without contacting the server; call Ensure
// before use. Only a DSN that does not parse and unusable options (a CA file
// that cannot be read) are errors.
func New(dsn string, options ...Option) (*Store, error) {
	opts, err := clickhouse.ParseDSN(dsn)
	if err != nil {
		// clickhouse-go hides the password of a DSN that does not parse.
		return nil, fmt.Errorf("open clickhouse: parse dsn: %w", err)
	}
	cfg := storeConfig{opts: opts}
	for _, o := range options {
		if err := o(&cfg); err != nil {
			return nil, fmt.Errorf("open clickhouse: %w", err)
		}
	}
	db := opts.Auth.Database
	if db == "" {
		db = DefaultDatabase
	}
	if !validIdent.MatchString(db) {
		return nil, fmt.Errorf("open clickhouse: invalid database name %q", db)
	}
	if opts.DialTimeout == 0 {
		// The library's 30 s default would stall the sink's retry loop for
		// that long per attempt while ClickHouse is down.
		opts.DialTimeout = 5 * time.Second
	}
	if opts.ReadTimeout == 0 {
		opts.ReadTimeout = 60 * time.Second
	}
	opts.Auth.Database = db
	conn, err := clickhouse.Open(opts) // dials on first use
	if err != nil {
		return nil, fmt.Errorf("open clickhouse: %w", err)
	}
	return &Store{conn: conn, opts: *opts, db: db, caFile: cfg.caFile,
		health: Health{State: HealthDegraded, Error: "not connected yet", Since: time.Now().UTC()}}, nil
}

// Open connects to the ClickHouse server of dsn, creates the database if it
// is missing and applies (and verifies) the migrations: New and Ensure, for
// commands that need ClickHouse now.
func Open(ctx context.Context, dsn string, options ...Option) (*Store, error) {
	s, err := New(dsn, options...)
	if err != nil {
		return nil, err
	}
	if _, err := s.Ensure(ctx); err != nil {
		_ = s.Close()
		return nil, fmt.Errorf("open clickhouse: %w", err)
	}
	return s, nil
}

// Ensure creates the database if it is missing and migrates and verifies
// the schema (Migrate), unless that was done since the last schema error.
// The report is empty when nothing was to do.
func (s *Store) Ensure(ctx context.Context) (MigrateReport, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ready {
		return MigrateReport{}, nil
	}
	rep, err := s.migrate(ctx)
	if err != nil {
		s.setHealth(err)
		return rep, err
	}
	s.ready = true
	s.setHealth(nil)
	return rep, nil
}

func (s *Store) migrate(ctx context.Context) (MigrateReport, error) {
	// The database may not exist yet (or was dropped), and the server
	// refuses a connection whose handshake names a missing database:
	// create it through "default".
	boot := s.opts
	boot.Auth.Database = "default"
	bconn, err := clickhouse.Open(&boot)
	if err != nil {
		return MigrateReport{}, err
	}
	err = bconn.Exec(ctx, "CREATE DATABASE IF NOT EXISTS "+s.db)
	_ = bconn.Close()
	if err != nil {
		return MigrateReport{}, fmt.Errorf("create database %s: %w", s.db, s.classifyTLS(err))
	}
	rep, err := Migrate(ctx, s.conn)
	return rep, s.classifyTLS(err)
}

// Observe records the outcome of a statement against the store: a success
// makes it healthy, a failure degraded; an error the server answered with
// makes the next Ensure verify the schema again. It reports whether err is
// a missing table or database (IsMissingSchema), which that Ensure repairs.
func (s *Store) Observe(err error) (repair bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ex *clickhouse.Exception
	if errors.As(err, &ex) {
		// The server answered and refused: the schema may be what is
		// wrong, so the next Ensure verifies it again (and reports a
		// schema it cannot repair as broken rather than as an outage).
		s.ready = false
		repair = IsMissingSchema(err)
	}
	if err == nil && !s.ready {
		return false // Ensure still has to run; its outcome sets the health
	}
	s.setHealth(err)
	return repair
}

// setHealth sets the health from the outcome err; s.mu is held.
func (s *Store) setHealth(err error) {
	h := Health{State: HealthOK}
	switch {
	case errors.Is(err, ErrSchema):
		h = Health{State: HealthBroken, Error: err.Error()}
	case err != nil:
		h = Health{State: HealthDegraded, Error: err.Error()}
	}
	h.Since = s.health.Since
	if h.State != s.health.State {
		h.Since = time.Now().UTC()
	}
	s.health = h
}

// Health returns the store's state: ok, degraded (ClickHouse unreachable or
// failing: records wait in Redis) or broken (a schema it cannot repair).
// The monitor's /readyz reports it as the sink's state; a degraded or
// broken sink is not a dead replica.
func (s *Store) Health() Health {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.health
}

// ClickHouse error codes (ErrorCodes.cpp) that mean a table or database the
// migrations create is gone.
const (
	codeUnknownTable    = 60
	codeUnknownDatabase = 81
)

// IsMissingSchema reports whether err is ClickHouse's answer for a missing
// table or database: something Migrate recreates.
func IsMissingSchema(err error) bool {
	var ex *clickhouse.Exception
	if !errors.As(err, &ex) {
		return false
	}
	return ex.Code == codeUnknownTable || ex.Code == codeUnknownDatabase
}

// Conn is the underlying clickhouse-go connection, for callers that run
// their own queries.
func (s *Store) Conn() driver.Conn { return s.conn }

// Database is the name of the database the store uses.
func (s *Store) Database() string { return s.db }

// Close releases the connections.
func (s *Store) Close() error {
	if err := s.conn.Close(); err != nil {
		return fmt.Errorf("close clickhouse: %w", err)
	}
	return nil
}
