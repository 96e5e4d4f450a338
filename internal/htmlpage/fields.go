package htmlpage

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/morgue-archive/morgue/internal/pagetext"
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
	for i, t := range metaTitles {
		if t = collapse(t); t != "" && (i < 5 || !offStory(t, metaTitles[:3])) {
			known = append(known, t)
		}
	}
	site := []string{m.first("og:site_name"), m.ldField(func(l ldArticle) string { return l.publisher }), m.first("application-name")}
	site = append(site, m.mastheads...)
	hosts := m.hostNames()
	var metaOnly []string // the metadata's titles with the site's name cut off
	for _, k := range known {
		if t := cutLabel(cutSiteName(k, site, hosts)); t != "" {
			metaOnly = append(metaOnly, t)
		}
	}
	best, bestScore, bestAt := "", 0.0, -1
	h1s := len(m.h1) - len(m.mastheads) // the headings that may be the story's
	for i, h := range m.h1 {
		if len(h) > 300 || wordCount(h) < 2 && len(m.h1) > 1 || len(m.mastheads) > 0 && contains(m.mastheads, h) {
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
				best, bestScore, bestAt = h, s, i
			}
		}
	}
	if bestAt >= 0 {
		// A headline set on two lines, the story's name over a
		// catchline ("Top Harbour Walks of 2025<br>Your Guide to the
		// Coast"): the metadata title that opens with the first line's
		// words names the story.
		if t := openedBy(metaOnly, lineBeforeBreak(m.h1Nodes[bestAt])); t != "" {
			m.twoLine = best
			return t
		}
	}
	if best != "" && shouting(best) && bestScore < 3 {
		// A heading in capitals that no metadata title spells the same
		// is a section label set above the story ("SUPPORTING
		// COMPLIANCE"), not its headline.
		best, bestScore = "", 0
	}
	if best != "" {
		// A heading whose characters the page's encoding lost ("Beginner?
		// Guide") is the metadata's title spelt right.
		for _, t := range metaOnly {
			if damagedCopy(best, t) {
				return t
			}
		}
	}
	// A two-word heading whose words are all in the story's metadata
	// title (its name without the site's) is that title, shortened.
	allIn := false
	for _, t := range metaOnly {
		allIn = allIn || wordCount(best) == 2 && wordsWithin(fold(best), fold(t))
	}
	if bestScore >= 0.5 || h1s == 1 && (bestScore >= 0.3 && wordCount(best) >= 3 || allIn) {
		// The page's only headline, sharing some words with its
		// metadata: the visible wording wins (sites write a different
		// title for search engines).
		h := cutTagline(cutLabel(best))
		// Unless the metadata's title is the same headline said in
		// full: the heading with a number or a qualifier left out ("8
		// Recent Trends" shown as "Recent Trends").
		for _, t := range metaOnly {
			if extends(t, h) {
				return t
			}
		}
		return h
	}
	if h1s == 0 {
		if h := titlePartHeading(metaOnly, append(append([]string{}, m.h2...), m.h3...)); h != "" {
			return h
		}
	}
	for i, t := range metaOnly {
		// A long title that another of the page's titles goes on from
		// was cut short (JSON-LD headlines are often capped at 110
		// characters, mid-phrase).
		ft := fold(t)
		for _, u := range metaOnly[i+1:] {
			if fu := fold(u); len(t) >= 70 && len(fu) > len(ft) && strings.HasPrefix(fu, ft+" ") {
				return u
			}
		}
		return t
	}
	if len(m.h1) > 0 {
		return m.h1[0]
	}
	return ""
}

// lineBeforeBreak is the text of n before its first <br>, or "" when n
// has none.
func lineBeforeBreak(n *html.Node) string {
	var b strings.Builder
	found := false
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && !found; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && c.DataAtom == atom.Br:
				found = true
			case c.Type == html.ElementNode:
				walk(c.FirstChild)
			}
		}
	}
	walk(n.FirstChild)
	if !found {
		return ""
	}
	return collapse(b.String())
}

// openedBy is the first of titles that opens with line's words, three at
// least and half of them ("Top Harbour Walks of 2025 (UK)" opens "Top
// Harbour Walks of 2025: Routes & Maps"); "" when none does.
func openedBy(titles []string, line string) string {
	lw := strings.Fields(fold(line))
	for _, t := range titles {
		tw := strings.Fields(fold(t))
		n := 0
		for n < len(lw) && n < len(tw) && lw[n] == tw[n] {
			n++
		}
		if n >= 3 && 2*n >= len(lw) {
			return t
		}
	}
	return ""
}

