"""HTML pages for the reading pane, built from the services' plain views.

Everything taken from the database is escaped here; links use the `item:<id>` scheme, which the
reading pane turns into navigation instead of letting the browser follow them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from jpoa_desktop.model.library import (
    AREA,
    ARTICLE,
    PARTNER,
    PHASE,
    PILLAR,
    RESOLUTION,
    TERM,
    ItemSummary,
    ItemView,
    PillarView,
    SectionView,
)
from jpoa_desktop.texts.formatting import long_date

translate = QCoreApplication.translate
ITEM_SCHEME = "item"

STYLE_SHEET = """
h1 { font-size: 17pt; font-weight: 600; margin-top: 2px; margin-bottom: 6px; }
h2 { font-size: 13.5pt; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 11.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 9px; line-height: 135%; }
li { margin-bottom: 4px; line-height: 130%; }
a { color: #1b5fae; text-decoration: none; }
.kicker { color: #6a7582; font-size: 9.5pt; font-weight: 600; margin-bottom: 2px; }
.subtitle { color: #3d4854; font-size: 12.5pt; margin-bottom: 8px; }
.meta { color: #5b6673; margin-bottom: 12px; }
.muted { color: #6a7582; }
"""
NOTE_BACKGROUND = "#fff4cf"
NOTE_BORDER = "#e2c766"


def kind_label(kind: str) -> str:
    """The name of a kind of library item, as the results list and page headers show it."""
    labels = {
        PILLAR: translate("LibraryKinds", "Pillar"),
        AREA: translate("LibraryKinds", "Thematic area"),
        ARTICLE: translate("LibraryKinds", "Article"),
        PHASE: translate("LibraryKinds", "Project phase"),
        PARTNER: translate("LibraryKinds", "Partner"),
        RESOLUTION: translate("LibraryKinds", "Resolution"),
        TERM: translate("LibraryKinds", "Glossary term"),
    }
    return labels.get(kind, kind)


def language_name(code: str) -> str:
    names = {
        "en": translate("ReadingPane", "English"),
        "ru": translate("ReadingPane", "Russian"),
    }
    return names.get(code, code)


def item_link(item_id: int) -> str:
    return f"{ITEM_SCHEME}:{item_id}"


def body_html(text: str) -> str:
    """Paragraphs separated by blank lines; lines starting with "- " become a bulleted list."""
    parts: list[str] = []
    for block in text.strip().split("\n\n"):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        prose: list[str] = []
        bullets: list[str] = []
        for line in lines:
            if line.startswith("- "):
                bullets.append(f"<li>{escape(line[2:].strip())}</li>")
            else:
                if bullets:
                    parts.append(_paragraph(prose) + f"<ul>{''.join(bullets)}</ul>")
                    prose, bullets = [], []
                prose.append(line)
        parts.append(_paragraph(prose) + (f"<ul>{''.join(bullets)}</ul>" if bullets else ""))
    return "".join(parts)


def _paragraph(lines: list[str]) -> str:
    return f"<p>{escape(' '.join(lines))}</p>" if lines else ""


def note_html(text: str) -> str:
    """A highlighted box, used for the framework's "not official JPoA text" label."""
    return (
        f'<table width="100%" cellpadding="10" cellspacing="0" bgcolor="{NOTE_BACKGROUND}" '
        f'style="border: 1px solid {NOTE_BORDER}; margin-top: 4px; margin-bottom: 14px;">'
        f"<tr><td>{escape(text)}</td></tr></table>"
    )


def _header(kicker: str, title: str, subtitle: str = "", meta: Iterable[str] = ()) -> str:
    html = f'<p class="kicker">{escape(kicker)}</p>' if kicker else ""
    html += f"<h1>{escape(title)}</h1>"
    if subtitle:
        html += f'<p class="subtitle">{escape(subtitle)}</p>'
    meta_parts = [escape(m) for m in meta if m]
    if meta_parts:
        html += f'<p class="meta">{" &nbsp;·&nbsp; ".join(meta_parts)}</p>'
    return html


def _links(items: Iterable[ItemSummary]) -> str:
    rows = []
    for item in items:
        line = f'<a href="{item_link(item.id)}">{escape(item.title)}</a>'
        if item.subtitle:
            line += f'<br/><span class="muted">{escape(item.subtitle)}</span>'
        rows.append(f"<li>{line}</li>")
    return f"<ul>{''.join(rows)}</ul>" if rows else ""


def format_date(iso: str, lang: str) -> str:
    try:
        return long_date(date.fromisoformat(iso), lang)
    except ValueError:
        return iso


def item_page(
    item: ItemView, lang: str, framework_label: str, term_names: dict[str, str] | None = None
) -> str:
    """The page for one item opened from the navigation, a link or a search result.

    `term_names` (language code -> term) lets a glossary term show its name in every language.
    """
    texts, meta = item.texts, item.meta
    body = body_html(texts.get("body", ""))
    if item.kind == PILLAR:
        kicker = translate("ReadingPane", "Pillar {number} of the Global Strategy").format(
            number=meta.get("roman", "")
        )
        html = _header(kicker, item.title, texts.get("short", "")) + body
        if item.children:
            html += "<h2>{}</h2>".format(
                escape(translate("ReadingPane", "Thematic areas of the working framework"))
            )
            html += _links(item.children) + f'<p class="muted">{escape(framework_label)}</p>'
        return html
    if item.kind == AREA:
        kicker = translate("ReadingPane", "Working framework · Pillar {number}").format(
            number=str(meta.get("code", "")).split(".")[0]
        )
        return _header(kicker, item.title) + note_html(framework_label) + body
    if item.kind == RESOLUTION:
        adopted = str(meta.get("adopted", ""))
        meta_lines = [
            str(meta.get("symbol", "")),
            translate("ReadingPane", "Adopted {date}").format(date=format_date(adopted, lang))
            if adopted
            else "",
        ]
        return (
            _header(kind_label(item.kind), item.title, texts.get("subject", ""), meta_lines) + body
        )
    if item.kind == PHASE:
        funders = texts.get("funders", "")
        funded = translate("ReadingPane", "Funded by: {funders}").format(funders=funders)
        return _header(kind_label(item.kind), item.title, "", [funded if funders else ""]) + body
    if item.kind == PARTNER:
        return _header(kind_label(item.kind), item.title, texts.get("full_name", "")) + body
    if item.kind == TERM:
        names = [
            f"{language_name(code)}: {name}" for code, name in sorted((term_names or {}).items())
        ]
        return _header(kind_label(item.kind), item.title, "", names) + body
    return _header("", item.title) + body


def framework_pillar_page(pillar: PillarView, framework_label: str) -> str:
    """A pillar as the working framework sees it: the label, then every area with its text."""
    kicker = translate("ReadingPane", "Working framework · Pillar {number}").format(
        number=pillar.roman
    )
    html = _header(kicker, pillar.title, pillar.short) + note_html(framework_label)
    for area in pillar.areas:
        html += (
            f'<h3><a href="{item_link(area.id)}">{escape(area.code)}</a> '
            f"{escape(area.title)}</h3>{body_html(area.body)}"
        )
    return html


def section_page(section: SectionView) -> str:
    """A section's contents: its label (if any) and links to its items."""
    html = _header(translate("ReadingPane", "Library section"), section.title)
    if section.label:
        html += note_html(section.label)
    return html + _links(section.items)


def message_page(title: str, text: str) -> str:
    return f'<h1>{escape(title)}</h1><p class="muted">{escape(text)}</p>'
