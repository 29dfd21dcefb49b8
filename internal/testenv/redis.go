package testenv

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Server is a redis-server process owned by the test binary.
type Server struct {
	Addr   string
	cmd    *exec.Cmd
	dir    string
	args   []string
	exited chan struct{}
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
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		tb.Fatalf("redis-server is not installed (scripts/install-deps installs it): %v", err)
	}
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		s, err := startRedisOnce(tb, bin, extra())
		if err == nil {
			return s
		}
		last = err
	}
	tb.Fatal(last)
	return nil
}

func startRedisOnce(tb testing.TB, bin string, extra []string) (*Server, error) {
	dir, err := os.MkdirTemp("", "docpipe-redis-")
	if err != nil {
		return nil, err
	}
	port := FreePort(tb)
	args := append([]string{"--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--dir", dir,
		"--save", "", "--appendonly", "no", "--protected-mode", "no", "--loglevel", "warning", "--logfile", filepath.Join(dir, "redis.log")}, extra...)
	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start redis-server: %w", err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	s := &Server{Addr: "127.0.0.1:" + strconv.Itoa(port), cmd: cmd, dir: dir, args: args, exited: exited}
	procMu.Lock()
	procs = append(procs, cmd)
	dirs = append(dirs, dir)
	procMu.Unlock()
	if err := waitRedis(s.Addr, 10*time.Second, exited); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "redis.log"))
		s.Stop()
		return nil, fmt.Errorf("%w\n%s", err, log)
	}
	tb.Cleanup(s.Stop)
	return s, nil
}

// Kill sends the server SIGKILL and waits for it to exit; its directory (an
// AOF or RDB file) stays for Restart.
func (s *Server) Kill() {
	if s.cmd.Process != nil {
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
}

// Restart starts the killed server again on the same port, directory and
// arguments (so with "--appendonly yes" it loads its AOF).
func (s *Server) Restart(tb testing.TB) {
	tb.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		tb.Fatal(err)
	}
	cmd := exec.Command(bin, s.args...)
	if err := cmd.Start(); err != nil {
		tb.Fatalf("restart redis-server: %v", err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	s.cmd, s.exited = cmd, exited
	procMu.Lock()
	procs = append(procs, cmd)
	procMu.Unlock()
	if err := waitRedis(s.Addr, 30*time.Second, exited); err != nil {
		tb.Fatalf("restart redis-server: %v", err)
	}
}

// Stop kills the server and removes its directory.
func (s *Server) Stop() {
	if s.cmd.Process != nil {
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
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
	var addrs []string
	for i := 0; i < 3; i++ {
		dir := tb.TempDir()
		s := startRedis(tb, func() []string {
			return []string{"--cluster-enabled", "yes", "--cluster-config-file", filepath.Join(dir, "nodes.conf"), "--cluster-node-timeout", "5000",
				// The default bus port is port+10000, past 65535 for high ports.
				"--cluster-port", strconv.Itoa(FreePort(tb))}
		})
		addrs = append(addrs, s.Addr)
	}
	cli, err := exec.LookPath("redis-cli")
	if err != nil {
		tb.Fatalf("redis-cli is not installed: %v", err)
	}
	args := append([]string{"--cluster", "create"}, addrs...)
	args = append(args, "--cluster-replicas", "0", "--cluster-yes")
	out, err := exec.Command(cli, args...).CombinedOutput()
	if err != nil {
		tb.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	// Every node must see the cluster as ok (and know all slots), not only
	// the first: clients may ask any of them.
	deadline := time.Now().Add(30 * time.Second)
	for _, a := range addrs {
		for {
			out, _ := exec.Command(cli, "-h", "127.0.0.1", "-p", strings.Split(a, ":")[1], "cluster", "info").Output()
			if strings.Contains(string(out), "cluster_state:ok") && strings.Contains(string(out), "cluster_slots_ok:16384") {
				break
			}
			if time.Now().After(deadline) {
				tb.Fatalf("cluster node %s did not become ok: %s", a, out)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	return strings.Join(addrs, ",")
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

func waitRedis(addr string, d time.Duration, exited <-chan struct{}) error {
	deadline := time.Now().Add(d)
	for {
		select {
		case <-exited:
			return fmt.Errorf("redis-server for %s exited at start", addr)
		default:
		}
		c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err == nil {
			_, _ = c.Write([]byte("PING\r\n"))
			buf := make([]byte, 16)
			_ = c.SetReadDeadline(time.Now().Add(time.Second))
			n, _ := c.Read(buf)
			c.Close()
			if strings.HasPrefix(string(buf[:n]), "+PONG") {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("redis-server at %s did not answer PING: %v", addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
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
