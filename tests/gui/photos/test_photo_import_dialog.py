"""The photo import dialog driven through its real widgets: files chosen in the file dialog,
a bad one refused by name while the rest are imported, progress and Cancel, a file too
large refused unread, the session's views still missing, the session's Photos… button,
and nothing of a photo or its note left readable on disk."""

from __future__ import annotations

import tempfile
import time

import pytest
from PySide6.QtWidgets import QFileDialog
from tests.unit import photo_helpers as make

from clinicdesk.services import clients, photo_import, photos
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.photos import PhotoDetails
from clinicdesk.ui.photo_import_dialog import PhotoImportDialog
from clinicdesk.ui.session_dialog import SessionDialog

NOTE = "Mark Qzxv-7781: redness after the second pass"


OPEN: list = []


@pytest.fixture(autouse=True)
def kept_open():
    """Holds each dialog until the test is over (see test_session_dialog.kept_open)."""
    yield OPEN
    OPEN.clear()


def _files(folder, named):
    folder.mkdir(exist_ok=True)
    paths = []
    for name, data in named:
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def _good(folder, count, seed=0):
    return _files(
        folder,
        [(f"IMG_{seed + n:04}.jpg", make.photo("jpg", (64, 48), seed + n)) for n in range(count)],
    )


def _slowed(monkeypatch, seconds):
    real_prepare = photo_import.prepare

    def prepare(name, data):
        time.sleep(seconds)  # time for a click to land between two files
        return real_prepare(name, data)

    monkeypatch.setattr(photo_import, "prepare", prepare)


def _dialog(qtbot, handle, client, **kwargs) -> PhotoImportDialog:
    dialog = PhotoImportDialog(handle, client, **kwargs)
    qtbot.addWidget(dialog)
    OPEN.append(dialog)
    dialog.show()
    return dialog


def _choose(dialog, area="face", view="front"):
    form = dialog.form
    form.area.setCurrentIndex(form.area.findData(area))
    form.view.setCurrentIndex(form.view.findData(view))


def _run(qtbot, dialog):
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    return dialog.report


def _list(widget):
    return [widget.item(n).text() for n in range(widget.count())]


def test_five_files_with_one_bad_import_four_and_name_the_bad_one(
    qtbot, handle, client, tmp_path, monkeypatch
):
    # GIVEN five files chosen in the file dialog, one of them cut short
    paths = _good(tmp_path / "card", 4)
    paths.insert(2, *_files(tmp_path / "card", [("cut short.jpg", make.truncated_jpeg())]))
    asked = []

    def choose(*args):
        asked.append(args[3])
        return [str(p) for p in paths], args[3]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    dialog = _dialog(qtbot, handle, client)
    dialog.add_button.click()
    assert "*.heic" in asked[0] and "*.webp" in asked[0] and "*.jpeg" in asked[0]
    assert _list(dialog.files) == [p.name for p in paths]

    # WHEN they are imported as the front of the face, with a note
    _choose(dialog)
    dialog.form.note.setPlainText(NOTE)
    report = _run(qtbot, dialog)

    # THEN four are imported and the bad one is named with its reason
    assert len(report.imported) == 4
    assert dialog.summary.text() == "4 photos imported."
    assert _list(dialog.refused) == [
        "cut short.jpg is damaged or incomplete, so it cannot be read."
    ]
    assert dialog.refused.isVisible() and dialog.summary.isVisible()
    assert dialog.progress.value() == dialog.progress.maximum() == 5
    assert dialog.files.count() == 0 and not dialog.import_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    rows = photos.photos(handle.practice, client_id=client.id)
    assert [(r.area, r.view, r.note, r.consent_scope) for r in rows] == [
        ("face", "front", NOTE, ("clinical",))
    ] * 4


def test_progress_moves_and_cancel_stops_keeping_what_was_imported(
    qtbot, handle, client, tmp_path, monkeypatch
):
    seen = []
    _slowed(monkeypatch, 0.15)
    dialog = _dialog(qtbot, handle, client, paths=_good(tmp_path / "card", 12))
    dialog.progressed.connect(lambda done, total: seen.append((done, total)))
    _choose(dialog)

    dialog.import_button.click()
    assert dialog.running and dialog.progress.isVisible()
    assert dialog.cancel_button.text() == "Cancel" and not dialog.form.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress.value() >= 2, timeout=20_000)
    assert "Importing" in dialog.status.text()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)

    report = dialog.report
    assert report.cancelled
    assert 2 <= len(report.imported) < 12
    assert len(report.imported) + len(report.skipped) == 12
    assert [done for done, _ in seen] == list(range(1, len(report.imported) + 1))
    assert {total for _, total in seen} == {12}
    assert len(photos.photos(handle.practice, client_id=client.id)) == len(report.imported)
    assert dialog.status.text() == "Import cancelled: the rest was not imported."
    assert f"{report.skipped[0]} was not imported." in _list(dialog.refused)


