package main

import (
	"encoding/json"
	"fmt"
	"io"

	"morgue/internal/article"
	"morgue/internal/importer"
)

func init() {
	commands["parse"] = command{"parse one page-text (.txt) or Markdown (.md) file and print it as JSON", runParse}
}

func runParse(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("parse", "FILE", "Parses one file without touching any database and prints the article as JSON.\nWarnings list what the parser was unsure of.", stderr)
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	path := fs.Arg(0)
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
