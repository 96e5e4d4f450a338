package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A word the body writes once, at the start of a sentence, and never
// capitalised inside one is no name, though the Title Case headline
// capitalises it too ("Practical" of "The Most Practical Shifts in
// Beekeeping"): where every word takes a capital, a capital says nothing.
func TestLoneStartWordIsNoName(t *testing.T) {
	a := article.Article{
		Title:    "What Are the Most Practical Shifts in Beekeeping This Year?",
		Language: "en",
		Body: body(
			"Practical changes in hive care are giving beekeepers more ways to keep colonies healthy through the winter. Some of these include new feeding schedules, mite counts and better ventilation.",
			"Mite counts tell a keeper when a colony needs treatment. A count every two weeks in late summer catches most outbreaks before they spread.",
			"Feeding schedules have changed too: many keepers now feed a thick syrup in early autumn and leave the bees alone after the first frost.",
			"Ventilation matters more than warmth. A hive with a small opening at the top loses less heat to damp than a sealed one does.",
			"Keepers who kept notes on their hives for a whole year found the changes easy to follow and said their colonies came out of winter stronger.",
		),
	}
	checkNames(t, tagNames(Tags(a)), nil, []string{"Practical"})
}

// A person's full name written once, at the start of a sentence, is still
// a name when a headline in sentence case capitalises it.
func TestLoneStartPersonKeepsName(t *testing.T) {
	a := article.Article{
		Title:    "Harbour festival picks short-film curator Orla Quenby as director",
		Language: "en",
		Body: body(
			"The board of the harbour festival had one name in mind for its next director: Orla Quenby, best known for the festival's short-film programme.",
			"This will be Quenby's second festival. She ran a small documentary week in the capital before she came to the harbour six years ago.",
			"The board said the festival would stay in the old harbour sheds. Quenby's first programme opens next autumn, with a week of screenings for schools.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"Orla Quenby"}, []string{"Quenby"})
}
