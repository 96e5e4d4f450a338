package htmlpage_test

import (
	"testing"
)

// A pop-up saved shut in the story's container (a box that tells how the
// site checks its stories, set in an element whose class names a modal,
// or one whose role is dialog) leaves the story; a wrapper a page marks
// "modal-open" while a pop-up shows keeps the story it holds.
func TestDialogsLeaveStory(t *testing.T) {
	popup := `<div class="hero-byline"><span>By Jane Doe</span><button aria-label="How we check">Checked</button>` +
		`<div class="pop-wrap"><div class="xq-modal xq_7fa"><div class="xq-modal__head"><span>Our Review Network</span><button>Close</button></div>` +
		`<p>The Harbour Gazette is committed to stories that are accurate and useful. To that end we have built a network of harbour masters, engineers and skippers who read our guides before they are published.</p>` +
		`<p>Drawing on their years at sea, the members of our review network are one more step in our editing, helping us make sure that every guide is correct and up to date.</p>` +
		`<p>Members of the review network work full time in their trade and read our guides as a side project, for a fee.</p></div></div></div>`
	storyBody(t, "a modal in the story's container", popup+paragraphs(english...), english,
		[]string{"Our Review Network", "committed to stories", "one more step in our editing", "as a side project"})

	dialog := `<div role="dialog" aria-label="Leaving"><p>You are about to leave the Harbour Gazette's website for a site run by another company, whose privacy policy and terms of use differ from ours and which we do not check.</p><button>Go on</button></div>`
	storyBody(t, "an element whose role is dialog", paragraphs(english[:2]...)+dialog+paragraphs(english[2]), english,
		[]string{"You are about to leave"})

	open := `<div class="page modal-open"><h1>Harbour reopens after the storm</h1>` + paragraphs(english...) + `</div>`
	storyBody(t, "a wrapper marked while a pop-up shows", open, english, nil)
}
