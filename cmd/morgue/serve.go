package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/morgue-archive/morgue/internal/server"
	"github.com/morgue-archive/morgue/internal/store"
)

func init() {
	commands["serve"] = command{"serve the archive as a website", runServe}
}

// serveMemoryLimit is a soft ceiling on the Go heap of morgue serve
// (GOMEMLIMIT in the environment overrides it). What the server keeps
// (rendered pages up to 32 MB, member sets up to 8 MB, the surroundings
// of article pages) was 23 MB after the benchmark's page loads at 100,000
// articles, but the heap grew to twice what was live before a collection.
// With this limit and two read connections per core instead of four
// (store.OpenRead), the process took 117-119 MB under those loads instead
// of 138-144 MB (two runs each). Collecting at half again what is live
// (GOGC=50) took it to 105 MB, but cost a crawl of first views a third
// of its pages per second. 72 MB, not 64: since the facet index is loaded
// after the first answer (store's WarmFacets), its 4-5 MB at 100,000
// articles stay live from the start, and at 64 MB the collector ran so
// often under a crawl that cached pages beside it fell from 1.09-1.15x
// the FileServer (12f9dc6, four crawl-only runs) to 1.01-1.04x (two
// runs), and 0.95x in one full run; at 72 MB they read 1.21x and 1.22x
// (two runs, alternated with the others on a quiet machine).
const serveMemoryLimit = 72 << 20

// serveGCPercent is GOGC for morgue serve (GOGC in the environment
// overrides it): collect when the heap has grown to 2.5 times what is
// live, not twice. Under a crawl of first views the live heap is about
// 18 MB and every page allocates about 90 KB, so at GOGC=100 a collection
// ran every 140 pages (about 8% of their CPU). The memory limit above
// still caps the heap when the page cache is full. 150, not 200: in
// crawls of the 100,000-article archive on a quiet machine (morgue bench
// --only crawl, one run each), 100 gave the crawl 0.097x the FileServer
// with cached pages beside it at 1.04x; 150 gave 0.105x / 0.97x and
// 0.105x / 0.95x; 200 gave 0.090x / 0.86x, 0.111x / 0.88x and
// 0.124x / 0.93x: the faster crawl took the processor from the readers
// of cached pages, whom issue 15 keeps at 0.95x or better.
const serveGCPercent = 150

// shutdownGrace is how long in-flight requests get to finish on SIGTERM.
const shutdownGrace = 10 * time.Second

// wrapHandler lets tests put a slow handler in front of the site to check
// that shutdown waits for requests already running.
var wrapHandler = func(h http.Handler) http.Handler { return h }

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[--db FILE] [--addr HOST:PORT] [--base-url URL] [--cpuprofile FILE]",
		`Serves the archive read-only over HTTP. The database is opened read-only:
the server can never change it, and an import run beside it shows up
without a restart. SIGINT or SIGTERM stop it after in-flight requests end.`, stderr)
	db := fs.String("db", defaultDB, "archive database `file`")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	base := fs.String("base-url", "", "public `URL` of the site for canonical links and feeds (default http://ADDR)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to `file` (for go tool pprof), to see where a request's time goes")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() != 0 {
		fmt.Fprintf(stderr, "morgue serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	logOut := newLogBuffer(stderr)
	defer logOut.Close()
	logger := slog.New(urgentFlush{slog.NewTextHandler(logOut, nil), logOut})
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "morgue serve: %v\n", err)
			return 1
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			fmt.Fprintf(stderr, "morgue serve: cpu profile: %v\n", err)
			return 1
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	reader, err := store.OpenReader(ctx, *db, func(err error) {
		if err != nil {
			logger.Error("database replaced", "error", err)
		} else {
			logger.Info("database replaced: now serving the new file", "db", *db)
		}
	})
	if err != nil {
		fmt.Fprintf(stderr, "morgue serve: %v\n", err)
		return 1
	}
	defer reader.Close()
	if *base == "" {
		*base = "http://" + *addr
	}
	procs := runtime.GOMAXPROCS(0)
	if os.Getenv("GOMAXPROCS") == "" {
		// One Go processor more than there are processors: while a
		// crawl renders pages on all but one of them, readers of cached
		// pages have two Go processors, as a static file server has
		// its threads beside the crawl, not one. With as many as there
		// are processors, cached pages under a crawl were 0.83× the
		// FileServer under the same crawl.
		runtime.GOMAXPROCS(procs + 1)
	}
	site, err := server.New(reader, server.Config{BaseURL: *base, Logger: logger, Processors: procs})
	if err != nil {
		fmt.Fprintf(stderr, "morgue serve: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "morgue serve: %v\n", err)
		return 1
	}
	srv := server.HTTPServer(*addr, wrapHandler(site))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	logger.Info("serving", "url", "http://"+ln.Addr().String(), "db", *db)

	select {
	case err := <-errc:
		fmt.Fprintf(stderr, "morgue serve: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	logger.Info("shutting down: finishing in-flight requests")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "morgue serve: shutdown: %v\n", err)
		return 1
	}
	return 0
}
