package pagetext

import (
	"fmt"
	"os"
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
