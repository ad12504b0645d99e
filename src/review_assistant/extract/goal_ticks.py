"""Tick boxes in a goal sheet's 项目属性 cell ("新增项目□ 延续项目√", "1、持续性项目 √  2、新增性项目 □"): which option is
ticked, or a note when none or several are."""

from __future__ import annotations

import re

from review_assistant.extract.models import GoalSheet

# Tick boxes in a 项目属性 cell: "新增项目□ 延续项目√", "☑新增 □延续", "新增■ 延续□", numbered town forms
# "1、持续性项目 √  2、新增性项目 □" (the mark may stand a few spaces from its option).
_TICKED = "√✓✔☑■▣☒"
_UNTICKED = "□☐〇○"
_MARKS = _TICKED + _UNTICKED
_OPTION = re.compile(r"(?:新增|延续|持续|续建|新建|一次性|经常性|其他)性?(?:项目)?")
# The option's number in a numbered list ("2、新增性项目", "（2）延续项目"): not part of what stands before it.
_NUMBER_BEFORE = re.compile(r"(?:\d{1,2}\s*[、.．]|[（(]\s*\d{1,2}\s*[)）])\s*$")


def tick_box_choice(text: str, option: re.Pattern[str] = _OPTION) -> tuple[list[str], bool] | None:
    """The options ticked in ``text`` and whether it is a tick-box cell at all (None when it is not).

    ``option`` names the choices (项目属性 by default; a 自评表 passes its grades "□优 ■良 □中 □差")."""
    marks = [i for i, ch in enumerate(text) if ch in _MARKS]
    options = list(option.finditer(text))
    if not marks or len(options) < 2:
        return None
    # Marks follow their option ("新增□ 延续√", "1、持续性项目 √  2、新增性项目 □") or precede it ("☑新增 □延续"):
    # the side where every option has a mark; when both or neither do, the text's opening decides.
    after = [text[m.end():].lstrip()[:1] for m in options]
    before = [_NUMBER_BEFORE.sub("", text[:m.start()]).rstrip()[-1:] for m in options]
    all_after, all_before = all(c and c in _MARKS for c in after), all(c and c in _MARKS for c in before)
    marks_before = all_before if all_after != all_before else text.lstrip()[:1] in _MARKS
    near = before if marks_before else after
    ticked = [m.group(0) for m, c in zip(options, near, strict=True) if c and c in _TICKED]
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
