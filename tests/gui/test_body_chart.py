"""The face and body chart, driven like a practitioner would: with the mouse (and so a
pen), with the keyboard alone, and through its table of marks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit

from clinicdesk.rules.body_chart import ChartPlace
from clinicdesk.ui.body_chart import BodyChart, ChartMark, ChartProduct
from clinicdesk.ui.body_chart_canvas import STEP
from clinicdesk.ui.body_chart_table import PLACE, PREFILLED_ROLE, PRODUCT, QUANTITY, UNIT

TOXIN = ChartProduct(11, "Botulinum toxin A — lot A123, exp. 03/2027", "units", Decimal(4))
FILLER = ChartProduct(12, "Hyaluronic acid filler — lot HF77, exp. 11/2026", "ml", Decimal("0.5"))
BOOSTER = ChartProduct(13, "Skin booster — lot SB2, exp. 01/2027", "syringes")


@pytest.fixture
def chart(qtbot):
    widget = BodyChart()
    qtbot.addWidget(widget)
    widget.set_products([TOXIN, FILLER, BOOSTER])
    widget.set_unit_names({"units": "U", "ml": "millilitres"})
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def at(chart: BodyChart, x: float, y: float) -> QPoint:
    return chart.canvas.to_widget(x, y).toPoint()


def focus_canvas(qtbot, chart: BodyChart) -> None:
    chart.activateWindow()
    chart.canvas.setFocus()
    qtbot.waitUntil(chart.canvas.hasFocus)


def edit_cell(qtbot, chart: BodyChart, row: int, column: int, text: str) -> None:
    """Type `text` into a cell of the marks table with the keyboard, then Enter."""
    chart.activateWindow()
    chart.table.setFocus()
    chart.table.setCurrentIndex(chart.model.index(row, column))
    qtbot.keyClick(chart.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits what was typed from the event loop, once the editor has seen the key.
    qtbot.waitUntil(lambda: chart.table.state() != QAbstractItemView.State.EditingState)


def assert_near(value: float, expected: float, tolerance: float = 0.01) -> None:
    assert abs(value - expected) <= tolerance, (value, expected)


# ------------------------------------------------------------------ mouse and pen


def test_a_click_places_a_point_with_the_current_product_and_its_default_quantity(qtbot, chart):
    assert chart.product.currentData() == TOXIN.key  # the first product is offered first
    with qtbot.waitSignal(chart.changed):
        qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=at(chart, 0.5, 0.32))
    [mark] = chart.marks()
    assert mark.product_key == TOXIN.key
    assert (mark.quantity, mark.unit) == (Decimal(4), "units")
    assert mark.place.view == "face_front" and not mark.place.is_area
    assert_near(mark.place.x, 0.5)
    assert_near(mark.place.y, 0.32)
    assert chart.model.index(0, UNIT).data() == "U"  # the caller's name for the unit

    chart.product.setCurrentIndex(chart.product.findData(FILLER.key))
    qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=at(chart, 0.4, 0.64))
    assert chart.marks()[1].product_key == FILLER.key
    assert chart.marks()[1].quantity == Decimal("0.5")
    assert chart.model.index(1, QUANTITY).data() in ("0.5", "0,5")


def test_a_drag_places_an_area_as_wide_as_the_drag(qtbot, chart):
    chart.product.setCurrentIndex(0)  # no product: an area lasered
    start = at(chart, 0.3, 0.55)
    width = chart.canvas.diagram_rect().width()
    end = start + QPoint(round(0.08 * width), 0)
    with qtbot.waitSignal(chart.changed):
        QTest.mousePress(chart.canvas, Qt.MouseButton.LeftButton, pos=start)
        QTest.mouseMove(chart.canvas, start + QPoint(round(0.04 * width), 0))
        QTest.mouseMove(chart.canvas, end)
        QTest.mouseRelease(chart.canvas, Qt.MouseButton.LeftButton, pos=end)
    [mark] = chart.marks()
    assert mark.product_key is None and mark.quantity is None
    assert mark.place.is_area
    assert_near(mark.place.radius, 0.08, 0.005)
    assert_near(mark.place.x, 0.3)


def test_a_mark_is_selected_and_dragged_to_another_place(qtbot, chart):
    chart.set_marks(
        [ChartMark(ChartPlace("face_front", 0.4, 0.4), "", TOXIN.key, Decimal(2), "units")]
    )
    start, end = at(chart, 0.4, 0.4), at(chart, 0.6, 0.5)
    with qtbot.waitSignal(chart.changed):
        QTest.mousePress(chart.canvas, Qt.MouseButton.LeftButton, pos=start)
        QTest.mouseMove(chart.canvas, end)
        QTest.mouseRelease(chart.canvas, Qt.MouseButton.LeftButton, pos=end)
    [mark] = chart.marks()
    assert_near(mark.place.x, 0.6)
    assert_near(mark.place.y, 0.5)
    assert chart.table.selectionModel().selectedRows()[0].row() == 0


def test_a_right_click_removes_a_mark(qtbot, chart):
    chart.set_marks(
        [
            ChartMark(ChartPlace("face_front", 0.4, 0.4), "", TOXIN.key, Decimal(2), "units"),
            ChartMark(ChartPlace("face_front", 0.6, 0.4), "", TOXIN.key, Decimal(2), "units"),
        ]
    )
    with qtbot.waitSignal(chart.changed):
        qtbot.mouseClick(chart.canvas, Qt.MouseButton.RightButton, pos=at(chart, 0.4, 0.4))
    assert [m.place.x for m in chart.marks()] == [0.6]
    qtbot.mouseClick(chart.canvas, Qt.MouseButton.RightButton, pos=at(chart, 0.2, 0.9))
    assert len(chart.marks()) == 1  # nothing there to remove


def test_pen_events_are_left_for_qt_to_deliver_as_mouse_events(chart):
    # A tablet event the widget accepts would never reach it as a mouse press.
    canvas = chart.canvas
    point = QPointF(at(chart, 0.5, 0.5))
    event = QTabletEvent(
        QTabletEvent.Type.TabletPress,
        QPointingDevice.primaryPointingDevice(),
        point,
        canvas.mapToGlobal(point),
        0.5,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
    )
    event.accept()
    QApplication.sendEvent(canvas, event)
    assert not event.isAccepted()


# ------------------------------------------------------------------ keyboard


def test_keyboard_alone_places_a_point_where_the_cross_is(qtbot, chart):
    focus_canvas(qtbot, chart)
    for _ in range(3):
        qtbot.keyClick(chart.canvas, Qt.Key.Key_Left)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(chart.changed):
        qtbot.keyClick(chart.canvas, Qt.Key.Key_Return)
    [mark] = chart.marks()
    aspect = 100 / 130
    assert_near(mark.place.x, 0.5 - 3 * STEP, 0.0001)
    assert_near(mark.place.y, 0.5 - 5 * STEP * aspect, 0.0001)
    assert mark.product_key == TOXIN.key
    # Space places another at the same spot: two products in one point are allowed.
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Escape)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Space)
    assert [m.place for m in chart.marks()] == [mark.place, mark.place]


def test_keyboard_selects_moves_resizes_and_deletes_marks(qtbot, chart):
    chart.set_marks(
        [
            ChartMark(ChartPlace("face_front", 0.3, 0.3), "", TOXIN.key, Decimal(2), "units"),
            ChartMark(ChartPlace("face_left", 0.5, 0.5)),
            ChartMark(ChartPlace("face_front", 0.7, 0.3), "", TOXIN.key, Decimal(2), "units"),
        ]
    )
    focus_canvas(qtbot, chart)
    selected = chart.table.selectionModel().selectedRows
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Tab)
    assert [i.row() for i in selected()] == [0]
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Tab)  # mark 2 is on another view: skipped
    assert [i.row() for i in selected()] == [2]
    qtbot.keyClick(chart.canvas, Qt.Key.Key_P)
    assert [i.row() for i in selected()] == [0]

    with qtbot.waitSignal(chart.changed):
        qtbot.keyClick(chart.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert_near(chart.marks()[0].place.x, 0.3 + STEP + 0.05, 0.0001)
    assert chart.marks()[0].place.y == 0.3

    qtbot.keyClick(chart.canvas, Qt.Key.Key_Plus)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Plus)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Minus)
    assert_near(chart.marks()[0].place.radius, STEP, 0.0001)  # a point grown into an area

    with qtbot.waitSignal(chart.changed):
        qtbot.keyClick(chart.canvas, Qt.Key.Key_Delete)
    assert [m.place.view for m in chart.marks()] == ["face_left", "face_front"]
    assert selected() == []


def test_tab_past_the_last_mark_leaves_the_chart(qtbot, chart):
    chart.set_marks([ChartMark(ChartPlace("face_front", 0.3, 0.3))])
    focus_canvas(qtbot, chart)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Tab)
    assert chart.canvas.hasFocus()
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not chart.canvas.hasFocus())


def test_views_switch_from_the_keyboard_and_keep_their_own_marks(qtbot, chart):
    focus_canvas(qtbot, chart)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Return)  # a point on the face
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Escape)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_4)
    assert chart.canvas.view == "body_front"
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Return)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Escape)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert chart.canvas.view == "body_back"
    qtbot.keyClick(chart.canvas, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert chart.canvas.view == "face_front"
    assert [m.place.view for m in chart.marks()] == ["face_front", "body_front"]
    tabs = [chart.views.tabText(i) for i in range(chart.views.count())]
    assert tabs == ["Face (1)", "Left profile", "Right profile", "Body front (1)", "Body back"]
    # The body's mark is not on the face: a click there places a new one.
    body_mark = chart.marks()[1].place
    qtbot.mouseClick(
        chart.canvas, Qt.MouseButton.LeftButton, pos=at(chart, body_mark.x, body_mark.y)
    )
    assert len(chart.marks()) == 3 and chart.marks()[2].place.view == "face_front"


def test_choosing_a_mark_in_the_table_shows_its_view(chart):
    chart.set_marks(
        [
            ChartMark(ChartPlace("face_front", 0.3, 0.3)),
            ChartMark(ChartPlace("body_back", 0.5, 0.3)),
        ]
    )
    chart.table.selectRow(1)
    assert chart.canvas.view == "body_back"
    chart.table.selectRow(0)
    assert chart.canvas.view == "face_front"
    chart.set_view("face_right")
    assert chart.views.currentIndex() == 2
    with pytest.raises(ValueError):
        chart.set_view("hand")


# ------------------------------------------------------------------ the table


def test_place_and_quantity_are_typed_in_the_table(qtbot, chart):
    qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=at(chart, 0.5, 0.32))
    with qtbot.waitSignal(chart.changed):
        edit_cell(qtbot, chart, 0, PLACE, "Glabella")
    with qtbot.waitSignal(chart.changed):
        edit_cell(qtbot, chart, 0, QUANTITY, "12,5")
    [mark] = chart.marks()
    assert (mark.label, mark.quantity, mark.unit) == ("Glabella", Decimal("12.5"), "units")
    assert not chart.error.isVisible()


@pytest.mark.parametrize("typed", ["0", "-2", "abc", "1.2345", "2,5,0", ""])
def test_a_wrong_quantity_is_refused_with_a_message(qtbot, chart, typed):
    qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=at(chart, 0.5, 0.32))
    edit_cell(qtbot, chart, 0, QUANTITY, typed)
    assert chart.marks()[0].quantity == Decimal(4)
    assert chart.error.isVisible()
    assert "a number more than 0 with at most 3 decimals" in chart.error.text()
    edit_cell(qtbot, chart, 0, QUANTITY, "6")  # the next good one clears the message
    assert chart.marks()[0].quantity == Decimal(6)
    assert not chart.error.isVisible()


def test_the_product_is_changed_from_a_list_in_the_table(qtbot, chart):
    qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=at(chart, 0.5, 0.32))
    chart.activateWindow()
    chart.table.setFocus()
    chart.table.setCurrentIndex(chart.model.index(0, PRODUCT))
    qtbot.keyClick(chart.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # on the closed list: only the choice moves
    assert chart.table.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert editor.currentData() == BOOSTER.key
    with qtbot.waitSignal(chart.changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    [mark] = chart.marks()
    # Syringes are not units: the toxin's quantity is not kept, and the booster has none.
    assert (mark.product_key, mark.unit, mark.quantity) == (BOOSTER.key, "syringes", None)
    assert chart.model.index(0, UNIT).data() == "syringes"  # no name given: the code
    assert chart.problems() == ["Mark 1 has a product but no quantity."]


def test_a_product_picked_from_the_open_list_is_taken_at_once(qtbot, chart):
    qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=at(chart, 0.5, 0.32))
    chart.table.setCurrentIndex(chart.model.index(0, PRODUCT))
    chart.table.edit(chart.model.index(0, PRODUCT))
    [editor] = chart.table.findChildren(QComboBox, "markProductEditor")
    editor.showPopup()
    editor.setCurrentIndex(editor.findData(FILLER.key))
    with qtbot.waitSignal(chart.changed):
        editor.hidePopup()
    qtbot.waitUntil(lambda: chart.table.state() != QAbstractItemView.State.EditingState)
    [mark] = chart.marks()
    assert (mark.product_key, mark.unit, mark.quantity) == (FILLER.key, "ml", Decimal("0.5"))


def test_problems_name_each_mark_to_put_right(chart):
    chart.set_marks(
        [
            ChartMark(ChartPlace("face_front", 0.3, 0.3), "", TOXIN.key, Decimal(4), "units"),
            ChartMark(ChartPlace("face_front", 0.4, 0.3), "", 99, Decimal(1), "ml"),
            ChartMark(ChartPlace("face_front", 0.5, 0.3), "", FILLER.key, None, "ml"),
            ChartMark(ChartPlace("face_front", 0.6, 0.3, 0.05), "Lasered"),
        ]
    )
    assert chart.problems() == [
        "Mark 2: its batch is not offered for this session. Choose a product.",
        "Mark 3 has a product but no quantity.",
    ]


# ------------------------------------------------------------------ prefilled, read-only


def test_prefilled_marks_are_told_apart_until_touched(qtbot, chart):
    chart.set_marks(
        [
            ChartMark(ChartPlace("face_front", 0.3, 0.3), "", TOXIN.key, Decimal(4), "units"),
            ChartMark(ChartPlace("face_front", 0.7, 0.3), "", TOXIN.key, Decimal(4), "units"),
            ChartMark(ChartPlace("face_front", 0.5, 0.6), "", TOXIN.key, Decimal(4), "units"),
        ],
        prefilled=True,
    )
    assert [chart.is_prefilled(n) for n in (1, 2, 3)] == [True, True, True]
    assert chart.model.index(0, PLACE).data(PREFILLED_ROLE) is True
    assert chart.legend.isVisible() and "previous session" in chart.legend.text()
    before = chart.canvas.grab().toImage()

    focus_canvas(qtbot, chart)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Down)  # moved: now the practitioner's
    edit_cell(qtbot, chart, 1, PLACE, "Crow's feet")  # edited: likewise
    assert [chart.is_prefilled(n) for n in (1, 2, 3)] == [False, False, True]
    assert "previous session" in chart.legend.text()  # mark 3 is still as copied

    chart.table.selectRow(2)
    qtbot.keyClick(chart.canvas, Qt.Key.Key_Escape)
    start = at(chart, 0.5, 0.6)
    QTest.mousePress(chart.canvas, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(chart.canvas, start + QPoint(20, 0))
    QTest.mouseRelease(chart.canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(20, 0))
    assert not chart.is_prefilled(3)
    assert not chart.legend.text().count("previous session")
    assert chart.canvas.grab().toImage() != before


def test_a_read_only_chart_can_be_looked_through_but_not_changed(qtbot, chart):
    marks = [
        ChartMark(ChartPlace("face_front", 0.3, 0.3), "Brow", TOXIN.key, Decimal(4), "units"),
        ChartMark(ChartPlace("body_back", 0.5, 0.3, 0.1), "Back"),
    ]
    chart.set_marks(marks)
    chart.set_read_only(True)
    assert not chart.product_row.isVisible()
    with qtbot.assertNotEmitted(chart.changed):
        qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=at(chart, 0.6, 0.6))
        qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=at(chart, 0.3, 0.3))
        assert chart.table.selectionModel().selectedRows()[0].row() == 0  # chosen, still
        start = at(chart, 0.3, 0.3)
        QTest.mousePress(chart.canvas, Qt.MouseButton.LeftButton, pos=start)
        QTest.mouseMove(chart.canvas, start + QPoint(40, 40))
        QTest.mouseRelease(chart.canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 40))
        qtbot.mouseClick(chart.canvas, Qt.MouseButton.RightButton, pos=at(chart, 0.3, 0.3))
        focus_canvas(qtbot, chart)
        qtbot.keyClick(chart.canvas, Qt.Key.Key_Tab)
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Plus, Qt.Key.Key_Delete, Qt.Key.Key_Return):
            qtbot.keyClick(chart.canvas, key)
        assert not chart.model.setData(chart.model.index(0, PLACE), "Changed")
        qtbot.keyClick(chart.canvas, Qt.Key.Key_5)  # views still switch
        assert chart.canvas.view == "body_back"
    assert chart.marks() == marks
    assert not chart.model.flags(chart.model.index(0, QUANTITY)) & Qt.ItemFlag.ItemIsEditable

    chart.set_read_only(False)
    qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=at(chart, 0.5, 0.8))
    assert len(chart.marks()) == 3


def test_a_chart_opens_on_a_view_that_holds_marks(chart):
    chart.set_marks([ChartMark(ChartPlace("body_back", 0.5, 0.3, 0.1), "Back")])
    assert chart.canvas.view == "body_back"
    chart.set_view("face_left")
    chart.set_marks([ChartMark(ChartPlace("face_left", 0.5, 0.3)), *chart.marks()])
    assert chart.canvas.view == "face_left"  # it holds some: it stays


def test_delete_in_the_table_removes_the_chosen_mark(qtbot, chart):
    chart.set_marks(
        [
            ChartMark(ChartPlace("face_front", 0.3, 0.3)),
            ChartMark(ChartPlace("face_front", 0.6, 0.3)),
        ]
    )
    chart.table.setFocus()
    chart.table.selectRow(0)
    with qtbot.waitSignal(chart.changed):
        qtbot.keyClick(chart.table, Qt.Key.Key_Delete)
    assert [m.place.x for m in chart.marks()] == [0.6]
    chart.set_read_only(True)
    chart.table.selectRow(0)
    qtbot.keyClick(chart.table, Qt.Key.Key_Delete)
    assert len(chart.marks()) == 1


def test_clear_removes_every_mark_and_says_so(qtbot, chart):
    chart.set_marks([ChartMark(ChartPlace("face_front", 0.3, 0.3))])
    with qtbot.waitSignal(chart.changed):
        chart.clear()
    assert chart.marks() == []
    with qtbot.assertNotEmitted(chart.changed):
        chart.clear()
