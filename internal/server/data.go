package server

import (
	"html/template"
	"net/url"
	"strconv"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/lang"
	"github.com/morgue-archive/morgue/internal/store"
)

// Meta is what the layout needs on every page.
type Meta struct {
	Title       string // the whole <title>
	Description string
	Canonical   string // absolute URL
	Lang        string
	Section     string // which navigation entry is current
	Query       string // kept in the header's search box
	Noindex     bool
	Feeds       []Feed
	// ArchiveFeeds are the links to the whole archive's feeds, rendered
	// once (Server.archiveFeeds): in place of Feeds on the pages that
	// link them.
	ArchiveFeeds template.HTML
	Wide         bool          // the page has a column of facets beside its list
	Social       template.HTML // link previews (socialHTML); "" where a page has none
	LinkedData   template.JS   // one JSON-LD object, made only by linkedData
}

// Feed is an alternate representation linked from a page.
type Feed struct {
	Title, Type, URL string
}

// Pager links the pages of a listing; the first page has no page parameter
// so that every listing has one canonical URL.
type Pager struct {
	Current, Last int
	base          url.URL
}

// URL returns the address of page n.
func (p Pager) URL(n int) string {
	u := p.base
	q := u.Query()
	q.Del("page")
	if n > 1 {
		q.Set("page", strconv.Itoa(n))
	}
	u.RawQuery = q.Encode()
	return u.RequestURI()
}

// ListPage is a paginated list of articles: home, a tag, an author, an
// outlet, a year or a month.
type ListPage struct {
	Meta    Meta
	Heading string
	Intro   string // follows the article count: "12 articles <Intro>"
	Total   int
	Items   []Entry
	Entries template.HTML // the Items as the page prints them (fragments.go)
	Pager   Pager
	Crumbs  []Crumb       // the way here from the home page
	Facets  template.HTML // the facet column, rendered (aside.go)
	Follow  *Follow       // the page's own feeds, shown as links
	Periods *PeriodNav    // previous and next periods of a date page
	Days    []DayLink     // the days of a month page
	// query is the listing, for its facets; sel, the same as a search.
	query store.ListQuery
	sel   selection
}

// Entry is one article of a list or of search results, with what its
// template prints worked out once in Go. html/template finds a field
// promoted from an embedded struct (store.Item's article.Article) by a
// breadth-first search through reflection on every use, and calls every
// function (slug, dates, separators) the same way: together a third of a
// listing page's CPU at 100,000 articles.
type Entry struct {
	Slug, Title, Dek string
	Language, Dir    string // Dir is "rtl" or "ltr" when Language is known
	Snippet          string // search results: the matched passage, marked
	Credit           Credit
	Tags             template.HTML // the first four, as list items
	MoreTags         int           // the rest
}

// Credit is who wrote an article, where and when, as a page prints it.
type Credit struct {
	Outlet            template.HTML // the link to the outlet; empty when none
	DateISO, DateText string        // empty when undated
	ReadingMinutes    int
	Byline            template.HTML // "By A, B and C", linked; empty when unsigned
}

// entry is it as a list shows it: its first four tags.
func (l *nameLinks) entry(it *store.Item) Entry {
	e := Entry{Slug: it.Slug, Title: it.Title, Dek: it.Dek, Language: it.Language, Credit: l.credit(&it.Article),
		Tags: l.tags(it.Tags[:min(4, len(it.Tags))]), MoreTags: max(0, len(it.Tags)-4)}
	if e.Language != "" {
		e.Dir = lang.Dir(e.Language)
	}
	return e
}

func (l *nameLinks) hitEntries(hits []store.Hit) []Entry {
	es := make([]Entry, len(hits))
	for i := range hits {
		es[i] = l.entry(&hits[i].Item)
		es[i].Snippet = hits[i].Snippet
	}
	return es
}