// titlePartHeading reads a page with no <h1> whose title names the
// site in words nothing else on the page gives ("Elwin Gazette —
// Harbour reopens after the storm"): a subheading (h2) that is the
// longest part of a title, the parts set off by a separator, is the
// headline; the site's name is the rest.
func titlePartHeading(titles, h2 []string) string {
	for _, t := range titles {
		for _, sep := range titleSeps {
			parts := strings.Split(t, sep)
			if len(parts) < 2 {
				continue
			}
			long := parts[0]
			for _, p := range parts[1:] {
				if utf8.RuneCountInString(p) > utf8.RuneCountInString(long) {
					long = p
				}
			}
			fl := fold(long)
			for _, h := range h2 {
				if fold(h) == fl && fl != "" {
					return h
				}
			}
			break
		}
	}
	return ""
}

// offStory reports a <title> (or the extractor's title, taken from it)
// that shares no word with the headline the page's JSON-LD, og:title or
// twitter:title gives: the site's name alone ("Valley Gazette"), which a
// site whose pages never set their own <title> keeps on every page, and
// which its logo, set as an <h1>, would then seem to confirm.
func offStory(t string, story []string) bool {
	off := false
	for _, s := range story {
		if s = collapse(s); s != "" {
			if overlap(fold(t), fold(s)) > 0 {
				return false
			}
			off = true
		}
	}
	return off
}

// wordsWithin reports whether every word of the folded heading h is in
// the folded title t.
func wordsWithin(h, t string) bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(t) {
		set[w] = true
	}
	for _, w := range strings.Fields(h) {
		if !set[w] {
			return false
		}
	}
	return h != ""
}

// shouting reports a heading written in capital letters throughout.
func shouting(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 4
}

// damagedCopy reports whether heading h is title t with some characters
// lost to a wrong encoding: each '?' or U+FFFD inside h stands for one to
// three characters of t, and the rest is the same.
func damagedCopy(h, t string) bool {
	if !strings.ContainsAny(strings.TrimRight(h, "?!. "), "?\uFFFD") || h == t {
		return false
	}
	hr, tr := []rune(h), []rune(t)
	var match func(i, j int) bool
	match = func(i, j int) bool {
		if i == len(hr) {
			return j == len(tr)
		}
		if hr[i] == '?' || hr[i] == '\uFFFD' {
			for k := 1; k <= 3 && j+k <= len(tr); k++ {
				if match(i+1, j+k) {
					return true
				}
			}
			return j < len(tr) && tr[j] == hr[i] && match(i+1, j+1)
		}
		return j < len(tr) && unicode.ToLower(hr[i]) == unicode.ToLower(tr[j]) && match(i+1, j+1)
	}
	return match(0, 0)
}

// extends reports whether title t is heading h with words added before
// or after it (not a site's name or a label set off by a separator), or
// with a leading article dropped: the same headline, said in full.
func extends(t, h string) bool {
	ft, fh := fold(t), fold(h)
	for _, a := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(fh, a) && !strings.HasPrefix(ft, a) {
			fh = fh[len(a):]
		}
	}
	if fh == "" || ft == fh || !strings.Contains(" "+ft+" ", " "+fh+" ") {
		return false
	}
	for _, sep := range append(titleSeps, ": ", ", ") {
		if strings.Contains(t, sep) && !strings.Contains(h, sep) {
			return false
		}
	}
	return true
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// overlap is the share of the shorter title's words found in the other.
func overlap(a, b string) float64 {
	// Single letters are not words to match on ("M&A" folds to "m a").
	wa, wb := longWords(a), longWords(b)
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

// cutTagline drops a short catchline set off by a separator after the
// headline ("15 Apps Compared - Personally Tested", "Best Movers in
// NYC | Top 19 Companies"): two to four title-cased words after " | ",
// " - " or " – ", behind a headline at least as long. A dash in a
// sentence ("Storm hits – three dead") is not title-cased.
func cutTagline(h string) string {
	for _, sep := range []string{" | ", " - ", " – "} {
		parts := strings.Split(h, sep)
		if len(parts) != 2 {
			continue
		}
		head, tail := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
		hw, tw := textWords(head), textWords(tail)
		if len(tw) < 2 || len(tw) > 4 || len(hw) < 3 || len(hw) < len(tw) || strings.ContainsAny(tail, "?!:") {
			return h
		}
		for _, w := range strings.Fields(tail) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLetter(r) && !unicode.IsUpper(r) && !smallTitleWords[w] {
				return h
			}
		}
		return head
	}
	return h
}

// textWords are the words of s as written ("Long-Distance" is one), not
// counting signs such as "&".
func textWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			out = append(out, w)
		}
	}
	return out
}

// smallTitleWords stay lower-case in a title-cased English headline.
var smallTitleWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "by": true, "with": true, "vs": true, "vs.": true,
}

// longWords are the words of s longer than one character.
func longWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) > 1 {
			out = append(out, w)
		}
	}
	return out
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

