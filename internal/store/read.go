package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/morgue-archive/morgue/internal/article"
)

// Reader answers the server's questions. It never writes.
type Reader struct {
	cur atomic.Pointer[conn]
	// When path is set, the reader follows the file: if it is replaced (a
	// freshly built archive renamed over it), the next check reopens it.
	path      string
	opened    os.FileInfo
	refused   os.FileInfo // a replacement that could not be opened, not retried
	mu        sync.Mutex  // one reopen at a time
	nextCheck atomic.Int64
	onReopen  func(error)
	epoch     atomic.Int64 // how many times the file was reopened
	state     atomic.Pointer[cachedState]
	// capOverride replaces CountCap in tests, where archives are small.
	capOverride int
}

// cachedState is the last State read from the database, with what the
// files looked like then.
type cachedState struct {
	files fileMarks
	at    time.Time
	st    State
}

// fileMarks are the size and modification time of the database file and
// its write-ahead log: every commit changes at least one of them.
type fileMarks [4]int64

// marksOf reads the marks of the archive at path. While the write-ahead
// log exists, it alone is looked at: every commit in WAL mode (the only
// mode the archive is written in) appends to the log or, after a
// checkpoint, writes it again from the start, and a checkpoint copies into
// the database file what readers already see. That is one stat a request
// instead of two (a stat was 6% of a page served from the cache). Without
// a log, the database file's marks stand in.
func marksOf(path string) (fileMarks, bool) {
	var m fileMarks
	if fi, err := os.Stat(path + "-wal"); err == nil {
		m[2], m[3] = fi.Size(), fi.ModTime().UnixNano()
		return m, true
	} else if !errors.Is(err, os.ErrNotExist) {
		return m, false
	}
	fi, err := os.Stat(path)
	if err != nil {
		return m, false
	}
	m[0], m[1] = fi.Size(), fi.ModTime().UnixNano()
	return m, true
}

// stateMaxAge bounds how long a remembered State is trusted even when the
// files look unchanged (a modification time may not tick between two quick
// commits of the same size).
const stateMaxAge = time.Second

// NewReader wraps a database opened with OpenRead.
func NewReader(db *sql.DB) *Reader {
	r := &Reader{}
	r.cur.Store(newConn(db))
	return r
}

// replaceCheckEvery bounds how often the file is looked at: a stat per
// request would be cheap, but there is no need.
const replaceCheckEvery = time.Second

// OpenReader opens the archive at path read-only and follows it: when the
// file is replaced by another (an atomic rename of a newly built archive),
// requests move to the new file within a second, while queries already
// running finish on the old one. A replacement that cannot be opened is
// reported to onReopen (when set) and the old file stays in use.
func OpenReader(ctx context.Context, path string, onReopen func(error)) (*Reader, error) {
	// Stat before opening: if the file is replaced in between, the next
	// check sees a difference and reopens, which is harmless.
	fi, statErr := os.Stat(path)
	db, err := OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	if statErr != nil {
		db.Close()
		return nil, fmt.Errorf("database %s: %w", path, statErr)
	}
	r := NewReader(db)
	r.path, r.opened, r.onReopen = path, fi, onReopen
	r.nextCheck.Store(time.Now().Add(replaceCheckEvery).UnixNano())
	return r, nil
}

func (r *Reader) conn() *conn { return r.cur.Load() }

// Close closes the current database.
func (r *Reader) Close() error { return r.conn().Close() }

