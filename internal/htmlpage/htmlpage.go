// Package htmlpage turns a saved web page into an article.Article. The
// story text is found by an extractor (codeberg.org/readeck/go-readability,
// Readability.js's algorithm as Readeck keeps it) and kept as Markdown;
// the headline, writers, date, outlet and original address come from what
// the page says about itself, most trusted first: JSON-LD, OpenGraph and
// article:* tags, Highwire citation_* tags, <meta name=author>, <time
// datetime>, and last the visible byline and date, read with the page-text
// parser's readers. Parsing is pure: bytes in, value out.
package htmlpage

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/lang"
	"github.com/morgue-archive/morgue/internal/pagetext"
)

// ErrNoTitle means the page names no headline anywhere.
var ErrNoTitle = errors.New("no recognisable title")

// MaxPage bounds the page size the parser accepts; a news page is rarely
// over a few megabytes with its inline scripts.
const MaxPage = 10 << 20

// Page says what a page is, beyond the article made of it.
type Page struct {
	// Kind is what the page's own metadata calls it: "article" for a
	// schema.org Article or og:type article, the JSON-LD or OpenGraph type
	// otherwise ("website", "CollectionPage", …), "" when it says nothing.
	Kind string
	// Words is the length of the story text; LinkWords how much of it is
	// the text of links.
	Words, LinkWords int
}

// NotArticle says why a page is not a story (a home page, a section front,
// a tag or search page, a login wall), or "" when it reads as one. Files
// a person saved are imported whatever this says; crawls use it to leave
// the rest out.
func (p Page) NotArticle() string {
	switch {
	case p.Kind == "article":
		if p.Words < 40 {
			return fmt.Sprintf("too little text (%d words)", p.Words)
		}
		return ""
	case notStoryKinds[strings.ToLower(p.Kind)]:
		if p.Words >= 400 && p.LinkWords*4 < p.Words {
			return "" // a story whose page calls itself a website
		}
		return "the page calls itself " + p.Kind
	case p.Words < 150:
		return fmt.Sprintf("too little text (%d words)", p.Words)
	case p.LinkWords*2 > p.Words:
		return fmt.Sprintf("mostly links (%d of %d words)", p.LinkWords, p.Words)
	}
	return ""
}

// notStoryKinds are page types that name fronts, lists and profiles.
var notStoryKinds = map[string]bool{
	"website": true, "webpage": true, "collectionpage": true, "searchresultspage": true,
	"profilepage": true, "profile": true, "itempage": false, "aboutpage": true, "contactpage": true,
	"checkoutpage": true, "itemlist": true, "product": true, "video.other": true, "video.movie": true,
	"music.song": true, "book": false, "place": true, "organization": true, "person": true,
}

// Options tell the parser what is known about a page from outside it.
type Options struct {
	// URL is where the page was captured from; relative links resolve
	// against it, and it is the article's source URL when the page names
	// none of its own.
	URL string
	// ContentType is the HTTP Content-Type the page came with, whose
	// charset wins over the page's own declaration.
	ContentType string
}

// Parse reads a saved page (a file: nothing known from outside it).
func Parse(data []byte) (article.Article, []string, error) {
	a, _, warnings, err := ParsePage(data, Options{})
	return a, warnings, err
}

