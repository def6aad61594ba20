"""`jpoa certificate rule`, `jpoa certificate register` and `jpoa handout certificates
--per-person`: the rule is shown and set (a wrong one refused with nothing written), printing
follows it and enters the register, which exports to XLSX."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pypdf import PdfReader
from tests.cli.runner import as_json, jpoa
from tests.scored_forms import post_tested

from jpoa_desktop.services.database import open_database

# Post-test of five (right answers A B C D A): 100 %, 60 %, 100 %, 40 %, not taken.
POST = ("ABCDA", "ABCAB", "ABCDA", "ABBBB", None)


def _office(tmp_path: Path) -> int:
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        room = post_tested(db, POST)
    finally:
        db.dispose()
    return room.workshop_id


def test_the_rule_is_shown_set_and_a_wrong_one_refused(tmp_path: Path) -> None:
    workshop = str(_office(tmp_path))
    shown = as_json(jpoa("certificate", "rule", workshop, "--json", cwd=tmp_path))
    assert shown == {"min_attendance": 0.8, "min_post_score": None, "wording": "participation"}

    refused = jpoa("certificate", "rule", workshop, "--wording", "completion", cwd=tmp_path)
    assert refused.returncode == 2
    assert "completion needs a minimum post-test score" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert as_json(jpoa("certificate", "rule", workshop, "--json", cwd=tmp_path)) == shown

    bad = jpoa("certificate", "rule", workshop, "--min-score", "sixty", cwd=tmp_path)
    assert bad.returncode == 2 and "not a percentage" in bad.stderr

    set_rule = jpoa(
        "certificate", "rule", workshop, "--min-score", "60", "--wording", "completion",
        cwd=tmp_path,
    )  # fmt: skip
    assert set_rule.returncode == 0, set_rule.stderr
    assert set_rule.stdout.strip() == ("attendance 80%, post-test 60%, certificate of completion")


def test_printing_follows_the_rule_and_fills_the_register(tmp_path: Path) -> None:
    workshop = str(_office(tmp_path))
    jpoa("certificate", "rule", workshop, "--min-score", "60", "--wording", "completion",
         cwd=tmp_path)  # fmt: skip
    printed = as_json(
        jpoa("handout", "certificates", "--workshop", workshop, "--lang", "en",
             "--out", "c.pdf", "--json", cwd=tmp_path)
    )  # fmt: skip
    reasons = sorted(person["reason"] for person in printed["left_out"])
    assert reasons == ["no post-test", "post-test 40%, the rule asks for 60%"]
    pages = PdfReader(tmp_path / "c.pdf").pages
    assert len(pages) == 3
    assert "Certificate of completion" in " ".join(pages[0].extract_text().split())

    lines = as_json(jpoa("certificate", "register", "--json", cwd=tmp_path))["certificates"]
    assert len(lines) == 3
    assert {line["wording"] for line in lines} == {"completion"}
    assert {line["workshop_title"] for line in lines} == {"Border management"}

    wrong = jpoa("certificate", "register", "--out", "register.csv", cwd=tmp_path)
    assert wrong.returncode == 2 and not (tmp_path / "register.csv").exists()
    done = jpoa("certificate", "register", "--workshop", workshop, "--out", "r.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = list(openpyxl.load_workbook(tmp_path / "r.xlsx").active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == sorted(line["number"] for line in lines)


def test_one_pdf_per_person_from_the_command(tmp_path: Path) -> None:
    workshop = str(_office(tmp_path))
    result = as_json(
        jpoa("handout", "certificates", "--workshop", workshop, "--lang", "ru",
             "--per-person", "mail", "--json", cwd=tmp_path)
    )  # fmt: skip
    files = sorted(Path(name).name for name in result["files"])
    assert len(files) == 5  # the default rule: attendance only, everyone came
    assert sorted(p.name for p in (tmp_path / "mail").iterdir()) == files
    assert any(name.endswith(" Juraev Farhod.pdf") for name in files)
    assert (
        len(as_json(jpoa("certificate", "register", "--json", cwd=tmp_path))["certificates"]) == 5
    )

    both = jpoa("handout", "badges", "--workshop", workshop, "--per-person", "x", cwd=tmp_path)
    assert both.returncode == 2 and not (tmp_path / "x").exists()
    neither = jpoa("handout", "certificates", "--workshop", workshop, cwd=tmp_path)
    assert neither.returncode == 2 and "--out" in neither.stderr
