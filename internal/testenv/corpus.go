// Package testenv gives tests the real parts they run against: the shared
// corpus, and local redis-server and clickhouse-server processes started on
// free loopback ports. A missing part fails the test; it is never skipped.
package testenv

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// RepoRoot is the module root (the directory holding go.mod).
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// SharedDir is ../shared beside the repository, or $DOCPIPE_SHARED.
func SharedDir(tb testing.TB) string {
	tb.Helper()
	dir := os.Getenv("DOCPIPE_SHARED")
	if dir == "" {
		dir = filepath.Join(RepoRoot(), "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Fatalf("shared directory %s is missing (set DOCPIPE_SHARED): %v", dir, err)
	}
	return dir
}

// Corpus returns the path of a file under shared/corpus, failing if absent.
func Corpus(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(SharedDir(tb), "corpus", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("corpus file %s: %v", p, err)
	}
	return p
}

// CorpusText is the text of a corpus PDF from `pdftotext -layout`, which the
// stage tests after text use as their input; a missing pdftotext fails the
// test (poppler-utils must be installed).
func CorpusText(tb testing.TB, rel string) string {
	tb.Helper()
	out, err := exec.Command("pdftotext", "-layout", Corpus(tb, rel), "-").Output()
	if err != nil {
		tb.Fatalf("pdftotext %s (poppler-utils must be installed): %v", rel, err)
	}
	return string(out)
}
