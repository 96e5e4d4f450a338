package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

func TestTrailerLeftOut(t *testing.T) {
	head := `<title>Harbour reopens after the storm</title><meta name="author" content="Vera Holm">`
	story := append([]string{}, english...)
	story = append(story,
		"Insurers have paid for most of the damage to the market, though two stall holders are still waiting for an assessor to call.",
		"The lifeboat crew, who worked through the night of the storm, will be thanked at a ceremony in the town hall next week.",
		"Boats that wintered in the south are expected back within the month, the harbour master added, once the buoys are in place again.",
		"The fish market will open on Saturdays only until the roof is mended, and the café on the quay has already put its tables out.")
	for _, c := range []struct {
		name, tail, gone, kept string
	}{
		{"the writer's biography", `<p><a href="/author/vera">Vera Holm</a> is a reporter who covers the coast and its fisheries.</p>`,
			"covers the coast", "tables out"},
		{"a headed list of sources", `<h2>Sources</h2><ol><li><a href="https://example.org/tides">Tide tables, Port Elwin</a></li><li><a href="https://example.org/council">Council minutes</a></li></ol>`,
			"Tide tables", "tables out"},
		{"a list of citations without a heading", `<ol><li>“Storm report.” Met Office, https://example.org/storm. Accessed 3 Mar. 2025.</li><li>“Harbour notices.” Port Elwin, https://example.org/notices. Accessed 3 Mar. 2025.</li></ol>`,
			"Storm report", "tables out"},
		{"a box of links to other stories", `<h2>Related articles</h2><ul><li><a href="/tides">Tides to turn early this spring</a></li><li><a href="/wall">Sea wall plans go on show</a></li></ul>`,
			"Tides to turn", "tables out"},
		{"the story goes on after a box of links", `<h2>More from the Gazette</h2><ul><li><a href="/tides">Tides to turn early this spring</a></li></ul><h2>What comes next</h2><p>The council meets again in May to agree the cost of the new sea wall.</p>`,
			"Tides to turn", "agree the cost"},
		{"links alone at the end, with no heading", `<p><a href="https://example.com/tides">Tides to turn early this spring</a></p><p><a href="https://example.com/wall">Sea wall plans go on show at the town hall</a></p><p><a href="https://example.com/ferry">Ferry timetable changes for the summer</a></p>`,
			"Tides to turn", "tables out"},
		{"two links alone at the end are kept", `<p><a href="https://example.com/report">The harbour board's storm report</a></p><p><a href="https://example.com/plan">The sea wall plan</a></p>`,
			"", "storm report"},
		{"a sentence about the writer in the story is kept", `<p>Vera Holm, who grew up on the quay, watched the first boats leave and said the town had waited long enough.</p>`,
			"", "grew up on the quay"},
		{"the site's credit for the story and what follows it", `<p>This story about the <a href="/harbour">harbour</a> was written by Vera Holm and produced by the Gazette, an independent newsroom on the coast. Sign up for our <a href="/news">newsletter</a>.</p><h4>Since you made it to the bottom of this article, we have a small favor to ask.</h4><p>Every gift to our winter appeal is matched this month.</p><p>Republish our articles for free, online or in print.</p>`,
			"small favor", "tables out"},
		{"a paywall's box under the opening", `<div class="paywall-box"><h3>Subscribe to keep reading</h3><p>You have read all your free articles this month.</p><a href="/subscribe">Subscribe now</a></div>`,
			"free articles", "tables out"},
		{"a story that talks of who wrote a report is kept", `<p>This report was written by Anna Berg, the harbour master, and says the channel must be dredged every spring.</p>`,
			"", "dredged every spring"},
		{"someone else's biography-like closing line is kept", `<p>Anna Berg is the harbour master, and says she will not rest until the last wreck is lifted.</p>`,
			"", "harbour master, and says"},
	} {
		checkTail(t, head, story, c.name, c.tail, c.gone, c.kept)
	}
}

// A page that shows only the opening of its story under a paywall sets
// the wall's box (its prompt, its offer, its buttons) under that teaser;
// the box is no part of the story even when it holds more words than
// the teaser does. A story that tells of subscribers keeps its text.
func TestPaywallBoxUnderATeaser(t *testing.T) {
	head := `<title>Harbour reopens after the storm</title><meta name="author" content="Vera Holm">`
	for _, c := range []struct {
		name, tail, gone, kept string
	}{
		{"a headed box with an offer and buttons", `<div class="wall"><h2>Subscribe to keep reading</h2><p>Get unlimited access to the Gazette for one euro a week for three months, then six euros a week. Cancel at any time.</p><p><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></p></div>`,
			"unlimited access", english[0]},
		{"a note that the story is for subscribers", `<p>This article is for subscribers only.</p><p>Already a subscriber? <a href="/login">Sign in</a> to read on, or start a free trial today and read every story on the coast.</p>`,
			"for subscribers only", english[0]},
		{"a box in German", `<p>Jetzt abonnieren und weiterlesen: Alle Artikel der Zeitung lesen, vier Wochen kostenlos, danach monatlich kündbar.</p>`,
			"abonnieren", english[0]},
		{"a box in French", `<p>Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite, sans engagement.</p><p><a href="/abo">Je m'abonne</a></p>`,
			"réservé aux abonnés", english[0]},
		{"a story about subscribers is kept", `<p>Already a subscriber to the harbour's tide alerts, the skipper said the warnings had come too late for the two trawlers that sank.</p><p>The council will review the alert service before the winter, when storms are most likely.</p>`,
			"", "review the alert service"},
	} {
		checkTail(t, head, english[:1], c.name, c.tail, c.gone, c.kept)
	}
}

// checkTail parses a page of the story with tail set after it, and
// checks that the body lost gone ("" for nothing) and kept kept.
func checkTail(t *testing.T, head string, story []string, name, tail, gone, kept string) {
	t.Helper()
	html := page(head, "<h1>Harbour reopens after the storm</h1>", story...)
	html = strings.Replace(html, "</article>", tail+"</article>", 1)
	a, _, err := htmlpage.Parse([]byte(html))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if gone != "" && strings.Contains(a.Body, gone) {
		t.Errorf("%s: body keeps %q:\n%s", name, gone, a.Body)
	}
	if !strings.Contains(a.Body, kept) {
		t.Errorf("%s: body lost %q:\n%s", name, kept, a.Body)
	}
}

// Headings left at the story's end with nothing under them (a box the
// page fills by script: "FAQ", "About the Author", or an author box's
// label as a line: "About the Contributor") leave it; a heading
// over the story's last paragraph stays.
func TestEmptyHeadingsAtTheEndLeftOut(t *testing.T) {
	story := `<p>` + english[0] + `</p><p>` + english[1] + `</p><h2>What happens next</h2><p>` + english[2] + `</p>` +
		`<h2>FAQ</h2><div class="faq" data-src="/faq.json"></div><h3>About the Writer</h3><div class="bio" data-src="/bio.json"></div><p>About the Contributor</p>`
	storyBody(t, "empty headings at the end", story, append([]string{"## What happens next"}, english...), []string{"FAQ", "About the Writer", "About the Contributor"})
}
