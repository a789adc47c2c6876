# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PY      ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: demo test install browser clean bench bench-distributed bench-query eval

$(STAMP): pyproject.toml
	@echo "setting up $(VENV): pip install -e .[test] (log: $(VENV)/install.log)"
	@$(PY) -m venv $(VENV)
	@{ $(BIN)/pip install -q --upgrade pip && $(BIN)/pip install -q -e ".[test]"; } \
	  > $(VENV)/install.log 2>&1 || { tail -n 30 $(VENV)/install.log; exit 1; }
	@touch $(STAMP)

install: $(STAMP)

## Build the graph of seeds/ into out/graph.json and out/graph.html, and print a summary.
demo: $(STAMP)
	@rm -f out/graph.json
	$(BIN)/okg build seeds/ --graph out/graph.json --html out/graph.html

## Headless Chromium for the page test (Debian's package); skipped when already there.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  echo "installing Debian's chromium for the page tests (apt-get)"; \
	  { $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium; } >/tmp/okg-apt.log 2>&1 \
	    || { tail -n 20 /tmp/okg-apt.log; exit 1; }; }

## Install, fetch the Neo4j test server (Maven), and run the whole suite.
test: $(STAMP) browser
	$(BIN)/python -m pytest -q

clean:
	rm -rf out .pytest_cache tests/neo4j/target

## Throughput, Neo4j write rates, embedded query times and peak memory (benchmarks/README.md).
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --json out/bench.json

## okg build --cluster on a LocalCluster of 1 and 2 workers: articles/s, the merge, the Neo4j write.
bench-distributed: $(STAMP)
	$(BIN)/python benchmarks/bench_distributed.py --json out/bench_distributed.json

## Embedded Cypher on the 92k synthetic graph, and the shared queries against Neo4j (README).
bench-query: $(STAMP)
	$(BIN)/python benchmarks/bench_query.py --neo4j --json out/bench_query.json

## Extraction quality on tests/dev (per article and per split) and on the real-news set,
## tests/real/dev and tests/real/heldout (each article built alone; held-out as one summary line).
eval: $(STAMP)
	$(BIN)/python benchmarks/evaluate.py $(if $(MODEL),--model $(MODEL))
