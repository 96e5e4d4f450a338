package server

import (
	"html/template"
	"strings"
	"sync"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/citation"
	"github.com/morgue-archive/morgue/internal/store"
)

// hostile are texts an archive may hold in a title, a name or a slug: markup,
// quotes of both kinds, entities, a plus, a NUL, a bad byte, escapes valid
// and not, a script address, and text in other scripts.
var hostile = []string{
	"",
	"Plain words",
	`<script>alert("x")</script>`,
	`Tom's "best" & <worst> + more`,
	"a\x00b",
	"bad \xff byte",
	"%41%zz%4 100% 50%2",
	"javascript:alert(1)",
	"Ölpreis steigt – 新闻发布会 — مرحبا",
	"slug-with/slash?q=1&x=2#frag",
	"space and\ttab\nnewline",
	"\ufdd0 \uffff",
}

// The fragments write what the templates they replaced wrote, byte for
// byte, whatever the texts: html/template's escaping is the reference.
func TestFragmentsMatchTemplates(t *testing.T) {
	for _, s := range hostile {
		fragmentsMatchTemplates(t, s)
	}
	if neighboursHTML(nil, nil) != "" {
		t.Error("a page without neighbours has a pager")
	}
	if socialHTML(nil) != "" {
		t.Error("a page without a link preview has its tags")
	}
}

// FuzzFragmentsMatchTemplates looks for a text the fragments escape
// otherwise than html/template does (make test runs it briefly).
func FuzzFragmentsMatchTemplates(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Fuzz(fragmentsMatchTemplates)
}

