package tagger

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
)

// Example is one labelled training sequence.
type Example struct {
	Tokens []Token
	Labels []string // one per token: "O", "B-X" or "I-X"
}

// Options tunes training. Zero means default.
type Options struct {
	// Epochs is the number of passes over the data (default 8).
	Epochs int
	// Seed fixes the order of examples in each pass (default 1).
	Seed uint64
	// MinCount drops features seen fewer times in the training data
	// (default 2): rare features mostly memorise and bloat the model.
	MinCount int
	// Scale is the fixed-point scale of the stored averaged weights
	// (default 16).
	Scale int64
	// Runs is how many perceptrons are trained, each over its own
	// order of the examples (the first from Seed, the others from
	// seeds drawn from it), and averaged into the model (default 1).
	Runs int
}

// seq is one example's features per token and gold label indexes.
type seq struct {
	feats [][]uint64
	gold  []int
}

// ErrNoData is returned when there is nothing to train on.
var ErrNoData = errors.New("tagger: no training data")

// Train fits an averaged perceptron over the examples. labels lists every
// label, Outside first; an example label outside the list is an error.
// Training is deterministic: the same labels, examples and options give a
// model that encodes to the same bytes.
func Train(labels []string, data []Example, opt Options) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	if opt.Scale <= 0 {
		opt.Scale = 16
	}
	if opt.Runs <= 0 {
		opt.Runs = 1
	}
	if len(data) == 0 || len(labels) == 0 {
		return nil, ErrNoData
	}
	L := len(labels)
	labelIdx := map[string]int{}
	for i, l := range labels {
		labelIdx[l] = i
	}
	// Features of every example, counted, then interned to rows.
	seqs := make([]seq, 0, len(data))
	count := map[uint64]int{}
	for n, ex := range data {
		if len(ex.Tokens) != len(ex.Labels) {
			return nil, fmt.Errorf("tagger: example %d: %d tokens, %d labels", n, len(ex.Tokens), len(ex.Labels))
		}
		if len(ex.Tokens) == 0 {
			continue
		}
		flat, off := sequenceFeatures(ex.Tokens)
		s := seq{feats: make([][]uint64, len(ex.Tokens)), gold: make([]int, len(ex.Tokens))}
		for i := range ex.Tokens {
			s.feats[i] = flat[off[i]:off[i+1]]
			y, ok := labelIdx[ex.Labels[i]]
			if !ok {
				return nil, fmt.Errorf("tagger: example %d token %d: unknown label %q", n, i, ex.Labels[i])
			}
			s.gold[i] = y
			for _, h := range s.feats[i] {
				count[h]++
			}
		}
		seqs = append(seqs, s)
	}
	if len(seqs) == 0 {
		return nil, ErrNoData
	}
	var kept []uint64
	for h, c := range count {
		if c >= opt.MinCount {
			kept = append(kept, h)
		}
	}
	slices.Sort(kept) // rows in hash order: independent of map iteration
	row := make(map[uint64]int32, len(kept))
	for i, h := range kept {
		row[h] = int32(i)
	}
	rows := make([][][]int32, len(seqs))
	for k, s := range seqs {
		rows[k] = make([][]int32, len(s.feats))
		for i, fs := range s.feats {
			r := make([]int32, 0, len(fs))
			for _, h := range fs {
				if x, ok := row[h]; ok {
					r = append(r, x)
				}
			}
			rows[k][i] = r
		}
	}
	ok := constraints(labels)
	// Runs perceptrons, each over its own order of the examples, averaged:
	// one order's model is a draw (a small change to the data reorders
	// every pass and moves the scores by a few points); their mean moves
	// less. The runs are independent, so they train in parallel.
	seeds := make([]uint64, opt.Runs)
	seeds[0] = opt.Seed
	for r, g := 1, splitmix(opt.Seed); r < opt.Runs; r++ {
		seeds[r] = g.next()
	}
	runs := make([]run, opt.Runs)
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, min(opt.Runs, runtime.GOMAXPROCS(0))))
	for r := range runs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			runs[r] = perceptron(rows, seqs, L, len(kept), ok, opt.Epochs, seeds[r])
			<-sem
		}()
	}
	wg.Wait()
	// avg is the mean over the runs of each run's averaged weight (its
	// w - u/c), in fixed point.
	avg := func(i int, trans bool) int32 {
		var sum int64
		for _, r := range runs {
			w, u := r.w[i], r.u[i]
			if trans {
				w, u = r.tw[i], r.tu[i]
			}
			sum += (w*r.c - u) * opt.Scale / r.c
		}
		return int32(sum / int64(len(runs)))
	}
	m := &Model{labels: slices.Clone(labels), index: map[uint64]int32{}, ok: ok}
	m.trans = make([]int32, (L+1)*L)
	for i := range m.trans {
		m.trans[i] = avg(i, true)
	}
	for r, h := range kept {
		vals := make([]int32, L)
		nz := false
		for y := 0; y < L; y++ {
			vals[y] = avg(r*L+y, false)
			nz = nz || vals[y] != 0
		}
		if !nz {
			continue
		}
		m.index[h] = int32(len(m.hashes))
		m.hashes = append(m.hashes, h)
		m.weights = append(m.weights, vals...)
	}
	return m, nil
}

// splitmix is SplitMix64: a tiny generator with a fixed, documented
// sequence, so the training order never depends on the Go version.
type splitmixState struct{ s uint64 }

func splitmix(seed uint64) *splitmixState { return &splitmixState{s: seed} }

func (r *splitmixState) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// run is one perceptron's state after its passes: w the current weights,
// u the sums of c times each update (the average is w - u/c), tw and tu
// the same for the transitions, c one more than the examples seen.
type run struct {
	w, u, tw, tu []int64
	c            int64
}

// perceptron trains one averaged perceptron over the interned rows, in
// an order drawn from seed for each of its epochs.
func perceptron(rows [][][]int32, seqs []seq, L, features int, ok []bool, epochs int, seed uint64) run {
	// Averaged perceptron with the usual trick: w is the current weight,
	// u accumulates c*update, and the average is w - u/c.
	w := make([]int64, features*L)
	u := make([]int64, features*L)
	tw := make([]int64, (L+1)*L)
	tu := make([]int64, (L+1)*L)
	c := int64(1)
	order := make([]int, len(seqs))
	for i := range order {
		order[i] = i
	}
	rng := splitmix(seed)
	for range epochs {
		for i := len(order) - 1; i > 0; i-- {
			j := int(rng.next() % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		for _, k := range order {
			s := seqs[k]
			n := len(s.gold)
			em := make([]int64, n*L)
			for i := 0; i < n; i++ {
				e := em[i*L : (i+1)*L]
				for _, f := range rows[k][i] {
					ws := w[int(f)*L : (int(f)+1)*L]
					for y := range e {
						e[y] += ws[y]
					}
				}
			}
			pred := viterbi(em, n, L, tw, ok)
			prevG, prevP := -1, -1
			for i := 0; i < n; i++ {
				g, p := s.gold[i], pred[i]
				if g != p {
					for _, f := range rows[k][i] {
						w[int(f)*L+g]++
						u[int(f)*L+g] += c
						w[int(f)*L+p]--
						u[int(f)*L+p] -= c
					}
				}
				if g != p || prevG != prevP {
					tw[(prevG+1)*L+g]++
					tu[(prevG+1)*L+g] += c
					tw[(prevP+1)*L+p]--
					tu[(prevP+1)*L+p] -= c
				}
				prevG, prevP = g, p
			}
			c++
		}
	}
	return run{w: w, u: u, tw: tw, tu: tu, c: c}
}