// follow reopens the archive if its file was replaced since it was opened.
func (r *Reader) follow(ctx context.Context) {
	now := time.Now().UnixNano()
	next := r.nextCheck.Load()
	if r.path == "" || now < next || !r.nextCheck.CompareAndSwap(next, now+int64(replaceCheckEvery)) {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	fi, err := os.Stat(r.path)
	if err != nil || os.SameFile(fi, r.opened) || (r.refused != nil && os.SameFile(fi, r.refused)) {
		return // gone for a moment (mid-rename), unchanged, or known bad
	}
	db, err := OpenRead(ctx, r.path)
	if err != nil {
		r.refused = fi
		if r.onReopen != nil {
			r.onReopen(fmt.Errorf("the database file was replaced, but the new one cannot be used (still serving the old one): %w", err))
		}
		return
	}
	old := r.cur.Swap(newConn(db))
	r.epoch.Add(1)
	r.opened = fi
	if r.onReopen != nil {
		r.onReopen(nil)
	}
	// Close waits for queries already running on the old file.
	go old.Close()
}

// Item is a stored article. Listings leave Body empty. The store keeps
// the body as Markdown only: turning it into HTML is the reader's work
// (markdown.ToHTML), not storage.
type Item struct {
	ID int64
	// FirstSlug is the slug the article was first published under here; it
	// outlives title changes.
	FirstSlug string
	article.Article
	SortKey    int64
	ImportedAt time.Time
	UpdatedAt  time.Time
}

// Named is a tag, author or outlet with the number of its articles.
type Named struct {
	Name  string
	Slug  string
	Count int
}

// Cursor marks a place in the newest-first order, for keyset pages.
type Cursor struct {
	SortKey int64
	ID      int64
}

// After returns the cursor just past it.
func (it Item) Cursor() Cursor { return Cursor{it.SortKey, it.ID} }

// State is what identifies one version of the archive.
type State struct {
	// Epoch counts replacements of the database file; Generation counts
	// imports that changed it. Together they name one version.
	Epoch      int64
	Generation int64
	UpdatedAt  time.Time // zero before the first import
}

// State reads the archive's generation, which changes on every import that
// changes anything.
//
// Every page request asks, so when the reader follows a file it answers
// from memory while the files show no commit, and asks SQLite otherwise.
func (r *Reader) State(ctx context.Context) (State, error) {
	st, err := r.cachedOrReadState(ctx)
	if err == nil {
		r.conn().sawGeneration(st.Generation)
	}
	return st, err
}

func (r *Reader) cachedOrReadState(ctx context.Context) (State, error) {
	r.follow(ctx)
	if r.path == "" {
		return r.readState(ctx)
	}
	marks, ok := marksOf(r.path)
	if c := r.state.Load(); ok && c != nil && c.files == marks && c.st.Epoch == r.epoch.Load() && time.Since(c.at) < stateMaxAge {
		return c.st, nil
	}
	st, err := r.readState(ctx)
	if err == nil && ok {
		r.state.Store(&cachedState{files: marks, at: time.Now(), st: st})
	}
	return st, err
}

func (r *Reader) readState(ctx context.Context) (State, error) {
	st := State{Epoch: r.epoch.Load()}
	rows, err := r.conn().QueryContext(ctx, `SELECT key, value FROM meta WHERE key IN ('generation', 'updated_at')`)
	if err != nil {
		return st, fmt.Errorf("read state: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return st, err
		}
		switch k {
		case "generation":
			st.Generation, _ = strconv.ParseInt(v, 10, 64)
		case "updated_at":
			st.UpdatedAt, _ = time.Parse(time.RFC3339, v)
		}
	}
	return st, rows.Err()
}

const listColumns = `a.id, a.slug, a.first_slug, a.title, a.dek, COALESCE(o.name, ''), a.published, a.sort_key,
	a.reading_minutes, a.word_count, a.language, a.image_alt, a.image_caption, a.image_credit, a.has_image,
	a.source_url, a.imported_at, a.updated_at, a.captured_at`

// briefColumns are what ListQuery.Brief reads, in scanBrief's order.
const briefColumns = `a.id, a.slug, a.title, a.dek, COALESCE(o.name, ''), a.published, a.sort_key, a.reading_minutes, a.language`

func scanBrief(s scanner, more ...any) (Item, error) {
	var it Item
	var pub sql.NullString
	err := s.Scan(append([]any{&it.ID, &it.Slug, &it.Title, &it.Dek, &it.Outlet, &pub, &it.SortKey, &it.ReadingMinutes, &it.Language}, more...)...)
	it.Published = refDate(pub)
	return it, err
}

const fromArticles = ` FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id `

type scanner interface{ Scan(...any) error }

// scanItem reads listColumns, plus the body columns when full is set, and
// then into more.
func scanItem(s scanner, full bool, more ...any) (Item, error) {
	var it Item
	var pub, captured sql.NullString
	var hasImage bool
	var alt, caption, credit, imported, updated string
	dest := []any{&it.ID, &it.Slug, &it.FirstSlug, &it.Title, &it.Dek, &it.Outlet, &pub, &it.SortKey,
		&it.ReadingMinutes, &it.WordCount, &it.Language, &alt, &caption, &credit, &hasImage,
		&it.SourceURL, &imported, &updated, &captured}
	if full {
		dest = append(dest, &it.Body)
	}
	dest = append(dest, more...)
	if err := s.Scan(dest...); err != nil {
		return it, err
	}
	if pub.Valid {
		if t, err := time.Parse(time.RFC3339, pub.String); err == nil {
			it.Published = &t
		}
	}
	if captured.Valid {
		if t, err := time.Parse(time.RFC3339, captured.String); err == nil {
			it.CapturedAt = &t
		}
	}
	if hasImage {
		it.Image = &article.Image{Alt: alt, Caption: caption, Credit: credit}
	}
	it.ImportedAt, _ = time.Parse(time.RFC3339, imported)
	it.UpdatedAt, _ = time.Parse(time.RFC3339, updated)
	return it, nil
}

// articleNames are the columns of an article's authors, tag names and tag
// slugs, each a JSON array, that Article and View read with the row.
const articleNames = `,
		(SELECT json_group_array(n.name ORDER BY x.position) FROM article_authors x JOIN authors n ON n.id = x.author_id
			WHERE x.article_id = a.id),
		(SELECT json_group_array(json_array(n.name, n.slug) ORDER BY x.position) FROM article_tags x JOIN tags n ON n.id = x.tag_id
			WHERE x.article_id = a.id)`

// Article returns the article with this current slug, body included, with
// its authors and tags in the same statement: an article page is most
// often a first view (a crawler's), and a second statement for the names
// was half of the article's share of its CPU.
func (r *Reader) Article(ctx context.Context, slug string) (Item, error) {
	row := r.conn().QueryRowContext(ctx, `SELECT `+listColumns+`, a.body_md`+articleNames+fromArticles+`WHERE a.slug = ?`, slug)
	var names articleNameLists
	it, err := scanItem(row, true, names.dest()...)
	if errors.Is(err, sql.ErrNoRows) {
		return it, ErrNotFound
	}
	if err != nil {
		return it, fmt.Errorf("article %q: %w", slug, err)
	}
	return it, names.fill(&it)
}

// articleNameLists are the articleNames columns as read.
type articleNameLists struct{ authors, tags []byte }

func (n *articleNameLists) dest() []any { return []any{&n.authors, &n.tags} }

// fill decodes the lists into it's authors and tags.
func (n *articleNameLists) fill(it *Item) error {
	var err error
	if it.Authors, err = decodeNames(n.authors); err != nil {
		return fmt.Errorf("article %q: authors: %w", it.Slug, err)
	}
	if it.Tags, err = decodeTags(n.tags); err != nil {
		return fmt.Errorf("article %q: tags: %w", it.Slug, err)
	}
	return nil
}

// decodeTags decodes a JSON array of [name, slug] pairs as
// json_group_array(json_array(…)) makes it, nil when empty. The tags come
// as pairs so that an article's tag list is read once, not once for the
// names and once for the slugs (8% of View's statement in the sqlite3
// shell). Without a backslash no string holds a quote, so the array is
// cut at its quotes, as decodeNames does.
func decodeTags(b []byte) ([]article.Tag, error) {
	if string(b) == "[]" {
		return nil, nil
	}
	const start, end, between, inside = `[["`, `"]]`, `"],["`, `","`
	if bytes.IndexByte(b, '\\') < 0 && len(b) >= len(start)+len(end) && bytes.HasPrefix(b, []byte(start)) && bytes.HasSuffix(b, []byte(end)) {
		in := b[len(start) : len(b)-len(end)]
		out := make([]article.Tag, 0, bytes.Count(in, []byte(between))+1)
		for pair := range bytes.SplitSeq(in, []byte(between)) {
			name, slug, ok := bytes.Cut(pair, []byte(inside))
			if !ok || bytes.Contains(slug, []byte(inside)) {
				return nil, fmt.Errorf("not [name, slug] pairs: %.40q", b)
			}
			out = append(out, article.Tag{Name: string(name), Slug: string(slug)})
		}
		return out, nil
	}
	var pairs [][]string
	if err := json.Unmarshal(b, &pairs); err != nil {
		return nil, err
	}
	out := make([]article.Tag, 0, len(pairs))
	for _, p := range pairs {
		if len(p) != 2 {
			return nil, fmt.Errorf("not [name, slug] pairs: %.40q", b)
		}
		out = append(out, article.Tag{Name: p[0], Slug: p[1]})
	}
	return out, nil
}

// View is an article as its page shows it: the article with its authors
// and tags, where it came from, and its neighbours in the archive's order
// (nil at either end).
type View struct {
	Item
	Provenance   Provenance
	Newer, Older *Ref
	// Generation is the archive's generation the article was read at,
	// for RelatedAt.
	Generation int64
}

// View returns the article with this current slug as its page shows it, in
// one statement: Article's row and names, Provenance's source and
// versions, and Neighbours' links. Most article pages are first views (a
// crawler's), and each statement is a round of database/sql and of
// SQLite's machinery: three of them were a tenth of a first view's CPU
// under a crawl of 100,000 articles.
func (r *Reader) View(ctx context.Context, slug string) (View, error) {
	var v View
	row := r.conn().QueryRowContext(ctx, `SELECT `+listColumns+`, a.body_md`+articleNames+`,
		a.source_path, s.kind, b.sha256, b.size, (SELECT count(*) FROM article_versions WHERE article_id = a.id) + 1,
		`+newerLink+`, `+olderLink+`,
		coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'), 0)`+fromArticles+`
		LEFT JOIN sources s ON s.path = a.source_path LEFT JOIN source_blobs b ON b.id = s.blob_id
		WHERE a.slug = ?`, slug)
	var names articleNameLists
	var kind, sha sql.NullString
	var size sql.NullInt64
	var near [2][]byte
	more := append(names.dest(), &v.Provenance.SourceKey, &kind, &sha, &size, &v.Provenance.Versions, &near[0], &near[1], &v.Generation)
	it, err := scanItem(row, true, more...)
	if errors.Is(err, sql.ErrNoRows) {
		return v, ErrNotFound
	}
	if err != nil {
		return v, fmt.Errorf("article %q: %w", slug, err)
	}
	if err := names.fill(&it); err != nil {
		return v, err
	}
	v.Item = it
	v.Provenance.SourceKind, v.Provenance.SHA256, v.Provenance.Size = kind.String, sha.String, size.Int64
	if v.Provenance.SourceKind == "" {
		v.Provenance.SourceKind = KindFile
	}
	if v.Newer, v.Older, err = decodeLinks(near); err != nil {
		return v, fmt.Errorf("article %q: %w", slug, err)
	}
	return v, nil
}

// decodeLinks decodes the newer and the older neighbour's links.
func decodeLinks(near [2][]byte) (newer, older *Ref, err error) {
	if newer, err = decodeLink(near[0]); err != nil {
		return nil, nil, fmt.Errorf("newer: %w", err)
	}
	if older, err = decodeLink(near[1]); err != nil {
		return nil, nil, fmt.Errorf("older: %w", err)
	}
	return newer, older, nil
}

// decodeLink decodes a neighbour's link as newerLink and olderLink make
// it, a JSON array [id, "slug", "title", "published" or null], nil for
// NULL (no neighbour). Without a backslash no string holds a quote, so the
// array is cut at its quotes, as decodeNames does.
func decodeLink(b []byte) (*Ref, error) {
	if b == nil {
		return nil, nil
	}
	notLink := func() error { return fmt.Errorf("not a link: %.60q", b) }
	var ref Ref
	var pub sql.NullString
	in, ok := bytes.CutPrefix(b, []byte("["))
	id, in, ok2 := bytes.Cut(in, []byte(`,"`))
	if ok && ok2 && bytes.IndexByte(in, '\\') < 0 {
		var err error
		if ref.ID, err = strconv.ParseInt(string(id), 10, 64); err != nil {
			return nil, notLink()
		}
		slug, in, ok := bytes.Cut(in, []byte(`","`))
		title, in, ok2 := bytes.Cut(in, []byte(`",`))
		switch {
		case !ok || !ok2 || bytes.Contains(title, []byte(`"`)):
			return nil, notLink()
		case string(in) == "null]":
		case len(in) >= 3 && in[0] == '"' && string(in[len(in)-2:]) == `"]`:
			pub = sql.NullString{String: string(in[1 : len(in)-2]), Valid: true}
		default:
			return nil, notLink()
		}
		ref.Slug, ref.Title = string(slug), string(title)
	} else {
		var parts []any
		d := json.NewDecoder(bytes.NewReader(b))
		d.UseNumber()
		if err := d.Decode(&parts); err != nil {
			return nil, err
		}
		if len(parts) != 4 {
			return nil, notLink()
		}
		num, ok := parts[0].(json.Number)
		if !ok {
			return nil, notLink()
		}
		var err error
		if ref.ID, err = num.Int64(); err != nil {
			return nil, notLink()
		}
		var ok1, ok2 bool
		ref.Slug, ok1 = parts[1].(string)
		ref.Title, ok2 = parts[2].(string)
		pub.String, pub.Valid = parts[3].(string)
		if !ok1 || !ok2 || (!pub.Valid && parts[3] != nil) {
			return nil, notLink()
		}
	}
	ref.Published = refDate(pub)
	return &ref, nil
}

// decodeNames decodes a JSON array of strings as json_group_array makes
// it, nil when empty. An array without a backslash holds no escaped
// character, so no quote inside a string, and is cut at its quotes:
// encoding/json took a tenth of reading an article.
func decodeNames(b []byte) ([]string, error) {
	if len(b) < 2 || b[0] != '[' || b[len(b)-1] != ']' {
		return nil, fmt.Errorf("not a JSON array: %.40q", b)
	}
	in := b[1 : len(b)-1]
	if len(in) == 0 {
		return nil, nil
	}
	if bytes.IndexByte(b, '\\') >= 0 || len(in) < 2 || in[0] != '"' || in[len(in)-1] != '"' {
		var out []string
		if err := json.Unmarshal(b, &out); err != nil {
			return nil, err
		}
		return out, nil
	}
	out := make([]string, 0, bytes.Count(in, []byte(`","`))+1)
	for part := range bytes.SplitSeq(in[1:len(in)-1], []byte(`","`)) {
		out = append(out, string(part))
	}
	return out, nil
}

// Alias returns the current slug of the article that once had this one.
func (r *Reader) Alias(ctx context.Context, slug string) (string, error) {
	var cur string
	err := r.conn().QueryRowContext(ctx,
		`SELECT a.slug FROM slug_aliases s JOIN articles a ON a.id = s.article_id WHERE s.slug = ?`, slug).Scan(&cur)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("alias %q: %w", slug, err)
	}
	return cur, nil
}

