"""Handouts of a workshop: gather the plain data a handout module prints.

Handout modules never query the database (DESIGN.md): this service reads the workshop, its
agenda and its people, picks each text in the handout's languages, and hands over dataclasses.
The workshop's branding (`services/handouts/branding.py`) gives the logos, the accent colour
and the margins of every handout printed for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from jpoa_desktop.db.engine import SessionScope
from jpoa_desktop.db.workshop_models import Organisation, Person, Registration
from jpoa_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from jpoa_desktop.handouts import agenda as agenda_handout
from jpoa_desktop.handouts import badges as badge_handout
from jpoa_desktop.handouts import participant_list as list_handout
from jpoa_desktop.handouts import sign_in as sign_in_handout
from jpoa_desktop.handouts import table_tents as tent_handout
from jpoa_desktop.handouts.calibration import CalibrationData
from jpoa_desktop.handouts.certificates import CertificateData
from jpoa_desktop.handouts.common.page import PAPERS, PageOptions
from jpoa_desktop.handouts.common.sheets import template as sheet_template
from jpoa_desktop.handouts.factsheet import FactsheetData
from jpoa_desktop.handouts.registry import (
    AGENDA,
    BADGES,
    CALIBRATION,
    CERTIFICATES,
    FACTSHEET,
    FORM_HANDOUTS,
    PARTICIPANT_LIST,
    SIGN_IN,
    TABLE_TENTS,
    kind,
)
from jpoa_desktop.model.languages import pick
from jpoa_desktop.model.workshops import WorkshopDetail, erased_name
from jpoa_desktop.services.handouts.branding import Branding, BrandingService
from jpoa_desktop.services.handouts.request import HandoutRequest
from jpoa_desktop.services.workshops.agenda import AgendaService
from jpoa_desktop.services.workshops.workshops import WorkshopService, full_name, latin_name
from jpoa_desktop.texts.formatting import time_of_day
from jpoa_desktop.texts.labels import HANDOUT_LANGUAGES, Labels, in_all


def _titles(workshop: WorkshopDetail, languages: tuple[str, ...]) -> tuple[str, ...]:
    """The workshop's title in each handout language, once when two are the same."""
    return tuple(dict.fromkeys(pick(workshop.titles, code) for code in languages))


def _expected(
    session: Session, workshop_id: int
) -> Sequence[Row[Registration, Person, str | None]]:
    """Everyone registered and not cancelled, with their organisation's name, by name."""
    return session.execute(
        select(Registration, Person, Organisation.name)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .where(Registration.workshop_id == workshop_id, Registration.status != "cancelled")
        .order_by(Person.sort_key, Person.id)
    ).all()


def _printed(name: str, person_id: int, languages: tuple[str, ...]) -> str:
    """`name`, or an erased person's placeholder in the handout's languages."""
    if name != erased_name(person_id):
        return name
    return in_all([Labels(code) for code in languages], "erased_person", id=person_id)


def _languages(language: str, second: str | None) -> tuple[str, ...]:
    chosen = (language,) if not second or second == language else (language, second)
    for code in chosen:
        if code not in HANDOUT_LANGUAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a handout language ({choices})."),
                value=code,
                choices=", ".join(HANDOUT_LANGUAGES),
            )
    return chosen


def _someone_to_print(count: int) -> None:
    """Badges and tents are one per person: with no one registered there is nothing to print
    (an empty PDF would only puzzle the printer)."""
    if count == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No one is registered for this workshop yet; register participants first.",
            )
        )


