package tagger

import (
	"math"
	"slices"
)

// How common a word is in news and web pages at large: the number of
// pages that hold it, among the pages counted (docfreq_gen.go, written by
// the trainer from the dev pages it may learn from; words on fewer than three
// pages are left out). A subject is seldom a word every page uses
// ("order", "build", "people"), often one few pages use ("keyring",
// "Tetris").

// The table is written as sorted arrays, static data that costs nothing
// at start-up: read from a text file into a map, it took 2-4 ms and
// 0.7 MB of every parse.

// docFreqMap, when not nil, replaces the table (for the trainer, which
// makes a new one), and docFreqN is the number of pages counted.
var (
	docFreqMap map[string]uint16
	docFreqN   = docFreqPages
)

// setDocFreq replaces the table.
func setDocFreq(m map[string]uint16, pages int) {
	docFreqMap, docFreqN = m, pages
}

// docFreq is the number of pages counted that hold w.
func docFreq(w string) uint16 {
	if docFreqMap != nil {
		return docFreqMap[w]
	}
	if i, ok := slices.BinarySearch(docFreqWords[:], w); ok {
		return docFreqCounts[i]
	}
	return 0
}

// idf is the inverse document frequency of a unit word, scaled so that a
// word on no page is near 1.
func idf(w string) float64 {
	df := float64(docFreq(w))
	return math.Log(float64(docFreqN+1)/(df+1)) / math.Log(float64(docFreqN+1))
}
