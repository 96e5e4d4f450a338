package htmlpage

import (
	"strings"
	"time"
	"unicode"

	"morgue/internal/pagetext"
)

// headline picks the visible headline. Pages name their story in several
// places: the <h1> a reader sees, JSON-LD's headline, og:title, and a
// <title> that usually carries the site's name too. The visible one is
// the article's title, so an <h1> wins when the page's metadata confirms
// it is the story's (the same words, or most of them); otherwise the
// metadata's own title with the site's name cut off.
func (m *meta) headline(fromExtractor string) string {
	metaTitles := []string{
		m.ldField(func(l ldArticle) string { return l.headline }),
		m.first("og:title"), m.first("twitter:title"), m.first("citation_title"), m.first("dc.title"),
		m.title, fromExtractor,
	}
	var known []string
	for _, t := range metaTitles {
		if t = collapse(t); t != "" {
			known = append(known, t)
		}
	}
	best, bestScore := "", 0.0
	for _, h := range m.h1 {
		if len(h) > 300 || wordCount(h) < 2 && len(m.h1) > 1 {
			continue
		}
		fh := fold(h)
		for _, k := range known {
			fk := fold(k)
			var s float64
			switch {
			case fh == fk:
				s = 3
			case fh != "" && strings.HasPrefix(fk, fh) && len(fh)*2 > len(fk):
				s = 2 // "Headline | Site" in <title>
			default:
				s = overlap(fh, fk)
			}
			if s > bestScore {
				best, bestScore = h, s
			}
		}
	}
	if bestScore >= 0.5 || len(m.h1) == 1 && bestScore >= 0.3 && wordCount(best) >= 3 {
		// The page's only headline, sharing some words with its
		// metadata: the visible wording wins (sites write a different
		// title for search engines).
		return cutLabel(best)
	}
	site := []string{m.first("og:site_name"), m.ldField(func(l ldArticle) string { return l.publisher }), m.first("application-name")}
	for _, k := range known {
		if t := cutSiteName(k, site); t != "" {
			return cutLabel(t)
		}
	}
	if len(m.h1) > 0 {
		return m.h1[0]
	}
	return ""
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// overlap is the share of the shorter title's words found in the other.
func overlap(a, b string) float64 {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	set := map[string]bool{}
	for _, w := range wb {
		set[w] = true
	}
	n := 0
	for _, w := range wa {
		if set[w] {
			n++
		}
	}
	// A one-word heading (a logo) matching a word of the title is no match.
	if len(wa) < 3 {
		return float64(n) / float64(len(wb))
	}
	return float64(n) / float64(len(wa))
}

// cutLabel drops a section label set off by " | " at either end of a
// headline ("Opinion", "The Agency"): one or two words against a headline
// of four or more.
func cutLabel(t string) string {
	parts := strings.Split(t, " | ")
	if len(parts) != 2 {
		return t
	}
	a, b := len(strings.Fields(parts[0])), len(strings.Fields(parts[1]))
	switch {
	case b <= 2 && a >= 4:
		return strings.TrimSpace(parts[0])
	case a <= 2 && b >= 4:
		return strings.TrimSpace(parts[1])
	}
	return t
}

// titleSeps part a headline from the site's name in <title> and og:title.
var titleSeps = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " // ", " • "}

// cutSiteName removes the site's name from a title: the part that is the
// site's name when the page gives it, else the last part after a
// separator when it is shorter than what comes before.
func cutSiteName(t string, site []string) string {
	for _, sep := range titleSeps {
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		var kept []string
		for _, p := range parts {
			isSite := false
			for _, s := range site {
				if s != "" && (fold(p) == fold(s) || strings.HasPrefix(fold(s), fold(p)) && len(fold(p)) > 3) {
					isSite = true
				}
			}
			if !isSite {
				kept = append(kept, p)
			}
		}
		if len(kept) == len(parts) {
			last := parts[len(parts)-1]
			if len(parts) == 2 && len(last) < len(parts[0]) && len(strings.Fields(last)) <= 4 {
				kept = parts[:1]
			}
		}
		if len(kept) > 0 {
			return strings.TrimSpace(strings.Join(kept, sep))
		}
	}
	return strings.TrimSpace(t)
}

