package metrics

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

// ErrNotFound is returned by LoadOutput when ClickHouse holds no copy of the
// requested stage output.
var ErrNotFound = errors.New("metrics: output not found")

// DefaultDatabase is used when the DSN names no database.
const DefaultDatabase = "docpipe"

// Store is docpipe's ClickHouse database: the durable copy of stage outputs,
// the run records and the result tables. It is safe for concurrent use.
type Store struct {
	conn driver.Conn
	db   string
}

// Open connects to the ClickHouse server of dsn
// (clickhouse://user:pass@host:port/db, native protocol), creates the
// database if it is missing and applies the migrations.
func Open(ctx context.Context, dsn string) (*Store, error) {
	opts, err := clickhouse.ParseDSN(dsn)
	if err != nil {
		return nil, fmt.Errorf("open clickhouse: parse dsn: %w", err)
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

	// The database may not exist yet, and the server refuses a connection
	// whose handshake names a missing database: create it through "default".
	boot := *opts
	boot.Auth.Database = "default"
	bconn, err := clickhouse.Open(&boot)
	if err != nil {
		return nil, fmt.Errorf("open clickhouse: %w", err)
	}
	err = bconn.Exec(ctx, "CREATE DATABASE IF NOT EXISTS "+db)
	_ = bconn.Close()
	if err != nil {
		return nil, fmt.Errorf("open clickhouse: create database %s: %w", db, err)
	}

	opts.Auth.Database = db
	conn, err := clickhouse.Open(opts)
	if err != nil {
		return nil, fmt.Errorf("open clickhouse: %w", err)
	}
	if err := Migrate(ctx, conn); err != nil {
		_ = conn.Close()
		return nil, fmt.Errorf("open clickhouse: %w", err)
	}
	return &Store{conn: conn, db: db}, nil
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

// LoadOutput returns the compressed envelope bytes of stage's output under
// key, exactly as they were stored in Redis, or ErrNotFound. The runtime
// calls it when the output has left the Redis cache (TTL, eviction, flush).
func (s *Store) LoadOutput(ctx context.Context, stage, key string) ([]byte, error) {
	// No FINAL needed: an output key is derived from its inputs, so every
	// copy of one (stage, key) row holds the same bytes and any one will do.
	rows, err := s.conn.Query(ctx,
		`SELECT data FROM stage_outputs WHERE stage = ? AND output_key = ? LIMIT 1`, stage, key)
	if err != nil {
		return nil, fmt.Errorf("load output %s/%s: %w", stage, key, err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("load output %s/%s: %w", stage, key, err)
		}
		return nil, ErrNotFound
	}
	var data string
	if err := rows.Scan(&data); err != nil {
		return nil, fmt.Errorf("load output %s/%s: %w", stage, key, err)
	}
	return []byte(data), nil
}
