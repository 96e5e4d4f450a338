package pagetext

import (
	"strings"

	"morgue/internal/lang"
)

// Each line gets a jusText-style label (Pomikálek 2011): prose has many
// function words and some length, furniture has few of either. The labels
// need no knowledge of any site, only of the language's stopwords.
type class int8

const (
	clsBad      class = iota // furniture, or text that reads like a list of names
	clsShort                 // too short to judge on its own; neighbours decide
	clsNearGood              // prose-like but short; good unless isolated
	clsGood                  // a paragraph of prose
)

func (c class) String() string {
	return [...]string{"bad", "short", "near", "good"}[c]
}

// Thresholds from jusText, which tuned them on news and blog pages.
const (
	lengthLow    = 70   // runes; below this a line is "short"
	lengthHigh   = 200  // runes; above this a prose line is "good"
	stopsLow     = 0.30 // stopword share below which a line is "bad"
	stopsHigh    = 0.32 // stopword share from which a line may be "good"
	maxSoloRunes = 2000 // a single "line" longer than this is pasted data, still allowed
)

// countWords fills in words and stopwords of every line for the language
// code (any known language when code is "").
func countWords(lines []line, code string) {
	for i := range lines {
		ws := wordsOf(lines[i].text)
		n, s := 0, 0
		for _, w := range ws {
			n++
			if lang.IsStopword(code, strings.ReplaceAll(w, "’", "'")) {
				s++
			}
		}
		lines[i].words, lines[i].stops = n, s
	}
}

// initialClass labels one line on its own.
func initialClass(ln line, furniture bool) class {
	if furniture || ln.words == 0 {
		return clsBad
	}
	density := float64(ln.stops) / float64(ln.words)
	if ln.runes < lengthLow {
		return clsShort
	}
	if density >= stopsHigh {
		if ln.runes > lengthHigh {
			return clsGood
		}
		return clsNearGood
	}
	if density >= stopsLow {
		return clsNearGood
	}
	return clsBad
}

// contextClass relabels short and near-good lines from their neighbours, as
// jusText does: a short line between two paragraphs of the story (a
// subheading, a one-sentence paragraph) belongs to it; one between two bits
// of furniture does not.
func contextClass(cls []class) []class {
	out := make([]class, len(cls))
	copy(out, cls)
	// near[i][d] is the class of the nearest line before (d=0) or after
	// (d=1) i that is not short; far[i][d] also skips near-good lines. Past
	// the edges the neighbour counts as bad. Two linear sweeps fill both.
	n := len(cls)
	near := make([][2]class, n)
	far := make([][2]class, n)
	lastNear, lastFar := clsBad, clsBad
	for i := 0; i < n; i++ {
		near[i][0], far[i][0] = lastNear, lastFar
		if cls[i] != clsShort {
			lastNear = cls[i]
			if cls[i] != clsNearGood {
				lastFar = cls[i]
			}
		}
	}
	lastNear, lastFar = clsBad, clsBad
	for i := n - 1; i >= 0; i-- {
		near[i][1], far[i][1] = lastNear, lastFar
		if cls[i] != clsShort {
			lastNear = cls[i]
			if cls[i] != clsNearGood {
				lastFar = cls[i]
			}
		}
	}
	neighbour := func(i, dir int, skipNear bool) class {
		d := 0
		if dir > 0 {
			d = 1
		}
		if skipNear {
			return far[i][d]
		}
		return near[i][d]
	}
	for i, c := range cls {
		if c != clsShort {
			continue
		}
		prev, next := neighbour(i, -1, true), neighbour(i, 1, true)
		switch {
		case prev == clsGood && next == clsGood:
			out[i] = clsGood
		case prev == clsBad && next == clsBad:
			out[i] = clsBad
		case (prev == clsBad && neighbour(i, -1, false) == clsNearGood) ||
			(next == clsBad && neighbour(i, 1, false) == clsNearGood):
			out[i] = clsGood
		default:
			out[i] = clsBad
		}
	}
	for i, c := range cls {
		if c != clsNearGood {
			continue
		}
		if neighbour(i, -1, true) == clsBad && neighbour(i, 1, true) == clsBad {
			out[i] = clsBad
		} else {
			out[i] = clsGood
		}
	}
	return out
}
