"""The photo screens' tests: a client who gave photo consent for the clinical record, and a
toxin session of theirs (its treatment asks for the five face views)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from clinicdesk.services import clients, consultations, sessions
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.ui.practice_handle import PracticeHandle


@pytest.fixture
def handle(practice):
    handle = PracticeHandle()
    handle.set(practice)
    return handle


@pytest.fixture
def client(practice):
    fields = ClientFields(given_name="Zofia", family_name="Wójcik", date_of_birth=date(1990, 5, 4))
    record = clients.create_client(practice, data=fields)
    draft = consultations.start(practice, client_id=record.id)
    consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={"reason": "Frown lines", "data_consent": True, "photo_consent": ["clinical"]},
    )
    return record


@pytest.fixture
def session_id(practice, client):
    record, _ = sessions.start_session(
        practice,
        client_id=client.id,
        family="botulinum_toxin",
        performed_at=datetime.now(UTC) - timedelta(hours=1),
    )
    return record.id
