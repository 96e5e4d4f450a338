# morgue: see README.md. Every target works on a fresh machine with Go.
GO      ?= go
BIN     := data/bin/morgue
DB      ?= data/morgue.db
ADDR    ?= 127.0.0.1:8080
SHARED  ?= ../shared
SCORER  ?= $(SHARED)/tools/score-parser

# Fuzz targets as package:Target; each runs for FUZZTIME in make test.
FUZZ     := ./internal/pagetext:FuzzParse ./internal/tagger:FuzzTags ./internal/mdarticle:FuzzParse \
            ./internal/store:FuzzSearchQuery ./internal/article:FuzzEscapeMarkdown \
            ./internal/htmlpage:FuzzParse ./internal/server:FuzzFragmentsMatchTemplates \
            ./internal/markdown:FuzzPlainHTML
FUZZTIME ?= 10s

.PHONY: all build run import serve test fuzz bench eval eval-html train train-tagger vet clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/morgue

## run: import seeds/ into $(DB), then serve it on http://$(ADDR)
run: build
	./$(BIN) import --db $(DB) seeds/
	./$(BIN) serve --db $(DB) --addr $(ADDR)

import: build
	./$(BIN) import --db $(DB) seeds/

serve: build
	./$(BIN) serve --db $(DB) --addr $(ADDR)

## test: every test in the repository, then each fuzz target briefly
test:
	$(GO) vet ./...
	$(GO) test ./...
	$(MAKE) --no-print-directory fuzz

## fuzz: run each fuzz target for FUZZTIME (crashers land in testdata/fuzz)
# Go 1.26's fuzzing coordinator can fail a run at the end of -fuzztime with
# a bare "context deadline exceeded" when a worker is slow to stop on a
# loaded machine (golang/go#75804, fixed in Go 1.27): nothing was found and
# no input is written. Such a run, and only such a run, is tried once more;
# a finding always writes its input and fails at once.
fuzz:
	@set -e; for t in $(FUZZ); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
		log=$$(mktemp); \
		for try in 1 2; do \
			if $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) $$pkg >$$log 2>&1; then break; fi; \
			if [ $$try = 1 ] && grep -q 'context deadline exceeded' $$log && ! grep -q 'Failing input written' $$log; then \
				echo "fuzz $$pkg $$name: stopped by the fuzzing engine's deadline with nothing found (golang/go#75804); once more"; continue; fi; \
			grep -v '^fuzz: elapsed' $$log; rm -f $$log; exit 1; \
		done; \
		rm -f $$log; \
	done

## bench: Go benchmarks, then the harness (morgue bench) on N generated
## articles: import, pages under load and search, each against a baseline
## measured in the same run. Installs wrk and nginx from Debian when missing.
N       ?= 10000
RUNS    ?= 3
IMPORT_RUNS ?= 3
bench: build
	@command -v wrk >/dev/null && command -v nginx >/dev/null || \
		{ command -v apt-get >/dev/null && (apt-get install -y wrk nginx-light >/dev/null 2>&1 || \
		  sudo -n apt-get install -y wrk nginx-light >/dev/null 2>&1) || \
		  echo "bench: wrk or nginx missing; using the Go load generator, no nginx"; }
	$(GO) test -run '^$$' -bench . -benchmem ./...
	./$(BIN) bench --n $(N) --runs $(RUNS) --import-runs $(IMPORT_RUNS)

