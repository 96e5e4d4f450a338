package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A table of figures in a story is kept as a Markdown table (its first
// row the header, short rows filled out, a bar in a cell escaped); a table
// that lays out paragraphs is read as its paragraphs, as before.
func TestTablesAsMarkdown(t *testing.T) {
	for _, c := range []struct {
		name, table string
		want, not   []string
	}{
		{"a table of figures",
			`<table><caption>What the quay will cost</caption><thead><tr><th>Item</th><th>Cost</th><th>Year</th></tr></thead>` +
				`<tbody><tr><td>Piles</td><td>£4m</td><td>2027</td></tr><tr><td>New deck | ramp</td><td><a href="https://example.org/deck">£2m</a></td></tr></tbody></table>`,
			[]string{"What the quay will cost\n\n| Item | Cost | Year |\n| --- | --- | --- |\n| Piles | £4m | 2027 |\n| New deck \\| ramp | [£2m](https://example.org/deck) |  |"}, nil},
		{"a table without a header row",
			`<table><tr><td>High water</td><td>06:12</td></tr><tr><td>Low water</td><td>12:30</td></tr></table>`,
			[]string{"| High water | 06:12 |\n| --- | --- |\n| Low water | 12:30 |"}, nil},
		{"headings in a table's cells",
			`<table><tr><th><h4>Ingredient</h4></th><th><h4>Per person</h4></th></tr><tr><td><h5>Vegetables</h5></td><td></td></tr><tr><td>Onions</td><td>2</td></tr></table>`,
			[]string{"| Ingredient | Per person |\n| --- | --- |\n| Vegetables |  |\n| Onions | 2 |"}, nil},
		{"a one-column table lays out text",
			`<table><tr><td>High water at 06:12</td></tr><tr><td>Low water at 12:30</td></tr></table>`,
			[]string{"High water at 06:12\n\nLow water at 12:30"}, []string{"| --- |"}},
		{"a table of paragraphs lays out a page",
			`<table><tr><td><p>` + strings.Join(english, " ") + `</p></td><td>Tides</td></tr><tr><td>Map</td><td>Key</td></tr></table>`,
			[]string{english[2] + " · Tides"}, []string{"| --- |"}},
	} {
		storyBody(t, c.name, "<p>"+english[0]+"</p><p>"+english[1]+"</p>"+c.table+"<p>"+english[2]+"</p>", c.want, c.not)
	}
}

// storyBody parses a made-up page whose story is body under the usual
// headline and checks that its text holds every want and no gone.
func storyBody(t *testing.T, name, body string, want, gone []string) {
	t.Helper()
	html := page(`<title>Harbour reopens after the storm</title>`, "<h1>Harbour reopens after the storm</h1>"+body)
	a, _, err := htmlpage.Parse([]byte(html))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for _, w := range want {
		if !strings.Contains(a.Body, w) {
			t.Errorf("%s: body lacks %q:\n%s", name, w, a.Body)
		}
	}
	for _, g := range gone {
		if strings.Contains(a.Body, g) {
			t.Errorf("%s: body keeps %q:\n%s", name, g, a.Body)
		}
	}
}