func (l *nameLinks) entries(items []store.Item) []Entry {
	es := make([]Entry, len(items))
	for i := range items {
		es[i] = l.entry(&items[i])
	}
	return es
}

// Follow names a page's feeds for people: "Follow this tag: Atom · JSON".
type Follow struct {
	What, Atom, JSON string
}

// PeriodNav links the neighbouring periods that have articles.
type PeriodNav struct {
	Prev, Next *PeriodLink
}

// PeriodLink is a year, month or day page.
type PeriodLink struct {
	Label, URL string
}

// DayLink is one day of a month with its article count.
type DayLink struct {
	Day   int
	Label string
	Count int
	URL   string
}

// ArticlePage is one article with its neighbours. Like Entry, it holds
// what the template prints, made once in Go: most article pages are
// rendered once (a crawler's first view), and looking up fields promoted
// from store.Item and calling date functions through reflection was a
// good part of the template's share of their CPU.
type ArticlePage struct {
	Meta     Meta
	Article  store.Item
	Story    Story
	Credit   Credit // the Article's
	BodyHTML template.HTML
	Archive  ArticleArchive // permanent link, source, history, citations
	// The article element before and after the body, and the head's
	// citation tags and links, built in Go from the fields above
	// (fragments.go).
	StoryHead, StoryFoot template.HTML
	ArchiveHead          template.HTML
	// The related articles' list items and the links to the neighbours,
	// built in Go (fragments.go).
	Related    template.HTML
	Neighbours template.HTML
}

// Story is the article of an article page as the page prints it.
type Story struct {
	Title, Dek                string
	Language, Dir             string // Dir is "rtl" or "ltr" when Language is known
	Photo                     *Photo // nil when the page says nothing of its image
	Tags                      []article.Tag
	TagsHTML                  template.HTML // the tags' list items (links.go)
	CapturedISO, CapturedText string        // when a web archive captured it; empty when unknown
	SourceURL                 string
	Imported                  string // when the archive first stored it, in UTC
}

// Photo is what an article page says of the article's image: its caption
// (or, failing one, its alternative text) and its credit.
type Photo struct{ Text, Credit string }

// Link is another article linked from an article page.
type Link struct {
	Slug, Title       string
	DateISO, DateText string // empty when undated
}

func storyOf(it *store.Item) Story {
	s := Story{Title: it.Title, Dek: it.Dek, Language: it.Language, Tags: it.Tags,
		SourceURL: it.SourceURL, Imported: utcDate(it.ImportedAt)}
	if s.Language != "" {
		s.Dir = lang.Dir(s.Language)
	}
	if im := it.Image; im != nil && (im.Caption != "" || im.Credit != "" || im.Alt != "") {
		s.Photo = &Photo{Text: im.Caption, Credit: im.Credit}
		if s.Photo.Text == "" {
			s.Photo.Text = im.Alt
		}
	}
	s.CapturedISO, s.CapturedText = dates(it.CapturedAt)
	return s
}

func linkOf(r *store.Ref) *Link {
	if r == nil {
		return nil
	}
	l := &Link{Slug: r.Slug, Title: r.Title}
	l.DateISO, l.DateText = dates(r.Published)
	return l
}

func links(refs []store.Ref) []Link {
	out := make([]Link, len(refs))
	for i := range refs {
		out[i] = *linkOf(&refs[i])
	}
	return out
}

// TagsPage lists tags with their counts.
type TagsPage struct {
	Meta  Meta
	Tags  []store.Named
	Total int
	Pager Pager
}

// ArchiveYear is one year of the date archive.
type ArchiveYear struct {
	Year, Count int
	Months      []store.Period
}

// ArchivePage is the overview of years and months.
type ArchivePage struct {
	Meta    Meta
	Years   []ArchiveYear
	Undated int
}

// ErrorPage explains a 4xx or 5xx answer.
type ErrorPage struct {
	Meta    Meta
	Heading string
	Message string
}
