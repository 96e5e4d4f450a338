package server

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/store"
)

// SearchPage shows a search form and, once searched, the results.
type SearchPage struct {
	Meta       Meta
	Form       SearchForm
	Errors     FormErrors
	Searched   bool
	Problem    string        // why the query could not run, in plain words
	Hits       template.HTML // the results as list items (fragments.go)
	Total      int
	Capped     bool
	Start      int // number of the first hit on this page
	Pager      Pager
	Facets     *FacetView
	Chips      []Chip
	Matches    []NameMatch // typed parts of names that several names share
	Suggestion *Suggestion
	Lists      NameLists
	// FiltersOpen unfolds the filters: one of them is wrong.
	FiltersOpen bool
}

// Suggestion is "did you mean": the query with a word the archive has.
type Suggestion struct {
	Query string
	URL   string
	Total int
}

// NameLists are the names the filter fields offer to pick from.
type NameLists struct {
	Tags, Authors, Outlets []string
}

// datalistSize is how many of the most used names a filter field offers,
// besides those matching what was typed.
const datalistSize = 30

// fewResults: a search with fewer results gets a "did you mean".
const fewResults = 3

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	req, problem, err := s.readSearch(r, perPage)
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
		Errors:  req.errs,
		Problem: problem,
		Matches: req.matches,
		// Folded unless a field has a problem: the chips show the filters
		// in use, and on a phone the results come first.
		FiltersOpen: req.errs.Any(),
	}
	if data.Lists, err = s.nameLists(r, req); err != nil {
		s.fail(w, r, err)
		return
	}
	if req.form.Q != "" || req.form.filtered() {
		data.Meta.Title = "Search: " + req.form.Q + " – morgue"
		data.Meta.Noindex = true // result pages are endless; the articles are indexed
	}
	if req.errs.Any() {
		// The form comes back as typed, each message beside its field.
		data.Meta.Title = "Search: check the form – morgue"
		s.pageStatus(w, r, http.StatusBadRequest, "search", data)
		return
	}
	sel := searchSelection(r.URL)
	data.Chips = chips(sel)
	runQuery := problem == "" && (!req.query.Query.Empty() || req.form.filtered())
	if runQuery {
		opt := facetOptions(r.URL)
		req.query.Facets = &opt
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
		data.Hits, data.Total, data.Capped = hitsHTML(s.links.hitEntries(res.Hits)), res.Total, res.Capped
		data.Start = req.query.Offset + 1
		data.Pager = Pager{Current: req.page, Last: last, base: *r.URL}
		data.Facets = facetView(res.Facets, sel, r.URL)
		data.Meta.Wide = data.Facets != nil
		if req.page > 1 {
			data.Meta.Title = fmt.Sprintf("Search: %s (page %d) – morgue", req.form.Q, req.page)
		}
		if res.Total < fewResults && !req.query.Query.Empty() {
			if data.Suggestion, err = s.suggest(r.Context(), req, res.Total); err != nil {
				s.fail(w, r, err)
				return
			}
		}
	}
	s.page(w, r, "search", data, stateFrom(r.Context()).UpdatedAt)
}

// suggest offers the query with each word the archive has (almost) not
// replaced by the most common word one edit away, when that finds more.
func (s *Server) suggest(ctx context.Context, req searchRequest, total int) (*Suggestion, error) {
	repl := map[string]string{}
	for _, g := range req.query.Query.All {
		for _, t := range g {
			for _, w := range t.Words {
				sg, err := s.reader.Suggest(ctx, w)
				if err != nil {
					return nil, err
				}
				if sg.Word != "" {
					repl[strings.ToLower(w)] = sg.Word
				}
			}
		}
	}
	if len(repl) == 0 {
		return nil, nil
	}
	typed := replaceWords(req.form.Q, repl)
	pq, err := search.Parse(typed)
	if err != nil {
		return nil, nil
	}
	q := req.query
	q.Query, q.Offset, q.Limit, q.Facets = pq, 0, 1, nil
	res, err := s.runSearch(ctx, q)
	if err != nil || res.Total <= total {
		return nil, err
	}
	v := url.Values{}
	for k, vals := range searchSelection(&url.URL{RawQuery: req.rawQuery}).v {
		v[k] = vals
	}
	v.Set("q", typed)
	return &Suggestion{Query: typed, URL: "/search?" + v.Encode(), Total: res.Total}, nil
}

// replaceWords swaps whole words of s (any case) for their replacements,
// keeping a capital first letter.
func replaceWords(s string, repl map[string]string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && isWordRune(rs[j]) {
			j++
		}
		w := string(rs[i:j])
		if r, ok := repl[strings.ToLower(w)]; ok {
			if unicode.IsUpper(rs[i]) {
				r = capitalize(r)
			}
			w = r
		}
		b.WriteString(w)
		i = j
	}
	return b.String()
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// nameLists are the names each filter field offers: those its typed value
// matched, then the most used.
func (s *Server) nameLists(r *http.Request, req searchRequest) (NameLists, error) {
	var l NameLists
	for _, k := range []struct {
		kind store.Kind
		out  *[]string
	}{{store.Tags, &l.Tags}, {store.Authors, &l.Authors}, {store.Outlets, &l.Outlets}} {
		seen := map[string]bool{}
		for _, m := range req.matches {
			if m.Kind == k.kind {
				for _, n := range m.Names {
					if !seen[n.Name] {
						seen[n.Name] = true
						*k.out = append(*k.out, n.Name)
					}
				}
			}
		}
		names, err := s.topNames.get(r.Context(), s.reader, k.kind)
		if err != nil {
			return l, err
		}
		for _, n := range names {
			if !seen[n.Name] {
				seen[n.Name] = true
				*k.out = append(*k.out, n.Name)
			}
		}
	}
	return l, nil
}

// pageStatus renders a page with a status other than 200 (a form sent
// back with its problems): never cached.
func (s *Server) pageStatus(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	body, err := s.pages.render(name, data)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	newResponse(status, "text/html; charset=utf-8", body, time.Time{}).write(w, r)
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
