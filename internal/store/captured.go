package store

import (
	"time"

	"morgue/internal/article"
)

// capturedAt is the column value of when a web archive captured the page:
// RFC 3339 UTC, or NULL.
func capturedAt(a article.Article) any {
	if a.CapturedAt == nil {
		return nil
	}
	return a.CapturedAt.UTC().Format(time.RFC3339)
}
