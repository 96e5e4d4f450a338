package server

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/morgue-archive/morgue/internal/store"
)

// namesPerPage is the number of names on one page of an index.
const namesPerPage = 200

// NamesPage is one page of the index of tags, authors or outlets: A–Z
// with guide words for every page (so any name is two clicks from the
// index), or, for tags, most used first.
type NamesPage struct {
	Meta    Meta
	Kind    string // "tags", "authors", "outlets": the first part of the names' paths
	Heading string
	Total   int
	ByName  bool
	Names   []store.Named
	Letters []LetterLink
	Guide   []GuideLink
	Pager   Pager
	Crumbs  []Crumb
}

// LetterLink leads to where the names with one initial start.
type LetterLink struct {
	Letter, Label, URL string
	Count              int
}

// GuideLink is a page of the A–Z index, named by its first and last names.
type GuideLink struct {
	Page        int
	First, Last string
	URL         string
	Current     bool
}

// NameGroup is the names of one initial on a page of the A–Z index.
type NameGroup struct {
	Letter, Label string
	Names         []store.Named
}

// Groups splits the page's names by initial, for headings an A–Z link can
// land on.
func (p NamesPage) Groups() []NameGroup {
	var out []NameGroup
	for _, n := range p.Names {
		l := store.Initial(n.Slug)
		if len(out) == 0 || out[len(out)-1].Letter != l {
			out = append(out, NameGroup{Letter: l, Label: letterLabel(l)})
		}
		out[len(out)-1].Names = append(out[len(out)-1].Names, n)
	}
	return out
}

func letterLabel(l string) string {
	if l == "0" {
		return "0–9"
	}
	return strings.ToUpper(l)
}

func (s *Server) tags(w http.ResponseWriter, r *http.Request) { s.nameIndex(store.Tags)(w, r) }

// nameIndex serves /tags, /authors or /outlets. Tags are listed most used
// first unless ?sort=name; authors and outlets A–Z.
func (s *Server) nameIndex(kind store.Kind) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		n, err := pageNumber(r)
		if err != nil {
			s.badRequest(w, r, err.Error())
			return
		}
		byName := kind != store.Tags
		switch sort := r.URL.Query().Get("sort"); {
		case kind != store.Tags && sort != "" && sort != "name":
			s.badRequest(w, r, fmt.Sprintf("The %s are listed A–Z only: leave out sort.", kind))
			return
		case sort == "name":
			byName = true
		case sort == "" || sort == "count":
		default:
			s.badRequest(w, r, fmt.Sprintf("The order %q is unknown: use sort=name or sort=count.", sort))
			return
		}
		names, total, err := s.reader.Names(r.Context(), kind, byName, (n-1)*namesPerPage, namesPerPage)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		last := lastPage(total, namesPerPage)
		if n > last {
			s.renderError(w, r, http.StatusNotFound, fmt.Sprintf("There are %d pages of %s; there is no page %d.", last, kind, n))
			return
		}
		title := indexTitle(kind)
		what := map[store.Kind]string{
			store.Tags:    "people, places, organisations and topics",
			store.Authors: "writers",
			store.Outlets: "newspapers, sites and agencies",
		}[kind]
		path := "/" + kind.String()
		sortParam := ""
		if kind == store.Tags && byName {
			sortParam = "sort=name"
		}
		data := NamesPage{
			Meta: Meta{
				Title:       "All " + strings.ToLower(title) + " – morgue",
				Description: fmt.Sprintf("The %d %s of the archive, with their article counts.", total, what),
				Canonical:   s.base + path + query(sortParam, n),
				Lang:        "en",
				Section:     kind.String(),
			},
			Kind: kind.String(), Heading: title, Total: total, ByName: byName, Names: names,
			Pager:  Pager{Current: n, Last: last, base: *r.URL},
			Crumbs: []Crumb{s.crumb(title, path)},
		}
		if n > 1 {
			data.Meta.Title = fmt.Sprintf("All %s (page %d) – morgue", strings.ToLower(title), n)
		}
		// Every index shows the A–Z guide, so that every name is two
		// clicks from it.
		guide, letters, err := s.reader.NameGuide(r.Context(), kind, namesPerPage)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		azParam := ""
		if kind == store.Tags {
			azParam = "sort=name"
		}
		for _, l := range letters {
			data.Letters = append(data.Letters, LetterLink{Letter: l.Letter, Label: letterLabel(l.Letter), Count: l.Count,
				URL: path + query(azParam, l.Page) + "#l-" + l.Letter})
		}
		if len(guide) > 1 {
			for _, g := range guide {
				data.Guide = append(data.Guide, GuideLink{Page: g.Page, First: g.First, Last: g.Last,
					URL: path + query(azParam, g.Page), Current: byName && g.Page == n})
			}
		}
		if kind == store.Tags {
			data.Meta.LinkedData = s.tagsLinkedData(data.Meta, names, (n-1)*namesPerPage)
		}
		s.page(w, r, "names", data, stateFrom(r.Context()).UpdatedAt)
	}
}

// query is "?param&page=n", leaving out what is empty or page 1.
func query(param string, page int) string {
	var parts []string
	if param != "" {
		parts = append(parts, param)
	}
	if page > 1 {
		parts = append(parts, fmt.Sprintf("page=%d", page))
	}
	if len(parts) == 0 {
		return ""
	}
	return "?" + strings.Join(parts, "&")
}
