package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/morgue-archive/morgue/internal/corpus"
)

// update rewrites the golden files: go test ./cmd/morgue -run Golden -update
var update = flag.Bool("update", false, "rewrite the golden parse outputs in testdata/golden")

// goldenDir holds made-up page dumps (NAME.txt, written for these tests,
// never taken from the dev sets) and what `morgue parse` prints for each
// (NAME.json, with the body as an array of its lines), and the same for a
// few generated articles (corpus-N.json).
// A change to the parser shows as a diff of these files: review it, and
// when it is right rewrite them with -update.
const goldenDir = "testdata/golden"

// goldenCorpus are the generated articles kept as golden outputs: their
// number under corpus.New(goldenSeed), and whether it is written as
// Markdown rather than as a page dump.
var goldenCorpus = []struct {
	n        int
	markdown bool
}{{0, false}, {1, false}, {2, true}}

const goldenSeed = 7

func TestGoldenParse(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join(goldenDir, "*.txt"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs in %s: %v", goldenDir, err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			checkGolden(t, in, strings.TrimSuffix(in, ".txt")+".json")
		})
	}
	g := corpus.New(goldenSeed)
	tmp := t.TempDir()
	for _, c := range goldenCorpus {
		frac := 0.0
		if c.markdown {
			frac = 1
		}
		data, ext := g.Article(c.n, frac).Bytes()
		name := fmt.Sprintf("corpus-%d", c.n)
		in := filepath.Join(tmp, name+ext)
		if err := os.WriteFile(in, data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			checkGolden(t, in, filepath.Join(goldenDir, name+".json"))
		})
	}
}

// checkGolden compares what `morgue parse IN` prints with the golden
// file. A file the parser refuses is kept as its exit code and message.
func checkGolden(t *testing.T, in, golden string) {
	t.Helper()
	code, out, errOut := runCLI("parse", in)
	if code == 0 {
		out = bodyAsLines(t, out)
	} else {
		b, _ := json.MarshalIndent(struct {
			Exit   int    `json:"exit"`
			Stderr string `json:"stderr"`
		}{code, strings.ReplaceAll(errOut, filepath.Dir(in)+string(filepath.Separator), "")}, "", "  ")
		out = string(b) + "\n"
	}
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (write it with: go test ./cmd/morgue -run Golden -update)", err)
	}
	if out != string(want) {
		t.Errorf("%s differs from %s:\n%s\nIf the change is right: go test ./cmd/morgue -run Golden -update, and review git diff %s",
			in, golden, firstDifference(string(want), out), goldenDir)
	}
}

// bodyAsLines rewrites the "body" field of parse's indented JSON as an
// array of its lines, so that a change to one paragraph shows as a change
// to one line of the golden file rather than to a line of kilobytes.
func bodyAsLines(t *testing.T, out string) string {
	t.Helper()
	const key = `  "body": `
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		v, ok := strings.CutPrefix(l, key)
		if !ok {
			continue
		}
		comma := strings.HasSuffix(v, ",")
		var body string
		if err := json.Unmarshal([]byte(strings.TrimSuffix(v, ",")), &body); err != nil {
			t.Fatalf("body field: %v", err)
		}
		b, err := json.MarshalIndent(strings.Split(body, "\n"), "  ", "  ")
		if err != nil {
			t.Fatal(err)
		}
		lines[i] = key + string(b)
		if comma {
			lines[i] += ","
		}
	}
	return strings.Join(lines, "\n")
}

// firstDifference shows where two outputs part: the first differing line
// of each, with the line before it.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			before := ""
			if i > 0 {
				before = "  " + w[i-1] + "\n"
			}
			return fmt.Sprintf("line %d:\n%s- %s\n+ %s", i+1, before, wl, gl)
		}
	}
	return ""
}
