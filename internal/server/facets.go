package server

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/store"
)

// facetLimit is how many names of each kind facets show; facetMore, how
// many after "more".
const (
	facetLimit = 10
	facetMore  = 100
)

// FacetView is the counts beside a list of articles, every count a link
// that narrows the list to it.
type FacetView struct {
	Total        int
	About        bool // counted on the newest matches and scaled
	PeriodsTitle string
	Periods      []FacetBar
	Undated      int
	Groups       []FacetGroupView
}

// FacetBar is one year or month with a bar (Width of 100) for its share.
type FacetBar struct {
	Label string
	Count int
	Width int
	URL   string
}

// FacetGroupView is the top names of one kind.
type FacetGroupView struct {
	ID, Title string
	Items     []FacetLink
	More      int    // names beyond these
	MoreURL   string // shows up to facetMore of them
	FewerURL  string // back to facetLimit, when expanded
}

// FacetLink is one name with its count.
type FacetLink struct {
	Name   string
	Count  int
	URL    string
	Active bool // the list is already narrowed to it
}

// Chip is an active filter, with the list without it.
type Chip struct {
	Label, Value, RemoveURL string
}

// selection is a list of articles as search parameters: the search form's
// filters, or what a listing page holds. Facet links add to it.
type selection struct {
	v url.Values
	// home: links may go to listing pages (a tag's, a year's) where the
	// narrowed list is exactly one.
	home bool
}

func newSelection() selection { return selection{v: url.Values{}} }

// searchSelection is the selection of a search request: its parameters,
// without the page and facet expansion.
func searchSelection(u *url.URL) selection {
	v := url.Values{}
	for k, vals := range u.Query() {
		switch k {
		case "q", "tag", "author", "outlet", "from", "to", "sort", "undated":
			for _, x := range vals {
				if x = strings.TrimSpace(x); x != "" {
					v.Add(k, x)
				}
			}
		}
	}
	return selection{v: v}
}

func (s selection) clone() selection {
	v := url.Values{}
	for k, vals := range s.v {
		v[k] = append([]string(nil), vals...)
	}
	return selection{v: v, home: s.home}
}

// with adds a name filter (by name, which the search resolves exactly).
func (s selection) with(param, name string) selection {
	c := s.clone()
	for _, x := range c.v[param] {
		if article.Slugify(x) == article.Slugify(name) {
			return c
		}
	}
	c.v.Add(param, name)
	return c
}

// within narrows the dates to the days lo–hi (YYYY-MM-DD), keeping any
// narrower bound already set.
func (s selection) within(lo, hi string) selection {
	c := s.clone()
	if f := c.v.Get("from"); f == "" || f < lo {
		c.v.Set("from", lo)
	}
	if t := c.v.Get("to"); t == "" || t > hi {
		c.v.Set("to", hi)
	}
	return c
}

// without drops one value of a parameter.
func (s selection) without(param, value string) selection {
	c := s.clone()
	var keep []string
	for _, x := range c.v[param] {
		if x != value {
			keep = append(keep, x)
		}
	}
	if len(keep) == 0 {
		c.v.Del(param)
	} else {
		c.v[param] = keep
	}
	return c
}

// url is where the selection is listed: from the home page, a narrowing to
// one name or one period is that listing page; anything else is a search.
func (s selection) url() string {
	if s.home && len(s.v) == 1 {
		for k, vals := range s.v {
			if len(vals) != 1 {
				break
			}
			switch k {
			case "tag":
				return "/tags/" + article.Slugify(vals[0])
			case "author":
				return "/authors/" + article.Slugify(vals[0])
			case "outlet":
				return "/outlets/" + article.Slugify(vals[0])
			}
		}
	}
	if s.home && len(s.v) == 2 {
		if p := periodPath(s.v.Get("from"), s.v.Get("to")); p != "" {
			return p
		}
	}
	if len(s.v) == 0 {
		return "/search"
	}
	return "/search?" + s.v.Encode()
}

