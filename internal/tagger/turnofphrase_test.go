package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A headline phrase of general words only that the body barely repeats
// ("Mistakes I Learned the Hard Way") is a turn of phrase, not what the page is about.
func TestTurnOfPhraseIsNoTopic(t *testing.T) {
	a := article.Article{
		Title:    "Seven Beekeeping Mistakes I Learned the Hard Way",
		Language: "en",
		Body: body(
			"I kept my first hive in a small backyard in Leeds, and beekeeping taught me more in one season than any book did. Most of these beekeeping mistakes cost me a colony, and I learned each of them the hard way.",
			"The first mistake was opening the hive on a cold morning. Bees cluster for warmth, and a long inspection chills the brood. Beekeeping guides warn about this, but I ignored them.",
			"The second mistake was skipping varroa checks. Varroa mites spread viruses through a colony, and by late summer the damage was done. Regular mite counts are the heart of good beekeeping.",
			"The third mistake was harvesting too much honey. A colony needs its stores for winter, and my bees starved by February. Leave at least twenty kilograms of honey in a hive in a northern climate.",
			"The fourth mistake was placing the hive in deep shade. Bees prefer morning sun, and a damp hive breeds disease. Beekeeping in shade meant chalkbrood every spring.",
			"The other mistakes were smaller: a poorly fitted queen excluder, a smoker that went out, and a swarm I missed in May. Each one taught me something about bees and about patience.",
			"Beekeeping rewards attention. Watch the entrance, count the mites, and leave the honey your bees need, and your colony will thank you.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"beekeeping mistakes"}, []string{"hard way"})
}
