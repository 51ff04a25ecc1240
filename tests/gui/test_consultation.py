"""The consultation wizard end to end, with the live screening, overrides and drafts."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWizard

from clinicdesk.db.models import AuditEntry
from clinicdesk.services import clients, consultations, history, patch_tests, plans, screening
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.ui.client_record import ClientRecordPane
from clinicdesk.ui.consultation_documents import consultation_summary_pdf, intake_form_pdf
from clinicdesk.ui.practice_handle import PracticeHandle
from clinicdesk.ui.screening_view import ReasonDialog


@pytest.fixture
def handle(practice):
    handle = PracticeHandle()
    handle.set(practice)
    return handle


@pytest.fixture
def client_id(practice):
    fields = ClientFields(
        given_name="Zofia",
        family_name="Wójcik",
        date_of_birth=date(1990, 5, 4),
        preferred_language="pl",
    )
    return clients.create_client(practice, data=fields).id


@pytest.fixture
def record(qtbot, handle, client_id):
    pane = ClientRecordPane(handle)
    qtbot.addWidget(pane)
    pane.resize(1100, 800)
    pane.show()
    pane.show_client(client_id)
    return pane


def open_wizard(qtbot, record):
    wizard = record.consultations.start_or_resume()
    qtbot.waitExposed(wizard)
    return wizard


def go_to(wizard, page) -> None:
    while wizard.currentPage() is not page:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"stuck on page {before}"


def test_isotretinoin_rules_out_a_peel(qtbot, record, practice, client_id):
    # GIVEN a client who answers, in the health questionnaire, that she takes isotretinoin
    wizard = open_wizard(qtbot, record)
    wizard.reason_page.boxes["reason"].setPlainText("Acne marks on the cheeks")
    go_to(wizard, wizard.health_page)
    question = wizard.health_page.form.questions["isotretinoin"]
    question.buttons["yes"].click()
    question.detail.setText("Curacné 20 mg")
    # WHEN the practitioner considers a chemical peel
    go_to(wizard, wizard.treatments_page)
    wizard.treatments_page.check("chemical_peel")
    view = wizard.treatments_page.views["chemical_peel"]
    # THEN it is ruled out, with the rule's reason, and cannot go into the plan
    assert view.result.absolute
    assert view.findChild(QLabel, "finding_isotretinoin-resurfacing") is not None
    assert view.findChild(QPushButton, "override_isotretinoin-resurfacing") is None
    assert view.findChildren(QPushButton) == []  # no reason could let a ruled-out peel go ahead
    go_to(wizard, wizard.plan_page)
    include = wizard.plan_page.findChild(
        type(wizard.consent_page.data_consent), "plan_chemical_peel"
    )
    assert not include.isEnabled() and not include.isChecked()
    go_to(wizard, wizard.consent_page)
    wizard.consent_page.data_consent.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    final = consultations.get(practice, consultation_id=wizard.consultation.id)
    assert final.final
    assert plans.plans(practice, client_id=client_id) == []
    assert [item.code for item in history.history(practice, client_id=client_id)] == [
        "isotretinoin"
    ]
    snapshot = final.answers["screening"][0]
    assert snapshot["family"] == "chemical_peel" and snapshot["blocked"]


def test_a_failed_patch_test_rules_out_a_tint(qtbot, record, practice, client_id):
    test = patch_tests.record_applied(
        practice,
        client_id=client_id,
        family="lash_brow_tint",
        product="Refectocil 3.1",
        applied_at=datetime.now(UTC) - timedelta(days=3),
    )
    patch_tests.record_result(
        practice, test_id=test.id, result="positive", read_at=datetime.now(UTC) - timedelta(days=1)
    )
    wizard = open_wizard(qtbot, record)
    go_to(wizard, wizard.treatments_page)
    wizard.treatments_page.check("lash_brow_tint")
    view = wizard.treatments_page.views["lash_brow_tint"]
    assert view.result.blocked
    assert view.findChild(QLabel, f"finding_{screening.PATCH_TEST_RULE}") is not None
    go_to(wizard, wizard.plan_page)
    include = wizard.plan_page.findChild(
        type(wizard.consent_page.data_consent), "plan_lash_brow_tint"
    )
    assert not include.isEnabled()


def test_an_override_needs_a_reason_and_is_audited(qtbot, record, practice, client_id):
    history.record_item(practice, client_id=client_id, kind="condition", code="cold_sores")
    wizard = open_wizard(qtbot, record)
    wizard.reason_page.boxes["reason"].setPlainText("Dull skin")
    go_to(wizard, wizard.treatments_page)
    wizard.treatments_page.check("chemical_peel")
    view = wizard.treatments_page.views["chemical_peel"]
    [rule_id] = view.result.needs_override()
    view.findChild(QPushButton, f"override_{rule_id}").click()
    dialog = view.findChild(ReasonDialog)
    qtbot.waitExposed(dialog)
    dialog.reason.setPlainText("ok")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert screening.overrides(practice, client_id=client_id) == []
    dialog.reason.setPlainText("No cold sore for two years; aciclovir prescribed by her GP")
    dialog.accept()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not wizard.treatments_page.views["chemical_peel"].result.blocked)
    go_to(wizard, wizard.plan_page)
    include = wizard.plan_page.findChild(
        type(wizard.consent_page.data_consent), "plan_chemical_peel"
    )
    assert include.isEnabled()
    include.setChecked(True)
    go_to(wizard, wizard.consent_page)
    wizard.consent_page.data_consent.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    [plan] = plans.plans(practice, client_id=client_id)
    assert [t.family for t in plan.treatments] == ["chemical_peel"]
    [override] = screening.overrides(practice, client_id=client_id)
    assert (
        override.reason.startswith("No cold sore")
        and override.context == wizard.consultation.context
    )
    with practice.reading() as session:
        audited = session.query(AuditEntry).filter_by(action="screening_override").one()
    assert audited.entity_id is not None
    # The record lists the override, and its overview now screens the planned peel.
    assert record.overrides.count() == 1
    assert "aciclovir" in record.overrides.item(0).text()


def test_finishing_without_data_consent_says_why_on_its_page(qtbot, record, practice):
    wizard = open_wizard(qtbot, record)
    wizard.reason_page.boxes["reason"].setPlainText("Lines around the eyes")
    go_to(wizard, wizard.consent_page)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentPage() is wizard.consent_page
    assert wizard.consent_page.data_error.isVisible()
    assert not consultations.get(practice, consultation_id=wizard.consultation.id).final


def test_a_missing_reason_takes_the_practitioner_back_to_it(qtbot, record, practice):
    wizard = open_wizard(qtbot, record)
    go_to(wizard, wizard.consent_page)
    wizard.consent_page.data_consent.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentPage() is wizard.reason_page
    assert wizard.reason_page.errors["reason"].isVisible()


def test_a_wizard_closed_half_way_loses_nothing(qtbot, record, practice, client_id):
    wizard = open_wizard(qtbot, record)
    wizard.reason_page.boxes["reason"].setPlainText("Pigment spots 🌞 after summer")
    go_to(wizard, wizard.goals_page)
    wizard.goals_page.boxes["expectation"].setPlainText("Lighter, not gone, after 3 sessions")
    wizard.close()
    assert not wizard.isVisible()
    draft = consultations.latest_draft(practice, client_id=client_id)
    assert draft.answers["expectation"] == "Lighter, not gone, after 3 sessions"
    qtbot.waitUntil(lambda: record.consultations.wizard is None)
    assert "Resume" in record.consultations.consult_button.text()
    resumed = open_wizard(qtbot, record)
    assert resumed.consultation.id == draft.id
    assert resumed.currentPage() is resumed.goals_page
    assert resumed.reason_page.boxes["reason"].toPlainText() == "Pigment spots 🌞 after summer"
    resumed.close()


def test_a_long_answer_is_refused_and_kept_in_the_field(qtbot, record, practice):
    wizard = open_wizard(qtbot, record)
    wizard.reason_page.boxes["concerns"].setPlainText("é" * 10_000)
    wizard.next()
    assert wizard.currentPage() is wizard.reason_page
    assert wizard.reason_page.errors["concerns"].isVisible()
    assert len(wizard.reason_page.boxes["concerns"].toPlainText()) == 10_000
    wizard.reason_page.boxes["concerns"].setPlainText("short")
    wizard.close()


def test_a_final_consultation_is_amended_beside_the_original(qtbot, record, practice, client_id):
    draft = consultations.start(practice, client_id=client_id)
    consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={"reason": "Lines", "expectation": "Softer in 2 weeks", "data_consent": True},
    )
    record.show_client(client_id)
    tab = record.consultations
    assert not tab.amend_button.isHidden() and tab.discard_button.isHidden()
    from clinicdesk.ui.consultation_amend import AmendDialog

    dialog = AmendDialog(record._handle, tab._selected(), tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field.setCurrentIndex(dialog.field.findData("expectation"))
    dialog.new_text.setPlainText("Softer in 3 weeks")
    dialog.reason.setPlainText("short")
    dialog.accept()
    assert dialog.errors["reason"].isVisible()
    dialog.reason.setPlainText("Client corrected the timing she was told")
    dialog.accept()
    record.show_client(client_id)
    html = tab.detail.toPlainText()
    assert "Softer in 2 weeks" in html and "Softer in 3 weeks" in html
    assert "Client corrected the timing" in html


def pdf_text(pdf: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return "".join(out.stdout.decode().split())  # line breaks fall anywhere in wrapped text


def test_the_summary_prints_the_screening_its_reasons_and_the_amendments(
    practice, client_id, tmp_path
):
    history.record_item(practice, client_id=client_id, kind="condition", code="cold_sores")
    draft = consultations.start(practice, client_id=client_id)
    found = screening.screen_client(
        practice, client_id=client_id, family="chemical_peel", context=draft.context
    )
    for rule_id in found.needs_override():
        screening.override(
            practice,
            client_id=client_id,
            family="chemical_peel",
            rule_id=rule_id,
            level="relative",
            reason="Brak opryszczki od dwóch lat",
            context=draft.context,
        )
    final = consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={
            "reason": "Przebarwienia po lecie",
            "data_consent": True,
            "considered": ["chemical_peel"],
            "plan": [{"family": "chemical_peel", "sessions": 3}],
        },
    )
    consultations.amend(
        practice,
        consultation_id=final.id,
        field="reason",
        new_value="Przebarwienia i zmarszczki",
        reason="Klientka dodała drugi powód wizyty",
    )
    text = pdf_text(
        consultation_summary_pdf(practice, consultations.get(practice, consultation_id=final.id)),
        tmp_path,
    )
    for expected in (
        "ZofiaWójcik",
        "Przebarwieniapolecie",
        "Brakopryszczkioddwóchlat",
        "Przebarwieniaizmarszczki",
        "Klientkadodaładrugipowódwizyty",
    ):
        assert expected in text


@pytest.mark.parametrize(("language", "question"), [("pl", "cukrzycę"), ("zh_CN", "糖尿病")])
def test_the_blank_questionnaire_prints_in_the_clients_language(
    practice, tmp_path, language, question
):
    text = pdf_text(intake_form_pdf(practice, language=language), tmp_path)
    assert question in text
    assert "InstitutHélène" in text
