"""Issue 7's figure: the Follow-ups list over a practice of N clients, against the bare
library doing the same work in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_follow_ups.py --clients 100000 [--data-dir DIR]

The demo vault has no sessions, so the first run seeds signed-off treatment sessions for
60% of the clients (1 to 6 each over three years, mostly of treatments with recall rules)
and contacts about a quarter of their recalls; later runs on the same vault reuse them.
The sessions are inserted final, so the database's triggers fill treatment_days (each
client's latest and previous day per family) as the app's sign-offs do.

Medians of several runs, warm:
- follow_ups: `due_follow_ups`, the list with every listed client's details;
- listed: `listed_recalls`, the list without them (what the screen reads);
- list: what the practitioner waits for on opening the screen: `refresh()` (the list, the
  model filled, the names of the rows in view) and the table repainted, offscreen;
- bare: the same SQL (`list_sql`) and the same names query on a raw sqlcipher3
  connection, without SQLAlchemy, dataclasses or Qt; bare_list: the SQL alone;
- rules_in_python: once, the same list from `rules.recalls.due_recalls` fed every
  session from Python, which must agree with the SQL.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time as clock
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import Timing, ensure_practice, time_ms
from sqlalchemy import func, insert, select

from clinicdesk.db.engine import open_keyed_connection
from clinicdesk.db.models import Client, RecallContact, TreatmentDays, TreatmentSession
from clinicdesk.rules import recalls
from clinicdesk.rules.codes import FAMILIES
from clinicdesk.services import audit, follow_ups
from clinicdesk.services.practice import Practice
from clinicdesk.services.sessions import local_day

RUNS = 7
TREATED_SHARE = 0.6
CONTACTED_SHARE = 0.25
CHUNK = 20_000


def seed(practice: Practice, *, seed: int = 7) -> int | None:
    """Signed-off sessions and contacts, once; how many sessions were added (None: the
    vault had sessions already)."""
    rng = random.Random(seed)
    rules = recalls.load_recalls()
    recalled = sorted({rule.family for rule in rules})
    others = sorted(FAMILIES - set(recalled))
    rules_of: dict[str, list[recalls.RecallRule]] = {}
    for rule in rules:
        rules_of.setdefault(rule.family, []).append(rule)
    now = datetime.now(UTC)
    with practice.writing() as session:
        if session.scalar(select(TreatmentSession.id).limit(1)) is not None:
            return None
        ids = session.scalars(select(Client.id).order_by(Client.id)).all()
        sessions: list[dict[str, object]] = []
        contacts: list[dict[str, object]] = []
        for client_id in ids:
            if rng.random() >= TREATED_SHARE:
                continue
            for _ in range(rng.randint(1, 6)):
                family = rng.choice(recalled if rng.random() < 0.85 else others)
                at = now - timedelta(days=rng.randint(0, 3 * 365), minutes=rng.randint(0, 600))
                sessions.append(
                    {
                        "client_id": client_id,
                        "family": family,
                        "performed_at": at,
                        "practitioner": "Bench",
                        "status": "final",
                        "signed_off_at": at,
                        "notes": "{}",
                        "created_at": at,
                        "updated_at": at,
                    }
                )
                if family in rules_of and rng.random() < CONTACTED_SHARE:
                    rule = rng.choice(rules_of[family])
                    contacted = at + timedelta(days=rule.after_days + rng.randint(-7, 20))
                    if at <= contacted <= now:
                        contacts.append(
                            {
                                "client_id": client_id,
                                "recall_id": rule.id,
                                "treated_on": local_day(at),
                                "contacted_at": contacted,
                                "outcome": rng.choice(recalls.OUTCOMES),
                                "note": "",
                                "actor": "Bench",
                            }
                        )
        for start in range(0, len(sessions), CHUNK):
            session.execute(insert(TreatmentSession), sessions[start : start + CHUNK])
        for start in range(0, len(contacts), CHUNK):
            session.execute(insert(RecallContact), contacts[start : start + CHUNK])
        audit.record(
            session,
            "benchmark_seed",
            detail={"sessions": len(sessions), "contacts": len(contacts)},
        )
    return len(sessions)


def bare_list(conn, today: date) -> list[tuple]:
    """The service's statement, on the raw connection (rules by their position in
    load_recalls())."""
    sql, params = follow_ups.list_sql(recalls.load_recalls(), today=today)
    return conn.execute(sql, params).fetchall()


def bare_follow_ups(conn, today: date) -> list[tuple]:
    """`due_follow_ups` without SQLAlchemy or dataclasses: the list, then every listed
    client's name and phone."""
    rows = bare_list(conn, today)
    ids = json.dumps(list(dict.fromkeys(row[0] for row in rows)))
    names = {
        row[0]: row
        for row in conn.execute(
            "SELECT id, given_name, family_name, preferred_name, phone, email,"
            " preferred_language FROM clients WHERE id IN (SELECT value FROM json_each(?))",
            [ids],
        )
    }
    return [(*row, names[row[0]]) for row in rows]


