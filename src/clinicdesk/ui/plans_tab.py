"""The record's treatment plans: the list, one plan in full with its planned days, the
changes made since the client agreed to it, and the steps of its life (agree, start,
complete, stop)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.errors import ClinicDeskError
from clinicdesk.rules.codes import text_in
from clinicdesk.services import catalogue, plan_changes, plans, sessions
from clinicdesk.services.clients import ClientRecord
from clinicdesk.services.plans import AGREED_STATUSES, PlanChangeRecord, PlanRecord
from clinicdesk.ui.errors import message_for
from clinicdesk.ui.formatting import format_date, format_datetime
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.plan_editor import (
    CHANGE_NAMES,
    MoveSessionDialog,
    PlanEditor,
    PlanReasonDialog,
    change_text,
    family_names,
    price_text,
    status_name,
    tr,
    treatments_summary,
)
from clinicdesk.ui.practice_handle import PracticeHandle

STATUS_COLOURS = {
    "draft": "#52606d",
    "agreed": "#1d4f80",
    "in_progress": "#7a4b00",
    "completed": "#2f6b3a",
    "stopped": "#8a1c1c",
}


class PlansTab(QWidget):
    changed = Signal()
    session_requested = Signal(int)  # a plan treatment id: record a session towards it

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.client: ClientRecord | None = None
        self.records: list[PlanRecord] = []
        self.changes: list[PlanChangeRecord] = []
        self.dialog: QDialog | None = None
        self.done: dict[int, int] = {}  # signed-off sessions per plan treatment
        self._names: dict[str, str] = {}
        self._services: dict[str, str] = {}

        self.new_button = QPushButton()
        self.new_button.setObjectName("newPlan")
        self.new_button.clicked.connect(lambda: self.new_plan())
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editPlan")
        self.edit_button.clicked.connect(lambda: self.edit_plan())
        self.agree_button = QPushButton()
        self.agree_button.setObjectName("agreePlan")
        self.agree_button.clicked.connect(self.agree_plan)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startPlan")
        self.start_button.clicked.connect(self.start_plan)
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("completePlan")
        self.complete_button.clicked.connect(self.complete_plan)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopPlan")
        self.stop_button.clicked.connect(lambda: self.stop_plan())
        self.move_button = QPushButton()
        self.move_button.setObjectName("moveSession")
        self.move_button.clicked.connect(lambda: self.move_session())
        self.session_button = QPushButton()
        self.session_button.setObjectName("recordSession")
        self.session_button.clicked.connect(self.record_session)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.session_button)
        actions.addSpacing(12)
        for button in (
            self.edit_button,
            self.agree_button,
            self.start_button,
            self.complete_button,
            self.stop_button,
            self.move_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        self.error = QLabel()
        self.error.setObjectName("planError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            "background:#fdecea; color:#8a1c1c; padding:6px 8px; border-radius:4px;"
        )
        self.error.hide()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #52606d;")

        self.list = QTreeWidget()
        self.list.setObjectName("planList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.detail = QTextBrowser()
        self.detail.setObjectName("planDetail")
        self.history_title = QLabel()
        self.history_title.setStyleSheet("font-weight: 600;")
        self.history = QTextBrowser()
        self.history.setObjectName("planHistory")
        history_box = QWidget()
        history_column = QVBoxLayout(history_box)
        history_column.setContentsMargins(0, 4, 0, 0)
        history_column.addWidget(self.history_title)
        history_column.addWidget(self.history, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.detail)
        right.addWidget(history_box)
        right.setSizes([380, 220])
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([420, 560])

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        handle.locked.connect(self._hide_while_locked)
        handle.unlocked.connect(self._show_after_unlock)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New plan…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.agree_button.setText(self.tr("Agree with the client"))
        self.start_button.setText(self.tr("Start"))
        self.complete_button.setText(self.tr("Complete"))
        self.stop_button.setText(self.tr("Stop…"))
        self.move_button.setText(self.tr("Move a session date…"))
        self.session_button.setText(self.tr("Record a session…"))
        self.list.setHeaderLabels(
            [self.tr("Created"), self.tr("Status"), self.tr("Treatments"), self.tr("Price")]
        )
        self.history_title.setText(self.tr("Changes since the client agreed"))
        self.empty.setText(
            self.tr(
                "No treatment plan yet. A consultation's recommendation becomes a draft plan, "
                "or start one here with New plan."
            )
        )
        if self.client is not None:
            self.show_client(self.client)

    # -- showing -----------------------------------------------------------------------------

    def show_client(self, client: ClientRecord) -> None:
        self.client = client
        practice = self._handle.practice
        known = catalogue.families(practice, include_retired=True)
        self._names = family_names(known)
        language = current_language()
        self._services = {
            s.code: text_in(s.names, language) for family in known for s in family.services
        }
        self.records = plans.plans(practice, client_id=client.id)
        selected = self._selected()
        self.list.clear()
        for record in self.records:
            item = QTreeWidgetItem(
                [
                    format_date(record.created_at.astimezone().date()),
                    status_name(record.status),
                    treatments_summary(record.treatments, self._names),
                    price_text(record.price),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, record.id)
            item.setForeground(1, QColor(STATUS_COLOURS.get(record.status, "#52606d")))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(2, item.text(2))
            self.list.addTopLevelItem(item)
            if selected and record.id == selected.id:
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.empty.setVisible(not self.records)
        self._show_selected()

    def clear(self) -> None:
        self.client = None
        self.records = []
        self.changes = []
        self.list.clear()
        self.detail.clear()
        self.history.clear()
        self.error.hide()
        self._update_buttons(None)

    def select_plan(self, plan_id: int) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == plan_id:
                self.list.setCurrentItem(item)

    def _selected(self) -> PlanRecord | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.records if r.id == wanted), None)

    def _update_buttons(self, record: PlanRecord | None) -> None:
        status = record.status if record else None
        self.new_button.setEnabled(self.client is not None)
        self.edit_button.setEnabled(record is not None and record.open)
        self.agree_button.setEnabled(status == "draft")
        self.start_button.setEnabled(status == "agreed")
        self.complete_button.setEnabled(status == "in_progress")
        self.stop_button.setEnabled(record is not None and record.open)
        self.move_button.setEnabled(record is not None and record.open and bool(record.treatments))
        self.session_button.setEnabled(
            status in AGREED_STATUSES and bool(record and record.treatments)
        )

    def _show_selected(self) -> None:
        record = self._selected()
        self._update_buttons(record)
        self.error.hide()
        if record is None:
            self.changes = []
            self.detail.clear()
            self.history.clear()
            return
        try:
            self.changes = plans.plan_history(self._handle.practice, plan_id=record.id)
            self.done = sessions.sessions_done(self._handle.practice, plan_id=record.id)
        except ClinicDeskError as problem:
            self._show_problem(problem)
            self.changes, self.done = [], {}
        self.detail.setHtml(self.describe(record))
        self.history.setHtml(self.describe_changes(record, self.changes))

    def describe(self, record: PlanRecord) -> str:
        """The plan as HTML: status, price, first day, texts, treatments with their days."""
        colour = STATUS_COLOURS.get(record.status, "#52606d")
        status = escape(status_name(record.status))
        parts = [f"<p style='font-size:15px; color:{colour}; font-weight:600'>{status}</p>"]
        if record.status == "stopped" and record.stop_reason:
            why = escape(self.tr("Stopped because: %1").replace("%1", record.stop_reason))
            parts.append(
                "<p style='background:#fdecea; color:#8a1c1c; padding:4px'>"
                f"{why.replace(chr(10), '<br>')}</p>"
            )
        agreed = format_datetime(record.agreed_at) if record.agreed_at else self.tr("Not yet")
        facts = [
            (self.tr("Agreed with the client"), agreed),
            (self.tr("Price"), price_text(record.price)),
            (
                self.tr("First session"),
                format_date(record.start_on) if record.start_on else self.tr("Not set"),
            ),
            (
                self.tr("Created"),
                self.tr("%1 by %2")
                .replace("%1", format_datetime(record.created_at))
                .replace("%2", record.created_by),
            ),
        ]
        parts.append(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(
                f"<tr><td style='color:#52606d; padding-right:12px'>{escape(label)}</td>"
                f"<td>{escape(value)}</td></tr>"
                for label, value in facts
            )
            + "</table>"
        )
        for title, text in (
            (self.tr("Goals"), record.goals),
            (self.tr("Expected result"), record.expectation),
            (self.tr("Timeline agreed"), record.timeline),
        ):
            body = escape(text).replace("\n", "<br>") if text else "—"
            parts.append(f"<h4 style='margin-bottom:2px'>{escape(title)}</h4><p>{body}</p>")
        treatments_title = self.tr("Treatments")
        parts.append(f"<h4 style='margin-bottom:2px'>{escape(treatments_title)}</h4>")
        if not record.treatments:
            nothing = self.tr("No treatment in the plan yet.")
            parts.append(f"<p>{escape(nothing)}</p>")
        planned = self.tr("Planned")
        items = []
        for treatment in record.treatments:
            name = self._names.get(treatment.family, treatment.family)
            service = (
                self._services.get(treatment.service_code, treatment.service_code)
                if treatment.service_code
                else self.tr("service to choose later")
            )
            rhythm = self.tr("%1 of %n session(s) done", "", treatment.sessions).replace(
                "%1", str(self.done.get(treatment.id, 0))
            )
            if treatment.interval_days:
                rhythm += ", " + self.tr("%n day(s) apart", "", treatment.interval_days)
            days = (
                ", ".join(
                    f"{n}. {format_date(day) if day else '…'}"
                    for n, day in enumerate(treatment.dates, 1)
                )
                if any(treatment.dates)
                else self.tr("no date yet")
            )
            items.append(
                f"<li><b>{escape(name)}</b> — {escape(service)} · {escape(rhythm)}<br>"
                f"<span style='color:#52606d'>{escape(planned)}: "
                f"{escape(days)}</span></li>"
            )
        if items:
            parts.append("<ul style='margin-left:-20px'>" + "".join(items) + "</ul>")
        return "".join(parts)

    def describe_changes(self, record: PlanRecord, changes: list[PlanChangeRecord]) -> str:
        """Each change, newest first: when, who, what, before → after, and why."""
        if not changes:
            text = (
                self.tr("Changes are listed here once the client has agreed to the plan.")
                if record.status == "draft"
                else self.tr("No change since the client agreed to the plan.")
            )
            return f"<p style='color:#52606d'>{escape(text)}</p>"
        rows = []
        for change in reversed(changes):
            what = tr(str(CHANGE_NAMES.get(change.what, change.what)))
            if change.what == "session":
                name = self._names.get(change.new_value["family"], change.new_value["family"])
                what = (
                    self.tr("%1, session %2")
                    .replace("%1", name)
                    .replace("%2", str(change.new_value["number"]))
                )
            before = change_text(change.what, change.old_value, self._names)
            after = change_text(change.what, change.new_value, self._names)
            heading = f"{format_datetime(change.at)} · {change.actor}"
            why = self.tr("Reason: %1").replace("%1", change.reason)
            reason = f"<br><i>{escape(why)}</i>" if change.reason else ""
            rows.append(
                f"<p><span style='color:#52606d'>{escape(heading)}</span><br>"
                f"<b>{escape(what)}</b>: {escape(before)} → {escape(after)}{reason}</p>"
            )
        return "".join(rows).replace("\n", "<br>")

    # -- actions -----------------------------------------------------------------------------

    def record_session(self) -> None:
        """Ask for a session towards the selected plan: its first treatment not yet done."""
        record = self._selected()
        if record is None or not record.treatments:
            return
        waiting = [t for t in record.treatments if self.done.get(t.id, 0) < t.sessions]
        self.session_requested.emit((waiting or list(record.treatments))[0].id)

    def _show_problem(self, problem: ClinicDeskError) -> None:
        self.error.setText(message_for(problem))
        self.error.show()

    def _open(self, dialog: QDialog, on_saved: Callable[[], None]) -> None:
        """Show `dialog` window-modal without blocking; refresh when it is saved."""
        self.dialog = dialog
        dialog.accepted.connect(on_saved)
        dialog.finished.connect(lambda *_: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def new_plan(self) -> PlanEditor | None:
        if self.client is None:
            return None
        editor = PlanEditor(self._handle, client_id=self.client.id, parent=self)
        self._open(editor, lambda: self._saved(editor.saved))
        return editor

    def edit_plan(self) -> PlanEditor | None:
        record = self._selected()
        if self.client is None or record is None or not record.open:
            return None
        editor = PlanEditor(self._handle, client_id=self.client.id, plan=record, parent=self)
        self._open(editor, lambda: self._saved(editor.saved))
        return editor

    def _saved(self, record: PlanRecord | None) -> None:
        self._refresh()
        if record is not None:
            self.select_plan(record.id)

    def _run(self, action: Callable[..., PlanRecord]) -> None:
        record = self._selected()
        if record is None:
            return
        try:
            action(self._handle.practice, plan_id=record.id)
        except ClinicDeskError as problem:
            self._show_problem(problem)
            return
        self._refresh()

    def agree_plan(self) -> None:
        record = self._selected()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Agree with the client"),
            self.tr(
                "Has the client agreed to this plan? From now on, every change to it needs "
                "a reason and is kept in the plan's history."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(plan_changes.agree_plan)

    def start_plan(self) -> None:
        self._run(plan_changes.start_plan)

    def complete_plan(self) -> None:
        record = self._selected()
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Complete"),
            self.tr("Mark this plan as completed? It can no longer be changed afterwards."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(plan_changes.complete_plan)

    def stop_plan(self) -> PlanReasonDialog | None:
        record = self._selected()
        if record is None or not record.open:
            return None
        practice = self._handle.practice
        dialog = PlanReasonDialog(
            self.tr("Stop the plan"),
            self.tr(
                "Write why the plan stops before its end, for example the client's decision, "
                "a reaction or a change in their health. The reason is kept with the plan."
            ),
            lambda reason: plan_changes.stop_plan(practice, plan_id=record.id, reason=reason),
            self,
        )
        self._open(dialog, self._refresh)
        return dialog

    def move_session(self) -> MoveSessionDialog | None:
        record = self._selected()
        if record is None or not record.open or not record.treatments:
            return None
        dialog = MoveSessionDialog(self._handle, record, self._names, self)
        self._open(dialog, self._refresh)
        return dialog

    def _refresh(self) -> None:
        if self.client is not None and self._handle.is_open:
            self.show_client(self.client)
            self.changed.emit()

    # -- locking -----------------------------------------------------------------------------

    def _hide_while_locked(self) -> None:
        """A dialog open at the lock is hidden with what was typed in it, and comes back."""
        if self.dialog is not None:
            self.dialog.hide()

    def _show_after_unlock(self) -> None:
        if self.dialog is not None:
            self.dialog.open()
