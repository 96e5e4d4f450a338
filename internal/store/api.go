package store

import (
	"context"
	"fmt"
	"time"
)

// Bodies fills in Body of items that came from a listing, in
// one query: feeds carry whole articles, listings do not.
func (r *Reader) Bodies(ctx context.Context, items []Item) error {
	if len(items) == 0 {
		return nil
	}
	byID, in := itemIndex(items)
	rows, err := r.conn().QueryContext(ctx, `SELECT id, body_md FROM articles WHERE id IN `+idSet, in)
	if err != nil {
		return fmt.Errorf("load bodies: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var md string
		if err := rows.Scan(&id, &md); err != nil {
			return fmt.Errorf("load bodies: %w", err)
		}
		byID[id].Body = md
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load bodies: %w", err)
	}
	return nil
}

// Link is one page of the site for a sitemap: Kind is "articles", "tags",
// "authors" or "outlets", the first part of its path.
type Link struct {
	Kind     string
	Slug     string
	Modified time.Time // zero for tags, authors and outlets
}

// LinkCounts returns how many article pages and how many tag, author and
// outlet pages the site has.
func (r *Reader) LinkCounts(ctx context.Context) (articles, names int, err error) {
	err = r.conn().QueryRowContext(ctx, `SELECT (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'articles'),
		(SELECT count(*) FROM tags) + (SELECT count(*) FROM authors) + (SELECT count(*) FROM outlets)`).
		Scan(&articles, &names)
	if err != nil {
		return 0, 0, fmt.Errorf("count pages: %w", err)
	}
	return articles, names, nil
}

// ArticleLinks returns one slice of every article's current slug and last
// change, in import order so that a page of the sitemap keeps its articles
// when newer ones arrive.
func (r *Reader) ArticleLinks(ctx context.Context, offset, limit int) ([]Link, error) {
	rows, err := r.conn().QueryContext(ctx, `SELECT slug, updated_at FROM articles ORDER BY id LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("article links: %w", err)
	}
	defer rows.Close()
	var out []Link
	for rows.Next() {
		l := Link{Kind: "articles"}
		var updated string
		if err := rows.Scan(&l.Slug, &updated); err != nil {
			return nil, fmt.Errorf("article links: %w", err)
		}
		l.Modified, _ = time.Parse(time.RFC3339, updated)
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("article links: %w", err)
	}
	return out, nil
}

// NameLinks returns one slice of every tag, author and outlet page.
func (r *Reader) NameLinks(ctx context.Context, offset, limit int) ([]Link, error) {
	rows, err := r.conn().QueryContext(ctx, `SELECT kind, slug FROM (
		SELECT 'tags' AS kind, slug FROM tags UNION ALL
		SELECT 'authors', slug FROM authors UNION ALL
		SELECT 'outlets', slug FROM outlets) ORDER BY kind, slug LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("name links: %w", err)
	}
	defer rows.Close()
	var out []Link
	for rows.Next() {
		var l Link
		if err := rows.Scan(&l.Kind, &l.Slug); err != nil {
			return nil, fmt.Errorf("name links: %w", err)
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("name links: %w", err)
	}
	return out, nil
}