// titleSeps part a headline from the site's name in <title> and og:title;
// pages in Chinese and Japanese set a low line or a full-width bar
// between them without spaces ("标题_频道_网站").
var titleSeps = []string{" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " // ", " • ", "｜", "_"}

// cutSiteName removes the site's name from a title: the part that is the
// site's name when the page gives it (site) or its address spells it
// (hosts: "Valley Gazette" at valleygazette.com), else the last part
// after a separator when it is shorter than what comes before.
func cutSiteName(t string, site, hosts []string) string {
	isSite := func(p string) bool {
		fp := fold(p)
		if fp == "" {
			return false
		}
		for _, s := range site {
			if s != "" && (fp == fold(s) || strings.HasPrefix(fold(s), fp) && len(fp) > 3 || squashed(fp) == squashed(fold(s))) {
				return true
			}
		}
		for _, h := range hosts {
			if squashed(fp) == h {
				return true
			}
		}
		return false
	}
	// "Gazette: Harbour reopens after the storm": a colon sets the site's
	// name off only before the headline; after a headline's first words
	// it opens the rest of the headline.
	if head, rest, ok := strings.Cut(t, ": "); ok && isSite(head) && wordCount(rest) >= 3 {
		t = strings.TrimSpace(rest)
	}
	for _, sep := range titleSeps {
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		var kept []string
		for i, p := range parts {
			if !isSite(p) {
				kept = append(kept, p)
			} else if i > 0 {
				// What follows the site's name after the headline is the
				// site's own ("Harbour reopens - Gazette - Your local
				// news").
				break
			}
		}
		if len(kept) == 0 {
			continue
		}
		if len(kept) == len(parts) {
			last := parts[len(parts)-1]
			if len(parts) == 2 && len(last) < len(parts[0]) && len(strings.Fields(last)) <= 4 {
				kept = parts[:1]
			} else if len(parts) > 2 {
				kept = longestAtAnEnd(parts)
			}
		} else if len(kept) == 2 {
			// With the site's name gone, a section's name may stay beside
			// the headline ("Harbour reopens - Local News - Gazette",
			// "Gazette » News » Harbour reopens"): one or two capitalised
			// words against a headline of four or more.
			for i, p := range kept {
				if sectionName(p) && wordCount(kept[1-i]) >= 4 {
					kept = []string{kept[1-i]}
					break
				}
			}
		}
		if len(kept) > 0 {
			return strings.TrimSpace(strings.Join(kept, sep))
		}
	}
	return strings.TrimSpace(t)
}

// longestAtAnEnd reads a title of three or more parts that names
// neither site nor section the page states ("Harbour reopens | Local
// News | Gazette", "标题_地方新闻_日报", "Gazette » News » Harbour
// reopens"): when the part at one end is longer than all the others,
// and each of those is a short name (four words and twenty letters at
// most, each word opening with a capital or written in a script without
// capitals), that part is the headline. A clause of the headline after
// a dash ("Storm hits the town - two boats sunk - Gazette") is no name,
// and the title stays whole. A part between two others may be a section's
// name in lower case, as a site's address spells it ("Harbour reopens -
// news - Gazette"): one word, letters only.
func longestAtAnEnd(parts []string) []string {
	for _, end := range []int{0, len(parts) - 1} {
		head := utf8.RuneCountInString(strings.TrimSpace(parts[end]))
		short := true
		for i, p := range parts {
			p = strings.TrimSpace(p)
			name := nameShaped(p) || i > 0 && i < len(parts)-1 && sectionSlug(p)
			if i != end && (utf8.RuneCountInString(p) >= head || wordCount(p) > 4 || utf8.RuneCountInString(p) > 20 || !name) {
				short = false
			}
		}
		if short {
			return parts[end : end+1]
		}
	}
	return parts
}

// nameShaped reports words that each open with a capital letter or a
// letter of a script without capitals (a name, as "Elwin Gazette" or
// "地方新闻").
func nameShaped(p string) bool {
	for _, w := range strings.Fields(p) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return p != ""
}

// sectionSlug reports a section's name in lower case: one word, letters
// only ("news", "sport").
func sectionSlug(p string) bool {
	return p != "" && !strings.ContainsFunc(p, func(r rune) bool { return !unicode.IsLower(r) })
}

// sectionName reports a title's part that reads as a section of the
// site: one or two words, each opening with a capital.
func sectionName(p string) bool {
	ws := strings.Fields(p)
	if len(ws) == 0 || len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// hostNames are the labels of the page's own address that may spell
// the site's name, for a title that names the site without the page
// saying so anywhere else.
func (m *meta) hostNames() []string { return m.hostLabels(4) }

// hostLabels are the labels of the page's own address of at least min
// letters, the last (the country's or the kind's) left out.
func (m *meta) hostLabels(min int) []string {
	var out []string
	for _, c := range []string{m.canonical, m.first("og:url"), m.ldField(func(l ldArticle) string { return l.url })} {
		u, err := url.Parse(strings.TrimSpace(c))
		if err != nil || u.Hostname() == "" {
			continue
		}
		labels := strings.Split(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."), ".")
		// The last label is the country's or the kind's ("com", "uk").
		for _, l := range labels[:len(labels)-1] {
			if len(l) >= min {
				out = append(out, l)
			}
		}
		return out
	}
	return nil
}

// squashed is a folded name without its spaces and a leading "the", as
// an address writes it ("The Valley Gazette" → "valleygazette").
func squashed(f string) string {
	return strings.ReplaceAll(strings.TrimPrefix(f, "the "), " ", "")
}

// authors are the story's writers, from the most trusted source that
// names any. An organisation named as the author (a newsroom, a
// university, the site itself) is kept when nothing else names the
// writer; when a later source names a person (the visible byline, a
// rel=author link), or the same source names one beside it, the person
// is the writer. A writer the metadata
// names but the page never shows gives way to the byline it does show
// (shownInstead).
func (m *meta) authors(fromExtractor string, lead []string) []string {
	outlets := map[string]bool{}
	for _, l := range m.ld {
		outlets[fold(l.publisher)] = true
		for _, o := range l.orgAuthors {
			outlets[fold(o)] = true
		}
	}
	for _, k := range []string{"og:site_name", "application-name", "twitter:site"} {
		outlets[fold(strings.TrimPrefix(m.first(k), "@"))] = true
	}
	delete(outlets, "")
	clean := func(names []string) []string {
		var out []string
		seen := map[string]bool{}
		for _, n := range names {
			for _, n := range splitNames(cutRole(n)) {
				n = strings.TrimFunc(n, func(r rune) bool { return unicode.IsPunct(r) && r != '.' || unicode.IsSpace(r) })
				k := fold(n)
				if k == "" || seen[k] || looksLikeURL(n) || len(n) > 80 || widgetLabel(k) {
					continue
				}
				seen[k] = true
				out = append(out, n)
			}
		}
		// A name said again with words around it ("More about Jane
		// Doe", "Jane Doe Staff Writer") is the same writer.
		kept := out[:0]
		for i, n := range out {
			dup := false
			for j, o := range out {
				dup = dup || i != j && len(o) < len(n) && strings.Contains(" "+fold(n)+" ", " "+fold(o)+" ")
			}
			if !dup {
				kept = append(kept, n)
			}
		}
		return kept
	}
	var sources [][]string
	for _, l := range m.ld {
		sources = append(sources, l.authors)
	}
	for _, key := range []string{"article:author", "citation_author", "author", "dc.creator", "parsely-author", "sailthru.author", "byl"} {
		if key == "citation_author" || key == "dc.creator" {
			sources = append(sources, m.readingOrder(m.tags[key]))
			continue
		}
		sources = append(sources, m.tags[key])
	}
	sources = append(sources, m.parselyPage("authors"), m.parselyPage("author"))
	machine := len(sources)
	sources = append(sources, m.microAuthors)
	for _, b := range m.bylines {
		sources = append(sources, pagetext.ReadByline(b))
	}
	// A link the page marks rel=author names its writer, whatever the
	// name looks like (a user name, a single word).
	sources = append(sources, m.headerByline(), m.afterByline(), m.authorLinks, plainNames(m.nameMarks))
	shown := sources[machine+1:]
	sources = append(sources, pagetext.ReadByline(fromExtractor),
		m.groupByline(), m.labelledByline(), m.nameByDate(), lead, m.labelledMetaWriter(), m.cmsAuthor)
	var first []string
	for i, src := range sources {
		ns := clean(src)
		if len(ns) == 0 {
			continue
		}
		var people []string
		for _, n := range ns {
			if !outlets[fold(n)] {
				people = append(people, n)
			}
		}
		switch {
		case len(people) > 0 && first == nil:
			if i < machine {
				if b := m.shownInstead(people, shown, func(n string) bool { return outlets[fold(n)] }, clean); b != nil {
					return b
				}
			}
			return people
		case len(people) > 0:
			return people
		case first == nil:
			first = ns
		}
	}
	return first
}

// shownInstead is the byline a reader sees when the metadata's writers
// are not it: a CMS states the account that posted the story (a staff
// member's) while the page shows the byline the site chose ("Acme
// Team"). When none of the metadata's names appears anywhere in the
// page's text and the first of the page's own byline elements to name
// anyone names in full (two words or more) someone other than the site,
// that byline is the writer's.
func (m *meta) shownInstead(names []string, shown [][]string, outlet func(string) bool, clean func([]string) []string) []string {
	var page string
	for _, src := range shown {
		ns := clean(src)
		if len(ns) == 0 {
			continue
		}
		if page == "" {
			page = " " + fold(m.text) + " "
			for _, n := range names {
				if strings.Contains(page, " "+fold(n)+" ") {
					return nil
				}
			}
		}
		for _, n := range ns {
			if wordCount(n) < 2 || outlet(n) || !strings.Contains(page, " "+fold(n)+" ") {
				return nil
			}
		}
		return ns
	}
	return nil
}

// widgetLabel reports a folded text made only of the words of a byline
// widget's buttons and links ("Full Bio", "Fact Checked", "View
// Profile", "Text Size"), which a byline reader may take for a name when
// it follows "By".
func widgetLabel(k string) bool {
	for _, w := range strings.Fields(k) {
		if !widgetWords[w] {
			return false
		}
	}
	return true
}

var widgetWords = map[string]bool{
	"full": true, "bio": true, "biography": true, "fact": true, "checked": true, "reviewed": true, "text": true,
	"size": true, "view": true, "profile": true, "follow": true, "more": true, "read": true, "share": true,
	"print": true, "email": true, "contact": true, "about": true, "all": true, "posts": true, "articles": true,
	"see": true, "menu": true, "subscribe": true, "sign": true, "in": true, "up": true, "log": true,
	"login": true, "close": true, "open": true, "toggle": true, "expand": true, "show": true, "hide": true,
}

// labelledMetaWriter is the value of a twitter:dataN tag whose
// twitter:labelN says it names the writer: WordPress's SEO plugins write
// "Written by" and the post author's display name there on every post.
func (m *meta) labelledMetaWriter() []string {
	for i := 1; i <= 4; i++ {
		n := strconv.Itoa(i)
		if writerLabels[strings.ToLower(strings.TrimSpace(m.first("twitter:label"+n)))] {
			return m.tags["twitter:data"+n]
		}
	}
	return nil
}

// writerLabels are the labels that say the value beside them is the
// writer, in the languages SEO plugins are translated to most.
var writerLabels = map[string]bool{
	"written by": true, "author": true, "geschrieben von": true, "verfasst von": true, "escrito por": true,
	"écrit par": true, "scritto da": true, "geschreven door": true, "autor": true, "auteur": true, "autore": true,
}

// cutRole drops the writer's role or team set off after the name ("David
// Jackson - Editorial Team", "Eliz - Product marketer").
func cutRole(s string) string {
	for _, sep := range []string{" - ", " – ", " — "} {
		head, tail, ok := strings.Cut(s, sep)
		if !ok {
			continue
		}
		for _, w := range strings.Fields(fold(tail)) {
			if roleWords[w] {
				return strings.TrimSpace(head)
			}
		}
	}
	return s
}

// roleWords name a job or a desk rather than a person.
var roleWords = map[string]bool{
	"team": true, "editor": true, "editors": true, "editorial": true, "staff": true, "writer": true,
	"marketer": true, "contributor": true, "reporter": true, "correspondent": true, "founder": true,
	"cofounder": true, "director": true, "manager": true, "expert": true, "specialist": true,
	"journalist": true, "columnist": true, "desk": true, "ceo": true, "head": true,
}

// plainNames keeps the texts that read as a name as they are written: one
// to four words, the first capitalised, no digits or sentence marks.
func plainNames(texts []string) []string {
	var out []string
	for _, t := range texts {
		t = strings.TrimSpace(cutRole(t))
		for _, p := range []string{"by ", "written by ", "author: ", "author "} {
			if strings.HasPrefix(strings.ToLower(t), p) {
				t = strings.TrimSpace(t[len(p):])
			}
		}
		// A label left without its name ("Written By", "Author").
		if low := strings.ToLower(t); low == "author" || low == "authors" || low == "by" || strings.HasSuffix(low, " by") {
			continue
		}
		w := strings.Fields(t)
		if len(w) == 0 || len(w) > 4 || strings.ContainsAny(t, "0123456789.,:;!?@/()|") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
			out = append(out, t)
		}
	}
	return out
}

// labelledByline reads the name under a "Written by" label.
func (m *meta) labelledByline() []string {
	for _, l := range m.labelledBy {
		if ns := pagetext.ReadByline("By " + l); len(ns) > 0 {
			return ns
		}
		if ns := plainNames([]string{l}); len(ns) > 0 {
			return ns
		}
	}
	return nil
}

// groupByline reads a byline that names a group rather than a person ("By
// The Currency editors", "By ASU Online"), which the byline reader does
// not take for names: in an element marked as a byline, or in a part of
// a header line set off by a separator, "By" and one to five words that
// open with a capital and hold no digits.
func (m *meta) groupByline() []string {
	for _, l := range append(append([]string{}, m.bylines...), m.header...) {
		for _, part := range reBylineSeps().Split(l, -1) {
			part = strings.TrimSpace(part)
			low := strings.ToLower(part)
			rest := ""
			for _, p := range []string{"by ", "written by "} {
				if strings.HasPrefix(low, p) {
					rest = strings.TrimSpace(part[len(p):])
				}
			}
			words := strings.Fields(rest)
			if len(words) == 0 || len(words) > 5 || strings.ContainsAny(rest, "0123456789.,:;!?@/()") {
				continue
			}
			if r := []rune(rest)[0]; unicode.IsUpper(r) {
				return []string{rest}
			}
		}
	}
	return nil
}

var reURLDay = lazyRegexp(`/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?:/|$)`)

var reBylineSeps = lazyRegexp(`\s[·|•—–]\s`)

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
	// Names the byline reader does not take for a person's (a first
	// name alone: "Maria & Katerina") are still two writers when each
	// side is a capitalised name.
	if parts := reAndSep().Split(s, -1); len(parts) > 1 {
		ok := true
		for _, p := range parts {
			ws := strings.Fields(p)
			ok = ok && len(ws) >= 1 && len(ws) <= 3
			for _, w := range ws {
				r, _ := utf8.DecodeRuneInString(w)
				ok = ok && unicode.IsUpper(r)
			}
		}
		if ok {
			return parts
		}
	}
	return []string{s}
}

var reAndSep = lazyRegexp(`\s+(?:&|and)\s+`)

// Scholarly metadata (Highwire's citation_author, Dublin Core's
// DC.creator) writes each name family name first, a comma before the
// given names: "Novotná, Petra". A byline reads "Petra Novotná". A value
// is turned round when the page shows the name so, or when one side is
// a single word and the given side no suffix ("Jr.", "PhD"); two full
// names in one value ("Jane Doe, John Roe") stay for splitNames.
func (m *meta) readingOrder(names []string) []string {
	var out []string
	for _, n := range names {
		family, given, ok := strings.Cut(collapse(n), ", ")
		if !ok || strings.ContainsAny(given, ",;&") || strings.ContainsFunc(n, unicode.IsDigit) {
			out = append(out, n)
			continue
		}
		turned := given + " " + family
		fw, gw := strings.Fields(family), strings.Fields(given)
		shown := strings.Contains(m.text, turned)
		shaped := len(fw) <= 3 && len(gw) <= 3 && (len(fw) == 1 || len(gw) == 1) && !nameSuffix(given) && capitalised(gw) && capitalised(fw)
		if shown || shaped {
			out = append(out, turned)
		} else {
			out = append(out, n)
		}
	}
	return out
}

// nameSuffix reports what follows a name after a comma without being a
// given name: a generation ("Jr.", "III") or a degree ("PhD", "MD").
func nameSuffix(s string) bool {
	switch strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), ".", "")) {
	case "jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "rn", "esq", "dds", "cpa", "cfa", "jd", "dr", "prof":
		return true
	}
	return false
}

