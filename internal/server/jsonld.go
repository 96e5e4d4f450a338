package server

import (
	"encoding/json"
	"fmt"
	"html/template"
	"strconv"
	"time"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/store"
)

// Social is what link previews in chat apps and social sites read: the
// OpenGraph properties and a Twitter "summary" card.
type Social struct {
	Type        string // og:type: "article" or "website"
	Title       string
	Description string
	URL         string // absolute
	SiteName    string
	Published   string   // article:published_time, RFC 3339; "" when the date is unknown
	Modified    string   // article:modified_time
	Authors     []string // article:author: URLs of the author pages
	Tags        []string // article:tag: tag names
}

// Crumb is one step of a breadcrumb trail.
type Crumb struct {
	Name, URL string // URL absolute
	Path      string // the same, on this site
}

// linkedData encodes a JSON-LD object for a <script type="application/ld+json">
// block. html/template treats that element's content as script, and inserts
// a template.JS value unchanged; that is safe here because json.Marshal
// escapes <, > and & (and U+2028/U+2029), so no text in the data can close
// the element or open a comment. Passing the struct itself would be escaped
// the same way but turn a marshal error into a silent null.
func linkedData(v any) template.JS {
	b, err := json.Marshal(v)
	if err != nil {
		// v is one of this file's types, made only of strings, numbers,
		// booleans and slices of them, which always marshal.
		panic(fmt.Sprintf("linked data: %v", err))
	}
	return template.JS(b) //nolint:gosec // see above: HTML-escaped JSON
}

type ldThing struct {
	Type string `json:"@type"`
	Name string `json:"name,omitempty"`
	URL  string `json:"url,omitempty"`
	ID   string `json:"@id,omitempty"`
}

type ldNewsArticle struct {
	Context             string    `json:"@context"`
	Type                string    `json:"@type"`
	Headline            string    `json:"headline"`
	Description         string    `json:"description,omitempty"`
	URL                 string    `json:"url"`
	MainEntityOfPage    ldThing   `json:"mainEntityOfPage"`
	Author              []ldThing `json:"author,omitempty"`
	Publisher           ldThing   `json:"publisher"`
	DatePublished       string    `json:"datePublished,omitempty"`
	DateModified        string    `json:"dateModified"`
	Keywords            []string  `json:"keywords,omitempty"`
	IsAccessibleForFree bool      `json:"isAccessibleForFree"`
	InLanguage          string    `json:"inLanguage,omitempty"`
	WordCount           int       `json:"wordCount,omitempty"`
	IsBasedOn           string    `json:"isBasedOn,omitempty"` // where it was first published
	IsPartOf            ldThing   `json:"isPartOf"`
}

type ldListItem struct {
	Type     string `json:"@type"`
	Position int    `json:"position"`
	Name     string `json:"name,omitempty"`
	Item     string `json:"item,omitempty"` // breadcrumbs name the page here
	URL      string `json:"url,omitempty"`  // item lists name it here
}

type ldList struct {
	Type  string       `json:"@type"` // BreadcrumbList or ItemList
	Items []ldListItem `json:"itemListElement"`
}

type ldCollection struct {
	Context     string  `json:"@context"`
	Type        string  `json:"@type"`
	Name        string  `json:"name"`
	Description string  `json:"description,omitempty"`
	URL         string  `json:"url"`
	IsPartOf    ldThing `json:"isPartOf"`
	Breadcrumb  *ldList `json:"breadcrumb,omitempty"`
	MainEntity  *ldList `json:"mainEntity,omitempty"`
}

func (s *Server) website() ldThing {
	return ldThing{Type: "WebSite", Name: siteName, URL: s.base + "/"}
}

// articleSocial is the link preview of an article page.
func (s *Server) articleSocial(it store.Item, desc string) *Social {
	so := &Social{
		Type:        "article",
		Title:       it.Title,
		Description: desc,
		URL:         s.articleURL(it.Slug),
		SiteName:    siteName,
		Modified:    it.UpdatedAt.UTC().Format(time.RFC3339),
	}
	if p := it.PublishedRFC3339(); p != nil {
		so.Published = *p
	}
	for _, a := range it.Authors {
		if slug := article.Slugify(a); slug != "" {
			so.Authors = append(so.Authors, s.base+"/authors/"+slug)
		}
	}
	for _, t := range it.Tags {
		so.Tags = append(so.Tags, t.Name)
	}
	return so
}

