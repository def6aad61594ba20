"""Importing hostile lists: peak memory and time to refuse each bomb, against a real list.

Each bomb is a small file that would inflate to gigabytes if read naively: a cell in the last
column (XFD) on 20,000 rows, one cell of 200 MB (past the archive's limit for one part) and of
120 MB (within it), a sheet padded to 600 MB, a million rows, five
million shared strings, a CSV line of 40 million delimiters and a CSV of one 45 MB cell. Each
import runs in its own process (`ParticipantImportService.plan`, as the dialog and the CLI do)
under an address-space limit, so that a reader that does inflate the bomb fails there and not
on the machine; the child reports its own peak RSS. The baseline is the same process reading
a real 3-row list. Budget: every bomb refused, under 500 MB peak and within 10 seconds.

The action-plan import (`StrategyImportService.plan`, as its dialog and `jpoa strategy import`
do) gets its own bombs, against a real 3-measure plan in DOCX: a DOCX whose document.xml
inflates to 1 GB from about 1 MB, one of 40 MB of XML (120,000 table rows), one just within
the limit on a document's text (680,000 empty rows), tables whose merged cells (gridSpan,
vMerge) would spread over millions of grid cells, and an XLSX plan with a cell in column XFD
on 20,000 rows. Same budget.

Run: `python benchmarks/import_bombs.py [--only NAME] [--limit-mb 2048]`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from bench_table import Budget
from measuring import record

PEAK_BUDGET_MB = 500
TIME_BUDGET_S = 10.0
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CHILD = """
import json, resource, sys, time
from pathlib import Path
limit = int(sys.argv[3]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from jpoa_desktop.services.database import open_database
from jpoa_desktop.services.people.participant_import import ParticipantImportService
db = open_database(sys.argv[2])
started = time.perf_counter()
try:
    plan = ParticipantImportService(db.session_scope).plan(Path(sys.argv[1]))
    outcome = f"read: {len(plan.rows)} rows, {len(plan.problems)} problems"
except MemoryError:
    outcome = "ran out of the memory allowed"
except Exception as exc:
    outcome = f"{type(exc).__name__}: {exc}"
elapsed = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"outcome": outcome, "seconds": elapsed, "peak_mb": peak}))
"""

PLAN_CHILD = CHILD.replace(
    "from jpoa_desktop.services.people.participant_import import ParticipantImportService",
    "from jpoa_desktop.services.strategies.strategy_import import StrategyImportService",
).replace(
    "plan = ParticipantImportService(db.session_scope).plan(Path(sys.argv[1]))",
    "plan = StrategyImportService(db.session_scope).plan(Path(sys.argv[1]), 'ru')",
)
assert PLAN_CHILD.count("StrategyImportService") == 2
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PLAN_HEADERS = ("№", "Мероприятие", "Срок исполнения", "Исполнители")


def _workbook(path: Path, sheet: Callable[[zipfile.ZipFile], None], shared: str = "") -> Path:
    """A minimal XLSX whose sheet XML `sheet` writes into the archive."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        book.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        )
        book.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        book.writestr(
            "xl/workbook.xml",
            f'<workbook {NS} xmlns:r="{RELS}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>",
        )
        if shared:
            book.writestr("xl/sharedStrings.xml", shared)
        sheet(book)
    return path


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _rows(
    rows: int,
    extra: Callable[[int], str] = lambda _n: "",
    headers: tuple[str, str] = ("Фамилия", "Имя"),
    values: tuple[str, str] = ("Иванов", "Иван"),
) -> Callable[[zipfile.ZipFile], None]:
    """A sheet of a header and `rows` people (or measures), each row with `extra(n)` appended."""

    def write(book: zipfile.ZipFile) -> None:
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(f"<worksheet {NS}><sheetData>".encode())
            out.write(
                f'<row r="1">{_cell("A1", headers[0])}{_cell("B1", headers[1])}</row>'.encode()
            )
            batch = []
            for n in range(2, rows + 2):
                cells = _cell(f"A{n}", f"{values[0]}{n}") + _cell(f"B{n}", values[1]) + extra(n)
                batch.append(f'<row r="{n}">{cells}</row>')
                if len(batch) >= 10_000:
                    out.write("".join(batch).encode())
                    batch = []
            out.write(("".join(batch) + "</sheetData></worksheet>").encode())

    return write


def _huge_cell(megabytes: int) -> Callable[[zipfile.ZipFile], None]:
    def write(book: zipfile.ZipFile) -> None:
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(f'<worksheet {NS}><sheetData><row r="1">'.encode())
            out.write(f'{_cell("A1", "Фамилия")}{_cell("B1", "Имя")}</row><row r="2">'.encode())
            out.write(b'<c r="A2" t="inlineStr"><is><t>')
            for _ in range(megabytes):
                out.write(b"A" * (1024 * 1024))
            out.write(b"</t></is></c></row></sheetData></worksheet>")

    return write


