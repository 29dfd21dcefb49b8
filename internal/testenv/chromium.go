package testenv

import (
	"context"
	"os"
	"os/exec"
	"testing"

	"github.com/chromedp/chromedp"
)

// chromiumPaths are Debian's binary (the wrapper script in /usr/bin only
// adds flags we set ourselves) and the wrapper.
var chromiumPaths = []string{"/usr/lib/chromium/chromium", "/usr/bin/chromium", "chromium"}

// Chromium starts Debian's Chromium headless for chromedp and returns a
// browser context; the browser is stopped when the test ends. The network
// here is closed, so everything that would phone home is off, and each
// test gets a fresh profile. A missing chromium fails the test.
func Chromium(tb testing.TB) context.Context {
	tb.Helper()
	bin := ""
	for _, p := range chromiumPaths {
		if lp, err := exec.LookPath(p); err == nil {
			bin = lp
			break
		}
	}
	if bin == "" {
		tb.Fatal("chromium is not installed (scripts/install-deps installs it)")
	}
	if p := os.Getenv("DOCPIPE_CHROMIUM"); p != "" {
		bin = p
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true), // root in CI: the sandbox refuses to start
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.WindowSize(1400, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	tb.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		tb.Fatalf("start chromium %s: %v", bin, err)
	}
	return ctx
}
