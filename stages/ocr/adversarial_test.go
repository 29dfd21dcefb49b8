package ocr

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// adversarial are inputs built to make a text or HTML reader quadratic or
// deeply recursive. Each is made at a size; the test reads them at one
// size and checks the text, BenchmarkAdversarial at two sizes so that the
// time ratio shows the reading is linear (docs/formats.md has the
// numbers: timing belongs in benchmarks, not in tests).
var adversarial = []struct {
	name string
	kind kind
	make func(n int) string // about n bytes
	want string             // in the text
}{
	{"single line", kindText, func(n int) string { return "word " + strings.Repeat("x", n) + " end" }, "end"},
	{"tiny lines", kindText, func(n int) string { return strings.Repeat("a\n", n/2) + "end" }, "end"},
	{"nested html", kindHTML, func(n int) string {
		return "<html>" + strings.Repeat("<div>", n/10) + "deep" + strings.Repeat("</div>", n/10)
	}, "deep"},
	{"many scripts", kindHTML, func(n int) string {
		return "<html>" + strings.Repeat("<script>x</script>", n/18) + "<p>end</p>"
	}, "end"},
	{"unclosed tags", kindHTML, func(n int) string { return "<p>end</p>" + strings.Repeat("<a ", n/3) }, "end"},
	{"html single line", kindHTML, func(n int) string { return "<p>" + strings.Repeat("y", n) + " end</p>" }, "end"},
	{"rtf groups", kindRTF, func(n int) string {
		return `{\rtf1 ` + strings.Repeat(`{\b x}`, n/6) + ` end}`
	}, "end"},
	{"eml long line", kindEML, func(n int) string {
		return "From: a@b\r\nSubject: s\r\n\r\n" + strings.Repeat("z", n) + " end"
	}, "end"},
}

func TestAdversarialInputs(t *testing.T) {
	s := New(Config{})
	for _, tt := range adversarial {
		t.Run(tt.name, func(t *testing.T) {
			pages, err := s.processDirect(context.Background(), []byte(tt.make(50<<20)), tt.kind)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(pages[len(pages)-1].Text, tt.want) {
				t.Errorf("text lacks %q", tt.want)
			}
		})
	}
}

func BenchmarkAdversarial(b *testing.B) {
	s := New(Config{})
	for _, tt := range adversarial {
		for _, n := range []int{4 << 20, 16 << 20} {
			data := []byte(tt.make(n))
			b.Run(fmt.Sprintf("%s/%dMiB", tt.name, n>>20), func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				for b.Loop() {
					if _, err := s.processDirect(context.Background(), data, tt.kind); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
