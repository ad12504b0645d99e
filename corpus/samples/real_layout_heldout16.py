"""The 资金测算明细 under a goal sheet (LAYOUTS.md L77), written after the heldout16 set by fixer31.

* "其中：县级补助 | 15.00" and "镇自筹 | 3.60" under the detail's 合计 split the total by source: they are neither
  spending lines nor the sheet's fund sources (those are the header's 财政拨款 / 其他资金).
* A group row "一、保洁服务 | 33.12" over its numbered lines is their subtotal, not one more line; the 合计 adds the
  groups, and a subtotal that is not the sum of its own lines is wrong (GS-02).
* 1150盏 × 365元 = 41.975万元 written 41.98 against a total of 42.00: a rounding gap, worth a warning, not an error.

Facts from public pages (LAYOUTS.md L77 lists them): 经费支出预算 tables are "序号 | 预算科目名称 | 合计 | 专项经费 |
自筹经费" with "单位：万元（保留两位小数）", sub-items numbered "（1）（2）" under "1、设备费" and "其中：" rows; rows
of 经费来源 follow the 经费支出 in the same table. Every name, amount and target here is invented.
"""

from __future__ import annotations

from make_goal_sheets import DocModel, Grid, Para
from real_layout_docs import _ind_grid, _pairs, _t

_IND_HEAD = ["一级指标", "二级指标", "三级指标", "指标值"]
_IND_WIDTHS = [2.4, 3.0, 5.2, 3.4]
_DETAIL_HEAD = ["序号", "支出内容", "数量", "单价（元）", "金额（万元）", "测算依据"]
_DETAIL_WIDTHS = [1.2, 4.2, 1.8, 1.8, 2.0, 3.0]

_FITNESS = [
    ["产出指标", "数量指标", "更新健身器材村数", "≥31个"],
    ["产出指标", "质量指标", "器材验收合格率", "100%"],
    ["产出指标", "时效指标", "器材安装完成时间", "2026年9月30日前"],
    ["产出指标", "成本指标", "每村器材更新成本", "≤6000元"],
    ["效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥38%"],
    ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
]

_RIVER = [
    ["产出指标", "数量指标", "保洁河道长度", "≥18.4公里"],
    ["产出指标", "质量指标", "河面保洁达标率", "≥95%"],
    ["产出指标", "时效指标", "保洁服务期限", "2026年12月31日前"],
    ["产出指标", "成本指标", "每公里年保洁成本", "≤1.8万元"],
    ["效益指标", "生态效益指标", "河面漂浮物投诉件数", "≤5件"],
    ["满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"],
]

_LAMPS = [
    ["产出指标", "数量指标", "维护路灯数量", "≥1150盏"],
    ["产出指标", "质量指标", "路灯亮灯率", "≥98%"],
    ["产出指标", "时效指标", "故障修复时限", "≤48小时"],
    ["产出指标", "成本指标", "每盏路灯年维护成本", "≤365元"],
    ["效益指标", "社会效益指标", "夜间道路照明覆盖率", "≥95%"],
    ["满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%"],
]


def _detail(rows: list[list[str]]) -> Grid:
    g = Grid(_DETAIL_WIDTHS, role="detail")
    g.add(_DETAIL_HEAD, header=True)
    for r in rows:
        g.add(r)
    return g


def _sheet(name: str, unit: str, dept: str, total: str, fiscal: str, other: str, goal: str,
           indicators: list[list[str]], detail: list[list[str]]) -> DocModel:
    rows = [
        ["项目名称", name, "项目期限", "2026年1月—2026年12月"],
        ["主管部门", dept, "实施单位", unit],
        ["年度资金总额", total, "其中：财政拨款", fiscal],
        ["其他资金", other, "", ""],
        ["年度绩效目标", goal],
    ]
    return _t("2026年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), _pairs(rows, [3.0, 4.6, 3.0, 3.4]),
              Para("绩效指标", "heading"), _ind_grid(_IND_HEAD, indicators, _IND_WIDTHS),
              Para("附：项目资金测算明细", "heading"), _detail(detail))


def detail_sources_under_total() -> DocModel:
    """31批 × 6000元 = 18.60; under the 合计: 其中：县级补助 15.00, 镇自筹 3.60 (the header's 财政拨款 and 其他资金)."""
    return _sheet("示例镇全民健身器材更新项目", "示例镇人民政府", "示例县文化体育局", "18.60", "15.00", "3.60",
                  "为31个村更新室外健身器材，器材完好率保持在95%以上。", _FITNESS,
                  [["1", "室外健身器材（每村1批）", "31", "6000", "18.60", "三家询价取中"],
                   ["合计", "", "", "", "18.60", ""],
                   ["其中：县级补助", "", "", "", "15.00", ""],
                   ["镇自筹", "", "", "", "3.60", ""]])


