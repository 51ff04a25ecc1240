"""Photos' areas and views put into one line, as the comparison viewer and the timeline say
them: one area and view ("Face, Left 45°"), or a set of photos by area with their views
("Face: Front, Left 45° · Neck: Front"). The names themselves are photos_tab_names', the
same everywhere photos are shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from clinicdesk.rules.photo_views import AREAS, VIEWS
from clinicdesk.ui.photos_tab_names import area_name, view_name


def series_name(area: str, view: str) -> str:
    """One area and view: "Face, Left 45°"."""
    return (
        QCoreApplication.translate("PhotoNames", "%1, %2")
        .replace("%1", area_name(area))
        .replace("%2", view_name(view))
    )


def views_in_words(pairs: Iterable[tuple[str, str]]) -> str:
    """Areas with their views, each once, in the order of the rules' lists."""
    by_area: dict[str, set[str]] = {}
    for area, view in pairs:
        by_area.setdefault(area, set()).add(view)
    parts = []
    for area in sorted(by_area, key=lambda a: AREAS.index(a) if a in AREAS else len(AREAS)):
        views = ", ".join(view_name(v) for v in VIEWS if v in by_area[area])
        parts.append(
            QCoreApplication.translate("PhotoNames", "%1: %2")
            .replace("%1", area_name(area))
            .replace("%2", views)
        )
    return " · ".join(parts)
