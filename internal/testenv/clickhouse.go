package testenv

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
)

// ClickHouseServer is a clickhouse-server process run from a config of our
// own: loopback only, free ports, every path under Dir. Debian's packaged
// config writes under /var/lib and /var/log, which tests must not touch.
type ClickHouseServer struct {
	Dir      string // config, data, logs
	TCPPort  int    // native protocol
	HTTPPort int    // HTTP interface (readiness checks, Exec)
	TLSPort  int    // native protocol over TLS; 0 unless the spec has TLS

	spec ClickHouseSpec
	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

// clickHouseBinary finds clickhouse-server: $DOCPIPE_CLICKHOUSE_SERVER, the
// PATH, or Debian's /usr/sbin location (not on a normal user's PATH).
func clickHouseBinary() (string, error) {
	if p := os.Getenv("DOCPIPE_CLICKHOUSE_SERVER"); p != "" {
		return p, nil
	}
	if p, err := exec.LookPath("clickhouse-server"); err == nil {
		return p, nil
	}
	for _, p := range []string{"/usr/sbin/clickhouse-server", "/usr/bin/clickhouse-server"} {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", errors.New("clickhouse-server not found (apt-get install clickhouse-server, or set DOCPIPE_CLICKHOUSE_SERVER)")
}

// ClickHouseSpec is what a dedicated server offers besides the plain
// native and HTTP ports and the passwordless "default" user (which the
// harness keeps for Exec and readiness).
type ClickHouseSpec struct {
	// TLS, when set, also serves the native protocol over TLS on TLSPort
	// with TLS.ServerCert; clients are not asked for a certificate.
	TLS *Certs
	// Password, when set, adds a user "docpipe" with this password.
	Password string
}

// StartClickHouseServer writes a config under dir, picks free loopback
// ports and starts clickhouse-server, waiting until it answers a query.
func StartClickHouseServer(dir string) (*ClickHouseServer, error) {
	return StartClickHouseServerWith(dir, ClickHouseSpec{})
}

// StartClickHouseServerWith is StartClickHouseServer with the TLS port and
// users of spec.
func StartClickHouseServerWith(dir string, spec ClickHouseSpec) (*ClickHouseServer, error) {
	var lastErr error
	// A port picked free can be taken before the server binds it: retry
	// with new ports rather than fail the test run.
	for attempt := 0; attempt < 3; attempt++ {
		ports, err := freePorts(3)
		if err != nil {
			return nil, err
		}
		s := &ClickHouseServer{Dir: dir, TCPPort: ports[0], HTTPPort: ports[1], spec: spec}
		if spec.TLS != nil {
			s.TLSPort = ports[2]
		}
		if err := s.Start(); err != nil {
			lastErr = err
			continue
		}
		return s, nil
	}
	return nil, lastErr
}

// NewClickHouseServer starts a dedicated server for tb (for tests that stop
// and restart it) and stops it when tb ends.
func NewClickHouseServer(tb testing.TB) *ClickHouseServer {
	tb.Helper()
	return NewClickHouseServerWith(tb, ClickHouseSpec{})
}

// NewClickHouseServerWith is NewClickHouseServer with the TLS port and
// users of spec.
func NewClickHouseServerWith(tb testing.TB, spec ClickHouseSpec) *ClickHouseServer {
	tb.Helper()
	s, err := StartClickHouseServerWith(tb.TempDir(), spec)
	if err != nil {
		tb.Fatalf("start clickhouse-server: %v", err)
	}
	tb.Cleanup(func() { _ = s.Stop() })
	return s
}

func freePorts(n int) ([]int, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			_ = l.Close()
		}
	}()
	var ports []int
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("free port: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// Start (re)starts the server on its directory and ports; the data of an
// earlier run is kept.
func (s *ClickHouseServer) Start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd != nil {
		return errors.New("clickhouse-server already running")
	}
	bin, err := clickHouseBinary()
	if err != nil {
		return err
	}
	for _, d := range []string{"log", "data", "tmp", "user_files", "format_schemas"} {
		if err := os.MkdirAll(filepath.Join(s.Dir, d), 0o755); err != nil {
			return fmt.Errorf("clickhouse dir: %w", err)
		}
	}
	// The config templates are shared with scripts/clickhouse.sh.
	tmpl, err := os.ReadFile(filepath.Join(RepoRoot(), "scripts", "clickhouse", "config.xml"))
	if err != nil {
		return fmt.Errorf("clickhouse config template: %w", err)
	}
	chUsers, err := os.ReadFile(filepath.Join(RepoRoot(), "scripts", "clickhouse", "users.xml"))
	if err != nil {
		return fmt.Errorf("clickhouse users template: %w", err)
	}
	cfg := strings.NewReplacer("{{dir}}", s.Dir, "{{tcp}}", fmt.Sprint(s.TCPPort), "{{http}}", fmt.Sprint(s.HTTPPort)).Replace(string(tmpl))
	if s.spec.TLS != nil {
		cfg = strings.Replace(cfg, "</yandex>", clickHouseTLSConfig(s.TLSPort, s.spec.TLS)+"</yandex>", 1)
	}
	if s.spec.Password != "" {
		// users.xml takes a plain <password>; the harness's default
		// user stays passwordless.
		chUsers = []byte(strings.Replace(string(chUsers), "  </users>", fmt.Sprintf(`    <docpipe>
      <password>%s</password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </docpipe>
  </users>`, s.spec.Password), 1))
	}
	cfgPath := filepath.Join(s.Dir, "config.xml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		return fmt.Errorf("clickhouse config: %w", err)
	}
	if err := os.WriteFile(filepath.Join(s.Dir, "users.xml"), chUsers, 0o600); err != nil {
		return fmt.Errorf("clickhouse users: %w", err)
	}
	out, err := os.OpenFile(filepath.Join(s.Dir, "log", "stdout.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("clickhouse stdout: %w", err)
	}
	cmd := exec.Command(bin, "--config-file="+cfgPath)
	cmd.Dir = s.Dir
	cmd.Stdout, cmd.Stderr = out, out
	// Its own process group keeps a terminal's Ctrl-C for the test binary,
	// and Pdeathsig takes the server down if the test binary dies without
	// running its cleanups (timeout panic, kill).
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		_ = out.Close()
		return fmt.Errorf("start clickhouse-server: %w", err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); _ = out.Close(); close(done) }()
	s.cmd, s.done = cmd, done

	deadline := time.Now().Add(60 * time.Second)
	for {
		if err := s.httpQuery("SELECT 1"); err == nil {
			return nil
		}
		select {
		case <-done:
			s.cmd, s.done = nil, nil
			return fmt.Errorf("clickhouse-server exited during start: %s", s.logTail())
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.mu.Unlock()
			_ = s.Kill()
			s.mu.Lock()
			return fmt.Errorf("clickhouse-server did not answer within 60s: %s", s.logTail())
		}
	}
}

// clickHouseTLSConfig is the config of the native protocol over TLS on
// port. Debian's 18.16.1 serves it with an ECDSA key and no dhParamsFile
// (the handshake uses ECDHE); verificationMode none means clients are not
// asked for a certificate.
func clickHouseTLSConfig(port int, c *Certs) string {
	return fmt.Sprintf(`  <tcp_port_secure>%d</tcp_port_secure>
  <openSSL>
    <server>
      <certificateFile>%s</certificateFile>
      <privateKeyFile>%s</privateKeyFile>
      <verificationMode>none</verificationMode>
      <loadDefaultCAFile>false</loadDefaultCAFile>
      <cacheSessions>true</cacheSessions>
      <disableProtocols>sslv2,sslv3,tlsv1,tlsv1_1</disableProtocols>
      <preferServerCiphers>true</preferServerCiphers>
    </server>
  </openSSL>
`, port, c.ServerCert, c.ServerKey)
}

func (s *ClickHouseServer) logTail() string {
	var b []byte
	for _, f := range []string{"stdout.log", "clickhouse-server.err.log"} {
		data, _ := os.ReadFile(filepath.Join(s.Dir, "log", f))
		b = append(b, data...)
	}
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}

// Pid is the server's process id, 0 when stopped.
func (s *ClickHouseServer) Pid() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return 0
	}
	return s.cmd.Process.Pid
}