// authors are the story's writers, from the most trusted source that
// names any person.
func (m *meta) authors(fromExtractor string) []string {
	clean := func(names []string) []string {
		var out []string
		seen := map[string]bool{}
		for _, n := range names {
			for _, n := range splitNames(n) {
				k := fold(n)
				// An organisation named as the author (a newsroom, a
				// university) is kept: it is who the page says wrote it.
				if k == "" || seen[k] || looksLikeURL(n) || len(n) > 80 {
					continue
				}
				seen[k] = true
				out = append(out, n)
			}
		}
		return out
	}
	for _, l := range m.ld {
		if ns := clean(l.authors); len(ns) > 0 {
			return ns
		}
	}
	for _, key := range []string{"article:author", "citation_author", "author", "dc.creator", "parsely-author", "sailthru.author", "byl"} {
		if ns := clean(m.tags[key]); len(ns) > 0 {
			return ns
		}
	}
	for _, b := range m.bylines {
		if ns := clean(pagetext.ReadByline(b)); len(ns) > 0 {
			return ns
		}
	}
	if ns := clean(m.headerByline()); len(ns) > 0 {
		return ns
	}
	// A link the page marks rel=author names its writer, whatever the
	// name looks like (a user name, a single word).
	if ns := clean(m.authorLinks); len(ns) > 0 {
		return ns
	}
	return clean(pagetext.ReadByline(fromExtractor))
}

// splitNames reads one metadata value that may hold several names ("Jane
// Doe and John Roe", "By Jane Doe") with the page-text byline reader;
// a plain name is kept as it is.
func splitNames(s string) []string {
	s = collapse(s)
	if s == "" {
		return nil
	}
	low := strings.ToLower(s)
	if !strings.Contains(low, " and ") && !strings.ContainsAny(s, ",;&|") && !strings.HasPrefix(low, "by ") {
		return []string{s}
	}
	if ns := pagetext.ReadByline(s); len(ns) > 0 {
		return ns
	}
	return []string{s}
}

func looksLikeURL(s string) bool {
	return strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.Contains(s, "@")
}

// published is the story's publication date: the first machine-readable
// one the page gives, most trusted source first. Where the date a reader
// sees on the page is the page's stated modification date instead (a
// story updated and shown as of its update), the visible one wins.
func (m *meta) published() (time.Time, bool) {
	monthFirst := strings.HasPrefix(strings.ToLower(m.lang), "en-us") || m.lang == "" || strings.EqualFold(m.lang, "en")
	seen := m.visibleDates(monthFirst, m.dateText)
	t, ok := m.machineDate()
	if !ok {
		// With no machine-readable date, the header's own words come
		// first, then elements marked as dates anywhere.
		if hd := m.visibleDates(monthFirst, m.header); len(hd) > 0 {
			return hd[0], true
		}
		if len(seen) > 0 {
			return seen[0], true
		}
		return m.modified()
	}
	if mod, ok := m.modified(); ok && !sameDay(mod, t) && len(seen) > 0 && sameDay(seen[0], mod) {
		return mod, true
	}
	return t, true
}

// visibleDates are the dates a reader sees in lines.
func (m *meta) visibleDates(monthFirst bool, lines []string) []time.Time {
	var out []time.Time
	for _, l := range lines {
		if t, ok := pagetext.ReadDate(l, monthFirst); ok && plausible(t) {
			out = append(out, t)
		}
	}
	return out
}

// headerByline reads a byline in the header: a line opening with a byline
// word ("By Jane Doe"), or a lone label line ("Written by") and the line
// under it.
func (m *meta) headerByline() []string {
	for i, l := range m.header {
		low := strings.ToLower(l)
		cand := ""
		switch {
		case low == "by" || low == "written by" || low == "author" || low == "author:" || low == "words by":
			if i+1 < len(m.header) {
				cand = "By " + m.header[i+1]
			}
		case strings.HasPrefix(low, "by ") || strings.HasPrefix(low, "written by "):
			cand = l
		}
		if cand == "" {
			continue
		}
		if ns := pagetext.ReadByline(cand); len(ns) > 0 {
			return ns
		}
	}
	return nil
}

func (m *meta) machineDate() (time.Time, bool) {
	cands := []string{m.ldField(func(l ldArticle) string { return l.published })}
	cands = append(cands, m.first("article:published_time", "og:published_time", "published_time"))
	cands = append(cands, m.first("citation_publication_date", "citation_date", "citation_online_date"))
	cands = append(cands, m.first("datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date",
		"dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published"))
	cands = append(cands, m.ldDates...)
	for _, t := range m.times {
		if t.marked {
			cands = append(cands, t.datetime)
		}
	}
	for _, t := range m.times {
		cands = append(cands, t.datetime)
	}
	for _, c := range cands {
		if c == "" {
			continue
		}
		if t, ok := parseTime(c); ok {
			return t, true
		}
		if t, ok := pagetext.ReadDate(c, true); ok && plausible(t) {
			return t, true
		}
	}
	return time.Time{}, false
}

// modified is the page's stated last modification.
func (m *meta) modified() (time.Time, bool) {
	for _, c := range []string{m.ldField(func(l ldArticle) string { return l.modified }), m.first("article:modified_time", "og:updated_time", "dateModified")} {
		if t, ok := parseTime(c); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

func sameDay(a, b time.Time) bool {
	return a.Format("2006-01-02") == b.Format("2006-01-02")
}

// fold lower-cases s and keeps its letters and digits, one space apart.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '’' {
			continue
		}
		space = true
	}
	return b.String()
}
