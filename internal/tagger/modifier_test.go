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

// A lower-case word of the headline that opens a likely phrase of it
// ("drone" of "drone regulation") and that the body writes on its own at
// least twice as often as the phrase is the field the phrase is one side
// of: both are tagged. A word the body writes mostly inside the phrase
// ("sourdough" of "sourdough starter") is only its modifier.
func TestBroadModifierTaggedBesideItsPhrase(t *testing.T) {
	drones := article.Article{
		Title:    "How drone regulation changed in 2025: a look back",
		Language: "en",
		Body: body(
			"Twenty twenty-five was the year governments stopped improvising. Drone regulation used to be a patchwork of temporary permits and local bans; now most large markets have written rules, and operators can plan around them.",
			"In Europe, every drone heavier than a small toy needs a registered operator, and the rules for flying near people were tightened. Makers must label each model with its class, and the class decides where it may fly and who may fly it.",
			"In the United States, remote identification became mandatory in the spring. A drone without it may no longer fly in most airspace, and operators who ignore the rule face fines. The aviation authority also opened a faster route for waivers, which commercial pilots had asked for since 2019.",
			"Several Asian markets followed. Japan expanded the zones where a drone may fly beyond sight of its pilot, and delivery trials moved from test fields to real routes between towns. Singapore and South Korea published common test standards for makers.",
			"Drone regulation in Africa moved more slowly, but Rwanda and Ghana, which pioneered medical deliveries, wrote their permits into law, so that the services no longer depend on one-off exemptions.",
			"For businesses, the new rules bring clarity. A company that flies a drone for inspections or deliveries now knows which licence it needs and what insurance to carry. Insurers, in turn, have started to price cover by class and by route rather than case by case.",
			"Hobby pilots, too, can check in minutes whether their drone may fly in a park. Apps now show restricted zones, and the registration number fits on a sticker.",
			"Not everything is settled. Privacy groups say the rules say little about cameras, and city councils want a say over low-altitude routes. The drone industry expects another round of drone regulation in 2026, this time about traffic management: how thousands of machines share the same sky safely, and who pays for the systems that keep them apart.",
		),
	}
	checkNames(t, tagNames(Tags(drones)), []string{"drone regulation", "drone"}, nil)

	starter := article.Article{
		Title:    "Keeping a Sourdough Starter Alive Through the Winter",
		Language: "en",
		Body: body(
			"A sourdough starter slows down in a cold kitchen. The yeast and bacteria in the jar need warmth to stay active, and a sourdough starter left by a draughty window can take days to rise.",
			"The simplest fix is a warmer spot. On top of the fridge, near a radiator but not on it, a sourdough starter will double again within hours. An oven with only the light on works as well.",
			"Feed it more often. A sourdough starter that is fed twice a day in winter keeps its tang and its strength. Use flour at room temperature, and lukewarm water.",
			"If you bake only at weekends, keep the sourdough starter in the fridge during the week and feed it once. Take it out the night before baking, feed it, and let it wake up.",
			"A sluggish sourdough starter is rarely dead. Patience, warmth and regular feeding bring it back, and the bread you bake from it in spring will taste all the better. Sourdough bakers everywhere go through the same slow months.",
		),
	}
	checkNames(t, tagNames(Tags(starter)), []string{"sourdough starter"}, []string{"sourdough"})
}
