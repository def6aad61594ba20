"""The shipped catalogues: every message translated, compiled, and in step with the code."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from jpoa_desktop.config import translations_dir

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "jpoa_desktop"
LANGUAGES = ("en", "ru")


def _catalogue(lang: str) -> ET.Element:
    return ET.parse(translations_dir() / f"jpoa_{lang}.ts").getroot()


def _messages(lang: str) -> Iterator[tuple[str, ET.Element]]:
    for context in _catalogue(lang).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _gui_sources() -> list[Path]:
    return sorted([*(PACKAGE / "ui").rglob("*.py"), PACKAGE / "app.py"])


def _error_templates() -> set[tuple[str, str]]:
    """(context, template) of every QT_TRANSLATE_NOOP in the package: the services' errors."""
    found: set[tuple[str, str]] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, template = (a.value for a in node.args if isinstance(a, ast.Constant))
                found.add((str(context), str(template)))
    return found


def _source_strings() -> set[tuple[str | None, str]]:
    """(context or None for self.tr, text) of every literal tr()/translate() call in the GUI."""
    found: set[tuple[str | None, str]] = set()
    for path in _gui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name == "tr" and args and isinstance(args[0], str):
                found.add((None, args[0]))
            elif name == "translate" and len(args) >= 2 and isinstance(args[1], str):
                found.add((str(args[0]), args[1]))
    return found | _error_templates()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_finished_and_not_empty(lang: str) -> None:
    problems = []
    for context, message in _messages(lang):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation.get("type") == "unfinished" or not all(_translations(message)):
            problems.append(f"{context}: {source}")
    assert problems == []


def test_russian_plurals_have_three_forms() -> None:
    plural = [m for _, m in _messages("ru") if m.get("numerus") == "yes"]
    assert plural
    assert all(len(_translations(m)) == 3 for m in plural)


def test_placeholders_survive_translation() -> None:
    for context, message in _messages("ru"):
        source = message.findtext("source", "")
        wanted = sorted(set(re.findall(r"\{\w+\}", source)))
        for translation in _translations(message):
            assert sorted(set(re.findall(r"\{\w+\}", translation))) == wanted, (context, source)


def test_the_services_error_messages_are_in_the_catalogue() -> None:
    catalogued = {(ctx, m.findtext("source", "")) for ctx, m in _messages("ru")}
    templates = _error_templates()
    assert len(templates) > 25
    assert sorted(templates - catalogued) == []


def test_every_string_in_the_code_is_in_the_russian_catalogue() -> None:
    catalogued = {(ctx, m.findtext("source", "")) for ctx, m in _messages("ru")}
    texts = {text for _, text in catalogued}
    missing = [
        (ctx, text)
        for ctx, text in _source_strings()
        if (ctx is None and text not in texts)
        or (ctx is not None and (ctx, text) not in catalogued)
    ]
    assert missing == []
    assert len(_source_strings()) > 50


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_is_not_older_than_its_source(lang: str) -> None:
    ts = translations_dir() / f"jpoa_{lang}.ts"
    qm = translations_dir() / f"jpoa_{lang}.qm"
    assert qm.exists()
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1


def test_compiled_russian_catalogue_translates_the_sidebar(qapp: object) -> None:
    translator = QTranslator()
    assert translator.load("jpoa_ru", str(translations_dir()))
    assert translator.translate("LibraryScreen", "Library") == "Библиотека"
    # The catalogue picks the plural form; tr() then puts the number in place of %n.
    assert translator.translate("MainWindow", "%n library item(s)", "", 5) == (
        "%n материалов библиотеки"
    )
    assert translator.translate("MainWindow", "%n library item(s)", "", 3) == (
        "%n материала библиотеки"
    )


def test_no_literal_text_is_translated_under_a_context_held_in_a_variable() -> None:
    """lupdate finds `translate("Context", "text")` only when both are literals: with the context
    in a variable the text never reaches the catalogue and shows in English in every language."""
    hidden = []
    for path in _gui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            context, text = node.args[0], node.args[1]
            if (
                name == "translate"
                and not isinstance(context, ast.Constant)
                and isinstance(text, ast.Constant)
            ):
                hidden.append(f"{path.name}:{node.lineno}")
    assert hidden == []
