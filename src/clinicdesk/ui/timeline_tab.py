"""The record's session timeline: how far each open plan has come and when the client is
expected next, then everything on the client's file, newest first, with filters by kind
and by plan or treatment.

The timeline is read when the tab is shown (not with every record opened): one service
call, then the rows are put into words once; the filters only choose which rows show.
Opening an item (double-click, or Enter on it) asks for what it belongs to: a session,
its adverse events and amendments open the session; the rest name their kind and id (a
day's photos: "photo" and the first photo's id, for the record's Photos tab).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.services import catalogue
from clinicdesk.services.timeline import PlannedDay, PlanProgress, Timeline, client_timeline
from clinicdesk.ui.client_tab import LazyClientTab
from clinicdesk.ui.errors import error_label, message_for
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.plan_editor import family_names, status_name
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.timeline_delegate import TimelineDelegate, marker_icon
from clinicdesk.ui.timeline_model import ITEM_ROLE, OVERDUE_COLOUR, TimelineModel

# The filter buttons, in the order a practitioner looks for them.
FILTER_ORDER = (
    "session",
    "photo",
    "adverse_event",
    "amendment",
    "consultation",
    "consent",
    "plan",
    "planned",
    "patch_test",
)


class TimelineView(QListView):
    """The list of rows; Enter opens the current row, as a double-click does."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class TimelineTab(LazyClientTab):
    session_requested = Signal(int)
    new_session_requested = Signal()
    open_requested = Signal(str, int)  # "consultation", "plan", "patch_test" or "photo", and its id

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(handle, parent)
        self.timeline: Timeline | None = None
        self._names: dict[str, str] = {}

        self.new_session_button = QPushButton()
        self.new_session_button.setObjectName("newSession")
        self.new_session_button.clicked.connect(self.new_session_requested.emit)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overduePlanned")
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: 600;")
        self.next_label = QLabel()
        self.next_label.setObjectName("nextPlanned")
        self.next_label.setWordWrap(True)
        planned = QVBoxLayout()
        planned.setSpacing(2)
        planned.addWidget(self.overdue_label)
        planned.addWidget(self.next_label)
        top = QHBoxLayout()
        top.addWidget(self.new_session_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(planned, 1)

        self.progress_grid = QGridLayout()
        self.progress_grid.setColumnStretch(1, 1)
        self.progress_grid.setHorizontalSpacing(12)
        self.progress_grid.setVerticalSpacing(4)
        progress_box = QWidget()
        progress_box.setLayout(self.progress_grid)
        self.progress_area = QScrollArea()
        self.progress_area.setObjectName("planProgress")
        self.progress_area.setWidgetResizable(True)
        self.progress_area.setFrameShape(QFrame.Shape.NoFrame)
        self.progress_area.setMaximumHeight(150)
        self.progress_area.setWidget(progress_box)

        # Two rows of kind buttons (they double as the legend), the plan or treatment beside.
        columns = (len(FILTER_ORDER) + 1) // 2
        self.filter_buttons: dict[str, QToolButton] = {}
        filters = QGridLayout()
        filters.setSpacing(4)
        for number, kind in enumerate(FILTER_ORDER):
            button = QToolButton()
            button.setObjectName(f"filter_{kind}")
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(marker_icon(kind))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.toggled.connect(self._filter_changed)
            self.filter_buttons[kind] = button
            filters.addWidget(button, number // columns, number % columns)
        self.scope = QComboBox()
        self.scope.setObjectName("timelineScope")
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope.setMinimumContentsLength(18)
        self.scope.currentIndexChanged.connect(self._filter_changed)
        filters.addWidget(self.scope, 0, columns, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        filters.setColumnStretch(columns + 1, 1)

        self.error = error_label("timeline")
        self.empty = QLabel()
        self.empty.setObjectName("timelineEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #52606d; padding: 8px;")
        self.model = TimelineModel(self)
        self.view = TimelineView()
        self.view.setObjectName("timelineList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(self._open)
        self.view.open_requested.connect(self._open)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_area)
        layout.addLayout(filters)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        # Client data goes at the lock even if no one clears the record.
        handle.locked.connect(self.clear)
        self.retranslate()
        self._update_state()

    def retranslate(self) -> None:
        self.new_session_button.setText(self.tr("New session…"))
        names = {
            "session": self.tr("Sessions"),
            "photo": self.tr("Photos"),
            "adverse_event": self.tr("Adverse events"),
            "amendment": self.tr("Amendments"),
            "consultation": self.tr("Consultations"),
            "consent": self.tr("Consents"),
            "plan": self.tr("Plans"),
            "planned": self.tr("Planned sessions"),
            "patch_test": self.tr("Patch tests"),
        }
        for kind, button in self.filter_buttons.items():
            button.setText(names[kind])
            button.setToolTip(self.tr("Show or hide: %1").replace("%1", names[kind]))
        if self.timeline is not None:
            self._show(self.timeline)
        else:
            self._fill_scope()
            self._update_state()

    # -- showing -----------------------------------------------------------------------------

    def clear(self) -> None:
        self.client = None
        self.timeline = None
        self._stale = False
        self._names = {}
        self.model.clear()
        self._clear_progress()
        for label in (self.overdue_label, self.next_label):
            label.clear()
            label.hide()
        self.error.hide()
        self._fill_scope()
        self._update_state()

    def _load(self) -> None:
        if self.client is None:
            return
        self._stale = False
        practice = self._handle.practice
        try:
            timeline = client_timeline(practice, client_id=self.client.id)
            self._names = family_names(catalogue.families(practice, include_retired=True))
        except ClinicDeskError as problem:
            self.error.setText(message_for(problem))
            self.error.show()
            return
        self.error.hide()
        self._show(timeline)

    def _show(self, timeline: Timeline) -> None:
        kept = self._current_key()
        self.timeline = timeline
        self._fill_scope()
        self.model.set_items(timeline.items, self._names, self._kinds(), self._scope())
        self._fill_progress(timeline)
        self._select(kept)
        self._update_state()

    # -- filters -----------------------------------------------------------------------------

    def _kinds(self) -> set[str]:
        return {kind for kind, button in self.filter_buttons.items() if button.isChecked()}

    def _scope(self) -> tuple[str, Any] | None:
        """The plan ("plan", id) or treatment ("family", code) chosen; None for all."""
        chosen = self.scope.currentData() or ""
        if not chosen:
            return None
        what, value = chosen.split(":", 1)
        return (what, int(value)) if what == "plan" else (what, value)

    def _fill_scope(self) -> None:
        """Everything, each plan of the client, and each treatment on the timeline."""
        chosen = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All plans and treatments"), "")
        items = self.timeline.items if self.timeline else []
        created = [i for i in items if i.kind == "plan" and i.status == "created"]
        for item in sorted(created, key=lambda i: i.at, reverse=True):
            treatments = ", ".join(self._names.get(f, f) for f in item.facts["families"])
            self.scope.addItem(
                self.tr("Plan of %1: %2")
                .replace("%1", format_date(item.at.astimezone().date()))
                .replace("%2", treatments or "—"),
                f"plan:{item.plan_id}",
            )
        families = dict.fromkeys(
            code for i in items for code in (i.family, *i.facts.get("families", ())) if code
        )
        for code in sorted(families, key=lambda c: self._names.get(c, c).casefold()):
            self.scope.addItem(self._names.get(code, code), f"family:{code}")
        self.scope.setCurrentIndex(max(self.scope.findData(chosen or ""), 0))
        self.scope.blockSignals(False)

    def _filter_changed(self) -> None:
        kept = self._current_key()
        self.model.set_filter(self._kinds(), self._scope())
        self._select(kept)
        self._update_state()

    def _update_state(self) -> None:
        self.new_session_button.setEnabled(self.client is not None)
        if self.client is None or self.timeline is None:
            self.empty.hide()
            return
        if not self.timeline.items:
            self.empty.setText(
                self.tr(
                    "Nothing is recorded for this client yet. Start with a consultation in the "
                    "Consultations tab, or record a treatment with New session."
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "Nothing matches these filters. Turn a kind back on above, or choose "
                    "“All plans and treatments”."
                )
            )
        self.empty.setVisible(self.model.rowCount() == 0)

    # -- selection and opening ---------------------------------------------------------------

    def _current_key(self) -> tuple[Any, ...] | None:
        selected = self.view.selectionModel().selectedIndexes()
        item = selected[0].data(ITEM_ROLE) if selected else None
        return None if item is None else (item.kind, item.opens, item.id, item.status)

    def _select(self, key: tuple[Any, ...] | None) -> None:
        """Select the row that was selected before the rows changed; else make the first
        row current (for the arrow keys) without highlighting it."""
        rows = self.model.visible
        found = next(
            (
                n
                for n, row in enumerate(rows)
                if (row.item.kind, row.item.opens, row.item.id, row.item.status) == key
            ),
            None,
        )
        if found is not None:
            index = self.model.index(found)
            flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.view.selectionModel().setCurrentIndex(index, flag)
            self.view.scrollTo(index)
        elif rows:
            flag = QItemSelectionModel.SelectionFlag.NoUpdate
            self.view.selectionModel().setCurrentIndex(self.model.index(0), flag)

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        item = index.data(ITEM_ROLE)
        if item is None:
            return
        if item.opens == "session":
            self.session_requested.emit(item.opens_id)
        else:
            self.open_requested.emit(item.opens, item.opens_id)

    # -- plan progress -----------------------------------------------------------------------

    def _clear_progress(self) -> None:
        while self.progress_grid.count():
            widget = self.progress_grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.progress_area.hide()

    def _fill_progress(self, timeline: Timeline) -> None:
        self._clear_progress()
        line = 0
        for plan in timeline.plans:
            line = self._add_plan(plan, line)
        self.progress_area.setVisible(bool(timeline.plans))
        overdue, upcoming = timeline.overdue, timeline.next_planned
        self.overdue_label.setText(
            ""
            if overdue is None
            else self.tr("A planned session is overdue since %1 (%2).")
            .replace("%1", format_date(overdue.day))
            .replace("%2", self._planned_name(overdue))
        )
        self.next_label.setText(
            ""
            if upcoming is None
            else self.tr("Next planned session: %1 (%2).")
            .replace("%1", format_date(upcoming.day))
            .replace("%2", self._planned_name(upcoming))
        )
        for label in (self.overdue_label, self.next_label):
            label.setVisible(bool(label.text()))

    def _add_plan(self, plan: PlanProgress, line: int) -> int:
        heading = QLabel(
            self.tr("Plan of %1 · %2")
            .replace("%1", format_date(plan.created_at.astimezone().date()))
            .replace("%2", status_name(plan.status))
        )
        heading.setStyleSheet("font-weight: 600;")
        self.progress_grid.addWidget(heading, line, 0, 1, 4)
        line += 1
        for treatment in plan.treatments:
            name = QLabel(self._names.get(treatment.family, treatment.family))
            bar = QProgressBar()
            bar.setRange(0, max(treatment.planned, 1))
            bar.setValue(min(treatment.done, treatment.planned))
            bar.setTextVisible(False)
            bar.setMaximumHeight(10)
            count = QLabel(
                self.tr("%1 of %2 sessions")
                .replace("%1", str(treatment.done))
                .replace("%2", str(treatment.planned))
            )
            count.setObjectName(f"progress_{treatment.treatment_id}")
            bar.setAccessibleName(count.text())
            when = QLabel()
            when.setObjectName(f"next_{treatment.treatment_id}")
            if treatment.overdue_since is not None:
                when.setText(
                    self.tr("overdue since %1").replace("%1", format_date(treatment.overdue_since))
                )
                when.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: 600;")
            elif treatment.next_planned is not None:
                when.setText(self.tr("next: %1").replace("%1", format_date(treatment.next_planned)))
            elif treatment.done < treatment.planned:
                when.setText(self.tr("no day planned yet"))
            for column, widget in enumerate((name, bar, count, when)):
                self.progress_grid.addWidget(widget, line, column)
            line += 1
        return line

    def _planned_name(self, planned: PlannedDay) -> str:
        return (
            self.tr("%1, session %2")
            .replace("%1", self._names.get(planned.family, planned.family))
            .replace("%2", str(planned.number))
        )
