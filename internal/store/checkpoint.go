package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// walAutocheckpoint is the writer's own checkpoint threshold, in pages (64
// MB), set by OpenWrite and restored when background checkpoints stop.
const walAutocheckpoint = 16384

// checkpointAt is the write-ahead log size at which background checkpoints
// copy it into the database.
var checkpointAt int64 = 32 << 20

// Checkpoints copies the write-ahead log into the database from a
// connection of its own while an import writes. Done by the writer, each
// checkpoint stopped the import to write tens of megabytes and wait for the
// disk to sync them: at 100,000 articles, checkpoints took a sixth of the
// writer's CPU time and more in waits. SQLite lets a checkpoint run beside
// the writer; this one copies what is committed and leaves the rest for
// the next.
type Checkpoints struct {
	writer *sql.DB
	db     *sql.DB
	stop   chan struct{}
	wg     sync.WaitGroup
	err    error // the checkpoint that failed, read after wg.Wait
}

// StartCheckpoints takes checkpointing over from the writer db (opened with
// OpenWrite) until Stop. For a database with no file it does nothing.
func StartCheckpoints(ctx context.Context, writer *sql.DB) (*Checkpoints, error) {
	c := &Checkpoints{writer: writer, stop: make(chan struct{})}
	var file string
	if err := writer.QueryRowContext(ctx, `SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&file); err != nil {
		return nil, fmt.Errorf("checkpoints: %w", err)
	}
	if file == "" {
		return c, nil
	}
	var err error
	if c.db, err = sql.Open("sqlite", dsn(file, "_pragma=busy_timeout(10000)")); err != nil {
		return nil, fmt.Errorf("checkpoints: %w", err)
	}
	c.db.SetMaxOpenConns(1)
	if _, err := writer.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err != nil {
		c.db.Close()
		return nil, fmt.Errorf("checkpoints: %w", err)
	}
	c.wg.Go(func() { c.err = c.run(file + "-wal") })
	return c, nil
}

func (c *Checkpoints) run(wal string) error {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-c.stop:
			return nil
		case <-tick.C:
		}
		if st, err := os.Stat(wal); err != nil || st.Size() < checkpointAt {
			continue
		}
		// PASSIVE copies the frames no reader still needs and never waits
		// for the writer; a busy result just means "later".
		var busy, logged, copied int
		if err := c.db.QueryRow(`PRAGMA wal_checkpoint(PASSIVE)`).Scan(&busy, &logged, &copied); err != nil {
			return fmt.Errorf("checkpoint: %w", err)
		}
	}
}

// Stop ends background checkpoints and gives checkpointing back to the
// writer. The log's remaining frames are copied by the writer's next
// checkpoint, or when it closes.
func (c *Checkpoints) Stop(ctx context.Context) error {
	if c.db == nil {
		return nil
	}
	close(c.stop)
	c.wg.Wait()
	c.db.Close()
	_, err := c.writer.ExecContext(ctx, fmt.Sprintf(`PRAGMA wal_autocheckpoint = %d`, walAutocheckpoint))
	return errors.Join(c.err, err)
}
