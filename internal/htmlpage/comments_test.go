package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// Readers' comments that microdata marks as such, in a box of any name
// and inside the story's <article> too, lend the story neither their
// writers, nor their dates, nor their text.
func TestCommentsInTheMarkup(t *testing.T) {
	comment := `<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">` +
		`<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Oskar Lind</span></span>` +
		`<time datetime="2019-01-02T10:00:00Z">2 Jan</time><p itemprop="text">What a waste of the council's money, when the roads in town are full of holes and the buses never come on time.</p></div>`
	for name, c := range map[string]struct{ header, box, authors, date string }{
		"after the story, no byline":    {``, `<section id="discussion"><h2>Reader responses</h2>` + comment + `</section>`, "", ""},
		"inside the story's <article>":  {`<p class="byline">By Tove Renberg</p><time datetime="2024-03-05">5 March</time>`, `<ol class="thread"><li>` + comment + `</li></ol>`, "Tove Renberg", "2024-03-05"},
		"the comment item a list entry": {``, `<ol><li itemprop="comment" itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Oskar Lind</span> <time datetime="2019-01-02">2 Jan</time><p>What a waste of the council's money, when the roads in town are full of holes.</p></li></ol>`, "", ""},
	} {
		data := page(`<title>Harbour reopens after the storm</title>`, `<h1>Harbour reopens after the storm</h1>`+c.header, english...)
		data = strings.Replace(data, "</article>", c.box+"</article>", 1)
		a, _, err := htmlpage.Parse([]byte(data))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		date := ""
		if a.Published != nil {
			date = a.Published.Format("2006-01-02")
		}
		if got := strings.Join(a.Authors, ", "); got != c.authors || date != c.date {
			t.Errorf("%s: authors %q date %q, want %q %q", name, got, date, c.authors, c.date)
		}
		if strings.Contains(a.Body, "waste") || !strings.HasSuffix(a.Body, english[2]) {
			t.Errorf("%s: body %q", name, a.Body)
		}
	}
}
