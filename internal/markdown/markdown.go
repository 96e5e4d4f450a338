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
	"unicode/utf8"

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
	if plainHTML(buf, src) {
		return buf.String(), nil
	}
	buf.Reset()
	if err := md.Convert([]byte(src), buf); err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	return buf.String(), nil
}

// plainHTML writes to buf what goldmark makes of src when src is nothing
// but paragraphs of plain text, and reports whether it was: most bodies
// are prose without a single Markdown mark, and goldmark's parse and tree
// of nodes for them were a tenth of the CPU of an article page nobody had
// asked for before (pprof under a crawl of 100,000 articles). Anything
// that could start a block other than a paragraph, or be inline markup,
// an entity, a hard line break or a character goldmark replaces, sends
// the whole body to goldmark. FuzzPlainHTML checks that every body
// written here is byte for byte what goldmark writes.
func plainHTML(buf *bytes.Buffer, src string) bool {
	if !utf8.ValidString(src) {
		return false
	}
	open := false // inside a paragraph
	for line := range strings.SplitSeq(src, "\n") {
		if line == "" {
			if open {
				buf.WriteString("</p>\n")
				open = false
			}
			continue
		}
		if !plainLine(line) {
			return false
		}
		if open {
			buf.WriteByte('\n')
		} else {
			buf.WriteString("<p>")
			open = true
		}
		for {
			q := strings.IndexByte(line, '"')
			if q < 0 {
				break
			}
			buf.WriteString(line[:q])
			buf.WriteString("&quot;")
			line = line[q+1:]
		}
		buf.WriteString(line)
	}
	if open {
		buf.WriteString("</p>\n")
	}
	return true
}

// plainLine reports whether a line of a paragraph is plain text to
// goldmark (with the table and strikethrough extensions): no space at
// either end (indentation, a hard line break), nothing that starts
// another block (a heading, a list item, a thematic break, a setext
// underline or a table's delimiter row), and no byte of inline markup,
// entity or escape anywhere.
func plainLine(line string) bool {
	if line[0] == ' ' || line[len(line)-1] == ' ' {
		return false
	}
	switch c := line[0]; {
	case c == '#' || c == '=' || c == '+' || c == '-':
		return false
	case c == ':':
		// ":-" or ":-:" under a line is a table's delimiter row to
		// goldmark's table extension, pipes or not ("0\n:-" is a table).
		return false
	case c >= '0' && c <= '9':
		// "1." or "1)" starts an ordered list.
		i := 1
		for i < len(line) && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i < len(line) && (line[i] == '.' || line[i] == ')') {
			return false
		}
	}
	for i := 0; i < len(line); i++ {
		if notPlain[line[i]] {
			return false
		}
	}
	return true
}

// notPlain are the bytes that may be markup to goldmark or that it
// writes otherwise than as they are: control characters (tab, carriage
// return and NUL among them), the marks of emphasis, strikethrough, code,
// links, tables, block quotes, raw HTML and autolinks, entities and
// backslash escapes.
var notPlain = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	for _, c := range []byte("\x7f\\*_`[]<>&|~") {
		t[c] = true
	}
	return t
}()

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
