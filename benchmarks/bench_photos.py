"""Opening two photos to compare, in a practice holding 200,000 photos, against the bare
library doing the same work in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_photos.py --clients 100000 [--data-dir DIR]

The first run gives one client ("Photo Benchmark") 600 photos (`--client-photos`) through the real import
path (drawn 1600 x 1200 pictures, so each preview is a full 1600 px JPEG), and adds photo
rows for other clients up to `--photos` in all, through Core in one transaction (their
files are not written: opening one client's comparison reads only that client's rows and
two files, and the rows are what the indexes have to get past). Later runs reuse both.

- compare: what the practitioner waits for on "Compare…" with the first and latest front
  photos chosen: the client's photo list read, the two previews read, authenticated and
  decrypted, decoded, labelled and painted in the comparison dialog (`grab()`);
- bare: the same two blob files read, decrypted with AES-GCM and decoded by QImage, and
  the two pictures painted side by side in a plain widget of the same size;
- gallery: the Photos tab's thumbnails of the client, read, decrypted and decoded (all 600);
- import: one 12-megapixel JPEG imported (decode, orientation, re-encode, preview,
  thumbnail, three encrypted writes), against Pillow decoding it alone.
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time as clock
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import Timing, ensure_practice, time_ms
from PIL import Image, ImageDraw
from sqlalchemy import func, insert, select

from clinicdesk.db.models import Client, Photo
from clinicdesk.services import audit, clients, photo_import, photos
from clinicdesk.services.client_fields import ClientFields
from clinicdesk.services.photos import PhotoDetails
from clinicdesk.services.practice import Practice

RUNS = 9
GIVEN, FAMILY = "Photo", "Benchmark"
CLIENT_PHOTOS = 600
VIEWS = ("front", "left_45", "right_45", "left_profile", "right_profile")


def drawn_jpeg(number: int, size: tuple[int, int]) -> bytes:
    """A distinct picture (the import refuses the same file twice for a client)."""
    rng = random.Random(number)
    image = Image.new("RGB", size, (rng.randint(150, 230), rng.randint(150, 230), 200))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randint(0, size[0]), rng.randint(0, size[1])
        r = rng.randint(20, 200)
        colour = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    draw.text((40, 40), f"photo {number}", fill=(0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def seed(practice: Practice, total: int, own: int) -> int:
    """The benchmark client and its photos, then other clients' photo rows up to `total`;
    returns the client's id."""
    with practice.reading() as session:
        found = session.scalar(
            select(Client.id).where(Client.given_name == GIVEN, Client.family_name == FAMILY)
        )
    if found is None:
        data = ClientFields(given_name=GIVEN, family_name=FAMILY)
        found = clients.create_client(practice, data=data).id
    have = len(photos.photos(practice, client_id=found))
    for start in range(have, own, 50):
        batch = range(start, min(start + 50, own))
        files = [(f"IMG_{n}.jpg", drawn_jpeg(n, (1600, 1200))) for n in batch]
        details = [PhotoDetails(area="face", view=VIEWS[n % len(VIEWS)]) for n in batch]
        photo_import.import_photos(practice, client_id=found, files=files, details=details)
    with practice.writing() as session:
        count = session.scalar(select(func.count()).select_from(Photo)) or 0
        others = session.scalars(select(Client.id).where(Client.id != found).limit(50_000)).all()
        missing = total - count
        if missing > 0 and others:
            now = datetime.now(UTC)
            rows = [
                {
                    "client_id": others[n % len(others)],
                    "area": "face",
                    "view": VIEWS[n % len(VIEWS)],
                    "note": "",
                    "consent_scope": "[]",
                    "taken_at": now - timedelta(days=n % 2000),
                    "imported_at": now,
                    "updated_at": now,
                    "width": 1600,
                    "height": 1200,
                    "content_hash": f"{n:064x}",
                }
                for n in range(missing)
            ]
            session.execute(insert(Photo), rows)
            audit.record(session, "benchmark_seed", detail={"photo_rows": missing})
    return found


