"""One client's record: who they are, what needs attention, what happened."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
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
from clinicdesk.rules.codes import text_in
from clinicdesk.rules.screening import load_rules
from clinicdesk.services import activity, catalogue, clients, clinic, history, plans, screening
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.clients import ClientRecord
from clinicdesk.ui.consultations_tab import ConsultationsTab
from clinicdesk.ui.formatting import format_date, format_datetime
from clinicdesk.ui.history_tab import HistoryTab
from clinicdesk.ui.i18n import LANGUAGES, current_language
from clinicdesk.ui.patch_test_panel import PatchTestPanel
from clinicdesk.ui.patch_test_texts import problem_text
from clinicdesk.ui.photo_comparison import ComparisonDialog
from clinicdesk.ui.photos_tab import PhotosTab
from clinicdesk.ui.plans_tab import PlansTab
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.screening_view import level_name
from clinicdesk.ui.session_dialog import SessionDialog
from clinicdesk.ui.session_start import StartSessionDialog
from clinicdesk.ui.timeline_tab import TimelineTab

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
        self.overrides_title = QLabel()
        self.overrides_title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.overrides = QListWidget()
        self.overrides.setObjectName("overrideList")
        self.overrides.setWordWrap(True)
        self.overrides.setMaximumHeight(140)
        overview_layout.addWidget(self.overrides_title)
        overview_layout.addWidget(self.overrides)
        overview_layout.addWidget(self.activity_title)
        overview_layout.addWidget(self.activity, 1)
        self.history_tab = HistoryTab(handle)
        self.patch_tests = PatchTestPanel(handle)
        self.consultations = ConsultationsTab(handle)
        self.plans = PlansTab(handle)
        self.timeline = TimelineTab(handle)
        self.photos = PhotosTab(handle)
        self.photos.compare_requested.connect(self.compare_photos)
        self.photos.changed.connect(self.timeline.refresh)
        for tab in (self.history_tab, self.patch_tests, self.consultations, self.plans):
            tab.changed.connect(self._refresh_overview)
        for tab in (self.patch_tests, self.consultations, self.plans):
            tab.changed.connect(self.timeline.refresh)
        self.timeline.open_requested.connect(self.open_item)
        self.timeline.session_requested.connect(self.open_session)
        self.timeline.new_session_requested.connect(lambda: self.new_session())
        self.plans.session_requested.connect(lambda treatment_id: self.new_session(treatment_id))
        # The dialog open now: held here, since a dialog dropped while on screen could be
        # collected in the middle of painting it.
        self.session_dialog: QDialog | None = None
        self.comparison_dialog: QDialog | None = None
        # A finished consultation drafts a plan.
        self.consultations.changed.connect(
            lambda: self.record is not None and self.plans.show_client(self.record)
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(overview, "")
        self.tabs.addTab(self.history_tab, "")
        self.tabs.addTab(self.patch_tests, "")
        self.tabs.addTab(self.consultations, "")
        self.tabs.addTab(self.plans, "")
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.photos, "")

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
        self.tabs.setTabText(1, self.tr("Medical history"))
        self.tabs.setTabText(2, self.tr("Patch tests"))
        self.tabs.setTabText(3, self.tr("Consultations"))
        self.tabs.setTabText(4, self.tr("Treatment plans"))
        self.tabs.setTabText(5, self.tr("Timeline"))
        self.tabs.setTabText(6, self.tr("Photos"))
        self.timeline.retranslate()
        self.photos.retranslate()
        self.activity_title.setText(self.tr("Recent activity"))
        self.overrides_title.setText(self.tr("Contraindication warnings let through"))
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
        dialog = self.session_dialog
        if isinstance(dialog, SessionDialog):
            dialog.put_away()
        if isinstance(self.comparison_dialog, ComparisonDialog):
            self.comparison_dialog.clear()
        self.record = None
        self.name.clear()
        self.subtitle.clear()
        self._clear_layout(self.alerts)
        self._clear_layout(self.details)
        self.activity.clear()
        self.overrides.clear()
        self.history_tab.clear()
        self.patch_tests.clear()
        self.consultations.clear()
        self.plans.clear()
        self.timeline.clear()
        self.photos.clear()
        self.stack.setCurrentWidget(self.placeholder)

    def _fill(self, record: ClientRecord) -> None:
        self.record = record
        data = record.fields
        self.avatar.setText(initials(record))
        name = full_name(data.given_name, data.family_name)
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
        self._show_overrides(record.id)
        self._show_activity(record.id)
        self.history_tab.show_client(record.id)
        self.patch_tests.show_client(record.id)
        self.consultations.show_client(record)
        self.plans.show_client(record)
        self.timeline.show_client(record)
        self.photos.show_client(record)
        self.stack.setCurrentIndex(1)

    def new_session(self, plan_treatment_id: int | None = None) -> None:
        """Start a session (screened first), then open it."""
        if self.record is None:
            return
        start = StartSessionDialog(
            self._handle, self.record, plan_treatment_id=plan_treatment_id, parent=self
        )
        if start.exec() == QDialog.DialogCode.Accepted and start.started is not None:
            self._sessions_changed()
            self.open_session(start.started.id)
        start.deleteLater()

    def open_session(self, session_id: int) -> None:
        if self.record is None:
            return
        dialog = SessionDialog(self._handle, self.record, session_id, self)
        dialog.changed.connect(self._sessions_changed)
        dialog.photos_imported.connect(self.photos.refresh)
        dialog.photos_imported.connect(self.timeline.refresh)
        dialog.finished.connect(lambda *_: self._session_closed(dialog))
        self.session_dialog = dialog
        dialog.open()

    def _session_closed(self, dialog: QDialog) -> None:
        if self.session_dialog is dialog:
            self.session_dialog = None
        dialog.deleteLater()

    def _sessions_changed(self) -> None:
        if self.record is not None:
            self.timeline.refresh()
            self.plans.show_client(self.record)
            self.photos.refresh()  # a discarded draft leaves its photos unlinked

    def compare_photos(self, photo_ids: list[int]) -> None:
        """The photos chosen side by side (with one or none: that area and view's first
        and latest); the dialog is kept so that a lock can close it."""
        if self.record is None:
            return
        dialog = ComparisonDialog(self._handle, self.record, photo_ids, self)
        self.comparison_dialog = dialog
        dialog.finished.connect(lambda *_: self._comparison_closed(dialog))
        dialog.open()

    def _comparison_closed(self, dialog: QDialog) -> None:
        if self.comparison_dialog is dialog:
            self.comparison_dialog = None
        dialog.deleteLater()

    def open_item(self, kind: str, item_id: int) -> None:
        """Show a consultation, plan, patch test or photo in its own tab (from the timeline)."""
        if kind == "consultation":
            self.tabs.setCurrentWidget(self.consultations)
            self.consultations.select_consultation(item_id)
        elif kind == "plan":
            self.tabs.setCurrentWidget(self.plans)
            self.plans.select_plan(item_id)
        elif kind == "patch_test":
            self.tabs.setCurrentWidget(self.patch_tests)
            self.patch_tests.select_test(item_id)
        elif kind == "photo":
            self.tabs.setCurrentWidget(self.photos)
            self.photos.select([item_id])

    def _refresh_overview(self) -> None:
        if self.record is not None and self._handle.is_open:
            self._show_alerts(self.record)
            self._show_overrides(self.record.id)
            self._show_activity(self.record.id)

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
            review_days=clinic.clinic_details(practice).history_review_days,
        )
        screened = self._planned_treatment_alerts(record.id)
        for severity, name, text in sorted(
            [(a.severity, a.code, self.alert_text(a)) for a in found] + screened,
            key=lambda alert: -alert[0],
        ):
            background, foreground = ALERT_COLOURS[severity]
            label = QLabel(text)
            label.setObjectName(f"alert_{name}")
            label.setWordWrap(True)
            label.setStyleSheet(
                f"background:{background}; color:{foreground}; padding:4px 8px; border-radius:4px;"
            )
            self.alerts.addWidget(label)

    def _planned_treatment_alerts(self, client_id: int) -> list[tuple[Severity, str, str]]:
        """Contraindications and patch tests due for the treatments in the client's open plans."""
        practice = self._handle.practice
        language = current_language()
        names = {f.code: f.name(language) for f in catalogue.families(practice)}
        alerts = []
        planned = plans.planned_families(practice, client_id=client_id)
        screened = screening.screen_families(practice, client_id=client_id, families=planned)
        for family, result in screened.items():
            treatment = names.get(family, family)
            for finding in result.findings:
                if finding.level.value == "caution":
                    continue
                severity = (
                    Severity.DANGER if finding.level.value == "absolute" else Severity.WARNING
                )
                text = (
                    f"{treatment} — {level_name(finding.level.value)}: {finding.message(language)}"
                )
                alerts.append((severity, f"screening_{family}_{finding.rule.id}", text))
            if result.patch_test is not None:
                text = (
                    self.tr("%1 — patch test: %2")
                    .replace("%1", treatment)
                    .replace("%2", problem_text(result.patch_test))
                )
                alerts.append((Severity.WARNING, f"patch_test_{family}", text))
        return alerts

    def _show_overrides(self, client_id: int) -> None:
        self.overrides.clear()
        practice = self._handle.practice
        language = current_language()
        names = {
            f.code: f.name(language) for f in catalogue.families(practice, include_retired=True)
        }
        found = screening.overrides(practice, client_id=client_id)
        messages = {rule.id: rule.message for rule in load_rules()}
        for override in found:
            if override.rule_id == screening.PATCH_TEST_RULE:
                warning = self.tr("Patch test")
            elif override.rule_id in messages:
                warning = text_in(messages[override.rule_id], language)
            else:
                warning = override.rule_id
            self.overrides.addItem(
                self.tr("%1  %2, %3 — “%4” (%5)")
                .replace("%1", format_datetime(override.at))
                .replace("%2", names.get(override.family, override.family))
                .replace("%3", warning)
                .replace("%4", override.reason)
                .replace("%5", override.actor)
            )
        self.overrides_title.setVisible(bool(found))
        self.overrides.setVisible(bool(found))

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
            "consultation_start": self.tr("Consultation started"),
            "consultation_final": self.tr("Consultation finished"),
            "consultation_amend": self.tr("Consultation amended"),
            "consultation_discard": self.tr("Draft consultation discarded"),
            "plan_create": self.tr("Treatment plan drafted"),
            "intake_submit": self.tr("Client answered the health questionnaire"),
            "intake_accepted": self.tr("Client's answers accepted into the history"),
            "intake_discarded": self.tr("Client's answers discarded"),
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
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
