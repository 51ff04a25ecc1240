"""Demo photos: before-and-after series for the demo's treated clients, drawn with Pillow
and imported through the path a practitioner's own photos take (format check, pixel cap,
EXIF orientation, metadata dropped, encryption), so the gallery and the comparison viewer
have something real to show.

Every signed-off session of a photographed treatment gets the views its treatment asks
for. The face is drawn a little differently at each visit (light, framing, a slight turn)
and the redness the course treats fades from the first session to the last, so a
comparison shows change and alignment has work to do. Files vary as a phone's do: most
are JPEG, some PNG or WebP, some stored sideways with an EXIF orientation tag, at two
sizes.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from PIL import ExifTags, Image, ImageDraw, ImageFilter

from clinicdesk.services import photo_import, photos, sessions
from clinicdesk.services.photos import PhotoDetails
from clinicdesk.services.practice import Practice

MAX_CLIENTS_WITH_PHOTOS = 8
SIZES = ((720, 960), (960, 1280))
EXIF_ORIENTATION = 0x0112
ROTATED_CLOCKWISE = 6  # the camera was held sideways: the file is stored turned
# How far each view turns the head: front, three quarters, profile.
TURNS = {
    "front": 0.0,
    "left_45": -0.55,
    "right_45": 0.55,
    "left_profile": -1.0,
    "right_profile": 1.0,
    "other": 0.25,
}
SKIN_TONES = ((241, 204, 178), (224, 172, 140), (198, 140, 105), (141, 94, 66), (250, 218, 196))


@dataclass(frozen=True)
class _Sitter:
    """What stays the same for one client across visits."""

    skin: tuple[int, int, int]
    hair: tuple[int, int, int]
    backdrop: tuple[int, int, int]
    redness: tuple[tuple[float, float, float], ...]  # patches (x, y, radius) on the face


def add_demo_photos(practice: Practice, *, client_ids: Sequence[int], seed: int = 0) -> int:
    """Photos for the signed-off sessions of up to MAX_CLIENTS_WITH_PHOTOS of `client_ids`;
    returns how many were imported."""
    rng = random.Random(seed)
    imported = 0
    photographed = 0
    for client_id in client_ids:
        done = [s for s in sessions.sessions(practice, client_id=client_id) if s.final]
        # The views each session's treatment asks for, read once; a session asking for none
        # gets no photo.
        wanted = {s.id: _views_of(practice, s.id) for s in done}
        series = [s for s in sorted(done, key=lambda s: s.performed_at) if wanted[s.id]]
        if not series:
            continue
        sitter = _sitter(rng)
        for number, record in enumerate(series):
            progress = number / max(1, len(series) - 1)
            files: list[tuple[str, bytes]] = []
            details: list[PhotoDetails] = []
            for view in wanted[record.id]:
                # As a phone records it: the camera's local time, a minute per view.
                taken = record.performed_at.astimezone() + timedelta(minutes=len(files))
                files.append(_photo_file(rng, sitter, view, progress, len(files), taken))
                details.append(PhotoDetails(area="face", view=view, session_id=record.id))
            report = photo_import.import_photos(
                practice, client_id=client_id, files=files, details=details
            )
            imported += len(report.imported)
        photographed += 1
        if photographed == MAX_CLIENTS_WITH_PHOTOS:
            break
    return imported


def _views_of(practice: Practice, session_id: int) -> list[str]:
    return [c.view for c in photos.session_capture(practice, session_id=session_id) if c.expected]


def _sitter(rng: random.Random) -> _Sitter:
    patches = tuple(
        (rng.uniform(-0.55, 0.55), rng.uniform(-0.1, 0.45), rng.uniform(0.08, 0.16))
        for _ in range(rng.randint(2, 4))
    )
    return _Sitter(
        skin=rng.choice(SKIN_TONES),
        hair=rng.choice(((40, 28, 20), (92, 60, 35), (170, 130, 80), (20, 20, 24))),
        backdrop=rng.choice(((214, 222, 230), (232, 228, 220), (200, 210, 204))),
        redness=patches,
    )


def _photo_file(
    rng: random.Random,
    sitter: _Sitter,
    view: str,
    progress: float,
    index: int,
    taken: datetime,
) -> tuple[str, bytes]:
    """(file name, bytes) of one drawn photo, in the format and orientation of the day,
    with the date taken in its EXIF as a camera writes it."""
    width, height = rng.choice(SIZES)
    image = _portrait(rng, sitter, view, progress, width, height)
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = taken.strftime(
        "%Y:%m:%d %H:%M:%S"
    )
    kind = index % 7
    if kind == 5:
        image.save(buffer, "PNG", exif=exif.tobytes())
        return f"IMG_{rng.randint(1000, 9999)}.png", buffer.getvalue()
    if kind == 6:
        image.save(buffer, "WEBP", quality=88, exif=exif.tobytes())
        return f"IMG_{rng.randint(1000, 9999)}.webp", buffer.getvalue()
    if kind == 2:
        # As a phone held sideways stores it: turned, with the tag that turns it back.
        image = image.transpose(Image.Transpose.ROTATE_90)
        exif[EXIF_ORIENTATION] = ROTATED_CLOCKWISE
    image.save(buffer, "JPEG", quality=90, exif=exif.tobytes())
    return f"IMG_{rng.randint(1000, 9999)}.jpg", buffer.getvalue()


def _portrait(
    rng: random.Random, sitter: _Sitter, view: str, progress: float, width: int, height: int
) -> Image.Image:
    """A head and shoulders from `view`, lit and framed as on the day; the redness fades
    as `progress` goes from 0 (first session) to 1 (last)."""
    light = rng.uniform(0.9, 1.08)
    backdrop = tuple(min(255, round(c * light)) for c in sitter.backdrop)
    image = Image.new("RGB", (width, height), backdrop)
    draw = ImageDraw.Draw(image)
    turn = TURNS[view] + rng.uniform(-0.04, 0.04)
    cx = width * (0.5 + rng.uniform(-0.03, 0.03)) + turn * width * 0.06
    cy = height * (0.42 + rng.uniform(-0.02, 0.02))
    scale = width * rng.uniform(0.27, 0.3)
    skin = tuple(min(255, round(c * light)) for c in sitter.skin)
    shoulders = (cx - scale * 1.7, cy + scale * 1.25, cx + scale * 1.7, height + scale)
    draw.ellipse(shoulders, fill=tuple(round(c * 0.55) for c in backdrop))
    draw.rectangle(
        (cx - scale * 0.35, cy + scale * 0.8, cx + scale * 0.35, cy + scale * 1.5), fill=skin
    )
    draw.ellipse(
        (cx - scale * 1.02, cy - scale * 1.42, cx + scale * 1.02, cy + scale * 0.5),
        fill=sitter.hair,
    )
    half_width = scale * (0.78 - 0.16 * abs(turn))
    face = (cx - half_width, cy - scale, cx + half_width, cy + scale * 1.08)
    draw.ellipse(face, fill=skin)
    _redness(image, sitter, face, 1.0 - progress)
    draw = ImageDraw.Draw(image)
    _features(draw, cx, cy, scale, turn, skin)
    return _camera(rng, image.filter(ImageFilter.GaussianBlur(radius=width / 900)))


def _camera(rng: random.Random, image: Image.Image) -> Image.Image:
    """Light falling from one side, and a sensor's grain, so no two photos are alike."""
    width, height = image.size
    ramp = Image.linear_gradient("L").rotate(rng.choice((90, -90))).resize((width, height))
    shadow = Image.new("RGB", image.size, (0, 0, 0))
    lit = Image.composite(image, shadow, ramp.point(lambda v: 200 + v * 55 // 255))
    grain = Image.effect_noise((width, height), 24).convert("RGB")
    return Image.blend(lit, grain, 0.06)


def _redness(image: Image.Image, sitter: _Sitter, face: tuple[float, ...], strength: float) -> None:
    if strength <= 0.02:
        return
    left, top, right, bottom = face
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    half_width, half_height = (right - left) / 2, (bottom - top) / 2
    for x, y, radius in sitter.redness:
        px = left + half_width * (1 + x)
        py = top + half_height * (1 + y)
        r = radius * half_width * 2
        draw.ellipse((px - r, py - r, px + r, py + r), fill=(205, 70, 70, round(110 * strength)))
    overlay = overlay.filter(ImageFilter.GaussianBlur(radius=half_width * 0.08))
    image.paste(overlay, (0, 0), overlay)


def _features(
    draw: ImageDraw.ImageDraw,
    cx: float,
    cy: float,
    scale: float,
    turn: float,
    skin: tuple[int, ...],
) -> None:
    """Eyes, brows, nose and mouth, moved towards the side the head turns to."""
    shift = turn * scale * 0.42
    eye_gap = scale * 0.34 * math.cos(turn * math.pi / 2.4)
    dark = (45, 35, 30)
    for side in (-1, 1):
        if abs(turn) > 0.9 and side * turn < 0:
            continue  # the far eye is hidden in profile
        ex, ey = cx + shift + side * eye_gap, cy - scale * 0.12
        draw.ellipse(
            (ex - scale * 0.13, ey - scale * 0.06, ex + scale * 0.13, ey + scale * 0.06),
            fill=(250, 250, 248),
        )
        draw.ellipse(
            (ex - scale * 0.05, ey - scale * 0.05, ex + scale * 0.05, ey + scale * 0.05), fill=dark
        )
        draw.line(
            (ex - scale * 0.15, ey - scale * 0.16, ex + scale * 0.13, ey - scale * 0.19),
            fill=dark,
            width=max(2, round(scale * 0.03)),
        )
    nose_x = cx + shift * 1.5 + turn * scale * 0.25
    shade = tuple(round(c * 0.8) for c in skin)
    draw.polygon(
        [
            (cx + shift, cy - scale * 0.05),
            (nose_x, cy + scale * 0.3),
            (cx + shift, cy + scale * 0.32),
        ],
        fill=shade,
    )
    mouth_y = cy + scale * 0.55
    mouth = scale * 0.22 * (1 - 0.4 * abs(turn))
    draw.chord(
        (cx + shift - mouth, mouth_y - scale * 0.08, cx + shift + mouth, mouth_y + scale * 0.1),
        0,
        180,
        fill=(176, 82, 84),
    )
