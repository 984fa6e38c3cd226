"""The dossier's typed entities. Importing this package registers every table."""

from kam.model.account import Account, AccountTeamMember, CategoryPurchases, Department, User
from kam.model.base import Base
from kam.model.commerce import Competitor, CompetitorRep, CompetitorRepRelation, Transaction
from kam.model.contact import Contact, ContactAttendee, ContactOurAttendee, Feedback
from kam.model.people import (
    PERSONAL_FIELDS,
    SENSITIVE_PERSONAL_FIELDS,
    Faction,
    FactionMember,
    InfluenceLine,
    Person,
    PersonRole,
    StanceChange,
)
from kam.model.planning import (
    AnnualPlan,
    PlanEvent,
    QualObjective,
    QuantObjective,
    QuarterlyReview,
    ResourceNeed,
    ReviewRating,
    TierSnapshot,
)
from kam.model.project import (
    CriterionScore,
    DecisionCriterion,
    DecisionStep,
    ProjectParticipant,
    PurchasingProject,
    StepActor,
)
from kam.model.register import RegisterAccess, RegisterAttachment, RegisterItem
from kam.model.sync import (
    SyncAudit,
    SyncBase,
    SyncBatch,
    SyncConflict,
    SyncOutbox,
    SyncState,
    SyncTombstone,
)
from kam.model.system import AuditEntry, Setting
from kam.model.whitespace import BusinessUnit, ProductLine, ProductMapping, WhitespaceCell

__all__ = [
    "PERSONAL_FIELDS", "SENSITIVE_PERSONAL_FIELDS", "Account", "AccountTeamMember", "CategoryPurchases", "AnnualPlan", "AuditEntry", "Base", "BusinessUnit",
    "Competitor", "CompetitorRep", "CompetitorRepRelation", "Contact", "ContactAttendee",
    "ContactOurAttendee", "CriterionScore", "DecisionCriterion", "DecisionStep", "Department",
    "Faction", "FactionMember", "Feedback", "InfluenceLine", "Person", "PersonRole", "PlanEvent",
    "ProductLine", "ProductMapping", "ProjectParticipant", "PurchasingProject", "QualObjective", "QuantObjective",
    "QuarterlyReview", "RegisterAccess", "RegisterAttachment", "RegisterItem", "ResourceNeed",
    "ReviewRating", "Setting", "StanceChange", "StepActor", "SyncBase", "SyncBatch", "SyncConflict", "SyncOutbox", "SyncState",
    "SyncAudit", "SyncTombstone", "TierSnapshot", "Transaction", "User", "WhitespaceCell",
]
