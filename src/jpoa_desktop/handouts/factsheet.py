"""The factsheet: what the JPoA is, and one pillar with its thematic areas, from the library.

Library texts are paragraphs separated by blank lines, with "- " starting a bulleted line; the
factsheet keeps that shape. It fits on one or two pages. The library has fewer languages than
the handouts: a text printed in another language than the factsheet's comes with its
`Fallback` in `fallbacks`, and the build reports it beside the labels that fell back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
)

from jpoa_desktop.handouts.common.images import BrandImage, ImagePainter, logo_story
from jpoa_desktop.handouts.common.page import PageOptions, styles, write_story
from jpoa_desktop.handouts.common.printable import PrintNotices
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.texts.fonts import check_texts
from jpoa_desktop.texts.labels import Labels


@dataclass(frozen=True)
class FactsheetData:
    language: str
    title: str  # the library article's title
    intro: str  # its body
    pillar: str  # "II. Preventing and combating terrorism"
    pillar_body: str
    areas: tuple[str, ...]  # "II.1 Border security and management", …
    logos: tuple[BrandImage, ...] = ()  # a workshop's organisers', when printed for one
    fallbacks: tuple[str, ...] = ()  # the texts above not in `language` (`Fallback`s)

    def texts(self) -> Iterator[str]:
        yield from (self.title, self.intro, self.pillar, self.pillar_body, *self.areas)


def blocks(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Paragraphs, and bulleted lists where lines start with "- "."""
    out: list[Flowable] = []
    for block in text.strip().split("\n\n"):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        bullets = [line[2:] for line in lines if line.startswith("- ")]
        plain = " ".join(line for line in lines if not line.startswith("- "))
        if plain:
            out.append(Paragraph(escape(plain), style))
        if bullets:
            out.append(_bullets(bullets, style))
        out.append(Spacer(1, 2 * mm))
    return out


def _bullets(lines: list[str], style: ParagraphStyle) -> ListFlowable:
    items: list[Any] = [  # ListItem wraps a flowable; the stubs do not call it one
        ListItem(Paragraph(escape(line), style), leftIndent=10) for line in lines
    ]
    return ListFlowable(
        items,
        bulletType="bullet",
        bulletFontName=style.fontName,
        leftIndent=10,
    )


def build(
    data: FactsheetData,
    options: PageOptions,
    out: Path,
    progress: Progress = no_progress,
    cancelled: CancelCheck = never_cancelled,
    notices: PrintNotices | None = None,
) -> list[str]:
    """Write the factsheet to `out`; return the labels and library texts printed in another
    language. Library texts are the trainers' own: a letter the fonts lack stops the build
    (`check_texts`) rather than being noted in `notices`."""
    check_texts(data.texts())
    labels = [Labels(data.language)]
    look = styles(options.accent)
    body = ParagraphStyle("factsheet", parent=look["body"], fontSize=10, leading=13.5)
    progress(0, 1)
    story: list[Flowable] = [
        *logo_story(data.logos, ImagePainter()),
        Paragraph(escape(labels[0]("factsheet")), look["small"]),
        Paragraph(escape(data.title), look["title"]),
        Spacer(1, 3 * mm),
        *blocks(data.intro, body),
        Paragraph(escape(data.pillar), look["heading"]),
        *blocks(data.pillar_body, body),
        KeepTogether(  # the areas' heading never stays behind on a page of its own
            [
                Paragraph(escape(labels[0]("thematic_areas")), look["heading"]),
                _bullets(list(data.areas), body),
            ]
        ),
    ]
    progress(1, 1)
    english_labels = write_story(out, story, options, data.title, labels)
    return sorted(dict.fromkeys([*english_labels, *data.fallbacks]))
