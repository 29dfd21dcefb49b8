package prom

import (
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/docpipe/docpipe/internal/testenv"
)

// TestAlertRules runs promtool (Debian's prometheus package) on the shipped
// alert rules: a syntax check, then the unit tests in alerts_test.yml, one
// firing and one quiet case per alert.
func TestAlertRules(t *testing.T) {
	promtool, err := exec.LookPath("promtool")
	if err != nil {
		t.Fatalf("promtool is not installed (scripts/install-deps installs prometheus): %v", err)
	}
	dir := filepath.Join(testenv.RepoRoot(), "deploy", "prometheus")
	for _, args := range [][]string{{"check", "rules", "alerts.yml"}, {"test", "rules", "alerts_test.yml"}} {
		cmd := exec.Command(promtool, args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("promtool %v: %v\n%s", args, err, out)
		}
	}
}
