"""A client's photos: listed, opened, described, aligned, erased; the blob store's keys.

The images live in the encrypted blob store (vault/blobs.py), three blobs a photo: the
original as stored (upright, sRGB JPEG, no metadata), a preview about 1600 px across and
a thumbnail about 256 px, all made at import (photo_import.py) so that nothing is ever
decoded from the original to be shown. The blob store's keys are kept in the database
and the first one is made the first time a practice stores a blob.

A photo's details (body area, view, session, note, consent scope) can be corrected at
any time; its consent scope never goes beyond the uses the client agreed to in their
latest final consultation. Erasing a photo deletes its row and, once that is committed,
its blobs; `remove_leftovers` sweeps up what an interrupted import or erasure left.
Every change is audited with ids and codes, never the note.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from clinicdesk.db.base import json_text
from clinicdesk.db.models import BlobKey, Photo
from clinicdesk.db.models.photos import NOTE_MAX
from clinicdesk.errors import (
    QT_TRANSLATE_NOOP,
    ClinicDeskError,
    NotFound,
    StorageError,
    ValidationError,
)
from clinicdesk.rules import photo_views
from clinicdesk.rules.photo_views import Alignment, ViewCount
from clinicdesk.services import audit, catalogue, consultations
from clinicdesk.services.clients import require_client
from clinicdesk.services.practice import Practice
from clinicdesk.services.sessions import require_session
from clinicdesk.vault.blobs import (
    KEY_BYTES,
    BlobName,
    BlobProblem,
    BlobReport,
    BlobStore,
    blob_folder,
)

OWNER = "photo"
ORIGINAL, PREVIEW, THUMBNAIL = "original", "preview", "thumbnail"
KINDS = (ORIGINAL, PREVIEW, THUMBNAIL)


def blob_name(photo_id: int, kind: str) -> BlobName:
    return BlobName(OWNER, photo_id, kind)


# -- the blob store ----------------------------------------------------------------------


def _keys(session: Session) -> dict[int, bytes]:
    return {key_id: key for key_id, key in session.execute(select(BlobKey.id, BlobKey.key))}


def blob_store(practice: Practice) -> BlobStore:
    """The practice's blob store, its keys read from the database (made the first time).

    Not kept in memory between calls: locking the screen must forget every key.
    """
    with practice.reading() as session:
        keys = _keys(session)
    if not keys:
        with practice.writing() as session:
            keys = _keys(session)  # another thread may have made it meanwhile
            if not keys:
                row = BlobKey(key=os.urandom(KEY_BYTES), created_at=datetime.now(UTC))
                session.add(row)
                session.flush()
                audit.record(session, "blob_key_create", entity_type="blob_key", entity_id=row.id)
                keys = {row.id: row.key}
    return BlobStore(blob_folder(practice.folder.root), keys)


# -- details -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoDetails:
    """What the practitioner says about a photo. `consent_scope` None: every use the
    client's photo consent allows."""

    area: str
    view: str
    session_id: int | None = None
    note: str = ""
    consent_scope: Sequence[str] | None = None


@dataclass(frozen=True)
class PhotoRow:
    id: int
    client_id: int
    session_id: int | None
    area: str
    view: str
    note: str
    consent_scope: tuple[str, ...]
    taken_at: datetime | None
    imported_at: datetime
    width: int
    height: int
    alignment: Alignment | None

    @property
    def when(self) -> datetime:
        """When the photo was taken, or imported when the camera did not say."""
        return self.taken_at or self.imported_at


def clean_details(practice: Practice, client_id: int, details: PhotoDetails) -> dict[str, Any]:
    """The details checked, as the photos table keeps them; refuses rather than cuts.
    The session is checked again where the photo is written (`check_session`)."""
    if details.area not in photo_views.AREAS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Choose the body area from the list."),
            field="area",
        )
    if details.view not in photo_views.VIEWS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Choose the view from the list."), field="view"
        )
    note = (details.note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "This text is {length} characters long; at most {limit} fit. "
                "Shorten it or put the rest in the client's notes.",
            ),
            field="note",
            length=len(note),
            limit=NOTE_MAX,
        )
    agreed = consultations.photo_consent(practice, client_id=client_id)
    chosen = agreed if details.consent_scope is None else tuple(details.consent_scope)
    unknown = set(chosen) - set(consultations.PHOTO_SCOPES)
    if unknown:
        raise ValueError(f"not photo consent scopes: {sorted(unknown)}")
    if not set(chosen) <= set(agreed):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The client's photo consent does not cover every use chosen for this photo.",
            ),
            field="consent_scope",
        )
    with practice.reading() as session:
        check_session(session, client_id, details.session_id)
    return {
        "area": details.area,
        "view": details.view,
        "session_id": details.session_id,
        "note": note,
        "consent_scope": json_text([s for s in consultations.PHOTO_SCOPES if s in chosen]),
    }


