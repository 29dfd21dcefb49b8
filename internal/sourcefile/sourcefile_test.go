//go:build linux

package sourcefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Every case is read both ways (openat2 beneath the root, and the portable
// resolve-then-open) and must get the same answer.
func TestReadConfinesToRoots(t *testing.T) {
	base, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	a, b, out := filepath.Join(base, "a"), filepath.Join(base, "b"), filepath.Join(base, "out")
	for _, d := range []string{a, b, out, filepath.Join(a, "sub")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, p string) {
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(a, "sub", "doc.txt"), "in a")
	write(filepath.Join(b, "doc.txt"), "in b")
	write(filepath.Join(out, "secret.txt"), "secret")
	write(filepath.Join(a, "big.txt"), strings.Repeat("x", 101))
	link("sub/doc.txt", filepath.Join(a, "rel-link.txt"))
	link(filepath.Join(b, "doc.txt"), filepath.Join(a, "to-b.txt"))
	link(filepath.Join(out, "secret.txt"), filepath.Join(a, "escape.txt"))
	link("../out", filepath.Join(a, "outdir"))
	link(a, filepath.Join(out, "alias-of-a")) // outside every root, pointing into a
	if err := syscall.Mkfifo(filepath.Join(a, "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name, path string
		want       string
		err        error
	}{
		{"file in a root", filepath.Join(a, "sub", "doc.txt"), "in a", nil},
		{"relative link inside the root", filepath.Join(a, "rel-link.txt"), "in a", nil},
		{"link into another root", filepath.Join(a, "to-b.txt"), "in b", nil},
		{"path through a link from outside into a root", filepath.Join(out, "alias-of-a", "sub", "doc.txt"), "in a", nil},
		{"link out of the roots", filepath.Join(a, "escape.txt"), "", ErrOutside},
		{"directory link out of the roots", filepath.Join(a, "outdir", "secret.txt"), "", ErrOutside},
		{"outside every root", filepath.Join(out, "secret.txt"), "", ErrOutside},
		{"missing", filepath.Join(a, "nope.txt"), "", fs.ErrNotExist},
		{"directory", filepath.Join(a, "sub"), "", ErrNotRegular},
		{"fifo (must not wait for a writer)", filepath.Join(a, "fifo"), "", ErrNotRegular},
		{"over the size limit", filepath.Join(a, "big.txt"), "", ErrTooLarge},
	}
	for _, mode := range []string{"beneath", "portable"} {
		t.Run(mode, func(t *testing.T) {
			noOpenat2.Store(mode == "portable")
			defer noOpenat2.Store(false)
			r := New([]string{a, b}, 100)
			defer func() {
				// The first case is a plain file in a root: read beneath it
				// whenever openat2 is allowed.
				if n := r.beneath.Load(); (mode == "beneath") != (n > 0) {
					t.Errorf("%d reads the fast way in mode %s", n, mode)
				}
			}()
			for _, tc := range tests {
				t.Run(tc.name, func(t *testing.T) {
					done := make(chan struct{})
					var got []byte
					var err error
					go func() { defer close(done); got, err = r.Read(tc.path) }()
					select {
					case <-done:
					case <-time.After(5 * time.Second):
						t.Fatal("read blocked")
					}
					if tc.err != nil {
						if !errors.Is(err, tc.err) {
							t.Fatalf("err %v, want %v", err, tc.err)
						}
						return
					}
					if err != nil || string(got) != tc.want {
						t.Fatalf("got %q, %v; want %q", got, err, tc.want)
					}
				})
			}
		})
	}
}

func TestReadLimitedCatchesGrowth(t *testing.T) {
	// The file was 3 bytes at fstat but holds 20 by the time it is read.
	_, err := readLimited(strings.NewReader(strings.Repeat("y", 20)), 3, 10, "grown")
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err %v, want ErrTooLarge", err)
	}
	b, err := readLimited(strings.NewReader("abc"), 3, 10, "same")
	if err != nil || string(b) != "abc" {
		t.Fatalf("%q %v", b, err)
	}
	b, err = readLimited(strings.NewReader(""), 0, 10, "empty")
	if err != nil || len(b) != 0 {
		t.Fatalf("%q %v", b, err)
	}
}
