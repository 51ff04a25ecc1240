"""The alignment of one photo onto another: found from two pairs of reference points,
refined by nudges, scale and rotation, saved as a plain value and read back with care."""

from __future__ import annotations

import json
import math

import pytest

from clinicdesk.rules.alignment import (
    IDENTITY,
    MAX_SCALE,
    MAX_SHIFT,
    MIN_SCALE,
    Alignment,
    too_close,
)


def assert_point(actual: tuple[float, float], expected: tuple[float, float]) -> None:
    assert math.dist(actual, expected) < 1e-5, (actual, expected)


@pytest.mark.parametrize(
    ("scale", "angle", "dx", "dy"),
    [
        (1.25, 12.0, 0.05, -0.03),
        (0.8, -30.0, -0.2, 0.1),
        (2.0, 170.0, 1.5, 0.9),
        (1.0, 0.0, 0.0, 0.0),
    ],
)
def test_a_known_rotation_scale_and_shift_is_recovered_from_two_point_pairs(scale, angle, dx, dy):
    known = Alignment(scale, angle, dx, dy)
    # The pupils on B, and where the known alignment puts them on A.
    b1, b2 = (0.38, 0.42), (0.61, 0.40)
    found = Alignment.from_points(b1, b2, known.map(b1), known.map(b2))
    assert found.scale == pytest.approx(scale, abs=1e-5)
    assert found.angle == pytest.approx(angle, abs=1e-3)
    assert found.dx == pytest.approx(dx, abs=1e-5)
    assert found.dy == pytest.approx(dy, abs=1e-5)
    # Any other point lands where the known alignment would put it.
    assert_point(found.map((0.1, 0.9)), known.map((0.1, 0.9)))


def test_the_mapping_follows_screen_coordinates_a_positive_angle_turns_clockwise():
    quarter = Alignment(angle=90)
    # y runs down: a point to the right of the origin goes below it.
    assert_point(quarter.map((1.0, 0.0)), (0.0, 1.0))
    assert_point(Alignment(scale=2, dx=0.5).map((1.0, 1.0)), (2.5, 2.0))


@pytest.mark.parametrize(
    ("b1", "b2", "a1", "a2"),
    [
        ((0.4, 0.4), (0.4, 0.4), (0.3, 0.3), (0.6, 0.3)),  # the same point twice on B
        ((0.3, 0.4), (0.6, 0.4), (0.5, 0.5), (0.5, 0.5)),  # the same point twice on A
        ((0.3, 0.4), (0.301, 0.4), (0.3, 0.3), (0.6, 0.3)),  # too near to give a direction
        ((0.3, 0.4), (0.32, 0.4), (0.1, 0.1), (0.9, 0.1)),  # 40 times larger: absurd
    ],
)
def test_degenerate_or_absurd_point_pairs_are_refused(b1, b2, a1, a2):
    with pytest.raises(ValueError):
        Alignment.from_points(b1, b2, a1, a2)


def test_points_too_close_are_told_before_they_are_used():
    assert too_close((0.5, 0.5), (0.5, 0.5))
    assert too_close((0.5, 0.5), (0.505, 0.5))
    assert not too_close((0.5, 0.5), (0.6, 0.5))


def test_a_nudge_shifts_b_on_a():
    moved = Alignment(1.5, 10, 0.1, 0.2).nudged(0.01, -0.02)
    assert (moved.scale, moved.angle, moved.dx, moved.dy) == (1.5, 10.0, 0.11, 0.18)


def test_extra_scale_and_rotation_keep_their_pivot_in_place():
    start = Alignment(1.1, 5, 0.02, -0.01)
    pivot = (0.5, 0.6)
    b_point_at_pivot = start.inverted().map(pivot)
    for changed in (start.scaled(1.2, pivot), start.rotated(-7.5, pivot)):
        assert_point(changed.map(b_point_at_pivot), pivot)
    assert start.scaled(1.2, pivot).scale == pytest.approx(1.32)
    assert start.scaled(1.2, pivot).angle == pytest.approx(5)
    assert start.rotated(-7.5, pivot).angle == pytest.approx(-2.5)
    assert start.rotated(-7.5, pivot).scale == pytest.approx(1.1)
    with pytest.raises(ValueError):
        start.scaled(0, pivot)
    with pytest.raises(ValueError):
        start.scaled(MAX_SCALE, pivot)  # past the largest scale: refused, not clamped


