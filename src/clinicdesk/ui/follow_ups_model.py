"""The Follow-ups list's table model: the recalls in the service's order, and the clients'
names and phones read a block at a time, only when the view paints them.

Over 100,000 clients the list may hold tens of thousands of recalls; reading every name
would double the time the list takes to appear, so the model holds the recalls and asks
`fetch_clients` for the rows shown (as the client list does). The order is the one that
matters at the desk (overdue first, the oldest first), so the columns do not sort.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from clinicdesk.rules.recalls import Status
from clinicdesk.services import client_fields
from clinicdesk.services.follow_ups import ClientContact, DueFollowUp
from clinicdesk.ui.formatting import format_date, format_datetime

STATUS, DUE, CLIENT, PHONE, TREATMENT, WHY, LAST_CONTACT = range(7)
CONTEXT = "FollowUpsModel"
HEADERS = {
    STATUS: QT_TRANSLATE_NOOP("FollowUpsModel", "Status"),
    DUE: QT_TRANSLATE_NOOP("FollowUpsModel", "Due"),
    CLIENT: QT_TRANSLATE_NOOP("FollowUpsModel", "Client"),
    PHONE: QT_TRANSLATE_NOOP("FollowUpsModel", "Phone"),
    TREATMENT: QT_TRANSLATE_NOOP("FollowUpsModel", "Treatment"),
    WHY: QT_TRANSLATE_NOOP("FollowUpsModel", "Why"),
    LAST_CONTACT: QT_TRANSLATE_NOOP("FollowUpsModel", "Last contact"),
}
STATUS_NAMES = {
    Status.OVERDUE: QT_TRANSLATE_NOOP("FollowUpsModel", "Overdue"),
    Status.DUE: QT_TRANSLATE_NOOP("FollowUpsModel", "Due"),
    Status.UPCOMING: QT_TRANSLATE_NOOP("FollowUpsModel", "Upcoming"),
}
OUTCOME_NAMES = {
    "called": QT_TRANSLATE_NOOP("FollowUpsModel", "Called"),
    "no_answer": QT_TRANSLATE_NOOP("FollowUpsModel", "No answer"),
    "letter_sent": QT_TRANSLATE_NOOP("FollowUpsModel", "Letter sent"),
    "booked": QT_TRANSLATE_NOOP("FollowUpsModel", "Booked"),
    "declined": QT_TRANSLATE_NOOP("FollowUpsModel", "Declined"),
}
# (background, text) per status, as the patch-test panel colours its states.
STATUS_COLOURS = {
    Status.OVERDUE: (QColor("#fdecea"), QColor("#8a1c1c")),
    Status.DUE: (QColor("#fff4e5"), QColor("#7a4b00")),
    Status.UPCOMING: (QColor("#e8f0fb"), QColor("#1f4e79")),
}
# Rows are read in blocks about the height of a window.
ROW_BLOCK = 40
RECALL_ROLE = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ANSWERED_ROLES = frozenset({_DISPLAY, _TOOLTIP, _BACKGROUND, _FOREGROUND, int(RECALL_ROLE)})


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def status_name(status: Status) -> str:
    return tr(STATUS_NAMES[status])


def outcome_name(outcome: str) -> str:
    return tr(OUTCOME_NAMES[outcome])


def list_name(client: ClientContact) -> str:
    """As the client list writes it: "Wójcik, Zofia (Zosia)"."""
    name = client_fields.list_name(client.given_name, client.family_name)
    return f"{name} ({client.preferred_name})" if client.preferred_name else name


class FollowUpsModel(QAbstractTableModel):
    def __init__(
        self,
        fetch_clients: Callable[[Sequence[int]], Mapping[int, ClientContact]],
        language: Callable[[], str],
    ) -> None:
        super().__init__()
        self._fetch_clients = fetch_clients
        self._language = language
        self._recalls: list[DueFollowUp] = []
        self._clients: dict[int, ClientContact] = {}
        self.family_names: Mapping[str, str] = {}

    # -- content ----------------------------------------------------------------------

    def set_recalls(self, recalls: Sequence[DueFollowUp], family_names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._recalls = list(recalls)
        self.family_names = family_names
        self.endResetModel()

    def forget_clients(self) -> None:
        """Read names and phones again when next shown (a client may have changed)."""
        self._clients = {}

    def clear(self) -> None:
        """Forget every row and every client, for the lock screen."""
        self.beginResetModel()
        self._recalls = []
        self._clients = {}
        self.endResetModel()

    def recall(self, row: int) -> DueFollowUp | None:
        return self._recalls[row] if 0 <= row < len(self._recalls) else None

    def row_of(self, client_id: int, recall_id: str) -> int | None:
        for row, recall in enumerate(self._recalls):
            if recall.client_id == client_id and recall.rule.id == recall_id:
                return row
        return None

    def client(self, row: int) -> ClientContact | None:
        recall = self.recall(row)
        if recall is None:
            return None
        cached = self._clients.get(recall.client_id)
        if cached is None:
            start = row - row % ROW_BLOCK
            block = [r.client_id for r in self._recalls[start : start + ROW_BLOCK]]
            self._clients.update(self._fetch_clients(block))
            cached = self._clients.get(recall.client_id)
        return cached

    # -- Qt's model interface -----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._recalls)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        recall = self.recall(index.row())
        if recall is None:
            return None
        if role == RECALL_ROLE:
            return recall
        column = index.column()
        if role in (_BACKGROUND, _FOREGROUND):
            if column != STATUS:
                return None
            background, text = STATUS_COLOURS[recall.status]
            return background if role == _BACKGROUND else text
        if role == _TOOLTIP:
            return recall.rule.reason_text(self._language()) if column == WHY else None
        return self._text(index.row(), recall, column)

    def _text(self, row: int, recall: DueFollowUp, column: int) -> str:
        if column == STATUS:
            return status_name(recall.status)
        if column == DUE:
            return format_date(recall.due_on)
        if column == TREATMENT:
            return self.family_names.get(recall.rule.family, recall.rule.family)
        if column == WHY:
            return recall.rule.reason_text(self._language())
        if column == LAST_CONTACT:
            last = recall.last_contact
            return f"{outcome_name(last.outcome)} · {format_datetime(last.at)}" if last else ""
        client = self.client(row)
        if client is None:  # erased since the list was read
            return ""
        return list_name(client) if column == CLIENT else client.phone or ""
