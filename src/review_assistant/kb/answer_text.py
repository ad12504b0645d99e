"""Wording shared by the extractive and the LLM answers (kb is below llm, so it lives here)."""

REFUSAL = "知识库中没有找到足够相关的政策条款，无法回答该问题。请换一种问法，或确认相关文件已入库。"

#: How a question with a mistyped term was read ("正改" taken as "整改"); shown before the answer.
TYPO_NOTE = "已把问题中的“{typed}”按“{meant}”理解。"
#: The opening words of that note, which tell it from the other notes.
TYPO_NOTE_LEAD = TYPO_NOTE.split("“", 1)[0]


def reading_notes(notes: list[str]) -> tuple[list[str], list[str]]:
    """The notes saying how the question was read (shown before the answer), and the others (after it)."""
    return [n for n in notes if n.startswith(TYPO_NOTE_LEAD)], [n for n in notes if not n.startswith(TYPO_NOTE_LEAD)]
