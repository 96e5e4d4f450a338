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

// A headline phrase after "for a" that the body barely repeats ("for a
// Restful Night") is the end the page's advice promises, not its subject.
func TestPromisedEndIsNoTopic(t *testing.T) {
	a := article.Article{
		Title:    "Eight Evening Stretches for a Restful Night",
		Language: "en",
		Body: body(
			"A few minutes of gentle stretching before bed loosens the muscles a long day at a desk tightens. These evening stretches take ten minutes in all, and together they make a restful night more likely.",
			"Start with a standing forward fold. Let the head hang and the knees bend a little, and breathe slowly for a minute. Evening stretches work best when the breath stays calm.",
			"Next, a seated twist. Sit cross-legged, place one hand behind you and turn gently, then switch sides. Twists ease the lower back after hours of sitting.",
			"The cat and cow stretch follows. On hands and knees, round the back, then let it sag, in time with the breath. Ten rounds are enough.",
			"Child's pose is the fourth of the evening stretches. Kneel, sit back on the heels and reach the arms forward on the floor. Stay for a minute or two.",
			"A figure-four stretch opens the hips. Lying on the back, cross one ankle over the other knee and draw the legs in. Hold each side for thirty seconds.",
			"Legs up the wall comes next: lie down with the legs resting against a wall. It calms the body and eases tired feet.",
			"Finish with a supine twist and a few slow breaths. Do these evening stretches most nights for a week and notice how quickly sleep comes.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"evening stretches"}, []string{"restful night"})
}