// capitalised reports words that each open with a capital letter, or
// with a lower-case particle of a family name ("van", "de").
func capitalised(ws []string) bool {
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(i < len(ws)-1 && unicode.IsLower(r) && len(w) <= 3) {
			return false
		}
	}
	return len(ws) > 0
}

func looksLikeURL(s string) bool {
	return strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.Contains(s, "@")
}

// parselyPage is one field of the story's record in a parsely-page tag:
// Parse.ly's older tracking code states the writers ("author" or
// "authors") and the publication time ("pub_date") in that tag's JSON,
// not in tags of their own.
func (m *meta) parselyPage(key string) []string {
	src := m.first("parsely-page")
	if src == "" {
		return nil
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(src), &rec); err != nil {
		return nil
	}
	return ldNames(rec[key])
}

// published is the story's date as the page states it. The date a reader
// sees with the story (in the headline's surroundings, else the first
// element marked as a date outside comments and side boxes) is the one the
// page gives; the machine-readable dates (JSON-LD, article:published_time,
// <time datetime>, …) often are the CMS's own, and a story updated and
// shown as of its update says so only in its visible date. A machine
// date on the same day is kept for its time and zone. With nothing
// shown, the most trusted machine-readable publication date is taken,
// then the stated modification date.
func (m *meta) published() (time.Time, bool) {
	monthFirst := strings.HasPrefix(strings.ToLower(m.lang), "en-us") || m.lang == "" || strings.EqualFold(m.lang, "en")
	shown := m.visibleDates(monthFirst, m.header)
	if len(shown) == 0 {
		shown = m.visibleDates(monthFirst, shortLines(m.after, 8))
	}
	if len(shown) == 0 {
		shown = m.visibleDates(monthFirst, m.dateText)
	}
	if len(shown) == 0 {
		shown = m.visibleDates(monthFirst, m.labelledDate)
	}
	t, ok := m.machineDate()
	mod, modOK := m.modified()
	if len(shown) == 0 {
		if ok {
			return t, true
		}
		return mod, modOK
	}
	s := shown[0]
	switch {
	case ok && sameDay(s, t):
		return t, true
	case modOK && sameDay(s, mod):
		return mod, true
	case ok && swapped(s, t):
		// 03/04 read the other way round: the machine date says which.
		return t, true
	}
	return s, true
}

