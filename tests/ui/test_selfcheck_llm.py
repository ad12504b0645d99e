"""Self-check with a (fake) model: the same per-rule progress and the same cancel as the workbench's upload."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from llm.fakes import always, fake_handle
from review_assistant.checks.llm.runner import LLMRunner
from review_assistant.engine import Engine
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.settings import Settings, load_settings
from review_assistant.ui import selfcheck, workbench
from review_assistant.ui.common import cancel_llm

SHEET = Path(__file__).resolve().parents[1] / "llm" / "sample_sheet.md"
QUOTE = "效益指标 社会效益指标 居民居住条件 定性 明显改善"
FAIL = {"verdict": "fail", "findings": [{"problem": "效益指标不可衡量", "evidence": QUOTE}]}


@pytest.fixture
def llm_settings(_isolated_home: Path) -> Settings:
    return load_settings(_isolated_home, llm={"provider": "openai", "model": "fake-model", "max_concurrency": 1,
                                              "base_url": "http://127.0.0.1:9/v1", "context_tokens": 4096,
                                              "use_server_slots": False})


def _unit(settings: Settings) -> tuple[ReviewService, User, Any]:
    handle, model = fake_handle(*always(FAIL))
    engine = Engine(settings, llm_runner=LLMRunner(settings, handle=handle, retriever=lambda q, k: []))
    service = ReviewService(settings, engine=engine)
    unit = service.add_user(User("命令行", "admin"), "u1", "password-123", "unit", "云溪区城市更新中心")
    return service, unit, model


def test_self_check_shows_a_line_per_rule_put_to_the_model(llm_settings: Settings) -> None:
    service, unit, model = _unit(llm_settings)
    lines: list[tuple[float, str]] = []
    view = selfcheck.self_check(service, unit, [str(SHEET)], progress=lambda f, m: lines.append((f, m)),
                                cancel=workbench.SessionCancel())
    said = [m for _, m in lines]
    judged = [m for m in said if m.startswith("大模型判断")]
    assert len(judged) == len(model.calls) == 5  # every rule of the sheet, each announced before its call
    assert judged[0].endswith("（1/5）…") and judged[-1].endswith("（5/5）…")
    assert said[-1] == "审核完成" and [f for f, _ in lines] == sorted(f for f, _ in lines)
    assert view.review_ids and "sc-cancelled" not in view.html
    service.close()


def test_self_check_cancel_stops_the_model_keeps_the_results_and_says_so(llm_settings: Settings) -> None:
    service, unit, model = _unit(llm_settings)
    flag = workbench.SessionCancel()
    cancel_llm(flag)  # pressed during an earlier self-check: must not stop this one before it starts

    def press_cancel_at_first_rule(_f: float, line: str) -> None:
        if line.startswith("大模型判断"):
            assert "已请求取消" in cancel_llm(flag)  # what the 取消大模型判断 button does

    view = selfcheck.self_check(service, unit, [str(SHEET)], progress=press_cancel_at_first_rule, cancel=flag)
    assert len(model.calls) == 1  # the call in flight finished; the other four were not made
    assert selfcheck.CANCELLED_NOTE in view.html
    detail = service.get_review(unit, view.review_ids[0])
    assert detail.review.purpose == "self_check"
    assert [f.model for f in detail.findings if f.source == "llm"] == ["fake-model"]
    assert any(f.source == "rule" for f in detail.findings)
    assert "llm" not in view.html.lower()  # the unit reads plain notes, not setting names
    service.close()
