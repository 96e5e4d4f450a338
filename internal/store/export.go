package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/morgue-archive/morgue/internal/article"
)

// Exported is an article with everything the archive keeps about it.
type Exported struct {
	Item
	// Aliases are the article's retired slugs, which redirect to it.
	Aliases []string
	// SourceSHA256 identifies the bytes the article was imported from
	// ("" when not kept); Source holds them when the export asked for them.
	SourceSHA256 string
	Source       []byte
}

// exportPage is how many articles Export holds in memory at once.
const exportPage = 500

// Export calls fn for every article, in import order, bodies, names and
// aliases included. It reads inside one transaction, so an import running
// beside it can neither split an article from its tags nor make the export
// see some of its changes and not others. An error from fn stops the walk
// and is returned as it is.
func (r *Reader) Export(ctx context.Context, fn func(Exported) error) error {
	return r.export(ctx, false, fn)
}

// ExportSources is Export with every article's kept source bytes.
func (r *Reader) ExportSources(ctx context.Context, fn func(Exported) error) error {
	return r.export(ctx, true, fn)
}

func (r *Reader) export(ctx context.Context, withBytes bool, fn func(Exported) error) error {
	tx, err := r.conn().db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer tx.Rollback()
	var after int64
	for {
		page, err := exportBatch(ctx, tx, after, withBytes)
		if err != nil {
			return err
		}
		for _, e := range page {
			if err := fn(e); err != nil {
				return err
			}
		}
		if len(page) < exportPage {
			return nil
		}
		after = page[len(page)-1].ID
	}
}

// exportBatch loads the articles after id in full.
func exportBatch(ctx context.Context, tx *sql.Tx, after int64, withBytes bool) ([]Exported, error) {
	rows, err := tx.QueryContext(ctx, `SELECT `+listColumns+`, a.body_md`+fromArticles+
		`WHERE a.id > ? ORDER BY a.id LIMIT ?`, after, exportPage)
	if err != nil {
		return nil, fmt.Errorf("export articles: %w", err)
	}
	var page []Exported
	for rows.Next() {
		it, err := scanItem(rows, true)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("export articles: %w", err)
		}
		page = append(page, Exported{Item: it})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("export articles: %w", err)
	}
	if len(page) == 0 {
		return nil, nil
	}
	byID := make(map[int64]*Exported, len(page))
	ids := make([]string, len(page))
	for i := range page {
		byID[page[i].ID] = &page[i]
		ids[i] = strconv.FormatInt(page[i].ID, 10)
	}
	in := strings.Join(ids, ",") // integers only: safe to inline
	err = eachRow(ctx, tx, `SELECT x.article_id, n.name, n.slug FROM article_authors x JOIN authors n ON n.id = x.author_id
		WHERE x.article_id IN (`+in+`) ORDER BY x.article_id, x.position`, func(id int64, name, _ string) {
		byID[id].Authors = append(byID[id].Authors, name)
	})
	if err != nil {
		return nil, fmt.Errorf("export authors: %w", err)
	}
	err = eachRow(ctx, tx, `SELECT x.article_id, n.name, n.slug FROM article_tags x JOIN tags n ON n.id = x.tag_id
		WHERE x.article_id IN (`+in+`) ORDER BY x.article_id, x.position`, func(id int64, name, slug string) {
		byID[id].Tags = append(byID[id].Tags, article.Tag{Name: name, Slug: slug})
	})
	if err != nil {
		return nil, fmt.Errorf("export tags: %w", err)
	}
	err = eachRow(ctx, tx, `SELECT article_id, slug, '' FROM slug_aliases WHERE article_id IN (`+in+`) ORDER BY article_id, slug`,
		func(id int64, slug, _ string) { byID[id].Aliases = append(byID[id].Aliases, slug) })
	if err != nil {
		return nil, fmt.Errorf("export aliases: %w", err)
	}
	if err := exportSources(ctx, tx, in, withBytes, byID); err != nil {
		return nil, err
	}
	return page, nil
}

// eachRow runs a query of (id, text, text) rows and hands each to fn.
func eachRow(ctx context.Context, tx *sql.Tx, query string, fn func(int64, string, string)) error {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var a, b string
		if err := rows.Scan(&id, &a, &b); err != nil {
			return err
		}
		fn(id, a, b)
	}
	return rows.Err()
}
