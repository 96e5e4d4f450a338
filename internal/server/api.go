package server

import (
	_ "embed"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/markdown"
	"github.com/morgue-archive/morgue/internal/store"
)

// The read-only JSON API. Field names are those of "morgue parse" (the
// embedded article.JSON) plus a few the archive adds; openapi.json documents
// every endpoint and field, and a test keeps the two in step.

const apiType = "application/json; charset=utf-8"

// API page sizes.
const (
	apiDefaultLimit = 20
	apiMaxLimit     = 100
)

//go:embed openapi.json
var openAPIDoc []byte

// apiArticle is an article in API answers. Listings leave out the body and
// its HTML (Body hides the embedded one and is nil there).
type apiArticle struct {
	article.JSON
	Body       *string `json:"body,omitempty"`
	URL        string  `json:"url"` // the article page, absolute and permanent
	HTML       *string `json:"html,omitempty"`
	ImportedAt string  `json:"imported_at"`
	UpdatedAt  string  `json:"updated_at"`
	// CapturedAt is when a web archive captured the page (UTC), null
	// for an article from a file.
	CapturedAt *string `json:"captured_at"`
}

// apiArticleOf is an article as listings give it, without its body.
func (s *Server) apiArticleOf(it store.Item) apiArticle {
	return apiArticle{
		JSON:       it.Article.JSON(),
		URL:        s.articleURL(it.Slug),
		ImportedAt: it.ImportedAt.UTC().Format(time.RFC3339),
		UpdatedAt:  it.UpdatedAt.UTC().Format(time.RFC3339),
		CapturedAt: it.CapturedRFC3339(),
	}
}

func (s *Server) apiArticles(items []store.Item) []apiArticle {
	out := make([]apiArticle, len(items))
	for i, it := range items {
		out[i] = s.apiArticleOf(it)
	}
	return out
}

type apiName struct {
	Name  string `json:"name"`
	Slug  string `json:"slug"`
	Count int    `json:"count"`
	URL   string `json:"url"`
}

// apiList is a keyset page of articles, newest first.
type apiList struct {
	Tag        *apiName     `json:"tag,omitempty"`
	Articles   []apiArticle `json:"articles"`
	NextCursor *string      `json:"next_cursor"`
	Next       *string      `json:"next"`
}

type apiSearchHit struct {
	apiArticle
	Snippet string `json:"snippet"`
}

type apiSearchResult struct {
	Results     []apiSearchHit `json:"results"`
	Total       int            `json:"total"`
	TotalCapped bool           `json:"total_capped"`
	Page        int            `json:"page"`
	Pages       int            `json:"pages"`
	Next        *string        `json:"next"`
}

type apiTags struct {
	Tags  []apiName `json:"tags"`
	Total int       `json:"total"`
	Page  int       `json:"page"`
	Pages int       `json:"pages"`
	Next  *string   `json:"next"`
}

type apiErrorBody struct {
	Error struct {
		Status  int    `json:"status"`
		Message string `json:"message"`
	} `json:"error"`
}

// isAPI reports whether r is for the API, whose errors are JSON too.
func isAPI(r *http.Request) bool {
	return r.URL.Path == "/api" || strings.HasPrefix(r.URL.Path, "/api/")
}

// apiError answers {"error": {"status": …, "message": …}}, never cached.
func (s *Server) apiError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	var e apiErrorBody
	e.Error.Status, e.Error.Message = status, msg
	body, err := marshalJSON(e)
	if err != nil {
		http.Error(w, msg, status)
		return
	}
	newResponse(status, apiType, body, time.Time{}).write(w, r)
}

// sendJSON encodes v and sends it through the page cache.
func (s *Server) sendJSON(w http.ResponseWriter, r *http.Request, v any) {
	body, err := marshalJSON(v)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	s.send(w, r, newResponse(http.StatusOK, apiType, body, stateFrom(r.Context()).UpdatedAt))
}

// apiLimit reads ?limit=, a whole number from 1 to apiMaxLimit.
func apiLimit(r *http.Request) (int, error) {
	v, ok := r.URL.Query()["limit"]
	if !ok {
		return apiDefaultLimit, nil
	}
	if len(v) != 1 {
		return 0, errors.New("give one limit")
	}
	n, err := strconv.Atoi(v[0])
	if err != nil || n < 1 || n > apiMaxLimit {
		return 0, fmt.Errorf("the limit %q is not a whole number from 1 to %d", v[0], apiMaxLimit)
	}
	return n, nil
}

