"""Generate fictitious 项目支出绩效目标申报表 samples (docx / xlsx / pdf) with known defects.

Run ``python corpus/samples/make_goal_sheets.py [--out corpus/samples/goal_sheets]`` to rebuild the
committed sample set and ``labels.yaml`` next to the output folder. The module is also importable:

* :class:`SheetSpec` describes one goal sheet (header fields, funds, goal texts, indicator rows,
  layout options and the defects to inject);
* :func:`write_docx`, :func:`write_xlsx` and :func:`write_pdf` render a spec;
* :func:`generate_batch` produces a seeded, varied set of mostly clean sheets for benchmarks.

Every generated document states in its own text that it is a fictitious sample. Output is
byte-stable: document properties carry a fixed date and zip members a fixed timestamp.
"""

from __future__ import annotations

import argparse
import io
import random
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

import yaml

# ---------------------------------------------------------------------------------------------
# Constants
# ---------------------------------------------------------------------------------------------

SAMPLE_NOTICE = "示例材料：本表为虚构示例，仅用于测试。"
OTHER_NOTICE = "示例材料：本文为虚构示例，仅用于测试。"
FIXED_DATE = datetime(2024, 10, 15, 9, 0, 0)
ZIP_DATE = (2024, 10, 15, 9, 0, 0)
AUTHOR = "review_assistant 示例生成器"

# Rules a deterministic checker decides; clean sheets must stay silent on all of them.
DETERMINISTIC_RULES: tuple[str, ...] = (
    "GS-01", "GS-02", "GS-03", "GS-04", "GS-05", "GS-06",
    "GS-07", "GS-10", "GS-11", "GS-13", "GS-15", "GS-16",
)  # fmt: skip

Style = Literal["classic", "y2021", "split"]
FundsUnit = Literal["万元", "元"]
HeaderKind = Literal["auto", "grid4", "grid4_hfunds", "list2", "grid6"]
SignKind = str  # "≥", "≤", "=", ">", "<", "定性" or "" (missing)

WAN = Decimal(10000)
CENT = Decimal("0.01")


# ---------------------------------------------------------------------------------------------
# Spec dataclasses
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Indicator:
    """One 三级 indicator row."""

    level1: str
    level2: str
    name: str
    sign: SignKind
    value: str
    unit: str = ""

    @property
    def kind(self) -> str:
        """Coarse family: quantity, quality, timeliness, cost, benefit, satisfaction or other."""
        if "成本" in self.level1 or "成本" in self.level2:
            return "cost"
        if "满意度" in self.level1:
            return "satisfaction"
        if "效益" in self.level1:
            return "benefit"
        for key, kind in (("数量", "quantity"), ("质量", "quality"), ("时效", "timeliness")):
            if key in self.level2:
                return kind
        return "other"

    @property
    def is_rate(self) -> bool:
        return self.unit in ("%", "百分比") or "率" in self.name or "满意度" in self.name

    def combined_value(self) -> str:
        """The single-cell form used by the 2021 layout: ``≥95%``, ``≤90万元``, ``2025年12月底前``."""
        if self.sign == "定性":
            return self.value
        if self.unit == "日期":
            return f"{self.value}前"
        return f"{self.sign}{self.value}{self.unit}"


@dataclass(frozen=True)
class Funds:
    """Annual funds in 万元. ``total`` is the stated 年度资金总额; ``None`` means "the sum"."""

    fiscal_local: Decimal
    fiscal_upper: Decimal = Decimal(0)
    carryover: Decimal = Decimal(0)
    other: Decimal = Decimal(0)
    total: Decimal | None = None

    @property
    def sources_sum(self) -> Decimal:
        return self.fiscal_local + self.fiscal_upper + self.carryover + self.other

    @property
    def stated_total(self) -> Decimal:
        return self.sources_sum if self.total is None else self.total


@dataclass(frozen=True)
class Layout:
    """How a sheet is laid out; every writer honours the same options."""

    style: Style = "classic"
    funds_unit: FundsUnit = "万元"
    header: HeaderKind = "auto"
    synonyms: bool = False  # 项目单位 / 资金总额 / 度量单位 / 年度指标值 / 目标值

    def header_kind(self) -> HeaderKind:
        if self.header != "auto":
            return self.header
        by_style: dict[str, HeaderKind] = {"classic": "grid4", "y2021": "grid4_hfunds", "split": "grid6"}
        return by_style[self.style]


@dataclass(frozen=True)
class Defect:
    """A defect to inject when rendering.

    ``action`` names an entry of :data:`DEFECT_ACTIONS`; ``rule`` is the rule id it must trigger.
    ``also_must`` lists rules the defect necessarily triggers too; ``unsure`` lists rules a correct
    checker may or may not report (they are left out of ``must_not``).
    """

    rule: str
    action: str
    params: tuple[tuple[str, str], ...] = ()
    also_must: tuple[str, ...] = ()
    unsure: tuple[str, ...] = ()

    def param(self, key: str, default: str = "") -> str:
        return dict(self.params).get(key, default)


@dataclass(frozen=True)
class SheetSpec:
    """One 项目支出绩效目标申报表."""

    fiscal_year: int
    project_name: str
    department: str  # 主管部门
    implementing_unit: str  # 实施单位 / 项目单位
    attribute: str  # 新增 / 延续
    period: str  # 项目期限
    leader: str  # 项目负责人
    phone: str  # 联系电话
    funds: Funds
    annual_goal: str
    indicators: tuple[Indicator, ...]
    long_term_goal: str = ""
    long_term_indicators: tuple[Indicator, ...] = ()
    layout: Layout = field(default_factory=Layout)
    defects: tuple[Defect, ...] = ()
    filler: str = ""  # 填报人
    fill_date: str = ""  # 填报日期; default: 10月15日 of the year before the budget year
    template: str = ""  # catalog key, informational


# ---------------------------------------------------------------------------------------------
# Number helpers
# ---------------------------------------------------------------------------------------------