// shortLines are the lines of at most n words: a dateline, not a sentence
// of the story that names a day. A longer line that a bar or a dot parts
// ("By Jane Doe and John Roe, Gazette | Published March 5, 2024 at 10:00
// a.m.") gives its short parts: a byline and a dateline set on one line.
func shortLines(lines []string, n int) []string {
	// Separators ("|", "·") are no words.
	short := func(l string) bool { return len(strings.Fields(fold(l))) <= n }
	var out []string
	for _, l := range lines {
		if short(l) {
			out = append(out, l)
			continue
		}
		for _, p := range reLineParts().Split(l, -1) {
			// A time is one word here ("10:00 a.m.").
			if p = strings.TrimSpace(p); p != "" && len(textWords(p)) <= n {
				out = append(out, p)
			}
		}
	}
	return out
}

// reLineParts finds the bars and dots that part a header's line; not a
// dash, which a sentence sets off a clause with.
var reLineParts = lazyRegexp(`\s[·|•]\s`)

// swapped reports whether a and b are the same date with day and month
// read the other way round.
func swapped(a, b time.Time) bool {
	return a.Year() == b.Year() && int(a.Month()) == b.Day() && a.Day() == int(b.Month())
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
		case labelledByline(l):
			cand = l
		case strings.ContainsAny(l, "|·•"):
			// A dateline and a byline set on one line, a bar or a dot
			// between them ("15. Mai 2025 | Von Anna Berg").
			for _, p := range reLineParts().Split(l, -1) {
				if p = strings.TrimSpace(p); p != l && labelledByline(p) {
					cand = p
					break
				}
			}
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

// labelledByline reports a short line that opens with another
// language's word for "by" or a label for the writer, the names after
// it ("Von Jana Berg", "作者：李明 2026年03月12日", "بقلم: مريم قاسم"): the
// names the byline reader finds follow a few letters of label, with no
// digit among them (a date before a name is no label). A header line of
// labelled facts ("2026-03-12 08:00 来源：海港日报 作者：李明", the time, the
// source and the writer on one line) is one too: the name follows a
// colon, and the word before the colon is a label's, with no digit.
func labelledByline(l string) bool {
	if utf8.RuneCountInString(l) > 60 {
		return false
	}
	ns := pagetext.ReadByline(l)
	if len(ns) == 0 {
		return false
	}
	at := strings.Index(l, ns[0])
	if at <= 0 {
		return false
	}
	label := strings.TrimRight(l[:at], " :：/／-–—|·")
	if label != "" && utf8.RuneCountInString(label) <= 20 && !strings.ContainsFunc(label, unicode.IsDigit) {
		return true
	}
	before := strings.TrimRight(l[:at], " ")
	if !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, "：") {
		return false
	}
	words := strings.Fields(label)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if i := strings.LastIndexAny(last, ":："); i >= 0 {
		// "来源：海港日报作者": no space before the writer's label.
		_, size := utf8.DecodeRuneInString(last[i:])
		last = last[i+size:]
	}
	return last != "" && utf8.RuneCountInString(last) <= 8 && !strings.ContainsFunc(last, unicode.IsDigit)
}

