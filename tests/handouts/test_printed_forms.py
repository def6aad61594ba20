"""The printed pre-test, post-test, answer key and evaluation form, read back from the PDF: a copy
per participant with their name, code and a QR code that scans to them, the questions numbered as
on the form, the key matching the forms, and the Kazakh copy saying which questions are Russian."""

from __future__ import annotations

import re
from pathlib import Path
from typing import cast

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from tests.evaluation_rows import NAMES, Classroom, add_test_questions, classroom
from tests.handouts.form_rows import (
    KAZAKH_QUESTION,
    add_form,
    add_session,
    evaluation_questions,
    mixed_questions,
)
from tests.handouts.test_every_kind import fonts

from jpoa_desktop.db.evaluation_models import Question
from jpoa_desktop.errors import Cancelled, ValidationError
from jpoa_desktop.handouts.common.printable import PrintNotices
from jpoa_desktop.handouts.registry import PRE_TEST
from jpoa_desktop.services.database import Database
from jpoa_desktop.services.handouts.handouts import HandoutService
from jpoa_desktop.services.handouts.request import HandoutRequest
from jpoa_desktop.services.people.people import PeopleService, PersonInput
from jpoa_desktop.services.workshops.workshops import WorkshopService

PEOPLE = (*NAMES, ("Meňliýewa", "Ňurjahan", "female"))  # Turkmen ý and ň


@pytest.fixture
def room(empty_db: Database) -> Classroom:
    """Six participants, a facilitator (no form for him), and a pre-test of 12 questions with
    its post-test shuffled (the order reversed)."""
    made = classroom(empty_db, PEOPLE)
    facilitator = PeopleService(empty_db.session_scope).add(PersonInput("Тренеров", "Олег"))
    WorkshopService(empty_db.session_scope).register(made.workshop_id, facilitator, "facilitator")
    questions = mixed_questions(empty_db) + add_test_questions(empty_db, 8)
    add_form(empty_db, made.workshop_id, "pre", questions)
    add_form(empty_db, made.workshop_id, "post", questions[::-1], shuffled=True)
    return made


def _print(db: Database, out: Path, kind: str, workshop: int, language: str = "ru",
           second: str | None = "en", forms: str = "") -> list[str]:  # fmt: skip
    request = HandoutRequest(kind, workshop, language, second, forms=forms)
    return HandoutService(db.session_scope).build(request, out, notices=PrintNotices())


def _pages(pdf: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]


