package htmlpage

import (
	"encoding/json"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what a page says about itself in machine-readable form, read
// before the extractor cleans the document.
type meta struct {
	ld        []ldArticle               // JSON-LD articles, in page order
	ldPending []ldNode                  // JSON-LD articles not yet read (readLDArticles)
	ldIDs     map[string]map[string]any // JSON-LD nodes by their @id
	ldTypes   []string                  // every JSON-LD @type seen
	ldDates   []string                  // datePublished of JSON-LD objects that are not articles (a WebPage)
	tags      map[string][]string       // <meta> by lower-cased name or property
	canonical string
	title     string   // <title>
	h1        []string // visible <h1> texts
	h2        []string // the first visible <h2> texts, for a page with no <h1>
	h3        []string // the first visible <h3> texts, likewise
	// mastheads are the <h1>s that are a link to the site's home page:
	// the site's name set as its logo, no story's headline.
	mastheads []string
	// homeNames are the texts of links to the site's home page (href
	// "/", an address's root, rel=home), or their logo's alt text.
	homeNames []string
	lang      string // <html lang>
	times     []timeElem
	// attrDates are the publication dates elements state in attributes
	// of their own ("data-pubdate", a custom element's "publishdate").
	attrDates   []string
	bylines     []string // visible text of elements marked as a byline or author
	dateText    []string // visible text of elements marked as a date
	authorLinks []string // text of <a rel=author> links
	// microAuthors are the names microdata gives the writer: the "name"
	// of an element marked itemprop=author (a schema.org Person).
	microAuthors []string
	nameMarks    []string // text of elements marked as the author's name ("author-name")
	// cmsAuthor is the post's author as the site's analytics data layer
	// states it (WordPress's Google Tag Manager plugin writes
	// "pagePostAuthor"): the CMS's record, read when the page shows no
	// byline that names a person.
	cmsAuthor []string
	// labelled are the values of the page's "Written by" and "Posted
	// on" labels set on a line of their own, anywhere in the page.
	labelledBy, labelledDate []string
	// appData are the page's JSON data scripts, read when its own text
	// is thin (readAppData).
	appData []string
	// text is the page's visible text, before the extractor cuts it.
	text string
	// header is the visible text around the headline, one line per
	// block: where a reader sees the byline and the date. It is the
	// first <h1>'s until the story's headline is known (useHeadline).
	header []string
	// h1Header are the surroundings of each <h1>, beside h1.
	h1Header [][]string
	h1Nodes  []*html.Node
	// headlineFold is the story's headline, folded, once it is known.
	headlineFold string
	// twoLine is the <h1> set on two lines whose first line the
	// headline was read from, both lines as the page shows them.
	twoLine string
	// after are the short lines that follow the headline before the
	// story's text begins, beyond its header's box: a dateline set in
	// a block of its own under the headline.
	after []string
}

// useHeadline takes the surroundings of the <h1> that holds the story's
// headline as the header: a page whose first <h1> is its logo or a
// section name sets the byline and date under a later one.
func (m *meta) useHeadline(title string) {
	ft := fold(title)
	m.headlineFold = ft
	for i, h := range m.h1 {
		if fh := fold(h); fh != "" && (fh == ft || strings.Contains(fh, ft) || strings.Contains(ft, fh) && len(fh)*2 > len(ft)) {
			m.header = m.h1Header[i]
			m.after = afterLines(m.h1Nodes[i])
			return
		}
	}
	if len(m.h1Nodes) > 0 {
		m.after = afterLines(m.h1Nodes[0])
	}
}

// afterLines are the visible lines that follow h1 in the page, up to the
// first line long enough to be the story's text.
func afterLines(h1 *html.Node) []string {
	var lines []string
	done := false
	// add reads the lines of s; a box that holds another story's teaser
	// somewhere inside is read child by child (the story's own box often
	// ends with a row of teasers), a teaser's own box is left out.
	var add func(s *html.Node, depth int)
	add = func(s *html.Node, depth int) {
		if s.Type == html.ElementNode && (skipped[s.DataAtom] || hidden(s) || classHidden(s) || besideStory(s)) {
			return
		}
		if s.Type != html.ElementNode && s.Type != html.TextNode {
			return
		}
		if s.Type == html.ElementNode && linkedHeading(s) {
			if depth >= 6 || teaserBox(s) {
				return
			}
			for c := s.FirstChild; c != nil && !done; c = c.NextSibling {
				add(c, depth+1)
			}
			return
		}
		for _, l := range strings.Split(visibleText(s), "\n") {
			if l = collapse(l); l == "" {
				continue
			}
			if len(l) > 200 || len(lines) >= 20 {
				done = true
				return
			}
			lines = append(lines, l)
		}
	}
	for n := h1; n != nil && n.DataAtom != atom.Body; n = n.Parent {
		for s := n.NextSibling; s != nil && !done; s = s.NextSibling {
			add(s, 0)
		}
		if done {
			break
		}
	}
	return lines
}

// teaserBox reports an element whose own child is a linked heading: a
// teaser card, not a box that holds one further down.
func teaserBox(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.H2 || c.DataAtom == atom.H3 || c.DataAtom == atom.H4) {
			t := collapse(visibleText(c))
			if hasLink(c) && wordCount(t) >= 3 && !strings.HasPrefix(strings.ToLower(t), "by ") {
				return true
			}
		}
	}
	return false
}