def _d(value: str | int | float | Decimal) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def fmt_num(value: Decimal) -> str:
    """Indicator value form: no trailing zeros (``120``, ``0.29``)."""
    text = format(value.quantize(CENT, rounding=ROUND_HALF_UP), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def fmt_money(value_wan: Decimal, unit: FundsUnit) -> str:
    if unit == "元":
        return f"{(value_wan * WAN).quantize(CENT):,.2f}元"
    return f"{value_wan.quantize(CENT):.2f}"


def split_funds(total: Decimal, shares: Sequence[str]) -> Funds:
    """Split ``total`` by the first three shares (local, upper, carryover); the rest goes to 其他资金."""
    parts = [(total * _d(s)).quantize(Decimal(1), rounding=ROUND_HALF_UP) for s in shares[:3]]
    # 88 and 100 read as placeholder numbers on real forms (GS-01); keep clean sheets clear of them.
    parts = [p - 2 if p in (88, 100) else p for p in parts]
    while len(parts) < 3:
        parts.append(Decimal(0))
    rest = total - sum(parts, Decimal(0))
    return Funds(parts[0], parts[1], parts[2], rest)


def ceil_cent(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_CEILING)


# ---------------------------------------------------------------------------------------------
# Project catalog (clean, classic-layout specs)
# ---------------------------------------------------------------------------------------------

P1, P2, P3, P4 = "产出指标", "效益指标", "满意度指标", "成本指标"


def _ind(l1: str, l2: str, name: str, sign: str, value: str | Decimal, unit: str = "") -> Indicator:
    return Indicator(l1, l2, name, sign, fmt_num(value) if isinstance(value, Decimal) else value, unit)


def _deadline(fy: int, month: int = 12, day: int = 31) -> str:
    return f"{fy}年{month}月{day}日"


@dataclass(frozen=True)
class Variation:
    """Knobs a template accepts so the batch generator can vary numbers and names."""

    district: str = "示例区"
    scale: Decimal = Decimal(1)
    satisfaction: int = 90
    leader: str = "张立新"
    phone: str = "0379-63218547"
    filler: str = "陈晓燕"


def _old_community(fy: int, v: Variation) -> SheetSpec:
    households = int((Decimal(420) * v.scale).quantize(Decimal(1)))
    communities = max(1, round(households / 140))
    total = (Decimal(households) * Decimal("0.2857")).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    funds = split_funds(total, ("0.6667", "0.25", "0.0833"))
    d = v.district
    inds = (
        _ind(P1, "数量指标", "改造老旧小区数量", "≥", str(communities), "个"),
        _ind(P1, "数量指标", "改造惠及居民户数", "≥", str(households), "户"),
        _ind(P1, "质量指标", "改造工程竣工验收合格率", "≥", "98", "%"),
        _ind(P1, "时效指标", "改造工程完工时间", "定性", f"{_deadline(fy)}前"),
        _ind(P1, "成本指标", "项目总成本", "≤", total, "万元"),
        _ind(P1, "成本指标", "户均改造成本", "≤", ceil_cent(total / households), "万元/户"),
        _ind(P2, "社会效益指标", "改造小区消防通道畅通率", "≥", "95", "%"),
        _ind(P2, "可持续影响指标", "改造设施设计使用年限", "≥", "10", "年"),
        _ind(P3, "服务对象满意度指标", "小区居民满意度", "≥", str(v.satisfaction), "%"),
    )
    goal = (
        f"{fy}年，计划完成{d}{communities}个老旧小区（共{households}户）的供水管网、屋面防水和消防通道改造，"
        f"工程竣工验收合格率达到98%以上，项目总成本控制在{fmt_num(total)}万元以内，"
        f"改造后小区消防通道畅通率达到95%以上，居民满意度达到{v.satisfaction}%以上。"
    )
    return SheetSpec(
        fiscal_year=fy,
        project_name=f"{fy}年{d}老旧小区改造项目",
        department=f"{d}住房和城乡建设局",
        implementing_unit=f"{d}城市更新服务中心",
        attribute="新增",
        period=f"{fy}年1月—{fy}年12月",
        leader=v.leader,
        phone=v.phone,
        funds=funds,
        annual_goal=goal,
        indicators=inds,
        filler=v.filler,
        template="old_community",
    )


def _medical_equipment(fy: int, v: Variation) -> SheetSpec:
    dr = max(1, int((Decimal(2) * v.scale).quantize(Decimal(1))))
    analyzers = dr * 2
    total = Decimal(dr * 33 + analyzers * 5)  # DR 33万元/台, 生化分析仪 5万元/台
    funds = split_funds(total, ("0.7", "0.3"))
    d = v.district
    inds = (
        _ind(P1, "数量指标", "购置数字化X线摄影系统（DR）数量", "=", str(dr), "台"),
        _ind(P1, "数量指标", "购置全自动生化分析仪数量", "=", str(analyzers), "台"),
        _ind(P1, "质量指标", "设备到货验收合格率", "≥", "98", "%"),
        _ind(P1, "时效指标", "设备采购安装完成时间", "定性", f"{_deadline(fy, 9, 30)}前"),
        _ind(P1, "成本指标", "设备采购总成本", "≤", total, "万元"),
        _ind(P2, "社会效益指标", "乡镇卫生院DR检查项目开展率", "≥", "90", "%"),
        _ind(P2, "社会效益指标", "乡镇居民就近完成影像检查比例", "≥", "80", "%"),
        _ind(P3, "服务对象满意度指标", "就诊群众满意度", "≥", str(v.satisfaction), "%"),
    )
    goal = (
        f"{fy}年，为{d}乡镇卫生院购置DR设备{dr}台、全自动生化分析仪{analyzers}台，"
        f"设备到货验收合格率达到98%以上，采购总成本控制在{fmt_num(total)}万元以内；"
        f"设备投入使用后，乡镇居民就近完成影像检查的比例达到80%以上，就诊群众满意度达到{v.satisfaction}%以上。"
    )
    return SheetSpec(
        fiscal_year=fy,
        project_name=f"{d}基层医疗卫生机构设备购置项目",
        department=f"{d}卫生健康委员会",
        implementing_unit=f"{d}基层医疗卫生服务中心",
        attribute="新增",
        period=f"{fy}年3月—{fy}年12月",
        leader=v.leader,
        phone=v.phone,
        funds=funds,
        annual_goal=goal,
        indicators=inds,
        filler=v.filler,
        template="medical_equipment",
    )


def _after_school(fy: int, v: Variation) -> SheetSpec:
    schools = max(4, int((Decimal(32) * v.scale).quantize(Decimal(1))))
    students = schools * 780
    total = (Decimal(students) * Decimal("0.02")).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    funds = split_funds(total, ("0.8", "0.13", "0.07"))
    per_student_yuan = (total * WAN / students).quantize(Decimal(1), rounding=ROUND_CEILING)
    start, end = fy - 1, fy + 1
    d = v.district
    annual = (
        _ind(P1, "数量指标", "开展课后服务学校数", "≥", str(schools), "所"),
        _ind(P1, "数量指标", "参加课后服务学生人数", "≥", str(students), "人"),
        _ind(P1, "质量指标", "课后服务教师岗前培训覆盖率", "≥", "95", "%"),
        _ind(P1, "质量指标", "学期末课后服务考核结论", "定性", "合格"),
        _ind(P1, "时效指标", "年度服务补助资金拨付完成时间", "定性", f"{_deadline(fy)}前"),
        _ind(P1, "成本指标", "年度项目成本", "≤", total, "万元"),
        _ind(P1, "成本指标", "生均年度服务成本", "≤", per_student_yuan, "元/人"),
        _ind(P2, "社会效益指标", "有需求学生课后服务参与率", "≥", "90", "%"),
        _ind(P3, "服务对象满意度指标", "学生家长满意度", "≥", str(max(v.satisfaction, 92)), "%"),
    )
    long_term = (
        _ind(P1, "数量指标", "开展课后服务学校累计覆盖率", "≥", "95", "%"),
        _ind(P1, "质量指标", "课后服务课程开设门类", "≥", "6", "类"),
        _ind(P1, "时效指标", "项目周期完成时间", "定性", f"{_deadline(end)}前"),
        _ind(P1, "成本指标", "生均年度服务成本", "≤", per_student_yuan, "元/人"),
        _ind(P2, "社会效益指标", "有需求学生课后服务参与率", "≥", "92", "%"),
        _ind(P3, "服务对象满意度指标", "学生家长满意度", "≥", "92", "%"),
    )
    long_goal = (
        f"{start}—{end}年，在{d}义务教育阶段学校全面推行课后服务，"
        f"三年内课后服务学校覆盖率达到95%以上，课程门类不少于6类，"
        f"有需求学生参与率达到92%以上，家长满意度保持在92%以上。"
    )
    goal = (
        f"{fy}年，计划在{schools}所学校开展课后服务，服务学生{students}人，"
        f"教师岗前培训覆盖率达到95%以上，年度项目成本控制在{fmt_num(total)}万元以内，"
        f"有需求学生参与率达到90%以上。"
    )
    return SheetSpec(
        fiscal_year=fy,
        project_name=f"{d}中小学课后服务补助项目",
        department=f"{d}教育局",
        implementing_unit=f"{d}中小学课后服务管理中心",
        attribute="延续",
        period=f"{start}年1月—{end}年12月",
        leader=v.leader,
        phone=v.phone,
        funds=funds,
        annual_goal=goal,
        indicators=annual,
        long_term_goal=long_goal,
        long_term_indicators=long_term,
        filler=v.filler,
        template="after_school",
    )


def _rural_road(fy: int, v: Variation) -> SheetSpec:
    km = int((Decimal(420) * v.scale).quantize(Decimal(1)))
    total = (Decimal(km) * Decimal("0.7143")).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    local = (total * Decimal("0.7")).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    funds = Funds(local, total - local)  # 本级 + 上级补助
    d = v.district
    inds = (
        _ind(P1, "数量指标", "列养农村公路里程", "≥", str(km), "公里"),
        _ind(P1, "数量指标", "路面坑槽修补面积", "≥", str(km * 15), "平方米"),
        _ind(P1, "质量指标", "农村公路优良中等路率", "≥", "85", "%"),
        _ind(P1, "时效指标", "路面病害修复及时率", "≥", "95", "%"),
        _ind(P1, "时效指标", "年度养护任务完成时间", "≤", _deadline(fy), "日期"),
        _ind(P1, "成本指标", "每公里年度养护成本", "≤", ceil_cent(total / km), "万元/公里"),
        _ind(P1, "成本指标", "项目总成本", "≤", total, "万元"),
        _ind(P2, "社会效益指标", "因路面病害引发的交通事故起数", "≤", "2", "起"),
        _ind(P2, "可持续影响指标", "养护路段路况检测覆盖率", "≥", "95", "%"),
        _ind(P3, "服务对象满意度指标", "沿线群众满意度", "≥", str(v.satisfaction), "%"),
    )
    goal = (
        f"{fy}年，计划对{d}{km}公里农村公路实施日常养护，修补路面坑槽{km * 15}平方米，"
        f"优良中等路率达到85%以上，病害修复及时率达到95%以上，"
        f"每公里养护成本不超过{fmt_num(ceil_cent(total / km))}万元，沿线群众满意度达到{v.satisfaction}%以上。"
    )
    return SheetSpec(
        fiscal_year=fy,
        project_name=f"{fy}年{d}农村公路日常养护项目",
        department=f"{d}交通运输局",
        implementing_unit=f"{d}农村公路管理所",
        attribute="延续",
        period=f"{fy}年1月—{fy}年12月",
        leader=v.leader,
        phone=v.phone,
        funds=funds,
        annual_goal=goal,
        indicators=inds,
        filler=v.filler,
        template="rural_road",
    )


def _greening(fy: int, v: Variation) -> SheetSpec:
    area_wan_m2 = int((Decimal(90) * v.scale).quantize(Decimal(1)))
    total = (Decimal(area_wan_m2) * Decimal("2.8889")).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    funds = Funds(total)
    unit_cost = ceil_cent(total / area_wan_m2)  # 万元/万平方米 == 元/平方米
    d = v.district
    inds = (
        _ind(
            P1,
            "数量指标",
            "城区主次干道及公园绿地修剪、病虫害防治与补植补种面积",
            "≥",
            str(area_wan_m2),
            "万平方米",
        ),
        _ind(P1, "数量指标", "行道树养护株数", "≥", str(area_wan_m2 * 140), "株"),
        _ind(P1, "质量指标", "补植苗木成活率", "≥", "95", "%"),
        _ind(P1, "质量指标", "绿地一级养护标准达标率", "≥", "90", "%"),
        _ind(P1, "时效指标", "病虫害发现后处置及时率", "≥", "95", "%"),
        _ind(P1, "时效指标", "年度养护任务完成时间", "定性", f"{_deadline(fy)}前"),
        _ind(P1, "成本指标", "每平方米年度养护成本", "≤", unit_cost, "元/平方米"),
        _ind(P1, "成本指标", "项目总成本", "≤", total, "万元"),
        _ind(P2, "生态效益指标", "城区建成区绿化覆盖率", "≥", "42", "%"),
        _ind(P2, "社会效益指标", "公园绿地服务半径覆盖率", "≥", "85", "%"),
        _ind(P3, "服务对象满意度指标", "市民对城区绿化养护满意度", "≥", str(v.satisfaction), "%"),
    )
    goal = (
        f"{fy}年，计划完成{d}城区{area_wan_m2}万平方米绿地及行道树的日常养护，"
        f"补植苗木成活率达到95%以上，一级养护标准达标率达到90%以上，"
        f"每平方米养护成本不超过{fmt_num(unit_cost)}元，建成区绿化覆盖率保持在42%以上，"
        f"市民满意度达到{v.satisfaction}%以上。"
    )
    return SheetSpec(
        fiscal_year=fy,
        project_name=f"{fy}年{d}城市绿化养护项目",
        department=f"{d}城市管理局",
        implementing_unit=f"{d}园林绿化服务中心",
        attribute="延续",
        period=f"{fy}年1月—{fy}年12月",
        leader=v.leader,
        phone=v.phone,
        funds=funds,
        annual_goal=goal,
        indicators=inds,
        filler=v.filler,
        template="greening",
    )


def _elderly_care(fy: int, v: Variation) -> SheetSpec:
    people = int((Decimal(600) * v.scale).quantize(Decimal(1)))
    total = Decimal(people) * Decimal("0.2")
    funds = split_funds(total, ("0.75", "0.25"))
    d = v.district
    inds = (
        _ind(P1, "数量指标", "居家养老服务对象人数", "≥", str(people), "人"),
        _ind(P1, "数量指标", "全年上门服务人次", "≥", str(people * 24), "人次"),
        _ind(P1, "质量指标", "上门服务质量抽查合格率", "≥", "95", "%"),
        _ind(P1, "时效指标", "服务需求响应及时率", "≥", "95", "%"),
        _ind(P1, "时效指标", "年度服务完成时间", "定性", f"{_deadline(fy)}前"),
        _ind(P1, "成本指标", "项目总成本", "≤", total, "万元"),
        _ind(P1, "成本指标", "人均年度服务成本", "≤", "2000", "元/人"),
        _ind(P2, "社会效益指标", "独居困难老年人定期探访覆盖率", "≥", "95", "%"),
        _ind(P3, "服务对象满意度指标", "服务对象满意度", "≥", str(v.satisfaction), "%"),
    )
    goal = (
        f"{fy}年，计划为{d}{people}名居家老年人提供助餐、助洁、助浴等上门服务{people * 24}人次，"
        f"服务质量抽查合格率达到95%以上，人均年度服务成本不超过2000元，"
        f"独居困难老年人定期探访覆盖率达到95%以上，服务对象满意度达到{v.satisfaction}%以上。"
    )
    return SheetSpec(
        fiscal_year=fy,
        project_name=f"{d}社区居家养老服务项目",
        department=f"{d}民政局",
        implementing_unit=f"{d}社区养老服务指导中心",
        attribute="延续",
        period=f"{fy}年1月—{fy}年12月",
        leader=v.leader,
        phone=v.phone,
        funds=funds,
        annual_goal=goal,
        indicators=inds,
        filler=v.filler,
        template="elderly_care",
    )


CATALOG: dict[str, Callable[[int, Variation], SheetSpec]] = {
    "old_community": _old_community,
    "medical_equipment": _medical_equipment,
    "after_school": _after_school,
    "rural_road": _rural_road,
    "greening": _greening,
    "elderly_care": _elderly_care,
}

# Extra rows a 2021-layout sheet may carry under 一级 成本指标.
_EXTRA_2021_COSTS: dict[str, tuple[Indicator, ...]] = {
    "medical_equipment": (_ind(P4, "社会成本指标", "设备安装期间门诊检查暂停天数", "≤", "2", "天"),),
    "old_community": (
        _ind(P4, "社会成本指标", "施工期间小区主通道封闭天数", "≤", "15", "天"),
        _ind(P4, "生态环境成本指标", "施工扬尘噪声投诉次数", "≤", "3", "次"),
    ),
    "rural_road": (_ind(P4, "生态环境成本指标", "养护作业建筑垃圾产生量", "≤", "60", "吨"),),
}


def project(template: str, fiscal_year: int = 2025, variation: Variation | None = None) -> SheetSpec:
    """A clean classic-layout spec from the catalog."""
    return CATALOG[template](fiscal_year, variation or Variation())


def as_2021(spec: SheetSpec, extra_costs: bool = True) -> SheetSpec:
    """Convert to the 财预〔2021〕101号 style: 成本指标 becomes 一级 with 经济/社会/生态环境成本指标."""

    def convert(rows: Iterable[Indicator], with_extra: bool) -> tuple[Indicator, ...]:
        rows = list(rows)
        cost = [replace(r, level1=P4, level2="经济成本指标") for r in rows if r.kind == "cost"]
        if with_extra:
            cost += list(_EXTRA_2021_COSTS.get(spec.template, ()))
        outputs = [r for r in rows if r.level1 == P1 and r.kind != "cost"]
        rest = [r for r in rows if r.level1 != P1 and r.kind != "cost"]
        return (*outputs, *cost, *rest)

    return replace(
        spec,
        indicators=convert(spec.indicators, extra_costs),
        long_term_indicators=convert(spec.long_term_indicators, False),
        layout=replace(spec.layout, style="y2021"),
    )


# ---------------------------------------------------------------------------------------------
# Defect injection
# ---------------------------------------------------------------------------------------------


def _first_index(rows: Sequence[Indicator], pred: Callable[[Indicator], bool]) -> int:
    for i, row in enumerate(rows):
        if pred(row):
            return i
    raise ValueError("no indicator row matches the defect target")


def _target(defect: Defect) -> Callable[[Indicator], bool]:
    kind = defect.param("kind")
    contains = defect.param("name_contains")
    unit = defect.param("unit_is")

    def pred(row: Indicator) -> bool:
        return (
            (not kind or row.kind == kind)
            and (not contains or contains in row.name)
            and (not unit or row.unit == unit)
        )

    return pred


def _edit_row(spec: SheetSpec, defect: Defect, **changes: str) -> SheetSpec:
    rows = list(spec.indicators)
    i = _first_index(rows, _target(defect))
    rows[i] = replace(rows[i], **changes)
    return replace(spec, indicators=tuple(rows))


_TEXT_FIELDS = ("project_name", "department", "implementing_unit", "attribute", "period", "leader", "phone")


def _act_set_field(spec: SheetSpec, defect: Defect) -> SheetSpec:
    name = defect.param("field")
    if name not in _TEXT_FIELDS:
        raise ValueError(f"set_field cannot change {name!r}")
    changes: dict[str, Any] = {name: defect.param("text")}
    return replace(spec, **changes)


def _act_funds_total(spec: SheetSpec, defect: Defect) -> SheetSpec:
    """Set the stated total (``total``) or make it exceed the sources by ``add`` 万元."""
    add = defect.param("add")
    total = spec.funds.sources_sum + _d(add) if add else _d(defect.param("total"))
    return replace(spec, funds=replace(spec.funds, total=total))


def _act_set_row(spec: SheetSpec, defect: Defect) -> SheetSpec:
    changes = {k: defect.param(k) for k in ("sign", "value", "unit", "name") if k in dict(defect.params)}
    return _edit_row(spec, defect, **changes)


def _act_shift_deadline(spec: SheetSpec, defect: Defect) -> SheetSpec:
    """Move the annual completion date past the budget year (e.g. ``2026年6月底前``)."""
    late = f"{spec.fiscal_year + 1}年6月底前"
    rows = list(spec.indicators)
    i = _first_index(rows, lambda r: r.kind == "timeliness" and "年" in r.value)
    sign = rows[i].sign if rows[i].unit != "日期" else "定性"
    rows[i] = replace(rows[i], sign=sign, value=late, unit="")
    return replace(spec, indicators=tuple(rows))


def _act_inflate_cost(spec: SheetSpec, defect: Defect) -> SheetSpec:
    factor = _d(defect.param("factor", "1.25"))
    value = (spec.funds.stated_total * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return _edit_row(
        spec, replace(defect, params=(("kind", "cost"), ("unit_is", "万元"))), value=fmt_num(value)
    )


def _act_drop_kind(spec: SheetSpec, defect: Defect) -> SheetSpec:
    kind = defect.param("kind")
    return replace(spec, indicators=tuple(r for r in spec.indicators if r.kind != kind))


def _act_add_row(spec: SheetSpec, defect: Defect) -> SheetSpec:
    new = Indicator(*(defect.param(k) for k in ("level1", "level2", "name", "sign", "value", "unit")))
    rows = list(spec.indicators)
    same_group = [i for i, r in enumerate(rows) if r.level1 == new.level1 and r.level2 == new.level2]
    same_l1 = [i for i, r in enumerate(rows) if r.level1 == new.level1]
    at = (same_group or same_l1 or [len(rows) - 1])[-1] + 1
    rows.insert(at, new)
    return replace(spec, indicators=tuple(rows))


def _act_annual_goal(spec: SheetSpec, defect: Defect) -> SheetSpec:
    return replace(spec, annual_goal=defect.param("text").format(fy=spec.fiscal_year))


def _act_keep_kinds(spec: SheetSpec, defect: Defect) -> SheetSpec:
    kinds = defect.param("kinds").split(",")
    kept = [next(r for r in spec.indicators if r.kind == kind) for kind in kinds]
    return replace(spec, indicators=tuple(kept))


DEFECT_ACTIONS: dict[str, Callable[[SheetSpec, Defect], SheetSpec]] = {
    "set_field": _act_set_field,
    "funds_total": _act_funds_total,
    "set_row": _act_set_row,
    "shift_deadline": _act_shift_deadline,
    "inflate_cost": _act_inflate_cost,
    "drop_kind": _act_drop_kind,
    "add_row": _act_add_row,
    "annual_goal": _act_annual_goal,
    "keep_kinds": _act_keep_kinds,
}


def resolve(spec: SheetSpec) -> SheetSpec:
    """The spec as it will be written: defects applied in order, ``defects`` kept for labelling."""
    out = spec
    for defect in spec.defects:
        out = DEFECT_ACTIONS[defect.action](out, defect)
    return out


def label_rules(spec: SheetSpec) -> tuple[list[str], list[str]]:
    """``(must, must_not)`` for a spec, from its defects."""
    must: list[str] = []
    unsure: set[str] = set()
    for defect in spec.defects:
        for rule in (defect.rule, *defect.also_must):
            if rule not in must:
                must.append(rule)
        unsure.update(defect.unsure)
    must_not = [r for r in DETERMINISTIC_RULES if r not in must and r not in unsure]
    return must, must_not


# ---------------------------------------------------------------------------------------------
# Format-neutral document model
# ---------------------------------------------------------------------------------------------


@dataclass
class Para:
    text: str
    # "sheet": in xlsx, start a new worksheet named by the text (an export's indicator sheet); a heading elsewhere.
    role: Literal["title", "notice", "heading", "body", "right", "small", "sheet"] = "body"


# A cell text starting with this is written to xlsx as a formula without a saved result (a workbook
# produced by a program and never recalculated in Excel); the other formats never carry it.
FORMULA_PREFIX = "\u2983公式\u2984"


@dataclass
class Grid:
    """A table: text per cell, merges as inclusive ``(r0, c0, r1, c1)`` boxes, relative widths."""

    widths: list[float]
    rows: list[list[str]] = field(default_factory=list)
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    header_rows: set[int] = field(default_factory=set)
    label_cells: set[tuple[int, int]] = field(default_factory=set)
    xlsx_spans: list[int] | None = None  # sheet columns per grid column (6 in total)
    role: str = ""

    @property
    def ncols(self) -> int:
        return len(self.widths)

    def add(
        self, cells: Sequence[str | tuple[str, int]], labels: Sequence[int] = (), header: bool = False
    ) -> int:
        """Append a row; ``(text, n)`` spans n columns. ``labels`` are grid column indexes of label cells."""
        r = len(self.rows)
        row: list[str] = []
        for cell in cells:
            text, span = (cell, 1) if isinstance(cell, str) else cell
            if span > 1:
                self.spans.append((r, len(row), r, len(row) + span - 1))
            row.append(text)
            row.extend([""] * (span - 1))
        if len(row) != self.ncols:
            raise ValueError(f"row has {len(row)} cells, grid has {self.ncols}")
        self.rows.append(row)
        if header:
            self.header_rows.add(r)
        for c in labels:
            self.label_cells.add((r, c))
        return r

    def vmerge(self, col: int, r0: int, r1: int) -> None:
        if r1 > r0:
            self.spans.append((r0, col, r1, col))
            for r in range(r0 + 1, r1 + 1):
                self.rows[r][col] = ""

    def covered(self) -> set[tuple[int, int]]:
        """Grid positions hidden by a merge (every position in a box except its top-left)."""
        out: set[tuple[int, int]] = set()
        for r0, c0, r1, c1 in self.spans:
            out.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if (r, c) != (r0, c0))
        return out


Block = Para | Grid


@dataclass
class DocModel:
    title: str
    blocks: list[Block]
    notice: str = SAMPLE_NOTICE
    sheet_name: str = "绩效目标表"


def _funds_rows(spec: SheetSpec) -> list[tuple[str, str]]:
    f, u = spec.funds, spec.layout.funds_unit
    total_label = "资金总额" if spec.layout.synonyms else "年度资金总额"
    return [
        (total_label, fmt_money(f.stated_total, u)),
        ("其中：财政拨款（本级）", fmt_money(f.fiscal_local, u)),
        ("财政拨款（上级）", fmt_money(f.fiscal_upper, u)),
        ("上年结转", fmt_money(f.carryover, u)),
        ("其他资金", fmt_money(f.other, u)),
    ]


def _unit_label(spec: SheetSpec) -> str:
    return "项目单位" if spec.layout.synonyms else "实施单位"


def _goal_rows(spec: SheetSpec) -> list[tuple[str, str]]:
    if spec.long_term_goal:
        start = spec.period[:4]
        end = spec.period.split("—")[-1][:4]
        return [
            (f"长期目标（{start}—{end}年）", spec.long_term_goal),
            (f"年度目标（{spec.fiscal_year}年）", spec.annual_goal),
        ]
    return [("年度绩效目标", spec.annual_goal)]


def _header_grid4(spec: SheetSpec) -> Grid:
    g = Grid([3.2, 5.0, 2.6, 5.2], xlsx_spans=[2, 1, 1, 2], role="header")
    g.add(["项目名称", spec.project_name, "主管部门", spec.department], labels=(0, 2))
    g.add([_unit_label(spec), spec.implementing_unit, "项目属性", spec.attribute], labels=(0, 2))
    g.add(["项目负责人", spec.leader, "联系电话", spec.phone], labels=(0, 2))
    g.add(["项目期限", (spec.period, 3)], labels=(0,))
    first = len(g.rows)
    unit_note = "（元）" if spec.layout.funds_unit == "元" else "（万元）"
    for label, value in _funds_rows(spec):
        g.add([f"项目资金{unit_note}", label, (value, 2)], labels=(0, 1))
    g.vmerge(0, first, len(g.rows) - 1)
    for label, text in _goal_rows(spec):
        g.add([label, (text, 3)], labels=(0,))
    return g


def _header_grid4_hfunds(spec: SheetSpec) -> Grid:
    g = Grid([3.2, 4.8, 3.2, 4.8], xlsx_spans=[2, 1, 1, 2], role="header")
    g.add(["项目名称", (spec.project_name, 3)], labels=(0,))
    g.add(["主管部门", spec.department, _unit_label(spec), spec.implementing_unit], labels=(0, 2))
    g.add(["项目属性", spec.attribute, "项目期限", spec.period], labels=(0, 2))
    g.add(["项目负责人", spec.leader, "联系电话", spec.phone], labels=(0, 2))
    unit = "元" if spec.layout.funds_unit == "元" else "万元"
    g.add([(f"项目资金情况（单位：{unit}）", 4)], labels=(0,))
    f, u = spec.funds, spec.layout.funds_unit
    total_label = "资金总额" if spec.layout.synonyms else "年度资金总额"
    g.add([total_label, "其中：财政拨款", "上年结转", "其他资金"], labels=(0, 1, 2, 3))
    g.add([fmt_money(v, u) for v in (f.stated_total, f.fiscal_local + f.fiscal_upper, f.carryover, f.other)])
    for label, text in _goal_rows(spec):
        g.add([label, (text, 3)], labels=(0,))
    return g


def _header_list2(spec: SheetSpec) -> Grid:
    g = Grid([5.0, 11.0], xlsx_spans=[2, 4], role="header")
    pairs = [
        ("项目名称", spec.project_name),
        ("主管部门", spec.department),
        (_unit_label(spec), spec.implementing_unit),
        ("项目属性", spec.attribute),
        ("项目期限", spec.period),
        ("项目负责人", spec.leader),
        ("联系电话", spec.phone),
        *_funds_rows(spec),
        *_goal_rows(spec),
    ]
    for label, value in pairs:
        g.add([label, value], labels=(0,))
    return g


def _header_grid6(spec: SheetSpec) -> Grid:
    g = Grid([2.5, 3.1, 2.5, 3.1, 1.9, 3.9], role="header")
    g.add(["项目名称", (spec.project_name, 5)], labels=(0,))
    g.add(
        ["主管部门", spec.department, _unit_label(spec), spec.implementing_unit, "项目属性", spec.attribute],
        labels=(0, 2, 4),
    )
    g.add(["项目负责人", spec.leader, "联系电话", spec.phone, "项目期限", spec.period], labels=(0, 2, 4))
    rows = _funds_rows(spec)
    unit = "元" if spec.layout.funds_unit == "元" else "万元"
    (l0, v0), (l1, v1), (l2, v2), (l3, v3), (l4, v4) = rows
    g.add([f"{l0}（{unit}）", v0, l1, v1, l2, v2], labels=(0, 2, 4))
    g.add([l3, v3, l4, (v4, 3)], labels=(0, 2))
    for label, text in _goal_rows(spec):
        g.add([label, (text, 5)], labels=(0,))
    return g


def _merge_groups(g: Grid, first: int, rows: Sequence[Indicator]) -> None:
    """Merge 一级 (col 0) and 二级 (col 1) vertically over consecutive equal values."""
    for col, key in ((0, lambda r: (r.level1,)), (1, lambda r: (r.level1, r.level2))):
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or key(rows[i]) != key(rows[start]):
                g.vmerge(col, first + start, first + i - 1)
                start = i


def _indicator_grid(spec: SheetSpec, rows: Sequence[Indicator], long_term: bool = False) -> Grid:
    style = spec.layout.style
    if style == "y2021":
        g = Grid([2.4, 3.0, 6.8, 3.8], xlsx_spans=[1, 1, 1, 3], role="indicators")
        g.add(["一级指标", "二级指标", "三级指标", "指标值"], header=True)
        first = len(g.rows)
        for r in rows:
            g.add([r.level1, r.level2, r.name, r.combined_value()])
    else:
        g = Grid([2.1, 2.55, 5.4, 1.85, 3.1, 2.0], role="indicators")
        if spec.layout.synonyms:
            value_col = "目标值" if long_term else "年度指标值"
            unit_col = "度量单位"
            g.add([("绩效指标", 6)], header=True)
        else:
            value_col, unit_col = "指标值", "计量单位"
        g.add(["一级指标", "二级指标", "三级指标", "指标性质", value_col, unit_col], header=True)
        first = len(g.rows)
        for r in rows:
            g.add([r.level1, r.level2, r.name, r.sign, r.value, r.unit])
    _merge_groups(g, first, rows)
    return g


def build_model(spec: SheetSpec) -> DocModel:
    """Lay out a (resolved) spec as title, notice, header grid, indicator grid(s) and sign-off."""
    fy = spec.fiscal_year
    style = spec.layout.style
    title = {
        "classic": f"{fy}年度项目支出绩效目标申报表",
        "y2021": f"项目支出绩效目标表（{fy}年度）",
        "split": f"{fy}年度项目支出绩效目标申报表（中长期及年度）",
    }[style]
    header = {
        "grid4": _header_grid4,
        "grid4_hfunds": _header_grid4_hfunds,
        "list2": _header_list2,
        "grid6": _header_grid6,
        "auto": _header_grid4,
    }[spec.layout.header_kind()](spec)
    blocks: list[Block] = [Para(title, "title"), Para(SAMPLE_NOTICE, "notice")]
    unit = "元" if spec.layout.funds_unit == "元" else "万元"
    blocks.append(Para(f"填报单位：{spec.implementing_unit}　　　　金额单位：{unit}", "right"))
    blocks.append(header)
    if spec.long_term_indicators:
        blocks.append(Para("长期绩效指标", "heading"))
        blocks.append(_indicator_grid(spec, spec.long_term_indicators, long_term=True))
        blocks.append(Para(f"年度绩效指标（{fy}年）", "heading"))
    else:
        blocks.append(Para("绩效指标", "heading"))
    blocks.append(_indicator_grid(spec, spec.indicators))
    if spec.filler:
        filled = spec.fill_date or f"{fy - 1}年10月15日"
        blocks.append(Para(f"填报人：{spec.filler}　　联系电话：{spec.phone}　　填报日期：{filled}", "small"))
    return DocModel(title, blocks)


# ---------------------------------------------------------------------------------------------
# Byte-stable zip output (docx / xlsx)
# ---------------------------------------------------------------------------------------------

_CORE_DATES = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _stable_zip(data: bytes, path: Path) -> None:
    """Rewrite an OOXML package with fixed member timestamps and fixed core-property dates."""
    stamp = FIXED_DATE.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _CORE_DATES.sub(
                    lambda m: f"{m.group(1)}{stamp}{m.group(3)}", blob.decode("utf-8")
                ).encode()
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, blob)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------
# DOCX writer
# ---------------------------------------------------------------------------------------------


