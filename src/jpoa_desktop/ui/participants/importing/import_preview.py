"""The import preview: every row of the file with what will happen to it, problems in red.

A row is a new person, a link to someone already in the directory (the service matched the
e-mail, or the name with the patronymic or organisation), the same person as an earlier row of
the file, or a problem with the service's own message (`row 14, column "E-mail": …`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.ui.messages import describe
from jpoa_desktop.ui.widgets.import_preview import ProblemRowsModel

if TYPE_CHECKING:
    from jpoa_desktop.services.people.participant_import import ImportPlan

COLUMNS = ("row", "outcome", "family_name", "given_name", "patronymic", "organisation", "email")


@dataclass(frozen=True)
class PreviewLine:
    row: int
    outcome: str  # "new", "linked", "same", "problem"
    cells: tuple[str, ...]  # family, given, patronymic, organisation, e-mail
    message: str = ""
    same_as: int = 0  # the earlier row of the same new person

    @property
    def is_problem(self) -> bool:
        return self.outcome == "problem"


def preview_lines(plan: ImportPlan) -> list[PreviewLine]:
    """The plan's rows and problems in the file's order."""
    lines = []
    for planned in plan.rows:
        person = planned.person
        cells = (
            person.family_name,
            person.given_name,
            person.patronymic,
            person.organisation,
            person.email,
        )
        match = planned.match_id
        if match is None:
            lines.append(PreviewLine(planned.row, "new", cells))
        elif match < 0:
            lines.append(PreviewLine(planned.row, "same", cells, same_as=-match))
        else:
            lines.append(PreviewLine(planned.row, "linked", cells))
    for problem in plan.problems:
        lines.append(PreviewLine(problem.row, "problem", ("",) * 5, describe(problem.error)))
    lines.sort(key=lambda line: line.row)
    return lines


class PreviewModel(ProblemRowsModel[PreviewLine]):
    columns = COLUMNS
    message_column = "family_name"

    def lines_of(self, plan: ImportPlan) -> list[PreviewLine]:
        return preview_lines(plan)

    def cell(self, line: PreviewLine, column: str) -> str:
        return line.cells[COLUMNS.index(column) - 2]

    def outcome(self, line: PreviewLine) -> str:
        translate = QCoreApplication.translate
        if line.outcome == "new":
            return translate("ImportPreview", "New person")
        if line.outcome == "linked":
            return translate("ImportPreview", "Already in the directory")
        if line.outcome == "same":
            return translate("ImportPreview", "Same as row {row}").format(row=line.same_as)
        if self.skipping:
            return translate("ImportPreview", "Skipped")
        return translate("ImportPreview", "Problem")

    def header_labels(self) -> dict[str, str]:
        translate = QCoreApplication.translate
        return {
            "row": translate("ImportPreview", "Row"),
            "outcome": translate("ImportPreview", "What happens"),
            "family_name": translate("ImportPreview", "Family name"),
            "given_name": translate("ImportPreview", "Given name"),
            "patronymic": translate("ImportPreview", "Patronymic"),
            "organisation": translate("ImportPreview", "Organisation"),
            "email": translate("ImportPreview", "E-mail"),
        }