type timeElem struct {
	datetime string
	marked   bool // itemprop=datePublished or a class/parent naming publication
}

// ldArticle is a schema.org Article (or a subtype) in JSON-LD.
type ldArticle struct {
	typ          string
	headline     string
	authors      []string
	orgAuthors   []string // the authors the page types as an organisation
	published    string
	modified     string
	publisher    string
	description  string
	imageCaption string
	url          string
	articleBody  string
}

// articleTypes are the schema.org types that describe one story.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "askpublicnewsarticle": true, "scholarlyarticle": true,
	"techarticle": true, "socialmediaposting": true, "liveblogposting": true, "report": true,
	"medicalscholarlyarticle": true, "satiricalarticle": true, "advertisercontentarticle": true,
	"posting": true, "discussionforumposting": false,
}

// readMeta walks the parsed page once.
func readMeta(doc *html.Node) *meta {
	m := &meta{tags: map[string][]string{}}
	var walk func(n *html.Node, inHead, aside bool)
	walk = func(n *html.Node, inHead, aside bool) {
		if n.Type == html.ElementNode {
			aside = aside || besideStory(n)
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Head:
				inHead = true
			case atom.Meta:
				key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
				}
				if key == "" {
					key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
				}
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					m.tags[key] = append(m.tags[key], v)
				}
			case atom.Link:
				if rels := strings.Fields(strings.ToLower(attr(n, "rel"))); contains(rels, "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if m.title == "" && inHead || m.title == "" && !insideSVG(n) {
					m.title = collapse(textOf(n))
				}
				return
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					var src strings.Builder
					for c := n.FirstChild; c != nil; c = c.NextSibling {
						src.WriteString(c.Data)
					}
					m.readLD(src.String())
				} else if strings.Contains(strings.ToLower(attr(n, "type")), "json") {
					m.keepAppData(n)
				} else if len(m.cmsAuthor) == 0 {
					m.readDataLayer(n)
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			case atom.H1:
				if t := collapse(textOf(n)); t != "" && !hidden(n) {
					m.h1 = append(m.h1, t)
					var lines []string
					if len(m.h1) <= 10 {
						lines = headerLines(n)
					}
					m.h1Header = append(m.h1Header, lines)
					m.h1Nodes = append(m.h1Nodes, n)
					if homeLinked(n) {
						m.mastheads = append(m.mastheads, t)
					}
					if len(m.h1) == 1 {
						m.header = lines
					}
				}
			case atom.H2, atom.H3:
				if t := collapse(textOf(n)); t != "" && len(m.h2) < 10 && !aside && !hidden(n) {
					if n.DataAtom == atom.H2 {
						m.h2 = append(m.h2, t)
					} else if len(m.h3) < 10 {
						m.h3 = append(m.h3, t)
					}
				}
			case atom.Time:
				if aside {
					break
				}
				if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
					m.times = append(m.times, timeElem{dt, marksPublished(n)})
				}
				if t := collapse(visibleText(n)); t != "" && len(t) < 100 && len(m.dateText) <= 20 && !inTeaser(n) {
					m.dateText = append(m.dateText, t)
				}
			}
			if !aside && len(m.attrDates) < 5 {
				for _, a := range n.Attr {
					if pubDateAttrs[strings.ToLower(a.Key)] && strings.TrimSpace(a.Val) != "" {
						m.attrDates = append(m.attrDates, a.Val)
					}
				}
			}
			if ip := strings.ToLower(attr(n, "itemprop")); ip == "datepublished" {
				if v := attr(n, "datetime"); v != "" && n.DataAtom != atom.Time {
					m.times = append(m.times, timeElem{v, true})
				}
			}
			if v := attr(n, "content"); v != "" && !aside && n.DataAtom != atom.Meta && rdfaTerm(attr(n, "property"), "created", "issued", "datepublished") {
				m.times = append(m.times, timeElem{v, true})
			}
			if !aside && n.DataAtom != atom.Meta && len(m.microAuthors) < 10 && isAuthorProp(n) && !inTeaser(n) {
				if name := microName(n); name != "" {
					m.microAuthors = append(m.microAuthors, name)
				}
			}
			if n.DataAtom == atom.A && !aside && len(m.homeNames) < 10 && homeLink(n) {
				t := collapse(visibleText(n))
				if t == "" {
					for _, img := range outermost(n, func(e *html.Node) bool { return e.DataAtom == atom.Img }) {
						t = collapse(attr(img, "alt"))
						break
					}
				}
				if t != "" && len(t) <= 60 {
					m.homeNames = append(m.homeNames, t)
				}
			}
			if n.DataAtom == atom.A && contains(strings.Fields(strings.ToLower(attr(n, "rel"))), "author") {
				if t := collapse(visibleText(n)); t != "" && len(strings.Fields(t)) <= 4 && len(m.authorLinks) < 10 {
					m.authorLinks = append(m.authorLinks, t)
				}
			}
			if !inHead && !aside && n.DataAtom != atom.Html && n.DataAtom != atom.Body {
				m.readVisible(n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead, aside)
		}
	}
	walk(doc, false, false)
	m.readLDArticles()
	if body := findBody(doc); body != nil {
		m.text = visibleText(body)
		m.readLabels(strings.Split(m.text, "\n"))
	}
	return m
}