def test_escape_during_an_import_stops_it_rather_than_closing(
    qtbot, handle, client, tmp_path, monkeypatch
):
    _slowed(monkeypatch, 0.1)
    dialog = _dialog(qtbot, handle, client, paths=_good(tmp_path / "card", 8))
    _choose(dialog)
    dialog.import_button.click()
    dialog.reject()  # what Esc does
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20_000)
    assert dialog.report.cancelled and dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_file_over_the_limit_is_refused_by_name_before_it_is_read(
    qtbot, handle, client, tmp_path, monkeypatch
):
    small, large = make.photo("jpg", (32, 24), 1), make.photo("jpg", (400, 300), 2)
    monkeypatch.setattr(photo_import, "MAX_FILE_BYTES", len(small) + 100)
    paths = _files(tmp_path / "card", [("small.jpg", small), ("huge scan.jpg", large)])
    read = []
    real_read = type(paths[0]).read_bytes

    def read_bytes(path):
        if path.parent == paths[0].parent:  # the vault reads its own files too
            read.append(path.name)
        return real_read(path)

    monkeypatch.setattr(type(paths[0]), "read_bytes", read_bytes)
    dialog = _dialog(qtbot, handle, client, paths=paths)
    _choose(dialog)
    report = _run(qtbot, dialog)
    assert [name for name, _ in report.imported] == ["small.jpg"]
    assert read == ["small.jpg"]
    [refused] = _list(dialog.refused)
    assert refused.startswith("huge scan.jpg is larger than 0 MB")


def test_details_that_cannot_be_saved_are_said_beside_the_field(qtbot, handle, client, tmp_path):
    dialog = _dialog(qtbot, handle, client)
    dialog.import_button.setEnabled(True)
    dialog.start()
    assert dialog.files_error.isVisible()
    assert dialog.files_error.text() == "Add the photos to import first."

    dialog.add_paths(_good(tmp_path / "card", 2))
    dialog.form.view.setCurrentIndex(dialog.form.view.findData("front"))
    dialog.start()
    assert not dialog.running
    assert dialog.form.errors["area"].isVisible()
    assert dialog.form.errors["area"].text() == "Choose the body area from the list."
    assert photos.photos(handle.practice, client_id=client.id) == []


def test_consent_offers_only_what_the_client_agreed_to(qtbot, handle, client):
    dialog = _dialog(qtbot, handle, client)
    scopes = dialog.form.scopes
    assert scopes["clinical"].isEnabled() and scopes["clinical"].isChecked()
    assert not scopes["marketing"].isEnabled() and not scopes["marketing"].isChecked()
    assert not dialog.form.consent_hint.isVisible()

    nobody = clients.create_client(
        handle.practice, data=ClientFields(given_name="Ewa", family_name="Nowak")
    )
    other = _dialog(qtbot, handle, nobody)
    assert not any(box.isEnabled() for box in other.form.scopes.values())
    assert other.form.consent_hint.isVisible()


def _checklist(dialog):
    views = dialog.checklist.views
    return {views.item(n).data(256): views.item(n).text() for n in range(views.count())}


