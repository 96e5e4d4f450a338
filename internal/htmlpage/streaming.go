package htmlpage

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML parses a page and puts in place the parts a server sent late.
// Pages rendered by React with streaming (Next.js and others) send the
// story's later sections at the end of the document in hidden <div
// id="S:n"> elements, and a script moves each into the place held by a
// <template id="B:n"> (or "P:n"), dropping the "Loading…" text that stood
// there. No script runs here, so that move is made the same way; without
// it the story's sections read as hidden and the extractor loses them.
// A story held in a <noscript> is put in its place too (openNoscripts).
func parseHTML(text []byte) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil && strings.Contains(err.Error(), "open stack of elements") {
		doc, err = flatParse(text) // deep.go
	}
	if err != nil {
		return nil, err
	}
	openNoscripts(doc)
	segments := map[string]*html.Node{}
	var holders []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			id := attr(n, "id")
			switch {
			case n.DataAtom == atom.Div && strings.HasPrefix(id, "S:") && hasAttr(n, "hidden"):
				segments[id[2:]] = n
			case n.DataAtom == atom.Template && (strings.HasPrefix(id, "B:") || strings.HasPrefix(id, "P:")):
				holders = append(holders, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if len(segments) == 0 {
		return doc, nil
	}
	for _, t := range holders {
		id := attr(t, "id")
		seg, ok := segments[id[2:]]
		parent := t.Parent
		if !ok || parent == nil || seg.Parent == nil || isUnder(t, seg) {
			continue
		}
		delete(segments, id[2:])
		seg.Parent.RemoveChild(seg)
		for c := seg.FirstChild; c != nil; {
			next := c.NextSibling
			seg.RemoveChild(c)
			parent.InsertBefore(c, t)
			c = next
		}
		if id[0] == 'B' {
			// A boundary's fallback ("Loading…") runs to its closing
			// <!--/$--> comment.
			for c := t.NextSibling; c != nil && !(c.Type == html.CommentNode && c.Data == "/$"); {
				next := c.NextSibling
				parent.RemoveChild(c)
				c = next
			}
		}
		parent.RemoveChild(t)
	}
	return doc, nil
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// isUnder reports whether n is root or under it.
func isUnder(n, root *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == root {
			return true
		}
	}
	return false
}
