package server_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestSustainedLoad runs concurrent clients over a mix of pages and
// searches for MORGUE_LOAD_SECONDS (2 by default; the README's figures come
// from 60) and requires zero errors and a heap that stops growing once the
// page cache is warm.
func TestSustainedLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test")
	}
	secs := 2
	if v, err := strconv.Atoi(os.Getenv("MORGUE_LOAD_SECONDS")); err == nil && v > 0 {
		secs = v
	}
	dir := t.TempDir()
	for i := range 400 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.md", i)), fmt.Appendf(nil,
			"---\ntitle: Report %03d on harbour %d\ndate: 20%02d-%02d-%02d\ntags: [Harbours, Region %d]\nauthors: [Writer %d]\n---\n"+
				"Report number %d about the harbour, the river and the storm of year %d.\n\nA second paragraph about boats %d.\n",
			i, i%7, 10+i%15, 1+i%12, 1+i%28, i%9, i%13, i, 2000+i%20, i), 0o644)
	}
	f := newFixture(t, dir, "testdata/articles")
	ts := httptest.NewServer(f.h)
	defer ts.Close()
	targets := []string{"/", "/?page=5", "/tags", "/tags/harbours", "/tags/harbours?page=3", "/archive", "/archive/2015",
		"/authors/writer-3", "/articles/report-007-on-harbour-0", "/articles/harbour-reopens-after-the-storm",
		"/search?q=harbour", "/search?q=storm+river", "/search?q=%22the+river%22", "/search?q=boat*&sort=date",
		"/search?q=harbour&tag=region-3", "/search?q=nothingmatches", "/nope"}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	var requests, failures atomic.Int64
	var firstErr atomic.Value
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}
	stop := time.Now().Add(time.Duration(secs) * time.Second)
	warm := time.Now().Add(time.Duration(secs) * time.Second / 4)
	var warmHeap uint64
	var wg sync.WaitGroup
	for w := range 16 {
		wg.Go(func() {
			for i := w; time.Now().Before(stop); i++ {
				target := targets[i%len(targets)]
				resp, err := client.Get(ts.URL + target)
				requests.Add(1)
				if err != nil {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				want := 200
				if target == "/nope" {
					want = 404
				}
				if resp.StatusCode != want {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, fmt.Sprintf("%s: %d", target, resp.StatusCode))
				}
			}
		})
	}
	time.Sleep(time.Until(warm))
	warmHeap = heap()
	wg.Wait()
	endHeap := heap()
	n, bad := requests.Load(), failures.Load()
	t.Logf("%d requests in %ds (%.0f/s), %d errors; heap in use %.1f MB after warm-up, %.1f MB at the end",
		n, secs, float64(n)/float64(secs), bad, float64(warmHeap)/1e6, float64(endHeap)/1e6)
	if bad != 0 {
		t.Errorf("%d of %d requests failed; first: %v", bad, n, firstErr.Load())
	}
	if endHeap > warmHeap+warmHeap/2+8<<20 {
		t.Errorf("heap grew from %d to %d bytes under steady load", warmHeap, endHeap)
	}
}
