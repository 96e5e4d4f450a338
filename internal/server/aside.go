package server

import (
	"html/template"
	"net/url"

	"github.com/morgue-archive/morgue/internal/store"
)

// asides keeps a listing's facet column as html/template rendered it.
// Every page of a listing shows the same column (the store keeps the
// facets per listing and import), and its hundred-odd links, counts and
// bars were a third of an uncached home page's template work at 100,000
// articles. It is kept under the facets it shows, so the facets of a new
// import (new values from the store) never meet a column of the old
// ones, and under the address without its page number, which the
// column's links are made from.
type asides = keptHTML[asideKey]

type asideKey struct {
	facets      *store.Facets
	path, query string
}

// maxAsides bounds the columns kept (a few KB each).
const maxAsides = 256

// aside is the facet column of the listing at u, whose facets are f and
// whose list is sel, rendered by the page template tmpl.
func (s *Server) aside(tmpl string, f *store.Facets, sel selection, u *url.URL) (template.HTML, error) {
	q := u.Query()
	q.Del("page")
	k := asideKey{f, u.Path, q.Encode()}
	if h, ok := s.asides.get(k); ok {
		return h, nil
	}
	fv := facetView(f, sel, u)
	if fv == nil {
		return "", nil
	}
	h, err := s.pages.fragment(tmpl, "facets", fv)
	if err != nil {
		return "", err
	}
	s.asides.put(k, h)
	return h, nil
}