// afterByline reads a byline set in a block of its own under the
// headline, beyond the header's box ("October 11, 2023 by Jane Doe",
// "Posted by Jane Doe | March 3"): a short line whose "by" opens it, or
// follows only a date, a separator or a word saying the story was
// written. A "by" after anything else credits a picture or a review.
func (m *meta) afterByline() []string {
	for _, l := range shortLines(m.after, 15) {
		words := strings.Fields(l)
		for i, w := range words {
			if !strings.EqualFold(w, "by") || i == len(words)-1 {
				continue
			}
			if !bylineLead(words[:i]) {
				break
			}
			if ns := pagetext.ReadByline("By " + strings.Join(words[i+1:], " ")); len(ns) > 0 {
				return ns
			}
			break
		}
	}
	return nil
}

// nameByDate reads a header that sets the writer's name alone on a line
// beside the date, with no "By" ("Jane Doe" / "Sep 26, 2022" / "2 min
// read" under the headline, as blog builders lay it out): the whole line
// must read as a person's name, and the line above or below it as a date.
func (m *meta) nameByDate() []string {
	lines := m.header
	for i, l := range lines {
		if fold(l) == m.headlineFold {
			lines = lines[i+1:]
			break
		}
	}
	isDate := func(i int) bool {
		if i < 0 || i >= len(lines) || wordCount(lines[i]) > 8 {
			return false
		}
		_, ok := pagetext.ReadDate(lines[i], true)
		return ok
	}
	for i, l := range lines {
		if !isDate(i-1) && !isDate(i+1) {
			continue
		}
		if ns := bareNames(l); ns != nil {
			return ns
		}
	}
	return nil
}

