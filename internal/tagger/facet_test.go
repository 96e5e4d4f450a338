package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A common noun the headline capitalises right after a subject the page
// is tagged with ("Composition" of "Harbour Photography Composition") is
// the side of that subject the page treats, not a tag beside it; a word
// after headline words that make no tag keeps its own bar.
func TestFacetWordAfterTag(t *testing.T) {
	a := facetArticle()
	tags := Tags(a)
	wantTags(t, tags, []string{"harbour photography"}, []string{"Composition", "composition"})
}

func facetArticle() article.Article {
	return article.Article{
		Title:    "Guide to Harbour Photography Composition: A Four-Step Method",
		Language: "en",
		Body: body(
			"Harbour photography rewards patience more than gear. The light over the water changes every few minutes, and the boats never sit where you want them, so composition is the part of harbour photography you can plan before you leave home.",
			"Start with the horizon. In harbour photography the horizon is usually the longest line in the frame, and a tilted one ruins an otherwise fine composition faster than any other mistake.",
			"Next, find a subject in the foreground. A bollard, a coil of rope or a moored dinghy gives the eye somewhere to land, and the composition reads from near to far.",
			"Then look for leading lines. Piers, railings and the wakes of boats all pull the viewer into the picture; a good composition uses one of them and leaves the others out.",
			"Finally, simplify. Most weak harbour photography tries to show the whole quay at once. Step closer, leave out the clutter, and let the composition breathe.",
			"Composition in harbour photography is mostly subtraction: each composition improves when one more boat leaves the frame.",
			"Harbour photography at dusk needs a slower shutter, and the composition should hold still while the water blurs. Our Composition guide covers the tripod, since a tripod keeps the composition steady and a steady composition is sharp.",
			"Our Composition workshop meets on the quay every Saturday morning, and harbour photography beginners are welcome to bring any camera they own.",
		),
	}
}
