// Package markdown renders article bodies to HTML once, at import, so that a
// page view only fills a template.
package markdown

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// md leaves raw HTML out (goldmark's default without html.WithUnsafe): bodies
// come from scraped pages and curated files, and neither may inject markup.
var md = goldmark.New(goldmark.WithExtensions(extension.Strikethrough, extension.Table))

// ToHTML renders Markdown to safe HTML.
func ToHTML(src string) (string, error) {
	var buf bytes.Buffer
	if err := md.Convert([]byte(src), &buf); err != nil {
		return "", fmt.Errorf("render markdown: %w", err)
	}
	return buf.String(), nil
}