// ParsePage reads a page and says what kind of page it is.
func ParsePage(data []byte, opt Options) (article.Article, Page, []string, error) {
	var a article.Article
	var pg Page
	if len(data) > MaxPage {
		return a, pg, nil, fmt.Errorf("page too large: %d bytes, the limit is %d", len(data), MaxPage)
	}
	text, _, err := toUTF8(data, opt.ContentType)
	if err != nil {
		return a, pg, nil, err
	}
	doc, err := parseHTML(text)
	if err != nil {
		return a, pg, nil, fmt.Errorf("cannot read the HTML: %w", err)
	}
	m := readMeta(doc)
	dropComments(doc)
	dropDialogs(doc)
	dropSignups(doc)
	dropLinkBoxes(doc)
	revealContinuations(doc)
	revealAnswers(doc)
	dropPitchBoxes(doc)
	dropFactLists(doc)
	var warnings []string

	base, _ := url.Parse(opt.URL)
	a.SourceURL = m.sourceURL(base)
	if base == nil || !base.IsAbs() {
		base, _ = url.Parse(a.SourceURL)
	}
	if base != nil && !base.IsAbs() {
		base = nil
	}

	rp := readability.NewParser()
	ex, exErr := rp.ParseAndMutate(doc, base)
	var blocks []string
	var story *html.Node // where the blocks were read from
	if exErr == nil && ex.Node != nil {
		story = ex.Node
		dropEndBoxes(story)
		blocks = toMarkdown(ex.Node, base)
		pg.Words, pg.LinkWords = wordsAndLinks(ex.Node)
	}
	if area := storyArea(text); area != nil {
		words, links := wordsAndLinks(area)
		if 2*(words-links) > 3*(pg.Words-pg.LinkWords)+200 && links*3 < words {
			story = area
			blocks = toMarkdown(area, base)
			pg.Words, pg.LinkWords = words, links
		}
	}
	m.readAppData(pg.Words - pg.LinkWords)
	if ld := m.ldBody(pg.Words - pg.LinkWords); ld != nil {
		story = ld
		blocks = toMarkdown(ld, base)
		pg.Words, pg.LinkWords = wordsAndLinks(ld)
	}
	if story != nil {
		blocks = galleryText(story, base, blocks)
	}
	a.Title = m.headline(ex.Title())
	if a.Title == "" {
		return a, pg, warnings, ErrNoTitle
	}
	m.useHeadline(a.Title)
	blocks = dropTitleBlock(blocks, a.Title)
	if m.twoLine != "" {
		blocks = dropTitleBlock(blocks, m.twoLine)
	}
	blocks = dropPullQuotes(dropContents(dropFurniture(blocks)))
	a.Body = strings.Join(blocks, "\n\n")
	if a.Body == "" {
		warnings = append(warnings, "no story text found")
	}
	a.Authors = m.authors(ex.Byline(), leadNames(blocks))
	if len(a.Authors) == 0 {
		warnings = append(warnings, "no byline found")
	}
	if n := len(blocks); n > 0 {
		blocks = dropHeaderBlocks(blocks, a.Authors, m.dateText)
		blocks = dropEndHeadings(dropTrailer(blocks, a.Authors))
		a.Body = strings.Join(blocks, "\n\n")
	}
	if t, ok := m.published(); ok {
		a.Published = &t
	} else {
		warnings = append(warnings, "no publication date found")
	}
	a.Outlet = m.outlet(ex.SiteName())
	a.Dek = m.dek(a.Body)
	a.Image = m.image()
	a.WordCount = article.CountWords(a.Body)
	a.ReadingMinutes = article.ReadingMinutes(a.WordCount)
	a.Language = m.language(a.Body)
	pg.Kind = m.kind()
	return a, pg, warnings, nil
}

// A page built in the reader's browser (a single-page app, a story
// loaded by script) holds little or none of its text in the saved HTML,
// but its JSON-LD often carries the whole story as articleBody. When the
// page's own text is thin and the articleBody holds more than twice as
// many words, the story is read from there: paragraphs parted by blank
// lines or line breaks, or HTML when the site put markup in it. A short
// articleBody (a teaser under a paywall) beside a thin page is kept only
// when it still beats the page.

// minLDWords is the least an articleBody must hold to stand for a story.
const minLDWords = 50

