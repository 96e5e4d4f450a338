package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A box of links to the site's other pages ("More on the harbour:",
// "Important resources", "Related guides") sits inside many stories,
// often inside each item of a listicle: a short heading and a list whose
// every item is a link and nothing else. It is no part of the story, and
// its links make the extractor take the item around it for a link farm
// and drop the item's own text with it. The box is taken out of the page
// before the extractor reads it.

// minBoxLinks is the fewest links a list must hold to be a box of links;
// a story's list of two sources is the story's.
const minBoxLinks = 3

// linkBox reports an element that holds a heading and a list of links
// and nothing else.
func linkBox(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section && n.DataAtom != atom.Aside {
		return false
	}
	var head, list *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case c.Type != html.ElementNode:
		case head == nil && list == nil && heading(c):
			head = c
		case head != nil && list == nil && (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol):
			list = c
		default:
			return false
		}
	}
	return list != nil && wordCount(textOf(head)) <= 8 && linksOnly(list)
}

// heading reports a heading element.
func heading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// linksOnly reports a list of at least minBoxLinks items whose every
// item's text is the text of one link.
func linksOnly(list *html.Node) bool {
	items := 0
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		if li.DataAtom != atom.Li {
			return false
		}
		var link *html.Node
		for _, a := range outermost(li, func(n *html.Node) bool { return n.DataAtom == atom.A }) {
			if link != nil {
				return false
			}
			link = a
		}
		if link == nil || collapse(textOf(link)) != collapse(textOf(li)) || collapse(textOf(li)) == "" {
			return false
		}
		items++
	}
	return items >= minBoxLinks
}

// dropLinkBoxes removes the boxes of links under n.
func dropLinkBoxes(n *html.Node) {
	for _, b := range outermost(n, linkBox) {
		b.Parent.RemoveChild(b)
	}
}
