"""Importing photos: every format, upright and stripped of metadata; bad files refused by
name without stopping the others; bombs refused before decoding; cancel; no plaintext."""

from __future__ import annotations

import io
import tempfile
import warnings
from datetime import UTC, date, datetime

import pytest
from PIL import Image, ImageCms, ImageFile, PngImagePlugin
from sqlalchemy import func, select
from tests.unit import photo_helpers as make

from clinicdesk.db.models import AuditEntry, Photo
from clinicdesk.errors import ImportFailed, StorageError, ValidationError
from clinicdesk.services import clients, consultations, photo_import, photos
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.photos import PhotoDetails
from clinicdesk.vault.blobs import BlobStore

FACE = PhotoDetails(area="face", view="front")
NOT_A_PHOTO = "{file} is not a photo ClinicDesk can import (JPEG, PNG, WebP, HEIC)."
DAMAGED = "{file} is damaged or incomplete, so it cannot be read."
TOO_LARGE = "{file} is larger than {limit} megapixels. Export a smaller copy and import that."


@pytest.fixture
def client_id(practice):
    fields = ClientFields(given_name="Zofia", family_name="Wójcik", date_of_birth=date(1990, 5, 4))
    return clients.create_client(practice, data=fields).id


def _import(practice, client_id, files, details=FACE, **kwargs):
    return photo_import.import_photos(
        practice, client_id=client_id, files=files, details=details, **kwargs
    )


def _photo_count(practice) -> int:
    with practice.reading() as session:
        return session.scalar(select(func.count()).select_from(Photo))


def _reasons(report) -> dict[str, str]:
    assert all(isinstance(reason, ImportFailed) for _, reason in report.refused)
    assert all(reason.args_for_message["file"] == name for name, reason in report.refused)
    return {name: reason.template for name, reason in report.refused}


@pytest.mark.parametrize("extension", ["jpg", "png", "webp", "heic"])
def test_each_format_is_stored_upright_with_its_date_and_nothing_else(
    practice, client_id, extension
):
    if extension == "heic" and not make.heic_encoder_available():
        pytest.skip("this libheif has no HEIC encoder")
    # GIVEN a photo taken on its side (EXIF orientation 6), with a camera serial number,
    # a GPS position and an sRGB profile in it, its red corner top-left as stored
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = make.encode(
        make.picture((80, 40)), extension, exif=make.exif_with_secrets(6), icc_profile=srgb
    )

    # WHEN it is imported
    report = _import(practice, client_id, [(f"IMG_0001.{extension}", data)])

    # THEN it is stored upright as a JPEG, the red corner at the top right, with the
    # time taken (at +01:00) as a field and no metadata at all
    assert report.refused == () and not report.cancelled and report.failure is None
    [(name, photo_id)] = report.imported
    assert name == f"IMG_0001.{extension}"
    row = photos.get_photo(practice, photo_id=photo_id)
    assert (row.width, row.height) == (40, 80)
    assert row.taken_at == datetime(2024, 3, 5, 13, 22, 1, tzinfo=UTC)
    assert (row.area, row.view, row.session_id, row.note) == ("face", "front", None, "")
    original = photos.image(practice, photo_id=photo_id, kind="original")
    stored = make.decoded(original)
    assert stored.format == "JPEG" and stored.size == (40, 80)
    red, green, blue = stored.getpixel((36, 3))
    assert red > 180 and green < 80 and blue < 80
    assert stored.getpixel((3, 3))[0] < 180 or stored.getpixel((3, 3))[1] > 80
    assert dict(stored.getexif()) == {}
    assert not set(stored.info) & {"exif", "icc_profile", "xmp", "comment"}
    for secret in (make.SERIAL, make.CAMERA, "2024:03:05"):
        assert secret.encode() not in original
    assert b"Exif" not in original