def _qr_codes(pdf: Path, page_index: int) -> list[str]:
    """The QR codes on one page rendered at 150 dpi, as a scanner sees it."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[page_index]
        picture = page.render(scale=150 / 72).to_pil().convert("L")
        page.close()
    finally:
        document.close()
    return [found.text for found in zxingcpp.read_barcodes(picture)]


def _copies(pages: list[str], first_page: str) -> list[int]:
    """The indexes of the pages that start a copy (their footer says page 1 of a copy)."""
    return [index for index, text in enumerate(pages) if first_page in text]


def test_a_pre_test_prints_a_copy_per_participant_whose_qr_code_scans_to_them(
    empty_db: Database, room: Classroom, tmp_path: Path
) -> None:
    out = tmp_path / "pre.pdf"
    _print(empty_db, out, "pre-test", room.workshop_id)
    pages = _pages(out)
    starts = _copies(pages, "Страница 1 из")
    assert len(starts) == len(PEOPLE) + 1  # and one blank copy for a walk-in
    text = " ".join(pages)
    assert "Тренеров" not in text  # a facilitator takes no test
    for family, given, _sex in PEOPLE:
        assert f"{family} {given}" in text
    for letter in "ҚҶӯýň":
        assert letter in text, letter
    codes = []
    for start in starts[:-1]:
        found = _qr_codes(out, start)
        assert len(found) == 1
        codes.append(found[0])
        assert found[0].removeprefix("JPF:PRE:") in pages[start]  # the code printed beside it
    assert sorted(codes) == sorted(f"JPF:PRE:{code}" for code in room.codes)
    assert _qr_codes(out, starts[-1]) == []  # the walk-in's copy has lines to fill in
    first_copy = " ".join(pages[starts[0] : starts[1]])
    numbers = [int(n) for n in re.findall(r"(?:^| )(\d+)\. ", first_copy)]
    assert numbers == list(range(1, 13))  # every question once, in the form's order
    assert "(несколько ответов)" in first_copy and "(several answers)" in first_copy
    assert first_copy.count("региональный культурный обмен") == 6  # a long option wraps, whole
    assert "Верно / True" in first_copy and "Неверно / False" in first_copy
    assert "Входной тест / Pre-test" in first_copy
    assert "Управление границами" in first_copy


def test_each_copy_counts_its_own_pages_and_names_its_owner_on_every_page(
    empty_db: Database, room: Classroom, tmp_path: Path
) -> None:
    out = tmp_path / "pre.pdf"
    _print(empty_db, out, "pre-test", room.workshop_id, "en", None)
    pages = _pages(out)
    starts = _copies(pages, "Page 1 of")
    length = starts[1] - starts[0]
    assert length >= 2  # twelve questions take more than a page
    for start in starts[:-1]:
        owner = re.search(r"(\S+ \S+) · (\w{6}) — Page 1 of", pages[start])
        assert owner is not None
        for offset in range(length):
            footer = f"{owner[1]} · {owner[2]} — Page {offset + 1} of {length}"
            assert footer in pages[start + offset]


def test_a_kazakh_post_test_prints_russian_questions_and_says_which(
    empty_db: Database, room: Classroom, tmp_path: Path
) -> None:
    out = tmp_path / "post.pdf"
    fallbacks = _print(empty_db, out, "post-test", room.workshop_id, "kk", None)
    questions = [f for f in fallbacks if str(f).startswith("questions")]
    assert [(str(f), getattr(f, "printed", "")) for f in questions] == [("questions 1–11", "ru")]
    text = " ".join(_pages(out))
    assert KAZAKH_QUESTION in text  # the one question written in Kazakh, now number 12
    assert "Что такое оценка риска?" not in text
    assert "Қорытынды тест" in text and "Вопрос 8?" in text
    found = _qr_codes(out, 0)
    assert len(found) == 1 and found[0].startswith("JPF:POST:")


def test_the_answer_key_gives_each_number_s_right_answer_on_both_tests(
    empty_db: Database, room: Classroom, tmp_path: Path
) -> None:
    out = tmp_path / "key.pdf"
    _print(empty_db, out, "answer-key", room.workshop_id)
    with empty_db.session_scope() as session:
        correct = [q.correct for q in session.query(Question).order_by(Question.id)]
    shown = {"T": "Верно / True", "AC": "A, C"}
    pre = [shown.get(c, c) for c in correct]
    text = _pages(out)[0]
    body = text.split("Pre-test No.", 1)[1]
    cells = re.findall(r"(\d+) (Верно / True|A, C|[A-D]) (\d+) (Верно / True|A, C|[A-D]) (\d+)",
                       body)  # fmt: skip
    assert len(cells) == 12
    for index, (pre_no, pre_answer, post_no, post_answer, same) in enumerate(cells):
        assert int(pre_no) == int(post_no) == index + 1
        assert pre_answer == pre[index]
        assert post_answer == pre[11 - index]  # the post-test asks them in reverse
        assert int(same) == 12 - index


def test_the_evaluation_form_is_anonymous_by_default_with_a_block_per_session(
    empty_db: Database, room: Classroom, tmp_path: Path
) -> None:
    first = add_session(empty_db, room.workshop_id, 1, {"en": "Border checks",
                                                         "ru": "Пограничный контроль"})  # fmt: skip
    second = add_session(empty_db, room.workshop_id, 2, {"en": "Risk analysis"})
    rating, useful, comment = evaluation_questions(empty_db)
    add_form(empty_db, room.workshop_id, "evaluation", [rating, useful, useful, comment],
             session_keys=["", first, second, ""])  # fmt: skip
    out = tmp_path / "evaluation.pdf"
    _print(empty_db, out, "evaluation-form", room.workshop_id)
    pages = _pages(out)
    starts = _copies(pages, "Страница 1 из")
    assert len(starts) == len(PEOPLE)  # one blank copy for each participant
    text = " ".join(pages)
    assert all(family not in text for family, _given, _sex in PEOPLE)
    assert _qr_codes(out, 0) == []
    assert "Анонимно" in text
    copy = pages[starts[0]]
    assert "День 1 / Day 1 · 09:00–10:30 · Пограничный контроль / Border checks" in copy
    assert "День 2 / Day 2 · 09:00–10:30 · Risk analysis" in copy
    assert "1 очень плохо / very poor" in copy and "5 отлично / excellent" in copy
    assert copy.index("1. Насколько вы довольны?") < copy.index("4. Что бы вы изменили?")

    named = tmp_path / "named.pdf"
    fallbacks = _print(empty_db, named, "evaluation-form", room.workshop_id, "tg", "ru",
                       forms="people")  # fmt: skip
    assert "session titles" in fallbacks  # the Tajik copy's session titles are Russian
    found = _qr_codes(named, 0)
    assert len(found) == 1 and found[0].removeprefix("JPF:EVAL:") in room.codes


def test_one_blank_copy_has_lines_for_a_name_and_no_one_s_name(
    empty_db: Database, room: Classroom, tmp_path: Path
) -> None:
    out = tmp_path / "blank.pdf"
    _print(empty_db, out, "pre-test", room.workshop_id, "en", None, forms="one")
    pages = _pages(out)
    assert len(_copies(pages, "Page 1 of")) == 1
    assert "Full name:" in pages[0] and "Code:" in pages[0]
    assert all(family not in " ".join(pages) for family, _given, _sex in PEOPLE)


def test_a_workshop_without_the_form_is_refused_and_nothing_is_written(
    empty_db: Database, tmp_path: Path
) -> None:
    made = classroom(empty_db)
    for kind, words in (("pre-test", "no pre-test yet"), ("post-test", "no post-test yet"),
                        ("evaluation-form", "no evaluation form yet"),
                        ("answer-key", "no pre-test yet")):  # fmt: skip
        out = tmp_path / f"{kind}.pdf"
        with pytest.raises(ValidationError, match=f"{words}; create one first"):
            _print(empty_db, out, kind, made.workshop_id)
        assert not out.exists()


def test_an_unknown_choice_of_copies_is_refused(
    empty_db: Database, room: Classroom, tmp_path: Path
) -> None:
    out = tmp_path / "pre.pdf"
    with pytest.raises(ValidationError, match="“all” is not a choice of forms"):
        _print(empty_db, out, "pre-test", room.workshop_id, forms="all")
    assert not out.exists()


def test_a_question_longer_than_a_page_flows_on_whole_in_the_bundled_fonts(
    empty_db: Database, tmp_path: Path
) -> None:
    made = classroom(empty_db)
    with empty_db.session_scope() as session:
        long = [Question(kind="single", correct="A", texts={"en": "Long question " * 700},
                         options=[{"en": "Long option " * 600}, {"en": "Short option"}]),
                Question(kind="scale", texts={"en": "Rated " * 900})]  # fmt: skip
        session.add_all(long)
        session.flush()
        ids = [question.id for question in long]
    add_form(empty_db, made.workshop_id, "pre", ids)
    add_form(empty_db, made.workshop_id, "evaluation", ids[::-1])
    for kind in ("pre-test", "evaluation-form"):
        out = tmp_path / f"{kind}.pdf"
        _print(empty_db, out, kind, made.workshop_id, "en", None, forms="one")
        reader = PdfReader(out)
        text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
        assert len(reader.pages) >= 3
        assert text.count("Long question") >= 690 and text.count("Rated") == 900
        assert "Short option" in text
        used: set[str] = set()
        for page in reader.pages:
            fonts(cast(DictionaryObject, page["/Resources"].get_object()), used)
        assert used == {"DejaVuSans", "DejaVuSans-Bold"}, used


def test_progress_runs_through_the_layout_and_a_cancel_there_writes_no_file(
    empty_db: Database, room: Classroom, tmp_path: Path
) -> None:
    services = HandoutService(empty_db.session_scope)
    data, options = services.data_for(HandoutRequest("pre-test", room.workshop_id, "en"))
    steps: list[tuple[int, int]] = []
    PRE_TEST.build(data, options, tmp_path / "pre.pdf", lambda d, t: steps.append((d, t)))
    copies = len(PEOPLE) + 1
    assert steps == [(done, 2 * copies) for done in range(2 * copies + 1)]

    folder = tmp_path / "cancelled"
    folder.mkdir()
    steps.clear()
    with pytest.raises(Cancelled):  # asked while the pages are laid out, past the first copy
        PRE_TEST.build(data, options, folder / "pre.pdf", lambda d, t: steps.append((d, t)),
                       lambda: len(steps) > copies + 1)  # fmt: skip
    assert list(folder.iterdir()) == []
