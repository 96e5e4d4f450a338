package pagetext

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestExplain prints how each line of a page dump was read. It runs only
// when PAGETEXT_EXPLAIN names a file: a tool for tuning the parser by hand.
func TestExplain(t *testing.T) {
	path := os.Getenv("PAGETEXT_EXPLAIN")
	if path == "" {
		t.Skip("set PAGETEXT_EXPLAIN=FILE to explain a parse")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(Explain(data))
}

func TestExplainListsPasses(t *testing.T) {
	out := Explain([]byte(dump(storyTitle, "By Jane Doe", story())))
	for _, ps := range passes {
		if !strings.Contains(out, ps.name) {
			t.Errorf("explain does not name the pass %q:\n%s", ps.name, out)
		}
	}
	if !strings.Contains(out, "headline candidates:") || !strings.Contains(out, storyTitle[:20]) {
		t.Errorf("explain lists no headline candidates:\n%s", out)
	}
}

// The package comment lists the passes, in the order Parse runs them.
func TestPackageDocListsPasses(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for l := range strings.SplitSeq(string(src), "\n") {
		if m := reDocPass.FindStringSubmatch(l); m != nil {
			listed = append(listed, m[1])
		}
	}
	var names []string
	for _, ps := range passes {
		names = append(names, ps.name)
	}
	if !slices.Equal(listed, names) {
		t.Errorf("doc.go lists the passes %q; Parse runs %q", listed, names)
	}
}

// reDocPass matches a numbered pass in the package comment: "//  3. name:".
var reDocPass = regexp.MustCompile(`^//\s+\d+\. (\w+):`)