// ldBody is the JSON-LD articleBody as a node, when it tells more of the
// story than the page's own words (pageWords, links left out).
func (m *meta) ldBody(pageWords int) *html.Node {
	best, words := "", 0
	for _, l := range m.ld {
		if w := article.CountWords(l.articleBody); w > words {
			best, words = l.articleBody, w
		}
	}
	if words < minLDWords || words <= 2*pageWords {
		return nil
	}
	if strings.Contains(best, "</") || strings.Contains(best, "<p") || strings.Contains(best, "<br") {
		doc, err := html.Parse(strings.NewReader(best))
		if err != nil {
			return nil
		}
		return findBody(doc)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	sep := "\n\n"
	if !strings.Contains(best, sep) {
		sep = "\n"
	}
	for _, p := range strings.Split(best, sep) {
		if p = strings.TrimSpace(p); p != "" {
			para := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			para.AppendChild(&html.Node{Type: html.TextNode, Data: p})
			root.AppendChild(para)
		}
	}
	return root
}

// A gallery ("In pictures: …") tells its story in the captions of its
// pictures, with a line or two of text above them, or none. Captions are
// left out of a story (they belong to pictures the archive does not
// keep), except where they hold most of the words: there they are the
// story, each a paragraph of its own.

// minGallery is the least the captions must hold to stand for a story.
const minGallery = 40

// galleryText is the story read from n with its pictures' captions when
// those hold twice the words of the text without them; blocks otherwise.
func galleryText(n *html.Node, base *url.URL, blocks []string) []string {
	words := 0
	for _, b := range blocks {
		words += wordCount(b)
	}
	if words >= 300 || !hasElement(n, atom.Figcaption) {
		return blocks
	}
	w := &mdWriter{base: base, captions: true}
	w.children(n)
	w.flush()
	with := 0
	for _, b := range w.blocks {
		with += wordCount(b)
	}
	if with-words < minGallery || with < 3*words {
		return blocks
	}
	return w.blocks
}

// sourceURL is where the page says it lives: <link rel=canonical>, then
// og:url, then the JSON-LD url, each made absolute against the capture
// address; the capture address when the page names none.
func (m *meta) sourceURL(base *url.URL) string {
	for _, c := range []string{m.canonical, m.first("og:url"), m.ldField(func(l ldArticle) string { return l.url })} {
		u, err := url.Parse(strings.TrimSpace(c))
		if c == "" || err != nil {
			continue
		}
		if base != nil && base.IsAbs() {
			u = base.ResolveReference(u)
		}
		if u.IsAbs() && (u.Scheme == "http" || u.Scheme == "https") {
			return u.String()
		}
	}
	if base != nil && base.IsAbs() {
		return base.String()
	}
	return ""
}

// ldField is the first non-empty value of f over the JSON-LD articles.
func (m *meta) ldField(f func(ldArticle) string) string {
	for _, l := range m.ld {
		if v := f(l); v != "" {
			return v
		}
	}
	return ""
}

// kind is the page's own word for what it is.
func (m *meta) kind() string {
	if len(m.ld) > 0 {
		return "article"
	}
	og := strings.ToLower(m.first("og:type"))
	if og == "article" || strings.HasPrefix(og, "article") {
		return "article"
	}
	for _, t := range m.ldTypes {
		if notStoryKinds[strings.ToLower(t)] {
			return t
		}
	}
	return og
}

// outlet is the publisher's name: the one the page's metadata states,
// else the part of its <title> that its address spells ("… | Valley
// Gazette" at valleygazette.com), else the owner its copyright line names
// (the footer's "© 2025 Valley Gazette Ltd.", the last on the page).
// Where the metadata gives the owner's legal name ("Valley Media
// Holdings Inc.") and og:site_name or the <title> the site's own, the
// site's is the outlet.
func (m *meta) outlet(fromExtractor string) string {
	for _, s := range []string{m.ldField(func(l ldArticle) string { return l.publisher }), m.first("og:site_name"),
		m.first("citation_journal_title", "citation_publisher", "dc.publisher", "dcterms.publisher", "application-name"), fromExtractor, m.sourceLabel(), m.titleSite(), m.titleHome(), m.footerOwner()} {
		if s = collapse(s); s != "" && len(s) < 100 {
			if site := m.sectionSite(s); site != "" {
				return site
			}
			if legalName(s) {
				for _, site := range []string{collapse(m.first("og:site_name")), collapse(m.titleSite())} {
					if site != "" && len(site) < 100 && !legalName(site) {
						return site
					}
				}
			}
			return s
		}
	}
	return ""
}

// sectionSite is the site's name where og:site_name (s) names a section
// of it ("Fisheries" at vha.example, titled "Harbour reopens | Fisheries
// | VHA"): a name the page's address does not spell, beside a part of
// the <title> that the address does spell, even in three letters. A
// name the address spells by its initials ("Valley Harbour Authority" at
// vha.example) is the site's.
func (m *meta) sectionSite(s string) string {
	if s != collapse(m.first("og:site_name")) {
		return ""
	}
	hosts := m.hostLabels(3)
	sq, initials := squashed(fold(s)), ""
	for _, w := range strings.Fields(fold(s)) {
		r, _ := utf8.DecodeRuneInString(w)
		initials += string(r)
	}
	for _, h := range hosts {
		if strings.Contains(sq, h) || strings.Contains(h, sq) || len(initials) >= 3 && strings.Contains(h, initials) {
			return ""
		}
	}
	if site := collapse(m.titleSiteOf(hosts)); site != "" && len(site) < 100 && site != s {
		return site
	}
	return ""
}

// legalName reports a company's name in its legal form: one that ends
// with "Inc.", "Incorporated", "LLC", "Corporation" and the like.
func legalName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(f[len(f)-1], ".,"))
	return w == "incorporated" || w == "corporation" || pagetext.CorporateEnd(w)
}

