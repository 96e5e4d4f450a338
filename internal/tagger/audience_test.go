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
