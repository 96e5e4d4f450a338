package server

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/morgue-archive/morgue/internal/citation"
)

// Fragments of an article page built in Go, as its template wrote them.
// Most article pages are rendered once (a crawler's first view), and
// html/template spends on every action a walk through reflection and a
// call of its escapers through reflection: the related links, the
// neighbours, the citations and the citation tags were about a hundred
// actions a page. Each fragment escapes every text it holds with
// fragment.text or fragment.path, which do what html/template's own
// escapers do in the same places (fragments_test.go renders the template each replaced and
// compares, hostile texts included), so the bytes are the same and nothing
// unescaped reaches the page.

// fragment builds one piece of HTML.
type fragment struct{ b strings.Builder }

// raw writes markup of ours, never text from the archive.
func (f *fragment) raw(s string) { f.b.WriteString(s) }

// text writes s as html/template writes a string in text or in a quoted
// attribute value (its htmlEscaper and attrEscaper). Every character those
// replace is ASCII, and no byte of another character (nor a byte of bad
// UTF-8, which they keep as it is) is below 0x80, so s is read by byte.
func (f *fragment) text(s string) {
	written := 0
	for i := 0; i < len(s); i++ {
		repl := textEscapes[s[i]]
		if repl == "" {
			continue
		}
		f.b.WriteString(s[written:i])
		f.b.WriteString(repl)
		written = i + 1
	}
	f.b.WriteString(s[written:])
}

// textEscapes are text's replacements, by byte.
var textEscapes = [256]string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// path writes s as html/template writes a string in a quoted URL
// attribute after a fixed start such as "/articles/" (its urlNormalizer,
// then attrEscaper): bytes outside the URL's own characters
// percent-encoded, existing escapes kept.
func (f *fragment) path(s string) {
	const hex = "0123456789abcdef"
	var esc strings.Builder
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("!#$&*+,/:;=?@[]-._~", c) >= 0,
			'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			continue
		case c == '%' && i+2 < len(s) && isHexDigit(s[i+1]) && isHexDigit(s[i+2]):
			continue
		}
		esc.WriteString(s[written:i])
		esc.WriteByte('%')
		esc.WriteByte(hex[c>>4])
		esc.WriteByte(hex[c&15])
		written = i + 1
	}
	if written == 0 {
		f.text(s)
		return
	}
	esc.WriteString(s[written:])
	f.text(esc.String())
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// textIn writes s as text between markup of ours.
func (f *fragment) textIn(open, s, close string) {
	f.raw(open)
	f.text(s)
	f.raw(close)
}

// html is what was built. Every text in it went through text or path.
func (f *fragment) html() template.HTML {
	return template.HTML(f.b.String()) //nolint:gosec // see the comment at the top
}

// relatedHTML is the list items of the related articles.
func relatedHTML(ls []Link) template.HTML {
	var f fragment
	for _, l := range ls {
		f.raw("\n    <li><a href=\"/articles/")
		f.path(l.Slug)
		f.raw("\">")
		f.text(l.Title)
		f.raw("</a> <span class=\"meta\">")
		f.date(l.DateISO, l.DateText, "Date unknown")
		f.raw("</span></li>")
	}
	return f.html()
}

// neighboursHTML is the links to the newer and the older article, "" when
// there is neither.
func neighboursHTML(newer, older *Link) template.HTML {
	if newer == nil && older == nil {
		return ""
	}
	var f fragment
	if newer != nil {
		f.raw("<a href=\"/articles/")
		f.path(newer.Slug)
		f.raw("\" rel=\"prev\">← Newer: ")
		f.text(newer.Title)
		f.raw("</a>")
	}
	if older != nil {
		f.raw("<a href=\"/articles/")
		f.path(older.Slug)
		f.raw("\" rel=\"next\">Older: ")
		f.text(older.Title)
		f.raw(" →</a>")
	}
	return f.html()
}

// reference writes a formatted reference, its italic runs in <i>.
func (f *fragment) reference(ref citation.Reference) {
	for _, p := range ref {
		if p.Italic {
			f.raw("<i>")
			f.text(p.Text)
			f.raw("</i>")
		} else {
			f.text(p.Text)
		}
	}
}

