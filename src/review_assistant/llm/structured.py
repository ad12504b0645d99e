"""Typed LLM output: the verdict model, the server's JSON modes, a tolerant parser, one retry.

Order of preference: the server's JSON-schema output (llama.cpp, vLLM, Ollama, OpenAI), its JSON
mode, then plain text read by a tolerant parser. With ``structured_output = "auto"`` a server that
rejects a mode is stepped down once and remembered. An answer that does not validate goes back to
the model once, with the validation error; a second failure is reported, never guessed at.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from pydantic import BaseModel, Field, ValidationError, create_model, model_validator

from review_assistant.errors import ModelError
from review_assistant.llm.repetition import looping

if TYPE_CHECKING:  # pragma: no cover
    from langchain_core.messages import BaseMessage

    from review_assistant.llm.models import ChatHandle, Usage

M = TypeVar("M", bound=BaseModel)


class LLMIssue(BaseModel):
    """One problem the model reports; shown only after code verified its quote and citations."""

    problem: str = Field(description="问题描述（中文）", max_length=300)
    evidence: str = Field(description="从材料中逐字复制的原文", max_length=200)
    citations: list[str] = Field(default_factory=list, description="政策条款编号，如 P1", max_length=5)
    severity: Literal["warning", "info"] = Field("warning", description="warning 或 info")
    suggestion: str = Field("", description="修改建议（中文）", max_length=300)


class RuleVerdict(BaseModel):
    """The model's judgement on one rule."""

    verdict: Literal["pass", "fail", "not_applicable"] = Field(description="pass / fail / not_applicable")
    reason: str = Field("", description="一句话理由", max_length=300)
    findings: list[LLMIssue] = Field(default_factory=list, max_length=5)

    @model_validator(mode="after")
    def _fail_needs_findings(self) -> RuleVerdict:
        if self.verdict == "fail" and not self.findings:
            raise ValueError("verdict 为 fail 时 findings 至少要有一条（含原文 evidence）")
        return self


def quoting_verdict(quotes: Sequence[str], keys: Sequence[str]) -> type[RuleVerdict]:
    """``RuleVerdict`` whose evidence must be one of ``quotes`` and citations among ``keys``.

    Sent as the JSON schema to servers with constrained decoding (llama.cpp, vLLM): a small model
    can then only quote what the document says, instead of paraphrasing (which verification drops).
    """
    if not quotes:
        return RuleVerdict
    evidence_t: Any = Literal[tuple(quotes)]
    issue_fields: dict[str, Any] = {"evidence": (evidence_t, Field(description="材料原文中的一句"))}
    if keys:
        key_t: Any = Literal[tuple(keys)]
        issue_fields["citations"] = (list[key_t], Field(default_factory=list, max_length=5))
    issue = create_model("QuotedIssue", __base__=LLMIssue, **issue_fields)
    verdict: type[RuleVerdict] = create_model(
        "QuotedVerdict", __base__=RuleVerdict, findings=(list[issue], Field(default_factory=list, max_length=3)))
    return verdict


def json_schema_for(model: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON schema with ``$ref``s inlined (some grammar converters dislike them)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(defs[node["$ref"].split("/")[-1]])
            # maxLength stays a client-side check: llama.cpp turns it into a grammar that repeats an
            # optional character N times, which makes constrained sampling very slow.
            return {k: inline(v) for k, v in node.items() if k not in {"title", "maxLength"}}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    result: dict[str, Any] = inline(schema)
    return result


def output_format_text(model: type[BaseModel]) -> str:
    """The format instruction for the system prompt (needed in JSON mode and plain-text mode)."""
    example = {
        "verdict": "fail",
        "reason": "……",
        "findings": [{"problem": "……", "evidence": "材料中的原文", "citations": ["P1"], "severity": "warning",
                      "suggestion": "……"}],
    }
    return (
        "输出格式：只输出一个 JSON 对象，不要输出其他文字。结构示例：\n"
        + json.dumps(example, ensure_ascii=False)
        + "\n通过或不适用时 findings 为空列表 []。"
    )


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def tolerant_json(text: str) -> Any:
    """The first JSON object in ``text``: code fences, prose around it and trailing commas are tolerated."""
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    for cand in candidates:
        start = cand.find("{")
        if start < 0:
            continue
        depth = 0
        in_str = False
        esc = False
        for i in range(start, len(cand)):
            ch = cand[i]
            if in_str:
                esc = not esc and ch == "\\"
                if ch == '"' and not esc:
                    in_str = False
                continue
            if ch == '"':
                in_str = True
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    raw = cand[start : i + 1]
                    for attempt in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
                        try:
                            return json.loads(attempt)
                        except json.JSONDecodeError:
                            continue
                    break
    raise ValueError("输出中没有可解析的 JSON 对象")


def parse_output(text: str, model: type[M]) -> M:
    """Parse ``text`` into ``model``; raises ValueError with a short reason for the retry message."""
    data = tolerant_json(text)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '根'}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise ValueError(f"JSON 不符合要求：{problems}") from exc


