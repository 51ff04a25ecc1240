"""The consultation's printed documents, put into words: the blank intake questionnaire in
the client's language, and the consultation summary in the practitioner's.

The reports/ modules lay out; this module supplies every word (translated) and the data.
The field names here are also what the consultations tab shows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clinicdesk.reports.consultation_summary import (
    AmendmentLine,
    ScreeningLine,
    SummaryRow,
    SummarySection,
    SummaryText,
    render_consultation_summary,
)
from clinicdesk.reports.intake_form import (
    FormQuestion,
    FormSection,
    IntakeFormText,
    render_intake_form,
)
from clinicdesk.rules import questionnaire
from clinicdesk.rules import screening as rules
from clinicdesk.rules.codes import text_in
from clinicdesk.rules.patch_tests import Finding, Problem
from clinicdesk.services import catalogue, clients, clinic, consultations, screening
from clinicdesk.services.client_fields import full_name
from clinicdesk.services.consultations import ConsultationRecord
from clinicdesk.services.practice import Practice
from clinicdesk.ui.formatting import format_date, format_datetime
from clinicdesk.ui.i18n import current_language, translate_in
from clinicdesk.ui.patch_test_texts import problem_text

CONTEXT = "ConsultationDocuments"

FIELD_LABELS = {
    "reason": QT_TRANSLATE_NOOP("ConsultationDocuments", "Reason for the visit"),
    "concerns": QT_TRANSLATE_NOOP("ConsultationDocuments", "Concerns"),
    "goals": QT_TRANSLATE_NOOP("ConsultationDocuments", "Goals"),
    "expectation": QT_TRANSLATE_NOOP("ConsultationDocuments", "Expectation agreed"),
    "timeframe": QT_TRANSLATE_NOOP("ConsultationDocuments", "Timeframe"),
    "lifestyle": QT_TRANSLATE_NOOP("ConsultationDocuments", "Lifestyle"),
    "budget": QT_TRANSLATE_NOOP("ConsultationDocuments", "Budget"),
    "skin_notes": QT_TRANSLATE_NOOP("ConsultationDocuments", "Skin assessment"),
    "recommendation": QT_TRANSLATE_NOOP("ConsultationDocuments", "Recommendation"),
    "next_steps": QT_TRANSLATE_NOOP("ConsultationDocuments", "Agreed next steps"),
    "photo_consent": QT_TRANSLATE_NOOP("ConsultationDocuments", "Photo consent"),
}
SECTIONS = (
    (QT_TRANSLATE_NOOP("ConsultationDocuments", "Why the client came"), ("reason", "concerns")),
    (
        QT_TRANSLATE_NOOP("ConsultationDocuments", "Goals and expectations"),
        ("goals", "expectation", "timeframe"),
    ),
    (
        QT_TRANSLATE_NOOP("ConsultationDocuments", "Lifestyle and skin"),
        ("lifestyle", "budget", "skin_notes"),
    ),
    (
        QT_TRANSLATE_NOOP("ConsultationDocuments", "Recommendation"),
        ("recommendation", "next_steps"),
    ),
)
PHOTO_SCOPES = {
    "clinical": QT_TRANSLATE_NOOP("ConsultationDocuments", "clinical record"),
    "teaching": QT_TRANSLATE_NOOP("ConsultationDocuments", "anonymised teaching"),
    "marketing": QT_TRANSLATE_NOOP("ConsultationDocuments", "marketing"),
}
WORDS = {
    "intake_title": QT_TRANSLATE_NOOP("ConsultationDocuments", "Health questionnaire"),
    "name": QT_TRANSLATE_NOOP("ConsultationDocuments", "Full name"),
    "born": QT_TRANSLATE_NOOP("ConsultationDocuments", "Date of birth"),
    "phone": QT_TRANSLATE_NOOP("ConsultationDocuments", "Phone"),
    "email": QT_TRANSLATE_NOOP("ConsultationDocuments", "Email"),
    "yes": QT_TRANSLATE_NOOP("ConsultationDocuments", "Yes"),
    "no": QT_TRANSLATE_NOOP("ConsultationDocuments", "No"),
    "signature": QT_TRANSLATE_NOOP("ConsultationDocuments", "Client's signature"),
    "date": QT_TRANSLATE_NOOP("ConsultationDocuments", "Date"),
    "page": QT_TRANSLATE_NOOP("ConsultationDocuments", "Page {page} of {pages}"),
    "allergies": QT_TRANSLATE_NOOP("ConsultationDocuments", "Substance, reaction and how severe:"),
    "summary_title": QT_TRANSLATE_NOOP("ConsultationDocuments", "Consultation summary"),
    "client": QT_TRANSLATE_NOOP("ConsultationDocuments", "Client"),
    "consulted": QT_TRANSLATE_NOOP("ConsultationDocuments", "Consultation"),
    "practitioner": QT_TRANSLATE_NOOP("ConsultationDocuments", "Practitioner"),
    "final": QT_TRANSLATE_NOOP("ConsultationDocuments", "Final"),
    "draft": QT_TRANSLATE_NOOP("ConsultationDocuments", "Draft: not finalised"),
    "screening": QT_TRANSLATE_NOOP("ConsultationDocuments", "Contraindication screening"),
    "treatment": QT_TRANSLATE_NOOP("ConsultationDocuments", "Treatment"),
    "level": QT_TRANSLATE_NOOP("ConsultationDocuments", "Level"),
    "finding": QT_TRANSLATE_NOOP("ConsultationDocuments", "Finding"),
    "override": QT_TRANSLATE_NOOP("ConsultationDocuments", "Let through because:"),
    "amendments": QT_TRANSLATE_NOOP("ConsultationDocuments", "Amendments"),
    "when": QT_TRANSLATE_NOOP("ConsultationDocuments", "When"),
    "who": QT_TRANSLATE_NOOP("ConsultationDocuments", "Who"),
    "what": QT_TRANSLATE_NOOP("ConsultationDocuments", "What"),
    "before": QT_TRANSLATE_NOOP("ConsultationDocuments", "Before"),
    "after": QT_TRANSLATE_NOOP("ConsultationDocuments", "After"),
    "why": QT_TRANSLATE_NOOP("ConsultationDocuments", "Reason"),
    "client_signature": QT_TRANSLATE_NOOP("ConsultationDocuments", "Client"),
    "practitioner_signature": QT_TRANSLATE_NOOP("ConsultationDocuments", "Practitioner"),
    "absolute": QT_TRANSLATE_NOOP("ConsultationDocuments", "Absolute"),
    "relative": QT_TRANSLATE_NOOP("ConsultationDocuments", "Relative"),
    "caution": QT_TRANSLATE_NOOP("ConsultationDocuments", "Caution"),
    "clear": QT_TRANSLATE_NOOP("ConsultationDocuments", "Clear"),
    "nothing_found": QT_TRANSLATE_NOOP(
        "ConsultationDocuments", "Nothing in the history stands in the way."
    ),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def field_label(field: str) -> str:
    return tr(FIELD_LABELS[field])


def answer_text(field: str, value: Any) -> str:
    if field == "photo_consent":
        return ", ".join(tr(PHOTO_SCOPES[s]) for s in value or ()) or "—"
    return str(value or "")


def intake_form_pdf(practice: Practice, *, language: str) -> bytes:
    """The blank questionnaire, printed in the client's language."""

    def words(key: str) -> str:
        return translate_in(language, CONTEXT, WORDS[key])

    form = questionnaire.load_questionnaire()
    sections = []
    for section in form.sections:
        questions = []
        for q in section.questions:
            if q.kind == "yes_no":
                asked = FormQuestion(
                    q.text(language),
                    "yes_no",
                    detail=q.detail_text(language),
                    date_label=q.date_text(language),
                )
            elif q.kind == "choice":
                options = tuple(option.text(language) for option in q.options)
                asked = FormQuestion(q.text(language), "choice", options=options)
            elif q.kind == "allergies":
                asked = FormQuestion(q.text(language), "lines", detail=words("allergies"), lines=3)
            else:
                asked = FormQuestion(q.text(language), "lines", lines=3)
            questions.append(asked)
        sections.append(FormSection(section.title(language), tuple(questions)))
    text = IntakeFormText(
        title=words("intake_title"),
        intro=form.intro_text(language),
        identity_labels=tuple(words(k) for k in ("name", "born", "phone", "email")),
        yes=words("yes"),
        no=words("no"),
        declaration=form.declaration_text(language),
        signature=words("signature"),
        date=words("date"),
        page_template=words("page"),
        language=language,
    )
    return render_intake_form(text=text, clinic=clinic.clinic_header(practice), sections=sections)


