package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/format"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/morgue-archive/morgue/internal/importer"
	"github.com/morgue-archive/morgue/internal/pagetext"
)

func init() {
	commands["train"] = command{"train the page-text parser's line classifier and headline ranker on dev pages", runTrain}
}

func runTrain(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("train", "DIR[:even|:odd][*WEIGHT]...",
		"Trains the page-text parser's line classifier and headline ranker on dev pages with\n"+
			"ground truth (NNN.txt beside NNN.json: title, and body or with/without snippets)\n"+
			"and writes the weights as Go source. DIR:even takes only the cases with an even\n"+
			"number, DIR:odd the odd ones, so that the rest can be held out; DIR*3 counts each\n"+
			"page of DIR three times. The pages are only\n"+
			"read; nothing of them but the weights is written. CI never retrains: run it by\n"+
			"hand (make train) and commit the table.", stderr)
	out := fs.String("out", "internal/pagetext/weights_gen.go", "where to write the weights")
	rankerOnly := fs.Bool("ranker-only", false, "keep the line classifier the parser has and retrain only the headline ranker")
	refinerOnly := fs.Bool("refiner-only", false, "keep the line classifier's first two stages and the headline ranker the parser has and retrain only stage three, the body's last say (the headline, byline and date passes read stage two only)")
	keepRanker := fs.Bool("keep-ranker", false, "retrain the line classifier's three stages and keep the headline ranker the parser has")
	if code, done := parseFlags(fs, args, stdout); done {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if n := b2i(*rankerOnly) + b2i(*refinerOnly) + b2i(*keepRanker); n > 1 {
		fmt.Fprintln(stderr, "morgue train: --ranker-only, --refiner-only and --keep-ranker keep each other's part; give one")
		return 2
	}
	var cases []pagetext.TrainCase
	for _, arg := range fs.Args() {
		cs, err := readTrainCases(arg)
		if err != nil {
			fmt.Fprintf(stderr, "morgue train: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "%s: %d cases\n", arg, len(cs))
		cases = append(cases, cs...)
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, format+"\n", a...) }
	train := pagetext.Train
	switch {
	case *keepRanker:
		train = pagetext.TrainClassifier
	case *rankerOnly:
		train = pagetext.TrainRanker
	case *refinerOnly:
		train = pagetext.TrainRefiner
	}
	t, err := train(cases, logf)
	if err != nil {
		fmt.Fprintf(stderr, "morgue train: %v\n", err)
		return 1
	}
	fmt.Fprintln(stderr, t.Report)
	var src bytes.Buffer
	var names []string
	for _, arg := range fs.Args() {
		names = append(names, filepath.Base(strings.TrimSuffix(arg, "/")))
	}
	if err := t.WriteGo(&src, strings.Join(names, ", ")); err != nil {
		fmt.Fprintf(stderr, "morgue train: %v\n", err)
		return 1
	}
	code, err := format.Source(src.Bytes())
	if err != nil {
		fmt.Fprintf(stderr, "morgue train: formatting the weights: %v\n", err)
		return 1
	}
	if err := os.WriteFile(*out, code, 0o644); err != nil {
		fmt.Fprintf(stderr, "morgue train: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "wrote %s\n", *out)
	return 0
}

// trainTruth is the part of a dev case's truth that training reads.
type trainTruth struct {
	Title   string   `json:"title"`
	Body    *string  `json:"body"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

// readTrainCases reads the cases of DIR, or of DIR:even or DIR:odd.
func readTrainCases(arg string) ([]pagetext.TrainCase, error) {
	weight := float32(1)
	if i := strings.LastIndex(arg, "*"); i > 0 {
		w, err := strconv.ParseFloat(arg[i+1:], 32)
		if err != nil || w <= 0 {
			return nil, fmt.Errorf("%s: the weight after * is not a positive number", arg)
		}
		arg, weight = arg[:i], float32(w)
	}
	dir, part := arg, ""
	if i := strings.LastIndex(arg, ":"); i > 0 && (arg[i+1:] == "even" || arg[i+1:] == "odd") {
		dir, part = arg[:i], arg[i+1:]
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("%s: no cases (NNN.json beside NNN.txt)", dir)
	}
	var out []pagetext.TrainCase
	for _, jp := range paths {
		name := strings.TrimSuffix(filepath.Base(jp), ".json")
		if part != "" {
			n, err := strconv.Atoi(strings.TrimLeft(name, "abcdefghijklmnopqrstuvwxyz_"))
			if err != nil {
				return nil, fmt.Errorf("%s: %s has no case number to split on", dir, name)
			}
			if (n%2 == 0) != (part == "even") {
				continue
			}
		}
		raw, err := os.ReadFile(jp)
		if err != nil {
			return nil, err
		}
		var tr trainTruth
		if err := json.Unmarshal(raw, &tr); err != nil {
			return nil, fmt.Errorf("%s: %w", jp, err)
		}
		data, err := importer.ReadFile(strings.TrimSuffix(jp, ".json") + ".txt")
		if err != nil {
			continue // a case given as HTML only
		}
		text, err := importer.Decode(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", jp, err)
		}
		c := pagetext.TrainCase{Name: name, Text: text, Title: tr.Title, With: tr.With, Without: tr.Without, Weight: weight}
		if tr.Body != nil {
			c.Body = *tr.Body
		}
		out = append(out, c)
	}
	return out, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
