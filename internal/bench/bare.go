package bench

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	_ "modernc.org/sqlite" // the same driver as the store
)

// BareBatch is how many rows the bare insert loop commits at once.
const BareBatch = 10_000

// bareSchema is the least an archive with full-text search can do: the text
// in a plain table and in an FTS5 index with the archive's own tokenizer and
// prefix settings, so the ratio measures the importer, not the index
// configuration.
const bareSchema = `
CREATE TABLE docs (id INTEGER PRIMARY KEY, path TEXT NOT NULL, body TEXT NOT NULL);
CREATE VIRTUAL TABLE docs_fts USING fts5 (body, content = 'docs', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4');`

// BareImport reads files and inserts their texts into a new database at
// dbPath, one transaction per BareBatch rows, and returns the time taken.
func BareImport(ctx context.Context, dbPath string, files []string) (time.Duration, error) {
	start := time.Now()
	db, err := sql.Open("sqlite", "file:"+dbPath+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
	if err != nil {
		return 0, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, bareSchema); err != nil {
		return 0, fmt.Errorf("bare schema: %w", err)
	}
	for first := 0; first < len(files); first += BareBatch {
		if err := bareBatch(ctx, db, files[first:min(first+BareBatch, len(files))], first+1); err != nil {
			return 0, err
		}
	}
	return time.Since(start), nil
}

// bareBatch inserts files in one transaction, numbering them from id.
func bareBatch(ctx context.Context, db *sql.DB, files []string, id int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // after Commit, a no-op
	ins, err := tx.PrepareContext(ctx, `INSERT INTO docs (id, path, body) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	fts, err := tx.PrepareContext(ctx, `INSERT INTO docs_fts (rowid, body) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer fts.Close()
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		text := string(data)
		if _, err := ins.ExecContext(ctx, id+i, f, text); err != nil {
			return err
		}
		if _, err := fts.ExecContext(ctx, id+i, text); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// bareSearch is the baseline of a search: the top 20 of a MATCH by rank,
// straight from the index (table) the store uses for it, with no filter, count, snippet or article row.
func bareSearch(ctx context.Context, db *sql.DB, table, expr string) error {
	rows, err := db.QueryContext(ctx, `SELECT rowid FROM `+table+` WHERE `+table+` MATCH ? ORDER BY rank LIMIT 20`, expr)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
	}
	return rows.Err()
}
