package store

import (
	"context"
	"database/sql"
	"strconv"
	"sync"
	"sync/atomic"
)

// maxStmts bounds the prepared statements one database keeps. The reader's
// queries are a few dozen fixed texts (and a few per filter combination of
// search); queries with values written into their text go around the cache.
const maxStmts = 256

// conn is one open archive and its prepared statements. The driver parses
// every query it is given anew, and parsing was a fifth of the time of an
// article page; a prepared statement is parsed once per connection.
type conn struct {
	db      *sql.DB
	stmts   sync.Map // query text → *sql.Stmt
	n       atomic.Int32
	sets    setCache
	facets  facetSlot
	whole   wholeSlot
	around  aroundCache
	lengths lengthSlot
	// pairLengths are the articles' lengths in the pairs index
	// (paircommon.go).
	pairLengths lengthSlot
	phrases     phraseCounts

	// Work in the background (warmFacets) runs under stop, which Close
	// cancels before it waits for the work and closes the database.
	stop   context.Context
	cancel context.CancelFunc
	bgMu   sync.Mutex // guards closed and adding to bg
	closed bool
	bg     sync.WaitGroup
}

func newConn(db *sql.DB) *conn {
	c := &conn{db: db}
	c.stop, c.cancel = context.WithCancel(context.Background())
	return c
}

// background runs f in a goroutine that Close cancels and waits for;
// false when the archive is closed already.
func (c *conn) background(f func(ctx context.Context)) bool {
	c.bgMu.Lock()
	defer c.bgMu.Unlock()
	if c.closed {
		return false
	}
	c.bg.Add(1)
	go func() {
		defer c.bg.Done()
		f(c.stop)
	}()
	return true
}

// stmt returns the prepared statement for query, preparing it on first use,
// or nil when it cannot be kept (the cache is full, or preparing failed: the
// plain query then reports the error).
func (c *conn) stmt(ctx context.Context, query string) *sql.Stmt {
	if st, ok := c.stmts.Load(query); ok {
		return st.(*sql.Stmt)
	}
	if c.n.Load() >= maxStmts {
		return nil
	}
	st, err := c.db.PrepareContext(ctx, query)
	if err != nil {
		return nil
	}
	if prev, loaded := c.stmts.LoadOrStore(query, st); loaded {
		st.Close()
		return prev.(*sql.Stmt)
	}
	c.n.Add(1)
	return st
}

// QueryContext runs query through its prepared statement.
func (c *conn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := c.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return c.db.QueryContext(ctx, query, args...)
}

// QueryRowContext runs query through its prepared statement.
func (c *conn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := c.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return c.db.QueryRowContext(ctx, query, args...)
}

// Close stops the work in the background and waits for it, then closes
// the statements and the database; the database waits for queries already
// running.
func (c *conn) Close() error {
	c.bgMu.Lock()
	c.closed = true
	c.bgMu.Unlock()
	c.cancel()
	c.bg.Wait()
	c.stmts.Range(func(_, st any) bool {
		st.(*sql.Stmt).Close()
		return true
	})
	c.dropSets()
	return c.db.Close()
}

// idSet is the SQL for "one of these ids" over a JSON array parameter
// (made by idList): the query text stays the same whatever the ids, so it
// is prepared once.
const idSet = `(SELECT value FROM json_each(?))`

// idList writes ids as a JSON array for idSet.
func idList(ids []int64) string {
	b := make([]byte, 0, 8*len(ids)+2)
	b = append(b, '[')
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']'))
}

// itemIndex maps items by id, to fill in what a second query loads, and
// lists their ids for idSet.
func itemIndex(items []Item) (map[int64]*Item, string) {
	byID := make(map[int64]*Item, len(items))
	ids := make([]int64, len(items))
	for i := range items {
		byID[items[i].ID] = &items[i]
		ids[i] = items[i].ID
	}
	return byID, idList(ids)
}
