"""The printed forms' data: a workshop's pre-test, post-test or evaluation form, read from its
items and their questions, with the texts in the handout's languages and whose copies to print.

A question bank is often written in English and Russian only: a Kazakh pre-test then prints
the Russian text (the handouts' fallback rule, `model/languages.py`), and the trainer is told
which questions did, as for every other text a handout prints in another language.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.evaluation_models import EvaluationForm, FormItem, Question
from jpoa_desktop.db.workshop_models import Person, Registration, Workshop
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.handouts.answer_key import AnswerKeyData, KeyLine
from jpoa_desktop.handouts.common.form_parts import FormCopies, FormHead, FormPerson, FormQuestion
from jpoa_desktop.handouts.evaluation_form import EvaluationBlock, EvaluationFormData
from jpoa_desktop.handouts.registry import (
    ANSWER_KEY,
    EVALUATION_FORM,
    FORM_COPIES,
    POST_TEST,
    PRE_TEST,
    kind,
)
from jpoa_desktop.handouts.test_forms import TestFormData
from jpoa_desktop.model.languages import Fallback, first_available, pick
from jpoa_desktop.model.workshops import erased_name
from jpoa_desktop.services.handouts.branding import BrandingService
from jpoa_desktop.services.handouts.request import HandoutRequest
from jpoa_desktop.services.workshops.workshops import WorkshopService, full_name, latin_name
from jpoa_desktop.texts.formatting import date_span, time_of_day
from jpoa_desktop.texts.labels import Labels, in_all

NO_FORM = {
    "pre": QT_TRANSLATE_NOOP(
        "Errors",
        "This workshop has no pre-test yet; create one first on the “Tests & evaluations” "
        "screen or with jpoa evaluation create.",
    ),
    "post": QT_TRANSLATE_NOOP(
        "Errors",
        "This workshop has no post-test yet; create one first on the “Tests & evaluations” "
        "screen or with jpoa evaluation create.",
    ),
    "evaluation": QT_TRANSLATE_NOOP(
        "Errors",
        "This workshop has no evaluation form yet; create one first on the “Tests & "
        "evaluations” screen or with jpoa evaluation create.",
    ),
}
QR_WORDS = {"pre": "PRE", "post": "POST", "evaluation": "EVAL"}
LABEL_KEYS = {"pre": "pre_test", "post": "post_test", "evaluation": "evaluation_form"}
Item = tuple[FormItem, Question]


class TextLanguages:
    """Picks a question's (or a session title's) texts in the handout's languages and
    remembers which came out in another language, to report them as `Fallback`s ("questions
    1–3, 7", "session titles")."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        self.numbers: dict[tuple[str, str, str], set[int]] = {}

    def texts(
        self, number: int, by_language: dict[str, str], what: str = "questions"
    ) -> tuple[str, ...]:
        present = [code for code, text in (by_language or {}).items() if text]
        for code in self.languages:
            printed = first_available(present, code) or next(iter(present), code)
            if printed != code:
                self.numbers.setdefault((what, code, printed), set()).add(number)
        return tuple(dict.fromkeys(pick(by_language, code) for code in self.languages))

    def question(self, item: FormItem, question: Question) -> FormQuestion:
        options = tuple(self.texts(item.number, option) for option in question.options)
        return FormQuestion(item.number, question.kind, self.texts(item.number, question.texts),
                            options)  # fmt: skip

    def fallbacks(self) -> tuple[str, ...]:
        return tuple(
            Fallback(f"{what} {number_ranges(sorted(numbers - {0}))}".strip(), wanted, printed)
            for (what, wanted, printed), numbers in sorted(self.numbers.items())
        )


def number_ranges(numbers: Sequence[int]) -> str:
    """ "1–3, 7": runs of consecutive numbers written as ranges."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


def form_items(session: Session, workshop_id: int, form_kind: str) -> list[Item] | None:
    """The form's items with their questions, by number; None when there is no such form."""
    form_id = session.scalar(
        select(EvaluationForm.id).where(
            EvaluationForm.workshop_id == workshop_id, EvaluationForm.kind == form_kind
        )
    )
    if form_id is None:
        return None
    rows = session.execute(
        select(FormItem, Question)
        .join(Question, Question.id == FormItem.question_id)
        .where(FormItem.form_id == form_id)
        .order_by(FormItem.number)
    ).all()
    return [(item, question) for item, question in rows]


def participants(
    session: Session, workshop_id: int, languages: tuple[str, ...]
) -> list[FormPerson]:
    """The workshop's participants (not facilitators or speakers, not cancelled), by name."""
    rows = session.execute(
        select(Registration.badge_code, Person)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.workshop_id == workshop_id, Registration.role == "participant",
               Registration.status != "cancelled")
        .order_by(Person.sort_key, Person.id)
    ).all()  # fmt: skip
    return [FormPerson(_name(person, languages), latin_name(person), code) for code, person in rows]


def _name(person: Person, languages: tuple[str, ...]) -> str:
    """The person's full name, or an erased person's placeholder in the handout's languages."""
    name = full_name(person)
    if name != erased_name(person.id):
        return name
    return in_all([Labels(code) for code in languages], "erased_person", id=person.id)


def copies(forms: str, default: str, people: list[FormPerson]) -> FormCopies:
    """Whose copies `forms` asks for ("" = the kind's `default`), or a clear refusal."""
    chosen = forms or default
    if chosen not in FORM_COPIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "“{value}” is not a choice of forms ({choices})."),
            value=chosen,
            choices=", ".join(FORM_COPIES),
        )
    if chosen == "people":
        return FormCopies(tuple(people), 1)
    return FormCopies((), max(len(people), 1) if chosen == "blank" else 1)