def _padded(book: zipfile.ZipFile) -> None:
    with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
        out.write(f"<worksheet {NS}><sheetData>".encode())
        out.write(f'<row r="1">{_cell("A1", "Фамилия")}{_cell("B1", "Имя")}</row>'.encode())
        out.write(f'<row r="2">{_cell("A2", "Иванов")}{_cell("B2", "Иван")}</row>'.encode())
        for _ in range(600):
            out.write(b" " * (1024 * 1024))
        out.write(b"</sheetData></worksheet>")


def _shared_strings(count: int) -> str:
    return f'<sst {NS} count="{count}">' + "<si><t>x</t></si>" * count + "</sst>"


def build(folder: Path) -> dict[str, Path]:
    """The real list and the bombs, in `folder`."""
    files: dict[str, Path] = {}
    files["real list (baseline)"] = _workbook(folder / "real.xlsx", _rows(3))
    files["cell in column XFD on 20,000 rows"] = _workbook(
        folder / "wide.xlsx", _rows(20_000, lambda n: _cell(f"XFD{n}", "x"))
    )
    files["one cell of 200 MB"] = _workbook(folder / "cell.xlsx", _huge_cell(200))
    files["one cell of 120 MB"] = _workbook(folder / "cell120.xlsx", _huge_cell(120))
    files["sheet XML padded to 600 MB"] = _workbook(folder / "padded.xlsx", _padded)
    files["1,000,000 rows"] = _workbook(folder / "rows.xlsx", _rows(1_000_000))
    files["5,000,000 shared strings"] = _workbook(
        folder / "strings.xlsx", _rows(3), shared=_shared_strings(5_000_000)
    )
    wide = folder / "wide.csv"
    wide.write_bytes(b"\xd0\xa4\xd0\xb0\xd0\xbc;\xd0\x98\xd0\xbc\n" + b";" * 40_000_000 + b"\n")
    files["CSV line of 40 million delimiters"] = wide
    long = folder / "long.csv"
    long.write_bytes("Фамилия;Имя\nИванов;".encode() + b"A" * 45_000_000 + b"\n")
    files["CSV with one 45 MB cell"] = long
    return files


def _document(path: Path, body: Callable[[IO[bytes]], None]) -> Path:
    """A minimal DOCX whose document.xml body `body` streams into the archive."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as docx:
        docx.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        docx.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        with docx.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(f"<w:document {WNS}><w:body>".encode())
            out.write(_paragraph("План действий на 2026–2028 годы").encode())
            body(out)
            out.write(b"</w:body></w:document>")
    return path


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _tc(text: str, properties: str = "") -> str:
    return f"<w:tc>{properties}{_paragraph(text)}</w:tc>"


def _plan_table(rows: int, row: Callable[[int], str] | None = None) -> Callable[[IO[bytes]], None]:
    """A plan's table: the header and `rows` measures (or `row(n)` for each)."""

    def measure_row(n: int) -> str:
        cells = (str(n), f"Проведение тренинга по противодействию терроризму № {n}", "2027",
                 "Министерство внутренних дел")  # fmt: skip
        return "<w:tr>" + "".join(_tc(text) for text in cells) + "</w:tr>"

    def write(out: IO[bytes]) -> None:
        out.write(b"<w:tbl>")
        out.write(("<w:tr>" + "".join(_tc(h) for h in PLAN_HEADERS) + "</w:tr>").encode())
        batch = []
        for n in range(1, rows + 1):
            batch.append((row or measure_row)(n))
            if len(batch) >= 10_000:
                out.write("".join(batch).encode())
                batch = []
        out.write(("".join(batch) + "</w:tbl>").encode())

    return write


def _inflating(megabytes: int) -> Callable[[IO[bytes]], None]:
    """A real table, then `megabytes` of blank space: about 1 MB on disk per GB inflated."""

    def write(out: IO[bytes]) -> None:
        _plan_table(3)(out)
        for _ in range(megabytes):
            out.write(b" " * (1024 * 1024))

    return write


def _spread(n: int) -> str:
    """A row whose one cell is merged across 499 columns and down from the row above."""
    merged = '<w:tcPr><w:gridSpan w:val="499"/><w:vMerge/></w:tcPr>'
    return f"<w:tr>{_tc('', merged)}</w:tr>"


def _empty_row(n: int) -> str:
    """The smallest row Word accepts: one empty cell (35 bytes of XML)."""
    return "<w:tr><w:tc><w:p/></w:tc></w:tr>"


def _one_cell_across(n: int) -> str:
    """A row whose one cell claims to span two billion grid columns."""
    across = '<w:tcPr><w:gridSpan w:val="2000000000"/></w:tcPr>'
    return f"<w:tr>{_tc('x', across)}</w:tr>"