// sourceLabel is the source a Chinese page names under its headline
// ("2026-03-12 08:00 来源：海港日报 作者：李明"): where the story came from,
// the site's own paper or the agency it took the story from.
func (m *meta) sourceLabel() string {
	for _, l := range append(m.header, shortLines(m.after, 8)...) {
		for _, label := range []string{"来源", "來源"} {
			k := strings.Index(l, label)
			if k < 0 {
				continue
			}
			rest := strings.TrimLeft(l[k+len(label):], " 　")
			if !strings.HasPrefix(rest, "：") && !strings.HasPrefix(rest, ":") {
				continue
			}
			rest = strings.TrimLeft(strings.TrimLeft(strings.TrimPrefix(rest, "："), ":"), " 　")
			if i := strings.IndexAny(rest, " 　|｜"); i >= 0 {
				rest = rest[:i]
			}
			if n := utf8.RuneCountInString(rest); n >= 2 && n <= 20 && !strings.ContainsFunc(rest, unicode.IsDigit) {
				return rest
			}
		}
	}
	return ""
}

// titleSite is the part of the page's <title> that its address spells,
// whole or without its short words ("The Partnership for Student
// Success" at partnershipstudentsuccess.org).
func (m *meta) titleSite() string { return m.titleSiteOf(m.hostNames()) }

// titleSiteOf is the part of the page's <title> that one of hosts spells.
func (m *meta) titleSiteOf(hosts []string) string {
	if len(hosts) == 0 {
		return ""
	}
	for _, sep := range titleSeps {
		parts := strings.Split(m.title, sep)
		if len(parts) < 2 {
			continue
		}
		for _, p := range parts {
			sq, long := squashed(fold(p)), ""
			for _, w := range strings.Fields(fold(p)) {
				if len(w) > 3 {
					long += w
				}
			}
			for _, h := range hosts {
				if sq == h || long == h {
					return p
				}
			}
		}
	}
	return ""
}

// titleHome is the part of the page's <title> that a link to the site's
// home page shows: the logo's name beside the headline ("Twenty thousand
// trees | The Quay Echo", a blog's "Valley Notes: The mill turns again"),
// on a page whose address is not known or does not spell it.
func (m *meta) titleHome() string {
	if len(m.homeNames) == 0 {
		return ""
	}
	homes := map[string]bool{}
	for _, h := range m.homeNames {
		homes[fold(h)] = true
	}
	for _, sep := range append(titleSeps, ": ") {
		parts := strings.Split(m.title, sep)
		if len(parts) < 2 {
			continue
		}
		for _, p := range parts {
			if fp := fold(p); fp != "" && fp != m.headlineFold && homes[fp] {
				return strings.TrimSpace(p)
			}
		}
	}
	return ""
}

