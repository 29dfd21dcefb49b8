package metrics

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Migration is one versioned step of the ClickHouse schema.
type Migration struct {
	Version    uint32
	Name       string
	Statements []string // with {{db}} still in place
}

var migrationName = regexp.MustCompile(`^(\d{4})_([a-z0-9_]+)\.sql$`)

// validIdent matches the database names Migrate and Open accept. They are
// spliced into DDL (ClickHouse has no bind parameters for identifiers), so
// anything else is refused rather than quoted.
var validIdent = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,127}$`)

// Migrations returns the embedded migrations in version order.
func Migrations() ([]Migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var out []Migration
	seen := map[uint32]string{}
	for _, e := range entries {
		m := migrationName.FindStringSubmatch(e.Name())
		if m == nil {
			return nil, fmt.Errorf("migration file %q: want NNNN_name.sql", e.Name())
		}
		v, _ := strconv.ParseUint(m[1], 10, 32)
		if prev, dup := seen[uint32(v)]; dup {
			return nil, fmt.Errorf("migration version %d used by %s and %s", v, prev, e.Name())
		}
		seen[uint32(v)] = e.Name()
		b, err := migrationFiles.ReadFile(path.Join("migrations", e.Name()))
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		out = append(out, Migration{Version: uint32(v), Name: m[2], Statements: splitStatements(string(b))})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// splitStatements drops comment lines and splits on ';'. The native protocol
// runs one statement per query, and our migrations hold no string literal
// with a semicolon, so nothing smarter is needed.
func splitStatements(src string) []string {
	var b strings.Builder
	for _, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "--") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	var out []string
	for _, s := range strings.Split(b.String(), ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Migrate brings the schema of conn's current database up to date. Applied
// versions are recorded in schema_migrations; every statement is idempotent
// (IF NOT EXISTS), so a migration cut short by a crash, or run by two
// replicas at once, is simply applied again.
func Migrate(ctx context.Context, conn driver.Conn) error {
	var db string
	if err := conn.QueryRow(ctx, `SELECT currentDatabase()`).Scan(&db); err != nil {
		return fmt.Errorf("migrate: current database: %w", err)
	}
	if !validIdent.MatchString(db) {
		return fmt.Errorf("migrate: invalid database name %q", db)
	}
	migs, err := Migrations()
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS `+db+`.schema_migrations (
    version UInt32,
    name String,
    applied DateTime DEFAULT now()
) ENGINE = ReplacingMergeTree ORDER BY version`); err != nil {
		return fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	applied, err := appliedVersions(ctx, conn, db)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, m := range migs {
		if applied[m.Version] {
			continue
		}
		for i, stmt := range m.Statements {
			if err := conn.Exec(ctx, strings.ReplaceAll(stmt, "{{db}}", db)); err != nil {
				return fmt.Errorf("migrate: %04d_%s statement %d: %w", m.Version, m.Name, i+1, err)
			}
		}
		b, err := conn.PrepareBatch(ctx, `INSERT INTO `+db+`.schema_migrations (version, name)`)
		if err != nil {
			return fmt.Errorf("migrate: record %d: %w", m.Version, err)
		}
		if err := errors.Join(b.Append(m.Version, m.Name), b.Send()); err != nil {
			return fmt.Errorf("migrate: record %d: %w", m.Version, err)
		}
	}
	return nil
}

// AppliedMigrations lists the versions recorded in schema_migrations of
// conn's current database.
func AppliedMigrations(ctx context.Context, conn driver.Conn) ([]uint32, error) {
	var db string
	if err := conn.QueryRow(ctx, `SELECT currentDatabase()`).Scan(&db); err != nil {
		return nil, fmt.Errorf("current database: %w", err)
	}
	m, err := appliedVersions(ctx, conn, db)
	if err != nil {
		return nil, err
	}
	out := make([]uint32, 0, len(m))
	for v := range m {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

func appliedVersions(ctx context.Context, conn driver.Conn, db string) (map[uint32]bool, error) {
	if !validIdent.MatchString(db) {
		return nil, fmt.Errorf("invalid database name %q", db)
	}
	rows, err := conn.Query(ctx, `SELECT DISTINCT version FROM `+db+`.schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("read schema_migrations: %w", err)
	}
	defer rows.Close()
	out := map[uint32]bool{}
	for rows.Next() {
		var v uint32
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("scan schema_migrations: %w", err)
		}
		out[v] = true
	}
	return out, rows.Err()
}
