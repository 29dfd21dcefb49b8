package pdfscan

import (
	"math"
	"sort"
)

// minRun is the fewest glyph-shaped paths side by side that make a run:
// a short word. Single shapes (a logo, a bullet, a signature's strokes)
// do not.
const minRun = 4

// glyphRuns finds rows of glyph-shaped paths, across the page and then up
// or down it among the shapes left, and returns the box of each run of at
// least minRun shapes and how many shapes the runs hold. Shapes in a row
// have their centres within 40 % of the taller one's height; a gap wider
// than the row's height ends a run (word spaces are a quarter of it).
func glyphRuns(boxes []Rect) ([]Rect, int) {
	used := make([]bool, len(boxes))
	var runs []Rect
	n := 0
	for _, vertical := range []bool{false, true} {
		var idx []int
		for i := range boxes {
			if !used[i] {
				idx = append(idx, i)
			}
		}
		// Across: rows by the centre's y, runs along x. Up or down: the
		// same with the axes swapped.
		along := func(i int) (lo, hi, cross, size float64) {
			b := boxes[i]
			if vertical {
				return b.Y0, b.Y1, (b.X0 + b.X1) / 2, b.W()
			}
			return b.X0, b.X1, (b.Y0 + b.Y1) / 2, b.H()
		}
		sort.Slice(idx, func(a, b int) bool {
			_, _, ca, _ := along(idx[a])
			_, _, cb, _ := along(idx[b])
			return ca < cb
		})
		for r := 0; r < len(idx); {
			_, _, c0, s0 := along(idx[r])
			sum, rowSize := c0, s0
			e := r + 1
			for ; e < len(idx); e++ {
				_, _, c, s := along(idx[e])
				if math.Abs(c-sum/float64(e-r)) > 0.4*max(s, rowSize) {
					break
				}
				sum += c
				rowSize = max(rowSize, s)
			}
			row := append([]int(nil), idx[r:e]...)
			r = e
			if len(row) < minRun {
				continue
			}
			sort.Slice(row, func(a, b int) bool {
				la, _, _, _ := along(row[a])
				lb, _, _, _ := along(row[b])
				return la < lb
			})
			for s := 0; s < len(row); {
				_, end, _, size := along(row[s])
				t := s + 1
				for ; t < len(row); t++ {
					lo, hi, _, sz := along(row[t])
					if lo-end > max(size, sz) {
						break
					}
					end = max(end, hi)
					size = max(size, sz)
				}
				if t-s >= minRun {
					box := boxes[row[s]]
					for _, k := range row[s:t] {
						box = box.union(boxes[k])
						used[k] = true
					}
					runs = append(runs, box)
					n += t - s
				}
				s = t
			}
		}
	}
	return runs, n
}
