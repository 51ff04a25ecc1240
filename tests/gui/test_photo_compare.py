"""The before/after photo comparison, driven like a practitioner would, with the mouse and
with the keyboard, over synthetic photos: plain red and blue ones, and a drawn "face"
whose pupils are known to the pixel. What is checked is what shows: pixels of the grabbed
widget, and the alignment handed to the owner to save."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from clinicdesk.rules.alignment import Alignment
from clinicdesk.ui.photo_compare import ComparePhoto, PhotoCompare, compose_side_by_side
from clinicdesk.ui.photo_compare_painting import ScaledCopies

RED, BLUE, GREEN, YELLOW = (QColor(c) for c in ("#e02020", "#2040e0", "#20a040", "#e0c020"))
SKIN, PUPIL = QColor("#f0c8a8"), QColor("#101010")
PUPILS = ((0.38, 0.42), (0.62, 0.42))  # on the face, in its normalised coordinates
FACE_SIZE = (600, 800)


def solid(colour: QColor, width: int = 400, height: int = 300) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(colour)
    return image


def face() -> QImage:
    """A face: skin, two dark pupils where PUPILS says, on green."""
    width, height = FACE_SIZE
    image = solid(GREEN, width, height)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SKIN)
    painter.drawEllipse(QPointF(width / 2, height / 2), width * 0.35, height * 0.4)
    painter.setBrush(PUPIL)
    for x, y in PUPILS:
        painter.drawEllipse(QPointF(x * width, y * width), 14, 14)
    painter.end()
    return image


def moved(image: QImage, alignment: Alignment) -> QImage:
    """Photo B of the same face, taken so that `alignment` lays it back onto `image`:
    B's pixel at q shows what A shows at alignment(q)."""
    width = image.width()
    result = solid(GREEN, width, image.height())
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    to_b = (
        QTransform.fromScale(1 / width, 1 / width)
        * QTransform(*alignment.inverted().affine())
        * QTransform.fromScale(width, width)
    )
    painter.setTransform(to_b)
    painter.drawImage(0, 0, image)
    painter.end()
    return result


def photo(image: QImage, label: str, key: int = 0) -> ComparePhoto:
    return ComparePhoto(key, image, label)


def grabbed(compare: PhotoCompare) -> QImage:
    compare.view.repaint()
    return compare.view.grab().toImage()


def colour_at(image: QImage, point: QPointF) -> QColor:
    return image.pixelColor(point.toPoint())


