package importer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/morgue-archive/morgue/internal/corpus"
	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/store"
)

// benchCorpus writes n generated articles once per benchmark.
func benchCorpus(b *testing.B, n int) (dir string, bytes int64) {
	b.Helper()
	dir = filepath.Join(b.TempDir(), "corpus")
	m, err := corpus.Write(dir, corpus.Options{N: n, Seed: 1, MDFraction: corpus.DefaultMDFraction})
	if err != nil {
		b.Fatal(err)
	}
	return dir, m.Bytes
}

// BenchmarkImport imports a generated corpus into a fresh archive per
// iteration; articles/s is the figure to watch.
func BenchmarkImport(b *testing.B) {
	for _, n := range []int{1000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			dir, size := benchCorpus(b, n)
			b.SetBytes(size)
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				dbPath := filepath.Join(b.TempDir(), fmt.Sprintf("m%d.db", i))
				db, err := store.OpenWrite(context.Background(), dbPath)
				if err != nil {
					b.Fatal(err)
				}
				sum, err := importer.Run(context.Background(), db, []string{dir}, importer.Options{})
				db.Close()
				if err != nil || sum.Counts[importer.New] != n {
					b.Fatalf("import: %v, %s", err, sum)
				}
				os.RemoveAll(filepath.Dir(dbPath))
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
