package server

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/internal/store"
)

// The API's view of what the archive keeps about an article: its source,
// its versions and its permanent link.

// apiFullArticle is one article in full, with what the archive knows of it
// as a document.
type apiFullArticle struct {
	apiArticle
	Permalink   string     `json:"permalink"` // never changes, whatever the title becomes
	Version     int        `json:"version"`   // the number of the current state
	VersionsURL string     `json:"versions_url"`
	Source      *apiSource `json:"source"` // null when the bytes were not kept
}

// apiSource is the kept source of an article.
type apiSource struct {
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
	URL    string `json:"url"` // the original text, as text/plain
}

func (s *Server) apiFullArticleOf(ctx context.Context, it store.Item, a apiArticle) (apiFullArticle, error) {
	p, err := s.reader.Provenance(ctx, it.ID)
	if err != nil {
		return apiFullArticle{}, err
	}
	full := apiFullArticle{
		apiArticle:  a,
		Permalink:   s.permalinkURL(it.ID),
		Version:     p.Versions,
		VersionsURL: s.base + "/api/articles/" + it.Slug + "/versions",
	}
	if p.SHA256 != "" {
		full.Source = &apiSource{SHA256: p.SHA256, Size: p.Size, URL: s.articleURL(it.Slug) + "/source"}
	}
	return full, nil
}

// apiVersion is one state of an article. The list leaves out the body.
type apiVersion struct {
	Number       int      `json:"number"`
	Current      bool     `json:"current"`
	SeenAt       string   `json:"seen_at"`     // when the archive first stored it (UTC)
	ReplacedAt   *string  `json:"replaced_at"` // null for the current state
	Title        string   `json:"title"`
	Dek          string   `json:"dek"`
	Authors      string   `json:"authors"`
	Outlet       string   `json:"outlet"`
	Published    *string  `json:"published"`
	SourceSHA256 *string  `json:"source_sha256"` // the bytes it was parsed from; null when not kept
	Changed      []string `json:"changed"`       // what differs from the version before
	URL          string   `json:"url"`
	DiffURL      *string  `json:"diff_url"` // the page comparing it with the version before
	Body         *string  `json:"body,omitempty"`
}

type apiVersionList struct {
	Article  string       `json:"article"` // the article's API address
	Versions []apiVersion `json:"versions"`
}

func (s *Server) apiVersionOf(it store.Item, vs []store.Version, i int) apiVersion {
	v := vs[i]
	a := apiVersion{
		Number:  v.Number,
		Current: v.Current(),
		SeenAt:  v.SeenAt.UTC().Format(time.RFC3339),
		Title:   v.Title,
		Dek:     v.Dek,
		Authors: v.Authors,
		Outlet:  v.Outlet,
		Changed: []string{},
		URL:     s.base + "/api/articles/" + it.Slug + "/versions/" + strconv.Itoa(v.Number),
	}
	if v.ReplacedAt != nil {
		t := v.ReplacedAt.UTC().Format(time.RFC3339)
		a.ReplacedAt = &t
	}
	if v.Published != nil {
		p := v.Published.Format(time.RFC3339)
		a.Published = &p
	}
	if v.SourceSHA256 != "" {
		a.SourceSHA256 = &v.SourceSHA256
	}
	if i > 0 {
		a.Changed = changedFields(vs[i-1], v)
		d := s.base + diffURL("/articles/"+it.Slug, vs[i-1].Number, v.Number)
		a.DiffURL = &d
	}
	return a
}

func (s *Server) apiArticleFor(w http.ResponseWriter, r *http.Request) (store.Item, bool) {
	return s.lookupArticle(w, r, "/api/articles/", func(w http.ResponseWriter, r *http.Request) {
		s.apiError(w, r, http.StatusNotFound, fmt.Sprintf("No article has the slug %q.", chi.URLParam(r, "slug")))
	})
}

// apiListVersions answers every state of an article, oldest first.
func (s *Server) apiListVersions(w http.ResponseWriter, r *http.Request) {
	it, ok := s.apiArticleFor(w, r)
	if !ok {
		return
	}
	vs, err := s.reader.Versions(r.Context(), it.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := apiVersionList{Article: s.base + "/api/articles/" + it.Slug, Versions: make([]apiVersion, len(vs))}
	for i := range vs {
		out.Versions[i] = s.apiVersionOf(it, vs, i)
	}
	s.sendJSON(w, r, out)
}

// apiGetVersion answers one state of an article, body included.
func (s *Server) apiGetVersion(w http.ResponseWriter, r *http.Request) {
	it, ok := s.apiArticleFor(w, r)
	if !ok {
		return
	}
	n, err := strconv.Atoi(chi.URLParam(r, "n"))
	if err != nil || n < 1 {
		s.apiError(w, r, http.StatusBadRequest, "A version is a whole number from 1.")
		return
	}
	vs, err := s.reader.Versions(r.Context(), it.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if n > len(vs) {
		s.apiError(w, r, http.StatusNotFound, fmt.Sprintf("This article has %d versions; there is no version %d.", len(vs), n))
		return
	}
	v := s.apiVersionOf(it, vs, n-1)
	v.Body = &vs[n-1].Body
	s.sendJSON(w, r, v)
}
