package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

func TestFurnitureLeftOut(t *testing.T) {
	for _, c := range []struct {
		name, insert, gone, kept string
	}{
		{"a picture's caption", `<figure><img src="/boat.jpg" alt=""><figcaption>The first trawler leaves at dawn. Photo by Ann Berg</figcaption></figure>`,
			"first trawler leaves", ""},
		{"a credit line under a picture", `<p>Photo: Elwin Harbour Trust</p>`, "Elwin Harbour Trust", ""},
		{"a picture agency's credit", `<p>Getty Images / Ann Berg</p>`, "Ann Berg", ""},
		{"a button's label", `<p><a href="/more">Read more »</a></p>`, "Read more", ""},
		{"a shop's price button", `<p><a href="https://shop.example.com/net">$89.99 from Harbour Supply</a></p>`, "Harbour Supply", ""},
		{"a shop's price button with a long tracking address", `<p><a href="https://track.example.net/click?offer=77&amp;aff=9&amp;url=` +
			strings.Repeat("https%3A%2F%2Fshop.example.com%2Fnets%2Fharbour-trawl-net-", 5) + `">$1,299.00 from Harbour Supply</a></p>`, "Harbour Supply", ""},
		{"an advertisement's label between paragraphs", `<p>Advertisement. Scroll to continue reading.</p>`, "Scroll to continue", ""},
		{"a lone download button", `<p><a href="https://example.com/harbour-plan.pdf">Download</a></p>`, "Download", ""},
		{"a picture's pin button", `<p><span class="pin">Share on Pinterest</span></p>`, "Pinterest", ""},
		{"a gallery's caption button", `<p><span class="gallery-toggle">Show Caption</span></p>`, "Show Caption", ""},
		{"a pointer to another story", `<p><strong>Related:</strong> <a href="https://example.com/fleet-losses">What the storm cost the fleet</a></p>`, "What the storm cost", ""},
		{"a pitch for a newsletter", `<p><em>Love the coast? Our Harbour Letter newsletter has the week's best reading, delivered to your inbox. <a href="https://example.com/letters/harbour">Sign up now</a> and join the crew.</em></p>`,
			"Harbour Letter", ""},
		{"a sentence about a newsletter is story", `<p>Crews who subscribe to the board's newsletter heard of the closure first, the harbour master said.</p>`,
			"", "heard of the closure first"},
		{"footnote marks", `<p>The board's report on the quay<sup><a href="#note-1">1</a></sup> came out in May, a second<sup class="fn"><a href="#note-2">[2]</a></sup> in June.</p>`,
			"quay1", "report on the quay came out in May, a second in June."},
		{"a power of ten is no footnote mark", `<p>The pumps moved 10<sup>3</sup> litres a second at the peak of the storm, the engineers said.</p>`,
			"", "moved 103 litres"},
		{"a sentence about related work is story", `<p>Related repairs to the <a href="https://example.com/slipway">old slipway</a> will follow in the spring.</p>`, "", "old slipway"},
		{"a sentence that opens with a photographer is story", `<p>Photo booths on the quay did good business all weekend, the stall holders said.</p>`,
			"", "Photo booths on the quay"},
		{"a button with the number to call", `<p><a href="https://quotes.example.com/harbour-movers/quote">Get a Quote</a> (212) 555-0147</p>`, "555-0147", ""},
		{"a number to call in a sentence is story", `<p>Skippers can <a href="/desk">call the desk</a> on 01632 960 123 to book a berth.</p>`, "", "to book a berth"},
		{"a pitch for the site's app", `<p><strong><em><a href="https://apps.example.com/harbour-daily">Download and subscribe</a> to the new Harbour Daily app to plan every trip. Tide tables, ferry times and the week's weather, right in your pocket.</em></strong></p>`,
			"Harbour Daily app", ""},
		{"a sentence about an app is story", `<p>Skippers can <a href="https://apps.example.com/berths">download the board's berth app</a>, which shows free moorings in real time.</p>`,
			"", "shows free moorings"},
		{"an editor's label whose name is a button", `<div class="credits"><p>Edited by <button class="tip">Ann Berg</button></p><p>•</p><p>Fact-checked by <button class="tip">Tom Holt</button></p></div>`,
			"Edited by", ""},
		{"a separator between such labels", `<div class="credits"><p>Edited by <button class="tip">Ann Berg</button></p><p>•</p><p>Fact-checked by <button class="tip">Tom Holt</button></p></div>`,
			"•", ""},
		{"a label over the name on the next line is kept", `<div class="credits"><p>Illustrated by</p><p>Ann Berg</p></div>`, "", "Illustrated by"},
		{"a product card's price line", `<div class="card"><h3>Harbour Tide Clock</h3><div class="price">Starting at $74.50</div></div>`, "Starting at", ""},
		{"a product card's discount", `<div class="card"><h3>Brass Ship's Bell</h3><span class="deal">Now 10% Off</span></div>`, "10% Off", ""},
		{"a rating widget's label and score", "<div class=\"card\">\n<div class=\"rating-label\">Our Rating</div>\n<div class=\"rating-score\">4.9</div>\n</div>", "Our Rating", ""},
		{"a sentence with a price is story", `<p>Berths now cost from $40 a night, the harbour master said.</p>`, "", "from $40 a night"},
		{"a banner that is a link around a heading", `<div class="banner"><a href="https://example.com/trial"><div class="overlay"><h3>Try the tide app free for a month</h3><p>No card needed.</p></div><div class="bottom"><span class="button">Start today</span></div></a></div>`, "Try the tide app", ""},
		{"a heading that holds a link is story", `<h3><a href="https://example.com/wall">The plan for the sea wall</a></h3><p>Engineers have drawn up three designs for the new wall along the whole front.</p>`, "", "The plan for the sea wall"},
		{"a reading time set alone", `<p>4 MIN. READ</p>`, "MIN. READ", ""},
		{"a writer's line with the date and the reading time", `<p>Written By Mar 3, 2025 · 6 min read</p>`, "6 min read", ""},
		{"a sentence about reading time is story", `<p>The harbour board's report on the storm is long, a two-hour read, and most of the skippers who have seen it say it is worth 5 minutes reading the summary.</p>`,
			"", "worth 5 minutes"},
		{"a link in a sentence is story", `<p>The council's <a href="https://example.org/plan">plan for the sea wall</a> is out for comment until May.</p>`,
			"", "out for comment until May"},
	} {
		body := "<p>" + english[0] + "</p><p>" + english[1] + "</p>" + c.insert + "<p>" + english[2] + "</p>"
		html := page(`<title>Harbour reopens after the storm</title>`, "<h1>Harbour reopens after the storm</h1>"+body)
		a, _, err := htmlpage.Parse([]byte(html))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if c.gone != "" && strings.Contains(a.Body, c.gone) {
			t.Errorf("%s: body keeps %q:\n%s", c.name, c.gone, a.Body)
		}
		if c.kept != "" && !strings.Contains(a.Body, c.kept) {
			t.Errorf("%s: body lost %q:\n%s", c.name, c.kept, a.Body)
		}
		if !strings.Contains(a.Body, "sea wall, though work") {
			t.Errorf("%s: body lost the story:\n%s", c.name, a.Body)
		}
	}
}

