"""The timeline's rows: each item put into words once, and the rows the filters let through.

The model keeps every item of the client's timeline with its texts already made (a date
and time column, a title, a summary, a month heading), so turning a kind off or choosing
one plan only recomputes which rows show, without reading the database again. The
delegate paints what a row holds; it asks the model for one object per row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from clinicdesk.services.sessions import quantity_text
from clinicdesk.services.timeline import KINDS, TimelineItem
from clinicdesk.ui.code_names import severity_name
from clinicdesk.ui.consultation_documents import PHOTO_SCOPES, field_label
from clinicdesk.ui.consultation_documents import tr as consultation_tr
from clinicdesk.ui.formatting import format_date
from clinicdesk.ui.patch_test_texts import result_name
from clinicdesk.ui.photo_comparison_names import views_in_words
from clinicdesk.ui.plan_editor import CHANGE_NAMES, status_name
from clinicdesk.ui.plan_editor import tr as plan_tr
from clinicdesk.ui.products_editor import unit_name
from clinicdesk.ui.session_texts import field_name as session_field_name

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
ModelIndex = QModelIndex | QPersistentModelIndex

# (colour, marker shape) per kind; the shape tells kinds apart without colour.
KIND_MARKERS = {
    "planned": ("#52606d", "ring"),
    "consultation": ("#1d4f80", "square"),
    "consent": ("#0f766e", "hexagon"),
    "plan": ("#6b3fa0", "diamond"),
    "patch_test": ("#7a4b00", "triangle_down"),
    "session": ("#2f6b3a", "circle"),
    "photo": ("#0369a1", "camera"),
    "adverse_event": ("#c05621", "triangle"),
    "amendment": ("#9b2c6f", "star"),
}
# (marker and text colour, row background) per severity of an adverse event.
SEVERITY_COLOURS = {
    "mild": ("#b7791f", "#fffaeb"),
    "moderate": ("#c05621", "#fff1e6"),
    "severe": ("#b00020", "#fdecea"),
}
OVERDUE_COLOUR = "#b00020"
DRAFT_BACKGROUND = "#f5f7fa"


@dataclass(frozen=True)
class TimelineRow:
    """What one row shows, in the interface language."""

    item: TimelineItem
    day: date  # local
    date_text: str
    time_text: str  # empty for an item with only a day
    title: str
    summary: str
    colour: str
    shape: str
    hollow: bool  # a draft, or a session still to come
    background: str | None
    month: str = ""  # the month heading above the row, when it starts a month

    @property
    def text(self) -> str:
        when = f"{self.date_text} {self.time_text}".strip()
        return f"{when} — {self.title}" + (f" — {self.summary}" if self.summary else "")


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[TimelineRow] = []  # every item, newest first
        self.visible: list[TimelineRow] = []
        self.kinds: set[str] = set(KINDS)
        self.scope: tuple[str, Any] | None = None  # ("plan", id) or ("family", code)
        self._names: Mapping[str, str] = {}

    # -- filling --------------------------------------------------------------------

    def set_items(
        self,
        items: Sequence[TimelineItem],
        names: Mapping[str, str],
        kinds: set[str],
        scope: tuple[str, Any] | None,
    ) -> None:
        """Every item of the timeline (newest first), `names` the families' names, and the
        filter to show them through (see set_filter)."""
        self._names = names
        self.kinds, self.scope = set(kinds), scope
        self.rows = [self._row(item) for item in items]
        self._apply()

    def clear(self) -> None:
        self.rows = []
        self._names = {}
        self._apply()

    def set_filter(self, kinds: set[str], scope: tuple[str, Any] | None) -> None:
        """Show only these kinds, of one plan or treatment family (None: all)."""
        self.kinds, self.scope = set(kinds), scope
        self._apply()

    def _shows(self, item: TimelineItem) -> bool:
        if item.kind not in self.kinds:
            return False
        if self.scope is None:
            return True
        what, value = self.scope
        return item.plan_id == value if what == "plan" else item.concerns(value)

    def _apply(self) -> None:
        self.beginResetModel()
        self.visible = []
        month = None
        for row in self.rows:
            if not self._shows(row.item):
                continue
            starts = (row.day.year, row.day.month)
            heading = "" if starts == month else self._month_name(row.day)
            month = starts
            self.visible.append(row if row.month == heading else replace(row, month=heading))
        self.endResetModel()

    # -- Qt -------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.visible)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.visible):
            return None
        row = self.visible[index.row()]
        if role == ROW_ROLE:
            return row
        if role == ITEM_ROLE:
            return row.item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.summary}" if row.summary else row.title
        return None

    # -- words ----------------------------------------------------------------------

    def _family(self, code: str | None) -> str:
        return self._names.get(code, code) if code else ""

    def _families(self, codes: Sequence[str]) -> str:
        return ", ".join(self._family(code) for code in codes)

    @staticmethod
    def _month_name(day: date) -> str:
        locale = QLocale()
        return f"{locale.standaloneMonthName(day.month)} {day.year}"

    def _row(self, item: TimelineItem) -> TimelineRow:
        local = item.at.astimezone()
        colour, shape = KIND_MARKERS[item.kind]
        hollow = item.kind == "planned" or item.status == "draft"
        background = DRAFT_BACKGROUND if item.status == "draft" else None
        if item.kind == "adverse_event":
            colour, background = SEVERITY_COLOURS.get(item.status, (colour, None))
        elif item.status == "overdue":
            colour = OVERDUE_COLOUR
        title, summary = self._words(item)
        return TimelineRow(
            item=item,
            day=local.date(),
            date_text=format_date(local.date()),
            time_text="" if item.day_only else f"{local:%H:%M}",
            title=title,
            summary=summary,
            colour=colour,
            shape=shape,
            hollow=hollow,
            background=background,
        )

    def _words(self, item: TimelineItem) -> tuple[str, str]:
        """The title and the one-line summary of an item."""
        facts = item.facts
        family = self._family(item.family)
        if item.kind == "session":
            title = self.tr("Session: %1").replace("%1", family)
            if item.status == "draft":
                title += " · " + self.tr("draft, not signed off")
            return title, self._session_summary(facts)
        if item.kind == "photo":
            title = self.tr("Photos: %n", "", int(facts["count"]))
            views = views_in_words(facts.get("views", ()))
            return title, f"{family} · {views}" if family else views
        if item.kind == "adverse_event":
            title = (
                self.tr("Adverse event (%1): %2")
                .replace("%1", severity_name(item.status).lower())
                .replace("%2", family)
            )
            return title, str(facts.get("description", ""))
        if item.kind == "amendment":
            return self._amendment_words(item)
        if item.kind == "consultation":
            title = self.tr("Consultation")
            if item.status == "draft":
                title += " · " + self.tr("draft, not finished")
            parts = [str(facts.get("reason") or "")]
            if facts.get("families"):
                parts.append(
                    self.tr("Considered: %1").replace("%1", self._families(facts["families"]))
                )
            return title, " · ".join(p for p in parts if p)
        if item.kind == "consent":
            return self._consent_words(item)
        if item.kind == "plan":
            return self._plan_words(item)
        if item.kind == "planned":
            title = (
                self.tr("Planned: %1, session %2 of %3")
                .replace("%1", family)
                .replace("%2", str(facts["number"]))
                .replace("%3", str(facts["sessions"]))
            )
            summary = (
                self.tr("Overdue: not done yet")
                if item.status == "overdue"
                else self.tr("Plan %1").replace("%1", status_name(facts["plan_status"]).lower())
            )
            return title, summary
        if item.kind == "patch_test":
            title = self.tr("Patch test: %1").replace("%1", family)
            result = result_name(None if item.status == "not_read" else item.status)
            summary = f"{facts.get('product', '')} — {result}"
            if facts.get("read_at") is not None:
                summary += " · " + self.tr("read on %1").replace(
                    "%1", format_date(facts["read_at"].astimezone().date())
                )
            return title, summary
        return item.kind, ""

    def _session_summary(self, facts: Mapping[str, Any]) -> str:
        """Each batch once, with its total: seven toxin points of one lot read as one
        total over seven points, not seven repeats."""
        totals: dict[tuple[str, str, str], tuple[Decimal, int]] = {}
        for name, lot, quantity, unit in facts.get("products", ()):
            total, count = totals.get((name, lot, unit), (Decimal(0), 0))
            totals[(name, lot, unit)] = (total + Decimal(quantity), count + 1)
        parts = []
        for (name, lot, unit), (total, count) in totals.items():
            text = (
                self.tr("%1, lot %2, %3 %4")
                if count == 1
                else self.tr("%1, lot %2, %3 %4 over %n point(s)", "", count)
            )
            parts.append(
                text.replace("%1", name)
                .replace("%2", lot)
                .replace("%3", quantity_text(total))
                .replace("%4", unit_name(unit))
            )
        if facts.get("areas"):
            parts.append(", ".join(facts["areas"]))
        if facts.get("practitioner"):
            parts.append(self.tr("by %1").replace("%1", facts["practitioner"]))
        return " · ".join(parts)

    def _amendment_words(self, item: TimelineItem) -> tuple[str, str]:
        field = str(item.facts.get("field", ""))
        if item.opens == "session":
            title = self.tr("Session amended: %1").replace("%1", self._family(item.family))
            what = session_field_name(item.family or "", field)
        else:
            title = self.tr("Consultation amended")
            what = field_label(field) if field else ""
        reason = self.tr("Reason: %1").replace("%1", str(item.facts.get("reason", "")))
        return title, f"{what} · {reason}" if what else reason

    def _consent_words(self, item: TimelineItem) -> tuple[str, str]:
        scopes = ", ".join(
            consultation_tr(PHOTO_SCOPES[s]) for s in item.facts.get("photo", ())
        ) or self.tr("none")
        photos = self.tr("Photos: %1").replace("%1", scopes)
        if item.status == "changed":
            reason = self.tr("Reason: %1").replace("%1", str(item.facts.get("reason", "")))
            return self.tr("Photo consent changed"), f"{photos} · {reason}"
        data = (
            self.tr("Health data may be kept")
            if item.facts.get("data")
            else self.tr("No consent to keep health data")
        )
        return self.tr("Consent given"), f"{data} · {photos}"

    def _plan_words(self, item: TimelineItem) -> tuple[str, str]:
        facts = item.facts
        titles = {
            "created": self.tr("Plan drafted"),
            "agreed": self.tr("Plan agreed with the client"),
            "started": self.tr("Plan started"),
            "completed": self.tr("Plan completed"),
            "stopped": self.tr("Plan stopped"),
            "changed": self.tr("Plan changed"),
        }
        title = titles.get(item.status, item.status)
        treatments = self._families(facts.get("families", ())) or "—"
        reason = self.tr("Reason: %1").replace("%1", str(facts.get("reason") or ""))
        if item.status == "stopped":
            return title, f"{treatments} · {reason}"
        if item.status != "changed":
            return title, treatments
        what = facts.get("what", "")
        if what == "session":
            day = facts.get("planned_on")
            moved = (
                self.tr("%1, session %2 moved to %3")
                .replace("%1", self._family(facts.get("family")))
                .replace("%2", str(facts.get("number")))
                .replace("%3", format_date(day) if day else self.tr("no date"))
            )
            return title, f"{moved} · {reason}"
        changed = plan_tr(str(CHANGE_NAMES[what])) if what in CHANGE_NAMES else str(what)
        return title, f"{changed} · {reason}"
