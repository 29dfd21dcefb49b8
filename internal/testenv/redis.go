package testenv

import (
	"crypto/tls"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Server is a redis-server (or redis-sentinel) process owned by the test
// binary. Kill and Restart stop and start it again on the same port and
// directory, for persistence and failover tests.
type Server struct {
	Addr string
	Port int

	mu     sync.Mutex
	bin    string
	args   []string
	cmd    *exec.Cmd
	dir    string
	exited chan struct{}
	tls    *Certs // set when the server listens with TLS only
}

var (
	procMu sync.Mutex
	procs  []*exec.Cmd
	dirs   []string
)

// FreePort asks the kernel for a free loopback TCP port.
func FreePort(tb testing.TB) int {
	tb.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// StartRedis starts a fresh redis-server on a free loopback port with the
// given extra arguments (e.g. "--cluster-enabled", "yes") and stops it when
// the test ends. A missing redis-server fails the test.
func StartRedis(tb testing.TB, extra ...string) *Server {
	tb.Helper()
	return startRedis(tb, func() []string { return extra })
}

// startRedis retries with fresh ports: a port found free can be taken by
// another process before the server binds it.
func startRedis(tb testing.TB, extra func() []string) *Server {
	tb.Helper()
	return launch(tb, launchSpec{extra: func(int) []string { return extra() }})
}

// launchSpec describes one server: its configuration file (written into its
// directory first, for directives such as "user" and "sentinel"), its
// arguments given the port, and whether it listens with TLS only.
type launchSpec struct {
	conf     func(port int) string
	extra    func(port int) []string
	tls      *Certs
	sentinel bool
}

func launch(tb testing.TB, spec launchSpec) *Server {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		tb.Fatalf("redis-server is not installed (scripts/install-deps installs it): %v", err)
	}
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		s, err := launchOnce(tb, bin, spec)
		if err == nil {
			return s
		}
		last = err
	}
	tb.Fatal(last)
	return nil
}

func launchOnce(tb testing.TB, bin string, spec launchSpec) (*Server, error) {
	dir, err := os.MkdirTemp("", "docpipe-redis-")
	if err != nil {
		return nil, err
	}
	port := FreePort(tb)
	var args []string
	if spec.conf != nil {
		conf := filepath.Join(dir, "redis.conf")
		if err := os.WriteFile(conf, []byte(spec.conf(port)), 0o600); err != nil {
			return nil, err
		}
		args = append(args, conf)
	}
	if spec.sentinel {
		args = append(args, "--sentinel")
	}
	listen := []string{"--port", strconv.Itoa(port)}
	if spec.tls != nil {
		listen = []string{"--port", "0", "--tls-port", strconv.Itoa(port),
			"--tls-cert-file", spec.tls.ServerCert, "--tls-key-file", spec.tls.ServerKey, "--tls-ca-cert-file", spec.tls.CA}
	}
	args = append(args, listen...)
	args = append(args, "--bind", "127.0.0.1", "--dir", dir, "--protected-mode", "no", "--loglevel", "notice", "--logfile", filepath.Join(dir, "redis.log"))
	if !spec.sentinel {
		args = append(args, "--save", "", "--appendonly", "no")
	}
	if spec.extra != nil {
		args = append(args, spec.extra(port)...)
	}
	s := &Server{Addr: "127.0.0.1:" + strconv.Itoa(port), Port: port, bin: bin, args: args, dir: dir, tls: spec.tls}
	procMu.Lock()
	dirs = append(dirs, dir)
	procMu.Unlock()
	if err := s.start(); err != nil {
		s.Stop()
		return nil, err
	}
	tb.Cleanup(s.Stop)
	return s, nil
}

