"""Exporting a comparison: allowed only for a use every photo's consent and the client's
current consent cover, anonymised for teaching, and each export audited without a name;
and the comparison's series, session numbers and alignment kept as landmarks."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import ExifTags, Image
from sqlalchemy import select
from tests.unit import photo_helpers as make

from clinicdesk.db.models import AuditEntry
from clinicdesk.errors import ValidationError
from clinicdesk.rules.alignment import Alignment
from clinicdesk.services import (
    clients,
    consultations,
    photo_exports,
    photo_import,
    photos,
    plan_changes,
    plans,
)
from clinicdesk.services import sessions as session_service
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.photos import PhotoDetails
from clinicdesk.ui.photo_comparison_series import (
    DEFAULT_LANDMARKS,
    PhotoSeries,
    landmarks_to_save,
    pair_alignment,
    session_numbers,
)

DAY_ONE = datetime(2025, 3, 5, 10, 0, tzinfo=UTC)


def consented_client(practice, scopes=("clinical", "teaching", "marketing"), given="Zofia"):
    fields = ClientFields(given_name=given, family_name="Wójcik", date_of_birth=date(1990, 5, 4))
    client_id = clients.create_client(practice, data=fields).id
    draft = consultations.start(practice, client_id=client_id)
    consultations.finalise(
        practice,
        consultation_id=draft.id,
        answers={"reason": "Lines", "data_consent": True, "photo_consent": list(scopes)},
    )
    return client_id


def dated_jpeg(taken: datetime, seed: int, size=(120, 90)) -> bytes:
    """A photo whose camera says it was taken at `taken` (UTC)."""
    exif = Image.Exif()
    details = exif.get_ifd(ExifTags.IFD.Exif)
    details[ExifTags.Base.DateTimeOriginal] = taken.strftime("%Y:%m:%d %H:%M:%S")
    details[ExifTags.Base.OffsetTimeOriginal] = "+00:00"
    return make.encode(make.picture(size, seed), "jpg", exif=exif.tobytes())


def import_dated(practice, client_id, taken, *, seed, area="face", view="front", **details):
    report = photo_import.import_photos(
        practice,
        client_id=client_id,
        files=[(f"{seed}.jpg", dated_jpeg(taken, seed))],
        details=PhotoDetails(area=area, view=view, **details),
    )
    assert report.refused == ()
    return report.imported[0].photo_id


def exports(practice):
    with practice.reading() as session:
        return session.execute(
            select(AuditEntry.entity_id, AuditEntry.client_id, AuditEntry.detail).where(
                AuditEntry.action == "photo_export"
            )
        ).all()


@pytest.fixture
def pair(practice):
    client_id = consented_client(practice)
    clinical_only = import_dated(practice, client_id, DAY_ONE, seed=1, consent_scope=["clinical"])
    everything = import_dated(practice, client_id, DAY_ONE + timedelta(days=60), seed=2)
    return client_id, clinical_only, everything


def test_an_export_needs_every_photos_consent_for_the_use(practice, pair):
    _, clinical_only, everything = pair
    ids = [clinical_only, everything]
    photo_exports.check_export(practice, photo_ids=ids, purpose="clinical")
    with pytest.raises(photo_exports.ExportRefused) as refused:
        photo_exports.check_export(practice, photo_ids=ids, purpose="marketing")
    assert refused.value.refused == (clinical_only,) and not refused.value.withdrawn
    assert "1 of the photos" in str(refused.value)
    photo_exports.check_export(practice, photo_ids=[everything], purpose="marketing")
    with pytest.raises(photo_exports.ExportRefused):
        photo_exports.record_export(
            practice, photo_ids=ids, purpose="marketing", file_format="jpeg", anonymised=True
        )
    assert exports(practice) == []


def test_a_withdrawn_consent_outweighs_the_photos_scope(practice, pair):
    client_id, _, everything = pair
    [consulted] = [c for c in consultations.consultations(practice, client_id=client_id)]
    consultations.amend(
        practice,
        consultation_id=consulted.id,
        field="photo_consent",
        new_value=["clinical"],
        reason="The client withdrew marketing and teaching",
    )
    with pytest.raises(photo_exports.ExportRefused) as refused:
        photo_exports.check_export(practice, photo_ids=[everything], purpose="marketing")
    assert refused.value.withdrawn and refused.value.refused == (everything,)


def test_teaching_must_be_anonymised(practice, pair):
    _, _, everything = pair
    photo_exports.check_export(practice, photo_ids=[everything], purpose="teaching")
    with pytest.raises(ValidationError) as asked:
        photo_exports.check_export(
            practice, photo_ids=[everything], purpose="teaching", anonymised=False
        )
    assert asked.value.field == "anonymise"
    with pytest.raises(ValidationError):
        photo_exports.record_export(
            practice, photo_ids=[everything], purpose="teaching", file_format="pdf",
            anonymised=False,
        )  # fmt: skip
    photo_exports.check_export(
        practice, photo_ids=[everything], purpose="marketing", anonymised=False
    )


def test_every_export_is_audited_with_ids_and_no_name(practice, pair):
    client_id, clinical_only, everything = pair
    photo_exports.record_export(
        practice,
        photo_ids=[everything, clinical_only],
        purpose="clinical",
        file_format="pdf",
        anonymised=False,
    )
    photo_exports.record_export(
        practice, photo_ids=[everything], purpose="teaching", file_format="jpeg", anonymised=True
    )
    found = exports(practice)
    assert [(entity, client) for entity, client, _ in found] == [
        (everything, client_id),
        (everything, client_id),
    ]
    details = [json.loads(detail) if isinstance(detail, str) else detail for *_, detail in found]
    assert details == [
        {"purpose": "clinical", "format": "pdf", "photo_ids": [everything, clinical_only],
         "anonymised": False},
        {"purpose": "teaching", "format": "jpeg", "photo_ids": [everything], "anonymised": True},
    ]  # fmt: skip
    assert "Zofia" not in repr(found) and "Wójcik" not in repr(found)


def test_an_export_is_of_one_clients_existing_photos(practice, pair):
    _, clinical_only, _ = pair
    other = consented_client(practice, given="Anna")
    theirs = import_dated(practice, other, DAY_ONE, seed=9)
    with pytest.raises(ValueError, match="one client"):
        photo_exports.check_export(practice, photo_ids=[clinical_only, theirs], purpose="clinical")
    with pytest.raises(ValueError, match="1 to 4"):
        photo_exports.check_export(practice, photo_ids=[], purpose="clinical")
    with pytest.raises(ValueError, match="scope"):
        photo_exports.check_export(practice, photo_ids=[theirs], purpose="advertising")
    photos.erase_photo(practice, photo_id=theirs)
    with pytest.raises(photo_exports.NotFound):
        photo_exports.check_export(practice, photo_ids=[theirs], purpose="clinical")


# -- the comparison's series and alignments ---------------------------------------------------


def test_the_default_pair_is_the_first_and_latest_of_the_most_photographed_series(practice):
    client_id = consented_client(practice)
    fronts = [
        import_dated(practice, client_id, DAY_ONE + timedelta(days=d), seed=d) for d in (30, 0, 90)
    ]
    side = import_dated(practice, client_id, DAY_ONE + timedelta(days=120), seed=50, view="left_45")
    series = PhotoSeries(photos.photos(practice, client_id=client_id))
    assert series.series() == [(("face", "front"), 3), (("face", "left_45"), 1)]
    first, middle, latest = fronts[1], fronts[0], fronts[2]
    assert [r.id for r in series.initial([])] == [first, latest]
    assert [r.id for r in series.initial([middle])] == [first, latest]
    assert [r.id for r in series.initial([side])] == [side]
    assert [r.id for r in series.initial([latest, side, middle])] == [middle, latest, side]
    shown = [series.by_id[first], series.by_id[latest]]
    assert series.step(shown[1], -1, [first, latest]).id == middle
    assert series.step(shown[0], +1, [first, latest]).id == middle
    assert series.step(series.by_id[middle], -1, [middle, first]) is None  # first is shown
    assert series.step(shown[0], -1, [first, latest]) is None


def test_sessions_are_numbered_in_their_plan_treatment_or_for_the_client(practice):
    client_id = consented_client(practice)
    plan = plans.create_plan(
        practice,
        client_id=client_id,
        treatments=[plans.PlannedTreatment("microneedling", sessions=3, interval_days=28)],
    )
    plan_changes.agree_plan(practice, plan_id=plan.id)
    now = datetime.now(UTC)

    def start(days, treatment_id=None):
        return session_service.start_session(
            practice,
            client_id=client_id,
            family="microneedling",
            performed_at=now - timedelta(days=days),
            plan_treatment_id=treatment_id,
        )[0]

    treatment_id = plan.treatments[0].id
    made = [start(50), start(40, treatment_id), start(30), start(20, treatment_id)]
    numbers = session_numbers(session_service.sessions(practice, client_id=client_id))
    # Loose: the client's first and third sessions; in the plan: its first and second.
    assert [numbers[r.id] for r in made] == [1, 1, 3, 2]


def row(photo_id, width, height, landmarks=None, day=0):
    return photos.PhotoRow(
        id=photo_id, client_id=1, session_id=None, area="face", view="front", note="",
        consent_scope=("clinical",), taken_at=DAY_ONE + timedelta(days=day),
        imported_at=DAY_ONE, width=width, height=height, alignment=landmarks,
    )  # fmt: skip


@pytest.mark.parametrize("later_in_a", [False, True])
def test_an_alignment_is_kept_as_landmarks_and_reads_back(later_in_a):
    earlier, later = row(1, 600, 800), row(2, 900, 600, day=30)
    a, b = (later, earlier) if later_in_a else (earlier, later)
    made = Alignment(1.1, 4.0, 0.02, -0.03)
    saves = dict(landmarks_to_save(a, b, made.as_value()))
    # The earlier photo had none: it takes the fixed ones, the later its own.
    assert saves[earlier.id] == DEFAULT_LANDMARKS and set(saves) == {1, 2}
    a, b = (row(r.id, r.width, r.height, saves[r.id], 30 * (r.id - 1)) for r in (a, b))
    restored = pair_alignment(a, b)
    for name, value in made.as_value().items():
        assert getattr(restored, name) == pytest.approx(value, abs=1e-3)
    # Aligned once more, only the later photo changes; reset clears it.
    earlier_kept = a if a.id == 1 else b
    again = dict(landmarks_to_save(a, b, Alignment(0.95, -2.0).as_value()))
    assert set(again) == {later.id}
    assert earlier_kept.alignment == DEFAULT_LANDMARKS
    assert landmarks_to_save(a, b, Alignment().as_value()) == [(later.id, None)]
    assert pair_alignment(a, row(3, 600, 800)) is None


def test_an_alignment_too_far_to_keep_is_refused():
    with pytest.raises(ValueError):
        landmarks_to_save(row(1, 600, 800), row(2, 600, 800, day=3), {
            "scale": 1.0, "angle": 0.0, "dx": 3.0, "dy": 0.0})  # fmt: skip
