"""A client's photos after import: listed, described, aligned, checked, erased without a
trace; the blob keys; the schema revision that brings them."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from tests.unit import photo_helpers as make

from clinicdesk.db import migrate
from clinicdesk.db.models import AuditEntry, BlobKey
from clinicdesk.errors import NotFound, StorageError, ValidationError, VaultDamaged
from clinicdesk.rules.photo_views import Alignment, ViewCount
from clinicdesk.services import clients, photo_import, photos, session_changes
from clinicdesk.services import sessions as session_service
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.photos import PhotoDetails
from clinicdesk.vault.blobs import BlobProblem


def _client(practice, given="Zofia"):
    fields = ClientFields(given_name=given, family_name="Wójcik", date_of_birth=date(1990, 5, 4))
    return clients.create_client(practice, data=fields).id


@pytest.fixture
def client_id(practice):
    return _client(practice)


def _session(practice, client_id, family="botulinum_toxin"):
    record, _ = session_service.start_session(
        practice,
        client_id=client_id,
        family=family,
        performed_at=datetime.now(UTC) - timedelta(hours=1),
    )
    return record.id


def _import(practice, client_id, details, count=1, seed=0):
    files = [(f"{seed + n}.jpg", make.photo("jpg", (24, 16), seed + n)) for n in range(count)]
    report = photo_import.import_photos(practice, client_id=client_id, files=files, details=details)
    assert report.refused == ()
    return [photo_id for _, photo_id in report.imported]


def _actions(practice, action):
    with practice.reading() as session:
        return session.execute(
            select(AuditEntry.entity_id, AuditEntry.client_id, AuditEntry.detail).where(
                AuditEntry.action == action
            )
        ).all()


def test_photos_are_listed_oldest_first_and_filtered(practice, client_id):
    session_id = _session(practice, client_id)
    front = _import(practice, client_id, PhotoDetails("face", "front", session_id), 2)
    [profile] = _import(practice, client_id, PhotoDetails("face", "left_profile"), seed=5)
    [lips] = _import(practice, client_id, PhotoDetails("lips", "front"), seed=9)
    other = _client(practice, "Ewa")
    _import(practice, other, PhotoDetails("face", "front"), seed=20)

    assert [p.id for p in photos.photos(practice, client_id=client_id)] == [*front, profile, lips]
    assert [p.id for p in photos.photos(practice, client_id=client_id, area="face")] == [
        *front,
        profile,
    ]
    assert [p.id for p in photos.photos(practice, client_id=client_id, view="front")] == [
        *front,
        lips,
    ]
    assert [
        p.id for p in photos.photos(practice, client_id=client_id, session_id=session_id)
    ] == front
    row = photos.get_photo(practice, photo_id=lips)
    assert row.when == row.imported_at and row.taken_at is None and row.alignment is None


def test_a_session_says_which_views_it_still_lacks(practice, client_id):
    session_id = _session(practice, client_id)
    _import(practice, client_id, PhotoDetails("face", "front", session_id), 2)
    _import(practice, client_id, PhotoDetails("face", "other", session_id), seed=4)
    assert photos.session_capture(practice, session_id=session_id) == (
        ViewCount("front", True, 2),
        ViewCount("left_45", True, 0),
        ViewCount("right_45", True, 0),
        ViewCount("left_profile", True, 0),
        ViewCount("right_profile", True, 0),
        ViewCount("other", False, 1),
    )


def test_a_discarded_draft_session_lets_its_photos_go_unlinked(practice, client_id):
    session_id = _session(practice, client_id)
    [photo_id] = _import(practice, client_id, PhotoDetails("face", "front", session_id))
    session_changes.discard_draft(practice, session_id=session_id)
    assert photos.get_photo(practice, photo_id=photo_id).session_id is None


def test_details_are_corrected_and_audited_without_the_note(practice, client_id):
    [photo_id] = _import(practice, client_id, PhotoDetails("face", "front"))
    session_id = _session(practice, client_id)
    changed = photos.update_details(
        practice,
        photo_id=photo_id,
        details=PhotoDetails("neck", "front", session_id, note="  Qzxv redness  "),
    )
    assert (changed.area, changed.session_id, changed.note) == ("neck", session_id, "Qzxv redness")
    [(entity_id, owner, detail)] = _actions(practice, "photo_update")
    assert (entity_id, owner) == (photo_id, client_id)
    assert detail == '{"fields": ["area", "note", "session_id"]}'

    elsewhere = _session(practice, _client(practice, "Ewa"))
    with pytest.raises(ValidationError) as refused:
        photos.update_details(
            practice, photo_id=photo_id, details=PhotoDetails("neck", "front", elsewhere)
        )
    assert refused.value.field == "session_id"
    with pytest.raises(ValidationError) as refused:
        photos.update_details(
            practice, photo_id=photo_id, details=PhotoDetails("neck", "upside_down")
        )
    assert refused.value.field == "view"
    with pytest.raises(ValidationError) as refused:
        photos.update_details(
            practice, photo_id=photo_id, details=PhotoDetails("neck", "front", note="x" * 2001)
        )
    assert refused.value.field == "note"
    with pytest.raises(NotFound):
        photos.update_details(
            practice, photo_id=photo_id + 1, details=PhotoDetails("neck", "front")
        )


def test_an_alignment_is_saved_and_cleared(practice, client_id):
    [photo_id] = _import(practice, client_id, PhotoDetails("face", "front"))
    alignment = Alignment((0.3, 0.42), (0.7, 0.41))
    assert photos.save_alignment(practice, photo_id=photo_id, alignment=alignment).alignment == (
        alignment
    )
    assert photos.get_photo(practice, photo_id=photo_id).alignment == alignment
    assert photos.save_alignment(practice, photo_id=photo_id, alignment=None).alignment is None
    assert [detail for _, _, detail in _actions(practice, "photo_align")] == [
        '{"placed": true}',
        '{"placed": false}',
    ]


def test_erasing_a_photo_leaves_nothing_behind(practice, client_id, data_dir):
    kept, erased = _import(practice, client_id, PhotoDetails("face", "front"), 2)
    store = photos.blob_store(practice)
    before = {path for path in data_dir.rglob("*.blob")}
    assert len(before) == 6

    photos.erase_photo(practice, photo_id=erased)

    assert {name.owner_id for name in store.names()} == {kept}
    assert {path for path in data_dir.rglob("*.blob")} == {
        store.path(photos.blob_name(kept, kind)) for kind in photos.KINDS
    }
    assert [p.id for p in photos.photos(practice, client_id=client_id)] == [kept]
    assert _actions(practice, "photo_erase") == [(erased, client_id, "{}")]
    assert photos.verify_blobs(practice).ok
    with pytest.raises(NotFound):
        photos.image(practice, photo_id=erased)
    with pytest.raises(NotFound):
        photos.erase_photos(practice, photo_ids=[kept, erased])
    assert [p.id for p in photos.photos(practice, client_id=client_id)] == [kept]


def test_a_blob_that_will_not_go_is_reported_and_swept_up_later(practice, client_id, monkeypatch):
    [photo_id] = _import(practice, client_id, PhotoDetails("face", "front"))
    store = photos.blob_store(practice)

    def refuse(store, name):
        raise StorageError(
            "ClinicDesk cannot write in {folder}: {reason}. Nothing was saved.",
            folder="x",
            reason="Permission denied",
        )

    with monkeypatch.context() as patched:
        patched.setattr(type(store), "delete", refuse)
        with pytest.raises(StorageError, match="erased from the client's record"):
            photos.erase_photo(practice, photo_id=photo_id)
    assert [n.owner_id for n in store.names()] == [photo_id] * 3
    assert photos.verify_blobs(practice).unexpected == tuple(store.names())

    leftover = store.path(photos.blob_name(photo_id, "original")).with_name("x.blob.tmp-00")
    leftover.write_bytes(b"ciphertext")
    assert photos.remove_leftovers(practice) == 4
    assert store.names() == [] and store.leftovers() == []
    assert photos.remove_leftovers(practice) == 0
    assert [detail for _, _, detail in _actions(practice, "blob_cleanup")] == ['{"removed": 4}']


def test_verify_finds_damaged_swapped_replaced_and_missing_blobs(practice, client_id):
    first, second, third = _import(practice, client_id, PhotoDetails("face", "front"), 3)
    store = photos.blob_store(practice)
    assert photos.verify_blobs(practice).checked == 9

    path = store.path(photos.blob_name(first, "thumbnail"))
    damaged = bytearray(path.read_bytes())
    damaged[-3] ^= 0x40
    path.write_bytes(bytes(damaged))
    shutil.copyfile(
        store.path(photos.blob_name(first, "original")),
        store.path(photos.blob_name(second, "original")),
    )
    store.write(photos.blob_name(third, "original"), make.photo("jpg", (24, 16), 99))
    store.path(photos.blob_name(third, "preview")).unlink()

    seen = []
    report = photos.verify_blobs(practice, progress=lambda done, total: seen.append(total))
    assert seen == [9] * 9
    assert report.problems == (
        (photos.blob_name(first, "thumbnail"), BlobProblem.DAMAGED),
        (photos.blob_name(second, "original"), BlobProblem.DAMAGED),
        (photos.blob_name(third, "original"), BlobProblem.REPLACED),
        (photos.blob_name(third, "preview"), BlobProblem.MISSING),
    )
    with pytest.raises(VaultDamaged, match="damaged or was altered"):
        photos.image(practice, photo_id=second, kind="original")
    with pytest.raises(VaultDamaged, match="missing"):
        photos.image(practice, photo_id=third, kind="preview")
    with pytest.raises(ValueError, match="kind"):
        photos.image(practice, photo_id=first, kind="raw")


def test_a_page_of_thumbnails_is_read_at_once_and_one_bad_file_spoils_no_other(practice, client_id):
    first, second, third = _import(practice, client_id, PhotoDetails("face", "front"), 3)
    photos.erase_photo(practice, photo_id=second)
    path = photos.blob_store(practice).path(photos.blob_name(third, "thumbnail"))
    damaged = bytearray(path.read_bytes())
    damaged[-3] ^= 0x40
    path.write_bytes(bytes(damaged))

    found = photos.images(practice, photo_ids=[first, second, third])

    assert found[first] == photos.image(practice, photo_id=first, kind="thumbnail")
    assert isinstance(found[second], NotFound)
    assert isinstance(found[third], VaultDamaged)


def test_one_blob_key_made_on_first_use_and_never_changed(practice, client_id):
    with practice.reading() as session:
        assert session.scalars(select(BlobKey.id)).all() == []
    _import(practice, client_id, PhotoDetails("face", "front"), 2)
    photos.blob_store(practice)
    with practice.reading() as session:
        [key] = session.scalars(select(BlobKey)).all()
    assert len(key.key) == 32
    assert [entity_id for entity_id, _, _ in _actions(practice, "blob_key_create")] == [key.id]
    for statement in ("UPDATE blob_keys SET key = zeroblob(32)", "DELETE FROM blob_keys"):
        with (
            pytest.raises(IntegrityError, match="never changed or deleted"),
            practice.writing() as session,
        ):
            session.execute(text(statement))


def test_a_client_with_photos_cannot_be_deleted_around_them(practice, client_id):
    _import(practice, client_id, PhotoDetails("face", "front"))
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), practice.writing() as session:
        session.execute(text("DELETE FROM clients WHERE id = :id"), {"id": client_id})


def test_the_photos_revision_goes_down_and_up_again(practice, client_id):
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    for revision, step in (("0008", command.downgrade), ("head", command.upgrade)):
        with practice.engine.begin() as conn:
            config.attributes["connection"] = conn
            step(config, revision)
    with practice.reading() as session:
        triggers = session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'blob_keys'")
        ).all()
        autoincrement = session.scalar(text("SELECT sql FROM sqlite_master WHERE name = 'photos'"))
    assert sorted(triggers) == ["blob_keys_no_delete", "blob_keys_no_update"]
    assert "AUTOINCREMENT" in autoincrement
    assert _import(practice, client_id, PhotoDetails("face", "front"))
