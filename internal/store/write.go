package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/tagger"
)

// UndatedSortKey sorts articles without a date after every dated one.
const UndatedSortKey = math.MinInt64

// Record is an article ready to store: the parsed value plus what the
// importer derived from it once.
//
// The HTML of the body is not stored: readers render the Markdown, which
// costs a tenth of a millisecond per article and is cached with the page,
// while storing it made every import write a third more.
type Record struct {
	Article     article.Article
	BodyText    string // plain text of the body, for the search index
	ContentHash string // same hash = same article, whichever file it came from
	SourcePath  string
	// bodyPairs is the pairs index's text of the indexed body when the
	// importer's parsers made it (PreparePairs), so the writer need not.
	bodyPairs *preparedPairs
}

type preparedPairs struct{ of, pairs string }

// PreparePairs cuts the pairs of r's body for the pairs index (pairs.go)
// now, on the caller's goroutine: the importer's parsers run on every
// core, the writer on one.
func (r *Record) PreparePairs() {
	_, indexed := bodyText(r.Article.Body, r.BodyText)
	r.bodyPairs = &preparedPairs{indexed, Pairs(indexed)}
}

// pairsOfBody returns the pairs of indexed, r's indexed body.
func (r Record) pairsOfBody(indexed string) string {
	if p := r.bodyPairs; p != nil && p.of == indexed {
		return p.pairs
	}
	return Pairs(indexed)
}

// Source is what the archive remembers of one imported file.
type Source struct {
	ArticleID  int64
	FileHash   string
	ParsedHash string // fingerprint of the last parse of it; "" when unknown
	Primary    bool   // the article's text comes from this file
}

// Existing identifies a stored article.
type Existing struct {
	ID         int64
	Slug       string
	SourcePath string
}

// Batch is one write transaction of the importer. Callers group many files
// in one batch for speed; a failed batch is rolled back whole.
type Batch struct {
	tx        *sql.Tx
	now       string
	changed   bool
	committed bool
	// ids of the names (tags, authors, outlets) the writer has written,
	// and how each one's article count moves in this batch.
	ids   map[nameKey]int64
	delta map[Kind]map[int64]int
	// Numbered slugs per headline already taken: the writer's.
	suffixes map[string]*suffixSet
	// Statements prepared once per batch: SQLite parses each only once.
	stmts map[string]*sql.Stmt
	// Index rows of inserted articles, written together just before the
	// commit. FTS5 flushes its pending index to disk whenever a statement
	// opens a savepoint in the transaction (any upsert does), so rows
	// written between other statements would each become a segment to
	// merge; written last, a batch becomes one or a few.
	fts []ftsRow
	// How the archive's article counts move, kept in meta so that listings
	// need not count every row.
	added, undated int
	w              *Writer
}

type ftsRow struct {
	id                                 int64
	title, dek, body, authors, tagList string
	bodyPairs                          string
}

// Writer runs the batches of one import and keeps, from one batch to the
// next, the numbered slugs of each headline it has seen, so that k articles
// with one headline cost one range scan, not one per batch, and the ids of
// the names it has written, so that a tag costs one upsert per import, not
// one per batch.
type Writer struct {
	db       *sql.DB
	suffixes map[string]*suffixSet
	ids      map[nameKey]int64
	tags     *tagger.Index // the archive's tags, read at the first use (tagmerge.go)
}

// NewWriter prepares batches on db, opened with OpenWrite.
func NewWriter(db *sql.DB) *Writer {
	return &Writer{db: db, suffixes: map[string]*suffixSet{}, ids: map[nameKey]int64{}}
}

// Begin starts a batch. now is the import time recorded on new and changed
// articles.
func (w *Writer) Begin(ctx context.Context, now time.Time) (*Batch, error) {
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, describeOpenError(err)
	}
	return &Batch{
		tx:       tx,
		now:      now.UTC().Format(time.RFC3339),
		ids:      w.ids,
		delta:    map[Kind]map[int64]int{Tags: {}, Authors: {}, Outlets: {}},
		stmts:    map[string]*sql.Stmt{},
		suffixes: w.suffixes,
		w:        w,
	}, nil
}

