package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exportCLI runs the binary's entry point in-process.
func exportCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	if code, _, errOut := exportCLI("import", "--db", db, "../../internal/server/testdata/articles"); code != 0 {
		t.Fatalf("import: %d %s", code, errOut)
	}

	code, out, errOut := exportCLI("export", "--db", db, "--format", "jsonl", "-")
	if code != 0 || !strings.Contains(errOut, "4 articles to standard output") {
		t.Fatalf("export jsonl -: %d %q", code, errOut)
	}
	lines := 0
	for sc := bufio.NewScanner(strings.NewReader(out)); sc.Scan(); lines++ {
		var v map[string]any
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil || v["slug"] == nil {
			t.Fatalf("line %d: %v %q", lines+1, err, sc.Text())
		}
	}
	if lines != 4 {
		t.Fatalf("%d lines, want 4", lines)
	}

	file := filepath.Join(dir, "out.jsonl")
	if code, _, errOut := exportCLI("export", "--db", db, "--format", "jsonl", file); code != 0 {
		t.Fatalf("export jsonl FILE: %d %s", code, errOut)
	}
	if b, err := os.ReadFile(file); err != nil || string(b) != out {
		t.Fatalf("file differs from standard output: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.*")); len(left) != 0 {
		t.Fatalf("temporary files left: %v", left)
	}

	md := filepath.Join(dir, "md")
	if code, _, errOut := exportCLI("export", "--db", db, "--format", "md", md); code != 0 || !strings.Contains(errOut, "4 articles") {
		t.Fatalf("export md: %d %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(md, "harbour-reopens-after-the-storm.md")); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := exportCLI("export", "--db", db, "--format", "md", md); code != 1 || !strings.Contains(errOut, "not empty") {
		t.Fatalf("export md into a used folder: %d %s", code, errOut)
	}

	// The export reads the archive and nothing else: no database appears
	// where none was.
	missing := filepath.Join(dir, "none.db")
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"export", "--db", db, "-"}, 2, "choose a format"},
		{[]string{"export", "--db", db, "--format", "csv", "-"}, 2, `unknown format "csv"`},
		{[]string{"export", "--db", db, "--format", "md"}, 2, "name one output"},
		{[]string{"export", "--db", missing, "--format", "jsonl", "-"}, 1, "does not exist"},
		{[]string{"export", "--db", db, "--format", "jsonl", dir}, 1, "is a folder"},
	} {
		code, _, errOut := exportCLI(c.args...)
		if code != c.code || !strings.Contains(errOut, c.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.msg)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("export created a database")
	}
	if code, out, _ := exportCLI("export", "--help"); code != 0 || !strings.Contains(out, "Usage: morgue export") {
		t.Errorf("export --help: %d %q", code, out)
	}
}
