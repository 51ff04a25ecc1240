"""The consultation wizard's pages that touch the safety core: the health questionnaire
(which updates the history), the treatments considered with their live screening, and
the recommendation that becomes a draft plan.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from clinicdesk.errors import ValidationError
from clinicdesk.services import catalogue, history, intake, plans, screening
from clinicdesk.services.catalogue import Family
from clinicdesk.ui.consultation_pages import TextPage
from clinicdesk.ui.errors import error_label, message_for
from clinicdesk.ui.i18n import current_language
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.questionnaire_form import QuestionnaireForm
from clinicdesk.ui.screening_view import ScreeningView


class ConsultationContext:
    """What the screening pages share: the client, the consultation, the catalogue."""

    def __init__(self, handle: PracticeHandle, client_id: int, context: str) -> None:
        self.handle, self.client_id, self.context = handle, client_id, context
        self.families: dict[str, Family] = {f.code: f for f in catalogue.families(handle.practice)}
        self.considered: list[str] = []
        # True while the wizard steps forward to where a resumed draft stopped: pages
        # are passed, not gone through with the client.
        self.resuming = False

    def family_name(self, code: str) -> str:
        family = self.families.get(code)
        return family.name(current_language()) if family else code

    def screen_considered(self) -> dict[str, screening.Screening]:
        """Every treatment considered, screened from one reading of the history."""
        return screening.screen_families(
            self.handle.practice,
            client_id=self.client_id,
            families=self.considered,
            context=self.context,
        )

    def override(self, family: str, rule_id: str, level: str, reason: str) -> None:
        screening.override(
            self.handle.practice,
            client_id=self.client_id,
            family=family,
            rule_id=rule_id,
            level=level,
            reason=reason,
            context=self.context,
        )


class HealthPage(QWizardPage):
    """The questionnaire asked by the practitioner; leaving the page records it in the history."""

    def __init__(self, shared: ConsultationContext) -> None:
        super().__init__()
        self._shared = shared
        self.form = QuestionnaireForm(current_language())
        self.error = error_label("health")
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Health questionnaire"))
        self.setSubTitle(
            self.tr(
                "Go through each question with the client. Answers already in the history "
                "are filled in; what you change is recorded as a new version when you go on."
            )
        )
        self.form.set_language(current_language())

    def load(self, answers: dict[str, Any]) -> None:
        health = answers.get("health")
        if not health:
            health = intake.current_answers(
                self._shared.handle.practice, client_id=self._shared.client_id
            )
        self.form.set_answers(health)

    def store(self, answers: dict[str, Any]) -> None:
        answers["health"] = self.form.answers()

    def validatePage(self) -> bool:
        practice, client_id = self._shared.handle.practice, self._shared.client_id
        try:
            intake.apply_answers(
                practice, client_id=client_id, answers=self.form.answers(), source="consultation"
            )
        except ValidationError as error:
            self.form.show_problem(error.field)
            self.error.setText(message_for(error))
            self.error.show()
            return False
        if not self._shared.resuming:
            history.mark_reviewed(practice, client_id=client_id)
        self.form.show_problem(None)
        self.error.hide()
        return True


class TreatmentsPage(QWizardPage):
    """Treatments considered, each screened live against the history as it now stands."""

    def __init__(self, shared: ConsultationContext) -> None:
        super().__init__()
        self._shared = shared
        self.choices = QListWidget()
        self.choices.setObjectName("treatmentChoices")
        self.choices.setMaximumWidth(260)
        self.choices.itemChanged.connect(self._choice_changed)
        self.views: dict[str, ScreeningView] = {}
        self.results = QVBoxLayout()
        results = QWidget()
        column = QVBoxLayout(results)
        column.addLayout(self.results)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(results)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #52606d;")
        self.results.addWidget(self.empty)
        layout = QHBoxLayout(self)
        layout.addWidget(self.choices)
        layout.addWidget(scroll, 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Treatments considered"))
        self.setSubTitle(
            self.tr(
                "Tick what you discuss. Each treatment is checked against the history at "
                "once: absolute contraindications rule it out, relative ones need a reason."
            )
        )
        self.empty.setText(self.tr("Tick a treatment on the left to see what the history says."))
        self.choices.blockSignals(True)
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            item.setText(self._shared.family_name(item.data(Qt.ItemDataRole.UserRole)))
        self.choices.blockSignals(False)

    def load(self, answers: dict[str, Any]) -> None:
        self._shared.considered = [
            f for f in answers.get("considered", []) if f in self._shared.families
        ]
        self.choices.blockSignals(True)
        self.choices.clear()
        for code in self._shared.families:
            item = QListWidgetItem(self._shared.family_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = code in self._shared.considered
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.choices.addItem(item)
        self.choices.blockSignals(False)

    def store(self, answers: dict[str, Any]) -> None:
        answers["considered"] = list(self._shared.considered)

    def initializePage(self) -> None:
        self.refresh()

    def check(self, family: str, on: bool = True) -> None:
        """Tick or untick a treatment, as the practitioner would."""
        for row in range(self.choices.count()):
            item = self.choices.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == family:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _choice_changed(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        considered = self._shared.considered
        if item.checkState() == Qt.CheckState.Checked and code not in considered:
            considered.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in considered:
            considered.remove(code)
        self.refresh()

    def refresh(self) -> None:
        """Screen every treatment ticked, again: the history may have changed."""
        for code in list(self.views):
            if code not in self._shared.considered:
                self.views.pop(code).deleteLater()
        results = self._shared.screen_considered()
        for code in self._shared.considered:
            view = self.views.get(code)
            if view is None:
                view = ScreeningView(code, self._shared.family_name(code))
                view.overridden.connect(self.refresh)
                self.views[code] = view
                self.results.addWidget(view)
            view.show_screening(
                results[code],
                lambda rule_id, level, reason, family=code: self._shared.override(
                    family, rule_id, level, reason
                ),
            )
        self.empty.setVisible(not self._shared.considered)


class PlanPage(TextPage):
    """The recommendation, next steps, and which considered treatments go into the plan."""

    COLUMNS = 4

    def __init__(self, shared: ConsultationContext) -> None:
        super().__init__(("recommendation", "next_steps"))
        self._shared = shared
        self.plan_title = QLabel()
        self.plan_title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("planTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.plan_error = error_label("plan")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.plan_title)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.plan_error)
        self._rows: list[tuple[str, QCheckBox, QComboBox, QSpinBox, QSpinBox]] = []
        self._stored_plan: list[dict[str, Any]] = []

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recommendation and next steps"))
        self.setSubTitle(
            self.tr(
                "What you recommend and what happens next. The treatments ticked below "
                "become a draft treatment plan when the consultation is finished."
            )
        )
        self.labels["recommendation"].setText(self.tr("Recommendation"))
        self.labels["next_steps"].setText(
            self.tr("Agreed next steps: patch test, time to reflect, booking")
        )
        self.plan_title.setText(self.tr("Into the plan"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Treatment"), self.tr("Service"), self.tr("Sessions"), self.tr("Days apart")]
        )

    def load(self, answers: dict[str, Any]) -> None:
        super().load(answers)
        self._stored_plan = list(answers.get("plan", []))

    def initializePage(self) -> None:
        self._stored_plan = self._plan() if self._rows else self._stored_plan
        language = current_language()
        self.table.setRowCount(0)
        self._rows = []
        stored = {item["family"]: item for item in self._stored_plan}
        results = self._shared.screen_considered()
        for code in self._shared.considered:
            result = results[code]
            row = self.table.rowCount()
            self.table.insertRow(row)
            include = QCheckBox(self._shared.family_name(code))
            include.setObjectName(f"plan_{code}")
            service = QComboBox()
            service.addItem(self.tr("To choose later"), None)
            for s in self._shared.families[code].services:
                service.addItem(s.names.get(language[:2]) or s.names["en"], s.code)
            sessions = QSpinBox()
            sessions.setRange(1, plans.MAX_SESSIONS)
            interval = QSpinBox()
            interval.setRange(0, plans.MAX_INTERVAL_DAYS)
            interval.setSpecialValueText(self.tr("Not set"))
            saved = stored.get(code)
            if saved:
                include.setChecked(True)
                service.setCurrentIndex(max(0, service.findData(saved.get("service_code"))))
                sessions.setValue(int(saved.get("sessions") or 1))
                interval.setValue(int(saved.get("interval_days") or 0))
            if result.blocked:
                include.setChecked(False)
                include.setEnabled(False)
                include.setToolTip(
                    self.tr("Ruled out by the screening.")
                    if result.absolute
                    else self.tr("Record a reason on the previous page first.")
                )
            for column, widget in enumerate((include, service, sessions, interval)):
                self.table.setCellWidget(row, column, widget)
            self._rows.append((code, include, service, sessions, interval))
        self.table.resizeRowsToContents()

    def _plan(self) -> list[dict[str, Any]]:
        return [
            {
                "family": code,
                "service_code": service.currentData(),
                "sessions": sessions.value(),
                "interval_days": interval.value() or None,
            }
            for code, include, service, sessions, interval in self._rows
            if include.isChecked()
        ]

    def store(self, answers: dict[str, Any]) -> None:
        super().store(answers)
        answers["plan"] = self._plan() if self._rows else self._stored_plan

    def show_error(self, field: str | None, message: str) -> bool:
        if field == "plan":
            self.plan_error.setText(message)
            self.plan_error.show()
            return True
        self.plan_error.hide()
        return super().show_error(field, message)
