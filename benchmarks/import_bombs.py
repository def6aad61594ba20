"""Importing hostile lists: peak memory and time to refuse each bomb, against a real list.

Each bomb is a small file that would inflate to gigabytes if read naively: a cell in the last
column (XFD) on 20,000 rows, one cell of 200 MB (past the archive's limit for one part) and of
120 MB (within it), a sheet padded to 600 MB, a million rows, five
million shared strings, a CSV line of 40 million delimiters and a CSV of one 45 MB cell. Each
import runs in its own process (`ParticipantImportService.plan`, as the dialog and the CLI do)
under an address-space limit, so that a reader that does inflate the bomb fails there and not
on the machine; the child reports its own peak RSS. The baseline is the same process reading
a real 3-row list. Budget: every bomb refused, under 500 MB peak and within 10 seconds.

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
from jpoa_desktop.services.participant_import import ParticipantImportService
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
    rows: int, extra: Callable[[int], str] = lambda _n: ""
) -> Callable[[zipfile.ZipFile], None]:
    """A sheet of a header and `rows` people, each row with `extra(n)` appended."""

    def write(book: zipfile.ZipFile) -> None:
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            out.write(f"<worksheet {NS}><sheetData>".encode())
            out.write(f'<row r="1">{_cell("A1", "Фамилия")}{_cell("B1", "Имя")}</row>'.encode())
            batch = []
            for n in range(2, rows + 2):
                cells = _cell(f"A{n}", f"Иванов{n}") + _cell(f"B{n}", "Иван") + extra(n)
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


def measure(path: Path, folder: Path, limit_mb: int, timeout: int = 120) -> dict[str, object]:
    database = folder / f"{path.stem}.sqlite"
    try:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(database), str(limit_mb)],
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


def main() -> int:
    parser = argparse.ArgumentParser(description="peak memory and time to refuse each bomb")
    parser.add_argument("--only", help="measure only the bombs whose name holds this text")
    parser.add_argument("--limit-mb", type=int, default=2048, help="a child's address space")
    args = parser.parse_args()
    within = True
    with tempfile.TemporaryDirectory(prefix="jpoa-bombs-") as scratch:
        folder = Path(scratch)
        started = time.perf_counter()
        files = build(folder)
        print(f"built {len(files)} files in {time.perf_counter() - started:.1f} s")
        baseline = measure(files["real list (baseline)"], folder, args.limit_mb)
        base_mb = float(str(baseline["peak_mb"]))
        print(f"{'file':36} {'on disk':>9} {'peak RSS':>9} {'× base':>7} {'time':>7}  outcome")
        for name, path in files.items():
            if args.only and args.only not in name and path != files["real list (baseline)"]:
                continue
            report = baseline if name.startswith("real") else measure(path, folder, args.limit_mb)
            peak, seconds = float(str(report["peak_mb"])), float(str(report["seconds"]))
            outcome = str(report["outcome"])
            size = path.stat().st_size / 1024
            print(
                f"{name:36} {size:7.0f} KB {peak:6.0f} MB {peak / base_mb:6.2f}× "
                f"{seconds:6.2f}s  {outcome[:110]}"
            )
            if not name.startswith("real"):
                refused = outcome.startswith("ValidationError")
                within = within and refused and peak < PEAK_BUDGET_MB
                within = within and seconds < TIME_BUDGET_S
    print(
        f"budget: every bomb refused (ValidationError), < {PEAK_BUDGET_MB} MB, "
        f"< {TIME_BUDGET_S:.0f} s"
    )
    print("within budget" if within else "OVER BUDGET")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
