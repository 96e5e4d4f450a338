package store

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"

	"github.com/morgue-archive/morgue/internal/search"
)

// Snippet sizes for text cut here rather than by FTS5, in characters:
// about what FTS5's 30 tokens show of English.
const (
	snippetRunes  = 90
	snippetBefore = 25 // shown before the first match
)

// gramSnippets cuts a passage around the query's words from the body of
// each article on the page. The grams index holds pieces of words, not
// text to show, so FTS5's snippet() cannot; the words are found in the
// text itself, ignoring case.
func (r *Reader) gramSnippets(ctx context.Context, q search.Query, ids []int64) (map[int64]string, error) {
	words := q.Words()
	return r.textSnippets(ctx, ids, func(text string) []match { return findWords(text, words) })
}

// stemSnippets is gramSnippets for the stems index: a word of the text
// is marked when its stem is one the query looks for (Москве for Москва).
func (r *Reader) stemSnippets(ctx context.Context, q search.Query, ids []int64) (map[int64]string, error) {
	want := map[string]bool{}
	for _, w := range q.Words() {
		want[strings.ToLower(stemOf(w))] = true
	}
	return r.textSnippets(ctx, ids, func(text string) []match { return findStems(text, want) })
}

// textSnippets cuts a passage from the body of each article of ids around
// what find finds in it.
func (r *Reader) textSnippets(ctx context.Context, ids []int64, find func(string) []match) (map[int64]string, error) {
	out := map[int64]string{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := r.conn().QueryContext(ctx, `SELECT id, body_text FROM articles_search WHERE id IN `+idSet, idList(ids))
	if err != nil {
		return nil, fmt.Errorf("snippets: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			return nil, fmt.Errorf("snippets: %w", err)
		}
		out[id] = cutSnippet(text, find)
	}
	return out, rows.Err()
}

// findStems returns every word of text whose stem (lower-cased) is in want.
func findStems(text string, want map[string]bool) []match {
	var ms []match
	env := snowballstem.NewEnv("")
	for i := 0; i < len(text); {
		end := wordEnd(text, i)
		if end == i {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		if want[strings.ToLower(stemWord(env, text[i:end]))] {
			ms = append(ms, match{i, end})
		}
		i = end
	}
	return ms
}

// match is a found word: text[start:end].
type match struct{ start, end int }

// cutSnippet returns the window of text with the most of what find finds
// in it, each find between MarkStart and MarkEnd, and "…" where the text
// goes on.
func cutSnippet(text string, find func(string) []match) string {
	text = strings.Join(strings.Fields(text), " ")
	ms := find(text)
	start := 0
	if len(ms) > 0 {
		start = bestWindow(text, ms)
	}
	end := start
	for n := 0; end < len(text) && n < snippetRunes; n++ {
		_, size := utf8.DecodeRuneInString(text[end:])
		end += size
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	at := start
	for _, m := range ms {
		if m.start < at || m.end > end {
			continue
		}
		b.WriteString(text[at:m.start])
		b.WriteString(MarkStart)
		b.WriteString(text[m.start:m.end])
		b.WriteString(MarkEnd)
		at = m.end
	}
	b.WriteString(text[at:end])
	if end < len(text) {
		b.WriteString("…")
	}
	return b.String()
}

// findWords returns every place one of words occurs, in order, without
// overlaps, ignoring case.
func findWords(text string, words []string) []match {
	var ms []match
	for i := 0; i < len(text); {
		best := 0
		for _, w := range words {
			if n := prefixFold(text[i:], w); n > best {
				best = n
			}
		}
		if best > 0 {
			ms = append(ms, match{i, i + best})
			i += best
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	return ms
}

// prefixFold returns the length in s of a prefix equal to w under case
// folding, or 0.
func prefixFold(s, w string) int {
	i := 0
	for _, wr := range w {
		if i >= len(s) {
			return 0
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != wr && !strings.EqualFold(string(r), string(wr)) {
			return 0
		}
		i += size
	}
	return i
}

// bestWindow returns where to start a snippet: a little before the match
// that begins the window holding the most distinct words.
func bestWindow(text string, ms []match) int {
	bestAt, bestN := 0, -1
	for i, m := range ms {
		seen := map[string]bool{}
		limit := m.start + 4*snippetRunes // bytes: up to 4 a character
		for _, n := range ms[i:] {
			if n.end > limit || utf8.RuneCountInString(text[m.start:n.end]) > snippetRunes-snippetBefore {
				break
			}
			seen[strings.ToLower(text[n.start:n.end])] = true
		}
		if len(seen) > bestN {
			bestAt, bestN = i, len(seen)
		}
	}
	start := ms[bestAt].start
	for n := 0; start > 0 && n < snippetBefore; n++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	return start
}