def run(folder: Path, count: int, total: int, own: int) -> dict[str, object]:
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    from clinicdesk.ui.i18n import Translators
    from clinicdesk.ui.photo_comparison import ComparisonDialog
    from clinicdesk.ui.practice_handle import PracticeHandle
    from clinicdesk.vault.blobs import HEADER_BYTES, NONCE_BYTES

    app = QApplication.instance() or QApplication([])
    Translators().install("en")
    practice, _ = ensure_practice(folder, count)
    with practice:
        started = clock.perf_counter()
        client_id = seed(practice, total, own)
        seed_seconds = clock.perf_counter() - started
        client = clients.open_client(practice, client_id=client_id)
        shown = photos.photos(practice, client_id=client_id)
        front = [p for p in shown if p.view == "front"]
        pair = [front[0].id, front[-1].id]
        handle = PracticeHandle()
        handle.set(practice)

        def compare() -> None:
            dialog = ComparisonDialog(handle, client, pair)
            dialog.resize(1400, 900)
            dialog.show()
            dialog.grab()
            dialog.clear()

        store = photos.blob_store(practice)
        key = next(iter(store._keys.values()))  # the bare baseline decrypts by itself
        files = [store.path(photos.blob_name(n, photos.PREVIEW)) for n in pair]
        canvas = QWidget()
        canvas.resize(1400, 900)

        def bare() -> None:
            from cryptography.hazmat.primitives.ciphers.aead import AESGCM

            pictures = []
            for path, photo_id in zip(files, pair, strict=True):
                stored = path.read_bytes()
                header = stored[:HEADER_BYTES]
                nonce = stored[HEADER_BYTES : HEADER_BYTES + NONCE_BYTES]
                name = str(photos.blob_name(photo_id, photos.PREVIEW)).encode()
                plain = AESGCM(key).decrypt(
                    nonce, stored[HEADER_BYTES + NONCE_BYTES :], header + b"\0" + name
                )
                pictures.append(QImage.fromData(plain))
            image = QImage(1400, 900, QImage.Format.Format_RGB32)
            painter = QPainter(image)
            for n, picture in enumerate(pictures):
                painter.drawImage(
                    QRect(
                        QPoint(n * 700, 0),
                        picture.size().scaled(700, 900, Qt.AspectRatioMode.KeepAspectRatio),
                    ),
                    picture,
                )
            painter.end()

        def gallery() -> None:
            ids = [row.id for row in photos.photos(practice, client_id=client_id)]
            for start in range(0, len(ids), 24):  # the Photos tab's batches
                for data in photos.images(practice, photo_ids=ids[start : start + 24]).values():
                    QImage.fromData(data)

        twelve = drawn_jpeg(10_000_000 + int(clock.time()), (4000, 3000))

        def import_one() -> None:
            photo_import.import_photos(
                practice,
                client_id=client_id,
                files=[("IMG_12MP.jpg", twelve)],
                details=PhotoDetails(area="face", view="other"),
            )

        def bare_decode() -> None:
            Image.open(io.BytesIO(twelve)).load()

        compare()  # warm
        bare()
        timings = [
            Timing("compare", [time_ms(compare) for _ in range(RUNS)]),
            Timing("bare_compare", [time_ms(bare) for _ in range(RUNS)]),
            Timing("gallery_thumbnails", [time_ms(gallery) for _ in range(3)]),
            Timing("import_12mp", [time_ms(import_one)]),
            Timing("bare_decode_12mp", [time_ms(bare_decode) for _ in range(3)]),
        ]
        with practice.reading() as session:
            rows = session.scalar(select(func.count()).select_from(Photo))
        app.processEvents()
    results: dict[str, object] = {"photo_rows": rows, "client_photos": len(shown)}
    if seed_seconds > 1:
        results["seed_s"] = round(seed_seconds, 1)
    for timing in timings:
        results[f"{timing.name}_median_ms"] = round(timing.median, 2)
    results["compare_ratio"] = round(timings[0].median / timings[1].median, 2)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=2_000)
    parser.add_argument("--photos", type=int, default=200_000, help="photo rows in all")
    parser.add_argument(
        "--client-photos", type=int, default=CLIENT_PHOTOS, help="the benchmark client's photos"
    )
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    folder = args.data_dir or Path(tempfile.mkdtemp(prefix="clinicdesk-bench-")) / "vault"
    for name, value in run(folder, args.clients, args.photos, args.client_photos).items():
        print(f"{name:>28}: {value}")


if __name__ == "__main__":
    main()
