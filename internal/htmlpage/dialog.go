package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page carries its pop-ups in the saved HTML, shut until a button
// opens them: a box that tells how the site checks its stories ("Our
// review network"), a cookie notice, a form to call the sales team, the
// site's terms for small orders. They are set in a <dialog>, an element
// whose role is dialog, or one whose class names a modal ("modal",
// "site-modal", "modal_box"); none is the story, and each is taken out
// of the page before the extractor reads it. An element that holds the
// story as a whole (the page's <article>, <main>, or its headline) is
// left, whatever its class says (a page with a pop-up open marks its
// wrapper "modal-open").

// dialogBox reports a pop-up.
func dialogBox(n *html.Node) bool {
	if n.DataAtom == atom.Dialog {
		return true
	}
	if len(n.Attr) == 0 {
		return false
	}
	if strings.EqualFold(attr(n, "role"), "dialog") {
		return !storyBox(n)
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if modalClass(c) {
			return !storyBox(n)
		}
	}
	return false
}

// modalClass reports a class that is the word "modal" or has it as a
// part set off by a hyphen or an underscore.
func modalClass(c string) bool {
	c = strings.ToLower(c)
	for {
		i := strings.Index(c, "modal")
		if i < 0 {
			return false
		}
		before := i == 0 || c[i-1] == '-' || c[i-1] == '_'
		after := i+5 == len(c) || c[i+5] == '-' || c[i+5] == '_'
		if before && after {
			return true
		}
		c = c[i+5:]
	}
}

// dropDialogs removes the pop-ups under n.
func dropDialogs(n *html.Node) {
	for _, d := range outermost(n, dialogBox) {
		d.Parent.RemoveChild(d)
	}
}
