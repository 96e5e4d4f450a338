package htmlpage_test

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/htmlpage"
)

// A sign-up box between a story's paragraphs, whatever its class, is
// found by its field for an email address: its pitch, its small print and
// its thanks leave the story with the field. A story whose container
// holds such a field keeps its own text.
func TestSignupBoxLeftOut(t *testing.T) {
	box := func(field string) string {
		return `<div class="panel-x"><div class="panel-head"><p>Tide tables, in your inbox.</p><p>Get the Harbour Letter every Friday morning.</p></div>` +
			`<form action="/join">` + field + `<button>Join</button></form>` +
			`<div class="small"><p>By entering your address you agree to our terms of use and consent to receive emails from us.</p></div>` +
			`<p class="done">You're in! Look out for the first letter on Friday.</p></div>`
	}
	for _, c := range []struct {
		name, story string
		gone        []string
	}{
		{"a field of type email", "<p>" + english[0] + "</p><p>" + english[1] + "</p>" + box(`<input type="email" placeholder="Your address">`) + "<p>" + english[2] + "</p>",
			[]string{"Harbour Letter", "in your inbox", "agree to our terms", "You're in"}},
		{"a text field named for an email", "<p>" + english[0] + "</p><p>" + english[1] + "</p>" + box(`<input type="text" name="subscriber_email">`) + "<p>" + english[2] + "</p>",
			[]string{"Harbour Letter", "agree to our terms", "You're in"}},
		{"a short story in one box with the field", `<div class="story"><p>` + english[0] + `</p><p>` + english[1] + `</p><p>` + english[2] + `</p>` +
			`<form><input type="email"><button>Join</button></form></div>`, nil},
	} {
		html := page(`<title>Harbour reopens after the storm</title>`, "<h1>Harbour reopens after the storm</h1>"+c.story)
		a, _, err := htmlpage.Parse([]byte(html))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, g := range c.gone {
			if strings.Contains(a.Body, g) {
				t.Errorf("%s: body keeps %q:\n%s", c.name, g, a.Body)
			}
		}
		for _, p := range english {
			if !strings.Contains(a.Body, p) {
				t.Errorf("%s: body lost %q:\n%s", c.name, p, a.Body)
			}
		}
	}
}
