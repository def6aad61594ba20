"""`jpoa content …` and `jpoa search`: the JPoA library (pillars, areas, glossary), searched."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from jpoa_desktop.cli.commands import EXIT_OK, Commands, positive, print_json
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.services.container import Services
from jpoa_desktop.services.library.library import LibraryService
from jpoa_desktop.texts.text_folding import long_query_note, query_words


def _library(services: Services, args: argparse.Namespace) -> LibraryService:
    """The library, loaded first if this database has never been initialised."""
    library = services.library
    if not library.is_loaded():
        print("The library is empty; loading the built-in content first.", file=sys.stderr)
        services.content.load_builtin()
    lang = getattr(args, "lang", None)
    if lang is not None and lang not in library.languages():
        available = ", ".join(library.languages())
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The library has no texts in '{language}'; available: {available}."
            ),
            language=lang,
            available=available,
        )
    return library


def pillars(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    found = _library(services, args).pillars(args.lang)
    if args.json:
        print_json(
            [
                {
                    "number": p.number,
                    "title": p.title,
                    "areas": [{"code": a.code, "title": a.title} for a in p.areas],
                }
                for p in found
            ],
            out,
        )
        return EXIT_OK
    for pillar in found:
        print(f"{pillar.roman}. {pillar.title}", file=out)
        for area in pillar.areas:
            print(f"    {area.code:<6} {area.title}", file=out)
    return EXIT_OK


def glossary(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    entries = _library(services, args).glossary(args.lang, contains=args.filter or "")
    if args.json:
        print_json(
            [
                {
                    "key": e.key,
                    "term": e.terms.get(args.lang) or e.terms.get("en", ""),
                    "terms": e.terms,
                    "definition": e.definitions.get(args.lang) or e.definitions.get("en", ""),
                }
                for e in entries
            ],
            out,
        )
        return EXIT_OK
    for entry in entries:
        others = [t for lang, t in sorted(entry.terms.items()) if lang != args.lang]
        term = entry.terms.get(args.lang) or entry.terms.get("en", "")
        print(f"{term} — {' / '.join(others)}" if others else term, file=out)
    return EXIT_OK


def import_framework(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    _library(services, args)  # the pillars must exist before areas can hang under them
    report = services.content.import_framework(Path(args.file), replace=args.replace)
    if args.json:
        print_json({"items_written": report.items_written, "notes": list(report.notes)}, out)
    else:
        for note in report.notes:
            print(note, file=out)
    return EXIT_OK


def search(args: argparse.Namespace, services: Services, out: TextIO) -> int:
    _library(services, args)
    hits = services.search.search(args.query, args.lang, limit=args.limit)
    if note := long_query_note(args.query):
        print(note, file=sys.stderr)
    if args.json:
        print_json(
            [{"kind": h.kind, "id": h.id, "title": h.title, "snippet": h.snippet} for h in hits],
            out,
        )
        return EXIT_OK
    if not hits:
        print(f"No results for “{query_words(args.query).text}”.", file=out)
    for hit in hits:
        print(f"[{hit.kind}] {hit.title}\n    {hit.snippet}", file=out)
    return EXIT_OK


def _with_lang(command: argparse.ArgumentParser) -> argparse.ArgumentParser:
    command.add_argument("--lang", default="en", help="language code (default: en)")
    return command


def register(commands: Commands) -> None:
    content = commands.group("content", "read or extend the JPoA library")
    _with_lang(content.command("pillars", pillars, "the four pillars and their framework areas"))
    command = _with_lang(content.command("glossary", glossary, "the bilingual glossary"))
    command.add_argument("--filter", help="only terms containing this text")
    command = content.command(
        "import-framework", import_framework, "add framework areas from a file"
    )
    command.add_argument("file", help="a framework file (TOML, same format as the built-in one)")
    command.add_argument(
        "--replace", action="store_true", help="replace the framework's areas instead of adding"
    )

    command = commands.command("search", search, "search the whole library")
    command.add_argument("query")
    command.add_argument("--lang", default="en", help="language of titles and snippets")
    command.add_argument("--limit", type=positive, default=50, help="at most this many results")
