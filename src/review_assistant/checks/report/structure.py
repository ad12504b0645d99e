"""EA-RPT-01: the report has every required section, and none of them is empty."""

from __future__ import annotations

import re
from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, ReportRule, register
from review_assistant.checks.models import Finding, Severity
from review_assistant.extract.report import AppraisalReport, ConclusionField, is_opinion_titled
from review_assistant.extract.report_sections import (
    DIMENSION_CORE_WORDS,
    DIMENSION_KEYS,
    SECTION_NAMES,
    SECTION_SYNONYMS,
    ReportSection,
)

# Body text that says nothing: "无", "暂无", "略", "详见附件" and the like.
_EMPTY_BODY = re.compile(r"^(?:无|暂无|略|同上|待补充|待定|见附件|详见附件|不适用|/|—+|-+|…+)?[。.]?$")
_MIN_CHARS = 8  # "目标明确。" is a verdict, not an assessment (thin analysis is EA-RPT-02's business)
_BLOCKING = {*DIMENSION_KEYS, "overall_conclusion"}
# Words by which a one-line expert opinion names a dimension ("立项必要，投入经济性一般，实施方案可行，筹资合规").
_OPINION_CUES: dict[str, tuple[str, ...]] = {
    "necessity": ("必要",), "economy": ("经济", "测算"), "goal_rationality": ("绩效目标", "目标合理", "可实现"),
    "feasibility": ("可行",), "funding_compliance": ("筹资", "合规"),
}


def _what(text: str) -> str:
    body = text.strip()
    return f"仅写“{body}”" if body else "标题下无正文"


def _table_body(ctx: CheckContext, section: ReportSection) -> str:
    """The first row of a filled table under ``section``'s heading ('' when it has none)."""
    for b in ctx.document.blocks[section.block_start + 1:section.block_end]:
        if b.table is not None and len(re.sub(r"\s+", "", b.text)) >= _MIN_CHARS and b.table.n_rows >= 2:
            return b.table.row_text(0)[:40]
    return ""


_PROJECT_LABEL = re.compile(r"^(?:政策或)?项目名称[：:]?$")


def _project_table_on_top(ctx: CheckContext, report: AppraisalReport) -> bool:
    """A 项目名称 | … table before the first recognised section (an expert opinion's project details)."""
    first = min((s.block_start for s in report.sections if s.key), default=len(ctx.document.blocks))
    return any(b.table is not None and any(row and _PROJECT_LABEL.match(re.sub(r"\s+", "", row[0].text)) for row in b.table.rows)
               for b in ctx.document.blocks[:first])


def _is_empty(text: str) -> bool:
    body = re.sub(r"\s+", "", text)
    return bool(_EMPTY_BODY.match(body)) or len(body) < _MIN_CHARS


def _covering_heading(report: AppraisalReport, key: str) -> str:
    """The title of a heading that may cover dimension ``key`` ('' when none): a merged heading such as
    "必要性和可行性" carries the dimension's core word, so the dimension's absence is not certain."""
    words = DIMENSION_CORE_WORDS.get(key, ())
    found = next((s.title for s in report.sections if s.key != key and any(w in s.title for w in words)), "")
    if found or key != "goal_rationality":
        return found
    # A short report's "3.绩效目标：……目标设置合理" among the dimension headings judges the goals.
    first_dim = next((i for i, s in enumerate(report.sections)
                      if s.key in DIMENSION_KEYS or any(w in s.title for ws in DIMENSION_CORE_WORDS.values() for w in ws)),
                     None)
    return next((s.title for i, s in enumerate(report.sections)
                 if first_dim is not None and i > first_dim and s.key == "goals" and "合理" in s.text), "")


def _conclusion_advises(report: AppraisalReport) -> bool:
    """Beijing-style reports put their recommendations (建议预算控制数 …) inside 评估结论, with no 建议 section."""
    return any("建议" in s.text for s in report.sections if s.key == "overall_conclusion")


# A heading that sounds like a verdict although its words are not known ("专家意见", "六、评审总体意见").
_CONCLUSION_LIKE = re.compile(r"结论|意见|评价|总体|综合")


def _conclusion_read(report: AppraisalReport) -> tuple[ReportSection | ConclusionField, str] | None:
    """What stands in for an unrecognised conclusion section: a conclusion-like heading outside the dimensions,
    else the conclusion sentence found in the text ("……调整后予以支持"); None when the report has neither."""
    for s in report.sections:
        inside_dimension = s.parent is not None and report.sections[s.parent].key in DIMENSION_KEYS
        if not s.key and not inside_dimension and s.level <= 2 and s.block_start > 0 and len(s.title) <= 16 \
                and _CONCLUSION_LIKE.search(s.title) \
                and not any(w in s.title for ws in DIMENSION_CORE_WORDS.values() for w in ws):
            return s, f"报告中有“{s.title}”部分"
    if report.conclusion is not None:
        return report.conclusion, f"报告中写有结论性语句“{report.conclusion.sentence}”"
    return None