func fragmentsMatchTemplates(t *testing.T, s string) {
	render := func(src string, data any) string {
		t.Helper()
		var b strings.Builder
		if err := template.Must(template.New("").Parse(src)).Execute(&b, data); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	other := "x" + s + "y"
	ls := []Link{{Slug: s, Title: other, DateISO: s, DateText: other}, {Slug: other, Title: s}}
	want := render(`{{- range .}}
    <li><a href="/articles/{{.Slug}}">{{.Title}}</a> <span class="meta">{{if .DateISO}}<time datetime="{{.DateISO}}">{{.DateText}}</time>{{else}}Date unknown{{end}}</span></li>
    {{- end}}`, ls)
	if got := string(relatedHTML(ls)); got != want {
		t.Errorf("related %q:\n got %s\nwant %s", s, got, want)
	}

	pair := struct{ Newer, Older *Link }{&ls[0], &ls[1]}
	want = render(`
  {{- with .Newer}}<a href="/articles/{{.Slug}}" rel="prev">← Newer: {{.Title}}</a>{{end}}
  {{- with .Older}}<a href="/articles/{{.Slug}}" rel="next">Older: {{.Title}} →</a>{{end}}`, pair)
	if got := string(neighboursHTML(pair.Newer, pair.Older)); got != want {
		t.Errorf("neighbours %q:\n got %s\nwant %s", s, got, want)
	}

	ref := citation.Reference{{Text: s}, {Text: other, Italic: true}, {Text: s}}
	cites := []Citation{{"APA", ref}, {s, citation.Reference{{Text: other}}}, {other, nil}}
	type download struct{ Label, URL, Type string }
	var downloads []download
	for _, d := range citeDownloads {
		downloads = append(downloads, download{d.label, "/articles/" + s + "/cite." + d.ext, d.contentType})
	}
	want = render(`<section class="cite" aria-labelledby="cite-h">
  <h2 id="cite-h">Cite this article</h2>
  <dl>
    {{- range .Citations}}
    <dt>{{.Style}}</dt>
    <dd>{{range .Ref}}{{if .Italic}}<i>{{.Text}}</i>{{else}}{{.Text}}{{end}}{{end}}</dd>
    {{- end}}
  </dl>
  <p class="downloads">Download for a reference manager:
    {{- range $i, $d := .Downloads}}{{if $i}},{{end}} <a href="{{$d.URL}}" type="{{$d.Type}}" download>{{$d.Label}}</a>{{end}}</p>
</section>`, struct {
		Citations []Citation
		Downloads []download
	}{cites, downloads})
	if got := string(citeHTML(cites, s)); got != want {
		t.Errorf("cite %q:\n got %s\nwant %s", s, got, want)
	}

	for _, so := range []*Social{
		{Type: "article", Title: s, Description: other, URL: "https://example.org/articles/" + s, SiteName: s,
			Published: s, Modified: other, Authors: []string{s, other}, Tags: []string{other, s}},
		{Type: s, Title: other, Description: s, URL: s, SiteName: other},
	} {
		want = render(`{{- with .}}
<meta property="og:type" content="{{.Type}}">
<meta property="og:title" content="{{.Title}}">
<meta property="og:description" content="{{.Description}}">
<meta property="og:url" content="{{.URL}}">
<meta property="og:site_name" content="{{.SiteName}}">
{{- with .Published}}
<meta property="article:published_time" content="{{.}}">
{{- end}}
{{- with .Modified}}
<meta property="article:modified_time" content="{{.}}">
{{- end}}
{{- range .Authors}}
<meta property="article:author" content="{{.}}">
{{- end}}
{{- range .Tags}}
<meta property="article:tag" content="{{.}}">
{{- end}}
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="{{.Title}}">
<meta name="twitter:description" content="{{.Description}}">
{{- end}}`, so)
		if got := string(socialHTML(so)); got != want {
			t.Errorf("social %q:\n got %s\nwant %s", s, got, want)
		}
	}

	entriesMatchTemplates(t, s, other)
	storyMatchesTemplates(t, s, other)

	metas := []MetaTag{{"citation_title", s}, {s, other}}
	want = render(`{{- range .}}
<meta name="{{.Name}}" content="{{.Content}}">
{{- end}}`, metas)
	if got := string(metaTagsHTML(metas)); got != want {
		t.Errorf("meta tags %q:\n got %s\nwant %s", s, got, want)
	}
}

// listTemplates are the list page's templates as the server parses them,
// with the entry templates that entriesHTML and hitsHTML replaced, and the
// article's that storyHTML and archiveHeadHTML replaced: those use the
// layout's "meta" and "byline", so that a change there shows here.
var listTemplates = sync.OnceValues(func() (*template.Template, error) {
	a, err := loadAssets()
	if err != nil {
		return nil, err
	}
	pages, err := loadTemplates(a)
	if err != nil {
		return nil, err
	}
	tmpl, err := pages.byName["list"].Clone()
	if err != nil {
		return nil, err
	}
	tmpl.Funcs(template.FuncMap{"highlight": highlight})
	if _, err := tmpl.New("entries").Parse(`{{- range .}}
{{template "entry" .}}
{{- end}}

{{- define "entry" -}}
<article class="entry"{{if .Language}} lang="{{.Language}}" dir="{{.Dir}}"{{end}}>
  <h2><a href="/articles/{{.Slug}}">{{.Title}}</a></h2>
  {{- if .Dek}}
  <p class="dek">{{.Dek}}</p>
  {{- end}}
  {{template "meta" .Credit}}
  {{- if .Credit.Byline}}
  <p class="byline">{{template "byline" .Credit}}</p>
  {{- end}}
  {{- if .Tags}}
  <ul class="tags" aria-label="Tags">
    {{- .Tags}}
    {{- if .MoreTags}}<li class="more-tags"><a href="/articles/{{.Slug}}#tags-h">+{{.MoreTags}}<span class="visually-hidden"> more tags</span></a></li>{{end}}
  </ul>
  {{- end}}
</article>
{{- end}}`); err != nil {
		return nil, err
	}
	if _, err := tmpl.New("hits").Parse(`
  {{- range .}}
  <li>
    <article class="entry"{{if .Language}} lang="{{.Language}}" dir="{{.Dir}}"{{end}}>
      <h2><a href="/articles/{{.Slug}}">{{.Title}}</a></h2>
      {{template "meta" .Credit}}
      {{- if .Credit.Byline}}
      <p class="byline">{{template "byline" .Credit}}</p>
      {{- end}}
      {{- if .Snippet}}
      <p class="snippet">{{highlight .Snippet}}</p>
      {{- else if .Dek}}
      <p class="dek">{{.Dek}}</p>
      {{- end}}
    </article>
  </li>
  {{- end}}`); err != nil {
		return nil, err
	}
	if _, err := tmpl.New("story").Parse(`{{with .Story -}}
<article class="story"{{if .Language}} lang="{{.Language}}" dir="{{.Dir}}"{{end}}>
  <header>
    <h1>{{.Title}}</h1>
    {{- if .Dek}}
    <p class="dek">{{.Dek}}</p>
    {{- end}}
    {{- if $.Credit.Byline}}
    <p class="byline">{{template "byline" $.Credit}}</p>
    {{- end}}
    {{template "meta" $.Credit}}
  </header>
  {{- with .Photo}}
  <figure class="photo">
    <figcaption><span class="label" lang="en">Photo:</span> {{.Text}}{{if .Credit}} <span class="credit">({{.Credit}})</span>{{end}}</figcaption>
  </figure>
  {{- end}}
  <div class="body">
{{$.BodyHTML}}
  </div>
  <footer>
    {{- if .Tags}}
    <h2 class="visually-hidden" id="tags-h">Tags</h2>
    <ul class="tags">
      {{- .TagsHTML}}
    </ul>
    {{- end}}
    {{- if .CapturedISO}}
    <p class="source">Captured <time datetime="{{.CapturedISO}}">{{.CapturedText}}</time> by a web archive{{with .SourceURL}} from <a href="{{.}}" rel="nofollow noopener">{{.}}</a>{{end}}</p>
    {{- else if .SourceURL}}
    <p class="source">Originally published at <a href="{{.SourceURL}}" rel="nofollow noopener">{{.SourceURL}}</a></p>
    {{- end}}
    {{template "provenance" $}}
  </footer>
</article>
{{- end}}

{{- define "provenance" -}}
<p class="permalink">Permanent link: <a href="{{.Archive.Permalink}}">{{.Archive.Permalink}}</a></p>
{{- with .Archive.SourceURL}}
<p class="provenance">Archived from <a href="{{.}}" type="text/plain">the original text</a>
  ({{$.Archive.Source.Size}} bytes, SHA-256 <code class="hash">{{$.Archive.Source.SHA256}}</code>),
  first stored {{$.Story.Imported}}.</p>
{{- else}}
<p class="provenance">The archive does not keep the original text of this article: it was imported before sources were kept. Importing its file again keeps it.</p>
{{- end}}
{{- with .Archive.HistoryURL}}
<p class="versions">This article changed after it was first archived: <a href="{{.}}">see its {{$.Archive.Source.Versions}} versions and what changed</a>.</p>
{{- end}}
{{- end}}`); err != nil {
		return nil, err
	}
	if _, err := tmpl.New("citation-meta").Parse(`{{.Archive.Meta}}
<link rel="shortlink" href="{{.Archive.Permalink}}">
{{- with .Archive.HistoryURL}}
<link rel="version-history" href="{{.}}">
{{- end}}`); err != nil {
		return nil, err
	}
	return tmpl, nil
})

// storyMatchesTemplates checks an article page's story and head with s and
// other in every text and address, with and without each optional part.
// The byline, outlet, tags, citation tags and body are html/template's or
// a fragment's output already and go in as they are.
func storyMatchesTemplates(t *testing.T, s, other string) {
	tmpl, err := listTemplates()
	if err != nil {
		t.Fatal(err)
	}
	link := template.HTML(`<a href="/authors/x" rel="author">` + template.HTMLEscapeString(s) + `</a>`)
	pages := []ArticlePage{
		{
			Story: Story{Title: s, Dek: other, Language: s, Dir: other, Photo: &Photo{Text: s, Credit: other},
				Tags: []article.Tag{{Name: s}}, TagsHTML: `<li><a href="/tags/t" rel="tag">T</a></li>`,
				CapturedISO: s, CapturedText: other, SourceURL: s, Imported: other},
			Credit:   Credit{Outlet: link, DateISO: s, DateText: other, ReadingMinutes: 3, Byline: "By " + link},
			BodyHTML: "<p>Body</p>",
			Archive: ArticleArchive{Permalink: s, Source: store.Provenance{SHA256: other, Size: 1234, Versions: 3},
				SourceURL: "/articles/" + s + "/source", HistoryURL: other, Meta: `<meta name="citation_title" content="x">`},
		},
		{
			Story:   Story{Title: other, Photo: &Photo{Text: other}, SourceURL: "https://example.org/" + s, Imported: s},
			Credit:  Credit{ReadingMinutes: -2},
			Archive: ArticleArchive{Permalink: "https://example.org/a/" + s, Source: store.Provenance{Size: -1}, SourceURL: s, HistoryURL: "/articles/" + s + "/history"},
		},
		{Story: Story{CapturedISO: other, CapturedText: s}, Archive: ArticleArchive{Permalink: other}},
		{},
	}
	for i := range pages {
		p := &pages[i]
		var b strings.Builder
		if err := tmpl.ExecuteTemplate(&b, "story", p); err != nil {
			t.Fatal(err)
		}
		head, foot := storyHTML(p)
		if got := string(head) + string(p.BodyHTML) + string(foot); got != b.String() {
			t.Errorf("story %d %q:\n got %s\nwant %s", i, s, got, b.String())
		}
		b.Reset()
		if err := tmpl.ExecuteTemplate(&b, "citation-meta", p); err != nil {
			t.Fatal(err)
		}
		if got := string(archiveHeadHTML(&p.Archive)); got != b.String() {
			t.Errorf("archive head %d %q:\n got %s\nwant %s", i, s, got, b.String())
		}
	}
}

// entriesMatchTemplates checks the entries of list pages and of search
// results with s and other in every text. The outlet, byline and tags are
// html/template's output already (links.go) and go in as they are.
func entriesMatchTemplates(t *testing.T, s, other string) {
	tmpl, err := listTemplates()
	if err != nil {
		t.Fatal(err)
	}
	link := template.HTML(`<a href="/authors/x" rel="author">` + template.HTMLEscapeString(s) + `</a>`)
	es := []Entry{
		{Slug: s, Title: other, Dek: s, Language: s, Dir: other, Snippet: s + store.MarkStart + other + store.MarkEnd + s,
			Credit: Credit{Outlet: link, DateISO: s, DateText: other, ReadingMinutes: 7, Byline: "By " + link},
			Tags:   `<li><a href="/tags/t" rel="tag">T</a></li>`, MoreTags: 3},
		{Slug: other, Title: s, Dek: other, Credit: Credit{DateISO: other, DateText: s, ReadingMinutes: -1},
			Tags: `<li><a href="/tags/u" rel="tag">U</a></li>`},
		{Snippet: store.MarkStart + s, Language: other, Dir: s},
		{},
	}
	for _, c := range []struct {
		name string
		got  template.HTML
	}{{"entries", entriesHTML(es)}, {"hits", hitsHTML(es)}} {
		var b strings.Builder
		if err := tmpl.ExecuteTemplate(&b, c.name, es); err != nil {
			t.Fatal(err)
		}
		if got := string(c.got); got != b.String() {
			t.Errorf("%s %q:\n got %s\nwant %s", c.name, s, got, b.String())
		}
	}
}
