"""A product recall: every client who received a batch, to call them, print or export.

The lot is matched as printed on the box, ignoring case and spaces around it; draft
sessions count too (the product was used either way). The CSV is text for the caller to
save where the practitioner chooses; cells that a spreadsheet would run as a formula are
quoted so a phone number like +48… stays text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from clinicdesk.db.models import (
    Client,
    Product,
    ProductBatch,
    SessionAmendment,
    SessionProduct,
    TreatmentSession,
)
from clinicdesk.errors import QT_TRANSLATE_NOOP, ValidationError
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.practice import Practice
from clinicdesk.services.sessions import quantity_text


@dataclass(frozen=True)
class BatchUse:
    """A client who received a batch, in a session (a draft too: the product was used)."""

    client_id: int
    client_name: str
    phone: str | None
    session_id: int
    performed_at: datetime
    product_name: str
    lot: str
    quantity: Decimal
    unit: str
    final: bool


def batch_recipients(
    practice: Practice, *, lot: str, product_id: int | None = None
) -> list[BatchUse]:
    """Every use of the batch numbered `lot` (exactly, ignoring case and surrounding
    spaces), of one product or of any, oldest first, as the sessions now stand (a
    correction of a session's products by amendment counts)."""
    wanted = lot.strip().casefold()
    if not wanted:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ClinicDeskError", "Type the batch (lot) number as printed on the box."
            ),
            field="lot",
        )
    query = select(ProductBatch.id, ProductBatch.lot, Product.name).join(
        Product, Product.id == ProductBatch.product_id
    )
    if product_id is not None:
        query = query.where(ProductBatch.product_id == product_id)
    with practice.reading() as session:
        batches = {
            batch_id: (batch_lot, name)
            for batch_id, batch_lot, name in session.execute(query)
            if batch_lot.strip().casefold() == wanted
        }
        amended: dict[int, list[dict[str, Any]]] = {}
        for session_id, new_value in session.execute(
            select(SessionAmendment.session_id, SessionAmendment.new_value)
            .where(SessionAmendment.field == "products")
            .order_by(SessionAmendment.at, SessionAmendment.id)
        ):
            amended[session_id] = json.loads(new_value)  # the latest one wins
        lines: list[tuple[int, int, Decimal, str]] = [
            (session_id, batch_id, quantity, unit)
            for session_id, batch_id, quantity, unit in session.execute(
                select(
                    SessionProduct.session_id,
                    SessionProduct.batch_id,
                    SessionProduct.quantity,
                    SessionProduct.unit,
                ).where(SessionProduct.batch_id.in_(list(batches)))
            )
            if session_id not in amended
        ]
        lines += [
            (session_id, int(item["batch_id"]), Decimal(item["quantity"]), str(item["unit"]))
            for session_id, items in amended.items()
            for item in items
            if int(item["batch_id"]) in batches
        ]
        who = {
            row.id: row
            for row in session.execute(
                select(
                    TreatmentSession.id,
                    TreatmentSession.performed_at,
                    TreatmentSession.status,
                    Client.id.label("client_id"),
                    Client.given_name,
                    Client.family_name,
                    Client.phone,
                )
                .join(Client, Client.id == TreatmentSession.client_id)
                .where(TreatmentSession.id.in_({line[0] for line in lines}))
            )
        }
    uses = [
        BatchUse(
            client_id=s.client_id,
            client_name=full_name(s.given_name, s.family_name),
            phone=s.phone,
            session_id=session_id,
            performed_at=s.performed_at,
            product_name=batches[batch_id][1],
            lot=batches[batch_id][0],
            quantity=quantity,
            unit=unit,
            final=s.status == "final",
        )
        for session_id, batch_id, quantity, unit in lines
        for s in [who[session_id]]
    ]
    return sorted(uses, key=lambda u: (u.performed_at, u.session_id))


CSV_HEADERS = (
    "Date and time", "Client number", "Client", "Phone", "Session", "Product", "Batch",
    "Quantity", "Unit",
)  # fmt: skip
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str | None) -> str:
    """Text a spreadsheet will show as text, never run as a formula."""
    text = text or ""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def batch_recipients_csv(rows: Iterable[BatchUse], *, headers: Sequence[str] = CSV_HEADERS) -> str:
    """The recall list as CSV text (header row first, local 24-hour times), for the caller
    to save or print; `headers` lets the screen give them in the practitioner's language."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers)
    for use in rows:
        writer.writerow(
            [
                use.performed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                use.client_id,
                _cell(use.client_name),
                _cell(use.phone),
                use.session_id,
                _cell(use.product_name),
                _cell(use.lot),
                quantity_text(use.quantity),
                use.unit,
            ]
        )
    return out.getvalue()
