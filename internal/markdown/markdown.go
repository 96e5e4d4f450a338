// Package markdown is the one place where an article's body becomes HTML.
// The archive stores only the Markdown; the server renders it when it builds
// a page, a feed or an API answer (and its page cache keeps the result), and
// the exporter when it writes the body out. The importer uses it too, to
// derive the plain text the search index and snippets read.
//
// Why pages may show this HTML without escaping it: goldmark runs without
// html.WithUnsafe, so raw HTML in the source, inline or as a block, comes
// out as a "raw HTML omitted" comment; goldmark escapes every text and
// attribute value it writes; and it leaves out link and image targets that
// could run script (javascript:, vbscript:, file:, and data: other than
// images). The output holds no markup but what Markdown itself makes,
// whatever the stored Markdown says. Because the HTML is made from the
// Markdown when it is read (and kept only in memory), nothing the archive
// stores is ever trusted as HTML.
package markdown

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// md is goldmark's default HTML renderer (no html.WithUnsafe: see the
// package comment): bodies come from scraped pages and curated files, and
// neither may inject markup or script.
var md = goldmark.New(goldmark.WithExtensions(extension.Strikethrough, extension.Table))

// ToHTML renders Markdown to HTML that is safe to show as it is.
func ToHTML(src string) (string, error) {
	buf := buffers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= maxKeptBuffer {
			buf.Reset()
			buffers.Put(buf)
		}
	}()
	buf.Grow(len(src) + len(src)/4) // the markup adds about a tenth
	if err := md.Convert([]byte(src), buf); err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	return buf.String(), nil
}

// buffers are reused: every article page nobody asked for before renders
// its body, and a buffer of its size made anew for each was a fifth of
// the bytes a first view allocated (the garbage collector's work).
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxKeptBuffer bounds the buffers kept: a rare huge body must not stay.
const maxKeptBuffer = 1 << 20

// blockEnds are the closing tags after which text starts a new paragraph.
var blockEnds = map[string]bool{
	"p": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "pre": true, "tr": true, "br": true, "hr": true,
}

// Text returns the readable text of HTML that ToHTML made: tags dropped,
// entities decoded, one blank line between blocks. It relies on goldmark's
// output being well formed (attribute values never hold a raw '>').
func Text(htmlSrc string) string {
	var b strings.Builder
	b.Grow(len(htmlSrc))
	for len(htmlSrc) > 0 {
		lt := strings.IndexByte(htmlSrc, '<')
		if lt < 0 {
			b.WriteString(html.UnescapeString(htmlSrc))
			break
		}
		b.WriteString(html.UnescapeString(htmlSrc[:lt]))
		gt := strings.IndexByte(htmlSrc[lt:], '>')
		if gt < 0 {
			break
		}
		tag := strings.TrimLeft(htmlSrc[lt+1:lt+gt], "/")
		if i := strings.IndexAny(tag, " \t\n/"); i >= 0 {
			tag = tag[:i]
		}
		if blockEnds[strings.ToLower(tag)] {
			b.WriteString("\n\n")
		}
		htmlSrc = htmlSrc[lt+gt+1:]
	}
	// Collapse the runs of blank lines that nested blocks leave behind.
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	blank := true
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