// A cursor is the place after the last article of a page: its sort key and
// id, 16 bytes big-endian, base64url without padding. Clients treat it as
// opaque; it stays valid across imports, as keyset pages do.
func encodeCursor(c store.Cursor) string {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], uint64(c.SortKey))
	binary.BigEndian.PutUint64(b[8:], uint64(c.ID))
	return base64.RawURLEncoding.EncodeToString(b[:])
}

var errBadCursor = errors.New("the cursor is not one this API gave out: use the next_cursor of a previous answer")

func decodeCursor(s string) (store.Cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(b) != 16 {
		return store.Cursor{}, errBadCursor
	}
	c := store.Cursor{SortKey: int64(binary.BigEndian.Uint64(b[:8])), ID: int64(binary.BigEndian.Uint64(b[8:]))}
	if c.ID <= 0 {
		return store.Cursor{}, errBadCursor
	}
	return c, nil
}

// apiCursor reads ?cursor=; nil when absent.
func apiCursor(r *http.Request) (*store.Cursor, error) {
	v, ok := r.URL.Query()["cursor"]
	if !ok {
		return nil, nil
	}
	if len(v) != 1 {
		return nil, errors.New("give one cursor")
	}
	c, err := decodeCursor(v[0])
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// nextURL is the absolute address of this request with params replaced.
func (s *Server) nextURL(r *http.Request, params ...string) *string {
	q := r.URL.Query()
	for i := 0; i+1 < len(params); i += 2 {
		q.Set(params[i], params[i+1])
	}
	u := s.base + r.URL.Path + "?" + q.Encode()
	return &u
}

// keysetPage runs a newest-first listing from ?cursor= for ?limit= articles,
// fetching one more to learn whether a next page exists.
func (s *Server) keysetPage(w http.ResponseWriter, r *http.Request, q store.ListQuery) (apiList, bool) {
	var out apiList
	limit, err := apiLimit(r)
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, capitalize(err.Error())+".")
		return out, false
	}
	if q.After, err = apiCursor(r); err != nil {
		s.apiError(w, r, http.StatusBadRequest, capitalize(err.Error())+".")
		return out, false
	}
	q.Limit = limit + 1
	items, _, err := s.reader.List(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return out, false
	}
	if len(items) > limit {
		items = items[:limit]
		c := encodeCursor(items[limit-1].Cursor())
		out.NextCursor = &c
		out.Next = s.nextURL(r, "cursor", c, "limit", strconv.Itoa(limit))
	}
	out.Articles = s.apiArticles(items)
	return out, true
}

// apiIndex points to the endpoints and their description.
func (s *Server) apiIndex(w http.ResponseWriter, r *http.Request) {
	s.sendJSON(w, r, map[string]string{
		"openapi":  s.base + "/api/openapi.json",
		"articles": s.base + "/api/articles",
		"search":   s.base + "/api/search",
		"tags":     s.base + "/api/tags",
	})
}

// apiOpenAPI serves the embedded OpenAPI document with this server's
// address filled in.
func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	var doc map[string]any
	if err := json.Unmarshal(openAPIDoc, &doc); err != nil {
		s.serverError(w, r, fmt.Errorf("openapi.json: %w", err))
		return
	}
	doc["servers"] = []map[string]string{{"url": s.base}}
	s.sendJSON(w, r, doc)
}

func (s *Server) apiListArticles(w http.ResponseWriter, r *http.Request) {
	if out, ok := s.keysetPage(w, r, store.ListQuery{}); ok {
		s.sendJSON(w, r, out)
	}
}

