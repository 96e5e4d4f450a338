package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

func tagNames(tags []article.Tag) []string {
	var out []string
	for _, tg := range tags {
		out = append(out, tg.Name)
	}
	return out
}

// A page about a topic its headline names in other words: the body
// stresses "soil erosion" from its first paragraph to its last.
func TestBodyTopic(t *testing.T) {
	got := tagNames(Tags(bodyTopicArticle()))
	checkNames(t, got, []string{"soil erosion"}, []string{"harvest", "winter", "fields"})
}

func bodyTopicArticle() article.Article {
	return article.Article{
		Title:    "What the hills of Larchmoor are losing",
		Language: "en",
		Body: body(
			"Farmers on the slopes above Larchmoor have watched soil erosion strip their fields for a decade, and three villages are now trying to slow it.",
			"Soil erosion starts with bare ground. After the harvest the fields lie open through the winter rains, and the topsoil runs down the furrows into the river.",
			"The villages planted hedges along the contours last spring. Where the hedges stand, the water slows and the soil stays; where they do not, the gullies grow every month.",
			"Mara Quill, who farms forty acres on the steepest slope, said the cover crops had done more than anything else. Her neighbours sowed rye and clover after the harvest.",
			"The regional office measured the loss of topsoil on twelve fields. On the fields with hedges and cover crops, soil erosion fell by half in one year.",
			"The river below the village carries the loss downstream. Fishermen at the estuary say the water turns brown for days after each storm, and the spawning beds of the trout fill with silt.",
			"Engineers from the county suggested stone terraces instead, as the old farms had a century ago. The villages chose hedges because they cost less and give shelter to the sheep.",
			"Schoolchildren from Larchmoor helped to plant the first rows. Their teacher said the pupils now measure the gullies each month and post the results on the wall of the village hall.",
			"Not every farmer is convinced. Some say the hedges take land they need, and that the rains of the last two winters were unusually heavy.",
			"Still, the villages will plant another four kilometres of hedges this winter. Quill said the fight against soil erosion would take a generation, not a season.",
		),
	}
}

// A topic is a noun phrase: a headline's "highly effective" or "fully
// automated" describes, and is never a tag; "vibe coding" is a topic.
func TestNounPhrase(t *testing.T) {
	for key, want := range map[string]bool{
		"soil erosion":       true,
		"vibe coding":        true,
		"skiplagging":        true,
		"highly effective":   false,
		"fully automated":    false,
		"truly":              false,
		"tool dangerous":     false,
		"heat pump":          true,
		"collaboration tool": true,
	} {
		if got := nounPhrase(key); got != want {
			t.Errorf("nounPhrase(%q) = %v, want %v", key, got, want)
		}
	}
}
