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

// ErrSchema marks a schema the migrations cannot repair: a table docpipe
// writes exists but lacks columns the sink inserts (created by hand, or by
// an incompatible release). Dropping the table and running `docpipe
// migrate` recreates it; docpipe never drops a table holding data itself.
var ErrSchema = errors.New("clickhouse schema cannot be repaired")

// SchemaError names what is wrong with a table; errors.Is(err, ErrSchema).
type SchemaError struct {
	Table   string
	Missing []string // columns the sink writes that the table lacks
}

func (e *SchemaError) Error() string {
	return fmt.Sprintf("%v: table %s lacks columns %s (drop it and run `docpipe migrate` to recreate it)",
		ErrSchema, e.Table, strings.Join(e.Missing, ", "))
}

// Is makes errors.Is(err, ErrSchema) true.
func (e *SchemaError) Is(target error) bool { return target == ErrSchema }

// MigrateReport says what Migrate did.
type MigrateReport struct {
	Applied  []uint32 // migrations applied by this call
	Repaired []string // tables and views that were recorded as created but missing, recreated
}

// Statements the migrator understands the effect of. Every statement of a
// migration must be one of these (TestMigrationStatementsKnown): the
// creates and drops give the set of objects the schema must hold, which
// Migrate checks against system.tables on every run.
var (
	createStmt = regexp.MustCompile(`(?is)^CREATE\s+(?:TABLE|VIEW)\s+IF\s+NOT\s+EXISTS\s+\{\{db\}\}\.([A-Za-z_][A-Za-z0-9_]*)\b`)
	dropStmt   = regexp.MustCompile(`(?is)^DROP\s+TABLE\s+IF\s+EXISTS\s+\{\{db\}\}\.([A-Za-z_][A-Za-z0-9_]*)\s*$`)
	insertStmt = regexp.MustCompile(`(?is)^INSERT\s+INTO\s+\{\{db\}\}\.[A-Za-z_][A-Za-z0-9_]*\s*\(`)
	// deleteStmt is a mutation that removes rows: it changes no object.
	deleteStmt = regexp.MustCompile(`(?is)^ALTER\s+TABLE\s+\{\{db\}\}\.[A-Za-z_][A-Za-z0-9_]*\s+DELETE\s+WHERE\b`)
)

// schemaObject is a table or view the migrations leave in place, with the
// statement that creates it.
type schemaObject struct {
	name    string
	version uint32
	order   int // statement position across all migrations
	stmt    string
}

// expectedObjects replays the creates and drops of migs in order: what is
// left is what the database must hold.
func expectedObjects(migs []Migration) ([]schemaObject, error) {
	objs := map[string]schemaObject{}
	n := 0
	for _, m := range migs {
		for i, stmt := range m.Statements {
			n++
			switch {
			case createStmt.MatchString(stmt):
				name := createStmt.FindStringSubmatch(stmt)[1]
				objs[name] = schemaObject{name: name, version: m.Version, order: n, stmt: stmt}
			case dropStmt.MatchString(stmt):
				delete(objs, dropStmt.FindStringSubmatch(stmt)[1])
			case insertStmt.MatchString(stmt), deleteStmt.MatchString(stmt):
			default:
				return nil, fmt.Errorf("migration %04d_%s statement %d: not CREATE ... IF NOT EXISTS {{db}}.x, DROP TABLE IF EXISTS {{db}}.x, INSERT INTO {{db}}.x (...) or ALTER TABLE {{db}}.x DELETE WHERE", m.Version, m.Name, i+1)
			}
		}
	}
	out := make([]schemaObject, 0, len(objs))
	for _, o := range objs {
		out = append(out, o)
	}
	// Creation order: a view is recreated after the tables it reads.
	sort.Slice(out, func(i, j int) bool { return out[i].order < out[j].order })
	return out, nil
}

// Migrate brings the schema of conn's current database up to date and
// repairs it. Applied versions are recorded in schema_migrations, but that
// record alone is not trusted: every table and view the migrations leave in
// place is checked in system.tables, and a missing one (DROP TABLE by hand,
// a restored backup) is created again from its migration. Every statement
// is idempotent (IF NOT EXISTS), so a migration cut short by a crash, or run
// by two replicas at once, is simply applied again. Finally every table the
// sink writes must hold the columns it inserts, or Migrate returns a
// *SchemaError (ErrSchema): nothing it can fix without dropping data.
func Migrate(ctx context.Context, conn driver.Conn) (MigrateReport, error) {
	migs, err := Migrations()
	if err != nil {
		return MigrateReport{}, fmt.Errorf("migrate: %w", err)
	}
	return migrate(ctx, conn, migs)
}

