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

// tool is a binary the stage shells out to and the Debian package that
// installs it.
type tool struct{ bin, pkg string }

// requiredTools are the binaries the stage runs, by the formats that need
// them: PDFs and images (poppler-utils, tesseract-ocr), legacy Word
// (antiword, catdoc), WordPerfect (libwpd-tools) and Outlook .msg
// (libemail-outlook-message-perl).
var requiredTools = []tool{
	{"pdfinfo", "poppler-utils"}, {"pdftotext", "poppler-utils"}, {"pdftoppm", "poppler-utils"},
	{"pdfimages", "poppler-utils"}, {"tesseract", "tesseract-ocr"},
	{"antiword", "antiword"}, {"catdoc", "catdoc"}, {"wpd2text", "libwpd-tools"},
	{"msgconvert", "libemail-outlook-message-perl"},
}

// CheckTools reports every external tool and Tesseract data file cfg
// needs that is missing, in one error wrapping ErrToolMissing that names
// the binaries and the Debian packages to install. The runtime calls it
// when it starts the ocr stage, so a missing tool stops the start instead
// of sending every document to the dead-letter stream.
func CheckTools(cfg Config) error {
	cfg = cfg.withDefaults()
	var missing, pkgs []string
	seen := map[string]bool{}
	need := func(what, pkg string) {
		missing = append(missing, what)
		if !seen[pkg] {
			seen[pkg] = true
			pkgs = append(pkgs, pkg)
		}
	}
	for _, t := range requiredTools {
		if _, err := exec.LookPath(t.bin); err != nil {
			need(t.bin, t.pkg)
		}
	}
	// msgconvert starts without its Perl modules and dies on every message
	// (Debian's package only recommends Email::Address): check them too,
	// so that a broken install is not taken for corrupt messages.
	if _, err := exec.LookPath("msgconvert"); err == nil {
		if _, _, err := runTool(context.Background(), 30*time.Second, nil, "perl", "-MEmail::Outlook::Message", "-MEmail::Address", "-e", "1"); err != nil {
			need("Perl modules of msgconvert (Email::Outlook::Message, Email::Address)", "libemail-outlook-message-perl libemail-address-perl")
		}
	}
	if _, err := exec.LookPath("tesseract"); err == nil {
		have, err := tesseractLanguages(context.Background())
		if err != nil {
			return err
		}
		for _, l := range append(strings.Split(cfg.Language, "+"), "osd") {
			if !have[l] {
				need("tesseract language "+l, "tesseract-ocr-"+l)
			}
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w: %s (install the Debian packages %s; scripts/install-deps does)",
			ErrToolMissing, strings.Join(missing, ", "), strings.Join(pkgs, " "))
	}
	return nil
}

// tesseractLanguages lists the installed traineddata.
func tesseractLanguages(ctx context.Context) (map[string]bool, error) {
	out, _, err := runTool(ctx, 30*time.Second, nil, "tesseract", "--list-langs")
	if err != nil {
		return nil, fmt.Errorf("ocr: tesseract --list-langs: %w", err)
	}
	have := map[string]bool{}
	for _, l := range strings.Fields(string(out)) {
		have[l] = true
	}
	return have, nil
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
