package pagetext

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// parseWith runs every pass with the model m.
func parseWith(data []byte, m *model) *page {
	lines, _ := splitLines(string(data))
	p := newPage(lines)
	p.model = m
	for _, ps := range passes {
		ps.run(p)
	}
	return p
}

// withStageThree is the trained model with stage three replaced by one
// tree that answers by the share of the zone's words below a line: the
// upper half of every story (where the ranker and the byline look)
// leaves the body.
func withStageThree(value float32) *model {
	f := slices.Index(body3Names, rZoneAfter.String())
	m := *trained()
	m.body3 = forest{trees: [][]treeNode{{
		{feature: int16(f), left: 1, right: 2, threshold: 0.5},
		{feature: -1, value: 1},
		{feature: -1, value: value},
	}}}
	m.body3.compile()
	return &m
}

// The headline, standfirst, writers, date, outlet and source of a page
// are read from where stage two put the story (the zone), so a stage
// three that drops the first half of every story changes its body and nothing else:
// a retrained stage three cannot move a headline or a byline.
func TestStageThreeMovesOnlyTheBody(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "unseen", "*.txt"))
	paths = append(paths, filepath.Join("..", "..", "seeds", "000_c153485bfbf5b6b5.txt"))
	inputs := [][]byte{[]byte(dump(storyTitle, "By Jane Doe", "March 27, 2025", longStory()))}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, data)
	}
	halve := withStageThree(-5)
	for k, data := range inputs {
		a, b := parseWith(data, trained()).art, parseWith(data, halve).art
		// Stage three leaves a short story's body to the rules; the
		// made-up story and the seed are long.
		if k == 0 || k == len(inputs)-1 {
			if a.Body == b.Body || len(b.Body) >= len(a.Body) {
				t.Errorf("input %d: the stage three left the body as it was", k)
			}
		}
		a.Body, b.Body = "", ""
		a.WordCount, b.WordCount = 0, 0
		a.ReadingMinutes, b.ReadingMinutes = 0, 0
		a.Language, b.Language = "", ""
		if !reflect.DeepEqual(a, b) {
			t.Errorf("input %d: stage three moved more than the body:\n%+v\n%+v", k, a, b)
		}
	}
}

// A stage three that would drop every line of a story keeps the zone: a
// page with a story is never stored without one.
func TestStageThreeNeverEmptiesTheBody(t *testing.T) {
	data := []byte(dump(storyTitle, "By Jane Doe", "March 27, 2025", longStory()))
	m := withStageThree(-5)
	m.body3.trees[0][1].value = -5 // the lower half leaves too
	m.body3.compile()
	a, b := parseWith(data, &model{body1: trained().body1, body2: trained().body2, title: trained().title}).art, parseWith(data, m).art
	if b.Body == "" || b.Body != a.Body {
		t.Errorf("body with every zone line dropped: %q, want the zone's %q", b.Body, a.Body)
	}
	if !strings.Contains(b.Body, storyParas[0]) {
		t.Errorf("story lost: %q", b.Body)
	}
}

// longStory is the made-up story told twice over, each paragraph the
// second time with a closing sentence of its own: twelve lines or so,
// past what counts as a short story.
func longStory() string {
	paras := slices.Clone(storyParas)
	for k, para := range storyParas {
		paras = append(paras, para+" The council said more on day "+strconv.Itoa(k+2)+" of the hearing.")
	}
	return strings.Join(paras, "\n\n")
}

// The truth prints a list as one paragraph of lines; its short items are
// story lines to learn from, not furniture because they are too short to
// be matched by their word triples.
func TestBodyLabelsTakeShortListItems(t *testing.T) {
	truth := "The kettle boils a litre in three minutes and keeps it warm for an hour.\n\n" +
		"What we liked:\n- Quiet\n- Great warranty\n\nIt costs forty pounds."
	dumpLines := []string{"Share", "The kettle boils a litre in three minutes and keeps it warm for an hour.",
		"What we liked:", "Quiet", "Great warranty", "Most read", "It costs forty pounds."}
	lines, _ := splitLines(strings.Join(dumpLines, "\n"))
	y, _ := bodyLabels(lines, TrainCase{Body: truth})
	want := []float32{0, 1, 1, 1, 1, 0, 1}
	if !slices.Equal(y, want) {
		t.Errorf("labels %v, want %v", y, want)
	}
}

// Alt texts that open alike or end with the same keywords are told apart
// from the story's paragraphs by what they share with each other, and one
// that says what a picture shows by its shape.
func TestRefineReadsAltTexts(t *testing.T) {
	var parts []string
	for k, para := range strings.Split(longStory(), "\n\n") {
		parts = append(parts, para)
		if k < 3 {
			parts = append(parts, "a woman wearing a linen shirt number "+strconv.Itoa(k)+" best summer shirts")
		}
	}
	lines, _ := splitLines(dump(parts...))
	p := newPage(lines)
	p.read()
	idx := make([]int, len(p.lines))
	for i := range idx {
		idx[i] = i
	}
	heads, tails := p.edgeCounts(idx)
	alts := 0
	for k, i := range idx {
		alt := strings.HasPrefix(p.lines[i].text, "a woman")
		if alt {
			alts++
		}
		if shares := heads[k] == 2 && tails[k] == 2; shares != alt {
			t.Errorf("%q: %d lines open alike, %d end alike", p.lines[i].text, heads[k], tails[k])
		}
		if got := altShape(p.lines[i].low); got != alt {
			t.Errorf("altShape(%q) = %v", p.lines[i].low, got)
		}
	}
	if alts != 3 {
		t.Errorf("%d alt texts among the lines, want 3", alts)
	}
	for _, low := range []string{"an advisor reviewing a client's plan", "a person holding a phone"} {
		if !altShape(low) {
			t.Errorf("altShape(%q) = false", low)
		}
	}
}

// readPitch looks up only words of the first letters and lengths of its
// lists: each listed word must still be counted.
func TestReadPitchFindsEveryListedWord(t *testing.T) {
	for w := range pitchWords.words {
		if pitch, _, _ := readPitch("and " + w + " then"); pitch != 1 {
			t.Errorf("readPitch misses %q: pitch %d", w, pitch)
		}
	}
	for w := range tradeWords.words {
		if _, _, trade := readPitch("a " + w + " here"); !trade {
			t.Errorf("readPitch misses the trade %q", w)
		}
	}
}
