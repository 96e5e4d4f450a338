// Package markdown renders article bodies to HTML once, at import, so that a
// page view only fills a template, and derives the plain text the search
// index and snippets use.
package markdown

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// md leaves raw HTML out (goldmark's default without html.WithUnsafe) and
// drops javascript: and similar link targets: bodies come from scraped pages
// and curated files, and neither may inject markup or script.
var md = goldmark.New(goldmark.WithExtensions(extension.Strikethrough, extension.Table))

// ToHTML renders Markdown to safe HTML.
func ToHTML(src string) (string, error) {
	var buf bytes.Buffer
	if err := md.Convert([]byte(src), &buf); err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	return buf.String(), nil
}

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
