package tagger

import (
	"math"
	"testing"
)

// TestCRFGradient holds the CRF's gradient to finite differences of its
// objective on a small problem with forbidden steps (BIO).
func TestCRFGradient(t *testing.T) {
	labels := []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG"}
	p := &crf{
		rows: [][][]int32{
			{{0, 1}, {1, 2}, {2}, {0, 3}},
			{{3}, {0, 2, 3}},
			{{1}},
		},
		gold:  [][]int{{1, 2, 0, 3}, {3, 4}, {0}},
		L:     len(labels),
		nrow:  4,
		ok:    constraints(labels),
		sigma: 2,
	}
	n := p.nrow*p.L + (p.L+1)*p.L
	theta := make([]float64, n)
	for i := range theta {
		theta[i] = math.Sin(float64(i)) * 0.7
	}
	grad := make([]float64, n)
	p.value(theta, grad)
	const h = 1e-6
	for i := range theta {
		if i >= p.nrow*p.L && !p.ok[i-p.nrow*p.L] {
			continue
		}
		old := theta[i]
		theta[i] = old + h
		up := p.value(theta, make([]float64, n))
		theta[i] = old - h
		down := p.value(theta, make([]float64, n))
		theta[i] = old
		if num := (up - down) / (2 * h); math.Abs(num-grad[i]) > 1e-5*math.Max(1, math.Abs(num)) {
			t.Errorf("θ[%d]: gradient %.8f, finite difference %.8f", i, grad[i], num)
		}
	}
}
