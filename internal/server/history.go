package server

import (
	"cmp"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/morgue-archive/morgue/internal/markdown"
	"github.com/morgue-archive/morgue/internal/store"
	"github.com/morgue-archive/morgue/internal/worddiff"
)

// HistoryPage lists every state an article has had, newest first.
type HistoryPage struct {
	Meta     Meta
	Article  store.Item
	Versions []VersionRow
}

// VersionRow is one state of an article and what changed in it.
type VersionRow struct {
	store.Version
	Changed []string // what differs from the state before: "headline", "body", …
	// DiffURL compares it with the state before; "" for the first.
	DiffURL string
	// SourceURL shows the bytes it was parsed from; "" when not kept.
	SourceURL string
}

// DiffPage shows what changed between two states of an article, word by
// word.
type DiffPage struct {
	Meta     Meta
	Article  store.Item
	From, To store.Version
	Title    []DiffSpan
	Dek      []DiffSpan
	Body     [][]DiffSpan // paragraphs
	Facts    []FactChange // byline, outlet, date, picture
	Same     bool         // headline, dek and body are the same
	Numbers  []int        // every version, for the form
}

// DiffSpan is a run of text: Op is "" (unchanged), "ins" or "del".
type DiffSpan struct {
	Op, Text string
}

// FactChange is a short field that changed, shown as before → after.
type FactChange struct {
	Label, Old, New string
}