// A review's heading over a run of shop buttons ("Where to buy", then a
// link alone for each shop) leaves the story with its buttons; a heading
// over one link and a paragraph, and a heading over links that are
// titles of other works, stay.
func TestShopButtonsUnderHeadingLeftOut(t *testing.T) {
	shops := `<h3>WHERE TO BUY</h3><p><a href="https://shop.example.com/lamp-1"><strong>Quay Supply</strong></a></p>` +
		`<p><a href="https://market.example.net/dp/LAMP1?tag=x">Marketplace</a></p><p><a href="https://used.example.org/lamp">Harbour Cameras (used)</a></p>`
	story := `<p>` + english[0] + `</p>` + shops + `<p>` + english[1] + `</p>` + shops + `<p>` + english[2] + `</p>`
	storyBody(t, "shop buttons under a heading", story, english, []string{"WHERE TO BUY", "Quay Supply", "Marketplace", "Harbour Cameras"})

	kept := `<p>` + english[0] + `</p><h3>The board's plan</h3><p><a href="/plan">Sea wall plan</a></p><p>` + english[1] + `</p>` +
		`<h3>Further reading</h3><p><a href="/a">The storm of 1953 and the town it changed</a></p><p><a href="/b">Fishing families of the northern shore</a></p><p>` + english[2] + `</p>`
	storyBody(t, "a heading over one link, and over titles", kept, append([]string{"The board's plan", "Sea wall plan", "Further reading", "The storm of 1953"}, english...), nil)
}

// Pages in other languages label an ad's slot and set share and print
// buttons in their own words ("Anzeige", "Publicidad", "Compartir"); the
// label alone between paragraphs leaves the story, a sentence that holds
// the word stays.
func TestForeignButtonLabelsLeftOut(t *testing.T) {
	german := []string{
		"Der Hafen von Port Elwin ist am Donnerstag wieder geöffnet worden, drei Wochen nach dem Sturm, der zwei Kutter versenkt hatte.",
		"Die Fischer standen schon vor der Dämmerung am Kai, als die ersten Boote ausliefen, und der Hafenmeister sprach von einem guten Tag.",
		"Der Gemeinderat bezahlt eine neue Mauer am Ufer, doch die Arbeiten beginnen erst im Herbst, wenn die Gezeiten niedriger sind.",
	}
	body := `<p>` + german[0] + `</p><div class="ad-slot"><div class="ad-label">Anzeige</div><div id="ad-1"></div></div><p>` + german[1] +
		`</p><div class="tools"><p>Teilen</p><p>Drucken</p></div><p>Eine Anzeige im Amtsblatt hatte die Öffnung angekündigt.</p><p>` + german[2] + `</p><div class="slot"><span>Werbung</span></div>`
	html := page(`<meta charset="utf-8"><title>Hafen wieder offen</title>`, `<h1>Hafen wieder offen</h1>`+body)
	a, _, err := htmlpage.Parse([]byte(html))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []string{"Anzeige\n", "Teilen", "Drucken", "Werbung"} {
		if strings.Contains(a.Body+"\n", g) {
			t.Errorf("body keeps %q:\n%s", g, a.Body)
		}
	}
	for _, w := range append([]string{"Eine Anzeige im Amtsblatt"}, german...) {
		if !strings.Contains(a.Body, w) {
			t.Errorf("body lacks %q:\n%s", w, a.Body)
		}
	}
}