// homeLink reports a link to a site's home page: to "/", to an address
// with no path, or marked rel=home.
func homeLink(a *html.Node) bool {
	if contains(strings.Fields(strings.ToLower(attr(a, "rel"))), "home") {
		return true
	}
	h := strings.TrimSpace(attr(a, "href"))
	if h == "/" {
		return true
	}
	u, err := url.Parse(h)
	return err == nil && u.IsAbs() && u.Host != "" && (u.Path == "" || u.Path == "/") && u.RawQuery == "" && u.Fragment == ""
}

// homeLinked reports a heading whose whole text is a link to the site's
// home page ("/", "https://example.org/").
func homeLinked(h *html.Node) bool {
	as := outermost(h, func(e *html.Node) bool { return e.DataAtom == atom.A })
	if len(as) != 1 || collapse(textOf(as[0])) != collapse(textOf(h)) {
		return false
	}
	u, err := url.Parse(strings.TrimSpace(attr(as[0], "href")))
	if err != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return false
	}
	return (u.Path == "/" || u.Path == "" && u.Host != "") && (u.Host != "" || u.Scheme == "")
}

// pubDateAttrs are attribute names that state an element's publication
// date in page builders' and web components' own markup.
var pubDateAttrs = map[string]bool{
	"data-pubdate": true, "data-publishdate": true, "data-publish-date": true, "data-published": true,
	"data-date-published": true, "data-published-date": true, "publishdate": true, "data-published-at": true,
}

func findBody(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == atom.Body {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if b := findBody(c); b != nil {
			return b
		}
	}
	return nil
}

// readLabels keeps the line after a label line that names the writer or
// the publication date ("Written by" / "Eliz", "Posted on" / "Nov 21,
// 2018"): pages set such a strip of labelled facts apart from the
// headline, often below the story's opening.
func (m *meta) readLabels(lines []string) {
	var prev string
	for _, l := range lines {
		if l = collapse(l); l == "" {
			continue
		}
		label := strings.TrimSpace(strings.TrimSuffix(strings.ToLower(prev), ":"))
		if strings.HasSuffix(label, " written by") && wordCount(label) <= 4 {
			label = "written by" // "Article written by:"
		}
		switch label {
		case "written by", "author", "authors", "words by", "by":
			if len(m.labelledBy) < 3 {
				m.labelledBy = append(m.labelledBy, l)
			}
		case "posted on", "posted", "published on", "published", "date published", "publish date", "publication date":
			if len(m.labelledDate) < 3 {
				m.labelledDate = append(m.labelledDate, l)
			}
		}
		prev = l
	}
}

