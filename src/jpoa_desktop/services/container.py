"""Every service of one open database, made once when it opens and handed to screens and commands.

A screen never builds a service from a session factory of its own: it is given a `Services`
(or None while no database is open) and asks it. Each service is made the first time it is
asked for, and its module is imported then too: a command that touches the library only never
builds the strategy services, nor loads ReportLab and python-docx for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from jpoa_desktop.services.database import Database

if TYPE_CHECKING:
    from jpoa_desktop.services.demo.demo import DemoService
    from jpoa_desktop.services.evaluation.bank import QuestionBankService
    from jpoa_desktop.services.evaluation.bank_files import QuestionBankFiles
    from jpoa_desktop.services.evaluation.forms import FormService
    from jpoa_desktop.services.evaluation.response_import import ResponseFileService
    from jpoa_desktop.services.evaluation.responses import ResponseService
    from jpoa_desktop.services.evaluation.scores import ScoreService
    from jpoa_desktop.services.handouts.branding import BrandingService
    from jpoa_desktop.services.handouts.certificate_register import CertificateRegister
    from jpoa_desktop.services.handouts.certificate_rules import CertificateRuleService
    from jpoa_desktop.services.handouts.certificates import CertificateService
    from jpoa_desktop.services.handouts.handouts import HandoutService
    from jpoa_desktop.services.handouts.signing import SigningService
    from jpoa_desktop.services.library.content import ContentService
    from jpoa_desktop.services.library.library import LibraryService
    from jpoa_desktop.services.library.search import SearchService
    from jpoa_desktop.services.packages.packages import PackageService
    from jpoa_desktop.services.people.directory import DirectoryService
    from jpoa_desktop.services.people.duplicates import DuplicateService
    from jpoa_desktop.services.people.participant_export import ParticipantExportService
    from jpoa_desktop.services.people.participant_import import ParticipantImportService
    from jpoa_desktop.services.people.people import PeopleService
    from jpoa_desktop.services.people.personal_data import PersonalDataService
    from jpoa_desktop.services.people.retention import RetentionService
    from jpoa_desktop.services.reports.figures import FigureService
    from jpoa_desktop.services.reports.reports import ReportService
    from jpoa_desktop.services.server.accounts import AccountService
    from jpoa_desktop.services.server.audit import AuditService
    from jpoa_desktop.services.server.sqlite_import import SqliteImportService
    from jpoa_desktop.services.strategies.strategies import StrategyService
    from jpoa_desktop.services.strategies.strategy_coverage import CoverageService
    from jpoa_desktop.services.strategies.strategy_draft_restore import DraftRemoval
    from jpoa_desktop.services.strategies.strategy_export import StrategyExportService
    from jpoa_desktop.services.strategies.strategy_import import StrategyImportService
    from jpoa_desktop.services.strategies.strategy_versions import VersionService
    from jpoa_desktop.services.workshops.agenda import AgendaService
    from jpoa_desktop.services.workshops.attendance import AttendanceService
    from jpoa_desktop.services.workshops.workshops import WorkshopService


@dataclass(eq=False)
class Services:
    """The services over `db`; they share its session factory and nothing else."""

    db: Database

    # The library
    @cached_property
    def content(self) -> ContentService:
        from jpoa_desktop.services.library.content import ContentService

        return ContentService(self.db.session_scope)

    @cached_property
    def library(self) -> LibraryService:
        from jpoa_desktop.services.library.library import LibraryService

        return LibraryService(self.db.session_scope)

    @cached_property
    def search(self) -> SearchService:
        from jpoa_desktop.services.library.search import SearchService

        return SearchService(self.db.session_scope)

    # Workshops, their agenda and attendance
    @cached_property
    def workshops(self) -> WorkshopService:
        from jpoa_desktop.services.workshops.workshops import WorkshopService

        return WorkshopService(self.db.session_scope)

    @cached_property
    def agenda(self) -> AgendaService:
        from jpoa_desktop.services.workshops.agenda import AgendaService

        return AgendaService(self.db.session_scope)

    @cached_property
    def attendance(self) -> AttendanceService:
        from jpoa_desktop.services.workshops.attendance import AttendanceService

        return AttendanceService(self.db.session_scope)

    # People
    @cached_property
    def people(self) -> PeopleService:
        from jpoa_desktop.services.people.people import PeopleService

        return PeopleService(self.db.session_scope)

    @cached_property
    def directory(self) -> DirectoryService:
        from jpoa_desktop.services.people.directory import DirectoryService

        return DirectoryService(self.db.session_scope)

    @cached_property
    def duplicates(self) -> DuplicateService:
        from jpoa_desktop.services.people.duplicates import DuplicateService

        return DuplicateService(self.db.session_scope)

    @cached_property
    def participant_import(self) -> ParticipantImportService:
        from jpoa_desktop.services.people.participant_import import ParticipantImportService

        return ParticipantImportService(self.db.session_scope)

    @cached_property
    def participant_export(self) -> ParticipantExportService:
        from jpoa_desktop.services.people.participant_export import ParticipantExportService

        return ParticipantExportService(self.db.session_scope)

    @cached_property
    def personal_data(self) -> PersonalDataService:
        from jpoa_desktop.services.people.personal_data import PersonalDataService

        return PersonalDataService(self.db.session_scope)

    @cached_property
    def retention(self) -> RetentionService:
        from jpoa_desktop.services.people.retention import RetentionService

        return RetentionService(self.db.session_scope)

    # Handouts, certificates and their signing key, branding
    @cached_property
    def handouts(self) -> HandoutService:
        from jpoa_desktop.services.handouts.handouts import HandoutService

        return HandoutService(self.db.session_scope)

    @cached_property
    def signing(self) -> SigningService:
        from jpoa_desktop.services.handouts.signing import SigningService

        return SigningService(self.db.session_scope)

    @cached_property
    def certificates(self) -> CertificateService:
        from jpoa_desktop.services.handouts.certificates import CertificateService

        return CertificateService(self.db.session_scope, self.signing)

    @cached_property
    def certificate_rules(self) -> CertificateRuleService:
        from jpoa_desktop.services.handouts.certificate_rules import CertificateRuleService

        return CertificateRuleService(self.db.session_scope)

    @cached_property
    def certificate_register(self) -> CertificateRegister:
        from jpoa_desktop.services.handouts.certificate_register import CertificateRegister

        return CertificateRegister(self.db.session_scope)

    @cached_property
    def branding(self) -> BrandingService:
        from jpoa_desktop.services.handouts.branding import BrandingService

        return BrandingService(self.db.session_scope)

    # National strategies and action plans
    @cached_property
    def strategies(self) -> StrategyService:
        from jpoa_desktop.services.strategies.strategies import StrategyService

        return StrategyService(self.db.session_scope)

    @cached_property
    def coverage(self) -> CoverageService:
        from jpoa_desktop.services.strategies.strategy_coverage import CoverageService

        return CoverageService(self.db.session_scope)

    @cached_property
    def versions(self) -> VersionService:
        from jpoa_desktop.services.strategies.strategy_versions import VersionService

        return VersionService(self.db.session_scope)

    @cached_property
    def draft_removal(self) -> DraftRemoval:
        from jpoa_desktop.services.strategies.strategy_draft_restore import DraftRemoval

        return DraftRemoval(self.db.session_scope)

    @cached_property
    def strategy_export(self) -> StrategyExportService:
        from jpoa_desktop.services.strategies.strategy_export import StrategyExportService

        return StrategyExportService(self.strategies)

    @cached_property
    def strategy_import(self) -> StrategyImportService:
        from jpoa_desktop.services.strategies.strategy_import import StrategyImportService

        return StrategyImportService(self.db.session_scope)

    # Tests and evaluations
    @cached_property
    def question_bank(self) -> QuestionBankService:
        from jpoa_desktop.services.evaluation.bank import QuestionBankService

        return QuestionBankService(self.db.session_scope)

    @cached_property
    def question_files(self) -> QuestionBankFiles:
        from jpoa_desktop.services.evaluation.bank_files import QuestionBankFiles

        return QuestionBankFiles(self.db.session_scope)

    @cached_property
    def forms(self) -> FormService:
        from jpoa_desktop.services.evaluation.forms import FormService

        return FormService(self.db.session_scope)

    @cached_property
    def responses(self) -> ResponseService:
        from jpoa_desktop.services.evaluation.responses import ResponseService

        return ResponseService(self.db.session_scope)

    @cached_property
    def response_files(self) -> ResponseFileService:
        from jpoa_desktop.services.evaluation.response_import import ResponseFileService

        return ResponseFileService(self.db.session_scope)

    @cached_property
    def scores(self) -> ScoreService:
        from jpoa_desktop.services.evaluation.scores import ScoreService

        return ScoreService(self.db.session_scope)

    # Programme figures and the donor report
    @cached_property
    def figures(self) -> FigureService:
        from jpoa_desktop.services.reports.figures import FigureService

        return FigureService(self.db.session_scope)

    @cached_property
    def reports(self) -> ReportService:
        from jpoa_desktop.services.reports.reports import ReportService

        return ReportService(self.db.session_scope)

    # Exchange packages between laptops
    @cached_property
    def packages(self) -> PackageService:
        from jpoa_desktop.services.packages.packages import PackageService

        return PackageService(self.db)

    # Demo data
    @cached_property
    def demo(self) -> DemoService:
        from jpoa_desktop.services.demo.demo import DemoService

        return DemoService(self.db.session_scope)

    # A team's server: its accounts and their country scope
    @cached_property
    def accounts(self) -> AccountService:
        from jpoa_desktop.services.server.accounts import AccountService

        return AccountService(self.db)

    @cached_property
    def audit(self) -> AuditService:
        from jpoa_desktop.services.server.audit import AuditService

        return AuditService(self.db.session_scope)

    @cached_property
    def sqlite_import(self) -> SqliteImportService:
        from jpoa_desktop.services.server.sqlite_import import SqliteImportService

        return SqliteImportService(self.db)