def test_previews_and_thumbnails_are_made_at_import(practice, client_id):
    report = _import(practice, client_id, [("wide.png", make.photo("png", (2000, 1000)))])
    [(_, photo_id)] = report.imported
    sizes = {
        kind: make.decoded(photos.image(practice, photo_id=photo_id, kind=kind)).size
        for kind in photos.KINDS
    }
    assert sizes == {"original": (2000, 1000), "preview": (1600, 800), "thumbnail": (256, 128)}


def test_a_transparent_png_is_flattened_onto_white(practice, client_id):
    image = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
    image.paste((0, 0, 255, 255), (0, 0, 20, 40))
    out = io.BytesIO()
    image.save(out, "PNG")
    [(_, photo_id)] = _import(practice, client_id, [("cut-out.png", out.getvalue())]).imported
    stored = make.decoded(photos.image(practice, photo_id=photo_id, kind="original"))
    assert min(stored.getpixel((35, 20))) > 245
    assert stored.getpixel((5, 20))[2] > 200


def test_bad_files_are_refused_by_name_with_a_reason(practice, client_id):
    broken_crc = bytearray(make.photo("png"))
    broken_crc[40] ^= 0xFF
    gif = io.BytesIO()
    make.picture().save(gif, "GIF")
    files = [
        ("cut short.jpg", make.truncated_jpeg()),
        ("notes.jpg", b"Zofia's notes, renamed to look like a photo"),
        ("empty.heic", b""),
        ("animation.gif", gif.getvalue()),
        ("corrupt.png", bytes(broken_crc)),
        ("fine.webp", make.photo("webp")),
    ]
    report = _import(practice, client_id, files)
    assert [name for name, _ in report.imported] == ["fine.webp"]
    assert _reasons(report) == {
        "cut short.jpg": DAMAGED,
        "notes.jpg": NOT_A_PHOTO,
        "empty.heic": NOT_A_PHOTO,
        "animation.gif": NOT_A_PHOTO,
        "corrupt.png": DAMAGED,
    }
    [(_, reason)] = [r for r in report.refused if r.name == "cut short.jpg"]
    assert str(reason) == "cut short.jpg is damaged or incomplete, so it cannot be read."


@pytest.mark.parametrize("action", ["error", "ignore"])
def test_decompression_bombs_are_refused_before_a_pixel_is_decoded(
    practice, client_id, monkeypatch, action
):
    loaded = []
    real_load = ImageFile.ImageFile.load
    monkeypatch.setattr(
        ImageFile.ImageFile, "load", lambda image: loaded.append(image) or real_load(image)
    )
    files = [
        ("declared.png", make.bomb_png(20_000, 20_000)),  # 400 MP in a few dozen bytes
        ("real bomb.png", make.bomb_png(7_100, 7_100, whole=True)),  # 50.4 MP, all there
    ]
    assert all(len(data) < 60_000 for _, data in files)
    # Importing makes Pillow's warning an error; pytest (or anyone) may filter it otherwise.
    with warnings.catch_warnings():
        warnings.filterwarnings(action, category=Image.DecompressionBombWarning)
        report = _import(practice, client_id, files)
    assert report.imported == ()
    assert _reasons(report) == {"declared.png": TOO_LARGE, "real bomb.png": TOO_LARGE}
    assert report.refused[0].reason.args_for_message["limit"] == 50
    assert loaded == []
    assert Image.MAX_IMAGE_PIXELS == photo_import.MAX_PIXELS


def test_the_limits_are_clinicdesk_s_own_whatever_pillow_s(practice, client_id, monkeypatch):
    monkeypatch.setattr(photo_import, "MAX_PIXELS", 80 * 40)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    fits = make.photo("jpg", (80, 40))
    monkeypatch.setattr(photo_import, "MAX_FILE_BYTES", len(fits) + 1000)
    report = _import(
        practice,
        client_id,
        [
            ("fits.jpg", fits),
            ("over.jpg", make.photo("jpg", (81, 40))),
            ("long.jpg", fits + bytes(2000)),
        ],
    )
    assert [name for name, _ in report.imported] == ["fits.jpg"]
    assert _reasons(report) == {
        "over.jpg": TOO_LARGE,
        "long.jpg": "{file} is larger than {limit} MB, more than any photo needs.",
    }


