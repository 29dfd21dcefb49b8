// Command soak runs the docpipe pipeline for a while on generated documents
// at a steady rate and shows whether its memory is bounded: two `docpipe
// run` replicas (the second restarted every few minutes, as a rolling
// deploy would), a Redis and a ClickHouse of its own, and every sample
// interval Redis's used_memory, its key count by kind, the stream lengths,
// and each replica's Go heap and goroutines, written to soak.csv and drawn
// in soak.png. At the end it measures the memory plan (Redis bytes per
// document by stage) and checks the pass criteria: memory, keys, heap and
// goroutines level off; every document completes; none is dead-lettered.
//
// Run from the repository root (nice it: it keeps two cores busy):
//
//	nice go run ./scripts/soak -duration 20m -out soak-out
//	go run ./scripts/soak -short            # about a minute, as CI runs it
//
// Outputs use short TTLs (-ttl) so that expiry shows within the run.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Config is one soak run.
type Config struct {
	Duration     time.Duration // how long documents are added
	Rate         float64       // documents per second
	Sample       time.Duration // sampling interval
	RestartEvery time.Duration // the second replica is restarted this often
	TTL          time.Duration // every output and state TTL
	Drain        time.Duration // how long to wait after the last document
	Out          string        // directory for soak.csv, soak.png, summary.md
	ClickHouse   bool          // run the sink against a ClickHouse of its own
	Partitions   int
}

// DefaultConfig is the documented long run.
func DefaultConfig() Config {
	return Config{Duration: 20 * time.Minute, Rate: 2, Sample: 10 * time.Second, RestartEvery: 4 * time.Minute,
		TTL: 2 * time.Minute, Drain: 3 * time.Minute, Out: "soak-out", ClickHouse: true, Partitions: 4}
}

// ShortConfig is the CI run: about a minute of documents, one restart.
func ShortConfig() Config {
	return Config{Duration: 70 * time.Second, Rate: 1, Sample: 5 * time.Second, RestartEvery: 30 * time.Second,
		TTL: 15 * time.Second, Drain: 90 * time.Second, Out: "soak-out", ClickHouse: true, Partitions: 2}
}

func main() {
	cfg := DefaultConfig()
	short := flag.Bool("short", false, "the CI run: about a minute (other flags still apply)")
	flag.DurationVar(&cfg.Duration, "duration", cfg.Duration, "how long documents are added")
	flag.Float64Var(&cfg.Rate, "rate", cfg.Rate, "documents per second")
	flag.DurationVar(&cfg.Sample, "sample", cfg.Sample, "sampling interval")
	flag.DurationVar(&cfg.RestartEvery, "restart-every", cfg.RestartEvery, "restart the second replica this often")
	flag.DurationVar(&cfg.TTL, "ttl", cfg.TTL, "output and state TTL")
	flag.StringVar(&cfg.Out, "out", cfg.Out, "output directory")
	flag.BoolVar(&cfg.ClickHouse, "clickhouse", cfg.ClickHouse, "start a ClickHouse for the sink")
	flag.Parse()
	if *short {
		s := ShortConfig()
		set := map[string]bool{}
		flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
		// Flags given explicitly win over the short defaults.
		if set["duration"] {
			s.Duration = cfg.Duration
		}
		if set["rate"] {
			s.Rate = cfg.Rate
		}
		if set["out"] {
			s.Out = cfg.Out
		}
		if set["clickhouse"] {
			s.ClickHouse = cfg.ClickHouse
		}
		cfg = s
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	res, err := Run(ctx, cfg, log.New(os.Stderr, "soak: ", log.LstdFlags))
	if res != nil {
		js, _ := json.MarshalIndent(res.Plan, "", "  ")
		fmt.Printf("%s\n", js)
		fmt.Print(res.Summary)
	}
	if err != nil {
		log.Fatal(err)
	}
	if problems := res.Check(); len(problems) > 0 {
		log.Fatalf("soak FAILED:\n  %s", errors.Join(problemErrs(problems)...))
	}
	fmt.Println("soak passed")
}

func problemErrs(ps []string) []error {
	out := make([]error, len(ps))
	for i, p := range ps {
		out[i] = errors.New(p)
	}
	return out
}
