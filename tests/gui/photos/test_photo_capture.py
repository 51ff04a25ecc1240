"""Taking photos with the camera, driven through the real dialog with no camera attached: the
camera check is made to say yes and frames made from QImages are fed to the dialog's video
sink, as a QCamera would. The live image, the ghost of the same view's earlier photo and
its opacity, Take photo importing for the session and moving to the next missing view, a
refusal with its reason, the no-camera dialog, the lock, the Photos tab's and the import
dialog's buttons, and nothing of a photo taken left readable on disk."""

from __future__ import annotations

import builtins
import tempfile

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QVideoFrame
from tests.unit import photo_helpers as make

from clinicdesk.rules.photo_views import VIEWS
from clinicdesk.services import photo_import, photos
from clinicdesk.services.photos import PhotoDetails
from clinicdesk.ui import photo_capture, photo_capture_preview
from clinicdesk.ui.photo_capture import CaptureDialog
from clinicdesk.ui.photo_import_dialog import PhotoImportDialog
from clinicdesk.ui.photos_tab import PhotosTab

RED, BLUE = QColor(255, 0, 0), QColor(0, 0, 255)
OPEN: list = []


@pytest.fixture(autouse=True)
def kept_open():
    """Holds each dialog until the test is over (see test_session_dialog.kept_open)."""
    yield OPEN
    OPEN.clear()


@pytest.fixture
def camera(monkeypatch):
    """A camera is said to be there; none is started, so the frames are the test's."""
    monkeypatch.setattr(photo_capture, "camera_available", lambda: True)