@dataclass
class StructuredResult:
    value: BaseModel | None
    attempts: int
    error: str = ""
    raw: str = ""
    looped: bool = False


LOOP_ERROR = "模型输出陷入重复循环（已按失败处理，未采用）"


def response_format_for(mode: str, model: type[BaseModel]) -> dict[str, Any] | None:
    if mode == "json_schema":
        return {"type": "json_schema", "json_schema": {
            "name": model.__name__.strip("_") or "Answer", "schema": json_schema_for(model), "strict": False}}
    if mode == "json_mode":
        return {"type": "json_object"}
    return None


def _rejects_format(err: ModelError) -> bool:
    """The server refused the requested response_format (not a transport problem)."""
    cause = err.__cause__
    text = f"{type(cause).__name__} {cause}".lower() if cause else str(err).lower()
    if err.retryable:
        return False
    return any(w in text for w in ("response_format", "json_schema", "json_object", "schema", "grammar",
                                   "badrequest", "not supported", "unsupported"))


def ask_structured(
    handle: ChatHandle,
    messages: list[BaseMessage],
    model: type[M],
    usage: Usage | None = None,
    *,
    max_tokens: int | None = None,
    response_schema: type[BaseModel] | None = None,
) -> StructuredResult:
    """Ask for ``model``; one retry with the validation error. Transport failures raise ModelError.

    A looping answer (``llm.repetition``) is returned at once as a failure, without the retry.
    ``response_schema`` (default ``model``) is what the server is asked to follow — e.g. a narrower
    schema whose quotes must be sentences of the document; the answer is always parsed as ``model``,
    so verification, not parsing, decides what is dropped.
    """
    from langchain_core.messages import AIMessage, HumanMessage

    convo = list(messages)
    last_error = ""
    raw = ""
    for attempt in (1, 2):
        while True:
            try:
                fmt = response_format_for(handle.structured_mode, response_schema or model)
                reply = handle.invoke(convo, usage, **handle.format_kwargs(fmt, max_tokens=max_tokens))
                break
            except ModelError as err:
                if handle.auto_downgrade and handle.structured_mode != "prompt" and _rejects_format(err):
                    handle.structured_mode = "json_mode" if handle.structured_mode == "json_schema" else "prompt"
                    continue
                if _truncated(err):
                    reply = AIMessage(content="")
                    break
                raise
        raw = reply.content if isinstance(reply.content, str) else json.dumps(reply.content, ensure_ascii=False)
        if looping(raw):
            # Never parsed into findings and never retried: at temperature 0 it would loop again.
            if usage is not None:
                usage.looped()
            return StructuredResult(None, attempts=attempt, error=LOOP_ERROR, raw=raw[:2000], looped=True)
        try:
            return StructuredResult(parse_output(raw, model), attempts=attempt, raw=raw)
        except ValueError as exc:
            last_error = str(exc) if raw.strip() else "输出为空或被截断"
        convo = [*convo, AIMessage(content=raw[:2000]),
                 HumanMessage(content=f"上一次输出无效：{last_error}。请重新只输出一个符合格式要求的 JSON 对象。")]
    return StructuredResult(None, attempts=2, error=last_error, raw=raw)


def _truncated(err: ModelError) -> bool:
    """The OpenAI SDK's parse() raises when generation hit the token limit: treat as an invalid answer."""
    cause = err.__cause__
    return cause is not None and type(cause).__name__ in {"LengthFinishReasonError", "ContentFilterFinishReasonError"}
