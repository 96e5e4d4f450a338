package bench_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

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
