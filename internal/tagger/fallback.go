package tagger

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morgue-archive/morgue/internal/article"
)

// maxFallback caps the tags of a text without case information: repeated
// word sequences are weaker evidence than names.
const maxFallback = 5

type gram struct {
	words []string // keys
	text  string   // first spelling, lower case
	score float64
	n     int
	first int
}

// fallback tags a text written entirely in capitals (or Title Case): the
// word sequences of up to three words, free of function words, that it
// repeats.
func (t *tagger) fallback(a article.Article) []article.Tag {
	grams := map[string]*gram{}
	var seq []*gram
	pos := 0
	for _, ln := range t.lines {
		var seg []token
		flush := func() {
			for i := range seg {
				for n := 1; n <= 3 && i+n <= len(seg); n++ {
					ws := make([]string, n)
					ls := make([]string, n)
					for k, tk := range seg[i : i+n] {
						ws[k], ls[k] = tk.key, tk.low
					}
					k := strings.Join(ws, " ")
					g := grams[k]
					if g == nil {
						g = &gram{words: ws, text: strings.Join(ls, " "), first: pos + i}
						grams[k] = g
						seq = append(seq, g)
					}
					g.score += ln.w
					g.n++
				}
			}
			pos += len(seg)
			seg = seg[:0]
		}
		for _, tk := range ln.toks {
			if tk.brk {
				flush()
			}
			if tk.shape == shNum || tk.shape == shAmp || !lettersOnly(tk.text) || t.isStop(tk.low) ||
				tk.lx.has(lxCalendar|lxJunk|lxRoleHead|lxGeneric) ||
				utf8.RuneCountInString(tk.key) < 2 {
				flush()
				continue
			}
			seg = append(seg, tk)
		}
		flush()
	}
	var ok []*gram
	for _, g := range seq {
		if g.n < 2 {
			continue
		}
		if len(g.words) == 1 {
			w := g.words[0]
			if utf8.RuneCountInString(w) < 4 || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") {
				continue
			}
		}
		g.score *= 1 + 0.5*float64(len(g.words)-1)
		ok = append(ok, g)
	}
	sort.SliceStable(ok, func(i, j int) bool {
		if ok[i].score != ok[j].score {
			return ok[i].score > ok[j].score
		}
		return ok[i].first < ok[j].first
	})
	bad := excluded(a)
	usedWord := map[string]bool{}
	seen := map[string]bool{}
	var out []article.Tag
	for _, g := range ok {
		if len(out) == maxFallback {
			break
		}
		clash := false
		for _, w := range g.words {
			clash = clash || usedWord[w]
		}
		name := titleCase(g.text)
		slug := slugOf(name)
		if clash || slug == "" || seen[slug] || bad[slug] || bad[compact(slug)] {
			continue
		}
		for _, w := range g.words {
			usedWord[w] = true
		}
		seen[slug] = true
		out = append(out, article.Tag{Name: name, Slug: slug})
	}
	return out
}

// titleCase capitalises each word: "gustavo petro" → "Gustavo Petro".
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(ws, " ")
}