// footerOwner is the owner the last copyright line of the page's text
// names, read from the page's end (its footer).
func (m *meta) footerOwner() string {
	text := m.text
	for n := 0; n < 80 && text != ""; {
		i := strings.LastIndexByte(text, '\n')
		line := text[i+1:]
		text = text[:max(i, 0)]
		if line = collapse(line); line == "" {
			continue
		}
		n++
		if o := pagetext.ReadCopyright(line); o != "" {
			return o
		}
	}
	return ""
}

// dek is the page's summary, when it is not just the story's first lines.
func (m *meta) dek(body string) string {
	d := collapse(m.ldField(func(l ldArticle) string { return l.description }))
	if d == "" {
		d = collapse(m.first("og:description", "description", "twitter:description"))
	}
	if d == "" || len(d) > 400 || strings.HasSuffix(d, "...") || strings.HasSuffix(d, "…") {
		return ""
	}
	fb := fold(body)
	if fd := fold(d); fd == "" || strings.Contains(fb[:min(len(fb), len(fd)*3+200)], fd) {
		return ""
	}
	return d
}

// image is the lead picture's words.
func (m *meta) image() *article.Image {
	img := article.Image{
		Alt:     collapse(m.first("og:image:alt", "twitter:image:alt")),
		Caption: collapse(m.ldField(func(l ldArticle) string { return l.imageCaption })),
	}
	if img.Alt == "" && img.Caption == "" {
		return nil
	}
	return &img
}

// language is the page's declared language, or the story text's.
func (m *meta) language(body string) string {
	if code := lang.Detect(body); code != "" {
		return code
	}
	l := strings.ToLower(strings.TrimSpace(m.lang))
	if i := strings.IndexAny(l, "-_"); i > 0 {
		l = l[:i]
	}
	if len(l) == 2 {
		return l
	}
	return ""
}

// dropTitleBlock removes the headline when the extractor kept it as the
// story's first block, and a trail of links that ends with it.
func dropTitleBlock(blocks []string, title string) []string {
	ft := fold(title)
	for i, b := range blocks[:min(len(blocks), 3)] {
		if crumbTrail(b, ft) {
			blocks = append(blocks[:i:i], blocks[i+1:]...)
			break
		}
	}
	for i, b := range blocks[:min(len(blocks), 3)] {
		if fold(strings.TrimLeft(b, "# ")) == ft {
			return append(blocks[:i:i], blocks[i+1:]...)
		}
	}
	return blocks
}

// A page's trail of links from its home page to the story ("Ana Sayfa »
// Gündem » <headline>", "Accueil > Actualités > <headline>", "Home /
// Cronaca / <headline>") is kept by the extractor as a line above the
// story when it sits inside the story's box. It is told by its shape in
// any language: a line that ends with the headline, before it short
// steps parted by a separator sign.

// crumbSeparators part the steps of a trail of links.
const crumbSeparators = "»›>/|→·•⁄∕"

// crumbTrail reports block b as a trail of steps ending with the
// headline, ft folded.
func crumbTrail(b, ft string) bool {
	plain := strings.ReplaceAll(b, "\\", "")
	if ft == "" || strings.Contains(plain, "\n") || len(plain) > len(ft)+200 || !strings.HasSuffix(fold(plain), ft) {
		return false
	}
	for i := range plain {
		if i == 0 || fold(plain[i:]) != ft {
			continue
		}
		prefix := strings.TrimSpace(plain[:i])
		last, _ := utf8.DecodeLastRuneInString(prefix)
		if !strings.ContainsRune(crumbSeparators, last) {
			continue
		}
		steps := strings.FieldsFunc(prefix, func(r rune) bool { return strings.ContainsRune(crumbSeparators, r) })
		if len(steps) == 0 || len(steps) > 6 {
			return false
		}
		for _, s := range steps {
			if n := wordCount(s); n == 0 || n > 4 {
				return false
			}
		}
		return true
	}
	return false
}

