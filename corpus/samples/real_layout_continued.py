"""Layouts of the heldout9 goal-sheet classes (LAYOUTS.md L60, L61): an indicator table continued after a page
footer under the title again with "（续表）" and the header repeated; and a unit column without a name of its own
("*指标值" spanning the value and the unit cell).

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _ind_grid, _pairs, _t

# ---- L60 指标表跨页：页码、“（续表）”表题和重复表头，续表首行一级指标空白 ------------------------------------

_LIBRARY_TITLE = "示例县2025年部门预算项目支出绩效目标表"
_LIBRARY_HEADER = ["一级指标", "二级指标", "三级指标", "年度指标值", "指标值设定依据"]


def _library_head() -> Grid:
    return _pairs([
        ["项目名称", "2025年示例县农家书屋图书更新项目"],
        ["主管部门", "示例县文化和旅游局", "实施单位", "示例县图书馆"],
        ["项目属性", "延续项目", "项目期限", "2025年1月—2025年12月"],
        ["项目资金（元）", "年度资金总额", "1,260,000.00"],
        ["", "其中：财政拨款", "1,100,000.00"],
        ["", "上年结转", "160,000.00"],
        ["年度绩效目标", "为全县126个农家书屋更新图书和期刊，开展阅读推广活动，提高书屋使用率。"],
    ], [2.8, 3.0, 3.4, 2.6, 2.6])


def continued_table(deadline: str = "≤2025年11月30日") -> DocModel:
    first = _ind_grid(_LIBRARY_HEADER, [
        ["产出指标", "数量指标", "更新图书册数", "≥25200册", "计划标准"],
        ["产出指标", "数量指标", "覆盖农家书屋数量", "=126个", "计划标准"],
        ["产出指标", "质量指标", "图书配送验收合格率", "≥98%", "历史标准"],
        ["产出指标", "时效指标", "图书配送完成时间", deadline, "计划标准"],
    ], [2.4, 2.8, 4.2, 2.8, 2.6])
    second = _ind_grid(_LIBRARY_HEADER, [
        ["", "成本指标", "每个书屋年度更新成本", "≤10000元", "历史标准"],  # 一级 printed on the page before only
        ["效益指标", "社会效益指标", "书屋年度借阅人次", "≥3.8万人次", "历史标准"],
        ["效益指标", "可持续影响指标", "书屋每周开放天数", "≥5天", "计划标准"],
        ["满意度指标", "服务对象满意度指标", "借阅群众满意度", "≥90%", "计划标准"],
    ], [2.4, 2.8, 4.2, 2.8, 2.6])
    return _t(_LIBRARY_TITLE, Para("部门名称：示例县文化和旅游局        金额单位：元", "right"), _library_head(), first,
              Para("第 1 页，共 2 页", "small"), Para(f"{_LIBRARY_TITLE}（续表）", "heading"), second,
              Para("第 2 页，共 2 页", "small"))


def continued_table_late() -> DocModel:
    return continued_table(deadline="≤2026年3月31日")


# ---- L61 “*指标值”横跨两列：数值和单位分在两格，单位那一列没有列名 -------------------------------------------


def _unit_beside(rows: list[list[str]]) -> DocModel:
    head = Grid([3.0, 2.2, 2.2, 2.0, 1.8, 1.4, 3.4], role="header")
    head.add(["*项目名称", ("2025年示例区社区老年食堂运营补助项目", 6)], labels=(0,))
    head.add(["*主管部门", ("示例区民政局", 3), "*实施单位", ("示例区各街道办事处", 2)], labels=(0, 4))
    head.add(["*项目属性", ("延续项目", 3), "*项目期限", ("2025年", 2)], labels=(0, 4))
    head.add(["*资金总额（万元）", ("248", 6)], labels=(0,))
    head.add(["其中：区级财政资金", ("200", 6)], labels=(0,))
    head.add(["其中：上级补助资金", ("48", 6)], labels=(0,))
    head.add(["*年度绩效目标", ("对16个社区老年食堂按就餐人次给予运营补助，保障辖区老年人就近用餐。", 6)], labels=(0,))
    g = Grid([2.2, 2.6, 3.6, 1.6, 1.6, 1.4, 3.4], role="indicators")
    g.add(["一级指标", "二级指标", "三级指标", "指标值类型", ("*指标值", 2), "*指标解释"], header=True)
    for r in rows:
        g.add(r)
    return _t("示例区2025年部门预算项目绩效目标表", Para("单位名称：示例区民政局", "right"), head, g)


_CANTEEN = [
    ["产出指标", "数量指标", "补助社区老年食堂", "定量", "=16", "个", "反映补助食堂数量"],
    ["产出指标", "数量指标", "老年人就餐人次", "定量", "≥12", "万人次", "反映就餐服务量"],
    ["产出指标", "质量指标", "食品安全检查合格率", "定量", "=100", "%", "反映食堂食品安全情况"],
    ["产出指标", "时效指标", "补助资金拨付", "定性", "按季度拨付", "", "反映资金拨付进度"],
    ["产出指标", "成本指标", "每人次就餐补助", "定量", "≤3", "元/人次", "反映补助标准"],
    ["效益指标", "社会效益指标", "辖区老年人助餐覆盖率", "定量", "≥55", "%", "反映助餐服务覆盖面"],
    ["满意度指标", "服务对象满意度指标", "就餐老年人满意度", "定量", "≥90", "%", "反映服务对象满意程度"],
]


def unit_beside_value() -> DocModel:
    return _unit_beside(_CANTEEN)


def unit_beside_value_missing() -> DocModel:
    rows = [list(r) for r in _CANTEEN]
    rows[1][5] = ""  # 老年人就餐人次 "≥12" with its unit cell left blank: truly missing
    return _unit_beside(rows)
