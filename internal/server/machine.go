package server

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/internal/store"
)

// siteName names the archive in feeds, link previews and structured data.
const siteName = "morgue"

// articleURL is the permanent, absolute address of an article page.
func (s *Server) articleURL(slug string) string { return s.base + "/articles/" + slug }

// machineRoutes serves what programs read: feeds, sitemaps, robots.txt and
// the JSON API. Any site may fetch them (allowAnyOrigin runs before the
// cache, so cached answers carry the header too).
func (s *Server) machineRoutes(r chi.Router) {
	r.Group(func(r chi.Router) {
		r.Use(allowAnyOrigin, s.cached)
		r.Get("/feed.atom", s.feed(wholeArchive, "atom"))
		r.Get("/feed.json", s.feed(wholeArchive, "json"))
		for _, kind := range store.Kinds {
			r.Get("/"+kind.String()+"/{slug}/feed.atom", s.feed(kind, "atom"))
			r.Get("/"+kind.String()+"/{slug}/feed.json", s.feed(kind, "json"))
		}
		r.Get("/robots.txt", s.robots)
		r.Get("/sitemap.xml", s.sitemapIndex)
		r.Get("/sitemaps/articles-{n}.xml", s.articleSitemap)
		r.Get("/sitemaps/pages-{n}.xml", s.pagesSitemap)

		r.Get("/api", s.apiIndex)
		r.Get("/api/openapi.json", s.apiOpenAPI)
		r.Get("/api/articles", s.apiListArticles)
		r.Get("/api/articles/{slug}", s.apiGetArticle)
		r.Get("/api/articles/{slug}/versions", s.apiListVersions)
		r.Get("/api/articles/{slug}/versions/{n}", s.apiGetVersion)
		r.Get("/api/search", s.apiSearch)
		r.Get("/api/tags", s.apiListTags)
		r.Get("/api/tags/{slug}", s.apiGetTag)
	})
}

// allowAnyOrigin lets scripts on other sites read the archive's machine
// interfaces; everything here is public and read-only, and no cookie is
// ever set, so there is nothing a foreign page could abuse.
func allowAnyOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		next.ServeHTTP(w, r)
	})
}
