"""EA-RPT-05 (who assessed, and when) and GEN-04 (the report predates the budget submission it states)."""

from __future__ import annotations

from collections.abc import Iterable

from review_assistant.checks.base import CheckContext, ReportRule, register
from review_assistant.checks.models import Finding
from review_assistant.checks.report.common import located
from review_assistant.extract.report import AppraisalReport


@register
class EARPT05EvaluatorAndDate(ReportRule):
    rule_id = "EA-RPT-05"

    def check(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        yield from self._panel(ctx, report)
        missing = [name for name, value in (("评估机构或评估人员", report.evaluator), ("评估日期", report.report_date))
                   if value is None]
        if not missing:
            return
        yield ctx.finding(
            self.rule_id, "warning", f"报告未写明{'和'.join(missing)}。",
            suggestion="请在封面或文末写明评估机构（评估小组）、参与评估人员签名和评估日期；"
            "委托第三方评估的还应加盖评估机构印章。",
        )

    def _panel(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        """The experts the text says took part against those listed to sign: fewer signatures is certain."""
        panel = report.panel
        if panel is None or len(panel.members) == panel.stated:
            return
        fewer = len(panel.members) < panel.stated
        yield ctx.finding(
            self.rule_id, "error" if fewer else "warning",
            f"文中写明专家组由{panel.stated}名专家组成（“{panel.stated_text}”），但专家名单/签名处列出"
            f"{len(panel.members)}人（{'、'.join(panel.members)}）"
            + ("，缺少其余专家的签名。" if fewer else "，人数多于文中所写，请核对。"),
            evidence=panel.members_text, location=located(report, panel.members_location),
            suggestion="请补齐参加评审的全部专家的签名，或更正文中所写的专家人数。",
        )


@register
class GEN04ReportBeforeSubmission(ReportRule):
    rule_id = "GEN-04"

    def check(self, ctx: CheckContext, report: AppraisalReport) -> Iterable[Finding]:
        if report.report_date is None or report.submission_date is None:
            return
        done, due = report.report_date.value, report.submission_date.value
        if done <= due:
            return
        yield ctx.finding(
            self.rule_id, "error",
            f"报告日期（{done:%Y年%m月%d日}）晚于报告所述预算申报日期（{due:%Y年%m月%d日}），"
            "事前绩效评估应在预算申报前完成。",
            evidence=report.report_date.text, location=located(report, report.report_date.location),
            suggestion="请核实评估实际完成时间；先申报、后补评估的，按未开展事前绩效评估处理。",
        )