// Kill ends the server with SIGKILL, as a crash would, and waits for it.
func (s *ClickHouseServer) Kill() error { return s.signal(syscall.SIGKILL, 0) }

// Stop ends the server with SIGTERM, escalating to SIGKILL after 15 s.
func (s *ClickHouseServer) Stop() error { return s.signal(syscall.SIGTERM, 15*time.Second) }

func (s *ClickHouseServer) signal(sig syscall.Signal, grace time.Duration) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cmd == nil {
		return nil
	}
	// Signal by pid only: the process is ours, started above.
	_ = s.cmd.Process.Signal(sig)
	if grace > 0 {
		select {
		case <-s.done:
		case <-time.After(grace):
			_ = s.cmd.Process.Kill()
		}
	}
	<-s.done
	s.cmd, s.done = nil, nil
	return nil
}

// Addr is host:port of the native protocol.
func (s *ClickHouseServer) Addr() string { return fmt.Sprintf("127.0.0.1:%d", s.TCPPort) }

// DSN is the clickhouse:// DSN of database db on this server.
func (s *ClickHouseServer) DSN(db string) string {
	return fmt.Sprintf("clickhouse://default@%s/%s", s.Addr(), db)
}

// TLSAddr is host:port of the native protocol over TLS ("" without TLS).
func (s *ClickHouseServer) TLSAddr() string {
	if s.TLSPort == 0 {
		return ""
	}
	return fmt.Sprintf("127.0.0.1:%d", s.TLSPort)
}