// start runs the process and waits until it answers PING.
func (s *Server) start() error {
	s.mu.Lock()
	cmd := exec.Command(s.bin, s.args...)
	if err := cmd.Start(); err != nil {
		s.mu.Unlock()
		return fmt.Errorf("start redis-server: %w", err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	s.cmd, s.exited = cmd, exited
	s.mu.Unlock()
	procMu.Lock()
	procs = append(procs, cmd)
	procMu.Unlock()
	if err := waitRedis(s.Addr, s.tls, 15*time.Second, exited); err != nil {
		return fmt.Errorf("%w\n%s", err, s.Log())
	}
	return nil
}

// Log is the tail of the server's log file.
func (s *Server) Log() string {
	b, _ := os.ReadFile(filepath.Join(s.dir, "redis.log"))
	if len(b) > 8000 {
		b = b[len(b)-8000:]
	}
	return string(b)
}

// Dir is the server's working directory (its AOF, RDB and log).
func (s *Server) Dir() string { return s.dir }

// Kill sends SIGKILL, as a crash would, and waits for the process to end;
// its directory (AOF, RDB, nodes.conf) stays for Restart.
func (s *Server) Kill() {
	s.mu.Lock()
	cmd, exited := s.cmd, s.exited
	s.mu.Unlock()
	if cmd != nil && cmd.Process != nil {
		_ = cmd.Process.Signal(syscall.SIGKILL)
		<-exited
	}
}

// Restart starts the killed server again with the same port, arguments and
// directory, and waits until it answers PING (which a server loading its
// AOF does only with -LOADING, so this waits for the load too).
func (s *Server) Restart() error {
	var err error
	for attempt := 0; attempt < 20; attempt++ {
		if err = s.start(); err == nil {
			return nil
		}
		// The port may still be in TIME_WAIT or briefly taken: retry.
		time.Sleep(250 * time.Millisecond)
	}
	return err
}

// Stop kills the server and removes its directory.
func (s *Server) Stop() {
	s.Kill()
	_ = os.RemoveAll(s.dir)
}

// Redis starts a redis-server for the test and returns its redis:// URL.
func Redis(tb testing.TB) string {
	tb.Helper()
	return "redis://" + StartRedis(tb).Addr
}

// RedisCluster starts three redis-server masters with cluster mode on, joins
// them with `redis-cli --cluster create` and returns the comma-separated
// addresses (the form DOCPIPE_REDIS_URL uses for a cluster).
func RedisCluster(tb testing.TB) string {
	tb.Helper()
	return StartCluster(tb, ClusterSpec{Masters: 3}).URL()
}

// Cleanup kills every server this test binary started; call it from TestMain
// after m.Run so that no process outlives a failed test.
func Cleanup() {
	procMu.Lock()
	defer procMu.Unlock()
	for _, c := range procs {
		if c.Process != nil {
			_ = c.Process.Kill()
		}
	}
	for _, d := range dirs {
		_ = os.RemoveAll(d)
	}
	procs, dirs = nil, nil
}

func waitRedis(addr string, certs *Certs, d time.Duration, exited <-chan struct{}) error {
	deadline := time.Now().Add(d)
	var err error
	for {
		select {
		case <-exited:
			return fmt.Errorf("redis-server for %s exited at start", addr)
		default:
		}
		var c net.Conn
		c, err = dialRedis(addr, certs)
		if err == nil {
			_, _ = c.Write([]byte("PING\r\n"))
			buf := make([]byte, 64)
			_ = c.SetReadDeadline(time.Now().Add(time.Second))
			n, _ := c.Read(buf)
			c.Close()
			reply := string(buf[:n])
			// NOAUTH: the default user is off (ACL servers); it answers.
			if strings.HasPrefix(reply, "+PONG") || strings.HasPrefix(reply, "-NOAUTH") {
				return nil
			}
			err = fmt.Errorf("PING answered %q", reply)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("redis-server at %s did not answer PING: %v", addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// dialRedis connects to addr, with TLS and the client certificate when
// certs is set.
func dialRedis(addr string, certs *Certs) (net.Conn, error) {
	if certs == nil {
		return net.DialTimeout("tcp", addr, 200*time.Millisecond)
	}
	cfg, err := certs.ClientTLS()
	if err != nil {
		return nil, err
	}
	return tls.DialWithDialer(&net.Dialer{Timeout: 500 * time.Millisecond}, "tcp", addr, cfg)
}

// TempDir is a directory removed when the test ends, for source roots.
func TempDir(tb testing.TB) string {
	tb.Helper()
	d, err := filepath.EvalSymlinks(tb.TempDir())
	if err != nil {
		tb.Fatal(err)
	}
	return d
}
