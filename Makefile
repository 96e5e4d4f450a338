# morgue: see README.md. Every target works on a fresh machine with Go.
GO      ?= go
BIN     := data/bin/morgue
DB      ?= data/morgue.db
ADDR    ?= 127.0.0.1:8080
DEVSET  ?= ../shared/devset
SCORER  ?= ../shared/tools/score-parser

# Fuzz targets as package:Target; each runs for FUZZTIME in make test.
FUZZ     := ./internal/pagetext:FuzzParse ./internal/tagger:FuzzTags ./internal/mdarticle:FuzzParse \
            ./internal/store:FuzzSearchQuery ./internal/article:FuzzEscapeMarkdown
FUZZTIME ?= 10s

.PHONY: all build run import serve test fuzz bench eval vet clean

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
fuzz:
	@set -e; for t in $(FUZZ); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
		log=$$(mktemp); \
		if ! $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) $$pkg >$$log 2>&1; then \
			grep -v '^fuzz: elapsed' $$log; rm -f $$log; exit 1; fi; \
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

## eval: the parser's score on the shared dev set (never copied into the repo)
eval: build
	@test -d $(DEVSET) || { echo "eval: no dev set at $(DEVSET)"; exit 1; }
	$(SCORER) --cases $(DEVSET) ./$(BIN) parse

vet:
	$(GO) vet ./...

clean:
	rm -rf data/bin
