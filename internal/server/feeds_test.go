package server_test

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
)

// feedCases are every kind of feed with the articles each must carry, newest
// first.
var feedCases = []struct {
	path   string
	titles []string
}{
	{"/feed", []string{"Harbour reopens after the storm", "Storm floods Port Elwin quay", "City council passes budget", "A letter from the archive's readers"}},
	{"/tags/port-elwin/feed", []string{"Harbour reopens after the storm", "Storm floods Port Elwin quay"}},
	{"/authors/jane-doe/feed", []string{"Harbour reopens after the storm", "Storm floods Port Elwin quay"}},
	{"/authors/ola-nordmann/feed", []string{"City council passes budget"}},
	{"/outlets/example-news/feed", []string{"Harbour reopens after the storm", "Storm floods Port Elwin quay"}},
	{"/outlets/daily-planet/feed", []string{"City council passes budget"}},
}

func TestFeedsParse(t *testing.T) {
	f := sample(t)
	for _, c := range feedCases {
		for ext, ct := range map[string]string{
			".atom": "application/atom+xml; charset=utf-8",
			".json": "application/feed+json; charset=utf-8",
		} {
			target := c.path + ext
			a := f.get(target)
			if a.code != 200 || a.header.Get("Content-Type") != ct {
				t.Errorf("GET %s = %d %q", target, a.code, a.header.Get("Content-Type"))
				continue
			}
			feed, err := gofeed.NewParser().ParseString(a.body)
			if err != nil {
				t.Errorf("%s: gofeed: %v", target, err)
				continue
			}
			wantType := map[string]string{".atom": "atom", ".json": "json"}[ext]
			if feed.FeedType != wantType || feed.Title == "" || feed.Link == "" {
				t.Errorf("%s: type %q title %q link %q", target, feed.FeedType, feed.Title, feed.Link)
			}
			if len(feed.Items) != len(c.titles) {
				t.Errorf("%s: %d items, want %d", target, len(feed.Items), len(c.titles))
				continue
			}
			for i, it := range feed.Items {
				if it.Title != c.titles[i] {
					t.Errorf("%s: item %d is %q, want %q", target, i, it.Title, c.titles[i])
				}
				if !strings.HasPrefix(it.GUID, "tag:archive.test,") || !strings.HasPrefix(it.Link, base+"/articles/") {
					t.Errorf("%s: item %d id %q link %q", target, i, it.GUID, it.Link)
				}
				if !strings.Contains(it.Content, "<p>") {
					t.Errorf("%s: item %d has no full content: %q", target, i, it.Content)
				}
				if it.UpdatedParsed == nil {
					t.Errorf("%s: item %d has no updated date", target, i)
				}
			}
		}
	}
}

func TestFeedEntryDetails(t *testing.T) {
	f := sample(t)
	for _, target := range []string{"/feed.atom", "/feed.json"} {
		feed, err := gofeed.NewParser().ParseString(f.get(target).body)
		if err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		h := feed.Items[0]
		if h.PublishedParsed == nil || !h.PublishedParsed.Equal(time.Date(2025, 3, 27, 10, 45, 0, 0, time.UTC)) {
			t.Errorf("%s: published %v", target, h.PublishedParsed)
		}
		if !strings.Contains(h.Content, "<p>The harbour at Port Elwin reopened") || h.Description == "" {
			t.Errorf("%s: content %q description %q", target, h.Content, h.Description)
		}
		if len(h.Authors) != 2 || h.Authors[0].Name != "Jane Doe" || h.Authors[1].Name != "John Roe" {
			t.Errorf("%s: authors %+v", target, h.Authors)
		}
		if strings.Join(h.Categories, ",") != "Port Elwin,Storms,Fishing" && strings.Join(h.Categories, ",") != "port-elwin,storms,fishing" {
			t.Errorf("%s: categories %v", target, h.Categories)
		}
		letter := feed.Items[3]
		// gofeed fills an Atom entry's missing published date from updated,
		// so TestAtomStructure checks that one in the XML itself.
		if letter.UpdatedParsed == nil || (target == "/feed.json" && letter.PublishedParsed != nil) {
			t.Errorf("%s: undated article: published %v updated %v", target, letter.PublishedParsed, letter.UpdatedParsed)
		}
		if strings.Contains(letter.Content, "<script") || !strings.Contains(letter.Content, "An undated letter") {
			t.Errorf("%s: letter content %q", target, letter.Content)
		}
	}
}