def test_fifty_files_with_three_bad_import_the_forty_seven_and_list_the_three(practice, client_id):
    bad = {
        5: ("IMG_0005.jpg", make.truncated_jpeg()),
        20: ("IMG_0020.jpg", b"not a photo at all"),
        33: ("IMG_0033.png", make.bomb_png(30_000, 30_000)),
    }
    extensions = ("jpg", "png", "webp")
    files = [
        bad.get(n, (f"IMG_{n:04}.{extensions[n % 3]}", make.photo(extensions[n % 3], (24, 16), n)))
        for n in range(50)
    ]
    seen = []

    report = _import(practice, client_id, files, progress=lambda *done: seen.append(done))

    assert seen == [(n, 50) for n in range(1, 51)]
    assert [name for name, _ in report.refused] == ["IMG_0005.jpg", "IMG_0020.jpg", "IMG_0033.png"]
    assert _reasons(report) == {
        "IMG_0005.jpg": DAMAGED,
        "IMG_0020.jpg": NOT_A_PHOTO,
        "IMG_0033.png": TOO_LARGE,
    }
    assert len(report.imported) == 47 == _photo_count(practice)
    assert [name for name, _ in report.imported] == [
        name for n, (name, _) in enumerate(files) if n not in bad
    ]
    assert len(photos.blob_store(practice).names()) == 47 * 3
    with practice.reading() as session:
        audited = session.scalars(
            select(AuditEntry.entity_id).where(AuditEntry.action == "photo_import")
        ).all()
    assert sorted(audited) == sorted(photo_id for _, photo_id in report.imported)


def test_cancelling_keeps_what_was_imported_and_lists_the_rest(practice, client_id):
    files = [(f"IMG_{n}.jpg", make.photo("jpg", (24, 16), n)) for n in range(10)]
    done = []
    report = _import(
        practice,
        client_id,
        files,
        progress=lambda count, total: done.append(count),
        cancelled=lambda: len(done) >= 3,
    )
    assert report.cancelled and report.failure is None
    assert [name for name, _ in report.imported] == ["IMG_0.jpg", "IMG_1.jpg", "IMG_2.jpg"]
    assert report.skipped == tuple(f"IMG_{n}.jpg" for n in range(3, 10))
    assert _photo_count(practice) == 3


def test_a_full_disk_stops_the_batch_and_leaves_no_part_of_the_photo(
    practice, client_id, monkeypatch
):
    real_write = BlobStore.write
    calls = []

    def write(store, name, plaintext):
        calls.append(name)
        if len(calls) == 5:  # the second photo's preview
            raise StorageError(
                "The disk is full. Nothing was saved; free some space and try again."
            )
        real_write(store, name, plaintext)

    monkeypatch.setattr(BlobStore, "write", write)
    files = [(f"IMG_{n}.jpg", make.photo("jpg", (24, 16), n)) for n in range(4)]
    report = _import(practice, client_id, files)

    assert isinstance(report.failure, StorageError)
    assert [name for name, _ in report.imported] == ["IMG_0.jpg"]
    assert report.skipped == ("IMG_1.jpg", "IMG_2.jpg", "IMG_3.jpg")
    assert _photo_count(practice) == 1
    [(_, kept)] = report.imported
    store = photos.blob_store(practice)
    assert {name.owner_id for name in store.names()} == {kept}
    assert store.leftovers() == []


def test_the_same_photo_twice_is_refused_the_second_time(practice, client_id):
    data = make.photo("jpg", (24, 16), 1)
    report = _import(practice, client_id, [("a.jpg", data), ("copy of a.jpg", data)])
    assert [name for name, _ in report.imported] == ["a.jpg"]
    assert _reasons(report) == {"copy of a.jpg": "{file} is already among this client's photos."}