def check_session(session: Session, client_id: int, session_id: int | None) -> None:
    """The client exists, and so does the session, which is theirs."""
    require_client(session, client_id)
    if session_id is not None and require_session(session, session_id).client_id != client_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "This session is not one of this client's."),
            field="session_id",
        )


# -- reading -----------------------------------------------------------------------------

# In the order of PhotoRow's fields.
_COLUMNS: tuple[Any, ...] = (
    Photo.id, Photo.client_id, Photo.session_id, Photo.area, Photo.view, Photo.note,
    Photo.consent_scope, Photo.taken_at, Photo.imported_at, Photo.width, Photo.height,
    Photo.alignment,
)  # fmt: skip


def _row(values: Sequence[Any]) -> PhotoRow:
    row = list(values)
    row[6] = tuple(json.loads(row[6]))
    row[11] = None if row[11] is None else Alignment.from_value(json.loads(row[11]))
    return PhotoRow(*row)


def _not_found() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("ClinicDeskError", "This photo no longer exists."))


def require_photo(session: Session, photo_id: int) -> Photo:
    row = session.get(Photo, photo_id)
    if row is None:
        raise _not_found()
    return row


def photos(
    practice: Practice,
    *,
    client_id: int,
    area: str | None = None,
    view: str | None = None,
    session_id: int | None = None,
) -> list[PhotoRow]:
    """A client's photos, oldest first (by when taken, else imported), optionally only
    of one area, one view and one session."""
    query = select(*_COLUMNS).where(Photo.client_id == client_id)
    for column, value in ((Photo.area, area), (Photo.view, view), (Photo.session_id, session_id)):
        if value is not None:
            query = query.where(column == value)
    query = query.order_by(func.coalesce(Photo.taken_at, Photo.imported_at), Photo.id)
    with practice.reading() as session:
        return [_row(values) for values in session.execute(query)]


def get_photo(practice: Practice, *, photo_id: int) -> PhotoRow:
    with practice.reading() as session:
        values = session.execute(select(*_COLUMNS).where(Photo.id == photo_id)).first()
    if values is None:
        raise _not_found()
    return _row(values)


def image(practice: Practice, *, photo_id: int, kind: str = PREVIEW) -> bytes:
    """The JPEG bytes of a photo's original, preview or thumbnail, decrypted in memory."""
    if kind not in KINDS:
        raise ValueError(f"not a kind of photo blob: {kind!r}")
    get_photo(practice, photo_id=photo_id)
    return blob_store(practice).read(blob_name(photo_id, kind))


def images(
    practice: Practice, *, photo_ids: Sequence[int], kind: str = THUMBNAIL
) -> dict[int, bytes | ClinicDeskError]:
    """Many photos' JPEG bytes of one kind (a gallery's page of thumbnails), read with one
    look-up of the photos and the keys; a photo erased meanwhile or a damaged file gives
    its error in place of the bytes, so one bad file spoils no other."""
    if kind not in KINDS:
        raise ValueError(f"not a kind of photo blob: {kind!r}")
    with practice.reading() as session:
        present = set(session.scalars(select(Photo.id).where(Photo.id.in_(photo_ids))))
    store = blob_store(practice)
    found: dict[int, bytes | ClinicDeskError] = {}
    for photo_id in photo_ids:
        if photo_id not in present:
            found[photo_id] = _not_found()
            continue
        try:
            found[photo_id] = store.read(blob_name(photo_id, kind))
        except ClinicDeskError as error:
            found[photo_id] = error
    return found


def session_capture(practice: Practice, *, session_id: int) -> tuple[ViewCount, ...]:
    """The views the session's treatment asks for, with how many photos each has."""
    with practice.reading() as session:
        family = require_session(session, session_id).family
        taken = session.scalars(select(Photo.view).where(Photo.session_id == session_id)).all()
    expected = next(
        (
            f.photo_views
            for f in catalogue.families(practice, include_retired=True)
            if f.code == family
        ),
        (),
    )
    return photo_views.capture_checklist(expected, taken)


