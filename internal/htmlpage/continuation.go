package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page may show the opening of its story and hide the rest until the
// reader presses "Continue reading": the rest is in the saved page, in an
// element hidden by its hidden attribute, aria-hidden or an inline style.
// Hidden elements are otherwise left out (menus, dialogs, a copy for
// another screen), so a hidden element is the story's continuation only
// when it follows the story's own paragraphs (two at least, among its
// nearest earlier siblings) and is prose itself: two paragraphs or more, sixty
// words at least, few of them links.

// minContinuation is the least a hidden continuation holds, in words.
const minContinuation = 60

// revealContinuations makes the hidden continuations of a story visible.
func revealContinuations(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if hidden(c) && continuation(c) {
			reveal(c)
			continue
		}
		revealContinuations(c)
	}
}

// continuation reports a hidden element of prose after the story's own
// paragraphs.
func continuation(n *html.Node) bool {
	if skipped[n.DataAtom] || n.DataAtom == atom.Aside || n.DataAtom == atom.Footer || n.DataAtom == atom.Header {
		return false
	}
	before := 0
	// The nearest twenty siblings: a page of many hidden boxes side by
	// side is read once, not once per box.
	for s, i := n.PrevSibling, 0; s != nil && before < 2 && i < 20; s, i = s.PrevSibling, i+1 {
		if s.Type == html.ElementNode && s.DataAtom == atom.P && !hidden(s) && wordCount(textOf(s)) >= 12 {
			before++
		}
	}
	if before < 2 {
		return false
	}
	paras := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			paras++
		}
	}
	words, links := wordsAndLinks(n)
	return paras >= 2 && words >= minContinuation && links*4 < words
}

// reveal drops what hides n.
func reveal(n *html.Node) {
	kept := n.Attr[:0]
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden", "aria-hidden", "style":
			continue
		}
		kept = append(kept, a)
	}
	n.Attr = kept
}
