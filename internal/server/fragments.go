package server

import (
	"html/template"
	"strings"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/citation"
)

// Fragments of an article page built in Go, as its template wrote them.
// Most article pages are rendered once (a crawler's first view), and
// html/template spends on every action a walk through reflection and a
// call of its escapers through reflection: the related links, the
// neighbours, the citations and the citation tags were about a hundred
// actions a page. Each fragment escapes every text it holds with
// fragment.text or fragment.path, which do what html/template's own
// escapers do in the same places (fragments_test.go renders the template each replaced and
// compares, hostile texts included), so the bytes are the same and nothing
// unescaped reaches the page.

// fragment builds one piece of HTML.
type fragment struct{ b strings.Builder }

// raw writes markup of ours, never text from the archive.
func (f *fragment) raw(s string) { f.b.WriteString(s) }

// text writes s as html/template writes a string in text or in a quoted
// attribute value (its htmlEscaper and attrEscaper).
func (f *fragment) text(s string) {
	written := 0
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		var repl string
		switch r {
		case 0:
			repl = "\uFFFD"
		case '"':
			repl = "&#34;"
		case '&':
			repl = "&amp;"
		case '\'':
			repl = "&#39;"
		case '+':
			repl = "&#43;"
		case '<':
			repl = "&lt;"
		case '>':
			repl = "&gt;"
		}
		if repl != "" {
			f.b.WriteString(s[written:i])
			f.b.WriteString(repl)
			written = i + w
		}
		i += w
	}
	f.b.WriteString(s[written:])
}

// path writes s as html/template writes a string in a quoted URL
// attribute after a fixed start such as "/articles/" (its urlNormalizer,
// then attrEscaper): bytes outside the URL's own characters
// percent-encoded, existing escapes kept.
func (f *fragment) path(s string) {
	const hex = "0123456789abcdef"
	var esc strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("!#$&*+,/:;=?@[]-._~", c) >= 0,
			'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			continue
		case c == '%' && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]):
			continue
		}
		esc.WriteString(s[written:i])
		esc.WriteByte('%')
		esc.WriteByte(hex[c>>4])
		esc.WriteByte(hex[c&15])
		written = i + 1
	}
	if written == 0 {
		f.text(s)
		return
	}
	esc.WriteString(s[written:])
	f.text(esc.String())
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// html is what was built. Every text in it went through text or path.
func (f *fragment) html() template.HTML {
	return template.HTML(f.b.String()) //nolint:gosec // see the comment at the top
}

// relatedHTML is the list items of the related articles.
func relatedHTML(ls []Link) template.HTML {
	var f fragment
	for _, l := range ls {
		f.raw("\n    <li><a href=\"/articles/")
		f.path(l.Slug)
		f.raw("\">")
		f.text(l.Title)
		f.raw("</a> <span class=\"meta\">")
		if l.DateISO != "" {
			f.raw("<time datetime=\"")
			f.text(l.DateISO)
			f.raw("\">")
			f.text(l.DateText)
			f.raw("</time>")
		} else {
			f.raw("Date unknown")
		}
		f.raw("</span></li>")
	}
	return f.html()
}

// neighboursHTML is the links to the newer and the older article, "" when
// there is neither.
func neighboursHTML(newer, older *Link) template.HTML {
	if newer == nil && older == nil {
		return ""
	}
	var f fragment
	if newer != nil {
		f.raw("<a href=\"/articles/")
		f.path(newer.Slug)
		f.raw("\" rel=\"prev\">← Newer: ")
		f.text(newer.Title)
		f.raw("</a>")
	}
	if older != nil {
		f.raw("<a href=\"/articles/")
		f.path(older.Slug)
		f.raw("\" rel=\"next\">Older: ")
		f.text(older.Title)
		f.raw(" →</a>")
	}
	return f.html()
}

// referenceHTML is a formatted reference, its italic runs in <i>.
func referenceHTML(ref citation.Reference) template.HTML {
	var f fragment
	for _, p := range ref {
		if p.Italic {
			f.raw("<i>")
			f.text(p.Text)
			f.raw("</i>")
		} else {
			f.text(p.Text)
		}
	}
	return f.html()
}

// metaTagsHTML is the head's citation tags: one <meta name content> each.
func metaTagsHTML(tags []MetaTag) template.HTML {
	var f fragment
	for _, t := range tags {
		f.raw("\n<meta name=\"")
		f.text(t.Name)
		f.raw("\" content=\"")
		f.text(t.Content)
		f.raw("\">")
	}
	return f.html()
}
