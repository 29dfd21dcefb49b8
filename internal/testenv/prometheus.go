package testenv

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Prometheus is a prometheus server owned by the test: its own config and
// data directory, a loopback port, stopped by pid when the test ends.
type Prometheus struct {
	URL    string // http://127.0.0.1:port
	Dir    string
	cmd    *exec.Cmd
	exited chan struct{}
}

// StartPrometheus starts Debian's prometheus scraping targets (host:port)
// every interval, and waits until it is ready. A missing prometheus fails
// the test.
func StartPrometheus(tb testing.TB, targets []string, interval time.Duration) *Prometheus {
	tb.Helper()
	bin, err := exec.LookPath("prometheus")
	if err != nil {
		tb.Fatalf("prometheus is not installed (scripts/install-deps installs it): %v", err)
	}
	dir := tb.TempDir()
	quoted := make([]string, len(targets))
	for i, t := range targets {
		quoted[i] = strconv.Quote(t)
	}
	cfg := fmt.Sprintf("global:\n  scrape_interval: %s\n  evaluation_interval: %s\nscrape_configs:\n  - job_name: docpipe\n    static_configs:\n      - targets: [%s]\n",
		interval, interval, strings.Join(quoted, ", "))
	if err := os.WriteFile(filepath.Join(dir, "prometheus.yml"), []byte(cfg), 0o644); err != nil {
		tb.Fatal(err)
	}
	var last error
	for attempt := 0; attempt < 3; attempt++ {
		port := FreePort(tb)
		logf, err := os.Create(filepath.Join(dir, "prometheus.log"))
		if err != nil {
			tb.Fatal(err)
		}
		cmd := exec.Command(bin, "--config.file="+filepath.Join(dir, "prometheus.yml"),
			"--storage.tsdb.path="+filepath.Join(dir, "data"), "--web.listen-address=127.0.0.1:"+strconv.Itoa(port),
			"--log.level=warn")
		cmd.Stdout, cmd.Stderr = logf, logf
		if err := cmd.Start(); err != nil {
			tb.Fatalf("start prometheus: %v", err)
		}
		logf.Close()
		p := &Prometheus{URL: "http://127.0.0.1:" + strconv.Itoa(port), Dir: dir, cmd: cmd, exited: make(chan struct{})}
		go func() { _ = cmd.Wait(); close(p.exited) }()
		procMu.Lock()
		procs = append(procs, cmd)
		procMu.Unlock()
		if err := p.waitReady(30 * time.Second); err != nil {
			p.Stop()
			log, _ := os.ReadFile(filepath.Join(dir, "prometheus.log"))
			last = fmt.Errorf("%w\n%s", err, log)
			continue
		}
		tb.Cleanup(p.Stop)
		return p
	}
	tb.Fatal(last)
	return nil
}

func (p *Prometheus) waitReady(d time.Duration) error {
	deadline := time.Now().Add(d)
	for {
		select {
		case <-p.exited:
			return fmt.Errorf("prometheus exited at start")
		default:
		}
		r, err := http.Get(p.URL + "/-/ready")
		if err == nil {
			r.Body.Close()
			if r.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("prometheus at %s not ready: %v", p.URL, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Stop kills the server by its pid and waits for it.
func (p *Prometheus) Stop() {
	if p.cmd.Process != nil {
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
}

// Sample is one series of an instant query's vector result.
type Sample struct {
	Metric map[string]string
	Value  float64
}

// Query runs an instant PromQL query through the HTTP API.
func (p *Prometheus) Query(q string) ([]Sample, error) {
	r, err := http.Get(p.URL + "/api/v1/query?query=" + url.QueryEscape(q))
	if err != nil {
		return nil, err
	}
	defer r.Body.Close()
	var body struct {
		Status string `json:"status"`
		Error  string `json:"error"`
		Data   struct {
			ResultType string `json:"resultType"`
			Result     []struct {
				Metric map[string]string `json:"metric"`
				Value  [2]any            `json:"value"`
			} `json:"result"`
		} `json:"data"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		return nil, fmt.Errorf("query %s: %w", q, err)
	}
	if body.Status != "success" {
		return nil, fmt.Errorf("query %s: %s", q, body.Error)
	}
	out := make([]Sample, 0, len(body.Data.Result))
	for _, res := range body.Data.Result {
		s, _ := res.Value[1].(string)
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, fmt.Errorf("query %s: value %q: %w", q, s, err)
		}
		out = append(out, Sample{Metric: res.Metric, Value: v})
	}
	return out, nil
}

// Targets returns the health ("up", "down", "unknown") and last error of
// every scrape target.
func (p *Prometheus) Targets() (map[string]string, error) {
	r, err := http.Get(p.URL + "/api/v1/targets")
	if err != nil {
		return nil, err
	}
	defer r.Body.Close()
	var body struct {
		Data struct {
			ActiveTargets []struct {
				ScrapeURL string `json:"scrapeUrl"`
				Health    string `json:"health"`
				LastError string `json:"lastError"`
			} `json:"activeTargets"`
		} `json:"data"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, t := range body.Data.ActiveTargets {
		out[t.ScrapeURL] = strings.TrimSpace(t.Health + " " + t.LastError)
	}
	return out, nil
}
