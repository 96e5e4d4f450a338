package htmlpage

import "strings"

// A long story often opens with its own table of contents: a label
// ("Table of Contents", "Jump to:", "In this article") and a list whose
// items name the story's sections, each a link to its heading. The
// archived story keeps the headings themselves; the list only repeats
// them, and its label is a button's. A list is taken for one when it has
// three items or more and four in five of them name a heading further
// down; a list that names things the story does not head is story.

// contentsLabels label a page's table of contents, folded.
var contentsLabels = map[string]bool{
	"table of contents": true, "contents": true, "in this article": true, "on this page": true,
	"jump to": true, "jump to section": true, "in this guide": true, "in this post": true,
	"article contents": true, "page contents": true, "skip to section": true,
}

// dropContents removes a table of contents and its label.
func dropContents(blocks []string) []string {
	// Where each heading was last seen, by its folded text with and
	// without a leading number ("2. Crew" heads the item "Crew").
	var heads map[string]int
	for i, b := range blocks {
		if !strings.HasPrefix(b, "#") || strings.Contains(b, "\n") {
			continue
		}
		if heads == nil {
			heads = map[string]int{}
		}
		h := fold(stripLinks(strings.TrimLeft(b, "#")))
		if h == "" {
			continue
		}
		heads[h] = i
		heads[unnumbered(h)] = i
	}
	kept := blocks[:0]
	for i, b := range blocks {
		switch {
		case contentsLabel(b):
			continue
		case heads != nil && contentsList(b, i, heads):
			if n := len(kept); n > 0 && contentsLabel(kept[n-1]) {
				kept = kept[:n-1]
			}
			continue
		}
		kept = append(kept, b)
	}
	return kept
}

// contentsLabel reports a one-line block that is only a table of
// contents' label ("## Table of Contents", "Jump to:").
func contentsLabel(b string) bool {
	return len(b) < 60 && !strings.Contains(b, "\n") && contentsLabels[fold(stripLinks(b))]
}

// contentsList reports a list at index at whose items name headings after
// it.
func contentsList(b string, at int, heads map[string]int) bool {
	lines := strings.Split(b, "\n")
	if len(lines) < 3 {
		return false
	}
	named := 0
	for _, l := range lines {
		text, ok := itemText(strings.TrimLeft(l, " "))
		if !ok {
			return false
		}
		t := fold(stripLinks(text))
		if i, ok := heads[t]; ok && i > at {
			named++
		} else if i, ok := heads[unnumbered(t)]; ok && i > at {
			named++
		}
	}
	return named*5 >= len(lines)*4
}

// itemText is a Markdown list item's text without its marker.
func itemText(l string) (string, bool) {
	if rest, ok := strings.CutPrefix(l, "- "); ok {
		return rest, true
	}
	i := 0
	for i < len(l) && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	if i > 0 && strings.HasPrefix(l[i:], ". ") {
		return l[i+2:], true
	}
	return "", false
}

// unnumbered is folded text without a leading number ("2 crew" → "crew").
func unnumbered(f string) string {
	i := 0
	for i < len(f) && f[i] >= '0' && f[i] <= '9' {
		i++
	}
	if i > 0 && i < len(f) && f[i] == ' ' {
		return f[i+1:]
	}
	return f
}
