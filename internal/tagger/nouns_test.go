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

// The noun is no name either when the body capitalises it inside a
// sentence only as a word of longer names ("Harbor Tea", "Tea Garden
// Kettle"): those capitals are the names', and "tea" is still the topic.
func TestCommonNounInsideNames(t *testing.T) {
	a := kettleArticle()
	checkNames(t, tagNames(Tags(a)), []string{"tea"}, []string{"Tea"})
}

func kettleArticle() article.Article {
	return article.Article{
		Title:    "I Tried Six Kettles and Drank Far Too Much Tea",
		Language: "en",
		Body: body(
			"For a month I made every cup of tea in the house with a different kettle, and kept notes on how long each one took, how loud it was and how the tea tasted.",
			"The first was the Tea Garden Kettle, a squat steel model that boils a litre in just under four minutes. It whistles, which is charming the first week and less so after that.",
			"Next came a glass kettle from Harbor Tea, a shop that mostly sells loose tea and added a few kettles last year. You can watch the water boil, and the light inside turns blue while it heats.",
			"Tea needs water at the right heat. Green tea turns bitter when the water is too hot, and only two of the six kettles let me choose a temperature below boiling.",
			"The cheapest kettle boiled fastest but left a taste of plastic in the first few pots of tea. After a week of use the taste was gone, though I never quite trusted it.",
			"The Tea Garden Kettle kept the water warm for half an hour, which is handy for a second cup of tea, and its handle never got hot.",
			"Tea of the black kinds is easier: any kettle will do. The water should be at a full boil, and the tea should steep for three to five minutes before the leaves come out.",
			"Noise matters more than I expected. The loudest kettle could be heard two rooms away, and the quietest made no more sound than a pot of tea being poured.",
			"My favourite in the end was the glass kettle from Harbor Tea. It is slower than the others, but the temperature dial is accurate and the tea it made was the best I drank all month.",
			"Whichever kettle you choose, descale it once a month if your water is hard: the scale slows the kettle down and leaves flakes floating in the tea.",
		),
	}
}
