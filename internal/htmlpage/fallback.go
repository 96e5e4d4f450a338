package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Readability picks the one container with the best score, and on pages
// whose story is split over several sibling blocks (a guide in sections,
// a list of items each in its own box) that container is one part of it.
// When the page marks its story area itself (itemprop=articleBody, or a
// single <article> or <main>) and that area holds half as much prose again
// as the extractor kept (plus a hundred words), and is not mostly links,
// the area is taken instead, with the furniture
// Readability also drops (navigation, forms, asides, share and related
// boxes) left out.

// reFurniture matches the class or id of page furniture; the words are
// Readability.js's own "unlikely candidates".
var reFurniture = lazyRegexp(`(?i)-ad-|\bad-|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|newsletter|subscribe|promo|cookie|modal|author-bio|toc\b|table-of-contents`)

// storyArea finds the page's own story container in a fresh parse.
func storyArea(text []byte) *html.Node {
	doc, err := parseHTML(text)
	if err != nil {
		return nil
	}
	revealContinuations(doc)
	var body, articles, mains []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if strings.EqualFold(attr(n, "itemprop"), "articleBody") {
				body = append(body, n)
			}
			switch n.DataAtom {
			case atom.Article:
				articles = append(articles, n)
			case atom.Main:
				mains = append(mains, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, set := range [][]*html.Node{body, articles, mains} {
		if len(set) == 1 {
			prune(set[0])
			return set[0]
		}
	}
	return nil
}

// prune removes furniture under n.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			marks := attr(c, "class") + " " + attr(c, "id") + " " + attr(c, "role")
			switch {
			case skipped[c.DataAtom], hidden(c), commentItem(c), c.DataAtom == atom.Aside, c.DataAtom == atom.Footer,
				c.DataAtom == atom.Nav, c.DataAtom == atom.Header && !hasElement(c, atom.H1),
				strings.TrimSpace(marks) != "" && reFurniture().MatchString(marks) && c.DataAtom != atom.Body:
				n.RemoveChild(c)
			default:
				prune(c)
			}
		}
		c = next
	}
}

// hasElement reports an element of kind a at or under n.
func hasElement(n *html.Node, a atom.Atom) bool {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasElement(c, a) {
			return true
		}
	}
	return false
}
