"""The `jpoa` command as a user runs it: a real process, real files, exit codes and JSON shapes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from jpoa_desktop import __version__
from jpoa_desktop.services.database import open_database


def jpoa(
    *args: str, cwd: Path, database_url: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("JPOA_DATABASE_URL", None)
    if database_url is not None:
        env["JPOA_DATABASE_URL"] = database_url
    return subprocess.run(
        [sys.executable, "-m", "jpoa_desktop.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_version(tmp_path: Path) -> None:
    result = jpoa("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"jpoa {__version__}"


def test_init_twice_then_pillars_as_json(tmp_path: Path) -> None:
    first = jpoa("--db", "x.sqlite", "init", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Library loaded" in first.stdout
    second = jpoa("--db", "x.sqlite", "init", cwd=tmp_path)
    assert "nothing changed" in second.stdout
    pillars = as_json(jpoa("--db", "x.sqlite", "content", "pillars", "--json", cwd=tmp_path))
    assert [p["number"] for p in pillars] == [1, 2, 3, 4]
    for pillar in pillars:
        assert pillar["title"]
        assert len(pillar["areas"]) >= 6
        assert all(set(a) == {"code", "title"} and a["title"] for a in pillar["areas"])
    russian = as_json(
        jpoa("--db", "x.sqlite", "content", "pillars", "--lang", "ru", "--json", cwd=tmp_path)
    )
    assert russian[0]["title"].startswith("Меры")


def test_search_in_both_scripts_returns_ranked_json(tmp_path: Path) -> None:
    jpoa("--db", "x.sqlite", "init", cwd=tmp_path)
    for query in ["террор", "foreign terrorist fighters"]:
        hits = as_json(jpoa("--db", "x.sqlite", "search", query, "--json", cwd=tmp_path))
        assert hits, query
        assert all(set(h) == {"kind", "id", "title", "snippet"} for h in hits)
    top = as_json(
        jpoa("--db", "x.sqlite", "search", "foreign terrorist fighters", "--json", cwd=tmp_path)
    )[:2]
    # The glossary term is the query but for its plural, so it comes before the framework area.
    assert [h["title"][:4] for h in top] == ["Fore", "II.4"]


def test_search_loads_the_library_on_first_use(tmp_path: Path) -> None:
    open_database(str(tmp_path / "new.sqlite")).dispose()  # a database without its library
    hits = as_json(
        jpoa("--db", "new.sqlite", "search", "террор", "--lang", "ru", "--json", cwd=tmp_path)
    )
    assert len(hits) > 5


def test_glossary_as_json_has_both_languages(tmp_path: Path) -> None:
    jpoa("--db", "x.sqlite", "init", cwd=tmp_path)
    entries = as_json(
        jpoa("--db", "x.sqlite", "content", "glossary", "--lang", "ru", "--json", cwd=tmp_path)
    )
    assert len(entries) >= 60
    assert all(
        e["terms"]["en"] and e["terms"]["ru"] and e["term"] == e["terms"]["ru"] for e in entries
    )


def test_a_renamed_pdf_exits_2_with_one_line_and_stays_unchanged(tmp_path: Path) -> None:
    pdf = tmp_path / "report.sqlite"
    content = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
    pdf.write_bytes(content)
    for command in (["init"], ["content", "pillars", "--json"], ["search", "terror"]):
        result = jpoa("--db", str(pdf), *command, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert "not an SQLite file" in result.stderr
        assert "Traceback" not in result.stderr
    assert pdf.read_bytes() == content


def test_a_future_database_exits_2_and_stays_unchanged(tmp_path: Path) -> None:
    import sqlite3

    jpoa("--db", "f.sqlite", "init", cwd=tmp_path)
    path = tmp_path / "f.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999_future'")
    conn.close()
    before = path.read_bytes()
    result = jpoa("--db", "f.sqlite", "check", cwd=tmp_path)
    assert result.returncode == 2
    assert "newer version" in result.stderr
    assert path.read_bytes() == before


def test_check_passes_on_a_fresh_database(tmp_path: Path) -> None:
    jpoa("--db", "x.sqlite", "init", cwd=tmp_path)
    result = jpoa("--db", "x.sqlite", "check", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("OK")
    report = as_json(jpoa("--db", "x.sqlite", "check", "--json", cwd=tmp_path))
    assert report["problems"] == [] and report["revision"] == report["head"]


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    assert jpoa("content", "nonsense", cwd=tmp_path).returncode == 2
    assert jpoa("--db", "x.sqlite", "search", "x", "--limit", "0", cwd=tmp_path).returncode == 2
    jpoa("--db", "x.sqlite", "init", cwd=tmp_path)
    unknown = jpoa("--db", "x.sqlite", "content", "pillars", "--lang", "xx", cwd=tmp_path)
    assert unknown.returncode == 2 and "available: en, ru" in unknown.stderr


def test_import_framework_from_the_command_line(tmp_path: Path) -> None:
    good = tmp_path / "areas.toml"
    good.write_text(
        '[meta]\npack = "n"\nversion = 1\n[[item]]\nkey = "area-x"\nkind = "area"\npillar = 1\n'
        'code = "I.40"\n[item.title]\nen = "Sports and youth clubs"\nru = "Спортивные клубы"\n',
        encoding="utf-8",
    )
    jpoa("--db", "x.sqlite", "init", cwd=tmp_path)
    assert (
        jpoa("--db", "x.sqlite", "content", "import-framework", str(good), cwd=tmp_path).returncode
        == 0
    )
    pillars = as_json(jpoa("--db", "x.sqlite", "content", "pillars", "--json", cwd=tmp_path))
    assert pillars[0]["areas"][-1] == {"code": "I.40", "title": "Sports and youth clubs"}
    bad = tmp_path / "bad.toml"
    bad.write_text("[meta\n", encoding="utf-8")
    result = jpoa("--db", "x.sqlite", "content", "import-framework", str(bad), cwd=tmp_path)
    assert result.returncode == 2 and "bad.toml" in result.stderr
    again = as_json(jpoa("--db", "x.sqlite", "content", "pillars", "--json", cwd=tmp_path))
    assert again == pillars


def test_database_url_from_the_environment(tmp_path: Path) -> None:
    env_db = tmp_path / "env.sqlite"
    result = jpoa("init", cwd=tmp_path, database_url=f"sqlite:///{env_db}")
    assert result.returncode == 0, result.stderr
    assert env_db.exists()
