"""What a patch-test finding and a patch-test result say to the practitioner.

Shared by the patch-test panel on the client record and the consultation wizard, so a
problem reads the same wherever it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.rules.patch_tests import Finding, Problem
from clinicdesk.ui.formatting import format_datetime

CONTEXT = "PatchTestTexts"

# %1 is the local date and time the finding refers to, where there is one.
PROBLEMS = {
    Problem.MISSING: QT_TRANSLATE_NOOP("PatchTestTexts", "No patch test on file."),
    Problem.TOO_RECENT: QT_TRANSLATE_NOOP(
        "PatchTestTexts", "The patch test can only be read from %1."
    ),
    Problem.NOT_READ: QT_TRANSLATE_NOOP(
        "PatchTestTexts",
        "The patch test applied on %1 has not been read yet: record its result.",
    ),
    Problem.FAILED: QT_TRANSLATE_NOOP(
        "PatchTestTexts",
        "The last patch test was positive (reaction): do not treat with this product.",
    ),
    Problem.INCONCLUSIVE: QT_TRANSLATE_NOOP(
        "PatchTestTexts",
        "The last patch test was inconclusive: test again before treating.",
    ),
    Problem.EXPIRED: QT_TRANSLATE_NOOP(
        "PatchTestTexts",
        "The patch test applied on %1 is no longer valid: test again before treating.",
    ),
    Problem.NEW_MEDICATION: QT_TRANSLATE_NOOP(
        "PatchTestTexts",
        "A medication was started after the last patch test: test again before treating.",
    ),
    Problem.PREGNANCY: QT_TRANSLATE_NOOP(
        "PatchTestTexts",
        "A pregnancy was recorded after the last patch test: test again before treating.",
    ),
    Problem.GAP: QT_TRANSLATE_NOOP(
        "PatchTestTexts",
        "The last treatment was too long ago: test again before treating.",
    ),
}

RESULTS = {
    "negative": QT_TRANSLATE_NOOP("PatchTestTexts", "Negative"),
    "positive": QT_TRANSLATE_NOOP("PatchTestTexts", "Positive (reaction)"),
    "inconclusive": QT_TRANSLATE_NOOP("PatchTestTexts", "Inconclusive"),
    None: QT_TRANSLATE_NOOP("PatchTestTexts", "Not read yet"),
}


def problem_text(finding: Finding) -> str:
    """One sentence, in the interface language, saying why the patch tests block."""
    text = QCoreApplication.translate(CONTEXT, PROBLEMS[finding.problem])
    when = None
    if finding.problem is Problem.TOO_RECENT:
        when = finding.ready_at
    elif finding.test is not None:
        when = finding.test.applied_at
    return text.replace("%1", format_datetime(when)) if when is not None else text


def result_name(result: str | None) -> str:
    """A patch-test result as read out: negative, positive, inconclusive or not read yet."""
    return QCoreApplication.translate(CONTEXT, RESULTS[result])