def test_the_inverse_undoes_the_alignment():
    alignment = Alignment(1.3, 20, 0.1, -0.05)
    inverse = alignment.inverted()
    assert_point(inverse.map(alignment.map((0.2, 0.7))), (0.2, 0.7))
    assert inverse.scale == pytest.approx(1 / 1.3, abs=1e-6)
    assert inverse.angle == pytest.approx(-20)


def test_angles_are_kept_as_one_turn():
    assert Alignment(angle=190).angle == -170
    assert Alignment(angle=-180).angle == 180
    assert Alignment(angle=-190).angle == 170
    assert Alignment(angle=350) == Alignment(angle=-10)


def test_the_affine_matrix_is_the_same_mapping():
    alignment = Alignment(1.3, 20, 0.1, -0.05)
    m11, m12, m21, m22, dx, dy = alignment.affine()
    x, y = 0.3, 0.8
    assert_point((m11 * x + m21 * y + dx, m12 * x + m22 * y + dy), alignment.map((x, y)))


def test_the_stored_value_round_trips_through_json():
    alignment = Alignment.from_points((0.38, 0.42), (0.61, 0.40), (0.35, 0.45), (0.66, 0.47))
    value = alignment.as_value()
    assert set(value) == {"scale", "angle", "dx", "dy"}
    restored = Alignment.from_value(json.loads(json.dumps(value)))
    assert restored == alignment
    assert restored.as_value() == value


def test_identity_is_the_default_and_maps_every_point_to_itself():
    assert Alignment() == IDENTITY and IDENTITY.is_identity
    assert IDENTITY.as_value() == {"scale": 1.0, "angle": 0.0, "dx": 0.0, "dy": 0.0}
    assert_point(IDENTITY.map((0.3, 0.9)), (0.3, 0.9))
    assert not Alignment(dx=0.001).is_identity
    # A turn and back is the identity again, not a nearly-identity.
    assert Alignment().rotated(3, (0.5, 0.5)).rotated(-3, (0.5, 0.5)).is_identity


@pytest.mark.parametrize(
    "value",
    [
        None,
        [1, 0, 0, 0],
        "scale=1",
        {"scale": 1, "angle": 0, "dx": 0},  # one missing
        {"scale": 1, "angle": 0, "dx": 0, "dy": 0, "skew": 0},  # one too many
        {"scale": "1", "angle": 0, "dx": 0, "dy": 0},
        {"scale": True, "angle": 0, "dx": 0, "dy": 0},
        {"scale": None, "angle": 0, "dx": 0, "dy": 0},
        {"scale": float("nan"), "angle": 0, "dx": 0, "dy": 0},
        {"scale": 1, "angle": float("inf"), "dx": 0, "dy": 0},
        {"scale": 0, "angle": 0, "dx": 0, "dy": 0},
        {"scale": -1, "angle": 0, "dx": 0, "dy": 0},
        {"scale": MIN_SCALE / 2, "angle": 0, "dx": 0, "dy": 0},
        {"scale": MAX_SCALE * 2, "angle": 0, "dx": 0, "dy": 0},
        {"scale": 1, "angle": 720, "dx": 0, "dy": 0},
        {"scale": 1, "angle": 0, "dx": MAX_SHIFT + 1, "dy": 0},
        {"scale": 1, "angle": 0, "dx": 0, "dy": -1e9},
    ],
)
def test_a_bad_or_absurd_stored_value_is_refused(value):
    with pytest.raises(ValueError):
        Alignment.from_value(value)
