"""All models, imported here so Base.metadata knows every table."""

from clinicdesk.db.models.audit import AuditEntry
from clinicdesk.db.models.catalogue import TreatmentFamily, TreatmentService
from clinicdesk.db.models.clients import Client, ClientSearchKey
from clinicdesk.db.models.consultations import (
    Consultation,
    ConsultationAmendment,
    IntakeSubmission,
    PlanTreatment,
    TreatmentPlan,
)
from clinicdesk.db.models.history import (
    HistoryEntry,
    HistoryReview,
    PatchTest,
    ScreeningOverride,
)
from clinicdesk.db.models.practice import PracticeSetting, StaffMember

__all__ = [
    "AuditEntry",
    "Client",
    "ClientSearchKey",
    "Consultation",
    "ConsultationAmendment",
    "HistoryEntry",
    "HistoryReview",
    "IntakeSubmission",
    "PatchTest",
    "PlanTreatment",
    "PracticeSetting",
    "ScreeningOverride",
    "StaffMember",
    "TreatmentFamily",
    "TreatmentPlan",
    "TreatmentService",
]
