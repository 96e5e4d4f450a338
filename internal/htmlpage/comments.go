package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Readers' comments under a story name their writers and dates in the
// markup the story's own byline uses (itemprop=author, <time>), and sit
// inside the story's <article> on many pages. Where microdata marks a
// comment as such (itemtype schema.org/Comment, itemprop=comment), it is
// beside the story whatever its box is called: its author and date are
// not read as the story's (besideStory), and it is taken out of the page
// before the extractor looks for the story's text (dropComments).

// commentItem reports an element that microdata marks as a reader's
// comment.
func commentItem(n *html.Node) bool {
	if len(n.Attr) == 0 {
		return false
	}
	if t := strings.ToLower(attr(n, "itemtype")); strings.HasSuffix(t, "/comment") || strings.HasSuffix(t, "/usercomments") {
		return true
	}
	for _, p := range strings.Fields(strings.ToLower(attr(n, "itemprop"))) {
		if p == "comment" || p == "comments" {
			return true
		}
	}
	return false
}

// dropComments removes the comments microdata marks from under n, and
// the boxes they leave with a label alone ("Reader responses", "3
// comments").
func dropComments(n *html.Node) {
	found := outermost(n, commentItem)
	// All the comments go first, then each box they stood in is looked
	// at once: a thread of many comments is read once, not once per
	// comment.
	var boxes []*html.Node
	seen := map[*html.Node]bool{}
	for _, c := range found {
		if box := c.Parent; box != nil {
			box.RemoveChild(c)
			if !seen[box] {
				seen[box] = true
				boxes = append(boxes, box)
			}
		}
	}
	for _, box := range boxes {
		for box.Parent != nil && box.Type == html.ElementNode && !storyBox(box) && wordCount(textOf(box)) <= 6 {
			c := box
			box = box.Parent
			box.RemoveChild(c)
		}
	}
}

// storyBox reports an element that holds the story as a whole, which a
// comment's box never is.
func storyBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return true
	}
	return hasElement(n, atom.H1)
}
