"""The capture checklist of a session: each view its treatment asks for, with the photos it
already has, those this import is about to add, and the views still missing marked, so
every session is photographed the same way and before/after pairs line up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from clinicdesk.rules.photo_views import ViewCount
from clinicdesk.ui.photos_tab_names import view_name

MISSING_COLOUR, TAKEN_COLOUR = "#b00020", "#1e6b34"


class CaptureChecklist(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; margin-top: 6px;")
        self.views = QListWidget()
        self.views.setObjectName("captureChecklist")
        self.views.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.views.setMaximumHeight(120)
        self.missing = QLabel()
        self.missing.setObjectName("captureMissing")
        self.missing.setWordWrap(True)
        self.missing_views: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.views)
        layout.addWidget(self.missing)
        self.title.setText(self.tr("Views this treatment asks for"))

    def show_counts(self, counts: Sequence[ViewCount], picked: str, adding: int) -> None:
        """The session's `counts`, with `adding` photos of the `picked` view counted in."""
        self.title.setText(self.tr("Views this treatment asks for"))
        self.views.clear()
        by_view = {count.view: count for count in counts}
        views = list(by_view) + ([picked] if picked and adding and picked not in by_view else [])
        self.missing_views = []
        for view in views:
            count = by_view.get(view)
            taken = count.taken if count else 0
            now = adding if view == picked else 0
            if count is not None and count.expected and taken + now == 0:
                self.missing_views.append(view)
                item = QListWidgetItem(self.tr("✗ %1: missing").replace("%1", view_name(view)))
                item.setForeground(QColor(MISSING_COLOUR))
            else:
                text = self.tr("%n photo(s)", "", taken)
                if now:
                    text += " " + self.tr("+ %n in this import", "", now)
                item = QListWidgetItem(f"✓ {view_name(view)}: {text}")
                item.setForeground(QColor(TAKEN_COLOUR))
            item.setData(Qt.ItemDataRole.UserRole, view)
            self.views.addItem(item)
        if not by_view:
            self.missing.setText(self.tr("This treatment asks for no particular views."))
        elif self.missing_views:
            self.missing.setText(
                self.tr("Still missing: %1").replace(
                    "%1", ", ".join(view_name(v) for v in self.missing_views)
                )
            )
        else:
            self.missing.setText(self.tr("Every view this treatment asks for is there."))
        colour = MISSING_COLOUR if self.missing_views else TAKEN_COLOUR
        self.missing.setStyleSheet(f"color: {colour};")
        self.views.setVisible(bool(views))
