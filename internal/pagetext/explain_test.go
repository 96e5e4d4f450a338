package pagetext

import (
	"fmt"
	"math"
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

// The explain tool splits the rules' headline score into its named terms:
// their parts add up to the very score the ranker read, and the headline
// of a page with a byline under it shows the byline's term.
func TestExplainSplitsRuleHeadlineScore(t *testing.T) {
	in := dump("Home News", storyTitle, "By Jane Doe", "March 27, 2025", story())
	lines, _ := splitLines(in)
	p := newPage(lines)
	for _, ps := range passes {
		ps.run(p)
	}
	checked := 0
	for _, c := range p.cands {
		h := p.headScores[c.line]
		if !h.done || !h.ok {
			continue
		}
		sc, parts, ok := p.ruleTitleParts(c.line)
		sum := 0.0
		for _, x := range parts {
			sum += x
		}
		if !ok || sc != h.score || math.Abs(sum-sc) > 1e-9 {
			t.Errorf("line %d: explained %v (ok %v, parts add to %v), the ranker read %v", c.line, sc, ok, sum, h.score)
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no candidate had a rules score")
	}
	out := Explain([]byte(in))
	if !regexp.MustCompile(`rules [+-][0-9.]+: .*header_below\+4\.00`).MatchString(out) {
		t.Errorf("explain shows no rules terms with the byline below the headline:\n%s", out)
	}
}

// A role set prints its roles in a fixed order, parted by commas.
func TestRoleString(t *testing.T) {
	if got, want := (roleJunk | roleFurniture | roleRuleKept).String(), "junk,furn,rule-kept"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := role(0).String(); got != "" {
		t.Errorf("empty set: %q", got)
	}
	if got, want := (roleWall | roleDate).String(), "date,WALL"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
