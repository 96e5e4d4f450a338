package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
)

// defaultDB is where the archive lives unless --db says otherwise; the
// folder is git-ignored.
const defaultDB = "data/morgue.db"

func init() {
	commands["import"] = command{"import page-text and Markdown files into the archive", runImport}
}

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("import", "[--db FILE] [-v] [PATH...]",
		`Imports article files into the archive database, creating it if needed.
PATH is a file or a folder (walked recursively; .txt page dumps, .md
Markdown articles with front matter, .html/.htm saved web pages,
.mhtml/.mht pages saved as a single file, and .warc/.warc.gz web archives, whose HTML pages that read as articles are
imported under their URI); the default is seeds/.

A second run over the same files changes nothing; a changed file updates its
article in place and keeps its URL; the same article in two files is stored
once. A bad file is reported with its reason and the rest still import; the
exit code is then 1.`, stderr)
	db := fs.String("db", defaultDB, "archive database `file`")
	verbose := fs.Bool("v", false, "also list every file's outcome and the parser's warnings, and at the end the files whose headline or byline was chosen with low confidence")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"seeds"}
	}
	if *db == defaultDB {
		// The default folder is ours to make; a folder named by the user
		// must exist, so a typo does not scatter databases around.
		if err := os.MkdirAll(filepath.Dir(defaultDB), 0o755); err != nil {
			fmt.Fprintf(stderr, "morgue import: %v\n", err)
			return 1
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	conn, err := store.OpenWrite(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "morgue import: %s: %v\n", *db, err)
		return 1
	}
	defer conn.Close()

	bar := &progress{w: stderr}
	var unsure []importer.Result // listed again at the end, with -v, to be checked first
	reparseFailed := func(r importer.Result) {
		if r.Outcome == importer.Failed {
			fmt.Fprintf(stderr, "morgue import: re-parsing the kept source %s: %s (its article stays as it was)\n", r.Path, r.Note)
		}
	}
	sum, err := importer.Run(ctx, conn, paths, importer.Options{Start: bar.start, StartBytes: bar.startBytes, Bytes: bar.addBytes,
		ReparseReport: reparseFailed, Report: func(r importer.Result) {
			bar.step()
			switch {
			case r.Outcome == importer.Failed:
				bar.printf("morgue import: %s: %s\n", r.Path, r.Note)
			case r.Outcome == importer.Duplicate:
				bar.printf("morgue import: %s: %s\n", r.Path, r.Note)
			case r.Outcome == importer.NotArticle && *verbose:
				bar.printf("%s: skipped, not an article: %s\n", r.Path, r.Note)
			case *verbose:
				bar.printf("%s: %s %s\n", r.Path, r.Outcome, r.Slug)
			}
			if *verbose {
				for _, w := range r.Warnings {
					bar.printf("  warning: %s\n", w)
				}
				if r.Unsure() != nil {
					unsure = append(unsure, r)
				}
			}
		}})
	bar.done()
	if len(unsure) > 0 {
		fmt.Fprintf(stdout, "check these first:\n")
		for _, r := range unsure {
			fmt.Fprintf(stdout, "  %s: %s\n", r.Path, strings.Join(r.Unsure(), "; "))
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "morgue import: %v (files committed before this stay; run again to finish)\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "morgue import: %s\n", sum)
	if sum.Counts[importer.Failed] > 0 {
		return 1
	}
	return 0
}
