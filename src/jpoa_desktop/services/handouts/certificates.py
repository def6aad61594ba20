"""Certificates: who has earned one under the workshop's rule, and the signed codes.

A certificate goes to everyone registered (not cancelled) who was present on at least the
required share of the workshop's days and, when the rule asks for one, reached the post-test
score (`certificate_rules.py`); everyone else is listed with the reason. Each
certificate's QR code carries its number and the holder's data signed with the organisation's
key, so it can be checked offline with nothing but the exported public key. The key file must be
on this computer: a copy of the database alone refuses to issue (see `services/signing.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time
from pathlib import Path

from sqlalchemy import select

from jpoa_desktop.db.agenda_models import AgendaSession
from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import Registration
from jpoa_desktop.handouts import certificates as handout
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.workshops import erased_name
from jpoa_desktop.services.evaluation.scores import ScoreService
from jpoa_desktop.services.handouts.branding import BrandingService
from jpoa_desktop.services.handouts.certificate_codes import (
    Verdict,
    compact_claim,
    encode_compact,
    in_address,
    signed_bytes,
    verifier_address,
    verify,
)
from jpoa_desktop.services.handouts.certificate_rules import (
    AwardRule,
    CertificateRuleService,
    check_rule,
)
from jpoa_desktop.services.handouts.key_files import Issuer, KeyFolder, read_public
from jpoa_desktop.services.handouts.signing import SigningService
from jpoa_desktop.services.workshops.attendance import AttendanceService
from jpoa_desktop.services.workshops.workshops import WorkshopService
from jpoa_desktop.texts.transliteration import to_latin


@dataclass(frozen=True)
class Exclusion:
    name: str
    days_present: int
    days: int
    reason: str  # in English, for the CLI and the log; the GUI words it from the numbers
    cancelled: bool = False  # left out because the registration was cancelled
    erased: bool = False  # left out because their data was erased: no name to certify
    # Left out for the post-test: the score the rule asks for, and theirs (None: not taken).
    min_post_score: float | None = None
    post_score: float | None = None


def _hours(session_rows: list[tuple[time, time]]) -> str:
    """Teaching hours from the agenda (breaks left out), to the half hour; "" with no agenda."""
    minutes = sum(
        (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        for start, end in session_rows
    )
    if minutes <= 0:
        return ""
    half_hours = round(minutes / 30) / 2
    return f"{half_hours:g}"


def _short_of(min_score: float | None, score: float | None) -> str | None:
    """Why a person falls short of the rule's post-test score (in English, for the log), or
    None when the rule asks for none or they reached it."""
    if min_score is None:
        return None
    if score is None:
        return "no post-test"
    if score + 1e-9 < min_score:
        return f"post-test {score:.0%}, the rule asks for {min_score:.0%}"
    return None


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def carried_name(name: str, latin: str) -> str:
    """The holder's name as the QR code carries it: in Latin letters, half the bytes of
    Cyrillic, so the code stays small enough for a 150 dpi scan."""
    if not _cyrillic(name):  # Latin already (Uzbek, Turkmen, English): as written
        return name
    return latin if latin and not _cyrillic(latin) else to_latin(name)


QR_NAME_BYTES = 160  # a longer name (only an old or damaged record has one) is cut, with "…"


def fits_a_qr(name: str) -> str:
    """`name`, or its start with "…" when it is longer than `QR_NAME_BYTES` in UTF-8: a name of
    ten thousand letters would need a QR code larger than any there is."""
    if len(name.encode("utf-8")) <= QR_NAME_BYTES:
        return name
    kept = name.encode("utf-8")[: QR_NAME_BYTES - 3].decode("utf-8", errors="ignore")
    return kept.rstrip() + "…"


def trusted_issuers(folder: KeyFolder | None = None) -> list[Issuer]:
    """The issuers this user accepts: imported public keys and their own keys."""
    return (folder or KeyFolder()).issuers()


def verify_code(
    text: str, public_key: Path | None = None, folder: KeyFolder | None = None
) -> Verdict:
    """Check a code against an issuer's public key file, else every trusted issuer. Reads files
    only: no database is opened and no key is made."""
    issuers = [read_public(public_key)] if public_key is not None else trusted_issuers(folder)
    return verify(text, issuers)


class CertificateService:
    def __init__(self, session_scope: SessionScope, signer: SigningService | None = None) -> None:
        self._scope = session_scope
        self._signer = signer

    def rule(self, workshop_id: int, min_share: float | None = None) -> AwardRule:
        """The workshop's rule, its attendance share replaced by `min_share` when given."""
        rule = CertificateRuleService(self._scope).rule(workshop_id)
        if min_share is not None:
            rule = replace(rule, min_attendance=min_share)
        check_rule(rule)
        return rule

    def eligible(
        self, workshop_id: int, min_share: float | None = None
    ) -> tuple[list[tuple[int, str, str, str]], list[Exclusion]]:
        """((registration id, name, latin, uuid) of each holder, the people left out) under the
        workshop's rule (`min_share`, when given, for its attendance share)."""
        rule = self.rule(workshop_id, min_share)
        min_share = rule.min_attendance
        workshop = WorkshopService(self._scope).detail(workshop_id, "en")
        days = len(workshop.days)
        needed = min_share * days
        asks_score = rule.min_post_score is not None
        scores = ScoreService(self._scope).post_scores(workshop_id) if asks_score else {}
        with self._scope() as session:
            uuids = dict(
                session.execute(
                    select(Registration.id, Registration.uuid).where(
                        Registration.workshop_id == workshop_id
                    )
                ).all()
            )
        holders: list[tuple[int, str, str, str]] = []
        excluded: list[Exclusion] = []
        for registration in AttendanceService(self._scope).marks(workshop_id):
            present = len(registration.days_present)
            if registration.status == "cancelled":
                excluded.append(
                    Exclusion(
                        registration.name, present, days, "registration cancelled", cancelled=True
                    )
                )
            elif registration.name == erased_name(registration.person_id):
                excluded.append(
                    Exclusion(registration.name, present, days, "personal data erased", erased=True)
                )
            elif present + 1e-9 < needed:
                reason = (
                    f"present on {present} of {days} days ({present / days:.0%}); "
                    f"the rule asks for {min_share:.0%}"
                )
                excluded.append(Exclusion(registration.name, present, days, reason))
            elif (short := _short_of(rule.min_post_score, scores.get(registration.id))) is not None:
                score = scores.get(registration.id)
                excluded.append(
                    Exclusion(registration.name, present, days, short, False, False,
                              rule.min_post_score, score)
                )  # fmt: skip
            else:
                holders.append(
                    (registration.id, registration.name, registration.latin, uuids[registration.id])
                )
        return holders, excluded

    def data(
        self,
        workshop_id: int,
        languages: tuple[str, ...],
        min_share: float | None = None,
        verify_url: str = "",
    ) -> tuple[handout.CertificateData, list[Exclusion]]:
        """The certificates to print and who is left out. With `verify_url` (the office's
        verifier page), each QR code carries that address with the code after `#`, so a phone's
        camera opens the page and it checks the code; refused in one line when not https."""
        address = verifier_address(verify_url)
        holders, excluded = self.eligible(workshop_id, min_share)
        wording = self.rule(workshop_id).wording
        workshop = WorkshopService(self._scope).detail(workshop_id, languages[0])
        with self._scope() as session:
            times = session.execute(
                select(AgendaSession.start_time, AgendaSession.end_time).where(
                    AgendaSession.workshop_id == workshop_id, AgendaSession.kind != "break"
                )
            ).all()
        hours = _hours([(start, end) for start, end in times])
        branding = BrandingService(self._scope).branding(workshop_id)
        place = workshop.place
        signer = self._signer or SigningService(self._scope)
        issuer_name = ", ".join(workshop.organiser_names)
        dates = f"{workshop.start.isoformat()}/{workshop.end.isoformat()}"
        certificates = []
        for _id, name, latin, uuid in holders:
            number = f"{workshop.start.year}-{uuid[:8].upper()}"
            claim = compact_claim(number, fits_a_qr(carried_name(name, latin)), dates, hours)
            signature = signer.sign(signed_bytes(claim), issuer_name)
            code = encode_compact(claim, signature)
            qr = in_address(address, code) if address else ""
            certificates.append(handout.Certificate(number, name, latin, code, qr))
        data = handout.CertificateData(
            languages=languages,
            titles=tuple(pick(workshop.titles, code) for code in languages),
            start=workshop.start,
            end=workshop.end,
            place=place,
            hours=hours,
            organisers=", ".join(workshop.organiser_names),
            certificates=tuple(certificates),
            logos=branding.logos,
            signatures=branding.signatures,
            wording=wording,
        )
        return data, excluded

    def verify(self, text: str, public_key: Path | None = None) -> Verdict:
        """Check a certificate code against an exported public key, else this database's own
        key and the trusted issuers."""
        if public_key is not None:
            return verify_code(text, public_key)
        issuers = trusted_issuers()
        own = (self._signer or SigningService(self._scope)).issuer()
        if own is not None:
            issuers.insert(0, Issuer(own.name, own.key, own=True))
        return verify(text, issuers)