// TestAtomStructure checks what gofeed forgives: the elements RFC 4287
// requires of a feed and of every entry.
func TestAtomStructure(t *testing.T) {
	f := sample(t)
	var feed struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Title   string   `xml:"title"`
		Updated string   `xml:"updated"`
		Author  []struct {
			Name string `xml:"name"`
		} `xml:"author"`
		Links []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Entries []struct {
			ID        string  `xml:"id"`
			Title     string  `xml:"title"`
			Updated   string  `xml:"updated"`
			Published *string `xml:"published"`
			Content   struct {
				Type string `xml:"type,attr"`
			} `xml:"content"`
			Links []struct {
				Rel  string `xml:"rel,attr"`
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"entry"`
	}
	body := f.get("/tags/storms/feed.atom").body
	if err := xml.Unmarshal([]byte(body), &feed); err != nil {
		t.Fatal(err)
	}
	if feed.ID == "" || feed.Title == "" || len(feed.Author) == 0 || len(feed.Entries) != 2 {
		t.Fatalf("feed: %+v", feed)
	}
	if _, err := time.Parse(time.RFC3339, feed.Updated); err != nil {
		t.Errorf("feed updated: %v", err)
	}
	self := false
	for _, l := range feed.Links {
		self = self || (l.Rel == "self" && l.Href == base+"/tags/storms/feed.atom")
	}
	if !self {
		t.Errorf("no self link: %+v", feed.Links)
	}
	ids := map[string]bool{}
	for _, e := range feed.Entries {
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil || e.ID == "" || ids[e.ID] || e.Content.Type != "html" {
			t.Errorf("entry %q: id %q updated %q content type %q", e.Title, e.ID, e.Updated, e.Content.Type)
		}
		ids[e.ID] = true
		if e.Published == nil {
			t.Errorf("entry %q has no published date", e.Title)
		}
		if len(e.Links) == 0 || e.Links[0].Rel != "alternate" {
			t.Errorf("entry %q: links %+v", e.Title, e.Links)
		}
	}
	// An undated article has no published date at all, rather than an
	// invented one.
	var site struct {
		Entries []struct {
			Title     string  `xml:"title"`
			Published *string `xml:"published"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(f.get("/feed.atom").body), &site); err != nil {
		t.Fatal(err)
	}
	if n := len(site.Entries); n != 4 || site.Entries[3].Title != "A letter from the archive's readers" || site.Entries[3].Published != nil {
		t.Errorf("undated entry: %+v", site.Entries)
	}
}

func TestJSONFeedRequiredFields(t *testing.T) {
	f := sample(t)
	var feed struct {
		Version     string `json:"version"`
		Title       string `json:"title"`
		HomePageURL string `json:"home_page_url"`
		FeedURL     string `json:"feed_url"`
		Items       []struct {
			ID            string `json:"id"`
			URL           string `json:"url"`
			Title         string `json:"title"`
			ContentHTML   *string
			DatePublished *string `json:"date_published"`
			DateModified  string  `json:"date_modified"`
		} `json:"items"`
	}
	body := f.get("/feed.json").body
	if err := json.Unmarshal([]byte(body), &feed); err != nil {
		t.Fatal(err)
	}
	if feed.Version != "https://jsonfeed.org/version/1.1" || feed.Title == "" || feed.FeedURL != base+"/feed.json" || feed.HomePageURL != base+"/" {
		t.Fatalf("feed: %+v", feed)
	}
	var raw struct {
		Items []map[string]any `json:"items"`
	}
	json.Unmarshal([]byte(body), &raw)
	for i, it := range feed.Items {
		if it.ID == "" || it.URL == "" || it.Title == "" {
			t.Errorf("item %d: %+v", i, it)
		}
		if _, ok := raw.Items[i]["content_html"].(string); !ok {
			t.Errorf("item %d has no content_html", i)
		}
		if _, err := time.Parse(time.RFC3339, it.DateModified); err != nil {
			t.Errorf("item %d: date_modified %v", i, err)
		}
	}
	if feed.Items[3].DatePublished != nil {
		t.Errorf("undated article has date_published %q", *feed.Items[3].DatePublished)
	}
}

func TestFeedErrorsAndCaching(t *testing.T) {
	f := sample(t)
	for _, target := range []string{"/tags/nope/feed.atom", "/authors/nope/feed.json", "/outlets/nope/feed.atom", "/feed.rss", "/tags/storms/feed.xml"} {
		if a := f.get(target); a.code != 404 {
			t.Errorf("GET %s = %d, want 404", target, a.code)
		}
	}
	a := f.get("/feed.atom")
	etag := a.header.Get("ETag")
	if etag == "" || a.header.Get("Last-Modified") == "" {
		t.Fatalf("no validators: %v", a.header)
	}
	if b := f.do("GET", "/feed.atom", "If-None-Match", etag); b.code != 304 {
		t.Errorf("If-None-Match: %d", b.code)
	}
	if b := f.do("GET", "/feed.json", "Accept-Encoding", "gzip"); b.header.Get("Content-Encoding") != "gzip" {
		t.Errorf("feed not compressed: %v", b.header)
	}
	// Read twice: the second answer comes from the cache and must still
	// let other sites' scripts read it.
	for range 2 {
		if a := f.get("/feed.json"); a.header.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("CORS header missing: %v", a.header)
		}
	}
}

