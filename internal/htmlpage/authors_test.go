package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

func TestAuthors(t *testing.T) {
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens after the storm",
"author":` + author + `,"publisher":{"@type":"Organization","name":"Elwin Gazette"}}</script>`
	}
	for _, c := range []struct {
		name, head, header, want string
	}{
		{"an organisation as author gives way to the person in the byline", ld(`{"@type":"Organization","name":"Harbour Trust"}`),
			`<p class="byline">By Vera Visible</p>`, "Vera Visible"},
		{"the site's own name as author gives way to the byline", ld(`{"@type":"Person","name":", Elwin Gazette"}`),
			`<div class="author-name">Vera Visible</div>`, "Vera Visible"},
		{"an organisation listed beside a person is no writer", ld(`[{"@type":"Organization","name":"Harbour Trust"},{"@type":"Person","name":"Jane Doe"}]`),
			``, "Jane Doe"},
		{"the site's name listed beside a person is no writer", ld(`[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Elwin Gazette"}]`),
			``, "Jane Doe"},
		{"an organisation is kept when no person is named", ld(`{"@type":"Organization","name":"Harbour Trust"}`),
			``, "Harbour Trust"},
		{"a person in the metadata the page names wins over the byline", ld(`[{"@type":"Person","name":"Jane Doe"}]`),
			`<p class="byline">By Vera Visible</p><p class="credit">Jane Doe writes about the coast.</p>`, "Jane Doe"},
		{"the byline shown wins over a metadata writer the page never names", ld(`[{"@type":"Person","name":"Jane Doe"}]`),
			`<p class="byline">By Vera Visible</p>`, "Vera Visible"},
		{"the team a byline box shows wins over the account in the metadata", ld(`{"@type":"Person","name":"Jane Doe"}`),
			`<div class="post-author"><a class="post-author-name" href="/author/team">Harbour Desk Team</a></div>`, "Harbour Desk Team"},
		{"a first name alone in the byline does not outweigh the metadata", ld(`{"@type":"Person","name":"Jane Doe"}`),
			`<div class="post-author"><span class="post-author-name">Vera</span></div>`, "Jane Doe"},
		{"the site's name in the byline box does not outweigh the metadata", ld(`{"@type":"Person","name":"Jane Doe"}`),
			`<div class="post-author"><span class="post-author-name">Elwin Gazette</span></div>`, "Jane Doe"},
		{"a degree after the name is no writer", ld(`{"@type":"Person","name":"Jane Doe, Ph.D."}`),
			``, "Jane Doe"},
		{"a byline naming a desk", `<meta property="og:site_name" content="Elwin Gazette">`,
			`<div class="article-byline">By The Harbour desk editors</div>`, "The Harbour desk editors"},
		{"a desk after a date and a reading time", ``,
			`<p>March 15, 2025 · 3 min read · By Elwin Online</p>`, "Elwin Online"},
		{"an author link said twice", ``,
			`<a rel="author" href="/u/fred">MixmasterFred</a> <a rel="author" href="/u/fred">More About MixmasterFred »</a>`, "MixmasterFred"},
		{"a one-word name in the element marked as the author's name", `<meta property="og:site_name" content="Elwin Gazette">`,
			`<div class="post-author"><span class="post-author-name">Vera</span></div>`, "Vera"},
		{"a label without a name names no one", ``,
			`<div class="post-byline"><span class="author-name">Written By </span><span class="post-date">Jun 3, 2024</span></div>`, ""},
		{"a role after the name is no writer", ld(`{"@type":"Person","name":"Jane Doe - Gazette Editorial Team"}`),
			``, "Jane Doe"},
		{"two first names joined by an ampersand", ld(`{"@type":"Person","name":"Maria &amp; Katerina"}`),
			``, "Maria, Katerina"},
		{"an organisation's name with 'and' in it stays whole", ld(`{"@type":"Organization","name":"Centre for Harbour Studies and Research"}`),
			``, "Centre for Harbour Studies and Research"},
		{"the story opens with the writer's name under a photo", ``,
			`<p><img src="/staff/vera.jpg" width="70"><br><span>Vera Visible</span></p>`, "Vera Visible"},
		{"a story opening with a sentence about a person names no writer", ``,
			`<p>Vera Visible, the harbour master, said the quay was safe.</p>`, ""},
		{"the site's data layer names the post's author", `<script>var dataLayer_content = {"pagePostType":"post","pagePostAuthor":"Vera"};</script>`,
			``, "Vera"},
		{"a writer named by reference to a person elsewhere in the JSON-LD graph",
			`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Harbour reopens after the storm",` +
				`"author":{"@id":"https://gazette.example/#/person/7"}},{"@type":"Person","@id":"https://gazette.example/#/person/7","name":"Jane Doe"}]}</script>`,
			``, "Jane Doe"},
		{"a reference to an organisation gives way to the person in the byline",
			`<script type="application/ld+json">[{"@type":"Organization","@id":"#org","name":"Harbour Trust"},` +
				`{"@type":"Article","headline":"Harbour reopens after the storm","author":[{"@id":"#org"}]}]</script>`,
			`<p class="byline">By Vera Visible</p>`, "Vera Visible"},
		{"microdata names the writer in a tag of its own", ``,
			`<span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Jane Doe"></span>`, "Jane Doe"},
		{"microdata's name of the writer, not of the employer inside it", ``,
			`<div itemprop="author" itemscope><div itemprop="worksFor" itemscope><span itemprop="name">Elwin Gazette</span></div>` +
				`<span itemprop="name">Vera</span></div>`, "Vera"},
		{"a byline after the date in a block under the headline", ``,
			`<div><em>October 11, 2023</em> by <strong>Vera Visible</strong></div>`, "Vera Visible"},
		{"a picture's credit under the headline names no writer", ``,
			`<div>Flood defences at dawn. Photo by Vera Visible</div>`, ""},
		{"the writer's name alone beside the date under the headline", ``,
			`<ul><li><span>Vera Visible</span></li><li>Sep 26, 2022</li><li>2 min read</li></ul>`, "Vera Visible"},
		{"the writer an SEO plugin's labelled tags name", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Vera">` +
			`<meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">`, ``, "Vera"},
		{"the visible byline wins over the SEO plugin's account name", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="webdesk">`,
			`<p class="byline">By Vera Visible</p>`, "Vera Visible"},
		{"the writer's name set as the button that opens their card", ``,
			`<div class="post-meta"><div class="updated">Last Updated: 2025-02-22</div><div class="writer">By <button type="button" class="btn-link">Vera Visible</button></div><div class="checked">Fact Checked</div></div>`, "Vera Visible"},
		{"a card's link after the byline is no writer, the desk under the label is", ``,
			`<div class="byline-box"><div class="byline-label">By</div><div class="byline-name">The Harbour Desk</div><a class="byline-bio" href="/desk">Full Bio</a></div>`, "The Harbour Desk"},
		{"the fact checker named beside the writer's label is not the writer", ``,
			`<div class="bylines"><div class="byline-group"><span>By</span><div class="byline-item">The Harbour Desk</div></div>` +
				`<div class="byline-group"><span>Fact checked by</span> <a class="author-name" href="/p/vera">Vera Visible</a></div></div>`, "The Harbour Desk"},
		{"a byline box a German page names in its own language", ``,
			`<p class="artikel-autor">Von Jana Müller</p>`, "Jana Müller"},
		{"a byline box a French page names in its own language", ``,
			`<div class="auteur">Par Jeanne Dupont</div>`, "Jeanne Dupont"},
		{"the writers in Parse.ly's page record", `<meta name="parsely-page" content='{"title":"Harbour reopens after the storm","authors":["Jane Doe","John Roe"],"pub_date":"2025-03-10T09:00:00Z"}'>`,
			``, "Jane Doe, John Roe"},
		{"the writer in an older Parse.ly page record", `<meta name="parsely-page" content="{&quot;title&quot;:&quot;Harbour reopens&quot;,&quot;author&quot;:&quot;Jane Doe&quot;}">`,
			``, "Jane Doe"},
		{"scholarly tags write the family name first", `<meta name="citation_author" content="Berg, Jana"><meta name="citation_author" content="van Dijk, Pieter">`,
			``, "Jana Berg, Pieter van Dijk"},
		{"Dublin Core writes the family name first", `<meta name="DC.creator" content="García Lorca, Ana">`, ``, "Ana García Lorca"},
		{"a suffix after a comma stays behind the name", `<meta name="citation_author" content="Jana Berg, Jr.">`, ``, "Jana Berg"},
		{"a person stated by given and family name", ld(`{"@type":"Person","givenName":"Jane","familyName":"Doe"}`), ``, "Jane Doe"},
		{"a writer's label in Chinese, the date after the name", ``,
			`<div class="info">作者：李明 2026年03月12日 08:00</div>`, "李明"},
		{"a Chinese header line of the time, the source and the writer", ``,
			`<div class="info">2026-03-12 08:00 来源：海港日报 作者：李明</div>`, "李明"},
		{"a Chinese header line that names the source alone names no writer", ``,
			`<div class="info">2026-03-12 08:00 来源：海港日报</div>`, ""},
		{"German's word for by", ``, `<div class="meta">Von Jana Berg</div>`, "Jana Berg"},
		{"a writer's label in Russian", ``, `<div class="meta">Текст: Лида Буслаева</div>`, "Лида Буслаева"},
		{"Arabic's word for by, right to left", ``, `<div class="meta">بقلم: مريم قاسم</div>`, "مريم قاسم"},
		{"a picture's credit under the headline names no writer", ``, `<div class="meta">Foto: Jana Berg</div>`, ""},
		{"two writers' names alone beside the date", ``,
			`<div class="firma">Elena Ruiz y Pablo Ortega</div><div class="fecha">12/08/2025 19:02</div>`, "Elena Ruiz, Pablo Ortega"},
		{"writers' names set apart by a comma beside the date", ``,
			`<p class="names">Vera Visible, John Roe</p><p class="when">March 4, 2025</p>`, "Vera Visible, John Roe"},
		{"a writer's name and a place after a bar beside the date", ``,
			`<p class="names">Vera Visible | Elwin</p><p class="when">March 4, 2025</p>`, "Vera Visible"},
		{"a section and its region beside the date name no writer", ``,
			`<p class="names">Politics | Europe</p><p class="when">March 4, 2025</p>`, ""},
		{"a date and a German byline on one line, a bar between", ``, `<p class="info">15. Mai 2025 | Von Jana Berg</p>`, "Jana Berg"},
		{"a date and a German byline on one line, a dot between", ``, `<p class="info">15.05.2025 · Von Jana Berg</p>`, "Jana Berg"},
		{"a source's label names no writer", ``, `<div class="meta">Quelle: Jana Berg</div>`, ""},
		{"a data layer naming the admin account names no one", `<script>var dataLayer_content = {"pagePostAuthor":"admin"};</script>`,
			``, ""},
	} {
		a, _, err := htmlpage.Parse([]byte(page(c.head, `<h1>Harbour reopens after the storm</h1>`+c.header, english...)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := strings.Join(a.Authors, ", "); got != c.want {
			t.Errorf("%s: authors %q, want %q", c.name, got, c.want)
		}
	}
}

// The writer's name set alone above the story is its byline, not the
// story's first paragraph.
func TestLeadNameLeavesTheStory(t *testing.T) {
	a, _, err := htmlpage.Parse([]byte(page(``, `<h1>Harbour reopens after the storm</h1><p><img src="/staff/vera.jpg"><br><span>Vera Visible</span></p>`, english...)))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(a.Authors, ", ") != "Vera Visible" || !strings.HasPrefix(a.Body, "The harbour") {
		t.Errorf("authors %q, story opens %q", a.Authors, a.Body[:min(len(a.Body), 40)])
	}
}

// A strip of labelled facts under the story's opening: "Written by" and
// "Posted on" each over their value, far from the headline.
func TestLabelledFacts(t *testing.T) {
	strip := `<div class="facts"><div><span>Posted on</span><div><span>Nov 21, 2018</span></div></div>` +
		`<div><span>Reading time</span><div><span>5 minutes</span></div></div>` +
		`<div><span>Written by</span><div><span>Eliz</span> <span>- Product marketer</span></div></div></div>`
	doc := `<!doctype html><html><head><title>Harbour reopens after the storm</title></head><body><header><h1>Harbour reopens after the storm</h1></header>` +
		`<div class="intro"><p>` + strings.Repeat(english[0]+" ", 3) + `</p></div>` + strip +
		`<div class="story"><p>` + english[1] + `</p><p>` + english[2] + `</p></div></body></html>`
	a, _, err := htmlpage.Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.Authors, ", "); got != "Eliz" {
		t.Errorf("authors %q, want Eliz", got)
	}
	if a.Published == nil || a.Published.Format("2006-01-02") != "2018-11-21" {
		t.Errorf("published %v, want 2018-11-21", a.Published)
	}
}