// nameIDs are the columns of a listed article's author ids and tag ids,
// each in the article's order, comma-separated, read with its row: a
// statement of their own, a row per link, cost a fifth of an uncached
// tag page's CPU (more than the list's own statement), most of it in
// stepping and scanning those rows.
const nameIDs = `,
	(SELECT group_concat(author_id ORDER BY position) FROM article_authors WHERE article_id = a.id),
	(SELECT group_concat(tag_id ORDER BY position) FROM article_tags WHERE article_id = a.id)`

// nameIDLists are an item's nameIDs as read: authors, tags (NULL for none).
type nameIDLists [2]sql.NullString

func (l *nameIDLists) dest() []any { return []any{&l[0], &l[1]} }

// fillNames gives items their authors and tags from their nameIDs, the
// names from those kept for the archive's generation (see namesOf),
// reading only those not kept yet. Looking up each name's row was 40% of
// the query, and the same few thousand names fill every page.
func (r *Reader) fillNames(ctx context.Context, items []Item, lists []nameIDLists) error {
	if len(items) == 0 {
		return nil
	}
	st, err := r.State(ctx)
	if err != nil {
		return err
	}
	ids := make([][2][]int64, len(items))
	var want [2][]int64
	for i := range items {
		for kind := range ids[i] {
			if ids[i][kind], err = parseIDs(lists[i][kind].String); err != nil {
				return fmt.Errorf("load authors and tags: %w", err)
			}
			want[kind] = append(want[kind], ids[i][kind]...)
		}
	}
	var names [2]map[int64]article.Tag
	for kind, k := range []Kind{Authors, Tags} {
		if names[kind], err = r.namesOf(ctx, k, st.Generation, want[kind]); err != nil {
			return err
		}
	}
	for i := range items {
		it := &items[i]
		for _, id := range ids[i][0] {
			if n, ok := names[0][id]; ok { // else dropped by an import since the ids were read
				it.Authors = append(it.Authors, n.Name)
			}
		}
		for _, id := range ids[i][1] {
			if n, ok := names[1][id]; ok {
				it.Tags = append(it.Tags, n)
			}
		}
	}
	return nil
}

