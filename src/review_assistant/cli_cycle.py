"""Commands for the later stages of the cycle, thin over ``ReviewService.cycle``.

``project list|show|link``, ``results`` (结果应用 workbook), ``disclose`` (公开), ``rectify add|report|close|list``.
Registered on the main app by :func:`register` (called at the end of ``cli.py``).
"""


import json
from pathlib import Path
from typing import Annotated, Any

import typer

from review_assistant.errors import InputError, NotFoundError


def register(app: typer.Typer) -> None:
    from review_assistant.cli import CLI_ACTOR, HomeOption, settings_for
    from review_assistant.cli_zh import ZhTyper
    from review_assistant.review.users import User

    actor = User(CLI_ACTOR, "admin")
    project_app = ZhTyper(help="项目全周期：同一项目各环节、各年度的材料、跨环节检查和关联确认。", no_args_is_help=True,
                          rich_markup_mode=None)
    rectify_app = ZhTyper(help="整改跟踪：整改要求 → 整改情况 → 销号（每一步记入审计日志）。", no_args_is_help=True,
                          rich_markup_mode=None)
    app.add_typer(project_app, name="project")
    app.add_typer(rectify_app, name="rectify")

    def cycle(home: Path | None) -> Any:
        from review_assistant.service import ReviewService

        return ReviewService(settings_for(home)).cycle

    def find(c: Any, query: str) -> Any:
        projects = c.projects(actor)
        exact = [p for p in projects if p.key == query]
        hits = exact or [p for p in projects if query in p.name or query in p.key]
        if not hits:
            raise NotFoundError(f"没有找到项目“{query}”（用 review-assistant project list 查看）。")
        if len(hits) > 1:
            raise InputError(f"“{query}”对应{len(hits)}个项目，请用 project list 中的项目键：" +
                             "；".join(p.key for p in hits[:5]))
        return hits[0]

    @project_app.command("list")
    def project_list(as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
                     home: HomeOption = None) -> None:
        """列出已保存审核记录中的项目（按单位和项目名称归并，跨年度）。"""
        projects = cycle(home).projects(actor)
        if as_json:
            typer.echo(json.dumps([{"key": p.key, "name": p.name, "unit": p.unit, "years": p.years,
                                    "stages": p.stages, "documents": len(p.latest()),
                                    "proposals": [vars(x) for x in p.proposals]} for p in projects],
                                  ensure_ascii=False, indent=2))
            return
        if not projects:
            typer.echo("还没有审核记录：用 review-assistant check 文件 --save 保存后再查看。")
        for p in projects:
            years = "、".join(map(str, p.years)) or "年度未知"
            note = f"\t待确认关联{len(p.proposals)}项" if p.proposals else ""
            typer.echo(f"{p.key}\t{p.unit or '（单位未填）'}\t{p.name}\t{years}\t{len(p.latest())}份材料{note}")

    @project_app.command("show")
    def project_show(query: Annotated[str, typer.Argument(help="项目键或项目名称（包含即可）")],
                     as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
                     home: HomeOption = None) -> None:
        """项目时间线（各年度、各环节的材料、审核结论和处理情况）及跨环节检查结果。"""
        c = cycle(home)
        p = find(c, query)
        rows = c.timeline(actor, p.key)
        stage = c.stage_findings(actor, p.key)
        rects = c.rectifications(actor, p.key)
        events = c.events(actor, p.key)
        if as_json:
            typer.echo(json.dumps({
                "key": p.key, "name": p.name, "unit": p.unit, "timeline": [vars(r) for r in rows],
                "stage_findings": [{"file": s.file_name, **s.finding.model_dump(mode="json", exclude={"order"})}
                                   for s in stage],
                "proposals": [vars(x) for x in p.proposals],
                "rectifications": [vars(r) for r in rects], "events": [vars(e) for e in events]},
                ensure_ascii=False, indent=2))
            return
        typer.echo(f"{p.name}（{p.unit or '单位未填'}）")
        for r in rows:
            typer.echo(f"  {r.year or '----'}  {r.stage:<8}  {r.file_name}  第{r.version}版  {r.conclusion}  "
                       f"错误{r.errors} 警告{r.warnings}  {r.decided}  {r.result}  （审核编号 {r.review_id}）")
        typer.echo(f"跨环节检查：{len(stage)}项" if stage else "跨环节检查：未发现问题。")
        for s in stage:
            typer.echo(f"  [{s.finding.rule_id}] {s.file_name}：{s.finding.message}")
        for x in p.proposals:
            typer.echo(f"待确认关联：文件 {x.file_name}（编号 {x.document_id}）{x.reason}。"
                       f"确认：review-assistant project link {x.document_id} --to '{x.project_key}'")
        for r in rects:
            typer.echo(f"整改 {r.id}：{r.requirement}（{r.status_zh}{'，已逾期' if r.overdue() else ''}）")
        for e in events:
            typer.echo(f"  {e.at}  {e.actor}  {e.what}")

    @project_app.command("link")
    def project_link(document_id: Annotated[int, typer.Argument(help="文件编号（project show 中列出）")],
                     to: Annotated[str, typer.Option("--to", help="归入的项目键")],
                     reject: Annotated[bool, typer.Option("--reject", help="否定该关联（不再提示）")] = False,
                     home: HomeOption = None) -> None:
        """确认或否定一份材料与项目的关联。"""
        cycle(home).decide_link(actor, document_id, to, confirm=not reject)
        typer.echo(f"已{'否定' if reject else '确认'}文件 {document_id} 与项目“{to}”的关联。", err=True)

    @app.command("results")
    def results(out: Annotated[Path, typer.Option("--out", help="输出的 .xlsx 文件")],
                year: Annotated[int | None, typer.Option("--year", help="只列该年度")] = None,
                home: HomeOption = None) -> None:
        """结果应用表（.xlsx）：按单位、项目列出评价等级、事前评估结论和目标审核结论对应的预算处理及依据。"""
        if out.suffix.lower() != ".xlsx":
            raise InputError("--out 需要是 .xlsx 文件。")
        cycle(home).results_workbook(actor, out, year)
        typer.echo(f"已写入 {out}", err=True)

    @app.command("disclose")
    def disclose(out: Annotated[Path, typer.Option("--out", help="输出目录（写入 .docx 和 .xlsx 各一份）")],
                 year: Annotated[int | None, typer.Option("--year", help="只公开该年度")] = None,
                 home: HomeOption = None) -> None:
        """导出可公开的绩效目标和审核、评价结果（不含内部意见、审核人姓名和已驳回的问题）。"""
        if out.exists() and not out.is_dir():
            raise InputError(f"--out 需要是目录：{out} 是一个文件。")
        docx, xlsx = cycle(home).disclose(actor, out, year)
        typer.echo(f"已写入 {docx} 和 {xlsx}", err=True)

    @rectify_app.command("add")
    def rectify_add(query: Annotated[str, typer.Argument(help="项目键或项目名称")],
                    requirement: Annotated[str, typer.Option("--requirement", help="整改要求")],
                    due: Annotated[str | None, typer.Option("--due", help="整改期限，如 2025-10-31")] = None,
                    review_id: Annotated[int | None, typer.Option("--review", help="所依据的审核编号")] = None,
                    home: HomeOption = None) -> None:
        """登记整改要求。"""
        c = cycle(home)
        r = c.add_rectification(actor, find(c, query).key, requirement, due, review_id)
        typer.echo(f"已登记整改事项 {r.id}。", err=True)

    @rectify_app.command("report")
    def rectify_report(rid: Annotated[int, typer.Argument(help="整改事项编号")],
                       response: Annotated[str, typer.Option("--response", help="整改情况")],
                       home: HomeOption = None) -> None:
        """登记单位报送的整改情况。"""
        cycle(home).report_rectification(actor, rid, response)
        typer.echo(f"已登记整改事项 {rid} 的整改情况。", err=True)

    @rectify_app.command("close")
    def rectify_close(rid: Annotated[int, typer.Argument(help="整改事项编号")], home: HomeOption = None) -> None:
        """整改到位，销号。"""
        cycle(home).close_rectification(actor, rid)
        typer.echo(f"整改事项 {rid} 已销号。", err=True)

    @rectify_app.command("list")
    def rectify_list(query: Annotated[str | None, typer.Argument(help="项目键或项目名称（省略则列出全部）")] = None,
                     home: HomeOption = None) -> None:
        """列出整改事项。"""
        c = cycle(home)
        key = find(c, query).key if query else None
        for r in c.rectifications(actor, key):
            typer.echo(f"{r.id}\t{r.project_key}\t{r.status_zh}\t期限{r.due_date or '未定'}\t{r.requirement}\t"
                       f"{r.response or ''}")
