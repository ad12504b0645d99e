"""The score of an appraisal report's scoring table (评分表 / 审核意见表): its 合计/总分 row in the score column.

A sentence's score ("综合得分76分") is read by ``report_text.find_score``; this module reads the table total when the
text states none.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from review_assistant.parsing.model import Cell, Location, ParsedDocument


class ScoreField(BaseModel):
    value: float
    text: str
    location: Location = Field(default_factory=Location)


_TOTAL_ROW = re.compile(r"^(?:合计|总计|总分|综合得分|得分合计|(?:专家)?(?:组)?平均(?:得)?分|平均分值|综合评分|最终得分)$")
# The score column of a scoring table (评分表), of an expert table (序号 | 姓名 | 工作单位 | 评分) or of a panel's
# table (评估维度 | 分值 | 专家一 | 专家二 | 专家三 | 平均).
_SCORE_HEADER = re.compile(r"得分|评分|打分|分数|平均")
# A column giving each line's full marks, not a score ("分值 | 20", "综合得分 | 100").
_WEIGHT_HEADER = re.compile(r"^(?:分值|满分|权重|标准分|分数?权重|指标分值|标准分值)")


_HEADER_SEARCH_ROWS = 15


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _header(rows: list[list[Cell]]) -> tuple[int, list[int], set[int]] | None:
    """The header row (index, score columns, full-marks columns): the first row naming a score column; a form puts
    project rows (项目名称 | …) and a merged title row ("××评分表" across every column) above it."""
    for top, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        header = [re.sub(r"\s+", "", c.text) for c in row]
        if len({t for t in header if t}) < 2:
            continue
        weights = {i for i, t in enumerate(header) if _WEIGHT_HEADER.match(t)}
        scores = [i for i, t in enumerate(header) if _SCORE_HEADER.search(t) and i not in weights]
        if scores:
            return top, scores, weights
    return None


def table_score(doc: ParsedDocument) -> ScoreField | None:
    """The total of a scoring table (评分表): the score column (得分/评分/平均) of its 合计/总分/综合得分 row; when
    that cell is empty, the row's last number outside a full-marks column (分值/满分/权重)."""
    for b in doc.blocks:
        if b.table is None or not b.table.rows:
            continue
        found = _header(b.table.rows)
        if found is None:
            continue
        top, scores, weights = found
        col = max(scores)
        for r in range(top + 1, b.table.n_rows):
            cells = [c.text.strip() for c in b.table.rows[r]]
            label = next((i for i, t in enumerate(cells[:col]) if _TOTAL_ROW.match(re.sub(r"\s+", "", t))), None)
            if label is None or col >= len(cells):
                continue
            at = col if cells[col] else next((i for i in range(len(cells) - 1, label, -1)
                                               if i not in weights and cells[i]), col)
            value = _number(cells[at])
            if value is not None and 0 <= value <= 100:
                return ScoreField(value=value, text=b.table.row_text(r),
                                  location=b.location.model_copy(update={"row": r, "column": at}))
    return None
