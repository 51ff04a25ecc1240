"""All models, imported here so Base.metadata knows every table."""

from clinicdesk.db.models.audit import AuditEntry
from clinicdesk.db.models.catalogue import TreatmentFamily, TreatmentService
from clinicdesk.db.models.clients import Client, ClientSearchKey
from clinicdesk.db.models.consultations import (
    Consultation,
    ConsultationAmendment,
    IntakeSubmission,
    PlanChange,
    PlanSession,
    PlanTreatment,
    TreatmentPlan,
)
from clinicdesk.db.models.follow_ups import RecallContact, TreatmentDays
from clinicdesk.db.models.history import (
    HistoryEntry,
    HistoryReview,
    PatchTest,
    ScreeningOverride,
)
from clinicdesk.db.models.photos import BlobKey, Photo
from clinicdesk.db.models.practice import PracticeSetting, StaffMember
from clinicdesk.db.models.products import Product, ProductBatch
from clinicdesk.db.models.sessions import (
    AdverseEvent,
    SessionAmendment,
    SessionProduct,
    TreatmentSession,
)

__all__ = [
    "AdverseEvent",
    "AuditEntry",
    "BlobKey",
    "Client",
    "ClientSearchKey",
    "Consultation",
    "ConsultationAmendment",
    "HistoryEntry",
    "HistoryReview",
    "IntakeSubmission",
    "PatchTest",
    "Photo",
    "PlanChange",
    "PlanSession",
    "PlanTreatment",
    "PracticeSetting",
    "Product",
    "ProductBatch",
    "RecallContact",
    "ScreeningOverride",
    "SessionAmendment",
    "SessionProduct",
    "StaffMember",
    "TreatmentDays",
    "TreatmentFamily",
    "TreatmentPlan",
    "TreatmentService",
    "TreatmentSession",
]