// Rollback abandons the batch, and the slugs and name ids the writer
// learned (they may be the batch's own). After a successful Commit it does
// nothing, so callers defer it as soon as Begin returns, as with sql.Tx.
func (b *Batch) Rollback() {
	if b.committed {
		return
	}
	b.closeStmts()
	clear(b.suffixes)
	clear(b.ids)
	b.w.tags = nil
	b.tx.Rollback()
}

func (b *Batch) closeStmts() {
	for _, st := range b.stmts {
		st.Close()
	}
	clear(b.stmts)
}

// stmt returns query prepared in the batch's transaction.
func (b *Batch) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := b.stmts[query]; ok {
		return st, nil
	}
	st, err := b.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	b.stmts[query] = st
	return st, nil
}

func (b *Batch) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := b.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// queryRow is QueryRowContext on a prepared statement; a failed prepare
// shows up as the row's error.
func (b *Batch) queryRow(ctx context.Context, query string, args ...any) scanner {
	st, err := b.stmt(ctx, query)
	if err != nil {
		return errRow{err}
	}
	return st.QueryRowContext(ctx, args...)
}

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

// flushIndex writes the pending full-text rows, the pairs of words with a
// common one to the pairs index (pairs.go), the pieces of text in scripts
// without spaces to the second index (see grams.go) and the stems of
// Cyrillic and Arabic words to the third (stems.go), and the headlines
// alone to the headlines index (related.go).
func (b *Batch) flushIndex(ctx context.Context) error {
	for _, r := range b.fts {
		if _, err := b.exec(ctx, `INSERT INTO articles_fts (rowid, title, dek, body_text, authors_text, tags_text) VALUES (?, ?, ?, ?, ?, ?)`,
			r.id, r.title, r.dek, r.body, r.authors, r.tagList); err != nil {
			return fmt.Errorf("index article %d: %w", r.id, err)
		}
		if _, err := b.exec(ctx, `INSERT INTO articles_fts_pairs (rowid, title, dek, body_text, authors_text, tags_text) VALUES (?, ?, ?, ?, ?, ?)`,
			r.id, Pairs(r.title), Pairs(r.dek), r.bodyPairs, Pairs(r.authors), Pairs(r.tagList)); err != nil {
			return fmt.Errorf("index article %d: %w", r.id, err)
		}
		// The headline as each index holds it, for the headlines index;
		// nil where the article is not in that index.
		var heads [2]any
		for i, ix := range [...]struct {
			table string
			has   func(string) bool
			text  func(string) string
		}{{ftsGrams, HasGrams, Grams}, {ftsStems, HasStems, Stems}} {
			if !(ix.has(r.title) || ix.has(r.dek) || ix.has(r.body) || ix.has(r.authors) || ix.has(r.tagList)) {
				continue
			}
			title := ix.text(r.title)
			heads[i] = title
			if _, err := b.exec(ctx, `INSERT INTO `+ix.table+` (rowid, title, dek, body_text, authors_text, tags_text) VALUES (?, ?, ?, ?, ?, ?)`,
				r.id, title, ix.text(r.dek), ix.text(r.body), ix.text(r.authors), ix.text(r.tagList)); err != nil {
				return fmt.Errorf("index article %d: %w", r.id, err)
			}
		}
		if _, err := b.exec(ctx, `INSERT INTO `+ftsHeadlines+` (rowid, title, title_stems, title_grams) VALUES (?, ?, ?, ?)`,
			r.id, r.title, heads[1], heads[0]); err != nil {
			return fmt.Errorf("index article %d: %w", r.id, err)
		}
	}
	b.fts = b.fts[:0]
	return nil
}

// Commit writes the search index of the batch's new articles, updates the
// counts of what it touched, bumps the archive's generation if anything
// changed, and commits. When it fails, the caller's deferred Rollback
// abandons the batch.
func (b *Batch) Commit(ctx context.Context) error {
	defer b.closeStmts()
	if b.changed {
		if err := b.flushIndex(ctx); err != nil {
			return err
		}
		if err := b.recount(ctx); err != nil {
			return err
		}
		if _, err := b.tx.ExecContext(ctx,
			`UPDATE meta SET value = CASE key
				WHEN 'generation' THEN CAST(value AS INTEGER) + 1
				WHEN 'articles' THEN CAST(value AS INTEGER) + ?
				WHEN 'undated' THEN CAST(value AS INTEGER) + ?
				ELSE ? END
			 WHERE key IN ('generation', 'articles', 'undated', 'updated_at')`, b.added, b.undated, b.now); err != nil {
			return fmt.Errorf("bump generation: %w", err)
		}
	}
	if err := b.tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	b.committed = true
	return nil
}

