"""The encrypted engine, its pragmas, the pool across threads, migrations, damage."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import Integer, create_engine, insert, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from tests.conftest import PASSPHRASE

from clinicdesk.db import engine as engine_module
from clinicdesk.db import migrate
from clinicdesk.db.base import UTCDateTime, money_column
from clinicdesk.db.models import TreatmentDays, TreatmentSession
from clinicdesk.errors import PracticeLocked, SchemaTooNew, VaultDamaged, WrongSecret
from clinicdesk.rules.money import Money
from clinicdesk.services import clients, plans, screening, session_changes
from clinicdesk.services import sessions as sessions_service
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.practice import open_practice
from clinicdesk.services.sessions import local_day


def test_pragmas_chosen_for_durability_and_secrecy(practice):
    with practice.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("temp_store") == 2  # MEMORY
        assert pragma("cipher_version").startswith("4.")
        assert pragma("cache_size") == -engine_module.CACHE_SIZE_KIB


def test_database_file_is_encrypted(practice, data_dir):
    header = (data_dir / "clinicdesk.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_opening_without_the_key_fails(practice, data_dir):
    plain = sqlcipher3.connect(str(data_dir / "clinicdesk.db"))
    with pytest.raises(sqlcipher3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()


def test_worker_threads_reuse_keyed_connections(practice, monkeypatch):
    opened = []
    real = engine_module.open_keyed_connection

    def counting(path, key):
        opened.append(threading.get_ident())
        return real(path, key)

    monkeypatch.setattr(engine_module, "open_keyed_connection", counting)
    errors = []

    def work():
        try:
            with practice.reading() as session:
                session.execute(text("SELECT count(*) FROM clients")).scalar()
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    for _ in range(20):
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    assert errors == []
    assert opened == []  # the pool's keyed connection was handed over, not a new one


def test_writers_in_parallel_threads_keep_the_audit_chain_whole(practice):
    from clinicdesk.services import audit
    from clinicdesk.services.integrity import verify

    entries_before = verify(practice).audit_entries

    def write(n):
        for _ in range(10):
            with practice.writing() as session:
                audit.record(session, "test", detail={"worker": n})

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = verify(practice)
    assert report.ok, report.problems
    assert report.audit_entries == entries_before + 40


def test_a_locked_practice_cannot_reopen_the_database(new_practice):
    practice, _ = new_practice
    lock = practice.suspend()
    with pytest.raises(PracticeLocked), practice.reading():
        pass
    assert practice.engine.pool.checkedout() == 0
    lock.release()


def test_utc_datetime_refuses_naive_and_converts_to_utc():
    class Base(DeclarativeBase):
        pass

    class Thing(Base):
        __tablename__ = "thing"
        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        at: Mapped[datetime] = mapped_column(UTCDateTime)
        price = money_column("price")

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    paris = timezone(timedelta(hours=1))
    with Session(engine) as session:
        session.add(
            Thing(at=datetime(2026, 3, 1, 10, 30, tzinfo=paris), price=Money("PLN", 12_345))
        )
        session.commit()
        stored = session.scalars(select(Thing)).one()
        assert stored.at == datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
        assert stored.at.tzinfo is UTC
        assert stored.price == Money("PLN", 12_345)
        session.add(Thing(at=datetime(2026, 3, 1, 10, 30), price=Money("EUR", 1)))
        with pytest.raises(Exception, match="naive datetime"):
            session.commit()


def test_money_refuses_floats_and_mixed_currencies():
    with pytest.raises(TypeError):
        Money("EUR", 12.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money("EUR", 100) + Money("PLN", 100)
    with pytest.raises(ValueError):
        Money("euro", 100)
    assert Money("EUR", 150) + Money("EUR", 250) == Money("EUR", 400)


def test_database_newer_than_the_app_is_refused_untouched(new_practice, data_dir):
    practice, _ = new_practice
    with practice.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00dcafe'")
    practice.close()
    before = (data_dir / "clinicdesk.db").read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version"):
        open_practice(data_dir, passphrase=PASSPHRASE)
    assert (data_dir / "clinicdesk.db").read_bytes() == before


def test_upgrade_starts_only_after_a_verified_copy(new_practice, data_dir, monkeypatch):
    practice, _ = new_practice
    ran = []
    import alembic.command

    monkeypatch.setattr(migrate, "pending", lambda engine: True)
    monkeypatch.setattr(alembic.command, "upgrade", lambda config, rev: ran.append(rev))
    key = practice._data_key
    copy = migrate.upgrade(practice.engine, data_dir / "clinicdesk.db", key, data_dir / "copies")
    assert ran == ["head"]
    assert copy is not None and copy.exists()
    conn = engine_module.open_keyed_connection(copy, key)
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] >= 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_upgrade_copies_are_pruned(new_practice, data_dir, monkeypatch):
    practice, _ = new_practice
    folder = data_dir / "copies"
    folder.mkdir()
    for stamp in ("20200101T000000Z", "20210101T000000Z", "20220101T000000Z"):
        (folder / f"clinicdesk-before-upgrade-{stamp}.db").write_bytes(b"old")
    migrate.take_verified_copy(data_dir / "clinicdesk.db", practice._data_key, folder)
    assert len(list(folder.glob("*.db"))) == migrate.UPGRADE_COPIES_KEPT


def _overwrite(path: Path, offset: int, length: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(b"\xa5" * length)


def test_damaged_first_page_is_damage_not_a_wrong_passphrase(new_practice, data_dir):
    new_practice[0].close()
    database = data_dir / "clinicdesk.db"
    _overwrite(database, 100, 400)
    size = database.stat().st_size
    with pytest.raises(VaultDamaged, match="Restore the data folder"):
        open_practice(data_dir, passphrase=PASSPHRASE)
    assert database.exists() and database.stat().st_size == size


def test_damaged_later_page_is_found_by_verify(new_practice, data_dir):
    from clinicdesk.services import clients
    from clinicdesk.services.client_fields import ClientFields
    from clinicdesk.services.integrity import verify

    practice, _ = new_practice
    clients.create_clients_bulk(
        practice,
        items=[ClientFields(given_name=f"Anna{i}", family_name="Nowak") for i in range(2000)],
        source="test",
    )
    practice.close()
    database = data_dir / "clinicdesk.db"
    pages = database.stat().st_size // 4096
    _overwrite(database, (pages - 2) * 4096 + 1000, 64)
    try:
        reopened = open_practice(data_dir, passphrase=PASSPHRASE)
    except VaultDamaged:
        return  # the damage was hit while unlocking: also reported as damage
    with reopened:
        report = verify(reopened)
    assert not report.ok


def test_a_file_that_is_not_ours(new_practice, data_dir):
    new_practice[0].close()
    (data_dir / "clinicdesk.db").write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 100)
    with pytest.raises(VaultDamaged) as caught:
        open_practice(data_dir, passphrase=PASSPHRASE)
    assert not isinstance(caught.value, WrongSecret)
    assert (data_dir / "clinicdesk.db").exists()


def test_missing_database_is_not_recreated(new_practice, data_dir):
    new_practice[0].close()
    for suffix in ("", "-wal", "-shm"):
        (data_dir / f"clinicdesk.db{suffix}").unlink(missing_ok=True)
    with pytest.raises(VaultDamaged, match="missing"):
        open_practice(data_dir, passphrase=PASSPHRASE)
    assert not (data_dir / "clinicdesk.db").exists()


def test_revisions_read_from_file_names_agree_with_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    in_order = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert migrate.known_revisions() == in_order
    assert script.get_heads() == [migrate.head_revision()]


def test_migrations_build_exactly_the_schema_the_models_declare(practice):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from clinicdesk.db.base import Base

    with practice.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [
            d
            for d in compare_metadata(context, Base.metadata)
            # Tables Alembic cannot model: the FTS5 search index and its shadow tables.
            if not (d[0] == "remove_table" and d[1].name.startswith("client_search_"))
            and not (d[0] == "remove_table" and d[1].name == "client_search")
        ]
    assert differences == []


# -- treatment_days: each client's latest and previous treatment day per family ----------


def _alembic(practice, command_name: str, revision: str) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    with practice.engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, command_name)(config, revision)


def _treatment_days(practice) -> dict[tuple[int, str], tuple[date, date | None]]:
    with practice.reading() as session:
        rows = session.execute(
            select(
                TreatmentDays.client_id,
                TreatmentDays.family,
                TreatmentDays.latest_on,
                TreatmentDays.previous_on,
            )
        )
        return {
            (client_id, family): (latest, previous) for client_id, family, latest, previous in rows
        }


def _days_of_signed_off_sessions(practice) -> dict[tuple[int, str], tuple[date, date | None]]:
    """What treatment_days must hold, worked out in Python from the sessions."""
    with practice.reading() as session:
        rows = session.execute(
            select(
                TreatmentSession.client_id, TreatmentSession.family, TreatmentSession.performed_at
            ).where(TreatmentSession.status == "final")
        ).all()
    days: dict[tuple[int, str], set[date]] = {}
    for client_id, family, at in rows:
        days.setdefault((client_id, family), set()).add(local_day(at))
    return {
        key: (max(found), max(found - {max(found)}, default=None)) for key, found in days.items()
    }


def _local(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def _session_row(client_id: int, family: str, at: datetime, status: str = "final") -> dict:
    return {
        "client_id": client_id,
        "family": family,
        "performed_at": at,
        "practitioner": "Test",
        "status": status,
        "notes": "{}",
        "created_at": at,
        "updated_at": at,
    }


def test_the_upgrade_fills_treatment_days_from_signed_off_sessions(practice):
    # GIVEN a vault at the revision before treatment_days, with sessions
    today = local_day(datetime.now(UTC))
    day = {n: today - timedelta(days=n) for n in (3, 10, 30, 50)}
    anna, ewa, ola = clients.create_clients_bulk(
        practice,
        items=[
            ClientFields(given_name=name, family_name="Test") for name in ("Anna", "Ewa", "Ola")
        ],
        source="test",
    )
    _alembic(practice, "downgrade", "0007")
    sessions = [
        _session_row(anna, "botulinum_toxin", _local(day[10], 9)),
        _session_row(anna, "botulinum_toxin", _local(day[10], 16)),  # the same day again
        _session_row(anna, "botulinum_toxin", _local(day[50], 12)),
        _session_row(anna, "botulinum_toxin", _local(day[30], 12)),
        _session_row(anna, "botulinum_toxin", _local(day[3], 12), status="draft"),
        _session_row(anna, "dermal_filler", _local(day[30], 12)),
        _session_row(ewa, "chemical_peel", _local(day[3], 12), status="draft"),
    ]
    with practice.writing() as session:
        session.execute(insert(TreatmentSession), sessions)

    # WHEN it is upgraded
    _alembic(practice, "upgrade", "head")

    # THEN each client and family has its latest and previous day of signed-off sessions;
    # drafts count for nothing, and neither does Ola, never treated
    assert _treatment_days(practice) == {
        (anna, "botulinum_toxin"): (day[10], day[30]),
        (anna, "dermal_filler"): (day[30], None),
    }
    assert ola not in {client_id for client_id, _ in _treatment_days(practice)}
    # and from then on a session inserted final counts at once, even by an INSERT OR IGNORE
    # (whose policy the triggers' own statements take)
    with practice.writing() as session:
        session.execute(
            insert(TreatmentSession), [_session_row(ewa, "chemical_peel", _local(day[3], 12))]
        )
        session.execute(
            insert(TreatmentSession).prefix_with("OR IGNORE"),
            [_session_row(anna, "botulinum_toxin", _local(day[3], 12))],
        )
    assert _treatment_days(practice)[ewa, "chemical_peel"] == (day[3], None)
    assert _treatment_days(practice)[anna, "botulinum_toxin"] == (day[3], day[10])
    assert _treatment_days(practice) == _days_of_signed_off_sessions(practice)


def _start(practice, client_id: int, family: str, at: datetime, **kwargs) -> int:
    record, found = sessions_service.start_session(
        practice, client_id=client_id, family=family, performed_at=at, **kwargs
    )
    # A client known only by name: the checks are let through, as after checking in person.
    for rule_id in found.needs_override():
        screening.override(
            practice,
            client_id=client_id,
            family=family,
            rule_id=rule_id,
            level="relative",
            reason="Checked in person before treating",
            context=record.context,
        )
    return record.id


def test_treatment_days_follow_sign_offs_and_erasure(practice):
    today = local_day(datetime.now(UTC))
    day = {n: today - timedelta(days=n) for n in (2, 10, 40, 60)}
    anna, ewa = clients.create_clients_bulk(
        practice,
        items=[ClientFields(given_name=name, family_name="Test") for name in ("Anna", "Ewa")],
        source="test",
    )
    plan = plans.create_plan(
        practice, client_id=anna, treatments=[plans.PlannedTreatment("microneedling")]
    )

    def sign(client_id, family, at, **kwargs):
        session_id = _start(practice, client_id, family, at, **kwargs)
        session_changes.sign_off(practice, session_id=session_id)

    def anna_days():
        assert _treatment_days(practice) == _days_of_signed_off_sessions(practice)
        return _treatment_days(practice).get((anna, "microneedling"))

    # A draft is not a treatment
    draft = _start(practice, anna, "microneedling", _local(day[2], 12))
    assert anna_days() is None
    # The first signed-off session, counted towards a plan
    sign(anna, "microneedling", _local(day[10], 9), plan_treatment_id=plan.treatments[0].id)
    assert anna_days() == (day[10], None)
    # Another the same day changes neither day
    sign(anna, "microneedling", _local(day[10], 17))
    assert anna_days() == (day[10], None)
    # Sessions done earlier and signed off later (backdated) become the previous day, the
    # later of them
    sign(anna, "microneedling", _local(day[60], 12))
    assert anna_days() == (day[10], day[60])
    sign(anna, "microneedling", _local(day[40], 12))
    assert anna_days() == (day[10], day[40])
    # The draft signed off at last is the newest
    session_changes.sign_off(practice, session_id=draft)
    assert anna_days() == (day[2], day[10])
    # Removing the plan treatment empties the session's link, nothing else
    with practice.writing() as session:
        session.execute(text("DELETE FROM plan_treatments WHERE plan_id = :id"), {"id": plan.id})
    assert anna_days() == (day[2], day[10])
    # Another family and another client have rows of their own
    sign(anna, "facial", _local(day[40], 12))
    sign(ewa, "microneedling", _local(day[60], 12))
    assert _treatment_days(practice)[anna, "facial"] == (day[40], None)
    assert _treatment_days(practice)[ewa, "microneedling"] == (day[60], None)

    # Erasing a client (the client row first, then their sessions) takes their rows
    with practice.writing() as session:
        session.execute(text("DELETE FROM clients WHERE id = :id"), {"id": anna})
    assert _treatment_days(practice) == {(ewa, "microneedling"): (day[60], None)}
