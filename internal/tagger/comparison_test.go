package tagger

import (
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A headline that sets two things against each other ("Agency Work vs.
// Translation"), however often the page repeats it, is no tag, nor the
// phrase a headline word stands for (phraseOf): the page compares two
// subjects, and its words stand as their own candidates.
func TestComparisonIsNoTag(t *testing.T) {
	a := article.Article{
		Title:    "Agency Work vs. Translation",
		Language: "en",
		Body: body(
			"Choosing between agency work and freelance translation is a question every new translator asks, and there is no single answer. Pay, hours and the translation work itself differ from one agency to the next.AGENCY WORK VS. TRANSLATION",
			"A freelance translator sets a rate per word for each translation and keeps all of it, but pays for software, insurance and the months without clients. An agency pays a salary every month.AGENCY WORK VS. TRANSLATION",
			"In freelance translation the hours follow the clients: a rush translation on a Sunday is common. At an agency, the hours are set, and rush jobs are shared among the team.AGENCY WORK VS. TRANSLATION",
			"## Growth: AGENCY WORK VS. TRANSLATION",
			"Agency work gives a new translator a reviser who checks every translation, which is the fastest way to learn. Freelance translation teaches how to find and keep clients, which an agency never does.AGENCY WORK VS. TRANSLATION",
			"## Which to choose? AGENCY WORK VS. TRANSLATION",
			"Many translators start at an agency for two or three years and move to freelance translation once they have a specialism, a few loyal clients and enough translation experience.",
		),
	}
	for _, g := range tagNames(Tags(a)) {
		if strings.Contains(strings.ToLower(g), "vs") {
			t.Errorf("tag %q holds the comparison", g)
		}
	}
}