// Source returns what is known of the file at path.
func (b *Batch) Source(ctx context.Context, path string) (Source, error) {
	var s Source
	var primary string
	err := b.queryRow(ctx,
		`SELECT s.article_id, s.file_hash, COALESCE(s.parsed_hash, ''), a.source_path FROM sources s JOIN articles a ON a.id = s.article_id WHERE s.path = ?`,
		path).Scan(&s.ArticleID, &s.FileHash, &s.ParsedHash, &primary)
	if errors.Is(err, sql.ErrNoRows) {
		return s, ErrNotFound
	}
	if err != nil {
		return s, fmt.Errorf("look up source: %w", err)
	}
	s.Primary = primary == path
	return s, nil
}

// ByContentHash finds a stored article with the same content.
func (b *Batch) ByContentHash(ctx context.Context, hash string) (Existing, error) {
	var e Existing
	err := b.queryRow(ctx,
		`SELECT id, slug, source_path FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1`, hash).
		Scan(&e.ID, &e.Slug, &e.SourcePath)
	if errors.Is(err, sql.ErrNoRows) {
		return e, ErrNotFound
	}
	if err != nil {
		return e, fmt.Errorf("look up content: %w", err)
	}
	return e, nil
}

func sortKey(a article.Article) int64 {
	if a.Published == nil {
		return UndatedSortKey
	}
	return a.Published.Unix()
}

func pubDay(a article.Article) any {
	if a.Published == nil {
		return nil
	}
	y, m, d := a.Published.Date()
	return y*10000 + int(m)*100 + d
}

func published(a article.Article) any {
	if p := a.PublishedRFC3339(); p != nil {
		return *p
	}
	return nil
}

func image(a article.Article) (alt, caption, credit string, has bool) {
	if a.Image == nil {
		return "", "", "", false
	}
	return a.Image.Alt, a.Image.Caption, a.Image.Credit, true
}