def test_the_session_s_missing_views_are_listed_and_follow_the_view_picked(
    qtbot, handle, client, session_id, tmp_path
):
    # GIVEN a toxin session (five face views) with a front photo already
    photo_import.import_photos(
        handle.practice,
        client_id=client.id,
        files=[("front.jpg", make.photo("jpg", (32, 24), 50))],
        details=PhotoDetails("face", "front", session_id),
    )
    dialog = _dialog(qtbot, handle, client, session_id=session_id)

    # THEN the session is chosen, its views listed, and the first missing one picked
    assert dialog.form.session.currentData() == session_id
    assert dialog.form.view.currentData() == "left_45"
    assert dialog.checklist.isVisible()
    listed = _checklist(dialog)
    assert list(listed) == ["front", "left_45", "right_45", "left_profile", "right_profile"]
    assert listed["front"] == "✓ Front: 1 photo"
    assert listed["left_45"] == "✗ Left 45°: missing"
    assert dialog.checklist.missing.text() == (
        "Still missing: Left 45°, Right 45°, Left profile, Right profile"
    )

    # WHEN two files are added as the left 45° view, then the view is changed
    dialog.add_paths(_good(tmp_path / "card", 2))
    assert _checklist(dialog)["left_45"] == "✓ Left 45°: 0 photos + 2 in this import"
    assert "Left 45°" not in dialog.checklist.missing.text()
    _choose(dialog, view="right_45")
    assert _checklist(dialog)["left_45"] == "✗ Left 45°: missing"
    assert _checklist(dialog)["right_45"] == "✓ Right 45°: 0 photos + 2 in this import"
    _choose(dialog, view="other")
    assert _checklist(dialog)["other"] == "✓ Other view: 0 photos + 2 in this import"

    # AND after the import the counts are the session's own
    _choose(dialog, view="right_45")
    _run(qtbot, dialog)
    assert _checklist(dialog)["right_45"] == "✓ Right 45°: 2 photos"
    assert photos.session_capture(handle.practice, session_id=session_id)[2].taken == 2

    # AND no session chosen hides the list
    dialog.form.session.setCurrentIndex(0)
    assert not dialog.checklist.isVisible()


def test_the_session_dialog_s_photos_button_imports_for_that_session(
    qtbot, handle, client, session_id, tmp_path
):
    session = SessionDialog(handle, client, session_id)
    qtbot.addWidget(session, before_close_func=lambda d: setattr(d, "dirty", False))
    OPEN.append(session)
    session.show()
    button = session.buttons["photos"]
    assert button.isVisible() and button.text() == "Photos…"

    button.click()
    dialog = session.photo_dialog
    assert isinstance(dialog, PhotoImportDialog) and dialog.isVisible()
    assert dialog.form.session.currentData() == session_id
    assert dialog.checklist.missing.text().startswith("Still missing: Front, Left 45°")

    dialog.add_paths(_good(tmp_path / "card", 1))
    _choose(dialog, view="front")
    with qtbot.waitSignal(session.photos_imported):
        _run(qtbot, dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: session.photo_dialog is None)
    assert [r.session_id for r in photos.photos(handle.practice, client_id=client.id)] == [
        session_id
    ]


def test_nothing_of_the_photos_or_the_note_is_readable_on_disk(
    qtbot, handle, client, tmp_path, data_dir, monkeypatch
):
    # GIVEN photos whose file names and note name the client, and no way to make a temp file
    def no_temporary_files(*args, **kwargs):
        raise AssertionError("a temporary file was asked for")

    for function in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile"):
        monkeypatch.setattr(tempfile, function, no_temporary_files)
    picture = make.picture((160, 120), seed=9)
    data = make.encode(picture, "png", exif=make.exif_with_secrets())
    paths = _files(tmp_path / "card", [("Zofia Wójcik before.png", data)])
    outside = {p for p in tmp_path.rglob("*") if p.is_file() and data_dir not in p.parents}

    # WHEN they are imported through the dialog with a note
    dialog = _dialog(qtbot, handle, client, paths=paths)
    _choose(dialog)
    dialog.form.note.setPlainText(NOTE)
    [(_, photo_id)] = _run(qtbot, dialog).imported
    stored = photos.image(handle.practice, photo_id=photo_id, kind="original")

    # THEN no file in the data folder holds the note, the name or the pixels, and no
    # file was written anywhere else
    needles = [NOTE.encode(), NOTE.encode("utf-16-le"), b"Qzxv-7781", "Wójcik".encode(),
               make.SERIAL.encode(), picture.tobytes()[300:348]]  # fmt: skip
    needles += [stored[n : n + 32] for n in range(200, len(stored) - 32, len(stored) // 7)]
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert any(path.suffix == ".blob" for path in files)
    for path in files:
        content = path.read_bytes()
        found = [needle[:12] for needle in needles if needle in content]
        assert found == [], f"{path.relative_to(data_dir)} holds {found}"
    now = {p for p in tmp_path.rglob("*") if p.is_file() and data_dir not in p.parents}
    assert now == outside
