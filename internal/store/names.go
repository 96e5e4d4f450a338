package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/morgue-archive/morgue/internal/article"
)

// checkKind refuses a Kind that is none of the three, whose tables' names
// go into SQL text.
func checkKind(kind Kind) error {
	if !kind.valid() {
		return fmt.Errorf("unknown kind %v", kind)
	}
	return nil
}

// Names returns one page of the names of kind that have articles, A–Z by
// slug (which folds case and accents) or most used first, and how many
// there are.
func (r *Reader) Names(ctx context.Context, kind Kind, byName bool, offset, limit int) ([]Named, int, error) {
	if err := checkKind(kind); err != nil {
		return nil, 0, err
	}
	order := `article_count DESC, slug`
	if byName {
		order = `slug`
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT name, slug, article_count FROM `+kind.table()+
		` WHERE article_count > 0 ORDER BY `+order+` LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", kind, err)
	}
	out, err := scanNames(rows)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", kind, err)
	}
	var total int
	if err := r.conn().QueryRowContext(ctx, `SELECT count(*) FROM `+kind.table()+` WHERE article_count > 0`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count %s: %w", kind, err)
	}
	return out, total, nil
}

type rowScanner interface {
	Next() bool
	Scan(...any) error
	Err() error
	Close() error
}

func scanNames(rows rowScanner) ([]Named, error) {
	defer rows.Close()
	var out []Named
	for rows.Next() {
		var n Named
		if err := rows.Scan(&n.Name, &n.Slug, &n.Count); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// FindNames returns the names of kind that part is a part of (compared as
// slugs, so case, accents and punctuation do not matter), most used first,
// at most limit. A name that is all of part comes alone: "Jane Doe" means
// her, not also "Jane Doe-Smith".
func (r *Reader) FindNames(ctx context.Context, kind Kind, part string, limit int) ([]Named, error) {
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	slug := article.Slugify(part)
	if slug == "" {
		return nil, nil
	}
	var exact Named
	err := r.conn().QueryRowContext(ctx, `SELECT name, slug, article_count FROM `+kind.table()+` WHERE slug = ? AND article_count > 0`, slug).
		Scan(&exact.Name, &exact.Slug, &exact.Count)
	if err == nil {
		return []Named{exact}, nil
	}
	// Slugs hold only a-z, 0-9 and dashes, so the pattern has no wildcard
	// but its own.
	rows, err := r.conn().QueryContext(ctx, `SELECT name, slug, article_count FROM `+kind.table()+
		` WHERE article_count > 0 AND slug LIKE ? ORDER BY article_count DESC, slug LIMIT ?`, "%"+slug+"%", limit)
	if err != nil {
		return nil, fmt.Errorf("find %s: %w", kind, err)
	}
	out, err := scanNames(rows)
	if err != nil {
		return nil, fmt.Errorf("find %s: %w", kind, err)
	}
	return out, nil
}

// GuidePage is one page of an A–Z index, named by its first and last
// names, as a dictionary's guide words.
type GuidePage struct {
	Page        int
	First, Last string
}

// Letter is where the names that start with Letter begin in an A–Z index.
type Letter struct {
	Letter string // "a"–"z", or "0" for names that start with a digit
	Page   int
	Count  int
}

// NameGuide returns the guide words of every page of kind's A–Z index
// (perPage names a page) and the page where each initial starts.
func (r *Reader) NameGuide(ctx context.Context, kind Kind, perPage int) ([]GuidePage, []Letter, error) {
	if err := checkKind(kind); err != nil {
		return nil, nil, err
	}
	numbered := `SELECT row_number() OVER (ORDER BY slug) AS n, name, slug FROM ` + kind.table() + ` WHERE article_count > 0`
	rows, err := r.conn().QueryContext(ctx, `SELECT n, name FROM (`+numbered+`)
		WHERE (n - 1) % ?1 = 0 OR n % ?1 = 0 OR n = (SELECT count(*) FROM `+kind.table()+` WHERE article_count > 0) ORDER BY n`, perPage)
	if err != nil {
		return nil, nil, fmt.Errorf("%s guide: %w", kind, err)
	}
	var pages []GuidePage
	for rows.Next() {
		var n int
		var name string
		if err := rows.Scan(&n, &name); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("%s guide: %w", kind, err)
		}
		p := (n-1)/perPage + 1
		if len(pages) == 0 || pages[len(pages)-1].Page != p {
			pages = append(pages, GuidePage{Page: p, First: name})
		}
		pages[len(pages)-1].Last = name
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s guide: %w", kind, err)
	}
	rows, err = r.conn().QueryContext(ctx, `SELECT substr(slug, 1, 1) AS l, min(n), count(*) FROM (`+numbered+`) GROUP BY l ORDER BY l`)
	if err != nil {
		return nil, nil, fmt.Errorf("%s letters: %w", kind, err)
	}
	defer rows.Close()
	var letters []Letter
	for rows.Next() {
		var l Letter
		var n int
		if err := rows.Scan(&l.Letter, &n, &l.Count); err != nil {
			return nil, nil, fmt.Errorf("%s letters: %w", kind, err)
		}
		l.Page = (n-1)/perPage + 1
		if l.Letter >= "0" && l.Letter <= "9" {
			if len(letters) > 0 && letters[len(letters)-1].Letter == "0" {
				letters[len(letters)-1].Count += l.Count
				continue
			}
			l.Letter = "0"
		}
		letters = append(letters, l)
	}
	return pages, letters, rows.Err()
}

// Initial is the index letter a slug is listed under.
func Initial(slug string) string {
	if slug == "" {
		return ""
	}
	c := strings.ToLower(slug[:1])
	if c >= "0" && c <= "9" {
		return "0"
	}
	return c
}
