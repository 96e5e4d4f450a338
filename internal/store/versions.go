package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/morgue-archive/morgue/internal/article"
)

// Articles are edited after publication: headlines change, corrections are
// added. The articles row is always the current state; every earlier state
// whose text differed is kept in article_versions (migration 0004).

// Revise replaces the stored article id with r, as Update does, and first
// keeps the stored state as a version of its own when what a reader sees of
// it changes: headline, dek, byline, outlet, date, picture words or body.
// A change of tags or reading time alone makes no version.
func (b *Batch) Revise(ctx context.Context, id int64, r Record) (string, error) {
	a := r.Article
	var title, dek, authors, outletSlug, alt, caption, credit, body string
	var pub sql.NullString
	var hasImage bool
	err := b.queryRow(ctx, `SELECT a.title, a.dek, a.authors_text, COALESCE(o.slug, ''), a.published,
			a.has_image, a.image_alt, a.image_caption, a.image_credit, a.body_md
		FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?`, id).
		Scan(&title, &dek, &authors, &outletSlug, &pub, &hasImage, &alt, &caption, &credit, &body)
	if err != nil {
		return "", fmt.Errorf("load article %d: %w", id, err)
	}
	newAlt, newCaption, newCredit, newHasImage := image(a)
	newPub, _ := published(a).(string)
	if title != a.Title || dek != a.Dek || authors != joinAuthors(a) || outletSlug != article.Slugify(a.Outlet) ||
		pub.String != newPub || hasImage != newHasImage || alt != newAlt || caption != newCaption ||
		credit != newCredit || body != a.Body {
		if err := b.keepVersion(ctx, id); err != nil {
			return "", err
		}
	}
	return b.Update(ctx, id, r)
}

// keepVersion copies the stored state of article id into article_versions,
// with the bytes it was parsed from, before it is replaced.
func (b *Batch) keepVersion(ctx context.Context, id int64) error {
	_, err := b.exec(ctx, `INSERT INTO article_versions (article_id, version, title, dek, authors_text, outlet,
			published, language, image_alt, image_caption, image_credit, source_url, source_path, blob_id,
			seen_at, replaced_at, body_md)
		SELECT a.id, COALESCE(last.version, 0) + 1, a.title, a.dek, a.authors_text, COALESCE(o.name, ''),
			a.published, a.language, a.image_alt, a.image_caption, a.image_credit, a.source_url, a.source_path,
			(SELECT blob_id FROM sources WHERE path = a.source_path),
			COALESCE(last.replaced_at, a.imported_at), ?2, a.body_md
		FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
		LEFT JOIN (SELECT version, replaced_at FROM article_versions WHERE article_id = ?1 ORDER BY version DESC LIMIT 1) last
		WHERE a.id = ?1`, id, b.now)
	if err != nil {
		return fmt.Errorf("keep version of article %d: %w", id, err)
	}
	return nil
}

// Version is one state of an article, as the archive stored it.
type Version struct {
	Number    int
	Title     string
	Dek       string
	Authors   string // the byline's names, comma-separated
	Outlet    string
	Published *time.Time
	Language  string
	Image     *article.Image
	SourceURL string
	// The source it was parsed from: its key and, when the bytes are kept,
	// their SHA-256.
	SourceKey    string
	SourceSHA256 string
	SeenAt       time.Time  // when the archive first stored this state
	ReplacedAt   *time.Time // nil for the current state
	Body         string     // Markdown
}

// Current reports whether v is the article as it is now.
func (v Version) Current() bool { return v.ReplacedAt == nil }

const versionColumns = `title, dek, authors_text, outlet, published, language, image_alt, image_caption,
	image_credit, source_url, source_path, COALESCE(sha256, ''), seen_at, replaced_at, body_md`

