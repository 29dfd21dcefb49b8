// Command docpipe runs and operates the docpipe pipeline: the stage
// consumers, ingestion, document status, reprocessing, the dead-letter
// stream, ClickHouse migrations and statistics, and the monitor (web UI,
// Prometheus metrics, `docpipe top`).
//
// Configuration comes from DOCPIPE_* environment variables (see
// docs/configuration.md); the common flags override them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/cachelayer"
	"github.com/docpipe/docpipe/config"
)

const usage = `docpipe turns documents into a knowledge graph on Redis Streams.

Usage:
  docpipe run [--stages ocr,text,chunk,extract,resolve,relate,sink]
  docpipe ingest [--wait] [--timeout 30m] PATH...
  docpipe status [--json] DOC_ID
  docpipe reprocess DOC_ID (--from STAGE | --full)
  docpipe dlq list [--json] [--count N] | replay ID... | purge [ID...]
  docpipe migrate
  docpipe stats [--since 24h] [--json]
  docpipe monitor [--http 127.0.0.1:9465] [--allow-actions]
  docpipe top [--interval 2s] [--once]

run serves /metrics, /healthz and /readyz on --http (default 127.0.0.1:9464,
"off" for none); --monitor adds the web UI there.

Common flags (override DOCPIPE_* variables):
  --redis-url URL   --prefix P   --partitions N   --clickhouse-dsn DSN
`

// errUsage is returned for a command line that does not parse.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	err := dispatch(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if errors.Is(err, errUsage) {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "docpipe:", err)
		os.Exit(1)
	}
}

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errUsage
	}
	cmds := map[string]func(context.Context, *app, []string) error{
		"run": cmdRun, "ingest": cmdIngest, "status": cmdStatus, "reprocess": cmdReprocess,
		"dlq": cmdDLQ, "migrate": cmdMigrate, "stats": cmdStats,
		"monitor": cmdMonitor, "top": cmdTop,
	}
	f, ok := cmds[args[0]]
	if !ok {
		if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
			fmt.Fprint(stdout, usage)
			return nil
		}
		return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
	}
	a := &app{stdout: stdout, stderr: stderr}
	return f(ctx, a, args[1:])
}

// app is what every command shares: configuration, logger and the one Redis
// client of the process.
type app struct {
	cfg    config.Config
	log    *slog.Logger
	client rueidis.Client
	keys   cachelayer.Keys
	stdout io.Writer
	stderr io.Writer
}

// flags returns a flag set with the common flags bound to a's config; parse
// then calls a.setup.
func (a *app) flags(name string) (*flag.FlagSet, func(args []string) error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(a.stderr)
	redisURL := fs.String("redis-url", "", "Redis URL, or comma-separated cluster addresses (DOCPIPE_REDIS_URL)")
	prefix := fs.String("prefix", "", "key prefix (DOCPIPE_PREFIX)")
	partitions := fs.Int("partitions", 0, "partitions (DOCPIPE_PARTITIONS)")
	dsn := fs.String("clickhouse-dsn", "", "ClickHouse DSN (DOCPIPE_CLICKHOUSE_DSN)")
	parse := func(args []string) error {
		if err := fs.Parse(reorder(fs, args)); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		cfg, err := config.Load()
		if err != nil && *redisURL == "" {
			return err
		}
		if *redisURL != "" {
			cfg.RedisURL = *redisURL
		}
		if *prefix != "" {
			cfg.Prefix = *prefix
		}
		if *partitions != 0 {
			cfg.Partitions = *partitions
		}
		if *dsn != "" {
			cfg.ClickHouseDSN = *dsn
		}
		if err := cfg.Validate(); err != nil {
			return err
		}
		a.cfg = cfg
		a.keys = cachelayer.NewKeys(cfg.Prefix)
		a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: logLevel(cfg.LogLevel)}))
		return nil
	}
	return fs, parse
}

// reorder moves flags before positional arguments, so that
// `docpipe status DOC --json` works like `docpipe status --json DOC`.
func reorder(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		s := args[i]
		if s == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if strings.HasPrefix(s, "-") && len(s) > 1 {
			flags = append(flags, s)
			name := strings.TrimLeft(s, "-")
			if strings.Contains(name, "=") {
				continue
			}
			if f := fs.Lookup(name); f != nil {
				if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
					continue
				}
				if i+1 < len(args) {
					flags = append(flags, args[i+1])
					i++
				}
			}
			continue
		}
		pos = append(pos, s)
	}
	return append(flags, pos...)
}

// connect opens the Redis client.
func (a *app) connect() error {
	c, err := cachelayer.Connect(a.cfg.RedisURL)
	if err != nil {
		return err
	}
	a.client = c
	return nil
}

func (a *app) close() {
	if a.client != nil {
		a.client.Close()
	}
}

func logLevel(s string) slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return slog.LevelInfo
	}
	return l
}