// metaTagsHTML is the head's citation tags: one <meta name content> each.
func metaTagsHTML(tags []MetaTag) template.HTML {
	var f fragment
	for _, t := range tags {
		f.meta("name", t.Name, t.Content)
	}
	return f.html()
}

// meta writes one <meta> of the head on a line of its own: attr ("name"
// or "property") naming it, content its value.
func (f *fragment) meta(attr, name, content string) {
	f.raw("\n<meta ")
	f.raw(attr)
	f.raw("=\"")
	f.text(name)
	f.raw("\" content=\"")
	f.text(content)
	f.raw("\">")
}

// socialHTML is the head's link preview tags, "" for a page without them.
func socialHTML(so *Social) template.HTML {
	if so == nil {
		return ""
	}
	var f fragment
	f.meta("property", "og:type", so.Type)
	f.meta("property", "og:title", so.Title)
	f.meta("property", "og:description", so.Description)
	f.meta("property", "og:url", so.URL)
	f.meta("property", "og:site_name", so.SiteName)
	if so.Published != "" {
		f.meta("property", "article:published_time", so.Published)
	}
	if so.Modified != "" {
		f.meta("property", "article:modified_time", so.Modified)
	}
	for _, a := range so.Authors {
		f.meta("property", "article:author", a)
	}
	for _, t := range so.Tags {
		f.meta("property", "article:tag", t)
	}
	f.meta("name", "twitter:card", "summary")
	f.meta("name", "twitter:title", so.Title)
	f.meta("name", "twitter:description", so.Description)
	return f.html()
}

// Citation is a formatted reference in one style.
type Citation struct {
	Style string
	Ref   citation.Reference
}

// citeDownloads are the citation files an article page links, each at
// the article's address and "/cite." and its extension.
var citeDownloads = []struct{ label, ext, contentType string }{
	{"BibTeX", "bib", "application/x-bibtex"},
	{"RIS", "ris", "application/x-research-info-systems"},
	{"CSL-JSON", "json", "application/vnd.citationstyles.csl+json"},
}

// citeHTML is the article page's section of ready citations and links to
// the citation files of the article at /articles/slug.
func citeHTML(cites []Citation, slug string) template.HTML {
	var f fragment
	f.raw("<section class=\"cite\" aria-labelledby=\"cite-h\">\n  <h2 id=\"cite-h\">Cite this article</h2>\n  <dl>")
	for _, c := range cites {
		f.raw("\n    <dt>")
		f.text(c.Style)
		f.raw("</dt>\n    <dd>")
		f.reference(c.Ref)
		f.raw("</dd>")
	}
	f.raw("\n  </dl>\n  <p class=\"downloads\">Download for a reference manager:")
	for i, d := range citeDownloads {
		if i > 0 {
			f.raw(",")
		}
		f.raw(" <a href=\"/articles/")
		f.path(slug)
		f.raw("/cite.")
		f.path(d.ext)
		f.raw("\" type=\"")
		f.text(d.contentType)
		f.raw("\" download>")
		f.text(d.label)
		f.raw("</a>")
	}
	f.raw("</p>\n</section>")
	return f.html()
}

// entriesHTML is the entries of a list page (home, a tag, an author, an
// outlet, a period), as the "entry" template wrote them: on an uncached
// list page html/template spent about two fifths of the CPU on the twenty
// entries' actions.
func entriesHTML(es []Entry) template.HTML { return entryList(es, (*fragment).entry) }

// hitsHTML is the list items of a page of search results, as the search
// template wrote them: an entry without tags, its snippet (or dek) under
// the byline.
func hitsHTML(es []Entry) template.HTML { return entryList(es, (*fragment).hit) }

// entryList writes each of es with one, into a buffer sized once.
func entryList(es []Entry, one func(*fragment, *Entry)) template.HTML {
	var f fragment
	f.b.Grow(len(es) * entryBytes)
	for i := range es {
		one(&f, &es[i])
	}
	return f.html()
}

// entryBytes is about what an entry takes.
const entryBytes = 1024

