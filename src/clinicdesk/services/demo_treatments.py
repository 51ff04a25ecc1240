"""Demo treatment histories: products and their batches, agreed plans, and signed-off
sessions with device settings, products placed on the face chart, the odd adverse event.

Written through the same services the screens use (screening, batch checks, sign-off),
so a demo practice shows what a real one would, follow-ups and recalls included. Only a
practice's regulars get a history: 120 clients at most, whatever the size of
the demo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from clinicdesk.errors import ValidationError
from clinicdesk.rules.body_chart import ChartArea, ChartPlace
from clinicdesk.services import (
    history,
    patch_tests,
    plan_changes,
    plans,
    products,
    session_changes,
    sessions,
)
from clinicdesk.services.practice import Practice
from clinicdesk.services.products import BatchRow
from clinicdesk.services.sessions import SessionProductInput

MAX_CLIENTS_WITH_HISTORY = 120
# Treatments the law restricts to adults: a photo ID is seen and recorded first.
ID_CHECKED = frozenset({"botulinum_toxin", "dermal_filler"})
# Injection points a practitioner uses for the upper face, as places on the front face.
TOXIN_POINTS = (
    ("glabella", 0.50, 0.285), ("glabella", 0.45, 0.29), ("glabella", 0.55, 0.29),
    ("forehead", 0.40, 0.19), ("forehead", 0.60, 0.19),
    ("crow's feet left", 0.25, 0.37), ("crow's feet right", 0.75, 0.37),
)  # fmt: skip
FILLER_POINTS = (("cheek left", 0.31, 0.50), ("cheek right", 0.69, 0.50), ("lips", 0.50, 0.70))


@dataclass(frozen=True)
class _Course:
    family: str
    interval_days: int
    sessions: int


COURSES = (
    _Course("botulinum_toxin", 120, 3),
    _Course("dermal_filler", 270, 2),
    _Course("chemical_peel", 21, 6),
    _Course("microneedling", 28, 6),
)
PRODUCTS = (
    ("Bocouture 50 U", "botulinum_toxin", "units", Decimal(64)),
    ("Juvéderm Volift", "dermal_filler", "syringes", Decimal(2)),
    ("Glycolic peel 35 %", "chemical_peel", "ml", Decimal(5)),
    ("Hyaluronic serum", "microneedling", "ml", Decimal(5)),
)


def _stock(practice: Practice, today: date) -> dict[str, list[BatchRow]]:
    """The batches of the demo products by family: a lot that expired and two in date."""
    known = {p.name: p for p in products.products(practice)}
    stock = {}
    for number, (name, family, unit, usual_max) in enumerate(PRODUCTS):
        product = known.get(name) or products.add_product(
            practice, name=name, family=family, unit=unit, usual_max=usual_max
        )
        batches = products.batches(practice, product_id=product.id)
        if not batches:
            for lot, expires in (
                (f"L{number}A-2023", today - timedelta(days=40)),
                (f"L{number}B-2025", today + timedelta(days=200)),
                (f"L{number}C-2026", today + timedelta(days=500)),
            ):
                products.add_batch(practice, product_id=product.id, lot=lot, expires_on=expires)
            batches = products.batches(practice, product_id=product.id)
        stock[family] = batches
    return stock


def _note(rng: random.Random, family: str) -> dict[str, Any]:
    if family == "botulinum_toxin":
        return {"areas": ["glabella", "forehead"], "parameters": {"dilution_ml": "2.5"}}
    if family == "dermal_filler":
        return {"areas": ["cheeks", "lips"], "device": "25G cannula"}
    if family == "chemical_peel":
        return {
            "areas": ["face"],
            "parameters": {
                "agent": "glycolic",
                "concentration_percent": "35",
                "layers": "2",
                "minutes": "3",
            },
            "chart": [ChartArea(ChartPlace("face_front", 0.5, 0.45, 0.3), "whole face").as_value()],
        }
    depth = rng.choice(("0.5", "0.75", "1.0", "1.5"))
    return {
        "areas": ["forehead", "cheeks"],
        "device": "Dermapen 4",
        "parameters": {"depth_mm": depth, "passes": "3"},
    }


def _lines(family: str, batch: BatchRow) -> list[SessionProductInput]:
    if family == "botulinum_toxin":
        return [
            SessionProductInput(
                batch.id, Decimal(4), "units", label, ChartPlace("face_front", x, y)
            )
            for label, x, y in TOXIN_POINTS
        ]
    if family == "dermal_filler":
        return [
            SessionProductInput(
                batch.id, Decimal("0.3"), "syringes", label, ChartPlace("face_front", x, y, 0.05)
            )
            for label, x, y in FILLER_POINTS
        ]
    return [SessionProductInput(batch.id, Decimal(2), "ml", "face")]


def _batch_on(batches: list[BatchRow], day: date) -> BatchRow | None:
    usable = [b for b in batches if b.expires_on >= day]
    return usable[0] if usable else None


def add_demo_treatments(practice: Practice, *, client_ids: list[int], seed: int = 0) -> int:
    """Treatment histories for some of `client_ids`; returns how many sessions were added."""
    rng = random.Random(seed)
    today = datetime.now(UTC).astimezone().date()
    stock = _stock(practice, today)
    regulars = client_ids[: MAX_CLIENTS_WITH_HISTORY * 3 : 3]
    added = 0
    for client_id in regulars:
        course = rng.choice(COURSES)
        batches = stock[course.family]
        done = rng.randint(1, course.sessions)
        first = today - timedelta(days=course.interval_days * (done - 1) + rng.randint(1, 20))
        if course.family in ID_CHECKED:
            history.record_item(
                practice, client_id=client_id, kind="id_check", text="Photo ID seen"
            )
        plan = plans.create_plan(
            practice,
            client_id=client_id,
            treatments=[
                plans.PlannedTreatment(
                    course.family, sessions=course.sessions, interval_days=course.interval_days
                )
            ],
            start_on=first,
        )
        try:
            plan_changes.agree_plan(practice, plan_id=plan.id)
        except ValidationError:
            continue  # ruled out by the client's history: the plan stays a draft, as in life
        plan_changes.start_plan(practice, plan_id=plan.id)
        treatment_id = plan.treatments[0].id
        for number in range(done):
            day = first + timedelta(days=course.interval_days * number)
            batch = _batch_on(batches, day)
            if batch is None or day > today:
                break
            at = datetime.combine(
                day, time(rng.randint(9, 17), rng.choice((0, 15, 30, 45)))
            ).astimezone()
            record, found = sessions.start_session(
                practice,
                client_id=client_id,
                family=course.family,
                performed_at=at,
                plan_treatment_id=treatment_id,
            )
            if found.blocked and found.patch_test is not None:
                # As a practice does: a patch test two days before, read negative.
                session_changes.discard_draft(practice, session_id=record.id)
                test = patch_tests.record_applied(
                    practice,
                    client_id=client_id,
                    family=course.family,
                    product=batches[0].lot,
                    site="behind the ear",
                    applied_at=at - timedelta(days=3),
                )
                patch_tests.record_result(
                    practice, test_id=test.id, result="negative", read_at=at - timedelta(days=1)
                )
                record, found = sessions.start_session(
                    practice,
                    client_id=client_id,
                    family=course.family,
                    performed_at=at,
                    plan_treatment_id=treatment_id,
                )
            if found.blocked:
                session_changes.discard_draft(practice, session_id=record.id)
                break
            notes = _note(rng, course.family)
            notes |= {"comfort": rng.randint(1, 5), "aftercare_given": True}
            session_changes.save_draft(
                practice, session_id=record.id, notes=notes, products=_lines(course.family, batch)
            )
            session_changes.sign_off(practice, session_id=record.id, confirm_large_quantities=True)
            added += 1
            if rng.random() < 0.04:
                session_changes.add_adverse_event(
                    practice,
                    session_id=record.id,
                    severity="mild",
                    description="Bruising at one injection point",
                    action_taken="Cold compress; arnica advised",
                    follow_up="Resolved by the review call",
                    recorded_at=at + timedelta(hours=1)
                    if at + timedelta(hours=1) < datetime.now(UTC)
                    else at,
                )
    return added
