package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/importer"
)

// warcArticle is one line of `morgue parse FILE.warc.gz`: the fields of
// a parsed page plus when it was captured.
type warcArticle struct {
	article.JSON
	CapturedAt *string  `json:"captured_at"`
	Warnings   []string `json:"warnings"`
}

// parseWARC prints every article of a web archive as JSON Lines, and the
// pages left out and records that failed on stderr.
func parseWARC(path string, stdout, stderr io.Writer) int {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	failed, n, notArticles := 0, 0, 0
	var werr error
	skipped := importer.ParseWARC(path, func(p importer.WARCPage) {
		switch {
		case p.Err != nil:
			failed++
			fmt.Fprintf(stderr, "morgue parse: %v\n", p.Err)
			return
		case p.NotArticle != "":
			notArticles++
			fmt.Fprintf(stderr, "morgue parse: %s: not an article: %s\n", p.URI, p.NotArticle)
			return
		}
		out := warcArticle{JSON: p.Article.JSON(), Warnings: p.Warnings, CapturedAt: p.Article.CapturedRFC3339()}
		if out.Warnings == nil {
			out.Warnings = []string{}
		}
		if err := enc.Encode(out); err != nil && werr == nil {
			werr = err
		}
		n++
	})
	if werr != nil {
		fmt.Fprintf(stderr, "morgue parse: %v\n", werr)
		return 1
	}
	fmt.Fprintf(stderr, "morgue parse: %s: %d articles, %d pages not articles, %d records left out, %d failed\n",
		path, n, notArticles, skipped, failed)
	if failed > 0 {
		return 1
	}
	return 0
}
