"""Small helpers shared by the report rules."""

from __future__ import annotations

from review_assistant.extract.report import AppraisalReport
from review_assistant.extract.report_sections import ReportSection
from review_assistant.parsing.model import Location


def located(report: AppraisalReport, loc: Location) -> Location:
    """``loc`` with its section set to the report heading it sits under, when the parser left it empty.

    Plain-numbered Word files and PDFs have no heading styles, so the parser cannot name the section;
    the report's own section model can.
    """
    if loc.section:
        return loc
    section = enclosing(report, loc)
    return loc.model_copy(update={"section": section.title}) if section else loc


def enclosing(report: AppraisalReport, loc: Location) -> ReportSection | None:
    """The innermost section holding ``loc``: by table index for table cells, else by paragraph index."""
    best: ReportSection | None = None
    for s in report.sections:  # in document order, so a later match is a deeper (or later) section
        if loc.table is not None:
            if loc.table in s.tables:
                best = s
        elif loc.paragraph is not None and s.location.paragraph is not None and s.location.paragraph <= loc.paragraph:
            best = s
    return best
