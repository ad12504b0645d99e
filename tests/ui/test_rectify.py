"""A unit reports its 整改情况 through the service call the CLI uses; only for its own unit's projects; audited."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from review_assistant.errors import InputError, NotFoundError, PermissionDenied
from review_assistant.review import audit, users
from review_assistant.review.projects import project_identity
from review_assistant.service import ReviewService
from review_assistant.service.cycle import MAX_RESPONSE_CHARS
from review_assistant.ui import rectify
from reviewkit import UNIT_A

HOSTILE = "<b>已完成</b>![](/logout)[详见](//evil.example) 新增调查样本300份"


def _requirement(service: ReviewService, reviewer: users.User) -> int:
    key = project_identity(UNIT_A, "老旧小区改造提升项目")
    return service.cycle.add_rectification(reviewer, key, "补充满意度调查样本", "2027-03-31").id


def test_a_unit_reports_its_own_rectification_and_the_office_closes_it(
        service: ReviewService, reviewer: users.User, unit_a: users.User, unit_b: users.User) -> None:
    rid = _requirement(service, reviewer)
    assert [r.id for r in service.cycle.unit_rectifications(unit_a)] == [rid]
    assert service.cycle.unit_rectifications(unit_b) == []
    with pytest.raises(NotFoundError, match=f"整改事项 {rid} 不存在"):  # another unit's item: as if missing
        service.cycle.report_rectification(unit_b, rid, "不是我们的")
    with pytest.raises(InputError, match="请填写整改情况"):
        service.cycle.report_rectification(unit_a, rid, "  ")
    with pytest.raises(InputError, match=f"最多 {MAX_RESPONSE_CHARS} 字"):
        service.cycle.report_rectification(unit_a, rid, "字" * (MAX_RESPONSE_CHARS + 1))
    r = service.cycle.report_rectification(unit_a, rid, HOSTILE)
    assert r.status == "reported" and r.response == HOSTILE and r.reported_at
    again = service.cycle.report_rectification(unit_a, rid, HOSTILE + "（补充）")  # a reported one can be updated
    assert again.response and again.response.endswith("（补充）")
    with pytest.raises(PermissionDenied):
        service.cycle.close_rectification(unit_a, rid)  # closing stays the office's
    closed = service.cycle.close_rectification(reviewer, rid)
    assert closed.status == "closed"
    with pytest.raises(InputError, match="已销号"):
        service.cycle.report_rectification(unit_a, rid, "销号后再报")
    trail = list(reversed(audit.entries(service.store, object_type="rectification", object_id=rid)))
    assert [(e.action, e.actor) for e in trail] == [
        ("rectification.add", "reviewer1"), ("rectification.report", "unit_a"),
        ("rectification.report", "unit_a"), ("rectification.close", "reviewer1")]


def test_a_trainee_cannot_report(service: ReviewService, reviewer: users.User, trainee: users.User) -> None:
    rid = _requirement(service, reviewer)
    with pytest.raises(PermissionDenied):
        service.cycle.report_rectification(trainee, rid, "x")
    assert service.cycle.unit_rectifications(trainee) == []


def test_the_units_panel_escapes_the_text_and_offers_only_open_items(
        service: ReviewService, reviewer: users.User, unit_a: users.User, unit_b: users.User) -> None:
    rid = _requirement(service, reviewer)
    said, view = rectify.submit(service, unit_a, f"#{rid}", HOSTILE)
    assert "已报送整改事项" in said
    assert "<b>" not in view.html and "](" not in view.html and "![" not in view.html
    assert "&lt;b&gt;已完成&lt;/b&gt;" in view.html and "已报整改情况" in view.html
    assert view.choices == [rectify.choice_label(service.cycle.unit_rectifications(unit_a)[0])]
    said, _ = rectify.submit(service, unit_b, f"#{rid}", "试图改别的单位的")
    assert "不存在" in said and "ra-hint" in said
    said, _ = rectify.submit(service, unit_a, None, "x")
    assert "请先" in said
    service.cycle.close_rectification(reviewer, rid)
    assert rectify.load(service, unit_a).choices == []  # closed: listed, no longer answerable
    assert "已销号" in rectify.load(service, unit_a).html


def test_the_cli_reports_through_the_same_call(service: ReviewService, reviewer: users.User) -> None:
    from review_assistant.cli import app

    rid = _requirement(service, reviewer)
    home = service.settings.home
    done = CliRunner().invoke(app, ["rectify", "report", str(rid), "--response", "已整改", "--home", str(home)])
    assert done.exit_code == 0, done.output
    assert service.cycle.rectifications(reviewer)[0].response == "已整改"