@register
class EARPT01RequiredSections(ReportRule):
    rule_id = "EA-RPT-01"

    def check(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        required = [k for k in ctx.settings.review.report_required_sections if k in SECTION_NAMES]
        found = {s.key for s in report.sections if s.key}
        # An expert opinion (a one-table form or a letter ending "评审结论：……") has no dimension sections by design.
        if report.opinion_form and not found & (set(required) - {"overall_conclusion"}) & set(DIMENSION_KEYS):
            yield self._opinion_form(ctx)
            return
        if report.opinion_form:
            # An opinion scoring the dimensions in its table: the report's own parts (基本情况, 工作开展情况,
            # 相关建议) belong to the report it reviews, not to the opinion.
            required = [k for k in required if k in _BLOCKING]
        if not found & set(required):
            yield ctx.finding(
                self.rule_id, "error",
                "未识别到报告的任何规定章节（如“一、评估对象基本情况”“（一）立项必要性”），无法逐项审核。",
                suggestion="请按规定格式编写报告：评估对象基本情况、评估工作开展情况、综合评估情况与评估结论"
                "（立项必要性、投入经济性、绩效目标合理性、实施方案可行性、筹资合规性、总体结论）、相关建议。",
            )
            return
        for key in required:
            # An opinion's "（一）立项必要性 必要性充分。" is the experts' verdict, not a report's thin section: never certain.
            severity: Severity = "error" if key in _BLOCKING and not (report.opinion_form and key in DIMENSION_KEYS) \
                else "warning"
            name = SECTION_NAMES[key]
            sections = [s for s in report.sections if s.key == key]
            if not sections and key == "suggestions" and _conclusion_advises(report):
                continue
            if not sections and key == "basic_info" and is_opinion_titled(report.title) \
                    and _project_table_on_top(ctx, report):
                continue  # an expert opinion opens with the project's details table: that is its basic information
            if not sections and (covering := _covering_heading(report, key)):
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"未找到单独的“{name}”部分，可能与其他内容合并写在“{covering}”中，请人工核对。",
                    suggestion=f"建议单独列出“{name}”部分，逐项写明评估情况。",
                )
                continue
            if not sections and key == "overall_conclusion" and report.opinion_form and report.conclusion is not None:
                continue  # an opinion's closing "经审核，……同意纳入项目库" is its conclusion, it needs no heading
            if not sections and key == "overall_conclusion" and (read := _conclusion_read(report)):
                heading, what = read
                yield ctx.finding(
                    self.rule_id, "warning",
                    f"未找到可识别的“{name}”标题，但{what}，可能是结论部分，请人工核对。",
                    evidence=heading.heading if isinstance(heading, ReportSection) else heading.sentence,
                    location=heading.location,
                    suggestion=f"建议以“{name}”（或“评估结论”）为标题单独写明评估结论、得分和建议预算控制数。",
                )
                continue
            if not sections:
                aliases = "、".join(SECTION_SYNONYMS[key][1][1:3])
                yield ctx.finding(
                    self.rule_id, severity, f"报告缺少“{name}”部分。",
                    suggestion=f"请补充“{name}”部分（也可写作{aliases}等），结合本项目的事实和数据写明评估情况。",
                )
                continue
            if all(_is_empty(s.text) for s in sections):
                s = sections[0]
                tabled = next((t for x in sections if (t := _table_body(ctx, x))), "")
                if tabled and severity == "warning":
                    continue  # "一、项目基本情况" over a 项目名称 | 项目单位 | 申请资金 field table: the table is the content
                if tabled:
                    yield ctx.finding(
                        self.rule_id, "warning",
                        f"“{name}”部分只有表格（“{tabled}”），没有文字分析，未能判断其内容是否充分，请人工核对。",
                        evidence=s.heading, location=s.location,
                        suggestion=f"请在“{name}”部分结合表格写明评估情况和判断理由。",
                    )
                    continue
                yield ctx.finding(
                    self.rule_id, severity,
                    f"“{name}”部分没有实质内容（{_what(s.text)}）。",
                    evidence=s.heading, location=s.location,
                    suggestion=f"请在“{name}”部分结合本项目的具体事实、数据和材料写明评估情况和判断理由。",
                )

    def _opinion_form(self, ctx: CheckContext) -> Finding:
        """An expert opinion (评审意见表 / 意见函) has no report sections by design: the §4 section list is the format of
        the 事前绩效评估报告 it reviews, so it does not apply here (info). What the opinion itself owes is a word on
        each of the five dimensions: one it never names is a warning."""
        text = ctx.document.full_text
        named = [SECTION_NAMES[k] for k in DIMENSION_KEYS if any(w in text for w in _OPINION_CUES[k])]
        missing = [SECTION_NAMES[k] for k in DIMENSION_KEYS if SECTION_NAMES[k] not in named]
        head = ("本文件是专家评审意见（评审意见表或意见函），不是成文的事前绩效评估报告：报告的章节要求（评估对象基本情况、"
                "评估工作开展情况、五个维度分节、相关建议）针对所评审的报告，不适用于评审意见，本项不按章节审核")
        if not missing:
            return ctx.finding(
                self.rule_id, "info", f"{head}；意见中已逐项提到{'、'.join(named)}。",
                suggestion="请确认所评审的事前绩效评估报告已随附或已另行提交，章节和内容在该报告中审核。",
            )
        said = f"意见中提到了{'、'.join(named)}，未提到{'、'.join(missing)}" if named else "意见中没有逐项提到五个评估维度"
        return ctx.finding(
            self.rule_id, "warning", f"{head}；但{said}，未能确认专家是否评审了这些维度。",
            suggestion="评审意见应逐项写明立项必要性、投入经济性、绩效目标合理性、实施方案可行性和筹资合规性的评审意见"
            "（或附逐维度评分），并随附所评审的事前绩效评估报告。",
        )
