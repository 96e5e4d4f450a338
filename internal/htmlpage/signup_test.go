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

// A sales team's lead form (a name, a company and a telephone number
// besides the email address) comes in a larger box than a newsletter's:
// a heading, a list of what the product does, a customer's praise of it
// and the form's own labels. The whole box leaves the story; a short
// story in one container with such a form keeps its own text.
func TestLeadFormBoxLeftOut(t *testing.T) {
	box := `<div class="demo-box"><div class="demo-pitch"><img src="/logo.png" alt=""><h3>Survey Scheduling Made Simple: For Harbour Masters</h3>` +
		`<ul><li>Built for harbours with more than fifty berths.</li><li>Verified surveyors matched to every vessel you book in.</li><li>Save hours every week with reminders sent to skippers before each inspection.</li><li>Every certificate filed where the insurers and the coastguard can read it.</li></ul>` +
		`<div class="demo-quote"><h4>Harbour Master</h4><h3>Peter Quill</h3><p>Port Elwin Marina</p>` +
		`<p><q>We have cut the time our office spends chasing survey certificates by more than half since the first month, and the skippers like the reminders.</q></p>` +
		`<p>Port Elwin Marina now books 900 surveys a year through the scheduler, for fishing boats, ferries and yachts, with reminders sent to skippers a week before.</p></div></div>` +
		`<form class="demo-form"><fieldset><legend>Book a Demo This Month</legend>` +
		`<label>First name<input type="text" name="first_name" placeholder="First Name*"></label><label>Last name<input type="text" name="last_name" placeholder="Last Name*"></label>` +
		`<label>Work email<input type="email" name="email" placeholder="Work Email*"></label><label>Marina<input type="text" name="company" placeholder="Marina or Harbour*"></label>` +
		`<label>Telephone<input type="tel" name="phone" placeholder="Phone*"></label><label><input type="checkbox" name="owner"> I manage a harbour or marina</label>` +
		`<p>By booking a demo you agree to be contacted by our sales team about the scheduler and to our terms of use and privacy notice.</p>` +
		`<button>Book Your Free Demo</button><p>Not sure yet? Read more about the scheduler and what it costs.</p></fieldset></form></div>`
	storyBody(t, "a lead form's box", "<p>"+english[0]+"</p><p>"+english[1]+"</p>"+box+"<p>"+english[2]+"</p>", english,
		[]string{"Made Simple", "Verified surveyors", "cut the time our office", "900 surveys", "Book a Demo"})
	storyBody(t, "a short story in one box with a lead form", `<div class="story"><p>`+english[0]+`</p><p>`+english[1]+`</p><p>`+english[2]+`</p>`+
		`<form><input type="text" name="name"><input type="text" name="company"><input type="email" name="email"><input type="tel" name="phone"><button>Call me</button></form></div>`,
		english, nil)
}
