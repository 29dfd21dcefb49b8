//go:build !race

package text

// raceAllocFactor is 1 without the race detector.
const raceAllocFactor = 1
