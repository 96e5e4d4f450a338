package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A common noun the body points at ("this stage", "these stages") in a
// quarter of its mentions or more is a step of the page, not its subject;
// a subject the body names plainly keeps its tag.
func TestPointedWordIsNoTag(t *testing.T) {
	a := article.Article{
		Title:    "Building a Garden Pond: Stages and Costs",
		Language: "en",
		Body: body(
			"A garden pond takes a season to build, and most of the work happens before any water goes in. We split the work into five stages, and each stage has its own costs.",
			"## Planning",
			"The first stage is planning. In this stage you choose the place, the size and the depth of the garden pond, and check for pipes and cables. This stage costs nothing but time.",
			"## Digging",
			"Digging is the hardest stage. A pond of four square metres means two tonnes of soil to move. During this stage, hire a small digger if the ground is clay.",
			"## Lining",
			"A flexible liner suits most garden ponds. In this stage, lay a protective underlay first, then the liner, and fold it into the corners without stretching it.",
			"## Planting and filling",
			"Fill the garden pond slowly with rainwater if you can. In this stage, add oxygenating plants and marginal plants on the shelves.",
			"These stages take about six weekends for a pond of average size, and the costs of a garden pond depend mostly on the liner and the pump.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"garden pond"}, []string{"stage", "stages"})
}
