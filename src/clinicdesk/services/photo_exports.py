"""Exporting a comparison of a client's photos: whether their consent allows the use
chosen, and the audit entry of every export made.

A purpose is one of the photo consent's scopes (consultations.PHOTO_SCOPES): the
clinical record, anonymised teaching, or marketing. An export is allowed only when
every photo's own consent scope includes the purpose *and* the client's photo consent
still does (their latest final consultation): a scope set on a photo when the client
agreed to marketing does not outlive a later withdrawal. Teaching is "anonymised
teaching" in the consent the client signed, so an export for teaching must be
anonymised; for marketing anonymising is the practitioner's choice.

The pictures themselves (the side-by-side, the crop, the blurred eyes, the JPEG or the
PDF) are made by the UI in memory; this module only decides and records. The audit
entry names the photos by id with the purpose, the format and whether the export was
anonymised; never a name, a note or where the file went.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select

from clinicdesk.db.models import Photo
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.services import audit, consultations
from clinicdesk.services.practice import Practice

PURPOSES = consultations.PHOTO_SCOPES
FORMATS = ("jpeg", "pdf")
# Purposes whose consent covers only anonymised pictures.
MUST_ANONYMISE = ("teaching",)
MAX_PHOTOS = 4


class ExportRefused(ValidationError):
    """The consent does not allow the purpose: `refused` are the photos whose own scope
    leaves it out (all of them when `withdrawn`: the client's consent no longer has it)."""

    def __init__(self, *, purpose: str, refused: Sequence[int], withdrawn: bool) -> None:
        self.purpose = purpose
        self.refused = tuple(refused)
        self.withdrawn = withdrawn
        super().__init__(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The client's photo consent does not allow this use of {count} of the photos.",
            ),
            field="purpose",
            count=len(self.refused),
        )


def _check_anonymised(purpose: str, anonymised: bool) -> None:
    if purpose in MUST_ANONYMISE and not anonymised:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The client agreed to anonymised teaching only: crop the photos or blur the "
                "eyes before exporting them for teaching.",
            ),
            field="anonymise",
        )


def _client_allowing(practice: Practice, photo_ids: Sequence[int], purpose: str) -> int:
    """The photos' client, once the purpose is found allowed for every one of them."""
    if purpose not in PURPOSES:
        raise ValueError(f"not a photo consent scope: {purpose!r}")
    ids = list(dict.fromkeys(photo_ids))
    if not 1 <= len(ids) <= MAX_PHOTOS:
        raise ValueError(f"an export has 1 to {MAX_PHOTOS} photos, not {len(ids)}")
    with practice.reading() as session:
        found = {
            photo_id: (client_id, tuple(json.loads(scope)))
            for photo_id, client_id, scope in session.execute(
                select(Photo.id, Photo.client_id, Photo.consent_scope).where(Photo.id.in_(ids))
            )
        }
    if len(found) != len(ids):
        raise NotFound(QT_TRANSLATE_NOOP("ClinicDeskError", "This photo no longer exists."))
    clients = {client_id for client_id, _ in found.values()}
    if len(clients) != 1:
        raise ValueError("the photos of one export belong to one client")
    [client_id] = clients
    if purpose not in consultations.photo_consent(practice, client_id=client_id):
        raise ExportRefused(purpose=purpose, refused=ids, withdrawn=True)
    refused = [photo_id for photo_id in ids if purpose not in found[photo_id][1]]
    if refused:
        raise ExportRefused(purpose=purpose, refused=refused, withdrawn=False)
    return client_id


def check_export(
    practice: Practice,
    *,
    photo_ids: Sequence[int],
    purpose: str,
    anonymised: bool | None = None,
) -> None:
    """Whether these photos may be exported for `purpose` (and, when `anonymised` is
    given, whether that is enough for it). ExportRefused names the photos whose consent
    does not allow it; ValidationError asks for anonymising."""
    _client_allowing(practice, photo_ids, purpose)
    if anonymised is not None:
        _check_anonymised(purpose, anonymised)


def record_export(
    practice: Practice,
    *,
    photo_ids: Sequence[int],
    purpose: str,
    file_format: str,
    anonymised: bool,
) -> None:
    """Audit an export the practitioner has just saved, checked like `check_export`."""
    if file_format not in FORMATS:
        raise ValueError(f"not an export format: {file_format!r}")
    _check_anonymised(purpose, anonymised)
    client_id = _client_allowing(practice, photo_ids, purpose)
    ids = list(dict.fromkeys(photo_ids))
    with practice.writing() as session:
        audit.record(
            session,
            "photo_export",
            entity_type="photo",
            entity_id=ids[0],
            client_id=client_id,
            detail={
                "purpose": purpose,
                "format": file_format,
                "photo_ids": ids,
                "anonymised": anonymised,
            },
        )
