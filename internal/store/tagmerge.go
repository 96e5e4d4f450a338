package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/tagger"
)

// One subject, one tag: each tag a new or changed article brings is filed
// under the name the archive already uses for its subject (tagger.Index
// says which), and a tag that a fuller name takes over is merged into it.
// The merged tag's articles move to the fuller one, its slug becomes an
// alias that redirects, and its row goes with the batch's recount.

// tagIndex returns the writer's index of the archive's tags, reading it
// at the first use in an import. An archive tagged before the rule had
// its duplicates merged then.
func (b *Batch) tagIndex(ctx context.Context) (*tagger.Index, error) {
	if b.w.tags != nil {
		return b.w.tags, nil
	}
	idx := tagger.NewIndex()
	rows, err := b.tx.QueryContext(ctx, `SELECT name, slug, article_count FROM tags`)
	if err != nil {
		return nil, fmt.Errorf("load tags: %w", err)
	}
	for rows.Next() {
		var t article.Tag
		var n int
		if err := rows.Scan(&t.Name, &t.Slug, &n); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load tags: %w", err)
		}
		idx.Add(t, n)
	}
	if err := rows.Close(); err != nil {
		return nil, fmt.Errorf("load tags: %w", err)
	}
	rows, err = b.tx.QueryContext(ctx, `SELECT slug, target FROM tag_aliases`)
	if err != nil {
		return nil, fmt.Errorf("load tag aliases: %w", err)
	}
	for rows.Next() {
		var slug, target string
		if err := rows.Scan(&slug, &target); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load tag aliases: %w", err)
		}
		idx.AddAlias(slug, target)
	}
	if err := rows.Close(); err != nil {
		return nil, fmt.Errorf("load tag aliases: %w", err)
	}
	for _, m := range idx.Consolidate() {
		if err := b.mergeTag(ctx, m); err != nil {
			return nil, err
		}
	}
	b.w.tags = idx
	return idx, nil
}

// canonicalTags returns the tags under which the archive files tags, in
// their order, once each, merging the tags that one of them takes over.
func (b *Batch) canonicalTags(ctx context.Context, tags []article.Tag) ([]article.Tag, error) {
	if len(tags) == 0 {
		return tags, nil
	}
	idx, err := b.tagIndex(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]article.Tag, 0, len(tags))
	for _, t := range tags {
		c, merges := idx.Resolve(t)
		for _, m := range merges {
			if err := b.mergeTag(ctx, m); err != nil {
				return nil, err
			}
		}
		dup := false
		for _, o := range out {
			dup = dup || o.Slug == c.Slug
		}
		if !dup {
			out = append(out, c)
			idx.Use(c.Slug)
		}
	}
	return out, nil
}

// mergeTag files every article of m.From under m.Into and keeps m.From's
// slug as an alias of m.Into's.
func (b *Batch) mergeTag(ctx context.Context, m tagger.Merge) error {
	var from int64
	err := b.queryRow(ctx, `SELECT id FROM tags WHERE slug = ?`, m.From.Slug).Scan(&from)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("merge tag %q: %w", m.From.Name, err)
	}
	into, err := b.nameID(ctx, Tags, m.Into.Name, m.Into.Slug)
	if err != nil {
		return err
	}
	if from != 0 && into != 0 {
		// The articles' tag lists change, which re-indexes them: rows this
		// batch inserted must be in the index first.
		if err := b.flushIndex(ctx); err != nil {
			return err
		}
		res, err := b.exec(ctx, `INSERT INTO article_tags (article_id, tag_id, position, sort_key)
			SELECT article_id, ?2, position, sort_key FROM article_tags f WHERE f.tag_id = ?1
			AND NOT EXISTS (SELECT 1 FROM article_tags i WHERE i.article_id = f.article_id AND i.tag_id = ?2)`, from, into)
		if err != nil {
			return fmt.Errorf("merge tag %q: %w", m.From.Name, err)
		}
		added, _ := res.RowsAffected()
		if _, err := b.exec(ctx, `UPDATE articles SET tags_text = (
				SELECT coalesce(group_concat(name, ', '), '') FROM (
					SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id
					WHERE x.article_id = articles.id AND x.tag_id <> ?1 ORDER BY x.position))
			WHERE id IN (SELECT article_id FROM article_tags WHERE tag_id = ?1)`, from); err != nil {
			return fmt.Errorf("merge tag %q: %w", m.From.Name, err)
		}
		if _, err := b.exec(ctx, `DELETE FROM article_tags WHERE tag_id = ?`, from); err != nil {
			return fmt.Errorf("merge tag %q: %w", m.From.Name, err)
		}
		b.delta[Tags][into] += int(added)
		// The merged tag goes now, not with the recount: links this batch
		// gave it leave its count unchanged.
		delete(b.delta[Tags], from)
		if _, err := b.exec(ctx, `DELETE FROM tags WHERE id = ?`, from); err != nil {
			return fmt.Errorf("merge tag %q: %w", m.From.Name, err)
		}
		clear(b.ids)
	}
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO tag_aliases (slug, target) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET target = excluded.target`,
			[]any{m.From.Slug, m.Into.Slug}},
		{`UPDATE tag_aliases SET target = ? WHERE target = ?`, []any{m.Into.Slug, m.From.Slug}},
		{`DELETE FROM tag_aliases WHERE slug = ?`, []any{m.Into.Slug}},
	} {
		if _, err := b.exec(ctx, q.sql, q.args...); err != nil {
			return fmt.Errorf("alias tag %q: %w", m.From.Name, err)
		}
	}
	b.changed = true
	return nil
}

// TagAlias returns the slug of the tag that the tag with this slug was
// merged into.
func (r *Reader) TagAlias(ctx context.Context, slug string) (string, error) {
	var cur string
	err := r.conn().QueryRowContext(ctx,
		`SELECT t.slug FROM tag_aliases a JOIN tags t ON t.slug = a.target WHERE a.slug = ?`, slug).Scan(&cur)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	if err != nil {
		return "", fmt.Errorf("tag alias %q: %w", slug, err)
	}
	return cur, nil
}
