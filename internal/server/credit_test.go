package server

import (
	"strings"
	"testing"
	"time"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/store"
)

// A byline of three reads "A, B and C"; an entry shows four tags and
// counts the rest; an undated article has no date strings.
func TestEntryOfAnArticle(t *testing.T) {
	at := time.Date(2025, 3, 27, 10, 45, 0, 0, time.UTC)
	var tags []article.Tag
	for _, n := range []string{"Port Elwin", "Storms", "Ferries", "Fishing", "Harbours", "Weather"} {
		tags = append(tags, article.Tag{Name: n, Slug: article.Slugify(n)})
	}
	it := store.Item{Article: article.Article{Title: "Harbour reopens", Outlet: "Example News", Language: "ar",
		Authors: []string{"Jane Doe", "John Roe", "Ana Núñez"}, Published: &at, ReadingMinutes: 3, Tags: tags}}
	l, err := loadLinks()
	if err != nil {
		t.Fatal(err)
	}
	e := l.entry(&it)
	if got, want := string(e.Credit.Byline), `By <a href="/authors/jane-doe" rel="author">Jane Doe</a>, `+
		`<a href="/authors/john-roe" rel="author">John Roe</a> and <a href="/authors/ana-nunez" rel="author">Ana Núñez</a>`; got != want {
		t.Errorf("byline:\n%s\nwant\n%s", got, want)
	}
	if got, want := string(e.Credit.Outlet), `<a class="outlet" href="/outlets/example-news">Example News</a>`; got != want ||
		e.Credit.DateISO != "2025-03-27T10:45:00Z" || e.Credit.DateText != "March 27, 2025" || e.Dir != "rtl" {
		t.Errorf("credit %+v, dir %q", e.Credit, e.Dir)
	}
	if n := strings.Count(string(e.Tags), "<li>"); n != 4 || !strings.Contains(string(e.Tags), `<a href="/tags/port-elwin" rel="tag">Port Elwin</a>`) || e.MoreTags != 2 {
		t.Errorf("%d tags shown (%s), %d more", n, e.Tags, e.MoreTags)
	}
	it.Published, it.Authors, it.Outlet, it.Language = nil, nil, "", ""
	e = l.entry(&it)
	if e.Credit.DateISO != "" || e.Credit.DateText != "" || e.Credit.Byline != "" || e.Credit.Outlet != "" || e.Dir != "" {
		t.Errorf("undated, unsigned: %+v, dir %q", e.Credit, e.Dir)
	}
}

// A link is html/template's escaping of its own name and slug, whatever
// was asked for before it: hostile names stay text, and a name kept once
// is never shown for another.
func TestNameLinksEscapeAndKeepApart(t *testing.T) {
	l, err := loadLinks()
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // rendered, then kept
		if got, want := string(l.link("author-link", `<script>alert("x")</script>`, "")),
			`<a href="/authors/script-alert-x-script" rel="author">&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;</a>`; got != want {
			t.Errorf("hostile author:\n%s\nwant\n%s", got, want)
		}
		if got, want := string(l.link("tag-link", "Tom & Jerry", `a" onclick="x`)),
			`<li><a href="/tags/a%22%20onclick=%22x" rel="tag">Tom &amp; Jerry</a></li>`; got != want {
			t.Errorf("hostile tag:\n%s\nwant\n%s", got, want)
		}
		if got := string(l.link("outlet-link", "Tom & Jerry", "")); !strings.Contains(got, `href="/outlets/tom-jerry"`) || !strings.HasPrefix(got, `<a class="outlet"`) {
			t.Errorf("an outlet with a tag's name: %s", got)
		}
	}
}
