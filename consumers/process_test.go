package consumers

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/docpipe/docpipe/events"
)

// replica is a replica process: this test binary re-executed in replica mode.
type replica struct {
	cmd *exec.Cmd
	log string
}

func (e *env) spawn(t *testing.T, consumer, slowStage string, sleep time.Duration, countFile string) *replica {
	t.Helper()
	logPath := filepath.Join(t.TempDir(), consumer+".log")
	logf, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(),
		"DOCPIPE_TEST_REPLICA=1",
		"DOCPIPE_REDIS_URL="+e.url,
		"DOCPIPE_PARTITIONS=2",
		"DOCPIPE_SOURCE_ROOTS="+e.dir,
		"DOCPIPE_CONSUMER="+consumer,
		"DOCPIPE_LOCK_LEASE=1s",
		"DOCPIPE_CLAIM_IDLE=2s",
		"DOCPIPE_BLOCK=100ms",
		"DOCPIPE_DRAIN_TIMEOUT=10s",
		"DOCPIPE_TRIM_INTERVAL=500ms",
		"DOCPIPE_TEST_SLOW_STAGE="+slowStage,
		"DOCPIPE_TEST_SLEEP="+sleep.String(),
		"DOCPIPE_TEST_COUNT_FILE="+countFile,
	)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := &replica{cmd: cmd, log: logPath}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_, _ = cmd.Process.Wait()
		logf.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			t.Logf("replica %s log:\n%s", consumer, b)
		}
	})
	return r
}

// computations reads the shared count file: (stage, doc, pid) lines.
func computations(t *testing.T, file string) [][3]string {
	t.Helper()
	f, err := os.Open(file)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][3]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.Fields(sc.Text())
		if len(p) == 3 {
			out = append(out, [3]string{p[0], p[1], p[2]})
		}
	}
	return out
}

// checkExactlyOnce asserts one committed run per (doc, stage), every doc
// completed, and an empty DLQ.
func (e *env) checkExactlyOnce(t *testing.T, docs []string) {
	t.Helper()
	if d := e.dlq(); len(d) != 0 {
		t.Errorf("DLQ not empty: %v", d)
	}
	done := e.completedDocs()
	for _, doc := range docs {
		if done[doc] < 1 {
			t.Errorf("doc %s never completed", doc)
		}
		recs := e.records(doc)
		for _, s := range events.Stages {
			if recs[s+"/completed"] != 1 {
				t.Errorf("doc %s stage %s: %d committed runs, want exactly 1 (%v)", doc, s, recs[s+"/completed"], recs)
			}
		}
	}
}

func (e *env) addDocs(t *testing.T, n int) []string {
	t.Helper()
	var docs []string
	for i := 0; i < n; i++ {
		src := e.file(uniq("doc")+".txt", "body "+uniq("x"))
		e.xadd(e.keys.Ingest(), "source", src)
		docs = append(docs, events.DocIDFor(src))
	}
	return docs
}

func TestKilledReplicaWorkIsTakenOver(t *testing.T) {
	bothModes(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		count := filepath.Join(t.TempDir(), "count")
		a := e.spawn(t, "victim", events.StageChunk, 3*time.Second, count)
		docs := e.addDocs(t, 4)
		pidA := a.cmd.Process.Pid
		e.waitComputing(t, count, events.StageChunk)
		if err := a.cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		_, _ = a.cmd.Process.Wait()
		e.spawn(t, "survivor", events.StageChunk, 100*time.Millisecond, count)
		e.waitDone(docs, 60*time.Second)
		e.checkExactlyOnce(t, docs)
		killed := 0
		for _, c := range computations(t, count) {
			if c[0] == events.StageChunk && c[2] == itoa(pidA) {
				killed++
			}
		}
		if killed == 0 {
			t.Fatal("the victim never computed a chunk: the test did not kill mid-stage")
		}
	})
}

func TestSIGTERMDrainsAndRestartCompletes(t *testing.T) {
	bothModes(t, func(t *testing.T, url string) {
		e := newEnv(t, url)
		count := filepath.Join(t.TempDir(), "count")
		a := e.spawn(t, "drainer", events.StageExtract, time.Second, count)
		docs := e.addDocs(t, 6)
		e.waitComputing(t, count, events.StageExtract)
		if err := a.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- a.cmd.Wait() }()
		select {
		case err := <-exited:
			if err != nil {
				t.Fatalf("replica exited with %v after SIGTERM", err)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("replica did not exit after SIGTERM")
		}
		b, _ := os.ReadFile(a.log)
		if !strings.Contains(string(b), "drained") {
			t.Errorf("replica log does not report a drain:\n%s", b)
		}
		// Restart under the same name: it finishes its own pending entries first.
		e.spawn(t, "drainer", events.StageExtract, 10*time.Millisecond, count)
		e.waitDone(docs, 60*time.Second)
		e.checkExactlyOnce(t, docs)
	})
}

func itoa(n int) string { return strconv.Itoa(n) }

// waitDone waits until every document of docs has a completed event.
func (e *env) waitDone(docs []string, timeout time.Duration) {
	e.t.Helper()
	e.waitFor("all documents complete", timeout, func() bool {
		done := e.completedDocs()
		for _, d := range docs {
			if done[d] < 1 {
				return false
			}
		}
		return true
	})
}

// waitComputing waits until some replica has started computing stage.
func (e *env) waitComputing(t *testing.T, countFile, stage string) {
	t.Helper()
	e.waitFor(stage+" running", 20*time.Second, func() bool {
		for _, c := range computations(t, countFile) {
			if c[0] == stage {
				return true
			}
		}
		return false
	})
}
