"""Importing photos: many files at once, each decoded safely and stored encrypted.

The UI reads the chosen files and hands their bytes here (from a worker thread, with a
progress bar and a Cancel button: `progress(done, total)` is called after each file and
`cancelled()` before each). Nothing of the input is ever written anywhere.

Each file is judged by its content, not its name: only JPEG, PNG, WebP and HEIC are
opened, and only by their own decoder. Its size in pixels is read from the header and a
picture above MAX_PIXELS is refused before a single pixel is decoded (a small file can
declare a picture that would take gigabytes); Pillow's own limit is lowered to the same
and its warning made an error, in case anything else opens an image. The file is then
verified and fully decoded, so a truncated or malformed file is refused (Pillow's
`verify()` alone accepts a truncated JPEG). A refused file never stops the others; the
report names it with a reason the UI translates.

What is stored is a new JPEG made from the pixels: turned upright as the EXIF
orientation says, converted to sRGB from any embedded colour profile (iPhones shoot in
Display P3), flattened onto white if transparent. Re-encoding drops every piece of
metadata (GPS position, camera serial numbers, EXIF, XMP, comments); only the time the
photo was taken is kept, as a field. The preview (~1600 px) and thumbnail (~256 px) are
made now, because decoding a 24 MP HEIC takes seconds. Each photo is then written in a
transaction of its own: its row, its three blobs, its audit entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, NamedTuple

import pillow_heif
from PIL import ExifTags, Image, ImageCms, ImageOps
from sqlalchemy import select

from clinicdesk.db.models import Photo
from clinicdesk.errors import QT_TRANSLATE_NOOP, ClinicDeskError, ImportFailed
from clinicdesk.services import audit
from clinicdesk.services.photos import (
    KINDS,
    PhotoDetails,
    blob_name,
    blob_store,
    check_session,
    clean_details,
)
from clinicdesk.services.practice import Practice
from clinicdesk.vault.blobs import BlobName, BlobStore

# 50 MP takes the 48 MP photos of recent iPhones and 600 dpi A4 scans (35 MP); decoded,
# it is 150 MB of RGB. Pillow's default (89 MP, an error only at twice that) is too lax.
MAX_PIXELS = 50_000_000
MAX_FILE_BYTES = 100 * 1024 * 1024
PREVIEW_SIDE = 1600
THUMBNAIL_SIDE = 256
QUALITY = {"original": 92, "preview": 85, "thumbnail": 80}
FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")
# ISO base media brands of HEIC/HEIF stills and sequences (AVIF is not offered).
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_OFFSET = re.compile(r"([+-])(\d\d):(\d\d)")

pillow_heif.register_heif_opener()
if Image.MAX_IMAGE_PIXELS is None or Image.MAX_IMAGE_PIXELS > MAX_PIXELS:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)


class Imported(NamedTuple):
    name: str
    photo_id: int


class Refused(NamedTuple):
    name: str
    reason: ImportFailed  # names the file; `reason.translated(tr)` to show it


@dataclass(frozen=True)
class ImportReport:
    imported: tuple[Imported, ...]
    refused: tuple[Refused, ...]
    skipped: tuple[str, ...] = ()  # not tried: cancelled, or the batch stopped
    cancelled: bool = False
    failure: ClinicDeskError | None = None  # why the batch stopped (a full disk, the lock)


@dataclass(frozen=True)
class Prepared:
    """A photo decoded and re-encoded, ready to store: JPEG bytes of each kind."""

    blobs: dict[str, bytes]
    width: int
    height: int
    taken_at: datetime | None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.blobs["original"]).hexdigest()


# -- refusals ------------------------------------------------------------------------------


def _refusal(message: str, name: str, **args: object) -> ImportFailed:
    return ImportFailed(message, file=name, **args)


def _not_a_photo(name: str) -> ImportFailed:
    return _refusal(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "{file} is not a photo ClinicDesk can import (JPEG, PNG, WebP, HEIC).",
        ),
        name,
    )


def _too_large(name: str) -> ImportFailed:
    return _refusal(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError",
            "{file} is larger than {limit} megapixels. Export a smaller copy and import that.",
        ),
        name,
        limit=MAX_PIXELS // 1_000_000,
    )


def _too_long(name: str) -> ImportFailed:
    return _refusal(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError", "{file} is larger than {limit} MB, more than any photo needs."
        ),
        name,
        limit=MAX_FILE_BYTES // 2**20,
    )


def _damaged(name: str) -> ImportFailed:
    return _refusal(
        QT_TRANSLATE_NOOP(
            "ClinicDeskError", "{file} is damaged or incomplete, so it cannot be read."
        ),
        name,
    )


# -- decoding ------------------------------------------------------------------------------


def sniff(data: bytes) -> str | None:
    """The format `data` is in, by its first bytes, if it is one ClinicDesk imports."""
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "HEIF"
    return None


def _taken_at(exif: Image.Exif) -> datetime | None:
    """DateTimeOriginal in UTC. Without OffsetTimeOriginal it is the camera's local time,
    read as this computer's (a photo is nearly always imported where it was taken)."""
    details = exif.get_ifd(ExifTags.IFD.Exif)
    raw = details.get(ExifTags.Base.DateTimeOriginal)
    if not isinstance(raw, str):
        return None
    try:
        moment = datetime.strptime(raw.strip("\0 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:  # "0000:00:00 00:00:00" and other blanks
        return None
    offset = _OFFSET.fullmatch(str(details.get(ExifTags.Base.OffsetTimeOriginal, "")).strip())
    if offset:
        sign = -1 if offset[1] == "-" else 1
        zone = timezone(sign * timedelta(hours=int(offset[2]), minutes=int(offset[3])))
        return moment.replace(tzinfo=zone).astimezone(UTC)
    return moment.astimezone().astimezone(UTC)


_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


def _srgb(image: Image.Image) -> Image.Image:
    """The pixels as sRGB without transparency, whatever mode and profile they came in."""
    profile = image.info.get("icc_profile")  # before flattening, which makes a new image
    if image.mode in ("I", "I;16", "I;16B", "I;16L"):  # 16-bit greyscale PNG
        image = image.convert("I").point(lambda value: value * (1 / 257)).convert("L")
    elif image.mode in ("RGBA", "LA", "PA", "P", "La", "RGBa") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        flat = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flat.alpha_composite(rgba)
        image = flat.convert("RGB")
    if profile and image.mode in ("RGB", "L", "CMYK"):
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError):
            converted = None  # a broken profile: the pixels are taken as they are
        if converted is not None:
            image = converted
    return image if image.mode == "RGB" else image.convert("RGB")


def _jpeg(image: Image.Image, kind: str) -> bytes:
    out = io.BytesIO()
    # Full colour resolution for the original: redness and pigment edges are the subject.
    image.save(out, "JPEG", quality=QUALITY[kind], subsampling=0 if kind == "original" else 2)
    return out.getvalue()


def _fit(size: tuple[int, int], side: int) -> tuple[int, int]:
    scale = min(1.0, side / max(size))
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def _open(data: bytes, kind: str) -> Image.Image:
    image = Image.open(io.BytesIO(data), formats=[kind])
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise Image.DecompressionBombError("over ClinicDesk's limit")
    return image


def prepare(name: str, data: bytes) -> Prepared:
    """Decode one file safely and make the three JPEGs to store; ImportFailed says why not."""
    if len(data) > MAX_FILE_BYTES:  # the UI should not even read such a file
        raise _too_long(name)
    kind = sniff(data)
    if kind is None:
        raise _not_a_photo(name)
    try:
        with _open(data, kind) as probe:
            probe.verify()
        image = _open(data, kind)
        try:
            image.load()
            taken_at = _taken_at(image.getexif())
            ImageOps.exif_transpose(image, in_place=True)  # in place: no second full copy
            clean = _srgb(image)
            # Nothing of the file's metadata goes on: JPEG's encoder would copy a comment.
            clean.info = {}
            preview = clean.resize(
                _fit(clean.size, PREVIEW_SIDE), Image.Resampling.LANCZOS, reducing_gap=3.0
            )
            thumbnail = preview.resize(_fit(preview.size, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
            blobs = {
                "original": _jpeg(clean, "original"),
                "preview": _jpeg(preview, "preview"),
                "thumbnail": _jpeg(thumbnail, "thumbnail"),
            }
            width, height = clean.size
        finally:
            image.close()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        raise _too_large(name) from None
    except Exception:
        # Pillow and libheif fail on malformed input in many ways (OSError, SyntaxError,
        # ValueError, EOFError, struct.error...): all mean the file cannot be read.
        raise _damaged(name) from None
    return Prepared(blobs, width, height, taken_at)


# -- storing -------------------------------------------------------------------------------


def _store(
    practice: Practice,
    store: BlobStore,
    client_id: int,
    values: dict[str, Any],
    name: str,
    prepared: Prepared,
) -> int:
    """Write one photo: row, blobs and audit entry in one transaction. The blobs are
    written inside it, so a failure anywhere rolls back the row and removes them."""
    written: list[BlobName] = []
    try:
        with practice.writing() as session:
            check_session(session, client_id, values["session_id"])
            duplicate = session.scalar(
                select(Photo.id).where(
                    Photo.client_id == client_id, Photo.content_hash == prepared.content_hash
                )
            )
            if duplicate is not None:
                raise _refusal(
                    QT_TRANSLATE_NOOP(
                        "ClinicDeskError", "{file} is already among this client's photos."
                    ),
                    name,
                )
            row = Photo(
                client_id=client_id,
                **values,
                taken_at=prepared.taken_at,
                imported_at=datetime.now(UTC),
                width=prepared.width,
                height=prepared.height,
                content_hash=prepared.content_hash,
            )
            session.add(row)
            session.flush()
            for kind in KINDS:
                blob = blob_name(row.id, kind)
                store.write(blob, prepared.blobs[kind])
                written.append(blob)
            audit.record(
                session,
                "photo_import",
                entity_type="photo",
                entity_id=row.id,
                client_id=client_id,
                detail={"session_id": row.session_id, "area": row.area, "view": row.view},
            )
            return row.id
    except BaseException:
        for blob in written:
            # One that cannot go is left for remove_leftovers; the first failure is reported.
            with contextlib.suppress(ClinicDeskError):
                store.delete(blob)
        raise


def import_photos(
    practice: Practice,
    *,
    client_id: int,
    files: Sequence[tuple[str, bytes]],
    details: PhotoDetails | Sequence[PhotoDetails],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import `files` (name, bytes) as photos of the client, with the same `details` for
    all or one per file. Bad files are refused and listed; the rest are imported.

    Details that cannot be saved raise ValidationError before anything is imported; a
    full disk or the practice being locked stops the batch, keeping what was imported.
    """
    each = [details] * len(files) if isinstance(details, PhotoDetails) else list(details)
    if len(each) != len(files):
        raise ValueError("one PhotoDetails for all files, or one per file")
    cleaned: dict[int, dict[str, Any]] = {}  # by id(): a PhotoDetails may hold a list
    for item in each:
        if id(item) not in cleaned:
            cleaned[id(item)] = clean_details(practice, client_id, item)
    store = blob_store(practice)
    imported: list[Imported] = []
    refused: list[Refused] = []
    for index, ((name, data), item) in enumerate(zip(files, each, strict=True)):
        if cancelled is not None and cancelled():
            return ImportReport(
                tuple(imported), tuple(refused), tuple(n for n, _ in files[index:]), cancelled=True
            )
        try:
            prepared = prepare(name, data)
            photo_id = _store(practice, store, client_id, cleaned[id(item)], name, prepared)
        except ImportFailed as refusal:
            refused.append(Refused(name, refusal))
        except ClinicDeskError as failure:
            return ImportReport(
                tuple(imported), tuple(refused), tuple(n for n, _ in files[index:]), failure=failure
            )
        else:
            imported.append(Imported(name, photo_id))
        if progress is not None:
            progress(index + 1, len(files))
    return ImportReport(tuple(imported), tuple(refused))