def _docx_font(run: Any, size: float | None = None, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = "宋体"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold or None


def _docx_render(model: DocModel, path: Path, title: str) -> None:
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "宋体"
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    usable = 17.0

    for block in model.blocks:
        if isinstance(block, Para):
            p = doc.add_paragraph()
            size, bold = {
                "title": (16, True),
                "heading": (12, True),
                "notice": (9, False),
                "small": (9, False),
            }.get(block.role, (10.5, False))
            if block.role in ("title", "notice"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif block.role == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _docx_font(p.add_run(block.text), size, bold)
            continue
        grid = block
        table = doc.add_table(rows=len(grid.rows), cols=grid.ncols)
        table.style = "Table Grid"
        table.autofit = False
        scale = usable / sum(grid.widths)
        widths = [Cm(w * scale) for w in grid.widths]
        for row in table.rows:
            for c, cell in enumerate(row.cells):
                cell.width = widths[c]
        for r0, c0, r1, c1 in grid.spans:
            table.cell(r0, c0).merge(table.cell(r1, c1))
        covered = grid.covered()
        for r, texts in enumerate(grid.rows):
            for c, text in enumerate(texts):
                if (r, c) in covered:
                    continue
                cell = table.cell(r, c)
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                para = cell.paragraphs[0]
                if r in grid.header_rows or (r, c) in grid.label_cells:
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                bold = r in grid.header_rows or (r, c) in grid.label_cells
                _docx_font(para.add_run(text), 10, bold)
        doc.add_paragraph()

    props = doc.core_properties
    props.title = title
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.comments = model.notice
    props.revision = 1
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.last_printed = FIXED_DATE
    buf = io.BytesIO()
    doc.save(buf)
    _stable_zip(buf.getvalue(), path)


def write_docx(spec: SheetSpec, path: Path) -> Path:
    """Write ``spec`` (defects applied) as a Word document."""
    model = build_model(resolve(spec))
    _docx_render(model, Path(path), model.title)
    return Path(path)


# ---------------------------------------------------------------------------------------------
# XLSX writer
# ---------------------------------------------------------------------------------------------

_XLSX_WIDTHS = (12.0, 14.0, 36.0, 10.0, 14.0, 10.0)
_MONEY_TEXT = re.compile(r"^-?[\d,]+\.\d{2}元?$")  # fund amounts become numeric cells, as in real exports


def _xlsx_render(model: DocModel, path: Path, title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = model.sheet_name
    ncols = len(_XLSX_WIDTHS)
    for i, w in enumerate(_XLSX_WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="D9D9D9")
    font = Font(name="宋体", size=10)
    bold = Font(name="宋体", size=10, bold=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    row = 1

    def set_height(r: int, text: str, width_chars: float) -> None:
        lines = max(1, -(-len(text) * 2 // max(int(width_chars), 1)))
        current = ws.row_dimensions[r].height or 15.0
        ws.row_dimensions[r].height = max(current, 15.0 * lines + 3)

    for block in model.blocks:
        if isinstance(block, Para) and block.role == "sheet":
            ws = wb.create_sheet(block.text)
            for i, w in enumerate(_XLSX_WIDTHS):
                ws.column_dimensions[chr(ord("A") + i)].width = w
            row = 1
            continue
        if isinstance(block, Para):
            cell = ws.cell(row=row, column=1, value=block.text)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            if block.role == "title":
                cell.font = Font(name="宋体", size=16, bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center")
                ws.row_dimensions[row].height = 28
            elif block.role == "heading":
                cell.font = Font(name="宋体", size=12, bold=True)
            elif block.role in ("notice",):
                cell.font = Font(name="宋体", size=9)
                cell.alignment = Alignment(horizontal="center")
            elif block.role == "right":
                cell.font = font
                cell.alignment = Alignment(horizontal="right")
            else:
                cell.font = Font(name="宋体", size=9)
            row += 1
            continue
        grid = block
        spans = grid.xlsx_spans or [1] * grid.ncols
        starts = [1 + sum(spans[:c]) for c in range(grid.ncols)]
        ends = [starts[c] + spans[c] - 1 for c in range(grid.ncols)]
        base = row
        for r in range(len(grid.rows)):
            for col in range(1, ends[-1] + 1):
                ws.cell(row=base + r, column=col).border = border
        boxes = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in grid.spans}
        covered = grid.covered()
        for r, texts in enumerate(grid.rows):
            for c, text in enumerate(texts):
                if (r, c) in covered:
                    continue
                r1, c1 = boxes.get((r, c), (r, c))
                top, left, bottom, right = base + r, starts[c], base + r1, ends[c1]
                if (top, left) != (bottom, right):
                    ws.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
                value: str | float | None = text or None
                formula = text.startswith(FORMULA_PREFIX)
                if formula:
                    value = text.removeprefix(FORMULA_PREFIX)
                elif grid.role == "header" and _MONEY_TEXT.match(text):
                    value = float(text.removesuffix("元").replace(",", ""))
                cell = ws.cell(row=top, column=left, value=value)
                if isinstance(value, str) and value.startswith("=") and not formula:
                    cell.data_type = "s"  # "=100%" is a value typed as text, not a formula
                if isinstance(value, float):
                    cell.number_format = "#,##0.00"
                is_label = r in grid.header_rows or (r, c) in grid.label_cells
                cell.font = bold if is_label else font
                cell.alignment = center if is_label else wrap
                if r in grid.header_rows:
                    cell.fill = fill
                if text and top == bottom:
                    set_height(top, text, sum(_XLSX_WIDTHS[left - 1 : right]))
        row = base + len(grid.rows) + 1

    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_options.horizontalCentered = True
    props = wb.properties
    props.title = title
    props.creator = AUTHOR
    props.lastModifiedBy = AUTHOR
    props.description = model.notice
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    buf = io.BytesIO()
    wb.save(buf)
    _stable_zip(buf.getvalue(), path)


def write_xlsx(spec: SheetSpec, path: Path) -> Path:
    """Write ``spec`` (defects applied) as a one-sheet workbook (sheet ``绩效目标表``)."""
    model = build_model(resolve(spec))
    _xlsx_render(model, Path(path), model.title)
    return Path(path)


# ---------------------------------------------------------------------------------------------
# PDF writer
# ---------------------------------------------------------------------------------------------

PDF_FONT = "STSong-Light"


def _pdf_render(model: DocModel, path: Path, title: str) -> None:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(PDF_FONT))
    base = ParagraphStyle("base", fontName=PDF_FONT, fontSize=10, leading=14, wordWrap="CJK")
    styles = {
        "title": ParagraphStyle(
            "title", parent=base, fontSize=16, leading=22, alignment=TA_CENTER, spaceAfter=4
        ),
        "notice": ParagraphStyle("notice", parent=base, fontSize=9, alignment=TA_CENTER, spaceAfter=6),
        "heading": ParagraphStyle(
            "heading", parent=base, fontSize=12, leading=18, spaceBefore=6, spaceAfter=4
        ),
        "right": ParagraphStyle("right", parent=base, fontSize=9, alignment=TA_RIGHT, spaceAfter=4),
        "small": ParagraphStyle("small", parent=base, fontSize=9, spaceBefore=6),
        "body": ParagraphStyle(
            "body", parent=base, fontSize=10.5, leading=18, firstLineIndent=21, spaceAfter=4
        ),
    }
    cell_style = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13)
    label_style = ParagraphStyle("label", parent=cell_style, alignment=TA_CENTER)
    usable = A4[0] - 4 * cm

    story: list[Any] = []
    for block in model.blocks:
        if isinstance(block, Para):
            story.append(Paragraph(escape(block.text), styles["heading" if block.role == "sheet" else block.role]))
            continue
        grid = block
        covered = grid.covered()
        data = [
            [
                ""
                if (r, c) in covered or not text
                else Paragraph(
                    escape(text),
                    label_style if r in grid.header_rows or (r, c) in grid.label_cells else cell_style,
                )
                for c, text in enumerate(texts)
            ]
            for r, texts in enumerate(grid.rows)
        ]
        scale = usable / sum(grid.widths)
        table = Table(data, colWidths=[w * scale for w in grid.widths], repeatRows=0)
        cmds: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        cmds += [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in grid.spans]
        cmds += [
            ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#E6E6E6")) for r in sorted(grid.header_rows)
        ]
        table.setStyle(TableStyle(cmds))
        story.append(table)
        story.append(Spacer(1, 0.3 * cm))

    path.parent.mkdir(parents=True, exist_ok=True)
    saved = rl_config.invariant
    rl_config.invariant = 1
    try:
        doc = SimpleDocTemplate(
            str(path),
            pagesize=A4,
            leftMargin=2 * cm,
            rightMargin=2 * cm,
            topMargin=1.8 * cm,
            bottomMargin=1.8 * cm,
            title=title,
            author=AUTHOR,
            subject=model.notice,
            creator=AUTHOR,
            invariant=1,
        )
        doc.build(story)
    finally:
        rl_config.invariant = saved


def write_pdf(spec: SheetSpec, path: Path) -> Path:
    """Write ``spec`` (defects applied) as a PDF with ruled tables (font ``STSong-Light``)."""
    model = build_model(resolve(spec))
    _pdf_render(model, Path(path), model.title)
    return Path(path)


WRITERS: dict[str, Callable[[SheetSpec, Path], Path]] = {
    "docx": write_docx,
    "xlsx": write_xlsx,
    "pdf": write_pdf,
}


# ---------------------------------------------------------------------------------------------
# Non-goal-sheet documents
# ---------------------------------------------------------------------------------------------


def meeting_notice_model(fy: int = 2025) -> DocModel:
    """A 会议通知 that mentions 绩效 once and carries a small table."""
    g = Grid([5.0, 4.0, 3.0, 4.0], xlsx_spans=[2, 1, 1, 2])
    g.add(["参会单位", "参会人员", "人数", "联系电话"], header=True)
    for unit, who, n, tel in (
        ("示例区教育局", "分管财务负责人、财务科长", "2", "0379-63210311"),
        ("示例区民政局", "分管财务负责人、财务科长", "2", "0379-63210452"),
        ("示例区交通运输局", "财务科长、项目负责人", "2", "0379-63210587"),
        ("示例区城市管理局", "财务科长、项目负责人", "2", "0379-63210634"),
    ):
        g.add([unit, who, n, tel])
    blocks: list[Block] = [
        Para(f"关于召开{fy}年度部门预算编制工作会议的通知", "title"),
        Para(OTHER_NOTICE, "notice"),
        Para("区直各预算单位：", "body"),
        Para(
            f"为做好{fy}年度部门预算编制工作，经研究，定于{fy - 1}年10月22日（星期二）上午9:00召开"
            f"{fy}年度部门预算编制工作会议。现将有关事项通知如下：",
            "body",
        ),
        Para("一、会议地点：示例区行政服务中心四楼第二会议室。", "body"),
        Para(
            "二、会议内容：传达上级预算编制有关要求，部署本年度预算编制时间安排，"
            "讲解项目库入库、政府采购预算及项目支出绩效目标编报等事项。",
            "body",
        ),
        Para("三、参会人员：", "body"),
        g,
        Para(
            "四、请各单位于10月21日下午下班前将参会回执报送区财政局预算科，会议期间请将手机调至静音。", "body"
        ),
        Para("示例区财政局", "right"),
        Para(f"{fy - 1}年10月15日", "right"),
    ]
    return DocModel(f"关于召开{fy}年度部门预算编制工作会议的通知", blocks, OTHER_NOTICE, "通知")


def work_summary_model(year: int = 2024) -> DocModel:
    """A short 工作总结 (no goal-sheet structure) with one small statistics table."""
    g = Grid([6.0, 3.0, 3.0, 4.0], xlsx_spans=[2, 1, 1, 2])
    g.add(["工作事项", "计划量", "完成量", "备注"], header=True)
    g.add(["城区道路清扫保洁（万平方米）", "320", "326", "含新建道路"])
    g.add(["生活垃圾清运（万吨）", "11.5", "11.8", ""])
    g.add(["违规户外广告整治（处）", "150", "163", "专项整治两次"])
    blocks: list[Block] = [
        Para(f"示例区城市管理局{year}年度工作总结", "title"),
        Para(OTHER_NOTICE, "notice"),
        Para(
            f"{year}年，我局围绕城市精细化管理目标，统筹推进市容环境整治、环卫作业市场化和智慧城管建设，"
            "各项重点工作总体按计划推进。现将主要工作总结如下。",
            "body",
        ),
        Para("一、主要工作完成情况", "heading"),
        g,
        Para(
            "二、存在的问题。部分背街小巷保洁频次不足，环卫车辆老化，预算执行中个别项目绩效跟踪不够及时。",
            "body",
        ),
        Para(
            f"三、{year + 1}年工作打算。继续推进环卫一体化改革，完善考核办法，加强与街道的联动。",
            "body",
        ),
        Para("示例区城市管理局", "right"),
        Para(f"{year}年12月20日", "right"),
    ]
    return DocModel(f"示例区城市管理局{year}年度工作总结", blocks, OTHER_NOTICE, "工作总结")


# ---------------------------------------------------------------------------------------------
# The committed sample set
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    file: str
    spec: SheetSpec | None
    note: str
    other: Callable[[], DocModel] | None = None
    fiscal_year: int = 2025  # for non-goal-sheet documents
    evidence: tuple[str, ...] = ()  # verbatim strings a finding can quote from the document


def _df(
    rule: str, action: str, also_must: tuple[str, ...] = (), unsure: tuple[str, ...] = (), **params: str
) -> Defect:
    return Defect(rule, action, tuple(params.items()), also_must, unsure)


def _with(spec: SheetSpec, *defects: Defect, **layout: Any) -> SheetSpec:
    new_layout = replace(spec.layout, **layout) if layout else spec.layout
    return replace(spec, defects=spec.defects + defects, layout=new_layout)


def _gs02_base() -> SheetSpec:
    return as_2021(project("medical_equipment"))


def sample_set() -> list[Sample]:
    """Every committed sample: six clean layouts, two non-goal-sheet documents and defect cases."""
    road = project("rural_road")
    green = project("greening")
    elderly = project("elderly_care")
    school = replace(project("after_school"), layout=Layout(style="split", synonyms=True))
    school_2021 = as_2021(project("after_school"))
    old = project("old_community")
    med = as_2021(project("medical_equipment"))
    green_2021 = as_2021(green)
    road_2021 = as_2021(road)
    elderly_yuan = replace(elderly, layout=Layout(funds_unit="元", header="list2"))
    road_yuan = replace(road, layout=Layout(funds_unit="元"))

    s: list[Sample] = [
        # --- clean, one per layout ---
        Sample(
            "clean_classic.docx",
            old,
            "2015版样式：4列表头、资金来源分行（万元）、一二级指标纵向合并，成本为产出下的二级指标。",
        ),
        Sample(
            "clean_2021.docx",
            med,
            "2021版样式：成本指标为一级（经济成本以万元计，社会成本以天计），符号、数值、单位合写在指标值单元格。",
        ),
        Sample(
            "clean_multiyear.docx",
            school,
            "2024—2026年跨年度项目：长期与年度指标分表、标签同义词（项目单位/资金总额/度量单位/年度指标值/目标值）；"
            "长期表中2026年的时效不属于年度越界。",
        ),
        Sample(
            "clean_xlsx.xlsx",
            road,
            "Excel单表“绩效目标表”：表头标签横向合并、一二级指标纵向合并；完成时间用“≤ 日期”写法。",
        ),
        Sample("clean_pdf.pdf", green, "PDF（STSong-Light）带线表格，三级指标名称较长，在单元格内折成两行。"),
        Sample(
            "clean_yuan.docx",
            elderly_yuan,
            "资金以元列示（1,200,000.00元），两列表头；成本指标以万元填写且不超预算，不应触发GS-13。",
        ),
        # --- non-goal-sheet documents ---
        Sample(
            "other_meeting_notice.docx",
            None,
            "预算编制工作会议通知，仅一处提到绩效目标编报，不是绩效目标表。",
            other=meeting_notice_model,
        ),
        Sample(
            "other_work_summary.pdf",
            None,
            "部门年度工作总结，含一张统计表，仅一处提到绩效，不是绩效目标表。",
            other=work_summary_model,
            fiscal_year=2024,
        ),
        # --- GS-01 ---
        Sample(
            "gs01_placeholder_unit.docx",
            _with(old, _df("GS-01", "set_field", field="implementing_unit", text="XXXX")),
            "实施单位填写为占位符“XXXX”。",
            evidence=("XXXX",),
        ),
        Sample(
            "gs01_missing_period.xlsx",
            _with(road, _df("GS-01", "set_field", field="period", text="")),
            "项目期限单元格为空。",
        ),
        Sample(
            "gs01_placeholder_leader.pdf",
            _with(green_2021, _df("GS-01", "set_field", field="leader", text="**")),
            "2021版PDF，项目负责人填写为“**”。",
            evidence=("**",),
        ),
        # --- GS-02 ---
        Sample(
            "gs02_funds_mismatch.docx",
            _with(_gs02_base(), _df("GS-02", "funds_total", total="96")),
            "年度资金总额96.00万元，而财政拨款合计86.00万元（其余来源为0），总额与来源之和不等。",
            evidence=("96.00",),
        ),
        Sample(
            "gs02_total_zero.xlsx",
            _with(road, _df("GS-02", "funds_total", unsure=("GS-01", "GS-13"), total="0")),
            "年度资金总额填0，而财政拨款明细合计300万元。",
        ),
        # --- GS-03 ---
        Sample(
            "gs03_missing_sign.xlsx",
            _with(road, _df("GS-03", "set_row", kind="quantity", name_contains="里程", sign="")),
            "“列养农村公路里程”一行指标性质（≥/≤/=）为空。",
            evidence=("列养农村公路里程",),
        ),
        Sample(
            "gs03_missing_unit.pdf",
            _with(
                green,
                _df("GS-03", "set_row", unsure=("GS-05",), kind="quantity", name_contains="株数", unit=""),
            ),
            "“行道树养护株数”为定量值但计量单位为空。",
            evidence=("行道树养护株数",),
        ),
        # --- GS-04 ---
        Sample(
            "gs04_no_satisfaction.docx",
            _with(elderly, _df("GS-04", "drop_kind", kind="satisfaction")),
            "有明确服务对象（居家老年人），但没有任何满意度指标。",
        ),
        Sample(
            "gs04_no_cost_classic.xlsx",
            _with(road, _df("GS-04", "drop_kind", unsure=("GS-13",), kind="cost")),
            "旧版样式，产出指标下没有成本指标。",
        ),
        Sample(
            "gs04_no_cost_2021.docx",
            _with(med, _df("GS-04", "drop_kind", unsure=("GS-13",), kind="cost")),
            "2021版样式，没有一级“成本指标”（经济/社会成本均缺）。",
        ),
        # --- GS-05 ---
        Sample(
            "gs05_percent_word.docx",
            _with(old, _df("GS-05", "set_row", kind="quality", unit="百分比")),
            "竣工验收合格率写成“≥ 98 百分比”，计量单位不规范。",
            evidence=("百分比",),
        ),
        Sample(
            "gs05_rate_unit_count.pdf",
            _with(elderly, _df("GS-05", "set_row", kind="benefit", name_contains="覆盖率", unit="个")),
            "“独居困难老年人定期探访覆盖率”为率类指标，计量单位却是“个”。",
            evidence=("独居困难老年人定期探访覆盖率",),
        ),
        # --- GS-06 ---
        Sample(
            "gs06_vague_value.docx",
            _with(
                old,
                _df(
                    "GS-06",
                    "set_row",
                    unsure=("GS-05",),
                    kind="benefit",
                    name_contains="畅通率",
                    value="明显改善",
                ),
            ),
            "社会效益定量行“改造小区消防通道畅通率 ≥ 明显改善 %”，没有数值。",
            evidence=("明显改善",),
        ),
        Sample(
            "gs06_vague_value_2021.xlsx",
            _with(
                road_2021,
                _df(
                    "GS-06",
                    "set_row",
                    unsure=("GS-03", "GS-05"),
                    kind="quality",
                    name_contains="路率",
                    sign="定性",
                    value="进一步提升",
                    unit="",
                ),
            ),
            "2021版Excel，“农村公路优良中等路率”的指标值仅写“进一步提升”。",
            evidence=("进一步提升",),
        ),
        # --- GS-07 ---
        Sample(
            "gs07_satisfaction_100.docx",
            _with(med, _df("GS-07", "set_row", kind="satisfaction", value="100")),
            "2021版，就诊群众满意度“≥100%”，率类指标取值达到100%。",
            evidence=("≥100%",),
        ),
        Sample(
            "gs07_satisfaction_low.xlsx",
            _with(road, _df("GS-07", "set_row", kind="satisfaction", value="75")),
            "沿线群众满意度目标仅“≥75%”，低于85%。",
            evidence=("沿线群众满意度",),
        ),
        # --- GS-10 ---
        Sample(
            "gs10_deadline_after_year.pdf",
            _with(green_2021, _df("GS-10", "shift_deadline")),
            "2025年度表，年度养护任务完成时间写成“2026年6月底前”。",
            evidence=("2026年6月底前",),
        ),
        Sample(
            "gs10_deadline_after_year_split.docx",
            _with(school, _df("GS-10", "shift_deadline")),
            "跨年度项目的年度指标表中，资金拨付完成时间为“2026年6月底前”（长期表中的2026年不算）。",
            evidence=("2026年6月底前",),
        ),
        # --- GS-11 ---
        Sample(
            "gs11_budget_rate_as_benefit.docx",
            _with(
                old,
                _df(
                    "GS-11",
                    "add_row",
                    level1=P2,
                    level2="经济效益指标",
                    name="预算执行率",
                    sign="≥",
                    value="95",
                    unit="%",
                ),
            ),
            "把“预算执行率”放在效益指标（经济效益）下。",
            evidence=("预算执行率",),
        ),
        Sample(
            "gs11_nonsatisfaction_row.xlsx",
            _with(
                elderly,
                _df(
                    "GS-11",
                    "add_row",
                    level1=P3,
                    level2="服务对象满意度指标",
                    name="资料审核通过率",
                    sign="≥",
                    value="98",
                    unit="%",
                ),
            ),
            "满意度指标下多了一行“资料审核通过率”，并非满意度。",
            evidence=("资料审核通过率",),
        ),
        # --- GS-13 ---
        Sample(
            "gs13_cost_exceeds_budget.docx",
            _with(old, _df("GS-13", "inflate_cost", factor="1.25")),
            "项目总成本“≤150万元”，超过年度资金总额120万元。",
            evidence=("150",),
        ),
        Sample(
            "gs13_neg_yuan_vs_wan.xlsx",
            road_yuan,
            "反例：资金以元列示（3,000,000.00元），成本指标“≤300万元”，两者一致，不应触发GS-13。",
        ),
        # --- GS-15 ---
        Sample(
            "gs15_past_tense.docx",
            _with(
                school_2021,
                _df(
                    "GS-15",
                    "annual_goal",
                    text="{fy}年，已完成全区32所学校课后服务全覆盖，服务学生24960人，"
                    "教师岗前培训覆盖率、学生参与率等各项指标均已达到预期，家长满意度均超过92%。",
                ),
            ),
            "年度目标写成已完成的结果（“已完成”“均已达到”“均超过”）。",
            evidence=("已完成", "均已达到"),
        ),
        # --- GS-16 ---
        Sample(
            "gs16_two_indicators.docx",
            _with(
                elderly,
                _df(
                    "GS-16",
                    "keep_kinds",
                    also_must=("GS-04",),
                    unsure=("GS-13",),
                    kinds="quantity,satisfaction",
                ),
            ),
            "仅有2个三级指标（服务对象人数、满意度），同时缺少质量、时效、成本、效益指标（GS-04）。",
        ),
    ]
    return s


def _expect(spec: SheetSpec, evidence: Sequence[str] = ()) -> dict[str, Any]:
    r = resolve(spec)
    out: dict[str, Any] = {
        "project_name": r.project_name,
        "department": r.department,
        "implementing_unit": r.implementing_unit,
        "total_funds_wan": float(r.funds.stated_total),
        "sources_sum_wan": float(r.funds.sources_sum),
        "funds_unit": r.layout.funds_unit,
        "layout": r.layout.style,
        "indicator_count": len(r.indicators),
    }
    if r.long_term_indicators:
        out["long_term_indicator_count"] = len(r.long_term_indicators)
    if evidence:
        out["evidence"] = list(evidence)
    return out


def _write_sample(sample: Sample, out_dir: Path) -> Path:
    path = out_dir / sample.file
    ext = path.suffix.lstrip(".")
    if sample.spec is not None:
        return WRITERS[ext](sample.spec, path)
    assert sample.other is not None
    model = sample.other()
    {"docx": _docx_render, "xlsx": _xlsx_render, "pdf": _pdf_render}[ext](model, path, model.title)
    return path


def _label(sample: Sample, rel_prefix: str) -> dict[str, Any]:
    if sample.spec is None:
        model = sample.other() if sample.other else None
        return {
            "file": f"{rel_prefix}{sample.file}",
            "kind": "other",
            "fiscal_year": sample.fiscal_year,
            "must": [],
            "must_not": list(DETERMINISTIC_RULES),
            "note": sample.note,
            "expect": {"title": model.title if model else ""},
        }
    must, must_not = label_rules(sample.spec)
    return {
        "file": f"{rel_prefix}{sample.file}",
        "kind": "goal_sheet",
        "fiscal_year": sample.spec.fiscal_year,
        "must": must,
        "must_not": must_not,
        "note": sample.note,
        "expect": _expect(sample.spec, sample.evidence),
    }


_LABELS_HEADER = """\
# 示例申报表的标注（由 make_goal_sheets.py 生成，请勿手工修改）。
# must：该文件必须报告的规则；must_not：确定性规则中不得报告的规则；
# 两者都未列出的规则（如缺成本指标时的 GS-13）检查器可报可不报。
# expect：可供测试断言的抽取结果；total_funds_wan 为表中“年度资金总额”折算成万元后的数值。
# rl* 为按 LAYOUTS.md 所列真实版式编写的示例：expect.layout 为版式编号；must_not_error 中的规则可报警告、不得报错误。
"""


class _FlowList(list[str]):
    """A list written in YAML flow style (``must: [GS-01]``)."""


class _LabelDumper(yaml.SafeDumper):
    """Block-style mappings and lists, except :class:`_FlowList`."""


def _represent_flow(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", list(data), flow_style=True)


_LabelDumper.add_representer(_FlowList, _represent_flow)


def write_labels(labels: list[dict[str, Any]], path: Path) -> None:
    body = [
        {**item, "must": _FlowList(item["must"]), "must_not": _FlowList(item["must_not"]),
         **({"must_not_error": _FlowList(item["must_not_error"])} if "must_not_error" in item else {})}
        for item in labels
    ]
    text = yaml.dump(body, Dumper=_LabelDumper, allow_unicode=True, sort_keys=False, width=200)
    path.write_text(_LABELS_HEADER + text, encoding="utf-8")


def build_samples(out_dir: Path, labels_path: Path | None = None) -> list[Path]:
    """Write every committed sample into ``out_dir`` and ``labels.yaml`` next to it."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    labels_path = labels_path or out_dir.parent / "labels.yaml"
    try:
        prefix = out_dir.resolve().relative_to(labels_path.parent.resolve()).as_posix() + "/"
    except ValueError:
        prefix = out_dir.resolve().as_posix() + "/"
    paths: list[Path] = []
    labels: list[dict[str, Any]] = []
    for sample in sample_set():
        paths.append(_write_sample(sample, out_dir))
        labels.append(_label(sample, prefix))
    from make_real_layouts import real_samples  # the layouts catalogued in LAYOUTS.md

    renderers = {"docx": _docx_render, "xlsx": _xlsx_render, "pdf": _pdf_render}
    for real in real_samples():
        model = real.build()
        path = out_dir / real.file
        renderers[path.suffix.lstrip(".")](model, path, model.title)
        paths.append(path)
        labels.append(real.label(prefix))
    # hidden workbook content, formulas with saved results, a PDF without ruling lines
    from make_structure_samples import build_structure_goal

    labels.extend(build_structure_goal(out_dir))
    write_labels(labels, labels_path)
    return paths


# ---------------------------------------------------------------------------------------------
# Seeded batch for benchmarks
# ---------------------------------------------------------------------------------------------

_DISTRICTS = ("示例区", "样例县", "演示区", "模拟县", "虚构市新城区", "测试县")
_PEOPLE = (
    ("张立新", "陈晓燕"),
    ("王建华", "李静"),
    ("刘志强", "赵敏"),
    ("孙海涛", "周丽"),
    ("郑国庆", "吴婷"),
)

# Generic defect recipes for ``generate_batch(defect_rate > 0)``; each applies to any catalog project.
BATCH_DEFECTS: tuple[Defect, ...] = (
    _df("GS-01", "set_field", field="department", text="……"),
    _df("GS-02", "funds_total", add="10"),
    _df("GS-03", "set_row", kind="quantity", sign=""),
    _df("GS-04", "drop_kind", kind="satisfaction"),
    _df("GS-05", "set_row", kind="quality", unit_is="%", unit="百分比"),
    _df("GS-06", "set_row", unsure=("GS-05",), kind="benefit", unit_is="%", value="明显改善"),
    _df("GS-07", "set_row", kind="satisfaction", value="100"),
    _df("GS-10", "shift_deadline"),
    _df(
        "GS-11",
        "add_row",
        level1=P2,
        level2="经济效益指标",
        name="预算执行率",
        sign="≥",
        value="95",
        unit="%",
    ),
    _df("GS-13", "inflate_cost", factor="1.3"),
    _df("GS-15", "annual_goal", text="{fy}年，项目各项建设任务已完成，各项绩效指标均已达到预期。"),
)


def _batch_spec(rng: random.Random, index: int) -> tuple[SheetSpec, str]:
    template = rng.choice(sorted(CATALOG))
    leader, filler = rng.choice(_PEOPLE)
    variation = Variation(
        district=rng.choice(_DISTRICTS),
        scale=Decimal(rng.choice(("0.5", "0.75", "1", "1.25", "1.5", "2"))),
        satisfaction=rng.choice((90, 92, 95)),
        leader=leader,
        phone=f"0379-6{rng.randrange(3000000, 9999999)}",
        filler=filler,
    )
    fy = rng.choice((2024, 2025, 2025, 2026))
    spec = project(template, fy, variation)
    styles: list[Style] = ["classic", "y2021"]
    if spec.long_term_indicators:
        styles.append("split")
    style = rng.choice(styles)
    if style == "y2021":
        spec = as_2021(spec, extra_costs=rng.random() < 0.5)
    header: HeaderKind = "auto"
    if style == "classic":
        header = rng.choice(("grid4", "grid4", "list2"))
    funds_unit: FundsUnit = "元" if rng.random() < 0.2 else "万元"
    spec = replace(
        spec,
        layout=Layout(style=style, funds_unit=funds_unit, header=header, synonyms=style == "split"),
    )
    if style != "split" and spec.long_term_indicators:
        # Annual-only rendering of a multi-year template: make it a one-year project (GS-10 stays clean).
        spec = replace(spec, long_term_goal="", long_term_indicators=(), period=f"{fy}年1月—{fy}年12月")
    ext = rng.choice(("docx", "docx", "xlsx", "pdf"))
    return spec, f"batch_{index:04d}_{template}_{style}.{ext}"


def generate_batch(n: int, out_dir: Path, seed: int = 0, defect_rate: float = 0.0) -> list[Path]:
    """Write ``n`` varied sheets (mixed formats and layouts) plus ``labels.yaml`` into ``out_dir``.

    Sheets are clean unless ``defect_rate`` > 0, in which case that share gets one generic defect.
    The same ``(n, seed, defect_rate)`` always gives byte-identical files.
    """
    rng = random.Random(seed)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    labels: list[dict[str, Any]] = []
    for i in range(n):
        spec, name = _batch_spec(rng, i + 1)
        if defect_rate > 0 and rng.random() < defect_rate:
            defect = rng.choice(BATCH_DEFECTS)
            spec = replace(spec, defects=(defect,))
        path = WRITERS[name.rsplit(".", 1)[1]](spec, out_dir / name)
        paths.append(path)
        labels.append(_label(Sample(name, spec, f"批量样本（seed={seed}，模板{spec.template}）"), ""))
    write_labels(labels, out_dir / "labels.yaml")
    return paths


# ---------------------------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(
        description="生成虚构的项目支出绩效目标申报表示例（docx/xlsx/pdf）及标注。"
    )
    parser.add_argument("--out", type=Path, default=here / "goal_sheets", help="示例输出目录")
    parser.add_argument(
        "--labels", type=Path, default=None, help="标注文件路径（默认：输出目录上一级的 labels.yaml）"
    )
    parser.add_argument("--batch", type=int, default=0, help="另外生成 N 份批量样本（不写入示例集）")
    parser.add_argument(
        "--batch-out", type=Path, default=Path("/tmp/goal_sheet_batch"), help="批量样本输出目录"
    )
    parser.add_argument("--seed", type=int, default=0, help="批量样本随机种子")
    parser.add_argument("--defect-rate", type=float, default=0.0, help="批量样本中注入缺陷的比例")
    args = parser.parse_args(argv)
    if args.batch:
        paths = generate_batch(args.batch, args.batch_out, seed=args.seed, defect_rate=args.defect_rate)
        print(f"批量样本 {len(paths)} 份 → {args.batch_out}")
        return 0
    paths = build_samples(args.out, args.labels)
    for p in paths:
        print(p)
    return 0


if __name__ == "__main__":
    import sys

    sys.modules.setdefault("make_goal_sheets", sys.modules["__main__"])  # make_real_layouts imports this module
    raise SystemExit(main())
