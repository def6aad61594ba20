"""What a question of the bank may be, checked the same way for the editor, an XLSX import and
the starter bank: the one place that says "a single choice has one right letter".

A question is asked on paper in a hotel meeting room, so its rules are those of a printed form:
texts a participant can read (English or Russian at least, since every trainer reads one of
them), two to eight lettered options for a choice, a right answer the answer key can print, and
nothing the form could not show (options on a true/false question, a right answer on a scale).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.model.evaluation import (
    ASPECTS,
    MAX_OPTIONS,
    QUESTION_KINDS,
    normalise_answer,
    option_letters,
)
from jpoa_desktop.model.languages import HANDOUT_LANGUAGES, pick
from jpoa_desktop.model.text_input import checked_line, checked_text

PURPOSES = ("test", "evaluation")
CHOICE_KINDS = ("single", "multiple")
MIN_OPTIONS = 2
TEXT_LIMIT = 2000
OPTION_LIMIT = 500
TAG_LIMIT = 60
ROMAN = ("i", "ii", "iii", "iv")
_ITEM_KEY = re.compile(r"pillar-([1-4])|area-(i|ii|iii|iv)\.[0-9a-z][0-9a-z.-]*")


@dataclass(frozen=True)
class QuestionInput:
    """A question as the editor, a file or the starter bank gives it, before it is checked."""

    texts: Mapping[str, str]
    kind: str = "single"
    purpose: str = "test"
    item_key: str = ""
    aspect: str = ""
    options: Sequence[Mapping[str, str]] = ()
    correct: str = ""
    tags: Sequence[str] = ()


@dataclass(frozen=True)
class QuestionView:
    """A question of the bank as screens and files show it."""

    id: int
    uuid: str
    texts: dict[str, str]
    kind: str
    purpose: str
    item_key: str
    aspect: str
    options: tuple[dict[str, str], ...]
    correct: str
    tags: tuple[str, ...]
    source: str  # "starter" or ""
    retired: bool
    used: bool  # on a workshop's form: it can be retired, never deleted
    pillar: int | None = field(default=None)

    def text(self, language: str) -> str:
        """The question in `language`, else by the handouts' fallback rule."""
        return pick(self.texts, language)

    def as_input(self) -> QuestionInput:
        return QuestionInput(
            texts=dict(self.texts), kind=self.kind, purpose=self.purpose,
            item_key=self.item_key, aspect=self.aspect,
            options=tuple(dict(o) for o in self.options), correct=self.correct, tags=self.tags,
        )  # fmt: skip


def pillar_of(item_key: str) -> int | None:
    """1–4 for "pillar-N" or one of its areas ("area-ii.3" is pillar 2); None otherwise."""
    found = _ITEM_KEY.fullmatch(item_key)
    if found is None:
        return None
    if found.group(1):
        return int(found.group(1))
    return ROMAN.index(found.group(2)) + 1


def _refuse(template: str, **values: object) -> ValidationError:
    return ValidationError(template, **values)


def _texts(texts: Mapping[str, str], limit: int) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for language, text in texts.items():
        if language not in HANDOUT_LANGUAGES:
            raise _refuse(
                QT_TRANSLATE_NOOP("Errors", '"{language}" is not a language; use one of: {all}.'),
                language=language,
                all=", ".join(HANDOUT_LANGUAGES),
            )
        value = checked_text(text or "", limit)
        if value:
            cleaned[language] = value
    return cleaned


def _options(kind: str, options: Sequence[Mapping[str, str]]) -> tuple[dict[str, str], ...]:
    if kind not in CHOICE_KINDS:
        if any(_texts(option, OPTION_LIMIT) for option in options):
            raise _refuse(
                QT_TRANSLATE_NOOP("Errors", "A {kind} question has no options; leave them empty."),
                kind=kind,
            )
        return ()
    cleaned = [_texts(option, OPTION_LIMIT) for option in options]
    while cleaned and not cleaned[-1]:
        cleaned.pop()  # empty rows at the end of the editor's list are not options
    if not MIN_OPTIONS <= len(cleaned) <= MAX_OPTIONS:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "A choice question needs {least} to {most} options; it has {count}."
            ),
            least=MIN_OPTIONS,
            most=MAX_OPTIONS,
            count=len(cleaned),
        )
    for letter, option in zip(option_letters(len(cleaned)), cleaned, strict=True):
        if not option:
            raise _refuse(
                QT_TRANSLATE_NOOP("Errors", "Option {letter} has no text."), letter=letter
            )
    return tuple(cleaned)


def _correct(kind: str, correct: str, option_count: int) -> str:
    """The right answer as answers are stored ("B", "AC", "T"), read as leniently as a typed
    answer: "a, c", Cyrillic look-alike letters, "верно"."""
    text = correct.strip()
    if kind in ("scale", "open"):
        if text:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Errors", "A {kind} question has no right answer; leave it empty."
                ),
                kind=kind,
            )
        return ""
    answer = normalise_answer(kind, text, option_count) if text else ""
    if kind == "truefalse" and not answer:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", 'The right answer of a true/false question is T or F, not "{value}".'
            ),
            value=correct,
        )
    if kind == "single" and not answer and normalise_answer("multiple", text, option_count):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", 'A single-choice question has one right letter, not "{value}".'
            ),
            value=correct,
        )
    if not answer:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", 'The right answer "{value}" must be letters among the options: {letters}.'
            ),
            value=correct,
            letters=", ".join(option_letters(option_count)),
        )
    return answer


def _tags(tags: Sequence[str]) -> tuple[str, ...]:
    cleaned: dict[str, None] = {}
    for tag in tags:
        value = checked_line(tag.replace(",", " "), TAG_LIMIT)
        if value and value.casefold() not in {t.casefold() for t in cleaned}:
            cleaned[value] = None
    return tuple(cleaned)


def checked_question(question: QuestionInput) -> QuestionInput:
    """The question as it is stored, or a one-line `ValidationError` saying what is wrong."""
    if question.purpose not in PURPOSES:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a purpose; use test or evaluation.'),
            value=question.purpose,
        )
    if question.kind not in QUESTION_KINDS:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", '"{value}" is not a kind of question; use one of: {all}.'),
            value=question.kind,
            all=", ".join(QUESTION_KINDS),
        )
    texts = _texts(question.texts, TEXT_LIMIT)
    if not (texts.get("en") or texts.get("ru")):
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "The question needs its text in English or Russian.")
        )
    item_key = question.item_key.strip().lower()
    if item_key and pillar_of(item_key) is None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                '"{value}" is not a pillar or an area; use pillar-1 … pillar-4 or area-ii.3.',
            ),
            value=question.item_key,
        )
    aspect = question.aspect.strip().lower()
    if question.purpose == "test" and aspect:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "Only an evaluation question has an aspect."))
    if question.purpose == "evaluation" and aspect not in ASPECTS:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", 'An evaluation question needs an aspect ({all}), not "{value}".'
            ),
            value=question.aspect,
            all=", ".join(ASPECTS),
        )
    options = _options(question.kind, question.options)
    return QuestionInput(
        texts=texts,
        kind=question.kind,
        purpose=question.purpose,
        item_key=item_key,
        aspect=aspect,
        options=options,
        correct=_correct(question.kind, question.correct, len(options)),
        tags=_tags(question.tags),
    )