def test_details_for_each_file_and_the_consent_scope_from_the_consultation(practice, client_id):
    draft = consultations.start(practice, client_id=client_id)
    consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={
            "reason": "Frown lines",
            "data_consent": True,
            "photo_consent": ["teaching", "clinical"],
        },
    )
    files = [(f"{view}.jpg", make.photo("jpg", (24, 16), n)) for n, view in enumerate("ab")]
    details = [
        PhotoDetails(area="forehead", view="left_45", note="Before"),
        PhotoDetails(area="forehead", view="right_45", consent_scope=["clinical"]),
    ]
    report = _import(practice, client_id, files, details=details)
    rows = photos.photos(practice, client_id=client_id)
    assert [(r.view, r.note, r.consent_scope) for r in rows] == [
        ("left_45", "Before", ("clinical", "teaching")),
        ("right_45", "", ("clinical",)),
    ]
    assert [r.id for r in rows] == [photo_id for _, photo_id in report.imported]

    with pytest.raises(ValidationError) as refused:
        _import(
            practice,
            client_id,
            files,
            details=PhotoDetails("face", "front", consent_scope=["marketing"]),
        )
    assert refused.value.field == "consent_scope"
    with pytest.raises(ValidationError) as refused:
        _import(practice, client_id, files, details=PhotoDetails("elbow", "front"))
    assert refused.value.field == "area"
    with pytest.raises(ValueError, match="one per file"):
        _import(practice, client_id, files, details=details[:1])
    assert _photo_count(practice) == 2


def test_nothing_of_a_photo_or_its_note_is_ever_on_disk_in_plaintext(
    practice, client_id, data_dir, monkeypatch
):
    # GIVEN a photo with a caption, a serial number and a GPS position in it, and no way
    # to make a temporary file
    def no_temporary_files(*args, **kwargs):
        raise AssertionError("a temporary file was asked for")

    for function in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile"):
        monkeypatch.setattr(tempfile, function, no_temporary_files)
    picture = make.picture((160, 120), seed=9)
    caption = PngImagePlugin.PngInfo()
    caption.add_text("Description", "Caption Wvxqpl of Zofia")
    data = make.encode(picture, "png", pnginfo=caption, exif=make.exif_with_secrets())
    note = "Mark Qzxv-7781: redness after the second pass"

    # WHEN it is imported with a note, viewed, described again and verified
    [(_, photo_id)] = _import(
        practice,
        client_id,
        [("Zofia Wójcik before.png", data)],
        details=PhotoDetails("face", "front", note=note),
    ).imported
    stored = {kind: photos.image(practice, photo_id=photo_id, kind=kind) for kind in photos.KINDS}
    photos.update_details(
        practice, photo_id=photo_id, details=PhotoDetails("face", "other", note=note + "!")
    )
    assert photos.verify_blobs(practice).ok
    assert photos.get_photo(practice, photo_id=photo_id).note == note + "!"

    # THEN no file in the data folder holds any of it, in any form we can think of
    needles = [note.encode(), note.encode("utf-16-le"), b"Qzxv-7781", b"Wvxqpl", make.SERIAL.encode(),
               make.CAMERA.encode(), "Wójcik".encode(), picture.tobytes()[300:348]]  # fmt: skip
    for blob in (data, *stored.values()):
        needles += [
            blob[start : start + 32] for start in range(200, len(blob) - 32, len(blob) // 7)
        ]
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert any(path.suffix == ".blob" for path in files)
    for path in files:
        content = path.read_bytes()
        found = [needle[:12] for needle in needles if needle in content]
        assert found == [], f"{path.relative_to(data_dir)} holds {found}"
    # and the audit names ids and codes only
    with practice.reading() as session:
        details = session.scalars(select(AuditEntry.detail).where(AuditEntry.entity_id == photo_id))
        assert not any("Qzxv" in detail or "Wójcik" in detail for detail in details)
