package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A sentence adverb that opens a sentence before a name ("Unfortunately
// Velmora had a dry winter") is no part of the name: the page gets no tag
// "Unfortunately Velmora".
func TestAdverbOpensNoName(t *testing.T) {
	a := article.Article{
		Title:    "Why Tea Prices Keep Rising",
		Language: "en",
		Body: body(
			"Tea prices rose again this month, the fifth rise in a row. Traders blame poor harvests in Velmora and higher shipping costs.",
			"Unfortunately Velmora had a dry winter, and its growers picked fewer leaves than planned. Growers in Velmora make about a third of the world's tea.",
			"Surprisingly Ostrand, the second largest grower, saw floods in its highlands. Growers in Ostrand lost part of the crop to rot.",
			"Roasters have raised the price of a box of tea by a tenth. Cafes have followed, and a pot now costs more in most cities.",
			"Analysts expect prices to stay high until the next harvest in Velmora, which starts in May. Traders will watch the weather in Velmora and Ostrand closely.",
		),
	}
	checkNames(t, tagNames(Tags(a)), nil, []string{"Unfortunately Velmora", "Surprisingly Ostrand"})
}
