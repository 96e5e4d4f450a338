package pagetext

import "testing"

// A question to the reader glued to the button under it ("Want to see the
// new timetable? Learn more here.") leaves the body wherever it stands in
// the story; a question the story answers in its own words stays, as do
// the story's paragraphs around it.
func TestQuestionButtonLeavesBody(t *testing.T) {
	pitches := []string{
		"Want to see how the ferry app works? Learn more here.",
		"Ready to plan your crossing? Get started today.",
		"Curious what other commuters say about us? See reviews.",
		"Looking for a quieter way to cross the harbour? Learn More ❯",
		"Need a ride while the bridge is shut? Learn more about FerryPass.",
	}
	kept := []string{
		"Ready to hear how the repairs will go? Let's dive in.",
		"Want more detail on the closures? Check out the council's notes below:",
		"Who will pay for the repairs? The council and the port, in equal shares.",
	}
	checkLinesLeave(t, (*page).dropQuestionButtons, pitches, kept, "the site's question and button")
}
