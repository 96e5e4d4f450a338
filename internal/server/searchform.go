package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/morgue-archive/morgue/internal/search"
	"github.com/morgue-archive/morgue/internal/store"
)

// SearchForm is the search box and filters as the reader typed them, kept
// whatever was wrong with them.
type SearchForm struct {
	Q                      string
	Tags, Authors, Outlets []string // one field each; names, slugs or parts of names
	From, To, Sort         string
	Undated                bool
}

// FormErrors are the problems of a search form, one message per field,
// shown next to it.
type FormErrors struct {
	Q, Tag, Author, Outlet, From, To, Sort string
}

// Any reports whether the form has a problem.
func (e FormErrors) Any() bool { return e != FormErrors{} }

// Join is every message, for the JSON API.
func (e FormErrors) Join() string {
	var ms []string
	for _, m := range []string{e.Q, e.Tag, e.Author, e.Outlet, e.From, e.To, e.Sort} {
		if m != "" {
			ms = append(ms, m)
		}
	}
	return strings.Join(ms, " ")
}

// NameMatch is a name filter typed as part of a name that several names
// share: the results hold the articles of any of them, and the page lists
// them to pick one.
type NameMatch struct {
	Kind         store.Kind
	Label, Typed string
	Names        []NameChoice
}

// NameChoice is one name a typed part matched, with the search narrowed
// to it.
type NameChoice struct {
	Name  string
	Count int
	URL   string
}

// Filters a kind may have at most; more would be an address nobody typed.
const maxNameFilters = 5

// maxNameMatches bounds the names one typed part may stand for.
const maxNameMatches = 20

// searchRequest is a search as the reader asked for it, checked.
type searchRequest struct {
	form    SearchForm
	errs    FormErrors
	query   store.SearchQuery
	page    int
	matches []NameMatch
	// rawQuery is the request's query string, for links made from it.
	rawQuery string
}

// filterKinds are the name filters: URL parameter, kind, label.
var filterKinds = []struct {
	param string
	kind  store.Kind
	label string
}{{"tag", store.Tags, "Tag"}, {"author", store.Authors, "Author"}, {"outlet", store.Outlets, "Outlet"}}

// readSearch reads and checks the search parameters. A problem with a
// field lands in req.errs, for the form to show beside the field; err is
// for what no field holds (a bad page number). problem explains a query
// that parses to nothing, which is not an error.
func (s *Server) readSearch(r *http.Request, size int) (req searchRequest, problem string, err error) {
	v := r.URL.Query()
	f := SearchForm{
		Q:       strings.TrimSpace(v.Get("q")),
		Tags:    values(v, "tag"),
		Authors: values(v, "author"),
		Outlets: values(v, "outlet"),
		From:    strings.TrimSpace(v.Get("from")),
		To:      strings.TrimSpace(v.Get("to")),
		Sort:    strings.TrimSpace(v.Get("sort")),
		Undated: v.Get("undated") != "",
	}
	req.form, req.rawQuery = f, r.URL.RawQuery
	if req.page, err = pageNumber(r); err != nil {
		return req, "", err
	}
	q := store.SearchQuery{Offset: (req.page - 1) * size, Limit: size, Undated: f.Undated}
	switch f.Sort {
	case "", "relevance":
	case "newest", "date":
		q.ByDate = true
	case "oldest":
		q.ByDate, q.Oldest = true, true
	default:
		req.errs.Sort = fmt.Sprintf("The order %q is unknown: choose best match, newest or oldest first.", f.Sort)
	}
	for _, k := range filterKinds {
		typed := values(v, k.param)
		msg := s.readNames(r.Context(), k.kind, k.label, typed, &q, &req.matches, r.URL)
		switch k.param {
		case "tag":
			req.errs.Tag = msg
		case "author":
			req.errs.Author = msg
		case "outlet":
			req.errs.Outlet = msg
		}
	}
	var e string
	if q.FromDay, e = day(f.From, "from"); e != "" {
		req.errs.From = e
	}
	if q.ToDay, e = day(f.To, "to"); e != "" {
		req.errs.To = e
	}
	if q.FromDay != 0 && q.ToDay != 0 && q.FromDay > q.ToDay {
		req.errs.To = fmt.Sprintf("The to date %s is before the from date %s: give a to date on or after it.", f.To, f.From)
	}
	if f.Undated && (q.FromDay != 0 || q.ToDay != 0) {
		req.errs.From = "Articles with no known date have no dates to search between: leave the dates empty, or remove the no-date filter."
	}
	if f.Q != "" {
		q.Query, err = search.Parse(f.Q)
		switch {
		case errors.Is(err, search.ErrTooLong), errors.Is(err, search.ErrTooMany):
			req.errs.Q = capitalize(err.Error()) + "."
		case err != nil:
			problem = "Nothing was searched: " + err.Error() + "."
		}
	}
	req.query = q
	return req, problem, nil
}

