package server_test

import (
	"context"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/server"
	"github.com/morgue-archive/morgue/internal/store"
)

type sitemapIndexXML struct {
	XMLName  xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
	Sitemaps []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"sitemap"`
}

type urlSetXML struct {
	XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"url"`
}

// withSitemapLimit serves f's archive with at most n URLs per sitemap.
func withSitemapLimit(t *testing.T, f *fixture, n int) *fixture {
	t.Helper()
	ro, err := store.OpenRead(context.Background(), f.dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ro.Close() })
	srv, err := server.New(store.NewReader(ro), server.Config{BaseURL: base, SitemapURLs: n})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{t: t, dbPath: f.dbPath, h: srv}
}

// walkSitemaps reads the index and every sitemap it names, and returns
// each sitemap's URLs by the sitemap's path. Sitemaps have a lastmod unless
// nothing was ever imported.
func walkSitemaps(t *testing.T, f *fixture, wantLastMod bool) (order []string, urls map[string][]string) {
	t.Helper()
	a := f.get("/sitemap.xml")
	if a.code != 200 || a.header.Get("Content-Type") != "application/xml; charset=utf-8" {
		t.Fatalf("sitemap.xml = %d %q", a.code, a.header.Get("Content-Type"))
	}
	var idx sitemapIndexXML
	if err := xml.Unmarshal([]byte(a.body), &idx); err != nil {
		t.Fatalf("sitemap.xml: %v\n%s", err, a.body)
	}
	urls = map[string][]string{}
	for _, sm := range idx.Sitemaps {
		if _, err := time.Parse(time.RFC3339, sm.LastMod); (wantLastMod || sm.LastMod != "") && err != nil {
			t.Errorf("%s: lastmod %q", sm.Loc, sm.LastMod)
		}
		path, ok := strings.CutPrefix(sm.Loc, base)
		if !ok {
			t.Fatalf("sitemap %q is not on the site", sm.Loc)
		}
		c := f.get(path)
		var set urlSetXML
		if c.code != 200 {
			t.Fatalf("%s = %d", path, c.code)
		}
		if err := xml.Unmarshal([]byte(c.body), &set); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		order = append(order, path)
		for _, u := range set.URLs {
			urls[path] = append(urls[path], u.Loc)
			if strings.Contains(u.Loc, "/articles/") {
				if _, err := time.Parse(time.RFC3339, u.LastMod); err != nil {
					t.Errorf("%s: lastmod %q", u.Loc, u.LastMod)
				}
			}
		}
	}
	return order, urls
}

func TestSitemapSplitsAtTheLimit(t *testing.T) {
	f := withSitemapLimit(t, sample(t), 3)
	order, urls := walkSitemaps(t, f, true)
	// 4 articles; 3 site pages + 6 tags + 3 authors + 2 outlets = 14 pages.
	want := []string{"/sitemaps/articles-1.xml", "/sitemaps/articles-2.xml",
		"/sitemaps/pages-1.xml", "/sitemaps/pages-2.xml", "/sitemaps/pages-3.xml", "/sitemaps/pages-4.xml", "/sitemaps/pages-5.xml"}
	if strings.Join(order, " ") != strings.Join(want, " ") {
		t.Fatalf("index lists %v, want %v", order, want)
	}
	seen := map[string]bool{}
	articles := 0
	for _, path := range order {
		if n := len(urls[path]); n == 0 || n > 3 {
			t.Errorf("%s has %d URLs", path, n)
		}
		for _, u := range urls[path] {
			if seen[u] {
				t.Errorf("%s listed twice", u)
			}
			seen[u] = true
			if strings.HasPrefix(u, base+"/articles/") {
				articles++
			}
			// Every URL is a page that exists.
			if a := f.get(strings.TrimPrefix(u, base)); a.code != 200 {
				t.Errorf("%s (in %s) = %d", u, path, a.code)
			}
		}
	}
	if articles != 4 || len(seen) != 18 {
		t.Errorf("%d article URLs and %d in all, want 4 and 18", articles, len(seen))
	}
	for _, u := range []string{base + "/", base + "/tags", base + "/archive", base + "/tags/port-elwin",
		base + "/authors/ola-nordmann", base + "/outlets/daily-planet", base + "/articles/a-letter-from-the-archives-readers"} {
		if !seen[u] {
			t.Errorf("%s missing from the sitemaps", u)
		}
	}
	for _, path := range []string{"/sitemaps/articles-3.xml", "/sitemaps/pages-6.xml", "/sitemaps/articles-0.xml",
		"/sitemaps/articles-01.xml", "/sitemaps/articles-x.xml", "/sitemaps/articles-.xml", "/sitemaps/other-1.xml",
		"/sitemaps/articles-99999999999999999999.xml"} {
		if a := f.get(path); a.code != 404 {
			t.Errorf("GET %s = %d, want 404", path, a.code)
		}
	}
}

func TestSitemapDefaultLimit(t *testing.T) {
	if server.MaxSitemapURLs != 50000 {
		t.Fatalf("MaxSitemapURLs = %d, the protocol's limit is 50,000", server.MaxSitemapURLs)
	}
	order, urls := walkSitemaps(t, sample(t), true)
	if len(order) != 2 || len(urls["/sitemaps/articles-1.xml"]) != 4 || len(urls["/sitemaps/pages-1.xml"]) != 14 {
		t.Fatalf("sitemaps %v: %v", order, urls)
	}
}

func TestSitemapOfEmptyArchive(t *testing.T) {
	f := newFixture(t)
	order, urls := walkSitemaps(t, f, false)
	// A sitemap index needs at least one sitemap, and a sitemap one URL.
	if fmt.Sprint(order) != "[/sitemaps/pages-1.xml]" || len(urls[order[0]]) != 3 {
		t.Fatalf("empty archive: %v %v", order, urls)
	}
	if a := f.get("/sitemaps/articles-1.xml"); a.code != 404 {
		t.Errorf("articles-1.xml of an empty archive = %d", a.code)
	}
	if a := f.get("/feed.atom"); a.code != 200 || !strings.Contains(a.body, "<updated>1970-01-01T00:00:00Z</updated>") {
		t.Errorf("feed of an empty archive: %d\n%s", a.code, a.body)
	}
}

func TestRobots(t *testing.T) {
	f := sample(t)
	a := f.get("/robots.txt")
	if a.code != 200 || a.header.Get("Content-Type") != "text/plain; charset=utf-8" {
		t.Fatalf("robots.txt = %d %q", a.code, a.header.Get("Content-Type"))
	}
	mustContain(t, "robots.txt", a.body, "User-agent: *\n", "Disallow: /search\n", "\nSitemap: http://archive.test/sitemap.xml\n")
	// Disallow: /search must not keep crawlers off the articles.
	for _, line := range strings.Split(a.body, "\n") {
		if p, ok := strings.CutPrefix(line, "Disallow: "); ok && (strings.HasPrefix("/articles/x", p) || p == "/") {
			t.Errorf("robots.txt disallows %q", p)
		}
	}
}