// entry writes a list page's entry after a line break.
func (f *fragment) entry(e *Entry) {
	f.raw("\n")
	f.entryHead(e, "\n  ")
	if e.Dek != "" {
		f.textIn("\n  <p class=\"dek\">", e.Dek, "</p>")
	}
	f.entryCredit(&e.Credit, "\n  ")
	if e.Tags != "" {
		f.raw("\n  <ul class=\"tags\" aria-label=\"Tags\">")
		f.raw(string(e.Tags))
		if e.MoreTags != 0 {
			f.raw("<li class=\"more-tags\"><a href=\"/articles/")
			f.path(e.Slug)
			f.raw("#tags-h\">+")
			f.raw(strconv.Itoa(e.MoreTags))
			f.raw("<span class=\"visually-hidden\"> more tags</span></a></li>")
		}
		f.raw("\n  </ul>")
	}
	f.raw("\n</article>")
}

// hit writes a search result's list item.
func (f *fragment) hit(e *Entry) {
	f.raw("\n  <li>\n    ")
	f.entryHead(e, "\n      ")
	f.entryCredit(&e.Credit, "\n      ")
	switch {
	case e.Snippet != "":
		f.raw("\n      <p class=\"snippet\">")
		f.raw(string(highlight(e.Snippet)))
		f.raw("</p>")
	case e.Dek != "":
		f.textIn("\n      <p class=\"dek\">", e.Dek, "</p>")
	}
	f.raw("\n    </article>\n  </li>")
}

// entryHead opens an entry's <article>, with its language and direction
// when its language is known, and writes its headline after indent.
func (f *fragment) entryHead(e *Entry, indent string) {
	f.raw("<article class=\"entry\"")
	if e.Language != "" {
		f.textIn(" lang=\"", e.Language, "\" dir=\"")
		f.textIn("", e.Dir, "\"")
	}
	f.raw(">")
	f.raw(indent)
	f.raw("<h2><a href=\"/articles/")
	f.path(e.Slug)
	f.textIn("\">", e.Title, "</a></h2>")
}

// entryCredit writes an entry's credit line and, when it is signed, its
// byline, each after indent.
func (f *fragment) entryCredit(c *Credit, indent string) {
	f.raw(indent)
	f.credit(c)
	if c.Byline != "" {
		f.raw(indent)
		f.raw("<p class=\"byline\">")
		f.raw(string(c.Byline))
		f.raw("</p>")
	}
}

// credit writes the line of outlet, date and reading time (the layout's
// "meta" template). The outlet's link is html/template's output (links.go).
func (f *fragment) credit(c *Credit) {
	f.raw("<p class=\"meta\">")
	if c.Outlet != "" {
		f.raw(string(c.Outlet))
		f.raw(" · ")
	}
	f.date(c.DateISO, c.DateText, "<span class=\"undated\">Date unknown</span>")
	if c.ReadingMinutes != 0 {
		f.raw(" · ")
		f.raw(strconv.Itoa(c.ReadingMinutes))
		f.raw(" min read")
	}
	f.raw("</p>")
}

// date writes a <time> of iso and text, or undated (markup of ours) when
// the date is unknown.
func (f *fragment) date(iso, text, undated string) {
	if iso == "" {
		f.raw(undated)
		return
	}
	f.raw("<time datetime=\"")
	f.text(iso)
	f.raw("\">")
	f.text(text)
	f.raw("</time>")
}

