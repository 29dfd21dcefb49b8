package ocr

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// requiredTools are the binaries the stage shells out to: poppler-utils and
// tesseract-ocr (Debian package names).
var requiredTools = []string{"pdfinfo", "pdftotext", "pdftoppm", "tesseract"}

func lookTools() error {
	for _, name := range requiredTools {
		if _, err := exec.LookPath(name); err != nil {
			return fmt.Errorf("%w: %s (install poppler-utils and tesseract-ocr): %w", ErrToolMissing, name, err)
		}
	}
	return nil
}

// checkLanguages verifies that every language of a "eng+deu" list has its
// traineddata installed; tesseract itself would fail on each page.
func checkLanguages(ctx context.Context, langs string) error {
	out, _, err := runTool(ctx, 30*time.Second, nil, "tesseract", "--list-langs")
	if err != nil {
		return fmt.Errorf("ocr: tesseract --list-langs: %w", err)
	}
	have := map[string]bool{}
	for _, l := range strings.Fields(string(out)) {
		have[l] = true
	}
	for _, l := range strings.Split(langs, "+") {
		if !have[l] {
			return fmt.Errorf("%w: tesseract language %q (install tesseract-ocr-%s)", ErrToolMissing, l, l)
		}
	}
	return nil
}

// ToolError is a tool that ran and exited with a non-zero status. The exit
// status is what tells bad input from other trouble: poppler exits 1 when
// it cannot open a PDF and 3 on a permission (encryption) error.
type ToolError struct {
	Tool   string
	Code   int
	Stderr string // first lines of the tool's standard error
}

// Error names the tool, its exit code and what it printed.
func (e *ToolError) Error() string {
	return fmt.Sprintf("%s exited with status %d: %s", e.Tool, e.Code, e.Stderr)
}

// ompEnv keeps each tesseract single-threaded: its OpenMP threads fight
// each other and our own page parallelism, and are slower overall.
var ompEnv = append(os.Environ(), "OMP_THREAD_LIMIT=1")

// runTool runs a command with a timeout. It returns a *ToolError for a
// non-zero exit, an error wrapping ErrPageTimeout when the timeout (not the
// caller's context) ended it, and the caller's context error when that did.
func runTool(ctx context.Context, timeout time.Duration, env []string, name string, args ...string) (stdout []byte, stderr string, err error) {
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(cctx, name, args...)
	if env != nil {
		cmd.Env = env
	}
	// A killed tool's children could hold the pipes open; do not wait on
	// them forever.
	cmd.WaitDelay = 2 * time.Second
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	runErr := cmd.Run()
	stderr = firstLines(errb.String(), 5)
	if runErr == nil {
		return out.Bytes(), stderr, nil
	}
	if ctx.Err() != nil {
		return nil, stderr, fmt.Errorf("%s: %w", name, ctx.Err())
	}
	if errors.Is(cctx.Err(), context.DeadlineExceeded) {
		return nil, stderr, fmt.Errorf("%s after %v: %w", name, timeout, errors.Join(ErrPageTimeout, context.DeadlineExceeded))
	}
	var ee *exec.ExitError
	if errors.As(runErr, &ee) && ee.ExitCode() >= 0 {
		return out.Bytes(), stderr, &ToolError{Tool: name, Code: ee.ExitCode(), Stderr: stderr}
	}
	// Not started, or killed by a signal from outside: not the input's
	// fault.
	return nil, stderr, fmt.Errorf("%s: %w", name, runErr)
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "; ")
}
