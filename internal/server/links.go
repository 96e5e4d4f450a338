package server

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/web"
)

// nameLinks renders the link to a tag, an author or an outlet once per name
// and keeps it. A list page shows twenty entries of five to ten such links
// each, and html/template escapes every value of every link through a
// reflective call: that was about a fifth of an uncached home page at
// 100,000 articles. A link is html/template's own output for the name and
// slug it is kept under, so it can never show another name's text, and it
// needs no emptying when the archive changes.
type nameLinks struct {
	tmpl *template.Template
	kept keptHTML[linkKey]
}

type linkKey struct {
	kind       string // the template: tag-link, author-link or outlet-link
	name, slug string
}

// maxLinks bounds what is kept (about 150 bytes a link); past it the
// links are rendered again as they are asked for.
const maxLinks = 16384

func loadLinks() (*nameLinks, error) {
	t, err := template.ParseFS(web.Templates, "templates/parts/links.html")
	if err != nil {
		return nil, fmt.Errorf("template links: %w", err)
	}
	l := &nameLinks{tmpl: t, kept: keptHTML[linkKey]{limit: maxLinks}}
	// A name that the templates cannot render fails here, at start-up.
	for _, kind := range []string{"tag-link", "author-link", "outlet-link"} {
		if _, err := l.render(kind, "A", "a"); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func (l *nameLinks) render(kind, name, slug string) (template.HTML, error) {
	var b strings.Builder
	if err := l.tmpl.ExecuteTemplate(&b, kind, article.Tag{Name: name, Slug: slug}); err != nil {
		return "", fmt.Errorf("template %s: %w", kind, err)
	}
	return template.HTML(b.String()), nil
}

// link is the kept link, rendering it on first use; an empty slug is
// the one the importer stores an author or outlet under (article.Slugify
// of the name), made only then. The start-up check rendered every kind,
// so rendering a string cannot fail; if it ever did, the name is shown
// escaped and unlinked rather than failing the page.
func (l *nameLinks) link(kind, name, slug string) template.HTML {
	k := linkKey{kind, name, slug}
	if h, ok := l.kept.get(k); ok {
		return h
	}
	if slug == "" {
		slug = article.Slugify(name)
	}
	h, err := l.render(kind, name, slug)
	if err != nil {
		return template.HTML(template.HTMLEscapeString(name))
	}
	l.kept.put(k, h)
	return h
}

// credit is who wrote a, where and when, as a page prints it: a byline
// "By A, B and C" with each name linked.
func (l *nameLinks) credit(a *article.Article) Credit {
	c := Credit{ReadingMinutes: a.ReadingMinutes}
	if a.Outlet != "" {
		c.Outlet = l.link("outlet-link", a.Outlet, "")
	}
	c.DateISO, c.DateText = dates(a.Published)
	if len(a.Authors) > 0 {
		var b strings.Builder
		b.WriteString("By ")
		for i, name := range a.Authors {
			switch {
			case i == 0:
			case i == len(a.Authors)-1:
				b.WriteString(" and ")
			default:
				b.WriteString(", ")
			}
			b.WriteString(string(l.link("author-link", name, "")))
		}
		c.Byline = template.HTML(b.String())
	}
	return c
}

// tags are the list items linking tags.
func (l *nameLinks) tags(tags []article.Tag) template.HTML {
	var b strings.Builder
	for _, t := range tags {
		b.WriteString(string(l.link("tag-link", t.Name, t.Slug)))
	}
	return template.HTML(b.String())
}
