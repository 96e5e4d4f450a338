package pagetext

import (
	"strings"
	"testing"
)

// A story about newsletters, JavaScript or copyright says the word in its
// list items and subheadings: they stay in the body, while the page's own
// sign-up box, its note about scripts and its rights line stay out.
func TestStoryAboutAJunkWordKeepsItsItems(t *testing.T) {
	cases := []struct {
		name        string
		page        []string
		items, left []string
	}{
		{"newsletter", []string{"Blog", "How a village club grew its newsletter", "By Mara Quinn", "May 2, 2025",
			"When the club first sent its newsletter to members, only a dozen of them opened it, and most of those were the committee's own families.",
			"Two years on the newsletter reaches every member each month, and the committee says most of what changed cost nothing but a little patience.",
			"The editors agree that a newsletter is read for its first line, so they now spend longer on that line than on the rest of the issue put together.",
			"They settled on four habits:",
			"Send the newsletter on the same day each month",
			"Keep every newsletter short enough to read over tea",
			"End each newsletter with one question for members",
			"Name new members in the following issue",
			"The number of members who answer the closing question has tripled since the habits began, and several now write short pieces of their own.",
			"Sign up for our newsletter", "© 2025 Village Voice"},
			[]string{"Send the newsletter on the same day", "Keep every newsletter short", "End each newsletter with one question"},
			[]string{"Sign up for our newsletter"}},
		{"javascript", []string{"Tutorials", "Your first counter in JavaScript", "Updated 4 March 2026 by Ola Berg",
			"JavaScript is the language that lets a web page answer a click, and every browser in common use runs it without anything to install first.",
			"In this lesson we build a small counter and watch how JavaScript finds a button on the page and changes the number beside it.",
			"All you need is a text editor and a browser, and the finished JavaScript fits comfortably on a single screen of code.",
			"By the end you will know:",
			"How JavaScript hears a button click",
			"Why JavaScript waits for the page to load",
			"Where JavaScript files sit in a small project",
			"Begin with an empty page holding one button and one paragraph, then add a script at the bottom so the page is ready before the code runs.",
			"Please enable JavaScript to view the comments.", "More tutorials"},
			[]string{"How JavaScript hears a button click", "Why JavaScript waits", "Where JavaScript files sit"},
			[]string{"Please enable JavaScript"}},
		{"copyright", []string{"Law", "Villages argue over who owns the old photographs", "By Ruth Amsel", "June 9, 2026",
			"Families who lent old photographs to the village archive are now asking who holds the copyright in them, since the archive began selling prints.",
			"The archive says it bought the copyright from most donors decades ago, but several families insist they only lent the pictures for an exhibition.",
			"A lawyer advising the families said copyright in a photograph usually stays with whoever took it, unless it was sold in writing.",
			"Copyright questions the families raise",
			"They want to know whether a letter from the nineteen-sixties counts as a sale, and whether prints sold since then owe them anything.",
			"Copyright 2026 Valley Ledger Media Group", "Privacy policy"},
			[]string{"Copyright questions the families raise"},
			[]string{"Copyright 2026 Valley Ledger"}},
	}
	for _, c := range cases {
		a, _ := mustParse(t, dump(c.page...))
		for _, it := range c.items {
			if !strings.Contains(a.Body, it) {
				t.Errorf("%s: the body lacks the item %q:\n%s", c.name, it, a.Body)
			}
		}
		wantLeftOut(t, a.Body, c.left)
	}
}
