package server

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// A crawl asks for many pages once each; the pages readers come back to
// must stay in the cache meanwhile, and the crawled ones take no more
// than the probation share.
func TestCrawlDoesNotPushReadPagesOut(t *testing.T) {
	const limit = 64 << 10
	c := newPageCache(limit)
	v := version{1, 1}
	page := func(i int) *response {
		return newResponse(200, "text/html; charset=utf-8", []byte(fmt.Sprint(i, strings.Repeat("x", 2000))), time.Time{})
	}
	c.put(v, "/articles/read", page(0))
	if c.get(v, "/articles/read") == nil {
		t.Fatal("a page just rendered is not kept")
	}
	for i := 1; i <= 1000; i++ {
		c.put(v, fmt.Sprintf("/articles/crawled-%d", i), page(i))
	}
	if c.get(v, "/articles/read") == nil {
		t.Error("a page asked for twice was pushed out by a crawl")
	}
	if c.get(v, "/articles/crawled-1000") == nil {
		t.Error("the page the crawl rendered last is not kept")
	}
	if c.probSize > limit/probationShare || c.size > limit {
		t.Errorf("the crawl holds %d bytes of %d (at most %d), the cache %d", c.probSize, limit, limit/probationShare, c.size)
	}
}

// Readers cycling through more pages than probation holds (the harness
// loads 1,000 articles in turn) have them kept after their second render
// at most, not rendered again on every round.
func TestPagesAskedForInTurnAreKept(t *testing.T) {
	const limit = 256 << 10
	c := newPageCache(limit)
	v := version{1, 1}
	const pages = 40 // 40 × 2.9 KB: more than probation's 32 KB, less than the cache
	renders := 0
	for round := 0; round < 5; round++ {
		for i := range pages {
			key := fmt.Sprintf("/articles/%d", i)
			if c.get(v, key) == nil {
				renders++
				c.put(v, key, newResponse(200, "text/html; charset=utf-8", []byte(fmt.Sprint(i, strings.Repeat("x", 2000))), time.Time{}))
			}
		}
	}
	if renders > 2*pages {
		t.Errorf("%d pages asked for in turn 5 times were rendered %d times, want at most %d", pages, renders, 2*pages)
	}
}
