package main

import (
	"encoding/json"
	"fmt"
	"io"

	"morgue/internal/article"
	"morgue/internal/importer"
)

func init() {
	commands["parse"] = command{"parse one page-text (.txt), Markdown (.md), HTML (.html) or web-archive (.warc.gz) file and print it as JSON", runParse}
}

func runParse(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("parse", "FILE", "Parses one file without touching any database and prints the article as JSON.\nWarnings list what the parser was unsure of. A web archive (.warc, .warc.gz)\nprints one JSON object per article on a line of its own (JSON Lines), with\ncaptured_at, and names the pages it leaves out on stderr.", stderr)
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	path := fs.Arg(0)
	if importer.IsWARC(path) {
		return parseWARC(path, stdout, stderr)
	}
	data, err := importer.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "morgue parse: %s: %v\n", path, err)
		return 1
	}
	a, warnings, err := importer.ParseFile(path, data)
	if err != nil {
		fmt.Fprintf(stderr, "morgue parse: %s: %v\n", path, err)
		return 1
	}
	if warnings == nil {
		warnings = []string{}
	}
	out := struct {
		article.JSON
		Warnings []string `json:"warnings"`
	}{a.JSON(), warnings}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintf(stderr, "morgue parse: %v\n", err)
		return 1
	}
	return 0
}