// periodPath is the archive page of exactly the days from–to, if they are
// a whole year or month.
func periodPath(from, to string) string {
	f, err1 := time.Parse("2006-01-02", from)
	t, err2 := time.Parse("2006-01-02", to)
	if err1 != nil || err2 != nil || f.Day() != 1 {
		return ""
	}
	switch {
	case f.Month() == 1 && t.Year() == f.Year() && t.Month() == 12 && t.Day() == 31:
		return fmt.Sprintf("/archive/%04d", f.Year())
	case t.Year() == f.Year() && t.Month() == f.Month() && t.AddDate(0, 0, 1).Day() == 1:
		return fmt.Sprintf("/archive/%04d/%02d", f.Year(), int(f.Month()))
	}
	return ""
}

// facetOptions reads ?more=tags (or authors, outlets): that kind's top is
// longer.
func facetOptions(u *url.URL) store.FacetOptions {
	o := store.FacetOptions{Limit: facetLimit}
	if k, ok := store.ParseKind(u.Query().Get("more")); ok {
		o.Expand, o.ExpandLimit = k, facetMore
	}
	return o
}

// withMore is the page's own address with ?more set to kind ("" to drop
// it), and no page number.
func withMore(u *url.URL, kind string) string {
	v := u.Query()
	v.Del("page")
	v.Del("more")
	if kind != "" {
		v.Set("more", kind)
	}
	if len(v) == 0 {
		return u.Path
	}
	return u.Path + "?" + v.Encode()
}

// facetView lays out f for the page at u, whose list is sel.
func facetView(f *store.Facets, sel selection, u *url.URL) *FacetView {
	if f == nil || f.Total == 0 {
		return nil
	}
	fv := &FacetView{Total: f.Total, About: f.About, Undated: f.Undated, PeriodsTitle: "Years"}
	top := 0
	for _, p := range f.Periods {
		top = max(top, p.Count)
	}
	for _, p := range f.Periods {
		b := FacetBar{Count: p.Count, Width: max(1, p.Count*100/max(1, top))}
		if f.ByMonth {
			fv.PeriodsTitle = "Months of " + strconv.Itoa(p.Year)
			first := time.Date(p.Year, time.Month(p.Month), 1, 0, 0, 0, 0, time.UTC)
			b.Label = time.Month(p.Month).String()
			b.URL = sel.within(first.Format("2006-01-02"), first.AddDate(0, 1, -1).Format("2006-01-02")).url()
		} else {
			b.Label = strconv.Itoa(p.Year)
			b.URL = sel.within(fmt.Sprintf("%04d-01-01", p.Year), fmt.Sprintf("%04d-12-31", p.Year)).url()
		}
		fv.Periods = append(fv.Periods, b)
	}
	expanded := u.Query().Get("more")
	for _, g := range []struct {
		kind  store.Kind
		group store.FacetGroup
	}{{store.Outlets, f.Outlets}, {store.Authors, f.Authors}, {store.Tags, f.Tags}} {
		if len(g.group.Top) == 0 {
			continue
		}
		id, param := g.kind.String(), g.kind.Singular()
		gv := FacetGroupView{ID: id, Title: indexTitle(g.kind), More: g.group.More}
		if g.group.More > 0 {
			gv.MoreURL = withMore(u, id)
		}
		if expanded == id {
			gv.FewerURL = withMore(u, "")
		}
		for _, n := range g.group.Top {
			l := FacetLink{Name: n.Name, Count: n.Count, URL: sel.with(param, n.Name).url()}
			for _, x := range sel.v[param] {
				if article.Slugify(x) == n.Slug {
					l.Active = true
				}
			}
			gv.Items = append(gv.Items, l)
		}
		fv.Groups = append(fv.Groups, gv)
	}
	return fv
}

// chips are the active filters of a search, each with its removal.
func chips(sel selection) []Chip {
	var out []Chip
	for _, c := range []struct{ param, label string }{
		{"tag", "Tag"}, {"author", "Author"}, {"outlet", "Outlet"}, {"from", "From"}, {"to", "To"},
	} {
		for _, x := range sel.v[c.param] {
			out = append(out, Chip{Label: c.label, Value: x, RemoveURL: sel.without(c.param, x).url()})
		}
	}
	if sel.v.Get("undated") != "" {
		out = append(out, Chip{Label: "Date", Value: "unknown", RemoveURL: sel.without("undated", sel.v.Get("undated")).url()})
	}
	return out
}