def _plain(colour: QColor, size=(320, 240)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(colour)
    return image


def _feed(dialog: CaptureDialog, image: QImage) -> None:
    dialog.sink.setVideoFrame(QVideoFrame(image))


def _earlier(handle, client, colour: QColor, view="front", session=None) -> int:
    """A photo of the face from `view` imported before, all one colour."""
    picture = Image.new("RGB", (320, 240), colour.getRgb()[:3])
    report = photo_import.import_photos(
        handle.practice,
        client_id=client.id,
        files=[(f"{view}.png", make.encode(picture, "png"))],
        details=PhotoDetails("face", view, session),
    )
    return report.imported[0].photo_id


def _dialog(qtbot, handle, client, **kwargs) -> CaptureDialog:
    dialog = CaptureDialog(handle, client, **kwargs)
    qtbot.addWidget(dialog)
    OPEN.append(dialog)
    dialog.show()
    return dialog


def _centre(dialog: CaptureDialog) -> tuple[int, int, int]:
    preview = dialog.preview
    colour = (
        preview.grab().toImage().pixelColor(QPoint(preview.width() // 2, preview.height() // 2))
    )
    return colour.red(), colour.green(), colour.blue()


def _views(dialog: CaptureDialog) -> list[tuple[str, str]]:
    combo = dialog.view
    return [
        (combo.itemData(n), combo.itemText(n)) for n in range(combo.count()) if combo.itemData(n)
    ]


def test_camera_available_is_false_without_qtmultimedia_or_without_a_camera(monkeypatch):
    # No camera is connected to the machines the tests run on.
    assert photo_capture_preview.camera_available() is False
    real_import = builtins.__import__

    def no_multimedia(name, *args, **kwargs):
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    assert photo_capture_preview.camera_available() is False


def test_the_live_image_shows_with_the_ghost_of_the_same_view_at_the_opacity_chosen(
    qtbot, handle, client, camera
):
    # GIVEN a blue front photo of the face taken earlier, and a red one of the left 45°
    _earlier(handle, client, BLUE, "front")
    _earlier(handle, client, QColor(0, 255, 0), "left_45")
    dialog = _dialog(qtbot, handle, client)
    assert dialog.area.currentData() == "face" and dialog.view.currentData() == "front"
    assert dialog.ghost_box.isChecked() and dialog.ghost_slider.value() == 35
    assert dialog.ghost_slider.maximum() == 80 and dialog.ghost_value.text() == "35 %"

    # WHEN a red frame comes from the camera
    _feed(dialog, _plain(RED))

    # THEN it is shown with the blue ghost over it at 35 %
    red, green, blue = _centre(dialog)
    assert abs(red - 166) <= 4 and green <= 4 and abs(blue - 89) <= 4
    dialog.ghost_slider.setValue(80)
    red, green, blue = _centre(dialog)
    assert abs(red - 51) <= 4 and abs(blue - 204) <= 4
    dialog.ghost_slider.setValue(10)
    assert _centre(dialog)[2] < 40

    # AND switched off, the frame is shown alone
    dialog.ghost_box.setChecked(False)
    assert _centre(dialog) == (255, 0, 0)
    assert not dialog.ghost_slider.isEnabled()

    # AND the ghost follows the view: the left 45° is green
    dialog.ghost_box.setChecked(True)
    dialog.view.setCurrentIndex(dialog.view.findData("left_45"))
    assert _centre(dialog)[1] > 20 and _centre(dialog)[2] < 4

    # AND with no earlier photo of the view there is no ghost, and the dialog says so
    dialog.view.setCurrentIndex(dialog.view.findData("right_profile"))
    assert _centre(dialog) == (255, 0, 0)
    assert dialog.preview.ghost is None and not dialog.ghost_box.isEnabled()
    assert dialog.ghost_hint.isVisible()
    assert dialog.ghost_hint.text() == (
        "No earlier photo of this area from this view: nothing to line up with."
    )


def test_take_photo_imports_for_the_session_and_moves_to_the_next_missing_view(
    qtbot, handle, client, session_id, camera
):
    # GIVEN a toxin session that has its front photo, and a left 45° photo from before
    _earlier(handle, client, BLUE, "front", session_id)
    earlier_left = _earlier(handle, client, QColor(0, 255, 0), "left_45")
    dialog = _dialog(qtbot, handle, client, session_id=session_id)

    # THEN the missing views come first, marked, and the first of them is chosen
    assert _views(dialog)[:5] == [
        ("left_45", "Left 45° (missing)"),
        ("right_45", "Right 45° (missing)"),
        ("left_profile", "Left profile (missing)"),
        ("right_profile", "Right profile (missing)"),
        ("front", "Front"),
    ]
    assert [view for view, _ in _views(dialog)[5:]] == ["other"]
    assert dialog.view.currentData() == "left_45"
    assert dialog.checklist.isVisible() and dialog.checklist.missing.text().startswith(
        "Still missing: Left 45°"
    )
    assert dialog.count.text() == "0 photos taken"

    # WHEN a frame is taken with Take photo
    _feed(dialog, QImage.fromData(make.photo("png", (320, 240), seed=3)))
    with qtbot.waitSignal(dialog.imported) as taken:
        dialog.take_button.click()

    # THEN one photo is imported for the session, of the face from the left 45°
    [photo_id] = taken.args[0]
    rows = photos.photos(handle.practice, client_id=client.id, session_id=session_id)
    assert [(r.id, r.area, r.view) for r in rows if r.view == "left_45"] == [
        (photo_id, "face", "left_45")
    ]
    assert (rows[-1].width, rows[-1].height) == (320, 240)
    assert dialog.count.text() == "1 photo taken"
    # AND the view moves on to the next missing one, the ghost with it (none there yet)
    assert dialog.view.currentData() == "right_45"
    assert ("left_45", "Left 45°") in _views(dialog)
    assert dialog.preview.ghost is None
    assert not dialog.error.isVisible()
    assert earlier_left != photo_id

    # WHEN the lips are taken from the right 45° with the Enter key
    dialog.area.setCurrentIndex(dialog.area.findData("lips"))
    _feed(dialog, QImage.fromData(make.photo("png", (320, 240), seed=4)))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.imported):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.count.text() == "2 photos taken"
    assert photos.photos(handle.practice, client_id=client.id, area="lips")[0].view == "right_45"
    assert dialog.view.currentData() == "left_profile"


def test_the_same_frame_twice_is_refused_with_its_reason(qtbot, handle, client, camera):
    dialog = _dialog(qtbot, handle, client)
    _feed(dialog, _plain(RED))
    dialog.take_button.click()
    dialog.take_button.click()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The photo just taken is already among this client's photos."
    assert dialog.count.text() == "1 photo taken"
    assert len(photos.photos(handle.practice, client_id=client.id)) == 1


def test_take_photo_waits_for_the_first_frame(qtbot, handle, client, camera):
    dialog = _dialog(qtbot, handle, client)
    assert not dialog.take_button.isEnabled()
    dialog.take()
    assert photos.photos(handle.practice, client_id=client.id) == []
    assert dialog.preview.waiting == "Waiting for the camera…"
    _feed(dialog, _plain(RED))
    assert dialog.take_button.isEnabled()
    assert _centre(dialog) == (255, 0, 0)


def test_with_no_camera_the_dialog_says_so_and_offers_only_close(qtbot, handle, client):
    dialog = _dialog(qtbot, handle, client)
    assert dialog.sink is None and not dialog.preview.isVisible()
    assert dialog.notice.isVisible()
    assert dialog.notice.text() == (
        "No camera is connected to this computer. Take the photos with a phone or a camera, "
        "then add them with Import photos… on the Photos tab."
    )
    assert not dialog.take_button.isVisible() and dialog.close_button.text() == "Close"
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_put_away_stops_and_forgets_every_frame_and_image(qtbot, handle, client, camera):
    _earlier(handle, client, BLUE, "front")
    dialog = _dialog(qtbot, handle, client)
    _feed(dialog, _plain(RED))
    assert dialog.preview.image() is not None and dialog.preview.ghost is not None

    dialog.put_away()

    assert not dialog.isVisible() and dialog.result() == 0
    assert dialog.preview.frame is None and dialog.preview.image() is None
    assert dialog.preview.ghost is None
    assert not dialog.sink.videoFrame().isValid()
    _feed(dialog, _plain(RED))  # a frame still on its way is not taken up
    assert dialog.preview.frame is None


def test_the_photos_tab_offers_the_camera_only_when_there_is_one(
    qtbot, handle, client, monkeypatch
):
    tab = PhotosTab(handle)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_client(client)
    button = tab.buttons["capture"]
    assert button.text() == "Take photos…"
    assert not button.isEnabled()
    assert button.toolTip() == (
        "No camera is connected to this computer: import photos taken with a phone."
    )

    # WHEN a camera is there, the button opens the camera for the client, no session
    monkeypatch.setattr(photo_capture, "camera_available", lambda: True)
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.loading)
    assert button.isEnabled() and button.toolTip() == ""
    button.click()
    dialog = tab.dialog
    assert isinstance(dialog, CaptureDialog) and dialog.session_id is None
    assert not dialog.checklist.isVisible()
    assert [view for view, _ in _views(dialog)] == list(VIEWS)

    # AND a photo taken shows in the gallery at once
    _feed(dialog, _plain(RED))
    dialog.take_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and not tab.loading)
    assert len(tab.rows) == 1

    # AND the lock puts the dialog away
    tab.clear()
    assert dialog.preview.frame is None and not dialog.isVisible()
    qtbot.waitUntil(lambda: tab.dialog is None)


