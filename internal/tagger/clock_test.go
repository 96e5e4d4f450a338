package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// The end of a clock time ("11:59 PM EST", "10 AM ET") is no name, however
// often a page of opening hours or deadlines writes it.
func TestClockTimeIsNoTag(t *testing.T) {
	a := article.Article{
		Title:    "Spring Seed Swap Returns to the Riverside Library",
		Language: "en",
		Body: body(
			"The Riverside Library's spring seed swap returns on Saturday, March 21, from 10 AM EST to 2 PM EST in the community room.",
			"Gardeners can bring seeds they saved last year and take home seeds from other growers. Tomatoes, beans and squash are usually the most popular.",
			"Registration closes Friday at 11:59 PM EST. Registration is free, but the library asks visitors to sign up so it can plan tables.",
			"Volunteers will give short talks on saving seeds at 11 AM EST and at 1 PM EST. Children can plant a seed in a paper pot to take home.",
			"The seed library, which lends seeds all year, now holds more than 300 varieties. Borrowers are asked to return seeds from their harvest in the autumn.",
			"The swap is run with the county garden club, whose members will answer questions about planting times and soil.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"Riverside Library"}, []string{"PM EST", "AM EST"})
}
