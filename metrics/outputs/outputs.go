// Package outputs is the durable copy of stage outputs in ClickHouse as the
// stage runtime reads it: consumers.OutputStore, for an input that has left
// the Redis cache (TTL, eviction, flush). The sink (package metrics) writes
// the table; this package only reads it, so the runtime depends on nothing
// of the sink.
package outputs

import (
	"context"
	"fmt"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"

	"github.com/docpipe/docpipe/consumers"
)

// Store reads stage_outputs.
type Store struct {
	conn driver.Conn
}

var _ consumers.OutputStore = (*Store)(nil)

// New reads through conn (metrics.Store.Conn: the process's one ClickHouse
// connection, which dials on first use).
func New(conn driver.Conn) *Store { return &Store{conn: conn} }

// LoadOutput returns the compressed envelope bytes of stage's output under
// key, exactly as they were stored in Redis, or an error wrapping
// consumers.ErrNotStored.
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
		return nil, fmt.Errorf("%w: %s/%s", consumers.ErrNotStored, stage, key)
	}
	var data string
	if err := rows.Scan(&data); err != nil {
		return nil, fmt.Errorf("load output %s/%s: %w", stage, key, err)
	}
	return []byte(data), nil
}

// HasOutput reports whether stage's output under key has a durable copy.
// The skip check asks it when Redis lost an output but the state still
// names its key: a skip is honest only if the output can still be loaded.
func (s *Store) HasOutput(ctx context.Context, stage, key string) (bool, error) {
	var n uint64
	if err := s.conn.QueryRow(ctx, `SELECT count() FROM stage_outputs WHERE stage = ? AND output_key = ?`, stage, key).Scan(&n); err != nil {
		return false, fmt.Errorf("has output %s/%s: %w", stage, key, err)
	}
	return n > 0, nil
}