def build_plans(folder: Path) -> dict[str, Path]:
    """The real action plan and the action-plan bombs, in `folder`."""
    files: dict[str, Path] = {}
    files["real action plan (baseline)"] = _document(folder / "plan.docx", _plan_table(3))
    files["DOCX: document.xml of 1 GB"] = _document(folder / "inflating.docx", _inflating(1024))
    files["DOCX: 40 MB of XML, 120,000 rows"] = _document(
        folder / "long.docx", _plan_table(120_000)
    )
    files["DOCX: 23 MB of XML, 680,000 empty rows"] = _document(
        folder / "rows.docx", _plan_table(680_000, _empty_row)
    )
    files["DOCX: merges over 25,000,000 cells"] = _document(
        folder / "merged.docx", _plan_table(50_000, _spread)
    )
    files["DOCX: one cell across 2e9 columns"] = _document(
        folder / "across.docx", _plan_table(1, _one_cell_across)
    )
    files["XLSX plan: cell in XFD on 20,000 rows"] = _workbook(
        folder / "wide-plan.xlsx",
        _rows(
            20_000, lambda n: _cell(f"XFD{n}", "x"), ("Мероприятие", "Срок"), ("Тренинг ", "2027")
        ),
    )
    return files


def measure(
    path: Path, folder: Path, limit_mb: int, timeout: int = 120, child: str = CHILD
) -> dict[str, object]:
    database = folder / f"{path.stem}.sqlite"
    try:
        result = subprocess.run(
            [sys.executable, "-c", child, str(path), str(database), str(limit_mb)],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"outcome": f"still reading after {timeout} s", "seconds": timeout, "peak_mb": 0}
    lines = result.stdout.strip().splitlines()
    if result.returncode or not lines:
        return {"outcome": f"crashed: {result.stderr.strip()[-200:]}", "seconds": 0, "peak_mb": 0}
    report: dict[str, object] = json.loads(lines[-1])
    return report


def _measure_group(
    what: str, files: dict[str, Path], child: str, folder: Path, args: argparse.Namespace
) -> bool:
    """Print one line per file of the group (its baseline first) and the group's rows: the worst
    peak and time against the baseline's, and the bombs not refused; True if all are in budget."""
    base_name, base_path = next(iter(files.items()))
    if args.only and not any(args.only in name for name in files):
        return True
    baseline = measure(base_path, folder, args.limit_mb, child=child)
    base_mb = float(str(baseline["peak_mb"]))
    bombs: dict[str, tuple[float, float]] = {}  # name: (peak MB, seconds)
    let_through = []
    for name, path in files.items():
        if args.only and args.only not in name and path != base_path:
            continue
        report = (
            baseline if name == base_name else measure(path, folder, args.limit_mb, child=child)
        )
        peak, seconds = float(str(report["peak_mb"])), float(str(report["seconds"]))
        outcome = str(report["outcome"])
        size = path.stat().st_size / 1024
        print(
            f"{name:36} {size:7.0f} KB {peak:6.0f} MB {peak / base_mb:6.2f}× "
            f"{seconds:6.2f}s  {outcome[:110]}"
        )
        if name != base_name:
            bombs[name] = (peak, seconds)
            if not outcome.startswith("ValidationError"):
                let_through.append(name)
    if not bombs:
        return True
    heaviest = max(bombs, key=lambda name: bombs[name][0])
    slowest = max(bombs, key=lambda name: bombs[name][1])
    within = record(f"{what}: worst peak RSS of a bomb ({heaviest})", bombs[heaviest][0], "MB",
                    baseline=base_mb, budget=Budget.below(PEAK_BUDGET_MB))  # fmt: skip
    within &= record(f"{what}: slowest refusal ({slowest})", bombs[slowest][1], "s",
                     baseline=float(str(baseline["seconds"])),
                     budget=Budget.below(TIME_BUDGET_S))  # fmt: skip
    within &= record(f"{what}: bombs not refused, of {len(bombs)}", len(let_through),
                     budget=Budget.at_most(0), note=", ".join(let_through))  # fmt: skip
    return within


def main() -> int:
    parser = argparse.ArgumentParser(description="peak memory and time to refuse each bomb")
    parser.add_argument("--only", help="measure only the bombs whose name holds this text")
    parser.add_argument("--limit-mb", type=int, default=2048, help="a child's address space")
    args = parser.parse_args()
    within = True
    with tempfile.TemporaryDirectory(prefix="jpoa-bombs-") as scratch:
        folder = Path(scratch)
        started = time.perf_counter()
        groups = [
            ("participant lists", build(folder), CHILD),
            ("action plans", build_plans(folder), PLAN_CHILD),
        ]
        count = sum(len(files) for _what, files, _child in groups)
        print(f"built {count} files in {time.perf_counter() - started:.1f} s")
        print(f"{'file':36} {'on disk':>9} {'peak RSS':>9} {'× base':>7} {'time':>7}  outcome")
        for what, files, child in groups:
            within = _measure_group(what, files, child, folder, args) and within
    print(
        f"budget: every bomb refused (ValidationError), < {PEAK_BUDGET_MB} MB, "
        f"< {TIME_BUDGET_S:.0f} s"
    )
    print("within budget" if within else "OVER BUDGET")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
