"""Use cases. Every change goes through here, validates, and returns what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from kam.io.dossier_json import DossierTransfer
from kam.io.exporters import ExportService  # noqa: E402 - after the services it builds on
from kam.io.importers import ImportService  # noqa: E402
from kam.security.register import RegisterVault
from kam.services.accounts import AccountService, UserService
from kam.services.analysis import AnalysisService
from kam.services.backups import BackupService
from kam.services.base import Actor, Change, ServiceBase
from kam.services.dossier import DossierService
from kam.services.orgmap import OrgMapService
from kam.services.people import PeopleService
from kam.services.planning import CommitmentService, PlanLifecycle, PlanningService
from kam.services.portfolio import PortfolioService
from kam.services.privacy import PrivacyService
from kam.services.records import RecordService
from kam.services.register import RegisterService
from kam.services.reports import ReportService
from kam.services.reviews import MonthlyService, ReviewService, ScorecardService

__all__ = ["Actor", "Change", "Services"]


@dataclass(frozen=True)
class Services:
    accounts: AccountService
    users: UserService
    people: PeopleService
    records: RecordService
    planning: PlanningService
    analysis: AnalysisService
    orgmap: OrgMapService
    plans: PlanLifecycle
    reviews: ReviewService
    scorecards: ScorecardService
    monthly: MonthlyService
    reports: ReportService
    portfolio: PortfolioService
    commitments: CommitmentService
    dossier: DossierService
    privacy: PrivacyService
    backups: BackupService
    register: RegisterService
    imports: ImportService
    exports: ExportService
    transfer: DossierTransfer
    vault: RegisterVault

    @classmethod
    def build(cls, sessions: sessionmaker[Session], actor: Callable[[], Actor],
              vault: RegisterVault | None = None) -> Services:
        vault = vault or RegisterVault()
        made = cls(
            accounts=AccountService(sessions, actor),
            users=UserService(sessions, actor),
            people=PeopleService(sessions, actor),
            records=RecordService(sessions, actor),
            planning=PlanningService(sessions, actor),
            analysis=AnalysisService(sessions, actor),
            orgmap=OrgMapService(sessions, actor),
            plans=PlanLifecycle(sessions, actor),
            reviews=ReviewService(sessions, actor),
            scorecards=ScorecardService(sessions, actor),
            monthly=MonthlyService(sessions, actor),
            reports=ReportService(sessions, actor),
            portfolio=PortfolioService(sessions, actor),
            commitments=CommitmentService(sessions, actor),
            dossier=DossierService(sessions, actor),
            privacy=PrivacyService(sessions, actor),
            backups=BackupService(sessions, actor),
            register=RegisterService(sessions, actor),
            imports=ImportService(sessions, actor),
            exports=ExportService(sessions, actor),
            transfer=DossierTransfer(sessions, actor),
            vault=vault,
        )
        for service in vars(made).values():
            if isinstance(service, ServiceBase):
                service.vault = vault
        return made