class FormHandoutData:
    """Reads what the pre-test, post-test, answer key and evaluation form print."""

    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def data(self, request: HandoutRequest, languages: tuple[str, ...]) -> object:
        """What `request` prints, in `languages` (the handout's, checked by the caller)."""
        handout = kind(request.kind)
        workshop_id = request.workshop_id or 0
        if handout is ANSWER_KEY:
            return self.answer_key(workshop_id, languages)
        if handout is EVALUATION_FORM:
            return self.evaluation_form(workshop_id, languages, request.forms or "blank")
        form_kind = "pre" if handout is PRE_TEST else "post"
        assert handout in (PRE_TEST, POST_TEST), handout.key
        return self.test_form(workshop_id, form_kind, languages, request.forms or "people")

    def _head(self, workshop_id: int, form_kind: str, languages: tuple[str, ...]) -> FormHead:
        workshop = WorkshopService(self._scope).detail(workshop_id, languages[0])
        when = date_span(workshop.start, workshop.end, languages[0])
        return FormHead(
            languages=languages,
            titles=tuple(dict.fromkeys(pick(workshop.titles, code) for code in languages)),
            when=" · ".join(part for part in (workshop.city, when) if part),
            label=LABEL_KEYS[form_kind],
            qr_word=QR_WORDS[form_kind],
            logos=BrandingService(self._scope).branding(workshop_id).logos,
        )

    def _items(self, session: Session, workshop_id: int, form_kind: str) -> list[Item]:
        items = form_items(session, workshop_id, form_kind)
        if items is None:
            raise ValidationError(NO_FORM[form_kind])
        return items

    def test_form(
        self, workshop_id: int, form_kind: str, languages: tuple[str, ...], forms: str = "people"
    ) -> TestFormData:
        head = self._head(workshop_id, form_kind, languages)
        picker = TextLanguages(languages)
        with self._scope() as session:
            items = self._items(session, workshop_id, form_kind)
            questions = tuple(picker.question(item, question) for item, question in items)
            people = participants(session, workshop_id, languages)
        return TestFormData(head, questions, copies(forms, "people", people), picker.fallbacks())

    def answer_key(self, workshop_id: int, languages: tuple[str, ...]) -> AnswerKeyData:
        """The pre-test's and the post-test's right answers; either may be missing, not both."""
        head = self._head(workshop_id, "pre", languages)
        with self._scope() as session:
            pre = form_items(session, workshop_id, "pre") or []
            post = form_items(session, workshop_id, "post") or []
        if not pre and not post:
            raise ValidationError(NO_FORM["pre"])
        pre_numbers = {question.id: item.number for item, question in pre}
        return AnswerKeyData(
            languages=languages,
            titles=head.titles,
            when=head.when,
            pre=tuple(KeyLine(i.number, q.kind, q.correct) for i, q in pre),
            post=tuple(
                KeyLine(i.number, q.kind, q.correct, pre_numbers.get(q.id, 0)) for i, q in post
            ),
        )

    def evaluation_form(
        self, workshop_id: int, languages: tuple[str, ...], forms: str = "blank"
    ) -> EvaluationFormData:
        """The evaluation's questions in their numbers' order, in blocks: a run of items on
        the workshop as a whole, or on one session (headed by its day, time and title)."""
        head = self._head(workshop_id, "evaluation", languages)
        picker = TextLanguages(languages)
        with self._scope() as session:
            items = self._items(session, workshop_id, "evaluation")
            sessions = session_headings(session, workshop_id, languages)
            people = participants(session, workshop_id, languages)

        def heading(key: str) -> str:
            if key not in sessions:
                return ""
            when, titles = sessions[key]
            shown = " / ".join(text for text in picker.texts(0, titles, "session titles") if text)
            return f"{when} · {shown}" if shown else when

        runs: list[tuple[str, list[FormQuestion]]] = []
        for item, question in items:
            if not runs or runs[-1][0] != item.session_key:
                runs.append((item.session_key, []))
            runs[-1][1].append(picker.question(item, question))
        blocks = tuple(EvaluationBlock(heading(key), tuple(run)) for key, run in runs)
        return EvaluationFormData(head, blocks, copies(forms, "blank", people), picker.fallbacks())


def session_headings(
    session: Session, workshop_id: int, languages: tuple[str, ...]
) -> dict[str, tuple[str, dict[str, str]]]:
    """Each agenda session's day and time ("Day 1 · 09:00–10:30") and its titles by language,
    by its key (uuid)."""
    labels = [Labels(code) for code in languages]
    start = session.scalar(select(Workshop.start_date).where(Workshop.id == workshop_id))
    rows = session.scalars(
        select(AgendaSession)
        .where(AgendaSession.workshop_id == workshop_id)
        .order_by(AgendaSession.day, AgendaSession.start_time, AgendaSession.position)
    ).all()
    headings: dict[str, tuple[str, dict[str, str]]] = {}
    for row in rows:
        number = (row.day - start).days + 1 if start else 1
        times = "–".join(time_of_day(t, languages[0]) for t in (row.start_time, row.end_time))
        headings[row.uuid] = (f"{in_all(labels, 'day', number=number)} · {times}", row.titles)
    return headings
