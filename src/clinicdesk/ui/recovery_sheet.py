"""The Recovery Sheet in the practitioner's language, and the buttons to print or save it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from clinicdesk.reports.recovery_sheet import RecoverySheetText, render_recovery_sheet
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.printing import print_pdf, save_pdf


def sheet_text() -> RecoverySheetText:
    return RecoverySheetText(
        title=QCoreApplication.translate("RecoverySheet", "ClinicDesk Recovery Sheet"),
        intro=QCoreApplication.translate(
            "RecoverySheet",
            "If the passphrase is ever forgotten, this recovery key opens the client file. "
            "Whoever holds this sheet and the computer can read every record: keep it as you "
            "would keep the practice's keys.",
        ),
        key_label=QCoreApplication.translate("RecoverySheet", "Recovery key"),
        steps=[
            QCoreApplication.translate(
                "RecoverySheet",
                "Keep this sheet away from the computer, for example in a locked drawer or safe.",
            ),
            QCoreApplication.translate(
                "RecoverySheet",
                "To use it: start ClinicDesk, choose “I forgot my passphrase”, type the key "
                "(upper or lower case, with or without dashes) and choose a new passphrase.",
            ),
            QCoreApplication.translate(
                "RecoverySheet",
                "If the sheet is lost, print a new one from Settings: the old key then stops working.",
            ),
        ],
        clinic_label=QCoreApplication.translate("RecoverySheet", "Clinic"),
        created_label=QCoreApplication.translate("RecoverySheet", "Printed on"),
        vault_label=QCoreApplication.translate("RecoverySheet", "Vault identifier"),
        kept_where_label=QCoreApplication.translate("RecoverySheet", "Where this sheet is kept:"),
    )


def recovery_sheet_pdf(*, clinic_name: str, vault_id: str, recovery_key: str) -> bytes:
    return render_recovery_sheet(
        text=sheet_text(),
        clinic_name=clinic_name,
        created_on=format_date(date.today()),
        vault_id=vault_id,
        recovery_key=recovery_key,
    )


class RecoverySheetButtons(QWidget):
    """'Print…' and 'Save as PDF…' for a sheet built on demand."""

    def __init__(self, build_pdf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_pdf = build_pdf
        self.printed_or_saved = False
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.print_button)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.print_button.setText(self.tr("Print the Recovery Sheet…"))
        self.save_button.setText(self.tr("Save it as PDF…"))

    def _print(self) -> None:
        if print_pdf(
            self,
            self._build_pdf(),
            QCoreApplication.translate("RecoverySheet", "ClinicDesk Recovery Sheet"),
        ):
            self.printed_or_saved = True

    def _save(self) -> None:
        if save_pdf(self, self._build_pdf(), "ClinicDesk-Recovery-Sheet.pdf"):
            self.printed_or_saved = True