# -- changing ----------------------------------------------------------------------------


def update_details(practice: Practice, *, photo_id: int, details: PhotoDetails) -> PhotoRow:
    """Correct a photo's area, view, session, note and consent scope."""
    client_id = get_photo(practice, photo_id=photo_id).client_id
    values = clean_details(practice, client_id, details)
    with practice.writing() as session:
        row = require_photo(session, photo_id)
        check_session(session, client_id, values["session_id"])
        changed = sorted(name for name, value in values.items() if getattr(row, name) != value)
        for name in changed:
            setattr(row, name, values[name])
        if changed:
            audit.record(
                session,
                "photo_update",
                entity_type="photo",
                entity_id=photo_id,
                client_id=client_id,
                detail={"fields": changed},
            )
    return get_photo(practice, photo_id=photo_id)


def save_alignment(practice: Practice, *, photo_id: int, alignment: Alignment | None) -> PhotoRow:
    """Keep (or, with None, clear) the comparison viewer's two landmarks on a photo."""
    with practice.writing() as session:
        row = require_photo(session, photo_id)
        row.alignment = None if alignment is None else json_text(alignment.as_value())
        audit.record(
            session,
            "photo_align",
            entity_type="photo",
            entity_id=photo_id,
            client_id=row.client_id,
            detail={"placed": alignment is not None},
        )
    return get_photo(practice, photo_id=photo_id)


def erase_photos(practice: Practice, *, photo_ids: Iterable[int]) -> None:
    """Erase photos: their rows, then (once that is committed) their blobs."""
    ids = sorted(set(photo_ids))
    store = blob_store(practice)
    with practice.writing() as session:
        found = session.execute(select(Photo.id, Photo.client_id).where(Photo.id.in_(ids)))
        owners = {photo_id: client_id for photo_id, client_id in found}
        if len(owners) != len(ids):
            raise _not_found()
        session.execute(delete(Photo).where(Photo.id.in_(ids)))
        audit.append(
            session,
            [audit.Event("photo_erase", "photo", photo_id, owners[photo_id]) for photo_id in ids],
        )
    # Blobs go only after the commit: a failed commit must not leave rows without images.
    try:
        for photo_id in ids:
            for kind in KINDS:
                store.delete(blob_name(photo_id, kind))
    except StorageError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError",
                "The photo was erased from the client's record, but its encrypted files could "
                "not be removed from {folder}: {reason}. They are removed at the next clean-up.",
            ),
            folder=str(store.folder),
            reason=exc.args_for_message.get("reason") or str(exc),
        ) from None


def erase_photo(practice: Practice, *, photo_id: int) -> None:
    erase_photos(practice, photo_ids=[photo_id])


# -- checking and cleaning up ------------------------------------------------------------


def verify_blobs(
    practice: Practice, progress: Callable[[int, int], None] | None = None
) -> BlobReport:
    """Open and authenticate every photo blob the database expects, check each original
    against its recorded SHA-256, and find blobs and files nothing expects."""
    with practice.reading() as session:
        rows = session.execute(select(Photo.id, Photo.content_hash)).all()
        keys = _keys(session)
    digests = {blob_name(photo_id, ORIGINAL): digest for photo_id, digest in rows}
    expected = [blob_name(photo_id, kind) for photo_id, _ in rows for kind in KINDS]
    if not keys:
        # No photo was ever stored, or its key is gone; a check must not make a key.
        return BlobReport(checked=0, problems=tuple((n, BlobProblem.UNKNOWN_KEY) for n in expected))
    store = BlobStore(blob_folder(practice.folder.root), keys)
    return store.verify(expected, digests=digests, progress=progress)


def remove_leftovers(practice: Practice) -> int:
    """Delete the blobs of photos that no longer exist and what interrupted writes left;
    returns how many files went. Runs inside a write transaction, which an import holds
    from its first blob to its commit, so no photo being imported is taken for a leftover."""
    store = blob_store(practice)
    with practice.writing() as session:
        existing = set(session.scalars(select(Photo.id)))
        orphans = [n for n in store.names() if n.owner == OWNER and n.owner_id not in existing]
        for name in orphans:
            store.delete(name)
        removed = len(orphans) + store.remove_leftovers()
        if removed:
            audit.record(session, "blob_cleanup", detail={"removed": removed})
    return removed
