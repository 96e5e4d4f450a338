package server

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/morgue-archive/morgue/internal/store"
)

// perPage is the number of articles on a listing page.
const perPage = 20

// pageNumber reads ?page=, which must be a whole number from 1; an absent
// one is page 1.
func pageNumber(r *http.Request) (int, error) {
	v, ok := r.URL.Query()["page"]
	if !ok {
		return 1, nil
	}
	if len(v) != 1 {
		return 0, fmt.Errorf("give one page number")
	}
	n, err := strconv.Atoi(v[0])
	if err != nil || n < 1 || n > 1_000_000 {
		return 0, fmt.Errorf("the page number %q is not a whole number from 1", v[0])
	}
	return n, nil
}

// lastPage is the number of pages total items fill; an empty listing still
// has its first page.
func lastPage(total, size int) int {
	if total <= 0 {
		return 1
	}
	return (total + size - 1) / size
}

// listing runs a ListQuery for the requested page and renders it, with 404
// past the last page, and for an empty listing when emptyMsg is set.
func (s *Server) listing(w http.ResponseWriter, r *http.Request, q store.ListQuery, data ListPage, emptyMsg string) {
	n, err := pageNumber(r)
	if err != nil {
		s.badRequest(w, r, err.Error())
		return
	}
	q.Offset, q.Limit, q.Brief = (n-1)*perPage, perPage, true
	items, total, err := s.reader.List(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if total == 0 && emptyMsg != "" {
		s.renderError(w, r, http.StatusNotFound, emptyMsg)
		return
	}
	last := lastPage(total, perPage)
	if n > last {
		s.renderError(w, r, http.StatusNotFound, fmt.Sprintf("This list has %d pages; there is no page %d.", last, n))
		return
	}
	data.Items, data.Total = s.links.entries(items), total
	data.Entries = entriesHTML(data.Items)
	data.Pager = Pager{Current: n, Last: last, base: *r.URL}
	if total > 0 {
		fq := q
		fq.Offset, fq.Limit = 0, 0
		f, err := s.reader.ListFacets(r.Context(), fq, facetOptions(r.URL))
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if data.sel.v == nil {
			data.sel = newSelection()
		}
		data.sel.home = true
		if data.Facets, err = s.aside("list", f, data.sel, r.URL); err != nil {
			s.fail(w, r, err)
			return
		}
		data.Meta.Wide = data.Facets != ""
	}
	if n > 1 {
		data.Meta.Title = fmt.Sprintf("%s (page %d)", data.Meta.Title, n)
		data.Meta.Canonical += "?page=" + strconv.Itoa(n)
	}
	data.Meta.Title += " – morgue"
	s.describeListing(&data)
	s.page(w, r, "list", data, stateFrom(r.Context()).UpdatedAt)
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	s.listing(w, r, store.ListQuery{}, ListPage{
		Meta: Meta{
			Title:        "Newest articles",
			Description:  "The newest articles in the morgue news archive.",
			Canonical:    s.base + "/",
			Lang:         "en",
			Section:      "home",
			ArchiveFeeds: s.archiveFeeds,
		},
		Heading: "Newest articles",
		Intro:   "in the archive, newest first; articles with no known date come last.",
	}, "")
}
