"""The audit chain: append-only, tamper-evident, and anchored outside the database."""

from __future__ import annotations

import itertools
import shutil

import pytest
from sqlalchemy import select, text
from tests.conftest import PASSPHRASE

from clinicdesk.db.models import AuditEntry
from clinicdesk.errors import VaultDamaged
from clinicdesk.services import audit, clients
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.integrity import verify
from clinicdesk.services.practice import open_practice


def _add(practice, n, name="Anna"):
    for i in range(n):
        clients.create_client(practice, data=ClientFields(given_name=f"{name}{i}", family_name="N"))


def test_database_refuses_to_update_or_delete_audit_rows(practice):
    _add(practice, 1)
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), practice.writing() as session:
            session.execute(text(statement))


def test_altered_entry_is_named_by_verify(practice):
    _add(practice, 5)
    with practice.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET actor = 'Mallory' WHERE seq = 3")
    report = verify(practice)
    assert "audit chain broken at entry 3" in report.problems


def test_removed_last_entries_are_caught_by_the_head(practice):
    _add(practice, 5)
    with practice.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        conn.exec_driver_sql("DELETE FROM audit_log WHERE seq > 3")
    report = verify(practice)
    assert report.problems and "older copy" in report.problems[0]


def test_database_swapped_for_an_older_copy_is_refused_at_unlock(new_practice, data_dir, tmp_path):
    practice, _ = new_practice
    _add(practice, 3)
    practice.close()
    shutil.copy(data_dir / "clinicdesk.db", tmp_path / "old.db")
    with open_practice(data_dir, passphrase=PASSPHRASE) as reopened:
        _add(reopened, 3, name="Later")
    for suffix in ("-wal", "-shm"):
        (data_dir / f"clinicdesk.db{suffix}").unlink(missing_ok=True)
    shutil.copy(tmp_path / "old.db", data_dir / "clinicdesk.db")
    with pytest.raises(VaultDamaged, match="older copy"):
        open_practice(data_dir, passphrase=PASSPHRASE)
    assert (data_dir / "clinicdesk.db").exists()


def test_database_ahead_of_the_header_after_a_crash_is_accepted(new_practice, data_dir):
    practice, _ = new_practice
    _add(practice, 2)
    head_before_crash = practice.vault.audit_head
    # A kill between commit and header update: the database has entries the header lacks.
    with practice._session(practice._writer) as session, session.begin():
        audit.record(session, "view", entity_type="client", entity_id=1, client_id=1)
    assert practice.vault.audit_head == head_before_crash
    practice.close()
    with open_practice(data_dir, passphrase=PASSPHRASE) as reopened:
        report = verify(reopened)
        assert report.ok, report.problems
        assert reopened.vault.audit_head[0] > head_before_crash[0]


def test_unlock_and_failed_unlocks_are_audited(new_practice, data_dir):
    from clinicdesk.errors import WrongSecret

    new_practice[0].close()
    for _ in range(2):
        with pytest.raises(WrongSecret):
            open_practice(data_dir, passphrase="wrong passphrase")
    with open_practice(data_dir, passphrase=PASSPHRASE) as practice, practice.reading() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert actions[-3:] == ["failed_unlock", "failed_unlock", "unlock"]


def test_every_entry_is_chained_to_the_one_before(practice):
    _add(practice, 4)
    with practice.reading() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    assert entries[0].prev_hash == audit.GENESIS
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash
        assert after.seq == before.seq + 1
    assert practice.vault.audit_head == (entries[-1].seq, entries[-1].hash)