// besideStory reports an element that holds what is not the story's own
// header: the readers' comments, asides and navigation, related and
// popular stories, and the "today's date" some sites show in their top
// bar. The dates and names in them are other stories' or other people's.
func besideStory(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Aside, atom.Nav:
		return true
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	if commentItem(n) {
		return true
	}
	// A class or id names such a box by its first or last word
	// ("comments-area", "primary-sidebar", "todays-date"); a word inside
	// ("story-sidebar-mode") or after has/with describes a layout.
	for _, tok := range strings.Fields(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		parts := strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' })
		if len(parts) == 0 || parts[0] == "has" || parts[0] == "with" || parts[0] == "no" {
			continue
		}
		if besideWords[parts[0]] || besideWords[parts[len(parts)-1]] {
			// A box that holds the headline is the story's own, whatever
			// its layout is called ("template-sidebar").
			return !hasElement(n, atom.H1)
		}
	}
	return false
}

var besideWords = map[string]bool{
	"comment": true, "comments": true, "related": true, "recent": true, "popular": true, "sidebar": true,
	"trending": true, "today": true, "todays": true,
}

func insideSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg {
			return true
		}
	}
	return false
}

// marksPublished reports a <time> that says it is the publication date,
// by its own attributes or its parent's.
func marksPublished(n *html.Node) bool {
	for i, p := 0, n; p != nil && i < 3; i, p = i+1, p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		s := strings.ToLower(attr(p, "itemprop") + " " + attr(p, "class") + " " + attr(p, "id"))
		if strings.Contains(s, "publish") || strings.Contains(s, "posted") || strings.Contains(s, "entry-date") {
			return true
		}
	}
	return false
}

// readVisible keeps the text of small elements a page marks as its byline
// or its date, for when nothing machine-readable names them.
func (m *meta) readVisible(n *html.Node) {
	if len(m.bylines) > 20 && len(m.dateText) > 20 {
		return
	}
	marks := strings.ToLower(attr(n, "class") + " " + attr(n, "id") + " " + attr(n, "itemprop") + " " + attr(n, "rel"))
	if marks == "   " {
		return
	}
	// "autor" and "auteur": pages built in German, Spanish, Portuguese,
	// Polish, Italian, French or Dutch name the byline's box in their
	// own language.
	isBy := strings.Contains(marks, "byline") || strings.Contains(marks, "author") || strings.Contains(marks, "autor") || strings.Contains(marks, "auteur")
	isDate := strings.Contains(marks, "date") || strings.Contains(marks, "publish") || strings.Contains(marks, "posted")
	if classHidden(n) {
		// "rich-snippet-hidden", "is-hidden": set there for search
		// engines, not shown to a reader.
		return
	}
	if !isBy && !isDate || inTeaser(n) {
		return
	}
	t := strings.TrimSpace(visibleText(n))
	if t == "" || len(t) > 300 {
		return
	}
	if first, _, _ := strings.Cut(t, "\n"); isBy && creditedOther(n, collapse(first)) {
		// The checker's or the editor's name: no byline.
		isBy = false
		if !isDate {
			return
		}
	}
	// One entry per line of the element: "Written by" and the name are
	// often apart, and a role under the name must not join it.
	for _, l := range strings.Split(t, "\n") {
		if l = collapse(l); l == "" {
			continue
		}
		if isBy && len(m.bylines) <= 40 {
			m.bylines = append(m.bylines, l)
		}
		if isDate && len(m.dateText) <= 40 {
			m.dateText = append(m.dateText, l)
		}
	}
	if isBy && strings.Contains(marks, "name") && !strings.Contains(t, "\n") && len(m.nameMarks) < 10 {
		// The element holding the writer's name alone: whatever the name
		// looks like (one word, a brand), it is what the page names.
		m.nameMarks = append(m.nameMarks, collapse(t))
	}
	if isBy && strings.Contains(t, "\n") && len(m.bylines) <= 40 {
		m.bylines = append(m.bylines, collapse(t))
	}
}

