package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A story's questions and answers (an FAQ under a guide, "What readers
// asked") are often set as an accordion: each question a button or a
// heading that opens its answer, each answer hidden in the saved page
// until the reader presses the question. Hidden elements are otherwise
// left out, and buttons too, so the whole section would be lost. An
// answer is told by what comes just before it: a toggle (an element with
// aria-expanded, or aria-controls naming the answer) or a short question
// (a heading, a term or a summary ending in "?"). The answer is shown
// when it is prose (few of its words links, so that a menu a button
// opens stays out), and a toggle button's label becomes text.

// maxAnswer is the most an accordion's answer holds, in words.
const maxAnswer = 600

// revealAnswers shows the hidden answers of the accordions under n.
func revealAnswers(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipped[c.DataAtom] {
			continue
		}
		if hidden(c) {
			if q := prevElement(c); q != nil && opensAnswer(q, c) && proseAnswer(c) {
				reveal(c)
				showToggle(q)
			}
			continue
		}
		revealAnswers(c)
	}
}

// prevElement is n's nearest earlier sibling element.
func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// opensAnswer reports an element q that opens the hidden element a: a
// toggle, at q or inside it, or a short question.
func opensAnswer(q, a *html.Node) bool {
	if hidden(q) {
		return false
	}
	id := attr(a, "id")
	var toggle func(*html.Node) bool
	toggle = func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if _, ok := attrOK(n, "aria-expanded"); ok {
			return true
		}
		if id != "" && attr(n, "aria-controls") == id {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if toggle(c) {
				return true
			}
		}
		return false
	}
	if toggle(q) {
		return true
	}
	switch q.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dt, atom.Summary, atom.P, atom.Div, atom.Span, atom.Strong:
		t := collapse(textOf(q))
		return strings.HasSuffix(t, "?") && wordCount(t) <= 30
	}
	return false
}

// proseAnswer reports a hidden element that reads as an answer: some
// words, not too many, few of them links.
func proseAnswer(n *html.Node) bool {
	words, links := wordsAndLinks(n)
	return words >= 3 && words <= maxAnswer && links*2 < words
}

// showToggle makes the labels of the buttons at or under q text, which
// the extractor and the Markdown writer would leave out.
func showToggle(q *html.Node) {
	if q.Type != html.ElementNode {
		return
	}
	if q.DataAtom == atom.Button {
		q.DataAtom, q.Data = atom.Span, "span"
	}
	for c := q.FirstChild; c != nil; c = c.NextSibling {
		showToggle(c)
	}
}
