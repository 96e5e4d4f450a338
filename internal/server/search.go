package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"morgue/internal/article"
	"morgue/internal/search"
	"morgue/internal/store"
)

// searchRequest is a search as the reader asked for it, checked.
type searchRequest struct {
	form  SearchForm
	query store.SearchQuery
	page  int
}

// readSearch validates the search parameters. Errors are messages for a
// 400 page; a query that parses to nothing is not an error but a Problem.
func readSearch(r *http.Request, size int) (searchRequest, string, error) {
	v := r.URL.Query()
	f := SearchForm{
		Q:      strings.TrimSpace(v.Get("q")),
		Tag:    strings.TrimSpace(v.Get("tag")),
		Author: strings.TrimSpace(v.Get("author")),
		Outlet: strings.TrimSpace(v.Get("outlet")),
		From:   strings.TrimSpace(v.Get("from")),
		To:     strings.TrimSpace(v.Get("to")),
		Sort:   strings.TrimSpace(v.Get("sort")),
	}
	req := searchRequest{form: f}
	n, err := pageNumber(r)
	if err != nil {
		return req, "", err
	}
	req.page = n
	q := store.SearchQuery{Offset: (n - 1) * size, Limit: size}
	switch f.Sort {
	case "", "relevance":
	case "date":
		q.ByDate = true
	default:
		return req, "", fmt.Errorf("the order %q is unknown: use relevance or date", f.Sort)
	}
	// Filters accept a slug or a name as typed; both fold to the slug.
	q.Tag, q.Author, q.Outlet = article.Slugify(f.Tag), article.Slugify(f.Author), article.Slugify(f.Outlet)
	if q.FromDay, err = day(f.From, "from"); err != nil {
		return req, "", err
	}
	if q.ToDay, err = day(f.To, "to"); err != nil {
		return req, "", err
	}
	if q.FromDay != 0 && q.ToDay != 0 && q.FromDay > q.ToDay {
		return req, "", errors.New("the from date is after the to date")
	}
	problem := ""
	if f.Q != "" {
		q.Query, err = search.Parse(f.Q)
		switch {
		case errors.Is(err, search.ErrTooLong), errors.Is(err, search.ErrTooMany):
			return req, "", err
		case err != nil:
			problem = "Nothing was searched: " + err.Error() + "."
		}
	}
	req.query = q
	return req, problem, nil
}

func day(s, name string) (int, error) {
	if s == "" {
		return 0, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Errorf("the %s date %q is not a date like 2025-03-27", name, s)
	}
	return t.Year()*10000 + int(t.Month())*100 + t.Day(), nil
}

func (f SearchForm) filtered() bool {
	return f.Tag != "" || f.Author != "" || f.Outlet != "" || f.From != "" || f.To != ""
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	req, problem, err := readSearch(r, perPage)
	if err != nil {
		s.badRequest(w, r, capitalize(err.Error())+".")
		return
	}
	data := SearchPage{
		Meta: Meta{
			Title:       "Search – morgue",
			Description: "Search every article of the archive by words, phrases, tags, authors, outlets and dates.",
			Canonical:   s.base + "/search",
			Lang:        "en",
			Section:     "search",
			Query:       req.form.Q,
		},
		Form:    req.form,
		Problem: problem,
	}
	if req.form.Q != "" || req.form.filtered() {
		data.Meta.Title = "Search: " + req.form.Q + " – morgue"
		data.Meta.Noindex = true // result pages are endless; the articles are indexed
	}
	runQuery := problem == "" && (!req.query.Query.Empty() || req.form.filtered())
	if runQuery {
		res, err := s.runSearch(r.Context(), req.query)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		last := lastPage(res.Total, perPage)
		if req.page > last {
			s.renderError(w, r, http.StatusNotFound, fmt.Sprintf("This search has %d pages of results; there is no page %d.", last, req.page))
			return
		}
		data.Searched = true
		data.Hits, data.Total, data.Capped = res.Hits, res.Total, res.Capped
		data.Start = req.query.Offset + 1
		data.Pager = Pager{Current: req.page, Last: last, base: *r.URL}
		if req.page > 1 {
			data.Meta.Title = fmt.Sprintf("Search: %s (page %d) – morgue", req.form.Q, req.page)
		}
	}
	s.page(w, r, "search", data, stateFrom(r.Context()).UpdatedAt)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// errBusy means every search slot stayed taken for the configured wait.
var errBusy = errors.New("busy")

// runSearch runs a search in one of a few slots: a burst of uncached
// searches of common words would otherwise take every core and starve
// the pages (which come from the cache in microseconds).
func (s *Server) runSearch(ctx context.Context, q store.SearchQuery) (store.SearchResult, error) {
	t := time.NewTimer(s.searchWait)
	defer t.Stop()
	select {
	case s.searchSlots <- struct{}{}:
	case <-t.C:
		return store.SearchResult{}, errBusy
	case <-ctx.Done():
		return store.SearchResult{}, ctx.Err()
	}
	defer func() { <-s.searchSlots }()
	return s.reader.Search(ctx, q)
}
