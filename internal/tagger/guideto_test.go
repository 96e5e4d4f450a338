package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// The phrase a headline's guide is to ("A Complete Guide to Garden Pond
// Liners and Pumps") is a noun phrase, the page's subject when the body
// writes it again, not a verb and its object as after "How to".
func TestGuideToPhrase(t *testing.T) {
	a := article.Article{
		Title:    "A Complete Guide to Garden Pond Liners and Pumps",
		Language: "en",
		Body: body(
			"A garden pond lives or dies by two parts you never see once it is full: the liner that holds the water and the pump that keeps it moving.",
			"## Liners",
			"Flexible liners of rubber suit most garden pond shapes. They last twenty years or more, fold into corners and are easy to patch. Rigid liners are quicker to fit but come in few shapes and sizes.",
			"Measure the length and width of the hole and add twice the depth to each, plus half a metre for the edges, before you order a liner.",
			"## Pumps",
			"A pump should move the whole volume of a garden pond once every two hours. Pumps for fountains need more lift than pumps that only feed a filter.",
			"Put the pump on a brick off the floor of the pond, so that it does not draw in the silt, and clean its inlet every month in summer.",
			"With the right liner and pump, a garden pond needs little more than a clean-out every few years.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"garden pond"}, nil)
}
