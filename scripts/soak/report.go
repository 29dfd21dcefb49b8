package main

import (
	"encoding/csv"
	"fmt"
	"image/color"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// kinds are the key kinds of the CSV, in column order.
var kinds = []string{"out:ocr", "out:text", "out:chunk", "out:extract", "out:resolve", "out:relate", "state", "lock"}

// streamCols are the stream columns of the CSV.
var streamCols = []string{"ingest", "stages", "records", "completed", "dlq"}

func writeCSV(path string, samples []Sample) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	head := []string{"t_s", "used_memory", "keys"}
	for _, k := range kinds {
		head = append(head, "keys_"+strings.ReplaceAll(k, ":", "_"))
	}
	for _, s := range streamCols {
		head = append(head, "stream_"+s)
	}
	head = append(head, "ingested", "completed", "r1_heap_bytes", "r1_goroutines", "r2_heap_bytes", "r2_goroutines")
	_ = w.Write(head)
	num := func(v float64) string {
		if math.IsNaN(v) {
			return ""
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	for _, s := range samples {
		row := []string{strconv.FormatFloat(s.T, 'f', 1, 64), strconv.FormatInt(s.UsedMemory, 10), strconv.FormatInt(s.Keys, 10)}
		for _, k := range kinds {
			row = append(row, strconv.FormatInt(s.KeysByKind[k], 10))
		}
		for _, c := range streamCols {
			row = append(row, strconv.FormatInt(s.Streams[c], 10))
		}
		row = append(row, strconv.FormatInt(s.Ingested, 10), strconv.FormatInt(s.Completed, 10),
			num(s.Heap[0]), num(s.Goroutines[0]), num(s.Heap[1]), num(s.Goroutines[1]))
		_ = w.Write(row)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// series is one line of a panel.
type series struct {
	name string
	y    func(Sample) float64
}

// drawChart draws five panels over time: Redis memory, keys by kind,
// stream lengths, replica heaps, replica goroutines.
func drawChart(path string, samples []Sample) error {
	panels := []struct {
		title, unit string
		lines       []series
	}{
		{"Redis used_memory", "MB", []series{{"used_memory", func(s Sample) float64 { return float64(s.UsedMemory) / 1e6 }}}},
		{"Redis keys", "keys", []series{
			{"all", func(s Sample) float64 { return float64(s.Keys) }},
			{"outputs", func(s Sample) float64 {
				var n int64
				for k, v := range s.KeysByKind {
					if strings.HasPrefix(k, "out:") {
						n += v
					}
				}
				return float64(n)
			}},
			{"state", func(s Sample) float64 { return float64(s.KeysByKind["state"]) }},
		}},
		{"Stream lengths", "entries", []series{
			{"ingest", func(s Sample) float64 { return float64(s.Streams["ingest"]) }},
			{"stages", func(s Sample) float64 { return float64(s.Streams["stages"]) }},
			{"records", func(s Sample) float64 { return float64(s.Streams["records"]) }},
			{"completed", func(s Sample) float64 { return float64(s.Streams["completed"]) }},
		}},
		{"Replica Go live heap (after the last GC)", "MB", []series{
			{"replica 1", func(s Sample) float64 { return s.Heap[0] / 1e6 }},
			{"replica 2 (restarted)", func(s Sample) float64 { return s.Heap[1] / 1e6 }},
		}},
		{"Replica goroutines", "goroutines", []series{
			{"replica 1", func(s Sample) float64 { return s.Goroutines[0] }},
			{"replica 2 (restarted)", func(s Sample) float64 { return s.Goroutines[1] }},
		}},
	}
	colors := []color.Color{color.RGBA{R: 31, G: 119, B: 180, A: 255}, color.RGBA{R: 255, G: 127, B: 14, A: 255},
		color.RGBA{R: 44, G: 160, B: 44, A: 255}, color.RGBA{R: 214, G: 39, B: 40, A: 255}}
	var plots [][]*plot.Plot
	for _, pn := range panels {
		p := plot.New()
		p.Title.Text = pn.title
		p.X.Label.Text = "seconds"
		p.Y.Label.Text = pn.unit
		p.Y.Min = 0
		p.Legend.Top = true
		p.Legend.Left = true
		p.Add(plotter.NewGrid())
		for i, sr := range pn.lines {
			var xys plotter.XYs
			for _, s := range samples {
				y := sr.y(s)
				if math.IsNaN(y) {
					continue // a replica restarting: a gap, not a zero
				}
				xys = append(xys, plotter.XY{X: s.T, Y: y})
			}
			if len(xys) == 0 {
				continue
			}
			l, err := plotter.NewLine(xys)
			if err != nil {
				return err
			}
			l.Color = colors[i%len(colors)]
			l.Width = vg.Points(1.5)
			p.Add(l)
			p.Legend.Add(sr.name, l)
		}
		plots = append(plots, []*plot.Plot{p})
	}
	img := vgimg.New(vg.Points(720), vg.Points(float64(200*len(plots))))
	dc := draw.New(img)
	tiles := draw.Tiles{Rows: len(plots), Cols: 1, PadX: vg.Millimeter, PadY: vg.Millimeter * 3,
		PadTop: vg.Millimeter * 2, PadBottom: vg.Millimeter * 2, PadLeft: vg.Millimeter * 2, PadRight: vg.Millimeter * 2}
	canvases := plot.Align(plots, tiles, dc)
	for i := range plots {
		plots[i][0].Draw(canvases[i][0])
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// steady splits the samples taken after the warm-up (two TTLs, or a third
// of the run when that is later, so that expiry has begun) into two
// halves: a bounded quantity is no larger in the second than in the first,
// give or take slack.
func (r *Result) steady() (first, second []Sample) {
	warm := math.Max(2*r.Cfg.TTL.Seconds(), r.Cfg.Duration.Seconds()/3)
	var win []Sample
	for _, s := range r.Samples {
		if s.T >= warm && s.T <= r.Cfg.Duration.Seconds() {
			win = append(win, s)
		}
	}
	return win[:len(win)/2], win[len(win)/2:]
}

func maxOf(ss []Sample, f func(Sample) float64) float64 {
	m := math.NaN()
	for _, s := range ss {
		if v := f(s); !math.IsNaN(v) && (math.IsNaN(m) || v > m) {
			m = v
		}
	}
	return m
}

// Check lists the pass criteria that failed: nothing lost or dead-lettered;
// Redis memory, keys, replica 1's heap (never restarted) and both
// replicas' goroutines level off.
func (r *Result) Check() []string {
	var out []string
	if len(r.Lost) > 0 {
		out = append(out, fmt.Sprintf("%d of %d documents never completed (first %s)", len(r.Lost), r.Ingested, r.Lost[0]))
	}
	if r.Ingested == 0 {
		out = append(out, "no document was ingested")
	}
	if r.DLQ > 0 {
		out = append(out, fmt.Sprintf("%d dead letters", r.DLQ))
	}
	first, second := r.steady()
	if len(first) < 2 || len(second) < 2 {
		return append(out, fmt.Sprintf("too few steady-state samples (%d+%d): run longer", len(first), len(second)))
	}
	bounded := func(what string, f func(Sample) float64, factor, slack float64) {
		a, b := maxOf(first, f), maxOf(second, f)
		if math.IsNaN(a) || math.IsNaN(b) {
			out = append(out, what+": no samples")
			return
		}
		if b > a*factor+slack {
			out = append(out, fmt.Sprintf("%s grows: %.0f in the first half of the steady state, %.0f in the second", what, a, b))
		}
	}
	bounded("redis used_memory", func(s Sample) float64 { return float64(s.UsedMemory) }, 1.3, 2e6)
	bounded("redis keys", func(s Sample) float64 { return float64(s.Keys) }, 1.3, 50)
	bounded("stage stream entries", func(s Sample) float64 { return float64(s.Streams["stages"] + s.Streams["ingest"]) }, 1.5, 100)
	bounded("replica 1 heap", func(s Sample) float64 { return s.Heap[0] }, 1.5, 8e6)
	bounded("replica 1 goroutines", func(s Sample) float64 { return s.Goroutines[0] }, 1, 20)
	bounded("replica 2 goroutines", func(s Sample) float64 { return s.Goroutines[1] }, 1, 20)
	return out
}

// summary is summary.md: the run, the criteria and the memory plan.
func (r *Result) summary() string {
	var b strings.Builder
	c := r.Cfg
	fmt.Fprintf(&b, "## Soak: %s at %.1f documents/s, TTL %s, two replicas (one restarted %d times)\n\n", c.Duration, c.Rate, c.TTL, r.Restarts)
	fmt.Fprintf(&b, "- documents ingested %d, never completed %d, dead letters %d\n", r.Ingested, len(r.Lost), r.DLQ)
	first, second := r.steady()
	if len(first) > 0 && len(second) > 0 {
		mb := func(ss []Sample) float64 {
			return maxOf(ss, func(s Sample) float64 { return float64(s.UsedMemory) }) / 1e6
		}
		keys := func(ss []Sample) float64 { return maxOf(ss, func(s Sample) float64 { return float64(s.Keys) }) }
		heap := func(ss []Sample) float64 { return maxOf(ss, func(s Sample) float64 { return s.Heap[0] }) / 1e6 }
		gor := func(ss []Sample) float64 { return maxOf(ss, func(s Sample) float64 { return s.Goroutines[0] }) }
		fmt.Fprintf(&b, "- steady state (from %.0f s), max of first half → second half: used_memory %.1f → %.1f MB, keys %.0f → %.0f, replica 1 heap %.1f → %.1f MB, goroutines %.0f → %.0f\n",
			first[0].T, mb(first), mb(second), keys(first), keys(second), heap(first), heap(second), gor(first), gor(second))
	}
	if p := r.Check(); len(p) > 0 {
		fmt.Fprintf(&b, "- **FAILED**: %s\n", strings.Join(p, "; "))
	} else {
		b.WriteString("- pass criteria met\n")
	}
	p := r.Plan
	fmt.Fprintf(&b, "\n### Memory plan (at the end of the steady state: %d live documents, used_memory %.1f MB)\n\n", p.Docs, float64(p.UsedMemory)/1e6)
	b.WriteString("| kind | keys | bytes | bytes per live document |\n|---|---:|---:|---:|\n")
	rows := append([]PlanRow{}, p.Rows...)
	sort.Slice(rows, func(i, j int) bool { return rows[i].Kind < rows[j].Kind })
	for _, row := range rows {
		fmt.Fprintf(&b, "| %s | %d | %d | %.0f |\n", row.Kind, row.Keys, row.Bytes, row.BytesPerDoc)
	}
	fmt.Fprintf(&b, "| **outputs + state** | | | **%.0f** |\n", p.PerDoc)
	return b.String()
}