// Insert stores a new article and returns its id and the slug it got, which
// is the article's own slug made unique against every slug ever used.
func (b *Batch) Insert(ctx context.Context, r Record) (int64, string, error) {
	a := r.Article
	var err error
	if a.Tags, err = b.canonicalTags(ctx, a.Tags); err != nil {
		return 0, "", err
	}
	slug, err := b.freeSlug(ctx, a.Slug, 0)
	if err != nil {
		return 0, "", err
	}
	outletID, err := b.outletID(ctx, a.Outlet)
	if err != nil {
		return 0, "", err
	}
	if outletID != nil {
		b.delta[Outlets][outletID.(int64)]++
	}
	alt, caption, credit, hasImage := image(a)
	authorsText, tagsText := joinAuthors(a), joinTags(a)
	storedText, indexedText := bodyText(a.Body, r.BodyText)
	var id int64
	err = b.queryRow(ctx, `INSERT INTO articles (slug, first_slug, title, dek, outlet_id, published, sort_key,
		reading_minutes, word_count, language, image_alt, image_caption, image_credit, has_image,
		body_md, source_url, body_text, authors_text, tags_text, content_hash, source_path,
		imported_at, updated_at, pub_day, captured_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		slug, slug, a.Title, a.Dek, outletID, published(a), sortKey(a),
		a.ReadingMinutes, a.WordCount, a.Language, alt, caption, credit, hasImage,
		a.Body, a.SourceURL, storedText, authorsText, tagsText, r.ContentHash, r.SourcePath,
		b.now, b.now, pubDay(a), capturedAt(a)).Scan(&id)
	if err != nil {
		return 0, "", fmt.Errorf("insert article: %w", err)
	}
	b.fts = append(b.fts, ftsRow{id, a.Title, a.Dek, indexedText, authorsText, tagsText, r.pairsOfBody(indexedText)})
	b.added++
	if a.Published == nil {
		b.undated++
	}
	if err := b.link(ctx, id, a); err != nil {
		return 0, "", err
	}
	b.changed = true
	return id, slug, nil
}

// Update replaces the stored article id with r, keeping its URL: the slug
// only changes when the title's slug does, and the old one stays as an alias
// that redirects.
func (b *Batch) Update(ctx context.Context, id int64, r Record) (string, error) {
	a := r.Article
	var err error
	if a.Tags, err = b.canonicalTags(ctx, a.Tags); err != nil {
		return "", err
	}
	var cur string
	var oldOutlet sql.NullInt64
	var wasUndated bool
	if err := b.queryRow(ctx, `SELECT slug, outlet_id, published IS NULL FROM articles WHERE id = ?`, id).
		Scan(&cur, &oldOutlet, &wasUndated); err != nil {
		return "", fmt.Errorf("load article %d: %w", id, err)
	}
	if wasUndated {
		b.undated--
	}
	if a.Published == nil {
		b.undated++
	}
	slug := cur
	if !slugFits(cur, a.Slug) {
		var err error
		if slug, err = b.freeSlug(ctx, a.Slug, id); err != nil {
			return "", err
		}
		// The new slug may be one this article had before; it is current
		// again, and the one it replaces becomes an alias.
		if _, err := b.exec(ctx, `DELETE FROM slug_aliases WHERE slug = ? AND article_id = ?`, slug, id); err != nil {
			return "", fmt.Errorf("update aliases: %w", err)
		}
		if _, err := b.exec(ctx, `INSERT INTO slug_aliases (slug, article_id) VALUES (?, ?)`, cur, id); err != nil {
			return "", fmt.Errorf("keep old slug: %w", err)
		}
	}
	outletID, err := b.outletID(ctx, a.Outlet)
	if err != nil {
		return "", err
	}
	if oldOutlet.Valid {
		b.delta[Outlets][oldOutlet.Int64]--
	}
	if outletID != nil {
		b.delta[Outlets][outletID.(int64)]++
	}
	// The update trigger re-indexes the old row: rows this batch inserted
	// must be in the index before it runs.
	if err := b.flushIndex(ctx); err != nil {
		return "", err
	}
	alt, caption, credit, hasImage := image(a)
	storedText, _ := bodyText(a.Body, r.BodyText)
	if _, err := b.exec(ctx, `UPDATE articles SET slug = ?, title = ?, dek = ?, outlet_id = ?, published = ?,
		sort_key = ?, reading_minutes = ?, word_count = ?, language = ?, image_alt = ?, image_caption = ?,
		image_credit = ?, has_image = ?, body_md = ?, source_url = ?, body_text = ?,
		authors_text = ?, tags_text = ?, content_hash = ?, source_path = ?, updated_at = ?, pub_day = ?, captured_at = ? WHERE id = ?`,
		slug, a.Title, a.Dek, outletID, published(a), sortKey(a), a.ReadingMinutes, a.WordCount, a.Language,
		alt, caption, credit, hasImage, a.Body, a.SourceURL, storedText,
		joinAuthors(a), joinTags(a), r.ContentHash, r.SourcePath, b.now, pubDay(a), capturedAt(a), id); err != nil {
		return "", fmt.Errorf("update article: %w", err)
	}
	for _, k := range []Kind{Authors, Tags} {
		table, column := k.links()
		rows, err := b.tx.QueryContext(ctx, `DELETE FROM `+table+` WHERE article_id = ? RETURNING `+column, id)
		if err != nil {
			return "", fmt.Errorf("unlink %s: %w", k, err)
		}
		for rows.Next() {
			var old int64
			if err := rows.Scan(&old); err != nil {
				rows.Close()
				return "", err
			}
			b.delta[k][old]--
		}
		if err := rows.Close(); err != nil {
			return "", fmt.Errorf("unlink %s: %w", k, err)
		}
	}
	if err := b.link(ctx, id, a); err != nil {
		return "", err
	}
	b.changed = true
	return slug, nil
}

// slugFits reports whether the current slug still stands for the wanted one:
// the same, or the same with a "-N" suffix added to make it unique.
func slugFits(cur, want string) bool {
	if cur == want {
		return true
	}
	rest, ok := strings.CutPrefix(cur, want+"-")
	if !ok {
		return false
	}
	_, err := strconv.Atoi(rest)
	return err == nil
}

// freeSlug returns want, or want-2, want-3, … : the first not used by
// another article, current or retired. Slugs that article self held are free
// to it.
//
// Many articles can share a headline ("Live updates"), so the numbered
// slugs of a headline are read in one range scan per batch and remembered,
// instead of probing want-2, want-3, … one query each: that made importing
// k articles with one headline cost k² queries.
func (b *Batch) freeSlug(ctx context.Context, want string, self int64) (string, error) {
	if want == "" {
		want = "article"
	}
	owner, err := b.slugOwner(ctx, want)
	if err != nil {
		return "", err
	}
	if owner == 0 || (self != 0 && owner == self) {
		return want, nil
	}
	sf, ok := b.suffixes[want]
	if !ok {
		if sf, err = b.usedSuffixes(ctx, want); err != nil {
			return "", err
		}
		b.suffixes[want] = sf
	}
	n := 2
	if self == 0 {
		n = sf.next // below it every number is taken
	}
	for ; ; n++ {
		o, taken := sf.used[n]
		if taken && !(self != 0 && o == self) {
			continue
		}
		s := fmt.Sprintf("%s-%d", want, n)
		if !taken {
			// Another headline may have produced this very slug ("Live
			// updates 2") since the scan.
			if o, err = b.slugOwner(ctx, s); err != nil {
				return "", err
			}
			if o != 0 && !(self != 0 && o == self) {
				sf.used[n] = o
				continue
			}
		}
		sf.used[n] = max(self, -1) // -1: the article about to be inserted
		if self == 0 {
			sf.next = n + 1
		}
		return s, nil
	}
}

// suffixSet is the numbers taken after a slug's "-" and their owners.
type suffixSet struct {
	used map[int]int64
	next int
}

// slugOwner returns the article that has or had slug s, or 0.
func (b *Batch) slugOwner(ctx context.Context, s string) (int64, error) {
	var owner int64
	err := b.queryRow(ctx,
		`SELECT id FROM articles WHERE slug = ?1 UNION ALL SELECT article_id FROM slug_aliases WHERE slug = ?1 LIMIT 1`, s).Scan(&owner)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("check slug: %w", err)
	}
	return owner, nil
}

// usedSuffixes reads every want-N slug, current or retired.
func (b *Batch) usedSuffixes(ctx context.Context, want string) (*suffixSet, error) {
	// '-' is followed by '.' in byte order: the range is every slug that
	// starts with want-.
	st, err := b.stmt(ctx, `SELECT slug, id FROM articles WHERE slug > ?1 || '-' AND slug < ?1 || '.'
		UNION ALL SELECT slug, article_id FROM slug_aliases WHERE slug > ?1 || '-' AND slug < ?1 || '.'`)
	if err != nil {
		return nil, fmt.Errorf("check slugs: %w", err)
	}
	rows, err := st.QueryContext(ctx, want)
	if err != nil {
		return nil, fmt.Errorf("check slugs: %w", err)
	}
	defer rows.Close()
	sf := &suffixSet{used: map[int]int64{}, next: 2}
	for rows.Next() {
		var slug string
		var id int64
		if err := rows.Scan(&slug, &id); err != nil {
			return nil, err
		}
		rest := slug[len(want)+1:]
		if n, err := strconv.Atoi(rest); err == nil && n >= 2 && strconv.Itoa(n) == rest {
			sf.used[n] = id
		}
	}
	return sf, rows.Err()
}

// link writes the article's authors and tags, and the copies of its sort key
// that make per-author and per-tag listings one index range each.
func (b *Batch) link(ctx context.Context, id int64, a article.Article) error {
	key := sortKey(a)
	// One statement per link table and article, not one per row: an
	// article has a dozen tags, and each statement run costs more than the
	// row it writes.
	var pairs []byte
	seen := map[int64]bool{}
	add := func(nameID int64, position int) {
		if len(pairs) > 0 {
			pairs = append(pairs, ',')
		}
		pairs = append(pairs, '[')
		pairs = strconv.AppendInt(pairs, nameID, 10)
		pairs = append(pairs, ',')
		pairs = strconv.AppendInt(pairs, int64(position), 10)
		pairs = append(pairs, ']')
	}
	insert := func(k Kind) error {
		if len(pairs) == 0 {
			return nil
		}
		table, column := k.links()
		_, err := b.exec(ctx, `INSERT INTO `+table+` (article_id, `+column+`, position, sort_key)
			SELECT ?, value ->> 0, value ->> 1, ? FROM json_each(?)`, id, key, "["+string(pairs)+"]")
		pairs = pairs[:0]
		clear(seen)
		return err
	}
	for i, name := range a.Authors {
		aid, err := b.nameID(ctx, Authors, name, article.Slugify(name))
		if err != nil {
			return err
		}
		if aid == 0 || seen[aid] {
			continue
		}
		seen[aid] = true
		add(aid, i)
		b.delta[Authors][aid]++
	}
	if err := insert(Authors); err != nil {
		return fmt.Errorf("link authors: %w", err)
	}
	for i, t := range a.Tags {
		tid, err := b.nameID(ctx, Tags, t.Name, t.Slug)
		if err != nil {
			return err
		}
		if tid == 0 || seen[tid] {
			continue
		}
		seen[tid] = true
		add(tid, i)
		b.delta[Tags][tid]++
	}
	if err := insert(Tags); err != nil {
		return fmt.Errorf("link tags: %w", err)
	}
	return nil
}

func (b *Batch) outletID(ctx context.Context, name string) (any, error) {
	id, err := b.nameID(ctx, Outlets, name, article.Slugify(name))
	if err != nil || id == 0 {
		return nil, err
	}
	return id, nil
}

// nameKey names one tag, author or outlet in the writer's memory of ids.
type nameKey struct {
	kind Kind
	slug string
}

// nameID returns the id of the author, tag or outlet with this slug,
// creating it with this display name if it is new. A name with no usable
// slug gets id 0 and is not stored.
func (b *Batch) nameID(ctx context.Context, k Kind, name, slug string) (int64, error) {
	name = strings.TrimSpace(name)
	if name == "" || slug == "" {
		return 0, nil
	}
	key := nameKey{k, slug}
	id, ok := b.ids[key]
	if !ok {
		err := b.queryRow(ctx, `INSERT INTO `+k.table()+` (name, slug) VALUES (?, ?)
			ON CONFLICT (slug) DO UPDATE SET name = name RETURNING id`, name, slug).Scan(&id)
		if err != nil {
			return 0, fmt.Errorf("save %s %q: %w", k.Singular(), name, err)
		}
		b.ids[key] = id
	}
	return id, nil
}

// recount applies the batch's changes to article_count of every author, tag
// and outlet it linked or unlinked, and drops those left with no article
// (their pages 404).
func (b *Batch) recount(ctx context.Context) error {
	for k, ids := range b.delta {
		for id, d := range ids {
			if d == 0 {
				continue
			}
			if _, err := b.exec(ctx, `UPDATE `+k.table()+` SET article_count = article_count + ? WHERE id = ?`, d, id); err != nil {
				return fmt.Errorf("recount %s: %w", k, err)
			}
			if d > 0 {
				continue
			}
			if _, err := b.exec(ctx, `DELETE FROM `+k.table()+` WHERE id = ? AND article_count <= 0`, id); err != nil {
				return fmt.Errorf("drop unused %s: %w", k, err)
			}
			// The name may be gone: the next batch asks again.
			clear(b.ids)
		}
	}
	return nil
}

// bodyText returns what body_text keeps and what the search index gets:
// the plain text, or ” when the view articles_search takes the text from
// body_md instead (they are the same, or there is no text).
func bodyText(md, text string) (stored, indexed string) {
	if text == md || text == "" {
		return "", md
	}
	return text, text
}

func joinAuthors(a article.Article) string { return strings.Join(a.Authors, ", ") }

func joinTags(a article.Article) string {
	names := make([]string, len(a.Tags))
	for i, t := range a.Tags {
		names[i] = t.Name
	}
	return strings.Join(names, ", ")
}