// namesOf returns the names of ids of kind k, from the names kept for the
// generation gen (the around cache's, as an import may rename or drop
// them) or read once.
func (r *Reader) namesOf(ctx context.Context, k Kind, gen int64, ids []int64) (map[int64]article.Tag, error) {
	out := make(map[int64]article.Tag, len(ids))
	var missing []int64
	c := &r.conn().around
	c.mu.Lock()
	c.at(gen)
	for _, id := range ids {
		if n, ok := c.names[nameID{k, id}]; ok {
			out[id] = n
		} else {
			missing = append(missing, id)
		}
	}
	c.mu.Unlock()
	if len(missing) == 0 {
		return out, nil
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT id, name, slug FROM `+k.table()+` WHERE id IN `+idSet, idList(missing))
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", k, err)
	}
	defer rows.Close()
	read := map[nameID]article.Tag{}
	for rows.Next() {
		var id int64
		var n article.Tag
		if err := rows.Scan(&id, &n.Name, &n.Slug); err != nil {
			return nil, fmt.Errorf("load %s: %w", k, err)
		}
		out[id], read[nameID{k, id}] = n, n
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load %s: %w", k, err)
	}
	keep(c, gen, func() map[nameID]article.Tag { return c.names }, aroundCacheNames, read)
	return out, nil
}

// ListQuery selects a newest-first listing: all articles, or one tag's,
// author's or outlet's, or one year's or month's. Pages are either Offset
// based (HTML pages) or After a cursor (the API).
type ListQuery struct {
	Tag, Author, Outlet string // slugs
	Year, Month, Day    int
	Undated             bool // the articles with no known date
	Offset, Limit       int
	After               *Cursor
	// Brief reads only what a list page prints of each article: its id,
	// slug, title, standfirst, outlet, date, sort key, reading time and
	// language, with its authors and tags; the other fields stay zero.
	// Reading the ten others was a third of the query's time.
	Brief bool
}

// List returns one page of a listing and, for offset pages, the total number
// of articles in it.
func (r *Reader) List(ctx context.Context, q ListQuery) ([]Item, int, error) {
	if q.Limit <= 0 {
		q.Limit = 20
	}
	// The inner query walks one covering index to find the page's ids;
	// only those rows are then read in full.
	var inner, count string
	var args []any
	order := "sort_key DESC, id DESC"
	switch {
	case q.Tag != "":
		inner = `SELECT article_id AS id, sort_key FROM article_tags WHERE tag_id = (SELECT id FROM tags WHERE slug = ?)`
		count = `SELECT article_count FROM tags WHERE slug = ?`
		args = append(args, q.Tag)
		order = "sort_key DESC, article_id DESC"
	case q.Author != "":
		inner = `SELECT article_id AS id, sort_key FROM article_authors WHERE author_id = (SELECT id FROM authors WHERE slug = ?)`
		count = `SELECT article_count FROM authors WHERE slug = ?`
		args = append(args, q.Author)
		order = "sort_key DESC, article_id DESC"
	case q.Outlet != "":
		inner = `SELECT id, sort_key FROM articles WHERE outlet_id = (SELECT id FROM outlets WHERE slug = ?)`
		count = `SELECT article_count FROM outlets WHERE slug = ?`
		args = append(args, q.Outlet)
	case q.Undated:
		inner = `SELECT id, sort_key FROM articles WHERE sort_key = ?`
		count = `SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'undated' AND ? IS NOT NULL`
		args = append(args, int64(UndatedSortKey))
	case q.Year != 0:
		lo, hi := periodDays(q.Year, q.Month, q.Day)
		inner = `SELECT id, sort_key FROM articles WHERE pub_day BETWEEN ? AND ?`
		count = `SELECT count(*) FROM articles WHERE pub_day BETWEEN ? AND ?`
		args = append(args, lo, hi)
		order = "pub_day DESC, sort_key DESC, id DESC"
	default:
		inner = `SELECT id, sort_key FROM articles WHERE 1`
		// The importer keeps the count: counting 100,000 rows per page
		// view would cost more than the rest of the page.
		count = `SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'articles'`
	}
	countArgs := append([]any(nil), args...)
	keyID := "id"
	if strings.Contains(order, "article_id") {
		keyID = "article_id"
	}
	if q.After != nil {
		// The rest of the cursor's sort key, then the keys below it: two
		// index ranges. A row-value "(sort_key, id) < (?, ?)" would step
		// through every article sharing the key (all the undated ones).
		base, baseArgs := inner, args
		inner = `SELECT * FROM (` + base + ` AND sort_key = ? AND ` + keyID + ` < ? ORDER BY ` + keyID + ` DESC LIMIT ?)
			UNION ALL SELECT * FROM (` + base + ` AND sort_key < ? ORDER BY ` + order + ` LIMIT ?)`
		args = append(append(append([]any(nil), baseArgs...), q.After.SortKey, q.After.ID, q.Limit),
			append(baseArgs, q.After.SortKey, q.Limit)...)
		inner = `SELECT * FROM (` + inner + `) ORDER BY sort_key DESC, id DESC LIMIT ?`
		args = append(args, q.Limit)
	} else {
		inner += ` ORDER BY ` + order + ` LIMIT ? OFFSET ?`
		args = append(args, q.Limit, q.Offset)
	}
	cols, scan := listColumns, func(s scanner, more ...any) (Item, error) { return scanItem(s, false, more...) }
	if q.Brief {
		cols, scan = briefColumns, scanBrief
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT `+cols+nameIDs+fromArticles+
		`JOIN (`+inner+`) page ON page.id = a.id ORDER BY a.sort_key DESC, a.id DESC`, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("list: %w", err)
	}
	var items []Item
	var lists []nameIDLists
	for rows.Next() {
		var l nameIDLists
		it, err := scan(rows, l.dest()...)
		if err != nil {
			rows.Close()
			return nil, 0, err
		}
		items, lists = append(items, it), append(lists, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("list: %w", err)
	}
	if err := r.fillNames(ctx, items, lists); err != nil {
		return nil, 0, err
	}
	total := 0
	if q.After == nil {
		err = r.conn().QueryRowContext(ctx, count, countArgs...).Scan(&total)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, 0, fmt.Errorf("count: %w", err)
		}
	}
	return items, total, nil
}

