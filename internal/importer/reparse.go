package importer

import (
	"context"
	"database/sql"
	"time"

	"github.com/morgue-archive/morgue/internal/store"
)

// reparsePage is how many stored sources are read at once: a few
// megabytes of compressed bytes.
const reparsePage = 500

// Reparse parses every source the archive keeps again, with the current
// parser, from the archive's own bytes: no file needs to exist any more.
// It writes like an import (the same batches, a killed run leaves a
// consistent archive and the next one finishes it): an article whose text
// changes is updated in place, keeps its URL (a new title gets a new slug,
// and the old one redirects) and keeps the state it replaces as a version;
// a source that now makes an article of its own is stored as a new one.
// A second run changes nothing. At the end the archive records the parser
// version, so that an import by the same parser does not run it again.
func Reparse(ctx context.Context, db *sql.DB, opt Options) (Summary, error) {
	start := time.Now()
	sum := Summary{Reparse: true}
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	lister, err := store.OpenSourceLister(ctx, db)
	if err != nil {
		return sum, err
	}
	defer lister.Close()
	total, missing, err := lister.Counts(ctx)
	if err != nil {
		return sum, err
	}
	sum.Missing = missing
	if opt.Start != nil {
		opt.Start(total - missing)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var listErr error
	jobs := func(yield func(func() parsed) bool) {
		after := ""
		for {
			page, err := lister.Page(ctx, after, reparsePage)
			if err != nil {
				listErr = err
				cancel() // the writer stops at once
				return
			}
			for _, src := range page {
				if !yield(func() parsed { return reparseOne(src) }) {
					return
				}
			}
			if len(page) < reparsePage {
				return
			}
			after = page[len(page)-1].Key
		}
	}
	report := func(r Result) {
		sum.add(r)
		if opt.Report != nil {
			opt.Report(r)
		}
	}
	err = runPipeline(ctx, db, jobs, opt, now, report)
	sum.Elapsed = time.Since(start)
	if listErr != nil {
		return sum, listErr
	}
	if err != nil {
		return sum, err
	}
	return sum, store.SetParserVersion(ctx, db, ParserVersion)
}

// reparseOne is parseOne for bytes the archive keeps.
func reparseOne(src store.StoredSource) parsed {
	p := parsed{path: src.Key, known: true, reparse: true}
	data, err := store.Decompress(src.Compression, src.Compressed, src.SHA256)
	if err != nil {
		p.err = err
		return p
	}
	format := src.Format
	if format == "" {
		format = Format(src.Key)
	}
	p.fileHash = fileHash(data)
	if parseSource(&p, format, data) {
		// Stored already: the writer finds the bytes by their hash.
		p.src = src.SourceBytes
		if p.parsedHash == src.ParsedHash && p.fileHash == src.FileHash {
			p.skip = true // the same article by the same parser: nothing to write
		}
	}
	return p
}