// Versions returns every state of article id, oldest first; the last one
// is the current state. An article that never changed has one.
func (r *Reader) Versions(ctx context.Context, id int64) ([]Version, error) {
	rows, err := r.conn().QueryContext(ctx, `SELECT version, `+versionColumns+` FROM (
			SELECT v.version, v.title, v.dek, v.authors_text, v.outlet, v.published, v.language, v.image_alt,
				v.image_caption, v.image_credit, v.source_url, v.source_path, b.sha256, v.seen_at, v.replaced_at, v.body_md
			FROM article_versions v LEFT JOIN source_blobs b ON b.id = v.blob_id WHERE v.article_id = ?1
			UNION ALL
			SELECT (SELECT count(*) FROM article_versions WHERE article_id = ?1) + 1, a.title, a.dek, a.authors_text,
				COALESCE(o.name, ''), a.published, a.language, a.image_alt, a.image_caption, a.image_credit,
				a.source_url, a.source_path, b.sha256,
				COALESCE((SELECT replaced_at FROM article_versions WHERE article_id = ?1 ORDER BY version DESC LIMIT 1), a.imported_at),
				NULL, a.body_md
			FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
			LEFT JOIN sources s ON s.path = a.source_path LEFT JOIN source_blobs b ON b.id = s.blob_id
			WHERE a.id = ?1)
		ORDER BY version`, id)
	if err != nil {
		return nil, fmt.Errorf("versions of article %d: %w", id, err)
	}
	defer rows.Close()
	var out []Version
	for rows.Next() {
		var v Version
		var pub, replaced sql.NullString
		var seen, alt, caption, credit string
		if err := rows.Scan(&v.Number, &v.Title, &v.Dek, &v.Authors, &v.Outlet, &pub, &v.Language, &alt, &caption,
			&credit, &v.SourceURL, &v.SourceKey, &v.SourceSHA256, &seen, &replaced, &v.Body); err != nil {
			return nil, fmt.Errorf("versions of article %d: %w", id, err)
		}
		if pub.Valid {
			if t, err := time.Parse(time.RFC3339, pub.String); err == nil {
				v.Published = &t
			}
		}
		if alt != "" || caption != "" || credit != "" {
			v.Image = &article.Image{Alt: alt, Caption: caption, Credit: credit}
		}
		v.SeenAt, _ = time.Parse(time.RFC3339, seen)
		if replaced.Valid {
			t, _ := time.Parse(time.RFC3339, replaced.String)
			v.ReplacedAt = &t
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("versions of article %d: %w", id, err)
	}
	if len(out) == 0 {
		return nil, ErrNotFound
	}
	return out, nil
}

// Provenance is what an article page says of where its text comes from.
type Provenance struct {
	SourceKey  string
	SourceKind string
	// SHA256 and Size are those of the kept bytes; SHA256 is "" when the
	// archive was made before sources were kept and the file was not
	// imported again since.
	SHA256   string
	Size     int64
	Versions int // states the article has had, the current one included
}

// Provenance returns the source and the number of versions of article id.
func (r *Reader) Provenance(ctx context.Context, id int64) (Provenance, error) {
	var p Provenance
	var kind, sha sql.NullString
	var size sql.NullInt64
	err := r.conn().QueryRowContext(ctx, `SELECT a.source_path, s.kind, b.sha256, b.size,
			(SELECT count(*) FROM article_versions WHERE article_id = a.id) + 1
		FROM articles a LEFT JOIN sources s ON s.path = a.source_path LEFT JOIN source_blobs b ON b.id = s.blob_id
		WHERE a.id = ?`, id).Scan(&p.SourceKey, &kind, &sha, &size, &p.Versions)
	if errors.Is(err, sql.ErrNoRows) {
		return p, ErrNotFound
	}
	if err != nil {
		return p, fmt.Errorf("provenance of article %d: %w", id, err)
	}
	p.SourceKind, p.SHA256, p.Size = kind.String, sha.String, size.Int64
	if p.SourceKind == "" {
		p.SourceKind = KindFile
	}
	return p, nil
}

// VersionCounts returns how many states each of items has had, for those
// that have had more than one.
func (r *Reader) VersionCounts(ctx context.Context, items []Item) (map[int64]int, error) {
	out := map[int64]int{}
	if len(items) == 0 {
		return out, nil
	}
	_, in := itemIndex(items)
	rows, err := r.conn().QueryContext(ctx, `SELECT article_id, count(*) + 1 FROM article_versions
		WHERE article_id IN `+idSet+` GROUP BY article_id`, in)
	if err != nil {
		return nil, fmt.Errorf("count versions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			return nil, fmt.Errorf("count versions: %w", err)
		}
		out[id] = n
	}
	return out, rows.Err()
}

// SourceOf returns the kept bytes of article id's source: of its current
// state when version is 0, else of that version. ErrNotFound when there
// is no such version or its bytes were not kept.
func (r *Reader) SourceOf(ctx context.Context, id int64, version int) (SourceFile, error) {
	var f SourceFile
	var kind, first, last sql.NullString
	var compression string
	var data []byte
	query := `SELECT a.source_path, s.kind, s.first_seen, s.seen_at, s.format, b.sha256, b.size, b.compression, b.data
		FROM articles a JOIN sources s ON s.path = a.source_path JOIN source_blobs b ON b.id = s.blob_id
		WHERE a.id = ?1 AND ?2 = 0`
	if version != 0 {
		query = `SELECT v.source_path, s.kind, s.first_seen, s.seen_at, COALESCE(s.format, ''), b.sha256, b.size, b.compression, b.data
		FROM article_versions v JOIN source_blobs b ON b.id = v.blob_id LEFT JOIN sources s ON s.path = v.source_path
		WHERE v.article_id = ?1 AND v.version = ?2`
	}
	err := r.conn().QueryRowContext(ctx, query, id, version).
		Scan(&f.Key, &kind, &first, &last, &f.Format, &f.SHA256, &f.Size, &compression, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return f, ErrNotFound
	}
	if err != nil {
		return f, fmt.Errorf("source of article %d: %w", id, err)
	}
	f.Kind = kind.String
	if f.Kind == "" {
		f.Kind = KindFile
	}
	f.FirstSeen, _ = time.Parse(time.RFC3339, first.String)
	f.LastSeen, _ = time.Parse(time.RFC3339, last.String)
	if f.Data, err = Decompress(compression, data, f.SHA256); err != nil {
		return f, fmt.Errorf("source of article %d: %w", id, err)
	}
	return f, nil
}

// SlugByID returns the current slug of article id, for links that never
// change.
func (r *Reader) SlugByID(ctx context.Context, id int64) (string, error) {
	var slug string
	err := r.conn().QueryRowContext(ctx, `SELECT slug FROM articles WHERE id = ?`, id).Scan(&slug)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("article %d: %w", id, err)
	}
	return slug, nil
}

