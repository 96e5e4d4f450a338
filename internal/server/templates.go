package server

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/morgue-archive/morgue/internal/store"
	"github.com/morgue-archive/morgue/web"
)

// templates is the cache of parsed pages, built once at start-up: each page
// file joined with the shared layout.
type templates struct {
	byName map[string]*template.Template
	// parts are the layout's prerendered parts (prerendered), by part
	// and argument: a few dozen at most, so the bound is never reached.
	parts keptHTML[partKey]
	// layout names a page whose set renders the layout's parts (every
	// page's set has them).
	layout string
}

// partKey names a prerendered part: the template and its argument.
type partKey struct{ name, arg string }

// maxParts bounds the prerendered parts kept; the sections and parts
// the layout names are far fewer.
const maxParts = 256

// prerendered returns the layout's part name executed with arg (a section
// name, or ""), executed once and kept: parts whose output depends on
// nothing else, which every page would otherwise execute anew. arg comes
// from code, never from a request, so the parts kept stay few.
func (t *templates) prerendered(name, arg string) (template.HTML, error) {
	k := partKey{name, arg}
	if h, ok := t.parts.get(k); ok {
		return h, nil
	}
	// Escaped by fragment for an element's content, where the layout
	// places each part.
	h, err := t.fragment(t.layout, name, arg)
	if err != nil {
		return "", err
	}
	t.parts.put(k, h)
	return h, nil
}

func loadTemplates(a *assets) (*templates, error) {
	t := &templates{byName: map[string]*template.Template{}, parts: keptHTML[partKey]{limit: maxParts}}
	funcs := template.FuncMap{
		"prerendered": t.prerendered,
		"asset":       a.url,
		"add":         func(a, b int) int { return a + b },
		"sub":         func(a, b int) int { return a - b },
		"utcDate":     utcDate,
		"monthName":   func(m int) string { return time.Month(m).String() },
		"comma":       comma,
		"plural":      plural,
		"nameFields": func(param, label, list string, vals []string, errMsg string) nameFields {
			// One field per value typed, and one to type in when none.
			if len(vals) == 0 {
				vals = []string{""}
			}
			return nameFields{Param: param, Label: label, List: list, Values: vals, Error: errMsg}
		},
	}
	names, err := fs.Glob(web.Templates, "templates/*.html")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		if n == "templates/layout.html" {
			continue
		}
		// Every page gets the layout and the shared parts.
		tmpl, err := template.New("").Funcs(funcs).ParseFS(web.Templates, "templates/layout.html", "templates/parts/*.html", n)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", n, err)
		}
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		t.byName[name] = tmpl
		t.layout = name
	}
	if t.layout == "" {
		return nil, fmt.Errorf("no page templates")
	}
	return t, nil
}

// nameFields are the form fields of one name filter.
type nameFields struct {
	Param, Label, List string
	Values             []string
	Error              string
}

// render executes a page into a buffer: a template error yields an error,
// never half a page on the wire.
func (t *templates) render(name string, data any) ([]byte, error) {
	tmpl, ok := t.byName[name]
	if !ok {
		return nil, fmt.Errorf("no template %q", name)
	}
	buf := renderBuffers.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		renderBuffers.Put(buf)
	}()
	if err := tmpl.ExecuteTemplate(buf, "layout", data); err != nil {
		return nil, fmt.Errorf("render %s: %w", name, err)
	}
	return bytes.Clone(buf.Bytes()), nil
}

// fragment executes one part of a page's template set, for a page to
// include as it is: html/template's output, escaped for where the part
// is defined to go (an element's content).
func (t *templates) fragment(page, name string, data any) (template.HTML, error) {
	tmpl, ok := t.byName[page]
	if !ok {
		return "", fmt.Errorf("no template %q", page)
	}
	var b strings.Builder
	if err := tmpl.ExecuteTemplate(&b, name, data); err != nil {
		return "", fmt.Errorf("render %s of %s: %w", name, page, err)
	}
	return template.HTML(b.String()), nil
}

// renderBuffers are reused, and a page leaves as a copy of its exact size:
// a buffer grown by doubling for each page cost copies and cleared memory
// on every render, and kept up to twice the page's bytes in the page cache,
// which counts only the page's length.
var renderBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// dates gives t for a datetime attribute and for reading: the day as the
// page stated it, in its own time zone, without the time of day, which
// many pages do not give. Both are empty when t is nil (undated).
func dates(t *time.Time) (iso, text string) {
	if t == nil {
		return "", ""
	}
	return t.Format(time.RFC3339), t.Format("January 2, 2006")
}

// utcDate is when the archive did something, to the minute.
func utcDate(t time.Time) string { return t.UTC().Format("January 2, 2006, 15:04 UTC") }

func comma(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// highlight escapes a search snippet and only then turns the store's match
// markers into <mark> elements, so the stored text can never inject markup.
func highlight(snippet string) template.HTML {
	esc := template.HTMLEscapeString(snippet)
	esc = strings.ReplaceAll(esc, store.MarkStart, "<mark>")
	esc = strings.ReplaceAll(esc, store.MarkEnd, "</mark>")
	// A snippet cut between markers must not leave an element open.
	if strings.Count(esc, "<mark>") > strings.Count(esc, "</mark>") {
		esc += "</mark>"
	}
	return template.HTML(esc) //nolint:gosec // escaped above; only our own tags added
}
