"""LLM cost per document: calls, prompt/completion tokens and seconds, against the local Qwen model.

Starts llama-server with Qwen2.5-Coder-1.5B-Instruct on 127.0.0.1 (``make install-llmtest``; or
``--base-url URL --model NAME`` for a running server), reviews a typical goal sheet and a typical
appraisal report with every LLM rule, and prints what the review's metadata records: the server's
own token counts, the local estimate beside them, failed and looping calls, kept and dropped
findings, and the slowest rule. ``--dry-run`` renders the prompts only (no model) and prints the
prompt tokens per document under the current section targeting and per-rule budget.

Usage: python bench/llm_bench.py [--rules EA-NEC-02,GS-09] [--max-tokens 320] [--rule-input-tokens 900]
                                 [--base-url URL --model NAME] [--dry-run] [docs ...]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "corpus/samples/goal_sheets/clean_classic.docx", ROOT / "corpus/samples/reports/r01_henan_styled_clean.docx"]


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--max-tokens", type=int, default=320)
    ap.add_argument("--rule-input-tokens", type=int, default=900)
    ap.add_argument("--base-url", help="an already running OpenAI-compatible server (default: start llama-server)")
    ap.add_argument("--model", default="qwen2.5-coder-1.5b-instruct")
    ap.add_argument("--rules", default="", help="comma-separated rule ids (default: all LLM rules)")
    ap.add_argument("--dry-run", action="store_true", help="render prompts only; no model")
    ap.add_argument("docs", nargs="*", type=Path, default=DOCS)
    args = ap.parse_args()

    from review_assistant.checks.llm.runner import LLMProgress, LLMRunner
    from review_assistant.llm.budget import count_tokens
    from review_assistant.llm.local_server import LocalLlamaServer
    from review_assistant.review.pipeline import CheckOptions, check_paths, prepare
    from review_assistant.settings import load_settings

    rules = [r for r in args.rules.split(",") if r]
    server = None
    base_url = args.base_url or "http://127.0.0.1:9/v1"
    if not args.dry_run and args.base_url is None:
        server = LocalLlamaServer.start(ctx_size=4096, threads=2)
        base_url = server.base_url
    try:
        with tempfile.TemporaryDirectory() as home:
            settings = load_settings(home, llm={
                "provider": "openai", "model": args.model, "base_url": base_url, "max_tokens": args.max_tokens,
                "max_concurrency": 1, "timeout_s": 900, "context_tokens": 4096, "cache_prompt": True,
                "rule_input_tokens": args.rule_input_tokens, "rules": rules})
            if args.dry_run:
                _dry_run(settings, args.docs, LLMRunner, prepare, CheckOptions, count_tokens)
                return
            print(f"model={args.model} base_url={base_url} max_tokens={args.max_tokens} "
                  f"rule_input_tokens={args.rule_input_tokens}")
            print(f"{'document':<30}{'rules':>6}{'calls':>6}{'failed':>7}{'looped':>7}{'prompt_tok':>11}"
                  f"{'est_prompt':>11}{'compl_tok':>10}{'kept':>5}{'dropped':>8}{'seconds':>9}  slowest rule")
            for doc in args.docs:
                per_rule: dict[str, float] = {}

                def record(event: LLMProgress, _per_rule: dict[str, float] = per_rule) -> None:
                    if event.status in {"done", "failed"}:
                        _per_rule[event.rule_id] = event.seconds

                runner = LLMRunner(settings).with_hooks(on_progress=record)
                ctx = prepare(doc, settings, CheckOptions())
                estimated = sum(count_tokens(s) + count_tokens(u) for s, u in
                                (runner.render(p, ctx, runner._passages(p)) for p in runner.rules_for(ctx)))
                start = time.perf_counter()
                result = check_paths([doc], settings, CheckOptions(llm_runner=runner))[0]
                elapsed = time.perf_counter() - start
                if result.error:
                    print(f"{doc.name}: {result.error}", file=sys.stderr)
                    continue
                m = result.meta["llm_review"]
                slow = max(per_rule.items(), key=lambda kv: kv[1]) if per_rule else ("-", 0.0)
                print(f"{doc.name[:29]:<30}{m['rules']:>6}{m['calls']:>6}{m['failed_calls']:>7}{m['looped_calls']:>7}"
                      f"{m['prompt_tokens']:>11}{estimated:>11}{m['completion_tokens']:>10}{m['findings_kept']:>5}"
                      f"{m['findings_dropped']:>8}{elapsed:>9.1f}  {slow[0]} {slow[1]:.0f}s"
                      f" (median {statistics.median(per_rule.values()) if per_rule else 0:.0f}s/rule)")
    finally:
        if server is not None:
            server.stop()


def _dry_run(settings, docs, runner_cls, prepare, options_cls, count_tokens) -> None:  # type: ignore[no-untyped-def]
    """Prompt tokens per document with and without the per-rule budget (no model)."""
    print(f"{'document':<30}{'rules':>6}{'prompt_tok(budget)':>20}{'prompt_tok(context only)':>26}")
    wide = settings.model_copy(update={"llm": settings.llm.model_copy(update={"rule_input_tokens": 10**6})})
    for doc in docs:
        sizes = []
        for s in (settings, wide):
            runner = runner_cls(s)
            ctx = prepare(doc, s, options_cls())
            sizes.append(sum(count_tokens(a) + count_tokens(b) for a, b in
                             (runner.render(p, ctx, runner._passages(p)) for p in runner.rules_for(ctx))))
            n_rules = len(runner.rules_for(ctx))
        print(f"{doc.name[:29]:<30}{n_rules:>6}{sizes[0]:>20}{sizes[1]:>26}")


if __name__ == "__main__":
    main()
