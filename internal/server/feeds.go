package server

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/markdown"
	"github.com/morgue-archive/morgue/internal/store"
)

// feedSize is how many of the newest articles a feed carries.
const feedSize = 50

// Feed content types; both are compressed and cached like pages.
const (
	atomType     = "application/atom+xml; charset=utf-8"
	jsonFeedType = "application/feed+json; charset=utf-8"
)

// wholeArchive is the kind of no name: a feed of every article.
const wholeArchive store.Kind = 0

// feedSource is what one feed covers: the whole archive or one tag's,
// author's or outlet's articles.
type feedSource struct {
	kind  store.Kind
	named store.Named
	// versions counts the states of the entries that changed since first
	// archived (see updateNote).
	versions map[int64]int
}

func (f feedSource) pagePath() string {
	if f.kind == wholeArchive {
		return "/"
	}
	return namePath(f.kind, f.named.Slug)
}

func (f feedSource) feedPath(ext string) string {
	if f.kind == wholeArchive {
		return "/feed." + ext
	}
	return f.pagePath() + "/feed." + ext
}

// title matches the heading of the page the feed follows.
func (f feedSource) title() string { return nameHeading(f.kind, f.named.Name) + " – morgue" }

// feedLinks are the <link rel="alternate"> entries of a page: its own feeds
// first, then the whole archive's.
func (s *Server) feedLinks(kind store.Kind, n store.Named) []Feed {
	var out []Feed
	srcs := []feedSource{{kind: kind, named: n}}
	if kind != wholeArchive {
		srcs = append(srcs, feedSource{})
	}
	for _, f := range srcs {
		out = append(out,
			Feed{Title: "Atom feed: " + f.title(), Type: "application/atom+xml", URL: s.base + f.feedPath("atom")},
			Feed{Title: "JSON Feed: " + f.title(), Type: "application/feed+json", URL: s.base + f.feedPath("json")})
	}
	return out
}

// feed serves the newest articles of the whole archive or of the tag,
// author or outlet named by {slug}, as Atom or JSON Feed.
func (s *Server) feed(kind store.Kind, format string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		src := feedSource{kind: kind}
		var q store.ListQuery
		if kind != wholeArchive {
			n, err := s.reader.Name(r.Context(), kind, chi.URLParam(r, "slug"))
			if err != nil {
				if !s.tagMoved(w, r, kind, err) {
					s.fail(w, r, err)
				}
				return
			}
			src.named = n
			q = kind.Listing(n.Slug)
		}
		q.Limit = feedSize
		items, _, err := s.reader.List(r.Context(), q)
		if err == nil {
			err = s.reader.Bodies(r.Context(), items)
		}
		if err == nil {
			src.versions, err = s.reader.VersionCounts(r.Context(), items)
		}
		if err != nil {
			s.fail(w, r, err)
			return
		}
		st := stateFrom(r.Context())
		var body []byte
		var ct string
		if format == "atom" {
			body, err = s.atom(src, items, st.UpdatedAt)
			ct = atomType
		} else {
			body, err = s.jsonFeed(src, items)
			ct = jsonFeedType
		}
		if err != nil {
			s.serverError(w, r, err)
			return
		}
		s.send(w, r, newResponse(http.StatusOK, ct, body, st.UpdatedAt))
	}
}

// entryID is an article's permanent feed id: a tag: URI (RFC 4151) of the
// site's host and the article's first slug. The first slug never changes
// when the title (and with it the current slug) does, and rebuilding the
// archive from the same files gives the same slugs, so a feed reader never
// shows a known article as new.
func (s *Server) entryID(it store.Item) string {
	host := "morgue.invalid"
	if u, err := url.Parse(s.base); err == nil && u.Hostname() != "" {
		host = u.Hostname()
	}
	return fmt.Sprintf("tag:%s,2026:articles/%s", host, it.FirstSlug)
}

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID        string      `xml:"id"`
	Title     string      `xml:"title"`
	Subtitle  string      `xml:"subtitle,omitempty"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomCategory struct {
	Term   string `xml:"term,attr"`
	Label  string `xml:"label,attr"`
	Scheme string `xml:"scheme,attr"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      atomText       `xml:"title"`
	Links      []atomLink     `xml:"link"`
	Published  string         `xml:"published,omitempty"`
	Updated    string         `xml:"updated"`
	Authors    []atomPerson   `xml:"author"`
	Categories []atomCategory `xml:"category"`
	Summary    *atomText      `xml:"summary"`
	Content    atomText       `xml:"content"`
}

