package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A page marked up with RDFa (Drupal 7's default, RDFa Lite with the
// schema.org vocabulary) states its writer and date in property and rel
// attributes, not itemprop: the writer's foaf:name inside the element
// rel="sioc:has_creator" marks, the date in a dc:created content. The
// "submitted" line that shows them, in the site's language, is no part
// of the story.
func TestRDFaWriterAndDate(t *testing.T) {
	for _, c := range []struct{ name, header, author, date string }{
		{"Drupal's submitted line in French",
			`<div class="meta submitted"><span property="dc:date dc:created" content="2023-06-13T09:15:00+02:00" datatype="xsd:dateTime" rel="sioc:has_creator">Soumis par <span class="username" typeof="sioc:UserAccount" property="foaf:name">Jana Berg</span> le mar, 13/06/2023 - 09:15</span></div>`,
			"Jana Berg", "2023-06-13T09:15:00+02:00"},
		{"RDFa Lite with the schema.org vocabulary",
			`<div vocab="https://schema.org/" typeof="NewsArticle"><p class="info">Geschrieben von <span property="author" typeof="Person"><span property="name">Jana Berg</span></span>, am <span property="datePublished" content="2024-05-02T08:00:00+02:00">2. Mai 2024</span></p></div>`,
			"Jana Berg", "2024-05-02T08:00:00+02:00"},
	} {
		a, _, err := htmlpage.Parse([]byte(page(``, `<h1>Harbour reopens after the storm</h1>`+c.header, english...)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := strings.Join(a.Authors, ", "); got != c.author {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.author)
		}
		if a.Published == nil || a.Published.Format("2006-01-02T15:04:05-07:00") != c.date {
			t.Errorf("%s: published %v, want %s", c.name, a.Published, c.date)
		}
		if strings.Contains(a.Body, "Jana Berg") {
			t.Errorf("%s: the byline stays in the story: %q", c.name, a.Body[:min(len(a.Body), 80)])
		}
	}
}