// apiGetArticle answers one article in full. A retired slug answers 301 to
// the current one, as the article pages do.
func (s *Server) apiGetArticle(w http.ResponseWriter, r *http.Request) {
	it, ok := s.lookupArticle(w, r, "/api/articles/", func(w http.ResponseWriter, r *http.Request) {
		s.apiError(w, r, http.StatusNotFound, fmt.Sprintf("No article has the slug %q.", chi.URLParam(r, "slug")))
	})
	if !ok {
		return
	}
	html, err := markdown.ToHTML(it.Body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a := s.apiArticleOf(it)
	a.Body, a.HTML = &it.Body, &html
	full, err := s.apiFullArticleOf(r.Context(), it, a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.sendJSON(w, r, full)
}

// apiSearch runs the search page's query language and filters.
func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	limit, err := apiLimit(r)
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, capitalize(err.Error())+".")
		return
	}
	if _, ok := r.URL.Query()["cursor"]; ok {
		s.apiError(w, r, http.StatusBadRequest, "Search results are ranked and paged by number: use page, not cursor.")
		return
	}
	req, problem, err := s.readSearch(r, limit)
	switch {
	case err != nil:
		s.apiError(w, r, http.StatusBadRequest, capitalize(err.Error())+".")
		return
	case req.errs.Any():
		s.apiError(w, r, http.StatusBadRequest, req.errs.Join())
		return
	case problem != "":
		s.apiError(w, r, http.StatusBadRequest, problem)
		return
	case req.query.Query.Empty() && !req.form.filtered():
		s.apiError(w, r, http.StatusBadRequest, "Give words to search for (q) or at least one filter: tag, author, outlet, from or to.")
		return
	}
	res, err := s.runSearch(r.Context(), req.query)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	last := lastPage(res.Total, limit)
	if req.page > last {
		s.apiError(w, r, http.StatusNotFound, fmt.Sprintf("This search has %d pages of results; there is no page %d.", last, req.page))
		return
	}
	out := apiSearchResult{Results: make([]apiSearchHit, len(res.Hits)), Total: res.Total, TotalCapped: res.Capped,
		Page: req.page, Pages: last}
	unmark := strings.NewReplacer(store.MarkStart, "", store.MarkEnd, "")
	for i, h := range res.Hits {
		out.Results[i] = apiSearchHit{apiArticle: s.apiArticleOf(h.Item), Snippet: unmark.Replace(h.Snippet)}
	}
	if req.page < last {
		out.Next = s.nextURL(r, "page", strconv.Itoa(req.page+1))
	}
	s.sendJSON(w, r, out)
}

func (s *Server) apiNameOf(kind store.Kind, n store.Named) apiName {
	return apiName{Name: n.Name, Slug: n.Slug, Count: n.Count, URL: s.base + namePath(kind, n.Slug)}
}

// apiListTags pages through the tags, most used first.
func (s *Server) apiListTags(w http.ResponseWriter, r *http.Request) {
	limit, err := apiLimit(r)
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, capitalize(err.Error())+".")
		return
	}
	n, err := pageNumber(r)
	if err != nil {
		s.apiError(w, r, http.StatusBadRequest, capitalize(err.Error())+".")
		return
	}
	tags, total, err := s.reader.Tags(r.Context(), (n-1)*limit, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	last := lastPage(total, limit)
	if n > last {
		s.apiError(w, r, http.StatusNotFound, fmt.Sprintf("There are %d pages of tags; there is no page %d.", last, n))
		return
	}
	out := apiTags{Tags: make([]apiName, len(tags)), Total: total, Page: n, Pages: last}
	for i, t := range tags {
		out.Tags[i] = s.apiNameOf(store.Tags, t)
	}
	if n < last {
		out.Next = s.nextURL(r, "page", strconv.Itoa(n+1))
	}
	s.sendJSON(w, r, out)
}

// apiGetTag answers a tag and a keyset page of its articles.
func (s *Server) apiGetTag(w http.ResponseWriter, r *http.Request) {
	slug := chi.URLParam(r, "slug")
	t, err := s.reader.Name(r.Context(), store.Tags, slug)
	if s.tagMoved(w, r, store.Tags, err) {
		return
	}
	if errors.Is(err, store.ErrNotFound) {
		s.apiError(w, r, http.StatusNotFound, fmt.Sprintf("No tag has the slug %q.", slug))
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out, ok := s.keysetPage(w, r, store.ListQuery{Tag: t.Slug})
	if !ok {
		return
	}
	tag := s.apiNameOf(store.Tags, t)
	out.Tag = &tag
	s.sendJSON(w, r, out)
}
