# The two Quick start commands are `make demo` and `make test`; both set everything up first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Set DATASETTE=1.0a41 (for example) to install that Datasette version into the virtualenv.
DATASETTE ?=
PORT ?= 8001

.PHONY: install demo demo-db test clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]' $(if $(DATASETTE),"datasette==$(DATASETTE)")
	touch $@

install: $(VENV)/.installed

# Always run: unchanged articles are skipped in milliseconds, and a newer extractor re-extracts.
demo-db: $(VENV)/.installed
	$(BIN)/sqlite-utils import-articles demo.db --samples

demo: demo-db
	@echo "Serving the demo on http://127.0.0.1:$(PORT)/ (sign in as root with the URL printed below)"
	$(BIN)/datasette serve demo.db -m metadata.yml -p $(PORT) --root

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .venv-* demo.db demo.db-wal demo.db-shm .pytest_cache

# Benchmarks: writes bench/RESULTS.md (outputs under bench/out/). Sizes are configurable, e.g.
#   make bench BENCH_SIZES=1000,10000,100000 BENCH_PAGES_ARTICLES=100000
#   make bench BENCH_ONLY=pages      (re-run one part; the others' last results are kept)
BENCH_SIZES ?= 1000,10000
BENCH_PAGES_ARTICLES ?= 100000
BENCH_ONLY ?=
.PHONY: bench
bench: $(VENV)/.installed
	$(BIN)/python bench/run.py --sizes $(BENCH_SIZES) --pages-articles $(BENCH_PAGES_ARTICLES) $(if $(BENCH_ONLY),--only $(BENCH_ONLY))

# Evaluation of the extractor against ../shared/data: writes EVALUATION.md at the repo root.
.PHONY: eval bench-extract
# The training extra (scikit-learn, numpy) lives in its own virtualenv: the TF-IDF baseline column of
# the evaluation and `make train` need it, the package never does. Kept out of $(VENV) because
# sqlite-utils imports numpy at start whenever it is installed, which would make every command
# `make bench` times slower than it is for someone who ran `pip install datasette-factcheck`.
TRAIN_VENV ?= .venv-train
$(TRAIN_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(TRAIN_VENV)
	$(TRAIN_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(TRAIN_VENV)/bin/python -m pip install --quiet -e '.[test,train]'
	touch $@

eval: $(TRAIN_VENV)/.installed
	$(TRAIN_VENV)/bin/python -m eval.run

# Extraction speed alone (sentences/s on one core); `make bench` covers the import.
bench-extract: $(VENV)/.installed
	$(BIN)/python bench/bench_extract.py

# Retrain the check-worthiness model (ClaimBuster crowdsourced.csv in ../shared/data; seeded, ~7 min on
# 2 cores): rewrites datasette_factcheck/extract/data/checkworthiness.json.gz. See training/README.md.
.PHONY: train
train: $(TRAIN_VENV)/.installed
	PYTHONHASHSEED=0 $(TRAIN_VENV)/bin/python training/train_checkworthiness.py
