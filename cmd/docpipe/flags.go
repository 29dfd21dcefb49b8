package main

import (
	"errors"
	"flag"
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// errBadDuration is a duration flag that does not parse.
var errBadDuration = errors.New("invalid duration")

// dayPrefix matches a leading count of days: "7d", "1.5d", "1d12h".
var dayPrefix = regexp.MustCompile(`^(\d+(?:\.\d+)?)d(.*)$`)

// parseDuration is time.ParseDuration plus days (24h), which people use for
// windows like `stats --since 7d` and Go does not accept.
func parseDuration(s string) (time.Duration, error) {
	if m := dayPrefix.FindStringSubmatch(s); m != nil {
		days, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			return 0, fmt.Errorf("%w %q", errBadDuration, s)
		}
		d := time.Duration(days * float64(24*time.Hour))
		if m[2] != "" {
			rest, err := time.ParseDuration(m[2])
			if err != nil {
				return 0, fmt.Errorf("%w %q: want e.g. 90s, 30m, 12h, 7d, 1d12h", errBadDuration, s)
			}
			d += rest
		}
		return d, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%w %q: want e.g. 90s, 30m, 12h, 7d, 1d12h", errBadDuration, s)
	}
	return d, nil
}

// durationValue is a flag.Value for parseDuration.
type durationValue time.Duration

func (d *durationValue) Set(s string) error {
	v, err := parseDuration(s)
	if err != nil {
		return err
	}
	*d = durationValue(v)
	return nil
}

func (d *durationValue) String() string { return time.Duration(*d).String() }

// durationFlag defines a duration flag that also accepts days.
func durationFlag(fs *flag.FlagSet, name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	*p = value
	fs.Var((*durationValue)(p), name, usage)
	return p
}
