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
	kids, ok := elementChildren(n)
	if !ok {
		return false
	}
	for _, c := range kids {
		switch {
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

// A story often ends with a box that points to one or two of the site's
// other stories ("Read also", "यह भी पढ़ें", "Διαβάστε επίσης"): a short
// heading and the other stories' headlines as links, and nothing else,
// set after the story's last paragraph. Its words are the site's in any
// language, so it is told by its shape: a heading, then links each long
// enough to be a headline (a button's "More" is not), with no text of
// its own, and nothing after it in its container.

// minTailLinkWords is the fewest words a link in a closing box holds:
// another story's headline.
const minTailLinkWords = 3

// tailLinkBox reports an element that holds a short heading and links to
// other stories and nothing else, and ends its container.
func tailLinkBox(n *html.Node) bool {
	if n.DataAtom != atom.Div && n.DataAtom != atom.Section && n.DataAtom != atom.Aside {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if strings.TrimSpace(textOf(s)) != "" {
			return false
		}
	}
	kids, ok := elementChildren(n)
	if !ok || len(kids) < 2 || !heading(kids[0]) || wordCount(textOf(kids[0])) > 6 {
		return false
	}
	for _, c := range kids[1:] {
		if !headlineLinks(c) {
			return false
		}
	}
	return true
}

// elementChildren are n's child elements, and false when n holds text
// of its own beside them.
func elementChildren(n *html.Node) ([]*html.Node, bool) {
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return nil, false
			}
		case c.Type == html.ElementNode:
			kids = append(kids, c)
		}
	}
	return kids, true
}

// headlineLinks reports an element whose text is that of links alone,
// each reading as a headline.
func headlineLinks(n *html.Node) bool {
	as := []*html.Node{n}
	if n.DataAtom != atom.A {
		as = outermost(n, func(e *html.Node) bool { return e.DataAtom == atom.A })
	}
	in := 0
	for _, a := range as {
		t := collapse(textOf(a))
		if wordCount(t) < minTailLinkWords {
			return false
		}
		in += len(t)
	}
	all := collapse(textOf(n))
	return len(as) > 0 && len(all)-in <= 2*len(as)
}

// dropLinkBoxes removes the boxes of links under n.
func dropLinkBoxes(n *html.Node) {
	for _, b := range outermost(n, func(e *html.Node) bool { return linkBox(e) || tailLinkBox(e) }) {
		b.Parent.RemoveChild(b)
	}
}
