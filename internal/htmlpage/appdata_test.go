package htmlpage_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A page a script framework draws in the browser, saved with its frame
// and a placeholder, gives the story, writer and date its data script
// carries beside the headline; data about another story (a longer
// teaser of the next one) gives nothing, and a page that shows its
// story keeps it.
func TestAppDataStory(t *testing.T) {
	body := "<p>" + strings.Join(english, "</p><p>") + "</p>"
	other := strings.Repeat("<p>The ferry to Gull Rock ran to its timetable again on Friday, the operator said, with every crossing full before noon.</p>", 4)
	data := func(story map[string]any) string {
		props := map[string]any{"article": story}
		if story["title"] != nil {
			props["next"] = []any{map[string]any{"title": "Ferry back on time", "html": other, "authors": []any{map[string]any{"name": "Ivo Marsh"}}}}
		}
		b, _ := json.Marshal(map[string]any{"props": map[string]any{"pageProps": props}})
		return `<script id="__NEXT_DATA__" type="application/json">` + string(b) + `</script>`
	}
	story := map[string]any{"title": "Harbour reopens after the storm", "html": body,
		"authors": []any{map[string]any{"name": "Nell Ashby"}}, "publishedAt": "2024-10-04T09:45:00Z"}
	head := `<title>Harbour reopens after the storm | Elwin Post</title><meta property="og:title" content="Harbour reopens after the storm">`
	thin := `<!doctype html><html lang="en"><head>` + head + `</head><body><div id="__next"><header><a href="/">Elwin Post</a></header><main><div aria-busy="true">Loading…</div></main></div>` + data(story) + `</body></html>`
	a, err := parse(t, thin)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, english[0]) || !strings.Contains(a.Body, english[2]) || strings.Contains(a.Body, "Gull Rock") {
		t.Errorf("thin page: body %q", a.Body)
	}
	if strings.Join(a.Authors, ",") != "Nell Ashby" || a.Published == nil || a.Published.Format("2006-01-02") != "2024-10-04" {
		t.Errorf("thin page: authors %q, published %v", a.Authors, a.Published)
	}
	a, _ = parse(t, strings.Replace(thin, data(story), data(map[string]any{"html": body}), 1))
	if !strings.Contains(a.Body, english[1]) {
		t.Errorf("thin page, no headline in the data: body %q", a.Body)
	}
	shown := `<!doctype html><html lang="en"><head>` + head + `</head><body><article><h1>Harbour reopens after the storm</h1>` + body + `</article>` + data(story) + `</body></html>`
	a, _ = parse(t, shown)
	if strings.Contains(a.Body, "Gull Rock") || !strings.Contains(a.Body, english[1]) {
		t.Errorf("shown story: body %q", a.Body)
	}
}

func parse(t *testing.T, page string) (article.Article, error) {
	t.Helper()
	a, _, err := htmlpage.Parse([]byte(page))
	return a, err
}
