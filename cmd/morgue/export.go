package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/morgue-archive/morgue/internal/exporter"
	"github.com/morgue-archive/morgue/internal/store"
)

func init() {
	commands["export"] = command{"write every article out as JSON Lines or as Markdown files", runExport}
}

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("export", "[--db FILE] --format jsonl|md [--with-source] DIR_OR_FILE",
		`Writes every article of the archive out, reading the database read-only.

  --format jsonl FILE   one JSON object per line with every field: those of
                        "morgue parse" plus html, imported_at, updated_at,
                        aliases (retired slugs) and source_sha256 (of the
                        bytes the article was imported from). With
                        --with-source, also the source itself ("source", or
                        "source_base64" when it is not UTF-8). FILE "-" is
                        standard output.
  --format md DIR       one Markdown file with front matter per article,
                        named SLUG.md, into DIR (created if needed; it must
                        be empty). "morgue import DIR" reads it back into an
                        archive with the same articles, slugs and tags.

Every Markdown file is read back as the importer would read it; an article
that would not come back unchanged is named on standard error and the exit
code is 1.`, stderr)
	db := fs.String("db", defaultDB, "archive database `file`")
	format := fs.String("format", "", "`jsonl` or md")
	withSource := fs.Bool("with-source", false, "jsonl: include each article's source text as the archive keeps it")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if *format != "jsonl" && *format != "md" {
		if *format == "" {
			fmt.Fprintln(stderr, "morgue export: choose a format with --format jsonl or --format md")
		} else {
			fmt.Fprintf(stderr, "morgue export: unknown format %q: use jsonl or md\n", *format)
		}
		fs.Usage()
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "morgue export: name one output: a file (or -) for jsonl, a folder for md")
		fs.Usage()
		return 2
	}
	if *withSource && *format != "jsonl" {
		fmt.Fprintln(stderr, "morgue export: --with-source goes with --format jsonl (Markdown files hold the article, not its source)")
		return 2
	}
	out := fs.Arg(0)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	conn, err := store.OpenRead(ctx, *db)
	if err != nil {
		fmt.Fprintf(stderr, "morgue export: %v\n", err)
		return 1
	}
	defer conn.Close()
	src := store.NewReader(conn)

	start := time.Now()
	var n int
	if *format == "jsonl" {
		write := func(ctx context.Context, w io.Writer) (int, error) { return exporter.JSONL(ctx, src, w) }
		if *withSource {
			write = func(ctx context.Context, w io.Writer) (int, error) { return exporter.JSONLWithSources(ctx, src, w) }
		}
		n, err = exportJSONL(ctx, write, out, stdout)
		if err != nil {
			fmt.Fprintf(stderr, "morgue export: %v\n", err)
			return 1
		}
	} else {
		var problems []exporter.Problem
		n, problems, err = exporter.MarkdownDir(ctx, src, out)
		if err != nil {
			fmt.Fprintf(stderr, "morgue export: %s: %v\n", out, err)
			return 1
		}
		for _, p := range problems {
			fmt.Fprintf(stderr, "morgue export: %s: %v\n", filepath.Join(out, p.Slug+".md"), p.Err)
		}
		if len(problems) > 0 {
			fmt.Fprintf(stderr, "morgue export: %d of %d articles would not import back unchanged\n", len(problems), n)
			return 1
		}
	}
	where := out
	if out == "-" {
		where = "standard output"
	}
	fmt.Fprintf(stderr, "morgue export: %d articles to %s in %s\n", n, where, time.Since(start).Round(time.Millisecond))
	return 0
}

// exportJSONL writes to stdout for "-"; otherwise to a temporary file beside
// path that replaces it only once complete, so a failed or interrupted
// export never leaves half a file under the name asked for.
func exportJSONL(ctx context.Context, write func(context.Context, io.Writer) (int, error), path string, stdout io.Writer) (int, error) {
	if path == "-" {
		w := bufio.NewWriter(stdout)
		n, err := write(ctx, w)
		if err != nil {
			return n, err
		}
		return n, w.Flush()
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return 0, fmt.Errorf("%s is a folder: jsonl goes to a file (md goes to a folder)", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return 0, fmt.Errorf("create output: %w", err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	w := bufio.NewWriterSize(tmp, 1<<20)
	n, err := write(ctx, w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	return n, nil
}
