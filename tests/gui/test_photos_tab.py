"""The record's Photos tab driven through its real widgets: thumbnails grouped by date and
by area and view, filters, Details, Erase, Compare, files dropped, the photo viewer's zoom,
pan and steps, and nothing of a photo left in memory at the lock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import ExifTags, Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tests.gui.conftest import answer_next_message_box
from tests.unit import photo_helpers as make

from clinicdesk.services import clients, photo_import, photos, sessions
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.photos import PhotoDetails
from clinicdesk.ui.client_record import ClientRecordPane
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.photo_import_dialog import PhotoImportDialog
from clinicdesk.ui.photos_tab import PhotosTab
from clinicdesk.ui.photos_tab_details import PhotoDetailsDialog
from clinicdesk.ui.photos_tab_model import HEADER_ROLE, PHOTO_ROLE
from clinicdesk.ui.practice_handle import PracticeHandle

TIMELINE_TAB, PHOTOS_TAB = 5, 6
MARCH, MAY = "2024:03:05 12:00:00", "2024:05:20 12:00:00"


def shot(seed: int, taken: str, size=(320, 240)) -> bytes:
    """A JPEG taken at `taken` (UTC), as a camera writes it."""
    exif = Image.Exif()
    details = exif.get_ifd(ExifTags.IFD.Exif)
    details[ExifTags.Base.DateTimeOriginal] = taken
    details[ExifTags.Base.OffsetTimeOriginal] = "+00:00"
    return make.encode(make.picture(size, seed), "jpg", exif=exif.tobytes())


@pytest.fixture
def handle(practice):
    handle = PracticeHandle()
    handle.set(practice)
    return handle


@pytest.fixture
def client(practice):
    fields = ClientFields(given_name="Zofia", family_name="Wójcik", date_of_birth=date(1990, 5, 4))
    return clients.create_client(practice, data=fields)


@pytest.fixture
def session_id(practice, client):
    record, _ = sessions.start_session(
        practice,
        client_id=client.id,
        family="botulinum_toxin",
        performed_at=datetime.now(UTC) - timedelta(hours=1),
    )
    return record.id


@pytest.fixture
def album(practice, client, session_id):
    """Two face photos in March (front, left 45°), a front of the face and the lips in May,
    the May face photo linked to the session."""
    made = {}
    for key, seed, taken, area, view, session in (
        ("march_front", 1, MARCH, "face", "front", None),
        ("march_left", 2, MARCH, "face", "left_45", None),
        ("may_front", 3, MAY, "face", "front", session_id),
        ("may_lips", 4, MAY, "lips", "front", None),
    ):
        report = photo_import.import_photos(
            practice,
            client_id=client.id,
            files=[(f"{key}.jpg", shot(seed, taken))],
            details=PhotoDetails(area, view, session, note=f"note {key}"),
        )
        made[key] = report.imported[0].photo_id
    return made


@pytest.fixture
def tab(qtbot, handle, client):
    widget = PhotosTab(handle)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.loading, timeout=20_000)


def _shown(qtbot, tab, client):
    tab.show_client(client)
    qtbot.waitUntil(lambda: not tab.loading, timeout=20_000)


def _layout(tab):
    """Each header with the ids under it, as shown."""
    groups: list[tuple[str, list[int]]] = []
    model = tab.model
    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data(HEADER_ROLE):
            groups.append((index.data(), []))
        else:
            groups[-1][1].append(index.data(PHOTO_ROLE).id)
    return groups


def _choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_thumbnails_are_grouped_by_date_then_by_area_and_view(qtbot, tab, client, album):
    _shown(qtbot, tab, client)
    march, may = (format_date(date(2024, m, d)) for m, d in ((3, 5), (5, 20)))
    assert _layout(tab) == [
        (f"{may}  ·  photos: 2", [album["may_lips"], album["may_front"]]),
        (f"{march}  ·  photos: 2", [album["march_left"], album["march_front"]]),
    ]
    # every thumbnail decoded, in memory, and shown as the tile's icon
    assert set(tab.model.thumbnails) == set(album.values())
    assert all(not pixmap.isNull() for pixmap in tab.model.thumbnails.values())
    first = tab.model.index(1)
    assert first.data() == "Lips · Front"
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "note may_lips" in first.data(Qt.ItemDataRole.ToolTipRole)
    # headers take a line of their own and cannot be selected
    header = tab.model.index(0)
    assert not tab.model.flags(header) & Qt.ItemFlag.ItemIsSelectable
    assert tab.view.visualRect(first).top() > tab.view.visualRect(header).bottom()
    assert tab.count.text() == "4 of 4 photos"

    _choose(tab.grouping, "view")
    assert _layout(tab) == [
        ("Face — Front  ·  photos: 2", [album["may_front"], album["march_front"]]),
        ("Face — Left 45°  ·  photos: 1", [album["march_left"]]),
        ("Lips — Front  ·  photos: 1", [album["may_lips"]]),
    ]
    assert tab.model.index(1).data() == may


def test_filters_narrow_the_gallery_and_say_when_nothing_matches(
    qtbot, tab, client, album, session_id
):
    _shown(qtbot, tab, client)
    area, view, session = (tab.filters[name] for name in ("area", "view", "session"))
    assert [area.itemText(n) for n in range(area.count())] == ["All areas", "Face", "Lips"]
    assert [view.itemText(n) for n in range(view.count())] == ["All views", "Front", "Left 45°"]
    assert session.itemData(1) == -1 and session.itemData(2) == session_id

    _choose(area, "face")
    assert [pid for _, ids in _layout(tab) for pid in ids] == [
        album["may_front"],
        album["march_left"],
        album["march_front"],
    ]
    _choose(view, "front")
    assert [ids for _, ids in _layout(tab)] == [[album["may_front"]], [album["march_front"]]]
    _choose(session, session_id)
    assert [ids for _, ids in _layout(tab)] == [[album["may_front"]]]
    assert tab.count.text() == "1 of 4 photos"
    _choose(session, -1)
    _choose(area, "lips")
    _choose(view, "left_45")
    assert tab.model.rowCount() == 0
    assert tab.stack.currentWidget() is tab.empty
    assert "No photo matches these filters" in tab.empty.text()


def test_an_empty_gallery_says_what_to_do(qtbot, tab, client):
    _shown(qtbot, tab, client)
    assert tab.stack.currentWidget() is tab.empty and tab.empty.isVisible()
    assert "Import photos…" in tab.empty.text() and "drop" in tab.empty.text()
    assert not tab.buttons["compare"].isEnabled() and tab.buttons["import"].isEnabled()


def test_details_are_corrected_from_the_gallery(qtbot, tab, client, album, session_id):
    _shown(qtbot, tab, client)
    tab.select([album["march_left"]])
    assert tab.buttons["details"].isEnabled() and not tab.buttons["compare"].isEnabled()
    tab.buttons["details"].click()
    dialog = tab.dialog
    assert isinstance(dialog, PhotoDetailsDialog) and dialog.isVisible()
    form = dialog.form
    assert (form.area.currentData(), form.view.currentData()) == ("face", "left_45")
    assert form.note.toPlainText() == "note march_left"

    _choose(form.area, "neck")
    _choose(form.session, session_id)
    form.note.setPlainText("Redness settled")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    row = photos.get_photo(tab._handle.practice, photo_id=album["march_left"])
    assert (row.area, row.session_id, row.note) == ("neck", session_id, "Redness settled")
    qtbot.waitUntil(lambda: tab.dialog is None)
    area = tab.filters["area"]
    assert [area.itemText(n) for n in range(area.count())] == ["All areas", "Face", "Lips", "Neck"]
    assert tab.selected_ids() == [album["march_left"]]


def test_erase_asks_then_removes_the_photos_and_their_files(qtbot, tab, client, album, data_dir):
    _shown(qtbot, tab, client)
    tab.select([album["may_lips"], album["march_front"]])
    blobs = len(list(data_dir.rglob("*.blob")))

    answer_next_message_box(standard=QMessageBox.StandardButton.No)
    tab.buttons["erase"].click()
    assert len(photos.photos(tab._handle.practice, client_id=client.id)) == 4

    answer_next_message_box(standard=QMessageBox.StandardButton.Yes)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)

    left = {row.id for row in photos.photos(tab._handle.practice, client_id=client.id)}
    assert left == {album["may_front"], album["march_left"]}
    assert len(list(data_dir.rglob("*.blob"))) == blobs - 6
    assert {pid for _, ids in _layout(tab) for pid in ids} == left
    assert set(tab.model.thumbnails) <= left


def test_compare_opens_the_chosen_photos_side_by_side_and_a_lock_closes_it(
    qtbot, handle, client, album
):
    record = ClientRecordPane(handle)
    qtbot.addWidget(record)
    record.resize(1100, 800)
    record.show()
    record.show_client(client.id)
    assert record.tabs.tabText(TIMELINE_TAB) == "Timeline"
    assert record.tabs.tabText(PHOTOS_TAB) == "Photos"
    record.tabs.setCurrentIndex(PHOTOS_TAB)
    tab = record.photos
    qtbot.waitUntil(lambda: not tab.loading and tab.model.rowCount() > 0, timeout=20_000)

    tab.select([album["march_front"], album["may_front"]])
    assert tab.buttons["compare"].isEnabled()
    tab.buttons["compare"].click()
    dialog = record.comparison_dialog
    assert dialog is not None and dialog.isVisible()
    assert {row.id for row in dialog.shown_rows()} == {album["may_front"], album["march_front"]}

    record.clear()  # the lock
    assert not dialog.isVisible()
    record.show_client(client.id)
    qtbot.waitUntil(lambda: not tab.loading and tab.model.rowCount() > 0, timeout=20_000)
    tab.select([*album.values()])
    assert len(tab.selected_ids()) == 4 and tab.buttons["compare"].isEnabled()


def test_the_viewer_zooms_pans_and_steps_through_the_gallery(qtbot, tab, client, album):
    _shown(qtbot, tab, client)
    first = tab.model.index(1)
    tab.view.setCurrentIndex(first)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    viewer = tab.viewer
    assert viewer is not None and viewer.isVisible()
    qtbot.waitUntil(lambda: not viewer.loading, timeout=20_000)
    canvas = viewer.canvas
    assert viewer.photo.id == album["may_lips"] and viewer.position.text() == "1 of 4"
    assert canvas.item.pixmap().size().width() == 320  # the original, full size
    assert "Lips" in viewer.info.text() and viewer.note.text() == "note may_lips"
    assert canvas.fitted and not canvas.can_pan_sideways()

    # zoom with the keyboard and the wheel, then pan with the arrows and by dragging
    fit = canvas.scale_factor
    canvas.setFocus()
    for _ in range(4):
        qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.scale_factor == pytest.approx(fit * 1.25**4)
    assert canvas.can_pan_sideways() and viewer.zoom_label.text().endswith("%")
    bar = canvas.horizontalScrollBar()
    start = bar.value()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert bar.value() > start and viewer.photo.id == album["may_lips"]
    vertical = canvas.verticalScrollBar().value()
    centre = canvas.viewport().rect().center()
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(canvas.viewport(), centre + QPoint(-60, -40))
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre + QPoint(-60, -40))
    assert canvas.verticalScrollBar().value() > vertical or bar.value() > start
    zoomed = canvas.scale_factor
    wheel_out(canvas)
    assert canvas.scale_factor == pytest.approx(zoomed / 1.25)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert canvas.fitted and canvas.scale_factor == pytest.approx(fit)

    # step with Right and Page Up; Esc closes
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert viewer.photo.id == album["may_front"] and viewer.position.text() == "2 of 4"
    qtbot.waitUntil(lambda: not viewer.loading, timeout=20_000)
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert viewer.photo.id == album["march_left"]
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert viewer.index == 0 and not viewer.previous_button.isEnabled()
    qtbot.waitUntil(lambda: not viewer.loading, timeout=20_000)
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not viewer.isVisible() and tab.viewer is None
    assert canvas.item.pixmap().isNull()


def wheel_out(canvas):
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(canvas.viewport().rect().center())
    event = QWheelEvent(
        centre,
        canvas.viewport().mapToGlobal(centre),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    canvas.wheelEvent(event)


def test_files_dropped_on_the_tab_start_an_import(qtbot, tab, client, album, tmp_path):
    _shown(qtbot, tab, client)
    folder = tmp_path / "card"
    folder.mkdir()
    paths = []
    for n in range(3):
        paths.append(folder / f"new {n}.jpg")
        paths[-1].write_bytes(shot(20 + n, MAY))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dropEvent(drop)

    dialog = tab.dialog
    assert isinstance(dialog, PhotoImportDialog) and dialog.isVisible()
    assert [dialog.files.item(n).text() for n in range(3)] == [
        "new 0.jpg",
        "new 1.jpg",
        "new 2.jpg",
    ]
    _choose(dialog.form.area, "neck")
    _choose(dialog.form.view, "front")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    qtbot.waitUntil(lambda: not tab.loading, timeout=20_000)
    assert len(tab.model.photos()) == 7
    assert "Neck" in [tab.filters["area"].itemText(n) for n in range(4)]
    dialog.reject()
    assert tab.dialog is None or not dialog.isVisible()


def test_the_import_button_asks_for_files_at_once(qtbot, tab, client, tmp_path, monkeypatch):
    picked = tmp_path / "one.png"
    picked.write_bytes(make.photo("png", (40, 30)))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(picked)], args[3]))
    _shown(qtbot, tab, client)
    tab.buttons["import"].click()
    assert isinstance(tab.dialog, PhotoImportDialog)
    assert tab.dialog.files.item(0).text() == "one.png"
    tab.dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None)


def test_the_lock_leaves_no_photo_in_memory(qtbot, handle, client, album):
    record = ClientRecordPane(handle)
    qtbot.addWidget(record)
    record.resize(1100, 800)
    record.show()
    record.show_client(client.id)
    record.tabs.setCurrentIndex(PHOTOS_TAB)
    tab = record.photos
    qtbot.waitUntil(lambda: not tab.loading and len(tab.model.thumbnails) == 4, timeout=20_000)
    viewer = tab.open_photo(tab.model.index(1))
    qtbot.waitUntil(lambda: not viewer.loading, timeout=20_000)
    assert not viewer.canvas.item.pixmap().isNull()

    record.clear()

    assert tab.model.thumbnails == {} and tab.model.rowCount() == 0
    assert tab.rows is None and tab.client is None
    assert viewer.canvas.item.pixmap().isNull() and not viewer.isVisible()
    assert tab.viewer is None

    # and a batch still being read when the lock comes is dropped when it arrives
    record.show_client(client.id)
    assert tab.loading
    handle.clear()
    qtbot.wait(300)
    assert tab.model.thumbnails == {} and tab.model.rowCount() == 0


def test_a_photo_opened_from_the_timeline_is_shown_in_the_photos_tab(qtbot, handle, client, album):
    record = ClientRecordPane(handle)
    qtbot.addWidget(record)
    record.resize(1100, 800)
    record.show()
    record.show_client(client.id)
    qtbot.waitUntil(lambda: not record.photos.loading, timeout=20_000)

    record.open_item("photo", album["march_left"])

    assert record.tabs.currentWidget() is record.photos
    assert record.photos.selected_ids() == [album["march_left"]]
