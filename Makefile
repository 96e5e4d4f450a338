# morgue: see README.md. Every target works on a fresh machine with Go.
GO      ?= go
BIN     := data/bin/morgue
DB      ?= data/morgue.db
ADDR    ?= 127.0.0.1:8080
DEVSET  ?= ../shared/devset
SCORER  ?= ../shared/tools/score-parser

.PHONY: all build run import serve test bench eval vet clean

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

## test: every test in the repository
test:
	$(GO) vet ./...
	$(GO) test ./...

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
