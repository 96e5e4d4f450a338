package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// sections is a made-up guide in three sections, each under its heading.
const sections = `<h2 id="wall">The new sea wall</h2><p>The council will pay for a new sea wall, though work will not start before the autumn, when the tides are lower.</p>
<h2 id="boats">2. Which boats go out first</h2><p>Fishermen lined the quay before dawn as the first boats left, and the harbour master said the channel was clear.</p>
<h2 id="market">The fish market</h2><p>The fish market flooded in the storm and opens again next month, once its cold rooms have been dried out and tested.</p>`

func TestContentsLeftOut(t *testing.T) {
	for _, c := range []struct {
		name, toc, gone, kept string
	}{
		{"a table of contents and its label",
			`<h3>Table of Contents</h3><ul><li><a href="#wall">The new sea wall</a></li><li><a href="#boats">Which boats go out first</a></li><li><a href="#market">The fish market</a></li></ul>`,
			"Table of Contents", ""},
		{"a numbered table of contents under \"Jump to:\"",
			`<p><strong>Jump to:</strong></p><ol><li><a href="#wall">The new sea wall</a></li><li><a href="#boats">Which boats go out first</a></li><li><a href="#market">The fish market</a></li></ol>`,
			"Jump to", ""},
		{"a lone label whose list the page builds with a script", `<div class="toc"><p>In this article</p></div>`, "In this article", ""},
		{"a list of things the story does not head is story",
			`<ul><li>The new sea wall</li><li>Two dredgers from Leith</li><li>A month of night shifts</li></ul>`,
			"", "Two dredgers from Leith"},
	} {
		body := "<p>" + english[0] + "</p>" + c.toc + sections
		html := page(`<title>Harbour reopens after the storm</title>`, "<h1>Harbour reopens after the storm</h1>"+body)
		a, _, err := htmlpage.Parse([]byte(html))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if c.gone != "" && strings.Contains(a.Body, c.gone) {
			t.Errorf("%s: body keeps %q:\n%s", c.name, c.gone, a.Body)
		}
		if c.kept != "" && !strings.Contains(a.Body, c.kept) {
			t.Errorf("%s: body lost %q:\n%s", c.name, c.kept, a.Body)
		}
		for _, h := range []string{"## The new sea wall", `## 2\. Which boats go out first`, "## The fish market", "cold rooms have been dried"} {
			if strings.Count(a.Body, h) != 1 {
				t.Errorf("%s: body has %q %d times, want once:\n%s", c.name, h, strings.Count(a.Body, h), a.Body)
			}
		}
		if c.gone != "" && strings.Count(a.Body, "The new sea wall") != 1 {
			t.Errorf("%s: the contents' items stay:\n%s", c.name, a.Body)
		}
	}
}
