"""Small photos made in memory for the photo tests: every format, EXIF with secrets in it,
files that are cut short or not photos at all, and decompression bombs."""

from __future__ import annotations

import io
import struct
import zlib

import pillow_heif
from PIL import ExifTags, Image, TiffImagePlugin

SERIAL = "SN-QXZ-778899"
CAMERA = "Qcamera Wxyz-9"
TAKEN = "2024:03:05 14:22:01"
FORMAT_OF = {"jpg": "JPEG", "png": "PNG", "webp": "WEBP", "heic": "HEIF"}
RED = (255, 0, 0)

pillow_heif.register_heif_opener()


def heic_encoder_available() -> bool:
    return bool(pillow_heif.libheif_info().get("HEIF"))


def picture(size: tuple[int, int] = (80, 40), seed: int = 0) -> Image.Image:
    """A picture no two seeds share: noise, with a red block in its top-left corner."""
    image = Image.merge("RGB", [Image.effect_noise(size, 30 + seed + band) for band in range(3)])
    image.paste(RED, (0, 0, size[0] // 8, size[1] // 4))
    return image


def encode(image: Image.Image, extension: str, **options: object) -> bytes:
    out = io.BytesIO()
    if extension != "png":
        options.setdefault("quality", 90)
    image.save(out, FORMAT_OF[extension], **options)
    return out.getvalue()


def photo(extension: str = "jpg", size: tuple[int, int] = (80, 40), seed: int = 0) -> bytes:
    return encode(picture(size, seed), extension)


def exif_with_secrets(orientation: int = 6) -> bytes:
    """EXIF as a phone writes it: orientation, camera, serial number, time taken, GPS."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = CAMERA
    details = exif.get_ifd(ExifTags.IFD.Exif)
    details[ExifTags.Base.DateTimeOriginal] = TAKEN
    details[ExifTags.Base.OffsetTimeOriginal] = "+01:00"
    details[ExifTags.Base.BodySerialNumber] = SERIAL
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = tuple(
        TiffImagePlugin.IFDRational(v, d) for v, d in ((48, 1), (51, 1), (2431, 100))
    )
    return exif.tobytes()


def truncated_jpeg() -> bytes:
    whole = photo("jpg", (200, 150), seed=7)
    return whole[: len(whole) // 2]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb_png(width: int, height: int, *, whole: bool = False) -> bytes:
    """A greyscale PNG declaring width x height. `whole`: with every row present (a real
    bomb: all zeros, a few kB that decode to width x height bytes); else the header only."""
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    squeezer = zlib.compressobj(9)
    row = bytes(width + 1)  # filter byte and pixels, all 0
    data = b"".join(squeezer.compress(row) for _ in range(height if whole else 1))
    data += squeezer.flush()
    return b"\x89PNG\r\n\x1a\n" + header + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image
