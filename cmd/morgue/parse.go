package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/morgue-archive/morgue/internal/article"
	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/pagetext"
)

func init() {
	commands["parse"] = command{"parse one page-text (.txt), Markdown (.md), HTML (.html, .mhtml) or web-archive (.warc.gz) file and print it as JSON", runParse}
}

// parseGCPercent is GOGC for morgue parse of one page (GOGC in the
// environment wins). What a parse allocates lives until the process ends
// a few milliseconds later, so a collection finds nothing to free; at the
// default of 100 the first one starts at 4 MB, which the tables made at
// start-up and a long page reach, and it cost about a tenth of a page's
// CPU. At 400 the first collection waits for 16 MB: none of the dev sets'
// pages (the longest 290 KB of HTML) reaches it. Go's own compiler raises
// its starting heap for the same reason. A web archive keeps the default:
// it parses page after page and its garbage is real.
const parseGCPercent = 400

func runParse(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("parse", "FILE", "Parses one file without touching any database and prints the article as JSON.\nWarnings list what the parser was unsure of. A web archive (.warc, .warc.gz)\nprints one JSON object per article on a line of its own (JSON Lines), with\ncaptured_at, and names the pages it leaves out on stderr.", stderr)
	explain := fs.Bool("explain", false, "for a page dump (.txt): print how the parser read each line, pass by pass, instead of the JSON")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	path := fs.Arg(0)
	if *explain {
		return explainFile(path, stdout, stderr)
	}
	if importer.IsWARC(path) {
		return parseWARC(path, stdout, stderr)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(parseGCPercent)
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

// explainFile prints pagetext.Explain for a page dump: the passes of a
// parse, each line's readings, body probability and form, and the
// headline candidates, for a person tuning the parser.
func explainFile(path string, stdout, stderr io.Writer) int {
	if importer.Format(path) != "txt" {
		fmt.Fprintf(stderr, "morgue parse: %s: --explain reads page dumps (.txt) only\n", path)
		return 2
	}
	data, err := importer.ReadFile(path)
	if err == nil {
		data, err = importer.Decode(data)
	}
	if err != nil {
		fmt.Fprintf(stderr, "morgue parse: %s: %v\n", path, err)
		return 1
	}
	fmt.Fprint(stdout, pagetext.Explain(data))
	return 0
}
