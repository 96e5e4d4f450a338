package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Days returns the days of a month that have articles, with their counts,
// oldest first.
func (r *Reader) Days(ctx context.Context, year, month int) ([]Period, error) {
	lo, hi := periodDays(year, month, 0)
	rows, err := r.conn().QueryContext(ctx, `SELECT pub_day, count(*) FROM articles
		WHERE pub_day BETWEEN ? AND ? GROUP BY pub_day ORDER BY pub_day`, lo, hi)
	if err != nil {
		return nil, fmt.Errorf("days: %w", err)
	}
	defer rows.Close()
	var out []Period
	for rows.Next() {
		var d, n int
		if err := rows.Scan(&d, &n); err != nil {
			return nil, fmt.Errorf("days: %w", err)
		}
		out = append(out, Period{Year: d / 10000, Month: d / 100 % 100, Day: d % 100, Count: n})
	}
	return out, rows.Err()
}

// Adjacent returns the nearest dated articles' days before and after a
// year, a month or a day (month and day 0 for a whole year or month), as
// YYYYMMDD, or 0 at either end of the archive: what previous and next
// links lead to, skipping empty periods.
func (r *Reader) Adjacent(ctx context.Context, year, month, day int) (before, after int, err error) {
	lo, hi := periodDays(year, month, day)
	var b, a sql.NullInt64
	err = r.conn().QueryRowContext(ctx, `SELECT
		(SELECT max(pub_day) FROM articles WHERE pub_day < ?),
		(SELECT min(pub_day) FROM articles WHERE pub_day > ?)`, lo, hi).Scan(&b, &a)
	if err != nil {
		return 0, 0, fmt.Errorf("adjacent periods: %w", err)
	}
	return int(b.Int64), int(a.Int64), nil
}
