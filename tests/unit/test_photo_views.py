"""Photo views, the capture checklist of a session, and alignment points."""

from __future__ import annotations

import pytest

from clinicdesk.rules import photo_views
from clinicdesk.rules.catalogue import PHOTO_VIEWS, load_catalogue
from clinicdesk.rules.photo_views import Alignment, ViewCount, capture_checklist


def test_the_views_are_the_catalogue_s_and_every_family_asks_for_known_ones():
    assert set(photo_views.VIEWS) == PHOTO_VIEWS
    views = {family.code: family.photo_views for family in load_catalogue()}
    assert photo_views.ordered_views(views["botulinum_toxin"]) == (
        "front", "left_45", "right_45", "left_profile", "right_profile",
    )  # fmt: skip
    assert views["waxing_threading"] == ()
    assert len(set(photo_views.AREAS)) == len(photo_views.AREAS)


def test_views_come_in_one_order_and_unknown_ones_are_refused():
    assert photo_views.ordered_views(["other", "right_45", "front", "front"]) == (
        "front",
        "right_45",
        "other",
    )
    with pytest.raises(ValueError, match="back"):
        photo_views.ordered_views(["back"])


def test_the_checklist_counts_each_expected_view_then_the_extra_ones():
    expected = ["right_45", "front", "left_45"]
    taken = ["front", "other", "front", "right_45"]
    assert capture_checklist(expected, taken) == (
        ViewCount("front", True, 2),
        ViewCount("left_45", True, 0),
        ViewCount("right_45", True, 1),
        ViewCount("other", False, 1),
    )
    assert photo_views.missing_views(expected, taken) == ("left_45",)
    assert photo_views.missing_views([], taken) == ()
    assert photo_views.missing_views(expected, []) == ("front", "left_45", "right_45")


def test_an_alignment_is_two_distinct_points_on_the_photo():
    alignment = Alignment((0.25, 0.4), (0.75, 0.400001))
    assert alignment.second == (0.75, 0.4)
    assert Alignment.from_value(alignment.as_value()) == alignment
    assert alignment.as_value() == {"points": [[0.25, 0.4], [0.75, 0.4]]}
    for first, second in (
        ((0.5, 0.5), (0.5, 0.505)),
        ((-0.1, 0.5), (0.5, 0.5)),
        ((0.5, float("nan")), (0.1, 0.1)),
        ((True, 0.5), (0.1, 0.1)),
        ((0.5,), (0.1, 0.1)),
    ):
        with pytest.raises(ValueError):
            Alignment(first, second)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Alignment.from_value({"points": [[0.1, 0.1]]})
