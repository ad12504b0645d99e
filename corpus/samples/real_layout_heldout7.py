"""Layouts of the heldout7 failure classes (LAYOUTS.md L50–L53): a county water form whose coefficient targets have no
unit by nature, a special fund's target sheet with one value column per village under the form's own 项目名称 /
资金总额 / 总体目标, an allocation notice (分配表 村名 | 金额 | 列支科目 + 绩效目标表), and a forwarded special-fund
sheet with numbered template rows left in ("指标3： | ≥ %").

Structure follows the catalogue; every name, amount and target is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _ind_grid, _pairs, _t

# ---- L50 无量纲指标值（系数、指数）-----------------------------------------------------------------------------


def _coefficient_head(total: str) -> Grid:
    return _pairs([
        ["项目名称", "示例县灌区节水配套改造项目", "项目负责人及联系电话", "钱某 0000-1234567"],
        ["主管部门", "示例县水利局", "实施单位", "示例县灌区管理所"],
        ["年度资金总额", total, "其中：财政拨款", "300"],
        ["其他资金", "20", "", ""],
        ["年度绩效目标", "改造斗渠18公里并配套量水设施，灌溉水有效利用系数较上年提高，保障2.4万亩农田灌溉。"],
    ], [3.0, 4.0, 3.0, 3.0])


def _coefficient_rows(length: str) -> list[list[str]]:
    return [
        ["产出指标", "数量指标", "斗渠防渗改造长度", length],
        ["产出指标", "数量指标", "新增量水设施", "≥36处"],
        ["产出指标", "质量指标", "工程验收合格率", "100%"],
        ["产出指标", "时效指标", "主体工程完工时间", "2025年10月底前"],
        ["产出指标", "成本指标", "每公里渠道改造成本", "≤16万元/公里"],
        ["效益指标", "经济效益指标", "灌溉水有效利用系数提高", "≥0.02"],
        ["效益指标", "生态效益指标", "渠系水利用系数", "≥0.75"],
        ["效益指标", "社会效益指标", "保障灌溉面积", "≥2.4万亩"],
        ["满意度指标", "服务对象满意度指标", "灌区群众满意度", "≥90%"],
    ]


def coefficient_values() -> DocModel:
    g = _ind_grid(["一级指标", "二级指标", "三级指标", "指标值"], _coefficient_rows("≥18公里"), [2.4, 2.8, 4.6, 3.2])
    return _t("示例县2025年度项目绩效目标申报表", _coefficient_head("320"), g)


def coefficient_values_count_no_unit() -> DocModel:
    """Same form; the channel length is written "≥18" with no unit (a count needs one, a coefficient does not)."""
    g = _ind_grid(["一级指标", "二级指标", "三级指标", "指标值"], _coefficient_rows("≥18"), [2.4, 2.8, 4.6, 3.2])
    return _t("示例县2025年度项目绩效目标申报表", _coefficient_head("320"), g)


# ---- L51 按村分列指标值（一个项目，表头有项目名称、资金总额、总体目标）-------------------------------------------------


_VILLAGES = [("样例镇", "东坑村", "12"), ("样例镇", "西坑村", "8"), ("样例乡", "南岭村", "10")]


def _village_blocks(finish: list[str]) -> list[Para | Grid]:
    alloc = Grid([1.4, 2.4, 2.4, 2.4, 2.0], role="alloc")
    alloc.add(["序号", "乡镇名称", "村名", "金额", "备注"], header=True)
    for k, (town, village, amount) in enumerate(_VILLAGES, 1):
        alloc.add([str(k), town, village, amount, ""])
    alloc.add(["合计", "", "", "30", ""])
    names = [v for _, v, _ in _VILLAGES]
    n = 3 + len(names)
    head = Grid([2.6, 2.6, 4.2, *[2.0] * len(names)], role="header")
    head.add(["项目名称", ("2025年省级农村饮水工程维修养护资金", n - 1)], labels=(0,))
    head.add(["主管部门（单位）名称", ("示例县水利局", n - 1)], labels=(0,))
    head.add(["资金总额", ("30", n - 1)], labels=(0,))
    head.add(["总体目标", ("维修3个村的供水管网和蓄水池，年内完工，保障2400名群众饮水安全。", n - 1)], labels=(0,))
    head.add(["一级指标", "二级指标", "三级指标", *names], header=True)
    rows = [
        ["产出指标", "数量指标", "维修供水管网长度（米）", "≥1200", "≥800", "≥1000"],
        ["产出指标", "数量指标", "维修蓄水池（座）", "1", "1", "2"],
        ["产出指标", "质量指标", "维修工程验收合格率（%）", "100", "100", "100"],
        ["产出指标", "时效指标", "完工时间", *finish],
        ["产出指标", "成本指标", "单村维修补助（万元）", "≤12", "≤8", "≤10"],
        ["效益指标", "社会效益指标", "保障饮水安全人口（人）", "≥900", "≥600", "≥900"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度（%）", "≥90", "≥90", "≥90"],
    ]
    for r in rows:
        head.add(r)
    return [Para("附件1  2025年省级农村饮水工程维修养护资金分配表", "heading"), Para("单位：万元", "small"), alloc,
            Para("绩效目标表", "sheet"), Para("附件2  2025年省级农村饮水工程维修养护资金绩效目标表", "heading"), head]


def village_value_columns() -> DocModel:
    return _t("示例县2025年省级农村饮水工程维修养护资金", *_village_blocks(["2025年11月底前"] * 3), sheet="分配表")


def village_value_columns_late() -> DocModel:
    """Same; one village's completion date is in the next year."""
    finish = ["2025年11月底前", "2026年4月底前", "2025年11月底前"]
    return _t("示例县2025年省级农村饮水工程维修养护资金", *_village_blocks(finish), sheet="分配表")