// values are the non-empty values of a repeated parameter, trimmed.
func values(v url.Values, key string) []string {
	var out []string
	for _, s := range v[key] {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// readNames resolves the typed values of one name filter into q: each
// value is a name, a slug or a part of a name, and stands for every name
// it is a part of. It returns the message for the field, if any.
func (s *Server) readNames(ctx context.Context, kind store.Kind, label string, typed []string, q *store.SearchQuery, matches *[]NameMatch, u *url.URL) string {
	if len(typed) > maxNameFilters {
		return fmt.Sprintf("Give at most %d %s filters.", maxNameFilters, strings.ToLower(label))
	}
	var msgs []string
	for _, t := range typed {
		names, err := s.reader.FindNames(ctx, kind, t, maxNameMatches+1)
		switch {
		case err != nil:
			msgs = append(msgs, fmt.Sprintf("%q could not be looked up just now; please try again.", t))
			continue
		case len(names) == 0:
			msgs = append(msgs, fmt.Sprintf("No %s's name contains %q. Check the spelling, or pick one from the list.", strings.ToLower(label), t))
			continue
		case len(names) > maxNameMatches:
			msgs = append(msgs, fmt.Sprintf("%q is part of more than %d %s names: type more of the name.", t, maxNameMatches, strings.ToLower(label)))
			continue
		}
		nf := store.NameFilter{Kind: kind}
		for _, n := range names {
			nf.Slugs = append(nf.Slugs, n.Slug)
		}
		q.Names = append(q.Names, nf)
		if len(names) > 1 {
			m := NameMatch{Kind: kind, Label: label, Typed: t}
			param := strings.ToLower(label)
			for _, n := range names {
				m.Names = append(m.Names, NameChoice{Name: n.Name, Count: n.Count, URL: replaceValue(u, param, t, n.Name)})
			}
			*matches = append(*matches, m)
		}
	}
	return strings.Join(msgs, " ")
}

// replaceValue is u with one value of a repeated parameter replaced, and
// no page number.
func replaceValue(u *url.URL, key, old, repl string) string {
	v := u.Query()
	vals := v[key]
	out := make([]string, 0, len(vals))
	for _, x := range vals {
		if strings.TrimSpace(x) == old {
			x = repl
		}
		out = append(out, x)
	}
	v[key] = out
	v.Del("page")
	return "/search?" + v.Encode()
}

// day reads a YYYY-MM-DD date as YYYYMMDD, or returns the message for its
// field.
func day(s, name string) (int, string) {
	if s == "" {
		return 0, ""
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Sprintf("The %s date %q is not a date: write it like 2025-03-27.", name, s)
	}
	return t.Year()*10000 + int(t.Month())*100 + t.Day(), ""
}

func (f SearchForm) filtered() bool {
	return len(f.Tags) > 0 || len(f.Authors) > 0 || len(f.Outlets) > 0 || f.From != "" || f.To != "" || f.Undated
}
