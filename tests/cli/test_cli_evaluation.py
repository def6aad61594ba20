"""`jpoa evaluation create|import|scores`: the answer key as JSON, answers imported from a long
table and from the exported grid, a bad file refused with exit 2 and nothing written, and the
scores of known answers checked against a hand computation."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.cli.runner import as_json, jpoa
from tests.evaluation_rows import Classroom, add_test_questions, classroom

from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.evaluation.response_import import ResponseFileService
from jpoa_desktop.services.evaluation.responses import ResponseService


def _setup(tmp_path: Path) -> Classroom:
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        add_test_questions(db, 4)  # right answers A, B, C, D
        return classroom(db)
    finally:
        db.dispose()


def _stored(tmp_path: Path, form_id: int) -> dict[str, dict[int, str]]:
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        grid = ResponseService(db.session_scope).grid(form_id)
        return {row.code: row.answers for row in grid if row.answers}
    finally:
        db.dispose()


def _long(path: Path, rows: list[tuple[str, int, str]]) -> Path:
    path.write_text(
        "code,item,answer\n" + "".join(f"{c},{i},{a}\n" for c, i, a in rows), encoding="utf-8"
    )
    return path


def test_create_import_and_scores(tmp_path: Path) -> None:
    room = _setup(tmp_path)
    workshop = str(room.workshop_id)
    pre = as_json(jpoa("evaluation", "create", "--workshop", workshop, "--kind", "pre",
                       "--questions", "4", "--seed", "1", "--json", cwd=tmp_path))  # fmt: skip
    assert [item["number"] for item in pre["items"]] == [1, 2, 3, 4]
    assert sorted(item["correct"] for item in pre["items"]) == ["A", "B", "C", "D"]
    assert {item["kind"] for item in pre["items"]} == {"single"}
    post = as_json(jpoa("evaluation", "create", "--workshop", workshop, "--kind", "post",
                        "--shuffle", "--seed", "2", "--json", cwd=tmp_path))  # fmt: skip
    assert sorted(i["correct"] for i in post["items"]) == ["A", "B", "C", "D"]
    key_pre = {i["number"]: i["correct"] for i in pre["items"]}
    key_post = {i["number"]: i["correct"] for i in post["items"]}
    wrong = {"A": "B", "B": "C", "C": "D", "D": "A"}
    first, second = room.codes[0], room.codes[1]
    # first: 1 of 4 right before, 3 of 4 after; second: 2 of 4 before, all 4 after.
    pre_rows = [(first, n, key_pre[n] if n == 1 else wrong[key_pre[n]]) for n in key_pre]
    pre_rows += [(second, n, key_pre[n] if n <= 2 else wrong[key_pre[n]]) for n in key_pre]
    post_rows = [(first, n, key_post[n] if n <= 3 else "") for n in key_post]
    post_rows += [(second, n, key_post[n]) for n in key_post]
    for kind, rows in (("pre", pre_rows), ("post", post_rows)):
        source = _long(tmp_path / f"{kind}.csv", rows)
        result = as_json(jpoa("evaluation", "import", str(source), "--workshop", workshop,
                              "--kind", kind, "--json", cwd=tmp_path))  # fmt: skip
        assert (result["people"], result["written"], result["errors"]) == (2, True, [])
    scores = as_json(jpoa("evaluation", "scores", "--workshop", workshop, "--json", cwd=tmp_path))
    people = {p["code"]: p for p in scores["people"]}
    assert (people[first]["pre"], people[first]["post"]) == (0.25, 0.75)
    assert people[first]["gain"] == pytest.approx((0.75 - 0.25) / (1 - 0.25))
    assert people[second]["gain"] == pytest.approx(1.0)
    assert scores["mean_gain"] == pytest.approx((2 / 3 + 1.0) / 2)


def test_a_bad_file_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    room = _setup(tmp_path)
    workshop = str(room.workshop_id)
    form = as_json(jpoa("evaluation", "create", "--workshop", workshop, "--kind", "pre",
                        "--questions", "4", "--json", cwd=tmp_path))["form"]  # fmt: skip
    source = _long(tmp_path / "bad.csv", [(room.codes[0], 1, "A"), (room.codes[1], 2, "Z")])
    result = jpoa("evaluation", "import", str(source), "--workshop", workshop, "--kind", "pre",
                  "--json", cwd=tmp_path)  # fmt: skip
    assert result.returncode == 2
    assert '"row": 3' in result.stdout and "Item 2: “Z” is not an answer" in result.stdout
    assert _stored(tmp_path, form) == {}
    dry = jpoa("evaluation", "import", str(source), "--workshop", workshop, "--kind", "pre",
               "--skip-invalid", "--dry-run", cwd=tmp_path)  # fmt: skip
    assert dry.returncode == 0 and "would import the answers of 1 person" in dry.stdout
    assert _stored(tmp_path, form) == {}
    missing = jpoa("evaluation", "import", str(source), "--workshop", workshop,
                   "--kind", "post", cwd=tmp_path)  # fmt: skip
    assert missing.returncode == 2 and "has no post form" in missing.stderr


def test_the_exported_grid_imports_back(tmp_path: Path) -> None:
    room = _setup(tmp_path)
    workshop = str(room.workshop_id)
    form = as_json(jpoa("evaluation", "create", "--workshop", workshop, "--kind", "pre",
                        "--questions", "4", "--json", cwd=tmp_path))["form"]  # fmt: skip
    grid = tmp_path / "grid.csv"
    db = open_database(str(tmp_path / "w.sqlite"))
    try:
        ResponseFileService(db.session_scope).export_grid(form, grid)
    finally:
        db.dispose()
    lines = grid.read_text(encoding="utf-8-sig").splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith(room.codes[2]))
    lines[row] = lines[row].rstrip(",") + ",a,b,c,d"
    grid.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = as_json(jpoa("evaluation", "import", str(grid), "--workshop", workshop,
                          "--kind", "pre", "--json", cwd=tmp_path))  # fmt: skip
    assert (result["layout"], result["people"], result["answers"]) == ("grid", 1, 4)
    assert _stored(tmp_path, form) == {room.codes[2]: {1: "A", 2: "B", 3: "C", 4: "D"}}