// Candidate is a stored article that an edited copy of it could be a new
// version of: one with the same headline.
type Candidate struct {
	Existing
	OutletSlug string
	PubDay     int    // YYYYMMDD as the page stated it; 0 when undated
	Text       string // the body's plain text
}

// Candidates returns the articles whose slug is slug or slug-N (the same
// headline), at most a few: an index range, so that every new article can
// afford the question.
func (b *Batch) Candidates(ctx context.Context, slug string) ([]Candidate, error) {
	st, err := b.stmt(ctx, `SELECT a.id, a.slug, a.source_path, COALESCE(o.slug, ''), COALESCE(a.pub_day, 0),
			CASE WHEN a.body_text = '' THEN a.body_md ELSE a.body_text END
		FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id
		WHERE a.slug = ?1 OR (a.slug > ?1 || '-' AND a.slug < ?1 || '.') LIMIT 8`)
	if err != nil {
		return nil, fmt.Errorf("find earlier versions: %w", err)
	}
	rows, err := st.QueryContext(ctx, slug)
	if err != nil {
		return nil, fmt.Errorf("find earlier versions: %w", err)
	}
	defer rows.Close()
	var out []Candidate
	for rows.Next() {
		var c Candidate
		if err := rows.Scan(&c.ID, &c.Slug, &c.SourcePath, &c.OutletSlug, &c.PubDay, &c.Text); err != nil {
			return nil, fmt.Errorf("find earlier versions: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
