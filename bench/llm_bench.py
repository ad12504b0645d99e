"""LLM cost per review: calls and prompt/completion tokens, against a local llama.cpp server.

Starts llama-server with SmolLM2-135M on 127.0.0.1 (``make install-llmtest``), reviews a typical goal
sheet and a typical appraisal report with every LLM rule, and prints what the review's metadata
records. Token counts are the server's own (its tokenizer); the local estimate used for prompt
budgets is printed beside them. SmolLM2 measures the plumbing's cost, not a real model's answers:
completion tokens for a real model depend on how much it finds.

Usage: python bench/llm_bench.py [--max-tokens 512] [--base-url URL --model NAME] [--rules GS-08,GS-09]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "corpus/samples/goal_sheets/clean_classic.docx", ROOT / "corpus/samples/reports/r01_henan_styled_clean.docx"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-tokens", type=int, default=512)
    ap.add_argument("--base-url", help="an already running OpenAI-compatible server (default: start llama-server)")
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--rules", default="", help="comma-separated rule ids (default: all LLM rules)")
    ap.add_argument("docs", nargs="*", type=Path, default=DOCS)
    args = ap.parse_args()

    from review_assistant.checks.llm.runner import LLMRunner
    from review_assistant.llm.budget import estimate_tokens
    from review_assistant.llm.local_server import LocalLlamaServer
    from review_assistant.review.pipeline import CheckOptions, check_paths
    from review_assistant.settings import load_settings

    server = None
    base_url = args.base_url
    if base_url is None:
        server = LocalLlamaServer.start()
        base_url = server.base_url
    try:
        with tempfile.TemporaryDirectory() as home:
            settings = load_settings(home, llm={
                "provider": "openai", "model": args.model, "base_url": base_url, "max_tokens": args.max_tokens,
                "max_concurrency": 1, "timeout_s": 300, "rules": [r for r in args.rules.split(",") if r]})
            print(f"model={args.model} base_url={base_url} max_tokens={args.max_tokens}")
            print(f"{'document':<24}{'rules':>6}{'calls':>6}{'failed':>7}{'prompt_tok':>11}{'est_prompt':>11}"
                  f"{'compl_tok':>10}{'kept':>5}{'dropped':>8}{'seconds':>9}  mode")
            for doc in args.docs:
                runner = LLMRunner(settings)
                estimated = 0
                render = runner.render

                def counting(prompt, ctx, passages, _render=render):  # type: ignore[no-untyped-def]
                    nonlocal estimated
                    system, user = _render(prompt, ctx, passages)
                    estimated += estimate_tokens(system) + estimate_tokens(user)
                    return system, user

                runner.render = counting  # type: ignore[method-assign]
                start = time.perf_counter()
                result = check_paths([doc], settings, CheckOptions(llm_runner=runner))[0]
                elapsed = time.perf_counter() - start
                if result.error:
                    print(f"{doc.name}: {result.error}", file=sys.stderr)
                    continue
                m = result.meta["llm_review"]
                print(f"{doc.name:<24}{m['rules']:>6}{m['calls']:>6}{m['failed_calls']:>7}{m['prompt_tokens']:>11}"
                      f"{estimated:>11}{m['completion_tokens']:>10}{m['findings_kept']:>5}{m['findings_dropped']:>8}"
                      f"{elapsed:>9.1f}  {m['structured_output']}")
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
