package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// The owner of a guide in the headline ("The Weekend Gardener's Guide to
// …") is whom the guide is for; the subject is what it is a guide to.
func TestGuideOwnerIsNoTopic(t *testing.T) {
	a := article.Article{
		Title:    "Weekend Gardener’s Guide To Compost Heaps",
		Language: "en",
		Body: body(
			"A compost heap turns kitchen scraps and garden waste into the best soil you can get, and it costs nothing but a corner of the garden and a little patience.",
			"Start the compost heap on bare soil so worms can find it. Layer green waste, such as grass and peelings, with brown waste, such as leaves and cardboard.",
			"A weekend gardener can keep a compost heap going with an hour a week: turn it with a fork, add water when it is dry and cover it when it rains hard.",
			"Keep meat, dairy and cooked food out of the compost heap; they smell and draw rats. Eggshells, coffee grounds and tea leaves are all fine.",
			"After six months to a year the bottom of the heap is dark and crumbly. Dig it into the beds in autumn, and start the next compost heap beside the first.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"compost heap"}, []string{"weekend gardener"})
}

// Who tested or reviewed the page, named after "by" or "according to"
// in its headline, is no subject: the page is about what they tested.
func TestHeadlineVoucherIsNoTopic(t *testing.T) {
	a := article.Article{
		Title:    "The 8 Best Trail Running Shoes of 2026, Tested by Ultrarunners",
		Language: "en",
		Body: body(
			"We ran more than 600 miles in trail running shoes this winter, on mud, scree and packed dirt, to find the pairs worth buying.",
			"Trail running shoes differ from road shoes in three ways: a lugged outsole that grips loose ground, a rock plate that keeps sharp stones from bruising the foot, and an upper that drains quickly after a creek crossing.",
			"Our testers are ultrarunners who log fifty miles a week. Each ultrarunner wore every pair for at least forty miles before scoring grip, comfort and durability.",
			"The Kestrel Ridge 4 was the favourite. Its lugs bit into wet clay better than any other trail running shoe we tried, and the upper held up after a month of rocky descents.",
			"The Solvang Dash is lighter and suits fast runners on dry trails, but its thin outsole wore smooth after 200 miles.",
			"How we chose: every shoe was bought at retail, and the ultrarunners who tested them had no contact with the brands.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"trail running shoes"}, []string{"ultrarunners", "ultrarunner"})
}
