package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A headline word the body writes mostly in lower case, that opens a
// likely phrase of the headline ("Guitar" of "Starting Guitar Lessons"),
// is tagged as that phrase, not as the bare word. A name the body
// capitalises ("Tesla" of "Tesla Shares Fall") stays itself.
func TestModifierTaggedAsItsPhrase(t *testing.T) {
	lessons := article.Article{
		Title:    "A Beginner's Guide to Starting Guitar Lessons at Any Age",
		Language: "en",
		Body: body(
			"Guitar is one of the easiest instruments to start and one of the hardest to master. Whether you are eight or eighty, the guitar rewards a little practice every day.",
			"Why learn guitar? Playing guitar improves memory and coordination, and a guitar is easy to carry to a friend's house or a campfire.",
			"A nylon-string guitar is gentler on the fingers. A steel-string guitar sounds brighter. An electric guitar needs an amplifier but is easier to press.",
			"Guitar lessons with a teacher keep you honest. Ask a local music shop which guitar teachers they trust, and book a trial lesson.",
			"The first weeks of guitar are about chords. Your fingertips will hurt; that passes. Most beginners play a simple song on the guitar within a month.",
			"Keep your guitar on a stand, not in its case. A guitar you can see is a guitar you play. Ten minutes of guitar a day beats an hour once a week.",
			"Children learn guitar by ear and by imitation. Adults learn guitar faster in theory but worry more about mistakes. Guitar lessons suit both, at any age.",
		),
	}
	checkNames(t, tagNames(Tags(lessons)), []string{"guitar lessons"}, []string{"guitar", "Guitar"})

	shares := article.Article{
		Title:    "Tesla Shares Fall After Delivery Figures Miss Forecasts",
		Language: "en",
		Body: body(
			"Tesla shares fell 6% on Friday after the carmaker delivered fewer vehicles in the last quarter than analysts had expected.",
			"Tesla delivered 412,000 vehicles in the quarter, against forecasts of 440,000. Sales in China and Europe were weaker than a year earlier.",
			"Analysts said price cuts by rivals had hurt demand. Several makers sell electric cars for less than Tesla's cheapest model.",
			"Tesla said production of a new, cheaper model would start later this year. Investors have waited for it since 2023.",
			"The fall wiped about $60 billion off Tesla's market value. The shares are still up over the past twelve months.",
		),
	}
	checkNames(t, tagNames(Tags(shares)), []string{"Tesla"}, nil)
}
