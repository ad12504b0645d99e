"""Counts shared by the evaluations: the checks on labelled samples (:mod:`review.evaluation`), the LLM
judgement set (:mod:`review.judgement_eval`) and the knowledge-base questions (:mod:`kb.evaluate`)."""

from __future__ import annotations

from dataclasses import dataclass, fields


def ratio(n: int, of: int) -> float | None:
    """``n / of``, or None when there is nothing to count (no cases is no figure, not 0)."""
    return n / of if of else None


def fmt_ratio(x: float | None, missing: str = "—") -> str:
    """A ratio for a text table, two decimals; ``missing`` where there is no figure."""
    return missing if x is None else f"{x:.2f}"


@dataclass
class Confusion:
    """Hits, misses and false alarms of one rule (or of all of them), with recall and precision."""

    tp: int = 0
    fn: int = 0
    fp: int = 0

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    def absorb(self, other: Confusion) -> None:
        """Add every count (int or float field) of ``other`` to this one, for a total line."""
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, int | float) and isinstance(theirs, int | float):
                setattr(self, f.name, mine + theirs)