def screening_lines(
    practice: Practice,
    *,
    client_id: int,
    context: str,
    snapshots: Sequence[Mapping[str, Any]],
    family_name: Callable[[str], str],
) -> list[ScreeningLine]:
    """Screenings as kept (each a snapshot with its "family"), in words, with the reasons
    given in `context` (a consultation's or a session's) to let a finding through."""
    language = current_language()
    reasons = {
        (o.family, o.rule_id): o.reason
        for o in screening.overrides(practice, client_id=client_id)
        if o.context == context
    }
    all_rules = {rule.id: rule for rule in rules.load_rules()}
    lines = []
    for snapshot in snapshots:
        family = snapshot["family"]
        if not snapshot["findings"] and not snapshot.get("patch_test"):
            lines.append(
                ScreeningLine(
                    family_name(family),
                    tr(WORDS["clear"]),
                    tr(WORDS["nothing_found"]),
                    severity="clear",
                )
            )
        for finding in snapshot["findings"]:
            rule = all_rules.get(finding["rule"])
            message = text_in(rule.message, language) if rule else finding["rule"]
            lines.append(
                ScreeningLine(
                    family_name(family),
                    tr(WORDS[finding["level"]]),
                    message,
                    reasons.get((family, finding["rule"]), ""),
                    severity=finding["level"],
                )
            )
        if snapshot.get("patch_test"):
            policy = catalogue.patch_test_policy(practice, family=family)
            problem = Finding(Problem(snapshot["patch_test"]), policy.level, None)
            lines.append(
                ScreeningLine(
                    family_name(family),
                    tr(WORDS[policy.level]),
                    problem_text(problem),
                    reasons.get((family, screening.PATCH_TEST_RULE), ""),
                    severity=policy.level,
                )
            )
    return lines


