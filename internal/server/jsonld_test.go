package server_test

import (
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

var (
	ldScript = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)
	metaTag  = regexp.MustCompile(`<meta (?:property|name)="([^"]+)" content="([^"]*)">`)
)

// linkedData returns the page's one JSON-LD object, decoded.
func linkedData(t *testing.T, what, body string) map[string]any {
	t.Helper()
	m := ldScript.FindAllStringSubmatch(body, -1)
	if len(m) != 1 {
		t.Fatalf("%s: %d JSON-LD blocks, want 1", what, len(m))
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(m[0][1]), &v); err != nil {
		t.Fatalf("%s: JSON-LD does not parse: %v\n%s", what, err, m[0][1])
	}
	return v
}

// metas returns the page's OpenGraph and Twitter properties, values
// decoded, in page order.
func metas(body string) map[string][]string {
	out := map[string][]string{}
	for _, m := range metaTag.FindAllStringSubmatch(body, -1) {
		out[m[1]] = append(out[m[1]], html.UnescapeString(m[2]))
	}
	return out
}

// roundTrip turns a Go value into what encoding/json makes of it as JSON,
// so that expectations compare with decoded JSON-LD.
func roundTrip(t *testing.T, v any) any {
	t.Helper()
	b, _ := json.Marshal(v)
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestArticleStructuredData(t *testing.T) {
	f := sample(t)
	body := f.get("/articles/harbour-reopens-after-the-storm").body
	ld := linkedData(t, "article", body)
	want := map[string]any{
		"@context":            "https://schema.org",
		"@type":               "NewsArticle",
		"headline":            "Harbour reopens after the storm",
		"description":         "Fishing boats return to Port Elwin three weeks after the flood.",
		"url":                 base + "/articles/harbour-reopens-after-the-storm",
		"mainEntityOfPage":    map[string]any{"@type": "WebPage", "@id": base + "/articles/harbour-reopens-after-the-storm"},
		"datePublished":       "2025-03-27T10:45:00Z",
		"isAccessibleForFree": true,
		"inLanguage":          "en",
		"isBasedOn":           "https://example.com/harbour",
		"keywords":            []any{"Port Elwin", "Storms", "Fishing"},
		"publisher":           map[string]any{"@type": "Organization", "name": "Example News", "url": base + "/outlets/example-news"},
		"author": []any{
			map[string]any{"@type": "Person", "name": "Jane Doe", "url": base + "/authors/jane-doe"},
			map[string]any{"@type": "Person", "name": "John Roe", "url": base + "/authors/john-roe"},
		},
	}
	for k, v := range want {
		if !reflect.DeepEqual(ld[k], roundTrip(t, v)) {
			t.Errorf("%s = %#v, want %#v", k, ld[k], v)
		}
	}
	if s, _ := ld["dateModified"].(string); !strings.HasSuffix(s, "Z") {
		t.Errorf("dateModified = %v", ld["dateModified"])
	}

	m := metas(body)
	for k, v := range map[string][]string{
		"og:type":                {"article"},
		"og:title":               {"Harbour reopens after the storm"},
		"og:description":         {"Fishing boats return to Port Elwin three weeks after the flood."},
		"og:url":                 {base + "/articles/harbour-reopens-after-the-storm"},
		"og:site_name":           {"morgue"},
		"article:published_time": {"2025-03-27T10:45:00Z"},
		"article:tag":            {"Port Elwin", "Storms", "Fishing"},
		"article:author":         {base + "/authors/jane-doe", base + "/authors/john-roe"},
		"twitter:card":           {"summary"},
		"twitter:title":          {"Harbour reopens after the storm"},
	} {
		if !reflect.DeepEqual(m[k], v) {
			t.Errorf("%s = %q, want %q", k, m[k], v)
		}
	}
	if len(m["article:modified_time"]) != 1 {
		t.Errorf("article:modified_time = %q", m["article:modified_time"])
	}
}

func TestUndatedArticleStructuredData(t *testing.T) {
	f := sample(t)
	body := f.get("/articles/a-letter-from-the-archives-readers").body
	ld := linkedData(t, "undated", body)
	if _, ok := ld["datePublished"]; ok {
		t.Errorf("undated article has datePublished %v", ld["datePublished"])
	}
	if _, ok := ld["author"]; ok {
		t.Errorf("article without byline has author %v", ld["author"])
	}
	// No outlet known: the archive publishes its copy.
	if p, _ := ld["publisher"].(map[string]any); p["name"] != "morgue" || p["@type"] != "Organization" {
		t.Errorf("publisher = %v", ld["publisher"])
	}
	if ld["dateModified"] == nil || ld["isAccessibleForFree"] != true {
		t.Errorf("ld = %v", ld)
	}
	if m := metas(body); m["article:published_time"] != nil || m["og:type"][0] != "article" {
		t.Errorf("undated meta: %v", m)
	}
}

func TestStructuredDataCannotBreakOut(t *testing.T) {
	title := `</script><script>alert(1)</script> <!-- & "quotes" ` + "\u2028" + ` end`
	p := filepath.Join(t.TempDir(), "x.md")
	os.WriteFile(p, []byte("---\ntitle: '"+title+"'\ndek: '</SCRIPT><img src=x onerror=alert(2)>'\nauthors: ['</script>Eve']\ntags: ['<b>bold</b>']\n---\nBody.\n"), 0o644)
	f := newFixture(t, p)
	a := f.get("/articles/script-script-alert-1-script-quotes-end")
	if a.code != 200 {
		t.Fatalf("article = %d", a.code)
	}
	if n := strings.Count(strings.ToLower(a.body), "<script"); n != 1 {
		t.Fatalf("%d script elements, want only the JSON-LD one", n)
	}
	if strings.Contains(a.body, "<img") || strings.Contains(a.body, "<!--") {
		t.Fatal("markup from the article's text reached the page")
	}
	ld := linkedData(t, "hostile", a.body)
	if ld["headline"] != title || ld["description"] != "</SCRIPT><img src=x onerror=alert(2)>" {
		t.Errorf("headline %q description %q", ld["headline"], ld["description"])
	}
	if au, _ := ld["author"].([]any); len(au) != 1 || au[0].(map[string]any)["name"] != "</script>Eve" {
		t.Errorf("author = %v", ld["author"])
	}
	if m := metas(a.body); len(m["og:title"]) != 1 || m["og:title"][0] != title || m["article:tag"][0] != "<b>bold</b>" {
		t.Errorf("meta: %q", m)
	}
}

func TestListingStructuredData(t *testing.T) {
	f := sample(t)
	crumbs := func(ld map[string]any) []string {
		var out []string
		bc, _ := ld["breadcrumb"].(map[string]any)
		items, _ := bc["itemListElement"].([]any)
		for i, it := range items {
			m := it.(map[string]any)
			if m["position"] != float64(i+1) || m["@type"] != "ListItem" {
				t.Errorf("crumb %d: %v", i, m)
			}
			out = append(out, m["name"].(string)+" "+m["item"].(string))
		}
		return out
	}
	listed := func(ld map[string]any) []string {
		var out []string
		me, _ := ld["mainEntity"].(map[string]any)
		items, _ := me["itemListElement"].([]any)
		for _, it := range items {
			out = append(out, it.(map[string]any)["url"].(string))
		}
		return out
	}
	for target, want := range map[string]struct {
		crumbs []string
		items  int
	}{
		"/":                       {nil, 4},
		"/tags/port-elwin":        {[]string{"morgue " + base + "/", "Tags " + base + "/tags", "Port Elwin " + base + "/tags/port-elwin"}, 2},
		"/authors/jane-doe":       {[]string{"morgue " + base + "/", "Authors " + base + "/authors", "Jane Doe " + base + "/authors/jane-doe"}, 2},
		"/outlets/daily-planet":   {[]string{"morgue " + base + "/", "Outlets " + base + "/outlets", "Daily Planet " + base + "/outlets/daily-planet"}, 1},
		"/archive/2025/03":        {[]string{"morgue " + base + "/", "Archive " + base + "/archive", "2025 " + base + "/archive/2025", "March 2025 " + base + "/archive/2025/03"}, 2},
		"/tags":                   {[]string{"morgue " + base + "/", "Tags " + base + "/tags"}, 6},
		"/archive/2024":           {[]string{"morgue " + base + "/", "Archive " + base + "/archive", "2024 " + base + "/archive/2024"}, 1},
		"/tags/port-elwin?page=1": {[]string{"morgue " + base + "/", "Tags " + base + "/tags", "Port Elwin " + base + "/tags/port-elwin"}, 2},
	} {
		ld := linkedData(t, target, f.get(target).body)
		if ld["@type"] != "CollectionPage" || ld["url"] == "" || ld["name"] == "" {
			t.Errorf("%s: %v", target, ld)
		}
		if got := crumbs(ld); !reflect.DeepEqual(got, want.crumbs) {
			t.Errorf("%s: breadcrumbs %q, want %q", target, got, want.crumbs)
		}
		if got := listed(ld); len(got) != want.items {
			t.Errorf("%s: %d listed, want %d", target, len(got), want.items)
		}
	}
	if got := listed(linkedData(t, "tag", f.get("/tags/port-elwin").body)); got[0] != base+"/articles/harbour-reopens-after-the-storm" {
		t.Errorf("tag lists %q", got)
	}
}
