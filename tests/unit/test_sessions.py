"""Treatment sessions: starting after screening, drafts, sign-off, amendments, recalls."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from clinicdesk.db.models import AuditEntry
from clinicdesk.errors import ValidationError
from clinicdesk.rules.body_chart import ChartArea, ChartPlace
from clinicdesk.services import (
    batch_recalls,
    clients,
    history,
    plans,
    products,
    screening,
    session_changes,
)
from clinicdesk.services import sessions as svc
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.sessions import SessionProductInput

NOW = datetime.now(UTC)
AN_HOUR_AGO = NOW - timedelta(hours=1)
TODAY = svc.local_day(AN_HOUR_AGO)
REASON = "Recorded the wrong value at the time"


def _client(practice, given="Zofia", family="Wójcik", born=date(1990, 5, 4), phone=None):
    fields = ClientFields(given_name=given, family_name=family, date_of_birth=born, phone=phone)
    return clients.create_client(practice, data=fields).id


@pytest.fixture
def client_id(practice):
    return _client(practice)


@pytest.fixture
def serum(practice):
    return products.add_product(
        practice, name="HA serum", family="microneedling", unit="ml", usual_max=Decimal(5)
    )


@pytest.fixture
def batch(practice, serum):
    return products.add_batch(
        practice, product_id=serum.id, lot="HA-2201", expires_on=TODAY + timedelta(days=90)
    )


def _start(practice, client_id, family="microneedling", at=AN_HOUR_AGO, **kwargs):
    record, _ = svc.start_session(
        practice, client_id=client_id, family=family, performed_at=at, **kwargs
    )
    return record


def _line(batch_id, quantity="2", unit="ml", area="forehead"):
    return SessionProductInput(batch_id, Decimal(quantity), unit, area)


def _final(practice, client_id, batch_id, *, at=AN_HOUR_AGO, notes=None, quantity="2"):
    record = _start(practice, client_id, at=at)
    session_changes.save_draft(
        practice,
        session_id=record.id,
        notes=notes or {"areas": ["face"], "parameters": {"depth_mm": 1.0}},
        products=[_line(batch_id, quantity)],
    )
    return session_changes.sign_off(practice, session_id=record.id)


def _actions(practice):
    with practice.reading() as session:
        return session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()


# -- starting ---------------------------------------------------------------------------


def test_a_session_cannot_start_in_the_future_or_before_birth(practice, client_id):
    with pytest.raises(ValidationError) as raised:
        _start(practice, client_id, at=NOW + timedelta(hours=2))
    assert raised.value.field == "performed_at"
    with pytest.raises(ValidationError) as raised:
        _start(practice, client_id, at=datetime(1990, 5, 3, 12, tzinfo=UTC))
    assert raised.value.field == "performed_at" and "1990-05-04" in str(raised.value)
    assert svc.sessions(practice, client_id=client_id) == []
    # A clock a few minutes behind is not the future.
    assert _start(practice, client_id, at=NOW + timedelta(minutes=5)).status == "draft"


def test_starting_screens_the_client_in_the_sessions_context(practice, client_id):
    record, found = svc.start_session(
        practice, client_id=client_id, family="microneedling", performed_at=AN_HOUR_AGO
    )
    assert record.status == "draft" and record.practitioner == practice.actor
    assert record.context == f"session:{record.id}"
    assert found.family == "microneedling" and not found.blocked
    assert svc.check_can_treat(practice, session_id=record.id).family == "microneedling"
    assert _actions(practice)[-1] == "session_start"


def test_isotretinoin_rules_out_a_peel_session(practice, client_id):
    history.record_item(practice, client_id=client_id, kind="medication", text="Roaccutane")
    record, found = svc.start_session(
        practice, client_id=client_id, family="chemical_peel", performed_at=AN_HOUR_AGO
    )
    assert found.absolute
    with pytest.raises(ValidationError) as raised:
        svc.check_can_treat(practice, session_id=record.id)
    assert raised.value.field == "screening"
    with pytest.raises(ValidationError):
        session_changes.sign_off(practice, session_id=record.id)
    assert not svc.get_session(practice, session_id=record.id).final


def test_a_relative_block_passes_once_a_reason_is_recorded_for_this_session(practice, client_id):
    history.record_item(practice, client_id=client_id, kind="condition", code="keloid_tendency")
    record, found = svc.start_session(
        practice, client_id=client_id, family="microneedling", performed_at=AN_HOUR_AGO
    )
    assert found.needs_override() and not found.absolute
    with pytest.raises(ValidationError):
        svc.check_can_treat(practice, session_id=record.id)
    # A reason given in another context does not count here.
    for context in ("consultation:1", record.context):
        for rule_id in found.needs_override():
            screening.override(
                practice,
                client_id=client_id,
                family="microneedling",
                rule_id=rule_id,
                level="relative",
                reason="Small test area healed without scarring",
                context=context,
            )
        if context != record.context:
            with pytest.raises(ValidationError):
                svc.check_can_treat(practice, session_id=record.id)
    assert not svc.check_can_treat(practice, session_id=record.id).blocked
    assert session_changes.sign_off(practice, session_id=record.id).final


def test_a_session_counts_towards_its_plan(practice, client_id, batch):
    plan = plans.create_plan(
        practice,
        client_id=client_id,
        treatments=[plans.PlannedTreatment("microneedling", sessions=6, interval_days=28)],
    )
    [treatment] = plan.treatments
    assert svc.sessions_done(practice, plan_id=plan.id) == {treatment.id: 0}
    for days in (60, 30):
        record = _start(
            practice, client_id, at=NOW - timedelta(days=days), plan_treatment_id=treatment.id
        )
        session_changes.sign_off(practice, session_id=record.id)
    _start(practice, client_id, plan_treatment_id=treatment.id)  # a draft is not done yet
    assert svc.sessions_done(practice, plan_id=plan.id) == {treatment.id: 2}
    with pytest.raises(ValueError):
        _start(practice, client_id, family="laser_ipl", plan_treatment_id=treatment.id)


# -- the note ---------------------------------------------------------------------------


def test_an_expired_batch_is_refused_naming_lot_and_date(practice, client_id, serum):
    old = products.add_batch(
        practice, product_id=serum.id, lot="OLD-7", expires_on=TODAY - timedelta(days=1)
    )
    on_the_day = products.add_batch(practice, product_id=serum.id, lot="DAY-1", expires_on=TODAY)
    record = _start(practice, client_id)
    with pytest.raises(ValidationError) as raised:
        session_changes.save_draft(
            practice, session_id=record.id, notes={}, products=[_line(old.id)]
        )
    assert raised.value.field == "batch"
    assert "OLD-7" in str(raised.value)
    assert (TODAY - timedelta(days=1)).isoformat() in str(raised.value)
    saved = session_changes.save_draft(
        practice, session_id=record.id, notes={}, products=[_line(on_the_day.id)]
    )
    assert [p.lot for p in saved.record.products] == ["DAY-1"]


@pytest.mark.parametrize("quantity", ["0", "-1", "10000", "250000", "0.0005"])
def test_a_quantity_of_zero_or_absurd_size_is_refused(practice, client_id, batch, quantity):
    record = _start(practice, client_id)
    with pytest.raises(ValidationError) as raised:
        session_changes.save_draft(
            practice, session_id=record.id, notes={}, products=[_line(batch.id, quantity)]
        )
    assert raised.value.field == "quantity"
    assert svc.get_session(practice, session_id=record.id).products == ()


def test_a_large_quantity_warns_and_sign_off_needs_it_confirmed(practice, client_id, batch):
    record = _start(practice, client_id)
    saved = session_changes.save_draft(
        practice,
        session_id=record.id,
        notes={},
        products=[_line(batch.id, "1.5"), _line(batch.id, "7.25", area="neck")],
    )
    [warning] = saved.warnings
    assert warning.line == 2 and warning.quantity == Decimal("7.25")
    assert warning.usual_max == Decimal(5) and warning.product_name == "HA serum"
    with pytest.raises(ValidationError) as raised:
        session_changes.sign_off(practice, session_id=record.id)
    assert raised.value.field == "quantity"
    final = session_changes.sign_off(practice, session_id=record.id, confirm_large_quantities=True)
    assert final.final and final.notes["large_quantities_confirmed"] == [2]
    assert [p.quantity for p in final.products] == [Decimal("1.5"), Decimal("7.25")]


def test_parameters_out_of_range_are_refused_by_name(practice, client_id):
    record = _start(practice, client_id, family="laser_ipl")
    for values, name in (
        ({"fluence_j_cm2": 75}, "fluence_j_cm2"),
        ({"wavelength_nm": 755, "passes": "2.5"}, "passes"),
        ({"spot_size_mm": "wide"}, "spot_size_mm"),
        ({"depth_mm": 1}, "depth_mm"),
    ):
        with pytest.raises(ValidationError) as raised:
            session_changes.save_draft(
                practice, session_id=record.id, notes={"parameters": values}, products=[]
            )
        assert raised.value.field == f"parameters.{name}"
    with pytest.raises(ValidationError) as raised:
        session_changes.save_draft(
            practice, session_id=record.id, notes={"parameters": {"fluence_j_cm2": 75}}, products=[]
        )
    assert str(raised.value) == "Fluence must be from 1 to 60 J/cm²."
    saved = session_changes.save_draft(
        practice,
        session_id=record.id,
        notes={"parameters": {"wavelength_nm": "755", "fluence_j_cm2": "12,5", "passes": ""}},
        products=[],
    )
    assert saved.record.notes["parameters"] == {"wavelength_nm": 755, "fluence_j_cm2": 12.5}


def test_the_note_is_checked_and_long_text_refused_not_cut(practice, client_id):
    record = _start(practice, client_id)
    for notes, field in (
        ({"observations": "x" * 5_001}, "observations"),
        ({"comfort": 11}, "comfort"),
        ({"next_visit_on": TODAY - timedelta(days=1)}, "next_visit_on"),
    ):
        with pytest.raises(ValidationError) as raised:
            session_changes.save_draft(practice, session_id=record.id, notes=notes, products=[])
        assert raised.value.field == field
    saved = session_changes.save_draft(
        practice,
        session_id=record.id,
        notes={
            "areas": [" cheeks ", "forehead", "cheeks", ""],
            "skin_reaction": "Mild erythema",
            "comfort": "4",
            "feedback": "Très bien 😊",
            "aftercare_given": True,
            "aftercare": "No make-up for 24 h",
            "next_visit_on": TODAY + timedelta(days=28),
            "next_visit": "in four weeks",
        },
        products=[],
    )
    notes = saved.record.notes
    assert notes["areas"] == ["cheeks", "forehead"] and notes["comfort"] == 4
    assert notes["next_visit_on"] == (TODAY + timedelta(days=28)).isoformat()
    assert notes["aftercare_given"] is True and "observations" not in notes


def test_sign_off_makes_the_session_final_and_the_database_keeps_it(practice, client_id, batch):
    final = _final(practice, client_id, batch.id)
    assert final.final and final.signed_off_at is not None
    assert final.notes["screening"]["findings"] == []
    with pytest.raises(ValidationError):
        session_changes.save_draft(practice, session_id=final.id, notes={}, products=[])
    with practice.writing() as session, pytest.raises(IntegrityError):
        session.execute(
            text("UPDATE treatment_sessions SET notes = '{}' WHERE id = :id"), {"id": final.id}
        )
    for statement in (
        "UPDATE session_products SET quantity = 9 WHERE session_id = :id",
        "DELETE FROM session_products WHERE session_id = :id",
        f"INSERT INTO session_products (session_id, batch_id, quantity, unit, area, position) "
        f"VALUES (:id, {batch.id}, 1, 'ml', '', 5)",
        "DELETE FROM treatment_sessions WHERE id = :id",
    ):
        with practice.writing() as session, pytest.raises(IntegrityError):
            session.execute(text(statement), {"id": final.id})
    assert svc.get_session(practice, session_id=final.id).products == final.products


def test_removing_a_plan_treatment_or_the_client_still_works_after_sign_off(practice, batch):
    client_id = _client(practice, given="Ewa")
    plan = plans.create_plan(
        practice, client_id=client_id, treatments=[plans.PlannedTreatment("microneedling")]
    )
    record = _start(practice, client_id, plan_treatment_id=plan.treatments[0].id)
    session_changes.save_draft(practice, session_id=record.id, notes={}, products=[_line(batch.id)])
    session_changes.sign_off(practice, session_id=record.id)
    with practice.writing() as session:
        session.execute(text("DELETE FROM plan_treatments WHERE plan_id = :id"), {"id": plan.id})
    assert svc.get_session(practice, session_id=record.id).plan_treatment_id is None
    with practice.writing() as session:  # erasing a client takes their sessions with them
        session.execute(text("DELETE FROM clients WHERE id = :id"), {"id": client_id})
    assert svc.sessions(practice, client_id=client_id) == []


def test_amendments_are_kept_beside_the_original(practice, client_id, batch, serum):
    final = _final(
        practice, client_id, batch.id, notes={"observations": "Even", "parameters": {"depth_mm": 1}}
    )
    with pytest.raises(ValidationError) as raised:
        session_changes.amend(
            practice, session_id=final.id, field="observations", new_value="x", reason="typo"
        )
    assert raised.value.field == "reason"
    with pytest.raises(ValidationError) as raised:
        session_changes.amend(
            practice, session_id=final.id, field="parameters.depth_mm", new_value=3, reason=REASON
        )
    assert raised.value.field == "parameters.depth_mm"
    session_changes.amend(
        practice, session_id=final.id, field="parameters.depth_mm", new_value="1.5", reason=REASON
    )
    other = products.add_batch(
        practice, product_id=serum.id, lot="HA-3300", expires_on=TODAY + timedelta(days=200)
    )
    amended = session_changes.amend(
        practice,
        session_id=final.id,
        field="products",
        new_value=[_line(other.id, "2.5")],
        reason="The box opened was the new batch",
    )
    assert amended.notes["parameters"] == {"depth_mm": 1}
    assert amended.current("parameters.depth_mm") == 1.5
    assert amended.current_parameters() == {"depth_mm": 1.5}
    assert [p.lot for p in amended.products] == ["HA-2201"]
    assert [p["lot"] for p in amended.current("products")] == ["HA-3300"]
    assert [a.field for a in amended.amendments] == ["parameters.depth_mm", "products"]
    assert amended.amendments[0].old_value == 1 and amended.amendments[0].actor == practice.actor
    with practice.writing() as session, pytest.raises(IntegrityError):
        session.execute(text("UPDATE session_amendments SET reason = 'x'"))
    # A recall follows the corrected batch.
    assert batch_recalls.batch_recipients(practice, lot="HA-2201") == []
    [use] = batch_recalls.batch_recipients(practice, lot="ha-3300")
    assert use.session_id == final.id and use.quantity == Decimal("2.5")


def test_an_adverse_event_is_added_to_a_final_session_and_never_changed(practice, client_id, batch):
    final = _final(practice, client_id, batch.id)
    with pytest.raises(ValidationError) as raised:
        session_changes.add_adverse_event(
            practice, session_id=final.id, severity="awful", description="Swelling"
        )
    assert raised.value.field == "severity"
    with pytest.raises(ValidationError) as raised:
        session_changes.add_adverse_event(
            practice,
            session_id=final.id,
            severity="mild",
            description="Swelling",
            recorded_at=AN_HOUR_AGO - timedelta(days=2),
        )
    assert raised.value.field == "recorded_at"
    event = session_changes.add_adverse_event(
        practice,
        session_id=final.id,
        severity="moderate",
        description="Swelling and bruising on the left cheek",
        action_taken="Cold compress, arnica",
        follow_up="Call in two days",
    )
    [stored] = svc.get_session(practice, session_id=final.id).adverse_events
    assert stored == event and stored.severity == "moderate"
    with practice.writing() as session, pytest.raises(IntegrityError):
        session.execute(text("UPDATE adverse_events SET severity = 'mild'"))
    with practice.writing() as session, pytest.raises(IntegrityError):
        session.execute(text("DELETE FROM adverse_events"))


def test_a_discarded_draft_leaves_only_its_audit(practice, client_id, batch):
    record = _start(practice, client_id)
    session_changes.save_draft(practice, session_id=record.id, notes={}, products=[_line(batch.id)])
    session_changes.discard_draft(practice, session_id=record.id)
    assert svc.sessions(practice, client_id=client_id) == []
    assert _actions(practice)[-3:] == ["session_start", "session_save", "session_discard"]


# -- the next session --------------------------------------------------------------------


def test_prefill_offers_the_last_batch_used_while_it_is_in_date(practice, client_id, serum, batch):
    assert svc.prefill(practice, client_id=client_id, family="microneedling").prefilled == ()
    _final(
        practice,
        client_id,
        batch.id,
        at=NOW - timedelta(days=30),
        notes={"areas": ["face"], "device": "Dermapen 4", "parameters": {"depth_mm": 1.5}},
    )
    later = products.add_batch(
        practice, product_id=serum.id, lot="HA-9", expires_on=TODAY + timedelta(days=400)
    )
    sooner = products.add_batch(
        practice, product_id=serum.id, lot="HA-5", expires_on=TODAY + timedelta(days=10)
    )
    start = svc.prefill(practice, client_id=client_id, family="microneedling")
    assert start.notes == {
        "areas": ["face"],
        "device": "Dermapen 4",
        "parameters": {"depth_mm": 1.5},
    }
    assert start.prefilled == ("areas", "device", "parameters.depth_mm", "products")
    assert start.products == (_line(batch.id, "2", area="forehead"),)
    assert [b.lot for b in svc.offered_batches(practice, product_id=serum.id, on=TODAY)] == [
        "HA-2201",
        "HA-5",
        "HA-9",
    ]
    # The last batch used is the practice's: the box now open, whoever it was opened for.
    _final(practice, _client(practice, given="Ines"), sooner.id, at=NOW - timedelta(days=1))
    start = svc.prefill(practice, client_id=client_id, family="microneedling")
    assert [p.batch_id for p in start.products] == [sooner.id]
    # Once the last batch used is past its expiry, the one expiring first is offered.
    after = batch.expires_on + timedelta(days=1)
    start = svc.prefill(practice, client_id=client_id, family="microneedling", on=after)
    assert sooner.expires_on < after < later.expires_on
    assert [p.batch_id for p in start.products] == [later.id]
    # With no batch in date the product is named, not offered.
    start = svc.prefill(
        practice, client_id=client_id, family="microneedling", on=TODAY + timedelta(days=500)
    )
    assert start.products == () and start.unavailable == ("HA serum",)
    assert "products" not in start.prefilled


# -- reading and recalls -----------------------------------------------------------------


def test_sessions_are_listed_oldest_first(practice, client_id, batch):
    times = [NOW - timedelta(days=d, hours=h) for d, h in ((3, 0), (10, 2), (3, 5))]
    for at in times:
        _start(practice, client_id, at=at)
    listed = svc.sessions(practice, client_id=client_id)
    assert [s.performed_at for s in listed] == sorted(times)
    assert all(s.performed_at.tzinfo is not None for s in listed)


def test_batch_recipients_are_exactly_those_who_received_the_lot(practice, serum, batch):
    anna = _client(practice, given="Anna", family="Nowak", phone="+48 601 234 567")
    li = _client(practice, given="丽", family="王", born=date(1985, 1, 1))
    nobody = _client(practice, given="Marc", family="Dupont")
    other_product = products.add_product(practice, name="Peel gel", family=None, unit="ml")
    same_lot = products.add_batch(
        practice, product_id=other_product.id, lot="ha-2201 ", expires_on=TODAY
    )
    elsewhere = products.add_batch(
        practice, product_id=serum.id, lot="HA-2202", expires_on=TODAY + timedelta(days=9)
    )
    _final(practice, li, batch.id, at=NOW - timedelta(days=5))
    _final(practice, anna, batch.id, at=NOW - timedelta(days=20), quantity="1.25")
    _final(practice, nobody, elsewhere.id, at=NOW - timedelta(days=2))
    draft = _start(practice, anna, at=NOW - timedelta(days=1))
    session_changes.save_draft(
        practice, session_id=draft.id, notes={}, products=[_line(same_lot.id)]
    )

    found = batch_recalls.batch_recipients(practice, lot="  HA-2201", product_id=serum.id)
    assert [(u.client_id, u.product_name) for u in found] == [
        (anna, "HA serum"),
        (li, "HA serum"),
    ]
    assert found[0].client_name == "Anna Nowak" and found[0].phone == "+48 601 234 567"
    assert found[0].quantity == Decimal("1.25") and found[0].final
    every = batch_recalls.batch_recipients(practice, lot="ha-2201")
    assert [u.client_id for u in every] == [anna, li, anna]
    assert every[-1].product_name == "Peel gel" and not every[-1].final
    with pytest.raises(ValidationError):
        batch_recalls.batch_recipients(practice, lot="  ")

    rows = list(csv.reader(io.StringIO(batch_recalls.batch_recipients_csv(found))))
    assert rows[0] == list(batch_recalls.CSV_HEADERS)
    assert rows[1][2:4] == ["Anna Nowak", "'+48 601 234 567"]
    assert rows[1][6:] == ["HA-2201", "1.25", "ml"]
    assert rows[2][2] == "王丽"  # family name first, as a Chinese name is written


def test_every_write_is_audited_without_the_notes(practice, client_id, batch):
    final = _final(practice, client_id, batch.id, notes={"observations": "Secret observation text"})
    session_changes.amend(
        practice,
        session_id=final.id,
        field="observations",
        new_value="Another secret text",
        reason=REASON,
    )
    session_changes.add_adverse_event(
        practice, session_id=final.id, severity="mild", description="Secret swelling"
    )
    with practice.reading() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    tail = entries[-5:]
    assert [e.action for e in tail] == [
        "session_start",
        "session_save",
        "session_sign_off",
        "session_amend",
        "adverse_event_add",
    ]
    assert all(e.client_id == client_id for e in tail)
    assert all("Secret" not in e.detail for e in entries)


# -- the face and body chart ----------------------------------------------------------------


def test_chart_places_are_kept_with_their_products_and_carried_to_the_next_session(
    practice, client_id, batch
):
    # GIVEN a session with a product placed on the face and an area drawn with no product
    point = ChartPlace("face_front", 0.41, 0.2837)
    area = ChartArea(ChartPlace("face_left", 0.5, 0.5, 0.12), "cheek")
    record = _start(practice, client_id)
    saved = session_changes.save_draft(
        practice,
        session_id=record.id,
        notes={"chart": [area.as_value()]},
        products=[SessionProductInput(batch.id, Decimal(2), "ml", "glabella", point)],
    )
    assert saved.record.products[0].chart == point
    assert saved.record.notes["chart"] == [area.as_value()]
    session_changes.sign_off(practice, session_id=record.id)

    # WHEN the next session of the family is started
    fill = svc.prefill(practice, client_id=client_id, family="microneedling")

    # THEN it starts from the same places
    assert fill.products[0].chart == point
    assert fill.notes["chart"] == [area.as_value()]
    assert "chart" in fill.prefilled


def test_a_moved_point_is_an_amendment_and_the_original_place_stays(practice, client_id, batch):
    before = ChartPlace("face_front", 0.4, 0.3)
    record = _start(practice, client_id)
    session_changes.save_draft(
        practice,
        session_id=record.id,
        notes={},
        products=[SessionProductInput(batch.id, Decimal(2), "ml", "forehead", before)],
    )
    session_changes.sign_off(practice, session_id=record.id)
    after = ChartPlace("face_front", 0.45, 0.3)

    amended = session_changes.amend(
        practice,
        session_id=record.id,
        field="products",
        new_value=[SessionProductInput(batch.id, Decimal(2), "ml", "forehead", after)],
        reason=REASON,
    )

    assert amended.products[0].chart == before
    assert amended.current("products")[0]["chart"] == after.as_value()


@pytest.mark.parametrize(
    "area",
    [
        {"view": "back_of_head", "x": 0.5, "y": 0.5},
        {"view": "face_front", "x": 1.5, "y": 0.5},
        {"view": "face_front", "x": 0.5, "y": 0.5, "radius": -0.1},
        {"view": "face_front", "x": 0.5, "y": 0.5, "colour": "red"},
    ],
)
def test_a_chart_place_off_the_diagram_is_refused(practice, client_id, area):
    record = _start(practice, client_id)
    with pytest.raises(ValueError):
        session_changes.save_draft(
            practice, session_id=record.id, notes={"chart": [area]}, products=[]
        )


def test_a_chart_label_too_long_is_refused_not_cut(practice, client_id):
    record = _start(practice, client_id)
    area = {"view": "face_front", "x": 0.5, "y": 0.5, "label": "x" * 201}
    with pytest.raises(ValidationError) as raised:
        session_changes.save_draft(
            practice, session_id=record.id, notes={"chart": [area]}, products=[]
        )
    assert raised.value.field == "chart"


def test_several_corrections_for_one_reason_are_kept_together_or_not_at_all(
    practice, client_id, batch
):
    final = _final(practice, client_id, batch.id)

    # a bad value among good ones: nothing is kept
    with pytest.raises(ValidationError):
        session_changes.amend_fields(
            practice,
            session_id=final.id,
            changes={"observations": "Mild erythema", "comfort": 14},
            reason=REASON,
        )
    assert svc.get_session(practice, session_id=final.id).amendments == ()

    # unchanged fields are left alone, the rest share the reason
    amended = session_changes.amend_fields(
        practice,
        session_id=final.id,
        changes={"observations": "Mild erythema", "comfort": 3, "areas": ["face"]},
        reason=REASON,
    )
    assert [(a.field, a.new_value, a.reason) for a in amended.amendments] == [
        ("observations", "Mild erythema", REASON),
        ("comfort", 3, REASON),
    ]
    with pytest.raises(ValidationError, match="same"):
        session_changes.amend_fields(
            practice, session_id=final.id, changes={"comfort": 3}, reason=REASON
        )
