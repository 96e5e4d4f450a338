package store

// SetCountCap lowers the result-count bound of r, so that tests can reach
// it with a handful of articles.
func SetCountCap(r *Reader, n int) { r.capOverride = n }

// SetCheckpointAt lowers the log size at which background checkpoints run,
// so that tests reach it with a few articles.
func SetCheckpointAt(n int64) func() {
	old := checkpointAt
	checkpointAt = n
	return func() { checkpointAt = old }
}
