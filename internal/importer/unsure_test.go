package importer_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Made-up dumps. The first has a clear headline and byline; the second
// has three short lines over the story and no byline or date, so the
// parser has to guess which line is the headline.
const (
	sureDump = "Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025\n\n" +
		"The harbour at Port Elwin reopened on Thursday, three weeks after the storm flooded the quay and sank two boats, and the first crews went out before dawn.\n\n" +
		"Fishermen said the repairs had taken longer than promised, but that they were glad to be back at sea and that the catch had been good.\n"
	guessDump = "Harbour news\n\nBoats back at sea\n\nFishing crews return\n\n" +
		"The harbour at Port Elwin reopened on Thursday, three weeks after the storm flooded the quay and sank two boats, and the first crews went out before dawn.\n\n" +
		"Fishermen said the repairs had taken longer than promised, but that they were glad to be back at sea and that the catch had been good.\n"
)

// Files whose headline or byline the parser chose with low confidence are
// told apart, so that a person can check them first, and counted in the
// summary. An unchanged file is not counted again.
func TestUnsureFilesAreCounted(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "sure.txt"), sureDump)
	write(t, filepath.Join(in, "guess.txt"), guessDump)
	db := openDB(t, filepath.Join(dir, "m.db"))
	sum, rs := run(t, db, in)
	if sum.Unsure != 1 {
		t.Errorf("summary counts %d unsure, want 1: %s", sum.Unsure, sum)
	}
	if !strings.Contains(sum.String(), ", 1 unsure (headline or byline chosen with low confidence; -v lists them)") {
		t.Errorf("summary line: %s", sum)
	}
	for _, r := range rs {
		got := r.Unsure()
		switch filepath.Base(r.Path) {
		case "guess.txt":
			if !slices.Equal(got, []string{"headline chosen with low confidence"}) {
				t.Errorf("guess.txt: unsure %q (warnings %q)", got, r.Warnings)
			}
		case "sure.txt":
			if got != nil {
				t.Errorf("sure.txt: unsure %q", got)
			}
		}
	}
	sum, _ = run(t, db, in)
	if sum.Unsure != 0 || strings.Contains(sum.String(), "unsure") {
		t.Errorf("second run: %s", sum)
	}
}
