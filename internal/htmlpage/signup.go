package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A sign-up box ("Get the morning briefing in your inbox", a field for
// an email address, "By entering your email you agree to our terms",
// "Thanks for subscribing!") sits between a story's paragraphs on many
// pages, often inside the story's own container. The extractor drops its
// form but keeps its lines. The box is found by its field for an email
// address, which no story has: the field and the short box around it
// (up to the largest ancestor that still holds only a few words, never
// the story's own container) are taken out of the page before the
// extractor reads it.

// maxSignup is the most text (bytes, spaces collapsed) a sign-up box may
// hold; a container with more holds story text besides the box. Bytes,
// not words, so that a story in a script written without spaces counts
// in full.
const maxSignup = 800

// emailField reports a form field for an email address.
func emailField(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Input {
		return false
	}
	switch strings.ToLower(attr(n, "type")) {
	case "email":
		return true
	case "", "text":
		for _, k := range []string{"name", "id", "placeholder", "autocomplete"} {
			if strings.Contains(strings.ToLower(attr(n, k)), "email") {
				return true
			}
		}
	}
	return false
}

// A form that asks for a name and a telephone number besides the email
// address (minLeadFields fields to type in or more) is a sales team's
// lead form: its box pitches the product beside it, in a heading, a list
// of what it offers and a customer's word for it, so the box may hold
// twice the text of a sign-up box and one paragraph more.
const minLeadFields = 4

// dropSignups removes the sign-up boxes under n.
func dropSignups(n *html.Node) {
	for _, f := range outermost(n, emailField) {
		most, beside := maxSignup, 2
		if leadForm(f) {
			most, beside = 2*maxSignup, 3
		}
		box := f
		for p := box.Parent; p != nil && p.Type == html.ElementNode && !storyBox(p) && len(collapse(textOf(p))) <= most &&
			paragraphsBeside(p, box) < beside; p = p.Parent {
			box = p
		}
		if box.Parent != nil {
			box.Parent.RemoveChild(box)
		}
	}
}

// leadForm reports an email field whose form has minLeadFields fields to
// type in or more.
func leadForm(field *html.Node) bool {
	form := field.Parent
	for form != nil && !(form.Type == html.ElementNode && form.DataAtom == atom.Form) {
		form = form.Parent
	}
	if form == nil {
		return false
	}
	fields := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Input {
				switch strings.ToLower(attr(c, "type")) {
				case "", "text", "email", "tel":
					fields++
				}
			}
			walk(c)
		}
	}
	walk(form)
	return fields >= minLeadFields
}

// paragraphsBeside counts the paragraphs of a story's length (twenty
// words or more) under n and outside box: a short story set in one
// container with a sign-up field has them, the box around the field has
// at most its small print.
func paragraphsBeside(n, box *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c == box || c.Type != html.ElementNode:
		case c.DataAtom == atom.P:
			if wordCount(textOf(c)) >= 20 {
				count++
			}
		default:
			count += paragraphsBeside(c, box)
		}
	}
	return count
}
