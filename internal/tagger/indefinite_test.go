package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A capitalised run the body writes only after "a" or "an" ("Advice from
// a Retired Ranger:" over each tip) is a common noun in capitals, one of a
// kind, not a name the page is about.
func TestIndefiniteRunIsNoName(t *testing.T) {
	a := article.Article{
		Title:    "Is a career in park management right for you?",
		Language: "en",
		Body: body(
			"Park management looks like a quiet job from the outside: long walks, a hut by the lake and the odd lost hiker. The work behind it is planning, budgets and people, and park management suits some people far better than others.",
			"Advice from a Retired Ranger: learn the budget before you learn the trails. Most of park management happens at a desk, and the people who enjoy it like numbers as much as they like trees.",
			"Park management also means dealing with the public every single day. Visitors complain about parking, fees and closed paths, and someone has to answer each letter politely and on time.",
			"Advice from a Retired Ranger: say yes to the night shifts early on. You learn more about a park in one long night than in a month of days, and the senior staff notice who volunteers.",
			"The pay in park management is modest, but the posts are steady and the pensions are good. Many rangers stay thirty years in the same valley and would not trade the view for a bigger salary.",
			"Advice from a Retired Ranger: keep a notebook of every bird you see. It sounds quaint, yet the records help the park's scientists, and it keeps you looking closely at the land you manage.",
			"If long days outside, slow budgets and patient visitors sound like a fair trade, park management may be a good fit. If not, there are many other ways to work with nature.",
		),
	}
	checkNames(t, tagNames(Tags(a)), nil, []string{"Retired Ranger"})
}

// A name the body writes after "a" only now and then ("a Tesla" beside
// "Tesla said") is still a name.
func TestIndefiniteOnceKeepsName(t *testing.T) {
	a := article.Article{
		Title:    "Why Corvane bikes keep winning city commuters",
		Language: "en",
		Body: body(
			"Corvane has sold more electric bikes in the city this year than any other maker, and its riders are loyal. Buying a Corvane has become a habit in some offices, where half the staff ride one to work.",
			"The company said its frames are built to last ten years. Corvane also repairs every bike it sold in its own shops, which few rivals do, and the repairs are cheap.",
			"Riders like the batteries most. A Corvane battery lasts a full week of commuting for most people, and a spare costs less than a month of bus fares.",
			"Corvane plans two more shops next spring, one near the station and one by the university, where students have asked for a repair shop for years.",
			"Rivals are cutting prices to keep up, but Corvane says it will not follow: its buyers pay for the service, not for the lowest price.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"Corvane"}, nil)
}