def consultation_summary_pdf(practice: Practice, record: ConsultationRecord) -> bytes:
    client = clients.for_document(
        practice, client_id=record.client_id, document="consultation_summary"
    )
    families = {f.code: f for f in catalogue.families(practice, include_retired=True)}
    language = current_language()

    def family_name(code: str) -> str:
        return families[code].name(language) if code in families else code

    sections = [
        SummarySection(
            tr(title),
            tuple(
                SummaryRow(field_label(f), answer_text(f, record.answers.get(f)))
                for f in fields
                if record.answers.get(f)
            ),
        )
        for title, fields in SECTIONS
    ]
    sections.append(
        SummarySection(
            field_label("photo_consent"),
            (
                SummaryRow(
                    field_label("photo_consent"),
                    answer_text("photo_consent", record.answers.get("photo_consent")),
                ),
            ),
        )
    )
    amendments = [
        AmendmentLine(
            format_datetime(a.at),
            a.actor,
            field_label(a.field),
            answer_text(a.field, a.old_value),
            answer_text(a.field, a.new_value),
            a.reason,
        )
        for a in record.amendments
    ]
    text = SummaryText(
        title=tr(WORDS["summary_title"]),
        client_label=tr(WORDS["client"]),
        born_label=tr(WORDS["born"]),
        date_label=tr(WORDS["consulted"]),
        practitioner_label=tr(WORDS["practitioner"]),
        status=tr(WORDS["final"] if record.final else WORDS["draft"]),
        screening_title=tr(WORDS["screening"]),
        screening_headers=(tr(WORDS["treatment"]), tr(WORDS["level"]), tr(WORDS["finding"])),
        override_label=tr(WORDS["override"]),
        amendments_title=tr(WORDS["amendments"]),
        amendment_headers=tuple(
            tr(WORDS[k]) for k in ("when", "who", "what", "before", "after", "why")
        ),
        page_template=tr(WORDS["page"]),
        language=language,
        signature_labels=(tr(WORDS["client_signature"]), tr(WORDS["practitioner_signature"])),
    )
    fields = client.fields
    return render_consultation_summary(
        text=text,
        clinic=clinic.clinic_header(practice),
        client_name=full_name(fields.given_name, fields.family_name),
        born=format_date(fields.date_of_birth),
        consulted_on=format_datetime(record.finalised_at or record.created_at),
        practitioner=record.practitioner,
        sections=[s for s in sections if s.rows],
        screening=screening_lines(
            practice,
            client_id=record.client_id,
            context=record.context,
            # Kept when the consultation was finalised; screened now for a draft.
            snapshots=consultations.screening_snapshots(practice, record),
            family_name=family_name,
        ),
        amendments=amendments,
    )
