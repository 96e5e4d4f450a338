package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A name and a topic that are two overlapping pieces of one headline run
// ("Brand Strategy" and "strategy agencies" of "Best Brand Strategy
// Agencies") are one subject: the second is no tag of its own.
func TestHeadlinePiecesAreOneTag(t *testing.T) {
	a := article.Article{
		Title:    "12 Best Brand Strategy Agencies in 2026",
		Language: "en",
		Body: body(
			"Brand Strategy is the work of deciding what a company stands for before anyone designs a logo. The strategy agencies below do Brand Strategy for companies of every size, from start-ups to banks.",
			"We compared the strategy agencies on their Brand Strategy work, their prices and what their clients say. Most strategy agencies charge by the project; a few take a monthly retainer.",
			"## 1. Northfield Partners",
			"Northfield Partners runs Brand Strategy workshops for founders. Among strategy agencies it is the cheapest for small companies, with projects from five thousand dollars.",
			"## 2. Larkspur Studio",
			"Larkspur Studio pairs Brand Strategy with naming. Of all the strategy agencies we looked at, its research was the most thorough.",
			"## 3. Ocean & Pine",
			"Ocean & Pine does Brand Strategy for banks and insurers. Like most strategy agencies of its size, it works in teams of four.",
			"When you compare strategy agencies, ask to see Brand Strategy work for a company like yours, and ask who will do the work.",
		),
	}
	got := tagNames(Tags(a))
	checkNames(t, got, nil, []string{"strategy agencies"})
}
