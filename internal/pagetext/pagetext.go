// Package pagetext turns the text a person gets by copying a news web page
// into an article.Article. Parsing is pure: bytes in, value out.
package pagetext

import (
	"errors"
	"strings"

	"morgue/internal/article"
)

// ErrNoTitle means nothing in the text looks like a headline.
var ErrNoTitle = errors.New("no recognisable title")

// Parse is a placeholder: first non-empty line as title, the rest as body.
func Parse(data []byte) (article.Article, []string, error) {
	var a article.Article
	blocks := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n")
	var paras []string
	for _, b := range blocks {
		b = strings.TrimSpace(b)
		if b == "" {
			continue
		}
		if a.Title == "" {
			a.Title = b
			continue
		}
		paras = append(paras, article.EscapeMarkdown(b))
	}
	if a.Title == "" {
		return a, nil, ErrNoTitle
	}
	a.Body = strings.Join(paras, "\n\n")
	a.WordCount = article.CountWords(a.Body)
	a.ReadingMinutes = article.ReadingMinutes(a.WordCount)
	return a, nil, nil
}
