package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A capitalised run that opens with a word in "-ly" ("Weekly Rates") and
// that the body writes in lower case as often is no name: a phrase of the
// page's trade, which fails the noun-phrase check topics pass.
func TestDescribingRunIsNoName(t *testing.T) {
	a := article.Article{
		Title:    "2025 Dog Walking Price Guide & Weekly Rate Comparison",
		Language: "en",
		Body: body(
			"Dog walking prices vary a lot from one town to the next. This guide compares weekly rates for dog walking across twelve towns, so owners know what a fair price looks like.",
			"Our Weekly Rates table lists what a walker charges for five walks a week. The weekly rates include the walk itself, the pick-up and a short note for the owner.",
			"Dog walking costs more in cities, where walkers spend more time in traffic. In small towns the weekly rates are lower, but there are fewer walkers to choose from.",
			"How Weekly Rates Are Set: most walkers start from an hourly price and give a discount for a fixed week. Weekly rates for two dogs are rarely double the rate for one.",
			"Dog walking with a group is cheaper than a walk alone. Group walks cut the weekly rates by a third, though some dogs do not enjoy the company.",
			"Before you sign, ask the walker about insurance and keys. A good dog walking service answers both questions at once and puts its Weekly Rates in writing.",
		),
	}
	checkNames(t, tagNames(Tags(a)), nil, []string{"Weekly Rates", "Weekly Rate"})
}
