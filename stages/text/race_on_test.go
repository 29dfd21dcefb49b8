//go:build race

package text

// raceAllocFactor: the race detector's runtime allocates about ten times
// as much per page (instrumented maps and iterators).
const raceAllocFactor = 16
