package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A headline joining a thing and what is done to it ("seed library
// cataloguing"), each written apart in the body, gives both as tags.
func TestHeadlinePiecesWrittenApartAreTwoTags(t *testing.T) {
	a := article.Article{
		Title:    "Guide to community seed library cataloguing: what to record and why",
		Language: "en",
		Body: body(
			"A community seed library lends seeds the way a book library lends books. Gardeners take a packet in spring and bring back seeds from their harvest in autumn. Every seed library we visited for this guide started with a shelf and a notebook.",
			"Library cataloguing is where most of them struggle. Good cataloguing records the variety, the grower, the year of harvest and how the seeds were kept. Without library cataloguing, nobody knows which packets are still alive.",
			"The oldest seed library in our region keeps its records on cards. A newer seed library uses a spreadsheet that volunteers update after every swap day. Both approaches work if the cataloguing is done the same way every time.",
			"We asked volunteers what they wish they had known. Most said they would have planned their library cataloguing before the first swap, not after. One said a seed library is only as good as its records.",
			"Start small: pick five fields, write them down, and make every volunteer use them. Cataloguing can grow later, and your seed library will thank you.",
		),
	}
	got := tagNames(Tags(a))
	checkNames(t, got, []string{"seed library", "library cataloguing"}, nil)
}
