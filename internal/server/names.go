package server

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/internal/store"
)

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

// indexTitle is the heading of the index of a kind of names: "Tags",
// "Authors", "Outlets".
func indexTitle(k store.Kind) string { return strings.ToUpper(k.String()[:1]) + k.String()[1:] }

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
		var desc string
		switch kind {
		case store.Tags:
			desc = "Articles in the archive about " + n.Name + "."
		case store.Authors:
			desc = "Articles by " + n.Name + " in the archive."
		case store.Outlets:
			desc = "Articles from " + n.Name + " in the archive."
		}
		// The search form's parameter of the kind: "tag", "author", "outlet".
		param := kind.Singular()
		src := feedSource{kind: kind, named: n}
		s.listing(w, r, kind.Listing(n.Slug), ListPage{
			Meta: Meta{
				Title:       heading,
				Description: desc,
				Canonical:   s.base + namePath(kind, n.Slug),
				Lang:        "en",
				Section:     kind.String(),
				Feeds:       s.feedLinks(kind, n),
			},
			Crumbs:  s.nameCrumbs(kind, n),
			Heading: heading,
			Intro:   "in the archive, newest first.",
			Follow:  &Follow{What: "Follow this " + param, Atom: src.feedPath("atom"), JSON: src.feedPath("json")},
			sel:     selection{v: map[string][]string{param: {n.Name}}},
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
