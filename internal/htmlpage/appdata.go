package htmlpage

import (
	"encoding/json"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"github.com/morgue-archive/morgue/internal/article"
)

// A page built by a script framework (Next.js's __NEXT_DATA__, a store's
// "initial state") ships its story as data in a <script
// type="application/json"> and draws it in the reader's browser; the
// saved HTML holds the site's frame and a placeholder. Wherever the data
// sits and whatever its fields are called, the story is the string that
// holds the most words, and its writer and date are named beside it in
// the same object ("authors", "publishedAt"). It stands for the story,
// as a JSON-LD articleBody does, only when the page's own text is thin.

// maxAppData bounds how much of a page's data scripts is read.
const maxAppData = 4 << 20

// appThinPage is the most words a page may show and still be read from
// its data: a page that shows its story needs none.
const appThinPage = 150

// keepAppData keeps a data script's text for readAppData.
func (m *meta) keepAppData(script *html.Node) {
	size := 0
	for _, d := range m.appData {
		size += len(d)
	}
	var src strings.Builder
	for c := script.FirstChild; c != nil; c = c.NextSibling {
		src.WriteString(c.Data)
	}
	if s := strings.TrimSpace(src.String()); len(s) > 300 && size+len(s) <= maxAppData {
		m.appData = append(m.appData, s)
	}
}

// readAppData adds the story a page's data scripts carry to its JSON-LD
// articles, when the page shows fewer than appThinPage words of its own
// (pageWords) and the data holds more than twice as many.
func (m *meta) readAppData(pageWords int) {
	if pageWords >= appThinPage {
		return
	}
	w := appWalk{titles: map[string]bool{}}
	for _, t := range append(append([]string{m.first("og:title"), m.first("twitter:title")}, m.h1...), m.ldField(func(l ldArticle) string { return l.headline })) {
		w.titles[fold(t)] = true
	}
	delete(w.titles, "")
	for _, src := range m.appData {
		var v any
		if err := json.Unmarshal([]byte(src), &v); err != nil {
			continue
		}
		w.walk(v, nil, 0)
	}
	best := w.any
	if w.titled.words > 0 {
		best = w.titled
	}
	if best.words < minLDWords || best.words <= 2*pageWords {
		return
	}
	a := ldArticle{typ: "app", articleBody: best.text}
	for _, o := range best.owners {
		if a.authors == nil {
			for _, k := range appAuthorKeys {
				if ns := ldNames(o[k]); len(ns) > 0 {
					a.authors = ns
					break
				}
			}
		}
		if a.published == "" {
			for _, k := range appDateKeys {
				if d, ok := o[k].(string); ok && len(d) >= 10 && len(d) <= 40 {
					a.published = d
					break
				}
			}
		}
	}
	m.ld = append(m.ld, a)
}

// appAuthorKeys and appDateKeys are the names script frameworks and
// headless CMSes give the writer and the publication date of a story.
var (
	appAuthorKeys = []string{"authors", "author", "byline", "writers", "creators", "creator"}
	appDateKeys   = []string{"datePublished", "publishedAt", "published_at", "publishDate", "publishedDate",
		"published_date", "publicationDate", "firstPublishedAt", "first_published_at", "createdAt", "date"}
)

// appText is the longest text found in a page's data, with the objects
// around it, nearest first.
type appText struct {
	text   string
	words  int
	owners []map[string]any
}

// appWalk looks for the story in a page's data: the longest text of
// all, and the longest of those set beside the page's headline, which
// is the story's and no other's (a teaser of the next story is longer
// in data that holds a list of them).
type appWalk struct {
	titles      map[string]bool // the page's headlines, folded
	any, titled appText
}

// walk reads v; owners are the objects v sits in, nearest first.
func (w *appWalk) walk(v any, owners []map[string]any, depth int) {
	if depth > 40 {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		inner := append([]map[string]any{x}, owners[:min(len(owners), 2)]...)
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys) // the first of two as long wins, the same every time
		for _, k := range keys {
			w.walk(x[k], inner, depth+1)
		}
	case []any:
		for _, e := range x {
			w.walk(e, owners, depth+1)
		}
	case string:
		if len(x) < 300 || len(x) <= len(w.titled.text)/2 && len(x) <= len(w.any.text)/2 {
			return
		}
		plain := stripTags(x)
		n := article.CountWords(plain)
		if n <= w.titled.words && n <= w.any.words || !prose(plain) {
			return
		}
		t := appText{x, n, owners}
		if n > w.any.words {
			w.any = t
		}
		if n > w.titled.words && w.besideTitle(owners) {
			w.titled = t
		}
	}
}

// besideTitle reports a text whose own object names the page's headline.
func (w *appWalk) besideTitle(owners []map[string]any) bool {
	if len(owners) == 0 {
		return false
	}
	for _, e := range owners[0] {
		if s, ok := e.(string); ok && len(s) < 300 && w.titles[fold(s)] {
			return true
		}
	}
	return false
}

// prose reports text that is mostly letters: not a drawing's path, a
// list of numbers or an encoded blob.
func prose(s string) bool {
	letters, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case !unicode.IsSpace(r):
			other++
		}
	}
	return letters > 2*other
}

// stripTags is s with its markup left out, for counting its words.
func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
