package store

import (
	"context"
	"database/sql"
	"fmt"
)

// mergeShare: an import whose new articles are at least 1/mergeShare of
// the archive merges the search indexes (MergeSearchIndexes).
const mergeShare = 4

// MergeSearchIndexes merges each full-text index into one segment (FTS5's
// "optimize") after an import that added added articles, when they are at
// least a quarter of the archive.
//
// An import leaves the index in many segments (each batch makes one, and
// FTS5 merges them only eight at a time): 17 after 100,000 articles, 4
// after 10,000. Every word of a query is then looked up, and each article
// of a phrase or an AND sought, in every segment. With one segment, at
// 100,000 articles, a search took 15–44% less CPU for 15 of the
// benchmark's 17 shapes of query (medians of three rounds, each database
// in its own process: 2- to 6-letter prefixes 25–43%, phrases of names
// 29–41%, OR 39%, a word minus a common one 44%), and the same for a word
// in 9% and a phrase with a common word (+2%, +4%: noise), with the same
// results (ranks depend on the articles and their lengths, not on how the
// index is cut). Merging rewrites the whole index (about 25 s of CPU at
// 100,000 articles), so it is done only when an import grew the archive
// by a quarter or more: the first import, or one that much larger;
// smaller ones leave their segments to FTS5's own merging.
func MergeSearchIndexes(ctx context.Context, db *sql.DB, added int) (bool, error) {
	if added <= 0 {
		return false, nil
	}
	var articles int
	if err := db.QueryRowContext(ctx, `SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'articles'`).Scan(&articles); err != nil {
		return false, fmt.Errorf("merge search indexes: %w", err)
	}
	if added*mergeShare < articles {
		return false, nil
	}
	for _, t := range [...]string{ftsWords, ftsGrams, ftsStems, ftsPairs, ftsHeadlines} {
		if _, err := db.ExecContext(ctx, `INSERT INTO `+t+` (`+t+`) VALUES ('optimize')`); err != nil {
			return false, fmt.Errorf("merge search index %s: %w", t, err)
		}
	}
	return true, nil
}
