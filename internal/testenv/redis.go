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
	Addr string
	cmd  *exec.Cmd
	dir  string
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
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		tb.Fatalf("redis-server is not installed (scripts/redis.sh installs it): %v", err)
	}
	dir, err := os.MkdirTemp("", "docpipe-redis-")
	if err != nil {
		tb.Fatal(err)
	}
	port := FreePort(tb)
	args := append([]string{"--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--dir", dir,
		"--save", "", "--appendonly", "no", "--protected-mode", "no", "--loglevel", "warning", "--logfile", filepath.Join(dir, "redis.log")}, extra...)
	cmd := exec.Command(bin, args...)
	if err := cmd.Start(); err != nil {
		tb.Fatalf("start redis-server: %v", err)
	}
	s := &Server{Addr: "127.0.0.1:" + strconv.Itoa(port), cmd: cmd, dir: dir}
	procMu.Lock()
	procs = append(procs, cmd)
	dirs = append(dirs, dir)
	procMu.Unlock()
	tb.Cleanup(s.Stop)
	if err := waitRedis(s.Addr, 10*time.Second); err != nil {
		tb.Fatal(err)
	}
	return s
}

// Stop kills the server and removes its directory.
func (s *Server) Stop() {
	if s.cmd.Process != nil {
		_ = s.cmd.Process.Kill()
		_, _ = s.cmd.Process.Wait()
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
		s := StartRedis(tb, "--cluster-enabled", "yes", "--cluster-config-file", filepath.Join(dir, "nodes.conf"), "--cluster-node-timeout", "5000",
			// The default bus port is port+10000, past 65535 for high ports.
			"--cluster-port", strconv.Itoa(FreePort(tb)))
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
	deadline := time.Now().Add(20 * time.Second)
	for {
		out, _ := exec.Command(cli, "-h", "127.0.0.1", "-p", strings.Split(addrs[0], ":")[1], "cluster", "info").Output()
		if strings.Contains(string(out), "cluster_state:ok") {
			break
		}
		if time.Now().After(deadline) {
			tb.Fatalf("cluster did not become ok: %s", out)
		}
		time.Sleep(100 * time.Millisecond)
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

func waitRedis(addr string, d time.Duration) error {
	deadline := time.Now().Add(d)
	for {
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
