"""Demo photos: drawn for treated demo clients and imported through the real import path,
every view each session's treatment asks for, varied in format and orientation."""

from __future__ import annotations

from clinicdesk.services import clients, demo_photos, photos, sessions
from clinicdesk.services.demo_data import demo_clients
from clinicdesk.services.demo_treatments import add_demo_treatments


def test_treated_clients_get_every_view_of_each_session(practice, monkeypatch):
    monkeypatch.setattr(demo_photos, "MAX_CLIENTS_WITH_PHOTOS", 2)
    monkeypatch.setattr(demo_photos, "SIZES", ((240, 320),))
    created = clients.create_clients_bulk(practice, items=demo_clients(40, seed=4), source="demo")
    add_demo_treatments(practice, client_ids=created, seed=4)

    added = demo_photos.add_demo_photos(practice, client_ids=created, seed=4)

    shown = [p for client_id in created for p in photos.photos(practice, client_id=client_id)]
    assert added == len(shown) > 0
    assert len({p.client_id for p in shown}) == 2
    for session_id in {p.session_id for p in shown}:
        assert session_id is not None
        checklist = photos.session_capture(practice, session_id=session_id)
        assert not any(view.missing for view in checklist)
        assert sessions.get_session(practice, session_id=session_id).final
    # Files stored sideways with an EXIF tag were turned upright: every photo is a portrait.
    assert all(p.height > p.width for p in shown)


def test_demo_photos_carry_the_day_of_their_session(practice, monkeypatch):
    monkeypatch.setattr(demo_photos, "MAX_CLIENTS_WITH_PHOTOS", 1)
    monkeypatch.setattr(demo_photos, "SIZES", ((240, 320),))
    created = clients.create_clients_bulk(practice, items=demo_clients(40, seed=4), source="demo")
    add_demo_treatments(practice, client_ids=created, seed=4)

    demo_photos.add_demo_photos(practice, client_ids=created, seed=4)

    shown = [p for client_id in created for p in photos.photos(practice, client_id=client_id)]
    for photo in shown:
        session = sessions.get_session(practice, session_id=photo.session_id)
        assert photo.taken_at is not None
        assert sessions.local_day(photo.taken_at) == session.day
