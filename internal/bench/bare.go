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
    tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3');`

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
	var tx *sql.Tx
	var ins, fts *sql.Stmt
	commit := func() error {
		if tx == nil {
			return nil
		}
		ins.Close()
		fts.Close()
		err := tx.Commit()
		tx = nil
		return err
	}
	for i, f := range files {
		if tx == nil {
			if tx, err = db.BeginTx(ctx, nil); err != nil {
				return 0, err
			}
			if ins, err = tx.PrepareContext(ctx, `INSERT INTO docs (id, path, body) VALUES (?, ?, ?)`); err != nil {
				return 0, err
			}
			if fts, err = tx.PrepareContext(ctx, `INSERT INTO docs_fts (rowid, body) VALUES (?, ?)`); err != nil {
				return 0, err
			}
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return 0, err
		}
		text := string(data)
		if _, err := ins.ExecContext(ctx, i+1, f, text); err != nil {
			return 0, err
		}
		if _, err := fts.ExecContext(ctx, i+1, text); err != nil {
			return 0, err
		}
		if (i+1)%BareBatch == 0 {
			if err := commit(); err != nil {
				return 0, err
			}
		}
	}
	if err := commit(); err != nil {
		return 0, err
	}
	return time.Since(start), nil
}
