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

## bench: Go benchmarks (import throughput and more)
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

## eval: the parser's score on the shared dev set (never copied into the repo)
eval: build
	@test -d $(DEVSET) || { echo "eval: no dev set at $(DEVSET)"; exit 1; }
	$(SCORER) --cases $(DEVSET) ./$(BIN) parse

vet:
	$(GO) vet ./...

clean:
	rm -rf data/bin