// Name returns the tag, author or outlet with this slug.
func (r *Reader) Name(ctx context.Context, kind Kind, slug string) (Named, error) {
	if !kind.valid() {
		return Named{}, fmt.Errorf("unknown kind %v", kind)
	}
	var n Named
	err := r.conn().QueryRowContext(ctx, `SELECT name, slug, article_count FROM `+kind.table()+` WHERE slug = ?`, slug).
		Scan(&n.Name, &n.Slug, &n.Count)
	if errors.Is(err, sql.ErrNoRows) {
		return n, ErrNotFound
	}
	if err != nil {
		return n, fmt.Errorf("%s %q: %w", kind, slug, err)
	}
	return n, nil
}

// Tags returns one page of tags, most used first, and how many there are.
func (r *Reader) Tags(ctx context.Context, offset, limit int) ([]Named, int, error) {
	rows, err := r.conn().QueryContext(ctx,
		`SELECT name, slug, article_count FROM tags ORDER BY article_count DESC, name LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("tags: %w", err)
	}
	defer rows.Close()
	var out []Named
	for rows.Next() {
		var n Named
		if err := rows.Scan(&n.Name, &n.Slug, &n.Count); err != nil {
			return nil, 0, err
		}
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	var total int
	if err := r.conn().QueryRowContext(ctx, `SELECT count(*) FROM tags`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count tags: %w", err)
	}
	return out, total, nil
}

// relatedPerTag bounds the work for very common tags: only their newest
// articles are considered.
const relatedPerTag = 200

// What makes another article related, so that an article page lists fewer
// related articles, or none, rather than unrelated ones:
//
//   - it shares at least two tags with the article, or one specific tag: a
//     tag given to at most relatedSpecificMin articles or to at most one in
//     relatedSpecificShare of the archive (a person, a place, an event,
//     rather than a broad topic);
//   - failing enough of those, its headline shares with the article's
//     two telling words (three letters or more, not a function word,
//     compared as the index stems them), or one specific word: a word
//     found in no more articles than a specific tag.
const (
	relatedSpecificMin   = 20
	relatedSpecificShare = 50
)

// specificCount is the most articles a tag or word may be found in and
// still say what an article is about, at generation gen: read once per
// generation, not by a statement on every article page.
func (r *Reader) specificCount(ctx context.Context, gen int64) (int, error) {
	c := &r.conn().around
	c.mu.Lock()
	c.at(gen)
	n := c.specific
	c.mu.Unlock()
	if n > 0 {
		return n, nil
	}
	articles, _, err := r.Counts(ctx)
	if err != nil {
		return 0, err
	}
	n = max(relatedSpecificMin, articles/relatedSpecificShare)
	c.mu.Lock()
	if c.at(gen); c.gen == gen {
		c.specific = n
	}
	c.mu.Unlock()
	return n, nil
}

// Ref is what a link to another article shows: its title and date. An
// article page links to its related articles and neighbours by Ref, not
// Item: an Item's authors and tags cost a second query, and its listing
// columns a longer row, for words the page never shows.
type Ref struct {
	ID        int64
	Slug      string
	Title     string
	Published *time.Time
}

// Related returns articles that share the most tags with it, newest first
// among equals, and only those related by the rule above, read as ids
// first and then loaded together; tags' newest articles and refs already
// shown this generation come from memory (aroundcache.go).
func (r *Reader) Related(ctx context.Context, it Item, limit int) ([]Ref, error) {
	st, err := r.State(ctx)
	if err != nil {
		return nil, err
	}
	return r.RelatedAt(ctx, st.Generation, it, limit)
}

// RelatedAt is Related at generation gen, as View read it: an article
// page asks the state once, not again here (two stat calls of the
// database files, 1.5% of a first view's CPU).
func (r *Reader) RelatedAt(ctx context.Context, gen int64, it Item, limit int) ([]Ref, error) {
	ids, err := r.relatedIDs(ctx, gen, it, limit)
	if err != nil {
		return nil, err
	}
	return r.cachedRefs(ctx, gen, ids)
}

// relatedIDs returns the ids of Related's articles, best first: by tags,
// from each tag's newest articles (relatedByTags), then by headline.
func (r *Reader) relatedIDs(ctx context.Context, gen int64, it Item, limit int) ([]int64, error) {
	var ids []int64
	if len(it.Tags) > 0 {
		specific, err := r.specificCount(ctx, gen)
		if err != nil {
			return nil, err
		}
		if ids, err = r.relatedByTags(ctx, gen, it, specific, limit); err != nil {
			return nil, err
		}
	}
	if len(ids) < limit {
		more, err := r.similar(ctx, gen, it, limit-len(ids), append(ids, it.ID))
		if err != nil {
			return nil, err
		}
		ids = append(ids, more...)
	}
	return ids, nil
}

// byIDs loads listing items in the order of ids.
func (r *Reader) byIDs(ctx context.Context, ids []int64) ([]Item, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT `+listColumns+nameIDs+fromArticles+`WHERE a.id IN `+idSet, idList(ids))
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	type listed struct {
		it    Item
		lists nameIDLists
	}
	byID := map[int64]listed{}
	for rows.Next() {
		var l listed
		var err error
		if l.it, err = scanItem(rows, false, l.lists.dest()...); err != nil {
			rows.Close()
			return nil, err
		}
		byID[l.it.ID] = l
	}
	rows.Close()
	out := make([]Item, 0, len(ids))
	lists := make([]nameIDLists, 0, len(ids))
	for _, id := range ids {
		if l, ok := byID[id]; ok {
			out, lists = append(out, l.it), append(lists, l.lists)
		}
	}
	return out, r.fillNames(ctx, out, lists)
}