// articleLinkedData describes an article as a schema.org NewsArticle.
func (s *Server) articleLinkedData(it store.Item, desc string) template.JS {
	url := s.articleURL(it.Slug)
	ld := ldNewsArticle{
		Context:             "https://schema.org",
		Type:                "NewsArticle",
		Headline:            it.Title,
		Description:         desc,
		URL:                 url,
		MainEntityOfPage:    ldThing{Type: "WebPage", ID: url},
		DateModified:        it.UpdatedAt.UTC().Format(time.RFC3339),
		IsAccessibleForFree: true,
		InLanguage:          it.Language,
		WordCount:           it.WordCount,
		IsBasedOn:           it.SourceURL,
		IsPartOf:            s.website(),
		// The archive publishes its copy when the original's publisher is
		// not known.
		Publisher: ldThing{Type: "Organization", Name: siteName, URL: s.base + "/"},
	}
	if it.Outlet != "" {
		ld.Publisher = ldThing{Type: "Organization", Name: it.Outlet}
		if slug := article.Slugify(it.Outlet); slug != "" {
			ld.Publisher.URL = s.base + "/outlets/" + slug
		}
	}
	if p := it.PublishedRFC3339(); p != nil {
		ld.DatePublished = *p
	}
	for _, a := range it.Authors {
		p := ldThing{Type: "Person", Name: a}
		if slug := article.Slugify(a); slug != "" {
			p.URL = s.base + "/authors/" + slug
		}
		ld.Author = append(ld.Author, p)
	}
	for _, t := range it.Tags {
		ld.Keywords = append(ld.Keywords, t.Name)
	}
	return linkedData(ld)
}

// breadcrumbs is a trail as a schema.org BreadcrumbList, starting at home.
func (s *Server) breadcrumbs(trail []Crumb) *ldList {
	if len(trail) == 0 {
		return nil
	}
	l := &ldList{Type: "BreadcrumbList"}
	all := append([]Crumb{{Name: siteName, URL: s.base + "/"}}, trail...)
	for i, c := range all {
		l.Items = append(l.Items, ldListItem{Type: "ListItem", Position: i + 1, Name: c.Name, Item: c.URL})
	}
	return l
}

// describeListing gives a list of articles its link preview and its
// CollectionPage: where it sits in the site, and the articles it shows.
func (s *Server) describeListing(data *ListPage) {
	ld := ldCollection{
		Context:     "https://schema.org",
		Type:        "CollectionPage",
		Name:        data.Heading,
		Description: data.Meta.Description,
		URL:         data.Meta.Canonical,
		IsPartOf:    s.website(),
		Breadcrumb:  s.breadcrumbs(data.Crumbs),
	}
	if len(data.Items) > 0 {
		ld.MainEntity = &ldList{Type: "ItemList"}
		for i, it := range data.Items {
			ld.MainEntity.Items = append(ld.MainEntity.Items,
				ldListItem{Type: "ListItem", Position: data.Pager.offset() + i + 1, URL: s.articleURL(it.Slug)})
		}
	}
	data.Meta.LinkedData = linkedData(ld)
	data.Meta.Social = socialHTML(&Social{Type: "website", Title: data.Heading, Description: data.Meta.Description,
		URL: data.Meta.Canonical, SiteName: siteName})
}

// offset is the number of articles on the pages before this one.
func (p Pager) offset() int { return (p.Current - 1) * perPage }

// tagsLinkedData describes a page of the tag index.
func (s *Server) tagsLinkedData(meta Meta, tags []store.Named, offset int) template.JS {
	ld := ldCollection{
		Context:     "https://schema.org",
		Type:        "CollectionPage",
		Name:        "All tags",
		Description: meta.Description,
		URL:         meta.Canonical,
		IsPartOf:    s.website(),
		Breadcrumb:  s.breadcrumbs([]Crumb{{Name: "Tags", URL: s.base + "/tags"}}),
	}
	if len(tags) > 0 {
		ld.MainEntity = &ldList{Type: "ItemList"}
		for i, t := range tags {
			ld.MainEntity.Items = append(ld.MainEntity.Items,
				ldListItem{Type: "ListItem", Position: offset + i + 1, Name: t.Name, URL: s.base + "/tags/" + t.Slug})
		}
	}
	return linkedData(ld)
}

// nameCrumbs is the trail to a tag's, author's or outlet's page, through
// the index of its kind.
func (s *Server) nameCrumbs(kind store.Kind, n store.Named) []Crumb {
	return []Crumb{s.crumb(indexTitle(kind), "/"+kind.String()), s.crumb(n.Name, namePath(kind, n.Slug))}
}

func (s *Server) crumb(name, path string) Crumb {
	return Crumb{Name: name, URL: s.base + path, Path: path}
}

// archiveCrumbs is the trail to a year's or a month's page; month is 0 for
// a year.
func (s *Server) archiveCrumbs(year, month int) []Crumb {
	y := strconv.Itoa(year)
	trail := []Crumb{s.crumb("Archive", "/archive"), s.crumb(y, "/archive/"+y)}
	if month != 0 {
		trail = append(trail, s.crumb(time.Month(month).String()+" "+y, fmt.Sprintf("/archive/%s/%02d", y, month)))
	}
	return trail
}