// TLSDSN is the DSN of database db over TLS (secure=true) as the user
// "docpipe" with the spec's password, or "default" without one. The CA
// is not in the DSN: give the client the spec's TLS.CA.
func (s *ClickHouseServer) TLSDSN(db string) string {
	user := url.User("default")
	if s.spec.Password != "" {
		user = url.UserPassword("docpipe", s.spec.Password)
	}
	u := url.URL{Scheme: "clickhouse", User: user, Host: s.TLSAddr(), Path: "/" + db, RawQuery: "secure=true"}
	return u.String()
}

// Exec runs one statement through the HTTP interface.
func (s *ClickHouseServer) Exec(query string) error { return s.httpQuery(query) }

func (s *ClickHouseServer) httpQuery(q string) error {
	c := http.Client{Timeout: 10 * time.Second}
	resp, err := c.Post(fmt.Sprintf("http://127.0.0.1:%d/", s.HTTPPort), "text/plain", strings.NewReader(q))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("clickhouse http %d: %s", resp.StatusCode, strings.TrimSpace(string(body)))
	}
	return nil
}

var (
	chShared struct {
		sync.Mutex
		srv *ClickHouseServer
		dir string
	}
	chDBSeq atomic.Int64
	chName  = regexp.MustCompile(`[^a-z0-9]+`)
)

// ClickHouse returns the DSN of a fresh, empty database for tb. It uses the
// server of $DOCPIPE_TEST_CLICKHOUSE_DSN when set; otherwise one
// clickhouse-server per test binary, started on first use (startup takes
// seconds; a database per test keeps tests apart). RunMain, called from
// TestMain, stops it so the process does not outlive the tests. A missing
// clickhouse-server fails the test: it is never skipped.
func ClickHouse(tb testing.TB) string {
	tb.Helper()
	db := fmt.Sprintf("t%d_%d_%s", os.Getpid(), chDBSeq.Add(1), strings.Trim(chName.ReplaceAllString(strings.ToLower(tb.Name()), "_"), "_"))
	if len(db) > 60 {
		db = db[:60]
	}
	if ext := os.Getenv("DOCPIPE_TEST_CLICKHOUSE_DSN"); ext != "" {
		dsn, err := externalDatabase(ext, db)
		if err != nil {
			tb.Fatalf("clickhouse test database: %v", err)
		}
		tb.Cleanup(func() { _ = dropExternal(ext, db) })
		return dsn
	}
	chShared.Lock()
	defer chShared.Unlock()
	if chShared.srv == nil {
		dir, err := os.MkdirTemp("", "docpipe-clickhouse-")
		if err != nil {
			tb.Fatalf("clickhouse temp dir: %v", err)
		}
		srv, err := StartClickHouseServer(dir)
		if err != nil {
			_ = os.RemoveAll(dir)
			tb.Fatalf("start clickhouse-server: %v", err)
		}
		chShared.srv, chShared.dir = srv, dir
	}
	if err := chShared.srv.Exec("CREATE DATABASE " + db); err != nil {
		tb.Fatalf("create database %s: %v", db, err)
	}
	return chShared.srv.DSN(db)
}

// stopAll stops the shared server started by ClickHouse and removes its
// directory. Call it at the end of TestMain.
func stopAll() {
	chShared.Lock()
	defer chShared.Unlock()
	if chShared.srv != nil {
		_ = chShared.srv.Stop()
		_ = os.RemoveAll(chShared.dir)
		chShared.srv = nil
	}
}

// RunMain is a TestMain helper: it runs the tests, stops every server
// testenv started (ClickHouse and Redis), and exits with the tests' code.
func RunMain(m *testing.M) {
	code := m.Run()
	stopAll()
	Cleanup()
	os.Exit(code)
}

func withDatabase(dsn, db string) (string, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return "", fmt.Errorf("parse %s: %w", dsn, err)
	}
	u.Path = "/" + db
	return u.String(), nil
}

func externalDatabase(dsn, db string) (string, error) {
	opts, err := clickhouse.ParseDSN(dsn)
	if err != nil {
		return "", fmt.Errorf("parse dsn: %w", err)
	}
	opts.Auth.Database = "default"
	conn, err := clickhouse.Open(opts)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := conn.Exec(ctx, "CREATE DATABASE "+db); err != nil {
		return "", fmt.Errorf("create database %s: %w", db, err)
	}
	return withDatabase(dsn, db)
}

func dropExternal(dsn, db string) error {
	opts, err := clickhouse.ParseDSN(dsn)
	if err != nil {
		return err
	}
	opts.Auth.Database = "default"
	conn, err := clickhouse.Open(opts)
	if err != nil {
		return err
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return conn.Exec(ctx, "DROP DATABASE IF EXISTS "+db)
}
