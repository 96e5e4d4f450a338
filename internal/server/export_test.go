package server

import "time"

// SetSpareQuiet sets how long a page served from the cache keeps the spare
// processor from renders, and returns a function that restores it.
func SetSpareQuiet(d time.Duration) (restore func()) {
	old := spareQuiet
	spareQuiet = d
	return func() { spareQuiet = old }
}
