package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A box that pitches the site's own product sits between a story's
// paragraphs on many pages: a heading ("Build a better practice"), a
// line of copy and a button ("Get started") that is no link to follow
// but a call to act. A story's text has no buttons of its own (the
// toggles of its accordions are made text before this), so the box is
// found by its button: the button and the short box around it, up to
// the largest ancestor that still holds only a few words and a heading,
// are taken out of the page before the extractor reads it.

// maxPitchBox is the most words a product's box may hold; a container
// with more holds story text besides the box.
const maxPitchBox = 40

// pageButton reports a button outside a form, with a short label: a
// <button>, or a link drawn as one (role=button, a "btn" or "button"
// class), as sign-up boxes set their "Subscribe" under a story.
func pageButton(n *html.Node) bool {
	if n.Type != html.ElementNode || wordCount(textOf(n)) > 4 {
		return false
	}
	return n.DataAtom == atom.Button || n.DataAtom == atom.A && buttonLink(n)
}

// buttonLink reports a link the page draws as a button.
func buttonLink(a *html.Node) bool {
	if strings.EqualFold(attr(a, "role"), "button") {
		return true
	}
	for _, c := range strings.FieldsFunc(strings.ToLower(attr(a, "class")), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if c == "btn" || c == "button" {
			return true
		}
	}
	return false
}

// dropPitchBoxes removes the product boxes under n.
func dropPitchBoxes(n *html.Node) {
	for _, b := range outermost(n, pageButton) {
		box := b
		for p := box.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Form && !storyBox(p) &&
			wordCount(textOf(p)) <= maxPitchBox; p = p.Parent {
			box = p
		}
		if box != b && box.Parent != nil && hasHeading(box) && !hasElement(box, atom.Form) {
			box.Parent.RemoveChild(box)
		}
	}
}

// hasHeading reports a heading element at or under n.
func hasHeading(n *html.Node) bool {
	for _, h := range []atom.Atom{atom.H2, atom.H3, atom.H4, atom.H5, atom.H6} {
		if hasElement(n, h) {
			return true
		}
	}
	return false
}