def near(colour: QColor, expected: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


def on_screen(compare: PhotoCompare, pane: int, photo: int, x: float, y: float) -> QPointF:
    """Where the point (x, y) of a photo, in its normalised coordinates, shows in a pane."""
    width = compare.photos()[photo].image.width()
    return compare.view.to_screen(pane, photo).map(QPointF(x * width, y * width))


def wheel(widget, at: QPointF, notches: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    event = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at)),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def drag(widget, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(widget, (start + end) / 2)
    QTest.mouseMove(widget, end)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


@pytest.fixture
def compare(qtbot):
    widget = PhotoCompare()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def red_blue(compare):
    compare.set_photos(
        [
            photo(solid(RED), "01/02/2026 · session 1", 1),
            photo(solid(BLUE), "03/05/2026 · session 4", 2),
        ]
    )
    return compare


# ------------------------------------------------------------------ what is shown


def test_fewer_than_two_photos_show_a_message_and_no_controls(compare):
    assert compare.message.isVisible() and compare.message.text()
    assert not compare.controls.isEnabled()
    compare.set_photos([photo(solid(RED), "one")])
    assert compare.message.isVisible() and not compare.view.isVisible()
    assert compare.photos() == ()
    compare.set_photos([photo(solid(RED), "one"), photo(solid(BLUE), "two")])
    assert compare.view.isVisible() and not compare.message.isVisible()
    assert compare.controls.isEnabled()
    with pytest.raises(ValueError):
        compare.set_photos([photo(solid(RED), str(n)) for n in range(5)])
    with pytest.raises(ValueError):
        photo(QImage(), "a photo that did not decode")


def test_side_by_side_shows_each_photo_in_its_own_pane_with_its_label(compare):
    colours = (RED, BLUE, GREEN, YELLOW)
    compare.set_photos([photo(solid(c), f"session {n}") for n, c in enumerate(colours)])
    panes = compare.view.panes()
    assert len(panes) == 4
    picture = grabbed(compare)
    for pane, colour in zip(panes, colours, strict=True):
        assert near(colour_at(picture, pane.center()), colour)
        # The label's band darkens the bottom of the photo.
        band = colour_at(
            picture, QPointF(pane.center().x(), compare.view.in_view(pane).bottom() - 3)
        )
        assert band.lightness() < colour.lightness()


def test_the_grid_changes_what_shows(red_blue):
    before = grabbed(red_blue)
    grid = red_blue.grid
    grid.setCurrentIndex(grid.findData("thirds"))
    thirds = grabbed(red_blue)
    assert thirds != before
    frame = red_blue.view.in_view(red_blue.view.panes()[0])
    line = QPointF(frame.left() + frame.width() / 3, frame.top() + frame.height() / 5)
    assert not near(colour_at(thirds, line), RED, 20)
    red_blue.set_grid("tenths")
    assert grabbed(red_blue) not in (before, thirds)
    red_blue.set_grid("off")
    assert grabbed(red_blue) == before


def test_a_large_photo_is_drawn_small_from_a_reduced_copy():
    large = solid(RED, 4000, 3000)
    copies = ScaledCopies(large)
    assert copies.for_scale(1.5) is copies.original
    assert copies.for_scale(0.6).width() == 4000  # within twice the size shown: as it is
    for scale in (0.4, 0.2, 0.13):
        width = copies.for_scale(scale).width()
        assert scale * 4000 <= width < 2 * scale * 4000
    assert copies.for_scale(0.001).width() >= 96  # no smaller than a useful thumbnail


# ------------------------------------------------------------------ zoom and pan


def test_the_wheel_zooms_every_pane_alike_about_the_pointer(qtbot, compare):
    compare.set_photos([photo(face(), "A"), photo(face(), "B")])
    view = compare.view
    pupil = on_screen(compare, 1, 1, *PUPILS[0])
    wheel(view, pupil, 2)
    assert view.shared.zoom == pytest.approx(1.25**2)
    # The point under the pointer stays under it; the other pane moved the same way.
    assert (on_screen(compare, 1, 1, *PUPILS[0]) - pupil).manhattanLength() < 1
    offset = on_screen(compare, 0, 0, *PUPILS[1]) - view.panes()[0].topLeft()
    assert offset == on_screen(compare, 1, 1, *PUPILS[1]) - view.panes()[1].topLeft()
    picture = grabbed(compare)
    for pane in (0, 1):
        for x, y in PUPILS:
            assert near(colour_at(picture, on_screen(compare, pane, pane, x, y)), PUPIL)
    wheel(view, pupil, -2)
    assert view.shared.zoom == pytest.approx(1)


def test_keys_zoom_every_pane_and_fit_shows_the_whole_photos(qtbot, red_blue):
    view = red_blue.view
    transforms = [view.to_screen(pane, pane) for pane in (0, 1)]
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.shared.zoom == pytest.approx(1.25**2)
    for pane in (0, 1):
        assert view.to_screen(pane, pane).m11() == pytest.approx(transforms[pane].m11() * 1.25**2)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.shared.zoom == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.shared.zoom == 1
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(red_blue.fit_button, Qt.MouseButton.LeftButton)
    assert view.shared.zoom == 1


def test_a_drag_or_the_arrows_pan_every_pane_alike(qtbot, compare):
    compare.set_photos([photo(face(), "A"), photo(face(), "B")])
    view = compare.view
    wheel(view, view.panes()[0].center(), 3)
    before = [on_screen(compare, pane, pane, *PUPILS[0]) for pane in (0, 1)]
    start = view.panes()[0].center().toPoint()
    drag(view, start, start + QPoint(40, -25))
    after = [on_screen(compare, pane, pane, *PUPILS[0]) for pane in (0, 1)]
    for old, new in zip(before, after, strict=True):
        assert new - old == QPointF(40, -25)
    picture = grabbed(compare)
    for point in after:
        assert near(colour_at(picture, point), PUPIL)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    moved_by = on_screen(compare, 0, 0, *PUPILS[0]) - after[0]
    assert moved_by.x() == pytest.approx(view.panes()[0].width() * 0.1)
    assert on_screen(compare, 1, 1, *PUPILS[0]) - after[1] == moved_by


# ------------------------------------------------------------------ wipe and blend


def test_the_wipe_shows_a_left_of_the_divider_and_b_right_of_it(qtbot, red_blue):
    red_blue.mode_buttons["wipe"].click()
    assert red_blue.mode() == "wipe" and red_blue.mix.isVisible()
    red_blue.mix.setValue(30)
    view = red_blue.view
    span = view.in_view(view.panes()[0])
    x = span.left() + 0.3 * span.width()
    assert view.divider_x() == pytest.approx(x)
    y = span.top() + span.height() / 4
    picture = grabbed(red_blue)
    assert near(colour_at(picture, QPointF(x - 12, y)), RED)
    assert near(colour_at(picture, QPointF(x + 12, y)), BLUE)
    assert near(colour_at(picture, QPointF(span.left() + 5, y)), RED)
    assert near(colour_at(picture, QPointF(span.right() - 5, y)), BLUE)
    # The divider follows the mouse, and Ctrl+arrows.
    drag(
        view, QPoint(round(x), round(y)), QPoint(round(span.left() + 0.6 * span.width()), round(y))
    )
    assert red_blue.mix.value() == 60
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert red_blue.mix.value() == 55
    picture = grabbed(red_blue)
    assert near(colour_at(picture, QPointF(span.left() + 0.5 * span.width(), y)), RED)


def test_the_blend_shows_a_at_0_and_b_at_100(qtbot, red_blue):
    red_blue.set_mode("blend")
    middle = red_blue.view.panes()[0].center() - QPointF(0, 60)
    red_blue.mix.setValue(0)
    assert near(colour_at(grabbed(red_blue), middle), RED, 4)
    red_blue.mix.setValue(100)
    assert near(colour_at(grabbed(red_blue), middle), BLUE, 4)
    red_blue.set_opacity(50)
    half = colour_at(grabbed(red_blue), middle)
    assert near(
        half, QColor((RED.red() + BLUE.red()) // 2, 0x30, (RED.blue() + BLUE.blue()) // 2), 12
    )
    qtbot.keyClick(red_blue.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert red_blue.mix.value() == 55 and red_blue.mix_value.text() == "55 %"


# ------------------------------------------------------------------ swap and dates


def test_swap_puts_each_photo_and_its_label_in_the_others_place(qtbot, red_blue):
    red_blue.set_alignment(Alignment(1.2, 5, 0.01, 0.02).as_value())
    qtbot.mouseClick(red_blue.swap_button, Qt.MouseButton.LeftButton)
    assert [p.label for p in red_blue.photos()] == [
        "03/05/2026 · session 4",
        "01/02/2026 · session 1",
    ]
    picture = grabbed(red_blue)
    assert near(colour_at(picture, red_blue.view.panes()[0].center()), BLUE)
    # The same two photos are still aligned, the other way round.
    assert Alignment.from_value(red_blue.alignment()) == Alignment(1.2, 5, 0.01, 0.02).inverted()


def test_page_down_and_up_ask_for_the_next_and_previous_date_of_the_chosen_pane(qtbot, compare):
    compare.set_photos([photo(solid(c), str(n), n) for n, c in enumerate((RED, BLUE, GREEN))])
    view = compare.view
    with qtbot.waitSignal(compare.step_requested) as step:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert step.args == [1, 1]  # the later photo, unless another is chosen
    qtbot.keyClick(view, Qt.Key.Key_3)
    with qtbot.waitSignal(compare.step_requested) as step:
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert step.args == [2, -1]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.panes()[0].center().toPoint())
    with qtbot.waitSignal(compare.step_requested) as step:
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert step.args == [0, 1]
    # The owner answers with the next date's photo; the zoom stays as it was.
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    compare.set_photo(0, photo(solid(YELLOW), "later", 7))
    assert compare.photos()[0].key == 7 and view.shared.zoom == pytest.approx(1.25)
    assert near(colour_at(grabbed(compare), view.panes()[0].center()), YELLOW)


# ------------------------------------------------------------------ alignment


def pick(compare: PhotoCompare, pane: int, x: float, y: float) -> None:
    point = on_screen(compare, pane, pane, x, y).toPoint()
    QTest.mouseClick(compare.view, Qt.MouseButton.LeftButton, pos=point)


def test_two_reference_points_on_each_photo_align_b_onto_a(qtbot, compare):
    known = Alignment(1.15, -8, 0.04, -0.03)
    compare.set_photos([photo(face(), "A"), photo(moved(face(), known), "B")])
    compare.set_mode("wipe")
    qtbot.mouseClick(compare.align_button, Qt.MouseButton.LeftButton)
    assert compare.mode() == "align" and "Step 1 of 4" in compare.hint.text()
    # Zoomed in on the eyes, a click lands within a pixel of the photo.
    wheel(compare.view, on_screen(compare, 0, 0, 0.5, PUPILS[0][1]), 3)
    b_pupils = [known.inverted().map(p) for p in PUPILS]
    pick(compare, 0, *PUPILS[0])
    pick(compare, 0, *PUPILS[1])
    assert "Step 3 of 4" in compare.hint.text()
    pick(compare, 1, *b_pupils[0])
    with qtbot.waitSignal(compare.alignment_changed) as changed:
        pick(compare, 1, *b_pupils[1])
    found = Alignment.from_value(changed.args[0])
    assert found.scale == pytest.approx(known.scale, rel=0.01)
    assert found.angle == pytest.approx(known.angle, abs=0.5)
    assert found.dx == pytest.approx(known.dx, abs=0.01)
    assert found.dy == pytest.approx(known.dy, abs=0.01)
    assert compare.mode() == "wipe" and compare.alignment() == changed.args[0]
    # B is now drawn over A: B's pupils show where A's are, on B's side of the divider.
    compare.set_wipe(0)
    picture = grabbed(compare)
    for x, y in PUPILS:
        assert near(colour_at(picture, on_screen(compare, 0, 0, x, y)), PUPIL)


def test_aligning_shows_numbered_points_and_works_from_the_keyboard(qtbot, compare):
    compare.set_photos([photo(face(), "A"), photo(face(), "B")])
    view = compare.view
    before = grabbed(compare)
    compare.start_alignment()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # under the cross, in the middle of pane A
    assert len(view.picking.points) == 1
    assert grabbed(compare) != before  # its marker shows
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the same place again: refused
    assert len(view.picking.points) == 1 and compare.notice.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # a tenth of the pane
    for _ in range(5):  # and 10 pixels, finely
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.picking.pane == 1 and "Step 3 of 4" in compare.hint.text()
    first, second = view.picking.points
    pixels = view.shared.scale(view.panes()[0])
    assert (second[0] - first[0]) * pixels == pytest.approx(view.panes()[0].width() * 0.1 + 10)
    assert compare.alignment() == Alignment().as_value()  # Shift+arrows moved no photo
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert view.picking.pane == 0 and "Step 2 of 4" in compare.hint.text()
    with qtbot.assertNotEmitted(compare.alignment_changed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert compare.mode() == "side" and view.picking is None


def test_shift_keys_nudge_scale_and_turn_b_and_reset_undoes_it(qtbot, red_blue):
    view = red_blue.view
    pixels = view.shared.scale(view.panes()[0])
    shift = Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(red_blue.alignment_changed) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Right, shift)
    assert changed.args[0]["dx"] == pytest.approx(1 / pixels, abs=1e-6)
    qtbot.keyClick(view, Qt.Key.Key_Plus, shift)
    assert red_blue.alignment()["scale"] == pytest.approx(1.005)
    qtbot.keyClick(view, Qt.Key.Key_BraceRight, shift)
    qtbot.keyClick(view, Qt.Key.Key_BraceRight, shift)
    assert red_blue.alignment()["angle"] == pytest.approx(0.5)
    assert red_blue.reset_button.isEnabled()
    with qtbot.waitSignal(red_blue.alignment_changed) as changed:
        qtbot.mouseClick(red_blue.reset_button, Qt.MouseButton.LeftButton)
    assert changed.args[0] == Alignment().as_value()
    assert not red_blue.reset_button.isEnabled()


def test_a_saved_alignment_is_restored_without_being_saved_again(qtbot, compare):
    known = Alignment(0.9, 12, -0.03, 0.05)
    compare.set_photos([photo(face(), "A"), photo(moved(face(), known), "B")])
    compare.set_mode("blend")
    compare.set_opacity(100)
    with qtbot.assertNotEmitted(compare.alignment_changed):
        compare.set_alignment(known.as_value())
    assert compare.alignment() == known.as_value()
    picture = grabbed(compare)
    for x, y in PUPILS:
        assert near(colour_at(picture, on_screen(compare, 0, 0, x, y)), PUPIL)
    with pytest.raises(ValueError):
        compare.set_alignment({"scale": 500, "angle": 0, "dx": 0, "dy": 0})
    assert compare.alignment() == known.as_value()
    compare.set_alignment(None)
    assert Alignment.from_value(compare.alignment()).is_identity


# ------------------------------------------------------------------ export and clearing


def test_the_exported_comparison_has_both_photos_side_by_side_with_their_labels():
    picture = compose_side_by_side(
        [
            photo(solid(RED, 400, 300), "01/02/2026 · session 1"),
            photo(solid(BLUE, 300, 300), "03/05/2026 · session 4"),
        ],
        1200,
    )
    assert picture.width() == 1200
    photo_height = None
    for y in range(picture.height()):
        if near(picture.pixelColor(picture.width() // 4, y), RED, 4):
            photo_height = (photo_height or 0) + 1
    assert photo_height is not None
    # Both photos at one height: 4:3 and 1:1 share 1200 less the margins.
    assert photo_height == pytest.approx((1200 - 3 * 24) / (4 / 3 + 1), abs=2)
    red_columns = [x for x in range(1200) if near(picture.pixelColor(x, 100), RED, 4)]
    blue_columns = [x for x in range(1200) if near(picture.pixelColor(x, 100), BLUE, 4)]
    assert red_columns[-1] < blue_columns[0]
    labels_top = max(
        y for y in range(picture.height()) if near(picture.pixelColor(red_columns[0], y), RED, 4)
    )
    for columns in (red_columns, blue_columns):
        label_area = [
            picture.pixelColor(x, y)
            for x in columns
            for y in range(labels_top + 1, picture.height())
        ]
        assert any(colour.lightness() < 128 for colour in label_area)  # text under each photo
    assert near(picture.pixelColor(2, 2), QColor("#ffffff"), 0)
    assert picture.height() > labels_top + 20


def shares_pixels(image: QImage) -> bool:
    """Whether another QImage holds these very pixels: writing to a shared image makes Qt
    copy it first, and a copy has a new serial number (the cache key's upper half)."""
    serial = image.cacheKey() >> 32
    image.setPixelColor(0, 0, image.pixelColor(0, 0))
    return image.cacheKey() >> 32 != serial


def test_clear_drops_every_photo(qtbot, compare):
    red, blue = solid(RED), solid(BLUE)
    photos = [photo(red, "A"), photo(blue, "B")]
    watched = [weakref.ref(p) for p in photos]
    compare.set_photos(photos)
    compare.set_mode("blend")
    grabbed(compare)
    assert shares_pixels(blue)  # the viewer holds the pixels while it shows them
    del photos
    compare.clear()
    gc.collect()
    assert all(ref() is None for ref in watched)
    # No copy of the pixels is held anywhere: the test's image is its own alone again.
    assert not shares_pixels(red)
    assert compare.photos() == () and compare.message.isVisible()
