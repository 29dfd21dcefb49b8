package cachelayer

import (
	"context"
	_ "embed"
	"fmt"

	"github.com/redis/rueidis"
)

var (
	//go:embed scripts/renew.lua
	renewLua string
	//go:embed scripts/release.lua
	releaseLua string

	renewScript   = rueidis.NewLuaScript(renewLua)
	releaseScript = rueidis.NewLuaScript(releaseLua)
)

// leaseCall is the KEYS and ARGV of renew.lua and release.lua (release
// ignores the lease time).
type leaseCall struct {
	state        string // KEYS
	lease, token string // ARGV
	leaseMS      int64
}

func (c *leaseCall) keys() []string { return []string{c.state} }

func (c *leaseCall) renewArgs() []string { return []string{c.lease, c.token, ms(c.leaseMS)} }

func (c *leaseCall) releaseArgs() []string { return []string{c.lease, c.token} }

func (l *Layer) leaseCall(r *Run, token string, leaseMS int64) leaseCall {
	return leaseCall{state: l.keys.State(r.Partition, r.Doc), lease: LeaseField(r.Stage), token: token, leaseMS: leaseMS}
}

// Renew extends the lease of a stage held with token; false means it is
// lost.
func (l *Layer) Renew(ctx context.Context, r *Run, token string, leaseMS int64) (bool, error) {
	c := l.leaseCall(r, token, leaseMS)
	n, err := renewScript.Exec(ctx, l.c, c.keys(), c.renewArgs()).AsInt64()
	if err != nil {
		return false, fmt.Errorf("renew lease %s %s: %w", r.Stage, r.Doc, err)
	}
	return n == 1, nil
}

// Release gives back a lease held with token (compare-and-release) when a
// run stops without a result of its own, and gives its try back.
func (l *Layer) Release(ctx context.Context, r *Run, token string) error {
	c := l.leaseCall(r, token, 0)
	if err := releaseScript.Exec(ctx, l.c, c.keys(), c.releaseArgs()).Error(); err != nil {
		return fmt.Errorf("release lease %s %s: %w", r.Stage, r.Doc, err)
	}
	return nil
}
