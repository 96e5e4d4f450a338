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

// named serves the article list of one tag, author or outlet.
func (s *Server) named(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		slug := chi.URLParam(r, "slug")
		n, err := s.reader.Name(r.Context(), kind, slug)
		if err != nil {
			if !s.tagMoved(w, r, kind, err) {
				s.fail(w, r, err)
			}
			return
		}
		q := store.ListQuery{}
		var heading, desc, what, param string
		switch kind {
		case "tags":
			q.Tag = n.Slug
			heading = "Tagged: " + n.Name
			desc = "Articles in the archive about " + n.Name + "."
			what, param = "Follow this tag", "tag"
		case "authors":
			q.Author = n.Slug
			heading = "By " + n.Name
			desc = "Articles by " + n.Name + " in the archive."
			what, param = "Follow this author", "author"
		case "outlets":
			q.Outlet = n.Slug
			heading = "From " + n.Name
			desc = "Articles from " + n.Name + " in the archive."
			what, param = "Follow this outlet", "outlet"
		}
		src := feedSource{kind: kind, named: n}
		s.listing(w, r, q, ListPage{
			Meta: Meta{
				Title:       heading,
				Description: desc,
				Canonical:   s.base + "/" + kind + "/" + n.Slug,
				Lang:        "en",
				Section:     kind,
				Feeds:       s.feedLinks(kind, n),
			},
			Crumbs:  s.nameCrumbs(kind, n),
			Heading: heading,
			Intro:   "in the archive, newest first.",
			Follow:  &Follow{What: what, Atom: src.feedPath("atom"), JSON: src.feedPath("json")},
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
func (s *Server) tagMoved(w http.ResponseWriter, r *http.Request, kind string, err error) bool {
	if kind != "tags" || !errors.Is(err, store.ErrNotFound) {
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