def by_the_rules(conn, today: date) -> list[tuple[int, str, str]]:
    """The same list from rules.recalls.due_recalls, fed every signed-off session and the
    contacts about each client's latest treatment: the design the rules module offers,
    and the check that the SQL says what the rules say."""
    on = date.fromisoformat
    treated = [
        recalls.Treated(client_id, family, on(day))
        for client_id, family, day in conn.execute(
            "SELECT client_id, family, date(performed_at, 'localtime')"
            " FROM treatment_sessions WHERE status = 'final'"
        )
    ]
    latest: dict[tuple[int, str], date] = {}
    for t in treated:
        key = (t.client_id, t.family)
        if t.on > latest.get(key, date.min):
            latest[key] = t.on
    rules = recalls.load_recalls()
    family_of = {rule.id: rule.family for rule in rules}
    contacts = [
        recalls.Contact(client_id, recall_id, max(on(day), on(treated_on)), outcome)
        for client_id, recall_id, treated_on, outcome, day in conn.execute(
            "SELECT client_id, recall_id, treated_on, outcome, date(contacted_at, 'localtime')"
            " FROM recall_contacts ORDER BY contacted_at, id"
        )
        if latest.get((client_id, family_of.get(recall_id, ""))) == on(treated_on)
    ]
    found = recalls.due_recalls(
        treated,
        contacts,
        today=today,
        rules=rules,
        overdue_for_at_most_days=follow_ups.DEFAULT_LAPSED_AFTER_DAYS,
    )
    return [(r.client_id, r.rule.id, r.status.value) for r in found]


def measure_list(practice: Practice) -> Timing:
    """The Follow-ups page refreshed and repainted, as on opening the screen."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from clinicdesk.ui.follow_ups_page import FollowUpsPage
    from clinicdesk.ui.i18n import Translators
    from clinicdesk.ui.practice_handle import PracticeHandle

    app = QApplication.instance() or QApplication([])
    Translators().install("en")
    handle = PracticeHandle()
    handle.set(practice)
    page = FollowUpsPage(handle)
    page.resize(1280, 800)
    page.show()
    app.processEvents()

    def open_list() -> None:
        # The list is read off the GUI thread: time it to the rows shown and painted.
        shown = QEventLoop()
        page.refreshed.connect(shown.quit)
        page.refresh()
        shown.exec()
        page.refreshed.disconnect(shown.quit)
        page.table.viewport().repaint()

    open_list()  # warm
    timing = Timing("list", [time_ms(open_list) for _ in range(RUNS)])
    page.clear()
    page.close()
    return timing


def run(folder: Path, count: int) -> dict[str, object]:
    practice, demo_seconds = ensure_practice(folder, count)
    with practice:
        started = clock.perf_counter()
        added = seed(practice)
        seed_seconds = clock.perf_counter() - started if added is not None else None
        today = local_day(datetime.now(UTC))
        conn = open_keyed_connection(folder / "clinicdesk.db", practice._data_key)
        rows = follow_ups.due_follow_ups(practice, today=today)  # and warms the cache
        listed = [(r.recall.client_id, r.recall.rule.id, r.recall.status.value) for r in rows]
        bare_rows = bare_follow_ups(conn, today)
        rule_ids = [rule.id for rule in recalls.load_recalls()]
        assert listed == [
            (row[0], rule_ids[row[1]], follow_ups.STATUSES[row[3]].value) for row in bare_rows
        ]
        started = clock.perf_counter()
        assert listed == by_the_rules(conn, today), "the SQL and the recall rules disagree"
        rules_ms = (clock.perf_counter() - started) * 1000
        timings = {
            "follow_ups": lambda: follow_ups.due_follow_ups(practice, today=today),
            "listed": lambda: follow_ups.listed_recalls(practice, today=today),
            "bare": lambda: bare_follow_ups(conn, today),
            "bare_list": lambda: bare_list(conn, today),
        }
        measured = {
            name: Timing(name, [time_ms(work) for _ in range(RUNS)])
            for name, work in timings.items()
        }
        conn.close()
        page = measure_list(practice)
        with practice.reading() as session:
            sessions = session.scalar(select(func.count()).select_from(TreatmentSession))
            contacts = session.scalar(select(func.count()).select_from(RecallContact))
            summaries = session.scalar(select(func.count()).select_from(TreatmentDays))
            total = session.scalar(select(func.count()).select_from(Client))
    statuses = [status for _, _, status in listed]
    return {
        "clients": total,
        "demo_seconds": demo_seconds,
        "seed_seconds": seed_seconds,
        "sessions": sessions,
        "contacts": contacts,
        "treatment_days": summaries,
        "listed": len(listed),
        "overdue": statuses.count("overdue"),
        "due": statuses.count("due"),
        "upcoming": statuses.count("upcoming"),
        "follow_ups_median_ms": measured["follow_ups"].median,
        "follow_ups_p95_ms": measured["follow_ups"].p95,
        "listed_median_ms": measured["listed"].median,
        "list_median_ms": page.median,
        "list_p95_ms": page.p95,
        "bare_median_ms": measured["bare"].median,
        "bare_list_median_ms": measured["bare_list"].median,
        "rules_in_python_ms": rules_ms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse or keep this vault")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="clinicdesk-bench-") as scratch:
        folder = args.data_dir or Path(scratch) / "vault"
        result = run(folder, args.clients)
    for key, value in result.items():
        print(f"{key:>22}: {value:.2f}" if isinstance(value, float) else f"{key:>22}: {value}")
    ratio = result["follow_ups_median_ms"] / max(result["bare_median_ms"], 1e-6)
    print(f"{'median ratio':>22}: {ratio:.2f}x the bare library")


if __name__ == "__main__":
    main()
