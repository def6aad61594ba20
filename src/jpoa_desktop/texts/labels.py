"""Handout labels in the seven handout languages, from one catalogue readable without Qt.

Handouts are built by services, which never import Qt, so their labels cannot go through Qt's
translations: they live in `resources/handouts/labels.toml`. A label missing in a national
language is printed in Russian, then English (`languages.fallback_chain`), never blank, and
reported with the language it came out in, so the preview and the build log say what a
translator still has to add.
"""

from __future__ import annotations

import logging
import tomllib
from functools import cache

from jpoa_desktop.config import resources_dir
from jpoa_desktop.model.languages import HANDOUT_LANGUAGES, LAST_RESORT, Fallback, first_available

__all__ = ["FALLBACK", "HANDOUT_LANGUAGES", "Labels", "catalogue", "in_all", "missing_in"]

FALLBACK = LAST_RESORT
log = logging.getLogger(__name__)


@cache
def catalogue() -> dict[str, dict[str, str]]:
    with (resources_dir() / "handouts" / "labels.toml").open("rb") as handle:
        return tomllib.load(handle)


class Labels:
    """The labels of one language; `missing` lists the keys printed in another language, each
    a `Fallback` that says which one."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.missing: list[str] = []

    def __call__(self, key: str, **values: object) -> str:
        entry = catalogue()[key]  # an unknown key is a bug: KeyError
        printed = first_available(entry, self.language) or next(iter(entry))
        if printed != self.language and key not in self.missing:
            self.missing.append(Fallback(key, self.language, printed))
            log.warning(
                "handout label %r has no %s text; printed in %s", key, self.language, printed
            )
        text = entry[printed]
        return text.format(**values) if values else text


def in_all(labels: list[Labels], key: str, **values: object) -> str:
    """The label in each of the handout's languages, `Время / Time`; once when they agree."""
    return " / ".join(dict.fromkeys(label(key, **values) for label in labels))


def missing_in(labels: list[Labels]) -> list[str]:
    """The keys any of `labels` printed in another language, for the build's report."""
    return sorted({key for label in labels for key in label.missing})
