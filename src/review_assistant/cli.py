"""The ``review-assistant`` command: thin typer commands over the pipeline and the service.

One error boundary (:func:`main`) turns every expected error into one Chinese line on stderr and
the contract's exit code (2 bad input, 1 internal). ``REVIEW_ASSISTANT_RAISE=1`` re-raises instead.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from review_assistant.cli_zh import ZhTyper, usage_message
from review_assistant.errors import (
    INTERRUPTED,
    NO_LLM_CONFIGURED,
    InputError,
    ReviewAssistantError,
    os_reason,
    should_reraise,
)
from review_assistant.settings import Settings, load_settings

if TYPE_CHECKING:  # pragma: no cover
    from review_assistant.review.users import User
    from review_assistant.service import ReviewService

app = ZhTyper(
    add_completion=False,
    no_args_is_help=True,
    help="预算绩效审核助手：审核绩效目标申报表、事前绩效评估报告、运行监控表和绩效自评，跟踪项目全周期，回答政策问题。",
    rich_markup_mode=None,
)

HomeOption = Annotated[
    Path | None, typer.Option("--home", metavar="目录", help="数据主目录（默认 $REVIEW_ASSISTANT_HOME 或用户数据目录）")
]


def settings_for(home: Path | None) -> Settings:
    if home is not None and home.exists() and not home.is_dir():
        raise InputError(f"--home {home}：这是一个文件，不是文件夹；请指定数据主目录（文件夹）。")
    return load_settings(home)


MAX_ID = 2**63 - 1  # SQLite's largest integer: a larger review id cannot exist


def _check_out(out: Path) -> None:
    """Refuse an ``--out`` that cannot be written before any work is done (nothing half-written)."""
    if out.is_dir():
        raise InputError(f"--out {out}：这是一个文件夹，请给出输出文件名。")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"--out {out}：无法创建输出目录（{os_reason(exc)}）。") from exc
    if not os.access(out.parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise InputError(f"--out {out}：没有写入权限。")


@contextmanager
def _writing(out: Path | None) -> Iterator[None]:
    """An OS error while writing ``out`` is the user's output path, not an internal error."""
    try:
        yield
    except OSError as exc:
        if out is None:
            raise
        raise InputError(f"--out {out}：无法写入（{os_reason(exc)}）。") from exc


FORMATS = ("text", "json", "markdown", "docx", "xlsx")
CLI_ACTOR = "命令行"  # who the audit log names for actions taken from the command line


@app.command()
def check(
    paths: Annotated[list[Path], typer.Argument(metavar="文件", help="要审核的文件（.docx .pdf .xlsx .xls .et .md .txt，可多个，.zip 内的文件一并审核）", show_default=False)],
    kind: Annotated[str, typer.Option("--kind", metavar="类型", help="材料类型：auto（自动识别）| goal-sheet（申报表）| appraisal（事前评估报告）"
                                      "| monitoring（运行监控表）| self-evaluation（绩效自评）")] = "auto",
    fiscal_year: Annotated[int | None, typer.Option("--fiscal-year", metavar="年度", help="预算年度，如 2025（默认从材料中识别）")] = None,
    fmt: Annotated[str, typer.Option("--format", metavar="格式", help="输出格式：text | json | markdown | docx（审核意见）| xlsx（汇总表）")] = "text",
    out: Annotated[Path | None, typer.Option("--out", metavar="文件", help="输出文件（默认打印到屏幕；docx、xlsx 必须指定）")] = None,
    llm: Annotated[bool | None, typer.Option("--llm/--no-llm", help="是否使用大模型规则（默认：已配置则使用）")] = None,
    save: Annotated[bool, typer.Option("--save", help="同时保存为审核记录（可在工作台处理，或用 draft 生成意见）")] = False,
    home: HomeOption = None,
) -> None:
    """审核绩效目标申报表、事前绩效评估报告、绩效运行监控表或绩效自评表（自评报告）。"""
    from review_assistant.engine import Engine
    from review_assistant.review.pipeline import KIND_ALIASES

    if kind not in KIND_ALIASES:
        raise InputError(f"--kind 取值“{kind}”无效，可选：auto、goal-sheet、appraisal、monitoring、self-evaluation。")
    if fmt not in FORMATS:
        raise InputError(f"--format 取值“{fmt}”无效，可选：{'、'.join(FORMATS)}。")
    if fmt in {"docx", "xlsx"} and out is None:
        raise InputError(f"--format {fmt} 需要用 --out 指定输出文件。")
    if fiscal_year is not None and not 2000 <= fiscal_year <= 2100:
        raise InputError(f"--fiscal-year 取值“{fiscal_year}”无效，应为 2000—2100 之间的年份，如 2025。")
    if out is not None:
        _check_out(out)
    settings = settings_for(home)
    if llm and settings.llm.provider == "none":  # asked for explicitly: say so rather than skip quietly
        raise InputError(NO_LLM_CONFIGURED)
    with Engine(settings).batch(paths, kind=KIND_ALIASES[kind], fiscal_year=fiscal_year, use_llm=llm) as checked:
        if save:
            ids = list(dict.fromkeys(_service(home, settings).save_checked(_cli_actor(), checked)))
            if ids:  # the same file twice is one review: its id once
                typer.echo(f"已保存为审核记录，编号：{'、'.join(map(str, ids))}", err=True)
        results = [c.result for c in checked]
    for r in results:
        if r.error:
            typer.echo(r.error, err=True)
    if fmt == "docx" and all(r.error for r in results):
        raise typer.Exit(2)  # nothing was checked: the lines above say why, there is no opinion to write
    with _writing(out):
        _emit(results, fmt, out, settings)
    if any(r.error for r in results):
        raise typer.Exit(2)


