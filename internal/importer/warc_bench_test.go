package importer_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/morgue-archive/morgue/internal/importer"
)

// BenchmarkParseWARC reads a generated web archive of MORGUE_WARC_MB
// megabytes (64 by default; the README's figure is for 1,024) the way an
// import does, and reports the peak heap: it must not grow with the file.
// Nine tenths of the bytes are pictures (incompressible), the rest story
// pages and section fronts.
func BenchmarkParseWARC(b *testing.B) {
	mb := 64
	if v, err := strconv.Atoi(os.Getenv("MORGUE_WARC_MB")); err == nil && v > 0 {
		mb = v
	}
	path := filepath.Join(b.TempDir(), "big.warc.gz")
	pages := generateWARC(b, path, int64(mb)<<20)
	st, _ := os.Stat(path)
	b.ResetTimer()
	for range b.N {
		var peak atomic.Uint64
		stop := make(chan struct{})
		done := make(chan struct{})
		go func() { // samples the heap while the archive is read
			defer close(done)
			var ms runtime.MemStats
			for {
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak.Load() {
					peak.Store(ms.HeapInuse)
				}
				select {
				case <-stop:
					return
				case <-time.After(20 * time.Millisecond):
				}
			}
		}()
		articles := 0
		importer.ParseWARC(path, func(p importer.WARCPage) {
			if p.Err != nil {
				b.Fatal(p.Err)
			}
			if p.NotArticle == "" {
				articles++
			}
		})
		close(stop)
		<-done
		if articles == 0 || articles > pages {
			b.Fatalf("%d articles of %d pages", articles, pages)
		}
		b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
		b.ReportMetric(float64(st.Size())/(1<<20), "file-MB")
	}
}

// generateWARC writes records until the file reaches size bytes, with
// gowarc's builder, streaming (a 1 GB archive is never held in memory).
// It returns how many story pages it wrote.
func generateWARC(b *testing.B, path string, size int64) int {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	rng := rand.New(rand.NewPCG(1, 2))
	picture := make([]byte, 1<<20)
	var written int64
	pages := 0
	for i := 0; written < size; i++ {
		var http string
		uri := fmt.Sprintf("https://gazette.example/%d", i)
		switch {
		case i%10 == 9: // a story page
			http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + storyPage(fmt.Sprintf("Harbour news number %d of the season", i), "Jane Doe", "2025-03-27", 12)
			pages++
		case i%10 == 8:
			http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + frontPage()
		default:
			for j := range picture {
				picture[j] = byte(rng.Uint32())
			}
			uri += ".jpg"
			http = "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n" + string(picture)
		}
		rb := gowarc.NewRecordBuilder(gowarc.Response, gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true), gowarc.WithAddMissingContentLength(true))
		rb.AddWarcHeader(gowarc.WarcRecordID, fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", i+1))
		rb.AddWarcHeaderTime(gowarc.WarcDate, day1.Add(time.Duration(i)*time.Second))
		rb.AddWarcHeader(gowarc.WarcTargetURI, uri)
		rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
		rb.WriteString(http)
		rec, _, err := rb.Build()
		if err != nil {
			b.Fatal(err)
		}
		var one bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&one, gzip.BestSpeed)
		if _, _, err := gowarc.NewMarshaler().Marshal(zw, rec, 0); err != nil {
			b.Fatal(err)
		}
		rec.Close()
		zw.Close()
		written += int64(one.Len())
		w.Write(one.Bytes())
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	return pages
}
