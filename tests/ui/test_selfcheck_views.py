"""Self-check speaks to a unit: sentences per rule, no reviewer jargon, every file its own result."""

from __future__ import annotations

from pathlib import Path

from review_assistant.checks.rulebook import rulebook
from review_assistant.drafting.guidance import as_guidance, unit_guidance
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from review_assistant.ui import selfcheck
from sheetfiles import flawed_sheet

JARGON = ("审核编号", "机审结论", "已处理", "llm", "provider", "规则编号", "finding")


def test_every_unit_sentence_belongs_to_a_known_rule_and_reads_as_guidance() -> None:
    sentences = unit_guidance()
    known = rulebook()
    assert len(sentences) >= 40
    for rule_id, text in sentences.items():
        assert rule_id in known, rule_id
        assert "请" in text and text.endswith("。"), rule_id
        assert not any(j in text.lower() for j in JARGON), rule_id
        assert not text.startswith(("请跨", "请应", "请建议")), rule_id
    assert as_guidance("GS-10", "项目期限为多年") == sentences["GS-10"]
    assert as_guidance("XX-99", "某个问题") == "请核实并修改：某个问题"


def test_several_files_each_get_their_result_without_jargon(service: ReviewService, unit_a: User,
                                                           sheet: Path, tmp_path: Path) -> None:
    second = flawed_sheet(tmp_path / "第二份.docx", unit="云溪区城市更新中心", project="口袋公园建设项目")
    broken = tmp_path / "坏文件.docx"
    broken.write_bytes(b"not a docx")
    view = selfcheck.self_check(service, unit_a, [str(sheet), str(second), str(broken)])
    assert len(view.review_ids) == 2
    html = view.html
    assert "共自查 3 份文件" in html and "申报表A.docx" in html and "第二份.docx" in html
    assert "坏文件.docx" in html and "无法自查" in html
    assert html.count('class="ra-sc-file"') == 3
    assert not any(j in html for j in ("审核编号", "机审结论", "已处理", "llm.provider"))
    assert "政策依据" in html and "须修改" in html
    assert "请跨年度项目应" not in html


def test_a_document_of_another_unit_is_flagged(service: ReviewService, unit_a: User, tmp_path: Path) -> None:
    other = flawed_sheet(tmp_path / "别人的.docx", unit="云溪区教育局", project="校舍维修项目")
    view = selfcheck.self_check(service, unit_a, [str(other)])
    assert "与您账号所属的单位“云溪区城市更新中心”不一致" in view.html
    assert "云溪区教育局" in view.html
    own = selfcheck.self_check(service, unit_a, [str(flawed_sheet(tmp_path / "自己的.docx"))])
    assert "与您账号所属的单位" not in own.html
