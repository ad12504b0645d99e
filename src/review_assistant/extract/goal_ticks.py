"""Tick boxes in a goal sheet's 项目属性 cell ("新增项目□ 延续项目√"): which option is ticked, or a note when none or
several are."""

from __future__ import annotations

import re

from review_assistant.extract.models import GoalSheet

# Tick boxes in a 项目属性 cell: "新增项目□ 延续项目√", "☑新增 □延续", "新增■ 延续□".
_TICKED = "√✓✔☑■▣☒"
_UNTICKED = "□☐〇○"
_OPTION = re.compile(r"(新增|延续|持续|续建|新建|一次性|经常性|其他)(?:项目)?")


def tick_box_choice(text: str, option: re.Pattern[str] = _OPTION) -> tuple[list[str], bool] | None:
    """The options ticked in ``text`` and whether it is a tick-box cell at all (None when it is not).

    ``option`` names the choices (项目属性 by default; a 自评表 passes its grades "□优 ■良 □中 □差")."""
    marks = [i for i, ch in enumerate(text) if ch in _TICKED + _UNTICKED]
    options = list(option.finditer(text))
    if not marks or len(options) < 2:
        return None
    # Marks follow their option ("新增□ 延续√") unless the text opens with a mark ("☑新增 □延续").
    before = text.lstrip()[:1] in _TICKED + _UNTICKED
    ticked: list[str] = []
    for m in options:
        near = text[:m.start()].rstrip()[-1:] if before else text[m.end():].lstrip()[:1]
        if near and near in _TICKED:
            ticked.append(m.group(0))
    return ticked, True


def read_tick_boxes(sheet: GoalSheet) -> None:
    attr = sheet.fields.get("attribute")
    if attr is None:
        return
    choice = tick_box_choice(attr.value)
    if choice is None:
        return
    ticked, _ = choice
    if len(ticked) == 1:
        sheet.fields["attribute"] = attr.model_copy(update={"value": ticked[0]})
    elif not ticked:
        sheet.fields["attribute"] = attr.model_copy(update={"value": ""})
        sheet.note("header", "项目属性是勾选框，但没有一项打勾。", evidence=attr.value, location=attr.location)
    else:
        sheet.note("header", f"项目属性的勾选框勾了{len(ticked)}项（{'、'.join(ticked)}），无法确定是哪一种。",
                   evidence=attr.value, location=attr.location)
