package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/morgue-archive/morgue/internal/bench"
)

func init() {
	commands["bench"] = command{"measure import, pages and search against baselines in the same run", runBench}
}

func runBench(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("bench", "[--n N] [--seed S] [--runs R] [--import-runs R] [--duration D] [--conns C] [--work DIR] [--only search|crawl]",
		`Generates N articles (reused when the work folder already holds them),
imports them, serves them, and measures, each next to a baseline taken in the
same run:
  - import rate against a bare loop inserting the same texts into a plain
    table and an FTS5 table, 10,000 rows per transaction;
  - requests/s and p50/p99 latency of an article page, the home page, the
    largest tag, page 500 of the newest list and the search page, from
    "morgue serve" (cached pages) and from a server with the page cache off,
    against Go's http.FileServer (and nginx, when installed) serving the
    same rendered bytes from disk; wrk loads them when installed;
  - search latency of a fixed query set against the bare FTS5 query;
  - time from start to the first answered request, and RSS under load.
Prints a Markdown report (medians of the runs) and keeps it, with the raw
figures as JSON, in the work folder. --only search measures the search
query set alone (store, bare and search pages) on the database an earlier
run left in the work folder, and keeps its report apart (report-N-search);
--only crawl measures the crawl alone (first views of the sitemap's
articles, and cached pages and the FileServer beside a crawl) on that
database, with the FileServer on the article pages as its baseline
(report-N-crawl).`, stderr)
	n := fs.Int("n", 10000, "number of `articles`")
	seed := fs.Uint64("seed", 1, "corpus `seed`")
	runs := fs.Int("runs", 3, "load `runs` per page and server, and server starts")
	importRuns := fs.Int("import-runs", 3, "import `runs` (each imports the whole corpus twice: morgue and bare); 0 measures pages and search on the database of the last run")
	duration := fs.Duration("duration", 3*time.Second, "`length` of one load run")
	conns := fs.Int("conns", 64, "concurrent `connections`")
	reps := fs.Int("search-reps", 20, "`repetitions` of each search query")
	work := fs.String("work", "data/bench", "work `folder` for the corpus, databases and logs")
	static := fs.String("static", "", "internal: serve this `folder` with http.FileServer on --addr")
	only := fs.String("only", "", "measure only `part` (search or crawl) on the database of an earlier run")
	addr := fs.String("addr", "127.0.0.1:0", "internal: listen `address` for --static")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if *static != "" {
		fmt.Fprintf(stderr, "morgue bench: %v\n", bench.ServeStatic(*static, *addr))
		return 1
	}
	if *only != "" && *only != bench.OnlySearch && *only != bench.OnlyCrawl {
		fmt.Fprintf(stderr, "morgue bench: --only %q: the parts that run alone are %q and %q\n", *only, bench.OnlySearch, bench.OnlyCrawl)
		return 2
	}
	if fs.NArg() != 0 || *n < 1 || *runs < 1 || *importRuns < 0 || *conns < 1 || *reps < 1 {
		fs.Usage()
		return 2
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "morgue bench: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	rep, err := bench.Run(ctx, bench.Options{
		N: *n, Seed: *seed, Runs: *runs, ImportRuns: *importRuns, Duration: *duration, Conns: *conns,
		SearchReps: *reps, Work: *work, Exe: exe, Log: stderr, Only: *only,
	})
	if err != nil {
		fmt.Fprintf(stderr, "morgue bench: %v\n", err)
		return 1
	}
	rep.Write(stdout)
	base := filepath.Join(*work, fmt.Sprintf("report-%d", *n))
	if *only != "" {
		base += "-" + *only
	}
	f, err := os.Create(base + ".md")
	if err == nil {
		rep.Write(f)
		f.Close()
	}
	if raw, err := json.MarshalIndent(rep, "", "  "); err == nil {
		os.WriteFile(base+".json", raw, 0o644)
	}
	return 0
}
