package htmlpage_test

import "testing"

// A box between a story's paragraphs that pitches the site's own product
// with a heading, a line of copy and a button ("Get started"), and a
// quote widget with a button to follow the share, leave the story; a
// story's accordion, whose question is a button, keeps its question and
// answer.
func TestPitchBoxWithButtonLeftOut(t *testing.T) {
	cta := `<div class="cta_box"><div class="cta_content"><h3 class="cta_title">Run a calmer boatyard</h3>` +
		`<p class="cta_text">Plan every haul-out from one screen with the yard planner.</p><button type="button">Get started</button></div>` +
		`<div class="cta_art"><img src="/yard.png" alt="Run a calmer boatyard"></div></div>`
	quote := `<div class="quote-card"><div class="quote-head"><h4>Harbour Freight Group</h4><button>Follow</button></div>` +
		`<div>Today's change (0.47%) $1.21 Current price $59.06</div></div>`
	story := `<p>` + english[0] + `</p>` + cta + `<p>` + english[1] + `</p>` + quote + `<p>` + english[2] + `</p>`
	storyBody(t, "a product's box and a quote card", story, english, []string{"calmer boatyard", "yard planner", "Get started", "Today's change", "Harbour Freight Group"})

	faq := `<p>` + english[0] + `</p><p>` + english[1] + `</p><h2>Questions</h2><div class="faq"><h3><button aria-expanded="false" aria-controls="a1">When does the ferry run?</button></h3>` +
		`<div id="a1" hidden><p>Every hour from seven until dusk.</p></div></div><p>` + english[2] + `</p>`
	storyBody(t, "an accordion", faq, append([]string{"When does the ferry run?", "Every hour from seven until dusk."}, english...), nil)
}

// A box that asks the reader to subscribe or support the site with a
// link drawn as a button (a "btn" class, role=button) leaves the story as
// a <button>'s does, in any language; a link in the story's own words
// stays.
func TestPitchBoxWithButtonLinkLeftOut(t *testing.T) {
	for _, link := range []string{`<a class="btn btn-primary" href="/assinar">Assinar agora</a>`, `<a role="button" href="/steun">Word vriend</a>`,
		`<a class="wp-block-button__link" href="/join">Join today</a>`} {
		box := `<div class="promo"><h3>Support the Elwin Post</h3><p>Every story from the harbour, for less than a coffee a week.</p>` + link + `</div>`
		story := `<p>` + english[0] + `</p><p>` + english[1] + `</p>` + box + `<p>` + english[2] + `</p>`
		storyBody(t, "a pitch with "+link, story, english, []string{"Support the Elwin Post", "less than a coffee", "Assinar", "vriend", "Join today"})
	}
	kept := `<p>` + english[0] + `</p><div><h3>Where to watch</h3><p>The harbour master posts the tide tables <a href="/tides">on the quay</a> each morning.</p></div><p>` + english[1] + `</p>`
	storyBody(t, "a plain link", kept, []string{"Where to watch", "on the quay"}, nil)
}