// refsByIDs loads refs in the order of ids. Title and date come before
// the long texts in the row, so no body is read.
func (r *Reader) refsByIDs(ctx context.Context, ids []int64) ([]Ref, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT id, slug, title, published FROM articles WHERE id IN `+idSet, idList(ids))
	if err != nil {
		return nil, fmt.Errorf("load article links: %w", err)
	}
	defer rows.Close()
	byID := make(map[int64]Ref, len(ids))
	for rows.Next() {
		var x Ref
		var pub sql.NullString
		if err := rows.Scan(&x.ID, &x.Slug, &x.Title, &pub); err != nil {
			return nil, fmt.Errorf("load article links: %w", err)
		}
		x.Published = refDate(pub)
		byID[x.ID] = x
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load article links: %w", err)
	}
	out := make([]Ref, 0, len(ids))
	for _, id := range ids {
		if x, ok := byID[id]; ok {
			out = append(out, x)
		}
	}
	return out, nil
}

// refDate is a link's date as stored, nil when unknown.
func refDate(pub sql.NullString) *time.Time {
	if !pub.Valid {
		return nil
	}
	t, err := time.Parse(time.RFC3339, pub.String)
	if err != nil {
		return nil
	}
	return &t
}

// newerLink and olderLink are the links of the next newer and the next
// older article than a in the archive's order (sort key, then id), as
// JSON arrays [id, slug, title, published] (decodeLink), NULL at either
// end. First among the articles with the same sort key, then past it. A
// row-value comparison, (sort_key, id) > (?, ?), is searched on sort_key
// alone, so SQLite stepped through every article sharing the key: with
// 75,000 undated articles in 100,000, 15 ms per neighbour. Both come from
// the index articles_order_links (0014) alone, most often from the leaf
// that holds a's own entry: reading the neighbours' rows, two random
// leaves of the articles table, was about a seventh of a first view.
const (
	linkColumns = `json_array(id, slug, title, published) FROM articles INDEXED BY articles_order_links`
	newerLink   = `coalesce((SELECT ` + linkColumns + ` WHERE sort_key = a.sort_key AND id > a.id ORDER BY id ASC LIMIT 1),
			(SELECT ` + linkColumns + ` WHERE sort_key > a.sort_key ORDER BY sort_key ASC, id ASC LIMIT 1))`
	olderLink = `coalesce((SELECT ` + linkColumns + ` WHERE sort_key = a.sort_key AND id < a.id ORDER BY id DESC LIMIT 1),
			(SELECT ` + linkColumns + ` WHERE sort_key < a.sort_key ORDER BY sort_key DESC, id DESC LIMIT 1))`
)

// Neighbours returns the next newer and next older article in the archive's
// order, or nil at either end, with their links, in one statement.
func (r *Reader) Neighbours(ctx context.Context, it Item) (newer, older *Ref, err error) {
	var near [2][]byte
	err = r.conn().QueryRowContext(ctx, `SELECT `+newerLink+`, `+olderLink+` FROM articles a WHERE a.id = ?`, it.ID).Scan(&near[0], &near[1])
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, ErrNotFound
	}
	if err != nil {
		return nil, nil, fmt.Errorf("neighbours: %w", err)
	}
	if newer, older, err = decodeLinks(near); err != nil {
		return nil, nil, fmt.Errorf("neighbours: %w", err)
	}
	return newer, older, nil
}

// Counts returns how many articles the archive holds and how many of them
// have no known date, as the importer keeps them.
func (r *Reader) Counts(ctx context.Context) (articles, undated int, err error) {
	err = r.conn().QueryRowContext(ctx, `SELECT
		(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'articles'),
		(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'undated')`).Scan(&articles, &undated)
	if err != nil {
		return 0, 0, fmt.Errorf("counts: %w", err)
	}
	return articles, undated, nil
}

// Period is a year, or a month of a year, with its article count.
type Period struct {
	Year, Month, Day int // Day 0 for a month, Month 0 for a year
	Count            int
}

// Months returns every month that has dated articles, newest first.
func (r *Reader) Months(ctx context.Context) ([]Period, error) {
	rows, err := r.conn().QueryContext(ctx, `SELECT pub_day / 100 AS ym, count(*) FROM articles
		WHERE pub_day IS NOT NULL GROUP BY ym ORDER BY ym DESC`)
	if err != nil {
		return nil, fmt.Errorf("months: %w", err)
	}
	defer rows.Close()
	var out []Period
	for rows.Next() {
		var ym, n int
		if err := rows.Scan(&ym, &n); err != nil {
			return nil, err
		}
		out = append(out, Period{Year: ym / 100, Month: ym % 100, Count: n})
	}
	return out, rows.Err()
}
