"""The session timeline's figure: a client with 300 sessions opens their timeline, against
the bare library doing the same reads in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_timeline.py --clients 100000 [--data-dir DIR]

The first run adds one client ("Timeline Benchmark") to the vault with a long file: 300
signed-off sessions over four years with two products each, an amendment on every tenth
and an adverse event on every fifteenth, four consultations (one amended, one photo
consent changed), a completed, an ongoing and a draft plan, and patch tests; later runs
find that client and reuse their file as it is (`--sessions` then changes nothing).
Seeding goes through Core in one transaction, audited as one entry. The issue's target
is for 300 sessions and 600 photos: photos do not exist yet (a later issue adds them), so
the file has none and the figure is without them.

- service: `client_timeline` (median of several runs);
- open: what the practitioner waits for on opening the tab: the service call, the rows put
  into words, the plan progress built, and the list's first paint (`grab()` of the view);
- bare: the very statements the service sends (recorded from one call) run on a raw
  sqlcipher3 connection and fetched, and a plain QListView over a QStringListModel of the
  same number of one-line rows painted the same way.
"""

from __future__ import annotations

import argparse
import tempfile
import time as clock
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from common import Timing, ensure_practice, time_ms
from sqlalchemy import event, func, insert, select, update

from clinicdesk.db.base import json_text
from clinicdesk.db.engine import open_keyed_connection
from clinicdesk.db.models import (
    AdverseEvent,
    Client,
    Consultation,
    ConsultationAmendment,
    PatchTest,
    PlanChange,
    PlanSession,
    PlanTreatment,
    Product,
    ProductBatch,
    SessionAmendment,
    SessionProduct,
    TreatmentPlan,
    TreatmentSession,
)
from clinicdesk.services import audit, clients, timeline
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.practice import Practice
from clinicdesk.services.sessions import local_day

RUNS = 15
GIVEN, FAMILY = "Timeline", "Benchmark"
FAMILIES = ("microneedling", "laser_ipl", "chemical_peel", "botulinum_toxin", "dermal_filler")


def _client_id(practice: Practice) -> tuple[int, int]:
    """The benchmark client (added if missing) and how many sessions they have."""
    with practice.reading() as session:
        found = session.scalar(
            select(Client.id).where(Client.given_name == GIVEN, Client.family_name == FAMILY)
        )
    if found is None:
        data = ClientFields(given_name=GIVEN, family_name=FAMILY, date_of_birth=date(1975, 6, 1))
        found = clients.create_client(practice, data=data).id
    with practice.reading() as session:
        count = session.scalar(select(func.count()).where(TreatmentSession.client_id == found))
    return found, int(count or 0)


def _plan(
    session: Any, client_id: int, family: str, sessions: int, start: date | None, status: str
) -> tuple[int, int]:
    """A plan of one treatment with its planned days and the steps it went through."""
    created = datetime.combine(start or date.today(), datetime.min.time(), UTC) - timedelta(days=7)
    plan_id = session.execute(
        insert(TreatmentPlan).returning(TreatmentPlan.id),
        [{"client_id": client_id, "status": status, "goals": "Even skin tone",
          "created_by": "Bench", "start_on": start, "created_at": created,
          "updated_at": created, "agreed_at": None if status == "draft" else created}],
    ).scalar_one()  # fmt: skip
    treatment_id = session.execute(
        insert(PlanTreatment).returning(PlanTreatment.id),
        [{"plan_id": plan_id, "family": family, "sessions": sessions, "interval_days": 28}],
    ).scalar_one()
    session.execute(
        insert(PlanSession),
        [
            {"plan_treatment_id": treatment_id, "number": n,
             "planned_on": None if start is None else start + timedelta(days=28 * (n - 1))}
            for n in range(1, sessions + 1)
        ],
    )  # fmt: skip
    steps = {"in_progress": ["agreed", "in_progress"], "completed": ["agreed", "in_progress",
             "completed"]}.get(status, [])  # fmt: skip
    previous = "draft"
    for number, step in enumerate(steps, 1):
        at = created + timedelta(days=number)
        session.execute(
            insert(PlanChange),
            [{"plan_id": plan_id, "what": "status", "old_value": json_text(previous),
              "new_value": json_text(step), "reason": "", "at": at, "actor": "Bench"}],
        )  # fmt: skip
        previous = step
    return plan_id, treatment_id


