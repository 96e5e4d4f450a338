package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// import -v names the files whose headline or byline was a guess, after
// the list of every file, and the summary counts them.
func TestImportListsUnsureFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	story := "\n\nThe harbour at Port Elwin reopened on Thursday, three weeks after the storm flooded the quay and sank two boats, and the first crews went out before dawn.\n\n" +
		"Fishermen said the repairs had taken longer than promised, but that they were glad to be back at sea and that the catch had been good.\n"
	guess := filepath.Join(in, "guess.txt")
	os.WriteFile(filepath.Join(in, "sure.txt"), []byte("Harbour reopens after the storm\n\nBy Jane Doe\n\nMarch 27, 2025"+story), 0o644)
	os.WriteFile(guess, []byte("Harbour news\n\nBoats back at sea\n\nFishing crews return"+story), 0o644)
	code, out, errOut := runCLI("import", "--db", filepath.Join(dir, "m.db"), "-v", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := "check these first:\n  " + guess + ": headline chosen with low confidence\nmorgue import: 2 new, 0 updated, 0 unchanged, 0 duplicate, 0 failed, 1 unsure"
	if !strings.Contains(out, want) {
		t.Errorf("stdout:\n%s\nwant it to contain\n%s", out, want)
	}
	if _, list, _ := strings.Cut(out, "check these first:"); strings.Contains(list, string(filepath.Separator)+"sure.txt") {
		t.Errorf("the file read with confidence is listed:\n%s", out)
	}
	// Without -v the count alone.
	code, out, _ = runCLI("import", "--db", filepath.Join(dir, "m2.db"), in)
	if code != 0 || strings.Contains(out, "check these first") || !strings.Contains(out, ", 1 unsure (") {
		t.Errorf("without -v: exit %d, stdout %q", code, out)
	}
}