# ---- L52 分配表（村名 | 金额 | 列支科目）+ 绩效目标表 --------------------------------------------------------------


def _allocation_model(amounts: list[str]) -> DocModel:
    alloc = Grid([3.4, 2.0, 5.0, 1.6], role="alloc")
    alloc.add(["村名", "金额", "列支科目", "备注"], header=True)
    villages = ["样例镇上洋村", "样例镇下洋村", "样例乡石门村"]
    subjects = ["2130505-生产发展", "2130505-生产发展", "其中12万元款列2130505；6万元款列2130599；"]
    for village, amount, subject in zip(villages, amounts, subjects, strict=True):
        alloc.add([village, amount, subject, ""])
    alloc.add(["合  计", "58", "", ""])
    head = _pairs([
        ["项目名称", "2025年省级乡村振兴村级集体经济发展资金"],
        ["主管部门", "示例县农业农村局", "实施单位", "各有关乡（镇）人民政府"],
        ["资金总额", "58", "其中：财政拨款", "58"],
        ["其他资金", ""],
        ["年度目标", "扶持3个村发展村级集体经济项目，年内建成投用，带动村集体经营性收入增长。"],
    ], [3.0, 4.0, 3.0, 3.0])
    rows = [
        ["产出指标", "数量指标", "扶持村数量", "3个"],
        ["产出指标", "质量指标", "项目验收合格率", "100%"],
        ["产出指标", "时效指标", "项目建成时间", "2025年12月31日前"],
        ["产出指标", "成本指标", "单村扶持资金", "≤22万元"],
        ["效益指标", "经济效益指标", "村集体经营性收入增加", "≥3万元/村"],
        ["效益指标", "可持续影响指标", "项目持续运营年限", "≥5年"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]
    g = _ind_grid(["一级指标", "二级指标", "三级指标", "指标值"], rows, [2.4, 2.8, 4.6, 3.2])
    return _t("关于下达2025年省级乡村振兴村级集体经济发展资金的通知",
              Para("各有关乡（镇）：现下达2025年省级乡村振兴村级集体经济发展资金58万元（分配明细和列支科目详见附件1）。", "body"),
              Para("附件1：资金分配表", "heading"), Para("单位：万元", "small"), alloc,
              Para("附件2：2025年省级乡村振兴村级集体经济发展资金绩效目标表", "heading"), head, g,
              Para("示例县财政局  示例县农业农村局", "right"), Para("2025年4月2日", "right"))


def allocation_table() -> DocModel:
    return _allocation_model(["22", "18", "18"])


def allocation_table_sum_wrong() -> DocModel:
    """The villages add up to 50 while the 合计 row and the 资金总额 say 58."""
    return _allocation_model(["22", "10", "18"])


def allocation_table_sum_wrong_decimals() -> DocModel:
    """Amounts to the 元 (three decimals in 万元): the villages add up to 50.125 while the 合计 row says 58."""
    return _allocation_model(["22.125", "10", "18"])


# ---- L53 转发的专项目标表留着“指标N： | ≥ %”模板行 -------------------------------------------------------------


def template_sign_rows() -> DocModel:
    """A district's forwarded special-fund target sheet (市级/区级财政部门和主管部门四栏, no 实施单位) whose numbered
    template rows were never deleted: "指标3： | ≥ %" holds only the form's sign and unit, so it is not an indicator."""
    head = _pairs([
        ["专项（项目）名称", "示例区农村供水保障工程维修养护资金"],
        ["市级财政部门", "示例市财政局", "市级主管部门", "示例市水利局"],
        ["区级财政部门", "示例区财政局", "区级主管部门", "示例区水利局"],
        ["资金总额", "86", "其中：财政拨款", "86"],
        ["其他资金", ""],
        ["年度目标", "维修养护农村供水工程12处，年内完工，保障1.8万名农村群众稳定供水。"],
    ], [3.0, 4.0, 3.0, 3.0])
    rows = [
        ["产出指标", "数量指标", "指标1：维修养护供水工程", "≥12处"],
        ["产出指标", "数量指标", "指标2：更换老旧管网", "≥6公里"],
        ["产出指标", "质量指标", "指标1：维修工程验收合格率", "100%"],
        ["产出指标", "质量指标", "指标3：", "≥ %"],
        ["产出指标", "时效指标", "指标1：维修完成时间", "2025年11月底前"],
        ["产出指标", "成本指标", "指标1：单处维修平均成本", "≤7.2万元"],
        ["效益指标", "社会效益指标", "指标1：保障农村供水人口", "≥1.8万人"],
        ["效益指标", "社会效益指标", "指标2：", "万人"],
        ["满意度指标", "服务对象满意度指标", "指标1：受益群众满意度", "≥90%"],
    ]
    g = _ind_grid(["一级指标", "二级指标", "三级指标", "指标值"], rows, [2.4, 2.8, 4.6, 3.2])
    return _t("2025年省级财政水利发展资金绩效目标表", head, g)