class HandoutData:
    """Reads what each kind prints; `HandoutService` builds it."""

    def __init__(self, session_scope: SessionScope) -> None:
        self._scope = session_scope

    def agenda_data(
        self, workshop_id: int, language: str, second: str | None = None
    ) -> agenda_handout.AgendaData:
        languages = _languages(language, second)
        workshop = WorkshopService(self._scope).detail(workshop_id, languages[0])
        views = [AgendaService(self._scope).agenda(workshop_id, code) for code in languages]
        days = []
        for day_views in zip(*(view.days for view in views), strict=True):
            first = day_views[0]
            sessions = tuple(
                agenda_handout.AgendaSession(
                    start=time_of_day(session.start, languages[0]),
                    end=time_of_day(session.end, languages[0]),
                    titles=tuple(pick(session.titles, code) for code in languages),
                    kind=session.kind,
                    speakers=tuple(speaker.name for speaker in session.speakers),
                )
                for session in first.sessions
            )
            days.append(agenda_handout.AgendaDay(first.day, first.number, sessions))
        return agenda_handout.AgendaData(
            languages=languages,
            titles=_titles(workshop, languages),
            start=workshop.start,
            end=workshop.end,
            place=workshop.place,
            days=tuple(days),
            logos=self.branding(workshop_id).logos,
        )

    def sign_in_data(
        self,
        workshop_id: int,
        language: str,
        second: str | None = None,
        day: date | None = None,
        blank_rows: int = 10,
    ) -> sign_in_handout.SignInData:
        """Everyone registered and not cancelled, by name; one sheet per day (or `day`)."""
        languages = _languages(language, second)
        workshops = WorkshopService(self._scope)
        workshop = workshops.detail(workshop_id, languages[0])
        days = list(enumerate(workshop.days, start=1))
        if day is not None:
            days = [(number, d) for number, d in days if d == day]
            if not days:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{day} is not one of the workshop's days ({start} to {end})."
                    ),
                    day=day.isoformat(),
                    start=workshop.start.isoformat(),
                    end=workshop.end.isoformat(),
                )
        people = tuple(
            sign_in_handout.SignInPerson(
                _printed(r.name, r.person_id, languages), r.latin, r.organisation
            )
            for r in workshops.registrations(workshop_id)
            if r.status != "cancelled"
        )
        return sign_in_handout.SignInData(
            languages=languages,
            titles=_titles(workshop, languages),
            place=workshop.place,
            days=tuple(days),
            people=people,
            blank_rows=blank_rows,
            logos=self.branding(workshop_id).logos,
        )

    def participant_list_data(
        self,
        workshop_id: int,
        language: str,
        second: str | None = None,
        sort: str = "name",
        columns: tuple[str, ...] = list_handout.DEFAULT_COLUMNS,
    ) -> list_handout.ParticipantListData:
        """Everyone registered and not cancelled, with the fields the columns need."""
        languages = _languages(language, second)
        if sort not in list_handout.SORTS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a way to sort the list ({choices})."),
                value=sort,
                choices=", ".join(list_handout.SORTS),
            )
        unknown = [c for c in columns if c not in list_handout.COLUMNS]
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a column of the list ({choices})."),
                value=unknown[0],
                choices=", ".join(list_handout.COLUMNS),
            )
        workshop = WorkshopService(self._scope).detail(workshop_id, languages[0])
        with self._scope() as session:
            people = tuple(
                list_handout.ListedPerson(
                    name=_printed(full_name(person), person.id, languages),
                    latin=latin_name(person),
                    sort_key=person.sort_key,
                    organisation=organisation or "",
                    position=person.position,
                    country=person.country,
                    role=registration.role,
                    email=person.email,
                    phone=person.phone,
                )
                for registration, person, organisation in _expected(session, workshop_id)
            )
        return list_handout.ParticipantListData(
            languages=languages,
            titles=_titles(workshop, languages),
            start=workshop.start,
            end=workshop.end,
            place=workshop.place,
            people=people,
            columns=tuple(dict.fromkeys(columns)),
            sort=sort,
            logos=self.branding(workshop_id).logos,
        )

    def badge_data(
        self,
        workshop_id: int,
        language: str,
        template: str = "a4-2x4",
        offset_mm: tuple[float, float] = (0.0, 0.0),
    ) -> badge_handout.BadgeData:
        """A badge for everyone registered and not cancelled, in the directory's order."""
        (code,) = _languages(language, None)
        sheet = sheet_template(template)
        workshop = WorkshopService(self._scope).detail(workshop_id, code)
        with self._scope() as session:
            badges = tuple(  # one per registration, in the directory's order
                badge_handout.Badge(
                    family_name=person.family_name
                    or _printed(full_name(person), person.id, (code,)),
                    given_names=" ".join(p for p in (person.given_name, person.patronymic) if p),
                    latin=latin_name(person),
                    organisation=organisation or "",
                    country=person.country,
                    role=registration.role,
                    code=registration.badge_code,
                    latin_family=person.latin_family_name,
                    latin_given=person.latin_given_name,
                )
                for registration, person, organisation in _expected(session, workshop_id)
            )
        return badge_handout.BadgeData(
            language=code,
            workshop=pick(workshop.titles, code),
            badges=badges,
            sheet=sheet,
            offset_mm=offset_mm,
        )

    def tent_data(self, workshop_id: int, language: str) -> tent_handout.TentData:
        """A tent for everyone registered and not cancelled, the badges' names and order."""
        badges = self.badge_data(workshop_id, language).badges
        return tent_handout.TentData(
            language=language,
            tents=tuple(
                tent_handout.Tent(
                    b.family_name,
                    b.given_names,
                    b.organisation,
                    b.country,
                    b.latin,
                    b.latin_family,
                    b.latin_given,
                )
                for b in badges
            ),
        )

    def factsheet_data(
        self, language: str, pillar: int = 1, workshop_id: int | None = None
    ) -> FactsheetData:
        """The JPoA overview article and one pillar with its areas, in `language` or, where the
        library lacks it, Russian then English, each such text named in `fallbacks`
        (`FactsheetTexts`); with `workshop_id`, that workshop's logos on top."""
        from jpoa_desktop.services.handouts.factsheet_texts import FactsheetTexts

        (code,) = _languages(language, None)
        logos = self.branding(workshop_id).logos if workshop_id else ()
        return FactsheetTexts(self._scope).data(code, pillar, logos)

    def branding(self, workshop_id: int) -> Branding:
        """The workshop's logos, signatures, accent and margins (see `BrandingService`)."""
        return BrandingService(self._scope).branding(workshop_id)

    def data_for(self, request: HandoutRequest) -> tuple[object, PageOptions]:
        """The data and page options handout `request.kind` prints for `request`. The
        workshop's branding sets the accent colour and the margins; the factsheet, which needs
        no workshop, takes them (and the logos) from `workshop_id` when one is given (not 0)."""
        handout = kind(request.kind)
        if request.paper not in PAPERS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a paper size ({choices})."),
                value=request.paper,
                choices=", ".join(PAPERS),
            )
        workshop_id = request.workshop_id or 0
        options = PageOptions(paper=request.paper)
        if workshop_id and handout is not CALIBRATION:
            options = self.branding(workshop_id).page_options(request.paper)
        if handout in FORM_HANDOUTS:  # the printed tests and evaluations
            from jpoa_desktop.services.handouts.form_data import FormHandoutData

            languages = _languages(request.language, request.second)
            return FormHandoutData(self._scope).data(request, languages), options
        gather = {
            AGENDA: self._agenda,
            PARTICIPANT_LIST: self._participant_list,
            SIGN_IN: self._sign_in,
            BADGES: self._badges,
            TABLE_TENTS: self._tents,
            CERTIFICATES: self._certificates,
            FACTSHEET: self._factsheet,
            CALIBRATION: _calibration,
        }[handout]
        return gather(request), options

    def _agenda(self, r: HandoutRequest) -> agenda_handout.AgendaData:
        return self.agenda_data(r.workshop_id or 0, r.language, r.second)

    def _participant_list(self, r: HandoutRequest) -> list_handout.ParticipantListData:
        return self.participant_list_data(
            r.workshop_id or 0, r.language, r.second, r.sort, r.columns
        )

    def _sign_in(self, r: HandoutRequest) -> sign_in_handout.SignInData:
        return self.sign_in_data(r.workshop_id or 0, r.language, r.second, r.day)

    def _badges(self, r: HandoutRequest) -> badge_handout.BadgeData:
        name = r.template or _default_sheet(r.paper)
        badges = self.badge_data(r.workshop_id or 0, r.language, name, r.offset_mm)
        _someone_to_print(len(badges.badges))
        return badges

    def _tents(self, r: HandoutRequest) -> tent_handout.TentData:
        tents = self.tent_data(r.workshop_id or 0, r.language)
        _someone_to_print(len(tents.tents))
        return tents

    def _certificates(self, r: HandoutRequest) -> CertificateData:
        from jpoa_desktop.services.handouts.certificates import CertificateService

        languages = _languages(r.language, r.second)
        certificates = CertificateService(self._scope)
        awarded, excluded = certificates.data(
            r.workshop_id or 0, languages, r.min_share, r.verify_url
        )
        if not awarded.certificates and any(e.min_post_score is not None for e in excluded):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No one met the certificate rule (attendance and post-test score), so "
                    "there are no certificates to print; {left_out} registered people were "
                    "left out.",
                ),
                left_out=len(excluded),
            )
        if not awarded.certificates:
            share = certificates.rule(r.workshop_id or 0, r.min_share).min_attendance
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No one met the attendance rule ({rule} % of the days), so there are no "
                    "certificates to print; {left_out} registered people were left out.",
                ),
                rule=f"{share * 100:g}",
                left_out=len(excluded),
            )
        return awarded

    def _factsheet(self, r: HandoutRequest) -> FactsheetData:
        return self.factsheet_data(r.language, r.pillar, r.workshop_id or None)


def _default_sheet(paper: str) -> str:
    return "letter-2x4" if paper == "letter" else "a4-2x4"


def _calibration(r: HandoutRequest) -> CalibrationData:
    return CalibrationData(sheet_template(r.template or _default_sheet(r.paper)), r.offset_mm)
