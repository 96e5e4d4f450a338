package htmlpage

import (
	"golang.org/x/net/html"
)

// A site that builds its pages from stacked boxes (a <section> for the
// story, then one for the site's services, one for its clients, one for
// its offices' addresses) gives the extractor one container holding all
// of them. The story is the box that holds most of the words; the first
// box after it with no paragraph of prose (a price line, a heading over
// logos, a row of links) is where the page goes on to the site's own
// matter, and that box and the ones after it are left out, when they
// are short beside the story (a story continued in a box of its own
// after a picture is as long as a part of the story).

// minProse is the fewest words a paragraph of prose holds.
const minProse = 12

// dropEndBoxes removes the boxes set after the story under n.
func dropEndBoxes(n *html.Node) {
	// Under wrappers that hold everything, to the level of the boxes.
	for {
		only := (*html.Node)(nil)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				if only != nil {
					only = nil
					break
				}
				only = c
			}
		}
		if only == nil {
			break
		}
		n = only
	}
	var boxes []*html.Node
	var words []int
	total, most := 0, -1
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		w, _ := wordsAndLinks(c)
		if w == 0 {
			continue
		}
		if most < 0 || w > words[most] {
			most = len(boxes)
		}
		boxes = append(boxes, c)
		words = append(words, w)
		total += w
	}
	if len(boxes) < 3 || most < 0 || most == len(boxes)-1 || 5*words[most] < 3*total {
		return
	}
	end := -1
	for i := most + 1; i < len(boxes); i++ {
		if 3*words[i] >= words[most] {
			return
		}
		if end < 0 && !hasProse(boxes[i]) {
			end = i
		}
	}
	if end < 0 {
		return
	}
	for _, b := range boxes[end:] {
		n.RemoveChild(b)
	}
}

// hasProse reports a paragraph of prose at or under n: a block with no
// blocks inside it that holds minProse words or more.
func hasProse(n *html.Node) bool {
	inner := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockElems[c.DataAtom] || skipped[c.DataAtom]) {
			inner = true
			if hasProse(c) {
				return true
			}
		}
	}
	if inner {
		return false
	}
	w, _ := wordsAndLinks(n)
	return w >= minProse
}
