package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page built in the reader's browser may carry its story for readers
// without script in a <noscript>, and show nothing of it otherwise (a
// "Loading…" box the script fills). The HTML parser, like a browser that
// runs scripts, reads what a <noscript> holds as raw text, so the story
// is lost. A <noscript> is read as markup in its place when what it holds
// is prose (two paragraphs or more, sixty words at least, few of them
// links) and more of it than the rest of the page shows: a page that
// shows its story keeps its own copy, and the tracking pixels and "turn
// on JavaScript" notes of other pages stay out.

// openNoscripts puts the story a <noscript> holds in its place.
func openNoscripts(doc *html.Node) {
	body := findBody(doc)
	if body == nil {
		return
	}
	found := outermost(body, func(c *html.Node) bool {
		t := c.FirstChild
		return c.DataAtom == atom.Noscript && t != nil && t.Type == html.TextNode && t.NextSibling == nil && strings.Contains(t.Data, "<p")
	})
	if len(found) == 0 {
		return
	}
	shown := -1 // the words the page shows outside its <noscript>s, counted once needed
	for _, ns := range found {
		box := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		nodes, err := html.ParseFragment(strings.NewReader(ns.FirstChild.Data), box)
		if err != nil {
			continue
		}
		for _, c := range nodes {
			box.AppendChild(c)
		}
		words, links := wordsAndLinks(box)
		if countElements(box, atom.P) < 2 || words < minContinuation || links*4 >= words {
			continue
		}
		if shown < 0 {
			shown = wordCount(visibleText(body))
		}
		if words <= shown {
			continue
		}
		ns.Parent.InsertBefore(box, ns)
		ns.Parent.RemoveChild(ns)
	}
}

// countElements counts the elements of kind a at or under n.
func countElements(n *html.Node, a atom.Atom) int {
	k := 0
	if n.Type == html.ElementNode && n.DataAtom == a {
		k++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		k += countElements(c, a)
	}
	return k
}

// outermost are the elements under n that match, not those under one
// that does.
func outermost(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var found []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if match(c) {
				found = append(found, c)
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return found
}
