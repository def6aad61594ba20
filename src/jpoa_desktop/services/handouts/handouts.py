"""Printing a handout: the kind's data from the database, built by the kind's module.

Every kind goes one way (`handouts/registry.py`): `HandoutData.data_for` reads what it prints,
the registry's `build` prints it. The screen, the command and the tests all come through here.
A preview is `build`; what is saved or printed for keeps is `save` (or `save_each`, one
certificate a file), so certificates enter the register of issued certificates only then.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from jpoa_desktop.handouts import registry
from jpoa_desktop.handouts.certificates import Certificate, CertificateData
from jpoa_desktop.handouts.common.printable import PrintNotices
from jpoa_desktop.handouts.participant_list import DEFAULT_COLUMNS
from jpoa_desktop.model.progress import CancelCheck, Progress, never_cancelled, no_progress
from jpoa_desktop.services.handouts.certificate_register import CertificateRegister
from jpoa_desktop.services.handouts.handout_data import HandoutData
from jpoa_desktop.services.handouts.handout_fallbacks import workshop_text_fallbacks
from jpoa_desktop.services.handouts.request import HandoutRequest


class HandoutService(HandoutData):
    def build(
        self,
        request: HandoutRequest,
        out: Path,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
        notices: PrintNotices | None = None,
    ) -> list[str]:
        """Write the handout to `out` (a temporary name, then renamed: no half-written file);
        return the texts and labels printed in another language for want of a translation
        (`Fallback`s, each saying which): the handout's labels and library texts, and the
        workshop's own titles.

        A text that could not be printed as written never stops the handout: `notices` is
        told of each name printed in its Latin spelling, each letter left out and each text
        cut to fit, for the preview and the `jpoa handout` command to list."""
        return self._built(request, out, progress, cancelled, notices)[0]

    def save(
        self,
        request: HandoutRequest,
        out: Path,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
        notices: PrintNotices | None = None,
    ) -> list[str]:
        """`build` for keeps (saved or sent to a printer): certificates so written enter the
        register of issued certificates."""
        printed, data = self._built(request, out, progress, cancelled, notices)
        if isinstance(data, CertificateData) and request.workshop_id:
            CertificateRegister(self._scope).record(request.workshop_id, data)
        return printed

    def save_each(
        self,
        request: HandoutRequest,
        folder: Path,
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
        notices: PrintNotices | None = None,
    ) -> list[Path]:
        """Certificates one person a file, for e-mailing: `<number> <Latin name>.pdf` in
        `folder`, each written whole; all enter the register. Return the files."""
        data, options = self.data_for(request)
        if not isinstance(data, CertificateData):
            raise ValueError(f"{request.kind} is not printed one person a file")
        folder.mkdir(parents=True, exist_ok=True)
        build = registry.kind(request.kind).build
        files: list[Path] = []
        for done, certificate in enumerate(data.certificates):
            progress(done, len(data.certificates))
            path = folder / per_person_name(certificate)
            one = replace(data, certificates=(certificate,))
            build(one, options, path, no_progress, cancelled, notices)
            files.append(path)
        progress(len(files), len(files))
        CertificateRegister(self._scope).record(request.workshop_id or 0, data)
        return files

    def _built(
        self,
        request: HandoutRequest,
        out: Path,
        progress: Progress,
        cancelled: CancelCheck,
        notices: PrintNotices | None,
    ) -> tuple[list[str], Any]:
        """What `build` returns, and the data the handout was printed from."""
        handout = registry.kind(request.kind)
        data, options = self.data_for(request)
        printed = handout.build(data, options, out, progress, cancelled, notices)
        second = request.second if handout.bilingual else None
        fallbacks = workshop_text_fallbacks(
            self._scope, request.kind, request.workshop_id or 0, request.language, second
        )
        return printed + fallbacks, data

    def write(
        self,
        kind: str,
        workshop_id: int,
        out: Path,
        language: str,
        second: str | None = None,
        paper: str = "a4",
        day: date | None = None,
        sort: str = "name",
        columns: tuple[str, ...] = DEFAULT_COLUMNS,
        template: str | None = None,
        min_share: float | None = None,
        pillar: int = 1,
        offset_mm: tuple[float, float] = (0.0, 0.0),
        progress: Progress = no_progress,
        cancelled: CancelCheck = never_cancelled,
        notices: PrintNotices | None = None,
    ) -> list[str]:
        """Write handout `kind` to `out`, the request's fields as arguments (scripts and
        tests); return only the labels printed in English for want of a translation."""
        request = HandoutRequest(
            kind, workshop_id, language, second, paper, day, sort, columns, template,
            min_share, pillar, offset_mm,
        )  # fmt: skip
        data, options = self.data_for(request)
        return registry.kind(kind).build(data, options, out, progress, cancelled, notices)


def per_person_name(certificate: Certificate) -> str:
    """`2026-1A2B3C4D Juraev Farhod.pdf`: the number, then the holder's name in plain Latin
    letters (accents dropped, anything else left out), a name every mail program and file
    system takes."""
    from jpoa_desktop.services.handouts.certificates import carried_name

    latin = unicodedata.normalize("NFKD", carried_name(certificate.holder, certificate.latin))
    kept = "".join(c for c in latin if (c.isascii() and c.isalnum()) or c in " -'")
    name = " ".join(kept.replace("'", "").split())[:80]
    return f"{certificate.number} {name}".strip() + ".pdf"
