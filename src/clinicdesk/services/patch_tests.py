"""Recording patch tests: applied (product, batch, site, time), then read (result, time)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from clinicdesk.db.models import PatchTest
from clinicdesk.db.models.history import PRODUCT_MAX
from clinicdesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from clinicdesk.rules.patch_tests import RESULTS
from clinicdesk.services import audit
from clinicdesk.services.catalogue import require_family
from clinicdesk.services.clients import require_client
from clinicdesk.services.practice import Practice


@dataclass(frozen=True)
class PatchTestRow:
    id: int
    family: str
    product: str
    batch: str
    site: str
    applied_at: datetime
    read_at: datetime | None
    result: str | None
    notes: str


def _row(t: PatchTest) -> PatchTestRow:
    return PatchTestRow(
        t.id, t.family, t.product, t.batch, t.site, t.applied_at, t.read_at, t.result, t.notes
    )


def record_applied(
    practice: Practice,
    *,
    client_id: int,
    family: str,
    product: str,
    batch: str = "",
    site: str = "",
    applied_at: datetime,
    notes: str = "",
) -> PatchTestRow:
    product = product.strip()
    if not product or len(product) > PRODUCT_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ClinicDeskError", "Name the product that was tested."),
            field="product",
        )
    if applied_at > datetime.now(UTC):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "A patch test cannot be recorded before it is applied."
            ),
            field="applied_at",
        )
    with practice.writing() as session:
        require_client(session, client_id)
        require_family(session, family)
        row = PatchTest(
            client_id=client_id,
            family=family,
            product=product,
            batch=batch.strip(),
            site=site.strip(),
            applied_at=applied_at,
            notes=notes.strip(),
            recorded_by=practice.actor,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            "patch_test_applied",
            entity_type="patch_test",
            entity_id=row.id,
            client_id=client_id,
            detail={"family": family},
        )
        return _row(row)


def record_result(
    practice: Practice, *, test_id: int, result: str, read_at: datetime
) -> PatchTestRow:
    if result not in RESULTS:
        raise ValueError(f"unknown patch-test result {result!r}")
    with practice.writing() as session:
        row = session.get(PatchTest, test_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("ClinicDeskError", "This patch test no longer exists.")
            )
        if read_at < row.applied_at or read_at > datetime.now(UTC):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ClinicDeskError",
                    "The reading time must be after the test was applied and not in the future.",
                ),
                field="read_at",
            )
        row.result, row.read_at = result, read_at
        audit.record(
            session,
            "patch_test_read",
            entity_type="patch_test",
            entity_id=row.id,
            client_id=row.client_id,
            detail={"family": row.family},
        )
        return _row(row)


def patch_tests(practice: Practice, *, client_id: int) -> list[PatchTestRow]:
    with practice.reading() as session:
        rows = session.scalars(
            select(PatchTest)
            .where(PatchTest.client_id == client_id)
            .order_by(PatchTest.applied_at.desc())
        )
        return [_row(t) for t in rows]