// atom renders an Atom 1.0 feed (RFC 4287). Every entry carries the
// article's whole body; its updated date is when the archive last changed
// it, and its published date the page's own, when the page gave one.
func (s *Server) atom(src feedSource, items []store.Item, archiveUpdated time.Time) ([]byte, error) {
	self := s.base + src.feedPath("atom")
	f := atomFeed{
		ID:    self,
		Title: src.title(),
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: self},
			{Rel: "alternate", Type: "text/html", Href: s.base + src.pagePath()},
		},
		// Entries without a byline fall back to the feed's author: the
		// archive that keeps them, not a person it would have to invent.
		Author:    atomPerson{Name: siteName, URI: s.base + "/"},
		Generator: siteName,
	}
	if src.kind != wholeArchive {
		f.Subtitle = fmt.Sprintf("The newest articles of %s in the archive.", src.named.Name)
	}
	var newest time.Time
	for _, it := range items {
		html, err := markdown.ToHTML(it.Body)
		if err != nil {
			return nil, fmt.Errorf("atom feed: %w", err)
		}
		e := atomEntry{
			ID:      s.entryID(it),
			Title:   atomText{Type: "text", Body: it.Title},
			Links:   []atomLink{{Rel: "alternate", Type: "text/html", Href: s.articleURL(it.Slug)}},
			Updated: it.UpdatedAt.UTC().Format(time.RFC3339),
			Content: atomText{Type: "html", Body: s.updateNote(it, src.versions[it.ID]) + html},
		}
		if src.versions[it.ID] > 1 {
			// RFC 5829's relation: where the entry's versions are listed.
			e.Links = append(e.Links, atomLink{Rel: "version-history", Type: "text/html", Href: s.articleURL(it.Slug) + "/history"})
		}
		if p := it.PublishedRFC3339(); p != nil {
			e.Published = *p
		}
		if it.Dek != "" {
			e.Summary = &atomText{Type: "text", Body: it.Dek}
		}
		for _, a := range it.Authors {
			e.Authors = append(e.Authors, atomPerson{Name: a, URI: s.personURL(a)})
		}
		for _, t := range it.Tags {
			e.Categories = append(e.Categories, atomCategory{Term: t.Slug, Label: t.Name, Scheme: s.base + "/tags/"})
		}
		f.Entries = append(f.Entries, e)
		if it.UpdatedAt.After(newest) {
			newest = it.UpdatedAt
		}
	}
	if newest.IsZero() {
		newest = archiveUpdated
	}
	if newest.IsZero() {
		newest = time.Unix(0, 0) // an archive nothing was ever imported into
	}
	f.Updated = newest.UTC().Format(time.RFC3339)
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", " ")
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("atom feed: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

func (s *Server) personURL(name string) string {
	if slug := article.Slugify(name); slug != "" {
		return s.base + "/authors/" + slug
	}
	return ""
}

// jsonFeedVersion names the JSON Feed version these feeds follow.
const jsonFeedVersion = "https://jsonfeed.org/version/1.1"

type jsonFeed struct {
	Version     string           `json:"version"`
	Title       string           `json:"title"`
	HomePageURL string           `json:"home_page_url"`
	FeedURL     string           `json:"feed_url"`
	Description string           `json:"description,omitempty"`
	Authors     []jsonFeedAuthor `json:"authors"`
	Items       []jsonFeedItem   `json:"items"`
}

type jsonFeedAuthor struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type jsonFeedItem struct {
	ID            string           `json:"id"`
	URL           string           `json:"url"`
	ExternalURL   string           `json:"external_url,omitempty"`
	Title         string           `json:"title"`
	Summary       string           `json:"summary,omitempty"`
	ContentHTML   string           `json:"content_html"`
	DatePublished string           `json:"date_published,omitempty"`
	DateModified  string           `json:"date_modified"`
	Authors       []jsonFeedAuthor `json:"authors,omitempty"`
	Tags          []string         `json:"tags,omitempty"`
	Language      string           `json:"language,omitempty"`
}

// jsonFeed renders a JSON Feed 1.1 with the same entries as the Atom feed.
func (s *Server) jsonFeed(src feedSource, items []store.Item) ([]byte, error) {
	f := jsonFeed{
		Version:     jsonFeedVersion,
		Title:       src.title(),
		HomePageURL: s.base + src.pagePath(),
		FeedURL:     s.base + src.feedPath("json"),
		Authors:     []jsonFeedAuthor{{Name: siteName, URL: s.base + "/"}},
		Items:       []jsonFeedItem{},
	}
	if src.kind != wholeArchive {
		f.Description = fmt.Sprintf("The newest articles of %s in the archive.", src.named.Name)
	}
	for _, it := range items {
		html, err := markdown.ToHTML(it.Body)
		if err != nil {
			return nil, fmt.Errorf("json feed: %w", err)
		}
		item := jsonFeedItem{
			ID:           s.entryID(it),
			URL:          s.articleURL(it.Slug),
			ExternalURL:  it.SourceURL,
			Title:        it.Title,
			Summary:      it.Dek,
			ContentHTML:  s.updateNote(it, src.versions[it.ID]) + html,
			DateModified: it.UpdatedAt.UTC().Format(time.RFC3339),
			Language:     it.Language,
		}
		if p := it.PublishedRFC3339(); p != nil {
			item.DatePublished = *p
		}
		for _, a := range it.Authors {
			item.Authors = append(item.Authors, jsonFeedAuthor{Name: a, URL: s.personURL(a)})
		}
		for _, t := range it.Tags {
			item.Tags = append(item.Tags, t.Name)
		}
		f.Items = append(f.Items, item)
	}
	return marshalJSON(f)
}

// marshalJSON encodes a response body. HTML is not escaped: the content
// types are JSON ones and nosniff is set, so no browser renders it as a page.
func marshalJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("encode json: %w", err)
	}
	return buf.Bytes(), nil
}