// creditedOther reports a name element that a reviewer's or an editor's
// label introduces ("Fact checked by <span class=author-name>Jane
// Doe</span>"): the name is the checker's, not the writer's.
func creditedOther(n *html.Node, name string) bool {
	name = strings.ToLower(collapse(name))
	for i, p := 0, n.Parent; p != nil && i < 3 && p.Type == html.ElementNode; i, p = i+1, p.Parent {
		t := strings.ToLower(collapse(visibleText(p)))
		if len(t) > 300 {
			return false
		}
		if k := strings.Index(t, name); k > 0 {
			lead := strings.TrimSpace(t[:k])
			for _, c := range otherCredits {
				if strings.HasSuffix(lead, c) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// otherCredits label the people a story credits besides its writer.
var otherCredits = []string{"checked by", "reviewed by", "edited by", "photos by", "photographs by",
	"illustrations by", "illustrated by", "video by", "produced by", "translated by"}

// isAuthorProp reports an element that microdata or RDFa marks as the
// writer: itemprop=author, property="schema:author", Drupal's
// rel="sioc:has_creator" around the account's foaf:name.
func isAuthorProp(n *html.Node) bool {
	for _, p := range strings.Fields(strings.ToLower(attr(n, "itemprop"))) {
		if p == "author" || p == "creator" {
			return true
		}
	}
	if rdfaTerm(attr(n, "property"), "author", "creator") {
		return true
	}
	// A rel names a link's target; only a prefixed term ("dc:creator")
	// is RDFa's, rel=author is a link to the writer's page.
	return strings.Contains(attr(n, "rel"), ":") && rdfaTerm(attr(n, "rel"), "creator", "has_creator")
}

// rdfaTerm reports an RDFa property or rel value (space-separated terms,
// each bare, prefixed as "dc:created" or a full address) that holds one
// of terms, compared without its prefix.
func rdfaTerm(v string, terms ...string) bool {
	if v == "" {
		return false
	}
	for _, f := range strings.Fields(strings.ToLower(v)) {
		if i := strings.LastIndexAny(f, ":/#"); i >= 0 {
			f = f[i+1:]
		}
		if contains(terms, f) {
			return true
		}
	}
	return false
}

// namedProp reports an element that microdata or RDFa marks as an
// item's name (itemprop=name, property="foaf:name", "schema:name").
func namedProp(n *html.Node) bool {
	return contains(strings.Fields(strings.ToLower(attr(n, "itemprop"))), "name") || rdfaTerm(attr(n, "property"), "name")
}

// microName is the name of the microdata item n: the content or text of
// its itemprop=name (not one of an item nested in it, such as the
// writer's employer), else, for an element that is no item of its own,
// its text when that reads as a name.
func microName(n *html.Node) string {
	var find func(*html.Node) string
	find = func(p *html.Node) string {
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipped[c.DataAtom] && c.DataAtom != atom.Meta {
				continue
			}
			if namedProp(c) {
				if c.DataAtom == atom.Meta {
					return collapse(attr(c, "content"))
				}
				return collapse(visibleText(c))
			}
			if _, scoped := attrOK(c, "itemscope"); scoped {
				continue
			}
			if s := find(c); s != "" {
				return s
			}
		}
		return ""
	}
	if s := find(n); s != "" {
		return s
	}
	if _, scoped := attrOK(n, "itemscope"); scoped {
		return ""
	}
	if ns := plainNames([]string{collapse(visibleText(n))}); len(ns) > 0 {
		return ns[0] // "Written by Jane Doe" as a name alone
	}
	return ""
}

// first returns the first value of the first <meta> key that has one.
func (m *meta) first(keys ...string) string {
	for _, k := range keys {
		if vs := m.tags[k]; len(vs) > 0 {
			return vs[0]
		}
	}
	return ""
}

// readLD reads one JSON-LD block. Pages often carry blocks that are not
// quite JSON (raw line breaks in strings, CDATA or comment wrappers); those
// are mended where that is safe.
func (m *meta) readLD(src string) {
	src = strings.TrimSpace(src)
	for _, w := range []string{"<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"} {
		src = strings.ReplaceAll(src, w, "")
	}
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		mended := strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(src)
		if err := json.Unmarshal([]byte(mended), &v); err != nil {
			return
		}
	}
	m.walkLD(v, 0)
}

// reDataLayerAuthor finds the post's author in a data layer script.
var reDataLayerAuthor = lazyRegexp(`"pagePostAuthor"\s*:\s*"([^"\\]{1,80})"`)

// readDataLayer reads the author a data layer script states.
func (m *meta) readDataLayer(script *html.Node) {
	for c := script.FirstChild; c != nil; c = c.NextSibling {
		if !strings.Contains(c.Data, "pagePostAuthor") {
			continue
		}
		if sm := reDataLayerAuthor().FindStringSubmatch(c.Data); sm != nil {
			if name := collapse(sm[1]); name != "" && !strings.EqualFold(name, "admin") {
				m.cmsAuthor = []string{name}
			}
		}
	}
}

func (m *meta) walkLD(v any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			m.walkLD(e, depth+1)
		}
	case map[string]any:
		types := ldStrings(x["@type"])
		m.ldTypes = append(m.ldTypes, types...)
		isArticle := false
		for _, t := range types {
			if articleTypes[strings.ToLower(t)] {
				isArticle = true
			}
		}
		if id, ok := x["@id"].(string); ok && len(x) > 1 {
			if m.ldIDs == nil {
				m.ldIDs = map[string]map[string]any{}
			}
			if _, seen := m.ldIDs[id]; !seen {
				m.ldIDs[id] = x
			}
		}
		if isArticle {
			m.ldPending = append(m.ldPending, ldNode{x, types[0]})
		} else if d := ldString(x["datePublished"]); d != "" {
			m.ldDates = append(m.ldDates, d)
		}
		if g, ok := x["@graph"]; ok {
			m.walkLD(g, depth+1)
		}
		if me, ok := x["mainEntity"]; ok && !isArticle {
			m.walkLD(me, depth+1)
		}
	}
}

