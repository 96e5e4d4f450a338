package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A story whose rest waits behind a "Continue reading" button keeps it:
// the hidden paragraphs after its opening ones are its text, however the
// page hides them. A hidden menu or dialog stays out.
func TestHiddenContinuationOfTheStory(t *testing.T) {
	more := []string{
		"Insurers have paid for most of the damage to the market, though two stall holders are still waiting for an assessor to call.",
		"The lifeboat crew, who worked through the night of the storm, will be thanked at a ceremony in the town hall next week.",
		"Boats that wintered in the south are expected back within the month, the harbour master added, once the buoys are in place again.",
	}
	rest := "<p>" + strings.Join(more, "</p><p>") + "</p>"
	for name, wrap := range map[string]string{
		"hidden attribute": `<div class="rest" hidden>%s</div>`,
		"inline style":     `<button>Continue reading</button><div class="rest" style="display: none">%s</div>`,
		"aria-hidden":      `<div class="rest" aria-hidden="true">%s</div>`,
	} {
		data := page(`<title>Harbour reopens after the storm</title>`, `<h1>Harbour reopens after the storm</h1>`, english...)
		data = strings.Replace(data, "</article>", strings.Replace(wrap, "%s", rest, 1)+"</article>", 1)
		a, _, err := htmlpage.Parse([]byte(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(a.Body, english[2]) || !strings.HasSuffix(a.Body, more[2]) {
			t.Errorf("%s: body %q, want the hidden paragraphs after the story's", name, a.Body)
		}
	}
	menu := `<div class="drawer" hidden><p><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a> <a href="/opinion">Opinion</a></p><p><a href="/about">About us</a> <a href="/jobs">Jobs</a></p></div>` +
		`<div class="modal" style="display:none"><p>Sign up for our newsletter.</p><p>Every morning, the news from the coast.</p></div>`
	data := page(`<title>Harbour reopens after the storm</title>`, `<h1>Harbour reopens after the storm</h1>`, english...)
	data = strings.Replace(data, "</article>", menu+"</article>", 1)
	if a, _, err := htmlpage.Parse([]byte(data)); err != nil || strings.Contains(a.Body, "Sport") || strings.Contains(a.Body, "newsletter") {
		t.Errorf("a hidden menu or dialog read as the story: %q, %v", a.Body, err)
	}
}
