"""Handout labels in the seven handout languages, from one catalogue readable without Qt.

Handouts are built by services, which never import Qt, so their labels cannot go through Qt's
translations: they live in `resources/handouts/labels.toml`. A label missing in a language is
printed in English (visibly wrong, never blank) and logged, so the build log lists what a
translator still has to add.
"""

from __future__ import annotations

import logging
import tomllib
from functools import cache

from jpoa_desktop.config import resources_dir

HANDOUT_LANGUAGES = ("en", "ru", "kk", "ky", "tg", "uz", "tk")
FALLBACK = "en"
log = logging.getLogger(__name__)


@cache
def catalogue() -> dict[str, dict[str, str]]:
    with (resources_dir() / "handouts" / "labels.toml").open("rb") as handle:
        return tomllib.load(handle)


class Labels:
    """The labels of one language; `missing` lists the keys that fell back to English."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.missing: list[str] = []

    def __call__(self, key: str, **values: object) -> str:
        entry = catalogue()[key]  # an unknown key is a bug: KeyError
        text = entry.get(self.language)
        if text is None:
            text = entry[FALLBACK]
            if key not in self.missing:
                self.missing.append(key)
                log.warning(
                    "handout label %r has no %s text; printed in English", key, self.language
                )
        return text.format(**values) if values else text


def in_all(labels: list[Labels], key: str, **values: object) -> str:
    """The label in each of the handout's languages, `Время / Time`; once when they agree."""
    return " / ".join(dict.fromkeys(label(key, **values) for label in labels))


def missing_in(labels: list[Labels]) -> list[str]:
    """The keys any of `labels` printed in English, for the build's report."""
    return sorted({key for label in labels for key in label.missing})