// history lists the versions of an article.
func (s *Server) history(w http.ResponseWriter, r *http.Request) {
	it := r.Context().Value(articleKey).(store.Item)
	vs, err := s.reader.Versions(r.Context(), it.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page := "/articles/" + it.Slug
	rows := make([]VersionRow, len(vs))
	for i, v := range vs {
		row := VersionRow{Version: v}
		if i > 0 {
			row.Changed = changedFields(vs[i-1], v)
			row.DiffURL = diffURL(page, vs[i-1].Number, v.Number)
		}
		if v.SourceSHA256 != "" {
			row.SourceURL = page + "/source"
			if !v.Current() {
				row.SourceURL += "?version=" + strconv.Itoa(v.Number)
			}
		}
		rows[len(vs)-1-i] = row // newest first
	}
	s.page(w, r, "history", HistoryPage{
		Meta: Meta{
			Title:       "History: " + it.Title + " – morgue",
			Description: fmt.Sprintf("The %d versions of “%s” kept by the archive, and what changed in each.", len(vs), it.Title),
			Canonical:   s.base + page + "/history",
			Lang:        "en",
		},
		Article:  it,
		Versions: rows,
	}, it.UpdatedAt)
}

func diffURL(page string, from, to int) string {
	q := url.Values{"from": {strconv.Itoa(from)}, "to": {strconv.Itoa(to)}}
	return page + "/diff?" + q.Encode()
}

// changedFields names what a reader sees change from a to b.
func changedFields(a, b store.Version) []string {
	var out []string
	add := func(changed bool, name string) {
		if changed {
			out = append(out, name)
		}
	}
	add(a.Title != b.Title, "headline")
	add(a.Dek != b.Dek, "dek")
	add(a.Authors != b.Authors, "byline")
	add(a.Outlet != b.Outlet, "outlet")
	add(dateText(a) != dateText(b), "date")
	add(imageText(a) != imageText(b), "picture caption")
	add(a.Body != b.Body, "body")
	if len(out) == 0 {
		out = append(out, "nothing a reader sees (tags or reading time)")
	}
	return out
}

func dateText(v store.Version) string {
	if v.Published == nil {
		return ""
	}
	return v.Published.Format("January 2, 2006, 15:04 MST")
}

func imageText(v store.Version) string {
	if v.Image == nil {
		return ""
	}
	return strings.TrimSpace(strings.Join([]string{v.Image.Caption, v.Image.Credit, v.Image.Alt}, " "))
}

// updateNote opens a feed entry of an article that changed after it was
// first archived, so that a feed reader shows the update as one (the
// entry keeps its id; its updated date is the change's).
func (s *Server) updateNote(it store.Item, versions int) string {
	if versions < 2 {
		return ""
	}
	return fmt.Sprintf(`<p><em>Updated %s: this is version %d of the article. <a href="%s">See what changed</a>.</em></p>`+"\n",
		html.EscapeString(it.UpdatedAt.UTC().Format("January 2, 2006")), versions,
		html.EscapeString(s.articleURL(it.Slug)+"/history"))
}

// diff compares two versions: ?from=N&to=M, by default the one before the
// current state and the current state.
func (s *Server) diff(w http.ResponseWriter, r *http.Request) {
	it := r.Context().Value(articleKey).(store.Item)
	from, err := versionParam(r, "from")
	if err == nil {
		var to int
		to, err = versionParam(r, "to")
		if err == nil {
			s.renderDiff(w, r, it, from, to)
			return
		}
	}
	s.badRequest(w, r, capitalize(err.Error())+": give from and to as version numbers, as the history page lists them.")
}

func (s *Server) renderDiff(w http.ResponseWriter, r *http.Request, it store.Item, from, to int) {
	vs, err := s.reader.Versions(r.Context(), it.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n := len(vs)
	if to == 0 {
		to = n
	}
	if from == 0 {
		from = max(1, to-1)
	}
	page := "/articles/" + it.Slug
	switch {
	case n == 1:
		s.renderError(w, r, http.StatusNotFound, "This article has never changed: it has one version, so there is nothing to compare.")
		return
	case from > n || to > n:
		s.renderError(w, r, http.StatusNotFound, fmt.Sprintf("This article has %d versions; there is no version %d.", n, max(from, to)))
		return
	case from == to:
		s.badRequest(w, r, "Choose two different versions to compare.")
		return
	}
	a, b := vs[from-1], vs[to-1]
	d := DiffPage{
		Meta: Meta{
			Title:       fmt.Sprintf("Changes from version %d to %d: %s – morgue", from, to, it.Title),
			Description: fmt.Sprintf("What changed in “%s” between version %d and version %d.", it.Title, from, to),
			Canonical:   s.base + diffURL(page, from, to),
			Lang:        "en",
			Noindex:     true,
		},
		Article: it,
		From:    a,
		To:      b,
		Title:   spans(worddiff.Words(a.Title, b.Title)),
		Dek:     spans(worddiff.Words(a.Dek, b.Dek)),
	}
	for i := range vs {
		d.Numbers = append(d.Numbers, i+1)
	}
	bodyA, errA := bodyText(a.Body)
	bodyB, errB := bodyText(b.Body)
	if errA != nil || errB != nil {
		s.fail(w, r, cmp.Or(errA, errB))
		return
	}
	d.Body = paragraphs(worddiff.Words(bodyA, bodyB))
	d.Same = a.Title == b.Title && a.Dek == b.Dek && bodyA == bodyB
	for _, f := range []FactChange{
		{"Byline", a.Authors, b.Authors},
		{"Outlet", a.Outlet, b.Outlet},
		{"Date", dateText(a), dateText(b)},
		{"Picture", imageText(a), imageText(b)},
	} {
		if f.Old != f.New {
			d.Facts = append(d.Facts, f)
		}
	}
	s.page(w, r, "diff", d, it.UpdatedAt)
}

// bodyText is the readable text of a Markdown body, one blank line
// between paragraphs: what a reader compares, without Markdown's escapes.
func bodyText(md string) (string, error) {
	h, err := markdown.ToHTML(md)
	if err != nil {
		return "", err
	}
	return markdown.Text(h), nil
}

func spans(ws []worddiff.Span) []DiffSpan {
	out := make([]DiffSpan, len(ws))
	for i, w := range ws {
		out[i] = DiffSpan{Op: opName(w.Op), Text: w.Text}
	}
	return out
}

func opName(op worddiff.Op) string {
	switch op {
	case worddiff.Insert:
		return "ins"
	case worddiff.Delete:
		return "del"
	}
	return ""
}

// paragraphs cuts a body's spans at its blank lines, so that the diff reads
// as the article does, one paragraph after another.
func paragraphs(ws []worddiff.Span) [][]DiffSpan {
	var out [][]DiffSpan
	var cur []DiffSpan
	for _, w := range ws {
		parts := strings.Split(w.Text, "\n\n")
		for i, p := range parts {
			if i > 0 {
				out = append(out, cur)
				cur = nil
			}
			if p = strings.Trim(p, "\n"); p != "" {
				cur = append(cur, DiffSpan{Op: opName(w.Op), Text: p})
			}
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	// Drop paragraphs left empty by a break at the very start or end.
	kept := out[:0]
	for _, p := range out {
		if len(p) > 0 {
			kept = append(kept, p)
		}
	}
	return kept
}
