"""Regenerate the README screenshots from a scratch vault with demo clients.

QT_QPA_PLATFORM=offscreen python docs/screenshots/capture.py [--language fr]
"""

from __future__ import annotations

import argparse
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from clinicdesk.services import clients, history, plan_changes, plans, products, sessions
from clinicdesk.services.demo_data import demo_clients
from clinicdesk.services.demo_photos import add_demo_photos
from clinicdesk.services.demo_treatments import add_demo_treatments
from clinicdesk.services.practice import create_practice
from clinicdesk.ui.i18n import Translators
from clinicdesk.ui.main_window import CLIENTS, FOLLOW_UPS, MainWindow
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.preferences import Preferences
from clinicdesk.ui.session_summary import session_summary_pdf
from clinicdesk.ui.settings_dialog import SettingsDialog
from clinicdesk.ui.setup_wizard import SetupWizard
from clinicdesk.ui.unlock import UnlockDialog

HERE = Path(__file__).resolve().parent


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def fill_history(practice, client_id: int) -> None:
    today = date.today()
    for kind, code, text, started, ended, details in (
        ("medication", None, "Curacné 20 mg", today - timedelta(days=150), None, {}),
        (
            "allergy",
            None,
            "Latex",
            None,
            None,
            {"substance": "Latex", "reaction": "Hives", "severity": "severe"},
        ),
        ("condition", "cold_sores", "Twice a year", None, None, {}),
        ("fitzpatrick", "3", "", None, None, {}),
        (
            "aesthetic_treatment",
            "chemical_peel",
            "Glycolic 30 %",
            date(2024, 5, 2),
            None,
            {"outcome": "Good", "satisfaction": 4},
        ),
        ("lifestyle", "smoker", "5 a day", None, None, {}),
    ):
        history.record_item(
            practice, client_id=client_id, kind=kind, code=code, text=text,
            started=started, ended=ended, details=details,
        )  # fmt: skip
    history.mark_reviewed(practice, client_id=client_id)


def fill_plan(practice, client_id: int) -> None:
    course = [
        plans.PlannedTreatment("facial", "facial_hydrating", sessions=6, interval_days=21),
        plans.PlannedTreatment("radiofrequency", None, sessions=3, interval_days=28),
    ]
    plan = plans.create_plan(
        practice,
        client_id=client_id,
        goals="Brighter, more even skin before her daughter's wedding",
        expectation="Visible glow after 2 facials; firmness improves gradually",
        timeline="Start next week, finish by mid-March",
        treatments=course,
        start_on=date.today() + timedelta(days=7),
    )
    plan_changes.agree_plan(practice, plan_id=plan.id)
    plan_changes.update_plan(
        practice,
        plan_id=plan.id,
        goals=plan.goals,
        expectation=plan.expectation,
        timeline=plan.timeline,
        treatments=[course[0], replace(course[1], sessions=4)],
        price=plan.price,
        start_on=plan.start_on,
        reason="Client asked for a fourth radiofrequency session",
    )


def fill_products(practice) -> None:
    toxin = products.add_product(
        practice, name="Bocouture 50 U", family="botulinum_toxin", unit="units",
        usual_max=Decimal(60),
    )  # fmt: skip
    for lot, days in (("C4417", 240), ("C3902", 45), ("C2210", -20)):
        products.add_batch(
            practice, product_id=toxin.id, lot=lot, expires_on=date.today() + timedelta(days=days)
        )
    products.add_product(practice, name="Juvéderm Volbella", family="dermal_filler", unit="ml")