// ldNode is a JSON-LD object and its first type.
type ldNode struct {
	x   map[string]any
	typ string
}

// readLDArticles reads the articles found in the page's JSON-LD, once
// every block has been seen: an article may name its writer and
// publisher by reference ({"@id": "…#/schema/person/1"}) to a node set
// elsewhere in the page.
func (m *meta) readLDArticles() {
	for _, n := range m.ldPending {
		m.ld = append(m.ld, m.ldArticleOf(n.x, n.typ))
	}
	m.ldPending = nil
}

// deref replaces the references in a JSON-LD value by the nodes they
// name; a reference to no node in the page stays as it is.
func (m *meta) deref(v any) any {
	switch x := v.(type) {
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = m.deref(e)
		}
		return out
	case map[string]any:
		id, _ := x["@id"].(string)
		node, ok := m.ldIDs[id]
		if !ok || len(x) > 1 && ldString(x["name"]) != "" && x["@type"] != nil {
			return x
		}
		merged := make(map[string]any, len(node)+len(x))
		for k, e := range node {
			merged[k] = e
		}
		for k, e := range x {
			merged[k] = e
		}
		return merged
	}
	return v
}

func (m *meta) ldArticleOf(x map[string]any, typ string) ldArticle {
	a := ldArticle{typ: typ}
	a.headline = ldString(x["headline"])
	if a.headline == "" {
		a.headline = ldString(x["name"])
	}
	by := m.deref(x["author"])
	if len(ldNames(by)) == 0 {
		by = m.deref(x["creator"])
	}
	a.authors = ldNames(by)
	a.orgAuthors = ldOrgNames(by)
	a.published = ldString(x["datePublished"])
	if a.published == "" {
		a.published = ldString(x["dateCreated"])
	}
	a.modified = ldString(x["dateModified"])
	if p := ldNames(m.deref(x["publisher"])); len(p) > 0 {
		a.publisher = p[0]
	}
	a.description = ldString(x["description"])
	if img, ok := x["image"].(map[string]any); ok {
		a.imageCaption = ldString(img["caption"])
	}
	a.url = ldString(x["url"])
	a.articleBody = ldString(x["articleBody"])
	return a
}

// ldString is a JSON-LD value as text: a string, the first of a list, or
// an object's @value / name.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(x))
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s := ldString(x["@value"]); s != "" {
			return s
		}
		return ldString(x["name"])
	case float64:
		return ""
	}
	return ""
}

func ldStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldNames reads the names of a JSON-LD person or organisation, or a list
// of them.
func ldNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(html.UnescapeString(x)); s != "" {
			out = append(out, s)
		}
	case []any:
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			out = append(out, s)
		} else if g, f := ldString(x["givenName"]), ldString(x["familyName"]); g != "" && f != "" {
			// A Person stated in parts, with no "name".
			out = append(out, g+" "+f)
		}
	}
	return out
}

