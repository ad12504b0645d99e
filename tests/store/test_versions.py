"""Versions and batches mean what they say, the figures agree everywhere, and the batch workbook reads well."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from docbuild import clean_sheet_rows
from review_assistant.drafting.workbook import SummaryRow, write_workbook
from review_assistant.review.users import User
from review_assistant.service import ReviewService
from reviewkit import UNIT_B
from sheetfiles import FLAWED_INDICATORS, fixed_sheet, flawed_header, flawed_sheet, write_sheet


def test_identical_file_uploaded_again_is_the_same_review(service: ReviewService, reviewer: User, sheet: Path,
                                                         tmp_path: Path) -> None:
    [first] = service.check_files(reviewer, [sheet])
    copy = tmp_path / "again" / "申报表A（再次上传）.docx"
    copy.parent.mkdir()
    copy.write_bytes(sheet.read_bytes())
    [again] = service.check_files(reviewer, [copy])
    assert again.review_id == first.review_id and again.same_as == first.review_id and again.version == 1
    assert (again.errors, again.warnings, again.infos) == (first.errors, first.warnings, first.infos)
    assert len(service.list_reviews(reviewer)) == 1


def test_a_later_upload_of_the_same_project_by_the_same_unit_is_a_new_version(
        service: ReviewService, reviewer: User, sheet: Path, tmp_path: Path) -> None:
    [first] = service.check_files(reviewer, [sheet])
    [second] = service.check_files(reviewer, [fixed_sheet(tmp_path / "修改稿.docx")])
    assert second.version == 2 and service.get_review(reviewer, second.review_id or 0).review.previous_id \
        == first.review_id
    # The same project name from another unit is another project.
    [other] = service.check_files(reviewer, [flawed_sheet(tmp_path / "别的单位.docx", unit=UNIT_B)])
    assert other.version == 1 and service.get_review(reviewer, other.review_id or 0).review.previous_id is None


def test_files_of_one_batch_are_never_versions_of_each_other(service: ReviewService, reviewer: User, sheet: Path,
                                                             tmp_path: Path) -> None:
    [earlier] = service.check_files(reviewer, [sheet])
    header = flawed_header()
    header[3][2] = header[3][3] = "130"
    other_draft = write_sheet(tmp_path / "b1" / "稿一.docx", clean_sheet_rows(FLAWED_INDICATORS, header))
    items = service.check_files(reviewer, [other_draft, fixed_sheet(tmp_path / "b2" / "稿二.docx")])
    reviews = [service.get_review(reviewer, i.review_id or 0).review for i in items]
    assert len({r.batch_id for r in reviews}) == 1
    # Both follow the earlier upload; neither follows the other.
    assert [(r.version, r.previous_id) for r in reviews] == [(2, earlier.review_id), (2, earlier.review_id)]


def test_figures_agree_on_screen_in_the_draft_and_in_the_workbook(service: ReviewService, reviewer: User,
                                                                  sheet: Path, tmp_path: Path) -> None:
    from review_assistant.ui import render

    [first] = service.check_files(reviewer, [sheet])
    by_rule = {f.rule_id: f for f in service.get_review(reviewer, first.review_id or 0).findings}
    service.reject(reviewer, by_rule["GS-07"].id, by_rule["GS-07"].version, "本地另有规定")
    service.confirm(reviewer, by_rule["GS-02"].id, by_rule["GS-02"].version)
    # The next version carries the rejection: the upload's figures already leave it out.
    [item] = service.check_files(reviewer, [fixed_sheet(tmp_path / "v2" / "申报表A（第二稿）.docx")])
    rid = item.review_id or 0
    detail = service.get_review(reviewer, rid)
    c = detail.counts()
    assert item.carried == 1 and (item.errors, item.warnings, item.infos) == (c.error, c.warning, c.info)
    screen = render.review_summary(detail)
    assert f"错误 {c.error} 项，警告 {c.warning} 项，提示 {c.info} 项；已处理 {c.decided}/{c.total}" in screen
    preview = service.draft_preview(reviewer, rid)
    assert (preview.pending, preview.pending_errors) == (c.pending, c.pending_error)
    out = service.batch_workbook(reviewer, [rid], tmp_path / "汇总.xlsx")
    header, row = list(load_workbook(out)["汇总"].iter_rows(values_only=True))[:2]
    got = dict(zip(header, row, strict=True))
    assert (got["错误"], got["警告"], got["提示"], got["待确认"], got["已确认"], got["已驳回"], got["版本"]) == \
        (c.error, c.warning, c.info, c.pending, c.accepted, c.rejected, 2)


def test_batch_workbook_is_readable_and_printable(service: ReviewService, reviewer: User, sheet: Path,
                                                 sheet_b: Path, tmp_path: Path) -> None:
    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"nope")
    items = service.check_files(reviewer, [sheet, sheet_b, bad])
    ids = [i.review_id for i in items if i.review_id]
    out = service.batch_workbook(reviewer, ids, tmp_path / "汇总.xlsx", [i for i in items if i.error])
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == ["汇总", "问题清单", "按单位汇总"]
    assert {"云溪区城市更新中心", UNIT_B} <= set(wb.sheetnames[3:])
    findings = wb["问题清单"]
    header = [c.value for c in findings[1]]
    assert {"项目名称", "政策依据", "原文"} <= set(header)
    rows = [dict(zip(header, r, strict=True)) for r in findings.iter_rows(min_row=2, values_only=True)]
    gs02 = next(r for r in rows if r["规则"] == "GS-02" and r["项目名称"] == "老旧小区改造提升项目")
    basis = gs02["政策依据"]
    assert basis.count("《云溪区项目支出绩效目标管理办法》") == 1 and "第十二条、第二十八条" in basis
    assert gs02["实施单位"] == "云溪区城市更新中心" and "\n" not in (gs02["原文"] or "")
    units = {r[0]: r for r in wb["按单位汇总"].iter_rows(min_row=2, values_only=True)}
    assert set(units) == {"云溪区城市更新中心", UNIT_B}  # the refused file belongs to no unit
    assert units[UNIT_B][1] == 1 and units[UNIT_B][3] == 1
    own = list(wb[UNIT_B].iter_rows(values_only=True))
    assert own[1][2] == "校舍维修项目" and own[-1][0] == "合计"
    for ws in wb.worksheets:
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.freeze_panes == "A2"
        cell = ws.cell(row=2, column=2)
        assert cell.border.left.style == "thin" and cell.alignment.wrap_text


def test_document_text_is_never_a_formula_in_the_workbook(tmp_path: Path) -> None:
    row = SummaryRow(file="a.docx", project="=HYPERLINK(\"http://x\",\"点我\")", unit="单位", kind="绩效目标申报表",
                     findings=[[1, "a.docx", "p", "单位", "错误", "GS-02", "", "", "m", "=1+1\x07", "", "", "待确认"]])
    out = write_workbook([row], tmp_path / "w.xlsx")
    wb = load_workbook(out)
    cell = wb["汇总"].cell(row=2, column=3)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    evidence = wb["问题清单"].cell(row=2, column=10)
    assert evidence.data_type == "s" and evidence.value == "=1+1"