// storyHTML is the article element of an article page around its body, as
// article.html's template wrote it: head is everything before the body, foot
// everything after it, the tags, the source and the provenance. On a first
// view these were about thirty of the page's forty-five template actions.
// The body goes between them as it is, not copied into either.
func storyHTML(p *ArticlePage) (head, foot template.HTML) {
	var f fragment
	s := &p.Story
	f.raw("<article class=\"story\"")
	if s.Language != "" {
		f.textIn(" lang=\"", s.Language, "\" dir=\"")
		f.textIn("", s.Dir, "\"")
	}
	f.textIn(">\n  <header>\n    <h1>", s.Title, "</h1>")
	if s.Dek != "" {
		f.textIn("\n    <p class=\"dek\">", s.Dek, "</p>")
	}
	if p.Credit.Byline != "" {
		f.raw("\n    <p class=\"byline\">")
		f.raw(string(p.Credit.Byline))
		f.raw("</p>")
	}
	f.raw("\n    ")
	f.credit(&p.Credit)
	f.raw("\n  </header>")
	if ph := s.Photo; ph != nil {
		f.textIn("\n  <figure class=\"photo\">\n    <figcaption><span class=\"label\" lang=\"en\">Photo:</span> ", ph.Text, "")
		if ph.Credit != "" {
			f.textIn(" <span class=\"credit\">(", ph.Credit, ")</span>")
		}
		f.raw("</figcaption>\n  </figure>")
	}
	f.raw("\n  <div class=\"body\">\n")
	head = f.html()

	f = fragment{}
	f.raw("\n  </div>\n  <footer>")
	if len(s.Tags) != 0 {
		f.raw("\n    <h2 class=\"visually-hidden\" id=\"tags-h\">Tags</h2>\n    <ul class=\"tags\">")
		f.raw(string(s.TagsHTML))
		f.raw("\n    </ul>")
	}
	switch {
	case s.CapturedISO != "":
		f.raw("\n    <p class=\"source\">Captured ")
		f.date(s.CapturedISO, s.CapturedText, "")
		f.raw(" by a web archive")
		if s.SourceURL != "" {
			f.raw(" from ")
			f.sourceLink(s.SourceURL)
		}
		f.raw("</p>")
	case s.SourceURL != "":
		f.raw("\n    <p class=\"source\">Originally published at ")
		f.sourceLink(s.SourceURL)
		f.raw("</p>")
	}
	f.raw("\n    ")
	f.provenance(&p.Archive, s.Imported)
	f.raw("\n  </footer>\n</article>")
	return head, f.html()
}

// sourceLink links the address an article was published at.
func (f *fragment) sourceLink(u string) {
	f.raw("<a href=\"")
	f.url(u)
	f.textIn("\" rel=\"nofollow noopener\">", u, "</a>")
}

// provenance writes an article's permanent link, where its text came from
// and, when it changed, a link to its versions. imported is when the
// archive first stored it.
func (f *fragment) provenance(a *ArticleArchive, imported string) {
	f.raw("<p class=\"permalink\">Permanent link: <a href=\"")
	f.url(a.Permalink)
	f.textIn("\">", a.Permalink, "</a></p>")
	if a.SourceURL != "" {
		f.raw("\n<p class=\"provenance\">Archived from <a href=\"")
		f.url(a.SourceURL)
		f.raw("\" type=\"text/plain\">the original text</a>\n  (")
		f.raw(strconv.FormatInt(a.Source.Size, 10))
		f.textIn(" bytes, SHA-256 <code class=\"hash\">", a.Source.SHA256, "</code>),\n  first stored ")
		f.textIn("", imported, ".</p>")
	} else {
		f.raw("\n<p class=\"provenance\">The archive does not keep the original text of this article: it was imported before sources were kept. Importing its file again keeps it.</p>")
	}
	if a.HistoryURL != "" {
		f.raw("\n<p class=\"versions\">This article changed after it was first archived: <a href=\"")
		f.url(a.HistoryURL)
		f.raw("\">see its ")
		f.raw(strconv.Itoa(a.Source.Versions))
		f.raw(" versions and what changed</a>.</p>")
	}
}

// archiveHeadHTML is what an article page's head says of the archived
// document: the citation tags, its permanent link and, when it changed,
// its versions.
func archiveHeadHTML(a *ArticleArchive) template.HTML {
	var f fragment
	f.raw(string(a.Meta))
	f.raw("\n<link rel=\"shortlink\" href=\"")
	f.url(a.Permalink)
	f.raw("\">")
	if a.HistoryURL != "" {
		f.raw("\n<link rel=\"version-history\" href=\"")
		f.url(a.HistoryURL)
		f.raw("\">")
	}
	return f.html()
}

// url writes s as html/template writes a string that opens a quoted URL
// attribute: its urlFilter first, which puts "#ZgotmplZ" for an address of
// a scheme other than http, https or mailto, then as path.
func (f *fragment) url(s string) {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		f.raw("#ZgotmplZ")
		return
	}
	f.path(s)
}
