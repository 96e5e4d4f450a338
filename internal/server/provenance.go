package server

import (
	"errors"
	"html/template"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/internal/citation"
	"github.com/morgue-archive/morgue/internal/store"
)

// What makes the archive an archive: every article's source as it was
// imported, every earlier state of it, a link that never changes, and
// ready citations. The pages live in source.go, history.go and cite.go.

// archiveRoutes serves the pages about an article's versions and
// citations, and its permanent link, through the page cache.
func (s *Server) archiveRoutes(r chi.Router) {
	r.With(s.articleCtx).Get("/articles/{slug}/history", s.history)
	r.With(s.articleCtx).Get("/articles/{slug}/diff", s.diff)
	for ext := range citeFormats {
		r.With(s.articleCtx).Get("/articles/{slug}/cite."+ext, s.cite(ext))
	}
	r.Get("/a/{id}", s.permalink)
}

// sourceRoutes serves kept sources outside the page cache: decompressing
// one costs little, and the answer carries its own digest header.
func (s *Server) sourceRoutes(r chi.Router) {
	r.With(s.articleCtx).Get("/articles/{slug}/source", s.source)
}

// permalinkURL is the link to an article that never changes, whatever its
// title (and so its slug) becomes: citations and the page's permanent link
// use it.
func (s *Server) permalinkURL(id int64) string { return s.base + "/a/" + strconv.FormatInt(id, 10) }

// permalink answers /a/{id} with 301 to the article's current address.
func (s *Server) permalink(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
	if err != nil || id <= 0 {
		s.notFound(w, r)
		return
	}
	slug, err := s.reader.SlugByID(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/articles/"+slug, http.StatusMovedPermanently)
}

// ArticleArchive is what an article page says about the article as an
// archived document: its permanent link, its source, its history and how
// to cite it.
type ArticleArchive struct {
	Permalink string
	Source    store.Provenance
	// SourceURL shows the kept source; "" when the bytes were not kept.
	SourceURL string
	// HistoryURL lists the versions; "" when the article never changed.
	HistoryURL string
	// Cite is the section of ready citations and citation files
	// (fragments.go).
	Cite template.HTML
	// Meta are the Highwire Press citation_* tags (and Dublin Core's
	// source) that Zotero and Google Scholar read.
	Meta template.HTML // one <meta> each (fragments.go)
}

// MetaTag is one <meta name content> of the page's head.
type MetaTag struct {
	Name, Content string
}

// articleArchive gathers the archive facts of it, whose provenance is p,
// for its page.
func (s *Server) articleArchive(it store.Item, p store.Provenance) ArticleArchive {
	a := ArticleArchive{Permalink: s.permalinkURL(it.ID), Source: p}
	page := "/articles/" + it.Slug
	if p.SHA256 != "" {
		a.SourceURL = page + "/source"
	}
	if p.Versions > 1 {
		a.HistoryURL = page + "/history"
	}
	w := s.citationWork(it)
	a.Cite = citeHTML([]Citation{{"APA", citation.APA(w)}, {"MLA", citation.MLA(w)}, {"Chicago", citation.Chicago(w)}}, it.Slug)
	a.Meta = metaTagsHTML(highwire(w, s.articleURL(it.Slug), it))
	return a
}

// highwire is the Highwire Press tag set (as Google Scholar documents it
// and Zotero's Embedded Metadata translator reads it): title, each author,
// the date as YYYY/MM/DD, the outlet as journal title and publisher, the
// archive's permanent link as the public URL, the page as the full text,
// and the original address as Dublin Core's source.
func highwire(w citation.Work, page string, it store.Item) []MetaTag {
	tags := []MetaTag{{"citation_title", w.Title}}
	for _, a := range w.Authors {
		tags = append(tags, MetaTag{"citation_author", a})
	}
	if w.Published != nil {
		tags = append(tags, MetaTag{"citation_publication_date", w.Published.Format("2006/01/02")})
	}
	if w.Outlet != "" {
		tags = append(tags, MetaTag{"citation_journal_title", w.Outlet}, MetaTag{"citation_publisher", w.Outlet})
	}
	if w.Language != "" {
		tags = append(tags, MetaTag{"citation_language", w.Language})
	}
	for _, t := range it.Tags {
		tags = append(tags, MetaTag{"citation_keywords", t.Name})
	}
	tags = append(tags, MetaTag{"citation_public_url", w.URL}, MetaTag{"citation_fulltext_html_url", page})
	if w.OriginalURL != "" {
		tags = append(tags, MetaTag{"DC.source", w.OriginalURL})
	}
	return tags
}

// citationWork is it as a reference: cited by its permanent link, accessed
// the day the archive first stored it.
func (s *Server) citationWork(it store.Item) citation.Work {
	return citation.Work{
		ID:          "morgue-" + strconv.FormatInt(it.ID, 10),
		Title:       it.Title,
		Authors:     it.Authors,
		Outlet:      it.Outlet,
		Published:   it.Published,
		URL:         s.permalinkURL(it.ID),
		OriginalURL: it.SourceURL,
		Accessed:    it.ImportedAt,
		Language:    it.Language,
		Archive:     siteName,
	}
}

// versionParam reads a version number from the query: 0 when absent.
func versionParam(r *http.Request, name string) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, errors.New("the version " + strconv.Quote(v) + " is not a whole number from 1")
	}
	return n, nil
}
