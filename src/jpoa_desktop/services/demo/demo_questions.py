"""The demo's question bank: test questions made from the framework's own areas, so their right
answers are facts of the library (which pillar an area belongs to), and the evaluation form's
questions, in English and Russian.

They stand in for the shipped starter bank when a database lacks it: each has a uuid fixed by
its key, so two demos (and a package exchanged between them) agree on the same questions. The
comments people write on the evaluation form are here too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

_NAMESPACE = uuid.UUID("5b1c2a0e-16a0-4d5e-9f3b-6a1d0c0e1f16")
ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class DemoQuestion:
    key: str  # fixes the uuid
    item_key: str
    purpose: str
    kind: str
    aspect: str
    texts: dict[str, str]
    options: list[dict[str, str]]
    correct: str

    def row(self) -> dict[str, Any]:
        return {
            "uuid": str(uuid.uuid5(_NAMESPACE, self.key)),
            "item_key": self.item_key,
            "purpose": self.purpose,
            "kind": self.kind,
            "aspect": self.aspect,
            "texts": self.texts,
            "options": self.options,
            "correct": self.correct,
            "tags": ["demo"],
            "source": "",  # not the shipped starter bank: the demo's own, editable
            "retired": False,
        }


def _pillar_options() -> list[dict[str, str]]:
    return [{"en": f"Pillar {r}", "ru": f"Компонент {r}"} for r in ROMAN]


def test_questions(areas: Sequence[tuple[str, int, str, str]]) -> Iterator[DemoQuestion]:
    """Two questions per framework area (key, pillar, English, Russian title): which pillar
    it belongs to, and a true/false statement naming its pillar or, every other area, a wrong
    one."""
    for index, (key, pillar, title_en, title_ru) in enumerate(areas):
        if not 1 <= pillar <= len(ROMAN):
            continue
        yield DemoQuestion(
            f"{key}/pillar",
            key,
            "test",
            "single",
            "",
            {
                "en": f"Which pillar of the Joint Plan of Action covers “{title_en}”?",
                "ru": f"К какому компоненту Совместного плана действий относится «{title_ru}»?",
            },
            _pillar_options(),
            "ABCD"[pillar - 1],
        )
        stated = pillar if index % 2 == 0 else pillar % len(ROMAN) + 1
        yield DemoQuestion(
            f"{key}/statement",
            key,
            "test",
            "truefalse",
            "",
            {
                "en": f"“{title_en}” is part of pillar {ROMAN[stated - 1]}.",
                "ru": f"«{title_ru}» входит в компонент {ROMAN[stated - 1]}.",
            },
            [],
            "T" if stated == pillar else "F",
        )


_EVALUATION = (
    ("satisfaction", "scale", "Overall, how satisfied are you with the workshop?",
     "В целом, насколько вы удовлетворены семинаром?"),
    ("relevance", "scale", "How relevant was the content to your work?",
     "Насколько содержание соответствовало вашей работе?"),
    ("organisation", "scale", "How well was the workshop organised?",
     "Насколько хорошо был организован семинар?"),
    ("facilitators", "scale", "How would you rate the facilitators?",
     "Как вы оцениваете работу ведущих?"),
    ("satisfaction", "scale", "Would you recommend this workshop to a colleague?",
     "Порекомендовали бы вы этот семинар коллеге?"),
    ("comments", "open", "What should we change next time?",
     "Что нам следует изменить в следующий раз?"),
)  # fmt: skip


def evaluation_questions() -> Iterator[DemoQuestion]:
    for number, (aspect, kind, en, ru) in enumerate(_EVALUATION, start=1):
        yield DemoQuestion(
            f"evaluation/{number}", "", "evaluation", kind, aspect, {"en": en, "ru": ru}, [], ""
        )


# Open comments people leave on the evaluation form, in the languages they wrote them in.
COMMENTS = (
    "More time for the group exercises, please.",
    "Больше практических кейсов из нашего региона.",
    "The interpretation was excellent.",
    "Хотелось бы получить материалы заранее.",
    "Useful, but the second day was too long.",
    "Спасибо организаторам, всё было на высоком уровне.",
    "Please invite prosecutors from the neighbouring countries too.",
    "Нужно больше времени на обсуждение национальной стратегии.",
    "The table-top exercise was the best part.",
    "Зал был слишком маленьким для такого количества участников.",
)
