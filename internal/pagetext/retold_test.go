package pagetext

import (
	"strings"
	"testing"
)

// The paragraphs below are invented: a listing of walking tours that
// describes two of them in the same words.
const tourIncluded = "Included: hotel transfers, a local guide who speaks four languages, breakfast every day and a boat ride along the coast."

func tourListing(extra ...string) []string {
	paras := []string{
		"Five walking tours of the southern coast for this autumn",
		"By Jane Doe", "March 27, 2025",
		"Autumn is the quietest season on the southern coast, and the walking companies have cut their prices to fill the last weeks before the hostels close for the winter.",
		"Cliff paths and fishing villages",
		"The first tour follows the cliff path from the lighthouse to the old fishing villages, with a night in each of them and a day of rest in the middle of the week.",
		tourIncluded,
		"Vineyards above the bay",
		"The second tour climbs from the bay into the hills, where the walkers spend two nights at a family vineyard and learn how the local wine has been made for three centuries.",
		"Price: from 890 euros for seven nights in small hotels, with luggage carried between them.",
		"Islands of the gulf",
		"The third tour crosses to the islands by the morning ferry and walks the shepherds' tracks between their villages, which few visitors see outside the summer.",
		tourIncluded,
		"The companies say that most of their walkers now book less than a month ahead, and that the autumn tours sell out faster than the summer ones did a few years ago.",
		"Travellers who want to join a group should write to the tour companies before the end of September, when the last places are given out.",
	}
	paras = append(paras, extra...)
	return append(paras, "More stories", "Weather for the weekend")
}

// Each tour's copy of the shared paragraph stays in the body.
func TestRetoldParagraphStays(t *testing.T) {
	a, _, err := Parse([]byte(dump(tourListing()...)))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(a.Body, tourIncluded); n != 2 {
		t.Errorf("the body holds the tours' shared paragraph %d times, want 2:\n%s", n, a.Body)
	}
}

// What dropRepeats still takes out: a pull quote beside its paragraph, a
// question printed twice (a heading's shape), a short line, a block of
// paragraphs printed again, and a copy under the story's last paragraph
// of its own (a box after the story).
func TestRetoldNarrow(t *testing.T) {
	quote := "Most of the walkers who book these tours are over fifty, and many of them come back every year."
	question := "Which of the five tours suits a walker who has never crossed a mountain pass before?"
	short := "Breakfast and dinner are included on every day of the tour."
	book := "Book now and save ten percent on every tour of the autumn season with the code below, which runs out on Friday."
	blockA := "The tours run until the end of October, when the ferries to the islands stop for the winter."
	blockB := "Walkers need boots that have been worn in, a rain jacket and a bottle of water for each day."
	p := parseWith([]byte(dump(tourListing(
		blockA, blockB, quote, question, short, "Prices rose by a tenth this year, the companies say, as the hotels on the coast charge more for their rooms.", quote,
		book,
		"The guides say that the weather in October is often better than in August, with clear mornings and fewer storms.",
		question,
		"A fourth tour, along the river to its mouth, opens next spring and costs less than the others because it stays in hostels.",
		short, blockA, blockB,
		"Readers can share their own walks in the comments under this story.",
		book,
	)...)), trained())
	copies := map[string][]int{}
	for i := range p.lines {
		p.keep[i] = true
		copies[p.lines[i].text] = append(copies[p.lines[i].text], i)
	}
	p.dropRepeats()
	for text, want := range map[string]bool{tourIncluded: true, quote: false, question: false, short: false, book: false, blockA: false, blockB: false} {
		at := copies[text]
		if len(at) != 2 {
			t.Fatalf("the made-up page prints %q %d times", text, len(at))
		}
		if p.keep[at[1]] != want {
			t.Errorf("the later copy of %q kept %v, want %v", text, p.keep[at[1]], want)
		}
	}
}
