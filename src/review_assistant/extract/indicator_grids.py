"""Indicator tables laid out across: one row per place (transposed) or one value column per place.

Both come from allocation notices that set the same targets for several townships or villages; each
place becomes its own project, so its targets are checked and named separately.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from review_assistant.extract import labels as L
from review_assistant.extract.models import GoalSheet, Indicator
from review_assistant.extract.values import SIGNS, normalize_sign, parse_value, unit_in_name

if TYPE_CHECKING:
    from review_assistant.extract.indicator_table import Grid


def _is_level(text: str, level: int) -> bool:
    named = L.level_name(text)
    return named is not None and (bool(named[1]) if level == 2 else not named[1] or text.strip() == named[0])


def _transposed_header(g: Grid, r0: int) -> tuple[int, list[tuple[list[int], str, str, str]]] | None:
    """Header rows of a transposed table starting at ``r0``: (first data row, indicator columns).

    Three rows (一级 / 二级 / 指标名称) or two (一级 or 二级, then 指标名称); a name merged across
    several columns is one indicator whose value is read from all of them ("≥500" | "人次").
    """
    t = g.table

    def row(r: int) -> list[str]:
        return [g.cell(r, c) for c in range(len(t.rows[r]))] if r < t.n_rows else []

    def level_row(cells: list[str], level: int) -> bool:
        # Nearly every cell right of the corner is a level name (a data row has one or two).
        filled = [x for x in cells[1:] if x]
        hits = sum(_is_level(x, level) for x in filled)
        return hits >= 2 and hits >= 0.8 * len(filled)

    top, mid = row(r0), row(r0 + 1)
    l1_top, l2_top = level_row(top, 1), level_row(top, 2)
    if l1_top and sum(_is_level(x, 2) for x in mid[1:]) >= 2:
        levels1, levels2, name_row = top, mid, r0 + 2
    elif l1_top or l2_top:
        names = row(r0 + 1)
        if sum(bool(x) and L.level_name(x) is None for x in names[1:]) < 2:
            return None
        levels1, levels2 = (top, [""] * len(top)) if l1_top else ([""] * len(top), top)
        name_row = r0 + 1
    else:
        return None
    names = row(name_row)
    first_data = name_row + 1
    # A sub-header under the names ("指标值 | 计量单位") is skipped.
    below = row(first_data)
    if below and not below[0] and all(not x or L.match(L.COLUMN_INDEX, x) for x in below[1:]) and any(below[1:]):
        first_data += 1
    l1 = l2 = ""
    columns: list[tuple[list[int], str, str, str]] = []
    for c in range(1, len(names)):
        l1 = levels1[c] if c < len(levels1) and levels1[c] else l1
        l2 = levels2[c] if c < len(levels2) and levels2[c] else l2
        if not names[c] or names[c] in (l1, l2):
            continue
        cell = t.rows[name_row][c]
        if columns and columns[-1][3] == names[c] and cell.merged and columns[-1][0][-1] == c - 1:
            columns[-1][0].append(c)
        else:
            columns.append(([c], l1, l2, names[c]))
    return (first_data, columns) if columns else None


def _vertical_header(groups: list[dict[str, int]]) -> bool:
    return any("l3" in grp and ("l1" in grp or "l2" in grp) and "value" in grp for grp in groups)


def read_transposed(g: Grid, sheet: GoalSheet) -> bool:
    """A table with one row per township and one column per indicator (levels and names in the header rows).

    Each row becomes its own project (the township), so every township's targets are checked and named.
    """
    from review_assistant.extract.indicator_table import header_groups

    t = g.table
    for r0 in range(min(40, max(t.n_rows - 2, 0))):
        if _vertical_header(header_groups([g.cell(r0, c) for c in range(len(t.rows[r0]))])):
            # A header with one column per level (一级 | 二级 | 三级 | 指标值): the rows below are indicators read
            # down, even when a blank template row under it names only its levels (成本指标（0-20分） | 社会成本指标).
            return False
        found = _transposed_header(g, r0)
        if found is None:
            continue
        first_data, columns = found
        for r in range(first_data, t.n_rows):
            place = g.cell(r, 0)
            if len({c.text.strip() for c in t.rows[r] if c.text.strip()}) < 2:
                break  # the table has ended (a signature or date line in a worksheet)
            if not place or place.startswith(("合计", "总计")):
                continue
            sheet.project_rows.setdefault(place, {"project_name": place, "row": str(r),
                                                  "table": str(g.block.location.table or 0)})
            for cols, lv1, lv2, name in columns:
                parts: list[str] = []
                for c in cols:
                    text = g.cell(r, c)
                    if text and (not parts or parts[-1] != text):
                        parts.append(text)
                value = "".join(parts)
                pv = parse_value(value, unit_hint=unit_in_name(name))
                sheet.indicators.append(Indicator(
                    level1=lv1, level2=lv2, level3=name, sign=pv.sign, value_text=value, number=pv.number,
                    date_value=pv.date_value, unit=pv.unit, qualitative=pv.qualitative, raw=[place, name, value],
                    evidence=parts[0] if parts else name, location=g.loc(r, cols[0]), project=place,
                    number_high=pv.number_high,
                ))
        sheet.indicator_table_found = True
        sheet.note("layout", "指标表为转置格式（每行一个地方、每列一个指标），已按地方分别读取和审核。", location=g.loc(r0))
        return True
    return False



_PLACE_EXTRA = {"序号", "权重", "分值", "备注", "指标解释", "指标说明", "评（扣）分标准", "评分标准", "指标值类型"}


# A place's value cell saying it has no such item: "—", "--", "/", "——".
_NOT_APPLICABLE = re.compile(r"^\s*(?:[—–－-]{1,2}|/|／)\s*$")


def read_place_columns(g: Grid, sheet: GoalSheet) -> bool:
    """``一级 | 二级 | 三级 | 指标解释 | 指标方向 | 甲镇 | 乙镇``: no value column, one column per place."""
    t = g.table
    for r in range(min(40, t.n_rows)):
        cells = [g.cell(r, c) for c in range(len(t.rows[r]))]
        kinds = [L.match(L.COLUMN_INDEX, x) if x else None for x in cells]
        names = [i for i, k in enumerate(kinds) if k == "l3" and L.norm_label(cells[i]) not in {"绩效指标", "绩效内容"}]
        if names and len(names) < kinds.count("l3"):
            # "绩效指标 | 一级指标 | 二级指标 | 三级指标 | …": a banner merged down the first column beside the real
            # 三级指标 column is no name column.
            kinds = [None if k == "l3" and i not in names else k for i, k in enumerate(kinds)]
        if "l3" not in kinds or "value" in kinds or not {"l1", "l2"} & set(kinds) \
                or L.norm_label(cells[kinds.index("l3")]) in {"绩效指标", "绩效内容"} \
                or any(x and L.loose_value_column(x) for x in cells):
            continue  # a value column in local words (本年度计划水平): one sheet, not one column per place
        last_known = max(i for i, k in enumerate(kinds) if k or L.norm_label(cells[i]) in _PLACE_EXTRA)
        places = [(i, cells[i]) for i in range(last_known + 1, len(cells))
                  if cells[i] and not kinds[i] and not t.rows[r][i].merged and L.level_name(cells[i]) is None
                  and not re.search(r"[\d≥≤=<>%]", cells[i]) and not L.context_column(cells[i])
                  and not L.prior_value_column(cells[i])]
        if len(places) < 2:
            continue
        col = {k: i for i, k in enumerate(kinds) if k}
        l1 = l2 = ""
        not_applicable: list[str] = []
        for rr in range(r + 1, t.n_rows):
            row = [g.cell(rr, c) for c in range(len(t.rows[rr]))]
            name = row[col["l3"]] if col["l3"] < len(row) else ""
            if not name or len({x for x in row if x}) < 2:
                continue
            l1 = row[col["l1"]] if "l1" in col and row[col["l1"]] else l1
            l2 = row[col["l2"]] if "l2" in col and row[col["l2"]] else l2
            sign = row[col["sign"]] if "sign" in col else ""
            for c, place in places:
                value = row[c] if c < len(row) else ""
                sheet.project_rows.setdefault(place, {"project_name": place, "row": str(r),
                                                      "table": str(g.block.location.table or 0)})
                if _NOT_APPLICABLE.match(value):
                    not_applicable.append(f"{name}（{place}）")
                    continue  # "—": this place has no such item (the others' values are its targets)
                pv = parse_value(value, sign_hint=sign or None, unit_hint=unit_in_name(name))
                sheet.indicators.append(Indicator(
                    level1=l1, level2=l2, level3=name, sign=pv.sign, value_text=value, number=pv.number,
                    date_value=pv.date_value, unit=pv.unit, qualitative=pv.qualitative, raw=[place, name, value],
                    evidence=value or name, location=g.loc(rr, c), project=place, place=place,
                    number_high=pv.number_high,
                ))
        sheet.indicator_table_found = True
        sheet.note("layout", f"指标表为每个地方一列指标值（{'、'.join(p for _, p in places)}），已按地方分别读取和审核。",
                   location=g.loc(r))
        if not_applicable:
            sheet.note("indicators", f"{'、'.join(not_applicable[:3])}{'等' if len(not_applicable) > 3 else ''}的指标值写"
                                     "“—”，按该地方没有此项读取，未作为指标审核。", location=g.loc(r))
        return True
    return False


def signs_in_type_column(g: Grid, r: int, cols: dict[str, int], sheet: GoalSheet) -> None:
    """A 指标值类型 column holds 定量/定性 on export forms, but many sheets write the comparison sign there
    ("≥ | 120000 | 件", "定性 | 好"). When the table has no 指标性质 column and that column holds signs, it is read
    as the 指标性质 column."""
    c = cols.get("value_type")
    if c is None or "sign" in cols:
        return
    from review_assistant.extract.indicator_table import header_groups

    texts: list[str] = []
    for row in g.table.rows[r + 1:]:
        row_cells = [x.text.strip() for x in row]
        if header_groups(row_cells):
            break
        if c < len(row_cells) and row_cells[c]:
            texts.append(row_cells[c])
    signs = [t for t in texts if normalize_sign(t) in SIGNS]
    if signs:
        cols["sign"] = cols.pop("value_type")
        examples = "".join(f"“{t}”" for t in dict.fromkeys(signs[:4]))
        sheet.note("indicators", f"指标表“{g.cell(r, c)}”列写的是比较符号（{examples}），已按指标性质（比较符号）列读取。",
                   evidence=signs[0], location=g.loc(r, c))