def seed(practice: Practice, client_id: int, count: int) -> None:
    """The benchmark client's long file, in one transaction (see the module docstring)."""
    now = datetime.now(UTC).replace(microsecond=0)
    today = local_day(now)
    with practice.writing() as session:
        batches = {}
        for family in FAMILIES:
            product_id = session.execute(
                insert(Product).returning(Product.id),
                [{"name": f"Bench {family}", "family": family, "unit": "ml"}],
            ).scalar_one()
            batches[family] = session.execute(
                insert(ProductBatch).returning(ProductBatch.id),
                [{"product_id": product_id, "lot": f"LOT-{family[:4].upper()}-01",
                  "expires_on": today + timedelta(days=3650)}],
            ).scalar_one()  # fmt: skip
        _, done_treatment = _plan(
            session,
            client_id,
            "microneedling",
            6,
            today - timedelta(days=5 * count + 5),
            "completed",
        )
        _, ongoing = _plan(
            session, client_id, "laser_ipl", 8, today - timedelta(days=150), "in_progress"
        )
        _plan(session, client_id, "chemical_peel", 3, None, "draft")
        for number in range(4):
            at = now - timedelta(days=1450 - 400 * number)
            consultation_id = session.execute(
                insert(Consultation).returning(Consultation.id),
                [{"client_id": client_id, "status": "final", "practitioner": "Bench",
                  "answers": json_text({"reason": "Acne scars and dull skin",
                                        "considered": list(FAMILIES[:2]), "data_consent": True,
                                        "photo_consent": ["clinical"]}),
                  "created_at": at, "updated_at": at, "finalised_at": at}],
            ).scalar_one()  # fmt: skip
            if number == 1:
                session.execute(
                    insert(ConsultationAmendment),
                    [{"consultation_id": consultation_id, "field": field, "old_value": old,
                      "new_value": new, "reason": "Corrected with the client", "actor": "Bench",
                      "at": at + timedelta(days=2)}
                     for field, old, new in (("goals", '""', '"Smoother skin"'),
                                             ("photo_consent", '["clinical"]',
                                              '["clinical", "teaching"]'))],
                )  # fmt: skip
        rows = []
        for n in range(count):
            at = now - timedelta(days=5 * (count - n), hours=n % 7)
            # The first six were the completed plan's, the last five are the ongoing one's.
            family, linked = FAMILIES[n % len(FAMILIES)], None
            if n < 6:
                family, linked = "microneedling", done_treatment
            elif n >= count - 5:
                family, linked = "laser_ipl", ongoing
            rows.append(
                {"client_id": client_id, "plan_treatment_id": linked, "family": family,
                 "performed_at": at, "practitioner": "Bench", "status": "draft",
                 "notes": json_text({"areas": ["face", "neck"], "observations": "Even"}),
                 "created_at": at, "updated_at": at}
            )  # fmt: skip
        ids = (
            session.execute(
                insert(TreatmentSession).returning(
                    TreatmentSession.id, sort_by_parameter_order=True
                ),
                rows,
            )
            .scalars()
            .all()
        )
        products, amendments, events = [], [], []
        for n, (session_id, row) in enumerate(zip(ids, rows, strict=True)):
            for position, quantity in enumerate((Decimal("1.5"), Decimal(2))):
                products.append(
                    {"session_id": session_id, "batch_id": batches[row["family"]],
                     "quantity": quantity, "unit": "ml", "area": "forehead", "position": position}
                )  # fmt: skip
            if n % 10 == 0:
                amendments.append(
                    {"session_id": session_id, "field": "observations", "old_value": '"Even"',
                     "new_value": '"Mild redness"', "reason": "Written after the session",
                     "at": row["performed_at"] + timedelta(days=1), "actor": "Bench"}
                )  # fmt: skip
            if n % 15 == 0:
                events.append(
                    {"session_id": session_id, "severity": ("mild", "moderate", "severe")[n % 3],
                     "description": "Swelling", "recorded_at": row["performed_at"]
                     + timedelta(hours=4), "actor": "Bench"}
                )  # fmt: skip
        session.execute(insert(SessionProduct), products)
        # Signed off only now: the products of a final session cannot be added.
        session.execute(
            update(TreatmentSession)
            .where(TreatmentSession.id.in_(ids))
            .values(status="final", signed_off_at=TreatmentSession.performed_at)
        )
        session.execute(insert(SessionAmendment), amendments)
        session.execute(insert(AdverseEvent), events)
        session.execute(
            insert(PatchTest),
            [{"client_id": client_id, "family": "lash_brow_tint", "product": "Tint",
              "applied_at": now - timedelta(days=d), "read_at": now - timedelta(days=d - 2),
              "result": "negative", "recorded_by": "Bench"} for d in (900, 500, 100)],
        )  # fmt: skip
        audit.record(
            session,
            "benchmark_seed",
            client_id=client_id,
            detail={"sessions": count, "amendments": len(amendments), "events": len(events)},
        )


def recorded_statements(practice: Practice, client_id: int) -> list[tuple[str, Any]]:
    """The statements one `client_timeline` call sends, with their parameters."""
    sent: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        if not statement.startswith("BEGIN"):
            sent.append((statement, parameters))

    event.listen(practice.engine, "before_cursor_execute", keep)
    try:
        timeline.client_timeline(practice, client_id=client_id)
    finally:
        event.remove(practice.engine, "before_cursor_execute", keep)
    return sent


