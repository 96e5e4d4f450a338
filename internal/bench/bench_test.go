package bench_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/bench"
	"github.com/morgue-archive/morgue/internal/corpus"
	"github.com/morgue-archive/morgue/internal/importer"
)

// BenchmarkBareInsert is the baseline of BenchmarkImport in
// internal/importer: the same corpus, inserted by the bare loop.
func BenchmarkBareInsert(b *testing.B) {
	const n = 1000
	dir := filepath.Join(b.TempDir(), "corpus")
	m, err := corpus.Write(dir, corpus.Options{N: n, Seed: 1, MDFraction: corpus.DefaultMDFraction})
	if err != nil {
		b.Fatal(err)
	}
	files, _, _ := importer.Collect([]string{dir})
	b.SetBytes(m.Bytes)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := bench.BareImport(context.Background(), filepath.Join(b.TempDir(), fmt.Sprintf("b%d.db", i)), files); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func TestParseWrk(t *testing.T) {
	out := `Running 3s test @ http://127.0.0.1:1234
  2 threads and 64 connections
  Latency Distribution
     50%    1.25ms
     75%    2.00ms
     90%    3.10ms
     99%   15.40ms
  31000 requests in 3.00s, 400.00MB read
  Non-2xx or 3xx responses: 3
Requests/sec:  10333.12
Transfer/sec:    133.33MB
`
	ld, err := bench.ParseWrk(out)
	if err != nil || ld.RPS != 10333.12 || ld.P50.Microseconds() != 1250 || ld.P99.Microseconds() != 15400 || ld.Errors != 3 || ld.Requests != 31000 {
		t.Fatalf("%+v %v", ld, err)
	}
}

// A crawl-only run (--only crawl) reports the crawl against the FileServer
// it measured itself, and its targets, and nothing it did not measure.
func TestCrawlOnlyReport(t *testing.T) {
	ld := func(rps float64, p99 time.Duration) bench.Load {
		return bench.Load{RPS: rps, P50: p99 / 4, P99: p99, Requests: int(rps)}
	}
	rep := &bench.Report{Options: bench.Options{Only: bench.OnlyCrawl, Conns: 64, Runs: 1}, Articles: 1000}
	rep.Crawl = bench.CrawlResult{URLs: 1000,
		Crawl:        []bench.Load{ld(300, 80*time.Millisecond)},
		CachedDuring: []bench.Load{ld(960, 10*time.Millisecond)},
		FileDuring:   []bench.Load{ld(1000, 10*time.Millisecond)},
		File:         []bench.Load{ld(2000, 5*time.Millisecond)}}
	var b strings.Builder
	rep.Write(&b)
	out := b.String()
	for _, want := range []string{
		"| crawl (first views) | 300 |",
		"0.150× FileServer",
		"| FileServer, article (no crawl) | 2000 |",
		"| crawl (first views, 64 connections) ≥ 0.10× FileServer | 300 req/s, 0.150× | met |",
		"| crawl p99 ≤ 100 ms | 80 ms | met |",
		"| cached pages during a crawl ≥ 0.95× FileServer during the same crawl | 0.96× (0.48× the FileServer without a crawl) | met |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	for _, not := range []string{"Pages under load", "Search latency", "search page p95", "RSS", "first request"} {
		if strings.Contains(out, not) {
			t.Errorf("report of a crawl-only run has %q:\n%s", not, out)
		}
	}
}
