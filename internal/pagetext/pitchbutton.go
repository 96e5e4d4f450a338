package pagetext

import "strings"

// A pitch box's button opens with a verb that asks the reader to act;
// beyond the calls to act that the classifier reads (ctaWords), a
// button may ask the reader to make an account ("Create free profile").
// These words open a story's own steps as often ("Create a seating
// chart"), so they count only where a button stands under copy.
var accountVerbs = toSet("create")

// opensWithAccountVerb reports a line whose first word is one of
// accountVerbs.
func opensWithAccountVerb(low string) bool { return opensWithWordIn(low, accountVerbs) }

// exclaims reports a line that ends with an exclamation mark, as a
// pitch's slogan does ("Shop the whole range with free shipping!").
func exclaims(text string) bool {
	return strings.HasSuffix(trimRightSet(text, " \"'”’"), "!")
}
