package tagger

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
)

// How common a word is in news and web pages at large: the number of
// pages that hold it, among the pages counted (docfreq.txt, written by the
// trainer from the dev pages it may learn from; words on fewer than three
// pages are left out). A subject is seldom a word every page uses
// ("order", "build", "people"), often one few pages use ("keyring",
// "Tetris").

//go:embed docfreq.txt
var docFreqTable string

var (
	docFreqOnce sync.Once
	docFreqMap  map[string]uint16
	docFreqN    int
)

// setDocFreq replaces the table (for the trainer, which makes a new one).
func setDocFreq(m map[string]uint16, pages int) {
	docFreqOnce.Do(func() {})
	docFreqMap, docFreqN = m, pages
}

func loadDocFreq() {
	docFreqOnce.Do(func() {
		docFreqMap, docFreqN = parseDocFreq(docFreqTable)
	})
}

// parseDocFreq reads a table written as a line "pages N", then lines
// "count word word …".
func parseDocFreq(table string) (map[string]uint16, int) {
	m := make(map[string]uint16, 12000)
	pages := 1
	for ln := range strings.SplitSeq(table, "\n") {
		f := strings.Fields(ln)
		if len(f) < 2 {
			continue
		}
		n, err := strconv.Atoi(f[len(f)-1])
		if f[0] == "pages" && err == nil {
			pages = max(n, 1)
			continue
		}
		if n, err = strconv.Atoi(f[0]); err != nil {
			continue
		}
		for _, w := range f[1:] {
			m[w] = uint16(min(n, math.MaxUint16))
		}
	}
	return m, pages
}

// idf is the inverse document frequency of a unit word, scaled so that a
// word on no page is near 1.
func idf(w string) float64 {
	loadDocFreq()
	df := float64(docFreqMap[w])
	return math.Log(float64(docFreqN+1)/(df+1)) / math.Log(float64(docFreqN+1))
}
