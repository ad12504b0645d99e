"""Write ``independent.jsonl``: an offline-evidence evaluation set written blind to the checks.

Fifteen fictional projects (independent_themes.py) are rendered as whole 事前绩效评估报告 in three
layouts (Markdown headings; Beijing-style numbered lines; county-style inline headings). Each case
swaps some sections for a defective variant. The truth for the eight offline rules is derived from
the evidence flags of the snippets actually used, within the scope each rule documents:

  EA-NEC-90  no D in 立项必要性 / 立项背景          EA-NEC-91  no B anywhere
  EA-FEA-90  no S in 实施方案可行性                  EA-FEA-91  no R anywhere
  EA-ECO-90  no E anywhere                           EA-ECO-91  amount ≥ 500万元 and no C anywhere
  EA-FUND-90 no M anywhere                           EA-GOAL-90 no Q in 概况 / 绩效目标 / 目标合理性

Run: python corpus/eval/judgement/make_independent.py   (writes independent.jsonl beside it)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from independent_themes import THEMES, Snip, Theme

OUT = Path(__file__).resolve().parent / "independent.jsonl"
OFFLINE = ("EA-NEC-90", "EA-NEC-91", "EA-FEA-90", "EA-FEA-91", "EA-ECO-90", "EA-ECO-91", "EA-FUND-90", "EA-GOAL-90")
LLM_RULE = {"EA-NEC-90": "EA-NEC-02", "EA-NEC-91": "EA-NEC-02", "EA-FEA-90": "EA-FEA-01", "EA-FEA-91": "EA-FEA-01",
            "EA-ECO-90": "EA-ECO-02", "EA-ECO-91": "EA-ECO-05", "EA-FUND-90": "EA-FUND-03", "EA-GOAL-90": "EA-GOAL-02"}
WORK = "评估组通过资料审核、现场调研和专家评议等方式开展评估，按立项必要性、投入经济性、绩效目标合理性、实施方案可行性和筹资合规性逐项评分。"
CONCLUSION = "综合评分{score}分，评估等级为“{grade}”，建议{advice}。"
SUGGESTION = "建议在执行中加强绩效运行监控，及时发现并纠正偏差。"

# (theme, case suffix, overrides {section: variant or None to drop}, style override, note, near_miss)
CASES: list[tuple[str, str, dict[str, str | None], str | None, str, bool]] = [
    ("T01", "clean", {}, None, "完整报告；进度只写月份（3月、4—5月）不写年份", True),
    ("T01", "clean-c", {}, "C", "同一报告改为县级内联标题排版", True),
    ("T01", "d1", {"nec": "bad"}, None, "必要性只有口号，无数据、无受益人数", False),
    ("T01", "d2", {"fea": "nosched", "fund": "bad", "tbl": "bad", "eco": "bad"}, None,
     "无进度日期；只写资金来源不写支持方式；预算表只有金额、正文只说“厉行节约”", False),
    ("T02", "clean", {}, None, "测算依据写在“标准”列和正文；进度用“2025年一季度”", True),
    ("T02", "clean-std", {"eco": "neutral"}, None, "唯一的测算依据是预算表中单列的“标准”", True),
    ("T02", "d1", {"tbl": "bad", "eco": "bad"}, None, "预算表只有金额，正文无标准、定额或询价", False),
    ("T02", "d2", {"ov": "plain", "goals": "bad", "gr": "bad"}, None, "绩效目标全是定性描述", False),
    ("T02", "d3", {"fea": "nosched"}, None, "有牵头单位但无任何时间节点", False),
    ("T03", "clean", {}, None, "≥500万元，正文比较了两种采购方案；开头写了委托方和评估机构", True),
    ("T03", "d1", {"eco": "nocompare"}, None, "620万元，无方案比较", False),
    ("T03", "d2", {"fea": "nobody", "ov": "plain", "sugg": "gap"}, None,
     "无实施主体；只有委托方、评估机构，建议中写“建议明确实施主体和责任科室”", False),
    ("T03", "d3", {"goals": "bad", "ov": "plain", "tbl": "bad"}, None,
     "目标无量化；预算表只有单价无依据列，但正文写明协议供货价和询价（ECO-90 不缺）", True),
    ("T04", "clean", {}, None, "县级内联标题；资金构成写明定额和亩均标准", True),
    ("T04", "clean-a", {}, "A", "同一报告改为 Markdown 标题排版", True),
    ("T04", "d1", {"nec": "bad"}, None, "必要性只引战略口号；目标中只有“受益农户满意度”比例，无户数", False),
    ("T04", "d2", {"tbl": "bad", "eco": "nocompare", "fund": "bad"}, None,
     "1,850万元无方案比较；资金构成只出现“补助资金”（来源，不是支持方式）", True),
    ("T05", "clean", {}, None, "必要性很短但具体（一句话两个数据）", True),
    ("T05", "clean-q", {"fea": "quarters"}, None, "进度写“二季度、三季度”，无年份", True),
    ("T05", "d1", {"fea": "nosched"}, None, "无进度安排", False),
    ("T05", "d2", {"fund": "bad"}, None, "只写资金来源和事权，不写支持方式", False),
    ("T05", "d3", {"fea": "nobody", "ov": "plain"}, None, "有日期，无实施单位", False),
    ("T06", "clean", {}, None, "数据只在“立项背景”，必要性一段本身只引规划", True),
    ("T06", "d1", {"eco": "nocompare", "fund": "bad"}, None, "980万元无方案比较；不写支持方式", False),
    ("T06", "d2", {"bg": None}, None, "无立项背景；必要性只引“五年行动实施方案”", True),
    ("T07", "clean", {}, None, "测算依据在资金构成正文；支持方式为贴息", True),
    ("T07", "clean-a", {}, "A", "同一报告改为 Markdown 标题排版", True),
    ("T07", "d1", {"goals": "bad", "gr": "bad"}, None, "目标全是定性描述，概况中无数量", False),
    ("T07", "d2", {"fea": "nobody", "ov": "plain"}, None, "无实施单位（必要性中“县农业农村局问卷调查”只是数据来源）", True),
    ("T07", "d3", {"tbl": "bad"}, None, "无测算依据", False),
    ("T08", "clean", {}, None, "进度写“2025年二季度…三季度…四季度”；测算说明在表后正文", True),
    ("T08", "d1", {"eco": "nocompare"}, None, "760万元，无方案比较", False),
    ("T08", "d2", {"tbl": "bad"}, None, "预算表有单价无依据，正文也无依据", True),
    ("T08", "d3", {"nec": "bad"}, None, "必要性只有口号", False),
    ("T08", "d4", {"fea": "past"}, None, "可行性中只有过去的日期（已研究同意、已调研），没有今后的进度", True),
    ("T09", "clean", {}, None, "预算表“救助标准”列", True),
    ("T09", "clean-r", {"goals": "ratio"}, None, "目标只有比例（覆盖率80%、满意度95%）", True),
    ("T09", "d1", {"nec": "nocount", "goals": "ratio", "tbl": "lump"}, None,
     "有覆盖率数据，但全文无受益儿童人数", True),
    ("T09", "d2", {"fea": "none", "ov": "plain"}, None, "无进度、无实施单位（“县残联入户调查”只是数据来源）", True),
    ("T10", "clean", {}, None, "必要性用汉字数字；进度写“上半年、下半年”", True),
    ("T10", "clean-a", {}, "A", "同一报告改为 Markdown 标题排版", True),
    ("T10", "d1", {"fund": "bad"}, None, "不写支持方式", False),
    ("T10", "d2", {"tbl": "bad", "eco": "bad"}, None, "无测算依据", False),
    ("T10", "d3", {"goals": "bad"}, None, "目标全是定性描述", False),
    ("T11", "clean", {}, None, "目标用汉字数字（一百二十场、九成）；预算表“标准”列", True),
    ("T11", "clean-c", {}, "C", "同一报告改为县级内联标题排版", True),
    ("T11", "d1", {"goals": "bad"}, None, "目标全是定性描述", False),
    ("T11", "d2", {"nec": "bad"}, None, "必要性只有口号，全文无受益人数", False),
    ("T11", "d3", {"fea": "nosched"}, None, "无进度", False),
    ("T12", "clean", {}, None, "以奖代补；比较了全额投资和奖补两种方式；进度写季度", True),
    ("T12", "d1", {"eco": "nocompare"}, None, "540万元无方案比较", False),
    ("T12", "d2", {"fea": "nosched"}, None, "无进度", False),
    ("T13", "clean", {}, None, "预算表“标准”列；责任科室", True),
    ("T13", "clean-std", {"eco": "neutral"}, None, "唯一的测算依据是预算表中单列的“标准”", True),
    ("T13", "d1", {"tbl": "bad", "eco": "bad", "fund": "bad", "sugg": "gap"}, None,
     "无测算依据（建议中写“建议补充测算依据和询价记录”）；“劳务补助”是支出项目不是支持方式", True),
    ("T13", "d2", {"fea": "nobody"}, None, "有日期，无责任单位", False),
    ("T13", "d3", {"nec": "bad"}, None, "必要性只有口号（受益人数在目标中，不缺）", False),
    ("T14", "clean", {}, None, "1,200万元，比较了两种投入方式；补贴标准列", True),
    ("T14", "clean-a", {}, "A", "同一报告改为 Markdown 标题排版", True),
    ("T14", "d1", {"goals": "bad", "ov": "plain"}, None, "目标全是定性描述", False),
    ("T14", "d2", {"nec": "policy"}, None, "必要性只引规划文号（〔2022〕15号）和口号，没有需求数据", True),
    ("T15", "clean", {}, None, "498万元（不足500万元，不要求方案比较）", True),
    ("T15", "clean-b", {}, "B", "同一报告改为北京式编号排版", True),
    ("T15", "d1", {"fea": "none", "ov": "plain"}, None, "无进度、无实施单位", False),
]

HEADINGS = {
    "A": {"basic": "评估对象基本情况", "ov": "项目概况", "bg": "立项背景", "tbl": "资金构成", "goals": "绩效目标",
          "work": "评估工作开展情况", "assess": "综合评估情况与评估结论", "nec": "立项必要性", "eco": "投入经济性",
          "gr": "绩效目标合理性", "fea": "实施方案可行性", "fund": "筹资合规性", "concl": "评估结论", "sugg": "相关建议"},
    "B": {"basic": "项目基本情况", "ov": "项目概况", "bg": "项目背景", "tbl": "资金情况", "goals": "绩效目标",
          "work": "评估方法", "assess": "评估内容", "nec": "必要性分析", "eco": "经济性分析", "gr": "目标合理性",
          "fea": "可行性分析", "fund": "财政支持方式", "concl": "评估结论", "sugg": "评估建议"},
}
HEADINGS["C"] = {**HEADINGS["A"], "basic": "项目基本情况", "assess": "综合评估情况", "concl": "总体结论"}
CN = "一二三四五六七八九"


def pick(theme: Theme, section: str, overrides: dict[str, str | None]) -> Snip | None:
    variants = theme.get(section)
    if not isinstance(variants, dict):
        return None
    name = overrides.get(section, "good") if section in overrides else "good"
    if name is None:
        return None
    snip = variants.get(name)
    if snip is None:
        raise KeyError(f"{theme['key']}: no variant {name!r} for {section}")
    return snip  # type: ignore[no-any-return]


def render(theme: Theme, chosen: dict[str, Snip | None], style: str) -> str:
    h = HEADINGS[style]
    groups = [
        ("basic", [k for k in ("ov", "bg", "tbl", "goals") if chosen.get(k)]),
        ("work", []),
        ("assess", [k for k in ("nec", "eco", "gr", "fea", "fund") if chosen.get(k)]),
        ("concl", []),
        ("sugg", []),
    ]
    if style == "A":  # the Henan layout keeps the conclusion inside 综合评估情况与评估结论
        groups = [g for g in groups if g[0] != "concl"]
        groups[2] = ("assess", [*groups[2][1], "concl"])
    bodies: dict[str, str] = {k: v[0] for k, v in chosen.items() if v is not None}
    bodies["work"] = WORK
    bodies["concl"] = CONCLUSION.format(score=86, grade="良", advice="予以支持")
    bodies.setdefault("sugg", SUGGESTION)
    lines = [f"# {theme['title']}事前绩效评估报告（示例）" if style == "A" else f"{theme['title']}事前绩效评估报告（示例）", ""]
    if theme.get("intro"):
        lines += [str(theme["intro"]), ""]
    for i, (group, children) in enumerate(groups):
        title = f"{CN[i]}、{h[group]}"
        lines += [f"## {title}" if style == "A" else title, ""]
        if not children:
            lines += [bodies[group], ""]
            continue
        for j, key in enumerate(children):
            sub = f"（{CN[j]}）{h[key]}"
            body = bodies[key]
            if style == "A":
                lines += [f"### {sub}", "", body, ""]
            elif style == "C" and not body.startswith("|"):
                lines += [f"{sub}。{body}", ""]
            else:
                lines += [sub, "", body, ""]
    return "\n".join(lines).rstrip() + "\n"


def truth(theme: Theme, chosen: dict[str, Snip | None]) -> dict[str, str]:
    def has(flag: str, sections: tuple[str, ...] | None = None) -> bool:
        return any(v is not None and flag in v[1] for k, v in chosen.items() if sections is None or k in sections)

    amount = theme["amount"]
    assert isinstance(amount, int)
    present = {
        "EA-NEC-90": has("D", ("nec", "bg")),
        "EA-NEC-91": has("B"),
        "EA-FEA-90": has("S", ("fea",)),
        "EA-FEA-91": has("R"),
        "EA-ECO-90": has("E"),
        "EA-ECO-91": amount < 500 or has("C"),
        "EA-FUND-90": has("M"),
        "EA-GOAL-90": has("Q", ("ov", "goals", "gr")),
    }
    return {rid: "clean" if ok else "defect" for rid, ok in present.items()}


def build() -> list[dict[str, object]]:
    by_key = {str(t["key"]): t for t in THEMES}
    out: list[dict[str, object]] = []
    clean_cycle = ["EA-NEC-02", "EA-FEA-01", "EA-ECO-02", "EA-FUND-03", "EA-GOAL-02"]
    n_clean = 0
    for key, suffix, overrides, style, note, near in CASES:
        theme = by_key[key]
        sections = ("ov", "bg", "tbl", "goals", "nec", "eco", "gr", "fea", "fund")
        chosen = {s: pick(theme, s, overrides) for s in sections}
        chosen["sugg"] = pick(theme, "sugg", overrides) if "sugg" in overrides else None
        labels = truth(theme, chosen)
        defects = [rid for rid in OFFLINE if labels[rid] == "defect"]
        if defects:
            rule, label = LLM_RULE[defects[0]], "defect"
        else:
            big = int(theme["amount"]) >= 500  # type: ignore[call-overload]
            rule = "EA-ECO-05" if big and n_clean % 3 == 0 else clean_cycle[n_clean % len(clean_cycle)]
            label = "clean"
            n_clean += 1
        out.append({"id": f"IND-{key}-{suffix}", "rule": rule, "label": label, "kind": "appraisal_report",
                    "near_miss": near, "note": note, "offline": labels,
                    "text": render(theme, chosen, style or str(theme["style"]))})
    return out


def main() -> None:
    cases = build()
    assert len({c["id"] for c in cases}) == len(cases)
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    per_rule = {rid: sum(1 for c in cases if c["offline"][rid] == "defect") for rid in OFFLINE}  # type: ignore[index]
    clean = sum(1 for c in cases if c["label"] == "clean")
    print(f"{len(cases)} cases ({clean} clean, {len(cases) - clean} with a defect) → {OUT}")
    print("defects per offline rule:", per_rule)


if __name__ == "__main__":
    main()
