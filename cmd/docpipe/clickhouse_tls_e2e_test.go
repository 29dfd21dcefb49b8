package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/docpipe/docpipe/events"
	"github.com/docpipe/docpipe/internal/testenv"
	"github.com/docpipe/docpipe/metrics"
)

// TestPipelineOverClickHouseTLS runs the binary with ClickHouse reachable
// only over TLS (Debian's clickhouse-server on its tcp_port_secure, a
// certificate from a test CA in DOCPIPE_CLICKHOUSE_TLS_CA_FILE) as a user
// with a password: the sink writes every run record and the monitor reads
// them back. The password shows nowhere: run log, status, stats, monitor,
// run records, errors for a wrong password and for a DSN that does not
// parse. A wrong CA stops `docpipe run` at once with a clear error instead
// of a sink that retries forever.
func TestPipelineOverClickHouseTLS(t *testing.T) {
	pw := testenv.RandomSecret(t)
	certs := testenv.NewCerts(t)
	ch := testenv.NewClickHouseServerWith(t, testenv.ClickHouseSpec{TLS: certs, Password: pw})
	dsn := ch.TLSDSN("docpipe")
	e := newE2EWith(t, testenv.Redis(t), "")
	var err error
	if e.store, err = metrics.Open(context.Background(), dsn, metrics.WithTLSCAFile(certs.CA)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.store.Close() })
	dir := testenv.TempDir(t)
	addr := "127.0.0.1:" + strconv.Itoa(testenv.FreePort(t))
	e.setEnv("DOCPIPE_SOURCE_ROOTS", dir)
	e.setEnv("DOCPIPE_CLICKHOUSE_DSN", dsn)
	e.setEnv("DOCPIPE_CLICKHOUSE_TLS_CA_FILE", certs.CA)
	e.setEnv("DOCPIPE_HTTP_ADDR", addr)
	run := e.startRun("--monitor")

	const n = 4
	docs := writeDocs(t, dir, "chtls", n)
	if out, err := e.docpipe("ingest", "--wait", "--timeout", "3m", docs); err != nil || !strings.Contains(out, fmt.Sprintf("%d completed, 0 failed", n)) {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	e.waitRows("completed runs over TLS", "SELECT count() FROM run_records FINAL WHERE outcome = 'completed'", 6*n)

	var outputs []string
	doc := events.DocIDFor(filepath.Join(docs, "chtls-01.txt"))
	for _, path := range []string{"/readyz", "/api/trace/" + doc, "/api/overview", "/api/versions", "/metrics", "/"} {
		code, body := httpGet(t, "http://"+addr+path)
		if code != http.StatusOK {
			t.Errorf("GET %s: %d\n%s", path, code, tail(body, 2000))
		}
		if path == "/readyz" && !strings.Contains(body, `"clickhouse":"ok"`) {
			t.Errorf("/readyz does not report clickhouse ok:\n%s", body)
		}
		if path == "/api/trace/"+doc && !strings.Contains(body, `"relate"`) {
			t.Errorf("the trace (read from ClickHouse) has no relate run:\n%s", tail(body, 2000))
		}
		outputs = append(outputs, body)
	}
	for _, args := range [][]string{{"status", doc}, {"status", doc, "--json"}, {"stats"}, {"migrate"}} {
		out, err := e.docpipe(args...)
		if err != nil {
			t.Errorf("%s over TLS: %v", strings.Join(args, " "), err)
		}
		outputs = append(outputs, out)
	}

	// Errors that hold the DSN must not hold its password: a wrong one
	// (the server refuses it), and a DSN that does not parse.
	bad := *e
	bad.env = append([]string{}, e.env...)
	bad.setEnv("DOCPIPE_CLICKHOUSE_DSN", strings.Replace(dsn, pw, pw+"x", 1))
	if _, err := bad.docpipe("stats"); err == nil {
		t.Error("stats with a wrong ClickHouse password succeeded")
	} else {
		outputs = append(outputs, err.Error())
	}
	bad.setEnv("DOCPIPE_CLICKHOUSE_DSN", strings.Replace(dsn, pw, pw+"%zz", 1))
	if out, err := runFor(t, &bad, 20*time.Second, "run", "--http", "off"); err == nil || errors.Is(err, errStillRunning) {
		t.Errorf("run with a DSN that does not parse: %v", err)
	} else {
		outputs = append(outputs, out)
	}

	// A wrong CA is an error at start, not a sink retrying in the back.
	wrong := testenv.NewCerts(t)
	bad.setEnv("DOCPIPE_CLICKHOUSE_DSN", dsn)
	bad.setEnv("DOCPIPE_CLICKHOUSE_TLS_CA_FILE", wrong.CA)
	start := time.Now()
	out, err := runFor(t, &bad, 20*time.Second, "run", "--http", "off")
	if err == nil || errors.Is(err, errStillRunning) || !strings.Contains(out, "not signed by DOCPIPE_CLICKHOUSE_TLS_CA_FILE "+wrong.CA) {
		t.Errorf("run with a wrong ClickHouse CA: %v\n%s", err, out)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("the wrong CA took %s to report", d)
	}
	outputs = append(outputs, out, run.Log())

	var runs uint64
	if err := e.store.Conn().QueryRow(context.Background(), "SELECT count() FROM run_records WHERE positionCaseInsensitive(concat(consumer, error, source, input_from), ?) > 0", pw).Scan(&runs); err != nil {
		t.Fatal(err)
	}
	if runs != 0 {
		t.Errorf("%d run records hold the password", runs)
	}
	for i, o := range outputs {
		if strings.Contains(o, pw) {
			t.Errorf("output %d shows the ClickHouse password:\n%s", i, tail(o, 4000))
		}
	}
}

// errStillRunning is runFor's error for a command it had to kill.
var errStillRunning = errors.New("still running")

// runFor runs one command with e's environment, killing it after d (a
// command that should have stopped at start must not hang the test). It
// returns stdout and stderr together.
func runFor(t *testing.T, e *e2e, d time.Duration, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	cmd := exec.CommandContext(ctx, e.bin, args...)
	cmd.Env = e.env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		err = fmt.Errorf("%w after %s", errStillRunning, d)
	}
	return out.String(), err
}

func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		r, err := http.Get(url)
		if err == nil {
			defer r.Body.Close()
			b, _ := io.ReadAll(r.Body)
			return r.StatusCode, string(b)
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET %s: %v", url, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
