package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSplice(t *testing.T) {
	cases := []struct {
		name, before, want string
		fails              bool
	}{
		{name: "no file", before: "\x00", want: "\n" + beginMark + "\nnew\n" + endMark + "\n"},
		{name: "appended", before: "# Q\nold report\n", want: "# Q\nold report\n\n" + beginMark + "\nnew\n" + endMark + "\n"},
		{name: "replaced in place", before: "# Q\n" + beginMark + "\nold\n" + endMark + "\ntail\n",
			want: "# Q\n" + beginMark + "\nnew\n" + endMark + "\ntail\n"},
		{name: "one marker only", before: "# Q\n" + beginMark + "\nold\n", fails: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "quality.md")
			if c.before != "\x00" {
				if err := os.WriteFile(p, []byte(c.before), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			err := splice(p, "new\n")
			if c.fails {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(p)
			if string(got) != c.want {
				t.Fatalf("got %q\nwant %q", got, c.want)
			}
			// Idempotent: splicing again changes nothing.
			if err := splice(p, "new\n"); err != nil {
				t.Fatal(err)
			}
			again, _ := os.ReadFile(p)
			if string(again) != c.want {
				t.Fatalf("second splice gave %q", again)
			}
		})
	}
}
