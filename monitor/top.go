package monitor

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/docpipe/docpipe/metrics"
)

// Snapshot reads an Overview the way the web page does: Redis figures
// through figures, ClickHouse activity through history when it is set.
// Errors of either side are in Overview.Errors; only a failed Redis
// reading with no figures at all is an error.
func Snapshot(ctx context.Context, figures func(context.Context) (*Figures, error), history *History) (*Overview, error) {
	o := &Overview{Activity: []StageActivity{}, Errors: []string{}}
	f, err := figures(ctx)
	if err != nil {
		o.Errors = append(o.Errors, "redis: "+err.Error())
	}
	if f == nil {
		return nil, fmt.Errorf("overview: %w", err)
	}
	o.Figures = f
	if history == nil {
		o.Errors = append(o.Errors, "no ClickHouse: runs/s and compute times need DOCPIPE_CLICKHOUSE_DSN")
	} else if a, err := history.Activity(ctx, f.At); err != nil {
		o.Errors = append(o.Errors, "clickhouse: "+err.Error())
	} else {
		o.Activity = a
	}
	return o, nil
}

// RenderTop writes the terminal overview of `docpipe top`: one line per
// stage and the pipeline's totals, plain text that fits 100 columns.
func RenderTop(w io.Writer, o *Overview) error {
	f := o.Figures
	act := map[string]StageActivity{}
	for _, a := range o.Activity {
		act[a.Stage] = a
	}
	fmt.Fprintf(w, "docpipe top — %s   dead letters %d   sink backlog %d   redis %s",
		f.At.Format("15:04:05"), f.DLQLength, f.SinkBacklog(), metrics.HumanBytes(float64(f.UsedMemory)))
	if f.MaxMemory > 0 {
		fmt.Fprintf(w, " of %s", metrics.HumanBytes(float64(f.MaxMemory)))
	}
	fmt.Fprint(w, "\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "STAGE\tLAG\tPENDING\tOLDEST\tCONS\tRUNS/S 1m\t5m\t15m\tP50\tP95\tFAILED\tDEAD\t")
	for _, s := range append(append([]StageFigures{}, f.Stages...), f.Sink) {
		a := act[s.Stage]
		lag := fmt.Sprint(s.Lag)
		if !s.LagKnown {
			lag += "?"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%d\t%.2f\t%.2f\t%.2f\t%s\t%s\t%d\t%d\t\n", s.Stage, lag, s.Pending,
			shortDur(s.OldestPending), len(s.Consumers), a.Rate1, a.Rate5, a.Rate15,
			shortDur(time.Duration(a.P50US)*time.Microsecond), shortDur(time.Duration(a.P95US)*time.Microsecond), a.Failed, a.Dead)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	for _, s := range f.Stages {
		if len(s.Consumers) == 0 {
			continue
		}
		names := make([]string, len(s.Consumers))
		for i, c := range s.Consumers {
			names[i] = fmt.Sprintf("%s(%d)", c.Name, c.Pending)
		}
		fmt.Fprintf(w, "%-8s %s\n", s.Stage, strings.Join(names, " "))
	}
	for _, e := range o.Errors {
		fmt.Fprintln(w, "! "+e)
	}
	return nil
}

func shortDur(d time.Duration) string {
	switch {
	case d <= 0:
		return "-"
	case d < time.Millisecond:
		return fmt.Sprintf("%dµs", d.Microseconds())
	case d < time.Second:
		return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000)
	case d < time.Minute:
		return fmt.Sprintf("%.1fs", d.Seconds())
	case d < time.Hour:
		return fmt.Sprintf("%.1fm", d.Minutes())
	default:
		return fmt.Sprintf("%.1fh", d.Hours())
	}
}