// migrate applies and verifies migs (tests pass a prefix of Migrations to
// build an older schema).
func migrate(ctx context.Context, conn driver.Conn, migs []Migration) (MigrateReport, error) {
	var rep MigrateReport
	var db string
	if err := conn.QueryRow(ctx, `SELECT currentDatabase()`).Scan(&db); err != nil {
		return rep, fmt.Errorf("migrate: current database: %w", err)
	}
	if !validIdent.MatchString(db) {
		return rep, fmt.Errorf("migrate: invalid database name %q", db)
	}
	expected, err := expectedObjects(migs)
	if err != nil {
		return rep, fmt.Errorf("migrate: %w", err)
	}
	if err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS `+db+`.schema_migrations (
    version UInt32,
    name String,
    applied DateTime DEFAULT now()
) ENGINE = ReplacingMergeTree ORDER BY version`); err != nil {
		return rep, fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	applied, err := appliedVersions(ctx, conn, db)
	if err != nil {
		return rep, fmt.Errorf("migrate: %w", err)
	}
	for _, m := range migs {
		if applied[m.Version] {
			continue
		}
		for i, stmt := range m.Statements {
			if err := conn.Exec(ctx, strings.ReplaceAll(stmt, "{{db}}", db)); err != nil {
				return rep, fmt.Errorf("migrate: %04d_%s statement %d: %w", m.Version, m.Name, i+1, err)
			}
		}
		b, err := conn.PrepareBatch(ctx, `INSERT INTO `+db+`.schema_migrations (version, name)`)
		if err != nil {
			return rep, fmt.Errorf("migrate: record %d: %w", m.Version, err)
		}
		if err := errors.Join(b.Append(m.Version, m.Name), b.Send()); err != nil {
			return rep, fmt.Errorf("migrate: record %d: %w", m.Version, err)
		}
		rep.Applied = append(rep.Applied, m.Version)
	}

	present, err := tablesIn(ctx, conn, db)
	if err != nil {
		return rep, fmt.Errorf("migrate: %w", err)
	}
	for _, o := range expected {
		if present[o.name] {
			continue
		}
		if err := conn.Exec(ctx, strings.ReplaceAll(o.stmt, "{{db}}", db)); err != nil {
			return rep, fmt.Errorf("migrate: recreate %s (from %04d): %w", o.name, o.version, err)
		}
		rep.Repaired = append(rep.Repaired, o.name)
	}
	if err := checkColumns(ctx, conn, db, expected); err != nil {
		return rep, fmt.Errorf("migrate: %w", err)
	}
	return rep, nil
}

// tablesIn lists the tables and views of db.
func tablesIn(ctx context.Context, conn driver.Conn, db string) (map[string]bool, error) {
	rows, err := conn.Query(ctx, `SELECT name FROM system.tables WHERE database = ?`, db)
	if err != nil {
		return nil, fmt.Errorf("list tables: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, fmt.Errorf("list tables: %w", err)
		}
		out[name] = true
	}
	return out, rows.Err()
}

// checkColumns verifies that every table the sink inserts into has the
// columns of its INSERT list.
func checkColumns(ctx context.Context, conn driver.Conn, db string, expected []schemaObject) error {
	want := map[string]bool{}
	for _, o := range expected {
		want[o.name] = true
	}
	rows, err := conn.Query(ctx, `SELECT table, name FROM system.columns WHERE database = ?`, db)
	if err != nil {
		return fmt.Errorf("list columns: %w", err)
	}
	defer rows.Close()
	have := map[string]map[string]bool{}
	for rows.Next() {
		var tbl, col string
		if err := rows.Scan(&tbl, &col); err != nil {
			return fmt.Errorf("list columns: %w", err)
		}
		if have[tbl] == nil {
			have[tbl] = map[string]bool{}
		}
		have[tbl][col] = true
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list columns: %w", err)
	}
	var errs []error
	for _, t := range insertOrder {
		if !want[t.name] {
			continue // an older schema (tests); not one the sink writes
		}
		var missing []string
		for _, c := range t.columns() {
			if !have[t.name][c] {
				missing = append(missing, c)
			}
		}
		if len(missing) > 0 {
			errs = append(errs, &SchemaError{Table: t.name, Missing: missing})
		}
	}
	return errors.Join(errs...)
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
