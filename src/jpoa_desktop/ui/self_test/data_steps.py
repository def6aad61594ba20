"""The self-test's first steps: a fresh database migrated, the library loaded and searched.

They go through the same entry points as the app and `jpoa` (`open_database`, the `Services`
container, `jpoa check`'s `check_database`), so a migration, a content file or a search index
missing from a bundle fails here, named, rather than in a trainer's first workshop.
"""

from __future__ import annotations

from jpoa_desktop.ui.self_test.trial import Trial, expect

# (query, reader's language, the script the first hit's title must be in): Cyrillic typed,
# Latin typed, and the Latin spelling of a Russian word, which must find the Russian titles.
SEARCHES = (
    ("терроризм", "ru", "Cyrillic"),
    ("terrorism", "en", "Latin"),
    ("ekstremizm", "ru", "Cyrillic"),
)


def open_fresh_database(trial: Trial) -> None:
    """Create the database file and migrate it to the newest schema, as at a first start."""
    from jpoa_desktop.services.container import Services
    from jpoa_desktop.services.database import check_database, open_database

    expect(not trial.database_file.exists(), f"{trial.database_file} exists already")
    trial.services = Services(open_database(str(trial.database_file)))
    report = check_database(trial.services.db)
    expect(report.revision == report.head, f"schema at {report.revision}, expected {report.head}")
    expect(report.ok, "; ".join(report.problems))


def load_library(trial: Trial) -> None:
    """Load the built-in library, as the window does in a new database."""
    services = trial.open_services()
    report = services.content.load_builtin()
    expect(report.items_written > 0, "the built-in library wrote no item")
    expect(services.library.is_loaded(), "the library is not there after loading it")
    expect(bool(services.library.pillars("ru")), "the library has no pillar in Russian")


def search_both_scripts(trial: Trial) -> None:
    """Each query finds library items, the first one titled in the expected script."""
    from jpoa_desktop.services.indexes.word_forms import is_cyrillic

    search = trial.open_services().search
    for query, language, script in SEARCHES:
        hits = search.search(query, language)
        expect(bool(hits), f"searching {query!r} found nothing")
        title = hits[0].title
        expect(
            is_cyrillic(title) == (script == "Cyrillic"),
            f"searching {query!r} first found {title!r}, not a title in {script} letters",
        )
