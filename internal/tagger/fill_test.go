package tagger

import (
	"testing"

	"github.com/morgue-archive/morgue/internal/article"
)

// A short text is filled up to three tags with names mentioned once, but
// only with names written in a sentence: a heading of the page's layout
// ("Example Sentences" over a dictionary entry's examples) is no name of
// anything the text is about.
func TestShortFillTakesNoHeading(t *testing.T) {
	tags := Tags(article.Article{
		Title: "Harbour",
		Body: body(
			"Harbour, noun: a place on the coast where ships and boats can shelter from the sea. The word came into English from Old Norse.",
			"Example Sentences",
			"The fishing boats stayed in the harbour all winter, said Captain Mary Olsen.",
			"Word Origin",
			"The harbour master opened the gates at dawn.",
		),
	})
	t.Logf("tags: %q", names(tags))
	if !has(tags, "Mary Olsen") {
		t.Errorf("missing %q in %q", "Mary Olsen", names(tags))
	}
	for _, bad := range []string{"Example Sentences", "Word Origin"} {
		if has(tags, bad) {
			t.Errorf("heading %q is a tag: %q", bad, names(tags))
		}
	}
}
