package server

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/go-chi/chi/v5"

	"morgue/internal/store"
)

// tagsPerPage is the number of tags on one page of /tags.
const tagsPerPage = 200

func (s *Server) tags(w http.ResponseWriter, r *http.Request) {
	n, err := pageNumber(r)
	if err != nil {
		s.badRequest(w, r, err.Error())
		return
	}
	tags, total, err := s.reader.Tags(r.Context(), (n-1)*tagsPerPage, tagsPerPage)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	last := lastPage(total, tagsPerPage)
	if n > last {
		s.renderError(w, r, http.StatusNotFound, fmt.Sprintf("There are %d pages of tags; there is no page %d.", last, n))
		return
	}
	meta := Meta{
		Title:       "All tags – morgue",
		Description: fmt.Sprintf("The %d people, places, organisations and topics of the archive, with their article counts.", total),
		Canonical:   s.base + "/tags",
		Lang:        "en",
		Section:     "tags",
	}
	if n > 1 {
		meta.Title = fmt.Sprintf("All tags (page %d) – morgue", n)
		meta.Canonical += fmt.Sprintf("?page=%d", n)
	}
	meta.LinkedData = s.tagsLinkedData(meta, tags, (n-1)*tagsPerPage)
	s.page(w, r, "tags", TagsPage{Meta: meta, Tags: tags, Total: total,
		Pager: Pager{Current: n, Last: last, base: *r.URL}}, stateFrom(r.Context()).UpdatedAt)
}

// namePath is the path of a tag's, author's or outlet's page.
func namePath(k store.Kind, slug string) string { return "/" + k.String() + "/" + slug }

// nameHeading is the heading of a tag's, author's or outlet's page, which
// its feeds take as their title; for wholeArchive, the home page's feeds'.
func nameHeading(k store.Kind, name string) string {
	switch k {
	case store.Tags:
		return "Tagged: " + name
	case store.Authors:
		return "By " + name
	case store.Outlets:
		return "From " + name
	}
	return "Newest articles"
}

// named serves the article list of one tag, author or outlet.
func (s *Server) named(kind store.Kind) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		slug := chi.URLParam(r, "slug")
		n, err := s.reader.Name(r.Context(), kind, slug)
		if err != nil {
			if !s.tagMoved(w, r, kind, err) {
				s.fail(w, r, err)
			}
			return
		}
		heading := nameHeading(kind, n.Name)
		var desc, section string
		switch kind {
		case store.Tags:
			desc = "Articles in the archive about " + n.Name + "."
			section = "tags"
		case store.Authors:
			desc = "Articles by " + n.Name + " in the archive."
		case store.Outlets:
			desc = "Articles from " + n.Name + " in the archive."
		}
		s.listing(w, r, kind.Listing(n.Slug), ListPage{
			Meta: Meta{
				Title:       heading,
				Description: desc,
				Canonical:   s.base + namePath(kind, n.Slug),
				Lang:        "en",
				Section:     section,
				Feeds:       s.feedLinks(kind, n),
			},
			Crumbs:  s.nameCrumbs(kind, n),
			Heading: heading,
			Intro:   "in the archive, newest first.",
		}, "")
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%s %s", comma(n), many)
}

// tagMoved answers 301 when err says that {slug} names no tag because the
// tag was merged into a fuller name of its subject (store/tagmerge.go):
// the same page of the tag it went to. It reports whether it answered.
func (s *Server) tagMoved(w http.ResponseWriter, r *http.Request, kind store.Kind, err error) bool {
	if kind != store.Tags || !errors.Is(err, store.ErrNotFound) {
		return false
	}
	cur, aerr := s.reader.TagAlias(r.Context(), chi.URLParam(r, "slug"))
	if aerr != nil {
		return false
	}
	pattern := chi.RouteContext(r.Context()).RoutePattern()
	target := &url.URL{Path: strings.Replace(pattern, "{slug}", cur, 1), RawQuery: r.URL.RawQuery}
	http.Redirect(w, r, target.String(), http.StatusMovedPermanently)
	return true
}