def capture_safety_screens(app, window, handle, suffix: str) -> None:
    """The history tab, the wizard screening treatments, the kiosk and the catalogue."""
    practice = handle.practice
    record = window.record
    client_id = record.record.id
    fill_history(practice, client_id)
    record.show_client(client_id)
    record.tabs.setCurrentWidget(record.history_tab)
    settle(app)
    window.grab().save(str(HERE / f"history{suffix}.png"))

    record.tabs.setCurrentWidget(record.consultations)
    wizard = record.consultations.start_or_resume()
    wizard.reason_page.boxes["reason"].setPlainText("Acne marks and dull skin")
    while wizard.currentPage() is not wizard.treatments_page:
        wizard.next()
    for family in ("chemical_peel", "laser_ipl", "facial"):
        wizard.treatments_page.check(family)
    settle(app)
    wizard.grab().save(str(HERE / f"consultation-screening{suffix}.png"))
    wizard.close()

    kiosk = record.consultations.start_kiosk("pl" if suffix == "" else suffix.lstrip("-"))
    kiosk.resize(1280, 800)
    kiosk.form.questions["pregnancy"].buttons["not_pregnant"].setChecked(True)
    settle(app)
    kiosk.grab().save(str(HERE / f"kiosk{suffix}.png"))
    kiosk.release()

    fill_plan(practice, client_id)
    record.show_client(client_id)
    record.tabs.setCurrentWidget(record.plans)
    settle(app)
    window.grab().save(str(HERE / f"plans{suffix}.png"))

    fill_products(practice)
    settings = SettingsDialog(handle, Preferences(Path(tempfile.gettempdir())), None)
    settings.tabs.setCurrentWidget(settings.products)
    settings.products.reload(select=products.products(practice)[0].id)
    settings.show()
    settle(app)
    settings.grab().save(str(HERE / f"settings-products{suffix}.png"))
    settings.tabs.setCurrentWidget(settings.treatments)
    settings.show()
    settle(app)
    settings.grab().save(str(HERE / f"settings-treatments{suffix}.png"))
    settings.reject()


def pdf_page_image(pdf: bytes, width: int) -> QImage:
    """The first page of `pdf`, rendered in memory as the README shows it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    page = document.pagePointSize(0)
    image = document.render(0, QSize(width, round(width * page.height() / page.width())))
    document.close()
    return image


def capture_treatment_screens(app, window, handle, suffix: str, client_ids: list[int]) -> None:
    """A toxin client's timeline, their latest session note, its printed record and the
    follow-ups list, from demo treatment histories written through the services."""
    practice = handle.practice
    add_demo_treatments(practice, client_ids=client_ids, seed=11)
    toxin = [
        s
        for client_id in client_ids
        for s in sessions.sessions(practice, client_id=client_id)
        if s.family == "botulinum_toxin" and s.final
    ]
    latest = max(
        toxin,
        key=lambda s: (len(sessions.sessions(practice, client_id=s.client_id)), s.performed_at),
    )
    record = window.record
    window.open_client(latest.client_id)
    record.tabs.setCurrentWidget(record.timeline)
    settle(app)
    window.grab().save(str(HERE / f"timeline{suffix}.png"))

    record.open_session(latest.id)
    dialog = record.session_dialog
    dialog.resize(1100, 1000)
    settle(app)
    dialog.grab().save(str(HERE / f"session-note{suffix}.png"))
    pdf = session_summary_pdf(practice, latest)
    pdf_page_image(pdf, 900).save(str(HERE / f"session-record{suffix}.png"))
    dialog.put_away()

    capture_photo_screens(app, window, handle, suffix, latest.client_id)

    shown = QEventLoop()
    window.follow_ups.refreshed.connect(shown.quit)
    window.show_section(FOLLOW_UPS)
    shown.exec()  # the list is read off the GUI thread
    settle(app)
    window.grab().save(str(HERE / f"follow-ups{suffix}.png"))
    window.show_section(CLIENTS)


def capture_photo_screens(app, window, handle, suffix: str, client_id: int) -> None:
    """The same client's photos (drawn demo photos, imported through the real path), the
    gallery by area and view, and the first and latest front photos compared with a wipe."""
    add_demo_photos(handle.practice, client_ids=[client_id], seed=11)
    record = window.record
    window.open_client(client_id)
    record.tabs.setCurrentWidget(record.photos)
    while record.photos.loading:
        app.processEvents()
    settle(app)
    window.grab().save(str(HERE / f"photos{suffix}.png"))

    record.compare_photos([])
    dialog = record.comparison_dialog
    dialog.resize(1200, 820)
    dialog.compare.set_mode("wipe")
    dialog.compare.set_wipe(50)
    settle(app)
    dialog.grab().save(str(HERE / f"comparison{suffix}.png"))
    dialog.clear()


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

        client_ids = clients.create_clients_bulk(
            practice, items=demo_clients(2000, seed=11), source="demo"
        )
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
        capture_safety_screens(app, window, handle, suffix)
        capture_treatment_screens(app, window, handle, suffix, client_ids)
        window.show_lock_screen()
        settle(app)
        window.grab().save(str(HERE / f"locked{suffix}.png"))
        practice.close()


if __name__ == "__main__":
    main()
