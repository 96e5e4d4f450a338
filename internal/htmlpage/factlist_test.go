package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A CMS's list of the story's facts above its text (Joomla's
// article-info: "Details", "Category: …", "Hits: …") leaves the story;
// the writer and date it marks up are still read. A definition list of
// the story's own, with no marked writer or date, stays.
func TestFactListLeavesTheStory(t *testing.T) {
	facts := `<dl class="article-info"><dt>Dettagli</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Scritto da: <span itemprop="name">Giulia Ferraresi</span></dd>` +
		`<dd class="category-name">Categoria: <a href="/cronaca">Cronaca</a></dd><dd class="published"><time datetime="2024-03-05T18:40:00+01:00" itemprop="datePublished">Pubblicato: 05 Marzo 2024</time></dd><dd class="hits">Visite: 1532</dd></dl>`
	a, _, err := htmlpage.Parse([]byte(page(``, `<h1>Harbour reopens after the storm</h1>`+facts, english...)))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Visite", "Categoria", "Dettagli"} {
		if strings.Contains(a.Body, w) {
			t.Errorf("the fact list stays in the story: %q", w)
		}
	}
	if strings.Join(a.Authors, ", ") != "Giulia Ferraresi" || a.Published == nil || a.Published.Format("2006-01-02") != "2024-03-05" {
		t.Errorf("authors %q, published %v", a.Authors, a.Published)
	}
	glossary := `<dl><dt>Breakwater</dt><dd>A wall built out into the sea to shelter the harbour.</dd><dt>Slipway</dt><dd>A ramp on which boats are hauled out.</dd></dl>`
	b, _, err := htmlpage.Parse([]byte(page(``, `<h1>Harbour reopens after the storm</h1>`, append(english[:2:2], glossary, english[2])...)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.Body, "Breakwater") {
		t.Errorf("the story's own definition list left: %q", b.Body)
	}
}
