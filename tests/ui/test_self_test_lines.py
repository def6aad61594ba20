"""The self-test's lines: one line a reason, in letters whatever console it runs in has."""

from __future__ import annotations

import io

from jpoa_desktop.errors import ValidationError
from jpoa_desktop.ui.self_test.runner import reason_of, say
from jpoa_desktop.ui.self_test.trial import StepFailed


def test_a_reason_in_kazakh_reaches_a_console_without_those_letters_as_escapes() -> None:
    raw = io.BytesIO()
    console = io.TextIOWrapper(raw, encoding="cp866")  # a Russian Windows console: no Ә, Ұ, Қ
    say(console, "self-test failed at step import: registered ['Нұрланқызы Әлия']")
    console.flush()
    expected = r"self-test failed at step import: registered ['Н\u04b1рлан\u049bызы \u04d8лия']"
    assert raw.getvalue().decode("cp866") == expected + "\n"


def test_a_reason_is_one_line_and_names_the_error_only_when_it_is_a_bug() -> None:
    assert reason_of(StepFailed("the library is\nnot there")) == "the library is not there"
    refused = ValidationError("{file} cannot be read", file="a.xlsx")
    assert reason_of(refused) == "a.xlsx cannot be read"
    assert reason_of(KeyError("pillars")) == "KeyError: 'pillars'"
