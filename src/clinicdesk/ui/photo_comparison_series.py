"""Which of a client's photos the comparison shows, and how the alignment of a pair is
kept on the photos themselves.

A *series* is one body area seen from one view: the photos that can be laid side by
side across dates. By default the comparison shows the first and the latest of a series;
stepping moves one pane to the previous or next date of its own series, skipping photos
already in another pane.

What a photo keeps (services.photos.save_alignment, rules.photo_views.Alignment) is two
landmarks on it, not a transform: the same two physical points (the pupils, say) marked
on every photo of a series. The alignment of any pair then follows from the two photos'
landmarks, whichever pair is compared. When the practitioner aligns B onto A, the
*later* photo of the pair takes new landmarks: the earlier photo's landmarks carried
through the new alignment onto it. An earlier photo that has none yet is first given
fixed ones (about where the eyes are) so that a series aligned in date order, first to
second, second to third, keeps every pair right. Resetting the alignment clears the
later photo's landmarks. Session numbers are counted here too: a session's number in
its plan treatment, or among all the client's sessions when it is in no plan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from clinicdesk.rules import photo_views
from clinicdesk.rules.alignment import Alignment, Point
from clinicdesk.services.photos import PhotoRow
from clinicdesk.services.sessions import SessionRecord

# Where an earlier photo with no landmarks is taken to have them: across the eye line of
# a face photographed straight on. Any two points would do; the same two on every photo
# keep unaligned pairs where they were.
DEFAULT_LANDMARKS = photo_views.Alignment((0.35, 0.4), (0.65, 0.4))

Series = tuple[str, str]  # (area, view)


def _order(row: PhotoRow) -> tuple[Any, int]:
    return (row.when, row.id)


class PhotoSeries:
    """A client's photos, oldest first, grouped by area and view."""

    def __init__(self, rows: Iterable[PhotoRow]) -> None:
        self.rows = sorted(rows, key=_order)
        self.by_id = {row.id: row for row in self.rows}

    def replace(self, row: PhotoRow) -> None:
        """A photo read again (its landmarks saved)."""
        self.by_id[row.id] = row
        self.rows = [row if r.id == row.id else r for r in self.rows]

    def series(self) -> list[tuple[Series, int]]:
        """Every area and view photographed, with how many photos, in the rules' order."""
        counts = Counter((row.area, row.view) for row in self.rows)
        return sorted(counts.items(), key=lambda item: _series_rank(item[0]))

    def of(self, series: Series) -> list[PhotoRow]:
        return [row for row in self.rows if (row.area, row.view) == series]

    def most_photographed(self) -> Series | None:
        """The series with most photos; of those, the view straightest on (front before
        45° before profile), then the one photographed last."""
        counts = Counter((row.area, row.view) for row in self.rows)
        last = {(row.area, row.view): n for n, row in enumerate(self.rows)}

        def straightest(view: str) -> int:
            views = photo_views.VIEWS
            return -views.index(view) if view in views else -len(views)

        return max(counts, key=lambda s: (counts[s], straightest(s[1]), last[s]), default=None)

    def first_and_latest(self, series: Series) -> list[PhotoRow]:
        rows = self.of(series)
        return rows[:1] + rows[-1:] if len(rows) > 1 else rows

    def initial(self, photo_ids: Sequence[int]) -> list[PhotoRow]:
        """Two to four photos asked for, oldest first; else the first and latest of the
        series of the one photo given, or of the most photographed series."""
        wanted = [self.by_id[i] for i in dict.fromkeys(photo_ids) if i in self.by_id]
        if len(wanted) >= 2:
            return sorted(wanted, key=_order)[:4]
        series = (wanted[0].area, wanted[0].view) if wanted else self.most_photographed()
        return [] if series is None else self.first_and_latest(series)

    def step(self, row: PhotoRow, direction: int, shown: Iterable[int]) -> PhotoRow | None:
        """The previous (-1) or next (+1) photo of `row`'s series not already `shown`."""
        others = set(shown) - {row.id}
        rows = self.of((row.area, row.view))
        index = next(n for n, r in enumerate(rows) if r.id == row.id) + direction
        while 0 <= index < len(rows):
            if rows[index].id not in others:
                return rows[index]
            index += direction
        return None


def _series_rank(series: Series) -> tuple[int, int]:
    area, view = series
    areas, views = photo_views.AREAS, photo_views.VIEWS
    return (
        areas.index(area) if area in areas else len(areas),
        views.index(view) if view in views else len(views),
    )


def session_numbers(records: Sequence[SessionRecord]) -> dict[int, int]:
    """Each session's number: in its plan treatment, else among all the client's sessions
    (drafts count: a photo is often taken before the session is signed off)."""
    in_treatment: Counter[int] = Counter()
    numbers = {}
    for count, record in enumerate(sorted(records, key=lambda r: (r.performed_at, r.id)), 1):
        treatment = record.plan_treatment_id
        if treatment is None:
            numbers[record.id] = count
        else:
            in_treatment[treatment] += 1
            numbers[record.id] = in_treatment[treatment]
    return numbers


# -- alignment kept as landmarks ---------------------------------------------------------


def _normalised(row: PhotoRow, point: Point) -> Point:
    """From "relative to width and height" (the landmarks) to "in widths" (rules.alignment)."""
    return point[0], point[1] * row.height / row.width


def _relative(row: PhotoRow, point: Point) -> Point:
    return point[0], point[1] * row.width / row.height


def pair_alignment(a: PhotoRow, b: PhotoRow) -> Alignment | None:
    """B's alignment onto A from their landmarks; None when either has none."""
    if a.alignment is None or b.alignment is None:
        return None
    try:
        return Alignment.from_points(
            _normalised(b, b.alignment.first),
            _normalised(b, b.alignment.second),
            _normalised(a, a.alignment.first),
            _normalised(a, a.alignment.second),
        )
    except ValueError:  # landmarks too close together to say anything
        return None


def landmarks_to_save(
    a: PhotoRow, b: PhotoRow, value: Mapping[str, Any]
) -> list[tuple[int, photo_views.Alignment | None]]:
    """(photo id, landmarks) to save so that the pair reads back as `value`, B's alignment
    onto A (see the module docstring). ValueError when the later photo's landmarks would
    fall outside it: the photos are too far apart for the alignment to be kept."""
    transform = Alignment.from_value(value)
    earlier, later = sorted((a, b), key=_order)
    if transform.is_identity:
        return [(later.id, None)]
    saves: list[tuple[int, photo_views.Alignment | None]] = []
    reference = earlier.alignment
    if reference is None:
        reference = DEFAULT_LANDMARKS
        saves.append((earlier.id, reference))
    # The alignment maps B's points onto A's: onto the later photo it runs one way or
    # the other depending on which pane it is in.
    onto_later = transform if later is a else transform.inverted()
    first, second = (
        _relative(later, onto_later.map(_normalised(earlier, point)))
        for point in (reference.first, reference.second)
    )
    saves.append((later.id, photo_views.Alignment(first, second)))
    return saves
