"""What happened to a session after it was written: its adverse events, each with its
severity in colour, and its corrections, each with the old and new value and the reason.

Read-only and kept beside the note, so whoever opens a signed-off session sees at once
that it was corrected and why, and what the client went through afterwards. Hidden while
there is nothing to show.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from clinicdesk.services.sessions import SessionRecord
from clinicdesk.ui.adverse_event_dialog import SEVERITY_COLOURS, severity_name
from clinicdesk.ui.formatting import format_datetime
from clinicdesk.ui.session_texts import field_name, value_text


class SessionHistory(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionHistory")
        self.setOpenLinks(False)
        self.setMinimumHeight(120)

    def show_record(self, record: SessionRecord) -> None:
        parts = []
        if record.adverse_events:
            heading = self.tr("Adverse events")
            parts.append(f"<h3>{escape(heading)}</h3>")
            for event in record.adverse_events:
                colour = SEVERITY_COLOURS.get(event.severity, "#3e4c59")
                lines = [f"<b style='color:{colour}'>{escape(severity_name(event.severity))}</b>"]
                lines.append(escape(event.description))
                if event.action_taken:
                    lines.append(
                        escape(self.tr("Action taken: %1").replace("%1", event.action_taken))
                    )
                if event.follow_up:
                    lines.append(escape(self.tr("Follow-up: %1").replace("%1", event.follow_up)))
                lines.append(
                    f"<span style='color:#52606d'>{escape(format_datetime(event.recorded_at))} · {escape(event.actor)}</span>"
                )
                parts.append("<p>" + "<br>".join(lines) + "</p>")
        if record.amendments:
            heading = self.tr("Corrections")
            parts.append(f"<h3>{escape(heading)}</h3>")
            for a in record.amendments:
                change = self.tr("%1: “%2” → “%3”")
                change = change.replace("%1", field_name(record.family, a.field))
                change = change.replace("%2", value_text(record.family, a.field, a.old_value))
                change = change.replace("%3", value_text(record.family, a.field, a.new_value))
                parts.append(
                    f"<p>{escape(change)}<br><i>{escape(a.reason)}</i><br>"
                    f"<span style='color:#52606d'>{escape(format_datetime(a.at))} · {escape(a.actor)}</span></p>"
                )
        self.setHtml("".join(parts))
        self.setVisible(bool(parts))
