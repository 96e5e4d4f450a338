package main

import (
	"fmt"
	"io"
	"time"

	"github.com/morgue-archive/morgue/internal/corpus"
)

func init() {
	commands["gen"] = command{"write a synthetic corpus of articles for benchmarks", runGen}
}

func runGen(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("gen", "[--n N] [--seed S] [--md FRACTION] [--cjk FRACTION] DIR",
		`Writes N synthetic news articles into DIR (which must be empty or absent),
1,000 files a folder: page-text dumps laid out like the seeds (outlet line,
headline, dek, caption, caption glued to its credit, byline, dateline,
"N minutes read", body, junk footer) and, for a fraction, Markdown files with
front matter and tags, and for another fraction Chinese Markdown articles.
Files are 2-10 KB, words follow a Zipf distribution,
people and places recur, dates span 15 years. The same seed writes the same
bytes.`, stderr)
	n := fs.Int("n", 1000, "number of `articles`")
	seed := fs.Uint64("seed", 1, "random `seed`")
	md := fs.Float64("md", corpus.DefaultMDFraction, "`fraction` of articles written as Markdown with tags")
	cjk := fs.Float64("cjk", corpus.DefaultCJKFraction, "`fraction` of articles written in Chinese")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() != 1 || *n < 0 || *md < 0 || *md > 1 || *cjk < 0 || *cjk > 1 {
		fs.Usage()
		return 2
	}
	start := time.Now()
	m, err := corpus.Write(fs.Arg(0), corpus.Options{N: *n, Seed: *seed, MDFraction: *md, CJKFraction: *cjk})
	if err != nil {
		fmt.Fprintf(stderr, "morgue gen: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "morgue gen: %d articles, %.1f MB in %s\n", m.N, float64(m.Bytes)/1e6, time.Since(start).Round(time.Millisecond))
	return 0
}
