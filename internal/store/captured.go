package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/morgue-archive/morgue/internal/article"
)

// capturedAt is the column value of when a web archive captured the page:
// RFC 3339 UTC, or NULL.
func capturedAt(a article.Article) any {
	if a.CapturedAt == nil {
		return nil
	}
	return a.CapturedAt.UTC().Format(time.RFC3339)
}

// CapturedAt is when the page of article id was captured by a web
// archive; ok is false for an article that came from no web archive.
func (b *Batch) CapturedAt(ctx context.Context, id int64) (t time.Time, ok bool, err error) {
	var s sql.NullString
	if err := b.queryRow(ctx, `SELECT captured_at FROM articles WHERE id = ?`, id).Scan(&s); err != nil {
		return t, false, fmt.Errorf("load capture date of article %d: %w", id, err)
	}
	if !s.Valid {
		return t, false, nil
	}
	t, err = time.Parse(time.RFC3339, s.String)
	return t, err == nil, nil
}

// MoveCapturedAt records that the page of article id was captured again,
// unchanged, at t (a web archive's revisit record): the capture date
// moves on when t is later than the one kept. It reports whether it did.
func (b *Batch) MoveCapturedAt(ctx context.Context, id int64, t time.Time) (bool, error) {
	kept, ok, err := b.CapturedAt(ctx, id)
	if err != nil || !ok || !t.After(kept) {
		return false, err
	}
	if _, err := b.exec(ctx, `UPDATE articles SET captured_at = ?, updated_at = ? WHERE id = ?`, t.UTC().Format(time.RFC3339), b.now, id); err != nil {
		return false, fmt.Errorf("move capture date of article %d: %w", id, err)
	}
	return true, nil
}
