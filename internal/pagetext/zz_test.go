package pagetext

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

func TestZZPerPage(t *testing.T) {
	paths, _ := filepath.Glob("../../../shared/devset/*.txt")
	type r struct {
		p     string
		d     time.Duration
		n, ln int
	}
	var rs []r
	var tot time.Duration
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		Parse(data)
		st := time.Now()
		for i := 0; i < 20; i++ {
			Parse(data)
		}
		d := time.Since(st) / 20
		tot += d
		rs = append(rs, r{filepath.Base(p), d, len(data), len(splitLines(string(data)))})
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].d > rs[j].d })
	for _, x := range rs[:12] {
		t.Logf("%s %v %d bytes %d lines", x.p, x.d, x.n, x.ln)
	}
	t.Logf("total %v", tot)
}

func BenchmarkZZOne(b *testing.B) {
	data, _ := os.ReadFile("../../../shared/devset/" + os.Getenv("ZZPAGE") + ".txt")
	for b.Loop() {
		Parse(data)
	}
}
