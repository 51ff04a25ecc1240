"""Client self-intake: the kiosk cannot be left without the passphrase, and its answers
reach the history only once the practitioner accepts them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.conftest import PASSPHRASE

from clinicdesk.services import clients, history, intake
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.ui.intake_review import IntakeReviewDialog
from clinicdesk.ui.kiosk import KioskWindow
from clinicdesk.ui.practice_handle import PracticeHandle


@pytest.fixture
def handle(practice):
    handle = PracticeHandle()
    handle.set(practice)
    return handle


@pytest.fixture
def client_id(practice):
    history.record_item(
        practice,
        client_id=clients.create_client(
            practice, data=ClientFields(given_name="Xiu", family_name="Li")
        ).id,
        kind="medication",
        text="Vitamin D",
    )
    return 1


@pytest.fixture
def kiosk(qtbot, handle, client_id):
    window = KioskWindow(handle, client_id=client_id, greeting_name="Xiu", language="zh_CN")
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    yield window
    window.release()


def test_the_kiosk_shows_nothing_of_the_record_and_speaks_the_clients_language(kiosk):
    assert kiosk.language_buttons["zh_CN"].isChecked()
    isotretinoin = kiosk.form.questions["isotretinoin"]
    assert "Roaccutane" in isotretinoin.label.text() or "异维A酸" in isotretinoin.label.text()
    # Nothing from the history is pre-filled: whoever holds the device sees only the questions.
    assert kiosk.form.answers() == {}
    kiosk.set_language("fr")
    assert isotretinoin.label.text() == isotretinoin.question.text("fr")
    assert kiosk.send.text() == "Envoyer mes réponses" or kiosk.send.text()


def test_the_kiosk_cannot_be_escaped(qtbot, kiosk):
    kiosk.close()
    assert kiosk.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()
    qtbot.keyClick(kiosk, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert kiosk.isVisible()
    assert kiosk.windowModality() == Qt.WindowModality.ApplicationModal
    assert QApplication.activeModalWidget() in (kiosk, None)


def test_a_wrong_passphrase_keeps_the_kiosk_and_the_right_one_releases_it(qtbot, kiosk):
    kiosk.hand_back.click()
    qtbot.keyClicks(kiosk.passphrase, "not the passphrase")
    qtbot.keyClick(kiosk.passphrase, Qt.Key.Key_Return)
    assert kiosk.isVisible()
    assert kiosk.passphrase_message.text()
    qtbot.waitUntil(kiosk.passphrase.isEnabled, timeout=3000)
    with qtbot.waitSignal(kiosk.released):
        qtbot.keyClicks(kiosk.passphrase, PASSPHRASE)
        qtbot.keyClick(kiosk.passphrase, Qt.Key.Key_Return)
    assert not kiosk.isVisible()


def test_answers_wait_for_the_practitioner_then_enter_the_history(
    qtbot, kiosk, practice, handle, client_id
):
    form = kiosk.form
    form.questions["isotretinoin"].buttons["yes"].click()
    form.questions["isotretinoin"].detail.setText("泰尔丝 10 mg")
    form.questions["pacemaker"].buttons["no"].click()
    allergies = form.questions["allergies"].allergies
    allergies.rows[0][0].setText("乳胶 latex")
    allergies.rows[0][2].setCurrentIndex(allergies.rows[0][2].findData("severe"))
    with qtbot.waitSignal(kiosk.submitted):
        kiosk.send.click()
    assert kiosk.pages.currentWidget() is kiosk.thanks
    # Nothing reached the history yet.
    assert [i.text for i in history.history(practice, client_id=client_id)] == ["Vitamin D"]
    [submission] = intake.pending(practice, client_id=client_id)
    assert submission.language == "zh_CN"

    review = IntakeReviewDialog(handle, submission)
    qtbot.addWidget(review)
    lines = [review.changes.item(n).text() for n in range(review.changes.count())]
    assert len(lines) == 2 and any("latex" in line for line in lines)
    review.accept_button.click()
    items = history.history(practice, client_id=client_id)
    assert {i.kind for i in items} == {"medication", "allergy"}
    assert {i.source for i in items if i.kind == "allergy"} == {"client"}
    assert intake.pending(practice, client_id=client_id) == []


def test_sending_nothing_says_what_to_do(kiosk, practice, client_id):
    assert not kiosk.submit()
    assert kiosk.error.isVisible()
    assert intake.pending(practice, client_id=client_id) == []


def test_answers_typed_before_the_practitioner_takes_the_device_back_are_kept(
    qtbot, kiosk, practice, client_id
):
    kiosk.form.questions["pacemaker"].buttons["yes"].click()
    kiosk.hand_back.click()
    qtbot.keyClicks(kiosk.passphrase, PASSPHRASE)
    qtbot.keyClick(kiosk.passphrase, Qt.Key.Key_Return)
    assert not kiosk.isVisible()
    [submission] = intake.pending(practice, client_id=client_id)
    assert submission.answers["pacemaker"]["yes"] is True


def test_an_impossible_date_is_pointed_out_and_nothing_is_sent(qtbot, kiosk, practice, client_id):
    question = kiosk.form.questions["isotretinoin"]
    question.buttons["yes"].click()
    question.date.edit.setText("31/02/2024")
    assert not kiosk.submit()
    assert kiosk.error.isVisible()
    assert "border" in question.styleSheet()  # the question is outlined
    assert question.date.text() == "31/02/2024"  # kept as typed, to correct
    assert intake.pending(practice, client_id=client_id) == []
    question.date.edit.setText("15/03/2026")
    assert kiosk.submit()
    [submission] = intake.pending(practice, client_id=client_id)
    assert submission.answers["isotretinoin"]["date"] == "2026-03-15"
