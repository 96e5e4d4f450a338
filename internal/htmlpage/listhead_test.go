package htmlpage_test

import "testing"

// A list whose items open with a heading (a listicle: "<li><h3>Drones</h3>
// <p>…</p></li>") keeps each heading a heading, numbered as the list is,
// with its paragraph after it rather than inside the heading.
func TestListItemsThatOpenWithAHeading(t *testing.T) {
	items := `<li><h3>Tide clocks</h3><p>` + english[0] + `</p></li><li><h3>Night lights</h3><p>` + english[1] + `</p></li>`
	for _, c := range []struct {
		name, list string
		want       []string
	}{
		{"numbered", `<ol>` + items + `</ol>`, []string{"### 1. Tide clocks\n\n" + english[0], "### 2. Night lights\n\n" + english[1]}},
		{"bulleted", `<ul>` + items + `</ul>`, []string{"### Tide clocks\n\n" + english[0], "### Night lights\n\n" + english[1]}},
		{"plain items stay a list", `<ol><li>Tide clocks</li><li>Night lights</li></ol>`, []string{"1. Tide clocks\n2. Night lights"}},
	} {
		storyBody(t, c.name, `<p>The quay's new fittings, one by one, as the board listed them on Tuesday for the town's fishing crews and for its visitors.</p>`+
			c.list+"<p>"+english[2]+"</p>", c.want, nil)
	}
}