def test_the_import_dialog_takes_the_session_s_photos_with_the_camera(
    qtbot, handle, client, session_id, camera
):
    importer = PhotoImportDialog(handle, client, session_id=session_id)
    qtbot.addWidget(importer)
    OPEN.append(importer)
    importer.show()
    button = importer.camera_button
    assert button.isVisible() and button.text() == "Take with the camera…"

    button.click()
    dialog = importer.camera_dialog
    assert isinstance(dialog, CaptureDialog) and dialog.session_id == session_id
    assert dialog.view.currentData() == "front"
    _feed(dialog, _plain(RED))
    with qtbot.waitSignal(importer.imported):
        dialog.take_button.click()
    assert "Front: 1 photo" in importer.checklist.views.item(0).text()

    # AND the lock puts both away
    importer.put_away()
    assert dialog.preview.frame is None and not dialog.isVisible()

    # AND with no session chosen there is no camera button
    other = PhotoImportDialog(handle, client)
    qtbot.addWidget(other)
    OPEN.append(other)
    other.show()
    assert not other.camera_button.isVisible()


def test_nothing_of_a_photo_taken_is_readable_on_disk(
    qtbot, handle, client, tmp_path, data_dir, camera, monkeypatch
):
    # GIVEN no way to make a temporary file
    def no_temporary_files(*args, **kwargs):
        raise AssertionError("a temporary file was asked for")

    for function in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile"):
        monkeypatch.setattr(tempfile, function, no_temporary_files)
    outside = {p for p in tmp_path.rglob("*") if p.is_file() and data_dir not in p.parents}
    picture = make.picture((320, 240), seed=11)
    dialog = _dialog(qtbot, handle, client)

    # WHEN a frame of it is taken
    _feed(dialog, QImage.fromData(make.encode(picture, "png")))
    with qtbot.waitSignal(dialog.imported) as taken:
        dialog.take_button.click()
    [photo_id] = taken.args[0]
    stored = photos.image(handle.practice, photo_id=photo_id, kind="original")

    # THEN no file in the data folder holds its pixels, its JPEG or the client's name, and
    # no file was written anywhere else
    needles = [picture.tobytes()[300:348], "Wójcik".encode(), b"Zofia"]
    needles += [stored[n : n + 32] for n in range(200, len(stored) - 32, len(stored) // 7)]
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert any(path.suffix == ".blob" for path in files)
    for path in files:
        content = path.read_bytes()
        found = [needle[:12] for needle in needles if needle in content]
        assert found == [], f"{path.relative_to(data_dir)} holds {found}"
    now = {p for p in tmp_path.rglob("*") if p.is_file() and data_dir not in p.parents}
    assert now == outside
