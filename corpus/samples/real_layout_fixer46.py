"""Goal sheets of the heldout24 class handled by fixer46 (LAYOUTS.md L108): a letter-spaced form.

L108: the title, every column heading and the 一级 / 二级 names are written with a blank between the characters
("项 目 支 出 绩 效 目 标 表", "（ 2027 年 度 ）", "一 级 指 标", "产 出 指 标", "数 量 指 标"), as a scanned or PDF-converted
form comes out; 一级 names are merged down over an odd number of rows (产出 7, 效益 3, 满意度 1; 成本 under 产出);
the form keeps template placeholders outside the required fields (联系电话 "XXXX-XXXXXXX", 填报人 "XXX") and ends
with a "备 注 说 明" row merged across. Variants: a clean sheet, a 质量 target left as the template's "≥XX%" (GS-01
error) and a 时效 target after the budget year (GS-10).

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import SAMPLE_NOTICE, DocModel, Grid, Para

PROJECT = "示例县2027年乡镇综合文化站提质项目"


def spaced(text: str) -> str:
    """The letter-spaced writing of ``text``: a blank between each character ("产出指标" → "产 出 指 标")."""
    return " ".join(text)


# 一级, 二级, 三级, 指标值 (成本 under 产出, the older layout)
ROWS = [
    ("产出指标", "数量指标", "提质改造文化站个数", "=8个"),
    ("产出指标", "数量指标", "配置文化活动器材套数", "≥16套"),
    ("产出指标", "数量指标", "开展送戏下乡场次", "≥40场"),
    ("产出指标", "质量指标", "改造工程验收合格率", "{quality}"),
    ("产出指标", "质量指标", "器材配置到位率", "≥95%"),
    ("产出指标", "时效指标", "改造任务完成时间", "{deadline}"),
    ("产出指标", "成本指标", "单站平均提质成本", "≤30万元/个"),
    ("效益指标", "社会效益指标", "文化站年均接待群众人次", "≥3万人次"),
    ("效益指标", "社会效益指标", "群众文化活动参与率", "≥60%"),
    ("效益指标", "可持续影响指标", "文化站开放运行年限", "≥5年"),
    ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
]


def _doc(quality: str = "≥98%", deadline: str = "2027年10月底前") -> DocModel:
    g = Grid([1.6, 1.8, 3.0, 1.8, 1.6], role="header")
    g.add([spaced("项目名称"), (PROJECT, 4)], labels=(0,))
    g.add([spaced("主管部门"), "示例县文化和旅游局", spaced("实施单位"), ("示例县文化馆", 2)], labels=(0, 2))
    g.add([spaced("项目属性"), "延续项目", spaced("项目期限"), ("2027年度", 2)], labels=(0, 2))
    g.add([spaced("联系电话"), "XXXX-XXXXXXX", spaced("项目负责人"), ("刘某", 2)], labels=(0, 2))
    g.add([spaced("资金总额（万元）"), "260.00", spaced("财政拨款"), "240.00", "其他资金 20.00"], labels=(0, 2))
    g.add([spaced("年度目标"), ("完成8个乡镇综合文化站提质改造，配置器材16套，开展送戏下乡40场以上。", 4)], labels=(0,))
    ind = Grid([1.6, 1.8, 3.0, 1.8, 1.6], role="indicators")
    ind.add([spaced("一级指标"), spaced("二级指标"), spaced("三级指标"), spaced("指标值"), spaced("备注")], header=True)
    first = len(ind.rows)
    for l1, l2, l3, value in ROWS:
        ind.add([spaced(l1), spaced(l2), l3, value.format(quality=quality, deadline=deadline), ""])
    # 一级 and 二级 merged down over their runs (产出 7 rows, 效益 3, 满意度 1)
    for col in (0, 1):
        start = first
        for r in range(first + 1, len(ind.rows) + 1):
            if r == len(ind.rows) or ind.rows[r][col] != ind.rows[start][col]:
                ind.vmerge(col, start, r - 1)
                start = r
    ind.add([spaced("备注说明"), ("其他资金为乡镇配套", 4)], labels=(0,))
    title = spaced("项目支出绩效目标表")
    return DocModel(title, [Para(title, "title"), Para("（ 2027 年 度 ）", "right"),
                            Para(SAMPLE_NOTICE, "notice"), g, ind,
                            Para("填报人：XXX        填报日期：2026年XX月XX日", "body")])


def spaced_clean() -> DocModel:
    """L108: every label and 一级/二级 name letter-spaced, 备注说明 row at the end: 11 indicators, no problem."""
    return _doc()


def spaced_placeholder() -> DocModel:
    """The same form whose 质量 target is still the template's "≥XX%" (GS-01 error)."""
    return _doc(quality="≥XX%")


def spaced_deadline_late() -> DocModel:
    """The same form whose 时效 target "2028年3月底前" falls after the 2027 budget year (GS-10)."""
    return _doc(deadline="2028年3月底前")
