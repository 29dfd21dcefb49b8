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
	"github.com/docpipe/docpipe/metrics"
)

const usage = `docpipe turns documents into a knowledge graph on Redis Streams.

Usage:
  docpipe run [--stages ocr,text,chunk,extract,resolve,relate,sink]
  docpipe ingest [--wait] [--timeout 30m] [--json] [--on-full wait|fail] PATH...
  docpipe status [--json] (DOC_ID | PATH)
  docpipe reprocess DOC_ID (--from STAGE | --full)
  docpipe dlq list [--json] [--count N]
  docpipe dlq replay (ID... | --all | --stage STAGE | --reason TEXT)
  docpipe dlq purge (ID... | --all | --stage STAGE | --reason TEXT)
  docpipe migrate
  docpipe acl [--read-only] [--user NAME]
  docpipe stats [--since 24h] [--json]
  docpipe monitor [--http 127.0.0.1:9465] [--allow-actions]
  docpipe top [--interval 2s] [--once]

run serves /metrics, /healthz and /readyz on --http (default 127.0.0.1:9464,
"off" for none); --monitor adds the web UI there.

Durations take Go's units and days: 90s, 30m, 12h, 7d, 1d12h.

Common flags (override DOCPIPE_* variables):
  --redis-url URL   --prefix P   --partitions N   --clickhouse-dsn DSN
`

// errUsage is returned for a command line that does not parse; the error
// also says what is wrong (usageError).
var errUsage = errors.New("usage")

// usageError is a command line that does not parse: the message says why,
// cmd names the command whose usage lines make the hint.
type usageError struct {
	cmd string
	msg string
}

func (e *usageError) Error() string        { return e.msg }
func (e *usageError) Is(target error) bool { return target == errUsage }

// usagef returns a usage error of command cmd ("" for the command word).
func usagef(cmd, format string, args ...any) error {
	return &usageError{cmd: cmd, msg: fmt.Sprintf(format, args...)}
}

// usageHint is the usage lines of cmd, or the command list, with a pointer
// to the full text: short enough that the specific message above it stays
// the thing the user reads.
func usageHint(cmd string) string {
	var lines []string
	for _, l := range strings.Split(usage, "\n") {
		if cmd != "" && strings.HasPrefix(strings.TrimSpace(l), "docpipe "+cmd) {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		lines = []string{"  docpipe run | ingest | status | reprocess | dlq | migrate | stats"}
	}
	return "usage:\n" + strings.Join(lines, "\n") + "\nRun 'docpipe help' for the full usage.\n"
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	err := dispatch(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(report(err, os.Stderr))
}

// report prints err the way a user needs it and returns the exit code: a
// usage error prints its own message, then the short hint.
func report(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ue *usageError
	if errors.As(err, &ue) {
		if ue.msg != "" {
			fmt.Fprintln(stderr, "docpipe:", ue.msg)
		}
		fmt.Fprint(stderr, usageHint(ue.cmd))
		return 2
	}
	fmt.Fprintln(stderr, "docpipe:", err)
	return 1
}

func dispatch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usagef("", "no command given")
	}
	cmds := map[string]func(context.Context, *app, []string) error{
		"run": cmdRun, "ingest": cmdIngest, "status": cmdStatus, "reprocess": cmdReprocess,
		"dlq": cmdDLQ, "migrate": cmdMigrate, "stats": cmdStats,
		"monitor": cmdMonitor, "top": cmdTop, "acl": cmdACL,
	}
	f, ok := cmds[args[0]]
	if !ok {
		if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
			fmt.Fprint(stdout, usage)
			return nil
		}
		return usagef("", "unknown command %q", args[0])
	}
	a := &app{stdout: stdout, stderr: stderr}
	if err := f(ctx, a, args[1:]); !errors.Is(err, errHelpShown) {
		return err
	}
	return nil
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
	// The flag package prints its error and then every flag's defaults;
	// report prints the error once with the command's usage lines instead.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	cmd := strings.Fields(name)[0]
	redisURL := fs.String("redis-url", "", "Redis URL, or comma-separated cluster addresses (DOCPIPE_REDIS_URL)")
	prefix := fs.String("prefix", "", "key prefix (DOCPIPE_PREFIX)")
	partitions := fs.Int("partitions", 0, "partitions (DOCPIPE_PARTITIONS)")
	dsn := fs.String("clickhouse-dsn", "", "ClickHouse DSN (DOCPIPE_CLICKHOUSE_DSN)")
	parse := func(args []string) error {
		if err := fs.Parse(reorder(fs, args)); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(a.stdout, usageHint(cmd))
				fs.SetOutput(a.stdout)
				fs.PrintDefaults()
				return errHelpShown
			}
			return usagef(cmd, "%s: %v", name, err)
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
		level, err := logLevel(cfg.LogLevel)
		if err != nil {
			return err
		}
		a.cfg = cfg
		a.keys = cachelayer.NewKeys(cfg.Prefix)
		a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
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

// connect opens the Redis client: TLS, Sentinel and the ACL user of the
// URL; an untrusted certificate or a wrong password fails here, at start.
func (a *app) connect() error {
	c, err := cachelayer.Open(context.Background(), cachelayer.Options{
		URL:              a.cfg.RedisURL,
		TLS:              cachelayer.TLSFiles{CAFile: a.cfg.RedisTLSCAFile, CertFile: a.cfg.RedisTLSCertFile, KeyFile: a.cfg.RedisTLSKeyFile, ServerName: a.cfg.RedisTLSServerName},
		SentinelMaster:   a.cfg.RedisSentinelMaster,
		SentinelPassword: a.cfg.RedisSentinelPassword,
		Log:              a.log,
	})
	if err != nil {
		return err
	}
	a.client = c
	return nil
}

// clickHouseTLS is the ClickHouse store's TLS setting beyond the DSN (whose
// secure=true, skip_verify and tls_server_name the client reads itself).
func (a *app) clickHouseTLS() metrics.Option {
	return metrics.WithTLSCAFile(a.cfg.ClickHouseTLSCAFile)
}

func (a *app) close() {
	if a.client != nil {
		a.client.Close()
	}
}

// errHelpShown ends a command after --help printed its usage (exit 0).
var errHelpShown = errors.New("help shown")

// errBadLogLevel is an unknown DOCPIPE_LOG_LEVEL: a typo must not silently
// become info and hide the debug lines someone asked for.
var errBadLogLevel = errors.New("unknown log level")

// logLevel parses DOCPIPE_LOG_LEVEL: debug, info, warn or error (slog's
// names, any case; "" is info).
func logLevel(s string) (slog.Level, error) {
	if s == "" {
		return slog.LevelInfo, nil
	}
	var l slog.Level
	switch strings.ToLower(s) {
	case "debug", "info", "warn", "warning", "error":
		if strings.EqualFold(s, "warning") {
			s = "warn"
		}
		if err := l.UnmarshalText([]byte(s)); err == nil {
			return l, nil
		}
	}
	return 0, fmt.Errorf("DOCPIPE_LOG_LEVEL=%q: %w (want debug, info, warn or error)", s, errBadLogLevel)
}
