package tagger

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/optimize"
)

// crf is the training problem of a linear-chain conditional random field
// over interned feature rows: the negative log-likelihood of the gold
// labels plus an L2 penalty, and its gradient. The parameters are the
// emission weights (row*L + label) followed by the transition weights
// ((from+1)*L + to, from -1 the start), the layout Model uses. The
// objective is convex, so its minimum does not depend on the order of the
// examples: unlike a perceptron, no seed decides the model.
type crf struct {
	rows  [][][]int32 // example, token → feature rows
	gold  [][]int
	L     int
	nrow  int
	ok    []bool
	sigma float64 // the L2 penalty is |θ|² / (2σ²)
}

// value returns the objective at theta and writes its gradient to grad.
// The work is sequential, so the sum's rounding is the same on every run.
func (p *crf) value(theta, grad []float64) float64 {
	L := p.L
	for i := range grad {
		grad[i] = 0
	}
	nw := p.nrow * L
	trans := theta[nw:]
	// Transition factors exp(t), zero where BIO forbids the step.
	T := make([]float64, len(trans))
	for i, t := range trans {
		if p.ok[i] {
			T[i] = math.Exp(t)
		}
	}
	var loss float64
	var em, pe, alpha, beta, scale []float64
	for k, seq := range p.rows {
		n := len(seq)
		gold := p.gold[k]
		em = grow(em, n*L)
		pe = grow(pe, n*L)
		alpha = grow(alpha, n*L)
		beta = grow(beta, n*L)
		scale = grow(scale, n)
		// Emission scores, and exp(score - max) per token: the shift
		// cancels in the normalisation and is added back to log Z.
		var shift float64
		for i, fs := range seq {
			e := em[i*L : (i+1)*L]
			for y := range e {
				e[y] = 0
			}
			for _, f := range fs {
				w := theta[int(f)*L : (int(f)+1)*L]
				for y := range e {
					e[y] += w[y]
				}
			}
			m := e[0]
			for _, v := range e[1:] {
				m = max(m, v)
			}
			shift += m
			for y, v := range e {
				pe[i*L+y] = math.Exp(v - m)
			}
		}
		// Forward, scaled to sum 1 at every token.
		var logZ float64
		for i := 0; i < n; i++ {
			a := alpha[i*L : (i+1)*L]
			sum := 0.0
			for y := 0; y < L; y++ {
				var s float64
				if i == 0 {
					s = T[y]
				} else {
					prev := alpha[(i-1)*L : i*L]
					for x := 0; x < L; x++ {
						s += prev[x] * T[(x+1)*L+y]
					}
				}
				s *= pe[i*L+y]
				a[y] = s
				sum += s
			}
			if sum == 0 {
				// Only a gold sequence BIO forbids gets here, and the
				// data is checked for those.
				panic(fmt.Sprintf("tagger: crf: no allowed path in example %d", k))
			}
			scale[i] = sum
			logZ += math.Log(sum)
			for y := range a {
				a[y] /= sum
			}
		}
		logZ += shift
		// Backward with the same scales.
		for y := 0; y < L; y++ {
			beta[(n-1)*L+y] = 1
		}
		for i := n - 2; i >= 0; i-- {
			for x := 0; x < L; x++ {
				var s float64
				for y := 0; y < L; y++ {
					s += T[(x+1)*L+y] * pe[(i+1)*L+y] * beta[(i+1)*L+y]
				}
				beta[i*L+x] = s / scale[i+1]
			}
		}
		// The gold path's score.
		var g float64
		for i, y := range gold {
			g += em[i*L+y]
			if i == 0 {
				g += trans[y]
			} else {
				g += trans[(gold[i-1]+1)*L+y]
			}
		}
		loss += logZ - g
		// Expected minus observed counts.
		for i, fs := range seq {
			for y := 0; y < L; y++ {
				d := alpha[i*L+y] * beta[i*L+y]
				if y == gold[i] {
					d--
				}
				if d == 0 {
					continue
				}
				for _, f := range fs {
					grad[int(f)*L+y] += d
				}
			}
			gt := grad[nw:]
			if i == 0 {
				for y := 0; y < L; y++ {
					gt[y] += alpha[y] * beta[y]
				}
				gt[gold[0]]--
				continue
			}
			for x := 0; x < L; x++ {
				ax := alpha[(i-1)*L+x]
				if ax == 0 {
					continue
				}
				for y := 0; y < L; y++ {
					if T[(x+1)*L+y] == 0 {
						continue
					}
					gt[(x+1)*L+y] += ax * T[(x+1)*L+y] * pe[i*L+y] * beta[i*L+y] / scale[i]
				}
			}
			gt[(gold[i-1]+1)*L+gold[i]]--
		}
	}
	inv := 1 / (p.sigma * p.sigma)
	for i, t := range theta {
		if i >= nw && !p.ok[i-nw] {
			continue
		}
		loss += t * t * inv / 2
		grad[i] += t * inv
	}
	return loss
}

func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// minimize runs L-BFGS from zero for at most iters iterations and returns
// the parameters.
func (p *crf) minimize(iters int) ([]float64, error) {
	n := p.nrow*p.L + (p.L+1)*p.L
	problem := optimize.Problem{
		Func: func(x []float64) float64 {
			return p.value(x, make([]float64, len(x)))
		},
		Grad: func(grad, x []float64) { p.value(x, grad) },
	}
	// Func and Grad at one point are asked for together: compute once.
	var lastX, lastG []float64
	var lastF float64
	eval := func(x []float64) (float64, []float64) {
		if lastX != nil && equal(lastX, x) {
			return lastF, lastG
		}
		g := make([]float64, len(x))
		f := p.value(x, g)
		lastX, lastG, lastF = append(lastX[:0], x...), g, f
		return f, g
	}
	problem.Func = func(x []float64) float64 { f, _ := eval(x); return f }
	problem.Grad = func(grad, x []float64) { _, g := eval(x); copy(grad, g) }
	settings := &optimize.Settings{
		MajorIterations:   iters,
		GradientThreshold: 1e-4,
		Converger:         &optimize.FunctionConverge{Absolute: 1e-6, Relative: 1e-7, Iterations: 10},
	}
	res, err := optimize.Minimize(problem, make([]float64, n), settings, &optimize.LBFGS{Store: 10})
	if err != nil && res == nil {
		return nil, fmt.Errorf("tagger: crf: %w", err)
	}
	return res.X, nil
}

func equal(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
