package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A common noun the title capitalises ("Memory" of "Varga on Memory") and
// the body writes in lower case, but once at the start of a sentence, is
// the page's topic: its mentions in lower case count, and it is tagged
// in lower case.
func TestCommonNounCapitalisedInTitle(t *testing.T) {
	a := article.Article{
		Title:    "Varga on Memory",
		Language: "en",
		Body: body(
			"In her new book the philosopher Ilona Varga asks what we owe to memory, and why a society that forgets its past repeats it. Her answer is slower and stranger than the usual one.",
			"Varga argues that memory is not a store of facts but a habit of attention. What we remember depends on what we practised noticing, and a memory that nobody rehearses fades within a generation.",
			"She draws on letters kept in the Lindqvist Archive in Uppsala, where families wrote down the floods of the last century. The letters show memory drifting: each retelling moved the water higher and the rescue earlier.",
			"That drift, Varga says, is not a failure of memory but its work. A shared memory is edited so that it can be carried, and the editing tells us what a town needed to believe.",
			"Critics will say the book asks too much of memory. Varga anticipates them: a person can check a diary, but a village has only its stories, and its memory is the only record it keeps of itself.",
			"The last chapters turn to schools. Children, she writes, learn memory as a list of dates, when they could learn it as a craft of keeping, comparing and retelling.",
			"Whether or not one accepts the argument, the book is a careful account of how memory works in common life, and Varga writes about it with patience and wit.",
		),
	}
	checkNames(t, tagNames(Tags(a)), []string{"memory"}, []string{"Memory"})
}
