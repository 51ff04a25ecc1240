"""One client's record: who they are, what needs attention, what happened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clinicdesk.rules.client_alerts import Alert, Severity, client_alerts
from clinicdesk.services import activity, clients, history, screening
from clinicdesk.services.clients import ClientRecord
from clinicdesk.ui.formatting import format_date, format_datetime
from clinicdesk.ui.i18n import LANGUAGES
from clinicdesk.ui.practice_handle import PracticeHandle

ALERT_COLOURS = {
    Severity.DANGER: ("#fdecea", "#8a1c1c"),
    Severity.WARNING: ("#fff4e5", "#7a4b00"),
    Severity.INFO: ("#e8f1fb", "#1d4f80"),
}


def initials(record: ClientRecord) -> str:
    given, family = record.fields.given_name, record.fields.family_name
    return (given[:1] + family[:1]).upper()


class ClientRecordPane(QWidget):
    edit_requested = Signal(int)

    def __init__(self, handle: PracticeHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.record: ClientRecord | None = None

        self.avatar = QLabel()
        self.avatar.setFixedSize(72, 72)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.avatar.setStyleSheet(
            "background:#d9e2ec; color:#334e68; border-radius:36px; font-size:24px;"
        )
        self.name = QLabel()
        self.name.setObjectName("recordName")
        self.name.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(
            lambda: self.record and self.edit_requested.emit(self.record.id)
        )
        self.alerts = QVBoxLayout()
        self.alerts.setSpacing(4)

        heading = QVBoxLayout()
        heading.addWidget(self.name)
        heading.addWidget(self.subtitle)
        heading.addLayout(self.alerts)
        header = QHBoxLayout()
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(heading, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.details = QFormLayout()
        details_box = QFrame()
        details_box.setLayout(self.details)
        self.activity = QListWidget()
        self.activity.setObjectName("recentActivity")
        self.activity_title = QLabel()
        self.activity_title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(details_box)
        overview_layout.addWidget(self.activity_title)
        overview_layout.addWidget(self.activity, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(overview, "")

        record = QWidget()
        layout = QVBoxLayout(record)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(record)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit"))
        self.tabs.setTabText(0, self.tr("Overview"))
        self.activity_title.setText(self.tr("Recent activity"))
        self.placeholder.setText(
            self.tr("Choose a client in the list and press Enter to open their record.")
        )
        if self.record is not None:
            self._fill(self.record)

    # -- showing ----------------------------------------------------------------------------

    def show_client(self, client_id: int) -> None:
        record = clients.open_client(self._handle.practice, client_id=client_id)
        self._fill(record)

    def reload(self) -> None:
        if self.record is not None:
            self._fill(clients.open_client(self._handle.practice, client_id=self.record.id))

    def clear(self) -> None:
        self.record = None
        self.name.clear()
        self.subtitle.clear()
        self._clear_layout(self.alerts)
        self._clear_layout(self.details)
        self.activity.clear()
        self.stack.setCurrentWidget(self.placeholder)

    def _fill(self, record: ClientRecord) -> None:
        self.record = record
        data = record.fields
        self.avatar.setText(initials(record))
        name = f"{data.given_name} {data.family_name}"
        self.name.setText(f"{name} ({data.preferred_name})" if data.preferred_name else name)
        age = record.age_on(date.today())
        parts = []
        if data.date_of_birth:
            parts.append(
                self.tr("%1, born %2")
                .replace("%1", self.tr("%n year(s)", "", age or 0))
                .replace("%2", format_date(data.date_of_birth))
            )
        parts += [value for value in (data.phone, data.email) if value]
        self.subtitle.setText("  ·  ".join(parts))
        self._show_alerts(record)
        self._show_details(record)
        self._show_activity(record.id)
        self.stack.setCurrentIndex(1)

    def _show_alerts(self, record: ClientRecord) -> None:
        self._clear_layout(self.alerts)
        practice = self._handle.practice
        duplicates = clients.possible_duplicates(practice, data=record.fields, exclude_id=record.id)
        reviewed = history.last_reviewed(practice, client_id=record.id)
        found = client_alerts(
            date_of_birth=record.fields.date_of_birth,
            phone=record.fields.phone,
            email=record.fields.email,
            duplicate_count=len(duplicates),
            today=date.today(),
            allergies=[
                item.text or item.code or ""
                for item in history.history(practice, client_id=record.id)
                if item.kind == "allergy"
            ],
            history_reviewed=reviewed.date() if reviewed else None,
            overrides=len(screening.overrides(practice, client_id=record.id)),
        )
        for alert in found:
            background, foreground = ALERT_COLOURS[alert.severity]
            label = QLabel(self.alert_text(alert))
            label.setObjectName(f"alert_{alert.code}")
            label.setWordWrap(True)
            label.setStyleSheet(
                f"background:{background}; color:{foreground}; padding:4px 8px; border-radius:4px;"
            )
            self.alerts.addWidget(label)

    def alert_text(self, alert: Alert) -> str:
        values = dict(alert.values)
        texts = {
            "minor": self.tr(
                "Under 18 (%n year(s) old): check identity and parental consent before any "
                "treatment.",
                "",
                int(values.get("age", 0)),
            ),
            "no_birth_date": self.tr(
                "No date of birth: age-restricted treatments cannot be checked."
            ),
            "possible_duplicate": self.tr(
                "%n other record(s) may be the same person.", "", int(values.get("count", 0))
            ),
            "no_contact": self.tr("No phone or email: the client cannot be reached."),
            "allergies": self.tr("Allergies: %1").replace("%1", str(values.get("allergies"))),
            "history_never_reviewed": self.tr(
                "The medical history has not been gone through with the client yet."
            ),
            "history_not_reviewed": self.tr(
                "The medical history was last reviewed on %1: go through it again before treating."
            ).replace("%1", format_date(values.get("since"))),
            "overrides": self.tr(
                "%n contraindication warning(s) were let through with a reason.",
                "",
                int(values.get("count", 0)),
            ),
        }
        return texts[alert.code]

    def _show_details(self, record: ClientRecord) -> None:
        self._clear_layout(self.details)
        data = record.fields
        sexes = {
            "female": self.tr("Female"),
            "male": self.tr("Male"),
            "intersex": self.tr("Intersex"),
            "undisclosed": self.tr("Prefers not to say"),
        }
        address = ", ".join(
            v
            for v in (
                data.address_line1,
                data.address_line2,
                data.postal_code,
                data.city,
                data.country,
            )
            if v
        )
        rows = [
            (self.tr("Date of birth"), format_date(data.date_of_birth)),
            (self.tr("Sex"), sexes.get(data.sex or "", "")),
            (self.tr("Gender identity"), data.gender),
            (self.tr("Phone"), data.phone),
            (self.tr("Email"), data.email),
            (self.tr("Address"), address),
            (self.tr("Preferred language"), LANGUAGES.get(data.preferred_language or "", "")),
            (self.tr("How they found us"), data.referral_source),
            (
                self.tr("Marketing"),
                self.tr("Agreed") if data.marketing_consent else self.tr("Not agreed"),
            ),
            (self.tr("Notes"), data.notes),
            (self.tr("Client since"), format_datetime(record.created_at)),
        ]
        for title, value in rows:
            label = QLabel(value or "—")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(title, label)

    def _show_activity(self, client_id: int) -> None:
        self.activity.clear()
        actions = {
            "create": self.tr("Record created"),
            "update": self.tr("Record changed"),
            "view": self.tr("Record opened"),
            "print": self.tr("Printed"),
            "export": self.tr("Exported"),
            "history_add": self.tr("History entry added"),
            "history_revise": self.tr("History entry changed"),
            "history_remove": self.tr("History entry removed"),
            "history_review": self.tr("History reviewed with the client"),
            "screening_override": self.tr("Contraindication warning let through"),
            "patch_test_applied": self.tr("Patch test applied"),
            "patch_test_read": self.tr("Patch test read"),
        }
        for entry in activity.recent_activity(self._handle.practice, client_id=client_id):
            what = actions.get(entry.action, entry.action)
            if entry.action == "create" and entry.detail.get("source") == "import":
                what = self.tr("Imported from a client list")
            self.activity.addItem(f"{format_datetime(entry.at)}  {what} — {entry.actor}")

    @staticmethod
    def _clear_layout(layout: QVBoxLayout | QFormLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