// leadNames reads a story that opens with its writer's name alone: a
// first block (or one after a picture) that is nothing but a person's
// name, as pages set it under the writer's photo above the text. The
// whole block must read as the name; a sentence that opens with one is
// the story.
func leadNames(blocks []string) []string {
	for _, b := range blocks[:min(len(blocks), 2)] {
		if strings.HasPrefix(b, "#") || strings.HasPrefix(b, "![") {
			continue
		}
		plain := strings.TrimSpace(strings.ReplaceAll(b, "\\", ""))
		if len(plain) > 60 || strings.Contains(plain, "\n") {
			return nil
		}
		ns := pagetext.ReadByline(plain)
		if len(ns) == 0 || fold(strings.Join(ns, " ")) != fold(plain) {
			return nil
		}
		return ns
	}
	return nil
}

// dropHeaderBlocks removes the byline and dateline when the extractor
// kept them as the story's first blocks: short blocks that name the
// article's writers, or hold a date and little else, or are the whole
// text of an element the page marks as its date (dateLines: a <time>
// whose datetime the reader sees as "Thursday" or "2 hours ago"), on a
// page with few such (a live blog stamps each of its entries).
func dropHeaderBlocks(blocks []string, authors, dateLines []string) []string {
	names := map[string]bool{}
	for _, a := range authors {
		names[fold(a)] = true
	}
	dates := map[string]bool{}
	for _, d := range dateLines {
		dates[fold(d)] = true
	}
	delete(dates, "")
	if len(dates) > 3 {
		dates = nil // the stamps of a live blog's entries, each kept with its entry
	}
	for i := 0; i < len(blocks) && i < 3; {
		b := blocks[i]
		plain := strings.NewReplacer("\\", "", "\n", " ").Replace(b)
		if len(plain) > 120 || strings.HasPrefix(b, "#") {
			i++
			continue
		}
		drop := false
		for _, n := range pagetext.ReadByline(plain) {
			if names[fold(n)] {
				drop = true
			}
		}
		_, dated := pagetext.ReadDate(plain, true)
		words := len(strings.Fields(plain))
		if dated && words <= 8 || dates[fold(plain)] {
			drop = true
		}
		// A CMS's "submitted" line words its label in the site's
		// language ("Soumis par Jane Doe le mar, 13/06/2023 - 09:15"):
		// a short line holding a writer's name and a date is the
		// byline and dateline, whatever the words around them.
		if dated && words <= maxBylineWords && namesWriter(plain, authors) {
			drop = true
		}
		if !drop {
			i++
			continue
		}
		blocks = append(blocks[:i:i], blocks[i+1:]...)
	}
	return blocks
}

// maxBylineWords bounds a line read as a byline with its date.
const maxBylineWords = 14

// namesWriter reports a line that holds one of the writers' names whole,
// as words of its own.
func namesWriter(line string, authors []string) bool {
	l := " " + fold(line) + " "
	for _, a := range authors {
		if n := fold(a); strings.Count(n, " ") >= 1 && strings.Contains(l, " "+n+" ") {
			return true
		}
	}
	return false
}

// wordsAndLinks counts the words of the extracted text and of its links.
func wordsAndLinks(n *html.Node) (words, links int) {
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		if n.Type == html.TextNode {
			w := article.CountWords(n.Data)
			words += w
			if inLink {
				links += w
			}
			return
		}
		if n.Type == html.ElementNode && n.Data == "a" {
			inLink = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return words, links
}

// parseTime reads a machine-readable date: ISO 8601 / RFC 3339 forms with
// or without a time and zone. A time without a zone is taken as UTC.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00",
		"2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05.999999999 -0700 MST", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02", "20060102",
		time.RFC1123Z, time.RFC1123, "2006/01/02", "2006-01"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, plausible(t)
		}
	}
	return time.Time{}, false
}

// plausible rejects dates no news page was published on.
func plausible(t time.Time) bool {
	return t.Year() >= 1990 && t.Year() <= 2100
}