// page returns a page with HTML character references decoded (html/template
// writes "+" in attributes as "&#43;"), for comparing with plain text.
func (f *fixture) page(target string) string { return html.UnescapeString(f.get(target).body) }

func TestFeedLinksOnPages(t *testing.T) {
	f := sample(t)
	mustContain(t, "home", f.page("/"),
		`<link rel="alternate" type="application/atom+xml" title="Atom feed: Newest articles – morgue" href="http://archive.test/feed.atom">`,
		`<link rel="alternate" type="application/feed+json" title="JSON Feed: Newest articles – morgue" href="http://archive.test/feed.json">`)
	mustContain(t, "tag", f.page("/tags/port-elwin"),
		`type="application/atom+xml" title="Atom feed: Tagged: Port Elwin – morgue" href="http://archive.test/tags/port-elwin/feed.atom">`,
		`href="http://archive.test/tags/port-elwin/feed.json"`, `href="http://archive.test/feed.atom"`)
	mustContain(t, "author", f.get("/authors/jane-doe").body, `href="http://archive.test/authors/jane-doe/feed.atom"`)
	mustContain(t, "outlet", f.get("/outlets/daily-planet").body, `href="http://archive.test/outlets/daily-planet/feed.json"`)
	mustContain(t, "article", f.get("/articles/harbour-reopens-after-the-storm").body, `href="http://archive.test/feed.atom"`)
	// Every linked feed exists.
	for _, page := range []string{"/", "/tags/port-elwin", "/authors/jane-doe", "/outlets/daily-planet"} {
		links := feedHref.FindAllStringSubmatch(f.page(page), -1)
		if len(links) < 2 {
			t.Errorf("%s links %d feeds", page, len(links))
		}
		for _, m := range links {
			if a := f.get(strings.TrimPrefix(m[1], base)); a.code != 200 {
				t.Errorf("%s links %s, which answers %d", page, m[1], a.code)
			}
		}
	}
}

var feedHref = regexp.MustCompile(`<link rel="alternate" type="[^"]+" title="[^"]*" href="([^"]+)">`)

func TestFeedEntryIDSurvivesRetitle(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.md")
	os.WriteFile(p, []byte("---\ntitle: Old headline\ndate: 2025-01-01\n---\nBody text.\n"), 0o644)
	f := newFixture(t, p)
	before, err := gofeed.NewParser().ParseString(f.get("/feed.atom").body)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(p, []byte("---\ntitle: New headline\ndate: 2025-01-01\n---\nBody text, corrected.\n"), 0o644)
	f.importPaths(p)
	after, err := gofeed.NewParser().ParseString(f.get("/feed.atom").body)
	if err != nil {
		t.Fatal(err)
	}
	if before.Items[0].GUID != after.Items[0].GUID {
		t.Errorf("id changed with the title: %q → %q", before.Items[0].GUID, after.Items[0].GUID)
	}
	if after.Items[0].Title != "New headline" || after.Items[0].Link != base+"/articles/new-headline" {
		t.Errorf("after retitle: %q %q", after.Items[0].Title, after.Items[0].Link)
	}
}

func TestFeedHostileTextAndSize(t *testing.T) {
	dir := t.TempDir()
	for i := range 55 {
		day := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.md", i)), fmt.Appendf(nil,
			"---\ntitle: Note %02d\ndate: %s\n---\nNote %d.\n", i, day.Format("2006-01-02"), i), 0o644)
	}
	hostile := "Tom & Jerry <b>]]></b> \"quoted\" \u2028 </script><script>alert(1)</script>"
	os.WriteFile(filepath.Join(dir, "hostile.md"), []byte("---\ntitle: '"+strings.ReplaceAll(hostile, "'", "''")+
		"'\ndek: 'a ]]> b & c'\ndate: 2030-01-01\nauthors: ['<i>Eve</i>']\ntags: ['A&B']\n---\nBody ]]> with \\<tags\\> & ampersands.\n"), 0o644)
	f := newFixture(t, dir)
	for _, target := range []string{"/feed.atom", "/feed.json"} {
		feed, err := gofeed.NewParser().ParseString(f.get(target).body)
		if err != nil {
			t.Fatalf("%s: %v", target, err)
		}
		if len(feed.Items) != 50 {
			t.Errorf("%s: %d items, want the newest 50", target, len(feed.Items))
		}
		h := feed.Items[0]
		if h.Title != hostile || h.Authors[0].Name != "<i>Eve</i>" || h.Description != "a ]]> b & c" {
			t.Errorf("%s: title %q author %q description %q", target, h.Title, h.Authors[0].Name, h.Description)
		}
		if !strings.Contains(h.Content, "Body ]]&gt; with &lt;tags&gt; &amp; ampersands.") {
			t.Errorf("%s: content %q", target, h.Content)
		}
		if feed.Items[49].Title != "Note 06" {
			t.Errorf("%s: last item %q, want Note 06", target, feed.Items[49].Title)
		}
	}
}