def _river(group: str) -> DocModel:
    return _sheet("示例镇河道日常保洁项目", "示例镇人民政府", "示例县水利局", "37.92", "37.92", "0",
                  "对镇域18.4公里河道实行日常保洁，河面无明显漂浮物。", _RIVER,
                  [["一", "保洁服务", "", "", group, "小计"],
                   ["1", "河道保洁（18.4公里×12月）", "220.8", "1350", "29.81", "上年合同价"],
                   ["2", "保洁船只燃油及维修", "若干", "—", "3.31", "按上年实际"],
                   ["二", "垃圾清运", "", "", "4.80", "小计"],
                   ["1", "河道垃圾转运", "48", "1000", "4.80", "每月4车次"],
                   ["合计", "", "", "", "37.92", ""]])


def detail_group_subtotals() -> DocModel:
    """"一、保洁服务 33.12" over 29.81 + 3.31 and "二、垃圾清运 4.80" over 4.80; 合计 37.92 = 33.12 + 4.80."""
    return _river("33.12")


def detail_group_subtotal_wrong() -> DocModel:
    """The same table with the first subtotal written 34.12 (its lines add up to 33.12); the 合计 37.92 is right."""
    return _river("34.12")


def detail_rounding_gap() -> DocModel:
    """1150盏 × 365元 = 41.975万元 written 41.98 under a total of 42.00: a 0.02 gap from rounding."""
    return _sheet("示例镇道路照明设施维护项目", "示例镇人民政府", "示例县城市管理局", "42.00", "42.00", "0",
                  "维护镇区路灯1150盏，亮灯率保持在98%以上。", _LAMPS,
                  [["1", "路灯维护", "1150", "365", "41.98", "上年合同价"],
                   ["合计", "", "", "", "41.98", ""]])


def _subject_grid(rows: list[list[str]]) -> Grid:
    g = Grid([5.0, 2.2, 2.6, 2.6], role="detail")
    g.add(["预算科目名称", "合计", "财政拨款", "自筹资金"], header=True)
    for r in rows:
        g.add(r)
    return g


def subject_by_source_under_sheet() -> DocModel:
    """L78 on a sheet: the header gives only 年度资金总额 26.40; the attached 科目×来源 table's column heads
    (财政拨款, 自筹资金) are not the sheet's sources, nor is the first subject's amount under them."""
    rows = [
        ["项目名称", "示例区农产品快速检测项目", "项目期限", "2026年1月—2026年12月"],
        ["主管部门", "示例区农业农村局", "实施单位", "示例区农产品质量安全检测站"],
        ["年度资金总额", "26.40", "", ""],
        ["年度绩效目标", "完成农产品快速检测9600批次，抽检合格率保持在98%以上。"],
    ]
    return _t("2026年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), _pairs(rows, [3.0, 4.6, 3.0, 3.4]),
              Para("绩效指标", "heading"),
              _ind_grid(_IND_HEAD, [["产出指标", "数量指标", "快速检测批次", "≥9600批次"],
                                    ["产出指标", "质量指标", "检测结果上传率", "100%"],
                                    ["产出指标", "时效指标", "检测任务完成时间", "2026年12月31日前"],
                                    ["产出指标", "成本指标", "单批次检测成本", "≤27.5元"],
                                    ["效益指标", "社会效益指标", "农产品抽检合格率", "≥98%"],
                                    ["满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%"]], _IND_WIDTHS),
              Para("附：项目预算（按科目和来源）", "heading"),
              _subject_grid([["1、材料费（检测试剂 9600批次×22.5元）", "21.60", "18.00", "3.60"],
                             ["2、设备维护费", "4.80", "4.80", "0.00"],
                             ["经费支出合计", "26.40", "22.80", "3.60"]]))


def composition_sentence() -> DocModel:
    """L79 on a sheet: no source rows in the header; the 资金构成 line under it says 资金总额80.00万元，其中县级财政资金
    60.00万元、镇自筹20.00万元 (sources read from the sentence, adding up)."""
    rows = [
        ["项目名称", "示例镇农村公路养护项目", "项目期限", "2026年1月—2026年12月"],
        ["主管部门", "示例县交通运输局", "实施单位", "示例镇人民政府"],
        ["年度资金总额", "80.00", "", ""],
        ["年度绩效目标", "养护镇域农村公路64公里，路面技术状况优良中等路率达到85%以上。"],
    ]
    return _t("2026年度项目支出绩效目标申报表", Para("金额单位：万元", "right"), _pairs(rows, [3.0, 4.6, 3.0, 3.4]),
              Para("资金构成：资金总额80.00万元，其中县级财政资金60.00万元、镇自筹20.00万元。", "body"),
              Para("绩效指标", "heading"),
              _ind_grid(_IND_HEAD, [["产出指标", "数量指标", "养护农村公路里程", "≥64公里"],
                                    ["产出指标", "质量指标", "优良中等路率", "≥85%"],
                                    ["产出指标", "时效指标", "年度养护完成时间", "2026年12月31日前"],
                                    ["产出指标", "成本指标", "每公里年养护成本", "≤1.25万元"],
                                    ["效益指标", "社会效益指标", "群众出行时间缩短", "≥10分钟"],
                                    ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"]], _IND_WIDTHS))
