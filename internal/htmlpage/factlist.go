package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A CMS sets the story's facts as a definition list above or below its
// text (Joomla's "article-info": "Details", "Written by: …",
// "Category: …", "Published: …", "Hits: 1532"): label-and-value items,
// each a few words, one of them the writer or the date the page marks
// up. The writer and date are read from the marks; the list itself is
// no part of the story.

// maxFactWords bounds an item of such a list.
const maxFactWords = 8

// factList reports a <dl> of short items that holds the story's marked
// writer or date.
func factList(n *html.Node) bool {
	if n.DataAtom != atom.Dl {
		return false
	}
	items, marked := 0, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.DataAtom != atom.Dt && c.DataAtom != atom.Dd || wordCount(textOf(c)) > maxFactWords {
			return false
		}
		items++
		marked = marked || len(outermost(c, factMark)) > 0 || factMark(c)
	}
	return items >= 2 && marked
}

// factMark reports an element marked up as the story's writer or its
// publication date.
func factMark(e *html.Node) bool {
	if e.DataAtom == atom.Time || isAuthorProp(e) {
		return true
	}
	ip := strings.ToLower(attr(e, "itemprop"))
	return ip == "datepublished" || ip == "datecreated"
}

// dropFactLists removes the story's fact lists under n.
func dropFactLists(n *html.Node) {
	for _, l := range outermost(n, factList) {
		l.Parent.RemoveChild(l)
	}
}
