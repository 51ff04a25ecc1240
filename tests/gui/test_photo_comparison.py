"""The comparison dialog over a client's imported photos: the default pair, labels, stepping
through dates with the keyboard, the alignment saved and restored for the pair, and the
export: refused where a photo's consent does not allow the use, anonymised by blurring or
cropping, written only where the practitioner chose, as JPEG or PDF, and audited."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select
from tests.unit.pdf_helpers import needs_poppler, text_of
from tests.unit.test_photo_exports import consented_client, import_dated

from clinicdesk.db.models import AuditEntry
from clinicdesk.rules.alignment import Alignment
from clinicdesk.services import clients, photos, sessions
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.photo_comparison import ComparisonDialog
from clinicdesk.ui.photo_comparison_export import ExportDialog
from clinicdesk.ui.practice_handle import PracticeHandle

FIRST = datetime(2025, 1, 10, 10, 0, tzinfo=UTC)


@pytest.fixture
def handle(practice):
    handle = PracticeHandle()
    handle.set(practice)
    return handle


@pytest.fixture
def story(practice):
    """Three photos of the face from the front, months apart (the first one's consent
    clinical only, the second in a session), and one from the left."""
    client_id = consented_client(practice)
    record, _ = sessions.start_session(
        practice,
        client_id=client_id,
        family="chemical_peel",
        performed_at=FIRST + timedelta(days=60),
    )
    fronts = [
        import_dated(practice, client_id, FIRST, seed=1, consent_scope=["clinical"]),
        import_dated(practice, client_id, FIRST + timedelta(days=60), seed=2, session_id=record.id),
        import_dated(practice, client_id, FIRST + timedelta(days=120), seed=3),
    ]
    side = import_dated(practice, client_id, FIRST + timedelta(days=5), seed=4, view="left_45")
    return {
        "client": clients.open_client(practice, client_id=client_id),
        "fronts": fronts,
        "side": side,
    }


def open_dialog(qtbot, handle, story, ids=()):
    dialog = ComparisonDialog(handle, story["client"], list(ids))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown(dialog) -> list[int]:
    return [photo.key for photo in dialog.compare.photos()]


def day(offset: int) -> str:
    return format_date((FIRST + timedelta(days=offset)).astimezone().date())


def test_the_default_pair_is_the_first_and_latest_of_one_area_and_view(qtbot, handle, story):
    first, middle, latest = story["fronts"]
    dialog = open_dialog(qtbot, handle, story)
    assert shown(dialog) == [first, latest]
    assert [p.label for p in dialog.compare.photos()] == [
        f"{day(0)} · no session",
        f"{day(120)} · no session",
    ]
    assert dialog.series_box.currentText().startswith("Face, Front (3 photo")
    dialog.close()
    # One photo given: its area and view, first and latest.
    dialog = open_dialog(qtbot, handle, story, [middle])
    assert shown(dialog) == [first, latest]
    # Two to four given: those, oldest first; choosing another area and view switches.
    dialog = open_dialog(qtbot, handle, story, [latest, middle])
    assert shown(dialog) == [middle, latest]
    assert dialog.compare.photos()[0].label == f"{day(60)} · session 1"
    dialog.series_box.setCurrentIndex(dialog.series_box.findData("face/left_45"))
    dialog.series_box.activated.emit(dialog.series_box.currentIndex())
    assert shown(dialog) == []  # one photo is nothing to compare
    assert dialog.series_box.currentData() == "face/left_45"
    assert dialog.notice.isVisible() and "only one photo" in dialog.notice.text()
    assert not dialog.export_button.isEnabled()


def test_page_up_and_down_step_through_the_dates(qtbot, handle, story):
    first, middle, latest = story["fronts"]
    dialog = open_dialog(qtbot, handle, story)
    view = dialog.compare.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_PageUp)  # the later pane by default
    assert shown(dialog) == [first, middle]
    qtbot.keyClick(view, Qt.Key.Key_PageUp)  # the first is in the other pane
    assert shown(dialog) == [first, middle]
    assert "first photo" in dialog.notice.text() and dialog.notice.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert shown(dialog) == [first, latest] and not dialog.notice.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_1)  # the first pane
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert shown(dialog) == [middle, latest]


def test_an_alignment_is_saved_and_restored_for_the_pair(qtbot, handle, practice, story):
    first, middle, latest = story["fronts"]
    dialog = open_dialog(qtbot, handle, story)
    made = Alignment(1.05, 3.0, 0.01, -0.02)
    dialog.compare.view.change_alignment(made)  # as two points and nudges make it
    qtbot.waitUntil(lambda: photos.get_photo(practice, photo_id=latest).alignment is not None)
    assert photos.get_photo(practice, photo_id=first).alignment is not None
    assert photos.get_photo(practice, photo_id=middle).alignment is None
    # Another pair has no alignment; back to the pair, it is restored.
    dialog.step(1, -1)
    assert Alignment.from_value(dialog.compare.alignment()).is_identity
    dialog.step(1, +1)
    restored = dialog.compare.alignment()
    for name, value in made.as_value().items():
        assert restored[name] == pytest.approx(value, abs=1e-3)
    dialog.close()
    # Opened again, swapped round: the same alignment turned round.
    again = open_dialog(qtbot, handle, story, [latest, first])
    assert again.compare.alignment()["scale"] == pytest.approx(1.05, abs=1e-3)
    again.compare.swap()
    assert again.compare.alignment()["scale"] == pytest.approx(1 / 1.05, abs=1e-3)


def test_the_lock_drops_every_image(qtbot, handle, story):
    dialog = open_dialog(qtbot, handle, story)
    assert dialog.compare.photos()
    handle.clear()
    assert dialog.compare.photos() == () and dialog._images == {}
    assert dialog.series.rows == [] and not dialog.isVisible()


# -- export -------------------------------------------------------------------------------


def export_dialog(qtbot, handle, story, ids=None):
    comparison = open_dialog(qtbot, handle, story, ids or [])
    export = ExportDialog(handle, story["client"], comparison.compare.photos(), "face, front")
    qtbot.addWidget(export)
    export.show()
    return export


def exports(practice):
    with practice.reading() as session:
        found = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "photo_export")
        ).all()
    return [json.loads(detail) for detail in found]


def choose_path(monkeypatch, path: Path) -> list[tuple]:
    asked: list[tuple] = []

    def answer(*args, **kwargs):
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def test_marketing_is_refused_naming_the_photo_whose_consent_is_clinical_only(
    qtbot, handle, practice, story
):
    export = export_dialog(qtbot, handle, story)
    export.set_purpose("marketing")
    assert export.refusal.isVisible() and not export.save_button.isEnabled()
    assert export.refusal.text() == (
        f"The consent of the photo “{day(0)} · no session” does not allow marketing."
    )
    assert exports(practice) == []
    export.set_purpose("clinical")
    assert not export.refusal.isVisible() and export.save_button.isEnabled()
    assert not export.canvas.isVisible()  # nothing to anonymise for the record


def test_the_export_button_opens_the_export(qtbot, handle, story):
    dialog = open_dialog(qtbot, handle, story)
    seen = []

    def look() -> None:
        export = QApplication.activeModalWidget()
        seen.append(export.objectName())
        export.reject()

    QTimer.singleShot(50, look)
    dialog.export_button.click()
    assert seen == ["comparisonExport"] and dialog.export_dialog is None


def test_blurring_changes_only_the_marked_region(qtbot, handle, story):
    _, middle, latest = story["fronts"]
    export = export_dialog(qtbot, handle, story, [middle, latest])
    export.set_purpose("marketing")
    assert export.canvas.mode == "none" and export.canvas.isVisible()
    export.set_anonymising("blur")
    canvas = export.canvas
    # The practitioner drags a rectangle on the canvas, then another one.
    to_screen = canvas._to_screen()
    for left in (0.1, 0.6):
        start = to_screen.map(QPoint(int(left * 2400), 200))
        end = to_screen.map(QPoint(int(left * 2400) + 500, 420))
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(canvas, end)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert len(canvas.rects) == 2
    before = export.composition.convertToFormat(QImage.Format.Format_RGB32)
    after = canvas.result()
    assert after.size() == before.size()
    inside = outside = changed_inside = 0
    for y in range(0, before.height(), 7):
        for x in range(0, before.width(), 7):
            same = before.pixel(x, y) == after.pixel(x, y)
            if any(rect.contains(x, y) for rect in canvas.rects):
                inside += 1
                changed_inside += not same
            else:
                outside += 1
                assert same, f"pixel {x}, {y} outside the rectangles changed"
    assert changed_inside > inside * 0.8
    qtbot.keyClick(canvas, Qt.Key.Key_Backspace)
    assert len(canvas.rects) == 1


def test_teaching_has_no_leave_as_it_is_and_crop_keeps_the_rectangle(qtbot, handle, story):
    _, middle, latest = story["fronts"]
    export = export_dialog(qtbot, handle, story, [middle, latest])
    export.set_purpose("teaching")
    assert not export.anonymise_buttons["none"].isVisible() and export.canvas.mode == "blur"
    export.set_anonymising("crop")
    export.canvas.add_rect(QRect(100, 150, 800, 300))
    export.canvas.add_rect(QRect(200, 150, 600, 300))  # a new crop replaces the last
    assert export.canvas.result().size() == QRect(200, 150, 600, 300).size()


def test_a_jpeg_export_writes_the_chosen_path_and_is_audited(
    qtbot, handle, practice, story, tmp_path, monkeypatch
):
    _, middle, latest = story["fronts"]
    export = export_dialog(qtbot, handle, story, [middle, latest])
    export.set_purpose("marketing")
    export.set_anonymising("blur")
    export.canvas.add_rect(QRect(100, 150, 800, 200))
    chosen = tmp_path / "out" / "before-after"
    chosen.parent.mkdir()
    asked = choose_path(monkeypatch, chosen)
    assert export.export()
    written = chosen.with_suffix(".jpg")
    assert [p.name for p in chosen.parent.iterdir()] == [written.name]
    picture = QImage(str(written))
    assert picture.width() == 2400 and asked[0][2].endswith(".jpg")
    assert exports(practice) == [
        {"purpose": "marketing", "format": "jpeg", "photo_ids": [middle, latest],
         "anonymised": True},
    ]  # fmt: skip
    # Cancelled at the file dialog: nothing written, nothing audited.
    export = export_dialog(qtbot, handle, story, [middle, latest])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert not export.export()
    assert len(exports(practice)) == 1


@needs_poppler
def test_a_pdf_export_has_the_header_the_picture_and_the_labels(
    qtbot, handle, practice, story, tmp_path, monkeypatch
):
    first, middle, latest = story["fronts"]
    export = export_dialog(qtbot, handle, story, [first, middle, latest])
    export.set_purpose("clinical")
    export.formats["pdf"].setChecked(True)
    chosen = tmp_path / "out" / "comparison.pdf"
    chosen.parent.mkdir()
    choose_path(monkeypatch, chosen)
    assert export.export()
    assert [p.name for p in chosen.parent.iterdir()] == ["comparison.pdf"]
    pdf = chosen.read_bytes()
    text = text_of(pdf, tmp_path)
    for label in (f"{day(0)} · no session", f"{day(60)} · session 1", f"{day(120)} · no session"):
        assert label in text
    assert "Institut Hélène" in text and "Photo comparison" in text
    assert "Use: clinical record · anonymised: no" in text
    assert exports(practice) == [
        {"purpose": "clinical", "format": "pdf", "photo_ids": [first, middle, latest],
         "anonymised": False},
    ]  # fmt: skip
