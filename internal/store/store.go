// Package store is the only place that speaks SQL. It opens the archive
// (read-write for the importer, read-only for the server), applies the
// numbered migrations, and answers every query the other packages need with
// plain values.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/morgue-archive/morgue/migrations"
)

// Errors callers map to HTTP statuses or exit codes.
var (
	ErrNotFound   = errors.New("not found")
	ErrBadRequest = errors.New("bad request")
)

// migration is one numbered schema file.
type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrations.FS, ".")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		// Names in an fs.FS are slash-separated on every system: package
		// path reads them, filepath is for the files of the machine.
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || path.Ext(e.Name()) != ".sql" {
			return nil, fmt.Errorf("migration %q: name must be NNNN_name.sql", e.Name())
		}
		b, err := fs.ReadFile(migrations.FS, e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, e.Name(), string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %q: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the newest schema this binary knows.
func SchemaVersion() int {
	ms, err := loadMigrations()
	if err != nil {
		panic(err) // the embedded files are part of the binary; tests catch this
	}
	return len(ms)
}

// dsn builds a modernc.org/sqlite URI. PRAGMAs go in the DSN so that every
// pooled connection gets them, not just the first.
func dsn(file string, params ...string) string {
	// Escape what a URI would otherwise read as a query or fragment.
	r := strings.NewReplacer("%", "%25", "?", "%3F", "#", "%23")
	return "file:" + r.Replace(file) + "?" + strings.Join(params, "&")
}

// migrate brings the database to the newest schema, one transaction per
// file, recording the version in PRAGMA user_version.
func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	cur, err := userVersion(ctx, db)
	if err != nil {
		return err
	}
	if cur > len(ms) {
		return fmt.Errorf("database schema version %d is newer than this morgue knows (%d): use a newer morgue", cur, len(ms))
	}
	for _, m := range ms[cur:] {
		if err := m.apply(ctx, db); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// apply runs the migration and records its version, in one transaction.
func (m migration) apply(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // after Commit, a no-op
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return err
	}
	return tx.Commit()
}

func userVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, describeOpenError(err)
	}
	return v, nil
}

// describeOpenError turns SQLite's terse messages about unusable files into
// something a person can act on.
func describeOpenError(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "file is not a database"), strings.Contains(msg, "malformed"):
		return fmt.Errorf("not a morgue database or corrupt (%v)", err)
	case strings.Contains(msg, "unable to open"), strings.Contains(msg, "out of memory (14)"):
		return fmt.Errorf("cannot open the database file (%v)", err)
	case strings.Contains(msg, "readonly"), strings.Contains(msg, "read-only"):
		return fmt.Errorf("the database or its folder is read-only (%v)", err)
	}
	return err
}

// OpenWrite opens (creating if needed) the archive for the importer and
// migrates it to the newest schema. One connection: SQLite has one writer.
func OpenWrite(ctx context.Context, file string) (*sql.DB, error) {
	dir := filepath.Dir(file)
	if st, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("database folder %s: %w", dir, errors.Unwrap(err))
	} else if !st.IsDir() {
		return nil, fmt.Errorf("database folder %s is not a folder", dir)
	}
	db, err := sql.Open("sqlite", dsn(file,
		"_pragma=journal_mode(WAL)", "_pragma=busy_timeout(10000)", "_pragma=foreign_keys(1)",
		"_pragma=synchronous(NORMAL)", "_txlock=immediate",
		// A page cache of up to 256 MB (the default is 2 MB) keeps the
		// indexes an import inserts into at random (slugs, content hashes,
		// tag and date listings) in memory: at 100,000 articles they are
		// about 70 MB, and with 64 MB the import ran 6% slower.
		"_pragma=cache_size(-262144)",
		// Copy the write-ahead log into the database every 64 MB rather
		// than every 4 MB: a batch of the importer writes tens of
		// megabytes, and at the default every commit ran a checkpoint
		// that rewrote pages the next batch changes again.
		fmt.Sprintf("_pragma=wal_autocheckpoint(%d)", walAutocheckpoint),
		// Statement journals (an upsert or a many-row insert keeps one to
		// undo itself alone) in memory: in a file, each journalled page
		// was a system call.
		"_pragma=temp_store(MEMORY)"))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, describeOpenError(err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, describeOpenError(err)
	}
	return db, nil
}

// OpenRead opens an existing archive read-only for the server. It refuses a
// missing file (rather than creating an empty one), a file that is not a
// morgue database, and a schema other than this binary's.
func OpenRead(ctx context.Context, file string) (*sql.DB, error) {
	st, err := os.Stat(file)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("database %s does not exist: run \"morgue import --db %s\" first", file, file)
		}
		return nil, fmt.Errorf("database %s: %w", file, err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("database %s is not a regular file", file)
	}
	db, err := sql.Open("sqlite", dsn(file, "mode=ro", "_pragma=query_only(1)", "_pragma=busy_timeout(5000)"))
	if err != nil {
		return nil, err
	}
	// Keep every connection the server opens: database/sql keeps only two
	// idle by default, so under load the others were closed after each
	// query and reopened (reading the schema again) for the next. SQLite
	// work is CPU-bound, so two per core suffice (article pages render
	// one fewer at a time than there are cores, searches two per core).
	// Each connection holds its own page cache (2 MB) and its own copy of
	// every prepared statement: with four per core, the process took
	// about 10 MB more under the benchmark's load at 100,000 articles.
	conns := 2 * runtime.NumCPU()
	db.SetMaxOpenConns(conns)
	db.SetMaxIdleConns(conns)
	v, err := userVersion(ctx, db)
	if err == nil {
		// user_version is 0 for any SQLite file morgue never migrated; a
		// probe of one table also catches a damaged header.
		var n int
		err = db.QueryRowContext(ctx, "SELECT count(*) FROM meta").Scan(&n)
		if err != nil && v == 0 {
			err = errors.New("not a morgue database (no schema)")
		}
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("database %s: %w", file, describeOpenError(err))
	}
	if want := SchemaVersion(); v != want {
		db.Close()
		if v > want {
			return nil, fmt.Errorf("database %s has schema version %d, newer than this morgue knows (%d): use a newer morgue", file, v, want)
		}
		return nil, fmt.Errorf("database %s has schema version %d, older than this morgue's %d: run \"morgue import --db %s\" to upgrade it", file, v, want, file)
	}
	return db, nil
}
