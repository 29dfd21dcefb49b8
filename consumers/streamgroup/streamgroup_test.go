package streamgroup

import (
	"context"
	"regexp"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/rueidis"

	"github.com/docpipe/docpipe/internal/testenv"
)

func TestMain(m *testing.M) { testenv.RunMain(m) }

func connect(t *testing.T) rueidis.Client {
	t.Helper()
	c, err := rueidis.NewClient(rueidis.ClientOption{InitAddress: []string{testenv.StartRedis(t).Addr}, DisableCache: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// Delivery counts are read for the entries in hand: two entries of ours
// with 1,500 entries of another consumer pending between them still get
// their own counts (a range read of the pending list would be crowded out).
func TestDeliveryCountsOfEntriesInHand(t *testing.T) {
	c := connect(t)
	ctx := context.Background()
	const s = "st"
	if err := Ensure(ctx, c, s, "g", "0"); err != nil {
		t.Fatal(err)
	}
	add := func() string {
		id, err := c.Do(ctx, c.B().Xadd().Key(s).Id("*").FieldValue().FieldValue("f", "v").Build()).ToString()
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	read := func(consumer string, n int64) {
		if err := c.Do(ctx, c.B().Xreadgroup().Group("g", consumer).Count(n).Streams().Key(s).Id(">").Build()).Error(); err != nil {
			t.Fatal(err)
		}
	}
	first := add()
	read("mine", 1)
	cmds := make(rueidis.Commands, 1500)
	for i := range cmds {
		cmds[i] = c.B().Xadd().Key(s).Id("*").FieldValue().FieldValue("f", "v").Build()
	}
	for _, r := range c.DoMulti(ctx, cmds...) {
		if r.Error() != nil {
			t.Fatal(r.Error())
		}
	}
	read("other", 1500)
	last := add()
	read("mine", 1)
	for _, id := range []string{first, last} {
		for i := 0; i < 2; i++ { // two more deliveries each
			if err := c.Do(ctx, c.B().Xclaim().Key(s).Group("g").Consumer("mine").MinIdleTime("0").Id(id).Build()).Error(); err != nil {
				t.Fatal(err)
			}
		}
	}
	g := New(Config{Client: c, Group: "g", Consumer: "mine", Streams: []string{s}}, nil, nil)
	es := []Entry{{Stream: s, ID: first}, {Stream: s, ID: last}}
	if err := g.counts(ctx, s, es); err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.Deliveries != 3 {
			t.Errorf("entry %s: %d deliveries, want 3", e.ID, e.Deliveries)
		}
	}
}

// The expiry script never deletes a consumer with pending entries, even
// when called after a check that saw none (it checks again, atomically),
// and deletes an idle one without any.
func TestExpireScriptKeepsConsumersWithPendingEntries(t *testing.T) {
	c := connect(t)
	ctx := context.Background()
	const s = "ex"
	if err := Ensure(ctx, c, s, "g", "0"); err != nil {
		t.Fatal(err)
	}
	if err := c.Do(ctx, c.B().Xadd().Key(s).Id("*").FieldValue().FieldValue("f", "v").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	if err := c.Do(ctx, c.B().Xreadgroup().Group("g", "busy").Count(1).Streams().Key(s).Id(">").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	if err := c.Do(ctx, c.B().XgroupCreateconsumer().Key(s).Group("g").Consumer("idle").Build()).Error(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(20 * time.Millisecond)
	for _, tc := range []struct {
		consumer string
		want     int64
	}{{"busy", 0}, {"idle", 1}, {"nobody", 0}} {
		call := expireCall{stream: s, group: "g", consumer: tc.consumer, idleMS: 5}
		n, err := expireScript.Exec(ctx, c, call.keys(), call.args()).AsInt64()
		if err != nil || n != tc.want {
			t.Errorf("%s: %d %v, want %d", tc.consumer, n, err, tc.want)
		}
	}
	left, _ := c.Do(ctx, c.B().XinfoConsumers().Key(s).Group("g").Build()).ToArray()
	if len(left) != 1 {
		t.Errorf("%d consumers left, want only the busy one", len(left))
	}
}

// expire.lua's header names the KEYS and ARGV its Go encoder gives.
func TestExpireHeaderMatchesEncoder(t *testing.T) {
	max := func(pattern string) int {
		n := 0
		for _, m := range regexp.MustCompile(pattern).FindAllStringSubmatch(expireLua, -1) {
			if v, _ := strconv.Atoi(m[1]); v > n {
				n = v
			}
		}
		return n
	}
	call := &expireCall{}
	if k, a := max(`KEYS\[(\d+)\]`), max(`ARGV\[(\d+)\]`); k != len(call.keys()) || a != len(call.args()) {
		t.Errorf("expire.lua uses %d KEYS and %d ARGV, the encoder gives %d and %d", k, a, len(call.keys()), len(call.args()))
	}
}

// slots is a Capacity of n slots that counts what is reserved.
type slots struct {
	mu       sync.Mutex
	n, taken int
}

func (s *slots) Free(ctx context.Context) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return max(s.n-s.taken, 1)
}

func (s *slots) Reserve(ctx context.Context, max int) int { return s.TryReserve(max) }

func (s *slots) TryReserve(max int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := min(max, s.n-s.taken)
	s.taken += k
	return k
}

func (s *slots) Unreserve(n int) {
	s.mu.Lock()
	s.taken -= n
	s.mu.Unlock()
}

// Held entries delivered by several readers at once leave no reservation
// behind: every slot taken belongs to a delivered entry (a leaked slot
// would, one race at a time, stop the stage for good).
func TestHeldEntriesLeakNoSlots(t *testing.T) {
	cap := &slots{n: 64}
	var delivered atomic.Int64
	g := New(Config{Group: "g", Consumer: "c"}, cap, func(context.Context, Entry) { delivered.Add(1) })
	ctx := context.Background()
	for round := 0; round < 200; round++ {
		g.mu.Lock()
		g.held = append(g.held, Entry{Stream: "s", ID: strconv.Itoa(round)})
		g.mu.Unlock()
		var wg sync.WaitGroup
		for r := 0; r < 4; r++ {
			wg.Add(1)
			go func() { defer wg.Done(); g.deliverHeld(ctx) }()
		}
		wg.Wait()
		cap.mu.Lock()
		taken := cap.taken
		cap.mu.Unlock()
		if int64(taken) != delivered.Load() {
			t.Fatalf("round %d: %d slots reserved for %d delivered entries", round, taken, delivered.Load())
		}
	}
}