// ldOrgNames are the names of the organisations in a JSON-LD author value.
func ldOrgNames(v any) []string {
	var out []string
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			out = append(out, ldOrgNames(e)...)
		}
	case map[string]any:
		for _, t := range ldStrings(x["@type"]) {
			if orgTypes[strings.ToLower(t)] {
				if s := ldString(x["name"]); s != "" {
					out = append(out, s)
				}
				break
			}
		}
	}
	return out
}

// orgTypes are the schema.org types of an organisation.
var orgTypes = map[string]bool{
	"organization": true, "newsmediaorganization": true, "corporation": true, "educationalorganization": true,
	"collegeoruniversity": true, "governmentorganization": true, "ngo": true, "localbusiness": true,
	"medicalorganization": true, "onlinebusiness": true, "brand": true, "website": true,
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// visibleText is the text under n with a line break between blocks and
// a space between inline elements, so that words of neighbouring elements
// never glue together.
func visibleText(root *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(strings.ReplaceAll(n.Data, "\n", " "))
			return
		case html.ElementNode:
			// A button's label is no story text, but an author widget
			// sets the writer's name as the button that opens the
			// writer's card ("By <button>Jane Doe</button>"), and a
			// page may set its date in a <label>.
			if skipped[n.DataAtom] && n.DataAtom != atom.Button && n.DataAtom != atom.Label || hidden(n) || classHidden(n) || n != root && besideStory(n) {
				return
			}
		}
		block := n.Type == html.ElementNode && (blockElems[n.DataAtom] || n.DataAtom == atom.Br)
		if block {
			b.WriteByte('\n')
		} else if n.Type == html.ElementNode {
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			b.WriteByte('\n')
		} else if n.Type == html.ElementNode {
			b.WriteByte(' ')
		}
	}
	walk(root)
	return b.String()
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// headerLines is the visible text of the headline's surroundings: the
// largest ancestor of the <h1> (up to four levels up) whose text stays
// short enough to be a story's header rather than the story.
func headerLines(h1 *html.Node) []string {
	best := h1
	for i, p := 0, h1.Parent; p != nil && i < 4; i, p = i+1, p.Parent {
		if p.Type != html.ElementNode || p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			break
		}
		if len(visibleText(p)) > 3000 {
			break
		}
		best = p
	}
	var lines []string
	for _, l := range strings.Split(visibleText(best), "\n") {
		if l = collapse(l); l != "" && len(l) < 300 {
			lines = append(lines, l)
		}
	}
	return lines
}

// inTeaser reports an element in another story's teaser: a box, a few
// levels up, whose heading links elsewhere ("more from the blog" cards
// after the story), and that holds no <h1>. Its date and writer are the
// other story's.
func inTeaser(n *html.Node) bool {
	for i, p := 0, n.Parent; p != nil && i < 4; i, p = i+1, p.Parent {
		if p.Type != html.ElementNode || p.DataAtom == atom.Body || p.DataAtom == atom.Main {
			return false
		}
		if hasElement(p, atom.H1) {
			return false
		}
		if linkedHeading(p) {
			return true
		}
	}
	return false
}

// linkedHeading reports a subheading under n whose text is a link.
func linkedHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.H2, atom.H3, atom.H4:
			// A story's headline, not a writer's name set as a heading
			// ("By Jane Doe").
			t := collapse(visibleText(c))
			if hasLink(c) && wordCount(t) >= 3 && !strings.HasPrefix(strings.ToLower(t), "by ") {
				return true
			}
			continue
		}
		if linkedHeading(c) {
			return true
		}
	}
	return false
}

func hasLink(n *html.Node) bool {
	if n.Type == html.ElementNode && n.DataAtom == atom.A && attr(n, "href") != "" {
		return true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasLink(c) {
			return true
		}
	}
	return false
}

// classHidden reports an element whose class says it is not shown.
func classHidden(n *html.Node) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		// Not "field--label-hidden": the field's label is hidden, not
		// the field.
		if c == "hidden" || c == "d-none" || strings.HasSuffix(c, "-hidden") && c != "visually-hidden" && !strings.Contains(c, "label") {
			return true
		}
	}
	return false
}