def _cli_actor() -> User:
    """The command line acts as an administrator named :data:`CLI_ACTOR` in the audit log."""
    from review_assistant.review.users import User

    return User(CLI_ACTOR, "admin")


def _service(home: Path | None, settings: Settings | None = None) -> ReviewService:
    """The service over ``home`` (the one object the commands act through)."""
    from review_assistant.service import ReviewService

    return ReviewService(settings or settings_for(home))


def _emit(results: list[Any], fmt: str, out: Path | None, settings: Settings) -> None:
    if fmt == "json":
        payload: Any = [r.to_json_dict() for r in results]
        text = json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False, indent=2)
        _write_text(text, out)
    elif fmt == "markdown":
        from review_assistant.drafting.markdown import render_markdown

        _write_text(render_markdown(results), out)
    elif fmt == "text":
        from rich.console import Console

        from review_assistant.drafting.console import print_results

        if out is None:
            print_results(results, Console())
        else:
            with out.open("w", encoding="utf-8") as fh:
                print_results(results, Console(file=fh, width=160, no_color=True))
    else:
        from review_assistant.drafting import exports

        assert out is not None
        exports.write(results, fmt, out, settings)
        typer.echo(f"已写入 {out}", err=True)


def _write_text(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")


kb_app = ZhTyper(help="知识库管理：查看、补建索引、移除文件。", no_args_is_help=True, rich_markup_mode=None)
eval_app = ZhTyper(help="评测：检索命中率与拒答率；审核规则的召回率、精确率和抽取准确率；判断类规则的召回率与精确率。",
                   no_args_is_help=True, rich_markup_mode=None)
app.add_typer(kb_app, name="kb")
app.add_typer(eval_app, name="eval")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(metavar="路径", help="政策文件或目录（目录递归处理）", show_default=False)],
    prune: Annotated[bool, typer.Option("--prune", help="同时移除这些目录下已删除文件的索引")] = False,
    home: HomeOption = None,
) -> None:
    """把政策文件（.docx .pdf .md .txt）解析入知识库；未改动的文件不重复处理。"""
    report = _service(home).ingest_policies(_cli_actor(), paths, prune=prune)
    for err in report.errors:
        typer.echo(err.message, err=True)
    typer.echo(report.summary(), err=True)
    if report.errors:
        raise typer.Exit(2)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(metavar="问题", help="政策问题", show_default=False)],
    top_k: Annotated[int | None, typer.Option("--top-k", min=1, max=50, metavar="条数", help="引用的条款数（默认取设置 kb.top_k）")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON（review_assistant.ask/1）")] = False,
    llm: Annotated[bool | None, typer.Option("--llm/--no-llm", help="是否由大模型组织回答（默认：已配置则使用）")] = None,
    level: Annotated[list[str] | None, typer.Option("--level", metavar="层级", help="只检索该层级的文件（中央/省/市/区/单位，可重复）")] = None,
    include_abolished: Annotated[bool, typer.Option("--include-abolished", help="也检索已废止的文件")] = False,
    home: HomeOption = None,
) -> None:
    """根据知识库回答政策问题，并标明出处（文件、文号、条款）。"""
    from review_assistant.kb.retrieve import Filters

    levels = frozenset(level or [])
    if levels - {"中央", "省", "市", "区", "单位"}:
        raise InputError(f"--level 取值无效：{'、'.join(sorted(levels))}，可选：中央、省、市、区、单位。")
    filters = Filters(levels=levels, include_abolished=include_abolished)

    service = _service(home)
    try:
        answer = service.ask_policy(_cli_actor(), question, top_k=top_k, filters=filters, use_llm=llm)
    finally:
        service.close()
    if as_json:
        sys.stdout.write(json.dumps(answer.to_json_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    from review_assistant.kb.answer_text import reading_notes

    read, others = reading_notes(answer.notes)
    for note in read:  # how the question was read ("正改" taken as "整改") comes before the answer
        typer.echo(f"（{note}）")
    typer.echo(answer.answer)
    for note in others:
        typer.echo(f"（{note}）")
    if answer.model:
        typer.echo(f"（回答由大模型 {answer.model} 根据下列条款组织，已逐句核对出处。）")
    if answer.citations:
        typer.echo("\n出处：" if answer.grounded else "\n最接近的条款（不能回答这个问题，仅供查阅）：")
        for i, c in enumerate(answer.citations, 1):
            number = f"（{c.doc_number}）" if c.doc_number else ""
            status = "" if c.status == "有效" else f"【{c.status}】"
            typer.echo(f"〔{i}〕《{c.document}》{number}{c.article}{status}  {c.source}")


@kb_app.command("list")
def kb_list(home: HomeOption = None) -> None:
    """列出知识库中的文件及其片段数。"""
    service = _service(home)
    try:
        docs, error = service.kb_documents(_cli_actor())
    finally:
        service.close()
    if error:
        raise InputError(error)
    if not docs:
        typer.echo("知识库为空。")
        return
    for d in docs:
        flags = "".join(f"【{t}】" for t, on in (("示例", d["sample"]), ("笔记", d["notes"])) if on)
        typer.echo(f"{d['doc_number'] or '（无文号）'}\t{d['title']}\t{d['level'] or '-'}\t{d['status']}{flags}"
                   f"\t{d['chunks']} 个片段\t{d['source']}")


@kb_app.command("ensure")
def kb_ensure(home: HomeOption = None) -> None:
    """知识库为空时索引随附的政策文件（settings 中 kb.policies_dir）。"""
    typer.echo("正在检查知识库……", err=True)
    report = _service(home).ensure_bundled_policies(_cli_actor(), say=lambda line: typer.echo(line, err=True))
    if report is None:
        typer.echo("知识库已有内容，无需重建。", err=True)
        return
    for err in report.errors:
        typer.echo(err.message, err=True)
    typer.echo(report.summary(), err=True)


@kb_app.command("remove")
def kb_remove(
    paths: Annotated[list[Path], typer.Argument(metavar="路径", help="要移出知识库的文件或目录", show_default=False)],
    home: HomeOption = None,
) -> None:
    """把文件（或目录下全部文件）移出知识库。"""
    gone = _service(home).remove_policies(_cli_actor(), paths)
    typer.echo(f"已移除 {len(gone)} 个文件。" if gone else "知识库中没有这些文件。", err=True)


@eval_app.command("checks")
def eval_checks(
    labels: Annotated[list[Path] | None, typer.Option("--labels", metavar="文件", help="标注文件（可重复；默认示例集的 labels.yaml、report_labels.yaml 和 cycle_labels.yaml）")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    home: HomeOption = None,
) -> None:
    """在标注样本上输出各规则的召回率、精确率，错误级精确率，以及各版式的抽取准确率（不用大模型）。"""
    from review_assistant.review.evaluation import evaluate, format_evaluation, load_labels

    default = Path(__file__).resolve().parents[2] / "corpus" / "samples"
    files = labels or [default / "labels.yaml", default / "report_labels.yaml", default / "cycle_labels.yaml"]
    for f in files:
        if not f.is_file():
            raise InputError(f"标注文件 {f} 不存在。")
    result = evaluate(load_labels(files), settings_for(home))
    typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) if as_json else format_evaluation(result))


@eval_app.command("retrieval")
def eval_retrieval(
    qa: Annotated[Path | None, typer.Option("--qa", metavar="文件", help="评测集 JSONL（默认 corpus/eval/qa.jsonl）")] = None,
    corpus: Annotated[list[Path] | None, typer.Option(
        "--corpus", metavar="路径", help="先把这些政策文件或目录入库再评测（可重复；默认只用随附政策）")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    home: HomeOption = None,
) -> None:
    """输出 BM25、向量、融合三种检索的 hit@1、hit@5、MRR（全部与留出集），以及领域内、领域外拒答率和误拒率。"""
    from review_assistant.kb.evaluate import DEFAULT_QA, evaluate, format_result, load_questions
    from review_assistant.kb.index import KnowledgeBase

    settings = settings_for(home)
    questions = load_questions(qa or DEFAULT_QA)
    service = _service(home)
    try:
        if corpus:
            report = service.ingest_policies(_cli_actor(), corpus)
            for err in report.errors:
                typer.echo(err.message, err=True)
            if report.errors:
                raise typer.Exit(2)
        else:
            service.ensure_bundled_policies(_cli_actor())
    finally:
        service.close()
    with KnowledgeBase(settings) as kb:
        result = evaluate(kb, questions)
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    typer.echo(format_result(result, questions))


@eval_app.command("judgement")
def eval_judgement(
    cases: Annotated[Path | None, typer.Option("--cases", help="评测集 JSONL（默认 corpus/eval/judgement/cases.jsonl）")] = None,
    rules: Annotated[str, typer.Option("--rules", help="只评测这些规则，逗号分隔，如 EA-NEC-02,GS-09")] = "",
    limit: Annotated[int | None, typer.Option("--limit", help="每条规则最多几个用例（缺陷与无缺陷交替选取）")] = None,
    offline_only: Annotated[bool, typer.Option("--offline-only", help="不调用大模型，只评测离线证据检查")] = False,
    base_url: Annotated[str | None, typer.Option("--base-url", help="临时指定 OpenAI 兼容接口地址（覆盖 [llm]）")] = None,
    model: Annotated[str | None, typer.Option("--model", help="临时指定模型名（覆盖 [llm]）")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON")] = False,
    home: HomeOption = None,
) -> None:
    """用标注的评测集衡量配置的大模型（及离线证据检查）：每条规则的召回率、精确率、核对丢弃、调用、token 和用时。"""
    from review_assistant.errors import ConfigError
    from review_assistant.review.judgement_eval import (
        DEFAULT_CASES,
        evaluate,
        format_report,
        load_cases,
        select,
        stderr_progress,
    )

    settings = settings_for(home)
    if base_url or model:
        update: dict[str, Any] = {"provider": "openai" if settings.llm.provider == "none" else settings.llm.provider}
        if base_url:
            update["base_url"] = base_url
        if model:
            update["model"] = model
        settings = settings.model_copy(update={"llm": settings.llm.model_copy(update=update)})
    chosen = select(load_cases(cases or DEFAULT_CASES), [r.strip() for r in rules.split(",") if r.strip()], limit)
    if not chosen:
        raise ConfigError(f"评测集中没有规则 {rules} 的用例。")
    report = evaluate(settings, chosen, use_llm=not offline_only, progress=stderr_progress)
    typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) if as_json else format_report(report))


@app.command("init")
def init_home(home: HomeOption = None) -> None:
    """在数据主目录写入带说明的 settings.toml（已存在则不覆盖）。"""
    from review_assistant.settings import write_default_settings

    settings = settings_for(home)
    path = settings.home / "settings.toml"
    existed = path.exists()
    write_default_settings(path)
    typer.echo(f"{'已存在，未覆盖' if existed else '已写入'}：{path}")


users_app = ZhTyper(help="管理审核助手的登录账号（角色：admin 管理员、reviewer 审核人员、unit 预算单位、trainee 学员）。",
                         no_args_is_help=True, rich_markup_mode=None)
app.add_typer(users_app, name="users")


@users_app.command("add")
def users_add(
    username: Annotated[str, typer.Argument(metavar="用户名", help="登录用的用户名")],
    role: Annotated[str, typer.Option("--role", metavar="角色", help="admin（管理员）| reviewer（审核人员）| unit（预算单位）| trainee（学员）")] = "reviewer",
    unit: Annotated[str | None, typer.Option("--unit", metavar="单位", help="单位用户绑定的单位名称")] = None,
    password: Annotated[str | None, typer.Option("--password", metavar="密码", help="密码（省略则交互输入；也可用环境变量 REVIEW_ASSISTANT_PASSWORD）")] = None,
    home: HomeOption = None,
) -> None:
    """新增账号（密码以加盐 scrypt 散列保存）。"""
    secret = password or os.environ.get("REVIEW_ASSISTANT_PASSWORD") or _ask_password("密码")
    user = _service(home).add_user(_cli_actor(), username, secret, role, unit)
    typer.echo(f"已添加用户：{user.describe()}")


@users_app.command("password")
def users_password(
    username: Annotated[str, typer.Argument(metavar="用户名", help="登录用的用户名")],
    password: Annotated[str | None, typer.Option("--password", metavar="密码", help="新密码（省略则交互输入；也可用环境变量 REVIEW_ASSISTANT_PASSWORD）")] = None,
    home: HomeOption = None,
) -> None:
    """为账号设置新密码（管理员操作；过短或常见的密码会被拒绝）。"""
    secret = password or os.environ.get("REVIEW_ASSISTANT_PASSWORD") or _ask_password("新密码")
    _service(home).change_password(_cli_actor(), username, secret)
    typer.echo(f"已为 {username} 设置新密码。")


@users_app.command("list")
def users_list(home: HomeOption = None) -> None:
    """列出账号。"""
    from review_assistant.review import users

    found = _service(home).list_users(_cli_actor())
    if not found:
        typer.echo("还没有账号：用 review-assistant users add 用户名 --role reviewer 创建。")
    for u in found:
        typer.echo(f"{u.username}\t{users.ROLE_ZH.get(u.role, u.role)}\t{u.unit or ''}")


@users_app.command("remove")
def users_remove(username: Annotated[str, typer.Argument(metavar="用户名", help="登录用的用户名")], home: HomeOption = None) -> None:
    """删除账号（审核记录与日志保留）。"""
    _service(home).remove_user(_cli_actor(), username)
    typer.echo(f"已删除用户：{username}")


audit_app = ZhTyper(help="审计日志：校验记录是否被改动过（哈希链）。", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
def audit_verify(home: HomeOption = None) -> None:
    """逐条重算审计日志的哈希链，报告第一条被改写的记录（完好时退出码 0，发现改写时退出码 3）。"""
    check = _service(home).verify_audit(_cli_actor())
    if check.ok:
        typer.echo(f"审计日志完好：共 {check.rows} 条，哈希链无断裂。最新哈希 {check.head or '（空）'}"
                   "（可另行记下，日后比对以发现末尾记录被删除）。")
        return
    typer.echo(f"审计日志已被改动：{check.reason}。第 {check.broken_id} 条之前的 {check.rows - 1} 条完好。", err=True)
    raise typer.Exit(3)


@app.command()
def draft(
    review_id: Annotated[int, typer.Argument(metavar="审核编号", help="check --save 或工作台给出的审核编号")],
    out: Annotated[Path, typer.Option("--out", metavar="文件", help="输出的 .docx 文件")],
    allow_pending: Annotated[bool, typer.Option(
        "--allow-pending", help="尚有“错误”级问题待确认时仍然生成（未确认的问题不写入意见）")] = False,
    home: HomeOption = None,
) -> None:
    """根据已确认（含修改后确认）的问题生成审核意见初稿（.docx）；有“错误”级问题待确认时须加 --allow-pending。"""
    if out.suffix.lower() != ".docx":
        raise InputError("--out 需要是 .docx 文件。")
    if not 1 <= review_id <= MAX_ID:
        raise InputError(f"审核编号 {review_id} 无效：应为正整数（check --save 时给出的编号）。")
    _check_out(out)
    service = _service(home)
    actor = _cli_actor()
    with _writing(out):
        service.draft_opinion(actor, review_id, out, allow_pending=allow_pending)
    c = service.get_review(actor, review_id).counts()
    if c.pending:
        typer.echo(f"提示：尚有 {c.pending} 项问题待确认，草稿只包含已确认的 {c.accepted} 项。", err=True)
    typer.echo(f"已写入 {out}", err=True)


def _check_port(host: str, port: int) -> None:
    """Refuse, before anything starts, an address the workbench could not listen on (port taken, no such address)."""
    import socket

    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except socket.gaierror as exc:
        raise InputError(f"--host {host}：无法识别这个地址。") from exc
    except (OSError, OverflowError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else "端口应在 1—65535 之间"
        raise InputError(f"无法在 {host}:{port} 启动审核工作台（{reason}）：请用 --port 换一个端口，或检查 --host。") from exc


def _ask_password(label: str) -> str:
    """Prompt twice (hidden on a terminal) until both entries match; at most three tries."""
    hide = sys.stdin.isatty()  # piped input: read lines, without getpass's English warnings
    for _ in range(3):
        first = typer.prompt(label, hide_input=hide)
        if typer.prompt("再输入一次", hide_input=hide) == first:
            return str(first)
        typer.echo("两次输入的密码不一致，请重新输入。", err=True)
    raise InputError("两次输入的密码三次都不一致，未作修改。")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option("--host", metavar="地址", help="监听地址（默认 127.0.0.1）")] = None,
    port: Annotated[int | None, typer.Option("--port", min=1, max=65535, metavar="端口", help="端口（默认 7860）")] = None,
    home: HomeOption = None,
) -> None:
    """启动审核工作台（浏览器访问）。"""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    from review_assistant.ui.app import launch
    from review_assistant.ui.security import check_bind

    settings = settings_for(home)
    note = check_bind(settings, host or settings.ui.host)  # refuses ui.auth = false off loopback
    _check_port(host or settings.ui.host, port or settings.ui.port)
    service = _service(home, settings)
    if note:
        typer.echo(note, err=True)
    if settings.ui.auth and not service.has_users():
        import secrets

        secret = secrets.token_urlsafe(9)
        service.add_user(_cli_actor(), "admin", secret, "admin")
        typer.echo(f"首次启动：已创建管理员账号 admin，密码 {secret}（只显示这一次）。"
                   "请登录后用 review-assistant users add 为审核人员和单位建账号。", err=True)
    # First start: index the bundled policies in the background (a no-op once indexed).
    service.start_bundled_indexing(lambda summary: typer.echo(summary, err=True))
    where = f"http://{host or settings.ui.host}:{port or settings.ui.port}"
    typer.echo(f"审核工作台已启动：{where}（按 Ctrl+C 停止）", err=True)
    launch(service, host, port)


from review_assistant import cli_cycle  # noqa: E402  (registers project/results/disclose/rectify on app)

cli_cycle.register(app)


def main(argv: list[str] | None = None) -> None:
    """Entry point with the one error boundary."""
    from typer._click.exceptions import NoArgsIsHelpError

    try:
        rc = app(args=argv, prog_name="review-assistant", standalone_mode=False)
        # With standalone_mode off, click returns the code of a typer.Exit instead of raising it
        # (130 for Ctrl+C, which typer turns into Exit(130); no command exits with 130 itself).
        if rc == 130:
            typer.echo(INTERRUPTED, err=True)
        sys.exit(rc if isinstance(rc, int) else 0)
    except ReviewAssistantError as exc:
        if should_reraise():
            raise
        typer.echo(exc.message, err=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:  # Ctrl+C or Ctrl+D at a prompt (the password of users add)
        typer.echo("已取消。", err=True)
        sys.exit(130)
    except NoArgsIsHelpError as exc:  # a bare command or group: its help, as click does
        typer.echo(exc.format_message(), err=True)
        sys.exit(2)
    except typer.TyperException as exc:
        # Usage errors (unknown option, missing argument, bad value) from typer's bundled click.
        typer.echo(usage_message(exc), err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo(INTERRUPTED, err=True)
        sys.exit(130)
    except Exception as exc:
        if should_reraise():
            raise
        typer.echo(f"内部错误（请联系维护人员）：{type(exc).__name__}: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
