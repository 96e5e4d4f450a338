package htmlpage_test

import "testing"

// A list whose items open with a heading (a listicle: "<li><h3>Drones</h3>
// <p>…</p></li>") keeps each heading a heading, numbered as the list is,
// with its paragraph after it rather than inside the heading. An item
// whose number the page sets in a box of its own ("<div
// class="stepnum">1</div>") is not numbered twice ("1. 1 Book a berth").
func TestListItemsThatOpenWithAHeading(t *testing.T) {
	items := `<li><h3>Tide clocks</h3><p>` + english[0] + `</p></li><li><h3>Night lights</h3><p>` + english[1] + `</p></li>`
	for _, c := range []struct {
		name, list string
		want       []string
	}{
		{"numbered", `<ol>` + items + `</ol>`, []string{"### 1. Tide clocks\n\n" + english[0], "### 2. Night lights\n\n" + english[1]}},
		{"bulleted", `<ul>` + items + `</ul>`, []string{"### Tide clocks\n\n" + english[0], "### Night lights\n\n" + english[1]}},
		{"numbered in a box of the item's own", `<ol class="steps"><li><div class="stepnum">1</div><p><strong>Book a berth.</strong> ` + english[0] + `</p></li>` +
			`<li><div class="stepnum">2</div><p><strong>Check the tide.</strong> ` + english[1] + `</p></li></ol>`,
			[]string{"1. Book a berth. " + english[0] + "\n2. Check the tide. " + english[1]}},
		{"a number that is the item's text stays", `<ol><li><p>7</p><p>knots at the harbour mouth</p></li><li>Tide clocks</li></ol>`, []string{"1. 7 knots at the harbour mouth"}},
		{"plain items stay a list", `<ol><li>Tide clocks</li><li>Night lights</li></ol>`, []string{"1. Tide clocks\n2. Night lights"}},
	} {
		storyBody(t, c.name, `<p>The quay's new fittings, one by one, as the board listed them on Tuesday for the town's fishing crews and for its visitors.</p>`+
			c.list+"<p>"+english[2]+"</p>", c.want, nil)
	}
}