// bareNames are the names a line holds and nothing else: one name ("Jane
// Doe"), or several set apart by commas or joined by "and" in the
// languages pagetext reads ("Elena Ruiz y Pablo Ortega"), with at most a
// place or a desk after a bar ("Jane Doe | London").
func bareNames(l string) []string {
	head, tail, cut := strings.Cut(l, " | ")
	if cut && wordCount(tail) > 3 {
		return nil
	}
	words := strings.Fields(fold(head))
	if len(words) > 9 {
		return nil
	}
	ns := pagetext.ReadByline(head)
	if len(ns) == 0 || len(ns) == 1 && len(words) > 4 {
		return nil
	}
	// Each word of the line is a name's or joins two.
	named := map[string]int{}
	for _, n := range ns {
		for _, w := range strings.Fields(fold(n)) {
			named[w]++
		}
	}
	for _, w := range words {
		if named[w] > 0 {
			named[w]--
		} else if !pagetext.IsNameJoiner(w) {
			return nil
		}
	}
	for _, c := range named {
		if c > 0 {
			return nil
		}
	}
	return ns
}

// bylineLead reports words that may stand before a byline's "by" on its
// line: none, a separator, "Written" or "Posted", or a date.
func bylineLead(words []string) bool {
	lead := fold(strings.Join(words, " "))
	switch lead {
	case "", "written", "posted", "published", "words", "story", "article":
		return true
	}
	if len(words) > 6 {
		return false
	}
	_, ok := pagetext.ReadDate(strings.Join(words, " "), true)
	return ok
}