def measure_gui(practice: Practice, client_id: int, texts: int) -> dict[str, Timing]:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QApplication, QListView

    from clinicdesk.ui.i18n import Translators
    from clinicdesk.ui.practice_handle import PracticeHandle
    from clinicdesk.ui.timeline_tab import TimelineTab

    app = QApplication.instance() or QApplication([])
    Translators().install("en")
    handle = PracticeHandle()
    handle.set(practice)
    record = clients.open_client(practice, client_id=client_id)
    tab = TimelineTab(handle)
    tab.resize(1100, 800)
    tab.show()
    app.processEvents()
    plain_model = QStringListModel()
    plain = QListView()
    plain.setModel(plain_model)
    plain.resize(tab.view.size())
    plain.show()
    lines = [f"line {n}" for n in range(texts)]
    timings = {name: Timing(name, []) for name in ("open", "fill", "paint", "bare_list")}

    def open_tab() -> None:
        tab.clear()
        app.processEvents()
        started = clock.perf_counter()
        tab.show_client(record)  # in view: reads and fills at once
        filled = clock.perf_counter()
        tab.view.grab()
        painted = clock.perf_counter()
        timings["open"].samples_ms.append((painted - started) * 1000)
        timings["fill"].samples_ms.append((filled - started) * 1000)
        timings["paint"].samples_ms.append((painted - filled) * 1000)

    def bare_list() -> None:
        plain_model.setStringList(lines)
        plain.grab()

    for _ in range(3):  # warm
        open_tab()
        bare_list()
    for timing in timings.values():
        timing.samples_ms.clear()
    for _ in range(RUNS):
        open_tab()
        timings["bare_list"].samples_ms.append(time_ms(bare_list))
    assert tab.model.rowCount() == texts
    tab.clear()
    tab.close()
    plain.close()
    return timings


def run(folder: Path, count: int, sessions: int) -> dict[str, object]:
    practice, demo_seconds = ensure_practice(folder, count)
    with practice:
        client_id, existing = _client_id(practice)
        seed_seconds = None
        if not existing:  # a vault seeded before is reused as it is
            started = clock.perf_counter()
            seed(practice, client_id, sessions)
            seed_seconds = clock.perf_counter() - started
        found = timeline.client_timeline(practice, client_id=client_id)
        statements = recorded_statements(practice, client_id)
        conn = open_keyed_connection(folder / "clinicdesk.db", practice._data_key)

        def bare_reads() -> int:
            conn.execute("BEGIN")
            fetched = sum(len(conn.execute(sql, params).fetchall()) for sql, params in statements)
            conn.execute("COMMIT")
            return fetched

        for _ in range(3):  # warm both caches the same way
            timeline.client_timeline(practice, client_id=client_id)
            bare_reads()
        service = Timing(
            "service",
            [time_ms(lambda: timeline.client_timeline(practice, client_id=client_id))
             for _ in range(RUNS)],
        )  # fmt: skip
        bare = Timing("bare", [time_ms(bare_reads) for _ in range(RUNS)])
        rows = bare_reads()
        conn.close()
        gui = measure_gui(practice, client_id, len(found.items))
        with practice.reading() as session:
            total = session.scalar(select(func.count()).select_from(Client))
    kinds: dict[str, int] = {}
    for item in found.items:
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
    bare_open = bare.median + gui["bare_list"].median
    return {
        "clients": total,
        "demo_seconds": demo_seconds,
        "seed_seconds": seed_seconds,
        "timeline_items": len(found.items),
        **{f"items_{kind}": n for kind, n in sorted(kinds.items())},
        "statements": len(statements),
        "rows_fetched": rows,
        "service_median_ms": service.median,
        "service_p95_ms": service.p95,
        "bare_sql_median_ms": bare.median,
        "fill_median_ms": gui["fill"].median,
        "paint_median_ms": gui["paint"].median,
        "timeline_open_median_ms": gui["open"].median,
        "timeline_open_p95_ms": gui["open"].p95,
        "bare_list_paint_median_ms": gui["bare_list"].median,
        "bare_open_median_ms": bare_open,
        "service_ratio": service.median / max(bare.median, 1e-6),
        "open_ratio": gui["open"].median / max(bare_open, 1e-6),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--sessions", type=int, default=300)
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse or keep this vault")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clinicdesk-bench-") as scratch:
        folder = args.data_dir or Path(scratch) / "vault"
        result = run(folder, args.clients, args.sessions)
    for key, value in result.items():
        print(f"{key:>26}: {value:.2f}" if isinstance(value, float) else f"{key:>26}: {value}")


if __name__ == "__main__":
    main()
