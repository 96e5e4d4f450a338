package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
)

func init() {
	commands["reparse"] = command{"parse every article again from the sources the archive keeps", runReparse}
}

func runReparse(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("reparse", "[--db FILE] [-v]",
		`Parses every source the archive keeps again with this morgue's parser,
from the bytes stored in the archive: the original files are not needed.

An article whose text changes is updated in place and keeps its URL (a new
title gets a new slug, and the old one redirects to it); the state it
replaces is kept as a version (see /articles/SLUG/history). A source that
now makes an article of its own is added. A second run changes nothing.
Prints new / changed / unchanged / duplicate / failed, like import; the exit
code is 1 when any source failed to parse (its article stays as it was).`, stderr)
	db := fs.String("db", defaultDB, "archive database `file`")
	verbose := fs.Bool("v", false, "also list every source's outcome")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "morgue reparse: unexpected argument %q: reparse reads the archive, not files\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if _, err := os.Stat(*db); err != nil {
		fmt.Fprintf(stderr, "morgue reparse: database %s does not exist: run \"morgue import --db %s\" first\n", *db, *db)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	conn, err := store.OpenWrite(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "morgue reparse: %s: %v\n", *db, err)
		return 1
	}
	defer conn.Close()

	bar := &progress{w: stderr}
	sum, err := importer.Reparse(ctx, conn, importer.Options{Start: bar.start, Report: func(r importer.Result) {
		bar.step()
		switch {
		case r.Outcome == importer.Failed:
			bar.printf("morgue reparse: %s: %s\n", r.Path, r.Note)
		case *verbose:
			bar.printf("%s: %s %s\n", r.Path, r.Outcome, r.Slug)
		}
	}})
	bar.done()
	if err != nil {
		fmt.Fprintf(stderr, "morgue reparse: %v (batches committed before this stay; run again to finish)\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "morgue reparse: %s\n", sum)
	if sum.Counts[importer.Failed] > 0 {
		return 1
	}
	return 0
}
