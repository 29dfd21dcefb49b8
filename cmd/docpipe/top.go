package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"time"

	"golang.org/x/term"

	"github.com/docpipe/docpipe/metrics"
	"github.com/docpipe/docpipe/monitor"
)

// cmdTop is the terminal overview: it redraws in place every interval and
// quits on q (or Ctrl-C). It reads Redis (and ClickHouse when configured)
// itself, so it works over SSH without a monitor running.
func cmdTop(ctx context.Context, a *app, args []string) error {
	fs, parse := a.flags("top")
	interval := fs.Duration("interval", 2*time.Second, "time between refreshes")
	once := fs.Bool("once", false, "print one overview and exit")
	if err := parse(args); err != nil {
		return err
	}
	if *interval < 500*time.Millisecond {
		return fmt.Errorf("%w: top: --interval must be at least 500ms", errUsage)
	}
	if err := a.connect(); err != nil {
		return err
	}
	defer a.close()
	var hist *monitor.History
	if a.cfg.ClickHouseDSN != "" {
		store, err := metrics.Open(ctx, a.cfg.ClickHouseDSN, a.clickHouseTLS())
		if err != nil {
			return err
		}
		defer store.Close()
		hist = &monitor.History{Conn: store.Conn()}
	}
	reader := monitor.NewStreamReader(a.client, a.keys, a.cfg.Partitions)
	read := func(ctx context.Context) (*monitor.Figures, error) { return reader.Read(ctx, time.Now()) }
	frame := func() ([]byte, error) {
		rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		o, err := monitor.Snapshot(rctx, read, hist)
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		if err := monitor.RenderTop(&b, o); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
	if *once {
		b, err := frame()
		if err != nil {
			return err
		}
		_, err = a.stdout.Write(b)
		return err
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// q quits: in raw mode a key press arrives at once; without a terminal
	// (a pipe) a line starting with q does.
	fd := int(os.Stdin.Fd())
	raw := term.IsTerminal(fd)
	crlf := "\n"
	if raw {
		old, err := term.MakeRaw(fd)
		if err != nil {
			return fmt.Errorf("top: terminal: %w", err)
		}
		defer term.Restore(fd, old)
		crlf = "\r\n" // raw mode does not turn \n into a new line
	}
	go func() {
		r := bufio.NewReader(os.Stdin)
		for {
			c, err := r.ReadByte()
			if err != nil || c == 'q' || c == 'Q' || c == 3 /* Ctrl-C in raw mode */ {
				cancel()
				return
			}
		}
	}()
	fmt.Fprint(a.stdout, "\x1b[?25l") // hide the cursor
	defer fmt.Fprint(a.stdout, "\x1b[?25h")
	t := time.NewTicker(*interval)
	defer t.Stop()
	for {
		b, err := frame()
		var out bytes.Buffer
		out.WriteString("\x1b[H\x1b[2J") // home, clear
		if err != nil {
			fmt.Fprintf(&out, "docpipe top: %v\n", err)
		} else {
			out.Write(b)
		}
		fmt.Fprintf(&out, "\n(q quits; every %s)\n", *interval)
		_, _ = a.stdout.Write(bytes.ReplaceAll(out.Bytes(), []byte("\n"), []byte(crlf)))
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