## eval: the parser's scores on the shared dev sets (read from $(SHARED),
## never copied into the repo). devset-wcxb is printed whole and split into
## even case numbers (the part the parser is tuned and trained on) and odd
## ones (held out). Per-case tables land in $(EVAL_DIR)/NAME.json; add a set
## by adding a line. The last lines score the tags of 180 labelled pages,
## cases 0250-0369 and, apart, 0370-0429 (internal/tagger/eval_test.go;
## per page in $(EVAL_DIR)/tags.txt).
EVAL_DIR  ?= data/eval
EVAL_JOBS ?= 4
EVAL_SCORE = $(SCORER) --jobs $(EVAL_JOBS) --cases $(SHARED)/$(1) --json $(EVAL_DIR)/$(1).json ./$(BIN) parse | tail -1 | sed 's/^score:/$(1):/'
# Prints the even and odd halves of a scorer's per-case table.
EVAL_SPLIT = python3 -c 'import json,sys; cs=json.load(open(sys.argv[1]));   m=lambda xs: "%.3f" % (sum(xs)/len(xs)) if xs else "-";   [print("%s %s: %d cases, title_acc=%s, body_f1=%s, body_p=%s, body_r=%s, author_acc=%s (of %d), date_acc=%s (of %d), empty_body=%d" % (sys.argv[2], name, len(s),     m([c["title_ok"] for c in s]), m([c["f1"] for c in s if c["f1"] is not None]), m([c["p"] for c in s if c["p"] is not None]), m([c["r"] for c in s if c["r"] is not None]),     m([c["author_ok"] for c in s if c["author_ok"] is not None]), len([c for c in s if c["author_ok"] is not None]),     m([c["date_ok"] for c in s if c["date_ok"] is not None]), len([c for c in s if c["date_ok"] is not None]), sum(c["empty_body"] for c in s)))    for name, s in (("even", [c for c in cs if int(c["id"]) % 2 == 0]), ("odd (held out)", [c for c in cs if int(c["id"]) % 2 == 1]))]' $(EVAL_DIR)/$(1).json $(1)
eval: build
	@for d in devset devset-wcxb devset-ml; do test -d $(SHARED)/$$d || { echo "eval: no $$d in $(SHARED)"; exit 1; }; done
	@mkdir -p $(EVAL_DIR)
	@$(call EVAL_SCORE,devset)
	@$(call EVAL_SCORE,devset-wcxb)
	@$(call EVAL_SPLIT,devset-wcxb)
	@$(SCORER) --jobs $(EVAL_JOBS) --cases $(SHARED)/devset-ml --json $(EVAL_DIR)/devset-ml.json ./$(BIN) parse | grep -E '^  |^score:' | sed 's/^/devset-ml: /'
	@MORGUE_WCXB=$(abspath $(SHARED)/devset-wcxb) $(GO) test -count=1 -v -run '^TestOutletOnDevset$$' ./internal/pagetext | grep -E '^devset-wcxb outlet|FAIL|outlet below'
	@MORGUE_WCXB=$(abspath $(SHARED)/devset-wcxb) MORGUE_TAG_REPORT=$(abspath $(EVAL_DIR))/tags.txt \
		$(GO) test -count=1 -v -run '^TestWCXBTags$$' ./internal/tagger | grep -E 'tags, |FAIL|cases: precision' | sed 's/^ *eval_test.go:[0-9]*: /devset-wcxb /'

## train-tagger: refit the tag scorer on the labelled even-numbered pages
## of devset-wcxb and rewrite its generated tables (internal/tagger/
## scorer_weights.go, body_weights.go, docfreq_gen.go); TRAIN_TAGGER=body
## refits only the weights of the body's phrases (body_weights.go);
## TRAIN_TAGGER=cv writes nothing and prints the scorer's 2-fold
## cross-validation on the even pages; TRAIN_TAGGER=only:f1,f2 fits the
## weights of the named features alone, every committed weight of the
## others held (a new feature is weighed without moving the rest).
## make test and CI never refit.
TRAIN_TAGGER ?= 1
train-tagger:
	@test -d $(SHARED)/devset-wcxb || { echo "train-tagger: no devset-wcxb in $(SHARED)"; exit 1; }
	@cd internal/tagger && MORGUE_TRAIN=$(TRAIN_TAGGER) MORGUE_SHARED=$(abspath $(SHARED)) \
		$(GO) test -count=1 -v -run '^TestTrainScorer$$' . | grep -E 'examples|word rarity|cross-valid|held-out|^ *train_test.go:[0-9]*: L2|FAIL|ok' | sed 's/^ *train_test.go:[0-9]*: //'

## eval-html: the HTML parser's score on the saved pages of devset-html
## (title, body F1, authors, dates, as score-parser prints them), then the
## even-numbered cases (tuned on) and the odd ones (held out) apart.
eval-html: build
	@test -d $(SHARED)/devset-html || { echo "eval-html: no devset-html in $(SHARED)"; exit 1; }
	@mkdir -p $(EVAL_DIR)
	@$(call EVAL_SCORE,devset-html)
	@$(call EVAL_SPLIT,devset-html)

## train: retrain the page-text parser's line classifier and headline ranker
## on the even devset-wcxb cases and the devset (counted thrice), and write
## internal/pagetext/weights_gen.go. By hand only: CI never retrains.
train: build
	./$(BIN) train --out internal/pagetext/weights_gen.go $(SHARED)/devset-wcxb:even '$(SHARED)/devset*3'

vet:
	$(GO) vet ./...

clean:
	rm -rf data/bin
