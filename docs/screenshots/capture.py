"""Regenerate the README screenshots from a scratch vault with demo clients.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/capture.py [--language fr]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from clinicdesk.services import clients
from clinicdesk.services.demo_data import demo_clients
from clinicdesk.services.practice import create_practice
from clinicdesk.ui.i18n import Translators
from clinicdesk.ui.main_window import MainWindow
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.preferences import Preferences
from clinicdesk.ui.setup_wizard import SetupWizard
from clinicdesk.ui.unlock import UnlockDialog

HERE = Path(__file__).resolve().parent


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    app = QApplication([])
    app.setStyle("Fusion")
    Translators().install(args.language)
    suffix = "" if args.language == "en" else f"-{args.language}"
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "vault"
        wizard = SetupWizard(lambda **d: create_practice(root, **d), None, args.language)
        wizard.clinic_page.clinic_name.setText("Institut Hélène")
        wizard.clinic_page.address.setPlainText("12 rue des Lilas\n69003 Lyon")
        wizard.clinic_page.phone.setText("04 78 12 34 56")
        wizard.clinic_page.practitioner.setText("Hélène Lefèvre")
        wizard.show()
        wizard.next()
        settle(app)
        wizard.grab().save(str(HERE / f"setup{suffix}.png"))
        wizard.next()
        wizard.passphrase_page.fields.first.setText("la crème brûlée du mardi")
        wizard.passphrase_page.fields.second.setText("la crème brûlée du mardi")
        wizard.next()
        settle(app)
        wizard.grab().save(str(HERE / f"recovery-key{suffix}.png"))
        practice = wizard.practice
        wizard.hide()

        clients.create_clients_bulk(practice, items=demo_clients(2000, seed=11), source="demo")
        unlock = UnlockDialog(lambda **secret: practice)
        unlock.show()
        unlock.form.passphrase.setText("••••••••")
        settle(app)
        unlock.grab().save(str(HERE / f"unlock{suffix}.png"))
        unlock.hide()

        handle = PracticeHandle()
        handle.set(practice)
        window = MainWindow(handle, Preferences(root), lambda **secret: practice)
        window.resize(1360, 820)
        window.show()
        window.start()
        settle(app)
        window.grab().save(str(HERE / f"client-list{suffix}.png"))
        window.client_list.search.setText("kowal")
        window.client_list.refresh()
        window.client_list.open_selected()
        settle(app)
        window.grab().save(str(HERE / f"client-record{suffix}.png"))
        window.show_lock_screen()
        settle(app)
        window.grab().save(str(HERE / f"locked{suffix}.png"))
        practice.close()


if __name__ == "__main__":
    main()