func (m *meta) machineDate() (time.Time, bool) {
	cands := []string{m.ldField(func(l ldArticle) string { return l.published })}
	cands = append(cands, m.first("article:published_time", "og:published_time", "published_time"))
	cands = append(cands, m.first("citation_publication_date", "citation_date", "citation_online_date"))
	cands = append(cands, m.first("datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date",
		"dc.date.issued", "dcterms.created", "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date",
		"article.published"))
	cands = append(cands, m.parselyPage("pub_date")...)
	cands = append(cands, m.ldDates...)
	for _, t := range m.times {
		if t.marked {
			cands = append(cands, t.datetime)
		}
	}
	if start := liveStart(m.times); start != "" {
		cands = append(cands, start)
	}
	for _, t := range m.times {
		cands = append(cands, t.datetime)
	}
	cands = append(cands, m.attrDates...)
	// A news site's addresses often hold the day the story went out
	// ("/2025/12/19/slug"), fixed when it was first published.
	for _, u := range []string{m.canonical, m.first("og:url")} {
		if sm := reURLDay().FindStringSubmatch(u); sm != nil {
			cands = append(cands, sm[1]+"-"+sm[2]+"-"+sm[3])
			break
		}
	}
	var found []time.Time
	for _, c := range cands {
		if c == "" {
			continue
		}
		if t, ok := parseTime(c); ok {
			found = append(found, t)
		} else if t, ok := pagetext.ReadDate(c, true); ok && plausible(t) {
			found = append(found, t)
		}
	}
	if len(found) == 0 {
		return time.Time{}, false
	}
	t := found[0]
	if midnight(t) {
		// A bare day (a template's "T00:00:00") beside the same moment
		// stated to the second elsewhere in the page, within the day
		// either side: the stated moment says which calendar day it was.
		for _, u := range found[1:] {
			if d := u.Sub(t); !midnight(u) && d > -36*time.Hour && d < 36*time.Hour {
				return u, true
			}
		}
	}
	return t, true
}

// A live blog stamps each of its entries with a <time>, the newest
// first; the first stamp on its page is its latest entry's. When the page
// states no date of its own, the blog went out with its earliest entry.

// liveStart is the earliest of a live blog's stamps: four or more
// <time>s, none marked as the publication date, each earlier than the
// one before, all within two days.
func liveStart(times []timeElem) string {
	if len(times) < 4 {
		return ""
	}
	var prev time.Time
	for i, te := range times {
		t, ok := parseTime(te.datetime)
		if !ok || te.marked || i > 0 && !t.Before(prev) {
			return ""
		}
		prev = t
	}
	first, _ := parseTime(times[0].datetime)
	if first.Sub(prev) > 48*time.Hour {
		return ""
	}
	return times[len(times)-1].datetime
}

func midnight(t time.Time) bool {
	return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0
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
