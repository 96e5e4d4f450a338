package server

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/internal/store"
)

// MaxSitemapURLs is the most URLs one sitemap file may list under the
// sitemaps.org protocol; Config.SitemapURLs lowers it for tests.
const MaxSitemapURLs = 50000

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"sitemapindex"`
	NS       string       `xml:"xmlns,attr"`
	Sitemaps []sitemapRef `xml:"sitemap"`
}

type sitemapRef struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

type urlSet struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// sitePages are the pages listed before the tags, authors and outlets in
// the pages sitemaps, so that even an empty archive has one sitemap with
// URLs in it.
var sitePages = []string{"/", "/tags", "/archive"}

// robots names the sitemap and keeps crawlers out of search results, which
// are endless and only repeat the articles.
func (s *Server) robots(w http.ResponseWriter, r *http.Request) {
	body := "User-agent: *\nDisallow: /search\nDisallow: /api/search\n\nSitemap: " + s.base + "/sitemap.xml\n"
	s.send(w, r, newResponse(http.StatusOK, "text/plain; charset=utf-8", []byte(body), time.Time{}))
}

// sitemapCounts returns how many article sitemaps and pages sitemaps the
// archive needs.
func (s *Server) sitemapCounts(r *http.Request) (articles, pages int, err error) {
	na, nn, err := s.reader.LinkCounts(r.Context())
	if err != nil {
		return 0, 0, err
	}
	per := s.sitemapURLs
	return (na + per - 1) / per, (len(sitePages) + nn + per - 1) / per, nil
}

// sitemapIndex lists every child sitemap. Each child's lastmod is the
// archive's last change: an upper bound that is cheap and never wrong.
func (s *Server) sitemapIndex(w http.ResponseWriter, r *http.Request) {
	na, np, err := s.sitemapCounts(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	updated := stateFrom(r.Context()).UpdatedAt
	lastmod := ""
	if !updated.IsZero() {
		lastmod = updated.UTC().Format(time.RFC3339)
	}
	idx := sitemapIndex{NS: sitemapNS}
	for i := 1; i <= na; i++ {
		idx.Sitemaps = append(idx.Sitemaps, sitemapRef{Loc: fmt.Sprintf("%s/sitemaps/articles-%d.xml", s.base, i), LastMod: lastmod})
	}
	for i := 1; i <= np; i++ {
		idx.Sitemaps = append(idx.Sitemaps, sitemapRef{Loc: fmt.Sprintf("%s/sitemaps/pages-%d.xml", s.base, i), LastMod: lastmod})
	}
	s.sendXML(w, r, idx, updated)
}

// sitemapNumber reads {n} of a child sitemap's name: a whole number from 1
// written without leading zeros, so each sitemap has one URL.
func sitemapNumber(r *http.Request) (int, bool) {
	v := chi.URLParam(r, "n")
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || strconv.Itoa(n) != v {
		return 0, false
	}
	return n, true
}

// articleSitemap lists one slice of the article pages, with their last
// change.
func (s *Server) articleSitemap(w http.ResponseWriter, r *http.Request) {
	n, ok := sitemapNumber(r)
	na, _, err := s.sitemapCounts(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if !ok || n > na {
		s.notFound(w, r)
		return
	}
	links, err := s.reader.ArticleLinks(r.Context(), (n-1)*s.sitemapURLs, s.sitemapURLs)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.sendURLSet(w, r, s.sitemapURLsOf(nil, links))
}

// pagesSitemap lists the site's own pages, then every tag, author and
// outlet page.
func (s *Server) pagesSitemap(w http.ResponseWriter, r *http.Request) {
	n, ok := sitemapNumber(r)
	_, np, err := s.sitemapCounts(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if !ok || n > np {
		s.notFound(w, r)
		return
	}
	start, end := (n-1)*s.sitemapURLs, n*s.sitemapURLs
	var urls []sitemapURL
	for i := start; i < len(sitePages) && i < end; i++ {
		urls = append(urls, sitemapURL{Loc: s.base + sitePages[i]})
	}
	offset := max(start-len(sitePages), 0)
	names, err := s.reader.NameLinks(r.Context(), offset, end-start-len(urls))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.sendURLSet(w, r, s.sitemapURLsOf(urls, names))
}

// sitemapURLsOf appends the entries of links to urls.
func (s *Server) sitemapURLsOf(urls []sitemapURL, links []store.Link) []sitemapURL {
	for _, l := range links {
		u := sitemapURL{Loc: s.base + "/" + l.Kind + "/" + l.Slug}
		if !l.Modified.IsZero() {
			u.LastMod = l.Modified.UTC().Format(time.RFC3339)
		}
		urls = append(urls, u)
	}
	return urls
}

func (s *Server) sendURLSet(w http.ResponseWriter, r *http.Request, urls []sitemapURL) {
	s.sendXML(w, r, urlSet{NS: sitemapNS, URLs: urls}, stateFrom(r.Context()).UpdatedAt)
}

func (s *Server) sendXML(w http.ResponseWriter, r *http.Request, v any, modified time.Time) {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	if err := xml.NewEncoder(&buf).Encode(v); err != nil {
		s.serverError(w, r, fmt.Errorf("sitemap: %w", err))
		return
	}
	buf.WriteByte('\n')
	s.send(w, r, newResponse(http.StatusOK, "application/xml; charset=utf-8", buf.Bytes(), modified))
}
