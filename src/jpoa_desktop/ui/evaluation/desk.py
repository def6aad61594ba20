"""What the Tests & evaluations screen asks of the database, in plain Python.

Each call is one small transaction (a form, its grid, one person's row), quick enough for the
UI thread, as at the check-in door: a trainer typing forty forms must not wait on a worker
between two keys. Creating a form and reading or writing answer files go to a worker.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from jpoa_desktop.model.workshops import WorkshopSummary
from jpoa_desktop.services.evaluation.forms import FormView
from jpoa_desktop.services.evaluation.responses import Answers, GridRow, row_score
from jpoa_desktop.ui.handouts.desk import HandoutsDesk

if TYPE_CHECKING:
    from jpoa_desktop.services.container import Services


class EvaluationDesk:
    def __init__(self, services: Services) -> None:
        self.services = services

    def workshops(self, language: str) -> list[WorkshopSummary]:
        """The running and coming workshops first, then the past ones, newest first: the
        same list, in the same order, as the Handouts screen's."""
        return HandoutsDesk(self.services).workshops(language)

    def form(self, workshop_id: int, kind: str) -> FormView | None:
        return self.services.forms.form(workshop_id, kind)

    def grid(self, form_id: int) -> tuple[GridRow, ...]:
        return self.services.responses.grid(form_id)

    def save(self, form_id: int, registration_id: int, answers: Mapping[int, str]) -> Answers:
        return self.services.responses.save_answers(form_id, registration_id, answers)

    def session_titles(self, form: FormView, language: str) -> dict[str, str]:
        """The agenda's session titles by key, in agenda order, for a per-session form."""
        if not form.per_session:
            return {}
        agenda = self.services.agenda.agenda(form.workshop_id, language)
        return {s.uuid: s.title for day in agenda.days for s in day.sessions}

    @staticmethod
    def score(form: FormView, answers: Mapping[int, str]) -> tuple[int, int]:
        return row_score(form, answers)
