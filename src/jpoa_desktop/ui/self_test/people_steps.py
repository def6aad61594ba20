"""The self-test's workshop steps: a participant list imported, a certificate printed and checked.

The list is an XLSX file written with the app's own writer (openpyxl) and read back with the
app's reader (calamine), with names in the Cyrillic and Latin alphabets of the region, so a
bundle missing either library, or a font missing a letter, fails here. The certificates are
printed as the Handouts screen prints them (`HandoutService`, Russian beside English), read back
with PDFium (which the app ships for its previews: pypdf is a developer's tool), and each one's
signed code is verified as the Verify screen does it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jpoa_desktop.ui.self_test.trial import Trial, expect

# Kazakh, Uzbek, Tajik and Turkmen names: the letters the fonts and the folding must carry.
PEOPLE = (
    ("Нұрланқызы", "Әлия", "Министерство внутренних дел"),
    ("Toʻxtayeva", "Oʻgʻiloy", "Oʻzbekiston Respublikasi IIV"),
    ("Ҷӯраев", "Фарҳод", "Вазорати корҳои дохилӣ"),
    ("Öwezowa", "Maýsa", "Türkmenistanyň Içeri işler ministrligi"),
)
HEADER = ("Фамилия / Family name", "Имя / Given name", "Организация / Organisation")


def write_list(path: Path) -> None:
    """The small participant list a ministry would send, as an Excel file."""
    from jpoa_desktop.io.writing.xlsx import Sheet, write_xlsx_sheets

    write_xlsx_sheets(path, [Sheet("Participants", HEADER, PEOPLE)])


def import_participants(trial: Trial) -> None:
    """A one-day workshop today, and the list imported into it (plan, then one write)."""
    from jpoa_desktop.services.workshops.workshops import WorkshopInput

    services = trial.open_services()
    today = date.today()
    trial.workshop_id = services.workshops.create(
        WorkshopInput(
            titles={"ru": "Проверка установки", "en": "Installation check"},
            start=today,
            end=today,
            city="Astana",
            organisers=("JPoA Desktop",),
        )
    )
    source = trial.folder / "participants.xlsx"
    write_list(source)
    plan = services.participant_import.plan(source)
    expect(
        not plan.problems, "the list was refused: " + "; ".join(p.message for p in plan.problems)
    )
    report = services.participant_import.apply(plan, trial.workshop_id)
    expect(report.added == len(PEOPLE), f"{report.added} of {len(PEOPLE)} people were added")
    names = {r.name for r in services.workshops.registrations(trial.workshop_id)}
    wanted = {f"{family} {given}" for family, given, _organisation in PEOPLE}
    expect(names == wanted, f"registered {sorted(names)}, expected {sorted(wanted)}")


def print_and_verify_certificates(trial: Trial) -> None:
    """Everyone marked present, their certificates printed, each page's name, number and
    signed code checked."""
    from jpoa_desktop.handouts.common.printable import PrintNotices
    from jpoa_desktop.services.handouts.certificates import carried_name
    from jpoa_desktop.services.handouts.request import HandoutRequest

    services = trial.open_services()
    workshop_id, today = trial.workshop_id, date.today()
    for registration in services.workshops.registrations(workshop_id):
        services.attendance.mark(workshop_id, registration.badge_code, today)
    out = trial.folder / "certificates.pdf"
    notices = PrintNotices()
    services.handouts.build(HandoutRequest("certificates", workshop_id, "ru", "en"), out,
                            notices=notices)  # fmt: skip
    expect(not notices, f"printing changed a name: {notices.as_dicts()[0] if notices else ''}")
    data, left_out = services.certificates.data(workshop_id, ("ru", "en"))
    expect(not left_out, f"no certificate for {left_out[0].name if left_out else ''}")
    pages = page_texts(out)
    expect(len(pages) == len(PEOPLE), f"{len(pages)} pages printed for {len(PEOPLE)} people")
    for certificate in data.certificates:
        expect(
            any(certificate.holder in page and certificate.number in page for page in pages),
            f"no page shows {certificate.holder} with number {certificate.number}",
        )
        verdict = services.certificates.verify(certificate.code)
        expect(
            verdict.valid,
            f"the code of certificate {certificate.number} does not verify: {verdict.reason}",
        )
        holder = verdict.claim.holder if verdict.claim is not None else ""
        expect(
            holder == carried_name(certificate.holder, certificate.latin),
            f"the code of certificate {certificate.number} names {holder!r}",
        )


def page_texts(pdf: Path) -> list[str]:
    """The text of each page, its whitespace made single spaces (PDFium breaks lines its way)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()
