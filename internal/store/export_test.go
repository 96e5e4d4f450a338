package store

// SetCountCap lowers the result-count bound of r, so that tests can reach
// it with a handful of articles.
func SetCountCap(r *Reader, n int) { r.capOverride = n }
