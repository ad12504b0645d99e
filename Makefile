# review_assistant — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1

.PHONY: run test lint typecheck unit install install-dev samples bench bench-ui chromium clean demo

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	$(PY) -m review_assistant.llm.tokens --seed
	touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)

install-dev: $(DEVSTAMP)

## Run the product on its defaults.
run: $(STAMP)
	$(BIN)/review-assistant kb ensure
	$(BIN)/review-assistant serve

## A terminal demonstration: check the bundled sample goal sheets and reports.
demo: $(STAMP)
	$(BIN)/review-assistant check corpus/samples/goal_sheets/* corpus/samples/reports/*.docx || test $$? -eq 2

## Lint, type-check and test (what CI runs).
test: $(DEVSTAMP) chromium lint typecheck unit

## Headless browser for the end-to-end UI test (CI runs as root on Debian).
chromium:
	command -v chromium || (apt-get update && apt-get install -y chromium fonts-noto-cjk)

lint: $(DEVSTAMP)
	$(BIN)/ruff check src tests bench corpus

typecheck: $(DEVSTAMP)
	$(BIN)/mypy

unit: $(DEVSTAMP)
	$(BIN)/pytest -n auto -q

samples: $(STAMP)
	$(PY) corpus/samples/make_goal_sheets.py
	$(PY) corpus/samples/make_reports.py

bench: $(STAMP)
	$(PY) bench/check_bench.py

bench-ui: $(DEVSTAMP)
	$(PY) bench/ui_bench.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
